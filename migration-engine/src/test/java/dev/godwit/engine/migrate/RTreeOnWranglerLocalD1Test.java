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
 * A red-team finding: {@code CREATE VIRTUAL TABLE b USING rtree(...)} passed D1's rules and applied on wrangler's local D1 file,
 * while wrangler 4.86.0 (workerd 1.20260426) refuses it ("not authorized: SQLITE_AUTH": its workerd lacks the module) and, once
 * the table was in the file, failed every query of it ("no such module: rtree"). D1 itself has R*Tree since 2026-07-22
 * (Cloudflare's changelog "Spatial and range queries with the SQLite R*Tree module", and D1's list of supported extensions), so the
 * statement stays allowed; an apply to wrangler's local D1 file warns that older wrangler releases cannot read the table. A plain
 * SQLite file (sqlite-jdbc has the module) and FTS5 hear nothing.
 */
class RTreeOnWranglerLocalD1Test {

    @TempDir
    Path dir;

    @Test
    void anRTreeTableOnWranglersLocalD1FileIsWarnedOfAndApplied() throws Exception {
        for (boolean wranglerFile : new boolean[] {false, true}) {
            Path file = dir.resolve("db-" + wranglerFile + ".sqlite");
            Target target = wranglerFile ? new Target.WranglerLocalD1(file, "c0ffee00-0000-4000-8000-000000000001") : new Target.LocalFile(file);
            Path migrations = dir.resolve("migrations-" + wranglerFile);
            Files.createDirectories(migrations);
            Files.writeString(migrations.resolve("0001_geo.sql"), """
                    CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT);
                    CREATE VIRTUAL TABLE places_box USING rtree(id, min_x, max_x, min_y, max_y);
                    CREATE VIRTUAL TABLE places_text USING fts5(name);
                    INSERT INTO places_box VALUES (1, 0, 1, 0, 1);
                    """);
            RecordingLog log = new RecordingLog();
            try (Database db = target.open()) {
                new Migrator(db, HistoryTable.forName(HistoryTable.WRANGLER_DEFAULT), log).apply(MigrationsFolder.at(migrations), ApplyOptions.defaults());
                assertEquals(1, db.query("SELECT id FROM places_box").size(), "applied: D1 has R*Tree");
            }
            List<String> warnings = log.lines().stream().filter(l -> l.contains("R*Tree")).toList();
            assertEquals(wranglerFile ? 1 : 0, warnings.size(), wranglerFile + ": " + String.join("\n", log.lines()));
            if (wranglerFile) {
                assertTrue(warnings.get(0).startsWith("WARN Migration 0001_geo.sql, statement 2 of 4: it creates an R*Tree table (rtree), which D1 has"
                        + " had since 2026-07-22 but the local D1 of older wrangler releases lacks: wrangler 4.86.0 (workerd 1.20260426) refuses the"
                        + " statement (\"not authorized: SQLITE_AUTH\")"), warnings.get(0));
                assertTrue(warnings.get(0).contains("(\"no such module: rtree\"). If your wrangler is that old, update it (npm update wrangler); the"
                        + " apply goes on."), warnings.get(0));
            }
        }
        assertNull(D1Rules.problem("CREATE VIRTUAL TABLE b USING rtree_i32(id, min_x, max_x)"), "D1 takes it");
        assertTrue(D1Rules.olderWranglerLocalD1Lacks("create virtual table if not exists b using RTREE_I32(id, min_x, max_x)").contains("(rtree_i32)"));
        assertNull(D1Rules.olderWranglerLocalD1Lacks("CREATE VIRTUAL TABLE d USING fts5(body)"));
        assertNull(D1Rules.olderWranglerLocalD1Lacks("CREATE TABLE rtree (id)"));
    }
}
