package dev.godwit.engine.studio;

import dev.godwit.engine.d1.D1Exception;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.schema.model.TableDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The rows of an export (a grid view's, all pages; or a read query's), handed to a {@link RowSink} as they are read. */
final class ExportRows {

    private final Database db;
    private final StudioSchema schema;
    private final SqlConsole console;
    /** The studio's lock ({@link StudioData}): taken for each page of a view's export, for the whole of a query's. */
    private final Object lock;

    ExportRows(Database db, StudioSchema schema, SqlConsole console, Object lock) {
        this.db = db;
        this.schema = schema;
        this.console = console;
        this.lock = lock;
    }

    static final int MAX_EXPORT_ROWS = 1_000_000;

    private static final int EXPORT_CHUNK = 1000;

    /**
     * About how many bytes of values one chunk of a local table's export holds: 1,000 rows of 8 MB files were 8 GB read at once
     * (a 2.4 GB table of blobs failed with "Out of memory" under a 1 GB heap, where the grid showed it). A local chunk stops
     * reading rows from its cursor once those read hold this much (so it holds this and one row more, whatever rows came
     * before: sized by the last chunk's largest row, 1,000 rows of 1 KB were followed by a chunk of 1,000 rows of 8 MB); over
     * D1 a chunk is one API call, and D1 caps a row at 2 MB.
     */
    static final long EXPORT_CHUNK_BYTES = 16L << 20;

    /**
     * About how many characters of D1's JSON (a blob's byte is about 4: {@code 255,}) one chunk of an export over D1 holds: it stops
     * before the row that would start past this, with at least one row (D1 caps a value at 2 MB, so a row of one such blob is 8 MB).
     */
    static final long D1_CHUNK_BYTES = 4L << 20;

    /** {@link #D1_CHUNK_BYTES}, smaller in tests that page many chunks (the rows' weight, not their bytes, decides the cuts). */
    static volatile long d1ChunkBytes = D1_CHUNK_BYTES;

    /** Where an export's rows go, as they are read: the column names first, then each row's values in that order. */
    interface RowSink {
        void columns(List<String> names);

        void row(List<Object> values);
    }

    /** How many rows an export wrote, and whether the cap ({@link #MAX_EXPORT_ROWS}) left some out. */
    record Exported(long rows, boolean truncated) {
    }

    /**
     * A table view's rows, all pages, to {@code sink}: read in keyset pages of {@link #EXPORT_CHUNK} rows at most (locally fewer:
     * a page ends once its rows hold {@link #EXPORT_CHUNK_BYTES}), each a query of its own
     * under the studio's lock and handed on outside it, so memory holds one page and a slow download does not hold up the
     * studio. Like paging, rows changed while the export runs may or may not be in it; none appears twice but one whose sort value moved
     * past the chunk being read. Rows without a key (a
     * view) come from one query on a local file; over D1, where that query is one API call answered whole whatever its size, in
     * pages by {@link OffsetCursor}, as the grid pages them ({@link #exportRowlessOverD1}).
     */
    Exported exportView(GridView v, RowSink sink) {
        TableDef t = v.table();
        sink.columns(t.columnNames());
        if (v.key() == null) return db.capabilities().remote() ? exportRowlessOverD1(v, sink) : exportInOneQuery(v, sink);
        PageCursor cur = null;
        long n = 0;
        while (true) {
            int want = (int) Math.min(EXPORT_CHUNK, MAX_EXPORT_ROWS - n);
            Page chunk;
            try {
                chunk = exportPage(v, cur, want);
            } catch (DatabaseException e) {
                synchronized (lock) {
                    RuntimeException explained = schema.explained(t, e);
                    if (explained == e && e instanceof D1Exception d && !d.isSqlError()) throw asked(v, cur, n, e);
                    throw explained;
                }
            }
            int k = Math.min(chunk.rows().size(), want);
            for (int i = 0; i < k; i++) sink.row(valuesOf(t, chunk.rows().get(i)));
            n += k;
            if (!chunk.cut() && chunk.rows().size() <= want) return new Exported(n, false);
            if (n >= MAX_EXPORT_ROWS) return new Exported(n, true);
            if (k == 0) return new Exported(n, false);
            cur = RowPages.cursorOf(v, chunk.rows().get(k - 1));
        }
    }

