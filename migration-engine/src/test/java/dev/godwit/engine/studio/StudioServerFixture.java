package dev.godwit.engine.studio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.godwit.engine.d1.D1Database;
import dev.godwit.engine.d1.D1Settings;
import dev.godwit.engine.d1.D1StandIn;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.SqliteDatabase;
import java.io.InputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The studio over real HTTP and a real SQLite file (and the D1 stand-in), as the page talks to it: the server, its secret
 * path ({@code /s/<token>/}, no cookie), and helpers for its calls. StudioServerTest (security, exact values, writes, export) and StudioPagingTest (every
 * row once, the row each edit reaches) use it; two classes so the test JVMs run them side by side.
 */
abstract class StudioServerFixture {


    @TempDir
    Path dir;

    SqliteDatabase db;
    StudioServer studio;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    final ObjectMapper json = new ObjectMapper();
    /** The studio's secret path, {@code /s/<token>/}, which the page's every request goes under. */
    String base;

    @BeforeEach
    void start() throws Exception {
        db = SqliteDatabase.open(dir.resolve("app.sqlite"));
        db.runAtomically(List.of(
                "CREATE TABLE `teams` (`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL, `name` text NOT NULL, `score` real, `logo` blob)",
                "CREATE TABLE `players` (`id` integer PRIMARY KEY NOT NULL, `team_id` integer NOT NULL REFERENCES `teams`(`id`) ON DELETE CASCADE,"
                        + " `name` text)",
                "CREATE TABLE `goals` (`id` integer PRIMARY KEY NOT NULL, `player_id` integer REFERENCES `players`(`id`) ON DELETE CASCADE)",
                "CREATE TABLE `fans` (`id` integer PRIMARY KEY NOT NULL, `team_id` integer REFERENCES `teams`(`id`) ON DELETE SET NULL)",
                "CREATE TABLE `__drizzle_migrations` (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)",
                "INSERT INTO teams (name, score, logo) VALUES ('owls', 1.5, X'00FF10'), ('larks', NULL, NULL)",
                "INSERT INTO players VALUES (10, 1, 'ann'), (11, 1, 'bo'), (12, 2, 'cy')",
                "INSERT INTO goals VALUES (100, 10), (101, 10), (102, 11), (103, 12)",
                "INSERT INTO fans VALUES (1000, 1), (1001, 1), (1002, 2)"), false);
        restart(StudioOptions.defaults().withHiddenTables(Set.of("__drizzle_migrations")));
    }

    void restart(StudioOptions options) throws Exception {
        if (studio != null) studio.close();
        studio = StudioServer.start(db, options, 0);
        openPage();
    }

    /**
     * The studio over {@link #db} as one connection (no {@link Database#reader}), as over an in-memory database or an application's
     * connection: its reads see the console's temp tables, and its grouped views' copies are on {@link #db}.
     */
    void restartOnOneConnection(StudioOptions options) throws Exception {
        SqliteDatabase d = db;
        Database one = new Database() {
            public String describe() { return d.describe(); }
            public dev.godwit.engine.db.Capabilities capabilities() { return d.capabilities(); }
            public List<Map<String, Object>> query(String sql, Object... params) { return d.query(sql, params); }
            public Written write(String sql, Object... params) { return d.write(sql, params); }
            public void queryEach(String sql, List<Object> params, java.util.function.Consumer<Map<String, Object>> each) { d.queryEach(sql, params, each); }
            public void runAtomically(List<String> statements, boolean foreignKeysOff) { d.runAtomically(statements, foreignKeysOff); }
            public void interrupt() { d.interrupt(); }
            public boolean defineFunction(String name, int args, java.util.function.Function<Object[], Object> body) { return d.defineFunction(name, args, body); }
            public void close() { }
        };
        if (studio != null) studio.close();
        studio = StudioServer.start(one, options, 0);
        openPage();
    }

