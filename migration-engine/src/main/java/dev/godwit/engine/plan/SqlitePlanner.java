package dev.godwit.engine.plan;

import dev.godwit.engine.diff.Change.AddColumn;
import dev.godwit.engine.diff.Change.AlterColumn;
import dev.godwit.engine.diff.Change.CreateIndex;
import dev.godwit.engine.diff.Change.CreateTable;
import dev.godwit.engine.diff.Change.CreateView;
import dev.godwit.engine.diff.Change.DropColumn;
import dev.godwit.engine.diff.Change.DropIndex;
import dev.godwit.engine.diff.Change.DropTable;
import dev.godwit.engine.diff.Change.DropView;
import dev.godwit.engine.diff.Change.RenameColumn;
import dev.godwit.engine.diff.Change.RenameTable;
import dev.godwit.engine.diff.Change;
import dev.godwit.engine.diff.SchemaDiff;
import dev.godwit.engine.sql.SqlLexer.Kind;
import dev.godwit.engine.sql.SqlLexer.Token;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.schema.model.CheckDef;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.DefaultValue;
import dev.godwit.schema.model.FkAction;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.Generated;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SqliteNames;
import dev.godwit.schema.model.TableDef;
import dev.godwit.schema.model.ViewDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.regex.Pattern;

/**
 * Turns a diff into SQLite statements. What ALTER TABLE can do is done in place; everything else
 * rebuilds the table. A rebuild must keep every row even where foreign keys stay on (D1, and any
 * migrator that runs a migration inside a transaction, where {@code PRAGMA foreign_keys=OFF} does
 * nothing): dropping a parent there deletes ON DELETE CASCADE children, nulls SET NULL ones, and
 * fails on RESTRICT ones. So a rebuild backs up the rebuilt tables and every child such a drop would
 * touch (transitively), empties them children first, creates the new tables under their final names
 * and refills everything parents first, with {@code PRAGMA defer_foreign_keys=ON} holding checks to
 * the commit. Where foreign keys can be switched off, the same SQL is simply safe twice over.
 */
public final class SqlitePlanner {

    static final Pattern NON_CONSTANT_DEFAULT = Pattern.compile("(?is)^\\s*(\\(|current_time|current_date|current_timestamp).*");

    private SqlitePlanner() {
    }

    /** The statements of the migration; refuses (before writing any) a schema whose SQL could not be written to apply. */
    public static Plan plan(SchemaDiff diff) {
        return plan(diff, false);
    }

    /**
     * As {@link #plan}, for a diff against a live database (db:push), whose columns may stand in another order than the snapshot's
     * (a virtual column whose expression changed was dropped and added again at the end). A table rebuilt only to add columns keeps
     * its columns in the declared order, with the added ones after them: as db:generate's migrations, which go by the snapshot's
     * (the declared) order, leave it.
     */
    public static Plan planOnLive(SchemaDiff diff) {
        return plan(diff, true);
    }

    private static Plan plan(SchemaDiff diff, boolean beforeIsLive) {
        SqlSafety.require(diff.after());
        return new Builder(diff, beforeIsLive).build();
    }

    private static final class Builder {
        private final SchemaDiff diff;
        private final SchemaDef before;
        private final SchemaDef after;
        private final boolean beforeIsLive;   // planOnLive
        private final List<String> out = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private final Map<String, List<Change>> byTable = new LinkedHashMap<>();
        private final Set<String> created = new LinkedHashSet<>();
        private Set<String> rebuilt;
        private Set<String> createdAfterRebuild;
        private Set<String> createdDuringRebuild;
        private Map<String, ForeignKeyDef> inlineFks;
        private Set<String> rebuiltOnlyToAddColumns;
        private SchemaDef beforeWhileDropping;   // before, with the keys added in place that the rebuild's drops meet
        private final Set<DropIndex> droppedEarly = new HashSet<>();
        private final Set<String> droppedLate = new HashSet<>();   // tables dropped after the rebuild, by SqliteNames.key
        private final Set<String> tablesDroppedFirst = new HashSet<>();   // tables dropped before the renames, by their name then
        private final List<TableDef> droppedInRebuild = new ArrayList<>();   // of those, the ones the rebuild's drops take (RebuildDecision)
        private final Set<String> freedEarly = new HashSet<>();   // indexes of rebuilt tables dropped before the new ones, by key
        private final Set<String> lateDropsIndexesGone = new HashSet<>();   // indexes of late-dropped tables dropped early, by key
        private final List<Map.Entry<String, IndexDef>> rebuiltIndexesLater = new ArrayList<>();
        private final List<Map.Entry<String, IndexDef>> deferredIndexes = new ArrayList<>();
        private final List<CreateIndex> indexesLater = new ArrayList<>();   // new indexes made at the end, their name in use before
        private final Map<String, String> backups = new LinkedHashMap<>();
        private final TempNames tempNames;
        private final Map<String, String> droppedColumnsAside = new HashMap<>();   // table + NUL + dropped column -> its name when dropped
        private final List<String> keysKeptToTheEnd = new ArrayList<>();   // copies of key indexes kept tables drop in place (keepKeyToTheEnd)
        private KeptChecks keptChecks;
        private KeptUniques keptUniques;

        // Built on first use, so a rebuild of many tables in a large schema does not search every name each time.
        private Map<String, List<Map.Entry<TableDef, IndexDef>>> indexesByName;   // the indexes before, by SqliteNames.key of their name

        Builder(SchemaDiff diff, boolean beforeIsLive) {
            this.diff = diff;
            this.beforeIsLive = beforeIsLive;
            this.before = diff.renamedBefore();
            this.after = diff.after();
            this.tempNames = new TempNames(List.of(diff.before(), before, after));
            for (Change c : diff.changes()) {
                if (c.table() != null) byTable.computeIfAbsent(c.table(), k -> new ArrayList<>()).add(c);
                if (c instanceof CreateTable ct) created.add(ct.def().name());
            }
        }

        Plan build() {
            RebuildDecision decision = RebuildDecision.of(before, after, byTable, created);
            rebuilt = decision.rebuilt;
            createdAfterRebuild = decision.createdAfterRebuild;
            createdDuringRebuild = decision.createdDuringRebuild;
            inlineFks = decision.inlineFks;
            rebuiltOnlyToAddColumns = decision.rebuiltOnlyToAddColumns;
            beforeWhileDropping = decision.beforeWhileDropping();
            boolean anyRebuild = !rebuilt.isEmpty();
            boolean foreignKeysHeld = anyRebuild || restrictAmongDropped() || danglingCycleAmongDropped();
            if (foreignKeysHeld) {
                // Takes effect only outside a transaction (sqlite3 CLI, statement by statement); inside one, and on
                // D1, it is a no-op: the rebuild below keeps the rows by itself, and deferred keys let a RESTRICT tree go.
                out.add("PRAGMA foreign_keys=OFF;");
                out.add("PRAGMA defer_foreign_keys=ON;");
            }
            List<ViewDef> dependents = viewsOnDroppedViews();
            for (int i = dependents.size() - 1; i >= 0; i--) out.add(Ddl.dropView(dependents.get(i).name()));
            for (Change c : diff.changes()) if (c instanceof DropView v) out.add(Ddl.dropView(v.view().name()));
            List<TableDef> dropLate = droppedParentsOfSurvivors();
            for (TableDef t : dropLate) droppedLate.add(SqliteNames.key(t.name()));
            for (TableDef t : dropLate) if (decision.droppedDuringRebuild.contains(t.name())) droppedInRebuild.add(t);
            for (Change c : diff.changes()) if (c instanceof DropTable d && !dropLate.contains(d.def())) tablesDroppedFirst.add(d.def().name());
            dropTables(false, dropLate);
            standInForKeyIndexesWhoseNameIsTaken();
            dropIndexesARenamedTableTakes(dropLate);
            renameTables(dropLate);
            renameColumns();
            dropIndexesWhoseNameIsTaken(dropLate);
            createTables(false);
            inPlaceChanges();
            createIndexesOfCreatedTables(true);
            // New indexes go in before any rebuild refills rows (a rebuilt child's foreign key may need a new
            // unique index of its parent), unless their name still belongs to an index a rebuild or a late drop removes.
            for (Change c : diff.changes()) {
                if (c instanceof CreateIndex ci && !created.contains(ci.table()) && !rebuilt.contains(ci.table())) {
                    if (indexNameInUse(ci.index().name(), true)) {
                        indexesLater.add(ci);
                        standInWhileTheNameIsHeld(ci.table(), ci.index());
                    }
                    else out.add(Ddl.createIndex(ci.table(), ci.index()));
                }
            }
            if (anyRebuild) rebuild();
            createTables(true);
            dropTables(true, dropLate);
            createIndexesOfCreatedTables(false);
            for (CreateIndex ci : indexesLater) out.add(Ddl.createIndex(ci.table(), ci.index()));
            for (Map.Entry<String, IndexDef> e : rebuiltIndexesLater) out.add(Ddl.createIndex(e.getKey(), e.getValue()));
            for (String copy : keysKeptToTheEnd) out.add(Ddl.dropIndex(copy));
            for (Change c : diff.changes()) if (c instanceof CreateView v) out.add(Ddl.createView(v.view()));
            for (ViewDef v : dependents) out.add(Ddl.createView(v));
            if (foreignKeysHeld) out.add("PRAGMA foreign_keys=ON;");
            out.replaceAll(SqlitePlanner::hideBreakpointMarker);
            Map<String, List<Change>> causes = new LinkedHashMap<>();
            for (String table : rebuilt) causes.put(table, decision.causes.getOrDefault(table, List.of()));
            return new Plan(out, causes, warnings);
        }

        /** Whether the table is among the drops that run first, before the renames (not one that goes during or after the rebuild). */
        private boolean droppedFirst(TableDef t) {
            return after.table(t.name()).isEmpty() && !droppedLate.contains(SqliteNames.key(t.name()))
                    && SqliteNames.find(droppedInRebuild, TableDef::name, t.name()).isEmpty();
        }

        /** Whether an index of that name exists before the change (optionally: and is not dropped in place by then). */
        private boolean indexNameInUse(String name, boolean afterInPlaceDrops) {
            if (indexesByName == null) {
                indexesByName = new HashMap<>();
                for (TableDef t : before.tables()) {
                    for (IndexDef i : t.indexes()) indexesByName.computeIfAbsent(SqliteNames.key(i.name()), k -> new ArrayList<>()).add(Map.entry(t, i));
                }
            }
            if (droppedLate.contains(SqliteNames.key(name))) return true;   // a table of that name goes only after the rebuild
            for (Map.Entry<TableDef, IndexDef> e : indexesByName.getOrDefault(SqliteNames.key(name), List.of())) {
                TableDef t = e.getKey();
                if (rebuilt.contains(t.name()) && freedEarly.contains(SqliteNames.key(e.getValue().name()))) continue;   // dropped before
                if (droppedFirst(t)) continue;   // its table went with the early drops, before anything is created (fz219n_32)
                boolean droppedInPlace = byTable.getOrDefault(t.name(), List.of()).stream()
                        .anyMatch(c -> c instanceof DropIndex d && SqliteNames.key(d.index().name()).equals(SqliteNames.key(name)))
                        && !rebuilt.contains(t.name()) && after.table(t.name()).isPresent();
                if (!afterInPlaceDrops || !droppedInPlace) return true;
            }
            return false;
        }

        /**
         * Unchanged views that read a view this migration drops (directly or through each other), innermost first: SQLite checks
         * every view on each ALTER TABLE, and one reading a dropped view fails it ("error in view ...: no such table"), so they
         * are dropped before it and created again after it.
         */
        private List<ViewDef> viewsOnDroppedViews() {
            Set<String> gone = new HashSet<>();
            Set<String> changing = new HashSet<>();
            for (Change c : diff.changes()) {
                if (c instanceof DropView v) gone.add(SqliteNames.key(v.view().name()));
                if (c instanceof CreateView v) changing.add(SqliteNames.key(v.view().name()));
            }
            List<ViewDef> out = new ArrayList<>();
            boolean grew = !gone.isEmpty();
            while (grew) {
                grew = false;
                for (ViewDef v : after.views()) {
                    String key = SqliteNames.key(v.name());
                    if (v.existing() || v.definition() == null || gone.contains(key) || changing.contains(key)
                            || diff.before().viewNamed(key).isEmpty()) continue;
                    if (gone.stream().anyMatch(g -> mentions(v.definition(), g))) {
                        out.add(v);
                        gone.add(key);
                        grew = true;
                    }
                }
            }
            return out;
        }

