package dev.godwit.engine.migrate;

import dev.godwit.engine.d1.D1Exception;
import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.folder.Migration;
import java.util.Locale;

/**
 * A migration request D1 cut at its 30 s per request: Cloudflare's 504 Gateway Time-out (or 524), or D1's own reset for a
 * request that ran too long (7500 "exceeded timeout", "exceeded its CPU time limit"). D1 rolls it back; sent again, it is cut
 * again, and the database may not serve requests meanwhile. So once the history shows it not recorded, it is not resent. So too
 * D1's reset for a request's memory ("D1 DB's isolate exceeded its memory limit and was reset."), said in its own words.
 */
public final class D1TimeLimit {

    private D1TimeLimit() {
    }

    /** Whether the failure is D1 cutting the request for its time. */
    public static boolean cut(DatabaseException e) {
        if (!(e instanceof D1Exception d)) return false;
        if (d.httpStatus() == 504 || d.httpStatus() == 524) return true;
        return D1Exception.resetForItsLoad(e.getMessage());
    }

    /** The failure's words: what happened, that the database is as before, and how to split the migration. */
    public static String message(Migration m, DatabaseException e, String historyName, long nanos) {
        if (D1Exception.resetForMemory(e.getMessage()) && !D1Exception.cutForTime(e.getMessage())) {
            return "Migration " + m.fileName() + " was reset by D1 for its memory (" + e.getMessage() + "). D1 rolled it back, and " + historyName
                    + " does not record it: the database is as it was after the previous migration. It was not sent again: it would be reset"
                    + " again. A statement of it loads too much into memory at once, usually one over a big table (an UPDATE or INSERT ..."
                    + " SELECT over all its rows, a table rebuild's copy, an index over it, a large sort): split it, running data statements"
                    + " over large tables in batches, one range of keys per migration (mvn db:generate -Ddb.custom), and keep the slow or"
                    + " large statements in migrations of their own.";
        }
        return "Migration " + m.fileName() + " was cut by D1's limit of 30 s per request (" + e.getMessage() + ", after "
                + String.format(Locale.ROOT, "%.1f s", nanos / 1e9) + "). D1 rolled it back, and " + historyName + " does not record it:"
                + " the database is as it was after the previous migration. It was not sent again: it would be cut again, and the database"
                + " may not serve requests while it runs. Split it: each migration is one request, so move its slow statements into"
                + " migrations of their own (mvn db:generate -Ddb.custom) and run data statements over large tables in batches, one range"
                + " of keys per migration; db:apply -Dlocal on wrangler's local D1 file holding a copy of the data times each migration"
                + " (the pre-flight warns from 10 s).";
    }
}
