package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.db.SqliteDatabase;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The queries a remote D1's partial prediction prints for a REPLACE on a second UNIQUE key, a plain INSERT into a key declared
 * ON CONFLICT REPLACE and an UPDATE OR REPLACE found the rows they delete by {@code EXISTS (SELECT 1 FROM new ...)} (or over
 * {@code gw_after}) from each of the table's rows: every row compared with every written one, past 240 s on 100,000 rows in
 * local SQLite, where D1 stops a query at 30 s. They look the rows up through the key's index now (0.15 to 0.5 s there). Each
 * query is run on a real SQLite holding rows the statement meets, and must count the rows the statement deletes there.
 */
class D1ReplaceQueryTest {

    static final String USERS = "CREATE TABLE users (id integer PRIMARY KEY, email text UNIQUE, name text, note text)";
    static final String DECLARED = "CREATE TABLE users (id integer PRIMARY KEY, email text UNIQUE ON CONFLICT REPLACE, name text, note text)";
    /** 2,000 rows: u1@x ... u2000@x. */
    static final String ROWS = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO users SELECT i, 'u' || i || '@x',"
            + " 'n' || i, 'note' FROM n";
    /** A table the values come from: for each id of 10 to 100 by 10, the address of the user after it. */
    static final String LEGACY = USERS + ";\nCREATE TABLE legacy (id integer, email text, name text)";
    static final String LEGACY_ROWS = "WITH RECURSIVE n(i) AS (SELECT 10 UNION ALL SELECT i + 10 FROM n WHERE i < 100) INSERT INTO legacy SELECT i, 'u' || (i + 1)"
            + " || '@x', 'L' || i FROM n";
    static final String AFTER = "what it matches on the database: ";

    /** The partial-prediction lines for {@code statement} on a replica of {@code create} holding three rows it meets nowhere. */
    static List<String> lines(String create, String statement) {
        try (Replica r = Replica.empty()) {
            for (String sql : create.split(";\n")) r.exec(sql);
            r.exec("INSERT INTO users VALUES (900001, 'gen-1', 'g1', 'n'), (900002, 'gen-2', 'g2', 'n'), (900003, 'gen-3', 'g3', 'n')");
            return UnseenFilteredWrite.in(r, PreflightTest.pending("0001_x", statement));
        }
    }

    /** The line of {@code lines} saying what the REPLACE deletes (an UPDATE of a key has its own line too). */
    static String replacing(List<String> lines) {
        return lines.stream().filter(l -> l.contains("\n    replaces on ")).findFirst().orElseThrow(() -> new AssertionError(lines));
    }

    static String query(String line) {
        String after = line.contains(AFTER) ? AFTER : "the rows it updates on the database: ";
        int from = line.indexOf(after);
        assertTrue(from >= 0, line);
        return line.substring(from + after.length());
    }

    /** {@code {what query counts, rows the statement deletes}} on {@code create} holding ROWS; {@code inserted}: rows it adds. */
    static List<Long> countedAndDeleted(String create, String query, String statement, long inserted) {
        try (SqliteDatabase db = SqliteDatabase.inMemory()) {
            db.runAtomically(List.of(create.split(";\n")), false);
            db.runAtomically(create.contains("legacy") ? List.of(ROWS, LEGACY_ROWS) : List.of(ROWS), false);
            long counted = count(db, query);
            long before = count(db, "SELECT count(*) FROM users");
            db.runAtomically(List.of(statement), false);
            return List.of(counted, before + inserted - count(db, "SELECT count(*) FROM users"));
        }
    }

    static long count(SqliteDatabase db, String sql) {
        return Long.parseLong(String.valueOf(db.query(sql).get(0).values().iterator().next()));
    }

    /** The query's plan on a table of {@code create}: each written row looks its conflict up by the key's index, nothing per row of the table. */
    static void looksUpByTheIndex(String create, String query) {
        try (Replica r = Replica.empty()) {
            for (String sql : create.split(";\n")) r.exec(sql);
            String plan = r.query("EXPLAIN QUERY PLAN " + query).stream().map(x -> String.valueOf(x.get("detail"))).collect(Collectors.joining("\n"));
            assertTrue(plan.contains("SEARCH o USING") || plan.contains("SEARCH old USING"), plan);
            assertFalse(plan.contains("CORRELATED"), plan);
        }
    }

