package dev.godwit.engine.db;

import dev.godwit.engine.sql.Quoting;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.schema.model.SqliteNames;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /**
     * Whether {@code view} is unreadable for {@code reason} as a migration can make it: a table or column not there. Not an
     * application's own function (not there in a replay or a copy), nor a table-valued one this SQLite lacks, which it says as "no
     * such table" ({@link #missingFunction}).
     */
    public static boolean lacksTableOrColumn(Database db, String view, String reason) {
        return (reason.contains("no such table") || reason.contains("no such column")) && !missingFunction(db, view, reason);
    }

    /**
     * Whether the table {@code reason} says is missing, reading {@code view}, is one that view or a view it reads (SQLite names
     * neither) calls as a table-valued function ({@code FROM generate_series(1, 10)}, an extension's {@code vec_each(...)}):
     * SQLite without that function says "no such table", but it is the SQLite's gap (this build has no {@code generate_series}),
     * not a table a migration took away or misspelled.
     */
    private static boolean missingFunction(Database db, String view, String reason) {
        String name = missingTableIn(reason);
        if (name == null) return false;
        Map<String, String> views = new HashMap<>();   // key -> CREATE VIEW
        for (Map<String, Object> row : db.query("SELECT name, sql FROM main.sqlite_master WHERE type = 'view'")) {
            views.put(SqliteNames.key(String.valueOf(row.get("name"))), String.valueOf(row.get("sql")));
        }
        Deque<String> toRead = new ArrayDeque<>(List.of(SqliteNames.key(view)));
        Set<String> read = new HashSet<>();
        while (!toRead.isEmpty()) {
            String v = toRead.pop();
            if (!read.add(v) || !views.containsKey(v)) continue;
            List<SqlLexer.Token> tokens = SqlLexer.significant(views.get(v));
            if (callsTableFunction(tokens, name)) return true;
            for (SqlLexer.Token t : tokens) {
                if (t.isName() && views.containsKey(SqliteNames.key(t.name()))) toRead.push(SqliteNames.key(t.name()));
            }
        }
        return false;
    }

    /** Whether {@code t}, a view's tokens, reads {@code name(...)} after FROM, JOIN or a comma, as SQLite reads a table-valued function. */
    private static boolean callsTableFunction(List<SqlLexer.Token> t, String name) {
        String wanted = SqliteNames.key(name);
        for (int i = 1; i + 1 < t.size(); i++) {
            SqlLexer.Token k = t.get(i);
            if (!k.isName() || !SqliteNames.key(k.name()).equals(wanted) || !t.get(i + 1).isPunct("(")) continue;
            int before = t.get(i - 1).isPunct(".") && i >= 3 ? i - 3 : i - 1;   // main.fn(...)
            SqlLexer.Token b = t.get(before);
            if (b.is("FROM") || b.is("JOIN") || b.isPunct(",")) return true;
        }
        return false;
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
