package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * A red-team review (round 46): a hand-written migration that drops a table and creates it again under the same name, the
 * reset a schema dump pastes ({@code DROP TABLE IF EXISTS orders; CREATE TABLE orders (...)}), empties it as {@code DELETE FROM
 * orders} does, which is refused; it passed db:verify's replay silently and the pre-flight with "no rows removed or rewritten in
 * the tables they keep; they drop "orders" (4 rows)", taken for a table dropped while another takes its name in other case.
 */
class TableResetTest {

    @TempDir
    Path dir;
    final RecordingLog log = new RecordingLog();

    private static final String BR = ";\n--> statement-breakpoint\n";
    private static final String ORDERS = "CREATE TABLE `orders` (`id` integer PRIMARY KEY NOT NULL, `note` text)";

    private Migration migration(int idx, String tag, String sql) {
        return new Migration(new JournalEntry(idx, "6", 2000L + idx, tag, true), dir.resolve(tag + ".sql"), sql);
    }

    private Path file() {
        Path file = dir.resolve("local.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.runAtomically(List.of(ORDERS, "INSERT INTO orders VALUES (1, 'a'), (2, 'b'), (3, NULL), (4, 'd')"), false);
        }
        return file;
    }

    @Test
    void aTableDroppedAndCreatedAgainUnderItsNameIsRefusedAsEmptied() {
        Path file = file();
        Migration reset = migration(1, "0001_reset", "DROP TABLE IF EXISTS `orders`" + BR + ORDERS);
        String e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(file, false, log).check(List.of(reset)),
                () -> String.join("\n", log.lines())).getMessage();
        assertTrue(e.contains("- \"orders\": 4 of 4 rows deleted, through 0001_reset.sql statement 1: DROP TABLE IF EXISTS `orders`;"), e);
        assertTrue(e.contains("-- godwit:accept-data-loss orders"), e);
        assertTrue(e.contains("Fix the migration (dropping a table and creating it again empties it, as DELETE FROM does"), e);
        // declared, it is accepted
        Migration declared = migration(1, "0001_reset", "-- godwit:accept-data-loss orders\nDROP TABLE IF EXISTS `orders`" + BR + ORDERS);
        Preflight.ofFile(file, false, log).check(List.of(declared));
    }

    @Test
    void theReplayFindsTheResetToo() {
        try (DataReplay replay = new DataReplay()) {
            assertEquals(List.of(), replay.apply(migration(0, "0000_init", ORDERS)));
            List<RowChange> changes = replay.apply(migration(1, "0001_reset", "DROP TABLE `orders`" + BR + ORDERS));
            assertEquals(List.of("\"orders\": 3 of 3 rows deleted"), changes.stream().map(c -> c.describe().substring(0, c.describe().indexOf(","))).toList());
        }
    }

    /**
     * Round 47: a dump reloaded (reset, then the rows written out by INSERT ... VALUES) whose values are older than the database's
     * was refused rightly, but said "a copy that leaves the column out ... or the column dropped and added again" through the
     * DROP TABLE: the migration's own VALUES differ from the rows, and that is what it says now, through that INSERT.
     */
    @Test
    void aStaleDumpReloadedIsNamedAsItsValuesDiffering() {
        Path file = file();
        Migration reload = migration(1, "0001_reload", "DROP TABLE IF EXISTS `orders`" + BR + ORDERS + BR
                + "INSERT INTO `orders` VALUES (1, 'a'), (2, 'b'), (3, NULL), (4, 'old d')");
        String e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(file, false, log).check(List.of(reload)),
                () -> String.join("\n", log.lines())).getMessage();
        assertTrue(e.contains("- \"orders\".\"note\": 1 of 4 values not kept (the migration's own INSERT ... VALUES writes other values than"
                + " the database's rows hold: rows written out before they last changed?), through 0001_reload.sql statement 3: INSERT INTO `orders`"
                + " VALUES (1, 'a'), (2, 'b'), (3, NULL), (4, 'old d')"), e);
        assertTrue(e.contains("(rows written out as INSERT ... VALUES replace the database's values with those written"), e);
    }

    /** A table dropped while a new one takes its name in other letter case is another table: its rows went with the drop, as before. */
    @Test
    void aTableTakingTheNameInOtherCaseIsStillADrop() {
        Path file = file();
        log.lines().clear();
        Preflight.ofFile(file, false, log).check(List.of(migration(1, "0001_case", "DROP TABLE `orders`" + BR + ORDERS.replace("`orders`", "`Orders`"))));
        assertTrue(log.lines().stream().anyMatch(l -> l.contains("they drop \"orders\" (4 rows)")), log.lines().toString());
    }
}
