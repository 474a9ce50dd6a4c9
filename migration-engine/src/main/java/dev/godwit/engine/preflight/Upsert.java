package dev.godwit.engine.preflight;

import dev.godwit.engine.sql.CallArguments;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.schema.model.SqliteNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An {@code INSERT ... ON CONFLICT ... DO UPDATE SET ...} read for what its DO UPDATE reaches: the rows of the table the inserted
 * rows conflict with. On a replica of remote D1 no generated row conflicts with a seed's {@code VALUES (2, …)}, so the DO UPDATE
 * runs on none there, while on D1 it updates the real row 2. The count of those rows is a query any SQLite runs: the inserted
 * rows as a CTE named {@code excluded} (as the upsert names them, so its own {@code excluded.x} reads as written), each counted
 * when some row of the table conflicts with it and meets the DO UPDATE's WHERE:
 * {@code WITH excluded(id, name) AS (VALUES (2, 'x')) SELECT count(*) FROM excluded WHERE EXISTS (SELECT 1 FROM customers WHERE
 * customers.id = excluded.id)}. The table is the inner query's, so a bare column of the WHERE is the table's, as in the upsert.
 *
 * @param table   the table written to, by name
 * @param target  the table as the statement writes it, with its alias ({@code customers AS c})
 * @param rows    the CTE of the inserted rows: {@code excluded(id, name) AS (VALUES ...)}
 * @param clauses its DO UPDATE clauses
 */
record Upsert(String table, String target, String rows, List<Clause> clauses) {

    /**
     * One DO UPDATE: the columns it sets, those of them it only sets to the value they have ({@code id = excluded.id} on a
     * conflict on id), and when a row of the table is one it updates.
     */
    record Clause(List<String> columns, List<String> unchanged, String condition) {
    }

    /**
     * The upsert of {@code t} (a trailing {@code ;} left off) of {@code code}, whose INSERT writes {@code rows}, or null when it has no
     * DO UPDATE whose rows can be counted.
     */
    static Upsert of(Replica r, String code, List<SqlLexer.Token> t, InsertedRows rows) {
        List<Clause> clauses = new ArrayList<>();
        for (int[] c : conflictClauses(t, rows.end())) {
            Clause clause = clause(r, code, t, c[0] + 2, c[1], rows.table(), rows.ref(), rows.columns());
            if (clause != null) clauses.add(clause);
        }
        if (clauses.isEmpty()) return null;
        return new Upsert(rows.table(), rows.target(), rows.as("excluded"), clauses);
    }

    /**
     * The ON CONFLICT clauses of an INSERT, read from {@code from} (after its rows) outside parentheses: each from its ON to the next
     * ON CONFLICT, its RETURNING or the end, as {start, end}.
     */
    static List<int[]> conflictClauses(List<SqlLexer.Token> t, int from) {
        List<Integer> conflicts = new ArrayList<>();
        int end = t.size();
        for (int j = from, depth = 0; j < t.size(); j++) {
            if (t.get(j).isPunct("(")) depth++;
            else if (t.get(j).isPunct(")")) depth--;
            else if (depth == 0 && j + 1 < t.size() && t.get(j).is("ON") && t.get(j + 1).is("CONFLICT")) conflicts.add(j);
            else if (depth == 0 && t.get(j).is("RETURNING")) {
                end = j;
                break;
            }
        }
        List<int[]> out = new ArrayList<>();
        for (int c = 0; c < conflicts.size(); c++) out.add(new int[] {conflicts.get(c), c + 1 < conflicts.size() ? conflicts.get(c + 1) : end});
        return out;
    }

    /** Whether the INSERT or REPLACE {@code t} has an ON CONFLICT ... DO UPDATE (not DO NOTHING, which writes nothing). */
    static boolean updates(List<SqlLexer.Token> t) {
        for (int[] c : conflictClauses(t, 0)) if (doUpdateSet(t, c) >= 0) return true;
        return false;
    }

    /** Where the SET of the DO UPDATE SET of an ON CONFLICT {@code clause} ({@link #conflictClauses}) stands; -1 for DO NOTHING. */
    static int doUpdateSet(List<SqlLexer.Token> t, int[] clause) {
        for (int j = clause[0] + 2, depth = 0; j + 2 < clause[1]; j++) {
            if (t.get(j).isPunct("(")) depth++;
            else if (t.get(j).isPunct(")")) depth--;
            else if (depth == 0 && t.get(j).is("DO") && t.get(j + 1).is("UPDATE") && t.get(j + 2).is("SET")) return j + 2;
        }
        return -1;
    }

