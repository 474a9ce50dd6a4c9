package dev.godwit.engine.db;

/**
 * A statement ended the transaction that {@link Database#runAtomically} had opened before its own
 * commit (a {@code COMMIT}, {@code END} or {@code ROLLBACK} that got past the checks, or a trigger's
 * {@code RAISE(ROLLBACK, …)}). Nothing after that statement ran. When SQLite committed, the
 * statements up to it are in the database and cannot be taken back: the message says so.
 */
public class TransactionEndedException extends DatabaseException {

    private final boolean committed;

    public TransactionEndedException(String message, int statementIndex, String statement, boolean committed) {
        super(message, statementIndex, statement, message, false, null);
        this.committed = committed;
    }

    @Override
    public TransactionEndedException withMessage(String message) {
        return copied(new TransactionEndedException(message, statementIndex(), statement(), committed));
    }

    /** True when SQLite committed the statements up to {@link #statementIndex()}; false when it rolled them back. */
    public boolean committed() {
        return committed;
    }
}
