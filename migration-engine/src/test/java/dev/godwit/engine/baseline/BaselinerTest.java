package dev.godwit.engine.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import dev.godwit.engine.testing.TestTables;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.GodwitException;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.ApplyResult;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.MigrationState;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselinerTest {

    @TempDir
    Path dir;

    MigrationsFolder folder;
    SqliteDatabase db;
    final List<String> log = new ArrayList<>();
    final EngineLog engineLog = new EngineLog() {
        @Override
        public void info(String message) {
            log.add("INFO " + message);
        }

        @Override
        public void warn(String message) {
            log.add("WARN " + message);
        }
    };
    final HistoryTable drizzle = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);

    static TableDef table(String name, String... columns) {
        return TestTables.table(name, columns);
    }

    @BeforeEach
    void threeMigrationsAndAnEmptyDatabase() {
        folder = MigrationsFolder.at(dir.resolve("drizzle"));
        Generator g = new Generator();
        g.generate(new SchemaDef(List.of(table("users", "name")), List.of()), folder, GenerateOptions.batch().withName("init"));
        g.generate(new SchemaDef(List.of(table("users", "name", "email")), List.of()), folder, GenerateOptions.batch().withName("email"));
        g.generate(new SchemaDef(List.of(table("users", "name", "email"), table("posts", "title")), List.of()), folder, GenerateOptions.batch().withName("posts"));
        db = SqliteDatabase.open(dir.resolve("legacy.sqlite"));
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        db.close();
    }

    /** A database made outside any migrator: the statements run by hand, no history. */
    void madeByHand(String... sql) {
        db.runAtomically(List.of(sql), false);
    }

    @Test
    void recordsMigrationsUpToTheTagWhenTheSchemaMatchesThenTheRestApplies() {
        madeByHand("CREATE TABLE users (id integer PRIMARY KEY NOT NULL, name text, email text)", "INSERT INTO users (name, email) VALUES ('ada', 'a@x')");
        List<String> tags = new Baseliner(engineLog).baseline(folder, db, drizzle, new BaselineOptions("email", false));
        assertEquals(List.of("0000_init", "0001_email"), tags);
        List<Migration> ms = folder.migrations();
        assertEquals(List.of(Map.of("hash", ms.get(0).hash(), "created_at", ms.get(0).when()), Map.of("hash", ms.get(1).hash(), "created_at", ms.get(1).when())),
                db.query("SELECT hash, created_at FROM __drizzle_migrations ORDER BY created_at"));
        assertEquals("INFO 1 later migration(s) remain pending: apply them with mvn db:apply -Dlocal.", log.get(log.size() - 1));
        List<MigrationState> states = new Migrator(db, drizzle, EngineLog.SILENT).status(ms);
        assertEquals(List.of(MigrationState.State.APPLIED, MigrationState.State.APPLIED, MigrationState.State.PENDING), states.stream().map(MigrationState::state).toList());
        ApplyResult r = new Migrator(db, drizzle, EngineLog.SILENT).apply(ms, ApplyOptions.defaults());
        assertEquals(List.of("0002_posts"), r.applied());
        assertEquals(List.of(Map.of("name", "ada")), db.query("SELECT name FROM users"));
    }

    /**
     * D1 recorded the baseline's rows and the connection dropped before its answer: the error was D1's bare "No answer from
     * Cloudflare D1 (...)", naming neither the baseline nor the way on. It says what was sent, where, and how to tell whether
     * it was made.
     */
    @Test
    void aBaselineWhoseD1AnswerIsLostSaysSoAndNamesHowToTell() {
        try (var standIn = dev.godwit.engine.d1.D1StandIn.start(dir.resolve("d1.sqlite"), "acct", "db", "tok-1234");
             var d1 = new dev.godwit.engine.d1.D1Database(new dev.godwit.engine.d1.D1Settings("acct", "db", "tok-1234", standIn.endpoint()))) {
            d1.runAtomically(List.of("CREATE TABLE users (id integer PRIMARY KEY NOT NULL, name text, email text)"), false);
            standIn.dropAfterCommitWhenBodyContains("INSERT INTO", 1);
            var e = assertThrows(dev.godwit.engine.GodwitException.class,
                    () -> new Baseliner(engineLog).baseline(folder, d1, drizzle, new BaselineOptions("email", false)));
            assertTrue(e.getMessage().startsWith("db:baseline sent the rows of 2 migration(s) (up to 0001_email) to __drizzle_migrations on"
                    + " Cloudflare D1 database db, but the answer was lost: they may or may not have been recorded there"), e.getMessage());
            assertTrue(e.getMessage().endsWith("Run mvn db:status: if it shows them applied, the baseline is made; if not, run the same"
                    + " db:baseline again."), e.getMessage());
            assertEquals(2, drizzle.read(d1).size(), "D1 committed them");
            List<MigrationState> states = new Migrator(d1, drizzle, EngineLog.SILENT).status(folder.migrations());
            assertEquals(List.of(MigrationState.State.APPLIED, MigrationState.State.APPLIED, MigrationState.State.PENDING),
                    states.stream().map(MigrationState::state).toList());
        }
    }

    /** -Ddb.tablesFilter=!legacy_*: another system's table made the database "differ" from the snapshot, and the baseline was refused. */
    @Test
    void theComparisonLeavesOutTheTablesOutsideTheTablesFilter() {
        madeByHand(folder.migrations().get(0).statements().toArray(String[]::new));
        madeByHand("CREATE TABLE legacy_kv (k text PRIMARY KEY, v text)");
        assertThrows(BaselineException.class, () -> new Baseliner(engineLog).baseline(folder, db, drizzle, new BaselineOptions("init", false)));
        assertEquals(List.of("0000_init"), new Baseliner(engineLog).withTablesFilter(dev.godwit.engine.introspect.TablesFilter.parse("!legacy_*"))
                .baseline(folder, db, drizzle, new BaselineOptions("init", false)));
    }

    @Test
    void refusesADifferingDatabaseListingTheDifferencesAndRecordsNothing() {
        madeByHand("CREATE TABLE users (id integer PRIMARY KEY NOT NULL, name text)", "CREATE TABLE audit (id integer PRIMARY KEY NOT NULL)");
        BaselineException e = assertThrows(BaselineException.class, () -> new Baseliner(engineLog).baseline(folder, db, drizzle, new BaselineOptions("0001", false)));
        assertEquals("The schema of local SQLite file " + dir.resolve("legacy.sqlite").toAbsolutePath() + " differs from drizzle/meta/0001_snapshot.json"
                + " (the schema after 0001_email):\n    - unexpected table: \"audit\"\n    - column missing: \"users\".\"email\"\n"
                + "Make the database match (no migration's snapshot matches it), or pass -Ddb.force to record the migrations"
                + " as applied anyway. Nothing was recorded.", e.getMessage());
        assertFalse(HistoryTable.exists(db, "__drizzle_migrations"));
    }

    /**
     * A database made by hand years ago writes its types in capitals ({@code INTEGER PRIMARY KEY AUTOINCREMENT}): SQLite reads
     * {@code INTEGER} and {@code integer} as one type, and the comparison does too, but where the column differed in something
     * else (AUTOINCREMENT) the listing said {@code type INTEGER -> integer drop AUTOINCREMENT}, a type change that is none, which
     * had the user look for a type to change. It names what differs only.
     */
    @Test
    void aColumnDifferingInAutoincrementOnlyIsNotListedAsATypeChangeOverTheLetterCase() {
        madeByHand("CREATE TABLE users (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, name TEXT, email TEXT)");
        BaselineException e = assertThrows(BaselineException.class, () -> new Baseliner(engineLog).baseline(folder, db, drizzle, new BaselineOptions("0001", false)));
        assertEquals("The schema of local SQLite file " + dir.resolve("legacy.sqlite").toAbsolutePath() + " differs from drizzle/meta/0001_snapshot.json"
                + " (the schema after 0001_email):\n    - differs: alter column \"users\".\"id\": drop AUTOINCREMENT\n"
                + "Make the database match (no migration's snapshot matches it), or pass -Ddb.force to record the migrations"
                + " as applied anyway. Nothing was recorded.", e.getMessage());
        assertFalse(HistoryTable.exists(db, "__drizzle_migrations"));
    }

    /**
     * A database made to an older migration than the tag given (the team's -Ddb.baseline named the latest, the legacy database is
     * one migration behind): the refusal said "name the migration it does match with -Ddb.baseline" and left finding it, among
     * maybe hundreds of snapshots, to the user. It now names the migration whose snapshot the database has, with the command.
     */
    @Test
    void aDatabaseMadeToAnEarlierMigrationIsRefusedNamingTheOneItMatches() {
        madeByHand("CREATE TABLE users (id integer PRIMARY KEY NOT NULL, name text, email text)");
        BaselineException e = assertThrows(BaselineException.class, () -> new Baseliner(engineLog).baseline(folder, db, drizzle, new BaselineOptions("0002", false)));
        assertEquals("The schema of local SQLite file " + dir.resolve("legacy.sqlite").toAbsolutePath() + " differs from drizzle/meta/0002_snapshot.json"
                + " (the schema after 0002_posts):\n    - table missing: \"posts\"\n"
                + "The database has the schema of drizzle/meta/0001_snapshot.json (after 0001_email): if that is the migration it was made to, run"
                + " mvn db:baseline -Ddb.baseline=0001_email -Dlocal. Otherwise make the database match, or pass -Ddb.force to record the migrations"
                + " as applied anyway. Nothing was recorded.", e.getMessage());
        assertFalse(HistoryTable.exists(db, "__drizzle_migrations"));
    }

    /**
     * A data migration (a custom seed or backfill) after the migration whose schema the database has: its snapshot repeats that
     * schema, so the refusal named the data migration, recording it as applied without running it, while db:apply's refusal on
     * the same database names the migration that made the schema and runs the data migration. It names that migration, and says
     * which tag to give if the data migration ran there.
     */
    @Test
    void aDataMigrationAfterTheMatchingSchemaIsNotRecordedBySuggestion() throws Exception {
        new Generator().generate(new SchemaDef(List.of(table("users", "name", "email"), table("posts", "title")), List.of()), folder,
                GenerateOptions.batch().withName("backfill").withCustom(true));
        java.nio.file.Path backfill = folder.sqlFile("0003_backfill");
        java.nio.file.Files.writeString(backfill, java.nio.file.Files.readString(backfill) + "\nUPDATE users SET email = name WHERE email IS NULL;\n");
        madeByHand("CREATE TABLE users (id integer PRIMARY KEY NOT NULL, name text, email text)", "CREATE TABLE posts (id integer PRIMARY KEY NOT NULL, title text)");
        BaselineException e = assertThrows(BaselineException.class, () -> new Baseliner(engineLog).baseline(folder, db, drizzle, new BaselineOptions("0001", false)));
        assertTrue(e.getMessage().contains("The database has the schema of drizzle/meta/0002_snapshot.json (after 0002_posts): if that is the migration it"
                + " was made to, run mvn db:baseline -Ddb.baseline=0002_posts -Dlocal (0003_backfill after it changes no schema, so the database cannot"
                + " show whether it ran: db:apply then runs it; if it ran there already, give -Ddb.baseline=0003_backfill instead)."), e.getMessage());
    }

    @Test
    void forceRecordsADifferingDatabaseWithAWarning() {
        madeByHand("CREATE TABLE users (id integer PRIMARY KEY NOT NULL, name text)");
        HistoryTable wrangler = HistoryTable.forName(HistoryTable.WRANGLER_DEFAULT);
        assertEquals(List.of("0000_init", "0001_email"), new Baseliner(engineLog).baseline(folder, db, wrangler, new BaselineOptions("0001_email", true)));
        assertEquals(List.of(Map.of("name", "0000_init.sql"), Map.of("name", "0001_email.sql")), db.query("SELECT name FROM d1_migrations ORDER BY id"));
        assertTrue(log.get(0).startsWith("WARN The schema of local SQLite file"), log.toString());
        assertTrue(log.get(0).endsWith("column missing: \"users\".\"email\"\nRecording the migrations as applied anyway because of -Ddb.force."), log.toString());
    }

    @Test
    void refusesADatabaseThatAlreadyHasAHistory() {
        new Migrator(db, drizzle, EngineLog.SILENT).apply(folder.migrations().subList(0, 1), ApplyOptions.defaults());
        BaselineException e = assertThrows(BaselineException.class, () -> new Baseliner(engineLog).baseline(folder, db, drizzle, new BaselineOptions("0001", false)));
        // a history of the folder's first migrations is continued: what stands in the way is the schema, said with the way on
        assertEquals("The schema of local SQLite file " + dir.resolve("legacy.sqlite").toAbsolutePath() + " differs from drizzle/meta/0001_snapshot.json"
                + " (the schema after 0001_email):\n    - column missing: \"users\".\"email\"\nThe database has the schema of drizzle/meta/0000_snapshot.json"
                + " (after 0000_init), where its history says it is: apply the pending migrations with mvn db:apply -Dlocal. Nothing was recorded.",
                e.getMessage());
    }

    /**
     * A trial: db:apply failed on "table t3 already exists" (made by hand, other columns) and named db:baseline, which refused
     * with "no migrator has run on yet ... apply the rest with db:apply", back to the failing command. It now lists what differs.
     */
    @Test
    void aContinuedHistoryWhoseSchemaDiffersIsToldWhatDiffers() {
        new Migrator(db, drizzle, EngineLog.SILENT).apply(folder.migrations().subList(0, 1), ApplyOptions.defaults());
        db.runAtomically(List.of("ALTER TABLE users ADD email_address text"), false);
        BaselineException e = assertThrows(BaselineException.class, () -> new Baseliner(engineLog).baseline(folder, db, drizzle, new BaselineOptions("0001", false)));
        assertTrue(e.getMessage().contains("differs from drizzle/meta/0001_snapshot.json (the schema after 0001_email):\n    - ")
                && e.getMessage().contains("\"users\".\"email\"") && e.getMessage().contains("\"users\".\"email_address\"")
                && e.getMessage().endsWith("Make the database match (no migration's snapshot matches it), or pass -Ddb.force to record the migrations as"
                + " applied anyway. Nothing was recorded."), e.getMessage());
        assertEquals(1, db.query("SELECT * FROM __drizzle_migrations").size());
    }

    /**
     * A development database db:push moved part of the way to the latest migration: db:apply fails on what it has already and
     * names db:baseline, which refused with "Make the database match" alone. For the latest migration it names db:push, which
     * brings the database to the schema code, then the baseline again.
     */
    @Test
    void aDatabasePushedPartOfTheWayToTheLatestMigrationIsToldToPushTheRest() {
        new Migrator(db, drizzle, EngineLog.SILENT).apply(folder.migrations().subList(0, 2), ApplyOptions.defaults());
        db.runAtomically(List.of("CREATE TABLE posts (id integer PRIMARY KEY NOT NULL)"), false);   // pushed before "title" was added
        BaselineException e = assertThrows(BaselineException.class, () -> new Baseliner(engineLog).baseline(folder, db, drizzle, new BaselineOptions("posts", false)));
        assertTrue(e.getMessage().contains("Make the database match (no migration's snapshot matches it): a development database db:push moved"
                + " part of the way (db:apply then failed on what it had already) gets the rest with mvn db:push -Dlocal, which brings it to the"
                + " schema code, 0002_posts's when nothing changed since db:generate wrote it; then run this db:baseline again; or pass -Ddb.force"), e.getMessage());
        assertEquals(2, db.query("SELECT * FROM __drizzle_migrations").size());
    }

    /**
     * db:baseline run again (or on a database db:apply brought up to the tag) said "apply the rest with mvn db:apply -Dlocal",
     * though nothing up to the tag was left to apply. It now says the tag is recorded already, and names db:apply only for
     * later pending migrations.
     */
    @Test
    void aTagRecordedAlreadyIsRefusedSayingSoNotSendingToApply() {
        Migrator migrator = new Migrator(db, drizzle, EngineLog.SILENT);
        migrator.apply(folder.migrations().subList(0, 2), ApplyOptions.defaults());
        BaselineException e = assertThrows(BaselineException.class, () -> new Baseliner(engineLog).baseline(folder, db, drizzle, new BaselineOptions("0001", false)));
        assertEquals("local SQLite file " + dir.resolve("legacy.sqlite").toAbsolutePath() + " already records 0001_email and every migration before it"
                + " in __drizzle_migrations: there is nothing for db:baseline to record. See mvn db:status -Dlocal; apply the 1 later pending"
                + " migration(s) with mvn db:apply -Dlocal. Nothing was recorded.", e.getMessage());
        migrator.apply(folder.migrations(), ApplyOptions.defaults());
        e = assertThrows(BaselineException.class, () -> new Baseliner(engineLog).baseline(folder, db, drizzle, new BaselineOptions("0002", false)));
        assertEquals("local SQLite file " + dir.resolve("legacy.sqlite").toAbsolutePath() + " already records 0002_posts and every migration before it"
                + " in __drizzle_migrations: there is nothing for db:baseline to record. See mvn db:status -Dlocal. Nothing was recorded.", e.getMessage());
        assertEquals(3, db.query("SELECT * FROM __drizzle_migrations").size());
    }

    /**
     * The history came from another folder (drizzle-orm's rows of an older folder, none of them this folder's): "apply the rest
     * with db:apply" was wrong, since db:apply refuses rows the folder lacks. The refusal now says what does it: db:repair.
     */
    @Test
    void aHistoryFromAnotherFolderIsRefusedWithTheWayOn() {
        madeByHand("CREATE TABLE users (id integer PRIMARY KEY NOT NULL, name text)",
                "CREATE TABLE __drizzle_migrations (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)",
                "INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('9f2c0a', 1650000000000)");
        BaselineException e = assertThrows(BaselineException.class, () -> new Baseliner(engineLog).baseline(folder, db, drizzle, new BaselineOptions("0000", false)));
        assertEquals("local SQLite file " + dir.resolve("legacy.sqlite").toAbsolutePath() + " already records 1 migration(s) in __drizzle_migrations,"
                + " none of them a migration of drizzle (created_at 1650000000000 (hash 9f2c0a)): they come from another migrations folder."
                + " Run mvn db:repair -Dlocal: it removes those rows and records as applied the migrations whose schema the database already has,"
                + " as db:baseline does. Nothing was recorded.", e.getMessage());
        // the advice holds: db:repair leaves the history recording 0000_init, and db:apply continues with the rest
        var repaired = new dev.godwit.engine.repair.Repairer(engineLog).repair(folder, db, drizzle, new dev.godwit.engine.repair.RepairOptions(true, null));
        assertEquals(List.of("0000_init"), repaired.recorded());
        assertEquals(List.of("0001_email", "0002_posts"), new Migrator(db, drizzle, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults()).applied());
    }

    @Test
    void needsTheTag() {
        GodwitException e = assertThrows(GodwitException.class, () -> new Baseliner(engineLog).baseline(folder, db, drizzle, new BaselineOptions(null, false)));
        assertEquals(GodwitException.Kind.BROKEN, e.kind());
        assertEquals("db:baseline needs -Ddb.baseline=TAG: the last migration whose changes local SQLite file " + dir.resolve("legacy.sqlite").toAbsolutePath()
                + " already has. The migrations are: 0000_init, 0001_email, 0002_posts", e.getMessage());
    }

    /**
     * A long history without -Ddb.baseline: the message names the latest ten and says db:status lists the rest. It said "mvn
     * db:status", which as pasted reads the configured database (D1 without -Dlocal) rather than the one the baseline was for.
     */
    @Test
    void needsTheTagAndItsStatusCommandReadsThisDatabase() {
        MigrationsFolder many = MigrationsFolder.at(dir.resolve("many"));
        List<TableDef> tables = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            tables.add(TestTables.table("t" + i, "name"));
            new Generator().generate(new SchemaDef(List.copyOf(tables), List.of()), many, GenerateOptions.batch().withName("t" + i));
        }
        GodwitException e = assertThrows(GodwitException.class, () -> new Baseliner(engineLog).withCommandArgs(" -Ddb.local.path=legacy.sqlite")
                .baseline(many, db, drizzle, new BaselineOptions(null, false)));
        assertTrue(e.getMessage().endsWith("The migrations are: 2 earlier (mvn db:status -Dlocal -Ddb.local.path=legacy.sqlite lists them all),"
                + " then 0002_t2, 0003_t3, 0004_t4, 0005_t5, 0006_t6, 0007_t7, 0008_t8, 0009_t9, 0010_t10, 0011_t11"), e.getMessage());
    }

    /**
     * db:push on a migrated dev database, then db:generate writes what was pushed as a migration: db:apply on that database fails
     * (the column is there already), and db:baseline used to refuse any database with a history. Now, when the history records
     * the folder's first migrations in order and the schema is the tag's, it records the rest up to the tag; db:apply goes on.
     */
    @Test
    void afterAPushOnAMigratedDatabaseTheGeneratedMigrationIsRecordedNotRunAgain() {
        Migrator migrator = new Migrator(db, drizzle, EngineLog.SILENT);
        migrator.apply(folder.migrations().subList(0, 1), ApplyOptions.defaults());
        new dev.godwit.engine.push.Pusher(db, engineLog, java.util.Set.of(drizzle.name()))
                .push(new SchemaDef(List.of(table("users", "name", "email")), List.of()), false, null);
        assertEquals("INFO db:push records nothing in __drizzle_migrations: once mvn db:generate writes these changes as a migration, db:apply"
                + " on local SQLite file " + dir.resolve("legacy.sqlite").toAbsolutePath() + " refuses to run it again (its changes are there already). Record it as applied"
                + " there instead: mvn db:baseline -Dlocal -Ddb.baseline=<its tag>.", log.get(log.size() - 1));
        dev.godwit.engine.migrate.MigrationException failed = assertThrows(dev.godwit.engine.migrate.MigrationException.class,
                () -> migrator.apply(folder.migrations(), ApplyOptions.defaults()));
        assertEquals("local SQLite file " + dir.resolve("legacy.sqlite").toAbsolutePath() + " already has the schema the pending migration 0001_email"
                + " makes (drizzle/meta/0001_snapshot.json), though its history records it as never applied: db:push brought it there, or it was"
                + " changed by hand. Applying would run those changes a second time: where they add a column the statement fails, but where they"
                + " rebuild a table the columns already there are filled from the migration's defaults, overwriting the values they hold. If the"
                + " database holds what that migration makes, record it as applied with mvn db:baseline -Dlocal -Ddb.baseline=0001_email and run"
                + " mvn db:apply -Dlocal again for any after it. Nothing was applied.", failed.getMessage());
        assertEquals(1, db.query("SELECT * FROM __drizzle_migrations").size());   // nothing applied, not even 0002_posts
        log.clear();
        List<String> tags = new Baseliner(engineLog).baseline(folder, db, drizzle, new BaselineOptions("0001", false));
        assertEquals(List.of("0001_email"), tags);
        assertEquals("INFO Recorded 1 migration(s) as applied on local SQLite file " + dir.resolve("legacy.sqlite").toAbsolutePath()
                + " in __drizzle_migrations (baseline 0001_email, its schema matches drizzle/meta/0001_snapshot.json; 0000_init was"
                + " recorded already): 0001_email", log.get(0));
        assertEquals(2, db.query("SELECT * FROM __drizzle_migrations").size());
        assertEquals(List.of("0002_posts"), migrator.apply(folder.migrations(), ApplyOptions.defaults()).applied());
    }

    /**
     * db:push -Dlocal -Ddb.local.path=dev.sqlite printed "mvn db:baseline -Dlocal -Ddb.baseline=<its tag>": run as printed, it
     * worked on the default local file, not the dev database the push changed. The command now carries what picked the database.
     */
    @Test
    void aPushOnADatabasePickedOnTheCommandLineNamesItInTheBaselineCommand() {
        new Migrator(db, drizzle, EngineLog.SILENT).apply(folder.migrations().subList(0, 1), ApplyOptions.defaults());
        new dev.godwit.engine.push.Pusher(db, engineLog, java.util.Set.of(drizzle.name())).withCommandArgs(" -Ddb.local.path=.godwit/dev.sqlite")
                .push(new SchemaDef(List.of(table("users", "name", "email")), List.of()), false, null);
        assertEquals("INFO db:push records nothing in __drizzle_migrations: once mvn db:generate writes these changes as a migration, db:apply"
                + " on local SQLite file " + dir.resolve("legacy.sqlite").toAbsolutePath() + " refuses to run it again (its changes are there already). Record it as applied"
                + " there instead: mvn db:baseline -Dlocal -Ddb.local.path=.godwit/dev.sqlite -Ddb.baseline=<its tag>.", log.get(log.size() - 1));
        assertEquals(List.of("id", "name", "email"), db.query("SELECT name FROM pragma_table_info('users')").stream().map(r -> r.get("name")).toList());
    }

    /**
     * drizzle-orm's migrator can leave a migration's row twice (two migrate() runs at once). db:baseline refused such a history
     * with "db:baseline is for a database no migrator has run on yet ... apply the rest with mvn db:apply", which neither named
     * the copy nor worked (db:apply would run 0001_email on a database that has its column). It now names the migration, its
     * created_at and hash, and the commands; the test runs them.
     */
    @Test
    void aRowRecordedTwiceIsNamedWithTheRepairThatLetsTheBaselineGoOn() {
        Migrator migrator = new Migrator(db, drizzle, EngineLog.SILENT);
        migrator.apply(folder.migrations().subList(0, 1), ApplyOptions.defaults());
        madeByHand("INSERT INTO __drizzle_migrations (hash, created_at) SELECT hash, created_at FROM __drizzle_migrations",
                "ALTER TABLE users ADD email text");   // what db:push did: 0001_email's change, unrecorded
        Migration init = folder.migrations().get(0);
        BaselineException e = assertThrows(BaselineException.class, () -> new Baseliner(engineLog).baseline(folder, db, drizzle, new BaselineOptions("0001", false)));
        assertEquals("local SQLite file " + dir.resolve("legacy.sqlite").toAbsolutePath() + " records 0000_init twice in __drizzle_migrations:"
                + " two rows with created_at " + init.when() + " and hash " + init.hash() + " (drizzle-orm's migrator run twice at once, or a"
                + " restore merged in). Remove the copy with mvn db:repair -Dlocal (it keeps one row; in batch mode add -Ddb.force), then run"
                + " mvn db:baseline -Ddb.baseline=0001_email -Dlocal again. Nothing was recorded.", e.getMessage());
        assertEquals(2, db.query("SELECT * FROM __drizzle_migrations").size());

        var repaired = new dev.godwit.engine.repair.Repairer(engineLog).repair(folder, db, drizzle, new dev.godwit.engine.repair.RepairOptions(true, null));
        assertEquals(List.of(), repaired.recorded());
        assertEquals(List.of(Map.of("hash", init.hash(), "created_at", init.when())), db.query("SELECT hash, created_at FROM __drizzle_migrations"));
        assertEquals(List.of("0001_email"), new Baseliner(engineLog).baseline(folder, db, drizzle, new BaselineOptions("0001", false)));
        assertEquals(List.of("0002_posts"), migrator.apply(folder.migrations(), ApplyOptions.defaults()).applied());
        assertEquals(3, db.query("SELECT * FROM __drizzle_migrations").size());
    }

    /**
     * The history records the folder's first migration and a row of another branch's migration (not in this folder); the database
     * has 0001_email's schema (pushed). The refusal said "apply the rest with mvn db:apply", which refuses such a history ("records
     * migration(s) the folder does not have"). It now names the row and the way on, db:repair, and the test follows it.
     */
    @Test
    void aRowFromAnotherBranchIsNamedWithTheRepairThatRecordsTheRest() {
        Migrator migrator = new Migrator(db, drizzle, EngineLog.SILENT);
        migrator.apply(folder.migrations().subList(0, 1), ApplyOptions.defaults());
        long foreignWhen = folder.migrations().get(2).when() + 60_000;
        madeByHand("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('9f2c0a9f2c0a9f2c0a', " + foreignWhen + ")",
                "ALTER TABLE users ADD email text");
        BaselineException e = assertThrows(BaselineException.class, () -> new Baseliner(engineLog).baseline(folder, db, drizzle, new BaselineOptions("0001", false)));
        assertEquals("local SQLite file " + dir.resolve("legacy.sqlite").toAbsolutePath() + " already records 2 migration(s) in __drizzle_migrations,"
                + " among them 1 this folder does not have: created_at " + foreignWhen + " (hash 9f2c0a9f2c0a) (applied from another branch, or"
                + " dropped after it ran). db:apply refuses to go on over such rows. If that branch's migrations are to stay, merge it; if they"
                + " were abandoned, run mvn db:repair -Dlocal: it removes those rows and records as applied the migrations whose schema the"
                + " database already has, as db:baseline does. Nothing was recorded.", e.getMessage());
        assertEquals(2, db.query("SELECT * FROM __drizzle_migrations").size());

        var repaired = new dev.godwit.engine.repair.Repairer(engineLog).repair(folder, db, drizzle, new dev.godwit.engine.repair.RepairOptions(true, null));
        assertEquals(List.of("0001_email"), repaired.recorded());
        assertEquals(List.of("0002_posts"), migrator.apply(folder.migrations(), ApplyOptions.defaults()).applied());
        assertEquals(3, db.query("SELECT * FROM __drizzle_migrations").size());
    }
}
