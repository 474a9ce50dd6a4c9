package dev.godwit.engine.d1;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

/**
 * Keeps one API token under Cloudflare's request budget ({@code limit} requests per
 * {@code window}, 1,200 per 5 minutes for a real token), shared by every thread that talks to the
 * API with that token.
 *
 * <p>A token bucket refilled every {@code window / (limit - c)}: request slots are handed out that
 * far apart, and up to {@code c} slots (1% of the limit, at most 16) that passed unused while every
 * worker was busy may be taken late, so a window of that length holds at most {@code limit}
 * requests however the threads interleave. Spreading the requests evenly (rather than spending the budget
 * in a burst, then waiting) keeps the sliding window that Cloudflare counts under the limit at
 * every instant, so other tools using the same token keep working. A 429 answer pauses everyone:
 * {@link #pause} moves the next free slot past the server's {@code Retry-After}, and halves the pace: a 429 says something
 * else spends the same token's budget (a second fleet run, wrangler, the dashboard), and going back to the full pace after the
 * block went over again as soon as it ended, every window. The lowered pace holds for a window after the block, then goes back
 * up by a tenth of the limit per window without a 429 (never below an eighth of the limit). The 429s answered to the requests
 * already in flight when the first came back halve it once, not once each.
 *
 * <p>Memory: two longs, whatever the number of requests or threads.
 */
public final class RateLimiter {

    /** Cloudflare's window. */
    public static final Duration CLOUDFLARE_WINDOW = Duration.ofMinutes(5);
    /** Cloudflare's budget per token and window. */
    public static final int CLOUDFLARE_LIMIT = 1200;
    /** Godwit's default: a little under Cloudflare's 1,200, so the dashboard and wrangler still get through. */
    public static final int DEFAULT_LIMIT = 1100;

    private final int limit;
    private final Duration window;
    private final long intervalNanos;
    private final int catchUp;
    private final LongSupplier clock;
    private final Object lock = new Object();
    private long nextSlot;                        // guarded by lock: earliest time (nanos) the next request may go
    private int pace;                             // guarded by lock: requests per window now (the limit, or less after a 429)
    private long paceInterval;                    // guarded by lock: slots that far apart for the pace
    private int paceCatchUp;                      // guarded by lock
    private long paceSince;                       // guarded by lock: when the pace last changed (or the block that lowered it ended)
    private long sameBurstUntil = Long.MIN_VALUE; // guarded by lock: 429s answered before this are of the burst that lowered the pace
    private int lowestPace;                       // guarded by lock
    private volatile IntConsumer onLowered = p -> { };
    private final AtomicLong granted = new AtomicLong();
    private final AtomicLong pausedNanos = new AtomicLong();
    private final AtomicLong pauses = new AtomicLong();
    private final Outage outage;

    public RateLimiter(int limit, Duration window) {
        this(limit, window, System::nanoTime);
    }

    RateLimiter(int limit, Duration window, LongSupplier clock) {
        if (limit < 1) throw new IllegalArgumentException("the rate limit must be at least 1 request per window, not " + limit);
        if (window == null || window.isZero() || window.isNegative()) throw new IllegalArgumentException("the rate-limit window must be positive");
        this.limit = limit;
        this.window = window;
        // A few slots that passed unused (every worker busy, a GC pause) may be caught up, so the pace is set for
        // `limit - catchUp`: even a catch-up burst keeps every window at `limit` or under.
        this.catchUp = Math.max(0, Math.min(16, limit / 100));
        this.intervalNanos = Math.max(1, (window.toNanos() + (limit - catchUp) - 1) / (limit - catchUp));
        this.clock = clock;
        this.nextSlot = clock.getAsLong();   // no catch-up credit at the start
        this.pace = limit;
        this.lowestPace = limit;
        this.paceInterval = intervalNanos;
        this.paceCatchUp = catchUp;
        this.outage = new Outage(window.plusSeconds(60), clock);
    }

    /**
     * The outage of D1 (5xx answers with Retry-After, Cloudflare's 503 page: {@link D1Answer#outage}) that every request sharing this
     * limiter waits out together.
     */
    public Outage outage() {
        return outage;
    }

    /**
     * Holds every request back for {@code millis} (an outage's Retry-After): as {@link #pause}, but the pace stays as it is and the
     * 429 counts do not move, as an outage says nothing of this token's budget.
     */
    void hold(long millis) {
        if (millis <= 0) return;
        synchronized (lock) {
            long until = clock.getAsLong() + millis * 1_000_000L;
            if (until > nextSlot) nextSlot = until;
        }
    }

