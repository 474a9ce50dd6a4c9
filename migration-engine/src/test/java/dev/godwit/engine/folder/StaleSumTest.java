package dev.godwit.engine.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.verify.Finding;
import dev.godwit.engine.verify.Verifier;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mixed drizzle-kit teams: a checksum left behind by {@code drizzle-kit drop} belongs to the migration it was written for. */
class StaleSumTest {

    @TempDir
    Path dir;

    static SchemaDef schema(String... columns) {
        List<ColumnDef> cols = new ArrayList<>();
        cols.add(ColumnDef.of("id", "integer").withPrimaryKey(true));
        for (String c : columns) cols.add(ColumnDef.of(c, "text"));
        return new SchemaDef(List.of(new TableDef("users", cols, null, List.of(), List.of(), List.of(), null)), List.of());
    }

    @Test
    void aDroppedMigrationsSumDoesNotMakeTheNextOneWithItsTagLookEdited() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        Generator g = new Generator();
        g.generate(schema(), folder, GenerateOptions.batch().withName("init"));
        g.generate(schema("name"), folder, GenerateOptions.batch().withName("users_name"));
        Path sum = folder.sumFile("0001_users_name");
        String oldSum = Files.readString(sum);
        assertTrue(oldSum.matches("[0-9a-f]{64} when=\\d+ snapshot=[0-9a-f]{16} from=[0-9a-f]{16} name=0001_users_name\\.sql\\n"), oldSum);

        // what `drizzle-kit drop` does: the SQL file, the snapshot and the journal entry go; Godwit's _sums file stays
        Files.delete(folder.sqlFile("0001_users_name"));
        Files.delete(folder.snapshotFile("0001_users_name"));
        Journal j = folder.readJournal();
        Files.writeString(folder.journalFile(), new Journal(j.entries().subList(0, 1)).toJsonText());

        // a teammate's drizzle-kit writes a different 0001_users_name (no sum of its own), with a later "when"
        JournalEntry entry = new JournalEntry(1, "6", j.entries().get(1).when() + 5000, "0001_users_name", true);
        Files.writeString(folder.sqlFile("0001_users_name"), "ALTER TABLE `users` ADD `name` text NOT NULL DEFAULT '';");
        Files.copy(dir.resolve("drizzle/meta/0000_snapshot.json"), folder.snapshotFile("0001_users_name"));
        assertEquals(oldSum, Files.readString(sum), "still there");
        assertEquals(null, folder.readSum(entry), "it belongs to the dropped migration");

        List<Finding> f = new ArrayList<>(Verifier.check(schema(), withEntry(folder, j, entry)).findings());
        assertFalse(f.stream().anyMatch(x -> x.kind() == Finding.Kind.EDITED), f.toString());

        // db:generate cleans it
        assertEquals(List.of(sum), folder.deleteStaleSums());
        assertFalse(Files.exists(sum));
    }

    private static MigrationsFolder withEntry(MigrationsFolder folder, Journal j, JournalEntry entry) throws Exception {
        Files.writeString(folder.journalFile(), new Journal(List.of(j.entries().get(0), entry)).toJsonText());
        return folder;
    }

    @Test
    void legacySumsWithoutWhenStillCount() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(schema(), folder, GenerateOptions.batch().withName("init"));
        Path sum = folder.sumFile("0000_init");
        String hash = Files.readString(sum).split(" ")[0];
        Files.writeString(sum, hash + "\n");
        JournalEntry e = folder.readJournal().entries().get(0);
        assertEquals(hash, folder.readSum(e));
        Files.writeString(folder.sqlFile("0000_init"), Files.readString(folder.sqlFile("0000_init")) + "\n-- edited\n");
        List<Finding> f = Verifier.check(schema(), folder).findings();
        assertTrue(f.stream().anyMatch(x -> x.kind() == Finding.Kind.EDITED), f.toString());
        assertEquals(List.of(), folder.deleteStaleSums());
    }
}
