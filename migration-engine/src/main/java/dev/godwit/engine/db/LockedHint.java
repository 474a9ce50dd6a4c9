package dev.godwit.engine.db;

/**
 * A local file another connection kept locked for all of SQLite's busy timeout: the wait itself says nothing (SQLite waits
 * inside the statement), so the failure says what it was and what to do.
 */
public final class LockedHint {

    private LockedHint() {
    }

    /** The hint for SQLite's {@code message}, or null when it is no lock that outlasted the wait. */
    public static String of(String message) {
        return of(message, SqliteDatabase.DEFAULT_LOCK_WAIT, false);
    }

    /**
     * As {@link #of(String)}, for a connection that waited {@code waited} ({@link SqliteDatabase#lockWait()}); {@code fromApplication}:
     * said to an application's Godwit.migrate, where no command is run again (the start is) and the connection holding the lock is
     * most likely another instance migrating.
     */
    public static String of(String message, java.time.Duration waited, boolean fromApplication) {
        if (message == null || !(message.contains("SQLITE_BUSY") || message.contains("database is locked"))) return null;
        String held = "Another connection held a lock on the file for all of the " + shown(waited.toMillis()) + " this waits";
        if (fromApplication) {
            return held + " (another instance of the application applying a migration, a connection this application opened before"
                    + " migrating, db:studio, a sqlite3 shell, an mvn run): start the application again once it is done; where other"
                    + " instances' migrations run longer than that, let the start wait longer, Godwit.configure().lockWait(Duration.ofMinutes(5)).";
        }
        return held + " (the application, db:studio, a sqlite3 shell, another mvn run): close it, then run the command again.";
    }

    /** A wait as a reader takes it in: 60 s, 90 s, 1.5 s, 250 ms, 5 min. */
    public static String shown(long millis) {
        if (millis < 1000) return millis + " ms";
        if (millis >= 120_000 && millis % 60_000 == 0) return millis / 60_000 + " min";
        if (millis % 1000 == 0) return millis / 1000 + " s";
        return java.math.BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + " s";
    }

    /**
     * The hint for SQLite's {@code message} when it could not open the file at all ({@code SQLITE_CANTOPEN}, "unable to open database
     * file", where it said no more): the file or its folder not writable to this process (a new file, or a database in WAL mode, whose
     * -wal and -shm files SQLite makes beside it even to read it, on a read-only volume), or a link to a folder that is not there;
     * else null. {@code fromApplication}: the way on is to start the application again.
     */
    public static String cannotOpen(String message, boolean fromApplication) {
        if (message == null || !(message.contains("SQLITE_CANTOPEN") || message.contains("unable to open database file"))) return null;
        return "SQLite could not open or create the file: this process must be able to write the folder it is in, as SQLite creates the"
                + " file there and writes its journal beside it (a database in WAL mode needs its -wal and -shm files there even to be read,"
                + " so it cannot be opened on a read-only volume without them), and a link on the way must lead to a folder that exists."
                + " Give the user it runs as write access to the folder (or point at a file on a writable volume), then "
                + (fromApplication ? "start the application again. Nothing is wrong with the migrations." : "run again.") + " Nothing was changed.";
    }

    /**
     * The hint for SQLite's {@code message} when the file could not be written for a reason of the file's, not the migration's (it,
     * or its folder where SQLite puts the journal, is read-only to this process; the disk is full); else null. {@code fromApplication}:
     * the way on is to start the application again, not to run a command.
     */
    public static String unwritable(String message, boolean fromApplication) {
        return unwritable(message, null, fromApplication ? "start the application again" : "run again");
    }

    /**
     * As {@link #unwritable(String, boolean)}, with {@code again} the way on once it is put right ("save the change again");
     * {@code file}: the file as named in the hint ("/data/app.sqlite; 0.3 MB free there"), null for "the file".
     */
    public static String unwritable(String message, String file, String again) {
        if (message == null) return null;
        if (message.contains("SQLITE_READONLY") || message.contains("attempt to write a readonly database")) {
            return "This process cannot write the file, or the folder it is in (SQLite creates a journal file beside the database for every"
                    + " write): give the user it runs as write access to both (or open the database read-write, not mode=ro), then " + again + ".";
        }
        if (message.contains("SQLITE_FULL") || message.contains("database or disk is full")) {
            return "The disk holding the file" + (file == null ? "" : " (" + file + ")") + ", or the temporary folder SQLite writes to, is full:"
                    + " free space, then " + again + ".";
        }
        return null;
    }
}
