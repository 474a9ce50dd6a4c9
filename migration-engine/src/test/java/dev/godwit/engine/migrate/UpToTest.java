package dev.godwit.engine.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.GodwitException;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.testing.RecordingLog;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -Ddb.upTo}: db:apply up to and including one migration, on real SQLite files, in drizzle's and wrangler's layouts. */
class UpToTest {

    @TempDir
    Path dir;
    MigrationsFolder folder;
    SqliteDatabase db;
    final RecordingLog log = new RecordingLog();

    /** 0000_t1 .. 0003_t4, each adding a table. */
    @BeforeEach
    void fourMigrations() {
        folder = MigrationsFolder.at(dir.resolve("drizzle"));
        List<TableDef> tables = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            tables.add(MigratorTest.table("t" + i, "name"));
            new Generator().generate(new SchemaDef(List.copyOf(tables), List.of()), folder, GenerateOptions.batch().withName("t" + i));
        }
        db = SqliteDatabase.open(dir.resolve("app.sqlite"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    Migrator migrator() {
        return new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), log);
    }

    ApplyResult applyUpTo(String upTo) {
        return migrator().apply(folder, ApplyOptions.defaults().withUpTo(upTo));
    }

    List<String> tables() {
        return db.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 't%' ORDER BY name").stream()
                .map(r -> (String) r.get("name")).toList();
    }

    @Test
    void appliesUpToAndIncludingTheNumberNamedAndSaysWhatIsLeft() {
        ApplyResult r = applyUpTo("0001");
        assertEquals(List.of("0000_t1", "0001_t2"), r.applied());
        assertEquals(List.of("0002_t3", "0003_t4"), r.leftPending());
        assertEquals(List.of("t1", "t2"), tables());
        assertTrue(log.lines().stream().anyMatch(l -> l.startsWith("INFO Applying 2 migration(s) to ") && l.endsWith(", up to 0001_t2; 2 left pending"
                + " (0002_t3, 0003_t4)")), log.lines().toString());
        assertTrue(log.lines().stream().anyMatch(l -> l.matches("INFO Applied 2 migration\\(s\\) in \\d+ ms, up to 0001_t2; 2 left pending \\(0002_t3,"
                + " 0003_t4\\)\\.")), log.lines().toString());
        // the number without its zeros, and the whole tag, name the same one; the last one leaves none
        assertEquals(List.of("0002_t3"), applyUpTo("2").applied());
        ApplyResult last = applyUpTo("0003_t4");
        assertEquals(List.of("0003_t4"), last.applied());
        assertEquals(List.of(), last.leftPending());
        assertTrue(log.lines().stream().anyMatch(l -> l.matches("INFO Applied 1 migration\\(s\\) in \\d+ ms, up to 0003_t4; none left pending\\.")),
                log.lines().toString());
        assertEquals(List.of("t1", "t2", "t3", "t4"), tables());
    }

    /** A deploy run again with the same -Ddb.upTo has nothing to do, and passes: the database is at the migration it names. */
    @Test
    void theSameUpToAgainAppliesNothingAndPasses() {
        applyUpTo("0001");
        log.lines().clear();
        ApplyResult again = applyUpTo("0001_t2");
        assertEquals(List.of(), again.applied());
        assertEquals(List.of("0002_t3", "0003_t4"), again.leftPending());
        assertTrue(log.lines().contains("INFO Nothing to apply up to 0001_t2: " + db.describe() + " has it applied, and nothing after it; 2 left pending"
                + " (0002_t3, 0003_t4)."), log.lines().toString());
    }

