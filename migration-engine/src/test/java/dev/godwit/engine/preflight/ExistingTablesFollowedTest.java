package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The set of tables DataCheck keeps up to date after a statement ({@link DataCheck#follow}) is the catalog's, read afresh; a statement
 * whose words do not tell exactly (IF NOT EXISTS, TEMP, a name a TEMP table takes, a virtual table) is not followed, the catalog read again.
 */
class ExistingTablesFollowedTest {

    @Test
    void followedStatementsLeaveTheCatalogsSet() {
        List<String> followed = List.of(
                "CREATE TABLE `a` (`id` integer PRIMARY KEY AUTOINCREMENT, `x` text)",
                "CREATE TABLE \"B b\" (`id` integer)",
                "CREATE TABLE main.c (id integer)",
                "CREATE TABLE `__old_a` AS SELECT * FROM `a`",
                "CREATE INDEX `a_x` ON `a` (`x`)",
                "CREATE UNIQUE INDEX a_id ON a (id)",
                "ALTER TABLE `a` ADD `y` integer",
                "ALTER TABLE a ADD COLUMN z integer",
                "ALTER TABLE a RENAME COLUMN z TO w",
                "ALTER TABLE a RENAME w TO v",
                "ALTER TABLE a DROP COLUMN v",
                "CREATE VIEW v AS SELECT * FROM a",
                "CREATE TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO c VALUES (1); END",
                "DROP TRIGGER t",
                "DROP VIEW v",
                "DROP INDEX a_x",
                "DROP TABLE `__old_a`",
                "DROP TABLE IF EXISTS nothing_here",
                "ALTER TABLE \"B b\" RENAME TO `D`",
                "ALTER TABLE main.c RENAME TO e",
                "DROP TABLE main.e;");
        try (Replica r = Replica.empty()) {
            Set<String> existing = DataCheck.existingTables(r);
            for (String sql : followed) {
                r.exec(sql);
                assertTrue(DataCheck.follow(existing, sql), sql);
                assertEquals(DataCheck.existingTables(r), existing, sql);
            }
            assertTrue(existing.contains("sqlite_sequence"));
        }
    }

    @Test
    void whatTheWordsDoNotTellIsReadAgain() {
        try (Replica r = Replica.empty()) {
            r.exec("CREATE TABLE a (id integer)");
            Set<String> existing = DataCheck.existingTables(r);
            for (String sql : List.of("CREATE TABLE IF NOT EXISTS a (id integer)", "CREATE TEMP TABLE t (id integer)", "CREATE TABLE temp.u (id integer)",
                    "PRAGMA foreign_keys=ON", "CREATE VIRTUAL TABLE s USING fts5(body)")) {
                r.exec(sql);
                assertFalse(DataCheck.follow(existing, sql), sql);
            }
            // with a virtual table there (its DROP or RENAME takes its shadow tables along), nothing is followed
            existing = DataCheck.existingTables(r);
            assertFalse(DataCheck.follow(existing, "CREATE TABLE q (id integer)"));
        }
        try (Replica r = Replica.empty()) {
            // a TEMP table of the name takes an unqualified DROP or RENAME
            r.exec("CREATE TABLE a (id integer)");
            r.exec("CREATE TEMP TABLE a (id integer)");
            Set<String> existing = DataCheck.existingTables(r);
            assertFalse(DataCheck.follow(existing, "DROP TABLE a"));
            assertFalse(DataCheck.follow(existing, "ALTER TABLE a RENAME TO b"));
            assertTrue(DataCheck.follow(existing, "CREATE TABLE q (id integer)"));
        }
    }
}
