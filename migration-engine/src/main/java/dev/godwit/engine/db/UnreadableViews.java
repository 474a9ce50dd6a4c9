package dev.godwit.engine.db;

import dev.godwit.engine.sql.Quoting;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The views of a database that cannot be read, each with SQLite's reason. SQLite keeps a view's text and checks it only when
 * the view is read, so a view over a dropped or renamed table is created, kept and migrated without a word, and fails on
 * every query.
 */
public final class UnreadableViews {

    // sqlite-jdbc wraps SQLite's words: "[SQLITE_ERROR] SQL error or missing database (no such table: main.a)"
    private static final Pattern JDBC_WORDING = Pattern.compile("(?s)^\\[SQLITE_\\w+\\][^(]*\\((.*)\\)$");
    private static final Pattern NO_SUCH_TABLE = Pattern.compile("^no such table: (?:main\\.)?(\\S+)$");

    private UnreadableViews() {
    }

    /** View name -> SQLite's reason, for every view of {@code db} that cannot be read. */
    public static Map<String, String> in(Database db) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map<String, Object> row : db.query("SELECT name FROM main.sqlite_master WHERE type = 'view'")) {
            String view = String.valueOf(row.get("name"));
            String why = problem(db, view);
            if (why != null) out.put(view, why);
        }
        return out;
    }

    /** SQLite's words for a failure, without the driver's wrapping. */
    public static String reason(DatabaseException e) {
        Matcher m = JDBC_WORDING.matcher(String.valueOf(e.databaseMessage()).strip());
        return m.matches() ? m.group(1) : e.databaseMessage();
    }

    private static final Pattern NO_SUCH_TABLE_IN = Pattern.compile("no such table: (?:main\\.)?([^\\s:)]+)");

    /** The table a reason says is missing anywhere in it ({@code error in view v: no such table: main.x} gives x), or null. */
    public static String missingTableIn(String reason) {
        Matcher m = NO_SUCH_TABLE_IN.matcher(String.valueOf(reason));
        return m.find() ? m.group(1) : null;
    }

    /** The table a reason says is missing ({@code no such table: main.x} gives x), or null. */
    public static String missingTable(String reason) {
        Matcher m = NO_SUCH_TABLE.matcher(String.valueOf(reason).strip());
        return m.matches() ? m.group(1) : null;
    }

    private static String problem(Database db, String view) {
        try {
            db.query("SELECT 1 FROM main." + Quoting.doubleQuoted(view) + " LIMIT 0");
            return null;
        } catch (DatabaseException e) {
            return reason(e);
        }
    }
}
