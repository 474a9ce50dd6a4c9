package dev.godwit.engine.d1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import dev.godwit.engine.testing.RecordingLog;
import dev.godwit.engine.testing.TestTables;

import dev.godwit.engine.folder.Checksums;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.ApplyResult;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Migrator on D1 through the stand-in: one request per migration, and lost answers never apply anything twice. */
class D1MigratorTest {

    static final String ACCOUNT = "0123456789abcdef0123456789abcdef";
    static final String DATABASE = "c020574a-5623-407b-be0c-cd192bab9545";
    static final String TOKEN = "migrator-token-xyz-123";

    @TempDir
    Path dir;
    MigrationsFolder folder;
    D1StandIn standIn;
    final RecordingLog log = new RecordingLog();
    final List<String> logLines = log.lines();

    static TableDef table(String name, String... columns) {
        return TestTables.table(name, columns);
    }

    @BeforeEach
    void setUp() {
        folder = MigrationsFolder.at(dir.resolve("drizzle"));
        Generator g = new Generator();
        g.generate(new SchemaDef(List.of(table("users", "name")), List.of()), folder, GenerateOptions.batch().withName("init"));
        g.generate(new SchemaDef(List.of(table("users", "name", "email")), List.of()), folder, GenerateOptions.batch().withName("email"));
        g.generate(new SchemaDef(List.of(table("users", "name", "email"), table("posts", "title")), List.of()), folder, GenerateOptions.batch().withName("posts"));
        standIn = D1StandIn.start(dir.resolve("d1.sqlite"), ACCOUNT, DATABASE, TOKEN);
    }

    @AfterEach
    void tearDown() {
        standIn.close();
    }

    D1Database d1() {
        return new D1Database(new D1Settings(ACCOUNT, DATABASE, TOKEN, standIn.endpoint()).withRetries(4, Duration.ofMillis(10), Duration.ofSeconds(2)));
    }

