package dev.godwit.engine.pull;

import dev.godwit.engine.db.Database;
import dev.godwit.engine.sql.SqlLexer;
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
 * kept as existing views, which migrations do not create, each named in a warning.
 */
final class ViewsOverLeftOutTables {

    private ViewsOverLeftOutTables() {
    }

    static SchemaDef keepAsExisting(Database db, SchemaDef schema, List<String> warnings) {
        Set<String> pulled = new HashSet<>();
        for (TableDef t : schema.tables()) pulled.add(SqliteNames.key(t.name()));
        Map<String, String> leftOut = new LinkedHashMap<>();   // key -> name as the database spells it
        for (Map<String, Object> r : db.query("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            String name = String.valueOf(r.get("name"));
            if (!pulled.contains(SqliteNames.key(name))) leftOut.put(SqliteNames.key(name), name);
        }
        if (leftOut.isEmpty()) return schema;
        List<ViewDef> views = new ArrayList<>(schema.views());
        for (boolean changed = true; changed; ) {   // a view over such a view is left without its source too
            changed = false;
            for (int i = 0; i < views.size(); i++) {
                ViewDef v = views.get(i);
                if (v.existing() || v.definition() == null) continue;
                String source = firstNamed(v.definition(), leftOut);
                if (source == null) continue;
                views.set(i, new ViewDef(v.name(), null, true, null));
                leftOut.put(SqliteNames.key(v.name()), v.name());
                warnings.add("view \"" + v.name() + "\" selects from \"" + source + "\", which is left out: it is kept as an existing view, which"
                        + " migrations do not create. Create both in a custom migration (mvn db:generate -Ddb.custom) to have them on new databases.");
                changed = true;
            }
        }
        return new SchemaDef(schema.tables(), views);
    }

    /** The first name in the SQL that is one of {@code names} (by SQLite's comparison), or null. */
    private static String firstNamed(String sql, Map<String, String> names) {
        for (SqlLexer.Token t : SqlLexer.significant(sql)) {
            if (t.kind() != SqlLexer.Kind.WORD && t.kind() != SqlLexer.Kind.QUOTED) continue;
            String hit = names.get(SqliteNames.key(t.name()));
            if (hit != null) return hit;
        }
        return null;
    }
}
