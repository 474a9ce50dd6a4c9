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
 * terms, 100 bound parameters, 100 columns, 50-byte LIKE patterns, expression depth 100, trigger depth 10, and 32 arguments per
 * SQL function: D1's documented limit (workerd's code says 127; sqlite-jdbc's build allows 100), so what passes here passes
 * under either, as the D1 stand-in has it.
 */
public final class D1Limits {

    private static final SQLiteLimits[] LIMITS = {SQLiteLimits.SQLITE_LIMIT_SQL_LENGTH, SQLiteLimits.SQLITE_LIMIT_LENGTH,
            SQLiteLimits.SQLITE_LIMIT_VDBE_OP, SQLiteLimits.SQLITE_LIMIT_COMPOUND_SELECT, SQLiteLimits.SQLITE_LIMIT_VARIABLE_NUMBER,
            SQLiteLimits.SQLITE_LIMIT_COLUMN, SQLiteLimits.SQLITE_LIMIT_LIKE_PATTERN_LENGTH, SQLiteLimits.SQLITE_LIMIT_EXPR_DEPTH,
            SQLiteLimits.SQLITE_LIMIT_TRIGGER_DEPTH, SQLiteLimits.SQLITE_LIMIT_FUNCTION_ARG};
    private static final int[] VALUES = {Capabilities.D1.maxStatementBytes(), 2_200_000, 25_000, 5, 100, 100, 50, 100, 10, 32};

    /** Whether a database message is the one SQLite gives for a statement over the VDBE limit (it says "out of memory"). */
    public static boolean overInstructionLimit(String databaseMessage) {
        return databaseMessage != null && (databaseMessage.contains("SQLITE_NOMEM") || databaseMessage.contains("out of memory"));
    }

    /** What the apply and the pre-flight add, on a new line, to SQLite's "out of memory" under these limits. */
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
