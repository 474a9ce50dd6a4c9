package dev.godwit.engine.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one SQLite lexer of the engine. It cuts SQL text into tokens that cover it without a gap:
 * joined in order, their texts give back the input exactly. Comments and whitespace are tokens
 * too, so callers that rewrite text (D1's cleaning, the planner's literal rewriting) keep them.
 *
 * <p>Quotes of all four kinds: {@code '…'} strings, {@code "…"} and {@code `…`} identifiers with
 * the quote doubled inside, {@code […]} identifiers without any escape; {@code X'…'} blobs;
 * {@code --} comments up to (not including) the line break and {@code /* … *}{@code /} comments.
 * Unterminated quotes and comments run to the end of the input, like SQLite reads them up to its
 * "unrecognized token" error.
 */
public final class SqlLexer {

    /** drizzle-kit's separator between the statements of a migration file. */
    public static final String BREAKPOINT = "--> statement-breakpoint";

    public enum Kind {
        /** A bare word: a keyword or an unquoted name. */
        WORD,
        /** A quoted identifier: {@code "a""b"}, {@code `a``b`}, {@code [a b]}. */
        QUOTED,
        /** A string literal {@code 'it''s'}. */
        STRING,
        /** A blob literal {@code X'00ff'}. */
        BLOB,
        NUMBER,
        /** A parameter: {@code ?}, {@code ?1}, {@code :name}, {@code @name}, {@code $name}. */
        VARIABLE,
        /** An operator or punctuation: {@code ( ) , ; . ||} and the like. */
        PUNCT,
        WHITESPACE,
        /** {@code -- …} up to the line break, which is not part of it. */
        LINE_COMMENT,
        /** {@code /* … *}{@code /}, or to the end of the input when not closed. */
        BLOCK_COMMENT
    }

    /** A token: its kind, its exact source text and where that stands in the input ({@code [start, end)}). */
    public record Token(Kind kind, String text, int start, int end) {

        /** A bare word equal to {@code keyword}, any case. Quoted identifiers are never keywords. */
        public boolean is(String keyword) {
            return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
        }

        public boolean isPunct(String p) {
            return kind == Kind.PUNCT && text.equals(p);
        }

        /** Whitespace or a comment: nothing SQLite executes. */
        public boolean isTrivia() {
            return kind == Kind.WHITESPACE || kind == Kind.LINE_COMMENT || kind == Kind.BLOCK_COMMENT;
        }

        public boolean isComment() {
            return kind == Kind.LINE_COMMENT || kind == Kind.BLOCK_COMMENT;
        }

        /** A string, a quoted identifier or a blob: text SQLite takes as it is. */
        public boolean isQuoted() {
            return kind == Kind.STRING || kind == Kind.QUOTED || kind == Kind.BLOB;
        }

        /** Whether the quote or comment is closed; always true for other kinds. */
        public boolean isTerminated() {
            return switch (kind) {
                case STRING -> closed(text, 0, '\'');
                case BLOB -> closed(text, 1, '\'');
                case QUOTED -> text.charAt(0) == '[' ? text.length() >= 2 && text.endsWith("]") : closed(text, 0, text.charAt(0));
                case BLOCK_COMMENT -> text.length() >= 4 && text.endsWith("*/");
                default -> true;
            };
        }

        /** Something SQLite may read as a name: a bare word, a quoted identifier or (legacy) a string. */
        public boolean isName() {
            return kind == Kind.WORD || kind == Kind.QUOTED || kind == Kind.STRING;
        }

        /** The name or value this token stands for: quotes removed, doubled quotes undone. */
        public String name() {
            return switch (kind) {
                case QUOTED, STRING -> unquote(text);
                default -> text;
            };
        }

        public String upper() {
            return text.toUpperCase(Locale.ROOT);
        }

        private static boolean closed(String text, int open, char q) {
            for (int i = open + 1; i < text.length(); i++) {
                if (text.charAt(i) != q) continue;
                if (i + 1 < text.length() && text.charAt(i + 1) == q) i++;
                else return true;
            }
            return false;
        }
    }

    private SqlLexer() {
    }

    /** Every token of {@code sql}, whitespace and comments included (a list that cannot be changed). */
    public static List<Token> tokenize(String sql) {
        return RecentTokens.SHARED.all(sql);
    }

    /** The tokens SQLite executes: whitespace and comments left out (a list that cannot be changed). */
    public static List<Token> significant(String sql) {
        return RecentTokens.SHARED.significant(sql);
    }

    /** Index of the ")" closing the "(" at {@code open} among the tokens {@code t}, or {@code to} where none does before it. */
    public static int closing(List<Token> t, int open, int to) {
        int depth = 0;
        for (int i = open + 1; i < to; i++) {
            if (t.get(i).isPunct("(")) depth++;
            else if (t.get(i).isPunct(")") && depth-- == 0) return i;
        }
        return to;
    }

    /** The first token SQLite executes (not whitespace, not a comment) at or after {@code from}, or null: lexed no further. */
    public static Token firstSignificant(String sql, int from) {
        int n = sql.length();
        int i = from;
        while (i < n) {
            Kind k = kindAt(sql, i);
            int e = end(sql, i, k);
            if (k != Kind.WHITESPACE && k != Kind.LINE_COMMENT && k != Kind.BLOCK_COMMENT) return new Token(k, sql.substring(i, e), i, e);
            i = e;
        }
        return null;
    }

    static List<Token> lex(String sql) {
        List<Token> out = new ArrayList<>();
        int n = sql.length();
        int i = 0;
        while (i < n) {
            Kind k = kindAt(sql, i);
            int e = end(sql, i, k);
            out.add(new Token(k, sql.substring(i, e), i, e));
            i = e;
        }
        return out;
    }

    /** Quotes removed and doubled quotes undone: {@code "a""b"} -> {@code a"b}, {@code [a b]} -> {@code a b}. */
    public static String unquote(String t) {
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

    private static Kind kindAt(String sql, int i) {
        char c = sql.charAt(i);
        int n = sql.length();
        if (isSpace(c)) return Kind.WHITESPACE;
        if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') return Kind.LINE_COMMENT;
        if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') return Kind.BLOCK_COMMENT;
        if (c == '\'') return Kind.STRING;
        if (c == '"' || c == '`' || c == '[') return Kind.QUOTED;
        if ((c == 'x' || c == 'X') && i + 1 < n && sql.charAt(i + 1) == '\'') return Kind.BLOB;
        if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(sql.charAt(i + 1)))) return Kind.NUMBER;
        if (isWordStart(c)) return Kind.WORD;
        if (c == '?' || c == ':' || c == '@' || c == '$') return Kind.VARIABLE;
        return Kind.PUNCT;
    }

    /** Where the token of kind {@code kind} starting at {@code i} ends (exclusive). */
    private static int end(String sql, int i, Kind kind) {
        int n = sql.length();
        switch (kind) {
            case WHITESPACE: {
                int e = i + 1;
                while (e < n && isSpace(sql.charAt(e))) e++;
                return e;
            }
            case LINE_COMMENT: {
                int nl = sql.indexOf('\n', i);
                return nl < 0 ? n : nl;
            }
            case BLOCK_COMMENT: {
                int close = sql.indexOf("*/", i + 2);
                return close < 0 ? n : close + 2;
            }
            case STRING:
            case QUOTED:
                return endOfQuoted(sql, i);
            case BLOB:
                return endOfQuoted(sql, i + 1);
            case NUMBER:
                return endOfNumber(sql, i);
            case WORD: {
                int e = i + 1;
                while (e < n && isWordPart(sql.charAt(e))) e++;
                return e;
            }
            case VARIABLE: {
                int e = i + 1;
                while (e < n && isWordPart(sql.charAt(e))) e++;
                return e;
            }
            default: {
                int e = i + 1;
                if (e < n) {
                    char a = sql.charAt(i);
                    char b = sql.charAt(e);
                    if ((a == '|' && b == '|') || (a == '<' && (b == '=' || b == '>' || b == '<')) || (a == '>' && (b == '=' || b == '>'))
                            || (a == '!' && b == '=') || (a == '=' && b == '=') || (a == '-' && b == '>')) {
                        e++;
                        if (a == '-' && e < n && sql.charAt(e) == '>') e++;
                    }
                }
                return e;
            }
        }
    }

    /**
     * Where the quoted text opened at {@code start} ({@code '}, {@code "}, {@code `} or {@code [}) ends: just after its closing
     * quote, a doubled quote staying inside ({@code [...]} has no escape: its first {@code ]} closes it), or the end of the text
     * when it is not closed. For callers that skip quoted texts in SQL they scan themselves.
     */
    public static int endOfQuoted(String sql, int start) {
        int n = sql.length();
        char q = sql.charAt(start);
        if (q == '[') {
            int close = sql.indexOf(']', start + 1);
            return close < 0 ? n : close + 1;
        }
        int i = start + 1;
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

    /**
     * Whitespace as SQLite reads it, with a byte order mark (U+FEFF): SQLite's tokenizer skips one as space, so a file saved
     * with a BOM runs, and its first statement must be judged by its first keyword, not by a word that starts with a BOM.
     */
    public static boolean isSpace(char c) {
        if (c < 128) return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= '\u001f');
        return Character.isWhitespace(c) || c == BOM;
    }

    /** The byte order mark some editors put at the start of a UTF-8 file. */
    public static final char BOM = '\uFEFF';

    private static boolean isWordStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c > 127;
    }

    private static boolean isWordPart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$' || c > 127;
    }
}
