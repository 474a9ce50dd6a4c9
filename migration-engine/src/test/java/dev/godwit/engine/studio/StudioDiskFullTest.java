package dev.godwit.engine.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A studio write on a local file whose disk is full showed SQLite's bare {@code database or disk is full}: nothing said that
 * nothing was written, nor where to free space. A real SQLITE_FULL here: the studio's connection may not grow the file
 * ({@code PRAGMA max_page_count}), as a full disk would not let it.
 */
class StudioDiskFullTest extends StudioServerFixture {

    @Test
    void aWriteOnAFullDiskSaysNothingWasWrittenAndWhereToFreeSpace() throws Exception {
        restart(StudioOptions.defaults().withHiddenTables(java.util.Set.of("__drizzle_migrations")).withWrite(true));   // the console writes too
        JsonNode row = ok("GET", "/api/rows?table=teams", null).get("rows").get(0);
        long pages = ((Number) db.query("PRAGMA page_count").get(0).values().iterator().next()).longValue();
        db.query("PRAGMA max_page_count = " + pages);   // the studio writes on this connection: the file cannot grow
        String big = "x".repeat(200_000);
        HttpResponse<String> insert = page("POST", "/api/rows?table=teams", "{\"values\": {\"name\": {\"input\": \"" + big + "\"}}}");
        String file = db.query("PRAGMA database_list").get(0).get("file").toString();
        String expected = "database or disk is full: nothing was written (SQLite rolled the change back). The disk holding the file (" + file
                + "; N MB free there), or the temporary folder SQLite writes to, is full: free space, then save the change again.";
        assertEquals(507, insert.statusCode(), insert.body());
        assertEquals(expected, error(insert).replaceAll("; [0-9.]+ MB free there", "; N MB free there"));
        ObjectNodeBody edit = new ObjectNodeBody(row);
        HttpResponse<String> update = page("PUT", "/api/rows?table=teams", edit.with("{\"values\": {\"name\": {\"input\": \"" + big + "\"}}}"));
        assertEquals(507, update.statusCode(), update.body());
        assertEquals(expected, error(update).replaceAll("; [0-9.]+ MB free there", "; N MB free there"));
        // the console's script too, said as a script: which statement failed, and that the whole script was rolled back
        HttpResponse<String> script = page("POST", "/api/sql", "{\"sql\": \"INSERT INTO fans VALUES (2000, 1); UPDATE teams SET name = printf('%.200000c', 'y')\"}");
        assertEquals(507, script.statusCode(), script.body());
        assertEquals("statement 2 of 2 failed: database or disk is full; nothing was changed (the script runs as one transaction, rolled back, the"
                + " statement before it too). The disk holding the file (" + file + "; N MB free there), or the temporary folder SQLite writes to,"
                + " is full: free space, then run the script again.", error(script).replaceAll("; [0-9.]+ MB free there", "; N MB free there"));
        HttpResponse<String> one = page("POST", "/api/sql", "{\"sql\": \"UPDATE teams SET name = printf('%.200000c', 'y')\"}");
        assertEquals(507, one.statusCode(), one.body());
        assertEquals(expected.replace("the change back", "the statement back").replace("save the change again", "run it again"),
                error(one).replaceAll("; [0-9.]+ MB free there", "; N MB free there"));
        assertEquals(List.of(Map.of("id", 1L, "name", "owls"), Map.of("id", 2L, "name", "larks")), db.query("SELECT id, name FROM teams ORDER BY id"));
        assertEquals(3L, ((Number) db.query("SELECT count(*) AS n FROM fans").get(0).get("n")).longValue());
    }

    /** A grid edit's body: the row as the page showed it, with the values to write. */
    private final class ObjectNodeBody {
        private final JsonNode row;

        ObjectNodeBody(JsonNode row) {
            this.row = row;
        }

        String with(String body) throws Exception {
            com.fasterxml.jackson.databind.node.ObjectNode o = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(body);
            o.put("rowid", row.get("rowid").asText());
            o.put("version", row.get("version").asText());
            o.set("shown", row.get("values"));
            return o.toString();
        }
    }
}
