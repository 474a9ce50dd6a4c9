package dev.godwit.engine.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Over D1 every port call is an API request, billed: the requests the page makes for each thing a user does, counted at the D1
 * stand-in, as the README's studio section lists them (D1, calls per action). A change that costs a user more calls shows here.
 */
class StudioD1CallsTest extends StudioServerFixture {

    @Test
    void refsOfARowNoTableReferencesReadItOnce() throws Exception {
        // no INTEGER PRIMARY KEY (the row read to check it is the one shown) and nothing referencing it: it was read twice, 2 calls
        try (D1 d1 = d1("CREATE TABLE notes (body text)", "INSERT INTO notes VALUES ('a'), ('b')")) {
            studioOverD1(d1.db(), true);
            JsonNode shown = ok("GET", "/api/rows?table=notes", null);
            JsonNode row = shown.get("rows").get(1);
            com.fasterxml.jackson.databind.node.ObjectNode made = json.createObjectNode();
            for (int i = 0; i < shown.get("columns").size(); i++) made.set(shown.get("columns").get(i).asText(), row.get("values").get(i));
            String refs = "/api/refs?table=notes&rowid=" + row.get("rowid").asText() + "&made=" + enc(made.toString());
            ok("GET", refs, null);   // the first of the run may read more
            int before = d1.standIn().requestCount();
            ok("GET", refs, null);
            assertEquals(1, d1.standIn().requestCount() - before, "refs of a row of a table nothing references");
        }
    }

