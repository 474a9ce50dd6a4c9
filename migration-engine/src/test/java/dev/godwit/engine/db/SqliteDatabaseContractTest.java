package dev.godwit.engine.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The port's contract on a local SQLite file. */
class SqliteDatabaseContractTest extends DatabaseContractTest {

    @Override
    protected Database open() {
        return SqliteDatabase.open(dir.resolve("app.sqlite"));
    }

    @Override
    protected String noSuchTableLine() {
        return "SQLite says: [SQLITE_ERROR] SQL error or missing database (no such table: nowhere)";
    }

    /**
     * sqlite-jdbc runs only the first statement of a text holding several and drops the rest without a word: a caller that
     * forgot to split would record work as done that never ran. The adapter refuses such a text before anything runs.
     */
    @Test
    void aTextHoldingTwoStatementsIsRefusedInsteadOfRunningOnlyTheFirst() {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("two.sqlite"))) {
            DatabaseException e = assertThrows(DatabaseException.class, () -> db.runAtomically(List.of(
                    "CREATE TABLE a (x integer)", "CREATE TABLE b (y integer); CREATE TABLE c (z integer);"), false));
            assertEquals("statement 2 holds 2 SQL statements, and SQLite would run only the first of them: split them (a"
                    + " --> statement-breakpoint line between them in a migration). Nothing was run.", e.getMessage());
            assertEquals(1, e.statementIndex());
            assertTrue(db.query("SELECT name FROM sqlite_master").isEmpty(), "nothing ran");
            // A trigger's body and trailing comments are one statement.
            db.runAtomically(List.of("CREATE TABLE a (x integer)",
                    "CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE a SET x = 1; DELETE FROM a WHERE x = 2; END; -- done"), false);
            assertEquals(2, db.query("SELECT name FROM sqlite_master").size());
        }
    }
}
