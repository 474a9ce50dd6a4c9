package dev.godwit.engine.plan;

import dev.godwit.engine.diff.CheckText;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.SqliteNames;
import dev.godwit.schema.model.TableDef;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Decides a CHECK or a partial index's WHERE on the one row every existing row turns into where a migration gives them all the
 * same value (a NOT NULL fill, a new column's default): SQLite itself evaluates it, on an in-memory table of the same name and
 * columns (generated ones computed), so a warning can say "breaks it" or nothing rather than "may". Only sound when the expression
 * reads nothing but those columns ({@link #readsOnly}); every answer is null where SQLite cannot tell (an unknown function, say).
 */
public final class OneRowTrial {

    private OneRowTrial() {
    }

    /**
     * Whether {@code sql} (a CHECK or WHERE of {@code table}) reads no column but {@code columns}, directly or through generated
     * columns reading only them; false when it reads none of them (then nothing is being decided).
     */
    public static boolean readsOnly(TableDef table, String sql, Set<String> columns) {
        Set<String> keys = new HashSet<>();
        for (String c : columns) keys.add(SqliteNames.key(c));
        int[] found = {0};
        return readsOnly(table, sql, keys, new HashSet<>(), found) && found[0] > 0;
    }

    private static boolean readsOnly(TableDef table, String sql, Set<String> keys, Set<String> seen, int[] found) {
        if (sql == null) return false;
        for (SqlLexer.Token t : SqlLexer.significant(Objects.requireNonNullElse(CheckText.unqualified(sql, table.name()), sql))) {
            if (t.kind() != SqlLexer.Kind.WORD && t.kind() != SqlLexer.Kind.QUOTED) continue;
            var col = table.column(t.name());
            // rowid (oid, _rowid_) differs from row to row: the one in-memory row cannot stand for them
            if (col.isEmpty() && SqliteNames.isRowidName(t.name())) return false;
            if (col.isEmpty()) continue;
            String key = SqliteNames.key(col.get().name());
            if (keys.contains(key)) {
                found[0]++;
            } else if (col.get().generated() != null && seen.add(key)) {
                if (!readsOnly(table, col.get().generated().as(), keys, seen, found)) return false;
            } else if (col.get().generated() == null) {
                return false;
            }
        }
        return true;
    }

    /** Whether a row holding {@code values} (SQL expressions by column name; the table's other columns NULL) passes {@code check}. */
    public static Boolean keeps(TableDef table, String check, Map<String, String> values) {
        Long failing = count(table, "NOT (" + check + ")", values, 1);
        return failing == null ? null : failing == 0;
    }

    /** Rows of defaults {@link #breaksEvery} tries: a default that differs from insert to insert (random()) shows it among them. */
    static final int TRIED_ROWS = 32;

    /**
     * Whether every row holding {@code values} breaks {@code check}, on {@value #TRIED_ROWS} rows, each computing its values anew:
     * TRUE where all break it, FALSE where any passes (a default drawn at random may break it for some inserts only).
     */
    public static Boolean breaksEvery(TableDef table, String check, Map<String, String> values) {
        Long failing = count(table, "NOT (" + check + ")", values, TRIED_ROWS);
        return failing == null ? null : failing == TRIED_ROWS;
    }

    /** Whether a row holding {@code values} is in a partial index with this {@code where}. */
    public static Boolean enters(TableDef table, String where, Map<String, String> values) {
        Long in = count(table, "(" + where + ")", values, 1);
        return in == null ? null : in > 0;
    }

    private static Long count(TableDef table, String condition, Map<String, String> values, int rows) {
        String name = Quoting.doubleQuoted(table.name());
        StringBuilder create = new StringBuilder("CREATE TABLE " + name + " (");
        String sep = "";
        for (ColumnDef c : table.columns()) {
            create.append(sep).append(Quoting.doubleQuoted(c.name())).append(' ').append(Objects.requireNonNullElse(c.type(), ""));
            if (c.generated() != null) create.append(" GENERATED ALWAYS AS (").append(c.generated().as()).append(") VIRTUAL");
            sep = ", ";
        }
        List<Map.Entry<String, String>> given = values.entrySet().stream().filter(e -> table.column(e.getKey()).isPresent()).toList();
        if (given.isEmpty()) return null;
        // rows > 1: each its own values (defaults read no column, so the numbering's column is out of their reach)
        String insert = (rows > 1 ? "WITH RECURSIVE godwit_rows(godwit_row) AS (SELECT 1 UNION ALL SELECT godwit_row + 1 FROM godwit_rows WHERE godwit_row < " + rows + ") " : "")
                + "INSERT INTO " + name + " (" + String.join(", ", given.stream().map(e -> Quoting.doubleQuoted(table.column(e.getKey()).get().name())).toList())
                + ") SELECT " + String.join(", ", given.stream().map(e -> Objects.requireNonNullElse(e.getValue(), "NULL")).toList())
                + (rows > 1 ? " FROM godwit_rows" : "");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement s = c.createStatement()) {
            s.execute(create.append(")").toString());
            s.execute(insert);
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + name + " WHERE " + condition)) {
                return r.next() ? r.getLong(1) : null;
            }
        } catch (SQLException e) {
            return null;
        }
    }
}
