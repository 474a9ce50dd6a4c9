package dev.godwit.engine.preflight;

import dev.godwit.engine.sql.SelectParts;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.engine.sql.SqlLexer.Token;
import dev.godwit.engine.sql.StatementKind;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SqliteNames;
import dev.godwit.schema.model.TableDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Copies ({@code INSERT INTO t (a, b) SELECT x, y FROM s}) that put a column nullable in the table they read into a NOT NULL
 * column: {@code SELECT id, nickname} into {@code name}, a rebuild's {@code __new_t} or another table. Generated rows hold a value
 * everywhere and pass; a database holding a row with NULL there fails the copy. Read from the statement: each SELECT item that is
 * a bare column, matched to the target column it fills (by the column list, else the table's order).
 *
 * <p>Also the tables a migration made with {@code CREATE TABLE b AS SELECT ... FROM t} (a backup): SQLite declares no constraint
 * on such a table, yet a column copied from a NOT NULL column of {@code t} holds no NULL, and one copied from its primary key no
 * value twice, so the backup's copy back is no such case and the null-and-shared rows give them neither. So is a backup made
 * through one common table expression over such a table, {@code CREATE TABLE b AS WITH x AS (SELECT ... FROM t) SELECT * FROM x}.
 */
final class NullableCopies {

    /**
     * Of a backup table: its columns (keys) copied from a NOT NULL column (nullable by declaration only), and those copied from a
     * column whose values are distinct (its single-column primary key or UNIQUE index, which the backup does not declare either).
     */
    record Held(Set<String> notNull, Set<String> distinct) {
    }

    /** Per backup table (key), what its columns hold though it does not declare it. */
    private final Map<String, Held> held = new HashMap<>();

    /** Whether {@code column} of {@code table} is a backup's copy of a NOT NULL column ({@link #backupsIn}). */
    boolean holdsNoNull(String table, String column) {
        Held h = held.get(SqliteNames.key(table));
        return h != null && h.notNull().contains(SqliteNames.key(column));
    }

    /** Whether {@code column} of {@code table} is a backup's copy of a primary key or UNIQUE column ({@link #backupsIn}). */
    boolean holdsDistinct(String table, String column) {
        Held h = held.get(SqliteNames.key(table));
        return h != null && h.distinct().contains(SqliteNames.key(column));
    }

    /** Whether column {@code c} (its table known) holds no NULL: declared NOT NULL, a primary key, or a backup's copy of such. */
    private boolean holdsNoNull(Column c) {
        return c.def().notNull() || c.def().primaryKey() || holdsNoNull(c.table().name(), c.def().name());
    }

    /** Whether {@code c}'s values are distinct in {@code t}: its single-column primary key, or a UNIQUE index on it alone (not partial). */
    private boolean distinct(TableDef t, ColumnDef c) {
        String key = SqliteNames.key(c.name());
        if (c.primaryKey() && t.primaryKeyColumns().size() == 1) return true;
        return holdsDistinct(t.name(), c.name()) || t.indexes().stream().anyMatch(i -> i.unique() && i.where() == null && i.keys().size() == 1
                && !i.keys().get(0).expression() && SqliteNames.key(i.keys().get(0).text()).equals(key));
    }

    /**
     * Before {@code statements} run on the schema {@code before} gives (read only where they make a backup): per table (key) each
     * {@code CREATE TABLE b AS SELECT} of them makes, what its columns hold ({@link Held}), also where copied from an earlier
     * backup's column. Noted with {@link #ran} once they ran.
     */
    Map<String, Held> backupsIn(List<String> statements, java.util.function.Supplier<SchemaDef> before) {
        Map<String, Held> out = new HashMap<>();
        SchemaDef schema = null;
        for (String sql : statements) {
            String made = creates(sql) ? StatementKind.createdTable(sql) : null;
            if (made == null) continue;
            List<Token> t = SqlLexer.significant(sql);
            int select = -1;
            for (int k = 0; k + 1 < t.size() && select < 0; k++) {
                if (t.get(k).is("AS") && (t.get(k + 1).is("SELECT") || t.get(k + 1).is("WITH"))) select = k + 1;
            }
            if (select < 0) continue;
            if (schema == null) schema = before.get();
            Map<String, Fact> columns = t.get(select).is("WITH") ? throughCommonTableExpression(t, select, schema) : facts(Select.at(t, select), schema);
            if (columns == null) continue;
            Held h = new Held(new HashSet<>(), new HashSet<>());
            columns.forEach((as, f) -> {
                if (f.notNull()) h.notNull().add(as);
                if (f.distinct()) h.distinct().add(as);
            });
            out.put(SqliteNames.key(made), h);
        }
        return out;
    }

    /** What a column a SELECT gives holds though no table declares it: no NULL, no value twice. */
    private record Fact(boolean notNull, boolean distinct) {
    }

    /** Per column {@code s} gives (key of the name it is shown by, in order), what it holds; null where {@code s} is null. */
    private Map<String, Fact> facts(Select s, SchemaDef schema) {
        if (s == null) return null;
        Map<String, Fact> out = new java.util.LinkedHashMap<>();
        for (Item i : s.items()) {
            for (Column c : s.columnsOf(i, schema)) {
                if (c.table() == null) continue;
                out.put(SqliteNames.key(i.star() ? c.def().name() : i.shownName()), new Fact(holdsNoNull(c), distinct(c.table(), c.def())));
            }
        }
        return out;
    }

    /**
     * A backup's columns made through one common table expression, {@code WITH x AS (SELECT ... FROM t) SELECT * FROM x} ({@code w}:
     * the WITH): its SELECT's columns, read through {@code x}'s. Null for what is not that: several or recursive ones, a column list
     * on {@code x}, a SELECT reading more than {@code x}.
     */
    private Map<String, Fact> throughCommonTableExpression(List<Token> t, int w, SchemaDef schema) {
        int k = w + 1;
        if (k >= t.size() || !name(t.get(k)) || t.get(k).is("RECURSIVE")) return null;
        String cte = SqliteNames.key(t.get(k).name());
        if (++k >= t.size() || !t.get(k).is("AS")) return null;   // also x(a, b): its columns renamed
        k++;
        if (k < t.size() && t.get(k).is("NOT")) k++;
        if (k < t.size() && t.get(k).is("MATERIALIZED")) k++;
        if (k >= t.size() || !t.get(k).isPunct("(")) return null;
        int open = k;
        int depth = 0;
        for (; k < t.size(); k++) {
            if (t.get(k).isPunct("(")) depth++;
            else if (t.get(k).isPunct(")") && --depth == 0) break;
        }
        if (k + 1 >= t.size() || !t.get(open + 1).is("SELECT") || !t.get(k + 1).is("SELECT")) return null;
        Map<String, Fact> inner = facts(Select.at(t.subList(open + 1, k), 0), schema);
        Select outer = Select.at(t, k + 1);
        if (inner == null || outer == null || outer.tables().values().stream().anyMatch(x -> !x.equals(cte))) return null;
        Map<String, Fact> out = new java.util.LinkedHashMap<>();
        for (Item i : outer.items()) {
            if (i.star()) out.putAll(inner);
            else if (i.column() != null && inner.containsKey(SqliteNames.key(i.column()))) out.put(SqliteNames.key(i.shownName()), inner.get(SqliteNames.key(i.column())));
        }
        return out;
    }

    /**
     * After {@code statements} ran: the backups they made ({@code made}, from {@link #backupsIn}) are noted, a table they drop or
     * create otherwise is forgotten.
     */
    void ran(List<String> statements, Map<String, Held> made) {
        for (String sql : statements) {
            String kind = StatementKind.firstKeyword(sql);
            String dropped = kind.equals("DROP") ? StatementKind.droppedTable(sql) : null;
            String created = kind.equals("CREATE") ? StatementKind.createdTable(sql) : null;
            if (dropped != null) held.remove(SqliteNames.key(dropped));
            if (created == null) continue;
            held.remove(SqliteNames.key(created));
            Held h = made.get(SqliteNames.key(created));
            if (h != null) held.put(SqliteNames.key(created), h);
        }
    }

    /**
     * Whether statement {@code at} of {@code statements} ({@code t}: its tokens) copies a column that is nullable in the table it
     * reads (in {@code schema}, declared so and no backup's copy of a NOT NULL column) into a NOT NULL column of the table it
     * writes (one of {@code schema}, or one an earlier statement creates).
     */
    boolean copiesNullIntoNotNull(List<Token> t, List<String> statements, int at, SchemaDef schema) {
        if (t.isEmpty() || !(t.get(0).is("INSERT") || t.get(0).is("REPLACE"))) return false;
        WriteTarget.ColumnList list = WriteTarget.columnList(t, 0);
        if (list == null || list.end() >= t.size() || !t.get(list.end()).is("SELECT")) return false;
        List<String[]> target = targetColumns(statements, at, t.get(list.name()).name(), schema);   // {name, "1" where NOT NULL}
        if (target == null) return false;
        Select s = Select.at(t, list.end());
        if (s == null) return false;
        List<Column> read = new ArrayList<>();
        for (Item i : s.items()) read.addAll(s.columnsOf(i, schema));
        for (int k = 0; k < read.size(); k++) {
            String into = list.columns() != null ? (k < list.columns().size() ? list.columns().get(k).name() : null)
                    : (k < target.size() ? target.get(k)[0] : null);
            if (into == null) break;
            Column c = read.get(k);
            if (c.table() == null || holdsNoNull(c)) continue;
            for (String[] col : target) if (col[1] != null && SqliteNames.key(col[0]).equals(SqliteNames.key(into))) return true;
        }
        return false;
    }

    /**
     * The bare column a copy reads into {@code targetColumn} ({@code nickname} for {@code name} in {@code INSERT INTO t (id, name)
     * SELECT id, nickname FROM s}), as written; null where that item is an expression, a {@code *}, or not found.
     */
    static String columnReadInto(String statement, String targetColumn) {
        List<Token> t = SqlLexer.significant(statement);
        WriteTarget.ColumnList list = t.isEmpty() ? null : WriteTarget.columnList(t, 0);
        if (list == null || list.columns() == null || list.end() >= t.size() || !t.get(list.end()).is("SELECT")) return null;
        Select s = Select.at(t, list.end());
        if (s == null || s.items().size() != list.columns().size()) return null;
        for (int k = 0; k < list.columns().size(); k++) {
            if (!SqliteNames.key(list.columns().get(k).name()).equals(SqliteNames.key(targetColumn))) continue;
            Item i = s.items().get(k);
            return i.star() || i.column() == null ? null : i.column();
        }
        return null;
    }

    /** The columns of {@code table} in order, each {name, "1" or null for NOT NULL}: from {@code schema}, or the CREATE before {@code at}. */
    private static List<String[]> targetColumns(List<String> statements, int at, String table, SchemaDef schema) {
        for (int k = at - 1; k >= 0; k--) {
            String made = creates(statements.get(k)) ? StatementKind.createdTable(statements.get(k)) : null;
            if (made != null && SqliteNames.key(made).equals(SqliteNames.key(table))) return declared(SqlLexer.significant(statements.get(k)));
        }
        TableDef def = table(schema, table);
        if (def == null) return null;
        List<String[]> out = new ArrayList<>();
        for (ColumnDef c : def.columns()) if (c.generated() == null) out.add(new String[] {c.name(), c.notNull() && !c.primaryKey() ? "1" : null});
        return out;
    }

    /** The column definitions of a CREATE TABLE (depth 1, each led by its name), NOT NULL read from each; not its table constraints. */
    private static List<String[]> declared(List<Token> t) {
        List<String[]> out = new ArrayList<>();
        int depth = 0;
        boolean first = true;
        String[] column = null;
        Token before = null;
        for (Token x : t) {
            if (x.isPunct("(")) depth++;
            else if (x.isPunct(")")) depth--;
            else if (depth == 1 && x.isPunct(",")) first = true;
            else if (depth == 1 && first) {
                first = false;
                boolean constraint = x.is("PRIMARY") || x.is("UNIQUE") || x.is("CHECK") || x.is("FOREIGN") || x.is("CONSTRAINT");
                column = constraint || !x.isName() ? null : new String[] {x.name(), null};
                if (column != null) out.add(column);
            } else if (depth == 1 && column != null && x.is("NULL") && before != null && before.is("NOT")) {
                column[1] = "1";
            } else if (depth == 1 && column != null && x.is("PRIMARY")) {
                column[1] = null;   // an INTEGER PRIMARY KEY takes NULL as "the next rowid"
                column = null;
            }
            before = x;
        }
        return out;
    }

    /** Whether {@code sql} starts CREATE: read by its first keyword, so the rest (a data migration's large INSERTs) is not lexed for it. */
    private static boolean creates(String sql) {
        return StatementKind.firstKeyword(sql).equals("CREATE");
    }

    private static TableDef table(SchemaDef schema, String name) {
        return schema.tableNamed(name).orElse(null);
    }

    /** A SELECT item: a bare column ({@code column}, with its {@code qualifier} or null), a {@code *} ({@code star}), or an expression (neither). */
    private record Item(String qualifier, String column, boolean star, String alias) {
        String shownName() {
            return alias != null ? alias : column;
        }
    }

    /** A column an item reads, and the table of {@code schema} it is read from (null: not known). */
    private record Column(TableDef table, ColumnDef def) {
    }

    /** A SELECT's items and the tables its FROM reads (by name or alias, keys). */
    private record Select(List<Item> items, Map<String, String> tables) {

        /** The SELECT at {@code k} of {@code t} ({@link SelectParts}); null for a compound one (UNION ...) or one without FROM. */
        static Select at(List<Token> t, int k) {
            SelectParts s = SelectParts.read(t, k);
            if (s == null || s.compound()) return null;   // a later arm's rows (a NULL there, a key again) are not the first's
            List<Item> items = new ArrayList<>();
            for (SelectParts.Item i : s.items()) items.add(item(t.subList(i.start(), i.end())));
            Map<String, String> tables = new HashMap<>();
            for (int j = s.from(), depth = 0; j < s.fromEnd(); j++) {
                Token x = t.get(j);
                if (x.isPunct("(")) depth++;
                else if (x.isPunct(")")) depth--;
                if (depth != 0 || !(x.is("FROM") || x.is("JOIN") || x.isPunct(",")) || j + 1 >= t.size() || !name(t.get(j + 1))) continue;
                int n = WriteTarget.nameIndex(t, j + 1);
                String table = SqliteNames.key(t.get(n).name());
                tables.put(table, table);
                int a = n + 1 < t.size() && t.get(n + 1).is("AS") ? n + 2 : n + 1;
                if (a < t.size() && name(t.get(a)) && !KEYWORDS.contains(t.get(a).upper())) tables.put(SqliteNames.key(t.get(a).name()), table);
            }
            return new Select(items, tables);
        }

        private static Item item(List<Token> x) {
            String alias = null;
            if (x.size() >= 2 && name(x.get(x.size() - 1)) && (x.get(x.size() - 2).is("AS") || x.size() == 2 || x.size() == 4)) {
                alias = x.get(x.size() - 1).name();
                x = x.subList(0, x.size() - (x.get(x.size() - 2).is("AS") ? 2 : 1));
            }
            if (x.size() == 1 && x.get(0).isPunct("*")) return new Item(null, null, true, null);
            if (x.size() == 3 && name(x.get(0)) && x.get(1).isPunct(".") && x.get(2).isPunct("*")) return new Item(x.get(0).name(), null, true, null);
            if (x.size() == 1 && name(x.get(0))) return new Item(null, x.get(0).name(), false, alias);
            if (x.size() == 3 && name(x.get(0)) && x.get(1).isPunct(".") && name(x.get(2))) return new Item(x.get(0).name(), x.get(2).name(), false, alias);
            return new Item(null, null, false, alias);
        }

        /** The columns {@code i} reads, in order: one for a column or an expression (then with no table), a table's all for a {@code *}. */
        List<Column> columnsOf(Item i, SchemaDef schema) {
            List<Column> out = new ArrayList<>();
            List<TableDef> from = new ArrayList<>();
            if (i.qualifier() != null) {
                String table = tables.get(SqliteNames.key(i.qualifier()));
                TableDef d = table == null ? null : table(schema, table);
                if (d != null) from.add(d);
            } else {
                for (String table : new java.util.LinkedHashSet<>(tables.values())) {
                    TableDef d = table(schema, table);
                    if (d != null) from.add(d);
                }
            }
            if (i.star()) {
                if (from.size() != 1 && i.qualifier() == null && tables.values().stream().distinct().count() != 1) return List.of(new Column(null, null));
                for (TableDef d : from) for (ColumnDef c : d.columns()) if (c.generated() == null) out.add(new Column(d, c));
                return out.isEmpty() ? List.of(new Column(null, null)) : out;
            }
            if (i.column() != null) {
                for (TableDef d : from) {
                    ColumnDef c = d.columnNamed(i.column()).orElse(null);
                    if (c != null) return List.of(new Column(d, c));
                }
            }
            return List.of(new Column(null, null));
        }
    }

    /** A bare word or quoted identifier (not a string literal, which SQLite reads as a name only where no value fits). */
    private static boolean name(Token x) {
        return x.kind() == SqlLexer.Kind.QUOTED || x.kind() == SqlLexer.Kind.WORD && !KEYWORDS.contains(x.upper());
    }

    private static final Set<String> KEYWORDS = Set.of("NULL", "TRUE", "FALSE", "SELECT", "FROM", "WHERE", "JOIN", "LEFT", "INNER", "CROSS",
            "OUTER", "NATURAL", "ON", "USING", "GROUP", "ORDER", "LIMIT", "AS", "CASE", "CAST", "NOT", "EXISTS", "UNION", "CURRENT_TIMESTAMP",
            "CURRENT_DATE", "CURRENT_TIME", "DISTINCT", "ALL", "HAVING", "WINDOW", "VALUES");
}
