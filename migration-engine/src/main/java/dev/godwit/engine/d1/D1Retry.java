package dev.godwit.engine.d1;

import static dev.godwit.engine.Durations.shown;

import java.util.function.Consumer;

/**
 * When a D1 API request is sent again, how long to wait first, and how many times: one policy for the query API
 * ({@link D1Client#query}), the database list ({@link D1Client#listDatabases}) and Time Travel ({@link D1TimeTravel}).
 *
 * <p>Whether a failure allows another attempt depends on what sending the request twice would do ({@link Request}):
 * <pre>
 *                   RATE_LIMITED  NOT_SENT  ROLLED_BACK  SERVER_FAILED  CUT_FOR_TIME  LOST
 *   REPEATABLE          yes          yes        yes           yes            no         yes
 *   GUARDED             yes          yes        yes           yes            no         no
 *   ONCE                yes          yes        yes           no             no         no
 *   RESTORE             yes          no         no            no             no         no
 * </pre>
 * How long: a 429 waits for its {@code Retry-After} (when it has none, the backoff, or the rate limiter's window when it is
 * shared: Cloudflare blocks an over-limit token for the window; pausing every request that shares the rate limiter), refused
 * past the settings' {@code maxRetryWait}; any other retry waits the backoff, starting at {@code initialBackoff} and doubled
 * after every attempt (429s included). How many: {@code maxAttempts} in all.
 * Each 429 wait is said in one line to {@code notice} (a build that waits 30 s without a word looks frozen); with a shared
 * limiter, once per pause of the limiter, not once for each request that the pause holds back.
 * One instance serves one request, from its first attempt to its last.
 */
final class D1Retry {

    /** What sending a request twice would do. */
    enum Request {
        /** Reads, or changes that are the same done twice ({@code CREATE TABLE IF NOT EXISTS}): asked again after any of these failures. */
        REPEATABLE,
        /** A migration whose history guard refuses a second run: sent again after D1 answered that it failed, never after a lost answer. */
        GUARDED,
        /** Any other change: sent again only when D1 cannot have run it. */
        ONCE,
        /** A Time Travel restore: sent again only after a 429. */
        RESTORE
    }

    /** Why an attempt did not succeed. */
    enum Failure {
        /** HTTP 429: D1 ran nothing. */
        RATE_LIMITED,
        /** The connection could not be opened: nothing was sent. */
        NOT_SENT,
        /** D1 answered that the request failed and was rolled back ("overloaded", "reset because its code was updated"). */
        ROLLED_BACK,
        /** D1's failure envelope with an HTTP 5xx: rolled back, unless D1 committed before failing. */
        SERVER_FAILED,
        /**
         * D1 reset the request for running too long ("exceeded timeout", "exceeded its CPU time limit"; an HTTP 500 or 400):
         * rolled back, and cut again if sent again, the database perhaps not serving requests meanwhile. Never sent again, a
         * read neither: it reads as much the second time.
         */
        CUT_FOR_TIME,
        /**
         * Sent, and no usable answer came back (timeout, dropped connection, a 5xx or 2xx without D1's envelope, a 2xx envelope saying
         * it failed, D1's "Network connection lost."): it may have run.
         */
        LOST
    }

    private final Request request;
    private final int maxAttempts;
    private final long longestWait;
    private final RateLimiter limiter;   // null: a 429 makes only this request wait
    private final Consumer<String> notice;
    private long backoff;
    private int attempt = 1;
    private int outageResends;   // sent again after an outage's wait, which spends no attempt

    D1Retry(D1Settings settings, Request request, RateLimiter limiter) {
        this(settings, request, limiter, null);
    }

    /** {@code notice}: told, in one line, of each wait after a 429 (null: nobody). */
    D1Retry(D1Settings settings, Request request, RateLimiter limiter, Consumer<String> notice) {
        this.notice = notice == null ? line -> { } : notice;
        this.request = request;
        this.maxAttempts = settings.maxAttempts();
        this.longestWait = settings.maxRetryWait().toMillis();
        this.limiter = limiter;
        this.backoff = Math.max(1, settings.initialBackoff().toMillis());
    }

    /** The attempt under way, from 1. */
    int attempt() {
        return attempt;
    }

    /** How many times the request was sent, an outage's resends included (a fleet's request failed past 4 of them said "1 time(s)"). */
    int timesSent() {
        return attempt + outageResends;
    }

    /** Whether this request may be sent again after this failure, attempts aside (the table above). */
    boolean repeatsAfter(Failure failure) {
        return switch (failure) {
            case RATE_LIMITED -> true;
            case NOT_SENT, ROLLED_BACK -> request != Request.RESTORE;
            case SERVER_FAILED -> request == Request.REPEATABLE || request == Request.GUARDED;
            case CUT_FOR_TIME -> false;
            case LOST -> request == Request.REPEATABLE;
        };
    }

    /**
     * After a failure other than a 429: true, having waited the backoff, when the request may be sent again and attempts are
     * left; false (at once) when not.
     */
    boolean again(Failure failure) {
        return again(failure, -1, 0, false);
    }

