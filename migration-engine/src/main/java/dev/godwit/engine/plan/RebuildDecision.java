package dev.godwit.engine.plan;

import dev.godwit.engine.diff.Change;
import dev.godwit.engine.diff.Change.AddCheck;
import dev.godwit.engine.diff.Change.AddColumn;
import dev.godwit.engine.diff.Change.AddForeignKey;
import dev.godwit.engine.diff.Change.AlterColumn;
import dev.godwit.engine.diff.Change.AlterPrimaryKey;
import dev.godwit.engine.diff.Change.DropCheck;
import dev.godwit.engine.diff.Change.DropColumn;
import dev.godwit.engine.diff.Change.DropForeignKey;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.DefaultValue;
import dev.godwit.schema.model.FkAction;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SqliteNames;
import dev.godwit.schema.model.TableDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which tables a migration rebuilds, and where its new tables go around that rebuild. A table is rebuilt for a change ALTER
 * TABLE cannot make, and for the foreign keys of rebuilt tables: SQLite cannot drop one parent while a table still names
 * another that is gone. {@link SqlitePlanner} writes the statements from this decision.
 */
final class RebuildDecision {
    private final SchemaDef before;   // the old schema with this step's renames applied
    private final SchemaDef after;
    private final Map<String, List<Change>> byTable;
    private final Set<String> created;

    /** The tables rebuilt, by name after this step. */
    final Set<String> rebuilt = new LinkedHashSet<>();
    /** New tables created after the rebuild (nothing needs them before, and a drop inside it would reach them). */
    final Set<String> createdAfterRebuild = new LinkedHashSet<>();
    /** New tables created inside the rebuild: after its drops, before rows come back to the rebuilt tables that name them. */
    final Set<String> createdDuringRebuild = new LinkedHashSet<>();
    /**
     * Rebuilt tables whose only reason is a column SQLite adds in place to an empty table alone (NOT NULL without a default, a
     * non-constant default): drizzle-kit adds it with ALTER TABLE, after the other columns, which works while the table is empty.
     */
    final Set<String> rebuiltOnlyToAddColumns = new LinkedHashSet<>();
    /**
     * Tables this step drops that the rebuild's drops reach with another rebuilt parent gone ({@link #reachedWithAnotherParentGone}):
     * one that goes only after the rebuild (a survivor still names it) goes inside it instead, among the rebuilt tables' drops.
     */
    final Set<String> droppedDuringRebuild = new LinkedHashSet<>();
    /**
     * Per table rebuilt for changes of its own, those changes ALTER TABLE cannot make: what db:generate lists for the rebuild. A
     * table rebuilt only for its foreign keys to other rebuilt or new tables has none; the other changes of a rebuilt table are
     * made by the rebuild too, but did not call for it (an ADD COLUMN, a CREATE INDEX).
     */
    final Map<String, List<Change>> causes = new LinkedHashMap<>();
    /** Foreign keys written into an ADD COLUMN of a table changed in place, by table + NUL + column. */
    final Map<String, ForeignKeyDef> inlineFks = new LinkedHashMap<>();

    private RebuildDecision(SchemaDef before, SchemaDef after, Map<String, List<Change>> byTable, Set<String> created) {
        this.before = before;
        this.after = after;
        this.byTable = byTable;
        this.created = created;
    }

    static RebuildDecision of(SchemaDef before, SchemaDef after, Map<String, List<Change>> byTable, Set<String> created) {
        RebuildDecision d = new RebuildDecision(before, after, byTable, created);
        d.decide();
        return d;
    }

    /**
     * The dropped columns (by {@link SqliteNames#key}) that an added column's name takes in another case: done in place, they
     * go before the adds ("duplicate column name" otherwise), the other drops after them. The dropped generated columns go
     * with them: one may read such a column, and SQLite drops no column a generated one still reads (fz8n_43).
     */
    static Set<String> droppedBeforeTheAdds(List<Change> changes) {
        Set<String> addedKeys = new HashSet<>();
        for (Change c : changes) if (c instanceof AddColumn a) addedKeys.add(SqliteNames.key(a.column().name()));
        Set<String> out = new HashSet<>();
        for (Change c : changes) if (c instanceof DropColumn d && addedKeys.contains(SqliteNames.key(d.column().name()))) out.add(SqliteNames.key(d.column().name()));
        if (out.isEmpty()) return out;
        for (Change c : changes) if (c instanceof DropColumn d && d.column().generated() != null) out.add(SqliteNames.key(d.column().name()));
        return out;
    }

