package dev.godwit.engine.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.db.SqliteDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The console's time limit (StudioOptions.queryTimeout) on a real SQLite file, without the HTTP server. */
class StudioQueryLimitTest {

    /**
     * A query export's limit is on the wait for a row (studio16), but the time its rows spent being written out (a slow
     * download holding the response's buffer) counted as waiting: an export whose reader paused longer than the limit was
     * interrupted after its first rows and cut with 'the query ran 300 ms without giving a row'. The time in the sink is not
     * the query's: the export goes on.
     */
    @Test
    void aSlowReaderOfAQueryExportDoesNotCountAsAQueryWithoutRows() {
        try (SqliteDatabase db = SqliteDatabase.inMemory()) {
            db.runAtomically(List.of("CREATE TABLE t (x integer)", "INSERT INTO t VALUES (1), (2), (3)"), false);
            StudioData data = new StudioData(db, StudioOptions.defaults().withQueryTimeout(Duration.ofMillis(300)));
            List<Object> rows = new ArrayList<>();
            ExportRows.Exported out = data.exportQuery("SELECT x FROM t ORDER BY x", new ExportRows.RowSink() {
                @Override
                public void columns(List<String> names) {
                }

                @Override
                public void row(List<Object> values) {
                    if (rows.isEmpty()) {
                        try {
                            Thread.sleep(900);   // the reader is slow: the response's buffer is full
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    rows.add(values.get(0));
                }
            });
            assertEquals(List.of(1L, 2L, 3L), rows.stream().map(v -> ((Number) v).longValue()).toList());
            assertEquals(3, out.rows());
        }
    }

    /**
     * The console's Stop on a script of writes: its statements are interrupted and rolled back, well before the time limit, and
     * the answer says who stopped it (not "ran 30 s"). Nothing runs, nothing is stopped: false. A tab's Stop names its run: another
     * tab's Stop (its query waiting for this one) stopped this one.
     */
    @Test
    void stopInterruptsARunningScriptAndRollsItBack() throws Exception {
        try (SqliteDatabase db = SqliteDatabase.inMemory()) {
            db.runAtomically(List.of("CREATE TABLE t (x integer)", "INSERT INTO t VALUES (1)"), false);
            StudioData data = new StudioData(db, StudioOptions.defaults().withWrite(true));
            assertFalse(data.stopConsole(null));
            boolean[] otherTabStopped = {true};
            Thread stopper = new Thread(() -> {
                try {
                    Thread.sleep(500);
                    otherTabStopped[0] = data.stopConsole("tab-b");
                    while (!data.stopConsole("tab-a")) Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            stopper.start();
            long started = System.nanoTime();
            StudioException e = assertThrows(StudioException.class, () -> data.console("DELETE FROM t;"
                    + " INSERT INTO t WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c", "tab-a"));
            stopper.join();
            assertFalse(otherTabStopped[0], "another tab's Stop does not stop this run");
            assertEquals("you stopped the statements (SQLite interrupted them); nothing was changed", e.getMessage());
            assertTrue(System.nanoTime() - started < Duration.ofSeconds(10).toNanos(), "stopped at once, not at the 30 s limit");
            assertEquals(1L, ((Number) db.query("SELECT count(*) AS n FROM t").get(0).get("n")).longValue(), "the DELETE rolled back");
            assertFalse(data.stopConsole("tab-a"));
        }
    }
}
