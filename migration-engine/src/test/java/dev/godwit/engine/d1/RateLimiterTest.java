package dev.godwit.engine.d1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The shared limiter: slots spaced window/limit apart however threads interleave, and a 429 pushes everyone back. */
class RateLimiterTest {

    @Test
    void slotsFromManyThreadsAreSpacedSoNoWindowHoldsMoreThanTheLimit() throws Exception {
        AtomicLong now = new AtomicLong(1_000_000_000L);
        RateLimiter limiter = new RateLimiter(50, Duration.ofMillis(500), now::get);   // one slot every 10 ms
        List<Long> slots = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread th = new Thread(() -> {
                for (int i = 0; i < 50; i++) {
                    long slot = limiter.reserve();
                    now.addAndGet(1_000_000);   // the clock moves 1 ms per request taken, slower than the slots
                    synchronized (slots) {
                        slots.add(slot);
                    }
                }
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) th.join();
        assertEquals(200, slots.size());
        assertEquals(200, limiter.granted());
        slots.sort(Long::compare);
        for (int i = 0; i + 50 < slots.size(); i++) {
            assertTrue(slots.get(i + 50) - slots.get(i) >= Duration.ofMillis(500).toNanos(), "51 slots within 500 ms at " + i);
        }
        for (int i = 1; i < slots.size(); i++) assertTrue(slots.get(i) - slots.get(i - 1) >= 10_000_000L, "slots 10 ms apart");
        // A 429 with Retry-After: 30 s moves every later slot past it.
        long before = now.get();
        limiter.pause(30_000);
        assertTrue(limiter.reserve() >= before + 30_000_000_000L);
        assertEquals(1, limiter.pauses());
    }

    @Test
    void acquireWaitsForItsSlot() {
        RateLimiter limiter = new RateLimiter(50, Duration.ofMillis(500));   // one slot every 10 ms
        long t0 = System.nanoTime();
        for (int i = 0; i < 21; i++) limiter.acquire();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms >= 195, "21 slots 10 ms apart take at least 200 ms, took " + ms);
    }

    @Test
    void cloudflareDefaultsLeaveRoomForOtherTools() {
        RateLimiter limiter = RateLimiter.cloudflareDefault();
        assertEquals(1100, limiter.limit());
        assertEquals(Duration.ofMinutes(5), limiter.window());
        // 1,100 per 300 s, less the 1% kept for catching up missed slots: 1,089 per 300 s.
        assertTrue(limiter.ratePerSecond() > 3.62 && limiter.ratePerSecond() <= 1100 / 300.0, "1,089 per 300 s: " + limiter.ratePerSecond());
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(0, Duration.ofSeconds(1)));
    }

    @Test
    void pausesMoveTheNextSlot() throws Exception {
        RateLimiter limiter = new RateLimiter(1000, Duration.ofSeconds(1));   // 1 ms apart
        limiter.acquire();
        long t0 = System.nanoTime();
        limiter.pause(150);
        assertEquals(1, limiter.pauses());
        limiter.acquire();
        long waited = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(waited >= 140, "waited " + waited + " ms after a 150 ms Retry-After");
    }

    /**
     * A 429 halves the pace (the 429s of the requests in flight with it halve it once), holds it for a window after the block,
     * then gives back a tenth of the limit per window without one; never below an eighth.
     */
    @Test
    void a429HalvesThePaceOnceAndAWindowWithoutOneGivesSomeBack() {
        AtomicLong now = new AtomicLong(1_000_000_000L);
        RateLimiter limiter = new RateLimiter(100, Duration.ofSeconds(1), now::get);   // 10 ms apart
        List<Integer> told = new ArrayList<>();
        limiter.onPaceLowered(told::add);
        limiter.reserve();
        limiter.pause(1000);
        limiter.pause(1000);   // in flight with the first: the same burst
        now.addAndGet(500_000_000L);
        limiter.pause(500);
        assertEquals(List.of(50), told);
        assertEquals(50, limiter.pace());
        now.addAndGet(500_000_000L);   // the block ends
        long a = limiter.reserve();
        long b = limiter.reserve();
        assertEquals(20_000_000L, b - a, "50 per second: 20 ms apart");
        now.addAndGet(999_000_000L);   // less than a window since the block ended
        limiter.reserve();
        assertEquals(50, limiter.pace());
        now.addAndGet(2_000_000L);
        limiter.reserve();
        assertEquals(60, limiter.pace());
        // a 429 after the block: halved again, down to an eighth at the most
        for (int i = 0; i < 5; i++) {
            now.addAndGet(2_000_000_000L);
            limiter.pause(10);
        }
        assertEquals(12, limiter.pace());
        assertEquals(12, limiter.lowestPace());
        assertEquals(List.of(50, 30, 15, 12, 12, 12), told);
    }
}
