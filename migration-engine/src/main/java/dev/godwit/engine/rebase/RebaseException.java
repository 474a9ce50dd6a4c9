package dev.godwit.engine.rebase;

import dev.godwit.engine.GodwitException;

/** A rebase that cannot be done safely; nothing was written. */
public class RebaseException extends GodwitException {
    public RebaseException(String message) {
        super(Kind.REFUSED, message);
    }
}
