package dev.godwit.engine.fleet;

import dev.godwit.engine.GodwitException;

/** Some databases of the fleet failed (or a canary did); the message names them and the report file. */
public class FleetException extends GodwitException {

    public FleetException(String message) {
        super(Kind.REFUSED, message);
    }
}
