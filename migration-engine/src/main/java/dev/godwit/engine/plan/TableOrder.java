package dev.godwit.engine.plan;

import dev.godwit.schema.model.FkAction;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders tables by their foreign keys: a table before the tables that reference it. A cycle cannot be ordered so: the tables
 * are visited depth first in their given order, so in a cycle the first one declared comes after those it references.
 */
final class TableOrder {

    private TableOrder() {
    }

    static List<TableDef> parentsFirst(List<TableDef> tables) {
        return parentsFirst(tables, null);
    }

    /** Also honours the edges of {@code extra} (the old schema), so the order is safe before and after a change. */
    static List<TableDef> parentsFirst(List<TableDef> tables, SchemaDef extra) {
        Map<String, TableDef> byName = new LinkedHashMap<>();
        for (TableDef t : tables) byName.put(t.name(), t);
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        for (TableDef t : tables) {
            Set<String> p = new HashSet<>();
            for (ForeignKeyDef fk : t.foreignKeys()) if (!fk.refTable().equals(t.name()) && byName.containsKey(fk.refTable())) p.add(fk.refTable());
            if (extra != null) {
                extra.table(t.name()).ifPresent(o -> {
                    for (ForeignKeyDef fk : o.foreignKeys()) if (!fk.refTable().equals(t.name()) && byName.containsKey(fk.refTable())) p.add(fk.refTable());
                });
            }
            parents.put(t.name(), p);
        }
        List<TableDef> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        Set<String> visiting = new HashSet<>();
        for (TableDef t : tables) visit(t.name(), byName, parents, done, visiting, out);
        return out;
    }

    private static void visit(String n, Map<String, TableDef> byName, Map<String, Set<String>> parents, Set<String> done, Set<String> visiting, List<TableDef> out) {
        if (done.contains(n) || visiting.contains(n)) return;
        visiting.add(n);
        for (String p : parents.get(n)) visit(p, byName, parents, done, visiting, out);
        visiting.remove(n);
        done.add(n);
        out.add(byName.get(n));
    }

