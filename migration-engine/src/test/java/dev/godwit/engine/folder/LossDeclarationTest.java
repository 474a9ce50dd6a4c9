package dev.godwit.engine.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.preflight.Preflight;
import dev.godwit.engine.preflight.PreflightRefusedException;
import dev.godwit.engine.repair.RepairOptions;
import dev.godwit.engine.repair.Repairer;
import dev.godwit.engine.verify.Finding;
import dev.godwit.engine.verify.Verifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The way on that db:apply's pre-flight and db:verify give for an intended loss, for a migration db:generate wrote (its
 * checksum in meta/_sums/): the declaration line alone is an edit that db:verify then refuses, so the hint adds db:repair.
 */
class LossDeclarationTest {

    static final Path CASCADE = Path.of("src/test/resources/drizzle-kit-0.31/cascade-rebuild");
    static final HistoryTable HISTORY = HistoryTable.forName("__drizzle_migrations");

    @TempDir
    Path dir;

    /** The cascade-rebuild folder, with 0001_name_check's checksum recorded as db:generate records it. */
    MigrationsFolder generatedFolder() throws IOException {
        Path to = dir.resolve("drizzle");
        try (Stream<Path> files = Files.walk(CASCADE)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(CASCADE.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target);
            }
        }
        MigrationsFolder folder = MigrationsFolder.at(to);
        Migration m = folder.migrations().get(1);
        Files.createDirectories(folder.sumFile(m.tag()).getParent());
        Files.writeString(folder.sumFile(m.tag()), Checksums.sha256Hex(m.sql().replace("\r\n", "\n")) + " when=" + m.when() + "\n");
        return folder;
    }

    Path databaseAtInit(MigrationsFolder folder) {
        Path file = dir.resolve("app.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            new Migrator(db, HISTORY, EngineLog.SILENT).apply(folder.migrations().subList(0, 1), ApplyOptions.defaults());
            db.runAtomically(List.of("INSERT INTO customers (id, name) VALUES (1, 'Ann'), (2, 'Bob')",
                    "INSERT INTO orders (id, customer_id, amount) VALUES (10, 1, 5), (11, 1, 7), (12, 2, 9)",
                    "INSERT INTO notes (id, customer_id, body) VALUES (100, 1, 'tea'), (101, 2, 'email')"), false);
        }
        return file;
    }

    @Test
    void thePreflightTellsAGeneratedMigrationToRecordTheDeclarationWithRepair() throws Exception {
        MigrationsFolder folder = generatedFolder();
        Path file = databaseAtInit(folder);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            Migrator migrator = new Migrator(db, HISTORY, EngineLog.SILENT).checkingPendingWith(Preflight.ofFile(file, false, EngineLog.SILENT));
            PreflightRefusedException e = assertThrows(PreflightRefusedException.class, () -> migrator.apply(folder, ApplyOptions.defaults()));
            assertTrue(e.getMessage().endsWith(", or pass -Ddb.acceptDataLoss to apply it as it is (0001_name_check.sql was written by db:generate"
                    + " and meta/_sums/0001_name_check.sha256 holds its checksum: if it means to remove those rows, add the line"
                    + " -- godwit:accept-data-loss notes, orders to it and record that edit with mvn db:repair -Dlocal (db:verify refuses a"
                    + " generated migration edited without it))."), e.getMessage());
            assertEquals(List.of(Map.of("n", 3L)), db.query("SELECT count(*) AS n FROM orders"), "nothing was applied");
        }
    }

    /**
     * db:verify's finding on a fresh checkout (CI, a new clone): no database anywhere. Its "mvn db:repair" worked on Cloudflare
     * D1 (the default target), and with -Dlocal db:repair refused: "There is no database at ...", though recording the edit in
     * meta/_sums/ takes none. The finding now names mvn db:repair -Dlocal, which there records the folder's checksum alone
     * (listed first, asked or -Ddb.force in batch mode), creating no database; db:verify then passes.
     */
    @Test
    void onAFreshCheckoutTheWayOnRecordsTheEditWithoutADatabase() throws Exception {
        MigrationsFolder folder = generatedFolder();
        String finding = Verifier.verify(Verifier.recorded(folder), folder).get(0).message();
        assertTrue(finding.contains("\n  and record that edit with mvn db:repair -Dlocal (db:generate wrote it"), finding);
        Path sql = folder.sqlFile("0001_name_check");
        Files.writeString(sql, "-- godwit:accept-data-loss notes, orders\n" + Files.readString(sql));
        Path none = dir.resolve(".godwit/local.sqlite");
        String oldSum = Files.readString(folder.sumFile("0001_name_check"));
        Repairer repairer = new Repairer(EngineLog.SILENT);
        var e = assertThrows(dev.godwit.engine.repair.RepairException.class,
                () -> repairer.repairFolder(folder, none, HISTORY, new RepairOptions(false, null)));
        String newHash = Checksums.sha256Hex(Files.readString(sql));
        assertEquals("db:repair of " + folder.relative(folder.dir()) + " (there is no database at " + none.toAbsolutePath().normalize()
                + ", so no history to realign):\n  - re-record the checksum of 0001_name_check in " + folder.relative(folder.sumFile("0001_name_check"))
                + ": " + oldSum.substring(0, 12) + " -> " + newHash.substring(0, 12) + " (0001_name_check.sql was edited after it was generated)\n"
                + "Run again with -Ddb.force to make these changes (in batch mode db:repair asks nothing). Nothing was changed.", e.getMessage());
        assertEquals(oldSum, Files.readString(folder.sumFile("0001_name_check")));

        repairer.repairFolder(folder, none, HISTORY, new RepairOptions(true, null));
        assertEquals(newHash + " when=" + folder.migrations().get(1).when() + " edited name=0001_name_check.sql\n", Files.readString(folder.sumFile("0001_name_check")));
        assertEquals(List.of(), Verifier.verify(Verifier.recorded(folder), folder));
        assertTrue(!Files.exists(none) && !Files.exists(none.getParent()), "no database is created");
    }

    @Test
    void thePreflightsRepairCommandIsTheOneForTheDatabaseItRefused() throws Exception {
        // mvn db:repair alone works on the configured database (Cloudflare D1 unless -Dlocal): the refused one is named as
        // db:apply's command line named it, or the edit is recorded somewhere else, or nowhere (no D1 settings)
        MigrationsFolder folder = generatedFolder();
        Path file = databaseAtInit(folder);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            Migrator migrator = new Migrator(db, HISTORY, EngineLog.SILENT)
                    .checkingPendingWith(Preflight.ofFile(file, false, EngineLog.SILENT).withCommandArgs(" -Ddb.local.path=.godwit/app.sqlite"));
            PreflightRefusedException e = assertThrows(PreflightRefusedException.class, () -> migrator.apply(folder, ApplyOptions.defaults()));
            assertTrue(e.getMessage().endsWith("add the line -- godwit:accept-data-loss notes, orders to it and record that edit with"
                    + " mvn db:repair -Dlocal -Ddb.local.path=.godwit/app.sqlite (db:verify refuses a generated migration edited without it))."),
                    e.getMessage());
            assertEquals(List.of(Map.of("n", 3L)), db.query("SELECT count(*) AS n FROM orders"), "nothing was applied");
        }
    }

    /** The same on Cloudflare D1 (the stand-in): the command names the database picked, and the way on as printed applies. */
    @Test
    void onD1TheWayOnNamesThePickedDatabaseAndApplies() throws Exception {
        MigrationsFolder folder = generatedFolder();
        String account = "0123456789abcdef0123456789abcdef";
        String database = "c020574a-5623-407b-be0c-cd192bab9545";
        try (dev.godwit.engine.d1.D1StandIn standIn = dev.godwit.engine.d1.D1StandIn.start(dir.resolve("d1.sqlite"), account, database, "loss-token-1");
             dev.godwit.engine.d1.D1Database d1 = new dev.godwit.engine.d1.D1Database(
                     new dev.godwit.engine.d1.D1Settings(account, database, "loss-token-1", standIn.endpoint()))) {
            new Migrator(d1, HISTORY, EngineLog.SILENT).apply(folder.migrations().subList(0, 1), ApplyOptions.defaults());
            d1.runAtomically(List.of("INSERT INTO customers (id, name) VALUES (1, 'Ann'), (2, 'Bob')",
                    "INSERT INTO orders (id, customer_id, amount) VALUES (10, 1, 5), (11, 1, 7), (12, 2, 9)",
                    "INSERT INTO notes (id, customer_id, body) VALUES (100, 1, 'tea'), (101, 2, 'email')"), false);
            java.util.function.Supplier<Migrator> apply = () -> new Migrator(d1, HISTORY, EngineLog.SILENT)
                    .checkingPendingWith(Preflight.ofLiveSchema(d1, java.util.Set.of(HISTORY.name()), false, EngineLog.SILENT)
                            .withCommandArgs(" -Ddb.d1.databaseId=" + database));
            PreflightRefusedException e = assertThrows(PreflightRefusedException.class, () -> apply.get().apply(folder, ApplyOptions.defaults()));
            assertTrue(e.getMessage().endsWith("add the line -- godwit:accept-data-loss notes, orders to it and record that edit with mvn db:repair"
                    + " -Ddb.d1.databaseId=" + database + " (db:verify refuses a generated migration edited without it))."), e.getMessage());
            assertTrue(!e.getMessage().contains("loss-token-1"), "no token in the message");

            Path sql = folder.sqlFile("0001_name_check");
            Files.writeString(sql, "-- godwit:accept-data-loss notes, orders\n" + Files.readString(sql));
            new Repairer(EngineLog.SILENT).repair(folder, d1, HISTORY, new RepairOptions(true, null));
            assertEquals(List.of(), Verifier.verify(Verifier.recorded(folder), folder));
            apply.get().apply(folder, ApplyOptions.defaults());
            assertEquals(List.of(Map.of("n", 2L)), d1.query("SELECT count(*) AS n FROM __drizzle_migrations"));
            assertEquals(List.of(Map.of("n", 0L)), d1.query("SELECT count(*) AS n FROM orders"), "the loss declared, as D1 applies the rebuild");
        }
    }

    @Test
    void verifyTellsAGeneratedMigrationToRecordTheDeclarationWithRepairAndThatWayPasses() throws Exception {
        MigrationsFolder folder = generatedFolder();
        List<Finding> f = Verifier.verify(Verifier.recorded(folder), folder);
        assertEquals(1, f.size(), f.toString());
        String sum = folder.relative(folder.sumFile("0001_name_check"));
        assertTrue(f.get(0).message().endsWith("declare it in 0001_name_check.sql with the line\n    -- godwit:accept-data-loss notes, orders\n"
                + "  and record that edit with mvn db:repair -Dlocal (db:generate wrote it, and " + sum + " holds its checksum, so an edit not recorded"
                + " fails db:verify); db:verify and db:apply's pre-flight then accept it there, for those tables only"), f.get(0).message());

        // the way on as printed: the line, then db:repair; db:verify passes and the pre-flight applies it
        Path sql = folder.sqlFile("0001_name_check");
        Files.writeString(sql, "-- godwit:accept-data-loss notes, orders\n" + Files.readString(sql));
        assertEquals(List.of(Finding.Kind.EDITED), Verifier.verify(Verifier.recorded(folder), folder).stream().map(Finding::kind).toList(),
                "the line alone is an edit of a generated migration");
        Path file = databaseAtInit(folder);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            new Repairer(EngineLog.SILENT).repair(folder, db, HISTORY, new RepairOptions(true, null));
            assertEquals(List.of(), Verifier.verify(Verifier.recorded(folder), folder));
            new Migrator(db, HISTORY, EngineLog.SILENT).checkingPendingWith(Preflight.ofFile(file, false, EngineLog.SILENT))
                    .apply(folder, ApplyOptions.defaults());
            assertEquals(List.of(Map.of("n", 2L)), db.query("SELECT count(*) AS n FROM __drizzle_migrations"));
        }
    }
}
