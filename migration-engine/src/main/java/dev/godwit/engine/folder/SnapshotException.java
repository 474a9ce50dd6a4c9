package dev.godwit.engine.folder;

import dev.godwit.engine.GodwitException;

/** A migrations folder that cannot be read or continued: names the file and what to do. */
public class SnapshotException extends GodwitException {
    public SnapshotException(String message) {
        super(Kind.BROKEN, message);
    }

    public SnapshotException(String message, Throwable cause) {
        super(Kind.BROKEN, message, cause);
    }
}
