package dev.godwit.engine.studio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.godwit.engine.d1.D1Database;
import dev.godwit.engine.d1.D1Settings;
import dev.godwit.engine.d1.D1StandIn;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.SqliteDatabase;
import java.io.InputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The studio's paging and row addressing over real HTTP, locally and over the D1 stand-in: every row exactly once in both
 * directions (keysets, views, ties, NULLs, integers beyond 2^53), and each edit reaching its own row (100-column tables,
 * hidden rowids, keys that may be NULL).
 */
class StudioPagingTest extends StudioServerFixture {

    @Test
    void keysetPagesVisitEveryRowOnceInEitherDirectionWithNullsAndTies() throws Exception {
        List<String> inserts = new ArrayList<>();
        inserts.add("CREATE TABLE k (g integer, s text)");
        for (int i = 0; i < 137; i++) inserts.add("INSERT INTO k VALUES (" + (i % 7 == 0 ? "NULL" : Integer.toString(i % 5)) + ", 'x" + i + "')");
        db.runAtomically(inserts, false);
        for (String dir : List.of("asc", "desc")) {
            List<String> seen = new ArrayList<>();
            List<JsonNode> pages = new ArrayList<>();
            String after = null;
            do {
                JsonNode p = ok("GET", "/api/rows?table=k&sort=g&dir=" + dir + "&limit=10" + (after == null ? "" : "&after=" + after), null);
                assertFalse(p.get("sql").asText().contains("OFFSET"), p.get("sql").asText());
                pages.add(p);
                p.get("rows").forEach(r -> seen.add(r.get("rowid").asText()));
                after = p.path("next").asText(null);
            } while (after != null);
            assertEquals(137, seen.size(), dir);
            assertEquals(137, new HashSet<>(seen).size(), dir);
            List<String> expected = db.query("SELECT rowid AS r FROM k ORDER BY g " + dir + ", rowid " + dir).stream().map(m -> m.get("r").toString()).toList();
            assertEquals(expected, seen, dir);
            // Back from the third page is the second page.
            JsonNode back = ok("GET", "/api/rows?table=k&sort=g&dir=" + dir + "&limit=10&before=" + pages.get(2).get("prev").asText(), null);
            assertEquals(pages.get(1).get("rows"), back.get("rows"));
        }
        assertEquals(400, page("GET", "/api/rows?table=k&after=bm90IGEgY3Vyc29y", null).statusCode());
    }

    /**
     * Sorting by huge texts or blobs: the cursor carries the rowid and a hash, not the value (a 30,000-character value made the
     * URL over the 32 KB head limit, 431; a large blob's preview was refused, 400), and the pages still visit every row once.
     */
    @Test
    void sortingByHugeTextsOrBlobsPagesWithShortCursors() throws Exception {
        db.runAtomically(List.of("CREATE TABLE docs (id integer PRIMARY KEY, body text, data blob)",
                "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 25)"
                        + " INSERT INTO docs SELECT i, printf('%05d', (i * 7) % 10) || substr(hex(zeroblob(15000)), 1, 30000),"
                        + " CASE WHEN i % 6 = 0 THEN NULL ELSE randomblob(5000) END FROM s"), false);
        for (String sort : List.of("body", "data")) {
            for (String dir : List.of("asc", "DESC")) {
                List<String> seen = new ArrayList<>();
                List<JsonNode> pages = new ArrayList<>();
                String after = null;
                do {
                    JsonNode p = ok("GET", "/api/rows?table=docs&sort=" + sort + "&dir=" + dir + "&limit=4" + (after == null ? "" : "&after=" + after), null);
                    pages.add(p);
                    p.get("rows").forEach(r -> seen.add(r.get("rowid").asText()));
                    after = p.path("next").asText(null);
                    if (after != null) assertTrue(after.length() < 200, sort + ": a cursor of " + after.length() + " characters");
                } while (after != null);
                String d = dir.toLowerCase(java.util.Locale.ROOT);
                List<String> expected = db.query("SELECT rowid AS r FROM docs ORDER BY " + sort + " " + d + ", rowid " + d).stream()
                        .map(m -> m.get("r").toString()).toList();
                assertEquals(expected, seen, sort + " " + dir);
                JsonNode back = ok("GET", "/api/rows?table=docs&sort=" + sort + "&dir=" + dir + "&limit=4&before=" + pages.get(2).get("prev").asText(), null);
                assertEquals(pages.get(1).get("rows"), back.get("rows"), sort + " " + dir);
            }
        }
        // The row a cursor names changed its sort value since: the page cannot continue from it, and says so.
        JsonNode first = ok("GET", "/api/rows?table=docs&sort=body&limit=4", null);
        String last = first.get("rows").get(3).get("rowid").asText();
        db.runAtomically(List.of("UPDATE docs SET body = 'short' WHERE id = " + last), false);
        HttpResponse<String> stale = page("GET", "/api/rows?table=docs&sort=body&limit=4&after=" + first.get("next").asText(), null);
        assertEquals(409, stale.statusCode(), stale.body());
        assertEquals("the row this page ended at (rowid " + last + ") was deleted or its \"body\" changed since, so the page cannot continue"
                + " from it: go back to the first page", error(stale));
    }

