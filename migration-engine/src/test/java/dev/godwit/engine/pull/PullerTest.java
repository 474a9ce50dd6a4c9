package dev.godwit.engine.pull;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.godwit.schema.model.SchemaDef;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PullerTest {

    @TempDir
    Path dir;

    final HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);

    private SqliteDatabase existing() {
        SqliteDatabase db = SqliteDatabase.open(dir.resolve("app.sqlite"));
        db.runAtomically(List.of(
                "CREATE TABLE teams (id integer PRIMARY KEY, name text NOT NULL)",
                "CREATE TABLE players (id integer PRIMARY KEY, team_id integer NOT NULL REFERENCES teams(id) ON DELETE CASCADE, created_at integer)",
                "INSERT INTO teams VALUES (1, 'red')"), false);
        return db;
    }

    /** A column without a type (SQLite allows it; a schema cannot declare it): refused, nothing written, nothing recorded. */
    @Test
    void aDatabaseTheSchemaCannotDeclareIsRefusedBeforeAnythingIsWritten() {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        Path src = dir.resolve("src/main/java");
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
            db.runAtomically(List.of("CREATE TABLE orgs (id integer PRIMARY KEY, misc)"), false);
            PullException e = org.junit.jupiter.api.Assertions.assertThrows(PullException.class,
                    () -> new Puller(db, history, EngineLog.SILENT).pull(src, "com.acme.schema", folder, false));
            assertTrue(e.getMessage().contains("column \"orgs\".\"misc\"") || e.getMessage().contains("misc"), e.getMessage());
            assertTrue(e.getMessage().contains("the column has no type"), e.getMessage());
            assertTrue(e.getMessage().contains("Nothing was written."), e.getMessage());
            assertTrue(!Files.exists(src) && !Files.exists(folder.dir()));
            assertEquals(List.of(), db.query("SELECT name FROM sqlite_master WHERE name = '__drizzle_migrations'"));
        }
    }

    /**
     * A foreign key to a table or column the database does not have (SQLite keeps it while foreign keys are off): the refusal
     * said "Change it in the database first (a column without a type: rebuild the table declaring one; ...)", which was not the
     * problem. Now each such key is named with what is missing, what SQLite does with it, and what to do; nothing is written.
     */
    @Test
    void aForeignKeyToAMissingTableOrColumnIsRefusedSayingWhatIsMissing() {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        Path src = dir.resolve("src/main/java");
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
            db.runAtomically(List.of("CREATE TABLE posts (id integer PRIMARY KEY, uid integer REFERENCES users(id))",
                    "CREATE TABLE teams (id integer PRIMARY KEY)",
                    "CREATE TABLE players (id integer PRIMARY KEY, team_id integer REFERENCES teams(team_no))"), false);
            PullException e = assertThrows(PullException.class,
                    () -> new Puller(db, history, EngineLog.SILENT).pull(src, "com.acme.schema", folder, false));
            assertEquals(db.describe() + " has what a Godwit schema cannot declare:\n"
                    + "  - column \"posts\".\"uid\": foreign key \"posts_uid_users_id_fk\" references table \"users\", which the database does not"
                    + " have; with foreign keys on (always on D1) every insert into \"posts\" fails (\"no such table: main.users\")."
                    + " Create table \"users\" in the database, or rebuild \"posts\" without the reference\n"
                    + "  - column \"players\".\"team_id\": foreign key \"players_team_id_teams_team_no_fk\" references column \"teams\".\"team_no\","
                    + " which table \"teams\" does not have; with foreign keys on (always on D1) every write to \"players\" fails"
                    + " (\"foreign key mismatch\"). Rebuild \"players\" to reference a key of \"teams\" (its primary key), or add \"team_no\" to"
                    + " \"teams\" with a unique index\n"
                    + "Nothing was written. Change the database first, then pull again.", e.getMessage());
            assertTrue(!Files.exists(src) && !Files.exists(folder.dir()));
            assertEquals(List.of(), db.query("SELECT name FROM sqlite_master WHERE name = '__drizzle_migrations'"));
        }
    }

    /**
     * A foreign key that names no columns (REFERENCES logs) to a table without a primary key, or whose primary key has another
     * number of columns, is as broken as one to a column the table lacks ("foreign key mismatch" on every write with foreign keys
     * on), but the pull wrote the schema without it, with only a warning, and its baseline made the table without the key on every
     * new database (red-team h10). Refused now, as the other broken keys are; nothing written.
     */
    @Test
    void aForeignKeyWithoutColumnsWhoseTargetHasNoMatchingPrimaryKeyIsRefused() {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        Path src = dir.resolve("src/main/java");
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
            db.runAtomically(List.of("CREATE TABLE logs (msg text)", "CREATE TABLE pairs (a integer, b integer, PRIMARY KEY (a, b))",
                    "CREATE TABLE events (id integer PRIMARY KEY, log_id integer REFERENCES logs, pair_a integer REFERENCES pairs)"), false);
            PullException e = assertThrows(PullException.class,
                    () -> new Puller(db, history, EngineLog.SILENT).pull(src, "com.acme.schema", folder, false));
            assertEquals(db.describe() + " has what a Godwit schema cannot declare:\n"
                    + "  - column \"events\".\"log_id\": its foreign key references \"logs\" without naming columns, which means its primary key,"
                    + " and \"logs\" has none; with foreign keys on (always on D1) every write to \"events\" fails (\"foreign key mismatch\")."
                    + " Rebuild \"events\" to reference a unique column of \"logs\" by name (REFERENCES \"logs\"(column)), or give \"logs\" a primary key\n"
                    + "  - column \"events\".\"pair_a\": its foreign key references \"pairs\" without naming columns, which means its primary key,"
                    + " and that has 2 columns (a, b), the key 1; with foreign keys on (always on D1) every write to \"events\" fails (\"foreign key"
                    + " mismatch\"). Rebuild \"events\" to reference a unique column of \"pairs\" by name (REFERENCES \"pairs\"(column)), or give"
                    + " \"pairs\" a primary key of as many columns as the foreign key\n"
                    + "Nothing was written. Change the database first, then pull again.", e.getMessage());
            assertTrue(!Files.exists(src) && !Files.exists(folder.dir()));
            assertEquals(List.of(), db.query("SELECT name FROM sqlite_master WHERE name = '__drizzle_migrations'"));
        }
    }

    /**
     * A foreign key to a table the database has but -Ddb.tablesFilter leaves out was refused as one to a table "which the database
     * does not have", with "Create table ... in the database, or rebuild ... without the reference": the table is there, and the
     * way on is the filter. Named so; nothing written.
     */
    @Test
    void aForeignKeyToATableTheFilterLeavesOutNamesTheFilter() {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        Path src = dir.resolve("src/main/java");
        try (SqliteDatabase db = existing()) {
            PullException e = assertThrows(PullException.class, () -> new Puller(db, history, EngineLog.SILENT)
                    .withTablesFilter(dev.godwit.engine.introspect.TablesFilter.parse("!teams")).pull(src, "com.acme.schema", folder, false));
            assertEquals(db.describe() + " has what a Godwit schema cannot declare:\n"
                    + "  - column \"players\".\"team_id\": foreign key \"players_team_id_teams_id_fk\" references table \"teams\", which"
                    + " -Ddb.tablesFilter=!teams leaves out of the schema code (the database has it): a table of the schema cannot reference a"
                    + " table outside it. Add a pattern that keeps \"teams\" to the filter, so that it is pulled too\n"
                    + "Nothing was written. Change the database first (or -Ddb.tablesFilter, for a table it leaves out), then pull again.",
                    e.getMessage());
            assertTrue(!Files.exists(src) && !Files.exists(folder.dir()));
        }
    }

    /**
     * Round 47: another migration tool's history (Prisma's) was pulled as a table of the schema without a word; a class of it
     * deleted later makes db:generate drop it. Pulled still (the pull cannot know the tool is gone), and named with the filter.
     */
    @Test
    void anotherMigrationToolsHistoryIsNamedWithTheFilterThatLeavesItOut() throws Exception {
        List<String> warned = new java.util.ArrayList<>();
        try (SqliteDatabase db = existing()) {
            db.runAtomically(List.of("CREATE TABLE _prisma_migrations (id text PRIMARY KEY NOT NULL, checksum text NOT NULL, migration_name text NOT NULL)"), false);
            new Puller(db, history, new EngineLog() {
                public void info(String m) { }
                public void warn(String m) { warned.add(m); }
            }).pull(dir.resolve("src/main/java"), "com.acme.schema", MigrationsFolder.at(dir.resolve("drizzle")), false);
        }
        assertTrue(warned.contains("table \"_prisma_migrations\" is named as Prisma Migrate's own table (its migration history or metadata) and was"
                + " pulled as a table of the schema. If Prisma Migrate still uses this database, leave it out: '-Ddb.tablesFilter=!_prisma_migrations'"
                + " (and the same <tablesFilter> in the POM), then pull again; a class of it deleted later makes db:generate write a DROP TABLE for it."),
                warned.toString());
        assertTrue(warned.stream().noneMatch(w -> w.contains("\"teams\"") || w.contains("\"players\"")), warned.toString());
    }

    /**
     * Round 47: the tables a virtual table of a module this SQLite lacks keeps its data in (sqlite-vec's vec0) are not listed as
     * shadow tables, so they were pulled as the application's, or refused with "rebuild the table declaring a type", which would
     * break the extension. Named as the module's probable own with the filter that leaves them out; an FTS5 table's (its module
     * loaded) and a table merely named alike beside it are not.
     */
    @Test
    void tablesOfAVirtualTableWhoseModuleIsMissingAreNamed() throws Exception {
        Path file = dir.resolve("vec.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.runAtomically(List.of("CREATE TABLE vec_items_info (key text PRIMARY KEY, value blob)",
                    "CREATE TABLE vec_items_chunks (chunk_id integer PRIMARY KEY, size integer)",
                    "CREATE VIRTUAL TABLE docs USING fts5(body)", "CREATE TABLE docs_meta (id integer PRIMARY KEY, title text)"), false);
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); java.sql.Statement st = c.createStatement()) {
            st.execute("PRAGMA writable_schema = ON");
            st.execute("INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES ('table', 'vec_items', 'vec_items', 0,"
                    + " 'CREATE VIRTUAL TABLE vec_items USING vec0(embedding float[4])')");
        }
        List<String> warned = new java.util.ArrayList<>();
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            new Puller(db, history, new EngineLog() {
                public void info(String m) { }
                public void warn(String m) { warned.add(m); }
            }).pull(dir.resolve("src/main/java"), "com.acme.schema", MigrationsFolder.at(dir.resolve("drizzle")), false);
        }
        assertTrue(warned.contains("tables \"vec_items_info\", \"vec_items_chunks\" are named as the tables virtual table \"vec_items\" keeps its"
                + " data in, whose module this SQLite has not loaded (so it cannot say which are), and were pulled as tables of the schema. If they are"
                + " the module's own, leave them out: '-Ddb.tablesFilter=!vec_items_*' (and the same <tablesFilter> in the POM), then pull again: the"
                + " baseline would create them as plain tables on a new database, where the virtual table's CREATE VIRTUAL TABLE then fails on them"
                + " or finds them not as it made them."), warned.toString());
        assertTrue(warned.stream().noneMatch(w -> w.contains("docs_meta")), warned.toString());
    }

    /** -Ddb.tablesFilter=!legacy_*: another system's table is not pulled into the schema code (it was, with a class of its own). */
    @Test
    void pullsOnlyTheTablesTheFilterKeeps() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        Path src = dir.resolve("src/main/java");
        try (SqliteDatabase db = existing()) {
            db.runAtomically(List.of("CREATE TABLE legacy_kv (k text PRIMARY KEY, v text)", "INSERT INTO legacy_kv VALUES ('a', 'b')"), false);
            PullResult r = new Puller(db, history, EngineLog.SILENT).withTablesFilter(dev.godwit.engine.introspect.TablesFilter.parse("*,!legacy_*"))
                    .pull(src, "com.acme.schema", folder, false);
            assertEquals(2, r.tables());
            assertFalse(Files.exists(src.resolve("com/acme/schema/LegacyKv.java")));
            assertFalse(Files.readString(folder.sqlFile("0000_pulled")).contains("legacy_kv"));
        }
    }

    /**
     * drizzle-orm's history under a name of the project's was pulled as a table of the schema (class MyMigrations), and the
     * baseline recorded in __drizzle_migrations beside it: left out, said, and refused as another tool's history of a default name is.
     */
    @Test
    void drizzleOrmsHistoryUnderAnotherNameIsNotPulled() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        Path src = dir.resolve("src/main/java");
        List<String> warned = new java.util.ArrayList<>();
        try (SqliteDatabase db = existing()) {
            db.runAtomically(List.of(HistoryTable.forName("my_migrations").createSql(),
                    "INSERT INTO my_migrations (hash, created_at) VALUES ('" + "ab".repeat(32) + "', 1)"), false);
            PullException e = assertThrows(PullException.class, () -> new Puller(db, history, new EngineLog() {
                public void info(String m) { }
                public void warn(String m) { warned.add(m); }
            }).pull(src, "com.acme.schema", folder, false));
            assertTrue(e.getMessage().contains("has my_migrations, drizzle-orm's history under a name of the project's") && e.getMessage()
                    .contains("-Ddb.migrationsTable=my_migrations, then mvn db:pull -Dlocal again. Nothing was written."), e.getMessage());
            assertTrue(db.query("SELECT 1 FROM sqlite_master WHERE name = '__drizzle_migrations'").isEmpty(), "no second history");
            assertFalse(Files.exists(src.resolve("com/acme/schema/MyMigrations.java")));
            assertTrue(warned.stream().anyMatch(w -> w.startsWith("Not pulling table my_migrations: it holds drizzle-orm's migration history")
                    && w.endsWith("-Ddb.migrationsTable=my_migrations.")), warned.toString());
        }
    }

    @Test
    void writesOneClassPerTableAndABaselineRecordedAsApplied() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        Path src = dir.resolve("src/main/java");
        try (SqliteDatabase db = existing()) {
            PullResult r = new Puller(db, history, EngineLog.SILENT).pull(src, "com.acme.schema", folder, false);
            assertEquals(2, r.tables());
            assertEquals("0000_pulled", r.baselineTag());
            assertTrue(Files.exists(src.resolve("com/acme/schema/Teams.java")));
            assertTrue(Files.readString(src.resolve("com/acme/schema/Players.java")).contains("createdAt"));
            assertTrue(Files.readString(folder.sqlFile("0000_pulled")).contains("CREATE TABLE `players`"));

            // The baseline is applied already: apply has nothing to do and the rows stay.
            List<String> log = new java.util.ArrayList<>();
            EngineLog collect = new EngineLog() {
                public void info(String m) { log.add(m); }
                public void warn(String m) { log.add(m); }
            };
            assertEquals(List.of(), new Migrator(db, history, collect).apply(folder.migrations(), ApplyOptions.defaults()).applied());
            assertTrue(log.get(0).startsWith("Nothing to apply"), log.toString());
            assertEquals(1L, db.query("SELECT count(*) AS n FROM teams").get(0).get("n"));
        }
    }

    @Test
    void neverOverwritesWithoutOverwriteAndWritesNothingThen() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        Path src = dir.resolve("src/main/java");
        Path teams = src.resolve("com/acme/schema/Teams.java");
        Files.createDirectories(teams.getParent());
        Files.writeString(teams, "// mine");
        try (SqliteDatabase db = existing()) {
            PullException e = assertThrows(PullException.class, () -> new Puller(db, history, EngineLog.SILENT).pull(src, "com.acme.schema", folder, false));
            assertTrue(e.getMessage().startsWith("db:pull would overwrite 1 existing file(s), and does not without -Ddb.overwrite:\n  - " + teams), e.getMessage());
            assertEquals("// mine", Files.readString(teams));
            assertFalse(Files.exists(src.resolve("com/acme/schema/Players.java")));
            assertFalse(Files.exists(folder.dir()));
            assertFalse(HistoryTable.exists(db, history.name()));

            new Puller(db, history, EngineLog.SILENT).pull(src, "com.acme.schema", folder, true);
            assertTrue(Files.readString(teams).contains("class Teams"));
        }
    }

    @Test
    void refusesAFolderThatHasMigrations() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        try (SqliteDatabase db = existing()) {
            new Puller(db, history, EngineLog.SILENT).pull(dir.resolve("a"), "com.acme.schema", folder, false);
            PullException e = assertThrows(PullException.class, () -> new Puller(db, history, EngineLog.SILENT).pull(dir.resolve("b"), "com.acme.schema", folder, false));
            assertEquals("drizzle already has 1 migration(s), and local SQLite file " + dir.resolve("app.sqlite") + " records 1 in __drizzle_migrations:"
                    + " migrations manage it, and db:pull writes the first (baseline) migration for a database none built. Nothing was written."
                    + " Compare the database with the migrations: mvn db:status -Dlocal, mvn db:verify -Ddb.drift -Dlocal; a change made in the database by hand"
                    + " goes into the schema, then mvn db:generate.", e.getMessage());
            assertFalse(Files.exists(dir.resolve("b")));
            assertEquals(1, history.read(db).size(), "no second baseline recorded");
        }
    }

    /** Migrations that never ran on the database: applied or baselined, not pulled into a second folder beside them. */
    @Test
    void aFolderWithMigrationsTheDatabaseNeverRanSaysHowToBringThemTogether() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new dev.godwit.engine.generate.Generator().generate(new dev.godwit.schema.model.SchemaDef(
                List.of(dev.godwit.engine.testing.TestTables.table("teams", "name")), List.of()), folder,
                dev.godwit.engine.generate.GenerateOptions.batch().withName("init"));
        try (SqliteDatabase db = existing()) {
            PullException e = assertThrows(PullException.class, () -> new Puller(db, history, EngineLog.SILENT).pull(dir.resolve("b"), "com.acme.schema", folder, false));
            assertEquals("drizzle already has 1 migration(s); db:pull writes the first (baseline) migration of a new folder, and local SQLite file "
                    + dir.resolve("app.sqlite") + " records none in __drizzle_migrations. Nothing was written. If these migrations are this"
                    + " database's, apply them (mvn db:apply -Dlocal; db:baseline records those its schema already has); if the database belongs to"
                    + " another project, pull it into that project's own empty folder (-Ddb.out=...).", e.getMessage());
            assertFalse(Files.exists(dir.resolve("b")));
            assertFalse(HistoryTable.exists(db, history.name()));
        }
    }

    @Test
    void aFailureAfterWritingSourcesTakesThemBack() throws Exception {
        Path src = dir.resolve("src/main/java");
        Path teams = src.resolve("com/acme/schema/Teams.java");
        Files.createDirectories(teams.getParent());
        Files.writeString(teams, "// mine");
        Path notAFolder = dir.resolve("drizzle");
        Files.writeString(notAFolder, "a file where the migrations folder should be");
        try (SqliteDatabase db = existing()) {
            assertThrows(RuntimeException.class,
                    () -> new Puller(db, history, EngineLog.SILENT).pull(src, "com.acme.schema", MigrationsFolder.at(notAFolder), true));
            assertEquals("// mine", Files.readString(teams), "an overwritten file gets its content back");
            assertFalse(Files.exists(src.resolve("com/acme/schema/Players.java")));
            assertEquals("a file where the migrations folder should be", Files.readString(notAFolder));
            assertFalse(HistoryTable.exists(db, history.name()));
        }
    }

    /** A source that cannot be written: refused before any is, naming it; the other sources, the folder and the history as they were. */
    @Test
    void aSourceThatCannotBeWrittenIsRefusedBeforeAnyIs() throws Exception {
        Path src = dir.resolve("src/main/java");
        Path teams = src.resolve("com/acme/schema/Teams.java");
        Files.createDirectories(teams);
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        try (SqliteDatabase db = existing()) {
            PullException e = assertThrows(PullException.class, () -> new Puller(db, history, EngineLog.SILENT).pull(src, "com.acme.schema", folder, true));
            assertEquals("cannot write the schema sources under " + src + ": db:pull cannot write src/main/java/com/acme/schema/Teams.java:"
                    + " src/main/java/com/acme/schema/Teams.java is a folder, not a file. Move it aside, then run db:pull again. Nothing was changed"
                    + " in src/main/java/com/acme/schema.", e.getMessage());
            assertFalse(Files.exists(src.resolve("com/acme/schema/Players.java")));
            try (var left = Files.list(teams.getParent())) {
                assertEquals(List.of(teams), left.toList(), "nothing staged left");
            }
            assertFalse(Files.exists(folder.dir()));
            assertFalse(HistoryTable.exists(db, history.name()));
        }
    }

    @Test
    void warnsWhenTheDatabasesHistoryComesFromAnotherFolder() {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        List<String> log = new java.util.ArrayList<>();
        EngineLog collect = new EngineLog() {
            public void info(String m) { log.add("INFO " + m); }
            public void warn(String m) { log.add("WARN " + m); }
        };
        try (SqliteDatabase db = existing()) {
            db.runAtomically(List.of(history.createSql(), "INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('abc', 1)"), false);
            new Puller(db, history, collect).pull(dir.resolve("src"), "com.acme.schema", folder, false);
            assertTrue(log.stream().anyMatch(l -> l.startsWith("WARN local SQLite file ") && l.contains(" already had 1 migration recorded in"
                    + " __drizzle_migrations that drizzle does not hold: its history comes from another migrations folder.")), log.toString());
            // what the warning says to do works: without it, db:apply refuses the next migration on top of the foreign row
            assertTrue(log.stream().anyMatch(l -> l.endsWith("db:apply refuses new migrations on top of them. Unless that other folder still"
                    + " manages this database (then use it instead of pulling), remove them with mvn db:repair -Dlocal.")), log.toString());
            var tables = new java.util.ArrayList<>(folder.readSnapshot(folder.snapshotFile("0000_pulled")).schema().tables());
            tables.add(dev.godwit.engine.testing.TestTables.table("audit", "what"));
            SchemaDef next = new SchemaDef(tables, List.of());
            new dev.godwit.engine.generate.Generator().generate(next, folder, dev.godwit.engine.generate.GenerateOptions.batch().withName("audit"));
            assertThrows(dev.godwit.engine.migrate.MigrationException.class,
                    () -> new Migrator(db, history, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults()));
            new dev.godwit.engine.repair.Repairer(EngineLog.SILENT).repair(folder, db, history, new dev.godwit.engine.repair.RepairOptions(true, null));
            assertEquals(List.of("0001_audit"), new Migrator(db, history, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults()).applied());
        }
        log.clear();
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("fresh.sqlite"))) {
            db.runAtomically(List.of("CREATE TABLE t (id integer PRIMARY KEY)"), false);
            new Puller(db, history, collect).pull(dir.resolve("src2"), "com.acme.other", MigrationsFolder.at(dir.resolve("drizzle2")), false);
            assertTrue(log.stream().noneMatch(l -> l.contains("another migrations folder")), log.toString());
        }
    }

    /**
     * REFERENCES TEAMS(ID) and FOREIGN KEY (TEAM_CODE) REFERENCES teams(code), with the columns declared "id" and "Code": SQLite
     * keeps the target as written and matches it ignoring case, so the keys work, but db:pull refused the database ('references
     * column "teams"."ID", which does not exist'). The target columns are now spelled as declared, as the target table already was.
     */
    @Test
    void aForeignKeySpellingItsTargetColumnInAnotherCaseIsPulled() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        Path src = dir.resolve("src/main/java");
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
            db.runAtomically(List.of("CREATE TABLE teams (id integer PRIMARY KEY, Code text UNIQUE)",
                    "CREATE TABLE players (id integer PRIMARY KEY, team_id integer REFERENCES TEAMS(ID), team_code text,"
                            + " FOREIGN KEY (TEAM_CODE) REFERENCES teams(code))"), false);
            new Puller(db, history, EngineLog.SILENT).pull(src, "com.acme.schema", folder, false);
            String players = Files.readString(src.resolve("com/acme/schema/Players.java"));
            assertTrue(players.contains("    public final Column teamId = integer(\"team_id\").references(() -> Teams.TEAMS.id);\n"
                    + "    public final Column teamCode = text(\"team_code\").references(() -> Teams.TEAMS.code);\n"), players);
            String sql = Files.readString(folder.sqlFile("0000_pulled"));
            assertTrue(sql.contains("\tFOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE no action,\n"
                    + "\tFOREIGN KEY (`team_code`) REFERENCES `teams`(`Code`) ON UPDATE no action ON DELETE no action\n"), sql);
            assertEquals(1, history.read(db).size());
        }
    }

    /**
     * A default or CHECK whose string literal holds drizzle's breakpoint marker: the planner writes it as a concatenation so no
     * migrator splits the statement there, and pull gave that back, defaultSql("('x--' || '> statement-breakpoint')") where the
     * schema said defaultValue("x--> statement-breakpoint") (and a snapshot db:generate finds different). Now such a literal is
     * pulled as declared; the baseline writes the same SQL; a concatenation written by hand stays as it is.
     */
    @Test
    void aLiteralHoldingTheBreakpointMarkerIsPulledAsDeclared() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        Path src = dir.resolve("src/main/java");
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
            db.runAtomically(List.of("CREATE TABLE t (id integer PRIMARY KEY, b text DEFAULT ('x--' || '> statement-breakpoint'),"
                    + " c text DEFAULT ('a--' || 'b'), CONSTRAINT \"no_marker\" CHECK(b <> ('it''s --' || '> statement-breakpoint')))"), false);
            new Puller(db, history, EngineLog.SILENT).pull(src, "com.acme.schema", folder, false);
        }
        String source = Files.readString(src.resolve("com/acme/schema/T.java"));
        assertTrue(source.contains("public final Column b = text(\"b\").defaultValue(\"x--> statement-breakpoint\");"), source);
        assertTrue(source.contains("public final Column c = text(\"c\").defaultSql(\"('a--' || 'b')\");"), source);
        assertTrue(source.contains("check(\"no_marker\", \"b <> 'it''s --> statement-breakpoint'\");"), source);
        var pulled = folder.readSnapshot(folder.snapshotFiles().get(0)).schema().table("t").orElseThrow();
        assertEquals(dev.godwit.schema.model.DefaultValue.string("x--> statement-breakpoint"), pulled.column("b").orElseThrow().defaultValue());
        String baseline = Files.readString(dir.resolve("drizzle/0000_pulled.sql"));
        assertTrue(baseline.contains("`b` text DEFAULT ('x--' || '> statement-breakpoint'),"), baseline);
        assertTrue(baseline.contains("CHECK(b <> ('it''s --' || '> statement-breakpoint'))"), baseline);
    }
}
