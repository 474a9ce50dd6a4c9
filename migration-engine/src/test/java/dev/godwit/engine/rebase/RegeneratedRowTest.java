package dev.godwit.engine.rebase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.Checksums;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.MigrationException;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.migrate.StatusTable;
import dev.godwit.engine.repair.RepairException;
import dev.godwit.engine.repair.RepairOptions;
import dev.godwit.engine.repair.Repairer;
import dev.godwit.engine.testing.RecordingLog;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A teammate's dev database ran the feature branch's migration; the merge's db:rebase regenerated its SQL (a rebuild that now
 * carries main's column) under a new number and "when". The history row of the old SQL was told as another branch's ("merge
 * the branch that has them", though it is merged), and db:repair listed it as "no such migration".
 */
class RegeneratedRowTest {

    @TempDir
    Path repo;

    MigrationsFolder folder;
    Path dbFile;
    final RecordingLog engineLog = new RecordingLog();
    static final HistoryTable DRIZZLE = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
    long oldWhen;
    String oldHash;

    static TableDef table(String name, String... columns) {
        List<ColumnDef> cols = new ArrayList<>();
        cols.add(ColumnDef.of("id", "integer").withPrimaryKey(true));
        for (String c : columns) {
            cols.add(c.endsWith(":int") ? ColumnDef.of(c.substring(0, c.length() - 4), "integer")
                    : c.endsWith("!") ? ColumnDef.of(c.substring(0, c.length() - 1), "text").withNotNull(true) : ColumnDef.of(c, "text"));
        }
        return new TableDef(name, cols, null, List.of(), List.of(), List.of(), null);
    }

    static SchemaDef schema(TableDef... tables) {
        return new SchemaDef(List.of(tables), List.of());
    }

    void git(String... args) throws Exception {
        GitMerges.git(repo, args);
    }

    static final SchemaDef MERGED = schema(table("users", "name!", "email", "age:int"), table("posts", "title"));

    @BeforeEach
    void featureDevDatabaseRanTheOldSqlThenTheMergeIsRebased() throws Exception {
        folder = MigrationsFolder.at(repo.resolve("drizzle"));
        dbFile = repo.resolve("feature.sqlite");
        git("init", "-q");
        Generator g = new Generator();
        g.generate(schema(table("users", "name")), folder, GenerateOptions.batch().withName("init"));
        git("add", "-A");
        git("commit", "-q", "-m", "init");
        git("checkout", "-q", "-b", "feature");
        git("checkout", "-q", "main");
        g.generate(schema(table("users", "name", "email")), folder, GenerateOptions.batch().withName("email"));
        git("add", "-A");
        git("commit", "-q", "-m", "email");
        git("checkout", "-q", "feature");
        Thread.sleep(5);
        g.generate(schema(table("users", "name!", "age:int"), table("posts", "title")), folder, GenerateOptions.batch().withName("age").withAcceptDataLoss(true));
        oldWhen = folder.readJournal().entries().get(1).when();
        oldHash = Checksums.sha256Hex(Files.readString(folder.sqlFile("0001_age")));
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            new Migrator(db, DRIZZLE, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
        }
        git("add", "drizzle");
        git("commit", "-q", "-m", "feature");
        git("checkout", "-q", "main");
        git("merge", "-q", "feature");
        assertEquals(List.of("0002_age"), new Rebaser(engineLog).rebase(folder), engineLog.lines().toString());
    }

    @Test
    void theRegeneratedMigrationsChecksumFileRecordsWhatItWasAndItsReadersStillTakeIt() throws Exception {
        String sum = Files.readString(folder.sumFile("0002_age"));
        assertTrue(sum.contains(" rebased-from=0001_age@" + oldWhen + "@" + oldHash), sum);
        var entry = folder.readJournal().entries().get(2);
        assertEquals(MigrationsFolder.sqlSum(Files.readString(folder.sqlFile("0002_age"))), folder.readSum(entry));
        assertEquals(List.of(), dev.godwit.engine.folder.FolderCheck.problems(folder));
        assertEquals(List.of(), dev.godwit.engine.verify.Verifier.verify(MERGED, folder));
    }

    @Test
    void dbStatusTellsTheRowAsTheMigrationBeforeTheRebaseNotAnotherBranchs() {
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            String table = String.join("\n", StatusTable.render(new Migrator(db, DRIZZLE, EngineLog.SILENT).status(folder), false));
            assertTrue(table.contains("0002_age before db:rebase regenerated it (see below)"), table);
            assertTrue(table.contains("is 0002_age before db:rebase regenerated its SQL (it was 0001_age;"), table);
            assertFalse(table.contains("merge the branch that has them"), table);
            assertTrue(table.contains("run mvn db:repair, which removes the old row"), table);
        }
    }

    /**
     * Migrator.regenerated read every migration's checksum file for each row the folder lacks, again from renumbered and
     * ranBetween, and again for each status line: now each is read once per reading of the folder. Shown by removing the
     * checksum file after the first question: the answers stay what they were.
     */
    @Test
    void eachChecksumFileIsReadOncePerReadingOfTheFolder() throws Exception {
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            var states = new Migrator(db, DRIZZLE, EngineLog.SILENT).status(folder);
            var row = states.stream().filter(st -> st.state() == dev.godwit.engine.migrate.MigrationState.State.MISSING_LOCALLY).findFirst().orElseThrow();
            Migrator.Regenerated first = Migrator.regenerated(row, states);
            assertEquals("0002_age", first.migration().tag());
            assertEquals(null, Migrator.ranBetween(row, states));
            Files.delete(folder.sumFile("0002_age"));
            Migrator.Regenerated again = Migrator.regenerated(row, states);
            assertEquals(first, again);
            assertEquals(null, Migrator.ranBetween(row, states));
            assertEquals(null, Migrator.renumbered(row, states));
        }
    }

    @Test
    void dbApplysRefusalNamesTheRegeneratedMigration() {
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            var e = assertThrows(MigrationException.class, () -> new Migrator(db, DRIZZLE, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults()));
            assertTrue(e.getMessage().contains("created_at " + oldWhen + " (hash " + oldHash.substring(0, 12) + ") is 0002_age before db:rebase"
                    + " regenerated its SQL"), e.getMessage());
        }
    }

    /** After db:push brought the folder's schema, db:repair removes the old row and records both migrations, named as what they are. */
    @Test
    void afterDbPushDbRepairRecordsTheFoldersMigrations() {
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            new dev.godwit.engine.push.Pusher(db, EngineLog.SILENT, java.util.Set.of(DRIZZLE.name())).push(MERGED, true, null);
        }
        RepairException listed;
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            listed = assertThrows(RepairException.class, () -> new Repairer(engineLog).repair(folder, db, DRIZZLE, new RepairOptions(false, null)));
        }
        assertTrue(listed.getMessage().contains("from __drizzle_migrations: it is 0002_age before db:rebase regenerated its SQL"), listed.getMessage());
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            var result = new Repairer(engineLog).repair(folder, db, DRIZZLE, new RepairOptions(true, null));
            assertEquals(List.of("0001_email", "0002_age"), result.recorded(), engineLog.lines().toString());
        }
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            assertEquals(List.of(), new Migrator(db, DRIZZLE, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults()).applied());
        }
    }

    /** With -Ddb.ignoreMissing the apply goes on beside the old row: the pre-flight is told of it, so its way on names db:repair. */
    @Test
    void thePreflightIsToldOfTheRowsTheFolderLacks() {
        List<List<String>> told = new ArrayList<>();
        dev.godwit.engine.migrate.PendingCheck check = new dev.godwit.engine.migrate.PendingCheck() {
            @Override
            public void historyLacks(List<String> rows) {
                told.add(rows);
            }

            @Override
            public void check(List<dev.godwit.engine.folder.Migration> pending) {
                throw new MigrationException("stop here");
            }
        };
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            assertThrows(MigrationException.class, () -> new Migrator(db, DRIZZLE, EngineLog.SILENT).checkingPendingWith(check)
                    .apply(folder.migrations(), new ApplyOptions(true, false, 1).withIgnoreMissing(true)));
        }
        assertEquals(List.of(List.of("created_at " + oldWhen + " (hash " + oldHash.substring(0, 12) + ")")), told);
    }
}
