package dev.godwit.engine.plan;

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

/** Orders tables by their foreign keys: a table before the tables that reference it. Cycles keep their given order. */
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

    static List<TableDef> childrenFirst(List<TableDef> tables) {
        List<TableDef> l = new ArrayList<>(parentsFirst(tables));
        Collections.reverse(l);
        return l;
    }
}
