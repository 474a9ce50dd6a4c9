package dev.godwit.engine.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.verify.Verifier;
import dev.godwit.schema.model.SchemaDef;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        // generated up to the step db:generate refuses, if any (golden refused.txt), as GoldenCasesTest does: GeneratedCases
        SchemaDef last = GeneratedCases.into(name, folder).last();
        // the replay tries every migration with generated rows; the schema is compared with the last one
        if (last != null) assertEquals(List.of(), Verifier.verify(last, folder), name);
    }
}
