package dev.godwit.engine.d1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One retry policy for every D1 request: which failures are sent again, how long it waits and how many times. */
class D1RetryTest {

    static final String ACCOUNT = "0123456789abcdef0123456789abcdef";
    static final String DATABASE = "7a1b2c3d-1111-4222-8333-944455556666";
    static final String TOKEN = "retry-token-abc-321";

    @TempDir
    Path dir;

    static D1Settings settings(String endpoint, int attempts, long backoffMillis, Duration longestWait) {
        return new D1Settings(ACCOUNT, DATABASE, TOKEN, endpoint).withRetries(attempts, Duration.ofMillis(backoffMillis), longestWait);
    }

    /** The table in D1Retry's comment, as the code decides it. */
    @Test
    void whatIsSentAgainDependsOnWhatRunningItTwiceWouldDo() {
        List<String> rows = new ArrayList<>();
        for (D1Retry.Request r : D1Retry.Request.values()) {
            StringBuilder row = new StringBuilder(r.name());
            D1Retry retry = new D1Retry(settings("http://127.0.0.1:9/client/v4", 5, 1, Duration.ofSeconds(1)), r, null);
            for (D1Retry.Failure f : D1Retry.Failure.values()) row.append(retry.repeatsAfter(f) ? " yes" : " no");
            rows.add(row.toString());
        }
        assertEquals(List.of("REPEATABLE yes yes yes yes no yes", "GUARDED yes yes yes yes no no", "ONCE yes yes yes no no no",
                "RESTORE yes no no no no no"),
                rows, "columns: " + List.of(D1Retry.Failure.values()));
    }

