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
        if (message == null || !(message.contains("SQLITE_BUSY") || message.contains("database is locked"))) return null;
        return "Another connection held a lock on the file for all of the " + SqliteDatabase.BUSY_TIMEOUT_MS / 1000 + " s this waits (the"
                + " application, db:studio, a sqlite3 shell, another mvn run): close it, then run the command again.";
    }
}
