package dev.godwit.engine.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.diff.Change;
import dev.godwit.engine.diff.RenameResolver;
import dev.godwit.engine.diff.SchemaDiffer;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.GenerateResult;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.pull.Puller;
import dev.godwit.engine.testing.RecordingLog;
import dev.godwit.engine.yaml.YamlSchemaReader;
import dev.godwit.schema.model.SchemaDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link PulledCasesTest}'s cases pulled into a YAML descriptor ({@code -Ddb.pull.format=yaml}) in place of classes: the
 * descriptor reads back (YamlSchemaReader) to a schema db:generate finds nothing to do against, and which says the case's last
 * schema as far as a database can ({@link PulledCasesTest#whatADatabaseSays}). No compiling, so one case at a time (about 25 s
 * for all of them on two cores).
 */
class PulledCasesYamlTest {

    @TempDir
    Path dir;

    static java.util.stream.Stream<String> cases() throws Exception {
        return PulledCasesTest.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void yamlRoundTrip(String name) throws Exception {
        MigrationsFolder migrations = MigrationsFolder.at(dir.resolve("drizzle"));
        SchemaDef last = PulledCasesTest.generateStepByStep(name, migrations);
        Assumptions.assumeTrue(last != null);
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("pulled"));
        Path file = dir.resolve("schema.yaml");
        try (SqliteDatabase db = SqliteDatabase.inMemoryStandingFor(dir.resolve("app.sqlite"), true)) {
            new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT).apply(migrations.migrations(), ApplyOptions.defaults());
            new Puller(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), new RecordingLog()).withYamlFile(file).pull(null, null, folder, false);
        }
        String yaml = Files.readString(file);
        SchemaDef read = YamlSchemaReader.read(file);
        GenerateResult again = new Generator().generate(read, folder, GenerateOptions.batch());
        assertFalse(again.written(), () -> name + ": wrote\n" + again.sql() + "\n" + yaml);
        SchemaDef expected = PulledCasesTest.whatADatabaseSays(last, read);
        List<String> changes = SchemaDiffer.diff(expected, read, RenameResolver.NO_RENAMES).changes().stream().map(Change::describe).toList();
        assertEquals(List.of(), changes, name + "\n" + yaml);
        assertEquals(PulledCasesTest.sorted(expected), PulledCasesTest.sorted(read), name + "\n" + yaml);
    }
}
