package dev.godwit.engine.pull;

import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.engine.sql.SqlLexer.Kind;
import dev.godwit.engine.sql.SqlLexer.Token;
import dev.godwit.schema.model.DefaultValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Java and SQL literals in the sources {@code db:pull} writes: strings, comments, numbers, SQL string defaults. */
final class JavaLiterals {

    private static final Pattern INTEGER = Pattern.compile("-?\\d+");

    private JavaLiterals() {
    }

    /** A Java string literal: quotes, backslashes and control characters escaped; non-ASCII as {@code \\uXXXX}. */
    static String str(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7f) sb.append(String.format("\\%03o", (int) c));
                    else if (c > 0x7e) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }

    static String quoteIdentifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** A name for a comment: as a Java string literal, with {@code *}{@code /} broken up. */
    static String comment(String s) {
        return str(s).replace("*/", "*\\/");
    }

    /** Whether the SQL text is one string literal and nothing else (no comment, no space around it). */
    static boolean isSingleStringLiteral(String s) {
        List<Token> ts = SqlLexer.tokenize(s);
        return ts.size() == 1 && ts.get(0).kind() == Kind.STRING && ts.get(0).isTerminated();
    }

    /** A Java literal whose {@link DefaultValue#number} text is exactly {@code sql}; null if there is none. */
    static String numberLiteral(String sql) {
        if (INTEGER.matcher(sql).matches()) {
            BigInteger v = new BigInteger(sql);
            if (!v.toString().equals(sql)) return null;
            if (v.bitLength() < 32) return sql;
            if (v.bitLength() < 64) return sql + "L";
            return "new java.math.BigInteger(" + str(sql) + ")";
        }
        try {
            double d = Double.parseDouble(sql);
            if (!Double.isInfinite(d) && DefaultValue.formatNumber(d).equals(sql)) return Double.toString(d);
            BigDecimal bd = new BigDecimal(sql);
            if (DefaultValue.formatNumber(bd).equals(sql)) return "new java.math.BigDecimal(" + str(sql) + ")";
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** A string over several source lines when it has line breaks: {@code "a\n" + "b"}. */
    static String multiline(String s) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                parts.add(s.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < s.length()) parts.add(s.substring(start));
        if (parts.isEmpty()) return "\"\"";
        return String.join("\n                + ", parts.stream().map(JavaLiterals::str).toList());
    }
}
