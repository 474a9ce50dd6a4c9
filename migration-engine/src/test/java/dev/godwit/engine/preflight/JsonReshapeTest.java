package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.engine.testing.RecordingLog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red team (round 58, c04): {@code UPDATE settings SET data = json_object('theme', json_extract(data, '$.ui.theme'))} rebuilt
 * every row's JSON from the paths it names, and the "notify" key two users held was gone; db:apply -Dlocal said "no rows removed or
 * rewritten". The pre-flight now warns (a reshape may drop keys on purpose: no refusal), naming the keys and the rows holding each.
 */
class JsonReshapeTest {

    @TempDir
    Path dir;

    private List<String> warnings(String sql) {
        Path f = PreflightTestFiles.file(dir, "CREATE TABLE settings (user_id integer PRIMARY KEY NOT NULL, data text NOT NULL)",
                "INSERT INTO settings VALUES (1, '{\"ui\":{\"theme\":\"dark\"},\"notify\":true}'), (2, '{\"ui\":{\"theme\":\"light\"},\"notify\":false,\"beta\":1}'),"
                        + " (3, '{\"ui\":{}}'), (4, '[1]'), (5, 'not json')");
        RecordingLog log = new RecordingLog();
        Preflight.ofFile(f, false, log).check(List.of(PreflightTestFiles.migration(dir, "0001_json", sql)));
        return log.lines().stream().filter(l -> l.contains("json_object")).toList();
    }

    @Test
    void aReshapeDroppingKeysTheRowsHoldIsWarnedOf() {
        assertEquals(List.of("WARN Pre-flight: 0001_json.sql statement 1 rebuilds \"settings\".\"data\" with json_object, which keeps only the keys it"
                + " names; the rows hold keys it neither names nor reads, gone after it: \"beta\" (1 row), \"notify\" (2 rows). If they are to stay,"
                + " change only the keys meant (json_set(\"data\", '$.theme', ...), or json_patch(\"data\", json_object(...))); if they are meant to go,"
                + " nothing is to do."), warnings("UPDATE settings SET data = json_object('theme', json_extract(data, '$.ui.theme'))"
                + " WHERE json_valid(data) AND json_type(data) = 'object';"));
    }

    @Test
    void aReshapeKeepingOrReadingEveryKeySaysNothing() {
        assertEquals(List.of(), warnings("UPDATE settings SET data = json_object('theme', json_extract(data, '$.ui.theme'), 'notify',"
                + " json_extract(data, '$.notify'), 'beta', json_extract(data, '$.beta')) WHERE json_valid(data) AND json_type(data) = 'object';"));
        // a new value, not a reshape of the one held
        assertEquals(List.of(), warnings("UPDATE settings SET data = json_object('theme', 'dark') WHERE user_id = 1;"));
    }

    /**
     * A reshape nesting the whole value under a new key ({@code json_object('version', 2, 'prefs', json(data))}) keeps every key
     * the rows held, one level down; it was warned of as dropping them all ("notify" (2 rows), "ui" (3 rows)). Nor is a key read
     * with {@code ->>} and a bare key ({@code data ->> 'notify'}) dropped: it is moved.
     */
    @Test
    void aReshapeNestingTheWholeValueOrReadingKeysWithArrowsSaysNothing() {
        assertEquals(List.of(), warnings("UPDATE settings SET data = json_object('version', 2, 'prefs', json(data)) WHERE json_valid(data)"
                + " AND json_type(data) = 'object';"));
        assertEquals(List.of(), warnings("UPDATE settings SET data = json_object('v', 2, 'prefs', data) WHERE json_valid(data) AND json_type(data) = 'object';"));
        assertEquals(List.of(), warnings("UPDATE settings SET data = json_object('theme', data -> '$.ui.theme', 'alerts', data ->> 'notify',"
                + " 'beta', \"data\" ->> '$.beta') WHERE json_valid(data) AND json_type(data) = 'object';"));
        // a key neither named nor read is still said
        assertEquals(1, warnings("UPDATE settings SET data = json_object('theme', data -> '$.ui.theme', 'alerts', data ->> 'notify')"
                + " WHERE json_valid(data) AND json_type(data) = 'object';").size());
    }

    /**
     * A key json_object is given by an expression ({@code 'be' || 'ta'}) was read as the strings in it, keys "be" and "ta", and the
     * row's "beta", which the statement writes, was said to be gone after it. Which keys such a call keeps is not read: nothing is
     * said, as for a reshape reading the whole value. The arguments are read by the SQL reader the pre-flight's JSON checks share
     * (sql/CallArguments): a comma inside a nested call or a string ends none.
     */
    @Test
    void aReshapeWithAKeyMadeByAnExpressionSaysNothing() {
        assertEquals(List.of(), warnings("UPDATE settings SET data = json_object('ui', json_extract(data, '$.ui'), 'be' || 'ta', 1)"
                + " WHERE json_valid(data) AND json_type(data) = 'object';"));
        // the keys of a call with commas in its nested calls and strings
        assertEquals(List.of("WARN Pre-flight: 0001_json.sql statement 1 rebuilds \"settings\".\"data\" with json_object, which keeps only the keys it"
                + " names; the rows hold a key it neither names nor reads, gone after it: \"notify\" (2 rows). If it is to stay,"
                + " change only the keys meant (json_set(\"data\", '$.theme', ...), or json_patch(\"data\", json_object(...))); if it is meant to go,"
                + " nothing is to do."), warnings("UPDATE settings SET data = json_object('ui', json_extract(data, '$.ui'), 'beta', coalesce(json_extract(data, '$.beta'), ',')"
                + ") WHERE json_valid(data) AND json_type(data) = 'object';"));
    }
}
