package dev.godwit.schema.model;

/**
 * Tells where a table or column was declared, so validation errors can point at it:
 * "class com.acme.Users" and "field Users.email", or "schema.yaml line 12".
 */
public interface SourceMap {

    String table(String table);

    String column(String table, String column);

    /** Where a view was declared; only its name where that is not known. */
    default String view(String view) {
        return "view \"" + view + "\"";
    }

    /** Where a foreign key was declared: by default its one column's place, or its table's for a key of several columns. */
    default String foreignKey(String table, ForeignKeyDef fk) {
        return fk.columns().size() == 1 ? column(table, fk.columns().get(0)) : table(table);
    }

    /**
     * Where the {@code nth} (counted from 0) entry of a kind ({@code "index"}, {@code "check"}, {@code "foreign key"},
     * {@code "primary key"}) named {@code name} was declared in {@code table}, or null where that is not known (then its
     * table's place, or a foreign key's, is named). Counted, as two entries may share a name (the second is the error).
     */
    default String entry(String table, String kind, String name, int nth) {
        return null;
    }

    /** Where the {@code nth} index (or other {@link #entry}) named {@code name} of {@code table} was declared, else its table's place. */
    default String entryOrTable(String table, String kind, String name, int nth) {
        String at = entry(table, kind, name, nth);
        return at != null ? at : table(table);
    }

    /**
     * Locations looked up by table name, and by table and column name joined with {@code \u0000};
     * names not found fall back to {@link #NAMES}.
     */
    static SourceMap of(java.util.Map<String, String> tables, java.util.Map<String, String> columns) {
        return of(tables, columns, java.util.Map.of());
    }

    /** As {@link #of(java.util.Map, java.util.Map)}, with locations of views by name. */
    static SourceMap of(java.util.Map<String, String> tables, java.util.Map<String, String> columns, java.util.Map<String, String> views) {
        return of(tables, columns, views, NAMES);
    }

    /** As {@link #of(java.util.Map, java.util.Map, java.util.Map)}, names not found there looked up in {@code others} (the Java classes beside a descriptor). */
    static SourceMap of(java.util.Map<String, String> tables, java.util.Map<String, String> columns, java.util.Map<String, String> views, SourceMap others) {
        return of(tables, columns, views, java.util.Map.of(), others);
    }

    /** As {@link #of(java.util.Map, java.util.Map, java.util.Map, SourceMap)}, with locations of foreign keys by table and key name ({@link #key}). */
    static SourceMap of(java.util.Map<String, String> tables, java.util.Map<String, String> columns, java.util.Map<String, String> views,
                        java.util.Map<String, String> foreignKeys, SourceMap others) {
        return of(tables, columns, views, foreignKeys, java.util.Map.of(), others);
    }

    /**
     * As {@link #of(java.util.Map, java.util.Map, java.util.Map, java.util.Map, SourceMap)}, with the places of indexes, checks,
     * foreign keys and primary keys in declaration order, by {@link #entryKey} ({@link #entry}).
     */
    static SourceMap of(java.util.Map<String, String> tables, java.util.Map<String, String> columns, java.util.Map<String, String> views,
                        java.util.Map<String, String> foreignKeys, java.util.Map<String, java.util.List<String>> entries, SourceMap others) {
        return new SourceMap() {
            @Override
            public String entry(String table, String kind, String name, int nth) {
                java.util.List<String> at = entries.get(entryKey(table, kind, name));
                return at != null && nth < at.size() ? at.get(nth) : others.entry(table, kind, name, nth);
            }

            @Override
            public String foreignKey(String table, ForeignKeyDef fk) {
                String at = foreignKeys.get(key(table, fk.name()));
                return at != null ? at : SourceMap.super.foreignKey(table, fk);   // its column's or table's place, looked up here
            }

            @Override
            public String view(String view) {
                String at = views.get(view);
                return at != null ? at : others.view(view);
            }

            @Override
            public String table(String table) {
                String at = tables.get(table);
                return at != null ? at : others.table(table);
            }

            @Override
            public String column(String table, String column) {
                String at = columns.get(key(table, column));
                return at != null ? at : others.column(table, column);
            }
        };
    }

    /** The key of a column (or a foreign key, by its name) in the maps given to {@link #of}. */
    static String key(String table, String column) {
        return table + "\u0000" + column;
    }

    /** The key of an entry of a table (an index, check, foreign key or primary key) in the map given to {@link #of}. */
    static String entryKey(String table, String kind, String name) {
        return kind + "\u0000" + table + "\u0000" + name;
    }

    /** Only names: table "users", column "users"."email". */
    SourceMap NAMES = new SourceMap() {
        @Override
        public String table(String table) {
            return "table \"" + table + "\"";
        }

        @Override
        public String column(String table, String column) {
            return "column \"" + table + "\".\"" + column + "\"";
        }
    };
}
