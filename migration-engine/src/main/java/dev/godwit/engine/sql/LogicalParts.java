package dev.godwit.engine.sql;

import dev.godwit.engine.sql.SqlLexer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * An expression's tokens cut at an {@code AND} or {@code OR} that stands outside parentheses and {@code CASE ... END}, the
 * {@code AND} of a {@code BETWEEN} kept: the parts a CHECK is read by (the plan's proof that a CHECK widens another, the row
 * generator's reading of the values a CHECK allows). One splitter, so both read a CHECK the same way.
 */
public final class LogicalParts {

    private LogicalParts() {
    }

    /**
     * {@code t} cut at each {@code op} ({@code "AND"} or {@code "OR"}), {@code token} giving each element's token; one part where
     * there is none. Null where the parentheses do not balance or a part is empty ({@code a AND AND b}).
     */
    public static <T> List<List<T>> split(List<T> t, String op, Function<T, Token> token) {
        List<List<T>> out = new ArrayList<>();
        int depth = 0, from = 0;
        boolean between = false;
        for (int i = 0; i < t.size(); i++) {
            Token k = token.apply(t.get(i));
            if (k.isPunct("(") || k.is("CASE")) depth++;
            else if (k.isPunct(")") || k.is("END")) depth--;
            if (depth < 0) return null;
            if (depth != 0) continue;
            if (k.is("BETWEEN")) between = true;
            else if (k.is("AND") && between) between = false;
            else if (k.is(op)) {
                if (i == from) return null;
                out.add(t.subList(from, i));
                from = i + 1;
            }
        }
        if (depth != 0 || from >= t.size()) return null;
        out.add(t.subList(from, t.size()));
        return out;
    }

    /** {@link #split} of plain tokens. */
    public static List<List<Token>> split(List<Token> t, String op) {
        return split(t, op, Function.identity());
    }

    /** {@code t} without the parentheses around the whole of it ({@code ((a > 0))} is {@code a > 0}). */
    public static List<Token> bare(List<Token> t) {
        List<Token> s = t;
        while (s.size() >= 2 && s.get(0).isPunct("(") && SqlLexer.closing(s, 0, s.size()) == s.size() - 1) s = s.subList(1, s.size() - 1);
        return s;
    }
}