        /**
         * Indexes given up in this step whose name a renamed table takes (tables and indexes share one namespace): dropped
         * before the renames. Those dropped in place, a rebuilt table's (unless a foreign key may need it while rows are
         * copied back), and those of tables dropped only after the rebuild.
         */
        private void dropIndexesARenamedTableTakes(List<TableDef> dropLate) {
            Set<String> targets = new HashSet<>();
            for (Change c : diff.changes()) if (c instanceof RenameTable r) targets.add(SqliteNames.key(r.to()));
            if (targets.isEmpty()) return;
            for (Change c : diff.changes()) {
                if (c instanceof DropIndex d && targets.contains(SqliteNames.key(d.index().name())) && !rebuilt.contains(d.table())
                        && after.table(d.table()).isPresent()) {
                    keepKeyToTheEnd(d.table(), d.index(), true);
                    out.add(Ddl.dropIndex(d.index().name()));
                    droppedEarly.add(d);
                }
            }
            for (String r : rebuilt) {
                TableDef old = before.table(r).orElse(null);
                if (old == null) continue;
                for (IndexDef i : old.indexes()) {
                    if (targets.contains(SqliteNames.key(i.name())) && !aForeignKeyMayNeed(old, i)) {
                        out.add(Ddl.dropIndex(i.name()));
                        freedEarly.add(SqliteNames.key(i.name()));
                    }
                }
            }
            for (TableDef t : dropLate) {
                for (IndexDef i : t.indexes()) {
                    if (targets.contains(SqliteNames.key(i.name()))) {
                        standInIfAKeyMayNeed(t, i);
                        out.add(Ddl.dropIndex(i.name()));
                        lateDropsIndexesGone.add(SqliteNames.key(i.name()));
                    }
                }
            }
        }

        /**
         * A unique index of a table dropped after the rebuild, whose name is taken before it, may still be needed by a foreign
         * key of a table the rebuild drops: SQLite compiles that table's ON DELETE actions on its DROP TABLE, and with the index
         * gone fails ("foreign key mismatch - "kid" referencing "p""). A copy under a free name stands in; the late DROP TABLE
         * drops it with its table.
         */
        private void standInIfAKeyMayNeed(TableDef t, IndexDef i) {
            if (aForeignKeyMayNeed(t, i)) keepCopy(t.name(), i.name(), i.keys(), i.where());
        }

        /**
         * A unique index a kept table drops in place that a foreign key of a table still there in the rebuild or the late drops
         * points at (one dropped after the rebuild or by it, or rebuilt, or one keeping its key while the new unique index of
         * those columns waits for its name until the end), while the table's rows are written after the in-place
         * drops (moved by the rebuild, or reached by a late drop's ON DELETE): SQLite compiles that key's check into each such
         * write ("foreign key mismatch" otherwise, fz269n_1), so a copy under a free name stands in until the end. Not when a
         * column of it goes in place too (SQLite will not drop an indexed column). {@code beforeTheRenames}: made on the table and
         * columns as the database has them before the renames (which carry the copy along).
         */
        private void keepKeyToTheEnd(String table, IndexDef i, boolean beforeTheRenames) {
            if (!servesKeys(i) || !rowsWrittenAfterTheInPlaceDrops(table)) return;
            Set<String> cols = new HashSet<>(i.columns());
            boolean columnGoes = byTable.getOrDefault(table, List.of()).stream()
                    .anyMatch(c -> c instanceof DropColumn d && cols.contains(d.column().name()));
            if (columnGoes) return;
            // a key of a table that keeps it is served by a new unique index of the same columns made before the rebuild, but
            // not by one whose name is still in use until the end (indexesLater): "foreign key mismatch" at the rebuild's writes
            boolean replacedBeforeTheRebuild = diff.changes().stream().anyMatch(c -> c instanceof CreateIndex ci && ci.table().equals(table)
                    && servesKeys(ci.index()) && new HashSet<>(ci.index().columns()).equals(cols) && !indexNameInUse(ci.index().name(), true));
            boolean needed = before.tables().stream().anyMatch(other -> !other.name().equals(table) && !tablesDroppedFirst.contains(other.name())
                    && (droppedLate.contains(SqliteNames.key(other.name())) || rebuilt.contains(other.name()) || !replacedBeforeTheRebuild)
                    && keyPointsAt(other, table, cols));
            if (!needed) return;
            String on = table;
            IndexDef as = i;
            if (beforeTheRenames) {
                on = diff.tableBefore(table);
                as = diff.before().table(on).flatMap(t -> t.indexes().stream().filter(o -> o.name().equals(i.name())).findFirst()).orElse(null);
                if (as == null) return;
            }
            keysKeptToTheEnd.add(keepCopy(on, i.name(), as.keys(), null));
        }

        /**
         * A new unique index that must wait for its name until the end (a table dropped after the rebuild holds it) while a key of
         * the new schema points at its columns: the rebuild's writes to the table, or to a table keyed to it, check that key
         * ("foreign key mismatch" otherwise, fz392n_29), so a copy under a free name stands in until the index is made.
         */
        private void standInWhileTheNameIsHeld(String table, IndexDef i) {
            if (!servesKeys(i)) return;
            Set<String> cols = new HashSet<>(i.columns());
            // a key of a table there while the rows are written: not of one made only after the rebuild; and, the table rebuilt, of
            // one dropped only after it (a survivor named it), whose key to the old table's unique columns the new index serves
            // until it goes ("foreign key mismatch - "gone" referencing "p"" at the copy of the rows back otherwise; a kept
            // table's old index is kept for such a key by keepKeyToTheEnd, a new table has no key of a dropped one)
            List<TableDef> there = new ArrayList<>();
            for (TableDef t : after.tables()) if (!createdAfterRebuild.contains(t.name())) there.add(t);
            if (rebuilt.contains(table)) {
                for (Change c : diff.changes()) {
                    if (c instanceof DropTable d && droppedLate.contains(SqliteNames.key(d.def().name())) && !droppedInRebuild.contains(d.def())) {
                        there.add(afterTheRenames(d.def()));
                    }
                }
            }
            if (there.stream().anyMatch(t -> keyPointsAt(t, table, cols))) keysKeptToTheEnd.add(keepCopy(table, i.name(), i.keys(), null));
        }

        /** Whether SQLite takes the index as a parent key: unique, on plain columns, over the whole table. */
        private static boolean servesKeys(IndexDef i) {
            return i.unique() && !i.hasExpressions() && i.where() == null;
        }

        /** Whether a foreign key of {@code t} points at exactly these columns of {@code table}. */
        private static boolean keyPointsAt(TableDef t, String table, Set<String> cols) {
            return t.foreignKeys().stream().anyMatch(fk -> SqliteNames.key(fk.refTable()).equals(SqliteNames.key(table)) && new HashSet<>(fk.refColumns()).equals(cols));
        }

        /**
         * A unique copy of an index under a free {@code __keep_} name, standing in for it while a foreign key needs it and its
         * name is gone or not yet free; returns the copy's name.
         */
        private String keepCopy(String table, String of, List<IndexDef.Key> keys, String where) {
            String copy = tempNames.free("__keep_" + of);
            out.add(Ddl.createIndex(table, new IndexDef(copy, keys, true, where)));
            return copy;
        }

        private Set<String> stashed;   // stashClosure(), once

        private boolean rowsWrittenAfterTheInPlaceDrops(String table) {
            if (stashed == null) stashed = rebuilt.isEmpty() ? Set.of() : stashClosure();
            if (stashed.contains(table)) return true;
            TableDef t = before.table(table).orElse(null);
            return t != null && t.foreignKeys().stream().anyMatch(fk -> droppedLate.contains(SqliteNames.key(fk.refTable()))
                    && (fk.onDelete() == FkAction.CASCADE || fk.onDelete() == FkAction.SET_NULL || fk.onDelete() == FkAction.SET_DEFAULT));
        }

        private boolean droppedBeforeRenames(String index) {
            String key = SqliteNames.key(index);
            return freedEarly.contains(key) || lateDropsIndexesGone.contains(key)
                    || droppedEarly.stream().anyMatch(d -> SqliteNames.key(d.index().name()).equals(key));
        }

        /** The table renames, in an order SQLite takes ({@link RenameOrder}): after the early drops, names are free again. */
        private void renameTables(List<TableDef> dropLate) {
            List<RenameOrder.Step> steps = new ArrayList<>();
            for (Change c : diff.changes()) if (c instanceof RenameTable r) steps.add(new RenameOrder.Step(r.from(), r.to()));
            if (steps.isEmpty()) return;
            Set<String> goneFirst = new HashSet<>();
            for (Change c : diff.changes()) {
                if (c instanceof DropTable d && !dropLate.contains(d.def())) goneFirst.add(d.def().name());
                if (c instanceof DropView v) goneFirst.add(v.view().name());
            }
            Set<String> taken = new HashSet<>();
            for (TableDef t : diff.before().tables()) {
                if (goneFirst.contains(t.name())) continue;
                taken.add(t.name());
                for (IndexDef i : t.indexes()) if (!droppedBeforeRenames(i.name())) taken.add(i.name());
            }
            for (var v : diff.before().views()) if (!goneFirst.contains(v.name())) taken.add(v.name());
            for (RenameOrder.Step step : RenameOrder.order(steps, taken, tempNames::free)) renameTable(step.from(), step.to());
        }

        /** Column renames a rebuild makes (from or to a name of the rowid): by table, the column's new name to its old, as keys. */
        private final Map<String, Map<String, String>> renamedInRebuild = new HashMap<>();

        /** Each table's column renames, in an order SQLite takes; a table's columns before them are its columns with the renames undone. */
        private void renameColumns() {
            Map<String, List<RenameOrder.Step>> byTable = new LinkedHashMap<>();
            for (Change c : diff.changes()) {
                if (!(c instanceof RenameColumn r)) continue;
                if (RebuildDecision.renamedByARebuild(r)) {
                    // its rows copied from the column under its old name
                    renamedInRebuild.computeIfAbsent(SqliteNames.key(r.table()), k -> new HashMap<>()).put(SqliteNames.key(r.to()), r.from());
                    continue;
                }
                byTable.computeIfAbsent(r.table(), k -> new ArrayList<>()).add(new RenameOrder.Step(r.from(), r.to()));
            }
            for (Map.Entry<String, List<RenameOrder.Step>> e : byTable.entrySet()) {
                Set<String> taken = new HashSet<>();
                before.table(e.getKey()).ifPresent(t -> taken.addAll(t.columnNames()));
                for (RenameOrder.Step r : e.getValue()) taken.remove(r.to());
                for (RenameOrder.Step r : e.getValue()) taken.add(r.from());
                Set<String> columnKeys = new HashSet<>();
                for (String n : taken) columnKeys.add(SqliteNames.key(n));
                java.util.function.UnaryOperator<String> freeColumn = wanted -> {
                    String name = wanted;
                    for (int i = 1; columnKeys.contains(SqliteNames.key(name)); i++) name = wanted + "_" + i;
                    columnKeys.add(SqliteNames.key(name));
                    return name;
                };
                List<RenameOrder.Step> steps = new ArrayList<>(moveDroppedColumnsAside(e.getKey(), e.getValue(), freeColumn));
                steps.addAll(e.getValue());
                for (RenameOrder.Step step : RenameOrder.order(steps, taken, freeColumn)) {
                    out.add(Ddl.renameColumn(e.getKey(), step.from(), step.to()));
                }
            }
        }

        /**
         * A column dropped in this step whose name a rename takes in another case ({@code name_old -> name} while {@code Name}
         * goes) still holds that name when the renames run: it is renamed aside first, and dropped (in place) under that name.
         */
        private List<RenameOrder.Step> moveDroppedColumnsAside(String table, List<RenameOrder.Step> renames, java.util.function.UnaryOperator<String> freeColumn) {
            Set<String> targets = new HashSet<>();
            for (RenameOrder.Step r : renames) targets.add(SqliteNames.key(r.to()));
            List<RenameOrder.Step> aside = new ArrayList<>();
            for (Change c : byTable.getOrDefault(table, List.of())) {
                if (c instanceof DropColumn d && targets.contains(SqliteNames.key(d.column().name()))) {
                    String via = freeColumn.apply("__dropped_" + d.column().name());
                    aside.add(new RenameOrder.Step(d.column().name(), via));
                    droppedColumnsAside.put(table + "\u0000" + d.column().name(), via);
                }
            }
            return aside;
        }

