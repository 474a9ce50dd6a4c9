package dev.godwit.engine.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.FkAction;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.SqliteNames;
import dev.godwit.schema.model.TableDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What deleting a row takes with it, shown before the delete runs. */
final class DeletePreview {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StudioSchema schema;
    private final RowCounts rowCounts;
    private final RowLookup lookup;
    private final WriteReach writeReach;
    private final RowIdentity identity;

    DeletePreview(StudioSchema schema, RowCounts rowCounts, RowLookup lookup, WriteReach writeReach, RowIdentity identity) {
        this.schema = schema;
        this.rowCounts = rowCounts;
        this.lookup = lookup;
        this.writeReach = writeReach;
        this.identity = identity;
    }

    private static final int MAX_CASCADE_DEPTH = 8;

    /**
     * What deleting a row takes with it: rows deleted through ON DELETE CASCADE (transitively),
     * rows whose keys become NULL/default, and rows that block the delete (RESTRICT / NO ACTION),
     * counted per table in one query, plus the statement the delete runs.
     */
    ObjectNode of(TableDef given, Map<String, String> params) {
        TableDef t = schema.now().table(given.name()).orElse(given);   // the schema as it is now: a table may have appeared since
        RowKey k = schema.requireKey(t);
        List<Object> key = RowLookup.keyOf(t, k, params);
        String version = params.get("version");
        // The row at the address must be the one the page shows (a rebuild may have given its rowid to another): said as such,
        // before the version's "changed since" (by someone else?)
        JsonNode made = RowLookup.made(params);
        Map<String, Object> now = lookup.currentRow(t, k, key, version);
        identity.requireShown(t, k, key, made, now);
        Map<String, Object> row = version == null ? now : RowLookup.asShown(t, k, key, version, null, now);
        Reach reach = reach(schema, t, k, key);
        List<String> names = reach.names();
        List<String> preds = reach.preds();
        List<String> kinds = reach.kinds();
        boolean truncated = reach.truncated();
        List<Long> n = rowCounts.where(names, preds, List.of());
        ObjectNode out = JSON.createObjectNode();
        out.put("table", t.name());
        RowPages.putKey(out, k, key);
        ArrayNode effects = out.putArray("effects");
        long blockers = 0;
        for (int i = 0; i < names.size(); i++) {
            if (n.get(i) == 0) continue;
            effects.addObject().put("table", names.get(i)).put("kind", kinds.get(i)).put("count", n.get(i));
            if (kinds.get(i).equals("blocking")) blockers += n.get(i);
        }
        out.put("blocked", blockers > 0);
        out.put("depthLimited", truncated);
        // Triggers the delete fires (on the row's table, or on a table its cascade deletes from) run too, and what they change
        // is not counted above: a trigger that deletes a row's items (a cascade without a foreign key) took them unannounced
        ArrayNode triggered = out.putArray("triggerTables");
        for (TableDef x : writeReach.byTriggers(t, WriteReach.Write.DELETE)) triggered.add(x.name());
        // The row it would delete, as it is now: what the page asks the user to confirm.
        ObjectNode shown = out.putObject("row");
        ArrayNode cols = shown.putArray("columns");
        ArrayNode vals = shown.putArray("values");
        for (String c : t.columnNames()) {
            cols.add(c);
            vals.add(Values.toJson(row.get(c)));
        }
        out.put("version", RowGuard.version(t.columnNames(), row));
        out.putArray("sql").add(RowWrites.deleteSql(t, RowGuard.of(k, key, t, row)).shown());
        return out;
    }

    /**
     * What deleting the row reaches, per table: {@code names}, {@code kinds} (deleted, nulled, defaulted, blocking) and the {@code preds} that
     * find those rows (the row itself first), as SQL of literals; {@code truncated} where the cascade goes deeper than followed.
     */
    record Reach(List<String> names, List<String> preds, List<String> kinds, boolean truncated) {
    }

