package dev.godwit.schema.model;

import java.util.List;
import java.util.Objects;

/**
 * An index. Unique constraints (column {@code unique}, table {@code uniques}) are unique indexes
 * too, as in drizzle's snapshot. A key is a column name, or an SQL expression when
 * {@code expression} is set.
 */
public record IndexDef(String name, List<Key> keys, boolean unique, String where) {

    public record Key(String text, boolean expression) {
        public Key {
            Objects.requireNonNull(text, "text");
        }

        public static Key column(String name) {
            return new Key(name, false);
        }

        public static Key expression(String sql) {
            return new Key(sql, true);
        }
    }

    public IndexDef {
        Objects.requireNonNull(name, "name");
        keys = List.copyOf(keys);
    }

    public static IndexDef onColumns(String name, List<String> columns, boolean unique, String where) {
        return new IndexDef(name, columns.stream().map(Key::column).toList(), unique, where);
    }

    /** The key texts: column names, or expressions. */
    public List<String> columns() {
        return keys.stream().map(Key::text).toList();
    }

    public boolean hasExpressions() {
        return keys.stream().anyMatch(Key::expression);
    }

    public IndexDef withKeys(List<Key> newKeys) {
        return new IndexDef(name, newKeys, unique, where);
    }

    /** drizzle's name for an unnamed unique constraint: {@code table_col1_col2_unique}. */
    public static String defaultUniqueName(String table, List<String> columns) {
        return table + "_" + String.join("_", columns) + "_unique";
    }
}
