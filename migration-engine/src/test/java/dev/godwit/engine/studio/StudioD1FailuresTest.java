package dev.godwit.engine.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.godwit.engine.db.SqliteDatabase;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A D1 failure of D1's own (HTTP 500, an outage outlasting the retries) during a studio write was said in D1's words alone,
 * {@code internal error; reference = …}: nothing said whether the edit or the new row had been written, nor what to do, while
 * the D1 client's message said both (a write after a 5xx is not sent again, so it may or may not have been applied). A failure of
 * the SQL (D1's 400 7500, SQLite's words) is still said in SQLite's words.
 */
class StudioD1FailuresTest extends StudioServerFixture {

    private String shown(JsonNode row, String body) throws Exception {
        ObjectNode o = (ObjectNode) json.readTree(body);
        o.put("rowid", row.get("rowid").asText());
        o.put("version", row.get("version").asText());
        o.set("shown", row.get("values"));
        return o.toString();
    }

    @Test
    void aWriteD1FailsOnItsOwnSaysItMayOrMayNotHaveBeenMade() throws Exception {
        try (D1 d1 = d1("CREATE TABLE t (id integer PRIMARY KEY, name text UNIQUE)", "INSERT INTO t VALUES (1, 'a'), (2, 'b')")) {
            studioOverD1(d1.db(), true);
            JsonNode row = ok("GET", "/api/rows?table=t", null).get("rows").get(0);
            d1.standIn().failWith500WhenBodyContains("UPDATE", 1);
            HttpResponse<String> edit = page("PUT", "/api/rows?table=t", shown(row, "{\"values\": {\"name\": {\"input\": \"edited\"}}}"));
            assertEquals(400, edit.statusCode(), edit.body());
            assertEquals("Cloudflare D1 answered HTTP 500 (code 7500): internal error; reference = standinN. The request changes data and has no guard"
                    + " against running twice, so it was not sent again: it may or may not have been applied. Look at the data, then repeat the"
                    + " change if it is missing.", error(edit).replaceAll("standin\\d+", "standinN"));
            d1.standIn().failWith500WhenBodyContains("INSERT", 1);
            HttpResponse<String> insert = page("POST", "/api/rows?table=t", "{\"values\": {\"name\": {\"input\": \"c\"}}}");
            assertEquals(400, insert.statusCode(), insert.body());
            assertEquals(true, error(insert).contains("it may or may not have been applied"), error(insert));
            // the SQL's own failure keeps SQLite's words, said as the studio says them
            JsonNode second = ok("GET", "/api/rows?table=t", null).get("rows").get(1);
            HttpResponse<String> dup = page("PUT", "/api/rows?table=t", shown(second, "{\"values\": {\"name\": {\"input\": \"a\"}}}"));
            assertEquals("another row of \"t\" already holds \"name\" = 'a' (UNIQUE constraint failed: t.name): give a value no other row holds;"
                    + " nothing was written", error(dup));
        }
        try (SqliteDatabase f = SqliteDatabase.open(dir.resolve("d1.sqlite"))) {
            assertEquals(List.of(Map.of("id", 1L, "name", "a"), Map.of("id", 2L, "name", "b")), f.query("SELECT id, name FROM t ORDER BY id"));
        }
    }

    /** A page D1 failed to serve (HTTP 500) through every retry: said so, not "internal error; reference = …" alone. */
    @Test
    void aPageD1CannotServeSaysSoAfterItsRetries() throws Exception {
        // D1's five attempts, a millisecond apart (the fixture's port)
        try (D1 d1 = d1("CREATE TABLE t (id integer PRIMARY KEY, name text)", "INSERT INTO t VALUES (1, 'a')")) {
            studioOverD1(d1.db(), true);
            ok("GET", "/api/rows?table=t", null);
            d1.standIn().failNextWith500(50);
            HttpResponse<String> r = page("GET", "/api/rows?table=t&sort=name", null);
            assertEquals(400, r.statusCode(), r.body());
            assertEquals("Cloudflare D1 failed (HTTP 500, code 7500: internal error; reference = standinN) 5 time(s); D1 rolls a failed request"
                    + " back, so nothing was applied.", error(r).replaceAll("standin\\d+", "standinN"));
        }
    }

    /**
     * A studio edit D1 answered 429 through every retry: it read as a migration's failure ("wait, then run again") and did not say
     * that nothing was written, which a 429 means (D1 ran nothing of the request). Said in the studio's words now.
     */
    @Test
    void aWriteRateLimitedPastItsRetriesSaysNothingWasWritten() throws Exception {
        try (D1 d1 = d1("CREATE TABLE t (id integer PRIMARY KEY, name text)", "INSERT INTO t VALUES (1, 'a')")) {
            studioOverD1(d1.db(), true);
            JsonNode row = ok("GET", "/api/rows?table=t", null).get("rows").get(0);
            d1.standIn().respond429Next(50);
            HttpResponse<String> edit = page("PUT", "/api/rows?table=t", shown(row, "{\"values\": {\"name\": {\"input\": \"edited\"}}}"));
            assertEquals(429, edit.statusCode(), edit.body());
            assertEquals("Cloudflare's API rate limit was hit (HTTP 429, retry after 0 s, 5 attempt(s)): D1 ran nothing of this change, so nothing"
                    + " was written. Cloudflare allows 1,200 API requests per 5 minutes per token (other tools using it count too); wait a"
                    + " minute, then save the change again.", error(edit));
            // a page refused the same way says so as a read
            HttpResponse<String> read = page("GET", "/api/rows?table=t&sort=name", null);
            assertEquals(429, read.statusCode(), read.body());
            assertEquals("Cloudflare's API rate limit was hit (HTTP 429, retry after 0 s, 5 attempt(s)). Cloudflare allows 1,200 API requests"
                    + " per 5 minutes per token (other tools using it count too); wait a minute, then reload.", error(read));
            d1.standIn().respond429Next(0);
        }
        try (SqliteDatabase f = SqliteDatabase.open(dir.resolve("d1.sqlite"))) {
            assertEquals(List.of(Map.of("id", 1L, "name", "a")), f.query("SELECT id, name FROM t ORDER BY id"));
        }
    }
}