    static Reach reach(StudioSchema schema, TableDef t, RowKey k, List<Object> key) {
        Map<String, List<String>> deleted = new LinkedHashMap<>();
        Map<String, List<String>> nulled = new LinkedHashMap<>();
        // ON DELETE SET DEFAULT: set to their key's default, not to NULL ("nulled" said so of them, the page "to NULL/default")
        Map<String, List<String>> defaulted = new LinkedHashMap<>();
        Map<String, List<String>> blocking = new LinkedHashMap<>();
        int[] closures = {0};
        String self = closed(schema, t, k.equalLiterally(key), closures);
        deleted.computeIfAbsent(t.name(), x -> new ArrayList<>()).add(self);
        boolean truncated = false;
        record SetDefault(ForeignKeyDef f, String pred) { }
        List<SetDefault> setDefaults = new ArrayList<>();
        record Step(TableDef table, String pred, int depth) { }
        List<Step> queue = new ArrayList<>(List.of(new Step(t, self, 0)));
        for (int qi = 0; qi < queue.size(); qi++) {
            Step s = queue.get(qi);
            boolean isClosed = !selfCascades(schema, s.table()).isEmpty() && schema.rowKey(s.table()) != null;
            for (ForeignKeyDef f : schema.referencing(s.table())) {
                if (isClosed && f.onDelete() == FkAction.CASCADE && sameTable(f.table(), s.table())) continue;   // in its closure
                List<String> refCols = schema.refColumns(f);
                String lhs = f.columns().size() == 1 ? Quoting.doubleQuoted(f.columns().get(0)) : "(" + String.join(", ", f.columns().stream().map(Quoting::doubleQuoted).toList()) + ")";
                String pred = lhs + " IN (SELECT " + String.join(", ", refCols.stream().map(Quoting::doubleQuoted).toList()) + " FROM " + Quoting.doubleQuoted(s.table().name())
                        + " WHERE " + s.pred() + ")";
                if (f.onDelete() == FkAction.CASCADE) {
                    TableDef ct = schema.read(false).table(f.table()).orElse(null);
                    String rows = ct == null ? pred : closed(schema, ct, pred, closures);
                    deleted.computeIfAbsent(f.table(), x -> new ArrayList<>()).add(rows);
                    if (s.depth() + 1 < MAX_CASCADE_DEPTH) {
                        if (ct != null) queue.add(new Step(ct, rows, s.depth() + 1));
                    } else {
                        truncated = true;
                    }
                } else if (f.onDelete() == FkAction.SET_NULL && notNull(schema, f)) {
                    // SET NULL on a column declared NOT NULL: SQLite refuses the delete ("NOT NULL constraint failed: kid.par_id")
                    // while such rows exist, which the preview said it would set to NULL, offering the delete
                    blocking.computeIfAbsent(f.table(), x -> new ArrayList<>()).add(pred);
                } else if (f.onDelete() == FkAction.SET_DEFAULT) {
                    setDefaults.add(new SetDefault(f, pred));   // whether the default has a parent row is known once every delete is
                } else if (f.onDelete() == FkAction.SET_NULL) {
                    nulled.computeIfAbsent(f.table(), x -> new ArrayList<>()).add(pred);
                } else {
                    blocking.computeIfAbsent(f.table(), x -> new ArrayList<>()).add(pred);
                }
            }
        }
        for (SetDefault d : setDefaults) {
            // ON DELETE SET DEFAULT sets the key to its columns' defaults, which must then find a parent row (one this delete leaves):
            // where none has it, SQLite refuses the delete ("FOREIGN KEY constraint failed"), which the preview offered, listing no
            // blocking rows; as must a default of NULL on a column declared NOT NULL
            String unmet = defaultUnmet(schema, d.f(), deleted.get(d.f().refTable()));
            if (unmet == null) {
                defaulted.computeIfAbsent(d.f().table(), x -> new ArrayList<>()).add(d.pred());
            } else {
                blocking.computeIfAbsent(d.f().table(), x -> new ArrayList<>()).add("(" + d.pred() + ") AND " + unmet);
                if (!unmet.equals("1")) defaulted.computeIfAbsent(d.f().table(), x -> new ArrayList<>()).add("(" + d.pred() + ") AND NOT " + unmet);
            }
        }
        List<String> names = new ArrayList<>();
        List<String> preds = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (var e : deleted.entrySet()) { names.add(e.getKey()); preds.add(or(e.getValue())); kinds.add("deleted"); }
        for (var kind : List.of(Map.entry("nulled", nulled), Map.entry("defaulted", defaulted))) {
            for (var e : kind.getValue().entrySet()) {
                names.add(e.getKey());
                String notDeleted = deleted.containsKey(e.getKey()) ? " AND NOT (" + or(deleted.get(e.getKey())) + ")" : "";
                preds.add("(" + or(e.getValue()) + ")" + notDeleted);
                kinds.add(kind.getKey());
            }
        }
        for (var e : blocking.entrySet()) {
            names.add(e.getKey());
            String notDeleted = deleted.containsKey(e.getKey()) ? " AND NOT (" + or(deleted.get(e.getKey())) + ")" : "";
            preds.add("(" + or(e.getValue()) + ")" + notDeleted);
            kinds.add("blocking");
        }
        return new Reach(names, preds, kinds, truncated);
    }

