package dev.godwit.engine.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.godwit.engine.d1.D1FleetStandIn;
import dev.godwit.engine.d1.D1Settings;
import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.target.FleetSelection;
import dev.godwit.engine.target.Target;
import dev.godwit.engine.testing.RecordingLog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fleet apply sending a database's consecutive row-free migrations in one D1 request ({@link RequestBatch}), on the fleet
 * stand-in over real HTTP and real SQLite files: the requests it saves (counted by the stand-in), a failing migration in a batch
 * named as without batching, and a batch whose answer is lost neither applied twice nor taken for failed.
 */
class FleetBatchTest {

    static final String ACCOUNT = "0123456789abcdef0123456789abcdef";
    static final String TOKEN = "fleet-batch-token-4321";

    @TempDir
    Path dir;
    D1FleetStandIn standIn;
    final RecordingLog log = new RecordingLog();

    /** Three migrations, each a CREATE TABLE and an index on it, as db:generate writes a new table. */
    List<Migration> threeTables;

    List<Migration> threeTables() {
        return List.of(
            migration(0, "0000_step1", "CREATE TABLE `t1` (`id` integer PRIMARY KEY NOT NULL, `name` text);\n--> statement-breakpoint\n"
                    + "CREATE INDEX `by_name` ON `t1` (`name`);"),
            migration(1, "0001_step2", "CREATE TABLE `t2` (`id` integer PRIMARY KEY NOT NULL, `name` text);"),
            migration(2, "0002_step3", "CREATE TABLE `t3` (`id` integer PRIMARY KEY NOT NULL, `name` text);"));
    }

    Migration migration(int idx, String tag, String sql) {
        return new Migration(new JournalEntry(idx, "6", 1_700_000_000_000L + idx * 1000L, tag, true), dir.resolve("drizzle").resolve(tag + ".sql"), sql);
    }

    @BeforeEach
    void setUp() {
        standIn = D1FleetStandIn.start(dir.resolve("fleet"), ACCOUNT, TOKEN, 16);
        threeTables = threeTables();
    }

    @AfterEach
    void tearDown() {
        standIn.close();
    }

