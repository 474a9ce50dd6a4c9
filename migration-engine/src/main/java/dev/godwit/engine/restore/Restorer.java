package dev.godwit.engine.restore;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.GodwitException;
import dev.godwit.engine.d1.D1Exception;
import dev.godwit.engine.d1.D1TimeTravel;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.target.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code db:restore}: brings a database back to an earlier state. Remote D1: to a Time Travel bookmark, or to the
 * bookmark D1 gives for a timestamp, printing the bookmark it replaced (restoring that undoes the restore). Local
 * file: to the latest copy in the backups folder (or a given one), keeping a copy of the current file first.
 */
public final class Restorer {

    /** What was done: the state restored to, and how to undo it (the replaced bookmark, or the copy of the replaced file). */
    public record Result(String restoredTo, String replaced) {
    }

    private final EngineLog log;

    public Restorer(EngineLog log) {
        this.log = log;
    }

    /**
     * Takes the way back before an apply changes anything: on D1 reads the current Time Travel bookmark and prints it with
     * the commands that restore it ({@code targetArgs} repeats the run's target selection, e.g. {@code -Ddb.env=staging});
     * on a local file ({@code db}, open) keeps a copy in the backups folder, unless it holds nothing yet. Returns, on D1, the
     * two printed commands, {@code mvn db:restore -Ddb.bookmark=...} and, on a line of its own, {@code or: wrangler d1
     * time-travel restore ...} (for a failure later in the run to repeat: under {@code mvn -q} the error is all that prints, and
     * a team that restores with wrangler had no command of its own there); null on a local file.
     */
    public String beforeApply(Target target, Database db, LocalBackups backups, String targetArgs, String wranglerArgs) {
        String bookmark = before("apply", target, db, backups, targetArgs, wranglerArgs);
        if (bookmark == null) return null;
        return restoreCommand(bookmark, targetArgs) + "\n    or: " + wranglerRestore((Target.RemoteD1) target, bookmark, wranglerArgs);
    }

    /** As {@link #beforeApply}, for db:push: its words say "push". */
    public void beforePush(Target target, Database db, LocalBackups backups, String targetArgs, String wranglerArgs) {
        before("push", target, db, backups, targetArgs, wranglerArgs);
    }

    /**
     * As {@link #beforeApply}, for db:repair and db:baseline ({@code goal}: "repair", "baseline"): they change the history alone,
     * and a wrong change of it has migrations run again or skipped, so the way back is taken as for an apply. Returns, on D1, the
     * printed {@code mvn db:restore -Ddb.bookmark=...} that goes back to the bookmark it took (for the goal's later advice, which
     * printed the command without it, and failed when pasted); null on a local file.
     */
    public String beforeHistoryChange(String goal, Target target, Database db, LocalBackups backups, String targetArgs, String wranglerArgs) {
        String bookmark = before(goal, target, db, backups, targetArgs, wranglerArgs);
        return bookmark == null ? null : restoreCommand(bookmark, targetArgs);
    }

    /** The command that restores {@code bookmark}: printed before the run, kept in {@link #BOOKMARKS}, repeated by a failure. */
    private static String restoreCommand(String bookmark, String targetArgs) {
        return "mvn db:restore -Ddb.bookmark=" + bookmark + targetArgs;
    }

    private static String wranglerRestore(Target.RemoteD1 r, String bookmark, String wranglerArgs) {
        return "wrangler d1 time-travel restore " + r.name() + " --bookmark=" + bookmark + wranglerArgs;
    }

