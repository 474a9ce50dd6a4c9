package dev.godwit.engine.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which migrations touch no rows whatever the data (a fleet sends those together): the rule statement by statement. */
class RowFreeDdlTest {

    static Migration m(String sql) {
        return new Migration(new JournalEntry(0, "6", 1000L, "0000_x", true), Path.of("drizzle/0000_x.sql"), sql);
    }

    static final List<Map<String, Object>> SCHEMA = List.of(
            Map.of("type", "table", "name", "Users", "tbl_name", "Users", "sql", "CREATE TABLE \"Users\" (id integer, email text CHECK (email <> ''))"),
            Map.of("type", "table", "name", "events", "tbl_name", "events", "sql", "CREATE TABLE events (id integer) STRICT, WITHOUT ROWID"));

    static String why(String sql) {
        return new RowFreeDdl(SCHEMA).take(m(sql));
    }

    @Test
    void schemaOnlyStatementsAreRowFree() {
        for (String sql : List.of(
                "CREATE TABLE `t` (`id` integer PRIMARY KEY, `v` text CHECK (`v` <> ''));",
                "CREATE TABLE IF NOT EXISTS t (id integer);\n--> statement-breakpoint\nCREATE UNIQUE INDEX t_id ON t (id);",
                "CREATE VIEW v AS SELECT * FROM users;",
                "CREATE TRIGGER tr AFTER INSERT ON users BEGIN UPDATE users SET email = lower(new.email) WHERE id = new.id; END;",
                "DROP VIEW IF EXISTS v;",
                "DROP TRIGGER tr;",
                "ALTER TABLE users RENAME COLUMN email TO mail;",
                "ALTER TABLE users RENAME TO people;",
                "ALTER TABLE `users` ADD `age` integer DEFAULT 0 NOT NULL;",
                "ALTER TABLE users ADD COLUMN note text REFERENCES users(id);",
                "-- only a comment\nCREATE TABLE a (x); CREATE INDEX a_x ON a (x);",
                "")) {
            assertNull(why(sql), sql);
        }
    }

    @Test
    void statementsThatReadOrWriteRowsOrHoldAPragmaAreNot() {
        assertEquals("statement 1 (INSERT) reads or writes rows", why("INSERT INTO users (id) VALUES (1);"));
        assertEquals("statement 2 (UPDATE) reads or writes rows", why("CREATE TABLE a (x);\n--> statement-breakpoint\nUPDATE users SET email = '';"));
        assertEquals("statement 1 (DELETE) reads or writes rows", why("DELETE FROM users;"));
        assertEquals("statement 1 (DROP TABLE) reads or writes rows", why("DROP TABLE users;"));
        assertEquals("statement 1 (DROP INDEX) reads or writes rows", why("DROP INDEX users_email;"));
        assertEquals("statement 1 (ALTER TABLE ... DROP) rewrites every row", why("ALTER TABLE users DROP COLUMN email;"));
        assertEquals("statement 1 (CREATE INDEX) reads the rows of users", why("CREATE INDEX users_email ON users (email);"));
        assertEquals("statement 1 (CREATE TABLE ... AS SELECT) reads rows", why("CREATE TABLE copy AS SELECT * FROM users;"));
        assertEquals("statement 1 (CREATE VIRTUAL) may read or write rows", why("CREATE VIRTUAL TABLE f USING fts5(body);"));
        assertEquals("statement 1 (PRAGMA) may last to the end of the request's transaction", why("PRAGMA defer_foreign_keys = ON;"));
        // one breakpoint chunk holding two statements: the second counts (numbered as Migration.statements numbers them)
        assertEquals("statement 2 (INSERT) reads or writes rows", why("CREATE TABLE a (x); INSERT INTO a VALUES (1);"));
    }

    @Test
    void anAddedColumnIsNotWhereSqliteChecksEveryRow() {
        assertEquals("statement 1 (ALTER TABLE ... ADD COLUMN with a CHECK) makes SQLite check every row",
                why("ALTER TABLE users ADD age integer CHECK (age >= 0);"));
        assertEquals("statement 1 (ALTER TABLE ... ADD COLUMN, generated) may make SQLite read every row",
                why("ALTER TABLE users ADD lower_email text GENERATED ALWAYS AS (lower(email)) VIRTUAL NOT NULL;"));
        assertEquals("statement 1 (ALTER TABLE ... ADD COLUMN) to STRICT table events makes SQLite check every row",
                why("ALTER TABLE events ADD note text;"));
        // the table's own CHECK does not make SQLite read the rows for a new column (timed: as fast on 2 million rows as on none)
        assertNull(why("ALTER TABLE \"users\" ADD note text;"));
        assertEquals("statement 1 (ALTER TABLE ... ADD COLUMN) to other, whose definition was not read (it may be STRICT, which makes SQLite"
                + " check every row)", why("ALTER TABLE other ADD note text;"));
        assertEquals("statement 1 (ALTER TABLE ... ADD COLUMN) to users, whose definition was not read (it may be STRICT, which makes SQLite"
                + " check every row)", new RowFreeDdl(null).take(m("ALTER TABLE users ADD note text;")));
    }

