package dev.godwit.engine.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.yaml.YamlSchemaReader;
import dev.godwit.schema.Column;
import dev.godwit.schema.SchemaCollector;
import dev.godwit.schema.Table;
import dev.godwit.schema.model.SchemaException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * db:generate reports every problem of a schema in one run. Before, they came in rounds: a wrong-type default hid a generated
 * column loop and a CHECK SQLite refuses, a table without "columns" hid a table name SQLite reserves, so a user fixed one
 * batch, ran again and met the next.
 */
class AllProblemsInOneRunTest {

    @TempDir
    Path dir;

    static final String MISTAKES = """
            tables:
              - name: users
                columns:
                  - {name: id, type: integer, primaryKey: true}
                  - {name: age, type: integer, default: abc}
                  - {name: name, type: text}
                indexes:
                  - {name: users_age_idx, columns: [age]}
              - name: orgs
                colums:
                  - {name: id, type: integer, primaryKey: true}
              - name: sqlite_things
                columns:
                  - {name: id, type: integer, primaryKey: true}
              - name: shapes
                columns:
                  - {name: id, type: integer, primaryKey: true}
                  - {name: side, type: integer, generated: {as: "side * 2"}}
              - name: posts
                columns:
                  - {name: id, type: integer, primaryKey: true}
                  - {name: org_id, type: integer, references: {table: orgs, column: id}}
                  - {name: n, type: integer}
                checks:
                  - {name: posts_n_check, expression: "n < (select count(*) from users)"}
              - name: events
                columns:
                  - {name: id, type: integer, primaryKey: true}
                  - {name: at, type: integer}
                checks:
                  - {name: events_at_check, expression: "at > unixepoch()"}
            """;

    @Test
    void everyKindOfMistakeInOneYamlSchemaIsReportedAtOnceAndNothingIsWritten() throws Exception {
        Path file = dir.resolve("schema.yaml");
        Files.writeString(file, MISTAKES);
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        SchemaException e = assertThrows(SchemaException.class,
                () -> new Generator().generate(() -> YamlSchemaReader.read(file), folder, GenerateOptions.batch()));
        assertEquals(List.of(
                "schema.yaml line 5: \"default\" of column \"age\" of table \"users\": the default abc is text, but the column is integer, so every row that leaves the column out holds the text 'abc' where the application reads a number; give a number (default: 1, unquoted), or, if the text is really meant (as in a database made by hand), default: {sql: \"'abc'\"}",
                "schema.yaml line 10: unknown key \"colums\" in a table: did you mean \"columns\"? (known keys: name, renamedFrom, columns, primaryKey, indexes, foreignKeys, uniques, checks)",
                "schema.yaml line 12 (table \"sqlite_things\"): table name \"sqlite_things\" is reserved by SQLite (names starting with sqlite_); choose another name",
                "schema.yaml line 18 (column \"shapes\".\"side\"): generated column \"side\" reads itself (GENERATED ALWAYS AS); SQLite creates the table, then refuses every statement on it (\"generated column loop on ...\"): make one of them read only plain columns",
                "schema.yaml line 25 (check \"posts_n_check\" of table \"posts\"): check \"posts_n_check\" (n < (select count(*) from users)): SQLite refuses it: subqueries prohibited in CHECK constraints; change its SQL",
                "schema.yaml line 31 (check \"events_at_check\" of table \"events\"): check \"events_at_check\" (at > unixepoch()) reads the current time with unixepoch(), which SQLite allows in no CHECK: it creates the table, then refuses every INSERT and UPDATE (\"non-deterministic use of unixepoch() in a CHECK constraint\"). Compare with a time the application passes in (check it in the application), or check against another column"), e.problems());
        assertFalse(Files.exists(folder.dir()), "nothing written");
    }

