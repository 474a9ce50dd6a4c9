package dev.godwit.engine.preflight;

import static dev.godwit.engine.preflight.PreflightTestFiles.passes;
import static dev.godwit.engine.preflight.PreflightTestFiles.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.Migration;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red team (round 58): a JSON reshape moving a setting up a level, {@code UPDATE settings SET data = json_set(data, '$.theme',
 * json_extract(data, '$.ui.theme'))}, set {"theme": "dark"} to {"theme": null} on the user who had it at the top already (no "ui"
 * there, so json_extract gave NULL); db:apply -Dlocal passed it as "no rows removed or rewritten", the column being written on purpose.
 * On a local file's real rows, the keys such a json_set empties where a value stood are refused.
 */
class JsonSetNullsTest {

    @TempDir
    Path dir;

    private Path file() {
        return PreflightTestFiles.file(dir, "CREATE TABLE settings (user_id integer PRIMARY KEY NOT NULL, data text NOT NULL)",
                "INSERT INTO settings VALUES (1, '{\"ui\":{\"theme\":\"dark\"}}'), (2, '{}'), (3, '{\"theme\":\"dark\"}'), (4, '{\"ui\":{\"lang\":\"de\"}}'),"
                        + " (5, '[]')");
    }

    private Migration migration(String sql) {
        return PreflightTestFiles.migration(dir, "0001_json", sql);
    }

    @Test
    void aJsonSetThatNullsAKeyARowHeldIsRefused() {
        Path f = file();
        String said = refusal(f, migration("UPDATE settings SET data = json_set(data, '$.theme', json_extract(data, '$.ui.theme'));"));
        assertTrue(said.contains("- \"settings\".\"data\": 1 of 5 values lose what they held at a JSON path (the UPDATE's json_set of the column"
                + " sets the key to null where the value it is given is NULL"), said);
        assertTrue(said.contains("-- godwit:accept-data-loss settings"), said);
        assertTrue(said.contains("json_set(\"data\", path, coalesce(new value, json_extract(\"data\", path)))"), said);   // its column
        // json_replace, the second pair, within a WHERE
        said = refusal(f, migration("UPDATE settings SET data = json_replace(data, '$.lang', 'en', '$.theme', json_extract(data, '$.ui.theme')) WHERE user_id > 2;"));
        assertTrue(said.contains("- \"settings\".\"data\": 1 of 5 values lose what they held at a JSON path"), said);
    }

    @Test
    void oneKeepingTheValueOrSettingOnlyRowsThatHaveItPasses() {
        Path f = file();
        for (String sql : List.of(
                "UPDATE settings SET data = json_set(data, '$.theme', coalesce(json_extract(data, '$.ui.theme'), json_extract(data, '$.theme')));",
                "UPDATE settings SET data = json_set(data, '$.theme', json_extract(data, '$.ui.theme')) WHERE json_extract(data, '$.ui.theme') IS NOT NULL;",
                // a NULL where the row held none adds a null key: nothing held is lost
                "UPDATE settings SET data = json_set(data, '$.lang', json_extract(data, '$.ui.lang'));",
                "-- godwit:accept-data-loss settings\nUPDATE settings SET data = json_set(data, '$.theme', json_extract(data, '$.ui.theme'));")) {
            passes(f, migration(sql));
        }
    }

    /**
     * The same loss through a reshape with json_object (round 58, c04): {@code SET data = json_object('theme', json_extract(data,
     * '$.ui.theme'), 'lang', json_extract(data, '$.ui.lang'))} gave the user holding {"theme": "dark"} at the top {"theme": null}.
     * Refused as the json_set is; a reshape keeping the value, or setting constants only, passes.
     */
    @Test
    void aJsonObjectReshapeThatNullsAKeyARowHeldIsRefused() {
        Path f = file();
        String said = refusal(f, migration("UPDATE settings SET data = json_object('theme', json_extract(data, '$.ui.theme'), 'lang',"
                + " json_extract(data, '$.ui.lang')) WHERE json_type(data) = 'object';"));
        assertTrue(said.contains("- \"settings\".\"data\": 1 of 5 values lose what they held at a JSON path (the UPDATE's json_object rebuilding"
                + " the column gives the key null where the value it is given is NULL"), said);
        assertTrue(said.contains("coalesce(new value, json_extract(\"data\", '$.key'))"), said);
        passes(f, migration("UPDATE settings SET data = json_object('theme', coalesce(json_extract(data, '$.ui.theme'), json_extract(data, '$.theme')),"
                + " 'lang', json_extract(data, '$.ui.lang')) WHERE json_type(data) = 'object';"));
        // a nested object gives the key under it null: user 1's "ui"."theme" becomes null (no top-level "theme" there)
        said = refusal(f, migration("UPDATE settings SET data = json_object('ui', json_object('theme', json_extract(data, '$.theme')))"
                + " WHERE json_type(data) = 'object';"));
        assertTrue(said.contains("- \"settings\".\"data\": 1 of 5 values lose what they held at a JSON path (the UPDATE's json_object"), said);
    }

