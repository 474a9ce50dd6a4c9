package dev.godwit.engine.sql;

/** SQLite quoting of identifiers and string literals, shared by the planner, the migrator, push and the studio. */
public final class Quoting {

    private Quoting() {
    }

    /** {@code `name`}, with backticks inside doubled (drizzle-kit's style for DDL). */
    public static String backtick(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    /** {@code "name"}, with double quotes inside doubled (standard SQL). */
    public static String doubleQuoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** {@code 'text'}, with single quotes inside doubled. */
    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
