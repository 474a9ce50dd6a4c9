package dev.godwit.engine.studio;

import dev.godwit.engine.sql.Quoting;
import dev.godwit.schema.model.CheckDef;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.FkAction;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.TableDef;
import dev.godwit.schema.model.SqliteNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A row write SQLite refused by a UNIQUE, a CHECK or a NOT NULL of the written table, or by a NOT NULL that a trigger it fires
 * broke, said with the column, the value (or the trigger) and the way on. SQLite says only "UNIQUE constraint failed: teams.name",
 * "CHECK constraint failed: number_positive" or "NOT NULL constraint failed: notes.body", which the page showed as it came.
 */
final class ConstraintFailure {

    private ConstraintFailure() {
    }

    /**
     * The studio's words for {@code message} on a write to {@code t} that makes the row {@code row} (null: a delete), or null
     * where it is not such a failure, or one of another table (a trigger's write), said as SQLite said it. {@code inserted}: the
     * write is an insert, whose columns not in {@code row} take their DEFAULT.
     */
    static String said(TableDef t, Map<String, Object> row, String message, boolean inserted) {
        if (message == null || row == null) return null;
        String unique = after(message, "UNIQUE constraint failed: ");
        if (unique != null) return unique(t, row, failedOn(unique), inserted);
        String check = after(message, "CHECK constraint failed: ");
        if (check != null) return check(t, row, check);
        String notNull = after(message, "NOT NULL constraint failed: ");
        if (notNull != null) return notNullOfWrite(t, row, failedOn(notNull), inserted);
        return null;
    }

    /**
     * A NOT NULL of the written table that the write itself broke: a value given as NULL, a column an insert left out whose DEFAULT
     * is none or NULL, or a generated column that comes out NULL. Null where it is not one of these (a trigger's, said by
     * {@link #notNullOfTrigger}).
     */
    private static String notNullOfWrite(TableDef t, Map<String, Object> row, String on, boolean inserted) {
        String column = ownColumn(t, on);
        if (column == null) return null;
        ColumnDef c = columnOf(t, column);
        if (c == null) return null;
        String refuses = Quoting.doubleQuoted(c.name()) + " of " + Quoting.doubleQuoted(t.name());
        String tail = ", which its NOT NULL refuses (NOT NULL constraint failed: " + on + "): ";
        if (c.generated() != null) {
            return "the generated column " + refuses + " " + c.generated().as() + " comes out NULL for this row" + tail
                    + "give the columns it reads values that make it not NULL; nothing was written";
        }
        Map.Entry<String, Object> value = valueOf(row, column);
        if (value != null && value.getValue() == null) return "the row leaves " + refuses + " NULL" + tail + "give it a value; nothing was written";
        if (value == null && inserted) {
            String why = c.defaultValue() == null ? "it was left out, and has no DEFAULT" : "it was left out, and its DEFAULT " + c.defaultValue().sql() + " gives NULL";
            return "the new row leaves " + refuses + " NULL (" + why + ")" + tail + "give it a value; nothing was written";
        }
        return null;
    }

