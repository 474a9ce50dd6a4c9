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
        return of(message, SqliteDatabase.DEFAULT_LOCK_WAIT);
    }

    /** As {@link #of(String)}, for a connection that waited {@code waited} ({@link SqliteDatabase#lockWait()}). */
    public static String of(String message, java.time.Duration waited) {
        if (message == null || !(message.contains("SQLITE_BUSY") || message.contains("database is locked"))) return null;
        return "Another connection held a lock on the file for all of the " + shown(waited.toMillis()) + " this waits (the"
                + " application, db:studio, a sqlite3 shell, another mvn run): close it, then run the command again.";
    }

    /** A wait as a reader takes it in: 60 s, 90 s, 1.5 s, 250 ms, 5 min. */
    public static String shown(long millis) {
        if (millis < 1000) return millis + " ms";
        if (millis >= 120_000 && millis % 60_000 == 0) return millis / 60_000 + " min";
        if (millis % 1000 == 0) return millis / 1000 + " s";
        return java.math.BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + " s";
    }

    /**
     * The hint for SQLite's {@code message} when the file could not be written for a reason of the file's, not the migration's (it,
     * or its folder where SQLite puts the journal, is read-only to this process; the disk is full); else null.
     */
    public static String unwritable(String message) {
        if (message == null) return null;
        if (message.contains("SQLITE_READONLY") || message.contains("attempt to write a readonly database")) {
            return "This process cannot write the file, or the folder it is in (SQLite creates a journal file beside the database for every"
                    + " write): give the user it runs as write access to both (or open the database read-write, not mode=ro), then run again.";
        }
        if (message.contains("SQLITE_FULL") || message.contains("database or disk is full")) {
            return "The disk holding the file, or the temporary folder SQLite writes to, is full: free space, then run again.";
        }
        return null;
    }
}
