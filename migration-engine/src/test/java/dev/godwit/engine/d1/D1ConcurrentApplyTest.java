package dev.godwit.engine.d1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.Capabilities;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.ApplyResult;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.MigrationException;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.testing.RecordingLog;
import dev.godwit.engine.testing.TestTables;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two applies of the same folder to one D1 database at once (two CI jobs deploying together), over the stand-in:
 * every migration is applied exactly once, and a migration the other run recorded first is recognised from the
 * guard's refusal with one re-read of the history, without a statement-by-statement search.
 */
class D1ConcurrentApplyTest {

    static final String ACCOUNT = "0123456789abcdef0123456789abcdef";
    static final String DATABASE = "5f0c2a71-8d7e-4c1b-9a3f-2e6b7d8c9a01";
    static final String TOKEN = "concurrent-token-7f3a-991";
    static final int MIGRATIONS = 11;

    @TempDir
    Path dir;
    MigrationsFolder folder;
    D1StandIn standIn;
    final RecordingLog log = new RecordingLog();

    /** Eleven migrations: the first creates a ledger, each creates its own table and writes one ledger row, so a second run of any shows. */
    @BeforeEach
    void setUp() throws Exception {
        folder = MigrationsFolder.at(dir.resolve("drizzle"));
        Generator g = new Generator();
        List<TableDef> tables = new ArrayList<>(List.of(TestTables.table("ledger", "tag")));
        for (int i = 1; i <= MIGRATIONS; i++) {
            tables.add(TestTables.table("t" + i, "name"));
            g.generate(new SchemaDef(List.copyOf(tables), List.of()), folder, GenerateOptions.batch().withName("step" + i));
        }
        for (Migration m : folder.migrations()) {
            Files.writeString(m.file(), Files.readString(m.file()) + "\n--> statement-breakpoint\nINSERT INTO `ledger` (`tag`) VALUES ('" + m.tag() + "');");
        }
        standIn = D1StandIn.start(dir.resolve("d1.sqlite"), ACCOUNT, DATABASE, TOKEN);
    }

    @AfterEach
    void tearDown() {
        standIn.close();
    }

    D1Database d1() {
        return new D1Database(d1Settings());
    }

    D1Settings d1Settings() {
        return new D1Settings(ACCOUNT, DATABASE, TOKEN, standIn.endpoint()).withRetries(4, Duration.ofMillis(10), Duration.ofSeconds(2));
    }

    /** What the requests of a run were, from the bodies the stand-in received. */
    record Calls(int total, int probes, int historyChecks, int creates, int historyReads, int migrationRequests) {
        static Calls of(List<String> bodies, String historyTable) {
            boolean drizzle = historyTable.equals(HistoryTable.DRIZZLE_DEFAULT);
            int probes = 0, checks = 0, creates = 0, reads = 0, migrations = 0;
            for (String b : bodies) {
                if (b.contains("godwit_probe")) probes++;
                else if (b.contains("pragma_table_info")) checks++;
                else if (b.contains(drizzle ? "SELECT hash, created_at FROM" : "SELECT name, applied_at FROM")) reads++;
                // before a bare CREATE: the first migration's request creates the table where it is missing
                else if (b.contains("INSERT INTO \\\"" + historyTable + "\\\"")) migrations++;
                else if (b.contains("CREATE TABLE IF NOT EXISTS")) creates++;
            }
            return new Calls(bodies.size(), probes, checks, creates, reads, migrations);
        }

        static Calls of(List<String> bodies) {
            return of(bodies, HistoryTable.DRIZZLE_DEFAULT);
        }
    }

    @Test
    void twoConcurrentAppliesOfElevenMigrationsRecogniseTheOtherRunsWorkWithoutProbing() throws Exception {
        twoRunsAtOnce(HistoryTable.DRIZZLE_DEFAULT);
    }

    @Test
    void twoConcurrentAppliesWithWranglersHistoryToo() throws Exception {
        twoRunsAtOnce(HistoryTable.WRANGLER_DEFAULT);
    }

