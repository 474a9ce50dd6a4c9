package dev.godwit.engine.plan;

import dev.godwit.schema.model.CheckDef;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.FkAction;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.SqliteNames;
import dev.godwit.schema.model.TableDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A migration deletes whole tables' rows in one sweep (DROP TABLE, or DELETE FROM before a rebuild refills a table), and
 * wherever foreign keys stay on (D1, a transaction) each deleted row fires the ON DELETE action of the rows that point at
 * it. Rows of a table deleted before (children first) are gone by then, but not those of the same table (a tree) or of a
 * table in a cycle: there SET NULL, or SET DEFAULT with no default, writes NULL into every column of the key, and a NOT NULL
 * one refuses it ("NOT NULL constraint failed"). A multi-tenant tree does exactly that: {@code (tenant_id, parent_id)
 * REFERENCES t(tenant_id, id) ON DELETE SET NULL} with {@code tenant_id NOT NULL}. So before the sweep such references are
 * cut: a nullable column of the key set to NULL (the row then points nowhere), else a self reference pointed at the row
 * itself (deleting a row touches only rows that still point at it), else a reference to another table (a.b_id -> b,
 * b.a_id -> a, both NOT NULL) pointed at a key no row of it has. The rows were copied aside before, or go for good. An
 * expression or partial index over a column a cut sets is dropped before the cuts ({@link #indexesInTheWay}).
 */
final class SweepReferences {

    private SweepReferences() {
    }

    /** The UPDATEs of {@code cuts} ({@link #cuts}), each once, in their order. */
    static List<String> statements(List<Cut> cuts) {
        List<String> out = new ArrayList<>();
        for (Cut c : cuts) if (!out.contains(c.statement())) out.add(c.statement());
        return out;
    }

    /** A cut: its UPDATE, the table it writes and the columns it sets. */
    record Cut(String table, String statement, List<String> columns) {
    }

    /**
     * The UPDATEs to run before deleting the rows of {@code swept}, in the order given (children first), with what each sets.
     * {@code goingLater}: tables this migration drops after the sweep, whose rows are still there while it runs. In a cycle
     * of references (a.b_id -> b, b.a_id -> a) one table is emptied before the other, and a cascade from it may delete the
     * other's rows while its own are still there. So a reference that may fail is cut where its parent's rows go before the
     * table's (swept earlier, the table itself, or the table dropped later) or with them (a cascade from the table).
     * {@code allTables}: the tables as they are when the rows go (none dropped before, a rebuilt survivor's keys as rebuilt).
     * A reference that would fail and that no cut can point at no row is refused ({@link UnsafeSqlException}, with the way to
     * split the change): left uncut, it failed on the first row of its table.
     */
    static List<Cut> cuts(List<TableDef> swept, List<TableDef> goingLater, List<TableDef> allTables) {
        List<Cut> out = new ArrayList<>();
        Set<String> rowsGo = new HashSet<>();   // tables whose rows are copied aside before the sweep, or go with their table
        for (TableDef t : swept) rowsGo.add(t.name());
        for (TableDef t : goingLater) rowsGo.add(t.name());
        List<String> uncut = new ArrayList<>();
        for (Acting r : acting(swept, goingLater, allTables)) {
            if (!actionMayFail(r.table(), r.fk())) continue;
            List<Cut> first = new ArrayList<>();
            List<String> why = new ArrayList<>();
            Cut c = cut(r.table(), r.fk(), allTables, rowsGo, first, why);
            if (c == null) {
                if (!why.isEmpty()) uncut.add(refusal(r.table(), r.fk(), why));
                continue;
            }
            for (Cut f : first) if (!out.contains(f)) out.add(f);
            out.add(c);
        }
        // left uncut, the action fails on the first row of the table ("NOT NULL constraint failed", "datatype mismatch"): every
        // row of a NOT NULL key points at a row of the parent, so a migration written anyway fails wherever the table has rows
        if (!uncut.isEmpty()) throw new UnsafeSqlException(uncut);
        return out;
    }

    /** Why a reference whose action would fail cannot be cut, and how to split the change. */
    private static String refusal(TableDef t, ForeignKeyDef fk, List<String> why) {
        List<String> notNull = new ArrayList<>();
        for (String name : fk.columns()) if (t.column(name).map(ColumnDef::notNull).orElse(false)) notNull.add(name);
        String cols = String.join(", ", fk.columns().stream().map(c -> "\"" + c + "\"").toList());
        String nn = String.join(", ", notNull.stream().map(c -> "\"" + c + "\"").toList());
        return "table \"" + t.name() + "\": its foreign key (" + cols + ") to \"" + fk.refTable() + "\" is ON DELETE " + fk.onDelete().sql().toUpperCase(java.util.Locale.ROOT)
                + ", which writes NULL into " + nn + " (NOT NULL), and this migration deletes the rows of \"" + fk.refTable() + "\" (to copy them back,"
                + " or for good) while those of \"" + t.name() + "\" are still there, so it fails as soon as \"" + t.name() + "\" has a row; nor can the key"
                + " be pointed at no row first (" + String.join("; ", why) + "). Split it: first change only that foreign key (ON DELETE CASCADE or"
                + " NO ACTION, or its columns nullable), generate, then make the rest of this change.";
    }

    /**
     * The indexes of {@code table} (those given: the ones it has when the cuts run) that the cuts' values may break: a key
     * expression or a WHERE reading a column a cut sets. The cut gives each row a value of its own, so a plain UNIQUE index
     * holds, but an expression need not keep them apart ({@code b_id + 0} reads "2-1" and "2-2" as 2: "UNIQUE constraint
     * failed") or may refuse them ({@code json_extract(b_id, '$')}: "malformed JSON"). The rows go with the sweep anyway, so
     * such an index is dropped before the cuts and made again once the rows are back (with its table, for one rebuilt). None
     * of these can be a foreign key's target (SQLite takes only a plain, whole UNIQUE index), so the refill needs none of them.
     */
    static List<IndexDef> indexesInTheWay(String table, List<IndexDef> indexes, List<Cut> cuts) {
        List<IndexDef> out = new ArrayList<>();
        for (IndexDef i : indexes) {
            if (!i.hasExpressions() && i.where() == null) continue;
            boolean reads = false;
            for (Cut c : cuts) {
                if (!SqliteNames.key(c.table()).equals(SqliteNames.key(table))) continue;
                for (String column : c.columns()) {
                    if (i.where() != null && SqlitePlanner.mentions(i.where(), column)) reads = true;
                    for (IndexDef.Key k : i.keys()) if (k.expression() && SqlitePlanner.mentions(k.text(), column)) reads = true;
                }
            }
            if (reads) out.add(i);
        }
        return out;
    }

    /** A foreign key whose ON DELETE action runs on rows still there while the sweep deletes its parent's. */
    private record Acting(TableDef table, ForeignKeyDef fk) {
    }

    private static List<Acting> acting(List<TableDef> swept, List<TableDef> goingLater, List<TableDef> allTables) {
        List<TableDef> all = new ArrayList<>(swept);
        all.addAll(goingLater);
        List<Acting> out = new ArrayList<>();
        Cascades cascades = new Cascades(allTables);
        for (int i = 0; i < all.size(); i++) {
            TableDef t = all.get(i);
            for (ForeignKeyDef fk : t.foreignKeys()) {
                int parent = indexOf(all, fk.refTable());
                if (parent < 0) continue;
                // the parent's rows go at its own turn, or earlier where a table swept before it cascades into it (a cycle of
                // keys has no children-first order: fz574d_38)
                int goes = parent;
                for (int j = 0; j < Math.min(parent, swept.size()) && goes == parent; j++) {
                    if (cascades.into(all.get(j).name(), fk.refTable())) goes = j;
                }
                // a parent swept later finds this table's rows gone already, unless deleting them cascades into the parent's
                // (a cycle); the same table or an earlier one does not; a table dropped later is not swept, only reached: its
                // rows go in the sweep only where a swept table cascades into it, and then a key to it from another table dropped
                // later acts on rows still there (a cascade child of a rebuilt table, and a NOT NULL SET DEFAULT key to it)
                if (parent >= swept.size() && i >= swept.size() && goes == parent) continue;
                if (goes <= i || cascades.into(t.name(), fk.refTable())) out.add(new Acting(t, fk));
            }
        }
        return out;
    }

    /**
     * Whether deleting rows of one table deletes rows of another: it references the first ON DELETE CASCADE, maybe through
     * others. Each table's reach is worked out once (a rebuild of 25 of 500 tables asked this tens of thousands of times).
     */
    private static final class Cascades {
        private final Map<String, List<String>> children = new HashMap<>();
        private final Map<String, Set<String>> reach = new HashMap<>();

        Cascades(List<TableDef> tables) {
            for (TableDef t : tables) {
                for (ForeignKeyDef fk : t.foreignKeys()) {
                    if (fk.onDelete() == FkAction.CASCADE) children.computeIfAbsent(fk.refTable(), k -> new ArrayList<>()).add(t.name());
                }
            }
        }

        boolean into(String from, String to) {
            return reach.computeIfAbsent(from, this::reachedFrom).contains(to);
        }

        private Set<String> reachedFrom(String from) {
            Set<String> reached = new HashSet<>();
            Set<String> seen = new HashSet<>(List.of(from));
            List<String> queue = new ArrayList<>(List.of(from));
            for (int i = 0; i < queue.size(); i++) {
                for (String child : children.getOrDefault(queue.get(i), List.of())) {
                    reached.add(child);
                    if (seen.add(child)) queue.add(child);
                }
            }
            return reached;
        }
    }

    static final String IGNORE_CHECKS = "PRAGMA ignore_check_constraints=ON;";
    static final String ENFORCE_CHECKS = "PRAGMA ignore_check_constraints=OFF;";

    /**
     * Whether a CHECK of a swept table reads a column that an ON DELETE SET NULL / SET DEFAULT writes during the sweep (a
     * folder tree whose CHECK lets only the root have no parent): SQLite checks the action's UPDATE ("CHECK constraint
     * failed"), although the row goes with the sweep. No UPDATE before can help (a NULL, or the row pointing at itself, may
     * break the CHECK just as well), so the sweep runs under {@link #IGNORE_CHECKS}, which holds inside a transaction and
     * which D1 allows, and {@link #ENFORCE_CHECKS} follows it before any row comes back.
     */
    static boolean checksMeetActions(List<TableDef> swept) {
        return checksMeetActions(swept, List.of(), swept);
    }

    /** The same with {@link #cuts}'s tables dropped later; a cut's value may break such a CHECK too. */
    static boolean checksMeetActions(List<TableDef> swept, List<TableDef> goingLater, List<TableDef> allTables) {
        for (Acting r : acting(swept, goingLater, allTables)) {
            if (r.fk().onDelete() != FkAction.SET_NULL && r.fk().onDelete() != FkAction.SET_DEFAULT) continue;
            for (CheckDef check : r.table().checks()) {
                for (String column : r.fk().columns()) if (SqlitePlanner.mentions(check.expression(), column)) return true;
            }
        }
        return false;
    }

    private static int indexOf(List<TableDef> tables, String name) {
        for (int i = 0; i < tables.size(); i++) if (tables.get(i).name().equals(name)) return i;
        return -1;
    }

    /** Whether the ON DELETE action writes NULL into a NOT NULL column of the key. */
    static boolean actionMayFail(TableDef t, ForeignKeyDef fk) {
        if (fk.onDelete() != FkAction.SET_NULL && fk.onDelete() != FkAction.SET_DEFAULT) return false;
        for (String name : fk.columns()) {
            ColumnDef c = t.column(name).orElse(null);
            if (c == null || !c.notNull()) continue;
            if (fk.onDelete() == FkAction.SET_NULL || c.defaultValue() == null || c.defaultValue().sql().trim().equalsIgnoreCase("NULL")) return true;
        }
        return false;
    }

    /**
     * Whether the cut of this reference (one whose action may fail, to another table) points it at no row rather than at NULL:
     * a reference that dangles until its table goes too, so foreign keys must be deferred to the commit.
     */
    static boolean cutDangles(TableDef t, ForeignKeyDef fk, List<TableDef> allTables) {
        return actionMayFail(t, fk) && !fk.refTable().equals(t.name()) && nullableColumnToCut(t, fk, keysOthersName(t, allTables)) == null;
    }

    /** A nullable column of the key no key points at (setting it NULL fires no ON UPDATE action), or null. */
    private static String nullableColumnToCut(TableDef t, ForeignKeyDef fk, Set<String> keysOthersName) {
        for (String name : fk.columns()) {
            ColumnDef c = t.column(name).orElse(null);
            if (c != null && !c.notNull() && !keysOthersName.contains(name)) return name;
        }
        return null;
    }

    private static Set<String> keysOthersName(TableDef t, List<TableDef> allTables) {
        Set<String> keysOthersName = keysReferenced(t, allTables);
        keysOthersName.addAll(t.primaryKeyColumns());
        return keysOthersName;
    }

    /**
     * The columns of {@code t} that a key points at from a table whose rows stay (not in {@code rowsGo}), or whose ON UPDATE
     * action may fail or carry a change further (SET NULL, SET DEFAULT, RESTRICT; CASCADE into columns others point at).
     */
    private static Set<String> keysReferencedFromRowsThatStay(TableDef t, List<TableDef> allTables, Set<String> rowsGo,
                                                             java.util.Map<String, List<Cut>> freeing) {
        Set<String> out = new HashSet<>();
        for (TableDef other : allTables) {
            for (ForeignKeyDef o : other.foreignKeys()) {
                if (!o.refTable().equals(t.name())) continue;
                // t's own rows too (a self reference): they go, or come back from their copy, with the rest of t; counted as rows
                // that stay, a key of a table dropped after the rebuild that references itself was never cut (fz68n_48)
                boolean goes = rowsGo.contains(other.name());
                boolean harmless = goes
                        && (o.onUpdate() == FkAction.NO_ACTION
                            || o.onUpdate() == FkAction.CASCADE && o.columns().stream().noneMatch(keysReferenced(other, allTables)::contains)
                               && o.columns().stream().noneMatch(col -> readByACheckOrAnIndexExpression(other, col)));
                if (harmless) continue;
                // rows that go anyway can stop pointing at the key first: a nullable column of theirs set to NULL (no key points at
                // it, no CHECK reads it), after which the key's UPDATE finds no row for its ON UPDATE to act on (fz505d_31: RESTRICT)
                String nullable = goes ? nullableColumnToCut(other, o, keysOthersName(other, allTables)) : null;
                if (nullable != null && !readsInACheck(other, nullable)) {
                    Cut free = new Cut(other.name(), "UPDATE " + Ddl.id(other.name()) + " SET " + Ddl.id(nullable) + " = NULL WHERE " + Ddl.id(nullable)
                            + " IS NOT NULL;", List.of(nullable));
                    for (String col : o.refColumns()) freeing.computeIfAbsent(SqliteNames.key(col), k -> new ArrayList<>()).add(free);
                } else {
                    out.addAll(o.refColumns());
                }
            }
        }
        return out;
    }

    private static boolean readsInACheck(TableDef t, String column) {
        for (CheckDef check : t.checks()) if (SqlitePlanner.mentions(check.expression(), column)) return true;
        return false;
    }

    /** Whether a CHECK, or an index's expression or WHERE, of {@code t} reads {@code column}: a value carried into it may break them. */
    private static boolean readByACheckOrAnIndexExpression(TableDef t, String column) {
        if (readsInACheck(t, column)) return true;
        for (IndexDef i : t.indexes()) {
            if (i.where() != null && SqlitePlanner.mentions(i.where(), column)) return true;
            for (IndexDef.Key k : i.keys()) if (k.expression() && SqlitePlanner.mentions(k.text(), column)) return true;
        }
        return false;
    }

    /** The columns of {@code t} that foreign keys point at (an UPDATE of one fires their ON UPDATE actions). */
    private static Set<String> keysReferenced(TableDef t, List<TableDef> allTables) {
        Set<String> referenced = new HashSet<>();
        for (TableDef other : allTables) {
            for (ForeignKeyDef o : other.foreignKeys()) if (o.refTable().equals(t.name())) referenced.addAll(o.refColumns());
        }
        return referenced;
    }

    /** The cut of one reference, or null; {@code first} receives the cuts of other tables' references it needs run before it. */
    private static Cut cut(TableDef t, ForeignKeyDef fk, List<TableDef> allTables, Set<String> rowsGo, List<Cut> first, List<String> why) {
        Set<String> keysOthersName = keysOthersName(t, allTables);
        String nullable = nullableColumnToCut(t, fk, keysOthersName);
        if (nullable != null) {
            return new Cut(t.name(), "UPDATE " + Ddl.id(t.name()) + " SET " + Ddl.id(nullable) + " = NULL WHERE " + Ddl.id(nullable) + " IS NOT NULL;",
                    List.of(nullable));
        }
        if (!fk.refTable().equals(t.name())) {
            // Another table: a NOT NULL column of the key gets a value no parent row has, the parent's largest text and the row's
            // id joined by '~' (text never equals a number or a blob; it sorts after every text; '~' keeps it from reading as a
            // number in a column of numeric affinity; max() of every value took a blob over any text, and X'6B' gave "k-2", a text
            // key), one per row for a UNIQUE index. It dangles until the commit (foreign keys deferred), by when the row is
            // refilled from its copy or gone with its table.
            // A column of a primary key may take it too (not an INTEGER PRIMARY KEY, which takes only integers): the rowid in
            // the value keeps the key unique. So may one that keys point at, if only from rows that go or come back from their
            // copy anyway (the table's own included), and whose ON UPDATE cannot fail (NO ACTION waits for the commit; CASCADE
            // carries the value on), or from rows whose nullable key is set to NULL first.
            java.util.Map<String, List<Cut>> freeing = new java.util.HashMap<>();
            Set<String> untouchable = keysReferencedFromRowsThatStay(t, allTables, rowsGo, freeing);
            if (t.primaryKeyColumns().size() == 1 && t.column(t.primaryKeyColumns().get(0)).map(c -> c.type().equalsIgnoreCase("integer")).orElse(false)) {
                untouchable.add(t.primaryKeyColumns().get(0));
            }
            String rowid = SqliteNames.rowidAlias(t.columnNames());
            if (rowid == null) why.add("\"" + t.name() + "\" has columns named rowid, _rowid_ and oid, so no value of its own can tell its rows apart");
            for (int k = 0; k < fk.columns().size() && rowid != null; k++) {
                ColumnDef c = t.column(fk.columns().get(k)).orElse(null);
                if (c == null || !c.notNull()) continue;
                if (untouchable.contains(c.name())) {
                    boolean integerKey = t.primaryKeyColumns().size() == 1 && t.primaryKeyColumns().get(0).equals(c.name()) && c.type().equalsIgnoreCase("integer");
                    why.add(integerKey ? "\"" + c.name() + "\" is the table's INTEGER PRIMARY KEY, which holds only integers"
                            : "\"" + c.name() + "\" is a key that rows which stay point at, or whose ON UPDATE action would act");
                    continue;
                }
                first.addAll(freeing.getOrDefault(SqliteNames.key(c.name()), List.of()));
                String ref = Ddl.id(fk.refColumns().get(k));
                return new Cut(t.name(), "UPDATE " + Ddl.id(t.name()) + " SET " + Ddl.id(c.name()) + " = coalesce((SELECT max(" + ref + ") FROM "
                        + Ddl.id(fk.refTable()) + " WHERE typeof(" + ref + ") = 'text'), '') || '~' || " + rowid + ";", List.of(c.name()));
            }
            return null;
        }
        List<String> sets = new ArrayList<>();
        List<String> present = new ArrayList<>();
        List<String> written = new ArrayList<>();
        for (int k = 0; k < fk.columns().size(); k++) {
            String col = fk.columns().get(k);
            String ref = fk.refColumns().get(k);
            if (!col.equals(ref)) {
                sets.add(Ddl.id(col) + " = " + Ddl.id(ref));
                written.add(col);
            }
            present.add(Ddl.id(col) + " IS NOT NULL");
        }
        if (sets.isEmpty()) return null;   // every row points at itself already
        return new Cut(t.name(), "UPDATE " + Ddl.id(t.name()) + " SET " + String.join(", ", sets) + " WHERE " + String.join(" AND ", present) + ";", written);
    }
}
