package dev.godwit.engine.plan;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The ways migration SQL gets applied in the wild, all with foreign keys on: statement by statement
 * (sqlite3 CLI, drizzle-kit migrate without a transaction), inside one transaction (drizzle-orm's
 * migrate(), and D1, where PRAGMA foreign_keys=OFF does nothing), and Godwit's local migrator
 * (foreign keys off outside the transaction, then checked).
 */
enum ApplyMode {
    PLAIN, TRANSACTION, FOREIGN_KEYS_OFF_OUTSIDE;

    void apply(Connection c, List<String> statements) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys=ON");
            if (this == FOREIGN_KEYS_OFF_OUTSIDE) s.execute("PRAGMA foreign_keys=OFF");
            if (this != PLAIN) s.execute("BEGIN");
            try {
                for (String st : statements) s.execute(st);
                if (this != PLAIN) s.execute("COMMIT");
            } catch (SQLException e) {
                if (this != PLAIN) s.execute("ROLLBACK");
                throw e;
            } finally {
                s.execute("PRAGMA foreign_keys=ON");
            }
        }
    }
}
