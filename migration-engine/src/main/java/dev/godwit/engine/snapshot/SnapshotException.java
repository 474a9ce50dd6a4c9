package dev.godwit.engine.snapshot;

/** A migrations folder that cannot be read or continued: names the file and what to do. */
public class SnapshotException extends RuntimeException {
    public SnapshotException(String message) {
        super(message);
    }

    public SnapshotException(String message, Throwable cause) {
        super(message, cause);
    }
}
