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

    /** {@code file} is not JSON: where and why, and to restore it ({@code consequence}: what was not done, or ""). */
    public static SnapshotException invalidJson(String file, InvalidJsonException e, String consequence) {
        return new SnapshotException(file + " is not valid JSON (line " + e.line() + ", column " + e.column() + "): " + e.reason()
                + ". Restore it from version control" + consequence + ".", e);
    }
}
