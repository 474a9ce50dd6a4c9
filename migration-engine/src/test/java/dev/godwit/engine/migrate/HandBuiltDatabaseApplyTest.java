package dev.godwit.engine.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.baseline.BaselineOptions;
import dev.godwit.engine.baseline.Baseliner;
import dev.godwit.engine.d1.D1Database;
import dev.godwit.engine.d1.D1Settings;
import dev.godwit.engine.d1.D1StandIn;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.introspect.TablesFilter;
import dev.godwit.engine.preflight.Preflight;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * db:apply (one database, -Dlocal or remote D1) on a database built by hand, or by db:push, to a migration's schema with another
 * application's table beside it (`notes`, no migration's). The apply fails at the first migration ("table `users` already exists")
 * and said: record 0000_init as applied with db:baseline, the migration that failed, not the one the database has (db:baseline
 * refuses it, as the schema is 0001's). It gives db:status's way on now: 0001_posts, the filter leaving `notes` out (merged with one
 * given), then db:apply; followed as printed, `notes` and its row stay.
 */
class HandBuiltDatabaseApplyTest {

    static final String ACCOUNT = "0123456789abcdef0123456789abcdef";
    static final String DATABASE = "c020574a-5623-407b-be0c-cd192bab9545";
    static final String TOKEN = "hand-built-token-4711";

    @TempDir
    Path dir;

    MigrationsFolder folder;
    final HistoryTable drizzle = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);

    @BeforeEach
    void threeMigrations() {
        folder = MigrationsFolder.at(dir.resolve("drizzle"));
        Generator g = new Generator();
        g.generate(HandBuiltDatabaseStatusTest.schema(HandBuiltDatabaseStatusTest.table("users", "name")), folder,
                GenerateOptions.batch().withName("init"));
        g.generate(HandBuiltDatabaseStatusTest.schema(HandBuiltDatabaseStatusTest.table("users", "name"),
                HandBuiltDatabaseStatusTest.table("posts", "title")), folder, GenerateOptions.batch().withName("posts"));
        g.generate(HandBuiltDatabaseStatusTest.schema(HandBuiltDatabaseStatusTest.table("users", "name", "email"),
                HandBuiltDatabaseStatusTest.table("posts", "title")), folder, GenerateOptions.batch().withName("email"));
    }

    /** {@code db} made by hand with the SQL of the first two migrations (no history), then {@code extra}. */
    void handBuilt(Database db, String... extra) {
        List<String> statements = new ArrayList<>();
        for (var m : folder.migrations().subList(0, 2)) statements.addAll(m.statements());
        statements.addAll(List.of(extra));
        db.runAtomically(statements, false);
    }

    static final String[] NOTES = {"CREATE TABLE notes (id integer PRIMARY KEY, body text)", "INSERT INTO notes VALUES (1, 'keep me')"};

    /** The value of {@code -Dname=...} in the printed command {@code goal}, quoted or not. */
    static String printed(String message, String goal, String name) {
        Matcher cmd = Pattern.compile("mvn " + Pattern.quote(goal) + " [^\\n]*?(?= and run | \\(|\\.$|\\.\\n)").matcher(message);
        assertTrue(cmd.find(), "no " + goal + " command in: " + message);
        Matcher arg = Pattern.compile("'?-D" + Pattern.quote(name) + "=([^' ]+)'?").matcher(cmd.group());
        assertTrue(arg.find(), "no -D" + name + " in: " + cmd.group());
        return arg.group(1);
    }

    static String wayOn(String message) {
        int at = message.indexOf("\n  The database has the schema");
        return at < 0 ? message : message.substring(at);
    }

    static List<String> columns(Database db, String table) {
        return db.query("SELECT name FROM pragma_table_info('" + table + "')").stream().map(r -> (String) r.get("name")).toList();
    }

    /** The printed db:baseline, then the printed db:apply, run as printed (their filter and migration). */
    void followPrinted(Database db, String message) {
        var baselineFilter = TablesFilter.parse(printed(message, "db:baseline", "db.tablesFilter"));
        new Baseliner(EngineLog.SILENT).withTablesFilter(baselineFilter)
                .baseline(folder, db, drizzle, new BaselineOptions(printed(message, "db:baseline", "db.baseline"), false));
        var applyFilter = TablesFilter.parse(printed(message, "db:apply", "db.tablesFilter"));
        assertEquals(List.of("0002_email"), new Migrator(db, drizzle, EngineLog.SILENT).withTablesFilter(applyFilter)
                .apply(folder, ApplyOptions.defaults()).applied());
        assertEquals(List.of("id", "name", "email"), columns(db, "users"));
        assertEquals(List.of(Map.of("id", 1L, "body", "keep me")), db.query("SELECT * FROM notes"));
    }

    @Test
    void localApplyNamesTheMigrationTheDatabaseHasAndLeavesTheOtherTableOut() {
        Path file = dir.resolve("dev.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            handBuilt(db, NOTES);
            var refused = assertThrows(MigrationException.class, () -> new Migrator(db, drizzle, EngineLog.SILENT).withCommandArgs("")
                    .checkingPendingWith(Preflight.ofFile(file, false, EngineLog.SILENT)).apply(folder, ApplyOptions.defaults()));
            assertTrue(refused.getMessage().startsWith("Migration 0000_init.sql failed at statement 1 of 1:"), refused.getMessage());
            assertEquals("\n  The database has the schema of 0001_posts (its snapshot) and besides it table `notes`, which no pending migration makes"
                    + " (another application's sharing the file, or a hand change): db:push to the schema code would drop it. If it is not the"
                    + " schema code's, leave it out with '-Ddb.tablesFilter=!notes' (and the same <tablesFilter> in the POM), then record the"
                    + " migrations as applied with mvn db:baseline -Dlocal '-Ddb.tablesFilter=!notes' -Ddb.baseline=0001_posts and run"
                    + " mvn db:apply -Dlocal '-Ddb.tablesFilter=!notes' for those after it.", wayOn(refused.getMessage()), refused.getMessage());
            // as it was: no history table, the hand-made tables and the row
            assertEquals(List.of(), db.query("SELECT name FROM sqlite_master WHERE name = '__drizzle_migrations'"));
            assertEquals(List.of("id", "name"), columns(db, "users"));
            // what it said before: db:baseline at the migration that failed, refused by its schema check, nothing recorded
            assertThrows(RuntimeException.class, () -> new Baseliner(EngineLog.SILENT)
                    .baseline(folder, db, drizzle, new BaselineOptions("0000_init", false)));
            assertEquals(List.of(), db.query("SELECT name FROM sqlite_master WHERE name = '__drizzle_migrations'"));

            followPrinted(db, refused.getMessage());
        }
    }

    /** -Ddb.tablesFilter on the command line: the printed commands carry one filter, its patterns and !notes after them. */
    @Test
    void localApplyMergesAGivenFilterWithTheOneLeavingTheTableOut() {
        Path file = dir.resolve("dev.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            handBuilt(db, NOTES[0], NOTES[1], "CREATE TABLE legacy_kv (k text)");
            var given = TablesFilter.parse("*,!legacy_*");
            var refused = assertThrows(MigrationException.class, () -> new Migrator(db, drizzle, EngineLog.SILENT)
                    .withCommandArgs(" '-Ddb.tablesFilter=*,!legacy_*'").withTablesFilter(given)
                    .checkingPendingWith(Preflight.ofFile(file, false, EngineLog.SILENT)).apply(folder, ApplyOptions.defaults()));
            assertEquals("\n  The database has the schema of 0001_posts (its snapshot) and besides it table `notes`, which no pending migration makes"
                    + " (another application's sharing the file, or a hand change): db:push to the schema code would drop it. If it is not the"
                    + " schema code's, leave it out with '-Ddb.tablesFilter=*,!legacy_*,!notes' (and the same <tablesFilter> in the POM), then record"
                    + " the migrations as applied with mvn db:baseline -Dlocal '-Ddb.tablesFilter=*,!legacy_*,!notes' -Ddb.baseline=0001_posts and run"
                    + " mvn db:apply -Dlocal '-Ddb.tablesFilter=*,!legacy_*,!notes' for those after it.", wayOn(refused.getMessage()), refused.getMessage());

            followPrinted(db, refused.getMessage());
            assertEquals(List.of(Map.of("name", "legacy_kv")), db.query("SELECT name FROM sqlite_master WHERE name = 'legacy_kv'"));
        }
    }

    /** The same on one remote D1 database (the stand-in): the apply's failure there takes the same path. */
    @Test
    void remoteD1ApplyNamesTheMigrationTheDatabaseHasAndLeavesTheOtherTableOut() {
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), ACCOUNT, DATABASE, TOKEN);
             D1Database db = new D1Database(new D1Settings(ACCOUNT, DATABASE, TOKEN, standIn.endpoint())
                     .withRetries(4, Duration.ofMillis(10), Duration.ofSeconds(2)))) {
            handBuilt(db, NOTES);
            var refused = assertThrows(MigrationException.class, () -> new Migrator(db, drizzle, EngineLog.SILENT)
                    .withCommandArgs(" -Ddb.d1.databaseId=" + DATABASE)
                    .checkingPendingWith(Preflight.ofLiveSchema(db, Set.of(drizzle.name()), false, EngineLog.SILENT))
                    .apply(folder, ApplyOptions.defaults()));
            assertEquals("\n  The database has the schema of 0001_posts (its snapshot) and besides it table `notes`, which no pending migration makes"
                    + " (another application's sharing the file, or a hand change): db:push to the schema code would drop it. If it is not the"
                    + " schema code's, leave it out with '-Ddb.tablesFilter=!notes' (and the same <tablesFilter> in the POM), then record the"
                    + " migrations as applied with mvn db:baseline -Ddb.d1.databaseId=" + DATABASE + " '-Ddb.tablesFilter=!notes'"
                    + " -Ddb.baseline=0001_posts and run mvn db:apply -Ddb.d1.databaseId=" + DATABASE + " '-Ddb.tablesFilter=!notes' for those"
                    + " after it.", wayOn(refused.getMessage()), refused.getMessage());
            assertTrue(!refused.getMessage().contains(TOKEN), refused.getMessage());
            assertEquals(List.of(), db.query("SELECT name FROM sqlite_master WHERE name = '__drizzle_migrations'"));

            followPrinted(db, refused.getMessage());
        }
    }
}
