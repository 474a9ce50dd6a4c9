package dev.godwit.engine.preflight;

import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.schema.model.SqliteNames;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The statements of a migration that only move rows: a rebuild takes a table's rows out and puts them back
 * ({@code DELETE FROM t} with no WHERE, then {@code INSERT INTO t ... SELECT ... FROM} the copy it made of t), or drops
 * a table it builds again (fills from its copy, or renames a new table to its name: its children's rows cascade away and
 * come back). Nobody asked for the triggers these statements fire to write audit rows or stamp the rows put back; a
 * hand-written {@code DELETE ... WHERE} or {@code UPDATE} means its triggers to fire.
 */
final class MovedRows {

    private final Set<Integer> moving = new HashSet<>();
    private final Set<String> refilled = new HashSet<>();   // tables emptied (DELETE or DROP) and filled again from their copy, case-folded
    private final Map<String, List<String>> putBack = new HashMap<>();   // refilled table to the columns put back as they were ("*": all)
    private final Map<Integer, String> restores = new HashMap<>();   // an INSERT that moves rows back to its table
    private final Set<String> updated = new HashSet<>();    // tables an UPDATE whose rows stay names as its target, case-folded

    MovedRows(List<String> statements) {
        List<List<SqlLexer.Token>> tokens = statements.stream().map(MovedRows::tokens).toList();
        Map<String, String> copies = new HashMap<>();   // CREATE TABLE copy AS SELECT * FROM t: copy to t, case-folded
        Set<String> emptied = new HashSet<>();
        Map<Integer, String> dropped = new HashMap<>();   // DROP TABLE statement to the table it drops
        Set<String> builtAgain = new HashSet<>();   // tables the migration fills from their copy or renames a new table to
        Set<String> changedCopies = new HashSet<>();   // tables an UPDATE, INSERT or DELETE ... WHERE writes: a copy written to no longer holds the rows as they were
        Map<String, Integer> copyMadeAt = new HashMap<>();   // copy to the statement that made it
        Map<Integer, String> updates = new HashMap<>();   // UPDATE statement to its table
        Map<String, List<Integer>> emptiedAt = new HashMap<>();   // table to the statements that empty it (DELETE without WHERE, DROP TABLE)
        for (int i = 0; i < tokens.size(); i++) {
            List<SqlLexer.Token> t = tokens.get(i);
            if (t.isEmpty()) continue;
            if (t.size() >= 3 && t.get(0).is("CREATE") && t.get(1).is("TABLE")) {
                // a copy of every row as it is: CREATE TABLE copy AS SELECT * FROM t (a SELECT that computes columns changes them)
                if (t.size() == 8 && t.get(3).is("AS") && t.get(4).is("SELECT") && t.get(5).isPunct("*") && t.get(6).is("FROM")) {
                    String name = nameAt(t, 2);
                    String from = nameAt(t, 7);
                    if (name != null && from != null) {
                        copies.put(name, from);
                        copyMadeAt.putIfAbsent(name, i);
                    }
                }
            } else if (t.size() >= 3 && t.get(0).is("DROP") && t.get(1).is("TABLE")) {
                String name = nameAt(t, t.size() > 4 && t.get(2).is("IF") && t.get(3).is("EXISTS") ? 4 : 2);
                if (name != null) {
                    dropped.put(i, name);   // a move only if the table is built again, below
                    emptied.add(name);
                    emptiedAt.computeIfAbsent(name, k -> new java.util.ArrayList<>()).add(i);
                }
            } else if (t.size() >= 6 && t.get(0).is("ALTER") && t.get(1).is("TABLE") && t.get(t.size() - 3).is("RENAME")
                    && t.get(t.size() - 2).is("TO") && t.get(t.size() - 1).isName()) {
                builtAgain.add(SqliteNames.key(t.get(t.size() - 1).name()));   // drizzle-kit's rebuild: __new_t renamed to t
            } else if (t.get(0).is("UPDATE")) {
                int at = t.size() > 3 && t.get(1).is("OR") ? 3 : 1;
                String name = nameAt(t, at);
                if (name != null) updates.put(i, name);
            } else if (t.size() >= 3 && t.get(0).is("DELETE") && t.get(1).is("FROM")) {
                String name = nameAt(t, 2);
                int whole = t.size() > 3 && t.get(3).isPunct(".") ? 5 : 3;   // nothing after the name: no WHERE
                if (name != null && t.size() == whole) {
                    emptied.add(name);
                    emptiedAt.computeIfAbsent(name, k -> new java.util.ArrayList<>()).add(i);
                    moving.add(i);   // kept only if the rows come back, below
                }
                if (name != null && t.size() != whole) changedCopies.add(name);
            }
            String into = insertTarget(t);
            if (into != null) changedCopies.add(into);
        }
        changedCopies.addAll(updates.values());
        copies.keySet().removeAll(changedCopies);
        for (int i = 0; i < tokens.size(); i++) {
            String into = insertTarget(tokens.get(i));
            if (into == null) continue;
            List<String> columns = readsCopyOf(tokens.get(i), into, copies);
            if (columns == null) continue;
            moving.add(i);
            restores.put(i, into);
            builtAgain.add(into);
            if (emptied.contains(into)) {
                refilled.add(into);
                putBack.merge(into, columns, (a, b) -> a.contains("*") ? b : a);
            }
        }
        // An UPDATE of rows that a later statement throws away (a rebuild's cut of a reference before the sweep, SweepReferences:
        // the rows come back from the copy made before it, or go with their table) only moves rows too: what its triggers
        // write elsewhere (an audit row per row "moved to 2-1") nobody asked for. Any other UPDATE rewrites rows on purpose.
        for (Map.Entry<Integer, String> u : updates.entrySet()) {
            int at = u.getKey();
            String table = u.getValue();
            boolean thrownAway = emptiedAt.getOrDefault(table, List.of()).stream().anyMatch(k -> k > at);
            boolean copiedBefore = copies.entrySet().stream().anyMatch(c -> c.getValue().equals(table) && copyMadeAt.get(c.getKey()) < at);
            boolean goneForGood = dropped.entrySet().stream().anyMatch(d -> d.getKey() > at && d.getValue().equals(table)) && !builtAgain.contains(table);
            if (thrownAway && (copiedBefore && refilled.contains(table) || goneForGood)) moving.add(at);
            else updated.add(table);
        }
        // a DROP TABLE whose table is not built again removes its rows, and its children's, for good: a cleanup too
        for (Map.Entry<Integer, String> d : dropped.entrySet()) if (builtAgain.contains(d.getValue())) moving.add(d.getKey());
        // a DELETE whose rows never come back is a cleanup the migration asked for
        for (int i = 0; i < tokens.size(); i++) {
            List<SqlLexer.Token> t = tokens.get(i);
            if (moving.contains(i) && !t.isEmpty() && t.get(0).is("DELETE") && !refilled.contains(nameAt(t, 2))) moving.remove(i);
        }
    }