    /**
     * {@link #again(Failure)} after {@code answer}: a 503 saying when to come back ({@code Retry-After}: a maintenance window, an
     * overloaded gateway) is waited out, up to {@code maxRetryWait}, and said in one line; the backoff alone (200 ms to 1.6 s) spent
     * every attempt inside it. An outage's answer ({@link D1Answer#outage}) where requests share a limiter: waited out by the run.
     */
    boolean again(Failure failure, D1Answer answer) {
        return again(failure, answer.retryAfterMillis(), answer.status(), answer.outage());
    }

    private boolean again(Failure failure, long retryAfterMillis, int status, boolean outage) {
        if (!repeatsAfter(failure)) return false;
        if (limiter != null && outage) return waitOutOutage(retryAfterMillis, status);
        if (attempt >= maxAttempts) return false;
        long wait = backoff;
        if (retryAfterMillis > backoff) {
            wait = Math.min(retryAfterMillis, longestWait);
            notice.accept("Cloudflare D1 answered HTTP " + status + " and asks to try again in " + shown(retryAfterMillis) + " (Retry-After): waiting "
                    + shown(wait) + (wait < retryAfterMillis ? ", the longest it waits between attempts" : "") + " (attempt " + (attempt + 1)
                    + " of " + maxAttempts + ").");
        }
        pause(wait);
        next();
        return true;
    }

    /**
     * A 5xx with Retry-After (an outage, maintenance), or Cloudflare's own 503 page (retryAfterMillis not above 0: the run's own wait),
     * where requests share a limiter (a fleet run): every request of the run waits it
     * out together ({@link Outage}), the one whose answer started the wait saying it in one line; the wait spends no attempt of this
     * request, as the outage is no failure of its own (each worker's database failed after its 5 attempts, 2 minutes at 30 s). False
     * once the outage has lasted the run's longest wait ({@link Outage#gaveUp}): the request fails, and the run stops.
     */
    private boolean waitOutOutage(long retryAfterMillis, int status) {
        Outage outage = limiter.outage();
        Outage.Hold hold = outage.meet(status, retryAfterMillis);
        if (hold == null) return false;
        if (hold.started()) {
            notice.accept((retryAfterMillis > 0 ? "Cloudflare D1 answered HTTP " + status + " and asks to try again in " + shown(retryAfterMillis)
                    + " (Retry-After: an outage or maintenance)" : "Cloudflare answered HTTP " + status + " with its own error page instead of D1's"
                    + " answer, no Retry-After (an outage of D1)") + ": every request of the run waits " + shown(hold.millis()) + (hold.waitedSoFarMillis() > 0
                    ? " more (the outage has lasted " + shown(hold.waitedSoFarMillis() / 1000 * 1000) + ")" : "") + "; it is waited out for up to "
                    + shown(outage.longest().toMillis()) + " in all before the run stops.");
        }
        limiter.hold(hold.millis());
        outageResends++;
        return true;
    }

    /**
     * After a 429: true, having waited its {@code Retry-After} (-1: none, the backoff then), when attempts are left and the wait
     * is not longer than {@code maxRetryWait}; false (at once) when not. With a shared limiter, the wait holds back every
     * request that uses it.
     */
    boolean againAfterRateLimit(long retryAfterMillis) {
        long wait = retryAfterMillis >= 0 ? retryAfterMillis : backoff;
        if (retryAfterMillis < 0 && limiter != null) {
            // No Retry-After (a proxy's or a gateway's 429): Cloudflare blocks a token that went over for its whole window, so a fleet
            // pauses for the limiter's window; the backoff (200 ms to 1.6 s) failed every database started during the block.
            wait = Math.max(backoff, Math.min(limiter.window().toMillis(), longestWait));
        }
        if (attempt >= maxAttempts || wait > longestWait) return false;
        String how = retryAfterMillis >= 0 ? "as it asks" : "before trying again";
        if (limiter != null) {
            // everyone sharing the token slows down; acquire() waits. Said by the request whose 429 started the pause only.
            long beyond = limiter.pause(wait);
            if (beyond >= 0) {
                // where the run's pace already held the token's next request back that long, no request waits longer for it: said so,
                // or the line "waits 1 s" stood beside a summary of "0 ms in all" (which counts the waiting beyond the pace)
                String what = beyond == 0 ? "it asks for " + shown(wait) + " " + (retryAfterMillis >= 0 ? "(Retry-After)" : "before trying again")
                        + ", which the run's own pace waits already (its next request was not due sooner): no request with this token waits"
                        + " longer for it"
                        : beyond < wait - 50 ? "every request with this token waits " + shown(wait) + " " + how + ", " + shown(beyond)
                        + " of it beyond the run's own pace"
                        : "every request with this token waits " + shown(wait) + " " + how;
                notice.accept("Cloudflare's API rate limit was hit (HTTP 429): " + what + " (attempt " + (attempt + 1) + " of " + maxAttempts + ").");
            }
        } else {
            notice.accept("Cloudflare's API rate limit was hit (HTTP 429): waiting " + shown(wait) + " " + how + " (attempt " + (attempt + 1)
                    + " of " + maxAttempts + ").");
            pause(wait);
        }
        next();
        return true;
    }

    private void next() {
        backoff *= 2;
        attempt++;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new D1Exception("interrupted while waiting to retry a D1 request", 0, 0, false, e);
        }
    }
}
