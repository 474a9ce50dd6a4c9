package dev.godwit.engine.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.d1.D1Database;
import dev.godwit.engine.d1.D1Settings;
import dev.godwit.engine.db.Database;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Exports of a table view over D1 (the stand-in): a chunk is one API call, which D1 answers whole, so it is sized by what its
 * rows weigh in D1's JSON, not only by their number; with every row once, in the view's order, and as many calls as before for
 * small rows.
 */
class StudioD1ExportTest extends StudioServerFixture {

    /**
     * A chunk of 400 KB of D1's JSON (about 10 rows of 10 KB blobs) where the tests page many chunks: the cuts are made by the
     * rows' weight against the budget, whatever its size, and 4 MB chunks of 100 KB rows cost 25 s of CPU a run.
     */
    static final long SMALL_CHUNK = 400_000;

    @org.junit.jupiter.api.AfterEach
    void chunkBack() {
        ExportRows.d1ChunkBytes = ExportRows.D1_CHUNK_BYTES;
    }

    /** D1's port, counting the blob bytes of each answer (the largest) and the queries. */
    static class Measured implements Database {
        final Database db;
        long largest;
        int queries;

        Measured(Database db) {
            this.db = db;
        }

        @Override
        public String describe() {
            return db.describe();
        }

        @Override
        public dev.godwit.engine.db.Capabilities capabilities() {
            return db.capabilities();
        }

        @Override
        public synchronized List<Map<String, Object>> query(String sql, Object... params) {
            List<Map<String, Object>> rows = db.query(sql, params);
            queries++;
            long bytes = 0;
            for (Map<String, Object> r : rows) for (Object v : r.values()) if (v instanceof byte[] b) bytes += b.length;
            largest = Math.max(largest, bytes);
            return rows;
        }

        @Override
        public Written write(String sql, Object... params) {
            return db.write(sql, params);
        }

        @Override
        public void runAtomically(List<String> statements, boolean foreignKeysOff) {
            db.runAtomically(statements, foreignKeysOff);
        }

        @Override
        public void close() {
            db.close();
        }
    }

