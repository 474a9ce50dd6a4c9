package dev.godwit.engine.introspect;

import dev.godwit.engine.sql.Quoting;
import dev.godwit.schema.model.SqliteNames;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The columns that make a table a migration history: drizzle-orm's layout {@code (id, hash, created_at)} and wrangler's
 * {@code (id, name, applied_at)}. One rule for introspection (which leaves such a table out), the history lookup (which
 * layout to read) and a fleet's one-request guard (the same test in SQL).
 */
public enum HistoryColumns {
    DRIZZLE("hash", "created_at"),
    WRANGLER("name", "applied_at");

    private final List<String> names;

    HistoryColumns(String... names) {
        this.names = List.of(names);
    }

    /** The layout these column names (any case) hold, drizzle-orm's first; null when neither. */
    public static HistoryColumns of(Collection<String> columnNames) {
        Set<String> keys = new HashSet<>();
        for (String c : columnNames) keys.add(SqliteNames.key(c));
        for (HistoryColumns layout : values()) if (keys.containsAll(layout.names)) return layout;
        return null;
    }

    /** An SQL condition, true when the table named by {@code table} holds this layout's columns (as {@link #of} decides). */
    public String heldBySql(String table) {
        return "(SELECT count(*) FROM pragma_table_info(" + Quoting.literal(table) + ") WHERE lower(name) IN ("
                + names.stream().map(Quoting::literal).collect(Collectors.joining(", ")) + ")) = " + names.size();
    }
}