    /**
     * The ON CONFLICT clause between {@code from} (after ON CONFLICT) and {@code to}: null for DO NOTHING, or a target this cannot
     * read (an expression); else what its DO UPDATE sets and when a row of the table is one it updates.
     */
    private static Clause clause(Replica r, String code, List<SqlLexer.Token> t, int from, int to, String table, String ref, List<String> inserted) {
        int k = from;
        List<List<String>> conflictKeys = new ArrayList<>();
        String targetWhere = null;
        if (k < to && t.get(k).isPunct("(")) {
            List<String> target = new ArrayList<>();
            List<CallArguments.Argument> keys = CallArguments.of(t, k + 1, to);
            for (CallArguments.Argument a : keys) {
                if (!t.get(a.start()).isName()) return null;   // an expression index's target: not read
                target.add(t.get(a.start()).text());
            }
            k = (keys.isEmpty() ? k + 1 : keys.get(keys.size() - 1).end()) + 1;   // past the target's closing parenthesis
            conflictKeys.add(target);
            if (k < to && t.get(k).is("WHERE")) {
                int w = k + 1;
                while (k < to && !t.get(k).is("DO")) k++;
                targetWhere = code.substring(t.get(w).start(), t.get(k - 1).end());
            }
        } else {
            // no target: a conflict on any key whose columns the INSERT gives
            conflictKeys.addAll(uniqueKeys(r, table, inserted));
        }
        if (k + 2 >= to || !t.get(k).is("DO") || !t.get(k + 1).is("UPDATE") || !t.get(k + 2).is("SET") || conflictKeys.isEmpty()) return null;
        List<String> columns = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<dev.godwit.engine.sql.SetList.Assignment> assignments = dev.godwit.engine.sql.SetList.assignments(t, k + 3, to);
        int setEnd = assignments.isEmpty() ? k + 3 : assignments.get(assignments.size() - 1).end();
        int where = setEnd < to && t.get(setEnd).is("WHERE") ? setEnd : -1;
        for (dev.godwit.engine.sql.SetList.Assignment a : assignments) {
            int j = a.start();
            columns.addAll(a.columns());
            // "id = excluded.id" on a conflict on id sets the value the row has already
            if (t.get(j).isName() && a.end() - j == 5 && t.get(j + 2).is("excluded") && t.get(j + 3).isPunct(".") && t.get(j + 4).isName()
                    && SqliteNames.key(t.get(j + 4).name()).equals(SqliteNames.key(t.get(j).name())) && conflictKeys.size() == 1
                    && conflictKeys.get(0).stream().anyMatch(c -> SqliteNames.key(SqlLexer.unquote(c)).equals(SqliteNames.key(t.get(j).name())))) {
                unchanged.add(t.get(j).name());
            }
        }
        List<String> matches = new ArrayList<>();
        for (List<String> key : conflictKeys) {
            matches.add(String.join(" AND ", key.stream().map(c -> ref + "." + c + " = excluded." + c).toList()));
        }
        String match = matches.size() == 1 ? matches.get(0) : "(" + String.join(") OR (", matches) + ")";
        if (targetWhere != null) match += " AND (" + targetWhere + ")";
        if (where >= 0 && where + 1 < to) match += " AND (" + code.substring(t.get(where + 1).start(), t.get(to - 1).end()) + ")";
        return new Clause(columns, unchanged, match);
    }

    /** The keys (PRIMARY KEY, UNIQUE) of {@code table} all of whose columns {@code inserted} names, as it writes them. */
    private static List<List<String>> uniqueKeys(Replica r, String table, List<String> inserted) {
        return uniqueKeys(r, table, inserted, true);
    }

    /** As above; {@code partial}: with the UNIQUE indexes that have a WHERE (a conflict there only among the rows it covers). */
    static List<List<String>> uniqueKeys(Replica r, String table, List<String> inserted, boolean partial) {
        Map<String, String> written = new java.util.HashMap<>();
        for (String c : inserted) written.put(SqliteNames.key(SqlLexer.unquote(c)), c);
        Map<String, List<String>> keys = new java.util.LinkedHashMap<>();
        for (Map<String, Object> row : r.query("SELECT 'pk' AS k, name, pk AS n FROM pragma_table_info(?) WHERE pk > 0 UNION ALL SELECT l.name, i.name, i.seqno"
                + " FROM pragma_index_list(?) l, pragma_index_info(l.name) i WHERE l.\"unique\" = 1" + (partial ? "" : " AND l.partial = 0") + " ORDER BY 1, 3", table, table)) {
            keys.computeIfAbsent(String.valueOf(row.get("k")), x -> new ArrayList<>()).add(row.get("name") == null ? null : String.valueOf(row.get("name")));
        }
        List<List<String>> out = new ArrayList<>();
        for (List<String> key : keys.values()) {
            if (key.stream().allMatch(c -> c != null && written.containsKey(SqliteNames.key(c)))) {
                List<String> cols = key.stream().map(c -> written.get(SqliteNames.key(c))).toList();
                if (!out.contains(cols)) out.add(cols);
            }
        }
        return out;
    }
}