    /**
     * A database past the migration named (an older deploy's -Ddb.upTo after a newer deploy): nothing is applied or undone, and the
     * build passes with a warning, as Flyway's -target below the current version ("Schema is up to date") and Liquibase's
     * update-to-tag do. It was refused, failing the older deploy's pipeline over a database that needs nothing.
     */
    @Test
    void aDatabasePastTheMigrationNamedAppliesNothingAndWarns() {
        applyUpTo("0002");
        log.lines().clear();
        ApplyResult r = applyUpTo("0000");
        assertEquals(List.of(), r.applied());
        assertEquals(List.of("0003_t4"), r.leftPending());
        assertEquals(List.of("WARN Nothing to apply up to 0000_t1: " + db.describe() + " is past it (at 0002_t3; 0001_t2, 0002_t3 applied after it)."
                + " db:apply does not go back (db:restore does); 1 left pending (0003_t4)."), log.lines());
        assertEquals(List.of("t1", "t2", "t3"), tables());
        // db:status says the same, with no refusal
        Migrator status = migrator().upTo("0000");
        List<MigrationState> states = status.status(folder);
        assertNull(status.applyRefusal(states));
        assertEquals("With -Ddb.upTo=0 (0000_t1), db:apply has nothing to apply: the database is past it (at 0002_t3), and db:apply does not go"
                + " back; 1 left pending (0003_t4).", UpTo.plan(states, false, "0000", db.describe()).statusLine("0"));
    }

    /** A skipped migration before the one named, with a later one applied, is still refused without -Ddb.outOfOrder. */
    @Test
    void aDatabasePastItWithASkippedOneBeforeItIsStillRefusedWithoutOutOfOrder() {
        applyUpTo("0000");
        List<dev.godwit.engine.folder.Migration> all = folder.migrations();
        db.runAtomically(List.of("CREATE TABLE t3 (id integer PRIMARY KEY, name text)", "INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('"
                + all.get(2).hash() + "', " + all.get(2).when() + ")"), false);
        MigrationException e = assertThrows(MigrationException.class, () -> applyUpTo("0000"));
        assertTrue(e.getMessage().contains("0001_t2"), e.getMessage());
        log.lines().clear();
        ApplyResult r = migrator().apply(folder, ApplyOptions.defaults().withOutOfOrder(true).withUpTo("0001"));
        assertEquals(List.of("0001_t2"), r.applied());
        assertEquals(List.of(), migrator().apply(folder, ApplyOptions.defaults().withUpTo("0000")).applied());
    }

    @Test
    void aNumberTheFolderDoesNotHaveIsRefusedNamingItsMigrationsAndNothingIsCreated() {
        MigrationException e = assertThrows(MigrationException.class, () -> applyUpTo("0012"));
        assertEquals(GodwitException.Kind.BROKEN, e.kind());
        assertEquals("-Ddb.upTo=0012 names no migration of the folder; give one's number, name or whole tag, as db:status prints them: 0000_t1,"
                + " 0001_t2, 0002_t3, 0003_t4. Nothing was applied.", e.getMessage());
        assertEquals(List.of(), db.query("SELECT name FROM sqlite_master"), "not even the history table");
        // a tag of another name under a number the folder has is no match either
        assertThrows(MigrationException.class, () -> applyUpTo("0001_brave_hulk"));
        assertEquals(List.of(), db.query("SELECT name FROM sqlite_master"));
    }

    /** The checks before anything is sent look at the migrations that will run: a later one db:apply would refuse does not stop them. */
    @Test
    void aLaterMigrationTheApplyWouldRefuseDoesNotStopTheOnesBeforeIt() {
        new Generator().generate(new SchemaDef(List.of(MigratorTest.table("t1", "name"), MigratorTest.table("t2", "name"), MigratorTest.table("t3", "name"),
                MigratorTest.table("t4", "name")), List.of()), folder, GenerateOptions.batch().withName("data").withCustom(true));
        MigrationException all = assertThrows(MigrationException.class, () -> migrator().apply(folder, ApplyOptions.defaults()));
        assertTrue(all.getMessage().contains("0004_data"), all.getMessage());
        assertEquals(List.of(), tables());
        assertEquals(List.of("0000_t1", "0001_t2", "0002_t3", "0003_t4"), applyUpTo("0003").applied());
        // db:status says the same: no refusal up to 0003, the template's refusal without it
        Migrator status = migrator();
        List<MigrationState> states = status.status(folder);
        assertTrue(status.applyRefusal(states).contains("0004_data"), status.applyRefusal(states));
        Migrator upTo = migrator().upTo("0003");
        assertNull(upTo.applyRefusal(upTo.status(folder)));
    }

