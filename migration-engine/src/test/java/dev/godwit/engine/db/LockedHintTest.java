package dev.godwit.engine.db;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red-team review's db:apply waited on a file another process held locked, tens of seconds without a word, then failed on
 * SQLite's bare "database is locked". The hint is tried on the message SQLite really gives (a connection that waits 0 ms).
 */
class LockedHintTest {

    @TempDir
    Path dir;

    @Test
    void sqlitesLockedMessageGetsTheHint() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("app.sqlite");
        try (Connection holder = new org.sqlite.JDBC().connect(url, new java.util.Properties());
             Connection other = new org.sqlite.JDBC().connect(url, new java.util.Properties());
             Statement h = holder.createStatement(); Statement o = other.createStatement()) {
            h.execute("CREATE TABLE t (x)");
            h.execute("BEGIN EXCLUSIVE");
            o.execute("PRAGMA busy_timeout=0");
            SQLException e = assertThrows(SQLException.class, () -> o.execute("INSERT INTO t VALUES (1)"));
            String hint = LockedHint.of(e.getMessage());
            assertTrue(hint != null && hint.startsWith("Another connection held a lock on the file for all of the 60 s this waits"), e.getMessage());
            h.execute("ROLLBACK");
        }
        assertNull(LockedHint.of("UNIQUE constraint failed: t.x"));
    }
}
