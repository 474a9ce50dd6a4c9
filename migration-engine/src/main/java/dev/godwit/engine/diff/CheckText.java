package dev.godwit.engine.diff;

import dev.godwit.engine.sql.SqlLexer;
import java.util.Objects;

/**
 * CHECK expressions compared without the qualifier of their own table: drizzle-kit prints
 * {@code "users"."email"} where Godwit's {@code col.sql()} gives {@code "email"}, and inside a
 * table's CHECK both name the same column. Only the table's own name is removed (quoted with
 * {@code "}, {@code `} or {@code []}, or bare, in any letter case), never inside a string literal.
 */
public final class CheckText {

    private CheckText() {
    }

    public static String unqualified(String expression, String table) {
        if (expression == null || table == null || table.isEmpty()) return expression;
        StringBuilder out = new StringBuilder(expression.length());
        int i = 0;
        int n = expression.length();
        while (i < n) {
            char ch = expression.charAt(i);
            if (ch == '\'') {                                   // a string literal, '' escapes a quote
                int end = SqlLexer.endOfQuoted(expression, i);
                out.append(expression, i, end);
                i = end;
                continue;
            }
            int after = qualifierEnd(expression, i, table);
            if (after > i) {
                i = after;
                continue;
            }
            if (ch == '"' || ch == '`' || ch == '[') {          // any other quoted identifier, copied whole
                int end = SqlLexer.endOfQuoted(expression, i);
                out.append(expression, i, end);
                i = end;
                continue;
            }
            if (isIdentifierChar(ch)) {                          // a bare word, copied whole
                int j = i;
                while (j < n && isIdentifierChar(expression.charAt(j))) j++;
                out.append(expression, i, j);
                i = j;
                continue;
            }
            out.append(ch);
            i++;
        }
        return out.toString();
    }

    /**
     * {@code sql} with every quoted identifier in backticks, string literals as they are: SQLite writes the name a RENAME COLUMN
     * puts into a view's text in double quotes ({@code select "full_name" from `users`}), where the schema code (and drizzle-kit)
     * write backticks, and {@code [name]} is the same name again. A quoted name holding its own quote character is kept as written.
     */
    public static String identifiersQuotedAlike(String sql) {
        if (sql == null) return null;
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char ch = sql.charAt(i);
            if (ch == '\'' || ch == '"' || ch == '`' || ch == '[') {
                int end = SqlLexer.endOfQuoted(sql, i);
                String inside = end - i >= 2 ? sql.substring(i + 1, end - 1) : null;
                boolean plain = ch != '\'' && inside != null && inside.indexOf(ch == '[' ? ']' : ch) < 0 && inside.indexOf('`') < 0;
                out.append(plain ? "`" + inside + "`" : sql, plain ? 0 : i, plain ? inside.length() + 2 : end);
                i = end;
                continue;
            }
            out.append(ch);
            i++;
        }
        return out.toString();
    }

    /**
     * Whether two views' SQL is the same as written to the database: {@link #comparable} after {@link #identifiersQuotedAlike}, so
     * SQLite's {@code "full_name"} (a RENAME COLUMN's rewrite) is the code's {@code `full_name`}.
     */
    public static boolean sameViewSql(String a, String b) {
        return Objects.equals(comparable(identifiersQuotedAlike(a), null), comparable(identifiersQuotedAlike(b), null));
    }

    /**
     * The expression as two definitions of it are compared ({@link #unqualified} first, where {@code table} is given): line ends
     * as LF and no whitespace around it. A Java text block or a YAML {@code |} block ends in a line end the SQL written does not
     * keep (the replay's view read {@code ... > 0} where the schema said {@code ... > 0\n}: db:verify failed right after
     * db:generate, which found nothing to do), and a checkout on Windows (git's core.autocrlf) makes every line end of the
     * migration CRLF. A line end inside a string literal or a quoted name is kept as written.
     */
    public static String comparable(String expression, String table) {
        String e = table == null ? expression : unqualified(expression, table);
        if (e == null) return null;
        StringBuilder out = new StringBuilder(e.length());
        int i = 0;
        int n = e.length();
        while (i < n) {
            char ch = e.charAt(i);
            if (ch == '\'' || ch == '"' || ch == '`' || ch == '[') {
                int end = SqlLexer.endOfQuoted(e, i);
                out.append(e, i, end);
                i = end;
                continue;
            }
            if (ch == '\r') {
                out.append('\n');
                i += i + 1 < n && e.charAt(i + 1) == '\n' ? 2 : 1;
                continue;
            }
            out.append(ch);
            i++;
        }
        return out.toString().strip();
    }

    /** Where the text after {@code <table>.} starts, if the table's qualifier starts at {@code i}; else {@code i}. */
    private static int qualifierEnd(String s, int i, String table) {
        for (String form : new String[] {
                "\"" + table.replace("\"", "\"\"") + "\"", "`" + table.replace("`", "``") + "`", "[" + table + "]", table}) {
            int end = i + form.length();
            if (end >= s.length() || s.charAt(end) != '.') continue;
            if (!s.regionMatches(true, i, form, 0, form.length())) continue;
            if (form.equals(table) && (!isPlainIdentifier(table) || (i > 0 && isIdentifierChar(s.charAt(i - 1))))) continue;
            return end + 1;
        }
        return i;
    }

    private static boolean isPlainIdentifier(String name) {
        if (name.isEmpty() || Character.isDigit(name.charAt(0))) return false;
        for (int k = 0; k < name.length(); k++) if (!isIdentifierChar(name.charAt(k))) return false;
        return true;
    }

    private static boolean isIdentifierChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
