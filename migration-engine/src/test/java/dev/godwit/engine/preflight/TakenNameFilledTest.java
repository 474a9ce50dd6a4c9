package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A review (round 46): f6f15321 and 9b11bb1c left a table that took the name of one renamed away (or backed up) unfilled in
 * db:verify's replay for as long as the old one stood, waiting for a copy back. db:generate writes {@code ALTER TABLE orders
 * RENAME TO orders_archive; CREATE TABLE orders ...} where the code renames a table and declares a new one under its name, and
 * orders_archive stands for good: every later migration's {@code DELETE FROM orders} ran on an empty table and passed silently.
 */
class TakenNameFilledTest {

    @TempDir
    Path dir;

    private static final String BR = ";\n--> statement-breakpoint\n";
    private static final String ORDERS = "CREATE TABLE orders (id integer PRIMARY KEY NOT NULL, note text, status text NOT NULL DEFAULT 'new')";

    private Migration migration(int idx, String tag, String sql) {
        return new Migration(new JournalEntry(idx, "6", 2000L + idx, tag, true), dir.resolve(tag + ".sql"), sql);
    }

    private static List<String> described(List<RowChange> changes) {
        return changes.stream().map(c -> c.describe().replaceAll(", through.*", "")).toList();
    }

    @Test
    void aTableRenamedAwayForGoodLeavesItsNameToATableTheReplayFills() {
        try (DataReplay replay = new DataReplay()) {
            replay.apply(migration(0, "0000_init", ORDERS));
            assertEquals(List.of(), replay.apply(migration(1, "0001_archive", "ALTER TABLE orders RENAME TO orders_archive" + BR + ORDERS)));
            assertEquals(List.of(), replay.apply(migration(2, "0002_tags", "CREATE TABLE tags (id integer PRIMARY KEY)" + BR + "UPDATE orders_archive SET note = note")));
            assertEquals(List.of("\"orders\": 3 of 3 rows deleted"), described(replay.apply(migration(3, "0003_purge", "DELETE FROM orders"))));
        }
    }

    @Test
    void aBackupKeptForGoodToo() {
        try (DataReplay replay = new DataReplay()) {
            replay.apply(migration(0, "0000_init", ORDERS));
            replay.apply(migration(1, "0001_archive", "-- godwit:accept-data-loss orders\nCREATE TABLE orders_archive AS SELECT * FROM orders" + BR
                    + "DROP TABLE orders" + BR + ORDERS));
            assertEquals(List.of("\"orders\": 3 of 3 rows deleted"), described(replay.apply(migration(2, "0002_purge", "DELETE FROM orders"))));
        }
    }

    /** A migration in between that does not name the new table leaves it waiting: the copy back after it does not collide. */
    @Test
    void theSplitRebuildWithAMigrationBetweenStillWaits() {
        try (DataReplay replay = new DataReplay()) {
            replay.apply(migration(0, "0000_init", ORDERS));
            replay.apply(migration(1, "0001_away", "ALTER TABLE orders RENAME TO orders_old" + BR + ORDERS));
            replay.apply(migration(2, "0002_tags", "CREATE TABLE tags (id integer PRIMARY KEY, name text)" + BR + "UPDATE orders_old SET note = note"));
            assertEquals(List.of(), replay.apply(migration(3, "0003_back", "INSERT INTO orders SELECT * FROM orders_old" + BR + "DROP TABLE orders_old")));
            assertEquals(List.of(), replay.warnings());
        }
    }
}
