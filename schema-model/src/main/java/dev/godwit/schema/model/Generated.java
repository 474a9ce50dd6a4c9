package dev.godwit.schema.model;

import java.util.Objects;

/** A generated column: {@code as} is the parenthesised expression, {@code type} is stored or virtual. */
public record Generated(String as, Type type) {

    public enum Type {
        STORED, VIRTUAL;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Generated {
        Objects.requireNonNull(as, "as");
        Objects.requireNonNull(type, "type");
    }

    /** Wraps a bare expression in parentheses, as drizzle-kit does. */
    public static Generated of(String expression, Type type) {
        String e = expression.strip();
        return new Generated(e.startsWith("(") && balancedOuterParens(e) ? e : "(" + e + ")", type);
    }

    private static boolean balancedOuterParens(String e) {
        if (!e.endsWith(")")) return false;
        int depth = 0;
        for (int i = 0; i < e.length(); i++) {
            char c = e.charAt(i);
            if (c == '(') depth++;
            else if (c == ')') {
                depth--;
                if (depth == 0 && i < e.length() - 1) return false;
            }
        }
        return depth == 0;
    }
}
