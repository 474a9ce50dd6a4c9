package dev.godwit.engine.preflight;

import dev.godwit.engine.sql.SqlLexer;
import java.util.ArrayList;
import java.util.List;

/**
 * Where SET, FROM and WHERE of an UPDATE stand outside parentheses (-1 when absent), and where the condition ends (RETURNING,
 * ORDER, LIMIT); with the reader of a SET list's assignments, an UPDATE's or an upsert's {@code DO UPDATE SET}.
 */
record Clauses(int set, int from, int where, int end) {

    /** The clauses of the UPDATE whose tokens after its table's name start at {@code start}. */
    static Clauses of(List<SqlLexer.Token> t, int start) {
        int set = -1;
        int from = -1;
        int where = -1;
        int depth = 0;
        for (int k = start; k < t.size(); k++) {
            SqlLexer.Token x = t.get(k);
            if (x.isPunct("(")) depth++;
            else if (x.isPunct(")")) depth--;
            else if (depth != 0) continue;
            else if (set < 0 && where < 0 && x.is("SET")) set = k;
            else if (set >= 0 && from < 0 && where < 0 && x.is("FROM")) from = k;
            else if (where < 0 && x.is("WHERE")) where = k;
            else if (where >= 0 && (x.is("RETURNING") || x.is("ORDER") || x.is("LIMIT"))) return new Clauses(set, from, where, k);
        }
        return new Clauses(set, from, where, t.size());
    }

    /**
     * One assignment of a SET list: its first token, the first of its value (after the {@code =}), where it ends (the comma or
     * the clause after it, exclusive), and the columns it sets ({@code a = ...}, {@code (a, b) = (...)}), as written, unquoted.
     */
    record Assignment(int start, int value, int end, List<String> columns) {
    }

    /**
     * The assignments of the SET list starting at {@code from} (after SET), up to {@code to} or the first WHERE, FROM, RETURNING,
     * ON (an upsert's next ON CONFLICT) or {@code ;} outside parentheses, each ending at a comma outside parentheses.
     */
    static List<Assignment> assignments(List<SqlLexer.Token> t, int from, int to) {
        List<Assignment> out = new ArrayList<>();
        int start = from;
        int value = -1;
        List<String> columns = new ArrayList<>();
        int depth = 0;
        for (int k = from; k <= to; k++) {
            SqlLexer.Token x = k < to ? t.get(k) : null;
            if (x != null && k == start && x.isPunct("(") && value < 0) {
                for (k++; k < to && !t.get(k).isPunct(")"); k++) if (t.get(k).isName()) columns.add(t.get(k).name());
                continue;
            }
            if (x != null && x.isPunct("(")) depth++;
            else if (x != null && x.isPunct(")")) depth--;
            else if (x != null && depth == 0 && value < 0 && x.isPunct("=")) value = k + 1;
            else if (x != null && depth == 0 && value < 0 && x.isName() && k == start) columns.add(x.name());
            boolean ends = x == null || depth == 0 && (x.isPunct(",") || x.isPunct(";") || x.is("WHERE") || x.is("FROM") || x.is("RETURNING") || x.is("ON"));
            if (!ends) continue;
            if (k > start) out.add(new Assignment(start, value < 0 ? k : value, k, List.copyOf(columns)));
            if (x == null || !x.isPunct(",")) break;
            start = k + 1;
            value = -1;
            columns = new ArrayList<>();
        }
        return out;
    }

    /** The columns the assignments between {@code from} and {@code to} set: {@code a = ...} and {@code (a, b) = (...)}. */
    static List<String> assigned(List<SqlLexer.Token> t, int from, int to) {
        List<String> out = new ArrayList<>();
        for (Assignment a : assignments(t, from, to)) out.addAll(a.columns());
        return out;
    }
}