    void twoRunsAtOnce(String historyTable) throws Exception {
        List<Migration> local = folder.migrations();
        assertEquals(MIGRATIONS, local.size());
        // D1 answers in tens of milliseconds; with none, a request's time is only CPU, and on a loaded machine (the suite runs
        // four test JVMs on two cores) one run's pauses are larger than the other's requests, so the follower's estimate of
        // how long the other run needs (Migrator.follow) was off and it read or sent once more than the bounds below allow.
        standIn.setLatencyMillis(20);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ApplyResult>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(pool.submit(() -> {
                try (D1Database db = d1()) {
                    go.await();
                    return new Migrator(db, HistoryTable.forName(historyTable), log).apply(local, ApplyOptions.defaults());
                }
            }));
        }
        go.countDown();
        List<String> applied = new ArrayList<>();
        for (Future<ApplyResult> f : runs) applied.addAll(f.get().applied());
        pool.shutdown();

        Calls calls = Calls.of(standIn.requestLog(), historyTable);
        int refused = calls.migrationRequests() - MIGRATIONS;
        // each run first checks the history table's columns and reads the table if it is there (started together, the runs
        // find none as a rule); the first migration's request creates it
        int otherReads = calls.historyReads() - refused;
        System.out.println("two concurrent applies of " + MIGRATIONS + " migrations (" + historyTable + "): " + calls + "; refused migration requests "
                + refused + ", re-reads after a refusal " + refused + ", reads of a table there at the start or while following the other run " + otherReads);

        // every migration applied exactly once: by one of the two runs, one history row, one ledger row, its table
        assertEquals(local.stream().map(Migration::tag).sorted().toList(), applied.stream().sorted().toList(), log.lines().toString());
        try (D1Database db = d1()) {
            List<Map<String, Object>> history = historyTable.equals(HistoryTable.DRIZZLE_DEFAULT)
                    ? db.query("SELECT created_at AS k FROM __drizzle_migrations ORDER BY created_at")
                    : db.query("SELECT name AS k FROM d1_migrations ORDER BY id");
            assertEquals(local.stream().map(m -> (Object) (historyTable.equals(HistoryTable.DRIZZLE_DEFAULT) ? (Object) m.when() : m.fileName())).toList(),
                    history.stream().map(r -> r.get("k")).toList());
            List<Map<String, Object>> ledger = db.query("SELECT tag FROM ledger ORDER BY rowid");
            assertEquals(local.stream().map(m -> (Object) m.tag()).toList(), ledger.stream().map(r -> r.get("tag")).toList());
            for (int i = 1; i <= MIGRATIONS; i++) assertEquals(1, db.query("SELECT name FROM sqlite_master WHERE name = ?", "t" + i).size());
        }

