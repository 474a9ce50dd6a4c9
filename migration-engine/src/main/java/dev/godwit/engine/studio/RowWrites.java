package dev.godwit.engine.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.ColumnMode;
import dev.godwit.schema.model.FkAction;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.SqliteNames;
import dev.godwit.schema.model.TableDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Row edits, inserts and deletes from the grid: each one statement of literal SQL (its own transaction, with what it cascades
 * to), returned for the page to show; an edit or delete is guarded by the row as the page showed it ({@link RowGuard}).
 */
final class RowWrites {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database db;
    private final StudioSchema schema;
    private final RowLookup lookup;
    private final RowReferences references;
    private final RowCounts rowCounts;
    private final WriteReach reach;

    RowWrites(Database db, StudioSchema schema, RowLookup lookup, RowReferences references, RowCounts rowCounts, WriteReach reach) {
        this.db = db;
        this.schema = schema;
        this.lookup = lookup;
        this.references = references;
        this.rowCounts = rowCounts;
        this.reach = reach;
    }

    private void requireRowsWritable() {
        if (!schema.rowsWritable()) {
            throw new StudioException(403, db.describe() + " is remote: the studio is read-only there unless started with -Ddb.studio.write");
        }
    }

    private Map<String, Object> values(TableDef t, JsonNode node) {
        return values(t, node, Map.of());
    }

