package dev.godwit.engine.studio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

/** The studio over real HTTP and a real SQLite file (and the D1 stand-in): security, exact values, writes, export. */
class StudioServerTest extends StudioServerFixture {

    // ---- safe by default ----

    @Test
    void everyRequestReadsIncludedNeedsTheTokenInItsPathOrAHeaderAndNoCookieIsEverSet() throws Exception {
        int port = studio.uri().getPort();
        for (String path : List.of("/", "/studio.js", "/api/tables", "/api/rows?table=teams", "/api/export?table=teams",
                "/?token=" + token(), "/api/tables?token=" + token())) {
            HttpResponse<String> r = call("GET", path, null);
            assertEquals(401, r.statusCode(), path);
            assertTrue(r.body().contains("URL that mvn db:studio printed"), r.body());
            assertFalse(r.body().contains("owls"), r.body());
        }
        // Under the secret path: the page, its files and the API; and never a cookie, which every other server on 127.0.0.1 would get.
        for (String path : List.of("/", "/index.html", "/?table=teams", "/studio.js", "/studio.css", "/api/tables")) {
            HttpResponse<String> r = page("GET", path, null);
            assertEquals(200, r.statusCode(), path);
            assertEquals(List.of(), r.headers().allValues("Set-Cookie"), path);
            assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(null), path);
        }
        // The printed URL without its last slash is sent to it (the page's URLs are relative to it), with its query.
        HttpResponse<String> bare = call("GET", base.substring(0, base.length() - 1) + "?table=teams", null);
        assertEquals(303, bare.statusCode());
        assertEquals(base + "?table=teams", bare.headers().firstValue("Location").orElseThrow());
        assertEquals(List.of(), bare.headers().allValues("Set-Cookie"));
        // Another token, or none, in the secret path's place: refused, whatever follows.
        for (String path : List.of("/s/" + "0".repeat(32) + "/", "/s/" + "0".repeat(32) + "/api/tables", "/s/", "/s//api/tables",
                "/s/" + token().toUpperCase(java.util.Locale.ROOT) + "/api/tables", "/s/" + token() + "0/api/tables", "/s/" + token().substring(1) + "/")) {
            HttpResponse<String> r = call("GET", path, null);
            assertEquals(403, r.statusCode(), path);
            assertTrue(r.body().contains("not the token of the running studio"), r.body());
        }
        // A path that only contains the secret path is not under it.
        assertTrue(raw("GET //evil.example" + at("/api/tables") + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n")
                .startsWith("HTTP/1.1 401"));
        // host names ignore case
        assertTrue(raw("GET " + at("/api/tables") + " HTTP/1.1\r\nHost: LOCALHOST:" + port + "\r\nConnection: close\r\n\r\n").startsWith("HTTP/1.1 200"));
        // Tools and tests: the token in X-Godwit-Token, on any path.
        assertEquals(200, call("GET", "/api/tables", null, "X-Godwit-Token", token()).statusCode());
        assertEquals(401, call("GET", "/api/tables", null, "X-Godwit-Token", "0".repeat(32)).statusCode());
        // The cookie the studio used to set is no credential.
        assertEquals(401, call("GET", "/api/tables", null, "Cookie", "godwit_studio_" + port + "=" + token()).statusCode());
    }

    @Test
    void writesNeedTheTokenAnOriginOfThisStudioAndAJsonBody() throws Exception {
        String body = "{\"rowid\": \"1002\"}";
        assertEquals(401, call("DELETE", "/api/rows?table=fans", body, "Origin", origin(), "Content-Type", "application/json").statusCode());
        assertEquals(403, call("DELETE", at("/api/rows?table=fans"), body, "Content-Type", "application/json").statusCode());
        HttpResponse<String> evil = call("DELETE", at("/api/rows?table=fans"), body, "Origin", "http://evil.example",
                "Content-Type", "application/json");
        assertEquals(403, evil.statusCode());
        assertTrue(evil.body().contains("other origins"), evil.body());
        assertEquals(415, call("DELETE", at("/api/rows?table=fans"), body, "Origin", origin(), "Content-Type", "text/plain").statusCode());
        assertEquals(3, count("SELECT count(*) FROM fans"));
        ok("DELETE", "/api/rows?table=fans", v("fans", body));
        assertEquals(2, count("SELECT count(*) FROM fans"));
    }

    @Test
    void hostOriginAndFetchSiteMustBeThisStudios() throws Exception {
        int port = studio.uri().getPort();
        String tok = token();
        for (String host : List.of("evil.example:" + port, "127.0.0.1:" + (port + 1), "127.0.0.1")) {
            String answer = raw("GET /api/tables HTTP/1.1\r\nHost: " + host + "\r\nX-Godwit-Token: " + tok + "\r\nConnection: close\r\n\r\n");
            assertTrue(answer.startsWith("HTTP/1.1 403"), host + ": " + answer);
            assertTrue(answer.contains("answers only requests for 127.0.0.1:" + port), answer);
        }
        assertTrue(raw("GET /api/tables HTTP/1.1\r\nHost: localhost:" + port + "\r\nX-Godwit-Token: " + tok + "\r\n\r\n").startsWith("HTTP/1.1 200"));
        // Another port of 127.0.0.1 is the same site for SameSite cookies, but not the same origin.
        assertEquals(403, call("GET", at("/api/tables"), null, "Origin", "http://127.0.0.1:" + (port + 1)).statusCode());
        assertEquals(403, call("GET", at("/api/tables"), null, "Sec-Fetch-Site", "same-site").statusCode());
        assertEquals(403, call("GET", at("/api/tables"), null, "Sec-Fetch-Site", "cross-site").statusCode());
        assertEquals(200, call("GET", at("/api/tables"), null, "Sec-Fetch-Site", "same-origin").statusCode());
    }

