package dev.godwit.engine.plan;

import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SqliteNames;
import dev.godwit.schema.model.TableDef;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Names for a migration's temporary tables and detours that no table, view or index has, before, during or after it. */
final class TempNames {
    private final List<SchemaDef> schemas;
    private final Set<String> used = new HashSet<>();
    private Set<String> inSchemas;   // built on first use: a large schema's names are not searched for each temporary one

    TempNames(List<SchemaDef> schemas) {
        this.schemas = schemas;
    }

    /** {@code wanted}, or with a numeric suffix: a name nothing has (as SQLite compares names), taken from now on. */
    String free(String wanted) {
        String name = wanted;
        for (int i = 1; taken(name); i++) name = wanted + "_" + i;
        used.add(SqliteNames.key(name));
        return name;
    }

    private boolean taken(String name) {
        String n = SqliteNames.key(name);
        if (used.contains(n)) return true;
        if (inSchemas == null) {
            inSchemas = new HashSet<>();
            for (SchemaDef sd : schemas) {
                for (TableDef t : sd.tables()) {
                    inSchemas.add(SqliteNames.key(t.name()));
                    // tables and indexes share one namespace: a temporary table may not take an index's name either
                    for (IndexDef i : t.indexes()) inSchemas.add(SqliteNames.key(i.name()));
                }
                for (var v : sd.views()) inSchemas.add(SqliteNames.key(v.name()));
            }
        }
        return inSchemas.contains(n);
    }
}
