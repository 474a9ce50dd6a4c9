package dev.godwit.engine.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.godwit.engine.db.SqliteDatabase;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * D1 binds at most 100 parameters a statement and nests expressions at most 100 deep. An edit of a 100-column row of long
 * texts, reals and blobs (its guard binding each of them) failed "too many SQL variables", and a page under 120 filters
 * "Expression tree is too large (maximum depth 100)".
 */
class StudioD1LimitsTest extends StudioServerFixture {

    private static String wide() {
        List<String> cols = new ArrayList<>();
        for (int i = 1; i < 100; i++) cols.add("c" + i);
        return "CREATE TABLE w (id integer PRIMARY KEY, " + String.join(", ", cols) + ")";
    }

    /** Row 1: c1..c33 texts of 300 characters, c34..c66 reals, c67..c99 blobs of 200 bytes: a guard binding 99 values. */
    private static String row() {
        List<String> v = new ArrayList<>();
        for (int i = 1; i < 100; i++) {
            v.add(i <= 33 ? "'t" + i + "' || substr(replace(hex(zeroblob(200)), '0', 'x'), 1, 297)" : i <= 66 ? "(" + i + " / 3.0)" : "randomblob(200)");
        }
        return "INSERT INTO w VALUES (1, " + String.join(", ", v) + ")";
    }

    private List<Map<String, Object>> quoted(SqliteDatabase f) {
        List<String> q = new ArrayList<>();
        for (int i = 1; i < 100; i++) q.add("quote(c" + i + ") AS \"c" + i + "\"");
        return f.query("SELECT " + String.join(", ", q) + " FROM w ORDER BY id");
    }

    @Test
    void anEditOfAHundredColumnRowOfLongValuesIsWrittenExactly() throws Exception {
        List<Map<String, Object>> before;
        String a = "A".repeat(3000) + "'?é";
        String b = "B".repeat(2500) + "\"?";
        try (D1 d1 = d1(wide(), row())) {
            try (SqliteDatabase f = SqliteDatabase.open(dir.resolve("d1.sqlite"))) {
                before = quoted(f);
            }
            studioOverD1(d1.db(), true);
            JsonNode r = ok("GET", "/api/rows?table=w", null).get("rows").get(0);
            ObjectNode body = json.createObjectNode();
            body.putObject("values").put("c1", a).put("c2", b);
            body.put("rowid", r.get("rowid").asText());
            body.put("version", r.get("version").asText());
            body.set("shown", r.get("values"));
            HttpResponse<String> res = page("PUT", "/api/rows?table=w", body.toString());
            assertEquals(200, res.statusCode(), res.body());
        }
        try (SqliteDatabase f = SqliteDatabase.open(dir.resolve("d1.sqlite"))) {
            List<Map<String, Object>> after = quoted(f);
            assertEquals(a, f.query("SELECT c1 AS x FROM w").get(0).get("x"));
            assertEquals(b, f.query("SELECT c2 AS x FROM w").get(0).get("x"));
            Map<String, Object> rest = new java.util.LinkedHashMap<>(after.get(0));
            Map<String, Object> was = new java.util.LinkedHashMap<>(before.get(0));
            rest.remove("c1"); rest.remove("c2"); was.remove("c1"); was.remove("c2");
            assertEquals(was, rest, "the other 97 columns byte-exact as they were");
        }
    }

    @Test
    void aRowOfAHundredLongValuesThatCannotBeSpelledOutIsRefusedSayingWhatToDo() throws Exception {
        // 99 texts of 3,000 characters bound for the edit and the guard's 99 starts: 198 values, 300 KB spelled out
        List<String> v = new ArrayList<>();
        for (int i = 1; i < 100; i++) v.add("'t" + i + "' || substr(replace(hex(zeroblob(2000)), '0', 'x'), 1, 2997)");
        try (D1 d1 = d1(wide(), "INSERT INTO w VALUES (1, " + String.join(", ", v) + ")")) {
            studioOverD1(d1.db(), true);
            JsonNode r = ok("GET", "/api/rows?table=w", null).get("rows").get(0);
            ObjectNode body = json.createObjectNode();
            ObjectNode values = body.putObject("values");
            for (int i = 1; i < 100; i++) values.put("c" + i, "N".repeat(3000));
            body.put("rowid", r.get("rowid").asText());
            body.put("version", r.get("version").asText());
            body.set("shown", r.get("values"));
            HttpResponse<String> res = page("PUT", "/api/rows?table=w", body.toString());
            assertEquals(400, res.statusCode(), res.body());
            String e = error(res);
            assertTrue(e.startsWith("this statement has 198 values to send and D1 binds at most 100 a statement;"), e);
            assertTrue(e.contains("Nothing was run: change fewer columns at a time"), e);
        }
        try (SqliteDatabase f = SqliteDatabase.open(dir.resolve("d1.sqlite"))) {
            assertEquals(0L, f.query("SELECT count(*) AS n FROM w WHERE c1 LIKE 'N%'").get(0).get("n"), "nothing written");
        }
    }

    @Test
    void aPageUnder120FiltersIsReadOverD1() throws Exception {
        try (D1 d1 = d1("CREATE TABLE m (id integer PRIMARY KEY, note text)", "INSERT INTO m VALUES (1, 'apple pie'), (2, 'plum'), (3, 'apple')")) {
            studioOverD1(d1.db(), true);
            List<String> f = new ArrayList<>();
            for (int i = 0; i < 60; i++) f.add("[\"note\",\"contains\",\"app\"]");
            for (int i = 0; i < 60; i++) f.add("[\"note\",\"ne\",\"apple\"]");
            JsonNode p = ok("GET", "/api/rows?table=m&where=" + enc("[" + String.join(",", f) + "]"), null);
            List<String> ids = new ArrayList<>();
            for (JsonNode r : p.get("rows")) ids.add(r.get("rowid").asText());
            assertEquals(List.of("1"), ids);
        }
    }
    /**
     * A value over the 1,000,000 bytes Godwit sends D1 in one request, typed into a cell: the refusal spoke of a migration to
     * split ("Split the migration into smaller ones"), which a studio user has not made.
     */
    @Test
    void anEditTooLargeForOneD1RequestIsRefusedInTheStudiosWords() throws Exception {
        try (D1 d1 = d1("CREATE TABLE m (id integer PRIMARY KEY, note text)", "INSERT INTO m VALUES (1, 'short')")) {
            studioOverD1(d1.db(), true);
            String big = "y".repeat(1_200_000);
            HttpResponse<String> r = page("PUT", "/api/rows?table=m", v("m", "{\"rowid\": \"1\", \"values\": {\"note\": \"" + big + "\"}}"));
            assertEquals(400, r.statusCode());
            assertEquals("this would be a D1 request of 1,200,356 bytes, over the 1,000,000 Godwit sends D1 in one request, so it"
                    + " was not sent; nothing was written. A value (or a script) this large is written by your application, or with `wrangler d1 execute"
                    + " --remote --file` (D1's import API); D1 keeps at most 2,000,000 bytes in one row", error(r));
            assertEquals("short", ok("GET", "/api/rows?table=m", null).get("rows").get(0).get("values").get(1).get("v").asText());
        }
    }
}
