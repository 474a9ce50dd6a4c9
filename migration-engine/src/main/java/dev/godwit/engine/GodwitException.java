package dev.godwit.engine;

/**
 * The base of every error the engine reports to a user. Its {@link Kind} tells a front end how to
 * present it: a check that refused (the user's input must change) or a setup that is broken (a
 * setting, a file, the network). Messages say what was wrong, where, and what to do.
 */
public class GodwitException extends RuntimeException {

    /** How a front end presents the error; for Maven, a BUILD FAILURE or a BUILD ERROR. */
    public enum Kind {
        /** A check refused: the schema, a migration or the database must change first. */
        REFUSED,
        /** The setup is broken: a missing or invalid setting, an unreadable file, an unreachable database. */
        BROKEN
    }

    private final Kind kind;

    public GodwitException(Kind kind, String message) {
        this(kind, message, null);
    }

    public GodwitException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
