package dev.godwit.engine.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.schema.model.TableDef;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One row as a request names it (its rowid, or its primary key's values), read as it is now, or as the page showed it. */
final class RowLookup {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database db;
    private final StudioSchema schema;

    RowLookup(Database db, StudioSchema schema) {
        this.db = db;
        this.schema = schema;
    }

    /** The row a request names: {@code rowid} (a decimal string) in a rowid table, {@code key} (its primary key's values, as JSON) in a WITHOUT ROWID one. */
    static List<Object> keyOf(TableDef t, RowKey k, Map<String, String> params) {
        String rowid = params.get("rowid");
        String key = params.get("key");
        JsonNode keyJson = null;
        if (!k.byRowid() && key != null) {
            try {
                keyJson = JSON.readTree(key);
            } catch (IOException e) {
                throw StudioException.bad("\"key\" is not JSON: " + e.getMessage());
            }
        }
        return keyOf(t, k, rowid == null ? null : com.fasterxml.jackson.databind.node.TextNode.valueOf(rowid), keyJson);
    }

    static List<Object> keyOf(TableDef t, RowKey k, JsonNode rowid, JsonNode key) {
        return k.byRowid() ? List.of(Values.rowid(rowid)) : k.fromJson(t, key);
    }

    static StudioException noRow(TableDef t, RowKey key, List<Object> keyValues) {
        return new StudioException(404, "table \"" + t.name() + "\" has no row with " + key.named(keyValues));
    }

    /** The row as it is now (all columns); 404 when there is none. */
    Map<String, Object> currentRow(TableDef t, RowKey key, List<Object> keyValues) {
        List<Map<String, Object>> rows;
        try {
            // The write's guard names the values as read here: exactly, over D1 too (its key, integers beyond 2^53)
            // Over D1 its large values as a page reads them (their start and lengths: RowGuard compares those), not whole
            boolean remote = db.capabilities().remote();
            String select = remote ? ExactRows.selectPreviewingRemote(t, key) : "*";
            rows = db.query("SELECT " + select + " FROM " + Quoting.doubleQuoted(t.name()) + " WHERE " + key.equal(""), key.orderParams(keyValues).toArray());
            if (remote) rows = rows.stream().map(r -> ExactRows.previewed(t, key, r)).toList();
        } catch (DatabaseException e) {
            throw schema.explained(t, e);
        }
        if (key.byRowid()) {
            if (rows.isEmpty()) throw noRow(t, key, keyValues);
            Map<String, Object> row = new LinkedHashMap<>(rows.get(0));
            row.remove(ExactRows.rowidLabel(t));
            return row;
        }
        // The key compared in its columns' collation: NOCASE finds 'a' for 'A' where a binary primary key holds both
        for (Map<String, Object> r : rows) {
            if (key.sameKey(keyValues, r)) return r;
        }
        throw noRow(t, key, keyValues);
    }

    /** The version the page sent with a write: the hash of the row as it showed it. */
    static String version(JsonNode body) {
        JsonNode v = body.get("version");
        if (v == null || !v.isTextual() || v.asText().isEmpty()) {
            throw StudioException.bad("\"version\" is missing: a write sends the version of the row as the page showed it (reload the page)");
        }
        return v.asText();
    }

    /** The row as it is now, if it is still the one the page showed (409 when it is gone or differs). */
    Map<String, Object> rowAsShown(TableDef t, RowKey key, List<Object> keyValues, String version) {
        Map<String, Object> row;
        try {
            row = currentRow(t, key, keyValues);
        } catch (StudioException e) {
            if (e.status() != 404) throw e;
            throw changed(t, key, keyValues);
        }
        if (!RowGuard.version(t.columnNames(), row).equals(version)) throw changed(t, key, keyValues);
        return row;
    }

    /**
     * The row as the page showed it, from the values it sends back with a write ({@code "shown"}: the row's tagged values in the
     * table's column order, as the page got them), where they are whole and hash to the {@code version} the page got with them:
     * then the write's guard needs no read of the row first (on D1 one API call saved). The guard, the row as shown, matches
     * only while the row is so; a row changed or deleted since is found by the write matching nothing. Null where the page
     * holds less than the row (a long text or blob it got only the start of) or sent nothing: then the row is read.
     */
    static Map<String, Object> shownRow(TableDef t, JsonNode shown, String version) {
        if (shown == null || !shown.isArray() || shown.size() != t.columnNames().size()) return null;
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < shown.size(); i++) {
            JsonNode v = shown.get(i);
            Object value;
            if (v.isNull()) {
                value = null;
            } else {
                if (!v.isObject() || v.path("truncated").asBoolean(false)) return null;
                String text = v.path("v").asText(null);
                if (text == null) return null;
                try {
                    value = switch (v.path("t").asText()) {
                        case "i" -> Long.parseLong(text);
                        case "r" -> Double.parseDouble(text);
                        case "s" -> text;
                        case "b" -> java.util.HexFormat.of().parseHex(text);
                        default -> throw new IllegalArgumentException();
                    };
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
            row.put(t.columnNames().get(i), value);
        }
        return RowGuard.version(t.columnNames(), row).equals(version) ? row : null;
    }

    /**
     * A guarded write matched nothing: the row changed since the page showed it ({@link #changed}), or it reads back just as
     * shown and the guard cannot match it. Text stored as bytes that are not valid UTF-8 (CAST(X'FF' AS TEXT), another tool's
     * Latin-1) is read as U+FFFD, which the stored bytes never equal: such a row was "changed since the page loaded it (by
     * someone else?)" at every try, reload or not. One read more, on this failure only.
     */
    StudioException missed(TableDef t, RowKey key, List<Object> keyValues, Map<String, Object> shown) {
        Map<String, Object> now;
        try {
            now = currentRow(t, key, keyValues);
        } catch (StudioException e) {
            return changed(t, key, keyValues);
        }
        List<String> columns = t.columnNames();
        if (!RowGuard.version(columns, now).equals(RowGuard.version(columns, shown))) return changed(t, key, keyValues);
        List<String> replaced = columns.stream().filter(c -> (now.get(c) instanceof Cells.Preview p ? p.start() : now.get(c)) instanceof String s
                && s.indexOf('\uFFFD') >= 0).map(Quoting::doubleQuoted).toList();
        String console = ". Change it in the SQL console" + (key.byRowid() ? " (… WHERE " + key.rowid() + " = " + keyValues.get(0) + ")" : "");
        if (replaced.isEmpty()) {
            // Nothing the studio misread: a BEFORE trigger's RAISE(IGNORE) skips the row, and the write returns none
            return new StudioException(409, key.describe(keyValues) + " of \"" + t.name() + "\" is as the page showed it, but the write changed nothing"
                    + " (a trigger's RAISE(IGNORE)?): nothing was written");
        }
        return new StudioException(409, key.describe(keyValues) + " of \"" + t.name() + "\" is as the page showed it, but the studio cannot match its stored"
                + " values exactly (" + String.join(", ", replaced) + (replaced.size() == 1 ? " holds" : " hold") + " text that is not valid UTF-8, shown as \uFFFD)"
                + ": nothing was written" + console);
    }

    /** A write found its row gone or changed; by primary key, the row may be there under another key someone gave it. */
    static StudioException changed(TableDef t, RowKey key, List<Object> keyValues) {
        return new StudioException(409, key.describe(keyValues) + " of \"" + t.name() + "\" changed since the page loaded it (by someone else?"
                + (key.byRowid() ? "" : " its key too, perhaps, or it was deleted") + "): reload the page; nothing was written");
    }
}
