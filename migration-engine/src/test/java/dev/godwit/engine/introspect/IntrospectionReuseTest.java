package dev.godwit.engine.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A database introspected again with {@link IntrospectionReuse} gives what a whole introspection gives, after each kind of
 * change: a table whose statements are the same is taken as it was, one whose own, index or parent statements changed is read.
 */
class IntrospectionReuseTest {

    private static TableDef table(SchemaDef s, String name) {
        return s.tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aTableIsReadAgainWhenItsOwnItsIndexesOrItsParentsStatementsChanged() {
        try (SqliteDatabase db = SqliteDatabase.inMemory()) {
            IntrospectionReuse reuse = new IntrospectionReuse();
            db.runAtomically(List.of(
                    "CREATE TABLE teams (id integer, code text NOT NULL)",
                    // a key naming no columns references the parent's primary key: none yet, so it is left out
                    "CREATE TABLE players (id integer PRIMARY KEY, team integer REFERENCES teams, name text)",
                    "CREATE TABLE other (id integer PRIMARY KEY)"), false);
            SchemaDef first = Introspector.introspect(db, reuse);
            assertEquals(Introspector.introspect(db), first);
            assertEquals(List.of(), table(first, "players").foreignKeys());

            SchemaDef again = Introspector.introspect(db, reuse);
            assertEquals(first, again);
            assertSame(table(first, "players"), table(again, "players"));   // taken as it was, not read again

            // the parent rebuilt with a primary key: the child's statement is the same, yet its key now stands
            db.runAtomically(List.of("CREATE TABLE __new_teams (id integer PRIMARY KEY, code text NOT NULL)",
                    "INSERT INTO __new_teams SELECT * FROM teams", "DROP TABLE teams", "ALTER TABLE __new_teams RENAME TO teams"), false);
            SchemaDef rebuilt = Introspector.introspect(db, reuse);
            assertEquals(Introspector.introspect(db), rebuilt);
            assertEquals("teams", table(rebuilt, "players").foreignKeys().get(0).refTable());
            assertSame(table(again, "other"), table(rebuilt, "other"));

            db.runAtomically(List.of("CREATE INDEX players_name ON players (lower(name))"), false);
            SchemaDef indexed = Introspector.introspect(db, reuse);
            assertEquals(Introspector.introspect(db), indexed);
            assertEquals(List.of("players_name"), table(indexed, "players").indexes().stream().map(i -> i.name()).toList());

            db.runAtomically(List.of("ALTER TABLE other RENAME COLUMN id TO other_id", "DROP INDEX players_name"), false);
            SchemaDef renamed = Introspector.introspect(db, reuse);
            assertEquals(Introspector.introspect(db), renamed);
            assertEquals(List.of("other_id"), table(renamed, "other").columnNames());
            assertEquals(List.of(), table(renamed, "players").indexes());
        }
    }

    @Test
    void aTempTableHidingAMainOneIsNotTakenForItOrReusedAfter() {
        try (SqliteDatabase db = SqliteDatabase.inMemory()) {
            IntrospectionReuse reuse = new IntrospectionReuse();
            db.runAtomically(List.of("CREATE TABLE users (id integer PRIMARY KEY, name text)"), false);
            assertEquals(Introspector.introspect(db), Introspector.introspect(db, reuse));
            // the PRAGMAs read the TEMP table of that name, as a whole introspection does; main's CREATE did not change
            db.runAtomically(List.of("CREATE TEMP TABLE users (x)"), false);
            assertEquals(Introspector.introspect(db), Introspector.introspect(db, reuse));
            db.runAtomically(List.of("DROP TABLE temp.users"), false);
            SchemaDef after = Introspector.introspect(db, reuse);
            assertEquals(Introspector.introspect(db), after);
            assertEquals(List.of("id", "name"), table(after, "users").columnNames());
        }
    }
}
