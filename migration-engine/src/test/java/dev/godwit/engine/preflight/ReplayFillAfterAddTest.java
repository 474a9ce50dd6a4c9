package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * db:verify's replay fills every table before a migration that is not purely additive, not only the tables it reaches. A trial of
 * filling only those (round 56, for speed) missed this loss: {@code b} was first filled after {@code ADD c DEFAULT 'x'}, with
 * generated texts in {@code c}, so the later {@code DELETE ... WHERE c = 'x'} removed nothing. Filled earlier, with {@code a},
 * the rows take the default as real rows do and the delete's loss is found. Guards any later version of that lever.
 */
class ReplayFillAfterAddTest {

    @TempDir
    Path dir;

    private Migration migration(int idx, String tag, String sql) {
        return new Migration(new JournalEntry(idx, "6", 1000L + idx, tag, true), dir.resolve(tag + ".sql"), sql);
    }

    @Test
    void rowsFilledBeforeAnAddedColumnsDefaultAreSeenDeletedByIt() {
        try (DataReplay replay = new DataReplay()) {
            assertEquals(List.of(), replay.apply(migration(0, "0000_init", "CREATE TABLE `a` (`id` integer PRIMARY KEY NOT NULL, `x` text);\n"
                    + "--> statement-breakpoint\nCREATE TABLE `b` (`id` integer PRIMARY KEY NOT NULL, `name` text);")));
            replay.apply(migration(1, "0001_clean_a", "DELETE FROM `a` WHERE `x` = 'nothing';"));
            assertEquals(List.of(), replay.apply(migration(2, "0002_add_c", "ALTER TABLE `b` ADD `c` text DEFAULT 'x';")));
            List<RowChange> changes = replay.apply(migration(3, "0003_clean_b", "DELETE FROM `b` WHERE `c` = 'x';"));
            assertEquals(List.of("\"b\": 3 of 3 rows deleted"), changes.stream().map(c -> c.describe().substring(0, c.describe().indexOf(","))).toList());
        }
    }
}
