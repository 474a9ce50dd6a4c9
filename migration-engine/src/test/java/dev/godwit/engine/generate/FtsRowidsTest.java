package dev.godwit.engine.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.yaml.YamlSchemaReader;
import dev.godwit.schema.model.SchemaDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A follow-up of red-team round 50: db:generate's own rebuild of a table keyed by a text id (drizzle's usual key) renumbered its
 * rowids, closing the gaps deleted rows left, and an FTS5 index with external content over it (made in a custom migration, kept
 * by the documented triggers) then pointed at other rows. db:apply's pre-flight refused the migration db:generate had written.
 * The rebuild now copies the rowid where the folder's schema has such an index; elsewhere its copy stays drizzle-kit's.
 */
class FtsRowidsTest {

    @TempDir
    Path dir;

    private static final String FTS = "CREATE VIRTUAL TABLE posts_fts USING fts5(title, content='posts');\n--> statement-breakpoint\n"
            + "CREATE TRIGGER posts_ai AFTER INSERT ON posts BEGIN INSERT INTO posts_fts(rowid, title) VALUES (new.rowid, new.title); END;\n"
            + "--> statement-breakpoint\n"
            + "CREATE TRIGGER posts_ad AFTER DELETE ON posts BEGIN INSERT INTO posts_fts(posts_fts, rowid, title) VALUES ('delete', old.rowid, old.title); END;\n";

    private static SchemaDef posts(String idType, String extra) {
        return YamlSchemaReader.read("tables:\n  - name: posts\n    columns:\n      - {name: id, type: " + idType + ", primaryKey: true}\n"
                + "      - {name: title, type: text, notNull: true}\n" + extra, "schema.yaml");
    }

    private MigrationsFolder withIndex(String idType, String index) throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle-" + idType + index.length()));
        new Generator().generate(posts(idType, ""), folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(posts(idType, ""), folder, GenerateOptions.batch().withName("fts").withCustom(true));
        Path custom = folder.sqlFile("0001_fts");
        Files.writeString(custom, Files.readString(custom) + index);
        return folder;
    }

    private static final String CHECK = "    checks: [{name: titled, expression: \"length(title) > 0\"}]\n";

    @Test
    void aRebuildOfTheContentTableOfAnFtsIndexKeyedByATextIdCopiesTheRowids() throws Exception {
        MigrationsFolder folder = withIndex("text", FTS);
        GenerateResult r = new Generator().generate(posts("text", CHECK), folder, GenerateOptions.batch().withName("check"));
        assertTrue(r.sql().contains("INSERT INTO `__new_posts`(rowid, `id`,`title`) SELECT rowid, `id`, `title` FROM `posts`;"), r.sql());
        assertTrue(r.warnings().contains("\"posts\" is rebuilt with its rowids copied: the full-text index \"posts_fts\" (FTS5, content='posts') finds"
                + " its rows by rowid, and a plain copy numbers them afresh (a table without an INTEGER PRIMARY KEY), pointing the index at other rows."),
                r.warnings()::toString);

        Path file = dir.resolve("app.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT).apply(folder.migrations().subList(0, 2), ApplyOptions.defaults());
            db.runAtomically(List.of("INSERT INTO posts VALUES ('a', 'apple pie'), ('b', 'banana bread'), ('c', 'cherry tart')",
                    "DELETE FROM posts WHERE id = 'a'"), false);
            // the pre-flight refused the plain copy (FtsExternalContentRebuildTest); with the rowids it passes, and the index still finds the rows
            new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT).apply(folder, ApplyOptions.defaults());
            assertEquals(List.of(Map.of("id", "b")), db.query("SELECT id FROM posts WHERE rowid IN (SELECT rowid FROM posts_fts WHERE posts_fts MATCH 'banana')"));
            db.runAtomically(List.of("INSERT INTO posts_fts(posts_fts, rank) VALUES ('integrity-check', 1)"), false);
        }
    }

    @Test
    void anFts4IndexIsKeptTooAndWithoutTriggersTheFolderIsStillRead() throws Exception {
        MigrationsFolder folder = withIndex("text", "CREATE VIRTUAL TABLE posts_fts USING fts4(title, content=\"posts\");\n");
        GenerateResult r = new Generator().generate(posts("text", CHECK), folder, GenerateOptions.batch().withName("check"));
        assertTrue(r.sql().contains("INSERT INTO `__new_posts`(rowid, `id`,`title`) SELECT rowid, `id`, `title` FROM `posts`;"), r.sql());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("the full-text index \"posts_fts\" (FTS4, content='posts')")), r.warnings()::toString);
    }

    @Test
    void anIntegerPrimaryKeyIsTheRowidAndTheCopyStaysDrizzleKits() throws Exception {
        MigrationsFolder folder = withIndex("integer", FTS);
        GenerateResult r = new Generator().generate(posts("integer", CHECK), folder, GenerateOptions.batch().withName("check"));
        assertTrue(r.sql().contains("INSERT INTO `__new_posts`(`id`,`title`) SELECT `id`, `title` FROM `posts`;"), r.sql());
        assertFalse(r.warnings().stream().anyMatch(w -> w.contains("rowids copied")), r.warnings()::toString);
    }

    @Test
    void withoutAnFtsIndexTheCopyStaysDrizzleKits() throws Exception {
        MigrationsFolder folder = withIndex("text", "CREATE VIEW titles AS SELECT title FROM posts;\n");
        GenerateResult r = new Generator().generate(posts("text", CHECK), folder, GenerateOptions.batch().withName("check"));
        assertTrue(r.sql().contains("INSERT INTO `__new_posts`(`id`,`title`) SELECT `id`, `title` FROM `posts`;"), r.sql());
    }

    /** db:push plans the same rebuild, on the database's own schema: the rowids are copied there too. */
    @Test
    void aPushThatRebuildsTheContentTableCopiesTheRowids() {
        List<String> said = new java.util.ArrayList<>();
        EngineLog log = new EngineLog() {
            @Override
            public void info(String message) {
                said.add(message);
            }

            @Override
            public void warn(String message) {
                said.add("WARN " + message);
            }
        };
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("push.sqlite"))) {
            List<String> setup = new java.util.ArrayList<>(List.of("CREATE TABLE posts (id text PRIMARY KEY NOT NULL, title text NOT NULL)"));
            for (String s : FTS.split("--> statement-breakpoint\n")) setup.add(s.strip());
            setup.addAll(List.of("INSERT INTO posts VALUES ('a', 'apple pie'), ('b', 'banana bread'), ('c', 'cherry tart')", "DELETE FROM posts WHERE id = 'a'"));
            db.runAtomically(setup, false);
            new dev.godwit.engine.push.Pusher(db, log, java.util.Set.of()).push(posts("text", CHECK), true, null);
            assertTrue(said.stream().anyMatch(w -> w.contains("\"posts\" is rebuilt with its rowids copied")), said::toString);
            assertEquals(List.of(Map.of("id", "b")), db.query("SELECT id FROM posts WHERE rowid IN (SELECT rowid FROM posts_fts WHERE posts_fts MATCH 'banana')"));
            db.runAtomically(List.of("INSERT INTO posts_fts(posts_fts, rank) VALUES ('integrity-check', 1)"), false);
        }
    }
}