        /** SQLite refuses a rename that only changes case ("there is already another table"): go through a free name. */
        private void renameTable(String from, String to) {
            if (SqliteNames.key(from).equals(SqliteNames.key(to))) {
                String via = tempNames.free("__rename_" + to);
                out.add(Ddl.renameTable(from, via));
                out.add(Ddl.renameTable(via, to));
            } else {
                out.add(Ddl.renameTable(from, to));
            }
        }

        // ---- in-place work ----

        /**
         * Dropped tables that a surviving table referenced: the survivor loses that foreign key by a
         * rebuild, and only after it may the parent go; dropped first, the parent's implicit DELETE
         * would cascade into the survivor's rows wherever foreign keys are on.
         */
        private List<TableDef> droppedParentsOfSurvivors() {
            List<TableDef> late = new ArrayList<>();
            Set<String> droppedNames = new HashSet<>();
            for (Change c : diff.changes()) if (c instanceof DropTable d) droppedNames.add(d.def().name());
            for (Change c : diff.changes()) {
                if (!(c instanceof DropTable d)) continue;
                String name = d.def().name();
                // Names as they were: a rename may give a survivor's parent the dropped table's name.
                boolean referenced = diff.before().tables().stream().anyMatch(t -> !droppedNames.contains(t.name()) && !t.name().equals(name)
                        && t.foreignKeys().stream().anyMatch(fk -> fk.refTable().equals(name)));
                if (referenced) late.add(d.def());
            }
            // A dropped parent of a table dropped late goes late too (children first): dropped early, its DELETE would cascade
            // through that table into the survivor's rows.
            boolean grew = !late.isEmpty();
            while (grew) {
                grew = false;
                for (Change c : diff.changes()) {
                    if (!(c instanceof DropTable d) || late.contains(d.def())) continue;
                    String name = d.def().name();
                    if (late.stream().anyMatch(t -> t.foreignKeys().stream().anyMatch(fk -> fk.refTable().equals(name) && !t.name().equals(name)))) {
                        late.add(d.def());
                        grew = true;
                    }
                }
            }
            return late;
        }

        /**
         * A table dropped after the renames as SQL then sees it: its keys name the tables and columns as renamed
         * ({@link #before}). Where a renamed table takes its name, {@link #before} holds that one instead, so the table is
         * left as it was. A cut that names the old parent finds no row of it to point away from, or no table.
         */
        private TableDef afterTheRenames(TableDef dropped) {
            String key = SqliteNames.key(dropped.name());
            if (diff.renamedTables().values().stream().anyMatch(n -> SqliteNames.key(n).equals(key))) return dropped;
            return before.table(dropped.name()).orElse(dropped);
        }

        /**
         * The tables as the rebuild meets them ({@link #before}, names as renamed): less those dropped before the renames, whose
         * rows are gone by then. Counted among the tables whose rows stay, such a table's key made the column it points at one no
         * cut may touch, so a NOT NULL key of a rebuilt table into a parent whose rows move out and back (ON DELETE SET NULL) was
         * left uncut: "NOT NULL constraint failed" at DELETE FROM the parent (fz134n_45). A dropped table under a name a rename
         * takes exactly is not in {@link #before}; the renamed table there is kept.
         */
        private List<TableDef> afterTheEarlyDrops() {
            Set<String> renamedTo = new HashSet<>(diff.renamedTables().values());
            return before.tables().stream().filter(t -> !tablesDroppedFirst.contains(t.name()) || renamedTo.contains(t.name())).toList();
        }

        /**
         * A table as SQL sees it while the rebuild runs: the columns its keys point at that the rebuild itself renames (from or
         * to rowid, {@link RebuildDecision#renamedByARebuild}) still have their old names, which {@link #before} has renamed.
         */
        private TableDef whileRebuilding(TableDef t) {
            List<ForeignKeyDef> keys = new ArrayList<>();
            for (ForeignKeyDef fk : t.foreignKeys()) {
                keys.add(fk.withColumns(fk.columns(), fk.refColumns().stream().map(columnsAsTheDatabaseHasThem(fk.refTable())).toList()));
            }
            return t.withForeignKeys(keys);
        }

        /**
         * Whether tables dropped here reference themselves or each other ON DELETE RESTRICT (a tree, a cycle): DROP TABLE deletes
         * the rows first and RESTRICT refuses that row by row, also when the row still pointing at one goes with it; deferred
         * foreign keys (in a transaction, as on D1) or foreign keys off (statement by statement) let the drop through. A child
         * dropped before its parent needs neither: children go first. (NO ACTION is checked at the end of the statement.)
         */
        private boolean restrictAmongDropped() {
            List<TableDef> defs = new ArrayList<>();
            Set<String> dropped = new HashSet<>();
            for (Change c : diff.changes()) {
                if (c instanceof DropTable d) {
                    defs.add(d.def());
                    dropped.add(d.def().name());
                }
            }
            for (TableDef t : defs) {
                for (ForeignKeyDef fk : t.foreignKeys()) {
                    if (fk.onDelete() == FkAction.RESTRICT && dropped.contains(fk.refTable()) && reaches(fk.refTable(), t.name(), defs)) return true;
                }
            }
            return false;
        }

        /**
         * Whether two tables dropped here reference each other (a -> b, b -> a, or through others) by a key that then points at
         * rows gone until the other table goes too: NO ACTION, which an immediate foreign key refuses at the end of the first
         * DROP, or one whose action would write NULL into a NOT NULL column, cut by pointing it at no row
         * ({@link SweepReferences#cutDangles}). Deferred keys hold that to the commit. (RESTRICT: {@link #restrictAmongDropped}.)
         */
        private boolean danglingCycleAmongDropped() {
            List<TableDef> defs = new ArrayList<>();
            for (Change c : diff.changes()) if (c instanceof DropTable d) defs.add(d.def());
            for (TableDef t : defs) {
                for (ForeignKeyDef fk : t.foreignKeys()) {
                    if (fk.refTable().equals(t.name()) || defs.stream().noneMatch(d -> d.name().equals(fk.refTable()))
                            || !reaches(fk.refTable(), t.name(), defs)) continue;
                    if (fk.onDelete() == FkAction.NO_ACTION || SweepReferences.cutDangles(t, fk, diff.before().tables())) return true;
                }
            }
            return false;
        }

        /** Whether {@code from} names {@code to} through foreign keys among {@code tables} (itself counts). */
        private static boolean reaches(String from, String to, List<TableDef> tables) {
            Set<String> seen = new HashSet<>(List.of(from));
            List<String> queue = new ArrayList<>(List.of(from));
            for (int i = 0; i < queue.size(); i++) {
                if (queue.get(i).equals(to)) return true;
                for (TableDef t : tables) {
                    if (!t.name().equals(queue.get(i))) continue;
                    for (ForeignKeyDef fk : t.foreignKeys()) if (seen.add(fk.refTable())) queue.add(fk.refTable());
                }
            }
            return false;
        }

        private void dropTables(boolean late, List<TableDef> dropLate) {
            List<TableDef> dropped = new ArrayList<>();
            for (Change c : diff.changes()) {
                if (c instanceof DropTable d && dropLate.contains(d.def()) == late && !droppedInRebuild.contains(d.def())) {
                    dropped.add(late ? afterTheRenames(d.def()) : d.def());
                }
            }
            // the rebuild's order and stand-ins: two dropped tables that each cascade to themselves and name each other
            // fail in either order of plain drops ("no such table", fz151x_12)
            // on the schema as the drops meet it: early ones run before the renames, late ones after
            SchemaDef meets = late ? before : diff.before();
            TableOrder.Drops drops = TableOrder.drops(TableOrder.childrenFirst(dropped), meets, after);
            List<TableDef> order = drops.order();
            boolean ignoreChecks = SweepReferences.checksMeetActions(order);
            if (ignoreChecks) out.add(SweepReferences.IGNORE_CHECKS);
            // after the rebuild the survivors have their new keys (none to a table dropped here) and the early drops are gone: the
            // old ones' keys to a late-dropped table's column made it one no cut may touch (a NOT NULL key left uncut, SET NULL)
            List<TableDef> standing = late ? Stream.concat(after.tables().stream(), order.stream()).toList() : meets.tables();
            List<SweepReferences.Cut> cuts = SweepReferences.cuts(order, List.of(), standing);
            for (TableDef t : order) {
                List<IndexDef> there = t.indexes().stream().filter(i -> !lateDropsIndexesGone.contains(SqliteNames.key(i.name()))).toList();
                for (IndexDef i : SweepReferences.indexesInTheWay(t.name(), there, cuts)) out.add(Ddl.dropIndex(i.name()));
            }
            out.addAll(SweepReferences.statements(cuts));
            dropWithStandIns(drops, t -> { }, meets, false);
            if (ignoreChecks) out.add(SweepReferences.ENFORCE_CHECKS);
        }

        /**
         * Indexes whose name a new table or a rebuilt table's index takes, dropped before the tables are created (tables and
         * indexes share one namespace): those dropped in place, and those of tables dropped only after the rebuild.
         */
        private void dropIndexesWhoseNameIsTaken(List<TableDef> dropLate) {
            Set<String> taken = new HashSet<>();
            for (String n : created) taken.add(SqliteNames.key(n));
            for (String n : rebuilt) after.table(n).ifPresent(t -> t.indexes().forEach(i -> taken.add(SqliteNames.key(i.name()))));
            for (Change c : diff.changes()) {
                if (c instanceof DropIndex d && !droppedEarly.contains(d) && taken.contains(SqliteNames.key(d.index().name())) && !created.contains(d.table())
                        && !rebuilt.contains(d.table()) && after.table(d.table()).isPresent()) {
                    keepKeyToTheEnd(d.table(), d.index(), false);
                    out.add(Ddl.dropIndex(d.index().name()));
                    droppedEarly.add(d);
                }
            }
            for (TableDef t : dropLate) {
                for (IndexDef i : t.indexes()) {
                    if (taken.contains(SqliteNames.key(i.name())) && lateDropsIndexesGone.add(SqliteNames.key(i.name()))) {
                        standInIfAKeyMayNeed(t, i);
                        out.add(Ddl.dropIndex(i.name()));
                    }
                }
            }
            // An index of a rebuilt table whose name a new table that must exist before the rebuild, or an index made in place
            // before it (a unique one a foreign key may need while rows are copied back), takes: dropped first, as the rebuild
            // drops it with its table anyway. One a foreign key may need until then has a copy standing in for it already
            // (standInForKeyIndexesWhoseNameIsTaken).
            Set<String> wantedEarly = namesWantedBeforeTheRebuild();
            for (String r : rebuilt) {
                TableDef old = before.table(r).orElse(null);
                if (old == null) continue;
                for (IndexDef i : old.indexes()) {
                    if (wantedEarly.contains(SqliteNames.key(i.name())) && !freedEarly.contains(SqliteNames.key(i.name())) && !aForeignKeyMayNeed(old, i)) {
                        out.add(Ddl.dropIndex(i.name()));
                        freedEarly.add(SqliteNames.key(i.name()));
                    }
                }
            }
        }

        /** Names (by key) a new table that must exist before the rebuild, one of its indexes, or an index made in place, takes. */
        private Set<String> namesWantedBeforeTheRebuild() {
            Set<String> wantedEarly = new HashSet<>();
            for (String n : created) {
                if (createdAfterRebuild.contains(n) || createdDuringRebuild.contains(n)) continue;
                wantedEarly.add(SqliteNames.key(n));
                after.table(n).ifPresent(t -> t.indexes().forEach(i -> wantedEarly.add(SqliteNames.key(i.name()))));
            }
            for (Change c : diff.changes()) {
                if (c instanceof CreateIndex ci && !created.contains(ci.table()) && !rebuilt.contains(ci.table())) wantedEarly.add(SqliteNames.key(ci.index().name()));
            }
            return wantedEarly;
        }

