package dev.godwit.engine.verify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.yaml.YamlSchemaReader;
import dev.godwit.schema.model.SchemaDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rebuild split forward (SplitForwardRebuildTest) as db:verify reports it: the rows are named by the earlier migration's copy
 * that left them out, so its declaration is the one that accepts them, and the finding says to declare it there (it said the
 * later migration, whose declaration no longer accepts them).
 */
class SplitForwardDeclarationTest {

    @TempDir
    Path dir;

    private static final String BR = "\n--> statement-breakpoint\n";
    private static final SchemaDef T = YamlSchemaReader.read("tables:\n  - name: t\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n"
            + "      - {name: v, type: text}\n", "schema.yaml");

    @Test
    void theFindingNamesTheCopyAndItsMigrationToDeclareIn() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(T, folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(T, folder, GenerateOptions.batch().withName("copy").withCustom(true));
        Path copy = folder.sqlFile("0001_copy");
        Files.writeString(copy, Files.readString(copy) + "CREATE TABLE t2 (id integer PRIMARY KEY, v text);" + BR
                + "INSERT INTO t2 SELECT id, v FROM t WHERE id > (SELECT min(id) FROM t);\n");
        new Generator().generate(T, folder, GenerateOptions.batch().withName("swap").withCustom(true));
        Path swap = folder.sqlFile("0002_swap");
        Files.writeString(swap, Files.readString(swap) + "DROP TABLE t;" + BR + "ALTER TABLE t2 RENAME TO t;\n");
        List<String> problems = Verifier.verify(T, folder).stream().map(Finding::message).toList();
        assertTrue(problems.stream().anyMatch(p -> p.contains("through 0001_copy.sql statement 2: INSERT INTO t2 SELECT id, v FROM t WHERE id >")
                && p.contains("declare it in 0001_copy.sql with the line")), problems::toString);
    }
}
