package dev.godwit.engine.folder;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.yaml.YamlSchemaReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command an error prints for pasting into a shell names a tag drizzle-kit allowed a space in as the shell reads it back. */
class PrintedCommandsTest {

    @TempDir
    Path dir;

    @Test
    void aTagWithASpaceIsQuotedInThePrintedDrop() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(YamlSchemaReader.read("tables:\n  - name: t\n    columns: [{name: id, type: integer, primaryKey: true}]\n", "schema.yaml"),
                folder, GenerateOptions.batch().withName("init"));
        Path journal = dir.resolve("drizzle/meta/_journal.json");
        Files.writeString(journal, Files.readString(journal).replace("0000_init", "0000_add users"));
        Files.delete(dir.resolve("drizzle/0000_init.sql"));
        Exception e = assertThrows(Exception.class, () -> MigrationsFolder.at(dir.resolve("drizzle")).migrations());
        // was: mvn db:drop -Ddb.name=0000_add users, which a shell splits at the space
        assertTrue(e.getMessage().contains("(mvn db:drop '-Ddb.name=0000_add users')"), e.getMessage());
    }
}
