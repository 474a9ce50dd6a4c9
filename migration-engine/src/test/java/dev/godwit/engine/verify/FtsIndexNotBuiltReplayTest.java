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
 * A follow-up of red-team round 50: a custom migration creating an FTS5 index with external content over a table of an earlier
 * migration, without 'rebuild', leaves the index empty on a database whose table holds rows. db:verify was green: the replay filled
 * no table before a migration that only creates, and where it had filled one, built the index over its rows itself, saying nothing.
 */
class FtsIndexNotBuiltReplayTest {

    @TempDir
    Path dir;

    private static final String BR = "\n--> statement-breakpoint\n";
    private static final SchemaDef POSTS = YamlSchemaReader.read("tables:\n  - name: posts\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n"
            + "      - {name: title, type: text, notNull: true}\n", "schema.yaml");

    private MigrationsFolder folder(String after) throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle" + after.length()));
        new Generator().generate(POSTS, folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(POSTS, folder, GenerateOptions.batch().withName("fts").withCustom(true));
        Path fts = folder.sqlFile("0001_fts");
        Files.writeString(fts, Files.readString(fts) + "CREATE VIRTUAL TABLE posts_fts USING fts5(title, content='posts');" + BR
                + "CREATE TRIGGER posts_ai AFTER INSERT ON posts BEGIN INSERT INTO posts_fts(rowid, title) VALUES (new.rowid, new.title); END;" + after + "\n");
        return folder;
    }

    @Test
    void anIndexCreatedWithoutRebuildFailsTheReplay() throws Exception {
        List<String> problems = Verifier.verify(POSTS, folder("")).stream().map(Finding::message).toList();
        assertTrue(problems.stream().anyMatch(p -> p.contains("0001_fts.sql") && p.contains("its full-text index \"posts_fts\" (FTS5, content='posts')"
                + " is created over its 3 rows without being built from them") && p.contains("INSERT INTO \"posts_fts\"(\"posts_fts\") VALUES('rebuild');")),
                problems::toString);
    }

    @Test
    void theSameBuiltFromTheRowsPasses() throws Exception {
        assertEquals(List.of(), Verifier.verify(POSTS, folder(BR + "INSERT INTO posts_fts(posts_fts) VALUES('rebuild');")));
    }
}
