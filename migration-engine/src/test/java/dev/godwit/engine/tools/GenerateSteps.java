package dev.godwit.engine.tools;

import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.GenerateResult;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.yaml.YamlSchemaReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * For the oracle check (tools/oracle/check-cases.sh): generates one migration per schema version,
 * as a user running db:generate -Ddb.acceptDataLoss after each edit would, and copies step i's SQL
 * to {@code migrations/NNNN.sql} (no file when there was nothing to migrate), the oracle's layout.
 * Usage: GenerateSteps DRIZZLE_DIR MIGRATIONS_DIR step0.yaml step1.yaml ...
 */
public final class GenerateSteps {

    private GenerateSteps() {
    }

    public static void main(String[] args) throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(Path.of(args[0]));
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        Generator generator = new Generator();
        for (int i = 2; i < args.length; i++) {
            int step = i - 2;
            GenerateResult r = generator.generate(YamlSchemaReader.read(Path.of(args[i])), folder,
                    new GenerateOptions("step" + step, false, true, null).withAllNotRenames());
            if (r.written()) {
                Files.copy(r.sqlFile(), out.resolve(String.format("%04d.sql", step)), StandardCopyOption.REPLACE_EXISTING);
                System.out.println("step " + step + ": " + r.tag() + " (" + r.changes().size() + " changes)");
                for (String w : r.warnings()) System.out.println("  warning: " + w);
                // what db:generate lists before asking for -Ddb.acceptDataLoss (accepted here)
                for (var c : r.changes()) if (c.destructive()) System.out.println("  data loss: " + c.describe());
            } else {
                System.out.println("step " + step + ": no changes");
            }
        }
    }
}
