package dev.godwit.engine.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.godwit.engine.db.SqliteDatabase;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * D1 answers through JavaScript's JSON.stringify: a whole REAL comes without a fraction (3.0 is {@code 3}, 1733472000123456768.0
 * is {@code 1733472000123456800}, the shortest digits padded with zeros) and Infinity as {@code null} (the stand-in answers so).
 * Read as integers, whole reals beyond 2^53 were other numbers than the rows hold: every edit of such a row was refused ("the write
 * changed nothing (a trigger's RAISE(IGNORE)?)"), as its guard {@code "r" IS 1733472000123456800} matched nothing, and a page
 * sorted by the column continued past the other rows of that value (row 3 missing from the grid and from a sorted export).
 */
class StudioD1RealsTest extends StudioServerFixture {

    private String shown(JsonNode row, String body) throws Exception {
        ObjectNode o = (ObjectNode) json.readTree(body);
        o.put("rowid", row.get("rowid").asText());
        o.put("version", row.get("version").asText());
        o.set("shown", row.get("values"));
        return o.toString();
    }

    @Test
    void wholeRealsOverD1AreReadAsRealsSoRowsHoldingThemCanBeEditedAndPagedBy() throws Exception {
        try (D1 d1 = d1("CREATE TABLE m (id integer PRIMARY KEY, r real, note text, b)",
                "INSERT INTO m VALUES (1, 1733472000123456789.0, 'x', 3.0), (2, 3.0, 'y', 2.5), (3, 1733472000123456789.0, 'z', 1.0),"
                        + " (4, 1733472000123456900.0, 'w', 1.5), (5, 9e999, 'inf', -9e999)")) {
            studioOverD1(d1.db(), true);
            JsonNode rows = ok("GET", "/api/rows?table=m", null).get("rows");
            assertEquals("[{\"t\":\"r\",\"v\":\"1.73347200012345677E18\"},{\"t\":\"r\",\"v\":\"3.0\"},{\"t\":\"r\",\"v\":\"1.73347200012345677E18\"},"
                    + "{\"t\":\"r\",\"v\":\"1.73347200012345702E18\"},{\"t\":\"r\",\"v\":\"Infinity\"}]", column(rows, 1));
            assertEquals("[{\"t\":\"r\",\"v\":\"3.0\"},{\"t\":\"r\",\"v\":\"2.5\"},{\"t\":\"r\",\"v\":\"1.0\"},{\"t\":\"r\",\"v\":\"1.5\"},"
                    + "{\"t\":\"r\",\"v\":\"-Infinity\"}]", column(rows, 3), "a column without a type keeps its reals apart from integers");
            for (JsonNode row : rows) {
                HttpResponse<String> r = page("PUT", "/api/rows?table=m", shown(row, "{\"values\": {\"note\": {\"input\": \"edited\"}}}"));
                assertEquals(200, r.statusCode(), "row " + row.get("rowid") + ": " + r.body());
            }
            List<String> ids = new ArrayList<>();
            String after = null;
            do {
                JsonNode p = ok("GET", "/api/rows?table=m&sort=r&limit=1" + (after == null ? "" : "&after=" + enc(after)), null);
                for (JsonNode r : p.get("rows")) ids.add(r.get("rowid").asText());
                after = p.path("next").asText(null);
            } while (after != null && ids.size() < 10);
            assertEquals(List.of("2", "1", "3", "4", "5"), ids, "a page sorted by r continues from the exact value");
        }
        try (SqliteDatabase f = SqliteDatabase.open(dir.resolve("d1.sqlite"))) {
            assertEquals(List.of("real"), f.query("SELECT DISTINCT typeof(b) AS y FROM m").stream().map(r -> r.get("y")).toList());
            assertEquals(5L, f.query("SELECT count(*) AS n FROM m WHERE note = 'edited'").get(0).get("n"));
        }
    }

    /**
     * Two rows holding Infinity, paged by that column: the cursor's Infinity went to D1 as JSON, which has none, and was bound as
     * the text "Infinity", below every number: going up the second row was skipped, going down it came back on every page.
     */
    @Test
    void aPageSortedByAColumnHoldingInfinityTwiceGoesOnFromIt() throws Exception {
        try (D1 d1 = d1("CREATE TABLE m (id integer PRIMARY KEY, r real)", "INSERT INTO m VALUES (1, 1.5), (2, 9e999), (3, 9e999), (4, 2.5), (5, -9e999)")) {
            studioOverD1(d1.db(), true);
            for (String dir : List.of("asc", "desc")) {
                List<String> ids = new ArrayList<>();
                String after = null;
                do {
                    JsonNode p = ok("GET", "/api/rows?table=m&sort=r&dir=" + dir + "&limit=1" + (after == null ? "" : "&after=" + enc(after)), null);
                    for (JsonNode r : p.get("rows")) ids.add(r.get("rowid").asText());
                    after = p.path("next").asText(null);
                } while (after != null && ids.size() < 10);
                assertEquals(dir.equals("asc") ? List.of("5", "1", "4", "2", "3") : List.of("3", "2", "4", "1", "5"), ids, dir);
            }
        }
    }

    private static String column(JsonNode rows, int i) {
        List<String> out = new ArrayList<>();
        for (JsonNode r : rows) out.add(r.get("values").get(i).toString());
        return "[" + String.join(",", out) + "]";
    }
}
