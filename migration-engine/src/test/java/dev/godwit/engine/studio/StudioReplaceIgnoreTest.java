package dev.godwit.engine.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A table with a key that says ON CONFLICT REPLACE and another that says ON CONFLICT IGNORE. Since the studio writes such a table
 * plain (no OR ABORT), SQLite skips a write whose value the IGNORE key meets: the studio said "inserted a row" for an insert that
 * added none, and "changed meanwhile: add it again" / "save it again" (which fail the same way every time) for the others.
 */
class StudioReplaceIgnoreTest extends StudioServerFixture {

    private static final String SKIPPED = "nothing was written: SQLite skipped the row (a key of \"t\" that says ON CONFLICT IGNORE met another row"
            + " holding its value, or a trigger's RAISE(IGNORE))";

    @Test
    void aWriteTheIgnoreKeySkipsSaysSo() throws Exception {
        db.runAtomically(List.of("CREATE TABLE t (id integer PRIMARY KEY ON CONFLICT REPLACE, code text UNIQUE ON CONFLICT IGNORE)",
                "INSERT INTO t VALUES (1, 'a'), (2, 'b')"), false);
        HttpResponse<String> plain = page("POST", "/api/rows?table=t", "{\"values\": {\"code\": {\"input\": \"a\"}}}");
        assertEquals(409, plain.statusCode(), plain.body());
        assertTrue(error(plain).startsWith(SKIPPED), plain.body());
        HttpResponse<String> keyed = page("POST", "/api/rows?table=t", "{\"values\": {\"id\": {\"input\": \"5\"}, \"code\": {\"input\": \"a\"}}}");
        assertEquals(409, keyed.statusCode(), keyed.body());
        assertTrue(error(keyed).startsWith(SKIPPED), keyed.body());
        HttpResponse<String> edit = page("PUT", "/api/rows?table=t", v("t", "{\"rowid\": \"2\", \"values\": {\"id\": {\"input\": \"7\"}, \"code\": {\"input\": \"a\"}}}"));
        assertEquals(409, edit.statusCode(), edit.body());
        assertTrue(error(edit).contains("is as the page showed it, but the write changed nothing (a key that says ON CONFLICT IGNORE"), edit.body());
        assertEquals(List.of(Map.of("id", 1L, "code", "a"), Map.of("id", 2L, "code", "b")), db.query("SELECT id, code FROM t ORDER BY id"));
        ok("POST", "/api/rows?table=t", "{\"values\": {\"code\": {\"input\": \"c\"}}}");
        ok("POST", "/api/rows?table=t", "{\"values\": {\"id\": {\"input\": \"9\"}, \"code\": {\"input\": \"d\"}}}");
        assertEquals(4, count("SELECT count(*) FROM t"));
    }
}
