package dev.godwit.engine.preflight;

import dev.godwit.engine.sql.SqlLexer;
import java.util.List;

/**
 * Where SET, FROM and WHERE of an UPDATE stand outside parentheses (-1 when absent), and where the condition ends (RETURNING,
 * ORDER, LIMIT); the SET list's assignments are {@link dev.godwit.engine.sql.SetList}'s.
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
            if (x.isPunct("(") || x.is("CASE")) depth++;   // a CASE's WHEN a IS DISTINCT FROM b is no UPDATE's FROM
            else if ((x.isPunct(")") || x.is("END")) && depth > 0) depth--;
            else if (depth != 0) continue;
            else if (set < 0 && where < 0 && x.is("SET")) set = k;
            else if (set >= 0 && from < 0 && where < 0 && x.is("FROM")) from = k;
            else if (where < 0 && x.is("WHERE")) where = k;
            else if (where >= 0 && (x.is("RETURNING") || x.is("ORDER") || x.is("LIMIT"))) return new Clauses(set, from, where, k);
        }
        return new Clauses(set, from, where, t.size());
    }
}
