package dev.godwit.engine.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.schema.model.SchemaDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red-team review (round 55): a cleanup declaring its loss on users only, {@code DELETE FROM users WHERE id NOT IN (SELECT
 * user_id FROM posts ...) OR email IS NULL}, passed db:verify, while {@code DELETE FROM users WHERE email IS NULL} alone was
 * caught as a cascade into posts. The generated rows gave the first arm users to delete, so the run on rows holding NULL (a user
 * with a NULL email, who has posts) was never looked at.
 */
class CompoundFilterCascadeReplayTest {

    @TempDir
    Path dir;

    private static final SchemaDef SCHEMA = dev.godwit.engine.yaml.YamlSchemaReader.read("""
            tables:
              - name: users
                columns:
                  - {name: id, type: integer, primaryKey: true}
                  - {name: name, type: text, notNull: true}
                  - {name: email, type: text}
              - name: posts
                columns:
                  - {name: id, type: integer, primaryKey: true}
                  - {name: user_id, type: integer}
                  - {name: title, type: text, notNull: true}
                foreignKeys: [{columns: [user_id], references: {table: users, columns: [id]}, onDelete: cascade}]
            """, "schema.yaml");

    private Verifier.Verification verify(String sql) throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(SCHEMA, folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(SCHEMA, folder, GenerateOptions.batch().withName("cleanup").withCustom(true));
        Path file = folder.sqlFile("0001_cleanup");
        Files.writeString(file, Files.readString(file) + "\n-- godwit:accept-data-loss users\n" + sql + "\n");
        return Verifier.check(SCHEMA, folder);
    }

    @Test
    void theSimpleFilterCascadesIntoPosts() throws Exception {
        Verifier.Verification v = verify("DELETE FROM users WHERE email IS NULL;");
        assertEquals(1, v.findings().size(), v.findings() + " " + v.warnings());
        assertTrue(v.findings().get(0).message().contains("\"posts\": "), v.findings().get(0).message());
    }

    @Test
    void theCompoundFilterCascadesIntoPostsToo() throws Exception {
        Verifier.Verification v = verify("PRAGMA foreign_keys=OFF;\n--> statement-breakpoint\nDELETE FROM users WHERE id NOT IN (SELECT user_id FROM posts"
                + " WHERE user_id IS NOT NULL) OR email IS NULL;");
        assertEquals(1, v.findings().size(), v.findings() + " " + v.warnings());
        String said = v.findings().get(0).message();
        assertTrue(said.contains("\n    - \"posts\": 2 of 3 rows deleted, through 0001_cleanup.sql statement 2: DELETE FROM users WHERE id NOT IN"), said);
        assertTrue(!said.contains("\"users\""), "the declared loss stays accepted: " + said);
        assertTrue(said.contains("\n    -- godwit:accept-data-loss posts\n"), said);
        assertTrue(v.warnings().get(0).startsWith("replaying 0001_cleanup.sql removes or rewrites rows only where"), v.warnings().toString());
    }
}
