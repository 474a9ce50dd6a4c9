package dev.godwit.engine.fleet;

import dev.godwit.engine.Durations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The words a fleet run prints that several of its parts share: a database's label, an error on one line, a duration, the progress line. */
final class FleetText {

    private FleetText() {
    }

    /** "fleet apply: 420/1000 done (3 failed), 8 running, 572 to go · 11.8 db/s · 47.0 calls/s · ETA 48 s", rates since the start. */
    static String progressLine(String command, long total, long done, long failed, int running, long calls, double seconds) {
        return progressLine(command, total, done, failed, running, done, calls, seconds);
    }

    /**
     * The same, with the rates and the ETA taken from the last stretch of the run ({@code recentDone} databases and {@code recentCalls}
     * calls in {@code seconds}, {@link RecentRate}).
     */
    static String progressLine(String command, long total, long done, long failed, int running, long recentDone, long recentCalls, double seconds) {
        double dbRate = seconds > 0 ? recentDone / seconds : 0;
        double callRate = seconds > 0 ? recentCalls / seconds : 0;
        String togo = total >= 0 ? String.valueOf(Math.max(0, total - done - running)) : "?";   // not started yet
        String eta = total >= 0 && dbRate > 0 ? Durations.shown(Duration.ofSeconds(Math.round((total - done) / dbRate))) : "?";
        return String.format(java.util.Locale.ROOT, "fleet %s: %d/%s done (%d failed), %d running, %s to go · %.1f databases/s · %.1f calls/s · ETA %s",
                command, done, total >= 0 ? String.valueOf(total) : "?", failed, running, togo, dbRate, callRate, eta);
    }

    /**
     * The selection as the run's first line says it: a list's databases, not its entries: a name and the same database's id (in
     * capitals, say) are one database, visited once, and "over 6 database(s) listed" was said of four.
     */
    static String over(dev.godwit.engine.target.FleetSelection selection, FleetMembers members) {
        if (selection instanceof dev.godwit.engine.target.FleetSelection.Listed l && members.total() >= 0 && members.total() != l.entries().size()) {
            return members.total() + " database(s) listed (" + l.entries().size() + " entries: a database named more than once, by its name"
                    + " and by its id, is visited once)";
        }
        return selection.toString();
    }

    /** ": a, b, … (3 more in the report)": the first databases of a line of the table. */
    static String examples(FleetReport report, String migration, String status, long count) {
        List<String> names = report.examples(migration, status);
        return names.isEmpty() ? "" : ": " + String.join(", ", names) + (count > names.size() ? ", … (" + (count - names.size()) + " more in the report)" : "");
    }

    /**
     * "300 × The database records migration(s) ... (first: tenant-2000)", most first: where more databases failed than are listed,
     * the list (the first 20 to finish) may show one cause of several.
     */
    static List<String> byCause(FleetReport report) {
        List<String> out = new ArrayList<>();
        for (FleetReport.Cause c : report.causes()) out.add(c.databases() + " × " + c.text() + " (first: " + c.first() + ")");
        if (report.otherCauses() > 0) out.add(report.otherCauses() + " × other causes (the report has each database's error)");
        return out;
    }

    static String label(FleetReport.Row r) {
        if (r.name() == null) return r.id();
        return r.id() == null ? r.name() : r.name() + " (" + r.id() + ")";
    }

    static String oneLine(String s) {
        return oneLine(s, 300);
    }

    /** The error on one line, cut at {@code max}: the log's table keeps to 300, the build failure's list shows the way on too. */
    static String oneLine(String s, int max) {
        if (s == null) return "";
        String t = s.replaceAll("\\s*\\n\\s*", " | ");
        return t.length() > max ? t.substring(0, max) + "…" : t;
    }

    /**
     * The error's first line; where it ends in ':' with SQLite's words lines below (db:status's "db:apply fails at 0001_x.sql,
     * statement 1 of 1:", the statement between), those words after it: the first line alone named no cause.
     */
    static String firstLine(String s) {
        if (s == null) return "";
        String t = s.strip();
        int nl = t.indexOf('\n');
        if (nl < 0) return t;
        String first = t.substring(0, nl).strip();
        java.util.regex.Matcher says = SQLITE_SAYS.matcher(t);
        return first.endsWith(":") && says.find() ? first + " " + says.group(1).strip() : first;
    }

    private static final java.util.regex.Pattern SQLITE_SAYS = java.util.regex.Pattern.compile("(?m)^\\s*(SQLite says: .*)$");
}
