package dev.godwit.engine.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.d1.D1Sql;
import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.migrate.HistoryTable;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What goes in one request: the cap counted in the request's UTF-8 bytes, and a migration with no SQL taken as any other. */
class RequestBatchTest {

    static Migration m(int idx, String tag, String sql) {
        return new Migration(new JournalEntry(idx, "6", 1_700_000_000_000L + idx * 1000L, tag, true), Path.of("drizzle", tag + ".sql"), sql);
    }

    static RequestBatch from(List<Migration> pending) {
        return RequestBatch.from(pending, 0, Set.of(), null, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), null, null, null, true);
    }

    @Test
    void theCapCountsMultiByteTextInBytes() {
        // 20,000 characters of 'é' (2 bytes each in UTF-8): 40 kB a view, where a count of characters makes it 20 k
        String text = "é".repeat(20_000);
        List<Migration> views = List.of(
                m(0, "0000_v0", "CREATE VIEW `v0` AS SELECT '" + text + "' AS t;"),
                m(1, "0001_v1", "CREATE VIEW `v1` AS SELECT '" + text + "' AS t;"),
                m(2, "0002_v2", "CREATE VIEW `v2` AS SELECT '" + text + "' AS t;"));
        RequestBatch b = from(views);
        assertEquals(List.of("0000_v0", "0001_v1"), b.migrations().stream().map(Migration::tag).toList());
        long bytes = D1Sql.requestBytes(b.statements());
        assertTrue(bytes > 80_000 && bytes <= RequestBatch.MAX_BYTES, "bytes: " + bytes);
    }

    @Test
    void aMigrationWithNoSqlGoesWithItsNeighboursAndIsRecorded() {
        List<Migration> ms = List.of(m(0, "0000_a", "CREATE TABLE `a` (`id` integer);"), m(1, "0001_empty", ""), m(2, "0002_b", "CREATE TABLE `b` (`id` integer);"));
        RequestBatch b = from(ms);
        assertEquals(3, b.migrations().size());
        // each migration's guard and history row is in the request, the empty one's too
        String sql = D1Sql.join(b.statements());
        for (Migration mig : ms) assertTrue(sql.contains("VALUES('" + mig.hash() + "', " + mig.when() + ")"), mig.tag());
    }
}