    FleetRunner runner(String glob, boolean batch) {
        return runner(glob, batch, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT));
    }

    FleetRunner runner(String glob, boolean batch, HistoryTable history) {
        Target.D1Fleet fleet = new Target.D1Fleet(new D1Settings(ACCOUNT, "fleet", TOKEN, standIn.endpoint()), new FleetSelection.NameGlob(glob), "test");
        FleetRunner.Options o = new FleetRunner.Options(4, 0, false, 100_000, Duration.ofSeconds(5), dir.resolve("target/godwit"), false, 3,
                Duration.ZERO, Duration.ofMillis(20));
        return new FleetRunner(fleet, history, o, log).batchingRowFreeMigrations(batch);
    }

    List<String> history(String id) {
        return standIn.rows(id, "SELECT created_at FROM __drizzle_migrations ORDER BY created_at");
    }

    List<String> tables(String id) {
        return standIn.rows(id, "SELECT name FROM sqlite_master WHERE type IN ('table', 'index') AND (name LIKE 't%' OR name = 'by_name') ORDER BY name");
    }

    List<String> whens(List<Migration> ms) {
        return ms.stream().map(m -> Long.toString(m.when())).toList();
    }

    @Test
    void rowFreeMigrationsGoInOneRequestPerDatabaseAndOneEachWithBatchingOff() throws Exception {
        List<String> batched = standIn.createDatabases("on", 6);
        List<String> single = standIn.createDatabases("off", 6);
        FleetRunner.Result on = runner("on-*", true).apply(threeTables);
        FleetRunner.Result off = runner("off-*", false).apply(threeTables);
        assertEquals(0, on.failed());
        assertEquals(0, off.failed());
        for (String id : batched) {
            assertEquals(2, standIn.callsTo(id), "the history's read and one request for 3 migrations: " + id);
            assertEquals(whens(threeTables), history(id));
            assertEquals(List.of("by_name", "t1", "t2", "t3"), tables(id));
        }
        for (String id : single) {
            assertEquals(4, standIn.callsTo(id), "the history's read and one request per migration: " + id);
            assertEquals(whens(threeTables), history(id));
        }
        assertEquals(6 * 2 + 1, on.calls());
        assertEquals(6 * 4 + 1, off.calls());
        // the report says the same of both but the calls
        JsonNode a = new ObjectMapper().readTree(on.report().toFile()).path("databases").get(0);
        JsonNode b = new ObjectMapper().readTree(off.report().toFile()).path("databases").get(0);
        assertEquals("applied", a.path("status").asText());
        assertEquals(b.path("applied"), a.path("applied"));
        assertEquals(3, a.path("applied").size());
        assertEquals("0002_step3", a.path("finalMigration").asText());
        assertEquals(2, a.path("calls").asInt());
        assertEquals(4, b.path("calls").asInt());
    }

    @Test
    void aMigrationThatWritesRowsOrHoldsAPragmaGoesAloneAndSplitsTheBatches() {
        List<Migration> ms = List.of(
                migration(0, "0000_t1", "CREATE TABLE `t1` (`id` integer PRIMARY KEY NOT NULL, `name` text);\n--> statement-breakpoint\n"
                        + "CREATE INDEX `by_name` ON `t1` (`name`);"),
                migration(1, "0001_seed", "INSERT INTO `t1` (`id`, `name`) VALUES (1, 'a');"),
                migration(2, "0002_t2", "CREATE TABLE `t2` (`id` integer);"),
                migration(3, "0003_t3", "CREATE TABLE `t3` (`id` integer);"),
                migration(4, "0004_fk", "PRAGMA defer_foreign_keys = ON;\n--> statement-breakpoint\nCREATE TABLE `t4` (`id` integer);"),
                migration(5, "0005_t5", "CREATE TABLE `t5` (`id` integer);"),
                migration(6, "0006_view", "CREATE VIEW `t6` AS SELECT `name` FROM `t1`;"));
        String id = standIn.createDatabases("mixed", 1).get(0);
        assertEquals(0, runner("mixed-*", true).apply(ms).failed());
        // the read; 0000 alone (the next one writes rows); 0001 alone; 0002 + 0003; 0004 alone (PRAGMA); 0005 + 0006
        assertEquals(1 + 1 + 1 + 1 + 1 + 1, standIn.callsTo(id));
        assertEquals(whens(ms), history(id));
        assertEquals(List.of("1|a"), standIn.rows(id, "SELECT id, name FROM t1"));
    }

    @Test
    void anAddedColumnGoesWithOthersUnlessSqliteChecksEveryRowForIt() {
        String on = standIn.createDatabases("cols-on", 1).get(0);
        String off = standIn.createDatabases("cols-off", 1).get(0);
        List<Migration> ms = List.of(
                migration(0, "0000_base", "CREATE TABLE `base` (`id` integer);"),
                migration(1, "0001_a", "ALTER TABLE `plain` ADD `b` text DEFAULT 'x' NOT NULL;"),
                migration(2, "0002_b", "ALTER TABLE `plain` ADD `c` text;"),
                migration(3, "0003_c", "ALTER TABLE `plain` ADD `d` integer CHECK (`d` > 0);"),
                migration(4, "0004_d", "ALTER TABLE `strictly` ADD `b` text;"),
                migration(5, "0005_e", "ALTER TABLE `plain` RENAME COLUMN `c` TO `c2`;"),
                migration(6, "0006_f", "ALTER TABLE `plain` RENAME TO `plain2`;"));
        for (String id : List.of(on, off)) {
            standIn.execute(id, "CREATE TABLE plain (a integer); CREATE TABLE strictly (a integer) STRICT;");
            standIn.execute(id, "INSERT INTO plain (a) VALUES (1); INSERT INTO strictly (a) VALUES (1);");
        }
        // a history first: the stored schema (which says whether a table is STRICT) is read with it
        runner("cols-*", true).apply(ms.subList(0, 1));
        standIn.resetCounters();
        assertEquals(0, runner("cols-on-*", true).apply(ms).failed());
        assertEquals(0, runner("cols-off-*", false).apply(ms).failed());
        // 0001 + 0002 together; 0003 alone (CHECK); 0004 alone (STRICT); 0005 + 0006 together: two requests fewer than six
        assertEquals(standIn.callsTo(off) - 2, standIn.callsTo(on));
        for (String id : List.of(on, off)) {
            assertEquals(whens(ms), history(id));
            assertEquals(List.of("1|x|null|null"), standIn.rows(id, "SELECT a, b, c2, d FROM plain2"));
        }
    }

    @Test
    void withoutAStoredSchemaAnAddedColumnGoesAloneUnlessItsTableWasCreatedInTheSameRequest() {
        String id = standIn.createDatabases("fresh", 1).get(0);
        standIn.execute(id, "CREATE TABLE plain (a integer)");
        List<Migration> ms = List.of(
                migration(0, "0000_base", "CREATE TABLE `base` (`id` integer);"),
                migration(1, "0001_a", "ALTER TABLE `base` ADD `b` text;"),
                migration(2, "0002_b", "ALTER TABLE `plain` ADD `c` text;"));
        assertEquals(0, runner("fresh-*", true).apply(ms).failed());
        // no history table: its read does not bring the schema. 0000 + 0001 (base is new, empty); 0002 alone
        assertEquals(1 + 1 + 1, standIn.callsTo(id));
        assertEquals(whens(ms), history(id));
    }

    @Test
    void batchesAreCutAt100000BytesAndAt20Migrations() {
        // a view of 40 kB (many short terms: the fleet stand-in drops a request holding one 40 kB string literal, its regex overflowing)
        StringBuilder terms = new StringBuilder("(0)");
        for (int k = 1; terms.length() < 40_000; k++) terms.append(", (").append(k).append(')');
        List<Migration> views = new ArrayList<>();
        for (int i = 0; i < 3; i++) views.add(migration(i, "000" + i + "_v" + i, "CREATE VIEW `v" + i + "` AS SELECT * FROM (VALUES " + terms + ");"));
        String id = standIn.createDatabases("big", 1).get(0);
        runner("big-*", true).apply(views);
        assertEquals(1 + 1 + 1, standIn.callsTo(id), "the read, v0 and v1 (80 kB), v2 alone");
        assertEquals(whens(views), history(id));

        List<Migration> many = new ArrayList<>();
        for (int i = 0; i < 45; i++) many.add(migration(i, String.format("%04d_m%d", i, i), "CREATE TABLE `m" + i + "` (`id` integer);"));
        String other = standIn.createDatabases("many", 1).get(0);
        runner("many-*", true).apply(many);
        assertEquals(1 + 3, standIn.callsTo(other), "the read, then 20 + 20 + 5 migrations");
        assertEquals(whens(many), history(other));
    }

    @Test
    void aFailingMigrationInABatchIsNamedAsWithoutBatchingWithTheOnesBeforeItApplied() throws Exception {
        String a = standIn.createDatabases("a", 1).get(0);
        String b = standIn.createDatabases("b", 1).get(0);
        // another client creates t3 after the history was read (the schema trial did not see it): 0002_step3 fails there
        standIn.beforeCall(a, 2, "CREATE TABLE t3 (x integer)");
        standIn.beforeCall(b, 2, "CREATE TABLE t3 (x integer)");
        FleetException batched = assertThrows(FleetException.class, () -> runner("a-*", true).apply(threeTables));
        List<String> batchedLog = new ArrayList<>(log.lines());
        log.lines().clear();
        FleetException single = assertThrows(FleetException.class, () -> runner("b-*", false).apply(threeTables));
        List<String> singleLog = new ArrayList<>(log.lines());

        // the batch (rolled back whole), then one request per migration: 0000, 0001 applied, 0002 refused; the history read after
        // the refusal, as without batching
        assertEquals(1 + 1 + 3 + 1, standIn.callsTo(a));
        assertEquals(1 + 3 + 1, standIn.callsTo(b));
        for (String id : List.of(a, b)) {
            assertEquals(whens(threeTables.subList(0, 2)), history(id), "the two before it recorded, the failing one not: " + id);
            assertEquals(List.of("by_name", "t1", "t2", "t3"), tables(id));
            assertEquals(List.of("0|x|INTEGER|0|null|0"), standIn.rows(id, "SELECT * FROM pragma_table_info('t3')"), "t3 is the other client's: " + id);
        }
        JsonNode rowA = reportRow(batched);
        JsonNode rowB = reportRow(single);
        assertEquals("failed", rowA.path("status").asText());
        assertEquals(rowB.path("applied"), rowA.path("applied"));
        assertEquals(List.of("0000_step1", "0001_step2"), List.of(rowA.path("applied").get(0).asText(), rowA.path("applied").get(1).asText()));
        assertEquals(rowB.path("finalMigration"), rowA.path("finalMigration"));
        String errorA = rowA.path("error").asText();
        assertTrue(errorA.startsWith("migration 0002_step3.sql was refused by D1 and rolled back (nothing of it was applied): ")
                && errorA.contains("already exists"), errorA);
        assertEquals(rowB.path("error").asText().replace(b, "ID").replace("b-0001", "NAME"), errorA.replace(a, "ID").replace("a-0001", "NAME"));
        assertEquals(single.getMessage().replace(b, "ID").replace("b-0001", "NAME").replace("b-*", "GLOB").replaceAll("fleet-[0-9-]+", "REPORT"),
                batched.getMessage().replace(a, "ID").replace("a-0001", "NAME").replace("a-*", "GLOB").replaceAll("fleet-[0-9-]+", "REPORT"));
        assertEquals(normalized(singleLog, b, "b"), normalized(batchedLog, a, "a"));
    }

    /** The log's lines with the database's id and name and the run's times and rates taken out (they differ between runs). */
    static List<String> normalized(List<String> lines, String id, String prefix) {
        return lines.stream().filter(l -> !l.startsWith("fleet apply: ") && !l.contains("calls"))
                .map(l -> l.replace(id, "ID").replace(prefix + "-0001", "NAME").replace(prefix + "-*", "GLOB")
                        .replaceAll("fleet-[0-9-]+", "REPORT").replaceAll("[0-9.]+ (ms|s)\\b", "TIME"))
                .toList();
    }

    JsonNode reportRow(FleetException e) throws Exception {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\S*fleet-[0-9-]+\\.json)").matcher(e.getMessage());
        assertTrue(m.find(), e.getMessage());
        Path report = dir.resolve("target/godwit").resolve(Path.of(m.group(1)).getFileName());
        JsonNode row = new ObjectMapper().readTree(report.toFile()).path("databases").get(0);
        assertNotNull(row);
        return row;
    }

    @Test
    void aBatchCommittedWhoseAnswerIsLostIsReadInTheHistoryAndNotSentAgain() throws Exception {
        String id = standIn.createDatabases("lost", 1).get(0);
        // only the batch carries both tables' statements
        standIn.dropAfterCommitWhenBodyContains("CREATE TABLE `t3`", 1);
        FleetRunner.Result r = runner("lost-*", true).apply(threeTables);
        assertEquals(0, r.failed());
        assertEquals(1, standIn.injectedDropCount());
        assertEquals(whens(threeTables), history(id), "each migration recorded once");
        assertEquals(List.of("by_name", "t1", "t2", "t3"), tables(id));
        // the read, the batch (committed, answer lost), the history read again: nothing sent after it
        assertEquals(3, standIn.callsTo(id));
        JsonNode row = new ObjectMapper().readTree(r.report().toFile()).path("databases").get(0);
        assertEquals("applied", row.path("status").asText());
        assertEquals(3, row.path("applied").size());
    }

    @Test
    void aBatchLostBeforeItsCommitIsSentAgainOneMigrationPerRequest() throws Exception {
        String id = standIn.createDatabases("gone", 1).get(0);
        standIn.loseConnectionBeforeCommitWhenBodyContains("CREATE TABLE `t3`", 1);
        FleetRunner.Result r = runner("gone-*", true).apply(threeTables);
        assertEquals(0, r.failed());
        assertEquals(whens(threeTables), history(id), "each migration recorded once");
        assertEquals(List.of("by_name", "t1", "t2", "t3"), tables(id));
        // the read, the batch (rolled back: "Network connection lost."), the history read again, then 0000, 0001, 0002 alone
        assertEquals(1 + 1 + 1 + 3, standIn.callsTo(id));
        JsonNode row = new ObjectMapper().readTree(r.report().toFile()).path("databases").get(0);
        assertEquals("applied", row.path("status").asText());
        assertEquals(3, row.path("applied").size());
    }

    @Test
    void aBatchD1ResetsForItsTimeIsSentOneMigrationPerRequest() throws Exception {
        // D1 cuts a request at its time, rolled back (HTTP 500 "... exceeded its CPU time limit and was reset."): the batch (which
        // alone holds both tables) each time it is sent, each migration alone passes. The database failed, and every run again
        // sent the same batch to be cut again, where -Ddb.fleet.batch=false applied all three.
        String id = standIn.createDatabases("cut", 1).get(0);
        standIn.resetForCpuTimeWhenBodyContains(id, 500, "CREATE TABLE `t1`", "CREATE TABLE `t3`");
        FleetRunner.Result r = runner("cut-*", true).apply(threeTables);
        assertEquals(0, r.failed(), log.lines().toString());
        assertEquals(whens(threeTables), history(id), "each migration recorded once");
        assertEquals(List.of("by_name", "t1", "t2", "t3"), tables(id));
        // the read, the batch (cut, rolled back), then 0000, 0001, 0002 alone
        assertEquals(1 + 1 + 3, standIn.callsTo(id));
        JsonNode row = new ObjectMapper().readTree(r.report().toFile()).path("databases").get(0);
        assertEquals("applied", row.path("status").asText());
        assertEquals(3, row.path("applied").size());
    }

    @Test
    void twoRunsAtOnceOnOneFleetApplyEachMigrationOnce() throws Exception {
        List<String> ids = standIn.createDatabases("both", 6);
        standIn.setLatencyMillis(3);
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        List<Thread> runs = new ArrayList<>();
        for (boolean batch : new boolean[] {true, true, false}) {
            runs.add(new Thread(() -> {
                try {
                    FleetRunner.Result r = runner("both-*", batch).apply(threeTables);
                    if (r.failed() != 0) failure.set(new AssertionError(r.failed() + " failed"));
                } catch (Throwable t) {
                    failure.set(t);
                }
            }));
        }
        runs.forEach(Thread::start);
        for (Thread t : runs) t.join();
        assertEquals(null, failure.get());
        for (String id : ids) {
            assertEquals(whens(threeTables), history(id), "each migration recorded once: " + id);
            assertEquals(List.of("by_name", "t1", "t2", "t3"), tables(id));
        }
    }

    @Test
    void inWranglersLayoutABatchRecordsEachMigrationOnceByNameAndAFailureIsNamedAsAlone() throws Exception {
        HistoryTable wrangler = new HistoryTable.Wrangler("d1_migrations");
        String ok = standIn.createDatabases("w-ok", 1).get(0);
        String bad = standIn.createDatabases("w-bad", 1).get(0);
        standIn.beforeCall(bad, 2, "CREATE TABLE t3 (x integer)");
        assertEquals(0, runner("w-ok-*", true, wrangler).apply(threeTables).failed());
        assertEquals(2, standIn.callsTo(ok));
        assertEquals(List.of("0000_step1.sql", "0001_step2.sql", "0002_step3.sql"), standIn.rows(ok, "SELECT name FROM d1_migrations ORDER BY id"));
        FleetException e = assertThrows(FleetException.class, () -> runner("w-bad-*", true, wrangler).apply(threeTables));
        assertEquals(List.of("0000_step1.sql", "0001_step2.sql"), standIn.rows(bad, "SELECT name FROM d1_migrations ORDER BY id"));
        String error = reportRow(e).path("error").asText();
        assertTrue(error.startsWith("migration 0002_step3.sql was refused by D1 and rolled back (nothing of it was applied): ")
                && error.contains("already exists"), error);
    }

    @Test
    void aRunStoppedWhileABatchIsInFlightLeavesTheDatabaseAtAMigrationAndTheResumeSendsNothingTwice() throws Exception {
        String id = standIn.createDatabases("stop", 1).get(0);
        java.util.concurrent.atomic.AtomicReference<Thread> hook = new java.util.concurrent.atomic.AtomicReference<>();
        dev.godwit.engine.ShutdownHooks before = FleetRunner.shutdownHooks;
        FleetRunner.shutdownHooks = new dev.godwit.engine.ShutdownHooks() {
            public void add(Thread h) {
                hook.set(h);
            }

            public void remove(Thread h) {
            }
        };
        // SIGTERM lands while the batch (call 2) is at D1, which then commits it: the run cannot say whether it did
        standIn.beforeCall(id, 2, () -> hook.get().run());
        try {
            assertThrows(FleetException.class, () -> runner("stop-*", true).apply(threeTables));
        } finally {
            FleetRunner.shutdownHooks = before;
        }
        assertEquals(whens(threeTables), history(id), "the batch committed whole");
        Path report;
        try (var files = java.nio.file.Files.list(dir.resolve("target/godwit"))) {
            report = files.filter(f -> f.getFileName().toString().matches("fleet-[0-9-]+\\.json")).findFirst().orElseThrow();
        }
        JsonNode row = new ObjectMapper().readTree(report.toFile()).path("databases").get(0);
        assertEquals("interrupted", row.path("status").asText());
        // the batch's migrations are not claimed (their outcome unknown to the run): pending, so -Ddb.fleet.skipDoneIn does not skip it
        assertEquals(0, row.path("applied").size());
        assertEquals(3, row.path("pending").asInt());
        assertEquals("the run was stopped while it worked on this database: the request it was sending then (one migration, or row-free ones"
                + " together in one transaction) committed whole or not at all, and the ones after it were not sent, so the database may be"
                + " between two migrations. Run the same command again (it reads this database's history and continues there), or mvn db:status"
                + " -Ddb.d1.databaseId=" + id + " to see where it stands.", row.path("error").asText());
        // the resume reads the history, finds all three recorded, and sends nothing
        standIn.resetCounters();
        FleetRunner.Result again = runner("stop-*", true).skippingDoneIn(report).apply(threeTables);
        assertEquals(0, again.failed());
        assertEquals(1, standIn.callsTo(id));
        assertEquals(whens(threeTables), history(id), "each migration recorded once");
        assertEquals("up-to-date", new ObjectMapper().readTree(again.report().toFile()).path("databases").get(0).path("status").asText());
    }

    @Test
    void aForeignKeyViolationLeftForTheEndOfTheTransactionFailsItsMigrationAsWithoutBatching() throws Exception {
        // DEFERRABLE INITIALLY DEFERRED: checked at commit, as PRAGMA defer_foreign_keys makes every key. 0001 leaves an orphan that
        // 0002 would repair: in one transaction they would pass together where 0001 alone fails. Rows go alone, so no batch holds
        // both: the same failure, the same history, batched or not.
        List<Migration> ms = List.of(
                migration(0, "0000_tables", "CREATE TABLE `parent` (`id` integer PRIMARY KEY);\n--> statement-breakpoint\n"
                        + "CREATE TABLE `child` (`id` integer PRIMARY KEY, `p` integer REFERENCES `parent`(`id`) DEFERRABLE INITIALLY DEFERRED);"),
                migration(1, "0001_orphan", "INSERT INTO `child` (`id`, `p`) VALUES (1, 7);"),
                migration(2, "0002_repair", "INSERT INTO `parent` (`id`) VALUES (7);"),
                migration(3, "0003_more", "CREATE TABLE `t3` (`id` integer);"));
        String a = standIn.createDatabases("fka", 1).get(0);
        String b = standIn.createDatabases("fkb", 1).get(0);
        FleetException batched = assertThrows(FleetException.class, () -> runner("fka-*", true).apply(ms));
        FleetException single = assertThrows(FleetException.class, () -> runner("fkb-*", false).apply(ms));
        for (String id : List.of(a, b)) {
            assertEquals(whens(ms.subList(0, 1)), history(id), id);
            assertEquals(List.of(), standIn.rows(id, "SELECT * FROM child"), id);
        }
        String errorA = reportRow(batched).path("error").asText();
        assertTrue(errorA.startsWith("migration 0001_orphan.sql was refused by D1 and rolled back (nothing of it was applied): ")
                && errorA.contains("FOREIGN KEY"), errorA);
        assertEquals(reportRow(single).path("error").asText().replace(b, "ID").replace("fkb-0001", "NAME"), errorA.replace(a, "ID").replace("fka-0001", "NAME"));
    }

    @Test
    void batchingIsKeptByEveryWithOfTheRunner() {
        // withCommandArgs made a new runner as skippingDoneIn did before the batching commit: batching (and the outage wait) dropped
        String a = standIn.createDatabases("args", 1).get(0);
        assertEquals(0, runner("args-*", true).withCommandArgs("-Denv=x").withUpTo(null).skippingDoneIn(null).apply(threeTables).failed());
        assertEquals(2, standIn.callsTo(a), "the history's read and one request for 3 migrations");
    }
}
