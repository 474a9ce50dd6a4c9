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
 * Up to {@link #MAX_COPIES} copies at a time (a view, its filters and order each), the least recently used dropped for a new one:
 * two tabs on two grouped views, or one view in two orders, each keep theirs (with one copy, alternating requests made it again
 * every time). All on the studio's own connection (temp tables: nothing is written to the file). D1 has no temp tables: there
 * such a view pages by {@link OffsetCursor} as any other.
 */
final class ViewCopy {

    /**
     * The name of the temp table holding a copy: the view's columns as c1, c2, …, each row's rowid its place in the order, from 1
     * (no column of its own: a view of 100 columns, D1's limit, which wrangler's local file keeps too, has no room for one more).
     * Each copy takes the first name of TABLE, TABLE_2, TABLE_3, … that no temp object has (the console's own, another copy's).
     */
    static final String TABLE = "godwit_studio_view_rows";

    static final long MAX_AGE_MILLIS = 60_000;

    /** Copies kept at once: a few tabs' worth, each a temp table as big as its view's rows. */
    static final int MAX_COPIES = 4;

    private final Database db;
    private final StudioSchema schema;

    /** A copy: its temp table, the view, filters and order it holds, and the database's state and time when it was made. */
    private record Copy(String table, String view, String filters, String order, long rows, String state, long madeAt) {
        boolean holds(String view, String filters) {
            return this.view.equals(view) && this.filters.equals(filters);
        }
    }

    /** The copies, least recently used first. */
    private final List<Copy> copies = new ArrayList<>();

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
        ViewDef def = schema.read(false).viewNamed(view).orElse(null);
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

    /** The rows of the view under the grid's filters, counted from a copy (made now where there is none for them). */
    long count(GridView v) {
        return current(v, false).rows();
    }

    /**
     * The page of {@code limit + 1} rows after the first {@code offset} in the grid's order (one more than the page: whether there
     * is a next), each a map of the view's columns; {@code sql} gets the query.
     */
    List<Map<String, Object>> page(GridView v, long offset, int limit, StringBuilder sql) {
        Copy c = current(v, true);
        try {
            return run(pageSql(v.table(), c.table(), offset, limit), sql);
        } catch (DatabaseException gone) {
            // the console dropped the temp table (or made another object of its name): forgotten, not dropped, and made again once
            if (!copies.remove(c)) throw gone;
            return run(pageSql(v.table(), current(v, true).table(), offset, limit), sql);   // under a free name
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
     * again where there is none, the database changed since, or it is too old. Copies that can no longer serve (the database
     * changed, or a minute passed) are dropped then, and the least recently used where {@link #MAX_COPIES} are kept.
     */
    private Copy current(GridView v, boolean inOrder) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        GridView.filterSql(v, where, params);
        String filters = Conjunction.of(where) + " " + params.stream().map(ViewCopy::keyOf).toList();
        String order = String.join(", ", RowPages.rowlessOrder(v));
        TableDef t = v.table();
        String before = state();
        long now = System.currentTimeMillis();
        Copy fresh = null;
        for (Copy c : copies) {
            boolean serves = c.state().equals(before) && now - c.madeAt() < MAX_AGE_MILLIS;
            if (serves && c.holds(t.name(), filters) && (c.order().equals(order) || !inOrder && fresh == null)) fresh = c;
        }
        if (fresh != null) {
            copies.remove(fresh);
            copies.add(fresh);   // the most recently used now
            return fresh;
        }
        // the same view, filters and order made again in its own table; copies that cannot serve again dropped, and the oldest
        // beyond the few kept
        String reuse = null;
        for (Copy c : List.copyOf(copies)) {
            boolean same = c.holds(t.name(), filters) && c.order().equals(order);
            if (same || !c.state().equals(before) || now - c.madeAt() >= MAX_AGE_MILLIS) {
                copies.remove(c);
                if (same) reuse = c.table();
                else drop(c.table());
            }
        }
        while (copies.size() >= MAX_COPIES) drop(copies.remove(0).table());
        List<String> cols = new ArrayList<>();
        List<String> into = new ArrayList<>();
        for (int i = 0; i < t.columnNames().size(); i++) {
            cols.add("\"c" + (i + 1) + "\"");   // no type: every value kept as the view gives it (no affinity)
            into.add(Quoting.doubleQuoted(t.columnNames().get(i)));
        }
        String table = null;
        try {
            // a copy's own table is emptied and used again; never a temp table or view the console made: that name is left to it
            String name = reuse != null && "table".equals(tempObjectType(reuse)) ? reuse : freeName();
            db.query("DROP TABLE IF EXISTS temp." + name);
            db.query("CREATE TEMP TABLE " + name + " (" + String.join(", ", cols) + ")");
            table = name;
            // rowids follow the insert, which follows the ORDER BY: each row's rowid is its place in the page order
            db.query("INSERT INTO temp." + table + " (" + String.join(", ", cols) + ") SELECT " + String.join(", ", into) + " FROM "
                    + Quoting.doubleQuoted(t.name()) + (where.isEmpty() ? "" : " WHERE " + Conjunction.of(where)) + " ORDER BY " + order,
                    params.toArray());
        } catch (DatabaseException e) {
            // a view that fails to read (an overflow, malformed JSON, a table gone) left the new table behind, one more each request
            if (table != null) {
                try {
                    drop(table);
                } catch (DatabaseException dropFailed) {
                    e.addSuppressed(dropFailed);   // the view's own error is the one to tell
                }
            }
            throw schema.explained(t, e);
        }
        long rows = ((Number) db.query("SELECT count(*) AS \"n\" FROM temp." + table).get(0).get("n")).longValue();
        String after = state();
        // another connection's commit while the copy was made may be missing from it: it serves this request, then is made again
        boolean still = outside(before).equals(outside(after));
        Copy made = new Copy(table, t.name(), filters, order, rows, still ? after : "", System.currentTimeMillis());
        if (still) {
            // this copy's INSERT moved total_changes(), not the database: the other copies that served before still do
            copies.replaceAll(c -> c.state().equals(before) ? new Copy(c.table(), c.view(), c.filters(), c.order(), c.rows(), after, c.madeAt()) : c);
        }
        copies.add(made);
        return made;
    }

    /** Drops a copy's table, if it is still a table (the console may have dropped it and made a view of its name). */
    private void drop(String table) {
        if ("table".equals(tempObjectType(table))) db.query("DROP TABLE temp." + table);
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
