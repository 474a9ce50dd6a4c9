package dev.godwit.engine.preflight;

import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.migrate.StatementRules;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.engine.sql.SqlLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a pre-flight on synthesised rows cannot see of a rebuild's moving of rows: a trigger the move fires (an AFTER DELETE
 * audit on the rows taken out, an AFTER INSERT on the rows put back) that writes only {@code WHEN} a row meets a condition
 * ({@code WHEN OLD.status = 'paid'}). When none of the synthesised rows meets it, the replica writes nothing and the
 * pre-flight reports nothing, while on the database the trigger writes for every real row that does. The prediction for
 * that migration is then partial, with the query that counts those rows.
 */
final class UnseenTriggerConditions {

    /** How such a line says what was not tried, for the advice after the lines. */
    static final String MARK = " writes for them was not tried";

    private static final Pattern ROW_PREFIX = Pattern.compile("(?i)\\b(?:new|old)\\s*\\.\\s*");

    private UnseenTriggerConditions() {
    }

    /** One line per trigger with a WHEN that a moving statement of {@code m} fires on none of {@code r}'s rows ({@code r} as before {@code m}). */
    static List<String> in(Replica r, Migration m) {
        MovedRows moved = new MovedRows(m.statements());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < m.statements().size(); i++) {
            if (!moved.moves(i)) continue;
            List<SqlLexer.Token> t = SqlLexer.significant(m.statements().get(i));
            String table;
            String event;
            if (moved.restoreInto(i) != null) {
                table = moved.restoreInto(i);
                event = "INSERT";
            } else if (t.size() >= 3 && t.get(0).is("DELETE") && t.get(1).is("FROM") && t.get(2).isName()) {
                table = t.size() >= 5 && t.get(3).isPunct(".") && t.get(4).isName() ? t.get(4).name() : t.get(2).name();
                event = "DELETE";
            } else {
                continue;   // a DROP TABLE drops the table's triggers before it deletes its rows
            }
            if (!r.holdsRows(table)) continue;
            for (Map<String, Object> row : r.query("SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger' AND tbl_name = ? COLLATE NOCASE"
                    + " AND sql IS NOT NULL ORDER BY name", table)) {
                String sql = String.valueOf(row.get("sql"));
                String condition = writingWhen(sql, event);
                if (condition == null) continue;
                String query = "SELECT count(*) FROM " + Quoting.doubleQuoted(table) + " WHERE " + ROW_PREFIX.matcher(condition).replaceAll("");
                try {
                    if (r.count(query.replaceFirst("FROM ", "FROM main.")) > 0) continue;   // met: the replica showed what it writes
                } catch (DatabaseException unreadable) {
                    // a condition that cannot be counted on the rows alone was not tried either
                }
                out.add(StatementRules.at(m, i) + ": " + StatementRules.shown(m.statements().get(i)).lines().findFirst().orElse("")
                        + "\n    moves the rows of \"" + table + "\" and so fires trigger " + Quoting.doubleQuoted(String.valueOf(row.get("name")))
                        + ", WHEN " + condition + ", which none of the synthesised rows meets, so what it" + MARK
                        + "; what it matches on the database: " + query);
            }
        }
        return out;
    }

    /** The WHEN condition of a trigger on {@code event} whose body writes (inserts, updates, deletes); null for any other. */
    private static String writingWhen(String sql, String event) {
        List<SqlLexer.Token> t = SqlLexer.significant(sql);
        int on = -1;
        for (int k = 3; k < t.size() && on < 0; k++) {
            if (t.get(k).is("DELETE") || t.get(k).is("INSERT") || t.get(k).is("UPDATE")) on = k;
        }
        if (on < 0 || !t.get(on).is(event)) return null;
        int when = -1;
        int begin = -1;
        for (int k = on + 1; k < t.size() && begin < 0; k++) {
            if (when < 0 && t.get(k).is("WHEN")) when = k;
            else if (t.get(k).is("BEGIN")) begin = k;
        }
        if (when < 0 || begin < 0 || begin == when + 1) return null;
        for (int k = begin + 1; k < t.size(); k++) {
            if (t.get(k).is("INSERT") || t.get(k).is("UPDATE") || t.get(k).is("DELETE") || t.get(k).is("REPLACE")) {
                return sql.substring(t.get(when + 1).start(), t.get(begin - 1).end()).strip();
            }
        }
        return null;
    }
}
