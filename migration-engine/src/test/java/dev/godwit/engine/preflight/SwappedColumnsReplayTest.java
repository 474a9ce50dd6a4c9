package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red-team review (round 43): a hand-written rebuild putting users' rows into a table whose columns stand in another order,
 * {@code INSERT INTO __new_users SELECT id, name, email FROM users} into (id, email, name), moves every name into email and every
 * email into name. db:apply's pre-flight on a local file refuses it (its rows differ per column), but db:verify's replay and the
 * pre-flight of remote D1 (generated rows) passed it: every text column of a generated row held the same text, gen-1, so a value
 * moved into another text column read the same. Each text column's generated texts now differ from the others'.
 */
class SwappedColumnsReplayTest {

    @TempDir
    Path dir;

    private Migration migration(int idx, String tag, String sql) {
        return new Migration(new JournalEntry(idx, "6", 1000L + idx, tag, true), dir.resolve(tag + ".sql"), sql);
    }

    @Test
    void aCopyMovingValuesIntoAnotherTextColumnIsFoundOnGeneratedRows() {
        try (DataReplay replay = new DataReplay()) {
            replay.apply(migration(0, "0000_init", "CREATE TABLE `users` (`id` integer PRIMARY KEY NOT NULL, `name` text NOT NULL, `email` text NOT NULL);"));
            List<RowChange> changes = replay.apply(migration(1, "0001_reorder", "CREATE TABLE `__new_users` (`id` integer PRIMARY KEY NOT NULL, `email` text NOT NULL,"
                    + " `name` text NOT NULL);\n--> statement-breakpoint\nINSERT INTO `__new_users` SELECT id, name, email FROM `users`;\n--> statement-breakpoint\n"
                    + "DROP TABLE `users`;\n--> statement-breakpoint\nALTER TABLE `__new_users` RENAME TO `users`;"));
            assertTrue(changes.stream().anyMatch(c -> c.kind() == RowChange.Kind.VALUES_NOT_KEPT && c.column().equals("email")), changes.toString());
            assertTrue(changes.stream().anyMatch(c -> c.kind() == RowChange.Kind.VALUES_NOT_KEPT && c.column().equals("name")), changes.toString());
            // the copy that keeps each column's values is no finding
            List<RowChange> kept = replay.apply(migration(2, "0002_back", "CREATE TABLE `__new_users` (`id` integer PRIMARY KEY NOT NULL, `name` text NOT NULL,"
                    + " `email` text NOT NULL);\n--> statement-breakpoint\nINSERT INTO `__new_users` (id, name, email) SELECT id, name, email FROM `users`;\n"
                    + "--> statement-breakpoint\nDROP TABLE `users`;\n--> statement-breakpoint\nALTER TABLE `__new_users` RENAME TO `users`;"));
            assertTrue(kept.isEmpty(), kept.toString());
        }
    }

    /** The same for number columns: each held the table's key of the row, so qty moved into stock read the same. */
    @Test
    void aCopyMovingValuesIntoAnotherNumberColumnIsFoundOnGeneratedRows() {
        try (DataReplay replay = new DataReplay()) {
            replay.apply(migration(0, "0000_init", "CREATE TABLE `items` (`id` integer PRIMARY KEY NOT NULL, `qty` integer NOT NULL, `stock` integer NOT NULL);"));
            List<RowChange> changes = replay.apply(migration(1, "0001_reorder", "CREATE TABLE `__new_items` (`id` integer PRIMARY KEY NOT NULL, `stock` integer NOT NULL,"
                    + " `qty` integer NOT NULL);\n--> statement-breakpoint\nINSERT INTO `__new_items` SELECT * FROM `items`;\n--> statement-breakpoint\n"
                    + "DROP TABLE `items`;\n--> statement-breakpoint\nALTER TABLE `__new_items` RENAME TO `items`;"));
            assertTrue(changes.stream().anyMatch(c -> c.kind() == RowChange.Kind.VALUES_NOT_KEPT && c.column().equals("qty")), changes.toString());
        }
    }
}
