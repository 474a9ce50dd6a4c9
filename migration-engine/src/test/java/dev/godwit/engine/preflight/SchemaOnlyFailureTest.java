package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A review (round 46): the remote-D1 refusal of a migration "the schema alone fails" matched any message holding "already
 * exists", also a trigger's {@code RAISE(ABORT, 'a plan already exists for this user')} the replica's generated rows fired: a
 * migration the database's own rows apply cleanly was refused, "The apply would stop there ... Nothing was applied", where it
 * was a warning before. Only SQLite's own words for a name the schema has already count.
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