    /**
     * A failure of D1 (no answer after its retries, a server error, a rate limit) that names what the export asked: D1 said
     * "No answer from Cloudflare D1 (…). Check the network and db.d1.endpoint", which sent one looking at the network for a
     * chunk that was too big to answer.
     */
    private static DatabaseException asked(GridView v, PageCursor cur, long written, DatabaseException e) {
        String which = cur == null ? "its first rows"
                : "the rows after " + (v.sort() == null ? "" : Quoting.doubleQuoted(v.sort().name()) + " = " + RowGuard.shownLiteral(cur.sortValue()) + ", ")
                + v.key().named(cur.key());
        String m = "The export of table " + Quoting.doubleQuoted(v.table().name()) + " failed asking D1 for " + which + " (" + written
                + " rows written before): " + e.getMessage();
        return new DatabaseException(m, -1, null, m, e.outcomeUnknown(), e);
    }

    /** A chunk's rows; {@code cut} when a local chunk stopped at {@link #EXPORT_CHUNK_BYTES} with rows left to read. */
    private record Page(List<Map<String, Object>> rows, boolean cut) {
    }

    /** Thrown from a local chunk's cursor to stop reading it once the rows read hold {@link #EXPORT_CHUNK_BYTES}. */
    private static final class ChunkFull extends RuntimeException {
        ChunkFull() {
            super(null, null, false, false);
        }
    }

    private Page exportPage(GridView v, PageCursor cur, int want) {
        boolean remote = db.capabilities().remote();
        if (remote) return remotePage(v, cur, want);
        RowPages.PageQuery q = RowPages.pageQuery(v, cur, true, want, false);
        synchronized (lock) {
            List<Map<String, Object>> rows = new ArrayList<>();
            long[] bytes = {0};
            try {
                db.queryEach(q.sql(), q.params(), r -> {
                    if (bytes[0] >= EXPORT_CHUNK_BYTES) throw new ChunkFull();
                    Map<String, Object> row = ExactRows.unpacked(v.table(), v.key(), r);
                    bytes[0] += sizeOf(row.values());
                    rows.add(row);
                });
            } catch (ChunkFull full) {
                return new Page(rows, true);
            }
            return new Page(rows, false);
        }
    }

    /**
     * A chunk over D1, one API call whose answer D1 builds whole (and Godwit reads whole): {@link #EXPORT_CHUNK} rows at most, fewer
     * where their values weigh {@link #D1_CHUNK_BYTES} in D1's JSON ({@link RowPages#weighedPageQuery}: the weights are summed in
     * the query, which reads no blob's bytes for them). It was 1,000 rows whatever their size: 50 rows of 1.9 MB blobs were one
     * answer of about 400 MB, and the export failed after minutes of retries as "No answer from Cloudflare D1". Where the filters'
     * parameters, bound twice, would pass D1's 100 a statement, the weights are asked first in a call of their own. A chunk that
     * stopped short of its rows and weighs the budget is {@code cut}: the next chunk tells whether rows are left.
     */
    private Page remotePage(GridView v, PageCursor cur, int want) {
        return weighedPage(v.table(), want, RowPages.weighedPageQuery(v, cur, want, d1ChunkBytes, true),
                () -> RowPages.weighedQuery(v, cur, want, d1ChunkBytes), k -> RowPages.pageQuery(v, cur, true, k, true),
                r -> ExactRows.unpacked(v.table(), v.key(), r));
    }

