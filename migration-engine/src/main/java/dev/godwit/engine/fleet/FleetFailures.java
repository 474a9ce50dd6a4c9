package dev.godwit.engine.fleet;

import static dev.godwit.engine.fleet.FleetText.firstLine;
import static dev.godwit.engine.fleet.FleetText.label;
import static dev.godwit.engine.fleet.FleetText.oneLine;

import dev.godwit.engine.EngineLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Each failure said as it happens, the database and the first line of why (the first {@link FleetReport#LOGGED_FAILURES}, then
 * once that more are counted): the progress line said only "(4 failed)", and a CI job's timeout hid the end's table. And an
 * apply whose first N databases worked on ({@link FleetRunner.Options#sameFailureStop}; a canary's are its own) all failed with the same
 * error (the same migration and D1's same words: the database's own id and name aside) stops there: the migration fails
 * everywhere, and the rest of the fleet would only spend the token's budget, for hours on a large one, to fail the same way.
 */
final class FleetFailures {

    /** The statuses of an apply's database it sent nothing to: passed over by a canary, which counts the databases that tried the migrations. */
    static final Set<String> NOTHING_SENT = Set.of("up-to-date", "at-upTo", "past-upTo");

    private final String command;
    private final FleetRunner.Options options;
    /** Database id to the cause the {@code -Ddb.fleet.skipDoneIn} report gives for its failure. */
    private final Map<String, String> failedBefore;
    private final EngineLog log;
    private final FleetMembers members;
    private final FleetReport report;
    private final AtomicBoolean stop;
    private final List<String> firstKeys = new ArrayList<>();   // guarded by this
    private String firstError;                                  // guarded by this
    private String firstShown;                                  // firstError, the database taken out; guarded by this
    private int logged;                                         // guarded by this
    private String same;                                        // guarded by this
    private String stopReason;                                  // guarded by this
    private boolean pastCanary;                                 // guarded by this
    private int sameCount;                                      // guarded by this
    /** How many databases worked on failed as the {@code -Ddb.fleet.skipDoneIn} report shows they did. */
    private final AtomicLong failedAsBefore = new AtomicLong();

    FleetFailures(String command, FleetMembers members, FleetReport report, AtomicBoolean stop, FleetRunner.Options options,
                  Map<String, String> failedBefore, EngineLog log) {
        this.options = options;
        this.failedBefore = failedBefore;
        this.log = log;
        this.command = command;
        this.members = members;
        this.report = report;
        this.stop = stop;
    }

    /** How many databases {@link #same()} is the error of. */
    synchronized int sameCount() {
        return sameCount;
    }

    /**
     * The canary passed: the same-failure stop looks at the first N databases worked on after it. The canary's databases filled
     * its count, and one that passed (a canary is put first for being the one tried) turned the stop off for the whole rest.
     */
    synchronized void canaryPassed() {
        pastCanary = true;
        firstKeys.clear();
        firstError = null;
        firstShown = null;
        same = null;
    }

    /** The error the first databases worked on all failed with, once they have; else null. */
    synchronized String same() {
        return same;
    }

    /** Why the run stopped at its first databases' one failure, or null. */
    synchronized String stopReason() {
        return stopReason;
    }

    /**
     * Whether {@code m} is one the {@code -Ddb.fleet.skipDoneIn} report shows failed and fails now with the cause the report gives:
     * a known failure, no sign of the migration. One failing otherwise now (or not at all) counts toward the same-failure stop.
     */
    boolean failingAsBefore(FleetMember m, FleetReport.Row row) {
        String before = m.id() == null ? null : failedBefore.get(m.id());
        return before != null && row.error() != null && before.equals(FleetReport.causeKey(FleetReport.cause(row)));
    }

    /** An apply's database it had nothing to send to (up to date, or at or past -Ddb.upTo): it tried no migration. */
    boolean nothingSent(FleetReport.Row row) {
        return command.equals("apply") && NOTHING_SENT.contains(row.status());
    }

    /** How many databases worked on failed as the {@code -Ddb.fleet.skipDoneIn} report shows they did (the canary and fail-fast pass them). */
    long failedAsBefore() {
        return failedAsBefore.get();
    }

    /** A database worked on (not one skipped as done): said if it failed, and counted among the first. */
    void add(FleetMember m, FleetReport.Row row) {
        String warn = null;
        String stopping = null;
        if (failingAsBefore(m, row)) failedAsBefore.incrementAndGet();
        synchronized (this) {
            if (row.error() != null) {
                logged++;
                if (logged <= FleetReport.LOGGED_FAILURES) {
                    warn = "fleet " + command + ": " + label(row) + " " + row.status() + ": " + oneLine(firstLine(row.error()));
                } else if (logged == FleetReport.LOGGED_FAILURES + 1) {
                    warn = "fleet " + command + ": more than " + FleetReport.LOGGED_FAILURES + " databases failed: the progress line counts the"
                            + " others, the report " + report.file() + " has each with its error.";
                }
            }
            boolean canaryPhase = options.canary() > 0 && !pastCanary;
            // a canary larger than the stop's count stops there too: a canary of 100 left 100 databases between two migrations where
            // the run without one stopped after 10 (each keeps the migrations before the failing one)
            int n = command.equals("apply") ? canaryPhase ? Math.min(options.canary(), options.sameFailureStop()) : options.sameFailureStop() : 0;
            // a database with nothing to send says nothing of the migrations either: 10 up to date first turned the stop off for
            // the whole run (a rerun of a fleet half done, then a migration failing on every database after them)
            if (n > 0 && options.sameFailureStop() > 0 && firstKeys.size() < n && !failingAsBefore(m, row) && !nothingSent(row)) {
                String shown = row.error() == null ? null : keyOf(m, row.error());
                firstKeys.add(shown == null ? null : FleetReport.causeKey(shown));
                if (firstError == null && shown != null) {
                    firstError = row.error();
                    firstShown = shown;
                }
                if (firstKeys.size() == n && firstKeys.stream().allMatch(k -> k != null && k.equals(firstKeys.get(0)))) {
                    same = sameText(firstShown, firstError);
                    sameCount = n;
                    if (canaryPhase && n < options.canary()) {
                        stopping = "Stopping the canary: its first " + n + " databases all failed with the same error (" + same + "); the"
                                + " others were not started (-Ddb.fleet.sameFailureStop=0 goes on past such a start).";
                        stop.set(true);
                    }
                    // with a canary, the canary stops the run and says so; without, unless these were the whole fleet
                    boolean rest = members.total() < 0 || report.rows() < members.total();
                    if (!canaryPhase && rest) {
                        stopReason = "the first " + n + " databases worked on" + (pastCanary ? " after the canary" : "") + " all failed with the"
                                + " same error (" + same + "); databases not"
                                + " yet started were not touched (-Ddb.fleet.sameFailureStop=0 goes on past such a start)";
                        stopping = "Stopping: " + stopReason + ".";
                        stop.set(true);
                    }
                }
            }
        }
        if (warn != null) log.warn(warn);
        if (stopping != null) log.warn(stopping);
    }

    /**
     * An error told apart from another database's: its id and name (in the commands of the way on) taken out. The stop compares
     * its {@link FleetReport#causeKey} (counts out, as the end's failures by cause): databases rate limited after 5 and after 3
     * attempts fail alike, and were ten errors to the stop where the table counted one cause.
     */
    private static String keyOf(FleetMember m, String error) {
        return FleetReport.withoutDatabase(error, m.id(), m.name());
    }

    /**
     * What the databases' one error says before its first mention of the database (the commands of the way on, which the build
     * failure lists per database), to its last full sentence: D1's words and the migration; else the first database's error.
     */
    private static String sameText(String key, String firstError) {
        int at = key.indexOf("<database>");
        if (at >= 0) {
            String before = key.substring(0, at);
            int dot = before.lastIndexOf(". ");
            if (dot > 0) return oneLine(firstLine(before.substring(0, dot + 1)));
        }
        return oneLine(firstLine(firstError));
    }
}
