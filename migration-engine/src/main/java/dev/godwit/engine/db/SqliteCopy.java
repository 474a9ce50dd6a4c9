package dev.godwit.engine.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConnection;

/**
 * SQLite's online backup between a connection's main database and a file, through sqlite-jdbc's API with the file's name as it
 * is. Its {@code backup to} / {@code restore from} statements read the name from SQL text, take its quotes off and read no
 * escape, so a path holding a quote (a folder like {@code O'Brien}) named another file.
 *
 * <p>sqlite-jdbc gives up on a database another connection holds locked (a writer's EXCLUSIVE lock, 3 tries 100 ms apart by
 * default) and then returns SQLITE_OK having copied nothing: SQLite rolls the unfinished copy back, so the connection's database
 * is left as it was (a new in-memory copy: empty). A copy is tried for {@link #BUSY_TRIES} x {@link #BUSY_SLEEP_MS} ms, and a
 * copy into an empty database that is still empty while the file holds a schema is an error, not an empty copy.
 */
public final class SqliteCopy {

    private static final int SQLITE_OK = 0;
    static final int BUSY_SLEEP_MS = 100;
    static final int BUSY_TRIES = 30;
    private static final int PAGES_PER_STEP = 100;

    private SqliteCopy() {
    }

    /** Replaces the connection's database with the contents of {@code from}. */
    public static void restoreFrom(Connection connection, Path from) throws SQLException {
        restoreFrom(connection, from, (long) BUSY_SLEEP_MS * BUSY_TRIES);
    }

    /**
     * As {@link #restoreFrom(Connection, Path)}, trying for up to {@code lockWaitMs} (at least the 3 s of {@link #BUSY_TRIES}) while
     * another connection holds the file locked: an application's pre-flight copy gave up after 3 s of another instance's migration,
     * where the rest of its start waits its lock wait (60 s, or Godwit.configure().lockWait's).
     */
    public static void restoreFrom(Connection connection, Path from, long lockWaitMs) throws SQLException {
        restoreFrom(connection, from, lockWaitMs, null);
    }

    /** How long a copy waits for another connection's lock before {@code waiting} is told, as the statements' notice ({@link LockWait}). */
    static final long NOTICE_AFTER_MS = 2_000;

    /**
     * As {@link #restoreFrom(Connection, Path, long)}, telling {@code waiting} once (null: nobody) when the copy has waited
     * {@link #NOTICE_AFTER_MS} for another connection's lock without a page copied: SQLite's restore opens the file itself, so the
     * busy handler that says so for the statements is never asked, and a pre-flight waiting a minute (an application's lockWait,
     * minutes) said nothing.
     */
    public static void restoreFrom(Connection connection, Path from, long lockWaitMs, java.util.function.Consumer<String> waiting) throws SQLException {
        int tries = (int) Math.min(Integer.MAX_VALUE, Math.max(BUSY_TRIES, (lockWaitMs + BUSY_SLEEP_MS - 1) / BUSY_SLEEP_MS));
        boolean wasEmpty = tables(connection, "main") == 0;
        String file = from.toAbsolutePath().toString();
        java.util.concurrent.atomic.AtomicBoolean copying = new java.util.concurrent.atomic.AtomicBoolean();
        org.sqlite.core.DB.ProgressObserver observer = (remaining, pages) -> {
            if (pages > 0 && remaining < pages) copying.set(true);
        };
        Thread notice = waiting == null ? null : new Thread(() -> {
            try {
                Thread.sleep(NOTICE_AFTER_MS);
            } catch (InterruptedException done) {
                return;
            }
            if (!copying.get()) {
                waiting.accept("Waiting for a lock on " + from.toAbsolutePath().normalize() + " to copy it for the pre-flight: another connection"
                        + " is writing it (the application, another instance of it, db:studio, a sqlite3 shell, another mvn run). Waiting up to "
                        + LockedHint.shown((long) BUSY_SLEEP_MS * tries) + " in all; the copy goes on once it is let go.");
            }
        }, "godwit-copy-wait");
        if (notice != null) {
            notice.setDaemon(true);
            notice.start();
        }
        try {
            check(connection.unwrap(SQLiteConnection.class).getDatabase().restore("main", file, observer, BUSY_SLEEP_MS, tries, PAGES_PER_STEP), "restore from", from);
        } finally {
            if (notice != null) notice.interrupt();
        }
        if (wasEmpty && tables(connection, "main") == 0 && tablesIn(connection, file) > 0) {
            throw new SQLException("restore from " + from + " copied nothing: the database was locked by another connection (a write in progress)"
                    + " for " + LockedHint.shown((long) BUSY_SLEEP_MS * tries) + "; try again when it is done");
        }
    }

    /** Writes the connection's database to {@code to}, replacing what the file held. */
    public static void backupTo(Connection connection, Path to) throws SQLException {
        check(connection.unwrap(SQLiteConnection.class).getDatabase().backup("main", to.toAbsolutePath().toString(), null, BUSY_SLEEP_MS, BUSY_TRIES,
                PAGES_PER_STEP), "backup to", to);
    }

    private static long tables(Connection connection, String schema) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + schema + ".sqlite_master")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /**
     * The schema entries of {@code file}, read through an ATTACH (its name bound as it is); 1 when it cannot be read (still
     * locked: it holds something the copy did not get, so the copy cannot be taken for complete).
     */
    private static long tablesIn(Connection connection, String file) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA busy_timeout = " + BUSY_SLEEP_MS * 2);
            try (PreparedStatement attach = connection.prepareStatement("ATTACH DATABASE ? AS gw_copy_source")) {
                attach.setString(1, file);
                attach.execute();
            } catch (SQLException locked) {
                return 1;
            }
            try {
                return tables(connection, "gw_copy_source");
            } catch (SQLException locked) {
                return 1;
            } finally {
                s.execute("DETACH DATABASE gw_copy_source");
            }
        }
    }

    private static void check(int resultCode, String what, Path file) throws SQLException {
        if (resultCode != SQLITE_OK) throw new SQLException(what + " " + file + " failed (SQLite result code " + resultCode + ")");
    }
}
