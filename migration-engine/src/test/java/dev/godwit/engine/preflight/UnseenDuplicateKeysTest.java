package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.d1.D1Database;
import dev.godwit.engine.d1.D1Settings;
import dev.godwit.engine.d1.D1StandIn;
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
 * A red team (round 53): a hand-written {@code CREATE UNIQUE INDEX users_email ON users (email)} over a D1 table two of whose rows
 * share an email passed the replica (its generated rows are all distinct) with "no rows removed or rewritten", and failed on D1.
 * Nothing is lost (the migration rolls back), but the prediction is partial now, with the query counting the keys rows share.
 */
class UnseenDuplicateKeysTest {

    @TempDir
    Path dir;

    @Test
    void throughD1AUniqueIndexIsAPartialPredictionWithTheQuery() {
        String account = "0123456789abcdef0123456789abcdef";
        String database = "c020574a-5623-407b-be0c-cd192bab9545";
        RecordingLog log = new RecordingLog();
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), account, database, "preflight-token-1");
             D1Database d1 = new D1Database(new D1Settings(account, database, "preflight-token-1", standIn.endpoint()))) {
            d1.runAtomically(List.of("CREATE TABLE users (id integer PRIMARY KEY NOT NULL, email text)",
                    "INSERT INTO users VALUES (1, 'a@x'), (2, 'b@x'), (3, 'b@x'), (4, NULL), (5, NULL)"), false);
            String query = "SELECT count(*) FROM (SELECT email, count(*) AS \"rows\" FROM users WHERE (email) IS NOT NULL GROUP BY email HAVING"
                    + " count(*) > 1 ORDER BY count(*) DESC, email)";
            assertEquals(1L, ((Number) d1.query(query).get(0).values().iterator().next()).longValue(), "'b@x' (two NULLs are no duplicate)");
            HistoryTable history = HistoryTable.forName("__drizzle_migrations");
            Migration m = new Migration(new JournalEntry(0, "6", 1000L, "0001_unique", true), dir.resolve("0001_unique.sql"),
                    "CREATE UNIQUE INDEX users_email ON users (email);");
            assertThrows(RuntimeException.class, () -> new Migrator(d1, history, log)
                    .checkingPendingWith(Preflight.ofLiveSchema(d1, Set.of(history.name()), false, log)).apply(List.of(m), ApplyOptions.defaults()),
                    "the truth: D1 refuses the index");
            assertTrue(log.lines().contains("WARN Pre-flight: the prediction for 0001_unique.sql is partial. On a local replica of " + d1.describe()
                    + " (its schema, with 3 generated rows in each table that holds rows there):\n"
                    + "  - Migration 0001_unique.sql, statement 1 of 1: CREATE UNIQUE INDEX users_email ON users (email);\n"
                    + "    adds a UNIQUE index to \"users\", which two of the database's rows sharing its key fail (the migration then stops there,"
                    + " rolled back); the synthesised rows are all distinct, so whether the database's rows share one was not tried; how many keys"
                    + " rows share there: " + query + "\n"
                    + "  Run that query on the database (wrangler d1 execute c020574a-5623-407b-be0c-cd192bab9545 --remote --command \"...\"); if it"
                    + " counts rows, the apply fails at the CREATE UNIQUE INDEX, the migration rolled back and those after it not applied: resolve the"
                    + " duplicates first."), log.lines().toString());
        }
    }
}
