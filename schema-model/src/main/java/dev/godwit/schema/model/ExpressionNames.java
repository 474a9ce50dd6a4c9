package dev.godwit.schema.model;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The names an SQL expression may read as columns: bare words and quoted identifiers ("x", `x`,
 * [x]), in SQLite's case-blind form. String literals ('...') and words directly followed by "(" (function
 * calls) are left out, and so are the words after AS (a CAST's type) and COLLATE; other keywords are
 * kept, which only matters for a column named like one.
 */
final class ExpressionNames {

    private ExpressionNames() {
    }

    static Set<String> of(String sql) {
        Set<String> names = new LinkedHashSet<>();
        int i = 0;
        int n = sql.length();
        String previous = "";
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'') {
                i = skipQuoted(sql, i, '\'');
                previous = "";
            } else if (c == '"' || c == '`' || c == '[') {
                char close = c == '[' ? ']' : c;
                int end = skipQuoted(sql, i, close);
                String body = sql.substring(i + 1, Math.max(i + 1, end - 1));
                if (!previous.equals("as") && !previous.equals("collate")) {
                    names.add(SqliteNames.key(c == '[' ? body : body.replace("" + close + close, "" + close)));
                }
                previous = "";
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_' || sql.charAt(i) == '$')) i++;
                int next = i;
                while (next < n && Character.isWhitespace(sql.charAt(next))) next++;
                String word = SqliteNames.key(sql.substring(start, i));
                // a type after CAST(x AS ...) or a collation is not a column, whatever its name
                boolean typeOrCollation = previous.equals("as") || previous.equals("collate");
                if (!typeOrCollation && (next >= n || sql.charAt(next) != '(')) names.add(word);
                previous = word;
                continue;
            } else if (Character.isDigit(c)) {
                previous = "";
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '.')) i++;
            } else {
                if (!Character.isWhitespace(c)) previous = "";
                i++;
            }
        }
        return names;
    }

    /** Index just past the quote closing the one at {@code open} (a doubled quote stays inside), or the end. */
    private static int skipQuoted(String sql, int open, char close) {
        int end = closingQuote(sql, open, close);
        return end < 0 ? sql.length() : end + 1;
    }

    /**
     * Index of the quote closing the one at {@code open} ({@code close}: ' " ` or ]; a doubled quote stays inside, as SQLite reads
     * it), or -1 where it is left open.
     */
    static int closingQuote(String sql, int open, char close) {
        int i = open + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == close) {
                if (close != ']' && i + 1 < sql.length() && sql.charAt(i + 1) == close) {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        return -1;
    }
}
