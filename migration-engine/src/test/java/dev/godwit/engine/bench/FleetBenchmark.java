package dev.godwit.engine.bench;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.d1.D1FleetStandIn;
import dev.godwit.engine.d1.D1Settings;
import dev.godwit.engine.fleet.FleetException;
import dev.godwit.engine.fleet.FleetRunner;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.target.FleetSelection;
import dev.godwit.engine.target.Target;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The fleet benchmark (README: "Fleets"): N databases × P pending migrations on the fleet stand-in
 * with a latency per request and a budget scaled so the budget is the bottleneck. Prints wall time
 * against the budget's floor (total calls ÷ the stand-in's allowed rate) measured in the same run,
 * calls per database, then the same with 5% of calls failing (half 500 before running, half
 * dropped after commit): duplicates, half-applied databases and reruns needed.
 * usage: FleetBenchmark [databases=1000] [pending=3] [latencyMs=20] [budget=300] [windowSeconds=10]
 * (and the modes {@code memory} and {@code batch}, below)
 */
public final class FleetBenchmark {

    private static final String ACCOUNT = "0123456789abcdef0123456789abcdef";
    private static final String TOKEN = "bench-token-000";

    /** The fleet's "Schema trials: ..." lines, the last run's last. */
    private static final List<String> trials = java.util.Collections.synchronizedList(new ArrayList<>());