    private void decide() {
        for (Map.Entry<String, List<Change>> e : byTable.entrySet()) {
            String table = e.getKey();
            if (created.contains(table) || after.table(table).isEmpty()) continue;
            TableDef old = before.table(table).orElseThrow();
            TableDef now = after.table(table).orElseThrow();
            Set<String> added = new HashSet<>();
            for (Change c : e.getValue()) if (c instanceof AddColumn a) added.add(a.column().name());
            boolean rebuild = false;
            boolean onlyAdds = true;
            List<Change> why = new ArrayList<>();
            for (Change c : e.getValue()) {
                if (needsRebuild(c, old, now, added)) {
                    rebuild = true;
                    why.add(c);
                    // drizzle-kit writes a key on one added column into its ALTER TABLE ADD (REFERENCES)
                    onlyAdds &= c instanceof AddColumn a && addableToAnEmptyTable(a.column()) && !SqliteNames.isRowidName(a.column().name())
                            || c instanceof AddForeignKey k && k.fk().columns().size() == 1 && added.contains(k.fk().columns().get(0));
                }
            }
            // the in-place path drops a column whose name an added one takes in another case before the add (SqlitePlanner.inPlaceChanges);
            // when those are all the table's columns, the last DROP COLUMN fails ("no other columns exist")
            if (!rebuild && !old.columns().isEmpty()) {
                Set<String> droppedFirst = droppedBeforeTheAdds(e.getValue());
                if (old.columns().stream().allMatch(c -> droppedFirst.contains(SqliteNames.key(c.name())))) {
                    rebuild = true;
                    onlyAdds = false;
                    for (Change c : e.getValue()) if (c instanceof DropColumn || c instanceof AddColumn) why.add(c);
                }
                // a virtual column whose expression changes in place is dropped and added after the adds, so while the early
                // drops run it still reads what its old expression reads
                for (Change c : e.getValue()) {
                    if (c instanceof AlterColumn a && a.before().generated() != null
                            && droppedFirst.stream().anyMatch(k -> SqlitePlanner.mentions(a.before().generated().as(), k))) {
                        rebuild = true;
                        onlyAdds = false;
                        if (!why.contains(c)) why.add(c);
                    }
                }
            }
            if (rebuild) {
                rebuilt.add(table);
                causes.put(table, List.copyOf(why));
            }
            if (rebuild && onlyAdds) rebuiltOnlyToAddColumns.add(table);
        }
        rebuildTablesNamingColumnsRenamedByARebuild();
        // A table that keeps foreign keys to two rebuilt tables is rebuilt too: once one of them is
        // dropped, SQLite cannot drop the other ("no such table") while such a table still names both.
        // So is a table a drop reaches through ON DELETE actions (directly or through other tables) while
        // another rebuilt table it names is already gone: with foreign keys on (D1, a transaction) the
        // drop compiles the action into that table, and the action needs every parent the table names.
        boolean grew = !rebuilt.isEmpty();
        while (grew) {
            grew = rebuildChildrenOfKeysTheRebuildMakes();
            grew |= rebuildTablesNamingNewTablesThatMustWait();
            for (TableDef t : before.tables()) {
                if (rebuilt.contains(t.name()) || created.contains(t.name()) || after.table(t.name()).isEmpty()) continue;
                long parents = t.foreignKeys().stream().map(ForeignKeyDef::refTable).filter(r -> !r.equals(t.name()) && rebuilt.contains(r)).distinct().count();
                if (parents >= 2 || reachedWithAnotherParentGone(t.name())) {
                    rebuilt.add(t.name());
                    grew = true;
                }
            }
        }
        inlineFks.keySet().removeIf(k -> rebuilt.contains(k.substring(0, k.indexOf('\u0000'))));
        for (TableDef t : before.tables()) {
            if (after.table(t.name()).isPresent() || rebuilt.isEmpty()) continue;
            long parents = t.foreignKeys().stream().map(ForeignKeyDef::refTable).filter(r -> !r.equals(t.name()) && rebuilt.contains(r)).distinct().count();
            if (parents >= 2 || reachedWithAnotherParentGone(t.name()) || keyedToAKeyTheRebuildDrops(t)) droppedDuringRebuild.add(t.name());
        }
        takeDroppedChildrenIntoTheRebuild();
        // A new table in that position is simply created after the rebuild (it has no rows to keep), unless a
        // rebuilt table needs it to exist when its rows are copied back.
        for (String n : created) {
            boolean reached = reachedWithAnotherParentGone(n);
            if (!(reached || takesTheNameOfARebuiltTablesIndex(n)) || referencedByAnExistingTable(n, false)) continue;
            // named by a rebuilt table only: created inside the rebuild, after its drops and before its rows come back; with one
            // rebuilt table only when its drop reaches it (a new table that merely takes an index's name goes before the
            // table's simple rebuild, its index dropped first)
            if (referencedByAnExistingTable(n, true) && (rebuilt.size() > 1 || reached)) createdDuringRebuild.add(n);
            else if (!referencedByAnExistingTable(n, true)) createdAfterRebuild.add(n);
        }
        // A new table whose key names columns of a rebuilt table that only this migration makes unique: while it exists,
        // dropping the old table fails with foreign keys on ("foreign key mismatch"), so it comes once the new one stands.
        for (String n : created) {
            if (createdAfterRebuild.contains(n) || createdDuringRebuild.contains(n) || referencedByAnExistingTable(n, false)) continue;
            if (after.table(n).orElseThrow().foreignKeys().stream().noneMatch(this::namesAKeyTheRebuildMakes)) continue;
            if (referencedByAnExistingTable(n, true)) createdDuringRebuild.add(n);
            else createdAfterRebuild.add(n);
        }
        boolean more = !createdAfterRebuild.isEmpty();
        while (more) {   // a new table naming a late one comes late too
            more = false;
            for (String n : created) {
                if (createdAfterRebuild.contains(n)) continue;
                boolean namesLate = keysWhileDropping(n).stream().anyMatch(fk -> createdAfterRebuild.contains(fk.refTable()));
                if (namesLate && !referencedByAnExistingTable(n, false) && !referencedByAnExistingTable(n, true)) {
                    createdAfterRebuild.add(n);
                    more = true;
                }
            }
        }
    }

