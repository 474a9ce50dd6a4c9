package dev.godwit.engine.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Writes from the grid into a table whose PRIMARY KEY or a UNIQUE says ON CONFLICT REPLACE. A write of values another row holds
 * would delete that row: the studio checks for one in the write's own statement (one transaction) and asks (an edit) or refuses
 * (an insert) before deleting anything. It wrote such tables with OR ABORT instead, which SQLite gives the statements of the
 * triggers the write fires too, overriding their own conflict clauses: a trigger's INSERT OR IGNORE that met a row failed the
 * whole write, a good write refused.
 */
class StudioReplaceKeyTest extends StudioServerFixture {

    private static final String TRIGGERED = "CREATE TABLE seen (email text PRIMARY KEY, n integer)";

    /** The write runs plain: the trigger's INSERT OR IGNORE ignores the row it meets, as the same statement in sqlite3 does. */
    @Test
    void aTriggersInsertOrIgnoreKeepsItsOwnConflictClause() throws Exception {
        db.runAtomically(List.of("CREATE TABLE codes (id integer PRIMARY KEY, email text UNIQUE ON CONFLICT REPLACE)", TRIGGERED,
                "INSERT INTO seen VALUES ('c@x', 41), ('d@x', 7)",
                "CREATE TRIGGER codes_seen AFTER INSERT ON codes BEGIN INSERT OR IGNORE INTO seen VALUES (new.email, 0); END",
                "CREATE TRIGGER codes_seen_again AFTER UPDATE ON codes BEGIN INSERT OR IGNORE INTO seen VALUES (new.email, 0); END"), false);
        JsonNode added = ok("POST", "/api/rows?table=codes", "{\"values\": {\"email\": {\"input\": \"c@x\"}}}");
        assertFalse(added.get("sql").get(0).asText().contains("OR ABORT"), added.toString());
        ok("POST", "/api/rows?table=codes", "{\"values\": {\"email\": {\"input\": \"e@x\"}}}");
        assertEquals(List.of(Map.of("id", 1L, "email", "c@x"), Map.of("id", 2L, "email", "e@x")), db.query("SELECT id, email FROM codes ORDER BY id"));
        // the edit of a cell to a value seen already holds, and no other row of codes
        JsonNode edited = ok("PUT", "/api/rows?table=codes", v("codes", "{\"rowid\": \"2\", \"values\": {\"email\": {\"input\": \"d@x\"}}}"));
        assertEquals("updated row 2 of \"codes\"", edited.get("ok").asText());
        assertEquals(List.of(Map.of("id", 1L, "email", "c@x"), Map.of("id", 2L, "email", "d@x")), db.query("SELECT id, email FROM codes ORDER BY id"));
        assertEquals(List.of(Map.of("email", "c@x", "n", 41L), Map.of("email", "d@x", "n", 7L), Map.of("email", "e@x", "n", 0L)),
                db.query("SELECT email, n FROM seen ORDER BY email"));
        // an edit that would replace another row still asks first; confirmed, it does what REPLACE does, the trigger's clause its own
        String edit = v("codes", "{\"rowid\": \"2\", \"values\": {\"email\": {\"input\": \"c@x\"}}}");
        HttpResponse<String> asked = page("PUT", "/api/rows?table=codes", edit);
        assertEquals(409, asked.statusCode(), asked.body());
        JsonNode ask = json.readTree(asked.body());
        assertTrue(ask.get("needsConfirmation").asBoolean(), asked.body());
        assertTrue(ask.get("error").asText().startsWith("another row of \"codes\" already holds this value (\"email\" = 'c@x', its UNIQUE ON CONFLICT"
                + " REPLACE), and the table's key says ON CONFLICT REPLACE: saving deletes the row that holds it"), asked.body());
        assertEquals("UPDATE \"codes\" SET \"email\" = 'c@x' WHERE rowid = 2 AND \"id\" IS 2 AND \"email\" IS 'd@x' RETURNING 1 AS \"written\"" + storedTerm("email"), ask.get("sql").get(0).asText());
        assertEquals(2, count("SELECT count(*) FROM codes"), "nothing deleted before the confirmation");
        ok("PUT", "/api/rows?table=codes", edit.replaceFirst("\\{", "{\"confirm\": true, "));
        assertEquals(List.of(Map.of("id", 2L, "email", "c@x")), db.query("SELECT id, email FROM codes ORDER BY id"));
        assertEquals(List.of(Map.of("email", "c@x", "n", 41L), Map.of("email", "d@x", "n", 7L), Map.of("email", "e@x", "n", 0L)),
                db.query("SELECT email, n FROM seen ORDER BY email"));
        // an insert that would replace another row is refused, nothing written, the trigger not run
        HttpResponse<String> insert = page("POST", "/api/rows?table=codes", "{\"values\": {\"email\": {\"input\": \"c@x\"}}}");
        assertEquals(400, insert.statusCode(), insert.body());
        assertTrue(error(insert).startsWith("another row of \"codes\" already holds this value (\"email\" = 'c@x', its UNIQUE ON CONFLICT REPLACE)"
                + ", and the table's key says ON CONFLICT REPLACE: adding this row would delete that one, so nothing was written"), insert.body());
        assertEquals(List.of(Map.of("id", 2L, "email", "c@x")), db.query("SELECT id, email FROM codes ORDER BY id"));
    }

