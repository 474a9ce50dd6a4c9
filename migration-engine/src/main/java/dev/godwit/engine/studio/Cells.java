package dev.godwit.engine.studio;

import dev.godwit.engine.sql.Quoting;
import dev.godwit.schema.model.TableDef;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page's cells on a local file read as the grid shows them: a text or blob the grid shows only the start of ({@link #large}:
 * over {@value Values#MAX_TEXT_CHARS} characters, over {@value Values#MAX_BLOB_HEX_BYTES} bytes) reaches Java as a {@link Preview}
 * (its start, its length and a SHA-256 of it), made inside SQLite by the function {@value #FUNCTION}, one value at a time: a
 * page of 51 rows of 8 MB files read 408 MB into the heap at once (a first page failed "Out of memory" under 300 MB of heap).
 * The row's version hashes a large value's digest ({@link RowGuard#version}), the same from a preview and from the whole value,
 * so a write that reads the row whole first still tells whether it changed since the page showed it.
 */
final class Cells {

    /** The SQL function (defined on the studio's connection) that makes a {@link #envelope} of a value. */
    static final String FUNCTION = "godwit_studio_cell";

    /** Values of more bytes than this go through {@value #FUNCTION}; a large one has more (UTF-8 or UTF-16 alike). */
    static final int SCREENED_BYTES = Values.MAX_BLOB_HEX_BYTES;

    private Cells() {
    }

    /**
     * What the page has of a large value: a text's start ({@link String}, whole characters) and its length in characters, or a blob's
     * first 64 bytes and its length; {@code digest} is {@link #digest} of the whole value. Over D1, which has no function to hash
     * with, {@code digest} is null and {@code octets} the value's length in bytes ({@link #remoteTerm}): the preview itself, its
     * length in bytes and its start, is what the row's version takes and what a write's guard compares ({@link RowGuard}).
     */
    record Preview(boolean text, long n, Object start, byte[] digest, long octets) {
        Preview(boolean text, long n, Object start, byte[] digest) {
            this(text, n, start, digest, -1);
        }
    }

    /** Whether the grid shows only the start of the value (see {@link Values#toJson}): such a value's version is by its digest. */
    static boolean large(Object v) {
        return v instanceof String s && s.length() > Values.MAX_TEXT_CHARS || v instanceof byte[] b && b.length > Values.MAX_BLOB_HEX_BYTES;
    }

    /** SHA-256 of a text's UTF-8 or a blob's bytes. */
    static byte[] digest(Object v) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(v instanceof byte[] b ? b : v.toString().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A large value as the page gets it; any other as it is. */
    static Object previewOf(Object v) {
        if (!large(v)) return v;
        if (v instanceof byte[] b) return new Preview(false, b.length, Arrays.copyOf(b, 64), digest(b));
        String s = (String) v;
        int cut = Character.isHighSurrogate(s.charAt(Values.MAX_TEXT_CHARS - 1)) ? Values.MAX_TEXT_CHARS - 1 : Values.MAX_TEXT_CHARS;   // whole characters
        return new Preview(true, s.codePointCount(0, s.length()), s.substring(0, cut), digest(s));
    }

    /**
     * The body of {@value #FUNCTION}: a value as a blob that says what the page gets of it, read back by {@link #opened}: a large one
     * as {@code 1, 't' or 'b', its length (8 bytes), its digest (32), its start}; any other whole, as {@code 0, 't' or 'b', its bytes}.
     */
    static Object envelope(Object[] args) {
        Object v = args[0];
        if (!(v instanceof String) && !(v instanceof byte[])) return v;
        Object p = previewOf(v);
        boolean text = v instanceof String;
        if (p instanceof Preview preview) {
            byte[] start = text ? ((String) preview.start()).getBytes(StandardCharsets.UTF_8) : (byte[]) preview.start();
            return ByteBuffer.allocate(2 + 8 + 32 + start.length).put((byte) 1).put((byte) (text ? 't' : 'b')).putLong(preview.n())
                    .put(preview.digest()).put(start).array();
        }
        byte[] whole = text ? ((String) v).getBytes(StandardCharsets.UTF_8) : (byte[]) v;
        return ByteBuffer.allocate(2 + whole.length).put((byte) 0).put((byte) (text ? 't' : 'b')).put(whole).array();
    }

    /** An {@link #envelope} back as the value, or its {@link Preview}. */
    static Object opened(byte[] e) {
        ByteBuffer b = ByteBuffer.wrap(e);
        boolean preview = b.get() == 1;
        boolean text = b.get() == 't';
        if (!preview) {
            byte[] whole = new byte[b.remaining()];
            b.get(whole);
            return text ? new String(whole, StandardCharsets.UTF_8) : whole;
        }
        long n = b.getLong();
        byte[] digest = new byte[32];
        b.get(digest);
        byte[] start = new byte[b.remaining()];
        b.get(start);
        return new Preview(text, n, text ? new String(start, StandardCharsets.UTF_8) : start, digest);
    }

    /**
     * The columns a page reads through {@link #term}: all but the key's (which the page sends back whole to address the row) and
     * the column a wide table's rowid travels with ({@link ExactRows#packedColumn}).
     */
    static List<String> screened(TableDef t, RowKey key) {
        String packed = key.byRowid() ? ExactRows.packedColumn(t) : null;
        return t.columnNames().stream().filter(n -> !n.equals(packed) && (key.byRowid() || !key.columns().contains(n))).toList();
    }

    /** The label of the flags column {@link #select} adds: one no column has. */
    static String flagsLabel(TableDef t) {
        return ExactRows.freeLabel(t, "__godwit_cells");
    }

    /**
     * A column's term in a page's SELECT: its value, or where it is over {@value #SCREENED_BYTES} bytes (octet_length, which SQLite
     * answers from the record's header without reading the value) its {@link #envelope}.
     */
    static String term(TableDef t, List<String> screened, String column) {
        String c = Quoting.doubleQuoted(column);
        return "CASE WHEN octet_length(" + c + ") > " + SCREENED_BYTES + " THEN " + FUNCTION + "(" + c + ") ELSE " + c + " END AS "
                + Quoting.doubleQuoted(label(t, screened.indexOf(column)));
    }

    /**
     * The label of the i-th screened column's term, one no column has: under the column's own name it would be what ORDER BY "c"
     * sorts by (SQLite takes a result column's name first there), the envelopes.
     */
    static String label(TableDef t, int i) {
        return ExactRows.freeLabel(t, "__godwit_cell" + i);
    }

    /** The flags term: '1' for each column of {@code columns} read through {@link #term} as an envelope, else '0'. */
    static String flags(TableDef t, List<String> columns) {
        if (columns.isEmpty()) return "'' AS " + Quoting.doubleQuoted(flagsLabel(t));
        List<String> groups = new ArrayList<>();   // each || nests a level deeper, and SQLite allows 1,000: groups of 40 keep it shallow
        for (int from = 0; from < columns.size(); from += 40) {
            List<String> f = new ArrayList<>();
            for (String n : columns.subList(from, Math.min(columns.size(), from + 40))) {
                f.add("(ifnull(octet_length(" + Quoting.doubleQuoted(n) + "), 0) > " + SCREENED_BYTES + ")");
            }
            groups.add("(" + String.join(" || ", f) + ")");
        }
        return String.join(" || ", groups) + " AS " + Quoting.doubleQuoted(flagsLabel(t));
    }

    /**
     * A row read with {@link #term}s and their {@link #flags} over {@code columns}: the envelopes opened, the flags column gone. A
     * row without it is returned as it is.
     */
    static Map<String, Object> opened(TableDef t, List<String> columns, Map<String, Object> row) {
        String label = flagsLabel(t);
        if (!row.containsKey(label)) return row;
        String flags = String.valueOf(row.get(label));
        Map<String, Object> out = new LinkedHashMap<>(row);
        out.remove(label);
        for (int i = 0; i < columns.size(); i++) {
            Object v = out.remove(label(t, i));
            out.put(columns.get(i), i < flags.length() && flags.charAt(i) == '1' && v instanceof byte[] e ? opened(e) : v);
        }
        return out;
    }

    /** Bytes of a blob's start in a preview (its first 64, as a local preview has). */
    static final int BLOB_START = 64;

    /**
     * Over D1 (no function of the studio's there), whether a value is one the grid shows only the start of, in SQL: a text of more
     * than {@value Values#MAX_TEXT_CHARS} characters, a blob of more than {@value Values#MAX_BLOB_HEX_BYTES} bytes. Never NULL.
     */
    static String remoteLarge(String c) {
        return "(typeof(" + c + ") = 'text' AND length(" + c + ") > " + Values.MAX_TEXT_CHARS + " OR typeof(" + c + ") = 'blob' AND length(" + c + ") > "
                + Values.MAX_BLOB_HEX_BYTES + ")";
    }

    /**
     * Over D1, a large value's preview made with SQLite's own functions: {@code json_array(typeof, length, octet_length, start)}, the
     * start a text's first {@value Values#MAX_TEXT_CHARS} characters or a blob's first {@value #BLOB_START} bytes in hex. Read back
     * by {@link #openedRemote}.
     */
    static String remoteEnvelope(String c) {
        return "json_array(typeof(" + c + "), length(" + c + "), octet_length(" + c + "), CASE typeof(" + c + ") WHEN 'text' THEN substr(" + c + ", 1, "
                + Values.MAX_TEXT_CHARS + ") ELSE hex(substr(" + c + ", 1, " + BLOB_START + ")) END)";
    }

    /**
     * A column's term in a page's SELECT over D1: its value, or where it is large ({@link #remoteLarge}) its {@link #remoteEnvelope}:
     * a page of rows of 1.5 MB texts was D1's JSON of every one of them, whole, to show their first 200 characters.
     */
    static String remoteTerm(TableDef t, List<String> screened, String column) {
        return remoteValue(Quoting.doubleQuoted(column)) + " AS " + Quoting.doubleQuoted(label(t, screened.indexOf(column)));
    }

    /** The quoted column {@code c} as a D1 page reads it: its {@link #remoteEnvelope} where it is large, else itself. */
    static String remoteValue(String c) {
        return "CASE WHEN " + remoteLarge(c) + " THEN " + remoteEnvelope(c) + " ELSE " + c + " END";
    }

    /**
     * The flags of {@link #remoteTerm}s over {@code columns}, as {@link #flags}: over D1 they travel at the end of the row's rowid
     * (or key) text, after a space, so a table of D1's 100 result columns has room for them.
     */
    static String remoteFlags(List<String> columns) {
        if (columns.isEmpty()) return "''";
        List<String> groups = new ArrayList<>();   // each || nests a level deeper, and D1 allows 100: groups of 40 keep it shallow
        for (int from = 0; from < columns.size(); from += 40) {
            List<String> f = new ArrayList<>();
            for (String n : columns.subList(from, Math.min(columns.size(), from + 40))) f.add(remoteLarge(Quoting.doubleQuoted(n)));
            groups.add("(" + String.join(" || ", f) + ")");
        }
        return "(" + String.join(" || ", groups) + ")";
    }

    /** A {@link #remoteEnvelope} back as its {@link Preview}. */
    static Preview openedRemote(String envelope) {
        try {
            com.fasterxml.jackson.databind.JsonNode a = new com.fasterxml.jackson.databind.ObjectMapper().readTree(envelope);
            boolean text = a.get(0).asText().equals("text");
            String start = a.get(3).asText();
            return new Preview(text, a.get(1).asLong(), text ? start : java.util.HexFormat.of().parseHex(start), null, a.get(2).asLong());
        } catch (java.io.IOException | RuntimeException e) {
            throw new IllegalStateException("a large value's preview from D1 is not as the studio asked for it: " + envelope, e);
        }
    }

    /**
     * A row read over D1 with {@link #remoteTerm}s over {@code columns} and their {@link #remoteFlags} at the end of its
     * {@code label} (the rowid's, or the key's first value's): the previews opened, the flags taken off the label's text.
     */
    static Map<String, Object> openedRemote(TableDef t, String label, List<String> columns, Map<String, Object> row) {
        if (!(row.get(label) instanceof String text)) return row;
        int cut = text.lastIndexOf(' ');
        String flags = text.substring(cut + 1);
        Map<String, Object> out = new LinkedHashMap<>(row);
        out.put(label, text.substring(0, cut));
        for (int i = 0; i < columns.size(); i++) {
            Object v = out.remove(label(t, i));
            out.put(columns.get(i), i < flags.length() && flags.charAt(i) == '1' && v instanceof String e ? openedRemote(e) : v);
        }
        return out;
    }
}
