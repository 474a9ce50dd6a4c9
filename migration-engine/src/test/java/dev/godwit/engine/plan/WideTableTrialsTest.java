package dev.godwit.engine.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.GenerateResult;
import dev.godwit.engine.generate.Generator;
import dev.godwit.schema.model.CheckDef;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.DefaultValue;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The work db:generate's default-against-CHECK trials cost on a wide table, counted rather than timed. */
class WideTableTrialsTest {

    @TempDir
    Path dir;

    /**
     * A table of 300 columns, each TEXT NOT NULL DEFAULT 'n/a' under its own CHECK (a red team's db:pull of 500 such columns took
     * 5.5 minutes, 2,000 about 13): every CHECK made an in-memory table of all 300 columns (300 x 300 columns declared), and each
     * CHECK its defaults broke was read again once for every defaulted column, to name the ones it reads. Now the table's trial
     * table is made once and each CHECK is read once: the work grows with columns plus CHECKs, and the warnings are the same.
     */
    @Test
    void aWideTableWithACheckOnEveryColumnIsTriedOnceNotOncePerCheck() throws Exception {
        int n = 300;
        List<ColumnDef> columns = new ArrayList<>();
        List<CheckDef> checks = new ArrayList<>();
        columns.add(new ColumnDef("id", "integer", true, true, false, null, null, null, List.of(), null));
        for (int i = 0; i < n; i++) {
            columns.add(new ColumnDef("c" + i, "text", false, true, false, DefaultValue.string("n/a"), null, null, List.of(), null));
            // every third CHECK refuses 'n/a' (3 characters)
            checks.add(new CheckDef("wide_c" + i + "_ck", "length(\"c" + i + "\") < " + (i % 3 == 0 ? 3 : 100)));
        }
        SchemaDef schema = new SchemaDef(List.of(new TableDef("wide", columns, null, List.of(), List.of(), checks, null)), List.of());
        Generator generator = new Generator(Clock.fixed(Instant.ofEpochMilli(1_800_000_000_000L), ZoneOffset.UTC), new Random(1));
        long columnsBefore = OneRowTrial.TRIAL_COLUMNS.get();
        long readBefore = OneRowTrial.EXPRESSIONS_READ.get();

        GenerateResult result = generator.generate(schema, MigrationsFolder.at(dir.resolve("drizzle")), GenerateOptions.batch());

        long trialColumns = OneRowTrial.TRIAL_COLUMNS.get() - columnsBefore;
        long read = OneRowTrial.EXPRESSIONS_READ.get() - readBefore;
        assertEquals(n / 3, result.warnings().size(), result.warnings().toString());
        assertEquals("\"wide\".\"c3\" DEFAULT 'n/a' breaks CHECK \"wide_c3_ck\" (length(\"c3\") < 3): every insert that leaves \"c3\" out will"
                + " fail (CHECK constraint failed). Give the column a default the CHECK accepts, or widen the CHECK", result.warnings().get(1));
        // one trial table of the table's 301 columns (was 300 tables of 301); each CHECK read once (was 300 + 1 times for each broken one)
        assertTrue(trialColumns <= 2L * (n + 1), "columns declared in trial tables: " + trialColumns);
        assertTrue(read <= 2L * n, "expressions read: " + read);
    }
}