    /**
     * A page reads large texts and blobs as the grid shows them (their start, length and digest, made in SQLite): it read every value
     * whole (51 rows of 8 MB files: 408 MB in the heap, "Out of memory" under -Xmx300m). The row's version still covers the whole
     * value: an edit after a change in the middle of a large blob, same length, is refused as changed since.
     */
    @Test
    void aPageReadsLargeValuesAsPreviewsAndItsVersionStillCatchesAChangeInThem() throws Exception {
        db.runAtomically(List.of("CREATE TABLE files (id integer PRIMARY KEY, name text, data blob, body text)",
                "INSERT INTO files VALUES (1, 'a', randomblob(1048576), printf('%.*c', 100000, 'x') || 'é'),"
                        + " (2, 'b', X'00FF', 'short'), (3, 'c', randomblob(5000), printf('%.*c', 16384, 'y'))"), false);
        long[] largest = {0};
        Database measured = new Database() {
            public String describe() { return db.describe(); }
            public dev.godwit.engine.db.Capabilities capabilities() { return db.capabilities(); }
            public List<Map<String, Object>> query(String sql, Object... params) {
                List<Map<String, Object>> rows = db.query(sql, params);
                for (Map<String, Object> r : rows) {
                    for (Object v : r.values()) {
                        long n = v instanceof byte[] b ? b.length : v instanceof String t ? t.length() : 0;
                        if (sql.contains("FROM \"files\"")) largest[0] = Math.max(largest[0], n);
                    }
                }
                return rows;
            }
            public Written write(String sql, Object... params) { return db.write(sql, params); }
            public void runAtomically(List<String> statements, boolean foreignKeysOff) { db.runAtomically(statements, foreignKeysOff); }
            public boolean defineFunction(String name, int args, java.util.function.Function<Object[], Object> body) { return db.defineFunction(name, args, body); }
            public void close() { }
        };
        studio.close();
        studio = StudioServer.start(measured, StudioOptions.defaults(), 0);
        openPage();

        JsonNode p = ok("GET", "/api/rows?table=files", null);
        assertTrue(largest[0] < 20_000, "the page read a value of " + largest[0] + " bytes or characters into the heap");
        JsonNode r1 = p.get("rows").get(0).get("values");
        assertEquals(1048576, r1.get(2).get("n").asLong());
        assertTrue(r1.get(2).get("truncated").asBoolean());
        assertEquals(128, r1.get(2).get("v").asText().length());
        assertEquals(100001, r1.get(3).get("n").asLong());
        assertEquals("x".repeat(16384), r1.get(3).get("v").asText());
        // shown in full as before: a blob of 2 bytes, a text of exactly 16,384 characters; a blob of 5,000 bytes truncated as before
        assertEquals("{\"t\":\"b\",\"n\":2,\"v\":\"00ff\"}", p.get("rows").get(1).get("values").get(2).toString());
        assertEquals("y".repeat(16384), p.get("rows").get(2).get("values").get(3).get("v").asText());
        assertFalse(p.get("rows").get(2).get("values").get(3).has("truncated"));
        assertEquals(5000, p.get("rows").get(2).get("values").get(2).get("n").asLong());
        assertTrue(p.get("rows").get(2).get("values").get(2).get("truncated").asBoolean());

        // the version from the preview is the one a write computes from the whole row: the edit goes through
        String version = p.get("rows").get(0).get("version").asText();
        ok("PUT", "/api/rows?table=files", "{\"rowid\": \"1\", \"version\": \"" + version + "\", \"values\": {\"name\": {\"input\": \"a2\"}}}");
        String now = ok("GET", "/api/rows?table=files", null).get("rows").get(0).get("version").asText();
        // someone changes the blob's bytes, not its length: the page's version no longer matches
        db.runAtomically(List.of("UPDATE files SET data = randomblob(1048576) WHERE id = 1"), false);
        HttpResponse<String> stale = page("PUT", "/api/rows?table=files", "{\"rowid\": \"1\", \"version\": \"" + now + "\", \"values\": {\"name\": {\"input\": \"a3\"}}}");
        assertEquals(409, stale.statusCode(), stale.body());
        assertEquals("a2", db.query("SELECT name FROM files WHERE id = 1").get(0).get("name"));
        // so does a change of the long text's last character
        String again = ok("GET", "/api/rows?table=files", null).get("rows").get(0).get("version").asText();
        db.runAtomically(List.of("UPDATE files SET body = printf('%.*c', 100000, 'x') || 'e' WHERE id = 1"), false);
        assertEquals(409, page("PUT", "/api/rows?table=files", "{\"rowid\": \"1\", \"version\": \"" + again + "\", \"values\": {\"name\": {\"input\": \"a3\"}}}").statusCode());
        // sorted by the large text, the next page continues from the row's digest
        JsonNode sorted = ok("GET", "/api/rows?table=files&sort=body&dir=desc&limit=1", null);
        JsonNode next = ok("GET", "/api/rows?table=files&sort=body&dir=desc&limit=1&after=" + sorted.get("next").asText(), null);
        assertEquals(List.of("3", "1"), List.of(sorted.get("rows").get(0).get("rowid").asText(), next.get("rows").get(0).get("rowid").asText()));
    }

    /** D1 allows 100 columns per table and per result: a table at the limit browses and exports (its INTEGER PRIMARY KEY is the rowid; see also aHundredColumnTable…). */
    @Test
    void overD1ATableWithAHundredColumnsBrowsesAndExports() throws Exception {
        Path file = dir.resolve("d1.sqlite");
        StringBuilder wide = new StringBuilder("CREATE TABLE wide (id integer PRIMARY KEY");
        StringBuilder plain = new StringBuilder("CREATE TABLE plain (c0 text");
        for (int i = 1; i < 100; i++) {
            wide.append(", c").append(i).append(" text");
            plain.append(", c").append(i).append(" text");
        }
        try (SqliteDatabase seed = SqliteDatabase.open(file)) {
            seed.runAtomically(List.of(wide + ")", plain + ")", "INSERT INTO wide (id, c1, c99) VALUES (7, 'a', 'z'), (8, 'b', 'y')",
                    "INSERT INTO plain (c0) VALUES ('p')"), false);
        }
        try (D1StandIn standIn = D1StandIn.start(file, "acct", "dbid", "tok");
             Database d1 = new D1Database(new D1Settings("acct", "dbid", "tok", standIn.endpoint()))) {
            studioOverD1(d1, true);
            JsonNode rows = ok("GET", "/api/rows?table=wide&sort=c99&dir=desc&limit=1", null);
            assertEquals("7", rows.get("rows").get(0).get("rowid").asText());
            assertEquals(100, rows.get("rows").get(0).get("values").size());
            assertEquals("8", ok("GET", "/api/rows?table=wide&sort=c99&dir=desc&limit=1&after=" + enc(rows.get("next").asText()), null)
                    .get("rows").get(0).get("rowid").asText());
            HttpResponse<String> csv = page("GET", "/api/export?table=wide&format=csv", null);
            assertEquals(200, csv.statusCode(), csv.body());
            assertEquals(3, csv.body().split("\r\n").length);
            ok("PUT", "/api/rows?table=wide", v("wide", "{\"rowid\": \"7\", \"values\": {\"c50\": \"mid\"}}"));
            assertEquals("mid", d1.query("SELECT c50 FROM wide WHERE id = 7").get(0).get("c50"));
            // A long value is bound: the guard of 100 columns must leave it a parameter under D1's 100.
            ok("PUT", "/api/rows?table=wide", v("wide", "{\"rowid\": \"7\", \"values\": {\"c51\": \"" + "w".repeat(3000) + "\"}}"));
            assertEquals(3000L, d1.query("SELECT length(c51) AS n FROM wide WHERE id = 7").get(0).get("n"));
            // Without an INTEGER PRIMARY KEY too (it said "100 columns and no INTEGER PRIMARY KEY: use the SQL console"): the rowid packed
            assertEquals("p", ok("GET", "/api/rows?table=plain", null).get("rows").get(0).get("values").get(0).get("v").asText());
        }
    }

