package dev.godwit.engine.pull;

import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.db.UnreadableViews;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SqliteNames;
import dev.godwit.schema.model.TableDef;
import dev.godwit.schema.model.ViewDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A view that selects from a table pull leaves out (a virtual FTS5 table, another tool's history table) would be created by
 * the baseline over nothing: on a fresh database it "applies" and fails on first use. Such views (and views over them) are
 * kept as existing views, which migrations do not create, each named in a warning. Which views those are is asked of SQLite
 * itself: the pulled tables and the views are created in an empty in-memory database, and a view that cannot be read there
 * names the table it misses (a word match took a column merely named like the table for a read of it).
 */
final class ViewsOverLeftOutTables {

    private ViewsOverLeftOutTables() {
    }

    static SchemaDef keepAsExisting(Database db, SchemaDef schema, List<String> warnings) {
        Set<String> pulled = new HashSet<>();
        for (TableDef t : schema.tables()) pulled.add(SqliteNames.key(t.name()));
        Map<String, String> leftOut = new LinkedHashMap<>();   // key -> name as the database spells it
        Map<String, String> tableSql = new LinkedHashMap<>();
        Map<String, String> viewSql = new LinkedHashMap<>();   // key -> CREATE VIEW as the database keeps it
        for (Map<String, Object> r : db.query("SELECT type, name, sql FROM sqlite_master WHERE type IN ('table', 'view') AND sql IS NOT NULL")) {
            String name = String.valueOf(r.get("name"));
            if ("view".equals(r.get("type"))) viewSql.put(SqliteNames.key(name), String.valueOf(r.get("sql")));
            else if (pulled.contains(SqliteNames.key(name))) tableSql.put(name, String.valueOf(r.get("sql")));
            else leftOut.put(SqliteNames.key(name), name);
        }
        if (leftOut.isEmpty()) return schema;
        Map<String, String> missing = missingTables(tableSql.values(), viewSql);
        List<ViewDef> views = new ArrayList<>(schema.views());
        for (int i = 0; i < views.size(); i++) {
            ViewDef v = views.get(i);
            if (v.existing() || v.definition() == null) continue;
            String source = leftOut.get(SqliteNames.key(missing.getOrDefault(SqliteNames.key(v.name()), "")));
            if (source == null) continue;
            views.set(i, new ViewDef(v.name(), null, true, null));
            warnings.add("view \"" + v.name() + "\" selects from \"" + source + "\", which is left out: it is kept as an existing view, which"
                    + " migrations do not create. Create both in a custom migration (mvn db:generate -Ddb.custom) to have them on new databases.");
        }
        return new SchemaDef(schema.tables(), views);
    }

    /**
     * Per view (by key), the table SQLite misses when the view is read in a database holding only {@code tables} and the
     * views: through a view over such a view too. Views that read fine, or fail for another reason, are not listed.
     */
    private static Map<String, String> missingTables(Iterable<String> tables, Map<String, String> views) {
        Map<String, String> out = new LinkedHashMap<>();
        try (SqliteDatabase probe = SqliteDatabase.inMemory()) {
            for (String sql : tables) tryRun(probe, sql);
            for (Map.Entry<String, String> v : views.entrySet()) {
                String missed = tryRun(probe, v.getValue());
                if (missed != null) out.put(v.getKey(), missed);
            }
            UnreadableViews.in(probe).forEach((view, why) -> {
                String missed = UnreadableViews.missingTable(why);
                if (missed != null) out.put(SqliteNames.key(view), missed);
            });
        }
        return out;
    }

    /**
     * Runs a CREATE the live database holds; one this SQLite cannot run (an unknown collation, say) is simply not there.
     * Returns the table it misses, if that is why it failed.
     */
    private static String tryRun(SqliteDatabase probe, String sql) {
        try {
            probe.runAtomically(List.of(sql), false);
            return null;
        } catch (DatabaseException e) {
            return UnreadableViews.missingTable(UnreadableViews.reason(e));
        }
    }
}
