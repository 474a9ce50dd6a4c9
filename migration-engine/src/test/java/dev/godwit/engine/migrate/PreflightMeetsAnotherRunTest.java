package dev.godwit.engine.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.preflight.Preflight;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red-team: two instances of an application start at once and apply the same migrations (Godwit.migrate). The second read the
 * history, then another run committed migrations before the second's pre-flight copied the file: the copy holds them already,
 * the pre-flight ran them a second time there, and one that cannot run twice (ADD COLUMN) failed on it. The second instance
 * was refused (PreflightRefusedException, "fails on a copy ... The apply would stop there"), for a migration that was applied
 * fine, and did not start; with the first pending migration failing it only warned ("The apply will stop there too") and went
 * on. A pre-flight whose copy is not what the history read saw is run again on the migrations still pending.
 */
class PreflightMeetsAnotherRunTest {

    @TempDir
    Path dir;

    static Migration migration(int idx, String tag, String sql) {
        return new Migration(new JournalEntry(idx, "6", 1_800_000_000_000L + idx * 1000, tag, true), Path.of("drizzle", tag + ".sql"), sql);
    }

    @Test
    void aPreflightCopyTakenAfterAnotherRunAppliedTheMigrationsIsTakenAgain() {
        Path file = dir.resolve("app.sqlite");
        List<Migration> migrations = List.of(
                migration(0, "0000_init", "CREATE TABLE `users` (`id` integer PRIMARY KEY NOT NULL, `name` text)"),
                migration(1, "0001_index", "CREATE INDEX IF NOT EXISTS `users_name` ON `users` (`name`)"),
                migration(2, "0002_email", "ALTER TABLE `users` ADD `email` text"));
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT).apply(migrations.subList(0, 1), ApplyOptions.defaults());
            db.runAtomically(List.of("INSERT INTO users (id, name) VALUES (1, 'a')"), false);
        }
        List<String> warnings = new ArrayList<>();
        EngineLog log = new EngineLog() {
            @Override
            public void info(String message) {
            }

            @Override
            public void warn(String message) {
                warnings.add(message);
            }
        };
        Preflight preflight = Preflight.ofFile(file, false, log);
        boolean[] otherRan = {false};
        PendingCheck meetingAnotherRun = pending -> {
            if (!otherRan[0]) {
                otherRan[0] = true;
                // the other instance commits the pending migrations after this run read the history, before its copy is taken
                try (SqliteDatabase other = SqliteDatabase.open(file)) {
                    new Migrator(other, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT).apply(migrations, ApplyOptions.defaults());
                }
            }
            preflight.check(pending);
        };
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            ApplyResult r = new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log).checkingPendingWith(meetingAnotherRun)
                    .apply(migrations, ApplyOptions.defaults());
            assertEquals(List.of(), r.applied());
            assertEquals(3, db.query("SELECT * FROM __drizzle_migrations").size());
        }
        assertTrue(otherRan[0]);
    }
}
