package dev.godwit.engine.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The table list on a local file counts its tables within a time budget: on a 4.1 GB file it counted every row of every table
 * before the page could show anything (33 s after a cold start, 4.6 s each time the list was read again, and every page of a
 * second tab waited on the same connection). Past the budget the counts are left to the table opened and to Count all rows.
 */
class StudioListCountBudgetTest extends StudioServerFixture {

    @AfterEach
    void budgetBack() {
        TableList.countBudget = TableList.COUNT_BUDGET;
    }

    @Test
    void aListWhoseCountsTakeTooLongComesWithoutThem() throws Exception {
        db.runAtomically(List.of("CREATE TABLE big (id integer PRIMARY KEY, v integer)",
                "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 3000000) INSERT INTO big SELECT i, i % 7 FROM s"), false);
        JsonNode counted = ok("GET", "/api/tables", null);
        assertEquals(3000000, table(counted, "big").get("rows").asLong(), "within the budget: counted, as before");
        TableList.countBudget = Duration.ofMillis(1);
        JsonNode list = ok("GET", "/api/tables", null);
        assertFalse(table(list, "big").has("rows"));
        assertTrue(table(list, "big").get("counted").isBoolean() && !table(list, "big").get("counted").asBoolean());
        assertFalse(table(list, "teams").has("rows"), "one query counts them all: none counted");
        // the reader goes on: a page, the table's own count, and Count all rows
        assertEquals(2, ok("GET", "/api/rows?table=teams&count=1", null).get("rows").size());
        assertEquals(3000000, ok("GET", "/api/count?table=big", null).get("count").asLong());
        JsonNode all = ok("GET", "/api/counts", null);
        assertTrue(all.toString().contains("3000000"), all.toString());
    }

    private static JsonNode table(JsonNode list, String name) {
        for (JsonNode t : list.get("tables")) if (t.get("name").asText().equals(name)) return t;
        throw new AssertionError("no " + name);
    }
}