    /** Whether statement {@code i} only moves rows (so what its triggers write was not asked for). */
    boolean moves(int i) {
        return moving.contains(i);
    }

    /** Whether the migration empties {@code table} and fills it again from its copy, and no UPDATE of its own names it. */
    boolean refills(String table) {
        String key = SqliteNames.key(table);
        return refilled.contains(key) && !updated.contains(key);
    }

    /** Whether the migration puts {@code column} of {@code table}'s rows back as it was (a rebuild may compute the others). */
    boolean putsBack(String table, String column) {
        List<String> columns = putBack.getOrDefault(SqliteNames.key(table), List.of());
        return columns.contains("*") || columns.contains(SqliteNames.key(column));
    }

    /** The table statement {@code i} puts moved rows back into, case-folded; null when it is no such INSERT. */
    String restoreInto(int i) {
        return restores.get(i);
    }

    /** The first statement that puts rows back into {@code table}, or -1. */
    int refillStatement(List<String> statements, String table) {
        for (int i = 0; i < statements.size(); i++) {
            if (SqliteNames.key(table).equals(insertTarget(tokens(statements.get(i))))) return i;
        }
        return -1;
    }

    private static List<SqlLexer.Token> tokens(String statement) {
        List<SqlLexer.Token> t = SqlLexer.significant(statement);
        return !t.isEmpty() && t.get(t.size() - 1).isPunct(";") ? t.subList(0, t.size() - 1) : t;
    }

    /** The table named at {@code at} ({@code name} or {@code schema.name}), case-folded; null when there is none. */
    static String nameAt(List<SqlLexer.Token> t, int at) {
        if (at >= t.size() || !t.get(at).isName()) return null;
        return SqliteNames.key(t.get(WriteTarget.nameIndex(t, at)).name());
    }

    /** {@code INSERT [OR x] INTO t} / {@code REPLACE INTO t}: t case-folded, else null. */
    private static String insertTarget(List<SqlLexer.Token> t) {
        if (t.isEmpty() || !(t.get(0).is("INSERT") || t.get(0).is("REPLACE"))) return null;
        return WriteTarget.name(t, 0);
    }

    /**
     * The columns an INSERT into {@code into} puts back ({@code "*"}: all), when it is {@code SELECT columns FROM} the copy the migration made of {@code into}'s rows, each
     * column put back into the column of its name ({@code INSERT INTO t (a, b) SELECT a, b}, or {@code SELECT *}): an expression,
     * a constant or a column put into another changes the rows on purpose. Nothing may follow the copy's name. Null otherwise.
     */
    private static List<String> readsCopyOf(List<SqlLexer.Token> t, String into, Map<String, String> copies) {
        int select = -1;
        for (int i = 0; i < t.size() && select < 0; i++) if (t.get(i).is("SELECT")) select = i;
        if (select < 0 || t.size() < select + 3) return null;
        int from = t.size() - 2;
        if (!t.get(from).is("FROM") || !into.equals(copies.get(nameAt(t, from + 1)))) return null;
        if (from == select + 2 && t.get(select + 1).isPunct("*")) return List.of("*");
        List<String> selected = names(t.subList(select + 1, from));
        int open = -1;
        for (int i = 0; i < select; i++) if (t.get(i).isPunct("(")) open = i;
        if (selected == null || open < 0 || !t.get(select - 1).isPunct(")")) return null;
        return selected.equals(names(t.subList(open + 1, select - 1))) ? selected : null;
    }

    /** The names of a comma-separated list of bare or quoted names, case-folded; null when it holds anything else. */
    static List<String> names(List<SqlLexer.Token> list) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            SqlLexer.Token k = list.get(i);
            boolean name = k.kind() == SqlLexer.Kind.WORD || k.kind() == SqlLexer.Kind.QUOTED;
            if (i % 2 == 0 ? !name : !k.isPunct(",")) return null;
            if (name) out.add(SqliteNames.key(k.name()));
        }
        return list.size() % 2 == 1 ? out : null;
    }
}