    /** The key compares as it is declared: NOCASE on the column, or on the key alone (the column binary). */
    @Test
    void aKeyThatIgnoresCaseIsCheckedIgnoringCase() throws Exception {
        db.runAtomically(List.of("CREATE TABLE tags (id integer PRIMARY KEY, name text COLLATE NOCASE UNIQUE ON CONFLICT REPLACE)",
                "INSERT INTO tags VALUES (1, 'Red'), (2, 'blue')",
                "CREATE TABLE skus (id integer PRIMARY KEY, code text, UNIQUE (code COLLATE NOCASE) ON CONFLICT REPLACE)",
                "INSERT INTO skus VALUES (1, 'ab-1'), (2, 'cd-2')"), false);
        HttpResponse<String> insert = page("POST", "/api/rows?table=tags", "{\"values\": {\"name\": {\"input\": \"RED\"}}}");
        assertEquals(400, insert.statusCode(), insert.body());
        assertEquals(2, count("SELECT count(*) FROM tags"));
        HttpResponse<String> asked = page("PUT", "/api/rows?table=skus", v("skus", "{\"rowid\": \"2\", \"values\": {\"code\": {\"input\": \"AB-1\"}}}"));
        assertEquals(409, asked.statusCode(), asked.body());
        assertTrue(error(asked).contains("(\"code\" = 'AB-1', its UNIQUE ON CONFLICT REPLACE)"), asked.body());
        assertEquals(List.of(Map.of("id", 1L, "code", "ab-1"), Map.of("id", 2L, "code", "cd-2")), db.query("SELECT id, code FROM skus ORDER BY id"));
        // the row's own value in another case is no other row's
        ok("PUT", "/api/rows?table=tags", v("tags", "{\"rowid\": \"1\", \"values\": {\"name\": {\"input\": \"RED\"}}}"));
        ok("PUT", "/api/rows?table=skus", v("skus", "{\"rowid\": \"1\", \"values\": {\"code\": {\"input\": \"AB-1\"}}}"));
        assertEquals(List.of(Map.of("id", 1L, "name", "RED"), Map.of("id", 2L, "name", "blue")), db.query("SELECT id, name FROM tags ORDER BY id"));
        assertEquals(List.of(Map.of("id", 1L, "code", "AB-1"), Map.of("id", 2L, "code", "cd-2")), db.query("SELECT id, code FROM skus ORDER BY id"));
    }

    /** NULLs never conflict in a UNIQUE: a NULL written where other rows hold NULL replaces none, and is not asked about. */
    @Test
    void aNullConflictsWithNothing() throws Exception {
        db.runAtomically(List.of("CREATE TABLE codes (id integer PRIMARY KEY, code text UNIQUE ON CONFLICT REPLACE, note text)",
                "INSERT INTO codes VALUES (1, NULL, 'a'), (2, 'x', 'b')"), false);
        ok("POST", "/api/rows?table=codes", "{\"values\": {\"code\": null, \"note\": {\"input\": \"c\"}}}");
        ok("POST", "/api/rows?table=codes", "{\"values\": {\"note\": {\"input\": \"d\"}}}");
        ok("PUT", "/api/rows?table=codes", v("codes", "{\"rowid\": \"2\", \"values\": {\"code\": null}}"));
        assertEquals(4, count("SELECT count(*) FROM codes WHERE code IS NULL"));
    }

