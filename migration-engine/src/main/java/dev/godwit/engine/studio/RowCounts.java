package dev.godwit.engine.studio;

import dev.godwit.engine.db.Database;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.schema.model.TableDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Row counts in few calls (on D1 each call is billed): one scalar subquery per table, 50 to a query. */
final class RowCounts {

    private final Database db;

    RowCounts(Database db) {
        this.db = db;
    }

    /** Row counts in few calls: one scalar subquery per table, 50 to a query (D1 allows 100 result columns). */
    List<Long> all(List<TableDef> tables) {
        List<String> preds = new ArrayList<>();
        tables.forEach(t -> preds.add(null));
        return where(tables.stream().map(TableDef::name).toList(), preds, List.of());
    }

    /**
     * {@link #all}, with one more scalar {@code alongside} read in the first of those queries and handed to {@code value}: on D1
     * a call saved (the table list reads the triggers so, for the writes that follow: see {@link WriteReach#TRIGGERS}).
     */
    List<Long> all(List<TableDef> tables, String alongside, java.util.function.Consumer<Object> value) {
        List<String> preds = new ArrayList<>();
        tables.forEach(t -> preds.add(null));
        return where(tables.stream().map(TableDef::name).toList(), preds, List.of(), alongside, value);
    }

    /** count(*) of each table under its predicate (null: all rows), batched 50 to a query. */
    List<Long> where(List<String> tables, List<String> predicates, List<Object> params) {
        return where(tables, predicates, params, null, null);
    }

    /** {@link #where}, with one more scalar {@code alongside} (null: none) read in the first query and handed to {@code value}. */
    List<Long> where(List<String> tables, List<String> predicates, List<Object> params, String alongside, java.util.function.Consumer<Object> value) {
        List<Long> out = new ArrayList<>();
        for (int from = 0; from < tables.size(); from += 50) {
            int to = Math.min(tables.size(), from + 50);
            List<String> terms = new ArrayList<>();
            if (from == 0 && alongside != null) terms.add(alongside + " AS \"x\"");   // 51 result columns at most: under D1's 100
            for (int k = from; k < to; k++) {
                String p = predicates.get(k);
                terms.add("(SELECT count(*) FROM " + Quoting.doubleQuoted(tables.get(k)) + (p == null ? "" : " WHERE " + p) + ") AS \"c" + (k - from) + "\"");
            }
            Map<String, Object> row = db.query("SELECT " + String.join(", ", terms), params.toArray()).get(0);
            for (int k = from; k < to; k++) out.add(((Number) row.get("c" + (k - from))).longValue());
            if (from == 0 && alongside != null) value.accept(row.get("x"));
        }
        return out;
    }
}
