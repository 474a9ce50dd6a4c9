package dev.godwit.engine.preflight;

import dev.godwit.engine.introspect.Introspector;
import dev.godwit.schema.model.SqliteNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A table as the comparison needs it: its stored (not generated) columns, its generated ones, primary key, the parent
 * of each foreign-key column, and whether it has a rowid. Read with three catalog queries for all
 * tables (the full introspection is much slower and not needed here).
 */
record Shape(String name, List<String> columns, List<String> generated, List<String> primaryKey, Map<String, String> parents, Set<String> referenced,
             boolean rowid) {
    /**
     * How to name the rowid: rowid, else oid, else _rowid_, the first no column takes (a column named rowid hides it, a generated
     * one too); null when none.
     */
    String rowidName() {
        if (!rowid) return null;
        List<String> all = new ArrayList<>(columns);
        all.addAll(generated);
        return SqliteNames.rowidAlias(all);
    }

    boolean has(String column) {
        return columns.stream().anyMatch(c -> SqliteNames.key(c).equals(SqliteNames.key(column)));
    }

    /** Every user table of the replica's main schema, by {@link SqliteNames#key}. */
    static Map<String, Shape> all(Replica r) {
        Map<String, Shape> out = new java.util.LinkedHashMap<>();
        for (Map<String, Object> row : r.query("SELECT name, sql FROM main.sqlite_master WHERE type = 'table' AND sql IS NOT NULL")) {
            String n = String.valueOf(row.get("name"));
            if (Introspector.leavesOut(r, n, Set.of())) continue;
            boolean rowid = !withoutRowid(String.valueOf(row.get("sql")));
            out.put(SqliteNames.key(n), new Shape(n, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new java.util.LinkedHashMap<>(), new HashSet<>(), rowid));
        }
        if (out.isEmpty()) return out;
        Map<String, java.util.TreeMap<Long, String>> pks = new HashMap<>();
        for (Map<String, Object> row : r.query("SELECT m.name AS t, p.name AS c, p.pk AS pk, p.hidden AS hidden FROM main.sqlite_master m"
                + " JOIN pragma_table_xinfo(m.name, 'main') p WHERE m.type = 'table' ORDER BY m.name, p.cid")) {
            Shape s = out.get(SqliteNames.key(String.valueOf(row.get("t"))));
            if (s == null) continue;
            String c = String.valueOf(row.get("c"));
            long hidden = row.get("hidden") instanceof Number h ? h.longValue() : 0;
            if (hidden == 0) s.columns().add(c);
            else if (hidden == 2 || hidden == 3) s.generated().add(c);
            long pk = row.get("pk") instanceof Number p ? p.longValue() : 0;
            if (pk > 0) pks.computeIfAbsent(s.name(), k -> new java.util.TreeMap<>()).put(pk, c);
        }
        for (Map.Entry<String, java.util.TreeMap<Long, String>> e : pks.entrySet()) {
            out.get(SqliteNames.key(e.getKey())).primaryKey().addAll(e.getValue().values());
        }
        for (Map<String, Object> row : r.query("SELECT m.name AS t, f.\"from\" AS c, f.\"table\" AS parent, f.\"to\" AS ref FROM main.sqlite_master m"
                + " JOIN pragma_foreign_key_list(m.name, 'main') f WHERE m.type = 'table'")) {
            Shape s = out.get(SqliteNames.key(String.valueOf(row.get("t"))));
            if (s != null) s.parents().putIfAbsent(String.valueOf(row.get("c")), String.valueOf(row.get("parent")));
            Shape p = out.get(SqliteNames.key(String.valueOf(row.get("parent"))));
            if (p != null) {
                if (row.get("ref") != null) p.referenced().add(String.valueOf(row.get("ref")));
                else p.referenced().addAll(p.primaryKey());
            }
        }
        return out;
    }

    /** The pattern's leading {@code .*} backtracks over the whole statement: tried only where the word is there at all. */
    private static boolean withoutRowid(String sql) {
        return sql.toUpperCase(java.util.Locale.ROOT).contains("WITHOUT") && WITHOUT_ROWID.matcher(sql).matches();
    }

    private static final Pattern WITHOUT_ROWID = Pattern.compile("(?is).*\\)\\s*(STRICT\\s*,\\s*)?WITHOUT\\s+ROWID.*");
}
