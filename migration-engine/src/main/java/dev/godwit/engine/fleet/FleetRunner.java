package dev.godwit.engine.fleet;

import static dev.godwit.engine.Durations.shown;
import static dev.godwit.engine.fleet.FleetText.label;
import static dev.godwit.engine.fleet.FleetText.oneLine;
import static dev.godwit.engine.fleet.FleetText.progressLine;
import static dev.godwit.engine.fleet.FleetText.byCause;
import static dev.godwit.engine.fleet.FleetText.examples;
import static dev.godwit.engine.fleet.FleetText.over;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.GodwitException;
import dev.godwit.engine.d1.D1Client;
import dev.godwit.engine.d1.D1Database;
import dev.godwit.engine.d1.D1Exception;
import dev.godwit.engine.d1.D1Settings;
import dev.godwit.engine.d1.D1Sql;
import dev.godwit.engine.d1.Outage;
import dev.godwit.engine.d1.RateLimiter;
import dev.godwit.engine.db.D1Limits;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.HistoryGuard;
import dev.godwit.engine.folder.AbsentFolder;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.migrate.AppliedMigration;
import dev.godwit.engine.migrate.D1TimeLimit;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryCheck;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.OtherHistory;
import dev.godwit.engine.migrate.MigrationException;
import dev.godwit.engine.migrate.MigrationState;
import dev.godwit.engine.migrate.UpTo;
import dev.godwit.engine.migrate.PendingStatements;
import dev.godwit.engine.migrate.SchemaTrial;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.engine.target.FleetSelection;
import dev.godwit.engine.target.Target;
import dev.godwit.engine.verify.Finding;
import dev.godwit.engine.verify.Verifier;
import dev.godwit.schema.model.SchemaDef;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs {@code db:apply}, {@code db:status} or {@code db:verify -Ddb.drift} over a fleet of D1
 * databases: {@code concurrency} workers take members one at a time from a stream
 * ({@link FleetMembers}), every request of every worker goes through one {@link RateLimiter}, and
 * each finished database becomes a row of the report file at once.
 *
 * <p>Per database, an apply makes one request that reads the history table (and the schema, on which the pending migrations
 * are tried first: one failing on the schema alone refuses the database with nothing sent, {@link SchemaTrial}; databases
 * of one schema share the trial), then one request per pending migration (its statements, the guard and the history row, run by D1 as one transaction, as
 * for a single database; the first also creates the table where it is missing): pending + 1 calls.
 * When D1 refuses a migration or its answer is lost, the history is read once more: if the migration is recorded
 * there (another run applied it first, or the lost answer was a commit), it is not sent again, and
 * every other migration that read shows as recorded is skipped as well; if it is not recorded, a
 * refusal is that database's failure (its message is D1's) and a lost answer is tried again. When the
 * refusal is the history guard's (another run recorded the migration first, {@link HistoryGuard}),
 * the re-read waits about as long as the other run needs for the migrations left, so that it finds
 * them recorded too rather than each being sent to be refused. No
 * statement-by-statement search is made in a fleet; run {@code db:apply -Ddb.d1.databaseId=ID} on a
 * failed database to have the failing statement named.
 *
 * <p>One database's failure does not stop the others unless {@code failFast}; with a canary of N
 * the first N databases are done first and the run stops there if any of them failed.
 */
public final class FleetRunner {

    /**
     * @param concurrency     databases worked on at once ({@code -Ddb.fleet.concurrency})
     * @param canary          do the first N first and stop if any fails; 0 = no canary ({@code -Ddb.fleet.canary})
     * @param failFast        stop handing out databases after the first failure ({@code -Ddb.fleet.failFast})
     * @param rateLimit       requests per window for the token ({@code -Ddb.d1.rateLimit}, per 5 minutes)
     * @param window          the rate-limit window (5 minutes; shorter in tests)
     * @param reportDir       where {@code fleet-<time>.json} goes
     * @param ignoreChecksums apply even where an applied migration's file changed
     * @param maxAttempts     attempts per migration when D1's answer is lost
     * @param progressEvery   how often the progress line is logged; zero: never
     * @param backoff         first wait before a retry that D1 allows (a 500 with its envelope, a refused connection)
     * @param ignoreMissing   apply even where the history records migrations the folder does not have ({@code -Ddb.ignoreMissing})
     * @param sameFailureStop an apply stops when its first N databases worked on (the canary's, with a canary) all failed with the same
     *                        error: the migration fails everywhere, and the rest would only spend the token's budget on it; 0 = never
     *                        ({@code -Ddb.fleet.sameFailureStop}, {@link #SAME_FAILURE_STOP} by default)
     */
    public record Options(int concurrency, int canary, boolean failFast, int rateLimit, Duration window, Path reportDir, boolean ignoreChecksums,
                          int maxAttempts, Duration progressEvery, Duration backoff, boolean ignoreMissing, boolean outOfOrder,
                          int sameFailureStop) {
        /** The default of {@code sameFailureStop}. */
        public static final int SAME_FAILURE_STOP = 10;

        public Options {
            if (sameFailureStop < 0) throw new GodwitException(GodwitException.Kind.BROKEN, "-Ddb.fleet.sameFailureStop must be 0 (never) or more, not "
                    + sameFailureStop);
            if (concurrency < 1) throw new GodwitException(GodwitException.Kind.BROKEN, "-Ddb.fleet.concurrency must be at least 1, not " + concurrency);
            if (canary < 0) throw new GodwitException(GodwitException.Kind.BROKEN, "-Ddb.fleet.canary must be 0 (none) or more, not " + canary);
            if (rateLimit < 1) throw new GodwitException(GodwitException.Kind.BROKEN, "-Ddb.d1.rateLimit must be at least 1 request per 5 minutes, not " + rateLimit);
            // a window of no time was made 1 s by the plugin, without a word: the whole budget every second
            if (window != null && (window.isZero() || window.isNegative())) {
                throw new GodwitException(GodwitException.Kind.BROKEN, "-Ddb.d1.rateLimitWindowSeconds must be at least 1, not " + window.toSeconds()
                        + ": it is the window -Ddb.d1.rateLimit counts requests in (Cloudflare's is " + RateLimiter.CLOUDFLARE_WINDOW.toSeconds()
                        + " s, the default). Nothing was sent.");
            }
            if (window == null) window = RateLimiter.CLOUDFLARE_WINDOW;
            if (maxAttempts < 1) maxAttempts = 3;
            if (progressEvery == null) progressEvery = Duration.ofSeconds(10);
            if (backoff == null) backoff = Duration.ofMillis(200);
        }

        public Options(int concurrency, int canary, boolean failFast, int rateLimit, Duration window, Path reportDir, boolean ignoreChecksums,
                       int maxAttempts, Duration progressEvery, Duration backoff) {
            this(concurrency, canary, failFast, rateLimit, window, reportDir, ignoreChecksums, maxAttempts, progressEvery, backoff, false, false,
                    SAME_FAILURE_STOP);
        }

        public Options(int concurrency, int canary, boolean failFast, int rateLimit, Duration window, Path reportDir, boolean ignoreChecksums,
                       int maxAttempts, Duration progressEvery, Duration backoff, boolean ignoreMissing) {
            this(concurrency, canary, failFast, rateLimit, window, reportDir, ignoreChecksums, maxAttempts, progressEvery, backoff, ignoreMissing, false,
                    SAME_FAILURE_STOP);
        }

        public Options(int concurrency, int canary, boolean failFast, int rateLimit, Duration window, Path reportDir, boolean ignoreChecksums,
                       int maxAttempts, Duration progressEvery, Duration backoff, boolean ignoreMissing, boolean outOfOrder) {
            this(concurrency, canary, failFast, rateLimit, window, reportDir, ignoreChecksums, maxAttempts, progressEvery, backoff, ignoreMissing,
                    outOfOrder, SAME_FAILURE_STOP);
        }

        /** Stop an apply whose first {@code n} databases worked on all failed with the same error; 0: never. */
        public Options withSameFailureStop(int n) {
            return new Options(concurrency, canary, failFast, rateLimit, window, reportDir, ignoreChecksums, maxAttempts, progressEvery, backoff,
                    ignoreMissing, outOfOrder, n);
        }

        public Options withIgnoreMissing(boolean ignore) {
            return new Options(concurrency, canary, failFast, rateLimit, window, reportDir, ignoreChecksums, maxAttempts, progressEvery, backoff, ignore,
                    outOfOrder, sameFailureStop);
        }

        /** Apply migrations older than a database's last applied one, as {@code ApplyOptions.outOfOrder} ({@code -Ddb.outOfOrder}). */
        public Options withOutOfOrder(boolean allowed) {
            return new Options(concurrency, canary, failFast, rateLimit, window, reportDir, ignoreChecksums, maxAttempts, progressEvery, backoff,
                    ignoreMissing, allowed, sameFailureStop);
        }

        public static Options defaults(Path reportDir) {
            return new Options(8, 0, false, RateLimiter.DEFAULT_LIMIT, RateLimiter.CLOUDFLARE_WINDOW, reportDir, false, 3, Duration.ofSeconds(10),
                    Duration.ofMillis(200));
        }
    }

    /** What a run did; the details are in the report file. */
    public record Result(String command, long databases, long failed, long calls, long millis, Path report, Map<String, Long> byStatus,
                         Map<String, Long> byFinalMigration, boolean stopped, long rateLimitPauses) {
    }

    private final Target.D1Fleet fleet;
    private final HistoryTable history;
    /**
     * Set when Cloudflare refused the token or the account before any database of this run accepted it: every other database
     * would be refused too. A refusal after some accepted it fails that database alone ({@link #refusedInARow} stops the run).
     */
    private final AtomicBoolean refusedAccess = new AtomicBoolean();
    /** Databases of this run that accepted the token: their row is neither a refusal (HTTP 401/403) nor the API out of reach. */
    private final AtomicLong accepted = new AtomicLong();
    /** The databases whose row failed on the API out of reach (not counted as accepting it); those refusing the token are {@link #refusedIds}. */
    private final Set<String> unreachableIds = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Set<String> refusedIds = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /**
     * Databases in a row refusing the token after others of the run accepted it (a token revoked or expired mid-run): past
     * {@link #unreachableStop} the run stops, as for the API out of reach; one alone (a token refused there only) fails alone.
     */
    private final AtomicInteger refusedInARow = new AtomicInteger();
    private final AtomicBoolean stoppedRefusedMidRun = new AtomicBoolean();
    private volatile long acceptedBeforeRefusals;   // for the stop's words: how many accepted the token before the refusals in a row
    /** Databases in a row whose failure was the API out of reach: past {@link #unreachableStop} the run stops, as for a refused token. */
    private final AtomicInteger unreachableInARow = new AtomicInteger();
    private final AtomicBoolean stoppedUnreachable = new AtomicBoolean();   // the reason, kept though a database in flight succeeds after
    private final Options options;
    private final EngineLog log;

    /** What picked the fleet's account, folder and history on this run ({@code -Ddb.env=production}), for the commands it prints. */
    private final String commandArgs;

    public FleetRunner(Target.D1Fleet fleet, HistoryTable history, Options options, EngineLog log) {
        this(fleet, history, options, log, "");
    }

    /**
     * The databases the {@code -Ddb.fleet.skipDoneIn} report shows failed. They are worked on again, and first where the list puts them
     * before the databases that run did not reach: counted by the same-failure stop, ten of them failing as before stopped the resume
     * after ten calls, the databases never reached left as they were. They say nothing of whether the migration fails everywhere.
     */
    private final Map<String, String> failedBefore = new java.util.concurrent.ConcurrentHashMap<>();   // id to the cause the report gives

    /** Each kind of per-database warning in full for its first databases, then counted for the summary. */
    private final RepeatedWarnings repeatedWarnings = new RepeatedWarnings();

