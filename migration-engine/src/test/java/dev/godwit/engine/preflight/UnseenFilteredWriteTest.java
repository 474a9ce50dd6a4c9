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
        try (Replica r = Replica.empty()) {
            r.runAtomically(List.of("CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL)",
                    "CREATE TABLE moves (old integer, new integer, kind text)",
                    "INSERT INTO customers VALUES (1, 'gen-1'), (2, 'gen-2')", "INSERT INTO moves VALUES (1, 101, 'gen')"), false);
            List<String> out = UnseenFilteredWrite.in(r, new Migration(new JournalEntry(1, "6", 1L, "0001_fix", true), Path.of("0001_fix.sql"), sql));
            assertEquals(List.of("2"), r.query("SELECT count(*) AS n FROM customers").stream().map(m -> String.valueOf(m.get("n"))).toList(),
                    "the replica is left as it was");
            return out;
        }
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

    /** The condition ends before RETURNING; an INSERT's upsert after a WITH (ON CONFLICT DO UPDATE) is no UPDATE of its own. */
    @Test
    void theConditionEndsAtReturningAndAnUpsertIsNoUpdate() {
        List<String> out = unseen("UPDATE customers SET id = id + 100 WHERE name = 'Bob' RETURNING id;");
        assertEquals(1, out.size(), out.toString());
        assertEquals(true, out.get(0).endsWith("what it matches on the database: SELECT count(*) FROM customers WHERE name = 'Bob'"), out.get(0));
        assertEquals(List.of(), unseen("WITH v AS (SELECT 1 AS id, 'x' AS name) INSERT INTO customers SELECT id, name FROM v WHERE true"
                + " ON CONFLICT (id) DO UPDATE SET id = excluded.id + 100 WHERE customers.name = 'nobody';"));
    }
}
