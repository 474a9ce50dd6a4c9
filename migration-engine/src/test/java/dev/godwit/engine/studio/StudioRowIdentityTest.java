package dev.godwit.engine.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A row is read again by its rowid for an Undo, its refs and its delete preview, and a migration that rebuilds a table without an
 * INTEGER PRIMARY KEY (or a VACUUM) gives its rows new rowids where rows were deleted before: "row 2" is then another row. The
 * server checks that it is the row the page meant ({@link RowIdentity}), whatever the page checked.
 */
class StudioRowIdentityTest extends StudioServerFixture {

    private static final String TAGS = "CREATE TABLE tags (id text PRIMARY KEY NOT NULL, label text, status text)";

    /** drizzle's rebuild of tags (copy, drop, create), which numbers the rows it copies from 1. */
    private static final List<String> REBUILD = List.of("CREATE TABLE __old_tags AS SELECT * FROM tags", "DROP TABLE tags",
            "CREATE TABLE tags (id text PRIMARY KEY NOT NULL, label text NOT NULL DEFAULT '', status text)",
            "INSERT INTO tags (id, label, status) SELECT id, coalesce(label, ''), status FROM __old_tags ORDER BY rowid", "DROP TABLE __old_tags");

    /** A row as the page gets it (GET /api/rows), by rowid. */
    private JsonNode row(String table, String rowid) throws Exception {
        JsonNode page = ok("GET", "/api/rows?table=" + enc(table) + "&limit=500", null);
        for (JsonNode r : page.get("rows")) if (r.path("rowid").asText().equals(rowid)) return r;
        throw new AssertionError("no row " + rowid + " in " + table + ": " + page);
    }

    /** The row as the page has it, by column name: what the page sends as "made". */
    private ObjectNode made(String table, JsonNode row) throws Exception {
        JsonNode columns = ok("GET", "/api/rows?table=" + enc(table) + "&limit=1", null).get("columns");
        ObjectNode o = json.createObjectNode();
        for (int i = 0; i < columns.size(); i++) o.set(columns.get(i).asText(), row.get("values").get(i));
        return o;
    }

    /** A write's body as the page sends it: the row's address, its version and values as shown, and {@code body}'s fields. */
    private String body(JsonNode row, String body) throws Exception {
        ObjectNode o = (ObjectNode) json.readTree(body);
        o.put("rowid", row.get("rowid").asText());
        o.put("version", row.get("version").asText());
        o.set("shown", row.get("values"));
        return o.toString();
    }

    private String undo(JsonNode now, String column, String before, JsonNode wrote, ObjectNode made) throws Exception {
        ObjectNode o = (ObjectNode) json.readTree(body(now, "{\"values\": {\"" + column + "\": {\"t\": \"s\", \"v\": \"" + before + "\"}}}"));
        o.set("edited", wrote);
        if (made != null) o.set("made", made);
        return o.toString();
    }

