package dev.godwit.engine.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of a function call ({@code json_object('theme', json_extract(data, '$.ui.theme'))}, {@code json_set(data, '$.a',
 * 1)}), read from its tokens: each ends at a comma outside nested parentheses, the last at the parenthesis closing the call. The one
 * reader of a parenthesised list, as {@link SetList} is of SET lists: the pre-flight's JSON checks, a row value ({@code (x, y)},
 * {@code (excluded.v, excluded.note)}), and the introspected DDL's column definitions, keys and table options.
 */
public final class CallArguments {

    private CallArguments() {
    }

    /** One argument: its first token and where it ends (the comma or the closing parenthesis, exclusive). */
    public record Argument(int start, int end) {
    }

    /**
     * The arguments from token {@code from} (just past the call's opening parenthesis) to the parenthesis closing the call, or to
     * {@code end} where it does not close before; an empty one ({@code f(a, , b)}) left out.
     */
    public static List<Argument> of(List<SqlLexer.Token> t, int from, int end) {
        List<Argument> out = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int k = from; k < end; k++) {
            SqlLexer.Token x = t.get(k);
            boolean closes = x.isPunct(")") && depth == 0;
            if (x.isPunct("(")) depth++;
            else if (x.isPunct(")") && !closes) depth--;
            else if (closes || depth == 0 && x.isPunct(",")) {
                if (k > start) out.add(new Argument(start, k));
                if (closes) return out;
                start = k + 1;
            }
        }
        if (end > start) out.add(new Argument(start, end));
        return out;
    }
}
