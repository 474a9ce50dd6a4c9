package dev.godwit.engine.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.godwit.engine.db.Database;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Jumping to a page ({@code api/rows?at=N}): its first row is the row N rows in under the sort and filters, found by one
 * {@code LIMIT 1 OFFSET ?}; Next and Previous from it are the pages after and before it; past the end it is the last page, said
 * so ({@code past}, {@code count}). For a rowid table, a WITHOUT ROWID table, a descending sort with NULLs and a view, locally and
 * (the rowid table) over D1.
 */
class StudioJumpTest extends StudioServerFixture {

    private static final String[] DDL = {
            "CREATE TABLE k (g integer, s text)",
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 236)"
                    + " INSERT INTO k SELECT CASE WHEN i % 7 = 0 THEN NULL ELSE i % 5 END, 'x' || i FROM n",
            "CREATE TABLE kv (org text, n integer, note text, PRIMARY KEY (org, n)) WITHOUT ROWID",
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 236)"
                    + " INSERT INTO kv SELECT 'o' || (i % 4), i, CASE WHEN i % 6 = 0 THEN NULL ELSE 'n' || (i % 9) END FROM n",
            "CREATE VIEW kview AS SELECT g, s FROM k"};

    /** The ids of the rows {@code offset} rows in, {@code n} of them, as SQLite orders them. */
    private List<String> expected(Database target, String sql, long offset, int n) {
        return target.query(sql + " LIMIT " + n + " OFFSET " + offset).stream().map(m -> m.get("id").toString()).toList();
    }

    private static List<String> ids(JsonNode page, java.util.function.Function<JsonNode, String> id) {
        List<String> out = new ArrayList<>();
        page.get("rows").forEach(r -> out.add(id.apply(r)));
        return out;
    }

    /**
     * For each offset: the jump's rows are the rows at that offset, its Next the 10 after, its Previous the 10 before; a jump past
     * the end lands on the last page and says where it was asked to go.
     */
    private void jumps(Database target, String query, String sql, java.util.function.Function<JsonNode, String> id) throws Exception {
        long total = target.query("SELECT count(*) AS n FROM (" + sql + ")").get(0).get("n") instanceof Number n ? n.longValue() : -1;
        for (long at : List.of(0L, 10L, 40L, 120L, 130L)) {
            JsonNode p = ok("GET", "/api/rows?" + query + "&limit=10&at=" + at, null);
            assertEquals(expected(target, sql, at, 10), ids(p, id), query + " at " + at);
            assertEquals(at, p.get("at").asLong());
            assertFalse(p.has("past"));
            if (at == 0) {
                assertFalse(p.has("prev"), query);
            } else {
                JsonNode prev = ok("GET", "/api/rows?" + query + "&limit=10&before=" + enc(p.get("prev").asText()), null);
                assertEquals(expected(target, sql, at - 10, 10), ids(prev, id), query + " before " + at);
            }
            JsonNode next = ok("GET", "/api/rows?" + query + "&limit=10&after=" + enc(p.get("next").asText()), null);
            assertEquals(expected(target, sql, at + 10, 10), ids(next, id), query + " after " + at);
        }
        long last = (total - 1) / 10 * 10;
        for (String at : List.of("5000", "last")) {
            JsonNode p = ok("GET", "/api/rows?" + query + "&limit=10&at=" + at, null);
            assertEquals(expected(target, sql, last, 10), ids(p, id), query + " at " + at);
            assertEquals(last, p.get("at").asLong());
            assertEquals(total, p.get("count").asLong());
            assertFalse(p.has("next"), query);
            if (at.equals("5000")) assertEquals(5000, p.get("past").asLong());
            else assertFalse(p.has("past"));
        }
    }

    @Test
    void aJumpShowsTheRowsAtThatPositionAndNextAndPreviousFollowOn() throws Exception {
        db.runAtomically(List.of(DDL), false);
        java.util.function.Function<JsonNode, String> rowid = r -> r.get("rowid").asText();
        java.util.function.Function<JsonNode, String> pk = r -> r.get("key").get(0).get("v").asText() + "/" + r.get("key").get(1).get("v").asText();
        java.util.function.Function<JsonNode, String> viewRow = r -> cell(r, 1);
        String kvId = "org || '/' || n AS id";
        // rowid table: no sort; a descending sort with NULLs (last) and ties; the same under a filter
        jumps(db, "table=k", "SELECT rowid AS id FROM k ORDER BY rowid", rowid);
        jumps(db, "table=k&sort=g&dir=desc", "SELECT rowid AS id FROM k ORDER BY g DESC, rowid DESC", rowid);
        jumps(db, "table=k&sort=g&dir=asc&where=" + enc("[[\"g\",\"ne\",\"3\"]]"),
                "SELECT rowid AS id FROM k WHERE g IS NOT 3 ORDER BY g, rowid", rowid);
        // WITHOUT ROWID: by its primary key; sorted descending by a column with NULLs
        jumps(db, "table=kv", "SELECT " + kvId + " FROM kv ORDER BY org, n", pk);
        jumps(db, "table=kv&sort=note&dir=desc", "SELECT " + kvId + " FROM kv ORDER BY note DESC, org DESC, n DESC", pk);
        // a view pages by OFFSET in its total order (the sort, then every column)
        jumps(db, "table=kview&sort=g&dir=desc", "SELECT s AS id FROM kview ORDER BY g DESC, s DESC", viewRow);
        JsonNode sql = ok("GET", "/api/rows?table=k&sort=g&limit=10&at=120", null);
        assertFalse(sql.get("sql").asText().contains("OFFSET"), "the page itself is a keyset page: " + sql.get("sql").asText());
        assertEquals(400, page("GET", "/api/rows?table=k&at=-3", null).statusCode());
        assertTrue(error(page("GET", "/api/rows?table=k&at=x", null)).contains("at is the number of rows to skip (0 for the first page) or \"last\", not \"x\""));
        assertEquals(400, page("GET", "/api/rows?table=k&at=10&after=abc", null).statusCode());
        // an empty table: the first (empty) page
        db.runAtomically(List.of("CREATE TABLE e (a integer)"), false);
        JsonNode empty = ok("GET", "/api/rows?table=e&at=last", null);
        assertEquals(0, empty.get("rows").size());
        assertEquals(0, empty.get("at").asLong());
        try (D1 over = d1(DDL)) {
            studioOverD1(over.db(), false);
            jumps(over.db(), "table=k&sort=g&dir=desc", "SELECT rowid AS id FROM k ORDER BY g DESC, rowid DESC", rowid);
            jumps(over.db(), "table=kv&sort=note&dir=desc", "SELECT " + kvId + " FROM kv ORDER BY note DESC, org DESC, n DESC", pk);
            // Last, with the page asking for its count (as the page does on D1): the jump's count serves, not a second one riding along
            JsonNode last = ok("GET", "/api/rows?table=k&limit=10&count=1&at=last", null);
            assertEquals(237, last.get("count").asLong());
            assertFalse(last.get("sql").asText().contains("count(*)"), last.get("sql").asText());
        }
    }
}