    /** Opens the URL the studio printed, as a browser does: the page, under the secret path, and never a cookie. */
    void openPage() throws Exception {
        HttpResponse<String> opened = http.send(HttpRequest.newBuilder(studio.startUri()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, opened.statusCode(), opened.body());
        assertTrue(opened.body().contains("<title>Godwit Studio</title>"), opened.body());
        assertEquals(List.of(), opened.headers().allValues("Set-Cookie"), "a cookie would go to every other server on 127.0.0.1");
        base = studio.startUri().getPath();
        assertTrue(base.matches("/s/[0-9a-f]{32}/"), base);
    }

    /** {@code path} ("/api/tables?…") as the page asks for it: under the studio's secret path. */
    String at(String path) {
        return base + path.substring(1);
    }

    /** The run's token, as tools send it in {@code X-Godwit-Token}. */
    String token() {
        return base.substring("/s/".length(), base.length() - 1);
    }

    @AfterEach
    void stop() {
        studio.close();
        db.close();
    }

    String origin() {
        return "http://127.0.0.1:" + studio.uri().getPort();
    }

    HttpResponse<String> call(String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(studio.uri().resolve(path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** As the studio page sends it: under its secret path, and for writes with an Origin and a JSON body. */
    HttpResponse<String> page(String method, String path, String body) throws Exception {
        if (method.equals("GET")) return call(method, at(path), body);
        return call(method, at(path), body, "Origin", origin(), "Content-Type", "application/json");
    }

    JsonNode ok(String method, String path, String body) throws Exception {
        HttpResponse<String> r = page(method, path, body);
        assertEquals(200, r.statusCode(), r.body());
        return json.readTree(r.body());
    }

    long count(String sql) {
        return ((Number) db.query(sql).get(0).values().iterator().next()).longValue();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The version of a row as the page gets it with the row (GET /api/rows): what a write sends back. */
    String versionOf(String table, String rowid) throws Exception {
        String after = null;
        do {
            JsonNode p = ok("GET", "/api/rows?table=" + enc(table) + "&limit=500" + (after == null ? "" : "&after=" + enc(after)), null);
            for (JsonNode r : p.get("rows")) if (r.get("rowid").asText().equals(rowid)) return r.get("version").asText();
            after = p.path("next").asText(null);
        } while (after != null);
        throw new AssertionError("no row " + rowid + " in " + table);
    }

    /** A write's body as the page sends it: with the version of the row as it is now. */
    String v(String table, String body) throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode o = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(body);
        o.put("version", versionOf(table, o.get("rowid").asText()));
        return o.toString();
    }

    /** Raw HTTP, for headers a java.net.http client will not send (Host). */
    String raw(String request) throws Exception {
        try (Socket s = new Socket("127.0.0.1", studio.uri().getPort())) {
            s.setSoTimeout(5000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    // ---- what an adversarial user found ----

    /** Starts the studio over the D1 stand-in on {@code file}, through {@code wrap} (a D1 database as it is, or one that races). */
    void studioOverD1(Database d1, boolean write) throws Exception {
        studio.close();
        studio = StudioServer.start(d1, StudioOptions.defaults().withWrite(write), 0);
        openPage();
    }

    /**
     * The D1 stand-in over a new file made by {@code statements}, and the D1 port talking to it: D1's five attempts a millisecond
     * apart (no studio test is about the backoff's timing; its default, 0.5 s doubling, slept 7.5 s where a page failed through them).
     */
    record D1(D1StandIn standIn, Database db) implements AutoCloseable {
        @Override
        public void close() {
            db.close();
            standIn.close();
        }
    }

    D1 d1(String... statements) throws Exception {
        Path file = dir.resolve("d1.sqlite");
        try (SqliteDatabase seed = SqliteDatabase.open(file)) {
            seed.runAtomically(List.of(statements), false);
        }
        D1StandIn standIn = D1StandIn.start(file, "acct", "dbid", "tok");
        return new D1(standIn, new D1Database(new D1Settings("acct", "dbid", "tok", standIn.endpoint())
                .withRetries(5, Duration.ofMillis(1), Duration.ofMillis(10))));
    }

    String error(HttpResponse<String> r) throws Exception {
        return json.readTree(r.body()).get("error").asText();
    }

    /** The key of a WITHOUT ROWID row as the page gets it: its primary key's values, tagged. */
    static String key(String org, long n) {
        return "[{\"t\":\"s\",\"v\":\"" + org + "\"},{\"t\":\"i\",\"v\":\"" + n + "\"}]";
    }

    /** The version of the WITHOUT ROWID row with that key, as the page gets it with the row. */
    String versionOfKey(String table, String key) throws Exception {
        String after = null;
        do {
            JsonNode p = ok("GET", "/api/rows?table=" + enc(table) + "&limit=500" + (after == null ? "" : "&after=" + enc(after)), null);
            for (JsonNode r : p.get("rows")) if (r.get("key").toString().equals(key)) return r.get("version").asText();
            after = p.path("next").asText(null);
        } while (after != null);
        throw new AssertionError("no row " + key + " in " + table);
    }

    void sameRowByKeyThatDiffersOnlyByCase(Database target) throws Exception {
        String lower = "[{\"t\":\"s\",\"v\":\"a\"}]";
        JsonNode refs = ok("GET", "/api/refs?table=tags&key=" + enc(lower), null).get("references").get(0);
        assertEquals(2, refs.get("count").asLong());
        assertEquals("[{\"t\":\"i\",\"v\":\"2\"}]", refs.get("values").toString());
        JsonNode preview = ok("GET", "/api/delete-preview?table=tags&key=" + enc(lower), null);
        assertEquals("[{\"table\":\"tags\",\"kind\":\"deleted\",\"count\":1},{\"table\":\"uses\",\"kind\":\"deleted\",\"count\":2}]",
                preview.get("effects").toString());
        assertEquals("x", preview.get("row").get("values").get(2).get("v").asText().substring(0, 1));
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            JsonNode p = ok("GET", "/api/rows?table=tags&sort=note&limit=1" + (after == null ? "" : "&after=" + enc(after)), null);
            p.get("rows").forEach(r -> seen.add(r.get("key").get(0).get("v").asText()));
            after = p.path("next").asText(null);
        } while (after != null && seen.size() < 10);
        assertEquals(List.of("b", "a", "A"), seen);
        assertEquals(3L, target.query("SELECT count(*) AS n FROM tags").get(0).get("n"));
    }

    /** Every row of a view, one page of one row at a time, as {@code id} names each (at most 20). */
    List<String> allRows(String query, java.util.function.Function<JsonNode, String> id) throws Exception {
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            JsonNode p = ok("GET", "/api/rows?" + query + "&limit=1" + (after == null ? "" : "&after=" + enc(after)), null);
            p.get("rows").forEach(r -> seen.add(id.apply(r)));
            after = p.path("next").asText(null);
        } while (after != null && seen.size() < 20);
        return seen;
    }

    /** The text of a row's value in column {@code i} as the page got it; NULL for null. */
    static String cell(JsonNode row, int i) {
        JsonNode v = row.get("values").get(i);
        return v.isNull() ? "NULL" : v.get("v").asText();
    }

    void wideTablesBrowseAndChange(Database target) throws Exception {
        // By primary key: ties on c1 broken by the key, both ways; 100 values a row
        assertEquals(List.of("a:A", "b:B", "c:C"), allRows("table=keyed&sort=c1", r -> cell(r, 0) + ":" + cell(r, 99)));
        assertEquals(List.of("c", "b", "a"), allRows("table=keyed&sort=c1&dir=desc", r -> cell(r, 0)));
        JsonNode first = ok("GET", "/api/rows?table=keyed", null).get("rows").get(0);
        assertEquals("[{\"t\":\"s\",\"v\":\"a\"}]", first.get("key").toString());
        assertEquals(100, first.get("values").size());
        String a = "[{\"t\":\"s\",\"v\":\"a\"}]";
        String b = "[{\"t\":\"s\",\"v\":\"b\"}]";
        ok("PUT", "/api/rows?table=keyed", "{\"key\": " + b + ", \"version\": \"" + versionOfKey("keyed", b) + "\", \"values\": {\"c50\": {\"input\": \"mid\"}}}");
        ok("POST", "/api/rows?table=keyed", "{\"values\": {\"code\": {\"input\": \"d\"}, \"c99\": {\"input\": \"D\"}}}");
        ok("DELETE", "/api/rows?table=keyed", "{\"key\": " + a + ", \"version\": \"" + versionOfKey("keyed", a) + "\"}");
        assertEquals(List.of(Map.of("code", "b", "c50", "mid"), Map.of("code", "c", "c50", "NULL"), Map.of("code", "d", "c50", "NULL")),
                target.query("SELECT code, coalesce(c50, 'NULL') AS c50 FROM keyed ORDER BY code"));
        // No primary key: by rowid, packed with a column; that column's values still shown as they are
        assertEquals(List.of("1:p", "2:q", "3:r"), allRows("table=plain&sort=c99", r -> r.get("rowid").asText() + ":" + cell(r, 0)));
        assertEquals(List.of("3:r", "2:q", "1:p"), allRows("table=plain&sort=c99&dir=desc", r -> r.get("rowid").asText() + ":" + cell(r, 0)));
        assertEquals(100, ok("GET", "/api/rows?table=plain", null).get("rows").get(0).get("values").size());
        ok("PUT", "/api/rows?table=plain", v("plain", "{\"rowid\": \"2\", \"values\": {\"c50\": {\"input\": \"mid\"}}}"));
        ok("POST", "/api/rows?table=plain", "{\"values\": {\"c0\": {\"input\": \"s\"}}}");
        ok("DELETE", "/api/rows?table=plain", v("plain", "{\"rowid\": \"1\"}"));
        assertEquals(List.of(Map.of("c0", "q", "c50", "mid"), Map.of("c0", "r", "c50", "NULL"), Map.of("c0", "s", "c50", "NULL")),
                target.query("SELECT c0, coalesce(c50, 'NULL') AS c50 FROM plain ORDER BY rowid"));
        // A key that may be NULL (a rowid table's, not declared NOT NULL): by rowid too, the rows with a NULL key among them
        assertEquals(List.of("1:NULL:one", "2:NULL:two", "3:k:three"), allRows("table=loose&sort=k",
                r -> r.get("rowid").asText() + ":" + cell(r, 0) + ":" + cell(r, 99)));
        ok("PUT", "/api/rows?table=loose", v("loose", "{\"rowid\": \"2\", \"values\": {\"c50\": {\"input\": \"mid\"}}}"));
        ok("DELETE", "/api/rows?table=loose", v("loose", "{\"rowid\": \"1\"}"));
        assertEquals(List.of(Map.of("c99", "two", "c50", "mid"), Map.of("c99", "three", "c50", "NULL")),
                target.query("SELECT c99, coalesce(c50, 'NULL') AS c50 FROM loose ORDER BY rowid"));
    }

    /**
     * The term an edit's RETURNING ends with, which gives the values as SQLite stored them (for its Undo), written out for
     * {@code columns}, as "ran:" shows it.
     */
    static String storedTerm(String... columns) {
        List<String> terms = new ArrayList<>();
        for (String c : columns) {
            String q = "\"" + c + "\"";
            terms.add("CASE typeof(" + q + ") WHEN 'text' THEN 'text ' || " + q + " ELSE typeof(" + q + ") || ' ' || CASE typeof(" + q
                    + ") WHEN 'real' THEN printf('%!.17g', " + q + ") ELSE hex(" + q + ") END END");
        }
        return ", json_array(" + String.join(", ", terms) + ") AS \"__godwit_stored\"";
    }

    /** {@link #storedTerm} as it is inside a JSON string. */
    static String storedTermInJson(String... columns) {
        return storedTerm(columns).replace("\"", "\\\"");
    }

    void hiddenRowidTablesByKey(Database target) throws Exception {
        String a = "[{\"t\":\"s\",\"v\":\"a\"}]";
        String b = "[{\"t\":\"s\",\"v\":\"b\"}]";
        assertEquals(List.of(a, b), allRows("table=hk", r -> r.get("key").toString()));
        assertFalse(ok("GET", "/api/rows?table=hk", null).has("readOnly"));
        JsonNode put = ok("PUT", "/api/rows?table=hk", "{\"key\": " + a + ", \"version\": \"" + versionOfKey("hk", a) + "\", \"values\": {\"v\": {\"input\": \"edited\"}}}");
        assertEquals("[\"UPDATE \\\"hk\\\" SET \\\"v\\\" = 'edited' WHERE \\\"rowid\\\" IS '1' AND \\\"oid\\\" IS '1' AND \\\"_rowid_\\\" IS '1' AND \\\"code\\\" IS 'a'"
                + " AND \\\"v\\\" IS 'x' RETURNING 1 AS \\\"written\\\"" + storedTermInJson("v") + "\"]", put.get("sql").toString());
        ok("POST", "/api/rows?table=hk", "{\"values\": {\"code\": {\"input\": \"c\"}, \"v\": {\"input\": \"new\"}}}");
        ok("DELETE", "/api/rows?table=hk", "{\"key\": " + b + ", \"version\": \"" + versionOfKey("hk", b) + "\"}");
        assertEquals(List.of(Map.of("code", "a", "v", "edited"), Map.of("code", "c", "v", "new")), target.query("SELECT code, v FROM hk ORDER BY code"));
        String five = "[{\"t\":\"i\",\"v\":\"5\"}]";
        String seven = "[{\"t\":\"i\",\"v\":\"7\"}]";
        assertEquals(List.of(seven, five), allRows("table=hi&dir=desc", r -> r.get("key").toString()));
        ok("PUT", "/api/rows?table=hi", "{\"key\": " + five + ", \"version\": \"" + versionOfKey("hi", five) + "\", \"values\": {\"v\": {\"input\": \"edited\"}}}");
        ok("DELETE", "/api/rows?table=hi", "{\"key\": " + seven + ", \"version\": \"" + versionOfKey("hi", seven) + "\"}");
        assertEquals(List.of(Map.of("id", 5L, "v", "edited")), target.query("SELECT id, v FROM hi"));
        JsonNode hd = ok("GET", "/api/rows?table=hd", null);
        String fix = ": its rows are shown read-only; change them in the SQL console. To edit them here, rename one of those three columns, or give"
                + " the table a primary key declared NOT NULL";
        String nullable = "table \"hd\" has columns named rowid, oid and _rowid_, which hide its rowid, and its primary key (\"id\") may be NULL"
                + " (it is not declared NOT NULL, nor is it the rowid) (nor a UNIQUE key of NOT NULL columns)" + fix;
        assertEquals(nullable, hd.get("readOnly").asText());
        assertEquals(2, hd.get("rows").size());
        JsonNode hn = ok("GET", "/api/rows?table=hn", null);
        String none = "table \"hn\" has columns named rowid, oid and _rowid_, which hide its rowid, and no primary key (nor a UNIQUE key of NOT NULL"
                + " columns)" + fix;
        assertEquals(none, hn.get("readOnly").asText());
        HttpResponse<String> noEdit = page("DELETE", "/api/rows?table=hn", "{\"rowid\": \"1\", \"version\": \"x\"}");
        assertEquals(400, noEdit.statusCode(), noEdit.body());
        assertEquals(none, error(noEdit));
        assertEquals(400, page("DELETE", "/api/rows?table=hd", "{\"key\": " + seven + ", \"version\": \"x\"}").statusCode());
        assertEquals(2L, target.query("SELECT count(*) AS n FROM hd").get(0).get("n"));
        // No primary key, but code is UNIQUE and NOT NULL: its rows are found by it (the table was read-only).
        String ua = "[{\"t\":\"s\",\"v\":\"a\"}]";
        String ub = "[{\"t\":\"s\",\"v\":\"b\"}]";
        assertFalse(ok("GET", "/api/rows?table=hu", null).has("readOnly"));
        assertEquals(List.of(ua, ub), allRows("table=hu", r -> r.get("key").toString()));
        JsonNode hu = ok("PUT", "/api/rows?table=hu", "{\"key\": " + ua + ", \"version\": \"" + versionOfKey("hu", ua) + "\", \"values\": {\"v\": {\"input\": \"edited\"}}}");
        assertEquals("[\"UPDATE \\\"hu\\\" SET \\\"v\\\" = 'edited' WHERE \\\"rowid\\\" IS '1' AND \\\"oid\\\" IS '1' AND \\\"_rowid_\\\" IS '1' AND \\\"code\\\" IS 'a'"
                + " AND \\\"v\\\" IS 'x' RETURNING 1 AS \\\"written\\\"" + storedTermInJson("v") + "\"]", hu.get("sql").toString());
        ok("DELETE", "/api/rows?table=hu", "{\"key\": " + ub + ", \"version\": \"" + versionOfKey("hu", ub) + "\"}");
        assertEquals(List.of(Map.of("code", "a", "v", "edited")), target.query("SELECT code, v FROM hu"));
    }

    void nullableKeyPagesEveryRowOnce(Database target) throws Exception {
        List<String> expected = target.query("SELECT x FROM t ORDER BY x").stream().map(r -> (String) r.get("x")).toList();
        for (String sort : List.of("", "s")) {
            for (String dir : List.of("asc", "desc")) {
                for (int limit = 1; limit <= 3; limit++) {
                    List<String> seen = new ArrayList<>();
                    String after = null;
                    do {
                        JsonNode p = ok("GET", "/api/rows?table=t&limit=" + limit + "&dir=" + dir + (sort.isEmpty() ? "" : "&sort=" + sort)
                                + (after == null ? "" : "&after=" + enc(after)), null);
                        p.get("rows").forEach(r -> seen.add(cell(r, 5)));
                        after = p.path("next").asText(null);
                    } while (after != null && seen.size() < 30);
                    assertEquals(expected, seen.stream().sorted().toList(), sort + " " + dir + " limit " + limit);
                }
            }
        }
    }

    void viewPagesVisitEveryRowOnce(Database target) throws Exception {
        for (String sort : List.of("", "grp", "name")) {
            for (String dir : List.of("asc", "desc")) {
                String order = (sort.isEmpty() ? "" : "\"" + sort + "\" " + dir + ", ") + "\"grp\" " + dir + ", \"name\" " + dir;
                List<String> expected = target.query("SELECT coalesce(CAST(grp AS TEXT), 'NULL') || ':' || name AS r FROM ev_view ORDER BY " + order)
                        .stream().map(r -> (String) r.get("r")).toList();
                for (int limit = 1; limit <= 3; limit++) {
                    List<String> seen = new ArrayList<>();
                    String after = null;
                    do {
                        JsonNode p = ok("GET", "/api/rows?table=ev_view&limit=" + limit + "&dir=" + dir + (sort.isEmpty() ? "" : "&sort=" + sort)
                                + (after == null ? "" : "&after=" + enc(after)), null);
                        p.get("rows").forEach(r -> seen.add(cell(r, 0) + ":" + cell(r, 1)));
                        after = p.path("next").asText(null);
                    } while (after != null && seen.size() < 30);
                    String what = sort + " " + dir + " limit " + limit;
                    // 'a' and 'A' tie under NOCASE (either may come first): the same rows, in the same order but for that
                    assertEquals(expected.stream().sorted().toList(), seen.stream().sorted().toList(), what);
                    assertEquals(expected.stream().map(x -> x.toLowerCase(java.util.Locale.ROOT)).toList(),
                            seen.stream().map(x -> x.toLowerCase(java.util.Locale.ROOT)).toList(), what);
                }
            }
        }
    }

    /** The most arguments any call of {@code fn(} in {@code sql} has (commas at its own depth, outside quotes, plus one). */
    static int mostArguments(String sql, String fn) {
        int most = 0;
        for (int at = sql.indexOf(fn + "("); at >= 0; at = sql.indexOf(fn + "(", at + 1)) {
            int depth = 0;
            int args = 1;
            char quote = 0;
            for (int i = at + fn.length(); i < sql.length(); i++) {
                char c = sql.charAt(i);
                if (quote != 0) {
                    if (c == quote) quote = 0;
                } else if (c == '\'' || c == '"') {
                    quote = c;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    if (--depth == 0) break;
                } else if (c == ',' && depth == 1) {
                    args++;
                }
            }
            most = Math.max(most, args);
        }
        return most;
    }
}
