package dev.godwit.engine.db;

/**
 * How a history guard refuses (see {@code migrate.HistoryTable#guardStatements}): the statement that goes first in a
 * migration's transaction raises an error whose text holds {@link #MARKER} when the migration is already recorded.
 * SQLite and D1 put that text into their error message (SQLite's JSON path error quotes the path it was given), so
 * an adapter can tell a guard's refusal from a failing statement of the migration by the message alone: on D1
 * without the probe requests that find which statement of a request failed.
 */
public final class HistoryGuard {

    /** In the message of a guard's refusal and of nothing else. Holds no quote, so SQLite's quoting of it changes nothing. */
    public static final String MARKER = "godwit history guard: migration already recorded";

    /**
     * In the message of the guard that refuses a migration when the one this run sent (or found recorded) just before it is no
     * longer recorded: the history moved back under the run (a Time Travel restore, a db:restore, a repair, from another terminal
     * or job). Sent on top, the migration would leave a history with a gap and a schema no migration set describes.
     */
    public static final String MOVED_BACK = "godwit history guard: the migration before it is no longer recorded";

    private HistoryGuard() {
    }

    /** Whether the database's message is a guard's refusal: the migration was recorded (by another run, or an earlier attempt). */
    public static boolean refused(String databaseMessage) {
        return databaseMessage != null && databaseMessage.contains(MARKER);
    }

    /** Whether the database's message is the refusal of {@link #MOVED_BACK}: the history lost a row this run relied on. */
    public static boolean movedBack(String databaseMessage) {
        return databaseMessage != null && databaseMessage.contains(MOVED_BACK);
    }
}
