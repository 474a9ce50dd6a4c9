package dev.godwit.engine.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.d1.D1Database;
import dev.godwit.engine.d1.D1FleetStandIn;
import dev.godwit.engine.d1.D1Settings;
import dev.godwit.engine.d1.D1StandIn;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.ApplyResult;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.MigrationException;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.target.FleetSelection;
import dev.godwit.engine.target.Target;
import dev.godwit.engine.testing.RecordingLog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -Ddb.upTo} on Cloudflare D1 (the stand-ins over real HTTP): one database, and a fleet whose databases each stop there. */
class UpToOnD1Test {

    static final String ACCOUNT = "0123456789abcdef0123456789abcdef";
    static final String DATABASE = "c020574a-5623-407b-be0c-cd192bab9545";
    static final String TOKEN = "upto-token-xyz-123";

    @TempDir
    Path dir;
    List<Migration> migrations;
    final RecordingLog log = new RecordingLog();

    @BeforeEach
    void fourMigrations() {
        migrations = FleetTest.generate(dir.resolve("drizzle"), 4);
    }

    @Test
    void oneD1DatabaseStopsAtTheMigrationNamed() {
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), ACCOUNT, DATABASE, TOKEN);
             D1Database db = new D1Database(new D1Settings(ACCOUNT, DATABASE, TOKEN, standIn.endpoint()))) {
            Migrator m = new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), log);
            ApplyResult r = m.apply(migrations, ApplyOptions.defaults().withUpTo("0002"));
            assertEquals(List.of("0000_step1", "0001_step2", "0002_step3"), r.applied());
            assertEquals(List.of("0003_step4"), r.leftPending());
            assertEquals(3, standIn.requestLog().stream().filter(b -> b.contains("CREATE TABLE `t")).count(), "t4 never sent");
            int before = standIn.requestLog().size();
            // past it: nothing sent, a warning, no failure
            assertEquals(List.of(), new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), log)
                    .apply(migrations, ApplyOptions.defaults().withUpTo("1")).applied());
            assertTrue(log.lines().contains("WARN Nothing to apply up to 0001_step2: Cloudflare D1 database " + DATABASE + " is past it (at 0002_step3;"
                    + " 0002_step3 applied after it). db:apply does not go back (db:restore does); 1 left pending (0003_step4)."), log.lines().toString());
            List<String> sent = standIn.requestLog().subList(before, standIn.requestLog().size());
            assertTrue(sent.stream().noneMatch(b -> b.contains("CREATE TABLE `t") || b.contains("INSERT INTO")), "the history read, nothing sent: " + sent);
            assertEquals(List.of("0003_step4"), new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), log)
                    .apply(migrations, ApplyOptions.defaults()).applied());
        }
    }

    FleetRunner runner(D1FleetStandIn standIn) {
        var o = new FleetRunner.Options(4, 0, false, 100_000, Duration.ofSeconds(5), dir.resolve("target/godwit"), false, 3, Duration.ZERO,
                Duration.ofMillis(20));
        return new FleetRunner(new Target.D1Fleet(new D1Settings(ACCOUNT, "fleet", TOKEN, standIn.endpoint()), new FleetSelection.NameGlob("tenant-*"),
                "test"), HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), o, log);
    }

    @Test
    void eachDatabaseOfAFleetStopsThereAndANumberTheFolderLacksTouchesNone() {
        try (D1FleetStandIn standIn = D1FleetStandIn.start(dir.resolve("fleet"), ACCOUNT, TOKEN, 8)) {
            List<String> tenants = standIn.createDatabases("tenant", 3);
            // one database a step further already: it is applied up to 0000 by hand below, the others have nothing
            MigrationException none = assertThrows(MigrationException.class, () -> runner(standIn).withUpTo("0042").apply(migrations));
            assertTrue(none.getMessage().startsWith("-Ddb.upTo=0042 names no migration of the folder"), none.getMessage());
            for (String id : tenants) assertEquals(0, standIn.callsTo(id), "nothing read or sent to " + id);
            FleetRunner.Result r = runner(standIn).withUpTo("0001_step2").apply(migrations);
            assertEquals(0, r.failed());
            for (String id : tenants) {
                assertEquals(List.of("t1", "t2"), standIn.rows(id, "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 't%' ORDER BY name"));
            }
            // status with the same migration: nothing to do anywhere, nothing failing; with an earlier one, each database is past it
            FleetRunner.Result same = runner(standIn).withUpTo("1").status(migrations);
            assertEquals(0, same.failed());
            // not up-to-date (0002 and 0003 are pending there), nor behind (the apply sends nothing): at-upTo, as the summary says
            assertEquals(java.util.Map.of("at-upTo", 3L), same.byStatus());
            log.lines().clear();
            FleetRunner.Result again = runner(standIn).withUpTo("0001_step2").apply(migrations);
            assertEquals(java.util.Map.of("at-upTo", 3L), again.byStatus());
            assertTrue(log.lines().stream().anyMatch(l -> l.matches("INFO   0001_step2 +3   \\(at -Ddb.upTo\\)")), log.lines().toString());
            FleetRunner.Result past = runner(standIn).withUpTo("0").status(migrations);
            assertEquals(java.util.Map.of("past-upTo", 3L), past.byStatus());
            // a database past the migration named is not failed by the apply either (a rollout's -Ddb.fleet.failFast, a canary, go on)
            FleetRunner.Result pastApply = runner(standIn).withUpTo("0").apply(migrations);
            assertEquals(java.util.Map.of("past-upTo", 3L), pastApply.byStatus());
            assertTrue(log.lines().stream().anyMatch(l -> l.startsWith("WARN tenant-") && l.contains(": Nothing to apply up to 0000_step1: ")
                    && l.contains(" is past it (at 0001_step2; 0001_step2 applied after it).")), log.lines().toString());
            // the same run resumed from its report (-Ddb.fleet.skipDoneIn): the databases it stopped at 0001 are done, not read again
            java.util.Map<String, Integer> calls = new java.util.HashMap<>();
            for (String id : tenants) calls.put(id, standIn.callsTo(id));
            FleetRunner.Result resumed = runner(standIn).skippingDoneIn(r.report()).withUpTo("0001_step2").apply(migrations);
            assertEquals(java.util.Map.of("skipped", 3L), resumed.byStatus());
            for (String id : tenants) assertEquals(calls.get(id), standIn.callsTo(id), "no call to " + id);
            assertTrue(log.lines().stream().anyMatch(l -> l.contains(" shows 3 database(s) at 0001_step2 (-Ddb.fleet.skipDoneIn)")), log.lines().toString());
            // a report whose databases are at-upTo (a rerun's) shows them done too
            assertEquals(java.util.Map.of("skipped", 3L), runner(standIn).skippingDoneIn(again.report()).withUpTo("1").apply(migrations).byStatus());
            // the rest, without -Ddb.upTo
            assertEquals(0, runner(standIn).apply(migrations).failed());
            for (String id : tenants) {
                assertEquals(List.of("t1", "t2", "t3", "t4"), standIn.rows(id,
                        "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 't%' ORDER BY name"));
            }
        }
    }

    /**
     * A resume with -Ddb.upTo writes the databases it skips as done at the migration named, not at the folder's latest: the report said
     * finalMigration 0003_step4, pending 0 for databases at 0001_step2, so the next release's run resumed from it (-Ddb.fleet.skipDoneIn,
     * without -Ddb.upTo) skipped them as done, and they never got 0002 and 0003.
     */
    @Test
    void aResumeWithUpToReportsTheDatabasesItSkipsAtTheMigrationNamed() throws Exception {
        try (D1FleetStandIn standIn = D1FleetStandIn.start(dir.resolve("fleet"), ACCOUNT, TOKEN, 8)) {
            List<String> tenants = standIn.createDatabases("tenant", 2);
            FleetRunner.Result r = runner(standIn).withUpTo("0001_step2").apply(migrations);
            assertEquals(0, r.failed());
            Thread.sleep(5);   // a report of its own (named by the millisecond)
            FleetRunner.Result resumed = runner(standIn).skippingDoneIn(r.report()).withUpTo("0001_step2").apply(migrations);
            assertEquals(java.util.Map.of("skipped", 2L), resumed.byStatus());
            com.fasterxml.jackson.databind.JsonNode rows = new com.fasterxml.jackson.databind.ObjectMapper().readTree(resumed.report().toFile()).path("databases");
            for (com.fasterxml.jackson.databind.JsonNode row : rows) {
                assertEquals("0001_step2", row.path("finalMigration").asText(), row.toString());
                assertEquals(2, row.path("pending").asInt(), row.toString());
            }
            Thread.sleep(5);
            // the next release, resumed from the last report: 0002 and 0003 are applied, not skipped as done
            assertEquals(0, runner(standIn).skippingDoneIn(resumed.report()).apply(migrations).failed());
            for (String id : tenants) {
                assertEquals(List.of("t1", "t2", "t3", "t4"), standIn.rows(id,
                        "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 't%' ORDER BY name"), id);
            }
        }
    }
    /**
     * db:verify -Ddb.drift -Ddb.upTo=N over a fleet: a database past N is said to be, as one database's db:verify says it; the drift
     * compared with N read the later migrations' rows as another branch's ("records migration created_at ... that is not in the folder
     * (applied from another branch?): merge that branch, or restore the migration"), of migrations the folder has.
     */
    @Test
    void aFleetDriftUpToSaysADatabasePastItIsPastIt() throws Exception {
        dev.godwit.engine.folder.MigrationsFolder folder = dev.godwit.engine.folder.MigrationsFolder.at(dir.resolve("drizzle"));
        try (D1FleetStandIn standIn = D1FleetStandIn.start(dir.resolve("fleet"), ACCOUNT, TOKEN, 8)) {
            standIn.createDatabases("tenant", 2);
            assertEquals(0, runner(standIn).withUpTo("0002").apply(migrations).failed());
            dev.godwit.engine.verify.Verifier.Verification v = new dev.godwit.engine.verify.Verifier.Verification(List.of(), List.of(), migrations,
                    folder.latestSnapshot().orElseThrow().schema());
            dev.godwit.engine.verify.Verifier.Verification at = v.upTo(folder, "2");
            assertEquals(java.util.Map.of("ok", 2L), runner(standIn).withUpTo("2").drift(migrations, at.migrations(), at.recorded()).byStatus());
            dev.godwit.engine.verify.Verifier.Verification before = v.upTo(folder, "1");
            Thread.sleep(5);   // a report of its own (named by the millisecond)
            FleetException e = assertThrows(FleetException.class, () -> runner(standIn).withUpTo("1").drift(migrations, before.migrations(), before.recorded()));
            java.nio.file.Path report;
            try (var files = java.nio.file.Files.list(dir.resolve("target/godwit"))) {
                report = files.filter(f -> f.getFileName().toString().startsWith("fleet-")).sorted().reduce((a, b) -> b).orElseThrow();
            }
            assertTrue(e.getMessage().contains(report.getFileName().toString()), e.getMessage());
            com.fasterxml.jackson.databind.JsonNode rows = new com.fasterxml.jackson.databind.ObjectMapper().readTree(report.toFile()).path("databases");
            assertEquals(2, rows.size());
            for (com.fasterxml.jackson.databind.JsonNode row : rows) {
                assertEquals("drift", row.path("status").asText(), row.toString());
                assertTrue(row.path("error").asText().contains(" is past 0001_step2 (at 0002_step3; 0002_step3 applied after it): -Ddb.upTo=1 compares"
                        + " a database at 0001_step2."), row.toString());
                assertTrue(!row.path("error").asText().contains("another branch"), row.toString());
            }
        }
    }
    /**
     * -Ddb.upTo is kept by the runner's other settings whatever their order: withCommandArgs and skippingDoneIn made a runner without
     * it, so withUpTo("1").skippingDoneIn(report) applied every pending migration (the plugin calls withUpTo last, for now).
     */
    @Test
    void upToIsKeptWhateverTheOrderOfTheSettings() {
        try (D1FleetStandIn standIn = D1FleetStandIn.start(dir.resolve("fleet"), ACCOUNT, TOKEN, 8)) {
            List<String> tenants = standIn.createDatabases("tenant", 1);
            FleetRunner.Result r = runner(standIn).withUpTo("0001_step2").withCommandArgs(" -Ddb.env=x").skippingDoneIn(null).apply(migrations);
            assertEquals(0, r.failed());
            assertEquals(List.of("t1", "t2"), standIn.rows(tenants.get(0),
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 't%' ORDER BY name"));
        }
    }
}
