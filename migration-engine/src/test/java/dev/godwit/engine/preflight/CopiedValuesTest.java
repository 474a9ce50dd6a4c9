package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.testing.RecordingLog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red-team review (round 43) found migrations that rewrite values and passed the pre-flight with "no rows removed or
 * rewritten": a rebuild's copy written {@code SELECT *} (or {@code t.*}, {@code o.email}) into columns in another order, a lossy
 * copy in a migration that also holds a WITH statement merely reading the table, and a REPLACE taking a row's place in a
 * migration that also updates a column of the table that is no key.
 */
class CopiedValuesTest {

    @TempDir
    Path dir;
    final RecordingLog log = new RecordingLog();

    private static final String BR = ";\n--> statement-breakpoint\n";
    private static final List<String> USERS = List.of(
            "CREATE TABLE users (id integer PRIMARY KEY NOT NULL, name text, email text UNIQUE)",
            "CREATE TABLE log (id integer PRIMARY KEY, msg text)",
            "INSERT INTO users VALUES (1, 'ann ', 'ann@x'), (2, 'bob', 'bob@x'), (3, 'cy', 'cy@x')",
            "INSERT INTO log VALUES (1, 'x')");

    private static String rebuild(String create, String copy) {
        return create + BR + copy + BR + "DROP TABLE users" + BR + "ALTER TABLE __new_users RENAME TO users";
    }

    private Path file(String name) {
        Path file = dir.resolve(name + ".sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.runAtomically(USERS, false);
        }
        return file;
    }

