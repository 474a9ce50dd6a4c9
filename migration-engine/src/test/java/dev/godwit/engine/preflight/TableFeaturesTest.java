package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuild that drops a trigger, STRICT or WITHOUT ROWID is refused with the way out; one that keeps them passes. */
class TableFeaturesTest {

    static final String INIT = """
            CREATE TABLE `audit` (`id` integer PRIMARY KEY, `item_id` integer, `what` text);
            CREATE TABLE `items` (`id` integer PRIMARY KEY NOT NULL, `name` text NOT NULL);
            CREATE TRIGGER `items_audit` AFTER INSERT ON `items` BEGIN INSERT INTO `audit` (`item_id`, `what`) VALUES (NEW.`id`, 'insert'); END;
            CREATE TABLE `readings` (`id` integer PRIMARY KEY NOT NULL, `value` integer NOT NULL) STRICT;
            INSERT INTO `items` (`id`, `name`) VALUES (1, 'mug');
            INSERT INTO `readings` (`id`, `value`) VALUES (1, 42);
            """;
    static final String REBUILD = """
            PRAGMA foreign_keys=OFF;--> statement-breakpoint
            CREATE TABLE `__new_items` (`id` integer PRIMARY KEY NOT NULL, `name` text NOT NULL, CONSTRAINT "items_name" CHECK(length(`name`) > 0));
            --> statement-breakpoint
            INSERT INTO `__new_items`("id", "name") SELECT "id", "name" FROM `items`;--> statement-breakpoint
            DROP TABLE `items`;--> statement-breakpoint
            ALTER TABLE `__new_items` RENAME TO `items`;--> statement-breakpoint
            CREATE TABLE `__new_readings` (`id` integer PRIMARY KEY NOT NULL, `value` integer NOT NULL%s;
            --> statement-breakpoint
            INSERT INTO `__new_readings`("id", "value") SELECT "id", "value" FROM `readings`;--> statement-breakpoint
            DROP TABLE `readings`;--> statement-breakpoint
            ALTER TABLE `__new_readings` RENAME TO `readings`;--> statement-breakpoint
            PRAGMA foreign_keys=ON;""";
    static final String RECREATE = "CREATE TRIGGER `items_audit` AFTER INSERT ON `items` BEGIN INSERT INTO `audit` (`item_id`, `what`) VALUES (NEW.`id`, 'insert'); END;";

    @TempDir
    Path dir;

    Migration migration(int idx, String tag, String sql) {
        return new Migration(new JournalEntry(idx, "6", 1000L + idx, tag, true), dir.resolve(tag + ".sql"), sql);
    }

    Path file() {
        Path file = dir.resolve("app.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT).apply(List.of(migration(0, "0000_init", INIT)), ApplyOptions.defaults());
        }
        return file;
    }

    @Test
    void aRebuildThatDropsTheTriggerAndStrictIsRefusedWithTheWayOut() {
        Path file = file();
        PreflightRefusedException e = assertThrows(PreflightRefusedException.class,
                () -> Preflight.ofFile(file, false, EngineLog.SILENT).check(List.of(migration(1, "0001_rebuild", REBUILD.formatted(")")))));
        String m = e.getMessage();
        assertTrue(m.contains("drop what the tables had beyond their columns:"), m);
        assertTrue(m.contains("\"items\": trigger \"items_audit\" is gone (a rebuild of the table drops its triggers). Recreate it after the rebuild,"
                + " e.g. in a custom migration (mvn db:generate -Ddb.custom) holding:\n      CREATE TRIGGER `items_audit` AFTER INSERT ON `items`"), m);
        assertTrue(m.contains("\"readings\" is no longer STRICT"), m);
        assertTrue(m.contains("Nothing was applied."), m);
        assertEquals(List.of(), e.changes());
    }

