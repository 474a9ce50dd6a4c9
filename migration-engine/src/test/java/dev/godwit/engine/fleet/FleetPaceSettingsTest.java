package dev.godwit.engine.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.godwit.engine.GodwitException;
import dev.godwit.engine.d1.D1Settings;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A fleet's pace settings that would take it over Cloudflare's API limit (1,200 requests per 5 minutes per token; over it, every
 * request with the token, wrangler's and the dashboard's too, is refused for 5 minutes). {@code -Ddb.d1.rateLimitWindowSeconds=0}
 * was made 1 s without a word: 1,100 requests a second.
 */
class FleetPaceSettingsTest {

    private static FleetRunner.Options options(int limit, Duration window) {
        return new FleetRunner.Options(8, 0, false, limit, window, Path.of("target"), false, 3, null, null);
    }

    @Test
    void aWindowOfNoTimeIsRefused() {
        GodwitException zero = assertThrows(GodwitException.class, () -> options(1100, Duration.ZERO));
        assertEquals("-Ddb.d1.rateLimitWindowSeconds must be at least 1, not 0: it is the window -Ddb.d1.rateLimit counts requests in"
                + " (Cloudflare's is 300 s, the default). Nothing was sent.", zero.getMessage());
        GodwitException negative = assertThrows(GodwitException.class, () -> options(1100, Duration.ofSeconds(-5)));
        assertEquals("-Ddb.d1.rateLimitWindowSeconds must be at least 1, not -5: it is the window -Ddb.d1.rateLimit counts requests in"
                + " (Cloudflare's is 300 s, the default). Nothing was sent.", negative.getMessage());
    }

    @Test
    void aPaceOverCloudflaresLimitOnCloudflaresApiIsSaid() {
        D1Settings cloudflare = new D1Settings("acct", "db", "tok", null);
        assertEquals("-Ddb.d1.rateLimit=1100 per 30 s (-Ddb.d1.rateLimitWindowSeconds=30) is 11000 requests per 5 minutes, over"
                + " Cloudflare's 1200 per 5 minutes per token: Cloudflare will answer HTTP 429 and refuse every request with this token"
                + " (wrangler's and the dashboard's too) for 5 minutes each time. This run slows down after each 429; to stay under the"
                + " limit from the start, leave -Ddb.d1.rateLimitWindowSeconds at 300 and -Ddb.d1.rateLimit at 1200 or less (1100 by default)."
                + " A shorter window is for a test server on this machine.",
                FleetRunner.overCloudflaresLimit(options(1100, Duration.ofSeconds(30)), cloudflare));
        assertEquals("-Ddb.d1.rateLimit=5000 per 300 s is 5000 requests per 5 minutes, over Cloudflare's 1200 per 5 minutes per token:"
                + " Cloudflare will answer HTTP 429 and refuse every request with this token (wrangler's and the dashboard's too) for 5"
                + " minutes each time. This run slows down after each 429; to stay under the limit from the start, leave"
                + " -Ddb.d1.rateLimitWindowSeconds at 300 and -Ddb.d1.rateLimit at 1200 or less (1100 by default). A shorter window is"
                + " for a test server on this machine.",
                FleetRunner.overCloudflaresLimit(options(5000, Duration.ofMinutes(5)), cloudflare));
        assertNull(FleetRunner.overCloudflaresLimit(options(1100, Duration.ofMinutes(5)), cloudflare));
        assertNull(FleetRunner.overCloudflaresLimit(options(1200, Duration.ofMinutes(5)), cloudflare), "Cloudflare's own limit is not over it");
        assertNull(FleetRunner.overCloudflaresLimit(options(120, Duration.ofSeconds(30)), cloudflare), "the same pace over a shorter window");
        assertNull(FleetRunner.overCloudflaresLimit(options(50, Duration.ofSeconds(1)),
                new D1Settings("acct", "db", "tok", "http://127.0.0.1:8787/client/v4")), "a test server on this machine");
    }
}
