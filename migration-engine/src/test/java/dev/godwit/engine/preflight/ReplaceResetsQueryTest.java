package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The query counting what a REPLACE resets (run on a local file's rows, shown to be run on D1) found the rows it conflicts with
 * by {@code EXISTS (SELECT 1 FROM new WHERE t.k = new.k)} from each of the table's rows: every row compared with every inserted
 * one, so {@code REPLACE INTO t (k, v) SELECT k || '', v FROM t} on 100,000 rows ran past 500 s in the pre-flight (a review
 * measured 526 s for one column). The rows are found from the inserted rows through the key's index now (241 ms there).
 */
class ReplaceResetsQueryTest {

    private static Map<String, Long> counted(Replica r, String statement) {
        Map<String, Long> out = new HashMap<>();
        DataCheck.countResets(r, statement, 0, out);
        return out.entrySet().stream().collect(Collectors.toMap(e -> e.getKey().replace(LossRules.RESET_BY_REPLACE + 0, ""), Map.Entry::getValue));
    }

    @Test
    void theConflictingRowsAreFoundThroughTheKeysIndexNotByComparingEveryPair() {
        try (Replica r = Replica.empty()) {
            r.exec("CREATE TABLE t (id integer PRIMARY KEY, k text UNIQUE, v integer, note text)");
            r.exec("INSERT INTO t VALUES (1, 'a', 1, 'x'), (2, 'b', 2, NULL), (3, 'c', 3, 'z')");
            ReplaceResets resets = ReplaceResets.of(r, "REPLACE INTO t (k, v) SELECT k || '', v FROM t WHERE id <= 2");
            String note = resets.columns().stream().filter(c -> c.name().equals("note")).findFirst().orElseThrow().query();
            String plan = r.query("EXPLAIN QUERY PLAN " + note).stream().map(x -> String.valueOf(x.get("detail"))).collect(Collectors.joining("\n"));
            assertTrue(plan.contains("SEARCH old USING"), plan);   // each inserted row looks its conflict up by the key's index
            assertFalse(plan.contains("CORRELATED"), plan);           // not a subquery run again for each of the table's rows
            // rows 1 and 2 are replaced; only row 1 holds a note to lose; every row replaced gets a new id
            assertEquals(Map.of("t.note", 1L, "t.id", 2L), counted(r, "REPLACE INTO t (k, v) SELECT k || '', v FROM t WHERE id <= 2"));
        }
    }

    @Test
    void rowsAreCountedOnceWhereTheyMeetTheInsertedRowsOnTwoKeysAndByTheirPrimaryKeyWithoutRowid() {
        try (Replica r = Replica.empty()) {
            r.exec("CREATE TABLE w (a text, b integer, email text UNIQUE, note text, PRIMARY KEY (a, b)) WITHOUT ROWID");
            r.exec("INSERT INTO w VALUES ('x', 1, 'p@x', 'n1'), ('x', 2, 'q@x', 'n2'), ('y', 1, 'r@x', NULL)");
            // one inserted row meets ('x', 1) on the key and ('x', 2) on email; another meets nothing
            assertEquals(Map.of("w.note", 2L), counted(r, "INSERT OR REPLACE INTO w (a, b, email) VALUES ('x', 1, 'q@x'), ('z', 9, 'new@x')"));
            // a row met on both keys by one inserted row counts once
            assertEquals(Map.of("w.note", 1L), counted(r, "INSERT OR REPLACE INTO w (a, b, email) VALUES ('x', 1, 'p@x')"));
        }
    }
}
