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

    /** Maps (keys as strings), lists, arrays, strings, numbers, booleans and null, as JSON text. */
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
            sb.append(dev.godwit.schema.model.DefaultValue.formatNumber(n));
        } else if (v instanceof CharSequence s) {
            string(s.toString(), sb);
        } else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator();
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