    /** The values a write sends, read for their columns; {@code current} is the row being changed (empty for an insert). */
    private Map<String, Object> values(TableDef t, JsonNode node, Map<String, Object> current) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) return out;
        if (!node.isObject()) throw StudioException.bad("\"values\" must be an object of column: value");
        for (var it = node.fields(); it.hasNext(); ) {
            var e = it.next();
            ColumnDef c = t.column(e.getKey()).orElseThrow(() -> StudioException.bad("table \"" + t.name() + "\" has no column \"" + e.getKey() + "\""));
            if (c.generated() != null) throw StudioException.bad("column \"" + c.name() + "\" is generated and cannot be written");
            ColumnMode m = schema.writeMode(t, c, current);
            out.put(c.name(), Values.fromJson(c, m, e.getValue(), m == null && schema.integerGuess(t, c) != null, current.get(c.name()) instanceof String));
        }
        return out;
    }

    ObjectNode insert(TableDef t, JsonNode body) {
        requireRowsWritable();
        schema.requireTable(t);
        Map<String, Object> values = values(t, body.get("values"));
        String head = "INSERT " + (schema.replacesOnConflict(t) ? "OR ABORT " : "") + "INTO " + Quoting.doubleQuoted(t.name());
        if (values.isEmpty()) {
            Database.Written w = written(t, values, head + " DEFAULT VALUES", List.of());
            return counted(done("inserted a row into \"" + t.name() + "\"", List.of(head + " DEFAULT VALUES")), t, WriteReach.Write.INSERT, null, w, 1);
        }
        head += " (" + String.join(", ", values.keySet().stream().map(Quoting::doubleQuoted).toList()) + ") VALUES (";
        Literals v = Literals.of(values.values());
        Database.Written w = written(t, values, head + String.join(", ", v.sql()) + ")", v.params());   // one statement: its own transaction
        return counted(done("inserted a row into \"" + t.name() + "\"", List.of(head + String.join(", ", v.shown()) + ")")), t, WriteReach.Write.INSERT, null, w, 1);
    }

    /** Values written by a statement: literals where short, {@code ?} where long (bound, see {@link RowGuard#bound}), and as shown. */
    private record Literals(List<String> sql, List<String> shown, List<Object> params) {
        static Literals of(java.util.Collection<Object> values) {
            Literals l = new Literals(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (Object v : values) {
                boolean bind = RowGuard.bound(v);
                l.sql.add(bind ? "?" : Values.literal(v));
                l.shown.add(RowGuard.shownLiteral(v));
                if (bind) l.params.add(v);
            }
            return l;
        }
    }

    ObjectNode update(TableDef t, JsonNode body) {
        JsonNode given = body.get("values");
        Target target = target(t, body, () -> {
            if (given == null || given.isNull() || given.isObject() && given.isEmpty()) throw StudioException.bad("nothing to change: give \"values\"");
        });
        RowKey k = target.key();
        List<Object> key = target.keyValues();
        Map<String, Object> current = target.row();
        Map<String, Object> values = values(t, given, current);   // a cell's text stays text where the column takes anything
        RowGuard guard = RowGuard.of(k, key, t, current);
        Literals v = Literals.of(values.values());
        List<String> names = values.keySet().stream().map(Quoting::doubleQuoted).toList();
        boolean confirmed = body.path("confirm").asBoolean(false);
        // ON CONFLICT REPLACE in the table would delete another row holding the value typed, unasked: OR ABORT refuses that
        // (the statement's conflict clause overrides the constraint's) until the user confirms it
        String head = "UPDATE " + (schema.replacesOnConflict(t) && !confirmed ? "OR ABORT " : "") + Quoting.doubleQuoted(t.name()) + " SET ";
        List<String> set = new ArrayList<>();
        List<String> setShown = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            set.add(names.get(i) + " = " + v.sql().get(i));
            setShown.add(names.get(i) + " = " + v.shown().get(i));
        }
        String shown = head + String.join(", ", setShown) + " WHERE " + guard.shown() + RETURNING;
        if (!confirmed) requireNoUnconfirmedCascade(t, k, key, values.keySet(), shown);
        List<Object> params = new ArrayList<>(v.params());
        params.addAll(guard.params());
        Map<String, Object> after = new LinkedHashMap<>(current);
        after.putAll(values);
        Database.Written w;
        try {
            w = written(t, after, head + String.join(", ", set) + " WHERE " + guard.sql() + RETURNING, params);
        } catch (DatabaseException e) {
            String replaced = replacedBy(t, e);
            if (replaced == null) throw e;
            ObjectNode details = JSON.createObjectNode();
            details.putArray("effects").addObject().put("table", t.name()).put("kind", "deleted (replaced)").put("count", 1);
            details.putArray("sql").add(shown.replaceFirst("^UPDATE OR ABORT ", "UPDATE "));
            details.put("needsConfirmation", true);
            details.put("reason", replaced + ": saving deletes the row that holds it");
            throw new StudioException(409, replaced + ": saving deletes the row that holds it; confirm to run it", details);
        }
        if (w.rows().isEmpty()) throw lookup.missed(t, k, key, current);
        return counted(done("updated " + k.describe(key) + " of \"" + t.name() + "\"", List.of(shown)), t, WriteReach.Write.UPDATE, values.keySet(), w,
                w.rows().size());
    }

    /** The row an edit or a delete names, as it is now: its table's key, the key's values, and the row (as the page showed it). */
    private record Target(RowKey key, List<Object> keyValues, Map<String, Object> row) {
    }

    /**
     * The row a write's body names ({@code rowid} or {@code key}) as the page showed it: from the values the page sends
     * ({@code shown}, {@link RowLookup#shownRow}), else read as it is now and checked against the {@code version} the page showed
     * (409 when it changed); {@code checkBody} refuses a body that asks nothing before the row is read (a request saved).
     */
    private Target target(TableDef t, JsonNode body, Runnable checkBody) {
        requireRowsWritable();
        schema.requireTable(t);
        RowKey k = schema.requireKey(t);
        List<Object> key = RowLookup.keyOf(t, k, body.get("rowid"), body.get("key"));
        String version = RowLookup.version(body);
        checkBody.run();
        Map<String, Object> shown = RowLookup.shownRow(t, body.get("shown"), version);
        return new Target(k, key, shown != null ? shown : lookup.rowAsShown(t, k, key, version, body.get("shown")));
    }

    /**
     * A change of a key that other rows reference reaches them (ON UPDATE CASCADE / SET NULL) or is
     * refused (NO ACTION / RESTRICT): refused with 409 and the rows per child table, counted, until
     * the page sends it again with {@code "confirm": true}.
     */
    private void requireNoUnconfirmedCascade(TableDef t, RowKey key, List<Object> keyValues, Set<String> changed, String sql) {
        List<ForeignKeyDef> fks = schema.referencing(t).stream().filter(f -> schema.refColumns(f).stream().anyMatch(changed::contains)).toList();
        if (fks.isEmpty()) return;
        Map<String, Object> r = references.childCounts(t, key, keyValues, fks);
        ObjectNode details = JSON.createObjectNode();
        ArrayNode effects = details.putArray("effects");
        for (int k = 0; k < fks.size(); k++) {
            long n = ((Number) r.get("n" + k)).longValue();
            if (n == 0) continue;
            FkAction a = fks.get(k).onUpdate();
            String kind = a == FkAction.CASCADE ? "updated" : a == FkAction.SET_NULL || a == FkAction.SET_DEFAULT ? "nulled" : "blocking";
            effects.addObject().put("table", fks.get(k).table()).put("kind", kind).put("count", n);
        }
        if (effects.isEmpty()) return;
        details.putArray("sql").add(sql);
        details.put("needsConfirmation", true);
        throw new StudioException(409, "this change reaches rows of other tables that reference the row; confirm to run it", details);
    }

    /** A write reports what it touched, so one whose guard matched nothing (the row changed after the check) is told apart. */
    private static final String RETURNING = " RETURNING 1 AS \"written\"";

    /** The delete statement, its guard shown as literals, and the statement run with the guard's values bound. */
    record GuardedSql(String shown, String sql) {
    }

    static GuardedSql deleteSql(TableDef t, RowGuard guard) {
        String head = "DELETE FROM " + Quoting.doubleQuoted(t.name()) + " WHERE ";
        return new GuardedSql(head + guard.shown() + RETURNING, head + guard.sql() + RETURNING);
    }

    /**
     * Where a write to a table that replaces on conflict was refused by its OR ABORT for a UNIQUE or PRIMARY KEY: what SQLite
     * said, and why the studio asks (null for any other failure).
     */
    private String replacedBy(TableDef t, DatabaseException e) {
        String said = keyFailure(t, e);
        if (said == null || constrainedTable(said, t) != null) return null;   // a trigger's write into another table: see triggerOverridden
        return "another row of \"" + t.name() + "\" already holds this value (" + said + "), and the table's key says ON CONFLICT REPLACE";
    }

    /**
     * SQLite's words for a UNIQUE or PRIMARY KEY failure of a write to {@code t}, a table that replaces on conflict ("UNIQUE
     * constraint failed: t.c"); null for any other failure or table. The driver wraps them ("[SQLITE_CONSTRAINT_UNIQUE] A UNIQUE
     * constraint failed (UNIQUE constraint failed: t.c)"), D1 ends them with its code ("UNIQUE constraint failed: t.c: SQLITE_CONSTRAINT").
     */
    private String keyFailure(TableDef t, DatabaseException e) {
        if (!schema.replacesOnConflict(t)) return null;
        java.util.regex.Matcher said = KEY_FAILURE.matcher(String.valueOf(e.databaseMessage()));
        return said.find() ? said.group(1).strip() : null;
    }

    private static final java.util.regex.Pattern KEY_FAILURE =
            java.util.regex.Pattern.compile("((?:UNIQUE|PRIMARY KEY) constraint failed: [^()]*?)(?:\\)|: SQLITE_\\w+|$)");

    /**
     * The table SQLite names in {@code failed} ("UNIQUE constraint failed: seen.email"), where it is not {@code t}: a trigger of
     * {@code t} wrote it. Null where it is {@code t}, or unread.
     */
    private static String constrainedTable(String failed, TableDef t) {
        int colon = failed.indexOf(": ");
        int dot = colon < 0 ? -1 : failed.indexOf('.', colon + 2);
        if (dot < 0) return null;
        String table = failed.substring(colon + 2, dot).strip();
        return SqliteNames.key(table).equals(SqliteNames.key(t.name())) ? null : table;
    }

    /**
     * An OR ABORT write (to a table that replaces on conflict, so as not to delete its other rows unasked) that failed on a UNIQUE
     * or PRIMARY KEY of another table: SQLite gives the outer statement's conflict clause to the statements of the triggers it
     * fires too, so a trigger's own INSERT OR IGNORE there failed instead of doing nothing. Said with its way on (null for any
     * other failure); advising OR REPLACE there would overwrite that table's row too.
     */
    private String triggerOverridden(TableDef t, DatabaseException e) {
        String said = keyFailure(t, e);
        String other = said == null ? null : constrainedTable(said, t);
        if (other == null) return null;
        return "a trigger of \"" + t.name() + "\" writing \"" + other + "\" failed (" + said + "): the studio writes \"" + t.name()
                + "\" with OR ABORT, so as not to delete another of its rows unasked (its key says ON CONFLICT REPLACE), and SQLite gives"
                + " that to the trigger's statements too, overriding their own conflict clause; nothing was written. Write the row with a"
                + " plain INSERT or UPDATE in the SQL console (not OR REPLACE, which the trigger would take too)";
    }

    /**
     * Runs one write, a single statement (one transaction with what it cascades to; a guarded one's check that the row is the one
     * the page showed is its WHERE, so nothing can change the row between check and write, on D1 too). SQLite says only "FOREIGN
     * KEY constraint failed": then the key is named, with the value that has no parent ({@code row}: the row as the write
     * makes it), or, for a delete or a key change, that other rows still reference the row.
     */
    private Database.Written written(TableDef t, Map<String, Object> row, String sql, List<Object> params) {
        try {
            return db.write(sql, params.toArray());
        } catch (DatabaseException e) {
            String overridden = sql.startsWith("INSERT OR ABORT ") || sql.startsWith("UPDATE OR ABORT ") ? triggerOverridden(t, e) : null;
            if (overridden != null) throw StudioException.bad(overridden);
            String replaced = sql.startsWith("INSERT OR ABORT ") ? replacedBy(t, e) : null;
            if (replaced != null) {
                throw StudioException.bad(replaced + ": adding this row would delete that one, so nothing was written; change the value,"
                        + " or replace the row in the SQL console (INSERT OR REPLACE)");
            }
            if (!String.valueOf(e.databaseMessage()).contains("FOREIGN KEY constraint failed")) throw e;
            List<String> why = new ArrayList<>();
            for (ForeignKeyDef f : row == null ? List.<ForeignKeyDef>of() : t.foreignKeys()) {
                List<String> refCols = schema.refColumns(f);
                if (!f.columns().stream().allMatch(row::containsKey) || f.columns().stream().anyMatch(c -> row.get(c) == null || row.get(c) instanceof Cells.Preview)
                        || refCols.size() != f.columns().size()) {
                    continue;
                }
                List<Object> vals = f.columns().stream().map(row::get).toList();
                String match = String.join(" AND ", refCols.stream().map(c -> Quoting.doubleQuoted(c) + " = ?").toList());
                if (!db.query("SELECT 1 AS \"x\" FROM " + Quoting.doubleQuoted(f.refTable()) + " WHERE " + match + " LIMIT 1", vals.toArray()).isEmpty()) {
                    continue;
                }
                String given = tuple(vals.stream().map(RowGuard::shownLiteral).toList());
                why.add(tuple(f.columns().stream().map(Quoting::doubleQuoted).toList()) + " = " + given + ": no row of \"" + f.refTable() + "\" has "
                        + tuple(refCols.stream().map(Quoting::doubleQuoted).toList()) + " = " + given);
            }
            throw StudioException.bad("foreign key constraint failed: " + (why.isEmpty()
                    ? "other rows still reference this row (as the preview listed): change or delete those first"
                    : String.join("; ", why) + "; give a value that exists there") + "; nothing was written");
        }
    }

    private static String tuple(List<String> items) {
        return items.size() == 1 ? items.get(0) : "(" + String.join(", ", items) + ")";
    }

    ObjectNode delete(TableDef t, JsonNode body) {
        Target target = target(t, body, () -> { });
        RowKey k = target.key();
        List<Object> key = target.keyValues();
        RowGuard guard = RowGuard.of(k, key, t, target.row());
        GuardedSql sql = deleteSql(t, guard);
        // What the preview the user confirmed listed ("effects"), held to in the same statement: the rows the delete reaches, per
        // table and kind, counted in its WHERE, so one that would take more (or other) rows than listed takes none
        JsonNode confirmed = body.get("effects");
        DeletePreview.Reach reach = confirmed != null && confirmed.isArray() ? DeletePreview.reach(schema, t, k, key) : null;
        List<Long> expected = new ArrayList<>();
        if (reach != null) {
            StringBuilder terms = new StringBuilder();
            for (int i = 0; i < reach.names().size(); i++) {
                long n = 0;
                for (JsonNode e : confirmed) {
                    if (e.path("table").asText().equals(reach.names().get(i)) && e.path("kind").asText().equals(reach.kinds().get(i))) n = e.path("count").asLong();
                }
                expected.add(n);
                terms.append(" AND (SELECT count(*) FROM ").append(Quoting.doubleQuoted(reach.names().get(i))).append(" WHERE ").append(reach.preds().get(i))
                        .append(") = ").append(n);
            }
            int at = sql.sql().lastIndexOf(RETURNING);
            int shownAt = sql.shown().lastIndexOf(RETURNING);
            sql = new GuardedSql(sql.shown().substring(0, shownAt) + terms + RETURNING, sql.sql().substring(0, at) + terms + RETURNING);
        }
        Database.Written w = written(t, null, sql.sql(), guard.params());
        if (w.rows().isEmpty() && reach != null) {
            List<Long> now = rowCounts.where(reach.names(), reach.preds(), List.of());
            List<String> moved = new ArrayList<>();
            for (int i = 0; i < now.size(); i++) {
                if (!now.get(i).equals(expected.get(i))) moved.add(reach.names().get(i) + ": " + now.get(i) + " " + reach.kinds().get(i) + ", not " + expected.get(i));
            }
            if (!moved.isEmpty()) {
                throw new StudioException(409, "what deleting " + k.describe(key) + " of \"" + t.name() + "\" takes changed since its preview ("
                        + String.join("; ", moved) + "): nothing was deleted; look at the preview again");
            }
        }
        if (w.rows().isEmpty()) throw lookup.missed(t, k, key, target.row());
        return counted(done("deleted " + k.describe(key) + " of \"" + t.name() + "\"", List.of(sql.shown())), t, WriteReach.Write.DELETE, null, w,
                w.rows().size());
    }

    private static ObjectNode done(String message, List<String> sql) {
        ObjectNode o = JSON.createObjectNode().put("ok", message);
        ArrayNode s = o.putArray("sql");
        sql.forEach(s::add);
        return o;
    }

    /**
     * The row counts a write changed, in its answer ({@code "counts"}), so the page shows them without reading every table's count.
     * Where the database says the write changed its own {@code own} rows and nothing else (a local file's total_changes() across it,
     * D1's {@code meta.changes}): no trigger and no foreign-key action ran, so an insert's or a delete's table moved by exactly
     * that, {@code {"table", "change": +1 / -1}}, and nothing is counted (on D1 a call saved, and a count billed as a read of every
     * row of the table). Else the table's own count after an insert or delete, and the tables its triggers and foreign-key actions
     * reach ({@link WriteReach}; an update's by the columns it sets, {@code changed}), are counted again, {@code {"table", "rows"}};
     * so too after any write to a table that replaces on conflict ({@link StudioSchema#replacesOnConflict}), whose deletes no count tells.
     */
    private ObjectNode counted(ObjectNode answer, TableDef t, WriteReach.Write write, Set<String> changed, Database.Written w, int own) {
        // ON CONFLICT REPLACE deletes the rows the write collides with, which no change count includes: its table and whatever
        // those deletes reach are counted again
        boolean replaces = schema.replacesOnConflict(t);
        boolean ownCount = write != WriteReach.Write.UPDATE || replaces;
        boolean others = replaces || w.changes() < 0 || w.changes() > own;
        ArrayNode counts = answer.putArray("counts");
        if (!others) {
            if (ownCount) counts.addObject().put("table", t.name()).put("change", write == WriteReach.Write.INSERT ? own : -own);
            return answer;
        }
        List<TableDef> recount = new ArrayList<>();
        if (ownCount) recount.add(t);
        for (TableDef x : reach.from(t, replaces ? WriteReach.Write.ANY : write, replaces ? null : changed)) {
            if (!x.name().equals(t.name()) || !ownCount) recount.add(x);
        }
        if (recount.isEmpty()) return answer;
        List<Long> n = rowCounts.all(recount);
        for (int i = 0; i < recount.size(); i++) counts.addObject().put("table", recount.get(i).name()).put("rows", n.get(i));
        return answer;
    }
}
