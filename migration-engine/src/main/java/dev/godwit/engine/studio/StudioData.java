package dev.godwit.engine.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.godwit.engine.db.Database;
import dev.godwit.schema.model.TableDef;
import java.util.Map;

/**
 * The studio's operations over the {@link Database} port, with no HTTP in sight, one at a time: the port's connection is not
 * shared, so every operation holds this object's lock (an export of a view takes it for each page, so a slow download does not
 * hold up the studio). Each purpose is a class of its own:
 * <ul>
 *   <li>{@link StudioSchema}: tables and views as the studio sees them, how rows are found, column modes;</li>
 *   <li>{@link TableList}: the table list with row counts ({@link RowCounts}; on D1 only on request) and the schema panel;</li>
 *   <li>{@link RowPages}: pages of a {@link GridView} (filters, sort; keyset {@link PageCursor}s, {@link OffsetCursor}s for rows
 *       without a key; a grouped view's from its {@link ViewCopy} on a local file) and their counts, read exactly over D1
 *       ({@link ExactRows});</li>
 *   <li>{@link RowReferences}: the rows that reference a row; {@link DeletePreview}: what a delete takes with it;</li>
 *   <li>{@link RowWrites}: cell edits, inserts and deletes, each guarded by the row as shown ({@link RowLookup});</li>
 *   <li>{@link SqlConsole}: the SQL console; {@link ExportRows}: the rows of exports.</li>
 * </ul>
 * On a remote database every port call is an HTTP request, so reads are batched: a page is one call, the table list is the
 * introspection's four plus, on a local file, one per 50 tables for the counts (on D1 they wait until asked: each is billed as
 * a read of every row).
 */
final class StudioData {

    private final StudioSchema schema;
    private final TableList tableList;
    private final RowPages pages;
    private final RowReferences references;
    private final DeletePreview deletePreview;
    private final RowWrites writes;
    private final SqlConsole console;
    private final ExportRows exports;

    StudioData(Database given, StudioOptions options) {
        Database db = given.capabilities().remote() ? new ExactIntegerParams(given) : given;   // D1 rounds bound integers beyond 2^53
        this.schema = new StudioSchema(db, options);
        RowCounts counts = new RowCounts(db);
        RowLookup lookup = new RowLookup(db, schema);
        WriteReach reach = new WriteReach(db, schema);
        this.tableList = new TableList(db, schema, counts, reach);
        // large texts and blobs read as the grid shows them (their start, length and digest), made in SQLite: a local file only
        boolean previews = !db.capabilities().remote() && db.defineFunction(Cells.FUNCTION, 1, Cells::envelope);
        this.pages = new RowPages(db, schema, counts, new ViewCopy(db, schema), reach, previews);
        this.references = new RowReferences(db, schema, lookup);
        this.deletePreview = new DeletePreview(schema, counts, lookup);
        this.writes = new RowWrites(db, schema, lookup, references, counts, reach);
        this.console = new SqlConsole(db, schema, counts, reach, options);
        this.exports = new ExportRows(db, schema, console, this);
    }

    synchronized TableDef table(String name) {
        return schema.table(name);
    }

    synchronized ObjectNode tables() {
        return tableList.tables();
    }

    synchronized ObjectNode counts() {
        return tableList.counts();
    }

    synchronized GridView view(TableDef t, Map<String, String> params) {
        return GridView.parse(schema, t, params);
    }

    synchronized ObjectNode page(TableDef t, Map<String, String> params) {
        return pages.page(t, params);
    }

    synchronized ObjectNode count(TableDef t, Map<String, String> params) {
        return pages.count(t, params);
    }

    synchronized ObjectNode references(TableDef t, Map<String, String> params) {
        return references.references(t, params);
    }

    synchronized ObjectNode deletePreview(TableDef t, Map<String, String> params) {
        return deletePreview.of(t, params);
    }

    synchronized ObjectNode insert(TableDef t, JsonNode body) {
        return writes.insert(t, body);
    }

    synchronized ObjectNode update(TableDef t, JsonNode body) {
        return writes.update(t, body);
    }

    synchronized ObjectNode delete(TableDef t, JsonNode body) {
        return writes.delete(t, body);
    }

    /**
     * The console's answer; where the script changed the schema, with the table list as the console just read it ({@code "list"}),
     * so the page need not ask for it (over D1 the schema read again: four calls more).
     */
    synchronized ObjectNode console(String sql) {
        ObjectNode out = console.run(sql);
        if (out.path("schemaChanged").asBoolean(false)) out.set("list", tableList.tables(false));
        return out;
    }

    /** Not under the lock as a whole: {@link ExportRows} takes it for each page it reads. */
    ExportRows.Exported exportView(GridView v, ExportRows.RowSink sink) {
        return exports.exportView(v, sink);
    }

    ExportRows.Exported exportQuery(String statement, ExportRows.RowSink sink) {
        return exports.exportQuery(statement, sink);
    }
}