    ApplyResult apply(D1Database db) {
        return new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log).apply(folder.migrations(), ApplyOptions.defaults());
    }

    /**
     * D1's own failures that its docs say to retry (debug-d1's "List of D1_ERRORs"), answered as its other 7500 errors (HTTP 400):
     * "Internal error while starting up D1 DB storage caused object to be reset." was taken for refused SQL, never retried, the
     * migration probed to name a statement (CREATE UNIQUE INDEX ...) and "Fix the cause (the data, or the migration ...)" said. It
     * is retried now; and "D1 DB is overloaded", retried already, ended the same way once the retries ran out: now the migration
     * is said not applied, by a failure of D1's own, with no statement named and no probes sent.
     */
    @Test
    void d1sOwnFailuresToRetryAreRetriedAndNeverBlamedOnAStatement() {
        standIn.failWithD1ErrorWhenBodyContains("ADD `email`", 1, 400, "Internal error while starting up D1 DB storage caused object to be reset.");
        try (D1Database db = d1()) {
            assertEquals(3, apply(db).applied().size());
        }
        assertEquals(2, standIn.requestLog().stream().filter(b -> b.contains("ADD `email`")).count(), "sent again once");
        standIn.clearFaults();
        g().generate(new SchemaDef(List.of(table("users", "name", "email"), table("posts", "title"), table("tags", "label")), List.of()), folder,
                GenerateOptions.batch().withName("tags"));
        int before = standIn.requestLog().size();
        standIn.failWithD1ErrorWhenBodyContains("`tags`", 99, 400, "D1 DB is overloaded. Too many requests queued.");
        try (D1Database db = d1()) {
            dev.godwit.engine.migrate.MigrationException e = org.junit.jupiter.api.Assertions.assertThrows(
                    dev.godwit.engine.migrate.MigrationException.class, () -> apply(db));
            assertTrue(e.getMessage().startsWith("Migration 0003_tags.sql was not applied: Cloudflare D1 could not run the request (HTTP 400,"
                    + " code 7500: D1 DB is overloaded. Too many requests queued.) in 4 attempt(s): a failure of D1's own, not of the SQL; D1"
                    + " rolls such a request back, so nothing of it was applied. Wait a minute, then run again.\n  Nothing of it ran on"
                    + " Cloudflare D1 database " + DATABASE + ": the database is as it was after the previous migration."), e.getMessage());
        }
        List<String> sent = standIn.requestLog().subList(before, standIn.requestLog().size());
        assertEquals(4, sent.stream().filter(b -> b.contains("`tags`")).count(), "4 attempts, no probes");
        assertTrue(sent.stream().noneMatch(b -> b.contains("godwit_probe")), "no probes");
    }

    Generator g() {
        return new Generator();
    }

    /**
     * D1 failing the history read at the start (a 5xx, its retries spent) ended "... 4 time(s); D1 rolls a failed request back, so
     * nothing was applied.", as a migration's failure does: which one? It now says the history read failed, before any was sent.
     */
    @Test
    void aFailedHistoryReadSaysItWasTheHistoryBeforeAnyMigrationWasSent() {
        try (D1Database db = d1()) {
            assertEquals(3, apply(db).applied().size());
        }
        standIn.failNextWith500(10);
        try (D1Database db = d1()) {
            D1Exception e = org.junit.jupiter.api.Assertions.assertThrows(D1Exception.class, () -> apply(db));
            assertEquals("Cloudflare D1 failed (HTTP 500, code 7500: internal error; reference = standin?) 4 time(s) while reading the"
                    + " migration history (__drizzle_migrations), before any migration was sent: nothing was applied. Wait a minute, then"
                    + " run again.", e.getMessage().replaceAll("standin\\d+", "standin?"));
            assertEquals(500, e.httpStatus());
        }
    }

    /**
     * A migration D1 cuts at its 30 s per request (Cloudflare's 504 Gateway Time-out, nothing committed) was read as a lost answer
     * and sent twice more (three requests, each up to 30 s of a database that may not serve requests meanwhile), then reported
     * "the database's answer was lost ... Run db:apply again", which would be cut again. After the history read shows it not
     * recorded, it is now not resent, and the error says it was cut, that the database is as before, and how to split it.
     */
    @Test
    void aMigrationCutByD1sTimeLimitIsNotSentAgainAndSaysHowToSplitIt() {
        standIn.cutAsOverTimeLimitWhenBodyContains("ADD `email`");
        try (D1Database db = d1()) {
            org.junit.jupiter.api.Assertions.assertThrows(dev.godwit.engine.migrate.MigrationException.class, () -> apply(db));
        }
        assertEquals(1, standIn.requestLog().stream().filter(b -> b.contains("ADD `email`")).count(), "sent once");
        try (D1Database db = d1()) {
            dev.godwit.engine.migrate.MigrationException e = org.junit.jupiter.api.Assertions.assertThrows(
                    dev.godwit.engine.migrate.MigrationException.class, () -> apply(db));
            assertTrue(e.getMessage().matches("(?s)Migration 0001_email\\.sql was cut by D1's limit of 30 s per request \\(Received a malformed"
                    + " response from the Cloudflare API \\(HTTP 504: <html>.*</html>\\); the request may or may not have been applied\\., after"
                    + " \\d+\\.\\d s\\)\\. D1 rolled it back, and __drizzle_migrations does not record it: the database is as it was after the"
                    + " previous migration\\. It was not sent again: it would be cut again, and the database may not serve requests while it"
                    + " runs\\. Split it: each migration is one request, so move its slow statements into migrations of their own \\(mvn"
                    + " db:generate -Ddb\\.custom\\) and run data statements over large tables in batches, one range of keys per migration;"
                    + " db:apply -Dlocal on wrangler's local D1 file holding a copy of the data times each migration \\(the pre-flight warns"
                    + " from 10 s\\)\\."), e.getMessage());
            assertEquals(List.of("1"), db.query("SELECT count(*) AS n FROM __drizzle_migrations").stream().map(r -> String.valueOf(r.get("n"))).toList());
            assertEquals(List.of("id", "name"), db.query("SELECT name FROM pragma_table_info('users') ORDER BY cid").stream()
                    .map(r -> String.valueOf(r.get("name"))).toList());
        }
    }

    /**
     * The same cut as D1's own reset (HTTP 500 with its envelope, 7500 "... exceeded timeout which caused object to be reset."):
     * D1Client took it for a transient 500 and sent the migration again inside one attempt, 4 requests here (5 by default),
     * each up to 30 s of a database that may not serve requests meanwhile, and the message then said "Cloudflare D1 failed ...
     * 4 time(s)". It is now sent once, and the Migrator says it was cut and how to split it.
     */
    @Test
    void aMigrationD1ResetForItsTimeIsSentOnceAndSaysHowToSplitIt() {
        for (int status : new int[] {500, 400})
        for (String reset : List.of("D1 DB storage operation exceeded timeout which caused object to be reset.",
                "D1 DB's isolate exceeded its CPU time limit and was reset.")) {
            standIn.clearFaults();
            standIn.resetForTimeWhenBodyContains("ADD `email`", status, reset);
            int before = standIn.requestLog().size();
            try (D1Database db = d1()) {
                dev.godwit.engine.migrate.MigrationException e = org.junit.jupiter.api.Assertions.assertThrows(
                        dev.godwit.engine.migrate.MigrationException.class, () -> apply(db));
                assertTrue(e.getMessage().startsWith("Migration 0001_email.sql was cut by D1's limit of 30 s per request (D1 cut the request"
                        + " at its time limit (HTTP " + status + ", code 7500: " + reset + "); D1 rolls such a request back, so nothing of it"
                        + " was applied, and it was not sent again., after "), e.getMessage());
                assertTrue(e.getMessage().contains("Split it: each migration is one request"), e.getMessage());
                assertEquals(List.of("id", "name"), db.query("SELECT name FROM pragma_table_info('users') ORDER BY cid").stream()
                        .map(r -> String.valueOf(r.get("name"))).toList());
            }
            assertEquals(1, standIn.requestLog().subList(before, standIn.requestLog().size()).stream().filter(b -> b.contains("ADD `email`")).count(),
                    "sent once (HTTP " + status + ")");
        }
    }

    /**
     * D1's reset for a request's memory (debug-d1, "List of D1_ERRORs": "D1 DB's isolate exceeded its memory limit and was reset.", a
     * query that loaded too much into memory) was taken for refused SQL: the migration re-sent in growing parts to name a statement
     * (each part another reset of the database), then "rolled back ... fix the migration". It is now sent once, not probed, and
     * said in its own words: memory, a statement over a big table, split it.
     */
    @Test
    void aMigrationD1ResetForItsMemoryIsSentOnceNotProbedAndSaysSo() {
        String reset = "D1 DB's isolate exceeded its memory limit and was reset.";
        for (int status : new int[] {400, 500}) {
            standIn.clearFaults();
            standIn.resetForTimeWhenBodyContains("ADD `email`", status, reset);
            int before = standIn.requestLog().size();
            try (D1Database db = d1()) {
                dev.godwit.engine.migrate.MigrationException e = org.junit.jupiter.api.Assertions.assertThrows(
                        dev.godwit.engine.migrate.MigrationException.class, () -> apply(db));
                assertEquals("Migration 0001_email.sql was reset by D1 for its memory (D1 reset the database for the request's memory (HTTP "
                        + status + ", code 7500: " + reset + "): a statement loaded too much into memory; D1 rolls such a request back, so"
                        + " nothing of it was applied, and it was not sent again.). D1 rolled it back, and __drizzle_migrations does not record"
                        + " it: the database is as it was after the previous migration. It was not sent again: it would be reset again. A"
                        + " statement of it loads too much into memory at once, usually one over a big table (an UPDATE or INSERT ... SELECT"
                        + " over all its rows, a table rebuild's copy, an index over it, a large sort): split it, running data statements over"
                        + " large tables in batches, one range of keys per migration (mvn db:generate -Ddb.custom), and keep the slow or large"
                        + " statements in migrations of their own.", e.getMessage());
                assertEquals(List.of("id", "name"), db.query("SELECT name FROM pragma_table_info('users') ORDER BY cid").stream()
                        .map(r -> String.valueOf(r.get("name"))).toList());
            }
            List<String> sent = standIn.requestLog().subList(before, standIn.requestLog().size());
            assertEquals(1, sent.stream().filter(b -> b.contains("ADD `email`")).count(), "sent once (HTTP " + status + ")");
            assertTrue(sent.stream().noneMatch(b -> b.contains("godwit_probe")), "no probes");
        }
    }

    /**
     * Whether D1 reads its 100,000 bytes of SQL over a whole request is open (workers-sdk#6347). Where it answers a migration
     * "statement too long" though none of its statements is that long, the growing prefixes sent to name the statement failed from
     * the one whose prefix passed 100,000 bytes on, and the error blamed that innocent statement ("split it (an INSERT of many rows
     * ...)"). It now says D1 refused the request's length, with its size, and to split the migration; no probe is sent.
     */
    @Test
    void statementTooLongForARequestOfShortStatementsBlamesTheRequestNotAStatement() {
        try (D1Database db = d1()) {
            apply(db);
        }
        String row = "'" + "x".repeat(95) + "'";   // short literals: the stand-in's own regexes overflow on a 40 KB one
        String rows = String.join("), (", java.util.Collections.nCopies(400, row));
        Migration big = new Migration(new dev.godwit.engine.folder.JournalEntry(3, "6", 1_900_000_000_000L, "0003_seed", true), dir.resolve("0003_seed.sql"),
                "INSERT INTO posts (title) VALUES (" + rows + ");\n--> statement-breakpoint\nINSERT INTO posts (title) VALUES (" + rows + ");\n"
                        + "--> statement-breakpoint\nINSERT INTO posts (title) VALUES (" + rows + ");");
        standIn.refuseRequestsOverBytesAsTooLong(100_000);
        int before = standIn.requestLog().size();
        try (D1Database db = d1()) {
            List<Migration> all = new java.util.ArrayList<>(folder.migrations());
            all.add(big);
            dev.godwit.engine.migrate.MigrationException e = org.junit.jupiter.api.Assertions.assertThrows(dev.godwit.engine.migrate.MigrationException.class,
                    () -> new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log).apply(all, ApplyOptions.defaults()));
            assertTrue(e.getMessage().startsWith("Migration 0003_seed.sql failed\n  D1 says: statement too long: SQLITE_TOOBIG\n  D1 refused the"
                    + " request's length: none of its 6 statements is over 100,000 bytes (the longest is 40,"), e.getMessage());
            assertTrue(e.getMessage().contains("), the request is 12"), e.getMessage());
            assertTrue(e.getMessage().contains(" bytes. D1 may read its limit of 100,000 bytes over a whole request, not each statement"
                    + " (workers-sdk#6347): no statement of the migration is at fault. Split the migration into several, each under 100,000 bytes:"), e.getMessage());
            assertTrue(!e.getMessage().contains("statement 3") && !e.getMessage().contains("an INSERT of many rows"), e.getMessage());
            assertEquals(List.of("0"), db.query("SELECT count(*) AS n FROM posts").stream().map(r -> String.valueOf(r.get("n"))).toList());
        }
        List<String> sent = standIn.requestLog().subList(before, standIn.requestLog().size());
        assertTrue(sent.stream().noneMatch(b -> b.contains("godwit_probe")), "no probes");
    }

    void assertHistoryHasEachMigrationOnce(D1Database db) {
        List<Migration> ms = folder.migrations();
        List<Map<String, Object>> rows = db.query("SELECT hash, created_at FROM __drizzle_migrations ORDER BY created_at");
        assertEquals(ms.size(), rows.size(), rows.toString());
        for (int i = 0; i < ms.size(); i++) {
            assertEquals(Checksums.sha256Hex(ms.get(i).sql()), rows.get(i).get("hash"));
            assertEquals(ms.get(i).when(), rows.get(i).get("created_at"));
        }
        assertEquals(List.of(Map.of("name", "email")), db.query("SELECT name FROM pragma_table_info('users') WHERE name = 'email'"));
        assertEquals(1, db.query("SELECT name FROM sqlite_master WHERE name = 'posts'").size());
    }

    /** The way back a refusal names on D1 is Time Travel, not the local copy (there is none for a remote database). */
    @Test
    void aHistoryRowTheFolderLacksIsRefusedWithD1sWayBack() {
        List<Migration> all = folder.migrations();
        try (D1Database db = d1()) {
            new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log).apply(all.subList(0, 2), ApplyOptions.defaults());
            List<Migration> without = List.of(all.get(0), all.get(2));   // the applied 0001 is gone from the folder, 0002 is pending
            var e = org.junit.jupiter.api.Assertions.assertThrows(dev.godwit.engine.migrate.MigrationException.class,
                    () -> new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log).apply(without, ApplyOptions.defaults()));
            // no placeholder that reads as a command ("-Ddb.timestamp=TIME before it, or the bookmark db:apply printed then" failed
            // as pasted): with no record to name the state from (WayBackTest: the bookmark log, applied_at), what to look up, and where
            assertTrue(e.getMessage().contains("go back to before it (mvn db:restore with -Ddb.bookmark= the Time Travel bookmark db:apply printed"
                    + " before it ran (.godwit/d1-bookmarks.log keeps each, with its time), or -Ddb.timestamp= a time before it (RFC 3339))"),
                    e.getMessage());
            assertEquals(0, db.query("SELECT name FROM sqlite_master WHERE name = 'posts'").size(), "nothing applied");
        }
    }

    /**
     * A folder tree (parent_id ON DELETE SET NULL, a CHECK letting only the root go without a parent) rebuilt over D1, where
     * foreign keys are always on: the rebuild's DROP set the children's parent_id NULL and D1 refused the migration with
     * "CHECK constraint failed: only_root_unparented". Every row is kept, and the CHECK holds again afterwards.
     */
    @Test
    void aSetNullTreeWhoseCheckWantsAParentIsRebuiltOverD1WithEveryRow() {
        MigrationsFolder tree = MigrationsFolder.at(dir.resolve("tree"));
        dev.godwit.schema.model.ForeignKeyDef up = new dev.godwit.schema.model.ForeignKeyDef("folders_parent_id_folders_id_fk", "folders", List.of("parent_id"),
                "folders", List.of("id"), dev.godwit.schema.model.FkAction.SET_NULL, dev.godwit.schema.model.FkAction.NO_ACTION);
        TableDef folders = new TableDef("folders", List.of(dev.godwit.schema.model.ColumnDef.of("id", "integer").withPrimaryKey(true),
                dev.godwit.schema.model.ColumnDef.of("parent_id", "integer"), dev.godwit.schema.model.ColumnDef.of("name", "text")), null, List.of(), List.of(up),
                List.of(new dev.godwit.schema.model.CheckDef("only_root_unparented", "\"parent_id\" IS NOT NULL OR \"id\" = 1")), null);
        Generator g = new Generator();
        g.generate(new SchemaDef(List.of(folders), List.of()), tree, GenerateOptions.batch().withName("init"));
        try (D1Database db = d1()) {
            Migrator migrator = new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log);
            migrator.apply(tree.migrations(), ApplyOptions.defaults());
            db.runAtomically(List.of("INSERT INTO folders VALUES (1, NULL, 'root'), (2, 1, NULL), (3, 2, 'b')"), false);
            TableDef named = folders.withColumns(List.of(folders.columns().get(0), folders.columns().get(1),
                    dev.godwit.schema.model.ColumnDef.of("name", "text").withNotNull(true).withDefault(dev.godwit.schema.model.DefaultValue.string("untitled"))));
            g.generate(new SchemaDef(List.of(named), List.of()), tree, GenerateOptions.batch().withName("names").withAcceptDataLoss(true));   // name made NOT NULL
            assertEquals(List.of("0001_names"), migrator.apply(tree.migrations(), ApplyOptions.defaults()).applied());
            assertEquals(List.of(Map.of("r", "1|-|root"), Map.of("r", "2|1|untitled"), Map.of("r", "3|2|b")),
                    db.query("SELECT id || '|' || coalesce(parent_id, '-') || '|' || name AS r FROM folders ORDER BY id"));
            RuntimeException refused = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                    () -> db.runAtomically(List.of("INSERT INTO folders VALUES (4, NULL, 'x')"), false));
            assertTrue(refused.getMessage().contains("CHECK constraint failed"), refused.getMessage());
        }
    }

    @Test
    void appliesAllPendingMigrationsWithOneRequestEach() {
        try (D1Database db = d1()) {
            ApplyResult r = apply(db);
            assertEquals(List.of("0000_init", "0001_email", "0002_posts"), r.applied());
            assertTrue(standIn.requestCount() <= 3 + 2, "pending + 2 requests at most, was " + standIn.requestCount() + ": " + standIn.requestLog());
            assertHistoryHasEachMigrationOnce(db);
            assertTrue(logLines.stream().anyMatch(l -> l.startsWith("INFO Applying 3 migration(s) to Cloudflare D1 database " + DATABASE)), logLines.toString());
            int before = standIn.requestCount();
            assertEquals(List.of(), apply(db).applied());
            assertEquals(before + 2, standIn.requestCount(), "up to date: the history check and one read");
        }
        assertTrue(logLines.stream().noneMatch(l -> l.contains(TOKEN)));
        assertTrue(standIn.requestLog().stream().noneMatch(l -> l.contains(TOKEN)));
    }

    @Test
    void aConnectionDroppedAfterCommitNeverAppliesAMigrationTwice() {
        standIn.dropAfterCommitWhenBodyContains("ADD `email`", 1);
        try (D1Database db = d1()) {
            ApplyResult r = apply(db);
            assertEquals(List.of("0000_init", "0001_email", "0002_posts"), r.applied(),
                    "0001 committed in this run, its answer was lost, the history showed it applied");
            assertHistoryHasEachMigrationOnce(db);
            assertTrue(logLines.stream().anyMatch(l -> l.equals("INFO   0001_email: this run's request was answered with an error or not at all, but"
                    + " __drizzle_migrations now records the migration: the database applied it once; it is not sent again.")), logLines.toString());
            assertTrue(logLines.stream().noneMatch(l -> l.contains("another run")), logLines.toString());
            assertEquals(List.of(), apply(db).applied());
            assertHistoryHasEachMigrationOnce(db);
        }
    }

    @Test
    void aDroppedAnswerOnTheLastMigrationThenARerunIsClean() {
        standIn.dropAfterCommitWhenBodyContains("CREATE TABLE `posts`", 1);
        try (D1Database db = d1()) {
            apply(db);
            assertHistoryHasEachMigrationOnce(db);
        }
        try (D1Database db = d1()) {
            assertEquals(List.of(), apply(db).applied());
            assertHistoryHasEachMigrationOnce(db);
        }
    }

    @Test
    void a500BeforeRunningIsRetriedAndAppliesOnce() {
        standIn.failWith500WhenBodyContains("CREATE TABLE `posts`", 2);
        try (D1Database db = d1()) {
            assertEquals(List.of("0000_init", "0001_email", "0002_posts"), apply(db).applied());
            // the history check, 3 migrations (the first creates the history table), the two retried
            assertEquals(1 + 3 + 2, standIn.requestCount(), "two 500s retried: " + standIn.requestLog());
            assertHistoryHasEachMigrationOnce(db);
        }
    }
    /**
     * A fresh database whose first migration D1 refused kept the empty history table db:apply had created in a request of its
     * own before sending it. The table is now created in the first migration's request, with it or not at all (and that
     * request is one fewer): the database is left as it was, and the next run applies everything once.
     */
    @Test
    void aFreshDatabaseWhoseFirstMigrationIsRefusedKeepsNoHistoryTable() {
        try (D1Database db = d1()) {
            db.runAtomically(List.of("CREATE TABLE users (x)"), false);
            var e = org.junit.jupiter.api.Assertions.assertThrows(dev.godwit.engine.migrate.MigrationException.class, () -> apply(db));
            assertTrue(e.getMessage().startsWith("Migration 0000_init.sql failed at statement 1 of 1:\n    CREATE TABLE `users`"), e.getMessage());
            assertEquals(List.of(), db.query("SELECT name FROM sqlite_master WHERE name = '__drizzle_migrations'"), "no history table left");
            assertEquals(List.of(Map.of("name", "x")), db.query("SELECT name FROM pragma_table_info('users')"), "users as it was");
            db.runAtomically(List.of("DROP TABLE users"), false);
            assertEquals(List.of("0000_init", "0001_email", "0002_posts"), apply(db).applied());
            assertHistoryHasEachMigrationOnce(db);
        }
    }
    /**
     * Cloudflare's rate limit, hit on a migration's request with a Retry-After longer than Godwit waits (Cloudflare blocks a token
     * for 5 minutes): D1 ran nothing, yet the failure read "D1 says: Cloudflare's API rate limit was hit ... The migration was rolled
     * back ... Fix the cause (the data, or the migration with mvn db:generate)", sending the user to the data and the migration.
     * It now says the migration was not applied and nothing of it ran, with the rate limit's own way on (wait, run again), and
     * reads no history for it (one more request under the limit); the next run applies it once.
     */
    @Test
    void aRateLimitOnAMigrationSaysItWasNotAppliedAndToWaitNotToFixTheData() {
        List<Migration> all = folder.migrations();
        try (D1Database db = d1()) {
            new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log).apply(all.subList(0, 2), ApplyOptions.defaults());
            standIn.setRetryAfterSeconds(300);
            int[] before = new int[1];
            var e = org.junit.jupiter.api.Assertions.assertThrows(dev.godwit.engine.migrate.MigrationException.class,
                    () -> new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log).beforeApplying(p -> {
                        standIn.respond429Next(1);
                        before[0] = standIn.requestCount();
                        return null;
                    }).apply(all, ApplyOptions.defaults()));
            assertEquals("Migration 0002_posts.sql was not applied: Cloudflare's API rate limit was hit (HTTP 429, retry after 300 s, 1 attempt(s))."
                    + " Cloudflare allows 1,200 API requests per 5 minutes per token; wait, then run again.\n  Nothing of it ran on Cloudflare D1"
                    + " database " + DATABASE + ": the database is as it was after the previous migration.", e.getMessage());
            assertEquals(before[0] + 1, standIn.requestCount(), "the refused request only: " + standIn.requestLog());
            assertEquals(0, db.query("SELECT name FROM sqlite_master WHERE name = 'posts'").size());
            standIn.clearFaults();
            assertEquals(List.of("0002_posts"), apply(db).applied());
            assertHistoryHasEachMigrationOnce(db);
        }
        assertTrue(logLines.stream().noneMatch(l -> l.contains(TOKEN)));
    }
}
