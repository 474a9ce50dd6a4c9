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
