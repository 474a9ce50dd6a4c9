package dev.godwit.engine.push;

import dev.godwit.engine.GodwitException;

/** {@code db:push} refused to run: it would lose or rewrite data that was not acknowledged. Nothing was changed. */
public class PushRefusedException extends GodwitException {

    public PushRefusedException(String message) {
        super(Kind.REFUSED, message);
    }

    public PushRefusedException(String message, Throwable cause) {
        super(Kind.REFUSED, message, cause);
    }
}
