package dev.godwit.engine.pull;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.GenerateResult;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.testing.RecordingLog;
import dev.godwit.schema.model.SchemaDef;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * db:pull on a database two years of hand edits and other tools made: the classes it writes compile, load, and give
 * db:generate nothing to do; what the schema cannot hold is named in a warning, never dropped without a word.
 */
class MessyDatabasePullTest {

    @TempDir
    Path dir;

    static final List<String> MESSY = List.of(
            "CREATE TABLE accounts (id INTEGER PRIMARY KEY AUTOINCREMENT, email TEXT NOT NULL COLLATE NOCASE UNIQUE,"
                    + " created TEXT DEFAULT CURRENT_TIMESTAMP, balance REAL DEFAULT (0.0) CHECK (balance >= 0),"
                    + " kind TEXT DEFAULT 'basic' CONSTRAINT kind_known CHECK (kind IN ('basic', 'pro')))",
            "INSERT INTO accounts (email) VALUES ('a@x')",
            "CREATE TABLE kv (k TEXT PRIMARY KEY, v BLOB) WITHOUT ROWID",
            "CREATE TABLE events (id INTEGER PRIMARY KEY, payload TEXT NOT NULL, size INTEGER GENERATED ALWAYS AS (length(payload)) VIRTUAL,"
                    + " at INTEGER NOT NULL DEFAULT (unixepoch())) STRICT",
            "CREATE TABLE \"Order Items\" (\"order id\" INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE, \"line#\" INTEGER NOT NULL,"
                    + " qty INTEGER NOT NULL DEFAULT 1, PRIMARY KEY (\"order id\", \"line#\"))",
            "CREATE INDEX \"Order Items by qty\" ON \"Order Items\" (qty)",
            "CREATE VIEW big_accounts AS SELECT id, email FROM accounts WHERE balance > 100",
            "CREATE TRIGGER accounts_touch AFTER UPDATE ON accounts BEGIN UPDATE accounts SET created = created WHERE id = new.id; END",
            "CREATE VIRTUAL TABLE notes_fts USING fts5(title, body)",
            // empty, as wrangler d1 migrations list leaves it: one with rows is refused (wranglersHistoryWithRowsIsRefusedBeforeAnythingIsWritten)
            "CREATE TABLE d1_migrations (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE, applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)");