    /** Takes the way back (see {@link #beforeApply}); returns the bookmark it read on D1, null on a local file. */
    private String before(String goal, Target target, Database db, LocalBackups backups, String targetArgs, String wranglerArgs) {
        if (target instanceof Target.RemoteD1 r) {
            String bookmark;
            try (D1TimeTravel tt = new D1TimeTravel(r.settings(), log::info)) {
                bookmark = tt.currentBookmark();
            } catch (D1Exception e) {
                // the caller stops here: say that no migration (or push) went out
                throw new D1Exception(e.getMessage() + " Nothing was changed: the bookmark, the way back, is read before anything is sent.",
                        e.httpStatus(), e.errorCode(), false, e);
            }
            log.info("Time Travel bookmark of D1 database " + r.name() + " before this " + goal + ": " + bookmark);
            log.info("  to go back: " + restoreCommand(bookmark, targetArgs));
            log.info("          or: " + wranglerRestore(r, bookmark, wranglerArgs));
            if (backups != null) record(backups.dir().getParent().resolve(BOOKMARKS), r, bookmark, targetArgs);
            return bookmark;
        } else {
            Path file = target instanceof Target.LocalFile f ? f.file() : ((Target.WranglerLocalD1) target).file();
            if (!Files.exists(file)) return null;
            if (db.query("SELECT 1 FROM sqlite_master LIMIT 1").isEmpty()) {
                log.info("No copy kept of " + file.getFileName() + " before " + ing(goal) + ": it holds nothing yet.");
                return null;
            }
            Path copy = backups.backup(file);
            log.info("Kept a copy of " + file.getFileName() + " before " + ing(goal) + ": " + copy + (backups.reused()
                    ? " (taken before an earlier run: the database has not changed since, so no second copy)" : ""));
            log.info("  to go back: mvn db:restore -Dlocal" + targetArgs + " (the latest copy; -Ddb.backup=FILE for another)");
            return null;
        }
    }

    private static String ing(String goal) {
        return switch (goal) {
            case "push" -> "pushing";
            case "repair" -> "repairing its history";
            case "baseline" -> "recording the baseline";
            default -> "applying";
        };
    }

    /** Where db:apply keeps each bookmark it read, next to the local copies ({@code .godwit/}, which mvn clean keeps). */
    public static final String BOOKMARKS = "d1-bookmarks.log";

    /**
     * Appends the bookmark to {@code file}: printed only, it was lost with the log (mvn -q prints no INFO line, a CI log expires),
     * and it is the way back. A file that cannot be written is a warning: the bookmark was printed above.
     */
    private void record(Path file, Target.RemoteD1 r, String bookmark, String targetArgs) {
        recordCommand(file, r, bookmark, restoreCommand(bookmark, targetArgs));
    }

