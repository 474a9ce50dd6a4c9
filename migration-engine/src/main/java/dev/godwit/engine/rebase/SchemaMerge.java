package dev.godwit.engine.rebase;

import dev.godwit.engine.diff.SchemaDiffer;
import dev.godwit.engine.folder.Snapshot;
import dev.godwit.engine.folder.SnapshotCodec;
import dev.godwit.schema.model.CheckDef;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import dev.godwit.schema.model.ViewDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Three-way merge of one moved migration's changes onto the target branch's schema: what the
 * migration changed (from {@code before} to {@code after}) is applied to {@code onto}, table by
 * table and, inside a table both branches changed, column by column (and index, foreign key, check
 * by name). Where both branches changed the same thing differently it refuses, naming it.
 */
final class SchemaMerge {

    private final String migration;
    private final List<String> conflicts = new ArrayList<>();

    private SchemaMerge(String migration) {
        this.migration = migration;
    }

    /**
     * The moved migration's change ({@code before} to {@code moved}) applied to {@code onto}, first carried through the
     * target branch's {@code renames}.
     */
    static MergedStep apply(SchemaDef onto, SchemaDef before, Snapshot moved, TargetRenames renames, String migration) {
        SchemaMerge m = new SchemaMerge(migration);
        TargetRenames.Carried carried = renames.carry(before, moved, migration, m.conflicts);
        SchemaDef merged = m.conflicts.isEmpty()
                ? m.merge(onto, carried.before(), carried.after(), carried.renamedTables(), carried.renamedColumns()) : onto;
        if (m.conflicts.isEmpty()) m.danglingReferences(merged, onto);
        if (!m.conflicts.isEmpty()) {
            throw new RebaseException("Cannot move " + migration + " after the target branch's migrations: both branches changed the same thing:\n  - "
                    + String.join("\n  - ", m.conflicts) + "\nResolve it by hand: take the target branch's migrations folder as it is (db:drop"
                    + " cannot edit a journal with conflict markers; mid-merge or mid-rebase, git checkout --ours -- the conflicting files, the side"
                    + " marked <<<<<<< HEAD, and git rm the files of " + migration + " and of any other migration only the moved branch has), keep"
                    + " your schema code and make it declare what both branches mean, run mvn db:generate, and review the result. Nothing was written.");
        }
        return new MergedStep(merged, carried.renamedTables(), carried.renamedColumns());
    }

    /** The merged schema after one moved migration, and that migration's renames in the merged names. */
    record MergedStep(SchemaDef schema, Map<String, String> renamedTables, Map<String, String> renamedColumns) {
    }

    /**
     * An index or foreign key left naming a column or table that is gone: one branch dropped what the other's index or key
     * uses. Said by name rather than left to fail as SQL.
     */
    private void danglingReferences(SchemaDef merged, SchemaDef onto) {
        for (TableDef t : merged.tables()) {
            TableDef targets = onto.table(t.name()).orElse(null);
            for (IndexDef i : t.indexes()) {
                for (IndexDef.Key k : i.keys()) {
                    if (k.expression() || t.column(k.text()).isPresent()) continue;
                    String from = targets != null && targets.indexes().contains(i) ? "the target branch" : migration;
                    conflicts.add("index \"" + i.name() + "\" of \"" + t.name() + "\" (from " + from + ") is on column \"" + k.text() + "\", which "
                            + droppedBy(onto, t.name(), k.text()) + " dropped");
                }
            }
            for (ForeignKeyDef fk : t.foreignKeys()) {
                String from = targets != null && targets.foreignKeys().contains(fk) ? "the target branch" : migration;
                String what = "foreign key \"" + fk.name() + "\" of \"" + t.name() + "\" (from " + from + ")";
                for (String c : fk.columns()) {
                    if (t.column(c).isEmpty()) conflicts.add(what + " is on column \"" + c + "\", which " + droppedBy(onto, t.name(), c) + " dropped");
                }
                TableDef ref = merged.table(fk.refTable()).orElse(null);
                if (ref == null) {
                    conflicts.add(what + " references table \"" + fk.refTable() + "\", which " + droppedBy(onto, fk.refTable(), null) + " dropped");
                    continue;
                }
                for (String c : fk.refColumns()) {
                    if (ref.column(c).isEmpty()) {
                        conflicts.add(what + " references \"" + ref.name() + "\".\"" + c + "\", which " + droppedBy(onto, ref.name(), c) + " dropped");
                    }
                }
            }
        }
    }