    @Test
    void aDryRunSaysWhereItStops() {
        ApplyResult r = migrator().apply(folder, new ApplyOptions(true, false, 3).withUpTo("1"));
        assertTrue(r.dryRun());
        assertEquals(List.of("0000_t1", "0001_t2"), r.applied());
        assertTrue(log.lines().contains("INFO Dry run: 2 migration(s) would be applied to " + db.describe() + ", up to 0001_t2; 2 left pending (0002_t3,"
                + " 0003_t4); nothing is changed."), log.lines().toString());
        assertEquals(List.of(), tables());
    }

    /** db:status's refusal and line: what the apply with -Ddb.upTo would send, and what it leaves. */
    @Test
    void statusSaysWhichPendingMigrationsRunAndWhichAreLeft() {
        applyUpTo("0000");
        Migrator m = migrator().upTo("0002");
        List<MigrationState> states = m.status(folder);
        assertNull(m.applyRefusal(states));
        assertEquals("With -Ddb.upTo=0002 (0002_t3), db:apply applies 2 migration(s) (0001_t2, 0002_t3) and leaves 1 pending (0003_t4).",
                UpTo.plan(states, false, "0002", db.describe()).statusLine("0002"));
        Migrator bad = migrator().upTo("9");
        // a name the folder lacks fails db:status as it fails db:apply and a fleet's db:status (a broken setting), not a refusal line
        List<MigrationState> badStates = bad.status(folder);
        MigrationException broken = assertThrows(MigrationException.class, () -> bad.applyRefusal(badStates));
        assertEquals(GodwitException.Kind.BROKEN, broken.kind());
        assertTrue(broken.getMessage().startsWith("-Ddb.upTo=9 names no migration of the folder"), broken.getMessage());
        Migrator past = migrator().upTo("0000_t1");
        applyUpTo("0001");
        assertEquals("With -Ddb.upTo=0001 (0001_t2), db:apply has nothing to apply: the database has 0001_t2 applied; 2 left pending (0002_t3, 0003_t4).",
                UpTo.plan(migrator().status(folder), false, "0001", "x").statusLine("0001"));
        assertNull(past.applyRefusal(past.status(folder)));
    }

    /** -Ddb.outOfOrder with -Ddb.upTo: a skipped migration (a hotfix) runs, in the folder's order, up to the one named. */
    @Test
    void outOfOrderRunsTheSkippedOnesUpToTheOneNamed() {
        // 0001_t2 skipped: the history records 0000 and 0002 (0002 applied from a branch that had it first)
        applyUpTo("0000");
        List<dev.godwit.engine.folder.Migration> all = folder.migrations();
        db.runAtomically(List.of("CREATE TABLE t3 (id integer PRIMARY KEY, name text)", "INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('"
                + all.get(2).hash() + "', " + all.get(2).when() + ")"), false);
        MigrationException skipped = assertThrows(MigrationException.class, () -> applyUpTo("0001"));
        assertTrue(skipped.getMessage().contains("0001_t2"), skipped.getMessage());
        ApplyResult r = migrator().apply(folder, ApplyOptions.defaults().withOutOfOrder(true).withUpTo("0001"));
        assertEquals(List.of("0001_t2"), r.applied());
        assertEquals(List.of("0003_t4"), r.leftPending());
        assertFalse(tables().contains("t4"));
    }