        assertEquals(0, calls.probes(), "no statement-by-statement search: " + calls);
        assertEquals(0, calls.creates(), "no request of its own creates the history table: " + calls);
        assertEquals(calls.historyChecks() + calls.historyReads() + calls.migrationRequests(), calls.total(), calls.toString());
        assertEquals(2, calls.historyChecks(), calls.toString());
        assertTrue(otherReads >= 0, calls.toString());
        // 11 migration requests that apply + 1 per run to look at the history (2 when the table is there) + 1 refused request
        // and 1 re-read per refusal + the reads of the run that follows the other. Measured: 11 + 2 + 2 (one refusal, no
        // further read; before the first migration's request created the table, 11 + 4 + 2: a create or a read per run).
        assertEquals(MIGRATIONS + 2 + 2 * refused + otherReads, calls.total(), calls.toString());
        // The bounds leave room for a loaded machine, where the other run may be slower than the follower expects; racing the
        // other run instead of following it is refused once per migration it loses (up to 11).
        assertTrue(refused <= 3, "the run that was refused follows the other instead of racing it: " + calls + "\n" + log.lines());
        assertTrue(otherReads <= 2 + 3, calls + "\n" + log.lines());
        assertTrue(calls.total() <= MIGRATIONS + 12, "at most 11 + 12 calls: " + calls + "\n" + log.lines());
    }

    /**
     * Two deploys at once: the run that finds every pending migration applied by the other meanwhile read its Time Travel
     * bookmark while the other was under way, so the "to go back" it printed would undo part of the other run's work: it says
     * so at the end. A run that applied its migrations says nothing of the kind.
     */
    @Test
    void aRunThatAppliedNothingSaysItsBookmarkIsNoWayBack() {
        List<Migration> local = folder.migrations();
        Runnable otherRun = () -> {
            try (D1Database other = d1()) {
                new Migrator(other, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT).apply(local, ApplyOptions.defaults());
            }
        };
        try (Database db = new Meanwhile(d1(), otherRun)) {
            ApplyResult r = new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), log)
                    .beforeApplying(pending -> "mvn db:restore -Ddb.bookmark=00000042-0000000a")
                    .apply(local, ApplyOptions.defaults());
            assertEquals(List.of(), r.applied(), log.lines().toString());
        }
        assertTrue(log.lines().contains("WARN This run applied nothing: another run applied " + MIGRATIONS + " migrations (" + local.get(0).fileName()
                + " to " + local.get(MIGRATIONS - 1).fileName() + ") meanwhile. The Time Travel bookmark printed above as the way back was read"
                + " while that run was under way: it is no way back to before either run, and restoring it would undo only part of that run's"
                + " work. To go back, use the bookmark the run that applied them printed (its log, or .godwit/d1-bookmarks.log where it ran);"
                + " mvn db:status shows where the database stands."), log.lines().toString());

        RecordingLog alone = new RecordingLog();
        standIn.close();
        standIn = D1StandIn.start(dir.resolve("d1-alone.sqlite"), ACCOUNT, DATABASE, TOKEN);
        try (D1Database db = d1()) {
            ApplyResult r = new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), alone)
                    .beforeApplying(pending -> "mvn db:restore -Ddb.bookmark=00000042-0000000b")
                    .apply(local, ApplyOptions.defaults());
            assertEquals(MIGRATIONS, r.applied().size());
        }
        assertTrue(alone.lines().stream().noneMatch(l -> l.contains("applied nothing")), alone.lines().toString());
    }

    /**
     * Two deploys at once, the other run applying the first three migrations meanwhile and this one the eight after them: the
     * bookmark this run printed goes back to before its own eight, and undoes whatever of the other run's three came after it was
     * read. The run ended with "Applied 8 migration(s)" and no word of that; it says so now.
     */
    @Test
    void aRunThatAppliedPartSaysItsBookmarkUndoesSomeOfTheOtherRunsToo() {
        List<Migration> local = folder.migrations();
        Runnable otherRun = () -> {
            try (D1Database other = d1()) {
                new Migrator(other, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT).apply(local.subList(0, 3), ApplyOptions.defaults());
            }
        };
        try (Database db = new Meanwhile(d1(), otherRun)) {
            ApplyResult r = new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), log)
                    .beforeApplying(pending -> "mvn db:restore -Ddb.bookmark=00000042-0000000c")
                    .apply(local, ApplyOptions.defaults());
            assertEquals(local.subList(3, MIGRATIONS).stream().map(Migration::tag).toList(), r.applied(), log.lines().toString());
        }
        assertTrue(log.lines().contains("WARN This run applied 8 migrations (" + local.get(3).fileName() + " to " + local.get(MIGRATIONS - 1).fileName()
                + "); another run applied 3 migrations (" + local.get(0).fileName() + " to " + local.get(2).fileName() + ") meanwhile. The Time"
                + " Travel bookmark printed above goes back to before this run's, but it was read while that run was under way: restoring it"
                + " also undoes those of that run's applied after it was read (some or all of the 3). mvn db:status after a restore shows"
                + " which are left."), log.lines().toString());
        assertTrue(log.lines().stream().noneMatch(l -> l.contains("applied nothing")), log.lines().toString());
    }

    /**
     * The other run records the first three migrations and stops (a crash, a folder that ends there): the run that was
     * refused follows it while the history grows, then sends the rest itself.
     */
    @Test
    void aRefusedRunThatFollowsTheOtherRunTakesOverWhenItStops() {
        List<Migration> local = folder.migrations();
        Migration first = local.get(0);
        Calls calls;
        Runnable otherRun = () -> {
            try (D1Database other = d1()) {
                new Migrator(other, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT).apply(local.subList(0, 3), ApplyOptions.defaults());
            }
        };
        try (D1Database plain = d1(); Database db = new Meanwhile(d1(), otherRun)) {
            ApplyResult r = new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), log).apply(local, ApplyOptions.defaults());
            assertEquals(local.subList(3, MIGRATIONS).stream().map(Migration::tag).toList(), r.applied(), log.lines().toString());
            calls = Calls.of(standIn.requestLog());
            List<Map<String, Object>> ledger = plain.query("SELECT tag FROM ledger ORDER BY rowid");
            assertEquals(local.stream().map(m -> (Object) m.tag()).toList(), ledger.stream().map(x -> x.get("tag")).toList());
        }
        System.out.println("a refused run taking over: " + calls);
        assertEquals(0, calls.probes(), calls.toString());
        assertTrue(log.lines().contains("INFO   " + first.tag() + " was applied by another run meanwhile (__drizzle_migrations records it); not applying it again."),
                log.lines().toString());
        for (Migration m : local.subList(1, 3)) {
            assertTrue(log.lines().contains("INFO   " + m.tag() + " was applied by another run meanwhile (__drizzle_migrations records it); not applying it again."),
                    log.lines().toString());
        }
        assertTrue(log.lines().stream().anyMatch(l -> l.startsWith("INFO   Another run is applying these migrations to Cloudflare D1 database " + DATABASE
                + " now: following it through __drizzle_migrations")), log.lines().toString());
        // the other run (before this run's first migration): its history check (no table) and 3 migrations, the first creating
        // the table; this run: its history check (no table), migration 1 refused, the re-read, one read that shows no
        // progress, 8 migrations
        assertEquals((1 + 3) + 1 + 1 + 1 + 1 + 8, calls.total(), calls.toString());
    }

    /**
     * Another branch's migration with the same "when" was recorded first: the guard refuses, the one re-read finds a row with
     * another hash, and the run stops with that, as before (and without probes).
     */
    @Test
    void aRowWithTheSameWhenButAnotherHashIsStillRefused() {
        List<Migration> local = folder.migrations();
        Migration first = local.get(0);
        String otherHash = "0".repeat(64);
        Runnable otherBranch = () -> {
            try (D1Database other = d1()) {
                other.runAtomically(List.of(HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT).createSql(),
                        "INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('" + otherHash + "', " + first.when() + ")"), false);
            }
        };
        try (Database db = new Meanwhile(d1(), otherBranch)) {
            MigrationException e = assertThrows(MigrationException.class,
                    () -> new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), log).apply(local, ApplyOptions.defaults()));
            assertEquals("Migration " + first.fileName() + " was not applied: __drizzle_migrations already has a row with created_at " + first.when()
                    + " (this migration's \"when\") but hash 000000000000, not this file's " + first.hash().substring(0, 12) + ": a different migration"
                    + " with the same \"when\" was applied there (from another branch or folder). Give this migration its own \"when\" in"
                    + " meta/_journal.json (after the last applied one).", e.getMessage());
        }
        assertEquals(0, Calls.of(standIn.requestLog()).probes());
        try (D1Database db = d1()) {
            assertEquals(List.of(), db.query("SELECT name FROM sqlite_master WHERE name IN ('ledger', 't1')"), "nothing of it applied");
        }
    }

    /**
     * The database of one run, where something else happens once (another run, another branch's apply) after this run read
     * the history, before it sends its first migration (whose request creates the history table where it is missing).
     */
    final class Meanwhile implements Database {
        private final D1Database d1;
        private final Runnable action;
        private boolean done;

        Meanwhile(D1Database d1, Runnable action) {
            this.d1 = d1;
            this.action = action;
        }

        @Override
        public String describe() {
            return d1.describe();
        }

        @Override
        public Capabilities capabilities() {
            return d1.capabilities();
        }

        @Override
        public List<Map<String, Object>> query(String sql, Object... params) {
            return d1.query(sql, params);
        }

        @Override
        public void runAtomically(List<String> statements, boolean foreignKeysOff) {
            if (!done) {
                done = true;
                action.run();
            }
            d1.runAtomically(statements, foreignKeysOff);
        }

        @Override
        public void close() {
            d1.close();
        }
    }
}
