package dev.godwit.engine.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.engine.sql.SqlLexer.Token;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SqlLexer.closing replaced three finders of a closing parenthesis (SqlTokens.closing, LogicalParts.closes, D1Rules.closing; ec139c6d).
 * Each old finder, as it was, gives the same answers over parentheses inside strings, comments, quoted identifiers (double quotes,
 * brackets, backticks) and blobs, nested, and unbalanced either way; and the ")" found is the one that closes the first "(" in the text.
 */
class SqlLexerClosingTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "CHECK (a = '(' OR b = ')') -- )",
        "(\"col(\" > 0 AND [x)] < 1 AND `y(` = 2 AND z = x'28') /* ( */ , t",
        "((a > 0)) AND (b < 1)",
        "(f(g(1), h('))')), 2) -- (\n)",
        "(a, (b, c",   // unbalanced: none closes
        "(a)) extra)",
        "( /* ) */ a -- )\n )",
        "CREATE TABLE t (a TEXT DEFAULT ('('), b INTEGER CHECK (b IN (1, 2)), [c)] TEXT, `d(` INT, \"e)\" INT)",
    })
    void sameAnswersAsTheThreeFindersItReplaced(String sql) {
        for (List<Token> t : List.of(SqlLexer.significant(sql), SqlLexer.tokenize(sql))) {
            for (int open = 0; open < t.size(); open++) {
                if (!t.get(open).isPunct("(")) continue;
                int closing = SqlLexer.closing(t, open, t.size());
                assertEquals(d1Rules(t, open, t.size()), closing, sql + " at " + open);
                assertEquals(sqlTokens(t, open), Math.min(closing, t.size() - 1), sql + " at " + open);
                List<Token> from = t.subList(open, t.size());
                assertEquals(logicalParts(from), SqlLexer.closing(from, 0, from.size()) == from.size() ? -1 : SqlLexer.closing(from, 0, from.size()));
                for (int to = open + 1; to <= t.size(); to++) assertEquals(d1Rules(t, open, to), SqlLexer.closing(t, open, to), sql + " to " + to);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CHECK (a = '(' OR b = ')')| -- )",
        "(\"col(\" > 0 AND [x)] < 1 AND `y(` = 2 AND z = x'28')| /* ( */ , t",
        "(f(g(1), h('))')), 2)|",
        "( /* ) */ a -- )\n )|",
    })
    void theParenthesisFoundClosesTheFirst(String marked) {
        String sql = marked.replace("|", "");
        int expected = marked.indexOf('|') - 1;
        List<Token> t = SqlLexer.significant(sql);
        int open = 0;
        while (!t.get(open).isPunct("(")) open++;
        assertEquals(expected, t.get(SqlLexer.closing(t, open, t.size())).start(), sql);
    }

    /** SqlTokens.closing before ec139c6d: from the "(" at {@code open}, the last index when unbalanced. */
    private static int sqlTokens(List<Token> ts, int open) {
        int depth = 0;
        for (int i = open; i < ts.size(); i++) {
            Token t = ts.get(i);
            if (t.isPunct("(")) depth++;
            else if (t.isPunct(")")) {
                depth--;
                if (depth == 0) return i;
            }
        }
        return ts.size() - 1;
    }

    /** LogicalParts.closes before ec139c6d: where the parenthesis opening {@code t} closes, or -1. */
    private static int logicalParts(List<Token> t) {
        int depth = 0;
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).isPunct("(")) depth++;
            else if (t.get(i).isPunct(")") && --depth == 0) return i;
        }
        return -1;
    }

    /** D1Rules.closing before ec139c6d: the ")" closing the "(" at {@code open}, or {@code to} where none does before it. */
    private static int d1Rules(List<Token> t, int open, int to) {
        int close = open + 1;
        for (int depth = 0; close < to; close++) {
            if (t.get(close).isPunct("(")) depth++;
            else if (t.get(close).isPunct(")") && depth-- == 0) break;
        }
        return close;
    }
}
