package dev.godwit.engine.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * A console script that fails midway changes nothing (one transaction), and says so, with the statement that failed and its
 * place: the page showed SQLite's words alone ("UNIQUE constraint failed: teams.id"), so after a script of ten statements the user
 * could not tell which failed, nor whether the nine before it had run.
 */
class StudioConsoleScriptTest extends StudioServerFixture {

    @Test
    void aScriptThatFailsMidwaySaysWhichStatementFailedAndThatNothingWasChanged() throws Exception {
        restart(StudioOptions.defaults().withWrite(true));
        HttpResponse<String> r = page("POST", "/api/sql", "{\"sql\": \"UPDATE teams SET name = 'x' WHERE id = 1; DELETE FROM goals;"
                + " INSERT INTO teams (id, name) VALUES (2, 'dup'); UPDATE players SET name = 'y'\"}");
        assertEquals(400, r.statusCode(), r.body());
        String e = error(r);
        assertTrue(e.startsWith("statement 3 of 4 failed: UNIQUE constraint failed: teams.id"), e);
        assertTrue(e.contains("nothing was changed"), e);
        assertEquals("INSERT INTO teams (id, name) VALUES (2, 'dup')", json.readTree(r.body()).get("statement").asText());
        assertEquals(4, count("SELECT count(*) FROM goals"));
        assertEquals(1, count("SELECT count(*) FROM teams WHERE name = 'owls'"));
        // one statement: SQLite's words, as before
        r = page("POST", "/api/sql", "{\"sql\": \"INSERT INTO teams (id, name) VALUES (2, 'dup')\"}");
        assertEquals("UNIQUE constraint failed: teams.id", error(r));
    }

    /**
     * A red team (round 51): with writes allowed, {@code select 1; select 2} ran as a script and showed no rows, nor did a script
     * of writes ending in the SELECT that looks at them. Its last statement is read again once the script committed, and said so.
     */
    @Test
    void aScriptEndingInAQueryShowsTheLastStatementsRowsReadAfterItCommitted() throws Exception {
        restart(StudioOptions.defaults().withWrite(true));
        var a = json.readTree(page("POST", "/api/sql", "{\"sql\": \"select 1; select 2 AS two\"}").body());
        assertEquals("changes", a.get("kind").asText(), a.toString());
        assertEquals("[\"two\"]", a.get("columns").toString(), a.toString());
        assertEquals("[[{\"t\":\"i\",\"v\":\"2\"}]]", a.get("rows").toString(), a.toString());
        assertTrue(a.get("ok").asText().endsWith("; the rows shown are the last statement's, read again after the script committed"), a.toString());
        a = json.readTree(page("POST", "/api/sql", "{\"sql\": \"UPDATE teams SET name = 'kites' WHERE id = 1; SELECT name FROM teams WHERE id = 1\"}").body());
        assertEquals("[[{\"t\":\"s\",\"v\":\"kites\"}]]", a.get("rows").toString(), a.toString());
        assertEquals(1, a.get("rowsChanged").asLong(), a.toString());
        // none found: the columns still
        a = json.readTree(page("POST", "/api/sql", "{\"sql\": \"UPDATE teams SET name = 'owls' WHERE id = 1; SELECT name FROM teams WHERE id = 99\"}").body());
        assertEquals("[\"name\"]", a.get("columns").toString(), a.toString());
        assertEquals("[]", a.get("rows").toString(), a.toString());
        // a script ending in a write shows none, as before
        a = json.readTree(page("POST", "/api/sql", "{\"sql\": \"SELECT 1; UPDATE teams SET name = 'owls' WHERE id = 1\"}").body());
        assertTrue(a.get("rows") == null && !a.get("ok").asText().contains("last statement"), a.toString());
        // the read fails where the script's run of it did not (SQLite stops at its second row, which the script's run never asked
        // for): the script committed, and the answer says the rows could not be read
        a = json.readTree(page("POST", "/api/sql", "{\"sql\": \"UPDATE teams SET name = 'kites' WHERE id = 1;"
                + " SELECT abs(column1) FROM (VALUES (1), (-9223372036854775807 - 1))\"}").body());
        assertTrue(a.get("ok") != null && a.get("ok").asText().contains("; the script committed, but reading its last statement again for its rows failed: "), a.toString());
        assertTrue(a.get("rows") == null, a.toString());
        assertEquals(1, count("SELECT count(*) FROM teams WHERE name = 'kites'"));
    }