    /**
     * An Undo after a rebuild wrote into whichever row had the rowid where the page did not check it first (the check was the
     * page's alone): now the server refuses it, with the page's words where the request says which row the edit was made on, and
     * asking for that where it does not (an older page, a client of the HTTP API).
     */
    @Test
    void anUndoAfterARebuildIsRefusedByTheServerWhateverThePageChecked() throws Exception {
        db.runAtomically(List.of(TAGS, "INSERT INTO tags VALUES ('t-a', 'alpha', 'new'), ('t-b', 'beta', 'new'), ('t-c', 'gamma', 'new'),"
                + " ('t-d', 'delta', 'new')", "DELETE FROM tags WHERE id = 't-a'"), false);
        JsonNode beta = row("tags", "2");
        ObjectNode made = made("tags", beta);
        JsonNode wrote = ok("PUT", "/api/rows?table=tags", body(beta, "{\"values\": {\"status\": {\"input\": \"done\"}}}")).get("wrote");
        db.runAtomically(List.of("UPDATE tags SET status = 'done' WHERE id = 't-c'"), false);
        db.runAtomically(REBUILD, false);
        assertEquals("t-c", db.query("SELECT id FROM tags WHERE rowid = 2").get(0).get("id"), "the rebuild gave the rows new rowids");
        JsonNode now = row("tags", "2");

        HttpResponse<String> older = page("PUT", "/api/rows?table=tags", undo(now, "status", "new", wrote, null));
        assertEquals(409, older.statusCode(), older.body());
        assertEquals("this Undo does not say which row its edit was made on (\"made\": the row as the page had it), and the rows of \"tags\""
                + " have no INTEGER PRIMARY KEY, so row 2 may be another row now. Nothing was written: reload the page, and change status back"
                + " by hand if it is still needed", error(older));

        HttpResponse<String> refused = page("PUT", "/api/rows?table=tags", undo(now, "status", "new", wrote, made));
        assertEquals(409, refused.statusCode(), refused.body());
        assertEquals("row 2 of \"tags\" is not as your edit left it: \"id\" is now 't-c' (the edit was made on 't-b'). Someone changed it"
                + " since, or a migration (a table rebuilt) or a VACUUM gave the table's rows new rowids. Nothing was written: reload the page,"
                + " and change status back by hand if it is still needed", error(refused));
        assertEquals(List.of(Map.of("id", "t-b", "status", "done"), Map.of("id", "t-c", "status", "done")),
                db.query("SELECT id, status FROM tags WHERE id IN ('t-b', 't-c') ORDER BY id"), "no row written");

        // the row the edit was made on, at its new rowid: undone
        JsonNode moved = row("tags", "1");
        ok("PUT", "/api/rows?table=tags", undo(moved, "status", "new", wrote, made));
        assertEquals("new", db.query("SELECT status FROM tags WHERE id = 't-b'").get(0).get("status"));
    }

    /** The refs of a row and its delete preview, read by rowid after a rebuild, were another row's (the preview said "by someone else?"). */
    @Test
    void refsAndTheDeletePreviewAfterARebuildSayTheRowIsAnotherOne() throws Exception {
        db.runAtomically(List.of(TAGS, "CREATE TABLE items (id integer PRIMARY KEY, tag_id text REFERENCES tags(id))",
                "INSERT INTO tags VALUES ('t-a', 'alpha', 'new'), ('t-b', 'beta', 'new'), ('t-c', 'gamma', 'new')",
                "INSERT INTO items VALUES (1, 't-b'), (2, 't-b'), (3, 't-c')", "DELETE FROM tags WHERE id = 't-a'"), false);
        JsonNode beta = row("tags", "2");
        String made = "&made=" + enc(made("tags", beta).toString());
        assertEquals(2, ok("GET", "/api/refs?table=tags&rowid=2" + made, null).get("references").get(0).get("count").asLong());
        db.runAtomically(REBUILD, true);
        assertEquals("t-c", db.query("SELECT id FROM tags WHERE rowid = 2").get(0).get("id"));
        String another = "row 2 of \"tags\" is not the row the page shows: \"id\" is now 't-c' (the page showed 't-b'). Someone changed it since,"
                + " or a migration (a table rebuilt) or a VACUUM gave the table's rows new rowids: reload the page";

        HttpResponse<String> refs = page("GET", "/api/refs?table=tags&rowid=2" + made, null);
        assertEquals(409, refs.statusCode(), refs.body());
        assertEquals(another, error(refs));
        HttpResponse<String> preview = page("GET", "/api/delete-preview?table=tags&rowid=2&version=" + enc(beta.get("version").asText()) + made, null);
        assertEquals(409, preview.statusCode(), preview.body());
        assertEquals(another, error(preview));

        // the row at its new rowid: its own refs and preview (the version of its page before the rebuild still holds: same values)
        JsonNode refsNow = ok("GET", "/api/refs?table=tags&rowid=1" + made, null);
        assertEquals(2, refsNow.get("references").get(0).get("count").asLong(), refsNow.toString());
        JsonNode previewNow = ok("GET", "/api/delete-preview?table=tags&rowid=1" + made, null);
        assertEquals("t-b", previewNow.get("row").get("values").get(0).get("v").asText(), previewNow.toString());
    }