    @Test
    void aReplaceOnASecondUniqueKeyCountsTheRowsItDeletesThroughTheKeysIndex() {
        String statement = "INSERT OR REPLACE INTO users (id, email, name) SELECT id + 100000, email, name FROM users WHERE id % 3 = 0 AND id < 100000";
        List<String> lines = lines(USERS, statement);
        assertEquals(1, lines.size(), lines.toString());
        String query = query(lines.get(0));
        assertEquals("WITH new(id, email, name) AS (SELECT id + 100000, email, name FROM users WHERE id % 3 = 0 AND id < 100000) SELECT count(*) FROM users WHERE"
                + " users.rowid IN (SELECT old.rowid FROM new JOIN \"users\" AS old ON (old.email = new.email) AND NOT (old.id IS new.id))", query);
        looksUpByTheIndex(USERS, query);
        assertEquals(List.of(666L, 666L), countedAndDeleted(USERS, query, statement, 666));
        // rows given their own id back are replaced in place: not counted, as not deleted
        String same = "INSERT OR REPLACE INTO users (id, email, name) VALUES (3, 'u3@x', 'x'), (4, 'u5@x', 'y')";
        assertEquals(List.of(1L, 1L), countedAndDeleted(USERS, query(lines(USERS, same).get(0)), same, 0));
    }

    @Test
    void aPlainInsertIntoAKeyDeclaredOnConflictReplaceCountsTheRowsItDeletesThroughTheKeysIndex() {
        String statement = "INSERT INTO users (id, email, name) SELECT id + 100000, email, name FROM users WHERE id % 4 = 0 AND id < 100000";
        String query = query(lines(DECLARED, statement).get(0));
        assertEquals("WITH new(id, email, name) AS (SELECT id + 100000, email, name FROM users WHERE id % 4 = 0 AND id < 100000) SELECT count(*) FROM users WHERE"
                + " users.rowid IN (SELECT old.rowid FROM new JOIN \"users\" AS old ON (old.email = new.email))", query);
        looksUpByTheIndex(DECLARED, query);
        assertEquals(List.of(500L, 500L), countedAndDeleted(DECLARED, query, statement, 500));
    }

    @Test
    void anUpdateOrReplaceCountsTheRowsItDeletesThroughTheKeysIndex() {
        // each row of an even id takes the next row's address: that row goes
        String statement = "UPDATE OR REPLACE users SET email = 'u' || (id + 1) || '@x' WHERE id % 2 = 0 AND id < 100000";
        String query = query(replacing(lines(USERS, statement)));
        assertEquals("WITH gw_after(gw_row, \"email\") AS (SELECT rowid, CASE WHEN (id % 2 = 0 AND id < 100000) THEN ('u' || (id + 1) || '@x') ELSE \"email\" END FROM"
                + " users) SELECT max((SELECT count(DISTINCT o.rowid) FROM gw_after u JOIN \"users\" AS o ON o.\"email\" = u.\"email\" WHERE o.rowid <>"
                + " u.gw_row), (SELECT count(*) - (SELECT count(*) FROM (SELECT DISTINCT \"email\" FROM gw_after WHERE \"email\" IS NOT NULL)) FROM"
                + " gw_after WHERE \"email\" IS NOT NULL))", query);
        looksUpByTheIndex(USERS, query);
        assertEquals(List.of(999L, 999L), countedAndDeleted(USERS, query, statement, 0));
        // every row lowered onto one address: all but one go
        String onto = "UPDATE OR REPLACE users SET email = 'same@x' WHERE id <= 10";
        assertEquals(List.of(9L, 9L), countedAndDeleted(USERS, query(replacing(lines(USERS, onto))), onto, 0));
        // a declared ON CONFLICT REPLACE: the same query, for a plain UPDATE
        String plain = "UPDATE users SET email = 'u' || (id + 1) || '@x' WHERE id % 2 = 0 AND id < 100000";
        assertEquals(List.of(999L, 999L), countedAndDeleted(DECLARED, query(replacing(lines(DECLARED, plain))), plain, 0));
    }