    /** Databases whose history records migrations the folder lacks: the summary's "last migration recorded" counts the folder's last. */
    private final java.util.concurrent.atomic.LongAdder recordingOthers = new java.util.concurrent.atomic.LongAdder();

    /** An earlier apply's report whose finished databases this apply skips ({@code -Ddb.fleet.skipDoneIn}), or null. */
    private final Path skipDoneIn;

    private FleetRunner(Target.D1Fleet fleet, HistoryTable history, Options options, EngineLog log, String commandArgs, Path skipDoneIn) {
        this.fleet = fleet;
        this.history = history;
        this.options = options;
        this.log = log;
        this.commandArgs = commandArgs == null ? "" : commandArgs;
        this.skipDoneIn = skipDoneIn;
    }

    private FleetRunner(Target.D1Fleet fleet, HistoryTable history, Options options, EngineLog log, String commandArgs) {
        this(fleet, history, options, log, commandArgs, null);
    }

    /**
     * The same runner, whose printed commands for one database ({@code mvn db:repair -Ddb.d1.databaseId=ID}) go on with
     * {@code args}: the run's wrangler environment, say. Without it they would work on the top level's account, folder and history.
     */
    public FleetRunner withCommandArgs(String args) {
        return carried(new FleetRunner(fleet, history, options, log, args, skipDoneIn));
    }

    /**
     * {@code r}, a new runner of other constructor arguments, with this one's settings: each {@code with...} keeps the others
     * (a new runner made field by field dropped -Ddb.fleet.outageWait in skippingDoneIn, and it and -Ddb.fleet.batch in
     * withCommandArgs).
     */
    private FleetRunner carried(FleetRunner r) {
        r.tablesFilter = tablesFilter;
        r.upTo = upTo;
        r.outageWait = outageWait;
        r.batch = batch;
        return r;
    }

    /** The tables that are the schema code's ({@code -Ddb.tablesFilter}): the drift of each database leaves the others out. */
    private dev.godwit.engine.introspect.TablesFilter tablesFilter = dev.godwit.engine.introspect.TablesFilter.ALL;

    /** The same runner, whose drift leaves out each database's tables {@code filter} does not keep ({@code -Ddb.tablesFilter}). */
    public FleetRunner withTablesFilter(dev.godwit.engine.introspect.TablesFilter filter) {
        FleetRunner r = carried(new FleetRunner(fleet, history, options, log, commandArgs, skipDoneIn));
        r.tablesFilter = filter == null ? dev.godwit.engine.introspect.TablesFilter.ALL : filter;
        return r;
    }

    /**
     * Whether an apply sends consecutive pending migrations that touch no rows in one request per database ({@link RequestBatch});
     * off: one request per migration. The plugin turns it on by default ({@code -Ddb.fleet.batch}).
     */
    private boolean batch;

    /** The same runner, whose apply sends a database's consecutive row-free migrations in one request each ({@code on}) or not. */
    public FleetRunner batchingRowFreeMigrations(boolean on) {
        FleetRunner r = withTablesFilter(tablesFilter);
        r.batch = on;
        return r;
    }

    /** How long the run waits out an outage of D1 (5xx answers with Retry-After, Cloudflare's 503 page) before it stops; null: the window and a minute more. */
    private Duration outageWait;

    /** The same runner, which waits an outage of D1 out for {@code d} in all before it stops (a test's seconds; null: the default). */
    public FleetRunner withOutageWait(Duration d) {
        FleetRunner r = withTablesFilter(tablesFilter);
        r.outageWait = d;
        return r;
    }

    /** The command of the run under way ("apply", "status", "drift"). */
    private volatile String runCommand;

    /** The rows of the databases an outage that outlasted the wait stopped part-way (interrupted), for the stop's words. */
    private final List<FleetReport.Row> stoppedByOutage = java.util.Collections.synchronizedList(new ArrayList<>());

    /** {@code -Ddb.upTo}: each database's apply stops at this migration (its number or whole tag), as one database's does. */
    private String upTo;
    /** The tag {@link #upTo} names, once checked against the folder: the summary table's databases there are at it, not behind. */
    private String upToTag;

    /** The same runner, whose apply (and status) on each database stops at {@code tag} ({@link UpTo}); null: every pending migration. */
    public FleetRunner withUpTo(String tag) {
        FleetRunner r = withTablesFilter(tablesFilter);
        r.upTo = tag == null || tag.isBlank() ? null : tag.strip();
        return r;
    }

    /**
     * The same runner, whose apply skips the databases {@code report} (an earlier apply's, a killed one's too) shows at the latest
     * migration, without reading their histories: a rerun otherwise spends one call per finished database. Null: none skipped.
     */
    public FleetRunner skippingDoneIn(Path report) {
        // carried: -Ddb.fleet.outageWait was dropped here, so db:apply waited the default
        return carried(new FleetRunner(fleet, history, options, log, commandArgs, report));
    }

    /** A goal's command for one database of the fleet, with what picked the fleet's settings on this run. */
    private String command(String goal, String id) {
        return goal + " -Ddb.d1.databaseId=" + id + commandArgs;
    }

    /**
     * Applies what the history's own tool would apply from the folder (as one database's apply does): with wrangler's layout
     * every {@code .sql} file in name order, files from {@code wrangler d1 migrations create} included; with drizzle's the
     * journal's migrations, and a {@code .sql} file without a journal entry stops the run before any database is touched.
     */
    public Result apply(MigrationsFolder folder) {
        AbsentFolder.refuse(folder, "db:apply");
        return apply(Migrator.local(folder, history));
    }

    /** {@link #status(List)} of what {@link #apply(MigrationsFolder)} would apply (the journal's, with a warning, where that refuses). */
    public Result status(MigrationsFolder folder) {
        AbsentFolder.refuse(folder, "db:status");
        List<String> noFile = folder.tagsWithoutSqlFile();
        if (!noFile.isEmpty()) return statusWithoutFiles(folder, noFile);
        List<Migration> local;
        try {
            local = Migrator.local(folder, history);
        } catch (dev.godwit.engine.migrate.MigrationException e) {
            log.warn(e.getMessage());
            local = folder.migrations();
        }
        return status(local);
    }

    /**
     * The status of a folder whose journal lists migrations without their .sql file (deleted by hand, lost in a merge): every goal
     * stops on it, yet one database's db:status shows its table first (those entries marked NO FILE). Here too: every database is
     * read and listed (the missing ones counted behind where not recorded, their SQL neither checked nor compared with the
     * history's hash), then the run fails with the fix the apply gives ({@link MigrationsFolder#migrations}'s refusal).
     */
    private Result statusWithoutFiles(MigrationsFolder folder, List<String> noFile) {
        String fix;
        try {
            folder.migrations();
            fix = null;
        } catch (dev.godwit.engine.folder.SnapshotException e) {
            fix = e.getMessage();
        }
        List<Migration> local = folder.migrationsWithoutReading(noFile);
        log.warn("The journal lists " + String.join(", ", noFile) + " without " + (noFile.size() == 1 ? "its .sql file" : "their .sql files")
                + ": the status below is read without " + (noFile.size() == 1 ? "it" : "them") + ", and the run then fails with the fix.");
        Result result = run("status", local, (client, m) -> statusOf(client, m, local, noFile), false);
        if (fix == null) return result;
        throw new dev.godwit.engine.folder.SnapshotException(fix + "\n  The status of the " + result.databases() + " database(s) is above and in "
                + result.report() + ".");
    }

    /** Applies the pending migrations to every database of the fleet. Throws {@link FleetException} when any failed. */
    public Result apply(List<Migration> local) {
        checkFolder(local);
        upToTag = UpTo.check(local, upTo);   // a migration the folder does not have: refused once, before any database is read
        Set<String> skip = Set.of();
        if (skipDoneIn != null && !local.isEmpty()) {
            // done is where this run stops each database: with -Ddb.upTo, at the migration it names (a resume of a run with it skipped
            // none of the databases that run finished, and read each history again)
            List<Migration> doneAt = local.subList(0, stopIndex(local) + 1);
            String latest = doneAt.get(doneAt.size() - 1).tag();
            skip = DoneInReport.read(skipDoneIn, doneAt, history.name(), failedBefore);
            // the report may cover more than this selection (another shard's run): its count, not this run's, said as such
            log.info(skipDoneIn + " shows " + skip.size() + " database(s) at " + latest + " (-Ddb.fleet.skipDoneIn): those of this selection"
                    + " are skipped, their histories not read again (the summary counts them as skipped)." + (failedBefore.isEmpty() ? ""
                    : " The " + failedBefore.size() + " it shows failed are worked on again; failing as before (the cause that report"
                    + " gives), they do not count toward the same-failure stop (-Ddb.fleet.sameFailureStop), which looks at the databases"
                    + " not failed before and at those failing otherwise now."));
        }
        return run("apply", local, (client, m) -> applyTo(client, m, local), true, skip);
    }

    /**
     * Reads every database's history (one request each) and says what the apply would do there, by its own checks of the history
     * and of the pending migrations; never throws for databases behind or failing: they are listed.
     */
    public Result status(List<Migration> local) {
        upToTag = UpTo.check(local, upTo);
        return run("status", local, (client, m) -> statusOf(client, m, local, List.of()), false);
    }

    /** {@code db:verify -Ddb.drift} on every database. Throws {@link FleetException} when any differs or fails. */
    public Result drift(List<Migration> migrations, SchemaDef recorded) {
        return drift(migrations, migrations, recorded);
    }

    /**
     * {@code db:verify -Ddb.drift -Ddb.upTo=N} on every database: {@code migrations} and {@code recorded} are those up to N
     * ({@link Verifier.Verification#upTo}), {@code all} the folder's; a database past N is said to be ({@link Verifier#pastUpTo}), as
     * one database's is, where the drift compared with N read the later migrations' rows as another branch's ("merge that branch").
     */
    public Result drift(List<Migration> all, List<Migration> migrations, SchemaDef recorded) {
        tablesFilter.refuseDeclaredOutside(recorded, "The migrations' schema");   // once, before any database is read
        var made = Verifier.triggersMadeOnce(migrations, history);   // one in-memory run of the migrations for every database
        return run("drift", migrations, (client, m) -> driftOf(client, m, all, migrations, recorded, made), true);
    }

    /**
     * What is wrong with the folder itself, checked once before any database is touched: the journal ("when"s out of order, a
     * migration named twice; a file the journal lists but the folder lacks stopped the reading of it). The statement rules are
     * db:apply's per database, on what is pending there ({@link #checkPending}, in the apply and the status): an applied migration
     * that a newer rule flags stops nothing, as on one database.
     */
    private void checkFolder(List<Migration> local) {
        Migrator.checkJournal(local, history, "Nothing was applied to any database.");
    }

    private interface Work {
        FleetReport.Row on(D1Client client, FleetMember member);
    }

    // ---- the run

    private Result run(String command, List<Migration> local, Work work, boolean failuresFail) {
        return run(command, local, work, failuresFail, Set.of());
    }

    private Result run(String command, List<Migration> local, Work work, boolean failuresFail, Set<String> skip) {
        try {
            return runAll(command, local, work, failuresFail, skip);
        } catch (GodwitException e) {
            throw withTokenSource(e);
        }
    }

    /**
     * A refusal of the token (the first database's, or the account list's) ends with where the token came from, as one
     * database's does, so that a stale token in settings.xml does not read as a wrong CLOUDFLARE_D1_TOKEN; never the token.
     */
    private GodwitException withTokenSource(GodwitException e) {
        boolean refused = refusedAccess.get() || stoppedRefusedMidRun.get();
        for (Throwable t = e; t != null && !refused; t = t.getCause()) {
            refused = t instanceof D1Exception d && (d.httpStatus() == 401 || d.httpStatus() == 403);
        }
        if (!refused) return e;
        return new GodwitException(e.kind(), e.getMessage() + "\nThe token sent came from " + fleet.tokenSource() + ".", e);
    }

