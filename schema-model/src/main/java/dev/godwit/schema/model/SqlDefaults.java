package dev.godwit.schema.model;

import java.util.regex.Pattern;

/**
 * What SQLite takes after {@code DEFAULT}: a literal (a number or a string, optionally signed; a blob; {@code NULL},
 * {@code TRUE}, {@code CURRENT_TIMESTAMP} and other single words or quoted names), or an expression in parentheses.
 * {@code DEFAULT unixepoch()} or {@code DEFAULT 1 + 1} is a syntax error.
 */
final class SqlDefaults {

    private static final Pattern LITERAL = Pattern.compile(
            "[+-]?\\s*(?:\\d+(?:\\.\\d*)?(?:[eE][+-]?\\d+)?|\\.\\d+(?:[eE][+-]?\\d+)?|0[xX][0-9a-fA-F]+|'(?:[^']|'')*')"
                    + "|[xX]'[0-9a-fA-F]*'|[\\p{L}_][\\p{L}\\p{N}_$]*|\"(?:[^\"]|\"\")*\"|`(?:[^`]|``)*`|\\[[^\\]]*\\]",
            Pattern.DOTALL);

    private SqlDefaults() {
    }

    /**
     * What SQLite makes of {@code DEFAULT sql}: {@code unbalanced} names what the text leaves open ({@code leaves a ' quote open},
     * {@code leaves a ( unclosed}, {@code closes a ) never opened}; null when balanced), and {@code writable} says whether a
     * balanced text parses: a literal, or one parenthesised expression that ends where the text ends.
     */
    record Reading(String unbalanced, boolean writable) {
    }

    /** Reads {@code sql} once for both: what it leaves open, then whether it parses. */
    static Reading read(String sql) {
        String s = sql.strip();
        int depth = 0;
        int firstClose = -1;   // where a text opening with "(" closes it: nothing but blanks may follow
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\'' || ch == '"' || ch == '`' || ch == '[') {
                int end = ExpressionNames.closingQuote(s, i, ch == '[' ? ']' : ch);
                if (end < 0) return new Reading("leaves a " + ch + " quote open", false);
                i = end;
            } else if (ch == '-' && s.startsWith("--", i)) {
                int nl = s.indexOf('\n', i);
                if (nl < 0) break;
                i = nl;
            } else if (ch == '/' && s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                if (end < 0) return new Reading("leaves a /* comment open", false);
                i = end + 1;
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                if (--depth < 0) return new Reading("closes a ) never opened", false);
                if (depth == 0 && firstClose < 0) firstClose = i;
            }
        }
        if (depth > 0) return new Reading("leaves a ( unclosed", false);
        // no literal starts with "(": the usual (unixepoch()) skips the pattern
        return new Reading(null, s.startsWith("(") ? s.substring(firstClose + 1).isBlank() : LITERAL.matcher(s).matches());
    }
}
