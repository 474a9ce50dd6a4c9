package dev.godwit.engine.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.godwit.engine.db.Database;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Over D1 a page reads large values as a local page does: their start and length, not the whole value (a page of rows of 3 MB
 * texts was D1's JSON of every one of them, whole); an edit of the row still finds a change made since by someone else, and never
 * writes the start it was shown.
 */
class StudioD1PreviewsTest extends StudioServerFixture {

    /** D1's port, weighing each answer as D1's JSON does (a text its characters, a blob 4 a byte): the heaviest kept. */
    static class Weighed extends StudioD1ExportTest.Measured {
        long heaviest;

        Weighed(Database db) {
            super(db);
        }

        @Override
        public synchronized List<Map<String, Object>> query(String sql, Object... params) {
            List<Map<String, Object>> rows = super.query(sql, params);
            long w = 0;
            for (Map<String, Object> r : rows) {
                for (Object v : r.values()) {
                    if (v instanceof byte[] b) w += 4L * b.length;
                    else if (v instanceof String s) w += s.length();
                }
            }
            heaviest = Math.max(heaviest, w);
            return rows;
        }
    }

    private String shown(JsonNode row, String body) throws Exception {
        ObjectNode o = (ObjectNode) json.readTree(body);
        o.put("rowid", row.get("rowid").asText());
        o.put("version", row.get("version").asText());
        o.set("shown", row.get("values"));
        return o.toString();
    }

    private static final String SEED_DOCS = "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 6)"
            + " INSERT INTO docs SELECT i, 't' || i, CASE WHEN i % 3 = 0 THEN 'short ' || i ELSE printf('%.*c', 1500000, char(96 + i)) || 'é' END,"
            + " CASE WHEN i % 2 = 0 THEN randomblob(400000) ELSE x'0102' END FROM s";

    @Test
    void overD1APageReadsTheStartOfLargeValuesAndAnEditStillFindsAChangeMadeSince() throws Exception {
        try (D1 d1 = d1("CREATE TABLE docs (id integer PRIMARY KEY, title text, body text, data blob)", SEED_DOCS)) {
            Weighed d = new Weighed(d1.db());
            studioOverD1(d, true);
            ok("GET", "/api/tables", null);
            JsonNode page = ok("GET", "/api/rows?table=docs&count=1", null);
            assertTrue(d.heaviest < 500_000, "a page's answer from D1 weighed " + d.heaviest + " (6 rows, 4 of 1.5 MB texts, 3 of 400 KB blobs)");
            assertEquals(6, page.get("count").asInt());
            JsonNode first = page.get("rows").get(0);
            JsonNode body = first.get("values").get(2);
            assertTrue(body.get("truncated").asBoolean(), body.toString());
            assertEquals(1_500_001, body.get("n").asLong(), "characters, the é one");
            assertEquals(Values.MAX_TEXT_CHARS, body.get("v").asText().length());
            assertEquals("short 3", page.get("rows").get(2).get("values").get(2).get("v").asText(), "a short text whole");
            JsonNode blob = page.get("rows").get(1).get("values").get(3);
            assertTrue(blob.get("truncated").asBoolean(), blob.toString());
            assertEquals(400_000, blob.get("n").asLong());
            assertEquals(128, blob.get("v").asText().length(), "its first 64 bytes in hex");
            assertEquals("0102", first.get("values").get(3).get("v").asText(), "a small blob whole");

            // the version is the one a write computes from the row as it is now: an edit of another cell goes through, the long text untouched
            String before = (String) d1.db().query("SELECT hex(substr(body, 1499990)) AS h FROM docs WHERE id = 1").get(0).get("h");
            ok("PUT", "/api/rows?table=docs", shown(first, "{\"values\": {\"title\": {\"input\": \"renamed\"}}}"));
            Map<String, Object> now = d1.db().query("SELECT title, length(body) AS n, hex(substr(body, 1499990)) AS h FROM docs WHERE id = 1").get(0);
            assertEquals("renamed", now.get("title"));
            assertEquals(1_500_001L, ((Number) now.get("n")).longValue());
            assertEquals(before, now.get("h"));

            // the preview cannot be written back as the value
            JsonNode again = ok("GET", "/api/rows?table=docs", null).get("rows").get(0);
            HttpResponse<String> r = page("PUT", "/api/rows?table=docs", shown(again, "{\"values\": {\"body\": " + again.get("values").get(2) + "}}"));
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(error(r).contains("truncated text preview cannot be saved"), r.body());

            // another tab makes the long text longer: this page's edit of the title is refused as changed since, nothing written
            d1.db().write("UPDATE docs SET body = body || 'x' WHERE id = 1");
            r = page("PUT", "/api/rows?table=docs", shown(again, "{\"values\": {\"title\": {\"input\": \"lost?\"}}}"));
            assertEquals(409, r.statusCode(), r.body());
            assertTrue(error(r).contains("changed since the page loaded it"), r.body());
            // and a change of its first characters, its length kept
            JsonNode fresh = ok("GET", "/api/rows?table=docs", null).get("rows").get(0);
            d1.db().write("UPDATE docs SET body = 'Z' || substr(body, 2) WHERE id = 1");
            r = page("DELETE", "/api/rows?table=docs", shown(fresh, "{}"));
            assertEquals(409, r.statusCode(), r.body());
            assertEquals("renamed", d1.db().query("SELECT title FROM docs WHERE id = 1").get(0).get("title"));
            // a blob's row too
            JsonNode second = ok("GET", "/api/rows?table=docs", null).get("rows").get(1);
            d1.db().write("UPDATE docs SET data = randomblob(399999) WHERE id = 2");
            r = page("PUT", "/api/rows?table=docs", shown(second, "{\"values\": {\"title\": {\"input\": \"t2b\"}}}"));
            assertEquals(409, r.statusCode(), r.body());
            second = ok("GET", "/api/rows?table=docs", null).get("rows").get(1);
            ok("PUT", "/api/rows?table=docs", shown(second, "{\"values\": {\"title\": {\"input\": \"t2b\"}}}"));
            ok("DELETE", "/api/rows?table=docs", shown(ok("GET", "/api/rows?table=docs", null).get("rows").get(1), "{}"));
            assertEquals(5L, ((Number) d1.db().query("SELECT count(*) AS n FROM docs").get(0).get("n")).longValue());
        }
    }

    /** Sorted by a large column, a page's cursor (the value's hash) is found again: the next page follows, every row once. */
    @Test
    void overD1PagesSortedByALargeColumnContinue() throws Exception {
        try (D1 d1 = d1("CREATE TABLE docs (id integer PRIMARY KEY, title text, body text, data blob)", SEED_DOCS,
                "CREATE TABLE kv (k text PRIMARY KEY, body text) WITHOUT ROWID",
                "INSERT INTO kv SELECT title, body FROM docs")) {
            Weighed d = new Weighed(d1.db());
            studioOverD1(d, true);
            for (String q : List.of("table=docs&sort=body&dir=desc", "table=docs&sort=data", "table=kv&sort=body")) {
                JsonNode p = ok("GET", "/api/rows?" + q + "&limit=2", null);
                int rows = p.get("rows").size();
                while (p.hasNonNull("next")) {
                    p = ok("GET", "/api/rows?" + q + "&limit=2&after=" + enc(p.get("next").asText()), null);
                    rows += p.get("rows").size();
                }
                assertEquals(6, rows, q);
            }
            assertTrue(d.heaviest < 1_500_000 * 2L + 500_000, "an answer weighed " + d.heaviest);
            JsonNode kv = ok("GET", "/api/rows?table=kv", null);
            assertFalse(kv.get("rows").get(0).get("values").get(1).path("truncated").isMissingNode());
        }
    }
}
