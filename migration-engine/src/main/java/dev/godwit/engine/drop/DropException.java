package dev.godwit.engine.drop;

import dev.godwit.engine.GodwitException;

/** A migration that cannot be dropped safely; nothing was changed. */
public class DropException extends GodwitException {
    public DropException(String message) {
        super(Kind.REFUSED, message);
    }
}
