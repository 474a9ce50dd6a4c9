package dev.godwit.engine.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Copies of a database another connection is writing (the pre-flight's copy of a database an app has open). */
class SqliteCopyTest {

    @TempDir
    Path dir;

    private Path database() throws SQLException {
        Path file = dir.resolve("busy.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id integer PRIMARY KEY, v text)");
            s.execute("INSERT INTO t VALUES (1, 'a'), (2, 'b')");
        }
        return file;
    }

    @Test
    void aCopyOfADatabaseAnotherConnectionHoldsLockedFailsInsteadOfComingBackEmpty() throws Exception {
        Path file = database();
        try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + file); Statement w = writer.createStatement()) {
            w.execute("BEGIN EXCLUSIVE");
            w.execute("INSERT INTO t VALUES (3, 'c')");
            try (Connection copy = DriverManager.getConnection("jdbc:sqlite::memory:")) {
                // sqlite-jdbc returned SQLITE_OK here with nothing copied: the pre-flight then ran on an empty database
                SQLException e = assertThrows(SQLException.class, () -> SqliteCopy.restoreFrom(copy, file));
                assertTrue(e.getMessage().contains("copied nothing: the database was locked by another connection"), e.getMessage());
            }
            w.execute("ROLLBACK");
        }
    }

    @Test
    void aCopyWaitsForAWriteThatEndsSoon() throws Exception {
        Path file = database();
        try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + file); Statement w = writer.createStatement()) {
            w.execute("BEGIN EXCLUSIVE");
            w.execute("INSERT INTO t VALUES (3, 'c')");
            Thread commit = new Thread(() -> {
                try {
                    Thread.sleep(600);
                    w.execute("COMMIT");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            commit.start();
            try (Connection copy = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement s = copy.createStatement()) {
                SqliteCopy.restoreFrom(copy, file);
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM t")) {
                    rs.next();
                    assertEquals(3, rs.getInt(1));
                }
            }
            commit.join();
        }
    }
}
