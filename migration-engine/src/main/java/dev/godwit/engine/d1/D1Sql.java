package dev.godwit.engine.d1;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins statements into the one {@code sql} text of a D1 request. D1 splits that text on
 * {@code ;} on the server and runs the parts as one transaction (reference d1.md §1.6, §1.7), so
 * each statement must end cleanly: a trailing {@code ;} is dropped, a statement that ends inside
 * a {@code --} comment gets a newline before the separator (or the {@code ;} would be commented
 * out), CRLF becomes LF outside string literals (D1's splitter mishandles CRLF in trigger
 * bodies), and empty or comment-only statements are left out (D1 refuses SQL without a
 * statement).
 */
public final class D1Sql {

    public static final String SEPARATOR = ";\n";

    private D1Sql() {
    }

    /** The statement ready to join, or "" when it holds no SQL (empty or comments only). */
    public static String clean(String statement) {
        if (statement == null) return "";
        String s = statement;
        while (true) {
            Scan scan = scan(s);
            if (!scan.hasCode) return "";
            s = scan.text;
            if (scan.lastCode >= 0 && s.charAt(scan.lastCode) == ';') {
                s = s.substring(0, scan.lastCode) + s.substring(scan.lastCode + 1);
                continue;
            }
            String out = s.stripTrailing();
            if (scan(out).endsInLineComment) out = out + "\n";
            return out.strip().isEmpty() ? "" : stripLeading(out);
        }
    }

    private static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return s.substring(i);
    }

    /** The cleaned, non-empty statements joined with {@value #SEPARATOR}-style separators (no trailing one). */
    public static String join(List<String> statements) {
        List<String> parts = new ArrayList<>();
        for (String s : statements) {
            String c = clean(s);
            if (!c.isEmpty()) parts.add(c);
        }
        return String.join(SEPARATOR, parts);
    }

    private record Scan(String text, boolean hasCode, int lastCode, boolean endsInLineComment) {
    }

    /** Normalises CRLF outside quotes and finds the last character of code outside comments. */
    private static Scan scan(String in) {
        StringBuilder out = new StringBuilder(in.length());
        boolean hasCode = false;
        int lastCode = -1;
        int n = in.length();
        int i = 0;
        char quote = 0;          // ' " ` or ] while inside a quoted string or identifier
        boolean lineComment = false;
        boolean blockComment = false;
        while (i < n) {
            char c = in.charAt(i);
            if (quote != 0) {
                out.append(c);
                if (c == quote) {
                    if (quote != ']' && i + 1 < n && in.charAt(i + 1) == quote) {
                        out.append(c);
                        i += 2;
                        lastCode = out.length() - 1;
                        continue;
                    }
                    quote = 0;
                }
                lastCode = out.length() - 1;
                i++;
                continue;
            }
            if (c == '\r' && i + 1 < n && in.charAt(i + 1) == '\n') {
                i++;
                continue; // the \n is appended next round
            }
            if (lineComment) {
                out.append(c);
                if (c == '\n') lineComment = false;
                i++;
                continue;
            }
            if (blockComment) {
                out.append(c);
                if (c == '*' && i + 1 < n && in.charAt(i + 1) == '/') {
                    out.append('/');
                    i += 2;
                    blockComment = false;
                    continue;
                }
                i++;
                continue;
            }
            if (c == '-' && i + 1 < n && in.charAt(i + 1) == '-') {
                lineComment = true;
                out.append("--");
                i += 2;
                continue;
            }
            if (c == '/' && i + 1 < n && in.charAt(i + 1) == '*') {
                blockComment = true;
                out.append("/*");
                i += 2;
                continue;
            }
            out.append(c);
            if (c == '\'' || c == '"' || c == '`') quote = c;
            if (c == '[') quote = ']';
            if (!Character.isWhitespace(c)) {
                hasCode = true;
                lastCode = out.length() - 1;
            }
            i++;
        }
        return new Scan(out.toString(), hasCode, lastCode, lineComment);
    }
}