        /**
         * A rebuilt table's unique index that a foreign key may need until the rebuild's DROP TABLE ("foreign key mismatch"
         * otherwise), whose name a rename or something made before the rebuild takes ("there is already another table or index
         * with this name"): a copy under a free name stands in for it (the rebuild's DROP TABLE drops that too), and it goes
         * before the renames. On the table and columns as the database has them before the renames.
         */
        private void standInForKeyIndexesWhoseNameIsTaken() {
            if (rebuilt.isEmpty()) return;
            Set<String> wanted = namesWantedBeforeTheRebuild();
            Map<String, String> oldNames = new HashMap<>();
            diff.renamedTables().forEach((from, to) -> {
                wanted.add(SqliteNames.key(to));
                oldNames.put(to, from);
            });
            for (String r : rebuilt) {
                TableDef old = before.table(r).orElse(null);
                TableDef asItIs = diff.before().table(oldNames.getOrDefault(r, r)).orElse(null);
                if (old == null || asItIs == null) continue;
                for (IndexDef i : old.indexes()) {
                    if (!wanted.contains(SqliteNames.key(i.name())) || !aForeignKeyMayNeed(old, i)) continue;
                    IndexDef now = SqliteNames.find(asItIs.indexes(), IndexDef::name, i.name()).orElse(null);
                    if (now == null) continue;
                    keepCopy(asItIs.name(), i.name(), now.keys(), now.where());
                    out.add(Ddl.dropIndex(i.name()));
                    freedEarly.add(SqliteNames.key(i.name()));
                }
            }
        }

        /** Whether a foreign key of the old schema points at exactly the columns of this unique index of {@code t}. */
        private boolean aForeignKeyMayNeed(TableDef t, IndexDef i) {
            if (!i.unique() || i.hasExpressions()) return false;
            Set<String> cols = new HashSet<>(i.columns());
            return before.tables().stream().anyMatch(other -> keyPointsAt(other, t.name(), cols));
        }

        private void createTables(boolean afterRebuild) {
            List<TableDef> defs = new ArrayList<>();
            for (String n : created) {
                if (createdAfterRebuild.contains(n) == afterRebuild && !createdDuringRebuild.contains(n)) defs.add(after.table(n).orElseThrow());
            }
            createTablesNamed(defs);
        }

        /** New tables, parents first, with their indexes (deferred when the name still belongs to another index). */
        private void createTablesNamed(List<TableDef> defs) {
            for (TableDef t : TableOrder.parentsFirst(defs)) {
                out.add(Ddl.createTable(t));
                for (IndexDef i : t.indexes()) {
                    if (indexNameInUse(i.name(), false)) {
                        deferredIndexes.add(Map.entry(t.name(), i));
                        // not for a name an in-place drop frees, before the rebuild (createIndexesOfCreatedTables(true))
                        if (indexNameInUse(i.name(), true)) standInWhileTheNameIsHeld(t.name(), i);
                    }
                    else out.add(Ddl.createIndex(t.name(), i));
                }
            }
        }

        /**
         * A new table's indexes whose name another table gives up: after the in-place drops those they free, at the
         * end the rest (freed by a rebuild or a late drop).
         */
        private void createIndexesOfCreatedTables(boolean onlyFreedInPlace) {
            for (var it = deferredIndexes.iterator(); it.hasNext(); ) {
                Map.Entry<String, IndexDef> e = it.next();
                if (onlyFreedInPlace && indexNameInUse(e.getValue().name(), true)) continue;
                out.add(Ddl.createIndex(e.getKey(), e.getValue()));
                it.remove();
            }
        }

        private void inPlaceChanges() {
            for (Map.Entry<String, List<Change>> e : byTable.entrySet()) {
                String table = e.getKey();
                if (created.contains(table) || rebuilt.contains(table) || after.table(table).isEmpty()) continue;
                for (Change c : e.getValue()) {
                    if (c instanceof DropIndex d && !droppedEarly.contains(d)) {
                        keepKeyToTheEnd(table, d.index(), false);
                        out.add(Ddl.dropIndex(d.index().name()));
                    }
                }
                // Columns are added before others are dropped (SQLite will not drop a table's last column), except one whose name an
                // added column takes in another case ("duplicate column name" otherwise); a generated column goes before the columns
                // it reads, generated ones too ("no such column" otherwise).
                Set<String> droppedFirst = RebuildDecision.droppedBeforeTheAdds(e.getValue());
                List<DropColumn> generatedDrops = new ArrayList<>();
                for (Change c : e.getValue()) if (c instanceof DropColumn d && d.column().generated() != null) generatedDrops.add(d);
                List<DropColumn> drops = new ArrayList<>(readersFirst(generatedDrops));
                for (Change c : e.getValue()) if (c instanceof DropColumn d && d.column().generated() == null) drops.add(d);
                for (DropColumn d : drops) if (droppedFirst.contains(SqliteNames.key(d.column().name()))) out.add(Ddl.dropColumn(table, currentName(table, d.column())));
                for (Change c : e.getValue()) {
                    if (c instanceof AddColumn a) out.add(Ddl.addColumn(table, a.column(), inlineFks.get(table + "\u0000" + a.column().name())));
                }
                for (Change c : e.getValue()) {
                    // a virtual generated column whose expression alone changes (RebuildDecision.virtualExpressionChangeInPlace),
                    // after the added columns, which its new expression may read ("no such column" otherwise)
                    if (c instanceof AlterColumn a) {
                        out.add(Ddl.dropColumn(table, a.after().name()));
                        out.add(Ddl.addColumn(table, a.after(), null));
                    }
                }
                for (DropColumn d : drops) if (!droppedFirst.contains(SqliteNames.key(d.column().name()))) out.add(Ddl.dropColumn(table, currentName(table, d.column())));
            }
        }

        /** Dropped generated columns, each before the dropped generated columns it reads (declaration order otherwise). */
        private static List<DropColumn> readersFirst(List<DropColumn> drops) {
            List<DropColumn> left = new ArrayList<>(drops);
            List<DropColumn> ordered = new ArrayList<>();
            while (!left.isEmpty()) {
                DropColumn next = left.stream()
                        .filter(d -> left.stream().noneMatch(o -> o != d && mentions(o.column().generated().as(), d.column().name())))
                        .findFirst().orElse(left.get(0));   // a cycle SQLite would not have taken
                ordered.add(next);
                left.remove(next);
            }
            return ordered;
        }

        /** A dropped column's name when the drop runs: its own, or the one it was moved aside to. */
        private String currentName(String table, ColumnDef dropped) {
            return droppedColumnsAside.getOrDefault(table + "\u0000" + dropped.name(), dropped.name());
        }

        // ---- rebuilds ----

        private void rebuild() {
            Set<String> stashed = stashClosure();
            List<TableDef> group = new ArrayList<>();
            for (String t : rebuilt) group.add(asBuilt(after.table(t).orElseThrow()));
            for (String t : stashed) group.add(after.table(t).orElseThrow());
            List<TableDef> parentsFirst = TableOrder.parentsFirst(group, before);
            if (stashed.isEmpty() && rebuilt.size() == 1 && simpleRebuildIsSafe(rebuilt.iterator().next())) {
                simpleRebuild(group.get(0));
                return;
            }
            for (TableDef t : parentsFirst) out.add("CREATE TABLE " + Ddl.id(backup(t.name())) + " AS SELECT * FROM " + Ddl.id(t.name()) + ";");
            List<TableDef> childrenFirst = new ArrayList<>(parentsFirst);
            java.util.Collections.reverse(childrenFirst);
            // Empty the restored tables while every table they reference still exists (a write to a
            // child whose parent is gone fails with "no such table", also in a cycle of references);
            // then a drop of a rebuilt table has no child rows left to cascade to.
            List<TableDef> droppedTables = new ArrayList<>();
            for (TableDef t : childrenFirst) if (rebuilt.contains(t.name())) droppedTables.add(t);
            // a dropped table that the drops would reach with another of its parents gone goes among them (RebuildDecision)
            droppedTables.addAll(droppedInRebuild);
            TableOrder.Drops drops = TableOrder.drops(droppedTables, beforeWhileDropping, after);
            List<TableDef> swept = new ArrayList<>();   // as they are now, in the order their rows go
            for (TableDef t : childrenFirst) if (!rebuilt.contains(t.name())) swept.add(before.table(t.name()).orElseThrow());
            // the rebuilt ones as their DROP TABLEs delete them: in a cycle that order is not children first, and the cuts must
            // see which rows are still there when a parent's go (fz493d_1: SET NULL into a NOT NULL key of the other table)
            // and a table dropped among them (RebuildDecision): its rows go at its turn, and its keys act until then (fz583n_2:
            // SET DEFAULT into a NOT NULL key of such a table, reached through a cascade from a rebuilt table dropped before it)
            for (TableDef t : drops.order()) {
                if (rebuilt.contains(t.name())) swept.add(before.table(t.name()).orElseThrow());
                else if (droppedInRebuild.contains(t)) swept.add(t);
            }
            // tables dropped after the rebuild still hold their rows while it runs, and in a cycle the sweep's actions reach them
            List<TableDef> goingLater = new ArrayList<>();
            for (Change c : diff.changes()) {
                // not one dropped among the rebuild's drops (RebuildDecision): swept above, at its turn (listed twice, an index in the
                // way of its cut was dropped twice, fz875n_0: "no such index")
                if (c instanceof DropTable d && droppedLate.contains(SqliteNames.key(d.def().name())) && !droppedInRebuild.contains(d.def())) {
                    goingLater.add(whileRebuilding(afterTheRenames(d.def())));
                }
            }
            List<TableDef> there = afterTheEarlyDrops();
            boolean ignoreChecks = SweepReferences.checksMeetActions(swept, goingLater, there);
            if (ignoreChecks) out.add(SweepReferences.IGNORE_CHECKS);
            List<SweepReferences.Cut> cuts = SweepReferences.cuts(swept, goingLater, there);
            List<Map.Entry<String, IndexDef>> remade = dropIndexesInTheWayOfCuts(swept, goingLater, cuts);
            out.addAll(SweepReferences.statements(cuts));
            for (TableDef t : childrenFirst) if (!rebuilt.contains(t.name())) out.add("DELETE FROM " + Ddl.id(t.name()) + ";");
            // DROP TABLE deletes the table's counter: it waits under the backup's name
            dropWithStandIns(drops, t -> {
                if (!droppedInRebuild.contains(t) && keepsCounter(t)) out.add(moveCounter(t.name(), backup(t.name())));
            }, before, true);
            if (ignoreChecks) out.add(SweepReferences.ENFORCE_CHECKS);
            // New tables a rebuilt one names but the drops above reach with another parent gone: only now, before rows come back.
            List<TableDef> during = new ArrayList<>();
            for (String n : createdDuringRebuild) during.add(after.table(n).orElseThrow());
            createTablesNamed(during);
            // Every table and its indexes exist before any row goes back: a foreign key may point at a
            // column that only a unique index makes a valid target ("foreign key mismatch" otherwise).
            for (TableDef t : parentsFirst) {
                if (!rebuilt.contains(t.name())) continue;
                out.add(Ddl.createTable(t));
                if (keepsCounter(t)) out.add(moveCounter(backup(t.name()), t.name()));
                for (IndexDef i : t.indexes()) createIndexOfRebuilt(t.name(), i);
            }
            for (TableDef t : parentsFirst) {
                if (rebuilt.contains(t.name())) {
                    copyRows(t, backup(t.name()));
                } else {
                    List<String> cols = insertableColumns(t);
                    out.add("INSERT INTO " + Ddl.id(t.name()) + "(" + Ddl.ids(cols) + ") SELECT " + Ddl.ids(cols) + " FROM " + Ddl.id(backup(t.name())) + ";");
                }
            }
            for (Map.Entry<String, IndexDef> e : remade) out.add(Ddl.createIndex(e.getKey(), e.getValue()));
            for (TableDef t : parentsFirst) out.add(Ddl.dropTable(backup(t.name())));
            if (!stashed.isEmpty()) {
                warnings.add("Rebuilding " + names(rebuilt) + " also copies and restores the rows of " + names(stashed)
                        + ", whose foreign keys would otherwise delete or change them (ON DELETE CASCADE / SET NULL / SET DEFAULT / RESTRICT, or ON UPDATE on a key the rebuild's own ON DELETE SET NULL / SET DEFAULT writes)."
                        + " Their DELETE and INSERT triggers, if any, fire during the copy.");
            }
        }