    /** maxAttempts in all, the backoff doubled between them (100 + 200 ms), and the message counts the attempts. */
    @Test
    void aReadFailingWith500IsAskedAgainUntilItsAttemptsAreSpent() {
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), ACCOUNT, DATABASE, TOKEN);
             D1Client client = new D1Client(settings(standIn.endpoint(), 3, 100, Duration.ofSeconds(2)))) {
            standIn.failNextWith500(10);
            long t0 = System.nanoTime();
            D1Exception e = assertThrows(D1Exception.class, () -> client.query("SELECT 1 AS one", List.of(), true));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals("Cloudflare D1 failed (HTTP 500, code 7500: internal error; reference = standin3) 3 time(s); D1 rolls a failed"
                    + " request back, so nothing was applied.", e.getMessage());
            assertFalse(e.outcomeUnknown());
            assertEquals(3, client.requestCount());
            assertTrue(ms >= 300, "waited 100 + 200 ms, took " + ms + " ms");
        }
    }

    /**
     * A 503 saying when to come back (Retry-After: 2) was asked again after the backoff alone (10 + 20 ms here, 200 ms to 1.6 s by
     * default), every attempt spent inside the outage: the read failed after 3 attempts in a few ms. It now waits the Retry-After,
     * says so in one line, and the next attempt succeeds.
     */
    @Test
    void a503WithRetryAfterIsWaitedOutThenAskedAgain() {
        List<String> notices = new ArrayList<>();
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), ACCOUNT, DATABASE, TOKEN);
             D1Client client = new D1Client(settings(standIn.endpoint(), 3, 10, Duration.ofSeconds(60)), null, notices::add)) {
            standIn.unavailableFor(Duration.ofMillis(1500), 2);
            long t0 = System.nanoTime();
            assertEquals(List.of(Map.of("one", 1L)), client.query("SELECT 1 AS one", List.of(), true).get(0).rows());
            assertTrue(System.nanoTime() - t0 >= 2_000_000_000L, "Retry-After honoured");
            assertEquals(2, client.requestCount());
            assertEquals(List.of("Cloudflare D1 answered HTTP 503 and asks to try again in 2 s (Retry-After): waiting 2 s (attempt 2 of 3)."), notices);
        }
    }

    /** A 429 waits its Retry-After (1 s here, not the 10 ms backoff) and goes again; the second attempt succeeds. */
    @Test
    void aRateLimitWaitsItsRetryAfterThenGoesAgain() {
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), ACCOUNT, DATABASE, TOKEN);
             D1Client client = new D1Client(settings(standIn.endpoint(), 3, 10, Duration.ofSeconds(2)))) {
            standIn.setRetryAfterSeconds(1);
            standIn.respond429Next(1);
            long t0 = System.nanoTime();
            assertEquals(List.of(Map.of("one", 1L)), client.query("SELECT 1 AS one", List.of()).get(0).rows());
            assertTrue(System.nanoTime() - t0 >= 1_000_000_000L, "Retry-After honoured");
            assertEquals(2, client.requestCount());
        }
    }

    /**
     * A 429 waited its Retry-After (up to a minute) without a word: the build looked frozen. Each wait is now one line in the log,
     * which never holds the token.
     */
    @Test
    void aRateLimitWaitIsSaidInOneLine() {
        List<String> said = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), ACCOUNT, DATABASE, TOKEN);
             D1Client client = new D1Client(settings(standIn.endpoint(), 3, 10, Duration.ofSeconds(2)), null, said::add)) {
            standIn.setRetryAfterSeconds(1);
            standIn.respond429Next(1);
            assertEquals(List.of(Map.of("one", 1L)), client.query("SELECT 1 AS one", List.of()).get(0).rows());
            assertEquals(List.of("Cloudflare's API rate limit was hit (HTTP 429): waiting 1 s as it asks (attempt 2 of 3)."), said);
            assertFalse(said.toString().contains(TOKEN));
        }
    }

    /** In a fleet, the 429s of the requests in flight when the first came back are one pause of the shared limiter: said once. */
    @Test
    void aFleetSaysEachPauseOfItsLimiterOnce() {
        List<String> said = new ArrayList<>();
        RateLimiter limiter = new RateLimiter(1000, Duration.ofSeconds(10));
        D1Settings s = settings("http://127.0.0.1:9/client/v4", 5, 10, Duration.ofSeconds(60));
        for (int worker = 0; worker < 4; worker++) {
            assertTrue(new D1Retry(s, D1Retry.Request.REPEATABLE, limiter, said::add).againAfterRateLimit(30_000));
        }
        assertEquals(List.of("Cloudflare's API rate limit was hit (HTTP 429): every request with this token waits 30 s as it asks"
                + " (attempt 2 of 5)."), said);
        assertEquals(1.6 + " s", dev.godwit.engine.Durations.shown(1600));
    }

    /**
     * Round 51: a 429 with Retry-After: 1 under a pace of a request every 5 s said "every request with this token waits 1 s as it
     * asks" while the run's summary said it waited 0 ms in all: the pace had the next request wait longer anyway. The line says so.
     */
    @Test
    void aPauseThePaceAlreadyCoversIsSaidAsSuch() {
        List<String> said = new ArrayList<>();
        RateLimiter limiter = new RateLimiter(2, Duration.ofSeconds(10));   // a request every 5 s
        limiter.reserve();   // this one: the next is due in 5 s
        D1Settings s = settings("http://127.0.0.1:9/client/v4", 5, 10, Duration.ofSeconds(60));
        assertTrue(new D1Retry(s, D1Retry.Request.REPEATABLE, limiter, said::add).againAfterRateLimit(1000));
        assertEquals(List.of("Cloudflare's API rate limit was hit (HTTP 429): it asks for 1 s (Retry-After), which the run's own pace waits"
                + " already (its next request was not due sooner): no request with this token waits longer for it (attempt 2 of 5)."), said);
        assertEquals(0, limiter.pausedMillis());
        assertEquals(1, limiter.pauses());
    }

    /**
     * A request answered 429 past its retries: what happened is a field of the failure (the studio said it by cutting the message at
     * " Cloudflare allows", which a change of the message's words would have broken silently), the message as before.
     */
    @Test
    void aRateLimitPastTheRetriesSaysWhatHappenedApartFromTheWayOn() {
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), ACCOUNT, DATABASE, TOKEN);
             D1Client client = new D1Client(settings(standIn.endpoint(), 3, 10, Duration.ofSeconds(2)))) {
            standIn.setRetryAfterSeconds(0);
            standIn.respond429Next(10);
            D1Exception e = assertThrows(D1Exception.class, () -> client.query("SELECT 1 AS one", List.of(), true));
            D1Exception.RateLimited limited = assertInstanceOf(D1Exception.RateLimited.class, e);
            assertEquals("Cloudflare's API rate limit was hit (HTTP 429, retry after 0 s, 3 attempt(s))", limited.limitHit());
            assertEquals("Cloudflare's API rate limit was hit (HTTP 429, retry after 0 s, 3 attempt(s)). Cloudflare allows 1,200 API requests"
                    + " per 5 minutes per token; wait, then run again.", e.getMessage());
            assertEquals(429, e.httpStatus());
            assertTrue(e.notSent());
            assertEquals(limited.limitHit(), assertInstanceOf(D1Exception.RateLimited.class, e.withMessage("Migration 0001 was not applied: "
                    + e.getMessage())).limitHit());
        }
    }

    /**
     * A fleet's read sent into an outage (each resend waiting its Retry-After, spending no attempt), then five times with its answer
     * lost: it said "No answer ... in 5 attempt(s)", of a request sent 7 or 8 times. The count is of every send.
     */
    @Test
    void aLostAnswerAfterAnOutagesResendsCountsEverySend() {
        try (D1FleetStandIn fleet = D1FleetStandIn.start(dir.resolve("fleet"), ACCOUNT, TOKEN, 4)) {
            String id = fleet.createDatabase("shop-eu");
            RateLimiter limiter = new RateLimiter(1000, Duration.ofSeconds(10));
            try (D1Client client = new D1Client(new D1Settings(ACCOUNT, id, TOKEN, fleet.endpoint()).withRetries(5, Duration.ofMillis(10),
                    Duration.ofSeconds(60)).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2)), limiter)) {
                fleet.outage(1, Duration.ofMillis(2500));
                fleet.faults(0, 1.0, 1);   // once the outage is over, every answer is lost
                D1Exception e = assertThrows(D1Exception.class, () -> client.query("SELECT 1 AS one", List.of(), true));
                assertTrue(fleet.outageAnswerCount() >= 1, "outage answers: " + fleet.outageAnswerCount());
                assertEquals(fleet.outageAnswerCount() + 5, client.requestCount());
                assertTrue(e.getMessage().startsWith("No answer from Cloudflare D1 ("), e.getMessage());
                assertTrue(e.getMessage().contains(") in " + client.requestCount() + " attempt(s) of a request that changes nothing when repeated."),
                        client.requestCount() + " sent: " + e.getMessage());
            }
        }
    }

    /**
     * The database list waited for any Retry-After, whatever db.d1 maxRetryWait said (the query API and Time Travel stop at it):
     * Cloudflare's 5-minute block held a fleet's listing for minutes without a word. It now stops at once, as they do.
     */
    @Test
    void theDatabaseListDoesNotWaitLongerThanTheLongestWait() {
        try (D1FleetStandIn fleet = D1FleetStandIn.start(dir.resolve("fleet"), ACCOUNT, TOKEN, 4);
             D1Client client = new D1Client(settings(fleet.endpoint(), 5, 10, Duration.ofSeconds(2)))) {
            fleet.createDatabase("shop-eu");
            fleet.rateLimit(1, Duration.ofSeconds(120));
            assertEquals(1, client.listDatabases(null, 1, 100).databases().size());
            D1Exception e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> assertThrows(D1Exception.class, () -> client.listDatabases(null, 1, 100)));
            assertEquals("Cannot list the D1 databases of account " + ACCOUNT + " (HTTP 429: Please wait and consider throttling your request"
                    + " speed).", e.getMessage());
            assertEquals(429, e.httpStatus());
            assertEquals(2, client.requestCount(), "not sent again");
        }
    }

    /** A restore that D1 answered with a 500 may have been carried out: sent once; a 429 (D1 ran nothing) is sent again. */
    @Test
    void aRestoreIsSentAgainOnlyAfterA429() {
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), ACCOUNT, DATABASE, TOKEN);
             D1TimeTravel tt = new D1TimeTravel(settings(standIn.endpoint(), 3, 10, Duration.ofSeconds(2)))) {
            String bookmark = tt.currentBookmark();
            standIn.failTimeTravelWith500Next(1);
            D1Exception e = assertThrows(D1Exception.class, () -> tt.restore(bookmark));
            assertEquals(500, e.httpStatus());
            assertEquals(1, standIn.timeTravelQueries().stream().filter(q -> q.contains("restore")).count(), standIn.timeTravelQueries().toString());
            standIn.setRetryAfterSeconds(0);
            standIn.respond429ToTimeTravelNext(1);
            assertEquals(bookmark, tt.restore(bookmark).bookmark());
            assertEquals(3, standIn.timeTravelQueries().stream().filter(q -> q.contains("restore")).count(), standIn.timeTravelQueries().toString());
        }
    }
}
