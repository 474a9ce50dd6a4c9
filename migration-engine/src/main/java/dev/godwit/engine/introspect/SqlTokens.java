package dev.godwit.engine.introspect;

import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.engine.sql.SqlLexer.Token;
import java.util.List;

/**
 * The DDL text kept in {@code sqlite_master}, seen through {@link SqlLexer}'s significant tokens
 * (comments and whitespace left out), with the few helpers the parser needs. Every token keeps
 * its offsets, so callers can cut the exact source text of an expression (a default, a CHECK, an
 * index WHERE) out of the statement.
 */
final class SqlTokens {

    private SqlTokens() {
    }

    static String unquote(String t) {
        return SqlLexer.unquote(t);
    }

    /** Tokenizes {@code sql}; comments and whitespace are dropped. Unterminated quotes run to the end. */
    static List<Token> tokenize(String sql) {
        return SqlLexer.significant(sql);
    }

    /** Index of the token closing the parenthesis opened at {@code open}, or the last index when unbalanced. */
    static int closing(List<Token> ts, int open) {
        return Math.min(SqlLexer.closing(ts, open, ts.size()), ts.size() - 1);
    }

    /** The source text from token {@code from} through token {@code toInclusive}. */
    static String text(String sql, List<Token> ts, int from, int toInclusive) {
        if (from > toInclusive) return "";
        return sql.substring(ts.get(from).start(), ts.get(toInclusive).end());
    }
}
