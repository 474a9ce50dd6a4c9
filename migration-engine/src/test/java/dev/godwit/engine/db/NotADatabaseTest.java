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
}
