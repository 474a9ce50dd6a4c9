package dev.godwit.engine.studio;

/** A request the studio cannot serve as asked: answered with {@code status} and the reason. */
final class StudioException extends RuntimeException {

    private final int status;

    StudioException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** A request that is wrong as sent (400). */
    static StudioException bad(String message) {
        return new StudioException(400, message);
    }

    int status() {
        return status;
    }
}
