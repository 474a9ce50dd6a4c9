package dev.godwit.schema.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A column default as drizzle's snapshot keeps it: the SQL text that follows {@code DEFAULT}, and
 * whether the snapshot stores it as a JSON number, a JSON boolean or a string (SQL literal or
 * expression). Two defaults are equal when drizzle-kit would find no change between them.
 */
public record DefaultValue(Kind kind, String sql) {

    public enum Kind { NUMBER, BOOLEAN, SQL }

    public DefaultValue {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sql, "sql");
    }

    /** A raw SQL default, written as given: {@code (unixepoch())}, {@code CURRENT_TIMESTAMP}. */
    public static DefaultValue sql(String expression) {
        return new DefaultValue(Kind.SQL, expression);
    }

    /** A string literal: {@code it's} becomes {@code 'it''s'}. */
    public static DefaultValue string(String value) {
        return new DefaultValue(Kind.SQL, quote(value));
    }

    public static DefaultValue bool(boolean value) {
        return new DefaultValue(Kind.BOOLEAN, Boolean.toString(value));
    }

    public static DefaultValue number(Number value) {
        return new DefaultValue(Kind.NUMBER, formatNumber(value));
    }

    /**
     * Whether two defaults give a row the same value in SQLite: equal, or {@code true} / {@code false} against {@code 1} /
     * {@code 0} (SQLite's boolean keywords are those integers), so a database made by hand with {@code DEFAULT 1} matches a
     * schema's {@code defaultValue(true)}.
     */
    public static boolean sameValue(DefaultValue a, DefaultValue b) {
        if (Objects.equals(a, b)) return true;
        if (a == null || b == null) return false;
        String x = asInteger(a);
        if (x != null && x.equals(asInteger(b))) return true;
        Double r = asReal(a);
        return r != null && r.equals(asReal(b));
    }

    /**
     * The value of a literal SQLite reads as a REAL (with a point or an exponent, or an integer beyond 64 bits), else null: so
     * {@code -1.5e+300} and the same number written out in full (as snapshots before JavaScript's exponent form had it) are one.
     */
    private static Double asReal(DefaultValue d) {
        String t = d.sql().strip();
        if (!t.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) return null;
        boolean real = t.contains(".") || t.contains("e") || t.contains("E");
        if (!real) {
            try {
                Long.parseLong(t);
                return null;
            } catch (NumberFormatException beyond64Bits) {
                // SQLite reads it as a REAL
            }
        }
        return Double.parseDouble(t);
    }

    /** An integer literal as SQLite reads it ({@code +5} and {@code 05} are 5), else the text of a NUMBER, else null. */
    private static String asInteger(DefaultValue d) {
        String t = d.sql().strip();
        if (t.equalsIgnoreCase("true")) return "1";
        if (t.equalsIgnoreCase("false")) return "0";
        if (t.matches("[-+]?\\d+")) return new java.math.BigInteger(t.startsWith("+") ? t.substring(1) : t).toString();
        return d.kind() == Kind.NUMBER ? t : null;
    }

    private static String javaScriptString(double d) {
        if (d == 0) return "0";
        BigDecimal shortest = shortestDigits(Math.abs(d));
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale();   // the value is 0.digits x 10^n
        String sign = d < 0 ? "-" : "";
        if (k <= n && n <= 21) return sign + digits + "0".repeat(n - k);
        if (0 < n && n <= 21) return sign + digits.substring(0, n) + "." + digits.substring(n);
        if (-6 < n && n <= 0) return sign + "0." + "0".repeat(-n) + digits;
        int e = n - 1;
        String exponent = "e" + (e >= 0 ? "+" : "") + e;
        return sign + digits.charAt(0) + (k == 1 ? "" : "." + digits.substring(1)) + exponent;
    }

    /** The fewest significant digits that read back as {@code d} (Java 17's Double.toString sometimes gives more). */
    private static BigDecimal shortestDigits(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int p = 1; p < 17; p++) {
            BigDecimal r = exact.round(new java.math.MathContext(p, java.math.RoundingMode.HALF_EVEN));
            if (r.doubleValue() == d) return r.stripTrailingZeros();
        }
        return exact.round(new java.math.MathContext(17, java.math.RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    /** SQL single-quoted literal with quotes doubled. */
    public static String quote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** Numbers as JavaScript prints them (ECMAScript Number::toString), so snapshots match drizzle-kit's byte for byte. */
    public static String formatNumber(Number value) {
        if (value instanceof Double || value instanceof Float) {
            // a float as written (0.1f is 0.1, not the 0.10000000149011612 its widening to double gives)
            double d = value instanceof Float f ? Double.parseDouble(Float.toString(f)) : value.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("a default must be a finite number, got " + d);
            }
            return javaScriptString(d);
        }
        if (value instanceof BigDecimal bd) {
            return bd.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }
}