        /**
         * Drops the indexes the rebuild's cuts would break ({@link SweepReferences#indexesInTheWay}), of the indexes each swept
         * table has at that point: a rebuilt table's old ones (less those dropped before the renames), a kept one's as the
         * schema after has them (less new ones made only at the end), a table dropped later its own. Returns those of kept
         * tables, to be made again once their rows are back; a rebuilt table's come with it, a dropped table's go.
         */
        private List<Map.Entry<String, IndexDef>> dropIndexesInTheWayOfCuts(List<TableDef> swept, List<TableDef> goingLater, List<SweepReferences.Cut> cuts) {
            List<Map.Entry<String, IndexDef>> remade = new ArrayList<>();
            if (cuts.isEmpty()) return remade;
            List<TableDef> all = new ArrayList<>(swept);
            all.addAll(goingLater);
            for (TableDef t : all) {
                boolean kept = !rebuilt.contains(t.name()) && !goingLater.contains(t) && !droppedInRebuild.contains(t);
                List<IndexDef> there;
                if (kept) {
                    Set<String> later = new HashSet<>();
                    for (CreateIndex ci : indexesLater) if (ci.table().equals(t.name())) later.add(SqliteNames.key(ci.index().name()));
                    there = after.table(t.name()).map(TableDef::indexes).orElse(List.of()).stream().filter(i -> !later.contains(SqliteNames.key(i.name()))).toList();
                } else {
                    there = t.indexes().stream().filter(i -> !freedEarly.contains(SqliteNames.key(i.name())) && !lateDropsIndexesGone.contains(SqliteNames.key(i.name()))).toList();
                }
                for (IndexDef i : SweepReferences.indexesInTheWay(t.name(), there, cuts)) {
                    out.add(Ddl.dropIndex(i.name()));
                    if (kept) remade.add(Map.entry(t.name(), i));
                }
            }
            return remade;
        }

        /**
         * The table as the rebuild creates it. One rebuilt only to add columns that drizzle-kit adds with ALTER TABLE (which
         * SQLite takes on an empty table) gets them after its other columns, where ALTER TABLE puts them, so the table ends up
         * as drizzle-kit's does; declared in the middle, they would stand elsewhere. Not when drizzle-kit rebuilds the table
         * anyway (a foreign key to a renamed table): its rebuild follows the declaration. The other columns keep the snapshot's
         * order; against a live database ({@link #planOnLive}) the declared order, which the snapshot would hold.
         */
        private TableDef asBuilt(TableDef t) {
            if (!rebuiltOnlyToAddColumns.contains(t.name())) return t;
            Set<String> renamedTo = new HashSet<>();
            for (Change c : diff.changes()) if (c instanceof RenameTable r) renamedTo.add(r.to());
            if (t.foreignKeys().stream().anyMatch(fk -> renamedTo.contains(fk.refTable()))) return t;
            TableDef old = before.table(t.name()).orElseThrow();
            List<ColumnDef> columns = new ArrayList<>();
            if (beforeIsLive) {
                for (ColumnDef c : t.columns()) if (old.column(c.name()).isPresent()) columns.add(c);
            } else {
                for (ColumnDef o : old.columns()) t.column(o.name()).ifPresent(columns::add);
            }
            for (ColumnDef c : t.columns()) if (old.column(c.name()).isEmpty()) columns.add(c);
            return t.withColumns(columns);
        }

        /**
         * drizzle-kit's shape (new table, copy, drop, rename) copies rows once. It is only safe when
         * no foreign key points at the table (dropping it then touches nothing else), no view can break
         * the RENAME, and no CHECK names the table (it would name the temporary table).
         */
        private boolean simpleRebuildIsSafe(String table) {
            if (!before.views().isEmpty() || !after.views().isEmpty()) return false;
            for (SchemaDef s : List.of(before, after)) {
                for (TableDef t : s.tables()) for (ForeignKeyDef fk : t.foreignKeys()) if (fk.refTable().equals(table)) return false;
            }
            for (var ch : after.table(table).orElseThrow().checks()) if (mentions(ch.expression(), table)) return false;
            return true;
        }

        private void simpleRebuild(TableDef t) {
            String tmp = tempNames.free("__new_" + t.name());
            out.add(Ddl.createTable(t, tmp));
            if (keepsCounter(t)) {
                out.add("INSERT INTO sqlite_sequence (name, seq) SELECT " + Ddl.literal(tmp) + ", seq FROM sqlite_sequence WHERE name = "
                        + Ddl.literal(t.name()) + ";");
            }
            copyRows(t.withName(tmp), t.name(), t.name());
            out.add(Ddl.dropTable(t.name()));
            out.add(Ddl.renameTable(tmp, t.name()));
            for (IndexDef i : t.indexes()) createIndexOfRebuilt(t.name(), i);
        }

        /**
         * AUTOINCREMENT promises that an id is never handed out twice, and SQLite keeps that promise with the
         * table's row in sqlite_sequence. A rebuild copies the rows into a new table, whose counter would start
         * from the highest id left: the ids of deleted rows would come back (drizzle-kit's rebuild does that).
         * The counter is carried over when the table is AUTOINCREMENT before and after.
         */
        private boolean keepsCounter(TableDef t) {
            return autoincrement(t) && before.table(t.name()).map(SqlitePlanner::autoincrement).orElse(false);
        }

        private static String moveCounter(String from, String to) {
            return "UPDATE sqlite_sequence SET name = " + Ddl.literal(to) + " WHERE name = " + Ddl.literal(from) + ";";
        }

        /** A rebuilt table's index, unless its name still belongs to a table dropped after the rebuild: then after that drop. */
        private void createIndexOfRebuilt(String table, IndexDef i) {
            if (droppedLate.contains(SqliteNames.key(i.name()))) {
                rebuiltIndexesLater.add(Map.entry(table, i));
                standInWhileTheNameIsHeld(table, i);
            } else {
                out.add(Ddl.createIndex(table, i));
            }
        }

        private void copyRows(TableDef target, String source) {
            copyRows(target, source, target.name());
        }

        /** INSERT INTO target SELECT from source, mapping every column the old table had. */
        private void copyRows(TableDef target, String source, String logicalName) {
            TableDef old = before.table(logicalName).orElseThrow();
            List<String> cols = new ArrayList<>();
            List<String> exprs = new ArrayList<>();
            // An INTEGER PRIMARY KEY is the rowid: a NULL written to it (or no value) takes the next free id, as SQLite numbers rows.
            String rowid = target.hasRowidAlias() ? target.primaryKeyColumns().get(0) : null;
            boolean wasRowid = rowid != null && old.hasRowidAlias() && old.primaryKeyColumns().get(0).equals(rowid);
            for (ColumnDef c : target.columns()) {
                if (c.generated() != null) {
                    String regenerated = regeneratedUnderConstraints(old, target.withName(logicalName), c);
                    if (regenerated != null) warnings.add(regenerated);
                    continue;
                }
                // a column that was generated and is now plain keeps the values it showed (a SELECT reads a generated column too)
                var prev = old.column(c.name());
                if (prev.isPresent()) {
                    cols.add(c.name());
                    String src = Ddl.id(renamedInRebuild.getOrDefault(SqliteNames.key(logicalName), Map.of()).getOrDefault(SqliteNames.key(c.name()), c.name()));
                    if (c.name().equals(rowid)) {
                        exprs.add(src);
                        if (!wasRowid && !prev.get().notNull()) {
                            warnings.add("\"" + logicalName + "\".\"" + c.name() + "\" becomes the INTEGER PRIMARY KEY: rows holding NULL in it get"
                                    + " the next free ids.");
                        }
                    } else if (c.notNull() && !prev.get().notNull()) {
                        String fill = fillValue(c);
                        exprs.add("coalesce(" + src + ", " + fill + ")");
                        String parent = target.foreignKeys().stream().filter(fk -> fk.columns().contains(c.name())).map(ForeignKeyDef::refTable)
                                .findFirst().orElse(null);
                        warnings.add("\"" + logicalName + "\".\"" + c.name() + "\" becomes NOT NULL: rows holding NULL get " + fill + "."
                                + (parent == null ? "" : " It references \"" + parent + "\": unless a row of it has that key, such rows break the"
                                + " foreign key and the migration fails at commit (nothing changes); give the column a default that exists, or"
                                + " fill it in a custom migration first.") + checksOnFill(target.withName(logicalName), c.name(), fill)
                                + uniquesOnFill(target.withName(logicalName), c.name(), fill));
                    } else {
                        exprs.add(src);
                    }
                    String merged = convertedUnderConstraints(old, target.withName(logicalName), prev.get(), c);
                    if (merged != null) warnings.add(merged);
                    String collated = collatedUnderKeys(target.withName(logicalName), prev.get(), c);
                    if (collated != null) warnings.add(collated);
                } else if (c.name().equals(rowid)) {
                    warnings.add("\"" + logicalName + "\".\"" + c.name() + "\" is a new INTEGER PRIMARY KEY: existing rows are numbered 1, 2, … in the order they are copied.");
                } else if (c.defaultValue() == null && c.notNull()) {
                    String fill = fillValue(c);
                    cols.add(c.name());
                    exprs.add(fill);
                    warnings.add("\"" + logicalName + "\".\"" + c.name() + "\" is added NOT NULL without a default: existing rows get "
                            + fill + ". Declare a default to choose the value." + checksOnFill(target.withName(logicalName), c.name(), fill)
                            + uniquesOnFill(target.withName(logicalName), c.name(), fill));
                }
                // A new column with a default (constant or expression) takes it for every copied row.
            }
            if (cols.isEmpty()) {
                // No column carries over (all replaced): the rows stay, with the new columns' defaults.
                String alias = SqliteNames.rowidAlias(target.columnNames());
                if (alias != null) out.add("INSERT INTO " + Ddl.id(target.name()) + "(" + Ddl.id(alias) + ") SELECT NULL FROM " + Ddl.id(source) + ";");
                return;
            }
            out.add("INSERT INTO " + Ddl.id(target.name()) + "(" + Ddl.ids(cols) + ") SELECT " + String.join(", ", exprs)
                    + " FROM " + Ddl.id(source) + ";");
        }

        /** The CHECKs reading a column that rows are filled in: one the fill value breaks fails the copy (a CHECK (qty > 0) and 0). */
        private static String checksOnFill(TableDef target, String column, String fill) {
            List<String> readers = readersOf(target, column);
            List<CheckDef> reading = target.checks().stream().filter(ch -> readers.stream().anyMatch(r -> mentions(ch.expression(), r))).toList();
            // one reading nothing but the filled column is decided on a row holding the fill: kept, or broken by every such row
            List<CheckDef> broken = new ArrayList<>();
            List<CheckDef> undecided = new ArrayList<>();   // they read more than the filled column: the fill may pass or not
            for (CheckDef ch : reading) {
                Boolean kept = onFillAlone(target, ch.expression(), column, fill, OneRowTrial::keeps);
                if (kept == Boolean.FALSE) broken.add(ch);
                else if (kept == null) undecided.add(ch);
            }
            if (!broken.isEmpty()) {
                List<String> via = readers.subList(1, readers.size()).stream().filter(r -> broken.stream().anyMatch(ch -> mentions(ch.expression(), r))).toList();
                return " CHECK " + String.join(", ", broken.stream().map(ch -> "\"" + ch.name() + "\"").toList()) + " read" + (broken.size() == 1 ? "s" : "")
                        + " it" + through(via) + ": " + fill + " breaks " + (broken.size() == 1 ? "it" : "them") + ", so any such row breaks " + (broken.size() == 1 ? "it" : "them")
                        + " and the migration fails (nothing changes); give the column a default that passes, or fill it in a custom migration first.";
            }
            List<String> names = undecided.stream().map(ch -> "\"" + ch.name() + "\"").toList();
            if (names.isEmpty()) return "";
            List<String> through = readers.subList(1, readers.size()).stream()
                    .filter(r -> target.checks().stream().anyMatch(ch -> mentions(ch.expression(), r))).toList();
            return " CHECK " + String.join(", ", names) + " read" + (names.size() == 1 ? "s" : "") + " it" + through(through) + ": unless " + fill
                    + " passes, such rows break it"
                    + " and the migration fails (nothing changes); give the column a default that passes, or fill it in a custom migration first.";
        }

