package dev.godwit.engine.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.folder.FolderCheck;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.GenerateResult;
import dev.godwit.engine.generate.Generator;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Compatibility with folders written by the real drizzle-kit (see src/test/resources/drizzle-kit/README.md). */
class DrizzleKitFolderTest {

    static Path fixtures() throws URISyntaxException {
        return Path.of(DrizzleKitFolderTest.class.getResource("/drizzle-kit").toURI());
    }

    static List<String> cases() throws Exception {
        try (Stream<Path> s = Files.list(fixtures())) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Every snapshot drizzle-kit wrote reads into the model and writes back byte for byte. */
    @ParameterizedTest
    @MethodSource("cases")
    void snapshotsRoundTripByteForByte(String name) throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(fixtures().resolve(name).resolve("drizzle"));
        for (Path f : folder.snapshotFiles()) {
            String original = Files.readString(f);
            Snapshot s = folder.readSnapshot(f);
            assertEquals(original, JsonText.pretty(SnapshotCodec.toJson(s)), f.toString());
        }
        assertEquals(Files.readString(folder.journalFile()), folder.readJournal().toJsonText());
    }

    /** drizzle-kit's folders are consistent by our checks, and hashes match what drizzle-orm records. */
    @ParameterizedTest
    @MethodSource("cases")
    void folderIsConsistent(String name) throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(fixtures().resolve(name).resolve("drizzle"));
        assertEquals(List.of(), FolderCheck.problems(folder));
        for (Migration m : folder.migrations()) {
            assertFalse(m.statements().isEmpty(), m.tag());
            assertEquals(Checksums.sha256Hex(Files.readString(m.file())), m.hash());
        }
    }

    /** Generating from the schema drizzle-kit last recorded finds nothing; a new change continues the chain. */
    @ParameterizedTest
    @MethodSource("cases")
    void continuesADrizzleKitFolder(String name, @TempDir Path tmp) throws Exception {
        Path copy = tmp.resolve("drizzle");
        copyTree(fixtures().resolve(name).resolve("drizzle"), copy);
        MigrationsFolder folder = MigrationsFolder.at(copy);
        Snapshot last = folder.latestSnapshot().orElseThrow();
        int entries = folder.readJournal().entries().size();
        Generator g = new Generator();
        assertFalse(g.generate(last.schema(), folder, GenerateOptions.batch()).written(), "same schema: no changes");

        List<TableDef> tables = new ArrayList<>(last.schema().tables());
        TableDef t = tables.get(0);
        List<ColumnDef> cols = new ArrayList<>(t.columns());
        cols.add(ColumnDef.of("godwit_note", "text"));
        tables.set(0, t.withColumns(cols));
        GenerateResult r = g.generate(new SchemaDef(tables, last.schema().views()), folder, GenerateOptions.batch().withName("next"));
        assertEquals(String.format("%04d_next", entries), r.tag());
        assertEquals("ALTER TABLE `" + t.name() + "` ADD `godwit_note` text;", r.sql());
        assertEquals(last.id(), folder.latestSnapshot().orElseThrow().prevId());
        assertEquals(List.of(), FolderCheck.problems(folder));
        assertTrue(folder.readJournal().entries().get(entries).when() > folder.readJournal().entries().get(entries - 1).when());
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }

    @Test
    void fixturesArePresent() throws Exception {
        assertEquals(10, cases().size());
    }

    /**
     * A migration written by hand and listed in the journal, with no snapshot: restoring "its snapshot" from version control led
     * nowhere (it never had one); the finding names the custom migration as the other way (a red team).
     */
    @Test
    void aHandWrittenMigrationListedWithoutASnapshotIsPointedToACustomMigration(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("drizzle");
        Files.createDirectories(dir.resolve("meta"));
        try (Stream<Path> s = Files.walk(fixtures().resolve("add_check/drizzle"))) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                Files.copy(f, dir.resolve(fixtures().resolve("add_check/drizzle").relativize(f).toString()));
            }
        }
        Path journal = dir.resolve("meta/_journal.json");
        Files.writeString(journal, Files.readString(journal).replace("\"tag\": \"0003_step3\",\n      \"breakpoints\": true\n    }",
                "\"tag\": \"0003_step3\",\n      \"breakpoints\": true\n    },\n    {\n      \"idx\": 4,\n      \"version\": \"6\",\n"
                        + "      \"when\": 1795482767518,\n      \"tag\": \"0004_idx\",\n      \"breakpoints\": true\n    }"));
        Files.writeString(dir.resolve("0004_idx.sql"), "CREATE INDEX `t_a_idx` ON `t` (`a`);\n");
        List<String> problems = FolderCheck.problems(MigrationsFolder.at(dir));
        assertTrue(problems.contains("the journal lists 0004_idx but its snapshot drizzle/meta/0004_snapshot.json is missing: restore it from"
                + " version control; if it never had one (a migration written by hand and listed in the journal), make it a custom migration"
                + " instead: take its entry and file out, run mvn db:generate -Ddb.custom -Ddb.name=idx and paste its SQL into the new file,"
                + " which then gets its snapshot"), problems.toString());
    }
}
