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

    /** The row as the page has it ({@code made}: column name to its value as the page got it, JSON), or null where not sent. */
    static JsonNode made(Map<String, String> params) {
        String made = params.get("made");
        if (made == null) return null;
        try {
            return JSON.readTree(made);
        } catch (IOException e) {
            throw StudioException.bad("\"made\" is not JSON: " + e.getMessage());
        }
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
        return rowAsShown(t, key, keyValues, version, null);
    }

    /**
     * {@link #rowAsShown(TableDef, RowKey, List, String)}, with the values the page showed ({@code shown}, as it got them: a long
     * text or blob by its start and length), which the 409 compares with the row now to name what changed.
     */
    Map<String, Object> rowAsShown(TableDef t, RowKey key, List<Object> keyValues, String version, JsonNode shown) {
        return asShown(t, key, keyValues, version, shown, currentRow(t, key, keyValues, version));
    }

    /**
     * The row as it is now; where it is gone, the 409 of a row changed since the page showed it where the page had it
     * ({@code version}), else the 404.
     */
    Map<String, Object> currentRow(TableDef t, RowKey key, List<Object> keyValues, String version) {
        try {
            return currentRow(t, key, keyValues);
        } catch (StudioException e) {
            if (e.status() != 404 || version == null) throw e;
            throw changed(t, key, keyValues);
        }
    }

    /** {@link #rowAsShown(TableDef, RowKey, List, String, JsonNode)} of a row read already ({@code row}, as it is now). */
    static Map<String, Object> asShown(TableDef t, RowKey key, List<Object> keyValues, String version, JsonNode shown, Map<String, Object> row) {
        if (!RowGuard.version(t.columnNames(), row).equals(version)) {
            if (columnsMoved(t, shown, version)) {
                // the row may be just as it was: its values, read by today's columns, were compared with another column's
                throw new StudioException(409, "the columns of \"" + t.name() + "\" are not the ones the page showed (a migration changed the table"
                        + " since the page loaded it?): reload the page; nothing was written");
            }
            throw changed(t, key, keyValues, differencesFromPage(t, shown, row, version));
        }
        return row;
    }

    /**
     * Whether the page showed the row under other columns than the table has now (a migration added, dropped or reordered them,
     * as drizzle's table rebuild does): its values are not as many as the columns, or, all whole, they do not hash to the version
     * it got with them under today's columns, which they did under the page's. Compared by position, they named another
     * column's value as changed ({@code "name" is now 'ann' (the page showed 1)}, where a rebuild had put name before team_id).
     */
    static boolean columnsMoved(TableDef t, JsonNode shown, String version) {
        if (shown == null || !shown.isArray()) return false;
        List<String> columns = t.columnNames();
        if (shown.size() != columns.size()) return true;
        Map<String, Object> was = new LinkedHashMap<>();
        for (int i = 0; i < shown.size(); i++) {
            Object value = pageValue(shown.get(i));
            if (value == UNREADABLE || value instanceof Cells.Preview) return false;   // not whole: the version cannot tell
            was.put(columns.get(i), value);
        }
        return !RowGuard.version(columns, was).equals(version);
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
            Object value = pageValue(shown.get(i));
            if (value == UNREADABLE || value instanceof Cells.Preview) return null;
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
        if (!RowGuard.version(columns, now).equals(RowGuard.version(columns, shown))) return changed(t, key, keyValues, differences(t, shown, now));
        List<String> replaced = columns.stream().filter(c -> (now.get(c) instanceof Cells.Preview p ? p.start() : now.get(c)) instanceof String s
                && s.indexOf('\uFFFD') >= 0).map(Quoting::doubleQuoted).toList();
        String console = ". Change it in the SQL console" + (key.byRowid() ? " (… WHERE " + key.rowid() + " = " + keyValues.get(0) + ")" : "");
        if (replaced.isEmpty()) {
            // Nothing the studio misread: an ON CONFLICT IGNORE key that meets another row, or a BEFORE trigger's RAISE(IGNORE), skips the row, and the write returns none
            return new StudioException(409, key.describe(keyValues) + " of \"" + t.name() + "\" is as the page showed it, but the write changed nothing"
                    + " (a key that says ON CONFLICT IGNORE meeting another row's value, or a trigger's RAISE(IGNORE)?): nothing was written");
        }
        return new StudioException(409, key.describe(keyValues) + " of \"" + t.name() + "\" is as the page showed it, but the studio cannot match its stored"
                + " values exactly (" + String.join(", ", replaced) + (replaced.size() == 1 ? " holds" : " hold") + " text that is not valid UTF-8, shown as \uFFFD)"
                + ": nothing was written" + console);
    }

    /**
     * An Undo's check ({@code edited}: the values its edit wrote, as that edit's answer gave them): the row it is guarded by is the
     * row as the page shows it now, which a page drawn again after the edit may have read with someone else's change in it; the
     * Undo then wrote the old value over theirs. Refused unless each column still holds what the edit wrote (the write's guard,
     * the row as shown, keeps it so until it runs). Nothing to check where {@code edited} is absent (an edit, not an Undo).
     */
    static void requireAsEdited(TableDef t, RowKey key, List<Object> keyValues, Map<String, Object> row, JsonNode edited) {
        if (edited == null || edited.isNull()) return;
        if (!edited.isObject()) throw StudioException.bad("\"edited\" must be an object of column: value as the edit wrote it");
        Map<String, Object> wrote = new LinkedHashMap<>();
        for (var it = edited.fields(); it.hasNext(); ) {
            var e = it.next();
            if (!row.containsKey(e.getKey())) throw StudioException.bad("table \"" + t.name() + "\" has no column \"" + e.getKey() + "\"");
            Object value = pageValue(e.getValue());
            if (value == UNREADABLE || value instanceof Cells.Preview) throw StudioException.bad("\"edited\" needs the whole value of \"" + e.getKey() + "\"");
            wrote.put(e.getKey(), value);
        }
        List<String> columns = List.copyOf(wrote.keySet());
        if (RowGuard.version(columns, wrote).equals(RowGuard.version(columns, row))) return;
        String what = differences(t, wrote, row);
        throw changed(t, key, keyValues, what == null ? null : what.replace("(the page showed ", "(the edit wrote "));
    }

    /** A write found its row gone or changed; by primary key, the row may be there under another key someone gave it. */
    static StudioException changed(TableDef t, RowKey key, List<Object> keyValues) {
        return changed(t, key, keyValues, null);
    }

    /**
     * {@link #changed(TableDef, RowKey, List)}, saying what changed ({@link #differences}; null: not known, the row gone or the page's
     * values not at hand). The message named the row alone, and the user had to find what someone else had changed in it.
     */
    static StudioException changed(TableDef t, RowKey key, List<Object> keyValues, String what) {
        if (what == null) {
            return new StudioException(409, key.describe(keyValues) + " of \"" + t.name() + "\" changed since the page loaded it (by someone else?"
                    + (key.byRowid() ? "" : " its key too, perhaps, or it was deleted") + "): reload the page; nothing was written");
        }
        return new StudioException(409, key.describe(keyValues) + " of \"" + t.name() + "\" changed since the page loaded it (by someone else?): " + what
                + ". Reload the page; nothing was written");
    }

    /** Changed columns named in a message, at most; the rest are counted. */
    private static final int NAMED = 3;
    /** Characters of a text a message shows at most (of a blob, half as many bytes in hex). */
    private static final int BRIEF = 40;

    /**
     * The columns whose values differ between the row as the page showed it and as it is now (by {@link RowGuard#version}, so a long
     * value by its digest): {@code "name" is now 'ann b' (the page showed 'ann ')}, at most {@value #NAMED} of them, values shortened
     * (a long text from a little before where the two first differ, with its length). Null where none differs.
     */
    static String differences(TableDef t, Map<String, Object> shown, Map<String, Object> now) {
        return differences(t, shown, now, c -> RowGuard.version(List.of(c), shown).equals(RowGuard.version(List.of(c), now)));
    }

    /**
     * {@link #differences} from the values the page sent ({@code shown}: tagged, as it got them, a long one by its start and length),
     * compared with the row now in that form. A change in a long value past the start the page has of it is found by the row's
     * {@code version}: the row now with the page's other values must hash to it, else a long value changed. Null where the page
     * sent no values, or none is found to differ.
     */
    static String differencesFromPage(TableDef t, JsonNode shown, Map<String, Object> now, String version) {
        List<String> columns = t.columnNames();
        if (shown == null || !shown.isArray() || shown.size() != columns.size()) return null;
        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> alike = new LinkedHashMap<>();   // the page's values, but a long one's as it is now
        java.util.Set<String> differ = new java.util.HashSet<>();
        java.util.Set<String> partial = new java.util.HashSet<>();   // long values the page has the start of, that start unchanged
        boolean longDiffers = false;   // a long value whose start or length changed: then the version cannot tell about the others
        for (int i = 0; i < columns.size(); i++) {
            String c = columns.get(i);
            JsonNode v = shown.get(i);
            Object value = pageValue(v);
            if (value == UNREADABLE) return null;
            was.put(c, value);
            // as the page got it: the same fields in the same order (Jackson tells an int from a long; the page sends back what it got)
            boolean same = Values.toJson(now.get(c)).toString().equals(v.toString());
            boolean truncated = v != null && v.path("truncated").asBoolean(false);
            if (!same) differ.add(c);
            else if (truncated) partial.add(c);
            if (!same && truncated) longDiffers = true;
            alike.put(c, truncated ? now.get(c) : value);
        }
        // where every long value's start is as shown, the row hashes to the page's version unless one of them changed past it
        boolean pastStart = !partial.isEmpty() && !longDiffers && !RowGuard.version(columns, alike).equals(version);
        String named = differences(t, was, now, c -> !differ.contains(c));
        if (!pastStart) return named;
        List<String> past = columns.stream().filter(partial::contains).map(Quoting::doubleQuoted).toList();
        String longOnes = past.size() == 1 ? past.get(0) + " changed past the start of it the page shows"
                : "one or more of " + String.join(", ", past) + " changed past the start of them the page shows";
        return named == null ? longOnes : named + "; " + longOnes;
    }

    private static String differences(TableDef t, Map<String, Object> shown, Map<String, Object> now, java.util.function.Predicate<String> same) {
        List<String> out = new java.util.ArrayList<>();
        int more = 0;
        for (String c : t.columnNames()) {
            if (!shown.containsKey(c) || !now.containsKey(c) || same.test(c)) continue;
            if (out.size() == NAMED) {
                more++;
                continue;
            }
            Object was = shown.get(c);
            Object is = now.get(c);
            int from = firstDifference(was, is);
            String a = brief(is, from);
            String b = brief(was, from);
            // the same so far as a message shows them (a long value changed past the start a preview holds)
            out.add(Quoting.doubleQuoted(c) + (a.equals(b) ? " changed past the start of it the page shows" : " is now " + a + " (the page showed " + b + ")"));
        }
        if (out.isEmpty()) return null;
        return String.join("; ", out) + (more == 0 ? "" : "; and " + more + (more == 1 ? " column more" : " columns more"));
    }

    private static final Object UNREADABLE = new Object();

    /** A value as the page got it ({@link Values#toJson}): a long one as a {@link Cells.Preview} of its start and length. */
    static Object pageValue(JsonNode v) {
        if (v == null || v.isNull()) return null;
        String text = v.path("v").asText(null);
        if (!v.isObject() || text == null) return UNREADABLE;
        boolean truncated = v.path("truncated").asBoolean(false);
        try {
            return switch (v.path("t").asText()) {
                case "i" -> Long.parseLong(text);   // SQLite's integers are 64-bit
                case "r" -> Double.parseDouble(text);
                case "s" -> truncated ? new Cells.Preview(true, v.path("n").asLong(), text, null) : text;
                case "b" -> truncated ? new Cells.Preview(false, v.path("n").asLong(), java.util.HexFormat.of().parseHex(text), null)
                        : java.util.HexFormat.of().parseHex(text);
                default -> UNREADABLE;
            };
        } catch (IllegalArgumentException e) {
            return UNREADABLE;
        }
    }

    /** Where two texts (or two blobs) first differ, in characters (bytes); 0 for other values. */
    private static int firstDifference(Object a, Object b) {
        Object x = a instanceof Cells.Preview p ? p.start() : a;
        Object y = b instanceof Cells.Preview p ? p.start() : b;
        int k = 0;
        if (x instanceof String s && y instanceof String u) {
            while (k < s.length() && k < u.length() && s.charAt(k) == u.charAt(k)) k++;
        } else if (x instanceof byte[] s && y instanceof byte[] u) {
            while (k < s.length && k < u.length && s[k] == u[k]) k++;
        }
        return k;
    }

    /**
     * A value for a message, short whatever its size: NULL, a number, {@code 'text'} (a long one from a little before {@code from},
     * where it differs from the other, with its length in characters), {@code X'00ff'} (a long blob so, in bytes).
     */
    static String brief(Object v, int from) {
        if (v == null) return "NULL";
        if (v instanceof Double d) return Values.realText(d);
        if (v instanceof Number n) return n.toString();
        if (v instanceof Cells.Preview p) return p.text() ? text((String) p.start(), from, p.n()) : blob((byte[]) p.start(), from, p.n());
        if (v instanceof byte[] b) return blob(b, from, b.length);
        String s = v.toString();
        return text(s, from, s.codePointCount(0, s.length()));
    }

    private static String text(String s, int from, long length) {
        int begin = from > BRIEF - 10 ? Math.min(from, s.length()) - 10 : 0;
        if (begin > 0 && Character.isLowSurrogate(s.charAt(begin))) begin--;
        int end = Math.min(s.length(), begin + BRIEF);
        if (end < s.length() && Character.isHighSurrogate(s.charAt(end - 1))) end--;
        boolean whole = begin == 0 && end == s.length() && length == s.codePointCount(0, s.length());
        StringBuilder out = new StringBuilder("'");
        if (begin > 0) out.append('…');
        s.substring(begin, end).codePoints().forEach(cp -> {
            switch (cp) {
                case '\'' -> out.append("''");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case 0 -> out.append("\\0");
                default -> {
                    if (cp < 0x20 || cp == 0x7f) out.append(String.format("\\u%04x", cp));
                    else out.appendCodePoint(cp);
                }
            }
        });
        if (!whole && (end < s.length() || length > s.codePointCount(0, s.length()))) out.append('…');
        out.append('\'');
        return whole ? out.toString() : out + " (" + length + " characters)";
    }

    private static String blob(byte[] b, int from, long length) {
        int span = BRIEF / 2;
        int begin = from > span - 5 ? Math.min(from, b.length) - 5 : 0;
        int end = Math.min(b.length, begin + span);
        boolean whole = begin == 0 && end == b.length && length == b.length;
        String hex = java.util.HexFormat.of().formatHex(b, begin, end);
        String out = "X'" + (begin > 0 ? "…" : "") + hex + (end < length ? "…" : "") + "'";
        return whole ? out : out + " (" + length + " bytes)";
    }
}
