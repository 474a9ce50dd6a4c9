package dev.godwit.engine.repair;

import dev.godwit.engine.GodwitException;

/** A repair that was not confirmed; nothing was changed. */
public class RepairException extends GodwitException {
    public RepairException(String message) {
        super(Kind.REFUSED, message);
    }
}
