package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.d1.D1Database;
import dev.godwit.engine.d1.D1Settings;
import dev.godwit.engine.d1.D1StandIn;
import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.testing.RecordingLog;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A review (round 46): the remote-D1 refusal of a migration "the schema alone fails" matched any message holding "already
 * exists", also a trigger's {@code RAISE(ABORT, 'a plan already exists for this user')} the replica's generated rows fired: a
 * migration the database's own rows apply cleanly was refused, "The apply would stop there ... Nothing was applied", where it
 * was a warning before. Only SQLite's own words for a name the schema has already count.
 * <p>
 * A red-team (round 48): on a remote D1 apply, a folder whose fifth pending migration held {@code INSERT INTO nosuch ...} was only
 * warned of; the apply committed the four before it and stopped at it, leaving the database between migrations. SQLite fails a
 * statement naming a table, column, index, view or trigger the schema lacks as it prepares it, before any row is read, also one a
 * trigger the statement may fire names (WHEN clause or not): the replica's generated rows change nothing of it. Unless the name
 * is one the replica was made without (a history table, D1's internals), which stays a warning, said as such.
 */
class SchemaOnlyFailureTest {

    @TempDir
    Path dir;

    private static DatabaseException said(String message) {
        return new DatabaseException("failed", 0, "x", message, false, null);
    }

    @Test
    void sqlitesOwnWordsCountATriggersDoNot() {
        assertTrue(SchemaOnlyFailure.of(said("[SQLITE_ERROR] SQL error or missing database (duplicate column name: hidden)")));
        assertTrue(SchemaOnlyFailure.of(said("[SQLITE_ERROR] SQL error or missing database (table `tags` already exists)")));
        assertTrue(SchemaOnlyFailure.of(said("index idx_t_v already exists")));
        assertTrue(SchemaOnlyFailure.of(said("[SQLITE_ERROR] SQL error or missing database (table \"order lines\" already exists)")));
        assertFalse(SchemaOnlyFailure.of(said("[SQLITE_CONSTRAINT_TRIGGER] A RAISE function within a trigger fired, causing the SQL statement to abort"
                + " (a plan already exists for this user)")));
        assertFalse(SchemaOnlyFailure.of(said("[SQLITE_CONSTRAINT_TRIGGER] A RAISE function within a trigger fired, causing the SQL statement to abort"
                + " (table t already exists)")));
    }

    private static DatabaseException ranAs(String statement, String message) {
        return new DatabaseException("statement 1 failed: " + message, 0, statement, message, false, null);
    }

    @Test
    void whatSqliteMeetsPreparingAStatementIsTheSchemas() {
        // the words sqlite-jdbc 3.54.1 gives for each, on empty tables
        for (String m : List.of("no such table: main.nosuch", "no such table: nosuch", "no such column: nosuchcol", "no such column: \"b\"",
                "table t has no column named b", "no such index: nosuch", "no such view: nosuch", "no such trigger: nosuch",
                "error in view v: no such table: main.gone", "foreign key mismatch - \"c\" referencing \"p\"")) {
            assertTrue(SchemaOnlyFailure.of(said("[SQLITE_ERROR] SQL error or missing database (" + m + ")")), m);
        }
        // the SQLite build's (the replica's is not D1's), and the rows'
        for (String m : List.of("[SQLITE_ERROR] SQL error or missing database (no such function: nosuchfn)",
                "[SQLITE_ERROR] SQL error or missing database (no such module: nosuchmod)",
                "[SQLITE_ERROR_MISSING_COLLSEQ] An SQL statement could not be prepared because a collating sequence named in that SQL statement"
                        + " could not be located (no such collation sequence: nosuchcoll)",
                "[SQLITE_ERROR] SQL error or missing database (malformed JSON)",
                "[SQLITE_CONSTRAINT_FOREIGNKEY] A foreign key constraint failed (FOREIGN KEY constraint failed)",
                "[SQLITE_CONSTRAINT_TRIGGER] A RAISE function within a trigger fired, causing the SQL statement to abort (no such table: plans)")) {
            assertFalse(SchemaOnlyFailure.of(said(m)), m);
        }
    }

    @Test
    void aNameTheReplicaWasMadeWithoutIsItsGap() {
        Set<String> leftOut = Set.of("d1_migrations", "_cf_KV", "sqlite_sequence");
        DatabaseException history = ranAs("DROP TABLE `d1_migrations`", "[SQLITE_ERROR] SQL error or missing database (no such table: d1_migrations)");
        assertEquals("d1_migrations", SchemaOnlyFailure.replicaLacks(history, leftOut));
        assertFalse(SchemaOnlyFailure.of(history, leftOut));
        DatabaseException internal = ranAs("UPDATE users SET plan = 'free'", "[SQLITE_ERROR] SQL error or missing database (no such table: main._cf_kv)");
        assertEquals("_cf_KV", SchemaOnlyFailure.replicaLacks(internal, leftOut));
        DatabaseException column = ranAs("SELECT m.name FROM d1_migrations AS m", "[SQLITE_ERROR] SQL error or missing database (no such column: m.name)");
        assertEquals("d1_migrations", SchemaOnlyFailure.replicaLacks(column, leftOut));
        DatabaseException own = ranAs("INSERT INTO nosuch VALUES (1)", "[SQLITE_ERROR] SQL error or missing database (no such table: nosuch)");
        assertNull(SchemaOnlyFailure.replicaLacks(own, leftOut));
        assertTrue(SchemaOnlyFailure.of(own, leftOut));
        // a copy with less in it meets no more "already exists" than the database
        DatabaseException made = ranAs("CREATE TABLE sqlite_sequence_copy AS SELECT * FROM sqlite_sequence",
                "[SQLITE_ERROR] SQL error or missing database (table sqlite_sequence_copy already exists)");
        assertNull(SchemaOnlyFailure.replicaLacks(made, leftOut));
    }

    private static final String ACCOUNT = "0123456789abcdef0123456789abcdef";
    private static final String DATABASE = "c020574a-5623-407b-be0c-cd192bab9545";
    private static final String TOKEN = "preflight-token-1";

    private List<Migration> applied(D1Database d1, HistoryTable history, String... setUp) {
        Migration create = migration(0, "0000_create", "CREATE TABLE `users` (`id` integer PRIMARY KEY NOT NULL, `email` text NOT NULL, `plan` text);");
        new Migrator(d1, history, EngineLog.SILENT).apply(List.of(create), ApplyOptions.defaults());
        d1.runAtomically(List.of("INSERT INTO users (id, email) VALUES (1, 'a@x.io'), (2, 'b@x.io')"), false);
        if (setUp.length > 0) d1.runAtomically(List.of(setUp), false);
        return List.of(create);
    }

    /** Four migrations that apply, then the one given. */
    private List<Migration> fiveAfter(List<Migration> applied, String fifth) {
        List<Migration> all = new java.util.ArrayList<>(applied);
        all.add(migration(1, "0001_tags", "CREATE TABLE `tags` (`id` integer PRIMARY KEY NOT NULL, `name` text NOT NULL);"));
        all.add(migration(2, "0002_tag_index", "CREATE INDEX `tags_name_idx` ON `tags` (`name`);"));
        all.add(migration(3, "0003_seed_tags", "INSERT INTO `tags` (`id`, `name`) VALUES (1, 'news'), (2, 'sport');"));
        all.add(migration(4, "0004_users_bio", "ALTER TABLE `users` ADD `bio` text;"));
        all.add(migration(5, "0005_fifth", fifth));
        return all;
    }

    private static long count(D1Database d1, String sql) {
        return ((Number) d1.query(sql).get(0).values().iterator().next()).longValue();
    }

    @Test
    void aMigrationNamingATableTheDatabaseLacksIsRefusedBeforeAnythingIsSent() {
        RecordingLog log = new RecordingLog();
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), ACCOUNT, DATABASE, TOKEN);
             D1Database d1 = new D1Database(new D1Settings(ACCOUNT, DATABASE, TOKEN, standIn.endpoint()))) {
            HistoryTable history = HistoryTable.forName("__drizzle_migrations");
            List<Migration> all = fiveAfter(applied(d1, history), "INSERT INTO `nosuch` (`id`) VALUES (1);");
            int requestsBefore = standIn.requestLog().size();
            PreflightRefusedException e = assertThrows(PreflightRefusedException.class, () -> new Migrator(d1, history, log)
                    .checkingPendingWith(Preflight.ofLiveSchema(d1, Set.of(history.name()), false, log)).apply(all, ApplyOptions.defaults()));
            assertTrue(e.getMessage().contains("0005_fifth.sql fails on a local replica") && e.getMessage().contains("statement 1 of 1")
                    && e.getMessage().contains("INSERT INTO `nosuch`") && e.getMessage().contains("no such table: nosuch")
                    && e.getMessage().contains("No row makes or avoids this failure")
                    && e.getMessage().contains("after committing the 4 pending migration(s) before it")
                    && e.getMessage().contains("Nothing was applied. Fix 0005_fifth.sql (or the database's schema"), e.getMessage());
            assertEquals(1, count(d1, "SELECT count(*) FROM __drizzle_migrations"));
            assertEquals(0, count(d1, "SELECT count(*) FROM sqlite_master WHERE name = 'tags'"));
            assertEquals(0, count(d1, "SELECT count(*) FROM pragma_table_info('users') WHERE name = 'bio'"));
            assertTrue(standIn.requestLog().subList(requestsBefore, standIn.requestLog().size()).stream()
                    .noneMatch(r -> r.contains("CREATE TABLE") || r.contains("INSERT INTO") || r.contains("ALTER TABLE")), standIn.requestLog().toString());
        }
    }

    @Test
    void aTriggerNamingATableDroppedByHandFailsTheStatementOnEmptyRowsToo() {
        RecordingLog log = new RecordingLog();
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), ACCOUNT, DATABASE, TOKEN);
             D1Database d1 = new D1Database(new D1Settings(ACCOUNT, DATABASE, TOKEN, standIn.endpoint()))) {
            HistoryTable history = HistoryTable.forName("__drizzle_migrations");
            // a trigger whose WHEN the update never meets, writing a table dropped outside the migrations
            List<Migration> applied = applied(d1, history, "CREATE TABLE `audit` (`user_id` integer, `plan` text)",
                    "CREATE TRIGGER `users_gold_audit` AFTER UPDATE OF `plan` ON `users` WHEN NEW.`plan` = 'gold' BEGIN"
                            + " INSERT INTO `audit` VALUES (NEW.`id`, NEW.`plan`); END", "DROP TABLE `audit`");
            List<Migration> all = fiveAfter(applied, "UPDATE `users` SET `plan` = 'free' WHERE `plan` IS NULL;");
            PreflightRefusedException e = assertThrows(PreflightRefusedException.class, () -> new Migrator(d1, history, log)
                    .checkingPendingWith(Preflight.ofLiveSchema(d1, Set.of(history.name()), false, log)).apply(all, ApplyOptions.defaults()));
            assertTrue(e.getMessage().contains("0005_fifth.sql fails on a local replica") && e.getMessage().contains("no such table: main.audit")
                    && e.getMessage().contains("also in a trigger the statement may fire"), e.getMessage());
            assertEquals(1, count(d1, "SELECT count(*) FROM __drizzle_migrations"));
            assertEquals(0, count(d1, "SELECT count(*) FROM sqlite_master WHERE name = 'tags'"));
            // and it is so on the database: the stand-in's SQLite fails it with no row to update
            DatabaseException onD1 = assertThrows(DatabaseException.class,
                    () -> d1.runAtomically(List.of("UPDATE `users` SET `plan` = 'free' WHERE 0"), false));
            assertTrue(String.valueOf(onD1.databaseMessage()).contains("no such table: main.audit"), onD1.databaseMessage());
        }
    }

    @Test
    void aTableTheReplicaIsMadeWithoutStaysAWarningSaidAsSuch() {
        RecordingLog log = new RecordingLog();
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), ACCOUNT, DATABASE, TOKEN);
             D1Database d1 = new D1Database(new D1Settings(ACCOUNT, DATABASE, TOKEN, standIn.endpoint()))) {
            HistoryTable history = HistoryTable.forName("__drizzle_migrations");
            // wrangler's history, left from before the move to drizzle-orm's: the replica is made without it
            List<Migration> applied = applied(d1, history, "CREATE TABLE d1_migrations (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE,"
                    + " applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)", "INSERT INTO d1_migrations (name) VALUES ('0000_init.sql')");
            List<Migration> all = fiveAfter(applied, "DROP TABLE `d1_migrations`;");
            new Migrator(d1, history, log).checkingPendingWith(Preflight.ofLiveSchema(d1, Set.of(history.name()), false, log))
                    .apply(all, ApplyOptions.defaults());
            assertTrue(log.lines().stream().anyMatch(l -> l.contains("0005_fifth.sql fails on a local replica") && l.contains("no such table: d1_migrations")
                    && l.contains("\"d1_migrations\" is in the database but not in the replica") && !l.contains("The apply will stop there too")),
                    log.lines().toString());
            assertTrue(log.lines().stream().anyMatch(l -> l.contains("Applied 5 migration(s)")), log.lines().toString());
            assertEquals(0, count(d1, "SELECT count(*) FROM sqlite_master WHERE name = 'd1_migrations'"));
        }
    }

    private Migration migration(int idx, String tag, String sql) {
        return new Migration(new JournalEntry(idx, "6", 1796054673838L + idx * 1000L, tag, true), dir.resolve(tag + ".sql"), sql);
    }

    @Test
    void aRaiseTheGeneratedRowsFireOnD1StaysAWarning() {
        String account = "0123456789abcdef0123456789abcdef";
        String database = "c020574a-5623-407b-be0c-cd192bab9545";
        RecordingLog log = new RecordingLog();
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), account, database, "preflight-token-1");
             D1Database d1 = new D1Database(new D1Settings(account, database, "preflight-token-1", standIn.endpoint()))) {
            HistoryTable history = HistoryTable.forName("__drizzle_migrations");
            Migration create = migration(0, "0000_create", "CREATE TABLE `users` (`id` integer PRIMARY KEY NOT NULL, `email` text NOT NULL, `plan` text)"
                    + ";\n--> statement-breakpoint\nCREATE TRIGGER `users_plan_guard` BEFORE UPDATE OF `plan` ON `users` WHEN OLD.`plan` IS NOT NULL"
                    + " BEGIN SELECT RAISE(ABORT, 'a plan already exists for this user'); END;");
            new Migrator(d1, history, EngineLog.SILENT).apply(List.of(create), ApplyOptions.defaults());
            d1.runAtomically(List.of("INSERT INTO users (id, email) VALUES (1, 'a@x.io'), (2, 'b@x.io')"), false);   // no plan yet
            Migration tags = migration(1, "0001_tags", "CREATE TABLE `tags` (`id` integer PRIMARY KEY NOT NULL);");
            Migration plan = migration(2, "0002_default_plan", "UPDATE `users` SET `plan` = 'free'");
            new Migrator(d1, history, log).checkingPendingWith(Preflight.ofLiveSchema(d1, Set.of(history.name()), false, log))
                    .apply(List.of(create, tags, plan), ApplyOptions.defaults());
            assertTrue(log.lines().stream().anyMatch(l -> l.contains("0002_default_plan.sql fails on a local replica") && l.contains("a plan already exists")),
                    log.lines().toString());
            assertTrue(log.lines().stream().anyMatch(l -> l.contains("Applied 2 migration(s)")), log.lines().toString());
        }
    }
}
