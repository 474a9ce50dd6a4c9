package dev.godwit.engine.d1;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.db.Capabilities;
import dev.godwit.engine.db.DatabaseException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** D1Database against the stand-in: real HTTP, real SQLite. */
class D1DatabaseTest {

    static final String ACCOUNT = "0123456789abcdef0123456789abcdef";
    static final String DATABASE = "c020574a-5623-407b-be0c-cd192bab9545";
    static final String TOKEN = "s3cret-token-do-not-print-42";

    @TempDir
    Path dir;
    D1StandIn standIn;
    D1Database db;

    D1Settings settings(String account, String database, String token) {
        return new D1Settings(account, database, token, standIn.endpoint() + "/")
                .withRetries(4, Duration.ofMillis(10), Duration.ofSeconds(5))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(1500));
    }

    @BeforeEach
    void start() {
        standIn = D1StandIn.start(dir.resolve("d1.sqlite"), ACCOUNT, DATABASE, TOKEN);
        db = new D1Database(settings(ACCOUNT, DATABASE, TOKEN));
    }

    @AfterEach
    void stop() {
        db.close();
        standIn.close();
    }

    @Test
    void settingsDefaultsAndToString() {
        D1Settings s = new D1Settings(ACCOUNT, DATABASE, TOKEN, null);
        assertEquals("https://api.cloudflare.com/client/v4", s.endpoint());
        assertEquals("https://x.test/client/v4", new D1Settings(ACCOUNT, DATABASE, TOKEN, " https://x.test/client/v4// ").endpoint());
        assertEquals(Duration.ofSeconds(10), s.connectTimeout());
        assertEquals(Duration.ofSeconds(60), s.responseTimeout());
        assertFalse(s.toString().contains(TOKEN), s.toString());
        assertFalse(db.toString().contains(TOKEN));
        assertTrue(db.describe().startsWith("Cloudflare D1 database " + DATABASE));
        assertEquals(Capabilities.D1, db.capabilities());
        assertEquals("https://api.cloudflare.com/client/v4",
                new D1Settings(ACCOUNT, DATABASE, TOKEN, "").endpoint());
    }

    /**
     * Reads read ahead ({@code readAhead}) go in one request, parameters written in as literals (D1 takes none with several
     * statements); each answers once what {@link D1Database#query} would have answered, until something is written; refused SQL
     * reads nothing ahead, and each read is then asked on its own.
     */
    @Test
    void readAheadIsOneRequestAnsweringEachReadOnceUntilAWrite() {
        db.runAtomically(List.of("CREATE TABLE \"it's\" (id INTEGER PRIMARY KEY, v TEXT NOT NULL)", "INSERT INTO \"it's\" VALUES (1, 'a')"), false);
        dev.godwit.engine.db.Database.Read columns = dev.godwit.engine.db.Database.Read.of("SELECT name FROM pragma_table_info(?) WHERE name <> '?' ORDER BY cid", "it's");
        dev.godwit.engine.db.Database.Read count = dev.godwit.engine.db.Database.Read.of("SELECT count(*) AS n FROM \"it's\"");
        List<Map<String, Object>> columnsAsked = db.query(columns.sql(), "it's");
        int before = standIn.requestCount();
        assertTrue(db.readAhead(List.of(columns, count)));
        assertEquals(before + 1, standIn.requestCount(), "one request for both");
        assertEquals(columnsAsked, db.query(columns.sql(), "it's"));
        assertEquals(List.of(Map.of("n", 1L)), db.query(count.sql()));
        assertEquals(before + 1, standIn.requestCount(), "both answered from it");
        assertEquals(columnsAsked, db.query(columns.sql(), "it's"));
        assertEquals(before + 2, standIn.requestCount(), "once each: asked again, it is sent");

        assertTrue(db.readAhead(List.of(count)));
        db.query("INSERT INTO \"it's\" VALUES (2, 'b')");
        assertEquals(List.of(Map.of("n", 2L)), db.query(count.sql()), "a write forgets what was read ahead");

        before = standIn.requestCount();
        assertFalse(db.readAhead(List.of(count, dev.godwit.engine.db.Database.Read.of("SELECT * FROM missing"))));
        assertEquals(before + 1, standIn.requestCount());
        assertEquals(List.of(Map.of("n", 2L)), db.query(count.sql()));
        assertEquals(before + 2, standIn.requestCount(), "refused: nothing kept");
    }

    @Test
    void runAtomicallyIsOneRequestAndAllOrNothing() {
        int before = standIn.requestCount();
        db.runAtomically(List.of("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL);", "INSERT INTO t VALUES (1, 'a') -- trailing comment",
                "-- only a comment", "INSERT INTO t VALUES (2, 'b;c')"), true);
        assertEquals(before + 1, standIn.requestCount(), "one HTTP request per runAtomically");
        assertEquals(List.of(Map.of("n", 2L)), db.query("SELECT count(*) AS n FROM t"));
        DatabaseException e = assertThrows(DatabaseException.class, () -> db.runAtomically(List.of(
                "INSERT INTO t VALUES (3, 'c')", "CREATE TABLE u (x)", "INSERT INTO t VALUES (4, NULL)", "INSERT INTO t VALUES (5, 'e')"), false));
        assertEquals("NOT NULL constraint failed: t.v: SQLITE_CONSTRAINT", e.databaseMessage());
        assertEquals(2, e.statementIndex(), "found by probes that D1 rolls back");
        assertEquals("INSERT INTO t VALUES (4, NULL)", e.statement());
        assertTrue(e.getMessage().startsWith("statement 3 failed on D1 (none was applied): NOT NULL constraint failed"), e.getMessage());
        assertFalse(e.outcomeUnknown());
        assertEquals(List.of(Map.of("n", 2L)), db.query("SELECT count(*) AS n FROM t"));
        assertEquals(List.of(), db.query("SELECT name FROM sqlite_master WHERE name = 'u'"), "nothing of the failed request, nor of the probes");
    }

    @Test
    void aFailureAtCommitHasNoStatementIndex() {
        db.runAtomically(List.of("CREATE TABLE p (id INTEGER PRIMARY KEY)", "CREATE TABLE c (id INTEGER PRIMARY KEY, p INTEGER REFERENCES p(id))"), false);
        DatabaseException e = assertThrows(DatabaseException.class,
                () -> db.runAtomically(List.of("PRAGMA defer_foreign_keys = ON", "INSERT INTO c VALUES (1, 7)"), false));
        assertEquals(-1, e.statementIndex());
        assertEquals("FOREIGN KEY constraint failed: SQLITE_CONSTRAINT", e.databaseMessage());
    }

    @Test
    void aStatementOverTheLimitIsRefusedBeforeSending() {
        int before = standIn.requestCount();
        String big = "INSERT INTO t VALUES ('" + "x".repeat(100_001) + "')";
        D1Exception e = assertThrows(D1Exception.class, () -> db.runAtomically(List.of("CREATE TABLE t (v)", big), false));
        assertEquals(1, e.statementIndex());
        assertTrue(e.getMessage().startsWith("statement 2 is 100026 bytes; D1 accepts at most 100000 bytes per statement"), e.getMessage());
        assertEquals(before, standIn.requestCount());
        D1Database small = new D1Database(settings(ACCOUNT, DATABASE, TOKEN).withMaxRequestBytes(1000));
        D1Exception body = assertThrows(D1Exception.class, () -> small.runAtomically(List.of("SELECT '" + "y".repeat(2000) + "'"), false));
        assertTrue(body.getMessage().contains("Godwit sends at most 1000 bytes in one request"), body.getMessage());
        small.close();
    }

    @Test
    void authAndNotFoundMessagesAreClearAndNeverShowTheToken() {
        try (D1Database wrong = new D1Database(settings(ACCOUNT, DATABASE, "wrong-" + TOKEN))) {
            D1Exception e = assertThrows(D1Exception.class, () -> wrong.query("SELECT 1"));
            assertEquals("Cloudflare refused the API token (HTTP 403, code 10000: Authentication error). Check db.d1.token / CLOUDFLARE_D1_TOKEN:"
                    + " it needs the D1 Edit permission for account " + ACCOUNT + ".", e.getMessage());
            assertEquals(403, e.httpStatus());
            assertNoSecret(e, "wrong-" + TOKEN);
        }
        try (D1Database account = new D1Database(settings("ffffffffffffffffffffffffffffffff", DATABASE, TOKEN))) {
            D1Exception e = assertThrows(D1Exception.class, () -> account.query("SELECT 1"));
            assertTrue(e.getMessage().startsWith("Cloudflare refused access to account ffffffffffffffffffffffffffffffff (HTTP 403, code 7403"), e.getMessage());
            assertTrue(e.getMessage().contains("db.d1.accountId"));
            assertNoSecret(e, TOKEN);
        }
        try (D1Database missing = new D1Database(settings(ACCOUNT, "no-such-db", TOKEN))) {
            D1Exception e = assertThrows(D1Exception.class, () -> missing.runAtomically(List.of("SELECT 1"), false));
            assertEquals(404, e.httpStatus());
            assertTrue(e.getMessage().startsWith("Cloudflare D1 answered HTTP 404, code 7404: Not Found: account " + ACCOUNT
                    + " or database no-such-db not found at " + standIn.endpoint() + "; check the account id and the database id where they came"
                    + " from (db.d1.accountId / db.d1.databaseId, CLOUDFLARE_ACCOUNT_ID / CLOUDFLARE_DATABASE_ID, or account_id and the D1 binding's"
                    + " database_id in wrangler's config for the environment"), e.getMessage());
            assertFalse(e.getMessage().contains("/client/v4: is it"), e.getMessage());
            assertNoSecret(e, TOKEN);
        }
        // an id out of the UUID's form is HTTP 400, code 7400 to D1: it read "D1 refused the SQL", a migration's request "fix the data"
        standIn.checkDatabaseIdForm();
        try (D1Database typo = new D1Database(settings(ACCOUNT, DATABASE + "x", TOKEN))) {
            D1Exception e = assertThrows(D1Exception.class, () -> typo.runAtomically(List.of("SELECT 1"), false));
            assertEquals(400, e.httpStatus());
            assertTrue(e.notSent(), "nothing ran");
            assertTrue(e.getMessage().startsWith("Cloudflare D1 answered HTTP 400, code 7400: Invalid property: databaseId => Invalid uuid: account "
                    + ACCOUNT + " or database " + DATABASE + "x not found at " + standIn.endpoint() + "; check the account id and the database id"
                    + " where they came from"), e.getMessage());
        }
        // an endpoint missing the API's path is named; one that is no URL is refused before any request
        try (D1Database noPath = new D1Database(new D1Settings(ACCOUNT, "no-such-db", TOKEN, standIn.endpoint().replace("/client/v4", "")))) {
            D1Exception e = assertThrows(D1Exception.class, () -> noPath.query("SELECT 1"));
            assertTrue(e.getMessage().endsWith(" The endpoint does not end in /client/v4: is it the API's base URL?"), e.getMessage());
        }
        var bad = assertThrows(dev.godwit.engine.GodwitException.class, () -> new D1Settings(ACCOUNT, DATABASE, TOKEN, "not a url"));
        assertEquals("The D1 endpoint \"not a url\" (db.d1.endpoint) is not an http(s) URL. Leave it out for Cloudflare's API"
                + " (https://api.cloudflare.com/client/v4).", bad.getMessage());
        // plain http carries the token in clear: taken for this machine only
        var clear = assertThrows(dev.godwit.engine.GodwitException.class, () -> new D1Settings(ACCOUNT, DATABASE, TOKEN, "http://d1-proxy.example.com/client/v4"));
        assertEquals("The D1 endpoint \"http://d1-proxy.example.com/client/v4\" (db.d1.endpoint) is plain http to another machine: every request would"
                + " send the API token unencrypted. Use https (plain http is taken only for 127.0.0.1, ::1 and localhost), or leave it out for"
                + " Cloudflare's API (https://api.cloudflare.com/client/v4).", clear.getMessage());
        assertNoSecret(clear, TOKEN);
        // credentials in the URL: the HTTP client refused it on each of 5 attempts ("ClientProtocolException ... userinfo"); refused
        // here, before any request, the userinfo not repeated
        int sentBefore = standIn.requestCount();
        var userinfo = assertThrows(dev.godwit.engine.GodwitException.class,
                () -> new D1Settings(ACCOUNT, DATABASE, TOKEN, standIn.endpoint().replace("http://", "http://u:" + TOKEN + "@")));
        assertEquals("The D1 endpoint \"" + standIn.endpoint().replace("http://", "http://****@") + "\" (db.d1.endpoint) has credentials in it"
                + " (user:password@ before the host, shown as ****): Cloudflare's API takes none there, and the HTTP client refuses such a URL."
                + " Remove them: the API token goes in db.d1.token / CLOUDFLARE_D1_TOKEN, a proxy's user and password in Maven's settings.xml"
                + " <proxies> or HTTPS_PROXY.", userinfo.getMessage());
        assertNoSecret(userinfo, TOKEN);
        assertFalse(userinfo.getMessage().contains("u:"), userinfo.getMessage());
        assertThrows(dev.godwit.engine.GodwitException.class, () -> new D1Settings(ACCOUNT, DATABASE, TOKEN, "https://user@d1-proxy.example.com/client/v4"));
        assertEquals(sentBefore, standIn.requestCount(), "nothing sent");
        for (String local : List.of("http://localhost:8787/client/v4", "http://[::1]:8787/client/v4", "https://d1-proxy.example.com/client/v4")) {
            assertEquals(local, new D1Settings(ACCOUNT, DATABASE, TOKEN, local).endpoint());
        }
        int before = standIn.requestCount();
        try (D1Database wrong = new D1Database(settings(ACCOUNT, DATABASE, "nope-token"))) {
            assertThrows(D1Exception.class, () -> wrong.query("SELECT 1"));
        }
        assertEquals(before + 1, standIn.requestCount(), "no retry on an auth failure");
        D1Exception sqlError = assertThrows(D1Exception.class, () -> db.query("SELECT '" + TOKEN + "' FROM nowhere"));
        assertEquals("no such table: nowhere: SQLITE_ERROR", sqlError.databaseMessage());
        assertEquals(0, sqlError.statementIndex());
        assertNoSecret(sqlError, TOKEN);
        assertTrue(standIn.requestLog().stream().allMatch(b -> !b.contains("Bearer")));
    }

    /**
     * A token Cloudflare cannot read as one (copied with its "Bearer ", or with a quote of the line it came from) is answered
     * HTTP 400, code 6003 "Invalid request headers" (6111 "Invalid format for Authorization header" in its error_chain). That
     * read "D1 refused the SQL (HTTP 400, code 6003): Invalid request headers", the history check's read taken for bad SQL,
     * and in a migration's request "D1 says: ... Fix the cause (the data, or the migration ...)". It names the token now.
     */
    @Test
    void aTokenCloudflareCannotReadIsNamedNotTakenForBadSql() {
        try (D1Database pasted = new D1Database(settings(ACCOUNT, DATABASE, "Bearer " + TOKEN))) {
            D1Exception e = assertThrows(D1Exception.class, () -> pasted.query("SELECT 1"));
            assertEquals("Cloudflare could not read the API token (HTTP 400, code 6003: Invalid request headers; Invalid format for Authorization"
                    + " header). Check db.d1.token / CLOUDFLARE_D1_TOKEN: it must be the API token alone, as the dashboard shows it (letters,"
                    + " digits, - and _), without \"Bearer \", quotes or spaces, and not the Global API Key.", e.getMessage());
            assertTrue(e.notSent(), "nothing ran");
            assertTrue(D1Exception.refusedTokenIn(e), "db:apply says where the token came from");
            assertNoSecret(e, TOKEN);
        }
    }

    static void assertNoSecret(Throwable e, String token) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains(token), t.getMessage());
            assertFalse(t.toString().contains(token));
        }
        if (e instanceof DatabaseException d) {
            assertFalse(String.valueOf(d.databaseMessage()).contains(token));
        }
    }

    @Test
    void retries429And500ThenSucceedsOnce() {
        db.runAtomically(List.of("CREATE TABLE t (id INTEGER PRIMARY KEY)"), false);
        int before = standIn.requestCount();
        standIn.respond429Next(2);
        db.runAtomically(List.of("INSERT INTO t VALUES (1)"), false);
        assertEquals(before + 3, standIn.requestCount(), "a 429 ran nothing: sent again");
        standIn.failNextWith500(2);
        assertEquals(List.of(Map.of("n", 1L)), db.query("SELECT count(*) AS n FROM t"), "a read is sent again after a 5xx");
        assertEquals(before + 6, standIn.requestCount());
        standIn.failNextWith500(10);
        D1Exception e = assertThrows(D1Exception.class, () -> db.query("SELECT count(*) AS n FROM t"));
        assertEquals(500, e.httpStatus());
        assertFalse(e.outcomeUnknown(), "D1 answered that it failed: nothing ran");
        assertTrue(e.getMessage().contains("4 time(s)"), e.getMessage());
        standIn.clearFaults();
        standIn.respond429Next(1);
        standIn.setRetryAfterSeconds(3600);
        D1Exception limited = assertThrows(D1Exception.class, () -> db.query("SELECT 1"));
        assertTrue(limited.getMessage().startsWith("Cloudflare's API rate limit was hit (HTTP 429, retry after 3600 s"), limited.getMessage());
    }

    /**
     * A write without a history guard (the studio's, the console's) is not sent again after a 5xx: if D1 had committed
     * before failing, it would run twice. The error says it may have been applied.
     */
    @Test
    void aWriteWithoutAGuardIsNotSentAgainAfterA5xx() {
        db.runAtomically(List.of("CREATE TABLE counter (n INTEGER)", "INSERT INTO counter VALUES (0)"), false);
        int before = standIn.requestCount();
        standIn.fail500AfterCommitWhenBodyContains("SET n = n + 1", 1);
        D1Exception e = assertThrows(D1Exception.class, () -> db.runAtomically(List.of("UPDATE counter SET n = n + 1"), false));
        assertEquals(500, e.httpStatus());
        assertTrue(e.outcomeUnknown());
        assertTrue(e.getMessage().contains("The request changes data and has no guard against running twice, so it was not sent again: it may"
                + " or may not have been applied. Look at the data, then repeat the change if it is missing."), e.getMessage());
        assertEquals(before + 1, standIn.requestCount());
        standIn.clearFaults();
        assertEquals(List.of(Map.of("n", 1L)), db.query("SELECT n FROM counter"), "run once, not twice");
    }

    @Test
    void aLostAnswerIsOutcomeUnknownAndNotRetried() {
        db.runAtomically(List.of("CREATE TABLE t (id INTEGER PRIMARY KEY)"), false);
        int before = standIn.requestCount();
        standIn.dropConnectionAfterCommitNext(1);
        D1Exception e = assertThrows(D1Exception.class, () -> db.runAtomically(List.of("INSERT INTO t VALUES (1)"), false));
        assertTrue(e.outcomeUnknown());
        assertTrue(e.getMessage().startsWith("No answer from Cloudflare D1"), e.getMessage());
        assertEquals(before + 1, standIn.requestCount(), "not retried blindly");
        assertEquals(List.of(Map.of("n", 1L)), db.query("SELECT count(*) AS n FROM t"), "it did commit");
        standIn.setLatencyMillis(2500);
        D1Exception timeout = assertThrows(D1Exception.class, () -> db.runAtomically(List.of("INSERT INTO t VALUES (2)"), false));
        assertTrue(timeout.outcomeUnknown(), timeout.getMessage());
        standIn.setLatencyMillis(0);
        assertNoSecret(timeout, TOKEN);
    }

    @Test
    void connectionRefusedIsRetriedThenReported() {
        int port = standIn.port();
        standIn.close();
        try (D1Database gone = new D1Database(new D1Settings(ACCOUNT, DATABASE, TOKEN, "http://127.0.0.1:" + port + "/client/v4")
                .withRetries(2, Duration.ofMillis(10), Duration.ofSeconds(1)))) {
            D1Exception e = assertThrows(D1Exception.class, () -> gone.query("SELECT 1"));
            assertFalse(e.outcomeUnknown());
            assertTrue(e.getMessage().startsWith("Cannot reach Cloudflare D1 at http://127.0.0.1:" + port), e.getMessage());
            assertTrue(e.getMessage().contains("2 attempt(s)"), e.getMessage());
        }
        standIn = D1StandIn.start(dir.resolve("d1.sqlite"), ACCOUNT, DATABASE, TOKEN);
    }

    @Test
    void d1SqlJoinsSafely() {
        assertEquals("CREATE TABLE a (x);\nINSERT INTO a VALUES (1) -- note\n;\nSELECT 'a;b'",
                D1Sql.join(List.of("CREATE TABLE a (x);", "INSERT INTO a VALUES (1) -- note", "  -- just a comment\n", "SELECT 'a;b';;")));
        assertEquals("SELECT 'x\r\ny'\nFROM t", D1Sql.clean("SELECT 'x\r\ny'\r\nFROM t;\r\n"));
        assertEquals("", D1Sql.clean("/* c */ ;"));
        // CRLF stays inside quotes of every kind (brackets and blobs too) and becomes LF in comments.
        assertEquals("SELECT [a\r\nb], x'0d0a' -- c\n", D1Sql.clean("SELECT [a\r\nb], x'0d0a' -- c\r\n"));
        assertEquals("SELECT 1", D1Sql.clean("/* a\r\n; */ SELECT 1;"));
        assertEquals("SELECT `x;`", D1Sql.clean("SELECT `x;` ; -- done"), "a ; in a quoted name is not the trailing one");
    }

    /**
     * D1's /query splitter reads a comment as SQL: a ; in one cuts the request there (workers-sdk#3892, #4767: "SQL code did not
     * contain a statement") and a quote in one opens a string over the next statements (#4713: "A prepared SQL statement must
     * contain only one statement"), where SQLite skips both. The comments before a statement and after its ; are nothing SQLite
     * keeps, so none of them is sent; a comment inside a statement (which a CREATE VIEW keeps in sqlite_master) stays.
     */
    @Test
    void commentsAroundStatementsAreNotSent() {
        String sent = D1Sql.join(List.of("-- Migration number: 0002 \t 2026-12-06T10:00:00.000Z\n-- the users' email; backfilled below\n"
                        + "ALTER TABLE users ADD COLUMN email TEXT;",
                "\n/* it's the old address; drop it later */\nUPDATE users SET email = 'a@b' -- keep\n;  -- done; really\n",
                "CREATE VIEW v AS SELECT email FROM users -- inside the view\n;"));
        assertEquals("ALTER TABLE users ADD COLUMN email TEXT;\nUPDATE users SET email = 'a@b' -- keep\n;\n"
                + "CREATE VIEW v AS SELECT email FROM users -- inside the view\n", sent);
    }

    /**
     * Through a D1 whose splitter reads comments as SQL (as reported, workers-sdk#3892 and #4767), a migration with a comment line
     * holding a ; between its statements is applied, as SQLite (and so a local apply) applies it: the comment is not sent.
     */
    @Test
    void aCommentHoldingASemicolonBetweenStatementsPassesD1sSplitter() {
        standIn.readCommentsAsSql();
        db.runAtomically(List.of("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);",
                "-- the email; backfilled below\nALTER TABLE users ADD COLUMN email TEXT;",
                "INSERT INTO users (name, email) VALUES ('ann', 'a@b'); -- seed; one row"), false);
        assertEquals(1L, ((Number) db.query("SELECT count(*) AS n FROM users WHERE email = 'a@b'").get(0).get("n")).longValue());
    }

    /** The bound db:apply's size check trusts to skip the exact count: never below the request's real bytes, whatever the text. */
    @Test
    void requestBytesNeverExceedTheBound() {
        String controls = "SELECT '" + "\u0001\u001f".repeat(500) + "'";   // JSON writes each as a 6-byte escape
        String astral = "SELECT '" + "\uD83D\uDE00".repeat(300) + "' -- ends in a comment";   // 4 UTF-8 bytes for 2 characters
        String cjk = "SELECT '" + "\u8def".repeat(400) + "'";   // 3 UTF-8 bytes for 1
        for (List<String> statements : List.of(List.of(controls), List.of(astral, cjk), List.of("a", "-- c", "b -- d", ";", ""),
                List.of("SELECT \"\\\"\"".repeat(200)), List.<String>of())) {
            long exact = D1Sql.requestBytes(statements);
            assertTrue(exact <= D1Sql.requestBytesAtMost(statements), exact + " > " + D1Sql.requestBytesAtMost(statements) + " for " + statements);
        }
        // at the worst the bound is within a few bytes of the real size
        assertEquals(D1Sql.requestBytes(List.of("\u0001")) + 18, D1Sql.requestBytesAtMost(List.of("\u0001")));
    }
}
