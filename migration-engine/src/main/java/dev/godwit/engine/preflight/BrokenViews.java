package dev.godwit.engine.preflight;

import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.sql.Quoting;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Views that worked before the pending migrations and fail after them. SQLite keeps a view's text as written: a table it
 * reads, dropped, or renamed with {@code PRAGMA legacy_alter_table=ON} (which D1 allows, and which leaves views and
 * triggers as they were), leaves the view naming a table that is not there, and every query on it fails from then on,
 * while the migration itself succeeds.
 */
final class BrokenViews {

    private static final java.util.regex.Pattern JDBC_WORDING = java.util.regex.Pattern.compile("(?s)^\\[SQLITE_\\w+\\][^(]*\\((.*)\\)$");

    private BrokenViews() {
    }

    /** The views of the copy that can be queried now. */
    static Set<String> working(Replica r) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : views(r)) if (problem(r, v) == null) out.add(v);
        return out;
    }

    /** One sentence per view of {@code before} that is still there and can no longer be queried, with SQLite's reason. */
    static List<String> broken(Replica r, Set<String> before) {
        List<String> out = new ArrayList<>();
        for (String v : views(r)) {
            if (!before.contains(v)) continue;
            String why = problem(r, v);
            if (why == null) continue;
            out.add("view \"" + v + "\" no longer works (" + why + "): a table it reads was dropped, or renamed with PRAGMA"
                    + " legacy_alter_table=ON, which leaves views as they were. Recreate the view in the migration (DROP VIEW, then"
                    + " CREATE VIEW over the new name)");
        }
        return out;
    }

    /** Every view of the copy that cannot be queried now, with SQLite's reason. */
    static Map<String, String> unreadable(Replica r) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String v : views(r)) {
            String why = problem(r, v);
            if (why != null) out.put(v, why);
        }
        return out;
    }

    private static List<String> views(Replica r) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> row : r.query("SELECT name FROM main.sqlite_master WHERE type = 'view'")) out.add(String.valueOf(row.get("name")));
        return out;
    }

    /** Why the view cannot be queried, or null when it can. */
    private static String problem(Replica r, String view) {
        try {
            r.exec("SELECT 1 FROM main." + Quoting.doubleQuoted(view) + " LIMIT 0");
            return null;
        } catch (DatabaseException e) {
            // sqlite-jdbc wraps SQLite's words: "[SQLITE_ERROR] SQL error or missing database (no such table: main.a)"
            java.util.regex.Matcher m = JDBC_WORDING.matcher(String.valueOf(e.databaseMessage()));
            return m.matches() ? m.group(1) : e.databaseMessage();
        }
    }
}