    /**
     * A foreign key to columns of a rebuilt table that the table as it is has no key on (the rebuilt one gets a unique index
     * there): SQLite finds no parent index for it when the rebuild drops the old table with foreign keys on, and refuses
     * the drop ("foreign key mismatch"), on D1 and in any transaction.
     */
    private boolean namesAKeyTheRebuildMakes(ForeignKeyDef fk) {
        return rebuilt.contains(fk.refTable()) && noKeyForItIn(before, fk);
    }

    /**
     * Whether the rebuilt parent of {@code fk}, as {@code schema} has it, has no key on the columns the key names as the database
     * has it: a column the rebuild renames (to or from a name of the rowid) has its old name in other tables' keys meanwhile.
     */
    private boolean noKeyForItIn(SchemaDef schema, ForeignKeyDef fk) {
        if (fk.refColumns().stream().anyMatch(c -> renamedByTheRebuild(fk.refTable(), c))) return true;
        return !schema.table(fk.refTable()).map(t -> t.hasKeyOn(fk.refColumns())).orElse(true);
    }

    private boolean renamedByTheRebuild(String table, String column) {
        return byTable.getOrDefault(table, List.of()).stream().anyMatch(c -> c instanceof Change.RenameColumn r && renamedByARebuild(r)
                && SqliteNames.key(r.to()).equals(SqliteNames.key(column)));
    }