    /** INTEGER PRIMARY KEY DESC is not the rowid (SQLite's quirk): pages visit every row and an edit reaches its row. */
    @Test
    void aTableWithIntegerPrimaryKeyDescPagesEveryRowAndEditsIt() throws Exception {
        db.runAtomically(List.of("CREATE TABLE dsc (id INTEGER PRIMARY KEY DESC, v text)", "INSERT INTO dsc VALUES (300, 'c'), (100, 'a'), (200, 'b')"), false);
        List<String> ids = new ArrayList<>();
        String after = null;
        do {
            JsonNode p = ok("GET", "/api/rows?table=dsc&limit=1" + (after == null ? "" : "&after=" + enc(after)), null);
            p.get("rows").forEach(r -> ids.add(r.get("values").get(0).get("v").asText()));
            after = p.path("next").asText(null);
        } while (after != null && ids.size() < 10);
        assertEquals(List.of("300", "100", "200"), ids);
        ok("PUT", "/api/rows?table=dsc", v("dsc", "{\"rowid\": \"2\", \"values\": {\"v\": {\"input\": \"A\"}}}"));
        assertEquals("A", db.query("SELECT v FROM dsc WHERE id = 100").get(0).get("v"));
    }

    /**
     * D1 allows 100 result columns: a 100-column table whose INTEGER PRIMARY KEY DESC is not the rowid paged by the key's values as
     * if they were rowids (one row, then nothing) and edited the wrong row. Its rowid now travels packed with the key column.
     */
    @Test
    void overD1AHundredColumnTableWithIntegerPrimaryKeyDescPagesEveryRowAndEditsIt() throws Exception {
        StringBuilder ddl = new StringBuilder("CREATE TABLE wide (id INTEGER PRIMARY KEY DESC");
        for (int i = 1; i < 100; i++) ddl.append(", c").append(i).append(" text");
        try (D1 over = d1(ddl + ")", "INSERT INTO wide (id, c1) VALUES (300, 'c'), (100, 'a'), (200, 'b')")) {
            studioOverD1(over.db(), true);
            for (String dir : List.of("asc", "desc")) {
                List<String> seen = new ArrayList<>();
                String after = null;
                do {
                    JsonNode p = ok("GET", "/api/rows?table=wide&limit=1&sort=c1&dir=" + dir + (after == null ? "" : "&after=" + enc(after)), null);
                    p.get("rows").forEach(r -> seen.add(r.get("rowid").asText() + ":" + r.get("values").get(0).get("v").asText()
                            + ":" + r.get("values").get(1).get("v").asText()));
                    after = p.path("next").asText(null);
                } while (after != null && seen.size() < 10);
                assertEquals(dir.equals("asc") ? List.of("2:100:a", "3:200:b", "1:300:c") : List.of("1:300:c", "3:200:b", "2:100:a"), seen, dir);
            }
            List<String> byRowid = new ArrayList<>();
            String after = null;
            do {
                JsonNode p = ok("GET", "/api/rows?table=wide&limit=2" + (after == null ? "" : "&after=" + enc(after)), null);
                p.get("rows").forEach(r -> byRowid.add(r.get("values").get(0).get("v").asText()));
                after = p.path("next").asText(null);
            } while (after != null && byRowid.size() < 10);
            assertEquals(List.of("300", "100", "200"), byRowid);
            ok("PUT", "/api/rows?table=wide", v("wide", "{\"rowid\": \"2\", \"values\": {\"c2\": {\"input\": \"edited\"}}}"));
            assertEquals(List.of(Map.of("id", 100L, "c2", "edited")), over.db().query("SELECT id, c2 FROM wide WHERE c2 IS NOT NULL"));
            assertEquals(List.of("id,c1,c2", "300,c,", "100,a,edited", "200,b,"), page("GET", "/api/export?table=wide&format=csv", null).body().lines()
                    .map(l -> String.join(",", java.util.Arrays.copyOf(l.split(",", -1), 3))).toList());
        }
    }

    /**
     * D1 allows 100 result columns: a 100-column table without an INTEGER PRIMARY KEY had no room for the rowid the studio read
     * beside its columns, so it could not be browsed over D1 ("too many columns"). One with a primary key whose columns are NOT NULL
     * is now addressed by that key, as a WITHOUT ROWID table is; one without a key, or with one that may be NULL, by its rowid
     * packed with a column. Locally and over the D1 stand-in: browsed both ways, edited, inserted into, deleted from, the right row.
     */
    @Test
    void aHundredColumnTableWithoutIntegerPrimaryKeyIsBrowsedAndChangedLocallyAndOverD1() throws Exception {
        List<String> ddl = new ArrayList<>();
        for (String head : List.of("keyed (code text PRIMARY KEY NOT NULL", "plain (c0 text", "loose (k text PRIMARY KEY")) {
            StringBuilder s = new StringBuilder("CREATE TABLE " + head);
            for (int i = 1; i < 100; i++) s.append(", c").append(i).append(" text");
            ddl.add(s + ")");
        }
        ddl.add("INSERT INTO keyed (code, c1, c99) VALUES ('b', 'same', 'B'), ('a', 'same', 'A'), ('c', 'same', 'C')");
        ddl.add("INSERT INTO plain (c0, c99) VALUES ('p', 'same'), ('q', 'same'), ('r', 'same')");
        ddl.add("INSERT INTO loose (k, c99) VALUES (NULL, 'one'), (NULL, 'two'), ('k', 'three')");
        db.runAtomically(ddl, false);
        wideTablesBrowseAndChange(db);
        try (D1 over = d1(ddl.toArray(String[]::new))) {
            studioOverD1(over.db(), true);
            wideTablesBrowseAndChange(over.db());
        }
    }

