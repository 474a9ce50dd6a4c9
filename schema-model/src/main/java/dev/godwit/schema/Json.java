package dev.godwit.schema;

import java.lang.reflect.Array;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Compact JSON as JavaScript's JSON.stringify writes it, for JSON-mode defaults: what {@code defaultValue(Map/List)}
 * stores, also used by the YAML reader so a YAML mapping or list default gives the same model.
 */
public final class Json {

    private Json() {
    }

    /**
     * Maps (keys as strings), lists, arrays, strings, numbers, booleans and null, as JSON text. A NaN or infinite number is
     * refused (IllegalArgumentException saying so): JSON has none.
     */
    public static String write(Object v) {
        StringBuilder sb = new StringBuilder();
        write(v, sb);
        return sb.toString();
    }

    private static void write(Object v, StringBuilder sb) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof Boolean) {
            sb.append(v);
        } else if (v instanceof Number n) {
            if ((n instanceof Double || n instanceof Float) && !Double.isFinite(n.doubleValue())) {
                // JSON.stringify would write null: the value kept would not be the one given
                throw new IllegalArgumentException("a default must be a finite number, got " + n.doubleValue()
                        + " (JSON has no such number); leave it out of the value");
            }
            sb.append(dev.godwit.schema.model.DefaultValue.formatNumber(n));
        } else if (v instanceof CharSequence s) {
            string(s.toString(), sb);
        } else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            Iterator<? extends Map.Entry<?, ?>> it = inJavaScriptOrder(m).iterator();
            while (it.hasNext()) {
                Map.Entry<?, ?> e = it.next();
                string(String.valueOf(e.getKey()), sb);
                sb.append(':');
                write(e.getValue(), sb);
                if (it.hasNext()) sb.append(',');
            }
            sb.append('}');
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) sb.append(',');
                write(l.get(i), sb);
            }
            sb.append(']');
        } else if (v.getClass().isArray()) {
            sb.append('[');
            for (int i = 0; i < Array.getLength(v); i++) {
                if (i > 0) sb.append(',');
                write(Array.get(v, i), sb);
            }
            sb.append(']');
        } else {
            string(v.toString(), sb);
        }
    }

    /**
     * A map's entries in the order a JavaScript object holds its keys, which JSON.stringify writes: the keys that are array
     * indexes ("0", "2", "10": canonical integers below 2^32 - 1) first, ascending, then the others as inserted. drizzle-kit
     * writes {@code .default({ b: 1, "2": 2 })} as '{"2":2,"b":1}'; in insertion order the same object was another default, and
     * db:generate on a drizzle-kit folder rebuilt the table for it.
     */
    private static List<Map.Entry<?, ?>> inJavaScriptOrder(Map<?, ?> m) {
        List<Map.Entry<?, ?>> indexes = new java.util.ArrayList<>();
        List<Map.Entry<?, ?>> others = new java.util.ArrayList<>();
        for (Map.Entry<?, ?> e : m.entrySet()) (arrayIndex(String.valueOf(e.getKey())) >= 0 ? indexes : others).add(e);
        if (indexes.isEmpty()) return others;
        indexes.sort(java.util.Comparator.comparingLong(e -> arrayIndex(String.valueOf(e.getKey()))));
        indexes.addAll(others);
        return indexes;
    }

    /** The key's value as an array index (ECMAScript: a canonical numeric string of an integer 0 .. 2^32 - 2), else -1. */
    private static long arrayIndex(String key) {
        int n = key.length();
        if (n == 0 || n > 10 || (n > 1 && key.charAt(0) == '0')) return -1;
        for (int i = 0; i < n; i++) if (key.charAt(i) < '0' || key.charAt(i) > '9') return -1;
        long v = Long.parseLong(key);
        return v <= 4294967294L ? v : -1;
    }

    /** A JSON string with JSON.stringify's escapes (the engine writes its snapshots' strings with it too). */
    public static void string(String s, StringBuilder sb) {
        sb.append('"');
        int plain = 0;
        while (plain < s.length() && s.charAt(plain) >= 0x20 && s.charAt(plain) != '"' && s.charAt(plain) != '\\') plain++;
        sb.append(s, 0, plain);   // most strings (names, types) need no escape at all
        for (int i = plain; i < s.length(); i++) {
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
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        sb.append('"');
    }

    static List<Object> list(Object... items) {
        return List.of(items);
    }
}
