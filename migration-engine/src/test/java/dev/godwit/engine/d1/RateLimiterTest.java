package dev.godwit.engine.d1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared limiter: slots spaced window/limit apart however threads interleave, and a 429 pushes everyone back. */
class RateLimiterTest {

    @Test
    void slotsAreSpacedSoNoWindowHoldsMoreThanTheLimit() throws Exception {
        RateLimiter limiter = new RateLimiter(50, Duration.ofMillis(500));   // one slot every 10 ms
        List<Long> times = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread th = new Thread(() -> {
                for (int i = 0; i < 20; i++) {
                    limiter.acquire();
                    synchronized (times) {
                        times.add(System.nanoTime());
                    }
                }
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) th.join();
        assertEquals(80, times.size());
        assertEquals(80, limiter.granted());
        times.sort(Long::compare);
        // Any 500 ms window holds at most 50 of the 80 requests (a little slack for the scheduler waking threads late).
        for (int i = 0; i + 52 < times.size(); i++) {
            assertTrue(times.get(i + 52) - times.get(i) >= Duration.ofMillis(500).toNanos(), "more than 52 requests within 500 ms at " + i);
        }
        long span = times.get(79) - times.get(0);
        assertTrue(span >= Duration.ofMillis(790).toNanos(), "80 slots 10 ms apart span about 790 ms, not " + span / 1_000_000 + " ms");
    }

    @Test
    void cloudflareDefaultsLeaveRoomForOtherTools() {
        RateLimiter limiter = RateLimiter.cloudflareDefault();
        assertEquals(1100, limiter.limit());
        assertEquals(Duration.ofMinutes(5), limiter.window());
        assertTrue(limiter.ratePerSecond() > 3.66 && limiter.ratePerSecond() < 3.67, "1,100 per 300 s: " + limiter.ratePerSecond());
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(0, Duration.ofSeconds(1)));
    }

    @Test
    void pausesMoveTheNextSlot() throws Exception {
        RateLimiter limiter = new RateLimiter(1000, Duration.ofSeconds(1));   // 1 ms apart
        limiter.acquire();
        long t0 = System.nanoTime();
        limiter.pauseFor(150);
        assertEquals(1, limiter.pauses());
        limiter.acquire();
        long waited = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(waited >= 140, "waited " + waited + " ms after a 150 ms Retry-After");
    }
}