    /**
     * A table without a key whose AFTER UPDATE trigger stamps the row (updated_at): every Undo was refused, the row no longer
     * matching on all its columns. The columns the table's own triggers set are left out of those that identify the row; where
     * another row then agrees with it on all the rest, either may be the one meant, and the Undo is refused.
     */
    @Test
    void anUndoInAKeylessTableWhoseTriggerStampsTheRowGoesThroughUnlessAnotherRowCouldBeMeant() throws Exception {
        db.runAtomically(List.of("CREATE TABLE events (name text, status text, updated_at integer)",
                "CREATE TRIGGER events_stamp AFTER UPDATE OF status ON events BEGIN"
                        + " UPDATE events SET \"updated_at\" = coalesce(updated_at, 0) + 1 WHERE rowid = new.rowid; END",
                "INSERT INTO events VALUES ('deploy', 'new', 0), ('backup', 'new', 0), ('backup', 'new', 5)"), false);
        JsonNode deploy = row("events", "1");
        ObjectNode made = made("events", deploy);
        JsonNode edit = ok("PUT", "/api/rows?table=events", body(deploy, "{\"values\": {\"status\": {\"input\": \"done\"}}}"));
        assertEquals(1L, db.query("SELECT updated_at FROM events WHERE rowid = 1").get(0).get("updated_at"), "the trigger stamped it");
        ok("PUT", "/api/rows?table=events", undo(row("events", "1"), "status", "new", edit.get("wrote"), made));
        assertEquals(List.of(Map.of("status", "new", "updated_at", 2L)), db.query("SELECT status, updated_at FROM events WHERE rowid = 1"), "undone");

        // two rows alike but for the stamp: the one at the rowid may not be the one edited
        JsonNode backup = row("events", "2");
        made = made("events", backup);
        edit = ok("PUT", "/api/rows?table=events", body(backup, "{\"values\": {\"status\": {\"input\": \"done\"}}}"));
        db.runAtomically(List.of("UPDATE events SET status = 'done' WHERE rowid = 3"), false);
        HttpResponse<String> refused = page("PUT", "/api/rows?table=events", undo(row("events", "2"), "status", "new", edit.get("wrote"), made));
        assertEquals(409, refused.statusCode(), refused.body());
        assertEquals("row 2 of \"events\" cannot be told from another row: \"events\" has no key, and another row holds the same values in every"
                + " column but \"updated_at\", which a trigger of \"events\" sets at each edit, so either may be the one your edit was made on."
                + " Nothing was written: reload the page, and change status back by hand if it is still needed", error(refused));
        assertEquals(List.of(Map.of("status", "done"), Map.of("status", "done")), db.query("SELECT status FROM events WHERE name = 'backup'"));
    }

    /**
     * The columns a keyless table's UPDATE trigger sets are read with the triggers, once for the schema as last read, not again at
     * each Undo; a migration that gives the table another trigger (stamping touched_at where it stamped updated_at) is read anew: an
     * answer kept from before it would take touched_at, which the edit changed, for a column telling the row and refuse the Undo.
     */
    @Test
    void anUndoAfterAMigrationChangedTheStampingTriggerGoesByTheNewTrigger() throws Exception {
        db.runAtomically(List.of("CREATE TABLE events (name text, status text, updated_at integer, touched_at integer)",
                "CREATE TRIGGER events_stamp AFTER UPDATE OF status ON events BEGIN UPDATE events SET updated_at = updated_at + 1 WHERE rowid = new.rowid; END",
                "INSERT INTO events VALUES ('deploy', 'new', 0, 0), ('backup', 'new', 0, 0)"), false);
        JsonNode deploy = row("events", "1");
        JsonNode edit = ok("PUT", "/api/rows?table=events", body(deploy, "{\"values\": {\"status\": {\"input\": \"done\"}}}"));
        ok("PUT", "/api/rows?table=events", undo(row("events", "1"), "status", "new", edit.get("wrote"), made("events", deploy)));
        assertEquals(List.of(Map.of("status", "new", "updated_at", 2L, "touched_at", 0L)),
                db.query("SELECT status, updated_at, touched_at FROM events WHERE rowid = 1"), "undone");

        db.runAtomically(List.of("DROP TRIGGER events_stamp", "CREATE TRIGGER events_stamp AFTER UPDATE OF status ON events BEGIN"
                + " UPDATE events SET touched_at = touched_at + 1 WHERE rowid = new.rowid; END"), false);
        deploy = row("events", "1");
        edit = ok("PUT", "/api/rows?table=events", body(deploy, "{\"values\": {\"status\": {\"input\": \"done\"}}}"));
        ok("PUT", "/api/rows?table=events", undo(row("events", "1"), "status", "new", edit.get("wrote"), made("events", deploy)));
        assertEquals(List.of(Map.of("status", "new", "updated_at", 2L, "touched_at", 2L)),
                db.query("SELECT status, updated_at, touched_at FROM events WHERE rowid = 1"), "undone by the new trigger's columns");
        // the old trigger's column tells the row again: changed behind the page, the Undo is refused by it
        deploy = row("events", "1");
        edit = ok("PUT", "/api/rows?table=events", body(deploy, "{\"values\": {\"status\": {\"input\": \"done\"}}}"));
        db.runAtomically(List.of("UPDATE events SET updated_at = 9 WHERE rowid = 1"), false);
        HttpResponse<String> refused = page("PUT", "/api/rows?table=events", undo(row("events", "1"), "status", "new", edit.get("wrote"), made("events", deploy)));
        assertEquals(409, refused.statusCode(), refused.body());
        assertEquals(true, error(refused).contains("\"updated_at\" is now 9 (the edit was made on 2)"), error(refused));
    }