    /**
     * -Ddb.outOfOrder with -Ddb.upTo naming the last applied migration: the skipped one before it runs (it is up to it), the later
     * pending one does not. Taken for "nothing to do" at first, the hotfix was left out.
     */
    @Test
    void outOfOrderUpToTheLastAppliedRunsTheSkippedOneBeforeIt() {
        applyUpTo("0000");
        List<dev.godwit.engine.folder.Migration> all = folder.migrations();
        db.runAtomically(List.of("CREATE TABLE t3 (id integer PRIMARY KEY, name text)", "INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('"
                + all.get(2).hash() + "', " + all.get(2).when() + ")"), false);
        ApplyResult r = migrator().apply(folder, ApplyOptions.defaults().withOutOfOrder(true).withUpTo("0002"));
        assertEquals(List.of("0001_t2"), r.applied());
        assertEquals(List.of("0003_t4"), r.leftPending());
    }

    /** In wrangler's layout (no SKIPPED: every file its table lacks is applied), a file added before the one named runs with it. */
    @Test
    void wranglersFileAddedBeforeTheLastAppliedRunsUpToIt() throws Exception {
        Migrator wrangler = new Migrator(db, new HistoryTable.Wrangler("d1_migrations"), log);
        wrangler.apply(folder, ApplyOptions.defaults());
        Files.writeString(folder.dir().resolve("0002_a_seed.sql"), "INSERT INTO t1 (id, name) VALUES (1, 'ada');\n");
        Files.writeString(folder.dir().resolve("0004_more.sql"), "INSERT INTO t1 (id, name) VALUES (2, 'bob');\n");
        ApplyResult r = new Migrator(db, new HistoryTable.Wrangler("d1_migrations"), log).apply(folder, ApplyOptions.defaults().withUpTo("0003"));
        assertEquals(List.of("0002_a_seed"), r.applied());
        assertEquals(List.of("0004_more"), r.leftPending());
    }

    /** wrangler's d1_migrations: a file wrangler made (no journal entry) is named by its number, its tag or its file name. */
    @Test
    void wranglersLayoutStopsAtAFileByNumberOrFileName() throws Exception {
        Files.writeString(folder.dir().resolve("0004_seed.sql"), "INSERT INTO t1 (id, name) VALUES (1, 'ada');\n");
        Files.writeString(folder.dir().resolve("0005_more.sql"), "INSERT INTO t1 (id, name) VALUES (2, 'bob');\n");
        Migrator wrangler = new Migrator(db, new HistoryTable.Wrangler("d1_migrations"), log);
        ApplyResult r = wrangler.apply(folder, ApplyOptions.defaults().withUpTo("0004_seed.sql"));
        assertEquals(List.of("0000_t1", "0001_t2", "0002_t3", "0003_t4", "0004_seed"), r.applied());
        assertEquals(List.of("0005_more"), r.leftPending());
        assertEquals(List.of(Map.of("name", "ada")), db.query("SELECT name FROM t1"));
        assertEquals(List.of("0005_more"), new Migrator(db, new HistoryTable.Wrangler("d1_migrations"), log)
                .apply(folder, ApplyOptions.defaults().withUpTo("5")).applied());
        assertEquals(6L, ((Number) db.query("SELECT count(*) AS n FROM d1_migrations").get(0).get("n")).longValue());
    }

