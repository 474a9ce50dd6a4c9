package dev.godwit.engine.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import org.sqlite.BusyHandler;

/**
 * SQLite's busy timeout, done here so the wait can be told: a statement that finds the file locked by another connection
 * waits up to its connection's lock wait ({@link SqliteDatabase#DEFAULT_LOCK_WAIT} unless an application set another) with SQLite's own back-off, and once it has waited {@code noticeAfterMs}
 * the notice says why the command stands still (SQLite's own timeout waits without a word inside the statement).
 */
final class LockWait extends BusyHandler {

    /** SQLite's back-off (sqliteDefaultBusyCallback): short sleeps first, then 100 ms each. */
    private static final int[] DELAYS_MS = {1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100};

    private final String description;
    private final long noticeAfterMs;
    private final long maxWaitMs;
    private final boolean fromApplication;
    private volatile Consumer<String> notice = line -> { };
    private long waitedMs;   // the sleeps of this wait so far
    private boolean told;
    private boolean oneWait;   // inside a transaction that waits once in all (see waitOnceUntilEnd)

    private LockWait(String description, long noticeAfterMs, long maxWaitMs, boolean fromApplication) {
        this.description = description;
        this.noticeAfterMs = noticeAfterMs;
        this.maxWaitMs = maxWaitMs;
        this.fromApplication = fromApplication;
    }

    /**
     * Installs the handler on the connection in place of its busy timeout; notices go nowhere until {@link #tellTo}.
     * {@code fromApplication}: the notice goes to an application's log (Godwit.migrate), said for it.
     */
    static LockWait install(Connection connection, String description, long noticeAfterMs, long maxWaitMs, boolean fromApplication) throws SQLException {
        LockWait wait = new LockWait(description, noticeAfterMs, maxWaitMs, fromApplication);
        setHandler(connection, wait);
        return wait;
    }

    void tellTo(Consumer<String> notice) {
        this.notice = notice;
    }

    /**
     * From here to {@link #endOneWait()} the statements share one wait and one notice. In rollback-journal mode a reader of the
     * file holds off a writer's cache spills and its COMMIT: each statement that spilled waited the whole wait (and went on
     * without spilling), then COMMIT waited it again and failed, so a migration said "Waiting up to 60 s in all" four times
     * and stood still four minutes before failing as if it had waited 60 s.
     */
    void waitOnceUntilEnd() {
        oneWait = true;
        waitedMs = 0;
        told = false;
    }

    void endOneWait() {
        oneWait = false;
    }

    @Override
    protected int callback(int previousCalls) {
        if (previousCalls == 0 && !oneWait) {   // a new wait: SQLite counts the calls of one statement's wait
            waitedMs = 0;
            told = false;
        }
        // the sleeps, not the clock, as SQLite's own handler counts: a statement waiting twice (a read lock, then the write lock at
        // commit) keeps its count across the work between, which must not use up the time it may wait
        if (waitedMs >= maxWaitMs) return 0;   // SQLite then fails the statement with SQLITE_BUSY
        if (!told && waitedMs >= noticeAfterMs) {
            told = true;
            notice.accept(fromApplication
                    ? "Waiting for a lock on the " + description + ": another connection holds it (another instance of the application"
                    + " applying a migration, db:studio, a sqlite3 shell, an mvn run). Waiting up to " + LockedHint.shown(maxWaitMs) + " in all"
                    + " (Godwit.configure().lockWait(...)); the start goes on once it is let go."
                    : "Waiting for a lock on the " + description + ": another connection holds it (the application, db:studio, a sqlite3"
                    + " shell, another mvn run). Waiting up to " + LockedHint.shown(maxWaitMs) + " in all; close that connection to go on.");
        }
        long sleep = Math.min(DELAYS_MS[Math.min(previousCalls, DELAYS_MS.length - 1)], maxWaitMs - waitedMs);
        waitedMs += sleep;
        try {
            Thread.sleep(sleep);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
        return 1;
    }
}
