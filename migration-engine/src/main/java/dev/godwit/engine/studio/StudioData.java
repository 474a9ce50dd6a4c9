package dev.godwit.engine.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.godwit.engine.db.Database;
import dev.godwit.schema.model.TableDef;
import java.util.Map;

/**
 * The studio's operations over the {@link Database} port, with no HTTP in sight, one at a time on each connection: a connection
 * is not shared, so every operation holds its connection's lock (an export of a view takes it for each page, so a slow download
 * does not hold up the studio). On a local file the reads (pages, counts, the table list, references, delete previews) have a
 * connection of their own ({@link Database#reader}): a write waiting for the file's lock (another process writing) held every
 * tab's page until it got it (17.5 s of a 20 s lock), while SQLite would have let the page read. A read after a write answered
 * sees it (the write committed; the read starts a transaction of its own). Each purpose is a class of its own:
 * <ul>
 *   <li>{@link StudioSchema}: tables and views as the studio sees them, how rows are found, column modes;</li>
 *   <li>{@link TableList}: the table list with row counts ({@link RowCounts}; on D1 only on request) and the schema panel;</li>
 *   <li>{@link RowPages}: pages of a {@link GridView} (filters, sort; keyset {@link PageCursor}s, {@link OffsetCursor}s for rows
 *       without a key; a grouped view's from its {@link ViewCopy} on a local file) and their counts, read exactly over D1
 *       ({@link ExactRows});</li>
 *   <li>{@link RowReferences}: the rows that reference a row; {@link DeletePreview}: what a delete takes with it;</li>
 *   <li>{@link RowWrites}: cell edits, inserts and deletes, each guarded by the row as shown ({@link RowLookup});</li>
 *   <li>{@link SqlConsole}: the SQL console; {@link ExportRows}: the rows of exports; {@link CellBytes}: a blob cell's bytes.</li>
 * </ul>
 * On a remote database every port call is an HTTP request, so reads are batched: a page is one call, the table list is the
 * introspection's four plus, on a local file, one per 50 tables for the counts (on D1 they wait until asked: each is billed as
 * a read of every row).
 */
final class StudioData implements AutoCloseable {

    /** The studio's parts over one connection, used under its lock. */
    private static final class Parts {
        final StudioSchema schema;
        final TableList tableList;
        final RowPages pages;
        final RowReferences references;
        final DeletePreview deletePreview;
        final RowWrites writes;
        final SqlConsole console;
        final ExportRows exports;
        final CellBytes cells;

        Parts(Database db, StudioOptions options) {
            this.schema = new StudioSchema(db, options);
            RowCounts counts = new RowCounts(db);
            RowLookup lookup = new RowLookup(db, schema);
            WriteReach reach = new WriteReach(db, schema);
            this.tableList = new TableList(db, schema, counts, reach);
            // large texts and blobs read as the grid shows them (their start, length and digest), made in SQLite: a local file only
            boolean previews = !db.capabilities().remote() && db.defineFunction(Cells.FUNCTION, 1, Cells::envelope);
            this.pages = new RowPages(db, schema, counts, new ViewCopy(db, schema), reach, previews);
            RowIdentity identity = new RowIdentity(db, schema, reach);
            this.references = new RowReferences(db, schema, lookup, identity);
            this.deletePreview = new DeletePreview(schema, counts, lookup, reach, identity);
            this.writes = new RowWrites(db, schema, lookup, references, counts, reach, identity);
            this.console = new SqlConsole(db, schema, counts, reach, options);
            this.exports = new ExportRows(db, schema, console, this);
            this.cells = new CellBytes(db, schema);
        }
    }

    /** Writes, the console and exports: the port's own connection. */
    private final Parts main;
    /** Reads: a connection of their own on a local file ({@link Database#reader}), else {@link #main}. */
    private final Parts reads;
    private final Database reader;

