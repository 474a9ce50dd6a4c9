package dev.godwit.engine.migrate;

import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.engine.sql.SqlSplitter;
import dev.godwit.engine.sql.StatementKind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a migration only changes the schema, touching no row whatever the data: its cost does not grow with the database, so
 * a fleet may send it in one D1 request with its neighbours (README, Fleets: "Requests per database"). Decided from what SQLite
 * does with each statement (checked on 2 million rows, SQLite 3.40):
 * <ul>
 *   <li>row-free: {@code CREATE TABLE} (not {@code AS SELECT}), {@code CREATE VIEW}, {@code CREATE TRIGGER}, {@code DROP VIEW},
 *       {@code DROP TRIGGER}, {@code ALTER TABLE ... RENAME [COLUMN]} (SQLite rewrites the schema's text, not the rows),
 *       {@code ALTER TABLE ... ADD [COLUMN]} of a column without {@code CHECK} and not generated, to a table that is not
 *       {@code STRICT} (SQLite scans every row for those three, a NOT NULL column with a constant default it does not),
 *       {@code CREATE INDEX} on a table created by this migration or one before it in the same request (empty);</li>
 *   <li>anything else reads or writes rows, or may: {@code INSERT}/{@code UPDATE}/{@code DELETE}/{@code REPLACE}/{@code SELECT}/
 *       {@code WITH}, {@code DROP TABLE} (deletes its rows, fires ON DELETE actions), {@code ALTER TABLE ... DROP COLUMN} (rewrites
 *       each row), {@code CREATE INDEX} on a table that may hold rows, {@code DROP INDEX} (frees its pages), {@code CREATE VIRTUAL
 *       TABLE}, and every {@code PRAGMA} ({@code defer_foreign_keys} and its kind last to the end of the transaction, which a shared
 *       request would carry into the next migration).</li>
 * </ul>
 * An ADD COLUMN or CREATE INDEX on a table neither created in the request nor found in the stored schema is taken as one that
 * may hold rows (or be STRICT); so is one a {@code CREATE TABLE IF NOT EXISTS} names that the stored schema has, or was not read.
 */
public final class RowFreeDdl {

    /** Lower-case table name to its CREATE statement, as the database stores it (sqlite_master); empty when not read. */
    private final Map<String, String> storedTables = new HashMap<>();
    /** Whether the stored schema was read: a table it lacks is not there. */
    private final boolean schemaRead;
    /** Names a rename in the request gave a table not created there (kept from a migration not taken too: it only keeps more apart). */
    private final Set<String> renamedInto = new HashSet<>();
    /** Tables created by the migrations taken so far: empty, as nothing taken writes rows. */
    private final Set<String> createdEmpty = new HashSet<>();

    /** {@code schemaRows}: the database's {@code type, name, sql} rows ({@code Database.SCHEMA_OBJECTS}), or null when not read. */
    public RowFreeDdl(List<Map<String, Object>> schemaRows) {
        schemaRead = schemaRows != null;
        if (schemaRows == null) return;
        for (Map<String, Object> r : schemaRows) {
            if ("table".equals(r.get("type")) && r.get("name") != null && r.get("sql") != null) {
                storedTables.put(lower(String.valueOf(r.get("name"))), String.valueOf(r.get("sql")));
            }
        }
    }

    /**
     * Whether {@code m} touches no row after the migrations taken before it; if so it is taken (the tables it creates count as
     * empty for the next). Null when taken, else why not ("statement 2 (INSERT) reads or writes rows").
     */
    public String take(Migration m) {
        Set<String> created = new HashSet<>(createdEmpty);
        List<String> statements = m.statements();
        for (int i = 0; i < statements.size(); i++) {
            for (String sql : SqlSplitter.split(statements.get(i))) {
                String why = rowTouching(sql, created);
                if (why != null) return "statement " + (i + 1) + " " + why;
            }
        }
        createdEmpty.clear();
        createdEmpty.addAll(created);
        return null;
    }

    /** Null when the statement touches no row (and notes a table it creates or renames in {@code created}), else why. */
    private String rowTouching(String sql, Set<String> created) {
        List<SqlLexer.Token> t = SqlLexer.significant(sql);
        if (!t.isEmpty() && t.get(t.size() - 1).isPunct(";")) t = t.subList(0, t.size() - 1);
        if (t.isEmpty()) return null;
        String first = t.get(0).upper();
        if (first.equals("CREATE")) return create(t, created);
        if (first.equals("DROP") && t.size() > 1 && (t.get(1).is("VIEW") || t.get(1).is("TRIGGER"))) return null;
        if (first.equals("ALTER")) return alter(sql, t, created);
        if (first.equals("PRAGMA")) return "(PRAGMA) may last to the end of the request's transaction";
        return "(" + first + (first.equals("DROP") && t.size() > 1 ? " " + t.get(1).upper() : "") + ") reads or writes rows";
    }

    private String create(List<SqlLexer.Token> t, Set<String> created) {
        int at = 1;
        while (at < t.size() && (t.get(at).is("TEMP") || t.get(at).is("TEMPORARY") || t.get(at).is("UNIQUE"))) at++;
        if (at >= t.size()) return "(CREATE) is not one Godwit reads";
        if (t.get(at).is("VIEW") || t.get(at).is("TRIGGER")) return null;
        if (t.get(at).is("TABLE")) {
            int name = skipIfNotExists(t, at + 1);
            for (int k = name; k < t.size(); k++) {
                if (t.get(k).is("AS")) return "(CREATE TABLE ... AS SELECT) reads rows";
                if (t.get(k).isPunct("(")) break;
            }
            String table = tableName(t, name);
            // IF NOT EXISTS creates nothing where the table is there, perhaps holding rows: empty only where the stored schema,
            // read, lacks it (or a migration before it in the request created it)
            boolean ifNotExists = name != at + 1;
            if (table != null && (!ifNotExists || schemaRead && !storedTables.containsKey(lower(table)) && !renamedInto.contains(lower(table)))) {
                created.add(lower(table));
            }
            return null;
        }
        if (t.get(at).is("INDEX")) {
            for (int k = at + 1; k + 1 < t.size(); k++) {
                if (!t.get(k).is("ON")) continue;
                String table = tableName(t, k + 1);
                return table != null && created.contains(lower(table)) ? null : "(CREATE INDEX) reads the rows of " + table;
            }
            return "(CREATE INDEX) is not one Godwit reads";
        }
        return "(CREATE " + t.get(at).upper() + ") may read or write rows";
    }

    private String alter(String sql, List<SqlLexer.Token> t, Set<String> created) {
        if (t.size() < 4 || !t.get(1).is("TABLE")) return "(ALTER) is not one Godwit reads";
        int after = t.size() > 4 && t.get(3).isPunct(".") ? 5 : 3;   // ALTER TABLE [schema.]name
        String table = tableName(t, 2);
        if (table == null || after >= t.size()) return "(ALTER TABLE) is not one Godwit reads";
        SqlLexer.Token verb = t.get(after);
        if (verb.is("RENAME")) {
            String to = StatementKind.renamedTo(sql);   // null for a column's rename
            if (to != null && created.remove(lower(table))) created.add(lower(to));
            else if (to != null) renamedInto.add(lower(to));   // a table that may hold rows, under a name the stored schema lacks
            return null;
        }
        if (!verb.is("ADD")) return "(ALTER TABLE ... " + verb.upper() + ") rewrites every row";
        for (int k = after + 1; k < t.size(); k++) {
            if (t.get(k).is("CHECK")) return "(ALTER TABLE ... ADD COLUMN with a CHECK) makes SQLite check every row";
            if (t.get(k).is("AS") || t.get(k).is("GENERATED")) return "(ALTER TABLE ... ADD COLUMN, generated) may make SQLite read every row";
        }
        if (created.contains(lower(table))) return null;
        String stored = storedTables.get(lower(table));
        if (stored == null) return "(ALTER TABLE ... ADD COLUMN) to " + table + ", whose definition was not read (it may be STRICT, which makes SQLite check every row)";
        List<SqlLexer.Token> def = SqlLexer.significant(stored);
        for (int k = def.size() - 1; k >= 0 && !def.get(k).isPunct(")"); k--) {
            if (def.get(k).is("STRICT")) return "(ALTER TABLE ... ADD COLUMN) to STRICT table " + table + " makes SQLite check every row";
        }
        return null;
    }

    /** The index after {@code IF NOT EXISTS} at {@code at}, or {@code at}. */
    private static int skipIfNotExists(List<SqlLexer.Token> t, int at) {
        return at + 2 < t.size() && t.get(at).is("IF") && t.get(at + 1).is("NOT") && t.get(at + 2).is("EXISTS") ? at + 3 : at;
    }

    /** The table named at {@code at} ({@code [schema.]name}), unquoted; null when none. */
    private static String tableName(List<SqlLexer.Token> t, int at) {
        if (at + 2 < t.size() && t.get(at + 1).isPunct(".")) at += 2;
        return at < t.size() && t.get(at).isName() ? t.get(at).name() : null;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