    /**
     * A primary key of a rowid table that is not declared NOT NULL holds NULL in as many rows as like (SQLite's old quirk), so a
     * NULL in it tells no row: after a rebuild, the Undo of an edit of (NULL, 'beta') went by the key alone, found NULL at the
     * rowid, and wrote into (NULL, 'gamma'), which held the value the edit wrote. Such a row is told by its other columns.
     */
    @Test
    void aNullInThePrimaryKeyTellsNoRow() throws Exception {
        db.runAtomically(List.of("CREATE TABLE tags (id text PRIMARY KEY, label text, status text)",
                "INSERT INTO tags VALUES ('t-a', 'alpha', 'new'), (NULL, 'beta', 'new'), (NULL, 'gamma', 'done')",
                "DELETE FROM tags WHERE id = 't-a'"), false);
        JsonNode beta = row("tags", "2");
        ObjectNode made = made("tags", beta);
        JsonNode wrote = ok("PUT", "/api/rows?table=tags", body(beta, "{\"values\": {\"status\": {\"input\": \"done\"}}}")).get("wrote");
        db.runAtomically(List.of("CREATE TABLE __old_tags AS SELECT * FROM tags", "DROP TABLE tags",
                "CREATE TABLE tags (id text PRIMARY KEY, label text, status text)",
                "INSERT INTO tags SELECT * FROM __old_tags ORDER BY rowid", "DROP TABLE __old_tags"), false);
        assertEquals("gamma", db.query("SELECT label FROM tags WHERE rowid = 2").get(0).get("label"), "the rebuild gave the rows new rowids");

        HttpResponse<String> refused = page("PUT", "/api/rows?table=tags", undo(row("tags", "2"), "status", "new", wrote, made));
        assertEquals(409, refused.statusCode(), refused.body());
        assertEquals("row 2 of \"tags\" is not as your edit left it: \"label\" is now 'gamma' (the edit was made on 'beta'). Someone changed"
                + " it since, or a migration (a table rebuilt) or a VACUUM gave the table's rows new rowids. Nothing was written: reload the page,"
                + " and change status back by hand if it is still needed", error(refused));
        assertEquals(List.of(Map.of("label", "beta", "status", "done"), Map.of("label", "gamma", "status", "done")),
                db.query("SELECT label, status FROM tags ORDER BY label"), "no row written");
        HttpResponse<String> preview = page("GET", "/api/delete-preview?table=tags&rowid=2&version=" + enc(beta.get("version").asText())
                + "&made=" + enc(made.toString()), null);
        assertEquals(409, preview.statusCode(), preview.body());
        assertEquals("row 2 of \"tags\" is not the row the page shows: \"label\" is now 'gamma' (the page showed 'beta'). Someone changed it"
                + " since, or a migration (a table rebuilt) or a VACUUM gave the table's rows new rowids: reload the page", error(preview));

        ok("PUT", "/api/rows?table=tags", undo(row("tags", "1"), "status", "new", wrote, made));
        assertEquals(List.of(Map.of("label", "beta", "status", "new")), db.query("SELECT label, status FROM tags WHERE label = 'beta'"), "undone");
    }

