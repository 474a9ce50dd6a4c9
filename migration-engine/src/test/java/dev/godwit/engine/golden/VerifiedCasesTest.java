package dev.godwit.engine.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.verify.Verifier;
import dev.godwit.schema.model.SchemaDef;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * db:verify over the folder db:generate writes for every oracle case: the replay (with generated rows, as D1 runs it) of
 * a folder Godwit wrote must find nothing, whatever the case changes.
 */
class VerifiedCasesTest {

    @TempDir
    Path dir;

    static java.util.stream.Stream<String> oracleCases() throws IOException {
        return GoldenCasesTest.oracleCases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oracleCases")
    void aFolderGodwitWroteVerifies(String name) throws IOException {
        List<GoldenCasesTest.Step> steps = GoldenCasesTest.readCase(GoldenCasesTest.ORACLE_CASES.resolve(name + ".yaml"));
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        Generator generator = new Generator(Clock.fixed(Instant.ofEpochMilli(1_700_000_000_000L), ZoneOffset.UTC), new Random(1));
        SchemaDef last = null;
        for (int i = 0; i < steps.size() && steps.get(i).refused() == null; i++) {
            try {
                generator.generate(steps.get(i).schema(), folder, new GenerateOptions("step" + i, false, true, null).withAllNotRenames());
            } catch (dev.godwit.schema.model.SchemaException | dev.godwit.engine.plan.UnsafeSqlException e) {
                break;   // refused (golden refused.txt): the folder ends with the step before
            }
            last = steps.get(i).schema();
        }
        // the replay tries every migration with generated rows; the schema is compared with the last one
        if (last != null) assertEquals(List.of(), Verifier.verify(last, folder), name);
    }
}
