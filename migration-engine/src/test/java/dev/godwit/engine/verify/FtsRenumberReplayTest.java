package dev.godwit.engine.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.yaml.YamlSchemaReader;
import dev.godwit.schema.model.SchemaDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A follow-up of red-team round 50: a hand-written rebuild of the content table of an FTS5 index with external content, a table
 * keyed by a text id, copied without the rowid: on a real database the copy closes the gaps deleted rows left and the index points
 * at other rows (db:apply's pre-flight refuses it), while db:verify was green, its generated rows having no gap for the copy to
 * close. The replay's first generated row of such a table now leaves one.
 */
class FtsRenumberReplayTest {

    @TempDir
    Path dir;

    private static final String BR = "\n--> statement-breakpoint\n";
    private static final String TRIGGERS = "CREATE TRIGGER posts_ai AFTER INSERT ON posts BEGIN INSERT INTO posts_fts(rowid, title) VALUES (new.rowid, new.title); END;" + BR
            + "CREATE TRIGGER posts_ad AFTER DELETE ON posts BEGIN INSERT INTO posts_fts(posts_fts, rowid, title) VALUES ('delete', old.rowid, old.title); END;";
    // built from the rows the table holds when it is made ('rebuild'): without it the replay finds the index empty (FtsIndexNotBuiltReplayTest)
    private static final String FTS = "CREATE VIRTUAL TABLE posts_fts USING fts5(title, content='posts');" + BR + "INSERT INTO posts_fts(posts_fts) VALUES('rebuild');"
            + BR + TRIGGERS;
    private static final SchemaDef POSTS = YamlSchemaReader.read("tables:\n  - name: posts\n    columns:\n      - {name: id, type: text, primaryKey: true}\n"
            + "      - {name: title, type: text, notNull: true}\n", "schema.yaml");

    private MigrationsFolder folder(String copy) throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle" + copy.length()));
        new Generator().generate(POSTS, folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(POSTS, folder, GenerateOptions.batch().withName("fts").withCustom(true));
        Path fts = folder.sqlFile("0001_fts");
        Files.writeString(fts, Files.readString(fts) + FTS + "\n");
        new Generator().generate(POSTS, folder, GenerateOptions.batch().withName("rebuild").withCustom(true));
        Path rebuild = folder.sqlFile("0002_rebuild");
        Files.writeString(rebuild, Files.readString(rebuild) + "CREATE TABLE `__new_posts` (`id` text PRIMARY KEY NOT NULL, `title` text NOT NULL);" + BR
                + copy + BR + "DROP TABLE `posts`;" + BR + "ALTER TABLE `__new_posts` RENAME TO `posts`;" + BR + TRIGGERS + "\n");
        return folder;
    }

    @Test
    void aHandWrittenRebuildThatRenumbersTheRowidsAnFtsIndexReadsFailsTheReplay() throws Exception {
        List<String> problems = Verifier.verify(POSTS, folder("INSERT INTO `__new_posts`(`id`, `title`) SELECT `id`, `title` FROM `posts`;")).stream()
                .map(Finding::message).toList();
        assertTrue(problems.stream().anyMatch(p -> p.contains("0002_rebuild.sql") && p.contains("its full-text index \"posts_fts\" (FTS5, content='posts')"
                + " no longer matches its 3 rows")), problems::toString);
        // no row goes: the ways out are the rowid copied or 'rebuild', not a declaration
        assertTrue(problems.stream().noneMatch(p -> p.contains("godwit:accept-data-loss") || p.contains("removes or rewrites rows"))
                && problems.stream().anyMatch(p -> p.contains("INSERT INTO \"posts_fts\"(\"posts_fts\") VALUES('rebuild');")), problems::toString);
    }

    @Test
    void theSameRebuildCopyingTheRowidPasses() throws Exception {
        assertEquals(List.of(), Verifier.verify(POSTS, folder("INSERT INTO `__new_posts`(rowid, `id`, `title`) SELECT rowid, `id`, `title` FROM `posts`;")));
    }
}