    /**
     * A table that keeps its rows in place but gains a key (ALTER TABLE ADD ... REFERENCES) to such columns is rebuilt too:
     * the rebuild drops it before its parent and creates it once the parent's new index stands. Whether any was.
     */
    private boolean rebuildChildrenOfKeysTheRebuildMakes() {
        boolean any = false;
        for (var it = inlineFks.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            String table = e.getKey().substring(0, e.getKey().indexOf('\u0000'));
            if (!rebuilt.contains(table) && namesAKeyTheRebuildMakes(e.getValue())) {
                rebuilt.add(table);
                ForeignKeyDef key = e.getValue();
                causes.put(table, byTable.getOrDefault(table, List.of()).stream().filter(c -> c instanceof AddForeignKey k && k.fk().equals(key)).toList());
                it.remove();
                any = true;
            }
        }
        return any;
    }

    /**
     * A new table that must not exist while the rebuild drops the old tables: one keyed to columns a rebuilt table only now
     * makes unique ("foreign key mismatch"), or one the drops reach through ON DELETE actions while another rebuilt table it
     * names is gone ("no such table"). An existing table that gains a key to it in place (ALTER TABLE ADD ... REFERENCES)
     * would, when a drop reaches it, compile its delete looking the new table up, so it cannot be made before the drops
     * either. Such a table is rebuilt too, and the new table comes inside the rebuild, after the drops and before rows come
     * back. Found by fuzz_cases.py extended (fz58x_55, fz100x_41). Whether any was.
     */
    private boolean rebuildTablesNamingNewTablesThatMustWait() {
        boolean any = false;
        for (String n : created) {
            boolean mustWait = after.table(n).orElseThrow().foreignKeys().stream().anyMatch(this::namesAKeyTheRebuildMakes)
                    || reachedWithAnotherParentGone(n);
            if (!mustWait) continue;
            for (TableDef t : after.tables()) {
                if (created.contains(t.name()) || rebuilt.contains(t.name()) || t.name().equals(n)) continue;
                if (t.foreignKeys().stream().anyMatch(fk -> fk.refTable().equals(n))) {
                    rebuilt.add(t.name());
                    any = true;
                }
            }
        }
        return any;
    }

    /** A rename from or to rowid, oid or _rowid_: SQLite 3.5x refuses it as RENAME COLUMN, so the table's rebuild makes it. */
    static boolean renamedByARebuild(Change.RenameColumn r) {
        return SqliteNames.isRowidName(r.from()) || SqliteNames.isRowidName(r.to());
    }

    /**
     * A column named rowid, oid or _rowid_ is renamed by its table's rebuild, not by ALTER TABLE RENAME COLUMN (which SQLite 3.5x
     * refuses for it), and only RENAME COLUMN rewrites the keys of other tables that name the column. So each such table is
     * rebuilt too, its key written with the new name; left as it was, its key names a column the table no longer has, and
     * every write to it fails ("foreign key mismatch").
     */
    private void rebuildTablesNamingColumnsRenamedByARebuild() {
        for (List<Change> changes : byTable.values()) {
            for (Change c : changes) {
                if (!(c instanceof Change.RenameColumn r) || !renamedByARebuild(r)) continue;
                for (TableDef t : after.tables()) {
                    if (created.contains(t.name()) || before.table(t.name()).isEmpty() || SqliteNames.key(t.name()).equals(SqliteNames.key(r.table()))) continue;
                    boolean names = t.foreignKeys().stream().anyMatch(fk -> SqliteNames.key(fk.refTable()).equals(SqliteNames.key(r.table()))
                            && fk.refColumns().stream().anyMatch(col -> SqliteNames.key(col).equals(SqliteNames.key(r.to()))));
                    if (names) rebuilt.add(t.name());
                }
            }
        }
    }

    /** A table's foreign keys while the rebuild drops tables: the old ones plus those added in place, or a new table's own. */
    private List<ForeignKeyDef> keysWhileDropping(String table) {
        if (created.contains(table)) return after.table(table).map(TableDef::foreignKeys).orElse(List.of());
        List<ForeignKeyDef> keys = new ArrayList<>(before.table(table).map(TableDef::foreignKeys).orElse(List.of()));
        keys.addAll(keysAddedInPlace(table));
        return keys;
    }

