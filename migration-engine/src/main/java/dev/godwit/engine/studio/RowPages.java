package dev.godwit.engine.studio;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.TableDef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Pages of a grid view and its count. Keyset pages on the sort column and the row's key (its rowid, or a WITHOUT ROWID table's
 * primary key): never OFFSET but for rows without a key (views), which page by {@link OffsetCursor}. A page is one query (on D1,
 * one call); its count is another request, so a page does not wait for a count over a big table.
 */
final class RowPages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database db;
    private final StudioSchema schema;
    private final RowCounts rowCounts;
    private final ViewCopy viewCopy;
    private final WriteReach reach;
    /** Whether {@link Cells#FUNCTION} is defined on the database (a local file): then a page reads large values as previews. */
    private final boolean previews;

    RowPages(Database db, StudioSchema schema, RowCounts rowCounts, ViewCopy viewCopy, WriteReach reach, boolean previews) {
        this.previews = previews;
        this.db = db;
        this.schema = schema;
        this.rowCounts = rowCounts;
        this.viewCopy = viewCopy;
        this.reach = reach;
    }

    static final int MAX_PAGE = 500;

    static final int DEFAULT_PAGE = 50;

    /**
     * Where a cursor's sort value is its row's value, not a value bound: over D1 a large one (a page's {@link Cells.Preview}) is
     * compared as {@code (SELECT c FROM t WHERE key)}; bound twice, a 1.5 MB text was a request of 3 MB, over what Godwit sends
     * D1, and the next page of a table sorted by it failed.
     */
    record AtRow() {
    }

    /**
     * A cursor that carries a hash gets its sort value back from its row, if that row is still there with that value. Over D1 a
     * large value is read as its preview ({@link Cells#remoteTerm}, as the page that made the cursor read it) and stays in its row
     * ({@link AtRow}).
     */
    private PageCursor resolve(GridView v, PageCursor cur) {
        if (cur == null || cur.hash() == null) return cur;
        TableDef t = v.table();
        boolean remote = db.capabilities().remote();
        String c = Quoting.doubleQuoted(v.sort().name());
        List<Map<String, Object>> rows;
        try {
            rows = db.query("SELECT " + (remote ? Cells.remoteValue(c) + " AS \"v\", "
                    + Cells.remoteLarge(c) + " AS \"p\"" : c + " AS \"v\"") + " FROM " + Quoting.doubleQuoted(t.name()) + " WHERE "
                    + v.key().equal(""), v.key().orderParams(cur.key()).toArray());
        } catch (DatabaseException e) {
            throw schema.explained(t, e);
        }
        boolean preview = !rows.isEmpty() && rows.get(0).get("p") instanceof Number p && p.longValue() == 1;
        Object value = rows.isEmpty() ? null : preview ? Cells.openedRemote((String) rows.get(0).get("v")) : rows.get(0).get("v");
        if (rows.isEmpty() || !PageCursor.hashOf(value).equals(cur.hash())) {
            throw new StudioException(409, "the row this page ended at (" + v.key().named(cur.key()) + ") was deleted or its \"" + v.sort().name()
                    + "\" changed since, so the page cannot continue from it: go back to the first page");
        }
        return preview ? new PageCursor(new AtRow(), cur.key(), cur.hash(), cur.inclusive()) : new PageCursor(value, cur.key(), null, cur.inclusive());
    }

    /**
     * Rows after (or before) a cursor: {@code WHERE filters AND (sort, key) beyond the cursor
     * ORDER BY sort, key LIMIT n+1}, the key being the rowid or the primary key's columns. SQLite sorts NULL first ascending,
     * last descending; the keyset condition follows that, so each row appears exactly once across pages.
     */
    private static void keyset(GridView v, PageCursor cur, boolean forward, List<String> where, List<Object> params) {
        boolean asc = v.ascending() == forward;
        String r = v.key().beyond((asc ? ">" : "<") + (cur.inclusive() ? "=" : ""));
        if (v.sort() == null) {
            where.add(r);
            params.addAll(v.key().orderParams(cur.key()));
            return;
        }
        String c = Quoting.doubleQuoted(v.sort().name());
        if (cur.sortValue() == null) {
            if (asc) {
                where.add("((" + c + " IS NULL AND " + r + ") OR " + c + " IS NOT NULL)");
            } else {
                where.add("(" + c + " IS NULL AND " + r + ")");
            }
            params.addAll(v.key().orderParams(cur.key()));
        } else {
            // "c >= v AND (c > v OR key beyond)": the first term is a range an index on c can seek to.
            String cmp = asc ? ">" : "<";
            String at = "?";
            List<Object> atParams = java.util.Collections.singletonList(cur.sortValue());
            if (cur.sortValue() instanceof AtRow) {   // the value in its row, not bound (see AtRow)
                at = "(SELECT " + c + " FROM " + Quoting.doubleQuoted(v.table().name()) + " WHERE " + v.key().equal("") + ")";
                atParams = v.key().orderParams(cur.key());
            }
            String range = c + " " + cmp + "= " + at + " AND (" + c + " " + cmp + " " + at + " OR " + r + ")";
            where.add(asc ? "(" + range + ")" : "((" + range + ") OR " + c + " IS NULL)");
            params.addAll(atParams);
            params.addAll(atParams);
            params.addAll(v.key().orderParams(cur.key()));
        }
    }

    /** The SQL of a page query and its parameters. */
    record PageQuery(String sql, List<Object> params) {
    }

    static PageQuery pageQuery(GridView v, PageCursor cursor, boolean forward, int limit, boolean remote) {
        return pageQuery(v, cursor, forward, limit, remote, false);
    }

    /**
     * As {@link #pageQuery(GridView, PageCursor, boolean, int, boolean)}; with {@code previews} (a local file), large values as the
     * grid shows them ({@link Cells}); over D1 ({@code remote}) by SQLite's own functions ({@link Cells#remoteTerm}).
     */
    static PageQuery pageQuery(GridView v, PageCursor cursor, boolean forward, int limit, boolean remote, boolean previews) {
        return pageQuery(v, cursor, forward, limit, remote, previews, null);
    }

    /** As above; with {@code only} (a row's key values), that row alone, whatever the filters. */
    private static PageQuery pageQuery(GridView v, PageCursor cursor, boolean forward, int limit, boolean remote, boolean previews, List<Object> only) {
        String select = !previews ? ExactRows.selectExactly(v.table(), v.key(), remote)
                : remote ? ExactRows.selectPreviewingRemote(v.table(), v.key()) : ExactRows.selectPreviewing(v.table(), v.key());
        PageQuery rows = rowsAfter(v, cursor, forward, select, only);
        return new PageQuery(rows.sql() + " LIMIT " + (limit + 1), rows.params());
    }

    /** {@code SELECT select FROM t WHERE filters AND keyset ORDER BY sort, key}, without a LIMIT. */
    private static PageQuery rowsAfter(GridView v, PageCursor cursor, boolean forward, String select) {
        return rowsAfter(v, cursor, forward, select, null);
    }

    private static PageQuery rowsAfter(GridView v, PageCursor cursor, boolean forward, String select, List<Object> only) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (only != null) {
            where.add(v.key().equal(""));
            params.addAll(v.key().orderParams(only));
        } else {
            GridView.filterSql(v, where, params);
        }
        if (cursor != null) keyset(v, cursor, forward, where, params);
        return new PageQuery("SELECT " + select + " FROM " + Quoting.doubleQuoted(v.table().name())
                + (where.isEmpty() ? "" : " WHERE " + Conjunction.of(where)) + " ORDER BY " + order(v, forward), params);
    }

    /** The ORDER BY terms of a page: the sort column, then the key (the rowid or the primary key's columns), all one way. */
    private static String order(GridView v, boolean forward) {
        String dir = v.ascending() == forward ? "" : " DESC";
        List<String> order = new ArrayList<>();
        if (v.sort() != null) order.add(Quoting.doubleQuoted(v.sort().name()) + dir);
        v.key().orderTerms().forEach(k -> order.add(k + dir));
        return String.join(", ", order);
    }

    /**
     * What a row's values weigh in D1's answer, as SQL over the table's columns: a text its characters, a blob 4 per byte (D1's
     * JSON writes a blob as an array of numbers, {@code [255,0,…]}), other values nothing. {@link #weight} is never less for the
     * same row as read back. Neither {@code length} nor {@code typeof} reads a blob's bytes.
     */
    static String weightSql(TableDef t) {
        List<String> terms = new ArrayList<>();
        for (String n : t.columnNames()) {
            String c = Quoting.doubleQuoted(n);
            terms.add("CASE typeof(" + c + ") WHEN 'blob' THEN 4 * length(" + c + ") WHEN 'text' THEN length(" + c + ") ELSE 0 END");
        }
        return balancedSum(terms);
    }

    /** {@code a + b + …} as a balanced tree: a chain of 100 terms passed D1's expression depth of 100 ("Expression tree is too large"). */
    private static String balancedSum(List<String> terms) {
        if (terms.size() == 1) return terms.get(0);
        int half = terms.size() / 2;
        return "(" + balancedSum(terms.subList(0, half)) + ") + (" + balancedSum(terms.subList(half, terms.size())) + ")";
    }

    /**
     * {@link #weightSql} of a row as read back (its values unpacked): a text's UTF-16 units, never fewer than SQLite's characters
     * (which stop at a NUL), a blob's bytes times 4.
     */
    static long weight(TableDef t, Map<String, Object> row) {
        long w = 0;
        for (String n : t.columnNames()) {
            Object x = row.get(n);
            if (x instanceof byte[] b) w += 4L * b.length;
            else if (x instanceof String s) w += s.length();
        }
        return w;
    }

    /**
     * How many of the rows after a cursor (forward, {@code limit + 1} at most) come before their {@link #weightSql}s pass
     * {@code budget}: a query of one row, {@code n} those rows and {@code k} those whose rows before them weigh less than the
     * budget (so the first always counts). In the page's own order (a window over the same ORDER BY), ties and NULLs included;
     * it reads no blob's bytes.
     */
    static PageQuery weighedQuery(GridView v, PageCursor cursor, int limit, long budget) {
        String before = ExactRows.freeLabel(v.table(), "__godwit_before");
        PageQuery rows = rowsAfter(v, cursor, true, "coalesce(sum(" + weightSql(v.table()) + ") OVER (ORDER BY " + order(v, true)
                + " ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS " + Quoting.doubleQuoted(before));
        return new PageQuery("SELECT count(*) AS \"n\", coalesce(sum(" + Quoting.doubleQuoted(before) + " < " + budget + "), 0) AS \"k\" FROM ("
                + rows.sql() + " LIMIT " + (limit + 1) + ")", rows.params());
    }

    /**
     * A forward page of {@code limit} rows at most (one more tells there are more) that stops once its rows' {@link #weightSql}s
     * pass {@code budget}, with at least one row: the page query limited by {@link #weighedQuery}'s {@code k}, in one statement
     * (its parameters twice).
     */
    static PageQuery weighedPageQuery(GridView v, PageCursor cursor, int limit, long budget, boolean remote) {
        PageQuery rows = rowsAfter(v, cursor, true, ExactRows.selectExactly(v.table(), v.key(), remote));
        PageQuery weighed = weighedQuery(v, cursor, limit, budget);
        List<Object> params = new ArrayList<>(rows.params());
        params.addAll(weighed.params());
        return new PageQuery(rows.sql() + " LIMIT (SELECT \"k\" FROM (" + weighed.sql() + "))", params);
    }

    /** The key of a row read by a page query (and {@link ExactRows#unpacked}): its rowid, or its primary key's values. */
    static List<Object> keyIn(GridView v, Map<String, Object> row) {
        if (v.key().byRowid()) return List.of(Long.parseLong((String) row.get(ExactRows.rowidLabel(v.table()))));
        return v.key().columns().stream().map(row::get).toList();
    }

    static int limit(Map<String, String> params) {
        String l = params.get("limit");
        if (l == null) return DEFAULT_PAGE;
        String range = "limit is a whole number from 1 to " + MAX_PAGE + " (a larger one gives " + MAX_PAGE + " rows)";
        if (!l.matches("[+]?\\d+|-\\d+")) throw StudioException.bad(range + ", not \"" + l + "\"");
        java.math.BigInteger n = new java.math.BigInteger(l.startsWith("+") ? l.substring(1) : l);
        if (n.signum() < 1) throw StudioException.bad(range + ", not " + l);
        return n.min(java.math.BigInteger.valueOf(MAX_PAGE)).intValue();
    }

    /** A page of a view: {@code after} or {@code before} a cursor (or the first page), {@code limit} rows at most ({@link #MAX_PAGE}). */
    ObjectNode page(TableDef t, Map<String, String> params) {
        GridView v = GridView.parse(schema, t, params);
        int limit = limit(params);
        String after = params.get("after");
        String before = params.get("before");
        if (after != null && before != null) throw StudioException.bad("give after or before, not both");
        boolean forward = before == null;
        // One row by its rowid or key (rowid=, key=), as a page shows it, with its version: Undo of an edit that moved the row off its
        // page (the sorted column edited, a filter it no longer meets) writes the old value back to it there (it said to do it by hand)
        boolean oneRow = params.containsKey("rowid") || params.containsKey("key");
        String at = params.get("at");
        if (at != null && (after != null || before != null || oneRow)) {
            throw StudioException.bad("give at (the row to jump to) or a cursor (after, before) or a row (rowid, key), not two of them");
        }
        Long jumpTo = at == null ? null : jumpOffset(at);
        if (v.key() == null) {
            if (oneRow) throw StudioException.bad("\"" + t.name() + "\" has no rowid or key to find a row by: " + schema.rowlessReason(t));
            if (jumpTo != null) return jumpedOffsetPage(v, limit, jumpTo, schema.rowlessReason(t));
            return offsetPage(v, limit, after != null ? after : before, schema.rowlessReason(t));
        }
        if (oneRow && (after != null || before != null)) throw StudioException.bad("give a row (rowid or key) or a cursor (after, before), not both");
        PageCursor cur = resolve(v, after != null ? PageCursor.decode(after, v) : before != null ? PageCursor.decode(before, v) : null);
        Jump jump = jumpTo == null ? null : jump(v, jumpTo, limit);
        if (jump != null) cur = jump.cursor();
        boolean remote = db.capabilities().remote();
        boolean previews = this.previews && !remote;   // on a local file, by the studio's function; over D1 always, by SQLite's own
        PageQuery q = pageQuery(v, cur, forward, limit, remote, previews || remote, oneRow ? RowLookup.keyOf(t, v.key(), params) : null);
        // Over D1 the page asks for its count in the same call where it has none (a table opened, a filter set): one call, not two.
        // Not for a table of more than 90 columns (D1 returns 100 result columns); nor without rows to carry it: then asked apart.
        // Nor where the filters' parameters, bound twice, would pass D1's 100 a statement.
        List<String> where = new ArrayList<>();
        List<Object> countParams = new ArrayList<>();
        GridView.filterSql(v, where, countParams);
        boolean withCount = !oneRow && (jump == null || jump.count() == null) && "1".equals(params.get("count")) && db.capabilities().remote() && t.columnNames().size() <= 90
                && countParams.size() + q.params().size() <= D1BoundValues.MAX_PARAMS;
        String countLabel = ExactRows.freeLabel(t, "__godwit_count");
        String triggersLabel = ExactRows.freeLabel(t, "__godwit_triggers");
        boolean triggers = withCount && reach.needsTriggers();   // riding along, as with a count of its own
        if (withCount) {
            String extra = "(SELECT count(*) FROM " + Quoting.doubleQuoted(t.name()) + (where.isEmpty() ? "" : " WHERE " + Conjunction.of(where))
                    + ") AS " + Quoting.doubleQuoted(countLabel) + (triggers ? ", " + WriteReach.TRIGGERS + " AS " + Quoting.doubleQuoted(triggersLabel) : "");
            countParams.addAll(q.params());   // the count's parameters come first, as its terms do
            q = new PageQuery("SELECT " + extra + ", " + q.sql().substring("SELECT ".length()), countParams);
        }
        List<Map<String, Object>> rows;
        List<Map<String, Object>> read;
        try {
            read = db.query(q.sql(), q.params().toArray());
            List<String> screened = previews ? Cells.screened(t, v.key()) : List.of();
            rows = new ArrayList<>(read.stream().map(r -> remote ? ExactRows.previewed(t, v.key(), r)
                    : ExactRows.unpacked(v.table(), v.key(), previews ? Cells.opened(t, screened, r) : r)).toList());
        } catch (DatabaseException e) {
            throw schema.explained(t, e);
        }
        Long counted = null;
        if (withCount && !read.isEmpty()) {
            counted = ((Number) read.get(0).get(countLabel)).longValue();
            if (triggers) reach.known(read.get(0).get(triggersLabel));
            // the labels leave the rows (a row unpacked has none; one as read has them)
            rows.replaceAll(r -> {
                Map<String, Object> m = new java.util.LinkedHashMap<>(r);
                m.remove(countLabel);
                m.remove(triggersLabel);
                return m;
            });
        }
        boolean more = rows.size() > limit;
        if (more) rows = rows.subList(0, limit);
        if (!forward) rows = reversed(rows);
        ObjectNode out = pageHead(t, limit);
        ArrayNode data = out.putArray("rows");
        for (Map<String, Object> r : rows) {
            ObjectNode row = data.addObject();
            putKey(row, v.key(), keyIn(v, r));
            row.put("version", RowGuard.version(t.columnNames(), r));
            rowValues(row, t, r);
        }
        boolean hasNext = forward ? more : true;
        boolean hasPrev = forward ? cur != null : more;
        if (!rows.isEmpty()) {
            if (hasNext) out.put("next", cursorOf(v, rows.get(rows.size() - 1)).encode(v.key()));
            if (hasPrev) out.put("prev", cursorOf(v, rows.get(0)).encode(v.key()));
        } else if (forward && cur != null) {
            // The rows after the cursor went (deleted meanwhile): the way back is the page that ends with the cursor's own row.
            out.put("prev", new PageCursor(cur.sortValue(), cur.key(), cur.hash(), true).encode(v.key()));
        }
        String readOnly = schema.readOnlyRelation(t);   // a virtual table: paged by rowid, not changed here
        if (readOnly != null) out.put("readOnly", readOnly);
        if (counted != null) out.put("count", counted);
        if (jump != null) jump.put(out);
        out.put("sql", q.sql());
        return out;
    }

    /** {@code at}: a row number from 0 (the first row), or {@code last} for the last page. -1 stands for last. */
    private static long jumpOffset(String at) {
        if (at.equals("last")) return -1;
        if (!at.matches("\\d{1,18}")) throw StudioException.bad("at is the number of rows to skip (0 for the first page) or \"last\", not \"" + at + "\"");
        return Long.parseLong(at);
    }

    /**
     * Where a jump landed: the row offset of its first row, the cursor that pages forward from that row (inclusive), and, where
     * the jump asked for a row past the end (or for the last page), the count that placed it on the last page.
     */
    private record Jump(long offset, PageCursor cursor, long asked, Long count) {
        void put(ObjectNode out) {
            out.put("at", offset);
            if (count != null) out.put("count", count);
            if (asked >= 0 && asked != offset) out.put("past", asked);   // asked for a row past the end: on the last page instead
        }
    }

    /**
     * The page that starts {@code offset} rows in: its first row's key by one {@code ORDER BY sort, key LIMIT 1 OFFSET ?} under
     * the filters (SQLite steps over every earlier row: on D1 billed as a read of each), then a keyset page from that row on, so
     * Next and Previous from it are as exact as from any page. Past the end (or {@code last}, -1), the last page, found by a count.
     */
    private Jump jump(GridView v, long offset, int limit) {
        Landing<Map<String, Object>> at = land(v, limit, offset, target -> target == 0 ? null : rowAt(v, target), java.util.Objects::isNull);
        Map<String, Object> row = at.found();
        if (row == null) return new Jump(0, null, offset, at.count());   // the first page (rows deleted meanwhile, or none asked past it)
        // The cursor compares with the row's own sort value ((SELECT c FROM t WHERE key)), not a copy of it bound: a large text or
        // blob stays in its row. A NULL one takes the NULL branch of the keyset.
        Object sortValue = v.sort() == null || row.get(v.sort().name()) == null ? null : new AtRow();
        return new Jump(at.target(), new PageCursor(sortValue, keyIn(v, row), null, true), offset, at.count());
    }

    /** Where a jump to {@code offset} landed: the row offset read, what was read there, and the count taken to get there (or null). */
    private record Landing<R>(long target, R found, Long count) {
    }

    /**
     * A jump, keyed rows or not: {@code read} at {@code offset}; past the end ({@code missing} what it read) or for {@code last} (-1),
     * at the last page, found by a count. Counted only when needed: a jump that lands costs no count.
     */
    private <R> Landing<R> land(GridView v, int limit, long offset, java.util.function.LongFunction<R> read, java.util.function.Predicate<R> missing) {
        Long count = null;
        long target = offset;
        if (offset < 0) {
            count = countUnder(v);
            target = lastPage(count, limit);
        }
        R found = read.apply(target);
        if (missing.test(found) && target > 0 && count == null) {
            count = countUnder(v);
            target = lastPage(count, limit);
            found = read.apply(target);
        }
        return new Landing<>(target, found, count);
    }

    private static long lastPage(long count, int limit) {
        return count == 0 ? 0 : (count - 1) / limit * limit;
    }

    /** The row {@code offset} rows in, under the view's filters and order, or null past the end. */
    private Map<String, Object> rowAt(GridView v, long offset) {
        TableDef t = v.table();
        boolean remote = db.capabilities().remote();
        String select = remote ? ExactRows.selectPreviewingRemote(t, v.key()) : ExactRows.selectExactly(t, v.key(), false);
        String sql;
        List<Object> params;
        if (v.key().byRowid()) {
            // the OFFSET over the rowid and sort column alone, the row read by its rowid after: a sort without an index held every
            // skipped row whole (0.8 s to page 1,000 of 200,000 rows)
            PageQuery keys = rowsAfter(v, null, true, v.key().rowid());
            sql = "SELECT " + select + " FROM " + Quoting.doubleQuoted(t.name()) + " WHERE " + v.key().rowid() + " = (" + keys.sql() + " LIMIT 1 OFFSET ?)";
            params = new ArrayList<>(keys.params());
        } else {
            PageQuery rows = rowsAfter(v, null, true, select);
            sql = rows.sql() + " LIMIT 1 OFFSET ?";
            params = new ArrayList<>(rows.params());
        }
        params.add(offset);
        List<Map<String, Object>> read;
        try {
            read = db.query(sql, params.toArray());
        } catch (DatabaseException e) {
            throw schema.explained(t, e);
        }
        if (read.isEmpty()) return null;
        return remote ? ExactRows.previewed(t, v.key(), read.get(0)) : ExactRows.unpacked(t, v.key(), read.get(0));
    }

    /** The rows under the view's filters, counted whole (a jump past the end has read them all already). */
    private long countUnder(GridView v) {
        TableDef t = v.table();
        if (viewCopy.serves(t)) return viewCopy.count(v);
        List<String> where = new ArrayList<>();
        List<Object> p = new ArrayList<>();
        GridView.filterSql(v, where, p);
        try {
            return rowCounts.where(List.of(t.name()), List.of(where.isEmpty() ? "1" : Conjunction.of(where)), p, null, null).get(0);
        } catch (DatabaseException e) {
            throw schema.explained(t, e);
        }
    }

    /** A jump on rows without a key: by OFFSET as their pages go; past the end (or {@code last}), the last page by a count. */
    private ObjectNode jumpedOffsetPage(GridView v, int limit, long offset, String why) {
        Landing<ObjectNode> at = land(v, limit, offset, target -> offsetPage(v, limit, OffsetCursor.at(target).encode(), why),
                page -> page.get("rows").isEmpty());
        new Jump(at.target(), null, offset, at.count()).put(at.found());
        return at.found();
    }

    /** A row's key in an answer: {@code "rowid": "7"} (a string: exact above 2^53), or {@code "key": [tagged values]}. */
    static void putKey(ObjectNode o, RowKey k, List<Object> key) {
        if (k.byRowid()) o.put("rowid", key.get(0).toString());
        else o.set("key", k.toJson(key));
    }

    /**
     * A page of rows the studio cannot address one by one ({@link StudioSchema#rowlessReason}): {@code LIMIT n OFFSET k} in a total order (the
     * sort column, then the primary key, or every column of a view), read-only. A next page continues where it can from the last
     * row's value of the order's first column ({@link OffsetCursor}), so OFFSET steps over the rows that tie with it, not over every
     * earlier row: page 18,000 of a view cost 10-15 times page 1 (README, Paging speed).
     */
    private ObjectNode offsetPage(GridView v, int limit, String cursor, String why) {
        TableDef t = v.table();
        ColumnDef lead = leadColumn(v);
        OffsetCursor cur = cursor == null ? OffsetCursor.FIRST : OffsetCursor.decode(cursor, t, lead);
        if (viewCopy.serves(t)) return copiedPage(v, limit, cur, why);
        String select = ExactRows.selectRowless(t, db.capabilities().remote());
        PageQuery q = offsetQuery(v, cur, select, limit);
        String sql = q.sql();
        List<Map<String, Object>> rows = db.query(sql, q.params().toArray()).stream().map(r -> ExactRows.exactRowless(t, r)).toList();
        List<Map<String, Object>> shown = rows.subList(0, Math.min(limit, rows.size()));
        ObjectNode out = pageHead(t, limit);
        ArrayNode data = out.putArray("rows");
        for (Map<String, Object> r : shown) {
            rowValues(data.addObject(), t, r);
        }
        boolean rounded = db.capabilities().remote() && select.equals("*");   // over D1 without the exact integers
        if (rows.size() > limit) out.put("next", cur.next(lead.name(), shown, rounded).encode());
        if (cur.offset() > 0) out.put("prev", OffsetCursor.at(Math.max(0, cur.offset() - limit)).encode());
        out.put("readOnly", why);
        out.put("sql", sql);
        return out;
    }

    /**
     * {@code SELECT select FROM t WHERE filters [AND lead from the cursor's value] ORDER BY rowlessOrder LIMIT limit+1 [OFFSET skip]}:
     * the rows from an {@link OffsetCursor}, a page of {@link #offsetPage} (and of a view's export over D1).
     */
    static PageQuery offsetQuery(GridView v, OffsetCursor cur, String select, int limit) {
        PageQuery rows = offsetRows(v, cur, select);
        long skip = cur.keyset() ? cur.tied() : cur.offset();
        return new PageQuery(rows.sql() + " LIMIT " + (limit + 1) + (skip > 0 ? " OFFSET " + skip : ""), rows.params());
    }

    /** {@link #offsetQuery} without its LIMIT and OFFSET. */
    private static PageQuery offsetRows(GridView v, OffsetCursor cur, String select) {
        TableDef t = v.table();
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        GridView.filterSql(v, where, params);
        if (cur.keyset()) {
            String c = Quoting.doubleQuoted(leadColumn(v).name());
            // SQLite sorts NULL first ascending, last descending
            if (cur.lead() == null) {
                if (!v.ascending()) where.add(c + " IS NULL");
            } else {
                where.add(v.ascending() ? c + " >= ?" : "(" + c + " <= ? OR " + c + " IS NULL)");
                params.add(cur.lead());
            }
        }
        return new PageQuery("SELECT " + select + " FROM " + Quoting.doubleQuoted(t.name()) + (where.isEmpty() ? "" : " WHERE " + Conjunction.of(where))
                + " ORDER BY " + String.join(", ", rowlessOrder(v)), params);
    }

    /**
     * As {@link #weighedQuery}, for rows without a key: of the {@code limit + 1} rows at most from an {@link OffsetCursor},
     * {@code n} those rows and {@code k} those whose rows before them, from the page's first on (in {@link #rowlessOrder}), weigh
     * less than {@code budget}. The window sums the weights from the first row the filters keep, as OFFSET skips rows after it;
     * the page's first row's sum (the least: weights are never negative) is taken off. (Numbering the rows in a window of their
     * own beside the weights made SQLite's sorter hold a blob twice: "string or blob too big" under D1's 2 MB a value.)
     */
    static PageQuery weighedOffsetQuery(GridView v, OffsetCursor cur, int limit, long budget) {
        TableDef t = v.table();
        String b = Quoting.doubleQuoted(ExactRows.freeLabel(t, "__godwit_before"));
        PageQuery rows = offsetQuery(v, cur, "coalesce(sum(" + weightSql(t) + ") OVER (ORDER BY " + String.join(", ", rowlessOrder(v))
                + " ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS " + b, limit);
        return new PageQuery("SELECT count(*) AS \"n\", coalesce(sum(" + b + " - \"f\" < " + budget + "), 0) AS \"k\" FROM (SELECT " + b
                + ", min(" + b + ") OVER () AS \"f\" FROM (" + rows.sql() + "))", rows.params());
    }

    /**
     * As {@link #weighedPageQuery}, for rows without a key: the rows from an {@link OffsetCursor}, {@code limit} at most (one more
     * tells there are more), that stop once their {@link #weightSql}s pass {@code budget}, with at least one row; one statement,
     * its parameters twice.
     */
    static PageQuery weighedOffsetPageQuery(GridView v, OffsetCursor cur, String select, int limit, long budget) {
        PageQuery rows = offsetRows(v, cur, select);
        PageQuery weighed = weighedOffsetQuery(v, cur, limit, budget);
        long skip = cur.keyset() ? cur.tied() : cur.offset();
        List<Object> params = new ArrayList<>(rows.params());
        params.addAll(weighed.params());
        return new PageQuery(rows.sql() + " LIMIT (SELECT \"k\" FROM (" + weighed.sql() + "))" + (skip > 0 ? " OFFSET " + skip : ""), params);
    }

    /** A page of a grouped view from its copy ({@link ViewCopy}): the rows after the cursor's offset, by offset both ways. */
    private ObjectNode copiedPage(GridView v, int limit, OffsetCursor cur, String why) {
        StringBuilder sql = new StringBuilder();
        List<Map<String, Object>> rows = viewCopy.page(v, cur.offset(), limit, sql);
        List<Map<String, Object>> shown = rows.subList(0, Math.min(limit, rows.size()));
        ObjectNode out = pageHead(v.table(), limit);
        ArrayNode data = out.putArray("rows");
        for (Map<String, Object> r : shown) rowValues(data.addObject(), v.table(), r);
        if (rows.size() > limit) out.put("next", OffsetCursor.at(cur.offset() + shown.size()).encode());
        if (cur.offset() > 0) out.put("prev", OffsetCursor.at(Math.max(0, cur.offset() - limit)).encode());
        out.put("readOnly", why);
        out.put("sql", sql.toString());
        return out;
    }

    /** The first column of {@link #rowlessOrder}: the sort column, else the primary key's first, else the first column. */
    static ColumnDef leadColumn(GridView v) {
        TableDef t = v.table();
        if (v.sort() != null) return v.sort();
        return t.primaryKeyColumns().isEmpty() ? t.columns().get(0) : t.column(t.primaryKeyColumns().get(0)).orElseThrow();
    }

    /** A page's answer before its rows: the table, the page size and the column names. */
    static ObjectNode pageHead(TableDef t, int limit) {
        ObjectNode out = JSON.createObjectNode();
        out.put("table", t.name());
        out.put("limit", limit);
        ArrayNode cols = out.putArray("columns");
        t.columnNames().forEach(cols::add);
        return out;
    }

    static void rowValues(ObjectNode row, TableDef t, Map<String, Object> r) {
        ArrayNode values = row.putArray("values");
        for (String c : t.columnNames()) values.add(Values.toJson(r.get(c)));
    }

    /**
     * A total order for rows without a key: the view's sort, then the primary key, then every other column. Such a table's key may
     * be NULL in several rows, which tie on it, and SQLite orders ties as its plan reads them: the next page's query put them in
     * another order than the first's, and OFFSET showed some twice and others never.
     */
    static List<String> rowlessOrder(GridView v) {
        TableDef t = v.table();
        String dir = v.ascending() ? "" : " DESC";
        List<String> order = new ArrayList<>();
        if (v.sort() != null) order.add(Quoting.doubleQuoted(v.sort().name()) + dir);
        List<String> columns = new ArrayList<>(t.primaryKeyColumns());
        t.columnNames().stream().filter(c -> !columns.contains(c)).forEach(columns::add);
        // the sort column once: D1 allows as many ORDER BY terms as columns (100), and a 100-column view has them all
        if (v.sort() != null) columns.remove(v.sort().name());
        columns.forEach(c -> order.add(Quoting.doubleQuoted(c) + dir));
        return order;
    }

    static PageCursor cursorOf(GridView v, Map<String, Object> row) {
        return new PageCursor(v.sort() == null ? null : row.get(v.sort().name()), keyIn(v, row));
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> out = new ArrayList<>(list);
        Collections.reverse(out);
        return out;
    }

    /**
     * How many rows a view has (a separate call, so a page does not wait for a count over a big table). On a local file within
     * {@link RowCounts#budget}, unless {@code wait=1} (the page's "count" asks so): past it the count is stopped and the answer has
     * {@code "counted": false} and no count. A count reads every row it counts, on the connection every page of every tab reads
     * on: opening a table of a 4.1 GB file held it half a minute, and the page showed no row until the count came.
     */
    ObjectNode count(TableDef t, Map<String, String> params) {
        GridView v = GridView.parse(schema, t, params);
        List<String> where = new ArrayList<>();
        List<Object> p = new ArrayList<>();
        GridView.filterSql(v, where, p);
        Long n;
        if (viewCopy.serves(t)) return JSON.createObjectNode().put("table", t.name()).put("count", viewCopy.count(v));
        try {
            // the triggers, which tell a write what else it may change, ride along where they are not known (on D1 a call saved)
            boolean triggers = reach.needsTriggers();
            java.util.function.Supplier<Long> count = () -> rowCounts.where(List.of(t.name()), List.of(where.isEmpty() ? "1" : Conjunction.of(where)), p,
                    triggers ? WriteReach.TRIGGERS : null, triggers ? reach::known : null).get(0);
            n = db.capabilities().remote() || "1".equals(params.get("wait")) ? count.get() : rowCounts.within(count);
        } catch (DatabaseException e) {
            throw schema.explained(t, e);
        }
        ObjectNode out = JSON.createObjectNode().put("table", t.name());
        if (n == null) return out.put("counted", false).put("budgetMs", RowCounts.budget.toMillis());
        return out.put("count", n);
    }
}
