package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.d1.D1Database;
import dev.godwit.engine.d1.D1Settings;
import dev.godwit.engine.d1.D1StandIn;
import dev.godwit.engine.db.DatabaseException;
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

    /**
     * A rebuild whose new table declares its own UNIQUE key ({@code email text COLLATE NOCASE UNIQUE}) over rows the old table held
     * under a binary one: 'a@x' beside 'A@X' fail the copy on D1 (rolled back), and the replica's distinct rows passed it with
     * "no rows removed or rewritten". A partial prediction now, with the query counting the keys the rows share under the new key.
     */
    @Test
    void throughD1ARebuildCopyingIntoANocaseUniqueKeyIsAPartialPredictionWithTheQuery() {
        String account = "0123456789abcdef0123456789abcdef";
        String database = "c020574a-5623-407b-be0c-cd192bab9545";
        RecordingLog log = new RecordingLog();
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), account, database, "preflight-token-1");
             D1Database d1 = new D1Database(new D1Settings(account, database, "preflight-token-1", standIn.endpoint()))) {
            d1.runAtomically(List.of("CREATE TABLE users (id integer PRIMARY KEY NOT NULL, email text, name text)",
                    "CREATE UNIQUE INDEX users_email_unique ON users (email)",
                    "INSERT INTO users VALUES (1, 'a@x', 'a'), (2, 'A@X', 'b'), (3, 'b@x', 'c'), (4, 'B@x', 'd'), (5, 'c@x', 'e'), (6, NULL, 'f'), (7, NULL, 'g')"),
                    false);
            HistoryTable history = HistoryTable.forName("__drizzle_migrations");
            Migration m = new Migration(new JournalEntry(0, "6", 1000L, "0001_nocase", true), dir.resolve("0001_nocase.sql"), String.join(
                    "\n--> statement-breakpoint\n", List.of("CREATE TABLE __new_users (id integer PRIMARY KEY NOT NULL, email text COLLATE NOCASE UNIQUE, name text);",
                            "INSERT INTO __new_users(\"id\", \"email\", \"name\") SELECT \"id\", \"email\", \"name\" FROM users;", "DROP TABLE users;",
                            "ALTER TABLE __new_users RENAME TO users;")));
            RuntimeException refused = assertThrows(RuntimeException.class, () -> new Migrator(d1, history, log)
                    .checkingPendingWith(Preflight.ofLiveSchema(d1, Set.of(history.name()), false, log)).apply(List.of(m), ApplyOptions.defaults()),
                    "the truth: D1 refuses the copy");
            assertTrue(String.valueOf(refused.getMessage()).contains("UNIQUE constraint failed"), refused.getMessage());
            String query = "SELECT count(*) FROM (SELECT \"email\" COLLATE NOCASE, count(*) AS \"rows\" FROM \"users\" WHERE (\"email\" COLLATE NOCASE) IS NOT NULL"
                    + " GROUP BY \"email\" COLLATE NOCASE HAVING count(*) > 1 ORDER BY count(*) DESC, \"email\" COLLATE NOCASE)";
            assertTrue(log.lines().contains("WARN Pre-flight: the prediction for 0001_nocase.sql is partial. On a local replica of " + d1.describe()
                    + " (its schema, with 3 generated rows in each table that holds rows there):\n"
                    + "  - Migration 0001_nocase.sql, statement 2 of 4: INSERT INTO __new_users(\"id\", \"email\", \"name\") SELECT \"id\", \"email\", \"name\" FROM users;\n"
                    + "    copies the rows of \"users\" into \"__new_users\", whose UNIQUE key (\"email\" COLLATE NOCASE) \"users\" was not unique on, which two of"
                    + " the database's rows sharing its key fail (the migration then stops there, rolled back); the synthesised rows are all distinct, so"
                    + " whether the database's rows share one was not tried; how many keys rows share there: " + query + "\n"
                    + "  Run that query on the database (wrangler d1 execute c020574a-5623-407b-be0c-cd192bab9545 --remote --command \"...\"); if it"
                    + " counts rows, the apply fails at the copy, the migration rolled back and those after it not applied: resolve the duplicates first."),
                    log.lines().toString());
            assertEquals(2L, ((Number) d1.query(query).get(0).values().iterator().next()).longValue(), "'a@x' and 'b@x' (two NULLs are no duplicate)");
            assertEquals(7L, ((Number) d1.query("SELECT count(*) FROM users").get(0).values().iterator().next()).longValue(), "rolled back");
        }
    }

    /** The lines for {@code m} on a replica of {@code create} holding three distinct generated-like rows. */
    private static List<String> lines(String create, Migration m) {
        try (Replica r = Replica.empty()) {
            for (String sql : create.split(";\n")) r.exec(sql);
            r.exec("INSERT INTO t (id, k, c) VALUES (1, 'gen-1', 'g1'), (2, 'gen-2', 'g2'), (3, 'gen-3', 'g3')");
            UnseenDuplicateKeys keys = UnseenDuplicateKeys.before(r, m);
            for (String s : m.statements()) r.exec(s);
            return keys.after(r);
        }
    }

    private static Migration rebuild(String newTable) {
        return PreflightTest.pending("0001_t", String.join("\n--> statement-breakpoint\n", List.of(newTable,
                "INSERT INTO __new_t(\"id\", \"k\", \"c\") SELECT \"id\", \"k\", \"c\" FROM t;", "DROP TABLE t;", "ALTER TABLE __new_t RENAME TO t;")));
    }

    private static final String OLD_T = "CREATE TABLE t (id integer PRIMARY KEY, k text, c text)";

    /** Rows differing by case, by trailing spaces, and NULLs: each key of the new table counted on them as the copy refuses them. */
    private static final List<String> ROWS = List.of("INSERT INTO t VALUES (1, 'a', 'x'), (2, 'A', 'x'), (3, 'a ', 'x'), (4, 'A', 'X'), (5, 'b', 'y'),"
            + " (6, 'B', 'y'), (7, 'B', 'y '), (8, NULL, 'x'), (9, NULL, 'x'), (10, 'c', NULL), (11, 'C', NULL), (12, 'd ', 'z'), (13, 'd', 'z')");

    /**
     * The query of each line, run on a real SQLite holding rows that differ by case or trailing spaces, counts keys rows share
     * under the new key's own columns and collations; the rows beyond one per such key are those the copy refuses (counted by
     * the copy done with OR IGNORE); where it counts none, the copy goes in.
     */
    @Test
    void aRebuildCopyIntoANewUniqueKeyCountsTheKeysTheCopyRefuses() {
        // {new table, keys the query should count}
        List<List<Object>> cases = List.of(
                List.of("CREATE TABLE __new_t (id integer PRIMARY KEY, k text COLLATE NOCASE UNIQUE, c text);", 3L),   // a/A/A, b/B/B, c/C
                List.of("CREATE TABLE __new_t (id integer PRIMARY KEY, k text COLLATE RTRIM UNIQUE, c text);", 4L),    // a/'a ', A/A, B/B, 'd '/d
                List.of("CREATE TABLE __new_t (id integer PRIMARY KEY, k text UNIQUE, c text);", 2L),                 // A twice, B twice
                List.of("CREATE TABLE __new_t (id integer PRIMARY KEY, k text COLLATE NOCASE, c text COLLATE RTRIM, UNIQUE (k, c));", 2L));   // a/A x, b/B/B y/'y '
        for (List<Object> c : cases) {
            String newTable = (String) c.get(0);
            List<String> lines = lines(OLD_T, rebuild(newTable));
            assertEquals(1, lines.size(), lines.toString());
            String line = lines.get(0);
            assertTrue(line.startsWith("Migration 0001_t.sql, statement 2 of 4: INSERT INTO __new_t(\"id\", \"k\", \"c\") SELECT \"id\", \"k\", \"c\" FROM t;\n"
                    + "    copies the rows of \"t\" into \"__new_t\", whose UNIQUE key ("), line);
            String query = line.substring(line.indexOf("how many keys rows share there: ") + "how many keys rows share there: ".length());
            String listing = query.substring("SELECT count(*) FROM (".length(), query.length() - 1);
            try (SqliteDatabase db = SqliteDatabase.inMemory()) {
                db.runAtomically(List.of(OLD_T), false);
                db.runAtomically(ROWS, false);
                assertEquals(c.get(1), count(db, query), newTable);
                long beyondOne = count(db, "SELECT coalesce(sum(\"rows\" - 1), 0) FROM (" + listing + ")");
                db.runAtomically(List.of(newTable), false);
                DatabaseException refused = assertThrows(DatabaseException.class,
                        () -> db.runAtomically(List.of("INSERT INTO __new_t(id, k, c) SELECT id, k, c FROM t"), false), newTable);
                assertTrue(refused.getMessage().contains("UNIQUE constraint failed"), refused.getMessage());
                db.runAtomically(List.of("INSERT OR IGNORE INTO __new_t(id, k, c) SELECT id, k, c FROM t"), false);
                assertEquals(13 - beyondOne, count(db, "SELECT count(*) FROM __new_t"), newTable);
                // the duplicates resolved: the query counts none, and the copy goes in
                db.runAtomically(List.of("DELETE FROM t WHERE id NOT IN (SELECT id FROM __new_t)", "DELETE FROM __new_t"), false);
                assertEquals(0L, count(db, query), newTable);
                db.runAtomically(List.of("INSERT INTO __new_t(id, k, c) SELECT id, k, c FROM t"), false);
            }
        }
    }

    /** A new table keeping the old key, or making it stricter (NOCASE made BINARY), over the rows moved as they were: no line. */
    @Test
    void aRebuildKeepingOrTighteningTheUniqueKeyIsNoPartialPrediction() {
        assertEquals(List.of(), lines(OLD_T + ";\nCREATE UNIQUE INDEX t_k ON t (k)", rebuild("CREATE TABLE __new_t (id integer PRIMARY KEY, k text UNIQUE, c text);")));
        assertEquals(List.of(), lines("CREATE TABLE t (id integer PRIMARY KEY, k text COLLATE NOCASE UNIQUE, c text)",
                rebuild("CREATE TABLE __new_t (id integer PRIMARY KEY, k text UNIQUE, c text);")));
        assertEquals(List.of(), lines(OLD_T + ";\nCREATE UNIQUE INDEX t_k ON t (k)", rebuild("CREATE TABLE __new_t (id integer PRIMARY KEY, k text, c text, UNIQUE (c, k));")));
        // a key declared ON CONFLICT IGNORE or REPLACE, or a copy INSERT OR IGNORE, drops rows instead of failing: not this line
        assertEquals(List.of(), lines(OLD_T, rebuild("CREATE TABLE __new_t (id integer PRIMARY KEY, k text COLLATE NOCASE UNIQUE ON CONFLICT REPLACE, c text);")));
        assertEquals(List.of(), lines(OLD_T, rebuild("CREATE TABLE __new_t (id integer PRIMARY KEY, k text, c text, UNIQUE (k) ON CONFLICT IGNORE);")));
        assertEquals(List.of(), lines(OLD_T, PreflightTest.pending("0001_t", String.join("\n--> statement-breakpoint\n", List.of(
                "CREATE TABLE __new_t (id integer PRIMARY KEY, k text COLLATE NOCASE UNIQUE, c text);", "INSERT OR IGNORE INTO __new_t(id, k, c) SELECT id, k, c FROM t;",
                "DROP TABLE t;", "ALTER TABLE __new_t RENAME TO t;")))));
        // RTRIM does not hold NOCASE ('a' and 'A' are unique under RTRIM): said
        assertEquals(1, lines("CREATE TABLE t (id integer PRIMARY KEY, k text COLLATE RTRIM UNIQUE, c text)",
                rebuild("CREATE TABLE __new_t (id integer PRIMARY KEY, k text COLLATE NOCASE UNIQUE, c text);")).size());
    }

    /**
     * drizzle-kit's rebuild retyping an INTEGER PRIMARY KEY (the rowid, which has no index of its own) to a text one, or making it
     * part of a composite or a WITHOUT ROWID key: the old rows were unique on it all along, so the new key's index is no line.
     */
    @Test
    void aRebuildOverTheOldIntegerPrimaryKeyIsNoPartialPrediction() {
        assertEquals(List.of(), lines(OLD_T, rebuild("CREATE TABLE __new_t (id text PRIMARY KEY NOT NULL, k text, c text);")));
        assertEquals(List.of(), lines(OLD_T, rebuild("CREATE TABLE __new_t (id integer NOT NULL, k text, c text, PRIMARY KEY (id, k));")));
        assertEquals(List.of(), lines(OLD_T, rebuild("CREATE TABLE __new_t (id integer PRIMARY KEY NOT NULL, k text, c text) WITHOUT ROWID;")));
        // a text key under NOCASE is stricter than the integers were unique under: said
        assertEquals(1, lines(OLD_T, rebuild("CREATE TABLE __new_t (id text COLLATE NOCASE PRIMARY KEY NOT NULL, k text, c text);")).size());
    }

    private static long count(SqliteDatabase db, String sql) {
        return ((Number) db.query(sql).get(0).values().iterator().next()).longValue();
    }
}
