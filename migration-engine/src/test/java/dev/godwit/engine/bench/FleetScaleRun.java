package dev.godwit.engine.bench;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.d1.D1FleetStandIn;
import dev.godwit.engine.d1.D1Settings;
import dev.godwit.engine.fleet.FleetException;
import dev.godwit.engine.fleet.FleetRunner;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.target.FleetSelection;
import dev.godwit.engine.target.Target;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * A fleet apply of thousands of databases in two processes, so that the apply can be killed (kill -9) half-way and run
 * again while the stand-in keeps the databases (tools/fleet-scale.sh drives it):
 * <ul>
 *   <li>{@code serve DIR N latencyMs budget windowSeconds refuse}: the fleet stand-in over DIR with N databases
 *       {@code t-0001…}; database number {@code refuse} (0: none) already holds a table the second migration creates, so D1
 *       refuses that migration there; writes the endpoint to DIR/endpoint and runs until DIR/stop appears;</li>
 *   <li>{@code apply DIR pending limit windowSeconds concurrency [report] [batch]}: the fleet apply over {@code name:t-*} (skipping
 *       what {@code report} shows done, -Ddb.fleet.skipDoneIn; "" for none; {@code batch}: -Ddb.fleet.batch, false by default), its
 *       log lines timed,
 *       then the heap's live bytes after the last full GC (the old generation's collection usage, sampled every second);</li>
 *   <li>{@code check DIR N pending}: each database's file read directly: migrations recorded twice, databases whose tables and
 *       history disagree (half-applied), and how many are at each number of recorded migrations.</li>
 * </ul>
 */
public final class FleetScaleRun {

    private static final String ACCOUNT = "0123456789abcdef0123456789abcdef";
    private static final String TOKEN = "scale-token-000";

    private FleetScaleRun() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "serve" -> serve(Path.of(args[1]), Integer.parseInt(args[2]), Long.parseLong(args[3]), Integer.parseInt(args[4]),
                    Integer.parseInt(args[5]), Integer.parseInt(args[6]));
            case "apply" -> apply(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    Integer.parseInt(args[5]), args.length > 6 && !args[6].isEmpty() ? Path.of(args[6]) : null,
                    args.length > 7 && Boolean.parseBoolean(args[7]));
            case "check" -> check(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException("serve | apply | check");
        }
    }

    private static void serve(Path dir, int n, long latency, int budget, int windowSeconds, int refuse) throws Exception {
        try (D1FleetStandIn standIn = D1FleetStandIn.start(dir.resolve("dbs"), ACCOUNT, TOKEN, 48)) {
            List<String> ids = standIn.createDatabases("t", n);
            if (refuse > 0) standIn.execute(ids.get(refuse - 1), "CREATE TABLE IF NOT EXISTS bench_2 (x integer)");
            standIn.setLatencyMillis(latency);
            if (budget > 0) standIn.rateLimit(budget, Duration.ofSeconds(windowSeconds));
            Files.writeString(dir.resolve("endpoint"), standIn.endpoint());
            System.out.println("stand-in at " + standIn.endpoint() + " with " + n + " databases");
            while (!Files.exists(dir.resolve("stop"))) Thread.sleep(200);
            System.out.printf(Locale.ROOT, "stand-in: %d requests (%d list pages), %d answered 429%n", standIn.requestCount(),
                    standIn.listRequestCount(), standIn.rateLimitedCount());
        }
    }

    private static void apply(Path dir, int pending, int limit, int windowSeconds, int concurrency, Path skipDoneIn, boolean batch) throws Exception {
        String endpoint = Files.readString(dir.resolve("endpoint")).strip();
        // generated once: a second run (the resume) must apply the same migrations, not new ones
        List<Migration> migrations = Files.isDirectory(dir.resolve("drizzle")) ? MigrationsFolder.at(dir.resolve("drizzle")).migrations()
                : FleetBenchmark.migrations(dir.resolve("drizzle"), pending);
        long[] peak = {0};
        Thread sampler = new Thread(() -> {
            while (true) {
                peak[0] = Math.max(peak[0], liveAfterLastGc());
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        Target.D1Fleet fleet = new Target.D1Fleet(new D1Settings(ACCOUNT, "fleet", TOKEN, endpoint), new FleetSelection.NameGlob("t-*"), "scale");
        FleetRunner.Options o = new FleetRunner.Options(concurrency, 0, false, limit, Duration.ofSeconds(windowSeconds), dir.resolve("report"), false,
                5, Duration.ofSeconds(5), Duration.ofMillis(200));
        EngineLog log = new EngineLog() {
            @Override
            public void info(String message) {
                System.out.println(LocalTime.now().withNano(0) + " [INFO] " + message);
            }

            @Override
            public void warn(String message) {
                System.out.println(LocalTime.now().withNano(0) + " [WARN] " + message);
            }
        };
        long t0 = System.nanoTime();
        try {
            FleetRunner.Result r = new FleetRunner(fleet, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), o, log).skippingDoneIn(skipDoneIn)
                    .batchingRowFreeMigrations(batch).apply(migrations);
            System.out.printf(Locale.ROOT, "result: %d databases, %d failed, %d calls, %.1f s%n", r.databases(), r.failed(), r.calls(), r.millis() / 1000.0);
        } catch (FleetException e) {
            System.out.println("BUILD FAILURE message:\n" + e.getMessage());
        }
        System.out.printf(Locale.ROOT, "wall %.1f s; live heap after GC, max sampled: %.1f MB%n", (System.nanoTime() - t0) / 1e9,
                Math.max(peak[0], liveAfterLastGc()) / 1048576.0);
    }

    /** The heap's bytes still in use after the most recent collection of each pool (what survives a GC). */
    private static long liveAfterLastGc() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null) sum += p.getCollectionUsage().getUsed();
        }
        return sum;
    }

    private static void check(Path dir, int n, int pending) throws Exception {
        int duplicates = 0;
        int halfApplied = 0;
        TreeMap<Integer, Integer> byRecorded = new TreeMap<>();
        try (D1FleetStandIn standIn = D1FleetStandIn.start(dir.resolve("dbs"), ACCOUNT, TOKEN, 1)) {
            List<String> ids = standIn.createDatabases("t", n);
            for (String id : ids) {
                Path file = dir.resolve("dbs").resolve(id + ".sqlite");
                if (!Files.exists(file)) {
                    byRecorded.merge(0, 1, Integer::sum);
                    continue;
                }
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
                    int tables = count(s, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name LIKE 'bench_%'");
                    boolean history = count(s, "SELECT count(*) FROM sqlite_master WHERE name = '__drizzle_migrations'") == 1;
                    int recorded = history ? count(s, "SELECT count(*) FROM __drizzle_migrations") : 0;
                    duplicates += history ? count(s, "SELECT count(*) - count(DISTINCT created_at) FROM __drizzle_migrations") : 0;
                    // the refusing database holds bench_2 of its own: one table more than its history records
                    boolean refusing = count(s, "SELECT count(*) FROM pragma_table_info('bench_2') WHERE name = 'x'") == 1;
                    if (tables - (refusing ? 1 : 0) != recorded) halfApplied++;
                    byRecorded.merge(recorded, 1, Integer::sum);
                }
            }
        }
        System.out.printf(Locale.ROOT, "check: %d databases: duplicates %d, half-applied %d, by migrations recorded %s (of %d)%n", n, duplicates,
                halfApplied, byRecorded, pending);
    }

    private static int count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