    /**
     * A table renamed and rebuilt in one migration, as db:generate writes a rename with a change that needs a rebuild: before and
     * after were compared by name only, so the renamed table was never compared and lost STRICT without a word.
     */
    @Test
    void aTableRenamedAndRebuiltWithoutStrictIsRefused() {
        Path file = file();
        String sql = """
            ALTER TABLE `readings` RENAME TO `samples`;--> statement-breakpoint
            CREATE TABLE `__new_samples` (`id` integer PRIMARY KEY NOT NULL, `value` integer);
            --> statement-breakpoint
            INSERT INTO `__new_samples`("id", "value") SELECT "id", "value" FROM `samples`;--> statement-breakpoint
            DROP TABLE `samples`;--> statement-breakpoint
            ALTER TABLE `__new_samples` RENAME TO `samples`;""";
        PreflightRefusedException e = assertThrows(PreflightRefusedException.class,
                () -> Preflight.ofFile(file, false, EngineLog.SILENT).check(List.of(migration(1, "0001_rename", sql))));
        assertTrue(e.getMessage().contains("\"readings\" is no longer STRICT"), e.getMessage());
        // kept STRICT under the new name: passes
        Preflight.ofFile(file, false, EngineLog.SILENT).check(List.of(migration(1, "0001_rename", sql.replace("`value` integer);", "`value` integer) STRICT;"))));
    }

