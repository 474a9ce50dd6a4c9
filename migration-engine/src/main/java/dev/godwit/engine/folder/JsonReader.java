package dev.godwit.engine.folder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * A strict JSON (RFC 8259) parser into Jackson's tree nodes, for the migrations folder's files.
 * Every Godwit command reads the journal and a snapshot once in a fresh JVM, and there Jackson's
 * ObjectMapper costs about ten times the parse itself (its set-up, not the parsing: 470 ms against
 * 50 ms for a 500-table snapshot); this reader builds the same tree without it. Numbers come out as
 * Jackson's readTree gives them (int, long or big integer; double otherwise).
 */
final class JsonReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 1000;
    /** How the reason of {@link #parseUniqueKeys}'s refusal starts. */
    static final String DUPLICATE_KEY = "the field";

    private final String text;
    private final boolean build;   // false: only check the syntax, building no nodes
    private boolean uniqueKeys;   // refuse an object giving one field twice (see parseUniqueKeys)
    private Map<String, String> topLevel;   // where the string fields of the top-level object go, when only checking
    private int pos;

    private JsonReader(String text, boolean build) {
        this.text = text;
        this.build = build;
    }

    /** The one JSON value {@code text} holds (a leading byte-order mark and surrounding white space allowed). */
    static JsonNode parse(String text) throws InvalidJsonException {
        return new JsonReader(text, true).document();
    }

    /**
     * As {@link #parse}, refusing an object that gives one field twice: RFC 8259 leaves that to the reader, and Jackson and
     * JavaScript's JSON.parse keep the last value and drop the other without a word. No tool writes the journal so; a merge
     * conflict resolved by keeping both sides' lines does ({@code "when": 1, "tag": "0003_a", "when": 2, "tag": "0003_b"}).
     */
    static JsonNode parseUniqueKeys(String text) throws InvalidJsonException {
        JsonReader r = new JsonReader(text, true);
        r.uniqueKeys = true;
        return r.document();
    }

    /**
     * Checks that {@code text} is JSON and returns the string fields of its top-level object (other
     * values are checked, not kept): a snapshot's id, prevId, version and dialect at a fraction of
     * the cost of its tree. Empty when the top level is not an object.
     */
    static Map<String, String> topLevelStrings(String text) throws InvalidJsonException {
        JsonReader r = new JsonReader(text, false);
        Map<String, String> out = new HashMap<>();
        r.topLevel = out;
        r.document();
        return out;
    }

    private JsonNode document() throws InvalidJsonException {
        if (text.startsWith("\uFEFF")) pos = 1;
        skipWhiteSpace();
        if (pos >= text.length()) throw error("no JSON value (the text is empty)");
        JsonNode value = value(0);
        skipWhiteSpace();
        if (pos < text.length()) throw error("unexpected " + describeHere() + " after the end of the JSON value");
        return value;
    }

    private JsonNode value(int depth) throws InvalidJsonException {
        if (depth > MAX_DEPTH) throw error("values nested more than " + MAX_DEPTH + " deep");
        if (pos >= text.length()) throw error("unexpected end of text, a value was expected");
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"': {
                String str = string();
                return build ? NODES.textNode(str) : null;
            }
            case 't':
                literal("true");
                return build ? NODES.booleanNode(true) : null;
            case 'f':
                literal("false");
                return build ? NODES.booleanNode(false) : null;
            case 'n':
                literal("null");
                return build ? NODES.nullNode() : null;
            default:
                if (c == '-' || (c >= '0' && c <= '9')) return number();
                throw error("unexpected " + describeHere() + ", a value was expected");
        }
    }

    private ObjectNode object(int depth) throws InvalidJsonException {
        ObjectNode node = build ? NODES.objectNode() : null;
        pos++;
        skipWhiteSpace();
        if (peek() == '}') {
            pos++;
            return node;
        }
        while (true) {
            skipWhiteSpace();
            if (peek() != '"') throw error("unexpected " + describeHere() + ", a field name in double quotes was expected");
            int keyAt = pos;
            String key = string();
            if (uniqueKeys && node.has(key)) {
                pos = keyAt;
                throw error(DUPLICATE_KEY + " " + dev.godwit.schema.Json.write(key) + " a second time in one object");
            }
            skipWhiteSpace();
            expect(':');
            skipWhiteSpace();
            if (build) {
                node.set(key, value(depth + 1));
            } else if (depth == 0 && topLevel != null && peek() == '"') {
                topLevel.put(key, string());
            } else {
                value(depth + 1);
            }
            skipWhiteSpace();
            char c = peek();
            pos++;
            if (c == '}') return node;
            if (c != ',') {
                pos--;
                throw error("unexpected " + describeHere() + ", ',' or '}' was expected");
            }
        }
    }

    private ArrayNode array(int depth) throws InvalidJsonException {
        ArrayNode node = build ? NODES.arrayNode() : null;
        pos++;
        skipWhiteSpace();
        if (peek() == ']') {
            pos++;
            return node;
        }
        while (true) {
            skipWhiteSpace();
            JsonNode v = value(depth + 1);
            if (build) node.add(v);
            skipWhiteSpace();
            char c = peek();
            pos++;
            if (c == ']') return node;
            if (c != ',') {
                pos--;
                throw error("unexpected " + describeHere() + ", ',' or ']' was expected");
            }
        }
    }

    private String string() throws InvalidJsonException {
        int start = ++pos;
        StringBuilder sb = null;
        while (true) {
            if (pos >= text.length()) throw error("unexpected end of text inside a string");
            char c = text.charAt(pos);
            if (c == '"') {
                String s = !build && topLevel == null ? "" : sb == null ? text.substring(start, pos) : sb.append(text, start, pos).toString();
                pos++;
                return s;
            }
            if (c < 0x20) throw error("a control character (code " + (int) c + ") inside a string must be escaped");
            if (c != '\\') {
                pos++;
                continue;
            }
            if (sb == null) sb = new StringBuilder();
            sb.append(text, start, pos);
            pos++;
            if (pos >= text.length()) throw error("unexpected end of text inside a string");
            char e = text.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    if (pos + 4 > text.length()) throw error("unexpected end of text in a \\u escape");
                    int code = 0;
                    for (int i = 0; i < 4; i++) {
                        int d = Character.digit(text.charAt(pos + i), 16);
                        if (d < 0) throw error("\\u must be followed by four hexadecimal digits");
                        code = code * 16 + d;
                    }
                    sb.append((char) code);
                    pos += 4;
                }
                default -> {
                    pos--;
                    throw error("unknown escape \\" + e + " inside a string");
                }
            }
            start = pos;
        }
    }

    private JsonNode number() throws InvalidJsonException {
        int start = pos;
        if (peek() == '-') pos++;
        if (peek() == '0') {
            pos++;
            if (isDigit(peek())) throw error("a number must not start with 0 (leading zeroes are not JSON)");
        } else if (isDigit(peek())) {
            while (isDigit(peek())) pos++;
        } else {
            throw error("a digit was expected after '-'");
        }
        boolean integral = true;
        if (peek() == '.') {
            integral = false;
            pos++;
            if (!isDigit(peek())) throw error("a digit was expected after the decimal point");
            while (isDigit(peek())) pos++;
        }
        if (peek() == 'e' || peek() == 'E') {
            integral = false;
            pos++;
            if (peek() == '+' || peek() == '-') pos++;
            if (!isDigit(peek())) throw error("a digit was expected in the exponent");
            while (isDigit(peek())) pos++;
        }
        if (!build) return null;
        String n = text.substring(start, pos);
        if (!integral) return NODES.numberNode(Double.parseDouble(n));
        int digits = n.length() - (n.charAt(0) == '-' ? 1 : 0);
        if (digits <= 9) return NODES.numberNode(Integer.parseInt(n));
        if (digits <= 18) {
            long l = Long.parseLong(n);
            return l == (int) l ? NODES.numberNode((int) l) : NODES.numberNode(l);
        }
        BigInteger big = new BigInteger(n);
        return big.bitLength() < 64 ? NODES.numberNode(big.longValue()) : NODES.numberNode(big);
    }

    private void literal(String word) throws InvalidJsonException {
        if (!text.startsWith(word, pos)) throw error("unexpected " + describeHere() + ", a value was expected");
        pos += word.length();
    }

    private void expect(char c) throws InvalidJsonException {
        if (peek() != c) throw error("unexpected " + describeHere() + ", '" + c + "' was expected");
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void skipWhiteSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return;
            pos++;
        }
    }

    private String describeHere() {
        if (pos >= text.length()) return "end of text";
        char c = text.charAt(pos);
        return c < 0x20 ? "character code " + (int) c : "'" + c + "'";
    }

    private InvalidJsonException error(String reason) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < Math.min(pos, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new InvalidJsonException(reason, line, pos - lineStart + 1);
    }
}
