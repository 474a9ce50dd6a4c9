package dev.godwit.engine.introspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small SQLite tokenizer for the DDL text kept in {@code sqlite_master}: quoted identifiers
 * ({@code "a""b"}, {@code `a``b`}, {@code [a b]}), string and blob literals, numbers, comments and
 * punctuation. Every token keeps its offsets, so callers can cut the exact source text of an
 * expression (a default, a CHECK, an index WHERE) out of the statement.
 */
final class SqlTokens {

    enum Kind { WORD, QUOTED, STRING, BLOB, NUMBER, PUNCT, VARIABLE }

    record Token(Kind kind, String text, int start, int end) {

        /** A bare word equal to {@code keyword}, any case. Quoted identifiers are never keywords. */
        boolean is(String keyword) {
            return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
        }

        boolean isPunct(String p) {
            return kind == Kind.PUNCT && text.equals(p);
        }

        /** Something SQLite may read as a name: a bare word, a quoted identifier or (legacy) a string. */
        boolean isName() {
            return kind == Kind.WORD || kind == Kind.QUOTED || kind == Kind.STRING;
        }

        /** The name this token stands for: quotes removed, doubled quotes undone. */
        String name() {
            return switch (kind) {
                case QUOTED, STRING -> unquote(text);
                default -> text;
            };
        }

        String upper() {
            return text.toUpperCase(Locale.ROOT);
        }
    }

    private SqlTokens() {
    }

    static String unquote(String t) {
        if (t.length() < 2) return t;
        char q = t.charAt(0);
        String inner = t.substring(1, t.length() - 1);
        return switch (q) {
            case '"' -> inner.replace("\"\"", "\"");
            case '`' -> inner.replace("``", "`");
            case '\'' -> inner.replace("''", "'");
            case '[' -> inner;
            default -> t;
        };
    }

    /** Tokenizes {@code sql}; comments and whitespace are dropped. Unterminated quotes run to the end. */
    static List<Token> tokenize(String sql) {
        List<Token> out = new ArrayList<>();
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n') i++;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int e = sql.indexOf("*/", i + 2);
                i = e < 0 ? n : e + 2;
            } else if (c == '"' || c == '`' || c == '\'') {
                int e = endOfQuoted(sql, i, c);
                out.add(new Token(c == '\'' ? Kind.STRING : Kind.QUOTED, sql.substring(i, e), i, e));
                i = e;
            } else if (c == '[') {
                int e = sql.indexOf(']', i + 1);
                e = e < 0 ? n : e + 1;
                out.add(new Token(Kind.QUOTED, sql.substring(i, e), i, e));
                i = e;
            } else if ((c == 'x' || c == 'X') && i + 1 < n && sql.charAt(i + 1) == '\'') {
                int e = endOfQuoted(sql, i + 1, '\'');
                out.add(new Token(Kind.BLOB, sql.substring(i, e), i, e));
                i = e;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(sql.charAt(i + 1)))) {
                int e = endOfNumber(sql, i);
                out.add(new Token(Kind.NUMBER, sql.substring(i, e), i, e));
                i = e;
            } else if (isWordStart(c)) {
                int e = i + 1;
                while (e < n && isWordPart(sql.charAt(e))) e++;
                out.add(new Token(Kind.WORD, sql.substring(i, e), i, e));
                i = e;
            } else if (c == '?' || c == ':' || c == '@' || c == '$') {
                int e = i + 1;
                while (e < n && isWordPart(sql.charAt(e))) e++;
                out.add(new Token(Kind.VARIABLE, sql.substring(i, e), i, e));
                i = e;
            } else {
                int e = i + 1;
                if (e < n) {
                    String two = sql.substring(i, e + 1);
                    if (two.equals("||") || two.equals("<=") || two.equals(">=") || two.equals("<>") || two.equals("!=")
                            || two.equals("==") || two.equals("<<") || two.equals(">>") || two.equals("->")) {
                        e++;
                        if (two.equals("->") && e < n && sql.charAt(e) == '>') e++;
                    }
                }
                out.add(new Token(Kind.PUNCT, sql.substring(i, e), i, e));
                i = e;
            }
        }
        return out;
    }

    private static int endOfQuoted(String sql, int start, char q) {
        int i = start + 1;
        int n = sql.length();
        while (i < n) {
            if (sql.charAt(i) == q) {
                if (i + 1 < n && sql.charAt(i + 1) == q) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return n;
    }

    private static int endOfNumber(String sql, int i) {
        int n = sql.length();
        if (sql.charAt(i) == '0' && i + 1 < n && (sql.charAt(i + 1) == 'x' || sql.charAt(i + 1) == 'X')) {
            int e = i + 2;
            while (e < n && (Character.digit(sql.charAt(e), 16) >= 0 || sql.charAt(e) == '_')) e++;
            return e;
        }
        int e = i;
        while (e < n && (Character.isDigit(sql.charAt(e)) || sql.charAt(e) == '_')) e++;
        if (e < n && sql.charAt(e) == '.') {
            e++;
            while (e < n && (Character.isDigit(sql.charAt(e)) || sql.charAt(e) == '_')) e++;
        }
        if (e < n && (sql.charAt(e) == 'e' || sql.charAt(e) == 'E')) {
            int f = e + 1;
            if (f < n && (sql.charAt(f) == '+' || sql.charAt(f) == '-')) f++;
            if (f < n && Character.isDigit(sql.charAt(f))) {
                e = f;
                while (e < n && Character.isDigit(sql.charAt(e))) e++;
            }
        }
        return e;
    }

    private static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_' || c > 127;
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 127;
    }

    /** Index of the token closing the parenthesis opened at {@code open}, or the last index when unbalanced. */
    static int closing(List<Token> ts, int open) {
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

    /** Splits tokens {@code [from, to)} at top-level commas. Each part is a {@code [start, end)} pair. */
    static List<int[]> splitTopLevel(List<Token> ts, int from, int to) {
        List<int[]> parts = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < to; i++) {
            Token t = ts.get(i);
            if (t.isPunct("(")) depth++;
            else if (t.isPunct(")")) depth--;
            else if (depth == 0 && t.isPunct(",")) {
                parts.add(new int[] {start, i});
                start = i + 1;
            }
        }
        if (start < to) parts.add(new int[] {start, to});
        return parts;
    }

    /** The source text from token {@code from} through token {@code toInclusive}. */
    static String text(String sql, List<Token> ts, int from, int toInclusive) {
        if (from > toInclusive) return "";
        return sql.substring(ts.get(from).start(), ts.get(toInclusive).end());
    }
}
