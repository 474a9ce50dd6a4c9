package dev.godwit.engine.preflight;

import static dev.godwit.engine.preflight.StatementText.mentions;

import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.schema.model.SqliteNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which triggers change a column of rows a rebuild moved, read from their SQL: those that set it to the time, move it on from
 * its own value (a counter), or (the table's own) name it at all.
 */
final class TriggerWrites {

    private TriggerWrites() {
    }

    /**
     * The triggers that set {@code column} of {@code table} in an UPDATE of it: on real rows any (the rows are the same after a
     * move, so a value computed from them comes out the same), on generated rows those that count it on or set it to the time.
     */
    static List<String> setBy(List<Trigger> triggers, String table, String column, boolean realRows) {
        Pattern sets = Pattern.compile("\\bupdate\\s+(?:or\\s+\\w+\\s+)?[\"`\\[]?" + Pattern.quote(table.toLowerCase(Locale.ROOT))
                + "[\"`\\]]?\\s+set\\b(?:[^;]*?,)?\\s*[\"`\\[]?\\b" + Pattern.quote(column.toLowerCase(Locale.ROOT)) + "\\b[\"`\\]]?\\s*=");
        return triggers.stream().filter(t -> sets.matcher(t.sql()).find()
                && (realRows || movesOnFromItself(t.sql(), table, column) || touches(t.sql(), table, column))).map(Trigger::name).toList();
    }

    /**
     * The triggers whose body writes {@code column} of {@code table}: sets it in an UPDATE, or inserts rows giving it a value
     * ({@code INSERT INTO posts_search (id, title) VALUES (new.id, new.title)}, or no column list: every column).
     */
    static List<String> writes(List<Trigger> triggers, String table, String column) {
        List<String> set = setBy(triggers, table, column, true);
        String tableKey = SqliteNames.key(table);
        String columnKey = SqliteNames.key(column);
        return triggers.stream().filter(t -> set.contains(t.name()) || inserts(t.sql(), tableKey, columnKey)).map(Trigger::name).toList();
    }

    /**
     * Whether an INSERT or REPLACE of a trigger's SQL into {@code table} gives {@code column} (both {@link SqliteNames#key}): its
     * column list names it, or it has none. Read with the lexer ({@link WriteTarget}), so a quoted name or a comment is read as
     * SQLite reads it; a trigger's INSERT names no schema (SQLite refuses one there).
     */
    private static boolean inserts(String sql, String table, String column) {
        List<SqlLexer.Token> t = SqlLexer.significant(sql);
        for (int i = 0; i < t.size(); i++) {
            WriteTarget.ColumnList list = WriteTarget.columnList(t, i);
            if (list == null || !table.equals(WriteTarget.name(t, i))) continue;
            if (list.columns() == null || list.columns().stream().anyMatch(c -> SqliteNames.key(c.name()).equals(column))) return true;   // none: every column
        }
        return false;
    }

    private static final Pattern EVENT = Pattern.compile("\\b(insert|update|delete)\\b(?:\\s+of\\b[^;]*?)?\\s+on\\b");

    /** Whether the trigger fires on {@code event} ("insert", "update", "delete"), read from its SQL's first {@code EVENT [OF cols] ON}. */
    static boolean firesOn(Trigger t, String event) {
        Matcher m = EVENT.matcher(t.sql());
        return m.find() && m.group(1).equals(event);
    }

    /** A trigger: its name, its table (as {@link SqliteNames#key}) and its SQL, lower-cased. */
    record Trigger(String name, String table, String sql) {
    }

    /** Every trigger, by name. */
    static List<Trigger> triggers(Replica r) {
        List<Trigger> out = new ArrayList<>();
        for (Map<String, Object> row : r.query("SELECT name, tbl_name, sql FROM main.sqlite_master WHERE type = 'trigger' AND sql IS NOT NULL ORDER BY name")) {
            out.add(new Trigger(String.valueOf(row.get("name")), SqliteNames.key(String.valueOf(row.get("tbl_name"))),
                    String.valueOf(row.get("sql")).toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    /**
     * The triggers that change {@code column} of moved rows of {@code table} on any database (see {@link LossRules#compare}): the table's
     * own that name the column, and any that moves it on from its own value. Empty when none does. An own trigger that only sets
     * the column from a subquery ({@code SET position = (SELECT count(*) FROM orders ...)}) computes it from the rows, which
     * real rows agree with and generated ones do not: it counts on {@code realRows} only.
     */
    static List<String> drifting(List<Trigger> triggers, String table, String column, boolean realRows) {
        return triggers.stream().filter(t -> t.table().equals(SqliteNames.key(table))
                && mentions(realRows ? t.sql() : withoutRecomputing(t.sql(), column), column)
                || movesOnFromItself(t.sql(), table, column) || touches(t.sql(), table, column)).map(Trigger::name).toList();
    }

    /**
     * Whether a trigger's UPDATE of {@code table} sets {@code column} to the time ({@code SET touched_at = datetime('now')}, an
     * ORM's touch of the parent): a value the rows put back never had, on any database. A constant or a value of the row
     * that fired it can be what real rows hold already, so those are left alone.
     */
    private static boolean touches(String sql, String table, String column) {
        Matcher u = Pattern.compile("\\bupdate\\s+(?:or\\s+\\w+\\s+)?[\"`\\[]?" + Pattern.quote(table.toLowerCase(Locale.ROOT))
                + "[\"`\\]]?\\s+(set\\b[^;]*)").matcher(sql);
        Pattern assignment = Pattern.compile("(?:\\bset|,)\\s*[\"`\\[]?\\b" + Pattern.quote(column.toLowerCase(Locale.ROOT)) + "\\b[\"`\\]]?\\s*=");
        while (u.find()) {
            String set = u.group(1);
            Matcher a = assignment.matcher(set);
            Matcher stop = EXPRESSION_END.matcher(set).useTransparentBounds(true);
            while (a.find()) {
                if (NOW.matcher(set.substring(a.end(), expressionEnd(set, a.end(), stop))).find()) return true;
            }
        }
        return false;
    }

    /** The time as SQLite writes it: CURRENT_TIMESTAMP (DATE, TIME), 'now', or a date function with no argument. */
    private static final Pattern NOW = Pattern.compile("\\bcurrent_(?:timestamp|date|time)\\b|'now'|\\b(?:date|time|datetime|julianday|unixepoch)\\s*\\(\\s*\\)");

    /**
     * A trigger's SQL (lower-cased) without its assignments of {@code column} computed through a subquery: {@code SET c = (SELECT
     * ...)}, and as most are written, the subquery inside an expression ({@code , c = coalesce((SELECT ...), 0) + 1}). The
     * expression ends at the next comma, WHERE, FROM or semicolon outside parentheses.
     */
    private static String withoutRecomputing(String sql, String column) {
        Matcher a = Pattern.compile("(?:\\bset|,)\\s*[\"`\\[]?\\b" + Pattern.quote(column.toLowerCase(Locale.ROOT))
                + "\\b[\"`\\]]?\\s*=").matcher(sql);
        Matcher stop = EXPRESSION_END.matcher(sql).useTransparentBounds(true);   // a word, not the end of "somewhere"
        StringBuilder out = new StringBuilder();
        int from = 0;
        int at = 0;
        while (a.find(at)) {
            int end = expressionEnd(sql, a.end(), stop);
            at = end;
            if (!SUBQUERY.matcher(sql.substring(a.end(), end)).find()) continue;
            out.append(sql, from, a.start()).append(sql.charAt(a.start()) == ',' ? "," : "set ");
            from = end;
        }
        return out.append(sql.substring(from)).toString();
    }

    /**
     * Where the expression assigned from {@code from} ends in a trigger's (lower-cased) SQL: at the next comma, semicolon,
     * WHERE, FROM or END outside parentheses. {@code stop} is an {@link #EXPRESSION_END} matcher over {@code sql}.
     */
    private static int expressionEnd(String sql, int from, Matcher stop) {
        int depth = 0;
        int end = from;
        for (; end < sql.length(); end++) {
            char c = sql.charAt(end);
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (depth == 0 && (c == ',' || c == ';' || stop.region(end, sql.length()).lookingAt())) break;
        }
        return end;
    }

    private static final Pattern EXPRESSION_END = Pattern.compile("\\b(?:where|from|end)\\b");
    private static final Pattern SUBQUERY = Pattern.compile("\\(\\s*select\\b");

    /** Whether a trigger's UPDATE of {@code table} sets {@code column} from its own value ({@code SET n = n + 1}): a counter. */
    private static boolean movesOnFromItself(String triggers, String table, String column) {
        String t = Pattern.quote(table.toLowerCase(Locale.ROOT));
        String c = Pattern.quote(column.toLowerCase(Locale.ROOT));
        return Pattern.compile("\\bupdate\\s+[\"`\\[]?" + t + "[\"`\\]]?\\s+set\\b[^;]*?[\"`\\[]?\\b" + c + "\\b[\"`\\]]?\\s*=\\s*[\"`\\[]?\\b" + c
                + "\\b[\"`\\]]?\\s*[-+*/|]").matcher(triggers).find();
    }
}
