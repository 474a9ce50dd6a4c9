package dev.godwit.schema.model;

import java.util.List;
import java.util.Objects;

/** A composite primary key (two or more columns); a single-column key is a column flag. */
public record PrimaryKeyDef(String name, List<String> columns) {

    public PrimaryKeyDef {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }

    /** drizzle's default name: {@code table_a_b_pk}. */
    public static String defaultName(String table, List<String> columns) {
        return table + "_" + String.join("_", columns) + "_pk";
    }
}
