package dev.godwit.engine.d1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stand-in itself, over plain JDK HTTP: it must answer as D1 does, or the other tests prove nothing. */
class D1StandInTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String ACCOUNT = "0123456789abcdef0123456789abcdef";
    static final String DATABASE = "c020574a-5623-407b-be0c-cd192bab9545";
    static final String TOKEN = "tok-standin-secret";

    @TempDir
    Path dir;
    D1StandIn standIn;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        standIn = D1StandIn.start(dir.resolve("d1.sqlite"), ACCOUNT, DATABASE, TOKEN);
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    record Answer(int status, JsonNode json) {
    }

    Answer post(String path, String authorization, ObjectNode body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(standIn.endpoint() + path))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .header("Content-Type", "application/json");
        if (authorization != null) b.header("Authorization", authorization);
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), JSON.readTree(r.body()));
    }

    Answer sql(String sql) throws Exception {
        return post("/accounts/" + ACCOUNT + "/d1/database/" + DATABASE + "/query", "Bearer " + TOKEN, JSON.createObjectNode().put("sql", sql));
    }

    static int code(Answer a) {
        return a.json.path("errors").path(0).path("code").asInt();
    }

    static String message(Answer a) {
        return a.json.path("errors").path(0).path("message").asText();
    }

    @Test
    void authAndRouting() throws Exception {
        ObjectNode body = JSON.createObjectNode().put("sql", "SELECT 1");
        String path = "/accounts/" + ACCOUNT + "/d1/database/" + DATABASE + "/query";
        Answer none = post(path, null, body);
        assertEquals(401, none.status);
        assertEquals(10001, code(none));
        Answer wrong = post(path, "Bearer nope", body);
        assertEquals(403, wrong.status);
        assertEquals(10000, code(wrong));
        assertEquals("Authentication error", message(wrong));
        assertFalse(wrong.json.path("success").asBoolean(true));
        Answer account = post("/accounts/ffff/d1/database/" + DATABASE + "/query", "Bearer " + TOKEN, body);
        assertEquals(403, account.status);
        assertEquals(7403, code(account));
        Answer database = post("/accounts/" + ACCOUNT + "/d1/database/nope/query", "Bearer " + TOKEN, body);
        assertEquals(404, database.status);
        assertEquals(7404, code(database));
        Answer route = post("/accounts/" + ACCOUNT + "/nothing", "Bearer " + TOKEN, body);
        assertEquals(404, route.status);
        assertEquals(7003, code(route));
        assertEquals(5, standIn.requestCount());
        assertTrue(standIn.requestLog().stream().noneMatch(l -> l.contains(TOKEN)));
    }

    /**
     * wrangler d1 time-travel (restore and info) first reads the database's info, GET …/d1/database/ID, and refuses an alpha database:
     * without this route real wrangler stopped at "No route for the URI [code: 7003]", so a printed wrangler way back could not be
     * run against the stand-in.
     */
    @Test
    void databaseInfoIsServedAsWranglerTimeTravelReadsIt() throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(standIn.endpoint() + "/accounts/" + ACCOUNT + "/d1/database/" + DATABASE))
                .GET().header("Authorization", "Bearer " + TOKEN);
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        JsonNode info = JSON.readTree(r.body());
        assertTrue(info.path("success").asBoolean());
        assertEquals(DATABASE, info.path("result").path("uuid").asText());
        assertEquals("production", info.path("result").path("version").asText());
        HttpResponse<String> other = http.send(HttpRequest.newBuilder(URI.create(standIn.endpoint() + "/accounts/" + ACCOUNT + "/d1/database/nope"))
                .GET().header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, other.statusCode());
        HttpResponse<String> none = http.send(HttpRequest.newBuilder(URI.create(standIn.endpoint() + "/accounts/" + ACCOUNT + "/d1/database/" + DATABASE))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, none.statusCode());
    }

    @Test
    void envelopeHasOneResultPerStatementWithRowsAsObjectsOrArrays() throws Exception {
        Answer a = sql("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT, r REAL);\nINSERT INTO t VALUES (1, 'x', 1.5);\nSELECT v, id, r FROM t");
        assertEquals(200, a.status);
        assertTrue(a.json.path("success").asBoolean());
        assertEquals(3, a.json.path("result").size());
        JsonNode row = a.json.path("result").path(2).path("results").path(0);
        assertEquals("[\"v\",\"id\",\"r\"]", JSON.writeValueAsString(JSON.valueToTree(iterable(row.fieldNames()))));
        assertTrue(row.path("id").isIntegralNumber());
        assertEquals(1.5, row.path("r").asDouble());
        // REALs as D1's JavaScript writes them: a whole one without a fraction, Infinity as null
        Answer reals = sql("SELECT 3.0 AS whole, -0.0 AS negzero, 1e300 * 1e300 AS inf, 1733472000123456789.0 AS big, 1e21 AS huge, 0.1 AS tenth");
        assertEquals("{\"whole\":3,\"negzero\":0,\"inf\":null,\"big\":1733472000123456800,\"huge\":1.0E21,\"tenth\":0.1}",
                JSON.writeValueAsString(reals.json.path("result").path(0).path("results").path(0)));
        assertEquals(1, a.json.path("result").path(1).path("meta").path("changes").asInt());
        Answer raw = post("/accounts/" + ACCOUNT + "/d1/database/" + DATABASE + "/raw", "Bearer " + TOKEN,
                JSON.createObjectNode().put("sql", "SELECT id, v FROM t WHERE id = ?").set("params", JSON.createArrayNode().add(1)));
        assertEquals("{\"columns\":[\"id\",\"v\"],\"rows\":[[1,\"x\"]]}", JSON.writeValueAsString(raw.json.path("result").path(0).path("results")));
        Answer multiParams = post("/accounts/" + ACCOUNT + "/d1/database/" + DATABASE + "/query", "Bearer " + TOKEN,
                JSON.createObjectNode().put("sql", "SELECT 1; SELECT 2").set("params", JSON.createArrayNode()));
        assertEquals(400, multiParams.status);
        assertEquals(7400, code(multiParams));
        Answer empty = sql("-- nothing");
        assertEquals("SQL code did not contain a statement", message(empty));
    }

    static java.util.List<String> iterable(java.util.Iterator<String> it) {
        java.util.List<String> l = new java.util.ArrayList<>();
        it.forEachRemaining(l::add);
        return l;
    }

    @Test
    void oneRequestIsOneTransaction() throws Exception {
        sql("CREATE TABLE t (id INTEGER PRIMARY KEY)");
        Answer a = sql("INSERT INTO t VALUES (1);\nCREATE TABLE u (x);\nINSERT INTO nowhere VALUES (1)");
        assertEquals(400, a.status);
        assertEquals(7500, code(a));
        assertEquals("no such table: nowhere: SQLITE_ERROR", message(a));
        assertTrue(a.json.path("result").isNull());
        assertEquals(0, count("SELECT count(*) FROM t"));
        assertEquals(0, count("SELECT count(*) FROM sqlite_master WHERE name = 'u'"));
    }

    @Test
    void foreignKeysAreAlwaysOnAndDeferredOnesFailAtCommit() throws Exception {
        sql("CREATE TABLE p (id INTEGER PRIMARY KEY);\nCREATE TABLE c (id INTEGER PRIMARY KEY, p INTEGER REFERENCES p(id) ON DELETE CASCADE);\n"
                + "INSERT INTO p VALUES (1);\nINSERT INTO c VALUES (10, 1)");
        Answer fk = sql("PRAGMA foreign_keys=OFF;\nINSERT INTO c VALUES (11, 99)");
        assertEquals("FOREIGN KEY constraint failed: SQLITE_CONSTRAINT", message(fk));
        assertEquals(1, sql("PRAGMA foreign_keys").json.path("result").path(0).path("results").path(0).path("foreign_keys").asInt());
        Answer cascade = sql("PRAGMA foreign_keys=OFF;\nDROP TABLE p");
        assertEquals(200, cascade.status, "foreign_keys=OFF is accepted but does nothing: the drop cascades");
        assertEquals(0, count("SELECT count(*) FROM c"));
        sql("CREATE TABLE p (id INTEGER PRIMARY KEY)");
        Answer deferred = sql("PRAGMA defer_foreign_keys=ON;\nINSERT INTO c VALUES (12, 5)");
        assertEquals(400, deferred.status);
        assertEquals("FOREIGN KEY constraint failed: SQLITE_CONSTRAINT", message(deferred));
        assertEquals(200, sql("PRAGMA defer_foreign_keys=ON;\nINSERT INTO c VALUES (12, 5);\nINSERT INTO p VALUES (5)").status);
    }

    @Test
    void refusesTransactionsDisallowedPragmasReservedNamesAndLongStatements() throws Exception {
        Answer begin = sql("BEGIN TRANSACTION;\nCREATE TABLE t (id);\nCOMMIT");
        assertEquals(400, begin.status);
        assertTrue(message(begin).startsWith("To execute a transaction, please use the state.storage.transaction()"), message(begin));
        assertEquals(0, count("SELECT count(*) FROM sqlite_master WHERE name = 't'"));
        assertEquals("not authorized: SQLITE_AUTH", message(sql("PRAGMA user_version = 1")));
        assertEquals("not authorized: SQLITE_AUTH", message(sql("PRAGMA journal_mode")));
        assertEquals("not authorized: SQLITE_AUTH", message(sql("CREATE TEMP TABLE x (a)")));
        assertEquals("not authorized: SQLITE_AUTH", message(sql("SELECT * FROM _cf_KV")));
        assertEquals("not authorized: SQLITE_AUTH", message(sql("SELECT * FROM sqlite_master, _cf_KV")), "a comma join reads it too");
        assertEquals(200, sql("SELECT name, 1 AS _cf_x FROM sqlite_master ORDER BY name, _cf_x").status);
        assertEquals("not authorized: SQLITE_AUTH", message(sql("SELECT * FROM sqlite_master AS nowhere, _cf_KV")), "no WHERE in a name");
        assertEquals("not authorized: SQLITE_AUTH", message(sql("CREATE TABLE \"_CF_notes\" (x)")));
        assertEquals("not authorized: SQLITE_AUTH", message(sql("PRAGMA table_info(_cf_KV)")));
        // a column or alias with the prefix is no table: workerd's authorizer lets it be (the stand-in refused any _cf_ word)
        assertEquals(200, sql("CREATE TABLE flags (id INTEGER PRIMARY KEY, _cf_flag INTEGER);\nSELECT _cf_flag AS _cf_x FROM flags;\n"
                + "INSERT INTO flags (_cf_flag) VALUES (1)").status);
        assertEquals(200, sql("PRAGMA table_info('x')").status);
        assertEquals("not authorized: SQLITE_AUTH", message(sql("PRAGMA index_list")), "workerd wants the name");
        // "D1 PRAGMA statements only apply to the current transaction": a request's PRAGMA does not reach the next request
        assertEquals(200, sql("CREATE TABLE checked (v INTEGER CHECK (v > 0));\nPRAGMA ignore_check_constraints = ON;\nINSERT INTO checked VALUES (-1)").status);
        assertEquals("CHECK constraint failed: v > 0: SQLITE_CONSTRAINT", message(sql("INSERT INTO checked VALUES (-2)")));
        assertEquals("not authorized: SQLITE_AUTH", message(sql("SELECT * FROM pragma_user_version")));
        assertEquals(200, sql("SELECT count(*) FROM pragma_table_info('checked')").status);
        // workerd matches a PRAGMA's name as written against its lower-case list (wrangler 4.86 --local: "not authorized")
        assertEquals("not authorized: SQLITE_AUTH", message(sql("PRAGMA DEFER_FOREIGN_KEYS = ON")));
        assertEquals("not authorized: SQLITE_AUTH", message(sql("PRAGMA Foreign_Keys = OFF")));
        assertEquals(200, sql("PRAGMA \"defer_foreign_keys\" = ON").status);
        // workerd compares a boolean PRAGMA's value by its start: 10 passes (SQLite reads it as on), -1 and 2 do not
        assertEquals(200, sql("PRAGMA defer_foreign_keys = 10").status);
        assertEquals(200, sql("PRAGMA defer_foreign_keys = +1").status);
        assertEquals("not authorized: SQLITE_AUTH", message(sql("PRAGMA defer_foreign_keys = -1")));
        assertEquals("not authorized: SQLITE_AUTH", message(sql("PRAGMA defer_foreign_keys = 2")));
        assertEquals("not authorized: SQLITE_AUTH", message(sql("PRAGMA temp.defer_foreign_keys = ON")), "main's only");
        assertEquals("not authorized: SQLITE_AUTH", message(sql("CREATE VIRTUAL TABLE ft USING fts4(body)")));
        assertEquals("cannot VACUUM from within a transaction: SQLITE_ERROR", message(sql("VACUUM")), "as wrangler's D1 answered it");
        assertEquals("unable to identify the object to be reindexed: SQLITE_ERROR", message(sql("REINDEX EXPRESSIONS")),
                "as wrangler 4.86.0's local D1 (SQLite 3.47.0) answered it");
        assertEquals("not authorized: SQLITE_AUTH", message(sql("CREATE TABLE temp.x (a)")));
        assertEquals("not authorized to use function: sqlite_version: SQLITE_AUTH", message(sql("SELECT sqlite_version()")));
        // a function called by a quoted name in a CHECK (which EXPLAIN of the CREATE does not compile): the function all the same
        assertEquals("not authorized to use function: power: SQLITE_AUTH", message(sql("CREATE TABLE q1 (a REAL CHECK (\"power\"(a, 2) > 0))")));
        assertEquals("not authorized to use function: power: SQLITE_AUTH", message(sql("CREATE TABLE q2 (a REAL CHECK (`power`(a, 2) > 0))")));
        assertEquals("not authorized to use function: log10: SQLITE_AUTH", message(sql("CREATE TABLE q3 (a REAL CHECK ([log10](a) > 0))")));
        assertEquals(200, sql("CREATE TABLE \"power\" (\"log10\" REAL, \"a b(c)\" TEXT CHECK (\"log10\" > 0))").status);
        assertEquals(200, sql("CREATE INDEX \"power_i\" ON \"power\"(\"log10\")").status);
        assertEquals(200, sql("CREATE VIRTUAL TABLE docs USING fts5(body)").status);
        // a parameter with no value bound, which SQLite would bind NULL (workerd's words)
        assertEquals("When executing multiple SQL statements in a single call, only the last statement can have parameters.: SQLITE_ERROR",
                message(sql("SELECT ?;\nSELECT 1")));
        assertEquals("Wrong number of parameter bindings for SQL query.: SQLITE_ERROR", message(sql("SELECT ?")));
        String longSql = "SELECT '" + "x".repeat(100_000) + "'";
        Answer tooLong = sql(longSql);
        assertEquals(400, tooLong.status);
        assertEquals("statement too long: SQLITE_TOOBIG", message(tooLong));
        assertEquals("too many terms in compound SELECT: SQLITE_ERROR", message(sql("SELECT 1 UNION SELECT 2 UNION SELECT 3 UNION SELECT 4 UNION SELECT 5 UNION SELECT 6")));
        assertEquals(1, count("SELECT count(*) FROM sqlite_master WHERE name = '_cf_KV'"), "D1 keeps its own table");
        // workerd's other limits (reference d1.md 1.8), as wrangler's local D1 file has them
        assertEquals("LIKE or GLOB pattern too complex: SQLITE_ERROR", message(sql("SELECT 'a' LIKE '" + "%a".repeat(26) + "'")));
        assertEquals("Expression tree is too large (maximum depth 100): SQLITE_ERROR", message(sql("SELECT 1" + "+1".repeat(150))));
        // workerd's 127 arguments per function (D1's limits page says 32, from before cloudflare/workerd#2493)
        assertEquals(200, sql("SELECT json_array(" + "1, ".repeat(126) + "1)").status);
        assertEquals("too many arguments on function json_array: SQLITE_ERROR", message(sql("SELECT json_array(" + "1, ".repeat(127) + "1)")));
    }

    /**
     * D1's /query splitter takes a trigger body to run from an upper-case BEGIN to the next upper-case END (reference d1.md 1.7):
     * a lower-case begin, or a CASE's END inside the body, cuts the trigger and D1 answers "incomplete input", with nothing of the
     * request applied. The stand-in split as SQLite does and ran them.
     */
    @Test
    void triggerBodiesAreCutAsD1sSplitterCutsThem() throws Exception {
        sql("CREATE TABLE t (id INTEGER PRIMARY KEY, x INTEGER, y TEXT);\nCREATE TABLE log (n INTEGER)");
        for (String trigger : List.of("CREATE TRIGGER t_ai AFTER INSERT ON t begin INSERT INTO log VALUES (1); end",
                "CREATE TRIGGER t_ai AFTER INSERT ON t BEGIN UPDATE t SET y = CASE WHEN NEW.x > 1 THEN 'big' ELSE 'small' END; END")) {
            Answer cut = sql("INSERT INTO log VALUES (0);\n" + trigger + ";\nINSERT INTO log VALUES (2)");
            assertEquals(400, cut.status, trigger);
            assertEquals("incomplete input: SQLITE_ERROR", message(cut), trigger);
            assertEquals(0, count("SELECT count(*) FROM log"), "nothing of the request was applied");
            assertEquals(0, count("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"));
        }
        Answer whole = sql("CREATE TRIGGER t_ai AFTER INSERT ON t BEGIN UPDATE t SET y = (CASE WHEN NEW.x > 1 THEN 'big' ELSE 'small' END)"
                + " WHERE id = NEW.id; INSERT INTO log VALUES (NEW.x); END;\nINSERT INTO t (id, x) VALUES (1, 5)");
        assertEquals(200, whole.status, whole.json.toString());
        assertEquals(5, count("SELECT n FROM log"));
    }

    @Test
    void faultsAreInjected() throws Exception {
        sql("CREATE TABLE t (id INTEGER PRIMARY KEY)");
        standIn.failNextWith500(1);
        Answer a = sql("INSERT INTO t VALUES (1)");
        assertEquals(500, a.status);
        assertEquals(0, count("SELECT count(*) FROM t"), "a 500 runs nothing");
        standIn.respond429Next(1);
        assertEquals(429, sql("INSERT INTO t VALUES (1)").status);
        standIn.dropConnectionAfterCommitNext(1);
        try {
            sql("INSERT INTO t VALUES (2)");
            throw new AssertionError("expected the connection to drop");
        } catch (java.io.IOException expected) {
            // the answer is lost
        }
        assertEquals(1, count("SELECT count(*) FROM t WHERE id = 2"), "committed before the connection dropped");
    }

    int count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("d1.sqlite")); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