    /**
     * An INTEGER PRIMARY KEY that replaces, a value typed as text in an INTEGER column (SQLite stores '2' as 2, so it meets the row
     * holding 2), and a key column left to its default: each the row the write would replace.
     */
    @Test
    void theRowidAffinityAndDefaultsAreComparedAsSqliteStoresThem() throws Exception {
        db.runAtomically(List.of("CREATE TABLE items (id integer PRIMARY KEY ON CONFLICT REPLACE, n integer UNIQUE ON CONFLICT REPLACE,"
                        + " slot text DEFAULT 'main' UNIQUE ON CONFLICT REPLACE)",
                "INSERT INTO items VALUES (1, 1, 'main'), (2, 2, 'side')"), false);
        HttpResponse<String> id = page("PUT", "/api/rows?table=items", v("items", "{\"rowid\": \"2\", \"values\": {\"id\": {\"input\": \"1\"}}}"));
        assertEquals(409, id.statusCode(), id.body());
        assertTrue(error(id).contains("\"id\" = 1, its PRIMARY KEY ON CONFLICT REPLACE"), id.body());
        HttpResponse<String> n = page("POST", "/api/rows?table=items", "{\"values\": {\"n\": \"2\", \"slot\": {\"input\": \"other\"}}}");
        assertEquals(400, n.statusCode(), n.body());
        assertTrue(error(n).contains("\"n\" = 2, its UNIQUE ON CONFLICT REPLACE"), n.body());
        HttpResponse<String> text = page("POST", "/api/rows?table=items", "{\"values\": {\"n\": {\"t\": \"s\", \"v\": \"2\"}, \"slot\": {\"input\": \"other\"}}}");
        assertEquals(400, text.statusCode(), text.body());
        assertTrue(error(text).contains("\"n\" = '2', its UNIQUE ON CONFLICT REPLACE"), text.body());
        HttpResponse<String> slot = page("POST", "/api/rows?table=items", "{\"values\": {\"n\": {\"input\": \"3\"}}}");
        assertEquals(400, slot.statusCode(), slot.body());
        assertTrue(error(slot).contains("\"slot\" = ('main'), its UNIQUE ON CONFLICT REPLACE"), slot.body());
        HttpResponse<String> empty = page("POST", "/api/rows?table=items", "{\"values\": {}}");
        assertEquals(400, empty.statusCode(), empty.body());
        assertEquals(List.of(Map.of("id", 1L, "n", 1L, "slot", "main"), Map.of("id", 2L, "n", 2L, "slot", "side")),
                db.query("SELECT id, n, slot FROM items ORDER BY id"));
        ok("POST", "/api/rows?table=items", "{\"values\": {\"n\": {\"input\": \"3\"}, \"slot\": {\"input\": \"third\"}}}");
        ok("PUT", "/api/rows?table=items", v("items", "{\"rowid\": \"1\", \"values\": {\"slot\": {\"input\": \"spare\"}}}"));
        JsonNode defaults = ok("POST", "/api/rows?table=items", "{\"values\": {}}");
        assertEquals(List.of(Map.of("id", 1L, "n", 1L, "slot", "spare"), Map.of("id", 2L, "n", 2L, "slot", "side"), Map.of("id", 3L, "n", 3L, "slot", "third"),
                Map.of("id", 4L, "slot", "main")), db.query("SELECT id, n, slot FROM items ORDER BY id").stream()
                .map(r -> { var m = new java.util.HashMap<>(r); m.values().removeIf(java.util.Objects::isNull); return (Map<String, Object>) m; }).toList(), defaults.toString());
    }

    /** A WITHOUT ROWID table's primary key that replaces: the edited row told apart by its key, compared byte for byte. */
    @Test
    void aWithoutRowidKeyThatReplacesIsAskedAbout() throws Exception {
        db.runAtomically(List.of("CREATE TABLE kv (k text COLLATE NOCASE PRIMARY KEY ON CONFLICT REPLACE, v text) WITHOUT ROWID",
                "INSERT INTO kv VALUES ('a', '1'), ('b', '2')"), false);
        String b = "[{\"t\":\"s\",\"v\":\"b\"}]";
        HttpResponse<String> asked = page("PUT", "/api/rows?table=kv", "{\"key\": " + b + ", \"version\": \"" + versionOfKey("kv", b)
                + "\", \"values\": {\"k\": {\"input\": \"A\"}}}");
        assertEquals(409, asked.statusCode(), asked.body());
        assertTrue(error(asked).contains("(\"k\" = 'A', its PRIMARY KEY ON CONFLICT REPLACE)"), asked.body());
        ok("PUT", "/api/rows?table=kv", "{\"key\": " + b + ", \"version\": \"" + versionOfKey("kv", b) + "\", \"values\": {\"k\": {\"input\": \"B\"}}}");
        assertEquals(List.of(Map.of("k", "a", "v", "1"), Map.of("k", "B", "v", "2")), db.query("SELECT k, v FROM kv ORDER BY k"));
    }

