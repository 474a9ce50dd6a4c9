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
 * A red-team review (round 46): the old rebuild idiom split over two migrations (the first renames orders away and creates the new
 * orders, the second copies the rows back and drops the old table) was compared as a table dropped: a copy that swapped two
 * columns and left a row behind passed the pre-flight of a local file with "no rows removed or rewritten in the tables they keep;
 * they drop "orders_old" (4 rows)". The rows are followed into the table that took their old name, as within one migration.
 */
class SplitRebuildTest {

    @TempDir
    Path dir;
    final RecordingLog log = new RecordingLog();

    private static final String BR = ";\n--> statement-breakpoint\n";
    private static final String ORDERS = "CREATE TABLE orders (id integer PRIMARY KEY NOT NULL, note text, status text NOT NULL DEFAULT 'new')";

    private Path file(String name) {
        Path file = dir.resolve(name + ".sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.runAtomically(List.of(ORDERS, "INSERT INTO orders VALUES (1, 'first', 'new'), (2, 'second', 'paid'), (3, 'b1', 'new'), (4, NULL, 'paid')"), false);
        }
        return file;
    }

    private Migration migration(int idx, String tag, String sql) {
        return new Migration(new JournalEntry(idx, "6", 2000L + idx, tag, true), dir.resolve(tag + ".sql"), sql);
    }

    private List<Migration> split(String copy) {
        return List.of(migration(1, "0001_away", "ALTER TABLE orders RENAME TO orders_old" + BR + ORDERS),
                migration(2, "0002_back", copy + BR + "DROP TABLE orders_old"));
    }

    @Test
    void aLossyCopyBackInTheNextMigrationIsRefused() {
        Path file = file("lossy");
        String e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(file, false, log).check(split(
                "INSERT INTO orders (id, note, status) SELECT id, status, note FROM orders_old WHERE note IS NOT NULL")),
                () -> String.join("\n", log.lines())).getMessage();
        assertTrue(e.contains("- \"orders\": 1 of 4 rows deleted, through 0002_back.sql"), e);
        assertTrue(e.contains("- \"orders\".\"note\": 3 of 3 values not kept") && e.contains("- \"orders\".\"status\": 3 of 3 values not kept"), e);
    }

    /** db:verify's replay: the new table is not topped up with generated rows the copy back would collide with (a false warning). */
    @Test
    void theReplayFindsTheLossyCopyBack() {
        try (DataReplay replay = new DataReplay()) {
            org.junit.jupiter.api.Assertions.assertEquals(List.of(), replay.apply(migration(0, "0000_init", ORDERS)));
            List<Migration> both = split("INSERT INTO orders (id, note, status) SELECT id, status, note FROM orders_old");
            org.junit.jupiter.api.Assertions.assertEquals(List.of(), replay.apply(both.get(0)));
            List<String> changes = replay.apply(both.get(1)).stream().map(c -> c.describe().substring(0, c.describe().indexOf(" ("))).toList();
            org.junit.jupiter.api.Assertions.assertEquals(List.of("\"orders\".\"note\": 3 of 3 values not kept", "\"orders\".\"status\": 3 of 3 values not kept"),
                    changes);
            // the swap also puts the nullable note into status, NOT NULL: a database holding an order without a note fails the copy
            org.junit.jupiter.api.Assertions.assertEquals(1, replay.warnings().size(), replay.warnings().toString());
            org.junit.jupiter.api.Assertions.assertTrue(replay.warnings().get(0).contains("The copy puts \"orders_old\".\"note\" into \"orders\".\"status\", which is NOT NULL"),
                    replay.warnings().get(0));
        }
    }

    @Test
    void aFaithfulCopyBackPassesAndDropsNothing() {
        Path file = file("faithful");
        log.lines().clear();
        Preflight.ofFile(file, false, log).check(split("INSERT INTO orders (id, note, status) SELECT id, note, status FROM orders_old"));
        assertTrue(log.lines().stream().anyMatch(l -> l.contains("no rows removed or rewritten") && !l.contains("they drop")), log.lines().toString());
        // round 47: passed, but the window between the two is said, as the backup split's refusal says it
        assertTrue(log.lines().contains("WARN Pre-flight: 0001_away.sql renames \"orders\" to \"orders_old\" and creates a new \"orders\"; 0002_back.sql"
                + " copies the rows back. Each migration is its own transaction (on D1 its own request): an apply that stops between the two (a"
                + " request cut, a run killed) leaves \"orders\" empty, its rows in \"orders_old\", until the next db:apply goes on. In one migration"
                + " the pair is never seen half done."), log.lines().toString());
    }

    /** Round 47: the rename away pending without its copy back passed as "no rows removed", the table applications read left empty. */
    @Test
    void aRenameAwayWhoseCopyBackIsNotPendingSaysTheTableIsLeftEmpty() {
        Path file = file("alone");
        log.lines().clear();
        Preflight.ofFile(file, false, log).check(split("SELECT 1").subList(0, 1));
        assertTrue(log.lines().contains("WARN Pre-flight: after the pending migrations \"orders\" is a new, empty table: 0001_away.sql renamed the old"
                + " one to \"orders_old\" with its 4 row(s), and no pending migration copies them back. Applications reading \"orders\" see no rows"
                + " until one does (INSERT INTO \"orders\" (...) SELECT ... FROM \"orders_old\"); if the old rows are meant to stay apart (an archive),"
                + " nothing to do."), log.lines().toString());
        assertTrue(log.lines().stream().noneMatch(l -> l.contains("copies the rows back")), log.lines().toString());
    }

    /** One migration (rename away, create, copy back, drop): nothing to say of a window. */
    @Test
    void theWholeIdiomInOneMigrationSaysNothingOfAWindow() {
        Path file = file("one");
        log.lines().clear();
        Preflight.ofFile(file, false, log).check(List.of(migration(1, "0001_rebuild", "ALTER TABLE orders RENAME TO orders_old" + BR + ORDERS + BR
                + "INSERT INTO orders (id, note, status) SELECT id, note, status FROM orders_old" + BR + "DROP TABLE orders_old")));
        assertTrue(log.lines().stream().noneMatch(l -> l.startsWith("WARN")), log.lines().toString());
    }
}
