package dev.godwit.engine.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.baseline.BaselineOptions;
import dev.godwit.engine.baseline.Baseliner;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * db:status on a database built by hand (its tables there, no history table): the pending migrations fail on it ("already
 * exists"), and the way on named db:push, then db:baseline at the folder's last migration, whatever schema the database has.
 * Where it has an earlier migration's schema (0001 of 0002), the way on is db:baseline at that one, then db:apply; where no
 * migration's schema matches, it says so.
 */
class HandBuiltDatabaseStatusTest {

    @TempDir
    Path dir;

    MigrationsFolder folder;
    final HistoryTable drizzle = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);

    static TableDef table(String name, String... columns) {
        List<ColumnDef> cols = new ArrayList<>(List.of(ColumnDef.of("id", "integer").withPrimaryKey(true)));
        for (String c : columns) cols.add(ColumnDef.of(c, "text"));
        return new TableDef(name, cols, null, List.of(), List.of(), List.of(), null);
    }

    static SchemaDef schema(TableDef... tables) {
        return new SchemaDef(List.of(tables), List.of());
    }

    @BeforeEach
    void threeMigrations() {
        folder = MigrationsFolder.at(dir.resolve("drizzle"));
        Generator g = new Generator();
        g.generate(schema(table("users", "name")), folder, GenerateOptions.batch().withName("init"));
        g.generate(schema(table("users", "name"), table("posts", "title")), folder, GenerateOptions.batch().withName("posts"));
        g.generate(schema(table("users", "name", "email"), table("posts", "title")), folder, GenerateOptions.batch().withName("email"));
    }

    /** The database made by hand with the SQL of the first {@code upTo} migrations (no history), then {@code extra}. */
    SqliteDatabase handBuilt(int upTo, String... extra) {
        SqliteDatabase db = SqliteDatabase.open(dir.resolve("dev.sqlite"));
        List<String> statements = new ArrayList<>();
        for (var m : folder.migrations().subList(0, upTo)) statements.addAll(m.statements());
        statements.addAll(List.of(extra));
        db.runAtomically(statements, false);
        return db;
    }

    String statusFailure(SqliteDatabase db) {
        Migrator migrator = new Migrator(db, drizzle, EngineLog.SILENT).withCommandArgs("");
        List<MigrationState> states = migrator.status(folder);
        assertNull(migrator.applyRefusal(states));
        return migrator.pendingFailure(states);
    }

    /** Made to 0001 of 0002: db:status gives db:apply's refusal, which names db:baseline at 0001, and that way on works. */
    @Test
    void anEarlierMigrationsSchemaIsTheBaselineNamed() {
        try (SqliteDatabase db = handBuilt(2)) {
            Migrator migrator = new Migrator(db, drizzle, EngineLog.SILENT).withCommandArgs("");
            String refusal = migrator.applyRefusal(migrator.status(folder));
            assertEquals("local SQLite file " + dir.resolve("dev.sqlite").toAbsolutePath() + " already has the schema the pending migrations"
                    + " 0000_init, 0001_posts make (drizzle/meta/0001_snapshot.json), though its history records them as never applied: db:push"
                    + " brought it there, or it was changed by hand. Applying would run those changes a second time: where they add a column the"
                    + " statement fails, but where they rebuild a table the columns already there are filled from the migration's defaults,"
                    + " overwriting the values they hold. If the database holds what those migrations make, record them as applied with mvn"
                    + " db:baseline -Dlocal -Ddb.baseline=0001_posts and run mvn db:apply -Dlocal again for any after them. Nothing was applied.",
                    refusal);
            new Baseliner(EngineLog.SILENT).baseline(folder, db, drizzle, new BaselineOptions("0001_posts", false));
            new Migrator(db, drizzle, EngineLog.SILENT).apply(folder, ApplyOptions.defaults());
            assertEquals(List.of("id", "name", "email"), db.query("SELECT name FROM pragma_table_info('users')").stream()
                    .map(r -> (String) r.get("name")).toList());
        }
    }

    /**
     * Made to no migration's schema (a column added by hand to 0001's): the way on said db:push, then db:baseline at the last,
     * as if the database were on the way to it, without saying that no migration's schema is the one it has.
     */
    @Test
    void noMigrationsSchemaMatchingIsSaid() {
        try (SqliteDatabase db = handBuilt(2, "ALTER TABLE posts ADD nickname text")) {
            String failure = statusFailure(db);
            assertEquals("\n  The database has part of what 0000_init makes already, and none of the pending migrations' snapshots matches its schema: db:push"
                    + " brought it there, or a hand change. On a development database db:push moved part of the way, bring the rest with"
                    + " mvn db:push -Dlocal (to the schema code, 0002_email's when nothing changed since db:generate wrote it), then record the"
                    + " migrations as applied with mvn db:baseline -Dlocal -Ddb.baseline=0002_email (it checks the schema against the"
                    + " migration's snapshot first).", failure.substring(failure.indexOf("\n  The database")), failure);
        }
    }

    /**
     * Made to 0001's schema with a table of another application beside it (`notes`, no migration's): db:status said no snapshot
     * matches and named db:push to the schema code, which would drop `notes`. It names 0001_posts and the filter that leaves
     * `notes` out, and that way on works: the baseline at 0001_posts, then db:apply of 0002, `notes` and its row untouched.
     */
    @Test
    void aTableOfAnotherAppBesideAMigrationsSchemaIsLeftOutNotPushedAway() {
        try (SqliteDatabase db = handBuilt(2, "CREATE TABLE notes (id integer PRIMARY KEY, body text)", "INSERT INTO notes VALUES (1, 'keep me')")) {
            String failure = statusFailure(db);
            assertEquals("\n  The database has the schema of 0001_posts (its snapshot) and besides it table `notes`, which no pending migration makes"
                    + " (another application's sharing the file, or a hand change): db:push to the schema code would drop it. If it is not the"
                    + " schema code's, leave it out with '-Ddb.tablesFilter=!notes' (and the same <tablesFilter> in the POM), then record the"
                    + " migrations as applied with mvn db:baseline -Dlocal '-Ddb.tablesFilter=!notes' -Ddb.baseline=0001_posts and run"
                    + " mvn db:apply -Dlocal '-Ddb.tablesFilter=!notes' for those after it.", failure.substring(failure.indexOf("\n  The database")), failure);

            var filter = dev.godwit.engine.introspect.TablesFilter.parse("!notes");
            new Baseliner(EngineLog.SILENT).withTablesFilter(filter).baseline(folder, db, drizzle, new BaselineOptions("0001_posts", false));
            new Migrator(db, drizzle, EngineLog.SILENT).withTablesFilter(filter).apply(folder, ApplyOptions.defaults());
            assertEquals(List.of("id", "name", "email"), db.query("SELECT name FROM pragma_table_info('users')").stream()
                    .map(r -> (String) r.get("name")).toList());
            assertEquals(List.of(java.util.Map.of("id", 1L, "body", "keep me")), db.query("SELECT * FROM notes"));
        }
    }

    /** Made to the last migration's schema with another app's table beside it: db:baseline at the last one, nothing to apply after. */
    @Test
    void aTableOfAnotherAppBesideTheLastMigrationsSchema() {
        try (SqliteDatabase db = handBuilt(3, "CREATE TABLE notes (id integer PRIMARY KEY, body text)")) {
            String failure = statusFailure(db);
            assertEquals("\n  The database has the schema of 0002_email (its snapshot) and besides it table `notes`, which no pending migration makes"
                    + " (another application's sharing the file, or a hand change): db:push to the schema code would drop it. If it is not the"
                    + " schema code's, leave it out with '-Ddb.tablesFilter=!notes' (and the same <tablesFilter> in the POM), then record the"
                    + " migrations as applied with mvn db:baseline -Dlocal '-Ddb.tablesFilter=!notes' -Ddb.baseline=0002_email.",
                    failure.substring(failure.indexOf("\n  The database")), failure);
        }
    }

    /**
     * The same with -Ddb.tablesFilter already on the command line: the printed commands carried it and '-Ddb.tablesFilter=!notes'
     * after it, and Maven keeps the last one, so the pasted db:baseline compared the tables the first left out. One filter now,
     * the command line's patterns and !notes after them, and that way on works.
     */
    @Test
    void aFilterOnTheCommandLineIsMergedWithTheOneLeavingTheTableOut() {
        try (SqliteDatabase db = handBuilt(2, "CREATE TABLE notes (id integer PRIMARY KEY, body text)", "CREATE TABLE legacy_kv (k text)")) {
            var given = dev.godwit.engine.introspect.TablesFilter.parse("*,!legacy_*");
            Migrator migrator = new Migrator(db, drizzle, EngineLog.SILENT).withCommandArgs(" '-Ddb.tablesFilter=*,!legacy_*'").withTablesFilter(given);
            String failure = migrator.pendingFailure(migrator.status(folder));
            assertEquals("\n  The database has the schema of 0001_posts (its snapshot) and besides it table `notes`, which no pending migration makes"
                    + " (another application's sharing the file, or a hand change): db:push to the schema code would drop it. If it is not the"
                    + " schema code's, leave it out with '-Ddb.tablesFilter=*,!legacy_*,!notes' (and the same <tablesFilter> in the POM), then record"
                    + " the migrations as applied with mvn db:baseline -Dlocal '-Ddb.tablesFilter=*,!legacy_*,!notes' -Ddb.baseline=0001_posts and run"
                    + " mvn db:apply -Dlocal '-Ddb.tablesFilter=*,!legacy_*,!notes' for those after it.",
                    failure.substring(failure.indexOf("\n  The database")), failure);

            // the last -Ddb.tablesFilter alone, as Maven read the two: legacy_kv counted, and the baseline refused
            var lastOnly = dev.godwit.engine.introspect.TablesFilter.parse("!notes");
            var refused = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> new Baseliner(EngineLog.SILENT)
                    .withTablesFilter(lastOnly).baseline(folder, db, drizzle, new BaselineOptions("0001_posts", false)));
            org.junit.jupiter.api.Assertions.assertTrue(refused.getMessage().contains("legacy_kv"), refused.getMessage());
            assertEquals(List.of(), db.query("SELECT name FROM sqlite_master WHERE name = '__drizzle_migrations'"), "nothing recorded");

            var merged = dev.godwit.engine.introspect.TablesFilter.parse("*,!legacy_*,!notes");
            new Baseliner(EngineLog.SILENT).withTablesFilter(merged).baseline(folder, db, drizzle, new BaselineOptions("0001_posts", false));
            new Migrator(db, drizzle, EngineLog.SILENT).withTablesFilter(merged).apply(folder, ApplyOptions.defaults());
            assertEquals(List.of("id", "name", "email"), db.query("SELECT name FROM pragma_table_info('users')").stream()
                    .map(r -> (String) r.get("name")).toList());
            assertEquals(List.of("legacy_kv", "notes"), db.query("SELECT name FROM sqlite_master WHERE name IN ('notes', 'legacy_kv') ORDER BY name")
                    .stream().map(r -> (String) r.get("name")).toList());
        }
    }
}
