package dev.godwit.schema.model;

import java.util.List;
import java.util.Optional;

/** A whole schema: tables and views, in a deterministic order. */
public record SchemaDef(List<TableDef> tables, List<ViewDef> views) {

    public static final SchemaDef EMPTY = new SchemaDef(List.of(), List.of());

    public SchemaDef {
        tables = NamedList.copyOf(tables, TableDef::name);
        views = NamedList.copyOf(views == null ? List.of() : views, ViewDef::name);
    }

    /** The table of this name (case as written), found without walking the list. */
    public Optional<TableDef> table(String name) {
        return ((NamedList<TableDef>) tables).named(name);
    }

    public Optional<ViewDef> view(String name) {
        return ((NamedList<ViewDef>) views).named(name);
    }

    public List<String> tableNames() {
        return tables.stream().map(TableDef::name).toList();
    }
}
