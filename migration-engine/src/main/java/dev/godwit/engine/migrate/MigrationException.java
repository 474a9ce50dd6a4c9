package dev.godwit.engine.migrate;

/** A migration that cannot be applied, or a history that does not match the files: says where and what to do. */
public class MigrationException extends RuntimeException {
    public MigrationException(String message) {
        super(message);
    }

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