    /**
     * A key set to a literal NULL ({@code json_set(data, '$.theme', NULL)}, {@code json_object('theme', NULL, ...)}) is nulled on
     * purpose, as an UPDATE setting a column to NULL is: it was refused as values that "lose what they held ... json_extract of a
     * path those rows lack", which it reads none of.
     */
    @Test
    void aKeySetToALiteralNullIsMeant() {
        Path f = PreflightTestFiles.file(dir, "CREATE TABLE settings (user_id integer PRIMARY KEY NOT NULL, data text NOT NULL)",
                "INSERT INTO settings VALUES (1, '{\"theme\":\"dark\",\"notify\":true}'), (2, '{\"notify\":false}')");
        PreflightTestFiles.passes(f, PreflightTestFiles.migration(dir, "0001_json", "UPDATE settings SET data = json_set(data, '$.theme', NULL);"));
        PreflightTestFiles.passes(f, PreflightTestFiles.migration(dir, "0001_json", "UPDATE settings SET data = json_object('theme', null, 'notify',"
                + " json_extract(data, '$.notify'));"));
        // beside it, a value read from a path the row lacks is still refused
        String said = PreflightTestFiles.refusal(f, PreflightTestFiles.migration(dir, "0001_json", "UPDATE settings SET data = json_set(data, '$.lang', NULL,"
                + " '$.theme', json_extract(data, '$.ui.theme'));"));
        assertTrue(said.contains("\"settings\".\"data\": 1 of 2 values lose what they held at a JSON path"), said);
    }

    /**
     * The same move through a merge patch: {@code json_patch(data, json_object('theme', json_extract(data, '$.ui.theme')))} gave
     * the user holding {"theme": "dark"} at the top {}, a null in a merge patch (RFC 7396) removing the key, and passed. Refused
     * as json_set's null is, a nested {@code json_object} read as the path it patches; the file is left as it was.
     */
    @Test
    void aJsonPatchRemovingAKeyARowHeldIsRefused() {
        Path f = file();
        String said = refusal(f, migration("UPDATE settings SET data = json_patch(data, json_object('theme', json_extract(data, '$.ui.theme')));"));
        assertTrue(said.contains("- \"settings\".\"data\": 1 of 5 values lose what they held at a JSON path (the UPDATE's json_patch of the column"
                + " removes the key where the patch gives it null, json_extract of a path those rows lack: {\"theme\": \"dark\"} becomes {})"), said);
        assertTrue(said.contains("-- godwit:accept-data-loss settings"), said);
        assertTrue(said.contains("(keep the value the row holds where the new one is missing, json_patch(\"data\", json_object(..., 'key',"
                + " coalesce(new value, json_extract(\"data\", '$.key')), ...)), or set only the rows that have it, WHERE new value IS NOT NULL)"), said);
        assertEquals("{\"theme\":\"dark\"}", data(f, 3));   // left as it was
        try (SqliteDatabase db = SqliteDatabase.open(f)) {   // what it refuses: run, user 3's theme is gone
            db.runAtomically(List.of("UPDATE settings SET data = json_patch(data, json_object('theme', json_extract(data, '$.ui.theme')))"), false);
        }
        assertEquals("{}", data(f, 3));
        assertEquals("{\"ui\":{\"theme\":\"dark\"},\"theme\":\"dark\"}", data(f, 1));
        f = file();
        // a nested object patches the path under it: "ui"."theme" removed from user 1, who holds no top-level "theme"
        said = refusal(f, migration("UPDATE settings SET \"data\" = json_patch(\"data\", json_object('ui', json_object('theme',"
                + " json_extract(data, '$.theme')), 'v', 2)) WHERE user_id < 5;"));
        assertTrue(said.contains("- \"settings\".\"data\": 1 of 5 values lose what they held at a JSON path (the UPDATE's json_patch"), said);
    }

    /**
     * A patch keeping the value held, patching only the rows that have the new one, or removing a key on purpose passes: a literal
     * NULL in the patch (as {@code json_set(data, '$.theme', NULL)}), a patch written as JSON text, {@code json_remove(data, '$.theme')}.
     */
    @Test
    void aJsonPatchKeepingTheValueOrRemovingAKeyOnPurposePasses() {
        Path f = file();
        for (String sql : List.of(
                "UPDATE settings SET data = json_patch(data, json_object('theme', coalesce(json_extract(data, '$.ui.theme'), json_extract(data, '$.theme'))));",
                "UPDATE settings SET data = json_patch(data, json_object('theme', json_extract(data, '$.ui.theme'))) WHERE json_extract(data, '$.ui.theme') IS NOT NULL;",
                // a key no row holds at the top: nothing held is removed
                "UPDATE settings SET data = json_patch(data, json_object('lang', json_extract(data, '$.ui.lang')));",
                "UPDATE settings SET data = json_patch(data, json_object('theme', NULL, 'v', 2));",
                "UPDATE settings SET data = json_patch(data, '{\"theme\": null}');",
                "UPDATE settings SET data = json_remove(data, '$.theme');",
                "-- godwit:accept-data-loss settings\nUPDATE settings SET data = json_patch(data, json_object('theme', json_extract(data, '$.ui.theme')));")) {
            passes(f, migration(sql));
        }
    }

    private static String data(Path f, int user) {
        try (SqliteDatabase db = SqliteDatabase.open(f)) {
            return String.valueOf(db.query("SELECT data FROM settings WHERE user_id = ?", user).get(0).get("data"));
        }
    }
}
