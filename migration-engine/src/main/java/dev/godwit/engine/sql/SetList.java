package dev.godwit.engine.sql;

import java.util.ArrayList;
import java.util.List;

/** The columns an UPDATE's SET list assigns, read from its tokens. */
public final class SetList {

    private SetList() {
    }

    /**
     * The names (unquoted, as written) that the SET list after token {@code set} assigns: {@code SET a = …, (b, c) = …}, up to its
     * WHERE, FROM, RETURNING, the statement's {@code ;} or a trigger body's END. A name counts where it starts the list or follows one of the list's own
     * commas; what stands right of a {@code =} (a CASE … END, a subquery, {@code new.a = 'x'}) assigns nothing. Empty where none
     * is read.
     */
    public static List<String> columns(List<SqlLexer.Token> t, int set) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean expectName = true;
        for (int k = set + 1; k < t.size(); k++) {
            SqlLexer.Token x = t.get(k);
            if (depth == 0 && (x.is("WHERE") || x.is("FROM") || x.is("RETURNING") || x.isPunct(";"))) break;
            if (x.isPunct("(") || x.is("CASE")) {   // a CASE's WHEN ... IS DISTINCT FROM ... ends nothing
                depth++;
                continue;
            }
            if (x.is("END")) {
                if (depth == 0) break;   // a trigger body's own END
                depth--;
                continue;
            }
            if (x.isPunct(")")) {
                depth--;
                continue;
            }
            if (expectName && x.isName()) out.add(x.name());
            if (depth == 0 && x.isPunct("=")) expectName = false;
            else if (depth == 0 && x.isPunct(",")) expectName = true;
            else if (depth == 1 && expectName && x.isPunct(",")) expectName = true;
        }
        return out;
    }
}