    /** Told the new pace (requests per window) each time a 429 lowers it. */
    public void onPaceLowered(IntConsumer listener) {
        this.onLowered = listener == null ? p -> { } : listener;
    }

    /** Requests per window now: the limit, or less while a 429 keeps it lowered. */
    public int pace() {
        synchronized (lock) {
            return pace;
        }
    }

    /** The lowest pace of this limiter so far (the limit when no 429 lowered it). */
    public int lowestPace() {
        synchronized (lock) {
            return lowestPace;
        }
    }

    /** The lowest pace a 429 brings it to: an eighth of the limit. */
    public int floor() {
        return Math.max(1, limit / 8);
    }

    /** How much a window without a 429 gives back: a tenth of the limit. */
    public int step() {
        return Math.max(1, limit / 10);
    }

    // guarded by lock
    private void setPace(int p, long now) {
        pace = p;
        paceSince = now;
        paceCatchUp = Math.max(0, Math.min(16, p / 100));
        paceInterval = Math.max(1, (window.toNanos() + (p - paceCatchUp) - 1) / (p - paceCatchUp));
    }

    /** Godwit's default for a real Cloudflare token: {@value #DEFAULT_LIMIT} requests per 5 minutes. */
    public static RateLimiter cloudflareDefault() {
        return new RateLimiter(DEFAULT_LIMIT, CLOUDFLARE_WINDOW);
    }

    public int limit() {
        return limit;
    }

    public Duration window() {
        return window;
    }

    /** Requests per second this limiter allows at most. */
    public double ratePerSecond() {
        return 1e9 / intervalNanos;
    }

    /** Waits for this thread's slot; returns how long it waited, in nanoseconds. */
    public long acquire() {
        long slot = reserve();
        long waited = 0;
        while (true) {
            long left = slot - clock.getAsLong();
            if (left <= 0) return waited;
            try {
                Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new D1Exception("interrupted while waiting for the API rate limit", 0, 0, false, e);
            }
            waited += left;
        }
    }

    /** Takes the next slot and returns its time (the clock's nanoseconds), without waiting for it. */
    long reserve() {
        long slot;
        synchronized (lock) {
            long now = clock.getAsLong();
            if (pace < limit && now - paceSince >= window.toNanos()) setPace(Math.min(limit, pace + step()), now);
            slot = Math.max(now - paceCatchUp * paceInterval, nextSlot);
            nextSlot = slot + paceInterval;
        }
        granted.incrementAndGet();
        return slot;
    }

    /**
     * The server said to slow down (HTTP 429 with {@code Retry-After}): no request, from any thread, goes out before that time has
     * passed. Returns -1 where the call started no pause (a 429 answered to a request in flight when the first came back: the same
     * pause, said once), else how long, in milliseconds, the pause holds the next request back beyond the pace it was already held
     * to: 0 where the pace had it wait that long anyway (a {@code Retry-After: 1} under a pace of a request every few seconds),
     * which the notice of the pause then says, as {@link #pausedMillis} counts only that.
     */
    public long pause(long millis) {
        if (millis <= 0) return -1;
        int lowered = 0;
        boolean started = false;
        long beyond = 0;
        synchronized (lock) {
            long now = clock.getAsLong();
            long until = now + millis * 1_000_000L;
            if (until > nextSlot) {
                beyond = until - nextSlot;
                pausedNanos.addAndGet(beyond);
                nextSlot = until;
            }
            if (now >= sameBurstUntil) {
                started = true;
                // the first 429 of a burst (those in flight come back the same): half the pace, counted from the block's end
                sameBurstUntil = until;
                int p = Math.max(floor(), pace / 2);
                setPace(p, until);
                if (p < lowestPace) lowestPace = p;
                lowered = p;
            }
        }
        pauses.incrementAndGet();
        if (lowered > 0) onLowered.accept(lowered);
        return started ? beyond / 1_000_000 : -1;
    }

    /** Slots handed out so far. */
    public long granted() {
        return granted.get();
    }

    /**
     * How long, in all, 429 answers held every request back beyond the limiter's own pace (their Retry-After): a Retry-After no
     * longer than the wait the pace made anyway adds nothing.
     */
    public long pausedMillis() {
        return pausedNanos.get() / 1_000_000;
    }

    /** How many times a 429 paused everyone. */
    public long pauses() {
        return pauses.get();
    }

    @Override
    public String toString() {
        return "RateLimiter(" + limit + " requests per " + window + ")";
    }
}
