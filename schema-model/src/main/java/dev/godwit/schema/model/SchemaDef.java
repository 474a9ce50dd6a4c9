package dev.godwit.schema.model;

import java.util.List;
import java.util.Optional;

/** A whole schema: tables and views, in a deterministic order. */
public record SchemaDef(List<TableDef> tables, List<ViewDef> views) {

    public static final SchemaDef EMPTY = new SchemaDef(List.of(), List.of());

    public SchemaDef {
        tables = List.copyOf(tables);
        views = views == null ? List.of() : List.copyOf(views);
    }

    public Optional<TableDef> table(String name) {
        for (TableDef t : tables) if (t.name().equals(name)) return Optional.of(t);
        return Optional.empty();
    }

    public Optional<ViewDef> view(String name) {
        for (ViewDef v : views) if (v.name().equals(name)) return Optional.of(v);
        return Optional.empty();
    }

    public List<String> tableNames() {
        return tables.stream().map(TableDef::name).toList();
    }
}
