package dev.godwit.engine.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.preflight.Preflight;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pre-flight over every oracle case: each migration db:generate writes for a step is checked, before it is applied, on a
 * file holding the case's rows of the steps before it (a local apply's pre-flight, the real rows) and on a replica of that
 * file's schema with generated rows (remote D1's). Neither may refuse it, and the file's may not predict a failure: the
 * migration keeps every row (GoldenCasesTest) and applies, so a refusal or failure there is the pre-flight's mistake.
 */
class PreflightCasesTest {

    @TempDir
    Path dir;

    static Stream<String> oracleCases() throws IOException {
        return GoldenCasesTest.oracleCases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oracleCases")
    void everyGeneratedMigrationPassesThePreflight(String name) throws IOException {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        // every step db:generate takes, as GoldenCasesTest generates them (once per test JVM: GeneratedCases)
        GeneratedCases.Generated generated = GeneratedCases.into(name, folder);
        List<GoldenCasesTest.Step> steps = generated.steps();
        List<Integer> migrationsAfter = generated.migrationsAfterStep();
        List<Migration> all = folder.migrations();
        List<String> problems = new ArrayList<>();
        // One file for the case, brought forward step by step: before step k's check it holds steps 0..k-1 applied with their
        // rows, as a file built afresh for each k would (the pre-flight only reads it), without re-applying the steps before.
        Path file = dir.resolve("rows.sqlite");
        try (SqliteDatabase db = GoldenCasesTest.openSetupFile(file)) {
            Migrator migrator = new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT);
            int stepsIn = 0;
            for (int k = 1; k < migrationsAfter.size(); k++) {
                if (migrationsAfter.get(k).equals(migrationsAfter.get(k - 1))) continue;
                for (; stepsIn < k; stepsIn++) {
                    migrator.apply(all.subList(0, migrationsAfter.get(stepsIn)), ApplyOptions.defaults());
                    List<String> inserts = new ArrayList<>();
                    for (Map.Entry<String, List<Map<String, Object>>> e : steps.get(stepsIn).rows().entrySet()) {
                        for (Map<String, Object> row : e.getValue()) inserts.add(GoldenCasesTest.insert(e.getKey(), row));
                    }
                    if (!inserts.isEmpty()) db.runAtomically(inserts, false);
                }
                List<Migration> pending = all.subList(migrationsAfter.get(k - 1), migrationsAfter.get(k));
                List<String> warned = new ArrayList<>();
                EngineLog log = new EngineLog() {
                    @Override
                    public void info(String message) {
                    }

                    @Override
                    public void warn(String message) {
                        warned.add(message);
                    }
                };
                try {
                    Preflight.ofFile(file, false, log).check(pending);
                } catch (RuntimeException e) {
                    problems.add("step " + k + ", the file's pre-flight refuses: " + e.getMessage());
                }
                for (String w : warned) {
                    if (w.contains(" fails on ")) problems.add("step " + k + ", the file's pre-flight predicts a failure: " + w);
                }
                try {
                    Preflight.ofLiveSchema(db, Set.of("__drizzle_migrations"), false, EngineLog.SILENT).check(pending);
                } catch (RuntimeException e) {
                    problems.add("step " + k + ", the replica's pre-flight refuses: " + e.getMessage());
                }
            }
        }
        assertEquals(List.of(), problems, name);
    }
}
