package dev.godwit.engine.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import dev.godwit.engine.testing.RecordingLog;
import dev.godwit.engine.testing.TestTables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.godwit.engine.d1.D1FleetStandIn;
import dev.godwit.engine.d1.D1Settings;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.MigrationException;
import dev.godwit.engine.target.FleetSelection;
import dev.godwit.engine.target.ProjectSettings;
import dev.godwit.engine.target.Target;
import dev.godwit.engine.target.TargetSettings;
import dev.godwit.engine.target.Targets;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import dev.godwit.engine.GodwitException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fleets on the fleet stand-in over real HTTP and real SQLite files: selection, calls per database, faults, reruns, canary, status, rate limit. */
class FleetTest {

    static final String ACCOUNT = "0123456789abcdef0123456789abcdef";
    static final String TOKEN = "fleet-token-secret-9876";

    @TempDir
    Path dir;
    List<Migration> migrations;
    D1FleetStandIn standIn;
    final RecordingLog log = new RecordingLog();
    final List<String> logLines = log.lines();

    static TableDef table(String name, String... columns) {
        return TestTables.table(name, columns);
    }

    static List<Migration> generate(Path folderDir, int n) {
        MigrationsFolder folder = MigrationsFolder.at(folderDir);
        List<TableDef> tables = new ArrayList<>();
        // a second apart: one clock's steps could be a millisecond apart, and a test recording a row at "when + 1" then met the next
        // migration's own "when" (an edited migration, where another branch's was meant: a failure now and then)
        java.time.Instant start = java.time.Instant.now();
        for (int i = 1; i <= n; i++) {
            tables.add(table("t" + i, "name"));
            new Generator(java.time.Clock.fixed(start.plusSeconds(i), java.time.ZoneOffset.UTC), new java.util.Random(i))
                    .generate(new SchemaDef(List.copyOf(tables), List.of()), folder, GenerateOptions.batch().withName("step" + i));
        }
        return folder.migrations();
    }

    @BeforeEach
    void setUp() {
        migrations = generate(dir.resolve("drizzle"), 3);
        standIn = D1FleetStandIn.start(dir.resolve("fleet"), ACCOUNT, TOKEN, 16);
    }

    @AfterEach
    void tearDown() {
        standIn.close();
    }

    Target.D1Fleet fleet(FleetSelection selection) {
        return new Target.D1Fleet(new D1Settings(ACCOUNT, "fleet", TOKEN, standIn.endpoint()), selection, "test");
    }

    FleetRunner.Options options(int concurrency) {
        return new FleetRunner.Options(concurrency, 0, false, 100_000, Duration.ofSeconds(5), dir.resolve("target/godwit"), false, 3,
                Duration.ZERO, Duration.ofMillis(20));
    }