    /** The CSV lines of an export, read as they stream. */
    List<String> exported(String query) throws Exception {
        HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(studio.uri().resolve(at("/api/export?" + query + "&format=csv"))).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (r.statusCode() != 200) {
            try (InputStream in = r.body()) {
                assertEquals(200, r.statusCode(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        List<String> lines = new ArrayList<>();
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) lines.add(line);
        }
        return lines;
    }

    /**
     * 50 rows of 1.9 MB blobs (D1 allows 2 MB a value) were asked for in one call of 1,000 rows: an answer of hundreds of MB (a
     * blob travels as an array of numbers), which the stand-in ran out of memory building, and the studio answered after 6 minutes
     * of retries "No answer from Cloudflare D1 … Check the network and db.d1.endpoint". Now no answer holds more than the chunk's
     * budget and one row, every row comes once and in order, and the small rows before still come 1,000 a call.
     */
    @Test
    void overD1AnExportOfLargeRowsAsksForChunksOfAFewMegabytes() throws Exception {
        try (D1 d1 = d1("CREATE TABLE files (id integer PRIMARY KEY, name text, data blob)",
                "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 1001) INSERT INTO files SELECT i, 's' || i, x'00' FROM s",
                "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 8) INSERT INTO files SELECT 1001 + i, 'f' || i, randomblob(1900000) FROM s")) {
            Measured measured = new Measured(d1.db());
            studioOverD1(measured, false);
            ok("GET", "/api/tables", null);   // the schema, read once
            int before = measured.queries;
            List<String> lines = exported("table=files");
            List<String> expected = new ArrayList<>(List.of("name"));
            for (int i = 1; i <= 1001; i++) expected.add("s" + i);
            for (int i = 1; i <= 8; i++) expected.add("f" + i);
            assertEquals(expected, lines.stream().map(l -> l.split(",", 3)[1]).toList());
            assertEquals(2 + 2 * 1900000 + 1, lines.get(1009).split(",", 3)[2].length(), "x'…' of 1.9 MB");
            assertTrue(measured.largest <= ExportRows.D1_CHUNK_BYTES / 4 + 1900000 + 1001, "one answer held " + measured.largest + " bytes of blobs");
            // 1,000 small rows, the last small one and the first file, each file alone, and a last call that finds none after
            assertEquals(10, measured.queries - before);
        }
    }

    /** Small rows come 1,000 a call, as before: 2,500 rows in 3 calls, 2,000 in 2, none in 1. */
    @Test
    void overD1AnExportOfSmallRowsTakesNoMoreCalls() throws Exception {
        try (D1 d1 = d1("CREATE TABLE a (id integer PRIMARY KEY, name text, data blob)", "CREATE TABLE b (id integer PRIMARY KEY, name text)",
                "CREATE TABLE c (id integer PRIMARY KEY)",
                "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 2500) INSERT INTO a SELECT i, printf('%0200d', i), randomblob(100) FROM s",
                "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 2000) INSERT INTO b SELECT i, 'n' || i FROM s")) {
            Measured measured = new Measured(d1.db());
            studioOverD1(measured, false);
            ok("GET", "/api/tables", null);   // the schema, read once
            for (var c : List.of(Map.entry("a", 3), Map.entry("b", 2), Map.entry("c", 1))) {
                int before = measured.queries;
                List<String> lines = exported("table=" + c.getKey() + (c.getKey().equals("c") ? "" : "&sort=name&dir=desc"));
                assertEquals(c.getValue(), measured.queries - before, c.getKey());
                assertEquals(c.getKey().equals("a") ? 2501 : c.getKey().equals("b") ? 2001 : 1, lines.size(), c.getKey());
            }
        }
    }

    /**
     * Chunks cut by weight page exactly: ties on the sort column and NULLs (first ascending, last descending) broken by the key,
     * a WITHOUT ROWID table's key, and filters with more parameters than D1 takes twice (the weights are then asked apart).
     */
    @Test
    void overD1ChunksCutByWeightPageEveryRowOnceInOrder() throws Exception {
        ExportRows.d1ChunkBytes = SMALL_CHUNK;
        List<String> seed = new ArrayList<>(List.of("CREATE TABLE kv (org text, n integer, grp text, v blob, PRIMARY KEY (org, n)) WITHOUT ROWID",
                "CREATE TABLE kr (id integer PRIMARY KEY, org text, n integer, grp text, v blob)"));
        seed.add("WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 40) INSERT INTO kv SELECT CASE i % 3 WHEN 0 THEN 'a' WHEN 1"
                + " THEN 'b' ELSE 'c' END, i, CASE WHEN i % 5 = 0 THEN NULL ELSE 'g' || (i % 4) END, CASE WHEN i % 7 = 0 THEN NULL ELSE randomblob(10000) END FROM s");
        seed.add("INSERT INTO kr (org, n, grp, v) SELECT org, n, grp, v FROM kv ORDER BY n DESC");
        try (D1 d1 = d1(seed.toArray(String[]::new))) {
            Measured measured = new Measured(d1.db());
            studioOverD1(measured, false);
            ok("GET", "/api/tables", null);   // the schema, read once
            for (String table : List.of("kv", "kr")) {
                String key = table.equals("kv") ? "org, n" : "id";
                for (String dir : List.of("asc", "desc")) {
                    String d = dir.equals("asc") ? "" : " DESC";
                    List<String> expected = new ArrayList<>();
                    for (Map<String, Object> r : d1.db().query("SELECT org || ':' || n AS k FROM " + table + " ORDER BY grp" + d + ", "
                            + key.replace(",", d + ",") + d)) expected.add((String) r.get("k"));
                    int before = measured.queries;
                    List<String> got = exported("table=" + table + "&sort=grp&dir=" + dir).stream().skip(1).map(l -> keyOf(table, l)).toList();
                    assertEquals(expected, got, table + " " + dir);
                    assertTrue(measured.queries - before >= 4, table + " " + dir + ": chunks of about 10 rows of 10 KB");
                    assertTrue(measured.largest <= ExportRows.d1ChunkBytes / 4 + 10000, table + ": " + measured.largest);
                }
                // 61 filters of a parameter each: twice 122, over D1's 100
                StringBuilder where = new StringBuilder("[");
                for (int i = 100; i < 160; i++) where.append(i > 100 ? "," : "").append("[\"n\",\"ne\",\"").append(i).append("\"]");
                where.append(",[\"n\",\"ne\",\"3\"]]");
                List<String> expected = new ArrayList<>();
                for (Map<String, Object> r : d1.db().query("SELECT org || ':' || n AS k FROM " + table + " WHERE n <> 3 ORDER BY grp DESC, "
                        + key.replace(",", " DESC,") + " DESC")) expected.add((String) r.get("k"));
                List<String> got = exported("table=" + table + "&sort=grp&dir=desc&where=" + enc(where.toString())).stream().skip(1).map(l -> keyOf(table, l)).toList();
                assertEquals(expected, got, table + " filtered");
            }
        }
    }

    private static String keyOf(String table, String csvLine) {
        String[] f = csvLine.split(",", -1);
        return table.equals("kv") ? f[0] + ":" + f[1] : f[1] + ":" + f[2];
    }

    /**
     * A D1 request of an export that gets no answer after its retries names what it asked, not only the network: the studio said
     * "No answer from Cloudflare D1 (NoHttpResponseException …) … Check the network and db.d1.endpoint" for a chunk too big to answer.
     */
    @Test
    void overD1AnExportD1DoesNotAnswerNamesWhatItAsked() throws Exception {
        try (D1 d1 = d1("CREATE TABLE files (id integer PRIMARY KEY, name text)", "INSERT INTO files VALUES (1, 'a')");
             Database quick = new D1Database(new D1Settings("acct", "dbid", "tok", d1.standIn().endpoint())
                     .withRetries(2, Duration.ofMillis(1), Duration.ofMillis(10)))) {
            studioOverD1(quick, false);
            ok("GET", "/api/tables", null);
            d1.standIn().dropConnectionAfterCommitNext(10);
            HttpResponse<String> r = page("GET", "/api/export?table=files&format=csv", null);
            assertEquals(400, r.statusCode(), r.body());
            String m = error(r);
            assertTrue(m.startsWith("The export of table \"files\" failed asking D1 for its first rows (0 rows written before): No answer from Cloudflare D1"), m);
        }
    }

    /**
     * A view (rows without a key) was exported over D1 in one call of {@code LIMIT 1000001}: one answer of any size, built and read
     * whole (8 rows of 1.9 MB blobs were one answer of 15 MB of blobs, 60 MB of D1's JSON). Now it pages as the grid pages a view,
     * by {@link OffsetCursor}, each page stopping before the row that starts past the chunk's budget: every row once, in the
     * view's order, and small rows 1,000 a call.
     */
    @Test
    void overD1AViewsExportIsPagedInChunksOfAFewMegabytes() throws Exception {
        try (D1 d1 = d1("CREATE TABLE files (id integer PRIMARY KEY, name text, data blob)",
                "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 1001) INSERT INTO files SELECT i, 's' || i, x'00' FROM s",
                "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 8) INSERT INTO files SELECT 1001 + i, 'f' || i, randomblob(1900000) FROM s",
                "CREATE VIEW named AS SELECT name, data FROM files",
                "CREATE TABLE small (id integer PRIMARY KEY, name text)",
                "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 2500) INSERT INTO small SELECT i, 'n' || i FROM s",
                "CREATE VIEW small_names AS SELECT name FROM small")) {
            Measured measured = new Measured(d1.db());
            studioOverD1(measured, false);
            ok("GET", "/api/tables", null);   // the schema, read once
            int before = measured.queries;
            List<String> lines = exported("table=named");
            List<String> expected = new ArrayList<>(List.of("name"));
            for (Map<String, Object> r : d1.db().query("SELECT name FROM named ORDER BY name, data")) expected.add((String) r.get("name"));
            assertEquals(expected, lines.stream().map(l -> l.split(",", 2)[0]).toList());
            assertEquals(2 + 2 * 1900000 + 1, lines.get(1).split(",", 2)[1].length(), "x'…' of 1.9 MB");
            assertTrue(measured.largest <= ExportRows.D1_CHUNK_BYTES / 4 + 1900000 + 1001, "one answer held " + measured.largest + " bytes of blobs");
            // each file alone (they sort first), then 1,000 small rows, then the last one
            assertEquals(10, measured.queries - before);
            for (var c : List.of(Map.entry("", 3), Map.entry("&sort=name&dir=desc", 3), Map.entry("&where=" + enc("[[\"name\",\"eq\",\"none\"]]"), 1))) {
                before = measured.queries;
                List<String> got = exported("table=small_names" + c.getKey());
                assertEquals(c.getValue(), measured.queries - before, c.getKey());
                List<String> want = new ArrayList<>(List.of("name"));
                if (c.getValue() > 1) {
                    for (Map<String, Object> r : d1.db().query("SELECT name FROM small ORDER BY name" + (c.getKey().isEmpty() ? "" : " DESC"))) want.add((String) r.get("name"));
                }
                assertEquals(want, got, c.getKey());
            }
        }
    }

    /**
     * A view's chunks over D1 page exactly: ties on the sort column (a page that ties whole goes on by offset) and NULLs (first
     * ascending, last descending), and filters with more parameters than D1 takes twice (the weights are then asked apart).
     */
    @Test
    void overD1AViewsChunksPageEveryRowOnceInOrder() throws Exception {
        ExportRows.d1ChunkBytes = SMALL_CHUNK;
        List<String> seed = new ArrayList<>(List.of("CREATE TABLE kv (org text, n integer, grp text, v blob, PRIMARY KEY (org, n)) WITHOUT ROWID"));
        seed.add("WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 40) INSERT INTO kv SELECT CASE i % 3 WHEN 0 THEN 'a' WHEN 1"
                + " THEN 'b' ELSE 'c' END, i, CASE WHEN i % 5 = 0 THEN NULL ELSE 'g' || (i % 4) END, CASE WHEN i % 7 = 0 THEN NULL ELSE randomblob(10000) END FROM s");
        seed.add("CREATE VIEW kvv AS SELECT org, n, grp, v FROM kv");
        try (D1 d1 = d1(seed.toArray(String[]::new))) {
            Measured measured = new Measured(d1.db());
            studioOverD1(measured, false);
            ok("GET", "/api/tables", null);   // the schema, read once
            for (String sort : List.of("grp", "org", "")) {
                for (String dir : List.of("asc", "desc")) {
                    String d = dir.equals("asc") ? "" : " DESC";
                    String order = sort.isEmpty() ? "org" + d + ", n" + d + ", grp" + d + ", v" + d
                            : sort + d + ", " + String.join(", ", List.of("org", "n", "grp", "v").stream().filter(c -> !c.equals(sort)).map(c -> c + d).toList());
                    List<String> expected = new ArrayList<>();
                    for (Map<String, Object> r : d1.db().query("SELECT org || ':' || n AS k FROM kvv ORDER BY " + order)) expected.add((String) r.get("k"));
                    int before = measured.queries;
                    List<String> got = exported("table=kvv" + (sort.isEmpty() ? "" : "&sort=" + sort) + "&dir=" + dir).stream().skip(1)
                            .map(l -> keyOf("kv", l)).toList();
                    assertEquals(expected, got, sort + " " + dir);
                    assertTrue(measured.queries - before >= 4, sort + " " + dir + ": chunks of about 10 rows of 10 KB");
                    assertTrue(measured.largest <= ExportRows.d1ChunkBytes / 4 + 10000, sort + " " + dir + ": " + measured.largest);
                }
            }
            // 61 filters of a parameter each: twice 122, over D1's 100
            StringBuilder where = new StringBuilder("[");
            for (int i = 100; i < 160; i++) where.append(i > 100 ? "," : "").append("[\"n\",\"ne\",\"").append(i).append("\"]");
            where.append(",[\"n\",\"ne\",\"3\"]]");
            List<String> expected = new ArrayList<>();
            for (Map<String, Object> r : d1.db().query("SELECT org || ':' || n AS k FROM kvv WHERE n <> 3 ORDER BY grp DESC, org DESC, n DESC, v DESC")) {
                expected.add((String) r.get("k"));
            }
            int before = measured.queries;
            List<String> got = exported("table=kvv&sort=grp&dir=desc&where=" + enc(where.toString())).stream().skip(1).map(l -> keyOf("kv", l)).toList();
            assertEquals(expected, got, "filtered");
            assertTrue(measured.largest <= ExportRows.d1ChunkBytes / 4 + 10000, "filtered: " + measured.largest);
            assertTrue(measured.queries - before >= 8, "filtered: the weights asked apart, " + (measured.queries - before));
        }
    }

    /** On a local file a view's export stays one query from one cursor, whatever its size (and asks nothing else of its rows). */
    @Test
    void aLocalViewsExportIsOneQuery() throws Exception {
        db.runAtomically(List.of("CREATE TABLE big (id integer PRIMARY KEY, name text)",
                "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 2500) INSERT INTO big SELECT i, 'n' || i FROM s",
                "CREATE VIEW big_names AS SELECT name FROM big"), false);
        List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        Database watched = new Measured(db) {
            @Override
            public void queryEach(String sql, List<Object> params, java.util.function.Consumer<Map<String, Object>> each) {
                asked.add(sql);
                db.queryEach(sql, params, each);
            }
        };
        studio.close();
        studio = StudioServer.start(watched, StudioOptions.defaults(), 0);
        openPage();
        ok("GET", "/api/tables", null);
        List<String> lines = exported("table=big_names&sort=name&dir=desc");
        assertEquals(2501, lines.size());
        assertEquals(1, asked.size(), asked.toString());
        assertTrue(asked.get(0).contains("FROM \"big_names\"") && !asked.get(0).contains("OFFSET"), asked.get(0));
    }
}
