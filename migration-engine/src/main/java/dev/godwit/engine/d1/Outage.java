package dev.godwit.engine.d1;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * An outage of D1 as the requests sharing one {@link RateLimiter} (a fleet run) meet it: HTTP 5xx answers that say when to come back
 * ({@code Retry-After}, as a 503 of an outage or maintenance does). Each worker waited one out on its own, each wait an attempt of
 * its request: 8 workers said 8 lines per wait, and each database failed after its 5 attempts (2 minutes at 30 s), the run's
 * same-failure stop ending it only once 10 had. Here the first such answer holds every request of the run (the limiter) for its
 * Retry-After, said once; answers to requests already in flight join that hold; such waits spend no attempt of a request, but
 * the outage as a whole is waited out for {@code longest} at most, after which every request meeting it fails at once
 * ({@link #gaveUp}) and the run stops. An answer of any other kind ends the outage.
 *
 * <p>Cloudflare's own 503 page in place of D1's answer (its edge: D1 unavailable behind it) is such an outage too, though it
 * usually says no {@code Retry-After}: its waits are the run's own, 1 s doubled at each wait of the outage up to 30 s.
 *
 * <p>Memory: a few longs, whatever the number of requests.
 */
public final class Outage {

    /** A request's part in a hold: how long it waits, and whether its answer started the hold (it says the wait, then). */
    public record Hold(long millis, boolean started, long waitedSoFarMillis) {
    }

    private final LongSupplier clock;
    private final Object lock = new Object();
    private long since = -1;          // guarded by lock: nanos of the outage's first answer; -1: none under way
    private long holdUntil;           // guarded by lock: nanos the current hold ends
    private long holds;               // guarded by lock
    private long heldNanos;           // guarded by lock: every hold's length, in all
    private long lastStatus;          // guarded by lock
    private boolean lastAsked = true;  // guarded by lock: whether the last answer said Retry-After
    private int waitsOfThisOutage;    // guarded by lock: the run's own waits double with each
    private volatile boolean gaveUp;
    private volatile long gaveUpAfterMillis;
    private volatile Duration longest;

    Outage(Duration longest, LongSupplier clock) {
        this.longest = longest;
        this.clock = clock;
    }

    /** How long one outage is waited out in all before its requests fail (a fleet run: the rate limit's window and a minute more). */
    public void waitAtMost(Duration d) {
        this.longest = d;
    }

    public Duration longest() {
        return longest;
    }

    /** The first wait of an outage that says no Retry-After; doubled at each wait after it, up to {@link #LONGEST_OWN_WAIT_MILLIS}. */
    static final long FIRST_OWN_WAIT_MILLIS = 1_000;
    static final long LONGEST_OWN_WAIT_MILLIS = 30_000;

    /**
     * A request was answered HTTP {@code status} with {@code Retry-After} ({@code retryAfterMillis}; not above 0: none, the run's own
     * wait then): the wait it takes part in, or null when the outage has lasted {@link #longest} (or would, past this wait): the
     * request fails, and so does every later one meeting it.
     */
    Hold meet(int status, long retryAfterMillis) {
        if (gaveUp) return null;
        synchronized (lock) {
            long now = clock.getAsLong();
            if (since < 0) {
                since = now;
                waitsOfThisOutage = 0;
            }
            long waited = (now - since) / 1_000_000;
            if (now < holdUntil) return new Hold((holdUntil - now) / 1_000_000 + 1, false, waited);
            lastStatus = status;
            lastAsked = retryAfterMillis > 0;
            long left = longest.toMillis() - waited;
            if (left <= 0) {
                gaveUp = true;
                gaveUpAfterMillis = waited;
                return null;
            }
            // the last wait is cut to what is left of the longest: the outage is then given up at that length, not a wait short of it
            long asked = lastAsked ? retryAfterMillis
                    : Math.min(LONGEST_OWN_WAIT_MILLIS, FIRST_OWN_WAIT_MILLIS << Math.min(waitsOfThisOutage, 20));
            waitsOfThisOutage++;
            long wait = Math.min(asked, left);
            holdUntil = now + wait * 1_000_000L;
            holds++;
            heldNanos += wait * 1_000_000L;
            return new Hold(wait, true, waited);
        }
    }

    /** An answer that was no outage's: the outage under way (if any) is over, and a later one counts its time afresh. */
    void over() {
        if (gaveUp) return;
        synchronized (lock) {
            if (since >= 0 && clock.getAsLong() >= holdUntil) since = -1;
        }
    }

    /** How long the outage under way has lasted, in milliseconds; -1 when none is. */
    public long lastingMillis() {
        synchronized (lock) {
            return since < 0 ? -1 : (clock.getAsLong() - since) / 1_000_000;
        }
    }

    /** Whether an outage outlasted {@link #longest}: its requests failed without waiting more, and a run stops. */
    public boolean gaveUp() {
        return gaveUp;
    }

    /** How long the outage that outlasted the wait had lasted when it was given up, in milliseconds. */
    public long gaveUpAfterMillis() {
        return gaveUpAfterMillis;
    }

    /** The HTTP status of the outage's last answer (503, say). */
    public int status() {
        synchronized (lock) {
            return (int) lastStatus;
        }
    }

    /**
     * The outage's answers as its messages say them: "HTTP 503 with Retry-After (an outage or maintenance)", or, for Cloudflare's own
     * page without one, "HTTP 503 with Cloudflare's error page instead of D1's answer (an outage)".
     */
    public String answers() {
        synchronized (lock) {
            return "HTTP " + lastStatus + (lastAsked ? " with Retry-After (an outage or maintenance)"
                    : " with Cloudflare's error page instead of D1's answer (an outage)");
        }
    }

    /** As {@link #answers}, for the progress line: "HTTP 503 (Retry-After)", "HTTP 503 (Cloudflare's error page)". */
    public String answersBriefly() {
        synchronized (lock) {
            return "HTTP " + lastStatus + (lastAsked ? " (Retry-After)" : " (Cloudflare's error page)");
        }
    }

    /** How many times an outage held every request. */
    public long holds() {
        synchronized (lock) {
            return holds;
        }
    }

    /** How long, in all, outages held every request, in milliseconds. */
    public long heldMillis() {
        synchronized (lock) {
            return heldNanos / 1_000_000;
        }
    }
}