    @Test
    void aTableCreatedByAnEarlierMigrationOfTheRequestIsEmpty() {
        RowFreeDdl rule = new RowFreeDdl(null);
        assertNull(rule.take(m("CREATE TABLE a (x);")));
        assertNull(rule.take(m("CREATE INDEX a_x ON a (x);\n--> statement-breakpoint\nALTER TABLE a ADD y text;")));
        assertNull(rule.take(m("ALTER TABLE a RENAME TO b;")));
        assertNull(rule.take(m("CREATE INDEX b_y ON b (y);")), "renamed, still the empty table");
        assertEquals("statement 1 (CREATE INDEX) reads the rows of a", rule.take(m("CREATE INDEX a_y ON a (y);")));
        // a migration not taken leaves nothing of its own behind
        assertEquals("statement 2 (INSERT) reads or writes rows", rule.take(m("CREATE TABLE c (x);\n--> statement-breakpoint\nINSERT INTO c VALUES (1);")));
        assertEquals("statement 1 (CREATE INDEX) reads the rows of c", rule.take(m("CREATE INDEX c_x ON c (x);")));
    }

    @Test
    void aTableCreatedIfNotExistsIsEmptyOnlyWhereTheStoredSchemaLacksIt() {
        // users is there (and may hold rows): IF NOT EXISTS creates nothing, so an index on it reads every row (timed: 4.5 s on
        // 2 million rows, where on a new table it takes none), and events stays STRICT
        assertEquals("statement 2 (CREATE INDEX) reads the rows of users",
                why("CREATE TABLE IF NOT EXISTS users (id integer);\n--> statement-breakpoint\nCREATE INDEX users_id ON users (id);"));
        assertEquals("statement 2 (ALTER TABLE ... ADD COLUMN) to STRICT table events makes SQLite check every row", why("CREATE TABLE IF NOT EXISTS events (id integer);\n--> statement-breakpoint\nALTER TABLE events ADD note text;"));
        // the stored schema not read: the table may be there
        assertEquals("statement 2 (CREATE INDEX) reads the rows of t",
                new RowFreeDdl(null).take(m("CREATE TABLE IF NOT EXISTS t (x);\n--> statement-breakpoint\nCREATE INDEX t_x ON t (x);")));
        // a table renamed into that name earlier in the request holds its rows
        RowFreeDdl renamed = new RowFreeDdl(SCHEMA);
        assertNull(renamed.take(m("ALTER TABLE users RENAME TO people;")));
        assertEquals("statement 2 (CREATE INDEX) reads the rows of people",
                renamed.take(m("CREATE TABLE IF NOT EXISTS people (id integer);\n--> statement-breakpoint\nCREATE INDEX people_id ON people (id);")));
        // created by an earlier migration of the request, IF NOT EXISTS again leaves it the empty table it was
        RowFreeDdl rule = new RowFreeDdl(null);
        assertNull(rule.take(m("CREATE TABLE a (x);")));
        assertNull(rule.take(m("CREATE TABLE IF NOT EXISTS a (x);\n--> statement-breakpoint\nCREATE INDEX a_x ON a (x);")));
    }

    @Test
    void commentsQuotesAndSpacingDoNotFoolTheRule() {
        // code after a comment, or with no space, is read; words in comments and strings are not
        assertEquals("statement 2 (INSERT) reads or writes rows", why("CREATE TABLE a(x);INSERT INTO a VALUES(1);"));
        assertEquals("statement 1 (INSERT) reads or writes rows", why("/* CREATE TABLE a (x); */ INSERT INTO users (id) VALUES (1);"));
        assertEquals("statement 2 (UPDATE) reads or writes rows", why("-- a comment;\nCREATE TABLE a (x);\n\n  \t update users set email = '';"));
        assertEquals("statement 1 (PRAGMA) may last to the end of the request's transaction", why("/* x */\n  pragma   defer_foreign_keys=on"));
        assertEquals("statement 1 (ALTER TABLE ... ADD COLUMN with a CHECK) makes SQLite check every row",
                why("ALTER  TABLE\n\"Users\"\tADD /* c */ age integer\ncheck(age >= 0);"));
        assertNull(why("CREATE TABLE a (x); -- INSERT INTO a VALUES (1);"));
        assertNull(why("ALTER TABLE users ADD note text DEFAULT 'CHECK'; /* CHECK */"));
        // a trigger body's statements are the trigger's, run when it fires; a statement after the trigger is read
        assertEquals("statement 2 (DELETE) reads or writes rows", why("CREATE TRIGGER tr AFTER INSERT ON users BEGIN UPDATE users SET email = CASE WHEN"
                + " new.email IS NULL THEN '' ELSE new.email END WHERE id = new.id; END; DELETE FROM users;"));
    }
}
