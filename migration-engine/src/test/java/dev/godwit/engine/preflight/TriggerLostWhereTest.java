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
 * A review (round 46): a lost trigger's refusal said "is gone (a rebuild of the table drops its triggers)" and "Fix the
 * migration" without naming which, and c3eb9b08 made it a refusal of runs of several migrations by construction (one creates the
 * trigger, a later one loses it). It names the migration whose DROP TABLE took it, and the way on for a trigger meant to go
 * (dropped by name, which the pre-flight accepts), which only the view's sentence gave.
 */
class TriggerLostWhereTest {

    @TempDir
    Path dir;
    final RecordingLog log = new RecordingLog();

    private static final String BR = ";\n--> statement-breakpoint\n";
    private static final String TRIGGER = "CREATE TRIGGER orders_count AFTER INSERT ON orders BEGIN UPDATE counters SET n = n + 1; END";
    private static final String REBUILD = "CREATE TABLE `__new_orders` (`id` integer PRIMARY KEY NOT NULL, `note` text, `status` text DEFAULT 'new' NOT NULL)" + BR
            + "INSERT INTO `__new_orders`(\"id\", \"note\", \"status\") SELECT \"id\", \"note\", \"status\" FROM `orders`" + BR
            + "DROP TABLE `orders`" + BR + "ALTER TABLE `__new_orders` RENAME TO `orders`";

    private int files;

    private Path file(boolean withTrigger) {
        Path file = dir.resolve("app" + files++ + ".sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.runAtomically(List.of("CREATE TABLE orders (id integer PRIMARY KEY NOT NULL, note text, status text NOT NULL DEFAULT 'new')",
                    "CREATE TABLE counters (n integer NOT NULL)", "INSERT INTO counters VALUES (0)",
                    "INSERT INTO orders VALUES (1, 'first', 'new'), (2, 'second', 'paid')", withTrigger ? TRIGGER : "SELECT 1"), false);
        }
        return file;
    }

    private Migration migration(int idx, String tag, String sql) {
        return new Migration(new JournalEntry(idx, "6", 2000L + idx, tag, true), dir.resolve(tag + ".sql"), sql);
    }

    @Test
    void aTriggerCreatedInTheRunNamesTheRebuildThatLostIt() {
        List<Migration> pending = List.of(migration(1, "0001_rebuild", REBUILD), migration(2, "0002_count", TRIGGER),
                migration(3, "0003_rebuild", REBUILD), migration(4, "0004_rebuild", REBUILD));
        String e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(file(false), false, log).check(pending),
                () -> String.join("\n", log.lines())).getMessage();
        assertTrue(e.contains("It went with 0003_rebuild.sql's DROP TABLE \"orders\". Or, if it is meant to go, drop it by name in 0003_rebuild.sql"
                + " before the DROP TABLE: DROP TRIGGER \"orders_count\";"), e);
    }

    @Test
    void aTriggerThereBeforeNamesTheFirstRebuildAndTheWayOnWorks() {
        List<Migration> pending = List.of(migration(1, "0001_note", "UPDATE orders SET note = 'x' WHERE id = 99"), migration(2, "0002_rebuild", REBUILD),
                migration(3, "0003_rebuild", REBUILD));
        String e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(file(true), false, log).check(pending),
                () -> String.join("\n", log.lines())).getMessage();
        assertTrue(e.contains("It went with 0002_rebuild.sql's DROP TABLE \"orders\"."), e);
        // the way on, as printed
        Preflight.ofFile(file(true), false, log).check(List.of(pending.get(0),
                migration(2, "0002_rebuild", "DROP TRIGGER \"orders_count\"" + BR + REBUILD), pending.get(2)));
    }
}
