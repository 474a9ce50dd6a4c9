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
     * names before a {@code =} at the SET list's own level, up to its WHERE, FROM, RETURNING or the statement's end. A tuple
     * ({@code SET (a, b) = …}) is not read: its columns are left out, which keeps them among those that identify a row.
     */
    static java.util.Set<String> setColumns(String body, String table) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        List<Name> names = names(body);
        for (int i = 0; i < names.size(); i++) {
            if (!names.get(i).is("UPDATE")) continue;
            int j = i + 1;
            if (j + 1 < names.size() && names.get(j).is("OR")) j += 2;
            if (j + 1 < names.size() && body.startsWith(".", names.get(j).end())) j++;   // schema.table
            if (j + 1 >= names.size() || !names.get(j).text().equalsIgnoreCase(table) || !names.get(j + 1).is("SET")) continue;
            out.addAll(assigned(body, names.get(j + 1).end()));
        }
        return out;
    }

    /**
     * {@link #setColumns}: the names assigned from {@code from} (just past SET) on: a name that starts the list or follows one of its
     * commas, then {@code =}. A CASE's END closes the CASE, not the list (it ended there, and the stamp after it was missed), and
     * the {@code a = b} of an expression or a comment assigns nothing.
     */
    private static List<String> assigned(String sql, int from) {
        List<String> out = new ArrayList<>();
        int depth = 0;   // parentheses and CASE … END
        boolean atName = true;   // where the list's next column stands: at its start, past a comma of its own level
        int i = from;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '-' && sql.startsWith("--", i)) {
                int eol = sql.indexOf('\n', i);
                i = eol < 0 ? n : eol + 1;
            } else if (c == '/' && sql.startsWith("/*", i)) {
                int close = sql.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
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
                if (c != '\'' && depth == 0 && atName && assigns(sql, j + 1)) out.add(text.toString());
                if (depth == 0) atName = false;
                i = j + 1;
            } else if (c == '(') {
                if (depth == 0) atName = false;   // a tuple, (a, b) = …: not read
                depth++;
                i++;
            } else if (c == ')') {
                depth--;
                i++;
            } else if (c == ',' && depth == 0) {
                atName = true;
                i++;
            } else if (c == ';' && depth == 0) {
                break;
            } else if (wordChar(c) && !Character.isDigit(c)) {
                int j = i + 1;
                while (j < n && wordChar(sql.charAt(j))) j++;
                String w = sql.substring(i, j);
                if (w.equalsIgnoreCase("CASE")) {
                    depth++;
                } else if (w.equalsIgnoreCase("END")) {
                    if (depth == 0) break;   // the trigger body's own END
                    depth--;
                } else if (depth == 0 && (w.equalsIgnoreCase("WHERE") || w.equalsIgnoreCase("FROM") || w.equalsIgnoreCase("RETURNING"))) {
                    break;
                } else if (depth == 0 && atName && assigns(sql, j)) {
                    out.add(w);
                }
                if (depth == 0) atName = false;
                i = j;
            } else {
                if (depth == 0 && !Character.isWhitespace(c)) atName = false;
                i++;
            }
        }
        return out;
    }

    /** Whether the text from {@code at} starts, past spaces, with a single {@code =} (not {@code ==}). */
    private static boolean assigns(String sql, int at) {
        int i = at;
        while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) i++;
        return i < sql.length() && sql.charAt(i) == '=' && !(i + 1 < sql.length() && sql.charAt(i + 1) == '=');
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
