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
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red team (round 53): a rebuild making {@code code text} {@code code integer} rewrites '007' as 7, which a local file's real rows
 * refuse; on a D1 replica the synthesised texts read as no number, and it passed as "no rows removed or rewritten". The prediction
 * is partial now, with the query counting the texts the copy rewrites on the database, by the rule SQLite's affinity follows.
 */
class UnseenConversionsTest {

    @TempDir
    Path dir;

    private static final List<String> SCHEMA = List.of("CREATE TABLE items (id integer PRIMARY KEY NOT NULL, code text)",
            "INSERT INTO items VALUES (1, '007'), (2, '7'), (3, 'abc'), (4, '1.50'), (5, NULL)");

    private Migration retype(String type) {
        return new Migration(new JournalEntry(0, "6", 1000L, "0001_code", true), dir.resolve("0001_code.sql"),
                "CREATE TABLE __new_items (id integer PRIMARY KEY NOT NULL, code " + type + ");\n--> statement-breakpoint\n"
                        + "INSERT INTO __new_items SELECT id, code FROM items;\n--> statement-breakpoint\nDROP TABLE items;\n--> statement-breakpoint\n"
                        + "ALTER TABLE __new_items RENAME TO items;");
    }

    @Test
    void throughD1ATextColumnMadeIntegerIsAPartialPredictionWithTheQuery() {
        String account = "0123456789abcdef0123456789abcdef";
        String database = "c020574a-5623-407b-be0c-cd192bab9545";
        RecordingLog log = new RecordingLog();
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), account, database, "preflight-token-1");
             D1Database d1 = new D1Database(new D1Settings(account, database, "preflight-token-1", standIn.endpoint()))) {
            d1.runAtomically(SCHEMA, false);
            String query = "SELECT count(*) FROM \"items\" WHERE typeof(\"code\") = 'text' AND \"code\" = CAST(\"code\" AS NUMERIC)"
                    + " AND CAST(CAST(\"code\" AS NUMERIC) AS TEXT) <> \"code\"";
            assertEquals(2L, ((Number) d1.query(query).get(0).values().iterator().next()).longValue(), "'007' and '1.50'");
            HistoryTable history = HistoryTable.forName("__drizzle_migrations");
            new Migrator(d1, history, log).checkingPendingWith(Preflight.ofLiveSchema(d1, Set.of(history.name()), false, log))
                    .apply(List.of(retype("integer")), ApplyOptions.defaults());
            assertEquals(List.of("7", "7", "abc", "1.5"), d1.query("SELECT code FROM items WHERE code IS NOT NULL ORDER BY id").stream()
                    .map(r -> String.valueOf(r.get("code"))).toList(), "the truth: D1 rewrote them");
            assertTrue(log.lines().contains("WARN Pre-flight: the prediction for 0001_code.sql is partial. On a local replica of " + d1.describe()
                    + " (its schema, with 3 generated rows in each table that holds rows there):\n"
                    + "  - Migration 0001_code.sql, statement 2 of 4: INSERT INTO __new_items SELECT id, code FROM items;\n"
                    + "    copies \"items\".\"code\" (text affinity) into a column of integer affinity, which stores a text that reads as a number as"
                    + " that number ('007' becomes 7, '1.50' becomes 1.5), and the synthesised texts read as no number, so which of the database's"
                    + " texts it rewrites was not tried; what it rewrites there: " + query + "\n"
                    + "  Run that query on the database (wrangler d1 execute c020574a-5623-407b-be0c-cd192bab9545 --remote --command \"...\"); if it"
                    + " counts rows, the apply stores that many texts as numbers that read back different ('007' as 7), the texts they held gone."),
                    log.lines().toString());
        }
    }

    /** The same copy on a local file's real rows is refused, and counts what the query counts there. */
    @Test
    void theQueryCountsWhatTheLocalCopyRefuses() {
        Path f = dir.resolve("app.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(f)) {
            db.runAtomically(SCHEMA, false);
        }
        PreflightRefusedException e = assertThrows(PreflightRefusedException.class,
                () -> Preflight.ofFile(f, false, EngineLog.SILENT).check(List.of(retype("integer"))));
        assertTrue(e.getMessage().contains("\"items\".\"code\": 2 of 5 texts changed"), e.getMessage());
    }

    /**
     * The condition against SQLite itself: for each text, whether it meets the condition is whether a column of that affinity
     * stores it as a number reading back different (as the local copy's rule counts it).
     */
    @Test
    void theConditionIsSqlitesOwnConversion() {
        List<String> texts = List.of("007", "7", " 7", "7 ", "\t7", "7.0", "-7.0", "7.5", "1e3", "7e0", "0x10", "12abc", "+7", "-0", "-7", "00", "5.", ".5",
                "1.50", "0.1", "99999999999999999999", "9223372036854775807", "9223372036854775808", "1e400", "1e-400", "3.14159265358979323846",
                "", "abc", "inf", "-", ".", "e5", "1.0e+20", "12 34", "1_000");
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("t.sqlite"))) {
            db.runAtomically(List.of("CREATE TABLE src (x text)", "CREATE TABLE i (x integer)", "CREATE TABLE n (x numeric)", "CREATE TABLE r (x real)"), false);
            for (String t : texts) db.runAtomically(List.of("INSERT INTO src VALUES (" + dev.godwit.engine.sql.Quoting.literal(t) + ")"), false);
            db.runAtomically(List.of("INSERT INTO i SELECT x FROM src", "INSERT INTO n SELECT x FROM src", "INSERT INTO r SELECT x FROM src"), false);
            for (String target : List.of("i", "n", "r")) {
                String truth = "typeof(s.x) = 'text' AND typeof(t.x) IN ('integer', 'real') AND CAST(t.x AS TEXT) <> s.x AND NOT (typeof(t.x) = 'real'"
                        + " AND CAST(t.x AS INTEGER) = t.x AND CAST(CAST(t.x AS INTEGER) AS TEXT) = s.x)";
                List<Map<String, Object>> rows = db.query("SELECT s.x AS x, coalesce(" + truth + ", 0) AS truth, coalesce("
                        + UnseenConversions.rewritten("s.x", target.equals("r")) + ", 0) AS predicted FROM src s JOIN " + target + " t ON t.rowid = s.rowid");
                for (Map<String, Object> row : rows) {
                    assertEquals(((Number) row.get("truth")).longValue(), ((Number) row.get("predicted")).longValue(), target + ": '" + row.get("x") + "'");
                }
                assertTrue(rows.stream().anyMatch(row -> ((Number) row.get("truth")).longValue() == 1), target);
            }
        }
    }
}