    /** The keys ALTER TABLE ADD ... REFERENCES gives {@code table} before the rebuild. */
    private List<ForeignKeyDef> keysAddedInPlace(String table) {
        List<ForeignKeyDef> keys = new ArrayList<>();
        for (Map.Entry<String, ForeignKeyDef> e : inlineFks.entrySet()) if (e.getKey().startsWith(table + "\u0000")) keys.add(e.getValue());
        return keys;
    }

    /**
     * The old schema as the rebuild's drops meet it: with the keys added in place before them, whose ON DELETE actions a drop
     * compiles too (fz1041d_45: such a key cascades from a rebuilt table back into it through others, and its delete looks up
     * the other rebuilt table it names, which must not be gone yet).
     */
    SchemaDef beforeWhileDropping() {
        if (inlineFks.isEmpty()) return before;
        List<TableDef> tables = new ArrayList<>();
        for (TableDef t : before.tables()) {
            List<ForeignKeyDef> added = keysAddedInPlace(t.name());
            if (added.isEmpty()) {
                tables.add(t);
                continue;
            }
            List<ForeignKeyDef> keys = new ArrayList<>(t.foreignKeys());
            keys.addAll(added);
            tables.add(t.withForeignKeys(keys));
        }
        return new SchemaDef(tables, before.views());
    }

    /**
     * Whether dropping a rebuilt table reaches {@code table} through ON DELETE actions (CASCADE, SET NULL, SET DEFAULT;
     * directly or through tables that are not dropped) while {@code table} names another rebuilt table, which may be gone
     * by then: the drop compiles the action into {@code table}, and that needs every parent it names ("no such table").
     */
    private boolean reachedWithAnotherParentGone(String table) {
        return reachedWithAnotherParentGone(table, new HashSet<>());
    }

    /** As {@link #reachedWithAnotherParentGone(String)}; {@code asked}: the new tables whose answer is being worked out (a cycle of keys). */
    private boolean reachedWithAnotherParentGone(String table, Set<String> asked) {
        asked.add(table);
        Set<String> reaching = new HashSet<>();
        Set<String> seen = new HashSet<>(List.of(table));
        List<String> queue = new ArrayList<>(List.of(table));
        for (int i = 0; i < queue.size(); i++) {
            for (ForeignKeyDef fk : keysWhileDropping(queue.get(i))) {
                String parent = fk.refTable();
                if (!hasAction(fk) || parent.equals(queue.get(i))) continue;
                if (rebuilt.contains(parent)) reaching.add(parent);   // a dropped table passes nothing further up
                else if (seen.add(parent)) queue.add(parent);
            }
        }
        for (ForeignKeyDef fk : keysWhileDropping(table)) {
            String parent = fk.refTable();
            if (parent.equals(table)) continue;
            if (rebuilt.contains(parent) && reaching.stream().anyMatch(r -> !r.equals(parent))) return true;
            // a new table that waits for the drops to end is not there yet either: the lookup fails the same way (fz777d_12)
            if (!reaching.isEmpty() && created.contains(parent) && !asked.contains(parent) && waitsForTheDrops(parent, asked)) return true;
        }
        return false;
    }

    /** Whether a new table cannot exist while the rebuild drops the old tables, so it is created inside the rebuild or after it. */
    private boolean waitsForTheDrops(String newTable, Set<String> asked) {
        return after.table(newTable).orElseThrow().foreignKeys().stream().anyMatch(this::namesAKeyTheRebuildMakes)
                || takesTheNameOfARebuiltTablesIndex(newTable) || reachedWithAnotherParentGone(newTable, asked);
    }

    /**
     * A dropped table keyed to one that goes among the rebuild's drops goes there too (children first, TableOrder.drops): left
     * for the end of the migration, its DROP TABLE compiles its own ON DELETE actions, which look up every parent it names, and
     * that one is gone ("no such table", with foreign keys on: D1, a transaction; fz424d_42).
     */
    private void takeDroppedChildrenIntoTheRebuild() {
        boolean grew = !droppedDuringRebuild.isEmpty();
        while (grew) {
            grew = false;
            for (TableDef t : before.tables()) {
                if (after.table(t.name()).isPresent() || droppedDuringRebuild.contains(t.name())) continue;
                if (t.foreignKeys().stream().anyMatch(fk -> !fk.refTable().equals(t.name()) && droppedDuringRebuild.contains(fk.refTable()))) {
                    droppedDuringRebuild.add(t.name());
                    grew = true;
                }
            }
        }
    }

