package dev.godwit.schema.model;

import java.util.List;
import java.util.Objects;

/** A foreign key from {@code table(columns)} to {@code refTable(refColumns)}. */
public record ForeignKeyDef(
        String name,
        String table,
        List<String> columns,
        String refTable,
        List<String> refColumns,
        FkAction onDelete,
        FkAction onUpdate) {

    public ForeignKeyDef {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        refColumns = List.copyOf(refColumns);
        onDelete = onDelete == null ? FkAction.NO_ACTION : onDelete;
        onUpdate = onUpdate == null ? FkAction.NO_ACTION : onUpdate;
    }

    /** drizzle's default name: {@code table_cols_refTable_refCols_fk}. */
    public static String defaultName(String table, List<String> columns, String refTable, List<String> refColumns) {
        return table + "_" + String.join("_", columns) + "_" + refTable + "_" + String.join("_", refColumns) + "_fk";
    }

    public ForeignKeyDef withTable(String t) {
        return new ForeignKeyDef(name, t, columns, refTable, refColumns, onDelete, onUpdate);
    }

    public ForeignKeyDef withRefTable(String t) {
        return new ForeignKeyDef(name, table, columns, t, refColumns, onDelete, onUpdate);
    }

    public ForeignKeyDef withColumns(List<String> cols, List<String> refCols) {
        return new ForeignKeyDef(name, table, cols, refTable, refCols, onDelete, onUpdate);
    }

    /** Same constraint in the database, whatever its name (SQLite does not keep FK names). */
    public boolean sameConstraint(ForeignKeyDef o) {
        return table.equals(o.table) && columns.equals(o.columns) && refTable.equals(o.refTable)
                && refColumns.equals(o.refColumns) && onDelete == o.onDelete && onUpdate == o.onUpdate;
    }
}
