package dev.godwit.engine.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.preflight.DataReplay;
import dev.godwit.engine.preflight.RowChange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Red-team round 57, after {@link ChecksOnValueShapesReplayTest}: CHECKs under which the generated rows were still fewer than asked
 * or none, each hiding a real loss from db:verify's replay (green).
 */
class MoreValueShapesReplayTest {

    @TempDir
    Path dir;

    private List<String> replay(List<String> sqls, List<String> warnings) {
        try (DataReplay replay = new DataReplay()) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < sqls.size(); i++) {
                String tag = String.format("%04d_m%d", i, i);
                List<RowChange> changes = replay.apply(new Migration(new JournalEntry(i, "6", 1000L + i, tag, true), dir.resolve(tag + ".sql"), sqls.get(i)));
                for (RowChange c : changes) out.add(tag + " " + c.describe().substring(0, c.describe().indexOf(',')));
            }
            warnings.addAll(replay.warnings());
            return out;
        }
    }

    private void lossFound(String create, String loss, String expected) {
        List<String> warnings = new ArrayList<>();
        assertEquals(List.of("0001_m1 " + expected), replay(List.of(create, loss), warnings), create + "\n" + loss);
        assertTrue(warnings.stream().noneMatch(w -> w.contains("could not give")), warnings.toString());
    }

    /**
     * SQLite reports an unnamed CHECK starting with a quoted name by that name alone ({@code CHECK constraint failed: a}), so only
     * {@code a} took other values and {@code b} kept one too big for any: in a STRICT table (no text in an INTEGER column) no row.
     */
    @Test
    void anUnnamedCheckStartingWithAQuotedName() {
        lossFound("CREATE TABLE `boxes` (`id` integer PRIMARY KEY NOT NULL, `a` integer NOT NULL, `b` integer NOT NULL,"
                + " CHECK (`a` * `b` < 100 AND `a` > 0 AND `b` > 0)) STRICT;", "DELETE FROM `boxes`;", "\"boxes\": 3 of 3 rows deleted");
    }
}
