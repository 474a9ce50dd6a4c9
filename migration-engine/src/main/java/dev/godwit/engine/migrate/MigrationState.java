package dev.godwit.engine.migrate;

import dev.godwit.engine.folder.Migration;

/** One line of {@code db:status}: a local migration and what the database knows of it. */
public record MigrationState(String name, Migration migration, State state, AppliedMigration applied) {

    public enum State {
        APPLIED("applied"),
        PENDING("pending"),
        CHECKSUM_MISMATCH("applied, but the file changed since"),
        SKIPPED("not applied, and older than the last applied migration"),
        MISSING_LOCALLY("applied, but no such migration here");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
