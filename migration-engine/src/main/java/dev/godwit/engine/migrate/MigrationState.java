package dev.godwit.engine.migrate;

import dev.godwit.engine.folder.Migration;

/**
 * One line of {@code db:status}: a local migration and what the database knows of it. {@code sameSqlAs} links a pending
 * migration and a history row the folder lacks that record the same SQL: one migration whose {@code when} changed.
 */
public record MigrationState(String name, Migration migration, State state, AppliedMigration applied, String sameSqlAs) {

    public MigrationState(String name, Migration migration, State state, AppliedMigration applied) {
        this(name, migration, state, applied, null);
    }

    MigrationState linkedTo(String other) {
        return new MigrationState(name, migration, state, applied, other);
    }

    public enum State {
        APPLIED("applied"),
        PENDING("pending"),
        CHECKSUM_MISMATCH("applied, but the file changed since"),
        SKIPPED("not applied, and older than the last applied migration"),
        MISSING_LOCALLY("applied, but no such migration here"),
        /** In the journal, its {@code .sql} file gone: db:status shows it (db:apply refuses the folder); the other goals stop on it. */
        FILE_MISSING("in the journal, but its .sql file is not in the folder");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