    /**
     * Columns named rowid, oid and _rowid_ hide a table's rowid: such a table was read-only. With a primary key that every row has
     * (declared NOT NULL, or an INTEGER PRIMARY KEY, which is the rowid) it is now paged, edited and deleted from by that key; without
     * one (or with one that may be NULL: INTEGER PRIMARY KEY DESC is not the rowid) it goes by a UNIQUE key of NOT NULL columns
     * where it has one (it was read-only: hu); else it stays read-only, and the page says why and what would make it editable.
     */
    @Test
    void aTableWhoseColumnsHideItsRowidIsChangedByItsPrimaryKeyLocallyAndOverD1() throws Exception {
        List<String> ddl = List.of(
                "CREATE TABLE hk (rowid text, oid text, _rowid_ text, code text NOT NULL PRIMARY KEY, v text)",
                "CREATE TABLE hi (rowid text, oid text, _rowid_ text, id INTEGER PRIMARY KEY, v text)",
                "CREATE TABLE hd (rowid text, oid text, _rowid_ text, id INTEGER PRIMARY KEY DESC, v text)",
                "CREATE TABLE hn (rowid text, oid text, _rowid_ text, v text)",
                "CREATE TABLE hu (rowid text, oid text, _rowid_ text, code text NOT NULL UNIQUE, v text)",
                "INSERT INTO hu VALUES ('1', '1', '1', 'b', 'x'), ('1', '1', '1', 'a', 'x')",
                "INSERT INTO hk VALUES ('1', '1', '1', 'b', 'x'), ('1', '1', '1', 'a', 'x')",
                "INSERT INTO hi VALUES ('1', '1', '1', 7, 'x'), ('1', '1', '1', 5, 'x')",
                "INSERT INTO hd VALUES ('1', '1', '1', 7, 'x'), ('1', '1', '1', NULL, 'x')",
                "INSERT INTO hn VALUES ('1', '1', '1', 'x')");
        db.runAtomically(ddl, false);
        hiddenRowidTablesByKey(db);
        try (D1 over = d1(ddl.toArray(String[]::new))) {
            studioOverD1(over.db(), true);
            hiddenRowidTablesByKey(over.db());
        }
    }

    /**
     * A table whose columns hide its rowid and whose primary key may be NULL is paged by OFFSET in the order of its sort and key; rows
     * whose key is NULL tie there, and SQLite put them in another order for the next page's query ("k" IS NULL, which reads the
     * key's index) than for the first: walking it by 3 descending, locally and over D1, showed some rows twice and others never. The
     * order now goes on to the table's other columns after the key, so only rows alike in every column tie.
     */
    @Test
    void aHiddenRowidTableWhoseKeyMayBeNullPagesEveryRowOnce() throws Exception {
        String[] ddl = {"CREATE TABLE t (rowid text, oid text, _rowid_ text, k text PRIMARY KEY, s integer, x text)", "CREATE INDEX t_s ON t(s)",
                "INSERT INTO t (k, s, x) VALUES (NULL, 1, 'z'), (NULL, 1, 'a'), (NULL, 1, 'm'), ('b', 1, 'q'), (NULL, 2, 'c'), (NULL, 2, 'b'),"
                        + " ('a', NULL, 'n'), (NULL, NULL, 'y'), (NULL, NULL, 'b')"};
        db.runAtomically(List.of(ddl), false);
        nullableKeyPagesEveryRowOnce(db);
        try (D1 over = d1(ddl)) {
            studioOverD1(over.db(), false);
            nullableKeyPagesEveryRowOnce(over.db());
        }
    }

    /**
     * D1's JSON rounds integers above 2^53 (9007199254740993 arrives as 9007199254740992): sorted by such a column, a page's cursor
     * carried the rounded value, so the next page repeated or skipped rows; the grid showed them rounded, and an edit of such a row was
     * refused as changed since (its guard named the rounded value). They now travel as text beside the row's key, unpacked on the server.
     */
    @Test
    void overD1SortingByIntegersAbove2To53PagesEveryRowOnceAndShowsAndEditsThemExactly() throws Exception {
        try (D1 over = d1("CREATE TABLE big (id integer PRIMARY KEY, n integer, label text)",
                "INSERT INTO big VALUES (1, 9007199254740993, 'a'), (2, 9007199254740992, 'b'), (3, 9007199254740995, 'c'),"
                        + " (4, 9007199254740994, 'd'), (5, -9007199254740993, 'e'), (6, 9007199254740993, 'f'), (7, NULL, 'g'), (8, 1, 'h')",
                "CREATE TABLE kv (k text PRIMARY KEY, n integer) WITHOUT ROWID",
                "INSERT INTO kv VALUES ('x', 9007199254740993), ('y', 9007199254740992), ('z', 9007199254740993)")) {
            studioOverD1(over.db(), true);
            assertEquals(List.of("7", "5", "8", "2", "1", "6", "4", "3"), allRows("table=big&sort=n", r -> r.get("rowid").asText()));
            assertEquals(List.of("3", "4", "6", "1", "2", "8", "5", "7"), allRows("table=big&sort=n&dir=desc", r -> r.get("rowid").asText()));
            assertEquals(List.of("NULL", "-9007199254740993", "1", "9007199254740992", "9007199254740993", "9007199254740993", "9007199254740994",
                    "9007199254740995"), allRows("table=big&sort=n", r -> cell(r, 1)));
            ok("PUT", "/api/rows?table=big", v("big", "{\"rowid\": \"6\", \"values\": {\"label\": {\"input\": \"F\"}}}"));
            assertEquals(List.of(Map.of("id", 6L)), over.db().query("SELECT id FROM big WHERE label = 'F'"));
            assertEquals(List.of("y", "x", "z"), allRows("table=kv&sort=n", r -> cell(r, 0)));
            assertEquals(List.of("z:9007199254740993", "x:9007199254740993", "y:9007199254740992"), allRows("table=kv&sort=n&dir=desc",
                    r -> cell(r, 0) + ":" + cell(r, 1)));
        }
    }