    /**
     * One chunk over D1 under the studio's lock: {@code page} (its LIMIT cut by the rows' weights), or, where its parameters would
     * pass D1's 100, {@code weights} first in a call of their own and then {@code pageOf} the rows they allow; {@code cut} when the
     * chunk stopped short of its rows by weight (the next chunk tells whether rows are left).
     */
    private Page weighedPage(TableDef t, int want, RowPages.PageQuery page, java.util.function.Supplier<RowPages.PageQuery> weights,
            java.util.function.IntFunction<RowPages.PageQuery> pageOf, java.util.function.UnaryOperator<Map<String, Object>> exact) {
        synchronized (lock) {
            RowPages.PageQuery q = page;
            boolean known = false;
            boolean cut = false;
            if (q.params().size() > D1BoundValues.MAX_PARAMS) {
                RowPages.PageQuery weighed = weights.get();
                Map<String, Object> w = db.query(weighed.sql(), weighed.params().toArray()).get(0);
                long n = ((Number) w.get("n")).longValue();
                long k = ((Number) w.get("k")).longValue();
                if (k == 0) return new Page(List.of(), false);
                q = pageOf.apply((int) k - 1);
                known = true;
                cut = k < n;
            }
            List<Map<String, Object>> rows = db.query(q.sql(), q.params().toArray()).stream().map(exact).toList();
            if (!known && rows.size() <= want) {
                long weight = 0;
                for (Map<String, Object> r : rows) weight += RowPages.weight(t, r);
                cut = weight >= d1ChunkBytes;   // else every row after the cursor (up to want + 1) is here
            }
            return new Page(rows, cut);
        }
    }

    /**
     * Rows without a key (a view, a table whose key may be NULL) over D1: pages of {@link #EXPORT_CHUNK} rows at most that stop
     * before the row that starts past {@link #D1_CHUNK_BYTES} of D1's JSON, with at least one row, each from an {@link OffsetCursor}
     * (the order's first column's value and the rows that tie with it, else an offset) as the grid's next page; each a call of
     * its own under the studio's lock, handed on outside it. It was one call of {@code LIMIT 1000001}: one answer, built and read
     * whole, whatever the view's size. Paged by offset, rows inserted or deleted meanwhile before the page may make a row come
     * twice or never (README, Studio).
     */
    private Exported exportRowlessOverD1(GridView v, RowSink sink) {
        TableDef t = v.table();
        String lead = RowPages.leadColumn(v).name();
        String select = ExactRows.selectRowless(t, true);
        boolean rounded = select.equals("*");   // without the exact integers
        OffsetCursor cur = OffsetCursor.FIRST;
        long n = 0;
        while (true) {
            int want = (int) Math.min(EXPORT_CHUNK, MAX_EXPORT_ROWS - n);
            Page chunk;
            try {
                chunk = remoteRowlessPage(v, cur, select, want);
            } catch (DatabaseException e) {
                synchronized (lock) {
                    RuntimeException explained = schema.explained(t, e);
                    if (explained == e && e instanceof D1Exception d && !d.isSqlError()) throw askedRowless(v, n, e);
                    throw explained;
                }
            }
            List<Map<String, Object>> rows = chunk.rows();
            int k = Math.min(rows.size(), want);
            for (int i = 0; i < k; i++) sink.row(valuesOf(t, rows.get(i)));
            n += k;
            if (!chunk.cut() && rows.size() <= want) return new Exported(n, false);
            if (n >= MAX_EXPORT_ROWS) return new Exported(n, true);
            if (k == 0) return new Exported(n, false);
            cur = cur.next(lead, rows.subList(0, k), rounded);
        }
    }

    private DatabaseException askedRowless(GridView v, long written, DatabaseException e) {
        String m = "The export of " + (schema.isView(v.table()) ? "view " : "table ") + Quoting.doubleQuoted(v.table().name()) + " failed asking D1 for "
                + (written == 0 ? "its first rows" : "the rows after the first " + written) + " (" + written + " rows written before): " + e.getMessage();
        return new DatabaseException(m, -1, null, m, e.outcomeUnknown(), e);
    }

