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
        List<Map<String, Object>> objects = live.query("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL");
        List<String> ddl = new ArrayList<>();
        Map<String, Boolean> leftOut = new java.util.HashMap<>();
        java.util.function.Predicate<Object> out = n -> leftOut.computeIfAbsent(String.valueOf(n),
                k -> Introspector.leavesOut(live, k, historyTables));
        for (String type : List.of("table", "index", "view", "trigger")) {
            for (Map<String, Object> o : objects) {
                if (!type.equals(o.get("type"))) continue;
                if (out.test(o.get("tbl_name"))) continue;
                if (out.test(o.get("name"))) continue;
                ddl.add(String.valueOf(o.get("sql")));
            }
        }
        return ddl;
    }
}
