package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.engine.db.SqliteDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schema-only replica (D1's pre-flight, db:push's trial and trigger check) of a database with an FTS5 or R-Tree table: its
 * CREATE VIRTUAL TABLE makes the shadow tables, which sqlite_master also lists with their own CREATE TABLE; creating those again
 * failed ("table 'docs_fts_data' already exists"), so db:apply to any D1 database with an FTS5 table, and db:push to any database
 * with one, stopped with "cannot build a local replica".
 */
class VirtualTablesReplicaTest {

    @TempDir
    Path dir;

    @Test
    void aDatabaseWithVirtualTablesIsReplicatedWithThemAndWithoutTheirShadowTablesCreatedTwice() {
        Path file = dir.resolve("app.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.runAtomically(List.of("CREATE TABLE docs (id integer PRIMARY KEY, body text)",
                    "CREATE VIRTUAL TABLE docs_fts USING fts5(body, content='docs', content_rowid='id')",
                    "CREATE VIRTUAL TABLE shapes USING rtree(id, minx, maxx)",
                    "CREATE TRIGGER docs_ai AFTER INSERT ON docs BEGIN INSERT INTO docs_fts(rowid, body) VALUES (new.id, new.body); END"), false);
            try (Replica r = Replica.schemaOf(db, Set.of())) {
                assertEquals(List.of("docs", "docs_fts", "shapes"), r.query("SELECT name FROM sqlite_master WHERE type = 'table'"
                        + " AND name NOT IN (SELECT name FROM pragma_table_list WHERE type = 'shadow') ORDER BY name").stream()
                        .map(m -> String.valueOf(m.get("name"))).toList());
                assertEquals(1, r.query("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = 'docs_ai'").size());
            }
        }
    }
}
