package dev.godwit.engine.studio;

import dev.godwit.engine.sql.Quoting;
import dev.godwit.schema.model.CheckDef;
import dev.godwit.schema.model.TableDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A row write SQLite refused by a UNIQUE or a CHECK of the written table, said with the column, the value and the way on. SQLite
 * says only "UNIQUE constraint failed: teams.name" or "CHECK constraint failed: number_positive", which the page showed as it came.
 */
final class ConstraintFailure {

    private ConstraintFailure() {
    }

    /**
     * The studio's words for {@code message} on a write to {@code t} that makes the row {@code row} (null: a delete), or null
     * where it is not such a failure, or one of another table (a trigger's write), said as SQLite said it.
     */
    static String said(TableDef t, Map<String, Object> row, String message) {
        if (message == null || row == null) return null;
        String unique = after(message, "UNIQUE constraint failed: ");
        if (unique != null) return unique(t, row, unique.replaceFirst("[):].*$", "").strip());
        String check = after(message, "CHECK constraint failed: ");
        if (check != null) return check(t, row, check);
        return null;
    }

    private static String unique(TableDef t, Map<String, Object> row, String on) {
        List<String> values = new ArrayList<>();
        for (String qualified : on.split(", ")) {
            String prefix = t.name() + ".";
            if (!qualified.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT))) return null;   // another table's, by a trigger
            String column = qualified.substring(prefix.length());
            Map.Entry<String, Object> value = valueOf(row, column);
            if (value == null || value.getValue() instanceof Cells.Preview) return null;
            values.add(Quoting.doubleQuoted(value.getKey()) + " = " + RowGuard.shownLiteral(value.getValue()));
        }
        return "another row of " + Quoting.doubleQuoted(t.name()) + " already holds " + String.join(" and ", values)
                + " (UNIQUE constraint failed: " + on + "): give a value no other row holds; nothing was written";
    }

    /**
     * SQLite names a CHECK by its constraint name, or by its expression where it has none ({@code said}: what follows its "CHECK
     * constraint failed: ", with whatever the driver adds after it).
     */
    private static String check(TableDef t, Map<String, Object> row, String said) {
        for (CheckDef c : t.checks()) {
            boolean byName = named(said, c.name());
            if (!byName && !named(said, c.expression())) continue;
            List<String> values = new ArrayList<>();
            for (Map.Entry<String, Object> e : row.entrySet()) {
                // the columns its expression names, as words (a name inside another word is not it)
                if (!java.util.regex.Pattern.compile("(?i)(?<![\\w$])" + java.util.regex.Pattern.quote(e.getKey()) + "(?![\\w$])").matcher(c.expression()).find()) continue;
                if (e.getValue() instanceof Cells.Preview) continue;
                values.add(Quoting.doubleQuoted(e.getKey()) + " = " + RowGuard.shownLiteral(e.getValue()));
            }
            return "the row breaks the CHECK " + (byName ? Quoting.doubleQuoted(c.name()) + " " : "") + "of " + Quoting.doubleQuoted(t.name())
                    + " (" + c.expression() + ")" + (values.isEmpty() ? "" : " with " + String.join(" and ", values))
                    + ": give a value it allows; nothing was written";
        }
        return null;
    }

    private static Map.Entry<String, Object> valueOf(Map<String, Object> row, String column) {
        for (Map.Entry<String, Object> e : row.entrySet()) if (e.getKey().equalsIgnoreCase(column)) return e;
        return null;
    }

    /** {@code said} starts with {@code name}, the whole of it: "c1" is not "c10". */
    private static boolean named(String said, String name) {
        return !name.isEmpty() && said.startsWith(name) && (said.length() == name.length() || !Character.isLetterOrDigit(said.charAt(name.length()))
                && said.charAt(name.length()) != '_');
    }

    /** What follows {@code head} in SQLite's message. */
    private static String after(String message, String head) {
        int at = message.indexOf(head);
        return at < 0 ? null : message.substring(at + head.length());
    }
}