    @Test
    void eachActionCostsTheCallsTheReadmeLists() throws Exception {
        List<String> ddl = new ArrayList<>(List.of("CREATE TABLE teams (id integer PRIMARY KEY, name text NOT NULL)",
                "CREATE TABLE players (id integer PRIMARY KEY, team_id integer REFERENCES teams(id) ON DELETE CASCADE, name text)",
                "CREATE TABLE audit (id integer PRIMARY KEY, what text)",
                "CREATE TRIGGER renamed AFTER UPDATE OF name ON teams BEGIN INSERT INTO audit (what) VALUES (new.name); END",
                "INSERT INTO teams VALUES (1, 'owls'), (2, 'larks')"));
        for (int i = 1; i <= 120; i++) ddl.add("INSERT INTO players VALUES (" + i + ", " + (i % 2 + 1) + ", 'p" + i + "')");
        try (D1 d1 = d1(ddl.toArray(String[]::new))) {
            studioOverD1(d1.db(), true);
            Map<String, Integer> calls = new LinkedHashMap<>();
            int[] at = {d1.standIn().requestCount()};
            Runnable mark = () -> at[0] = d1.standIn().requestCount();
            java.util.function.Consumer<String> took = what -> {
                calls.put(what, d1.standIn().requestCount() - at[0]);
                at[0] = d1.standIn().requestCount();
            };
            ok("GET", "/api/tables", null);
            took.accept("open the studio (the table list)");
            JsonNode first = ok("GET", "/api/rows?table=players&count=1", null);
            assertEquals(120, first.get("count").asInt(), "the count comes with the page");
            took.accept("open a table (its first page and its count)");
            ok("GET", "/api/rows?table=players&after=" + enc(first.get("next").asText()), null);
            took.accept("next page");
            ok("GET", "/api/rows?table=players&sort=name", null);
            took.accept("sort");
            String where = "&where=" + enc("[[\"team_id\",\"eq\",\"1\"]]");
            assertEquals(60, ok("GET", "/api/rows?table=players&count=1" + where, null).get("count").asInt());
            took.accept("filter (page and count)");
            String none = "&where=" + enc("[[\"team_id\",\"eq\",\"9\"]]");
            assertTrue(ok("GET", "/api/rows?table=players&count=1" + none, null).path("count").isMissingNode(), "no row to carry it");
            assertEquals(0, ok("GET", "/api/count?table=players" + none, null).get("count").asInt());
            took.accept("filter that matches no row (the page, then its count)");
            // as the page asks: with the row it shows ("made"), which a table whose INTEGER PRIMARY KEY is the rowid need not read again
            JsonNode shownTeams = ok("GET", "/api/rows?table=teams", null);
            com.fasterxml.jackson.databind.node.ObjectNode made = json.createObjectNode();
            for (int i = 0; i < shownTeams.get("columns").size(); i++) {
                made.set(shownTeams.get("columns").get(i).asText(), shownTeams.get("rows").get(0).get("values").get(i));
            }
            mark.run();
            ok("GET", "/api/refs?table=teams&rowid=1&made=" + enc(made.toString()), null);
            took.accept("refs of a row");
            ok("GET", "/api/counts", null);
            took.accept("count all rows");
            JsonNode teams = ok("GET", "/api/rows?table=teams&count=1", null);
            JsonNode players = ok("GET", "/api/rows?table=players", null);
            mark.run();
            ok("PUT", "/api/rows?table=players", shown(players.get("rows").get(0), "{\"values\": {\"name\": {\"input\": \"ann\"}}}"));
            took.accept("first edit of the run (the write alone: the page is counted below)");
            ok("PUT", "/api/rows?table=players", shown(first.get("rows").get(1), "{\"values\": {\"name\": {\"input\": \"bo\"}}}"));
            ok("GET", "/api/rows?table=players", null);
            took.accept("edit a cell (the write, the page)");
            ok("PUT", "/api/rows?table=teams", shown(teams.get("rows").get(1), "{\"values\": {\"name\": {\"input\": \"rooks\"}}}"));
            ok("GET", "/api/rows?table=teams", null);
            took.accept("edit a cell a trigger watches (the write, the counts it reaches, the page)");
            ok("POST", "/api/rows?table=audit", "{\"values\": {\"what\": {\"input\": \"x\"}}}");
            ok("GET", "/api/rows?table=audit", null);
            took.accept("add a row (the insert, the page)");
            ok("GET", "/api/delete-preview?table=teams&rowid=2", null);
            took.accept("delete preview, first of the run");
            JsonNode owls = ok("GET", "/api/rows?table=teams", null).get("rows").get(0);
            mark.run();
            JsonNode preview = ok("GET", "/api/delete-preview?table=teams&rowid=1", null);
            took.accept("delete preview");
            ok("DELETE", "/api/rows?table=teams", shown(owls, "{\"effects\": " + preview.get("effects") + "}"));   // as the page sends it
            ok("GET", "/api/rows?table=teams", null);
            took.accept("delete, after its preview (the delete, the counts it reaches, the page)");
            ok("POST", "/api/sql", "{\"sql\": \"SELECT name FROM players WHERE id < 5\"}");
            took.accept("console query");
            ok("POST", "/api/sql", "{\"sql\": \"UPDATE players SET name = upper(name) WHERE id < 5\"}");
            took.accept("console write of rows");
            JsonNode asked = ok("POST", "/api/sql", "{\"sql\": \"UPDATE players SET name = lower(name) WHERE id < 5; PRAGMA table_info(players)\"}");
            assertEquals(3, asked.get("rows").size(), asked.toString());
            took.accept("console script ending in a PRAGMA that asks (the script, the counts, the PRAGMA read again)");
            JsonNode index = ok("POST", "/api/sql", "{\"sql\": \"CREATE INDEX players_name ON players (name)\"}");
            took.accept("console change of schema (its answer brings the table list)");
            assertEquals("players_name", index.get("list").get("tables").get(1).get("indexes").get(0).get("name").asText(), index.get("list").toString());
            page("GET", "/api/export?table=audit&format=csv", null);
            took.accept("export of a table up to 1,000 rows");
            Map<String, Integer> expected = new LinkedHashMap<>();
            expected.put("open the studio (the table list)", 4);
            expected.put("open a table (its first page and its count)", 1);
            expected.put("next page", 1);
            expected.put("sort", 1);
            expected.put("filter (page and count)", 1);
            expected.put("filter that matches no row (the page, then its count)", 2);
            expected.put("refs of a row", 1);
            expected.put("count all rows", 1);
            expected.put("first edit of the run (the write alone: the page is counted below)", 1);
            expected.put("edit a cell (the write, the page)", 2);
            expected.put("edit a cell a trigger watches (the write, the counts it reaches, the page)", 3);
            expected.put("add a row (the insert, the page)", 2);
            expected.put("delete preview, first of the run", 3);
            expected.put("delete preview", 3);
            expected.put("delete, after its preview (the delete, the counts it reaches, the page)", 3);
            expected.put("console query", 1);
            expected.put("console write of rows", 3);
            // every PRAGMA was taken for one that may change the schema: the schema read again, 16 calls
            expected.put("console script ending in a PRAGMA that asks (the script, the counts, the PRAGMA read again)", 4);
            expected.put("console change of schema (its answer brings the table list)", 7);
            expected.put("export of a table up to 1,000 rows", 1);
            assertEquals(expected, calls);
        }
    }

