package dev.godwit.engine.migrate;

import dev.godwit.engine.sql.StatementKind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * drizzle-kit's rebuild of a table ({@code CREATE TABLE __new_t}, copy, {@code DROP TABLE t}, {@code ALTER TABLE __new_t RENAME
 * TO t}) leaves the views over {@code t} in place, and SQLite checks every view on a rename: between the DROP and the RENAME
 * they read a table that is not there, so the RENAME fails with "error in view v: no such table: main.t". What to do, for
 * that error; Godwit's own rebuild takes the views around it.
 */
public final class ViewsOverRebuildHint {

    /** SQLite names both unquoted, spaces and all ("error in view active users: no such table: main.user list"), to the message's end. */
    private static final Pattern VIEW_LACKS = Pattern.compile("error in view ([^:]+): no such table: (?:main\\.)?([^\\n]+?)\\)?\\s*(?:\\n|$)");

    private ViewsOverRebuildHint() {
    }

    /**
     * The hint when {@code statement}, an {@code ALTER TABLE ... RENAME TO t}, failed on a view reading {@code t} (dropped earlier
     * in the migration), else null; {@code repairCommand} records the edit, {@code again} is the way on after it.
     */
    public static String of(String statement, String databaseMessage, String repairCommand, String again) {
        String to = StatementKind.renamedTo(statement);
        if (to == null || databaseMessage == null) return null;
        Matcher m = VIEW_LACKS.matcher(databaseMessage);
        if (!m.find() || !dev.godwit.schema.model.SqliteNames.key(m.group(2)).equals(dev.godwit.schema.model.SqliteNames.key(to))) return null;
        String view = m.group(1).strip();
        return "View \"" + view + "\" reads \"" + to + "\", which the migration dropped before renaming a table to it: SQLite checks every"
                + " view on ALTER TABLE ... RENAME, and between the two \"" + view + "\" reads a table that is not there (drizzle-kit writes"
                + " its rebuild so; Godwit's takes the views around it). In the migration, drop the view (DROP VIEW \"" + view + "\", and"
                + " the views over it) before the DROP TABLE and create it again after this statement (a reviewed edit: record it with "
                + repairCommand + "), then " + again + ".";
    }
}