    /** Who removed a table (column null) or column missing from the merged schema: the target when it lacks it, else the migration. */
    private String droppedBy(SchemaDef onto, String table, String column) {
        TableDef t = onto.table(table).orElse(null);
        boolean targetHasIt = t != null && (column == null || t.column(column).isPresent());
        return targetHasIt ? migration : "the target branch";
    }

    private SchemaDef merge(SchemaDef onto, SchemaDef before, SchemaDef after, Map<String, String> renamedTables, Map<String, String> renamedColumns) {
        List<TableDef> tables = new ArrayList<>(onto.tables());
        Set<String> handled = new LinkedHashSet<>();
        renamedTables.forEach((from, to) -> {
            handled.add(from);
            handled.add(to);
            TableDef mine = onto.table(from).orElse(null);
            TableDef was = before.table(from).orElse(null);
            TableDef renamed = after.table(to).orElseThrow();
            // a rename alone (the table otherwise kept) goes with what the target changed in it: both changes hold
            if (mine == null || was == null || onto.table(to).isPresent()) {
                conflicts.add("table \"" + from + "\" is renamed to \"" + to + "\" by " + migration + " but the target branch "
                        + (mine == null ? "dropped or renamed it" : "has a table \"" + to + "\" too"));
                return;
            }
            TableDef merged;
            if (mine.equals(was)) merged = renamed;
            else if (renamedAs(was, from, to).equals(renamed)) merged = renamedAs(mine, from, to);
            else {
                // both changed it: merged column by column under the new name (the migration's column renames keyed on it too)
                Map<String, String> columns = new LinkedHashMap<>();
                renamedColumns.forEach((key, value) -> {
                    String c = SnapshotCodec.columnOf(from, key);
                    if (c != null) columns.put(SnapshotCodec.quote(to) + "." + SnapshotCodec.quote(c), value);
                });
                merged = mergeTable(renamedAs(mine, from, to), renamedAs(was, from, to), renamed, columns);
            }
            tables.set(tables.indexOf(mine), merged);
        });
        Set<String> names = new LinkedHashSet<>(before.tableNames());
        names.addAll(after.tableNames());
        for (String n : names) {
            if (handled.contains(n)) continue;
            TableDef p = before.table(n).orElse(null);
            TableDef q = after.table(n).orElse(null);
            if (Objects.equals(p, q)) continue;
            TableDef c = tables.stream().filter(t -> t.name().equals(n)).findFirst().orElse(null);
            if (p == null) {
                if (c == null) tables.add(q);
                else if (!c.equals(q)) conflicts.add("both branches create table \"" + n + "\", differently");
            } else if (q == null) {
                if (c != null && c.equals(p)) tables.remove(c);
                else if (c != null) conflicts.add(migration + " drops table \"" + n + "\", which the target branch changed");
            } else if (c == null) {
                conflicts.add(migration + " changes table \"" + n + "\", which the target branch dropped");
            } else if (c.equals(p)) {
                tables.set(tables.indexOf(c), q);
            } else if (!c.equals(q)) {
                tables.set(tables.indexOf(c), mergeTable(c, p, q, renamedColumns));
            }
        }
        List<ViewDef> views = new ArrayList<>(onto.views());
        Set<String> viewNames = new LinkedHashSet<>();
        before.views().forEach(v -> viewNames.add(v.name()));
        after.views().forEach(v -> viewNames.add(v.name()));
        for (String n : viewNames) {
            three(views, before.view(n).orElse(null), after.view(n).orElse(null), ViewDef::name, "view \"" + n + "\"");
        }
        return carryRenames(new SchemaDef(tables, views), before, renamedTables, renamedColumns);
    }

    /**
     * The migration's own renames applied to what the target branch added that names the old names (an index on the renamed
     * column, a foreign key to the renamed table), as SQLite's RENAME rewrites them when the migration runs.
     */
    private static SchemaDef carryRenames(SchemaDef merged, SchemaDef before, Map<String, String> renamedTables, Map<String, String> renamedColumns) {
        if (renamedTables.isEmpty() && renamedColumns.isEmpty()) return merged;
        Map<String, Map<String, String>> columnsByNewTable = new LinkedHashMap<>();
        renamedColumns.forEach((from, to) -> {
            for (String table : before.tableNames()) {
                String c = SnapshotCodec.columnOf(table, from);
                String newTable = renamedTables.getOrDefault(table, table);
                String d = SnapshotCodec.columnOf(newTable, to);
                if (c != null && d != null) columnsByNewTable.computeIfAbsent(newTable, k -> new LinkedHashMap<>()).put(c, d);
            }
        });
        return SchemaDiffer.applyRenames(merged, renamedTables, columnsByNewTable);
    }

