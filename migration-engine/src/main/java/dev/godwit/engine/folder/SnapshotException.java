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

    /**
     * What to do with a snapshot older than version 5, which neither db:up nor drizzle-kit's own up reads (both take 5 and 6):
     * an older drizzle-kit's up, or a new first migration recorded as applied. "" for any other version.
     */
    public static String olderThanVersion5(String version) {
        boolean older;
        try {
            older = Integer.parseInt(version) < 5;
        } catch (NumberFormatException e) {
            older = false;
        }
        if (!older) return "";
        return " A version below 5 comes from a drizzle-kit older than those whose up reads versions 5 and 6: neither mvn db:up nor"
                + " today's drizzle-kit up upgrades it. Upgrade it with the older drizzle-kit's up, or start the history again from this"
                + " database: move the folder aside, run mvn db:generate for a first migration of the whole schema, then mvn db:baseline"
                + " -Ddb.baseline=<its tag> records it as applied (it checks the database's schema against that snapshot first).";
    }

    /** {@code file} is not JSON: where and why, and to restore it ({@code consequence}: what was not done, or ""). */
    public static SnapshotException invalidJson(String file, InvalidJsonException e, String consequence) {
        // not chained: Maven's error line appends a cause's message not found in the message, and this one says it all already
        return new SnapshotException(file + " is not valid JSON (line " + e.line() + ", column " + e.column() + "): " + e.reason()
                + ". Restore it from version control" + consequence + ".");
    }
}
