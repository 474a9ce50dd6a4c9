package dev.godwit.engine.baseline;

import dev.godwit.engine.GodwitException;

/** A baseline refused: the database differs from the snapshot, or already has a history. Nothing was recorded. */
public class BaselineException extends GodwitException {
    public BaselineException(String message) {
        super(Kind.REFUSED, message);
    }
}
