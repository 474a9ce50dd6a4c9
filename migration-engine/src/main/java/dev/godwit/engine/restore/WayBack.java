package dev.godwit.engine.restore;

import dev.godwit.engine.migrate.AppliedMigration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The way back to before given migrations ran on one database, as the goals' advice prints it: a command that works as pasted
 * where the project's records can name the state (D1: the bookmark log's line taken before the migration's {@code applied_at} in
 * wrangler's history, or a timestamp just before it; a local file: the copy taken before it), else which value to look up and
 * where. Printed without these, the advice was {@code mvn db:restore -Ddb.timestamp=TIME before it, or the bookmark db:apply
 * printed then} or {@code -Ddb.bookmark=B}, which fail as pasted, or {@code mvn db:restore -Dlocal}, the latest copy, taken
 * before the latest run (after a db:repair, the copy it took: it undoes the repair alone).
 */
public final class WayBack {

    private final Path bookmarksLog;
    private final String databaseId;
    private final String name;
    private final LocalBackups backups;
    private final Path file;
    private final String commandArgs;

    private WayBack(Path bookmarksLog, String databaseId, String name, LocalBackups backups, Path file, String commandArgs) {
        this.bookmarksLog = bookmarksLog;
        this.databaseId = databaseId;
        this.name = name;
        this.backups = backups;
        this.file = file;
        this.commandArgs = commandArgs == null ? "" : commandArgs;
    }

    /**
     * On Cloudflare D1 {@code databaseId} ({@code name}: as wrangler names it), whose bookmarks db:apply keeps in {@code bookmarksLog}
     * (null: none kept); {@code commandArgs} repeat the run's choice of database ({@code -Ddb.env=production}).
     */
    public static WayBack d1(Path bookmarksLog, String databaseId, String name, String commandArgs) {
        return new WayBack(bookmarksLog, databaseId, name == null ? databaseId : name, null, null, commandArgs);
    }

    /**
     * On Cloudflare D1 {@code databaseId}, a database of a fleet: a fleet's apply takes no bookmark, its report keeps when it began
     * on each database ({@code startedAt}, in {@code reportDir}'s {@code fleet-<time>.json}).
     */
    public static WayBack fleetMember(Path reportDir, String databaseId, String commandArgs) {
        WayBack w = new WayBack(null, databaseId, databaseId, null, null, commandArgs);
        w.fleetReports = reportDir;
        return w;
    }

    /** Where a fleet's reports are ({@link #fleetMember}); null: one database's run, with the bookmark log. */
    private Path fleetReports;

    /** On the local {@code file}, whose copies are in {@code backups}. */
    public static WayBack local(LocalBackups backups, Path file, String commandArgs) {
        return new WayBack(null, null, null, backups, file, commandArgs);
    }

    /**
     * As {@link #local(LocalBackups, Path, String)}, the copies read for {@code history}'s rows: the newest copy that does not
     * hold the row of the earliest migration in question is the state from before it ran, whatever the history keeps of times.
     */
    public static WayBack local(LocalBackups backups, Path file, String commandArgs, dev.godwit.engine.migrate.HistoryTable history) {
        WayBack w = new WayBack(null, null, null, backups, file, commandArgs);
        w.history = history;
        return w;
    }

    /** The history whose rows the local copies are read for; null: the copies are told apart by their times alone. */
    private dev.godwit.engine.migrate.HistoryTable history;

    /**
     * The way back to before {@code rows} (history rows of migrations that ran here) ran: the earliest of them counts. Text to be
     * put in parentheses after "go back to before it".
     */
    public String before(List<AppliedMigration> rows) {
        return before(rows, null);
    }

    /**
     * As {@link #before(List)}, with {@code name} the migration's tag where the caller knows it (db:drop's migration): drizzle's
     * history rows hold no name, and "created_at 1796565070704 (hash fd290bea8003)" told the user nothing the tag does not.
     */
    public String before(List<AppliedMigration> rows, String name) {
        AppliedMigration first = null;
        Instant ran = null;
        Instant written = null;
        for (AppliedMigration r : rows) {
            Instant at = appliedAt(r);
            if (at != null && (ran == null || at.isBefore(ran))) {
                ran = at;
                first = r;
            }
        }
        if (first == null) {
            for (AppliedMigration r : rows) {
                if (r.createdAt() != null && (written == null || r.createdAt() < written.toEpochMilli())) {
                    written = Instant.ofEpochMilli(r.createdAt());
                    first = r;
                }
            }
        }
        String what = name != null ? name : first == null ? "them" : label(first);
        if (file != null && history != null && !rows.isEmpty()) {
            String read = copyWithout(rows, what);
            if (read != null) return read;
        }
        return file != null ? local(what, ran, written) : d1(what, ran, written);
    }

