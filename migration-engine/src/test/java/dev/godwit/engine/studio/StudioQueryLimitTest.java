package dev.godwit.engine.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