    /**
     * A view has no key, so its pages are LIMIT … OFFSET: page 18,000 of a 1,000,000-row view took 10-15 times page 1 (README, Paging
     * speed). A next page now continues from the last row's value of the order's first column (WHERE "grp" >= ?) and OFFSET skips
     * only the rows that tie with it; where the tie cannot be counted for sure (a NOCASE column's 'a' and 'A') it goes by offset.
     * Every row once, in order, both ways, sorted or not, page sizes 1 to 3; locally and over D1.
     */
    @Test
    void aViewsNextPageContinuesFromTheLastRowsValueAndVisitsEveryRowOnce() throws Exception {
        String[] ddl = {"CREATE TABLE ev (id integer PRIMARY KEY, grp integer, name text COLLATE NOCASE)",
                "INSERT INTO ev VALUES (1, NULL, 'x'), (2, NULL, 'y'), (3, 1, 'a'), (4, 1, 'A'), (5, 1, 'a'), (6, 2, 'b'), (7, 2, 'b'), (8, 3, 'B'),"
                        + " (9, 3, 'c'), (10, 4, 'd'), (11, 2.5, 'r'), (12, 2, 'b ')",
                "CREATE VIEW ev_view AS SELECT grp, name FROM ev"};
        db.runAtomically(List.of(ddl), false);
        JsonNode first = ok("GET", "/api/rows?table=ev_view&limit=3", null);
        JsonNode second = ok("GET", "/api/rows?table=ev_view&limit=3&after=" + enc(first.get("next").asText()), null);
        assertEquals("SELECT * FROM \"ev_view\" WHERE \"grp\" >= ? ORDER BY \"grp\", \"name\" LIMIT 4 OFFSET 1", second.get("sql").asText());
        viewPagesVisitEveryRowOnce(db);
        try (D1 over = d1(ddl)) {
            studioOverD1(over.db(), false);
            viewPagesVisitEveryRowOnce(over.db());
        }
    }

    /**
     * A grouped view (GROUP BY, DISTINCT, a window, a compound, or a view over one) is built whole by SQLite for every query that
     * reads it: each page, and its count, took 0.7-1.3 s on a view over 100,000 rows (README, Paging speed). Its pages now come
     * from one copy of its rows (a temp table numbered in the page order): every row once, in order, both ways, under filters;
     * the count from the copy; and a change underneath (a write on this connection, another connection's commit, a migration)
     * is seen on the next request, the copy made again. Before, the deep page's SQL read the view ("FROM \"per_team\"").
     */
    @Test
    void aGroupedViewPagesFromOneCopyOfItsRowsAndSeesChangesUnderneath() throws Exception {
        List<String> ddl = new ArrayList<>(List.of("CREATE TABLE t (id integer PRIMARY KEY, team integer, pts integer)",
                "CREATE VIEW per_team AS SELECT team, count(*) AS games, sum(pts) AS total FROM t GROUP BY team",
                "CREATE VIEW teams_seen AS SELECT DISTINCT team FROM t",
                "CREATE VIEW over_grouped AS SELECT team, total FROM per_team",
                "CREATE VIEW plain AS SELECT team, pts FROM t"));
        for (int i = 1; i <= 60; i++) ddl.add("INSERT INTO t VALUES (" + i + ", " + (i % 23) + ", " + (i % 7) + ")");
        db.runAtomically(ddl, false);
        for (String sort : List.of("", "&sort=total", "&sort=games&dir=desc")) {
            String order = sort.isEmpty() ? "team, games, total" : sort.contains("desc") ? "games DESC, team DESC, total DESC" : "total, team, games";
            List<String> expected = db.query("SELECT team || ':' || games || ':' || total AS r FROM per_team ORDER BY " + order).stream()
                    .map(r -> (String) r.get("r")).toList();
            List<String> seen = new ArrayList<>();
            List<JsonNode> pages = new ArrayList<>();
            String after = null;
            do {
                JsonNode p = ok("GET", "/api/rows?table=per_team&limit=5" + sort + (after == null ? "" : "&after=" + enc(after)), null);
                pages.add(p);
                p.get("rows").forEach(r -> seen.add(cell(r, 0) + ":" + cell(r, 1) + ":" + cell(r, 2)));
                after = p.path("next").asText(null);
            } while (after != null);
            assertEquals(expected, seen, sort);
            // each order its own copy, under the first free name
            String copy = "godwit_studio_view_rows" + (sort.isEmpty() ? "" : sort.contains("desc") ? "_3" : "_2");
            assertEquals("SELECT \"c1\" AS \"team\", \"c2\" AS \"games\", \"c3\" AS \"total\" FROM temp." + copy + " WHERE rowid > 10"
                    + " ORDER BY rowid LIMIT 6", pages.get(2).get("sql").asText());
            JsonNode back = ok("GET", "/api/rows?table=per_team&limit=5" + sort + "&before=" + enc(pages.get(3).get("prev").asText()), null);
            assertEquals(pages.get(2).get("rows"), back.get("rows"));
            assertEquals(23, ok("GET", "/api/count?table=per_team" + sort, null).get("count").asInt());
        }
        String where = "&where=" + enc("[[\"total\",\"gt\",\"9\"]]");
        long over9 = (Long) db.query("SELECT count(*) AS n FROM per_team WHERE total > 9").get(0).get("n");
        assertEquals(over9, ok("GET", "/api/count?table=per_team" + where, null).get("count").asLong());
        assertEquals(over9, allRows("table=per_team" + where, r -> cell(r, 0)).size());
        // DISTINCT and a view over a grouped one are copied too; a plain view is not (it pages from the view, as before)
        assertTrue(ok("GET", "/api/rows?table=teams_seen", null).get("sql").asText().contains("godwit_studio_view_rows"));
        assertTrue(ok("GET", "/api/rows?table=over_grouped", null).get("sql").asText().contains("godwit_studio_view_rows"));
        assertEquals("SELECT * FROM \"plain\" ORDER BY \"team\", \"pts\" LIMIT 51", ok("GET", "/api/rows?table=plain", null).get("sql").asText());
        // Changes underneath are seen at once: a write on the studio's connection (the console), another connection's commit
        JsonNode one = ok("GET", "/api/rows?table=per_team&limit=1", null);
        assertEquals("0:2:6", cell(one.get("rows").get(0), 0) + ":" + cell(one.get("rows").get(0), 1) + ":" + cell(one.get("rows").get(0), 2));
        db.runAtomically(List.of("INSERT INTO t VALUES (100, 0, 5)"), false);
        one = ok("GET", "/api/rows?table=per_team&limit=1", null);
        assertEquals("0:3:11", cell(one.get("rows").get(0), 0) + ":" + cell(one.get("rows").get(0), 1) + ":" + cell(one.get("rows").get(0), 2));
        try (SqliteDatabase other = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
            other.runAtomically(List.of("INSERT INTO t VALUES (101, 99, 1)"), false);
        }
        assertEquals(24, ok("GET", "/api/count?table=per_team", null).get("count").asInt());
        assertEquals(List.of(), db.query("SELECT name FROM sqlite_master WHERE name LIKE 'godwit%'"), "nothing is written to the file");
        // A grouped view of 100 columns on wrangler's local D1 file, which keeps D1's limit of 100 columns: the copy has no more
        List<String> cols = new ArrayList<>();
        for (int i = 1; i <= 100; i++) cols.add("c" + i + " integer");
        try (SqliteDatabase likeD1 = SqliteDatabase.openLikeD1(dir.resolve("local-d1.sqlite"))) {
            likeD1.runAtomically(List.of("CREATE TABLE w (" + String.join(", ", cols) + ")", "CREATE VIEW wide AS SELECT DISTINCT * FROM w",
                    "INSERT INTO w (c1, c100) VALUES (2, 20), (1, 10), (2, 20)"), false);
            studioOverD1(likeD1, false);
            JsonNode wide = ok("GET", "/api/rows?table=wide", null);
            assertTrue(wide.get("sql").asText().contains("godwit_studio_view_rows"), wide.get("sql").asText());
            assertEquals(List.of("1:10", "2:20"), List.of(cell(wide.get("rows").get(0), 0) + ":" + cell(wide.get("rows").get(0), 99),
                    cell(wide.get("rows").get(1), 0) + ":" + cell(wide.get("rows").get(1), 99)));
        }
    }

