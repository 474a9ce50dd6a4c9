package dev.godwit.engine.sql;

import java.util.ArrayList;
import java.util.List;

/** The assignments of an UPDATE's SET list (an upsert's {@code DO UPDATE SET}, a trigger's UPDATE), read from its tokens. */
public final class SetList {

    private SetList() {
    }

    /**
     * One assignment of a SET list: its first token, the first of its value (after the {@code =}), where it ends (the comma or
     * the clause after it, exclusive), and the columns it sets ({@code a = ...}, {@code (a, b) = (...)}), as written, unquoted.
     */
    public record Assignment(int start, int value, int end, List<String> columns) {
    }

    /**
     * The assignments of the SET list starting at {@code from} (after SET), up to {@code to} or the first WHERE, FROM, RETURNING,
     * ON (an upsert's next ON CONFLICT), {@code ;} or END (a trigger body's) outside parentheses and CASE … END, each ending at a
     * comma outside them (a CASE's {@code WHEN a IS DISTINCT FROM b} ends nothing).
     */
    public static List<Assignment> assignments(List<SqlLexer.Token> t, int from, int to) {
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
            boolean closesCase = x != null && x.is("END") && depth > 0;
            if (x != null && (x.isPunct("(") || x.is("CASE"))) depth++;
            else if (x != null && (x.isPunct(")") || closesCase)) depth--;
            else if (x != null && depth == 0 && value < 0 && x.isPunct("=")) value = k + 1;
            else if (x != null && depth == 0 && value < 0 && x.isName() && k == start) columns.add(x.name());
            boolean ends = x == null || depth == 0 && !closesCase && (x.isPunct(",") || x.isPunct(";") || x.is("WHERE") || x.is("FROM")
                    || x.is("RETURNING") || x.is("ON") || x.is("END"));
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
    public static List<String> assigned(List<SqlLexer.Token> t, int from, int to) {
        List<String> out = new ArrayList<>();
        for (Assignment a : assignments(t, from, to)) out.addAll(a.columns());
        return out;
    }
}