    /**
     * The order to DROP {@code childrenFirst} in: still no table before a listed table that references it, but otherwise the
     * tables whose drop compiles other tables' triggers first. With foreign keys on (D1, a transaction) DROP TABLE deletes the
     * table's rows, and SQLite compiles the ON DELETE CASCADE / SET NULL / SET DEFAULT actions of the tables still there that
     * reference it together with their triggers; a trigger writing to a table dropped earlier in the migration (an audit log
     * rebuilt in the same migration) then fails with "no such table". A table no remaining table references with such an action
     * compiles no trigger when dropped (NO ACTION and RESTRICT only look the child up), whether others reference it or not, so it
     * goes after those that do. Only tables that were there {@code before} the migration (under their current names) can hold
     * triggers (a migration db:generate writes creates none), so a new table referencing one with CASCADE makes it compile
     * nothing that can fail; a listed child counts by its references {@code before} or {@code after}. A table referencing itself
     * with such an action compiles its own triggers when dropped, so it counts as its own child there.
     * <p>
     * Also the tables that need a stand-in once dropped: where every table left is one another drop still needs (two tables
     * that each cascade to themselves and reference each other: dropping the second compiles its own cascade, whose delete
     * looks the first up), the first is dropped and an empty table of its name and keys stands in for it until the others are
     * gone ({@link SqlitePlanner}).
     */
    static Drops drops(List<TableDef> childrenFirst, SchemaDef before, SchemaDef after) {
        Set<String> standIns = new HashSet<>();
        Set<String> listed = new HashSet<>();
        for (TableDef t : childrenFirst) listed.add(t.name());
        Map<String, Set<String>> listedChildren = new LinkedHashMap<>();
        Map<String, Set<String>> listedChildrenBefore = new LinkedHashMap<>();   // the keys the dropped tables hold as they are dropped
        Map<String, Set<String>> actingChildren = new LinkedHashMap<>();   // children whose ON DELETE action runs their triggers
        for (SchemaDef s : List.of(before, after)) {
            for (TableDef t : s.tables()) {
                for (ForeignKeyDef fk : t.foreignKeys()) {
                    // a table's reference to itself acts too (its own cascade compiles its own triggers) until it is dropped
                    if (s == before && (fk.onDelete() == FkAction.CASCADE || fk.onDelete() == FkAction.SET_NULL || fk.onDelete() == FkAction.SET_DEFAULT)) {
                        actingChildren.computeIfAbsent(fk.refTable(), k -> new HashSet<>()).add(t.name());
                    }
                    if (fk.refTable().equals(t.name())) continue;
                    if (listed.contains(t.name())) listedChildren.computeIfAbsent(fk.refTable(), k -> new HashSet<>()).add(t.name());
                    if (listed.contains(t.name()) && s == before) listedChildrenBefore.computeIfAbsent(fk.refTable(), k -> new HashSet<>()).add(t.name());
                }
            }
        }
        Map<String, Set<String>> referencers = new LinkedHashMap<>();
        Map<String, Set<String>> cascadeParents = new LinkedHashMap<>();
        for (TableDef t : before.tables()) {
            for (ForeignKeyDef fk : t.foreignKeys()) {
                referencers.computeIfAbsent(fk.refTable(), k -> new HashSet<>()).add(t.name());
                if (fk.onDelete() == FkAction.CASCADE) cascadeParents.computeIfAbsent(t.name(), k -> new HashSet<>()).add(fk.refTable());
            }
        }
        List<TableDef> left = new ArrayList<>(childrenFirst);
        List<TableDef> out = new ArrayList<>();
        Set<String> dropped = new HashSet<>();
        while (!left.isEmpty()) {
            Set<String> leftNames = new HashSet<>();
            for (TableDef t : left) leftNames.add(t.name());
            TableDef next = null;
            // The keys of both schemas first; where they make a cycle (a key the tables hold now one way, one they will hold the
            // other way), only those of the tables as they are dropped: a new key does not exist yet, an old one does.
            for (Map<String, Set<String>> children : List.of(listedChildren, listedChildrenBefore)) {
                // by the old keys alone, only a table no other drop needs: one that another drop needs gets a stand-in below
                for (int level = 0; level < (children == listedChildren ? 3 : 1) && next == null; level++) {
                    for (TableDef t : left) {
                        if (!dropped.containsAll(children.getOrDefault(t.name(), Set.of()))) continue;
                        boolean compilesTriggers = !dropped.containsAll(actingChildren.getOrDefault(t.name(), Set.of()));
                        if (level < 2 && !compilesTriggers) continue;
                        if (level == 0 && neededByADrop(t.name(), leftNames, referencers, cascadeParents, dropped)) continue;
                        next = t;
                        break;
                    }
                }
                if (next != null) break;
            }
            if (next == null) {
                // a cycle of the keys of both schemas: a table whose children by the keys as they are dropped are gone already,
                // so no ON DELETE action of a table still there writes into rows it would keep (a SET NULL into the NOT NULL key
                // of a child dropped after it: fz1020d_49, where only the new key closed the cycle); not one another drop needs
                for (TableDef t : left) {
                    if (dropped.containsAll(listedChildrenBefore.getOrDefault(t.name(), Set.of()))
                            && !neededByADrop(t.name(), leftNames, referencers, cascadeParents, dropped)) {
                        next = t;
                        break;
                    }
                }
            }
            if (next == null) {
                // a cycle of the keys the tables hold now: the given order, but not a table another drop still needs
                // (neededByADrop): its DROP would leave that one's cascade looking it up ("no such table")
                for (TableDef t : left) {
                    if (!neededByADrop(t.name(), leftNames, referencers, cascadeParents, dropped)) {
                        next = t;
                        break;
                    }
                }
            }
            if (next == null) {
                next = left.get(0);
                if (left.size() > 1) standIns.add(next.name());   // every one is needed by another's drop: this one gets a stand-in
            }
            out.add(next);
            left.remove(next);
            dropped.add(next.name());
        }
        return new Drops(out, standIns);
    }

    /** {@link #drops}: the order, and the tables that get a stand-in. */
    record Drops(List<TableDef> order, Set<String> standIns) {
    }

    /**
     * Whether another listed table's drop still needs {@code table}: dropping a table compiles its ON DELETE CASCADE into the
     * tables that reference it, and on through theirs (itself too, when it cascades to itself); a delete from such a table
     * looks up every table it references, so one of them dropped before fails the drop when SQLite prepares it ("no such
     * table"), whatever rows are left: say a table dropped after the rebuild, with a CASCADE key to one rebuilt table and a
     * key to another. So: does a table referencing {@code table} reach a listed one by walking up CASCADE keys? A path through
     * {@code table} itself does not count (once it is dropped, nothing reaches past it), nor one through a dropped table.
     */
    private static boolean neededByADrop(String table, Set<String> left, Map<String, Set<String>> referencers,
            Map<String, Set<String>> cascadeParents, Set<String> dropped) {
        for (String c : referencers.getOrDefault(table, Set.of())) {
            if (dropped.contains(c) || c.equals(table)) continue;
            Set<String> seen = new HashSet<>();
            List<String> queue = new ArrayList<>(List.of(c));
            for (int i = 0; i < queue.size(); i++) {
                for (String p : cascadeParents.getOrDefault(queue.get(i), Set.of())) {
                    if (dropped.contains(p) || p.equals(table)) continue;
                    if (left.contains(p)) return true;
                    if (seen.add(p)) queue.add(p);
                }
            }
        }
        return false;
    }

    static List<TableDef> childrenFirst(List<TableDef> tables) {
        List<TableDef> l = new ArrayList<>(parentsFirst(tables));
        Collections.reverse(l);
        return l;
    }
}
