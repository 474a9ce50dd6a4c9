package dev.godwit.engine.db;

import dev.godwit.engine.GodwitException;

/**
 * A statement the database refused, or a database that could not be reached. Carries the index
 * and text of the failing statement when known, and the database's own message.
 */
public class DatabaseException extends GodwitException {

    private final int statementIndex;
    private final String statement;
    private final String databaseMessage;
    private final boolean outcomeUnknown;
    private final boolean notSent;

    public DatabaseException(String message, int statementIndex, String statement, String databaseMessage, boolean outcomeUnknown, Throwable cause) {
        this(message, statementIndex, statement, databaseMessage, outcomeUnknown, false, cause);
    }

    /** @param notSent the statements were refused before they reached the database (a size limit): nothing ran */
    protected DatabaseException(String message, int statementIndex, String statement, String databaseMessage, boolean outcomeUnknown,
                                boolean notSent, Throwable cause) {
        super(Kind.BROKEN, message, cause);
        this.statementIndex = statementIndex;
        this.statement = statement;
        this.databaseMessage = databaseMessage;
        this.outcomeUnknown = outcomeUnknown;
        this.notSent = notSent;
    }

    public DatabaseException(String message, Throwable cause) {
        this(message, -1, null, message, false, cause);
    }

    public DatabaseException(String message) {
        this(message, -1, null, message, false, null);
    }

    /**
     * A copy saying {@code message} instead: the same statement, database message, outcome, cause and stack trace (a caller that
     * sent statements of its own before the user's renumbers them).
     */
    public DatabaseException withMessage(String message) {
        return copied(new DatabaseException(message, statementIndex, statement, databaseMessage, outcomeUnknown, notSent, getCause()));
    }

    /** {@code copy}, given this exception's stack trace; for the overrides of {@link #withMessage}. */
    protected final <E extends DatabaseException> E copied(E copy) {
        copy.setStackTrace(getStackTrace());
        return copy;
    }

    /** Zero-based index of the failing statement in the list given to {@code runAtomically}, or -1 if unknown. */
    public int statementIndex() {
        return statementIndex;
    }

    /** The failing statement's text, or null if unknown. */
    public String statement() {
        return statement;
    }

    /** SQLite's or D1's own words. */
    public String databaseMessage() {
        return databaseMessage;
    }

    /**
     * True when the request may or may not have been applied (a timeout, a dropped connection):
     * the caller must look at the database before deciding to retry.
     */
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }

    /** True when the statements never reached the database (refused by a limit checked before sending): nothing ran, nothing changed. */
    public boolean notSent() {
        return notSent;
    }
}
