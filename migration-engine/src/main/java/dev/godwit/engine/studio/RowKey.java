package dev.godwit.engine.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.TableDef;
import java.util.ArrayList;
import java.util.List;

/**
 * How the studio finds one row of a table again, for pages (the keyset's tie-breaker), edits, deletes and references: by its
 * rowid ({@code rowid}, or {@code oid}/{@code _rowid_} where a column takes that name), or, in a WITHOUT ROWID table, which has
 * none, by its primary key (one column or several; SQLite keeps them NOT NULL and unique there). A row's key is the list of
 * its values: one {@link Long} for a rowid.
 *
 * @param rowid    the name to read the rowid by; null when the key is the primary key
 * @param columns  the primary key's columns; empty when the key is the rowid
 * @param caseless the key's columns declared with a collation (NOCASE, RTRIM): under a binary primary key they may hold 'a' and
 *                 'A' side by side, equal in the column's order, so pages break that tie by the text itself
 */
record RowKey(String rowid, List<String> columns, List<String> caseless) {

    static RowKey ofRowid(String alias) {
        return new RowKey(alias, List.of(), List.of());
    }

    /** The primary key of a table, its columns declared {@code COLLATE} anything but BINARY among them. */
    static RowKey ofPrimaryKey(TableDef t) {
        return ofColumns(t, t.primaryKeyColumns());
    }

    /** Columns that find one row as a primary key does (a UNIQUE index's, all NOT NULL), those declared {@code COLLATE} noted. */
    static RowKey ofColumns(TableDef t, List<String> keyColumns) {
        List<String> caseless = new ArrayList<>();
        for (String c : keyColumns) {
            if (collated(t, c)) caseless.add(c);
        }
        return new RowKey(null, List.copyOf(keyColumns), List.copyOf(caseless));
    }

    /**
     * A column declared {@code COLLATE} anything but BINARY (NOCASE, RTRIM; {@code varchar(8)COLLATE NOCASE}, {@code text
     * COLLATE"NOCASE"} too, as {@link ColumnDef#collation} reads it): its {@code =} and {@code IS} find 'a' equal to 'A'.
     */
    static boolean collated(TableDef t, String column) {
        return !t.column(column).orElseThrow().collation().equals("BINARY");
    }

    /** The key's order: its {@link #terms}, each caseless column followed by itself {@code COLLATE BINARY} (the tie-breaker). */
    List<String> orderTerms() {
        if (caseless.isEmpty()) return terms("");
        List<String> out = new ArrayList<>();
        for (String c : columns) {
            out.add(Quoting.doubleQuoted(c));
            if (caseless.contains(c)) out.add(Quoting.doubleQuoted(c) + " COLLATE BINARY");
        }
        return out;
    }

    /** The values for {@link #beyond}'s and {@link #equal}'s {@code ?}s: the key's, a caseless column's twice. */
    List<Object> orderParams(List<Object> key) {
        if (caseless.isEmpty()) return key;
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            out.add(key.get(i));
            if (caseless.contains(columns.get(i))) out.add(key.get(i));
        }
        return out;
    }

    boolean byRowid() {
        return rowid != null;
    }

    /** The key's terms, for ORDER BY: {@code rowid}, or the key's columns quoted. */
    List<String> terms(String prefix) {
        if (byRowid()) return List.of(prefix + rowid);
        return columns.stream().map(c -> prefix + Quoting.doubleQuoted(c)).toList();
    }

    /**
     * Rows past a key in the key's order: {@code rowid > ?}, {@code "k" > ?} or, for a composite key, the row value
     * {@code ("a", "b") > (?, ?)} (SQLite compares those term by term, as ORDER BY "a", "b" sorts). Its {@code ?}s take
     * {@link #orderParams}.
     */
    String beyond(String op) {
        List<String> t = orderTerms();
        if (t.size() == 1) return t.get(0) + " " + op + " ?";
        return "(" + String.join(", ", t) + ") " + op + " (" + String.join(", ", t.stream().map(x -> "?").toList()) + ")";
    }

    /**
     * The one row with the key: {@code rowid = ?} or {@code "a" = ? AND "b" = ?}, its {@code ?}s taking {@link #orderParams}: a
     * caseless column compared {@code COLLATE BINARY} too, as NOCASE alone finds 'A' for 'a' where a binary primary key holds both.
     */
    String equal(String prefix) {
        if (byRowid()) return prefix + rowid + " = ?";
        List<String> out = new ArrayList<>();
        for (String c : columns) {
            out.add(prefix + Quoting.doubleQuoted(c) + " = ?");
            if (caseless.contains(c)) out.add(prefix + Quoting.doubleQuoted(c) + " = ? COLLATE BINARY");
        }
        return String.join(" AND ", out);
    }

    /** As {@link #equal}, with the values written as literals (for predicates nested in a count query, and to show). */
    String equalLiterally(List<Object> key) {
        if (byRowid()) return rowid + " = " + Values.literal(key.get(0));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String c = Quoting.doubleQuoted(columns.get(i));
            out.add(c + " = " + Values.literal(key.get(i)));
            if (caseless.contains(columns.get(i))) out.add(c + " = " + Values.literal(key.get(i)) + " COLLATE BINARY");
        }
        return String.join(" AND ", out);
    }

    /** For messages: {@code row 7}, {@code row "code" = 'a'}, {@code row ("org", "n") = ('a', 2)}. */
    String describe(List<Object> key) {
        return byRowid() ? "row " + key.get(0) : "row " + named(key);
    }

    /** For messages: {@code rowid 7}, {@code "code" = 'a'}, {@code ("org", "n") = ('a', 2)}. */
    String named(List<Object> key) {
        if (byRowid()) return "rowid " + key.get(0);
        List<String> t = terms("");
        List<String> v = key.stream().map(RowGuard::shownLiteral).toList();
        return t.size() == 1 ? t.get(0) + " = " + v.get(0) : "(" + String.join(", ", t) + ") = (" + String.join(", ", v) + ")";
    }

    /**
     * Whether a row the key's {@link #equal} found holds its texts exactly: that compares in the columns' collation, and a NOCASE
     * column under a binary primary key finds 'a' for 'A' too. Other values SQLite's = already matched.
     */
    boolean sameKey(List<Object> key, java.util.Map<String, Object> row) {
        for (int i = 0; i < columns.size(); i++) {
            if (key.get(i) instanceof String text && !text.equals(row.get(columns.get(i)))) return false;
        }
        return true;
    }

    /** A key to the page: exact tagged values (never a preview: the page sends it back to address the row). */
    ArrayNode toJson(List<Object> key) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        key.forEach(v -> a.add(Values.toExactJson(v)));
        return a;
    }

    /** A key the page sent back: one tagged value per key column, in order. */
    List<Object> fromJson(TableDef t, JsonNode node) {
        String form = "the row's key is a JSON list of its primary key's values (" + String.join(", ", terms("")) + ") as the page got them";
        if (node == null || node.isNull()) throw StudioException.bad("\"key\" is missing: " + form);
        if (!node.isArray() || node.size() != columns.size()) throw StudioException.bad("\"key\" is not valid for table \"" + t.name() + "\": " + form);
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            ColumnDef c = t.column(columns.get(i)).orElseThrow();
            JsonNode v = node.get(i);
            if (v == null || !v.isObject() || !v.has("t")) throw StudioException.bad("\"key\" is not valid for table \"" + t.name() + "\": " + form);
            Object value = Values.fromJson(c, null, v);
            if (value == null) throw StudioException.bad("\"key\" is not valid for table \"" + t.name() + "\": a primary key value is never NULL");
            out.add(value);
        }
        return out;
    }
}
