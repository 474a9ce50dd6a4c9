package dev.godwit.engine.preflight;

/**
 * A statement that failed on the pre-flight's copy because the copy's disk gave out (SQLITE_FULL, SQLITE_IOERR), not because
 * of the migration: a copy in a small java.io.tmpdir (a container's tmpfs) fills up where the
 * database's own disk has room, and the apply then goes on to do what the pre-flight never compared.
 */
final class CopyOutOfRoom {

    /** What to do, with java.io.tmpdir as it is now. */
    static String wayOn() {
        return "A file over " + Replica.inMemoryUpToBytes / (1024 * 1024) + " MB is copied to java.io.tmpdir ("
            + System.getProperty("java.io.tmpdir") + "), where a migration that rebuilds tables needs about three times the file"
            + " (the copy, the rebuilt tables beside the old ones, the before-images and the journal: a 3.0 GB file took 8.9 GB)."
            + " Point -Djava.io.tmpdir at a folder with that much room (MAVEN_OPTS; for an application, JAVA_TOOL_OPTIONS).";
    }

    private CopyOutOfRoom() {
    }

    /** "disk full" or "I/O error" where {@code failure} is one of those, else null. */
    static String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.sqlite.SQLiteException e) {
                int primary = e.getResultCode().code & 0xff;
                if (primary == 13) return "disk full";        // SQLITE_FULL
                if (primary == 10) return "I/O error";        // SQLITE_IOERR (ENOSPC while writing the journal, among others)
                // not SQLITE_NOMEM: on a copy held to D1's limits that is a statement past D1's 25,000 VDBE instructions, which
                // the apply meets too (D1Limits.INSTRUCTION_LIMIT_HINT)
                return null;
            }
            if (t.getCause() == t) break;
        }
        return null;
    }
}
