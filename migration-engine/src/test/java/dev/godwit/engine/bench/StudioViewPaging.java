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
        List<String> grouped = new ArrayList<>();
        try (SqliteDatabase db = SqliteDatabase.open(work.resolve("big.sqlite"))) {
            db.runAtomically(List.of("CREATE TABLE events (id integer PRIMARY KEY, kind text NOT NULL, at integer NOT NULL, payload text)",
                    "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < " + n + ")"
                            + " INSERT INTO events SELECT i, 'kind' || (i % 17), 1700000000 + (i * 7919) % " + n + ", printf('payload %d', i) FROM s",
                    "CREATE INDEX events_at_idx ON events (at)",
                    "CREATE VIEW recent AS SELECT id, kind, at, payload FROM events",
                    // a grouped view: one row per user (n / 5 of them), built whole by SQLite for every query that reads it
                    "CREATE TABLE touches (user_id integer NOT NULL, at integer NOT NULL)",
                    "INSERT INTO touches SELECT id % " + Math.max(1, n / 5) + ", at FROM events",
                    "CREATE INDEX touches_user_idx ON touches (user_id)",
                    "CREATE VIEW per_user AS SELECT user_id, count(*) AS touches, max(at) AS last_at FROM touches GROUP BY user_id"), false);
            long groups = ((Number) db.query("SELECT count(*) AS n FROM per_user").get(0).get("n")).longValue();
            long gDeep = groups / 10 * 9;
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
                // The grouped view: what a page and its count cost by the studio's HTTP API, against the queries it ran before
                // (a page by OFFSET in its total order, and count(*)), straight on the port in the same run.
                String gLate = Base64.getUrlEncoder().withoutPadding().encodeToString(("{\"o\":\"" + gDeep + "\"}").getBytes(StandardCharsets.UTF_8));
                int[] write = {0};
                Timer.Body changed = () -> db.runAtomically(List.of("INSERT INTO touches VALUES (" + (1_000_000 + write[0]++) + ", 0)"), false);
                for (String sort : new String[] {"", "&sort=touches"}) {
                    String order = sort.isEmpty() ? "\"user_id\", \"touches\", \"last_at\"" : "\"touches\", \"user_id\", \"last_at\"";
                    String what = "grouped view, " + (sort.isEmpty() ? "unsorted" : "sorted by an aggregate (touches)");
                    double oldFirst = Timer.medianMillis(1, 5, () -> { }, () -> db.query("SELECT * FROM per_user ORDER BY " + order + " LIMIT 51"));
                    // before, next went on from the last row's user_id (unique: WHERE user_id >= ? … OFFSET 1); sorted by touches every
                    // row ties (5 each), so by OFFSET alone
                    Object lastUser = db.query("SELECT user_id FROM per_user ORDER BY " + order + " LIMIT 1 OFFSET " + (gDeep - 1)).get(0).get("user_id");
                    String oldNext = sort.isEmpty() ? "SELECT * FROM per_user WHERE \"user_id\" >= " + lastUser + " ORDER BY " + order + " LIMIT 51 OFFSET 1"
                            : "SELECT * FROM per_user ORDER BY " + order + " LIMIT 51 OFFSET " + gDeep;
                    double oldDeep = Timer.medianMillis(1, 5, () -> { }, () -> db.query(oldNext));
                    double oldCount = Timer.medianMillis(1, 5, () -> { }, () -> db.query("SELECT (SELECT count(*) FROM per_user) AS c0"));
                    // page 1 just after a write (the copy made again), then page 1, a deep page and the count from the copy
                    double made = Timer.medianMillis(1, 5, changed, () -> page(http, base, token, "table=per_user&limit=50" + sort));
                    double first = Timer.medianMillis(3, 9, () -> { }, () -> page(http, base, token, "table=per_user&limit=50" + sort));
                    double atDeep = Timer.medianMillis(3, 9, () -> { }, () -> page(http, base, token, "table=per_user&limit=50" + sort + "&after=" + gLate));
                    double count = Timer.medianMillis(3, 9, () -> { }, () -> page(http, base, token, "table=per_user" + sort, "/api/count?", "\"count\""));
                    grouped.add(String.format(Locale.ROOT, "| %s, page at row 0 | %.1f ms | %.1f ms | %.1f ms (the copy made again: after a write) |",
                            what, oldFirst + oldCount, first, made));
                    grouped.add(String.format(Locale.ROOT, "| %s, page at row %,d by *next* | %.1f ms | %.1f ms | %.2f× |", what, gDeep, oldDeep, atDeep, atDeep / oldDeep));
                    grouped.add(String.format(Locale.ROOT, "| %s, its count | %.1f ms | %.1f ms | %.2f× |", what, oldCount, count, count / oldCount));
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
        System.out.printf(Locale.ROOT, "%nA grouped view of %,d rows over %,d (per_user: GROUP BY user_id), by the HTTP API against the queries the studio"
                + " ran before, straight on the port (page 1 was a page and a count)%n%n", n / 5, n);
        System.out.println("| what | before (on the port) | now (HTTP API) | ratio / note |");
        System.out.println("|---|---|---|---|");
        grouped.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "%nMachine: %d cores, Java %s, load %s%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Files.readString(Path.of("/proc/loadavg")).strip());
    }

    private static String nextOf(HttpClient http, URI base, String token, String query) throws Exception {
        String body = http.send(HttpRequest.newBuilder(base.resolve("/api/rows?" + query)).header("X-Godwit-Token", token).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body).get("next").asText();
    }

    private static void page(HttpClient http, URI base, String token, String query) throws Exception {
        page(http, base, token, query, "/api/rows?", "\"values\"");
    }

    private static void page(HttpClient http, URI base, String token, String query, String path, String expect) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(path + query)).header("X-Godwit-Token", token).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200 || !r.body().contains(expect)) throw new IllegalStateException("page failed: " + r.statusCode() + " " + r.body());
    }
}
