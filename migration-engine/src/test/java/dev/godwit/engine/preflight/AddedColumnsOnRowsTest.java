package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which ADD COLUMN statements db:verify's replay tries on tables holding rows ({@link StatementText#addsColumn}): those SQLite may
 * refuse only there. Each form is run on real SQLite on an empty table and on one holding a row: a form the replay leaves on
 * empty tables must do the same on both, and every form that differs must be one it tries on rows.
 */
class AddedColumnsOnRowsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ALTER TABLE t ADD COLUMN bio text;|false",
        "ALTER TABLE `t` ADD `n` integer DEFAULT 0;|false",
        "ALTER TABLE t ADD COLUMN s text DEFAULT 'x';|false",
        "ALTER TABLE t ADD COLUMN r real DEFAULT -1.5;|false",
        "ALTER TABLE t ADD COLUMN v text GENERATED ALWAYS AS (upper(name)) VIRTUAL;|false",
        "ALTER TABLE t ADD COLUMN d text DEFAULT (lower('ABC'));|true",
        "ALTER TABLE t ADD COLUMN c text DEFAULT CURRENT_TIMESTAMP;|true",
        "ALTER TABLE t ADD COLUMN m integer NOT NULL;|true",
        "ALTER TABLE t ADD COLUMN m2 integer NOT NULL DEFAULT 0;|true",
        "ALTER TABLE t ADD COLUMN g text GENERATED ALWAYS AS (upper(name)) STORED;|true",
        "ALTER TABLE t ADD COLUMN k integer CHECK (k > 0);|true",
        "ALTER TABLE t ADD COLUMN p integer REFERENCES t(id) DEFAULT 1;|true"
    })
    void onlyFormsSqliteChecksOnRowsAreTriedOnRows(String statement, boolean triedOnRows) throws SQLException {
        assertEquals(triedOnRows, StatementText.addsColumn(List.of(statement)), statement);
        String empty = outcome(statement, false);
        String holdingRows = outcome(statement, true);
        if (!triedOnRows) assertEquals(empty, holdingRows, "a form left to empty tables must not depend on rows: " + statement);
    }

    /**
     * On a STRICT table SQLite checks every row's type after an ADD COLUMN (alter.c: TF_Strict runs pragma_quick_check), so a
     * DEFAULT of the wrong type ('abc' into an integer) is refused only on a table holding rows ("type mismatch on DEFAULT").
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ALTER TABLE `s` ADD `n` integer DEFAULT 'abc';|true",
        "ALTER TABLE s ADD COLUMN r real DEFAULT 'x';|true",
        "ALTER TABLE s ADD COLUMN ok integer DEFAULT 0;|true",
        "ALTER TABLE s ADD COLUMN bio text;|false"
    })
    void onAStrictTableAnAddedColumnsDefaultIsTriedOnRows(String statement, boolean triedOnRows) throws SQLException {
        String create = "CREATE TABLE s (id integer PRIMARY KEY, name text) STRICT";
        assertEquals(triedOnRows, StatementText.addsColumn(List.of(create), List.of(statement)), statement);
        assertEquals(false, StatementText.addsColumn(List.of("CREATE TABLE s (id integer PRIMARY KEY, name text)"), List.of(statement)), statement);
        String empty = outcome(create, statement, false);
        String holdingRows = outcome(create, statement, true);
        if (!triedOnRows) assertEquals(empty, holdingRows, "a form left to empty tables must not depend on rows: " + statement);
        if (statement.contains("'abc'")) {
            assertEquals("ok", empty);
            assertEquals(true, holdingRows.contains("type mismatch on DEFAULT"), holdingRows);
        }
    }

    /** Whether SQLite runs the statement ("ok") or its message, on table t empty or holding one row, foreign keys on. */
    private static String outcome(String statement, boolean withRow) throws SQLException {
        return outcome("CREATE TABLE t (id integer PRIMARY KEY, name text)", statement, withRow);
    }

    private static String outcome(String create, String statement, boolean withRow) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
            st.execute(create);
            if (withRow) st.execute("INSERT INTO " + (create.contains(" s (") ? "s" : "t") + " VALUES (1, 'ada')");
            try {
                st.execute(statement);
                return "ok";
            } catch (SQLException e) {
                return e.getMessage();
            }
        }
    }
}