    /** Where a run registers what it says when the JVM is stopped under it (a test sets its own list). */
    static dev.godwit.engine.ShutdownHooks shutdownHooks = dev.godwit.engine.ShutdownHooks.JVM;

    /**
     * How long the 429s held the run back, in the summary's words: the time beyond the run's own pace ({@link RateLimiter#pausedMillis});
     * none where the pace already waited each Retry-After out.
     */
    static String pausedBeyondPace(long millis) {
        return millis == 0 ? "which the run's own pace waited already each time, so no request waited longer for them"
                : shown(Duration.ofMillis(millis)) + " in all beyond the run's own pace";
    }

    /** What a run stopped by Ctrl-C or a killed job says: how far it got, where the report is, and the command that goes on. */
    private static String killedNotice(String command, FleetReport report) {
        return killedNotice(command, report, report.rows(), report.failed(), List.of());
    }

    /**
     * The same, naming the databases an apply was working on when it stopped ({@code interrupted}, rows the report now has as
     * {@code interrupted}): each may be between two migrations (the ones before committed, the rest not sent), and nothing else
     * said which: the report had no row for them, and the notice only that each migration is whole or not at all.
     */
    private static String killedNotice(String command, FleetReport report, long finished, long failed, List<FleetReport.Row> interrupted) {
        String between = "";
        if (!interrupted.isEmpty()) {
            StringBuilder sb = new StringBuilder(" " + interrupted.size() + " database(s) were being migrated when it stopped, each perhaps between"
                    + " two migrations (the report has them as interrupted):");
            for (FleetReport.Row r : interrupted) {
                sb.append(' ').append(label(r)).append(r.applied().isEmpty() ? " (none applied by this run yet)"
                        : " (" + String.join(", ", r.applied()) + " applied by this run)").append(',');
            }
            between = sb.substring(0, sb.length() - 1) + ".";
        }
        return "Stopped (Ctrl-C, or the job killed) after " + finished + " database(s), " + failed + " failed: the report so far is"
                + " in " + report.file() + "." + between + " " + (command.equals("apply")
                ? "A database being migrated when it stopped has each migration whole or not at all (each is one request, or one transaction with"
                + " the row-free ones sent beside it). Run the same command"
                + " again: it continues where each database stands; with " + dev.godwit.engine.target.PrintedArgs.quoted("-Ddb.fleet.skipDoneIn="
                        + report.file()) + " added it skips those this run finished, without reading their history again."
                : "Run the same command again.");
    }

    /**
     * A database being worked on: since when, its client (the calls made there so far), and (an apply) the migrations this run
     * committed there so far, the ones its history records as far as the run knows, and whether that history was read yet.
     */
    private record InFlight(FleetMember member, String startedAt, long t0, D1Client client, List<String> applied, Set<String> recorded,
                            AtomicBoolean historyRead) {
        InFlight(FleetMember member, D1Client client) {
            this(member, Instant.now().toString(), System.nanoTime(), client, java.util.Collections.synchronizedList(new ArrayList<>()),
                    java.util.concurrent.ConcurrentHashMap.newKeySet(), new AtomicBoolean());
        }
    }

