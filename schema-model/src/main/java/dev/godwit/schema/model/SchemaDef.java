package dev.godwit.schema.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole schema: tables and views, in a deterministic order.
 *
 * @param sources where each table, column and view was declared (a class, a YAML file and line), for the messages of checks
 *                that run after loading (db:generate's, db:push's); only names for a schema read from a snapshot or a
 *                database. Not part of the schema: two schemas with the same tables and views are equal wherever declared.
 */
public record SchemaDef(List<TableDef> tables, List<ViewDef> views, SourceMap sources) {

    public static final SchemaDef EMPTY = new SchemaDef(List.of(), List.of());

    public SchemaDef {
        tables = NamedList.copyOf(tables, TableDef::name);
        views = NamedList.copyOf(views == null ? List.of() : views, ViewDef::name);
        sources = sources == null ? SourceMap.NAMES : sources;
    }

    public SchemaDef(List<TableDef> tables, List<ViewDef> views) {
        this(tables, views, SourceMap.NAMES);
    }

    /** This schema, its tables and views said to be declared where {@code where} says. */
    public SchemaDef withSources(SourceMap where) {
        return new SchemaDef(tables, views, where);
    }

    /** The table of this name (case as written), found without walking the list. */
    public Optional<TableDef> table(String name) {
        return ((NamedList<TableDef>) tables).named(name);
    }

    /** The table SQLite takes {@code name} for (the case of ASCII letters aside), as a statement or a foreign key names it. */
    public Optional<TableDef> tableNamed(String name) {
        return ((NamedList<TableDef>) tables).namedAsSqlite(name);   // by an index on a long list, as table() is: looked up per foreign key
    }

    public Optional<ViewDef> view(String name) {
        return ((NamedList<ViewDef>) views).named(name);
    }

    /** The view SQLite takes {@code name} for (the case of ASCII letters aside), as {@link #tableNamed} finds a table. */
    public Optional<ViewDef> viewNamed(String name) {
        return ((NamedList<ViewDef>) views).namedAsSqlite(name);
    }

    public List<String> tableNames() {
        return tables.stream().map(TableDef::name).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SchemaDef s && tables.equals(s.tables) && views.equals(s.views);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tables, views);
    }

    @Override
    public String toString() {
        return "SchemaDef[tables=" + tables + ", views=" + views + "]";
    }
}
