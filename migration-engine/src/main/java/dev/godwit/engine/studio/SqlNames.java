package dev.godwit.engine.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The names a piece of SQL holds: bare words and quoted identifiers, with strings and comments left out. */
final class SqlNames {

    private SqlNames() {
    }

    /** A name in SQL: its text unquoted, whether it was quoted, and where it ends. */
    record Name(String text, boolean quoted, int end) {

        /** Whether this is the keyword {@code word} (bare, in any case). */
        boolean is(String word) {
            return !quoted && text.equalsIgnoreCase(word);
        }
    }

    /** Every bare word and quoted identifier ({@code "a b"}, {@code `a`}, {@code [a]}), unquoted, in order. */
    static List<String> identifiers(String sql) {
        return names(sql).stream().map(Name::text).toList();
    }

    /** The bare (unquoted) words, in order: keywords among them. */
    static List<String> words(String sql) {
        return names(sql).stream().filter(n -> !n.quoted()).map(Name::text).toList();
    }

    /** A CREATE TRIGGER's body: what follows its first bare BEGIN (the WHEN before it only reads); all of it if none. */
    static String body(String createTrigger) {
        for (Name n : names(createTrigger)) {
            if (!n.quoted() && n.text().toUpperCase(Locale.ROOT).equals("BEGIN")) return createTrigger.substring(n.end());
        }
        return createTrigger;
    }

    /**
     * The columns a trigger's body sets in {@code table} ({@code UPDATE [OR …] table SET a = …, b = …}, {@code main.table} too): the
     * SET list's columns as {@link dev.godwit.engine.sql.SetList} reads them (a tuple's, {@code SET (a, b) = …}, too).
     */
    static java.util.Set<String> setColumns(String body, String table) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        List<dev.godwit.engine.sql.SqlLexer.Token> t = dev.godwit.engine.sql.SqlLexer.significant(body);
        for (int i = 0; i < t.size(); i++) {
            if (!t.get(i).is("UPDATE")) continue;
            int j = i + 1;
            if (j + 2 < t.size() && t.get(j).is("OR")) j += 2;
            if (j + 2 < t.size() && t.get(j + 1).isPunct(".")) j += 2;   // schema.table
            if (j + 1 >= t.size() || t.get(j).kind() == dev.godwit.engine.sql.SqlLexer.Kind.STRING || !t.get(j).isName()
                    || !t.get(j).name().equalsIgnoreCase(table) || !t.get(j + 1).is("SET")) continue;
            out.addAll(dev.godwit.engine.sql.SetList.assigned(t, j + 2, t.size()));
        }
        return out;
    }

    /** The names of {@code sql} in order, bare words (keywords among them) and quoted identifiers. */
    static List<Name> names(String sql) {
        List<Name> out = new ArrayList<>();
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int j = sql.indexOf('\n', i);
                i = j < 0 ? n : j + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int j = sql.indexOf("*/", i + 2);
                i = j < 0 ? n : j + 2;
            } else if (c == '\'' || c == '"' || c == '`' || c == '[') {
                char close = c == '[' ? ']' : c;
                StringBuilder text = new StringBuilder();
                int j = i + 1;
                while (j < n) {
                    char d = sql.charAt(j);
                    if (d == close && close != ']' && j + 1 < n && sql.charAt(j + 1) == close) {   // doubled: one of it
                        text.append(d);
                        j += 2;
                    } else if (d == close) {
                        break;
                    } else {
                        text.append(d);
                        j++;
                    }
                }
                if (c != '\'') out.add(new Name(text.toString(), true, Math.min(n, j + 1)));   // a string is a value, not a name
                i = j + 1;
            } else if (wordChar(c) && !Character.isDigit(c)) {
                int j = i + 1;
                while (j < n && wordChar(sql.charAt(j))) j++;
                out.add(new Name(sql.substring(i, j), false, j));
                i = j;
            } else if (Character.isDigit(c)) {   // a number (1e5, 0x1F): not a name
                int j = i + 1;
                while (j < n && wordChar(sql.charAt(j))) j++;
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 127;
    }
}
