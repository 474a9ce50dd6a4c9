package dev.godwit.engine.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.godwit.schema.model.Affinity;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.ColumnMode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Values between the database port ({@link Long}, {@link Double}, {@link String},
 * {@code byte[]}, null), the page's JSON and SQL text, without loss:
 * <ul>
 *   <li>to the page, a value is {@code null} or a tagged object {@code {"t": "i"|"r"|"s"|"b", "v": text}}: integers travel as
 *       decimal strings (a JavaScript number would round those above 2^53), blobs as hex; a long text or blob only as its
 *       start, with {@code "n"} (its length) and {@code "truncated": true}, so a page of megabyte values stays small;</li>
 *   <li>from the page, a tagged object comes back as exactly that value, and {@code {"input": text}} is what a user
 *       typed, checked against the column's type and mode;</li>
 *   <li>to SQL, a value is a literal ({@code 12}, {@code 1.5}, {@code 'it''s'}, {@code X'00ff'}, {@code NULL}), so a
 *       write is plain statements the port runs in one transaction, and the page can show them.</li>
 * </ul>
 */
final class Values {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    /**
     * What SQLite keeps of a JSON number written as text to a column of numeric affinity (a hand-written {@code json} column is
     * NUMERIC), which it turns into a number: null where the number reads back the same ({@code 1.10} as 1.1 is the same
     * number), else the REAL it becomes ({@code 12345678901234567890} as 1.2345678901234567E19). It was written unsaid, the SQL
     * shown naming the text typed.
     */
    static String numberLost(Affinity a, String json) {
        if (a == Affinity.TEXT || a == Affinity.BLOB || !DECIMAL.matcher(json).matches()) return null;
        BigDecimal typed = new BigDecimal(json);
        if (a != Affinity.REAL && typed.signum() == 0) return null;
        if (a != Affinity.REAL && typed.stripTrailingZeros().scale() <= 0 && typed.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
            return null;   // a whole number within 64 bits: stored as that INTEGER
        }
        double real = Double.parseDouble(json);
        if (Double.isInfinite(real)) return real > 0 ? "Inf" : "-Inf";
        return new BigDecimal(Double.toString(real)).compareTo(typed) == 0 ? null : Double.toString(real);
    }

    private static final Pattern HEX_BLOB = Pattern.compile("(?i)x'([0-9a-f]*)'");
    private static final Pattern SPACED_HEX_BLOB = Pattern.compile("(?i)x'([0-9a-f\\s]*)'");
    /** Blobs longer than this go to the page as a preview only (and cannot be edited there). */
    static final int MAX_BLOB_HEX_BYTES = 4096;
    /** Texts longer than this (in UTF-16 units) go to the page as their start only, with their length (and cannot be edited there). */
    static final int MAX_TEXT_CHARS = 16_384;

    private Values() {
    }

    /** The page's form of a database value. */
    static JsonNode toJson(Object v) {
        return toJson(v, false);
    }

    /** The page's form of a value, whole however long: for a row's key, which the page sends back to address the row. */
    static JsonNode toExactJson(Object v) {
        return toJson(v, true);
    }

