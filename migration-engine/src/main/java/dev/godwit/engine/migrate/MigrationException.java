package dev.godwit.engine.migrate;

import dev.godwit.engine.GodwitException;

/** A migration that cannot be applied, or a history that does not match the files: says where and what to do. */
public class MigrationException extends GodwitException {
    public MigrationException(String message) {
        super(Kind.REFUSED, message);
    }

    /** With {@link Kind#BROKEN}: the migration is not at fault, the database's file could not be written (locked, read-only, full). */
    public MigrationException(Kind kind, String message) {
        super(kind, message);
    }

    public MigrationException(Kind kind, String message, Throwable cause) {
        super(kind, message, cause);
    }

    public MigrationException(String message, Throwable cause) {
        super(Kind.REFUSED, message, cause);
    }
}
