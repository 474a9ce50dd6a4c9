package dev.godwit.engine.push;

/** {@code db:push} refused to run: it would lose or rewrite data that was not acknowledged. Nothing was changed. */
public class PushRefusedException extends RuntimeException {

    public PushRefusedException(String message) {
        super(message);
    }

    public PushRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
