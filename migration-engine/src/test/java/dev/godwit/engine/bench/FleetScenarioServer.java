package dev.godwit.engine.bench;

import dev.godwit.engine.d1.D1FleetStandIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fleet stand-in in its own JVM, steered while it runs (a red-team fixture): {@code DIR N account token latencyMs} creates
 * {@code tenant-0001…} and writes DIR/endpoint and DIR/ids (name uuid per line); then every line appended to DIR/cmd runs once:
 * {@code delete NAME}, {@code exec NAME SQL}, {@code flaky NAME STATUS EVERY}, {@code latency MS}, {@code rate BUDGET SECONDS},
 * {@code create NAME}, {@code stats} (to DIR/stats), {@code reset}, {@code stop}.
 */
public final class FleetScenarioServer {
    private FleetScenarioServer() {
    }

    public static void main(String[] a) throws Exception {
        Path dir = Path.of(a[0]);
        int n = Integer.parseInt(a[1]);
        try (D1FleetStandIn s = D1FleetStandIn.start(dir.resolve("dbs"), a[2], a[3], 48)) {
            s.countPerDatabase(true);
            List<String> ids = s.createDatabases("tenant", n);
            Map<String, String> byName = new HashMap<>();
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                String name = String.format("tenant-%04d", i + 1);
                byName.put(name, ids.get(i));
                sb.append(name).append(' ').append(ids.get(i)).append('\n');
            }
            s.setLatencyMillis(Long.parseLong(a[4]));
            Files.writeString(dir.resolve("ids"), sb);
            Files.writeString(dir.resolve("endpoint"), s.endpoint());
            System.out.println("stand-in at " + s.endpoint() + " with " + n + " databases");
            Path cmd = dir.resolve("cmd");
            int done = 0;
            while (true) {
                List<String> lines = Files.exists(cmd) ? Files.readAllLines(cmd) : List.of();
                for (; done < lines.size(); done++) {
                    String[] c = lines.get(done).split(" ", 3);
                    System.out.println("cmd: " + lines.get(done));
                    switch (c[0]) {
                        case "delete" -> s.deleteDatabase(byName.get(c[1]));
                        case "exec" -> s.execute(byName.get(c[1]), c[2]);
                        case "flaky" -> {
                            String[] r = c[2].split(" ");
                            s.flaky(byName.get(c[1]), Integer.parseInt(r[0]), Integer.parseInt(r[1]));
                        }
                        case "latency" -> s.setLatencyMillis(Long.parseLong(c[1]));
                        case "rate" -> s.rateLimit(Integer.parseInt(c[1]), Duration.ofSeconds(Long.parseLong(c[2])));
                        case "create" -> byName.put(c[1], s.createDatabase(c[1]));
                        case "reset" -> s.resetCounters();
                        case "stats" -> Files.writeString(dir.resolve("stats"), String.format("requests %d list %d 429 %d%n", s.requestCount(),
                                s.listRequestCount(), s.rateLimitedCount()));
                        case "stop" -> {
                            return;
                        }
                        default -> System.out.println("unknown command");
                    }
                }
                Thread.sleep(100);
            }
        }
    }
}
