package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A red team (round 52): the backfill rules (an UPDATE's bare subquery that finds no row, a CASE without ELSE that no WHEN matches)
 * run on a local file's real rows only; on a remote D1 database's replica, whose synthesised rows match no other table's nor the
 * values a WHEN names, the pre-flight said "no rows removed or rewritten" and the apply emptied the values on D1. There the
 * prediction is now said to be partial, with the query that counts what the UPDATE empties on the database.
 */
class UnseenNullingTest {

    private static final List<String> SCHEMA = List.of(
            "CREATE TABLE customers (id integer PRIMARY KEY, code text)",
            "CREATE TABLE orders (id integer PRIMARY KEY, code text, customer_id integer, plan text)",
            "INSERT INTO customers VALUES (1, 'A'), (2, 'B')",
            "INSERT INTO orders VALUES (10, 'A', 1, 'basic'), (11, 'Z', 2, 'pro'), (12, 'B', NULL, 'enterprise')");

    private static List<String> nulling(String sql) {
        try (Replica r = Replica.empty()) {
            r.runAtomically(SCHEMA, false);
            return UnseenFilteredWrite.nulling(r, new Migration(new JournalEntry(1, "6", 1L, "0001_fill", true), Path.of("0001_fill.sql"), sql));
        }
    }

    /** What the line's query counts, run on the rows above as a database's own. */
    private static long counted(String line) {
        String query = line.substring(line.indexOf("what it empties there: ") + "what it empties there: ".length());
        try (Replica r = Replica.empty()) {
            r.runAtomically(SCHEMA, false);
            return r.count(query);
        }
    }

    @Test
    void aBackfillsSubqueryIsSaidWithTheQueryCountingWhatItEmpties() {
        List<String> out = nulling("UPDATE orders SET customer_id = (SELECT c.id FROM customers c WHERE c.code = orders.code);");
        assertEquals(1, out.size(), out.toString());
        String line = out.get(0).lines().toList().get(1);
        assertEquals("    sets \"orders\".\"customer_id\" to a subquery, which gives NULL where it finds no row: the synthesised rows cannot tell which of the"
                + " database's rows those are; what it empties there: SELECT count(*) FROM orders WHERE \"customer_id\" IS NOT NULL AND NOT EXISTS"
                + " (SELECT c.id FROM customers c WHERE c.code = orders.code)", line);
        assertEquals(1, counted(line));   // order 11, code 'Z'
        assertTrue(UnseenFilteredWrite.whatTheApplyDoes(out).contains("sets that many values to NULL"), UnseenFilteredWrite.whatTheApplyDoes(out));
    }

    @Test
    void aCaseWithoutElseIsSaidWithItsWhereAndWith() {
        List<String> out = nulling("WITH x AS (SELECT 1) UPDATE orders SET plan = CASE WHEN plan = 'basic' THEN 'starter' WHEN plan = 'pro' THEN NULL END"
                + " WHERE id > 10;");
        assertEquals(1, out.size(), out.toString());
        String line = out.get(0).lines().toList().get(1);
        assertTrue(line.startsWith("    sets \"orders\".\"plan\" to a CASE without ELSE, which gives NULL where no WHEN matches"), line);
        assertTrue(line.endsWith("WITH x AS (SELECT 1) SELECT count(*) FROM orders WHERE \"plan\" IS NOT NULL AND (CASE WHEN plan = 'basic' THEN 'starter'"
                + " WHEN plan = 'pro' THEN NULL ELSE '(godwit: no WHEN matched)' END) IS '(godwit: no WHEN matched)' AND (id > 10)"), line);
        assertEquals(1, counted(line));   // 'enterprise'; 'pro' is set to NULL as a WHEN asks
    }

    @Test
    void whatKeepsTheValueSaysNothing() {
        for (String sql : List.of(
                "UPDATE orders SET customer_id = (SELECT c.id FROM customers c WHERE c.code = orders.code) WHERE EXISTS (SELECT 1 FROM customers c"
                        + " WHERE c.code = orders.code);",
                "UPDATE orders SET customer_id = coalesce((SELECT c.id FROM customers c WHERE c.code = orders.code), customer_id);",
                "UPDATE orders SET customer_id = (SELECT max(c.id) FROM customers c WHERE c.code = orders.code);",
                "UPDATE orders SET plan = CASE WHEN plan = 'basic' THEN 'starter' ELSE plan END;",
                "UPDATE orders SET plan = 'x';")) {
            assertEquals(List.of(), nulling(sql), sql);
        }
    }

    /**
     * A guard turned round, {@code WHERE NOT (EXISTS (the same SELECT))} or {@code NOT(EXISTS(...))}, sets exactly the rows the
     * subquery finds none for: all of them emptied. The parenthesis between NOT and EXISTS hid the NOT, and the line was kept back.
     */
    @Test
    void aGuardNegatedInParenthesesIsNoGuard() {
        for (String where : List.of("NOT (EXISTS (SELECT 1 FROM customers c WHERE c.code = orders.code))",
                "NOT(EXISTS(SELECT 1 FROM customers c WHERE c.code = orders.code))", "id > 0 AND NOT ( EXISTS (SELECT 1 FROM customers c WHERE c.code = orders.code))")) {
            String sql = "UPDATE orders SET customer_id = (SELECT c.id FROM customers c WHERE c.code = orders.code) WHERE " + where + ";";
            List<String> lines = nulling(sql);
            assertEquals(1, lines.size(), sql);
            String line = lines.get(0).lines().skip(1).findFirst().orElseThrow();
            assertTrue(line.startsWith("    sets \"orders\".\"customer_id\" to a subquery, which gives NULL where it finds no row"), line);
            assertEquals(1, counted(line), sql);   // order 11 ('Z'): its customer 2 goes
        }
        // in parentheses without NOT it is still the guard
        assertEquals(List.of(), nulling("UPDATE orders SET customer_id = (SELECT c.id FROM customers c WHERE c.code = orders.code) WHERE id > 0 AND"
                + " (EXISTS (SELECT 1 FROM customers c WHERE c.code = orders.code));"));
    }
}