    /**
     * A trigger whose name holds a double quote and a space (items "audit" trigger) was named in the lost-trigger and
     * broken-trigger messages as "items "audit" trigger", no name DROP TRIGGER takes. Both now quote it as SQL does (as the
     * trigger findings of db:verify's replay do), and the DROP TRIGGER written with the printed name clears the refusal.
     */
    @Test
    void aTriggerNamedWithADoubleQuoteAndASpaceIsNamedAsSqlQuotesIt() {
        Path file = dir.resolve("quoted.sqlite");
        String trigger = "CREATE TRIGGER \"items \"\"audit\"\" trigger\" AFTER INSERT ON `items` BEGIN INSERT INTO `audit` (`item_id`, `what`)"
                + " VALUES (NEW.`id`, 'insert'); END";
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT).apply(List.of(migration(0, "0000_init",
                    "CREATE TABLE `audit` (`id` integer PRIMARY KEY, `item_id` integer, `what` text);\n"
                            + "CREATE TABLE `items` (`id` integer PRIMARY KEY NOT NULL, `name` text NOT NULL);\n" + trigger + ";\n"
                            + "INSERT INTO `items` (`id`, `name`) VALUES (1, 'mug');")), ApplyOptions.defaults());
        }
        String rebuild = REBUILD.substring(0, REBUILD.indexOf("CREATE TABLE `__new_readings`")) + "PRAGMA foreign_keys=ON;";
        PreflightRefusedException lost = assertThrows(PreflightRefusedException.class,
                () -> Preflight.ofFile(file, false, EngineLog.SILENT).check(List.of(migration(1, "0001_rebuild", rebuild))));
        assertTrue(lost.getMessage().contains("\"items\": trigger \"items \"\"audit\"\" trigger\" is gone (a rebuild of the table drops its"
                + " triggers). Recreate it after the rebuild, e.g. in a custom migration (mvn db:generate -Ddb.custom) holding:\n      " + trigger + ";"),
                lost.getMessage());

        PreflightRefusedException broken = assertThrows(PreflightRefusedException.class,
                () -> Preflight.ofFile(file, false, EngineLog.SILENT).check(List.of(migration(1, "0001_no_audit", "DROP TABLE `audit`;"))));
        assertTrue(broken.getMessage().contains("\n  - trigger \"items \"\"audit\"\" trigger\" on \"items\" can no longer run (no such table: main.audit):"
                + " a table or column its body uses is gone, and every write on \"items\" that fires it fails from then on. Drop it (DROP TRIGGER)"
                + " or create it again without what is gone, in the migration or a custom one after it (mvn db:generate -Ddb.custom)"),
                broken.getMessage());
        // the name as printed is the one DROP TRIGGER takes
        Preflight.ofFile(file, false, EngineLog.SILENT).check(List.of(migration(1, "0001_no_audit",
                "DROP TRIGGER \"items \"\"audit\"\" trigger\";--> statement-breakpoint\nDROP TABLE `audit`;")));
    }

    /** A changed view is dropped and created again, which drops its INSTEAD OF triggers: refused as a rebuild's lost trigger is. */
    @Test
    void aViewCreatedAgainWithoutItsInsteadOfTriggerIsRefused() {
        Path file = dir.resolve("view.sqlite");
        String trigger = "CREATE TRIGGER `cheap_insert` INSTEAD OF INSERT ON `cheap` BEGIN INSERT INTO `items` (`id`, `name`) VALUES (NEW.`id`, NEW.`name`); END;";
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT).apply(List.of(migration(0, "0000_init",
                    "CREATE TABLE `items` (`id` integer PRIMARY KEY NOT NULL, `name` text NOT NULL);\nINSERT INTO `items` VALUES (1, 'mug');\n"
                            + "CREATE VIEW `cheap` AS SELECT id, name FROM items WHERE id < 10;\n" + trigger)), ApplyOptions.defaults());
        }
        String change = "DROP VIEW `cheap`;--> statement-breakpoint\nCREATE VIEW `cheap` AS SELECT id, name FROM items WHERE id < 100;";
        PreflightRefusedException e = assertThrows(PreflightRefusedException.class,
                () -> Preflight.ofFile(file, false, EngineLog.SILENT).check(List.of(migration(1, "0001_view", change))));
        assertTrue(e.getMessage().contains("\"cheap\": trigger \"cheap_insert\" is gone (dropping the view and creating it again drops its INSTEAD OF"
                + " triggers)"), e.getMessage());
        Preflight.ofFile(file, false, EngineLog.SILENT).check(List.of(migration(1, "0001_view", change + "--> statement-breakpoint\n" + trigger)));
        Preflight.ofFile(file, false, EngineLog.SILENT).check(List.of(migration(1, "0001_view", "DROP VIEW `cheap`;")));
    }

    /**
     * drizzle-kit writes a view's rename as DROP VIEW of the old name and CREATE VIEW of the new one, which drops the old view's
     * INSTEAD OF triggers; the pre-flight took the view for dropped on purpose (it is gone) and let the apply lose the trigger,
     * after which writes through the view fail. The new view with the old one's definition (or the one view made where one went)
     * is taken for the old one renamed, and the lost trigger is refused as a rebuild's is, naming the migration and the way out.
     */
    @Test
    void aViewRenamedAsDrizzleKitWritesItLosesItsInsteadOfTriggerAndIsRefused() {
        Path file = dir.resolve("renamed.sqlite");
        String trigger = "CREATE TRIGGER `cheap_insert` INSTEAD OF INSERT ON `cheap` BEGIN INSERT INTO `items` (`id`, `name`) VALUES (NEW.`id`, NEW.`name`); END";
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT).apply(List.of(migration(0, "0000_init",
                    "CREATE TABLE `items` (`id` integer PRIMARY KEY NOT NULL, `name` text NOT NULL);\nINSERT INTO `items` VALUES (1, 'mug');\n"
                            + "CREATE VIEW `cheap` AS SELECT id, name FROM items WHERE id < 10;\n" + trigger + ";")), ApplyOptions.defaults());
        }
        String rename = "DROP VIEW `cheap`;--> statement-breakpoint\nCREATE VIEW `bargains` AS SELECT id, name FROM items WHERE id < 10;";
        PreflightRefusedException e = assertThrows(PreflightRefusedException.class,
                () -> Preflight.ofFile(file, false, EngineLog.SILENT).check(List.of(migration(1, "0001_bargains", rename))));
        assertTrue(e.getMessage().contains("\n  - \"cheap\": trigger \"cheap_insert\" is gone (0001_bargains.sql drops the view and creates it as"
                + " \"bargains\", a rename as drizzle-kit writes it, and DROP VIEW drops its INSTEAD OF triggers). Recreate it on \"bargains\","
                + " e.g. in a custom migration (mvn db:generate -Ddb.custom) holding:\n"
                + "      CREATE TRIGGER `cheap_insert` INSTEAD OF INSERT ON \"bargains\" BEGIN INSERT INTO `items` (`id`, `name`) VALUES (NEW.`id`,"
                + " NEW.`name`); END;\n"
                + "    or, if it is meant to go with the old view, drop it by name before the DROP VIEW: DROP TRIGGER \"cheap_insert\";"), e.getMessage());
        assertTrue(e.getMessage().endsWith("Nothing was applied. Fix the migration, or pass -Ddb.acceptDataLoss to apply it as it is."), e.getMessage());
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            assertEquals(List.of(java.util.Map.of("name", "cheap_insert", "tbl_name", "cheap")),
                    db.query("SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger'"), "the database is as it was");
        }

        // renamed with a new definition too: the one view made where one went
        String renamedAndChanged = "DROP VIEW `cheap`;--> statement-breakpoint\nCREATE VIEW `bargains` AS SELECT id, name FROM items WHERE id < 5;";
        assertThrows(PreflightRefusedException.class,
                () -> Preflight.ofFile(file, false, EngineLog.SILENT).check(List.of(migration(1, "0001_bargains", renamedAndChanged))));
        // the trigger written again on the new name, or dropped by name first: passes
        Preflight.ofFile(file, false, EngineLog.SILENT).check(List.of(migration(1, "0001_bargains", rename + "--> statement-breakpoint\n"
                + trigger.replace("ON `cheap`", "ON `bargains`") + ";")));
        Preflight.ofFile(file, false, EngineLog.SILENT).check(List.of(migration(1, "0001_bargains", "DROP TRIGGER `cheap_insert`;--> statement-breakpoint\n" + rename)));
        // a view dropped for good, no view made in its place: its trigger goes with it; nor is one a later migration makes a rename
        Preflight.ofFile(file, false, EngineLog.SILENT).check(List.of(migration(1, "0001_bargains", "DROP VIEW `cheap`;")));
        Preflight.ofFile(file, false, EngineLog.SILENT).check(List.of(migration(1, "0001_no_cheap", "DROP VIEW `cheap`;"),
                migration(2, "0002_names", "CREATE VIEW `names` AS SELECT name FROM items;")));
    }

    /** SQLite folds ASCII case only: "Ä" (STRICT) and "ä" (not) are two tables, and losing STRICT on "Ä" is seen as such. */
    @Test
    void tablesWhoseNamesDifferInTheCaseOfNonAsciiLettersAreKeptApart() {
        Path file = dir.resolve("umlaut.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT).apply(List.of(migration(0, "0000_init",
                    "CREATE TABLE `Ä` (`id` integer PRIMARY KEY) STRICT;\nCREATE TABLE `ä` (`id` integer PRIMARY KEY);")), ApplyOptions.defaults());
        }
        String rebuild = """
                CREATE TABLE `__new_Ä` (`id` integer PRIMARY KEY, `note` text);--> statement-breakpoint
                INSERT INTO `__new_Ä`("id") SELECT "id" FROM `Ä`;--> statement-breakpoint
                DROP TABLE `Ä`;--> statement-breakpoint
                ALTER TABLE `__new_Ä` RENAME TO `Ä`;""";
        PreflightRefusedException e = assertThrows(PreflightRefusedException.class,
                () -> Preflight.ofFile(file, false, EngineLog.SILENT).check(List.of(migration(1, "0001_rebuild", rebuild))));
        assertTrue(e.getMessage().contains("\"Ä\" is no longer STRICT"), e.getMessage());
    }

    @Test
    void recreatingTheTriggerInALaterPendingMigrationAndKeepingStrictPassesAndTheTriggerFires() {
        Path file = file();
        List<Migration> pending = List.of(migration(0, "0000_init", INIT), migration(1, "0001_rebuild", REBUILD.formatted(") STRICT")),
                migration(2, "0002_trigger", RECREATE));
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT)
                    .checkingPendingWith(Preflight.ofFile(file, false, EngineLog.SILENT)).apply(pending, ApplyOptions.defaults());
            db.runAtomically(List.of("INSERT INTO items (id, name) VALUES (2, 'cap')"), false);
            assertEquals(1, db.query("SELECT * FROM audit WHERE item_id = 2 AND what = 'insert'").size());
            DatabaseException strict = assertThrows(DatabaseException.class,
                    () -> db.runAtomically(List.of("INSERT INTO readings (id, value) VALUES (2, 'high')"), false));
            assertTrue(strict.databaseMessage().contains("cannot store TEXT value in INTEGER column readings.value"), strict.databaseMessage());
        }
    }

    static final String CLAUSES = """
            CREATE TABLE `teams` (`id` integer PRIMARY KEY NOT NULL, `code` text NOT NULL);
            CREATE TABLE `members` (`id` integer PRIMARY KEY NOT NULL ON CONFLICT IGNORE, `email` text NOT NULL UNIQUE ON CONFLICT REPLACE,
              `team_id` integer REFERENCES `teams`(`id`) DEFERRABLE INITIALLY DEFERRED, `nick` text, `a` integer, `b` integer,
              UNIQUE (`a`, `b`) ON CONFLICT ROLLBACK, UNIQUE (`nick`) ON CONFLICT ABORT);
            CREATE TABLE `plain` (`id` integer PRIMARY KEY, `t` integer REFERENCES `teams`(`id`) NOT DEFERRABLE, `u` integer REFERENCES `teams`(`id`) DEFERRABLE INITIALLY IMMEDIATE);
            INSERT INTO `teams` VALUES (1, 'x');
            INSERT INTO `members` VALUES (1, 'a@x', 1, NULL, 1, 2);
            INSERT INTO `plain` VALUES (1, 1, 1);
            """;

    private Path fileWith(String init) {
        Path file = dir.resolve("clauses.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT).apply(List.of(migration(0, "0000_init", init)), ApplyOptions.defaults());
        }
        return file;
    }

    /**
     * A table-level PRIMARY KEY naming a collation (3a6953b9) is lost by a rebuild that does not say it, unless its column declares
     * that collation itself (code TEXT COLLATE NOCASE, PRIMARY KEY (code COLLATE NOCASE, label)): the rebuilt key compares as the old
     * one, and the rebuild was refused as having lost it, teaching -Ddb.acceptDataLoss.
     */
    @Test
    void aPrimaryKeyCollationItsColumnDeclaresIsNotLostByARebuild() throws Exception {
        for (String coll : List.of(" COLLATE NOCASE", "")) {
            java.nio.file.Files.deleteIfExists(dir.resolve("clauses.sqlite"));
            Path file = fileWith("CREATE TABLE codes (code TEXT" + coll + " NOT NULL, label TEXT NOT NULL, PRIMARY KEY (code COLLATE nocase, label));"
                    + "\n--> statement-breakpoint\nINSERT INTO codes VALUES ('a', 'x'), ('B', 'y');");
            String rebuild = "CREATE TABLE `__new_codes` (`code` text" + coll + " NOT NULL, `label` text NOT NULL, `extra` text, PRIMARY KEY(`code`, `label`));"
                    + "--> statement-breakpoint\nINSERT INTO `__new_codes`(\"code\", \"label\") SELECT \"code\", \"label\" FROM `codes`;--> statement-breakpoint\n"
                    + "DROP TABLE `codes`;--> statement-breakpoint\nALTER TABLE `__new_codes` RENAME TO `codes`;";
            if (coll.isEmpty()) {
                PreflightRefusedException e = assertThrows(PreflightRefusedException.class,
                        () -> Preflight.ofFile(file, false, EngineLog.SILENT).check(List.of(migration(1, "0001_rebuild", rebuild))));
                assertTrue(e.getMessage().contains("\"codes\" has lost PRIMARY KEY (code COLLATE nocase, label)"), e.getMessage());
            } else {
                Preflight.ofFile(file, false, EngineLog.SILENT).check(List.of(migration(1, "0001_rebuild", rebuild)));
            }
        }
    }

    /**
     * ON CONFLICT and DEFERRABLE INITIALLY DEFERRED change what the table does (a duplicate email replaces the old row instead of
     * failing; the team is checked at commit), and the model has no place for them: a generated rebuild drops them, which
     * used to pass the pre-flight silently.
     */
    @Test
    void aRebuildThatDropsOnConflictOrDeferredForeignKeysIsRefusedNamingEachClause() {
        Path file = fileWith(CLAUSES);
        String rebuild = """
                PRAGMA foreign_keys=OFF;--> statement-breakpoint
                CREATE TABLE `__new_members` (`id` integer PRIMARY KEY NOT NULL, `email` text NOT NULL UNIQUE, `team_id` integer REFERENCES `teams`(`id`),
                  `nick` text, `a` integer, `b` integer, `note` text);--> statement-breakpoint
                INSERT INTO `__new_members`("id", "email", "team_id", "nick", "a", "b") SELECT "id", "email", "team_id", "nick", "a", "b" FROM `members`;--> statement-breakpoint
                DROP TABLE `members`;--> statement-breakpoint
                ALTER TABLE `__new_members` RENAME TO `members`;--> statement-breakpoint
                CREATE TABLE `__new_plain` (`id` integer PRIMARY KEY, `t` integer REFERENCES `teams`(`id`), `u` integer REFERENCES `teams`(`id`), `v` text);--> statement-breakpoint
                INSERT INTO `__new_plain`("id", "t", "u") SELECT "id", "t", "u" FROM `plain`;--> statement-breakpoint
                DROP TABLE `plain`;--> statement-breakpoint
                ALTER TABLE `__new_plain` RENAME TO `plain`;--> statement-breakpoint
                PRAGMA foreign_keys=ON;""";
        PreflightRefusedException e = assertThrows(PreflightRefusedException.class,
                () -> Preflight.ofFile(file, false, EngineLog.SILENT).check(List.of(migration(1, "0001_rebuild", rebuild))));
        String m = e.getMessage();
        assertTrue(m.contains("\"members\" has lost column \"id\" NOT NULL ON CONFLICT IGNORE"), m);
        assertTrue(m.contains("\"members\" has lost column \"email\" UNIQUE ON CONFLICT REPLACE"), m);
        assertTrue(m.contains("\"members\" has lost UNIQUE (\"a\", \"b\") ON CONFLICT ROLLBACK"), m);
        assertTrue(m.contains("\"members\" has lost the foreign key (\"team_id\") to \"teams\" DEFERRABLE INITIALLY DEFERRED"), m);
        assertTrue(m.contains("or pass -Ddb.acceptDataLoss to keep the table without it"), m);
        // ABORT is the default, and NOT DEFERRABLE / INITIALLY IMMEDIATE check at once like a plain key: nothing of those is lost.
        assertEquals(4, m.split("has lost", -1).length - 1, m);
        assertTrue(!m.contains("\"plain\""), m);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            assertTrue(String.valueOf(db.query("SELECT sql FROM sqlite_master WHERE name = 'members'").get(0).get("sql")).contains("ON CONFLICT REPLACE"),
                    "the database is left as it was");
        }
    }

    @Test
    void renamingAColumnThatCarriesAClauseKeepsItAndPasses() {
        Path file = fileWith(CLAUSES);
        Preflight.ofFile(file, false, EngineLog.SILENT).check(List.of(migration(1, "0001_rename",
                "ALTER TABLE `members` RENAME COLUMN `email` TO `mail`;--> statement-breakpoint\nALTER TABLE `members` RENAME COLUMN `a` TO `aa`;")));
    }
    /**
     * A hand-written rebuild that renames "email" to "mail" and keeps its NOT NULL ... REPLACE but drops its UNIQUE ... REPLACE,
     * writing a NOT NULL ... REPLACE on another column instead: clauses were matched by "ON CONFLICT REPLACE" alone, so the
     * lost UNIQUE one (duplicate emails now fail instead of replacing) counted as kept. The kind now names the constraint.
     */
    @Test
    void aLostUniqueReplaceIsNotTakenForANotNullReplaceElsewhere() {
        Path file = dir.resolve("people.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.runAtomically(List.of("CREATE TABLE people (id integer PRIMARY KEY, email text UNIQUE ON CONFLICT REPLACE, name text)",
                    "INSERT INTO people VALUES (1, 'a@x', 'ann')"), false);
        }
        String rebuild = "CREATE TABLE __new_people (id integer PRIMARY KEY, mail text, name text NOT NULL ON CONFLICT REPLACE DEFAULT '');\n"
                + "INSERT INTO __new_people (id, mail, name) SELECT id, email, name FROM people;\nDROP TABLE people;\n"
                + "ALTER TABLE __new_people RENAME TO people;";
        PreflightRefusedException e = assertThrows(PreflightRefusedException.class,
                () -> Preflight.ofFile(file, false, EngineLog.SILENT).check(List.of(migration(0, "0000_rebuild", rebuild))));
        assertTrue(e.getMessage().contains("\"people\" has lost column \"email\" UNIQUE ON CONFLICT REPLACE"), e.getMessage());
    }
}
