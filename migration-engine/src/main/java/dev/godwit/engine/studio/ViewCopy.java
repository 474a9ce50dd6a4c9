package dev.godwit.engine.studio;

import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.schema.model.SqliteNames;
import dev.godwit.schema.model.TableDef;
import dev.godwit.schema.model.ViewDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pages and counts of a grouped view on a local file, read from a copy of its rows. SQLite builds such a view (GROUP BY,
 * DISTINCT, a window function, UNION / INTERSECT / EXCEPT, or a view over one) whole for every query that reads it: each page,
 * in a total order over every column, and its count took 0.7-1.3 s on a view over 100,000 rows (README, Paging speed). The copy
 * is a temp table of the view's rows under the grid's filters, numbered in the page order, made by one read of the view: a page
 * is then the rows numbered after its offset (an index seek, exactly what {@code OFFSET} gives) and the count the copy's size.
 * It serves while the database is unchanged (schema_version; data_version, which other connections' commits move; this
 * connection's total_changes(), read before and after the copy is made, so a commit landing meanwhile is not taken as seen) and
 * {@link #MAX_AGE_MILLIS} at most, for a view that reads the clock; then it is made again.
 * One copy at a time, on the studio's own connection (a temp table: nothing is written to the file). D1 has no temp tables:
 * there such a view pages by {@link OffsetCursor} as any other.
 */
final class ViewCopy {

    /**
     * The name of the temp table holding the copy: the view's columns as c1, c2, …, each row's rowid its place in the order, from 1
     * (no column of its own: a view of 100 columns, D1's limit, which wrangler's local file keeps too, has no room for one more).
     * Where the console made a temp table or view of that name, the copy takes the first free one of TABLE_2, TABLE_3, …
     */
    static final String TABLE = "godwit_studio_view_rows";

    static final long MAX_AGE_MILLIS = 60_000;

    private final Database db;
    private final StudioSchema schema;

    /** The view, filters and order the copy holds, and the database's state and time when it was made. */
    private record Copy(String view, String filters, String order, long rows, String state, long madeAt) {
    }

    private Copy copy;

    /** The copy's temp table: TABLE unless the console took that name first; {@code made} once this copy created it. */
    private String table = TABLE;
    private boolean made;

    ViewCopy(Database db, StudioSchema schema) {
        this.db = db;
        this.schema = schema;
    }

    /** Whether {@code t}'s pages come from a copy: a grouped view on a local file. */
    boolean serves(TableDef t) {
        return !db.capabilities().remote() && schema.isView(t) && groups(t.name(), new HashSet<>());
    }

    /**
     * Whether the view's SELECT builds its rows whole before the first one comes out: a GROUP BY, DISTINCT, a window (OVER), a
     * compound (UNION, INTERSECT, EXCEPT), or a view it reads that does. Read from its text, keywords only (not in strings).
     */
    private boolean groups(String view, Set<String> seen) {
        if (!seen.add(SqliteNames.key(view))) return false;
        ViewDef def = schema.read(false).views().stream().filter(v -> SqliteNames.key(v.name()).equals(SqliteNames.key(view))).findFirst().orElse(null);
        if (def == null || def.definition() == null) return false;
        List<SqlNames.Name> names = SqlNames.names(def.definition());
        for (int i = 0; i < names.size(); i++) {
            SqlNames.Name n = names.get(i);
            if (n.is("DISTINCT") || n.is("OVER") || n.is("UNION") || n.is("INTERSECT") || n.is("EXCEPT")) return true;
            if (n.is("GROUP") && i + 1 < names.size() && names.get(i + 1).is("BY")) return true;
        }
        for (SqlNames.Name n : names) {
            if (groups(n.text(), seen)) return true;
        }
        return false;
    }

    /** The rows of the view under the grid's filters, counted from the copy (made now where there is none for them). */
    long count(GridView v) {
        return current(v, false).rows();
    }

    /**
     * The page of {@code limit + 1} rows after the first {@code offset} in the grid's order (one more than the page: whether there
     * is a next), each a map of the view's columns; {@code sql} gets the query.
     */
    List<Map<String, Object>> page(GridView v, long offset, int limit, StringBuilder sql) {
        Copy c = current(v, true);
        String q = pageSql(v.table(), table, offset, limit);
        try {
            return run(q, sql);
        } catch (DatabaseException gone) {
            // the console dropped the temp table (or wrote to it): made again once
            if (copy != c) throw gone;
            copy = null;
            current(v, true);
            return run(pageSql(v.table(), table, offset, limit), sql);   // under a free name if the console took the copy's
        }
    }

    private List<Map<String, Object>> run(String q, StringBuilder sql) {
        sql.setLength(0);
        sql.append(q);
        return db.query(q);
    }

    private static String pageSql(TableDef t, String table, long offset, int limit) {
        List<String> cols = new ArrayList<>();
        for (int i = 0; i < t.columnNames().size(); i++) cols.add("\"c" + (i + 1) + "\" AS " + Quoting.doubleQuoted(t.columnNames().get(i)));
        return "SELECT " + String.join(", ", cols) + " FROM temp." + table + " WHERE rowid > " + offset + " ORDER BY rowid LIMIT " + (limit + 1);
    }

    /**
     * The copy for the view and its filters (in the grid's order where {@code inOrder}: a count takes a copy in any order), made
     * again where there is none, the database changed since, or it is too old.
     */
    private Copy current(GridView v, boolean inOrder) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        GridView.filterSql(v, where, params);
        String filters = String.join(" AND ", where) + " " + params.stream().map(ViewCopy::keyOf).toList();
        String order = String.join(", ", RowPages.rowlessOrder(v));
        TableDef t = v.table();
        if (copy != null && copy.view().equals(t.name()) && copy.filters().equals(filters)
                && (copy.order().equals(order) || !inOrder) && System.currentTimeMillis() - copy.madeAt() < MAX_AGE_MILLIS
                && copy.state().equals(state())) {
            return copy;
        }
        List<String> cols = new ArrayList<>();
        List<String> into = new ArrayList<>();
        for (int i = 0; i < t.columnNames().size(); i++) {
            cols.add("\"c" + (i + 1) + "\"");   // no type: every value kept as the view gives it (no affinity)
            into.add(Quoting.doubleQuoted(t.columnNames().get(i)));
        }
        String before = state();
        try {
            copy = null;
            // the last copy's table is dropped, never a temp table or view the console made: that one's name is left to it
            if (!(made && "table".equals(tempObjectType(table)))) table = freeName();
            db.query("DROP TABLE IF EXISTS temp." + table);
            db.query("CREATE TEMP TABLE " + table + " (" + String.join(", ", cols) + ")");
            made = true;
            // rowids follow the insert, which follows the ORDER BY: each row's rowid is its place in the page order
            db.query("INSERT INTO temp." + table + " (" + String.join(", ", cols) + ") SELECT " + String.join(", ", into) + " FROM "
                    + Quoting.doubleQuoted(t.name()) + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + " ORDER BY " + order,
                    params.toArray());
        } catch (DatabaseException e) {
            throw schema.explained(t, e);
        }
        long rows = ((Number) db.query("SELECT count(*) AS \"n\" FROM temp." + table).get(0).get("n")).longValue();
        String after = state();
        // another connection's commit while the copy was made may be missing from it: it serves this request, then is made again
        boolean still = outside(before).equals(outside(after));
        copy = new Copy(t.name(), filters, order, rows, still ? after : "", System.currentTimeMillis());
        return copy;
    }

    /** The type of the temp schema's object named {@code name} (table, view, index, trigger), or null if there is none. */
    private String tempObjectType(String name) {
        List<Map<String, Object>> r = db.query("SELECT type FROM temp.sqlite_master WHERE lower(name) = lower(?)", name);
        return r.isEmpty() ? null : (String) r.get(0).get("type");
    }

    /** TABLE, or TABLE_2, TABLE_3, …: the first name no object of the temp schema has. */
    private String freeName() {
        for (int i = 1; ; i++) {
            String name = i == 1 ? TABLE : TABLE + "_" + i;
            if (tempObjectType(name) == null) return name;
        }
    }

    /** The part of {@link #state} that this connection's own writes (the copy's INSERT) do not move. */
    private static String outside(String state) {
        return state.substring(0, state.lastIndexOf(' '));
    }

    /** What moves when the database changes: its schema, another connection's commit, a change made on this one. */
    private String state() {
        Map<String, Object> r = db.query("SELECT (SELECT schema_version FROM pragma_schema_version) AS \"s\","
                + " (SELECT data_version FROM pragma_data_version) AS \"d\", total_changes() AS \"c\"").get(0);
        return r.get("s") + " " + r.get("d") + " " + r.get("c");
    }

    private static String keyOf(Object param) {
        return param instanceof byte[] b ? "x'" + HexFormat.of().formatHex(b) + "'" : param == null ? "null" : param.getClass().getSimpleName() + ":" + param;
    }
}
