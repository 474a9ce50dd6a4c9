package dev.godwit.engine.db;

import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteLimits;
import org.sqlite.core.DB;

/**
 * workerd's limits on D1's SQLite (its SqliteDatabase::setupSecurity; reference d1.md 1.8), set on a SQLite connection so
 * that a statement D1 refuses for them fails there too: 100,000 bytes of SQL, 2,200,000 bytes per string, BLOB or row,
 * 25,000 VDBE instructions per statement (a 98 KB INSERT of 9,000 rows needs more: "out of memory"), 5 compound SELECT
 * terms, 100 bound parameters, 100 columns, 50-byte LIKE patterns, expression depth 100, trigger depth 10, and 127 arguments per
 * SQL function: workerd's since cloudflare/workerd#2493 (2024-08, "people keep legitimately running up against this limit", for
 * a D1 user's json_object()); D1's limits page still says 32, which refused here what D1 and wrangler's local D1 both run.
 */
public final class D1Limits {

    private static final SQLiteLimits[] LIMITS = {SQLiteLimits.SQLITE_LIMIT_SQL_LENGTH, SQLiteLimits.SQLITE_LIMIT_LENGTH,
            SQLiteLimits.SQLITE_LIMIT_VDBE_OP, SQLiteLimits.SQLITE_LIMIT_COMPOUND_SELECT, SQLiteLimits.SQLITE_LIMIT_VARIABLE_NUMBER,
            SQLiteLimits.SQLITE_LIMIT_COLUMN, SQLiteLimits.SQLITE_LIMIT_LIKE_PATTERN_LENGTH, SQLiteLimits.SQLITE_LIMIT_EXPR_DEPTH,
            SQLiteLimits.SQLITE_LIMIT_TRIGGER_DEPTH, SQLiteLimits.SQLITE_LIMIT_FUNCTION_ARG};
    private static final int[] VALUES = {Capabilities.D1.maxStatementBytes(), 2_200_000, 25_000, 5, 100, 100, 50, 100, 10, 127};

    /**
     * What the apply, the pre-flight, db:verify and a fleet add, on a new line, to SQLite's (or D1's) message for a statement over
     * one of these limits: which limit of D1's it is and how to stay under it (SQLite's own words name neither). Null for any other.
     */
    public static String hint(String databaseMessage) {
        if (databaseMessage == null) return null;
        String m = databaseMessage.toLowerCase(java.util.Locale.ROOT);
        if (m.contains("sqlite_nomem") || m.contains("out of memory")) return INSTRUCTION_LIMIT_HINT;
        if (m.contains("statement too long")) {
            return "That is D1's limit of " + String.format(java.util.Locale.ROOT, "%,d", Capabilities.D1.maxStatementBytes()) + " bytes per statement:"
                    + " split it (an INSERT of many rows into several of about 1,000 rows each).";
        }
        if (m.contains("too many arguments on function")) {
            return "That is D1's limit of 127 arguments per SQL function (workerd's; SQLite's own is higher): split the call, e.g. a"
                    + " json_object() of at most 63 pairs, several joined with json_patch().";
        }
        if (m.contains("too many terms in compound select")) {
            return "That is D1's limit of 5 terms in a compound SELECT (UNION, UNION ALL, ...): write an INSERT ... VALUES list, or split it"
                    + " into several statements.";
        }
        if (m.contains("like or glob pattern too complex")) return "That is D1's limit of 50 bytes per LIKE or GLOB pattern: shorten the pattern.";
        if (m.contains("too many columns")) return "That is D1's limit of 100 columns per table, index, view or result: split the table or the query.";
        if (m.contains("expression tree is too large")) {
            return "That is D1's limit of expressions 100 deep (a long chain of AND, OR, ||, CASE ...): use IN (...) or split the statement.";
        }
        if (m.contains("string or blob too big")) return "That is D1's limit of 2,200,000 bytes per string, BLOB or row: store less in one value.";
        if (m.contains("too many levels of trigger recursion")) return "That is D1's limit of triggers firing 10 deep: break the chain of triggers.";
        return null;
    }

    /** Whether D1's (or SQLite's) message says a statement was over the SQL length limit ("statement too long", SQLITE_TOOBIG). */
    public static boolean statementTooLong(String databaseMessage) {
        return databaseMessage != null && databaseMessage.toLowerCase(java.util.Locale.ROOT).contains("statement too long");
    }

    /** How {@link #requestTooLong} starts. */
    public static final String REQUEST_TOO_LONG = "D1 refused the request's length: ";

    /**
     * What the apply says where D1 answers "statement too long" for a request of {@code statements} statements none of which is over
     * its 100,000 bytes (the longest {@code longest} bytes), the request {@code request} bytes: whether D1 reads its limit over a
     * whole request is not settled (workers-sdk#6347), and no statement is to blame, so none is named (sending growing prefixes to
     * find one named the statement at which the request passed 100,000 bytes).
     */
    public static String requestTooLong(int statements, long longest, long request) {
        String limit = String.format(java.util.Locale.ROOT, "%,d", Capabilities.D1.maxStatementBytes());
        return REQUEST_TOO_LONG + "none of its " + statements + " statements is over " + limit + " bytes (the longest is "
                + String.format(java.util.Locale.ROOT, "%,d", longest) + "), the request is " + String.format(java.util.Locale.ROOT, "%,d", request)
                + " bytes. D1 may read its limit of " + limit + " bytes over a whole request, not each statement (workers-sdk#6347): no"
                + " statement of the migration is at fault. Split the migration into several, each under " + limit + " bytes: move statements"
                + " into a new migration after it (mvn db:generate -Ddb.custom), each migration being a request of its own.";
    }

    /** The hint for a statement over the VDBE limit, for which SQLite says "out of memory". */
    public static final String INSTRUCTION_LIMIT_HINT = "That is D1's limit of 25,000 VDBE instructions per statement, not memory: a long"
            + " INSERT … VALUES list or IN (…) list goes over it well below 100 KB. Split the statement (about 1,000 rows per INSERT).";

    private D1Limits() {
    }

    /** Sets D1's limits on the connection; returns the limits it had, for {@link #restore}. */
    public static int[] apply(Connection connection) throws SQLException {
        DB db = connection.unwrap(SQLiteConnection.class).getDatabase();
        int[] before = new int[LIMITS.length];
        for (int i = 0; i < LIMITS.length; i++) before[i] = db.limit(LIMITS[i].getId(), VALUES[i]);
        return before;
    }

    /** Puts back the limits {@link #apply} returned. */
    public static void restore(Connection connection, int[] before) throws SQLException {
        DB db = connection.unwrap(SQLiteConnection.class).getDatabase();
        for (int i = 0; i < LIMITS.length; i++) db.limit(LIMITS[i].getId(), before[i]);
    }
}