    /**
     * db:verify -Ddb.drift -Ddb.upTo=N: the database is compared with the migrations up to N and N's snapshot, so those after N that
     * db:apply -Ddb.upTo=N left pending are not drift ("apply up to N, then verify drift" failed on them); one past N is said to be.
     */
    @Test
    void driftUpToComparesWithTheMigrationNamed() throws Exception {
        applyUpTo("0001");
        List<dev.godwit.engine.folder.Migration> all = folder.migrations();
        HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        dev.godwit.engine.verify.Verifier.Verification v = new dev.godwit.engine.verify.Verifier.Verification(List.of(), List.of(), all,
                folder.latestSnapshot().orElseThrow().schema());
        List<dev.godwit.engine.verify.Finding> whole = dev.godwit.engine.verify.Verifier.drift(db, history, v.migrations(), v.recorded());
        assertEquals(1, whole.size(), whole.toString());
        assertTrue(whole.get(0).message().startsWith("2 migration(s) are not applied"), whole.toString());
        dev.godwit.engine.verify.Verifier.Verification upTo = v.upTo(folder, "1");
        assertEquals(List.of("0000_t1", "0001_t2"), upTo.migrations().stream().map(dev.godwit.engine.folder.Migration::tag).toList());
        assertEquals(List.of(), dev.godwit.engine.verify.Verifier.pastUpTo(db, history, all, "1"));
        assertEquals(List.of(), dev.godwit.engine.verify.Verifier.drift(db, history, upTo.migrations(), upTo.recorded()));
        // a table made by hand is drift still; a migration before N not applied is pending still
        db.runAtomically(List.of("CREATE TABLE extra (x integer)"), false);
        assertTrue(dev.godwit.engine.verify.Verifier.drift(db, history, upTo.migrations(), upTo.recorded()).toString().contains("extra"));
        db.runAtomically(List.of("DROP TABLE extra"), false);
        dev.godwit.engine.verify.Verifier.Verification ahead = v.upTo(folder, "0002_t3");
        assertTrue(dev.godwit.engine.verify.Verifier.drift(db, history, ahead.migrations(), ahead.recorded()).get(0).message()
                .startsWith("1 migration(s) are not applied"));
        // past it: said so
        List<dev.godwit.engine.verify.Finding> past = dev.godwit.engine.verify.Verifier.pastUpTo(db, history, all, "0");
        assertEquals(1, past.size());
        assertEquals(db.describe() + " is past 0000_t1 (at 0001_t2; 0001_t2 applied after it): -Ddb.upTo=0 compares a database at 0000_t1. Run"
                + " db:verify -Ddb.drift without -Ddb.upTo (or with the migration it is at)", past.get(0).message());
        // a name the folder lacks, a migration without a snapshot: broken settings
        GodwitException missing = assertThrows(GodwitException.class, () -> v.upTo(folder, "9"));
        assertEquals(GodwitException.Kind.BROKEN, missing.kind());
        assertTrue(missing.getMessage().endsWith(". Nothing was compared."), missing.getMessage());   // db:verify applies nothing
        Files.delete(folder.snapshotFile("0001_t2"));
        GodwitException none = assertThrows(GodwitException.class, () -> v.upTo(folder, "1"));
        assertTrue(none.getMessage().startsWith("-Ddb.upTo=1 with -Ddb.drift compares the database with 0001_t2's snapshot"), none.getMessage());
    }

    /**
     * db:verify -Ddb.drift -Ddb.upTo=N on a database behind N: the way on is db:apply -Ddb.upTo=N; "Run mvn db:apply -Dlocal" applied the
     * migrations after N too, those the setting leaves pending on purpose (a destructive one held for the next release).
     */
    @Test
    void driftUpToOnADatabaseBehindItSaysToApplyUpToIt() {
        applyUpTo("0001");
        HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        dev.godwit.engine.verify.Verifier.Verification ahead = new dev.godwit.engine.verify.Verifier.Verification(List.of(), List.of(),
                folder.migrations(), folder.latestSnapshot().orElseThrow().schema()).upTo(folder, "0002");
        List<dev.godwit.engine.verify.Finding> found = dev.godwit.engine.verify.Verifier.drift(db, history, ahead.migrations(), ahead.recorded(), "",
                dev.godwit.engine.verify.Verifier.triggersMadeOnce(ahead.migrations(), history), dev.godwit.engine.introspect.TablesFilter.ALL,
                dev.godwit.engine.EngineLog.SILENT, null, "0002");
        assertEquals(1, found.size(), found.toString());
        assertEquals("1 migration(s) are not applied to " + db.describe() + ": 0002_t3. Run mvn db:apply -Dlocal -Ddb.upTo=0002", found.get(0).message());
    }