    /**
     * A grouped view's copy was one slot: two tabs on two grouped views (or one view in two orders) made it again on every request,
     * each a read of the whole view (0.1-0.4 s on 100,000 rows), as each evicted the other's. A few copies are now kept, each
     * made again only when the database changed or a minute passed; the least recently used is dropped for a fifth, and copies
     * that can no longer serve are dropped when the next one is made. The console's temp view of the copies' name stays.
     */
    @Test
    void twoTabsOnTwoGroupedViewsKeepTheirCopies() throws Exception {
        List<String> ddl = new ArrayList<>(List.of("CREATE TABLE t (id integer PRIMARY KEY, team integer, pts integer)",
                "CREATE VIEW per_team AS SELECT team, count(*) AS games, sum(pts) AS total FROM t GROUP BY team",
                "CREATE VIEW teams_seen AS SELECT DISTINCT team FROM t",
                "CREATE VIEW pts_seen AS SELECT DISTINCT pts FROM t",
                "CREATE TEMP VIEW godwit_studio_view_rows AS SELECT 'mine' AS note"));
        for (int i = 1; i <= 60; i++) ddl.add("INSERT INTO t VALUES (" + i + ", " + (i % 23) + ", " + (i % 7) + ")");
        db.runAtomically(ddl, false);
        int[] made = {0};
        Database counting = new Database() {
            @Override
            public String describe() {
                return db.describe();
            }

            @Override
            public dev.godwit.engine.db.Capabilities capabilities() {
                return db.capabilities();
            }

            @Override
            public List<Map<String, Object>> query(String sql, Object... params) {
                if (sql.startsWith("INSERT INTO temp.godwit_studio_view_rows")) made[0]++;
                return db.query(sql, params);
            }

            @Override
            public void runAtomically(List<String> statements, boolean foreignKeysOff) {
                db.runAtomically(statements, foreignKeysOff);
            }

            @Override
            public void close() {
                // the fixture closes db
            }
        };
        studioOverD1(counting, false);
        JsonNode a = null;
        for (int i = 0; i < 3; i++) {
            a = ok("GET", "/api/rows?table=per_team&limit=5", null);
            assertEquals(23, ok("GET", "/api/count?table=per_team", null).get("count").asInt());
            ok("GET", "/api/rows?table=teams_seen&limit=5", null);
            assertEquals(23, ok("GET", "/api/count?table=teams_seen", null).get("count").asInt());
        }
        assertEquals(2, made[0], "one copy per view, kept while the other tab pages (it was 6: each request evicted the other's)");
        ok("GET", "/api/rows?table=per_team&limit=5&after=" + enc(a.get("next").asText()), null);
        ok("GET", "/api/rows?table=per_team&limit=5&sort=total", null);
        assertEquals(3, made[0], "another order is another copy");
        ok("GET", "/api/rows?table=pts_seen", null);
        assertEquals(4, made[0]);
        assertEquals(4, copies().size());
        ok("GET", "/api/rows?table=per_team&limit=5", null);
        ok("GET", "/api/rows?table=per_team&limit=5&sort=games", null);   // a fifth: the least recently used (teams_seen) goes
        assertEquals(5, made[0]);
        assertEquals(4, copies().size(), "at most four copies are kept: " + copies());
        ok("GET", "/api/rows?table=per_team&limit=5", null);
        assertEquals(5, made[0]);
        ok("GET", "/api/rows?table=teams_seen", null);
        assertEquals(6, made[0], "the evicted copy is made again");
        // a change underneath: the copy asked for is made again, the others (which cannot serve again) dropped
        db.runAtomically(List.of("INSERT INTO t VALUES (100, 0, 5)"), false);
        JsonNode one = ok("GET", "/api/rows?table=per_team&limit=1", null);
        assertEquals("0:3:11", cell(one.get("rows").get(0), 0) + ":" + cell(one.get("rows").get(0), 1) + ":" + cell(one.get("rows").get(0), 2));
        assertEquals(7, made[0]);
        assertEquals(1, copies().size(), copies().toString());
        assertEquals(List.of(Map.of("note", "mine")), db.query("SELECT note FROM temp.godwit_studio_view_rows"));
    }

