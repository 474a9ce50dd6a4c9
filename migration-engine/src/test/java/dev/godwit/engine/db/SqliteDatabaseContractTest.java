package dev.godwit.engine.db;

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
}
