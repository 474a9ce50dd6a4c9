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

    /** Whether {@code DEFAULT sql} parses: a literal, or one parenthesised expression that ends where the text ends. */
    static boolean writable(String sql) {
        String s = sql.strip();
        if (!s.startsWith("(")) return LITERAL.matcher(s).matches();   // no literal starts with "(": the usual (unixepoch()) skips the pattern
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (s.startsWith("/*", i) || s.startsWith("--", i)) {
                int end = s.startsWith("/*", i) ? s.indexOf("*/", i + 2) + 1 : s.indexOf('\n', i);
                if (end <= 0) return true;   // an open comment: SqlSafety names it
                i = end;
            } else if (c == '\'' || c == '"' || c == '`' || c == '[') {
                char close = c == '[' ? ']' : c;
                int end = s.indexOf(close, i + 1);
                if (end < 0) return true;   // an open quote: SqlSafety names it when the migration is written
                i = end;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return s.substring(i + 1).isBlank();
            }
        }
        return true;   // unbalanced: SqlSafety names it
    }
}
