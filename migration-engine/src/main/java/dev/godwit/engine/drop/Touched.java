package dev.godwit.engine.drop;

import dev.godwit.engine.folder.Snapshot;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import dev.godwit.schema.model.ViewDef;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** The tables and views one migration changes: what differs between the snapshot before it and its own. */
record Touched(Set<String> tables, Set<String> views) {

    static Touched between(SchemaDef before, Snapshot after) {
        Set<String> tables = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>(before.tableNames());
        names.addAll(after.schema().tableNames());
        for (String n : names) {
            if (!Objects.equals(before.table(n).orElse(null), after.schema().table(n).orElse(null))) tables.add(n);
        }
        after.renamedTables().forEach((from, to) -> {
            tables.add(from);
            tables.add(to);
        });
        Set<String> views = new LinkedHashSet<>();
        Set<String> viewNames = new LinkedHashSet<>();
        before.views().forEach(v -> viewNames.add(v.name()));
        after.schema().views().forEach(v -> viewNames.add(v.name()));
        for (String n : viewNames) {
            if (!Objects.equals(before.view(n).orElse(null), after.schema().view(n).orElse(null))) views.add(n);
        }
        return new Touched(tables, views);
    }

    boolean isEmpty() {
        return tables.isEmpty() && views.isEmpty();
    }

    /**
     * What this later migration shares with {@code earlier}: the tables and views both change, the
     * tables of {@code earlier} that this one's changed tables reference, and those its changed views
     * mention. Empty when this one would apply the same without {@code earlier}.
     */
    Set<String> dependsOn(Touched earlier, SchemaDef after) {
        Set<String> shared = new LinkedHashSet<>();
        for (String t : tables) if (earlier.tables.contains(t)) shared.add("table \"" + t + "\"");
        for (String v : views) if (earlier.views.contains(v)) shared.add("view \"" + v + "\"");
        for (String t : tables) {
            TableDef def = after.table(t).orElse(null);
            if (def == null) continue;
            for (ForeignKeyDef fk : def.foreignKeys()) {
                if (earlier.tables.contains(fk.refTable()) && !fk.refTable().equals(t)) {
                    shared.add("table \"" + fk.refTable() + "\" (referenced by \"" + t + "\")");
                }
            }
        }
        for (String v : views) {
            ViewDef def = after.view(v).orElse(null);
            if (def == null || def.definition() == null) continue;
            String sql = def.definition().toLowerCase(Locale.ROOT);
            for (String t : earlier.tables) if (sql.contains(t.toLowerCase(Locale.ROOT))) shared.add("table \"" + t + "\" (used by view \"" + v + "\")");
            for (String w : earlier.views) if (!w.equals(v) && sql.contains(w.toLowerCase(Locale.ROOT))) shared.add("view \"" + w + "\" (used by view \"" + v + "\")");
        }
        return shared;
    }
}