    private static JsonNode toJson(Object v, boolean whole) {
        if (v == null) return JsonNodeFactory.instance.nullNode();
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        if (v instanceof Cells.Preview p) {   // the start of a large value, as below; never a key's (those are read whole)
            if (whole) throw new IllegalStateException("a preview where a whole value is needed");
            if (p.text()) return o.put("t", "s").put("n", p.n()).put("v", (String) p.start()).put("truncated", true);
            return o.put("t", "b").put("n", p.n()).put("v", HexFormat.of().formatHex((byte[]) p.start())).put("truncated", true);
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof BigInteger) {
            o.put("t", "i").put("v", v.toString());
        } else if (v instanceof Double || v instanceof Float) {
            o.put("t", "r").put("v", realText(((Number) v).doubleValue()));
        } else if (v instanceof BigDecimal b) {
            o.put("t", "r").put("v", b.toPlainString());
        } else if (v instanceof byte[] b) {
            o.put("t", "b").put("n", b.length);
            if (whole || b.length <= MAX_BLOB_HEX_BYTES) o.put("v", HexFormat.of().formatHex(b));
            else o.put("v", HexFormat.of().formatHex(b, 0, 64)).put("truncated", true);
        } else {
            String s = v.toString();
            if (whole || s.length() <= MAX_TEXT_CHARS) return o.put("t", "s").put("v", s);
            int cut = Character.isHighSurrogate(s.charAt(MAX_TEXT_CHARS - 1)) ? MAX_TEXT_CHARS - 1 : MAX_TEXT_CHARS;   // whole characters
            o.put("t", "s").put("n", s.codePointCount(0, s.length())).put("v", s.substring(0, cut)).put("truncated", true);
        }
        return o;
    }