    private FleetBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("memory")) {
            memory(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("batch")) {
            batch(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int pending = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long latency = args.length > 2 ? Long.parseLong(args[2]) : 20;
        int budget = args.length > 3 ? Integer.parseInt(args[3]) : 300;
        int windowSeconds = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        // Godwit's default keeps the token at 1,100 of Cloudflare's 1,200: the same share of the scaled budget.
        int clientLimit = budget * 1100 / 1200;
        Duration window = Duration.ofSeconds(windowSeconds);
        Path work = Files.createTempDirectory("godwit-fleet-bench");
        try (D1FleetStandIn standIn = D1FleetStandIn.start(work.resolve("fleet"), ACCOUNT, TOKEN, 48)) {
            List<Migration> migrations = migrations(work.resolve("drizzle"), pending);
            standIn.setLatencyMillis(latency);
            // Warm-up (class loading, JIT, SQLite's native library), not measured and not rate-limited.
            standIn.createDatabases("warm", 32);
            runner(standIn, work, 1_000_000, window, "warm-*").apply(migrations);
            standIn.resetCounters();
            List<String> clean = standIn.createDatabases("clean", n);
            List<String> faulty = standIn.createDatabases("faulty", n);
            long heapBefore = liveHeap();

            System.out.printf(Locale.ROOT, "%d databases x %d pending migrations, %d ms latency, stand-in budget %d requests per %d s"
                    + " (Godwit paces at %d), concurrency 16%n", n, pending, latency, budget, windowSeconds, clientLimit);
            standIn.rateLimit(budget, window);
            FleetRunner.Result r = runner(standIn, work, clientLimit, window).apply(migrations);
            long calls = standIn.requestCount();
            double floorMs = calls * (window.toMillis() / (double) budget);
            int maxPerDb = clean.stream().mapToInt(standIn::callsTo).max().orElse(0);
            int atLast = countAtLast(standIn, clean, migrations);
            System.out.println("| measurement | value | budget's floor (same run) | ratio |");
            System.out.println("|---|---|---|---|");
            System.out.printf(Locale.ROOT, "| apply, %d databases: wall time | %.1f s | %d calls / %.0f per s = %.1f s | %.3f× |%n", n, r.millis() / 1000.0,
                    calls, budget / (double) windowSeconds, floorMs / 1000.0, r.millis() / floorMs);
            System.out.printf(Locale.ROOT, "| calls per database (max) | %d | pending + 1 = %d | |%n", maxPerDb, pending + 1);
            long heapAfter = liveHeap();
            System.out.printf(Locale.ROOT, "| heap in use after a full GC, before and after the %d databases (engine and stand-in, one JVM) | %.1f MB -> %.1f MB | | |%n",
                    n, heapBefore / 1048576.0, heapAfter / 1048576.0);
            System.out.printf(Locale.ROOT, "| 429 answers | %d | 0 | |%n", standIn.rateLimitedCount());
            System.out.printf(Locale.ROOT, "| databases at the last migration | %d of %d | | |%n", atLast, n);

            // the same databases, with a history now, and P more migrations: the history's request reads each schema too, and the
            // pending ones are tried on a copy of it before any is sent (one trial for the fleet's one schema)
            List<Migration> more = migrations(work.resolve("drizzle"), pending + 1, 2 * pending);
            standIn.resetCounters();
            standIn.rateLimit(budget, window);
            FleetRunner.Result again = runner(standIn, work, clientLimit, window).apply(more);
            long againCalls = standIn.requestCount();
            double againFloorMs = againCalls * (window.toMillis() / (double) budget);
            System.out.printf(Locale.ROOT, "| apply of %d more to the %d databases with a history: wall time | %.1f s | %d calls / %.0f per s = %.1f s | %.3f× |%n",
                    pending, n, again.millis() / 1000.0, againCalls, budget / (double) windowSeconds, againFloorMs / 1000.0, again.millis() / againFloorMs);
            System.out.printf(Locale.ROOT, "| calls per database (max), databases at the last migration | %d, %d of %d | pending + 1 = %d | |%n",
                    clean.stream().mapToInt(standIn::callsTo).max().orElse(0), countAtLast(standIn, clean, more), n, pending + 1);
            System.out.printf(Locale.ROOT, "| schema trials | %s | | |%n", trials.isEmpty() ? "none said" : trials.remove(trials.size() - 1));

            // the worst case for the trials' sharing: every database a schema of its own (a table only it has), so one trial each
            List<String> distinct = standIn.createDatabases("distinct", n);
            runner(standIn, work, 1_000_000, window, "distinct-*").apply(migrations);
            for (int i = 0; i < distinct.size(); i++) standIn.execute(distinct.get(i), "CREATE TABLE own_" + i + " (x)");
            standIn.resetCounters();
            standIn.rateLimit(budget, window);
            FleetRunner.Result own = runner(standIn, work, clientLimit, window, "distinct-*").apply(more);
            long ownCalls = standIn.requestCount();
            double ownFloorMs = ownCalls * (window.toMillis() / (double) budget);
            System.out.printf(Locale.ROOT, "| the same, %d databases each of its own schema: wall time | %.1f s | %d calls / %.0f per s = %.1f s | %.3f× |%n",
                    n, own.millis() / 1000.0, ownCalls, budget / (double) windowSeconds, ownFloorMs / 1000.0, own.millis() / ownFloorMs);
            System.out.printf(Locale.ROOT, "| schema trials | %s | | |%n", trials.isEmpty() ? "none said" : trials.remove(trials.size() - 1));

            standIn.resetCounters();
            standIn.rateLimit(budget, window);
            standIn.faults(0.025, 0.025, 2026);
            int runs = 0;
            long failedFirst = -1;
            long faultyMillis = 0;
            for (int i = 0; i < 3; i++) {
                runs++;
                long t0 = System.nanoTime();
                try {
                    FleetRunner.Result fr = runner(standIn, work, clientLimit, window, "faulty-*").apply(migrations);
                    if (failedFirst < 0) failedFirst = fr.failed();
                    faultyMillis += (System.nanoTime() - t0) / 1_000_000;
                    break;
                } catch (FleetException e) {
                    faultyMillis += (System.nanoTime() - t0) / 1_000_000;
                    if (failedFirst < 0) failedFirst = Long.parseLong(e.getMessage().replaceAll("(?s)^Fleet apply: (\\d+) of.*", "$1"));
                }
            }
            int duplicates = 0;
            int halfApplied = 0;
            for (String id : faulty) {
                List<String> h = standIn.rows(id, "SELECT count(*) - count(DISTINCT created_at), count(*) FROM __drizzle_migrations");
                String[] parts = h.get(0).split("\\|");
                duplicates += Integer.parseInt(parts[0]);
                int recorded = Integer.parseInt(parts[1]);
                int tables = Integer.parseInt(standIn.rows(id, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name LIKE 'bench_%'").get(0));
                if (tables != recorded) halfApplied++;
            }
            int faultyAtLast = countAtLast(standIn, faulty, migrations);
            System.out.printf(Locale.ROOT, "| with 5%% faults (%d 500s, %d drops after commit): runs to finish | %d (%d database(s) failed in the first) | at most 2 | |%n",
                    standIn.injected500Count(), standIn.injectedDropCount(), runs, failedFirst, 0);
            System.out.printf(Locale.ROOT, "| with 5%% faults: wall time of all runs | %.1f s | %d calls: %.1f s | %.3f× |%n", faultyMillis / 1000.0,
                    standIn.requestCount(), standIn.requestCount() * (window.toMillis() / (double) budget) / 1000.0,
                    faultyMillis / (standIn.requestCount() * (window.toMillis() / (double) budget)));
            System.out.printf(Locale.ROOT, "| with 5%% faults: duplicates / half-applied / at the last migration | %d / %d / %d of %d | 0 / 0 / %d | |%n",
                    duplicates, halfApplied, faultyAtLast, n, n);
        } finally {
            delete(work);
        }
    }

    /**
     * Memory of a fleet apply, for runs of different sizes compared by the caller (one JVM per size): the bytes of live
     * objects after a forced full GC ({@link #liveObjects}), sampled every {@code sampleMs} during the run, against the same
     * with the stand-in's N databases created and nothing run yet. The stand-in shares the JVM; its part (a name and a path per
     * database) is the difference between the first two lines, and it counts no calls per database during the run.
     * usage: FleetBenchmark memory databases [pending=1] [latencyMs=5] [budget=600] [windowSeconds=1] [sampleMs=1000]
     */
    private static void memory(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        int pending = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        long latency = args.length > 2 ? Long.parseLong(args[2]) : 5;
        int budget = args.length > 3 ? Integer.parseInt(args[3]) : 600;
        int windowSeconds = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        long sampleMs = args.length > 5 ? Long.parseLong(args[5]) : 1000;
        Duration window = Duration.ofSeconds(windowSeconds);
        Path work = Files.createTempDirectory("godwit-fleet-memory");
        try (D1FleetStandIn standIn = D1FleetStandIn.start(work.resolve("fleet"), ACCOUNT, TOKEN, 48)) {
            List<Migration> migrations = migrations(work.resolve("drizzle"), pending);
            standIn.setLatencyMillis(latency);
            standIn.createDatabases("warm", 32);
            runner(standIn, work, 1_000_000, window, "warm-*").apply(migrations);
            long empty = liveObjects();
            standIn.createDatabases("mem", n);
            long created = liveObjects();
            standIn.resetCounters();
            standIn.countPerDatabase(false);   // so that what grows with the databases done is the engine's
            standIn.rateLimit(budget, window);
            List<Long> samples = java.util.Collections.synchronizedList(new ArrayList<>());
            java.util.concurrent.ScheduledExecutorService sampler = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "heap-sampler");
                t.setDaemon(true);
                return t;
            });
            sampler.scheduleAtFixedRate(() -> samples.add(liveObjects()), sampleMs, sampleMs, java.util.concurrent.TimeUnit.MILLISECONDS);
            FleetRunner.Result r;
            try {
                r = runner(standIn, work, budget * 1100 / 1200, window, "mem-*").apply(migrations);
            } finally {
                sampler.shutdownNow();
                sampler.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
            }
            long after = liveObjects();
            List<Long> sorted = samples.stream().sorted().toList();
            long max = sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1);
            long median = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
            System.out.printf(Locale.ROOT, "memory: %d databases x %d pending, %d ms latency, budget %d per %d s: %d calls in %.1f s, %d failed%n",
                    n, pending, latency, budget, windowSeconds, r.calls(), r.millis() / 1000.0, r.failed());
            System.out.printf(Locale.ROOT, "  live objects after a full GC: %.2f MB before the databases were created, %.2f MB with them (stand-in's part %.2f MB)%n",
                    mb(empty), mb(created), mb(created - empty));
            System.out.printf(Locale.ROOT, "  during the run (%d samples, one per %d ms): median %.2f MB, max %.2f MB; engine's part at the max %.2f MB%n",
                    sorted.size(), sampleMs, mb(median), mb(max), mb(max - created));
            System.out.printf(Locale.ROOT, "  after the run: %.2f MB (%.2f MB above the start)%n", mb(after), mb(after - created));
        } finally {
            delete(work);
        }
    }

    /**
     * Requests per database with and without -Ddb.fleet.batch, in the same run: N fresh databases applied one request per migration,
     * N more with the row-free migrations batched (the bench's migrations each create a table), then N more batched with 5% of
     * requests failing (half 500 before running, half dropped after commit), run again until done: duplicates, half-applied.
     * usage: FleetBenchmark batch databases [pending=5] [latencyMs=20] [budget=300] [windowSeconds=10]
     */
    private static void batch(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        int pending = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long latency = args.length > 2 ? Long.parseLong(args[2]) : 20;
        int budget = args.length > 3 ? Integer.parseInt(args[3]) : 300;
        int windowSeconds = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        int clientLimit = budget * 1100 / 1200;
        Duration window = Duration.ofSeconds(windowSeconds);
        Path work = Files.createTempDirectory("godwit-fleet-batch");
        try (D1FleetStandIn standIn = D1FleetStandIn.start(work.resolve("fleet"), ACCOUNT, TOKEN, 48)) {
            List<Migration> migrations = migrations(work.resolve("drizzle"), pending);
            standIn.setLatencyMillis(latency);
            standIn.createDatabases("warm", 32);
            runner(standIn, work, 1_000_000, window, "warm-*").batchingRowFreeMigrations(true).apply(migrations);
            List<String> single = standIn.createDatabases("single", n);
            List<String> batched = standIn.createDatabases("batched", n);
            List<String> faulty = standIn.createDatabases("faulty", n);
            System.out.printf(Locale.ROOT, "%d fresh databases x %d pending migrations (each a CREATE TABLE), %d ms latency, stand-in budget %d"
                    + " requests per %d s (Godwit paces at %d), concurrency 16%n", n, pending, latency, budget, windowSeconds, clientLimit);
            System.out.println("| -Ddb.fleet.batch | requests (stand-in) | per database (max) | wall time | budget's floor | databases at the last migration |");
            System.out.println("|---|---|---|---|---|---|");
            for (boolean on : new boolean[] {false, true}) {
                standIn.resetCounters();
                standIn.rateLimit(budget, window);
                FleetRunner.Result r = runner(standIn, work, clientLimit, window, on ? "batched-*" : "single-*").batchingRowFreeMigrations(on).apply(migrations);
                List<String> ids = on ? batched : single;
                long calls = standIn.requestCount();
                double floorMs = calls * (window.toMillis() / (double) budget);
                System.out.printf(Locale.ROOT, "| %s | %d | %d | %.1f s | %.1f s | %d of %d |%n", on, calls, ids.stream().mapToInt(standIn::callsTo).max().orElse(0),
                        r.millis() / 1000.0, floorMs / 1000.0, countAtLast(standIn, ids, migrations), n);
            }
            standIn.resetCounters();
            standIn.rateLimit(budget, window);
            standIn.faults(0.025, 0.025, 2026);
            int runs = 0;
            long millis = 0;
            for (int i = 0; i < 3; i++) {
                runs++;
                long t0 = System.nanoTime();
                try {
                    runner(standIn, work, clientLimit, window, "faulty-*").batchingRowFreeMigrations(true).apply(migrations);
                    millis += (System.nanoTime() - t0) / 1_000_000;
                    break;
                } catch (FleetException e) {
                    millis += (System.nanoTime() - t0) / 1_000_000;
                }
            }
            int duplicates = 0;
            int halfApplied = 0;
            for (String id : faulty) {
                String[] parts = standIn.rows(id, "SELECT count(*) - count(DISTINCT created_at), count(*) FROM __drizzle_migrations").get(0).split("\\|");
                duplicates += Integer.parseInt(parts[0]);
                int tables = Integer.parseInt(standIn.rows(id, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name LIKE 'bench_%'").get(0));
                if (tables != Integer.parseInt(parts[1])) halfApplied++;
            }
            System.out.printf(Locale.ROOT, "| true, 5%% faults (%d 500s, %d drops after commit) | %d | | %.1f s in %d run(s) | | %d of %d; duplicates %d, half-applied %d |%n",
                    standIn.injected500Count(), standIn.injectedDropCount(), standIn.requestCount(), millis / 1000.0, runs,
                    countAtLast(standIn, faulty, migrations), n, duplicates, halfApplied);
        } finally {
            delete(work);
        }
    }

    /**
     * Bytes of live objects: the total of the JVM's class histogram, which runs a full GC first and counts what is reachable
     * (more exact than the heap's used bytes, which G1 counts by region and buffer).
     */
    private static long liveObjects() {
        try {
            javax.management.MBeanServer server = java.lang.management.ManagementFactory.getPlatformMBeanServer();
            String h = (String) server.invoke(new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            String total = h.strip().lines().reduce((a, b) -> b).orElseThrow();   // "Total   instances   bytes"
            String[] parts = total.strip().split("\\s+");
            return Long.parseLong(parts[parts.length - 1]);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the class histogram: " + e, e);
        }
    }

    private static double mb(long bytes) {
        return bytes / 1048576.0;
    }

    private static FleetRunner runner(D1FleetStandIn standIn, Path work, int limit, Duration window) {
        return runner(standIn, work, limit, window, "clean-*");
    }

    private static FleetRunner runner(D1FleetStandIn standIn, Path work, int limit, Duration window, String glob) {
        Target.D1Fleet fleet = new Target.D1Fleet(new D1Settings(ACCOUNT, "fleet", TOKEN, standIn.endpoint()), new FleetSelection.NameGlob(glob), "bench");
        FleetRunner.Options o = new FleetRunner.Options(16, 0, false, limit, window, work.resolve("report"), false, 3, Duration.ofSeconds(10),
                Duration.ofMillis(100));
        EngineLog log = new EngineLog() {
            @Override
            public void info(String message) {
                if (message.startsWith("fleet apply:")) System.err.println(message);
                if (message.contains("Schema trials:")) trials.add(message.strip());
            }

            @Override
            public void warn(String message) {
            }
        };
        return new FleetRunner(fleet, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), o, log);
    }

    private static int countAtLast(D1FleetStandIn standIn, List<String> ids, List<Migration> migrations) {
        String last = Long.toString(migrations.get(migrations.size() - 1).when());
        int n = 0;
        for (String id : ids) if (standIn.rows(id, "SELECT max(created_at) FROM __drizzle_migrations").equals(List.of(last))) n++;
        return n;
    }

    static List<Migration> migrations(Path dir, int n) {
        return migrations(dir, 1, n);
    }

    /** Steps {@code from} to {@code to} generated into {@code dir} (its earlier steps there already); all of the folder's migrations. */
    static List<Migration> migrations(Path dir, int from, int to) {
        MigrationsFolder folder = MigrationsFolder.at(dir);
        List<TableDef> tables = new ArrayList<>();
        for (int i = 1; i <= to; i++) {
            tables.add(new TableDef("bench_" + i, List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("v", "text")), null,
                    List.of(), List.of(), List.of(), null));
            if (i >= from) new Generator().generate(new SchemaDef(List.copyOf(tables), List.of()), folder, GenerateOptions.batch().withName("step" + i));
        }
        return folder.migrations();
    }

    /** Heap in use after a full collection: what the process keeps alive (measured outside the timed runs). */
    private static long liveHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 2; i++) System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static void delete(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
        }
    }
}
