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
 * What a view's pages cost (README: "Studio", paging speed): a view of N rows (default 200,000) over a table, one page of 50 at
 * row 0 and 90% deep through the studio's HTTP API, unsorted and sorted by a column the table has an index on: deep by the cursor
 * Next hands out (the last row's value) and by OFFSET alone (what every view page was), next to the table's own keyset pages.
 * usage: StudioViewPaging [rows=200000]
 */
public final class StudioViewPaging {

    private StudioViewPaging() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int deep = n / 10 * 9;
        Path work = Files.createTempDirectory("godwit-studio-view");
        List<String> rows = new ArrayList<>();
        try (SqliteDatabase db = SqliteDatabase.open(work.resolve("big.sqlite"))) {
            db.runAtomically(List.of("CREATE TABLE events (id integer PRIMARY KEY, kind text NOT NULL, at integer NOT NULL, payload text)",
                    "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < " + n + ")"
                            + " INSERT INTO events SELECT i, 'kind' || (i % 17), 1700000000 + (i * 7919) % " + n + ", printf('payload %d', i) FROM s",
                    "CREATE INDEX events_at_idx ON events (at)",
                    "CREATE VIEW recent AS SELECT id, kind, at, payload FROM events"), false);
            try (StudioServer studio = StudioServer.start(db, StudioOptions.defaults(), 0)) {
                String token = studio.startUri().getQuery().substring("token=".length());
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                URI base = studio.uri();
                String late = Base64.getUrlEncoder().withoutPadding().encodeToString(("{\"o\":\"" + deep + "\"}").getBytes(StandardCharsets.UTF_8));
                String before = Base64.getUrlEncoder().withoutPadding().encodeToString(("{\"o\":\"" + (deep - 50) + "\"}").getBytes(StandardCharsets.UTF_8));
                for (String sort : new String[] {"", "&sort=at"}) {
                    String what = sort.isEmpty() ? "unsorted (ORDER BY every column)" : "sorted by at (indexed in the table)";
                    double first = Timer.medianMillis(5, 11, () -> { }, () -> page(http, base, token, "table=recent&limit=50" + sort));
                    double byOffset = Timer.medianMillis(3, 7, () -> { }, () -> page(http, base, token, "table=recent&limit=50" + sort + "&after=" + late));
                    // The cursor "Next" carries there: the page before's last value of the order's first column
                    String next = nextOf(http, base, token, "table=recent&limit=50" + sort + "&after=" + before);
                    double byNext = Timer.medianMillis(5, 11, () -> { }, () -> page(http, base, token, "table=recent&limit=50" + sort + "&after=" + next));
                    rows.add(String.format(Locale.ROOT, "| view, %s | %.1f ms | %.1f ms | %.1f ms |", what, first, byNext, byOffset));
                }
                var at = db.query("SELECT rowid AS r FROM events ORDER BY rowid LIMIT 1 OFFSET " + (deep - 1)).get(0);
                String keyset = Base64.getUrlEncoder().withoutPadding().encodeToString(("{\"r\":\"" + at.get("r") + "\",\"v\":null}").getBytes(StandardCharsets.UTF_8));
                double tFirst = Timer.medianMillis(5, 11, () -> { }, () -> page(http, base, token, "table=events&limit=50"));
                double tDeep = Timer.medianMillis(5, 11, () -> { }, () -> page(http, base, token, "table=events&limit=50&after=" + keyset));
                rows.add(String.format(Locale.ROOT, "| its table (keyset on rowid) | %.1f ms | %.1f ms | (none) |", tFirst, tDeep));
            }
        } finally {
            Benchmarks.delete(work);
        }
        System.out.printf(Locale.ROOT, "Studio paging of a view of %,d rows: a page of 50 at row 0 and at row %,d%n%n", n, deep);
        System.out.printf(Locale.ROOT, "| what | page at row 0 | page at row %,d by Next's cursor | the same page by OFFSET %,d |%n", deep, deep);
        System.out.println("|---|---|---|---|");
        rows.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "%nMachine: %d cores, Java %s, load %s%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Files.readString(Path.of("/proc/loadavg")).strip());
    }

    private static String nextOf(HttpClient http, URI base, String token, String query) throws Exception {
        String body = http.send(HttpRequest.newBuilder(base.resolve("/api/rows?" + query)).header("X-Godwit-Token", token).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body).get("next").asText();
    }

    private static void page(HttpClient http, URI base, String token, String query) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/rows?" + query)).header("X-Godwit-Token", token).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200 || !r.body().contains("\"values\"")) throw new IllegalStateException("page failed: " + r.statusCode() + " " + r.body());
    }
}
