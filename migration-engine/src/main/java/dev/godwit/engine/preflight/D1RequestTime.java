package dev.godwit.engine.preflight;

import dev.godwit.engine.folder.Migration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * D1's 30 seconds per request, which no other check foresees: a migration is one request on D1, and a table rebuild, an index
 * or a backfill over many rows that takes long on the pre-flight's copy of the real rows is cut there (HTTP 504, or D1's "exceeded
 * timeout" reset) and rolled back. The copy's time is this machine's, in memory; D1 writes to durable storage, so a migration is
 * warned about from a third of D1's limit on.
 */
final class D1RequestTime {

    /** D1's limit on one request (Cloudflare's documented 30 s; reference d1.md §5, pitfall 5). */
    static final Duration D1_LIMIT = Duration.ofSeconds(30);

    /** From how long on the copy a migration is warned about; package-private so a test can lower it. */
    static volatile Duration warnAt = Duration.ofSeconds(10);

    private static final int SHOWN = 3;

    private D1RequestTime() {
    }

    /**
     * The warning for a migration that ran {@link #warnAt} or longer on {@code copyWhat} ({@code nanos}: each statement's time, the
     * COMMIT's last), naming its slowest statements; null when it was quicker.
     */
    static String warning(Migration m, long[] nanos, String copyWhat) {
        long total = 0;
        for (long n : nanos) total += n;
        if (total < warnAt.toNanos()) return null;
        List<String> statements = m.statements();
        List<Integer> slowest = new ArrayList<>();
        for (int i = 0; i < Math.min(statements.size(), nanos.length); i++) slowest.add(i);
        slowest.sort(Comparator.comparingLong((Integer i) -> nanos[i]).reversed());
        StringBuilder sb = new StringBuilder("Pre-flight: " + m.fileName() + " ran for " + seconds(total) + " on " + copyWhat + ". On Cloudflare D1"
                + " a migration is one request, and D1 stops a request at " + D1_LIMIT.toSeconds() + " s and rolls all of it back (HTTP 504, or"
                + " \"exceeded timeout\"); this machine's time is only a guide to D1's, so from " + seconds(warnAt.toNanos()) + " on the"
                + " migration may be cut there. Its slowest statement(s):");
        for (int i : slowest.subList(0, Math.min(SHOWN, slowest.size()))) {
            if (nanos[i] * 10 < total && i != slowest.get(0)) break;   // a statement of under a tenth of the time is not where it goes
            sb.append("\n  - statement ").append(i + 1).append(" of ").append(statements.size()).append(" (").append(seconds(nanos[i])).append("): ")
                    .append(dev.godwit.engine.migrate.StatementRules.shown(statements.get(i)).replace("\n", "\n  "));
        }
        sb.append("\n  Split it: each migration file is its own request, so move a slow statement into a migration of its own (mvn db:generate"
                + " -Ddb.custom), and run a data statement over a large table in batches, one range of keys per migration (UPDATE ... WHERE"
                + " id BETWEEN 1 AND 50000, then the next range).");
        return sb.toString();
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