    /** Over D1 (the stand-in, with its authorizer): the key's index read, and the write's check one call with it. */
    @Test
    void overD1TheTriggerKeepsItsClauseAndAReplaceIsAsked() throws Exception {
        try (D1 d1 = d1("CREATE TABLE codes (id integer PRIMARY KEY, email text COLLATE NOCASE UNIQUE ON CONFLICT REPLACE)", TRIGGERED,
                "INSERT INTO seen VALUES ('c@x', 41)", "INSERT INTO codes VALUES (1, 'a@x')",
                "CREATE TRIGGER codes_seen AFTER INSERT ON codes BEGIN INSERT OR IGNORE INTO seen VALUES (new.email, 0); END")) {
            studioOverD1(d1.db(), true);
            ok("POST", "/api/rows?table=codes", "{\"values\": {\"email\": {\"input\": \"c@x\"}}}");
            HttpResponse<String> asked = page("PUT", "/api/rows?table=codes", v("codes", "{\"rowid\": \"2\", \"values\": {\"email\": {\"input\": \"A@X\"}}}"));
            assertEquals(409, asked.statusCode(), asked.body());
            assertTrue(json.readTree(asked.body()).path("needsConfirmation").asBoolean(), asked.body());
            assertEquals(List.of(Map.of("id", 1L, "email", "a@x"), Map.of("id", 2L, "email", "c@x")), d1.db().query("SELECT id, email FROM codes ORDER BY id"));
            assertEquals(List.of(Map.of("email", "c@x", "n", 41L)), d1.db().query("SELECT email, n FROM seen"));
        }
    }

    /**
     * A key over a generated column: an edit of the column it is computed from changes the key without naming it, and the check
     * cannot compute the new value. Such a table is written OR ABORT: the write that would replace another row fails, both rows kept.
     */
    @Test
    void aKeyOverAGeneratedColumnFailsTheWriteInsteadOfReplacing() throws Exception {
        db.runAtomically(List.of("CREATE TABLE people (id integer PRIMARY KEY, email text,"
                + " email_key text GENERATED ALWAYS AS (lower(email)) VIRTUAL UNIQUE ON CONFLICT REPLACE)",
                "INSERT INTO people (id, email) VALUES (1, 'a@x'), (2, 'b@x')"), false);
        HttpResponse<String> edit = page("PUT", "/api/rows?table=people", v("people", "{\"rowid\": \"2\", \"values\": {\"email\": {\"input\": \"A@X\"}}}"));
        assertEquals(400, edit.statusCode(), edit.body());
        assertEquals("another row of \"people\" already holds this key (UNIQUE constraint failed: people.email_key); its key says ON CONFLICT"
                + " REPLACE over a generated column, which the studio cannot check before writing, so it writes without replacing. Nothing"
                + " was written; change the value, or write the row in the SQL console (INSERT OR REPLACE replaces the row holding it)", error(edit));
        HttpResponse<String> insert = page("POST", "/api/rows?table=people", "{\"values\": {\"email\": {\"input\": \"B@x\"}}}");
        assertEquals(400, insert.statusCode(), insert.body());
        assertEquals(List.of(Map.of("id", 1L, "email", "a@x"), Map.of("id", 2L, "email", "b@x")), db.query("SELECT id, email FROM people ORDER BY id"));
        JsonNode fine = ok("PUT", "/api/rows?table=people", v("people", "{\"rowid\": \"2\", \"values\": {\"email\": {\"input\": \"c@x\"}}}"));
        assertTrue(fine.get("sql").get(0).asText().startsWith("UPDATE OR ABORT \"people\""), fine.toString());
        assertEquals(List.of(Map.of("id", 1L, "email", "a@x"), Map.of("id", 2L, "email", "c@x")), db.query("SELECT id, email FROM people ORDER BY id"));
    }

    /** There, a trigger's own OR IGNORE is overridden by the OR ABORT too: its conflict is said as the trigger's, nothing written. */
    @Test
    void aTriggersConflictUnderTheGeneratedKeysOrAbortIsSaidAsTheTriggers() throws Exception {
        db.runAtomically(List.of("CREATE TABLE people (id integer PRIMARY KEY, email text,"
                + " email_key text GENERATED ALWAYS AS (lower(email)) VIRTUAL UNIQUE ON CONFLICT REPLACE)", TRIGGERED,
                "INSERT INTO seen VALUES ('c@x', 41)", "INSERT INTO people (id, email) VALUES (1, 'a@x')",
                "CREATE TRIGGER people_seen AFTER UPDATE ON people BEGIN INSERT OR IGNORE INTO seen VALUES (new.email, 0); END"), false);
        HttpResponse<String> edit = page("PUT", "/api/rows?table=people", v("people", "{\"rowid\": \"1\", \"values\": {\"email\": {\"input\": \"c@x\"}}}"));
        assertEquals(400, edit.statusCode(), edit.body());
        assertTrue(error(edit).startsWith("a trigger of \"people\" failed (UNIQUE constraint failed: seen.email): the studio wrote the row OR ABORT"),
                edit.body());
        assertEquals(List.of(Map.of("id", 1L, "email", "a@x")), db.query("SELECT id, email FROM people"));
    }
}
