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
 * A red-team review (round 46): a backup-then-restore pair over two migrations (the first copies orders into orders_bak, drops
 * orders and creates it again; the second copies the rows back and drops the backup). db:verify's replay topped the emptied
 * orders up with generated rows before the second, whose copy then collided with them ("fails at statement 1 ... UNIQUE
 * constraint failed: orders.id ... a database holding rows like these would refuse it", untrue), and the replay on empty tables
 * hid what the copy back did. The pre-flight refuses the first as rows deleted, and now says why the copy back in a migration
 * of its own does not make that safe.
 */
class BackupRestoreTest {

    @TempDir
    Path dir;
    final RecordingLog log = new RecordingLog();

    private static final String BR = ";\n--> statement-breakpoint\n";
    private static final String ORDERS = "CREATE TABLE orders (id integer PRIMARY KEY NOT NULL, note text, status text NOT NULL DEFAULT 'new')";

    private Migration migration(int idx, String tag, String sql) {
        return new Migration(new JournalEntry(idx, "6", 2000L + idx, tag, true), dir.resolve(tag + ".sql"), sql);
    }

    private List<Migration> pair(String restore) {
        return List.of(migration(1, "0001_backup", "CREATE TABLE orders_bak AS SELECT * FROM orders" + BR + "DROP TABLE orders" + BR + ORDERS),
                migration(2, "0002_restore", restore + BR + "DROP TABLE orders_bak"));
    }

    private static List<String> described(List<RowChange> changes) {
        return changes.stream().map(c -> c.describe().replaceAll(" \\(.*", "").replaceAll(", through.*", "")).toList();
    }

    @Test
    void theReplayDoesNotTopTheEmptiedTableUpBeforeTheCopyBack() {
        try (DataReplay replay = new DataReplay()) {
            assertEquals(List.of(), replay.apply(migration(0, "0000_init", ORDERS)));
            List<Migration> both = pair("INSERT INTO orders SELECT * FROM orders_bak");
            assertEquals(List.of("\"orders\": 3 of 3 rows deleted"), described(replay.apply(both.get(0))));
            assertEquals(List.of(), replay.apply(both.get(1)));
            assertEquals(List.of(), replay.warnings());
        }
    }

    @Test
    void theReplayFindsALossyCopyBack() {
        try (DataReplay replay = new DataReplay()) {
            replay.apply(migration(0, "0000_init", ORDERS));
            List<Migration> both = pair("INSERT INTO orders (id, note, status) SELECT id, status, note FROM orders_bak");
            replay.apply(both.get(0));
            assertEquals(List.of("\"orders\".\"note\": 3 of 3 values not kept", "\"orders\".\"status\": 3 of 3 values not kept"),
                    described(replay.apply(both.get(1))));
            // the swap also puts the nullable note into status, NOT NULL: a database holding an order without a note fails the copy
            assertEquals(1, replay.warnings().size(), replay.warnings().toString());
            assertTrue(replay.warnings().get(0).contains("The copy puts \"orders_bak\".\"note\" into \"orders\".\"status\", which is NOT NULL"),
                    replay.warnings().get(0));
        }
    }

    /** Rows the migration itself puts there before the copy back clash with the backup's: a real collision, still warned. */
    @Test
    void aRealCollisionIsStillWarned() {
        try (DataReplay replay = new DataReplay()) {
            replay.apply(migration(0, "0000_init", ORDERS));
            List<Migration> both = pair("INSERT INTO orders (id, note, status) SELECT id, note, status FROM orders_bak");
            replay.apply(both.get(0));
            replay.apply(migration(2, "0001b_seed", "INSERT INTO orders (id, note, status) SELECT min(id), 'seed', 'new' FROM orders_bak"));
            replay.apply(both.get(1));
            assertTrue(replay.warnings().stream().anyMatch(w -> w.contains("0002_restore") && w.contains("UNIQUE constraint failed: orders.id")),
                    replay.warnings().toString());
        }
    }

    private Path file() {
        Path file = dir.resolve("app.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.runAtomically(List.of(ORDERS, "INSERT INTO orders VALUES (1, 'first', 'new'), (2, 'second', 'paid')"), false);
        }
        return file;
    }

    /** The backup declared: the copy back is compared where the rows end up (a swapped pair of columns refused, the backup not named dropped). */
    @Test
    void declaredTheCopyBackIsComparedWhereTheRowsEndUp() {
        List<Migration> lossy = pair("INSERT INTO orders (id, note, status) SELECT id, status, note FROM orders_bak");
        List<Migration> declared = List.of(migration(1, "0001_backup", "-- godwit:accept-data-loss orders\n" + lossy.get(0).sql()), lossy.get(1));
        String e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(file(), false, log).check(declared),
                () -> String.join("\n", log.lines())).getMessage();
        assertTrue(e.contains("- \"orders\".\"note\": 2 of 2 values not kept"), e);
        log.lines().clear();
        List<Migration> faithful = pair("INSERT INTO orders SELECT * FROM orders_bak");
        Preflight.ofFile(dir.resolve("app.sqlite"), false, log).check(List.of(
                migration(1, "0001_backup", "-- godwit:accept-data-loss orders\n" + faithful.get(0).sql()), faithful.get(1)));
        assertTrue(log.lines().stream().anyMatch(l -> l.contains("no rows removed or rewritten") && !l.contains("orders_bak")), log.lines().toString());
    }

    @Test
    void thePreflightRefusesTheBackupNamingTheRestoreInAMigrationOfItsOwn() {
        Path file = file();
        String e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(file, false, log).check(pair(
                "INSERT INTO orders SELECT * FROM orders_bak")), () -> String.join("\n", log.lines())).getMessage();
        assertTrue(e.contains("- \"orders\": 2 of 2 rows deleted"), e);
        assertTrue(e.contains("0002_restore.sql copies them back from \"orders_bak\" in a migration of its own"), e);
    }
}
