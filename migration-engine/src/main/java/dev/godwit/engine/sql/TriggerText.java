package dev.godwit.engine.sql;

import java.util.List;

/**
 * A trigger's text moved onto another table or view: what SQLite does not do for a view renamed by dropping it and creating
 * it under the new name (db:generate writes the trigger again there; the pre-flight shows the statement to write).
 */
public final class TriggerText {

    private TriggerText() {
    }

    /** {@code sql} (a CREATE TRIGGER) with the name after its {@code ON} (maybe {@code main.}-qualified) replaced by {@code table}, double-quoted. */
    public static String on(String sql, String table) {
        List<SqlLexer.Token> tokens = SqlLexer.significant(sql);
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!tokens.get(i).is("ON")) continue;
            int last = i + 1;
            if (last + 2 < tokens.size() && tokens.get(last + 1).isPunct(".")) last += 2;
            return sql.substring(0, tokens.get(i + 1).start()) + Quoting.doubleQuoted(table) + sql.substring(tokens.get(last).end());
        }
        return sql;
    }
}