    @Test
    void everyAnswerForbidsFramingAndInlineScript() throws Exception {
        String csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self';"
                + " base-uri 'none'; frame-ancestors 'none'";
        List<HttpResponse<String>> answers = List.of(page("GET", "/", null), page("GET", "/studio.js", null), page("GET", "/api/tables", null),
                call("GET", "/api/tables", null), page("GET", "/api/rows?table=nope", null));
        assertEquals(List.of(200, 200, 200, 401, 404), answers.stream().map(HttpResponse::statusCode).toList());
        for (HttpResponse<String> r : answers) {
            assertEquals(csp, r.headers().firstValue("Content-Security-Policy").orElse(null), r.uri().toString());
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(null));
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null));
        }
        String html = answers.get(0).body();
        assertTrue(html.contains("<script src=\"studio.js\" defer></script>"), html);   // relative: under the secret path
        assertFalse(html.matches("(?s).*<script(?![^>]*\\ssrc=)[^>]*>.*"), "no inline script element");
        assertFalse(html.matches("(?s).*\\son[a-z]+\\s*=.*"), "no inline event handler attributes");
        assertFalse(html.contains("style=\""), "no inline style attributes");
        assertFalse(answers.get(1).body().contains("innerHTML"), "the script never parses data as HTML");
        assertEquals("text/javascript; charset=utf-8", answers.get(1).headers().firstValue("Content-Type").orElse(null));
    }

    @Test
    void aHalfOpenConnectionDoesNotHoldUpOtherRequestsAndIsCutAtItsDeadline() throws Exception {
        restart(StudioOptions.defaults().withRequestTimeout(Duration.ofSeconds(4)));
        try (Socket slow = new Socket("127.0.0.1", studio.uri().getPort())) {
            slow.getOutputStream().write(("GET /api/tables HTTP/1.1\r\nHost: 127.0.0.1:" + studio.uri().getPort() + "\r\nX-Slow: ")
                    .getBytes(StandardCharsets.US_ASCII));
            slow.getOutputStream().flush();
            long t0 = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Integer>> results = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    Callable<Integer> c = () -> page("GET", "/api/rows?table=teams", null).statusCode();
                    results.add(pool.submit(c));
                }
                for (Future<Integer> f : results) assertEquals(200, f.get());
            } finally {
                pool.shutdownNow();
            }
            long servedMs = (System.nanoTime() - t0) / 1_000_000;
            // All served while the slow request was still waiting for its headers (a single-threaded
            // server would have answered nothing before the slow request's deadline).
            assertTrue(servedMs < 3000, "other requests were served while the slow one was open, in " + servedMs + " ms");
            assertEquals(0, slow.getInputStream().available(), "the slow request is still open");
            slow.setSoTimeout(15_000);
            InputStream in = slow.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            long cutMs = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
            assertTrue(cutMs >= 3500 && cutMs < 10_000, "cut after " + cutMs + " ms");
        }
    }

    // ---- correct on every value ----

    @Test
    void rowidsAbove2To53TravelAsStringsAndAddressTheirRowExactly() throws Exception {
        db.runAtomically(List.of("CREATE TABLE big (v text)",
                "INSERT INTO big (rowid, v) VALUES (9007199254740992, 'a'), (9007199254740993, 'b'), (1, 'one'), (2, 'two')"), false);
        JsonNode rows = ok("GET", "/api/rows?table=big", null).get("rows");
        assertEquals("[\"1\",\"2\",\"9007199254740992\",\"9007199254740993\"]", json.valueToTree(
                List.of(rows.get(0).get("rowid").asText(), rows.get(1).get("rowid").asText(), rows.get(2).get("rowid").asText(),
                        rows.get(3).get("rowid").asText())).toString());
        assertTrue(rows.get(3).get("rowid").isTextual());
        // A rowid like 1.9 is refused, not truncated to 1.
        HttpResponse<String> fraction = page("DELETE", "/api/rows?table=big", "{\"rowid\": \"1.9\"}");
        assertEquals(400, fraction.statusCode(), fraction.body());
        assertEquals(400, page("DELETE", "/api/rows?table=big", "{\"rowid\": 1.9}").statusCode());
        ok("DELETE", "/api/rows?table=big", v("big", "{\"rowid\": \"9007199254740993\"}"));
        assertEquals(List.of(Map.of("r", 1L), Map.of("r", 2L), Map.of("r", 9007199254740992L)), db.query("SELECT rowid AS r FROM big ORDER BY rowid"));
        ok("PUT", "/api/rows?table=big", v("big", "{\"rowid\": \"9007199254740992\", \"values\": {\"v\": {\"input\": \"A\"}}}"));
        assertEquals("A", db.query("SELECT v FROM big WHERE rowid = 9007199254740992").get(0).get("v"));
        assertEquals("one", db.query("SELECT v FROM big WHERE rowid = 1").get(0).get("v"));
        // Integer values above 2^53 too.
        db.runAtomically(List.of("CREATE TABLE ids (id integer PRIMARY KEY, n integer)", "INSERT INTO ids VALUES (1, 9223372036854775807)"), false);
        assertEquals("{\"t\":\"i\",\"v\":\"9223372036854775807\"}", ok("GET", "/api/rows?table=ids", null).get("rows").get(0).get("values").get(1).toString());
    }

    /** A column named rowid hides the real rowid: the studio then goes by oid (or _rowid_), so one edit touches one row. */
    @Test
    void aColumnNamedRowidDoesNotMakeOneEditTouchEveryRowHoldingThatValue() throws Exception {
        db.runAtomically(List.of("CREATE TABLE shadow (rowid integer, name text)",
                "INSERT INTO shadow (oid, rowid, name) VALUES (1, 7, 'a'), (2, 7, 'b'), (3, 7, 'c'), (4, 8, 'd')",
                "CREATE TABLE hidden (rowid integer, oid integer, _rowid_ integer)", "INSERT INTO hidden VALUES (1, 2, 3)"), false);
        JsonNode page = ok("GET", "/api/rows?table=shadow&limit=2", null);
        assertEquals(List.of("1", "2"), List.of(page.get("rows").get(0).get("rowid").asText(), page.get("rows").get(1).get("rowid").asText()));
        JsonNode next = ok("GET", "/api/rows?table=shadow&limit=2&after=" + enc(page.get("next").asText()), null);
        assertEquals(List.of("3", "4"), List.of(next.get("rows").get(0).get("rowid").asText(), next.get("rows").get(1).get("rowid").asText()),
                "keyset paging by the real rowid visits every row once");
        JsonNode done = ok("PUT", "/api/rows?table=shadow", v("shadow", "{\"rowid\": \"7\", \"values\": {\"name\": {\"input\": \"x\"}}}".replace("\"7\"", "\"2\"")));
        assertEquals("[\"UPDATE \\\"shadow\\\" SET \\\"name\\\" = 'x' WHERE oid = 2 AND \\\"rowid\\\" IS 7 AND \\\"name\\\" IS 'b' RETURNING 1 AS \\\"written\\\"" + storedTermInJson("name") + "\"]", done.get("sql").toString());
        assertEquals(List.of(Map.of("name", "a"), Map.of("name", "x"), Map.of("name", "c"), Map.of("name", "d")),
                db.query("SELECT name FROM shadow ORDER BY oid"));
        ok("DELETE", "/api/rows?table=shadow", v("shadow", "{\"rowid\": \"3\"}"));
        assertEquals(List.of(Map.of("n", "a"), Map.of("n", "x"), Map.of("n", "d")), db.query("SELECT name AS n FROM shadow ORDER BY oid"));
        JsonNode none = ok("GET", "/api/rows?table=hidden", null);
        assertTrue(none.get("readOnly").asText().contains("has columns named rowid, oid and _rowid_, which hide its rowid"), none.toString());
        HttpResponse<String> noEdit = page("DELETE", "/api/rows?table=hidden", "{\"rowid\": \"1\", \"version\": \"x\"}");
        assertEquals(400, noEdit.statusCode());
        assertTrue(error(noEdit).contains("has columns named rowid, oid and _rowid_, which hide its rowid"), noEdit.body());
    }

    @Test
    void aBlobShownAndSavedUnchangedStaysTheSameBlob() throws Exception {
        JsonNode row = ok("GET", "/api/rows?table=teams", null).get("rows").get(0);
        JsonNode logo = row.get("values").get(3);
        assertEquals("{\"t\":\"b\",\"n\":3,\"v\":\"00ff10\"}", logo.toString());
        // The page sends the value back as it got it, with another column changed.
        ok("PUT", "/api/rows?table=teams", v("teams", "{\"rowid\": \"1\", \"values\": {\"logo\": " + logo + ", \"name\": {\"input\": \"owls2\"}}}"));
        Map<String, Object> after = db.query("SELECT typeof(logo) AS t, logo, name FROM teams WHERE id = 1").get(0);
        assertEquals("blob", after.get("t"));
        assertArrayEquals(new byte[] {0, (byte) 0xff, 0x10}, (byte[]) after.get("logo"));
        assertEquals("owls2", after.get("name"));
        // Typed as x'…' it is a blob too; plain text in a BLOB column is refused.
        ok("PUT", "/api/rows?table=teams", v("teams", "{\"rowid\": \"2\", \"values\": {\"logo\": {\"input\": \"x'CAFE'\"}}}"));
        assertEquals("blob", db.query("SELECT typeof(logo) AS t FROM teams WHERE id = 2").get(0).get("t"));
        assertEquals(400, page("PUT", "/api/rows?table=teams", v("teams", "{\"rowid\": \"2\", \"values\": {\"logo\": {\"input\": \"cafe\"}}}")).statusCode());
    }

    @Test
    void editsAreCheckedAgainstTheColumnTypeAndShowTheSqlTheyRan() throws Exception {
        HttpResponse<String> bad = page("PUT", "/api/rows?table=players", v("players", "{\"rowid\": \"10\", \"values\": {\"team_id\": {\"input\": \"two\"}}}"));
        assertEquals(400, bad.statusCode());
        assertEquals("column \"team_id\" (integer) takes a whole number, not \"two\"", json.readTree(bad.body()).get("error").asText());
        HttpResponse<String> real = page("PUT", "/api/rows?table=teams", v("teams", "{\"rowid\": \"1\", \"values\": {\"score\": {\"input\": \"1.2.3\"}}}"));
        assertEquals(400, real.statusCode());
        assertEquals(1.5, db.query("SELECT score FROM teams WHERE id = 1").get(0).get("score"));
        HttpResponse<String> tiny = page("PUT", "/api/rows?table=teams", v("teams", "{\"rowid\": \"1\", \"values\": {\"score\": {\"input\": \"1e-400\"}}}"));
        assertEquals(400, tiny.statusCode(), tiny.body());
        assertTrue(json.readTree(tiny.body()).get("error").asText().endsWith("1e-400 is too small for a REAL (it would be stored as 0)"), tiny.body());
        assertEquals(1.5, db.query("SELECT score FROM teams WHERE id = 1").get(0).get("score"));
        JsonNode done = ok("PUT", "/api/rows?table=players", v("players", "{\"rowid\": \"10\", \"values\": {\"team_id\": {\"input\": \"2\"}, \"name\": {\"input\": \"it's\"}}}"));
        assertEquals("[\"UPDATE \\\"players\\\" SET \\\"team_id\\\" = 2, \\\"name\\\" = 'it''s' WHERE rowid = 10 AND \\\"id\\\" IS 10 AND \\\"team_id\\\" IS 1 AND \\\"name\\\" IS 'ann' RETURNING 1 AS \\\"written\\\"" + storedTermInJson("team_id", "name") + "\"]",
                done.get("sql").toString());
        assertEquals(Map.of("team_id", 2L, "name", "it's"), db.query("SELECT team_id, name FROM players WHERE id = 10").get(0));
        // A NOT NULL column left out of an insert: SQLite's refusal, nothing written.
        HttpResponse<String> nn = page("POST", "/api/rows?table=players", "{\"values\": {\"id\": {\"input\": \"50\"}}}");
        assertEquals(400, nn.statusCode());
        assertTrue(nn.body().contains("NOT NULL constraint failed: players.team_id"), nn.body());
        assertEquals(0, count("SELECT count(*) FROM players WHERE id = 50"));
    }

    @Test
    void thePageSizeIsCappedOnTheServer() throws Exception {
        db.runAtomically(List.of("CREATE TABLE many (n integer)",
                "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 1200) INSERT INTO many SELECT i FROM s"), false);
        assertEquals(400, page("GET", "/api/rows?table=many&limit=-1", null).statusCode());
        assertEquals(400, page("GET", "/api/rows?table=many&limit=0", null).statusCode());
        assertEquals(RowPages.MAX_PAGE, ok("GET", "/api/rows?table=many&limit=100000", null).get("rows").size());
        assertEquals(50, ok("GET", "/api/rows?table=many", null).get("rows").size());
        db.runAtomically(List.of("CREATE TABLE kv (k text PRIMARY KEY, v text) WITHOUT ROWID"), false);
        JsonNode noRowid = ok("GET", "/api/rows?table=kv&limit=100000", null);
        assertEquals(RowPages.MAX_PAGE, noRowid.get("limit").asInt());
    }

    @Test
    void limitAndDirSayWhatTheyTakeAndATableNamedEmptyOpens() throws Exception {
        String range = "limit is a whole number from 1 to 500 (a larger one gives 500 rows)";
        for (String[] c : new String[][] {{"abc", ", not \"abc\""}, {"0", ", not 0"}, {"-3", ", not -3"}, {"1.5", ", not \"1.5\""}}) {
            HttpResponse<String> r = page("GET", "/api/rows?table=teams&limit=" + c[0], null);
            assertEquals(400, r.statusCode(), c[0]);
            assertEquals(range + c[1], error(r));
        }
        assertEquals(500, ok("GET", "/api/rows?table=teams&limit=99999999999", null).get("limit").asInt());
        JsonNode desc = ok("GET", "/api/rows?table=teams&sort=id&dir=DESC", null);
        assertEquals("2", desc.get("rows").get(0).get("rowid").asText());
        HttpResponse<String> sideways = page("GET", "/api/rows?table=teams&dir=Sideways", null);
        assertEquals(400, sideways.statusCode());
        assertEquals("dir is asc or desc, not \"Sideways\"", error(sideways));

        db.runAtomically(List.of("CREATE TABLE \"\" (x text)", "INSERT INTO \"\" VALUES ('in the nameless table')"), false);
        boolean listed = false;
        for (JsonNode t : ok("GET", "/api/tables", null).get("tables")) listed |= t.get("name").asText().equals("");
        assertTrue(listed);
        JsonNode rows = ok("GET", "/api/rows?table=", null);
        assertEquals("", rows.get("table").asText());
        assertEquals("in the nameless table", rows.get("rows").get(0).get("values").get(0).get("v").asText());
        assertEquals(1, ok("GET", "/api/count?table=", null).get("count").asLong());
        ok("PUT", "/api/rows?table=", v("", "{\"rowid\": \"1\", \"values\": {\"x\": {\"input\": \"NULL\"}}}"));
        assertEquals("NULL", db.query("SELECT x FROM \"\"").get(0).get("x"));   // typed NULL is text; null is JSON null
        HttpResponse<String> csv = page("GET", "/api/export?table=&format=csv&download=1", null);
        assertEquals("x\r\nNULL\r\n", csv.body());
        assertEquals("attachment; filename=\"table.csv\"", csv.headers().firstValue("Content-Disposition").orElse(null));
        HttpResponse<String> missing = page("GET", "/api/rows", null);
        assertEquals(400, missing.statusCode());
        assertEquals("the table parameter is missing", error(missing));
    }

    @Test
    void filtersCombineAndCount() throws Exception {
        String where = enc("[[\"team_id\",\"eq\",\"1\"],[\"name\",\"contains\",\"N\"]]");
        JsonNode p = ok("GET", "/api/rows?table=players&where=" + where, null);
        assertEquals(1, p.get("rows").size());
        assertEquals("ann", p.get("rows").get(0).get("values").get(2).get("v").asText());
        assertEquals(1, ok("GET", "/api/count?table=players&where=" + where, null).get("count").asLong());
        assertEquals(2, ok("GET", "/api/count?table=players&where=" + enc("[[\"id\",\"gt\",\"10\"]]"), null).get("count").asLong());
        assertEquals(1, ok("GET", "/api/count?table=players&where=" + enc("[[\"id\",\"lt\",\"11\"]]"), null).get("count").asLong());
        assertEquals(2, ok("GET", "/api/count?table=players&where=" + enc("[[\"team_id\",\"ne\",\"2\"]]"), null).get("count").asLong());
        assertEquals(1, ok("GET", "/api/count?table=teams&where=" + enc("[[\"score\",\"null\"]]"), null).get("count").asLong());
        assertEquals(1, ok("GET", "/api/count?table=teams&where=" + enc("[[\"score\",\"notnull\"]]"), null).get("count").asLong());
        assertEquals(0, ok("GET", "/api/count?table=teams&where=" + enc("[[\"name\",\"contains\",\"%\"]]"), null).get("count").asLong());
        assertEquals(400, page("GET", "/api/rows?table=players&where=" + enc("[[\"nope\",\"eq\",\"1\"]]"), null).statusCode());
        assertEquals(400, page("GET", "/api/rows?table=players&where=" + enc("[[\"id\",\"like\",\"1\"]]"), null).statusCode());
    }

    // ---- understand, change safely ----

    @Test
    void theSchemaAndBothDirectionsOfForeignKeysAreServed() throws Exception {
        JsonNode tables = ok("GET", "/api/tables", null).get("tables");
        assertEquals(List.of("fans", "goals", "players", "teams"), List.of(tables.get(0).get("name").asText(), tables.get(1).get("name").asText(),
                tables.get(2).get("name").asText(), tables.get(3).get("name").asText()));
        JsonNode teams = tables.get(3);
        assertEquals(2, teams.get("rows").asLong());
        assertEquals("[\"fans\",\"players\"]", json.valueToTree(List.of(teams.get("referencedBy").get(0).get("table").asText(),
                teams.get("referencedBy").get(1).get("table").asText())).toString());
        JsonNode fk = tables.get(2).get("foreignKeys").get(0);
        assertEquals("teams", fk.get("refTable").asText());
        assertEquals("cascade", fk.get("onDelete").asText());
        JsonNode refs = ok("GET", "/api/refs?table=teams&rowid=1", null).get("references");
        Map<String, Long> counts = new java.util.TreeMap<>();
        refs.forEach(r -> counts.put(r.get("table").asText(), r.get("count").asLong()));
        assertEquals(Map.of("fans", 2L, "players", 2L), counts);
        assertEquals(404, page("GET", "/api/refs?table=teams&rowid=99", null).statusCode());
    }

    /**
     * A full-text (FTS5) table was not in the studio at all ("no table \"docs\""): the introspection leaves virtual tables out, and
     * the studio listed what it found. It is now listed with its module, paged by rowid, filtered, counted and exported, and
     * shown read-only with the reason (its shadow tables stay hidden), locally and over D1.
     */
    @Test
    void aFullTextTableIsListedPagedAndCountedReadOnly() throws Exception {
        String[] ddl = {"CREATE VIRTUAL TABLE docs USING fts5(title, body)",
                "INSERT INTO docs (rowid, title, body) VALUES (1, 'first', 'lorem ipsum'), (2, 'zweite', 'dolor sit'), (3, 'third', 'ipsum again')"};
        db.runAtomically(List.of(ddl), false);
        fullTextTableReadOnly(db);
        try (D1 d1 = d1(ddl)) {
            studioOverD1(d1.db(), true);
            fullTextTableReadOnly(d1.db());
        }
    }

    private void fullTextTableReadOnly(dev.godwit.engine.db.Database target) throws Exception {
        JsonNode list = ok("GET", "/api/tables", null);
        List<String> names = new ArrayList<>();
        JsonNode docs = null;
        for (JsonNode t : list.get("tables")) {
            names.add(t.get("name").asText());
            if (t.get("name").asText().equals("docs")) docs = t;
        }
        assertTrue(names.contains("docs") && names.stream().noneMatch(n -> n.startsWith("docs_")), names.toString());
        assertEquals("fts5", docs.get("virtual").asText());
        assertEquals("[\"title\",\"body\"]", json.valueToTree(docs.get("columns").findValuesAsText("name")).toString());
        JsonNode page = ok("GET", "/api/rows?table=docs&limit=2", null);
        String why = "\"docs\" is a virtual table (fts5): its rows are shown read-only; change them in the SQL console (an external-content or"
                + " contentless full-text table takes its module's own commands there)";
        assertEquals(why, page.get("readOnly").asText());
        assertEquals("1 2", page.get("rows").get(0).get("rowid").asText() + " " + page.get("rows").get(1).get("rowid").asText());
        JsonNode next = ok("GET", "/api/rows?table=docs&limit=2&after=" + enc(page.get("next").asText()), null);
        assertEquals("third", next.get("rows").get(0).get("values").get(0).get("v").asText());
        String ipsum = enc("[[\"body\",\"contains\",\"IPSUM\"]]");
        assertEquals(2, ok("GET", "/api/count?table=docs&where=" + ipsum, null).get("count").asLong());
        HttpResponse<String> edit = page("PUT", "/api/rows?table=docs", "{\"rowid\": \"1\", \"version\": \"" + page.get("rows").get(0).get("version").asText()
                + "\", \"values\": {\"title\": {\"input\": \"x\"}}}");
        assertEquals(400, edit.statusCode(), edit.body());
        assertEquals(why, error(edit));
        assertEquals(400, page("POST", "/api/rows?table=docs", "{\"values\": {\"title\": {\"input\": \"x\"}}}").statusCode());
        assertEquals("first", target.query("SELECT title FROM docs WHERE rowid = 1").get(0).get("title"));
        assertEquals(3L, ((Number) target.query("SELECT count(*) AS n FROM docs").get(0).get("n")).longValue());
        HttpResponse<String> csv = page("GET", "/api/export?table=docs&format=csv", null);
        assertEquals("title,body\r\nfirst,lorem ipsum\r\nzweite,dolor sit\r\nthird,ipsum again\r\n", csv.body());
    }

    /**
     * An edit in teams whose trigger inserts into audit left audit's count in the list stale until a reload (an edit counted
     * nothing again), and an insert or delete counted every table again (on D1 a read of every row of the database). A write's
     * answer now holds the counts it may have changed: its own table's (insert, delete) and those its triggers and foreign-key
     * actions reach, on a local file only when they ran (total_changes() moved by more than changes()).
     */
    @Test
    void aWriteCountsAgainTheTablesItsTriggersAndCascadesReachAndNoOthers() throws Exception {
        db.runAtomically(List.of("CREATE TABLE audit (id integer PRIMARY KEY, what text)",
                "CREATE TRIGGER teams_audit AFTER UPDATE OF name ON teams BEGIN INSERT INTO \"audit\" (what) VALUES ('renamed ' || new.name); END"), false);
        JsonNode renamed = ok("PUT", "/api/rows?table=teams", v("teams", "{\"rowid\": \"2\", \"values\": {\"name\": {\"input\": \"rooks\"}}}"));
        assertEquals("[{\"table\":\"audit\",\"rows\":1}]", renamed.get("counts").toString());
        // The trigger did not run (another column): nothing is counted, as for an edit in a table with no trigger.
        JsonNode scored = ok("PUT", "/api/rows?table=teams", v("teams", "{\"rowid\": \"2\", \"values\": {\"score\": {\"input\": \"3\"}}}"));
        assertEquals("[]", scored.get("counts").toString());
        JsonNode plain = ok("PUT", "/api/rows?table=players", v("players", "{\"rowid\": \"12\", \"values\": {\"name\": {\"input\": \"cyd\"}}}"));
        assertEquals("[]", plain.get("counts").toString());
        // An insert that changed its own row alone (total_changes() moved by one): its table's count moved by one, nothing counted
        JsonNode inserted = ok("POST", "/api/rows?table=goals", "{\"values\": {\"id\": {\"input\": \"104\"}, \"player_id\": {\"input\": \"12\"}}}");
        assertEquals("[{\"table\":\"goals\",\"change\":1}]", inserted.get("counts").toString());
        assertEquals(2, inserted.get("dbCalls").asLong(), "the schema_version check and the insert: no count, no total_changes() query");
        // A delete whose cascade reaches players, goals (deleted) and fans (set NULL): those, and not the others.
        JsonNode deleted = ok("DELETE", "/api/rows?table=teams", v("teams", "{\"rowid\": \"1\"}"));
        assertEquals("[{\"table\":\"teams\",\"rows\":1},{\"table\":\"fans\",\"rows\":3},{\"table\":\"players\",\"rows\":1},"
                + "{\"table\":\"goals\",\"rows\":2}]", deleted.get("counts").toString(), "audit's trigger fires on an update, not a delete");
        assertEquals(2, count("SELECT count(*) FROM goals"));
    }

    /** Triggers followed on: an edit in teams logs to audit, whose own trigger writes to digest; both are counted, fans is not. */
    @Test
    void aWriteCountsTheTablesATriggersTriggerWritesTo() throws Exception {
        db.runAtomically(List.of("CREATE TABLE audit (id integer PRIMARY KEY, what text)", "CREATE TABLE digest (n integer)",
                "CREATE TRIGGER teams_audit AFTER UPDATE ON teams BEGIN INSERT INTO audit (what) VALUES (new.name); END",
                "CREATE TRIGGER audit_digest AFTER INSERT ON audit BEGIN DELETE FROM digest; INSERT INTO digest SELECT count(*) FROM audit; END",
                "INSERT INTO digest VALUES (0), (0)"), false);
        JsonNode edit = ok("PUT", "/api/rows?table=teams", v("teams", "{\"rowid\": \"2\", \"values\": {\"score\": {\"input\": \"4\"}}}"));
        assertEquals("[{\"table\":\"audit\",\"rows\":1},{\"table\":\"digest\",\"rows\":1}]", edit.get("counts").toString());
    }

    /**
     * A table whose UNIQUE (or PRIMARY KEY) says ON CONFLICT REPLACE: a write of a value another row holds deletes that row, which
     * neither total_changes() nor D1's meta.changes counts. An insert's answer said its table's count moved by one ("change": 1)
     * where it had not, and an edit's counted nothing where the table lost a row. Such a table is now counted again after a write.
     */
    @Test
    void aWriteIntoATableThatReplacesOnConflictCountsItsTableAgain() throws Exception {
        db.runAtomically(List.of("CREATE TABLE codes (id integer PRIMARY KEY, code text UNIQUE ON CONFLICT REPLACE, note text NOT NULL ON CONFLICT REPLACE DEFAULT '')",
                "INSERT INTO codes (id, code) VALUES (1, 'a'), (2, 'b')"), false);
        // A value another row holds deletes that row: an insert is refused (the console's INSERT OR REPLACE does it), an edit asks
        // first. Both deleted it unasked, the edit's answer "updated row 2", the row holding 'a' gone.
        HttpResponse<String> insert = page("POST", "/api/rows?table=codes", "{\"values\": {\"code\": {\"input\": \"a\"}}}");
        assertEquals(400, insert.statusCode(), insert.body());
        assertTrue(insert.body().contains("another row of \\\"codes\\\" already holds this value (\\\"code\\\" = 'a', its UNIQUE ON CONFLICT REPLACE)"), insert.body());
        JsonNode added = ok("POST", "/api/rows?table=codes", "{\"values\": {\"code\": {\"input\": \"c\"}}}");
        assertEquals("[{\"table\":\"codes\",\"rows\":3}]", added.get("counts").toString());
        String edit = v("codes", "{\"rowid\": \"2\", \"values\": {\"code\": {\"input\": \"a\"}}}");
        HttpResponse<String> asked = page("PUT", "/api/rows?table=codes", edit);
        assertEquals(409, asked.statusCode(), asked.body());
        assertTrue(json.readTree(asked.body()).get("needsConfirmation").asBoolean());
        assertEquals(3, count("SELECT count(*) FROM codes"), "nothing deleted before the confirmation");
        JsonNode edited = ok("PUT", "/api/rows?table=codes", edit.replaceFirst("\\{", "{\"confirm\": true, "));
        assertEquals("[{\"table\":\"codes\",\"rows\":2}]", edited.get("counts").toString(), "the row holding 'a' was replaced");
        assertEquals(List.of(Map.of("id", 2L, "code", "a"), Map.of("id", 3L, "code", "c")), db.query("SELECT id, code FROM codes ORDER BY id"));
        // NOT NULL ON CONFLICT REPLACE takes the default and deletes nothing: counted by one as any other table
        db.runAtomically(List.of("CREATE TABLE notes (id integer PRIMARY KEY, body text NOT NULL ON CONFLICT REPLACE DEFAULT '')"), false);
        JsonNode note = ok("POST", "/api/rows?table=notes", "{\"values\": {\"id\": {\"input\": \"1\"}}}");
        assertEquals("[{\"table\":\"notes\",\"change\":1}]", note.get("counts").toString());
    }

    /**
     * Over D1 a cell edit read the row first (to check the page's version and build the write's guard), then wrote it: two API
     * calls, and the page again a third; a delete the same. The page now sends the row's values as it showed them: where they are
     * whole and hash to the row's version, they are the guard, and the write is the one call. The same safety: a row changed or
     * deleted meanwhile matches nothing and is reported, not overwritten; values that do not hash to the version, or a long
     * text the page holds only the start of, have the row read as before.
     */
    @Test
    void overD1AnEditOrADeleteIsOneCallGuardedByTheRowAsThePageShowedIt() throws Exception {
        String longText = "x".repeat(20_000);
        try (D1 d1 = d1("CREATE TABLE notes (id integer PRIMARY KEY, body text, score real, data blob, n integer)",
                "INSERT INTO notes VALUES (1, 'first', 1.5, X'00ff', 9007199254740993), (2, 'second', -0.25, NULL, 2), (3, 'third', 1e300, X'01', 3),"
                        + " (4, '" + longText + "', NULL, NULL, 4)",
                "CREATE TABLE kv (k text, n integer, v text, PRIMARY KEY (k, n)) WITHOUT ROWID", "INSERT INTO kv VALUES ('a', 1, 'one')")) {
            studioOverD1(d1.db(), true);
            JsonNode edited = ok("PUT", "/api/rows?table=notes", shown("notes", "1", "{\"values\": {\"body\": {\"input\": \"changed\"}}}"));
            assertEquals(1, edited.get("dbCalls").asLong(), "the guarded write alone (the row as shown came from the page): " + edited);
            assertEquals(List.of(Map.of("body", "changed")), d1.db().query("SELECT body FROM notes WHERE id = 1"));
            assertTrue(edited.get("sql").get(0).asText().contains("WHERE rowid = 1 AND \"id\" IS 1 AND \"body\" IS 'first' AND \"score\" IS 1.5"),
                    edited.get("sql").toString());
            // The same page's row again: it changed since (the edit above), so nothing is written
            String stale = shownBody(rowOf("notes", "2"), "{\"values\": {\"body\": {\"input\": \"mine\"}}}");
            d1.db().runAtomically(List.of("UPDATE notes SET body = 'theirs' WHERE id = 2"), false);   // someone else, meanwhile
            HttpResponse<String> refused = page("PUT", "/api/rows?table=notes", stale);
            assertEquals(409, refused.statusCode(), refused.body());
            assertEquals("row 2 of \"notes\" changed since the page loaded it (by someone else?): \"body\" is now 'theirs' (the page showed 'second')."
                    + " Reload the page; nothing was written", error(refused));
            assertEquals(List.of(Map.of("body", "theirs")), d1.db().query("SELECT body FROM notes WHERE id = 2"));
            String gone = shownBody(rowOf("notes", "3"), "{}");
            d1.db().runAtomically(List.of("DELETE FROM notes WHERE id = 3", "INSERT INTO notes VALUES (3, 'another', NULL, NULL, 3)"), false);
            HttpResponse<String> deleted = page("DELETE", "/api/rows?table=notes", gone);
            assertEquals(409, deleted.statusCode(), deleted.body());
            assertEquals(List.of(Map.of("body", "another")), d1.db().query("SELECT body FROM notes WHERE id = 3"), "the other row of rowid 3 stays");
            // Values that do not hash to the version the page got are not taken as the row: it is read, and the write guarded by it
            com.fasterxml.jackson.databind.node.ObjectNode forged = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(
                    shown("notes", "2", "{\"values\": {\"n\": {\"input\": \"20\"}}}"));
            ((com.fasterxml.jackson.databind.node.ObjectNode) forged.get("shown").get(1)).put("v", "not what it holds");
            JsonNode read = ok("PUT", "/api/rows?table=notes", forged.toString());
            assertEquals(2, read.get("dbCalls").asLong(), "the row read, then the write");
            assertEquals(List.of(Map.of("body", "theirs", "n", 20L)), d1.db().query("SELECT body, n FROM notes WHERE id = 2"));
            // A text the page holds only the start of: the row is read (two calls), and the edit reaches it
            JsonNode longRow = ok("PUT", "/api/rows?table=notes", shown("notes", "4", "{\"values\": {\"n\": {\"input\": \"40\"}}}"));
            assertEquals(2, longRow.get("dbCalls").asLong());
            assertEquals(List.of(Map.of("n", 40L)), d1.db().query("SELECT n FROM notes WHERE id = 4"));
            JsonNode kv = ok("PUT", "/api/rows?table=kv", shownKey("kv", key("a", 1), "{\"values\": {\"v\": {\"input\": \"uno\"}}}"));
            assertEquals(1, kv.get("dbCalls").asLong());
            assertEquals(List.of(Map.of("v", "uno")), d1.db().query("SELECT v FROM kv"));
            JsonNode removed = ok("DELETE", "/api/rows?table=notes", shown("notes", "1", "{}"));
            assertEquals(1, removed.get("dbCalls").asLong(), "the guarded delete alone");
            assertEquals(List.of(), d1.db().query("SELECT id FROM notes WHERE id = 1"));
        }
    }

    /**
     * The row as shown is the write's only check, so its guard compares texts exactly: a column declared NOCASE or RTRIM finds
     * 'abc' equal to 'ABC' or 'abc ', and a change of case or trailing space someone made meanwhile was overwritten unseen.
     */
    @Test
    void overD1ARowWhoseTextChangedOnlyInCaseOrTrailingSpaceIsChangedSince() throws Exception {
        try (D1 d1 = d1("CREATE TABLE people (id integer PRIMARY KEY, name text COLLATE NOCASE, code text COLLATE RTRIM, note text)",
                "INSERT INTO people VALUES (1, 'ann', 'x', NULL), (2, 'bob', 'y', NULL), (3, 'cy', 'z', NULL)",
                "CREATE TABLE tags (tag text COLLATE NOCASE PRIMARY KEY, label text COLLATE NOCASE) WITHOUT ROWID",
                "INSERT INTO tags VALUES ('red', 'warm')")) {
            studioOverD1(d1.db(), true);
            String name = shown("people", "1", "{\"values\": {\"name\": {\"input\": \"anne\"}}}");
            String code = shown("people", "2", "{\"values\": {\"note\": {\"input\": \"mine\"}}}");
            String label = shownKey("tags", "[{\"t\":\"s\",\"v\":\"red\"}]", "{\"values\": {\"label\": {\"input\": \"hot\"}}}");
            d1.db().runAtomically(List.of("UPDATE people SET name = 'Ann' WHERE id = 1", "UPDATE people SET code = 'y ' WHERE id = 2",
                    "UPDATE tags SET label = 'Warm'"), false);   // someone else, meanwhile
            for (String[] write : new String[][] {{"people", name, "row 1", "\"name\" is now 'Ann' (the page showed 'ann')"},
                    {"people", code, "row 2", "\"code\" is now 'y ' (the page showed 'y')"},
                    {"tags", label, "row \"tag\" = 'red'", "\"label\" is now 'Warm' (the page showed 'warm')"}}) {
                HttpResponse<String> refused = page("PUT", "/api/rows?table=" + write[0], write[1]);
                assertEquals(409, refused.statusCode(), refused.body());
                assertEquals(write[2] + " of \"" + write[0] + "\" changed since the page loaded it (by someone else?): " + write[3]
                        + ". Reload the page; nothing was written", error(refused));
            }
            assertEquals(List.of(Map.of("name", "Ann", "code", "x", "note", "")), d1.db().query("SELECT name, code, coalesce(note, '') AS note FROM people WHERE id = 1"));
            assertEquals(List.of(Map.of("code", "y ", "note", "")), d1.db().query("SELECT code, coalesce(note, '') AS note FROM people WHERE id = 2"));
            assertEquals(List.of(Map.of("label", "Warm")), d1.db().query("SELECT label FROM tags"));
            // Unchanged rows are still written in one call, and the guard shows how it compares
            JsonNode edited = ok("PUT", "/api/rows?table=people", shown("people", "3", "{\"values\": {\"note\": {\"input\": \"fine\"}}}"));
            assertEquals(1, edited.get("dbCalls").asLong(), edited.toString());
            assertTrue(edited.get("sql").get(0).asText().contains("\"name\" IS 'cy' COLLATE BINARY AND \"code\" IS 'z' COLLATE BINARY AND \"note\" IS NULL"),
                    edited.get("sql").toString());
            assertEquals(List.of(Map.of("note", "fine")), d1.db().query("SELECT note FROM people WHERE id = 3"));
        }
    }

    /**
     * The page's values are the guard for rows the page reads packed too: a 100-column table whose rowid travels with a column
     * (D1's limit of result columns), and one addressed by its primary key; each edit is one call and reaches its own row.
     */
    @Test
    void overD1AHundredColumnRowIsEditedByTheValuesThePageShowedInOneCall() throws Exception {
        List<String> ddl = new ArrayList<>();
        for (String head : List.of("keyed (code text PRIMARY KEY NOT NULL", "plain (c0 text")) {
            StringBuilder t = new StringBuilder("CREATE TABLE " + head);
            for (int i = 1; i < 100; i++) t.append(", c").append(i).append(" text");
            ddl.add(t + ")");
        }
        ddl.add("INSERT INTO keyed (code, c1, c99) VALUES ('b', 'same', 'B'), ('a', 'same', 'A')");
        ddl.add("INSERT INTO plain (c0, c99) VALUES ('p', 'same'), ('q', 'same')");
        try (D1 d1 = d1(ddl.toArray(String[]::new))) {
            studioOverD1(d1.db(), true);
            JsonNode keyed = ok("GET", "/api/rows?table=keyed", null).get("rows").get(1);
            JsonNode edited = ok("PUT", "/api/rows?table=keyed", shownBody(keyed, "{\"values\": {\"c1\": {\"input\": \"edited\"}}}"));
            assertEquals(1, edited.get("dbCalls").asLong(), edited.toString());
            assertEquals(List.of(Map.of("code", "b")), d1.db().query("SELECT code FROM keyed WHERE c1 = 'edited'"));
            JsonNode plain = ok("GET", "/api/rows?table=plain", null).get("rows").get(1);
            JsonNode changed = ok("PUT", "/api/rows?table=plain", shownBody(plain, "{\"values\": {\"c99\": {\"input\": \"changed\"}}}"));
            assertEquals(1, changed.get("dbCalls").asLong(), changed.toString());
            assertEquals(List.of(Map.of("c0", "q")), d1.db().query("SELECT c0 FROM plain WHERE c99 = 'changed'"));
            assertEquals(1L, d1.db().query("SELECT count(*) AS n FROM plain WHERE c99 = 'same'").get(0).get("n"));
        }
    }

    /**
     * Over D1 a table's first page and its count were two calls; the page now brings its count where asked ({@code count=1}, as the
     * page asks where it has none): under filters, after a cursor (a reload on a later page), beside a column named as its label.
     */
    @Test
    void overD1APageBringsItsCountInTheSameCall() throws Exception {
        List<String> ddl = new ArrayList<>(List.of("CREATE TABLE t (id integer PRIMARY KEY, grp integer, \"__godwit_count\" text)"));
        for (int i = 1; i <= 30; i++) ddl.add("INSERT INTO t VALUES (" + i + ", " + (i % 3) + ", 'own " + i + "')");
        try (D1 d1 = d1(ddl.toArray(String[]::new))) {
            studioOverD1(d1.db(), false);
            ok("GET", "/api/tables", null);
            String where = "&where=" + enc("[[\"grp\",\"eq\",\"1\"]]");
            JsonNode first = ok("GET", "/api/rows?table=t&limit=4&count=1" + where, null);
            assertEquals(10, first.get("count").asInt());
            assertEquals(1, first.get("dbCalls").asLong());
            assertEquals("own 1", first.get("rows").get(0).get("values").get(2).get("v").asText(), "the table's own column keeps its value");
            assertEquals(3, first.get("rows").get(0).get("values").size());
            JsonNode second = ok("GET", "/api/rows?table=t&limit=4&count=1" + where + "&after=" + enc(first.get("next").asText()), null);
            assertEquals(10, second.get("count").asInt());
            assertEquals(List.of("13", "16", "19", "22"), java.util.stream.StreamSupport.stream(second.get("rows").spliterator(), false)
                    .map(r -> r.get("rowid").asText()).toList());
            assertTrue(ok("GET", "/api/rows?table=t&limit=4" + where, null).path("count").isMissingNode(), "not asked: not counted");
            // 51 filters' parameters, bound twice, would pass D1's 100 a statement: the page comes alone, the count apart
            List<String> many = new ArrayList<>();
            for (int i = 0; i < 51; i++) many.add("[\"grp\",\"ne\",\"" + (i + 5) + "\"]");
            String manyWhere = "&where=" + enc("[" + String.join(",", many) + "]");
            JsonNode alone = ok("GET", "/api/rows?table=t&limit=4&count=1" + manyWhere, null);
            assertTrue(alone.path("count").isMissingNode(), alone.toString());
            assertEquals(4, alone.get("rows").size());

        }
    }

    /** A row as the page gets it (GET /api/rows): its rowid, version and values. */
    private JsonNode rowOf(String table, String rowid) throws Exception {
        for (JsonNode r : ok("GET", "/api/rows?table=" + enc(table) + "&limit=500", null).get("rows")) {
            if (r.path("rowid").asText().equals(rowid) || r.path("key").toString().equals(rowid)) return r;
        }
        throw new AssertionError("no row " + rowid + " in " + table);
    }

    /** A write's body as the page sends it: the row's address, version and values as shown. */
    private String shownBody(JsonNode row, String body) throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode o = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(body);
        if (row.has("rowid")) o.put("rowid", row.get("rowid").asText());
        else o.set("key", row.get("key"));
        o.put("version", row.get("version").asText());
        o.set("shown", row.get("values"));
        return o.toString();
    }

    private String shown(String table, String rowid, String body) throws Exception {
        return shownBody(rowOf(table, rowid), body);
    }

    private String shownKey(String table, String key, String body) throws Exception {
        return shownBody(rowOf(table, key), body);
    }

    /** Over D1 the same without total_changes(): the tables a write can reach are counted in one call, the others not at all. */
    @Test
    void overD1AWriteCountsOnlyWhatItCanReachInOneCall() throws Exception {
        try (D1 d1 = d1("CREATE TABLE notes (id integer PRIMARY KEY, body text NOT NULL, pinned integer)", "CREATE TABLE log (id integer PRIMARY KEY, note_id integer)",
                "CREATE TABLE other (id integer PRIMARY KEY)", "CREATE TABLE more (id integer PRIMARY KEY)",
                "CREATE TABLE tags (note_id integer REFERENCES notes(id) ON UPDATE CASCADE ON DELETE CASCADE, tag text)",
                "CREATE TRIGGER notes_log AFTER UPDATE OF \"body\" ON notes BEGIN INSERT INTO log (note_id) VALUES (new.id); END",
                "INSERT INTO notes VALUES (1, 'first', 0), (2, 'second', 0)", "INSERT INTO tags VALUES (2, 'a')")) {
            studioOverD1(d1.db(), true);
            ok("GET", "/api/tables", null);
            assertEquals(1, ok("GET", "/api/count?table=notes", null).get("dbCalls").asLong(), "the count of the table the page opens");
            JsonNode edit = ok("PUT", "/api/rows?table=notes", v("notes", "{\"rowid\": \"2\", \"values\": {\"body\": {\"input\": \"changed\"}}}"));
            assertEquals("[{\"table\":\"log\",\"rows\":1}]", edit.get("counts").toString(), "not tags: its ON UPDATE follows id, which did not change");
            assertEquals(3, edit.get("dbCalls").asLong(), "the row as shown, the guarded write, the counts (the triggers came with the table's count)");
            // A column no UPDATE OF trigger and no ON UPDATE action watches: nothing to count, no call for it.
            JsonNode pinned = ok("PUT", "/api/rows?table=notes", v("notes", "{\"rowid\": \"2\", \"values\": {\"pinned\": {\"input\": \"1\"}}}"));
            assertEquals("[]", pinned.get("counts").toString());
            assertEquals(2, pinned.get("dbCalls").asLong(), "the row as shown and the guarded write");
            // D1's meta.changes says what a write changed in all: more than its own row, and what it reaches is counted
            JsonNode renumbered = ok("PUT", "/api/rows?table=notes", v("notes", "{\"rowid\": \"2\", \"confirm\": true, \"values\": {\"id\": {\"input\": \"20\"}}}"));
            assertEquals("[{\"table\":\"tags\",\"rows\":1}]", renumbered.get("counts").toString(), "the cascade to tags ran");
            // its own row alone: nothing counted (note 1 has no tags: the cascade changed nothing)
            JsonNode untagged = ok("PUT", "/api/rows?table=notes", v("notes", "{\"rowid\": \"1\", \"values\": {\"id\": {\"input\": \"10\"}}}"));
            assertEquals("[]", untagged.get("counts").toString());
            assertEquals(3, untagged.get("dbCalls").asLong(), "the row as shown, its references (none), the guarded write: no count");
            JsonNode insert = ok("POST", "/api/rows?table=other", "{\"values\": {\"id\": {\"input\": \"7\"}}}");
            assertEquals("[{\"table\":\"other\",\"change\":1}]", insert.get("counts").toString());
            assertEquals(1, insert.get("dbCalls").asLong(), "the insert alone: its table's count moved by one (D1's meta.changes), none read");
            // A delete's preview reads the schema again only where it changed (it was four calls for every preview)
            JsonNode first = ok("GET", "/api/delete-preview?table=notes&rowid=20", null);
            assertEquals("[{\"table\":\"notes\",\"kind\":\"deleted\",\"count\":1},{\"table\":\"tags\",\"kind\":\"deleted\",\"count\":1}]",
                    first.get("effects").toString());
            JsonNode again = ok("GET", "/api/delete-preview?table=notes&rowid=20", null);
            assertEquals(3, again.get("dbCalls").asLong(), "the schema's text (unchanged), the row, the counts");
            d1.db().runAtomically(List.of("CREATE TABLE pins (note_id integer REFERENCES notes(id))", "INSERT INTO pins VALUES (20)"), false);
            JsonNode blocked = ok("GET", "/api/delete-preview?table=notes&rowid=20", null);
            assertTrue(blocked.get("blocked").asBoolean(), "a table made since (by another tool) is seen: " + blocked);
            d1.db().runAtomically(List.of("DROP TABLE pins"), false);
            JsonNode removed = ok("DELETE", "/api/rows?table=notes", v("notes", "{\"rowid\": \"20\"}"));
            assertEquals("[{\"table\":\"notes\",\"rows\":1},{\"table\":\"tags\",\"rows\":0}]", removed.get("counts").toString(), "the cascade ran");
        }
    }

    @Test
    void aDeleteFirstShowsWhatItsCascadeTakesThenRunsAsOneStatement() throws Exception {
        ok("GET", "/api/tables", null);   // as the page does first
        JsonNode preview = ok("GET", "/api/delete-preview?table=teams&rowid=1", null);
        Map<String, String> effects = new java.util.TreeMap<>();
        preview.get("effects").forEach(e -> effects.put(e.get("kind").asText() + " " + e.get("table").asText(), e.get("count").asText()));
        assertEquals(Map.of("deleted teams", "1", "deleted players", "2", "deleted goals", "3", "nulled fans", "2"), effects);
        assertFalse(preview.get("blocked").asBoolean());
        assertEquals(4, preview.get("dbCalls").asLong(), "schema_version twice, the row, the counts: the schema is not read again (it was,"
                + " whole, for every preview: 8 calls here, 190-430 ms on the demo's 39 tables); a table made since is seen by its schema_version"
                + " (below)");
        assertEquals("[\"DELETE FROM \\\"teams\\\" WHERE rowid = 1 AND \\\"id\\\" IS 1 AND \\\"name\\\" IS 'owls' AND \\\"score\\\" IS 1.5"
                + " AND \\\"logo\\\" IS X'00FF10' RETURNING 1 AS \\\"written\\\"\"]", preview.get("sql").toString());
        // The preview changed nothing.
        assertEquals(9, count("SELECT (SELECT count(*) FROM teams) + (SELECT count(*) FROM players) + (SELECT count(*) FROM goals)"));
        JsonNode done = ok("DELETE", "/api/rows?table=teams", v("teams", "{\"rowid\": \"1\"}"));
        assertEquals(preview.get("sql"), done.get("sql"));
        assertEquals(List.of(1L, 1L, 1L, 2L), List.of(count("SELECT count(*) FROM teams"), count("SELECT count(*) FROM players"),
                count("SELECT count(*) FROM goals"), count("SELECT count(*) FROM fans WHERE team_id IS NULL")));
        db.runAtomically(List.of("CREATE TABLE audits (id integer PRIMARY KEY, team_id integer REFERENCES teams(id))", "INSERT INTO audits VALUES (1, 2)"), false);
        JsonNode blocked = ok("GET", "/api/delete-preview?table=teams&rowid=2", null);
        assertTrue(blocked.get("blocked").asBoolean());
        assertEquals(400, page("DELETE", "/api/rows?table=teams", v("teams", "{\"rowid\": \"2\"}")).statusCode());
        assertEquals(1, count("SELECT count(*) FROM teams"));
    }

    /**
     * A schema without foreign keys often cascades by trigger (AFTER DELETE ON orders: DELETE FROM order_items ...). The preview
     * counted what foreign keys take, said "orders: 1 deleted", and the delete took the order's three items with it unannounced.
     * It now names the tables the triggers it fires may change, its cascade's too, which it cannot count.
     */
    @Test
    void aDeletePreviewNamesTheTablesItsTriggersMayChange() throws Exception {
        db.runAtomically(List.of("CREATE TABLE orders (id integer PRIMARY KEY, customer text)",
                "CREATE TABLE order_items (id integer PRIMARY KEY, order_id integer, sku text)",
                "CREATE TABLE lines (id integer PRIMARY KEY, order_id integer REFERENCES orders(id) ON DELETE CASCADE)",
                "CREATE TABLE line_log (line_id integer)",
                "CREATE TRIGGER orders_cascade AFTER DELETE ON orders BEGIN DELETE FROM order_items WHERE order_id = old.id; END",
                "CREATE TRIGGER lines_log AFTER DELETE ON lines BEGIN INSERT INTO line_log VALUES (old.id); END",
                "CREATE TRIGGER orders_touch AFTER UPDATE ON orders BEGIN UPDATE teams SET score = 0; END",
                "INSERT INTO orders VALUES (1, 'ann')", "INSERT INTO order_items (order_id, sku) VALUES (1, 'a'), (1, 'b'), (1, 'c')"), false);
        ok("GET", "/api/tables", null);
        JsonNode preview = ok("GET", "/api/delete-preview?table=orders&rowid=1", null);
        assertEquals("[\"order_items\",\"line_log\"]", preview.get("triggerTables").toString(), preview.toString());
        assertEquals("[]", ok("GET", "/api/delete-preview?table=teams&rowid=1", null).get("triggerTables").toString());
    }

    /** ON UPDATE SET DEFAULT sets the key to its default: said as such ("defaulted"), not as SET NULL's rows ("nulled"). */
    @Test
    void changingAReferencedKeySaysWhichRowsGoToNullAndWhichToTheirDefault() throws Exception {
        db.runAtomically(List.of("CREATE TABLE orgs (code text PRIMARY KEY, name text)",
                "CREATE TABLE members (id integer PRIMARY KEY, org text DEFAULT 'b' REFERENCES orgs(code) ON UPDATE SET DEFAULT)",
                "CREATE TABLE guests (id integer PRIMARY KEY, org text REFERENCES orgs(code) ON UPDATE SET NULL)",
                "INSERT INTO orgs VALUES ('a', 'A'), ('b', 'B')", "INSERT INTO members VALUES (1, 'a')", "INSERT INTO guests VALUES (1, 'a')"), false);
        HttpResponse<String> asked = page("PUT", "/api/rows?table=orgs", v("orgs", "{\"rowid\": \"1\", \"values\": {\"code\": {\"input\": \"z\"}}}"));
        assertEquals(409, asked.statusCode(), asked.body());
        assertEquals("[{\"table\":\"guests\",\"kind\":\"nulled\",\"count\":1},{\"table\":\"members\",\"kind\":\"defaulted\",\"count\":1}]",
                json.readTree(asked.body()).get("effects").toString());
    }

    @Test
    void changingAReferencedKeyFirstSaysWhichRowsItReaches() throws Exception {
        db.runAtomically(List.of("CREATE TABLE orgs (code text PRIMARY KEY, name text)",
                "CREATE TABLE members (id integer PRIMARY KEY, org text REFERENCES orgs(code) ON UPDATE CASCADE)",
                "INSERT INTO orgs VALUES ('a', 'A'), ('b', 'B')", "INSERT INTO members VALUES (1, 'a'), (2, 'a'), (3, 'b')"), false);
        String change = "{\"rowid\": \"1\", \"values\": {\"code\": {\"input\": \"z\"}}}";
        HttpResponse<String> asked = page("PUT", "/api/rows?table=orgs", v("orgs", change));
        assertEquals(409, asked.statusCode(), asked.body());
        JsonNode body = json.readTree(asked.body());
        assertTrue(body.get("needsConfirmation").asBoolean());
        assertEquals("[{\"table\":\"members\",\"kind\":\"updated\",\"count\":2}]", body.get("effects").toString());
        assertEquals(0, count("SELECT count(*) FROM orgs WHERE code = 'z'"), "nothing changed before the confirmation");
        // A change that no other row sees needs no confirmation.
        ok("PUT", "/api/rows?table=orgs", v("orgs", "{\"rowid\": \"1\", \"values\": {\"name\": {\"input\": \"AA\"}}}"));
        ok("PUT", "/api/rows?table=orgs", v("orgs", change.replace("}}}", "}}, \"confirm\": true}")));
        assertEquals(2, count("SELECT count(*) FROM members WHERE org = 'z'"));
    }

    /**
     * A key change that rows referencing it under ON UPDATE NO ACTION block was offered for confirmation ("is blocked by 3 rows"),
     * read as if it could run, and then failed "other rows still reference this row". Where no trigger it fires can change those
     * rows it is refused at once, saying why; where one may, it asks, saying it runs only if the trigger changes them.
     */
    @Test
    void changingAKeyThatRowsBlockIsRefusedAtOnceUnlessATriggerMayChangeThem() throws Exception {
        db.runAtomically(List.of("CREATE TABLE workspaces (id integer PRIMARY KEY, name text)",
                "CREATE TABLE projects (id integer PRIMARY KEY, workspace_id integer REFERENCES workspaces(id))",
                "CREATE TABLE docs (id integer PRIMARY KEY, ws integer REFERENCES workspaces(id) ON UPDATE RESTRICT)",
                "INSERT INTO workspaces VALUES (1, 'a'), (2, 'b')", "INSERT INTO projects VALUES (1, 2), (2, 2), (3, 2), (4, 1)",
                "INSERT INTO docs VALUES (1, 2)"), false);
        restart(StudioOptions.defaults());
        String raw = "{\"rowid\": \"2\", \"values\": {\"id\": {\"input\": \"998\"}}}";
        String change = v("workspaces", raw);
        String confirmed = v("workspaces", raw.replace("}}}", "}}, \"confirm\": true}"));
        HttpResponse<String> asked = page("PUT", "/api/rows?table=workspaces", change);
        assertEquals(409, asked.statusCode(), asked.body());
        JsonNode body = json.readTree(asked.body());
        assertFalse(body.path("needsConfirmation").asBoolean(), asked.body());
        assertTrue(body.get("blocked").asBoolean(), asked.body());
        assertEquals("this change cannot be saved: 1 row of \"docs\" (\"ws\", ON UPDATE RESTRICT), 3 rows of \"projects\" (\"workspace_id\","
                + " ON UPDATE NO ACTION) still reference row 2 of \"workspaces\" by the value it changes, and SQLite refuses to change a key other rows reference"
                + " under NO ACTION or RESTRICT (no trigger of \"workspaces\" changes those rows); nothing was written. Point those rows elsewhere or"
                + " delete them first, or give their foreign key ON UPDATE CASCADE", error(asked));
        // confirming anyway (a request made by hand) meets SQLite's refusal
        assertEquals(400, page("PUT", "/api/rows?table=workspaces", confirmed).statusCode());
        assertEquals(1, count("SELECT count(*) FROM workspaces WHERE id = 2"));
        // a trigger that moves the projects along: the change may run, and asks, saying on what it depends
        db.runAtomically(List.of("DELETE FROM docs", "CREATE TRIGGER ws_moves AFTER UPDATE OF id ON workspaces BEGIN"
                + " UPDATE projects SET workspace_id = new.id WHERE workspace_id = old.id; END"), false);
        asked = page("PUT", "/api/rows?table=workspaces", change);
        assertEquals(409, asked.statusCode(), asked.body());
        body = json.readTree(asked.body());
        assertTrue(body.get("needsConfirmation").asBoolean(), asked.body());
        assertEquals("SQLite refuses this change while 3 rows of \"projects\" (\"workspace_id\", ON UPDATE NO ACTION) still reference the old value: it"
                + " runs only if a trigger it fires changes those rows first (otherwise nothing is written)", body.get("reason").asText());
        ok("PUT", "/api/rows?table=workspaces", v("workspaces", raw.replace("}}}", "}}, \"confirm\": true}")));
        assertEquals(3, count("SELECT count(*) FROM projects WHERE workspace_id = 998"));
    }

    @Test
    void theConsoleIsReadOnlyUnlessWriteIsOnAndThenRunsOneTransaction() throws Exception {
        JsonNode r = ok("POST", "/api/sql", "{\"sql\": \"SELECT name, score FROM teams ORDER BY id;\"}");
        assertEquals("rows", r.get("kind").asText());
        assertEquals("[\"name\",\"score\"]", r.get("columns").toString());
        assertEquals("{\"t\":\"s\",\"v\":\"owls\"}", r.get("rows").get(0).get(0).toString());
        JsonNode cases = ok("POST", "/api/sql", "{\"sql\": \"SELECT CASE WHEN score IS NULL THEN 'none' END AS c, replace(name, 'o', '0') AS r,"
                + " \\\"delete\\\" FROM (SELECT *, 1 AS \\\"delete\\\" FROM teams) ORDER BY id\"}");
        assertEquals("[[null,{\"t\":\"s\",\"v\":\"0wls\"},{\"t\":\"i\",\"v\":\"1\"}],[{\"t\":\"s\",\"v\":\"none\"},{\"t\":\"s\",\"v\":\"larks\"},"
                + "{\"t\":\"i\",\"v\":\"1\"}]]", cases.get("rows").toString());
        for (String sql : List.of("DELETE FROM fans", "WITH x AS (SELECT 1) REPLACE INTO fans VALUES (1000, 2)", "EXPLAIN DELETE FROM fans", "WITH x AS (SELECT 1) DELETE FROM fans", "SELECT 1; DELETE FROM fans",
                "PRAGMA foreign_keys=OFF", "SELECT * FROM fans; SELECT 1", "/* SELECT */ UPDATE fans SET team_id = NULL")) {
            HttpResponse<String> refused = page("POST", "/api/sql", json.createObjectNode().put("sql", sql).toString());
            assertEquals(403, refused.statusCode(), sql + ": " + refused.body());
        }
        assertEquals(3, count("SELECT count(*) FROM fans"));
        assertEquals(3, count("SELECT count(*) FROM fans WHERE team_id IS NOT NULL"));

        restart(StudioOptions.defaults().withWrite(true));
        // a trial: "ran 1 statement(s)" for PRAGMA foreign_keys=OFF, which SQLite ignores inside the script's transaction
        HttpResponse<String> fkOff = page("POST", "/api/sql", "{\"sql\": \"PRAGMA foreign_keys=OFF\"}");
        assertEquals(403, fkOff.statusCode(), fkOff.body());
        assertEquals("PRAGMA foreign_keys is not offered in the console: it runs every script in one transaction of its own, where SQLite takes"
                + " PRAGMA foreign_keys and changes nothing (foreign keys stay on; PRAGMA defer_foreign_keys = ON, which works there, checks them at"
                + " the end of the script instead); nothing was run", error(fkOff));
        // however the name is written (a review got past the first version with these)
        for (String sql : List.of("PRAGMA \\\"foreign_keys\\\" = OFF", "PRAGMA [foreign_keys]=OFF", "PRAGMA 'foreign_keys'=OFF", "PRAGMA temp.foreign_keys = OFF",
                "pragma main.FOREIGN_KEYS(0)")) {
            HttpResponse<String> refused = page("POST", "/api/sql", "{\"sql\": \"" + sql + "\"}");
            assertEquals(403, refused.statusCode(), sql + ": " + refused.body());
        }
        // A PRAGMA of the connection stayed set on the studio's after the script: the grid then stored what a CHECK refuses, and
        // locking_mode = EXCLUSIVE locked the file against the application until the studio stopped
        HttpResponse<String> noChecks = page("POST", "/api/sql", "{\"sql\": \"PRAGMA ignore_check_constraints = ON\"}");
        assertEquals(403, noChecks.statusCode(), noChecks.body());
        assertEquals("PRAGMA ignore_check_constraints is not offered in the console: it would stay set on the studio's own connection after the"
                + " script, for every later edit from the grid and the console (ignore_check_constraints: CHECK constraints skipped; locking_mode ="
                + " EXCLUSIVE: the file locked against your application until the studio stops); nothing was run. Set it in the connection that"
                + " needs it (the sqlite3 shell on the file)", error(noChecks));
        for (String sql : List.of("PRAGMA locking_mode = EXCLUSIVE", "pragma main.LOCKING_MODE(exclusive)", "PRAGMA query_only = 1", "PRAGMA [writable_schema] = ON", "PRAGMA journal_mode = OFF",
                "UPDATE fans SET team_id = team_id; PRAGMA recursive_triggers = ON")) {
            HttpResponse<String> refused = page("POST", "/api/sql", "{\"sql\": \"" + sql + "\"}");
            assertEquals(403, refused.statusCode(), sql + ": " + refused.body());
        }
        assertEquals(0L, db.query("PRAGMA ignore_check_constraints").get(0).get("ignore_check_constraints"));
        assertEquals("normal", db.query("PRAGMA locking_mode").get(0).get("locking_mode"));
        // what is the file's, or ends with the script's transaction, still runs
        ok("POST", "/api/sql", "{\"sql\": \"PRAGMA user_version = 7; PRAGMA defer_foreign_keys = ON\"}");
        assertEquals(7L, ((Number) db.query("PRAGMA user_version").get(0).get("user_version")).longValue());
        // A temp table named like one of the file's, or a temp trigger on one, stayed on the studio's connection and took the grid's
        // writes: Add row said "inserted a row into "fans"" and put it in the temp table
        JsonNode shadow = ok("POST", "/api/sql", "{\"sql\": \"CREATE TEMP TABLE fans (id integer PRIMARY KEY, team_id integer);"
                + " CREATE TEMP TRIGGER fans_seen AFTER UPDATE ON main.teams BEGIN SELECT 1; END; CREATE TEMP TABLE scratch (x)\"}");
        assertTrue(shadow.get("ok").asText().contains("the temp table \"fans\", temp trigger \"fans_seen\" it made were dropped after it"), shadow.toString());
        assertEquals(0, count("SELECT count(*) FROM temp.sqlite_schema WHERE name IN ('fans', 'fans_seen')"));
        assertEquals(1, count("SELECT count(*) FROM temp.sqlite_schema WHERE name = 'scratch'"), "a temp table of its own name stays");
        ok("POST", "/api/rows?table=fans", "{\"values\": {\"id\": 2000, \"team_id\": 1}}");
        assertEquals(1, count("SELECT count(*) FROM main.fans WHERE id = 2000"));
        ok("POST", "/api/sql", "{\"sql\": \"DELETE FROM fans WHERE id = 2000; DROP TABLE temp.scratch\"}");
        HttpResponse<String> failed = page("POST", "/api/sql", "{\"sql\": \"DELETE FROM fans WHERE id = 1000; INSERT INTO nope VALUES (1)\"}");
        assertEquals(400, failed.statusCode());
        assertEquals(3, count("SELECT count(*) FROM fans"), "the failed run changed nothing");
        JsonNode changed = ok("POST", "/api/sql", "{\"sql\": \"DELETE FROM fans WHERE id >= 1001; UPDATE teams SET score = 2 WHERE id = 1\"}");
        assertEquals(3, changed.get("rowsChanged").asLong());
        assertEquals("[{\"table\":\"fans\",\"change\":\"rows\",\"before\":3,\"rows\":1}]", changed.get("tables").toString());
        assertEquals(7, changed.get("dbCalls").asLong(), "rows alone: the schema is not introspected again after them (it was: 11 calls)"
                + " where its schema_version says it did not change");
        assertEquals(1, count("SELECT count(*) FROM fans"));
        // Rows alone: the page takes the counts above and does not read the table list again; a change of schema it does.
        assertFalse(changed.get("schemaChanged").asBoolean());
        assertTrue(ok("POST", "/api/sql", "{\"sql\": \"CREATE INDEX fans_team ON fans (team_id)\"}").get("schemaChanged").asBoolean());
        assertTrue(ok("POST", "/api/sql", "{\"sql\": \"CREATE VIRTUAL TABLE notes USING fts5(body)\"}").get("schemaChanged").asBoolean());
        assertFalse(ok("POST", "/api/sql", "{\"sql\": \"INSERT INTO notes VALUES ('x')\"}").get("schemaChanged").asBoolean());
    }

    /**
     * Over D1 the console counted the tables before a script from the schema read again (four API calls); it now counts from the
     * schema as last read, and where a migration dropped a table meanwhile (the count fails) reads it again and says the schema
     * changed, so the page reads its list again too.
     */
    @Test
    void overD1TheConsoleCountsFromTheSchemaAsLastReadAndReadsItAgainWhenItIsStale() throws Exception {
        try (D1 d1 = d1("CREATE TABLE a (id integer PRIMARY KEY)", "CREATE TABLE b (id integer PRIMARY KEY)", "INSERT INTO a VALUES (1), (2)",
                "CREATE TABLE c (a_id integer REFERENCES a(id) ON DELETE CASCADE)", "CREATE TABLE d (id integer PRIMARY KEY)",
                "CREATE TRIGGER c_gone AFTER DELETE ON c BEGIN INSERT INTO d (id) VALUES (NULL); END", "INSERT INTO c VALUES (1)")) {
            studioOverD1(d1.db(), true);
            ok("GET", "/api/tables", null);
            int requests = d1.standIn().requestCount();
            JsonNode first = ok("POST", "/api/sql", "{\"sql\": \"DELETE FROM a WHERE id = 1\"}");
            assertEquals("[{\"table\":\"a\",\"change\":\"rows\",\"before\":2,\"rows\":1},{\"table\":\"c\",\"change\":\"rows\",\"before\":1,\"rows\":0},"
                    + "{\"table\":\"d\",\"change\":\"rows\",\"before\":0,\"rows\":1}]", first.get("tables").toString());
            assertFalse(first.get("schemaChanged").asBoolean());
            assertEquals(4, first.get("dbCalls").asLong(), "the triggers, the counts before, the statement and the counts after: a DELETE"
                    + " cannot change the schema, which is not read again (it was, four calls more)");
            // Only what the script names and reaches (its cascade to c, c's trigger to d) is counted: it counted every table twice,
            // on D1 two reads of every row of the database for one DELETE
            List<String> sent = d1.standIn().requestLog().subList(requests, d1.standIn().requestCount());
            assertEquals(List.of(), sent.stream().filter(body -> body.contains("FROM \\\"b\\\"")).toList(), "b is not counted");
            d1.db().runAtomically(List.of("DROP TABLE c"), false);   // another tool, meanwhile: c's count fails, the schema is read again
            JsonNode second = ok("POST", "/api/sql", "{\"sql\": \"DELETE FROM a\"}");
            assertEquals("[{\"table\":\"a\",\"change\":\"rows\",\"before\":1,\"rows\":0}]", second.get("tables").toString());
            assertTrue(second.get("schemaChanged").asBoolean(), "the page's list still has c");
            // a statement that may change the schema has it read again (four calls), and the page its list
            JsonNode made = ok("POST", "/api/sql", "{\"sql\": \"/* new */ CREATE TABLE e (id integer PRIMARY KEY); INSERT INTO e VALUES (1)\"}");
            assertTrue(made.get("schemaChanged").asBoolean());
            assertEquals("[{\"table\":\"e\",\"change\":\"created\",\"rows\":1}]", made.get("tables").toString());
            JsonNode rows = ok("POST", "/api/sql", "{\"sql\": \"WITH n AS (SELECT 2) INSERT INTO e SELECT * FROM n; UPDATE e SET id = id + 10\"}");
            assertFalse(rows.get("schemaChanged").asBoolean());
            assertEquals("[{\"table\":\"e\",\"change\":\"rows\",\"before\":1,\"rows\":2}]", rows.get("tables").toString());
            assertEquals(4, rows.get("dbCalls").asLong(), "the triggers, the count before, the script and the count after");
        }
    }

    @Test
    void aViewAndAQueryExportAsCsvAndJson() throws Exception {
        HttpResponse<String> csv = page("GET", "/api/export?table=teams&sort=id&dir=desc&format=csv&download=1", null);
        assertEquals(200, csv.statusCode());
        assertEquals("id,name,score,logo\r\n2,larks,,\r\n1,owls,1.5,x'00ff10'\r\n", csv.body());
        assertEquals("attachment; filename=\"teams.csv\"", csv.headers().firstValue("Content-Disposition").orElse(null));
        HttpResponse<String> js = page("GET", "/api/export?table=players&format=json&where=" + enc("[[\"team_id\",\"eq\",\"2\"]]"), null);
        assertEquals("[{\"id\":12,\"team_id\":2,\"name\":\"cy\"}]", json.readTree(js.body()).toString());
        HttpResponse<String> q = page("GET", "/api/sql/export?format=csv&sql=" + enc("SELECT 'a,\"b' AS x, 9007199254740993 AS y"), null);
        assertEquals("x,y\r\n\"a,\"\"b\",9007199254740993\r\n", q.body());
        assertEquals(400, page("GET", "/api/sql/export?format=csv&sql=" + enc("DELETE FROM fans"), null).statusCode());
        assertEquals(3, count("SELECT count(*) FROM fans"));
    }

    /**
     * A console query past Chromium's longest URL cannot travel in its export link: the page sends it first, the studio holds
     * it (refusing one that cannot be exported there, in the console), and the link names it by its SHA-256.
     */
    @Test
    void aLongQueryIsHeldForItsExportByDigest() throws Exception {
        String sql = "SELECT name FROM teams ORDER BY id -- " + "y".repeat(3_000_000);
        String held = ok("POST", "/api/sql/export", json.createObjectNode().put("sql", sql).toString()).get("held").asText();
        assertEquals(64, held.length());
        assertEquals("name\r\nowls\r\nlarks\r\n", page("GET", "/api/sql/export?format=csv&held=" + held, null).body());
        HttpResponse<String> refused = page("POST", "/api/sql/export", json.createObjectNode().put("sql", "DELETE FROM fans").toString());
        assertEquals(400, refused.statusCode());
        assertEquals("only one read query (SELECT, WITH, VALUES, or a PRAGMA that asks) can be exported",
                json.readTree(refused.body()).get("error").asText());
        for (int i = 0; i < HeldQueries.KEPT; i++) ok("POST", "/api/sql/export", json.createObjectNode().put("sql", "SELECT " + i).toString());
        HttpResponse<String> gone = page("GET", "/api/sql/export?format=csv&held=" + held, null);
        assertEquals(404, gone.statusCode());
        assertEquals("the studio no longer holds this export's query (it keeps the last 4 long queries sent for export, and a restart"
                + " forgets them): click Export again in the console", json.readTree(gone.body()).get("error").asText());
        assertEquals(3, count("SELECT count(*) FROM fans"));
    }

    /** An export is streamed (chunked): its row count and whether the cap cut it come after the rows, as trailers. */
    @Test
    void anExportIsStreamedInChunksWithItsRowCountInTrailers() throws Exception {
        String answer = raw("GET " + at("/api/export?table=teams&sort=id&dir=desc&format=csv") + " HTTP/1.1\r\nHost: 127.0.0.1:" + studio.uri().getPort()
                + "\r\n\r\n");
        String head = answer.substring(0, answer.indexOf("\r\n\r\n") + 4);
        String body = answer.substring(head.length());
        assertTrue(head.startsWith("HTTP/1.1 200 OK\r\n"), head);
        assertTrue(head.contains("\r\nTransfer-Encoding: chunked\r\n"), head);
        assertTrue(head.contains("\r\nTrailer: X-Godwit-Rows, X-Godwit-Truncated\r\n"), head);
        assertTrue(head.contains("\r\nX-Godwit-Row-Cap: 1000000\r\n"), head);
        assertFalse(head.contains("Content-Length"), head);
        String csv = "id,name,score,logo\r\n2,larks,,\r\n1,owls,1.5,x'00ff10'\r\n";
        assertEquals(Integer.toHexString(csv.length()) + "\r\n" + csv + "\r\n0\r\nX-Godwit-Rows: 2\r\nX-Godwit-Truncated: false\r\n\r\n", body);
        String json = raw("GET " + at("/api/sql/export?format=json&sql=" + enc("SELECT name FROM teams WHERE id = 1")) + " HTTP/1.1\r\nHost: 127.0.0.1:"
                + studio.uri().getPort() + "\r\n\r\n");
        assertTrue(json.endsWith("\r\n0\r\nX-Godwit-Rows: 1\r\nX-Godwit-Truncated: false\r\n\r\n"), json);
    }

    /**
     * A failure after the first rows went out cuts the transfer (no last chunk): the client sees a broken download, not a
     * shorter file. One before any row went out is answered as usual, with the reason. The cut one says why on db:studio's
     * console (what, how many rows, the database's words; the studio printed nothing) and at the end of the file, in a last
     * word that leaves it invalid: a CSV cut at a line's end, or within a last field ({@code 7,ali}), looked whole.
     */
    @Test
    void anExportThatFailsMidwayIsCutAndOneThatFailsAtOnceSaysWhy() throws Exception {
        List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        restart(StudioOptions.defaults().withHiddenTables(Set.of("__drizzle_migrations")).withLog(new dev.godwit.engine.EngineLog() {
            @Override
            public void info(String message) {
                logged.add("INFO " + message);
            }

            @Override
            public void warn(String message) {
                logged.add("WARN " + message);
            }
        }));
        String token = token();
        // A virtual generated column added after the rows is computed on read: abs() of the smallest integer overflows at row 4,000 of 6,000.
        db.runAtomically(List.of("CREATE TABLE big (id integer PRIMARY KEY, x integer, pad text)",
                "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 6000)"
                        + " INSERT INTO big (id, x, pad) SELECT i, CASE WHEN i = 4000 THEN -9223372036854775808 ELSE i END, printf('%040d', i) FROM s",
                "ALTER TABLE big ADD COLUMN y integer GENERATED ALWAYS AS (abs(x)) VIRTUAL"), false);
        String query = "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 6000)"
                + " SELECT i, printf('%040d', i) AS pad, abs(CASE WHEN i = 4000 THEN -9223372036854775808 ELSE i END) AS y FROM s";
        for (String path : List.of("/api/export?table=big&format=csv", "/api/export?table=big&format=json")) {
            HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(studio.uri().resolve(at(path))).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, r.statusCode(), path);
            long got = 0;
            boolean broken = false;
            try (InputStream in = r.body()) {
                byte[] buf = new byte[8192];
                for (int k; (k = in.read(buf)) >= 0; ) got += k;
            } catch (java.io.IOException e) {
                broken = true;
            }
            assertTrue(broken, path + ": the transfer ended as if complete after " + got + " bytes");
            assertTrue(got >= 64 * 1024, path + ": " + got);
            // the same over a socket: the chunks that came, with no last chunk, and the file they make ends saying why
            String answer = raw("GET " + at(path) + " HTTP/1.1\r\nHost: 127.0.0.1:" + studio.uri().getPort() + "\r\n\r\n");
            StringBuilder file = new StringBuilder();
            int at = answer.indexOf("\r\n\r\n") + 4;
            while (true) {
                int eol = answer.indexOf("\r\n", at);
                int size = Integer.parseInt(answer.substring(at, eol), 16);
                assertTrue(size > 0, path + ": a last chunk");
                file.append(answer, eol + 2, eol + 2 + size);
                at = eol + 2 + size + 2;
                if (at >= answer.length()) break;
            }
            String f = file.toString();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("The export failed after (\\d+) rows, so this file is incomplete: integer overflow").matcher(f);
            assertTrue(m.find(), path + ": " + f.substring(Math.max(0, f.length() - 300)));
            long rows = Long.parseLong(m.group(1));
            if (path.contains("format=csv")) {
                assertTrue(f.endsWith("\r\n\"" + m.group() + "\r\n"), path);   // a quoted field that never closes
                assertEquals(rows + 2, f.split("\r\n").length, path + ": the header, every row written, the last word");
            } else {
                assertTrue(f.endsWith("\"godwit_export_failed\" : \"" + m.group() + "\""), f.substring(f.length() - 200));
                assertEquals(rows, f.split("\"id\" : ").length - 1, path + ": every row written");
                assertThrows(java.io.IOException.class, () -> json.readTree(f), "JSON left open");
            }
            String what = path.startsWith("/api/sql") ? "CSV export of the console's query WITH RECURSIVE s(i) AS" : (path.contains("csv") ? "CSV" : "JSON") + " export of \"big\"";
            String said = logged.get(logged.size() - 1);
            assertTrue(said.startsWith("WARN Studio: the " + what), said);
            assertTrue(said.contains(" failed after " + rows + " rows had gone out, so the download is cut (its file ends with a line saying so): integer overflow"), said);
            assertFalse(said.contains(token), said);
        }
        assertEquals(4, logged.size(), logged.toString());   // each export once, over HTTP and the socket
        // A query export reads its rows to the end before the download starts (it held the file's read lock while the browser took
        // them): one that fails at row 4,000 is answered with the reason, nothing of it sent.
        HttpResponse<String> midway = page("GET", "/api/sql/export?format=csv&sql=" + enc(query), null);
        assertEquals(400, midway.statusCode(), midway.body());
        assertEquals("integer overflow", error(midway));
        HttpResponse<String> early = page("GET", "/api/sql/export?format=csv&sql=" + enc("SELECT abs(-9223372036854775808) AS y"), null);
        assertEquals(400, early.statusCode(), early.body());
        assertEquals("integer overflow", error(early));
        assertEquals("application/json; charset=utf-8", early.headers().firstValue("Content-Type").orElse(null));
        assertEquals(StudioServer.CSP, early.headers().firstValue("Content-Security-Policy").orElse(null));
        // The studio still answers.
        assertEquals(200, page("GET", "/api/tables", null).statusCode());
    }

    /**
     * A download the browser stops says so on db:studio's console: closed (cancelled in the browser) as an INFO line, and to the
     * page, which watches it, as cancelled (it said "failed": "the browser closed the connection or took nothing for 10 s").
     */
    @Test
    void anExportTheClientStopsReadingSaysSoOnTheConsole() throws Exception {
        List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        restart(StudioOptions.defaults().withLog(new dev.godwit.engine.EngineLog() {
            @Override
            public void info(String message) {
                logged.add("INFO " + message);
            }

            @Override
            public void warn(String message) {
                logged.add("WARN " + message);
            }
        }));
        db.runAtomically(List.of("CREATE TABLE many (id integer PRIMARY KEY, pad text)",
                "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 200000) INSERT INTO many SELECT i, printf('%0100d', i) FROM s"), false);
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", studio.uri().getPort())) {
            s.getOutputStream().write(("GET " + at("/api/export?table=many&format=csv&watch=e1") + " HTTP/1.1\r\nHost: 127.0.0.1:" + studio.uri().getPort()
                    + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            s.getInputStream().readNBytes(200_000);
            s.setSoLinger(true, 0);   // gone, as a cancelled download
        }
        for (int i = 0; i < 100 && logged.isEmpty(); i++) Thread.sleep(100);
        assertEquals(1, logged.size(), logged.toString());
        assertTrue(logged.get(0).matches("INFO Studio: the CSV export of \"many\" was cancelled after \\d+ rows: the browser closed the connection"),
                logged.get(0));
        assertEquals("{\"state\":\"cancelled\"}", ok("GET", "/api/download?watch=e1", null).toString());
    }

    /**
     * Text stored as bytes that are not UTF-8 (another tool's Latin-1, CAST(X'FF' AS TEXT)) reads as U+FFFD, which the stored
     * bytes never equal: an edit of another cell of its row, or its delete, matched nothing and said the row "changed since the
     * page loaded it (by someone else?): reload the page" at every try. It now says what it is, and that nothing was written.
     */
    @Test
    void aRowHoldingTextThatIsNotUtf8SaysSoInsteadOfChangedSince() throws Exception {
        db.runAtomically(List.of("CREATE TABLE legacy (id integer PRIMARY KEY, name text, n integer)",
                "INSERT INTO legacy VALUES (1, CAST(X'43616665E9' AS TEXT), 1), (2, 'ok', 2)"), false);
        HttpResponse<String> edit = page("PUT", "/api/rows?table=legacy", shown("legacy", "1", "{\"values\": {\"n\": {\"input\": \"5\"}}}"));
        assertEquals(409, edit.statusCode(), edit.body());
        assertEquals("row 1 of \"legacy\" is as the page showed it, but the studio cannot match its stored values exactly (\"name\" holds text that is"
                + " not valid UTF-8, shown as \uFFFD): nothing was written. Change it in the SQL console (… WHERE rowid = 1)", error(edit));
        HttpResponse<String> del = page("DELETE", "/api/rows?table=legacy", shown("legacy", "1", "{}"));
        assertEquals(409, del.statusCode(), del.body());
        assertTrue(error(del).contains("not valid UTF-8"), del.body());
        assertEquals(List.of(Map.of("n", 1L), Map.of("n", 2L)), db.query("SELECT n FROM legacy ORDER BY id"));
        // A row someone did change is still said to have changed
        String stale = shown("legacy", "2", "{\"values\": {\"n\": {\"input\": \"5\"}}}");
        db.runAtomically(List.of("UPDATE legacy SET n = 3 WHERE id = 2"), false);
        HttpResponse<String> refused = page("PUT", "/api/rows?table=legacy", stale);
        assertEquals(409, refused.statusCode(), refused.body());
        assertEquals("row 2 of \"legacy\" changed since the page loaded it (by someone else?): \"n\" is now 3 (the page showed 2). Reload the page;"
                + " nothing was written", error(refused));
        // A trigger that skips the row: nobody changed it, and reloading does not help either
        db.runAtomically(List.of("CREATE TRIGGER frozen BEFORE UPDATE ON legacy WHEN old.id = 2 BEGIN SELECT RAISE(IGNORE); END"), false);
        HttpResponse<String> skipped = page("PUT", "/api/rows?table=legacy", shown("legacy", "2", "{\"values\": {\"n\": {\"input\": \"5\"}}}"));
        assertEquals(409, skipped.statusCode(), skipped.body());
        assertEquals("row 2 of \"legacy\" is as the page showed it, but the write changed nothing (a key that says ON CONFLICT IGNORE meeting another row's value, or a trigger's RAISE(IGNORE)?): nothing was written",
                error(skipped));
    }

    /**
     * A table of large rows (files kept as blobs) is exported in chunks sized by its rows, not 1,000 rows at once: a 2.4 GB table
     * of 8 MB blobs, which the grid showed, failed to export ("Out of memory") under a 1 GB heap. Here 1,001 small rows, then 40
     * rows of 1 MB: no query of the export reads more than a chunk's budget and a row or two, and every row is exported once, in
     * order. (Chunks sized by the last chunk's largest row read the 1 MB rows 1,000 at once after the small ones: 50 rows of
     * 8 MB after 1,001 rows of 1 KB cut the export of the studio run with -Xmx256m.)
     */
    @Test
    void anExportOfLargeRowsReadsThemInChunksItsMemoryHolds() throws Exception {
        db.runAtomically(List.of("CREATE TABLE files (id integer PRIMARY KEY, name text, data blob)",
                "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 1001)"
                        + " INSERT INTO files (id, name, data) SELECT i, 's' || i, x'00' FROM s",
                "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 40)"
                        + " INSERT INTO files (id, name, data) SELECT 1001 + i, 'f' || i, zeroblob(1048576) FROM s"), false);
        long[] largest = {0};
        Database measured = new Database() {
            @Override
            public String describe() {
                return db.describe();
            }

            @Override
            public dev.godwit.engine.db.Capabilities capabilities() {
                return db.capabilities();
            }

            @Override
            public List<Map<String, Object>> query(String sql, Object... params) {
                List<Map<String, Object>> rows = db.query(sql, params);
                long bytes = 0;
                for (Map<String, Object> r : rows) for (Object v : r.values()) if (v instanceof byte[] b) bytes += b.length;
                largest[0] = Math.max(largest[0], bytes);
                return rows;
            }

            @Override
            public void queryEach(String sql, List<Object> params, java.util.function.Consumer<Map<String, Object>> each) {
                long[] bytes = {0};
                db.queryEach(sql, params, r -> {
                    for (Object v : r.values()) if (v instanceof byte[] b) bytes[0] += b.length;
                    largest[0] = Math.max(largest[0], bytes[0]);
                    each.accept(r);
                });
            }

            @Override
            public void runAtomically(List<String> statements, boolean foreignKeysOff) {
                db.runAtomically(statements, foreignKeysOff);
            }

            @Override
            public void close() {
            }
        };
        studio.close();
        studio = StudioServer.start(measured, StudioOptions.defaults(), 0);
        openPage();
        HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(studio.uri().resolve(at("/api/export?table=files&format=csv"))).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, r.statusCode());
        List<String> names = new ArrayList<>();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) names.add(line.split(",", 3)[1]);
        }
        List<String> expected = new ArrayList<>(List.of("name"));
        for (int i = 1; i <= 1001; i++) expected.add("s" + i);
        for (int i = 1; i <= 40; i++) expected.add("f" + i);
        assertEquals(expected, names);
        assertTrue(largest[0] <= ExportRows.EXPORT_CHUNK_BYTES + 2 * 1048576, "one query of the export read " + largest[0] + " bytes of blobs");
    }

    /** A query export streams from one cursor under the studio's lock: a client that stops reading is cut, and the studio answers again. */
    @Test
    void aClientThatStopsReadingAnExportIsCutAndDoesNotHoldTheStudio() throws Exception {
        restart(StudioOptions.defaults().withRequestTimeout(Duration.ofSeconds(1)));
        String query = "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 10000) SELECT i, hex(randomblob(500)) AS pad FROM s";
        try (Socket stalled = new Socket()) {
            stalled.setReceiveBufferSize(4096);
            stalled.connect(new java.net.InetSocketAddress("127.0.0.1", studio.uri().getPort()));
            stalled.getOutputStream().write(("GET " + at("/api/sql/export?format=csv&sql=" + enc(query)) + " HTTP/1.1\r\nHost: 127.0.0.1:" + studio.uri().getPort()
                    + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            Thread.sleep(500);   // the export fills the socket's buffers and waits on this client
            HttpResponse<String> tables = http.sendAsync(HttpRequest.newBuilder(studio.uri().resolve(at("/api/tables"))).build(),
                    HttpResponse.BodyHandlers.ofString()).get(5, java.util.concurrent.TimeUnit.SECONDS);   // a TimeoutException: held by the stalled one
            assertEquals(200, tables.statusCode());
            // the query's rows are read to the end first (10 MB, slower under load), then sent: once the first bytes arrive, this
            // client stalls past the 1 s deadline (the table list, read on a connection of its own, no longer waits for it)
            firstBytes(stalled, "the export never began sending");
            Thread.sleep(3000);
            stalled.setSoTimeout(5000);
            long got = 0;
            boolean broken = false;
            try (InputStream in = stalled.getInputStream()) {
                byte[] buf = new byte[65536];
                for (int k; (k = in.read(buf)) >= 0; ) got += k;
            } catch (java.io.IOException e) {
                broken = true;
            }
            assertTrue(broken || got < 10000L * 1000, "the stalled download was not cut: " + got + " bytes");
        }
    }

    /**
     * A query export, or a view's, is one statement on a local file: it read while the browser took its rows, so a slow or paused
     * download held the file's read lock, and the application's writes failed "database is locked" (rollback journal, SQLite's
     * default) until it ended. Its rows are read to the end first, then sent.
     */
    @Test
    void aSlowExportDownloadDoesNotHoldTheFilesLockAgainstTheApplication() throws Exception {
        db.runAtomically(List.of("CREATE TABLE big (id integer PRIMARY KEY, pad text)",
                "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 20000) INSERT INTO big SELECT i, hex(randomblob(250)) FROM s",
                "CREATE VIEW big_view AS SELECT id, pad FROM big"), false);
        assertEquals("delete", String.valueOf(db.query("PRAGMA journal_mode").get(0).get("journal_mode")).toLowerCase(java.util.Locale.ROOT));
        int team = 0;
        for (String path : List.of("/api/sql/export?format=csv&sql=" + enc("SELECT * FROM big"), "/api/export?table=big_view&format=json")) {
            try (Socket slow = new Socket()) {
                slow.setReceiveBufferSize(4096);
                slow.connect(new java.net.InetSocketAddress("127.0.0.1", studio.uri().getPort()));
                slow.getOutputStream().write(("GET " + at(path) + " HTTP/1.1\r\nHost: 127.0.0.1:" + studio.uri().getPort() + "\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                firstBytes(slow);   // the download has begun, and waits on this client
                try (java.sql.Connection app = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.sqlite"))) {
                    // the copy of the rows may still be under way after the second above on a loaded machine (it holds the lock while
                    // it reads); a download holding it would wait on this client, which reads nothing before the UPDATE, for ever
                    app.createStatement().execute("PRAGMA busy_timeout = 20000");
                    assertEquals(1, app.createStatement().executeUpdate("UPDATE fans SET team_id = " + (++team) + " WHERE id = 1000"), path);
                }
                slow.setSoTimeout(5000);
                String answer = new String(slow.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
                assertTrue(answer.contains("X-Godwit-Rows: 20000"), path + ": the download is whole: " + answer.substring(Math.max(0, answer.length() - 200)));
            }
        }
    }

    /**
     * Waits until the answer's first bytes reach {@code client} (which reads nothing): the download has begun. A fixed second was
     * mostly idle, and on a loaded machine could end before the rows were read.
     */
    private static void firstBytes(Socket client) throws Exception {
        firstBytes(client, "the download never began");
    }

    /** Waits up to 60 s for the first bytes of an answer on {@code client}; fails with {@code never} if none came. */
    private static void firstBytes(Socket client, String never) throws Exception {
        long start = System.nanoTime();
        while (client.getInputStream().available() == 0 && System.nanoTime() - start < 60_000_000_000L) Thread.sleep(10);
        assertTrue(client.getInputStream().available() > 0, never);
    }

    /**
     * A spooled export's file is made in the studio's own folder, as a blob download's is, which the studio deletes when it stops:
     * it was made in java.io.tmpdir with deleteOnExit, whose path the JVM keeps until it exits, one more an export.
     */
    @Test
    void aSpooledExportIsCopiedInTheStudiosOwnFolder(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        db.runAtomically(List.of("CREATE TABLE big (id integer PRIMARY KEY, pad text)",
                "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 20000) INSERT INTO big SELECT i, hex(randomblob(250)) FROM s"), false);
        java.util.function.Supplier<Path> was = StudioServer.downloadsFolder;
        StudioServer.downloadsFolder = () -> tmp;
        try (Socket slow = new Socket()) {
            slow.setReceiveBufferSize(4096);
            slow.connect(new java.net.InetSocketAddress("127.0.0.1", studio.uri().getPort()));
            slow.getOutputStream().write(("GET " + at("/api/sql/export?format=csv&sql=" + enc("SELECT * FROM big")) + " HTTP/1.1\r\nHost: 127.0.0.1:"
                    + studio.uri().getPort() + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            firstBytes(slow);   // the download has begun, and waits on this client
            List<String> spooled;
            try (var files = java.nio.file.Files.walk(tmp)) {
                spooled = files.filter(java.nio.file.Files::isRegularFile).map(f -> tmp.relativize(f).toString().replaceAll("[0-9]+", "N")).toList();
            }
            assertEquals(List.of("godwit-studio-N/export-N.csv"), spooled);
            slow.setSoTimeout(5000);
            String answer = new String(slow.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(answer.contains("X-Godwit-Rows: 20000"), "the download is whole: " + answer.substring(Math.max(0, answer.length() - 200)));
        } finally {
            StudioServer.downloadsFolder = was;
        }
    }

    /** In WAL mode a reading statement keeps no writer out: a query's export streams as it reads, with no copy in java.io.tmpdir. */
    @Test
    void inWalModeAQueryExportStreamsWithoutACopyOnDisk(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        db.runAtomically(List.of("CREATE TABLE big (id integer PRIMARY KEY, pad text)",
                "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 20000) INSERT INTO big SELECT i, hex(randomblob(250)) FROM s"), false);
        assertEquals("wal", String.valueOf(db.query("PRAGMA journal_mode = WAL").get(0).get("journal_mode")).toLowerCase(java.util.Locale.ROOT));
        java.util.function.Supplier<Path> was = StudioServer.downloadsFolder;
        StudioServer.downloadsFolder = () -> tmp;   // where a copy would be made
        java.util.function.Supplier<Set<Path>> spooled = () -> {
            try (var files = java.nio.file.Files.walk(tmp)) {
                return files.filter(f -> f.getFileName().toString().startsWith("export-")).collect(java.util.stream.Collectors.toSet());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        Set<Path> before = spooled.get();
        try (Socket slow = new Socket()) {
            slow.setReceiveBufferSize(4096);
            slow.connect(new java.net.InetSocketAddress("127.0.0.1", studio.uri().getPort()));
            slow.getOutputStream().write(("GET " + at("/api/sql/export?format=csv&sql=" + enc("SELECT * FROM big")) + " HTTP/1.1\r\nHost: 127.0.0.1:"
                    + studio.uri().getPort() + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            firstBytes(slow);   // the download has begun, and waits on this client
            assertEquals(before, spooled.get(), "no copy of the rows on disk");
            try (java.sql.Connection app = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.sqlite"))) {
                app.createStatement().execute("PRAGMA busy_timeout = 2000");
                assertEquals(1, app.createStatement().executeUpdate("UPDATE fans SET team_id = 1 WHERE id = 1000"));
            }
            slow.setSoTimeout(5000);
            String answer = new String(slow.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(answer.contains("X-Godwit-Rows: 20000"), "the download is whole: " + answer.substring(Math.max(0, answer.length() - 200)));
        } finally {
            StudioServer.downloadsFolder = was;
        }
    }

    @Test
    void aQueryWithNoRowsStillNamesItsColumns() throws Exception {
        JsonNode r = ok("POST", "/api/sql", "{\"sql\": \"SELECT id, name AS who FROM teams WHERE id > 99\"}");
        assertEquals("[\"id\",\"who\"]", r.get("columns").toString());
        assertEquals(0, r.get("rows").size());
        assertEquals("id,who\r\n", page("GET", "/api/sql/export?format=csv&sql=" + enc("SELECT id, name AS who FROM teams WHERE 0"), null).body());
    }

    // ---- D1 ----

    @Test
    void overD1TheStudioIsReadOnlyByDefaultAndCountsItsApiCalls() throws Exception {
        Path file = dir.resolve("d1.sqlite");
        try (SqliteDatabase seed = SqliteDatabase.open(file)) {
            seed.runAtomically(List.of("CREATE TABLE notes (id integer PRIMARY KEY, body text)", "INSERT INTO notes VALUES (1, 'hi'), (2, 'yo')"), false);
        }
        try (D1StandIn standIn = D1StandIn.start(file, "acct", "dbid", "tok");
             Database d1 = new D1Database(new D1Settings("acct", "dbid", "tok", standIn.endpoint()))) {
            studio.close();
            studio = StudioServer.start(d1, StudioOptions.defaults(), 0);
            openPage();
            JsonNode tables = ok("GET", "/api/tables", null);
            assertTrue(tables.get("remote").asBoolean());
            assertFalse(tables.get("rowsWritable").asBoolean());
            assertEquals(4, tables.get("dbCalls").asLong(), "introspection (4), no row count: on D1 each is billed as a read of every row");
            assertEquals("{\"name\":\"notes\",\"counted\":false}", ((com.fasterxml.jackson.databind.node.ObjectNode) tables.get("tables").get(0).deepCopy()).retain("name", "rows", "counted").toString());
            JsonNode counts = ok("GET", "/api/counts", null);
            assertEquals("[{\"table\":\"notes\",\"rows\":2}]", counts.get("counts").toString());
            assertEquals(1, counts.get("dbCalls").asLong(), "all counts on request: one call");
            int before = standIn.requestCount();
            JsonNode rows = ok("GET", "/api/rows?table=notes", null);
            assertEquals(1, rows.get("dbCalls").asLong(), "a page is one API call");
            assertEquals(1, standIn.requestCount() - before);
            assertEquals(2, rows.get("rows").size());
            HttpResponse<String> del = page("DELETE", "/api/rows?table=notes", v("notes", "{\"rowid\": \"1\"}"));
            assertEquals(403, del.statusCode());
            assertTrue(del.body().contains("-Ddb.studio.write"), del.body());
            assertEquals(403, page("POST", "/api/sql", "{\"sql\": \"DELETE FROM notes\"}").statusCode());
            assertEquals(2L, d1.query("SELECT count(*) AS n FROM notes").get(0).get("n"));

            studio.close();
            studio = StudioServer.start(d1, StudioOptions.defaults().withWrite(true), 0);
            openPage();
            ok("DELETE", "/api/rows?table=notes", v("notes", "{\"rowid\": \"1\"}"));
            assertEquals(1L, d1.query("SELECT count(*) AS n FROM notes").get(0).get("n"));
        }
    }

    /**
     * An Undo was guarded by the row as the page showed it when clicked, which a page drawn again after the edit may have read with
     * someone else's change in it: the old value was written over theirs. An edit's answer now gives the values it wrote
     * ({@code wrote}); an Undo sends them back ({@code edited}) and is refused unless the row still holds them.
     */
    @Test
    void anUndoWritesOnlyOverTheValuesItsEditWrote() throws Exception {
        db.runAtomically(List.of("CREATE TABLE notes (id integer PRIMARY KEY, body text, n integer)", "INSERT INTO notes VALUES (1, 'first', 1), (2, 'second', 2)"), false);
        JsonNode edit = ok("PUT", "/api/rows?table=notes", shown("notes", "1", "{\"values\": {\"body\": {\"input\": \"mine\"}}}"));
        assertEquals("{\"body\":{\"t\":\"s\",\"v\":\"mine\"}}", edit.get("wrote").toString());
        String undo = "{\"values\": {\"body\": {\"t\": \"s\", \"v\": \"first\"}}, \"edited\": " + edit.get("wrote") + "}";
        ok("PUT", "/api/rows?table=notes", shown("notes", "1", undo));
        assertEquals(List.of(Map.of("body", "first")), db.query("SELECT body FROM notes WHERE id = 1"), "the row as the edit left it: undone");
        edit = ok("PUT", "/api/rows?table=notes", shown("notes", "2", "{\"values\": {\"n\": {\"input\": \"5\"}}}"));
        db.runAtomically(List.of("UPDATE notes SET n = 7 WHERE id = 2"), false);   // someone else, after the edit
        String late = shown("notes", "2", "{\"values\": {\"n\": {\"t\": \"i\", \"v\": \"2\"}}, \"edited\": " + edit.get("wrote") + "}");   // the row read again
        HttpResponse<String> refused = page("PUT", "/api/rows?table=notes", late);
        assertEquals(409, refused.statusCode(), refused.body());
        assertEquals("row 2 of \"notes\" changed since the page loaded it (by someone else?): \"n\" is now 7 (the edit wrote 5). Reload the page;"
                + " nothing was written", error(refused));
        assertEquals(List.of(Map.of("n", 7L)), db.query("SELECT n FROM notes WHERE id = 2"), "their value stays");
        HttpResponse<String> bad = page("PUT", "/api/rows?table=notes", shown("notes", "2", "{\"values\": {\"n\": null}, \"edited\": {\"nope\": null}}"));
        assertEquals(400, bad.statusCode(), bad.body());
        assertEquals("table \"notes\" has no column \"nope\"", error(bad));
    }

    /**
     * An Undo compared the row with the value as the edit sent it, and SQLite stores some values otherwise (5.0 typed into a NUMERIC
     * column is the integer 5, " 7 " into an INTEGER one 7, 2 into a REAL one 2.0): the Undo was refused as "changed since the page
     * loaded it (by someone else?)" though nobody else wrote. An edit's "wrote" is what it stored, read back within the write, so
     * its Undo goes through; a change by someone else after it is still refused.
     */
    @Test
    void anUndoComparesWithTheValueAsStored() throws Exception {
        db.runAtomically(List.of("CREATE TABLE prices (id integer PRIMARY KEY, amount numeric, n integer, r real, j json)",
                "INSERT INTO prices VALUES (1, 1, 1, 1.5, '1')"), false);
        undoesAsStored();
    }

    /**
     * A database file in UTF-16 (PRAGMA encoding, set by the application that made it): the edit's RETURNING read a text back as the
     * hex of its stored bytes, which are UTF-16 there, decoded as UTF-8, so "wrote" was 'w\0ö\0r…' and every Undo of a text was
     * refused ("\"body\" is now 'wörld' (the edit wrote 'w\0…')"). The text is read back as text; integers, reals and blobs were
     * read right, and still are.
     */
    @Test
    void anUndoOnAUtf16FileComparesWithTheTextAsStored() throws Exception {
        for (String encoding : List.of("UTF-16le", "UTF-16be")) {
            Path file = dir.resolve(encoding + ".sqlite");
            try (SqliteDatabase made = SqliteDatabase.open(file)) {
                made.query("PRAGMA encoding = '" + encoding + "'");
                made.runAtomically(List.of("CREATE TABLE notes (id integer PRIMARY KEY, body text, code text, n integer, r real, data blob)",
                        "INSERT INTO notes VALUES (1, 'héllo', 'a', 1, 1.5, x'00')"), false);
            }
            db.close();
            db = SqliteDatabase.open(file);
            restart(StudioOptions.defaults());
            for (String[] c : new String[][] {{"body", "wörld 😀", "{\"t\":\"s\",\"v\":\"wörld 😀\"}", "{\"t\":\"s\",\"v\":\"héllo\"}"},
                    {"code", "5", "{\"t\":\"s\",\"v\":\"5\"}", "{\"t\":\"s\",\"v\":\"a\"}"},
                    {"n", " 7 ", "{\"t\":\"i\",\"v\":\"7\"}", "{\"t\":\"i\",\"v\":\"1\"}"},
                    {"r", "2", "{\"t\":\"r\",\"v\":\"2.0\"}", "{\"t\":\"r\",\"v\":\"1.5\"}"},
                    {"data", "x'0102'", "{\"t\":\"b\",\"n\":2,\"v\":\"0102\"}", "{\"t\":\"b\",\"n\":1,\"v\":\"00\"}"}}) {
                JsonNode edit = ok("PUT", "/api/rows?table=notes", shown("notes", "1", "{\"values\": {\"" + c[0] + "\": {\"input\": \"" + c[1] + "\"}}}"));
                assertEquals("{\"" + c[0] + "\":" + c[2] + "}", edit.get("wrote").toString(), encoding + " " + c[0]);
                JsonNode undo = ok("PUT", "/api/rows?table=notes", shown("notes", "1", "{\"values\": {\"" + c[0] + "\": " + c[3] + "}, \"edited\": " + edit.get("wrote") + "}"));
                assertTrue(undo.get("ok").asText().startsWith("updated row 1"), undo.toString());
            }
            assertEquals("héllo a 1 1.5 00", db.query("SELECT body || ' ' || code || ' ' || n || ' ' || r || ' ' || hex(data) AS x FROM notes").get(0).get("x"));
        }
    }

    /**
     * A UTF-16 file again, in a table of 100 columns or more that carries the rowid: the rowid travels packed with one column (D1's
     * limit of result columns), that column's value in hex, which is the file's UTF-16 bytes there; read as UTF-8, a text in it
     * came back as another text ('h\0é\0…') in the grid and the export.
     */
    @Test
    void aWideTableOnAUtf16FileReadsThePackedColumnsTextAsStored() throws Exception {
        for (String encoding : List.of("UTF-16le", "UTF-16be")) {
            Path file = dir.resolve("wide-" + encoding + ".sqlite");
            StringBuilder ddl = new StringBuilder("CREATE TABLE wide (c1 text");
            for (int i = 2; i <= 100; i++) ddl.append(", c").append(i).append(" text");
            try (SqliteDatabase made = SqliteDatabase.open(file)) {
                made.query("PRAGMA encoding = '" + encoding + "'");
                made.runAtomically(List.of(ddl + ")", "INSERT INTO wide (c1, c2) VALUES ('héllo wörld 😀', 'b')"), false);
            }
            db.close();
            db = SqliteDatabase.open(file);
            restart(StudioOptions.defaults());
            JsonNode row = ok("GET", "/api/rows?table=wide", null).get("rows").get(0);
            assertEquals("{\"t\":\"s\",\"v\":\"héllo wörld 😀\"}", row.get("values").get(0).toString(), encoding + ": " + row);
            assertEquals("{\"t\":\"s\",\"v\":\"b\"}", row.get("values").get(1).toString(), encoding);
            HttpResponse<String> csv = page("GET", "/api/export?table=wide&format=csv", null);
            assertEquals(200, csv.statusCode(), csv.body());
            assertTrue(csv.body().startsWith("c1,c2,c3,"), csv.body());
            assertTrue(csv.body().contains("\nhéllo wörld 😀,b,,"), encoding + ": " + csv.body());
            // its edit is guarded by the text as stored (read right, it matches the row)
            JsonNode edit = ok("PUT", "/api/rows?table=wide", shown("wide", "1", "{\"values\": {\"c2\": {\"input\": \"c\"}}}"));
            assertTrue(edit.get("ok").asText().startsWith("updated row 1"), edit.toString());
            assertEquals("héllo wörld 😀 c", db.query("SELECT c1 || ' ' || c2 AS x FROM wide").get(0).get("x"));
        }
    }

    /** As {@link #anUndoComparesWithTheValueAsStored}, over D1, whose JSON would give the real 2.0 as 2. */
    @Test
    void overD1AnUndoComparesWithTheValueAsStored() throws Exception {
        try (D1 d1 = d1("CREATE TABLE prices (id integer PRIMARY KEY, amount numeric, n integer, r real, j json)", "INSERT INTO prices VALUES (1, 1, 1, 1.5, '1')")) {
            studioOverD1(d1.db(), true);
            undoesAsStored();
            assertEquals("1 1 1.5 1", d1.db().query("SELECT amount || ' ' || n || ' ' || r || ' ' || j AS x FROM prices").get(0).get("x"));
        }
    }

    private void undoesAsStored() throws Exception {
        for (String[] c : new String[][] {{"amount", "5.0", "{\"t\":\"i\",\"v\":\"5\"}", "{\"t\":\"i\",\"v\":\"1\"}"},
                {"n", " 7 ", "{\"t\":\"i\",\"v\":\"7\"}", "{\"t\":\"i\",\"v\":\"1\"}"},
                {"r", "2", "{\"t\":\"r\",\"v\":\"2.0\"}", "{\"t\":\"r\",\"v\":\"1.5\"}"},
                {"j", "10.50", "{\"t\":\"r\",\"v\":\"10.5\"}", "{\"t\":\"i\",\"v\":\"1\"}"},
                {"j", "[\\\"wörld\\\", 5]", "{\"t\":\"s\",\"v\":\"[\\\"wörld\\\", 5]\"}", "{\"t\":\"i\",\"v\":\"1\"}"}}) {
            JsonNode edit = ok("PUT", "/api/rows?table=prices", shown("prices", "1", "{\"values\": {\"" + c[0] + "\": {\"input\": \"" + c[1] + "\"}}}"));
            assertEquals("{\"" + c[0] + "\":" + c[2] + "}", edit.get("wrote").toString(), c[0] + ": the value as stored");
            JsonNode undo = ok("PUT", "/api/rows?table=prices", shown("prices", "1", "{\"values\": {\"" + c[0] + "\": " + c[3] + "}, \"edited\": " + edit.get("wrote") + "}"));
            assertTrue(undo.get("ok").asText().startsWith("updated row 1"), undo.toString());
        }
        JsonNode edit = ok("PUT", "/api/rows?table=prices", shown("prices", "1", "{\"values\": {\"amount\": {\"input\": \"5.0\"}}}"));
        ok("PUT", "/api/rows?table=prices", shown("prices", "1", "{\"values\": {\"amount\": {\"input\": \"6\"}}}"));   // someone else, after it
        HttpResponse<String> refused = page("PUT", "/api/rows?table=prices", shown("prices", "1", "{\"values\": {\"amount\": {\"t\":\"i\",\"v\":\"1\"}}, \"edited\": " + edit.get("wrote") + "}"));
        assertEquals(409, refused.statusCode(), refused.body());
        assertEquals("row 1 of \"prices\" changed since the page loaded it (by someone else?): \"amount\" is now 6 (the edit wrote 5). Reload the page;"
                + " nothing was written", error(refused));
        ok("PUT", "/api/rows?table=prices", shown("prices", "1", "{\"values\": {\"amount\": {\"input\": \"1\"}}}"));
    }

    /**
     * An edit refused because someone changed the row said only `row 1 of "players" changed since the page loaded it (by someone
     * else?)`: the user had to find what had changed. It names the columns that differ, now and as the page showed them, short
     * whatever their size (a long text from a little before where it changed, with its length; a blob in hex), three at most.
     */
    @Test
    void aRowChangedSinceThePageShowedItSaysWhatChanged() throws Exception {
        String longText = "a".repeat(30_000) + "b".repeat(20_000);
        db.runAtomically(List.of("CREATE TABLE notes (id integer PRIMARY KEY, name text, n integer, r real, data blob, body text, note text, c text, d text)",
                "INSERT INTO notes VALUES (1, 'ann ', 7, 1.5, X'00ff', 'short', NULL, 'x', 'y'),"
                        + " (2, 'bo', 1, NULL, NULL, '" + longText + "', NULL, NULL, NULL),"
                        + " (3, 'cy', 1, NULL, zeroblob(10000), 'fine', 'it''s', 'x', 'y')"), false);
        String one = shown("notes", "1", "{\"values\": {\"note\": {\"input\": \"mine\"}}}");
        String two = shown("notes", "2", "{\"values\": {\"n\": {\"input\": \"5\"}}}");
        String three = shown("notes", "3", "{}");
        db.runAtomically(List.of("UPDATE notes SET name = 'ann b', n = 8, r = 2.0, data = X'00fe' WHERE id = 1",
                "UPDATE notes SET body = substr(body, 1, 30000) || 'C' || substr(body, 30002) WHERE id = 2",
                "UPDATE notes SET data = CAST(zeroblob(9999) || X'01' AS BLOB), note = 'it''s' || char(10) || 'theirs' WHERE id = 3"), false);   // someone else
        HttpResponse<String> edit = page("PUT", "/api/rows?table=notes", one);
        assertEquals(409, edit.statusCode(), edit.body());
        assertEquals("row 1 of \"notes\" changed since the page loaded it (by someone else?): \"name\" is now 'ann b' (the page showed 'ann ');"
                + " \"n\" is now 8 (the page showed 7); \"r\" is now 2.0 (the page showed 1.5); and 1 column more. Reload the page; nothing was written",
                error(edit));
        // a 50,000-character text the page holds the start of (the row read first): where it changed, not the whole of it
        HttpResponse<String> longEdit = page("PUT", "/api/rows?table=notes", two);
        assertEquals(409, longEdit.statusCode(), longEdit.body());
        assertEquals("row 2 of \"notes\" changed since the page loaded it (by someone else?): \"body\" changed past the start of it the page shows."
                + " Reload the page; nothing was written", error(longEdit));
        HttpResponse<String> del = page("DELETE", "/api/rows?table=notes", three);
        assertEquals(409, del.statusCode(), del.body());
        assertEquals("row 3 of \"notes\" changed since the page loaded it (by someone else?): \"note\" is now 'it''s\\ntheirs' (the page showed 'it''s');"
                + " \"data\" changed past the start of it the page shows. Reload the page; nothing was written", error(del));
        // a text of 10,000 characters the page has whole: from a little before where it changed
        db.runAtomically(List.of("INSERT INTO notes (id, body) VALUES (4, printf('%.*c', 10000, 'x'))"), false);
        String four = shown("notes", "4", "{\"values\": {\"n\": {\"input\": \"5\"}}}");
        db.runAtomically(List.of("UPDATE notes SET body = substr(body, 1, 5000) || 'y' || substr(body, 5002) WHERE id = 4"), false);
        HttpResponse<String> tenThousand = page("PUT", "/api/rows?table=notes", four);
        assertEquals(409, tenThousand.statusCode(), tenThousand.body());
        assertEquals("row 4 of \"notes\" changed since the page loaded it (by someone else?): \"body\" is now '…" + "x".repeat(10) + "y" + "x".repeat(29)
                + "…' (10000 characters) (the page showed '…" + "x".repeat(40) + "…' (10000 characters)). Reload the page; nothing was written",
                error(tenThousand));
        assertEquals(4L, count("SELECT count(*) FROM notes"), "nothing written");
    }

    /** A teammate deleted row 2 and inserted another that got rowid 2: the page's stale delete and edit must not reach it. */
    @Test
    void aWriteFromAStalePageIsRefusedWhenItsRowChangedOrAnotherTookItsRowid() throws Exception {
        db.runAtomically(List.of("CREATE TABLE notes (body text)", "INSERT INTO notes VALUES ('a'), ('b'), ('c')"), false);
        String shown2 = versionOf("notes", "2");
        String shown3 = versionOf("notes", "3");
        db.runAtomically(List.of("DELETE FROM notes WHERE rowid = 2", "INSERT INTO notes (rowid, body) VALUES (2, 'teammate')",
                "DELETE FROM notes WHERE rowid = 3"), false);
        HttpResponse<String> del = page("DELETE", "/api/rows?table=notes", "{\"rowid\": \"2\", \"version\": \"" + shown2 + "\"}");
        assertEquals(409, del.statusCode(), del.body());
        assertEquals("row 2 of \"notes\" changed since the page loaded it (by someone else?): reload the page; nothing was written", error(del));
        HttpResponse<String> put = page("PUT", "/api/rows?table=notes", "{\"rowid\": \"2\", \"version\": \"" + shown2 + "\", \"values\": {\"body\": \"mine\"}}");
        assertEquals(409, put.statusCode(), put.body());
        HttpResponse<String> preview = page("GET", "/api/delete-preview?table=notes&rowid=2&version=" + enc(shown2), null);
        assertEquals(409, preview.statusCode(), preview.body());
        HttpResponse<String> gone = page("PUT", "/api/rows?table=notes", "{\"rowid\": \"3\", \"version\": \"" + shown3 + "\", \"values\": {\"body\": \"mine\"}}");
        assertEquals(409, gone.statusCode(), gone.body());
        assertEquals(List.of(Map.of("b", "a"), Map.of("b", "teammate")), db.query("SELECT body AS b FROM notes ORDER BY rowid"), "nothing written");
        HttpResponse<String> noVersion = page("DELETE", "/api/rows?table=notes", "{\"rowid\": \"2\"}");
        assertEquals(400, noVersion.statusCode());
        assertEquals("\"version\" is missing: a write sends the version of the row as the page showed it (reload the page)", error(noVersion));
        // The preview shows the row it would delete, as it is now; with the page's current version the delete goes through.
        JsonNode now = ok("GET", "/api/delete-preview?table=notes&rowid=2&version=" + enc(versionOf("notes", "2")), null);
        assertEquals("{\"columns\":[\"body\"],\"values\":[{\"t\":\"s\",\"v\":\"teammate\"}]}", now.get("row").toString());
        ok("DELETE", "/api/rows?table=notes", v("notes", "{\"rowid\": \"2\"}"));
        assertEquals(List.of(Map.of("b", "a")), db.query("SELECT body AS b FROM notes ORDER BY rowid"));
    }

    /** On D1 the check and the write are separate requests: a change between them is caught by the write's own WHERE. */
    @Test
    void overD1ARowReplacedBetweenTheCheckAndTheWriteIsNotTouched() throws Exception {
        Path file = dir.resolve("d1.sqlite");
        try (SqliteDatabase seed = SqliteDatabase.open(file)) {
            seed.runAtomically(List.of("CREATE TABLE notes (id integer PRIMARY KEY, body text)", "INSERT INTO notes VALUES (1, 'hi'), (2, 'yo')"), false);
        }
        try (D1StandIn standIn = D1StandIn.start(file, "acct", "dbid", "tok");
             Database d1 = new D1Database(new D1Settings("acct", "dbid", "tok", standIn.endpoint()))) {
            boolean[] raced = {false};
            String[] theirs = {"teammate"};
            // A teammate's request lands just before the studio's write: row 2 deleted, another inserted as 2.
            Database racing = new Database() {
                public String describe() { return d1.describe(); }
                public dev.godwit.engine.db.Capabilities capabilities() { return d1.capabilities(); }
                public List<Map<String, Object>> query(String sql, Object... params) {
                    if (!raced[0] && (sql.startsWith("DELETE") || sql.startsWith("UPDATE"))) {
                        raced[0] = true;
                        d1.runAtomically(List.of("DELETE FROM notes WHERE id = 2", "INSERT INTO notes VALUES (2, '" + theirs[0] + "')"), false);
                    }
                    return d1.query(sql, params);
                }
                public void runAtomically(List<String> statements, boolean fkOff) { d1.runAtomically(statements, fkOff); }
                public void close() { }
            };
            studioOverD1(racing, true);
            HttpResponse<String> del = page("DELETE", "/api/rows?table=notes", v("notes", "{\"rowid\": \"2\"}"));
            assertTrue(raced[0]);
            assertEquals(409, del.statusCode(), del.body());
            assertTrue(error(del).startsWith("row 2 of \"notes\" changed since the page loaded it"), del.body());
            assertEquals(List.of(Map.of("b", "hi"), Map.of("b", "teammate")), d1.query("SELECT body AS b FROM notes ORDER BY id"));
            raced[0] = false;
            theirs[0] = "teammate again";
            HttpResponse<String> put = page("PUT", "/api/rows?table=notes", v("notes", "{\"rowid\": \"2\", \"values\": {\"body\": \"mine\"}}"));
            assertEquals(409, put.statusCode(), put.body());
            assertEquals(List.of(Map.of("b", "hi"), Map.of("b", "teammate again")), d1.query("SELECT body AS b FROM notes ORDER BY id"));
        }
    }

    /** The studio reads the rowid under a label of its own: a column of that name must not take its place. */
    @Test
    void aColumnNamedLikeTheStudiosRowidLabelDoesNotStandInForTheRowid() throws Exception {
        db.runAtomically(List.of("CREATE TABLE odd (\"__godwit_rowid\" text, name text)",
                "INSERT INTO odd (rowid, \"__godwit_rowid\", name) VALUES (1, '3', 'a'), (2, 'x', 'b'), (3, '3', 'c')"), false);
        JsonNode desc = ok("GET", "/api/rows?table=odd&sort=name&dir=desc&limit=2", null);
        assertEquals(List.of("3", "2"), List.of(desc.get("rows").get(0).get("rowid").asText(), desc.get("rows").get(1).get("rowid").asText()));
        JsonNode next = ok("GET", "/api/rows?table=odd&sort=name&dir=desc&limit=2&after=" + enc(desc.get("next").asText()), null);
        assertEquals("1", next.get("rows").get(0).get("rowid").asText());
        ok("PUT", "/api/rows?table=odd", v("odd", "{\"rowid\": \"1\", \"values\": {\"name\": \"A\"}}"));
        assertEquals(List.of(Map.of("n", "A"), Map.of("n", "b"), Map.of("n", "c")), db.query("SELECT name AS n FROM odd ORDER BY rowid"));
        HttpResponse<String> csv = page("GET", "/api/export?table=odd&format=csv&sort=name&dir=desc", null);
        assertEquals(200, csv.statusCode(), csv.body());
        assertEquals("__godwit_rowid,name\r\n3,c\r\nx,b\r\n3,A\r\n", csv.body());
    }

    /** DATETIME / TIMESTAMP / BOOL in a hand-made table may hold text: filters and edits keep it text, as SQLite compares it. */
    @Test
    void aTypeNameAloneDoesNotTurnTextIntoTimestampsOrBooleans() throws Exception {
        db.runAtomically(List.of("CREATE TABLE log (id integer PRIMARY KEY, at DATETIME, made TIMESTAMP DEFAULT CURRENT_TIMESTAMP, ok BOOL, epoch DATETIME)",
                "INSERT INTO log (id, at, ok, epoch) VALUES (1, '2024-01-01 10:00:00', 'yes', 1704103200), (2, '2024-06-02 08:30:00', 'no', 1717317000)"), false);
        assertEquals(1, ok("GET", "/api/count?table=log&where=" + enc("[[\"at\",\"eq\",\"2024-01-01 10:00:00\"]]"), null).get("count").asLong());
        JsonNode later = ok("GET", "/api/rows?table=log&where=" + enc("[[\"at\",\"gt\",\"2024-03-01\"]]"), null);
        assertEquals(1, later.get("rows").size());
        assertEquals("2", later.get("rows").get(0).get("rowid").asText());
        // CURRENT_TIMESTAMP wrote text: compared as text, every such date is after '2000'.
        assertEquals(2, ok("GET", "/api/count?table=log&where=" + enc("[[\"made\",\"gt\",\"2000-01-01\"]]"), null).get("count").asLong());
        assertEquals(1, ok("GET", "/api/count?table=log&where=" + enc("[[\"ok\",\"eq\",\"yes\"]]"), null).get("count").asLong());
        // Integers in a DATETIME column are still epoch seconds: a date filter finds them.
        assertEquals(1, ok("GET", "/api/count?table=log&where=" + enc("[[\"epoch\",\"eq\",\"2024-01-01T10:00:00Z\"]]"), null).get("count").asLong());
        ok("PUT", "/api/rows?table=log", v("log", "{\"rowid\": \"1\", \"values\": {\"at\": {\"input\": \"2024-06-02 08:30:00\"}, \"ok\": {\"input\": \"no\"},"
                + " \"epoch\": {\"input\": \"2024-06-02T08:30:00Z\"}}}"));
        assertEquals(Map.of("at", "2024-06-02 08:30:00", "tat", "text", "ok", "no", "epoch", 1717317000L),
                db.query("SELECT at, typeof(at) AS tat, ok, epoch FROM log WHERE id = 1").get(0));
    }

    /**
     * Which way a DATETIME or BOOL cell is written (a date as epoch seconds, or as text) is the cell's own: every write to such a
     * column checked every row of the table first (on 5,000,000 rows 1.5 s an edit; over D1 one more API call, billed as a read
     * of the whole table), and in a column of both forms a date typed over an integer was stored as text beside the integers.
     */
    @Test
    void aDatetimeCellIsWrittenAsItsOwnValueIsStoredWithoutReadingTheWholeTable() throws Exception {
        try (D1 d1 = d1("CREATE TABLE ev (id integer PRIMARY KEY, at DATETIME, ok BOOL)",
                "INSERT INTO ev VALUES (1, 1714521600, 1), (2, '2024-05-01 10:00:00', 'yes'), (3, NULL, NULL)")) {
            studioOverD1(d1.db(), true);
            JsonNode edited = ok("PUT", "/api/rows?table=ev", shown("ev", "1", "{\"values\": {\"at\": {\"input\": \"2024-05-02 00:00:00\"}, \"ok\": {\"input\": \"false\"}}}"));
            assertEquals(1, edited.get("dbCalls").asLong(), "the guarded write alone: " + edited);
            ok("PUT", "/api/rows?table=ev", shown("ev", "2", "{\"values\": {\"at\": {\"input\": \"2024-05-02 10:00:00\"}, \"ok\": {\"input\": \"no\"}}}"));
            // An empty cell goes by the column's first rows, which hold both forms: as typed, SQLite's way
            ok("PUT", "/api/rows?table=ev", shown("ev", "3", "{\"values\": {\"at\": {\"input\": \"2024-05-03\"}}}"));
            assertEquals(List.of(Map.of("at", 1714608000L, "ok", 0L), Map.of("at", "2024-05-02 10:00:00", "ok", "no"), Map.of("at", "2024-05-03")),
                    d1.db().query("SELECT at, ok FROM ev ORDER BY id").stream().map(r -> {
                        Map<String, Object> m = new java.util.LinkedHashMap<>(r);
                        m.values().removeIf(java.util.Objects::isNull);
                        return m;
                    }).toList());
        }
    }

    /**
     * A hand-made DATETIME column often holds both forms (CURRENT_TIMESTAMP's text, an app's epoch seconds). A date typed into its
     * filter found only the integer at midnight and the text spelled exactly so: "= 2024-05-01" gave 1 row of a day with 4. A date
     * is now the whole day (UTC) in both: integers from its first second to before the next day's, texts from '2024-05-01' to
     * before '2024-05-02'.
     */
    @Test
    void aDateFilterOnADatetimeColumnFindsTheWholeDayStoredAsTextOrInteger() throws Exception {
        db.runAtomically(List.of("CREATE TABLE ev (id integer PRIMARY KEY, at DATETIME)",
                "INSERT INTO ev VALUES (1, '2024-05-01 10:00:00'), (2, '2024-05-01T23:59:59Z'), (3, 1714521600), (4, 1714600000),"
                        + " (5, '2024-05-02 00:00:00'), (6, 1714608000), (7, NULL)"), false);
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (String op : List.of("eq", "ne", "lt", "gt")) {
            counts.put(op, ok("GET", "/api/count?table=ev&where=" + enc("[[\"at\",\"" + op + "\",\"2024-05-01\"]]"), null).get("count").asLong());
        }
        assertEquals(Map.of("eq", 4L, "ne", 3L, "lt", 0L, "gt", 2L), counts);
        JsonNode day = ok("GET", "/api/rows?table=ev&where=" + enc("[[\"at\",\"eq\",\"2024-05-01\"]]"), null);
        List<String> ids = new ArrayList<>();
        day.get("rows").forEach(r -> ids.add(r.get("rowid").asText()));
        assertEquals(List.of("1", "2", "3", "4"), ids);
        assertEquals(4, ok("GET", "/api/count?table=ev&where=" + enc("[[\"at\",\"lt\",\"2024-05-02\"]]"), null).get("count").asLong());
    }

    /**
     * A date and time typed into such a column's filter compared its integers as that instant and its texts as typed: "=
     * 2024-05-01T10:00:00Z", spelled as the grid shows the integers, missed the text '2024-05-01 10:00:00' of the same second,
     * and "&gt; 2024-05-01T10:00:00Z" that day's later texts (' ' sorts before 'T'). A text that reads as a date is compared as
     * the instant it names, whichever way the filter spells it; one that does not ('soon'), as typed.
     */
    @Test
    void aDateAndTimeFilterOnADatetimeColumnComparesItsTextsAsInstants() throws Exception {
        db.runAtomically(List.of("CREATE TABLE ev (id integer PRIMARY KEY, at DATETIME)",
                "INSERT INTO ev VALUES (1, '2024-05-01 10:00:00'), (2, '2024-05-01T10:00:00Z'), (3, 1714557600), (4, '2024-05-01 11:30:00'),"
                        + " (5, 1714563000), (6, '2024-05-01T09:00:00.000'), (7, NULL), (8, 'soon')"), false);
        for (String typed : List.of("2024-05-01T10:00:00Z", "2024-05-01 10:00:00")) {
            Map<String, List<String>> found = new java.util.LinkedHashMap<>();
            for (String op : List.of("eq", "ne", "lt", "gt")) {
                List<String> ids = new ArrayList<>();
                ok("GET", "/api/rows?table=ev&where=" + enc("[[\"at\",\"" + op + "\",\"" + typed + "\"]]"), null).get("rows")
                        .forEach(r -> ids.add(r.get("rowid").asText()));
                found.put(op, ids);
            }
            assertEquals(Map.of("eq", List.of("1", "2", "3"), "ne", List.of("4", "5", "6", "7", "8"), "lt", List.of("6"), "gt", List.of("4", "5", "8")),
                    found, typed);
        }
    }

    /**
     * A DATETIME column of another tool's (JavaScript's Date.now(), Prisma's DateTime on SQLite) holds epoch milliseconds. Read
     * by its type name alone as seconds, its 1714521600000 was shown as the year 56302, a date typed over it was written in
     * seconds (1714608000 beside milliseconds: 1970-01-20 to the application), an empty cell of such a column too, and a filter
     * by day found none of its rows. An integer 1e11 from 0 or farther is milliseconds; one nearer, seconds, as before.
     */
    @Test
    void aDatetimeColumnOfEpochMillisecondsIsShownFilteredAndWrittenInMilliseconds() throws Exception {
        db.runAtomically(List.of("CREATE TABLE sessions (id integer PRIMARY KEY, created_at DATETIME, expires_at DATETIME)",
                "INSERT INTO sessions VALUES (1, 1714521600000, 1717200000000), (2, 1714608000123, NULL), (3, 1714521600, 1714600000),"
                        + " (4, '2024-05-01 10:00:00', NULL)"), false);
        JsonNode created = null;
        for (JsonNode t : ok("GET", "/api/tables", null).get("tables")) {
            if (t.get("name").asText().equals("sessions")) created = t.get("columns").get(1);
        }
        assertEquals("timestamp", created.get("mode").asText());
        assertTrue(created.path("unitGuessed").asBoolean(false), "the page is told to read its integers by their size: " + created);
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (String op : List.of("eq", "ne", "lt", "gt")) {
            counts.put(op, ok("GET", "/api/count?table=sessions&where=" + enc("[[\"created_at\",\"" + op + "\",\"2024-05-01\"]]"), null).get("count").asLong());
        }
        // rows 1 (ms), 3 (seconds) and 4 (text) are of May 1st, row 2 (ms) of May 2nd
        assertEquals(Map.of("eq", 3L, "ne", 1L, "lt", 0L, "gt", 1L), counts);
        assertEquals(1, ok("GET", "/api/count?table=sessions&where=" + enc("[[\"created_at\",\"eq\",\"2024-05-02T00:00:00.123Z\"]]"), null)
                .get("count").asLong());
        // row 2 (ms) and row 4, the text '2024-05-01 10:00:00' (compared as text it was not after '2024-05-01T00:00:01Z')
        assertEquals(2, ok("GET", "/api/count?table=sessions&where=" + enc("[[\"created_at\",\"gt\",\"2024-05-01T00:00:01Z\"]]"), null)
                .get("count").asLong());
        ok("PUT", "/api/rows?table=sessions", v("sessions", "{\"rowid\": \"1\", \"values\": {\"expires_at\": {\"input\": \"2024-06-30T00:00:00Z\"}}}"));
        ok("PUT", "/api/rows?table=sessions", v("sessions", "{\"rowid\": \"3\", \"values\": {\"expires_at\": {\"input\": \"2024-06-30T00:00:00Z\"}}}"));
        ok("PUT", "/api/rows?table=sessions", v("sessions", "{\"rowid\": \"2\", \"values\": {\"created_at\": {\"input\": \"2024-05-02\"}}}"));
        assertEquals(List.of(Map.of("e", 1719705600000L), Map.of("e", 1719705600L)),
                db.query("SELECT expires_at AS e FROM sessions WHERE id IN (1, 3) ORDER BY id"));
        assertEquals(1714608000000L, db.query("SELECT created_at AS c FROM sessions WHERE id = 2").get(0).get("c"));
        // an empty cell goes by the column's first rows: milliseconds only
        db.runAtomically(List.of("DELETE FROM sessions WHERE id IN (3, 4)", "UPDATE sessions SET expires_at = NULL WHERE id = 1",
                "UPDATE sessions SET expires_at = 1717200000000 WHERE id = 2"), false);
        ok("PUT", "/api/rows?table=sessions", v("sessions", "{\"rowid\": \"1\", \"values\": {\"expires_at\": {\"input\": \"2024-06-30\"}}}"));
        assertEquals(1719705600000L, db.query("SELECT expires_at AS e FROM sessions WHERE id = 1").get(0).get("e"));
    }

    /** D1 and wrangler's local D1 file refuse LIKE patterns over 50 bytes ("LIKE or GLOB pattern too complex"): contains uses no LIKE. */
    @Test
    void onALocalD1FileALongContainsFilterWorksAndStaysCaseInsensitive() throws Exception {
        String longText = "The quick brown fox jumps over the lazy dog, then naps under the old oak tree";
        try (SqliteDatabase local = SqliteDatabase.openLikeD1(dir.resolve("wrangler/d1.sqlite"))) {
            local.runAtomically(List.of("CREATE TABLE notes (id integer PRIMARY KEY, body text)",
                    "INSERT INTO notes VALUES (1, '" + longText + "'), (2, 'short'), (3, '100%_sure')"), false);
            studio.close();
            studio = StudioServer.start(local, StudioOptions.defaults(), 0);
            openPage();
            String pattern = longText.substring(4, 70).toUpperCase(java.util.Locale.ROOT);
            JsonNode rows = ok("GET", "/api/rows?table=notes&where=" + enc(json.writeValueAsString(List.of(List.of("body", "contains", pattern)))), null);
            assertEquals(1, rows.get("rows").size());
            assertEquals("1", rows.get("rows").get(0).get("rowid").asText());
            assertEquals(1, ok("GET", "/api/count?table=notes&where=" + enc("[[\"body\",\"contains\",\"%_\"]]"), null).get("count").asLong());
            studio.close();
        }
    }

    /**
     * A WITHOUT ROWID table has no rowid: its rows were read-only and paged by OFFSET. Now they are paged by keyset on the primary
     * key (composite here), each row once in either order with ties and NULLs, and edited, deleted and referenced by that key.
     */
    @Test
    void aWithoutRowidTableIsPagedByKeysetAndChangedByItsCompositePrimaryKey() throws Exception {
        List<String> ddl = new ArrayList<>(List.of("CREATE TABLE kv (org text, n integer, v text, PRIMARY KEY (org, n)) WITHOUT ROWID",
                "CREATE TABLE tags (id integer PRIMARY KEY, org text, n integer, FOREIGN KEY (org, n) REFERENCES kv (org, n) ON DELETE CASCADE)"));
        for (int i = 0; i < 23; i++) ddl.add("INSERT INTO kv VALUES ('" + (char) ('a' + i % 3) + "', " + i + ", " + (i % 4 == 0 ? "NULL" : "'v" + i % 5 + "'") + ")");
        ddl.add("INSERT INTO tags VALUES (1, 'b', 1), (2, 'b', 1), (3, 'a', 3)");
        db.runAtomically(ddl, false);
        for (String dir : List.of("asc", "desc")) {
            List<String> seen = new ArrayList<>();
            List<JsonNode> pages = new ArrayList<>();
            String after = null;
            do {
                JsonNode p = ok("GET", "/api/rows?table=kv&sort=v&dir=" + dir + "&limit=4" + (after == null ? "" : "&after=" + enc(after)), null);
                assertFalse(p.get("sql").asText().contains("OFFSET"), p.get("sql").asText());
                assertFalse(p.has("readOnly"), p.toString());
                pages.add(p);
                p.get("rows").forEach(r -> seen.add(r.get("key").get(0).get("v").asText() + r.get("key").get(1).get("v").asText()));
                after = p.path("next").asText(null);
            } while (after != null);
            List<String> expected = db.query("SELECT org || n AS k FROM kv ORDER BY v " + dir + ", org " + dir + ", n " + dir).stream()
                    .map(m -> (String) m.get("k")).toList();
            assertEquals(expected, seen, dir);
            JsonNode back = ok("GET", "/api/rows?table=kv&sort=v&dir=" + dir + "&limit=4&before=" + enc(pages.get(2).get("prev").asText()), null);
            assertEquals(pages.get(1).get("rows"), back.get("rows"), dir);
        }
        String sql = ok("GET", "/api/rows?table=kv&limit=2", null).get("sql").asText();   // the key whole, "v" as the grid shows it (Cells)
        assertTrue(sql.startsWith("SELECT \"org\", \"n\", CASE WHEN octet_length(\"v\") > 4096") && sql.endsWith(" FROM \"kv\" ORDER BY \"org\", \"n\" LIMIT 3"), sql);

        JsonNode done = ok("PUT", "/api/rows?table=kv", "{\"key\": " + key("b", 1) + ", \"version\": \"" + versionOfKey("kv", key("b", 1))
                + "\", \"values\": {\"v\": {\"input\": \"x\"}}}");
        assertEquals("[\"UPDATE \\\"kv\\\" SET \\\"v\\\" = 'x' WHERE \\\"org\\\" IS 'b' AND \\\"n\\\" IS 1 AND \\\"v\\\" IS 'v1' RETURNING 1 AS \\\"written\\\"" + storedTermInJson("v") + "\"]",
                done.get("sql").toString());
        assertEquals("updated row (\"org\", \"n\") = ('b', 1) of \"kv\"", done.get("ok").asText());
        assertEquals(List.of(Map.of("v", "x")), db.query("SELECT v FROM kv WHERE org = 'b' AND n = 1"));
        JsonNode refs = ok("GET", "/api/refs?table=kv&key=" + enc(key("b", 1)), null);
        assertEquals(2, refs.get("references").get(0).get("count").asLong(), refs.toString());
        assertEquals(key("b", 1), refs.get("key").toString());

        // Someone else gives the row another key: the page's edit, delete and preview by the old key are refused, nothing written.
        String shown = versionOfKey("kv", key("c", 2));
        db.runAtomically(List.of("UPDATE kv SET n = 99 WHERE org = 'c' AND n = 2"), false);
        String stale = "{\"key\": " + key("c", 2) + ", \"version\": \"" + shown + "\", \"values\": {\"v\": {\"input\": \"mine\"}}}";
        HttpResponse<String> put = page("PUT", "/api/rows?table=kv", stale);
        assertEquals(409, put.statusCode(), put.body());
        assertEquals("row (\"org\", \"n\") = ('c', 2) of \"kv\" changed since the page loaded it (by someone else? its key too, perhaps, or it was deleted):"
                + " reload the page; nothing was written", error(put));
        assertEquals(409, page("DELETE", "/api/rows?table=kv", stale).statusCode());
        assertEquals(409, page("GET", "/api/delete-preview?table=kv&key=" + enc(key("c", 2)) + "&version=" + enc(shown), null).statusCode());
        assertEquals(List.of(Map.of("v", "v2")), db.query("SELECT v FROM kv WHERE org = 'c' AND n = 99"));

        // The key itself can be edited; a delete shows its cascade and runs by key.
        ok("PUT", "/api/rows?table=kv", "{\"key\": " + key("a", 0) + ", \"version\": \"" + versionOfKey("kv", key("a", 0))
                + "\", \"values\": {\"n\": {\"input\": \"100\"}}}");
        assertEquals(List.of(Map.of("n", 100L)), db.query("SELECT n FROM kv WHERE org = 'a' AND v IS NULL AND n > 90"));
        String version = versionOfKey("kv", key("b", 1));
        JsonNode preview = ok("GET", "/api/delete-preview?table=kv&key=" + enc(key("b", 1)) + "&version=" + enc(version), null);
        assertEquals("[{\"table\":\"kv\",\"kind\":\"deleted\",\"count\":1},{\"table\":\"tags\",\"kind\":\"deleted\",\"count\":2}]",
                preview.get("effects").toString());
        JsonNode deleted = ok("DELETE", "/api/rows?table=kv", "{\"key\": " + key("b", 1) + ", \"version\": \"" + version + "\"}");
        assertEquals(preview.get("sql"), deleted.get("sql"));
        assertEquals(List.of(22L, 1L), List.of(count("SELECT count(*) FROM kv"), count("SELECT count(*) FROM tags")));
        ok("POST", "/api/rows?table=kv", "{\"values\": {\"org\": {\"input\": \"d\"}, \"n\": {\"input\": \"7\"}, \"v\": {\"input\": \"new\"}}}");
        assertEquals(List.of(Map.of("v", "new")), db.query("SELECT v FROM kv WHERE org = 'd' AND n = 7"));
        HttpResponse<String> noKey = page("DELETE", "/api/rows?table=kv", "{\"rowid\": \"1\", \"version\": \"x\"}");
        assertEquals(400, noKey.statusCode());
        assertEquals("\"key\" is missing: the row's key is a JSON list of its primary key's values (\"org\", \"n\") as the page got them", error(noKey));
        assertEquals("org,n,v\r\na,3,v3\r\na,6,v1\r\n", page("GET", "/api/export?table=kv&format=csv&where=" + enc("[[\"org\",\"eq\",\"a\"],[\"n\",\"lt\",\"9\"]]"), null).body());
    }

    /** Over D1 a WITHOUT ROWID row is edited, inserted and deleted by its primary key; a key changed between check and write is caught by the write. */
    @Test
    void overD1AWithoutRowidRowIsChangedByItsKeyAndAKeyChangedMeanwhileIsRefused() throws Exception {
        try (D1 over = d1("CREATE TABLE kv (k text PRIMARY KEY, v text) WITHOUT ROWID", "INSERT INTO kv VALUES ('a', '1'), ('b', '2')")) {
            Database d1 = over.db();
            boolean[] race = {false};
            Database racing = new Database() {
                public String describe() { return d1.describe(); }
                public dev.godwit.engine.db.Capabilities capabilities() { return d1.capabilities(); }
                public List<Map<String, Object>> query(String sql, Object... params) {
                    if (race[0] && sql.startsWith("UPDATE")) {
                        race[0] = false;
                        d1.runAtomically(List.of("UPDATE kv SET k = 'z' WHERE k = 'b'"), false);
                    }
                    return d1.query(sql, params);
                }
                public void runAtomically(List<String> statements, boolean fkOff) { d1.runAtomically(statements, fkOff); }
                public void close() { }
            };
            studioOverD1(racing, true);
            String a = "[{\"t\":\"s\",\"v\":\"a\"}]";
            String b = "[{\"t\":\"s\",\"v\":\"b\"}]";
            JsonNode first = ok("GET", "/api/rows?table=kv&limit=1", null);
            assertEquals(a, first.get("rows").get(0).get("key").toString());
            assertEquals(b, ok("GET", "/api/rows?table=kv&limit=1&after=" + enc(first.get("next").asText()), null).get("rows").get(0).get("key").toString());
            ok("PUT", "/api/rows?table=kv", "{\"key\": " + a + ", \"version\": \"" + versionOfKey("kv", a) + "\", \"values\": {\"v\": {\"input\": \"one\"}}}");
            ok("POST", "/api/rows?table=kv", "{\"values\": {\"k\": {\"input\": \"c\"}, \"v\": {\"input\": \"3\"}}}");
            ok("DELETE", "/api/rows?table=kv", "{\"key\": [{\"t\":\"s\",\"v\":\"c\"}], \"version\": \"" + versionOfKey("kv", "[{\"t\":\"s\",\"v\":\"c\"}]") + "\"}");
            race[0] = true;
            HttpResponse<String> put = page("PUT", "/api/rows?table=kv", "{\"key\": " + b + ", \"version\": \"" + versionOfKey("kv", b)
                    + "\", \"values\": {\"v\": {\"input\": \"mine\"}}}");
            assertFalse(race[0], "the teammate's change ran between the check and the write");
            assertEquals(409, put.statusCode(), put.body());
            assertTrue(error(put).startsWith("row \"k\" = 'b' of \"kv\" changed since the page loaded it"), put.body());
            assertEquals(List.of(Map.of("k", "a", "v", "one"), Map.of("k", "z", "v", "2")), d1.query("SELECT k, v FROM kv ORDER BY k"));
        }
    }

    /**
     * A column COLLATE NOCASE whose WITHOUT ROWID primary key compares binary holds 'a' and 'A' side by side: the write's guard
     * ("k" IS 'A', the column's NOCASE) matched both rows, and an edit of one changed the other too; pages ordered by the key
     * alone, in which the two are equal, and the next page ("k" > 'a') skipped the other.
     */
    @Test
    void aWithoutRowidKeyThatDiffersOnlyByCaseUnderANocaseColumnIsWrittenAlone() throws Exception {
        db.runAtomically(List.of("CREATE TABLE tags (k text COLLATE NOCASE, v text, PRIMARY KEY (k COLLATE BINARY)) WITHOUT ROWID",
                "INSERT INTO tags VALUES ('a', 'same'), ('A', 'same'), ('b', 'same')"), false);
        for (String dir : List.of("asc", "desc")) {
            List<String> seen = new ArrayList<>();
            String after = null;
            do {
                JsonNode p = ok("GET", "/api/rows?table=tags&dir=" + dir + "&limit=1" + (after == null ? "" : "&after=" + enc(after)), null);
                p.get("rows").forEach(r -> seen.add(r.get("key").get(0).get("v").asText()));
                after = p.path("next").asText(null);
            } while (after != null);
            assertEquals(dir.equals("asc") ? List.of("A", "a", "b") : List.of("b", "a", "A"), seen, dir);
        }
        db.runAtomically(List.of("DELETE FROM tags WHERE k = 'b' COLLATE BINARY"), false);
        String upper = "[{\"t\":\"s\",\"v\":\"A\"}]";
        ok("PUT", "/api/rows?table=tags", "{\"key\": " + upper + ", \"version\": \"" + versionOfKey("tags", upper)
                + "\", \"values\": {\"v\": {\"input\": \"edited\"}}}");
        JsonNode put = ok("PUT", "/api/rows?table=tags", "{\"key\": " + upper + ", \"version\": \"" + versionOfKey("tags", upper)
                + "\", \"values\": {\"v\": {\"input\": \"again\"}}}");
        assertEquals("[\"UPDATE \\\"tags\\\" SET \\\"v\\\" = 'again' WHERE \\\"k\\\" IS 'A' AND \\\"v\\\" IS 'edited' AND \\\"k\\\" = 'A' COLLATE BINARY"
                + " RETURNING 1 AS \\\"written\\\"" + storedTermInJson("v") + "\"]", put.get("sql").toString());
        assertEquals(List.of(Map.of("k", "A", "v", "again"), Map.of("k", "a", "v", "same")), db.query("SELECT k, v FROM tags ORDER BY k COLLATE BINARY"));
        String lower = "[{\"t\":\"s\",\"v\":\"a\"}]";
        ok("DELETE", "/api/rows?table=tags", "{\"key\": " + lower + ", \"version\": \"" + versionOfKey("tags", lower) + "\"}");
        assertEquals(List.of(Map.of("k", "A", "v", "again")), db.query("SELECT k, v FROM tags"));
    }

    /**
     * The same key under a collation written without a space before it, {@code varchar(8)COLLATE NOCASE}, or with its name quoted
     * right after it, {@code text COLLATE"NOCASE"}: the studio read a collation only as " COLLATE " between spaces, took the column
     * for binary, and an edit of 'A' (its guard {@code "k" IS 'A'}, NOCASE) changed 'a' too.
     */
    @Test
    void aNocaseColumnWrittenWithoutASpaceOrWithItsNameQuotedIsReadAsNocase() throws Exception {
        for (String type : List.of("varchar(8)COLLATE NOCASE", "text COLLATE\"NOCASE\"")) {
            String table = type.startsWith("varchar") ? "tags_v" : "tags_q";
            db.runAtomically(List.of("CREATE TABLE " + table + " (k " + type + ", v text, PRIMARY KEY (k COLLATE BINARY)) WITHOUT ROWID",
                    "INSERT INTO " + table + " VALUES ('a', 'same'), ('A', 'same')"), false);
            String upper = "[{\"t\":\"s\",\"v\":\"A\"}]";
            JsonNode put = ok("PUT", "/api/rows?table=" + table, "{\"key\": " + upper + ", \"version\": \"" + versionOfKey(table, upper)
                    + "\", \"values\": {\"v\": {\"input\": \"edited\"}}}");
            assertTrue(put.get("sql").toString().contains("AND \\\"k\\\" = 'A' COLLATE BINARY"), type + ": " + put.get("sql"));
            assertEquals(List.of(Map.of("k", "A", "v", "edited"), Map.of("k", "a", "v", "same")), db.query("SELECT k, v FROM " + table + " ORDER BY k COLLATE BINARY"), type);
        }
    }

    /**
     * With 'A' and 'a' side by side under a NOCASE column and a binary primary key, the references, the delete preview and the next
     * page of row 'a' looked it up with "k" = 'a' in the column's NOCASE, which finds 'A' too: its references showed 'A''s (no
     * children, linking by 'A''s id), its delete preview counted two rows of tags, and a page after 'a' (sorted by a text too long
     * for the cursor, so found again by its key) met 'A''s value and was refused as changed since. Each now reads the row of its
     * own key, its text compared COLLATE BINARY too; locally and over D1.
     */
    @Test
    void theReferencesDeletePreviewAndNextPageOfAKeyDifferingOnlyByCaseAreThatRowsOwn() throws Exception {
        String[] ddl = {"CREATE TABLE tags (k text COLLATE NOCASE, id integer NOT NULL UNIQUE, note text, PRIMARY KEY (k COLLATE BINARY)) WITHOUT ROWID",
                "CREATE TABLE uses (id integer PRIMARY KEY, tag_id integer REFERENCES tags(id) ON DELETE CASCADE)",
                "INSERT INTO tags VALUES ('A', 1, 'y' || printf('%.300c', 'z')), ('a', 2, 'x' || printf('%.300c', 'z')), ('b', 3, 'w' || printf('%.300c', 'z'))",
                "INSERT INTO uses VALUES (10, 2), (11, 2)"};
        db.runAtomically(List.of(ddl), false);
        sameRowByKeyThatDiffersOnlyByCase(db);
        try (D1 over = d1(ddl)) {
            studioOverD1(over.db(), false);
            sameRowByKeyThatDiffersOnlyByCase(over.db());
        }
    }

    /**
     * D1 sends numbers as JSON doubles: a WITHOUT ROWID table's integer key above 2^53 came back rounded, 9007199254740993 as
     * 9007199254740992, so the page showed two rows with one key and an edit of the second went to the first.
     */
    @Test
    void overD1AWithoutRowidIntegerKeyAbove2To53AddressesItsOwnRow() throws Exception {
        try (D1 over = d1("CREATE TABLE big (k integer PRIMARY KEY, v text) WITHOUT ROWID",
                "INSERT INTO big VALUES (9007199254740992, 'same'), (9007199254740993, 'same')")) {
            studioOverD1(over.db(), true);
            JsonNode rows = ok("GET", "/api/rows?table=big", null).get("rows");
            String second = "[{\"t\":\"i\",\"v\":\"9007199254740993\"}]";
            assertEquals(List.of("[{\"t\":\"i\",\"v\":\"9007199254740992\"}]", second),
                    List.of(rows.get(0).get("key").toString(), rows.get(1).get("key").toString()));
            try (SqliteDatabase file = SqliteDatabase.open(dir.resolve("d1.sqlite"))) {
            ok("PUT", "/api/rows?table=big", "{\"key\": " + second + ", \"version\": \"" + versionOfKey("big", second)
                    + "\", \"values\": {\"v\": {\"input\": \"edited\"}}}");
            assertEquals(List.of(Map.of("k", "9007199254740992", "v", "same"), Map.of("k", "9007199254740993", "v", "edited")),
                    file.query("SELECT CAST(k AS TEXT) AS k, v FROM big ORDER BY k"));
            }
        }
    }

    /** Views are listed and browsed (filters, sort, pages, export) read-only; a view SQLite cannot read is named with its reason, not fatal. */
    @Test
    void viewsAreBrowsedReadOnlyAndABrokenViewDoesNotHideTheOthers() throws Exception {
        db.runAtomically(List.of("CREATE VIEW \"player teams\" AS SELECT p.name AS player, t.name AS team, t.score FROM players p JOIN teams t ON t.id = p.team_id",
                "CREATE TABLE gone (x integer)", "CREATE VIEW broken AS SELECT x FROM gone", "DROP TABLE gone"), false);
        JsonNode tables = ok("GET", "/api/tables", null);
        JsonNode view = null;
        for (JsonNode t : tables.get("tables")) if (t.get("name").asText().equals("player teams")) view = t;
        assertTrue(view != null && view.get("view").asBoolean() && !view.has("rows"), tables.toString());
        assertEquals(List.of("player", "team", "score"), view.get("columns").findValuesAsText("name"));
        assertEquals("[{\"name\":\"broken\",\"error\":\"no such table: main.gone\"}]", tables.get("unreadableViews").toString());
        JsonNode rows = ok("GET", "/api/rows?table=" + enc("player teams") + "&sort=player&dir=desc&limit=2&where=" + enc("[[\"team\",\"eq\",\"owls\"]]"), null);
        assertEquals("\"player teams\" is a view: its rows are shown read-only", rows.get("readOnly").asText());
        assertEquals("[{\"values\":[{\"t\":\"s\",\"v\":\"bo\"},{\"t\":\"s\",\"v\":\"owls\"},{\"t\":\"r\",\"v\":\"1.5\"}]},"
                + "{\"values\":[{\"t\":\"s\",\"v\":\"ann\"},{\"t\":\"s\",\"v\":\"owls\"},{\"t\":\"r\",\"v\":\"1.5\"}]}]", rows.get("rows").toString());
        assertEquals(2, ok("GET", "/api/count?table=" + enc("player teams") + "&where=" + enc("[[\"team\",\"eq\",\"owls\"]]"), null).get("count").asLong());
        assertEquals("player,team,score\r\nann,owls,1.5\r\nbo,owls,1.5\r\ncy,larks,\r\n",
                page("GET", "/api/export?table=" + enc("player teams") + "&format=csv&sort=player", null).body());
        HttpResponse<String> insert = page("POST", "/api/rows?table=" + enc("player teams"), "{\"values\": {\"player\": {\"input\": \"x\"}}}");
        assertEquals(400, insert.statusCode());
        assertEquals("\"player teams\" is a view: its rows are shown read-only", error(insert));
        HttpResponse<String> broken = page("GET", "/api/rows?table=broken", null);
        assertEquals(400, broken.statusCode());
        assertEquals("view \"broken\" cannot be read: no such table: main.gone", error(broken));
        assertEquals(3, count("SELECT count(*) FROM players"));

        try (D1 over = d1("CREATE TABLE notes (id integer PRIMARY KEY, body text)", "INSERT INTO notes VALUES (1, 'a'), (2, 'b')",
                "CREATE VIEW recent AS SELECT body FROM notes WHERE id > 1")) {
            studioOverD1(over.db(), false);
            JsonNode d1Tables = ok("GET", "/api/tables", null);
            assertEquals(5, d1Tables.get("dbCalls").asLong(), "introspection (4), the views' columns (1); no row count on D1");
            JsonNode viewPage = ok("GET", "/api/rows?table=recent", null);
            assertEquals("[{\"values\":[{\"t\":\"s\",\"v\":\"b\"}]}]", viewPage.get("rows").toString());
            assertEquals(1, viewPage.get("dbCalls").asLong(), "a view's page is one API call, as a table's");
        }
    }

    /** A STRICT table's ANY column holds whatever it is given: text typed into it is text, not refused as "not a number". */
    @Test
    void aStrictAnyColumnTakesTextNumbersAndBytesAsTyped() throws Exception {
        db.runAtomically(List.of("CREATE TABLE bag (id INTEGER PRIMARY KEY, v ANY) STRICT", "INSERT INTO bag VALUES (1, 5)"), false);
        restart(StudioOptions.defaults());
        ok("PUT", "/api/rows?table=bag", v("bag", "{\"rowid\": \"1\", \"values\": {\"v\": {\"input\": \"hello\"}}}"));
        ok("POST", "/api/rows?table=bag", "{\"values\": {\"id\": {\"input\": \"2\"}, \"v\": {\"input\": \"12\"}}}");
        ok("POST", "/api/rows?table=bag", "{\"values\": {\"id\": {\"input\": \"3\"}, \"v\": {\"input\": \"x'00ff'\"}}}");
        ok("POST", "/api/rows?table=bag", "{\"values\": {\"id\": {\"input\": \"4\"}, \"v\": {\"input\": \"1.5\"}}}");
        assertEquals("text:hello,integer:12,blob:00FF,real:1.5", db.query("SELECT group_concat(typeof(v) || ':' || CASE typeof(v) WHEN 'blob' THEN hex(v)"
                + " ELSE v END, ',') AS s FROM (SELECT v FROM bag ORDER BY id)").get(0).get("s"));
    }

    /**
     * In a column that takes any value (no declared type, or ANY), a cell holding text keeps text when edited: '007' edited to
     * '0071' was written as the integer 71 (its zeros and its type lost). A number stays a number, and x'…' still spells bytes.
     */
    @Test
    void editingTextInAColumnWithoutATypeKeepsItText() throws Exception {
        db.runAtomically(List.of("CREATE TABLE codes (id INTEGER PRIMARY KEY, v)", "INSERT INTO codes VALUES (1, '007'), (2, 7), (3, 'a')",
                "CREATE TABLE bag (id INTEGER PRIMARY KEY, w ANY) STRICT", "INSERT INTO bag VALUES (1, '12'), (2, 7)"), false);
        restart(StudioOptions.defaults());
        ok("PUT", "/api/rows?table=codes", v("codes", "{\"rowid\": \"1\", \"values\": {\"v\": {\"input\": \"0071\"}}}"));
        ok("PUT", "/api/rows?table=codes", v("codes", "{\"rowid\": \"2\", \"values\": {\"v\": {\"input\": \"0071\"}}}"));
        ok("PUT", "/api/rows?table=codes", v("codes", "{\"rowid\": \"3\", \"values\": {\"v\": {\"input\": \"x'00ff'\"}}}"));
        ok("PUT", "/api/rows?table=bag", v("bag", "{\"rowid\": \"1\", \"values\": {\"w\": {\"input\": \"1.50\"}}}"));
        ok("PUT", "/api/rows?table=bag", v("bag", "{\"rowid\": \"2\", \"values\": {\"w\": {\"input\": \"1.50\"}}}"));
        assertEquals("text:0071,integer:71,blob:00FF", db.query("SELECT group_concat(typeof(v) || ':' || CASE typeof(v) WHEN 'blob' THEN hex(v) ELSE v END,"
                + " ',') AS s FROM (SELECT v FROM codes ORDER BY id)").get(0).get("s"));
        assertEquals("text:1.50,real:1.5", db.query("SELECT group_concat(typeof(w) || ':' || w, ',') AS s FROM (SELECT w FROM bag ORDER BY id)")
                .get(0).get("s"));
    }

    /**
     * A console query without an end (a recursive CTE with no stop) held the studio's one connection for good: that request never
     * answered, nor did any page after it, until the studio was stopped. Now the query is interrupted after the query timeout, the
     * console says so, and the studio goes on serving (read-only mode off again: a cell edit works); a runaway write script is
     * rolled back, and a query export that waits that long for a row is stopped too.
     */
    @Test
    void aRunawayConsoleQueryIsStoppedAndTheStudioGoesOn() throws Exception {
        restart(StudioOptions.defaults().withWrite(true).withQueryTimeout(Duration.ofSeconds(1)));
        String endless = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) ";
        long t0 = System.nanoTime();
        HttpResponse<String> r = timed("POST", "/api/sql", json.createObjectNode().put("sql", endless + "SELECT count(*) FROM c").toString());
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("the query ran 1 s without giving a row, so the studio stopped it (SQLite interrupted it); nothing was changed. Narrow it"
                + " (a WHERE, a LIMIT, an index), or run it with the sqlite3 shell on the file", json.readTree(r.body()).get("error").asText());
        assertTrue(System.nanoTime() - t0 < 8_000_000_000L, "stopped after about a second");
        assertEquals(3, ok("GET", "/api/rows?table=players", null).get("rows").size(), "the studio answers again");
        ok("PUT", "/api/rows?table=players", v("players", "{\"rowid\": \"12\", \"values\": {\"name\": {\"input\": \"cyd\"}}}"));
        assertEquals("cyd", db.query("SELECT name FROM players WHERE id = 12").get(0).get("name"), "not left read-only");

        HttpResponse<String> w = timed("POST", "/api/sql", json.createObjectNode().put("sql", "DELETE FROM fans; INSERT INTO goals (player_id) "
                + endless + "SELECT 10 FROM c").toString());
        assertEquals(400, w.statusCode(), w.body());
        assertTrue(json.readTree(w.body()).get("error").asText().startsWith("the statements ran 1 s, so the studio stopped them (SQLite interrupted"
                + " them); nothing was changed."), w.body());
        assertEquals(List.of(3L, 4L), List.of(count("SELECT count(*) FROM fans"), count("SELECT count(*) FROM goals")), "rolled back");

        HttpResponse<String> export = timed("GET", "/api/sql/export?format=csv&sql=" + enc(endless + "SELECT max(x) FROM c"), null);
        assertEquals(400, export.statusCode(), export.body());
        assertTrue(export.body().contains("the query ran 1 s without giving a row"), export.body());
        assertEquals("x\r\n1\r\n2\r\n", page("GET", "/api/sql/export?format=csv&sql=" + enc("SELECT 1 AS x UNION ALL SELECT 2"), null).body());
    }

    /**
     * Over D1 (where a schema check per request would be one more API call) a table dropped or changed by a migration while the
     * page is open fails its next query: that reads the schema again and says what happened, instead of SQLite's bare
     * "no such table" with the studio still offering the table; the next page shows the table as it is now.
     */
    @Test
    void overD1ATableChangedOrDroppedUnderneathIsSaidSoAndReadAgain() throws Exception {
        try (D1 over = d1("CREATE TABLE notes (id integer PRIMARY KEY, body text)", "INSERT INTO notes VALUES (1, 'a')",
                "CREATE TABLE tags (id integer PRIMARY KEY, name text)")) {
            studioOverD1(over.db(), false);
            ok("GET", "/api/tables", null);
            over.db().runAtomically(List.of("DROP TABLE tags", "ALTER TABLE notes DROP COLUMN body", "ALTER TABLE notes ADD COLUMN title text"), false);
            HttpResponse<String> gone = page("GET", "/api/rows?table=tags", null);
            assertEquals(409, gone.statusCode(), gone.body());
            assertEquals("table \"tags\" is no longer in the database (dropped or renamed since the page loaded it, by a migration?): pick a table"
                    + " from the list", error(gone));
            assertEquals(404, page("GET", "/api/rows?table=tags", null).statusCode(), "known gone now");
            assertEquals("[\"id\",\"title\"]", ok("GET", "/api/rows?table=notes", null).get("columns").toString(), "read again");
        }
    }

    /**
     * A column without a type holds numbers stored as text ('007', '12') beside numbers: a filter "= 007" compared with the
     * integer 7 only, so the row whose cell shows 007 was not found, "= 12" missed the text '12', and "≠ 7" kept the text '7'.
     * Now a number typed finds the numbers equal to it and the texts spelled as typed (in a page, its count and an export).
     */
    @Test
    void aFilterOnAColumnWithoutATypeFindsNumbersStoredAsText() throws Exception {
        db.runAtomically(List.of("CREATE TABLE codes (id INTEGER PRIMARY KEY, v)",
                "INSERT INTO codes VALUES (1, '007'), (2, 7), (3, '7'), (4, 7.0), (5, 'abc'), (6, '12'), (7, 12), (8, NULL)"), false);
        Map<String, String> expected = Map.of("[[\"v\",\"eq\",\"007\"]]", "1,2,4", "[[\"v\",\"eq\",\"7\"]]", "2,3,4", "[[\"v\",\"eq\",\"12\"]]", "6,7",
                "[[\"v\",\"ne\",\"7\"]]", "1,5,6,7,8", "[[\"v\",\"eq\",\"abc\"]]", "5");
        for (var e : expected.entrySet()) {
            JsonNode p = ok("GET", "/api/rows?table=codes&where=" + enc(e.getKey()), null);
            List<String> ids = new ArrayList<>();
            p.get("rows").forEach(r -> ids.add(r.get("rowid").asText()));
            assertEquals(e.getValue(), String.join(",", ids), e.getKey());
            assertEquals(ids.size(), ok("GET", "/api/count?table=codes&where=" + enc(e.getKey()), null).get("count").asLong(), e.getKey());
        }
        assertEquals("id,v\r\n1,007\r\n2,7\r\n4,7.0\r\n", page("GET", "/api/export?table=codes&format=csv&where=" + enc("[[\"v\",\"eq\",\"007\"]]"), null).body());
    }

    /** A call as the page makes it that gives up after 20 s (a studio held by a query would never answer). */
    private HttpResponse<String> timed(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(studio.uri().resolve(at(path))).timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) b.header("Origin", origin()).header("Content-Type", "application/json");
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A cell that a spreadsheet would run (=HYPERLINK, =cmd|…, @SUM, +…, -…) is exported as text; numbers stay numbers. */
    @Test
    void csvCellsThatASpreadsheetWouldRunAsFormulasAreExportedAsText() throws Exception {
        db.runAtomically(List.of("CREATE TABLE f (id integer PRIMARY KEY, \"=x\" text, n integer)",
                "INSERT INTO f VALUES (1, '=cmd|''/c calc''!A1', -5), (2, '@SUM(A1:A2)', 3), (3, '+1 555', 0), (4, '-2', 1), (5, 'a=b', 2),"
                        + " (6, '=1,2', NULL), (7, char(9) || 'tab', NULL), (8, '+1.5e3', NULL), (9, '-2+3', NULL)"), false);
        // a signed number held as text is no formula: it keeps its sign as written (an amount or a code stored as text)
        assertEquals("id,'=x,n\r\n1,'=cmd|'/c calc'!A1,-5\r\n2,'@SUM(A1:A2),3\r\n3,'+1 555,0\r\n4,-2,1\r\n5,a=b,2\r\n6,\"'=1,2\",\r\n7,\"'\ttab\",\r\n"
                        + "8,+1.5e3,\r\n9,'-2+3,\r\n",
                page("GET", "/api/export?table=f&format=csv", null).body());
        assertEquals("v\r\n'=2\r\n-3\r\n", page("GET", "/api/sql/export?format=csv&sql=" + enc("SELECT '=2' AS v UNION ALL SELECT -3"), null).body());
        assertEquals("[{\"id\":1,\"=x\":\"=cmd|'/c calc'!A1\",\"n\":-5}]",
                json.readTree(page("GET", "/api/export?table=f&format=json&where=" + enc("[[\"id\",\"eq\",\"1\"]]"), null).body()).toString());
    }

    /** PRAGMA table_info(x) and the like only ask: the read-only console answers them (as pragma_table_info('x')); a PRAGMA that sets stays refused. */
    @Test
    void theReadOnlyConsoleAnswersPragmasThatAskAndRefusesThoseThatSet() throws Exception {
        JsonNode info = ok("POST", "/api/sql", "{\"sql\": \"PRAGMA table_info(teams);\"}");
        assertEquals("[\"cid\",\"name\",\"type\",\"notnull\",\"dflt_value\",\"pk\"]", info.get("columns").toString());
        assertEquals("{\"t\":\"s\",\"v\":\"name\"}", info.get("rows").get(1).get(1).toString());
        JsonNode fks = ok("POST", "/api/sql", "{\"sql\": \"pragma foreign_key_list(\\\"players\\\")\"}");
        assertEquals("{\"t\":\"s\",\"v\":\"teams\"}", fks.get("rows").get(0).get(2).toString());
        assertEquals(1, ok("POST", "/api/sql", "{\"sql\": \"PRAGMA integrity_check\"}").get("rows").size());
        assertEquals("name\r\nlogo\r\n", page("GET", "/api/sql/export?format=csv&sql=" + enc("PRAGMA table_info('teams')"), null).body()
                .lines().filter(l -> l.contains("logo") || l.startsWith("cid")).map(l -> l.startsWith("cid") ? "name" : "logo").reduce("", (a, b) -> a + b + "\r\n"));
        HttpResponse<String> set = page("POST", "/api/sql", "{\"sql\": \"PRAGMA foreign_keys = OFF\"}");
        assertEquals(403, set.statusCode(), set.body());
        HttpResponse<String> noForm = page("POST", "/api/sql", "{\"sql\": \"PRAGMA shrink_memory\"}");
        assertEquals(403, noForm.statusCode(), noForm.body());
        assertEquals("this PRAGMA has no read-only form (no table-valued function pragma_…), so the read-only console cannot run it;"
                + " start the studio with -Ddb.studio.write to run it", error(noForm));
        assertEquals(1L, db.query("PRAGMA foreign_keys").get(0).get("foreign_keys"));
    }

    /** D1 takes 100,000 bytes a statement: an edit or insert of a 150 KB text binds it instead of spelling it out, and text with NUL can be written. */
    @Test
    void overD1AnEditOrInsertOfALongTextBindsItAndStaysUnderTheStatementLimit() throws Exception {
        try (D1 over = d1("CREATE TABLE notes (id integer PRIMARY KEY, body text)", "INSERT INTO notes VALUES (1, 'hi')")) {
            Database d1 = over.db();
            studioOverD1(d1, true);
            String big = "y".repeat(150_000);
            JsonNode edit = ok("PUT", "/api/rows?table=notes", v("notes", "{\"rowid\": \"1\", \"values\": {\"body\": {\"input\": \"" + big + "\"}}}"));
            assertEquals("[\"UPDATE \\\"notes\\\" SET \\\"body\\\" = '" + "y".repeat(64) + "…' /* 150000 characters, bound as a parameter */"
                    + " WHERE rowid = 1 AND \\\"id\\\" IS 1 AND \\\"body\\\" IS 'hi' RETURNING 1 AS \\\"written\\\"" + storedTermInJson("body") + "\"]", edit.get("sql").toString());
            ok("POST", "/api/rows?table=notes", "{\"values\": {\"id\": 2, \"body\": {\"input\": \"" + big + "z\"}}}");
            ok("POST", "/api/rows?table=notes", "{\"values\": {\"id\": 3, \"body\": {\"input\": \"a\\u0000b\"}}}");
            assertEquals("1:150000,2:150001,3:3", d1.query("SELECT group_concat(id || ':' || length(CAST(body AS BLOB)), ',') AS s FROM notes").get(0).get("s"));
        }
    }

    /** A 3 MB text reaches the page as its first 16,384 characters and its length, not whole in every page; it cannot be saved from that preview. */
    @Test
    void aHugeTextReachesThePageAsItsStartAndLengthAndIsNotSavedFromIt() throws Exception {
        db.runAtomically(List.of("CREATE TABLE docs (id integer PRIMARY KEY, body text, title text)",
                "INSERT INTO docs VALUES (1, printf('%.*c', 3000000, 'x') || 'END', 'a')"), false);
        HttpResponse<String> page = page("GET", "/api/rows?table=docs", null);
        assertTrue(page.body().length() < 20_000, "page of " + page.body().length() + " characters");
        JsonNode body = json.readTree(page.body()).get("rows").get(0).get("values").get(1);
        assertEquals(3_000_003, body.get("n").asLong());
        assertTrue(body.get("truncated").asBoolean());
        assertEquals("x".repeat(16_384), body.get("v").asText());
        HttpResponse<String> saved = page("PUT", "/api/rows?table=docs", v("docs", "{\"rowid\": \"1\", \"values\": {\"body\": " + body + "}}"));
        assertEquals(400, saved.statusCode(), saved.body());
        assertEquals("column \"body\": a truncated text preview cannot be saved", error(saved));
        JsonNode other = ok("PUT", "/api/rows?table=docs", v("docs", "{\"rowid\": \"1\", \"values\": {\"title\": {\"input\": \"b\"}}}"));
        assertTrue(other.get("sql").get(0).asText().contains("\"body\" IS '" + "x".repeat(64) + "…' /* 3000003 characters, bound as a parameter */"),
                other.get("sql").get(0).asText());
        assertTrue(other.toString().length() < 2000, "the SQL shown holds the start of the text, not 3 MB");
        assertEquals(Map.of("n", 3_000_003L, "title", "b"), db.query("SELECT length(body) AS n, title FROM docs").get(0));
    }

    /** A script wrapped in its own BEGIN … COMMIT runs (in the console's one transaction); a COMMIT or ROLLBACK midway is refused, nothing run. */
    @Test
    void aConsoleScriptWithItsOwnBeginAndCommitRunsAndOneThatEndsTheTransactionMidwayIsRefused() throws Exception {
        restart(StudioOptions.defaults().withWrite(true));
        JsonNode wrapped = ok("POST", "/api/sql", "{\"sql\": \"BEGIN TRANSACTION;\\nDELETE FROM fans WHERE id = 1002;\\nCOMMIT;\"}");
        assertEquals("ran 1 statement(s) in one transaction (the studio's own: your BEGIN and COMMIT were left out)", wrapped.get("ok").asText());
        assertEquals(2, count("SELECT count(*) FROM fans"));
        HttpResponse<String> midway = page("POST", "/api/sql", "{\"sql\": \"DELETE FROM fans WHERE id = 1001; COMMIT; DELETE FROM fans\"}");
        assertEquals(400, midway.statusCode(), midway.body());
        assertEquals("the console runs all statements in one transaction of its own, so \"COMMIT\" cannot run inside it: leave out BEGIN, COMMIT"
                + " and ROLLBACK (a script wrapped in BEGIN … COMMIT runs as it is; SAVEPOINT works)", error(midway));
        assertEquals(2, count("SELECT count(*) FROM fans"));
        ok("POST", "/api/sql", "{\"sql\": \"BEGIN IMMEDIATE; SAVEPOINT s; DELETE FROM fans; ROLLBACK TO s; RELEASE s; UPDATE fans SET team_id = 2 WHERE id = 1000; END\"}");
        assertEquals(List.of(Map.of("id", 1000L, "team_id", 2L), Map.of("id", 1001L, "team_id", 1L)), db.query("SELECT id, team_id FROM fans ORDER BY id"));
    }

    /** SQLite says only "FOREIGN KEY constraint failed": the studio names the key and the value that has no parent, or that rows still reference the row. */
    @Test
    void aForeignKeyFailureSaysWhichKeyAndValueHasNoParentRow() throws Exception {
        db.runAtomically(List.of("CREATE TABLE badges (id integer PRIMARY KEY, player_id integer REFERENCES players(id), team integer, code text,"
                + " FOREIGN KEY (team, code) REFERENCES teams(id, name))", "CREATE UNIQUE INDEX teams_id_name ON teams (id, name)",
                "INSERT INTO badges VALUES (1, 12, 1, 'owls')"), false);
        restart(StudioOptions.defaults());
        HttpResponse<String> edit = page("PUT", "/api/rows?table=players", v("players", "{\"rowid\": \"10\", \"values\": {\"team_id\": {\"input\": \"99\"}}}"));
        assertEquals(400, edit.statusCode(), edit.body());
        assertEquals("foreign key constraint failed: \"team_id\" = 99: no row of \"teams\" has \"id\" = 99; give a value that exists there; nothing was written",
                error(edit));
        assertEquals(1L, db.query("SELECT team_id FROM players WHERE id = 10").get(0).get("team_id"));
        HttpResponse<String> insert = page("POST", "/api/rows?table=badges", "{\"values\": {\"team\": {\"input\": \"2\"}, \"code\": {\"input\": \"owls\"}}}");
        assertEquals("foreign key constraint failed: (\"team\", \"code\") = (2, 'owls'): no row of \"teams\" has (\"id\", \"name\") = (2, 'owls');"
                + " give a value that exists there; nothing was written", error(insert));
        HttpResponse<String> delete = page("DELETE", "/api/rows?table=players", v("players", "{\"rowid\": \"12\"}"));
        assertEquals(400, delete.statusCode(), delete.body());
        assertEquals("foreign key constraint failed: other rows still reference this row (as the preview listed): change or delete those first;"
                + " nothing was written", error(delete));
        assertEquals(3, count("SELECT count(*) FROM players"));
        assertEquals(1, count("SELECT count(*) FROM badges"));
    }

    /** Errors are SQLite's words and the user's statement, not the driver's wrapping or the row cap the console wraps a query in. */
    @Test
    void errorsGiveSqlitesWordsAndTheStatementAsTyped() throws Exception {
        HttpResponse<String> console = page("POST", "/api/sql", "{\"sql\": \"SELECT * FROM nope\"}");
        assertEquals(400, console.statusCode());
        assertEquals("{\"error\":\"no such table: nope\",\"statement\":\"SELECT * FROM nope\"}", console.body());
        HttpResponse<String> dup = page("POST", "/api/rows?table=teams", "{\"values\": {\"id\": 1, \"name\": {\"input\": \"again\"}}}");
        assertEquals(400, dup.statusCode());
        // a row write's UNIQUE is said with its value (ConstraintFailure); SQLite's words are kept in it
        assertEquals("another row of \"teams\" already holds \"id\" = 1 (UNIQUE constraint failed: teams.id): give a value no other row holds;"
                + " nothing was written", error(dup));
        assertEquals(2, count("SELECT count(*) FROM teams"));
    }

    /**
     * A REAL cell edited to -0 reads back 0.0: SQLite's doing, not the studio's. The studio writes -0.0, and SQLite keeps a
     * whole-number REAL of a REAL column as an integer in the file, so its sign goes (an UPDATE in the SQL console does the same).
     * A column with no type keeps -0.0, and the studio's edit does too.
     */
    @Test
    void aRealCellEditedToMinusZeroIsStoredAsSqliteStoresIt() throws Exception {
        db.runAtomically(List.of("CREATE TABLE z (id integer PRIMARY KEY, r real, u)", "INSERT INTO z VALUES (1, 1.5, 1.5)", "INSERT INTO z VALUES (2, -0.0, -0.0)"), false);
        restart(StudioOptions.defaults());
        JsonNode w = ok("PUT", "/api/rows?table=z", v("z", "{\"rowid\": \"1\", \"values\": {\"r\": {\"input\": \"-0\"}, \"u\": {\"input\": \"-0.0\"}}}"));
        assertTrue(w.get("sql").get(0).asText().startsWith("UPDATE \"z\" SET \"r\" = -0.0, \"u\" = -0.0 WHERE"), w.toString());
        List<Map<String, Object>> rows = db.query("SELECT r, u FROM z ORDER BY id");
        assertEquals(rows.get(1), rows.get(0), "as SQLite stores -0.0 itself");
        assertEquals(Double.valueOf(0.0), rows.get(0).get("r"));   // +0.0: Double.equals tells the signs apart
        assertEquals(Double.valueOf(-0.0), rows.get(0).get("u"));
    }

    /**
     * A date typed with milliseconds into a column of seconds (drizzle's {@code integer({mode: 'timestamp'})}) was stored without
     * them, and one with a fraction finer than milliseconds into a {@code timestamp_ms} column was cut to milliseconds, both
     * unsaid. Refused with the reason now, nothing written; a whole second, or the number itself, is taken as before.
     */
    @Test
    void aDateFinerThanItsColumnKeepsIsRefusedNotCutUnsaid() throws Exception {
        db.runAtomically(List.of("CREATE TABLE events (id integer PRIMARY KEY, at DATETIME, at_ms DATETIME)",
                "INSERT INTO events VALUES (1, 1714521600, 1714521600000)"), false);
        restart(StudioOptions.defaults());
        HttpResponse<String> seconds = page("PUT", "/api/rows?table=events", v("events", "{\"rowid\": \"1\", \"values\": {\"at\": {\"input\": \"2024-05-01T10:00:00.123Z\"}}}"));
        assertEquals(400, seconds.statusCode(), seconds.body());
        assertEquals("column \"at\" (DATETIME, timestamp) holds whole seconds: \"2024-05-01T10:00:00.123Z\" has a fraction of a second"
                + " (.123) it would drop; type 2024-05-01T10:00:00Z (drizzle-orm drops it so too), or a number; nothing was written", error(seconds));
        HttpResponse<String> millis = page("PUT", "/api/rows?table=events", v("events", "{\"rowid\": \"1\", \"values\": {\"at_ms\": {\"input\": \"2024-05-01T10:00:00.1234Z\"}}}"));
        assertEquals(400, millis.statusCode(), millis.body());
        assertEquals("column \"at_ms\" (DATETIME, timestamp_ms) holds whole milliseconds: \"2024-05-01T10:00:00.1234Z\" has a fraction of a"
                + " millisecond (.1234) it would drop; type 2024-05-01T10:00:00.123Z, or a number; nothing was written", error(millis));
        assertEquals(List.of(Map.of("at", 1714521600L, "at_ms", 1714521600000L)), db.query("SELECT at, at_ms FROM events"));
        ok("PUT", "/api/rows?table=events", v("events", "{\"rowid\": \"1\", \"values\": {\"at\": {\"input\": \"2024-05-01T10:00:00.000Z\"},"
                + " \"at_ms\": {\"input\": \"2024-05-01T10:00:00.120Z\"}}}"));
        assertEquals(List.of(Map.of("at", 1714557600L, "at_ms", 1714557600120L)), db.query("SELECT at, at_ms FROM events"));
    }

    /**
     * Add row leaves a column to its DEFAULT; where that default is already held under a UNIQUE, SQLite says only "UNIQUE
     * constraint failed: codes.code", and the value was not in the request, so the page showed those bare words. Said with the
     * column and its default now.
     */
    @Test
    void aUniqueFailureOnAColumnLeftToItsDefaultNamesTheDefault() throws Exception {
        db.runAtomically(List.of("CREATE TABLE codes (id integer PRIMARY KEY, code text NOT NULL UNIQUE DEFAULT 'none', n integer)",
                "INSERT INTO codes (id, n) VALUES (1, 1)"), false);
        restart(StudioOptions.defaults());
        HttpResponse<String> insert = page("POST", "/api/rows?table=codes", "{\"values\": {\"n\": {\"input\": \"2\"}}}");
        assertEquals(400, insert.statusCode(), insert.body());
        assertEquals("another row of \"codes\" already holds \"code\" = 'none', its DEFAULT, which the new row was left to (UNIQUE constraint"
                + " failed: codes.code): give a value no other row holds; nothing was written", error(insert));
        assertEquals(1, count("SELECT count(*) FROM codes"));
    }

    /**
     * A trigger the write fires that breaks a NOT NULL (an audit row without its author) made SQLite say "NOT NULL constraint
     * failed: audit.who", shown as it came: a column of another table, which the edit never named. Said as the trigger's now.
     */
    @Test
    void aNotNullFailureRaisedByATriggerSaysWhichTriggerAndThatNothingWasWritten() throws Exception {
        db.runAtomically(List.of("CREATE TABLE audit (id integer PRIMARY KEY, who text NOT NULL, what text)",
                "CREATE TRIGGER teams_audit AFTER UPDATE ON teams BEGIN INSERT INTO audit (who, what) VALUES (NULL, new.name); END",
                "CREATE TRIGGER teams_seen AFTER UPDATE ON teams BEGIN SELECT 1; END"), false);
        restart(StudioOptions.defaults());
        HttpResponse<String> edit = page("PUT", "/api/rows?table=teams", v("teams", "{\"rowid\": \"1\", \"values\": {\"name\": {\"input\": \"hawks\"}}}"));
        assertEquals(400, edit.statusCode(), edit.body());
        assertEquals("a trigger this write fires (\"teams_audit\", on \"teams\") left \"who\" of \"audit\" NULL, which its NOT NULL refuses"
                + " (NOT NULL constraint failed: audit.who): nothing was written; change the trigger, or the row it reads", error(edit));
        assertEquals(0, count("SELECT count(*) FROM audit"));
        assertEquals(0, count("SELECT count(*) FROM teams WHERE name = 'hawks'"));
        // a trigger that writes NULL into the edited table itself, over a value the edit gave: the trigger's, not the edit's
        db.runAtomically(List.of("CREATE TABLE notes (id integer PRIMARY KEY, body text NOT NULL)", "INSERT INTO notes VALUES (1, 'a')",
                "CREATE TRIGGER notes_clear AFTER UPDATE OF body ON notes WHEN new.body = 'x' BEGIN UPDATE notes SET body = NULL WHERE id = new.id; END"), false);
        HttpResponse<String> own = page("PUT", "/api/rows?table=notes", v("notes", "{\"rowid\": \"1\", \"values\": {\"body\": {\"input\": \"x\"}}}"));
        assertEquals("a trigger this write fires (\"notes_clear\", on \"notes\") left \"body\" of \"notes\" NULL, which its NOT NULL refuses"
                + " (NOT NULL constraint failed: notes.body): nothing was written; change the trigger, or the row it reads", error(own));
        HttpResponse<String> byTheEdit = page("PUT", "/api/rows?table=notes", v("notes", "{\"rowid\": \"1\", \"values\": {\"body\": null}}"));
        assertEquals("the row leaves \"body\" of \"notes\" NULL, which its NOT NULL refuses (NOT NULL constraint failed: notes.body): give it"
                + " a value; nothing was written", error(byTheEdit), "the edit's own NULL is not put on a trigger");
        assertEquals("a", db.query("SELECT body FROM notes").get(0).get("body"));
        // over D1 too, whose message says more after SQLite's words; and Add row's default, there as well
        try (D1 over = d1("CREATE TABLE teams (id integer PRIMARY KEY, name text)", "INSERT INTO teams VALUES (1, 'owls')",
                "CREATE TABLE audit (id integer PRIMARY KEY, who text NOT NULL, what text)",
                "CREATE TRIGGER teams_audit AFTER UPDATE ON teams BEGIN INSERT INTO audit (who, what) VALUES (NULL, new.name); END",
                "CREATE TABLE codes (id integer PRIMARY KEY, code text NOT NULL UNIQUE DEFAULT 'none', n integer)", "INSERT INTO codes (id, n) VALUES (1, 1)")) {
            studioOverD1(over.db(), true);
            HttpResponse<String> remote = page("PUT", "/api/rows?table=teams", v("teams", "{\"rowid\": \"1\", \"values\": {\"name\": {\"input\": \"hawks\"}}}"));
            assertEquals("a trigger this write fires (\"teams_audit\", on \"teams\") left \"who\" of \"audit\" NULL, which its NOT NULL refuses"
                    + " (NOT NULL constraint failed: audit.who): nothing was written; change the trigger, or the row it reads", error(remote));
            HttpResponse<String> insert = page("POST", "/api/rows?table=codes", "{\"values\": {\"n\": {\"input\": \"2\"}}}");
            assertEquals("another row of \"codes\" already holds \"code\" = 'none', its DEFAULT, which the new row was left to (UNIQUE constraint"
                    + " failed: codes.code): give a value no other row holds; nothing was written", error(insert));
            assertEquals(List.of(Map.of("name", "owls")), over.db().query("SELECT name FROM teams"));
        }
    }

    /**
     * An edit or Add row that itself leaves a NOT NULL column NULL (a value set to NULL, a column left out that has no DEFAULT)
     * showed SQLite's bare "NOT NULL constraint failed: notes.body". Said with the column, its NOT NULL, and that nothing was
     * written; a generated column that comes out NULL is said as that, not put on the row's values or on a trigger.
     */
    @Test
    void aNotNullTheWriteItselfBreaksNamesTheColumnAndSaysNothingWasWritten() throws Exception {
        db.runAtomically(List.of("CREATE TABLE notes (id integer PRIMARY KEY, body text NOT NULL, tag text NOT NULL DEFAULT NULL, n integer,"
                + " twice integer NOT NULL GENERATED ALWAYS AS (n * 2) VIRTUAL)", "INSERT INTO notes (id, body, tag, n) VALUES (1, 'a', 't', 1)"), false);
        restart(StudioOptions.defaults());
        HttpResponse<String> edit = page("PUT", "/api/rows?table=notes", v("notes", "{\"rowid\": \"1\", \"values\": {\"body\": null}}"));
        assertEquals(400, edit.statusCode(), edit.body());
        assertEquals("the row leaves \"body\" of \"notes\" NULL, which its NOT NULL refuses (NOT NULL constraint failed: notes.body): give it"
                + " a value; nothing was written", error(edit));
        HttpResponse<String> given = page("POST", "/api/rows?table=notes", "{\"values\": {\"id\": {\"input\": \"2\"}, \"body\": null,"
                + " \"tag\": {\"input\": \"t\"}, \"n\": {\"input\": \"1\"}}}");
        assertEquals("the row leaves \"body\" of \"notes\" NULL, which its NOT NULL refuses (NOT NULL constraint failed: notes.body): give it"
                + " a value; nothing was written", error(given));
        HttpResponse<String> leftOut = page("POST", "/api/rows?table=notes", "{\"values\": {\"id\": {\"input\": \"2\"}, \"tag\": {\"input\": \"t\"},"
                + " \"n\": {\"input\": \"1\"}}}");
        assertEquals("the new row leaves \"body\" of \"notes\" NULL (it was left out, and has no DEFAULT), which its NOT NULL refuses (NOT NULL"
                + " constraint failed: notes.body): give it a value; nothing was written", error(leftOut));
        HttpResponse<String> toDefault = page("POST", "/api/rows?table=notes", "{\"values\": {\"id\": {\"input\": \"2\"}, \"body\": {\"input\": \"b\"},"
                + " \"n\": {\"input\": \"1\"}}}");
        assertEquals("the new row leaves \"tag\" of \"notes\" NULL (it was left out, and its DEFAULT NULL gives NULL), which its NOT NULL refuses"
                + " (NOT NULL constraint failed: notes.tag): give it a value; nothing was written", error(toDefault));
        HttpResponse<String> generated = page("PUT", "/api/rows?table=notes", v("notes", "{\"rowid\": \"1\", \"values\": {\"n\": null}}"));
        assertEquals("the generated column \"twice\" of \"notes\" (n * 2) comes out NULL for this row, which its NOT NULL refuses (NOT NULL"
                + " constraint failed: notes.twice): give the columns it reads values that make it not NULL; nothing was written", error(generated));
        assertEquals(List.of(Map.of("id", 1L, "body", "a", "tag", "t", "n", 1L)), db.query("SELECT id, body, tag, n FROM notes"));
        // over D1, whose message says more after SQLite's words
        try (D1 over = d1("CREATE TABLE notes (id integer PRIMARY KEY, body text NOT NULL)", "INSERT INTO notes VALUES (1, 'a')")) {
            studioOverD1(over.db(), true);
            HttpResponse<String> remote = page("PUT", "/api/rows?table=notes", v("notes", "{\"rowid\": \"1\", \"values\": {\"body\": null}}"));
            assertEquals("the row leaves \"body\" of \"notes\" NULL, which its NOT NULL refuses (NOT NULL constraint failed: notes.body): give"
                    + " it a value; nothing was written", error(remote));
            assertEquals(List.of(Map.of("body", "a")), over.db().query("SELECT body FROM notes"));
        }
    }

    /** D1 allows 100 result columns: a row that 60 tables reference (created_by everywhere) lists its references and asks before a key change. */
    @Test
    void overD1ARowThatSixtyTablesReferenceListsItsReferences() throws Exception {
        List<String> ddl = new ArrayList<>(List.of("CREATE TABLE users (id integer PRIMARY KEY, name text)", "INSERT INTO users VALUES (1, 'ann')"));
        for (int i = 0; i < 60; i++) {
            ddl.add("CREATE TABLE t" + i + " (id integer PRIMARY KEY, created_by integer REFERENCES users(id))");
            ddl.add("INSERT INTO t" + i + " VALUES (1, 1)" + (i % 2 == 0 ? ", (2, 1)" : ""));
        }
        try (D1 over = d1(ddl.toArray(String[]::new))) {
            studioOverD1(over.db(), true);
            JsonNode refs = ok("GET", "/api/refs?table=users&rowid=1", null);
            assertEquals(60, refs.get("references").size());
            long total = 0;
            for (JsonNode r : refs.get("references")) total += r.get("count").asLong();
            assertEquals(90, total);
            assertEquals("{\"t\":\"i\",\"v\":\"1\"}", refs.get("references").get(59).get("values").get(0).toString());
            HttpResponse<String> change = page("PUT", "/api/rows?table=users", v("users", "{\"rowid\": \"1\", \"values\": {\"id\": 5}}"));
            assertEquals(409, change.statusCode(), change.body());
            assertEquals(60, json.readTree(change.body()).get("effects").size());
            assertEquals(1L, over.db().query("SELECT count(*) AS n FROM users WHERE id = 1").get(0).get("n"));
        }
    }

    /** A write with RETURNING shows what it returned (it ran as a change and its rows were dropped). */
    @Test
    void aConsoleWriteWithReturningShowsItsRows() throws Exception {
        restart(StudioOptions.defaults().withWrite(true));
        JsonNode r = ok("POST", "/api/sql", "{\"sql\": \"DELETE FROM fans WHERE id >= 1001 RETURNING id, 'gone' AS \\\"returning\\\"\"}");
        assertEquals("changes", r.get("kind").asText());
        assertEquals("[\"id\",\"returning\"]", r.get("columns").toString());
        assertEquals("[[{\"t\":\"i\",\"v\":\"1001\"},{\"t\":\"s\",\"v\":\"gone\"}],[{\"t\":\"i\",\"v\":\"1002\"},{\"t\":\"s\",\"v\":\"gone\"}]]",
                r.get("rows").toString());
        assertEquals(2, r.get("rowsChanged").asLong());
        assertEquals("[{\"table\":\"fans\",\"change\":\"rows\",\"before\":3,\"rows\":1}]", r.get("tables").toString());
        assertEquals(1, count("SELECT count(*) FROM fans"));
    }

    /** A date without a time on a timestamp column means that whole day (UTC): = finds the day's rows, not only those at midnight. */
    @Test
    void aDateFilterOnATimestampColumnMeansTheWholeDay() throws Exception {
        db.runAtomically(List.of("CREATE TABLE events (id integer PRIMARY KEY, at integer, at_ms integer)",
                "INSERT INTO events VALUES (1, 1714521600, 1714521600000), (2, 1714563000, 1714563000123), (3, 1714607999, 1714607999999),"
                        + " (4, 1714608000, 1714608000000), (5, NULL, NULL)"), false);   // 2024-05-01 00:00, 11:30, 23:59:59, 2024-05-02 00:00
        dev.godwit.schema.model.SchemaDef live = dev.godwit.engine.introspect.Introspector.introspect(db);
        List<dev.godwit.schema.model.TableDef> coded = new ArrayList<>();
        for (dev.godwit.schema.model.TableDef t : live.tables()) {
            coded.add(t.mapColumns(c -> c.name().equals("at") ? c.withMode(dev.godwit.schema.model.ColumnMode.TIMESTAMP, List.of())
                    : c.name().equals("at_ms") ? c.withMode(dev.godwit.schema.model.ColumnMode.TIMESTAMP_MS, List.of()) : c));
        }
        restart(StudioOptions.defaults().withCodeSchema(new dev.godwit.schema.model.SchemaDef(coded, List.of())));
        Map<String, String> expected = Map.of("eq", "[1,2,3]", "ne", "[4,5]", "lt", "[]", "gt", "[4]");
        for (String col : List.of("at", "at_ms")) {
            for (var e : expected.entrySet()) {
                JsonNode rows = ok("GET", "/api/rows?table=events&where=" + enc("[[\"" + col + "\",\"" + e.getKey() + "\",\"2024-05-01\"]]"), null).get("rows");
                List<Long> ids = new ArrayList<>();
                rows.forEach(r -> ids.add(r.get("rowid").asLong()));
                assertEquals(e.getValue(), ids.toString().replace(" ", ""), col + " " + e.getKey());
            }
        }
        assertEquals("[2]", ok("GET", "/api/rows?table=events&where=" + enc("[[\"at\",\"eq\",\"2024-05-01T11:30:00Z\"]]"), null).get("rows")
                .findValuesAsText("rowid").toString());
    }

    /**
     * <em>contains</em> on a timestamp column finds what its cells show, the UTC date (and, as before, the digits): it searched the
     * stored integer alone, so {@code contains 2024-05} found no row of a column that showed 2024-05 in every cell. Seconds,
     * milliseconds (shown with {@code .123} where not 0), and a DATETIME's integers, seconds or milliseconds by their size.
     */
    @Test
    void containsOnATimestampColumnFindsTheDateTheCellShows() throws Exception {
        db.runAtomically(List.of("CREATE TABLE events (id integer PRIMARY KEY, at integer, at_ms integer, seen DATETIME)",
                "INSERT INTO events VALUES (1, 1714563000, 1714563000123, 1714563000), (2, 1717200000, 1717200000000, 1717200000000),"
                        + " (3, NULL, -1, '2024-05-09 10:00:00'), (4, 17145, 17145, 17145)"), false);   // 2024-05-01 11:30, 2024-06-01 00:00
        dev.godwit.schema.model.SchemaDef live = dev.godwit.engine.introspect.Introspector.introspect(db);
        List<dev.godwit.schema.model.TableDef> coded = new ArrayList<>();
        for (dev.godwit.schema.model.TableDef t : live.tables()) {
            coded.add(t.mapColumns(c -> c.name().equals("at") ? c.withMode(dev.godwit.schema.model.ColumnMode.TIMESTAMP, List.of())
                    : c.name().equals("at_ms") ? c.withMode(dev.godwit.schema.model.ColumnMode.TIMESTAMP_MS, List.of()) : c));
        }
        restart(StudioOptions.defaults().withCodeSchema(new dev.godwit.schema.model.SchemaDef(coded, List.of())));
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("at 2024-05", "[1]");
        expected.put("at 2024-06-01t00:00:00z", "[2]");
        expected.put("at 17145", "[1,4]");   // the digits still
        expected.put("at_ms 2024-05-01T11:30:00.123Z", "[1]");
        expected.put("at_ms 2024-06-01T00:00:00Z", "[2]");
        expected.put("at_ms 1969-12-31T23:59:59.999Z", "[3]");
        expected.put("at_ms 00.000", "[]");   // a whole second is shown without its milliseconds
        expected.put("seen 2024-05", "[1,3]");
        expected.put("seen 2024-06-01T00:00:00Z", "[2]");
        for (var e : expected.entrySet()) {
            String[] cv = e.getKey().split(" ", 2);
            JsonNode rows = ok("GET", "/api/rows?table=events&where=" + enc("[[\"" + cv[0] + "\",\"contains\",\"" + cv[1] + "\"]]"), null).get("rows");
            assertEquals(e.getValue(), rows.findValuesAsText("rowid").toString().replace(" ", ""), e.getKey());
        }
    }

    /** Someone deleted the rows after the page shown: Next gives an empty page that still leads back to that page, in either order. */
    @Test
    void aPageWhoseFollowingRowsWereDeletedMeanwhileStillLeadsBack() throws Exception {
        db.runAtomically(List.of("INSERT INTO players VALUES (13, 2, 'di'), (14, 2, 'ed')"), false);
        for (String view : List.of("", "&sort=name", "&sort=name&dir=desc")) {
            JsonNode first = ok("GET", "/api/rows?table=players&limit=2" + view, null);
            List<String> shown = first.get("rows").findValuesAsText("rowid");
            db.runAtomically(List.of("CREATE TABLE keep AS SELECT * FROM players", "DELETE FROM players WHERE id NOT IN (" + String.join(", ", shown) + ")"), false);
            JsonNode empty = ok("GET", "/api/rows?table=players&limit=2" + view + "&after=" + enc(first.get("next").asText()), null);
            assertEquals(0, empty.get("rows").size(), view);
            JsonNode back = ok("GET", "/api/rows?table=players&limit=2" + view + "&before=" + enc(empty.get("prev").asText()), null);
            assertEquals(first.get("rows"), back.get("rows"), view);
            db.runAtomically(List.of("DELETE FROM players", "INSERT INTO players SELECT * FROM keep", "DROP TABLE keep"), false);
        }
    }

    /** ATTACH, DETACH and VACUUM cannot run in the console's one transaction (nor on D1 at all): refused in the studio's words, nothing run. */
    @Test
    void attachDetachAndVacuumAreRefusedWithTheReasonAndNothingRuns() throws Exception {
        restart(StudioOptions.defaults().withWrite(true));
        String local = " is not offered in the console: it runs every script in one transaction of its own, and SQLite cannot ATTACH, DETACH"
                + " or VACUUM inside a transaction; nothing was run. Run it with the sqlite3 shell on the file, with the studio stopped";
        for (String[] c : new String[][] {{"VACUUM", "VACUUM"}, {"attach database ':memory:' AS x", "ATTACH"}, {"DETACH x", "DETACH"},
                {"DELETE FROM fans WHERE id = 1000; /* then */ vacuum", "VACUUM"}}) {
            HttpResponse<String> r = page("POST", "/api/sql", json.createObjectNode().put("sql", c[0]).toString());
            assertEquals(400, r.statusCode(), c[0] + ": " + r.body());
            assertEquals(c[1] + local, error(r), c[0]);
        }
        assertEquals(3, count("SELECT count(*) FROM fans"));
        restart(StudioOptions.defaults());   // read-only: the same reason, not "start with -Ddb.studio.write", which would not help
        assertEquals("VACUUM" + local, error(page("POST", "/api/sql", "{\"sql\": \"VACUUM\"}")));
        try (D1 over = d1("CREATE TABLE notes (id integer PRIMARY KEY)", "INSERT INTO notes VALUES (1)")) {
            studioOverD1(over.db(), true);
            HttpResponse<String> r = page("POST", "/api/sql", "{\"sql\": \"DELETE FROM notes; VACUUM\"}");
            assertEquals(400, r.statusCode(), r.body());
            assertEquals("VACUUM is not offered in the console: D1 refuses ATTACH, DETACH and VACUUM (every request is a transaction, and ATTACH is"
                    + " not authorized there); nothing was run", error(r));
            assertEquals(1L, over.db().query("SELECT count(*) AS n FROM notes").get(0).get("n"));
        }
    }

    /** A contains filter given JSON null searched for the text "null" (asText of a JSON null); it needs a value, as = does. */
    @Test
    void aContainsFilterWithoutAValueIsRefusedNotReadAsTheTextNull() throws Exception {
        db.runAtomically(List.of("INSERT INTO players VALUES (13, 2, 'nullable')"), false);
        HttpResponse<String> r = page("GET", "/api/rows?table=players&where=" + enc("[[\"name\",\"contains\",null]]"), null);
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("filter contains on \"name\" needs a value", error(r));
        assertEquals(1, ok("GET", "/api/count?table=players&where=" + enc("[[\"name\",\"contains\",\"NULL\"]]"), null).get("count").asLong());
    }

    /** A json column took empty input and text with more after the JSON ('{} x') as valid JSON (Jackson reads the first value only). */
    @Test
    void aJsonColumnRefusesEmptyInputAndTextAfterTheJson() throws Exception {
        db.runAtomically(List.of("CREATE TABLE docs (id integer PRIMARY KEY, meta json)", "INSERT INTO docs VALUES (1, '{\"a\": 1}')"), false);
        for (String[] c : new String[][] {{"", "no JSON value in it (NULL is the NULL button)"}, {"   ", "no JSON value in it (NULL is the NULL button)"},
                {"{\\\"a\\\": 2} x", "more text after the JSON value"}, {"[1] [2]", "more text after the JSON value"}}) {
            HttpResponse<String> r = page("PUT", "/api/rows?table=docs", v("docs", "{\"rowid\": \"1\", \"values\": {\"meta\": {\"input\": \"" + c[0] + "\"}}}"));
            assertEquals(400, r.statusCode(), c[0] + ": " + r.body());
            assertEquals("column \"meta\" (json, json) takes JSON; this is not valid JSON: " + c[1], error(r), c[0]);
        }
        // Jackson's words alone named its own settings, not where the JSON went wrong: "(start marker at [Source: REDACTED
        // (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 1])"
        for (String[] c : new String[][] {
                {"{\\\"a\\\": 9007199254740993", "Unexpected end-of-input: expected close marker for Object (opened at line 1, column 1), at line 1, column 23"},
                {"{a: 1}", "Unexpected character ('a' (code 97)): was expecting double-quote to start field name, at line 1, column 2"}}) {
            HttpResponse<String> r = page("PUT", "/api/rows?table=docs", v("docs", "{\"rowid\": \"1\", \"values\": {\"meta\": {\"input\": \"" + c[0] + "\"}}}"));
            assertEquals(400, r.statusCode(), c[0] + ": " + r.body());
            assertEquals("column \"meta\" (json, json) takes JSON; this is not valid JSON: " + c[1], error(r), c[0]);
        }
        ok("PUT", "/api/rows?table=docs", v("docs", "{\"rowid\": \"1\", \"values\": {\"meta\": {\"input\": \" [1, 2] \"}}}"));
        assertEquals(" [1, 2] ", db.query("SELECT meta FROM docs").get(0).get("meta"));
    }

    /**
     * A hand-written json column has NUMERIC affinity, so SQLite turns a JSON number written there as text into a number: 12345678901234567890
     * was stored as the REAL 1.2345678901234567E19, the edit saying it wrote the text. A number SQLite would not keep is refused;
     * one it keeps (1.10, 7, 0.5) is written, and so is the same digits as a JSON string.
     */
    @Test
    void aJsonNumberThatANumericJsonColumnWouldRoundIsRefused() throws Exception {
        db.runAtomically(List.of("CREATE TABLE docs (id integer PRIMARY KEY, meta json)", "INSERT INTO docs VALUES (1, '{}')"), false);
        HttpResponse<String> r = page("PUT", "/api/rows?table=docs", v("docs", "{\"rowid\": \"1\", \"values\": {\"meta\": {\"input\": \"12345678901234567890\"}}}"));
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("column \"meta\" (json, json) has NUMERIC affinity (from its type name), so SQLite stores a JSON number there as a number,"
                + " and 12345678901234567890 would be kept as 1.2345678901234567E19, losing digits: write it as a JSON string"
                + " (\"12345678901234567890\"), or give the column the type TEXT; nothing was written", error(r));
        assertEquals("{}", db.query("SELECT meta FROM docs").get(0).get("meta"));
        for (String[] kept : new String[][] {{"0.5", "0.5"}, {"-7", "-7"}, {"9007199254740993", "9007199254740993"},
                {"\\\"12345678901234567890\\\"", "\"12345678901234567890\""}}) {
            ok("PUT", "/api/rows?table=docs", v("docs", "{\"rowid\": \"1\", \"values\": {\"meta\": {\"input\": \"" + kept[0] + "\"}}}"));
            assertEquals(kept[1], db.query("SELECT CAST(meta AS TEXT) AS m FROM docs").get(0).get("m"), kept[0]);
        }
        assertEquals(null, Values.numberLost(dev.godwit.schema.model.Affinity.TEXT, "12345678901234567890"));
        assertEquals("9.007199254740992E15", Values.numberLost(dev.godwit.schema.model.Affinity.REAL, "9007199254740993"));
    }

    /** {"input": null} stored the four letters 'null' in a text column: NULL is null, and input is text. */
    @Test
    void anInputOfJsonNullIsRefusedNotStoredAsTheTextNull() throws Exception {
        HttpResponse<String> r = page("PUT", "/api/rows?table=players", v("players", "{\"rowid\": \"10\", \"values\": {\"name\": {\"input\": null}}}"));
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("column \"name\": \"input\" is the text typed; for NULL send null, not {\"input\": null}", error(r));
        assertEquals("ann", db.query("SELECT name FROM players WHERE id = 10").get(0).get("name"));
    }

    /** A tagged real "NaN" was written as NULL (the literal of NaN is NULL): a value that is not one SQLite stores is refused. */
    @Test
    void aTaggedRealNaNIsRefusedNotWrittenAsNull() throws Exception {
        HttpResponse<String> r = page("PUT", "/api/rows?table=teams", v("teams", "{\"rowid\": \"1\", \"values\": {\"score\": {\"t\": \"r\", \"v\": \"NaN\"}}}"));
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("column \"score\": NaN is not a number SQLite stores (it would be NULL); for NULL send null", error(r));
        assertEquals(1.5, db.query("SELECT score FROM teams WHERE id = 1").get(0).get("score"));
    }

    /**
     * The page shows a blob as hex, but contains searched CAST(blob AS TEXT), the raw bytes read as text: typing what the cell
     * shows ("ff 10") found nothing. A blob is now searched for the bytes the hex spells (instr on bytes: no hex copy of a big blob).
     */
    @Test
    void containsOnABlobColumnFindsTheBytesItsHexSpells() throws Exception {
        db.runAtomically(List.of("INSERT INTO teams (name, logo) VALUES ('wrens', X'FF'), ('text', 'ff10')"), false);
        Map<String, String> expected = Map.of("ff10", "[1,4]", "FF 10", "[1]", "x'00ff'", "[1]", "10", "[1,4]", "f", "[4]", "zz", "[]");
        for (var e : expected.entrySet()) {
            JsonNode rows = ok("GET", "/api/rows?table=teams&where=" + enc(json.writeValueAsString(List.of(List.of("logo", "contains", e.getKey())))), null)
                    .get("rows");
            assertEquals(e.getValue(), rows.findValuesAsText("rowid").toString().replace(" ", "").replace("\"", ""), e.getKey());
        }
    }

    /**
     * A WITHOUT ROWID table's key travels over D1 under labels the studio picks: a column of the same name was taken for a packed key
     * and misread (locally it broke the page). The labels now avoid the table's column names, as the rowid's does.
     */
    @Test
    void aColumnNamedLikeTheStudiosKeyLabelIsReadAsItIs() throws Exception {
        // __godwit_rowid_key0 was the label; __godwit_key0 is the label's base now
        String[] ddl = {"CREATE TABLE odd (k text PRIMARY KEY, \"__godwit_rowid_key0\" text, \"__godwit_key0\" text) WITHOUT ROWID",
                "INSERT INTO odd VALUES ('a', 'text 6869', 'integer 31'), ('b', 'x', 'y')"};
        db.runAtomically(List.of(ddl), false);
        assertEquals(List.of("a:text 6869:integer 31", "b:x:y"), allRows("table=odd", r -> cell(r, 0) + ":" + cell(r, 1) + ":" + cell(r, 2)));
        try (D1 over = d1(ddl)) {
            studioOverD1(over.db(), true);
            assertEquals(List.of("a:text 6869:integer 31", "b:x:y"), allRows("table=odd", r -> cell(r, 0) + ":" + cell(r, 1) + ":" + cell(r, 2)));
            String a = "[{\"t\":\"s\",\"v\":\"a\"}]";
            ok("PUT", "/api/rows?table=odd", "{\"key\": " + a + ", \"version\": \"" + versionOfKey("odd", a) + "\", \"values\": {\"__godwit_key0\": {\"input\": \"z\"}}}");
            assertEquals(List.of(Map.of("k", "a", "c", "z"), Map.of("k", "b", "c", "y")), over.db().query("SELECT k, \"__godwit_key0\" AS c FROM odd ORDER BY k"));
        }
    }

    /**
     * Over D1 a row's references carried the referenced key's value as D1 returned it: 9007199254740993 rounded to ...992, so the
     * page's link to the child rows filtered by the other parent's key. The values now arrive whole.
     */
    @Test
    void overD1TheReferencesOfARowCarryItsKeyAbove2To53Exactly() throws Exception {
        try (D1 over = d1("CREATE TABLE parent (id integer PRIMARY KEY, code integer NOT NULL UNIQUE)",
                "CREATE TABLE child (id integer PRIMARY KEY, code integer REFERENCES parent(code))",
                "INSERT INTO parent VALUES (1, 9007199254740992), (2, 9007199254740993)", "INSERT INTO child VALUES (10, 9007199254740993), (11, 9007199254740993)")) {
            studioOverD1(over.db(), false);
            JsonNode refs = ok("GET", "/api/refs?table=parent&rowid=2", null).get("references").get(0);
            assertEquals(2, refs.get("count").asLong());
            assertEquals("[{\"t\":\"i\",\"v\":\"9007199254740993\"}]", refs.get("values").toString());
        }
    }

    /**
     * An edit waiting for the file's write lock (another process holds it) does not hold up a page of another table: reads have a
     * connection of their own (a page waited as long as the lock was held, 17.5 s of 20). The edit goes through when the lock goes,
     * and the next page shows it.
     */
    @Test
    void aPageIsReadWhileAnEditWaitsForAnotherProcesssWriteLock() throws Exception {
        String version = versionOf("teams", "2");
        try (java.sql.Connection other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.sqlite"))) {
            other.createStatement().execute("BEGIN IMMEDIATE");
            other.createStatement().execute("UPDATE fans SET team_id = team_id WHERE id = 1000");
            ExecutorService pool = Executors.newFixedThreadPool(2);
            java.util.concurrent.CountDownLatch checked = new java.util.concurrent.CountDownLatch(1);
            try {
                pool.submit(() -> {   // the other process lets go once the page is checked, after 4 s at most, whatever this test does
                    checked.await(4, java.util.concurrent.TimeUnit.SECONDS);
                    other.createStatement().execute("COMMIT");
                    return null;
                });
                Future<HttpResponse<String>> edit = pool.submit(() -> page("PUT", "/api/rows?table=teams",
                        "{\"rowid\": \"2\", \"version\": \"" + version + "\", \"values\": {\"name\": {\"input\": \"larks2\"}}}"));
                Thread.sleep(500);   // the edit is waiting for the lock
                assertFalse(edit.isDone());
                long t0 = System.nanoTime();
                JsonNode players = ok("GET", "/api/rows?table=players", null);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                assertEquals(3, players.get("rows").size());
                assertTrue(ms < 2_000, "the page waited " + ms + " ms behind the edit");
                assertFalse(edit.isDone());
                checked.countDown();
                assertEquals(200, edit.get().statusCode(), edit.get().body());
            } finally {
                pool.shutdownNow();
            }
        }
        assertTrue(ok("GET", "/api/rows?table=teams", null).toString().contains("larks2"));
    }

    /**
     * A column declared with a collation and no type ({@code code COLLATE NOCASE}, common in hand-written schemas) has no type
     * to SQLite, so no affinity: it keeps '007' as text, as a column with no type does. The studio read "COLLATE NOCASE" as its
     * type, NUMERIC: an edit of a text cell to 007 stored the integer 7, and a filter "= 1" missed the text '1' there.
     */
    @Test
    void aColumnWithACollationAndNoTypeTakesValuesAsAColumnWithNoTypeDoes() throws Exception {
        db.runAtomically(List.of("CREATE TABLE zips (code COLLATE NOCASE, note text COLLATE NOCASE)",
                "INSERT INTO zips VALUES ('abc', 'x'), (1, 'one'), ('1', 'text one')"), false);
        restart(StudioOptions.defaults());
        ok("PUT", "/api/rows?table=zips", v("zips", "{\"rowid\": \"1\", \"values\": {\"code\": {\"input\": \"007\"}}}"));
        assertEquals(List.of(Map.of("t", "text", "v", "007")), db.query("SELECT typeof(code) AS t, code AS v FROM zips WHERE rowid = 1"));
        JsonNode ones = ok("GET", "/api/rows?table=zips&where=" + enc("[[\"code\", \"eq\", \"1\"]]"), null);
        assertEquals("[\"2\",\"3\"]", json.valueToTree(ones.get("rows").findValuesAsText("rowid")).toString());
        // a text column with a collation is still a text column
        ok("PUT", "/api/rows?table=zips", v("zips", "{\"rowid\": \"2\", \"values\": {\"note\": {\"input\": \"0012\"}}}"));
        assertEquals(List.of(Map.of("t", "text", "v", "0012")), db.query("SELECT typeof(note) AS t, note AS v FROM zips WHERE rowid = 2"));
    }

    /**
     * A console statement with RETURNING runs as it is (not as a subquery, where SQLite names a second "id" "id:1"), and its
     * rows came as a map by column name: {@code RETURNING id, name, id * 2 AS id} showed two columns, "id" holding 20, the
     * first id lost without a word. Every column is kept, a repeated name numbered as SQLite numbers it in a subquery.
     */
    @Test
    void aConsoleReturningTwoColumnsOfOneNameShowsBoth() throws Exception {
        restart(StudioOptions.defaults().withWrite(true));
        JsonNode r = ok("POST", "/api/sql", json.createObjectNode().put("sql", "UPDATE players SET name = 'ann b' WHERE id = 10 RETURNING id, name, id * 2 AS id, name").toString());
        assertEquals("[\"id\",\"name\",\"id:1\",\"name:1\"]", r.get("columns").toString());
        assertEquals("[[{\"t\":\"i\",\"v\":\"10\"},{\"t\":\"s\",\"v\":\"ann b\"},{\"t\":\"i\",\"v\":\"20\"},{\"t\":\"s\",\"v\":\"ann b\"}]]",
                r.get("rows").toString());
    }

    /**
     * A migration rebuilt a table with its columns in another order while the page was open (drizzle's rebuild): an edit from that
     * page was refused, rightly, but said someone had changed the row, comparing its values by position with other columns
     * ({@code "name" is now 'ann' (the page showed 1)}). It says the table's columns changed; a real change still names itself.
     */
    @Test
    void anEditFromAPageShownBeforeAMigrationMovedTheColumnsSaysSo() throws Exception {
        JsonNode row = ok("GET", "/api/rows?table=players", null).get("rows").get(0);
        com.fasterxml.jackson.databind.node.ObjectNode edit = json.createObjectNode().put("rowid", "10").put("version", row.get("version").asText());
        edit.set("shown", row.get("values"));
        edit.putObject("values").putObject("name").put("input", "ann b");
        try (SqliteDatabase other = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
            other.runAtomically(List.of("CREATE TABLE `__new_players` (`id` integer PRIMARY KEY NOT NULL, `name` text,"
                            + " `team_id` integer NOT NULL REFERENCES `teams`(`id`) ON DELETE CASCADE)",
                    "INSERT INTO `__new_players` (id, name, team_id) SELECT id, name, team_id FROM players",
                    "DROP TABLE players", "ALTER TABLE `__new_players` RENAME TO players"), true);
        }
        for (String method : List.of("PUT", "DELETE")) {
            HttpResponse<String> r = page(method, "/api/rows?table=players", edit.toString());
            assertEquals(409, r.statusCode(), r.body());
            assertEquals("the columns of \"players\" are not the ones the page showed (a migration changed the table since the page loaded it?):"
                    + " reload the page; nothing was written", error(r), method);
        }
        try (SqliteDatabase other = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
            other.runAtomically(List.of("ALTER TABLE players ADD COLUMN nick text"), false);
        }
        HttpResponse<String> added = page("PUT", "/api/rows?table=players", edit.toString());
        assertEquals(409, added.statusCode(), added.body());
        assertTrue(error(added).startsWith("the columns of \"players\" are not the ones the page showed"), error(added));
        assertEquals(List.of(Map.of("id", 10L, "name", "ann")), db.query("SELECT id, name FROM players WHERE id = 10"));
        // a page read now, and someone's change since: named as before
        JsonNode now = ok("GET", "/api/rows?table=players", null).get("rows").get(0);
        db.runAtomically(List.of("UPDATE players SET name = 'ann c' WHERE id = 10"), false);
        edit.put("version", now.get("version").asText()).set("shown", now.get("values"));
        HttpResponse<String> changed = page("PUT", "/api/rows?table=players", edit.toString());
        assertEquals(409, changed.statusCode(), changed.body());
        assertTrue(error(changed).contains("\"name\" is now 'ann c' (the page showed 'ann')"), error(changed));
    }

    /**
     * A page (or a bookmark) filtered and sorted by a column a migration then renamed: every click said
     * {@code table "players" has no column "name"}, which reads as a typo of the page's, with no way on (the grid is not drawn,
     * so no header to sort by another column). It says the column went since and what to do.
     */
    @Test
    void aFilterOrSortOnAColumnAMigrationRenamedSaysSo() throws Exception {
        try (SqliteDatabase other = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
            other.runAtomically(List.of("ALTER TABLE players RENAME COLUMN name TO full_name"), false);
        }
        String where = java.net.URLEncoder.encode("[[\"name\",\"contains\",\"ann\"]]", StandardCharsets.UTF_8);
        HttpResponse<String> filtered = page("GET", "/api/rows?table=players&where=" + where, null);
        assertEquals(400, filtered.statusCode(), filtered.body());
        assertEquals("table \"players\" has no column \"name\" (renamed or dropped since the filter was set, by a migration?): remove"
                + " that filter (its ×), or open the table from the list", error(filtered));
        HttpResponse<String> sorted = page("GET", "/api/rows?table=players&sort=name", null);
        assertEquals(400, sorted.statusCode(), sorted.body());
        assertEquals("table \"players\" has no column \"name\" to sort by (renamed or dropped since the page was sorted by it, by a"
                + " migration?): open the table from the list", error(sorted));
        HttpResponse<String> exported = page("GET", "/api/export?table=players&sort=name&format=csv", null);
        assertEquals(400, exported.statusCode(), exported.body());
        assertTrue(error(exported).startsWith("table \"players\" has no column \"name\" to sort by (renamed or dropped"), error(exported));
    }
}