    FleetRunner runner(FleetSelection selection, FleetRunner.Options o) {
        return new FleetRunner(fleet(selection), HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), o, log);
    }

    /**
     * A runner over {@code selection} on {@code standIn} as the fleet tests make it: Drizzle's history table, reports under
     * {@code dir}/target/godwit, {@code concurrency} databases at once, short waits.
     */
    static FleetRunner standInRunner(D1FleetStandIn standIn, Path dir, FleetSelection selection, int concurrency, RecordingLog log) {
        Target.D1Fleet fleet = new Target.D1Fleet(new D1Settings(ACCOUNT, "fleet", TOKEN, standIn.endpoint()), selection, "test");
        FleetRunner.Options o = new FleetRunner.Options(concurrency, 0, false, 100_000, Duration.ofSeconds(5), dir.resolve("target/godwit"), false, 3,
                Duration.ZERO, Duration.ofMillis(20));
        return new FleetRunner(fleet, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), o, log);
    }

    List<String> history(String id) {
        return standIn.rows(id, "SELECT created_at FROM __drizzle_migrations ORDER BY created_at");
    }

    List<String> userTables(String id) {
        return standIn.rows(id, "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 't%' ORDER BY name");
    }

    void assertFullyMigrated(String id) {
        List<String> expected = migrations.stream().map(m -> Long.toString(m.when())).toList();
        assertEquals(expected, history(id), "history of " + id);
        assertEquals(List.of("t1", "t2", "t3"), userTables(id), "tables of " + id);
    }

    @Test
    void nameGlobMigratesOnlyMatchingDatabasesWithPendingPlusOneCallsEach() throws Exception {
        List<String> tenants = standIn.createDatabases("tenant", 25);
        List<String> others = standIn.createDatabases("other", 5);
        FleetRunner.Result r = runner(new FleetSelection.NameGlob("tenant-*"), options(6)).apply(migrations);
        assertEquals(25, r.databases());
        assertEquals(0, r.failed());
        for (String id : tenants) {
            assertFullyMigrated(id);
            assertEquals(migrations.size() + 1, standIn.callsTo(id), "calls to " + id);
        }
        for (String id : others) assertEquals(0, standIn.callsTo(id));
        assertEquals(1, standIn.listRequestCount());
        assertEquals(25L * (migrations.size() + 1) + 1, r.calls());
        JsonNode report = new ObjectMapper().readTree(r.report().toFile());
        assertEquals(25, report.path("databases").size());
        assertEquals("name:tenant-*", report.path("selection").asText());
        JsonNode first = report.path("databases").get(0);
        assertEquals("applied", first.path("status").asText());
        assertEquals(3, first.path("applied").size());
        assertEquals(migrations.get(2).tag(), first.path("finalMigration").asText());
        assertEquals(4, first.path("calls").asInt());
        assertEquals(25, report.path("summary").path("byFinalMigration").path(migrations.get(2).tag()).asInt());
        // the databases' own calls, and every call of the run as the log counts it (the list page too): they differed unexplained
        assertEquals(25L * (migrations.size() + 1), report.path("summary").path("calls").asLong());
        assertEquals(r.calls(), report.path("summary").path("apiCalls").asLong());
        assertFalse(Files.readString(r.report()).contains(TOKEN));
        assertTrue(logLines.stream().anyMatch(l -> l.contains(migrations.get(2).tag()) && l.contains("25") && l.contains("(latest)")), logLines.toString());
        assertTrue(logLines.stream().noneMatch(l -> l.contains(TOKEN)));

        // A rerun reads each history once and sends nothing else.
        standIn.resetCounters();
        FleetRunner.Result again = runner(new FleetSelection.NameGlob("tenant-*"), options(6)).apply(migrations);
        assertEquals(25, again.byStatus().get("up-to-date"));
        for (String id : tenants) assertEquals(1, standIn.callsTo(id));
    }

    /**
     * A database of the selection that the account no longer has (deleted after the list of ids was written, or after the account's
     * list was read, at 5,000 databases a matter of minutes): its row said D1Client's words for one database, "check the account id
     * and the database id where they came from (db.d1.accountId / db.d1.databaseId, CLOUDFLARE_ACCOUNT_ID / CLOUDFLARE_DATABASE_ID,
     * or ... the D1 binding's database_id", which a fleet's databases do not come from. It now says which database is gone and
     * why, and the others are applied.
     */
    @Test
    void aDatabaseTheAccountNoLongerHasFailsAloneSayingItIsGone() throws Exception {
        List<String> ids = standIn.createDatabases("shop", 3);
        String gone = "0b0b0b0b-0000-4000-8000-000000000404";
        FleetException e = assertThrows(FleetException.class, () -> runner(new FleetSelection.Listed(List.of(ids.get(0), gone, ids.get(1), ids.get(2))),
                options(2)).apply(migrations));
        assertTrue(e.getMessage().startsWith("Fleet apply: 1 of 4 database(s) failed. Report: "), e.getMessage());
        assertTrue(e.getMessage().contains("\n  - " + gone + ": Cloudflare D1 has no database " + gone + " in account " + ACCOUNT + " (HTTP 404, code"
                + " 7404): -Ddb.d1.databases names it (4 database(s) listed); it has been deleted, or it is an id of another account. Nothing was"
                + " applied there; remove it from the selection. The other databases are not affected.\n"), e.getMessage());
        for (String id : ids) assertFullyMigrated(id);

        // deleted after the account's list was read (name:GLOB), while the run was on another database
        List<String> tenants = standIn.createDatabases("tenant", 3);
        standIn.beforeCall(tenants.get(0), 1, () -> standIn.deleteDatabase(tenants.get(2)));
        FleetException listed = assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("tenant-*"), options(1)).apply(migrations));
        assertTrue(listed.getMessage().contains("\n  - tenant-0003 (" + tenants.get(2) + "): Cloudflare D1 has no database " + tenants.get(2)
                + " in account " + ACCOUNT + " (HTTP 404, code 7404): it was in the account's list when this run read it, so it has been deleted"
                + " since. Nothing was applied there; the next run's list leaves it out. The other databases are not affected.\n"), listed.getMessage());
        assertFullyMigrated(tenants.get(0));
        assertFullyMigrated(tenants.get(1));

        // deleted between two of its own migrations: what the run applied there before is said ("Nothing was applied there", it said)
        List<String> mid = standIn.createDatabases("mid", 1);
        standIn.beforeCall(mid.get(0), 3, () -> standIn.deleteDatabase(mid.get(0)));
        FleetException between = assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("mid-*"), options(1)).apply(migrations));
        assertTrue(between.getMessage().contains("\n  - mid-0001 (" + mid.get(0) + "): Cloudflare D1 has no database " + mid.get(0) + " in account "
                + ACCOUNT + " (HTTP 404, code 7404): it was in the account's list when this run read it, so it has been deleted since. This run had"
                + " applied " + migrations.get(0).tag() + " there before it went; the next run's list leaves it out. The other databases are not"
                + " affected.\n"), between.getMessage());

        // a name from the selection whose database was deleted during the run (a tenant re-created under it is found by the next run)
        List<String> shops = standIn.createDatabases("named", 2);
        standIn.beforeCall(shops.get(0), 1, () -> standIn.deleteDatabase(shops.get(1)));
        FleetException named = assertThrows(FleetException.class, () -> runner(new FleetSelection.Listed(List.of("named-0001", "named-0002")),
                options(1)).apply(migrations));
        assertTrue(named.getMessage().contains("it was in the account's list when this run read it, so it has been deleted since. Nothing was"
                + " applied there; if a database named named-0002 exists again (made anew), the next run finds it by that name; if not, remove the"
                + " name from the selection. The other databases are not affected."), named.getMessage());
    }

    /**
     * A tenant database that ran a hotfix (the folder's third migration) before the second reached it: the second is older than
     * its last applied migration. The fleet fails it as db:apply does, naming -Ddb.outOfOrder; with it, it is applied there.
     */
    @Test
    void aMigrationOlderThanADatabasesLastIsAppliedThereOnlyWithOutOfOrder() throws Exception {
        List<String> ids = standIn.createDatabases("hot", 1);
        runner(new FleetSelection.NameGlob("hot-*"), options(1)).apply(List.of(migrations.get(0), migrations.get(2)));
        FleetException e = assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("hot-*"), options(1)).apply(migrations));
        assertTrue(e.getMessage().contains("Migration(s) " + migrations.get(1).fileName() + " were never applied but are older than the last"
                + " applied migration"), e.getMessage());
        assertTrue(e.getMessage().contains("-Ddb.outOfOrder to apply them after the newer ones. Nothing was applied."), e.getMessage());
        FleetRunner.Result r = runner(new FleetSelection.NameGlob("hot-*"), options(1).withOutOfOrder(true)).apply(migrations);
        assertEquals(Map.of("applied", 1L), r.byStatus());
        assertFullyMigrated(ids.get(0));
    }

    /**
     * wrangler d1 migrations apply run on one member (a hotfix on one tenant) records in d1_migrations; the fleet reads
     * __drizzle_migrations. A single database's db:apply refuses the migrations wrangler ran there; the fleet sent them again, a
     * seed's row written twice. That member is refused now, untouched, and the others go on.
     */
    @Test
    void aMemberWhereWranglerRanPendingMigrationsIsRefusedUntouched() throws Exception {
        List<String> ids = standIn.createDatabases("tenant", 3);
        runner(new FleetSelection.NameGlob("tenant-*"), options(2)).apply(migrations);
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator(java.time.Clock.fixed(java.time.Instant.now().plusSeconds(60), java.time.ZoneOffset.UTC), new java.util.Random(9))
                .generate(new SchemaDef(List.of(table("t1", "name"), table("t2", "name"), table("t3", "name")), List.of()), folder,
                        GenerateOptions.batch().withName("seed").withCustom(true));
        Migration seedFile = folder.migrations().get(3);
        Files.writeString(folder.sqlFile(seedFile.tag()), Files.readString(folder.sqlFile(seedFile.tag())) + "INSERT INTO t1 (name) VALUES ('system');\n");
        List<Migration> all = folder.migrations();
        Migration seed = all.get(3);
        String hot = ids.get(1);
        // wrangler, over the same folder, recording by file name what it ran
        standIn.execute(hot, "CREATE TABLE d1_migrations (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE, applied_at TIMESTAMP"
                + " DEFAULT CURRENT_TIMESTAMP NOT NULL)");
        for (Migration m : all) standIn.execute(hot, "INSERT INTO d1_migrations (name) VALUES ('" + m.fileName() + "')");
        standIn.execute(hot, "INSERT INTO t1 (name) VALUES ('system')");

        FleetException e = assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("tenant-*"), options(2)).apply(all));
        assertTrue(e.getMessage().startsWith("Fleet apply: 1 of 3 database(s) failed."), e.getMessage());
        assertTrue(e.getMessage().contains("d1_migrations, wrangler's history (`wrangler d1 migrations apply` keeps it), records " + seed.fileName()
                + " as applied, while __drizzle_migrations, the history Godwit reads, records it as pending: wrangler ran it here."), e.getMessage());
        assertTrue(e.getMessage().contains("mvn db:baseline -Ddb.d1.databaseId=" + hot), e.getMessage());
        assertEquals(List.of("system"), standIn.rows(hot, "SELECT name FROM t1"), "the seed's row once");
        assertEquals(3, history(hot).size(), "nothing recorded there");
        for (String id : List.of(ids.get(0), ids.get(2))) assertEquals(List.of("system"), standIn.rows(id, "SELECT name FROM t1"), id);
    }

    /** A pattern given without name: is a name no database has; the failure says how a pattern is written. */
    @Test
    void aPatternGivenAsANameFailsNamingTheWayToWriteIt() throws Exception {
        standIn.createDatabases("pat", 2);
        // the only name, so the selection names no database: refused before anything is sent, as a pattern matching none is
        // (FleetSelectionNamesNoDatabaseTest), the way to write it kept
        var e = assertThrows(dev.godwit.engine.GodwitException.class, () -> runner(new FleetSelection.Listed(List.of("pat-*")), options(1)).apply(migrations));
        assertTrue(e.getMessage().contains("The fleet selection pat-* names no database in account " + ACCOUNT + ": none of its names is a"
                + " database's (names are matched exactly, letter case too; ids are UUIDs; for every database whose name matches a pattern,"
                + " write -Ddb.d1.databases=name:pat-*)."), e.getMessage());
        // beside a name that is a database's, it fails as that database, with the same way to write it
        FleetException beside = assertThrows(FleetException.class, () -> runner(new FleetSelection.Listed(List.of("pat-0001", "pat-*")), options(1))
                .apply(migrations));
        assertTrue(beside.getMessage().contains("\n  - pat-*: no database named \"pat-*\" in the account (ids are UUIDs; names are matched exactly: for"
                + " every database whose name matches a pattern, write -Ddb.d1.databases=name:pat-*)"), beside.getMessage());
    }

    /**
     * A trial stopped the API under a fleet run: it went on through every database left, each retried, for nothing. Databases
     * in a row that cannot reach the API now stop the run, as a refused token does; those not started are not touched.
     */
    @Test
    void anApiOutOfReachStopsTheRun() {
        List<String> ids = standIn.createDatabases("shop", 12);
        standIn.beforeCall(ids.get(2), 1, standIn::stopListening);
        FleetException e = assertThrows(FleetException.class, () -> runner(new FleetSelection.Listed(ids), options(1)).apply(migrations));
        assertTrue(e.getMessage().contains("Cloudflare's API could not be reached for 3 databases in a row (the network, or db.d1.endpoint), so the run"
                + " stopped; databases not yet started were not touched. Run the same command again once it is back"), e.getMessage());
        assertFullyMigrated(ids.get(0));
        assertFullyMigrated(ids.get(1));
        for (String id : ids.subList(6, 12)) assertEquals(List.of(), userTables(id), id + " was not to be touched");
    }

    /**
     * A migration D1 cuts at its 30 s per request on one database of the fleet: it was read as a lost answer and sent up to five
     * times there. It is now sent once; the database fails saying it was cut, the others are applied.
     */
    @Test
    void aMigrationCutByD1sTimeLimitOnOneDatabaseIsSentOnceAndFailsItAlone() throws Exception {
        List<String> ids = standIn.createDatabases("shop", 3);
        String marker = "CREATE TABLE `t2`";
        standIn.cutAsOverTimeLimitWhenBodyContains(ids.get(1), marker);
        FleetException e = assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("shop-*"), options(1)).apply(migrations));
        assertTrue(e.getMessage().contains("\n  - shop-0002 (" + ids.get(1) + "): Migration " + migrations.get(1).fileName() + " was cut by D1's"
                + " limit of 30 s per request (Received a malformed response from the Cloudflare API (HTTP 504: "), e.getMessage());
        assertTrue(e.getMessage().contains("D1 rolled it back, and __drizzle_migrations does not record it: the database is as it was after the"
                + " previous migration. It was not sent again"), e.getMessage());
        // history read, migration 1, migration 2 cut, history re-read: nothing more
        assertEquals(4, standIn.callsTo(ids.get(1)));
        assertEquals(List.of(Long.toString(migrations.get(0).when())), history(ids.get(1)));
        assertFullyMigrated(ids.get(0));
        assertFullyMigrated(ids.get(2));
    }

    /**
     * D1's worker lost the database before the commit ("Network connection lost.", HTTP 400, code 7500): the history re-read
     * shows the migration not recorded, so it was not applied and is sent again, as db:apply on one database does. The fleet
     * took it for SQL D1 refused ("refused by D1 and rolled back ... to have the failing statement named") and failed the database.
     */
    @Test
    void aConnectionLostBeforeTheCommitIsSentAgainNotTakenForRefusedSql() throws Exception {
        List<String> ids = standIn.createDatabases("lost", 2);
        standIn.loseConnectionBeforeCommitWhenBodyContains("CREATE TABLE `t2`", 1);
        runner(new FleetSelection.NameGlob("lost-*"), options(1)).apply(migrations);
        assertFullyMigrated(ids.get(0));
        assertFullyMigrated(ids.get(1));
    }

    /**
     * A rerun after an interruption read every finished database's history again, one call each: at 5,000 databases killed
     * half-way, 2,217 calls (tools/fleet-scale.sh); at Cloudflare's pace and 50,000 databases, hours before the first unfinished
     * one. -Ddb.fleet.skipDoneIn=REPORT skips the databases that report (a killed run's, its JSON cut short) shows at the latest
     * migration, with no call; a database the report shows at an older migration is worked on as usual.
     */
    @Test
    void aReportCutAnywhereAfterItsHeaderIsReadAsFarAsItWasWritten() throws Exception {
        standIn.createDatabases("cut", 3);
        FleetRunner.Result first = runner(new FleetSelection.NameGlob("cut-*"), options(1)).apply(migrations);
        String text = Files.readString(first.report());
        int rowsFrom = text.indexOf("\"databases\" : [") + 16;
        int secondEnds = text.indexOf("}", text.indexOf("\"id\" :", text.indexOf("\"id\" :") + 1)) + 1;
        Path cut = dir.resolve("cut.json");
        // a cut in the whitespace between tokens ("pending" : 0,\n    |) was "cannot be read", one inside a token was read
        for (int n = rowsFrom; n <= secondEnds + 8; n++) {
            Files.writeString(cut, text.substring(0, n));
            int done = DoneInReport.read(cut, migrations, HistoryTable.DRIZZLE_DEFAULT).size();
            assertEquals(n < text.indexOf("}", text.indexOf("\"id\" :")) + 1 ? 0 : n < secondEnds ? 1 : 2, done, "cut after " + n + " characters");
        }
    }

    @Test
    void skipDoneInRefusesAReportWhoseRunAppliedAMigrationEditedSince() throws Exception {
        // the third migration failed on some databases and was edited to pass there; the databases the report shows done hold the
        // first version: skipped, they counted as done, where the same command without the option fails each of them as edited
        List<String> ids = standIn.createDatabases("ed", 2);
        FleetRunner.Result first = runner(new FleetSelection.NameGlob("ed-*"), options(1)).apply(migrations);
        Path sql = migrations.get(2).file();
        Files.writeString(sql, Files.readString(sql) + "\nCREATE INDEX ed_fix ON t3 (name);");
        List<Migration> edited = MigrationsFolder.at(dir.resolve("drizzle")).migrations();
        standIn.resetCounters();
        GodwitException e = assertThrows(GodwitException.class, () -> runner(new FleetSelection.NameGlob("ed-*"), options(1))
                .skippingDoneIn(first.report()).apply(edited));
        assertTrue(e.getMessage().startsWith("-Ddb.fleet.skipDoneIn=" + first.report() + ": " + migrations.get(2).fileName() + " has changed since"
                + " that run applied it (sha256 " + migrations.get(2).hash().substring(0, 12) + " then, "), e.getMessage());
        assertEquals(List.of(0, 0), ids.stream().map(standIn::callsTo).toList());
    }

    /**
     * A report whose run did no database (the third migration failed on each, rolled back there), then that migration fixed: the
     * edited-since refusal spoke of "the databases that report shows done", which were none, and stopped a resume that skips nothing
     * (a red team). It is said only where the report shows a database done.
     */
    @Test
    void skipDoneInTakesAReportShowingNoDatabaseDoneWhateverChangedSince() throws Exception {
        List<String> ids = standIn.createDatabases("nd", 2);
        Path sql = migrations.get(2).file();
        String good = Files.readString(sql);
        Files.writeString(sql, good + "\nINSERT INTO nd_no_such_table VALUES (1);");
        List<Migration> broken = MigrationsFolder.at(dir.resolve("drizzle")).migrations();
        FleetException failed = assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("nd-*"), options(1)).apply(broken));
        Path report = Path.of(failed.getMessage().replaceFirst("(?s).*Report: (\\S+)\n.*", "$1"));
        Files.writeString(sql, good);
        FleetRunner.Result resumed = runner(new FleetSelection.NameGlob("nd-*"), options(1)).skippingDoneIn(report).apply(migrations);
        assertEquals(Map.of("applied", 2L), resumed.byStatus());
        for (String id : ids) assertFullyMigrated(id);
    }

    /**
     * A migration added to the folder since the report's run, before its latest (a branch merged with an older "when", a wrangler
     * file named to sort before the last): the report shows its databases at the latest tag, yet they never ran the added one.
     * Skipped, they counted as done; the same command without the option refuses each of them (a migration skipped there).
     */
    @Test
    void skipDoneInRefusesAReportWhoseRunLackedAMigrationTheFolderNowHasBeforeItsLatest() throws Exception {
        List<String> ids = standIn.createDatabases("ins", 2);
        FleetRunner.Result first = runner(new FleetSelection.NameGlob("ins-*"), options(1)).apply(List.of(migrations.get(0), migrations.get(2)));
        assertEquals(Map.of("applied", 2L), first.byStatus());
        standIn.resetCounters();
        GodwitException e = assertThrows(GodwitException.class, () -> runner(new FleetSelection.NameGlob("ins-*"), options(1))
                .skippingDoneIn(first.report()).apply(migrations));
        assertTrue(e.getMessage().startsWith("-Ddb.fleet.skipDoneIn=" + first.report() + ": " + migrations.get(1).fileName() + " was not in the"
                + " folder when that run applied " + migrations.get(2).tag()), e.getMessage());
        assertEquals(List.of(0, 0), ids.stream().map(standIn::callsTo).toList());
    }

    /**
     * A report of a run on another history table: its databases were at the latest migration by that table, which says nothing of
     * this run's (a fleet moving from wrangler's d1_migrations to drizzle's table, say); skipped, they counted as done unread.
     */
    @Test
    void skipDoneInRefusesAReportOfARunOnAnotherHistoryTable() throws Exception {
        List<String> ids = standIn.createDatabases("ht", 2);
        FleetRunner.Result first = runner(new FleetSelection.NameGlob("ht-*"), options(1)).apply(migrations);
        assertTrue(Files.readString(first.report()).contains("\"historyTable\" : \"__drizzle_migrations\""));
        standIn.resetCounters();
        GodwitException e = assertThrows(GodwitException.class, () -> new FleetRunner(fleet(new FleetSelection.NameGlob("ht-*")),
                HistoryTable.forName("d1_migrations"), options(1), log).skippingDoneIn(first.report()).apply(migrations));
        assertEquals("-Ddb.fleet.skipDoneIn=" + first.report() + " is the report of a run on the history table __drizzle_migrations, and this"
                + " run reads and writes d1_migrations: the databases it shows done were at the latest migration by __drizzle_migrations's"
                + " record, which says nothing of d1_migrations's. Nothing was done. Run with -Ddb.migrationsTable=__drizzle_migrations if"
                + " that is the history meant, or leave -Ddb.fleet.skipDoneIn out to have each database's history read.", e.getMessage());
        assertEquals(List.of(0, 0), ids.stream().map(standIn::callsTo).toList());
    }

    /**
     * Round 47 (h1): Ctrl-C or a CI job's timeout mid-fleet (SIGINT/SIGTERM) ended the run with exit 130 right after a progress line,
     * no word of the report or how to go on. The run registers a shutdown hook saying both while it works, and removes it after.
     */
    @Test
    void aRunStoppedUnderItSaysWhereItsReportIsAndHowToGoOn() throws Exception {
        standIn.createDatabases("stop", 3);
        List<Thread> added = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Thread> removed = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<String> saidWhileRunning = new java.util.concurrent.CopyOnWriteArrayList<>();
        dev.godwit.engine.ShutdownHooks before = FleetRunner.shutdownHooks;
        FleetRunner.shutdownHooks = new dev.godwit.engine.ShutdownHooks() {
            public void add(Thread hook) {
                added.add(hook);
            }

            public void remove(Thread hook) {
                // as the JVM would run it on a kill while the run is at work: what it says then
                int n = logLines.size();
                hook.run();
                saidWhileRunning.addAll(logLines.subList(n, logLines.size()));
                removed.add(hook);
            }
        };
        FleetRunner.Result r;
        try {
            r = runner(new FleetSelection.NameGlob("stop-*"), options(1)).apply(migrations);
        } finally {
            FleetRunner.shutdownHooks = before;
        }
        assertEquals(1, added.size());
        assertEquals(added, removed, "the hook is taken away when the run ends");
        assertEquals(List.of("WARN Stopped (Ctrl-C, or the job killed) after 3 database(s), 0 failed: the report so far is in " + r.report() + "."
                + " A database being migrated when it stopped has each migration whole or not at all (each is one request, or one transaction with"
                + " the row-free ones sent beside it). Run the same command"
                + " again: it continues where each database stands; with " + dev.godwit.engine.target.PrintedArgs.quoted("-Ddb.fleet.skipDoneIn="
                + r.report()) + " added it skips those this run finished, without reading their history again."), saidWhileRunning);
    }

    /**
     * Round 49 (h13): a CI job's timeout or Ctrl-C while a database was between its migrations (the first committed, the next being
     * sent) left no trace of it: the report had no row for it and the notice said only that each migration is whole or not at all, so
     * the tenants that may be half-way through the release could not be found short of reading every history. The notice names them,
     * with what this run committed there, and the report has them as interrupted (not done for -Ddb.fleet.skipDoneIn).
     */
    @Test
    void aRunStoppedWhileADatabaseIsBetweenMigrationsNamesItAndReportsItInterrupted() throws Exception {
        List<String> ids = standIn.createDatabases("mid", 1);
        AtomicReference<Thread> hook = new AtomicReference<>();
        dev.godwit.engine.ShutdownHooks before = FleetRunner.shutdownHooks;
        FleetRunner.shutdownHooks = new dev.godwit.engine.ShutdownHooks() {
            public void add(Thread h) {
                hook.set(h);
            }

            public void remove(Thread h) {
            }
        };
        // the kill lands as the second migration is being sent: the history read and the first migration are done
        List<String> said = new java.util.concurrent.CopyOnWriteArrayList<>();
        standIn.beforeCall(ids.get(0), 3, () -> {
            int n = logLines.size();
            hook.get().run();
            said.addAll(logLines.subList(n, logLines.size()));
        });
        try {
            // the JVM would stop here; in the test the run goes on to its end, counting the interrupted row as a failure
            assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("mid-*"), options(1)).apply(migrations));
        } finally {
            FleetRunner.shutdownHooks = before;
        }
        Path report;
        try (var files = Files.list(dir.resolve("target/godwit"))) {
            report = files.filter(f -> f.getFileName().toString().startsWith("fleet-") && f.getFileName().toString().endsWith(".json")).findFirst().orElseThrow();
        }
        assertEquals(1, said.size(), said.toString());
        assertTrue(said.get(0).startsWith("WARN Stopped (Ctrl-C, or the job killed) after 0 database(s), 0 failed: "), said.get(0));
        assertTrue(said.get(0).contains("1 database(s) were being migrated when it stopped, each perhaps between two migrations (the report has them"
                + " as interrupted): mid-0001 (" + ids.get(0) + ") (" + migrations.get(0).tag() + " applied by this run)."), said.get(0));
        JsonNode rows = new ObjectMapper().readTree(report.toFile()).path("databases");
        JsonNode first = rows.get(0);
        assertEquals(ids.get(0), first.path("id").asText());
        assertEquals("interrupted", first.path("status").asText());
        assertEquals(migrations.get(0).tag(), first.path("applied").get(0).asText());
        assertTrue(first.path("error").asText().contains("may be between two migrations"), first.toString());
        // a resume from a report with only that row reads the database's history again
        assertEquals(java.util.Set.of(), DoneInReport.read(cutAfterFirstRow(report), migrations, HistoryTable.DRIZZLE_DEFAULT));
    }

    /**
     * Stopped by SIGTERM through Maven (a CI job's timeout), the workers went on while the JVM ran its shutdown hooks: a database
     * the notice named with "0000_step1, 0001_step2 applied by this run" was sent 0002_step3 after it, and its finished row followed
     * the interrupted one (the report held it twice, interrupted and applied). Once the notice is given nothing more is sent, no
     * database is started, and the interrupted row is the database's only one.
     */
    @Test
    void nothingIsSentAfterTheStopNoticeAndTheInterruptedRowIsTheOnlyOne() throws Exception {
        List<String> ids = standIn.createDatabases("kill", 2);
        AtomicReference<Thread> hook = new AtomicReference<>();
        dev.godwit.engine.ShutdownHooks before = FleetRunner.shutdownHooks;
        FleetRunner.shutdownHooks = new dev.godwit.engine.ShutdownHooks() {
            public void add(Thread h) {
                hook.set(h);
            }

            public void remove(Thread h) {
            }
        };
        // the stop lands as kill-0001's second migration is answered (it commits): the third is not sent, kill-0002 not started
        standIn.beforeCall(ids.get(0), 3, () -> hook.get().run());
        FleetException e;
        try {
            e = assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("kill-*"), options(1)).apply(migrations));
        } finally {
            FleetRunner.shutdownHooks = before;
        }
        assertEquals(migrations.subList(0, 2).stream().map(m -> Long.toString(m.when())).toList(), history(ids.get(0)),
                "the migration in flight committed, none sent after the notice");
        assertEquals(0, standIn.callsTo(ids.get(1)), "not started after the notice");
        Path report;
        try (var files = Files.list(dir.resolve("target/godwit"))) {
            report = files.filter(f -> f.getFileName().toString().startsWith("fleet-") && f.getFileName().toString().endsWith(".json")).findFirst().orElseThrow();
        }
        JsonNode rows = new ObjectMapper().readTree(report.toFile()).path("databases");
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("interrupted", rows.get(0).path("status").asText());
        assertEquals(migrations.get(0).tag(), rows.get(0).path("applied").get(0).asText());
        assertTrue(e.getMessage().contains("stopped (Ctrl-C, or the job killed)"), e.getMessage());
    }

    /**
     * Round 51: the interrupted row said pending 0, calls 0, millis 0 though calls were made, and finalMigration null for a database
     * the run found at an earlier migration (nothing applied by it yet): read as a database with no history, and its calls missing
     * from the report's count. It says where the database stands as far as the run knows, and the calls made there.
     */
    @Test
    void anInterruptedRowSaysTheCallsMadeAndTheMigrationTheDatabaseIsAt() throws Exception {
        List<String> ids = standIn.createDatabases("at", 1);
        runner(new FleetSelection.Listed(ids), options(1)).apply(migrations.subList(0, 1));
        AtomicReference<Thread> hook = new AtomicReference<>();
        dev.godwit.engine.ShutdownHooks before = FleetRunner.shutdownHooks;
        FleetRunner.shutdownHooks = new dev.godwit.engine.ShutdownHooks() {
            public void add(Thread h) {
                hook.set(h);
            }

            public void remove(Thread h) {
            }
        };
        // this run: call 3 reads the history (step1 recorded), call 4 sends step2; the kill lands as it is sent
        standIn.beforeCall(ids.get(0), 4, () -> hook.get().run());
        try {
            assertThrows(FleetException.class, () -> runner(new FleetSelection.Listed(ids), options(1)).apply(migrations));
        } finally {
            FleetRunner.shutdownHooks = before;
        }
        Path report;
        try (var files = Files.list(dir.resolve("target/godwit"))) {
            report = files.filter(f -> f.getFileName().toString().startsWith("fleet-")).sorted().reduce((a, b) -> b).orElseThrow();
        }
        JsonNode first = new ObjectMapper().readTree(report.toFile()).path("databases").get(0);
        assertEquals("interrupted", first.path("status").asText(), first.toString());
        assertEquals(0, first.path("applied").size(), first.toString());
        assertEquals(migrations.get(0).tag(), first.path("finalMigration").asText(), first.toString());
        assertEquals(migrations.size() - 1, first.path("pending").asInt(), first.toString());
        assertEquals(2, first.path("calls").asInt(), "the history read and step2's request: " + first);
    }

    /**
     * A migration committed on D1 whose answer was lost, the history then unreadable (every later request lost too): the row said
     * only "No answer ... of a request that changes nothing when repeated", beside finalMigration null and nothing applied, while
     * the database held the migration. db:apply on one database says such a migration may or may not have been applied; so does
     * the row now. Pending it stays (not known to be recorded), and a resume from this report reads the database's history again.
     */
    @Test
    void aMigrationWhoseAnswerWasLostWithTheHistoryThenUnreadableIsSaidPerhapsApplied() throws Exception {
        List<String> ids = standIn.createDatabases("lost-read", 1);
        String id = ids.get(0);
        // call 1 reads the history; call 2, step1, commits and its answer is lost, as is every request after it
        standIn.beforeCall(id, 2, () -> standIn.faults(0, 1.0, 1));
        assertThrows(FleetException.class, () -> runner(new FleetSelection.Listed(ids), options(1)).apply(migrations));
        standIn.clearFaults();
        assertEquals(List.of(Long.toString(migrations.get(0).when())), history(id), "the database holds step1");
        Path report;
        try (var files = Files.list(dir.resolve("target/godwit"))) {
            report = files.filter(f -> f.getFileName().toString().startsWith("fleet-") && f.getFileName().toString().endsWith(".json")).findFirst().orElseThrow();
        }
        JsonNode row = new ObjectMapper().readTree(report.toFile()).path("databases").get(0);
        assertEquals("failed", row.path("status").asText(), row.toString());
        assertTrue(row.path("error").asText().startsWith("migration " + migrations.get(0).fileName() + " may or may not have been applied: D1's"
                + " answer to it was lost ("), row.toString());
        assertTrue(row.path("error").asText().contains("__drizzle_migrations could not be read afterwards to tell"), row.toString());
        assertEquals(migrations.size(), row.path("pending").asInt(), "not known to be recorded: pending, " + row);
        assertTrue(row.path("finalMigration").isNull(), row.toString());
        assertEquals(java.util.Set.of(), DoneInReport.read(report, migrations, HistoryTable.DRIZZLE_DEFAULT));
        // the next run reads the history and sends the rest, step1 not again
        runner(new FleetSelection.Listed(ids), options(1)).apply(migrations);
        assertFullyMigrated(id);
    }

    /** One reckoning for finished and interrupted rows: recorded or committed by this run is final, anything else pending. */
    @Test
    void aRowsStandingCountsOnlyWhatIsRecordedOrCommittedAsFinal() {
        List<String> tags = migrations.stream().map(Migration::tag).toList();
        assertEquals(new FleetRunner.Standing(null, 3), FleetRunner.standing(migrations, java.util.Set.of(), List.of()));
        assertEquals(new FleetRunner.Standing(tags.get(0), 2), FleetRunner.standing(migrations, java.util.Set.of(tags.get(0)), List.of()));
        // committed by this run, its answer in, before the recorded set learnt it (a stop between the two): final
        assertEquals(new FleetRunner.Standing(tags.get(1), 1), FleetRunner.standing(migrations, java.util.Set.of(tags.get(0)), List.of(tags.get(1))));
    }

    /**
     * A resume (-Ddb.fleet.skipDoneIn) with -Ddb.fleet.failFast or -Ddb.fleet.canary: the database the report shows failed is worked
     * on first and, failing as it did (its history edited, not repaired yet), stopped the resume there, every time: the databases the
     * first run never reached stayed untouched however often it was resumed. The same-failure stop passes such a database (README,
     * Fleets: "failing with the cause the report gives for them do not count"); so do fail-fast and the canary now. A database
     * failing otherwise still stops them.
     */
    @Test
    void aResumeWithFailFastOrACanaryGoesPastADatabaseFailingAsTheReportShows() throws Exception {
        List<String> ids = standIn.createDatabases("ff", 6);
        runner(new FleetSelection.Listed(ids.subList(1, 2)), options(1)).apply(migrations.subList(0, 1));
        standIn.execute(ids.get(1), "UPDATE __drizzle_migrations SET hash = 'deadbeef'");
        FleetRunner.Options failFast = new FleetRunner.Options(1, 0, true, 100_000, Duration.ofSeconds(5), dir.resolve("target/godwit"), false, 3,
                Duration.ZERO, Duration.ofMillis(20));
        assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("ff-*"), failFast).apply(migrations));
        assertFullyMigrated(ids.get(0));
        assertEquals(List.of(), userTables(ids.get(2)), "fail-fast stopped the first run at ff-0002");
        Path first;
        try (var files = Files.list(dir.resolve("target/godwit"))) {
            first = files.filter(f -> f.getFileName().toString().startsWith("fleet-")).sorted().reduce((a, b) -> b).orElseThrow();
        }
        // the resume with fail-fast: ff-0002 fails as before, the others are applied
        Thread.sleep(5);   // a report of its own (named by the millisecond)
        FleetException e = assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("ff-*"), failFast).skippingDoneIn(first)
                .apply(migrations));
        for (int i = 2; i < 6; i++) assertFullyMigrated(ids.get(i));
        assertTrue(e.getMessage().contains("1 of 6 database(s) failed"), e.getMessage());
        // a canary of 1 over a resume whose only database left is ff-0002, failing as before, and a new one
        String added = standIn.createDatabase("ff-0007");
        logLines.clear();
        Path second;
        try (var files = Files.list(dir.resolve("target/godwit"))) {
            second = files.filter(f -> f.getFileName().toString().startsWith("fleet-")).sorted().reduce((a, b) -> b).orElseThrow();
        }
        Thread.sleep(5);
        FleetRunner.Options canary = new FleetRunner.Options(1, 2, false, 100_000, Duration.ofSeconds(5), dir.resolve("target/godwit"), false, 3,
                Duration.ZERO, Duration.ofMillis(20));
        assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("ff-*"), canary).skippingDoneIn(second).apply(migrations));
        assertFullyMigrated(added);
        assertTrue(logLines.stream().anyMatch(l -> l.contains("Canary: 1 of 2 database(s) passed, the whole fleet") && l.contains("1 failed as "
                + second + " shows they did, with the same cause, which stops no canary")), logLines.toString());
        // failing otherwise than the report shows still stops fail-fast at once
        standIn.execute(ids.get(1), "DELETE FROM __drizzle_migrations");
        String later = standIn.createDatabase("ff-0008");
        Path third;
        try (var files = Files.list(dir.resolve("target/godwit"))) {
            third = files.filter(f -> f.getFileName().toString().startsWith("fleet-")).sorted().reduce((a, b) -> b).orElseThrow();
        }
        Thread.sleep(5);
        assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("ff-*"), failFast).skippingDoneIn(third).apply(migrations));
        assertEquals(List.of(), userTables(later), "ff-0002 failing otherwise stopped the run before ff-0008");
    }

    /**
     * A canary made only of databases failing as the -Ddb.fleet.skipDoneIn report shows is no canary: the migrations were tried on no
     * other database. A resume whose canary of 1 was the database the first run's canary failed on passed as "0 of 1 database(s)
     * passed" and went on to the whole fleet, where the next migration failed on every database and left each between two
     * migrations; such a database takes no place of the canary, as one skipped as done takes none.
     */
    @Test
    void aCanaryOfDatabasesFailingAsBeforeOnlyIsNotPassed() throws Exception {
        List<String> ids = standIn.createDatabases("cf", 5);
        runner(new FleetSelection.Listed(ids.subList(0, 1)), options(1)).apply(migrations.subList(0, 1));
        standIn.execute(ids.get(0), "UPDATE __drizzle_migrations SET hash = 'deadbeef'");   // its history edited: it fails before any migration
        for (String id : ids.subList(1, 5)) standIn.execute(id, "CREATE TABLE t3 (x)");   // the third migration fails on each of the others
        FleetRunner.Options canary = new FleetRunner.Options(1, 1, false, 100_000, Duration.ofSeconds(5), dir.resolve("target/godwit"), false, 3,
                Duration.ZERO, Duration.ofMillis(20));
        assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("cf-*"), canary).apply(migrations));
        assertEquals(List.of("t3"), userTables(ids.get(1)), "the first run's canary failed on cf-0001 and stopped");
        Path first;
        try (var files = Files.list(dir.resolve("target/godwit"))) {
            first = files.filter(f -> f.getFileName().toString().startsWith("fleet-")).sorted().reduce((a, b) -> b).orElseThrow();
        }
        Thread.sleep(5);   // a report of its own (named by the millisecond)
        logLines.clear();
        assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("cf-*"), canary).skippingDoneIn(first).apply(migrations));
        assertEquals(List.of("t1", "t2", "t3"), userTables(ids.get(1)), "cf-0002 was the canary: t1 and t2 applied, t3 failed");
        for (String id : ids.subList(2, 5)) assertEquals(List.of("t3"), userTables(id), "the canary failed on cf-0002: " + id + " not touched");
        assertTrue(logLines.stream().noneMatch(l -> l.contains("Canary: 0 of")), logLines.toString());
    }

    /** The report as a run killed right after its first row leaves it. */
    private Path cutAfterFirstRow(Path report) throws Exception {
        String text = Files.readString(report);
        int end = text.indexOf("\n  }", text.indexOf("\"databases\""));
        Path cut = dir.resolve("cut.json");
        Files.writeString(cut, text.substring(0, end + 4));
        return cut;
    }

    @Test
    void skipDoneInSkipsWhatAnEarlierReportShowsAtTheLatestMigration() throws Exception {
        List<String> ids = standIn.createDatabases("shop", 4);
        FleetRunner.Result first = runner(new FleetSelection.NameGlob("shop-*"), options(1)).apply(migrations);
        String text = Files.readString(first.report());
        int third = text.indexOf("\"id\" :", text.indexOf("\"id\" :", text.indexOf("\"id\" :") + 1) + 1);
        Path killed = dir.resolve("killed.json");
        Files.writeString(killed, text.substring(0, third + 20));   // as a kill -9 leaves it: two rows whole, the third cut
        standIn.resetCounters();
        FleetRunner.Result again = runner(new FleetSelection.NameGlob("shop-*"), options(1)).skippingDoneIn(killed).apply(migrations);
        assertEquals(Map.of("skipped", 2L, "up-to-date", 2L), again.byStatus());
        assertEquals(List.of(0, 0, 1, 1), ids.stream().map(standIn::callsTo).toList());
        assertTrue(logLines.contains("INFO " + killed + " shows 2 database(s) at " + migrations.get(2).tag() + " (-Ddb.fleet.skipDoneIn): those of"
                + " this selection are skipped, their histories not read again (the summary counts them as skipped)."), logLines.toString());
        for (String id : ids) assertFullyMigrated(id);

        // the report of that resumed run (killed again, say) is the one at hand: the databases it skipped as done stay skipped, not
        // read again because this report says "skipped" where the first said "applied"
        standIn.resetCounters();
        FleetRunner.Result resumedAgain = runner(new FleetSelection.NameGlob("shop-*"), options(1)).skippingDoneIn(again.report()).apply(migrations);
        assertEquals(Map.of("skipped", 4L), resumedAgain.byStatus());
        assertEquals(List.of(0, 0, 0, 0), ids.stream().map(standIn::callsTo).toList());

        // a report of an older folder: its databases are behind this one's latest, none skipped
        List<String> old = standIn.createDatabases("old", 2);
        FleetRunner.Result behind = runner(new FleetSelection.NameGlob("old-*"), options(1)).apply(migrations.subList(0, 2));
        FleetRunner.Result rest = runner(new FleetSelection.NameGlob("old-*"), options(1)).skippingDoneIn(behind.report()).apply(migrations);
        assertEquals(Map.of("applied", 2L), rest.byStatus());
        for (String id : old) assertFullyMigrated(id);

        GodwitException notAReport = assertThrows(GodwitException.class, () -> runner(new FleetSelection.NameGlob("old-*"), options(1))
                .skippingDoneIn(dir.resolve("drizzle/meta/_journal.json")).apply(migrations));
        assertEquals("-Ddb.fleet.skipDoneIn=" + dir.resolve("drizzle/meta/_journal.json") + " is not the report of a fleet apply"
                + " (target/godwit/fleet-<time>.json written by db:apply -Ddb.d1.databases=...). Leave the option out to read every"
                + " database's history.", notAReport.getMessage());
    }

    @Test
    void fileSelectionWithFaultsIsCompletedByARerunWithoutDuplicates() throws Exception {
        List<String> ids = standIn.createDatabases("shop", 40);
        StringBuilder file = new StringBuilder("# the fleet, by id and by name\n");
        for (int i = 0; i < ids.size(); i++) file.append(i % 2 == 0 ? ids.get(i) : String.format("shop-%04d", i + 1)).append(i % 5 == 0 ? "   # note\n" : "\n");
        file.append("no-such-shop\n");
        Path list = Files.writeString(dir.resolve("fleet.txt"), file);
        standIn.faults(0.08, 0.08, 42);
        standIn.setLatencyMillis(2);
        FleetRunner.Result first;
        try {
            first = runner(new FleetSelection.FromFile(list), options(8)).apply(migrations);
        } catch (FleetException e) {
            assertTrue(e.getMessage().contains("no-such-shop"), e.getMessage());
            first = null;
        }
        assertTrue(first == null, "the unknown name fails the run");
        assertTrue(standIn.injected500Count() + standIn.injectedDropCount() > 0, "faults were injected");
        // Whatever the faults did: no database has a migration twice or a half-applied one.
        for (String id : ids) {
            List<String> h = history(id);
            assertEquals(h.stream().distinct().count(), h.size(), "duplicate history rows in " + id);
            assertEquals(h.size(), userTables(id).size(), "tables and history agree in " + id);
        }
        standIn.clearFaults();
        Files.writeString(list, Files.readString(list).replace("no-such-shop\n", ""));
        FleetRunner.Result rerun = runner(new FleetSelection.FromFile(list), options(8)).apply(migrations);
        assertEquals(40, rerun.databases());
        assertEquals(0, rerun.failed());
        for (String id : ids) assertFullyMigrated(id);
    }

    /**
     * Round 49 (h13): a fleet file naming a database twice (a repeated line, or its name and its id: shard files put together) was
     * counted by its lines. Each database was visited once, but a canary as large as the fleet said "the first 3 database(s) passed;
     * continuing with the rest" (there was none), and the progress line's "to go" and ETA counted the repeats. The count is of
     * databases.
     */
    @Test
    void aFleetFileNamingADatabaseTwiceCountsItOnce() throws Exception {
        List<String> ids = standIn.createDatabases("dup", 3);
        Path list = Files.writeString(dir.resolve("dups.txt"), ids.get(0) + "\n" + ids.get(1) + "\n" + ids.get(2) + "\r\n\ndup-0001\n"
                + ids.get(2).toUpperCase(java.util.Locale.ROOT) + "\n");
        FleetRunner.Options canary3 = new FleetRunner.Options(2, 3, false, 100_000, Duration.ofSeconds(5), dir.resolve("target/godwit"), false, 3,
                Duration.ZERO, Duration.ofMillis(20));
        FleetRunner.Result r = runner(new FleetSelection.FromFile(list), canary3).apply(migrations);
        assertEquals(3, r.databases());
        assertTrue(logLines.contains("INFO Canary: all 3 database(s) passed, the whole fleet: -Ddb.fleet.canary=3 covers it."), logLines.toString());
        try (FleetMembers m = FleetMembers.open(new FleetSelection.FromFile(list), new dev.godwit.engine.d1.D1Client(
                new D1Settings(ACCOUNT, "fleet", TOKEN, standIn.endpoint())))) {
            assertEquals(3, m.total());
        }
    }

    /**
     * The progress line's total for a name pattern while the account's list is being read was the share matched so far times the
     * account's total_count: with the matching databases first in the list (the tenants created first), 3× off, or here 2×. It is
     * now the databases matched so far, a lower bound, said as one ("1000+"), with how much of the list was read. And while a page of
     * the list is retried after a 5xx, the line says so (it repeated an ETA of seconds, the workers waiting on the list).
     */
    @Test
    void aPatternsTotalWhileTheListIsReadIsTheLowerBoundAndAListRetryIsSaid() throws Exception {
        standIn.createDatabases("g", FleetMembers.PER_PAGE);
        standIn.createDatabases("z", FleetMembers.PER_PAGE);
        try (dev.godwit.engine.d1.D1Client lister = new dev.godwit.engine.d1.D1Client(new D1Settings(ACCOUNT, "fleet", TOKEN, standIn.endpoint()));
             FleetMembers m = FleetMembers.open(new FleetSelection.NameGlob("g-*"), lister)) {
            for (int i = 0; i < FleetMembers.PER_PAGE; i++) org.junit.jupiter.api.Assertions.assertNotNull(m.next());
            assertEquals(FleetMembers.PER_PAGE, m.estimatedTotal());   // it said 2000
            assertEquals(FleetMembers.PER_PAGE + " of " + 2 * FleetMembers.PER_PAGE, m.listRead());
            org.junit.jupiter.api.Assertions.assertNull(m.listRetrying());
            standIn.failListFromPage(2);
            Thread reader = new Thread(() -> {
                try {
                    m.next();
                } catch (RuntimeException expected) {
                    // the list failing past its retries
                }
            });
            reader.setDaemon(true);
            reader.start();
            String retrying = null;
            for (long until = System.nanoTime() + 20_000_000_000L; retrying == null && System.nanoTime() < until; Thread.sleep(10)) {
                retrying = m.listRetrying();
            }
            org.junit.jupiter.api.Assertions.assertNotNull(retrying);
            assertTrue(retrying.startsWith("page 2: HTTP 500 on attempt 1, trying again"), retrying);
            standIn.failListFromPage(0);
            reader.join(60_000);
        }
    }

    /**
     * A fleet file from Windows: Notepad's UTF-8 byte-order mark, CRLF, blank lines; PowerShell's {@code >} writes UTF-16 with
     * a mark. The mark stuck to the first entry, so the first database (an id) was taken for a name the account lacks and
     * failed; a UTF-16 file stopped the run with a bare MalformedInputException.
     */
    @Test
    void aFleetFileFromWindowsWithAByteOrderMarkOrInUtf16IsReadWhole() throws Exception {
        List<String> ids = standIn.createDatabases("tenant", 3);
        String text = ids.get(0) + "\r\n\r\ntenant-0002  # by name\r\n" + ids.get(2) + "\r\n";
        Path bom = Files.write(dir.resolve("fleet-bom.txt"), ("\uFEFF" + text).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        FleetRunner.Result r = runner(new FleetSelection.FromFile(bom), options(2)).apply(migrations);
        assertEquals(3, r.databases());
        assertEquals(0, r.failed());
        for (String id : ids) assertFullyMigrated(id);
        Path utf16 = Files.write(dir.resolve("fleet-utf16.txt"), ("\uFEFF" + text).getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        FleetRunner.Result status = runner(new FleetSelection.FromFile(utf16), options(2)).status(migrations);
        assertEquals(3, status.databases());
        assertEquals(3, status.byStatus().get("up-to-date"));
        Path latin1 = Files.write(dir.resolve("fleet-latin1.txt"), "tenant-caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        var e = org.junit.jupiter.api.Assertions.assertThrows(dev.godwit.engine.GodwitException.class,
                () -> runner(new FleetSelection.FromFile(latin1), options(2)).status(migrations));
        assertEquals("-Ddb.d1.databases=@" + latin1 + " is not UTF-8 text (Input length = 1): save it as UTF-8, one database id or name per line."
                + " Nothing was done.", e.getMessage());
    }

    @Test
    void listedDatabasesAndTwoConcurrentRunsApplyEachMigrationOnceWithOneRereadPerRefusal() throws Exception {
        List<Migration> eleven = generate(dir.resolve("drizzle11"), 11);
        String id = standIn.createDatabase("busy");
        FleetSelection one = new FleetSelection.Listed(List.of(id));
        AtomicReference<Throwable> failure = new AtomicReference<>();
        standIn.setLatencyMillis(3);
        Thread a = new Thread(() -> {
            try {
                runner(one, options(1)).apply(eleven);
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        Thread b = new Thread(() -> {
            try {
                runner(one, options(1)).apply(eleven);
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        a.start();
        b.start();
        a.join();
        b.join();
        assertEquals(null, failure.get());
        assertEquals(11, standIn.rows(id, "SELECT count(*) FROM __drizzle_migrations").size() == 1
                ? Integer.parseInt(standIn.rows(id, "SELECT count(*) FROM __drizzle_migrations").get(0)) : -1);
        assertEquals(11, standIn.rows(id, "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 't%'").size());
        // 2 history reads + 11 applies + one refused request and one re-read per refusal. The refused run gives the other
        // the time it needs for the rest before its re-read, so it is refused once: 15 calls each time measured (before
        // that re-read waited, 23 to 25: the two runs kept sending the same next migration). On a machine so loaded that a
        // run stalls between its calls the other can catch it up again (19 seen at a load of 20): room for four refusals,
        // each of them one refused request and one re-read, so an odd count.
        int calls = standIn.callsTo(id);
        assertTrue(calls >= 13 && calls <= 13 + 2 * 4 && calls % 2 == 1, "calls: " + calls);
    }

    /**
     * A project with wrangler's config: the fleet's account comes from its account_id and its history table from the
     * binding's migrations_table, in wrangler's layout, as for one database; each database's own table keeps the layout
     * its columns show (wrangler's from `wrangler d1 migrations apply`, drizzle's from drizzle-orm's migrator).
     */
    @Test
    void wranglersMigrationsTableAndEachDatabasesOwnLayout() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve("wrangler.toml"), """
                name = "tenants"
                account_id = "%s"

                [[d1_databases]]
                binding = "DB"
                database_name = "tenant-template"
                database_id = "0b1c2d3e-0000-4000-8000-000000000000"
                migrations_table = "d1_migrations"
                """.formatted(ACCOUNT));
        TargetSettings settings = new TargetSettings(false, null, null, null, null, null, null, null, standIn.endpoint(), project, null,
                java.util.Map.of("CLOUDFLARE_D1_TOKEN", TOKEN)::get, null, null, null, null, null);
        Target.D1Fleet fleet = Targets.resolveFleet(settings, "name:tenant-*");
        assertEquals(ACCOUNT, fleet.template().accountId(), "the account_id of wrangler.toml");
        ProjectSettings.History h = ProjectSettings.of(settings).history();
        assertEquals(new ProjectSettings.History("d1_migrations", true, "wrangler.toml (top level) d1_databases binding DB migrations_table"), h);
        HistoryTable table = HistoryTable.of(h.name(), h.wranglerLayout());

        List<String> ids = standIn.createDatabases("tenant", 6);
        Migration first = migrations.get(0);
        for (String id : ids.subList(2, 4)) {   // wrangler d1 migrations apply ran the first migration there
            standIn.execute(id, new HistoryTable.Wrangler("d1_migrations").createSql());
            for (String st : first.statements()) standIn.execute(id, st);
            standIn.execute(id, "INSERT INTO d1_migrations (name) VALUES ('" + first.fileName() + "')");
        }
        for (String id : ids.subList(4, 6)) {   // drizzle-orm's migrator, told migrationsTable: 'd1_migrations', ran it there
            standIn.execute(id, new HistoryTable.Drizzle("d1_migrations").createSql());
            for (String st : first.statements()) standIn.execute(id, st);
            standIn.execute(id, "INSERT INTO d1_migrations (hash, created_at) VALUES ('" + first.hash() + "', " + first.when() + ")");
        }

        FleetRunner.Result r = new FleetRunner(fleet, table, options(3), log).apply(migrations);
        assertEquals(6, r.databases());
        assertEquals(0, r.failed(), logLines.toString());
        List<String> names = migrations.stream().map(Migration::fileName).toList();
        List<String> whens = migrations.stream().map(m -> Long.toString(m.when())).toList();
        for (int i = 0; i < 6; i++) {
            String id = ids.get(i);
            assertEquals(List.of("t1", "t2", "t3"), userTables(id), "tables of " + id);
            if (i < 4) {
                // created in wrangler's layout where it was missing, continued in it where wrangler made it
                assertEquals(List.of("id", "name", "applied_at"), standIn.rows(id, "SELECT name FROM pragma_table_info('d1_migrations')"), id);
                assertEquals(names, standIn.rows(id, "SELECT name FROM d1_migrations ORDER BY id"), id);
            } else {
                assertEquals(List.of("id", "hash", "created_at"), standIn.rows(id, "SELECT name FROM pragma_table_info('d1_migrations')"), id);
                assertEquals(whens, standIn.rows(id, "SELECT created_at FROM d1_migrations ORDER BY created_at"), id);
            }
            assertEquals(i < 2 ? 1 + 3 : 1 + 2, standIn.callsTo(id), "pending + 1 calls to " + id);
        }

        standIn.resetCounters();
        FleetRunner.Result status = new FleetRunner(fleet, table, options(3), log).status(migrations);
        assertEquals(6L, status.byStatus().get("up-to-date"), status.byStatus().toString());
        for (String id : ids) assertEquals(1, standIn.callsTo(id));
    }

    /**
     * Round 49 (h13): db:status over a fleet of mixed layouts called a database whose history is only in wrangler's d1_migrations
     * "failed", the word for one whose history could not be read, where the apply refuses it untouched with the same message: as for
     * the apply's other refusals, it is "failing".
     */
    @Test
    void statusCallsADatabaseWhoseHistoryIsInTheOtherToolsTableFailing() throws Exception {
        List<String> ids = standIn.createDatabases("lay", 2);
        Migration first = migrations.get(0);
        standIn.execute(ids.get(1), new HistoryTable.Wrangler("d1_migrations").createSql());
        for (String st : first.statements()) standIn.execute(ids.get(1), st);
        standIn.execute(ids.get(1), "INSERT INTO d1_migrations (name) VALUES ('" + first.fileName() + "')");
        FleetRunner.Result r = runner(new FleetSelection.NameGlob("lay-*"), options(1)).status(migrations);
        assertEquals(Map.of("behind", 1L, "failing", 1L), r.byStatus());
        JsonNode row = new ObjectMapper().readTree(r.report().toFile()).path("databases").get(1);
        assertEquals("failing", row.path("status").asText());
        assertTrue(row.path("error").asText().startsWith("The database has no history table __drizzle_migrations, the one Godwit reads, but it has"
                + " d1_migrations"), row.toString());
    }

    /** A file from `wrangler d1 migrations create` (no journal entry) is applied by wrangler's layout, and stops drizzle's, fleet-wide. */
    @Test
    void aWranglerMadeFileIsAppliedEverywhereInWranglersLayoutAndStopsDrizzlesBeforeAnyDatabase() throws Exception {
        List<String> ids = standIn.createDatabases("tenant", 3);
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        Files.writeString(folder.dir().resolve("0003_seed.sql"), "-- Migration number: 0003\nINSERT INTO t1 (id, name) VALUES (1, 'seeded');\n");
        MigrationException refused = assertThrows(MigrationException.class, () -> runner(new FleetSelection.NameGlob("tenant-*"), options(2)).apply(folder));
        assertTrue(refused.getMessage().startsWith("SQL file(s) without a journal entry in "), refused.getMessage());
        for (String id : ids) assertEquals(0, standIn.callsTo(id), "nothing sent to " + id);
        FleetRunner wranglers = new FleetRunner(fleet(new FleetSelection.NameGlob("tenant-*")), new HistoryTable.Wrangler("d1_migrations"), options(2), log);
        FleetRunner.Result r = wranglers.apply(folder);
        assertEquals(0, r.failed());
        for (String id : ids) {
            assertEquals(List.of("seeded"), standIn.rows(id, "SELECT name FROM t1"), id);
            assertEquals(List.of(migrations.get(0).fileName(), migrations.get(1).fileName(), migrations.get(2).fileName(), "0003_seed.sql"),
                    standIn.rows(id, "SELECT name FROM d1_migrations ORDER BY id"), id);
        }
        assertEquals(3L, wranglers.status(folder).byStatus().get("up-to-date"));
    }

    /** As on one database: a migration whose "when" changed after it was applied is refused on each member, not run again. */
    @Test
    void aMovedAppliedMigrationFailsTheMemberInsteadOfRunningTwice() {
        List<String> ids = standIn.createDatabases("tenant", 2);
        runner(new FleetSelection.NameGlob("tenant-*"), options(2)).apply(migrations);
        List<Migration> moved = new ArrayList<>(migrations);
        Migration last = moved.get(2);
        moved.set(2, new Migration(new dev.godwit.engine.folder.JournalEntry(2, "6", last.when() + 60_000, last.tag(), true), last.file(), last.sql()));
        FleetException e = assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("tenant-*"), options(2)).apply(moved));
        assertTrue(e.getMessage().contains("2 of 2 database(s) failed"), e.getMessage());
        assertTrue(e.getMessage().contains("Migration(s) already applied under another \"when\" would run again"), e.getMessage());
        for (String id : ids) assertFullyMigrated(id);
    }

    /** A member wrangler migrated, reached with drizzle's table: it fails untouched, naming the table; the others are migrated. */
    @Test
    void aMemberWithAnotherToolsHistoryAndNoneOfOursFailsUntouched() throws Exception {
        List<String> ids = standIn.createDatabases("tenant", 3);
        String wranglers = ids.get(1);
        standIn.execute(wranglers, new HistoryTable.Wrangler("d1_migrations").createSql());
        for (String st : migrations.get(0).statements()) standIn.execute(wranglers, st);
        standIn.execute(wranglers, "INSERT INTO d1_migrations (name) VALUES ('" + migrations.get(0).fileName() + "')");
        standIn.execute(ids.get(2), new HistoryTable.Wrangler("d1_migrations").createSql());   // empty: wrangler d1 migrations list made it
        List<String> before = standIn.rows(wranglers, "SELECT name FROM sqlite_master ORDER BY name");
        FleetException e = assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("tenant-*"), options(2)).apply(migrations));
        assertTrue(e.getMessage().contains("1 of 3 database(s) failed"), e.getMessage());
        assertTrue(e.getMessage().contains("tenant-0002 (" + wranglers + "): The database has no history table __drizzle_migrations, the one Godwit"
                + " reads, but it has d1_migrations, wrangler's (`wrangler d1 migrations apply` keeps it), with 1 row(s). Godwit stops"), e.getMessage());
        assertFullyMigrated(ids.get(0));
        assertFullyMigrated(ids.get(2));
        assertEquals(before, standIn.rows(wranglers, "SELECT name FROM sqlite_master ORDER BY name"), "nothing created or applied there");
        String report;
        try (var files = Files.list(dir.resolve("target/godwit"))) {
            report = Files.readString(files.filter(p -> p.getFileName().toString().startsWith("fleet-") && p.getFileName().toString().endsWith(".json")).findFirst().orElseThrow());
        }
        assertTrue(report.contains("-Ddb.migrationsTable=d1_migrations"), report);
    }

    /**
     * drizzle-orm's history under a name of the project's (drizzle.config's migrations.table): the single database's check refuses
     * it, the fleet's batched guard looked for the default names only and ran every migration again over it. Refused there too,
     * in the same request for the others; a table declared so whose rows are no hashes is the project's own, and it is migrated.
     */
    @Test
    void aMemberWithDrizzleOrmsHistoryUnderAnotherNameFailsUntouched() throws Exception {
        List<String> ids = standIn.createDatabases("t", 3);
        String drizzled = ids.get(1);
        standIn.execute(drizzled, HistoryTable.forName("my_migrations").createSql());
        for (String st : migrations.get(0).statements()) standIn.execute(drizzled, st);
        standIn.execute(drizzled, "INSERT INTO my_migrations (hash, created_at) VALUES ('" + migrations.get(0).hash() + "', " + migrations.get(0).when() + ")");
        standIn.execute(ids.get(2), HistoryTable.forName("files").createSql());
        standIn.execute(ids.get(2), "INSERT INTO files (hash, created_at) VALUES ('not a hash', 1)");   // the project's own table
        List<String> before = standIn.rows(drizzled, "SELECT name FROM sqlite_master ORDER BY name");
        FleetException e = assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("t-*"), options(2)).apply(migrations));
        assertTrue(e.getMessage().contains("1 of 3 database(s) failed"), e.getMessage());
        assertTrue(e.getMessage().contains("The database has no history table __drizzle_migrations, the one Godwit reads, but it has my_migrations,"
                + " drizzle-orm's (its migrate() keeps it), with 1 row(s)."), e.getMessage());
        assertFullyMigrated(ids.get(0));
        assertFullyMigrated(ids.get(2));
        assertEquals(before, standIn.rows(drizzled, "SELECT name FROM sqlite_master ORDER BY name"), "nothing created or applied there");
    }

    /** An id pasted in capitals is the database D1 lists in lower case: visited once, migrated (it was a second, failed row). */
    @Test
    void anIdInCapitalsIsTheSameDatabase() throws Exception {
        List<String> ids = standIn.createDatabases("u", 2);
        FleetRunner.Result r = runner(new FleetSelection.Listed(List.of(ids.get(0).toUpperCase(java.util.Locale.ROOT), ids.get(0), ids.get(1))), options(2))
                .apply(migrations);
        assertEquals(2, r.databases());
        assertEquals(0, r.failed());
        Path list = Files.writeString(dir.resolve("caps.txt"), ids.get(1).toUpperCase(java.util.Locale.ROOT) + "\n" + ids.get(1) + "\n");
        assertEquals(1, runner(new FleetSelection.FromFile(list), options(2)).status(migrations).databases());
        assertFullyMigrated(ids.get(0));
        assertFullyMigrated(ids.get(1));
    }

    /**
     * The run's first line counted a list's entries: a name, the same database's id and that id in capitals, and three others, were
     * "over 6 database(s) listed", four databases each visited once. It counts the databases, and says how many entries named them.
     */
    @Test
    void theFirstLineCountsTheListsDatabasesNotItsEntries() {
        List<String> ids = standIn.createDatabases("u", 4);
        logLines.clear();
        FleetRunner.Result r = runner(new FleetSelection.Listed(List.of("u-0001", ids.get(0), ids.get(0).toUpperCase(java.util.Locale.ROOT),
                ids.get(1), ids.get(2), "u-0004")), options(2)).status(migrations);
        assertEquals(4, r.databases());
        assertTrue(logLines.stream().anyMatch(l -> l.contains("Fleet status over 4 database(s) listed (6 entries: a database named more than once,"
                + " by its name and by its id, is visited once) (account ")), logLines.toString());
        logLines.clear();
        runner(new FleetSelection.Listed(ids.subList(0, 2)), options(2)).status(migrations);
        assertTrue(logLines.stream().anyMatch(l -> l.contains("Fleet status over 2 database(s) listed (account ")), logLines.toString());
    }

    /**
     * -Ddb.fleet.canary=10 over a fleet of 3: the log said "the first 3 database(s) passed; continuing with the rest" (there is no
     * rest), and a failure there "the other databases were not touched" (there are none).
     */
    @Test
    void aCanaryAsLargeAsTheFleetSaysItCoversTheWholeFleet() {
        List<String> ids = standIn.createDatabases("c", 3);
        FleetRunner.Options canary10 = new FleetRunner.Options(2, 10, false, 100_000, Duration.ofSeconds(5), dir.resolve("target/godwit"), false, 3,
                Duration.ZERO, Duration.ofMillis(20));
        FleetRunner.Result r = runner(new FleetSelection.NameGlob("c-*"), canary10).status(migrations);
        assertEquals(3, r.databases());
        assertTrue(logLines.contains("INFO Canary: all 3 database(s) passed, the whole fleet: -Ddb.fleet.canary=10 covers it."), logLines.toString());
        assertFalse(logLines.stream().anyMatch(l -> l.contains("continuing with the rest")), logLines.toString());
        standIn.execute(ids.get(2), "CREATE TABLE t3 (x)");
        FleetException e = assertThrows(FleetException.class, () -> runner(new FleetSelection.Listed(ids), canary10).apply(migrations));
        assertTrue(e.getMessage().startsWith("Fleet apply: 1 of 3 database(s) failed; the canary failed (1 of 3 database(s), the whole fleet:"
                + " -Ddb.fleet.canary=10 covers it)."), e.getMessage());
        assertFullyMigrated(ids.get(0));
        assertFullyMigrated(ids.get(1));
    }

    /**
     * -Ddb.fleet.canary=N with -Ddb.fleet.skipDoneIn=REPORT: the canary is the first N databases worked on (those skipped as done
     * are passed over), but its wording counted the skipped ones: "Canary: the first 5 database(s) passed" of a canary of 2 after 3
     * skipped, "1 of the first 5" when one of the 2 failed. It now says how many it worked on and how many it passed over.
     */
    @Test
    void aCanaryAfterDatabasesSkippedAsDoneCountsOnlyThoseItWorkedOn() throws Exception {
        List<String> ids = standIn.createDatabases("k", 7);
        Path done = runner(new FleetSelection.Listed(ids.subList(0, 3)), options(1)).apply(migrations).report();
        FleetRunner.Options canary2 = new FleetRunner.Options(1, 2, false, 100_000, Duration.ofSeconds(5), dir.resolve("target/godwit"), false, 3,
                Duration.ZERO, Duration.ofMillis(20));
        logLines.clear();
        FleetRunner.Result r = runner(new FleetSelection.Listed(ids.subList(0, 6)), canary2).skippingDoneIn(done).apply(migrations);
        assertEquals(Map.of("skipped", 3L, "applied", 3L), r.byStatus());
        assertTrue(logLines.contains("INFO Canary: the first 2 database(s) worked on passed (3 skipped on the way as done in " + done
                + "); continuing with the rest."), logLines.toString());

        standIn.execute(ids.get(6), "CREATE TABLE t3 (x)");   // its third migration fails: table t3 already exists
        List<String> fresh = standIn.createDatabases("k2", 2);
        List<String> order = List.of(ids.get(0), ids.get(1), ids.get(6), ids.get(2), ids.get(3), fresh.get(0), fresh.get(1));
        standIn.resetCounters();
        FleetException failed = assertThrows(FleetException.class, () -> runner(new FleetSelection.Listed(order), canary2).skippingDoneIn(done).apply(migrations));
        assertTrue(failed.getMessage().startsWith("Fleet apply: 1 of 6 database(s) failed, 1 of the 7 not started; the canary failed (1 of the first 2 database(s) with"
                + " migrations sent; 3 skipped on the way as done in " + done + "; 1 passed over as up to date); the other databases were not touched."),
                failed.getMessage());
        assertEquals(1, standIn.callsTo(ids.get(3)), "passed over by the canary, up to date");
        assertFullyMigrated(fresh.get(0));   // the second of the canary
        assertEquals(0, standIn.callsTo(fresh.get(1)), "untouched after the canary failed");
    }

    /**
     * A canary of N databases up to date "passed": a database the apply sends nothing to (up to date, or at -Ddb.upTo) took a place
     * of the canary, so -Ddb.fleet.canary=2 over a fleet whose first databases were up to date tried the migrations nowhere, and the
     * rest of the fleet got them untested (here the one that fails them, then the others). Such a database is now passed over, as
     * one skipped as done is: the canary goes on until N databases had migrations sent; all up to date, it says so and passes.
     */
    @Test
    void aCanaryPassesOverDatabasesWithNothingToSend() throws Exception {
        List<String> done = standIn.createDatabases("u", 5);
        runner(new FleetSelection.Listed(done), options(2)).apply(migrations);
        List<String> fresh = standIn.createDatabases("v", 3);
        standIn.execute(fresh.get(0), "CREATE TABLE t3 (x)");   // its third migration fails: table t3 already exists
        List<String> order = new ArrayList<>(done);
        order.addAll(fresh);
        FleetRunner.Options canary2 = new FleetRunner.Options(1, 2, false, 100_000, Duration.ofSeconds(5), dir.resolve("target/godwit"), false, 3,
                Duration.ZERO, Duration.ofMillis(20));
        standIn.resetCounters();
        logLines.clear();
        FleetException failed = assertThrows(FleetException.class, () -> runner(new FleetSelection.Listed(order), canary2).apply(migrations));
        assertTrue(failed.getMessage().startsWith("Fleet apply: 1 of 7 database(s) failed, 1 of the 8 not started; the canary failed (1 of the first 2 database(s) with"
                + " migrations sent; 5 passed over as up to date); the other databases were not touched."), failed.getMessage());
        for (String id : done) assertEquals(1, standIn.callsTo(id), "up to date: its history read, nothing sent to " + id);
        assertEquals(List.of("t1", "t2", "t3"), userTables(fresh.get(0)), "t1 and t2 applied, t3 its own");
        assertEquals(2, history(fresh.get(0)).size(), "the canary's failed database stays at its previous migration");
        assertFullyMigrated(fresh.get(1));
        assertEquals(0, standIn.callsTo(fresh.get(2)), "untouched after the canary failed");

        // mended, the canary passes on the two with migrations to send, and the rest follows
        standIn.execute(fresh.get(0), "DROP TABLE t3");
        String last = standIn.createDatabases("x", 1).get(0);
        order.add(last);
        logLines.clear();
        FleetRunner.Result r = runner(new FleetSelection.Listed(order), canary2).apply(migrations);
        assertTrue(logLines.contains("INFO Canary: the first 2 database(s) with migrations sent passed (6 passed over as up to date); continuing"
                + " with the rest."), logLines.toString());
        assertEquals(Map.of("up-to-date", 6L, "applied", 3L), r.byStatus());
        for (String id : fresh) assertFullyMigrated(id);
        assertFullyMigrated(last);

        // everything up to date: no database tried, said as such, and no failure
        logLines.clear();
        FleetRunner.Result none = runner(new FleetSelection.Listed(order), canary2).apply(migrations);
        assertEquals(Map.of("up-to-date", 9L), none.byStatus());
        assertTrue(logLines.contains("INFO Canary: no database of the fleet had migrations to send, so none was tried (9 passed over as up to"
                + " date); nothing is left to apply."), logLines.toString());

        // with -Ddb.upTo, a database at the migration it names has nothing to send either
        List<String> atTwo = standIn.createDatabases("w", 2);
        runner(new FleetSelection.Listed(atTwo), options(1)).withUpTo(migrations.get(1).tag()).apply(migrations);
        logLines.clear();
        FleetRunner.Result upTo = runner(new FleetSelection.Listed(atTwo), canary2).withUpTo(migrations.get(1).tag()).apply(migrations);
        assertEquals(Map.of("at-upTo", 2L), upTo.byStatus());
        assertTrue(logLines.contains("INFO Canary: no database of the fleet had migrations to send, so none was tried (2 passed over as up to"
                + " date or at -Ddb.upTo); nothing is left to apply."), logLines.toString());
    }

    @Test
    void aFailingDatabaseDoesNotStopTheOthersAndTheCanaryStopsAtTheFirstFailure() {
        List<String> ids = standIn.createDatabases("t", 10);
        standIn.execute(ids.get(1), "CREATE TABLE t3 (x)");   // the third migration fails there: table t3 already exists
        FleetException canary = assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("t-*"),
                new FleetRunner.Options(2, 3, false, 100_000, Duration.ofSeconds(5), dir.resolve("target/godwit"), false, 3, Duration.ZERO,
                        Duration.ofMillis(20))).apply(migrations));
        assertTrue(canary.getMessage().contains("canary failed"), canary.getMessage());
        assertTrue(canary.getMessage().contains("t-0002"), canary.getMessage());
        assertTrue(canary.getMessage().contains("already exists"), canary.getMessage());
        assertFullyMigrated(ids.get(0));
        assertFullyMigrated(ids.get(2));
        assertEquals(2, history(ids.get(1)).size(), "the failed database stays at its previous migration");
        for (String id : ids.subList(3, 10)) assertEquals(0, standIn.callsTo(id), "untouched after the canary failed");

        FleetException all = assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("t-*"), options(4)).apply(migrations));
        assertTrue(all.getMessage().contains("1 of 10 database(s) failed"), all.getMessage());
        for (int i = 0; i < ids.size(); i++) if (i != 1) assertFullyMigrated(ids.get(i));
    }

    /**
     * A selection that names no database fails, with what to check (a case-sensitive glob passed silently with 0 databases);
     * one database listed twice, by name and by id, is visited once.
     */
    @Test
    void anEmptySelectionFailsAndADatabaseListedTwiceIsVisitedOnce() throws Exception {
        List<String> ids = standIn.createDatabases("tenant", 2);
        var e = org.junit.jupiter.api.Assertions.assertThrows(dev.godwit.engine.GodwitException.class,
                () -> runner(new FleetSelection.NameGlob("Tenant-*"), options(2)).apply(migrations));
        assertEquals("The fleet selection name:Tenant-* names no database in account " + ACCOUNT + " (name patterns are case-sensitive globs:"
                + " name:tenant-*). The account's names nearest to it: tenant-0001, tenant-0002 (of 2 database(s); `wrangler d1 list` lists"
                + " them all). Nothing was done; check -Ddb.d1.databases.", e.getMessage());
        assertEquals(List.of(), standIn.rows(ids.get(0), "SELECT name FROM sqlite_master WHERE name = '__drizzle_migrations'"), "nothing done");
        FleetRunner.Result r = runner(new FleetSelection.Listed(List.of("tenant-0001", ids.get(0), ids.get(1))), options(2)).apply(migrations);
        assertEquals(2, r.databases());
        assertFullyMigrated(ids.get(0));
        assertFullyMigrated(ids.get(1));
        Path list = dir.resolve("fleet.txt");
        Files.writeString(list, "tenant-0001\n" + ids.get(0) + "\n" + ids.get(1) + "  # by id\n" + ids.get(1) + "\n");
        assertEquals(2, runner(new FleetSelection.FromFile(list), options(2)).status(migrations).databases(), "a file's repeats visited once");
        // the report holds each finished database at once, so a killed run leaves what it did in the file
        try (FleetReport report = new FleetReport(dir.resolve("reports"), "apply", "name:x-*", ACCOUNT, List.of("0000_a"))) {
            report.add(new FleetReport.Row(ids.get(0), "tenant-0001", "applied", List.of("0000_a"), "0000_a", 0, 2, 5, "2026-12-01T00:00:00Z", null));
            assertTrue(Files.readString(report.file()).contains("\"id\" : \"" + ids.get(0) + "\""), Files.readString(report.file()));
        }
    }

    @Test
    void statusCountsDatabasesPerMigrationWithOneCallEach() {
        List<String> ids = standIn.createDatabases("s", 6);
        runner(new FleetSelection.Listed(ids.subList(0, 3)), options(3)).apply(migrations);
        runner(new FleetSelection.Listed(ids.subList(3, 5)), options(3)).apply(migrations.subList(0, 1));
        standIn.resetCounters();
        logLines.clear();
        FleetRunner.Result r = runner(new FleetSelection.NameGlob("s-*"), options(3)).status(migrations);
        assertEquals(6, r.databases());
        assertEquals(3L, r.byFinalMigration().get(migrations.get(2).tag()));
        assertEquals(2L, r.byFinalMigration().get(migrations.get(0).tag()));
        assertEquals(1L, r.byFinalMigration().get("(none)"));
        assertEquals(3L, r.byStatus().get("behind"));
        assertEquals(3L, r.byStatus().get("up-to-date"));
        for (String id : ids) assertEquals(1, standIn.callsTo(id));
        assertTrue(logLines.stream().anyMatch(l -> l.contains(migrations.get(0).tag()) && l.matches(".*\\(behind\\): s-000[45], s-000[45]$")), logLines.toString());
        assertTrue(logLines.stream().anyMatch(l -> l.contains("(none)") && l.endsWith("(behind): s-0006")), logLines.toString());
        assertEquals(List.of(), standIn.rows(ids.get(5), "SELECT name FROM sqlite_master WHERE name = '__drizzle_migrations'"), "status creates nothing");
    }

    /**
     * The status table ("last migration recorded") left out the databases whose history was not read (one only in wrangler's
     * d1_migrations): its counts fell short of the databases, nothing saying so. And a database the apply refuses (a row of another
     * branch with migrations pending, an edited migration) was counted "(behind)" at its last migration while its status was
     * failing. Every database is now counted, those failing on a line of their own, as their status says.
     */
    @Test
    void statusTableCountsEveryDatabaseAndSaysWhichAreFailing() throws Exception {
        List<String> ids = standIn.createDatabases("t", 5);
        runner(new FleetSelection.Listed(ids.subList(0, 1)), options(1)).apply(migrations);
        runner(new FleetSelection.Listed(ids.subList(1, 3)), options(1)).apply(migrations.subList(0, 1));
        runner(new FleetSelection.Listed(ids.subList(4, 5)), options(1)).apply(migrations.subList(0, 1));
        standIn.execute(ids.get(2), "INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('0f0f0f0f0f0f0f0f', 1234)");
        standIn.execute(ids.get(3), new HistoryTable.Wrangler("d1_migrations").createSql());
        standIn.execute(ids.get(3), "INSERT INTO d1_migrations (name) VALUES ('" + migrations.get(0).fileName() + "')");
        standIn.execute(ids.get(4), "UPDATE __drizzle_migrations SET hash = 'edited'");
        logLines.clear();
        FleetRunner.Result r = runner(new FleetSelection.NameGlob("t-*"), options(1)).status(migrations);
        assertEquals(Map.of("up-to-date", 1L, "behind", 1L, "failing", 3L), r.byStatus());
        assertEquals(5L, r.byFinalMigration().values().stream().mapToLong(Long::longValue).sum(), r.byFinalMigration().toString());
        assertEquals(1L, r.byFinalMigration().get("(history not read)"));
        String m0 = migrations.get(0).tag();
        assertTrue(logLines.stream().anyMatch(l -> l.contains(m0) && l.endsWith(" 1   (behind): t-0002")), logLines.toString());
        assertTrue(logLines.stream().anyMatch(l -> l.contains(m0) && l.endsWith(" 2   (failing): t-0003, t-0005")), logLines.toString());
        assertTrue(logLines.stream().anyMatch(l -> l.contains("(history not read)") && l.endsWith(" 1   (failing): t-0004")), logLines.toString());
        assertTrue(logLines.stream().anyMatch(l -> l.contains(migrations.get(2).tag()) && l.endsWith(" 1   (latest)")), logLines.toString());
    }

    /**
     * A journal entry whose .sql file is gone: one database's db:status shows the entry as NO FILE, then fails with the fix
     * (found19); a fleet's stopped at the folder before any database was read. It now reads every database as db:status reads
     * one (the migrations that are there), logs the table, and then fails with the same fix the apply would give.
     */
    @Test
    void statusOfAFolderMissingASqlFileShowsEveryDatabaseThenFailsWithTheFix() throws Exception {
        List<String> ids = standIn.createDatabases("m", 3);
        runner(new FleetSelection.Listed(ids.subList(0, 2)), options(1)).apply(migrations);
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        Files.delete(folder.sqlFile(migrations.get(2).tag()));
        String fix = assertThrows(GodwitException.class, folder::migrations).getMessage();
        logLines.clear();
        GodwitException e = assertThrows(GodwitException.class, () -> runner(new FleetSelection.NameGlob("m-*"), options(1)).status(folder));
        assertTrue(e.getMessage().startsWith(fix), e.getMessage());
        assertTrue(logLines.contains("WARN The journal lists " + migrations.get(2).tag() + " without its .sql file: the status below is read without it,"
                + " and the run then fails with the fix."), logLines.toString());
        assertTrue(logLines.stream().anyMatch(l -> l.contains(migrations.get(2).tag()) && l.matches(".* 2 +\\(latest\\)$")), logLines.toString());
        assertTrue(logLines.contains("INFO   by status: behind 1, up-to-date 2"), logLines.toString());
        assertTrue(logLines.stream().anyMatch(l -> l.contains("(none)") && l.endsWith("(behind): m-0003")), logLines.toString());
        java.util.regex.Matcher report = java.util.regex.Pattern.compile("\n  The status of the 3 database\\(s\\) is above and in (\\S+)\\.$")
                .matcher(e.getMessage());
        assertTrue(report.find(), e.getMessage());
        JsonNode rows = new ObjectMapper().readTree(Path.of(report.group(1)).toFile()).path("databases");
        assertEquals(3, rows.size());
        for (JsonNode r : rows) assertEquals(r.path("id").asText().equals(ids.get(2)) ? "behind" : "up-to-date", r.path("status").asText());
        for (String id : ids) assertEquals(1, standIn.callsTo(id) - (id.equals(ids.get(2)) ? 0 : migrations.size() + 1));
    }

    /**
     * A fleet status run from a checkout one migration behind the fleet: every database records a migration the folder lacks, and
     * the log said so once per database, one long warning line each (5,000 for 5,000 databases), the summary lost among them. Each
     * kind of warning is now said in full for the first 20 databases, then counted in one line of the summary naming the others.
     */
    @Test
    void aWarningSaidOfEveryDatabaseIsShownForTheFirst20ThenCounted() {
        List<String> ids = standIn.createDatabases("ahead", 25);
        runner(new FleetSelection.Listed(ids), options(4)).apply(migrations);
        logLines.clear();
        FleetRunner.Result r = runner(new FleetSelection.NameGlob("ahead-*"), options(1)).status(migrations.subList(0, 2));
        assertEquals(25L, r.byStatus().get("up-to-date"), r.byStatus().toString());
        String warning = "The database records a migration that is not in the folder: created_at " + migrations.get(2).when();
        List<String> said = logLines.stream().filter(l -> l.startsWith("WARN ahead-") && l.contains(warning)).toList();
        assertEquals(20, said.size(), logLines.toString());
        assertTrue(said.get(19).startsWith("WARN ahead-0020 ("), said.get(19));
        String first = said.get(0).substring(said.get(0).indexOf("): ") + 3);
        assertTrue(first.startsWith(warning), first);
        assertTrue(logLines.contains("WARN   The warning \"" + first + "\" was said of 25 database(s); the log shows the first 20, the other 5 are"
                + " ahead-0021, ahead-0022, ahead-0023, ahead-0024, ahead-0025 (mvn db:status -Ddb.d1.databaseId=ID says it of one); the report "
                + r.report() + " lists every database's warnings, under \"warnings\"."), logLines.toString());
        // the table counts the folder's last migration as theirs, "(latest)": said that they are past it
        assertTrue(logLines.contains("WARN   25 of these database(s) also record migration(s) this folder does not have (the warnings above): the"
                + " table counts the last of this folder's migrations each records. If the databases are ahead of this folder (an older checkout"
                + " or branch), update it before applying."), logLines.toString());
    }

    /**
     * Past the 40th database of one kind of warning, the log named the databases nowhere ("... ahead-0040 and 10 more"), and the
     * report did not record warnings. Each row of the report now lists the warnings said of its database, every one; a row with
     * none has no "warnings" (so a report reads as before).
     */
    @Test
    void theReportListsEveryDatabasesWarningsThatTheLogOnlyCounts() throws Exception {
        List<String> ids = standIn.createDatabases("ahead", 50);
        FleetRunner.Result applied = runner(new FleetSelection.Listed(ids), options(4)).apply(migrations);
        for (JsonNode row : new ObjectMapper().readTree(applied.report().toFile()).path("databases")) {
            assertTrue(row.path("warnings").isMissingNode(), row.toString());
        }
        logLines.clear();
        FleetRunner.Result r = runner(new FleetSelection.NameGlob("ahead-*"), options(1)).status(migrations.subList(0, 2));
        String warning = "The database records a migration that is not in the folder: created_at " + migrations.get(2).when();
        String summary = logLines.stream().filter(l -> l.startsWith("WARN   The warning \"" + warning)).findFirst().orElseThrow();
        assertTrue(summary.endsWith(" was said of 50 database(s); the log shows the first 20, the other 30 are ahead-0021, ahead-0022, ahead-0023,"
                + " ahead-0024, ahead-0025, ahead-0026, ahead-0027, ahead-0028, ahead-0029, ahead-0030, ahead-0031, ahead-0032, ahead-0033,"
                + " ahead-0034, ahead-0035, ahead-0036, ahead-0037, ahead-0038, ahead-0039, ahead-0040 and 10 more (mvn db:status"
                + " -Ddb.d1.databaseId=ID says it of one); the report " + r.report() + " lists every database's warnings, under \"warnings\"."),
                summary);
        JsonNode rows = new ObjectMapper().readTree(r.report().toFile()).path("databases");
        assertEquals(50, rows.size());
        java.util.Set<String> named = new java.util.TreeSet<>();
        for (JsonNode row : rows) {
            JsonNode warnings = row.path("warnings");
            assertEquals(1, warnings.size(), row.toString());
            String said = warnings.get(0).asText();
            assertTrue(said.startsWith(warning), said);
            named.add(row.path("name").asText());
        }
        assertTrue(named.contains("ahead-0050") && named.size() == 50, named.toString());
    }

    /**
     * A database whose history holds one migration's row twice was "failing" in a fleet status ("a copy of the row of ... applied
     * there but not in the folder"), while the fleet apply goes on over it as db:apply does. It now counts as what it is (here
     * up to date) with a warning naming the copy. A row of a migration the folder lacks, with nothing pending, is up to date with
     * db:apply's warning too (statusSaysWhatTheApplyDoesWithARowFromAnotherBranch has the case with pending migrations).
     */
    @Test
    void statusTakesACopiedRowForARecordedMigrationNotAFailure() {
        List<String> ids = standIn.createDatabases("c", 3);
        runner(new FleetSelection.Listed(ids), options(3)).apply(migrations);
        standIn.execute(ids.get(0), "INSERT INTO __drizzle_migrations (hash, created_at) SELECT hash, created_at FROM __drizzle_migrations"
                + " WHERE created_at = " + migrations.get(0).when());
        standIn.execute(ids.get(1), "INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('0f0f0f0f0f0f0f0f', 1234)");
        logLines.clear();
        FleetRunner.Result r = runner(new FleetSelection.Listed(ids), options(3)).status(migrations);
        assertEquals(3L, r.byStatus().get("up-to-date"), r.byStatus().toString());
        assertEquals(0, r.failed());
        assertTrue(logLines.contains("WARN " + ids.get(0) + ": __drizzle_migrations holds a copy of the row of " + migrations.get(0).tag()
                + " (created_at " + migrations.get(0).when() + "): the migration is recorded twice. mvn db:repair -Ddb.d1.databaseId=" + ids.get(0)
                + " removes the copy."), logLines.toString());
        assertTrue(logLines.contains("WARN " + ids.get(1) + ": The database records a migration that is not in the folder: created_at 1234 (hash"
                + " 0f0f0f0f0f0f) (applied from another branch?)"), logLines.toString());
    }

    /**
     * The fleet apply applied the pending migrations over a history holding a row of a migration the folder lacks (applied from
     * another branch), where db:apply on that one database refuses. Now each database's history goes through db:apply's own
     * decision: that database fails untouched with db:apply's message (the rows, the way on, its id in the commands), the
     * others go on, a canary stops at it, and -Ddb.ignoreMissing applies over it with db:apply's warning.
     */
    @Test
    void aHistoryWithARowFromAnotherBranchFailsThatDatabaseAsDbApplyDoes() throws Exception {
        List<String> ids = standIn.createDatabases("b", 3);
        runner(new FleetSelection.Listed(ids), options(1)).apply(migrations.subList(0, 1));
        standIn.execute(ids.get(0), "INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('0f0f0f0f0f0f0f0f', 1234)");
        String refusal = "The database records migration(s) the folder does not have: created_at 1234 (hash 0f0f0f0f0f0f). Applying the pending"
                + " ones on top could repeat or undo what those did (a migration rebased with regenerated SQL by db:rebase, or dropped after it"
                + " ran here). On a development database, go back to before it (drizzle's history keeps no time of apply, so a time before"
                + " created_at 1234 (hash 0f0f0f0f0f0f) ran is not known here: it is this database's startedAt in the report of the fleet apply"
                + " that ran it (" + dir.resolve("target/godwit").resolve("fleet-<time>.json") + ", a run after created_at 1234 (hash 0f0f0f0f0f0f)"
                + " was written (1970-01-01T00:00:01.234Z)); give it to mvn db:restore -Ddb.d1.databaseId=" + ids.get(0) + " as -Ddb.timestamp)"
                + " or start it afresh; if those rows are from"
                + " an abandoned branch, remove them with mvn db:repair -Ddb.d1.databaseId=" + ids.get(0) + "; if the folder's migrations were"
                + " squashed (or, with wrangler's history, renamed), mvn db:repair -Ddb.d1.databaseId=" + ids.get(0) + " records the new ones the"
                + " database already has (or renames the rows); to apply anyway, pass -Ddb.ignoreMissing. Nothing was applied.";

        // A canary of one stops at it: nothing applied there, the others untouched.
        standIn.resetCounters();
        FleetRunner.Options canary1 = new FleetRunner.Options(1, 1, false, 100_000, Duration.ofSeconds(5), dir.resolve("target/godwit"), false, 3,
                Duration.ZERO, Duration.ofMillis(20));
        FleetException canary = assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("b-*"), canary1).apply(migrations));
        assertEquals("Fleet apply: 1 of 1 database(s) failed, 2 of the 3 not started; the canary failed (1 of the first 1 database(s)); the other databases were not"
                + " touched. Report: " + canary.getMessage().replaceFirst("(?s).*Report: (\\S+)\n.*", "$1") + "\n  - b-0001 (" + ids.get(0) + "): "
                + refusal + "\n  The 1 failed database(s) are listed in " + canary.getMessage().replaceFirst("(?s).*Report: (\\S+)\\.json\n.*", "$1")
                + "-failed.txt, one id a line with the cause of each: -Ddb.d1.databases=@" + canary.getMessage().replaceFirst("(?s).*Report: (\\S+)\\.json\n.*", "$1")
                + "-failed.txt runs only them (or only those of one cause: grep its lines into a file of their own).\n  Databases that succeeded stay migrated. Fix the cause, then run the same command again: it continues where each"
                + " database stands (its history table) and never applies a migration twice.", canary.getMessage());
        assertEquals(List.of("1234", Long.toString(migrations.get(0).when())), history(ids.get(0)));
        assertEquals(List.of("t1"), userTables(ids.get(0)));
        assertEquals(1, standIn.callsTo(ids.get(0)), "one history read, nothing sent");
        assertEquals(0, standIn.callsTo(ids.get(1)));
        assertEquals(0, standIn.callsTo(ids.get(2)));

        // Without a canary the others go on; the summary counts it as failed; the report row has the whole message.
        FleetException all = assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("b-*"), options(2)).apply(migrations));
        assertTrue(all.getMessage().startsWith("Fleet apply: 1 of 3 database(s) failed."), all.getMessage());
        assertEquals(List.of("1234", Long.toString(migrations.get(0).when())), history(ids.get(0)));
        assertEquals(List.of("t1"), userTables(ids.get(0)));
        assertFullyMigrated(ids.get(1));
        assertFullyMigrated(ids.get(2));
        Path reportFile = Path.of(all.getMessage().replaceFirst("(?s).*Report: (\\S+)\n.*", "$1"));
        JsonNode report = new ObjectMapper().readTree(reportFile.toFile());
        JsonNode row = null;
        for (JsonNode r : report.path("databases")) if (r.path("id").asText().equals(ids.get(0))) row = r;
        assertEquals("failed", row.path("status").asText());
        assertEquals(refusal, row.path("error").asText());
        assertEquals(1, report.path("summary").path("byStatus").path("failed").asInt(), report.path("summary").toString());

        // -Ddb.ignoreMissing applies over it, with db:apply's warning naming the database.
        logLines.clear();
        FleetRunner.Options ignoring = options(1).withIgnoreMissing(true);
        FleetRunner.Result r = runner(new FleetSelection.Listed(List.of("b-0001")), ignoring).apply(migrations);
        assertEquals(0, r.failed());
        assertEquals(List.of("t1", "t2", "t3"), userTables(ids.get(0)));
        assertTrue(logLines.contains("WARN b-0001 (" + ids.get(0) + "): The database records a migration that is not in the folder: created_at 1234"
                + " (hash 0f0f0f0f0f0f) (applied from another branch?)"), logLines.toString());
    }

    /**
     * An edited applied migration and a row written twice, in a fleet as on one database: the fleet said "applied migration(s)
     * changed since they were applied here ... (restore them ..., or pass -Ddb.ignoreChecksums)", without db:repair, and applied
     * over a copied row and over -Ddb.ignoreChecksums without the warnings db:apply gives. Now db:apply's message and warnings.
     */
    @Test
    void anEditedAppliedMigrationAndACopiedRowAreDecidedAsByDbApply() throws Exception {
        List<String> ids = standIn.createDatabases("e", 3);
        runner(new FleetSelection.Listed(ids), options(1)).apply(migrations.subList(0, 1));
        standIn.execute(ids.get(0), "UPDATE __drizzle_migrations SET hash = 'edited0000000000'");
        standIn.execute(ids.get(1), "INSERT INTO __drizzle_migrations (hash, created_at) SELECT hash, created_at FROM __drizzle_migrations");
        logLines.clear();
        FleetException e = assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("e-*"), options(1)).apply(migrations));
        assertTrue(e.getMessage().startsWith("Fleet apply: 1 of 3 database(s) failed."), e.getMessage());
        // the history, not the file, holds other SQL (the file is as db:generate wrote it): "restore the file" would change nothing
        assertTrue(e.getMessage().contains("\n  - e-0001 (" + ids.get(0) + "): Applied migration(s) " + migrations.get(0).fileName()
                + " are recorded in __drizzle_migrations with other SQL than their files, which are as db:generate wrote them (their checksum"
                + " files in meta/_sums/ say so): the SQL that ran here was an edit recorded with db:repair and undone since (git revert), or"
                + " another branch's version of the file. If this database holds what the files make, record them with mvn db:repair"
                + " -Ddb.d1.databaseId=" + ids.get(0) + " (no SQL runs). To apply anyway this once, pass -Ddb.ignoreChecksums. Nothing was applied.\n"),
                e.getMessage());
        assertEquals(List.of("t1"), userTables(ids.get(0)));
        assertEquals(List.of("t1", "t2", "t3"), userTables(ids.get(1)));
        assertEquals(List.of(Long.toString(migrations.get(0).when()), Long.toString(migrations.get(0).when()),
                Long.toString(migrations.get(1).when()), Long.toString(migrations.get(2).when())), history(ids.get(1)));
        assertFullyMigrated(ids.get(2));
        assertTrue(logLines.contains("WARN e-0002 (" + ids.get(1) + "): __drizzle_migrations holds a copy of the row of " + migrations.get(0).tag()
                + " (created_at " + migrations.get(0).when() + "): the migration is recorded twice. mvn db:repair -Ddb.d1.databaseId=" + ids.get(1)
                + " removes the copy."), logLines.toString());

        // -Ddb.ignoreChecksums applies over the edit, saying so as db:apply does.
        logLines.clear();
        FleetRunner.Options ignoring = new FleetRunner.Options(1, 0, false, 100_000, Duration.ofSeconds(5), dir.resolve("target/godwit"), true, 3,
                Duration.ZERO, Duration.ofMillis(20));
        assertEquals(0, runner(new FleetSelection.NameGlob("e-0001"), ignoring).apply(migrations).failed());
        assertEquals(List.of("t1", "t2", "t3"), userTables(ids.get(0)));
        assertTrue(logLines.contains("WARN e-0001 (" + ids.get(0) + "): Applied migration(s) " + migrations.get(0).fileName()
                + " are recorded in __drizzle_migrations with other SQL than their files, which are as db:generate wrote them (their checksum"
                + " files in meta/_sums/ say so): the SQL that ran here was an edit recorded with db:repair and undone since (git revert), or"
                + " another branch's version of the file. If this database holds what the files make, record them with mvn db:repair"
                + " -Ddb.d1.databaseId=" + ids.get(0) + " (no SQL runs). Continuing because of -Ddb.ignoreChecksums."), logLines.toString());
    }

    /**
     * What db:apply refuses of a pending migration before sending anything, the fleet sent: a migration holding only comments was
     * applied and recorded (locked: SQL written into it later is an edit of an applied migration), and a migration over the
     * request cap stopped each database halfway, after the migrations before it, with the D1 client's "The D1 request would be
     * ... bytes" naming no migration. Now each database's pending migrations go through db:apply's own check first: nothing is
     * applied there, and the error is db:apply's.
     */
    @Test
    void pendingMigrationsDbApplyRefusesBeforeSendingAreRefusedOnEachDatabaseBeforeSending() {
        List<String> ids = standIn.createDatabases("p", 2);
        Path drizzle = dir.resolve("drizzle");
        List<Migration> withEmpty = new ArrayList<>(migrations);
        withEmpty.add(new Migration(new dev.godwit.engine.folder.JournalEntry(3, "6", migrations.get(2).when() + 1000, "0003_empty", true),
                drizzle.resolve("0003_empty.sql"), "-- Custom SQL migration file, put your code below! --\n"));
        FleetException e = assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("p-*"), options(1)).apply(withEmpty));
        String empty = "Migration 0003_empty.sql holds no SQL (only comments); applying it would record it as applied and lock it. Write your SQL"
                + " in drizzle/0003_empty.sql (below its comment), or db:drop it. Nothing was applied.";
        assertTrue(e.getMessage().contains("\n  - p-0001 (" + ids.get(0) + "): " + empty + "\n"), e.getMessage());
        assertTrue(e.getMessage().contains("\n  - p-0002 (" + ids.get(1) + "): " + empty + "\n"), e.getMessage());
        for (String id : ids) {
            assertEquals(List.of(), historyTables(id), "nothing recorded in " + id + ", no history table left");
            assertEquals(List.of(), userTables(id), "nothing applied to " + id);
        }

        List<Migration> withBig = new ArrayList<>(migrations);
        withBig.add(new Migration(new dev.godwit.engine.folder.JournalEntry(3, "6", migrations.get(2).when() + 1000, "0003_big", true),
                drizzle.resolve("0003_big.sql"), "INSERT INTO t1 (name) VALUES ('" + "x".repeat(5000) + "');"));
        Target.D1Fleet capped = new Target.D1Fleet(new D1Settings(ACCOUNT, "fleet", TOKEN, standIn.endpoint()).withMaxRequestBytes(4000),
                new FleetSelection.NameGlob("p-*"), "test");
        FleetException big = assertThrows(FleetException.class,
                () -> new FleetRunner(capped, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), options(1), log).apply(withBig));
        assertTrue(big.getMessage().contains("\n  - p-0001 (" + ids.get(0) + "): Migration 0003_big.sql would be a D1 request of "), big.getMessage());
        assertTrue(big.getMessage().contains("Godwit sends each migration as one request, at most 4000 bytes"), big.getMessage());
        for (String id : ids) {
            assertEquals(List.of(), historyTables(id), "nothing recorded in " + id + ", no history table left");
            assertEquals(List.of(), userTables(id), "nothing applied to " + id);
        }
    }

    /**
     * A fleet run in a wrangler environment (-Ddb.env=production, for its account_id, folder and history table) printed the way on
     * for a failed database as mvn db:apply / db:baseline / db:repair / db:restore -Ddb.d1.databaseId=ID alone: run so, they take the
     * top level's account (another one here: D1 answers 404, or another account's database of that id is worked on) and its
     * folder and history. Each now carries the run's own choice (withCommandArgs), as one database's apply prints it.
     */
    @Test
    void theCommandsPrintedForAFailedDatabaseCarryTheRunsWranglerEnvironment() throws Exception {
        Files.writeString(dir.resolve("wrangler.toml"), "account_id = \"ffffffffffffffffffffffffffffffff\"\n[env.production]\naccount_id = \""
                + ACCOUNT + "\"\n");
        TargetSettings production = new TargetSettings(false, null, null, null, null, null, null, TOKEN, standIn.endpoint(), dir, null,
                k -> null, "production", null, null, dir.resolve("drizzle"), null);
        Target.D1Fleet fleet = Targets.resolveFleet(production, "name:e-*");
        List<String> ids = standIn.createDatabases("e", 2);
        standIn.execute(ids.get(1), "CREATE TABLE t3 (x)");
        FleetException e = assertThrows(FleetException.class, () -> new FleetRunner(fleet, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT),
                options(1), log).withCommandArgs(" -Ddb.env=production").apply(migrations));
        assertTrue(e.getMessage().contains("SQLITE_ERROR. Run db:apply -Ddb.d1.databaseId=" + ids.get(1) + " -Ddb.env=production to have the"
                + " failing statement named. If the database already has this migration's changes (db:push, or made by hand), record it as"
                + " applied instead: mvn db:baseline -Ddb.d1.databaseId=" + ids.get(1) + " -Ddb.env=production -Ddb.baseline="
                + migrations.get(2).tag() + " (it checks"), e.getMessage());
        standIn.execute(ids.get(1), "INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('0f0f0f0f0f0f0f0f', 1234)");
        FleetRunner.Result status = new FleetRunner(fleet, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), options(1), log)
                .withCommandArgs(" -Ddb.env=production").status(migrations);
        assertEquals(1L, status.byStatus().get("failing"), status.byStatus().toString());
        String report = Files.readString(status.report());
        assertTrue(report.contains("give it to mvn db:restore -Ddb.d1.databaseId=" + ids.get(1) + " -Ddb.env=production as -Ddb.timestamp)"), report);
        assertTrue(report.contains("remove them with mvn db:repair -Ddb.d1.databaseId=" + ids.get(1) + " -Ddb.env=production;"), report);
        // without the environment, the printed id would be looked for in the top level's account
        Target.RemoteD1 without = (Target.RemoteD1) Targets.resolve(new TargetSettings(false, null, null, null, null, null, ids.get(0), TOKEN,
                standIn.endpoint(), dir, null, k -> null, null, null, null, dir.resolve("drizzle"), null));
        assertEquals("ffffffffffffffffffffffffffffffff", without.settings().accountId());
    }

    /**
     * D1 answering "statement too long" for a migration none of whose statements is over 100,000 bytes (its limit read over the
     * whole request, workers-sdk#6347): the fleet said D1's limit per statement and to run db:apply to have the failing statement
     * named, which would blame an innocent one. It now says the request's length, with its size, and to split the migration.
     */
    @Test
    void statementTooLongForARequestOfShortStatementsIsSaidToBeTheRequestsLength() {
        List<String> ids = standIn.createDatabases("big", 1);
        String row = "'" + "x".repeat(95) + "'";
        String insert = "INSERT INTO t1 (name) VALUES (" + String.join("), (", java.util.Collections.nCopies(400, row)) + ");";
        Migration last = migrations.get(migrations.size() - 1);
        Migration big = new Migration(new dev.godwit.engine.folder.JournalEntry(last.entry().idx() + 1, "6", last.when() + 1000, "0009_seed", true),
                dir.resolve("0009_seed.sql"), String.join("\n--> statement-breakpoint\n", insert, insert, insert));
        List<Migration> all = new ArrayList<>(migrations);
        all.add(big);
        standIn.refuseRequestsOverBytesAsTooLong(100_000);
        FleetException e = assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("big-*"), options(1)).apply(all));
        assertTrue(e.getMessage().contains("migration 0009_seed.sql was refused by D1 and rolled back (nothing of it was applied): statement too long:"
                + " SQLITE_TOOBIG. D1 refused the request's length: none of its "), e.getMessage());
        assertTrue(e.getMessage().contains("no statement of the migration is at fault. Split the migration"), e.getMessage());
        assertFalse(e.getMessage().contains("to have the failing statement named"), e.getMessage());
    }

    /**
     * A migration D1 refused because the database already has what it creates (db:push, a hand change): db:apply on that one
     * database says to record it with db:baseline, the fleet said only to run db:apply on it. Now the fleet says db:apply's way
     * on, with the database's id in the command.
     */
    @Test
    void aMigrationRefusedForWhatTheDatabaseAlreadyHasPointsToBaselineAsDbApplyDoes() {
        List<String> ids = standIn.createDatabases("a", 2);
        standIn.execute(ids.get(1), "CREATE TABLE t3 (x)");
        FleetException e = assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("a-*"), options(1)).apply(migrations));
        assertTrue(e.getMessage().contains("\n  - a-0002 (" + ids.get(1) + "): migration " + migrations.get(2).fileName() + " was refused by D1 and"
                + " rolled back (nothing of it was applied): table `t3` already exists: SQLITE_ERROR. Run db:apply -Ddb.d1.databaseId=" + ids.get(1)
                + " to have the failing statement named. If"), e.getMessage());
        assertTrue(e.getMessage().contains(" If the database already has this migration's changes (db:push, or made by hand), record it as applied"
                + " instead: mvn db:baseline -Ddb.d1.databaseId=" + ids.get(1) + " -Ddb.baseline=" + migrations.get(2).tag() + " (it checks the"
                + " schema against the migration's snapshot first).\n"), e.getMessage());
        assertFullyMigrated(ids.get(0));
        assertEquals(2, history(ids.get(1)).size());
    }

    /**
     * Another run (another branch's folder) records a different migration under this one's "when" between the history read and
     * the send: the guard refuses, and the re-read finds a row with another hash. db:apply on one database then refuses ("a
     * different migration with the same when was applied there"); the fleet said it in its own words, and with
     * -Ddb.ignoreChecksums took that row for this migration's record and went on, its changes never made. Now db:apply's refusal,
     * whatever -Ddb.ignoreChecksums says (it is about edited files, not another migration).
     */
    @Test
    void anotherMigrationRecordedUnderTheSameWhenMeanwhileFailsTheDatabaseAsDbApplyDoes() {
        String id = standIn.createDatabase("w-0001");
        long when = migrations.get(0).when();
        standIn.beforeCall(id, 2, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT).createSql() + ";\nINSERT INTO __drizzle_migrations (hash,"
                + " created_at) VALUES ('0ther0000000000000000', " + when + ")");
        FleetRunner.Options ignoring = new FleetRunner.Options(1, 0, false, 100_000, Duration.ofSeconds(5), dir.resolve("target/godwit"), true, 3,
                Duration.ZERO, Duration.ofMillis(20));
        FleetException e = assertThrows(FleetException.class, () -> runner(new FleetSelection.Listed(List.of("w-0001")), ignoring).apply(migrations));
        assertTrue(e.getMessage().contains("\n  - w-0001 (" + id + "): Migration " + migrations.get(0).fileName() + " was not applied: __drizzle_migrations"
                + " already has a row with created_at " + when + " (this migration's \"when\") but hash 0ther0000000, not this file's "
                + migrations.get(0).hash().substring(0, 12) + ": a different migration with the same \"when\" was applied there (from another branch or"
                + " folder). Give this migration its own \"when\" in meta/_journal.json (after the last applied one).\n"), e.getMessage());
        assertEquals(List.of(Long.toString(when)), history(id));
        assertEquals(List.of(), userTables(id), "none of the folder's migrations ran");
    }

    /**
     * The build failure lists the first 20 failed databases (each error up to 2,000 characters) and said nothing of the rest:
     * with 22 failed it read as if those 20 were all. It now says how many more there are and that the report has them.
     */
    @Test
    void theBuildFailureSaysHowManyFailedDatabasesItDoesNotList() {
        standIn.createDatabases("q", 22);
        List<Migration> withEmpty = new ArrayList<>(migrations);
        withEmpty.add(new Migration(new dev.godwit.engine.folder.JournalEntry(3, "6", migrations.get(2).when() + 1000, "0003_empty", true),
                dir.resolve("drizzle").resolve("0003_empty.sql"), "-- Custom SQL migration file, put your code below! --\n"));
        // not stopped after the first 10, failing the same way (aMigrationThatFailsEverywhereStopsTheApplyAfterTheFirstTenDatabases)
        FleetException e = assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("q-*"), options(2).withSameFailureStop(0))
                .apply(withEmpty));
        assertTrue(e.getMessage().startsWith("Fleet apply: 22 of 22 database(s) failed."), e.getMessage());
        assertEquals(20, e.getMessage().split("\n  - q-", -1).length - 1, e.getMessage());
        assertTrue(e.getMessage().contains(" holds no SQL (only comments); applying it would record it as applied and lock it. Write your SQL in"
                + " drizzle/0003_empty.sql (below its comment), or db:drop it. Nothing was applied.\n  - and 2 more failed database(s), not listed"
                + " here: the report has each one with its error.\n  All 22 by cause:\n    22 × Migration 0003_empty.sql holds no SQL (only"
                + " comments); applying it"), e.getMessage());
        assertTrue(e.getMessage().matches("(?s).* \\(first: q-00\\d\\d\\)\n  The 22 failed database\\(s\\) are listed in \\S+-failed\\.txt, .*\n  Databases that succeeded.*"), e.getMessage());
    }

    /**
     * A resume from a report with failures: the skipped databases go by without a call, so the first databases worked on are the
     * ones that failed before (here ten with another branch's row), failing the same way again. The same-failure stop took them for
     * a migration that fails everywhere and stopped the resume after them, the databases the first run never reached untouched.
     * They are known failures, not a sign of the migration: the stop now looks past them, and the others are migrated.
     */
    @Test
    void aResumeIsNotStoppedByTheDatabasesItsReportShowsFailed() {
        List<String> bad = standIn.createDatabases("rs-a", 10);
        List<String> good = standIn.createDatabases("rs-b", 6);
        for (String id : bad) {
            standIn.execute(id, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT).createSql() + ";\nINSERT INTO __drizzle_migrations (hash,"
                    + " created_at) VALUES ('0f0f0f0f0f0f0f0f', " + (migrations.get(2).when() + 5000) + ")");
        }
        // the first run got through the ten and two more, then was stopped (here: a selection of those twelve, run past the ten)
        List<String> first = new ArrayList<>(bad);
        first.addAll(good.subList(0, 2));
        FleetException e1 = assertThrows(FleetException.class, () -> runner(new FleetSelection.Listed(first), options(1).withSameFailureStop(0))
                .apply(migrations));
        assertTrue(e1.getMessage().startsWith("Fleet apply: 10 of 12 database(s) failed. Report: "), e1.getMessage());
        java.util.regex.Matcher report = java.util.regex.Pattern.compile("Report: (\\S+\\.json)").matcher(e1.getMessage());
        assertTrue(report.find(), e1.getMessage());
        FleetException e2 = assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("rs-*"), options(1))
                .skippingDoneIn(Path.of(report.group(1))).apply(migrations));
        assertTrue(e2.getMessage().startsWith("Fleet apply: 10 of 16 database(s) failed. Report: "), e2.getMessage());
        assertFalse(e2.getMessage().contains("all failed with the same error"), e2.getMessage());
        for (String id : good.subList(2, 6)) assertEquals(3, history(id).size(), "migrated on the resume: " + id);
        assertTrue(logLines.stream().anyMatch(l -> l.contains("by status: failed 10, skipped 2, applied 4") || l.contains("by status: applied 4,"
                + " failed 10, skipped 2")), String.join("\n", logLines));
        assertTrue(logLines.stream().anyMatch(l -> l.contains(" The 10 it shows failed are worked on again; failing as before (the cause that report"
                + " gives), they do not count toward the same-failure stop")), String.join("\n", logLines));
    }

    /**
     * A review (round 50): a database the resume's report shows failed was left out of the same-failure stop whatever its new error,
     * the log saying "failing as before". Ten that failed with another branch's row, mended since, now all fail on a migration that
     * fails everywhere (one holding no SQL): that is a sign of the migration, and the resume stops after them as a first run does.
     */
    @Test
    void aResumeStopsWhereTheDatabasesItsReportShowsFailedNowFailOtherwise() {
        List<String> bad = standIn.createDatabases("rf-a", 10);
        List<String> good = standIn.createDatabases("rf-b", 6);
        for (String id : bad) {
            standIn.execute(id, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT).createSql() + ";\nINSERT INTO __drizzle_migrations (hash,"
                    + " created_at) VALUES ('0f0f0f0f0f0f0f0f', " + (migrations.get(2).when() + 5000) + ")");
        }
        List<String> first = new ArrayList<>(bad);
        first.addAll(good.subList(0, 2));
        FleetException e1 = assertThrows(FleetException.class, () -> runner(new FleetSelection.Listed(first), options(1).withSameFailureStop(0))
                .apply(migrations));
        java.util.regex.Matcher report = java.util.regex.Pattern.compile("Report: (\\S+\\.json)").matcher(e1.getMessage());
        assertTrue(report.find(), e1.getMessage());
        for (String id : bad) standIn.execute(id, "DELETE FROM __drizzle_migrations");
        List<Migration> withEmpty = new ArrayList<>(migrations);
        withEmpty.add(new Migration(new dev.godwit.engine.folder.JournalEntry(3, "6", migrations.get(2).when() + 1000, "0003_empty", true),
                dir.resolve("drizzle").resolve("0003_empty.sql"), "-- Custom SQL migration file, put your code below! --\n"));
        FleetException e2 = assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("rf-*"), options(1))
                .skippingDoneIn(Path.of(report.group(1))).apply(withEmpty));
        assertTrue(e2.getMessage().contains("all failed with the same error"), e2.getMessage());
        for (String id : good.subList(2, 6)) {
            assertEquals(List.of(), standIn.rows(id, "SELECT name FROM sqlite_master WHERE name = '__drizzle_migrations'"), "not started after the stop: " + id);
        }
    }

    /**
     * 1,000 databases failed of three causes (300 with another branch's row, 300 with an edited migration, 400 with wrangler's
     * history only); the log and the build failure listed the first 20 to finish, all of the first cause, and "980 more": nothing
     * said the other two were there, found one rerun at a time. Where more failed than are listed, both now count them by cause.
     */
    @Test
    void failuresBeyondTheListedOnesAreCountedByCause() throws Exception {
        List<String> ids = standIn.createDatabases("c", 24);
        for (String id : ids.subList(20, 24)) {
            standIn.execute(id, "CREATE TABLE d1_migrations (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE, applied_at TIMESTAMP"
                    + " DEFAULT CURRENT_TIMESTAMP NOT NULL); INSERT INTO d1_migrations (name) VALUES ('0000_x.sql')");
        }
        List<Migration> withEmpty = new ArrayList<>(migrations);
        withEmpty.add(new Migration(new dev.godwit.engine.folder.JournalEntry(3, "6", migrations.get(2).when() + 1000, "0003_empty", true),
                dir.resolve("drizzle").resolve("0003_empty.sql"), "-- Custom SQL migration file, put your code below! --\n"));
        FleetException e = assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("c-*"), options(1).withSameFailureStop(0))
                .apply(withEmpty));
        assertTrue(e.getMessage().contains("\n  - and 4 more failed database(s), not listed here: the report has each one with its error.\n  All 24"
                + " by cause:\n    20 × Migration 0003_empty.sql holds no SQL (only comments); applying it would record it as applied and lock it."
                + " Write your SQL in drizzle/0003_empty.sql (below its comment), or db:drop it. (first: c-0001)\n    4 × The database has no history table __drizzle_migrations, the one Godwit reads, but it has d1_migrations,"
                + " wrangler's (`wrangler d1 migrations apply` keeps it), with 1 row(s). (first: c-0021)\n  The 24 failed database(s) are listed in "), e.getMessage());
        assertTrue(logLines.stream().anyMatch(l -> l.equals("WARN   failed by cause (all 24):")), String.join("\n", logLines));
        assertTrue(logLines.stream().anyMatch(l -> l.startsWith("WARN     4 × The database has no history table __drizzle_migrations")
                && l.endsWith("(first: c-0021)")), String.join("\n", logLines));
        java.util.regex.Matcher report = java.util.regex.Pattern.compile("Report: (\\S+\\.json)").matcher(e.getMessage());
        assertTrue(report.find(), e.getMessage());
        JsonNode causes = new ObjectMapper().readTree(Path.of(report.group(1)).toFile()).path("summary").path("failedByCause");
        assertEquals(2, causes.size(), causes.toString());
        assertEquals(20, causes.get(0).path("databases").asInt(), causes.toString());
        assertEquals(4, causes.get(1).path("databases").asInt(), causes.toString());
    }

    /**
     * The fleet's new messages (db:apply's history refusals with each database's commands, D1's refusal with db:baseline's way
     * on, the 2,000-character build failure, the report's rows) carry no D1 token: this test's token is distinctive.
     */
    @Test
    void theTokenIsInNoFailureTextLogLineOrReport() throws Exception {
        List<String> ids = standIn.createDatabases("s", 3);
        runner(new FleetSelection.Listed(ids), options(1)).apply(migrations.subList(0, 1));
        standIn.execute(ids.get(0), "INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('0f0f0f0f0f0f0f0f', 1234)");
        standIn.execute(ids.get(1), "CREATE TABLE t3 (x)");
        standIn.execute(ids.get(2), "UPDATE __drizzle_migrations SET hash = 'edited0000000000'");
        logLines.clear();
        FleetException e = assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("s-*"), options(1)).apply(migrations));
        assertTrue(e.getMessage().startsWith("Fleet apply: 3 of 3 database(s) failed."), e.getMessage());
        assertFalse(e.getMessage().contains(TOKEN), e.getMessage());
        assertTrue(logLines.stream().noneMatch(l -> l.contains(TOKEN)), logLines.toString());
        Path reportFile = Path.of(e.getMessage().replaceFirst("(?s).*Report: (\\S+)\n.*", "$1"));
        String report = Files.readString(reportFile);
        assertTrue(report.contains("mvn db:baseline -Ddb.d1.databaseId=" + ids.get(1)), report);
        assertFalse(report.contains(TOKEN), report);
    }

    /**
     * A journal whose "when"s are out of order is refused once for the whole fleet, before any request, with db:apply's reason
     * (the fleet's own copy of the check had dropped "as drizzle-orm keys it ... and skip it").
     */
    @Test
    void aJournalOutOfOrderIsRefusedOnceWithDbApplysReasonBeforeAnyRequest() {
        List<String> ids = standIn.createDatabases("j", 2);
        List<Migration> swapped = new ArrayList<>(migrations);
        Migration second = migrations.get(1);
        swapped.set(1, new Migration(new dev.godwit.engine.folder.JournalEntry(1, "6", migrations.get(0).when(), second.tag(), true), second.file(),
                second.sql()));
        MigrationException e = assertThrows(MigrationException.class, () -> runner(new FleetSelection.NameGlob("j-*"), options(2)).apply(swapped));
        assertEquals("The journal's migrations are not in strictly increasing \"when\" order, so the history (keyed on it, as drizzle-orm keys it)"
                + " could take one migration for another and skip it. Nothing was applied to any database.\n  - journal entry " + second.tag()
                + " has \"when\" " + migrations.get(0).when() + ", not after " + migrations.get(0).tag() + " (" + migrations.get(0).when()
                + "): drizzle-orm's migrator would skip it on databases that applied the earlier one; give it a larger \"when\" (below "
                + migrations.get(2).tag() + "'s, " + migrations.get(2).when() + ")", e.getMessage());
        for (String id : ids) assertEquals(0, standIn.callsTo(id));
        assertEquals(0, standIn.listRequestCount());
    }

    @Test
    void theLimiterKeepsUnderTheBudgetAndA429SlowsEveryoneDown() {
        List<String> ids = standIn.createDatabases("r", 6);   // 25 calls: more than the window allows unpaced
        standIn.rateLimit(20, Duration.ofSeconds(1));
        long t0 = System.nanoTime();
        FleetRunner.Result r = runner(new FleetSelection.NameGlob("r-*"),
                new FleetRunner.Options(6, 0, false, 16, Duration.ofSeconds(1), dir.resolve("target/godwit"), false, 3, Duration.ZERO,
                        Duration.ofMillis(20))).apply(migrations);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(0, standIn.rateLimitedCount(), "paced under the budget: no 429");
        assertEquals(6L * 4 + 1, r.calls());
        assertTrue(seconds >= (r.calls() - 1) / 16.0 * 0.95, "25 calls at 16/s take about 1.5 s, took " + seconds);
        for (String id : ids) assertFullyMigrated(id);

        // A client that asks for more than the budget gets 429s, honours Retry-After for everyone, and still finishes.
        List<String> more = standIn.createDatabases("q", 12);
        standIn.rateLimit(20, Duration.ofSeconds(1));
        FleetRunner.Result fast = runner(new FleetSelection.NameGlob("q-*"),
                new FleetRunner.Options(6, 0, false, 10_000, Duration.ofSeconds(1), dir.resolve("target/godwit"), false, 3, Duration.ZERO,
                        Duration.ofMillis(20))).apply(migrations);
        assertTrue(standIn.rateLimitedCount() > 0);
        assertTrue(fast.rateLimitPauses() > 0);
        assertEquals(0, fast.failed());
        for (String id : more) assertFullyMigrated(id);
    }

    /**
     * Cloudflare's 429s held every worker for their Retry-After (up to 5 minutes against Cloudflare), yet neither the progress nor
     * the summary said so: the run read as stalled, its calls per database as too many (the 429'd requests are sent again), and
     * nothing said that another user of the token, or too high a -Ddb.d1.rateLimit, was the cause. The summary now says how many
     * 429s, how long everyone waited, and what to change; a run paced under the budget says nothing of it. The report has both.
     */
    @Test
    void a429WithoutRetryAfterPausesEveryoneForTheWindowInsteadOfFailingDatabases() {
        // a 429 without Retry-After (a proxy's, a gateway's) was waited out with the backoff, 20 ms to 160 ms, and after 5 attempts
        // the database failed: against Cloudflare's block of a whole window, every database started during it failed
        List<String> ids = standIn.createDatabases("r", 6);   // 25 calls: two and a half windows' budget
        standIn.rateLimit(10, Duration.ofSeconds(2));
        standIn.sendRetryAfter(false);
        FleetRunner.Result r = runner(new FleetSelection.NameGlob("r-*"), new FleetRunner.Options(6, 0, false, 10_000, Duration.ofSeconds(2),
                dir.resolve("target/godwit"), false, 3, Duration.ZERO, Duration.ofMillis(20))).apply(migrations);
        assertEquals(0, r.failed());
        assertTrue(r.rateLimitPauses() > 0);
        for (String id : ids) assertFullyMigrated(id);
    }

    @Test
    void rateLimitedRequestsAreNamedInTheSummaryWithHowLongEveryoneWaited() throws Exception {
        List<String> paced = standIn.createDatabases("p", 3);
        standIn.rateLimit(20, Duration.ofSeconds(1));
        runner(new FleetSelection.NameGlob("p-*"), new FleetRunner.Options(3, 0, false, 16, Duration.ofSeconds(1), dir.resolve("target/godwit"),
                false, 3, Duration.ZERO, Duration.ofMillis(20))).apply(migrations);
        assertEquals(0, standIn.rateLimitedCount());
        assertTrue(logLines.stream().noneMatch(l -> l.contains("HTTP 429")), logLines.toString());
        for (String id : paced) assertFullyMigrated(id);

        List<String> more = standIn.createDatabases("q", 6);   // 25 calls against 10 per 2 s: 429s
        standIn.rateLimit(10, Duration.ofSeconds(2));
        FleetRunner.Result fast = runner(new FleetSelection.NameGlob("q-*"),
                new FleetRunner.Options(6, 0, false, 10_000, Duration.ofSeconds(2), dir.resolve("target/godwit"), false, 3, Duration.ZERO,
                        Duration.ofMillis(20))).apply(migrations);
        assertEquals(0, fast.failed());
        for (String id : more) assertFullyMigrated(id);
        assertTrue(fast.rateLimitPauses() > 0);
        String warning = logLines.stream().filter(l -> l.contains("HTTP 429") && l.contains("time(s)")).findFirst()
                .orElseThrow(() -> new AssertionError(logLines.toString()));
        assertTrue(warning.matches("WARN   Cloudflare answered HTTP 429 \\(its API rate limit\\) " + fast.rateLimitPauses() + " time\\(s\\); every worker"
                + " paused for its Retry-After \\(for the rate limit's window where an answer gave none\\), [0-9.]+ m?s in all beyond the run's own pace, and those requests"
                + " were sent again \\(counted in the calls above; a database whose wait would have passed 62 s failed, listed above\\)\\. Cloudflare"
                + " counts its limit per user or account token, the dashboard and wrangler included: something else used this token during the"
                + " run, or the run's pace \\(-Ddb\\.d1\\.rateLimit=10000 per 2 s\\) is above what the token is allowed\\. Give other tools"
                + " another token, or lower -Ddb\\.d1\\.rateLimit\\. After them the run lowered its own pace, to [0-9]+ per 2 s at the"
                + " lowest\\."), warning);
        assertEquals(1, logLines.stream().filter(l -> l.contains("This run lowers its pace to 5000 requests per 2 s (from 10000)")).count(),
                logLines.toString());
        JsonNode summary = new ObjectMapper().readTree(Files.readString(fast.report())).path("summary");
        assertTrue(summary.path("lowestPace").asInt() < 10000, summary.toString());
        assertEquals(fast.rateLimitPauses(), summary.path("rateLimitPauses").asLong());
        assertTrue(summary.path("rateLimitPausedSeconds").asDouble() > 0, summary.toString());
        assertFalse(String.join("\n", logLines).contains(TOKEN));
    }

    /**
     * Round 51: with a database answering 429 and Retry-After: 1 under a pace slower than that, each pause's line said "every request
     * with this token waits 1 s as it asks" while the summary said "waited 0 ms in all" (it counts the waiting beyond the pace): the
     * summary says that the pace waited it out.
     */
    @Test
    void aSummaryOfPausesThePaceCoveredSaysSo() {
        assertEquals("which the run's own pace waited already each time, so no request waited longer for them", FleetRunner.pausedBeyondPace(0));
        assertTrue(FleetRunner.pausedBeyondPace(12_600).endsWith(" in all beyond the run's own pace"), FleetRunner.pausedBeyondPace(12_600));
    }

    /**
     * Two applies at once on one token (a second db:apply started while the first ran): each kept its own pace after Cloudflare's
     * 429, so together they went over again as soon as the block ended, again and again (run A 24 x 429, run B 32 x 429 of a
     * red-team run). A 429 now halves the run's pace for a window and more (recovering slowly), so the two together stay under
     * the token's budget after the first block; the log says so once.
     */
    @Test
    void twoRunsAtOnceLowerTheirPaceAfterA429InsteadOfHittingTheLimitAgainAndAgain() throws Exception {
        List<String> a = standIn.createDatabases("a", 16);
        List<String> b = standIn.createDatabases("b", 16);
        standIn.rateLimit(30, Duration.ofSeconds(1));   // the token's budget; each run alone (25 per second) stays under it
        RecordingLog logB = new RecordingLog();
        FleetRunner.Options o = new FleetRunner.Options(4, 0, false, 25, Duration.ofSeconds(1), dir.resolve("target/godwit"), false, 3,
                Duration.ZERO, Duration.ofMillis(20));
        AtomicReference<FleetRunner.Result> second = new AtomicReference<>();
        AtomicReference<Throwable> crash = new AtomicReference<>();
        Thread other = new Thread(() -> {
            try {
                Thread.sleep(300);
                second.set(new FleetRunner(fleet(new FleetSelection.NameGlob("b-*")), HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), o, logB)
                        .apply(migrations));
            } catch (Throwable t) {
                crash.set(t);
            }
        });
        other.start();
        FleetRunner.Result first = runner(new FleetSelection.NameGlob("a-*"), o).apply(migrations);
        other.join();
        if (crash.get() != null) throw new AssertionError(crash.get());
        assertEquals(0, first.failed());
        assertEquals(0, second.get().failed());
        for (String id : a) assertFullyMigrated(id);
        for (String id : b) assertFullyMigrated(id);
        // every block answers the requests in flight of both runs (up to 8) with 429: one block, perhaps two, not one every second
        assertTrue(standIn.rateLimitedCount() <= 16, standIn.rateLimitedCount() + " x 429: " + first.rateLimitPauses() + " in run A, "
                + second.get().rateLimitPauses() + " in run B");
        List<String> lowered = new ArrayList<>(logLines);
        lowered.addAll(logB.lines());
        assertTrue(lowered.stream().filter(l -> l.contains("lowers its pace")).count() >= 1, lowered.toString());
        assertTrue(logLines.stream().filter(l -> l.contains("lowers its pace")).count() <= 1, logLines.toString());
    }

    /**
     * A migration D1 refuses on every database (each already holds what it creates) failed database after database until the
     * whole fleet had spent its budget on it (hours on a large one), and none was named before the end. The first 10 worked on
     * all failing with the same error now stop the run there, naming it; -Ddb.fleet.sameFailureStop=0 goes on past them.
     */
    @Test
    void aMigrationThatFailsEverywhereStopsTheApplyAfterTheFirstTenDatabases() {
        List<String> ids = standIn.createDatabases("s", 30);
        for (String id : ids) standIn.execute(id, "CREATE TABLE t3 (x)");
        FleetException e = assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("s-*"), options(2)).apply(migrations));
        String same = "the first 10 databases worked on all failed with the same error (migration " + migrations.get(2).fileName()
                + " was refused by D1 and rolled back (nothing of it was applied): ";
        assertTrue(e.getMessage().contains(same), e.getMessage());
        assertTrue(e.getMessage().contains("table `t3` already exists: SQLITE_ERROR.); databases not yet started were not touched"
                + " (-Ddb.fleet.sameFailureStop=0 goes on past such a start)"), e.getMessage());
        long touched = ids.stream().filter(id -> standIn.callsTo(id) > 0).count();
        assertTrue(touched >= 10 && touched <= 12, touched + " databases touched");   // the 10, and those in flight (2 at a time)
        assertTrue(logLines.stream().anyMatch(l -> l.startsWith("WARN Stopping: " + same)), logLines.toString());
        for (String id : ids) {
            if (standIn.callsTo(id) == 0) assertEquals(List.of("t3"), userTables(id), "untouched: " + id);
        }

        // a canary stops at its own end, and says when its databases all failed the same way
        FleetRunner.Options canary3 = new FleetRunner.Options(2, 3, false, 100_000, Duration.ofSeconds(5), dir.resolve("target/godwit"), false, 3,
                Duration.ZERO, Duration.ofMillis(20));
        FleetException c = assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("s-*"), canary3).apply(migrations));
        // these 3 have a history now (the run above applied what came before t3): the trial refuses them before anything is sent
        assertTrue(c.getMessage().contains("the canary failed (3 of the first 3 database(s)); the other databases were not touched; the 3 all failed"
                + " with the same error: migration " + migrations.get(2).fileName() + " fails on this database's schema, so nothing was sent to this"
                + " database: "), c.getMessage());
        assertTrue(c.getMessage().contains("(table `t3` already exists). Report: "), c.getMessage());

        // told to go on regardless: every database is worked on
        FleetException all = assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("s-*"), options(2).withSameFailureStop(0))
                .apply(migrations));
        assertTrue(all.getMessage().contains("30 of 30 database(s) failed"), all.getMessage());
        for (String id : ids) assertTrue(standIn.callsTo(id) > 0, id);
    }

    /**
     * The same-failure stop looked at the first 10 databases worked on, those up to date included: a rerun whose first databases
     * were done already (a run killed half-way, rerun without -Ddb.fleet.skipDoneIn) had the stop turned off by them, and a migration
     * failing on every database after them failed the rest of the fleet one by one. Databases with nothing to send are passed over.
     */
    @Test
    void databasesUpToDateDoNotTurnOffTheSameFailureStop() {
        List<String> done = standIn.createDatabases("sd", 3);
        runner(new FleetSelection.Listed(done), options(1)).apply(migrations);
        List<String> failing = standIn.createDatabases("sf", 14);
        for (String id : failing) standIn.execute(id, "CREATE TABLE t3 (x)");
        List<String> order = new ArrayList<>(done);
        order.addAll(failing);
        FleetException e = assertThrows(FleetException.class, () -> runner(new FleetSelection.Listed(order), options(1)).apply(migrations));
        assertTrue(e.getMessage().contains("10 of 13 database(s) failed, 4 of the 17 not started; the first 10 databases worked on all failed with the same error (migration "
                + migrations.get(2).fileName() + " was refused by D1 and rolled back"), e.getMessage());
        for (String id : failing.subList(10, 14)) assertEquals(0, standIn.callsTo(id), "not started after the stop: " + id);
    }

    /**
     * Round 51: the same-failure stop compared the databases' errors with their numbers, so ten databases rate limited after other
     * numbers of attempts ("HTTP 429, retry after 3600 s, 1 attempt(s)", "..., 3 attempt(s)") were ten errors, and the run went on
     * spending the token's budget, though the end's table (FleetReport.causeKey) counted them as one cause. The stop's key leaves
     * out counts as that table's does.
     */
    @Test
    void databasesRateLimitedAfterOtherNumbersOfAttemptsStopTheApplyAsOneFailure() {
        List<String> ids = standIn.createDatabases("rl", 14);
        for (int i = 0; i < 10; i++) standIn.rateLimitedFor(ids.get(i), i % 3);   // 1, 2 or 3 attempts each (of the options' 3)
        FleetException e = assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("rl-*"), options(1)).apply(migrations));
        assertTrue(e.getMessage().contains("the first 10 databases worked on all failed with the same error (Cloudflare's API rate limit was hit"
                + " (HTTP 429, retry after 3600 s, 1 attempt(s))"), e.getMessage());
        for (String id : ids.subList(10, 14)) assertEquals(0, standIn.callsTo(id), "not started after the stop: " + id);
    }

    /**
     * Round 49 (h13): a canary turned the same-failure stop off for the rest of the run. The stop looked at the first N databases
     * worked on, with a canary the canary's; one that passed (the staging tenant put first, as a canary is used) filled them, and a
     * migration then failing on every other database failed the whole fleet one by one, the budget of hours spent on it, where the
     * same run without the canary stopped after 10. After a passing canary the first N databases worked on after it are looked at.
     */
    @Test
    void aPassingCanaryDoesNotTurnOffTheSameFailureStopForTheRest() {
        List<String> ids = standIn.createDatabases("cs", 30);
        for (String id : ids.subList(1, 30)) standIn.execute(id, "CREATE TABLE t3 (x)");   // all but the canary already hold t3
        FleetRunner.Options canary1 = new FleetRunner.Options(2, 1, false, 100_000, Duration.ofSeconds(5), dir.resolve("target/godwit"), false, 3,
                Duration.ZERO, Duration.ofMillis(20));
        FleetException e = assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("cs-*"), canary1).apply(migrations));
        assertTrue(logLines.contains("INFO Canary: the first 1 database(s) passed; continuing with the rest."), logLines.toString());
        assertTrue(e.getMessage().contains("; the first 10 databases worked on after the canary all failed with the same error (migration "
                + migrations.get(2).fileName() + " was refused by D1 and rolled back"), e.getMessage());
        long touched = ids.stream().filter(id -> standIn.callsTo(id) > 0).count();
        assertTrue(touched >= 11 && touched <= 13, touched + " databases touched");   // the canary, the 10, and those in flight
        assertFullyMigrated(ids.get(0));
    }

    /**
     * Round 49 (h13): a canary larger than -Ddb.fleet.sameFailureStop (10) went on failing its databases one by one: with a canary of
     * 20 and a migration D1 refuses everywhere, 20 databases were left between two migrations (the ones before the failing one
     * committed), where the same run without a canary stopped after 10. The canary stops at its first 10 failing the same way.
     */
    @Test
    void aLargeCanaryStopsWhenItsFirstDatabasesAllFailTheSameWay() {
        List<String> ids = standIn.createDatabases("lc", 30);
        for (String id : ids) standIn.execute(id, "CREATE TABLE t3 (x)");   // the third migration fails on each, after the first two
        FleetRunner.Options canary20 = new FleetRunner.Options(2, 20, false, 100_000, Duration.ofSeconds(5), dir.resolve("target/godwit"), false, 3,
                Duration.ZERO, Duration.ofMillis(20));
        FleetException e = assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("lc-*"), canary20).apply(migrations));
        long touched = ids.stream().filter(id -> standIn.callsTo(id) > 0).count();
        assertTrue(touched >= 10 && touched <= 12, touched + " databases touched");   // the 10, and those in flight (2 at a time)
        assertTrue(e.getMessage().contains("; the canary failed (") && e.getMessage().contains("the other databases were not touched; the first 10 all"
                + " failed with the same error: migration " + migrations.get(2).fileName() + " was refused by D1"), e.getMessage());
        assertTrue(logLines.stream().anyMatch(l -> l.startsWith("WARN Stopping the canary: its first 10 databases all failed with the same error")),
                logLines.toString());
    }

    /** The first ten failing with different errors, or one of them applied, stop nothing: each failure is named as it happens. */
    @Test
    void failuresAreNamedAsTheyHappenTheFirstTwentyThenCounted() {
        List<String> ids = standIn.createDatabases("f", 25);
        for (String id : ids.subList(1, 25)) standIn.execute(id, "CREATE TABLE t3 (x)");
        FleetRunner.Options o = new FleetRunner.Options(2, 0, false, 100_000, Duration.ofSeconds(5), dir.resolve("target/godwit"), false, 3,
                Duration.ZERO, Duration.ofMillis(20));
        FleetException e = assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("f-*"), o).apply(migrations));
        assertTrue(e.getMessage().contains("24 of 25 database(s) failed"), e.getMessage());
        List<String> named = logLines.stream().filter(l -> l.matches("WARN fleet apply: f-00\\d\\d \\([0-9a-f-]+\\) failed: migration "
                + java.util.regex.Pattern.quote(migrations.get(2).fileName()) + " was refused by D1 .*")).toList();
        assertEquals(20, named.size(), logLines.toString());
        int summary = logLines.indexOf(logLines.stream().filter(l -> l.startsWith("INFO Fleet apply: 25 database(s)")).findFirst().orElseThrow());
        assertTrue(logLines.indexOf(named.get(19)) < summary, "named before the summary");
        assertEquals(1, logLines.stream().filter(l -> l.equals("WARN fleet apply: more than 20 databases failed: the progress line counts the others,"
                + " the report " + e.getMessage().replaceAll("(?s).*Report: (\\S+)\\n.*", "$1") + " has each with its error.")).count(), logLines.toString());
        assertTrue(logLines.stream().noneMatch(l -> l.contains("Stopping")), logLines.toString());
        for (String id : ids) assertTrue(standIn.callsTo(id) > 0, id);
    }

    @Test
    void driftOverTheFleetNamesTheDatabasesThatDifferOrLag() {
        List<String> ids = standIn.createDatabases("d", 4);
        runner(new FleetSelection.Listed(ids.subList(0, 3)), options(3)).apply(migrations);
        standIn.execute(ids.get(1), "CREATE TABLE hand_made (x)");
        SchemaDef recorded = new SchemaDef(List.of(table("t1", "name"), table("t2", "name"), table("t3", "name")), List.of());
        FleetException e = assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("d-*"), options(2)).drift(migrations, recorded));
        assertTrue(e.getMessage().contains("2 of 4 database(s) failed"), e.getMessage());
        assertTrue(e.getMessage().contains("d-0002") && e.getMessage().contains("hand_made"), e.getMessage());
        assertTrue(e.getMessage().contains("d-0004") && e.getMessage().contains("not applied"), e.getMessage());
        assertFalse(e.getMessage().contains("d-0001 ("), e.getMessage());
    }

    /**
     * Fleet drift on a database with migrations pending said "not applied ... Run mvn db:apply" for one db:push had moved part of
     * the way, which the apply then failed ("table `t3` already exists"). It says what db:status says now (SchemaTrial): the
     * statement the apply fails at and the way on naming the database, at no call more (the schema is read once for the
     * database-ahead check and the trial both).
     */
    @Test
    void driftWithMigrationsPendingNamesTheStatementTheApplyFailsAtWithNoCallMore() {
        List<String> ids = standIn.createDatabases("e", 2);
        runner(new FleetSelection.Listed(ids), options(1)).apply(migrations.subList(0, 2));
        standIn.execute(ids.get(0), "ALTER TABLE t2 ADD extra text");   // t2 differs: no snapshot matches, the trial decides
        for (String st : migrations.get(2).statements()) standIn.execute(ids.get(0), st);   // t3 made already
        SchemaDef recorded = new SchemaDef(List.of(table("t1", "name"), table("t2", "name"), table("t3", "name")), List.of());
        standIn.resetCounters();
        FleetException e = assertThrows(FleetException.class, () -> runner(new FleetSelection.Listed(ids), options(1)).drift(migrations, recorded));
        String tag = migrations.get(2).tag();
        String ahead = reportRowError(e, ids.get(0));
        assertTrue(ahead.contains("1 migration(s) are not applied to Cloudflare D1 database " + ids.get(0) + ": " + tag + "; db:apply fails at "
                + tag + ".sql, statement 1 of "), ahead);
        assertTrue(ahead.contains("already exists") && ahead.contains("mvn db:baseline -Ddb.d1.databaseId=" + ids.get(0) + " -Ddb.baseline=" + tag), ahead);
        assertTrue(reportRowError(e, ids.get(1)).endsWith(": " + tag + ". Run mvn db:apply -Ddb.d1.databaseId=" + ids.get(1)), reportRowError(e, ids.get(1)));
        // each: one request for the history and the catalog read ahead (Verifier.driftReads), one for the schema the trial copies
        // (3 and 8 before the reads went together: the comparison's introspection most of them; the one the trial stops is not
        // compared, 8 before this test's change, with "make it part of the schema code")
        assertEquals(List.of(2, 2), ids.stream().map(standIn::callsTo).toList());
    }

    /**
     * Fleet drift sent 7 requests to each database up to date (the history's layout, its rows, the lookup of drizzle-orm's history
     * under another name, sqlite_master, and the three catalog joins of the introspection), where db:status sends 1: 5,000
     * databases took 2 h 39 min at Cloudflare's 1,100 requests per 5 minutes. The reads are sent together now, in one request.
     */
    @Test
    void driftOfADatabaseUpToDateIsOneRequest() {
        List<String> ids = standIn.createDatabases("c", 3);
        runner(new FleetSelection.Listed(ids), options(2)).apply(migrations);
        standIn.execute(ids.get(1), "CREATE TABLE hand_made (x)");
        SchemaDef recorded = new SchemaDef(List.of(table("t1", "name"), table("t2", "name"), table("t3", "name")), List.of());
        standIn.resetCounters();
        FleetException e = assertThrows(FleetException.class, () -> runner(new FleetSelection.Listed(ids), options(2)).drift(migrations, recorded));
        assertTrue(reportRowError(e, ids.get(1)).contains("unexpected table: \"hand_made\""), reportRowError(e, ids.get(1)));
        assertTrue(e.getMessage().contains("1 of 3 database(s) failed"), e.getMessage());
        assertEquals(List.of(1, 1, 1), ids.stream().map(standIn::callsTo).toList());
    }

    String reportRowError(FleetException e, String id) {
        try {
            return reportRow(e.getMessage(), id).path("error").asText();
        } catch (Exception x) {
            throw new AssertionError(x);
        }
    }

    /**
     * Fleet drift's findings (life16) said "mvn db:repair removes the copy" for a database of the fleet: run as printed, that
     * repairs the configured database (or is refused over a fleet in the POM), not this one. They now carry the database's id and
     * the run's settings, as the fleet's other commands do.
     */
    @Test
    void driftsRepairCommandNamesTheFleetsDatabase() {
        List<String> ids = standIn.createDatabases("r", 1);
        runner(new FleetSelection.Listed(ids), options(1)).apply(migrations);
        standIn.execute(ids.get(0), "INSERT INTO __drizzle_migrations (hash, created_at) SELECT hash, created_at FROM __drizzle_migrations"
                + " ORDER BY id LIMIT 1");
        SchemaDef recorded = new SchemaDef(List.of(table("t1", "name"), table("t2", "name"), table("t3", "name")), List.of());
        FleetException e = assertThrows(FleetException.class, () -> runner(new FleetSelection.Listed(ids), options(1))
                .withCommandArgs(" -Ddb.env=staging").drift(migrations, recorded));
        assertTrue(e.getMessage().contains("mvn db:repair -Ddb.d1.databaseId=" + ids.get(0) + " -Ddb.env=staging removes the copy"), e.getMessage());
    }

    /**
     * Fleet drift on a database whose history records another branch's migration, with one pending: the apply's refusal it quotes
     * said to go back "with -Ddb.bookmark= the Time Travel bookmark db:apply printed before it ran (.godwit/d1-bookmarks.log keeps
     * each)", one database's wording; a fleet apply fetches no bookmark, so that log has none. The fleet apply's own refusal of the
     * same database names its report's startedAt: drift now says the same.
     */
    @Test
    void driftsWayBackForAFleetMemberIsTheFleetReportsStartedAtNotTheBookmarkLog() {
        List<String> ids = standIn.createDatabases("w", 1);
        runner(new FleetSelection.Listed(ids), options(1)).apply(migrations.subList(0, 2));
        standIn.execute(ids.get(0), "INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('0f0f0f0f0f0f0f0f', " + (migrations.get(1).when() + 1) + ")");
        SchemaDef recorded = new SchemaDef(List.of(table("t1", "name"), table("t2", "name"), table("t3", "name")), List.of());
        FleetException e = assertThrows(FleetException.class, () -> runner(new FleetSelection.Listed(ids), options(1)).drift(migrations, recorded));
        String error = reportRowError(e, ids.get(0));
        FleetException applied = assertThrows(FleetException.class, () -> runner(new FleetSelection.Listed(ids), options(1)).apply(migrations));
        assertTrue(reportRowError(applied, ids.get(0)).contains("startedAt in the report of the fleet apply"), reportRowError(applied, ids.get(0)));
        assertTrue(error.contains("startedAt in the report of the fleet apply"), error);
        assertFalse(error.contains("d1-bookmarks.log"), error);
    }

    @Test
    void aRefusedTokenStopsTheFleetAtTheFirstDatabase() {
        List<String> ids = standIn.createDatabases("k", 5);
        Target.D1Fleet wrong = new Target.D1Fleet(new D1Settings(ACCOUNT, "fleet", "wrong-token-5555", standIn.endpoint()),
                new FleetSelection.Listed(ids), "test");
        dev.godwit.engine.GodwitException e = assertThrows(dev.godwit.engine.GodwitException.class,
                () -> new FleetRunner(wrong, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), options(1), log).apply(migrations));
        assertEquals(dev.godwit.engine.GodwitException.Kind.BROKEN, e.kind());
        assertTrue(e.getMessage().contains("refused the token"), e.getMessage());
        assertFalse(e.getMessage().contains("wrong-token-5555"));
        assertEquals(1, standIn.callsTo(ids.get(0)));
        for (String id : ids.subList(1, 5)) assertEquals(0, standIn.callsTo(id));
    }

    /**
     * A token refused by one database after others of the run accepted it (HTTP 403 mid-run): the run stopped, saying "every other
     * database would be refused too" right after they had accepted it. That database fails alone, its error saying the token was
     * accepted by the others of this run and refused by this one; the run goes on.
     */
    @Test
    void aTokenRefusedByOneDatabaseAfterOthersAcceptedItFailsThatDatabaseAlone() {
        List<String> ids = standIn.createDatabases("k", 6);
        standIn.flaky(ids.get(2), 403, 1);
        FleetException e = assertThrows(FleetException.class, () -> runner(new FleetSelection.Listed(ids), options(1)).apply(migrations));
        assertTrue(e.getMessage().startsWith("Fleet apply: 1 of 6 database(s) failed."), e.getMessage());
        assertFalse(e.getMessage().contains("would be refused too"), e.getMessage());
        String error = reportRowError(e, ids.get(2));
        assertTrue(error.startsWith("Cloudflare refused the API token (HTTP 403, code 10000: Authentication error)."), error);
        assertTrue(error.contains("This run's token was accepted by 2 other database(s) before Cloudflare refused it for this one: a token"
                + " revoked or expired during the run, or refused for this database alone. The other databases went on."), error);
        for (int i : new int[] {0, 1, 3, 4, 5}) assertFullyMigrated(ids.get(i));
        assertEquals(List.of(), userTables(ids.get(2)));
    }

    /**
     * A token revoked during the run: every database after it refuses it. As for an API out of reach, databases refused in a row
     * (more than the run works on at once, at least 3) stop the run, saying how many accepted it before; those not started are
     * not touched.
     */
    @Test
    void aTokenRevokedMidRunStopsAfterDatabasesInARowRefuseIt() {
        List<String> ids = standIn.createDatabases("k", 10);
        for (String id : ids.subList(2, 10)) standIn.flaky(id, 403, 1);
        dev.godwit.engine.GodwitException e = assertThrows(dev.godwit.engine.GodwitException.class,
                () -> runner(new FleetSelection.Listed(ids), options(1)).apply(migrations));
        assertEquals(dev.godwit.engine.GodwitException.Kind.BROKEN, e.kind());
        assertTrue(e.getMessage().contains("Cloudflare refused the token for 3 databases in a row after 2 database(s) of this run had accepted it"
                + " (a token revoked or expired during the run), so the run stopped; databases not yet started were not touched. Run the same"
                + " command again with a valid token: it continues where each database stands"), e.getMessage());
        assertFalse(e.getMessage().contains("would be refused too"), e.getMessage());
        assertFullyMigrated(ids.get(0));
        assertFullyMigrated(ids.get(1));
        for (String id : ids.subList(5, 10)) assertEquals(0, standIn.callsTo(id), id + " was not to be touched");
    }

    /**
     * One database's refused token says where the token came from ('The token sent came from settings.xml server cloudflare-d1');
     * a fleet's did not, whether the first database or the account's list refused it, so a stale token in settings.xml read as a
     * wrong CLOUDFLARE_D1_TOKEN. Both now end with the token's source, never the token.
     */
    @Test
    void aRefusedTokenInAFleetSaysWhereTheTokenCameFrom() {
        List<String> ids = standIn.createDatabases("k", 2);
        for (FleetSelection selection : List.of(new FleetSelection.Listed(ids), new FleetSelection.NameGlob("k-*"))) {
            Target.D1Fleet wrong = new Target.D1Fleet(new D1Settings(ACCOUNT, "fleet", "wrong-token-5555", standIn.endpoint()), selection,
                    "settings.xml server cloudflare-d1");
            dev.godwit.engine.GodwitException e = assertThrows(dev.godwit.engine.GodwitException.class,
                    () -> new FleetRunner(wrong, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), options(1), log).apply(migrations));
            assertTrue(e.getMessage().endsWith("\nThe token sent came from settings.xml server cloudflare-d1."), selection + ": " + e.getMessage());
            assertFalse(e.getMessage().contains("wrong-token-5555"));
        }
    }

    @Test
    void aDatabaseDeletedBeforeTheNextListPageIsReadDoesNotHideTheOneThatMovesOntoTheReadPage() throws Exception {
        // Cloudflare's list is paged by offset: a database deleted from page 1 while the run works moves the first of page 2
        // onto page 1, already read; page 2, read later, starts one further on. That database was never visited, the run green.
        List<String> first = standIn.createDatabases("m", 3);
        List<String> filler = standIn.createDatabases("z-filler", FleetMembers.PER_PAGE - 3);
        List<String> late = standIn.createDatabases("m-late", 2);
        standIn.beforeCall(first.get(0), 1, () -> standIn.deleteDatabase(filler.get(0)));
        FleetRunner.Result r = runner(new FleetSelection.NameGlob("m-*"), options(1)).apply(migrations);
        assertEquals(Map.of("applied", 5L), r.byStatus());
        for (String id : first) assertFullyMigrated(id);
        for (String id : late) assertFullyMigrated(id);

        assertEquals(3, standIn.listRequestCount());   // page 1, then page 1 again with page 2
    }

    /**
     * Round 49 (h13): more than a page's worth of databases deleted from the pages already read (a tenant clean-up during the run)
     * moved the databases after them by more than a page: the page read again with the next one then held none of those read before,
     * and the ones that moved onto an earlier page were never visited, the run green. A page read again that holds none of the
     * databases seen sends the reading back a page more, until one does.
     */
    @Test
    void moreThanAPageOfDatabasesDeletedDuringTheRunDoesNotHideTheOnesBehindThem() throws Exception {
        List<String> a = standIn.createDatabases("m-a", 3);
        List<String> z1 = standIn.createDatabases("z1", FleetMembers.PER_PAGE - 3);
        List<String> b = standIn.createDatabases("m-b", 1);
        List<String> z2 = standIn.createDatabases("z2", FleetMembers.PER_PAGE - 1);
        List<String> c = standIn.createDatabases("m-c", 2);                 // the first of page 3
        standIn.createDatabases("z3", FleetMembers.PER_PAGE - 2);
        List<String> d = standIn.createDatabases("m-d", 2);
        // while m-b (page 2) is worked on, 1,100 databases of page 1 are deleted: m-c moves from page 3 onto page 1
        standIn.beforeCall(b.get(0), 1, () -> {
            for (String id : z1) standIn.deleteDatabase(id);
            for (String id : z2.subList(0, 1100 - z1.size())) standIn.deleteDatabase(id);
        });
        FleetRunner.Result r = runner(new FleetSelection.NameGlob("m-*"), options(1)).apply(migrations);
        assertEquals(Map.of("applied", 8L), r.byStatus());
        for (String id : c) assertFullyMigrated(id);
        for (String id : d) assertFullyMigrated(id);
    }

    @Test
    void aDatabaseCreatedAheadOfTheReadPagesDoesNotHaveTheLastOfAPageVisitedTwice() throws Exception {
        // a list ordered newest first: a database created while the run works pushes the last of page 1 onto page 2
        standIn.createDatabases("z-filler", FleetMembers.PER_PAGE - 3);
        List<String> first = standIn.createDatabases("m", 3);
        List<String> late = standIn.createDatabases("m-late", 2);
        standIn.beforeCall(first.get(0), 1, () -> standIn.createDatabaseFirst("a-new"));
        FleetRunner.Result r = runner(new FleetSelection.NameGlob("m-*"), options(1)).apply(migrations);
        assertEquals(Map.of("applied", 5L), r.byStatus());
        for (String id : first) assertEquals(migrations.size() + 1, standIn.callsTo(id), "calls to " + id);
        for (String id : late) assertFullyMigrated(id);
    }

    /**
     * A name pattern over a large account: the list failing on a later page (D1's 5xx, past the retries) stopped the run with only
     * 'Cannot list the D1 databases of account ...', though the databases of the first page were migrated by then; nothing said so,
     * nor where the report was, nor how to go on. The error now says how many were done and failed, the report, and to run again.
     */
    @Test
    void aListFailingPartWaySaysWhatWasDoneAndHowToGoOn() throws Exception {
        List<String> first = standIn.createDatabases("m", 3);
        standIn.createDatabases("z-filler", FleetMembers.PER_PAGE - 3);
        standIn.createDatabases("m-late", 2);
        standIn.failListFromPage(2);
        dev.godwit.engine.GodwitException e = assertThrows(dev.godwit.engine.GodwitException.class,
                () -> runner(new FleetSelection.NameGlob("m-*"), options(1)).apply(migrations));
        assertTrue(e.getMessage().startsWith("Cannot list the D1 databases of account " + ACCOUNT + " (HTTP 500"), e.getMessage());
        Path report = Files.list(dir.resolve("target/godwit")).filter(p -> p.getFileName().toString().startsWith("fleet-") && p.getFileName().toString().endsWith(".json")).findFirst().orElseThrow();
        assertTrue(e.getMessage().endsWith("\n  The fleet apply stopped there, after 3 database(s) (0 failed): the report " + report + " has each."
                + " Run the same command again: it continues where each database stands."), e.getMessage());
        for (String id : first) assertFullyMigrated(id);
    }

    @Test
    void progressLineSaysDoneFailedRateAndEta() {
        String line = FleetText.progressLine("apply", 1000, 420, 3, 8, 1700, 35.5);
        // a whole number of seconds written as every other duration of the run is ("ETA 49.0 s" beside "for 6 min 0 s" and "up to 6 min")
        assertEquals("fleet apply: 420/1000 done (3 failed), 8 running, 572 to go · 11.8 databases/s · 47.9 calls/s · ETA 49 s", line);
        assertTrue(FleetText.progressLine("status", -1, 5, 0, 2, 5, 1).contains("5/? done"));
    }
    /**
     * The progress line's rates and ETA were averaged since the start: in a run of 5,000 databases on the stand-in (tools/fleet-scale.sh)
     * the JVM's warm-up made the line at 10 s say "ETA 86 min 43 s" for a run that took 4 min 48 s, and a rerun after kill -9, whose first
     * 2,217 databases were up to date, said "ETA 102.0 s" at 15 s for 150 s to go. They are now taken over the last minute of ticks.
     */
    @Test
    void progressRatesAndEtaFollowTheLastMinuteNotTheWholeRun() {
        long s = 1_000_000_000L;
        RecentRate rate = new RecentRate(0);
        rate.since(5 * s, 0, 8);   // warm-up: nothing done yet
        long[] span = rate.since(10 * s, 14, 42);
        assertEquals(List.of(14L, 42L, 10 * s), List.of(span[0], span[1], span[2]), "younger than a minute: since the start");
        long done = 14;
        long calls = 42;
        for (long t = 15; t <= 70; t += 5) {
            done += 125;
            calls += 250;
            span = rate.since(t * s, done, calls);
        }
        assertEquals(List.of(1500L, 3000L, 60 * s), List.of(span[0], span[1], span[2]), "the last minute: the warm-up left out");
        assertEquals("fleet apply: 1514/5000 done (0 failed), 16 running, 3470 to go · 25.0 databases/s · 50.0 calls/s · ETA 2 min 19 s",
                FleetText.progressLine("apply", 5000, done, 0, 16, span[0], span[1], span[2] / 1e9));
        // since the start, as before: 21.6 databases/s and an ETA 23 s too long
        assertTrue(FleetText.progressLine("apply", 5000, done, 0, 16, calls, 70).endsWith("· 21.6 databases/s · 43.5 calls/s · ETA 2 min 41 s"));
    }

    /** A migration with this tag, "when" and SQL, as the journal would list it (its file need not exist). */
    Migration extra(String tag, long when, String sql) {
        return new Migration(new dev.godwit.engine.folder.JournalEntry(3, "6", when, tag, true), dir.resolve("drizzle").resolve(tag + ".sql"), sql);
    }

    /** Runs the migration's statements on the database and records it in __drizzle_migrations, as a run before this one did. */
    void recordAsApplied(String id, Migration m, boolean runStatements) {
        standIn.execute(id, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT).createSql());
        if (runStatements) for (String st : m.statements()) standIn.execute(id, st);
        standIn.execute(id, "INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('" + m.hash() + "', " + m.when() + ")");
    }

    dev.godwit.engine.d1.D1Database one(String id) {
        return new dev.godwit.engine.d1.D1Database(new D1Settings(ACCOUNT, id, TOKEN, standIn.endpoint()));
    }

    JsonNode reportRow(String failureMessage, String id) throws Exception {
        Path reportFile = Path.of(failureMessage.replaceFirst("(?s).*Report: (\\S+)\n.*", "$1"));
        for (JsonNode r : new ObjectMapper().readTree(reportFile.toFile()).path("databases")) if (r.path("id").asText().equals(id)) return r;
        throw new AssertionError("no row for " + id + " in " + reportFile);
    }

    /**
     * The fleet's up-front check ran the statement rules and D1's rules on every migration of the folder, applied ones included:
     * an old migration that a newer rule flags (here a PRAGMA D1's allow-list lacks, applied long ago) stopped the whole fleet
     * ("Nothing was applied to any database"), while db:apply on one of those databases checks only its pending migrations and
     * applies. Now the journal is checked up front and the statement rules per database on what is pending there: the old
     * migration stops nothing, and a flagged migration fails the databases where it is pending with db:apply's own message,
     * not the one where it is recorded.
     */
    @Test
    void anAppliedMigrationANewerRuleFlagsStopsNoDatabaseAndAPendingOneFailsOnlyWhereItIsPending() throws Exception {
        List<String> ids = standIn.createDatabases("n", 3);
        Migration legacy = new Migration(new dev.godwit.engine.folder.JournalEntry(0, "6", migrations.get(0).when() - 1000, "0000_legacy", true),
                dir.resolve("drizzle").resolve("0000_legacy.sql"), "CREATE TABLE `legacy` (`id` integer);\n--> statement-breakpoint\nPRAGMA journal_mode = WAL;");
        for (String id : ids) recordAsApplied(id, legacy, false);
        List<Migration> folder = new ArrayList<>(List.of(legacy));
        folder.addAll(migrations);

        // the reference: db:apply on one of them applies the pending migrations
        assertEquals(migrations.stream().map(Migration::tag).toList(),
                new dev.godwit.engine.migrate.Migrator(one(ids.get(0)), HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), log)
                        .apply(folder, dev.godwit.engine.migrate.ApplyOptions.defaults()).applied());
        FleetRunner.Result r = runner(new FleetSelection.NameGlob("n-*"), options(2)).apply(folder);
        assertEquals(0, r.failed(), logLines.toString());
        assertEquals(1L, r.byStatus().get("up-to-date"), r.byStatus().toString());
        assertEquals(2L, r.byStatus().get("applied"), r.byStatus().toString());
        for (String id : ids) {
            assertEquals(List.of(Long.toString(legacy.when()), Long.toString(migrations.get(0).when()), Long.toString(migrations.get(1).when()),
                    Long.toString(migrations.get(2).when())), history(id), "history of " + id);
            assertEquals(List.of("t1", "t2", "t3"), userTables(id), "tables of " + id);
        }

        // A flagged migration pending on two databases and recorded on the third (applied there by hand)
        Migration wal = extra("0003_wal", migrations.get(2).when() + 1000, "PRAGMA journal_mode = WAL;");
        recordAsApplied(ids.get(1), wal, false);
        folder.add(wal);
        MigrationException single = assertThrows(MigrationException.class,
                () -> new dev.godwit.engine.migrate.Migrator(one(ids.get(0)), HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), log)
                        .apply(folder, dev.godwit.engine.migrate.ApplyOptions.defaults()));
        assertTrue(single.getMessage().startsWith("Migration 0003_wal.sql, statement 1 of 1:\n    PRAGMA journal_mode = WAL;\n  "), single.getMessage());
        FleetException e = assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("n-*"), options(2)).apply(folder));
        assertTrue(e.getMessage().startsWith("Fleet apply: 2 of 3 database(s) failed."), e.getMessage());
        assertEquals(single.getMessage(), reportRow(e.getMessage(), ids.get(0)).path("error").asText());
        assertEquals(single.getMessage().replace(ids.get(0), ids.get(2)), reportRow(e.getMessage(), ids.get(2)).path("error").asText());
        assertEquals("up-to-date", reportRow(e.getMessage(), ids.get(1)).path("status").asText());
        for (String id : List.of(ids.get(0), ids.get(2))) assertEquals(4, history(id).size(), "nothing recorded in " + id);
    }

    /**
     * Fleet db:status called "failing" a database whose history holds a row of a migration the folder lacks (another branch's)
     * and that has nothing pending, where the fleet apply, as db:apply, only warns and finds it up to date. Status now takes
     * db:apply's decision (HistoryCheck): up to date with apply's warning there, and where migrations are pending on top of such
     * a row, failing with the very message the apply fails that database with.
     */
    @Test
    void statusSaysWhatTheApplyDoesWithARowFromAnotherBranch() throws Exception {
        List<String> ids = standIn.createDatabases("o", 2);
        runner(new FleetSelection.Listed(ids.subList(0, 1)), options(1)).apply(migrations);
        runner(new FleetSelection.Listed(ids.subList(1, 2)), options(1)).apply(migrations.subList(0, 1));
        for (String id : ids) standIn.execute(id, "INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('0f0f0f0f0f0f0f0f', 1234)");
        String warning = ": The database records a migration that is not in the folder: created_at 1234 (hash 0f0f0f0f0f0f) (applied from another branch?)";

        logLines.clear();
        FleetRunner.Result status = runner(new FleetSelection.NameGlob("o-*"), options(1)).status(migrations);
        List<String> statusLog = List.copyOf(logLines);
        logLines.clear();
        FleetException apply = assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("o-*"), options(1)).apply(migrations));

        // nothing pending: up to date with the apply's warning, in both goals
        assertEquals(1L, status.byStatus().get("up-to-date"), status.byStatus().toString());
        assertTrue(statusLog.contains("WARN o-0001 (" + ids.get(0) + ")" + warning), statusLog.toString());
        assertEquals("up-to-date", reportRow(apply.getMessage(), ids.get(0)).path("status").asText());
        assertTrue(logLines.contains("WARN o-0001 (" + ids.get(0) + ")" + warning), logLines.toString());
        // pending on top of it: failing, with the apply's refusal word for word
        assertEquals(1L, status.byStatus().get("failing"), status.byStatus().toString());
        assertEquals(1, status.failed());
        String refusal = reportRow(apply.getMessage(), ids.get(1)).path("error").asText();
        assertTrue(refusal.startsWith("The database records migration(s) the folder does not have: created_at 1234 (hash 0f0f0f0f0f0f). Applying"
                + " the pending ones on top"), refusal);
        JsonNode statusRow = null;
        for (JsonNode r : new ObjectMapper().readTree(status.report().toFile()).path("databases")) if (r.path("id").asText().equals(ids.get(1))) statusRow = r;
        assertEquals("failing", statusRow.path("status").asText());
        assertEquals(refusal, statusRow.path("error").asText());
        assertEquals(List.of("1234", Long.toString(migrations.get(0).when())), history(ids.get(1)), "the apply left it as it was");
    }

    /**
     * A fleet apply of a migration writing an FTS5 table's shadow table, which D1 keeps read-only (defensive mode): refused
     * before anything is sent to each database, with db:apply's words, as for one database.
     */
    @Test
    void aWriteToAShadowTableIsRefusedBeforeAnythingIsSentToEachDatabase() throws Exception {
        List<String> ids = standIn.createDatabases("s", 2);
        List<Migration> folder = new ArrayList<>(migrations);
        folder.add(extra("0003_search", migrations.get(2).when() + 1000, "CREATE VIRTUAL TABLE docs USING fts5(body);\n--> statement-breakpoint\n"
                + "DELETE FROM docs_data;"));
        FleetException apply = assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("s-*"), options(1)).apply(folder));
        for (String id : ids) {
            assertEquals("Migration 0003_search.sql, statement 2 of 2:\n    DELETE FROM docs_data;\n  it writes \"docs_data\", a shadow table of the"
                    + " FTS5 table \"docs\": D1 runs SQLite in defensive mode, where shadow tables are read-only (\"table docs_data may not be"
                    + " modified\"); change \"docs\" itself (INSERT INTO \"docs\"(\"docs\") VALUES ('rebuild') rebuilds its index) (Cloudflare D1"
                    + " database " + id + " refuses what D1 refuses). Nothing was applied.", reportRow(apply.getMessage(), id).path("error").asText());
            assertEquals(List.of(), userTables(id), "nothing applied");
        }
    }

    /**
     * Fleet db:status called "behind" a database where a pending migration is one db:apply refuses before sending anything
     * (PendingStatements: here a PRAGMA D1's allow-list lacks), while the fleet apply failed it. Status now runs the same check
     * on what is pending there: such a database is "failing" with the apply's refusal word for word, one where the migration is
     * recorded is up to date, and the apply that follows fails the same databases with the same text, leaving them as they were.
     */
    @Test
    void statusCallsFailingADatabaseWhosePendingMigrationTheApplyRefusesWithTheApplysText() throws Exception {
        List<String> ids = standIn.createDatabases("q", 3);
        runner(new FleetSelection.Listed(ids.subList(0, 2)), options(1)).apply(migrations);
        Migration wal = extra("0003_wal", migrations.get(2).when() + 1000, "PRAGMA journal_mode = WAL;");
        recordAsApplied(ids.get(1), wal, false);
        List<Migration> folder = new ArrayList<>(migrations);
        folder.add(wal);

        FleetRunner.Result status = runner(new FleetSelection.NameGlob("q-*"), options(1)).status(folder);
        FleetException apply = assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("q-*"), options(1)).apply(folder));

        assertEquals(2L, status.byStatus().get("failing"), status.byStatus().toString());
        assertEquals(1L, status.byStatus().get("up-to-date"), status.byStatus().toString());
        assertEquals(null, status.byStatus().get("behind"), status.byStatus().toString());
        java.util.Map<String, JsonNode> statusRows = new java.util.HashMap<>();
        for (JsonNode r : new ObjectMapper().readTree(status.report().toFile()).path("databases")) statusRows.put(r.path("id").asText(), r);
        for (String id : List.of(ids.get(0), ids.get(2))) {
            String refusal = reportRow(apply.getMessage(), id).path("error").asText();
            assertTrue(refusal.startsWith("Migration 0003_wal.sql, statement 1 of 1:\n    PRAGMA journal_mode = WAL;\n  "), refusal);
            assertTrue(refusal.endsWith("(Cloudflare D1 database " + id + " refuses what D1 refuses). Nothing was applied."), refusal);
            assertEquals("failing", statusRows.get(id).path("status").asText());
            assertEquals(refusal, statusRows.get(id).path("error").asText());
        }
        assertEquals("up-to-date", statusRows.get(ids.get(1)).path("status").asText());
        assertEquals(List.of(Long.toString(migrations.get(0).when()), Long.toString(migrations.get(1).when()), Long.toString(migrations.get(2).when())),
                history(ids.get(0)), "the apply left it as it was");
        assertEquals(List.of(), historyTables(ids.get(2)), "nothing recorded, no history table left");
        assertEquals(List.of(), userTables(ids.get(2)), "nothing applied");
    }

    /**
     * One database's db:status tries the pending migrations on an empty copy of its schema (SchemaTrial) and names the statement
     * db:apply fails at; a fleet's said "behind" for a database db:push (or a hand change) had moved part of the way, and the fleet
     * apply then failed it "table `t3` already exists". Now such a database is "failing" with the trial's words, its commands naming
     * it, still at one call per database: the schema is read in the history's own request (a database without a history table,
     * whose request fails on it, is not tried).
     */
    @Test
    void statusTriesThePendingMigrationsOnACopyOfEachSchemaInTheHistorysRequest() throws Exception {
        List<String> ids = standIn.createDatabases("p", 4);
        runner(new FleetSelection.Listed(ids.subList(0, 3)), options(1)).apply(migrations.subList(0, 2));
        for (String st : migrations.get(2).statements()) standIn.execute(ids.get(1), st);   // db:push brought t3 there
        standIn.resetCounters();
        FleetRunner.Result status = runner(new FleetSelection.NameGlob("p-*"), options(2)).status(migrations);
        for (String id : ids) assertEquals(1, standIn.callsTo(id), "calls to " + id);
        assertEquals(1L, status.byStatus().get("failing"), status.byStatus().toString());
        assertEquals(3L, status.byStatus().get("behind"), status.byStatus().toString());
        java.util.Map<String, JsonNode> rows = new java.util.HashMap<>();
        for (JsonNode r : new ObjectMapper().readTree(status.report().toFile()).path("databases")) rows.put(r.path("id").asText(), r);
        String said = rows.get(ids.get(1)).path("error").asText();
        String tag = migrations.get(2).tag();
        assertTrue(said.startsWith("db:apply fails at " + tag + ".sql, statement 1 of "), said);
        assertTrue(said.contains("already exists") && said.contains("empty copy of the schema of Cloudflare D1 database " + ids.get(1)), said);
        assertTrue(said.contains("bring the rest with mvn db:push -Ddb.d1.databaseId=" + ids.get(1) + " (")
                && said.contains("mvn db:baseline -Ddb.d1.databaseId=" + ids.get(1) + " -Ddb.baseline=" + tag), said);
        FleetException apply = assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("p-*"), options(1)).apply(migrations));
        assertTrue(reportRow(apply.getMessage(), ids.get(1)).path("error").asText().contains("already exists"), apply.getMessage());
    }

    List<String> historyTables(String id) {
        return standIn.rows(id, "SELECT name FROM sqlite_master WHERE name IN ('__drizzle_migrations', 'd1_migrations') ORDER BY name");
    }

    /**
     * A fresh database refused before its first migration (db:apply's check of the pending ones) or at it (D1 refused the
     * statement) kept the empty history table the fleet's history read had created. The read now creates nothing and the first
     * migration's own request creates the table, so such a database is left as it was, in either layout; one that takes its
     * migrations still costs pending + 1 calls and gets the table.
     */
    @Test
    void aFreshDatabaseThatIsRefusedKeepsNoHistoryTable() {
        List<String> ids = standIn.createDatabases("f", 3);
        standIn.execute(ids.get(2), "CREATE TABLE t1 (x)");   // what the first migration creates, made by hand
        List<Migration> withEmpty = new ArrayList<>(migrations);
        withEmpty.add(extra("0003_empty", migrations.get(2).when() + 1000, "-- Custom SQL migration file, put your code below! --\n"));
        FleetException refused = assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("f-*"), options(2)).apply(withEmpty));
        assertTrue(refused.getMessage().startsWith("Fleet apply: 3 of 3 database(s) failed."), refused.getMessage());
        for (String id : ids) assertEquals(List.of(), historyTables(id), "no history table left in " + id);

        standIn.resetCounters();
        FleetException atFirst = assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("f-*"), options(2)).apply(migrations));
        assertTrue(atFirst.getMessage().contains("\n  - f-0003 (" + ids.get(2) + "): migration " + migrations.get(0).fileName() + " was refused by D1"
                + " and rolled back (nothing of it was applied): table `t1` already exists"), atFirst.getMessage());
        assertEquals(List.of(), historyTables(ids.get(2)));
        assertEquals(List.of("t1"), userTables(ids.get(2)));
        assertEquals(List.of("x"), standIn.rows(ids.get(2), "SELECT name FROM pragma_table_info('t1')"), "t1 as it was");
        for (String id : ids.subList(0, 2)) {
            assertFullyMigrated(id);
            assertEquals(migrations.size() + 1, standIn.callsTo(id), "pending + 1 calls to " + id);
        }

        FleetRunner wranglers = new FleetRunner(fleet(new FleetSelection.Listed(List.of(ids.get(2)))), new HistoryTable.Wrangler("d1_migrations"),
                options(1), log);
        assertThrows(FleetException.class, () -> wranglers.apply(migrations));
        assertEquals(List.of(), historyTables(ids.get(2)), "nor in wrangler's layout");
        standIn.execute(ids.get(2), "DROP TABLE t1");
        assertEquals(0, wranglers.apply(migrations).failed());
        assertEquals(migrations.stream().map(Migration::fileName).toList(), standIn.rows(ids.get(2), "SELECT name FROM d1_migrations ORDER BY id"));
    }


    List<String> schemaOf(String id) {
        return standIn.rows(id, "SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master ORDER BY type, name");
    }

    List<String> historyRows(String id) {
        return standIn.rows(id, "SELECT hash || ' ' || created_at FROM __drizzle_migrations ORDER BY id");
    }

    /**
     * One database's remote apply refuses before sending anything a pending migration that fails on the schema alone; a fleet's
     * sent the migrations before it, which committed, then failed there, leaving the database between the two. The history's
     * request now reads the schema too, and each database's pending migrations are tried on an empty copy of it first: the one
     * that lacks the table a pending migration alters is refused with the migration, the statement and SQLite's words, and
     * nothing is sent to it (its schema and history as they were); the others are applied, at pending + 1 calls each.
     */
    @Test
    void aMemberWhosePendingMigrationFailsOnTheSchemaAloneIsRefusedBeforeAnythingIsSent() throws Exception {
        List<String> ids = standIn.createDatabases("a", 3);
        runner(new FleetSelection.NameGlob("a-*"), options(1)).apply(migrations.subList(0, 2));
        standIn.execute(ids.get(1), "DROP TABLE t2");   // dropped by hand on one tenant
        List<Migration> folder = new ArrayList<>(migrations);
        folder.add(extra("0003_alter", migrations.get(2).when() + 1000, "ALTER TABLE `t2` ADD `extra` text;"));
        List<String> schemaBefore = schemaOf(ids.get(1));
        List<String> historyBefore = historyRows(ids.get(1));
        standIn.resetCounters();
        FleetException e = assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("a-*"), options(2)).apply(folder));
        assertTrue(e.getMessage().startsWith("Fleet apply: 1 of 3 database(s) failed."), e.getMessage());
        assertEquals(1, standIn.callsTo(ids.get(1)), "the history's request, nothing sent");
        assertEquals(schemaBefore, schemaOf(ids.get(1)), "schema untouched");
        assertEquals(historyBefore, historyRows(ids.get(1)), "history untouched");
        assertEquals(List.of("t1"), userTables(ids.get(1)), "t3 not made: the migration before the failing one was not sent");
        String said = reportRow(e.getMessage(), ids.get(1)).path("error").asText();
        assertTrue(said.startsWith("migration 0003_alter.sql fails on this database's schema, so nothing was sent to this database: "), said);
        assertTrue(said.contains("no such table: t2)\n  Statement 1 of 1:\n    ALTER TABLE `t2` ADD `extra` text"), said);
        assertTrue(said.contains("empty copy of the schema of Cloudflare D1 database " + ids.get(1)) && said.contains("the apply would have committed the 1"
                + " pending migration(s) before it and stopped there, leaving the database between the two"), said);
        assertTrue(e.getMessage().contains("a-0002 (" + ids.get(1) + "): migration 0003_alter.sql fails on this database's schema"), e.getMessage());
        for (String id : List.of(ids.get(0), ids.get(2))) {
            assertEquals(2 + 1, standIn.callsTo(id), "pending + 1 calls to " + id);
            assertTrue(standIn.rows(id, "SELECT name FROM pragma_table_info('t2')").contains("extra"), id);
            assertEquals(folder.size(), history(id).size(), id);
        }
    }

    /**
     * A member holding step2's schema (made by hand after step1 was applied) and another application's table `notes` besides: the
     * fleet apply refused it with db:apply's way on for a database db:push moved part of the way, db:push to the schema code (which
     * would drop `notes`), then db:baseline at the last migration. It now gives db:status's way on: leave `notes` out, db:baseline
     * at step2, db:apply for step3; nothing sent to that database.
     */
    @Test
    void aMemberHoldingAnotherAppsTableBesideAMigrationsSchemaIsNotSentToDbPush() throws Exception {
        List<String> ids = standIn.createDatabases("n", 1);
        String id = ids.get(0);
        runner(new FleetSelection.NameGlob("n-*"), options(1)).apply(migrations.subList(0, 1));
        for (String sql : migrations.get(1).statements()) standIn.execute(id, sql);
        standIn.execute(id, "CREATE TABLE notes (id integer PRIMARY KEY, body text)");
        List<String> historyBefore = historyRows(id);
        FleetException e = assertThrows(FleetException.class, () -> runner(new FleetSelection.NameGlob("n-*"), options(1)).apply(migrations));
        String said = reportRow(e.getMessage(), id).path("error").asText();
        assertTrue(said.startsWith("migration " + migrations.get(1).fileName() + " fails on this database's schema, so nothing was sent"), said);
        assertEquals("\n  The database has the schema of " + migrations.get(1).tag() + " (its snapshot) and besides it table `notes`, which no pending"
                + " migration makes (another application's sharing the file, or a hand change): db:push to the schema code would drop it. If it is"
                + " not the schema code's, leave it out with '-Ddb.tablesFilter=!notes' (and the same <tablesFilter> in the POM), then record the"
                + " migrations as applied with mvn db:baseline -Ddb.d1.databaseId=" + id + " '-Ddb.tablesFilter=!notes' -Ddb.baseline="
                + migrations.get(1).tag() + " and run mvn db:apply -Ddb.d1.databaseId=" + id + " '-Ddb.tablesFilter=!notes' for those after it.",
                said.substring(said.indexOf("\n  The database")), said);
        assertEquals(historyBefore, historyRows(id), "history untouched");
        assertEquals(List.of("t1", "t2"), userTables(id), "nothing sent");
        assertEquals(List.of("notes"), standIn.rows(id, "SELECT name FROM sqlite_master WHERE name = 'notes'"));
    }

    /**
     * Thousands of tenants on one schema pay one trial, not one each: databases with the same schema and pending migrations share
     * it, and the schema comes with the history's request, so no database costs a call more than pending + 1.
     */
    @Test
    void databasesWithTheSameSchemaShareOneTrialAndNoCallIsAdded() {
        List<String> ids = standIn.createDatabases("s", 6);
        runner(new FleetSelection.NameGlob("s-*"), options(2)).apply(migrations.subList(0, 1));
        standIn.resetCounters();
        logLines.clear();
        FleetRunner.Result r = runner(new FleetSelection.NameGlob("s-*"), options(3)).apply(migrations);
        assertEquals(0, r.failed());
        for (String id : ids) {
            assertFullyMigrated(id);
            assertEquals(migrations.size() - 1 + 1, standIn.callsTo(id), "pending + 1 calls to " + id);
        }
        assertEquals(6L * migrations.size() + 1, r.calls(), "the list's call and pending + 1 per database");
        assertTrue(logLines.contains("INFO   Schema trials: 1 for the 6 database(s) with pending migrations and a history (databases with the same"
                + " schema and pending migrations share one)."), logLines.toString());

        // another schema is another trial
        List<String> more = standIn.createDatabases("m", 3);
        runner(new FleetSelection.NameGlob("m-*"), options(1)).apply(migrations.subList(0, 1));
        standIn.execute(more.get(0), "CREATE TABLE notes (x)");
        logLines.clear();
        runner(new FleetSelection.NameGlob("m-*"), options(1)).apply(migrations);
        assertTrue(logLines.stream().anyMatch(l -> l.startsWith("INFO   Schema trials: 2 for the 3 database(s)")), logLines.toString());
    }

    /**
     * A pending migration naming what the trial's copy is made without (sqlite_sequence, left by a dropped AUTOINCREMENT table)
     * fails on the copy and not on the database: as the single database's pre-flight, that is said, not refused, and the
     * migration is applied.
     */
    @Test
    void aFailureOnANameTheCopyLacksIsAWarningNotARefusal() {
        List<String> ids = standIn.createDatabases("q", 2);
        runner(new FleetSelection.NameGlob("q-*"), options(1)).apply(migrations);
        for (String id : ids) {
            standIn.execute(id, "CREATE TABLE tmp (id INTEGER PRIMARY KEY AUTOINCREMENT)");
            standIn.execute(id, "INSERT INTO tmp DEFAULT VALUES");
            standIn.execute(id, "DROP TABLE tmp");
        }
        List<Migration> folder = new ArrayList<>(migrations);
        folder.add(extra("0003_counters", migrations.get(2).when() + 1000, "DELETE FROM sqlite_sequence WHERE name = 'tmp';"));
        logLines.clear();
        FleetRunner.Result r = runner(new FleetSelection.NameGlob("q-*"), options(1)).apply(folder);
        assertEquals(0, r.failed());
        for (String id : ids) assertEquals(folder.size(), history(id).size(), id);
        List<String> warned = logLines.stream().filter(l -> l.contains("\"sqlite_sequence\" is in the database but not in the replica")).toList();
        assertEquals(1, warned.size(), "said once for the two databases of one schema: " + logLines);
    }

    @Test
    void aDatabaseRestoredUnderTheRunGetsNoLaterMigrationOnTopOfIt() {
        List<String> ids = standIn.createDatabases("r", 1);
        String id = ids.get(0);
        runner(new FleetSelection.Listed(ids), options(1)).apply(migrations.subList(0, 1));
        assertEquals(2, standIn.callsTo(id));
        // the next run: call 3 reads the history, call 4 sends step2, call 5 step3; just before step3 the database is restored (D1
        // Time Travel, from another terminal) to the bookmark from before this run: step2's table and row are gone
        String step2 = Long.toString(migrations.get(1).when());
        standIn.beforeCall(id, 5, "DROP TABLE t2; DELETE FROM __drizzle_migrations WHERE created_at = " + step2);
        FleetException e = assertThrows(FleetException.class, () -> runner(new FleetSelection.Listed(ids), options(1)).apply(migrations));
        // step3 was not sent on top: the history is the restored one (it was step1 and step3, with t1 and t3, reported "applied")
        assertEquals(List.of(Long.toString(migrations.get(0).when())), history(id));
        assertEquals(List.of("t1"), userTables(id));
        assertTrue(e.getMessage().contains("migration " + migrations.get(2).fileName() + " was not applied: __drizzle_migrations no longer records "
                + migrations.get(1).fileName() + ", which this run applied (or found recorded) just before it"), e.getMessage());
    }

    /** As above, the restore landing between the history read and the run's first request: the first migration is checked too. */
    @Test
    void aDatabaseRestoredBeforeTheRunsFirstMigrationGetsNoneOnTopOfIt() {
        List<String> ids = standIn.createDatabases("r0", 1);
        String id = ids.get(0);
        runner(new FleetSelection.Listed(ids), options(1)).apply(migrations.subList(0, 2));
        assertEquals(3, standIn.callsTo(id));
        // the next run: call 4 reads the history (step1, step2), call 5 sends step3; just before it the database is restored to
        // before step2
        String step2 = Long.toString(migrations.get(1).when());
        standIn.beforeCall(id, 5, "DROP TABLE t2; DELETE FROM __drizzle_migrations WHERE created_at = " + step2);
        FleetException e = assertThrows(FleetException.class, () -> runner(new FleetSelection.Listed(ids), options(1)).apply(migrations));
        assertEquals(List.of(Long.toString(migrations.get(0).when())), history(id));
        assertEquals(List.of("t1"), userTables(id));
        assertTrue(e.getMessage().contains("migration " + migrations.get(2).fileName() + " was not applied: __drizzle_migrations no longer records "
                + migrations.get(1).fileName() + ", which was its last row when this run read the history"), e.getMessage());
    }
}
