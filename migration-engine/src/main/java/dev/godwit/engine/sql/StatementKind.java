package dev.godwit.engine.sql;

import java.util.Locale;

/**
 * What a single statement is, judged by its leading keywords after whitespace and comments
 * ({@code --} to the end of the line, {@code /* … *}{@code /}), the way SQLite itself reads
 * them: {@code -- note\nCOMMIT} is a COMMIT.
 */
public final class StatementKind {

    private StatementKind() {
    }

    /** The statement from its first character of code on (leading whitespace and comments left out). */
    public static String fromCode(String statement) {
        return statement.substring(codeStart(statement, 0));
    }

    /** The first keyword of the statement in upper case, or "" when it holds no code (or starts with something else than a word). */
    public static String firstKeyword(String statement) {
        return keyword(statement, codeStart(statement, 0));
    }

    /** The table a {@code DROP TABLE [IF EXISTS] [schema.]name} drops, unquoted; null for any other statement. */
    public static String droppedTable(String statement) {
        java.util.List<SqlLexer.Token> t = SqlLexer.significant(statement);
        if (t.size() < 3 || !t.get(0).is("DROP") || !t.get(1).is("TABLE")) return null;
        int at = t.get(2).is("IF") ? 4 : 2;
        if (at + 2 < t.size() && t.get(at + 1).isPunct(".")) at += 2;
        return at < t.size() ? SqlLexer.unquote(t.get(at).text()) : null;
    }

    /** The table a {@code CREATE [TEMP] TABLE [IF NOT EXISTS] [schema.]name} creates, unquoted; null for any other statement. */
    public static String createdTable(String statement) {
        java.util.List<SqlLexer.Token> t = SqlLexer.significant(statement);
        if (t.size() < 3 || !t.get(0).is("CREATE")) return null;
        int at = t.get(1).is("TEMP") || t.get(1).is("TEMPORARY") ? 2 : 1;
        if (at >= t.size() || !t.get(at).is("TABLE")) return null;
        at++;
        if (at + 2 < t.size() && t.get(at).is("IF") && t.get(at + 1).is("NOT") && t.get(at + 2).is("EXISTS")) at += 3;
        if (at + 2 < t.size() && t.get(at + 1).isPunct(".")) at += 2;
        return at < t.size() ? SqlLexer.unquote(t.get(at).text()) : null;
    }

    /** The name an {@code ALTER TABLE [schema.]x RENAME TO name} gives its table, unquoted; null for any other statement. */
    public static String renamedTo(String statement) {
        java.util.List<SqlLexer.Token> t = SqlLexer.significant(statement);
        if (!t.isEmpty() && t.get(t.size() - 1).isPunct(";")) t = t.subList(0, t.size() - 1);
        if (t.size() < 6 || !t.get(0).is("ALTER") || !t.get(1).is("TABLE") || !t.get(t.size() - 3).is("RENAME") || !t.get(t.size() - 2).is("TO")
                || !t.get(t.size() - 1).isName()) return null;
        return t.get(t.size() - 1).name();
    }

    /**
     * Whether the statement controls the transaction ({@code BEGIN}, {@code COMMIT}, {@code END},
     * {@code ROLLBACK}, {@code SAVEPOINT}, {@code RELEASE}): such a statement would end or split the
     * transaction a migration runs in, and D1 refuses it.
     */
    public static boolean isTransactionControl(String statement) {
        return switch (firstKeyword(statement)) {
            case "BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE" -> true;
            default -> false;
        };
    }

    /**
     * Whether running the statement changes nothing: {@code SELECT}, {@code VALUES},
     * {@code EXPLAIN}, or a {@code PRAGMA} that does not assign. Such a statement can be sent again
     * when its answer was lost.
     */
    public static boolean isReadOnly(String statement) {
        String first = firstKeyword(statement);
        return switch (first) {
            case "SELECT", "VALUES", "EXPLAIN" -> true;
            case "PRAGMA" -> !hasCodeChar(statement, '=');
            default -> false;
        };
    }

    /**
     * Whether running the statement twice has the effect of running it once: a read-only
     * statement, or {@code CREATE [UNIQUE] TABLE|INDEX|VIEW|TRIGGER IF NOT EXISTS}.
     */
    public static boolean isRepeatable(String statement) {
        if (isReadOnly(statement)) return true;
        int i = codeStart(statement, 0);
        if (!keyword(statement, i).equals("CREATE")) return false;
        String[] words = new String[6];
        for (int w = 0; w < words.length; w++) {
            words[w] = keyword(statement, i);
            i = codeStart(statement, i + words[w].length());
        }
        int k = 1;
        if (words[k].equals("UNIQUE")) k++;
        if (!(words[k].equals("TABLE") || words[k].equals("INDEX") || words[k].equals("VIEW") || words[k].equals("TRIGGER"))) return false;
        return words[k + 1].equals("IF") && words[k + 2].equals("NOT") && words[k + 3].equals("EXISTS");
    }

    /** The index of the first character of code at or after {@code from}, skipping whitespace and comments; the length when none. */
    static int codeStart(String sql, int from) {
        int i = from;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (SqlLexer.isSpace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int nl = sql.indexOf('\n', i);
                i = nl < 0 ? n : nl + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int close = sql.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
            } else {
                return i;
            }
        }
        return n;
    }

    private static String keyword(String sql, int at) {
        int j = at;
        while (j < sql.length() && (Character.isLetter(sql.charAt(j)) || sql.charAt(j) == '_')) j++;
        return sql.substring(at, j).toUpperCase(Locale.ROOT);
    }

    /** Whether the character occurs outside quotes and comments. */
    private static boolean hasCodeChar(String sql, char wanted) {
        int i = 0;
        int n = sql.length();
        while (i < n) {
            i = codeStart(sql, i);
            if (i >= n) return false;
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`' || c == '[') {
                char close = c == '[' ? ']' : c;
                int j = sql.indexOf(close, i + 1);
                i = j < 0 ? n : j + 1;
                continue;
            }
            if (c == wanted) return true;
            i++;
        }
        return false;
    }
}
