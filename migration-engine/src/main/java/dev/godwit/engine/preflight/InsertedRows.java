package dev.godwit.engine.preflight;

import dev.godwit.engine.sql.Quoting;
import dev.godwit.engine.sql.SqlLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rows an {@code INSERT ... VALUES / SELECT} writes, read so a query can name them as a CTE ({@code excluded} for an upsert,
 * {@code new} for the triggers the INSERT fires): the table, how the statement writes it (with its alias), the columns in the
 * order the rows give them, and the VALUES or SELECT that gives them.
 *
 * @param table   the table written to, by name
 * @param ref     how the statement's own clauses name the table: its alias, or its name as written
 * @param target  the table as the statement writes it, with its alias ({@code customers AS c})
 * @param columns the columns as written in the INSERT's list, or the table's own (double-quoted) when it has none
 * @param source  the {@code VALUES (...)} or {@code SELECT ...} that gives the rows
 * @param end     the token after the source: its ON CONFLICT, RETURNING, or the end
 */
record InsertedRows(String table, String ref, String target, List<String> columns, String source, int end) {

    /** The rows as a CTE named {@code name}: {@code excluded(id, name) AS (VALUES (2, 'x'))}. */
    String as(String name) {
        return name + "(" + String.join(", ", columns) + ") AS (" + source + ")";
    }

    /**
     * The rows of the INSERT (or REPLACE INTO) at {@code verb} of {@code t} (a trailing {@code ;} left off) of {@code code}, or null
     * (DEFAULT VALUES, no INSERT).
     */
    static InsertedRows of(Replica r, String code, List<SqlLexer.Token> t, int verb) {
        if (verb >= t.size() || !t.get(verb).is("INSERT") && !t.get(verb).is("REPLACE")) return null;
        int first = WriteTarget.at(t, verb);
        if (first < 0 || first >= t.size() || !t.get(first).isName()) return null;
        WriteTarget.ColumnList list = WriteTarget.columnList(t, verb);   // past the name and its alias
        int k = list.end();
        String table = t.get(list.name()).name();
        // how its clauses name it: its alias (INSERT INTO customers AS c), else its name as written
        String ref = list.start() - 2 > list.name() && t.get(list.start() - 2).is("AS") ? t.get(list.start() - 1).text() : t.get(list.name()).text();
        String target = code.substring(t.get(first).start(), t.get(list.start() - 1).end());
        List<String> columns = new ArrayList<>();
        if (list.columns() != null) {
            for (SqlLexer.Token c : list.columns()) columns.add(c.text());
        } else {
            // no column list: every column a row takes, in order (generated ones take none)
            for (Map<String, Object> c : r.query("SELECT name FROM pragma_table_info(?) ORDER BY cid", table)) {
                columns.add(Quoting.doubleQuoted(String.valueOf(c.get("name"))));
            }
        }
        if (k >= t.size() || t.get(k).is("DEFAULT") || columns.isEmpty()) return null;
        int end = t.size();
        for (int j = k, depth = 0; j < t.size() && end == t.size(); j++) {
            if (t.get(j).isPunct("(")) depth++;
            else if (t.get(j).isPunct(")")) depth--;
            else if (depth == 0 && (j + 1 < t.size() && t.get(j).is("ON") && t.get(j + 1).is("CONFLICT") || t.get(j).is("RETURNING"))) end = j;
        }
        if (end == k) return null;
        return new InsertedRows(table, ref, target, columns, code.substring(t.get(k).start(), t.get(end - 1).end()), end);
    }
}
