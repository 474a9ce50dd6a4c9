package dev.godwit.engine.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.schema.model.Affinity;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.TableDef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reading rows exactly over any transport: the SQL that reads a row with its rowid (or packed key) beside its columns, and the
 * reading back of what it returns. Over D1, whose JSON is JavaScript's (numbers are doubles), rowids, keys and integers beyond
 * 2^53 travel as text; a table of 100 columns (D1's limit of result columns) packs its rowid with one column.
 */
final class ExactRows {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExactRows() {
    }

    /** Columns from which a table has no room for its rowid beside them in one result (D1's limit is 100). */
    static final int WIDE = 100;

    /**
     * The columns a page (or a write's read of its row) reads, so that each row arrives exact, read back by {@link #unpacked}: in a
     * rowid table the rowid as text under {@link #rowidLabel}, then every column ({@link #selectWithRowid}); in a WITHOUT ROWID table
     * over D1 the key's values packed ({@link #selectWithExactKey}), locally {@code *}. Over D1, whose JSON is JavaScript's (numbers
     * are doubles: 9007199254740993 arrives as 9007199254740992), integers beyond 2^53 also travel as text ({@link #bigIntegers})
     * after the rowid or the key's first value: a page sorted by them continued from a rounded value and repeated or skipped rows.
     */
    static String selectExactly(TableDef t, RowKey key, boolean remote) {
        String big = remote ? bigIntegers(t) : null;
        String tail = big == null ? "" : " || ' ' || " + big;
        return key.byRowid() ? selectWithRowid(t, key.rowid(), tail) : remote ? selectWithExactKey(t, key, tail) : "*";
    }

    /**
     * As {@link #selectExactly} on a local file, for the grid: every column but the key's through {@link Cells#term} (a text or
     * blob the grid shows only the start of arrives as that start, its length and its digest), and their {@link Cells#flags}.
     * Read back by {@link Cells#opened}, then {@link #unpacked}.
     */
    static String selectPreviewing(TableDef t, RowKey key) {
        List<String> screened = Cells.screened(t, key);
        List<String> cols = new ArrayList<>();
        if (key.byRowid()) {
            String label = Quoting.doubleQuoted(rowidLabel(t));
            String packed = packedColumn(t);
            cols.add("CAST(" + key.rowid() + " AS TEXT)" + (packed == null ? "" : " || ' ' || " + packed(Quoting.doubleQuoted(packed))) + " AS " + label);
        }
        for (String n : t.columnNames()) {
            if (screened.contains(n)) cols.add(Cells.term(t, screened, n));
            else if (!key.byRowid() || !n.equals(packedColumn(t))) cols.add(Quoting.doubleQuoted(n));
        }
        cols.add(Cells.flags(t, screened));
        return String.join(", ", cols);
    }

    /**
     * As {@link #selectExactly} over D1, for the grid and a write's read of its row: every column but the key's (and the one a wide
     * table's rowid travels with) through {@link Cells#remoteTerm} (a large text or blob arrives as its start and lengths, not whole),
     * their {@link Cells#remoteFlags} at the end of the rowid's (or the key's first value's) text. Read back by {@link #previewed}.
     */
    static String selectPreviewingRemote(TableDef t, RowKey key) {
        List<String> screened = Cells.screened(t, key);
        String big = bigIntegers(t);
        String tail = (big == null ? "" : " || ' ' || " + big) + " || ' ' || " + Cells.remoteFlags(screened);
        List<String> cols = new ArrayList<>();
        String packed = key.byRowid() ? packedColumn(t) : null;
        if (key.byRowid()) {
            cols.add("CAST(" + key.rowid() + " AS TEXT)" + (packed == null ? "" : " || ' ' || " + packed(Quoting.doubleQuoted(packed))) + tail + " AS "
                    + Quoting.doubleQuoted(rowidLabel(t)));
        }
        for (String n : t.columnNames()) {
            int k = key.byRowid() ? -1 : key.columns().indexOf(n);
            if (k >= 0) cols.add(packed(Quoting.doubleQuoted(n)) + (k == 0 ? tail : "") + " AS " + Quoting.doubleQuoted(keyLabel(t, k)));
            else if (screened.contains(n)) cols.add(Cells.remoteTerm(t, screened, n));
            else if (!n.equals(packed)) cols.add(Quoting.doubleQuoted(n));
        }
        return String.join(", ", cols);
    }

    /** A row read by {@link #selectPreviewingRemote}, back as the table's columns: its large values {@link Cells.Preview}s, as {@link #unpacked}. */
    static Map<String, Object> previewed(TableDef t, RowKey key, Map<String, Object> row) {
        String label = key.byRowid() ? rowidLabel(t) : keyLabel(t, 0);
        return unpacked(t, key, Cells.openedRemote(t, label, Cells.screened(t, key), row));
    }

    /**
     * The rowid as text, then every column. A table of D1's maximum of 100 columns has no room for the rowid beside them (101 result
     * columns): the rowid travels packed with one column ({@code rowid typeof hex}, see {@link #packedColumn}), its INTEGER PRIMARY
     * KEY where it has one, which is exact whether or not the key is the rowid (declared {@code INTEGER PRIMARY KEY DESC} it is not:
     * SQLite's quirk, which the model does not tell, and paging by the key's values as rowids skipped rows).
     */
    private static String selectWithRowid(TableDef t, String rowid, String tail) {
        String label = Quoting.doubleQuoted(rowidLabel(t));
        String packed = packedColumn(t);
        if (packed == null) return "CAST(" + rowid + " AS TEXT)" + tail + " AS " + label + ", *";
        List<String> cols = new ArrayList<>();
        cols.add("CAST(" + rowid + " AS TEXT) || ' ' || " + packed(Quoting.doubleQuoted(packed)) + tail + " AS " + label);
        for (String n : t.columnNames()) if (!n.equals(packed)) cols.add(Quoting.doubleQuoted(n));
        return String.join(", ", cols);
    }

    /**
     * Every column, the primary key's packed ({@link #packed}) under labels of their own (ORDER BY "k" would otherwise sort by a
     * result column named "k", the packed text): over D1 an integer key above 2^53 came back rounded, and the row was written to
     * under another row's key.
     */
    private static String selectWithExactKey(TableDef t, RowKey key, String tail) {
        List<String> cols = new ArrayList<>();
        for (String n : t.columnNames()) {
            String c = Quoting.doubleQuoted(n);
            int k = key.columns().indexOf(n);
            cols.add(k >= 0 ? packed(c) + (k == 0 ? tail : "") + " AS " + Quoting.doubleQuoted(keyLabel(t, k)) : c);
        }
        return String.join(", ", cols);
    }

    /** Largest integer a double holds exactly (and every smaller one): D1's JSON rounds those beyond it. */
    static final String EXACT_IN_JSON = "9007199254740992";

    /**
     * A JSON array with, for each column that can hold integers or reals ({@link #numberColumns}), its value when that is an integer
     * beyond ±2^53 (SQLite writes the digits, and inside a text D1 leaves them alone), or a whole real as 17 digits in a string,
     * else null. Null when no column can hold numbers. D1 writes a whole real as JavaScript does, without a fraction (3.0 is
     * {@code 3}, 1733472000123456768.0 is {@code 1733472000123456800}), and Infinity as null: read as an integer, a whole real
     * beyond 2^53 was another number than the row holds, so a write's guard ({@code "r" IS 1733472000123456800}) matched nothing
     * (every edit of the row refused) and a page sorted by it continued past rows of that value.
     */
    static String bigIntegers(TableDef t) {
        List<String> terms = new ArrayList<>();
        for (String n : numberColumns(t)) {
            String c = Quoting.doubleQuoted(n);
            terms.add("CASE WHEN typeof(" + c + ") = 'integer' AND " + c + " NOT BETWEEN -" + EXACT_IN_JSON + " AND " + EXACT_IN_JSON + " THEN " + c
                    + " WHEN typeof(" + c + ") = 'real' AND (" + c + " = round(" + c + ") OR abs(" + c + ") > 1e308) THEN printf('%!.17g', " + c + ") END");
        }
        return terms.isEmpty() ? null : jsonArray(terms);
    }

    /** D1's limits page says 32 arguments per SQL function (workerd's code, which D1 runs, allows 127): 32 keeps under both. */
    private static final int FUNCTION_ARGS = 32;

    /** {@code json_array(terms)}, or over {@value #FUNCTION_ARGS} terms arrays of them in one: read back by {@link #flat}. */
    static String jsonArray(List<String> terms) {
        if (terms.size() <= FUNCTION_ARGS) return "json_array(" + String.join(", ", terms) + ")";
        List<String> groups = new ArrayList<>();
        for (int from = 0; from < terms.size(); from += FUNCTION_ARGS) groups.add(jsonArray(terms.subList(from, Math.min(terms.size(), from + FUNCTION_ARGS))));
        return jsonArray(groups);
    }

    /** A {@link #jsonArray}'s values in order, its groups undone. */
    static List<JsonNode> flat(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode e : array) {
            if (e.isArray()) out.addAll(flat(e));
            else out.add(e);
        }
        return out;
    }

    /** The columns that can hold an integer or a real: not those of TEXT affinity, which turns one into text. */
    static List<String> numberColumns(TableDef t) {
        return t.columns().stream().filter(c -> c.affinity() != Affinity.TEXT).map(ColumnDef::name).toList();
    }

    /** The label of the k-th key column's packed value: one no column has, as {@link #rowidLabel}. */
    static String keyLabel(TableDef t, int k) {
        return freeLabel(t, "__godwit_key" + k);
    }

    /**
     * A value as text that says it exactly over any transport: {@code typeof hex}, a real as 17 digits ({@code real 0.1000...1}),
     * which hex (of SQLite's 15-digit text) would not be. Read back by {@link #unpack}. A text's hex is of its bytes as the file
     * stores them, UTF-16 in a file made so ({@code PRAGMA encoding}): its word says which ({@link #TEXT_WORD}), else it was read as
     * UTF-8, another text ('h\0é\0…': the packed column of a wide table on such a file, in the grid and its export).
     */
    static String packed(String column) {
        return "CASE typeof(" + column + ") WHEN 'text' THEN " + TEXT_WORD + " ELSE typeof(" + column + ") END || ' ' || " + exactly(column);
    }

    /** A value but a text's, as {@link #packed} says it after its type's word: a real as 17 digits, else in hex. */
    private static String exactly(String column) {
        return "CASE typeof(" + column + ") WHEN 'real' THEN printf('%!.17g', " + column + ") ELSE hex(" + column + ") END";
    }

    /** A text's word in {@link #packed}: {@code text} (UTF-8), {@code text16le} or {@code text16be}, told by how the file stores 'a'. */
    private static final String TEXT_WORD = "CASE hex('a') WHEN '6100' THEN 'text16le' WHEN '0061' THEN 'text16be' ELSE 'text' END";

    /** A {@link #packed} value (its text after the storage class's word) back as the value. */
    static Object unpack(String type, String packed) {
        if (type.equals("real")) return packed.equals("Inf") ? Double.POSITIVE_INFINITY : packed.equals("-Inf") ? Double.NEGATIVE_INFINITY : Double.parseDouble(packed);
        byte[] bytes = HexFormat.of().parseHex(packed);
        return switch (type) {
            case "integer" -> Long.parseLong(new String(bytes, StandardCharsets.UTF_8));
            case "text" -> new String(bytes, StandardCharsets.UTF_8);
            case "text16le" -> new String(bytes, StandardCharsets.UTF_16LE);
            case "text16be" -> new String(bytes, StandardCharsets.UTF_16BE);
            case "blob" -> bytes;
            default -> null;
        };
    }

    /** The label of {@link #returningStored}'s term. */
    private static final String STORED = "__godwit_stored";

    /**
     * A RETURNING term of the columns a write sets, each {@link #packed}: the values as SQLite stored them, which its column's
     * affinity may have changed (5.0 written to a NUMERIC column is the integer 5, ' 7 ' to an INTEGER one 7), exact over D1 too
     * (whose JSON gives the real 2.0 as 2). Read back by {@link #stored}. A text comes as itself ({@code text <the text>}), not in
     * hex: hex() gives the bytes of the file's encoding, UTF-16 in a file made so, which read as UTF-8 were another text (the Undo
     * of every text edit refused); json_array() gives any text as UTF-8, and a text an edit stored is one it sent (valid).
     */
    static String returningStored(java.util.Collection<String> columns) {
        return jsonArray(columns.stream().map(c -> {
            String q = Quoting.doubleQuoted(c);
            return "CASE typeof(" + q + ") WHEN 'text' THEN 'text ' || " + q + " ELSE typeof(" + q + ") || ' ' || " + exactly(q) + " END";
        }).toList()) + " AS " + Quoting.doubleQuoted(STORED);
    }

    /** The values of a {@link #returningStored} term in {@code row} (a write's RETURNING row), by column, in order. */
    static Map<String, Object> stored(java.util.Collection<String> columns, Map<String, Object> row) {
        List<JsonNode> packed;
        try {
            packed = flat(JSON.readTree(String.valueOf(row.get(STORED))));
        } catch (IOException e) {
            throw new IllegalStateException("the values a write returned are not JSON: " + row.get(STORED), e);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        int i = 0;
        for (String c : columns) {
            String[] p = packed.get(i++).asText().split(" ", 2);   // typeof hex (or a real's digits, a text itself): a NULL's hex is empty
            out.put(c, p[0].equals("text") ? p[1] : unpack(p[0], p[1]));
        }
        return out;
    }

    /**
     * The column the rowid travels with in a table too wide for it to travel alone (see {@link #selectWithRowid}); else null: the
     * INTEGER PRIMARY KEY, or (a table with no primary key every row has, see {@link StudioSchema#rowKey}) the first column whose affinity keeps
     * it short, as its value travels in hex.
     */
    static String packedColumn(TableDef t) {
        if (t.columns().size() < WIDE) return null;
        if (t.hasRowidAlias()) return t.primaryKeyColumns().get(0);
        for (var affinity : List.of(Affinity.INTEGER, Affinity.REAL, Affinity.NUMERIC)) {
            for (ColumnDef c : t.columns()) if (c.affinity() == affinity) return c.name();
        }
        return t.columns().get(0).name();
    }

    /**
     * A row read by {@link #selectExactly}, back as the table's columns (and the rowid label, holding the rowid alone): packed values
     * unpacked in their place, integers beyond 2^53 put back whole. A row read with {@code *} is returned as it is.
     */
    static Map<String, Object> unpacked(TableDef t, RowKey key, Map<String, Object> row) {
        String label = key.byRowid() ? rowidLabel(t) : keyLabel(t, 0);
        if (!(row.get(label) instanceof String text)) return row;
        String[] parts = text.split(" ", -1);   // rowid [typeof hex] [json], or typeof hex [json]: none of them holds a space
        Map<String, Object> out = new LinkedHashMap<>();
        int next;
        if (key.byRowid()) {
            out.put(label, parts[0]);
            String packed = packedColumn(t);
            for (String n : t.columnNames()) out.put(n, n.equals(packed) ? unpack(parts[1], parts[2]) : row.get(n));
            next = packed == null ? 1 : 3;
        } else {
            for (String n : t.columnNames()) {
                int k = key.columns().indexOf(n);
                if (k < 0) {
                    out.put(n, row.get(n));
                } else {
                    String[] p = k == 0 ? parts : ((String) row.get(keyLabel(t, k))).split(" ", -1);
                    out.put(n, unpack(p[0], p[1]));
                }
            }
            next = 2;
        }
        if (parts.length > next) putBigIntegers(t, parts[next], out);
        return out;
    }

    /** The integers and whole reals of a {@link #bigIntegers} array put back in their columns of {@code row}, exact. */
    static void putBigIntegers(TableDef t, String json, Map<String, Object> row) {
        JsonNode big;
        try {
            big = JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("the integers read beside a row of \"" + t.name() + "\" are not JSON: " + json, e);
        }
        List<String> cols = numberColumns(t);
        List<JsonNode> values = flat(big);
        for (int i = 0; i < cols.size(); i++) {
            if (values.get(i).isIntegralNumber()) row.put(cols.get(i), values.get(i).longValue());
            else if (values.get(i).isTextual()) row.put(cols.get(i), unpack("real", values.get(i).textValue()));
        }
    }

    /**
     * The columns of rows without a key ({@link RowPages#offsetPage}): {@code *}, and over D1 the {@link #bigIntegers} under
     * {@link #rowidLabel}. A result of {@value #WIDE} columns (a 100-column view) has no room for another beside them (D1 returns
     * 100): the first column then travels {@link #packed} with them under that label, in its place.
     */
    static String selectRowless(TableDef t, boolean remote) {
        String big = remote ? bigIntegers(t) : null;
        if (big == null) return "*";
        String label = Quoting.doubleQuoted(rowidLabel(t));
        if (t.columns().size() < WIDE) return "*, " + big + " AS " + label;
        List<String> cols = new ArrayList<>();
        cols.add(packed(Quoting.doubleQuoted(t.columnNames().get(0))) + " || ' ' || " + big + " AS " + label);
        for (String n : t.columnNames().subList(1, t.columnNames().size())) cols.add(Quoting.doubleQuoted(n));
        return String.join(", ", cols);
    }

    /** A row read with {@link #selectRowless}: its first column unpacked where it was packed, its integers beyond 2^53 whole, the label gone. */
    static Map<String, Object> exactRowless(TableDef t, Map<String, Object> row) {
        if (!(row.get(rowidLabel(t)) instanceof String text)) return row;
        Map<String, Object> out = new LinkedHashMap<>();
        String json = text;
        if (t.columns().size() >= WIDE) {
            String[] parts = text.split(" ", 3);   // typeof hex json: none of them holds a space
            String first = t.columnNames().get(0);
            out.put(first, unpack(parts[0], parts[1]));
            json = parts[2];
        }
        for (String n : t.columnNames()) if (!out.containsKey(n)) out.put(n, row.get(n));
        putBigIntegers(t, json, out);
        return out;
    }

    /** The label the page query gives the rowid, one no column of the table has (a column of that name would replace it in the row). */
    static String rowidLabel(TableDef t) {
        return freeLabel(t, "__godwit_rowid");
    }

    /** {@code base}, or {@code base_2}, {@code base_3}…: the first that no column of the table has (in any case). */
    static String freeLabel(TableDef t, String base) {
        Set<String> taken = new HashSet<>();
        t.columnNames().forEach(n -> taken.add(n.toLowerCase(Locale.ROOT)));
        String label = base;
        for (int k = 2; taken.contains(label); k++) label = base + "_" + k;
        return label;
    }
}