    private String refused(String name, String sql) {
        Path file = file(name);
        Migration m = new Migration(new JournalEntry(1, "6", 2000L, "0001_x", true), dir.resolve("0001_x.sql"), sql);
        return assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(file, false, log).check(List.of(m)), () -> name + ": " + log.lines())
                .getMessage();
    }

    private void passes(String name, String sql) {
        Path file = file(name);
        Migration m = new Migration(new JournalEntry(1, "6", 2000L, "0001_x", true), dir.resolve("0001_x.sql"), sql);
        log.lines().clear();
        Preflight.ofFile(file, false, log).check(List.of(m));
        assertTrue(log.lines().stream().anyMatch(l -> l.contains("no rows removed or rewritten")), name + ": " + log.lines());
    }

    private static final String REORDERED = "CREATE TABLE __new_users (id integer PRIMARY KEY NOT NULL, email text UNIQUE, name text)";
    private static final String SAME_ORDER = "CREATE TABLE __new_users (id integer PRIMARY KEY NOT NULL, name text NOT NULL, email text UNIQUE)";

    /** A star is the source's columns in their order: into columns in another order it moves each value into another column. */
    @Test
    void aStarCopyIntoColumnsInAnotherOrderIsRefused() {
        for (String copy : List.of("INSERT INTO __new_users SELECT * FROM users", "INSERT INTO __new_users SELECT users.* FROM users",
                "INSERT INTO \"__new_users\" SELECT * FROM \"users\" WHERE 1", "INSERT INTO __new_users SELECT DISTINCT * FROM users",
                "INSERT INTO __new_users SELECT ALL users.* FROM users")) {
            String e = refused("star" + copy.length(), rebuild(REORDERED, copy));
            assertTrue(e.contains("- \"users\".\"name\": 3 of 3 values not kept") && e.contains("- \"users\".\"email\": 3 of 3 values not kept"), copy + "\n" + e);
        }
        String listed = refused("listed", rebuild(SAME_ORDER.replace("NOT NULL, email", "NOT NULL DEFAULT '', email"),
                "INSERT INTO __new_users (id, email, name) SELECT * FROM users"));
        assertTrue(listed.contains("\"users\".\"name\": 3 of 3 values not kept"), listed);
        String qualified = refused("qualified", rebuild(SAME_ORDER, "INSERT INTO __new_users (id, name, email) SELECT o.id, o.email, o.name FROM users AS o"));
        assertTrue(qualified.contains("\"users\".\"name\": 3 of 3 values not kept"), qualified);
        // the same order, and a copy that fills a column from another table on purpose, keep passing
        passes("sameorder", rebuild(SAME_ORDER, "INSERT INTO __new_users SELECT * FROM users"));
        passes("joined", rebuild(SAME_ORDER, "INSERT INTO __new_users (id, name, email) SELECT users.id, coalesce(log.msg, users.name), users.email"
                + " FROM users LEFT JOIN log ON log.id = users.id"));
    }

    /** A WITH statement writes the table after its expressions; one that only reads users does not write users' values. */
    @Test
    void aWithStatementThatOnlyReadsATableLeavesItsValuesCompared() {
        String e = refused("with", "WITH gone AS (SELECT id FROM users WHERE name = 'zzz') DELETE FROM log WHERE id IN (SELECT id FROM gone)" + BR
                + rebuild(SAME_ORDER.replace("NOT NULL, email", "NOT NULL DEFAULT '', email"), "INSERT INTO __new_users (id, name) SELECT id, name FROM users"));
        assertTrue(e.contains("- \"users\".\"email\": 3 of 3 values not kept"), e);
        // one that writes the table writes it on purpose
        passes("withupdate", "WITH fix AS (SELECT 1) UPDATE users SET email = upper(email)");
    }

    /** An UPDATE of a column that is no key leaves each row under its key: a row a REPLACE deleted is still gone. */
    @Test
    void aReplaceTakingARowsPlaceIsRefusedBesideAnUpdateOfAnotherColumn() {
        String e = refused("replace", "UPDATE users SET name = trim(name)" + BR + "INSERT OR REPLACE INTO users (id, name, email) VALUES (4, 'admin', 'ann@x')");
        assertTrue(e.contains("- \"users\": 1 of 3 rows deleted, through 0001_x.sql statement 2: INSERT OR REPLACE INTO users"), e);
        // an UPDATE of the key, or of the rowid, may renumber rows on purpose
        passes("rekey", "UPDATE users SET id = id + 100");
        passes("rerowid", "UPDATE users SET rowid = rowid + 100");
    }

    /** A seed (INSERT ... VALUES) adds rows; it writes none of the values of the rows there before, which are still compared. */
    @Test
    void aSeedBesideALossyCopyLeavesTheCopyCompared() {
        String e = refused("seed", rebuild(SAME_ORDER.replace("NOT NULL, email", "NOT NULL DEFAULT '', email"), "INSERT INTO __new_users (id, name) SELECT id, name"
                + " FROM users") + BR + "INSERT INTO users (id, name, email) VALUES (99, 'admin', 'admin@x')");
        assertTrue(e.contains("- \"users\".\"email\": 3 of 3 values not kept"), e);
        String dropAdd = refused("seeddropadd", "ALTER TABLE users DROP COLUMN name" + BR + "ALTER TABLE users ADD COLUMN name text" + BR
                + "INSERT OR IGNORE INTO users (id, name, email) VALUES (1, 'admin', 'admin@x')");
        assertTrue(dropAdd.contains("- \"users\".\"name\": 3 of 3 values not kept"), dropAdd);
        // a seed written as a SELECT of no table (the idempotent form) adds rows as VALUES does
        for (String seed : List.of("INSERT INTO users (id, name, email) SELECT 99, 'admin', 'admin@x'", "INSERT INTO users (id, name, email) SELECT 99,"
                + " 'admin', 'admin@x' WHERE NOT EXISTS (SELECT 1 FROM users WHERE id = 99)")) {
            String selected = refused("seedselect" + seed.length(), rebuild(SAME_ORDER.replace("NOT NULL, email", "NOT NULL DEFAULT '', email"),
                    "INSERT INTO __new_users (id, name) SELECT id, name FROM users") + BR + seed);
            assertTrue(selected.contains("- \"users\".\"email\": 3 of 3 values not kept"), selected);
        }
        // a seed alone, and one that replaces or updates the rows there, write on purpose
        passes("seedalone", "INSERT INTO users (id, name, email) VALUES (9, 'dan', 'dan@x')");
        passes("seedupsert", "INSERT INTO users (id, name, email) VALUES (1, 'Ann', 'ann@y') ON CONFLICT (id) DO UPDATE SET name = excluded.name, email = excluded.email");
    }
}