    /**
     * A red team (round 52): a script whose last statement is a PRAGMA that asks ({@code PRAGMA table_info(teams)}) showed no rows,
     * where one ending in a SELECT showed its rows, and the PRAGMA alone shows them too. It is read again as its table-valued
     * function, as the PRAGMA alone is.
     */
    @Test
    void aScriptEndingInAPragmaThatAsksShowsItsRows() throws Exception {
        restart(StudioOptions.defaults().withWrite(true));
        var a = json.readTree(page("POST", "/api/sql", "{\"sql\": \"ALTER TABLE teams ADD COLUMN motto text; PRAGMA table_info(teams)\"}").body());
        assertEquals("changes", a.get("kind").asText(), a.toString());
        assertEquals("[\"cid\",\"name\",\"type\",\"notnull\",\"dflt_value\",\"pk\"]", String.valueOf(a.get("columns")), a.toString());
        assertEquals("motto", a.get("rows").get(a.get("rows").size() - 1).get(1).get("v").asText(), a.toString());
        assertTrue(a.get("ok").asText().endsWith("; the rows shown are the last statement's, read again after the script committed"), a.toString());
        // a quoted name, and a pragma of the file
        a = json.readTree(page("POST", "/api/sql", "{\"sql\": \"UPDATE teams SET name = 'kites' WHERE id = 1; PRAGMA index_list(\\\"teams\\\")\"}").body());
        assertTrue(a.get("columns") != null && a.get("columns").toString().contains("\"unique\""), a.toString());
        a = json.readTree(page("POST", "/api/sql", "{\"sql\": \"UPDATE teams SET name = 'owls' WHERE id = 1; PRAGMA user_version\"}").body());
        assertEquals("[[{\"t\":\"i\",\"v\":\"0\"}]]", String.valueOf(a.get("rows")), a.toString());
        // a pragma that sets shows none, as before
        a = json.readTree(page("POST", "/api/sql", "{\"sql\": \"UPDATE teams SET name = 'owls' WHERE id = 1; PRAGMA user_version = 3\"}").body());
        assertTrue(a.get("rows") == null && !a.get("ok").asText().contains("last statement"), a.toString());
        assertEquals(3, count("PRAGMA user_version"));
        // and one without a table-valued function: none, and no word of a failed read
        a = json.readTree(page("POST", "/api/sql", "{\"sql\": \"UPDATE teams SET name = 'owls' WHERE id = 1; PRAGMA shrink_memory\"}").body());
        assertTrue(a.get("ok") != null && a.get("rows") == null && a.get("ok").asText().equals("ran 2 statement(s) in one transaction"), a.toString());
    }

    /**
     * A red team (round 52): the README says the PRAGMAs that act ({@code wal_checkpoint}, {@code optimize}) run in the console with
     * writes allowed. {@code PRAGMA optimize} was run as its table-valued function under {@code PRAGMA query_only}, as a PRAGMA that
     * asks is, and failed "attempt to write a readonly database" wherever it had an ANALYZE to run; {@code PRAGMA wal_checkpoint} ran in
     * the script's transaction, where SQLite refuses it, "database table is locked", which reads as another process holding the file.
     */
    @Test
    void aPragmaThatActsRunsWithWritesAllowedOrIsRefusedSayingWhy() throws Exception {
        restart(StudioOptions.defaults().withWrite(true));
        db.query("CREATE INDEX players_name_idx ON players (name)");
        // 0x10002: ANALYZE every table that would benefit, used or not
        var a = json.readTree(page("POST", "/api/sql", "{\"sql\": \"PRAGMA optimize(0x10002)\"}").body());
        assertEquals("changes", String.valueOf(a.path("kind").asText(null)), a.toString());
        a = json.readTree(page("POST", "/api/sql", "{\"sql\": \"UPDATE teams SET name = 'owls' WHERE id = 1; PRAGMA optimize(0x10002)\"}").body());
        assertEquals("ran 2 statement(s) in one transaction", a.path("ok").asText(), a.toString());
        HttpResponse<String> r = page("POST", "/api/sql", "{\"sql\": \"PRAGMA wal_checkpoint(TRUNCATE)\"}");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(error(r).startsWith("PRAGMA wal_checkpoint is not offered in the console: SQLite does not checkpoint inside a transaction"), r.body());
    }
}
