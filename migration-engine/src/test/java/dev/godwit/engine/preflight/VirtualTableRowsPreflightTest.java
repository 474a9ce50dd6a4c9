package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.d1.D1Database;
import dev.godwit.engine.d1.D1Settings;
import dev.godwit.engine.d1.D1StandIn;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.testing.RecordingLog;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red-team review (round 56): an FTS5 table holding its own rows ({@code USING fts5(title, body)}) dropped and created again
 * with another tokenizer, nothing copied back, lost every row it had, and the pre-flight on the real rows said nothing (it took the
 * table created again for another one, as it does a table dropped for good); and the D1 pre-flight's replica, whose rows are
 * generated for the tables the schema declares, left such a table empty, so a DELETE of its rows passed unseen. Both are refused now.
 */
class VirtualTableRowsPreflightTest {

    private static final String DOCS = "CREATE VIRTUAL TABLE docs USING fts5(title, body)";
    private static final String RETOKENIZE = "DROP TABLE docs;\n--> statement-breakpoint\nCREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize='porter');";

    @TempDir
    Path dir;

    final RecordingLog log = new RecordingLog();

    private Migration migration(int idx, String tag, String sql) {
        return new Migration(new JournalEntry(idx, "6", 1796054673838L + idx * 1000L, tag, true), dir.resolve(tag + ".sql"), sql);
    }

    @Test
    void aFullTextTableDroppedAndCreatedWithAnotherTokenizerIsRefusedOnItsRealRows() {
        Path file = dir.resolve("app.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.runAtomically(List.of(DOCS, "INSERT INTO docs(title, body) VALUES ('Tea', 'green and black'), ('Coffee', 'roasted beans')"), false);
        }
        PreflightRefusedException e = assertThrows(PreflightRefusedException.class,
                () -> Preflight.ofFile(file, false, log).check(List.of(migration(1, "0001_porter", RETOKENIZE))));
        assertTrue(e.getMessage().contains("\"docs\": 2 of 2 rows deleted, through 0001_porter.sql statement 1: DROP TABLE docs;"), e.getMessage());
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            assertEquals(2L, ((Number) db.query("SELECT count(*) AS n FROM docs WHERE docs MATCH 'beans OR green'").get(0).get("n")).longValue());
        }
    }

    @Test
    void throughD1AFullTextTableHoldingRowsThereGetsGeneratedRowsAndItsLossIsRefused() {
        String account = "0123456789abcdef0123456789abcdef";
        String database = "c020574a-5623-407b-be0c-cd192bab9545";
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), account, database, "preflight-token-1");
             D1Database d1 = new D1Database(new D1Settings(account, database, "preflight-token-1", standIn.endpoint()))) {
            HistoryTable history = HistoryTable.forName("__drizzle_migrations");
            Migration create = migration(0, "0000_docs", DOCS + ";");
            new Migrator(d1, history, EngineLog.SILENT).apply(List.of(create), ApplyOptions.defaults());
            d1.runAtomically(List.of("INSERT INTO docs(title, body) VALUES ('Tea', 'green and black'), ('Coffee', 'roasted beans')"), false);
            PreflightRefusedException e = assertThrows(PreflightRefusedException.class, () -> new Migrator(d1, history, log)
                    .checkingPendingWith(Preflight.ofLiveSchema(d1, Set.of(history.name()), false, log))
                    .apply(List.of(create, migration(1, "0001_clear", "DELETE FROM docs;")), ApplyOptions.defaults()));
            assertTrue(e.getMessage().contains("\"docs\": 3 of 3 rows deleted, through 0001_clear.sql statement 1: DELETE FROM docs;"), e.getMessage());
            assertEquals(2L, ((Number) d1.query("SELECT count(*) AS n FROM docs").get(0).get("n")).longValue());
        }
    }

    /** Round 58: each virtual table was probed for rows in a request of its own, ten full-text tables ten D1 requests; one now. */
    @Test
    void throughD1TheVirtualTablesHoldingRowsAreFoundInOneRequest() {
        String account = "0123456789abcdef0123456789abcdef";
        String database = "c020574a-5623-407b-be0c-cd192bab9546";
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), account, database, "preflight-token-1");
             D1Database d1 = new D1Database(new D1Settings(account, database, "preflight-token-1", standIn.endpoint()))) {
            HistoryTable history = HistoryTable.forName("__drizzle_migrations");
            StringBuilder create = new StringBuilder();
            for (int i = 0; i < 10; i++) {
                if (i > 0) create.append(";\n--> statement-breakpoint\n");
                create.append("CREATE VIRTUAL TABLE docs").append(i).append(" USING fts5(title, body)");
            }
            Migration tables = migration(0, "0000_docs", create + ";");
            new Migrator(d1, history, EngineLog.SILENT).apply(List.of(tables), ApplyOptions.defaults());
            d1.runAtomically(List.of("INSERT INTO docs3(title, body) VALUES ('Tea', 'green and black')",
                    "INSERT INTO docs7(title, body) VALUES ('Coffee', 'roasted beans')"), false);
            int before = standIn.requestLog().size();
            PreflightRefusedException e = assertThrows(PreflightRefusedException.class, () -> new Migrator(d1, history, log)
                    .checkingPendingWith(Preflight.ofLiveSchema(d1, Set.of(history.name()), false, log))
                    .apply(List.of(tables, migration(1, "0001_clear", "DELETE FROM docs3;\n--> statement-breakpoint\nDELETE FROM docs7;\n"
                            + "--> statement-breakpoint\nDELETE FROM docs5;")), ApplyOptions.defaults()));
            assertTrue(e.getMessage().contains("\"docs3\": 3 of 3 rows deleted"), e.getMessage());
            assertTrue(e.getMessage().contains("\"docs7\": 3 of 3 rows deleted"), e.getMessage());
            assertTrue(!e.getMessage().contains("\"docs5\""), e.getMessage());   // empty on D1: no generated rows, nothing to lose
            long probes = standIn.requestLog().subList(before, standIn.requestLog().size()).stream()
                    .filter(body -> body.contains("EXISTS(SELECT 1 FROM \\\"docs")).count();
            assertEquals(1, probes, standIn.requestLog().toString());
        }
    }
}