        /**
         * The UNIQUE indexes holding a column whose NULLs are filled: NULLs never collide, the one fill value does, so two rows
         * filled alike (or one beside a row already holding the value) break it ("UNIQUE constraint failed") and the copy fails.
         */
        private String uniquesOnFill(TableDef target, String column, String fill) {
            List<String> readers = readersOf(target, column);
            // one kept apart by an old key among its columns (UNIQUE (a, b) over the old UNIQUE (a)) stays apart unless that key is filled
            java.util.function.Function<IndexDef, IndexDef> apart = i -> java.util.Objects.requireNonNullElse(apartBy(target.name(), i), i);
            // one holding the primary key too keeps every row's key apart, whatever the fill
            java.util.Set<String> pk = target.primaryKeyColumns().stream().map(SqliteNames::key).collect(java.util.stream.Collectors.toSet());
            // a partial one whose WHERE, read on the fill alone, leaves the filled rows out (WHERE handle <> '' filled with '') takes none
            java.util.function.Predicate<IndexDef> leavesOut = i -> i.where() != null
                    && onFillAlone(target, i.where(), column, fill, OneRowTrial::enters) == Boolean.FALSE;
            List<IndexDef> holding = target.indexes().stream().filter(IndexDef::unique)
                    .filter(i -> pk.isEmpty() || i.hasExpressions() || !i.columns().stream().map(SqliteNames::key).toList().containsAll(pk))
                    .filter(i -> readers.stream().anyMatch(r -> holds(apart.apply(i), r))).filter(leavesOut.negate()).toList();
            // a partial one whose WHERE reads it takes the filled rows in with their keys (WHERE published IS NOT NULL)
            List<String> taking = target.indexes().stream().filter(i -> i.unique() && i.where() != null && !holding.contains(i) && apart.apply(i) == i)
                    .filter(i -> pk.isEmpty() || i.hasExpressions() || !i.columns().stream().map(SqliteNames::key).toList().containsAll(pk))
                    .filter(i -> readers.stream().anyMatch(r -> mentions(i.where(), r))).filter(leavesOut.negate())
                    .map(i -> "\"" + i.name() + "\"").toList();
            String wheres = taking.isEmpty() ? "" : " UNIQUE index" + (taking.size() == 1 ? " " : "es ") + String.join(", ", taking) + " read"
                    + (taking.size() == 1 ? "s" : "") + " it in " + (taking.size() == 1 ? "its" : "their") + " WHERE: such rows may then enter it, and"
                    + " where two of them (or one and a row already in it) share a key, they break it and the migration fails (nothing changes);"
                    + " give them values in a custom migration first.";
            // a composite (or text) primary key holding it: its NULLs were apart as a unique index's are, the one fill value is not
            boolean pkHolds = !target.hasRowidAlias() && readers.stream().anyMatch(r -> pk.contains(SqliteNames.key(r)));
            if (holding.isEmpty() && !pkHolds) return wheres;
            List<String> names = holding.stream().map(i -> "\"" + i.name() + "\"").toList();
            List<String> through = readers.subList(1, readers.size()).stream().filter(r -> holding.stream().anyMatch(i -> holds(apart.apply(i), r))
                    || pkHolds && pk.contains(SqliteNames.key(r))).toList();
            List<String> subjects = new ArrayList<>();
            if (pkHolds) subjects.add("The primary key");
            if (!names.isEmpty()) subjects.add("UNIQUE index" + (names.size() == 1 ? " " : "es ") + String.join(", ", names));
            return " " + String.join(" and ", subjects) + " hold" + (names.size() + (pkHolds ? 1 : 0) == 1 ? "s" : "") + " it"
                    + through(through) + ": where two"
                    + " such rows (or one and a row already holding " + fill + ") then share a key, they break it and the migration fails (nothing"
                    + " changes); give them values in a custom migration first." + wheres;
        }

        /** {@code trial} of {@code sql} on a row holding {@code fill} in {@code column}, where {@code sql} reads nothing else; else null. */
        private static Boolean onFillAlone(TableDef target, String sql, String column, String fill,
                                           TriFunction<TableDef, String, Map<String, String>, Boolean> trial) {
            if (!OneRowTrial.readsOnly(target, sql, Set.of(column))) return null;
            return trial.apply(target, sql, Map.of(column, fill));
        }

        private interface TriFunction<A, B, C, R> {
            R apply(A a, B b, C c);
        }

        /**
         * A retype whose copy can turn two values into one (texts '007' and '7' into 7; integers past 2^53 into one double; an
         * untyped column's 10 and '10' into '10') under a UNIQUE index or the primary key: two rows that were apart then share a key
         * and the copy fails; a kept CHECK reading a column whose values the copy changes (a number turned text, 5.0 turned 5, 5
         * turned 5.0) meets values it never saw, and one comparing a column made BLOB answers otherwise ('3' <= 5); a partial
         * UNIQUE index whose WHERE reads it so may take other rows. Null where none of these can happen.
         */
        private String convertedUnderConstraints(TableDef old, TableDef target, ColumnDef before, ColumnDef after) {
            if (before.generated() != null || after.generated() != null) return null;
            return converted(old, target, before, after);
        }

        /** {@link #convertedUnderConstraints} for a column plain or generated (one whose expression stays: {@link #regeneratedUnderConstraints}). */
        private String converted(TableDef old, TableDef target, ColumnDef before, ColumnDef after) {
            dev.godwit.schema.model.Affinity from = before.affinity(), to = after.affinity();
            if (from == to) return null;
            boolean numericFrom = from != dev.godwit.schema.model.Affinity.TEXT && from != dev.godwit.schema.model.Affinity.BLOB;
            boolean numericTo = to != dev.godwit.schema.model.Affinity.TEXT && to != dev.godwit.schema.model.Affinity.BLOB;
            boolean texts = !numericFrom && numericTo;
            boolean rounds = to == dev.godwit.schema.model.Affinity.REAL && numericFrom;
            // a real with no fraction becomes an integer, which a CHECK computes with otherwise: 5.0 / 2 was 2.5, 5 / 2 is 2
            boolean integral = from == dev.godwit.schema.model.Affinity.REAL && numericTo;
            // numbers become texts, which a CHECK compares as text: 10 >= 2 held, '10' >= 2 (2 taken as '2') does not; an untyped
            // (BLOB) column's 10 and '10' become one text, a numeric column holds no text that reads as a number
            boolean toText = to == dev.godwit.schema.model.Affinity.TEXT;
            boolean merges = texts || rounds || toText && from == dev.godwit.schema.model.Affinity.BLOB;
            // the values stay, but nothing compared with the column takes its type any more ('3' <= 5 held as '3' <= '5')
            boolean toBlob = to == dev.godwit.schema.model.Affinity.BLOB;
            if (!texts && !rounds && !integral && !toText && !toBlob) return null;   // INTEGER <-> NUMERIC: the same values, compared alike
            List<String> readers = readersOf(target, after.name());
            // the other columns that keep their affinity and values, which a comparison with the column made BLOB may answer alike
            java.util.function.Function<String, dev.godwit.schema.model.Affinity> others = key -> key.equals(SqliteNames.key(after.name())) ? null
                    : byKey(target, key).filter(c -> c.generated() == null).flatMap(c -> byKey(old, key).filter(o -> o.generated() == null
                    && o.affinity() == c.affinity()).map(o -> c.affinity())).orElse(null);
            // retyped to BLOB, a generated column follows only where it compares the column itself (x > 5, not x || '')
            if (toBlob) readers = readers.stream().filter(r -> r.equals(after.name()) || target.column(r).map(g -> g.generated() != null
                    && AffinityComparisons.dependsOn(g.generated().as(), target.name(), after.name(), from, others)).orElse(false)).toList();
            List<String> affected = readers;
            // read by a CHECK or WHERE: retyped to BLOB, only a comparison of the column itself answers otherwise
            java.util.function.Predicate<String> reads = sql -> affected.stream().anyMatch(r -> toBlob && r.equals(after.name())
                    ? AffinityComparisons.dependsOn(sql, target.name(), r, from, others) : mentions(sql, r));
            List<String> names = new ArrayList<>();
            List<String> pk = target.primaryKeyColumns();
            // only keys the table had (KeptUniques): a new primary key or UNIQUE index over a retyped column gets db:generate's "New ..." warning
            if (primaryKeyHolds(target, readers)) names.add("The primary key");
            List<IndexDef> kept = target.indexes().stream().filter(i -> keptUnique(old, target.name(), i)).toList();
            // one kept apart by an old key it holds breaks only where that key's values change
            java.util.function.Predicate<String> held = r -> kept.stream().anyMatch(i -> holds(apartBy(target.name(), i), r));
            for (IndexDef i : kept) {
                if (readers.stream().anyMatch(r -> holds(apartBy(target.name(), i), r))) names.add("UNIQUE index \"" + i.name() + "\"");
            }
            // a CHECK the table keeps that reads it meets the converted values (CHECK (length("code") = 3) and '007' become 7)
            List<CheckDef> checks = target.checks().stream().filter(ch -> reads.test(ch.expression()))
                    .filter(ch -> keptCheck(old, target.name(), ch)).toList();
            // no two values of the column become one, but a generated column computed from it may get other values (x / 2 of 4.0
            // and 5.0 was 2.0 and 2.5, of 4 and 5 is 2 and 2; x > 5 of '3' held as '3' > '5' and does not after BLOB): the UNIQUE
            // indexes holding such a column may then find two rows sharing a key
            List<String> computed = merges ? List.of() : readers.subList(1, readers.size()).stream()
                    .filter(r -> kept.stream().anyMatch(i -> holds(apartBy(target.name(), i), r))).toList();
            List<String> computedNames = merges ? List.of() : kept.stream()
                    .filter(i -> computed.stream().anyMatch(r -> holds(apartBy(target.name(), i), r))).map(i -> "UNIQUE index \"" + i.name() + "\"").toList();
            if (!merges) names.clear();   // no two values become one
            // a partial one whose WHERE reads it compares the converted values otherwise ('10' > 5 was false, 10 > 5 is true), so it
            // may take rows it left out, whose keys may collide (not one kept apart by an old key whose values stay)
            List<IndexDef> taking = kept.stream().filter(i -> i.where() != null && reads.test(i.where()) && apartBy(target.name(), i) == i
                    && !names.contains("UNIQUE index \"" + i.name() + "\"") && !computedNames.contains("UNIQUE index \"" + i.name() + "\"")).toList();
            if (names.isEmpty() && checks.isEmpty() && taking.isEmpty() && computedNames.isEmpty()) return null;
            StringBuilder w = new StringBuilder("\"" + target.name() + "\".\"" + after.name() + "\" changes type " + before.type() + " -> " + after.type() + ": ");
            if (!names.isEmpty()) {
                List<String> through = readers.subList(1, readers.size()).stream().filter(held).toList();
                w.append(texts ? "texts that read as the same number become one value ('007' and '7' both become 7). "
                                : toText ? "a number and a text that reads the same become one value (10 and '10' both become '10'). "
                                : "integers beyond 2^53 may round to one value (9007199254740992 and 9007199254740993 both become 9007199254740992.0). ")
                        .append(String.join(", ", names)).append(names.size() == 1 ? " holds" : " hold").append(" it").append(through(through))
                        .append(": where two rows then share a key, they break it and the migration fails (nothing changes); make those values distinct"
                                + " in a custom migration first.");
            } else if (toText) {
                w.append("a number becomes a text (10 becomes '10'), which compares as text with what it meets: 10 >= 2 held, '10' >= 2 does not.");
            } else if (toBlob) {
                w.append(numericFrom ? "the values stay, but what it is compared with is no longer read as a number: 10 > '5' held (as 10 > 5), and"
                        + " does not now (a number sorts before every text)."
                        : "the values stay, but what it is compared with is no longer read as text: '3' <= 5 held (as '3' <= '5'), and does not now"
                        + " (a text sorts after every number).");
            } else if (integral) {
                w.append("a real with no fraction becomes an integer (5.0 becomes 5), which computes otherwise: 5.0 / 2 is 2.5, 5 / 2 is 2,"
                        + " and typeof() says 'integer'.");
            } else {
                w.append(texts ? "a text that reads as a number becomes that number ('007' becomes 7)."
                        : "an integer becomes a real (5 becomes 5.0), which computes otherwise: 5 / 2 is 2, 5.0 / 2 is 2.5, and typeof() says 'real';"
                        + " integers beyond 2^53 are rounded (9007199254740993 becomes 9007199254740992.0).");
            }
            if (!computedNames.isEmpty()) {
                w.append(" ").append(String.join(", ", computedNames)).append(computedNames.size() == 1 ? " holds" : " hold").append(" it").append(through(computed))
                        .append(", whose values are computed anew from it and may differ: where two rows then share a key, they break ")
                        .append(computedNames.size() == 1 ? "it" : "them").append(" and the migration fails (nothing changes); make those values distinct"
                                + " in a custom migration first.");
            }
            if (!checks.isEmpty()) {
                List<String> through = readers.subList(1, readers.size()).stream().filter(r -> checks.stream().anyMatch(ch -> mentions(ch.expression(), r))).toList();
                w.append(" CHECK ").append(String.join(", ", checks.stream().map(ch -> "\"" + ch.name() + "\"").toList())).append(checks.size() == 1 ? " reads" : " read")
                        .append(" it").append(through(through)).append(toBlob ? ": unless its values pass " : ": unless the converted values pass ")
                        .append(checks.size() == 1 ? "it" : "them").append(toBlob ? " so compared" : "").append(", they break ").append(checks.size() == 1 ? "it" : "them")
                        .append(" and the migration fails (nothing changes); fix those values in a custom migration first.");
            }
            for (IndexDef i : taking) {
                w.append(" UNIQUE index \"").append(i.name()).append("\" takes its rows by it (WHERE ").append(i.where()).append("): the ")
                        .append(toBlob ? "values compare" : rounds || integral ? "converted values may compare" : "converted values compare").append(" otherwise there, so it may take rows it left out, and where two"
                        + " then share a key they break it and the migration fails (nothing changes); make those keys distinct in a custom migration first.");
            }
            return w.toString();
        }

