package dev.godwit.engine.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link LossDeclaration#retypedBySnapshots} finds the snapshot before a migration's from the folder's reading of the journal:
 * it read the whole journal again for every migration that retypes a column, which made db:verify of a long history grow with
 * the square of its length (tools/bench.sh verify-scaling).
 */
class RetypedBySnapshotsTest {

    @TempDir
    Path dir;

    private static SchemaDef items(String codeType) {
        return new SchemaDef(List.of(new TableDef("items", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("code", codeType)),
                null, List.of(), List.of(), List.of(), null)), List.of());
    }

    @Test
    void theSnapshotBeforeIsFoundWithoutReadingTheJournalAgain() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir);
        Generator g = new Generator();
        g.generate(items("text"), folder, GenerateOptions.batch().withName("init"));
        g.generate(items("integer"), folder, GenerateOptions.batch().withName("retype").withAcceptDataLoss(true));
        List<Migration> ms = folder.migrations();
        assertEquals(2, ms.size());
        // the same answers as from the journal: the second migration retypes items.code from text to integer, the first retypes nothing
        Migration apart = new Migration(ms.get(1).entry(), ms.get(1).file(), ms.get(1).sql());
        assertTrue(LossDeclaration.retypedBySnapshots(apart, "items", "code", false));
        assertFalse(LossDeclaration.retypedBySnapshots(new Migration(ms.get(0).entry(), ms.get(0).file(), ms.get(0).sql()), "items", "code", false));

        Files.delete(folder.journalFile());   // read once, by migrations(): asking again cannot read it
        assertTrue(LossDeclaration.retypedBySnapshots(ms.get(1), "items", "code", false));
        assertFalse(LossDeclaration.retypedBySnapshots(ms.get(0), "items", "code", false));
    }
}
