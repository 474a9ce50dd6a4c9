package dev.godwit.engine.studio;

/** A request the studio cannot serve as asked: answered with {@code status} and the reason. */
final class StudioException extends RuntimeException {

    private final int status;
    private final com.fasterxml.jackson.databind.node.ObjectNode details;

    StudioException(int status, String message) {
        this(status, message, null);
    }

    /** With fields the page needs to act on the refusal (e.g. what a write would cascade to). */
    StudioException(int status, String message, com.fasterxml.jackson.databind.node.ObjectNode details) {
        super(message);
        this.status = status;
        this.details = details;
    }

    com.fasterxml.jackson.databind.node.ObjectNode details() {
        return details;
    }

    /** A request that is wrong as sent (400). */
    static StudioException bad(String message) {
        return new StudioException(400, message);
    }

    int status() {
        return status;
    }
}
