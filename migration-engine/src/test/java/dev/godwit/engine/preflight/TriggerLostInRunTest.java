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
 * A red-team review (round 46): a trigger created by one pending migration and lost by a later one of the same run (a
 * drizzle-kit rebuild of its table that does not recreate it) passed the pre-flight with "no rows removed or rewritten": the
 * triggers were compared only with those the database had before the run. db:verify's replay found it.
 */
class TriggerLostInRunTest {

    @TempDir
    Path dir;
    final RecordingLog log = new RecordingLog();

    private static final String BR = ";\n--> statement-breakpoint\n";
    private static final String TRIGGER = "CREATE TRIGGER orders_count AFTER INSERT ON orders BEGIN UPDATE counters SET n = n + 1; END";
    private static final String REBUILD = "PRAGMA foreign_keys=OFF" + BR
            + "CREATE TABLE `__new_orders` (`id` integer PRIMARY KEY NOT NULL, `note` text, `status` text DEFAULT 'new' NOT NULL)" + BR
            + "INSERT INTO `__new_orders`(\"id\", \"note\", \"status\") SELECT \"id\", \"note\", \"status\" FROM `orders`" + BR
            + "DROP TABLE `orders`" + BR + "ALTER TABLE `__new_orders` RENAME TO `orders`" + BR + "PRAGMA foreign_keys=ON";

    private Path file() {
        Path file = dir.resolve("app.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.runAtomically(List.of("CREATE TABLE orders (id integer PRIMARY KEY NOT NULL, note text, status text NOT NULL DEFAULT 'new')",
                    "CREATE TABLE counters (n integer NOT NULL)", "INSERT INTO counters VALUES (0)",
                    "INSERT INTO orders VALUES (1, 'first', 'new'), (2, 'second', 'paid')"), false);
        }
        return file;
    }

    private Migration migration(int idx, String tag, String sql) {
        return new Migration(new JournalEntry(idx, "6", 2000L + idx, tag, true), dir.resolve(tag + ".sql"), sql);
    }

    @Test
    void aTriggerAnEarlierPendingMigrationCreatedAndARebuildLostIsRefused() {
        Path file = file();
        List<Migration> pending = List.of(migration(1, "0001_count", TRIGGER), migration(2, "0002_rebuild", REBUILD));
        String e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(file, false, log).check(pending),
                () -> String.join("\n", log.lines())).getMessage();
        assertTrue(e.contains("\"orders\": trigger \"orders_count\" is gone (a rebuild of the table drops its triggers)"), e);
        assertTrue(e.contains("CREATE TRIGGER orders_count AFTER INSERT ON orders"), e);
    }

    @Test
    void oneALaterMigrationDropsByNameIsMeantToGo() {
        Path file = file();
        Preflight.ofFile(file, false, log).check(List.of(migration(1, "0001_count", TRIGGER), migration(2, "0002_rebuild", REBUILD),
                migration(3, "0003_drop", "DROP TRIGGER IF EXISTS orders_count")));
        assertTrue(log.lines().stream().anyMatch(l -> l.contains("no rows removed or rewritten")), log.lines().toString());
    }

    /** Dropped by name before it was created again (a custom migration's DROP TRIGGER IF EXISTS; CREATE TRIGGER), then lost. */
    @Test
    void aDropBeforeItWasCreatedAgainDoesNotCount() {
        Path file = file();
        List<Migration> pending = List.of(migration(1, "0001_count", "DROP TRIGGER IF EXISTS orders_count" + BR + TRIGGER),
                migration(2, "0002_rebuild", REBUILD));
        String e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(file, false, log).check(pending),
                () -> String.join("\n", log.lines())).getMessage();
        assertTrue(e.contains("trigger \"orders_count\" is gone"), e);
    }

    /** Created on a table the run creates too, then lost by its rebuild. */
    @Test
    void onATableTheRunCreates() {
        Path file = file();
        List<Migration> pending = List.of(migration(1, "0001_items", "CREATE TABLE items (id integer PRIMARY KEY NOT NULL, name text)" + BR
                + "CREATE TRIGGER items_count AFTER INSERT ON items BEGIN UPDATE counters SET n = n + 1; END"),
                migration(2, "0002_rebuild", "CREATE TABLE `__new_items` (`id` integer PRIMARY KEY NOT NULL, `name` text NOT NULL DEFAULT '')" + BR
                        + "INSERT INTO `__new_items`(\"id\", \"name\") SELECT \"id\", coalesce(\"name\", '') FROM `items`" + BR + "DROP TABLE `items`" + BR
                        + "ALTER TABLE `__new_items` RENAME TO `items`"));
        String e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(file, false, log).check(pending),
                () -> String.join("\n", log.lines())).getMessage();
        assertTrue(e.contains("\"items\": trigger \"items_count\" is gone"), e);
    }
}