    /** Pulls, compiles the classes, and generates from them against the pulled baseline. */
    GenerateResult pullThenGenerate(List<String> ddl, RecordingLog log) throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        SchemaDef fromCode = pulledAndCompiled(dir, ddl, folder, log);
        return new Generator().generate(fromCode, folder, GenerateOptions.batch());
    }

    /**
     * The database {@code ddl} makes ({@code dir}/app.sqlite) pulled into {@code folder} and classes under {@code dir}/src/main/java,
     * those compiled and their schema collected.
     */
    static SchemaDef pulledAndCompiled(Path dir, List<String> ddl, MigrationsFolder folder, RecordingLog log) throws Exception {
        Path src = dir.resolve("src/main/java");
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
            db.runAtomically(ddl, false);
            new Puller(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), log).pull(src, "com.acme.schema", folder, false);
        }
        Map<String, String> sources = new LinkedHashMap<>();
        try (var files = Files.walk(src)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                sources.put(src.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        JavaSchemaWriterTest compiler = new JavaSchemaWriterTest();
        compiler.tmp = dir.resolve("compile");
        return compiler.compileAndCollect(sources);
    }

    @Test
    void aMessyDatabasePullsToClassesThatGenerateNothing() throws Exception {
        RecordingLog log = new RecordingLog();
        GenerateResult again = pullThenGenerate(MESSY, log);
        assertFalse(again.written(), () -> "pull then generate wrote a migration:\n" + again.sql());
        String warnings = String.join("\n", log.lines().stream().filter(l -> l.startsWith("WARN")).toList());
        assertTrue(warnings.contains("\"kv\" is WITHOUT ROWID"), warnings);
        assertTrue(warnings.contains("\"events\" is STRICT"), warnings);
        assertTrue(warnings.contains("trigger \"accounts_touch\" on \"accounts\" is left out"), warnings);
        assertTrue(warnings.contains("\"notes_fts\" is a virtual table"), warnings);
        assertFalse(warnings.contains("d1_migrations"), warnings);   // left out of the tables, and empty: nothing to say
        String baseline = Files.readString(dir.resolve("drizzle/0000_pulled.sql"));
        assertTrue(baseline.contains("`email` TEXT COLLATE NOCASE NOT NULL"), baseline);
    }

    /**
     * Sakila for SQLite, a sample database many tutorials start from: every key referencing actor.actor_id (numeric) is INT, which
     * SQLite compares as the parent stores its own. The pull refused it ("column "actor_id" is INT but references "actor"."actor_id",
     * which is numeric; the types must match ... Change the database first"); it pulls now, and db:generate finds nothing to do.
     */
    @Test
    void sakilaPullsThoughItsKeysReferenceANumericColumnAsInt() throws Exception {
        String script = new String(MessyDatabasePullTest.class.getResourceAsStream("/real-databases/sakila.sql").readAllBytes(),
                StandardCharsets.UTF_8);
        List<String> ddl = new java.util.ArrayList<>(List.of("PRAGMA defer_foreign_keys = ON"));   // store and staff reference each other
        java.util.Arrays.stream(script.replaceAll("(?m)^--.*$", "").split(";\\s*\\n")).map(String::strip).filter(x -> !x.isEmpty())
                .forEach(ddl::add);
        GenerateResult again = pullThenGenerate(ddl, new RecordingLog());
        assertFalse(again.written(), () -> "pull then generate wrote a migration:\n" + again.sql());
        String filmActor = Files.readString(dir.resolve("src/main/java/com/acme/schema/FilmActor.java"), StandardCharsets.UTF_8);
        assertTrue(filmActor.contains("column(\"actor_id\", \"INT\").notNull().references(\"fk_film_actor_actor\", () -> Actor.ACTOR.actorId)"),
                filmActor);
    }

    /**
     * wrangler's history with rows beside an empty __drizzle_migrations, the history pulled into: db:status and db:apply refuse
     * such a database, and the baseline recorded in __drizzle_migrations ended that refusal for good, wrangler and Godwit each
     * taking the other's migrations for pending. The pull recorded it, then warned to undo it by hand (a history row included);
     * it is refused before anything is written now, with the setting that pulls into wrangler's history, which then works.
     */
    @Test
    void wranglersHistoryWithRowsIsRefusedBeforeAnythingIsWritten() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        Path src = dir.resolve("src/main/java");
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
            db.runAtomically(List.of("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL)",
                    "CREATE TABLE d1_migrations (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE, applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)",
                    "INSERT INTO d1_migrations (name) VALUES ('0001_create_users.sql')"), false);
            PullException e = assertThrows(PullException.class, () -> new Puller(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT),
                    new RecordingLog()).pull(src, "com.acme.schema", folder, false));
            assertEquals("local SQLite file " + dir.resolve("app.sqlite") + " has d1_migrations, wrangler's history (`wrangler d1 migrations apply`"
                    + " keeps it), with 1 row(s), while this project's history, __drizzle_migrations, records nothing: db:status and db:apply refuse"
                    + " such a database, and a baseline recorded in __drizzle_migrations would leave the two histories each taking the other's"
                    + " migrations for pending. If wrangler migrates this database, pull into its history: migrations_table = \"d1_migrations\" in"
                    + " the binding of wrangler's config, or -Ddb.migrationsTable=d1_migrations, then mvn db:pull -Dlocal again (see \"Moving a"
                    + " wrangler project to Godwit\" in Godwit's README). If d1_migrations is not this project's history, drop or rename it first."
                    + " Nothing was written.", e.getMessage());
            assertFalse(Files.exists(src));
            assertFalse(Files.exists(folder.dir()));
            assertFalse(HistoryTable.exists(db, HistoryTable.DRIZZLE_DEFAULT));
            // the way it names works: pulled into wrangler's history, the baseline is recorded there beside the row
            new Puller(db, HistoryTable.forName(HistoryTable.WRANGLER_DEFAULT), new RecordingLog()).pull(src, "com.acme.schema", folder, false);
            assertEquals(List.of("0001_create_users.sql", "0000_pulled.sql"), db.query("SELECT name FROM d1_migrations ORDER BY id").stream()
                    .map(r -> String.valueOf(r.get("name"))).toList());
        }
    }

    /**
     * A table whose foreign keys the database declares in another order than the pulled class loads them (a column-level
     * REFERENCES on a later column before a table-level FOREIGN KEY on an earlier one; table-level ones out of column order):
     * the baseline's snapshot listed them as declared, the class (each single-column key on its column) in column order, so
     * the next migration's snapshot reordered an unchanged table's keys, and its rebuilds their clauses. The baseline now lists
     * them as the class loads them.
     */
    @Test
    void theBaselineListsForeignKeysAsThePulledClassesLoadThem() throws Exception {
        List<String> ddl = List.of("CREATE TABLE p1 (id integer PRIMARY KEY)", "CREATE TABLE p2 (id integer PRIMARY KEY)",
                "CREATE TABLE p3 (id integer PRIMARY KEY, k integer, UNIQUE (id, k))",
                "CREATE TABLE t (id integer PRIMARY KEY, a integer, b integer REFERENCES p2(id), c integer, d integer, k integer,"
                        + " FOREIGN KEY (d, k) REFERENCES p3(id, k), FOREIGN KEY (c) REFERENCES p1(id), FOREIGN KEY (a) REFERENCES p1(id))");
        SchemaDef fromCode = pullThenLoad(ddl);
        com.fasterxml.jackson.databind.JsonNode fks = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(dir.resolve("drizzle/meta/0000_snapshot.json").toFile()).path("tables").path("t").path("foreignKeys");
        List<String> inSnapshot = new java.util.ArrayList<>();
        fks.fieldNames().forEachRemaining(inSnapshot::add);
        List<String> loaded = fromCode.tables().stream().filter(x -> x.name().equals("t")).findFirst().orElseThrow().foreignKeys().stream()
                .map(f -> f.name()).toList();
        assertEquals(List.of("t_a_p1_id_fk", "t_b_p2_id_fk", "t_c_p1_id_fk", "t_d_k_p3_id_k_fk"), loaded);
        assertEquals(loaded, inSnapshot);
        String baseline = Files.readString(dir.resolve("drizzle/0000_pulled.sql"));
        assertTrue(baseline.contains("\tFOREIGN KEY (`a`) REFERENCES `p1`(`id`) ON UPDATE no action ON DELETE no action,\n"
                + "\tFOREIGN KEY (`b`) REFERENCES `p2`(`id`) ON UPDATE no action ON DELETE no action,\n"), baseline);
        assertFalse(new Generator().generate(fromCode, MigrationsFolder.at(dir.resolve("drizzle")), GenerateOptions.batch()).written());
    }

    /** Pulls, compiles the classes and collects them. */
    SchemaDef pullThenLoad(List<String> ddl) throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        Path src = dir.resolve("src/main/java");
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
            db.runAtomically(ddl, false);
            new Puller(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), new RecordingLog()).pull(src, "com.acme.schema", folder, false);
        }
        Map<String, String> sources = new LinkedHashMap<>();
        try (var files = Files.walk(src)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                sources.put(src.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        JavaSchemaWriterTest compiler = new JavaSchemaWriterTest();
        compiler.tmp = dir.resolve("compile");
        return compiler.compileAndCollect(sources);
    }

    static final List<String> ODDER = List.of(
            "CREATE TABLE [my table] ([my col] VARCHAR(255) DEFAULT 'it''s', `back tick` DECIMAL(10, 2) DEFAULT -1.5, \"group\" unsigned big int,"
                    + " raw BLOB DEFAULT x'00ff', nada TEXT DEFAULT NULL, UNIQUE ([my col], `back tick`), CHECK (\"group\" > 0))",
            "CREATE INDEX my_desc ON [my table] (\"group\" DESC)",
            "CREATE INDEX my_nocase ON [my table] ([my col] COLLATE NOCASE)",
            "CREATE TABLE class (\"default\" integer PRIMARY KEY ON CONFLICT REPLACE, \"order\" integer REFERENCES [class],"
                    + " total real AS (\"default\" * 2) STORED)",
            "CREATE VIEW v_cols (a, b) AS SELECT \"default\", \"order\" FROM class",
            "CREATE TABLE __drizzle_migrations (id INTEGER PRIMARY KEY, hash text NOT NULL, created_at numeric)",
            "INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('abc', 1700000000000)");

    @Test
    void odderNamesAndClausesPullToClassesThatGenerateNothing() throws Exception {
        RecordingLog log = new RecordingLog();
        GenerateResult again = pullThenGenerate(ODDER, log);
        assertFalse(again.written(), () -> "pull then generate wrote a migration:\n" + again.sql());
        String warnings = String.join("\n", log.lines().stream().filter(l -> l.startsWith("WARN")).toList());
        assertTrue(warnings.contains("table \"class\": column \"default\" PRIMARY KEY ON CONFLICT REPLACE is not kept"), warnings);
        // a key naming no columns to a table without a primary key ([my table]) is refused now (PullerTest): this one means class's own
        assertTrue(Files.readString(dir.resolve("drizzle/0000_pulled.sql")).contains("REFERENCES `class`(`default`)"), warnings);
        assertTrue(warnings.contains("view \"v_cols\" names its columns (\"a\", \"b\"), which the pulled schema does not"), warnings);
        assertTrue(warnings.contains("already had 1 migration recorded in __drizzle_migrations"), warnings);
        String baseline = Files.readString(dir.resolve("drizzle/0000_pulled.sql"));
        assertTrue(baseline.contains("CREATE INDEX `my_desc` ON `my table` (\"group\" DESC);"), baseline);
        assertTrue(baseline.contains("`raw` BLOB DEFAULT x'00ff'"), baseline);
    }


    /**
     * What hand-written DDL holds and a parser splitting on commas or matching names by case would trip on: comments with commas
     * and parentheses inside CREATE TABLE, keys naming their table and columns in another letter case, names holding quotes and
     * backticks, PRIMARY KEY (id AUTOINCREMENT) as a table constraint, an expression index whose string holds a comma, a partial
     * index ending in a comment, defaults of every literal kind. Coverage only (each already round-trips): the classes give
     * db:generate nothing to do, and the baseline builds a database whose indexes and defaults read as the original's.
     */
    @Test
    void handWrittenDdlTrapsPullAndTheBaselineRebuildsThem() throws Exception {
        List<String> ddl = List.of(
                "CREATE TABLE Users (ID INTEGER PRIMARY KEY, Email TEXT UNIQUE COLLATE RTRIM, \"we\"\"ird\" TEXT, `a``b` TEXT)",
                "CREATE TABLE posts ( -- a comment, with a comma\n id INTEGER /* c, d ) */ PRIMARY KEY,\n"
                        + " uid INTEGER REFERENCES USERS(id) ON DELETE CASCADE, -- trailing\n"
                        + " parent_id INTEGER REFERENCES posts, em TEXT REFERENCES users(email), j TEXT, g INT AS (uid + 1),"
                        + " CONSTRAINT pos CHECK (uid > 0 AND (j IS NULL OR j NOT IN ('a''b', '(', ')'))))",
                "CREATE INDEX posts_j ON posts (json_extract(j, '$.a,b'), substr(j, 1, 2))",
                "CREATE INDEX posts_case ON POSTS (UID DESC)",
                "CREATE INDEX posts_w ON posts (uid) WHERE j LIKE '%--%' -- why\n",
                "CREATE TABLE ai (id INTEGER, name TEXT, PRIMARY KEY (id AUTOINCREMENT))",
                "CREATE TABLE lits (id INTEGER PRIMARY KEY, q TEXT DEFAULT 'it''s', neg INTEGER DEFAULT -1, hex INTEGER DEFAULT 0x1F,"
                        + " ts DATETIME DEFAULT CURRENT_TIMESTAMP, d2 TEXT DEFAULT (datetime('now')), money NUMERIC(10,2) DEFAULT 0.00,"
                        + " nl TEXT DEFAULT 'a\nb', bl BLOB DEFAULT X'CAFE', paren INTEGER DEFAULT ((1 + 2) * 3), neghex INTEGER DEFAULT -0x10)");
        GenerateResult again = pullThenGenerate(ddl, new RecordingLog());
        assertFalse(again.written(), () -> "pull then generate wrote a migration:\n" + again.sql());
        String baseline = Files.readString(dir.resolve("drizzle/0000_pulled.sql"));
        assertTrue(baseline.contains("CREATE TABLE `ai` (\n\t`id` INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,"), baseline);
        assertTrue(baseline.contains("FOREIGN KEY (`uid`) REFERENCES `Users`(`ID`) ON UPDATE no action ON DELETE cascade"), baseline);
        try (SqliteDatabase pulled = SqliteDatabase.open(dir.resolve("app.sqlite"));
                SqliteDatabase fresh = SqliteDatabase.open(dir.resolve("fresh.sqlite"))) {
            fresh.runAtomically(java.util.Arrays.stream(baseline.split("--> statement-breakpoint")).map(String::strip)
                    .filter(x -> !x.isEmpty()).toList(), false);
            for (String index : List.of("posts_j", "posts_case", "posts_w")) {
                String keys = "SELECT name, \"desc\", coll FROM pragma_index_xinfo(?) WHERE key = 1 ORDER BY seqno";
                assertEquals(pulled.query(keys, index), fresh.query(keys, index), index);
            }
            String defaults = "SELECT name, dflt_value FROM pragma_table_info('lits') ORDER BY cid";
            assertEquals(pulled.query(defaults), fresh.query(defaults));
            assertEquals(List.of(), fresh.query("PRAGMA foreign_key_check"));
        }
    }

    /**
     * Defaults of another type than their column, as a database made by hand holds them: db:pull wrote them as
     * defaultValue("abc") on an integer column and defaultValue(true) on a text one, which the DSL now refuses, so the pulled
     * classes would not load. They are written as the SQL they are (defaultSql), load, and give db:generate nothing to do;
     * defaults of the column's type stay defaultValue(...).
     */
    @Test
    void defaultsOfAnotherTypeThanTheirColumnPullAsSql() throws Exception {
        GenerateResult again = pullThenGenerate(List.of(
                "CREATE TABLE odd (id INTEGER PRIMARY KEY, n INTEGER DEFAULT 'abc', t TEXT DEFAULT true, r REAL DEFAULT 'n/a',"
                        + " b BLOB DEFAULT 'abc', bn BLOB DEFAULT 7, rf REAL DEFAULT false,"
                        + " ok_n INTEGER DEFAULT '42', ok_t TEXT DEFAULT 'abc', ok_i INTEGER DEFAULT true)"), new RecordingLog());
        assertFalse(again.written(), () -> "pull then generate wrote a migration:\n" + again.sql());
        String odd = Files.readString(dir.resolve("src/main/java/com/acme/schema/Odd.java"), StandardCharsets.UTF_8);
        for (String expected : List.of("integer(\"n\").defaultSql(\"'abc'\")", "text(\"t\").defaultSql(\"true\")",
                "real(\"r\").defaultSql(\"'n/a'\")", "blob(\"b\").defaultValue(\"abc\")", "blob(\"bn\").defaultValue(7)",
                "real(\"rf\").defaultSql(\"false\")", "integer(\"ok_n\").defaultValue(\"42\")", "text(\"ok_t\").defaultValue(\"abc\")",
                "integer(\"ok_i\").defaultValue(true)")) {
            assertTrue(odd.contains(expected), expected + " in\n" + odd);
        }
    }

    /**
     * A view over a table pull leaves out (an FTS5 index): the baseline created it over nothing, so on a fresh database (CI, a
     * new developer's) it "applied" and failed on first use with "no such table: main.notes_fts". It is now kept as an existing
     * view (not created by migrations), named in a warning with the way to keep both.
     */
    @Test
    void aViewOverALeftOutTableIsKeptAsExistingAndNamed() throws Exception {
        RecordingLog log = new RecordingLog();
        GenerateResult again = pullThenGenerate(List.of("CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT)",
                "CREATE VIRTUAL TABLE notes_fts USING fts5(title)", "CREATE VIEW hits AS SELECT rowid, title FROM notes_fts",
                "CREATE VIEW titles AS SELECT title FROM notes"), log);
        assertFalse(again.written(), () -> "pull then generate wrote a migration:\n" + again.sql());
        String baseline = Files.readString(dir.resolve("drizzle/0000_pulled.sql"));
        assertFalse(baseline.contains("hits"), baseline);
        assertTrue(baseline.contains("CREATE VIEW `titles`"), baseline);
        assertTrue(log.lines().contains("WARN view \"hits\" selects from \"notes_fts\", which is left out: it is kept as an existing view, which"
                + " migrations do not create. Create both in a custom migration (mvn db:generate -Ddb.custom) to have them on new databases."),
                log.lines().toString());
        try (SqliteDatabase fresh = SqliteDatabase.open(dir.resolve("fresh.sqlite"))) {
            new dev.godwit.engine.migrate.Migrator(fresh, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), dev.godwit.engine.EngineLog.SILENT)
                    .apply(MigrationsFolder.at(dir.resolve("drizzle")).migrations(), dev.godwit.engine.migrate.ApplyOptions.defaults());
            assertEquals(List.of(Map.of("name", "titles")), fresh.query("SELECT name FROM sqlite_master WHERE type = 'view'"));
        }
    }

    /**
     * Only a view that really reads a left-out table is kept out: one whose column is merely named like it ({@code AS search}
     * beside an FTS5 table {@code search}) was taken for one and missing from new databases. A view over such a view goes too.
     */
    @Test
    void aViewIsKeptOutOnlyWhenItReadsALeftOutTable() throws Exception {
        RecordingLog log = new RecordingLog();
        GenerateResult again = pullThenGenerate(List.of("CREATE TABLE posts (id INTEGER PRIMARY KEY, title TEXT)",
                "CREATE VIRTUAL TABLE search USING fts5(title)",
                "CREATE VIEW post_titles AS SELECT title AS search, 'search' AS kind FROM posts",
                "CREATE VIEW found AS SELECT s.title FROM posts p JOIN search s ON s.title = p.title",
                "CREATE VIEW found_count AS SELECT count(*) AS n FROM found"), log);
        assertFalse(again.written(), () -> "pull then generate wrote a migration:\n" + again.sql());
        String baseline = Files.readString(dir.resolve("drizzle/0000_pulled.sql"));
        assertTrue(baseline.contains("CREATE VIEW `post_titles`"), baseline);
        assertFalse(baseline.contains("CREATE VIEW `found"), baseline);
        assertTrue(log.lines().contains("WARN view \"found\" selects from \"search\", which is left out: it is kept as an existing view, which"
                + " migrations do not create. Create both in a custom migration (mvn db:generate -Ddb.custom) to have them on new databases."),
                log.lines().toString());
        assertTrue(log.lines().stream().anyMatch(l -> l.startsWith("WARN view \"found_count\" selects from \"")), log.lines().toString());
    }

    /**
     * A view's column list that repeats the names its SELECT gives (CREATE VIEW same_names (ID, payload) AS SELECT id, payload)
     * changes nothing where the baseline creates the view without it, yet the warning said a query naming them fails there. The
     * names a new database gives the columns are asked of SQLite: a list that repeats them is said to change nothing, and one
     * that renames them is said with the names there and the ones a query can no longer use.
     */
    @Test
    void aViewsColumnListIsSaidWithTheNamesItsColumnsHaveWithoutIt() throws Exception {
        RecordingLog log = new RecordingLog();
        GenerateResult again = pullThenGenerate(List.of("CREATE TABLE events (id INTEGER PRIMARY KEY, payload TEXT)",
                "CREATE VIEW same_names (ID, payload) AS SELECT id, payload FROM events",
                "CREATE VIEW renamed (id, body) AS SELECT e.id, upper(payload) FROM events AS e"), log);
        assertFalse(again.written(), () -> again.sql());
        assertEquals(List.of("WARN view \"same_names\" names its columns (\"ID\", \"payload\"), which the pulled schema does not (the model has"
                        + " no place for a view's column list); its SELECT gives them the same names (\"id\", \"payload\"), so the view reads the"
                        + " same where the baseline creates it without the list",
                "WARN view \"renamed\" names its columns (\"id\", \"body\"), which the pulled schema does not (the model has no place for a"
                        + " view's column list): the baseline migration creates the view without the list on a new database (CI, another"
                        + " environment), and so does any later migration that creates it again, so there its columns take the names its SELECT"
                        + " gives them (\"id\", \"upper(payload)\") and a query naming \"body\" fails. To keep the names, give them in the SELECT"
                        + " of the pulled class (SELECT ... AS \"body\", ...), then run mvn db:generate"),
                log.lines().stream().filter(l -> l.startsWith("WARN")).toList());
        try (SqliteDatabase fresh = SqliteDatabase.open(dir.resolve("fresh.sqlite"))) {
            fresh.runAtomically(MigrationsFolder.at(dir.resolve("drizzle")).migrations().get(0).statements(), false);
            assertEquals(List.of("id", "payload"), fresh.query("SELECT name FROM pragma_table_info('same_names')").stream().map(r -> r.get("name")).toList());
            assertEquals(List.of("id", "upper(payload)"), fresh.query("SELECT name FROM pragma_table_info('renamed')").stream().map(r -> r.get("name")).toList());
        }
    }

    /** STRICT's ANY type means NUMERIC affinity without STRICT: said, since values would change on a rebuild. */
    @Test
    void aStrictTablesAnyColumnIsNamed() throws Exception {
        RecordingLog log = new RecordingLog();
        GenerateResult again = pullThenGenerate(List.of("CREATE TABLE bag (id INTEGER PRIMARY KEY, v ANY, n INT) STRICT"), log);
        assertFalse(again.written(), () -> again.sql());
        assertTrue(log.lines().contains("WARN " + lacks("bag", "STRICT") + STRICT_TYPES + ". Without STRICT its ANY column(s) \"v\" take NUMERIC affinity (text"
                + " such as '007' stored as the number 7); declare them BLOB to keep values as given"), log.lines().toString());
    }

    static final String STRICT_TYPES = ". A column added to it must be typed INT, INTEGER, REAL, TEXT, BLOB or ANY: this database refuses"
            + " another type (ALTER TABLE ... ADD ... fails with 'unknown datatype'), which a new database, made without STRICT, takes";

    static String lacks(String table, String option) {
        return "table \"" + table + "\" is " + option + ", which the pulled schema does not say (the model has no place for it): the baseline"
                + " migration creates it without " + option + " on a new database (CI, another environment), and a later migration that"
                + " rebuilds \"" + table + "\" (most column and key changes do) creates it without " + option + " here too. db:apply's"
                + " pre-flight refuses such a migration, naming " + option + ", until the rebuild is written with it by hand (mvn db:generate"
                + " -Ddb.custom) or -Ddb.acceptDataLoss accepts the table without it; a fleet's apply (-Ddb.d1.databases) runs no pre-flight"
                + " and applies such a migration as it is, so apply it to one of its databases first (-Ddb.d1.databaseId=ID)";
    }

    /**
     * STRICT, WITHOUT ROWID and a view's column list have no place in the model: the pulled classes and the baseline lack them.
     * The warnings said only "a rebuild would drop STRICT" / "is not kept", not that every new database made from the baseline
     * lacks them from the start, nor (for the view) that its columns then have other names. Each now says what is lacking,
     * where it goes missing and what comes of it.
     */
    @Test
    void strictWithoutRowidAndAViewsColumnListAreSaidWithWhatTheyMeanLater() throws Exception {
        RecordingLog log = new RecordingLog();
        GenerateResult again = pullThenGenerate(List.of("CREATE TABLE events (id INTEGER PRIMARY KEY, payload TEXT NOT NULL) STRICT",
                "CREATE TABLE \"Key Values\" (k TEXT PRIMARY KEY, v BLOB) STRICT, WITHOUT ROWID",
                "CREATE VIEW recent (event_id, body) AS SELECT id, payload FROM events"), log);
        assertFalse(again.written(), () -> again.sql());
        List<String> warnings = log.lines().stream().filter(l -> l.startsWith("WARN")).toList();
        assertEquals(List.of("WARN " + lacks("events", "STRICT") + STRICT_TYPES, "WARN " + lacks("Key Values", "STRICT") + STRICT_TYPES, "WARN " + lacks("Key Values", "WITHOUT ROWID"),
                "WARN view \"recent\" names its columns (\"event_id\", \"body\"), which the pulled schema does not (the model has no place for"
                        + " a view's column list): the baseline migration creates the view without the list on a new database (CI, another"
                        + " environment), and so does any later migration that creates it again, so there its columns take the names its SELECT"
                        + " gives them (\"id\", \"payload\") and a query naming \"event_id\", \"body\" fails. To keep the names, give them in the"
                        + " SELECT of the pulled class (SELECT ... AS \"event_id\", ...), then run mvn db:generate"), warnings);
        // what the warnings say of a new database: the baseline applied to one lacks all three
        try (SqliteDatabase fresh = SqliteDatabase.open(dir.resolve("fresh.sqlite"))) {
            fresh.runAtomically(MigrationsFolder.at(dir.resolve("drizzle")).migrations().get(0).statements(), false);
            String ddl = String.join("\n", fresh.query("SELECT sql FROM sqlite_master WHERE name IN ('events', 'Key Values', 'recent')").stream()
                    .map(r -> String.valueOf(r.get("sql"))).toList());
            assertFalse(ddl.contains("STRICT") || ddl.contains("WITHOUT ROWID") || ddl.contains("event_id"), ddl);
            assertEquals(List.of("id", "payload"), fresh.query("SELECT name FROM pragma_table_info('recent')").stream().map(r -> r.get("name")).toList());
        }
        // and of a later rebuild here: the pre-flight refuses it, naming STRICT
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        SchemaDef pulled = dev.godwit.engine.verify.Verifier.recorded(folder);
        SchemaDef changed = new SchemaDef(pulled.tables().stream().map(t -> !t.name().equals("events") && !t.name().equals("Key Values") ? t
                : t.withColumns(t.columns().stream().map(c -> c.name().equals("payload") ? c.withNotNull(false) : c.name().equals("v") ? c.withNotNull(true) : c)
                        .toList())).toList(), pulled.views());
        assertTrue(new Generator().generate(changed, folder, GenerateOptions.batch().withName("nullable").withAcceptDataLoss(true)).written());   // v made NOT NULL
        Path app = dir.resolve("app.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(app)) {
            var e = org.junit.jupiter.api.Assertions.assertThrows(dev.godwit.engine.preflight.PreflightRefusedException.class,
                    () -> new dev.godwit.engine.migrate.Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), dev.godwit.engine.EngineLog.SILENT)
                            .checkingPendingWith(dev.godwit.engine.preflight.Preflight.ofFile(app, false, dev.godwit.engine.EngineLog.SILENT))
                            .apply(folder, dev.godwit.engine.migrate.ApplyOptions.defaults()));
            assertTrue(e.getMessage().contains("\"events\" is no longer STRICT"), e.getMessage());
            assertTrue(e.getMessage().contains("\"Key Values\" is no longer WITHOUT ROWID"), e.getMessage());
            assertTrue(e.getMessage().contains("\"Key Values\" is no longer STRICT"), e.getMessage());
        }
    }

    /**
     * A view whose SELECT ends in a -- comment (SQLite keeps it as written): pull failed with "ends in a -- comment, which
     * would swallow the rest of the statement", though it ends the statement. The planner now closes the comment with a
     * line break; the baseline applies to a new database, and the view stays as written.
     */
    @Test
    void aViewEndingInALineCommentPullsAndApplies() throws Exception {
        RecordingLog log = new RecordingLog();
        GenerateResult again = pullThenGenerate(List.of("CREATE TABLE t (id INTEGER PRIMARY KEY)",
                "CREATE VIEW v AS SELECT id FROM t -- every row", "CREATE VIEW w AS SELECT id FROM t WHERE id > 0 -- positive;"), log);
        assertFalse(again.written(), () -> again.sql());
        String baseline = Files.readString(dir.resolve("drizzle/0000_pulled.sql"));
        assertTrue(baseline.contains("CREATE VIEW `v` AS SELECT id FROM t -- every row\n;"), baseline);
        try (SqliteDatabase fresh = SqliteDatabase.open(dir.resolve("fresh.sqlite"))) {
            new dev.godwit.engine.migrate.Migrator(fresh, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), dev.godwit.engine.EngineLog.SILENT)
                    .apply(MigrationsFolder.at(dir.resolve("drizzle")).migrations(), dev.godwit.engine.migrate.ApplyOptions.defaults());
            assertEquals(List.of(Map.of("name", "v"), Map.of("name", "w")),
                    fresh.query("SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name"));
            fresh.runAtomically(List.of("INSERT INTO t VALUES (1)"), false);
            assertEquals(1L, fresh.query("SELECT count(*) AS n FROM w").get(0).get("n"));
        }
    }

    /**
     * A CHECK whose expression ends in a -- comment, its ) on the next line (SQLite keeps it as written): pull failed with
     * "ends in a -- comment, which would swallow the rest of the statement; end the comment with a line break", though the
     * database's statement does. The check keeps the line break; the baseline applies to a new database, with the check.
     */
    @Test
    void aCheckEndingInALineCommentPullsAndApplies() throws Exception {
        RecordingLog log = new RecordingLog();
        GenerateResult again = pullThenGenerate(List.of("CREATE TABLE items (id INTEGER PRIMARY KEY, -- surrogate\n"
                + " qty INTEGER NOT NULL CHECK (qty > 0 -- positive only\n ),\n CONSTRAINT cheap CHECK (qty < 100 -- for now\n))"), log);
        assertFalse(again.written(), () -> again.sql());
        try (SqliteDatabase fresh = SqliteDatabase.open(dir.resolve("fresh.sqlite"))) {
            new dev.godwit.engine.migrate.Migrator(fresh, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), dev.godwit.engine.EngineLog.SILENT)
                    .apply(MigrationsFolder.at(dir.resolve("drizzle")).migrations(), dev.godwit.engine.migrate.ApplyOptions.defaults());
            fresh.runAtomically(List.of("INSERT INTO items VALUES (1, 5)"), false);
            for (String bad : List.of("INSERT INTO items VALUES (2, 0)", "INSERT INTO items VALUES (3, 100)")) {
                try {
                    fresh.runAtomically(List.of(bad), false);
                    throw new AssertionError("the check let through: " + bad);
                } catch (dev.godwit.engine.db.DatabaseException expected) {
                    assertTrue(expected.getMessage().contains("CHECK constraint failed"), expected.getMessage());
                }
            }
        }
    }

    /**
     * A UNIQUE constraint whose key names a collation ({@code UNIQUE (email COLLATE NOCASE)}: no two emails differing only in
     * case) was pulled as unique on the column alone, without a word: a new database from the baseline took 'a@X.com' beside
     * 'A@x.com', and db:generate and db:verify saw nothing. It is pulled with its keys as written; a PRIMARY KEY's collation,
     * which the model has no place for, is named.
     */
    @Test
    void aUniqueConstraintsCollationIsKept() throws Exception {
        RecordingLog log = new RecordingLog();
        GenerateResult again = pullThenGenerate(List.of("CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT NOT NULL, handle TEXT,"
                + " UNIQUE (email COLLATE NOCASE), CONSTRAINT h_uq UNIQUE (handle COLLATE NOCASE, id))",
                "CREATE TABLE codes (code TEXT, label TEXT, PRIMARY KEY (code COLLATE NOCASE, label))"), log);
        assertFalse(again.written(), () -> again.sql());
        String warnings = String.join("\n", log.lines());
        assertTrue(warnings.contains("table \"codes\": PRIMARY KEY (code COLLATE NOCASE, label) is not kept"), warnings);
        try (SqliteDatabase fresh = SqliteDatabase.open(dir.resolve("fresh.sqlite"))) {
            new dev.godwit.engine.migrate.Migrator(fresh, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), dev.godwit.engine.EngineLog.SILENT)
                    .apply(MigrationsFolder.at(dir.resolve("drizzle")).migrations(), dev.godwit.engine.migrate.ApplyOptions.defaults());
            fresh.runAtomically(List.of("INSERT INTO accounts (email, handle) VALUES ('A@x.com', 'Bob')"), false);
            for (String dup : List.of("INSERT INTO accounts (email) VALUES ('a@X.com')", "INSERT INTO accounts (id, email, handle) VALUES (1, 'c@x', 'bob')")) {
                try {
                    fresh.runAtomically(List.of(dup), false);
                    throw new AssertionError("the unique constraint let through: " + dup);
                } catch (dev.godwit.engine.db.DatabaseException expected) {
                    assertTrue(expected.getMessage().contains("UNIQUE constraint failed"), expected.getMessage());
                }
            }
        }
    }

    /**
     * A UNIQUE constraint naming the collation its column declares anyway (email TEXT COLLATE NOCASE, UNIQUE (email COLLATE NOCASE)),
     * which a child references (SQLite takes it as the parent key): pulled as an index of expressions, the pull refused the
     * database ("references [email] of users, which are neither its primary key nor unique; SQLite reports foreign key mismatch on
     * every write"), which it does not. It is unique on the column, whose collation the model keeps.
     */
    @Test
    void aUniqueConstraintNamingItsColumnsOwnCollationIsUniqueOnTheColumn() throws Exception {
        RecordingLog log = new RecordingLog();
        GenerateResult again = pullThenGenerate(List.of("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL COLLATE NOCASE,"
                + " UNIQUE (email COLLATE nocase))", "CREATE TABLE posts (id INTEGER PRIMARY KEY, author TEXT REFERENCES users(email))"), log);
        assertFalse(again.written(), () -> again.sql());
        try (SqliteDatabase fresh = SqliteDatabase.open(dir.resolve("fresh.sqlite"))) {
            new dev.godwit.engine.migrate.Migrator(fresh, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), dev.godwit.engine.EngineLog.SILENT)
                    .apply(MigrationsFolder.at(dir.resolve("drizzle")).migrations(), dev.godwit.engine.migrate.ApplyOptions.defaults());
            fresh.runAtomically(List.of("INSERT INTO users (email) VALUES ('A@x.com')", "INSERT INTO posts (author) VALUES ('a@X.com')"), false);
            try {
                fresh.runAtomically(List.of("INSERT INTO users (email) VALUES ('a@X.com')"), false);
                throw new AssertionError("the unique constraint let a@X.com through beside A@x.com");
            } catch (dev.godwit.engine.db.DatabaseException expected) {
                assertTrue(expected.getMessage().contains("UNIQUE constraint failed"), expected.getMessage());
            }
        }
    }

    /**
     * A column-level UNIQUE beside a CREATE UNIQUE INDEX named as drizzle names that constraint (users_email_unique): SQLite
     * keeps the two apart (the constraint's index is sqlite_autoindex_users_1), but the pull named the constraint
     * users_email_unique too and refused the database ("declared twice; index names are shared by the whole database").
     * The constraint takes a free name; both are kept.
     */
    @Test
    void aUniqueConstraintWhoseNameAnIndexHasIsPulledUnderAFreeName() throws Exception {
        RecordingLog log = new RecordingLog();
        GenerateResult again = pullThenGenerate(List.of("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT UNIQUE, name TEXT,"
                + " CONSTRAINT users_name_idx UNIQUE (name))", "CREATE UNIQUE INDEX users_email_unique ON users (email)",
                "CREATE INDEX users_name_idx ON users (name)"), log);
        assertFalse(again.written(), () -> again.sql());
        String baseline = Files.readString(dir.resolve("drizzle/0000_pulled.sql"));
        for (String index : List.of("`users_email_unique`", "`users_email_unique_2`", "`users_name_idx`", "`users_name_idx_2`")) {
            assertTrue(baseline.contains("INDEX " + index + " ON"), baseline);
        }
    }

    /**
     * A TEXT PRIMARY KEY without NOT NULL lets rows hold NULL in it (SQLite's legacy), while the pulled schema declares the key
     * NOT NULL: nothing was said, and the first migration rebuilding the table failed on "NOT NULL constraint failed" over a
     * column nobody changed. The pull names the column and its rows.
     */
    @Test
    void aPrimaryKeyHoldingNullIsNamed() throws Exception {
        RecordingLog log = new RecordingLog();
        GenerateResult again = pullThenGenerate(List.of("CREATE TABLE kv (k TEXT PRIMARY KEY, v TEXT)", "INSERT INTO kv VALUES (NULL, 'a'), ('b', 'c')",
                "CREATE TABLE ok (k TEXT PRIMARY KEY, v TEXT)", "INSERT INTO ok VALUES ('a', NULL)",
                "CREATE TABLE pair (a TEXT, b TEXT, PRIMARY KEY (a, b))", "INSERT INTO pair VALUES ('x', NULL)"), log);
        assertFalse(again.written(), () -> again.sql());
        List<String> warnings = log.lines().stream().filter(l -> l.contains("is part of the primary key")).toList();
        assertEquals(2, warnings.size(), log.lines().toString());
        assertTrue(warnings.get(0).contains("column \"kv\".\"k\" is part of the primary key, and 1 row(s) hold NULL in it"), warnings.get(0));
        assertTrue(warnings.get(1).contains("column \"pair\".\"b\" is part of the primary key"), warnings.get(1));
    }

    /**
     * An INTEGER PRIMARY KEY declared DESC is not the rowid, so SQLite let it take a text or a real ('abc', 2.5) where the
     * pulled schema, reading it as INTEGER PRIMARY KEY, makes it the rowid, which takes integers only: the first migration
     * rebuilding the table failed on those rows ("datatype mismatch") and the pull said nothing. Now they are named, with the query.
     */
    @Test
    void anIntegerPrimaryKeyDeclaredDescHoldingTextIsNamed() throws Exception {
        RecordingLog log = new RecordingLog();
        GenerateResult again = pullThenGenerate(List.of("CREATE TABLE nums (id INTEGER PRIMARY KEY DESC, n INTEGER)",
                "INSERT INTO nums VALUES ('abc', 1), (2.5, 2), ('7', 3), (8, 4)"), log);
        assertFalse(again.written(), () -> again.sql());
        List<String> warnings = log.lines().stream().filter(l -> l.contains("INTEGER PRIMARY KEY DESC")).toList();
        assertEquals(List.of("WARN column \"nums\".\"id\" is declared INTEGER PRIMARY KEY DESC, which SQLite does not make the rowid (a quirk"
                + " of its early versions), and 2 row(s) hold a value that is not an integer in it (a text or a real, which SQLite keeps in"
                + " such a column); the pulled schema declares it INTEGER PRIMARY KEY, the rowid, which takes integers only, so a later"
                + " migration that rebuilds \"nums\" fails on those rows (datatype mismatch; nothing changes). Give them integer keys or"
                + " delete them first: SELECT * FROM \"nums\" WHERE typeof(\"id\") NOT IN ('integer', 'null')"), warnings);
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("app.sqlite"))) {   // the rebuild it warns about, and the query it gives
            db.runAtomically(List.of("CREATE TABLE nums_copy (id INTEGER PRIMARY KEY NOT NULL, n INTEGER)"), false);
            var e = assertThrows(RuntimeException.class, () -> db.runAtomically(List.of("INSERT INTO nums_copy SELECT * FROM nums"), false));
            assertTrue(e.getMessage().contains("datatype mismatch"), e.getMessage());
            assertEquals(2, db.query("SELECT * FROM \"nums\" WHERE typeof(\"id\") NOT IN ('integer', 'null')").size());
        }
    }

    /**
     * An INTEGER PRIMARY KEY declared DESC is not the rowid (SQLite's quirk), so a row inserted without it holds NULL there; the
     * model reads it as INTEGER PRIMARY KEY, the rowid, and the pull asked nothing of it: such rows went unsaid, and a rebuild gives
     * them new ids. Named, with the query.
     */
    @Test
    void anIntegerPrimaryKeyDeclaredDescHoldingNullIsNamed() throws Exception {
        RecordingLog log = new RecordingLog();
        GenerateResult again = pullThenGenerate(List.of("CREATE TABLE nums (id INTEGER PRIMARY KEY DESC, n INTEGER)", "INSERT INTO nums (n) VALUES (1), (2)",
                "CREATE TABLE plain (id INTEGER PRIMARY KEY, n INTEGER)", "INSERT INTO plain (n) VALUES (1)"), log);
        assertFalse(again.written(), () -> again.sql());
        List<String> warnings = log.lines().stream().filter(l -> l.contains("INTEGER PRIMARY KEY DESC")).toList();
        assertEquals(1, warnings.size(), log.lines().toString());
        assertTrue(warnings.get(0).contains("column \"nums\".\"id\" is declared INTEGER PRIMARY KEY DESC, which SQLite does not make the rowid")
                && warnings.get(0).contains("2 row(s) hold NULL in it") && warnings.get(0).endsWith("SELECT * FROM \"nums\" WHERE \"id\" IS NULL"), warnings.get(0));
    }
}