    /**
     * An UPDATE OR REPLACE ... FROM, whose values come from the FROM's rows, was not read as replacing: through D1 its line (where
     * the synthesised rows met none) spoke of a changed key and counted the rows it updates, not of the rows it deletes. Now it is
     * read as any UPDATE OR REPLACE, each row taking the values of a row of the FROM that meets it.
     */
    @Test
    void anUpdateOrReplaceFromAnotherTableCountsTheRowsItDeletes() {
        String statement = "UPDATE OR REPLACE users SET email = l.email FROM legacy l WHERE l.id = users.id";
        String line = replacing(lines(LEGACY, statement));
        assertTrue(line.contains("\n    replaces on \"email\": a row holding the \"email\" an updated row comes to hold is deleted, and that meets none"), line);
        String query = query(line);
        assertEquals("WITH gw_set(gw_row, \"email\") AS (SELECT users.rowid, (l.email) FROM users, legacy l WHERE l.id = users.id GROUP BY users.rowid),"
                + " gw_after(gw_row, \"email\") AS (SELECT rowid, \"email\" FROM users WHERE rowid NOT IN (SELECT gw_row FROM gw_set) UNION ALL SELECT *"
                + " FROM gw_set) SELECT max((SELECT count(DISTINCT o.rowid) FROM gw_after u JOIN \"users\" AS o ON o.\"email\" = u.\"email\" WHERE o.rowid"
                + " <> u.gw_row), (SELECT count(*) - (SELECT count(*) FROM (SELECT DISTINCT \"email\" FROM gw_after WHERE \"email\" IS NOT NULL)) FROM"
                + " gw_after WHERE \"email\" IS NOT NULL))", query);
        assertEquals(List.of(10L, 10L), countedAndDeleted(LEGACY, query, statement, 0));
        // with an alias: users 5, 15, ... take the addresses of 11, 21, ...
        String aliased = "UPDATE OR REPLACE users AS x SET email = l.email FROM legacy l WHERE l.id = x.id + 5";
        assertEquals(List.of(10L, 10L), countedAndDeleted(LEGACY, query(replacing(lines(LEGACY, aliased))), aliased, 0));
    }

    /**
     * {@code UPDATE OR REPLACE users INDEXED BY users_name SET ... FROM ...} (or {@code NOT INDEXED}) was read with the index's name
     * ({@code INDEXED}) as the table's alias, the token before SET: its query named rows by {@code users_name.rowid}, which that
     * query has no table for. The alias is read after the table's name now, past INDEXED BY and NOT INDEXED.
     */
    @Test
    void anUpdateOrReplaceFromWithIndexedByOrNotIndexedCountsTheRowsItDeletes() {
        String create = LEGACY + ";\nCREATE INDEX users_name ON users (name)";
        for (String statement : List.of("UPDATE OR REPLACE users INDEXED BY users_name SET email = l.email FROM legacy l WHERE l.id = users.id",
                "UPDATE OR REPLACE users NOT INDEXED SET email = l.email FROM legacy l WHERE l.id = users.id",
                "UPDATE OR REPLACE users AS x INDEXED BY users_name SET email = l.email FROM legacy l WHERE l.id = x.id",
                "UPDATE OR REPLACE main.users AS x NOT INDEXED SET email = l.email FROM legacy l WHERE l.id = x.id")) {
            String query = query(replacing(lines(create, statement)));
            assertTrue(query.contains("GROUP BY " + (statement.contains(" x ") ? "x" : "users") + ".rowid)"), query);
            assertEquals(List.of(10L, 10L), countedAndDeleted(create, query, statement, 0), statement);
        }
    }

    /** A row-value SET, {@code (email, name) = (...)}, was not read as setting the key: the same, each column its own value. */
    @Test
    void anUpdateOrReplaceOfARowValueCountsTheRowsItDeletes() {
        String listed = "UPDATE OR REPLACE users SET (name, email) = ('B', 'u2@x') WHERE id = 1";
        String line = replacing(lines(USERS, listed));
        assertTrue(line.contains("CASE WHEN (id = 1) THEN ('u2@x') ELSE \"email\" END"), line);
        assertEquals(List.of(1L, 1L), countedAndDeleted(USERS, query(line), listed, 0));
        String selected = "UPDATE OR REPLACE users SET (name, email) = (SELECT l.name, l.email FROM legacy l WHERE l.id = users.id)"
                + " WHERE id IN (SELECT id FROM legacy)";
        line = replacing(lines(LEGACY, selected));
        assertTrue(line.contains("THEN ((SELECT l.email FROM legacy l WHERE l.id = users.id)) ELSE \"email\" END"), line);
        assertEquals(List.of(10L, 10L), countedAndDeleted(LEGACY, query(line), selected, 0));
    }

    /**
     * A row value from a subquery whose WHERE multiplies ({@code l.id * 1}) or compares with IS [NOT] DISTINCT FROM was taken for one
     * selecting {@code *} or DISTINCT, and said as not predicted; it is read as the others, each column its own subquery.
     */
    @Test
    void aRowValueFromASubqueryWithAProductOrIsDistinctFromIsRead() {
        String selected = "UPDATE OR REPLACE users SET (name, email) = (SELECT l.name, l.email FROM legacy l WHERE l.id * 1 = users.id"
                + " AND l.email IS NOT DISTINCT FROM l.email) WHERE id IN (SELECT id FROM legacy)";
        String line = replacing(lines(LEGACY, selected));
        assertTrue(line.contains("THEN ((SELECT l.email FROM legacy l WHERE l.id * 1 = users.id AND l.email IS NOT DISTINCT FROM l.email)) ELSE \"email\" END"), line);
        assertEquals(List.of(10L, 10L), countedAndDeleted(LEGACY, query(line), selected, 0));
    }