    /** The databases being worked on, by id: what a run stopped under it names and writes as interrupted. */
    private final java.util.concurrent.ConcurrentHashMap<String, InFlight> inFlight = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Set by the stop's hook (Ctrl-C, a job's timeout) before it names the databases in flight: from then on no migration is sent and
     * no row written for them, as the hook writes each as interrupted. The workers went on while the JVM stopped: a database named
     * "0000_step1, 0001_step2 applied by this run" was sent 0002_step3 after the notice, and the report then held it twice.
     */
    private volatile boolean killed;
    /** Held while the hook names the databases in flight, and while a worker writes a finished one's row and takes it out of them. */
    private final Object killLock = new Object();

    /** Where a database stands as far as a run knows: the last of the folder's migrations it records, and how many it does not. */
    record Standing(String last, int pending) {
    }

    /**
     * The one reckoning of a report row's {@code finalMigration} and {@code pending}, for a finished database's row and an interrupted
     * one's alike: a migration is final when the history as this run read it records it, or this run committed it (its answer came,
     * or a re-read of the history found it); one whose request went out and whose outcome is not known (the answer lost, and the
     * history not read since, or the run stopped while it was being sent) is pending. The database may hold it; the report does not
     * claim it, so {@code -Ddb.fleet.skipDoneIn} never skips a database at a migration it may lack, and the next run reads that
     * database's history and sends it only if it is not recorded (README, Fleets: "the migration being sent counts as pending").
     */
    static Standing standing(List<Migration> local, java.util.Collection<String> recorded, java.util.Collection<String> applied) {
        String last = null;
        int pending = 0;
        for (Migration mig : local) {
            if (recorded.contains(mig.tag()) || applied.contains(mig.tag())) last = mig.tag();
            else pending++;
        }
        return new Standing(last, pending);
    }

    /**
     * Rows for the databases an apply was working on when the JVM was stopped (Ctrl-C, a CI job's timeout): status
     * {@code interrupted}, the migrations this run committed there, and an error saying the rest is unknown; written to the report, so
     * it names them, and {@code -Ddb.fleet.skipDoneIn} does not take them as done. Its calls and time are those made so far, its final
     * and pending migrations those of its history as far as the run knows (read, with what it committed since; the migration being
     * sent counts as pending): they were 0, 0 and null, for a database whose history the run had read at an earlier migration too.
     */
    private List<FleetReport.Row> interruptedRows(List<Migration> local) {
        List<FleetReport.Row> rows = new ArrayList<>();
        for (InFlight f : inFlight.values()) rows.add(interruptedRow(f, local, "the run was stopped while it worked on this database"));
        return rows;
    }

    /** One database's {@code interrupted} row ({@link #interruptedRows}); {@code why}: what stopped the run, the error's start. */
    private FleetReport.Row interruptedRow(InFlight f, List<Migration> local, String why) {
        List<String> applied = List.copyOf(f.applied());
        String id = f.member().id();
        boolean read = f.historyRead().get();
        Standing at = standing(local, f.recorded(), applied);
        return new FleetReport.Row(id, f.member().name(), "interrupted", applied, read ? at.last() : null,
                read ? at.pending() : 0, f.client() == null ? 0 : f.client().requestCount(), (System.nanoTime() - f.t0()) / 1_000_000,
                f.startedAt(), why + (applied.isEmpty() ? ""
                : ", after " + String.join(", ", applied) + " committed there") + ": the request it was sending then (one migration, or row-free"
                + " ones together in one transaction) committed whole or not at all, and the ones after it were not sent, so the database"
                + " may be between two migrations. Run the same command again (it reads this database's history and continues there), or mvn " + command("db:status", id) + " to see where it stands.", read)
                .withWarnings(repeatedWarnings.of(f.member()));
    }

    /**
     * Why a run stopped for an outage that outlasted the wait, and where it leaves the fleet: the databases done (in the report), those
     * it stopped part-way (each named with what this run committed there), those never started (the failure message counts them), and
     * the command that goes on.
     */
    private String outageStop(String command, FleetReport report, Outage outage) {
        List<FleetReport.Row> between;
        synchronized (stoppedByOutage) {
            between = List.copyOf(stoppedByOutage);
        }
        long done = report.rows() - report.failed() - between.size();
        StringBuilder sb = new StringBuilder("Cloudflare D1 answered " + outageWords(outage) + ", so the run stopped: " + done + " database(s) done"
                + (report.failed() > 0 ? ", " + report.failed() + " failed (listed below)" : "") + " before it (the report has each)");
        if (!between.isEmpty()) {
            sb.append("; ").append(between.size()).append(" were being worked on, each perhaps between two migrations (the report has them as"
                    + " interrupted):");
            for (FleetReport.Row r : between) {
                sb.append(' ').append(label(r)).append(r.applied().isEmpty() ? " (none applied by this run)"
                        : " (" + String.join(", ", r.applied()) + " applied by this run)").append(',');
            }
            sb.setLength(sb.length() - 1);
        }
        if (!command.equals("apply")) {
            // a status or drift run applies nothing: the apply's way on ("never applies a migration twice") read as if this one had
            return sb.append("; databases not yet started were not read. Once D1 answers again (https://www.cloudflarestatus.com), run the same"
                    + " command: it reads every database of the fleet again").toString();
        }
        sb.append("; databases not yet started were not touched. Once D1 answers again (https://www.cloudflarestatus.com), run the same command: it"
                + " continues where each database stands and never applies a migration twice; with ").append(dev.godwit.engine.target.PrintedArgs.quoted("-Ddb.fleet.skipDoneIn=" + report.file()))
                .append(" added it skips those this run finished, without reading their history again");
        return sb.toString();
    }

    /** An outage's words: "HTTP 503 with Retry-After (an outage or maintenance) to every request for 6 min 0 s (the longest ...)". */
    private static String outageWords(Outage o) {
        return o.answers() + " to every request for " + shown(Duration.ofMillis(o.gaveUpAfterMillis()))
                + " (the longest this run waits one out; -Ddb.fleet.outageWait=SECONDS for longer)";
    }

    /**
     * The warning for a pace over Cloudflare's limit on an API off this machine (Cloudflare's, or one standing for it), or null:
     * over it, each 429 blocks every request with the token for a window, wrangler's and the dashboard's too. A warning, not a
     * refusal: an account may have a higher limit from Cloudflare.
     */
    static String overCloudflaresLimit(Options options, D1Settings settings) {
        if (settings.endpointOnThisMachine()) return null;
        long perCloudflareWindow = (long) Math.ceil(options.rateLimit() * (double) RateLimiter.CLOUDFLARE_WINDOW.toMillis() / options.window().toMillis());
        if (perCloudflareWindow <= RateLimiter.CLOUDFLARE_LIMIT) return null;
        long windowSeconds = options.window().toSeconds();
        return "-Ddb.d1.rateLimit=" + options.rateLimit() + " per " + windowSeconds + " s" + (windowSeconds == RateLimiter.CLOUDFLARE_WINDOW.toSeconds() ? ""
                : " (-Ddb.d1.rateLimitWindowSeconds=" + windowSeconds + ")") + " is " + perCloudflareWindow + " requests per 5 minutes, over Cloudflare's "
                + RateLimiter.CLOUDFLARE_LIMIT + " per 5 minutes per token: Cloudflare will answer HTTP 429 and refuse every request with this token"
                + " (wrangler's and the dashboard's too) for 5 minutes each time. This run slows down after each 429; to stay under the limit from"
                + " the start, leave -Ddb.d1.rateLimitWindowSeconds at " + RateLimiter.CLOUDFLARE_WINDOW.toSeconds() + " and -Ddb.d1.rateLimit at "
                + RateLimiter.CLOUDFLARE_LIMIT + " or less (" + RateLimiter.DEFAULT_LIMIT + " by default). A shorter window is for a test server on"
                + " this machine.";
    }

    private Result runAll(String command, List<Migration> local, Work work, boolean failuresFail, Set<String> skip) {
        String overLimit = overCloudflaresLimit(options, fleet.template());
        if (overLimit != null) log.warn(overLimit);
        long start = System.nanoTime();
        trials.startRun();
        RateLimiter limiter = new RateLimiter(options.rateLimit(), options.window());
        if (outageWait != null) limiter.outage().waitAtMost(outageWait);   // else the limiter's own: its window and a minute more
        stoppedByOutage.clear();
        runCommand = command;
        AtomicBoolean saidLowered = new AtomicBoolean();
        limiter.onPaceLowered(pace -> {
            // once: a second run on the same token (or wrangler, the dashboard) spends its budget too; at the full pace again after
            // the block, both went over again as soon as it ended, every window
            if (saidLowered.compareAndSet(false, true)) {
                log.warn("Cloudflare answered HTTP 429 (its API rate limit): something else is using this token (another db:apply, wrangler,"
                        + " the dashboard), or -Ddb.d1.rateLimit is above what it is allowed. This run lowers its pace to " + pace + " requests per " + shown(options.window()) + " (from "
                        + options.rateLimit() + "), halved again on each later 429 (not below " + limiter.floor()
                        + "), and goes back up by " + limiter.step() + " per " + shown(options.window())
                        + " without one.");
            }
        });
        D1Settings settings = fleet.template().withRetries(5, options.backoff(), options.window().plusSeconds(60));
        List<String> order = local.stream().map(Migration::tag).toList();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger running = new AtomicInteger();
        boolean stoppedEarly = false;
        String stopReason = null;
        try (D1Client root = new D1Client(settings, limiter, log::info);
             FleetMembers members = namingADatabase(FleetMembers.open(fleet.selection(), root), settings.accountId());
             FleetReport report = new FleetReport(options.reportDir(), command, fleet.selection().toString(), settings.accountId(), order,
                     local.stream().map(Migration::hash).toList(), history.name())) {
            log.info("Fleet " + command + " over " + over(fleet.selection(), members) + " (account " + settings.accountId() + "): " + options.concurrency()
                    + " at a time, at most " + options.rateLimit() + " requests per " + shown(options.window()) + " for the token"
                    + (options.canary() > 0 ? ", canary " + options.canary() : "") + (options.failFast() ? ", fail fast" : "") + ".");
            ScheduledExecutorService ticker = progress(command, members, report, running, limiter, start);
            FleetFailures failures = new FleetFailures(command, members, report, stop, options, failedBefore, log);
            // Ctrl-C or a CI job's timeout (SIGINT, SIGTERM): the JVM runs its shutdown hooks, and the log said nothing of where the
            // run stood or how to go on; a kill -9 runs none, and the report is written row by row for that
            killed = false;
            Thread whenKilled = new Thread(() -> {
                stop.set(true);   // no database is started after the notice
                String notice;
                synchronized (killLock) {
                    killed = true;
                    // the counts of the databases finished: those interrupted are named apart
                    long finished = report.rows();
                    long failedSoFar = report.failed();
                    List<FleetReport.Row> interrupted = command.equals("apply") ? interruptedRows(local) : List.of();
                    for (FleetReport.Row r : interrupted) report.add(r);
                    notice = killedNotice(command, report, finished, failedSoFar, interrupted);
                }
                log.warn(notice);
            }, "godwit-fleet-killed");
            shutdownHooks.add(whenKilled);
            try {
                boolean wholeFleet = false;
                if (options.canary() > 0) {
                    phase(root, members, work, report, options.canary(), stop, running, skip, local, failures);
                    // the canary is the first N databases worked on: those skipped as done (-Ddb.fleet.skipDoneIn) are passed over
                    // and not counted (they were counted in its wording: "the first 7 passed" of a canary of 2 after 5 skipped), nor
                    // those failing as that report shows (worked on, but no trial of the migrations), nor those it had nothing to send
                    // to (up to date, at -Ddb.upTo): a canary of 5 up-to-date databases "passed" with the migrations tried nowhere, and
                    // the rest of the fleet got them untested
                    Map<String, Long> canaryStatus = report.byStatus();
                    long skipped = canaryStatus.getOrDefault("skipped", 0L);
                    long upToDate = !command.equals("apply") ? 0 : FleetFailures.NOTHING_SENT.stream().mapToLong(s -> canaryStatus.getOrDefault(s, 0L)).sum();
                    long tried = report.rows() - skipped - upToDate;
                    String passedOver = (skipped == 0 ? "" : "; " + skipped + " skipped on the way as done in " + skipDoneIn)
                            + (upToDate == 0 ? "" : "; " + upToDate + " passed over as up to date" + (upTo == null ? "" : " or at -Ddb.upTo"));
                    String workedOn = skipped + upToDate == 0 ? "" : upToDate == 0 ? " worked on" : " with migrations sent";
                    // a canary as large as the fleet (or larger) has no "rest": saying the others were not touched, or continuing, misled
                    wholeFleet = !stop.get() && (tried - failures.failedAsBefore() < options.canary() || members.total() >= 0 && report.rows() >= members.total());
                    String covers = "the whole fleet: -Ddb.fleet.canary=" + options.canary() + " covers it";
                    // a database the skipDoneIn report shows failed, failing as it did, is no sign of the migration: it failed every resume's
                    // canary, and the databases the first run never reached stayed untouched however often the run was resumed
                    long newFailures = report.failed() - failures.failedAsBefore();
                    String asBefore = failures.failedAsBefore() == 0 ? "" : "; " + failures.failedAsBefore() + " failed as " + skipDoneIn
                            + " shows they did, with the same cause, which stops no canary";
                    if (newFailures > 0) {
                        stoppedEarly = true;
                        stopReason = wholeFleet ? "the canary failed (" + newFailures + " of " + tried + " database(s), " + covers + passedOver + asBefore + ")"
                                : "the canary failed (" + newFailures + " of the first " + tried + " database(s)" + workedOn + passedOver + asBefore
                                + "); the other databases were not touched";
                        if (failures.same() != null && failures.sameCount() > 1) {
                            stopReason += "; " + (failures.sameCount() < tried ? "the first " : "the ") + failures.sameCount()
                                    + " all failed with the same error: " + failures.same();
                        }
                    } else if (wholeFleet && tried == 0 && !stop.get() && !passedOver.isEmpty()) {
                        // every database up to date (or skipped): nothing for a canary to try, and nothing left to apply either
                        log.info("Canary: no database of the fleet had migrations to send, so none was tried (" + passedOver.substring(2)
                                + "); nothing is left to apply.");
                    } else if (wholeFleet) {
                        String besides = (passedOver + asBefore).isEmpty() ? "" : " (" + (passedOver + asBefore).substring(2) + ")";
                        log.info("Canary: " + (asBefore.isEmpty() ? "all " + tried + " database(s) passed, "
                                : (tried - failures.failedAsBefore()) + " of " + tried + " database(s) passed, ") + covers + besides + ".");
                    } else if (!stop.get()) {
                        failures.canaryPassed();
                        String besides = (passedOver + asBefore).isEmpty() ? "" : " (" + (passedOver + asBefore).substring(2) + ")";
                        log.info("Canary: " + (asBefore.isEmpty() ? "the first " + tried + " database(s)" + workedOn + " passed"
                                : (tried - failures.failedAsBefore()) + " of the first " + tried + " database(s)" + workedOn + " passed") + besides
                                + "; continuing with the rest.");
                    }
                }
                if (!stoppedEarly && !wholeFleet) phase(root, members, work, report, 0, stop, running, skip, local, failures);
                if (limiter.outage().gaveUp()) {
                    // D1 down for longer than the run waits: every database started after it would fail the same way, and each failed
                    // one (after its own 5 attempts) counted toward the same-failure stop, the run ending only once 10 had
                    stoppedEarly = true;
                    stopReason = outageStop(command, report, limiter.outage());
                } else if (refusedAccess.get()) {
                    stoppedEarly = true;
                    stopReason = "Cloudflare refused the token or the account before any database of this run accepted it, so the run stopped"
                            + " (every other database would be refused too: a D1 token is for the whole account); databases not yet started were not touched";
                } else if (stoppedRefusedMidRun.get()) {
                    stoppedEarly = true;
                    stopReason = "Cloudflare refused the token for " + unreachableStop() + " databases in a row after " + acceptedBeforeRefusals
                            + " database(s) of this run had accepted it (a token revoked or expired during the run), so the run stopped;"
                            + " databases not yet started were not touched. Run the same command again with a valid token: it continues where"
                            + " each database stands";
                } else if (stoppedUnreachable.get()) {
                    stoppedEarly = true;
                    stopReason = "Cloudflare's API could not be reached for " + unreachableStop() + " databases in a row (the network, or"
                            + " db.d1.endpoint), so the run stopped; databases not yet started were not touched. Run the same command again once"
                            + " it is back: it continues where each database stands";
                } else if (failures.stopReason() != null && !stoppedEarly) {
                    stoppedEarly = true;
                    stopReason = failures.stopReason();
                } else if (killed && !stoppedEarly) {
                    stoppedEarly = true;
                    stopReason = "stopped (Ctrl-C, or the job killed); databases not yet started were not touched";
                } else if (stop.get() && !stoppedEarly) {
                    stoppedEarly = true;
                    stopReason = "stopped at the first failure (-Ddb.fleet.failFast); databases not yet started were not touched";
                }
            } catch (GodwitException e) {
                if (limiter.outage().gaveUp() && report.rows() > 0) {
                    throw new GodwitException(e.kind(), e.getMessage() + "\n  The fleet " + command + " stopped there: " + outageStop(command, report,
                            limiter.outage()) + ".", e);
                }
                // the account's list failing part-way (a 5xx past the retries), a worker's crash: say what was done, and the way on
                if (report.rows() == 0 || e.getMessage().contains(report.file().toString())) throw e;
                throw new GodwitException(e.kind(), e.getMessage() + "\n  The fleet " + command + " stopped there, after " + report.rows()
                        + " database(s) (" + report.failed() + " failed): the report " + report.file() + " has each. Run the same command again"
                        + (command.equals("apply") ? ": it continues where each database stands." : "."), e);
            } finally {
                if (ticker != null) ticker.shutdownNow();
                shutdownHooks.remove(whenKilled);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("millis", millis);
            summary.put("stopped", stoppedEarly);
            if (stopReason != null) summary.put("stopReason", stopReason);
            summary.put("rateLimit", options.rateLimit());
            summary.put("rateLimitWindowSeconds", options.window().toMillis() / 1000.0);
            summary.put("concurrency", options.concurrency());
            // the log's count: "calls" above is the databases' own (5,000 databases: 15,001 there, 15,006 in the log); these add the list pages
            summary.put("apiCalls", limiter.granted());
            summary.put("rateLimitPauses", limiter.pauses());
            summary.put("rateLimitPausedSeconds", limiter.pausedMillis() / 1000.0);
            summary.put("lowestPace", limiter.lowestPace());
            if (limiter.outage().holds() > 0 || limiter.outage().gaveUp()) {
                // an outage of D1 (5xx with Retry-After, Cloudflare's 503 page): the waits every request of the run took together, and whether it outlasted them
                summary.put("outageStatus", limiter.outage().status());
                summary.put("outageWaits", limiter.outage().holds());
                summary.put("outageWaitedSeconds", limiter.outage().heldMillis() / 1000.0);
                summary.put("outageStoppedRun", limiter.outage().gaveUp());
                if (limiter.outage().gaveUp()) summary.put("outageLastedSeconds", limiter.outage().gaveUpAfterMillis() / 1000.0);
            }
            summary.put("listedTotal", members.total());
            if (trials.databasesTried() > 0) {
                summary.put("schemaTrials", trials.run());
                summary.put("databasesTried", trials.databasesTried());
            }
            report.finish(summary);
            if (report.rows() == 0 && !stoppedEarly) {
                throw new GodwitException(GodwitException.Kind.BROKEN, namesNoDatabase(members, settings.accountId()));
            }
            Result result = new Result(command, report.rows(), report.failed(), limiter.granted(), millis, report.file(), report.byStatus(),
                    report.byFinalMigration(), stoppedEarly, limiter.pauses());
            logTable(result, report, order, stopReason);
            if (trials.databasesTried() > 0) {
                log.info("  Schema trials: " + trials.run() + " for the " + trials.databasesTried() + " database(s) with pending migrations and a"
                        + " history (databases with the same schema and pending migrations share one).");
            }
            if (limiter.pauses() > 0) {
                // a run that stalled for Retry-After said nothing of it: the log read as a slow run, the calls as too many
                // the time beyond the run's own pace: a Retry-After the pace already waited out holds no one longer (said so, or "0 ms in
                // all" stood beside each pause's "waits 1 s")
                log.warn("  Cloudflare answered HTTP 429 (its API rate limit) " + limiter.pauses() + " time(s); every worker paused for its"
                        + " Retry-After (for the rate limit's window where an answer gave none), " + pausedBeyondPace(limiter.pausedMillis())
                        + ", and those requests were sent again (counted in the calls above; a database whose wait would have"
                        + " passed " + shown(options.window().plusSeconds(60)) + " failed, listed above). Cloudflare counts its limit per user or account token, the dashboard and wrangler"
                        + " included: something else used this token during the run, or the run's pace (-Ddb.d1.rateLimit=" + options.rateLimit()
                        + " per " + shown(options.window()) + ") is above what the token is allowed. Give other tools another token, or lower"
                        + " -Ddb.d1.rateLimit." + (limiter.lowestPace() < options.rateLimit() ? " After them the run lowered its own pace, to "
                        + limiter.lowestPace() + " per " + shown(options.window()) + " at the lowest." : ""));
            }
            if (limiter.outage().holds() > 0 && !limiter.outage().gaveUp()) {
                log.warn("  Cloudflare D1 answered " + limiter.outage().answers() + ": every request of"
                        + " the run waited for it " + limiter.outage().holds() + " time(s), " + shown(Duration.ofMillis(limiter.outage().heldMillis()))
                        + " in all, and those requests were sent again (counted in the calls above); no database failed for it.");
            }
            if (refusedAccess.get() || stoppedRefusedMidRun.get()) {
                throw new GodwitException(GodwitException.Kind.BROKEN, failureMessage(command, result, report, stopReason, members.total()));
            }
            if (failuresFail && (report.failed() > 0 || stoppedEarly)) {
                throw new FleetException(failureMessage(command, result, report, stopReason, members.total()));
            }
            return result;
        }
    }

    /**
     * {@code members}, unless the selection is names none of which is a database's of the account: refused then, before anything
     * is sent and no report written, as a pattern matching none is (db:apply failed each name as a database of its own, "2 of 2
     * failed", and db:status passed with them).
     */
    private FleetMembers namingADatabase(FleetMembers members, String account) {
        if (!members.namesNoDatabase()) return members;
        members.close();
        throw new GodwitException(GodwitException.Kind.BROKEN, namesNoDatabase(members, account));
    }

    /**
     * A selection that names no database, the same for db:apply and db:status: what it is, the account's names nearest to it and
     * how to list them all.
     */
    private String namesNoDatabase(FleetMembers members, String account) {
        FleetSelection s = fleet.selection();
        String shown = s instanceof FleetSelection.Listed l ? String.join(",", l.entries()) : s.toString();
        return "The fleet selection " + shown + " names no database in account " + account + (s instanceof FleetSelection.NameGlob
                ? " (name patterns are case-sensitive globs: name:tenant-*)." : ": none of its names is a database's (names are matched"
                + " exactly, letter case too; ids are UUIDs" + (members.patternAsName() == null ? "" : "; for every database whose name matches a"
                + " pattern, write -Ddb.d1.databases=name:" + members.patternAsName()) + ").") + members.nearestTold()
                + " Nothing was done; check -Ddb.d1.databases.";
    }

    /**
     * Where this run stops each database, as an index into {@code local}: the migration -Ddb.upTo names ({@link #upToTag}, checked
     * against the folder before any database is read), else the folder's latest.
     */
    private int stopIndex(List<Migration> local) {
        for (int i = 0; upToTag != null && i < local.size(); i++) if (local.get(i).tag().equals(upToTag)) return i;
        return local.size() - 1;
    }

    /**
     * Writes a finished database's row and takes it out of the in-flight set in one step, so a run stopped between the two neither
     * names it nowhere nor twice; false, writing nothing, once the run was stopped under it (the hook's interrupted row stands).
     */
    private boolean addFinished(FleetReport report, FleetMember m, FleetReport.Row row) {
        synchronized (killLock) {
            if (killed && m.id() != null) return false;
            report.add(row.withWarnings(repeatedWarnings.of(m)));
            if (m.id() != null) inFlight.remove(m.id());
            return true;
        }
    }

    private void phase(D1Client root, FleetMembers members, Work work, FleetReport report, int limit, AtomicBoolean stop, AtomicInteger running,
                       Set<String> skip, List<Migration> local, FleetFailures failures) {
        AtomicLong taken = new AtomicLong();
        // where a database skipped as done stands: the folder's latest migration, or the one -Ddb.upTo names (with the later ones
        // pending); written as the latest, the next release's run resumed from this report skipped it as done at a migration it lacks
        int doneAt = stopIndex(local);
        String doneTag = local.isEmpty() ? null : local.get(doneAt).tag();
        int leftPending = local.size() - 1 - doneAt;
        List<Thread> workers = new ArrayList<>();
        List<Throwable> crashes = new ArrayList<>();
        int threads = limit > 0 ? Math.min(limit, options.concurrency()) : options.concurrency();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                while (!stop.get()) {
                    if (root.limiter() != null && root.limiter().outage().gaveUp()) {   // D1 down past the wait: start no database
                        stop.set(true);
                        return;
                    }
                    if (limit > 0 && taken.incrementAndGet() > limit) {
                        // given back: a place freed later by a database passed over (below) is then taken again by its own worker
                        taken.decrementAndGet();
                        return;
                    }
                    FleetMember m = members.next();
                    if (m == null) return;
                    if (m.id() != null && skip.contains(m.id())) {
                        // done in the earlier report: no call, and not one of a canary's databases
                        report.add(new FleetReport.Row(m.id(), m.name(), "skipped", List.of(), doneTag, leftPending, 0, 0,
                                Instant.now().toString(), null));
                        if (limit > 0) taken.decrementAndGet();
                        continue;
                    }
                    running.incrementAndGet();
                    FleetReport.Row row;
                    D1Client client = m.id() == null ? null : root.forDatabase(m.id());
                    if (m.id() != null) inFlight.put(m.id(), new InFlight(m, client));
                    if (killed) {   // stopped as it was taken: nothing sent (the notice names it, if at all, as none applied)
                        running.decrementAndGet();
                        return;
                    }
                    try {
                        try {
                            row = m.id() == null ? new FleetReport.Row(null, m.name(), "failed", List.of(), null, 0, 0, 0, Instant.now().toString(), m.problem())
                                    : work.on(client, m);
                        } finally {
                            running.decrementAndGet();
                        }
                    } catch (RuntimeException | Error e) {
                        if (m.id() != null) inFlight.remove(m.id());
                        throw e;
                    }
                    InFlight f = m.id() == null ? null : inFlight.get(m.id());
                    if (row.error() != null && f != null && "apply".equals(runCommand) && root.limiter() != null && root.limiter().outage().gaveUp()) {
                        // refused by the outage, not failed: the stop names it as perhaps between two migrations, and it counts toward no
                        // failure stop (it failed after its 5 attempts, and 10 such stopped the run)
                        row = interruptedRow(f, local, "Cloudflare D1 answered " + outageWords(root.limiter().outage()) + ", so the run stopped while"
                                + " it worked on this database");
                        stop.set(true);
                        if (addFinished(report, m, row)) stoppedByOutage.add(row);
                        return;
                    }
                    // stopped under it: the hook writes (or has written) it as interrupted; a second row contradicted that one
                    if (!addFinished(report, m, row)) return;
                    failures.add(m, row);
                    // failing as the skipDoneIn report shows, or with nothing to send (up to date, at -Ddb.upTo), it tells nothing of the
                    // migrations: not one of a canary's databases either, or a canary of such databases only passed ("0 of 1 passed",
                    // "the first 5 passed" of 5 up to date) and the rest of the fleet got migrations tried nowhere
                    if (limit > 0 && (failures.failingAsBefore(m, row) || failures.nothingSent(row))) taken.decrementAndGet();
                    if (row.error() == null) unreachableInARow.set(0);
                    if (m.id() != null && refusedIds.remove(m.id())) {
                        long before = accepted.get();
                        if (before > 0 && refusedInARow.incrementAndGet() >= unreachableStop() && !stoppedRefusedMidRun.getAndSet(true)) {
                            acceptedBeforeRefusals = before;
                        }
                    } else if (m.id() != null) {
                        refusedInARow.set(0);
                        if (!unreachableIds.remove(m.id())) accepted.incrementAndGet();
                    }
                    // a failure the skipDoneIn report already shows, with the same cause, is not the first failure: it stopped every resume
                    if (row.error() != null && options.failFast() && !failures.failingAsBefore(m, row)) stop.set(true);
                    if (unreachableInARow.get() >= unreachableStop()) stoppedUnreachable.set(true);
                    if (refusedAccess.get() || stoppedUnreachable.get() || stoppedRefusedMidRun.get()) stop.set(true);
                }
            }, "godwit-fleet-" + i);
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((th, e) -> {
                synchronized (crashes) {
                    crashes.add(e);
                }
                stop.set(true);
            });
            workers.add(t);
            t.start();
        }
        for (Thread t : workers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                stop.set(true);
                Thread.currentThread().interrupt();
                throw new GodwitException(GodwitException.Kind.BROKEN, "Interrupted; the report so far is in " + report.file()
                        + ". Run the same command again: it continues where each database stands.");
            }
        }
        if (!crashes.isEmpty()) {
            Throwable e = crashes.get(0);
            if (e instanceof GodwitException g) throw g;
            throw new GodwitException(GodwitException.Kind.BROKEN, "A fleet worker failed: " + e, e);
        }
    }

    // ---- per database

    /**
     * One database's history: its table as the database has it (the layout its columns show, whatever the name, as
     * {@link HistoryTable#find} decides for a single database; the preferred one when it is missing), its rows, and whether
     * the table is there; {@code schema}: the database's stored schema ({@link Database#SCHEMA_OBJECTS}) where the request read it
     * too, else null.
     */
    private record History(HistoryTable table, List<AppliedMigration> rows, boolean exists, List<Map<String, Object>> schema, Set<String> others) {
        History(HistoryTable table, List<AppliedMigration> rows, boolean exists) {
            this(table, rows, exists, null, Set.of());
        }

        Migrator states() {
            return new Migrator(null, table, EngineLog.SILENT);
        }
    }

    /**
     * The history in one request: the table's columns (its layout), then its rows; a missing table is an empty history. It
     * creates nothing: the first migration's own request creates the table ({@link HistoryTable#leadOf}), so a database
     * refused before or at its first migration keeps none. Read-only, so a lost answer is simply asked again.
     */
    private History readHistory(D1Client c) {
        return readHistory(c, true, false);
    }

    /**
     * {@code withSchema}: the same request reads the database's stored schema too (db:status's trial of the pending migrations,
     * {@link SchemaTrial}): more bytes in its answer, no request more. Not where the history table is missing: D1 fails the
     * whole request on its "no such table", and such a database is not tried (one request more each, for a fleet of new ones).
     */
    private History readHistory(D1Client c, boolean guard, boolean withSchema) {
        List<String> sql = new ArrayList<>();
        // first: a refusal leaves the database as it was; a placeholder keeps the results' positions when it is not sent
        sql.add(guard ? HistoryTable.anotherHistoryGuard(history) : "SELECT 1");
        sql.add(HistoryTable.columnsSql(history));
        sql.add("SELECT * FROM " + Quoting.doubleQuoted(history.name()) + " ORDER BY rowid");
        sql.add(HistoryTable.othersSql(history));   // in the same request: OtherHistory asks more only of a database having one
        if (withSchema) sql.add(Database.SCHEMA_OBJECTS);
        String text = D1Sql.join(sql);
        for (int attempt = 1; ; attempt++) {
            try {
                List<D1Client.StatementResult> results = c.query(text, List.of(), true);   // reads only
                HistoryTable.Found found = HistoryTable.layout(results.get(1).rows(), history);
                Set<String> others = results.get(3).rows().stream().map(r -> String.valueOf(r.get("name"))).collect(java.util.stream.Collectors.toUnmodifiableSet());
                return new History(found.table(), found.table().rows(results.get(2).rows()), found.exists(), withSchema ? results.get(4).rows() : null, others);
            } catch (D1Exception e) {
                String other = anotherHistoryIn(e.databaseMessage());
                if (other == null && guard && e.databaseMessage() != null && e.databaseMessage().contains(HistoryTable.ANOTHER_HISTORY)) {
                    // a table declared as drizzle-orm's history under another name: the single database's check decides, its rows read
                    // (a request or two, only for such a database); refused, it says which; else the history is read without the guard
                    try (D1Database db = new D1Database(c)) {
                        HistoryTable.find(db, history);
                    }
                    return readHistory(c, false, withSchema);
                }
                if (other != null) {
                    // The other tool's table is there; an empty one (wrangler d1 migrations list makes it) records nothing.
                    Object n = c.query("SELECT count(*) AS n FROM " + Quoting.doubleQuoted(other), List.of(), true).get(0).rows().get(0).get("n");
                    if (n instanceof Number count && count.longValue() == 0) return readHistory(c, false, withSchema);
                    throw new MigrationException(HistoryTable.anotherHistory(history, other, n + " row(s)"));
                }
                if (e.isSqlError() && String.valueOf(e.databaseMessage()).contains("no such table")) return new History(history, List.of(), false);
                if (e.outcomeUnknown() && attempt < Math.max(2, options.maxAttempts())) continue;
                throw e;
            }
        }
    }

    /** The table named in a refusal of {@link HistoryTable#anotherHistoryGuard}, or null when the message is another one. */
    private String anotherHistoryIn(String databaseMessage) {
        if (databaseMessage == null) return null;
        for (String other : HistoryTable.otherHistories(history)) {
            if (databaseMessage.contains(HistoryTable.ANOTHER_HISTORY + other)) return other;
        }
        return null;
    }

    private FleetReport.Row applyTo(D1Client c, FleetMember m, List<Migration> local) {
        long t0 = System.nanoTime();
        String startedAt = Instant.now().toString();
        // the in-flight record's list, so that a run stopped under this database names what it committed here
        InFlight f = m.id() == null ? null : inFlight.get(m.id());
        List<String> applied = f != null ? f.applied() : new ArrayList<>();
        // the in-flight record's too: a run stopped under this database reports where its history stands, as far as the run knows
        Set<String> recorded = f != null ? f.recorded() : new HashSet<>();
        History h = null;
        // set while the history is re-read after a migration's answer was lost: that read failing leaves its outcome unknown
        String[] unknown = new String[1];
        try {
            h = readHistory(c, true, true);
            List<MigrationState> st = h.states().states(local, h.rows());
            recordedTags(st, recorded);
            if (f != null) f.historyRead().set(true);
            checkHistory(st, h.table(), m);
            UpTo.Plan plan = checkPending(c, m, h, st);
            List<Migration> pending = plan.run();
            // as one database's pre-flight: a pending migration that fails on the schema alone is refused before anything is sent,
            // rather than failing there after the ones before it were committed (the schema came with the history, no request more)
            String refused = h.schema() == null ? null : trial(c, m, h, pending, true);
            if (refused != null) return row(m, "failed", applied, local, recorded, c, t0, startedAt, refused);
            // as db:apply: a database with nothing to apply gets its (empty) history table, one that is refused gets none
            if (pending.isEmpty() && !h.exists()) c.query(h.table().createSql(), List.of(), true);
            Migration previous = null;   // sent (or found recorded) just before: it must still be recorded when the next is sent
            // before the first, the history's last row as read above: a restore between that read and the first request takes it away
            AppliedMigration lastRow = h.rows().isEmpty() ? null : h.rows().get(h.rows().size() - 1);
            String lastRowLabel = lastRow == null ? null : st.stream().filter(s -> s.applied() == lastRow).findFirst()
                    .map(s -> s.migration() != null ? s.migration().fileName() : s.name()).orElse(String.valueOf(lastRow));
            // after a batch that failed, one request per migration: the one that fails is named as without batching
            boolean batching = batch;
            for (int i = 0; i < pending.size(); i++) {
                Migration mig = pending.get(i);
                if (killed) break;   // stopped (Ctrl-C): the notice named what this run had committed here; nothing is sent after it
                if (recorded.contains(mig.tag())) {   // another run recorded it meanwhile (learned from a re-read)
                    previous = mig;
                    continue;
                }
                // the table, while this database may lack it, is created in the migration's own request: refused, it leaves none
                boolean create = !h.exists() && applied.isEmpty() && recorded.isEmpty();
                // the stored schema (for an ADD COLUMN's table) only while it is as read: nothing applied here by this run yet
                RequestBatch together = batching ? RequestBatch.from(pending, i, recorded, applied.isEmpty() ? h.schema() : null, h.table(),
                        previous, lastRow, lastRowLabel, create) : null;
                if (together != null) {
                    if (sendBatch(c, h.table(), together, applied, recorded, unknown)) {
                        i += together.migrations().size() - 1;
                        previous = together.last();
                        continue;
                    }
                    batching = false;
                }
                String error = applyOne(c, h.table(), previous, lastRow, lastRowLabel, mig, local, applied, recorded, create, unknown);
                if (error != null) return row(m, "failed", applied, local, recorded, c, t0, startedAt, error);
                previous = mig;
            }
            // with -Ddb.upTo, a database left with pending migrations is not up to date: at-upTo (or past-upTo), as its pending count says
            return row(m, !applied.isEmpty() ? "applied" : stoppedAt(plan, "up-to-date"), applied, local, recorded, c, t0, startedAt, null);
        } catch (GodwitException e) {
            String failure = failureOf(e, m, applied);
            // the read failed after a migration's answer was lost: it said only that a read failed, and the row "(none applied)"
            if (unknown[0] != null) failure = unknown[0] + failure + " Run the same command again: it reads this database's history first"
                    + " and sends the migration only if it is not recorded (never twice).";
            return row(m, "failed", applied, local, recorded, c, t0, startedAt, failure, false, h != null);
        }
    }

    /**
     * db:apply's own check of every pending migration before the first is sent ({@link PendingStatements}), for the apply and
     * for the status, which says what the apply would do; returns the plan ({@link UpTo#plan}: the migrations sent, those
     * -Ddb.upTo leaves). Closing a member's client, which
     * shares the fleet's connections, closes nothing, as in driftOf.
     */
    private UpTo.Plan checkPending(D1Client c, FleetMember m, History h, List<MigrationState> st) {
        try (D1Database db = new D1Database(c)) {
            // the migrations this database's apply sends (with -Ddb.upTo, those up to it): the checks look at them and no other
            UpTo.Plan plan = UpTo.plan(st, options.outOfOrder(), upTo, db.describe());
            List<Migration> pending = plan.run();
            // a database past the migration named (a newer deploy took it further) is not failed: nothing to do there, a warning
            String past = plan.pastTold(db.describe());
            if (past != null) about(m).warn(past);
            var userTables = PendingStatements.userTables(pending, db);
            for (Migration mig : pending) {
                PendingStatements.check(mig, db.capabilities(), db.describe(), h.table(), !h.exists() && mig == pending.get(0), about(m), userTables);
            }
            PendingStatements.checkShadowTables(pending, db);
            // migrations another tool's history records as run here (wrangler d1 migrations apply on one member): refused as one
            // database's apply refuses them; they were sent again
            String twoTools = h.exists() ? OtherHistory.refusal(db, h.table(), h.others(), pending.isEmpty() ? pending : plan.pending(),
                    goal -> "mvn " + command(goal, m.id())) : null;
            if (twoTools != null) throw new MigrationException(twoTools);
            return plan;
        }
    }

    /**
     * The status of a database the run sends nothing to: {@code otherwise} where -Ddb.upTo leaves nothing pending there, else
     * {@code at-upTo} (at the migration it names, the later ones pending) or {@code past-upTo} (a newer deploy took it further).
     */
    private static String stoppedAt(UpTo.Plan plan, String otherwise) {
        if (!plan.run().isEmpty() || plan.left().isEmpty()) return otherwise;
        return plan.past().isEmpty() ? "at-upTo" : "past-upTo";
    }

    /**
     * The error a database's row records. A 404 is that one database missing from the account (deleted since the account's list
     * was read, or an id of another account in the selection): D1Client's words for one database sent the user to the database id
     * settings (CLOUDFLARE_DATABASE_ID, the binding's database_id), which a fleet's members do not come from. {@code applied}: what
     * this run committed there before (a database deleted between two of its migrations was said to have had nothing applied).
     */
    private String failureOf(GodwitException e, FleetMember m, List<String> applied) {
        if (noteAccess(e, m)) {
            long n = accepted.get();
            // refused after others accepted it: that is not the token refused everywhere, and "every other database" was not true
            return n == 0 ? e.getMessage() : e.getMessage() + " This run's token was accepted by " + n + " other database(s) before Cloudflare"
                    + " refused it for this one: a token revoked or expired during the run, or refused for this database alone. The other"
                    + " databases went on.";
        }
        if (!(e instanceof D1Exception d) || d.httpStatus() != 404) return e.getMessage();
        String why = m.name() != null ? "it was in the account's list when this run read it, so it has been deleted since"
                : "-Ddb.d1.databases names it (" + fleet.selection() + "); it has been deleted, or it is an id of another account";
        return "Cloudflare D1 has no database " + m.id() + " in account " + fleet.template().accountId() + " (HTTP 404, code " + d.errorCode()
                + "): " + why + ". " + (applied.isEmpty() ? "Nothing was applied there" : "This run had applied " + String.join(", ", applied)
                + " there before it went") + "; " + (fleet.selection() instanceof dev.godwit.engine.target.FleetSelection.NameGlob
                ? "the next run's list leaves it out"
                // a name the selection gives resolves afresh next run: a database made again under it (a tenant re-created) is migrated then
                : m.name() != null ? "if a database named " + m.name() + " exists again (made anew), the next run finds it by that name; if"
                + " not, remove the name from the selection"
                : "remove it from the selection") + ". The other databases are not affected.";
    }

    /**
     * Notes a database's failure; returns whether Cloudflare refused the token or the account there. Before any database of this
     * run accepted the token, that stops the run (a token refused from the start); after, it fails that database alone, and
     * {@link #refusedInARow} stops the run when databases in a row refuse it.
     */
    private boolean noteAccess(GodwitException e, FleetMember m) {
        boolean refused = e instanceof D1Exception d && (d.httpStatus() == 401 || d.httpStatus() == 403);
        if (refused) {
            if (m.id() != null) refusedIds.add(m.id());
            if (accepted.get() == 0) refusedAccess.set(true);
        }
        if (e instanceof D1Exception d && d.unreachable()) {
            unreachableInARow.incrementAndGet();
            if (m.id() != null) unreachableIds.add(m.id());
        } else {
            unreachableInARow.set(0);
        }
        return refused;
    }

    /**
     * How many databases in a row may fail on an API out of reach before the run stops: every worker's database in flight when
     * the network went, and a few more. Each of them was tried with its retries; the rest would only wait for theirs.
     */
    private int unreachableStop() {
        return Math.max(3, options.concurrency() + 2);
    }

    /**
     * Sends a batch in one request; returns true when its migrations are applied, false when nothing of it was (D1 refused it
     * and rolled the whole request back, or its answer was lost and the history does not record it): then its migrations go one
     * request each, as without batching, so the failing one is named with its statement and those before it are applied. A lost
     * answer is settled by one read of the history, as for one migration: the batch is one transaction, so its last migration
     * recorded means all of them are, and nothing is sent again. A batch D1 cut for its time goes one request per migration too.
     * Other failures (a rate limit past its waits, a refused token, a database gone) are thrown, as the first migration alone would
     * meet them.
     */
    private boolean sendBatch(D1Client c, HistoryTable table, RequestBatch b, List<String> applied, Set<String> recorded, String[] unknown) {
        try {
            c.query(D1Sql.join(b.statements()), List.of());
        } catch (D1Exception e) {
            // cut for its time (an HTTP 500 too), D1 rolled it back: its migrations alone may each fit where together they did not;
            // thrown, the database failed and every run sent the same batch to be cut again
            if (!e.outcomeUnknown() && (e.isSqlError() || D1TimeLimit.cut(e))) return false;
            if (!e.outcomeUnknown()) throw e;
            unknown[0] = "migrations " + b.span() + ", sent together in one request (one transaction), may or may not have been applied: "
                    + (e.httpStatus() >= 500 ? "D1's answers did not tell whether it ran (" : "D1's answer to it was lost (") + e.getMessage()
                    + "), and " + table.name() + " could not be read afterwards to tell (this report counts them pending, as they are not known"
                    + " to be recorded; the database may hold them, all or none): ";
            List<AppliedMigration> rows = readHistory(c).rows();
            unknown[0] = null;
            Migration last = b.last();
            if (rows.stream().noneMatch(r -> table.records(r, last) && Migrator.anotherMigrationsRow(last, table, r) == null)) return false;
        }
        for (Migration m : b.migrations()) {
            applied.add(m.tag());
            recorded.add(m.tag());
        }
        return true;
    }

    /** Sends one migration; returns null when it is recorded afterwards, else the error. */
    private String applyOne(D1Client c, HistoryTable table, Migration previous, AppliedMigration lastRow, String lastRowLabel, Migration mig,
                            List<Migration> local, List<String> applied, Set<String> recorded, boolean create, String[] unknown) {
        Migrator states = new Migrator(null, table, EngineLog.SILENT);
        List<String> statements = previous != null ? table.transactionAfter(previous, mig, create) : table.transactionAfterRow(lastRow, lastRowLabel, mig, create);
        String sql = D1Sql.join(statements);
        for (int attempt = 1; ; attempt++) {
            long t0 = System.nanoTime();
            try {
                c.query(sql, List.of());
                applied.add(mig.tag());
                recorded.add(mig.tag());
                return null;
            } catch (D1Exception e) {
                if (!e.isSqlError() && !e.outcomeUnknown()) throw e;
                if (HistoryGuard.movedBack(e.databaseMessage())) {
                    String said = Migrator.movedBack(previous != null ? previous.fileName() : lastRowLabel, previous == null, mig.fileName(), table.name());
                    return Character.toLowerCase(said.charAt(0)) + said.substring(1) + " Check the database (mvn " + command("db:status",
                            c.settings().databaseId()) + "), then run db:apply again if those migrations are still meant to go there.";
                }
                if (!e.outcomeUnknown() && HistoryGuard.refused(e.databaseMessage())) {
                    // The guard says another run recorded it: that run is applying these migrations to this database now.
                    // Give it about as long as this refused request took per migration left before the one re-read, so
                    // that the read finds those recorded too instead of each being sent to be refused.
                    pause(followWait(mig, local, recorded, System.nanoTime() - t0));
                }
                // One re-read decides: recorded means applied (by us before the answer was lost, or by another run first).
                if (e.outcomeUnknown()) {
                    unknown[0] = "migration " + mig.fileName() + " may or may not have been applied: " + (e.httpStatus() >= 500
                            ? "D1's answers did not tell whether it ran (" : "D1's answer to it was lost (") + e.getMessage() + "), and "
                            + table.name() + " could not be read afterwards to tell (this report counts it pending, as it is not known to be recorded; the"
                            + " database may hold it): ";
                }
                List<AppliedMigration> rows = readHistory(c).rows();
                unknown[0] = null;
                AppliedMigration row = rows.stream().filter(r -> table.records(r, mig)).findFirst().orElse(null);
                // as db:apply: a row with another hash is another migration's, whatever -Ddb.ignoreChecksums says (that is about edits)
                String another = row == null ? null : Migrator.anotherMigrationsRow(mig, table, row);
                if (another != null) return another;
                recordedTags(states.states(local, rows), recorded);
                if (recorded.contains(mig.tag())) {
                    if (e.outcomeUnknown()) applied.add(mig.tag());
                    return null;
                }
                // D1 cut it for its time and rolled it back: sent again it would be cut again, the database unavailable meanwhile
                if (D1TimeLimit.cut(e)) return D1TimeLimit.message(mig, e, table.name(), System.nanoTime() - t0);
                // refused SQL (not a connection D1 lost, "Network connection lost.": that one is sent again below)
                if (e.isSqlError()) {
                    String id = c.settings().databaseId();
                    String baseline = Migrator.baselineHint(mig, e.databaseMessage(), "mvn " + command("db:baseline", id));
                    // "statement too long" for a request of statements each under D1's limit: the request's length, no statement's
                    // (workers-sdk#6347); db:apply would name none either
                    String tooLong = D1Sql.requestTooLong(statements.stream().map(D1Sql::clean).filter(x -> !x.isEmpty()).toList(), e.databaseMessage());
                    if (tooLong != null) {
                        return "migration " + mig.fileName() + " was refused by D1 and rolled back (nothing of it was applied): " + e.databaseMessage() + ". " + tooLong;
                    }
                    return "migration " + mig.fileName() + " was refused by D1 and rolled back (nothing of it was applied): " + e.databaseMessage()
                            + ". " + (D1Limits.hint(e.databaseMessage()) != null ? D1Limits.hint(e.databaseMessage()) + " " : "")
                            + "Run " + command("db:apply", id) + " to have the failing statement named." + (baseline == null ? "" : " " + baseline);
                }
                if (attempt >= options.maxAttempts()) {
                    return "migration " + mig.fileName() + ": D1's answer was lost " + attempt + " time(s) and the history does not record it"
                            + " (nothing of it was applied); run the fleet again: it continues where each database stands.";
                }
            }
        }
    }

    /** How long another run should need for the migrations after {@code mig} not known to be recorded, at {@code perMigration} each. */
    static long followWait(Migration mig, List<Migration> local, Set<String> recorded, long perMigrationNanos) {
        int left = 0;
        for (int k = local.indexOf(mig) + 1; k < local.size(); k++) if (!recorded.contains(local.get(k).tag())) left++;
        if (left == 0) return 0;
        return Math.min(5_000, Math.max(10, left * perMigrationNanos / 1_000_000 * 5 / 4));
    }

    private static void pause(long millis) {
        if (millis <= 0) return;
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void recordedTags(List<MigrationState> st, Set<String> recorded) {
        for (MigrationState s : st) {
            if (s.migration() != null && (s.state() == MigrationState.State.APPLIED || s.state() == MigrationState.State.CHECKSUM_MISMATCH)) {
                recorded.add(s.migration().tag());
            }
        }
    }

    /** The log, each line naming the database it is about. */
    private EngineLog about(FleetMember m) {
        String who = m.name() == null ? m.id() : m.name() + " (" + m.id() + ")";
        return new EngineLog() {
            @Override
            public void info(String message) {
                log.info(who + ": " + message);
            }

            @Override
            public void warn(String message) {
                if (repeatedWarnings.show(m, message)) log.warn(who + ": " + message);
            }
        };
    }

    /**
     * db:apply's own decision on the database's history ({@link HistoryCheck}), with its id in the commands of the way on: the
     * apply refuses the database where it throws, and the status calls it failing there and nowhere else; its warnings go to the
     * log, naming the database, in both.
     */
    private void checkHistory(List<MigrationState> st, HistoryTable table, FleetMember m) {
        if (st.stream().anyMatch(s -> s.state() == MigrationState.State.MISSING_LOCALLY)) recordingOthers.increment();
        HistoryCheck.check(st, table, new ApplyOptions(false, options.ignoreChecksums(), options.maxAttempts()).withIgnoreMissing(options.ignoreMissing())
                .withOutOfOrder(options.outOfOrder()),
                new HistoryCheck.Place("mvn " + command("db:repair", m.id()), "mvn " + command("db:restore", m.id())
                        + " with -Ddb.timestamp= a time before it: this database's startedAt in the report of the run that applied it")
                        // "-Ddb.timestamp=TIME before it" failed as pasted: wrangler's history keeps when each row was written
                        .goingBackWith(dev.godwit.engine.restore.WayBack.fleetMember(options.reportDir(), m.id(),
                                command("db:restore", m.id()).substring("db:restore".length()))::before), about(m));
    }

    /** The schema trials of this runner's runs, shared by databases of one schema. */
    private final SchemaTrials trials = new SchemaTrials();

    /**
     * What db:apply fails at on this database, by {@link SchemaTrial} on an empty copy of the schema {@code h} holds (read with the
     * history, no request more), its commands naming the database; null when the pending migrations run there. {@code refusal}:
     * the apply's words (nothing sent), else the status's. Databases with the same schema and pending migrations share one trial
     * ({@link SchemaTrials}). A failure that turns on a name the copy lacks (a history table, D1's {@code _cf_KV}) refuses nothing: it
     * is said, once for the databases that share the trial, as the single database's pre-flight says it.
     */
    private String trial(D1Client c, FleetMember m, History h, List<Migration> pending, boolean refusal) {
        if (pending.isEmpty()) return null;
        SchemaTrials.Tried tried = trials.of(c, h.table().name(), h.schema(), pending);
        SchemaTrial.Failure f = tried.failure();
        if (f == null) return null;
        java.util.function.UnaryOperator<String> commandFor = goal -> "mvn " + command(goal, m.id());
        if (f.replicaLacks() != null) {
            if (tried.firstToSay().compareAndSet(false, true)) {
                about(m).warn("the trial of the pending migrations before sending: " + pending.get(f.failed()).fileName() + " fails on the empty copy"
                        + " of the schema: SQLite says: " + f.says() + "\n  "
                        + dev.godwit.engine.preflight.Preflight.replicaLacksHint(f.replicaLacks())
                        + " Said once for the databases of this run with the same schema and pending migrations.");
            }
            return null;
        }
        // the schema read with the history: whether it has a migration's with another app's tables besides costs no request more
        // (but the names a -Ddb.tablesFilter reads)
        try (D1Database db = new D1Database(c).knowingSchemaObjects(h.schema())) {
            return refusal ? SchemaTrial.refusal(db, h.table(), pending, f, commandFor, tablesFilter)
                    : SchemaTrial.describe(db, h.table(), pending, f, commandFor, tablesFilter);
        }
    }

    /** {@code noFile}: the tags whose .sql file is missing ({@link #statusWithoutFiles}). */
    private FleetReport.Row statusOf(D1Client c, FleetMember m, List<Migration> local, List<String> noFile) {
        long t0 = System.nanoTime();
        String startedAt = Instant.now().toString();
        Set<String> recorded = new HashSet<>();
        History h = null;
        UpTo.Plan plan = null;
        try {
            h = readHistory(c, true, noFile.isEmpty());
            List<MigrationState> read = h.states().states(local, h.rows());
            recordedTags(read, recorded);
            // as Migrator.status marks them: neither pending (their SQL unread) nor edited (their hash compared with no SQL)
            List<MigrationState> st = noFile.isEmpty() ? read : read.stream().map(s -> s.migration() == null || !noFile.contains(s.migration().tag()) ? s
                    : new MigrationState(s.name(), s.migration(), MigrationState.State.FILE_MISSING, s.applied())).toList();
            try {
                checkHistory(st, h.table(), m);
                plan = checkPending(c, m, h, st);
                List<Migration> pending = plan.run();
                // as one database's db:status: the pending migrations tried on an empty copy of its schema, read with the history
                String fails = h.schema() == null ? null : trial(c, m, h, pending, false);
                if (fails != null) return row(m, "failing", List.of(), local, recorded, c, t0, startedAt, fails);
            } catch (MigrationException refused) {
                // what the apply would do: refuse this database, with this message
                return row(m, "failing", List.of(), local, recorded, c, t0, startedAt, refused.getMessage());
            }
            return row(m, recorded.size() == local.size() ? "up-to-date" : plan == null ? "behind" : stoppedAt(plan, "behind"), List.of(), local, recorded,
                    c, t0, startedAt, null);
        } catch (MigrationException refused) {
            // the history read refused as the apply refuses it (its rows only in the other tool's table, say): the apply fails this
            // database untouched with these words, so it is failing, as for the apply's other refusals; "failed" said it could not be read
            return row(m, "failing", List.of(), local, recorded, c, t0, startedAt, refused.getMessage(), false, h != null);
        } catch (GodwitException e) {
            return row(m, "failed", List.of(), local, recorded, c, t0, startedAt, failureOf(e, m, List.of()), false, h != null);
        }
    }

    private FleetReport.Row driftOf(D1Client c, FleetMember m, List<Migration> all, List<Migration> migrations, SchemaDef recorded,
                                    java.util.function.Supplier<java.util.Map<String, String>> made) {
        long t0 = System.nanoTime();
        String startedAt = Instant.now().toString();
        try (D1Database db = new D1Database(c)) {
            String id = c.settings().databaseId();
            // -Ddb.upTo: a database past the migration named is said to be, as one database's db:verify says it (one history read more)
            List<Finding> past = upTo == null ? List.of() : Verifier.pastUpTo(db, history, all, upTo);
            if (!past.isEmpty()) return row(m, "drift", List.of(), migrations, Set.of(), c, t0, startedAt, past.get(0).message(), true);
            // the way back the fleet apply's own refusal names (its report's startedAt): a fleet apply keeps no bookmark
            List<Finding> findings = Verifier.drift(db, history, migrations, recorded, command("", id), made, tablesFilter, EngineLog.SILENT,
                    dev.godwit.engine.restore.WayBack.fleetMember(options.reportDir(), id, command("db:restore", id).substring("db:restore".length())), upTo);
            if (findings.isEmpty()) return row(m, "ok", List.of(), migrations, Set.of(), c, t0, startedAt, null, true);
            List<String> msgs = findings.stream().map(Finding::message).toList();
            return row(m, "drift", List.of(), migrations, Set.of(), c, t0, startedAt, String.join("\n", msgs), true);
        } catch (GodwitException e) {
            return row(m, "failed", List.of(), migrations, Set.of(), c, t0, startedAt, failureOf(e, m, List.of()), true);
        }
    }

    private FleetReport.Row row(FleetMember m, String status, List<String> applied, List<Migration> local, Set<String> recorded, D1Client c,
                                long t0, String startedAt, String error) {
        return row(m, status, applied, local, recorded, c, t0, startedAt, error, false);
    }

    private FleetReport.Row row(FleetMember m, String status, List<String> applied, List<Migration> local, Set<String> recorded, D1Client c,
                                long t0, String startedAt, String error, boolean noHistory) {
        return row(m, status, applied, local, recorded, c, t0, startedAt, error, noHistory, true);
    }

    /** {@code historyRead}: false where the database failed before its history was read (counted apart in the table). */
    private FleetReport.Row row(FleetMember m, String status, List<String> applied, List<Migration> local, Set<String> recorded, D1Client c,
                                long t0, String startedAt, String error, boolean noHistory, boolean historyRead) {
        Standing at = standing(local, recorded, applied);
        return new FleetReport.Row(m.id(), m.name(), status, List.copyOf(applied), noHistory ? null : at.last(), noHistory ? 0 : at.pending(),
                c.requestCount(), (System.nanoTime() - t0) / 1_000_000, startedAt, error, historyRead);
    }

    // ---- progress, table, messages

    private ScheduledExecutorService progress(String command, FleetMembers members, FleetReport report, AtomicInteger running, RateLimiter limiter,
                                              long start) {
        if (options.progressEvery().isZero() || options.progressEvery().isNegative()) return null;
        ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "godwit-fleet-progress");
            t.setDaemon(true);
            return t;
        });
        long every = options.progressEvery().toMillis();
        RecentRate recent = new RecentRate(start);
        s.scheduleAtFixedRate(() -> {
            long total = members.total();
            long estimate = members.estimatedTotal();
            long done = report.rows();
            long[] span = recent.since(System.nanoTime(), done, limiter.granted());
            String line = progressLine(command, total >= 0 ? total : estimate, done, report.failed(), running.get(), span[0], span[1], span[2] / 1e9);
            // a Retry-After of minutes holds every worker: said, or the line reads as a stalled run
            if (limiter.pauses() > 0) line += " · " + limiter.pauses() + " × HTTP 429, waited " + shown(Duration.ofMillis(limiter.pausedMillis()))
                    + " beyond the pace";
            // an outage holds every worker: said, or the line of no progress reads as a stalled run
            long outage = limiter.outage().lastingMillis();
            if (outage >= 0 && !limiter.outage().gaveUp()) {
                line += " · Cloudflare D1 answering " + limiter.outage().answersBriefly() + ": every worker waiting for "
                        + shown(Duration.ofMillis(outage)) + " (up to " + shown(limiter.outage().longest()) + ")";
            }
            int pace = limiter.pace();
            if (pace < options.rateLimit()) line += " · pace " + pace + " per " + shown(options.window()) + " (lowered after HTTP 429)";
            String listRead = members.listRead();
            if (total < 0 && estimate >= 0 && listRead != null) {
                // the databases matched so far, of the pages read: a lower bound, said as one (an estimate from their share was ~3× off)
                line = line.replaceFirst("/" + estimate + " done", "/" + estimate + "+ done").replaceFirst(" (\\d+) to go", " $1+ to go")
                        .replaceFirst("ETA (?!\\?)", "ETA ≥ ") + " · account's list read: " + listRead + " databases";
            }
            // a list page retried after a 5xx holds every worker that wants a database: said, or the ETA of seconds repeats meanwhile
            String retrying = members.listRetrying();
            if (retrying != null) line += " · retrying the account's list (" + retrying + ")";
            log.info(line);
        }, every, every, TimeUnit.MILLISECONDS);
        return s;
    }

    private void logTable(Result r, FleetReport report, List<String> order, String stopReason) {
        log.info(String.format(java.util.Locale.ROOT, "Fleet %s: %d database(s) in %s, %d API calls (%.2f per database), %d failed. Report: %s",
                r.command(), r.databases(), shown(Duration.ofMillis(r.millis())), r.calls(), r.databases() == 0 ? 0.0 : (double) r.calls() / r.databases(),
                r.failed(), r.report()));
        if (!r.command().equals("drift")) {
            log.info(String.format("  %-40s %10s", "last migration recorded", "databases"));
            String latest = order.isEmpty() ? null : order.get(order.size() - 1);
            for (Map.Entry<String, Long> e : r.byFinalMigration().entrySet()) {
                if (e.getValue() == 0) continue;
                // those failing (or failed) at a migration on a line of their own, as their status says: a database the apply
                // refuses (a row of another branch, an edited migration) read as merely behind there
                Map<String, Long> failing = report.failingAt(e.getKey());
                long fine = e.getValue() - failing.values().stream().mapToLong(Long::longValue).sum();
                if (fine > 0) {
                    boolean atLatest = e.getKey().equals(latest);
                    log.info(String.format("  %-40s %10d%s", e.getKey(), fine, atLatest ? "   (latest)" : e.getKey().equals(upToTag) ? "   (at -Ddb.upTo)"
                            : "   (behind)" + examples(report, e.getKey(), null, fine)));
                }
                failing.forEach((status, n) -> log.info(String.format("  %-40s %10d   (%s)%s", e.getKey(), n, status, examples(report, e.getKey(), status, n))));
            }
        }
        StringBuilder st = new StringBuilder("  by status:");
        r.byStatus().forEach((k, v) -> st.append(' ').append(k).append(' ').append(v).append(','));
        log.info(st.substring(0, st.length() - (r.byStatus().isEmpty() ? 0 : 1)));
        if (recordingOthers.sum() > 0 && !r.command().equals("drift")) {
            // 60 databases ahead of an older checkout read "0001_step2  60  (latest)", "up-to-date 60": as if the fleet matched the folder
            log.warn("  " + recordingOthers.sum() + " of these database(s) also record migration(s) this folder does not have (the warnings above):"
                    + " the table counts the last of this folder's migrations each records. If the databases are ahead of this folder (an older"
                    + " checkout or branch), update it before applying.");
        }
        List<FleetReport.Row> failures = report.failures();
        if (!failures.isEmpty()) {
            log.warn("  failed" + (report.failed() > failures.size() ? " (first " + failures.size() + " of " + report.failed() + "; all in the report)" : "") + ":");
            for (FleetReport.Row f : failures) {
                log.warn(String.format("    %-44s %s", label(f), oneLine(f.error())));
            }
            if (report.failed() > failures.size()) {
                log.warn("  failed by cause (all " + report.failed() + "):");
                for (String line : byCause(report)) log.warn("    " + line);
            }
            if (report.failedList() != null) log.warn("  " + failedListLine(r.command(), report));
        }
        for (String line : repeatedWarnings.summary(report.file())) log.warn("  " + line);
        if (stopReason != null) log.warn("  Stopped: " + stopReason + ".");
    }

    /** Where the failed databases are listed, and how to run them alone: their ids were only in the report, among all the others. */
    private static String failedListLine(String command, FleetReport report) {
        return "The " + report.failed() + (command.equals("status") ? " failing" : " failed") + " database(s) are listed in " + report.failedList()
                + ", one id a line with the cause of each: -Ddb.d1.databases=@" + report.failedList() + " runs only them (or only those of one cause: grep its lines into a file of"
                + " their own).";
    }

    /** {@code fleetSize}: the fleet's databases ({@link FleetMembers#total()}, -1 where the list was not read to its end). */
    private String failureMessage(String command, Result r, FleetReport report, String stopReason, long fleetSize) {
        StringBuilder sb = new StringBuilder("Fleet " + command + ": " + r.failed() + " of " + r.databases() + " database(s) failed");
        // a run stopped early said "databases not yet started were not touched" without how many: 1,983 of 2,000, or 3
        if (stopReason != null && fleetSize > r.databases()) sb.append(", ").append(fleetSize - r.databases()).append(" of the ").append(fleetSize).append(" not started");
        if (stopReason != null) sb.append("; ").append(stopReason);
        sb.append(". Report: ").append(r.report());
        List<FleetReport.Row> listed = report.failures();
        for (FleetReport.Row f : listed) sb.append("\n  - ").append(label(f)).append(": ").append(oneLine(f.error(), 2000));
        // only the first failures are kept for the log: the list must not read as if it were all of them
        if (report.failed() > listed.size()) {
            sb.append("\n  - and ").append(report.failed() - listed.size()).append(" more failed database(s), not listed here: the report has each one"
                    + " with its error.");
            sb.append("\n  All ").append(report.failed()).append(" by cause:");
            for (String line : byCause(report)) sb.append("\n    ").append(line);
        }
        if (report.failedList() != null) sb.append("\n  ").append(failedListLine(command, report));
        if (command.equals("apply")) {
            sb.append("\n  Databases that succeeded stay migrated. Fix the cause, then run the same command again: it continues where each database"
                    + " stands (its history table) and never applies a migration twice.");
        }
        return sb.toString();
    }

}
