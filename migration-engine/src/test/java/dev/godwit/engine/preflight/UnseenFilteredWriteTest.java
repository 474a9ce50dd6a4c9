package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a filtered write is read on a replica holding rows that stand for D1's: the query it prints counts what the statement
 * changes, and statements that are no filtered DELETE or key-changing UPDATE of their own say nothing.
 */
class UnseenFilteredWriteTest {

    static List<String> unseen(String sql) {
        return unseenWith(List.of(), sql);
    }

    /** {@link #unseen} with {@code more} (triggers) on the replica's schema. */
    static List<String> unseenWith(List<String> more, String sql) {
        try (Replica r = Replica.empty()) {
            r.runAtomically(List.of("CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL)",
                    "CREATE TABLE moves (old integer, new integer, kind text)",
                    "INSERT INTO customers VALUES (1, 'gen-1'), (2, 'gen-2')", "INSERT INTO moves VALUES (1, 101, 'gen')"), false);
            if (!more.isEmpty()) r.runAtomically(more, false);
            List<String> out = UnseenFilteredWrite.in(r, new Migration(new JournalEntry(1, "6", 1L, "0001_fix", true), Path.of("0001_fix.sql"), sql));
            assertEquals(List.of("2"), r.query("SELECT count(*) AS n FROM customers").stream().map(m -> String.valueOf(m.get("n"))).toList(),
                    "the replica is left as it was");
            return out;
        }
    }

    /**
     * An INSERT's trigger that deletes: counted per inserted row (NEW) with the trigger's WHEN; one that deletes from a table it
     * also inserts into (a search row kept in step), deletes every row (the synthesised ones too) or writes only is not named.
     */
    @Test
    void anInsertsDeletingTriggerIsCountedPerInsertedRow() {
        List<String> out = unseenWith(List.of("CREATE TRIGGER moves_clear AFTER INSERT ON moves WHEN NEW.kind = 'merge' BEGIN"
                + " INSERT INTO moves (old, new, kind) SELECT 0, 0, 'log' WHERE 0; DELETE FROM customers WHERE id = NEW.old; END"),
                "INSERT INTO moves SELECT 7, 8, 'merge';");
        assertEquals(1, out.size(), out.toString());
        assertEquals("    fires trigger \"moves_clear\", whose DELETE meets none of the synthesised rows of \"customers\", so what it removes there was"
                + " not tried; what it matches on the database: WITH new(\"old\", \"new\", \"kind\") AS (SELECT 7, 8, 'merge') SELECT"
                + " coalesce(sum((SELECT count(*) FROM customers WHERE id = NEW.old)), 0) FROM new WHERE NEW.kind = 'merge'", out.get(0).lines().toList().get(1));
        // the replica's customer 1 meets it: tried there
        assertEquals(List.of(), unseenWith(List.of("CREATE TRIGGER moves_clear AFTER INSERT ON moves BEGIN DELETE FROM customers WHERE id = NEW.old; END"),
                "INSERT INTO moves VALUES (1, 8, 'merge');"));
        assertEquals(List.of(), unseenWith(List.of("CREATE TRIGGER moves_all AFTER INSERT ON moves BEGIN DELETE FROM customers; END",
                "CREATE TRIGGER moves_step AFTER INSERT ON moves BEGIN DELETE FROM moves WHERE old = NEW.old AND rowid <> NEW.rowid;"
                        + " INSERT INTO moves (old, new, kind) SELECT 0, 0, 'x' WHERE 0; END",
                "CREATE TRIGGER moves_log AFTER INSERT ON moves BEGIN UPDATE customers SET name = 'moved' WHERE id = NEW.old; END"),
                "INSERT INTO moves VALUES (7, 8, 'merge');"));
    }

    /** UPDATE ... FROM changes the rows of its table for which some row of the FROM meets the condition: counted with EXISTS. */
    @Test
    void anUpdateFromIsCountedWithExists() {
        List<String> out = unseen("UPDATE customers SET id = moves.new FROM moves WHERE moves.old = customers.id AND moves.kind = 'renumber';");
        assertEquals(1, out.size(), out.toString());
        assertEquals("    meets none of the synthesised rows of \"customers\", so what changing their key \"id\" does there was not tried; what it"
                + " matches on the database: SELECT count(*) FROM customers WHERE EXISTS (SELECT 1 FROM moves WHERE moves.old = customers.id AND"
                + " moves.kind = 'renumber')", out.get(0).lines().toList().get(1));
        assertEquals(List.of(), unseen("UPDATE customers SET id = moves.new FROM moves WHERE moves.old = customers.id AND moves.kind = 'gen';"));
    }

