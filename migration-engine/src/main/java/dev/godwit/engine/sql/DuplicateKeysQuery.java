package dev.godwit.engine.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * For a {@code CREATE UNIQUE INDEX} that rows already break ("UNIQUE constraint failed", which names the columns only): the
 * SELECT that lists the keys rows share, most rows first, written from the statement's own text so its quoting, expressions,
 * COLLATE and WHERE are the index's. Rows with a NULL in the key are left out: to SQLite's UNIQUE two NULLs are never equal.
 */
public final class DuplicateKeysQuery {

    private DuplicateKeysQuery() {
    }

    /** The query for {@code statement} that failed with SQLite's {@code message}, or null unless that is a UNIQUE index refused for duplicates. */
    public static String forFailure(String statement, String message) {
        return message != null && message.contains("UNIQUE constraint failed") ? of(statement) : null;
    }

    /** The query, or null when {@code statement} is not a CREATE UNIQUE INDEX this can read. */
    public static String of(String statement) {
        List<SqlLexer.Token> t = SqlLexer.significant(statement);
        if (t.size() < 8 || !t.get(0).is("CREATE") || !t.get(1).is("UNIQUE") || !t.get(2).is("INDEX")) return null;
        int on = -1;
        for (int i = 3; i < t.size(); i++) {
            if (t.get(i).is("ON")) {
                on = i;
                break;
            }
        }
        int open = -1;
        for (int i = on + 1; on > 0 && i < t.size(); i++) {
            if (t.get(i).isPunct("(")) {
                open = i;
                break;
            }
        }
        if (on < 0 || open <= on + 1) return null;
        String table = statement.substring(t.get(on + 1).start(), t.get(open - 1).end());
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int partStart = open + 1;
        int close = -1;
        for (int i = open + 1; i < t.size() && close < 0; i++) {
            SqlLexer.Token k = t.get(i);
            if (k.isPunct("(")) depth++;
            else if (k.isPunct(")") && depth > 0) depth--;
            else if (depth == 0 && (k.isPunct(",") || k.isPunct(")"))) {
                String part = keyPart(statement, t, partStart, i);
                if (part == null) return null;
                parts.add(part);
                partStart = i + 1;
                if (k.isPunct(")")) close = i;
            }
        }
        if (close < 0 || parts.isEmpty()) return null;
        String where = null;
        if (close + 1 < t.size() && t.get(close + 1).is("WHERE")) {
            int last = t.size() - 1;
            while (last > close + 1 && t.get(last).isPunct(";")) last--;
            if (last <= close + 1) return null;
            where = statement.substring(t.get(close + 2).start(), t.get(last).end());
        } else if (close + 1 < t.size() && !t.get(close + 1).isPunct(";")) {
            return null;
        }
        String key = String.join(", ", parts);
        StringBuilder sql = new StringBuilder("SELECT ").append(key).append(", count(*) AS \"rows\" FROM ").append(table).append(" WHERE ");
        List<String> notNull = parts.stream().map(p -> "(" + p + ") IS NOT NULL").toList();
        sql.append(String.join(" AND ", notNull));
        if (where != null) sql.append(" AND (").append(where).append(")");
        return sql.append(" GROUP BY ").append(key).append(" HAVING count(*) > 1 ORDER BY count(*) DESC, ").append(key).toString();
    }

    /** A key value as messages show it: a string quoted (cut at 60 characters), a blob in hex (its first 32 bytes), NULL. */
    public static String shown(Object v) {
        if (v == null) return "NULL";
        if (v instanceof byte[] b) {
            return "X'" + java.util.HexFormat.of().formatHex(b, 0, Math.min(b.length, 32)).toUpperCase(java.util.Locale.ROOT) + (b.length > 32 ? "…'" : "'");
        }
        if (v instanceof String s) return Quoting.literal(s.length() > 60 ? s.substring(0, 60) + "…" : s);
        return v.toString();
    }

    /** One indexed column or expression as written, without its ASC or DESC (which a GROUP BY does not take); null if empty. */
    private static String keyPart(String statement, List<SqlLexer.Token> t, int from, int to) {
        int last = to - 1;
        if (last >= from && (t.get(last).is("ASC") || t.get(last).is("DESC"))) last--;
        if (last < from) return null;
        return statement.substring(t.get(from).start(), t.get(last).end());
    }
}
