package dev.godwit.engine.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.GodwitException;
import dev.godwit.engine.d1.D1FleetStandIn;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.target.FleetSelection;
import dev.godwit.engine.testing.RecordingLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The failed list and several name patterns, tried against what an adversary would give them, on the fleet stand-in. */
class FleetFailedListEdgesTest {

    @TempDir
    Path dir;
    D1FleetStandIn standIn;
    final RecordingLog log = new RecordingLog();

    @BeforeEach
    void setUp() {
        standIn = D1FleetStandIn.start(dir.resolve("fleet"), FleetTest.ACCOUNT, FleetTest.TOKEN, 8);
    }

    @AfterEach
    void tearDown() {
        standIn.close();
    }

    FleetRunner runner(FleetSelection selection) {
        return FleetTest.standInRunner(standIn, dir, selection, 4, log);
    }

    @Test
    void aCauseHoldingACarriageReturnStaysOnItsLineAndNamesNoOtherDatabase() throws Exception {
        List<Migration> migrations = FleetTest.generate(dir.resolve("drizzle"), 1);
        List<String> ids = standIn.createDatabases("tenant", 3);
        FleetReport report = new FleetReport(dir.resolve("target/godwit"), "apply", "name:tenant-*", FleetTest.ACCOUNT, List.of());
        // an error read off D1 with a lone CR in it (a CHECK constraint's quoted name, an HTML error page): a reader of lines
        // (BufferedReader, the @file's) ends a line there, and what follows was read as a database's name
        report.add(new FleetReport.Row(ids.get(0), "tenant-0001", "failed", List.of(), null, 1, 1, 1, "now",
                "CHECK constraint failed: ok\rtenant-0003# rest"));
        report.close();
        Path list = report.failedList();
        standIn.countPerDatabase(true);
        FleetRunner.Result r = runner(FleetSelection.parse("@" + list, dir)).status(migrations);
        assertEquals(1, r.databases(), Files.readString(list));
        assertEquals(0, standIn.callsTo(ids.get(2)), "tenant-0003 was not in the list");
        assertTrue(Files.readString(list).contains(ids.get(0) + "    # tenant-0001: CHECK constraint failed: ok tenant-0003# rest\n"),
                Files.readString(list));
    }

    @Test
    void anIdAfterAPatternIsRefusedNotLeftOutWithoutAWord() throws Exception {
        List<Migration> migrations = FleetTest.generate(dir.resolve("drizzle"), 1);
        standIn.createDatabases("tenant", 2);
        String billing = standIn.createDatabases("billing", 1).get(0);
        // matched against the names as a pattern, the id matched none: the run went over the two tenants and said nothing of it
        String spec = "name:tenant-*," + billing.toUpperCase(java.util.Locale.ROOT);
        GodwitException e = assertThrows(GodwitException.class, () -> runner(FleetSelection.parse(spec, dir)).status(migrations));
        assertEquals("-Ddb.d1.databases=" + spec + " lists database ids with a pattern (" + billing.toUpperCase(java.util.Locale.ROOT)
                + "): a pattern matches the databases' names, never their ids, so they would be left out; ids go in a list or an @file of"
                + " their own. Run them as two commands. Nothing was done.", e.getMessage());
        assertFalse(Files.exists(dir.resolve("target/godwit")), "nothing was run, no report");
        // a name after a pattern is a pattern matching that name alone, as it was
        FleetRunner.Result r = runner(FleetSelection.parse("name:tenant-0001, billing-0001", dir)).status(migrations);
        assertEquals(2, r.databases());
    }

    @Test
    void aDatabaseMatchedByTwoPatternsIsVisitedOnce() throws Exception {
        List<Migration> migrations = FleetTest.generate(dir.resolve("drizzle"), 1);
        List<String> ids = standIn.createDatabases("tenant", 5);
        standIn.countPerDatabase(true);
        FleetRunner.Result r = runner(FleetSelection.parse("name:tenant-*, name:tenant-000[1-2],name:,name:*-0001", dir)).status(migrations);
        assertEquals(5, r.databases());
        for (String id : ids) assertEquals(1, standIn.callsTo(id));
    }

    @Test
    void statusListsTheCauseOfAFailingDatabaseAsApplyDoes() throws Exception {
        List<Migration> migrations = FleetTest.generate(dir.resolve("drizzle"), 3);
        List<String> ids = standIn.createDatabases("tenant", 3);
        runner(FleetSelection.parse("name:tenant-*", dir)).apply(migrations.subList(0, 1));
        standIn.execute(ids.get(1), "CREATE TABLE t2 (name text)");   // db:push (or a hand change) made what 0001 creates
        FleetRunner.Result r = runner(FleetSelection.parse("name:tenant-*", dir)).status(migrations);
        assertEquals(1L, r.byStatus().get("failing"), r.byStatus().toString());
        Path list = Path.of(r.report().toString().replace(".json", "-failed.txt"));
        // its line said "db:apply fails at 0001_step2.sql, statement 1 of 1:" and no more (SQLite's words are lines below): nothing
        // to grep the failing ones of one cause out by, where apply's list says "table `t2` already exists"
        assertTrue(Files.readString(list).contains(ids.get(1) + "    # tenant-0002: db:apply fails at " + migrations.get(1).fileName()
                + ", statement 1 of 1: SQLite says: [SQLITE_ERROR] SQL error or missing database (table `t2` already exists)\n"), Files.readString(list));
        assertTrue(String.join("\n", log.lines()).contains("db:apply fails at " + migrations.get(1).fileName()
                + ", statement 1 of 1: SQLite says: [SQLITE_ERROR] SQL error or missing database (table `t2` already exists)"), log.lines().toString());
    }

    @Test
    void theFailedListGivenToSkipDoneInIsRefusedNamingTheReportBesideIt() throws Exception {
        List<Migration> migrations = FleetTest.generate(dir.resolve("drizzle"), 2);
        List<String> ids = standIn.createDatabases("tenant", 3);
        standIn.execute(ids.get(1), "CREATE TABLE t1 (name text)");
        assertThrows(FleetException.class, () -> runner(FleetSelection.parse("name:tenant-*", dir)).apply(migrations));
        Path report;
        try (var files = Files.list(dir.resolve("target/godwit"))) {
            report = files.filter(f -> f.toString().endsWith(".json")).findFirst().orElseThrow();
        }
        Path list = Path.of(report.toString().replace(".json", "-failed.txt"));
        standIn.countPerDatabase(true);
        standIn.resetCounters();
        // beside the report and named alike, it was refused as "cannot be read: Unexpected character ('#' (code 35)): expected a valid value"
        GodwitException e = assertThrows(GodwitException.class,
                () -> runner(FleetSelection.parse("name:tenant-*", dir)).skippingDoneIn(list).apply(migrations));
        assertEquals("-Ddb.fleet.skipDoneIn=" + list + " is the list of the databases that failed in a fleet run, not its report. Give the"
                + " report, " + report + ", to skip the databases that run finished; or run only the failed ones with -Ddb.d1.databases=@" + list
                + ". Nothing was done.", e.getMessage());
        for (String id : ids) assertEquals(0, standIn.callsTo(id), "calls to " + id);
    }
}
