package dev.godwit.engine.push;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.diff.AmbiguousRenameException;
import dev.godwit.engine.diff.Change;
import dev.godwit.engine.introspect.Introspector;
import dev.godwit.engine.diff.SchemaDiffer;
import dev.godwit.engine.diff.RenameResolver;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.DefaultValue;
import dev.godwit.schema.model.FkAction;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PusherTest {

    @TempDir
    Path dir;

    final List<String> log = new ArrayList<>();
    final EngineLog engineLog = new EngineLog() {
        @Override
        public void info(String message) {
            log.add(message);
        }

        @Override
        public void warn(String message) {
            log.add("WARN " + message);
        }
    };

    static TableDef teams(ColumnDef... extra) {
        List<ColumnDef> cols = new ArrayList<>(List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("name", "text").withNotNull(true)));
        cols.addAll(List.of(extra));
        return new TableDef("teams", cols, null, List.of(), List.of(), List.of(), null);
    }

    static TableDef players() {
        return new TableDef("players", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("team_id", "integer").withNotNull(true)),
                null, List.of(), List.of(new ForeignKeyDef("players_team_id_teams_id_fk", "players", List.of("team_id"), "teams", List.of("id"),
                FkAction.CASCADE, FkAction.NO_ACTION)), List.of(), null);
    }

    static SchemaDef schema(TableDef... tables) {
        return new SchemaDef(List.of(tables), List.of());
    }

    /**
     * A new UNIQUE over values rows already share failed the push at its CREATE UNIQUE INDEX with SQLite's "UNIQUE constraint
     * failed: players.nick", after the way back (a copy of the file) was taken for nothing, without saying which values. It is now
     * refused before anything, naming them (by the column's collation: 'bob' and 'Bob' are one under NOCASE), whatever -Ddb.force.
     */
    @Test
    void aNewUniqueOverSharedValuesIsRefusedBeforeAnythingNamingThem() {
        java.util.function.Function<Boolean, SchemaDef> nicks = unique -> schema(new TableDef("players", List.of(ColumnDef.of("id", "integer")
                .withPrimaryKey(true), ColumnDef.of("nick", "text collate nocase")), null, unique ? List.of(dev.godwit.schema.model.IndexDef
                .onColumns("players_nick_unique", List.of("nick"), true, null)) : List.of(), List.of(), List.of(), null));
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("plain.sqlite"))) {
            new Pusher(db, engineLog, Set.of()).push(nicks.apply(false), false, null);
            db.runAtomically(List.of("INSERT INTO players (nick) VALUES ('ann'), ('bob'), ('ann'), ('Bob'), ('zed'), (NULL), (NULL)"), false);
            int[] kept = {0};
            PushRefusedException e = assertThrows(PushRefusedException.class,
                    () -> new Pusher(db, engineLog, Set.of()).beforeChanging(() -> kept[0]++).push(nicks.apply(true), true, null));
            assertEquals("db:push refused: rows of " + db.describe() + " break the new unique index \"players_nick_unique\" on"
                    + " \"players\" (nick): these values are held by more than one row: 'ann' in 2 rows; 'bob' in 2 rows. List them all:"
                    + " SELECT `nick`, count(*) AS \"rows\" FROM `players` WHERE (`nick`) IS NOT NULL GROUP BY `nick` HAVING count(*) > 1"
                    + " ORDER BY count(*) DESC, `nick`\nNothing was changed. Make these values unique first (update or delete the rows that"
                    + " share them), or leave the uniqueness out of the schema, then push again.", e.getMessage().replace("'Bob'", "'bob'"));
            assertEquals(0, kept[0], "no way back taken for a push that cannot go in");
            db.runAtomically(List.of("UPDATE players SET nick = nick || id WHERE id IN (3, 4)"), false);
            new Pusher(db, engineLog, Set.of()).push(nicks.apply(true), false, null);
            assertEquals(1, db.query("SELECT 1 FROM sqlite_master WHERE name = 'players_nick_unique'").size());
        }
    }

    /**
     * D1 committed the push and the connection dropped before its answer: db:push said "could not apply the change; the
     * database was left as it was" and "the statements Godwit planned are wrong for this database: please report it", while D1
     * had applied all of it. A lost answer is said as one, with the way on (push again: it compares afresh).
     */
    @Test
    void aPushWhoseAnswerIsLostDoesNotSayTheDatabaseWasLeftAsItWas() {
        try (dev.godwit.engine.d1.D1StandIn standIn = dev.godwit.engine.d1.D1StandIn.start(dir.resolve("d1.sqlite"), "acc", "db1", "token-123456");
             dev.godwit.engine.d1.D1Database d1 = new dev.godwit.engine.d1.D1Database(new dev.godwit.engine.d1.D1Settings("acc", "db1", "token-123456",
                     standIn.endpoint()))) {
            new Pusher(d1, engineLog, Set.of()).push(schema(teams()), true, null);
            standIn.dropAfterCommitWhenBodyContains("ADD `city`", 1);
            PushRefusedException e = assertThrows(PushRefusedException.class,
                    () -> new Pusher(d1, engineLog, Set.of()).push(schema(teams(ColumnDef.of("city", "text"))), true, null));
            assertEquals(1, d1.query("SELECT 1 FROM pragma_table_info('teams') WHERE name = 'city'").size(), "D1 applied it");
            assertTrue(e.getMessage().startsWith("db:push sent the change to Cloudflare D1 database db1, but the answer was lost: it may or may not"
                    + " have been applied"), e.getMessage());
            assertTrue(e.getMessage().contains("Run db:push again"), e.getMessage());
            assertFalse(e.getMessage().contains("left as it was") || e.getMessage().contains("please report"), e.getMessage());
            new Pusher(d1, engineLog, Set.of()).push(schema(teams(ColumnDef.of("city", "text"))), true, null);   // converges: nothing to do
            assertTrue(log.stream().anyMatch(l -> l.startsWith("No changes")), log.toString());
        }
    }

    /**
     * db:push -Dlocal on wrangler's local D1 file created a table whose generated column calls power(), which D1's authorizer
     * refuses ("not authorized to use function: power", wrangler 4.86 --local too), while db:apply refuses the same CREATE in a
     * migration: the push now checks its statements against D1's rules before anything changes.
     */
    @Test
    void aPushToWranglersLocalD1FileRefusesWhatD1Refuses() {
        TableDef shapes = new TableDef("shapes", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("side", "real")), null,
                List.of(), List.of(), List.of(new dev.godwit.schema.model.CheckDef("small", "power(side, 2) < 100")), null);
        try (SqliteDatabase db = SqliteDatabase.openLikeD1(dir.resolve("local-d1.sqlite"))) {
            PushRefusedException e = assertThrows(PushRefusedException.class, () -> new Pusher(db, engineLog, Set.of()).push(schema(shapes), true, null));
            assertTrue(e.getMessage().startsWith("db:push refused: Cloudflare D1 would refuse statement 1 of 1"), e.getMessage());
            assertTrue(e.getMessage().contains("D1 refuses the function power()") && e.getMessage().contains("write pow()"), e.getMessage());
            assertTrue(db.query("SELECT 1 FROM sqlite_master WHERE name = 'shapes'").isEmpty(), "nothing was changed");
        }
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("plain.sqlite"))) {
            new Pusher(db, engineLog, Set.of()).push(schema(shapes), true, null);   // a plain SQLite file runs it
            assertEquals(1, db.query("SELECT 1 FROM sqlite_master WHERE name = 'shapes'").size());
        }
    }

    /** drizzle.config's migrations.table: drizzle-orm's history under another name is left alone, not dropped as a table the code lacks. */
    @Test
    void drizzleOrmsHistoryUnderACustomNameIsNotDropped() {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("custom-history.sqlite"))) {
            db.runAtomically(List.of("CREATE TABLE \"my_migrations\" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)",
                    "INSERT INTO my_migrations (hash, created_at) VALUES ('" + "ab".repeat(32) + "', 1764581220000)"), false);
            PushResult r = new Pusher(db, engineLog, Set.of("__drizzle_migrations")).push(schema(teams()), true, null);
            assertEquals(1, count(db, "my_migrations"), "the history is kept, even with -Ddb.force");
            assertTrue(r.changes().stream().noneMatch(c -> c.describe().contains("my_migrations")), r.changes().toString());
            assertTrue(log.contains("WARN Leaving table my_migrations alone: it holds drizzle-orm's migration history (1 row(s), its migrate()'s"
                    + " migrationsTable or drizzle.config's migrations.table), not a table of the schema. db:apply reads it with"
                    + " -Ddb.migrationsTable=my_migrations."), log.toString());
        }
    }

    /**
     * The advice after a push on a database whose drizzle-orm history Godwit was not told the name of ("db:push records nothing in
     * my_migrations ... Record it as applied there instead: mvn db:baseline -Dlocal -Ddb.baseline=<its tag>") did not name that
     * table: pasted, db:baseline stopped on "The database has no history table __drizzle_migrations ... but it has my_migrations".
     * It carries -Ddb.migrationsTable=my_migrations now, in place of the one the run was given.
     */
    @Test
    void theBaselineAdvisedAfterAPushNamesAHistoryGodwitWasNotToldOf() {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("custom-history-advice.sqlite"))) {
            db.runAtomically(List.of("CREATE TABLE \"my_migrations\" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)",
                    "INSERT INTO my_migrations (hash, created_at) VALUES ('" + "ab".repeat(32) + "', 1764581220000)"), false);
            new Pusher(db, engineLog, Set.of("__drizzle_migrations")).withCommandArgs(" -Ddb.migrationsTable=__drizzle_migrations -Ddb.out=db/m")
                    .push(schema(teams()), true, null);
            assertTrue(log.contains("db:push records nothing in my_migrations: once mvn db:generate writes these changes as a migration, db:apply on "
                    + db.describe() + " refuses to run it again (its changes are there already). Record it as applied there instead: mvn db:baseline"
                    + " -Dlocal -Ddb.out=db/m -Ddb.migrationsTable=my_migrations -Ddb.baseline=<its tag>."), log.toString());
        }
    }

    /**
     * Another system's table in the database (-Ddb.tablesFilter=!legacy_*): db:push -Ddb.force dropped it as a table the schema
     * lacks. Left alone now, its rows and index kept; a table the code declares but the filter leaves out is refused.
     */
    @Test
    void aTableOutsideTheTablesFilterIsLeftAloneEvenWithForce() {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("shared.sqlite"))) {
            db.runAtomically(List.of("CREATE TABLE legacy_kv (k text PRIMARY KEY, v text)", "CREATE INDEX legacy_kv_v ON legacy_kv (v)",
                    "INSERT INTO legacy_kv VALUES ('a', 'b')"), false);
            PushResult r = new Pusher(db, engineLog, Set.of("__drizzle_migrations")).withTablesFilter(dev.godwit.engine.introspect.TablesFilter.parse("!legacy_*"))
                    .push(schema(teams()), true, null);
            assertTrue(r.changes().stream().noneMatch(c -> c.describe().contains("legacy")), r.changes().toString());
            assertEquals(1, r.changes().size(), r.changes().toString());
            assertEquals(1, count(db, "legacy_kv"), "kept, even with -Ddb.force");
            assertEquals(1, db.query("SELECT 1 FROM sqlite_master WHERE name = 'legacy_kv_v'").size());
            assertTrue(log.stream().noneMatch(l -> l.contains("records nothing in legacy_kv")), log.toString());
            dev.godwit.engine.GodwitException e = assertThrows(dev.godwit.engine.GodwitException.class, () -> new Pusher(db, engineLog, Set.of())
                    .withTablesFilter(dev.godwit.engine.introspect.TablesFilter.parse("teams")).push(schema(teams(), players()), true, null));
            assertTrue(e.getMessage().startsWith("The schema code declares the table players, which tablesFilter teams leaves out"), e.getMessage());
        }
    }

    /**
     * Another system's view (legacy_view over its legacy_kv, legacy_report over teams) under -Ddb.tablesFilter=!legacy_*: db:push
     * dropped both as views the schema lacks ("drop view legacy_view"), and db:pull pulled them. drizzle-kit 0.31 matches a view's
     * name as a table's (its SQLite introspection drops a left-out view's columns, then stops on the view; pg's leaves it out):
     * left alone now, also where the push rebuilds the table the view reads; a view the code declares but the filter leaves out
     * is refused.
     */
    @Test
    void aViewOutsideTheTablesFilterIsLeftAlone() {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("views.sqlite"))) {
            new Pusher(db, EngineLog.SILENT, Set.of()).push(schema(teams()), false, null);
            db.runAtomically(List.of("INSERT INTO teams (id, name) VALUES (1, 'a')", "CREATE TABLE legacy_kv (k text PRIMARY KEY, v text)",
                    "CREATE VIEW legacy_view AS SELECT k FROM legacy_kv", "CREATE VIEW legacy_report AS SELECT count(*) AS n FROM teams",
                    "CREATE VIEW team_names AS SELECT name FROM teams"), false);
            dev.godwit.engine.introspect.TablesFilter notLegacy = dev.godwit.engine.introspect.TablesFilter.parse("!legacy_*");
            PushResult r = new Pusher(db, engineLog, Set.of()).withTablesFilter(notLegacy).push(schema(teams()), true, null);
            assertEquals(List.of("drop view \"team_names\""), r.changes().stream().map(Change::describe).toList(), "the code's to manage: dropped");
            assertEquals(2, db.query("SELECT 1 FROM sqlite_master WHERE type = 'view' AND name LIKE 'legacy%'").size(), "kept, even with -Ddb.force");
            // a rebuild of teams (a NOT NULL column without a default made nullable), which legacy_report reads
            TableDef looser = new TableDef("teams", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("name", "text")),
                    null, List.of(), List.of(), List.of(), null);
            new Pusher(db, engineLog, Set.of()).withTablesFilter(notLegacy).push(schema(looser), true, null);
            assertEquals(0L, db.query("SELECT \"notnull\" AS nn FROM pragma_table_info('teams') WHERE name = 'name'").get(0).get("nn"), "rebuilt");
            assertEquals(1L, db.query("SELECT n FROM legacy_report").get(0).get("n"), "the view over the rebuilt table is there and reads it");
            assertTrue(log.stream().anyMatch(l -> l.contains("View \"legacy_report\", which -Ddb.tablesFilter leaves out (another system's), reads a"
                    + " table this push rebuilds")), log.toString());
            dev.godwit.engine.GodwitException e = assertThrows(dev.godwit.engine.GodwitException.class, () -> new Pusher(db, engineLog, Set.of())
                    .withTablesFilter(notLegacy).push(new SchemaDef(List.of(looser), List.of(new dev.godwit.schema.model.ViewDef("legacy_view", "SELECT 1", false, null))), true, null));
            assertTrue(e.getMessage().startsWith("The schema code declares the view legacy_view, which tablesFilter !legacy_* leaves out"), e.getMessage());
        }
    }

    /**
     * Another system's table (-Ddb.tablesFilter=!legacy_*) whose foreign key references a schema table ON DELETE CASCADE: a push
     * rebuilding that table (a CHECK added) dropped it with foreign keys on, and SQLite's DROP TABLE deleted every legacy row through
     * the cascade, without a word: the planner copies the schema's children around a rebuild, not the tables the filter hides from
     * it. Refused now, naming the rows; -Ddb.local.foreignKeysOff pushes keeping them, -Ddb.force lets them go with a warning.
     */
    @Test
    void aRebuildDoesNotCascadeIntoATableOutsideTheTablesFilter() {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("cascade.sqlite"))) {
            new Pusher(db, EngineLog.SILENT, Set.of()).push(schema(teams()), false, null);
            db.runAtomically(List.of("INSERT INTO teams (id, name) VALUES (1, 'a'), (2, 'b')",
                    "CREATE TABLE legacy_members (id integer PRIMARY KEY, team_id integer REFERENCES teams(id) ON DELETE CASCADE, who text)",
                    "INSERT INTO legacy_members VALUES (1, 1, 'x'), (2, 2, 'y'), (3, NULL, 'z')"), false);
            dev.godwit.engine.introspect.TablesFilter notLegacy = dev.godwit.engine.introspect.TablesFilter.parse("!legacy_*");
            TableDef checked = new TableDef("teams", teams().columns(), null, List.of(), List.of(),
                    List.of(new dev.godwit.schema.model.CheckDef("named", "length(name) > 0")), null);
            PushRefusedException e = assertThrows(PushRefusedException.class,
                    () -> new Pusher(db, engineLog, Set.of()).withTablesFilter(notLegacy).push(schema(checked), false, null));
            assertTrue(e.getMessage().startsWith("db:push refused: it would delete or change rows of tables -Ddb.tablesFilter leaves out"), e.getMessage());
            assertTrue(e.getMessage().contains("\"legacy_members\": 2 row(s) reference \"teams\" ON DELETE CASCADE; the push's DROP TABLE \"teams\""
                    + " would delete them"), e.getMessage());
            assertTrue(e.getMessage().contains("-Ddb.local.foreignKeysOff"), e.getMessage());
            assertEquals(3, count(db, "legacy_members"), "nothing was changed");
            new Pusher(db, engineLog, Set.of(), true).withTablesFilter(notLegacy).push(schema(checked), false, null);
            assertEquals(3, count(db, "legacy_members"), "keys off: no ON DELETE action fires");
            assertEquals(1, db.query("SELECT 1 FROM sqlite_master WHERE name = 'teams' AND sql LIKE '%length(name)%'").size(), "pushed");
        }
    }

    /**
     * A column renamed (renamedFrom) and made NOT NULL in one push: its NULLs were counted under the new name, which the table does
     * not have yet, and SQLite read {@code "alias" IS NULL} as a string, never NULL: 0 rows, so the push went through without
     * -Ddb.force and the NULLs became '' with a warning only. A table renamed in the same push was counted under its new name too
     * ("no such table", taken as 1 row): refused for NULLs it did not hold. Both are counted under their names in the database now.
     */
    @Test
    void aRenamedColumnMadeNotNullCountsItsNullsUnderItsOldName() {
        java.util.function.Function<String, SchemaDef> yaml = text -> dev.godwit.engine.yaml.YamlSchemaReader.read(text, "schema.yaml");
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("renamed.sqlite"))) {
            new Pusher(db, EngineLog.SILENT, Set.of()).push(yaml.apply("tables:\n  - name: teams\n    columns:\n"
                    + "      - {name: id, type: integer, primaryKey: true}\n      - {name: nick, type: text}\n      - {name: city, type: text}\n"), false, null);
            db.runAtomically(List.of("INSERT INTO teams (id, nick, city) VALUES (1, NULL, 'x'), (2, 'b', 'y')"), false);
            PushRefusedException e = assertThrows(PushRefusedException.class, () -> new Pusher(db, engineLog, Set.of()).push(yaml.apply(
                    "tables:\n  - name: teams\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n"
                    + "      - {name: alias, type: text, notNull: true, renamedFrom: nick}\n      - {name: city, type: text}\n"), false, null));
            assertTrue(e.getMessage().contains("column \"teams\".\"alias\" becomes NOT NULL but 1 row(s) hold NULL there; they would get ''"), e.getMessage());
            assertEquals(1, db.query("SELECT 1 FROM teams WHERE nick IS NULL").size(), "nothing was changed");
            // a table renamed with a column made NOT NULL that holds no NULL: nothing to lose, pushed without -Ddb.force
            PushResult r = new Pusher(db, engineLog, Set.of()).push(yaml.apply("tables:\n  - name: clubs\n    renamedFrom: teams\n    columns:\n"
                    + "      - {name: id, type: integer, primaryKey: true}\n      - {name: nick, type: text}\n      - {name: city, type: text, notNull: true}\n"), false, null);
            assertFalse(r.statements().isEmpty());
            assertEquals(List.of("x", "y"), db.query("SELECT city FROM clubs ORDER BY id").stream().map(m -> m.get("city")).toList());
        }
    }

    /**
     * A push rebuilding "teams" (a CHECK added) copies the rows of its child "players" aside, deletes them and inserts them back:
     * players' audit trigger (AFTER DELETE: INSERT INTO audit) fired once per row, and the push wrote audit rows for deletions that
     * never happened, with only "Their DELETE and INSERT triggers, if any, fire during the copy." Refused now, naming the
     * trigger and the rows; -Ddb.force pushes with a warning.
     */
    @Test
    void aRebuildThatFiresTriggersOnTheRowsItCopiesIsRefused() {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("fires.sqlite"))) {
            new Pusher(db, EngineLog.SILENT, Set.of()).push(schema(teams(), players()), false, null);
            db.runAtomically(List.of("INSERT INTO teams (id, name) VALUES (1, 'a')", "INSERT INTO players (id, team_id) VALUES (1, 1), (2, 1)",
                    "CREATE TABLE audit (what text)", "CREATE TRIGGER players_gone AFTER DELETE ON players BEGIN INSERT INTO audit VALUES ('gone ' || old.id); END",
                    "CREATE TRIGGER players_touched AFTER UPDATE ON players BEGIN INSERT INTO audit VALUES ('touched'); END"), false);
            TableDef audit = new TableDef("audit", List.of(ColumnDef.of("what", "text")), null, List.of(), List.of(), List.of(), null);
            TableDef checked = new TableDef("teams", teams().columns(), null, List.of(), List.of(),
                    List.of(new dev.godwit.schema.model.CheckDef("named", "length(name) > 0")), null);
            PushRefusedException e = assertThrows(PushRefusedException.class,
                    () -> new Pusher(db, engineLog, Set.of()).push(schema(checked, players(), audit), false, null));
            assertTrue(e.getMessage().contains("trigger \"players_gone\" (DELETE on \"players\"): the copy deletes its 2 row(s)"), e.getMessage());
            assertFalse(e.getMessage().contains("players_touched"), e.getMessage());
            assertEquals(0, count(db, "audit"), "nothing was changed");
            new Pusher(db, engineLog, Set.of()).push(schema(checked, players(), audit), true, null);
            assertEquals(2, count(db, "players"));
            assertTrue(log.stream().anyMatch(l -> l.startsWith("WARN db:push -Ddb.force fires triggers")), log.toString());
        }
    }

    /**
     * A virtual table of a module sqlite-jdbc does not have (sqlite-vec's vec0, made by the application that loads it): its
     * columns cannot be read here. The look for drizzle-orm's history under another name read every table's columns, and
     * stopped every push to such a database with "no such module: vec0"; the table is no history, and is left alone.
     */
    @Test
    void aVirtualTableOfAModuleNotLoadedHereDoesNotStopThePush() throws Exception {
        Path file = dir.resolve("vec.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.runAtomically(List.of("CREATE TABLE teams (id integer PRIMARY KEY NOT NULL, name text NOT NULL)"), false);
        }
        // as sqlite-vec leaves it: SQLite keeps the CREATE VIRTUAL TABLE, and a connection without the module cannot read its columns
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); java.sql.Statement st = c.createStatement()) {
            st.execute("PRAGMA writable_schema = ON");
            st.execute("INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES ('table', 'vecs', 'vecs', 0,"
                    + " 'CREATE VIRTUAL TABLE vecs USING vec0(embedding float[4])')");
        }
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            new Pusher(db, engineLog, Set.of()).push(schema(teams(ColumnDef.of("city", "text"))), false, null);
            assertEquals(1L, db.query("SELECT count(*) AS n FROM pragma_table_list WHERE name = 'vecs'").get(0).get("n"));
            assertEquals(1L, db.query("SELECT count(*) AS n FROM pragma_table_info('teams') WHERE name = 'city'").get(0).get("n"));
        }
    }

    private SqliteDatabase seeded() {
        SqliteDatabase db = SqliteDatabase.open(dir.resolve("dev.sqlite"));
        new Pusher(db, EngineLog.SILENT, Set.of()).push(schema(teams(), players()), false, null);
        db.runAtomically(List.of("INSERT INTO teams (id, name) VALUES (1, 'red'), (2, 'blue')",
                "INSERT INTO players (id, team_id) VALUES (10, 1), (11, 1), (12, 2)"), false);
        return db;
    }

    private static long count(SqliteDatabase db, String table) {
        return (Long) db.query("SELECT count(*) AS n FROM \"" + table + "\"").get(0).get("n");
    }

    /**
     * A live table whose columns stand in another order than declared (a virtual column whose expression changed was dropped and
     * added again at the end), rebuilt only to add a column ALTER TABLE cannot add: its columns come out in the declared order with
     * the new one last, as db:generate's migrations (which go by the snapshot's, the declared, order) leave it. Before, the push kept
     * the live order, and the pushed database differed from the one the migrations make (fuzz case fz381n_33).
     */
    @Test
    void aTableRebuiltOnlyToAddAColumnTakesTheDeclaredOrder() {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("dev.sqlite"))) {
            db.runAtomically(List.of("CREATE TABLE `notes` (`id` integer PRIMARY KEY, `body` text, `size` integer GENERATED ALWAYS AS (length(\"body\")) VIRTUAL, `title` text)",
                    "INSERT INTO notes (id, body, title) VALUES (1, 'hello', 'first')"), false);
            TableDef declared = new TableDef("notes", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("body", "text"),
                    ColumnDef.of("title", "text"), ColumnDef.of("size", "integer").withGenerated(new dev.godwit.schema.model.Generated("(length(\"body\"))", dev.godwit.schema.model.Generated.Type.VIRTUAL)),
                    ColumnDef.of("created_at", "text").withNotNull(true).withDefault(DefaultValue.sql("(CURRENT_TIMESTAMP)"))),
                    null, List.of(), List.of(), List.of(), null);
            PushResult r = new Pusher(db, engineLog, Set.of()).push(schema(declared), false, null);
            assertTrue(r.statements().stream().anyMatch(s -> s.startsWith("CREATE TABLE `__new_notes`")), r.statements().toString());
            assertEquals(List.of("id", "body", "title", "size", "created_at"),
                    db.query("SELECT name FROM pragma_table_xinfo('notes') ORDER BY cid").stream().map(row -> row.get("name")).toList());
            assertEquals(List.of(Map.of("id", 1L, "body", "hello", "title", "first", "size", 5L)), db.query("SELECT id, body, title, size FROM notes"));
        }
    }

    @Test
    void pushesARebuildOfAParentTableKeepingEveryRowOfItsCascadingChildren() {
        try (SqliteDatabase db = seeded()) {
            // A NOT NULL column with a constant default on the parent, and a type change: a rebuild of "teams".
            SchemaDef next = schema(teams(ColumnDef.of("color", "text").withNotNull(true).withDefault(DefaultValue.string("grey"))), players());
            PushResult r = new Pusher(db, engineLog, Set.of()).push(next, false, null);
            assertTrue(r.changed());
            assertEquals(3, count(db, "players"));
            assertEquals(List.of(Map.of("name", "red", "color", "grey"), Map.of("name", "blue", "color", "grey")),
                    db.query("SELECT name, color FROM teams ORDER BY id"));
            assertEquals(List.of(), db.query("PRAGMA foreign_key_check"));
            assertTrue(SchemaDiffer.diff(Introspector.introspect(db), next, RenameResolver.NO_RENAMES).isEmpty());
            assertTrue(log.get(0).startsWith("Pushing 1 change(s) to local SQLite file"), log.toString());
            assertTrue(log.contains("  - add column \"teams\".\"color\""), log.toString());
        }
    }

    /**
     * A push that rebuilds a table took its triggers away with it (SQLite drops them with the table), silently, as drizzle-kit's
     * push does. They are created again at the end of the push where they still compile; one that reads a dropped column is
     * not, and a warning says so.
     */
    @Test
    void aPushThatRebuildsATableCreatesItsTriggersAgainWhereTheyStillCompile() {
        try (SqliteDatabase db = seeded()) {
            db.runAtomically(List.of("ALTER TABLE teams ADD COLUMN motto text",
                    "CREATE TABLE team_log (what text)",
                    "CREATE TRIGGER teams_named AFTER UPDATE OF name ON teams BEGIN INSERT INTO team_log VALUES ('renamed ' || NEW.name); END",
                    "CREATE TRIGGER teams_motto AFTER INSERT ON teams BEGIN INSERT INTO team_log VALUES (NEW.motto); END"), false);
            // team_log is no table of the schema: pushed without it, it would be dropped; keep it by declaring it
            TableDef teamLog = new TableDef("team_log", List.of(ColumnDef.of("what", "text")), null, List.of(), List.of(), List.of(), null);
            // a CHECK rebuilds teams, whose motto goes in the rebuild (not by DROP COLUMN, which SQLite refuses under a trigger naming it)
            TableDef checked = new TableDef("teams", teams().columns(), null, List.of(), List.of(), List.of(new dev.godwit.schema.model.CheckDef("named",
                    "length(name) > 0")), null);
            new Pusher(db, engineLog, Set.of()).push(schema(checked, players(), teamLog), true, null);

            assertEquals(List.of("teams_named"), db.query("SELECT name FROM sqlite_master WHERE type = 'trigger'").stream().map(m -> m.get("name")).toList());
            db.runAtomically(List.of("UPDATE teams SET name = 'green' WHERE id = 1"), false);
            assertEquals(List.of(Map.of("what", "renamed green")), db.query("SELECT what FROM team_log"));
            assertTrue(this.log.contains("WARN Trigger \"teams_named\" on teams goes with the table this push rebuilds; the push creates it again at its end,"
                    + " as " + db.describe() + " has it."), this.log.toString());
            assertTrue(this.log.contains("WARN Trigger \"teams_motto\" on teams goes with the table this push rebuilds and is not created again: it no"
                    + " longer compiles there (no such column: NEW.motto). Create it for the new table by hand after the push."), this.log.toString());
        }
    }

    /** A view renamed (renamedFrom) by a push: its INSTEAD OF trigger went with the old name, silently; it follows the view now. */
    @Test
    void aPushThatRenamesAViewCreatesItsInsteadOfTriggerOnTheNewName() {
        try (SqliteDatabase db = seeded()) {
            db.runAtomically(List.of("CREATE VIEW roster AS SELECT id, name FROM teams",
                    "CREATE TRIGGER roster_add INSTEAD OF INSERT ON roster BEGIN INSERT INTO teams (id, name) VALUES (NEW.id, NEW.name); END"), false);
            dev.godwit.schema.model.ViewDef renamed = new dev.godwit.schema.model.ViewDef("squads", "SELECT id, name FROM teams", false, "roster");
            new Pusher(db, engineLog, Set.of()).push(new SchemaDef(List.of(teams(), players()), List.of(renamed)), true, null);

            db.runAtomically(List.of("INSERT INTO squads (id, name) VALUES (9, 'nine')"), false);
            assertEquals(List.of(Map.of("name", "nine")), db.query("SELECT name FROM teams WHERE id = 9"));
            assertTrue(this.log.contains("WARN Trigger \"roster_add\" on roster goes with the view this push renames to squads; the push creates it again"
                    + " at its end, as " + db.describe() + " has it."), this.log.toString());
        }
    }

    @Test
    void secondPushOfTheSameSchemaChangesNothing() {
        try (SqliteDatabase db = seeded()) {
            PushResult r = new Pusher(db, engineLog, Set.of()).push(schema(teams(), players()), false, null);
            assertFalse(r.changed());
            assertTrue(log.get(0).startsWith("No changes: local SQLite file"), log.toString());
        }
    }

    @Test
    void aDefaultHoldingDrizzlesSeparatorIsPushedOnceAndThenMatches() {
        // written as ('a--' || '> statement-breakpoint') so that no migrator cuts the statement there; the same value
        SchemaDef s = schema(teams(ColumnDef.of("motto", "text").withDefault(DefaultValue.string("a--> statement-breakpoint"))));
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("dev.sqlite"))) {
            new Pusher(db, EngineLog.SILENT, Set.of()).push(s, false, null);
            db.runAtomically(List.of("INSERT INTO teams (id, name) VALUES (1, 'red')"), false);
            PushResult again = new Pusher(db, engineLog, Set.of()).push(s, false, null);
            assertEquals(List.of(), again.changes(), "the second push finds nothing to change");
            assertEquals("a--> statement-breakpoint", db.query("SELECT motto FROM teams").get(0).get("motto"));
        }
    }

    @Test
    void numberDefaultsWrittenAsSqlArePushedOnceAndKeepTheirType() {
        // SQLite reads +5 as the INTEGER 5, and 1.5e3 and 2.0 as REALs: a text column stores '1500.0' and '2.0', not '1500' and '2'
        SchemaDef s = schema(teams(ColumnDef.of("plus", "integer").withDefault(DefaultValue.sql("+5")),
                ColumnDef.of("exp", "text").withDefault(DefaultValue.sql("1.5e3")),
                ColumnDef.of("point", "text").withDefault(DefaultValue.sql("2.0"))));
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("dev.sqlite"))) {
            new Pusher(db, EngineLog.SILENT, Set.of()).push(s, false, null);
            db.runAtomically(List.of("INSERT INTO teams (id, name) VALUES (1, 'red')"), false);
            PushResult again = new Pusher(db, engineLog, Set.of()).push(s, false, null);
            assertEquals(List.of(), again.changes(), "the second push finds nothing to change");
            assertEquals(Map.of("plus", 5L, "exp", "1500.0", "point", "2.0"), db.query("SELECT plus, exp, point FROM teams").get(0));
        }
    }

    /**
     * A database pulled from Prisma keeps _prisma_migrations, which the pull warns about and which the schema then leaves out;
     * a push without -Ddb.tablesFilter would drop it, and its refusal named -Ddb.force as the way on, which drops Prisma's
     * history. It names the filter that leaves that tool's table alone now.
     */
    @Test
    void aDropOfAnotherToolsTableIsRefusedNamingTheFilterThatLeavesItAlone() {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("dev.sqlite"))) {
            db.runAtomically(List.of("CREATE TABLE teams (id integer PRIMARY KEY, name text NOT NULL)",
                    "CREATE TABLE \"_prisma_migrations\" (\"id\" TEXT PRIMARY KEY NOT NULL, \"checksum\" TEXT NOT NULL, \"migration_name\" TEXT NOT NULL)",
                    "INSERT INTO \"_prisma_migrations\" VALUES ('x1', 'abc', '20240101000000_init')"), false);
            PushRefusedException e = assertThrows(PushRefusedException.class,
                    () -> new Pusher(db, engineLog, Set.of()).push(schema(teams()), false, null));
            assertEquals("db:push refused: it would lose data in " + db.describe() + ":\n  - drop table \"_prisma_migrations\" with 1 row(s)"
                    + "\nNothing was changed. If the data may go, run again with -Ddb.force; if a table or column was renamed, declare"
                    + " renamedFrom(\"old_name\") so its data is kept. Table \"_prisma_migrations\" is named as Prisma Migrate's own table: if"
                    + " Prisma Migrate still uses this database, leave it alone rather than drop it: '-Ddb.tablesFilter=!_prisma_migrations' (and"
                    + " the same <tablesFilter> in the POM).", e.getMessage());
            assertEquals(1L, db.query("SELECT count(*) AS n FROM \"_prisma_migrations\"").get(0).get("n"));
        }
    }

    @Test
    void refusesToDropAColumnWithValuesUnlessForced() {
        try (SqliteDatabase db = seeded()) {
            TableDef teamsWithoutName = new TableDef("teams", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true)), null, List.of(), List.of(), List.of(), null);
            PushRefusedException e = assertThrows(PushRefusedException.class,
                    () -> new Pusher(db, engineLog, Set.of()).push(schema(teamsWithoutName, players()), false, null));
            assertTrue(e.getMessage().startsWith("db:push refused: it would lose data in local SQLite file"), e.getMessage());
            assertTrue(e.getMessage().contains("drop column \"teams\".\"name\" with 2 non-null value(s)"), e.getMessage());
            assertTrue(e.getMessage().contains("-Ddb.force"), e.getMessage());
            assertEquals(List.of(Map.of("name", "red"), Map.of("name", "blue")), db.query("SELECT name FROM teams ORDER BY id"));

            // The way back is taken once, right before the change goes in; not for a refusal, not when nothing changes.
            int[] kept = {0};
            assertThrows(PushRefusedException.class, () -> new Pusher(db, engineLog, Set.of()).beforeChanging(() -> kept[0]++)
                    .push(schema(teamsWithoutName, players()), false, null));
            assertEquals(0, kept[0]);
            new Pusher(db, engineLog, Set.of()).beforeChanging(() -> kept[0]++).push(schema(teamsWithoutName, players()), true, null);
            assertEquals(1, kept[0]);
            new Pusher(db, engineLog, Set.of()).beforeChanging(() -> kept[0]++).push(schema(teamsWithoutName, players()), true, null);
            assertEquals(1, kept[0], "nothing to push: no copy");
            assertEquals(List.of("id"), db.query("SELECT name FROM pragma_table_info('teams')").stream().map(r -> r.get("name")).toList());
            assertEquals(3, count(db, "players"));
        }
    }

    @Test
    void refusesToDropATableWithRowsButDropsAnEmptyOne() {
        try (SqliteDatabase db = seeded()) {
            db.runAtomically(List.of("CREATE TABLE scratch (id integer)"), false);
            new Pusher(db, engineLog, Set.of()).push(schema(teams(), players()), false, null);
            assertTrue(db.query("SELECT name FROM sqlite_master WHERE name = 'scratch'").isEmpty());

            PushRefusedException e = assertThrows(PushRefusedException.class,
                    () -> new Pusher(db, engineLog, Set.of()).push(schema(teams()), false, null));
            assertTrue(e.getMessage().contains("drop table \"players\" with 3 row(s)"), e.getMessage());
            assertEquals(3, count(db, "players"));
        }
    }

    @Test
    void nullsInAColumnThatBecomesNotNullAreNotRewrittenSilently() {
        try (SqliteDatabase db = seeded()) {
            db.runAtomically(List.of("ALTER TABLE teams ADD nickname text"), false);
            TableDef strict = teams(ColumnDef.of("nickname", "text").withNotNull(true));
            PushRefusedException e = assertThrows(PushRefusedException.class,
                    () -> new Pusher(db, engineLog, Set.of()).push(schema(strict, players()), false, null));
            assertTrue(e.getMessage().contains("column \"teams\".\"nickname\" becomes NOT NULL but 2 row(s) hold NULL there"), e.getMessage());
            assertEquals(1L, db.query("SELECT count(*) AS n FROM pragma_table_info('teams') WHERE name = 'nickname' AND \"notnull\" = 0").get(0).get("n"));
        }
    }

    /** A key of one nullable INTEGER column is the rowid: its NULLs would be numbered, which needs -Ddb.force only when rows hold one. */
    @Test
    void nullsInAColumnThatBecomesTheRowidAreNotNumberedSilently() {
        try (SqliteDatabase db = seeded()) {
            db.runAtomically(List.of("CREATE TABLE tags (k integer, v text)", "INSERT INTO tags VALUES (7, 'a'), (NULL, 'b')"), false);
            TableDef keyed = new TableDef("tags", List.of(ColumnDef.of("k", "integer"), ColumnDef.of("v", "text")),
                    new dev.godwit.schema.model.PrimaryKeyDef("tags_pk", List.of("k")), List.of(), List.of(), List.of(), null);
            PushRefusedException e = assertThrows(PushRefusedException.class,
                    () -> new Pusher(db, engineLog, Set.of()).push(schema(teams(), players(), keyed), false, null));
            assertTrue(e.getMessage().contains("change primary key of \"tags\": none -> [k] (rows holding NULL in \"k\" get the next free ids) (1 row(s)"
                    + " hold NULL there)"), e.getMessage());
            assertEquals(List.of("7|a", "null|b"), db.query("SELECT k, v FROM tags ORDER BY v").stream().map(r -> r.get("k") + "|" + r.get("v")).toList());
            db.runAtomically(List.of("UPDATE tags SET k = 8 WHERE k IS NULL"), false);
            new Pusher(db, engineLog, Set.of()).push(schema(teams(), players(), keyed), false, null);   // no NULL: nothing to force
            assertEquals(List.of("7|a", "8|b"), db.query("SELECT k, v FROM tags ORDER BY v").stream().map(r -> r.get("k") + "|" + r.get("v")).toList());
        }
    }

    /**
     * A nullable integer column made a column-level INTEGER PRIMARY KEY is the rowid: its NULLs get the next free ids, not 0.
     * db:push's count of them said "they would be given the type's zero value". It says what the rebuild writes now, and does it.
     */
    @Test
    void nullsInAColumnThatBecomesAColumnLevelIntegerPrimaryKeyAreSaidToGetTheNextFreeIds() {
        try (SqliteDatabase db = seeded()) {
            db.runAtomically(List.of("CREATE TABLE tags (k integer, v text)", "INSERT INTO tags VALUES (7, 'a'), (NULL, 'b')"), false);
            TableDef keyed = new TableDef("tags", List.of(ColumnDef.of("k", "integer").withPrimaryKey(true), ColumnDef.of("v", "text")),
                    null, List.of(), List.of(), List.of(), null);
            PushRefusedException e = assertThrows(PushRefusedException.class,
                    () -> new Pusher(db, engineLog, Set.of()).push(schema(teams(), players(), keyed), false, null));
            assertTrue(e.getMessage().contains("\n  - column \"tags\".\"k\" becomes NOT NULL but 1 row(s) hold NULL there; they would get the next"
                    + " free ids (it becomes the INTEGER PRIMARY KEY, the rowid)\n"), e.getMessage());
            assertEquals(List.of("7|a", "null|b"), db.query("SELECT k, v FROM tags ORDER BY v").stream().map(r -> r.get("k") + "|" + r.get("v")).toList());
            new Pusher(db, engineLog, Set.of()).push(schema(teams(), players(), keyed), true, null);
            assertEquals(List.of("7|a", "8|b"), db.query("SELECT k, v FROM tags ORDER BY v").stream().map(r -> r.get("k") + "|" + r.get("v")).toList());
        }
    }

    /** The other fills are named by value: a default's, else the type's zero ('' for text), and rows hold it afterwards. */
    @Test
    void nullsInAColumnThatBecomesNotNullAreSaidToGetItsDefaultOrTheTypesZeroByValue() {
        try (SqliteDatabase db = seeded()) {
            db.runAtomically(List.of("ALTER TABLE teams ADD nickname text", "ALTER TABLE teams ADD rank integer"), false);
            TableDef strict = teams(ColumnDef.of("nickname", "text").withNotNull(true),
                    ColumnDef.of("rank", "integer").withNotNull(true).withDefault(DefaultValue.number(5)));
            PushRefusedException e = assertThrows(PushRefusedException.class,
                    () -> new Pusher(db, engineLog, Set.of()).push(schema(strict, players()), false, null));
            assertTrue(e.getMessage().contains("\n  - column \"teams\".\"nickname\" becomes NOT NULL but 2 row(s) hold NULL there; they would get ''\n"
                    + "  - column \"teams\".\"rank\" becomes NOT NULL but 2 row(s) hold NULL there; they would get its default 5\n"), e.getMessage());
            new Pusher(db, engineLog, Set.of()).push(schema(strict, players()), true, null);
            assertEquals(List.of("|5", "|5"), db.query("SELECT nickname, rank FROM teams ORDER BY id").stream()
                    .map(r -> r.get("nickname") + "|" + r.get("rank")).toList());
        }
    }

    @Test
    void rowsThatBreakANewCheckLeaveTheDatabaseAsItWas() {
        try (SqliteDatabase db = seeded()) {
            TableDef checked = new TableDef("teams", teams().columns(), null, List.of(), List.of(),
                    List.of(new dev.godwit.schema.model.CheckDef("name_is_long", "length(name) > 3")), null);
            // refused before anything (the way back included), naming how many rows and the query that lists them; it failed at the
            // copy with "CHECK constraint failed: name_is_long" after the way back was taken, naming no row (red-team h18)
            boolean[] changing = {false};
            PushRefusedException e = assertThrows(PushRefusedException.class,
                    () -> new Pusher(db, engineLog, Set.of()).beforeChanging(() -> changing[0] = true).push(schema(checked, players()), true, null));
            assertTrue(e.getMessage().startsWith("db:push refused: rows of local SQLite file"), e.getMessage());
            assertTrue(e.getMessage().contains("break the new CHECK \"name_is_long\" on \"teams\" (length(name) > 3): 1 row(s) make it false."
                    + " List them: SELECT * FROM \"teams\" WHERE NOT (length(name) > 3)"), e.getMessage());
            assertTrue(e.getMessage().contains("Nothing was changed."), e.getMessage());
            assertFalse(changing[0]);
            assertEquals(3, count(db, "players"));
            assertTrue(db.query("SELECT sql FROM sqlite_master WHERE name = 'teams'").get(0).get("sql").toString().indexOf("CHECK") < 0);
        }
    }

    /**
     * "Élan" and "élan" are two tables to SQLite, which folds the case of ASCII letters only. Creating "élan" in the push was taken
     * (by Java's equalsIgnoreCase) for reshaping "Élan", so a new CHECK on "Élan" that rows break was left to the database instead of
     * being refused before anything with the rows and the query that lists them.
     */
    @Test
    void aNewTableWhoseNameDiffersOnlyInTheCaseOfANonAsciiLetterIsAnotherTable() {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("elan.sqlite"))) {
            TableDef plain = new TableDef("Élan", List.of(ColumnDef.of("name", "text")), null, List.of(), List.of(), List.of(), null);
            new Pusher(db, EngineLog.SILENT, Set.of()).push(schema(plain), false, null);
            db.runAtomically(List.of("INSERT INTO \"Élan\" (name) VALUES ('ab')"), false);
            TableDef checked = new TableDef("Élan", plain.columns(), null, List.of(), List.of(),
                    List.of(new dev.godwit.schema.model.CheckDef("name_is_long", "length(name) > 3")), null);
            TableDef other = new TableDef("élan", List.of(ColumnDef.of("id", "integer")), null, List.of(), List.of(), List.of(), null);
            boolean[] changing = {false};
            PushRefusedException e = assertThrows(PushRefusedException.class,
                    () -> new Pusher(db, engineLog, Set.of()).beforeChanging(() -> changing[0] = true).push(schema(checked, other), true, null));
            assertTrue(e.getMessage().contains("break the new CHECK \"name_is_long\" on \"Élan\" (length(name) > 3): 1 row(s) make it false."
                    + " List them: SELECT * FROM \"Élan\" WHERE NOT (length(name) > 3)"), e.getMessage());
            assertFalse(changing[0]);
            assertEquals(List.of("Élan"), db.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").stream()
                    .map(r -> r.get("name")).toList());
        }
    }

    /**
     * A new foreign key that rows already break (a team_id whose team is gone) failed the push at its COMMIT, after the way back was
     * taken for nothing; and where the push also dropped or narrowed something, the first refusal named only that, so the user ran
     * it again with -Ddb.force to meet the foreign key only then (red-team h10). It is now refused before anything, as a new CHECK
     * is, with how many rows and the query that lists them; a row whose key is NULL refers to nothing and passes.
     */
    @Test
    void rowsThatBreakANewForeignKeyAreRefusedBeforeAnythingNamingThem() {
        TableDef loose = new TableDef("players", players().columns().stream().map(c -> c.name().equals("team_id") ? c.withNotNull(false) : c)
                .toList(), null, List.of(), List.of(), List.of(), null);
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("dev.sqlite"))) {
            new Pusher(db, EngineLog.SILENT, Set.of()).push(schema(teams(), loose), false, null);
            db.runAtomically(List.of("INSERT INTO teams (id, name) VALUES (1, 'red')",
                    "INSERT INTO players (id, team_id) VALUES (10, 1), (11, 7), (12, 8), (13, NULL)"), false);
            TableDef keyed = new TableDef("players", loose.columns(), null, List.of(), players().foreignKeys(), List.of(), null);
            boolean[] changing = {false};
            PushRefusedException e = assertThrows(PushRefusedException.class,
                    () -> new Pusher(db, engineLog, Set.of()).beforeChanging(() -> changing[0] = true).push(schema(teams(), keyed), true, null));
            assertEquals("db:push refused: rows of " + db.describe() + " break the new foreign key \"players_team_id_teams_id_fk\" on"
                    + " \"players\" (team_id) -> \"teams\" (id): 2 row(s) reference a row \"teams\" does not have. List them: SELECT * FROM"
                    + " \"players\" AS c WHERE c.\"team_id\" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM \"teams\" AS p WHERE p.\"id\" = c.\"team_id\")"
                    + "\nNothing was changed. Add the missing rows to \"teams\", or update or delete those rows of \"players\" first, then push"
                    + " again.", e.getMessage());
            assertFalse(changing[0]);
            assertEquals(4, count(db, "players"));
            assertFalse(db.query("SELECT sql FROM sqlite_master WHERE name = 'players'").get(0).get("sql").toString().contains("REFERENCES"));
            // with the table reshaped in the same push (a column made NOT NULL, which asked for -Ddb.force first), the same refusal
            TableDef reshaped = new TableDef("players", keyed.columns().stream().map(c -> c.name().equals("id") ? c : c.withNotNull(true)
                    .withDefault(DefaultValue.number(1))).toList(), null, List.of(), keyed.foreignKeys(), List.of(), null);
            PushRefusedException again = assertThrows(PushRefusedException.class,
                    () -> new Pusher(db, engineLog, Set.of()).beforeChanging(() -> changing[0] = true).push(schema(teams(), reshaped), false, null));
            assertTrue(again.getMessage().contains("break the new foreign key \"players_team_id_teams_id_fk\" on \"players\" (team_id) ->"
                    + " \"teams\" (id): 2 row(s)"), again.getMessage());
            assertFalse(changing[0]);
            // with the rows fixed, the same push goes through
            db.runAtomically(List.of("DELETE FROM players WHERE id IN (11, 12)"), false);
            new Pusher(db, engineLog, Set.of()).push(schema(teams(), keyed), false, null);
            assertTrue(db.query("SELECT sql FROM sqlite_master WHERE name = 'players'").get(0).get("sql").toString().contains("REFERENCES"));
        }
    }

    /**
     * The same refusal over Cloudflare D1 (the stand-in, a real HTTP server speaking D1's API): it comes from reads alone, before
     * any Time Travel bookmark is taken or any statement that changes the database is sent.
     */
    @Test
    void overD1RowsThatBreakANewForeignKeyAreRefusedBeforeAnyChangeIsSent() {
        TableDef loose = new TableDef("players", players().columns().stream().map(c -> c.name().equals("team_id") ? c.withNotNull(false) : c)
                .toList(), null, List.of(), List.of(), List.of(), null);
        TableDef keyed = new TableDef("players", loose.columns(), null, List.of(), players().foreignKeys(), List.of(), null);
        try (dev.godwit.engine.d1.D1StandIn standIn = dev.godwit.engine.d1.D1StandIn.start(dir.resolve("d1.sqlite"), "acc", "db1", "token-123456");
             dev.godwit.engine.d1.D1Database d1 = new dev.godwit.engine.d1.D1Database(new dev.godwit.engine.d1.D1Settings("acc", "db1", "token-123456",
                     standIn.endpoint()))) {
            new Pusher(d1, EngineLog.SILENT, Set.of()).push(schema(teams(), loose), false, null);
            d1.runAtomically(List.of("INSERT INTO teams (id, name) VALUES (1, 'red')",
                    "INSERT INTO players (id, team_id) VALUES (10, 1), (11, 7), (12, 8), (13, NULL)"), false);
            int before = standIn.requestCount();
            int bookmarks = standIn.timeTravelQueries().size();
            boolean[] changing = {false};
            PushRefusedException e = assertThrows(PushRefusedException.class,
                    () -> new Pusher(d1, engineLog, Set.of()).beforeChanging(() -> changing[0] = true).push(schema(teams(), keyed), true, null));
            assertEquals("db:push refused: rows of " + d1.describe() + " break the new foreign key \"players_team_id_teams_id_fk\" on"
                    + " \"players\" (team_id) -> \"teams\" (id): 2 row(s) reference a row \"teams\" does not have. List them: SELECT * FROM"
                    + " \"players\" AS c WHERE c.\"team_id\" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM \"teams\" AS p WHERE p.\"id\" = c.\"team_id\")"
                    + "\nNothing was changed. Add the missing rows to \"teams\", or update or delete those rows of \"players\" first, then push"
                    + " again.", e.getMessage());
            assertTrue(e.getMessage().startsWith("db:push refused: rows of Cloudflare D1 database db1 "), e.getMessage());
            assertFalse(changing[0]);
            assertEquals(bookmarks, standIn.timeTravelQueries().size(), "no Time Travel bookmark taken");
            List<String> sent = standIn.requestLog().subList(before, standIn.requestLog().size());
            assertTrue(sent.stream().anyMatch(b -> b.contains("NOT EXISTS (SELECT 1 FROM")), "the rows were counted on D1 itself: " + sent);
            for (String body : sent) {
                // each statement sent (one, or a batch's) only reads: a SELECT, or a PRAGMA that reads a table's shape
                com.fasterxml.jackson.databind.JsonNode request = assertDoesNotThrow(() -> new com.fasterxml.jackson.databind.ObjectMapper().readTree(body));
                for (com.fasterxml.jackson.databind.JsonNode one : request.isArray() ? request : List.of(request)) {
                    String sql = one.get("sql").asText().strip().toUpperCase(java.util.Locale.ROOT);
                    assertTrue(sql.startsWith("SELECT ") || sql.startsWith("WITH ") || sql.matches("PRAGMA \\w+\\(.*"), "a change was sent: " + body);
                }
            }
            // the stand-in's database as it was: the four rows, no key
            assertEquals(4, d1.query("SELECT count(*) AS n FROM players").get(0).get("n") instanceof Number n ? n.intValue() : -1);
            assertFalse(d1.query("SELECT sql FROM sqlite_master WHERE name = 'players'").get(0).get("sql").toString().contains("REFERENCES"));
            // with the rows fixed, the same push goes through on D1
            d1.runAtomically(List.of("DELETE FROM players WHERE id IN (11, 12)"), false);
            new Pusher(d1, engineLog, Set.of()).push(schema(teams(), keyed), false, null);
            assertTrue(d1.query("SELECT sql FROM sqlite_master WHERE name = 'players'").get(0).get("sql").toString().contains("REFERENCES"));
            assertEquals(List.of(10L, 13L), d1.query("SELECT id FROM players ORDER BY id").stream().map(r -> ((Number) r.get("id")).longValue()).toList());
        }
    }

    /**
     * Another connection (wrangler dev's, the application's) holds a write lock on the file for all of the push's wait: the push
     * failed with "No row broke a constraint: ... the statements Godwit planned are wrong for this database: please report it",
     * sending the user to report a bug where closing the other connection was the way on (red-team h18).
     */
    @Test
    void aPushThatOutwaitsAnotherConnectionsLockSaysSoNotThatThePlanIsWrong() throws Exception {
        try (SqliteDatabase seed = seeded()) {
            // seeded and closed: the push below opens the file with a short wait
        }
        try (java.sql.Connection holder = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("dev.sqlite"));
             SqliteDatabase db = SqliteDatabase.open(dir.resolve("dev.sqlite"), m -> { }, java.time.Duration.ofMillis(300))) {
            try (var st = holder.createStatement()) {
                st.execute("BEGIN IMMEDIATE");
                st.execute("INSERT INTO teams (id, name) VALUES (3, 'green')");
            }
            TableDef wider = new TableDef("teams", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true),
                    ColumnDef.of("name", "text").withNotNull(true), ColumnDef.of("city", "text")), null, List.of(), List.of(), List.of(), null);
            PushRefusedException e = assertThrows(PushRefusedException.class,
                    () -> new Pusher(db, engineLog, Set.of()).push(schema(wider, players()), false, null));
            assertTrue(e.getMessage().startsWith("db:push could not apply the change; the database was left as it was."), e.getMessage());
            assertTrue(e.getMessage().contains("Another connection held a lock on the file for all of the 300 ms this waits"), e.getMessage());
            assertFalse(e.getMessage().contains("please report it"), e.getMessage());
            holder.createStatement().execute("ROLLBACK");
            assertEquals(List.of("id", "name"), db.query("SELECT name FROM pragma_table_info('teams') ORDER BY cid").stream()
                    .map(r -> r.get("name").toString()).toList());
        }
    }

    /**
     * A STRICT table (one db:pull read, which the model keeps no STRICT for) takes only INT, INTEGER, REAL, TEXT, BLOB and ANY: a
     * column the push adds as numeric failed at the database ("unknown datatype for kv.price") after the way back was taken, said to
     * be "the statements Godwit planned are wrong for this database: please report it" (red-team h18). Refused before anything.
     */
    @Test
    void aColumnAddedToAStrictTableWithATypeItRefusesIsRefusedBeforeAnything() {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("strict.sqlite"))) {
            db.runAtomically(List.of("CREATE TABLE kv (k text PRIMARY KEY NOT NULL, v text) STRICT, WITHOUT ROWID",
                    "INSERT INTO kv VALUES ('a', '1')"), false);
            boolean[] changing = {false};
            java.util.function.Function<String, SchemaDef> with = type -> schema(new TableDef("kv", List.of(ColumnDef.of("k", "text")
                    .withPrimaryKey(true), ColumnDef.of("v", "text"), ColumnDef.of("price", type)), null, List.of(), List.of(), List.of(), null));
            PushRefusedException e = assertThrows(PushRefusedException.class, () -> new Pusher(db, engineLog, Set.of())
                    .beforeChanging(() -> changing[0] = true).push(with.apply("numeric"), true, null));
            assertTrue(e.getMessage().startsWith("db:push refused: \"kv\" is a STRICT table in "), e.getMessage());
            assertTrue(e.getMessage().contains("unknown datatype for kv.price: \"numeric\""), e.getMessage());
            assertTrue(e.getMessage().contains("Nothing was changed."), e.getMessage());
            assertFalse(changing[0], "the way back is taken only for a push that runs");
            // a type STRICT takes is added as before
            new Pusher(db, engineLog, Set.of()).push(with.apply("integer"), false, null);
            assertEquals(List.of("k", "v", "price"), db.query("SELECT name FROM pragma_table_info('kv') ORDER BY cid").stream()
                    .map(r -> r.get("name").toString()).toList());
        }
    }

    @Test
    void ambiguousRenameInBatchModeFailsAndNamesTheWayOut() {
        try (SqliteDatabase db = seeded()) {
            TableDef renamed = new TableDef("teams", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("title", "text").withNotNull(true)),
                    null, List.of(), List.of(), List.of(), null);
            AmbiguousRenameException e = assertThrows(AmbiguousRenameException.class,
                    () -> new Pusher(db, engineLog, Set.of()).push(schema(renamed, players()), false, null));
            assertTrue(e.getMessage().contains("column \"teams\".\"title\" appeared and \"name\" disappeared"), e.getMessage());
            assertTrue(e.getMessage().contains("-Ddb.notRenames=teams.title (these are not renames) and -Ddb.force"), e.getMessage());
            // -Ddb.force alone does not settle it.
            assertThrows(AmbiguousRenameException.class, () -> new Pusher(db, engineLog, Set.of()).push(schema(renamed, players()), true, null));
            new Pusher(db, engineLog, Set.of()).push(schema(renamed, players()), true, null, Set.of("teams.title"));
            assertEquals(List.of("id", "title"), db.query("SELECT name FROM pragma_table_info('teams') ORDER BY cid").stream()
                    .map(r -> r.get("name").toString()).toList());
        }
    }

    /** -Ddb.notRenames=team (a typo) in batch mode: the rename refusal names it, not only the flag the user passed already. */
    @Test
    void aNotRenamesEntryMatchingNothingIsNamedInTheRenameRefusal() {
        try (SqliteDatabase db = seeded()) {
            TableDef renamed = new TableDef("teams", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("title", "text").withNotNull(true)),
                    null, List.of(), List.of(), List.of(), null);
            AmbiguousRenameException e = assertThrows(AmbiguousRenameException.class,
                    () -> new Pusher(db, engineLog, Set.of()).push(schema(renamed, players()), true, null, Set.of("teams.titel")));
            assertTrue(e.getMessage().contains("-Ddb.notRenames=teams.title (these are not renames) and -Ddb.force"), e.getMessage());
            assertTrue(e.getMessage().endsWith("\n-Ddb.notRenames lists \"teams.titel\", which is no added table (name) or column (table.column)"
                    + " above (misspelt?). List the added ones as named above."), e.getMessage());
        }
    }

    /** As db:generate: a view left reading a dropped table is refused before the database changes (it would fail on every query). */
    @Test
    void aViewLeftReadingADroppedTableIsRefusedAndNothingChanges() {
        dev.godwit.schema.model.ViewDef view = new dev.godwit.schema.model.ViewDef("team_names", "select name from teams", false, null);
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("dev.sqlite"))) {
            new Pusher(db, EngineLog.SILENT, Set.of()).push(new SchemaDef(List.of(teams(), players()), List.of(view)), false, null);
            TableDef alone = new TableDef("other", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true)), null, List.of(), List.of(), List.of(), null);
            dev.godwit.engine.plan.UnsafeSqlException e = assertThrows(dev.godwit.engine.plan.UnsafeSqlException.class,
                    () -> new Pusher(db, EngineLog.SILENT, Set.of()).push(new SchemaDef(List.of(alone), List.of(view)), true, null, Set.of("other")));
            assertTrue(e.getMessage().startsWith("Cannot change the database to this schema: view \"team_names\" reads table \"teams\", which this schema"
                    + " drops (SQLite: no such table: main.teams)"), e.getMessage());
            assertEquals(List.of(Map.of("n", 1L)), db.query("SELECT count(*) AS n FROM sqlite_master WHERE name = 'teams'"));
        }
    }

    /**
     * What the schema itself brings in, rows aside, as db:generate says it: a foreign key SET NULL over a NOT NULL column (every
     * delete of a referenced team will fail) and a default its CHECK refuses (every insert leaving the column out will fail). The
     * push printed only the planner's warnings, so neither was said; the push itself succeeds (SQLite takes such a schema).
     */
    @Test
    void aPushWarnsOfAForeignKeyNullingANotNullColumnAndADefaultItsCheckRefuses() {
        try (SqliteDatabase db = seeded()) {
            TableDef nulling = new TableDef("players", players().columns(), null, List.of(), List.of(new ForeignKeyDef("players_team_id_teams_id_fk",
                    "players", List.of("team_id"), "teams", List.of("id"), FkAction.SET_NULL, FkAction.NO_ACTION)), List.of(), null);
            TableDef tasks = new TableDef("tasks", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true),
                    ColumnDef.of("status", "text").withNotNull(true).withDefault(DefaultValue.string("new"))), null, List.of(), List.of(),
                    List.of(new dev.godwit.schema.model.CheckDef("tasks_status_known", "\"status\" IN ('open', 'done')")), null);
            new Pusher(db, engineLog, Set.of()).push(schema(teams(), nulling, tasks), false, null);

            assertTrue(log.contains("WARN \"players\".\"team_id\" is NOT NULL but its foreign key \"players_team_id_teams_id_fk\" is ON DELETE SET NULL:"
                    + " SQLite will refuse every delete of a referenced \"teams\" row (NOT NULL constraint failed). Drop notNull(), or use CASCADE or RESTRICT"),
                    log.toString());
            assertTrue(log.contains("WARN \"tasks\".\"status\" DEFAULT 'new' breaks CHECK \"tasks_status_known\" (\"status\" IN ('open', 'done')): every"
                    + " insert that leaves \"status\" out will fail (CHECK constraint failed). Give the column a default the CHECK accepts, or widen the CHECK"),
                    log.toString());
            assertEquals(3, count(db, "players"));
            assertEquals(List.of(Map.of("n", 1L)), db.query("SELECT count(*) AS n FROM sqlite_master WHERE name = 'tasks'"));
        }
    }

    /**
     * The same default and CHECK brought to a table that is already there, with no rows: db:generate names it in its "New CHECK"
     * warning (every row gets 'new', which breaks it), which db:push does not print (it tries the rows themselves); the push takes
     * the empty table, and every later insert leaving status out fails, so the push says that.
     */
    @Test
    void aPushAddingADefaultItsNewCheckRefusesToAnEmptyTableWarnsOfIt() {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("dev.sqlite"))) {
            TableDef tasks = new TableDef("tasks", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true)), null, List.of(), List.of(), List.of(), null);
            new Pusher(db, EngineLog.SILENT, Set.of()).push(schema(tasks), false, null);
            TableDef checked = new TableDef("tasks", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true),
                    ColumnDef.of("status", "text").withNotNull(true).withDefault(DefaultValue.string("new"))), null, List.of(), List.of(),
                    List.of(new dev.godwit.schema.model.CheckDef("tasks_status_known", "\"status\" IN ('open', 'done')")), null);
            new Pusher(db, engineLog, Set.of()).push(schema(checked), false, null);

            assertTrue(log.contains("WARN \"tasks\".\"status\" DEFAULT 'new' breaks CHECK \"tasks_status_known\" (\"status\" IN ('open', 'done')): every"
                    + " insert that leaves \"status\" out will fail (CHECK constraint failed). Give the column a default the CHECK accepts, or widen the CHECK"),
                    log.toString());
        }
    }

    /**
     * Rows breaking a constraint get the data hint, naming the constraint SQLite names (the CHECK on a table the push also reshapes,
     * a column added, is left to the database: one on a table it does not is counted before anything).
     */
    @Test
    void aPushTheRowsBreakSaysSoAndChangesNothing() {
        try (SqliteDatabase db = seeded()) {
            TableDef checked = new TableDef("teams", teams(ColumnDef.of("city", "text")).columns(), null, List.of(), List.of(), List.of(
                    new dev.godwit.schema.model.CheckDef("long_name", "length(name) > 3")), null);
            PushRefusedException e = assertThrows(PushRefusedException.class,
                    () -> new Pusher(db, engineLog, Set.of()).push(schema(checked, players()), true, null));
            assertTrue(e.getMessage().contains("CHECK constraint failed: long_name"), e.getMessage());
            assertTrue(e.getMessage().contains("The existing rows do not fit the new schema"), e.getMessage());
            assertEquals(List.of(), db.query("SELECT * FROM sqlite_master WHERE sql LIKE '%long_name%'"));
        }
    }

    /**
     * SQLite lets a column go that another table's trigger still sets, and from then on every insert that fires the trigger
     * fails. A trigger is not in the schema, so the push keeps it, and refuses a change that would break it (-Ddb.force: warns).
     */
    @Test
    void aPushThatWouldBreakATriggerIsRefusedNamingIt() {
        try (SqliteDatabase db = seeded()) {
            db.runAtomically(List.of("ALTER TABLE teams ADD COLUMN motto text",
                    "CREATE TRIGGER players_motto AFTER INSERT ON players BEGIN UPDATE teams SET motto = 'go' WHERE id = NEW.team_id; END"), false);
            PushRefusedException e = assertThrows(PushRefusedException.class,
                    () -> new Pusher(db, engineLog, Set.of()).push(schema(teams(), players()), false, null));
            assertTrue(e.getMessage().startsWith("db:push refused: it would leave triggers of local SQLite file"), e.getMessage());
            assertTrue(e.getMessage().contains("trigger \"players_motto\" on \"players\" can no longer run (no such column: motto): every write on"
                    + " \"players\" that fires it would fail"), e.getMessage());
            assertTrue(e.getMessage().contains("Nothing was changed."), e.getMessage());
            assertEquals(1L, db.query("SELECT count(*) AS n FROM pragma_table_info('teams') WHERE name = 'motto'").get(0).get("n"));
            db.runAtomically(List.of("INSERT INTO players (id, team_id) VALUES (13, 1)"), false);   // the trigger still runs

            log.clear();
            new Pusher(db, engineLog, Set.of()).push(schema(teams(), players()), true, null);
            assertTrue(log.stream().anyMatch(l -> l.startsWith("WARN db:push -Ddb.force leaves triggers that can no longer run:")
                    && l.contains("players_motto")), log.toString());
            assertEquals(0L, db.query("SELECT count(*) AS n FROM pragma_table_info('teams') WHERE name = 'motto'").get(0).get("n"));
        }
    }

    /**
     * A table the push rebuilds keeps its rows, but the rebuild is written from the schema model, which has no place for STRICT,
     * WITHOUT ROWID, ON CONFLICT or a deferred foreign key: the push made such a table plain without a word (db:apply's pre-flight
     * refuses the same rebuild in a migration). Refused without -Ddb.force, said with it.
     */
    @Test
    void aRebuildThatWouldDropStrictOrWithoutRowidIsRefusedWithoutForce() {
        Path file = dir.resolve("clauses.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.runAtomically(List.of("CREATE TABLE teams (id integer PRIMARY KEY NOT NULL, name text NOT NULL) STRICT",
                    "INSERT INTO teams VALUES (1, 'a')"), false);
            SchemaDef wider = schema(new TableDef("teams", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true),
                    ColumnDef.of("name", "text")), null, List.of(), List.of(), List.of(), null));   // drops NOT NULL: a rebuild
            PushRefusedException e = assertThrows(PushRefusedException.class, () -> new Pusher(db, engineLog, Set.of()).push(wider, false, null));
            assertTrue(e.getMessage().contains("\"teams\" would no longer be STRICT"), e.getMessage());
            assertTrue(String.valueOf(db.query("SELECT sql FROM sqlite_master WHERE name = 'teams'").get(0).get("sql")).endsWith("STRICT"));
            new Pusher(db, engineLog, Set.of()).push(wider, true, null);
            assertTrue(log.stream().anyMatch(l -> l.startsWith("WARN db:push -Ddb.force rebuilds tables without") && l.contains("STRICT")), log.toString());
            assertEquals(1, db.query("SELECT * FROM teams").size());
        }
        // renamed and rebuilt in one push: the table is in the database under its old name, and lost STRICT as silently
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("renamed.sqlite"))) {
            db.runAtomically(List.of("CREATE TABLE teams (id integer PRIMARY KEY NOT NULL, name text NOT NULL) STRICT"), false);
            SchemaDef renamed = schema(new TableDef("squads", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true),
                    ColumnDef.of("name", "text")), null, List.of(), List.of(), List.of(), "teams"));
            PushRefusedException e = assertThrows(PushRefusedException.class, () -> new Pusher(db, engineLog, Set.of()).push(renamed, false, null));
            assertTrue(e.getMessage().contains("\"teams\" would no longer be STRICT"), e.getMessage());
            assertTrue(String.valueOf(db.query("SELECT sql FROM sqlite_master WHERE name = 'teams'").get(0).get("sql")).endsWith("STRICT"));
        }
    }

    /**
     * With -Ddb.local.foreignKeysOff the rows a new foreign key leaves dangling are found by PRAGMA foreign_key_check, whose
     * refusal ("the statements leave 1 foreign key violation(s): row 2 of ...") names no "constraint": the push then said "No row
     * broke a constraint ... please report it", under the very rows that broke one.
     */
    @Test
    void rowsANewForeignKeyLeavesDanglingWithForeignKeysOffAreSaidToBreakIt() {
        Path file = dir.resolve("fk.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.runAtomically(List.of("CREATE TABLE teams (id integer PRIMARY KEY NOT NULL, name text NOT NULL)",
                    "CREATE TABLE players (id integer PRIMARY KEY NOT NULL)",
                    "INSERT INTO teams VALUES (1, 'a')", "INSERT INTO players VALUES (1), (2)"), false);
            // the key's column added by the same push, with a default no team has: left to the database rather than refused before
            List<ColumnDef> cols = new ArrayList<>(players().columns());
            cols.set(1, cols.get(1).withDefault(DefaultValue.number(7)));
            TableDef reshaped = new TableDef("players", cols, null, List.of(), players().foreignKeys(), List.of(), null);
            PushRefusedException e = assertThrows(PushRefusedException.class,
                    () -> new Pusher(db, engineLog, Set.of(), true).push(schema(teams(), reshaped), true, null));
            assertTrue(e.getMessage().contains("row 2 of \"players\""), e.getMessage());
            assertTrue(e.getMessage().contains("The existing rows do not fit the new schema"), e.getMessage());
            assertFalse(e.getMessage().contains("No row broke a constraint"), e.getMessage());
        }
    }
}
