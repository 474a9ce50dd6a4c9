package dev.godwit.engine.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.godwit.engine.db.SqliteDatabase;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/rows?table=t&rowid=N} (or {@code &key=[…]}): one row as a page shows it, with its version, whatever the filters,
 * which Undo reads where the edit moved the row off its page (it said to change the value back by hand). Over D1 one call; a rowid
 * beyond 2^53 is the row asked for, not its rounded neighbour.
 */
class StudioOneRowTest extends StudioServerFixture {

    @Test
    void oneRowByItsRowidOrKeyAsAPageShowsItOverD1() throws Exception {
        try (D1 d1 = d1("CREATE TABLE t (id integer PRIMARY KEY, n integer, name text)",
                "INSERT INTO t VALUES (9007199254740992, 1, 'even'), (9007199254740993, 2, 'odd'), (5, 3, 'five')",
                "CREATE TABLE kv (org text, n integer, v text, PRIMARY KEY (org, n)) WITHOUT ROWID",
                "INSERT INTO kv VALUES ('a', 1, 'x'), ('b', 2, 'y')",
                "CREATE VIEW tv AS SELECT name FROM t")) {
            studioOverD1(d1.db(), true);
            ok("GET", "/api/tables", null);
            int at = d1.standIn().requestCount();
            JsonNode one = ok("GET", "/api/rows?table=t&rowid=9007199254740993&where=" + enc("[[\"n\",\"eq\",\"3\"]]") + "&count=1", null);
            assertEquals(1, d1.standIn().requestCount() - at, "one D1 call");
            assertEquals(1, one.get("rows").size());
            JsonNode row = one.get("rows").get(0);
            assertEquals("9007199254740993", row.get("rowid").asText());
            assertEquals("[{\"t\":\"i\",\"v\":\"9007199254740993\"},{\"t\":\"i\",\"v\":\"2\"},{\"t\":\"s\",\"v\":\"odd\"}]", row.get("values").toString());
            assertEquals(false, one.has("next") || one.has("prev") || one.has("count"), one.toString());
            // its version and values are what an edit sends: the edit goes through
            String body = "{\"rowid\": \"9007199254740993\", \"version\": \"" + row.get("version").asText() + "\", \"shown\": " + row.get("values")
                    + ", \"values\": {\"name\": {\"input\": \"back\"}}}";
            ok("PUT", "/api/rows?table=t", body);
            JsonNode kv = ok("GET", "/api/rows?table=kv&key=" + enc(key("b", 2)), null).get("rows");
            assertEquals("[" + key("b", 2) + "]", "[" + kv.get(0).get("key") + "]");
            assertEquals("y", cell(kv.get(0), 2));
            assertEquals(0, ok("GET", "/api/rows?table=t&rowid=77", null).get("rows").size(), "no such row: no rows");
            HttpResponse<String> view = page("GET", "/api/rows?table=tv&rowid=1", null);
            assertEquals(400, view.statusCode(), view.body());
            assertEquals(true, error(view).startsWith("\"tv\" has no rowid or key to find a row by: "), error(view));
            HttpResponse<String> both = page("GET", "/api/rows?table=t&rowid=5&after=x", null);
            assertEquals("give a row (rowid or key) or a cursor (after, before), not both", error(both));
        }
        try (SqliteDatabase f = SqliteDatabase.open(dir.resolve("d1.sqlite"))) {
            assertEquals(List.of(Map.of("name", "back"), Map.of("name", "even"), Map.of("name", "five")),
                    f.query("SELECT name FROM t ORDER BY id DESC"));
        }
    }
}
