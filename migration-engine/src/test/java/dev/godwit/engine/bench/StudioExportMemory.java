package dev.godwit.engine.bench;

import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.studio.StudioOptions;
import dev.godwit.engine.studio.StudioServer;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The studio's export memory (README: "Studio"): a table of N rows of about 1 KB (default 200,000) exported as CSV through the
 * studio's HTTP API, read and thrown away by the client; prints the bytes received, the time, the peak heap and the process's
 * peak resident memory. Run it with a small heap to see that the export does not grow with the table:
 *   java -Xmx256m -cp … dev.godwit.engine.bench.StudioExportMemory [rows=200000] [csv|json]
 */
public final class StudioExportMemory {

    private StudioExportMemory() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        String format = args.length > 1 ? args[1] : "csv";
        Path work = Files.createTempDirectory("godwit-export-memory");
        try (SqliteDatabase db = SqliteDatabase.open(work.resolve("big.sqlite"))) {
            db.runAtomically(List.of("CREATE TABLE big (id integer PRIMARY KEY, body text NOT NULL)",
                    "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < " + n + ")"
                            + " INSERT INTO big SELECT i, hex(randomblob(500)) FROM s"), false);
            System.gc();
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
            try (StudioServer studio = StudioServer.start(db, StudioOptions.defaults(), 0)) {
                String token = studio.startUri().getQuery().substring("token=".length());
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                long t0 = System.nanoTime();
                HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(studio.uri().resolve("/api/export?table=big&format=" + format))
                        .header("X-Godwit-Token", token).build(), HttpResponse.BodyHandlers.ofInputStream());
                long bytes = 0;
                String outcome;
                try (InputStream in = r.body()) {
                    byte[] buf = new byte[64 * 1024];
                    for (int k; (k = in.read(buf)) >= 0; ) bytes += k;
                    outcome = "complete";
                } catch (java.io.IOException e) {
                    outcome = "broken: " + e;
                }
                double secs = (System.nanoTime() - t0) / 1e9;
                long heapPeak = 0;
                for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (p.getType() == MemoryType.HEAP) heapPeak += p.getPeakUsage().getUsed();
                }
                System.out.printf(Locale.ROOT, "rows %,d; HTTP %d; %s; %,d bytes in %.1f s; max heap %d MB; peak heap used %d MB; peak resident %s%n",
                        n, r.statusCode(), outcome, bytes, secs, Runtime.getRuntime().maxMemory() >> 20, heapPeak >> 20, vmHwm());
            }
        } finally {
            try (var files = Files.list(work)) {   // the table is hundreds of MB: do not leave it in the temp folder
                for (Path f : files.toList()) Files.deleteIfExists(f);
            }
            Files.deleteIfExists(work);
        }
    }

    private static String vmHwm() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) return line.substring(6).strip();
        }
        return "unknown";
    }
}
