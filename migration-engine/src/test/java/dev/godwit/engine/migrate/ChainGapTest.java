package dev.godwit.engine.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.testing.TestTables;
import dev.godwit.schema.model.SchemaDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A production database restored from a backup older than a migration that was later taken out of the folder by hand (its .sql,
 * snapshot and journal entry deleted after the next ones were generated): db:status said "db:apply fails at 0002_tag_name.sql ...
 * no such table: tags ... Fix the cause (the migration, ...)", naming a migration with nothing wrong in it. It now adds that the
 * folder lacks the migration before it, from the snapshot chain, and how to restore it.
 */
class ChainGapTest {

    @TempDir
    Path dir;

    @Test
    void aPendingMigrationAfterOneTakenOutOfTheFolderFailsInTheTrialNamingTheGap() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        Generator g = new Generator();
        g.generate(new SchemaDef(List.of(TestTables.table("posts", "title")), List.of()), folder, GenerateOptions.batch().withName("init"));
        g.generate(new SchemaDef(List.of(TestTables.table("posts", "title"), TestTables.table("tags")), List.of()), folder, GenerateOptions.batch().withName("tags"));
        g.generate(new SchemaDef(List.of(TestTables.table("posts", "title"), TestTables.table("tags", "name")), List.of()), folder, GenerateOptions.batch().withName("tag_name"));
        HistoryTable drizzle = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("prod.sqlite"))) {
            new Migrator(db, drizzle, EngineLog.SILENT).apply(folder.migrations().subList(0, 1), ApplyOptions.defaults());
            Migrator migrator = new Migrator(db, drizzle, EngineLog.SILENT);
            assertNull(migrator.pendingFailure(migrator.status(folder)));   // a whole chain: no word

            takeOut(folder, "0001_tags");
            String fails = migrator.pendingFailure(migrator.status(folder));
            assertTrue(fails != null && fails.startsWith("db:apply fails at 0002_tag_name.sql, statement 1 of 1:"), fails);
            assertTrue(fails.contains("no such table: tags"), fails);
            assertTrue(fails.endsWith("\n  drizzle/meta/0002_snapshot.json's prevId is not the id of drizzle/meta/0000_snapshot.json (0000_init, the"
                    + " migration before it in the folder): 0002_tag_name was generated after a migration this folder does not have, so it may fail"
                    + " on what that one made, and every database built from the folder lacks it; db:verify fails on the folder for it. Most likely"
                    + " the migration was taken out of the folder by hand after it was generated: restore it from version control (git log"
                    + " --diff-filter=D --oneline -- drizzle names the commit that deleted it). Where a merge brought 0002_tag_name from a branch"
                    + " that generated it on another parent, run mvn db:rebase instead."), fails);
            assertEquals(1, drizzle.read(db).size());   // read-only
        }
    }

    /**
     * With -Ddb.out=db/migrations the gap's paths and its git command are named from the project, as every other message names
     * them: they said "migrations/meta/..." and "-- migrations", which find nothing where mvn runs.
     */
    @Test
    void theGapIsNamedFromWhereMvnRunsWithAFolderElsewhere() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("db/migrations")).shownFrom(dir);
        Generator g = new Generator();
        g.generate(new SchemaDef(List.of(TestTables.table("posts", "title")), List.of()), folder, GenerateOptions.batch().withName("init"));
        g.generate(new SchemaDef(List.of(TestTables.table("posts", "title"), TestTables.table("tags")), List.of()), folder, GenerateOptions.batch().withName("tags"));
        g.generate(new SchemaDef(List.of(TestTables.table("posts", "title"), TestTables.table("tags", "name")), List.of()), folder, GenerateOptions.batch().withName("tag_name"));
        HistoryTable drizzle = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("prod.sqlite"))) {
            new Migrator(db, drizzle, EngineLog.SILENT).apply(folder.migrations().subList(0, 1), ApplyOptions.defaults());
            takeOut(folder, "0001_tags");
            Migrator migrator = new Migrator(db, drizzle, EngineLog.SILENT);
            String fails = migrator.pendingFailure(migrator.status(folder));
            assertTrue(fails != null && fails.contains("\n  db/migrations/meta/0002_snapshot.json's prevId is not the id of"
                    + " db/migrations/meta/0000_snapshot.json (0000_init,"), fails);
            assertTrue(fails.contains("(git log --diff-filter=D --oneline -- db/migrations names the commit that deleted it)"), fails);
        }
    }

    /**
     * db:apply on such a database: the pre-flight sees the first migration it sends fail and warns, the apply then fails on it
     * ("Fix the cause (the data, or the migration ...)"); the gap is warned of before it is sent, and nothing is applied.
     */
    @Test
    void theApplyWarnsOfTheGapBeforeTheMigrationAfterItFails() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        Generator g = new Generator();
        g.generate(new SchemaDef(List.of(TestTables.table("posts", "title")), List.of()), folder, GenerateOptions.batch().withName("init"));
        g.generate(new SchemaDef(List.of(TestTables.table("posts", "title"), TestTables.table("tags")), List.of()), folder, GenerateOptions.batch().withName("tags"));
        g.generate(new SchemaDef(List.of(TestTables.table("posts", "title"), TestTables.table("tags", "name")), List.of()), folder, GenerateOptions.batch().withName("tag_name"));
        HistoryTable drizzle = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        Path file = dir.resolve("prod.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            new Migrator(db, drizzle, EngineLog.SILENT).apply(folder.migrations().subList(0, 1), ApplyOptions.defaults());
        }
        takeOut(folder, "0001_tags");
        List<String> warnings = new java.util.ArrayList<>();
        EngineLog log = new EngineLog() {
            @Override public void info(String message) { }
            @Override public void warn(String message) { warnings.add(message); }
        };
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            Migrator migrator = new Migrator(db, drizzle, log).checkingPendingWith(dev.godwit.engine.preflight.Preflight.ofFile(file, false, log));
            MigrationException e = org.junit.jupiter.api.Assertions.assertThrows(MigrationException.class, () -> migrator.apply(folder, ApplyOptions.defaults()));
            assertTrue(e.getMessage().contains("no such table: tags"), e.getMessage());
            assertTrue(warnings.stream().anyMatch(w -> w.startsWith("drizzle/meta/0002_snapshot.json's prevId is not the id of drizzle/meta/0000_snapshot.json"
                    + " (0000_init, the migration before it in the folder): 0002_tag_name was generated after a migration this folder does not have")), warnings.toString());
            assertEquals(1, drizzle.read(db).size());
        }
    }

    /** The migration's files and journal entry deleted by hand, as a user does without db:drop. */
    static void takeOut(MigrationsFolder folder, String tag) throws Exception {
        Path d = folder.dir();
        Files.delete(d.resolve(tag + ".sql"));
        Files.delete(d.resolve("meta/" + tag.substring(0, 4) + "_snapshot.json"));
        Files.deleteIfExists(d.resolve("meta/_sums/" + tag + ".sha256"));
        ObjectMapper json = new ObjectMapper();
        ObjectNode journal = (ObjectNode) json.readTree(d.resolve("meta/_journal.json").toFile());
        ArrayNode entries = (ArrayNode) journal.get("entries");
        for (int i = 0; i < entries.size(); i++) if (entries.get(i).get("tag").asText().equals(tag)) entries.remove(i--);
        json.writerWithDefaultPrettyPrinter().writeValue(d.resolve("meta/_journal.json").toFile(), journal);
    }
}
