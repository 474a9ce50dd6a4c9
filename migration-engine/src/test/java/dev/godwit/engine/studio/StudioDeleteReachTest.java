package dev.godwit.engine.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * A delete confirmed from its preview takes what the preview listed: rows another tab added meanwhile under the row (a goal of
 * one of the team's players) made the cascade take more than the user confirmed, and the answer said nothing of it.
 */
class StudioDeleteReachTest extends StudioServerFixture {

    private String deleteBody(JsonNode row, JsonNode preview) throws Exception {
        ObjectNode o = json.createObjectNode();
        o.put("rowid", row.get("rowid").asText());
        o.put("version", row.get("version").asText());
        o.set("shown", row.get("values"));
        if (preview != null) o.set("effects", preview.get("effects"));
        return o.toString();
    }

    @Test
    void aDeleteTakesWhatItsPreviewListedOrNothing() throws Exception {
        JsonNode owls = ok("GET", "/api/rows?table=teams", null).get("rows").get(0);
        JsonNode preview = ok("GET", "/api/delete-preview?table=teams&rowid=1&version=" + enc(owls.get("version").asText()), null);
        assertEquals("[{\"table\":\"teams\",\"kind\":\"deleted\",\"count\":1},{\"table\":\"players\",\"kind\":\"deleted\",\"count\":2},"
                + "{\"table\":\"goals\",\"kind\":\"deleted\",\"count\":3},{\"table\":\"fans\",\"kind\":\"nulled\",\"count\":2}]", preview.get("effects").toString());
        db.write("INSERT INTO goals VALUES (104, 11)");   // another tab, meanwhile
        HttpResponse<String> r = page("DELETE", "/api/rows?table=teams", deleteBody(owls, preview));
        assertEquals(409, r.statusCode(), r.body());
        assertEquals("what deleting row 1 of \"teams\" takes changed since its preview (goals: 4 deleted, not 3): nothing was deleted;"
                + " look at the preview again", error(r));
        assertEquals(5, count("SELECT count(*) FROM goals"));
        assertEquals(2, count("SELECT count(*) FROM teams"));
        // a child where the preview had none
        JsonNode larks = ok("GET", "/api/rows?table=teams", null).get("rows").get(1);
        JsonNode p2 = ok("GET", "/api/delete-preview?table=teams&rowid=2&version=" + enc(larks.get("version").asText()), null);
        db.write("INSERT INTO fans VALUES (1003, 2)");
        r = page("DELETE", "/api/rows?table=teams", deleteBody(larks, p2));
        assertEquals(409, r.statusCode(), r.body());
        assertTrue(error(r).contains("fans: 2 nulled, not 1"), error(r));
        // previewed again: it goes, taking what it listed
        preview = ok("GET", "/api/delete-preview?table=teams&rowid=1&version=" + enc(owls.get("version").asText()), null);
        JsonNode done = ok("DELETE", "/api/rows?table=teams", deleteBody(owls, preview));
        assertEquals(1, count("SELECT count(*) FROM teams"));
        assertEquals(1, count("SELECT count(*) FROM goals"));
        assertTrue(done.get("sql").get(0).asText().contains("(SELECT count(*) FROM \"goals\" WHERE"), done.toString());
        // without a preview's effects (an API client), as before
        ok("DELETE", "/api/rows?table=teams", deleteBody(ok("GET", "/api/rows?table=teams", null).get("rows").get(0), null));
        assertEquals(0, count("SELECT count(*) FROM teams"));
    }
}
