package dev.godwit.engine.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.MigrationsFolder;
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
 * A red-team of mixed histories: a D1 project's CI ran wrangler d1 migrations apply over drizzle/ (d1_migrations), developers
 * db:apply (__drizzle_migrations). Once both tables held rows, a seed migration wrangler had applied was applied again by db:apply,
 * its rows written twice, without a word; db:status called it pending.
 */
class OtherHistoryTest {

    @TempDir
    Path dir;

    @Test
    void aPendingMigrationWranglersHistoryRecordsIsRefused() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        SchemaDef users = new SchemaDef(List.of(new TableDef("users", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true),
                ColumnDef.of("name", "text")), null, List.of(), List.of(), List.of(), null)), List.of());
        new Generator().generate(users, folder, GenerateOptions.batch().withName("init"));
        HistoryTable drizzle = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("shop.sqlite"))) {
            new Migrator(db, drizzle, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
            new Generator().generate(users, folder, GenerateOptions.batch().withName("seed").withCustom(true));
            Path seed = folder.sqlFile("0001_seed");
            Files.writeString(seed, Files.readString(seed) + "INSERT INTO users (name) VALUES ('system');\n");
            // wrangler d1 migrations apply, as it records what it ran
            db.runAtomically(List.of("CREATE TABLE d1_migrations (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE,"
                    + " applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)", "INSERT INTO d1_migrations (name) VALUES ('0000_init.sql')",
                    "INSERT INTO users (name) VALUES ('system')", "INSERT INTO d1_migrations (name) VALUES ('0001_seed.sql')"), false);

            Migrator status = new Migrator(db, drizzle, EngineLog.SILENT);
            String refusal = status.applyRefusal(status.status(folder));
            MigrationException e = assertThrows(MigrationException.class,
                    () -> new Migrator(db, drizzle, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults()));
            assertEquals(e.getMessage(), refusal);
            assertTrue(e.getMessage().startsWith("d1_migrations, wrangler's history (`wrangler d1 migrations apply` keeps it), records 0001_seed.sql"
                    + " as applied, while __drizzle_migrations, the history Godwit reads, records it as pending"), e.getMessage());
            assertEquals(1L, ((Number) db.query("SELECT count(*) AS n FROM users").get(0).get("n")).longValue());
            assertEquals(1, db.query("SELECT * FROM __drizzle_migrations").size());
        }
    }

    /**
     * -Ddb.upTo leaving pending a migration wrangler recorded: refused before anything runs, as without it, rather than by a later
     * run after this one applied the migrations before it (the check looked at the migrations this run sends only).
     */
    @Test
    void aMigrationWranglerRecordedThatUpToLeavesPendingIsRefusedToo() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        SchemaDef users = new SchemaDef(List.of(new TableDef("users", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true),
                ColumnDef.of("name", "text")), null, List.of(), List.of(), List.of(), null)), List.of());
        new Generator().generate(users, folder, GenerateOptions.batch().withName("init"));
        HistoryTable drizzle = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("shop.sqlite"))) {
            new Migrator(db, drizzle, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
            new Generator().generate(users, folder, GenerateOptions.batch().withName("note").withCustom(true));
            Files.writeString(folder.sqlFile("0001_note"), Files.readString(folder.sqlFile("0001_note")) + "CREATE TABLE notes (x integer);\n");
            new Generator().generate(users, folder, GenerateOptions.batch().withName("seed").withCustom(true));
            Path seed = folder.sqlFile("0002_seed");
            Files.writeString(seed, Files.readString(seed) + "INSERT INTO users (name) VALUES ('system');\n");
            // wrangler d1 migrations apply ran the seed (its file alone, as a hand run of it would record it)
            db.runAtomically(List.of("CREATE TABLE d1_migrations (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE,"
                    + " applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)", "INSERT INTO d1_migrations (name) VALUES ('0000_init.sql')",
                    "INSERT INTO users (name) VALUES ('system')", "INSERT INTO d1_migrations (name) VALUES ('0002_seed.sql')"), false);
            Migrator status = new Migrator(db, drizzle, EngineLog.SILENT).upTo("0001");
            String refusal = status.applyRefusal(status.status(folder));
            MigrationException e = assertThrows(MigrationException.class,
                    () -> new Migrator(db, drizzle, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults().withUpTo("0001")));
            assertEquals(e.getMessage(), refusal);
            assertTrue(e.getMessage().startsWith("d1_migrations, wrangler's history (`wrangler d1 migrations apply` keeps it), records 0002_seed.sql"
                    + " as applied"), e.getMessage());
            assertTrue(db.query("SELECT name FROM sqlite_master WHERE name = 'notes'").isEmpty(), "0001_note not applied");
        }
    }

    /** d1_migrations left behind after the move, recording only what drizzle's history records too: nothing to refuse. */
    @Test
    void wranglersRowsOfAppliedMigrationsAloneAreNoRefusal() {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        SchemaDef users = new SchemaDef(List.of(new TableDef("users", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true)),
                null, List.of(), List.of(), List.of(), null)), List.of());
        new Generator().generate(users, folder, GenerateOptions.batch().withName("init"));
        HistoryTable drizzle = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("shop.sqlite"))) {
            new Migrator(db, drizzle, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
            db.runAtomically(List.of("CREATE TABLE d1_migrations (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE,"
                    + " applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)", "INSERT INTO d1_migrations (name) VALUES ('0000_init.sql')"), false);
            new Generator().generate(users, folder, GenerateOptions.batch().withName("seed").withCustom(true));
            Path seed = folder.sqlFile("0001_seed");
            try {
                Files.writeString(seed, Files.readString(seed) + "CREATE TABLE t (x integer);\n");
            } catch (java.io.IOException io) {
                throw new java.io.UncheckedIOException(io);
            }
            assertEquals(List.of("0001_seed"), new Migrator(db, drizzle, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults()).applied());
        }
    }

    /**
     * The other way round: the project reads wrangler's d1_migrations (migrations_table = "d1_migrations") while drizzle-orm's
     * migrate(), run by the Worker at start-up, records in __drizzle_migrations. A seed the Worker had run was pending to db:apply
     * and ran a second time, without a word.
     */
    @Test
    void aPendingMigrationDrizzlesHistoryRecordsIsRefusedWhereGodwitReadsWranglers() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        SchemaDef users = new SchemaDef(List.of(new TableDef("users", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true),
                ColumnDef.of("name", "text")), null, List.of(), List.of(), List.of(), null)), List.of());
        new Generator().generate(users, folder, GenerateOptions.batch().withName("init"));
        HistoryTable drizzle = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        HistoryTable wrangler = new HistoryTable.Wrangler(HistoryTable.WRANGLER_DEFAULT);
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("shop.sqlite"))) {
            new Migrator(db, wrangler, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
            new Generator().generate(users, folder, GenerateOptions.batch().withName("seed").withCustom(true));
            Path seed = folder.sqlFile("0001_seed");
            Files.writeString(seed, Files.readString(seed) + "INSERT INTO users (name) VALUES ('system');\n");
            // drizzle-orm's migrate(), as it records what it ran: every migration's hash and "when"
            List<String> run = new java.util.ArrayList<>(List.of("CREATE TABLE __drizzle_migrations (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                    + " hash text NOT NULL, created_at numeric)", "INSERT INTO users (name) VALUES ('system')"));
            for (dev.godwit.engine.folder.Migration m : folder.migrations()) {
                run.add("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('" + m.hash() + "', " + m.when() + ")");
            }
            db.runAtomically(run, false);

            Migrator status = new Migrator(db, wrangler, EngineLog.SILENT);
            String refusal = status.applyRefusal(status.status(folder));
            MigrationException e = assertThrows(MigrationException.class,
                    () -> new Migrator(db, wrangler, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults()));
            assertEquals(e.getMessage(), refusal);
            assertTrue(e.getMessage().startsWith("__drizzle_migrations, drizzle-orm's history (its migrate() keeps it), records 0001_seed.sql"
                    + " as applied, while d1_migrations, the history Godwit reads, records it as pending"), e.getMessage());
            assertEquals(1L, ((Number) db.query("SELECT count(*) AS n FROM users").get(0).get("n")).longValue());
            assertEquals(1, db.query("SELECT * FROM d1_migrations").size());
        }
    }

    /** __drizzle_migrations left from before the config named d1_migrations, recording only what d1_migrations records: nothing to refuse. */
    @Test
    void drizzlesRowsOfMigrationsWranglersHistoryRecordsAloneAreNoRefusal() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        SchemaDef users = new SchemaDef(List.of(new TableDef("users", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true)),
                null, List.of(), List.of(), List.of(), null)), List.of());
        new Generator().generate(users, folder, GenerateOptions.batch().withName("init"));
        HistoryTable wrangler = new HistoryTable.Wrangler(HistoryTable.WRANGLER_DEFAULT);
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("shop.sqlite"))) {
            new Migrator(db, wrangler, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
            dev.godwit.engine.folder.Migration init = folder.migrations().get(0);
            db.runAtomically(List.of("CREATE TABLE __drizzle_migrations (id INTEGER PRIMARY KEY AUTOINCREMENT, hash text NOT NULL, created_at numeric)",
                    "INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('" + init.hash() + "', " + init.when() + ")"), false);
            new Generator().generate(users, folder, GenerateOptions.batch().withName("more").withCustom(true));
            Files.writeString(folder.sqlFile("0001_more"), Files.readString(folder.sqlFile("0001_more")) + "CREATE TABLE t (x integer);\n");
            assertEquals(List.of("0001_more"), new Migrator(db, wrangler, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults()).applied());
        }
    }

    /**
     * A project that applied with drizzle-orm's migrate() (or Godwit's default) and then set migrations_table = "d1_migrations" on
     * purpose: db:apply stopped on __drizzle_migrations and said to drop or rename it, but db:baseline, the way to record the
     * applied migrations in the new table, stopped the same way, and a renamed copy was found again under its new name. The
     * refusal now gives the move's steps, which work: drop it, db:baseline up to its last migration, apply the rest.
     */
    @Test
    void movingFromDrizzlesHistoryToWranglersOnPurposeHasAWayOn() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        SchemaDef users = new SchemaDef(List.of(new TableDef("users", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true),
                ColumnDef.of("name", "text")), null, List.of(), List.of(), List.of(), null)), List.of());
        new Generator().generate(users, folder, GenerateOptions.batch().withName("init"));
        HistoryTable drizzle = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        HistoryTable wrangler = HistoryTable.forName(HistoryTable.WRANGLER_DEFAULT);
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("shop.sqlite"))) {
            new Migrator(db, drizzle, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
            db.runAtomically(List.of("ALTER TABLE __drizzle_migrations RENAME TO drizzle_history_before_wrangler"), false);
            MigrationException e = assertThrows(MigrationException.class,
                    () -> new Migrator(db, wrangler, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults()));
            assertTrue(e.getMessage().endsWith(" If this database moves to d1_migrations on purpose, note the last migration"
                    + " drizzle_history_before_wrangler records (mvn db:status -Ddb.migrationsTable=drizzle_history_before_wrangler), drop"
                    + " drizzle_history_before_wrangler, and record the migrations up to it in d1_migrations with mvn db:baseline"
                    + " -Ddb.baseline=THAT_TAG (it checks the schema is theirs). If drizzle_history_before_wrangler is not this folder's"
                    + " history, drop it (renamed, it is still read as drizzle-orm's history: its columns and hashes say so), then run"
                    + " again. Nothing was changed."), e.getMessage());
            assertThrows(MigrationException.class, () -> new dev.godwit.engine.baseline.Baseliner(EngineLog.SILENT)
                    .baseline(folder, db, wrangler, new dev.godwit.engine.baseline.BaselineOptions("0000", false)));

            // the steps it gives
            db.runAtomically(List.of("DROP TABLE drizzle_history_before_wrangler"), false);
            new dev.godwit.engine.baseline.Baseliner(EngineLog.SILENT).baseline(folder, db, wrangler,
                    new dev.godwit.engine.baseline.BaselineOptions("0000", false));
            new Generator().generate(users, folder, GenerateOptions.batch().withName("more").withCustom(true));
            Files.writeString(folder.sqlFile("0001_more"), Files.readString(folder.sqlFile("0001_more")) + "CREATE TABLE t (x integer);\n");
            assertEquals(List.of("0001_more"), new Migrator(db, wrangler, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults()).applied());
            assertEquals(List.of("0000_init.sql", "0001_more.sql"), db.query("SELECT name FROM d1_migrations ORDER BY id").stream()
                    .map(r -> String.valueOf(r.get("name"))).toList());
        }
    }
}