    /**
     * The rows of {@code t} that {@code pred} finds and, where {@code t} cascades to itself ({@code parent_id REFERENCES t ON
     * DELETE CASCADE}: a thread of replies, a tree of spans), every row below them, however deep: their key in a recursive CTE
     * over those foreign keys. Followed level by level, as the cascade to other tables is, such a chain was cut at
     * {@value #MAX_CASCADE_DEPTH} levels (a chain of twelve previewed as nine rows, and the delete, held to that count, took all
     * twelve), and two such keys (a reply's parent and its thread's root) nested 2^8 predicates, past SQLite's expression depth.
     */
    private static String closed(StudioSchema schema, TableDef t, String pred, int[] closures) {
        List<ForeignKeyDef> own = selfCascades(schema, t);
        RowKey k = own.isEmpty() ? null : schema.rowKey(t);
        if (k == null) return pred;
        String cte = Quoting.doubleQuoted("godwit_reach_" + closures[0]++);
        String parent = Quoting.doubleQuoted("godwit_parent");
        String child = Quoting.doubleQuoted("godwit_child");
        String table = Quoting.doubleQuoted(t.name());
        List<String> keyTerms = k.terms("");
        List<String> names = new ArrayList<>();
        List<String> onKey = new ArrayList<>();
        for (int i = 0; i < keyTerms.size(); i++) {
            names.add("k" + i);
            onKey.add(k.terms(parent + ".").get(i) + " = " + cte + ".k" + i);
        }
        List<String> links = new ArrayList<>();
        for (ForeignKeyDef f : own) {
            List<String> refCols = schema.refColumns(f);
            List<String> eq = new ArrayList<>();
            for (int i = 0; i < f.columns().size(); i++) {
                eq.add(child + "." + Quoting.doubleQuoted(f.columns().get(i)) + " = " + parent + "." + Quoting.doubleQuoted(refCols.get(i)));
            }
            links.add("(" + String.join(" AND ", eq) + ")");
        }
        String lhs = keyTerms.size() == 1 ? keyTerms.get(0) : "(" + String.join(", ", keyTerms) + ")";
        return lhs + " IN (WITH RECURSIVE " + cte + "(" + String.join(", ", names) + ") AS (SELECT " + String.join(", ", keyTerms)
                + " FROM " + table + " WHERE " + pred + " UNION SELECT " + String.join(", ", k.terms(child + ".")) + " FROM " + cte
                + " JOIN " + table + " AS " + parent + " ON " + String.join(" AND ", onKey) + " JOIN " + table + " AS " + child + " ON "
                + String.join(" OR ", links) + ") SELECT " + String.join(", ", names) + " FROM " + cte + ")";
    }

    /**
     * For ON DELETE SET DEFAULT: SQL true when the key its columns' defaults make has no parent row once the rows {@code parentDeleted}
     * finds in the parent table are gone, so that the delete fails; "1" when it always fails (a column declared NOT NULL without a
     * default); null when it never does (a column without a default, and nullable, makes a NULL key, which needs no parent row).
     */
    private static String defaultUnmet(StudioSchema schema, ForeignKeyDef f, List<String> parentDeleted) {
        TableDef child = schema.read(false).table(f.table()).orElse(null);
        List<String> refCols = schema.refColumns(f);
        if (child == null || refCols.size() != f.columns().size()) return null;
        List<String> defaults = new ArrayList<>();
        boolean nullKey = false;
        for (String c : f.columns()) {
            ColumnDef col = child.column(c).orElse(null);
            if (col == null) return null;
            String d = col.defaultValue() == null ? null : col.defaultValue().sql().strip();
            if (d == null || d.equalsIgnoreCase("NULL")) {
                if (col.notNull()) return "1";
                nullKey = true;
            }
            defaults.add("(" + d + ")");
        }
        if (nullKey) return null;
        List<String> eq = new ArrayList<>();
        for (int i = 0; i < refCols.size(); i++) eq.add(Quoting.doubleQuoted(refCols.get(i)) + " = " + defaults.get(i));
        String left = parentDeleted == null || parentDeleted.isEmpty() ? "" : " AND NOT (" + or(parentDeleted) + ")";
        return "NOT EXISTS (SELECT 1 FROM " + Quoting.doubleQuoted(f.refTable()) + " WHERE " + String.join(" AND ", eq) + left + ")";
    }

    /** Whether a column of the foreign key is declared NOT NULL, so its ON DELETE SET NULL fails rather than sets it. */
    private static boolean notNull(StudioSchema schema, ForeignKeyDef f) {
        TableDef child = schema.read(false).table(f.table()).orElse(null);
        return child != null && f.columns().stream().anyMatch(c -> child.column(c).map(ColumnDef::notNull).orElse(false));
    }

    /** The foreign keys of {@code t} to itself that say ON DELETE CASCADE. */
    private static List<ForeignKeyDef> selfCascades(StudioSchema schema, TableDef t) {
        List<ForeignKeyDef> out = new ArrayList<>();
        for (ForeignKeyDef f : schema.referencing(t)) {
            if (f.onDelete() == FkAction.CASCADE && sameTable(f.table(), t)) out.add(f);
        }
        return out;
    }

    private static boolean sameTable(String name, TableDef t) {
        return SqliteNames.key(name).equals(SqliteNames.key(t.name()));
    }

    private static String or(List<String> preds) {
        return preds.size() == 1 ? preds.get(0) : "(" + String.join(") OR (", preds) + ")";
    }
}
