package dev.godwit.engine.generate;

import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.schema.model.CheckDef;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SourceMap;
import dev.godwit.schema.model.TableDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * CHECKs, generated columns, index keys and index WHEREs that read the current time ({@code unixepoch()},
 * {@code datetime('now')}, a {@code 'localtime'} or {@code 'utc'} modifier). SQLite creates such a table or index without a
 * word, then refuses every INSERT and UPDATE that evaluates the fragment ("non-deterministic use of unixepoch() in a CHECK
 * constraint"), and a CREATE INDEX on a table with rows: the migration applies and the table can no longer be written.
 * Only new or changed fragments are named, as the trial of {@link RefusedDeclarations} does for what SQLite refuses at CREATE.
 */
final class CurrentTimeReads {

    /** SQLite's date and time functions; each reads the clock when given no time value, {@code 'now'}, or {@code 'localtime'}/{@code 'utc'}. */
    private static final Set<String> TIME_FUNCTIONS = Set.of("date", "time", "datetime", "julianday", "unixepoch", "strftime", "timediff");
    private static final Set<String> CLOCK_ARGUMENTS = Set.of("now", "localtime", "utc");

    private CurrentTimeReads() {
    }

    /** One line per fragment of {@code tables} (new or changed since {@code before}) that reads the current time. */
    static List<String> in(List<TableDef> tables, SchemaDef before, SourceMap where) {
        List<String> problems = new ArrayList<>();
        for (TableDef t : tables) {
            TableDef old = before.table(t.name()).orElse(null);
            Function<String, String> clockCall = sql -> clockCall(sql, t);
            Map<String, Integer> seen = new HashMap<>();
            for (CheckDef c : t.checks()) {
                int nth = seen.merge(c.name(), 1, Integer::sum) - 1;
                String call = clockCall.apply(c.expression());
                if (call == null || old != null && old.checks().contains(c)) continue;
                problems.add(where.entryOrTable(t.name(), "check", c.name(), nth) + ": check \"" + c.name() + "\" (" + c.expression() + ") reads the"
                        + " current time with " + call + ", which SQLite allows in no CHECK: it creates the table, then refuses every INSERT and UPDATE"
                        + " (\"non-deterministic use of " + functionOf(call) + "() in a CHECK constraint\"). Compare with a time the application passes"
                        + " in (check it in the application), or check against another column");
            }
            for (ColumnDef c : t.columns()) {
                if (c.generated() == null) continue;
                String call = clockCall.apply(c.generated().as());
                ColumnDef was = old == null ? null : old.columnNamed(c.name()).orElse(null);
                if (call == null || was != null && Objects.equals(was.generated(), c.generated())) continue;
                problems.add(where.column(t.name(), c.name()) + ": generated column \"" + c.name() + "\" reads the current"
                        + " time with " + call + ", which SQLite allows in no generated column: it creates the table, then refuses every INSERT"
                        + " (\"non-deterministic use of " + functionOf(call) + "() in a generated column\"). For the time a row is written, use a"
                        + " DEFAULT of (unixepoch()); for a time relative to now, compute it in the query");
            }
            seen.clear();
            for (IndexDef i : t.indexes()) {
                int nth = seen.merge(i.name(), 1, Integer::sum) - 1;
                if (old != null && old.indexes().contains(i)) continue;
                String call = i.where() == null ? null : clockCall.apply(i.where());
                for (IndexDef.Key k : i.keys()) if (call == null && k.expression()) call = clockCall.apply(k.text());
                if (call == null) continue;
                problems.add(where.entryOrTable(t.name(), "index", i.name(), nth) + ": index \"" + i.name() + "\" reads the current time with " + call
                        + " in its " + (i.where() != null && clockCall.apply(i.where()) != null ? "WHERE" : "key") + ", which SQLite allows in no index: the"
                        + " CREATE INDEX fails on a table with rows and every INSERT fails on one without (\"non-deterministic use of "
                        + functionOf(call) + "() in an index\"). Index the column itself (a WHERE such as expires_at IS NOT NULL) and compare with"
                        + " the current time in the query");
            }
        }
        return problems;
    }

    /**
     * The first call of a date and time function in {@code sql} that reads the clock, as written ({@code unixepoch()},
     * {@code datetime('now')}), or null: one with no time value (none, or a {@code strftime} with its format alone), or with
     * {@code 'now'}, {@code 'localtime'} or {@code 'utc'} as an argument (SQLite compares these without regard to case).
     */
    static String clockCall(String sql) {
        return clockCall(sql, null);
    }

    /**
     * As {@link #clockCall(String)}, in {@code table}: there {@code date("now")} is the string 'now' too where no column of the
     * table is named so (SQLite's double-quoted string quirk), and reads the clock.
     */
    static String clockCall(String sql, TableDef table) {
        List<SqlLexer.Token> tokens = SqlLexer.significant(sql);
        for (int i = 0; i + 1 < tokens.size(); i++) {
            SqlLexer.Token name = tokens.get(i);
            if (name.kind() != SqlLexer.Kind.WORD || !TIME_FUNCTIONS.contains(name.text().toLowerCase(Locale.ROOT)) || !tokens.get(i + 1).isPunct("(")) continue;
            int depth = 0;
            int args = 0;
            boolean clock = false;
            boolean empty = true;
            int end = i + 1;
            for (int j = i + 1; j < tokens.size(); j++) {
                SqlLexer.Token t = tokens.get(j);
                if (t.isPunct("(")) depth++;
                else if (t.isPunct(")") && --depth == 0) {
                    end = j;
                    break;
                } else if (depth == 1 && t.isPunct(",")) args++;
                else if (depth == 1) {
                    empty = false;
                    if (t.kind() == SqlLexer.Kind.STRING && CLOCK_ARGUMENTS.contains(SqlLexer.unquote(t.text()).toLowerCase(Locale.ROOT))) clock = true;
                    if (table != null && t.kind() == SqlLexer.Kind.QUOTED && t.text().startsWith("\"")
                            && CLOCK_ARGUMENTS.contains(SqlLexer.unquote(t.text()).toLowerCase(Locale.ROOT))
                            && table.columnNamed(SqlLexer.unquote(t.text())).isEmpty()) clock = true;
                }
            }
            boolean strftime = name.text().equalsIgnoreCase("strftime");
            boolean noTimeValue = empty || strftime && args == 0;
            if (clock || noTimeValue && !name.text().equalsIgnoreCase("timediff")) return sql.substring(name.start(), tokens.get(end).end());
        }
        return null;
    }

    private static String functionOf(String call) {
        return call.substring(0, call.indexOf('(')).strip().toLowerCase(Locale.ROOT);
    }
}
