package dev.godwit.engine.pull;

import dev.godwit.engine.GodwitException;

/** {@code db:pull} refused or failed; no file was written. */
public class PullException extends GodwitException {

    public PullException(String message) {
        super(Kind.REFUSED, message);
    }

    public PullException(String message, Throwable cause) {
        super(Kind.REFUSED, message, cause);
    }
}
