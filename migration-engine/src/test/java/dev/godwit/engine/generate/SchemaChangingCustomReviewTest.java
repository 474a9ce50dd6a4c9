package dev.godwit.engine.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.verify.Finding;
import dev.godwit.engine.verify.Verifier;
import dev.godwit.schema.model.SchemaDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Review of the custom-migration snapshot rewrite: only what the latest custom migration's own SQL makes is recorded. */
class SchemaChangingCustomReviewTest {

    @TempDir
    Path dir;

    /** A hand-made index (for speed) the schema code does not declare: db:generate left it alone before, and must not drop it. */
    @Test
    void aHandMadeIndexTheSchemaDoesNotDeclareIsLeftAlone() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        SchemaDef users = SchemaChangingCustomMigrationTest.users("name");
        new Generator().generate(users, folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(users, folder, GenerateOptions.batch().withName("speed").withCustom(true));
        Path file = folder.sqlFile("0001_speed");
        Files.writeString(file, Files.readString(file) + "CREATE INDEX users_name_fast ON users (name);\n");
        String snap = Files.readString(folder.snapshotFile("0001_speed"));
        List<Finding> findings = Verifier.verify(users, folder);
        assertFalse(findings.stream().anyMatch(f -> f.message().contains("DROP INDEX") || f.message().contains("a custom migration, changes the schema")),
                findings.toString());
        GenerateResult r = new Generator().generate(users, folder, GenerateOptions.batch().withName("next"));
        assertFalse(r.written(), "no DROP INDEX of the hand-made index: " + r.sql());
        assertEquals(List.of(), r.warnings());
        assertEquals(snap, Files.readString(folder.snapshotFile("0001_speed")));
    }

    /** An earlier generated migration edited by hand, then a custom migration only seeding rows: the edit is not the seed's. */
    @Test
    void aSeedAfterAnEditedMigrationIsNoSchemaChange() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        SchemaDef users = SchemaChangingCustomMigrationTest.users("name");
        new Generator().generate(users, folder, GenerateOptions.batch().withName("init"));
        Path init = folder.sqlFile("0000_init");
        Files.writeString(init, Files.readString(init).replace("`name` text", "`name` text,\n\t`email` text"));
        new Generator().generate(users, folder, GenerateOptions.batch().withName("seed").withCustom(true));
        Path file = folder.sqlFile("0001_seed");
        Files.writeString(file, Files.readString(file) + "INSERT INTO users (id, name) VALUES (1, 'Ann');\n");
        String snap = Files.readString(folder.snapshotFile("0001_seed"));
        List<Finding> findings = Verifier.verify(users, folder);
        assertFalse(findings.stream().anyMatch(f -> f.message().contains("a custom migration, changes the schema")), findings.toString());
        GenerateResult r = new Generator().generate(users, folder, GenerateOptions.batch().withName("next"));
        assertEquals(snap, Files.readString(folder.snapshotFile("0001_seed")), "the seed's snapshot left as it was");
    }
}
