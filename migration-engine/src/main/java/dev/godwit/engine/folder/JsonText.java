package dev.godwit.engine.folder;

import static dev.godwit.schema.Json.string;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.godwit.schema.model.DefaultValue;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON in and out. Output is byte-identical to JavaScript's {@code JSON.stringify(value, null, 2)},
 * which is how drizzle-kit writes snapshots and the journal, so files written by either tool diff cleanly.
 */
public final class JsonText {

    private JsonText() {
    }

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** Parses strict JSON into Jackson's tree, without Jackson's ObjectMapper (see {@link JsonReader}). */
    public static JsonNode parse(String text) throws InvalidJsonException {
        return JsonReader.parse(text);
    }

    /** As {@link #parse}, refusing an object that gives one field twice (see {@link JsonReader#parseUniqueKeys}). */
    public static JsonNode parseUniqueKeys(String text) throws InvalidJsonException {
        return JsonReader.parseUniqueKeys(text);
    }

    public static String compact(JsonNode node) {
        StringBuilder sb = new StringBuilder();
        write(node, sb, null, "");
        return sb.toString();
    }

    public static String pretty(JsonNode node) {
        StringBuilder sb = new StringBuilder();
        write(node, sb, "  ", "");
        return sb.toString();
    }

    private static void write(JsonNode n, StringBuilder sb, String indent, String current) {
        if (n == null || n.isNull()) {
            sb.append("null");
        } else if (n.isObject()) {
            if (n.isEmpty()) {
                sb.append("{}");
                return;
            }
            String inner = indent == null ? "" : current + indent;
            sb.append('{');
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (indent != null) sb.append('\n').append(inner);
                string(e.getKey(), sb);
                sb.append(indent == null ? ":" : ": ");
                write(e.getValue(), sb, indent, inner);
                if (it.hasNext()) sb.append(',');
            }
            if (indent != null) sb.append('\n').append(current);
            sb.append('}');
        } else if (n.isArray()) {
            if (n.isEmpty()) {
                sb.append("[]");
                return;
            }
            String inner = indent == null ? "" : current + indent;
            sb.append('[');
            for (int i = 0; i < n.size(); i++) {
                if (indent != null) sb.append('\n').append(inner);
                write(n.get(i), sb, indent, inner);
                if (i < n.size() - 1) sb.append(',');
            }
            if (indent != null) sb.append('\n').append(current);
            sb.append(']');
        } else if (n.isTextual()) {
            string(n.textValue(), sb);
        } else if (n.isBoolean()) {
            sb.append(n.booleanValue());
        } else if (n.isNumber()) {
            sb.append(n.isIntegralNumber() ? n.bigIntegerValue().toString() : DefaultValue.formatNumber(n.doubleValue()));
        } else {
            string(n.asText(), sb);
        }
    }
}
