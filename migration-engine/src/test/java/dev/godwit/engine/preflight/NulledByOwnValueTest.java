package dev.godwit.engine.preflight;

import static dev.godwit.engine.preflight.PreflightTestFiles.passes;
import static dev.godwit.engine.preflight.PreflightTestFiles.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.folder.Migration;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red team (round 58): a date format change, {@code UPDATE posts SET published_at = strftime('%Y-%m-%dT%H:%M:%SZ', published_at)},
 * empties every date strftime cannot read ('03/03/2024', typed in by hand years ago); a JSON reshape, {@code SET prefs =
 * json_extract(prefs, '$.ui')}, every value without the path. An UPDATE is written on purpose, and db:apply -Dlocal passed both as "no
 * rows removed or rewritten". On a local file's real rows, the values such an expression of the column's own value emptied are
 * refused, as a CASE without ELSE's are.
 */
class NulledByOwnValueTest {

    @TempDir
    Path dir;

    private Path file() {
        return PreflightTestFiles.file(dir, "CREATE TABLE posts (id integer PRIMARY KEY NOT NULL, published_at text, prefs text, title text NOT NULL)",
                "INSERT INTO posts VALUES (1, '2024-01-06 09:00:00', '{\"ui\":{\"theme\":\"dark\"}}', 'a'), (2, NULL, '{}', 'b'),"
                        + " (3, '03/03/2024', '{\"ui\":{}}', 'c'), (4, '2024-02-02T12:00:00Z', NULL, 'd')");
    }

    private Migration migration(String sql) {
        return PreflightTestFiles.migration(dir, "0001_dates", sql);
    }

    @Test
    void aDateFormatChangeThatCannotReadSomeDatesIsRefused() {
        Path f = file();
        String said = refusal(f, migration("UPDATE posts SET published_at = strftime('%Y-%m-%dT%H:%M:%SZ', published_at) WHERE published_at IS NOT NULL;"));
        assertTrue(said.contains("- \"posts\".\"published_at\": 1 of 4 values set to NULL (the UPDATE sets the column to an expression of its own"
                + " value, which gives NULL for them"), said);
        assertTrue(said.contains("the rows it empties: SELECT \"published_at\" FROM \"posts\" WHERE \"published_at\" IS NOT NULL AND"
                + " strftime('%Y-%m-%dT%H:%M:%SZ', published_at) IS NULL"), said);
        assertTrue(said.contains("-- godwit:accept-data-loss posts"), said);
        // a JSON reshape that empties the values without the path, beside another column
        said = refusal(f, migration("UPDATE posts SET title = upper(title), prefs = json_extract(prefs, '$.ui');"));
        assertTrue(said.contains("- \"posts\".\"prefs\": 1 of 4 values set to NULL (the UPDATE sets the column to an expression of its own value"),
                said);
    }

    @Test
    void oneThatReadsEveryValueOrSaysNullOrIsDeclaredPasses() {
        Path f = file();
        for (String sql : List.of(
                "UPDATE posts SET published_at = strftime('%Y-%m-%dT%H:%M:%SZ', published_at) WHERE strftime('%Y-%m-%dT%H:%M:%SZ', published_at) IS NOT NULL;",
                "UPDATE posts SET published_at = coalesce(strftime('%Y-%m-%dT%H:%M:%SZ', published_at), published_at);",
                // a NULL meant: nullif, a CASE (its own rule), a bare NULL
                "UPDATE posts SET published_at = nullif(trim(published_at), '03/03/2024');",
                "UPDATE posts SET published_at = NULL WHERE published_at = '03/03/2024';",
                // an expression that keeps every value
                "UPDATE posts SET title = upper(title), published_at = replace(published_at, 'T', ' ');",
                // declared
                "-- godwit:accept-data-loss posts\nUPDATE posts SET published_at = date(published_at);")) {
            passes(f, migration(sql));
        }
    }

    @Test
    void onlyAnExpressionOfTheColumnsOwnValueThatCannotMeanNullIsRead() {
        Set<String> posts = Set.of("posts");
        assertEquals(Map.of("published_at", "date(`published_at`)"),
                StatementText.ownValueSets("UPDATE main.posts SET title = 'x', published_at = date(`published_at`) WHERE 1", posts));
        // a bare column, a text of its name, a function named alike, another column's value: not its own value transformed
        assertEquals(Map.of(), StatementText.ownValueSets("UPDATE posts SET published_at = published_at", posts));
        assertEquals(Map.of(), StatementText.ownValueSets("UPDATE posts SET published_at = upper('published_at')", posts));
        assertEquals(Map.of(), StatementText.ownValueSets("UPDATE posts SET published_at = date(created_at)", posts));
        assertEquals(Map.of(), StatementText.ownValueSets("UPDATE posts SET published_at = iif(published_at > '', date(published_at), NULL)", posts));
        assertEquals(Map.of(), StatementText.ownValueSets("UPDATE posts SET published_at = (SELECT date(published_at))", posts));
        assertEquals(Map.of(), StatementText.ownValueSets("UPDATE drafts SET published_at = date(published_at)", posts));
    }
}