    /**
     * The condition ends before RETURNING; an INSERT's upsert after a WITH (ON CONFLICT DO UPDATE) is no UPDATE of its own: its
     * rows are the ones the inserted rows conflict with (none of the synthesised ones is named 'nobody'), counted with the
     * inserted rows as "excluded" after the statement's WITH.
     */
    @Test
    void theConditionEndsAtReturningAndAnUpsertIsNoUpdate() {
        List<String> out = unseen("UPDATE customers SET id = id + 100 WHERE name = 'Bob' RETURNING id;");
        assertEquals(1, out.size(), out.toString());
        assertEquals(true, out.get(0).endsWith("what it matches on the database: SELECT count(*) FROM customers WHERE name = 'Bob'"), out.get(0));
        out = unseen("WITH v AS (SELECT 1 AS id, 'x' AS name) INSERT INTO customers SELECT id, name FROM v WHERE true"
                + " ON CONFLICT (id) DO UPDATE SET id = excluded.id + 100 WHERE customers.name = 'nobody';");
        assertEquals(1, out.size(), out.toString());
        assertEquals("    its DO UPDATE meets none of the synthesised rows of \"customers\", so what changing their key \"id\" does there was not"
                + " tried; what it matches on the database: WITH v AS (SELECT 1 AS id, 'x' AS name), excluded(\"id\", \"name\") AS (SELECT id,"
                + " name FROM v WHERE true) SELECT count(*) FROM excluded WHERE EXISTS (SELECT 1 FROM customers WHERE customers.id = excluded.id"
                + " AND (customers.name = 'nobody'))", out.get(0).lines().toList().get(1));
        // the replica's row 1 conflicts and is named 'gen-1': tried there
        assertEquals(List.of(), unseen("WITH v AS (SELECT 1 AS id, 'x' AS name) INSERT INTO customers SELECT id, name FROM v WHERE true"
                + " ON CONFLICT (id) DO UPDATE SET id = excluded.id + 100 WHERE customers.name = 'gen-1';"));
    }

    /**
     * How an upsert's rows are counted: through its alias, on any key the INSERT gives when ON CONFLICT names none, one clause
     * for each DO UPDATE that changes a key; a DO UPDATE of no key, or one setting the conflict's key to itself, changes no row's place.
     */
    @Test
    void anUpsertIsCountedOnTheRowsItsInsertedRowsConflictWith() {
        List<String> out = unseen("INSERT INTO customers AS c (id, name) VALUES (7, 'Bob') ON CONFLICT DO UPDATE SET id = c.id + 100 RETURNING id;");
        assertEquals(true, out.get(0).endsWith("what it matches on the database: WITH excluded(id, name) AS (VALUES (7, 'Bob')) SELECT count(*)"
                + " FROM excluded WHERE EXISTS (SELECT 1 FROM customers AS c WHERE c.id = excluded.id)"), out.get(0));
        out = unseen("INSERT INTO customers (id, name) VALUES (7, 'Bob') ON CONFLICT (name) DO NOTHING ON CONFLICT (id) DO UPDATE SET id = 8;");
        assertEquals(true, out.get(0).endsWith("SELECT count(*) FROM excluded WHERE EXISTS (SELECT 1 FROM customers WHERE customers.id = excluded.id)"), out.get(0));
        assertEquals(List.of(), unseen("INSERT INTO customers (id, name) VALUES (7, 'Bob') ON CONFLICT (id) DO UPDATE SET name = excluded.name;"));
        assertEquals(List.of(), unseen("INSERT INTO customers (id, name) VALUES (7, 'Bob') ON CONFLICT (id) DO UPDATE SET id = excluded.id, name = excluded.name;"));
        assertEquals(List.of(), unseen("INSERT INTO customers (id, name) VALUES (7, 'Bob') ON CONFLICT (id) DO NOTHING;"));
        assertEquals(List.of(), unseen("INSERT INTO customers (id, name) VALUES (7, 'Bob');"));
    }
}
