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
    private final RowIdentity identity;

    RowWrites(Database db, StudioSchema schema, RowLookup lookup, RowReferences references, RowCounts rowCounts, WriteReach reach,
            RowIdentity identity) {
        this.db = db;
        this.schema = schema;
        this.lookup = lookup;
        this.references = references;
        this.rowCounts = rowCounts;
        this.reach = reach;
        this.identity = identity;
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
        boolean unchecked = replaceKeyOverGeneratedColumn(t);
        String head = (unchecked ? "INSERT OR ABORT INTO " : "INSERT INTO ") + Quoting.doubleQuoted(t.name());
        Replaced replaced = unchecked ? null : replaced(t, values, null);
        if (replaced == null) {
            if (values.isEmpty()) {
                Database.Written w = written(t, values, head + " DEFAULT VALUES", List.of());
                if (w.changes() == 0) throw skipped(t);
                return counted(done("inserted a row into \"" + t.name() + "\"", List.of(head + " DEFAULT VALUES")), t, WriteReach.Write.INSERT, null, w, 1);
            }
            head += " (" + String.join(", ", values.keySet().stream().map(Quoting::doubleQuoted).toList()) + ") VALUES (";
            Literals v = Literals.of(values.values());
            Database.Written w = written(t, values, head + String.join(", ", v.sql()) + ")", v.params());   // one statement: its own transaction
            if (w.changes() == 0) throw skipped(t);
            return counted(done("inserted a row into \"" + t.name() + "\"", List.of(head + String.join(", ", v.shown()) + ")")), t, WriteReach.Write.INSERT, null, w, 1);
        }
        // A key that says ON CONFLICT REPLACE would delete another row holding the values: the insert adds its row only where none
        // does, in the same statement (so in one transaction, on D1 too), and runs plain, so its triggers keep their own conflict
        // clauses (an OR ABORT on it would override them). The columns it leaves to their defaults that such a key holds are given
        // their defaults, so the check reads them.
        List<String> names = new ArrayList<>(values.keySet());
        List<String> sql = new ArrayList<>();
        List<String> shownValues = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (String c : names) {
            Literals one = Literals.of(java.util.Collections.singletonList(values.get(c)));
            sql.add(one.sql().get(0));
            shownValues.add(one.shown().get(0));
            params.addAll(one.params());
        }
        for (String c : replaced.defaulted()) {
            names.add(c);
            String d = "(" + t.column(c).orElseThrow().defaultValue().sql() + ")";
            sql.add(d);
            shownValues.add(d);
        }
        params.addAll(replaced.params());
        String cols = " (" + String.join(", ", names.stream().map(Quoting::doubleQuoted).toList()) + ") SELECT ";
        String run = head + cols + String.join(", ", sql) + " WHERE NOT " + replaced.sql() + RETURNING;
        String shown = head + cols + String.join(", ", shownValues) + " WHERE NOT " + replaced.shown() + RETURNING;
        Database.Written w = written(t, values, run, params);
        if (w.rows().isEmpty()) {
            List<String> held = replaced.held(db, "", List.of());
            if (held == null || held.isEmpty()) throw skipped(t);
            throw StudioException.bad(holds(t, held) + ": adding this row would delete that one, so nothing was written; change the value,"
                    + " or replace the row in the SQL console (INSERT OR REPLACE)");
        }
        return counted(done("inserted a row into \"" + t.name() + "\"", List.of(shown)), t, WriteReach.Write.INSERT, null, w, 1);
    }

    /**
     * An insert that added no row and failed on nothing: SQLite skipped it, a key that says ON CONFLICT IGNORE meeting another row
     * (a table may mix it with a REPLACE key, which the studio's check leaves to SQLite) or a BEFORE trigger's RAISE(IGNORE).
     */
    private static StudioException skipped(TableDef t) {
        return new StudioException(409, "nothing was written: SQLite skipped the row (a key of \"" + t.name() + "\" that says ON CONFLICT IGNORE"
                + " met another row holding its value, or a trigger's RAISE(IGNORE)); change the value that another row holds");
    }

    private static String holds(TableDef t, List<String> held) {
        return "another row of \"" + t.name() + "\" already holds this value (" + String.join("; ", held) + "), and the table's key says ON CONFLICT REPLACE";
    }

    /**
     * Whether another row of {@code t} holds, on a PRIMARY KEY or UNIQUE that says ON CONFLICT REPLACE, the values a write gives
     * its row, which the write would delete: {@code sql}, an {@code EXISTS (...)} over the table as it is when the write runs, the
     * key's columns compared as the key compares them (its collation; the column's affinity on the value, '1' equal to 1 in an
     * INTEGER column) and a NULL never equal (SQLite's UNIQUE lets NULLs be); {@code shown}, the same with the values as
     * literals; {@code params}, the values it binds. {@code edited}: the row an update changes (its key), left out, and the key's
     * columns the update does not set read from it ({@code "t"."c"}); null for an insert, whose columns not given take their
     * defaults ({@code defaulted}: those such a key holds and that have one). Null where no such key can meet another row.
     */
    private Replaced replaced(TableDef t, Map<String, Object> values, RowKey edited) {
        List<StudioSchema.ReplaceKey> keys = schema.replaceKeys(t);
        if (keys.isEmpty()) return null;
        String other = Quoting.doubleQuoted(t.name().equalsIgnoreCase("godwit_other") ? "godwit_other_row" : "godwit_other");
        String self = Quoting.doubleQuoted(t.name());
        List<String> sql = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        List<List<Object>> params = new ArrayList<>();
        List<String> said = new ArrayList<>();
        java.util.Set<String> defaulted = new java.util.LinkedHashSet<>();
        for (StudioSchema.ReplaceKey k : keys) {
            if (edited != null && k.columns().stream().noneMatch(c -> given(values, c) != null)) continue;   // the row keeps its key
            List<String> terms = new ArrayList<>();
            List<String> shownTerms = new ArrayList<>();
            List<Object> bound = new ArrayList<>();
            List<String> sayCols = new ArrayList<>();
            List<String> sayVals = new ArrayList<>();
            boolean canMeet = true;
            List<String> keyDefaulted = new ArrayList<>();
            for (int i = 0; i < k.columns().size() && canMeet; i++) {
                String c = k.columns().get(i);
                String left = other + "." + Quoting.doubleQuoted(c) + (k.collations().get(i) == null ? "" : " COLLATE " + k.collations().get(i));
                String name = given(values, c);
                String right;
                String rightShown;
                if (name != null) {
                    Object v = values.get(name);
                    if (v == null) {
                        canMeet = false;   // a NULL equals nothing in a UNIQUE
                        continue;
                    }
                    Literals one = Literals.of(java.util.Collections.singletonList(v));
                    right = one.sql().get(0);
                    rightShown = one.shown().get(0);
                    bound.addAll(one.params());
                } else if (edited != null) {
                    right = self + "." + Quoting.doubleQuoted(c);
                    rightShown = right;
                } else {
                    ColumnDef col = t.column(c).orElse(null);
                    if (col == null || col.defaultValue() == null || col.generated() != null) {
                        canMeet = false;   // NULL, or a new rowid
                        continue;
                    }
                    right = "(" + col.defaultValue().sql() + ")";
                    rightShown = right;
                    keyDefaulted.add(col.name());
                }
                terms.add(left + " = " + right);
                shownTerms.add(left + " = " + rightShown);
                sayCols.add(Quoting.doubleQuoted(c));
                sayVals.add(rightShown);
            }
            if (!canMeet) continue;
            defaulted.addAll(keyDefaulted);
            if (edited != null) {
                String notSelf;
                if (edited.byRowid()) {
                    notSelf = other + "." + edited.rowid() + " <> " + self + "." + edited.rowid();
                } else {
                    notSelf = "NOT (" + String.join(" AND ", edited.columns().stream()
                            .map(c -> other + "." + Quoting.doubleQuoted(c) + " = " + self + "." + Quoting.doubleQuoted(c) + " COLLATE BINARY").toList()) + ")";
                }
                terms.add(notSelf);
                shownTerms.add(notSelf);
            }
            String from = "EXISTS (SELECT 1 FROM " + self + " AS " + other + " WHERE ";
            sql.add(from + String.join(" AND ", terms) + ")");
            shown.add(from + String.join(" AND ", shownTerms) + ")");
            params.add(bound);
            said.add(tuple(sayCols) + " = " + tuple(sayVals) + ", its " + k.kind() + " ON CONFLICT REPLACE");
        }
        if (sql.isEmpty()) return null;
        return new Replaced(sql, shown, params, said, List.copyOf(defaulted));
    }

    /**
     * Whether a key of {@code t} that says ON CONFLICT REPLACE holds a generated column, whose new value {@link #replaced} cannot
     * compute: such a table is written OR ABORT (a conflict fails the write, naming the key), which also overrides the conflict
     * clauses of the triggers the write fires, a rare table shape that takes the stricter way.
     */
    private boolean replaceKeyOverGeneratedColumn(TableDef t) {
        return schema.replaceKeys(t).stream().flatMap(k -> k.columns().stream())
                .anyMatch(c -> t.column(c).map(col -> col.generated() != null).orElse(false));
    }

    /** The name a write's values give column {@code c} by (as SQLite matches names, any case), or null where it is not set. */
    private static String given(Map<String, Object> values, String c) {
        for (String n : values.keySet()) if (SqliteNames.key(n).equals(SqliteNames.key(c))) return n;
        return null;
    }

    /** {@link #replaced}: one EXISTS per key that may meet another row. */
    private record Replaced(List<String> each, List<String> eachShown, List<List<Object>> eachParams, List<String> said, List<String> defaulted) {
        String sql() {
            return each.size() == 1 ? each.get(0) : "(" + String.join(" OR ", each) + ")";
        }

        String shown() {
            return eachShown.size() == 1 ? eachShown.get(0) : "(" + String.join(" OR ", eachShown) + ")";
        }

        List<Object> params() {
            return eachParams.stream().flatMap(List::stream).toList();
        }

        /**
         * The keys on which another row holds the values now, said ("\"code\" = 'a', its UNIQUE ON CONFLICT REPLACE"), read with
         * {@code from} (" FROM t WHERE guard": the edited row, as the page showed it, and its {@code fromParams}); null where
         * {@code from} finds no row.
         */
        List<String> held(Database db, String from, List<Object> fromParams) {
            List<String> cols = new ArrayList<>();
            List<Object> p = new ArrayList<>(params());
            for (int i = 0; i < each.size(); i++) cols.add(each.get(i) + " AS \"k" + i + "\"");
            p.addAll(fromParams);
            List<Map<String, Object>> r = db.query("SELECT " + String.join(", ", cols) + from, p.toArray());
            if (r.isEmpty()) return null;
            List<String> out = new ArrayList<>();
            for (int i = 0; i < each.size(); i++) {
                if (((Number) r.get(0).get("k" + i)).longValue() != 0) out.add(said.get(i));
            }
            return out;
        }
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
        JsonNode edited = body.get("edited");
        if (edited != null && !edited.isNull()) {
            // An Undo: the row it writes must be the one its edit was made on, checked here whatever the page checked (an older
            // page did it alone, and one that skipped it wrote the old value into whichever row had the rowid after a rebuild)
            Set<String> columns = new java.util.LinkedHashSet<>();
            edited.fieldNames().forEachRemaining(columns::add);
            identity.requireEdited(t, k, key, body.get("made"), current, columns);
        }
        RowLookup.requireAsEdited(t, k, key, current, edited);
        Map<String, Object> values = values(t, given, current);   // a cell's text stays text where the column takes anything
        RowGuard guard = RowGuard.of(k, key, t, current);
        Literals v = Literals.of(values.values());
        List<String> names = values.keySet().stream().map(Quoting::doubleQuoted).toList();
        boolean confirmed = body.path("confirm").asBoolean(false);
        // ON CONFLICT REPLACE in the table would delete another row holding the value typed, unasked: the edit changes its row only
        // where no other row holds it, in the same statement (one transaction, on D1 too), until the user confirms it. Not OR
        // ABORT, which SQLite gives the statements of the triggers the write fires too, overriding their own conflict clauses
        boolean unchecked = !confirmed && replaceKeyOverGeneratedColumn(t);
        Replaced replaced = confirmed || unchecked ? null : replaced(t, values, k);
        String head = (unchecked ? "UPDATE OR ABORT " : "UPDATE ") + Quoting.doubleQuoted(t.name()) + " SET ";
        List<String> set = new ArrayList<>();
        List<String> setShown = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            set.add(names.get(i) + " = " + v.sql().get(i));
            setShown.add(names.get(i) + " = " + v.shown().get(i));
        }
        // The values as stored come back with the write: an Undo compares the row with them. Shown too ("ran:" left it out)
        String returning = RETURNING + ", " + ExactRows.returningStored(values.keySet());
        String plainShown = head + String.join(", ", setShown) + " WHERE " + guard.shown() + returning;
        String shown = replaced == null ? plainShown : head + String.join(", ", setShown) + " WHERE " + guard.shown() + " AND NOT " + replaced.shown() + returning;
        if (!confirmed) requireNoUnconfirmedCascade(t, k, key, values.keySet(), plainShown);
        List<Object> params = new ArrayList<>(v.params());
        params.addAll(guard.params());
        if (replaced != null) params.addAll(replaced.params());
        Map<String, Object> after = new LinkedHashMap<>(current);
        after.putAll(values);
        Database.Written w = written(t, after, head + String.join(", ", set) + " WHERE " + guard.sql() + (replaced == null ? "" : " AND NOT " + replaced.sql())
                + returning, params);
        if (w.rows().isEmpty() && replaced != null) {
            List<String> held = replaced.held(db, " FROM " + Quoting.doubleQuoted(t.name()) + " WHERE " + guard.sql(), guard.params());
            if (held != null && !held.isEmpty()) {
                ObjectNode details = JSON.createObjectNode();
                details.putArray("effects").addObject().put("table", t.name()).put("kind", "deleted (replaced)").put("count", held.size());
                details.putArray("sql").add(plainShown);
                details.put("needsConfirmation", true);
                details.put("reason", holds(t, held) + ": saving deletes the row that holds it");
                throw new StudioException(409, holds(t, held) + ": saving deletes the row that holds it; confirm to run it", details);
            }
            // else, as for any write that matched nothing: the row changed meanwhile, or SQLite skipped the write (an ON CONFLICT
            // IGNORE key, a trigger's RAISE(IGNORE))
        }
        if (w.rows().isEmpty()) throw lookup.missed(t, k, key, current);
        ObjectNode answer = done("updated " + k.describe(key) + " of \"" + t.name() + "\"", List.of(shown));
        // The values as SQLite stored them, whole: an Undo sends them back as "edited", so it writes only over the row as this edit
        // left it. Not as sent: a column's affinity may store them otherwise (5.0 in a NUMERIC column is 5), and the Undo of such an
        // edit was refused as a change by someone else
        ObjectNode wrote = answer.putObject("wrote");
        ExactRows.stored(values.keySet(), w.rows().get(0)).forEach((c, x) -> wrote.set(c, Values.toExactJson(x)));
        return counted(answer, t, WriteReach.Write.UPDATE, values.keySet(), w, w.rows().size());
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
            String kind = a == FkAction.CASCADE ? "updated" : a == FkAction.SET_NULL ? "nulled" : a == FkAction.SET_DEFAULT ? "defaulted" : "blocking";
            effects.addObject().put("table", fks.get(k).table()).put("kind", kind).put("count", n);
        }
        if (effects.isEmpty()) return;
        details.putArray("sql").add(sql);
        // Rows that block it (ON UPDATE NO ACTION / RESTRICT) make SQLite refuse the change ("FOREIGN KEY constraint failed")
        // unless a trigger the update fires changes them first (or the row references itself): it was offered for confirmation
        // as if it could run, and then failed "other rows still reference this row"
        Set<String> byTriggers = new java.util.HashSet<>(reach.byTriggers(t, WriteReach.Write.UPDATE).stream().map(x -> SqliteNames.key(x.name())).toList());
        List<String> certain = new ArrayList<>();
        List<String> unlessTrigger = new ArrayList<>();
        for (int k = 0; k < fks.size(); k++) {
            long n = ((Number) r.get("n" + k)).longValue();
            ForeignKeyDef f = fks.get(k);
            if (n == 0 || f.onUpdate() == FkAction.CASCADE || f.onUpdate() == FkAction.SET_NULL || f.onUpdate() == FkAction.SET_DEFAULT) continue;
            String said = n + (n == 1 ? " row" : " rows") + " of \"" + f.table() + "\" (" + tuple(f.columns().stream().map(Quoting::doubleQuoted).toList())
                    + ", ON UPDATE " + f.onUpdate().sql().toUpperCase(java.util.Locale.ROOT) + ")";
            boolean own = SqliteNames.key(f.table()).equals(SqliteNames.key(t.name()));
            (own || byTriggers.contains(SqliteNames.key(f.table())) ? unlessTrigger : certain).add(said);
        }
        if (!certain.isEmpty()) {
            details.put("blocked", true);
            throw new StudioException(409, "this change cannot be saved: " + String.join(", ", certain) + " still reference "
                    + key.describe(keyValues) + " of \"" + t.name() + "\" by the value it changes, and SQLite refuses to change a key other"
                    + " rows reference under NO ACTION or RESTRICT (no trigger of \"" + t.name() + "\" changes those rows); nothing was written."
                    + " Point those rows elsewhere or delete them first, or give their foreign key ON UPDATE CASCADE", details);
        }
        details.put("needsConfirmation", true);
        if (!unlessTrigger.isEmpty()) {
            details.put("reason", "SQLite refuses this change while " + String.join(", ", unlessTrigger) + " still reference the old value: it"
                    + " runs only if a trigger it fires changes those rows first (otherwise nothing is written)");
            throw new StudioException(409, "this change is refused unless a trigger changes the rows that reference the row; confirm to try it", details);
        }
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
     * Runs one write, a single statement (one transaction with what it cascades to; a guarded one's check that the row is the one
     * the page showed is its WHERE, so nothing can change the row between check and write, on D1 too). SQLite says only "FOREIGN
     * KEY constraint failed": then the key is named, with the value that has no parent ({@code row}: the row as the write
     * makes it), or, for a delete or a key change, that other rows still reference the row. A UNIQUE or CHECK of the table is
     * said with its values too, and a NOT NULL a trigger broke as the trigger's ({@link ConstraintFailure}).
     */
    private Database.Written written(TableDef t, Map<String, Object> row, String sql, List<Object> params) {
        try {
            return db.write(sql, params.toArray());
        } catch (DatabaseException e) {
            if (sql.startsWith("INSERT OR ABORT ") || sql.startsWith("UPDATE OR ABORT ")) throw abortedOverGeneratedKey(t, e);
            boolean inserted = sql.startsWith("INSERT");
            String constraint = ConstraintFailure.said(t, row, e.databaseMessage(), inserted);
            if (constraint == null) {
                constraint = ConstraintFailure.notNullOfTrigger(t, row, inserted, e.databaseMessage(), schema.referencing(t), () -> db.query(
                        "SELECT name AS \"name\", sql AS \"sql\" FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? COLLATE NOCASE", t.name()));
            }
            if (constraint != null) throw StudioException.bad(constraint);
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

    /**
     * A write to a table whose REPLACE key holds a generated column ({@link #replaceKeyOverGeneratedColumn}: written OR ABORT) that
     * met a UNIQUE: said as the studio's own refusal, SQLite's words kept, with the way on; another failure as it came.
     */
    private static RuntimeException abortedOverGeneratedKey(TableDef t, DatabaseException e) {
        String m = String.valueOf(e.databaseMessage());
        int at = m.indexOf("UNIQUE constraint failed: ");
        if (at < 0) return e;
        String failed = m.substring(at).replaceFirst("\\).*$", "").strip();
        String on = failed.substring("UNIQUE constraint failed: ".length());
        boolean own = on.toLowerCase(java.util.Locale.ROOT).startsWith(t.name().toLowerCase(java.util.Locale.ROOT) + ".");
        return StudioException.bad((own ? "another row of \"" + t.name() + "\" already holds this key (" + failed + "); its key says ON CONFLICT"
                : "a trigger of \"" + t.name() + "\" failed (" + failed + "): the studio wrote the row OR ABORT, which SQLite gives the"
                + " statements of its triggers too, since the table's key says ON CONFLICT")
                + " REPLACE over a generated column, which the studio cannot check before writing, so it writes without replacing. Nothing"
                + " was written; change the value, or write the row in the SQL console (INSERT OR REPLACE replaces the row holding it)");
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