    /**
     * Whether a dropped table holds a foreign key to columns of a rebuilt table that the new table has no key on (its primary
     * key moved, a UNIQUE dropped): while it stands, every row copied back into the new table fails ("foreign key mismatch"),
     * so it cannot wait for the end of the migration, where a survivor's key to it would otherwise keep it (fz289x_12).
     */
    private boolean keyedToAKeyTheRebuildDrops(TableDef dropped) {
        for (ForeignKeyDef fk : dropped.foreignKeys()) {
            // a column the rebuild renames from or to rowid counts too: the new table has it not as a key, or not at all (fz580d_44)
            if (!fk.refTable().equals(dropped.name()) && rebuilt.contains(fk.refTable()) && noKeyForItIn(after, fk)) return true;
        }
        return false;
    }

    private static boolean hasAction(ForeignKeyDef fk) {
        return fk.onDelete() == FkAction.CASCADE || fk.onDelete() == FkAction.SET_NULL || fk.onDelete() == FkAction.SET_DEFAULT;
    }

    /**
     * Whether a table that exists before names {@code table}: one of the rebuilt ones ({@code rebuiltOnes}, whose rows are
     * copied back during the rebuild), or another through a key added in place (ALTER TABLE ADD ... REFERENCES), which a
     * stashed table's DELETE then needs before the rebuild. New tables are not counted: they follow the late ones.
     */
    private boolean referencedByAnExistingTable(String table, boolean rebuiltOnes) {
        return after.tables().stream().anyMatch(t -> !created.contains(t.name()) && rebuilt.contains(t.name()) == rebuiltOnes
                && t.foreignKeys().stream().anyMatch(fk -> fk.refTable().equals(table)));
    }

    /** A new table named like an index of a rebuilt table: the name is free only once the rebuild dropped that table. */
    private boolean takesTheNameOfARebuiltTablesIndex(String table) {
        for (String r : rebuilt) {
            if (SqliteNames.find(before.table(r).map(TableDef::indexes).orElse(List.of()), IndexDef::name, table).isPresent()) return true;
        }
        return false;
    }

    private boolean needsRebuild(Change c, TableDef old, TableDef now, Set<String> added) {
        if (c instanceof AlterColumn a && virtualExpressionChangeInPlace(old, now, a)) return false;
        if (c instanceof AlterColumn || c instanceof DropForeignKey || c instanceof AlterPrimaryKey
                || c instanceof AddCheck || c instanceof DropCheck) return true;
        if (c instanceof AddForeignKey a) {
            ForeignKeyDef fk = a.fk();
            if (fk.columns().size() == 1 && added.contains(fk.columns().get(0))) {
                ColumnDef col = now.column(fk.columns().get(0)).orElseThrow();
                if (col.defaultValue() == null && !col.notNull()) {
                    inlineFks.put(now.name() + "\u0000" + col.name(), fk);
                    return false;
                }
            }
            return true;
        }
        // a column named rowid, oid or _rowid_: SQLite 3.5x refuses to add, drop or rename it in place (SqliteNames.isRowidName)
        if (c instanceof AddColumn a) return !addableInPlace(a.column()) || SqliteNames.isRowidName(a.column().name());
        if (c instanceof DropColumn d) return !droppableInPlace(old, now, d.column()) || SqliteNames.isRowidName(d.column().name());
        if (c instanceof Change.RenameColumn r) return renamedByARebuild(r);
        return false;
    }

