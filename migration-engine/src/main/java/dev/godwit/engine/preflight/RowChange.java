package dev.godwit.engine.preflight;

import dev.godwit.engine.folder.Migration;

/**
 * Rows a migration removed or rewrote in a table it keeps: what, where, how many of how many, and
 * through which migration and statement (0-based; -1 when no single statement can be named).
 */
public record RowChange(Kind kind, String table, String column, long rows, long of, Migration migration, int statement, String statementText) {

    public enum Kind {
        /** Rows vanished from a table the migration does not drop (e.g. a cascade from a rebuilt parent). */
        ROWS_DELETED,
        /** Foreign-key values set to NULL (ON DELETE SET NULL from a rebuilt parent). */
        SET_NULL,
        /** Foreign-key values changed to another value (ON DELETE SET DEFAULT, or rewritten). */
        REFERENCE_CHANGED,
        /** A column filled with a text equal to its own name: an unresolved "name" SQLite read as a string. */
        FILLED_WITH_OWN_NAME
    }

    /** One line for a person, e.g. {@code "orders": 3 of 3 rows deleted, through 0002_x.sql statement 3: DROP TABLE `customers`;}. */
    public String describe() {
        String where = "\"" + table + "\"" + (column == null ? "" : ".\"" + column + "\"");
        String what = switch (kind) {
            case ROWS_DELETED -> rows + " of " + of + " rows deleted";
            case SET_NULL -> rows + " of " + of + " references set to NULL";
            case REFERENCE_CHANGED -> rows + " of " + of + " references changed (reset to a default or rewritten)";
            case FILLED_WITH_OWN_NAME -> rows + " of " + of + " rows filled with the text '" + column + "', the column's own name"
                    + " (SQLite reads a double-quoted name it cannot resolve as a string: the SELECT names a column the source table does not have)";
        };
        String through = " through " + migration.fileName();
        if (statement >= 0) through += " statement " + (statement + 1) + ": " + firstLine(statementText);
        return where + ": " + what + "," + through;
    }

    private static String firstLine(String s) {
        String l = s.strip().replaceAll("\\s+", " ");
        return l.length() > 160 ? l.substring(0, 160) + "…" : l;
    }
}
