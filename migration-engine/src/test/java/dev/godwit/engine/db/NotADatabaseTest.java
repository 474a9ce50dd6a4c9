package dev.godwit.engine.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A local path that holds something else than a SQLite database is named when opened, and left as it was. */
class NotADatabaseTest {

    @TempDir
    Path dir;

    @Test
    void aFileThatIsNotADatabaseIsNamedAndLeftAlone() throws Exception {
        Path file = Files.writeString(dir.resolve("local.sqlite"), "these are my notes, not a database\n".repeat(40));
        byte[] before = Files.readAllBytes(file);
        DatabaseException plain = assertThrows(DatabaseException.class, () -> SqliteDatabase.open(file));
        assertTrue(plain.getMessage().startsWith("local SQLite file " + file.toAbsolutePath().normalize() + " is not a SQLite database (SQLite says: "),
                plain.getMessage());
        assertTrue(plain.getMessage().contains("Nothing was changed. Point Godwit at the database file (-Ddb.local.path"), plain.getMessage());
        DatabaseException d1 = assertThrows(DatabaseException.class, () -> SqliteDatabase.openLikeD1(file));
        assertTrue(d1.getMessage().startsWith("local D1 state " + file.toAbsolutePath().normalize() + " is not a SQLite database"), d1.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    /**
     * A red-team: an application migrating a file on a read-only volume (a WAL database, whose -shm SQLite must make to read it, or a
     * new file) failed with SQLite's bare "[SQLITE_CANTOPEN] Unable to open the database file", nothing said of why or what to do.
     * Root passes any permission here, so a link to a folder that is not there stands for it (SQLite's same refusal).
     */
    @Test
    void aFileSqliteCannotOpenSaysWhyAndWhatToDo() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("app.sqlite"), dir.resolve("no-such-volume/app.sqlite"));
        DatabaseException e = assertThrows(DatabaseException.class, () -> SqliteDatabase.open(link, line -> { }, SqliteDatabase.DEFAULT_LOCK_WAIT, true));
        assertTrue(e.getMessage().contains("SQLITE_CANTOPEN"), e.getMessage());
        assertTrue(e.getMessage().contains("this process must be able to write the folder it is in"), e.getMessage());
        assertTrue(e.getMessage().contains("start the application again. Nothing is wrong with the migrations. Nothing was changed."), e.getMessage());
        assertTrue(Files.notExists(dir.resolve("no-such-volume")));
    }

    /** A folder given as the database is named (SQLite said only "unable to open database file"). */
    @Test
    void aFolderIsNamedAsAFolder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("data"));
        DatabaseException e = assertThrows(DatabaseException.class, () -> SqliteDatabase.open(folder));
        assertTrue(e.getMessage().equals(folder.toAbsolutePath().normalize() + " is a folder, not a SQLite file: point at a file in it (-Ddb.local.path="
                + folder.toAbsolutePath().normalize().resolve("app.sqlite") + ", created if missing). Nothing was changed."), e.getMessage());
    }

    /**
     * Two trials found a mistyped path left behind as an empty file (and its folders) by a dry run, a drift check or a refused
     * apply: a file opened where there was none and closed unwritten is removed, with the folders made for it; one written into
     * stays, and so does an empty file that was there before.
     */
    @Test
    void aFileOpenedWhereThereWasNoneAndLeftUnwrittenIsRemoved() throws Exception {
        Path typo = dir.resolve("new/deeper/partial.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(typo)) {
            db.query("SELECT name FROM sqlite_master");
        }
        assertTrue(!Files.exists(typo) && !Files.exists(dir.resolve("new")), "nothing left behind");
        Path written = dir.resolve("made/app.sqlite");
        try (SqliteDatabase db = SqliteDatabase.openLikeD1(written)) {
            db.runAtomically(java.util.List.of("CREATE TABLE t (x)"), false);
        }
        assertTrue(Files.size(written) > 0);
        Path empty = Files.createFile(dir.resolve("empty.sqlite"));
        try (SqliteDatabase db = SqliteDatabase.open(empty)) {
            db.query("SELECT 1");
        }
        assertTrue(Files.exists(empty), "an empty file that was there stays");
    }
}