    /** As {@link #remotePage}, for rows without a key: from an {@link OffsetCursor}, by {@link RowPages#weighedOffsetPageQuery}. */
    private Page remoteRowlessPage(GridView v, OffsetCursor cur, String select, int want) {
        return weighedPage(v.table(), want, RowPages.weighedOffsetPageQuery(v, cur, select, want, d1ChunkBytes),
                () -> RowPages.weighedOffsetQuery(v, cur, want, d1ChunkBytes), k -> RowPages.offsetQuery(v, cur, select, k),
                r -> ExactRows.exactRowless(v.table(), r));
    }

    /** About what a row's values take in memory (a text's UTF-16 units, a blob's bytes), to size the next chunk by. */
    private static long sizeOf(java.util.Collection<Object> values) {
        long b = 16;
        for (Object v : values) {
            if (v instanceof byte[] bytes) b += bytes.length;
            else if (v instanceof String s) b += 2L * s.length();
            else b += 8;
        }
        return b;
    }

    private static List<Object> valuesOf(TableDef t, Map<String, Object> r) {
        List<Object> vals = new ArrayList<>(t.columnNames().size());
        for (String c : t.columnNames()) vals.add(r.get(c));
        return vals;
    }

    /**
     * Rows without a key to page by (a view) on a local file: from one query's cursor, in the view's order then the primary key's or every
     * column's (held under the lock while it streams; a client that stops reading is cut by the server's write deadline).
     */
    private Exported exportInOneQuery(GridView v, RowSink sink) {
        synchronized (lock) {
            return exportInOneQueryLocked(v, sink);
        }
    }

    private Exported exportInOneQueryLocked(GridView v, RowSink sink) {
        TableDef t = v.table();
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        GridView.filterSql(v, where, params);
        String sql = "SELECT " + ExactRows.selectRowless(t, db.capabilities().remote()) + " FROM " + Quoting.doubleQuoted(t.name()) + (where.isEmpty() ? "" : " WHERE " + Conjunction.of(where))
                + " ORDER BY " + String.join(", ", RowPages.rowlessOrder(v)) + " LIMIT " + (MAX_EXPORT_ROWS + 1);
        long[] n = {0};
        db.queryEach(sql, params, r -> {
            if (n[0]++ < MAX_EXPORT_ROWS) sink.row(valuesOf(t, ExactRows.exactRowless(t, r)));
        });
        return new Exported(Math.min(n[0], MAX_EXPORT_ROWS), n[0] > MAX_EXPORT_ROWS);
    }

    /** Refuses what cannot be exported as a query before an answer starts: one read statement, no more. */
    static String exportableQuery(String sql) {
        List<String> stmts = SqlConsole.statements(sql == null ? "" : sql);
        String q = stmts.size() == 1 ? SqlConsole.readForm(stmts.get(0)) : "";
        if (!SqlConsole.readOnly(q)) throw StudioException.bad("only one read query (SELECT, WITH, VALUES, or a PRAGMA that asks) can be exported");
        return q;
    }

    /** A read query's rows to {@code sink} from one cursor (a local file streams it; D1 answers whole), capped. */
    Exported exportQuery(String statement, RowSink sink) {
        synchronized (lock) {
            return exportQueryLocked(statement, sink);
        }
    }

    private Exported exportQueryLocked(String statement, RowSink sink) {
        long[] n = {0};
        console.readQueryEach(statement, MAX_EXPORT_ROWS, r -> {
            if (n[0] == 0) sink.columns(new ArrayList<>(r.keySet()));
            if (n[0]++ < MAX_EXPORT_ROWS) sink.row(new ArrayList<>(r.values()));
        });
        if (n[0] == 0) sink.columns(console.columnsOf(statement));
        return new Exported(Math.min(n[0], MAX_EXPORT_ROWS), n[0] > MAX_EXPORT_ROWS);
    }
}
