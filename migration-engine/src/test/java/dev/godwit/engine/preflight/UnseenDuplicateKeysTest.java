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

    private int databases;

    /** The log of applying a rebuild of {@code users} (its email kept unique) through D1, the new table and copy as given. */
    private List<String> rebuildThroughD1(String newTable, String copy) {
        String account = "0123456789abcdef0123456789abcdef";
        String database = "c020574a-5623-407b-be0c-cd192bab9545";
        RecordingLog log = new RecordingLog();
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1-" + ++databases + ".sqlite"), account, database, "preflight-token-1");
             D1Database d1 = new D1Database(new D1Settings(account, database, "preflight-token-1", standIn.endpoint()))) {
            d1.runAtomically(List.of("CREATE TABLE users (id integer PRIMARY KEY NOT NULL, email text, name text)",
                    "CREATE UNIQUE INDEX users_email_unique ON users (email)",
                    "INSERT INTO users VALUES (1, 'a@x', 'a'), (2, 'b@x', 'b')"), false);
            HistoryTable history = HistoryTable.forName("__drizzle_migrations");
            Migration m = new Migration(new JournalEntry(0, "6", 1000L, "0001_users", true), dir.resolve("0001_users.sql"), String.join(
                    "\n--> statement-breakpoint\n", List.of(newTable, copy, "DROP TABLE users;", "ALTER TABLE __new_users RENAME TO users;",
                            "CREATE UNIQUE INDEX users_email_unique ON users (email);")));
            new Migrator(d1, history, log).checkingPendingWith(Preflight.ofLiveSchema(d1, Set.of(history.name()), false, log))
                    .apply(List.of(m), ApplyOptions.defaults());
        }
        return log.lines();
    }

    private static final String NEW_USERS = "CREATE TABLE __new_users (id integer PRIMARY KEY NOT NULL, email text, name text NOT NULL DEFAULT '');";

    /**
     * A rebuild (db:generate's way) makes the table's UNIQUE index again after the RENAME over the rows it moved as they were:
     * they were unique on that key before, and no line is said. Every such rebuild of a D1 table was said to be a partial
     * prediction, with a query to run.
     */
    @Test
    void aRebuildMakingTheSameUniqueIndexAgainOverTheRowsItMovedIsNoPartialPrediction() {
        List<String> log = rebuildThroughD1(NEW_USERS, "INSERT INTO __new_users(\"id\", \"email\", \"name\") SELECT \"id\", \"email\", coalesce(\"name\", '') FROM users;");
        // coalesce(name) rewrites a value: the line stays (it may be any column's rewrite) ...
        assertTrue(log.stream().anyMatch(l -> l.contains(UnseenDuplicateKeys.MARK)), log.toString());
        log = rebuildThroughD1(NEW_USERS, "INSERT INTO __new_users(\"id\", \"email\", \"name\") SELECT \"id\", \"email\", \"name\" FROM users;");
        // ... a copy moving each column as it is: the rows were unique on email before
        assertTrue(log.stream().noneMatch(l -> l.contains(UnseenDuplicateKeys.MARK) || l.contains("partial")), log.toString());
    }

    /** The key's values rewritten by the copy, or its collation changed by the new table: the rows may share a key now, said. */
    @Test
    void aRebuildRewritingTheKeyOrItsCollationIsStillSaid() {
        List<String> log = rebuildThroughD1(NEW_USERS.replace("email text", "email text COLLATE NOCASE"),
                "INSERT INTO __new_users(\"id\", \"email\", \"name\") SELECT \"id\", \"email\", \"name\" FROM users;");
        assertTrue(log.stream().anyMatch(l -> l.contains("adds a UNIQUE index to \"users\", " + UnseenDuplicateKeys.MARK)), log.toString());
        log = rebuildThroughD1(NEW_USERS, "INSERT INTO __new_users(\"id\", \"email\", \"name\") SELECT \"id\", lower(\"email\"), \"name\" FROM users;");
        assertTrue(log.stream().anyMatch(l -> l.contains("adds a UNIQUE index to \"users\", " + UnseenDuplicateKeys.MARK)), log.toString());
    }
}
