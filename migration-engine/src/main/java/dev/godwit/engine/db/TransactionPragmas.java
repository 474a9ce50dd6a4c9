package dev.godwit.engine.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The PRAGMAs D1 lets a migration set that SQLite keeps for the whole connection: on D1 they "only apply to the current
 * transaction" (its PRAGMA page), so a {@code PRAGMA ignore_check_constraints = ON} or {@code legacy_alter_table = ON} left on by one
 * migration does not reach the next, which is another request (wrangler's local D1 runs each migration afresh too). A
 * connection standing for D1 that runs several migrations is put back to workerd's defaults after each, or a later migration
 * ran locally with CHECKs ignored (a row D1 refuses was inserted) or a rename left its views on the old name (D1 rewrites them).
 * {@code case_sensitive_like} is not among them either: setting it, even to its default, registers LIKE again as a function SQLite
 * no longer takes for deterministic, and every later rename of a table with a partial index using LIKE then fails ("non-deterministic
 * functions prohibited in partial index WHERE clauses"). {@code foreign_keys} is not among them: a D1-like connection never switches it off, and {@code defer_foreign_keys} SQLite
 * clears at each COMMIT or ROLLBACK itself.
 */
public final class TransactionPragmas {

    /** workerd's defaults for them (its SQLite build sets none of their SQLITE_DEFAULT_ options). */
    public static final List<String> RESET = List.of("PRAGMA ignore_check_constraints=OFF", "PRAGMA legacy_alter_table=OFF",
            "PRAGMA recursive_triggers=OFF", "PRAGMA reverse_unordered_selects=OFF");

    private TransactionPragmas() {
    }

    /** Puts the connection's transaction-scoped PRAGMAs back to D1's defaults (outside a transaction: after a commit or rollback). */
    public static void reset(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String p : RESET) s.execute(p);
        }
    }
}
