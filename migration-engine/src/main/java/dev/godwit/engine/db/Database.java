package dev.godwit.engine.db;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The one port through which everything touches a database: a local SQLite file or Cloudflare
 * D1. Migrate, introspect, push, drift checks and status are written once against it.
 */
public interface Database extends AutoCloseable {

    /** For messages: "local SQLite file /x/app.sqlite", "Cloudflare D1 database 1234…". Never holds secrets. */
    String describe();

    Capabilities capabilities();

    /**
     * Runs one read statement and returns its rows, each a map from column name to value
     * ({@link Long}, {@link Double}, {@link String}, {@code byte[]} or null), in column order.
     */
    List<Map<String, Object>> query(String sql, Object... params);

    /** The query {@link #schemaObjects} runs. */
    String SCHEMA_OBJECTS = "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL";

    /**
     * The schema as the database stores it: a row of type, name, tbl_name and sql for each object of sqlite_master that has SQL.
     * Remote D1 answers a second call from the first one's rows until something is written through the same object (one request
     * saved where the apply's schema check and its pre-flight both read it): a change made by another client meanwhile, or a Time
     * Travel restore, is not seen, so an object is kept for one goal's run only.
     */
    default List<Map<String, Object>> schemaObjects() {
        return query(SCHEMA_OBJECTS);
    }

    /** A read statement and its parameters, to be read ahead ({@link #readAhead}). */
    record Read(String sql, List<Object> params) {
        public Read {
            params = params == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(params));
        }

        public static Read of(String sql, Object... params) {
            return new Read(sql, params == null ? List.of() : java.util.Arrays.asList(params));
        }
    }

    /**
     * Reads {@code reads} now, together where each would otherwise cost a request of its own (D1: one {@code /query} request for
     * all of them, which D1 runs as one transaction and answers with one result per statement), and answers each of them once from
     * what it read, when {@link #query} is next asked the same SQL with the same parameters, until something is written through
     * this object; what an earlier call read and was not asked is forgotten. True where it read them; false where it reads nothing
     * ahead (by default: a local file, where a read costs no request) or where they failed together (on D1 one of them failing
     * fails the request: a table one names is missing, say), and then each is asked on its own, as without this call. An empty
     * list only forgets.
     */
    default boolean readAhead(List<Read> reads) {
        return false;
    }

    /**
     * As {@link #query}, handing the rows to {@code each} one at a time, in order. By default from {@link #query}'s list (D1
     * answers a query whole anyway); a local file streams them from its cursor, so a big result is never held whole. An
     * exception from {@code each} stops the query and is thrown on.
     */
    default void queryEach(String sql, List<Object> params, Consumer<Map<String, Object>> each) {
        query(sql, params.toArray()).forEach(each);
    }

    /**
     * What {@link #write} gives: the statement's rows (its RETURNING's) and how many rows it changed, with those its triggers and
     * foreign-key actions changed ({@code changes}: SQLite's total_changes() across it, D1's {@code meta.changes}); -1 where the
     * database cannot tell.
     */
    record Written(List<Map<String, Object>> rows, long changes) {
    }

    /**
     * Runs one INSERT, UPDATE or DELETE as {@link #query} does (its own transaction), and says how many rows it changed in all:
     * a caller that knows what the statement itself changed tells from it whether triggers or cascades ran, without asking again
     * (on D1 a request, and a count billed as every row read, saved).
     */
    default Written write(String sql, Object... params) {
        return new Written(query(sql, params), -1);
    }

    /**
     * Runs the statements as one transaction: all of them take effect, or none does. With
     * {@code foreignKeysOff} and a database that can switch foreign keys off, they are off for
     * the duration and {@code PRAGMA foreign_key_check} must come back clean before the commit.
     *
     * @throws DatabaseException naming the failing statement where the database tells it
     */
    void runAtomically(List<String> statements, boolean foreignKeysOff);

    /**
     * Stops the statement running on this database now, called from another thread: it fails (SQLite's "interrupted") and what it
     * was changing is rolled back. Nothing happens where no statement runs, or where the database cannot be interrupted (D1, which
     * stops a query itself after 30 s).
     */
    default void interrupt() {
    }

    /**
     * Another connection to the same database, for reads beside this one's writes (the caller closes it): on a local file SQLite
     * lets it read while this connection waits for another process's write lock. Null where there is none to open (D1, an
     * in-memory database, a connection given by the application).
     */
    default Database reader() {
        return null;
    }

    /**
     * Defines an SQL function of {@code args} arguments on this database, deterministic, computed by {@code body} in this process
     * from the arguments as {@link #query} gives values ({@link Long}, {@link Double}, {@link String}, {@code byte[]} or null) and
     * returning one of those. False where the database cannot (D1): the caller then does without it.
     */
    default boolean defineFunction(String name, int args, java.util.function.Function<Object[], Object> body) {
        return false;
    }

    @Override
    void close();
}