    private String d1(String what, Instant ran, Instant written) {
        String log = ".godwit/" + Restorer.BOOKMARKS;
        List<Line> lines = lines();
        if (ran != null) {
            Line before = null;
            for (Line l : lines) if (!l.at().isAfter(ran)) before = l;
            if (before != null && fleetReports == null) {
                return "mvn db:restore -Ddb.bookmark=" + before.bookmark() + commandArgs + ": the bookmark taken at " + before.at() + ", before " + what
                        + " ran at " + ran + ", as " + log + " records";
            }
            if (ran.isBefore(Instant.now().minus(dev.godwit.engine.d1.D1TimeTravel.RETENTION))) {
                return "none on D1: " + what + " ran at " + ran + ", and Time Travel reaches 30 days back at most";
            }
            // wrangler's applied_at is the second the row was written, after its migration's statements: a second before is before it
            return "mvn db:restore" + commandArgs + " -Ddb.timestamp=" + ran.minusSeconds(1) + ": a second before " + what + " ran, at " + ran
                    + " as the history records" + (fleetReports != null ? "" : " (" + log + " has no bookmark of " + name + " from before it)");
        }
        String since = written == null ? "" : " after " + what + " was written (" + written + ")";
        if (fleetReports != null) {
            return "drizzle's history keeps no time of apply, so a time before " + what + " ran is not known here: it is this database's startedAt"
                    + " in the report of the fleet apply that ran it (" + fleetReports.resolve("fleet-<time>.json") + ", a run" + since
                    + "); give it to mvn db:restore" + commandArgs + " as -Ddb.timestamp";
        }
        Line candidate = null;
        for (Line l : lines) {
            if (written == null || !l.at().isBefore(written.truncatedTo(ChronoUnit.SECONDS))) {
                candidate = l;
                break;
            }
        }
        // drizzle-orm's history keeps the migration's "when", the time it was written, and no time of apply: which bookmark is from
        // before it ran is not known here, and a guess pasted could restore to after it
        return "drizzle's history keeps no time of apply, so which bookmark is from before " + what + " ran is not known here: it is the"
                + " one the db:apply that ran it printed first ('Time Travel bookmark of D1 database " + name + " before this apply: ...' in"
                + " that run's output), " + (candidate != null
                        ? "which " + log + " keeps with its time and its mvn db:restore command, on a line of " + name + since
                        + " (the first such is from " + candidate.at() + ")"
                        : "which " + log + " does not have (no line of " + name + since + ")")
                + "; give it to db:restore as -Ddb.bookmark, or a time before that run as -Ddb.timestamp";
    }

    private String local(String what, Instant ran, Instant written) {
        List<Path> copies = backups == null ? List.of() : backups.list(file);
        if (copies.isEmpty()) {
            return "db:restore has no copy of " + file.getFileName() + " to go back to: db:apply keeps one only of a file that held something";
        }
        if (ran != null) {
            Path before = null;
            for (Path c : copies) if (!LocalBackups.takenAt(c).truncatedTo(ChronoUnit.SECONDS).isAfter(ran)) before = c;
            if (before != null) {
                return "mvn db:restore -Dlocal" + commandArgs + " " + dev.godwit.engine.target.PrintedArgs.quoted("-Ddb.backup=" + before) + ": the copy taken at "
                        + LocalBackups.takenAt(before) + ", before " + what + " ran at " + ran;
            }
            return "no copy of " + file.getFileName() + " kept in " + (backups == null ? ".godwit/backups" : backups.dir()) + " is from before " + what
                    + " ran, at " + ran + (copies.isEmpty() ? "" : " (the oldest is from " + LocalBackups.takenAt(copies.get(0)) + ")");
        }
        String since = written == null ? "" : " after " + what + " was written (" + written + ")";
        return "drizzle's history keeps no time of apply, so which copy is from before " + what + " ran is not known here: it is the one the"
                + " db:apply that ran it kept ('Kept a copy of " + file.getFileName() + " before applying: ...' in that run's output), in "
                + (backups == null ? ".godwit/backups" : backups.dir()) + ", named after the time it was taken (UTC), so one taken" + since
                + (copies.isEmpty() ? " (there are none)" : " (the copies: " + String.join(", ", copies.stream().map(p -> p.getFileName().toString()).toList()) + ")")
                + "; give it to db:restore -Dlocal as -Ddb.backup";
    }

