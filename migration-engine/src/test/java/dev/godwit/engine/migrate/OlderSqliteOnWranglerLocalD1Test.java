package dev.godwit.engine.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.db.Database;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.sql.D1Rules;
import dev.godwit.engine.target.Target;
import dev.godwit.engine.testing.RecordingLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red-team finding: a data migration calling {@code concat_ws()} or {@code json_group_object()} wrote other rows into wrangler's
 * local D1 file through {@code db:apply -Dlocal} than {@code wrangler d1 migrations apply DB --local} writes from the same file
 * (wrangler 4.86.0, workerd 1.20260426, SQLite 3.47.0, against sqlite-jdbc 3.54.1), and nothing said so: {@code concat_ws(' ',
 * first, middle, last)} over a middle name '' gave 'John  Doe' here and 'John Doe' there; {@code json_group_object(k, v)} over a
 * NULL label gave {@code {"theme":"dark"}} here and the malformed {@code {"theme":"dark",:"orphan"}} there, which json_extract()
 * then refuses. An apply to wrangler's local D1 file now warns, naming the statement and the way to write the same on both; a
 * plain SQLite file (no D1 in sight) hears nothing, nor does a view (computed where it is read).
 */
class OlderSqliteOnWranglerLocalD1Test {

    @TempDir
    Path dir;

    @Test
    void callsThatWranglersSqliteComputesOtherwiseAreWarnedOf() throws Exception {
        for (boolean wranglerFile : new boolean[] {false, true}) {
            Path file = dir.resolve("db-" + wranglerFile + ".sqlite");
            Target target = wranglerFile ? new Target.WranglerLocalD1(file, "c0ffee00-0000-4000-8000-000000000002") : new Target.LocalFile(file);
            Path migrations = dir.resolve("migrations-" + wranglerFile);
            Files.createDirectories(migrations);
            Files.writeString(migrations.resolve("0001_names.sql"), """
                    CREATE TABLE people (id INTEGER PRIMARY KEY, first TEXT, middle TEXT, last TEXT, full_name TEXT);
                    INSERT INTO people (id, first, middle, last) VALUES (1, 'John', '', 'Doe');
                    UPDATE people SET full_name = concat_ws(' ', first, middle, last);
                    CREATE TABLE settings (user_id INTEGER NOT NULL, k TEXT, v TEXT);
                    INSERT INTO settings VALUES (1, 'theme', 'dark'), (1, NULL, 'orphan');
                    ALTER TABLE people ADD COLUMN prefs TEXT;
                    UPDATE people SET prefs = (SELECT json_group_object(k, v) FROM settings s WHERE s.user_id = people.id);
                    CREATE VIEW labels AS SELECT concat_ws(' ', first, last) AS label FROM people;
                    """);
            RecordingLog log = new RecordingLog();
            try (Database db = target.open()) {
                new Migrator(db, HistoryTable.forName(HistoryTable.WRANGLER_DEFAULT), log).apply(MigrationsFolder.at(migrations), ApplyOptions.defaults());
                assertEquals("John  Doe", db.query("SELECT full_name FROM people").get(0).get("full_name"), "applied, with this SQLite's values");
            }
            List<String> warnings = log.lines().stream().filter(l -> l.contains("computes otherwise")).toList();
            assertEquals(wranglerFile ? 2 : 0, warnings.size(), wranglerFile + ": " + String.join("\n", log.lines()));
            if (wranglerFile) {
                assertTrue(warnings.get(0).startsWith("WARN Migration 0001_names.sql, statement 3 of 8: it calls concat_ws(), which the SQLite of"
                        + " wrangler's local D1 (3.47.0, wrangler 4.86.0) computes otherwise: an argument that is an empty string is skipped there"), warnings.get(0));
                assertTrue(warnings.get(0).endsWith("concat_ws(' ', first, nullif(middle, ''), last); the apply goes on."), warnings.get(0));
                assertTrue(warnings.get(1).startsWith("WARN Migration 0001_names.sql, statement 7 of 8: it calls json_group_object(), which the SQLite"
                        + " of wrangler's local D1 (3.47.0, wrangler 4.86.0) computes otherwise: an element whose label is NULL is written there as"
                        + " :value, malformed JSON"), warnings.get(1));
                assertTrue(warnings.get(1).endsWith("json_group_object(k, v) FILTER (WHERE k IS NOT NULL); the apply goes on."), warnings.get(1));
            }
        }
        assertTrue(D1Rules.olderSqliteComputesOtherwise("INSERT INTO t SELECT jsonb_group_object(k, v) FROM kv").contains("jsonb_group_object()"));
        assertTrue(D1Rules.olderSqliteComputesOtherwise("UPDATE t SET a = \"CONCAT_WS\"(',', b, c)").contains("concat_ws()"));
        assertNull(D1Rules.olderSqliteComputesOtherwise("CREATE VIEW v AS SELECT concat_ws(',', a, b) FROM t"), "computed where it is read");
        assertNull(D1Rules.olderSqliteComputesOtherwise("INSERT INTO t (note) VALUES ('concat_ws(a, b)')"), "a string, no call");
        assertNull(D1Rules.olderSqliteComputesOtherwise("CREATE TABLE concat_ws (a, b)"));
        assertNull(D1Rules.olderSqliteComputesOtherwise("SELECT x.concat_ws(1) FROM t"));
    }
}