        /**
         * Whether the primary key of {@code target}, kept from before ({@link KeptUniques#primaryKeyKeptBy}), can come to hold two rows
         * alike through a change of one of {@code readers}: every old key that kept its rows apart holds one of them. The rowid
         * (INTEGER PRIMARY KEY) has its own rules and message; a composite or text key is an index like the others.
         */
        private boolean primaryKeyHolds(TableDef target, List<String> readers) {
            if (target.hasRowidAlias()) return false;
            if (keptUniques == null) keptUniques = new KeptUniques(diff);
            List<List<String>> apart = keptUniques.primaryKeyKeptBy(target.name(), target.primaryKeyColumns());
            return !apart.isEmpty() && apart.stream().allMatch(k -> readers.stream().anyMatch(r -> k.stream().anyMatch(c -> SqliteNames.key(c).equals(SqliteNames.key(r)))));
        }

        /**
         * A column whose collation changes to one that takes more texts for equal ({@link Collations}: BINARY to NOCASE, say) under a
         * key the table keeps that compares it so (a plain column key; one with its own COLLATE keeps that): 'A' and 'a' were apart
         * and now share a key, and the copy fails. The query that finds such rows groups them as the new collation does.
         */
        private String collatedUnderKeys(TableDef target, ColumnDef before, ColumnDef after) {
            String to = after.collation();
            String equal = Collations.newlyEqual(before.collation(), to);
            if (equal == null) return null;
            List<String> names = new ArrayList<>();
            if (primaryKeyHolds(target, List.of(after.name()))) names.add("The primary key");
            for (IndexDef i : target.indexes()) {
                IndexDef by = apartBy(target.name(), i);
                // one kept only as its own COLLATE equated as much before (NOCASE dropped over a column made NOCASE) stays as strict
                boolean asWritten = by != i || keptUniques.keptAsWritten(target.name(), i) != null;
                if (by != null && asWritten && comparesByColumn(by, after.name()) && comparesByColumn(i, after.name())) names.add("UNIQUE index \"" + i.name() + "\"");
            }
            if (names.isEmpty()) return null;
            // run before this migration: the table and column as the database names them still
            String table = diff.renamedTables().entrySet().stream().filter(e -> SqliteNames.key(e.getValue()).equals(SqliteNames.key(target.name())))
                    .map(Map.Entry::getKey).findFirst().orElse(target.name());
            String column = diff.changes().stream().filter(c -> c instanceof RenameColumn r && SqliteNames.key(r.table()).equals(SqliteNames.key(target.name()))
                    && SqliteNames.key(r.to()).equals(SqliteNames.key(after.name()))).map(c -> ((RenameColumn) c).from()).findFirst().orElse(after.name());
            String query = "SELECT " + dev.godwit.engine.sql.Quoting.doubleQuoted(column) + " COLLATE " + to + ", count(*) FROM "
                    + dev.godwit.engine.sql.Quoting.doubleQuoted(table) + " GROUP BY 1 HAVING count(*) > 1";
            return "\"" + target.name() + "\".\"" + after.name() + "\" changes type " + before.type() + " -> " + after.type() + ": " + equal + " "
                    + String.join(", ", names) + (names.size() == 1 ? " holds" : " hold") + " it: where two rows then share a key, they break it and the"
                    + " migration fails (nothing changes); find them (" + query + ") and make them distinct in a custom migration first.";
        }

        /** Whether {@code i} has {@code column} itself as a key, compared in the column's collation. */
        private static boolean comparesByColumn(IndexDef i, String column) {
            return i.keys().stream().anyMatch(k -> !k.expression() && SqliteNames.key(k.text()).equals(SqliteNames.key(column)));
        }

        /**
         * A generated column whose expression changes (or a plain column that becomes generated) gets new values in every row, and so do
         * the generated columns reading it: under a UNIQUE index the table keeps two of them may now be equal ("handle" was lower(email),
         * now the local part: 'ann@x.io' and 'ann@y.io' both give 'ann'), and a CHECK it keeps meets values it never saw; either fails the
         * migration. Null where nothing the table keeps reads it. Its expression the old one but for renames, the values are the
         * same but for a new type's conversion: the retype's warning then ({@link #converted}), null where the affinity stays.
         */
        private String regeneratedUnderConstraints(TableDef old, TableDef target, ColumnDef now) {
            ColumnDef prev = old.column(now.name()).orElse(null);
            if (prev == null) return null;
            if (prev.generated() != null && sameExpression(prev.generated().as(), now.generated().as(), target.name())) {
                // the same values under another type: converted as a plain column's retype converts them
                return converted(old, target, prev, now);
            }
            List<String> readers = readersOf(target, now.name());
            List<String> uniques = target.indexes().stream().filter(i -> keptUnique(old, target.name(), i))
                    .filter(i -> readers.stream().anyMatch(r -> holds(apartBy(target.name(), i), r) || apartBy(target.name(), i) == i && i.where() != null
                            && mentions(i.where(), r))).map(i -> "\"" + i.name() + "\"").toList();
            List<String> checks = target.checks().stream().filter(ch -> readers.stream().anyMatch(r -> mentions(ch.expression(), r)))
                    .filter(ch -> keptCheck(old, target.name(), ch)).map(ch -> "\"" + ch.name() + "\"").toList();
            if (uniques.isEmpty() && checks.isEmpty()) return null;
            StringBuilder w = new StringBuilder("\"" + target.name() + "\".\"" + now.name() + "\" " + (prev.generated() == null ? "becomes generated" : "is now generated")
                    + " AS " + now.generated().as() + ": every row's value there is computed anew.");
            if (!uniques.isEmpty()) {
                w.append(" UNIQUE index").append(uniques.size() == 1 ? " " : "es ").append(String.join(", ", uniques)).append(uniques.size() == 1 ? " reads" : " read")
                        .append(" it: where two rows then share a key, they break it and the migration fails (nothing changes); check the new values are distinct first.");
            }
            if (!checks.isEmpty()) {
                w.append(" CHECK ").append(String.join(", ", checks)).append(checks.size() == 1 ? " reads" : " read").append(" it: unless the new values pass ")
                        .append(checks.size() == 1 ? "it" : "them").append(", they break ").append(checks.size() == 1 ? "it" : "them")
                        .append(" and the migration fails (nothing changes); check the new values pass first.");
            }
            return w.toString();
        }

        /**
         * A UNIQUE index the rows were kept apart on already (its keys under any name, a narrower WHERE, or an old key among its
         * columns: {@link KeptUniques}), which only the values this migration changes can break; another gets db:generate's "New
         * UNIQUE index" warning instead, never both.
         */
        private boolean keptUnique(TableDef old, String table, IndexDef i) {
            return apartBy(table, i) != null;
        }

        /** What kept the rows apart on {@code i} ({@link KeptUniques#keptBy}): {@code i}, or the old key among its columns; null: new. */
        private IndexDef apartBy(String table, IndexDef i) {
            if (keptUniques == null) keptUniques = new KeptUniques(diff);
            return keptUniques.keptBy(table, i);
        }

        /**
         * A CHECK the rows already passed (its text, under any name, or one it widens: {@link KeptChecks}), which only the values this
         * migration changes can break; another gets db:generate's "New CHECK" warning instead, never both.
         */
        private boolean keptCheck(TableDef old, String table, CheckDef ch) {
            if (keptChecks == null) keptChecks = new KeptChecks(diff);
            return keptChecks.kept(table, ch);
        }

        /** Whether two generated expressions are one, but for the table's own qualifier and the columns this migration renames. */
        private boolean sameExpression(String was, String is, String table) {
            Map<String, String> renamed = new HashMap<>();
            for (Change c : diff.changes()) {
                if (c instanceof RenameColumn r && SqliteNames.key(r.table()).equals(SqliteNames.key(table))) renamed.put(SqliteNames.key(r.from()), SqliteNames.key(r.to()));
            }
            String oldName = diff.tableBefore(table);
            return tokens(java.util.Objects.requireNonNullElse(dev.godwit.engine.diff.CheckText.unqualified(was, oldName), was), renamed)
                    .equals(tokens(java.util.Objects.requireNonNullElse(dev.godwit.engine.diff.CheckText.unqualified(is, table), is), Map.of()));
        }

        private static List<String> tokens(String sql, Map<String, String> renamed) {
            List<String> out = new ArrayList<>();
            for (Token t : SqlLexer.significant(sql)) {
                if (t.kind() == Kind.WORD || t.kind() == Kind.QUOTED) out.add("\u0001" + renamed.getOrDefault(SqliteNames.key(t.name()), SqliteNames.key(t.name())));
                else out.add(t.text());
            }
            return out;
        }

        /** The column of {@code t} whose name has this {@link SqliteNames#key} (SQLite's names are case-insensitive). */
        private static java.util.Optional<ColumnDef> byKey(TableDef t, String key) {
            return t.columnNamed(key);
        }

        private static boolean holds(IndexDef i, String column) {
            return i.keys().stream().anyMatch(k -> k.expression() ? mentions(k.text(), column) : SqliteNames.key(k.text()).equals(SqliteNames.key(column)));
        }

        /**
         * {@code column}, then the generated columns whose values follow it (reading it, or one such, in their expression): a fill
         * changes them too, so a CHECK or UNIQUE index over lower("email") as a column meets the fill as well.
         */
        private static List<String> readersOf(TableDef target, String column) {
            List<String> out = new ArrayList<>(List.of(column));
            for (boolean grew = true; grew; ) {
                grew = false;
                for (ColumnDef g : target.columns()) {
                    if (g.generated() == null || out.stream().anyMatch(o -> SqliteNames.key(o).equals(SqliteNames.key(g.name())))) continue;
                    if (out.stream().anyMatch(o -> mentions(g.generated().as(), o))) {
                        out.add(g.name());
                        grew = true;
                    }
                }
            }
            return out;
        }

        private static String through(List<String> generated) {
            return generated.isEmpty() ? "" : " (through " + generated.stream().map(g -> "\"" + g + "\"").collect(java.util.stream.Collectors.joining(", ")) + ")";
        }

        /** The value existing rows get: the column's constant default, else the type's zero. */
        private String fillValue(ColumnDef c) {
            return Change.AlterColumn.fillValue(c);
        }

        private static List<String> insertableColumns(TableDef t) {
            return t.columns().stream().filter(c -> c.generated() == null).map(ColumnDef::name).toList();
        }

        /**
         * Tables whose rows a DROP or DELETE of a rebuilt table would delete, change or refuse,
         * transitively: they are backed up and restored around the rebuild. That is a table whose
         * key to an emptied one has an ON DELETE action, and one whose key has an ON UPDATE action
         * on columns the sweep itself writes: an emptied table's ON DELETE SET NULL (a tree whose
         * parent goes first) updates its own rows before they go, and that UPDATE cascades into the
         * tables keyed to those columns (fz136x_12).
         */
        private Set<String> stashClosure() {
            Set<String> emptied = new LinkedHashSet<>(rebuilt);
            Set<String> stash = new LinkedHashSet<>();
            boolean grew = true;
            while (grew) {
                grew = false;
                Map<String, Set<String>> written = columnsTheSweepWrites(emptied);
                for (TableDef child : before.tables()) {
                    if (emptied.contains(child.name()) || after.table(child.name()).isEmpty()) continue;
                    for (ForeignKeyDef fk : child.foreignKeys()) {
                        boolean updateActs = fk.onUpdate() != FkAction.NO_ACTION
                                && fk.refColumns().stream().anyMatch(written.getOrDefault(fk.refTable(), Set.of())::contains);
                        if (emptied.contains(fk.refTable()) && fk.onDelete() != FkAction.NO_ACTION || updateActs) {
                            emptied.add(child.name());
                            stash.add(child.name());
                            grew = true;
                            break;
                        }
                    }
                }
            }
            return stash;
        }

