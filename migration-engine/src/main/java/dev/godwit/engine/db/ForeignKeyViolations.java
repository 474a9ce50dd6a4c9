package dev.godwit.engine.db;

import dev.godwit.engine.sql.Quoting;
import dev.godwit.schema.model.SqliteNames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The rows that break a foreign key ({@code PRAGMA foreign_key_check}), each told by its table, parent, and the values of the key's
 * columns, not by its rowid: with foreign keys off, a migration may leave the rows that broke a key before and none more, but a
 * rebuild's copy numbers a table without an INTEGER PRIMARY KEY afresh (closing the gaps of deleted rows) and its keys in a new
 * order, so a violation the file already had would read as one the migration made.
 */
public final class ForeignKeyViolations {

    private static final int BATCH = 500;

    private final List<Map<String, Object>> rows;
    private final List<String> keys;   // per row: table, parent, key columns and their values

    private ForeignKeyViolations(List<Map<String, Object>> rows, List<String> keys) {
        this.rows = rows;
        this.keys = keys;
    }

    /** Reads them now, through {@code query} on the database's connection. */
    public static ForeignKeyViolations read(Function<String, List<Map<String, Object>>> query) {
        List<Map<String, Object>> rows = query.apply("PRAGMA foreign_key_check");
        List<String> keys = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) keys.add(null);
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();   // table + fkid -> its rows' positions
        for (int i = 0; i < rows.size(); i++) byKey.computeIfAbsent(rows.get(i).get("table") + "\u0000" + rows.get(i).get("fkid"), k -> new ArrayList<>()).add(i);
        for (List<Integer> group : byKey.values()) {
            Map<String, Object> first = rows.get(group.get(0));
            String table = String.valueOf(first.get("table"));
            List<String> columns = new ArrayList<>();
            for (Map<String, Object> c : query.apply("SELECT \"from\" FROM pragma_foreign_key_list(" + Quoting.literal(table) + ") WHERE id = "
                    + ((Number) first.get("fkid")).longValue() + " ORDER BY seq")) {
                columns.add(String.valueOf(c.get("from")));
            }
            // by table, parent and the key's values in its order: not the columns' names (a migration may rename one) nor the
            // values' types (a rebuild may give the column another affinity, '7' then 7)
            String head = SqliteNames.key(table) + "\u0000" + SqliteNames.key(String.valueOf(first.get("parent"))) + "\u0000";
            Map<Long, String> values = valuesByRowid(query, table, columns, group.stream().map(i -> rows.get(i).get("rowid")).toList());
            for (int i : group) {
                Object rowid = rows.get(i).get("rowid");
                // a WITHOUT ROWID table's rows have none: they are told apart by count only
                keys.set(i, head + (rowid == null ? "?" : values.getOrDefault(((Number) rowid).longValue(), "?")));
            }
        }
        return new ForeignKeyViolations(rows, keys);
    }

    /**
     * The rows of {@code now} that {@code before} does not hold, one for one (two rows with the same dangling key are two): a row
     * is the same as before where its table, rowid, parent and key are (as SQLite's check reports it), or else where its table,
     * parent and the key's values are (a rebuild renumbered it).
     */
    public List<Map<String, Object>> addedSince(ForeignKeyViolations before) {
        List<Map<String, Object>> unmatchedOld = new ArrayList<>(before.rows);
        List<String> unmatchedOldKeys = new ArrayList<>(before.keys);
        List<Integer> unmatchedNew = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int at = unmatchedOld.indexOf(rows.get(i));
            if (at >= 0) {
                unmatchedOld.remove(at);
                unmatchedOldKeys.remove(at);
            } else {
                unmatchedNew.add(i);
            }
        }
        Map<String, Integer> left = new HashMap<>();
        for (String k : unmatchedOldKeys) left.merge(k, 1, Integer::sum);
        List<Map<String, Object>> added = new ArrayList<>();
        for (int i : unmatchedNew) {
            Integer n = left.get(keys.get(i));
            if (n != null && n > 0) left.put(keys.get(i), n - 1);
            else added.add(rows.get(i));
        }
        return added;
    }

    /**
     * {@code PRAGMA foreign_key_check}'s rows said for a person, read on the connection that holds them (inside the failed
     * transaction, before its rollback): how many, the first five named by what identifies them after the rollback too (a
     * rebuild's copy renumbers a table without an INTEGER PRIMARY KEY, whose rowid then names another row) and the key's values:
     * {@code row 2 of "players" references a missing row of "teams" ("team_id" 9)}.
     */
    public static String described(List<Map<String, Object>> rows, Function<String, List<Map<String, Object>>> query) {
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        for (Map<String, Object> r : rows) {
            if (shown++ == 5) {
                sb.append(", …");
                break;
            }
            if (sb.length() > 0) sb.append(", ");
            sb.append(oneRow(r, query));
        }
        return rows.size() + " foreign key violation(s): " + sb;
    }

    private static String oneRow(Map<String, Object> r, Function<String, List<Map<String, Object>>> query) {
        String table = String.valueOf(r.get("table"));
        String plain = "row " + r.get("rowid") + " of " + Quoting.doubleQuoted(table) + " references a missing row of "
                + Quoting.doubleQuoted(String.valueOf(r.get("parent")));
        try {
            List<String> keyColumns = new ArrayList<>();
            for (Map<String, Object> c : query.apply("SELECT \"from\" FROM pragma_foreign_key_list(" + Quoting.literal(table) + ") WHERE id = "
                    + ((Number) r.get("fkid")).longValue() + " ORDER BY seq")) keyColumns.add(String.valueOf(c.get("from")));
            List<String> pk = new ArrayList<>();
            boolean rowidKey = false;
            List<Map<String, Object>> info = query.apply("SELECT name, type, pk FROM pragma_table_info(" + Quoting.literal(table) + ") ORDER BY pk");
            for (Map<String, Object> c : info) if (((Number) c.get("pk")).longValue() > 0) pk.add(String.valueOf(c.get("name")));
            if (pk.size() == 1) {
                for (Map<String, Object> c : info) {
                    if (String.valueOf(c.get("name")).equals(pk.get(0))) rowidKey = "INTEGER".equalsIgnoreCase(String.valueOf(c.get("type")));
                }
            }
            Object rowid = r.get("rowid");
            String alias = SqliteNames.rowidAlias(info.stream().map(c -> String.valueOf(c.get("name"))).toList());
            if (rowid == null || alias == null || keyColumns.isEmpty()) return plain;
            List<String> wanted = new ArrayList<>(keyColumns);
            if (!rowidKey) for (String p : pk) if (!wanted.contains(p)) wanted.add(p);
            List<Map<String, Object>> row = query.apply("SELECT " + String.join(", ", wanted.stream().map(Quoting::doubleQuoted).toList()) + " FROM "
                    + Quoting.doubleQuoted(table) + " WHERE " + alias + " = " + ((Number) rowid).longValue());
            if (row.isEmpty()) return plain;
            Map<String, Object> values = row.get(0);
            String keys = String.join(", ", keyColumns.stream().map(c -> Quoting.doubleQuoted(c) + " " + shown(values.get(c))).toList());
            String which;
            if (rowidKey) which = "row " + rowid + " of " + Quoting.doubleQuoted(table);
            else if (!pk.isEmpty()) which = "the row of " + Quoting.doubleQuoted(table) + " with " + String.join(", ", pk.stream()
                    .map(c -> Quoting.doubleQuoted(c) + " " + shown(values.get(c))).toList());
            else which = "a row of " + Quoting.doubleQuoted(table);   // no key of its own: its rowid may be another row's after a rebuild
            return which + " references a missing row of " + Quoting.doubleQuoted(String.valueOf(r.get("parent"))) + " (" + keys + ")";
        } catch (RuntimeException unreadable) {
            return plain;
        }
    }

    /** A value as one text whatever the column's affinity made of it: 7, 7.0 and '7' alike. */
    private static String typeNeutral(Object x) {
        if (x == null) return "null";
        if (x instanceof byte[] b) return "blob:" + Arrays.toString(b);
        String text = String.valueOf(x);
        try {
            java.math.BigDecimal d = new java.math.BigDecimal(text.strip());
            return "n:" + (d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString());
        } catch (NumberFormatException notANumber) {
            return "t:" + text;
        }
    }

    private static String shown(Object v) {
        if (v == null) return "NULL";
        if (v instanceof String s) return Quoting.literal(s.length() > 40 ? s.substring(0, 40) + "…" : s);
        if (v instanceof byte[] b) return "a blob of " + b.length + " bytes";
        return String.valueOf(v);
    }

    /** The values of {@code columns} in the rows of {@code table} with these rowids, each as one text that tells types apart. */
    private static Map<Long, String> valuesByRowid(Function<String, List<Map<String, Object>>> query, String table, List<String> columns,
                                                   List<Object> rowids) {
        Map<Long, String> out = new HashMap<>();
        List<Long> ids = rowids.stream().filter(r -> r != null).map(r -> ((Number) r).longValue()).toList();
        List<String> names = query.apply("SELECT name FROM pragma_table_xinfo(" + Quoting.literal(table) + ")").stream()
                .map(r -> String.valueOf(r.get("name"))).toList();
        String rowid = SqliteNames.rowidAlias(names);   // a column named rowid hides it under that name
        if (columns.isEmpty() || ids.isEmpty() || rowid == null) return out;
        String select = "SELECT " + rowid + " AS \"__godwit_rowid\", " + String.join(", ", columns.stream().map(Quoting::doubleQuoted).toList())
                + " FROM " + Quoting.doubleQuoted(table) + " WHERE " + rowid + " IN (";
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            for (Map<String, Object> row : query.apply(select + String.join(", ", batch.stream().map(String::valueOf).toList()) + ")")) {
                StringBuilder v = new StringBuilder();
                for (String c : columns) v.append(typeNeutral(row.get(c))).append('\u0001');
                out.put(((Number) row.get("__godwit_rowid")).longValue(), v.toString());
            }
        }
        return out;
    }
}
