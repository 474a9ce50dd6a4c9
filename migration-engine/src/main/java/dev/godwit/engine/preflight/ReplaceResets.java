package dev.godwit.engine.preflight;

import dev.godwit.engine.sql.Quoting;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.engine.sql.StatementKind;
import dev.godwit.schema.model.SqliteNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a REPLACE ({@code REPLACE INTO}, {@code INSERT OR REPLACE}) whose column list leaves out columns resets: each row it
 * replaces is deleted and inserted again holding the column's default (none, NULL; one read afresh, {@code CURRENT_TIMESTAMP},
 * resets a stored time as a literal one resets a note). For each column left out, the query counting the rows the REPLACE
 * conflicts with (on any UNIQUE key its rows give) that hold a value the default does not put back, as the table is when the
 * statement runs: a REPLACE of a new key resets nothing.
 *
 * @param table   the table written to, by name
 * @param columns the columns left out, in the table's order
 */
record ReplaceResets(String table, List<Column> columns) {

    /**
     * A column the REPLACE leaves out: its name, its default ({@code dflt_value}, null where it declares none), whether that is
     * read afresh ({@link LossRules#literal not a literal}), and the query counting the values it resets.
     */
    record Column(String name, String dflt, boolean afresh, String query) {
    }

    /** The REPLACE {@code statement} as {@code r} would run it, or null: another statement, no column list, no key it can conflict on. */
    static ReplaceResets of(Replica r, String statement) {
        // asked of every statement of a migration (a seed may hold thousands of INSERTs): one without the word is not lexed
        if (!statement.toUpperCase(java.util.Locale.ROOT).contains("REPLACE")) return null;
        String code = StatementKind.fromCode(statement);
        List<SqlLexer.Token> t = SqlLexer.significant(code);
        if (!t.isEmpty() && t.get(t.size() - 1).isPunct(";")) t = t.subList(0, t.size() - 1);
        int verb = WriteTarget.verb(t);
        if (verb < 0 || t.get(verb).is("UPDATE") || !WriteTarget.replaces(t, verb)) return null;
        WriteTarget.ColumnList list = WriteTarget.columnList(t, verb);
        if (list == null || list.columns() == null) return null;
        InsertedRows rows = InsertedRows.of(r, code, t, verb);
        if (rows == null) return null;
        Set<String> given = new HashSet<>();
        for (SqlLexer.Token c : list.columns()) given.add(SqliteNames.key(c.name()));
        List<List<String>> keys = Upsert.uniqueKeys(r, rows.table(), rows.columns(), false);
        if (keys.isEmpty()) return null;   // it conflicts with no row: it only adds rows
        String replaced = UnseenFilteredWrite.withRows(WriteTarget.withText(code, t, verb), rows.as("new")) + "SELECT count(*) FROM " + rows.target()
                + " WHERE " + KeyConflicts.condition(r, rows.table(), rows.ref(), row -> UnseenFilteredWrite.keyMatches(row, keys));
        List<Column> out = new ArrayList<>();
        for (Map<String, Object> c : r.query("SELECT name, dflt_value FROM pragma_table_info(?) ORDER BY cid", rows.table())) {
            String column = String.valueOf(c.get("name"));
            if (given.contains(SqliteNames.key(column))) continue;
            String dflt = (String) c.get("dflt_value");
            String col = Quoting.doubleQuoted(column);
            // a default read afresh is a new value in each row it replaces: every value held there goes
            boolean afresh = dflt != null && !LossRules.literal(dflt);
            out.add(new Column(column, dflt, afresh, replaced + " AND " + col + " IS NOT NULL" + (dflt == null || afresh ? "" : " AND " + col + " IS NOT (" + dflt + ")")));
        }
        return out.isEmpty() ? null : new ReplaceResets(rows.table(), out);
    }
}