        /**
         * The columns of the {@code emptied} tables that their ON DELETE SET NULL / SET DEFAULT write while the sweep deletes
         * their parents' rows, and that an ON UPDATE action carries on from there, by table.
         */
        private Map<String, Set<String>> columnsTheSweepWrites(Set<String> emptied) {
            Map<String, Set<String>> written = new HashMap<>();
            boolean grew = true;
            while (grew) {
                grew = false;
                for (TableDef t : before.tables()) {
                    if (!emptied.contains(t.name())) continue;
                    for (ForeignKeyDef fk : t.foreignKeys()) {
                        if (!emptied.contains(fk.refTable())) continue;
                        boolean nulls = fk.onDelete() == FkAction.SET_NULL || fk.onDelete() == FkAction.SET_DEFAULT;
                        boolean carries = fk.onUpdate() != FkAction.NO_ACTION && fk.onUpdate() != FkAction.RESTRICT
                                && fk.refColumns().stream().anyMatch(written.getOrDefault(fk.refTable(), Set.of())::contains);
                        if (nulls || carries) grew |= written.computeIfAbsent(t.name(), k -> new HashSet<>()).addAll(fk.columns());
                    }
                }
            }
            return written;
        }

        /**
         * DROP TABLE of each table in {@link TableOrder#drops}' order ({@code beforeEach} first), a stand-in made where the
         * order needs one ({@link #standIn}), and the stand-ins dropped once the others are gone (nothing looks them up then).
         * {@code asTheyAre}: the schema the drops meet; {@code inTheRebuild}: they are the rebuild's.
         */
        private void dropWithStandIns(TableOrder.Drops drops, java.util.function.Consumer<TableDef> beforeEach, SchemaDef asTheyAre,
                                      boolean inTheRebuild) {
            for (TableDef t : drops.order()) {
                beforeEach.accept(t);
                out.add(Ddl.dropTable(t.name()));
                // the table as it is, not rebuilt; by its name as the drops meet it (before the renames, one a rename takes is the old table)
                if (drops.standIns().contains(t.name())) standIn(asTheyAre.table(t.name()).orElse(t), inTheRebuild);
            }
            for (String t : drops.standIns()) out.add(Ddl.dropTable(t));
        }

        /**
         * An empty table under a dropped table's name with its columns and keys, and nothing else (no foreign key, no CHECK): the
         * other tables' drops compile their own ON DELETE actions, and a delete of a table that references this one looks it up
         * by name and key ("no such table" otherwise, TableOrder.Drops). Its unique indexes take free names: the dropped table's
         * may be the new one's.
         * In the rebuild, a column it renames from or to rowid has its old name still ({@link #columnsAsTheDatabaseHasThem}), and a
         * dropped column moved aside its aside name ({@link #moveDroppedColumnsAside}).
         */
        private void standIn(TableDef old, boolean inTheRebuild) {
            java.util.function.UnaryOperator<String> renamedByTheRebuild = inTheRebuild ? columnsAsTheDatabaseHasThem(old.name()) : java.util.function.UnaryOperator.identity();
            // a dropped column moved aside for a rename taking its name in another case has the aside name by now (fz252n_52)
            java.util.function.UnaryOperator<String> asNow = name -> {
                String aside = droppedColumnsAside.get(old.name() + "\u0000" + name);
                return aside != null ? aside : renamedByTheRebuild.apply(name);
            };
            List<String> defs = new ArrayList<>();
            for (ColumnDef c : old.columns()) defs.add(Ddl.id(asNow.apply(c.name())) + " " + c.type());
            if (!old.primaryKeyColumns().isEmpty()) defs.add("PRIMARY KEY(" + Ddl.ids(old.primaryKeyColumns().stream().map(asNow).toList()) + ")");
            out.add("CREATE TABLE " + Ddl.id(old.name()) + " (" + String.join(", ", defs) + ");");
            for (IndexDef i : old.indexes()) {
                if (!i.unique() || i.where() != null || i.keys().stream().anyMatch(IndexDef.Key::expression)) continue;
                out.add("CREATE UNIQUE INDEX " + Ddl.id(tempNames.free("__stand_in_" + old.name() + "_key")) + " ON " + Ddl.id(old.name())
                        + " (" + Ddl.ids(i.keys().stream().map(k -> asNow.apply(k.text())).toList()) + ");");
            }
        }

        /**
         * A column's name as the table has it while the rebuild drops it: {@link #before} names columns as renamed, but a rename
         * from or to rowid is made by the rebuild itself ({@link RebuildDecision#renamedByARebuild}), so until then the column, and
         * the keys of other tables that point at it, still have the old name (a stand-in under the new one: "foreign key mismatch",
         * fz510d_47).
         */
        private java.util.function.UnaryOperator<String> columnsAsTheDatabaseHasThem(String table) {
            Map<String, String> back = new HashMap<>();
            for (Change c : byTable.getOrDefault(table, List.of())) {
                if (c instanceof Change.RenameColumn r && RebuildDecision.renamedByARebuild(r)) back.put(SqliteNames.key(r.to()), r.from());
            }
            return name -> back.getOrDefault(SqliteNames.key(name), name);
        }

        private String backup(String table) {
            return backups.computeIfAbsent(table, t -> tempNames.free("__old_" + t));
        }

        private static String names(Set<String> tables) {
            return String.join(", ", tables.stream().map(t -> "\"" + t + "\"").toList());
        }
    }

    private static boolean autoincrement(TableDef t) {
        return t.columns().stream().anyMatch(ColumnDef::autoincrement);
    }

    static final String MARKER = SqlLexer.BREAKPOINT;

    /**
     * A string literal holding drizzle's statement separator would be cut in two by every migrator
     * that splits the file on it; such a literal is written as an equal concatenation instead:
     * {@code 'a--> statement-breakpoint'} becomes {@code ('a--' || '> statement-breakpoint')}.
     */
    static String hideBreakpointMarker(String statement) {
        if (!statement.contains(MARKER)) return statement;
        StringBuilder sb = new StringBuilder(statement.length() + 16);
        for (Token t : SqlLexer.tokenize(statement)) {
            if (t.kind() == Kind.STRING && t.text().contains(MARKER)) {
                sb.append('(').append(t.text().replace(MARKER, "--' || '" + MARKER.substring(2))).append(')');
            } else {
                sb.append(t.text());
            }
        }
        return sb.toString();
    }

    /**
     * The inverse of {@link #hideBreakpointMarker}: each {@code ('a--' || '> statement-breakpoint')} it wrote is the one literal
     * {@code 'a--> statement-breakpoint'} again. Only a concatenation that hiding that literal writes back exactly is joined, so
     * one written by hand ({@code ('a' || 'b')}, {@code lower('a--' || '> statement-breakpoint')}) stays as it is.
     */
    static String revealBreakpointMarker(String text) {
        String hidden = "--' || '" + MARKER.substring(2);
        if (text == null || !text.contains(hidden)) return text;
        List<Token> tokens = SqlLexer.tokenize(text);
        StringBuilder sb = new StringBuilder(text.length());
        Token before = null;   // the last significant token
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            // after a name the parentheses are a call's or an IN list's, not hiding's own: lower('a--' || '> ...') is not lower'a--> ...'
            boolean own = before == null || before.kind() == Kind.PUNCT || before.kind() == Kind.WORD && EXPRESSION_STARTS.contains(before.text().toUpperCase(java.util.Locale.ROOT));
            int close = own && t.isPunct("(") ? concatenationEnd(tokens, i + 1) : -1;
            if (close > 0) {
                String group = text.substring(t.start(), tokens.get(close).end());
                String literal = group.substring(1, group.length() - 1).replace(hidden, MARKER);
                List<Token> joined = SqlLexer.tokenize(literal);
                if (joined.size() == 1 && joined.get(0).kind() == Kind.STRING && hideBreakpointMarker(literal).equals(group)) {
                    sb.append(literal);
                    before = joined.get(0);
                    i = close;
                    continue;
                }
            }
            sb.append(t.text());
            if (!t.isTrivia()) before = t;
        }
        return sb.toString();
    }

    /** Keywords after which a parenthesis opens an expression (where a literal may stand), not a call or a list. */
    private static final Set<String> EXPRESSION_STARTS = Set.of("SELECT", "DISTINCT", "ALL", "AND", "OR", "NOT", "IS", "LIKE", "GLOB",
            "REGEXP", "MATCH", "CASE", "WHEN", "THEN", "ELSE", "BETWEEN", "ESCAPE", "WHERE", "ON", "HAVING", "BY", "DEFAULT", "RETURN");

    /** The index of the ")" that ends a run of string literals joined by ||, starting at {@code from}; -1 if it is not one. */
    private static int concatenationEnd(List<Token> tokens, int from) {
        boolean literalNext = true;
        for (int i = from; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Kind.WHITESPACE) continue;
            if (literalNext && t.kind() == Kind.STRING) literalNext = false;
            else if (!literalNext && t.isPunct("||")) literalNext = true;
            else return !literalNext && t.isPunct(")") && i > from ? i : -1;
        }
        return -1;
    }

    /**
     * The schema a database built from Godwit's migrations holds, read back ({@code db:pull}), with every literal that
     * {@link #asWritten} rewrote given back as the schema declared it: {@code asWritten(asDeclared(s))} writes the same SQL as
     * {@code s}.
     */
    public static SchemaDef asDeclared(SchemaDef schema) {
        return withSqlFragments(schema, SqlitePlanner::revealBreakpointMarker);
    }

    /**
     * The schema as the planner writes it to SQL: every SQL fragment (defaults, generated columns,
     * index keys and WHERE clauses, checks, views) with the breakpoint marker hidden in its string
     * literals, as {@link #hideBreakpointMarker} does to the statements. A database built from the
     * migrations holds these texts, so checks that compare it with the schema compare with this.
     */
    public static SchemaDef asWritten(SchemaDef schema) {
        return withSqlFragments(schema, SqlitePlanner::hideBreakpointMarker);
    }

    /** The schema with {@code rewrite} applied to every SQL fragment: defaults, generated columns, index keys and WHERE clauses, checks, views. */
    private static SchemaDef withSqlFragments(SchemaDef schema, java.util.function.UnaryOperator<String> rewrite) {
        java.util.function.UnaryOperator<String> f = sql -> sql == null ? null : rewrite.apply(sql);
        List<TableDef> tables = new ArrayList<>();
        for (TableDef t : schema.tables()) {
            List<ColumnDef> columns = new ArrayList<>();
            for (ColumnDef c : t.columns()) {
                ColumnDef w = c;
                if (c.defaultValue() != null) w = w.withDefault(new DefaultValue(c.defaultValue().kind(), f.apply(c.defaultValue().sql())));
                if (c.generated() != null) w = w.withGenerated(new Generated(f.apply(c.generated().as()), c.generated().type()));
                columns.add(w);
            }
            List<IndexDef> indexes = new ArrayList<>();
            for (IndexDef i : t.indexes()) {
                List<IndexDef.Key> keys = i.keys().stream().map(k -> k.expression() ? IndexDef.Key.expression(f.apply(k.text())) : k).toList();
                indexes.add(new IndexDef(i.name(), keys, i.unique(), f.apply(i.where())));
            }
            List<CheckDef> checks = t.checks().stream().map(c -> new CheckDef(c.name(), f.apply(c.expression()))).toList();
            tables.add(t.withColumns(columns).withIndexes(indexes).withChecks(checks));
        }
        List<ViewDef> views = schema.views().stream()
                .map(v -> v.definition() == null ? v : new ViewDef(v.name(), f.apply(v.definition()), v.existing(), v.renamedFrom()))
                .toList();
        return new SchemaDef(tables, views);
    }

    /** Whether SQL text mentions an identifier as a name (bare or quoted, not in a string literal), case-insensitively. */
    static boolean mentions(String sql, String identifier) {
        String id = SqliteNames.key(identifier);
        for (Token t : SqlLexer.significant(sql)) {
            if ((t.kind() == Kind.WORD || t.kind() == Kind.QUOTED) && SqliteNames.key(t.name()).equals(id)) return true;
        }
        return false;
    }
}