    /**
     * The newest copy whose history holds none of {@code rows} (all there before they ran), as a command; what the copies hold
     * where each has one of them; null where none could be read (the times then tell).
     */
    private String copyWithout(List<AppliedMigration> rows, String what) {
        List<Path> copies = backups == null ? List.of() : backups.list(file);
        boolean readAny = false;
        for (int i = copies.size() - 1; i >= 0; i--) {
            Boolean holds = holdsAny(copies.get(i), rows);
            if (holds == null) continue;
            readAny = true;
            if (!holds) {
                return "mvn db:restore -Dlocal" + commandArgs + " " + dev.godwit.engine.target.PrintedArgs.quoted("-Ddb.backup=" + copies.get(i))
                        + ": the newest copy whose " + history.name() + " does not record " + what + " yet, taken at " + LocalBackups.takenAt(copies.get(i));
            }
        }
        if (!readAny) return null;
        return "no copy of " + file.getFileName() + " kept in " + backups.dir() + " is from before " + what + " ran: each records it in "
                + history.name() + " (the oldest, " + copies.get(0).getFileName() + ", too)";
    }

    /** Whether {@code copy}'s history records one of {@code rows}; false without the table; null where it cannot be read. */
    private Boolean holdsAny(Path copy, List<AppliedMigration> rows) {
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        try (java.sql.Connection c = new org.sqlite.JDBC().connect("jdbc:sqlite:" + copy.toAbsolutePath(), config.toProperties());
             java.sql.Statement st = c.createStatement()) {
            try (java.sql.ResultSet t = st.executeQuery("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = "
                    + dev.godwit.engine.sql.Quoting.literal(history.name()))) {
                if (!t.next()) return false;
            }
            for (AppliedMigration r : rows) {
                // drizzle's layout: the copy ran the migration if it records its SQL (hash) under any "when": db:rebase moves a
                // migration to a new "when" and db:repair moves its row after it, so the copy db:repair took holds the row under the
                // old one, and naming it as "from before" the migration had db:restore bring back the MOVED row, not the state before
                String where = history instanceof dev.godwit.engine.migrate.HistoryTable.Wrangler
                        ? "\"name\" = " + dev.godwit.engine.sql.Quoting.literal(r.name())
                        : r.hash() != null ? "\"hash\" = " + dev.godwit.engine.sql.Quoting.literal(r.hash()) : r.drizzleWhere();
                if (history instanceof dev.godwit.engine.migrate.HistoryTable.Wrangler && r.name() == null) return null;
                try (java.sql.ResultSet rs = st.executeQuery("SELECT 1 FROM " + dev.godwit.engine.sql.Quoting.doubleQuoted(history.name())
                        + " WHERE " + where + " LIMIT 1")) {
                    if (rs.next()) return true;
                }
            }
            return false;
        } catch (java.sql.SQLException e) {
            return null;
        }
    }

    private static String label(AppliedMigration r) {
        // as the history check names a row no migration of the folder has
        return r.name() != null ? r.name() : "created_at " + r.createdAt() + (r.hash() == null ? "" : " (hash "
                + (r.hash().length() > 12 ? r.hash().substring(0, 12) : r.hash()) + ")");
    }

    /** wrangler's applied_at ("2026-12-06 09:14:03", UTC as SQLite's CURRENT_TIMESTAMP writes it); null: none or unreadable. */
    static Instant appliedAt(AppliedMigration r) {
        String s = r.appliedAt();
        if (s == null || s.isBlank()) return null;
        String t = s.strip().replace(' ', 'T');
        try {
            return Instant.parse(t.endsWith("Z") || t.matches(".*[+-]\\d\\d:\\d\\d$") ? t : t + "Z");
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private record Line(Instant at, String bookmark) {
    }

    /** The bookmark log's lines of this database, oldest first; none where it cannot be read. */
    private List<Line> lines() {
        List<Line> out = new ArrayList<>();
        if (bookmarksLog == null || !Files.isRegularFile(bookmarksLog)) return out;
        try {
            for (Restorer.LoggedBookmark l : Restorer.loggedBookmarks(bookmarksLog)) {
                if (!l.databaseId().equals(databaseId)) continue;
                try {
                    out.add(new Line(Instant.parse(l.time()), l.bookmark()));
                } catch (java.time.format.DateTimeParseException notOurs) {
                    // skipped
                }
            }
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return out;
        }
        out.sort(java.util.Comparator.comparing(Line::at));
        return out;
    }
}
