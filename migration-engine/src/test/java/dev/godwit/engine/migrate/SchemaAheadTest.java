package dev.godwit.engine.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.baseline.BaselineOptions;
import dev.godwit.engine.baseline.Baseliner;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.push.Pusher;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * db:push added a required column to a migrated dev database, the team filled it, then db:generate wrote the change as a
 * migration that rebuilds the table ({@code INSERT ... SELECT id, name, ''}): db:apply ran it, the pre-flight saw no row lost,
 * and every value of the column became ''. A database that already has a pending migration's schema is now refused, with
 * db:baseline as the way on.
 */
class SchemaAheadTest {

    @TempDir
    Path dir;

    MigrationsFolder folder;
    SqliteDatabase db;
    final HistoryTable drizzle = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
    final EngineLog engineLog = new dev.godwit.engine.testing.RecordingLog();

    static SchemaDef users(boolean withEmail) {
        List<ColumnDef> cols = new ArrayList<>(List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("name", "text").withNotNull(true)));
        if (withEmail) cols.add(ColumnDef.of("email", "text").withNotNull(true));
        return new SchemaDef(List.of(new TableDef("users", cols, null, List.of(), List.of(), List.of(), null)), List.of());
    }

    @BeforeEach
    void migratedThenPushed() {
        folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(users(false), folder, GenerateOptions.batch().withName("init"));
        db = SqliteDatabase.open(dir.resolve("dev.sqlite"));
        new Migrator(db, drizzle, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
        db.runAtomically(List.of("INSERT INTO users (id, name) VALUES (1, 'ada'), (2, 'bob')"), false);
        new Pusher(db, EngineLog.SILENT, Set.of(drizzle.name())).push(users(true), true, null);
        db.runAtomically(List.of("UPDATE users SET email = name || '@example.com'"), false);
        new Generator().generate(users(true), folder, GenerateOptions.batch().withName("email"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<String> emails() {
        return db.query("SELECT email FROM users ORDER BY id").stream().map(r -> String.valueOf(r.get("email"))).toList();
    }

    @Test
    void aRebuildOfAPushedTableIsRefusedBeforeItOverwritesTheValues() {
        String sql = folder.migrations().get(1).sql();
        assertTrue(sql.contains("INSERT INTO `__new_users`") && sql.contains("''"), sql);   // the rebuild that fills email with ''
        MigrationException e = assertThrows(MigrationException.class, () -> new Migrator(db, drizzle, engineLog).apply(folder, ApplyOptions.defaults()));
        assertEquals("local SQLite file " + dir.resolve("dev.sqlite").toAbsolutePath() + " already has the schema the pending migration 0001_email makes"
                + " (drizzle/meta/0001_snapshot.json), though its history records it as never applied: db:push brought it there, or it was changed by"
                + " hand. Applying would run those changes a second time: where they add a column the statement fails, but where they rebuild a table"
                + " the columns already there are filled from the migration's defaults, overwriting the values they hold. If the database holds what"
                + " that migration makes, record it as applied with mvn db:baseline -Dlocal -Ddb.baseline=0001_email and run mvn db:apply -Dlocal"
                + " again for any after it. Nothing was applied.", e.getMessage());
        assertEquals(List.of("ada@example.com", "bob@example.com"), emails());
        assertEquals(1, db.query("SELECT * FROM __drizzle_migrations").size());

        // the way on it names: recorded, not run, and the values stay
        assertEquals(List.of("0001_email"), new Baseliner(engineLog).baseline(folder, db, drizzle, new BaselineOptions("0001_email", false)));
        assertEquals(List.of(), new Migrator(db, drizzle, engineLog).apply(folder, ApplyOptions.defaults()).applied());
        assertEquals(List.of("ada@example.com", "bob@example.com"), emails());
    }

    /** A trial: db:status showed the migration "pending" with no word of the refusal db:apply then gave; it gives it now. */
    @Test
    void dbStatusGivesTheRefusalInTheApplysWords() {
        Migrator status = new Migrator(db, drizzle, engineLog);
        List<MigrationState> states = status.status(folder);
        String refusal = status.applyRefusal(states);
        MigrationException e = assertThrows(MigrationException.class, () -> new Migrator(db, drizzle, engineLog).apply(folder, ApplyOptions.defaults()));
        assertEquals(e.getMessage(), refusal);
        List<String> lines = StatusTable.render(states, false, "mvn db:repair -Dlocal", refusal);
        assertTrue(lines.get(lines.size() - 1).startsWith(StatusTable.REFUSED + "local SQLite file "), lines.toString());
        assertTrue(lines.get(lines.size() - 1).contains("mvn db:baseline -Dlocal -Ddb.baseline=0001_email"), lines.toString());
        // db:verify -Ddb.drift gives the same way on, not also "undo the manual change" (dropping the pushed column's values: a review)
        List<dev.godwit.engine.verify.Finding> drift = dev.godwit.engine.verify.Verifier.drift(db, drizzle, folder.migrations(),
                dev.godwit.engine.verify.Verifier.recorded(folder));
        assertEquals(1, drift.size(), drift.toString());
        assertTrue(drift.get(0).message().contains("db:apply refuses them before sending anything: ") && drift.get(0).message().contains("db:baseline"),
                drift.get(0).message());
    }

    /**
     * A database db:push brought to the schema of 115 pending migrations: db:status, db:apply and db:verify -Ddb.drift listed
     * all 115 names in one line. The first ten, then how many more.
     */
    @Test
    void manyPendingMigrationsAreNamedTenAndHowManyMore() {
        MigrationsFolder many = MigrationsFolder.at(dir.resolve("many"));
        List<TableDef> tables = new ArrayList<>();
        for (int i = 0; i <= 12; i++) {
            tables.add(new TableDef("t" + i, List.of(ColumnDef.of("id", "integer").withPrimaryKey(true)), null, List.of(), List.of(), List.of(), null));
            new Generator().generate(new SchemaDef(tables, List.of()), many, GenerateOptions.batch().withName("t" + i));
        }
        try (SqliteDatabase other = SqliteDatabase.open(dir.resolve("other.sqlite"))) {
            new Migrator(other, drizzle, EngineLog.SILENT).apply(many.migrations().subList(0, 1), ApplyOptions.defaults());
            new Pusher(other, EngineLog.SILENT, Set.of(drizzle.name())).push(new SchemaDef(tables, List.of()), true, null);
            String ten = "0001_t1, 0002_t2, 0003_t3, 0004_t4, 0005_t5, 0006_t6, 0007_t7, 0008_t8, 0009_t9, 0010_t10 and 2 more (up to 0012_t12)";
            MigrationException e = assertThrows(MigrationException.class, () -> new Migrator(other, drizzle, engineLog).apply(many, ApplyOptions.defaults()));
            assertTrue(e.getMessage().contains(" already has the schema the pending migrations " + ten + " make (many/meta/0012_snapshot.json)"),
                    e.getMessage());
            assertTrue(!e.getMessage().contains("0011_t11"), e.getMessage());
            List<dev.godwit.engine.verify.Finding> drift = dev.godwit.engine.verify.Verifier.drift(other, drizzle, many.migrations(),
                    dev.godwit.engine.verify.Verifier.recorded(many));
            assertTrue(drift.get(0).message().startsWith("12 migration(s) are not applied to local SQLite file " + dir.resolve("other.sqlite").toAbsolutePath()
                    + ": 0001_t1, 0002_t2, 0003_t3, 0004_t4, 0005_t5, 0006_t6, 0007_t7, 0008_t8, 0009_t9, 0010_t10 and 2 more (mvn db:status"),
                    drift.get(0).message());
            assertTrue(!drift.get(0).message().contains("0011_t11"), drift.get(0).message());
        }
        // a list to pick a migration from gives the latest ten
        var unknown = assertThrows(dev.godwit.engine.GodwitException.class, () -> dev.godwit.engine.folder.Tags.find(many.readJournal(), "nope", "db.name"));
        assertEquals("-Ddb.name=nope names no migration in meta/_journal.json; the migrations are: 3 earlier (all in meta/_journal.json), then"
                + " 0003_t3, 0004_t4, 0005_t5, 0006_t6, 0007_t7, 0008_t8, 0009_t9, 0010_t10, 0011_t11, 0012_t12", unknown.getMessage());
    }

    @Test
    void aDatabaseWhereItsHistorySaysIsAppliedAsBefore() {
        db.runAtomically(List.of("ALTER TABLE users DROP COLUMN email"), false);   // back to 0000's schema
        List<String> applied = new Migrator(db, drizzle, EngineLog.SILENT).apply(folder, ApplyOptions.defaults()).applied();
        assertEquals(List.of("0001_email"), applied);
        assertEquals(List.of("", ""), emails());   // what the migration itself does to rows made before the column existed
    }

    @Test
    void aDatabaseThatMatchesNoSnapshotIsLeftToTheOtherChecks() {
        db.runAtomically(List.of("ALTER TABLE users DROP COLUMN email", "CREATE INDEX users_name_idx ON users (name)"), false);   // drift of its own
        assertEquals(List.of("0001_email"), new Migrator(db, drizzle, EngineLog.SILENT).apply(folder, ApplyOptions.defaults()).applied());
    }

    @Test
    void aPendingMigrationThatChangesNoSchemaIsNotTakenForTheOneReached() throws java.io.IOException {
        new Generator().generate(users(true), folder, GenerateOptions.batch().withName("seed").withCustom(true));
        Path seed = folder.dir().resolve("0002_seed.sql");
        java.nio.file.Files.writeString(seed, java.nio.file.Files.readString(seed) + "UPDATE users SET name = upper(name);\n");
        MigrationException e = assertThrows(MigrationException.class, () -> new Migrator(db, drizzle, engineLog).apply(folder, ApplyOptions.defaults()));
        assertTrue(e.getMessage().contains("the pending migration 0001_email makes") && e.getMessage().contains("-Ddb.baseline=0001_email "), e.getMessage());
        assertEquals(Map.of("n", 1), Map.of("n", ((Number) db.query("SELECT count(*) AS n FROM __drizzle_migrations").get(0).get("n")).intValue()));
    }

    /**
     * db:push works on remote D1 too: a dev D1 database pushed ahead of its history is refused the same way. Its schema is read in
     * one request, which the pre-flight's replica then reuses (the apply sends no second read of sqlite_master).
     */
    @Test
    void aRemoteD1DatabasePushedAheadIsRefusedWithOneReadOfItsSchema() throws Exception {
        db.close();
        Path remote = dir.resolve("d1.sqlite");
        java.nio.file.Files.copy(dir.resolve("dev.sqlite"), remote);
        try (dev.godwit.engine.d1.D1StandIn standIn = dev.godwit.engine.d1.D1StandIn.start(remote, "acct", "db-dev", "tok-secret-1");
                dev.godwit.engine.d1.D1Database d1 = new dev.godwit.engine.d1.D1Database(new dev.godwit.engine.d1.D1Settings("acct", "db-dev",
                        "tok-secret-1", standIn.endpoint() + "/"))) {
            dev.godwit.engine.preflight.Preflight preflight = dev.godwit.engine.preflight.Preflight.ofLiveSchema(d1, Set.of(drizzle.name()), false, engineLog);
            MigrationException e = assertThrows(MigrationException.class,
                    () -> new Migrator(d1, drizzle, engineLog).checkingPendingWith(preflight).apply(folder, ApplyOptions.defaults()));
            assertTrue(e.getMessage().startsWith("Cloudflare D1 database db-dev already has the schema the pending migration 0001_email makes"
                    + " (drizzle/meta/0001_snapshot.json)") && e.getMessage().contains("mvn db:baseline -Ddb.baseline=0001_email"), e.getMessage());
            assertEquals(1, standIn.requestLog().stream().filter(b -> b.contains("sqlite_master WHERE sql IS NOT NULL")).count(), standIn.requestLog().toString());
            // where the history says it is (the column dropped again), the apply goes on: its pre-flight reads the schema from the same answer
            d1.runAtomically(List.of("ALTER TABLE users DROP COLUMN email"), false);
            int before = standIn.requestLog().size();
            assertEquals(List.of("0001_email"), new Migrator(d1, drizzle, engineLog).checkingPendingWith(preflight).apply(folder, ApplyOptions.defaults()).applied());
            assertEquals(1, standIn.requestLog().subList(before, standIn.requestLog().size()).stream()
                    .filter(b -> b.contains("sqlite_master WHERE sql IS NOT NULL")).count(), standIn.requestLog().toString());
        }
        db = SqliteDatabase.open(remote);
        assertEquals(List.of("", ""), emails());
    }

    /**
     * db:verify's way on for a table a hand-written migration creates: declared, generated, the CREATE taken out of the new
     * migration and the edit recorded. A database that applied the hand-written one has the new migration's snapshot already,
     * by the migrations themselves, not by db:push: it is applied, not refused (a review found it refused).
     */
    @Test
    void aDatabaseWhereTheAppliedMigrationsThemselvesPutItIsNotRefused() throws Exception {
        MigrationsFolder own = MigrationsFolder.at(dir.resolve("own/drizzle"));
        new Generator().generate(users(false), own, GenerateOptions.batch().withName("init"));
        new Generator().generate(users(false), own, GenerateOptions.batch().withName("lookup").withCustom(true));
        Path lookup = own.dir().resolve("0001_lookup.sql");
        java.nio.file.Files.writeString(lookup, java.nio.file.Files.readString(lookup) + "CREATE TABLE `codes` (`code` text PRIMARY KEY NOT NULL);\n");
        try (SqliteDatabase app = SqliteDatabase.open(dir.resolve("own/app.sqlite"))) {
            new Migrator(app, drizzle, EngineLog.SILENT).apply(own, ApplyOptions.defaults());
            SchemaDef withCodes = new SchemaDef(List.of(users(false).tables().get(0), new TableDef("codes", List.of(ColumnDef.of("code", "text")
                    .withPrimaryKey(true).withNotNull(true)), null, List.of(), List.of(), List.of(), null)), List.of());
            new Generator().generate(withCodes, own, GenerateOptions.batch().withName("declare"));
            Path declared = own.dir().resolve("0002_declare.sql");
            assertTrue(java.nio.file.Files.readString(declared).contains("CREATE TABLE `codes`"));
            java.nio.file.Files.writeString(declared, "-- codes: created by 0001_lookup.sql\nSELECT 1;\n");
            new dev.godwit.engine.repair.Repairer(EngineLog.SILENT).repairFolder(own, dir.resolve("own/none.sqlite"), drizzle,
                    new dev.godwit.engine.repair.RepairOptions(true, null));
            assertEquals(List.of("0002_declare"), new Migrator(app, drizzle, engineLog).apply(MigrationsFolder.at(own.dir()), ApplyOptions.defaults()).applied());
        }
    }
}
