package dev.godwit.engine.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.godwit.engine.db.Database;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.sql.D1Rules;
import dev.godwit.engine.target.Target;
import dev.godwit.engine.testing.RecordingLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red-team finding: a migration reading jsonb_each() (or jsonb_tree()) applied on wrangler's local D1 file with BUILD SUCCESS,
 * as sqlite-jdbc 3.54.1 has them, while wrangler 4.86.0's local D1 (workerd 1.20260426, SQLite 3.47.0) fails it with "no such
 * table: jsonb_each" (checked 2026-12), and D1 does not state its SQLite's version. json_each() reads JSONB as well, on every
 * version. An apply to wrangler's local D1 file now warns, naming the call to write instead, and goes on; a plain SQLite file hears
 * nothing.
 */
class JsonbEachOnWranglerLocalD1Test {

    @TempDir
    Path dir;

    @Test
    void aJsonbEachOnWranglersLocalD1FileIsWarnedOfAndApplied() throws Exception {
        for (boolean wranglerFile : new boolean[] {false, true}) {
            Path file = dir.resolve("db-" + wranglerFile + ".sqlite");
            Target target = wranglerFile ? new Target.WranglerLocalD1(file, "c0ffee00-0000-4000-8000-000000000001") : new Target.LocalFile(file);
            Path migrations = dir.resolve("migrations-" + wranglerFile);
            Files.createDirectories(migrations);
            Files.writeString(migrations.resolve("0001_tags.sql"), """
                    CREATE TABLE posts (id INTEGER PRIMARY KEY, tags BLOB);
                    INSERT INTO posts VALUES (1, jsonb('["a","b"]'));
                    CREATE TABLE post_tags (post_id INTEGER, tag TEXT);
                    INSERT INTO post_tags SELECT p.id, t.value FROM posts AS p, jsonb_each(p.tags) AS t;
                    """);
            RecordingLog log = new RecordingLog();
            try (Database db = target.open()) {
                new Migrator(db, HistoryTable.forName(HistoryTable.WRANGLER_DEFAULT), log).apply(MigrationsFolder.at(migrations), ApplyOptions.defaults());
                assertEquals(List.of(Map.of("tag", "a"), Map.of("tag", "b")), db.query("SELECT tag FROM post_tags ORDER BY tag"), "applied");
            }
            List<String> warnings = log.lines().stream().filter(l -> l.contains("jsonb_each")).toList();
            assertEquals(wranglerFile ? List.of("WARN Migration 0001_tags.sql, statement 4 of 4: it reads jsonb_each(), which the SQLite of older"
                    + " wrangler releases' local D1 lacks: wrangler 4.86.0 (workerd 1.20260426, SQLite 3.47.0) fails the statement (\"no such"
                    + " table: jsonb_each\"), and D1 does not state its SQLite's version. json_each() reads JSONB as well, on every version:"
                    + " write json_each() there; the apply goes on.") : List.of(), warnings, String.join("\n", log.lines()));
        }
        assertNull(D1Rules.problem("SELECT value FROM jsonb_tree('[1]')"), "D1's authorizer takes it");
        assertEquals(true, D1Rules.olderWranglerLocalD1Lacks("SELECT value FROM JSONB_TREE('[1]')").startsWith("it reads jsonb_tree(), "));
        assertNull(D1Rules.olderWranglerLocalD1Lacks("SELECT value FROM json_each(jsonb('[1]'))"));
        assertNull(D1Rules.olderWranglerLocalD1Lacks("CREATE TABLE jsonb_each (id)"));
        // read through its schema: sqlite-jdbc runs main.jsonb_each('[7]'), wrangler 4.86.0's local D1 says "no such table:
        // main.jsonb_each" (2026-12)
        assertEquals(true, String.valueOf(D1Rules.olderWranglerLocalD1Lacks("SELECT value FROM main.jsonb_each('[7]')")).startsWith("it reads jsonb_each(), "));
        assertEquals(true, String.valueOf(D1Rules.olderWranglerLocalD1Lacks("SELECT value FROM \"main\" . jsonb_tree('[7]')")).startsWith("it reads jsonb_tree(), "));
        assertNull(D1Rules.olderWranglerLocalD1Lacks("SELECT jsonb_each.value FROM t AS jsonb_each"), "a column read through an alias");
        assertNull(D1Rules.olderWranglerLocalD1Lacks("SELECT x.jsonb_each(1) FROM t x"), "no function of a table");
    }
}
