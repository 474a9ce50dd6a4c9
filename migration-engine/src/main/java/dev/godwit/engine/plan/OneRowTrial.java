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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Decides a CHECK or a partial index's WHERE on the one row every existing row turns into where a migration gives them all the
 * same value (a NOT NULL fill, a new column's default): SQLite itself evaluates it, on an in-memory table of the same name and
 * columns (generated ones computed), so a warning can say "breaks it" or nothing rather than "may". Only sound when the expression
 * reads nothing but those columns ({@link #readsOnly}); every answer is null where SQLite cannot tell (an unknown function, say).
 */
public final class OneRowTrial {

    /** Columns declared in in-memory trial tables so far: the work a wide table's trials cost, which tests hold to its size. */
    static final AtomicLong TRIAL_COLUMNS = new AtomicLong();

    /** Expressions (CHECKs, WHEREs, generated columns) read token by token so far, for the same tests. */
    static final AtomicLong EXPRESSIONS_READ = new AtomicLong();

    private OneRowTrial() {
    }

    /**
     * Whether {@code sql} (a CHECK or WHERE of {@code table}) reads no column but {@code columns}, directly or through generated
     * columns reading only them; false when it reads none of them (then nothing is being decided).
     */
    public static boolean readsOnly(TableDef table, String sql, Set<String> columns) {
        Set<String> keys = new HashSet<>();
        for (String c : columns) keys.add(SqliteNames.key(c));
        Set<String> read = new HashSet<>();
        return columnsRead(table, byName(table), sql, keys, read, new HashSet<>()) && !read.isEmpty();
    }

    /**
     * Walks {@code sql}'s column names, through generated columns into what they read, adding to {@code read} the columns (by
     * {@link SqliteNames#key}) it reaches. With {@code within} null every non-generated column is added; with it, a column in it
     * is added as it is (generated or not) and reaching a column outside it ends the walk, false. False also where it reads the
     * rowid. {@link #readsOnly} and {@link Rows#reads} share it, so both match names and follow generated columns alike.
     */
    private static boolean columnsRead(TableDef table, Map<String, ColumnDef> byName, String sql, Set<String> within,
                                       Set<String> read, Set<String> seen) {
        if (sql == null) return true;
        EXPRESSIONS_READ.incrementAndGet();
        for (SqlLexer.Token t : SqlLexer.significant(Objects.requireNonNullElse(CheckText.unqualified(sql, table.name()), sql))) {
            if (t.kind() != SqlLexer.Kind.WORD && t.kind() != SqlLexer.Kind.QUOTED) continue;
            ColumnDef col = byName.get(SqliteNames.key(t.name()));
            // rowid (oid, _rowid_) differs from row to row: the one in-memory row cannot stand for them
            if (col == null && SqliteNames.isRowidName(t.name())) return false;
            if (col == null) continue;
            String key = SqliteNames.key(col.name());
            if (within != null && within.contains(key)) {
                read.add(key);
            } else if (col.generated() != null) {
                if (seen.add(key) && !columnsRead(table, byName, col.generated().as(), within, read, seen)) return false;
            } else if (within != null) {
                return false;
            } else {
                read.add(key);
            }
        }
        return true;
    }

    /** Whether a row holding {@code values} (SQL expressions by column name; the table's other columns NULL) passes {@code check}. */
    public static Boolean keeps(TableDef table, String check, Map<String, String> values) {
        try (Rows row = new Rows(table, values, 1)) {
            Long failing = row.count("NOT (" + check + ")");
            return failing == null ? null : failing == 0;
        }
    }

    /** Rows of defaults {@link #breaksEvery} tries: a default that differs from insert to insert (random()) shows it among them. */
    static final int TRIED_ROWS = 32;

    /**
     * Whether every row holding {@code values} breaks {@code check}, on {@value #TRIED_ROWS} rows, each computing its values anew:
     * TRUE where all break it, FALSE where any passes (a default drawn at random may break it for some inserts only).
     */
    public static Boolean breaksEvery(TableDef table, String check, Map<String, String> values) {
        try (Rows rows = new Rows(table, values)) {
            return rows.breaksEvery(check);
        }
    }

    /** Whether a row holding {@code values} is in a partial index with this {@code where}. */
    public static Boolean enters(TableDef table, String where, Map<String, String> values) {
        try (Rows row = new Rows(table, values, 1)) {
            Long in = row.count("(" + where + ")");
            return in == null ? null : in > 0;
        }
    }

    private static String create(TableDef table) {
        StringBuilder create = new StringBuilder("CREATE TABLE " + Quoting.doubleQuoted(table.name()) + " (");
        String sep = "";
        for (ColumnDef c : table.columns()) {
            create.append(sep).append(Quoting.doubleQuoted(c.name())).append(' ').append(Objects.requireNonNullElse(c.type(), ""));
            if (c.generated() != null) create.append(" GENERATED ALWAYS AS (").append(c.generated().as()).append(") VIRTUAL");
            sep = ", ";
        }
        TRIAL_COLUMNS.addAndGet(table.columns().size());
        return create.append(")").toString();
    }

    /** The INSERT of {@code rows} rows holding {@code values} (those naming a column of the table, in any case); null where none does. */
    private static String insert(TableDef table, Map<String, ColumnDef> byName, Map<String, String> values, int rows) {
        List<Map.Entry<String, String>> given = values.entrySet().stream().filter(e -> byName.containsKey(SqliteNames.key(e.getKey()))).toList();
        if (given.isEmpty()) return null;
        // rows > 1: each its own values (defaults read no column, so the numbering's column is out of their reach)
        return (rows > 1 ? "WITH RECURSIVE godwit_rows(godwit_row) AS (SELECT 1 UNION ALL SELECT godwit_row + 1 FROM godwit_rows WHERE godwit_row < " + rows + ") " : "")
                + "INSERT INTO " + Quoting.doubleQuoted(table.name()) + " (" + String.join(", ", given.stream().map(e -> Quoting.doubleQuoted(byName.get(SqliteNames.key(e.getKey())).name())).toList())
                + ") SELECT " + String.join(", ", given.stream().map(e -> Objects.requireNonNullElse(e.getValue(), "NULL")).toList())
                + (rows > 1 ? " FROM godwit_rows" : "");
    }

    /**
     * A table's columns by {@link SqliteNames#key}, the first where two share one: SQLite reads {@code mixed} in a CHECK as the
     * column {@code "Mixed"}, so an exact spelling missed it (a default the CHECK refuses went unsaid) or took it for no column.
     */
    private static Map<String, ColumnDef> byName(TableDef table) {
        Map<String, ColumnDef> byName = new HashMap<>();
        for (ColumnDef c : table.columns()) byName.putIfAbsent(SqliteNames.key(c.name()), c);
        return byName;
    }

    /**
     * One table's {@value #TRIED_ROWS} rows of the same {@code values}, asked about each of its CHECKs in turn: the columns are
     * looked up by name once and the in-memory table is made and filled once (on the first question), where making it for every
     * CHECK cost a 500-column table with 500 CHECKs minutes. Each answer is what {@link OneRowTrial#breaksEvery} gives alone.
     */
    public static final class Rows implements AutoCloseable {
        private final TableDef table;
        private final Map<String, ColumnDef> byName;
        private final Map<String, String> values;
        private final int rows;
        private Connection connection;
        private Statement statement;
        private boolean unfit;

        public Rows(TableDef table, Map<String, String> values) {
            this(table, values, TRIED_ROWS);
        }

        /** {@code rows} rows of {@code values}: one for {@link #keeps} and {@link #enters}. */
        private Rows(TableDef table, Map<String, String> values, int rows) {
            this.table = table;
            this.byName = byName(table);
            this.values = values;
            this.rows = rows;
        }

        /**
         * The columns (by {@link SqliteNames#key}) {@code sql} reads, directly or through generated columns, generated ones
         * aside; null where it reads the rowid. {@code readsOnly(table, sql, columns)} is: not null, not empty, all among columns.
         */
        public Set<String> reads(String sql) {
            Set<String> read = new HashSet<>();
            return columnsRead(table, byName, sql, null, read, new HashSet<>()) ? read : null;
        }

        /** As {@link OneRowTrial#breaksEvery}: TRUE where every row breaks {@code check}, FALSE where any passes, null where SQLite cannot tell. */
        public Boolean breaksEvery(String check) {
            Long failing = count("NOT (" + check + ")");
            return failing == null ? null : failing == rows;
        }

        /** The rows that meet {@code condition}; null where SQLite cannot tell (the table cannot be made, the condition fails). */
        private Long count(String condition) {
            if (!filled()) return null;
            try (ResultSet r = statement.executeQuery("SELECT count(*) FROM " + Quoting.doubleQuoted(table.name()) + " WHERE " + condition)) {
                return r.next() ? r.getLong(1) : null;
            } catch (SQLException e) {
                return null;
            }
        }

        /** Makes and fills the table the first time; false where that cannot be done (then no CHECK of it can be told). */
        private boolean filled() {
            if (statement != null || unfit) return !unfit;
            String insert = insert(table, byName, values, rows);
            unfit = true;
            if (insert == null) return false;
            try {
                connection = DriverManager.getConnection("jdbc:sqlite::memory:");
                statement = connection.createStatement();
                statement.execute(create(table));
                statement.execute(insert);
                unfit = false;
            } catch (SQLException e) {
                close();
            }
            return !unfit;
        }

        @Override
        public void close() {
            try {
                if (connection != null) connection.close();
            } catch (SQLException e) {
                // an in-memory database: nothing is left behind
            }
            connection = null;
            statement = null;
        }
    }
}
