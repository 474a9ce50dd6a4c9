package dev.godwit.engine.bench;

import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.studio.StudioOptions;
import dev.godwit.engine.studio.StudioServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The studio's paging (README: "Studio"): one page of 50 rows of a table of N rows (default
 * 1,000,000) at the start and 90% deep, through the studio's real HTTP API (keyset: the cursor a
 * "Next" click carries), next to the same page read with LIMIT/OFFSET straight from the database
 * port in the same run. Sorted by rowid, and by an indexed column.
 * usage: StudioBenchmark [rows=1000000]
 */
public final class StudioBenchmark {

    private StudioBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int deep = n / 10 * 9;
        Path work = Files.createTempDirectory("godwit-studio-bench");
        List<String> rows = new ArrayList<>();
        try (SqliteDatabase db = SqliteDatabase.open(work.resolve("big.sqlite"))) {
            db.runAtomically(List.of("CREATE TABLE events (id integer PRIMARY KEY, kind text NOT NULL, at integer NOT NULL, payload text)",
                    "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < " + n + ")"
                            + " INSERT INTO events SELECT i, 'kind' || (i % 17), 1700000000 + (i * 7919) % " + n + ", printf('payload %d', i) FROM s",
                    "CREATE INDEX events_at_idx ON events (at)"), false);
            try (StudioServer studio = StudioServer.start(db, StudioOptions.defaults(), 0)) {
                // served under its secret path (/s/<token>/), as the page the studio prints asks for it
                URI base = studio.startUri();
                String token = base.getPath().substring("/s/".length(), base.getPath().length() - 1);
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

                double first = Timer.medianMillis(30, 41, () -> { }, () -> page(http, base, token, "table=events&limit=50"));
                double firstOffset = Timer.medianMillis(30, 41, () -> { }, () -> db.query("SELECT rowid, * FROM events ORDER BY rowid LIMIT 50 OFFSET 0"));
                rows.add(row("page of 50 at row 0 (HTTP API, keyset on rowid)", first, "LIMIT 50 OFFSET 0 on the port", firstOffset));
                double roundTrip = Timer.medianMillis(30, 41, () -> { }, () -> get(http, base, token, "studio.css"));
                rows.add(row("page of 50 at row 0 (HTTP API, keyset on rowid)", first, "an HTTP round trip alone (GET /studio.css)", roundTrip));

                String cursor = cursor(deep, null);
                double deepKeyset = Timer.medianMillis(30, 41, () -> { }, () -> page(http, base, token, "table=events&limit=50&after=" + cursor));
                double deepOffset = Timer.medianMillis(2, 7, () -> { }, () -> db.query("SELECT rowid, * FROM events ORDER BY rowid LIMIT 50 OFFSET " + deep));
                rows.add(row(String.format(Locale.ROOT, "page of 50 at row %,d (HTTP API, keyset on rowid)", deep), deepKeyset,
                        String.format(Locale.ROOT, "LIMIT 50 OFFSET %,d on the port", deep), deepOffset));

                var at = db.query("SELECT at, rowid AS r FROM events ORDER BY at, rowid LIMIT 1 OFFSET " + (deep - 1)).get(0);
                String sortedCursor = cursor(((Number) at.get("r")).longValue(), at.get("at").toString());
                double sorted = Timer.medianMillis(30, 41, () -> { }, () -> page(http, base, token, "table=events&limit=50&sort=at&dir=asc&after=" + sortedCursor));
                double sortedOffset = Timer.medianMillis(2, 7, () -> { }, () -> db.query("SELECT rowid, * FROM events ORDER BY at, rowid LIMIT 50 OFFSET " + deep));
                rows.add(row(String.format(Locale.ROOT, "page of 50 at row %,d sorted by an indexed column (HTTP API, keyset)", deep), sorted,
                        String.format(Locale.ROOT, "ORDER BY at LIMIT 50 OFFSET %,d on the port", deep), sortedOffset));

                // Go to page 1,000 (and Last): one LIMIT 1 OFFSET for the page's first row, then a keyset page from it.
                long jumpAt = Math.min(999L * 50, n - 50);
                for (String[] j : new String[][] {{"by rowid", ""}, {"sorted by an indexed column", "&sort=at&dir=asc"},
                        {"sorted by a column without an index", "&sort=payload&dir=desc"}}) {
                    double jump = Timer.medianMillis(3, 11, () -> { }, () -> page(http, base, token, "table=events&limit=50" + j[1] + "&at=" + jumpAt));
                    double next = Timer.medianMillis(3, 11, () -> { }, () -> page(http, base, token, "table=events&limit=50" + j[1]));
                    rows.add(row(String.format(Locale.ROOT, "go to page %,d (row %,d), %s (HTTP API)", jumpAt / 50 + 1, jumpAt, j[0]), jump,
                            "page 1 the same way", next));
                }
                double last = Timer.medianMillis(3, 11, () -> { }, () -> page(http, base, token, "table=events&limit=50&at=last"));
                rows.add(row("Last, by rowid, count unknown (a count, then the jump; HTTP API)", last, "an HTTP round trip alone", roundTrip));
            }
        } finally {
            Benchmarks.delete(work);
        }
        System.out.printf(Locale.ROOT, "Studio paging, table of %,d rows%n%n", n);
        System.out.println("| measurement | time | baseline (same run) | ratio |");
        System.out.println("|---|---|---|---|");
        rows.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "%nMachine: %d cores, Java %s%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    }

    /** The cursor the studio hands out for "Next": the last row's sort value and rowid. */
    private static String cursor(long rowid, String integerSortValue) {
        String v = integerSortValue == null ? "null" : "{\"t\":\"i\",\"v\":\"" + integerSortValue + "\"}";
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("{\"r\":\"" + rowid + "\",\"v\":" + v + "}").getBytes(StandardCharsets.UTF_8));
    }

    private static void get(HttpClient http, URI base, String token, String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(path)).header("X-Godwit-Token", token).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException(path + ": " + r.statusCode());
    }

    private static void page(HttpClient http, URI base, String token, String query) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("api/rows?" + query)).header("X-Godwit-Token", token).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200 || !r.body().contains("\"rowid\"")) throw new IllegalStateException("page failed: " + r.statusCode() + " " + r.body());
    }

    private static String row(String what, double ms, String baseline, double baseMs) {
        return String.format(Locale.ROOT, "| %s | %.1f ms | %s: %.1f ms | %.2f× |", what, ms, baseline, baseMs, ms / baseMs);
    }
}
