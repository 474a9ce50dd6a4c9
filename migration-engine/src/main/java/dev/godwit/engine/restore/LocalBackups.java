package dev.godwit.engine.restore;

import dev.godwit.engine.GodwitException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Copies of a local SQLite file in a backups folder ({@code .godwit/backups/}): {@code <file>-<path hash>-<UTC time>.sqlite}, taken
 * with SQLite's own {@code VACUUM INTO} on a connection of their own (consistent even with a WAL file beside it), the
 * last {@code keep} of each file kept. A restore goes through SQLite's backup API, so the file's WAL is replaced too.
 */
public final class LocalBackups {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Path dir;
    private final int keep;
    private final Clock clock;

    public LocalBackups(Path dir, int keep) {
        this(dir, keep, Clock.systemUTC());
    }

    LocalBackups(Path dir, int keep, Clock clock) {
        if (keep < 1) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "db.backups must be at least 1 (the number of local backups kept), not " + keep);
        }
        this.dir = dir.toAbsolutePath().normalize();
        this.keep = keep;
        this.clock = clock;
    }

    public Path dir() {
        return dir;
    }

    /**
     * The file's name and a short hash of its full path: {@code local-3f2a9c1e}. Two databases named alike (another
     * {@code -Ddb.local.path}, another wrangler environment) keep copies of their own, so one is never restored from,
     * or pruned for, the other's.
     */
    static String stem(Path dbFile) {
        String n = dbFile.getFileName().toString();
        String name = n.endsWith(".sqlite") ? n.substring(0, n.length() - 7) : n;
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(dbFile.toAbsolutePath().normalize().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return name + "-" + java.util.HexFormat.of().formatHex(d, 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies the file now (before an apply); removes the oldest copies of it beyond {@code keep}. Returns the copy. */
    public Path backup(Path dbFile) {
        return backup(dbFile, "");
    }

    /**
     * Copies the file before a restore replaces it, as {@code <file>-before-restore-<time>.sqlite}: not one of the
     * copies {@code db:restore -Dlocal} picks by default, so restoring twice does not undo the first restore. A file SQLite
     * cannot read (not a database, or malformed: what a restore is for) cannot be copied through SQLite either: it is moved
     * there as it is, with its -wal and -journal files, and the restore goes on into a new file ({@link #movedAside}).
     */
    public Path backupBeforeRestore(Path dbFile) {
        return backup(dbFile, "before-restore-");
    }

    private Path backup(Path dbFile, String label) {
        movedAside = null;
        Path copy;
        try {
            Files.createDirectories(dir);
            String name = stem(dbFile) + "-" + label + STAMP.format(clock.instant());
            copy = dir.resolve(name + ".sqlite");
            // after the last taken in this millisecond, not in the first free place: a pruned one's name would sort oldest
            int taken = 0;
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : (Iterable<Path>) s::iterator) {
                    String n = p.getFileName().toString();
                    if (n.equals(name + ".sqlite")) taken = Math.max(taken, 1);
                    else if (n.startsWith(name + "-") && n.endsWith(".sqlite") && n.substring(name.length() + 1, n.length() - ".sqlite".length()).matches("\\d{1,9}")) {
                        taken = Math.max(taken, Integer.parseInt(n.substring(name.length() + 1, n.length() - ".sqlite".length())));
                    }
                }
            }
            if (taken > 0) copy = dir.resolve(name + "-" + (taken + 1) + ".sqlite");
        } catch (IOException e) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "Cannot create the backups folder " + dir + ": " + e.getMessage()
                    + "; nothing was applied", e);
        }
        boolean beforeRestore = !label.isEmpty();
        boolean takenMeanwhile = Files.exists(copy);   // by another run this moment: that copy is not ours
        PartsLock.whenNoneWriting(dir, this::removeParts);
        // written under a name of its own, then renamed: a run killed mid-copy (kill -9, a CI job's timeout) left a half-written
        // file under the copy's name, the newest, which db:restore -Dlocal then picked and refused as "not an SQLite database"
        Path part = partOf(copy);
        try (PartsLock.Hold writing = PartsLock.whileWriting(dir); Connection c = open(dbFile); Statement s = c.createStatement()) {
            s.execute("VACUUM INTO '" + part.toString().replace("'", "''") + "'");
            if (takenMeanwhile || Files.exists(copy)) throw new SQLException("output file already exists: " + copy);
            Files.move(part, copy, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(part);
            throw new GodwitException(GodwitException.Kind.BROKEN, "Cannot copy " + dbFile + " to " + copy + (beforeRestore ? " before restoring it: "
                    : " before applying: ") + e + (beforeRestore ? "; nothing was restored" : "; nothing was applied"), e);
        } catch (SQLException e) {
            if (beforeRestore && unreadable(e)) {
                deleteQuietly(part);
                moveAside(dbFile, copy);
                movedAside = e.getMessage();
                prune(list(dbFile, label));
                return copy;
            }
            throw copyFailed(dbFile, copy, part, e, beforeRestore);
        }
        if (!beforeRestore) {
            // the database as the newest copy has it already (an apply that failed and rolled back, run again): that copy stands, so
            // failed runs do not push the older copies, those before the migrations that did change something, out of the folder
            List<Path> all = list(dbFile, label);
            Path newest = all.size() < 2 ? null : all.get(all.size() - 1).equals(copy) ? all.get(all.size() - 2) : null;
            try {
                if (newest != null && Files.mismatch(newest, copy) == -1) {
                    Files.delete(copy);
                    reused = true;
                    return newest;
                }
            } catch (IOException e) {
                // compared or deleted: not needed to go on, the new copy is kept as usual
            }
        }
        reused = false;
        prune(list(dbFile, label));
        return copy;
    }

    /**
     * The refusal of a copy that failed; one that ran out of room (SQLITE_FULL, or the I/O error of a write the disk refused) also
     * says how much the copy needs, what the folder has free and what this file's kept copies take there, with the ways to room.
     */
    GodwitException copyFailed(Path dbFile, Path copy, Path begun, SQLException e, boolean beforeRestore) {
        String ending = beforeRestore ? "; nothing was restored" : "; nothing was applied";
        // what the failed VACUUM INTO began (begun: the part this run wrote, null where it began none) is no copy: not left to be
        // restored as the newest one, nor to take the room the message below counts
        if (begun != null) deleteQuietly(begun);
        int primary = e instanceof org.sqlite.SQLiteException se ? se.getResultCode().code & 0xff : -1;
        if (primary == org.sqlite.SQLiteErrorCode.SQLITE_FULL.code || primary == org.sqlite.SQLiteErrorCode.SQLITE_IOERR.code) {
            long kept = 0;
            List<Path> copies = list(dbFile, "");
            for (Path c : copies) kept += c.toFile().length();
            String room = "; " + dir + " has " + megabytes(dir.toFile().getUsableSpace()) + " free, and the copy needs about "
                    + megabytes(dbFile.toFile().length()) + (copies.isEmpty() ? ": free that room there, then run again (the copy is the way"
                    + " back should a migration go wrong)" : " (the " + copies.size() + " earlier copies of this file there take "
                    + megabytes(kept) + ": delete the older ones, or keep fewer with -Ddb.backups=N, 1 at least)");
            return new GodwitException(GodwitException.Kind.BROKEN, "Cannot copy " + dbFile + " to " + copy + (beforeRestore ? " before restoring it: "
                    : " before applying: ") + e.getMessage() + room + ending, e);
        }
        return new GodwitException(GodwitException.Kind.BROKEN, "Cannot copy " + dbFile + " to " + copy + (beforeRestore
                ? " before restoring it: " + e.getMessage() : " before applying: " + e.getMessage()) + ending, e);
    }

    /** Where {@code copy} is written before it is renamed to its name: {@code <copy>.part-<pid>}. */
    private static Path partOf(Path copy) {
        return copy.resolveSibling(copy.getFileName() + ".part-" + ProcessHandle.current().pid());
    }

    private static final java.util.regex.Pattern PART_NAME = java.util.regex.Pattern.compile(".*\\.sqlite\\.part-\\d+(-journal)?");

    /**
     * Deletes the half-written copies of runs killed while copying: called holding {@link PartsLock} alone, when no copy is being
     * written into this folder, so every part there is one (it judged by the pid in the name, and deleted the part another
     * machine sharing the folder was writing, whose pid is no process here, and kept one whose pid another process had taken).
     */
    private void removeParts() {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (PART_NAME.matcher(p.getFileName().toString()).matches()) Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException ignored) {
            // a folder that cannot be listed, or a file gone meanwhile: the copy below says what is wrong, if anything is
        }
    }

    /**
     * Deletes {@code file} and the journal SQLite may have begun beside it, if they are there (VACUUM INTO writes through a rollback
     * journal of its own: one that ran out of room left it beside the copy).
     */
    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-journal"));
        } catch (IOException ignored) {
            // left for the next run's removeParts (a part), or a file SQLite cannot read, which a restore names rather than uses
        }
    }

    private static String megabytes(long bytes) {
        return bytes >= 10L * 1024 * 1024 * 1024 ? bytes / (1024L * 1024 * 1024) + " GB" : bytes / (1024 * 1024) + " MB";
    }

    /** Whether the last {@link #backup(Path)} returned the newest earlier copy, the same bytes as the database now, and took none. */
    private boolean reused;

    public boolean reused() {
        return reused;
    }

    /** Why SQLite could not read the file the last {@link #backupBeforeRestore} moved aside instead of copying, or null. */
    private String movedAside;

    public String movedAside() {
        return movedAside;
    }

    /** SQLite's "file is not a database" or "database disk image is malformed": the file's bytes, not the moment. */
    private static boolean unreadable(SQLException e) {
        if (!(e instanceof org.sqlite.SQLiteException se)) return false;
        int primary = se.getResultCode().code & 0xff;
        return primary == org.sqlite.SQLiteErrorCode.SQLITE_NOTADB.code || primary == org.sqlite.SQLiteErrorCode.SQLITE_CORRUPT.code;
    }

    /** Moves the file and its -wal, -shm and -journal files to {@code to} (and {@code to}-wal, ...), bytes as they are. */
    private static void moveAside(Path dbFile, Path to) {
        try {
            for (String suffix : List.of("-wal", "-shm", "-journal")) {
                Path side = dbFile.resolveSibling(dbFile.getFileName() + suffix);
                if (Files.exists(side)) Files.move(side, to.resolveSibling(to.getFileName() + suffix));
            }
            Files.deleteIfExists(to);   // what the failed VACUUM INTO may have begun: the name was free before it
            Files.move(dbFile, to);
        } catch (IOException e) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "Cannot move " + dbFile + ", which SQLite cannot read, to " + to + " before restoring it: "
                    + e.getMessage() + ". Move it away yourself, then run db:restore again; nothing was restored", e);
        }
    }

    /** This file's copies taken before applies, oldest first. */
    public List<Path> list(Path dbFile) {
        return list(dbFile, "");
    }

    private List<Path> list(Path dbFile, String label) {
        if (!Files.isDirectory(dir)) return List.of();
        String prefix = stem(dbFile) + "-" + label;
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(prefix) && n.endsWith(".sqlite") && n.substring(prefix.length()).matches("\\d{8}T\\d{6}\\.\\d{3}Z(-\\d+)?\\.sqlite");
            }).sorted(java.util.Comparator.comparing((Path c) -> stampOf(c, prefix)).thenComparingInt(c -> takenThatMillisecond(c, prefix))).toList();
        } catch (IOException e) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "Cannot list the backups folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String stampOf(Path copy, String prefix) {
        return copy.getFileName().toString().substring(prefix.length(), prefix.length() + "yyyyMMddTHHmmss.SSSZ".length());
    }

    /**
     * 1 for a copy's plain name, n for its "-n" (the n-th taken in the same millisecond): by name, "...Z-2.sqlite" sorts before
     * "...Z.sqlite" ('-' before '.'), so the newer copy was taken for the older, pruned first and not the one a restore picks.
     */
    private static int takenThatMillisecond(Path copy, String prefix) {
        String n = copy.getFileName().toString();
        String rest = n.substring(prefix.length() + "yyyyMMddTHHmmss.SSSZ".length(), n.length() - ".sqlite".length());
        return rest.isEmpty() ? 1 : Integer.parseInt(rest.substring(1));
    }

    private static final java.util.regex.Pattern STAMP_IN_NAME = java.util.regex.Pattern.compile("(\\d{8}T\\d{6}\\.\\d{3}Z)(?:-\\d+)?\\.sqlite$");

    /** When {@code copy} (one of {@link #list}) was taken, as its name says; the epoch where it says no time. */
    static java.time.Instant takenAt(Path copy) {
        java.util.regex.Matcher m = STAMP_IN_NAME.matcher(copy.getFileName().toString());
        return m.find() ? java.time.Instant.from(STAMP.parse(m.group(1))) : java.time.Instant.EPOCH;
    }

    private void prune(List<Path> all) {
        for (int i = 0; i < all.size() - keep; i++) {
            try {
                Files.deleteIfExists(all.get(i));
            } catch (IOException e) {
                throw new GodwitException(GodwitException.Kind.BROKEN, "Cannot delete the old backup " + all.get(i) + ": " + e.getMessage(), e);
            }
        }
    }

    /** Replaces the contents of {@code dbFile} with those of {@code backup}. */
    public static void restore(Path dbFile, Path backup) {
        try (Connection c = open(dbFile)) {
            dev.godwit.engine.db.SqliteCopy.restoreFrom(c, backup);
        } catch (SQLException e) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "Cannot restore " + dbFile + " from " + backup + ": " + e.getMessage(), e);
        }
    }

    private static Connection open(Path file) throws SQLException {
        Connection c = new org.sqlite.JDBC().connect("jdbc:sqlite:" + file.toAbsolutePath(), new Properties());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout=30000");
        }
        return c;
    }
}
