package dev.godwit.engine.introspect;

import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.sql.Quoting;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names a view's columns have where it is created without its column list, as a pulled baseline creates it
 * ({@code CREATE VIEW v AS SELECT ...} for {@code CREATE VIEW v (a, b) AS SELECT ...}). SQLite names a SELECT's columns by
 * rules of its own (a column's declared spelling, an expression's text), so it is asked: the tables and the views, without
 * their lists, are created in an empty in-memory database and each view's columns read back. Asked only when a view has a list.
 */
final class SelectNames {

    private SelectNames() {
    }

    /**
     * Per view of {@code wanted}: the names its columns have without the list; a view SQLite cannot read there (it selects from
     * a table pull leaves out, say) is not in the map.
     */
    static Map<String, List<String>> withoutLists(Collection<String> createTables, Map<String, String> definitions, Collection<String> wanted) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (SqliteDatabase probe = SqliteDatabase.inMemory()) {
            for (String sql : createTables) tryRun(probe, sql);
            for (Map.Entry<String, String> v : definitions.entrySet()) {
                tryRun(probe, "CREATE VIEW " + Quoting.doubleQuoted(v.getKey()) + " AS " + v.getValue());
            }
            for (String view : wanted) {
                try {
                    List<String> names = probe.query("SELECT name FROM pragma_table_info(" + Quoting.literal(view) + ")").stream()
                            .map(r -> String.valueOf(r.get("name"))).toList();
                    if (!names.isEmpty()) out.put(view, names);
                } catch (DatabaseException unreadable) {
                    // a view over what is not there: its names stay unknown, and the warning says so in general terms
                }
            }
        }
        return out;
    }

    private static void tryRun(SqliteDatabase probe, String sql) {
        try {
            probe.runAtomically(List.of(sql), false);
        } catch (DatabaseException e) {
            // a statement this SQLite cannot run (an unknown collation, say): what depends on it stays unknown
        }
    }
}
