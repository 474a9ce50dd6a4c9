package dev.godwit.engine.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.target.ProjectSettings;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.SchemaDef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In wrangler's layout ({@code migrations_table = "d1_migrations"}) a database records a migration by its file name alone: one
 * renamed with its journal tag and its checksum file passed db:verify, while every database that applied it (and wrangler d1
 * migrations apply there) would run it again under the new name. The checksum file records the name db:generate gave it.
 */
class WranglerRenameVerifyTest {

    @TempDir
    Path dir;

    static final ProjectSettings.History WRANGLER = new ProjectSettings.History("d1_migrations", true, "wrangler.toml");
    static final SchemaDef V1 = VerifierTest.users(ColumnDef.of("name", "text"));

    MigrationsFolder generated() {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(VerifierTest.users(), folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(V1, folder, GenerateOptions.batch().withName("posts"));
        return folder;
    }

    /** Renames a migration as a person does: the SQL file, its checksum file and its journal tag; "when" and the snapshot stay. */
    static void rename(MigrationsFolder folder, String tag, String newTag) throws IOException {
        Files.move(folder.sqlFile(tag), folder.sqlFile(newTag));
        Files.move(folder.sumFile(tag), folder.sumFile(newTag));
        Files.writeString(folder.journalFile(), Files.readString(folder.journalFile()).replace("\"" + tag + "\"", "\"" + newTag + "\""));
    }

    @Test
    void generateRecordsTheFileNameInTheChecksumFile() throws IOException {
        MigrationsFolder folder = generated();
        String sum = Files.readString(folder.sumFile("0001_posts"));
        assertTrue(sum.matches("[0-9a-f]{64} when=\\d+ snapshot=[0-9a-f]{16} from=[0-9a-f]{16} name=0001_posts\\.sql\\n"), sum);
        assertEquals("0001_posts.sql", folder.recordedName("0001_posts"));
        // read as before: the hash, and the "when" that ties the file to its journal entry
        assertEquals(MigrationsFolder.sqlSum(Files.readString(folder.sqlFile("0001_posts"))), folder.readSum(folder.readJournal().entries().get(1)));
        assertEquals(List.of(), Verifier.check(() -> V1, folder, true, WRANGLER).findings());
    }

    @Test
    void aMigrationRenamedWithItsTagAndChecksumFileFailsInWranglersLayout() throws IOException {
        MigrationsFolder folder = generated();
        rename(folder, "0001_posts", "0001_articles");
        List<Finding> findings = Verifier.check(() -> V1, folder, true, WRANGLER).findings();
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(Finding.Kind.EDITED, findings.get(0).kind());
        assertEquals("drizzle/0001_articles.sql was generated as 0001_posts.sql (drizzle/meta/_sums/0001_articles.sha256 records"
                + " name=0001_posts.sql) and renamed since, with its journal tag and checksum file. d1_migrations, wrangler's history, records"
                + " migrations by file name alone: every database that applied it as 0001_posts.sql would run it again as 0001_articles.sql"
                + " (wrangler d1 migrations apply runs it; db:apply refuses, the database recording 0001_posts.sql, a migration the folder does"
                + " not have, and db:status pairs the two by their number: \"this file renamed?\"). Rename it back: git mv"
                + " drizzle/0001_articles.sql drizzle/0001_posts.sql, git mv drizzle/meta/_sums/0001_articles.sha256"
                + " drizzle/meta/_sums/0001_posts.sha256, and the tag 0001_articles in drizzle/meta/_journal.json back to 0001_posts. If the new"
                + " name is meant, run mvn db:repair on every database that applied it: it renames the row in d1_migrations (where the new"
                + " name keeps the number and the database has the schema the row stands for) and records the new name in"
                + " drizzle/meta/_sums/0001_articles.sha256", findings.get(0).message());

        // drizzle's history records created_at and the hash: a rename changes nothing there
        assertEquals(List.of(), Verifier.check(() -> V1, folder, true, null).findings());
        assertEquals(List.of(), Verifier.check(() -> V1, folder, true,
                new ProjectSettings.History("__drizzle_migrations", false, "default")).findings());

        // renamed back, it passes
        rename(folder, "0001_articles", "0001_posts");
        assertEquals(List.of(), Verifier.check(() -> V1, folder, true, WRANGLER).findings());
    }

    /** A new number moves the snapshot too (drizzle names it after the number): the way back names it. */
    @Test
    void aRenumberedMigrationsWayBackMovesItsSnapshotToo() throws IOException {
        MigrationsFolder folder = generated();
        rename(folder, "0001_posts", "0002_posts");
        Files.move(folder.snapshotFile("0001_posts"), folder.snapshotFile("0002_posts"));
        List<Finding> findings = Verifier.check(() -> V1, folder, true, WRANGLER).findings();
        assertTrue(findings.stream().anyMatch(f -> f.message().contains("Rename it back: git mv drizzle/0002_posts.sql drizzle/0001_posts.sql,"
                + " git mv drizzle/meta/_sums/0002_posts.sha256 drizzle/meta/_sums/0001_posts.sha256, git mv drizzle/meta/0002_snapshot.json"
                + " drizzle/meta/0001_snapshot.json, and the tag 0002_posts")), findings.toString());
    }

    /** Checksum files from before the field (and those an older Godwit's db:repair rewrote) are left unchecked. */
    @Test
    void aChecksumFileWithoutTheNameIsLeftUnchecked() throws IOException {
        MigrationsFolder folder = generated();
        Path sum = folder.sumFile("0001_posts");
        Files.writeString(sum, Files.readString(sum).replaceFirst(" name=\\S+", ""));
        rename(folder, "0001_posts", "0001_articles");
        assertEquals(List.of(), Verifier.check(() -> V1, folder, true, WRANGLER).findings());
    }

    /** A name with a space or a % is written escaped (the fields are separated by white space) and read back as it was. */
    @Test
    void aNameWithASpaceIsEscapedAndReadBack() {
        String field = MigrationsFolder.nameField("0003_add users 100%.sql");
        assertEquals(" name=0003_add%20users%20100%25.sql", field);
        assertEquals("0003_add users 100%.sql", MigrationsFolder.recordedName(MigrationsFolder.sumFields("abc when=1" + field + "\n")));
        assertEquals("0004_größe.sql", MigrationsFolder.recordedName(MigrationsFolder.sumFields("abc when=1" + MigrationsFolder.nameField("0004_größe.sql"))));
    }
}