    StudioData(Database given, StudioOptions options) {
        Database db = given.capabilities().remote() ? new D1BoundValues(given) : given;   // D1 rounds bound integers beyond 2^53, binds 100 at most
        this.main = new Parts(db, options);
        this.reader = given.capabilities().remote() ? null : given.reader();
        this.reads = reader == null ? main : new Parts(reader, options);
    }

    /** A table for a read. */
    TableDef table(String name) {
        synchronized (reads) {
            return reads.schema.table(name);
        }
    }

    /** A table for a write, the console or an export, as the connection that runs it sees the schema. */
    TableDef tableForWrite(String name) {
        synchronized (main) {
            return main.schema.table(name);
        }
    }

    ObjectNode tables() {
        synchronized (reads) {
            return reads.tableList.tables();
        }
    }

    ObjectNode counts() {
        synchronized (reads) {
            return reads.tableList.counts();
        }
    }

    GridView view(TableDef t, Map<String, String> params) {
        synchronized (main) {
            return GridView.parse(main.schema, t, params);
        }
    }

    ObjectNode page(TableDef t, Map<String, String> params) {
        synchronized (reads) {
            return reads.pages.page(t, params);
        }
    }

    ObjectNode count(TableDef t, Map<String, String> params) {
        synchronized (reads) {
            return reads.pages.count(t, params);
        }
    }

    ObjectNode references(TableDef t, Map<String, String> params) {
        synchronized (reads) {
            return reads.references.references(t, params);
        }
    }

    ObjectNode deletePreview(TableDef t, Map<String, String> params) {
        synchronized (reads) {
            return reads.deletePreview.of(t, params);
        }
    }

    ObjectNode insert(TableDef t, JsonNode body) {
        synchronized (main) {
            return main.writes.insert(t, body);
        }
    }

    ObjectNode update(TableDef t, JsonNode body) {
        synchronized (main) {
            return main.writes.update(t, body);
        }
    }

    ObjectNode delete(TableDef t, JsonNode body) {
        synchronized (main) {
            return main.writes.delete(t, body);
        }
    }

    /**
     * The console's answer; where the script changed the schema, with the table list as the console just read it ({@code "list"}),
     * so the page need not ask for it (over D1 the schema read again: four calls more).
     */
    ObjectNode console(String sql) {
        return console(sql, null);
    }

    /** {@code run}: the page's id of this run, which its Stop names (null: none). */
    ObjectNode console(String sql, String run) {
        synchronized (main) {
            main.console.running = run;
            try {
                ObjectNode out = main.console.run(sql);
                if (out.path("schemaChanged").asBoolean(false)) out.set("list", main.tableList.tables(false));
                return out;
            } finally {
                main.console.running = null;
            }
        }
    }

    /** Not under the lock, which the running query holds: see {@link SqlConsole#stop}. */
    boolean stopConsole(String run) {
        return main.console.stop(run);
    }

    /** Not under the lock as a whole: {@link ExportRows} takes it for each page it reads. */
    ExportRows.Exported exportView(GridView v, ExportRows.RowSink sink) {
        return main.exports.exportView(v, sink);
    }

    ExportRows.Exported exportQuery(String statement, ExportRows.RowSink sink) {
        return main.exports.exportQuery(statement, sink);
    }

    /** The blob cell a download names (refused where it is none), as the reads see it. */
    CellBytes.Cell cell(TableDef t, Map<String, String> params) {
        synchronized (reads) {
            return reads.cells.find(t, params);
        }
    }

    /** The cell's bytes to {@code out}, under the reads' lock: {@code out} is the studio's file, not a client that may be slow. */
    void cellBytes(CellBytes.Cell cell, java.io.OutputStream out) {
        synchronized (reads) {
            reads.cells.copy(cell, out);
        }
    }

    /** Closes the reads' connection, where they had one. */
    @Override
    public void close() {
        if (reader != null) reader.close();
    }
}