    /**
     * Two tables the validator already refused as one name (users and USERS), or an index name two tables share, each read whole:
     * both were then created in SQLite's trial database, which refused the second ("table `USERS` already exists; change the CHECK,
     * DEFAULT or generated column it names"), a problem that only repeats the validator's in words that point at the wrong fix.
     */
    @Test
    void aNameTheValidatorRefusedAsTakenIsNotTriedAgainInSqlite() throws Exception {
        Path file = dir.resolve("schema.yaml");
        Files.writeString(file, """
                tables:
                  - name: broken
                    columns:
                      - {name: id, type: intger}
                  - name: users
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                    checks:
                      - {name: users_id_check, expression: "id > 0"}
                  - name: USERS
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                    checks:
                      - {name: users2_id_check, expression: "id < (select 1)"}
                  - name: a
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                    indexes:
                      - {name: by_id, columns: [id]}
                    checks:
                      - {name: a_check, expression: "id > 0"}
                  - name: b
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: n, type: integer}
                    indexes:
                      - {name: by_id, columns: [id]}
                    checks:
                      - {name: b_check, expression: "n > 0"}
                """);
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        SchemaException e = assertThrows(SchemaException.class,
                () -> new Generator().generate(() -> YamlSchemaReader.read(file), folder, GenerateOptions.batch()));
        assertEquals(List.of(
                "schema.yaml line 4: \"type\" of column \"id\" of table \"broken\" must be one of integer, text, real, blob, numeric, not \"intger\"",
                "schema.yaml line 10 (table \"USERS\"): duplicate table name \"USERS\": SQLite ignores the case of ASCII letters in names, so it is table \"users\" again, declared at schema.yaml line 5 (table \"users\"); each table needs its own name",
                // the second users' own CHECK is tried all the same, in a database of its own
                "schema.yaml line 14 (check \"users2_id_check\" of table \"USERS\"): check \"users2_id_check\" (id < (select 1)): SQLite refuses it: subqueries prohibited in CHECK constraints; change its SQL",
                "schema.yaml line 27 (index \"by_id\" of table \"b\"): index \"by_id\" is declared twice (also on table \"a\"); index names are shared by the whole database"), e.problems());
        assertFalse(Files.exists(folder.dir()), "nothing written");
    }

    static final String C = "class dev.godwit.engine.generate.AllProblemsInOneRunTest$";

    static final class Users extends Table {
        static final Users T = new Users();
        final Column id = integer("id").primaryKey();
        final Column age = integer("age").defaultValue("abc");

        Users() {
            super("users");
        }
    }

    static final class Nameless extends Table {
        static final Nameless T = new Nameless();
        final Column id = integer("id").primaryKey();
        final Column code = text("code").autoIncrement();

        Nameless() {
            super("");
        }
    }

    static final class Shapes extends Table {
        static final Shapes T = new Shapes();
        final Column id = integer("id").primaryKey();
        final Column side = integer("side").generatedAlwaysAs("side * 2");

        Shapes() {
            super("shapes");
        }
    }

    static final class Posts extends Table {
        static final Posts T = new Posts();
        final Column id = integer("id").primaryKey();
        final Column n = integer("n");

        Posts() {
            super("posts");
            check("posts_n_check", "n < (select count(*) from users)");
        }
    }

    static final class Events extends Table {
        static final Events T = new Events();
        final Column id = integer("id").primaryKey();
        final Column at = integer("at").generatedAlwaysAs("unixepoch() + 60");

        Events() {
            super("events");
        }
    }

    @Test
    void everyKindOfMistakeInJavaClassesIsReportedAtOnceAndNothingIsWritten() {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        SchemaException e = assertThrows(SchemaException.class, () -> new Generator().generate(
                () -> SchemaCollector.collect(List.of(Users.T, Nameless.T, Shapes.T, Posts.T, Events.T)), folder, GenerateOptions.batch()));
        assertEquals(List.of(
                "field Users.age (column \"users\".\"age\"): the default \"abc\" is text, but the column is integer, so every row that leaves the column out holds the text 'abc' where the application reads a number; give a number (defaultValue(1)), or, if the text is really meant (as in a database made by hand), defaultSql(\"'abc'\")",
                C + "Nameless (table \"\"): the table name is empty",
                "field Nameless.code (column \"\".\"code\"): autoincrement needs a single-column INTEGER primary key (SQLite allows AUTOINCREMENT only there)",
                "field Shapes.side (column \"shapes\".\"side\"): generated column \"side\" reads itself (GENERATED ALWAYS AS); SQLite creates the table, then refuses every statement on it (\"generated column loop on ...\"): make one of them read only plain columns",
                C + "Posts (table \"posts\"): check \"posts_n_check\" (n < (select count(*) from users)): SQLite refuses it: subqueries prohibited in CHECK constraints; change its SQL",
                C + "Events (column \"events\".\"at\"): generated column \"at\" reads the current time with unixepoch(), which SQLite allows in no generated column: it creates the table, then refuses every INSERT (\"non-deterministic use of unixepoch() in a generated column\"). For the time a row is written, use a DEFAULT of (unixepoch()); for a time relative to now, compute it in the query"), e.problems());
        assertFalse(Files.exists(folder.dir()), "nothing written");
    }
}
