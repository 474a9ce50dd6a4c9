package dev.godwit.engine.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The names a trigger's SQL holds, which tell the studio the tables a write may reach (strings and comments are no names). */
class SqlNamesTest {

    @Test
    void namesAreBareWordsAndQuotedIdentifiersNotStringsCommentsOrNumbers() {
        assertEquals(List.of("INSERT", "INTO", "a \"b\"", "x", "VALUES", "c d", "e"),
                SqlNames.identifiers("INSERT INTO \"a \"\"b\"\"\" (x) -- audit\n VALUES ('not_a_table', [c d], `e`, 12e3, /* log */ 0x1F)"));
    }

    @Test
    void aTriggersBodyFollowsItsFirstBareBegin() {
        String sql = "CREATE TRIGGER \"begin\" AFTER UPDATE OF name ON t WHEN new.name <> 'BEGIN' BEGIN INSERT INTO audit VALUES (1); END";
        assertEquals(" INSERT INTO audit VALUES (1); END", SqlNames.body(sql));
        assertEquals(List.of("UPDATE", "OF", "name", "ON", "t", "WHEN", "new", "name", "BEGIN"),
                SqlNames.words(sql.substring(0, sql.length() - SqlNames.body(sql).length())).subList(3, 12));
    }

    /** The columns a trigger sets in its own table: those assigned by SET (a tuple's too), not those its values or WHERE read. */
    @Test
    void theColumnsATriggerSetsAreThoseItsSetListAssigns() {
        String body = " UPDATE OR IGNORE main.\"events\" SET \"updated_at\" = (SELECT max(at) FROM clock WHERE clock.k = 1), [n] = n + 1,"
                + " note = CASE WHEN status == 'x' THEN 'a=b' END WHERE rowid = new.rowid; UPDATE other SET gone = 1; UPDATE events SET (a, b) = (1, 2); END";
        assertEquals(java.util.Set.of("updated_at", "n", "note", "a", "b"), SqlNames.setColumns(body, "EVENTS"));
        assertEquals(java.util.Set.of("gone"), SqlNames.setColumns(body, "other"));
    }

    /**
     * A CASE in the SET list ({@code status = CASE WHEN new.done = 1 THEN … END, updated_at = …}): its END was read as the body's,
     * ending the list before {@code updated_at}, and its {@code new.done = 1} as an assignment of {@code done}; a comment's words were
     * read too. Only a name that starts the list or follows one of its commas is assigned.
     */
    @Test
    void aCaseOrACommentInTheSetListNeitherEndsItNorAssigns() {
        String body = " UPDATE events SET status = CASE WHEN new.done = 1 THEN 'done' ELSE status END, -- was: seen = 1\n"
                + " flag = (a = b), /* c = 1, */ updated_at = unixepoch() WHERE rowid = new.rowid; END";
        assertEquals(java.util.Set.of("status", "flag", "updated_at"), SqlNames.setColumns(body, "events"));
    }

    /** A CASE reading {@code IS DISTINCT FROM}: its FROM is the CASE's, not the end of the SET list before {@code updated_at}. */
    @Test
    void aFromInsideACaseEndsNothing() {
        String body = " UPDATE events SET changed = CASE WHEN new.status IS DISTINCT FROM old.status THEN 1 ELSE 0 END,"
                + " updated_at = unixepoch() WHERE rowid = new.rowid; END";
        assertEquals(java.util.Set.of("changed", "updated_at"), SqlNames.setColumns(body, "events"));
    }
}
