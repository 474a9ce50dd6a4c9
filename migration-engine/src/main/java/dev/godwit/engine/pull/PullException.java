package dev.godwit.engine.pull;

/** {@code db:pull} refused or failed; no file was written. */
public class PullException extends RuntimeException {

    public PullException(String message) {
        super(message);
    }

    public PullException(String message, Throwable cause) {
        super(message, cause);
    }
}
