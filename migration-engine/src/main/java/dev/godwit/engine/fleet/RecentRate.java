package dev.godwit.engine.fleet;

import java.time.Duration;
import java.util.ArrayDeque;

/**
 * The progress line's pace: databases and calls per second over the last minute of progress ticks, not since the start. Averaged
 * since the start, the JVM's warm-up and the account's first list page made a 5-minute run of 5,000 databases say "ETA 86 min" at
 * 10 s, and a rerun after an interruption, whose first databases are up to date (one call each), promised less than two thirds of
 * the time it took.
 */
final class RecentRate {

    /** How far back the pace is taken. */
    static final Duration WINDOW = Duration.ofSeconds(60);

    /** One tick: when (nanoTime), databases done, calls made. */
    private record Sample(long nanos, long done, long calls) {
    }

    private final ArrayDeque<Sample> samples = new ArrayDeque<>();

    /** Starts at the run's start, with nothing done. */
    RecentRate(long startNanos) {
        samples.add(new Sample(startNanos, 0, 0));
    }

    /**
     * Records a tick and returns the span it is compared with: {done, calls, nanos} made since the oldest sample of the last
     * {@link #WINDOW} (the run's start while the run is younger than that).
     */
    synchronized long[] since(long nowNanos, long done, long calls) {
        samples.addLast(new Sample(nowNanos, done, calls));
        while (samples.size() > 2 && nowNanos - samples.peekFirst().nanos() > WINDOW.toNanos()) samples.removeFirst();
        Sample from = samples.peekFirst();
        return new long[] {done - from.done(), calls - from.calls(), nowNanos - from.nanos()};
    }
}
