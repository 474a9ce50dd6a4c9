package dev.godwit.engine.studio;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.godwit.engine.db.Database;
import dev.godwit.schema.model.CheckDef;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.ColumnMode;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.TableDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The table list the page starts from: every table and view in name order, with row counts and what the schema panel shows. */
final class TableList {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database db;
    private final StudioSchema schema;
    private final RowCounts rowCounts;
    private final WriteReach reach;

    TableList(Database db, StudioSchema schema, RowCounts rowCounts, WriteReach reach) {
        this.db = db;
        this.schema = schema;
        this.rowCounts = rowCounts;
        this.reach = reach;
    }

    /**
     * All tables in name order, with what the schema panel shows and, on a local file, row counts. On D1 a count(*) is billed as a
     * read of every row of its table, so the list counts none ({@code "counted": false}): the page counts the table it opens, and
     * {@link #counts} all of them on request (the list read every row of the database each time it was shown).
     */
    ObjectNode tables() {
        return tables(true);
    }

    /** As {@link #tables()}; {@code fresh}: the schema read again first (not where it was just read, as after the console's DDL). */
    ObjectNode tables(boolean fresh) {
        List<TableDef> tables = new ArrayList<>(schema.read(fresh).tables());
        int tableCount = tables.size();
        List<Long> counts = new ArrayList<>(db.capabilities().remote() ? java.util.Collections.nCopies(tableCount, (Long) null)
                : countedWithin(tables));
        for (TableDef v : schema.views().values()) {   // not counted: a view may join big tables (a virtual table: its module may scan all)
            tables.add(v);
            counts.add(null);
        }
        List<Boolean> isTable = new ArrayList<>();
        for (int k = 0; k < tables.size(); k++) isTable.add(k < tableCount);
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < tables.size(); k++) order.add(k);
        order.sort(Comparator.comparing((Integer k) -> tables.get(k).name().toLowerCase(Locale.ROOT)).thenComparing(k -> tables.get(k).name()));
        List<TableDef> sorted = order.stream().map(tables::get).toList();
        counts = order.stream().map(counts::get).toList();
        isTable = order.stream().map(isTable::get).toList();
        tables.clear();
        tables.addAll(sorted);
        ObjectNode out = JSON.createObjectNode();
        out.put("database", db.describe());
        out.put("remote", db.capabilities().remote());
        out.put("rowsWritable", schema.rowsWritable());
        out.put("consoleWritable", schema.consoleWritable());
        ArrayNode broken = out.putArray("unreadableViews");
        schema.unreadableViews().forEach((n, why) -> broken.addObject().put("name", n).put("error", why));
        ArrayNode list = out.putArray("tables");
        for (int k = 0; k < tables.size(); k++) {
            TableDef t = tables.get(k);
            ObjectNode o = list.addObject();
            o.put("name", t.name());
            if (!isTable.get(k)) o.put("view", true);   // a view or a virtual table: not counted, read-only
            else if (counts.get(k) != null) o.put("rows", counts.get(k));
            else o.put("counted", false);
            String module = schema.virtualModule(t);
            if (module != null) o.put("virtual", module.isEmpty() ? "virtual" : module);
            ArrayNode cols = o.putArray("columns");
            for (ColumnDef c : t.columns()) {
                ObjectNode co = cols.addObject();
                co.put("name", c.name());
                co.put("type", c.type());
                co.put("affinity", c.affinity().name());
                co.put("notNull", c.notNull());
                co.put("primaryKey", t.primaryKeyColumns().contains(c.name()));
                co.put("autoincrement", c.autoincrement());
                co.put("rowidAlias", t.hasRowidAlias() && t.primaryKeyColumns().get(0).equals(c.name()) && !schema.withoutRowid(t));
                if (c.defaultValue() != null) co.put("default", c.defaultValue().sql());
                if (c.generated() != null) co.put("generated", c.generated().as() + " " + c.generated().type().key());
                ColumnMode m = schema.mode(t, c);
                if (m != null) co.put("mode", m.key());
                // a timestamp mode read from the type name alone: its integers may be seconds or milliseconds, each shown as such
                if (m == ColumnMode.TIMESTAMP && schema.integerGuess(t, c) != null) co.put("unitGuessed", true);
            }
            ArrayNode pk = o.putArray("primaryKey");
            t.primaryKeyColumns().forEach(pk::add);
            ArrayNode idx = o.putArray("indexes");
            for (IndexDef i : t.indexes()) {
                ObjectNode io = idx.addObject().put("name", i.name()).put("unique", i.unique());
                ArrayNode keys = io.putArray("keys");
                i.keys().forEach(key -> keys.add(key.text()));
                if (i.where() != null) io.put("where", i.where());
            }
            ArrayNode fks = o.putArray("foreignKeys");
            for (ForeignKeyDef f : t.foreignKeys()) fks.add(fkJson(f, schema.refColumns(f)));
            ArrayNode checks = o.putArray("checks");
            for (CheckDef c : t.checks()) checks.addObject().put("name", c.name()).put("expression", c.expression());
            ArrayNode refs = o.putArray("referencedBy");
            for (ForeignKeyDef f : schema.referencing(t)) refs.add(fkJson(f, schema.refColumns(f)));
        }
        return out;
    }

    /**
     * Every table's count on a local file, within {@link RowCounts#budget}: past it SQLite is interrupted and none is counted (the
     * page shows "…", counts the table it opens, and Count all rows counts them all). A count(*) reads a whole table: on a 4.1 GB
     * file the list took 33 s after a cold start (4.6 s warm, each time it was read), and nothing was shown until it came.
     */
    private List<Long> countedWithin(List<TableDef> tables) {
        List<Long> n = rowCounts.within(() -> rowCounts.all(tables, WriteReach.TRIGGERS, reach::known));
        return n != null ? n : java.util.Collections.nCopies(tables.size(), (Long) null);
    }

    /** Every table's row count, in one query per 50 tables (on D1 one call, billed as a read of every row of every table). */
    ObjectNode counts() {
        List<TableDef> tables = schema.current().tables();
        List<Long> n = rowCounts.all(tables, WriteReach.TRIGGERS, reach::known);
        ObjectNode out = JSON.createObjectNode();
        ArrayNode list = out.putArray("counts");
        for (int k = 0; k < tables.size(); k++) list.addObject().put("table", tables.get(k).name()).put("rows", n.get(k));
        return out;
    }

    static ObjectNode fkJson(ForeignKeyDef f, List<String> refCols) {
        ObjectNode o = JSON.createObjectNode();
        o.put("name", f.name());
        o.put("table", f.table());
        ArrayNode c = o.putArray("columns");
        f.columns().forEach(c::add);
        o.put("refTable", f.refTable());
        ArrayNode r = o.putArray("refColumns");
        refCols.forEach(r::add);
        o.put("onDelete", f.onDelete().sql());
        o.put("onUpdate", f.onUpdate().sql());
        return o;
    }
}
