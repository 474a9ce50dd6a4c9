package dev.godwit.engine.introspect;

import dev.godwit.engine.db.Database;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The statements that make a database's schema again elsewhere (an empty copy to try statements on). */
public final class SchemaStatements {

    private SchemaStatements() {
    }

    /**
     * Its tables, indexes, views and triggers as the database stores them, in that order (a view or trigger may name any
     * table), history tables and internals ({@link Introspector#leavesOut}) left out.
     */
    public static List<String> of(Database live, Set<String> historyTables) {
        return of(live, historyTables, o -> true);
    }

    /** One object of the schema: its type (table, index, view, trigger), name, and the table it belongs to (its own for a table). */
    public record SchemaObject(String type, String name, String table) {
    }

    /** As {@link #of(Database, Set)}, the objects {@code wanted} takes only. */
    public static List<String> of(Database live, Set<String> historyTables, java.util.function.Predicate<SchemaObject> wanted) {
        return of(live, (java.util.function.Predicate<String>) k -> Introspector.leavesOut(live, k, historyTables), wanted);
    }

    /**
     * As {@link #of(Database, Set)}, history tables kept (any: the one in use, wrangler's or drizzle-orm's left from before), SQLite's
     * and D1's internals left out: an empty copy to try migrations on, where one may drop or read an old history table.
     */
    public static List<String> withHistories(Database live) {
        return of(live, (java.util.function.Predicate<String>) k -> Introspector.excludedPrefix(k) != null, o -> true);
    }

    private static List<String> of(Database live, java.util.function.Predicate<String> leavesOut, java.util.function.Predicate<SchemaObject> wanted) {
        List<Map<String, Object>> objects = live.schemaObjects();
        List<String> ddl = new ArrayList<>();
        Map<String, Boolean> leftOut = new java.util.HashMap<>();
        java.util.function.Predicate<Object> out = n -> leftOut.computeIfAbsent(String.valueOf(n), leavesOut::test);
        // a virtual table's CREATE makes its shadow tables (an FTS5 table's _data, _idx, ...): creating them again from their own
        // rows failed ("table 'docs_data' already exists"), so the pre-flight and db:push refused every database with an FTS5 table
        Set<String> shadows = Introspector.shadowTables(live, objects);
        for (String type : List.of("table", "index", "view", "trigger")) {
            for (Map<String, Object> o : objects) {
                if (!type.equals(o.get("type"))) continue;
                if (out.test(o.get("tbl_name"))) continue;
                if (out.test(o.get("name"))) continue;
                if ("table".equals(type) && shadows.contains(dev.godwit.schema.model.SqliteNames.key(String.valueOf(o.get("name"))))) continue;
                if (!wanted.test(new SchemaObject(type, String.valueOf(o.get("name")), String.valueOf(o.get("tbl_name"))))) continue;
                ddl.add(String.valueOf(o.get("sql")));
            }
        }
        return ddl;
    }
}
