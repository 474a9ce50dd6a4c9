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

    /**
     * A table whose rows cascade to rows of the same table (a thread of replies, a trace's spans): the preview followed the cascade
     * eight levels down, so a chain of twelve was previewed as nine rows ("counts are a lower bound", said of every such table
     * however shallow its rows), and the delete, held to those nine, took all twelve. Two such keys (a reply's parent and its
     * thread's root) made the preview 2^8 nested predicates: "Expression tree is too large (maximum depth 1000)", no row deletable.
     */
    @Test
    void aCascadeWithinOneTableIsFollowedToItsEnd() throws Exception {
        StringBuilder chain = new StringBuilder("INSERT INTO spans VALUES (1, NULL)");
        for (int i = 2; i <= 12; i++) chain.append(", (").append(i).append(", ").append(i - 1).append(")");
        StringBuilder thread = new StringBuilder("INSERT INTO comments VALUES (1, NULL, NULL)");
        for (int i = 2; i <= 12; i++) thread.append(", (").append(i).append(", ").append(i - 1).append(", 1)");
        db.runAtomically(java.util.List.of(
                "CREATE TABLE spans (id integer PRIMARY KEY, parent_id integer REFERENCES spans(id) ON DELETE CASCADE)",
                "CREATE TABLE span_tags (id integer PRIMARY KEY, span_id integer REFERENCES spans(id) ON DELETE SET NULL)",
                chain.toString(), "INSERT INTO span_tags VALUES (1, 12), (2, 3), (3, NULL)",
                "CREATE TABLE comments (id integer PRIMARY KEY, parent_id integer REFERENCES comments(id) ON DELETE CASCADE,"
                        + " root_id integer REFERENCES comments(id) ON DELETE CASCADE)",
                thread.toString()), false);
        JsonNode first = ok("GET", "/api/rows?table=spans", null).get("rows").get(0);
        JsonNode preview = ok("GET", "/api/delete-preview?table=spans&rowid=1&version=" + enc(first.get("version").asText()), null);
        assertEquals("[{\"table\":\"spans\",\"kind\":\"deleted\",\"count\":12},{\"table\":\"span_tags\",\"kind\":\"nulled\",\"count\":2}]",
                preview.get("effects").toString());
        assertEquals(false, preview.get("depthLimited").asBoolean(), preview.toString());
        ok("DELETE", "/api/rows?table=spans", deleteBody(first, preview));
        assertEquals(0, count("SELECT count(*) FROM spans"));
        assertEquals(3, count("SELECT count(*) FROM span_tags WHERE span_id IS NULL"));

        JsonNode reply = ok("GET", "/api/rows?table=comments", null).get("rows").get(4);   // id 5: replies 6-12 below it
        preview = ok("GET", "/api/delete-preview?table=comments&rowid=5&version=" + enc(reply.get("version").asText()), null);
        assertEquals("[{\"table\":\"comments\",\"kind\":\"deleted\",\"count\":8}]", preview.get("effects").toString());
        ok("DELETE", "/api/rows?table=comments", deleteBody(reply, preview));
        assertEquals(4, count("SELECT count(*) FROM comments"));
        JsonNode root = ok("GET", "/api/rows?table=comments", null).get("rows").get(0);
        preview = ok("GET", "/api/delete-preview?table=comments&rowid=1&version=" + enc(root.get("version").asText()), null);
        assertEquals("[{\"table\":\"comments\",\"kind\":\"deleted\",\"count\":4}]", preview.get("effects").toString());
    }

    /**
     * ON DELETE SET NULL on a column declared NOT NULL (a schema's slip: {@code par_id integer NOT NULL REFERENCES par ON DELETE
     * SET NULL}) refuses the delete while such rows exist: the preview said it would set them to NULL and offered the delete, which
     * then failed "NOT NULL constraint failed: kid.par_id". They block it, and the preview says so.
     */
    @Test
    void setNullOnANotNullColumnBlocksTheDeleteAndThePreviewSaysSo() throws Exception {
        db.runAtomically(java.util.List.of("CREATE TABLE par (id integer PRIMARY KEY, name text)",
                "CREATE TABLE kid (id integer PRIMARY KEY, par_id integer NOT NULL REFERENCES par(id) ON DELETE SET NULL)",
                "INSERT INTO par VALUES (1, 'p1'), (2, 'p2')", "INSERT INTO kid VALUES (1, 1)"), false);
        JsonNode p1 = ok("GET", "/api/rows?table=par", null).get("rows").get(0);
        JsonNode preview = ok("GET", "/api/delete-preview?table=par&rowid=1&version=" + enc(p1.get("version").asText()), null);
        assertEquals("[{\"table\":\"par\",\"kind\":\"deleted\",\"count\":1},{\"table\":\"kid\",\"kind\":\"blocking\",\"count\":1}]",
                preview.get("effects").toString());
        assertTrue(preview.get("blocked").asBoolean(), preview.toString());
        JsonNode p2 = ok("GET", "/api/rows?table=par", null).get("rows").get(1);   // no kid: nothing blocks it
        preview = ok("GET", "/api/delete-preview?table=par&rowid=2&version=" + enc(p2.get("version").asText()), null);
        assertEquals("[{\"table\":\"par\",\"kind\":\"deleted\",\"count\":1}]", preview.get("effects").toString());
        ok("DELETE", "/api/rows?table=par", deleteBody(p2, preview));
        assertEquals(1, count("SELECT count(*) FROM par"));
    }

    /**
     * ON DELETE SET DEFAULT sets the key to a default that must then have a parent row: where none has it (here the default 0, no
     * par row 0), SQLite refuses the delete ("FOREIGN KEY constraint failed"), which the preview offered, listing no blocking rows,
     * and the delete failed "other rows still reference this row (as the preview listed)". Those rows block it; where the default's
     * parent exists (and is not the row deleted), they are set to it, as before.
     */
    @Test
    void setDefaultWhoseDefaultHasNoParentRowBlocksTheDeleteAndThePreviewSaysSo() throws Exception {
        db.runAtomically(java.util.List.of("CREATE TABLE par (id integer PRIMARY KEY, name text)",
                "CREATE TABLE kid (id integer PRIMARY KEY, par_id integer DEFAULT 0 REFERENCES par(id) ON DELETE SET DEFAULT)",
                "INSERT INTO par VALUES (1, 'p1'), (2, 'p2')", "INSERT INTO kid VALUES (1, 1), (2, 2)"), false);
        JsonNode p1 = ok("GET", "/api/rows?table=par", null).get("rows").get(0);
        JsonNode preview = ok("GET", "/api/delete-preview?table=par&rowid=1&version=" + enc(p1.get("version").asText()), null);
        assertEquals("[{\"table\":\"par\",\"kind\":\"deleted\",\"count\":1},{\"table\":\"kid\",\"kind\":\"blocking\",\"count\":1}]",
                preview.get("effects").toString());
        assertTrue(preview.get("blocked").asBoolean(), preview.toString());

        // the default's parent there: the kid is set to it, and the delete goes through
        db.runAtomically(java.util.List.of("INSERT INTO par VALUES (0, 'orphans')"), false);
        p1 = ok("GET", "/api/rows?table=par", null).get("rows").get(1);
        preview = ok("GET", "/api/delete-preview?table=par&rowid=1&version=" + enc(p1.get("version").asText()), null);
        assertEquals("[{\"table\":\"par\",\"kind\":\"deleted\",\"count\":1},{\"table\":\"kid\",\"kind\":\"defaulted\",\"count\":1}]",
                preview.get("effects").toString());
        ok("DELETE", "/api/rows?table=par", deleteBody(p1, preview));
        assertEquals(1, count("SELECT count(*) FROM kid WHERE par_id = 0"));

        // deleting the default's own parent: the kids set to it would still point at the row deleted
        db.runAtomically(java.util.List.of("INSERT INTO kid VALUES (3, 0)"), false);
        JsonNode p0 = ok("GET", "/api/rows?table=par", null).get("rows").get(0);
        preview = ok("GET", "/api/delete-preview?table=par&rowid=0&version=" + enc(p0.get("version").asText()), null);
        assertTrue(preview.get("blocked").asBoolean(), preview.toString());
    }
}
