package dev.godwit.engine.preflight;

import dev.godwit.engine.sql.Quoting;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The condition on a table's rows that rows written to it ({@code new}, a common table expression of the query) meet on a
 * key: the rows a REPLACE deletes, or resets. Found from the written rows through the key's index, by the table's rowid (or a
 * WITHOUT ROWID table's primary key): {@code EXISTS (SELECT 1 FROM new WHERE ...)} asked of each of the table's rows compared
 * every row with every written one, as SQLite builds no index over {@code new} (a REPLACE of 50,000 computed keys into 100,000
 * rows ran past 300 s; a quarter of a second this way), and D1 stops a query at 30 s.
 */
final class KeyConflicts {

    private KeyConflicts() {
    }

    /**
     * The condition on {@code table}'s rows, named {@code ref} in the query, that {@code new} meets on one of the keys {@code on}
     * gives: given the name of the table's row, one condition per key between it and {@code new} ({@code (old.email = new.email)}).
     * EXISTS stays where no rowid names a row (every rowid name taken by a column).
     */
    static String condition(Replica r, String table, String ref, Function<String, List<String>> on) {
        String rowid = UnseenFilteredWrite.rowidOf(r, table);   // null for a WITHOUT ROWID table too: asked only then
        List<String> id = rowid != null ? List.of(rowid) : !UnseenFilteredWrite.withoutRowid(r, table) ? List.of()
                : r.query("SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk", table).stream()
                        .map(c -> Quoting.doubleQuoted(String.valueOf(c.get("name")))).toList();
        if (id.isEmpty()) return "EXISTS (SELECT 1 FROM new WHERE " + String.join(" OR ", on.apply(ref)) + ")";
        String quoted = Quoting.doubleQuoted(table);
        List<String> hits = new ArrayList<>();
        for (String match : on.apply("old")) {
            hits.add("SELECT " + String.join(", ", id.stream().map(c -> "old." + c).toList()) + " FROM new JOIN " + quoted + " AS old ON " + match);
        }
        String row = id.size() == 1 ? ref + "." + id.get(0) : "(" + String.join(", ", id.stream().map(c -> ref + "." + c).toList()) + ")";
        return row + " IN (" + String.join(" UNION ", hits) + ")";
    }
}
