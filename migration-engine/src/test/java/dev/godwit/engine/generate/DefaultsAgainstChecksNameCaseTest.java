package dev.godwit.engine.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.schema.model.CheckDef;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.DefaultValue;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CHECK naming a column in another letter case than its declaration: SQLite takes {@code mixed} and {@code Mixed} for one name,
 * db:generate's trial of defaults against CHECKs looked columns up by exact spelling, so it missed a default the CHECK refuses and
 * took a column the CHECK reads (given by every insert) for an absent one, NULL, and warned where nothing was wrong.
 */
class DefaultsAgainstChecksNameCaseTest {

    @TempDir
    Path dir;

    private final Generator generator = new Generator(Clock.fixed(Instant.ofEpochMilli(1_800_000_000_000L), ZoneOffset.UTC), new Random(1));

    private static ColumnDef id() {
        return new ColumnDef("id", "integer", true, true, false, null, null, null, List.of(), null);
    }

    @Test
    void aDefaultBrokenByACheckSpellingItsColumnInAnotherCaseIsSaid() throws Exception {
        TableDef t = new TableDef("notes", List.of(id(),
                new ColumnDef("Mixed", "text", false, true, false, DefaultValue.string("q"), null, null, List.of(), null)),
                null, List.of(), List.of(), List.of(new CheckDef("notes_mixed_ck", "mixed = 'z'")), null);
        List<String> warnings = generator.generate(new SchemaDef(List.of(t), List.of()), MigrationsFolder.at(dir.resolve("drizzle")),
                GenerateOptions.batch()).warnings();
        assertEquals(List.of("\"notes\".\"Mixed\" DEFAULT 'q' breaks CHECK \"notes_mixed_ck\" (mixed = 'z'): every insert that leaves \"Mixed\" out"
                + " will fail (CHECK constraint failed). Give the column a default the CHECK accepts, or widen the CHECK"), warnings);
    }

    @Test
    void aCheckReadingAColumnWithoutDefaultInAnotherCaseIsNotJudgedOnDefaultsAlone() throws Exception {
        TableDef t = new TableDef("orders", List.of(id(),
                new ColumnDef("status", "text", false, false, false, null, null, null, List.of(), null),
                new ColumnDef("x", "text", false, true, false, DefaultValue.string("c"), null, null, List.of(), null)),
                null, List.of(), List.of(), List.of(new CheckDef("orders_ck", "Status IS NOT NULL AND x = 'c'")), null);
        List<String> warnings = generator.generate(new SchemaDef(List.of(t), List.of()), MigrationsFolder.at(dir.resolve("drizzle")),
                GenerateOptions.batch()).warnings();
        assertEquals(List.of(), warnings);
    }
}
