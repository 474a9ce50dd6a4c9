package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red team (round 53): a hand-written rebuild making {@code email} {@code COLLATE NOCASE UNIQUE} whose copy is an {@code INSERT
 * OR REPLACE INTO __new_users SELECT ...} keeps one of 'a@x' and 'A@X' and deletes the other. The pre-flight refused it, but laid
 * the loss to {@code statement 4: ALTER TABLE __new_users RENAME TO users} with the advice for a copy that leaves the primary key
 * out, so the user looked at the keys. It names the copy and its REPLACE now, as it names an {@code INSERT OR IGNORE}'s.
 */
class ReplacingCopyTest {

    @TempDir
    Path dir;

    private Path file() {
        Path f = dir.resolve("app.sqlite");
        f.toFile().delete();
        try (SqliteDatabase db = SqliteDatabase.open(f)) {
            db.runAtomically(List.of("CREATE TABLE users (id integer PRIMARY KEY NOT NULL, email text UNIQUE)",
                    "INSERT INTO users VALUES (1, 'a@x'), (2, 'A@X'), (3, 'b@x')"), false);
        }
        return f;
    }

    private Migration rebuild(String copy) {
        return new Migration(new JournalEntry(0, "6", 1000L, "0001_nocase", true), dir.resolve("0001_nocase.sql"),
                "CREATE TABLE __new_users (id integer PRIMARY KEY NOT NULL, email text COLLATE NOCASE UNIQUE);\n--> statement-breakpoint\n"
                        + copy + "\n--> statement-breakpoint\nDROP TABLE users;\n--> statement-breakpoint\nALTER TABLE __new_users RENAME TO users;");
    }

    @Test
    void theLossIsLaidToTheReplacingCopy() {
        Path f = file();
        for (String copy : List.of("INSERT OR REPLACE INTO __new_users SELECT id, email FROM users;",
                "REPLACE INTO __new_users (id, email) SELECT id, email FROM users;")) {
            PreflightRefusedException e = assertThrows(PreflightRefusedException.class,
                    () -> Preflight.ofFile(f, false, EngineLog.SILENT).check(List.of(rebuild(copy))));
            assertTrue(e.getMessage().contains("- \"users\": 1 of 3 rows deleted, through 0001_nocase.sql statement 2: " + copy), e.getMessage());
            assertTrue(e.getMessage().contains("a copy by REPLACE keeps, of the rows that conflict on the new table's key or a UNIQUE column"), e.getMessage());
            assertFalse(e.getMessage().contains("ALTER TABLE __new_users RENAME TO users"), e.getMessage());
            assertFalse(e.getMessage().contains("numbers the rows afresh"), e.getMessage());
        }
    }

    /**
     * The same loss through a plain copy, the new table refusing rows by itself: {@code email ... UNIQUE ON CONFLICT REPLACE}, or a
     * {@code BEFORE INSERT} trigger on it ending in {@code RAISE(IGNORE)}. It too was laid to the RENAME with the advice on keys.
     */
    @Test
    void aNewTableThatRefusesRowsQuietlyIsNamedWithThePlainCopy() {
        Path f = file();
        String copy = "INSERT INTO __new_users SELECT id, email FROM users;";
        String rest = "\n--> statement-breakpoint\n" + copy + "\n--> statement-breakpoint\nDROP TABLE users;\n--> statement-breakpoint\n"
                + "ALTER TABLE __new_users RENAME TO users;";
        for (String made : List.of("CREATE TABLE __new_users (id integer PRIMARY KEY NOT NULL, email text COLLATE NOCASE UNIQUE ON CONFLICT REPLACE);",
                "CREATE TABLE __new_users (id integer PRIMARY KEY NOT NULL, email text);\n--> statement-breakpoint\nCREATE TRIGGER nu_bi BEFORE INSERT ON"
                        + " __new_users WHEN NEW.email = 'A@X' BEGIN SELECT RAISE(IGNORE); END;")) {
            Migration m = new Migration(new JournalEntry(0, "6", 1000L, "0001_nocase", true), dir.resolve("0001_nocase.sql"), made + rest);
            PreflightRefusedException e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(f, false, EngineLog.SILENT).check(List.of(m)));
            assertTrue(e.getMessage().contains("- \"users\": 1 of 3 rows deleted, through 0001_nocase.sql statement "), e.getMessage());
            assertTrue(e.getMessage().contains(": " + copy), e.getMessage());
            assertTrue(e.getMessage().contains("the new table \"__new_users\" quietly refuses some of the rows copied into it, by a conflict clause"), e.getMessage());
            assertFalse(e.getMessage().contains("ALTER TABLE __new_users RENAME TO users"), e.getMessage());
            assertFalse(e.getMessage().contains("numbers the rows afresh"), e.getMessage());
        }
    }
}