    /** A row value this does not split (a compound SELECT's row): said as not predicted, with the rows it updates, whatever the synthesised rows show. */
    @Test
    void anUpdateOrReplaceOfARowValueNotReadIsSaidSoWithTheRowsItUpdates() {
        String statement = "UPDATE OR REPLACE users SET (name, email) = (SELECT name, email FROM legacy WHERE legacy.id = users.id UNION ALL SELECT 'x', 'y')"
                + " WHERE id IN (SELECT id FROM legacy)";
        String line = replacing(lines(LEGACY, statement));
        assertTrue(line.endsWith("\n    replaces on \"email\": a row holding the \"email\" an updated row comes to hold is deleted, and what it comes to hold"
                + " (a row value from a subquery) is not read here, so which rows it deletes was not predicted; the rows it updates on the database:"
                + " SELECT count(*) FROM users WHERE id IN (SELECT id FROM legacy)"), line);
        assertEquals(List.of(10L, 10L), countedAndDeleted(LEGACY, query(line).replace("the rows it updates on the database: ", ""), statement, 0));
    }
    /**
     * An UPDATE OR REPLACE ... FROM with nothing after FROM (a typo) stopped db:apply's pre-flight on D1 with an
     * IndexOutOfBoundsException from reading the FROM, before SQLite could say what was wrong; now the apply stops with D1's own
     * words, naming the migration and statement, rolled back.
     */
    @Test
    void anUpdateOrReplaceWithAnEmptyFromFailsWithSqlitesWordsNotACrash() {
        java.nio.file.Path dir = java.nio.file.Paths.get(System.getProperty("java.io.tmpdir"), "d1-empty-from-" + System.nanoTime());
        String account = "0123456789abcdef0123456789abcdef";
        String database = "c020574a-5623-407b-be0c-cd192bab9545";
        dev.godwit.engine.testing.RecordingLog log = new dev.godwit.engine.testing.RecordingLog();
        try (dev.godwit.engine.d1.D1StandIn standIn = dev.godwit.engine.d1.D1StandIn.start(dir.resolve("d1.sqlite"), account, database, "preflight-token-1");
             dev.godwit.engine.d1.D1Database d1 = new dev.godwit.engine.d1.D1Database(new dev.godwit.engine.d1.D1Settings(account, database, "preflight-token-1", standIn.endpoint()))) {
            d1.runAtomically(List.of(USERS, "CREATE TABLE legacy (id integer, email text, name text)", "INSERT INTO users VALUES (1, 'a@x', 'a', 'n'), (2, 'b@x', 'b', 'n')"), false);
            dev.godwit.engine.migrate.HistoryTable history = dev.godwit.engine.migrate.HistoryTable.forName("__drizzle_migrations");
            for (String statement : List.of("UPDATE OR REPLACE users SET email = 'x' FROM;", "UPDATE OR REPLACE users SET email = 'x' FROM WHERE id = 1;",
                    "UPDATE users SET note = (SELECT name FROM legacy) FROM;")) {
                dev.godwit.engine.folder.Migration m = new dev.godwit.engine.folder.Migration(new dev.godwit.engine.folder.JournalEntry(0, "6", 1000L, "0001_from", true),
                        dir.resolve("0001_from.sql"), statement);
                RuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> new dev.godwit.engine.migrate.Migrator(d1, history, log)
                        .checkingPendingWith(Preflight.ofLiveSchema(d1, java.util.Set.of(history.name()), false, log))
                        .apply(List.of(m), dev.godwit.engine.migrate.ApplyOptions.defaults()));
                assertTrue(e instanceof dev.godwit.engine.migrate.MigrationException && e.getMessage().startsWith("Migration 0001_from.sql failed at statement 1 of 1:")
                        && (e.getMessage().contains("D1 says: incomplete input") || e.getMessage().contains("D1 says: near \"WHERE\": syntax error")), e.toString());
                assertEquals(2L, ((Number) d1.query("SELECT count(*) FROM users WHERE email IN ('a@x', 'b@x')").get(0).values().iterator().next()).longValue());
            }
        }
    }
}