    /**
     * A row told by every column, read as the page reads it: a table of 100 columns on a UTF-16 file (its rowid travels packed with
     * a text column, in the file's bytes): an Undo with the row as the page had it goes through. (A full-text table's rows are
     * read-only in the grid, so no Undo there.)
     */
    @Test
    void anUndoInAWideTableOnAUtf16FileGoesThrough() throws Exception {
        Path file = dir.resolve("utf16.sqlite");
        StringBuilder ddl = new StringBuilder("CREATE TABLE wide (c1 text");
        for (int i = 2; i <= 100; i++) ddl.append(", c").append(i).append(" text");
        try (dev.godwit.engine.db.SqliteDatabase made = dev.godwit.engine.db.SqliteDatabase.open(file)) {
            made.query("PRAGMA encoding = 'UTF-16le'");
            made.runAtomically(List.of(ddl + ")", "INSERT INTO wide (c1, c2, c100) VALUES ('héllo wörld 😀', 'b', 'z')"), false);
        }
        db.close();
        db = dev.godwit.engine.db.SqliteDatabase.open(file);
        restart(StudioOptions.defaults());
        for (String[] t : new String[][] {{"wide", "c2", "b"}, {"wide", "c1", "héllo wörld 😀"}}) {
            JsonNode row = row(t[0], "1");
            ObjectNode made = made(t[0], row);
            JsonNode edit = ok("PUT", "/api/rows?table=" + t[0], body(row, "{\"values\": {\"" + t[1] + "\": {\"input\": \"new 😀\"}}}"));
            ok("PUT", "/api/rows?table=" + t[0], undo(row(t[0], "1"), t[1], t[2], edit.get("wrote"), made));
            assertEquals(t[2], db.query("SELECT " + t[1] + " AS v FROM " + t[0]).get(0).get("v"), t[0] + " undone");
        }
    }

    /**
     * The stamping trigger's SET list with a CASE before the stamp ({@code seen = CASE … END, updated_at = …}): the CASE's END was
     * read as the body's, so updated_at was taken for a column that tells the row, and every Undo in the table was refused
     * ({@code "updated_at" is now 1 (the edit was made on 0)}).
     */
    @Test
    void anUndoGoesThroughWhereTheStampingTriggerSetsACaseBeforeTheStamp() throws Exception {
        db.runAtomically(List.of("CREATE TABLE events (name text, status text, seen integer, updated_at integer)",
                "CREATE TRIGGER events_stamp AFTER UPDATE OF status ON events BEGIN UPDATE events SET seen = CASE WHEN new.status = 'done'"
                        + " THEN 1 ELSE 0 END, updated_at = updated_at + 1 WHERE rowid = new.rowid; END",
                "INSERT INTO events VALUES ('deploy', 'new', 0, 0), ('backup', 'new', 0, 0)"), false);
        JsonNode deploy = row("events", "1");
        JsonNode edit = ok("PUT", "/api/rows?table=events", body(deploy, "{\"values\": {\"status\": {\"input\": \"done\"}}}"));
        assertEquals(List.of(Map.of("seen", 1L, "updated_at", 1L)), db.query("SELECT seen, updated_at FROM events WHERE rowid = 1"), "stamped");
        ok("PUT", "/api/rows?table=events", undo(row("events", "1"), "status", "new", edit.get("wrote"), made("events", deploy)));
        assertEquals(List.of(Map.of("status", "new", "seen", 0L, "updated_at", 2L)),
                db.query("SELECT status, seen, updated_at FROM events WHERE rowid = 1"), "undone");
    }