    /**
     * A grouped view whose read fails (here sum() overflows) left the copy's empty temp table behind on every request: the next
     * took the next free name, so each page of such a view added a temp table that no copy held and nothing dropped.
     */
    @Test
    void aGroupedViewThatFailsLeavesNoCopyBehind() throws Exception {
        restartOnOneConnection(StudioOptions.defaults());   // the copies where the test (and the console) sees them
        db.runAtomically(List.of("CREATE TABLE t (id integer PRIMARY KEY, team integer, pts integer)",
                "CREATE VIEW per_team AS SELECT team, sum(pts) AS total FROM t GROUP BY team",
                "INSERT INTO t VALUES (1, 1, 9223372036854775807), (2, 1, 1)"), false);
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> failed = page("GET", "/api/rows?table=per_team", null);
            assertEquals(400, failed.statusCode(), failed.body());
            assertTrue(error(failed).contains("integer overflow"), failed.body());
        }
        assertEquals(List.of(), copies(), "no temp table left by the failed copies");
        db.runAtomically(List.of("UPDATE t SET pts = 5 WHERE id = 1"), false);
        assertEquals(1, ok("GET", "/api/rows?table=per_team", null).get("rows").size());
        assertEquals(List.of("godwit_studio_view_rows"), copies());
    }

    /** The temp tables holding copies of grouped views. */
    private List<Object> copies() {
        return db.query("SELECT name FROM temp.sqlite_master WHERE type = 'table' AND name LIKE 'godwit_studio_view_rows%'").stream()
                .map(r -> r.get("name")).toList();
    }

    /**
     * The copy of a grouped view took a fixed temp table name: a TEMP VIEW of that name made in the console made every page fail
     * ("use DROP VIEW to delete view godwit_studio_view_rows", passed on as the view's error), and a TEMP TABLE of that name was
     * dropped without a word. The copy now takes the first name the temp schema does not have, and leaves the console's alone.
     */
    @Test
    void aGroupedViewsCopyLeavesTheConsolesTempTableAndViewOfItsNameAlone() throws Exception {
        restartOnOneConnection(StudioOptions.defaults());   // the copies where the test (and the console) sees them
        db.runAtomically(List.of("CREATE TABLE t (id integer PRIMARY KEY, team integer)",
                "CREATE VIEW per_team AS SELECT team, count(*) AS games FROM t GROUP BY team",
                "INSERT INTO t VALUES (1, 1), (2, 2), (3, 2)",
                "CREATE TEMP VIEW godwit_studio_view_rows AS SELECT 'mine' AS note",
                "CREATE TEMP TABLE godwit_studio_view_rows_2 (note text)", "INSERT INTO godwit_studio_view_rows_2 VALUES ('also mine')"), false);
        JsonNode page = ok("GET", "/api/rows?table=per_team", null);
        assertEquals("SELECT \"c1\" AS \"team\", \"c2\" AS \"games\" FROM temp.godwit_studio_view_rows_3 WHERE rowid > 0 ORDER BY rowid LIMIT 51",
                page.get("sql").asText());
        assertEquals(List.of("1:1", "2:2"), List.of(cell(page.get("rows").get(0), 0) + ":" + cell(page.get("rows").get(0), 1),
                cell(page.get("rows").get(1), 0) + ":" + cell(page.get("rows").get(1), 1)));
        assertEquals(2, ok("GET", "/api/count?table=per_team", null).get("count").asInt());
        assertEquals(List.of(Map.of("note", "mine")), db.query("SELECT note FROM temp.godwit_studio_view_rows"));
        assertEquals(List.of(Map.of("note", "also mine")), db.query("SELECT note FROM temp.godwit_studio_view_rows_2"));
        // the console drops the copy's table and makes a view of its name: the next page is copied again under a free name
        db.runAtomically(List.of("DROP TABLE temp.godwit_studio_view_rows_3", "CREATE TEMP VIEW godwit_studio_view_rows_3 AS SELECT 1 AS one"), false);
        page = ok("GET", "/api/rows?table=per_team", null);
        assertTrue(page.get("sql").asText().contains("FROM temp.godwit_studio_view_rows_4 "), page.get("sql").asText());
        assertEquals(2, page.get("rows").size());
        assertEquals(List.of(Map.of("one", 1L)), db.query("SELECT one FROM temp.godwit_studio_view_rows_3"));
    }

    /**
     * Another process's commit that lands while the copy of a grouped view is made (after the copy read the view, before the copy
     * noted the database's state) was taken into the state the copy serves under: the copy missed that commit and still served,
     * the count and pages without it, until some other change or the minute was up. The state is now read before and after the
     * copy is made; where they differ the copy serves the request it was made for and is made again for the next.
     */
    @Test
    void aCommitWhileTheViewIsCopiedIsSeenOnTheNextRequest() throws Exception {
        db.runAtomically(List.of("CREATE TABLE t (id integer PRIMARY KEY, team integer)",
                "CREATE VIEW per_team AS SELECT team, count(*) AS games FROM t GROUP BY team",
                "INSERT INTO t VALUES (1, 1), (2, 2), (3, 2)"), false);
        boolean[] committed = {false};
        Database racing = new Database() {
            @Override
            public String describe() {
                return db.describe();
            }

            @Override
            public dev.godwit.engine.db.Capabilities capabilities() {
                return db.capabilities();
            }

            @Override
            public List<Map<String, Object>> query(String sql, Object... params) {
                List<Map<String, Object>> rows = db.query(sql, params);
                if (sql.startsWith("INSERT INTO temp.godwit_studio_view_rows") && !committed[0]) {
                    committed[0] = true;   // another process commits just after the copy read the view
                    try (SqliteDatabase other = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
                        other.runAtomically(List.of("INSERT INTO t VALUES (4, 3)"), false);
                    }
                }
                return rows;
            }

            @Override
            public void runAtomically(List<String> statements, boolean foreignKeysOff) {
                db.runAtomically(statements, foreignKeysOff);
            }

            @Override
            public void close() {
                // the fixture closes db
            }
        };
        studioOverD1(racing, false);
        assertEquals(2, ok("GET", "/api/count?table=per_team", null).get("count").asInt(), "read before the commit");
        assertTrue(committed[0]);
        assertEquals(3, ok("GET", "/api/count?table=per_team", null).get("count").asInt(), "the commit is seen on the next request");
        assertEquals(3, ok("GET", "/api/rows?table=per_team", null).get("rows").size());
    }

    /**
     * Over D1 a view's integers beyond 2^53 came back rounded too (shown and exported as 9007199254740992), and a next page sorted by
     * them could only go by offset. They now travel as text beside the view's columns, as a table's do, and its next page continues
     * from the exact value.
     */
    @Test
    void overD1AViewShowsExportsAndPagesByIntegersAbove2To53Exactly() throws Exception {
        try (D1 over = d1("CREATE TABLE big (id integer PRIMARY KEY, n integer)",
                "INSERT INTO big VALUES (1, 9007199254740993), (2, 9007199254740992), (3, 9007199254740995), (4, 9007199254740993), (5, 1)",
                "CREATE VIEW big_view AS SELECT n, id FROM big")) {
            studioOverD1(over.db(), false);
            assertEquals(List.of("1:5", "9007199254740992:2", "9007199254740993:1", "9007199254740993:4", "9007199254740995:3"),
                    allRows("table=big_view&sort=n", r -> cell(r, 0) + ":" + cell(r, 1)));
            JsonNode first = ok("GET", "/api/rows?table=big_view&sort=n&limit=3", null);
            JsonNode second = ok("GET", "/api/rows?table=big_view&sort=n&limit=3&after=" + enc(first.get("next").asText()), null);
            assertTrue(second.get("sql").asText().contains("WHERE \"n\" >= ?"), second.get("sql").asText());
            assertEquals("n,id\r\n1,5\r\n9007199254740992,2\r\n9007199254740993,1\r\n9007199254740993,4\r\n9007199254740995,3\r\n",
                    page("GET", "/api/export?table=big_view&format=csv&sort=n", null).body());
        }
    }

    /**
     * A view of 100 columns has no room over D1 for the integers beyond 2^53 beside its columns (D1 returns 100 result columns),
     * so they came back rounded through D1's JSON: 9007199254740993 shown and exported as 9007199254740992, and its next page
     * continued by offset from a rounded value. They now travel packed with the view's first column, and arrive whole.
     */
    @Test
    void overD1AHundredColumnViewShowsExportsAndPagesByIntegersAbove2To53Exactly() throws Exception {
        StringBuilder ddl = new StringBuilder("CREATE TABLE nums (id integer PRIMARY KEY");
        StringBuilder view = new StringBuilder("CREATE VIEW nums_view AS SELECT n1");
        for (int i = 1; i < 100; i++) ddl.append(", n").append(i).append(" integer");
        for (int i = 2; i < 100; i++) view.append(", n").append(i);
        view.append(", id FROM nums");
        try (D1 over = d1(ddl + ")", "INSERT INTO nums (id, n1, n50, n99) VALUES (1, 9007199254740993, 9007199254740995, -9007199254740993),"
                + " (2, 5, 9007199254740993, 7), (3, 9007199254740992, 1, 1)", view.toString())) {
            studioOverD1(over.db(), false);
            assertEquals(List.of("5:9007199254740993:7:2", "9007199254740992:1:1:3", "9007199254740993:9007199254740995:-9007199254740993:1"),
                    allRows("table=nums_view&sort=n1&limit=1", r -> cell(r, 0) + ":" + cell(r, 49) + ":" + cell(r, 98) + ":" + cell(r, 99)));
            String csv = page("GET", "/api/export?table=nums_view&format=csv&sort=n1", null).body();
            assertTrue(csv.contains("\r\n9007199254740993,"), csv);
            assertTrue(csv.contains(",-9007199254740993,1\r\n"), csv);
            assertTrue(csv.contains(",9007199254740993,"), csv);
        }
    }

    /**
     * D1's documented limit is 32 arguments per SQL function: the integers beyond 2^53 of a 100-column table were one json_array of
     * 100. They are now read in arrays of 32 at most, nested, and still arrive whole.
     */
    @Test
    void overD1AHundredIntegerColumnsTravelInJsonArraysOfAtMost32() throws Exception {
        StringBuilder ddl = new StringBuilder("CREATE TABLE nums (id integer PRIMARY KEY");
        for (int i = 1; i < 100; i++) ddl.append(", n").append(i).append(" integer");
        try (D1 over = d1(ddl + ")", "INSERT INTO nums (id, n1, n40, n99) VALUES (1, 9007199254740993, 9007199254740995, -9007199254740993)")) {
            studioOverD1(over.db(), true);
            JsonNode p = ok("GET", "/api/rows?table=nums&sort=n99", null);
            int most = mostArguments(p.get("sql").asText(), "json_array");
            assertTrue(most <= 32, "a json_array of " + most + " arguments");
            JsonNode row = p.get("rows").get(0);
            assertEquals(List.of("9007199254740993", "9007199254740995", "-9007199254740993"), List.of(cell(row, 1), cell(row, 40), cell(row, 99)));
            ok("PUT", "/api/rows?table=nums", v("nums", "{\"rowid\": \"1\", \"values\": {\"n2\": {\"input\": \"2\"}}}"));
            assertEquals(List.of(Map.of("n", 2L)), over.db().query("SELECT n2 AS n FROM nums WHERE n1 = 9007199254740993"));
        }
    }
}