    /** Two files under one number (wrangler's layout takes both): the number alone is refused, naming them; the tag picks one. */
    @Test
    void aNumberTwoFilesShareIsRefusedAskingForTheTag() throws Exception {
        Files.writeString(folder.dir().resolve("0003_other.sql"), "SELECT 1;\n");
        Migrator wrangler = new Migrator(db, new HistoryTable.Wrangler("d1_migrations"), log);
        MigrationException e = assertThrows(MigrationException.class, () -> wrangler.apply(folder, ApplyOptions.defaults().withUpTo("3")));
        assertEquals("-Ddb.upTo=3 matches several migrations (0003_other, 0003_t4); give the whole tag. Nothing was applied.", e.getMessage());
        assertEquals(List.of("0000_t1", "0001_t2", "0002_t3", "0003_other"), wrangler.apply(folder, ApplyOptions.defaults().withUpTo("0003_other")).applied());
    }

    /**
     * -Ddb.upTo=t2, a migration's name without its number, was refused ("names no migration") while db:drop -Ddb.name and
     * db:baseline -Ddb.baseline take it: it picks the one migration of that name; a name two migrations share is refused, naming them.
     */
    @Test
    void aNameWithoutItsNumberPicksTheOneMigrationOfThatName() throws Exception {
        // a part of a name is no name
        assertThrows(MigrationException.class, () -> applyUpTo("t"));
        assertEquals(List.of("0000_t1", "0001_t2"), applyUpTo("t2").applied());
        Files.writeString(folder.dir().resolve("0004_t3.sql"), "SELECT 1;\n");
        try (SqliteDatabase fresh = SqliteDatabase.inMemory()) {
            Migrator wrangler = new Migrator(fresh, new HistoryTable.Wrangler("d1_migrations"), log);
            MigrationException e = assertThrows(MigrationException.class, () -> wrangler.apply(folder, ApplyOptions.defaults().withUpTo("t3")));
            assertEquals(GodwitException.Kind.BROKEN, e.kind());
            assertEquals("-Ddb.upTo=t3 matches several migrations (0002_t3, 0004_t3); give the whole tag. Nothing was applied.", e.getMessage());
            assertEquals(List.of(), fresh.query("SELECT name FROM sqlite_master"));
        }
    }

    /**
     * drizzle-kit's prefix "none" names migrations _init, _bio: -Ddb.upTo=bio names one as db:drop -Ddb.name=bio does (it said "names
     * no migration", where the name is all the tag holds but its _), and a timestamp's number is read as a number as db:drop reads it.
     */
    @Test
    void namesAMigrationAsDbDropDoesWhateverItsPrefix() {
        List<dev.godwit.engine.folder.Migration> none = List.of(migration(0, "_init"), migration(1, "_bio"));
        assertEquals("_bio", UpTo.check(none, "bio"));
        assertEquals("_init", UpTo.check(none, "init"));
        var journal = new dev.godwit.engine.folder.Journal(List.of(
                new dev.godwit.engine.folder.JournalEntry(0, "6", 1L, "_init", true), new dev.godwit.engine.folder.JournalEntry(1, "6", 2L, "_bio", true)));
        assertEquals("_bio", dev.godwit.engine.folder.Tags.find(journal, "bio", "db.name").tag());
        List<dev.godwit.engine.folder.Migration> stamped = List.of(migration(0, "20251201093000_init"), migration(1, "20251202093000_bio"));
        assertEquals("20251202093000_bio", UpTo.check(stamped, "020251202093000"));
        var stampedJournal = new dev.godwit.engine.folder.Journal(stamped.stream().map(m -> new dev.godwit.engine.folder.JournalEntry(0, "6", 1L, m.tag(), true)).toList());
        assertEquals("20251202093000_bio", dev.godwit.engine.folder.Tags.find(stampedJournal, "020251202093000", "db.name").tag());
    }

    private static dev.godwit.engine.folder.Migration migration(int idx, String tag) {
        return new dev.godwit.engine.folder.Migration(new dev.godwit.engine.folder.JournalEntry(idx, "6", idx + 1L, tag, true), null, "SELECT 1;");
    }
}
