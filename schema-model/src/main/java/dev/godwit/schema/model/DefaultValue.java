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
        return x != null && x.equals(asInteger(b));
    }

    private static String asInteger(DefaultValue d) {
        String t = d.sql().strip();
        if (t.equalsIgnoreCase("true")) return "1";
        if (t.equalsIgnoreCase("false")) return "0";
        return d.kind() == Kind.NUMBER || t.matches("-?\\d+") ? t : null;
    }

    /** SQL single-quoted literal with quotes doubled. */
    public static String quote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** Numbers as JavaScript prints them, so snapshots match drizzle-kit's byte for byte. */
    public static String formatNumber(Number value) {
        if (value instanceof Double || value instanceof Float) {
            double d = value.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("a default must be a finite number, got " + d);
            }
            if (d == Math.rint(d) && Math.abs(d) < 1e21) {
                return new BigDecimal(d).toBigInteger().toString();
            }
            String s = Double.toString(d);
            if (s.contains("E")) {
                BigDecimal bd = new BigDecimal(s);
                if (Math.abs(d) >= 1e-6) return bd.toPlainString();
                String mant = s.substring(0, s.indexOf('E'));
                if (mant.endsWith(".0")) mant = mant.substring(0, mant.length() - 2);
                return mant + "e" + s.substring(s.indexOf('E') + 1);
            }
            return s;
        }
        if (value instanceof BigDecimal bd) {
            return bd.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }
}
