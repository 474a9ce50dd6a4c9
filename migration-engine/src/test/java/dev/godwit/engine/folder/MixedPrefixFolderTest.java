package dev.godwit.engine.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.GenerateResult;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.verify.Verifier;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A drizzle-kit 0.28 folder named by times ({@code migrations.prefix "supabase"}) whose last migration, {@code 0004_bio}, drizzle-kit
 * wrote without that setting (run with flags instead of the config, or by a teammate on a drizzle-kit before 0.24, which has none):
 * its {@code meta/0004_snapshot.json} sorts before {@code 20261207140719_snapshot.json}. The last snapshot by name is then not the
 * last migration's, and db:generate, which diffed from it, wrote 0004's changes again ({@code ALTER TABLE `users` ADD `bio`}, which
 * fails where 0004 ran) with a snapshot forking the chain, which its own next run refused as two branches; db:verify reported
 * 0004's changes as held by no migration. (src/test/resources/drizzle-kit-0.28/README.md)
 */
class MixedPrefixFolderTest {

    private static MigrationsFolder copy(Path tmp) throws Exception {
        Path fixture = Path.of(MixedPrefixFolderTest.class.getResource("/drizzle-kit-0.28/mixed-prefix/drizzle").toURI());
        Path copy = tmp.resolve("drizzle");
        DrizzleKitFolderTest.copyTree(fixture, copy);
        return MigrationsFolder.at(copy);
    }

    /** The schema after the journal's last migration, as drizzle-kit recorded it (schema.step4.ts). */
    private static SchemaDef last(MigrationsFolder folder) {
        return folder.readSnapshot(folder.snapshotFile("0004_bio")).schema();
    }

    @Test
    void theFolderMatchesTheSchemaItsLastMigrationMakes(@TempDir Path tmp) throws Exception {
        MigrationsFolder folder = copy(tmp);
        assertEquals(List.of(), FolderCheck.problems(folder));
        assertEquals(List.of(), Verifier.verify(last(folder), folder));
        assertFalse(new Generator().generate(last(folder), folder, GenerateOptions.batch()).written(), "0004_bio holds the change already");
    }

    /** The snapshot db:generate diffs from is the one the folder check reads whole: 0004's, not the last by name (read as a link only). */
    @Test
    void theFolderCheckReadsTheLastMigrationsSnapshotWhole(@TempDir Path tmp) throws Exception {
        MigrationsFolder folder = copy(tmp);
        Path own = folder.snapshotFile("0004_bio");
        java.nio.file.Files.writeString(own, java.nio.file.Files.readString(own).replaceFirst("\"type\": \"integer\",", ""));
        List<String> problems = FolderCheck.problems(folder);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("drizzle/meta/0004_snapshot.json"), problems.toString());
    }

    @Test
    void theNextMigrationFollowsTheLastOneAndIsNamedToSortLast(@TempDir Path tmp) throws Exception {
        MigrationsFolder folder = copy(tmp);
        String lastId = folder.readSnapshot(folder.snapshotFile("0004_bio")).id();
        List<TableDef> tables = new ArrayList<>(last(folder).tables());
        int users = tables.indexOf(tables.stream().filter(t -> t.name().equals("users")).findFirst().orElseThrow());
        List<ColumnDef> cols = new ArrayList<>(tables.get(users).columns());
        cols.add(ColumnDef.of("avatar", "text"));
        tables.set(users, tables.get(users).withColumns(cols));
        GenerateResult r = new Generator().generate(new SchemaDef(tables, last(folder).views()), folder, GenerateOptions.batch().withName("avatar"));

        assertEquals("ALTER TABLE `users` ADD `avatar` text;", r.sql());
        // named by its time, as the folder's migrations before 0004_bio are, so that its snapshot is the last by name: the one
        // drizzle-kit takes for the latest
        assertTrue(r.tag().matches("\\d{14}_avatar") && r.tag().compareTo("20261207140719_articles") > 0, r.tag());
        assertEquals(folder.snapshotFile(r.tag()), folder.snapshotFiles().get(folder.snapshotFiles().size() - 1));
        assertEquals(lastId, folder.readSnapshot(folder.snapshotFile(r.tag())).prevId());
        assertEquals(List.of(), FolderCheck.problems(folder));
        assertEquals(List.of(), Verifier.verify(new SchemaDef(tables, last(folder).views()), folder));
    }
}