    /** The table under its new name, its references to itself following. */
    private static TableDef renamedAs(TableDef t, String from, String to) {
        return SchemaDiffer.applyRenames(new SchemaDef(List.of(t), List.of()), Map.of(from, to), Map.of()).tables().get(0);
    }

    private TableDef mergeTable(TableDef c, TableDef p, TableDef q, Map<String, String> renamedColumns) {
        String t = c.name();
        List<ColumnDef> columns = new ArrayList<>(c.columns());
        Set<String> handled = new LinkedHashSet<>();
        String prefix = "\"" + t + "\".";
        renamedColumns.forEach((from, to) -> {
            if (!from.startsWith(prefix)) return;
            String f = unquote(from.substring(prefix.length()));
            String named = SnapshotCodec.columnOf(t, to);   // drizzle-kit's form: the table's name now on both sides
            String n = named != null ? named : SnapshotCodec.columnOfAnyTable(to);
            handled.add(f);
            handled.add(n);
            ColumnDef mine = c.column(f).orElse(null);
            ColumnDef was = p.column(f).orElse(null);
            ColumnDef renamed = q.column(n).orElseThrow();
            // a rename alone (the definition kept) goes with what the target changed in the column: both changes hold
            boolean onlyRenamed = was != null && was.withName(n).equals(renamed);
            if (mine == null || (!mine.equals(was) && !onlyRenamed) || c.column(n).isPresent()) {
                conflicts.add("column \"" + t + "\".\"" + f + "\" is renamed to \"" + n + "\" by " + migration + " but the target branch changed it");
                return;
            }
            columns.set(columns.indexOf(mine), mine.equals(was) ? renamed : mine.withName(n));
        });
        Set<String> names = new LinkedHashSet<>(p.columnNames());
        names.addAll(q.columnNames());
        for (String n : names) {
            if (handled.contains(n)) continue;
            three(columns, p.column(n).orElse(null), q.column(n).orElse(null), ColumnDef::name, "column \"" + t + "\".\"" + n + "\"");
        }
        List<IndexDef> indexes = mergeByName(c.indexes(), p.indexes(), q.indexes(), IndexDef::name, "index", t);
        List<ForeignKeyDef> fks = mergeByName(c.foreignKeys(), p.foreignKeys(), q.foreignKeys(), ForeignKeyDef::name, "foreign key", t);
        List<CheckDef> checks = mergeByName(c.checks(), p.checks(), q.checks(), CheckDef::name, "check", t);
        var pk = c.primaryKey();
        if (!Objects.equals(p.primaryKey(), q.primaryKey())) {
            if (Objects.equals(c.primaryKey(), p.primaryKey())) pk = q.primaryKey();
            else if (!Objects.equals(c.primaryKey(), q.primaryKey())) conflicts.add("the primary key of \"" + t + "\"");
        }
        return new TableDef(t, columns, pk, indexes, fks, checks, null);
    }

    private <T> List<T> mergeByName(List<T> mine, List<T> before, List<T> after, Function<T, String> name, String what, String table) {
        List<T> out = new ArrayList<>(mine);
        Set<String> names = new LinkedHashSet<>();
        before.forEach(x -> names.add(name.apply(x)));
        after.forEach(x -> names.add(name.apply(x)));
        for (String n : names) {
            T p = before.stream().filter(x -> name.apply(x).equals(n)).findFirst().orElse(null);
            T q = after.stream().filter(x -> name.apply(x).equals(n)).findFirst().orElse(null);
            three(out, p, q, name, what + " \"" + n + "\" of \"" + table + "\"");
        }
        return out;
    }

    /** Applies the change {@code p -> q} of one named item to {@code out} (the target branch's items). */
    private <T> void three(List<T> out, T p, T q, Function<T, String> name, String what) {
        if (Objects.equals(p, q)) return;
        String n = name.apply(p != null ? p : q);
        T c = out.stream().filter(x -> name.apply(x).equals(n)).findFirst().orElse(null);
        if (p == null) {
            if (c == null) out.add(q);
            else if (!c.equals(q)) conflicts.add("both branches add " + what + ", differently");
        } else if (q == null) {
            if (c != null && c.equals(p)) out.remove(c);
            else if (c != null) conflicts.add(migration + " drops " + what + ", which the target branch changed");
        } else if (c == null) {
            conflicts.add(migration + " changes " + what + ", which the target branch dropped");
        } else if (c.equals(p)) {
            out.set(out.indexOf(c), q);
        } else if (!c.equals(q)) {
            conflicts.add("both branches change " + what + ", differently");
        }
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