    /** As {@link #record}, with the whole command that restores {@code bookmark} ({@code mvn db:restore ...}). */
    private void recordCommand(Path file, Target.RemoteD1 r, String bookmark, String command) {
        String line = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + "  D1 database " + r.name()
                + (r.name().equals(r.settings().databaseId()) ? "" : " (" + r.settings().databaseId() + ")") + "  bookmark "
                + bookmark + "  " + command + System.lineSeparator();
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, line, java.nio.charset.StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            forgetPastTimeTravel(file);
            log.info("  (kept in " + file + ")");
        } catch (java.io.IOException e) {
            log.warn("Could not keep the bookmark in " + file + " (" + e.getMessage() + "); it is printed above.");
        }
    }

    /**
     * Drops the bookmark lines older than Time Travel's window, so the log does not grow for good (a line per apply); a line
     * that does not start with the time this file's lines start with is kept as it is.
     */
    private static void forgetPastTimeTravel(Path file) throws java.io.IOException {
        List<String> lines = Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
        java.time.Instant cut = java.time.Instant.now().minus(dev.godwit.engine.d1.D1TimeTravel.RETENTION);
        List<String> kept = new java.util.ArrayList<>();
        for (String l : lines) {
            int sp = l.indexOf("  ");
            java.time.Instant at = null;
            try {
                if (sp > 0) at = java.time.Instant.parse(l.substring(0, sp));
            } catch (java.time.format.DateTimeParseException notOurs) {
                // kept
            }
            if (at == null || !at.isBefore(cut)) kept.add(l);
        }
        if (kept.size() < lines.size()) Files.write(file, kept, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The bookmark log this project keeps ({@code .godwit/d1-bookmarks.log}), read before a restore to a bookmark; null: none. */
    private Path bookmarksLog;

    public Restorer withBookmarksLog(Path file) {
        this.bookmarksLog = file;
        return this;
    }

    /** A line of the bookmark log as {@link #recordCommand} writes it: when, on which database, the bookmark and its restore command. */
    record LoggedBookmark(String time, String database, String id, String bookmark, String command) {
        /** The database's id ({@code id} is written only where it differs from the name). */
        String databaseId() {
            return id != null ? id : database;
        }
    }

    private static final java.util.regex.Pattern LOG_LINE = java.util.regex.Pattern.compile(
            "^(\\S+)  D1 database (.+?)(?: \\(([^()]*)\\))?  bookmark (\\S+)  (mvn db:restore .*)$");

    /** The bookmark log's lines, oldest first as written; a line of another form is left out. */
    static List<LoggedBookmark> loggedBookmarks(Path file) throws java.io.IOException {
        List<LoggedBookmark> out = new java.util.ArrayList<>();
        for (String l : Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8)) {
            java.util.regex.Matcher m = LOG_LINE.matcher(l);
            if (m.matches()) out.add(new LoggedBookmark(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)));
        }
        return out;
    }

    /**
     * Refuses, before anything is sent, a bookmark the bookmark log records as taken on another database than {@code target}
     * (the run picked another environment than the one the bookmark is of: -Ddb.env, CLOUDFLARE_ENV set in the shell), naming
     * that database and the command the log keeps for it. A bookmark the log does not know, or records for this database too,
     * goes through.
     */
    public void refuseOtherDatabasesBookmark(Target.RemoteD1 target, String bookmark) {
        if (bookmarksLog == null || bookmark == null || bookmark.isBlank() || !Files.isRegularFile(bookmarksLog)) return;
        String wanted = bookmark.strip();
        List<LoggedBookmark> lines;
        try {
            lines = loggedBookmarks(bookmarksLog);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            log.warn("Could not read " + bookmarksLog + " (" + e.getMessage() + ") to check which database bookmark " + wanted + " is of.");
            return;
        }
        LoggedBookmark other = null;
        for (LoggedBookmark l : lines) {
            if (!l.bookmark().equals(wanted)) continue;
            if (l.databaseId().equals(target.settings().databaseId())) return;   // taken on this one (a log line of another database too: not ours)
            other = l;
        }
        if (other == null) return;
        String name = other.database() + (other.id() != null ? " (" + other.id() + ")" : "");
        String here = target.name() + (target.name().equals(target.settings().databaseId()) ? "" : " (" + target.settings().databaseId() + ")");
        throw new GodwitException(GodwitException.Kind.BROKEN, "Bookmark " + wanted + " was taken on D1 database " + name + " (" + other.time()
                + ", as " + bookmarksLog + " records), not on " + here + ", which this run works on: a Time Travel bookmark is one"
                + " database's, and this run picked another (-Ddb.env, or CLOUDFLARE_ENV set in the shell). To restore " + other.database()
                + " to it: " + other.command() + ". Nothing was restored.");
    }

    /**
     * Restores D1 to {@code bookmark}, or to the bookmark at {@code timestamp} (RFC 3339 or Unix time, as wrangler takes it);
     * exactly one of them is given.
     */
    public Result remote(Target.RemoteD1 target, String bookmark, String timestamp, String undoCommand) {
        boolean hasBookmark = bookmark != null && !bookmark.isBlank();
        boolean hasTimestamp = timestamp != null && !timestamp.isBlank();
        if (hasBookmark && !hasTimestamp) refuseOtherDatabasesBookmark(target, bookmark);
        if (hasBookmark == hasTimestamp) {
            throw new GodwitException(GodwitException.Kind.BROKEN, hasBookmark
                    ? "Give either -Ddb.bookmark or -Ddb.timestamp to db:restore, not both"
                    : "db:restore needs -Ddb.bookmark=BOOKMARK (db:apply and db:push print one before they change anything, and keep each in"
                    + " .godwit/" + BOOKMARKS + " with the database and the time) or -Ddb.timestamp=RFC3339"
                    + " (e.g. 2026-11-30T12:00:00Z) to restore Cloudflare D1 to; for the local file pass -Dlocal");
        }
        try (D1TimeTravel tt = new D1TimeTravel(target.settings(), log::info)) {
            // a timestamp is read (Unix time or RFC 3339) and checked (in the past, within Time Travel's 30 days) before any request
            String at = hasTimestamp ? D1TimeTravel.instantOf(timestamp, java.time.Instant.now()).toString() : null;
            String to = hasBookmark ? bookmark.strip() : tt.bookmarkAt(at);
            if (hasTimestamp) log.info("The bookmark at " + at + " is " + to);
            // read first: D1 gives the replaced bookmark only in the restore's answer, and that answer can be lost
            String before;
            try {
                before = tt.currentBookmark();
            } catch (D1Exception e) {
                throw new D1Exception(e.getMessage() + " Nothing was restored.", e.httpStatus(), e.errorCode(), false, e);
            }
            log.info("Time Travel bookmark of D1 database " + target.name() + " before this restore: " + before);
            // the migrations the history records now, to say after the restore which ones it took out (pending again) or put back
            List<String> recordedBefore = recordedMigrations();
            // kept as an apply's is: the way back from a restore (which replaces all of the database) was printed only, lost with
            // the log under mvn -q, and unknown to the check of which database a bookmark is of (refuseOtherDatabasesBookmark)
            if (bookmarksLog != null) {
                recordCommand(bookmarksLog, target, before, undoCommand != null && undoCommand.startsWith("mvn db:restore ") && undoCommand.contains("BOOKMARK")
                        ? undoCommand.replace("BOOKMARK", before) : "mvn db:restore -Ddb.bookmark=" + before);
            }
            log.info("Restoring Cloudflare D1 database " + target.name() + " to bookmark " + to + " (this replaces all of its contents)");
            D1TimeTravel.Restored r;
            try {
                r = tt.restore(to);
            } catch (D1Exception e) {
                // a 2xx whose body is no readable success (empty, cut short, a proxy's page): D1 took the request, so it may have restored
                boolean taken = e.httpStatus() >= 200 && e.httpStatus() < 300;
                if (!e.outcomeUnknown() && e.httpStatus() < 500 && !taken) throw e;
                throw new D1Exception(e.getMessage() + " D1's answer was lost, so the restore may or may not have happened. To make sure, run the"
                        + " same command again (a second restore to the same bookmark leaves the same contents). The bookmark before it was " + before
                        + "; to go back to that: " + undoCommand.replace("BOOKMARK", before), e.httpStatus(), e.errorCode(), true, e);
            }
            String replaced = r.previousBookmark() != null ? r.previousBookmark() : before;
            log.info("Restored " + target.name() + " to bookmark " + r.bookmark() + ".");
            log.info("The bookmark it replaced: " + replaced);
            log.info("  to undo this restore: " + undoCommand.replace("BOOKMARK", replaced));
            if (recordedBefore != null) sayWhatTheHistoryLost(recordedBefore, recordedMigrations());
            return new Result(r.bookmark(), replaced);
        }
    }

    /** The database whose history a restore reads before and after it, and that history; null: not read. */
    private Database historyDb;
    private dev.godwit.engine.migrate.HistoryTable history;

    /**
     * Has a restore of D1 read {@code history} on {@code db} (the same database) before and after it, and say which migrations the
     * restore took out of it (pending again: db:apply runs them again) or put back. Without it the restore printed bookmarks alone,
     * and nothing said that restoring to the bookmark from before a run that failed at its third migration had undone the two
     * before it too, or, the restore made while another run applied, which of that run's migrations it undid.
     */
    public Restorer readingHistory(Database db, dev.godwit.engine.migrate.HistoryTable history) {
        this.historyDb = db;
        this.history = history;
        return this;
    }

    /** The migrations the history records, oldest first as the layout reads them; empty without the table; null: not read or unreadable. */
    private List<String> recordedMigrations() {
        if (historyDb == null || history == null) return null;
        try {
            if (historyDb.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", history.name()).isEmpty()) return List.of();
            return history.read(historyDb).stream().map(Restorer::label).toList();
        } catch (RuntimeException e) {
            log.warn("Could not read " + history.name() + " (" + e.getMessage() + ") to say which migrations this restore undoes;"
                    + " db:status shows what it records.");
            return null;
        }
    }

    private static String label(dev.godwit.engine.migrate.AppliedMigration r) {
        return r.name() != null ? r.name() : "created_at " + r.createdAt() + (r.hash() == null ? "" : " (hash "
                + (r.hash().length() > 12 ? r.hash().substring(0, 12) : r.hash()) + ")");
    }

    private void sayWhatTheHistoryLost(List<String> before, List<String> after) {
        if (after == null) return;
        List<String> out = before.stream().filter(m -> !after.contains(m)).toList();
        List<String> back = after.stream().filter(m -> !before.contains(m)).toList();
        if (!out.isEmpty()) {
            log.info("The history (" + history.name() + ") no longer records " + out.size() + " migration(s) it recorded before this restore: "
                    + firstTen(out) + ". They are pending again: db:apply runs them again (db:status lists them).");
        }
        if (!back.isEmpty()) {
            log.info("The history (" + history.name() + ") records " + back.size() + " migration(s) it did not record before this restore: "
                    + firstTen(back) + ".");
        }
        if (out.isEmpty() && back.isEmpty()) {
            log.info("The history (" + history.name() + ") records the same " + after.size() + " migration(s) as before this restore"
                    + (after.isEmpty() ? "" : " (the latest: " + after.get(after.size() - 1) + ")") + ": no migration was undone.");
        }
    }

    private static String firstTen(List<String> l) {
        return l.size() <= 10 ? String.join(", ", l) : String.join(", ", l.subList(0, 10)) + " and " + (l.size() - 10) + " more (up to "
                + l.get(l.size() - 1) + ")";
    }

    /** What the local file is, beyond its path (wrangler's local D1 file: the binding and environment it is of); null: its path says it. */
    private String fileDescription;

    public Restorer describingLocalFile(String description) {
        this.fileDescription = description;
        return this;
    }

    /** The file as the restore's lines name it: with what it is, where its name (wrangler's hash) does not say. */
    private String named(Path dbFile) {
        return fileDescription == null ? "local SQLite file " + dbFile : fileDescription + ", " + dbFile;
    }

    /** The copy of {@code dbFile} a restore without -Ddb.backup takes (the question before it names the same one), or null. */
    private static Path latestCopy(Path dbFile, LocalBackups backups) {
        List<Path> all = backups.list(dbFile);
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    /**
     * The copy {@link #local} would restore, for the question and the batch-mode refusal before it: " with the copy PATH (taken
     * TIME)", the latest of {@code backups} or the given {@code backup} (its time: when the file was last changed); empty where
     * there is none (local says so).
     */
    public static String localCopy(Path dbFile, LocalBackups backups, Path backup) {
        if (backup != null) {
            if (!Files.isRegularFile(backup)) return "";
            String changed;
            try {
                changed = ", last changed " + Files.getLastModifiedTime(backup).toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            } catch (java.io.IOException e) {
                changed = "";
            }
            return " with the copy " + backup.toAbsolutePath().normalize() + " (-Ddb.backup" + changed + ")";
        }
        Path latest = latestCopy(dbFile, backups);
        if (latest == null) return "";
        return " with the copy " + latest.toAbsolutePath().normalize() + " (the latest, taken "
                + LocalBackups.takenAt(latest).truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + ")";
    }

    /** Restores the local file from {@code backup}, or from the latest copy of it; keeps a copy of the current file first. */
    public Result local(Path dbFile, LocalBackups backups, Path backup) {
        return local(dbFile, backups, backup, kept -> "mvn db:restore -Dlocal -Ddb.backup=" + kept);
    }

    /**
     * As {@link #local(Path, LocalBackups, Path)}; {@code undoCommand} gives the command that restores the kept copy of the
     * replaced file, with what picked this file (-Ddb.local.path, -Ddb.env), or it would restore another.
     */
    public Result local(Path dbFile, LocalBackups backups, Path backup, java.util.function.Function<Path, String> undoCommand) {
        Path from;
        if (backup != null) {
            from = backup;
            if (!Files.isRegularFile(from)) {
                throw new GodwitException(GodwitException.Kind.BROKEN, "-Ddb.backup=" + backup + ": no such file. The copies of " + dbFile.getFileName()
                        + " are in " + backups.dir() + describe(backups.list(dbFile)));
            }
        } else {
            from = latestCopy(dbFile, backups);
            if (from == null) {
                throw new GodwitException(GodwitException.Kind.BROKEN, "There is no backup of " + (fileDescription == null ? dbFile : named(dbFile))
                        + " in " + backups.dir()
                        + ": db:apply -Dlocal keeps one before it applies a migration to the file, none while the file holds nothing yet"
                        + " (its first apply). Nothing was changed.");
            }
        }
        requireDatabaseCopy(from, backup != null, dbFile, backups);
        Path replaced = Files.exists(dbFile) ? backups.backupBeforeRestore(dbFile) : null;
        log.info("Restoring " + named(dbFile) + (fileDescription == null ? "" : ",") + " from " + from);
        LocalBackups.restore(dbFile, from);
        log.info("Restored " + dbFile.getFileName() + (fileDescription == null ? "" : " (" + fileDescription + ")") + " to the copy "
                + from.getFileName() + ".");
        if (replaced != null && backups.movedAside() != null) {
            // no undo command: what it would bring back is the file SQLite could not read
            log.info("The file as it was is not one SQLite can read (" + backups.movedAside() + "): it was moved, as it was, to " + replaced);
        } else if (replaced != null) {
            log.info("The file as it was is kept as " + replaced);
            log.info("  to undo this restore: " + undoCommand.apply(replaced));
        }
        return new Result(from.toString(), replaced == null ? null : replaced.toString());
    }

    /**
     * SQLite's restore takes an empty file for an empty database (and emptied the target), and "restored" from a text file
     * without an error and without a change: the file must be a database, with something in it.
     */
    private static void requireDatabaseCopy(Path from, boolean given, Path dbFile, LocalBackups backups) {
        String what = given ? "-Ddb.backup=" + from : "The latest copy " + from;
        byte[] header = new byte[16];
        int read;
        try (var in = Files.newInputStream(from)) {
            read = in.readNBytes(header, 0, header.length);
        } catch (java.io.IOException e) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "Cannot read " + from + ": " + e.getMessage() + ". Nothing was changed.", e);
        }
        if (read == 0) {
            throw new GodwitException(GodwitException.Kind.BROKEN, what + " is empty: restoring it would empty " + dbFile.getFileName() + "."
                    + " db:restore takes the copies db:apply keeps in " + backups.dir() + describe(backups.list(dbFile)) + ". Nothing was changed.");
        }
        if (read < header.length || !new String(header, java.nio.charset.StandardCharsets.ISO_8859_1).equals("SQLite format 3\0")) {
            throw new GodwitException(GodwitException.Kind.BROKEN, what + " is not an SQLite database file (it does not begin with SQLite's header):"
                    + " db:restore takes the copies db:apply keeps in " + backups.dir() + describe(backups.list(dbFile)) + ". An SQL dump is loaded"
                    + " with sqlite3 instead (sqlite3 " + dbFile.getFileName() + " < " + from.getFileName() + "). Nothing was changed.");
        }
    }

    private static String describe(List<Path> all) {
        if (all.isEmpty()) return " (there are none)";
        return ": " + String.join(", ", all.stream().map(p -> p.getFileName().toString()).toList());
    }
}
