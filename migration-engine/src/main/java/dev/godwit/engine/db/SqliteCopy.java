package dev.godwit.engine.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConnection;

/**
 * SQLite's online backup between a connection's main database and a file, through sqlite-jdbc's API with the file's name as it
 * is. Its {@code backup to} / {@code restore from} statements read the name from SQL text, take its quotes off and read no
 * escape, so a path holding a quote (a folder like {@code O'Brien}) named another file.
 */
public final class SqliteCopy {

    private static final int SQLITE_OK = 0;

    private SqliteCopy() {
    }

    /** Replaces the connection's database with the contents of {@code from}. */
    public static void restoreFrom(Connection connection, Path from) throws SQLException {
        check(connection.unwrap(SQLiteConnection.class).getDatabase().restore("main", from.toAbsolutePath().toString(), null), "restore from", from);
    }

    /** Writes the connection's database to {@code to}, replacing what the file held. */
    public static void backupTo(Connection connection, Path to) throws SQLException {
        check(connection.unwrap(SQLiteConnection.class).getDatabase().backup("main", to.toAbsolutePath().toString(), null), "backup to", to);
    }

    private static void check(int resultCode, String what, Path file) throws SQLException {
        if (resultCode != SQLITE_OK) throw new SQLException(what + " " + file + " failed (SQLite result code " + resultCode + ")");
    }
}