    /**
     * Over D1, whose JSON numbers are doubles: a row of a table without a key (every column tells it) holding 2^53 + 1, the reals
     * 1e21, 1.0 and 0.1 + 0.2, a long text and a blob read by their start, is the row the page shows, for refs and an Undo.
     */
    @Test
    void overD1ARowOfBigNumbersAndLongValuesIsTheRowThePageShows() throws Exception {
        try (D1 d1 = d1("CREATE TABLE codes (code text UNIQUE, r real, one real, big real, n integer, long text, b blob, status text)",
                "CREATE TABLE uses (id integer PRIMARY KEY, code text REFERENCES codes(code))",
                "INSERT INTO codes VALUES ('c1', 0.1 + 0.2, 1.0, 1e21, 9007199254740993, replace(printf('%.20000c', '*'), '*', 'é'), randomblob(5000), 'new')",
                "INSERT INTO uses VALUES (1, 'c1')")) {
            studioOverD1(d1.db(), true);
            JsonNode row = row("codes", "1");
            ObjectNode made = made("codes", row);
            assertEquals("9007199254740993", made.get("n").get("v").asText(), made.toString());
            JsonNode refs = ok("GET", "/api/refs?table=codes&rowid=1&made=" + enc(made.toString()), null);
            assertEquals(1, refs.get("references").get(0).get("count").asLong(), refs.toString());
            JsonNode edit = ok("PUT", "/api/rows?table=codes", body(row, "{\"values\": {\"status\": {\"input\": \"done\"}}}"));
            ok("PUT", "/api/rows?table=codes", undo(row("codes", "1"), "status", "new", edit.get("wrote"), made));
            assertEquals(List.of(Map.of("status", "new")), d1.db().query("SELECT status FROM codes"), "undone");
        }
    }

    /** Over D1 the same: the Undo after a rebuild refused, the stamped keyless row undone, its look-alike refused. */
    @Test
    void overD1TheUndoGoesByTheSameCheck() throws Exception {
        try (D1 d1 = d1(TAGS, "INSERT INTO tags VALUES ('t-a', 'alpha', 'new'), ('t-b', 'beta', 'new'), ('t-c', 'gamma', 'done')",
                "DELETE FROM tags WHERE id = 't-a'", "CREATE TABLE events (name text, status text, updated_at integer)",
                "CREATE TRIGGER events_stamp AFTER UPDATE ON events BEGIN UPDATE events SET updated_at = coalesce(updated_at, 0) + 1 WHERE rowid = new.rowid; END",
                "INSERT INTO events VALUES ('deploy', 'new', 0), ('backup', 'new', 0), ('backup', 'done', 5)")) {
            studioOverD1(d1.db(), true);
            JsonNode beta = row("tags", "2");
            ObjectNode made = made("tags", beta);
            JsonNode wrote = ok("PUT", "/api/rows?table=tags", body(beta, "{\"values\": {\"status\": {\"input\": \"done\"}}}")).get("wrote");
            d1.db().runAtomically(REBUILD, false);
            HttpResponse<String> refused = page("PUT", "/api/rows?table=tags", undo(row("tags", "2"), "status", "new", wrote, made));
            assertEquals(409, refused.statusCode(), refused.body());
            assertEquals("row 2 of \"tags\" is not as your edit left it: \"id\" is now 't-c' (the edit was made on 't-b'). Someone changed it"
                    + " since, or a migration (a table rebuilt) or a VACUUM gave the table's rows new rowids. Nothing was written: reload the page,"
                    + " and change status back by hand if it is still needed", error(refused));

            JsonNode deploy = row("events", "1");
            JsonNode edit = ok("PUT", "/api/rows?table=events", body(deploy, "{\"values\": {\"status\": {\"input\": \"done\"}}}"));
            ok("PUT", "/api/rows?table=events", undo(row("events", "1"), "status", "new", edit.get("wrote"), made("events", deploy)));
            assertEquals(List.of(Map.of("status", "new")), d1.db().query("SELECT status FROM events WHERE rowid = 1"), "undone");
            JsonNode backup = row("events", "2");
            edit = ok("PUT", "/api/rows?table=events", body(backup, "{\"values\": {\"status\": {\"input\": \"done\"}}}"));
            HttpResponse<String> alike = page("PUT", "/api/rows?table=events", undo(row("events", "2"), "status", "new", edit.get("wrote"), made("events", backup)));
            assertEquals(409, alike.statusCode(), alike.body());
            assertEquals(2L, d1.db().query("SELECT count(*) AS n FROM events WHERE status = 'done'").get(0).get("n"), "nothing written");
        }
    }
}
