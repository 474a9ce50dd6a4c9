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
}