    /** What SQLite's ALTER TABLE ADD COLUMN accepts (sqlite.org/lang_altertable.html). */
    private boolean addableInPlace(ColumnDef c) {
        if (c.primaryKey()) return false;
        if (c.generated() != null) return c.generated().type() == dev.godwit.schema.model.Generated.Type.VIRTUAL;
        if (c.notNull() && c.defaultValue() == null) return false;
        DefaultValue d = c.defaultValue();
        // a literal holding the breakpoint marker is written as an expression (hideBreakpointMarker), which ADD COLUMN refuses
        if (d != null && d.sql().contains(SqlitePlanner.MARKER)) return false;
        return d == null || d.kind() != DefaultValue.Kind.SQL || !SqlitePlanner.NON_CONSTANT_DEFAULT.matcher(d.sql()).matches();
    }

    /** What ALTER TABLE ADD COLUMN refuses only when the table holds rows ("Cannot add a NOT NULL column with default value NULL", "... non-constant default"). */
    private static boolean addableToAnEmptyTable(ColumnDef c) {
        return !c.primaryKey() && c.generated() == null && !c.autoincrement();
    }

    /**
     * Only a VIRTUAL generated column's expression changes, and nothing reads the column (no index, check, other generated
     * column or view): dropped and added again in place, as drizzle-kit does, which moves it after the other columns as in a
     * drizzle-kit database, and copies no rows. Anything reading it would make DROP COLUMN fail, so that is a rebuild.
     */
    static boolean onlyVirtualExpressionChanges(ColumnDef was, ColumnDef is) {
        return was.generated() != null && is.generated() != null && was.generated().type() == dev.godwit.schema.model.Generated.Type.VIRTUAL
                && is.generated().type() == dev.godwit.schema.model.Generated.Type.VIRTUAL && was.withGenerated(is.generated()).sameDefinition(is);
    }

    private boolean virtualExpressionChangeInPlace(TableDef old, TableDef now, AlterColumn a) {
        if (!onlyVirtualExpressionChanges(a.before(), a.after())) return false;
        String name = a.after().name();
        if (SqliteNames.isRowidName(name)) return false;   // SQLite 3.5x refuses its DROP COLUMN ("cannot drop rowid alias")
        if (!droppableInPlace(old, now, a.before())) return false;
        for (TableDef t : List.of(old, now)) {
            for (IndexDef i : t.indexes()) {
                if (i.columns().stream().anyMatch(k -> SqliteNames.key(k).equals(SqliteNames.key(name)))) return false;
                if (i.where() != null && SqlitePlanner.mentions(i.where(), name)) return false;
                for (IndexDef.Key k : i.keys()) if (k.expression() && SqlitePlanner.mentions(k.text(), name)) return false;
            }
            for (ColumnDef c : t.columns()) {
                if (!SqliteNames.same(c.name(), name) && c.generated() != null && SqlitePlanner.mentions(c.generated().as(), name)) return false;
            }
        }
        for (SchemaDef s : List.of(before, after)) {
            for (var v : s.views()) if (v.existing() || v.definition() == null || SqlitePlanner.mentions(v.definition(), name)) return false;
        }
        return true;
    }

    /** DROP COLUMN fails when anything else in the table still mentions the column. */
    private boolean droppableInPlace(TableDef old, TableDef now, ColumnDef col) {
        String name = col.name();
        if (col.primaryKey() || old.primaryKeyColumns().contains(name)) return false;
        for (ForeignKeyDef fk : old.foreignKeys()) if (fk.columns().contains(name)) return false;
        for (TableDef t : before.tables()) {
            for (ForeignKeyDef fk : t.foreignKeys()) if (fk.refTable().equals(old.name()) && fk.refColumns().contains(name)) return false;
        }
        List<String> texts = new ArrayList<>();
        old.checks().forEach(ch -> texts.add(ch.expression()));
        now.checks().forEach(ch -> texts.add(ch.expression()));
        for (ColumnDef c : now.columns()) if (c.generated() != null) texts.add(c.generated().as());
        for (IndexDef i : now.indexes()) {
            if (i.where() != null) texts.add(i.where());
            for (IndexDef.Key k : i.keys()) if (k.expression()) texts.add(k.text());
        }
        for (String text : texts) if (SqlitePlanner.mentions(text, name)) return false;
        return true;
    }
}
