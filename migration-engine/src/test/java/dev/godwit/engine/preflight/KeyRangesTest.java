package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The replay gives each table its generated keys in a range of its own. The ranges followed the tables' order, so a table
 * added (or rebuilt, which puts it last) by a later migration moved another's range onto keys its rows already held.
 */
class KeyRangesTest {

    @TempDir
    Path dir;

    Migration migration(int idx, String sql) {
        String tag = String.format("%04d_m%d", idx, idx);
        return new Migration(new JournalEntry(idx, "6", 1000L + idx, tag, true), dir.resolve(tag + ".sql"), sql);
    }

    /**
     * orders is filled first (keys from 1,000,001); a later migration adds archived_orders and rebuilds orders, so
     * archived_orders now comes first; restoring the archive into orders failed on the generated keys ("UNIQUE constraint
     * failed: orders.id"), and the replay ran the restore on empty tables, trying nothing with rows.
     */
    @Test
    void aTableAddedLaterGetsARangeOfItsOwnAndLeavesTheOthersWhereTheyWere() {
        try (DataReplay replay = new DataReplay()) {
            replay.apply(migration(0, "CREATE TABLE orders (id integer PRIMARY KEY, note text)"));
            replay.apply(migration(1, "UPDATE orders SET note = note"));
            replay.apply(migration(2, String.join("--> statement-breakpoint\n", "CREATE TABLE archived_orders (id integer PRIMARY KEY, note text);",
                    "CREATE TABLE __new_orders (id integer PRIMARY KEY, note text NOT NULL DEFAULT '');",
                    "INSERT INTO __new_orders (id, note) SELECT id, coalesce(note, '') FROM orders;", "DROP TABLE orders;",
                    "ALTER TABLE __new_orders RENAME TO orders;")));
            List<RowChange> changes = replay.apply(migration(3, "INSERT INTO orders SELECT id, coalesce(note, '') FROM archived_orders"));
            assertEquals(List.of(), changes);
            assertEquals(Map.of(), replay.constrained(), "the restore ran on the generated rows");
            assertEquals(List.of(Map.of("n", 6L)), replay.database().query("SELECT count(*) AS n FROM orders"));
            assertEquals(List.of(Map.of("low", 1_000_001L, "high", 1_100_003L)),
                    replay.database().query("SELECT min(id) AS low, max(id) AS high FROM orders"), "orders' range, then archived_orders' own");
        }
    }
}
