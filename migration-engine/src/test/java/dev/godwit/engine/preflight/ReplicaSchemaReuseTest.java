package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.introspect.Introspector;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A replica's schema read again through its {@link Replica#schema() reuse} between migrations (the pre-flight's readings before
 * and after a retype, before edge rows) is what a whole introspection reads, after each change a migration can make to a table
 * while its name stays: columns, indexes, a drop and create under the same name, a case-only rename, a parent's key, a view.
 */
class ReplicaSchemaReuseTest {

    private static TableDef table(SchemaDef s, String name) {
        return s.tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    /** Runs one migration's statements on the replica and checks its reused reading against a whole one. */
    private static SchemaDef after(Replica r, String... statements) {
        r.runAtomically(List.of(statements), false);
        SchemaDef reused = r.schema();
        assertEquals(Introspector.introspect(r), reused, String.join("; ", statements));
        return reused;
    }

    @Test
    void aTableAMigrationChangedIsNeverTakenAsItWas() {
        try (SqliteDatabase live = SqliteDatabase.inMemory()) {
            live.runAtomically(List.of(
                    "CREATE TABLE teams (id integer, code text NOT NULL)",
                    "CREATE TABLE users (id integer PRIMARY KEY, team integer REFERENCES teams, name text)",
                    "CREATE TABLE notes (id integer PRIMARY KEY, body text)"), false);
            try (Replica r = Replica.schemaOf(live, Set.of()).withD1Limits()) {
                assertEquals(Introspector.introspect(r), r.schema());
                assertEquals(List.of(), table(r.schema(), "users").foreignKeys());   // teams has no primary key: the key is left out

                assertEquals(List.of("id", "body", "pinned"), table(after(r, "ALTER TABLE notes ADD pinned integer DEFAULT 0"), "notes").columnNames());
                assertEquals(List.of("id", "text", "pinned"), table(after(r, "ALTER TABLE notes RENAME COLUMN body TO text"), "notes").columnNames());
                assertEquals(List.of("id", "text"), table(after(r, "ALTER TABLE notes DROP COLUMN pinned"), "notes").columnNames());
                // dropped and created again under its name with other columns, and with the very same statement
                assertEquals(List.of("id", "title"), table(after(r, "DROP TABLE notes", "CREATE TABLE notes (id integer PRIMARY KEY, title text)"), "notes").columnNames());
                after(r, "DROP TABLE notes", "CREATE TABLE notes (id integer PRIMARY KEY, title text)");
                // an index added, made unique, dropped: the table's statement is the same
                assertEquals(1, table(after(r, "CREATE INDEX notes_title ON notes (title)"), "notes").indexes().size());
                assertEquals(true, table(after(r, "DROP INDEX notes_title", "CREATE UNIQUE INDEX notes_title ON notes (title)"), "notes").indexes().get(0).unique());
                assertEquals(List.of(), table(after(r, "DROP INDEX notes_title"), "notes").indexes());
                // drizzle-kit's case-only rename (a rebuild under the new spelling)
                SchemaDef cased = after(r, "CREATE TABLE __new_Notes (id integer PRIMARY KEY, title text)", "INSERT INTO __new_Notes SELECT * FROM notes",
                        "DROP TABLE notes", "ALTER TABLE __new_Notes RENAME TO Notes");
                assertEquals(List.of("Notes", "teams", "users"), cased.tables().stream().map(TableDef::name).sorted().toList());
                // the parent rebuilt with a primary key: users' statement is the same, its key now stands
                SchemaDef keyed = after(r, "CREATE TABLE __new_teams (id integer PRIMARY KEY, code text NOT NULL)", "INSERT INTO __new_teams SELECT * FROM teams",
                        "DROP TABLE teams", "ALTER TABLE __new_teams RENAME TO teams");
                assertEquals("teams", table(keyed, "users").foreignKeys().get(0).refTable());
                // a view and a trigger over a table leave it as it was; a TEMP table of another name stops no reading
                after(r, "CREATE VIEW named AS SELECT id, name FROM users",
                        "CREATE TRIGGER users_named AFTER INSERT ON users BEGIN UPDATE users SET name = trim(name) WHERE id = new.id; END");
                after(r, "CREATE TEMP TABLE scratch (x)", "ALTER TABLE users ADD email text");
                after(r, "DROP TABLE temp.scratch");
            }
        }
    }
}
