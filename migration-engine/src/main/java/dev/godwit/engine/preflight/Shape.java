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

    /**
     * What the catalog says of one table, as read for the CREATE statement {@code sql}: its columns (name, pk, hidden, in cid
     * order) and foreign-key rows (from, table, to, in the pragma's order). The same statement gives the same rows, so a replica
     * keeps them ({@link Replica#shapes}) and reads again only the tables a migration created or changed.
     */
    record Read(String sql, List<Object[]> columns, List<String[]> foreignKeys) {
    }

    /** With fewer tables than this to read (the others read before from the same statement), they are read one by one. */
    private static final int FEW = 64;

    /** Every user table of the replica's main schema, by {@link SqliteNames#key}. */
    static Map<String, Shape> all(Replica r) {
        Map<String, Shape> out = new java.util.LinkedHashMap<>();
        Map<String, Read> known = r.shapes();
        Map<String, Read> now = new java.util.LinkedHashMap<>();   // every table (by key) of the catalog, in its order
        List<String> toRead = new ArrayList<>();
        for (Map<String, Object> row : r.query("SELECT name, sql FROM main.sqlite_master WHERE type = 'table'")) {
            String n = String.valueOf(row.get("name"));
            String sql = row.get("sql") == null ? null : String.valueOf(row.get("sql"));
            Read k = known.get(SqliteNames.key(n));
            if (k != null && sql != null && sql.equals(k.sql())) now.put(SqliteNames.key(n), k);
            else {
                now.put(SqliteNames.key(n), null);
                toRead.add(n);
            }
            if (sql == null || Introspector.leavesOut(r, n, Set.of())) continue;
            boolean rowid = !withoutRowid(sql);
            out.put(SqliteNames.key(n), new Shape(n, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new java.util.LinkedHashMap<>(), new HashSet<>(), rowid));
        }
        if (out.isEmpty()) return out;
        read(r, toRead, now);
        known.keySet().retainAll(now.keySet());
        for (Map.Entry<String, Read> e : now.entrySet()) if (e.getValue() != null && e.getValue().sql() != null) known.put(e.getKey(), e.getValue());
        Map<String, java.util.TreeMap<Long, String>> pks = new HashMap<>();
        for (Map.Entry<String, Read> e : now.entrySet()) {
            Shape s = out.get(e.getKey());
            if (s == null) continue;
            for (Object[] col : e.getValue().columns()) {
                String c = (String) col[0];
                long hidden = (Long) col[2];
                if (hidden == 0) s.columns().add(c);
                else if (hidden == 2 || hidden == 3) s.generated().add(c);
                long pk = (Long) col[1];
                if (pk > 0) pks.computeIfAbsent(s.name(), k -> new java.util.TreeMap<>()).put(pk, c);
            }
        }
        for (Map.Entry<String, java.util.TreeMap<Long, String>> e : pks.entrySet()) {
            out.get(SqliteNames.key(e.getKey())).primaryKey().addAll(e.getValue().values());
        }
        for (Map.Entry<String, Read> e : now.entrySet()) {
            Shape s = out.get(e.getKey());
            for (String[] fk : e.getValue().foreignKeys()) {
                if (s != null) s.parents().putIfAbsent(fk[0], fk[1]);
                Shape p = out.get(SqliteNames.key(fk[1]));
                if (p != null) {
                    if (fk[2] != null) p.referenced().add(fk[2]);
                    else p.referenced().addAll(p.primaryKey());
                }
            }
        }
        return out;
    }

    /** Reads the tables {@code names} (all of {@code into}'s, or a few: one by one) into {@code into}. */
    private static void read(Replica r, List<String> names, Map<String, Read> into) {
        if (names.isEmpty()) return;
        boolean few = names.size() < FEW && names.size() < into.size();
        Map<String, String> sqlOf = new HashMap<>();
        Map<String, List<Object[]>> columns = new HashMap<>();
        Map<String, List<String[]>> fks = new HashMap<>();
        List<Map<String, Object>> colRows = new ArrayList<>();
        List<Map<String, Object>> fkRows = new ArrayList<>();
        String cols = "SELECT m.name AS t, m.sql AS sql, p.name AS c, p.pk AS pk, p.hidden AS hidden FROM main.sqlite_master m"
                + " JOIN pragma_table_xinfo(m.name, 'main') p WHERE m.type = 'table'";
        String keys = "SELECT m.name AS t, f.\"from\" AS c, f.\"table\" AS parent, f.\"to\" AS ref FROM main.sqlite_master m"
                + " JOIN pragma_foreign_key_list(m.name, 'main') f WHERE m.type = 'table'";
        if (few) {
            for (String n : names) {
                colRows.addAll(r.query(cols + " AND m.name = ? ORDER BY p.cid", n));
                fkRows.addAll(r.query(keys + " AND m.name = ?", n));
            }
        } else {
            colRows = r.query(cols + " ORDER BY m.name, p.cid");
            fkRows = r.query(keys);
        }
        for (Map<String, Object> row : colRows) {
            String t = SqliteNames.key(String.valueOf(row.get("t")));
            if (row.get("sql") != null) sqlOf.put(t, String.valueOf(row.get("sql")));
            long hidden = row.get("hidden") instanceof Number h ? h.longValue() : 0;
            long pk = row.get("pk") instanceof Number p ? p.longValue() : 0;
            columns.computeIfAbsent(t, k -> new ArrayList<>()).add(new Object[] {String.valueOf(row.get("c")), pk, hidden});
        }
        for (Map<String, Object> row : fkRows) {
            String t = SqliteNames.key(String.valueOf(row.get("t")));
            fks.computeIfAbsent(t, k -> new ArrayList<>()).add(new String[] {String.valueOf(row.get("c")), String.valueOf(row.get("parent")),
                    row.get("ref") == null ? null : String.valueOf(row.get("ref"))});
        }
        for (String n : names) {
            String k = SqliteNames.key(n);
            into.put(k, new Read(sqlOf.get(k), columns.getOrDefault(k, List.of()), fks.getOrDefault(k, List.of())));
        }
    }

    /**
     * Whether a table's {@code CREATE TABLE} says WITHOUT ROWID: read by the DDL parser, so a comment between the closing
     * parenthesis and the words counts (the pattern alone missed it); the pattern stays for a statement the parser cannot read.
     * Both are tried only where the word is there at all (the pattern's leading {@code .*} backtracks over the whole statement).
     */
    static boolean withoutRowid(String sql) {
        if (!sql.toUpperCase(java.util.Locale.ROOT).contains("WITHOUT")) return false;
        return dev.godwit.engine.introspect.UnmodelledClause.of(sql).stream().anyMatch(c -> c.kind().equals("WITHOUT ROWID"))
                || WITHOUT_ROWID.matcher(sql).matches();
    }

    private static final Pattern WITHOUT_ROWID = Pattern.compile("(?is).*\\)\\s*(STRICT\\s*,\\s*)?WITHOUT\\s+ROWID.*");
}
