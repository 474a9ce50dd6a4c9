package dev.godwit.engine.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A review (round 50): the fleet's failures by cause kept the numbers of each error, so databases rate-limited after 5 attempts and
 * after 3 were two causes ("2 × ... 5 attempt(s)", "1 × ... 3 attempt(s)"), filling the ten causes counted with one. Counts are
 * taken out of the cause's key; the cause is said in its first database's words. Another HTTP status, another migration's file, stays another cause.
 */
class FleetReportCauseTest {

    @TempDir
    Path dir;

    private static FleetReport.Row failed(String id, String error) {
        return new FleetReport.Row(id, "db-" + id, "failed", List.of(), null, 0, 1, 10, null, error);
    }

    private static String limited(String status, int seconds, int attempts) {
        return "Cloudflare's API rate limit was hit (HTTP " + status + ", retry after " + seconds + " s, " + attempts + " attempt(s)). Cloudflare"
                + " allows 1,200 API requests per 5 minutes per token; wait, then run again.";
    }

    @Test
    void failuresThatDifferOnlyInTheirCountsAreOneCause() {
        FleetReport report = new FleetReport(dir, "apply", "db-*", "acc", List.of("0000_x"));
        report.add(failed("a1", limited("429", 30, 5)));
        report.add(failed("a2", limited("429", 60, 3)));
        report.add(failed("a3", limited("429", 30, 5)));
        report.add(failed("a4", limited("503", 30, 5)));
        report.add(failed("a5", "Migration 0003_empty.sql holds no SQL (only comments)."));
        report.add(failed("a6", "Migration 0004_empty.sql holds no SQL (only comments)."));
        List<FleetReport.Cause> causes = report.causes();
        assertEquals(4, causes.size(), causes.toString());
        assertEquals(new FleetReport.Cause(limited("429", 30, 5), 3, "db-a1"), causes.get(0));
        assertEquals(List.of(limited("503", 30, 5), "Migration 0003_empty.sql holds no SQL (only comments).", "Migration 0004_empty.sql holds no SQL"
                + " (only comments)."), causes.subList(1, 4).stream().map(FleetReport.Cause::text).toList());
    }
}