    private static String unique(TableDef t, Map<String, Object> row, String on, boolean inserted) {
        List<String> values = new ArrayList<>();
        for (String qualified : on.split(", ")) {
            String column = ownColumn(t, qualified);
            if (column == null) return null;   // another table's, by a trigger
            Map.Entry<String, Object> value = valueOf(row, column);
            if (value == null && inserted) {
                // Add row left it to its DEFAULT, a value the request does not hold: SQLite's words alone named no value
                ColumnDef c = columnOf(t, column);
                if (c == null || c.defaultValue() == null) return null;
                values.add(Quoting.doubleQuoted(c.name()) + " = " + c.defaultValue().sql() + ", its DEFAULT, which the new row was left to");
                continue;
            }
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

    /**
     * The studio's words for a NOT NULL that a trigger the write fires broke ({@code row}: the row as the write makes it, null for a
     * delete; {@code inserted}: an insert), or null where the write itself, or a foreign key's SET NULL or SET DEFAULT, may
     * have: SQLite says only "NOT NULL constraint failed: audit.who", a column the edit never named. {@code referencing}: the
     * foreign keys that point at {@code t}; {@code triggers}: the name and text of each trigger on {@code t}, read only here,
     * where it is one.
     */
    static String notNullOfTrigger(TableDef t, Map<String, Object> row, boolean inserted, String message, List<ForeignKeyDef> referencing,
            Supplier<List<Map<String, Object>>> triggers) {
        String on = message == null ? null : after(message, "NOT NULL constraint failed: ");
        if (on == null) return null;
        on = failedOn(on);
        String prefix = t.name().toLowerCase(Locale.ROOT) + ".";
        boolean own = on.toLowerCase(Locale.ROOT).startsWith(prefix);
        int dot = own ? prefix.length() - 1 : on.indexOf('.');
        if (dot < 0) return null;
        String table = on.substring(0, dot);
        String column = on.substring(dot + 1);
        if (own) {
            // a column of the row itself: the trigger's only where the write gave it a value, or (an update) left it as it was
            Map.Entry<String, Object> value = row == null ? null : valueOf(row, column);
            boolean byWrite = row != null && (value == null ? inserted : value.getValue() == null);
            if (byWrite) return null;
        }
        for (ForeignKeyDef f : referencing) {
            boolean setsNull = f.onDelete() == FkAction.SET_NULL || f.onUpdate() == FkAction.SET_NULL || f.onDelete() == FkAction.SET_DEFAULT
                    || f.onUpdate() == FkAction.SET_DEFAULT;
            if (setsNull && SqliteNames.same(f.table(), table) && f.columns().stream().anyMatch(c -> SqliteNames.same(c, column))) return null;
        }
        String fired = inserted ? "INSERT" : row == null ? "DELETE" : "UPDATE";
        List<String> names = new ArrayList<>();
        for (Map<String, Object> tr : triggers.get()) {
            if (!(tr.get("sql") instanceof String sql) || !(tr.get("name") instanceof String name)) continue;
            String body = SqlNames.body(sql);
            List<String> head = SqlNames.words(sql.substring(0, sql.length() - body.length()));
            String event = head.stream().map(w -> w.toUpperCase(Locale.ROOT)).filter(w -> w.equals("INSERT") || w.equals("UPDATE") || w.equals("DELETE"))
                    .findFirst().orElse(fired);
            if (event.equals(fired) && SqlNames.identifiers(body).stream().anyMatch(table::equalsIgnoreCase)) names.add(Quoting.doubleQuoted(name));
        }
        // none found: a trigger of another table, fired in turn by this one's
        String which = names.isEmpty() ? "" : " (" + String.join(" or ", names) + ", on " + Quoting.doubleQuoted(t.name()) + ")";
        return "a trigger this write fires" + which + " left " + Quoting.doubleQuoted(column) + " of " + Quoting.doubleQuoted(table)
                + " NULL, which its NOT NULL refuses (NOT NULL constraint failed: " + on + "): nothing was written; change the trigger, or the row it reads";
    }

    /** The table and column SQLite's message names ("notes.body"), without what a driver or D1 adds after them. */
    private static String failedOn(String failed) {
        return failed.replaceFirst("[):].*$", "").strip();
    }

    /** The column of {@code qualified} ("notes.body") where it is one of {@code t}'s, else null. */
    private static String ownColumn(TableDef t, String qualified) {
        String prefix = t.name() + ".";
        return qualified.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT)) ? qualified.substring(prefix.length()) : null;
    }

    private static ColumnDef columnOf(TableDef t, String column) {
        return t.columnNamed(column).orElse(null);
    }

    private static Map.Entry<String, Object> valueOf(Map<String, Object> row, String column) {
        for (Map.Entry<String, Object> e : row.entrySet()) if (SqliteNames.same(e.getKey(), column)) return e;
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
