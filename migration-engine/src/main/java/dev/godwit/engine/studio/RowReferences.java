package dev.godwit.engine.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.TableDef;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rows that reference one row, per foreign key of each child table, counted in few queries. */
final class RowReferences {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database db;
    private final StudioSchema schema;
    private final RowLookup lookup;
    private final RowIdentity identity;

    RowReferences(Database db, StudioSchema schema, RowLookup lookup, RowIdentity identity) {
        this.db = db;
        this.schema = schema;
        this.lookup = lookup;
        this.identity = identity;
    }

    /**
     * The rows that reference one row, per foreign key of each child table, counted in one query;
     * with the parent's key values, so the page can link to the children. With {@code made} (the row as the page has it) the
     * row at the address must be that row ({@link RowIdentity}): after a table rebuild its rowid may be another row's, whose
     * references were listed under the row clicked.
     */
    ObjectNode references(TableDef t, Map<String, String> params) {
        RowKey k = schema.requireKey(t);
        List<Object> key = RowLookup.keyOf(t, k, params);
        JsonNode made = RowLookup.made(params);
        // read again only where the address may be another row's now (on D1 a call more): by its INTEGER PRIMARY KEY it is the row's
        boolean read = made != null && RowIdentity.addressMayMove(t, k);
        if (read) identity.requireShown(t, k, key, made, lookup.currentRow(t, k, key));
        List<ForeignKeyDef> fks = schema.referencing(t);
        ObjectNode out = JSON.createObjectNode();
        out.put("table", t.name());
        RowPages.putKey(out, k, key);
        ArrayNode list = out.putArray("references");
        if (fks.isEmpty()) {
            if (!read) lookup.currentRow(t, k, key);   // 404 when there is no such row (read above where it was checked)
            return out;
        }
        Map<String, Object> r = childCounts(t, k, key, fks);
        for (int i = 0; i < fks.size(); i++) {
            ForeignKeyDef f = fks.get(i);
            ObjectNode o = TableList.fkJson(f, schema.refColumns(f));
            o.put("count", ((Number) r.get("n" + i)).longValue());
            ArrayNode vals = o.putArray("values");
            for (int c = 0; c < f.columns().size(); c++) vals.add(Values.toJson(r.get("k" + i + "_" + c)));
            list.add(o);
        }
        return out;
    }

    /** Result columns per query of {@link #childCounts}: under D1's 100. */
    private static final int MAX_RESULT_COLUMNS = 90;

    /**
     * For each foreign key {@code k} that references the row: {@code n<k>}, how many rows of its table reference it, and
     * {@code k<k>_<i>}, the row's referenced values. Few queries, each of at most {@value #MAX_RESULT_COLUMNS} result columns
     * (D1 allows 100: a users table that 60 tables reference by created_by was one query of 120 columns, which D1 refuses).
     */
    Map<String, Object> childCounts(TableDef t, RowKey key, List<Object> keyValues, List<ForeignKeyDef> fks) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<String> terms = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();   // label: the referenced column
        for (int k = 0; k < fks.size(); k++) {
            ForeignKeyDef f = fks.get(k);
            List<String> refCols = schema.refColumns(f);
            if (!terms.isEmpty() && terms.size() + refCols.size() + 1 > MAX_RESULT_COLUMNS) {
                out.putAll(childCountQuery(t, key, keyValues, terms, values));
                terms.clear();
                values.clear();
            }
            List<String> eq = new ArrayList<>();
            for (int i = 0; i < f.columns().size(); i++) {
                eq.add("c." + Quoting.doubleQuoted(f.columns().get(i)) + " = p." + Quoting.doubleQuoted(refCols.get(i)));
                terms.add("p." + Quoting.doubleQuoted(refCols.get(i)) + " AS \"k" + k + "_" + i + "\"");
                values.put("k" + k + "_" + i, refCols.get(i));
            }
            terms.add("(SELECT count(*) FROM " + Quoting.doubleQuoted(f.table()) + " AS c WHERE " + String.join(" AND ", eq) + ") AS \"n" + k + "\"");
        }
        if (!terms.isEmpty()) out.putAll(childCountQuery(t, key, keyValues, terms, values));
        return out;
    }

    /**
     * One query of {@link #childCounts}. Over D1 the referenced values that are integers beyond 2^53 also come as text (one more
     * result column, as {@link ExactRows#bigIntegers}), and replace the rounded ones: the page links to the child rows by them.
     */
    private Map<String, Object> childCountQuery(TableDef t, RowKey key, List<Object> keyValues, List<String> terms, Map<String, String> values) {
        List<String> select = new ArrayList<>(terms);
        List<String> labels = new ArrayList<>(values.keySet());
        boolean remote = db.capabilities().remote();
        if (remote) {
            List<String> big = new ArrayList<>();
            for (String column : values.values()) {
                String c = "p." + Quoting.doubleQuoted(column);
                big.add("CASE WHEN typeof(" + c + ") = 'integer' AND " + c + " NOT BETWEEN -" + ExactRows.EXACT_IN_JSON + " AND " + ExactRows.EXACT_IN_JSON + " THEN " + c + " END");
            }
            select.add(ExactRows.jsonArray(big) + " AS \"big\"");
        }
        List<Map<String, Object>> rows;
        try {
            rows = db.query("SELECT " + String.join(", ", select) + " FROM " + Quoting.doubleQuoted(t.name()) + " AS p WHERE " + key.equal("p."),
                    key.orderParams(keyValues).toArray());
        } catch (DatabaseException e) {
            throw schema.explained(t, e);
        }
        if (rows.isEmpty()) throw RowLookup.noRow(t, key, keyValues);
        Map<String, Object> row = new LinkedHashMap<>(rows.get(0));
        if (remote && row.remove("big") instanceof String json) {
            try {
                List<JsonNode> big = ExactRows.flat(JSON.readTree(json));
                for (int i = 0; i < labels.size(); i++) if (big.get(i).isIntegralNumber()) row.put(labels.get(i), big.get(i).longValue());
            } catch (IOException e) {
                throw new IllegalStateException("the referenced values of a row of \"" + t.name() + "\" are not JSON: " + json, e);
            }
        }
        return row;
    }
}