    /**
     * PRAGMA wal_checkpoint is refused in the console (SQLite does not checkpoint in the script's transaction), and the refusal said
     * to run it "with the sqlite3 shell on the file" and that the studio checkpoints the file when it stops: over D1 there is no file
     * the user can reach, and D1 refuses the PRAGMA (not on its allow-list). It now says so for D1.
     */
    @Test
    void walCheckpointOverD1IsRefusedInD1sWords() throws Exception {
        try (D1 d1 = d1("CREATE TABLE teams (id integer PRIMARY KEY, name text)")) {
            studioOverD1(d1.db(), true);
            int before = d1.standIn().requestCount();
            var r = page("POST", "/api/sql", "{\"sql\": \"PRAGMA wal_checkpoint(TRUNCATE)\"}");
            assertEquals(400, r.statusCode(), r.body());
            assertEquals("PRAGMA wal_checkpoint is not offered in the console: D1 keeps its database's storage itself, with no file of yours to"
                    + " checkpoint, and refuses the PRAGMA (not authorized: it is not among the PRAGMAs D1 allows); nothing was run", error(r));
            assertEquals(before, d1.standIn().requestCount(), "nothing sent");
        }
    }

    /**
     * A PRAGMA of the connection (recursive_triggers, locking_mode, ...) was refused over D1 as it stays set "on the studio's own
     * connection": there is none of ours on D1, which keeps a PRAGMA it allows to the request that sets it and refuses the others.
     * Each is now refused in D1's words, nothing sent; a local file keeps its wording (StudioServerTest).
     */
    @Test
    void aConnectionPragmaOverD1IsRefusedInD1sWords() throws Exception {
        try (D1 d1 = d1("CREATE TABLE teams (id integer PRIMARY KEY, name text)")) {
            studioOverD1(d1.db(), true);
            int before = d1.standIn().requestCount();
            for (String sql : List.of("PRAGMA recursive_triggers = ON", "INSERT INTO teams (name) VALUES ('a'); pragma main.IGNORE_CHECK_CONSTRAINTS(1)")) {
                var r = page("POST", "/api/sql", "{\"sql\": \"" + sql + "\"}");
                assertEquals(403, r.statusCode(), r.body());
                String name = sql.startsWith("PRAGMA") ? "recursive_triggers" : "ignore_check_constraints";
                assertEquals("PRAGMA " + name + " is not offered in the console: D1 applies it to the request that sets it only (each request is a"
                        + " transaction of its own), so it would not hold for your next script or the grid's edits, each another request; nothing was"
                        + " run. Put it at the top of a migration, where it holds for that migration's statements (a migration is one request)", error(r));
            }
            for (String name : List.of("locking_mode = EXCLUSIVE", "journal_mode = OFF", "busy_timeout = 10")) {
                var r = page("POST", "/api/sql", "{\"sql\": \"PRAGMA " + name + "\"}");
                assertEquals(403, r.statusCode(), r.body());
                assertEquals("PRAGMA " + name.substring(0, name.indexOf(' ')) + " is not offered in the console: D1 refuses it (not authorized: it is"
                        + " not among the PRAGMAs D1 allows) and keeps such settings itself; nothing was run", error(r));
            }
            assertEquals(before, d1.standIn().requestCount(), "nothing sent");
            assertEquals(List.of(), d1.db().query("SELECT * FROM teams"));
        }
    }

    /** A write's body as the page sends it: the row's address, version and values as shown. */
    private String shown(JsonNode row, String body) throws Exception {
        ObjectNode o = (ObjectNode) json.readTree(body);
        o.put("rowid", row.get("rowid").asText());
        o.put("version", row.get("version").asText());
        o.set("shown", row.get("values"));
        return o.toString();
    }
}