    static String realText(double d) {
        if (Double.isNaN(d)) return "NaN";
        if (Double.isInfinite(d)) return d > 0 ? "Infinity" : "-Infinity";
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d) + ".0";
        return Double.toString(d);
    }

    /** A value sent by the page for a column: null, a tagged exact value, {@code {"input": text}}, or a plain JSON scalar. */
    static Object fromJson(ColumnDef c, ColumnMode mode, JsonNode v) {
        return fromJson(c, mode, v, false);
    }

    /**
     * As {@link #fromJson(ColumnDef, ColumnMode, JsonNode)}; with {@code textAsStored}, text that is not a number stays text in a
     * NUMERIC column, as SQLite keeps it (a hand-made {@code at DATETIME} holding '2024-01-01 10:00:00', a BOOL holding 'yes').
     */
    static Object fromJson(ColumnDef c, ColumnMode mode, JsonNode v, boolean textAsStored) {
        return fromJson(c, mode, v, textAsStored, false);
    }

    /**
     * As {@link #fromJson(ColumnDef, ColumnMode, JsonNode, boolean)}; with {@code holdsText} (the cell being edited holds text),
     * what is typed into a column that takes any value (no declared type, or ANY) stays text, as it was: an edit of '007' to
     * '0071' writes the text '0071', not the integer 71. Only {@code x'…'} still spells bytes.
     */
    static Object fromJson(ColumnDef c, ColumnMode mode, JsonNode v, boolean textAsStored, boolean holdsText) {
        if (v == null || v.isNull()) return null;
        if (v.isObject() && v.has("t")) return tagged(c.name(), v);
        if (v.isObject() && v.has("input")) {
            if (v.get("input").isNull()) {   // asText() would make it the text "null"
                throw StudioException.bad("column \"" + c.name() + "\": \"input\" is the text typed; for NULL send null, not {\"input\": null}");
            }
            String text = v.get("input").asText();
            if (holdsText && mode == null && takesAnything(c) && !HEX_BLOB.matcher(text.strip()).matches()) return text;
            if (textAsStored && mode == null && c.affinity() == Affinity.NUMERIC) {
                String s = text.strip();
                String where = "column \"" + c.name() + "\" (" + c.type() + ")";
                if (INTEGER.matcher(s).matches()) return integer(where, s);
                if (DECIMAL.matcher(s).matches()) return finite(where, s);
                return text;
            }
            return fromInput(c, mode, text);
        }
        if (v.isObject()) throw StudioException.bad("column \"" + c.name() + "\": a value is null, {\"t\": …, \"v\": …} or {\"input\": text}");
        if (v.isBoolean()) return v.booleanValue() ? 1L : 0L;
        if (v.isIntegralNumber()) {
            if (!v.canConvertToLong()) throw StudioException.bad("column \"" + c.name() + "\": " + v + " is outside SQLite's 64-bit integers");
            return v.longValue();
        }
        if (v.isNumber()) return v.doubleValue();
        return fromInput(c, mode, v.asText());
    }

    private static Object tagged(String column, JsonNode v) {
        String t = v.path("t").asText();
        String text = v.path("v").asText(null);
        if (text == null) throw StudioException.bad("column \"" + column + "\": the tagged value has no \"v\"");
        try {
            return switch (t) {
                case "i" -> Long.parseLong(text);
                case "r" -> {
                    double d = Double.parseDouble(text);
                    // Its literal would be NULL: SQLite stores no NaN (a NaN result is NULL), so the page never shows one.
                    if (Double.isNaN(d)) throw StudioException.bad("column \"" + column + "\": NaN is not a number SQLite stores (it would be NULL); for NULL send null");
                    yield d;
                }
                case "s" -> {
                    if (v.path("truncated").asBoolean(false)) throw StudioException.bad("column \"" + column + "\": a truncated text preview cannot be saved");
                    yield text;
                }
                case "b" -> {
                    if (v.path("truncated").asBoolean(false)) throw StudioException.bad("column \"" + column + "\": a truncated blob preview cannot be saved");
                    yield HexFormat.of().parseHex(text);
                }
                default -> throw StudioException.bad("column \"" + column + "\": unknown value tag \"" + t + "\"");
            };
        } catch (NumberFormatException e) {
            throw StudioException.bad("column \"" + column + "\": \"" + text + "\" is not a valid " + (t.equals("i") ? "64-bit integer" : "number"));
        } catch (IllegalArgumentException e) {
            throw StudioException.bad("column \"" + column + "\": \"" + text + "\" is not hex");
        }
    }

    /**
     * What a user typed, checked against the column: integers for INTEGER columns, numbers for
     * REAL/NUMERIC, {@code x'…'} for BLOB; true/false for boolean mode, a date or a number for
     * timestamp modes, valid JSON for json mode. Text columns take any text.
     */
    static Object fromInput(ColumnDef c, ColumnMode mode, String text) {
        String s = text.strip();
        String where = "column \"" + c.name() + "\" (" + (c.type().isEmpty() ? "no type" : c.type()) + (mode == null ? "" : ", " + mode.key()) + ")";
        if (mode == ColumnMode.BOOLEAN) {
            switch (s.toLowerCase(Locale.ROOT)) {
                case "true", "1" -> { return 1L; }
                case "false", "0" -> { return 0L; }
                default -> throw StudioException.bad(where + " takes true or false, not \"" + text + "\"");
            }
        }
        if (mode == ColumnMode.TIMESTAMP || mode == ColumnMode.TIMESTAMP_MS) {
            if (INTEGER.matcher(s).matches()) return integer(where, s);
            Instant i = parseInstant(s);
            if (i == null) throw StudioException.bad(where + " takes a date like 2024-05-01T12:00:00Z or a number, not \"" + text + "\"");
            // a fraction the column cannot hold is refused, not cut unsaid (drizzle-orm floors a Date to the column's unit)
            boolean seconds = mode == ColumnMode.TIMESTAMP;
            if (i.getNano() % (seconds ? 1_000_000_000 : 1_000_000) != 0) {
                String fraction = "." + String.format(Locale.ROOT, "%09d", i.getNano()).replaceFirst("0+$", "");
                throw StudioException.bad(where + " holds whole " + (seconds ? "seconds" : "milliseconds") + ": \"" + text + "\" has a fraction of a "
                        + (seconds ? "second" : "millisecond") + " (" + fraction + ") it would drop; type "
                        + (seconds ? Instant.ofEpochSecond(i.getEpochSecond()) + " (drizzle-orm drops it so too)" : Instant.ofEpochMilli(i.toEpochMilli()))
                        + ", or a number; nothing was written");
            }
            return seconds ? i.getEpochSecond() : i.toEpochMilli();
        }
        // drizzle's blob({mode: 'json'}) and blob({mode: 'bigint'}) store text as bytes (the JSON in UTF-8, the integer's digits),
        // which the page shows as that text: what is typed is written so, and x'…' is bytes as such. JSON typed there was written
        // as TEXT (a blob column holding text), and an integer was refused for "bytes written as x'00ff…'"
        boolean bytes = c.affinity() == Affinity.BLOB && !c.declaredType().isBlank() && (mode == ColumnMode.JSON || mode == ColumnMode.BIGINT);
        if (bytes && HEX_BLOB.matcher(s).matches()) return asTyped(where, text);
        if (bytes && mode == ColumnMode.BIGINT) {
            if (!INTEGER.matcher(s).matches()) throw StudioException.bad(where + " takes a whole number (stored as its digits, as drizzle's bigint mode stores it) or bytes written as x'00ff…', not \"" + text + "\"");
            return new BigInteger(s).toString().getBytes(StandardCharsets.US_ASCII);
        }
        if (mode == ColumnMode.JSON) {
            String why = notJson(text);
            if (why != null) throw StudioException.bad(where + " takes JSON; this is not valid JSON: " + why);
            String kept = bytes ? null : numberLost(c.affinity(), s);
            if (kept != null) {
                throw StudioException.bad(where + " has " + c.affinity() + " affinity (from its type name), so SQLite stores a JSON number"
                        + " there as a number, and " + s + " would be kept as " + kept + ", losing digits: write it as a JSON string (\""
                        + s + "\"), or give the column the type TEXT; nothing was written");
            }
            return bytes ? text.getBytes(StandardCharsets.UTF_8) : text;
        }
        Affinity a = c.affinity();
        switch (a) {
            case INTEGER -> {
                if (INTEGER.matcher(s).matches()) return integer(where, s);
                throw StudioException.bad(where + " takes a whole number, not \"" + text + "\"");
            }
            case REAL -> {
                if (DECIMAL.matcher(s).matches()) return finite(where, s);
                throw StudioException.bad(where + " takes a number, not \"" + text + "\"");
            }
            case NUMERIC -> {
                if (c.declaredType().equalsIgnoreCase("ANY")) return asTyped(where, text);   // STRICT's ANY (NUMERIC elsewhere) takes anything
                if (INTEGER.matcher(s).matches()) return integer(where, s);
                if (DECIMAL.matcher(s).matches()) return finite(where, s);
                throw StudioException.bad(where + " takes a number, not \"" + text + "\"");
            }
            case BLOB -> {
                if (c.declaredType().isBlank()) return asTyped(where, text);
                if (HEX_BLOB.matcher(s).matches()) return asTyped(where, text);
                // the bytes as the grid shows them, spaced in pairs ("ab cd"), put between x'…': the spaces go
                var spaced = SPACED_HEX_BLOB.matcher(s);
                if (spaced.matches()) return asTyped(where, "x'" + spaced.group(1).replaceAll("\\s", "") + "'");
                throw StudioException.bad(where + " takes bytes written as x'00ff…', not \"" + text + "\"");
            }
            default -> {
                return text;
            }
        }
    }

    /** Where Jackson says an unclosed object or array opened, in its own words. */
    private static final Pattern START_MARKER = Pattern.compile("\\(start marker at \\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]\\)");

    /**
     * Why the text is not one JSON value, or null when it is. Read token by token: readTree took "" (no value at all) and
     * {@code {} x} (it reads the first value and stops) for valid JSON.
     */
    private static String notJson(String text) {
        try (com.fasterxml.jackson.core.JsonParser p = JSON.getFactory().createParser(text)) {
            if (p.nextToken() == null) return "no JSON value in it (NULL is the NULL button)";
            p.skipChildren();
            String more = "more text after the JSON value";
            try {
                return p.nextToken() == null ? null : more;
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return more;   // '{} x': what follows is not even a token
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // Jackson's message names its own settings where the JSON opened ("[Source: REDACTED (`StreamReadFeature…` disabled);
            // line: 1, column: 1]"), and not where it went wrong: said as a line and column of what was typed, both
            String why = START_MARKER.matcher(e.getOriginalMessage()).replaceAll("(opened at line $1, column $2)");
            var at = e.getLocation();
            return at == null || at.getLineNr() < 1 ? why : why + ", at line " + at.getLineNr() + ", column " + at.getColumnNr();
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    /** Whether the column takes any value as it is given: no declared type (BLOB affinity), or a STRICT table's ANY. */
    static boolean takesAnything(ColumnDef c) {
        return c.affinity() == Affinity.BLOB && c.declaredType().isBlank() || c.affinity() == Affinity.NUMERIC && c.declaredType().equalsIgnoreCase("ANY");
    }

    /** A column that takes any value (no declared type, or ANY): what the text looks like, as SQLite would store a literal. */
    private static Object asTyped(String where, String text) {
        String s = text.strip();
        var m = HEX_BLOB.matcher(s);
        if (m.matches()) {
            if (m.group(1).length() % 2 != 0) throw StudioException.bad(where + ": x'…' needs an even number of hex digits");
            return HexFormat.of().parseHex(m.group(1));
        }
        if (INTEGER.matcher(s).matches()) return integer(where, s);
        if (DECIMAL.matcher(s).matches()) return finite(where, s);
        return text;
    }

    /** A filter value typed by a user: converted like an input where it fits the column, else compared as text. */
    static Object forFilter(ColumnDef c, ColumnMode mode, String text) {
        try {
            return fromInput(c, mode, text);
        } catch (StudioException e) {
            return text;
        }
    }

    private static long integer(String where, String s) {
        try {
            return Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
        } catch (NumberFormatException e) {
            throw StudioException.bad(where + ": " + s + " is outside SQLite's 64-bit integers");
        }
    }

    private static double finite(String where, String s) {
        double d = Double.parseDouble(s);
        if (Double.isInfinite(d)) throw StudioException.bad(where + ": " + s + " is too large for a REAL");
        // 1e-400 reads as 0.0: said, as 1e400 is, not stored as a zero nobody typed
        if (d == 0 && s.replaceFirst("[eE].*", "").matches(".*[1-9].*")) throw StudioException.bad(where + ": " + s + " is too small for a REAL (it would be stored as 0)");
        return d;
    }

    private static Instant parseInstant(String s) {
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }

    /** An SQL literal for the value: exact for integers, round-trips doubles, blobs as X'…'. */
    static String literal(Object v) {
        if (v == null) return "NULL";
        if (v instanceof Long || v instanceof Integer || v instanceof BigInteger) return v.toString();
        if (v instanceof Double d) {
            if (Double.isNaN(d)) return "NULL";
            if (Double.isInfinite(d)) return d > 0 ? "9e999" : "-9e999";
            String t = Double.toString(d);   // always has '.' or 'E': SQLite reads it as REAL
            return t;
        }
        if (v instanceof byte[] b) return "X'" + HexFormat.of().formatHex(b).toUpperCase(Locale.ROOT) + "'";
        String s = v.toString();
        if (s.indexOf('\0') >= 0) throw StudioException.bad("text with a NUL character cannot be written from the studio");
        return "'" + s.replace("'", "''") + "'";
    }

    /** The rowid the page sent: a decimal string (or a JSON integer), exactly; "1.9" or 2^63 are refused. */
    static long rowid(JsonNode node) {
        if (node == null || node.isNull()) throw StudioException.bad("\"rowid\" is missing");
        if (node.isIntegralNumber() && node.canConvertToLong()) return node.longValue();
        String s = node.isTextual() ? node.asText() : node.toString();
        return rowid(s);
    }

    static long rowid(String s) {
        if (s == null || !INTEGER.matcher(s).matches()) throw StudioException.bad("a rowid is a whole number written as a string, not " + s);
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw StudioException.bad("rowid " + s + " is outside SQLite's 64-bit integers");
        }
    }
}
