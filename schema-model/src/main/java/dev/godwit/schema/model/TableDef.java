package dev.godwit.schema.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/** A table: columns in declaration order, a composite primary key if any, indexes, foreign keys, checks. */
public record TableDef(
        String name,
        List<ColumnDef> columns,
        PrimaryKeyDef primaryKey,
        List<IndexDef> indexes,
        List<ForeignKeyDef> foreignKeys,
        List<CheckDef> checks,
        String renamedFrom) {

    public TableDef {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        indexes = indexes == null ? List.of() : List.copyOf(indexes);
        foreignKeys = foreignKeys == null ? List.of() : List.copyOf(foreignKeys);
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    public Optional<ColumnDef> column(String columnName) {
        for (ColumnDef c : columns) if (c.name().equals(columnName)) return Optional.of(c);
        return Optional.empty();
    }

    /** The column SQLite takes {@code columnName} for (the case of ASCII letters aside). */
    public Optional<ColumnDef> columnNamed(String columnName) {
        return SqliteNames.find(columns, ColumnDef::name, columnName);
    }

    public List<String> columnNames() {
        return columns.stream().map(ColumnDef::name).toList();
    }

    /** The primary key columns: the composite key, or the one column flagged primary key. */
    public List<String> primaryKeyColumns() {
        if (primaryKey != null) return primaryKey.columns();
        List<String> pk = new ArrayList<>();
        for (ColumnDef c : columns) if (c.primaryKey()) pk.add(c.name());
        return pk;
    }

    /**
     * Whether a foreign key may reference these columns: they are the primary key, or a unique index (not partial, no
     * expressions) covers exactly them, in any order. Otherwise SQLite reports "foreign key mismatch" on every write that
     * checks the key.
     */
    public boolean hasKeyOn(List<String> cols) {
        Set<String> wanted = new HashSet<>(cols);
        if (new HashSet<>(primaryKeyColumns()).equals(wanted)) return true;
        for (IndexDef i : indexes) {
            if (i.unique() && i.where() == null && !i.hasExpressions() && new HashSet<>(i.columns()).equals(wanted)) return true;
        }
        return false;
    }

    public Optional<IndexDef> index(String indexName) {
        for (IndexDef i : indexes) if (i.name().equals(indexName)) return Optional.of(i);
        return Optional.empty();
    }

    public TableDef withName(String newName) {
        return new TableDef(newName, columns, primaryKey, indexes, foreignKeys, checks, renamedFrom);
    }

    public TableDef withColumns(List<ColumnDef> newColumns) {
        return new TableDef(name, newColumns, primaryKey, indexes, foreignKeys, checks, renamedFrom);
    }

    public TableDef withIndexes(List<IndexDef> newIndexes) {
        return new TableDef(name, columns, primaryKey, newIndexes, foreignKeys, checks, renamedFrom);
    }

    public TableDef withForeignKeys(List<ForeignKeyDef> newFks) {
        return new TableDef(name, columns, primaryKey, indexes, newFks, checks, renamedFrom);
    }

    public TableDef withPrimaryKey(PrimaryKeyDef pk) {
        return new TableDef(name, columns, pk, indexes, foreignKeys, checks, renamedFrom);
    }

    public TableDef withChecks(List<CheckDef> newChecks) {
        return new TableDef(name, columns, primaryKey, indexes, foreignKeys, newChecks, renamedFrom);
    }

    public TableDef withRenamedFrom(String from) {
        return new TableDef(name, columns, primaryKey, indexes, foreignKeys, checks, from);
    }

    public TableDef mapColumns(UnaryOperator<ColumnDef> f) {
        return withColumns(columns.stream().map(f).toList());
    }

    /** Whether the table has an INTEGER PRIMARY KEY, SQLite's alias of the rowid. */
    public boolean hasRowidAlias() {
        List<String> pk = primaryKeyColumns();
        if (pk.size() != 1) return false;
        return column(pk.get(0)).map(ColumnDef::integerType).orElse(false);
    }
}
