package dev.godwit.engine.introspect;

import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.introspect.DdlParser.ParsedCheck;
import dev.godwit.engine.introspect.DdlParser.ParsedColumn;
import dev.godwit.engine.introspect.DdlParser.ParsedFk;
import dev.godwit.engine.introspect.DdlParser.ParsedIndex;
import dev.godwit.engine.introspect.DdlParser.ParsedTable;
import dev.godwit.engine.introspect.DdlParser.ParsedUnique;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.schema.model.CheckDef;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.DefaultValue;
import dev.godwit.schema.model.FkAction;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.Generated;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.PrimaryKeyDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SqliteNames;
import dev.godwit.schema.model.TableDef;
import dev.godwit.schema.model.ViewDef;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads a live database (local SQLite or D1, through the {@link Database} port only) into the
 * schema model: {@code sqlite_master} and the table-valued PRAGMA functions, plus a tokenizer over
 * the stored CREATE statements for what PRAGMAs do not tell (constraint names, CHECK and generated
 * expressions, defaults as written, AUTOINCREMENT, partial-index conditions, expression keys).
 *
 * <p>A database created by Godwit's migrations introspects to a schema with no differences from
 * the one that created it. Three catalog queries cover all tables (plus one for the catalog
 * itself), so D1 needs four HTTP requests whatever the schema's size, or none of its own where they were read ahead with others
 * ({@link #catalogReads}).
 */
public final class Introspector {

    /** Tables never introspected: migration history and SQLite/D1/Litestream/libSQL internals. */
    private static final List<String> EXCLUDED_NAMES = List.of("__drizzle_migrations", "d1_migrations");
    private static final List<String> EXCLUDED_PREFIXES = List.of("sqlite_", "_cf_", "__godwit", "_litestream_", "libsql_");

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

    private Introspector() {
    }

    /** The catalog's objects, the first query of an introspection. */
    private static final String MASTER = "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('table', 'view', 'index', 'trigger') ORDER BY rowid";

    /** Every table's columns, in one query (per table where the database refuses the join). */
    private static final String ALL_COLUMNS =
            "SELECT m.name AS tbl, p.cid AS cid, p.name AS name, p.type AS type, p.\"notnull\" AS nn, p.dflt_value AS dflt, p.pk AS pk, p.hidden AS hidden"
                    + " FROM sqlite_master AS m JOIN pragma_table_xinfo(m.name) AS p"
                    + " WHERE m.type = 'table' AND m.sql NOT LIKE 'CREATE VIRTUAL%'" + dev.godwit.engine.migrate.HistoryTable.RESERVED_LEFT_OUT + " ORDER BY m.name, p.cid";

    /** Every table's foreign keys, in one query. */
    private static final String ALL_FOREIGN_KEYS =
            "SELECT m.name AS tbl, f.id AS id, f.seq AS seq, f.\"table\" AS ref, f.\"from\" AS col, f.\"to\" AS refcol,"
                    + " f.on_update AS on_update, f.on_delete AS on_delete"
                    + " FROM sqlite_master AS m JOIN pragma_foreign_key_list(m.name) AS f"
                    + " WHERE m.type = 'table' AND m.sql NOT LIKE 'CREATE VIRTUAL%'" + dev.godwit.engine.migrate.HistoryTable.RESERVED_LEFT_OUT + " ORDER BY m.name, f.id, f.seq";

    /** Every table's indexes with their columns, in one query. */
    private static final String ALL_INDEXES =
            "SELECT m.name AS tbl, il.seq AS seq, il.name AS idx, il.\"unique\" AS uq, il.origin AS origin, il.partial AS partial,"
                    + " ii.seqno AS seqno, ii.cid AS cid, ii.name AS col"
                    + " FROM sqlite_master AS m JOIN pragma_index_list(m.name) AS il JOIN pragma_index_info(il.name) AS ii"
                    + " WHERE m.type = 'table' AND m.sql NOT LIKE 'CREATE VIRTUAL%'" + dev.godwit.engine.migrate.HistoryTable.RESERVED_LEFT_OUT + " ORDER BY m.name, il.name, ii.seqno";

    /**
     * The queries every introspection of a whole database runs, whatever its schema, in their order: the catalog and the three
     * catalog joins, to read ahead ({@link Database#readAhead}) with others (a fleet's drift: with its history, in one D1 request).
     * A schema with a virtual table, or a table of a default history name that is not the history in use, asks a little more.
     */
    public static List<Database.Read> catalogReads() {
        return List.of(Database.Read.of(MASTER), Database.Read.of(ALL_COLUMNS), Database.Read.of(ALL_FOREIGN_KEYS), Database.Read.of(ALL_INDEXES));
    }

    public static SchemaDef introspect(Database db) {
        return inspect(db, Set.of()).schema();
    }

    /** @param excludeTables more tables to leave out (e.g. a custom migrations table), any case */
    public static SchemaDef introspect(Database db, Set<String> excludeTables) {
        return inspect(db, excludeTables).schema();
    }

    /** The schema and the warnings about what the model cannot hold. */
    public static IntrospectionResult inspect(Database db, Set<String> excludeTables) {
        return new Introspector.Run(db, excludeTables, null).run();
    }

    /** The warning for a clause of {@code table} the model has no place for (the studio reads it: an ON CONFLICT REPLACE it keeps). */
    public static String clauseWarning(String table, UnmodelledClause clause) {
        return "table " + Quoting.doubleQuoted(table) + ": " + clause.text() + " is not kept (the model has no place for it)";
    }

    /** A view created with a column list that names its columns otherwise than its SELECT does ({@code selectNames}). */
    public record RenamingColumnList(String view, List<String> list, List<String> selectNames) {
    }

    /**
     * The views of {@code db} whose column list ({@code CREATE VIEW v (a, b) AS SELECT ...}) renames a column its SELECT gives
     * (names compared as SQLite compares them): the model keeps a view's SELECT alone, so such a view compares equal to one
     * without the list, while a query naming the SELECT's names fails on it. A view SQLite cannot read without its list is left out.
     */
    public static List<RenamingColumnList> renamingColumnLists(Database db) {
        Map<String, String> definitions = new LinkedHashMap<>();
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (Map<String, Object> r : db.query("SELECT name, sql FROM sqlite_master WHERE type = 'view' AND sql IS NOT NULL ORDER BY rowid")) {
            List<String> columns = new ArrayList<>();
            String def = DdlParser.viewDefinition(str(r.get("sql")), columns);
            if (def == null) continue;
            definitions.put(str(r.get("name")), def);
            if (!columns.isEmpty()) lists.put(str(r.get("name")), columns);
        }
        List<RenamingColumnList> out = new ArrayList<>();
        if (lists.isEmpty()) return out;   // most schemas: the tables' SQL is read only where a view has a column list
        List<String> tables = db.query("SELECT sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL ORDER BY rowid").stream()
                .map(r -> str(r.get("sql"))).toList();
        Map<String, List<String>> without = SelectNames.withoutLists(tables, definitions, lists.keySet());
        lists.forEach((view, list) -> {
            List<String> names = without.get(view);
            if (names == null || names.size() != list.size()) return;
            for (int i = 0; i < list.size(); i++) {
                if (!SqliteNames.key(list.get(i)).equals(SqliteNames.key(names.get(i)))) {
                    out.add(new RenamingColumnList(view, List.copyOf(list), names));
                    return;
                }
            }
        });
        return out;
    }

    /**
     * The schema, taking from {@code reuse} the tables read from the same statements as an earlier introspection of this
     * database, and keeping there what it reads (a local database only: it reads the others' PRAGMA rows table by table).
     * The schema only: the warnings of a reused table are not given again.
     */
    public static SchemaDef introspect(Database db, IntrospectionReuse reuse) {
        return new Introspector.Run(db, Set.of(), reuse).run().schema();
    }

    /** The prefix of {@link #EXCLUDED_PREFIXES} (SQLite's, D1's, Litestream's, libSQL's, Godwit's own tables) the table's name starts with, or null. */
    public static String excludedPrefix(String table) {
        String l = SqliteNames.key(table);
        for (String p : EXCLUDED_PREFIXES) if (l.startsWith(p)) return p;
        return null;
    }

    /**
     * Whether a table of drizzle-orm's or wrangler's default history name holds a history: its columns are drizzle-orm's layout
     * (hash, created_at) or wrangler's (name, applied_at). Only then is it left out where it is not the history in use: a
     * d1_migrations of the project's own in a drizzle-history project is a table like any other.
     */
    public static boolean holdsAHistory(Database db, String table) {
        List<String> columns = new ArrayList<>();
        for (Map<String, Object> r : db.query("SELECT name FROM pragma_table_info(?)", table)) columns.add(str(r.get("name")));
        return hasHistoryColumns(columns);
    }

    /** Whether the column names (any case) are drizzle-orm's history layout (hash, created_at) or wrangler's (name, applied_at). */
    public static boolean hasHistoryColumns(java.util.Collection<String> columnNames) {
        return HistoryColumns.of(columnNames) != null;
    }

    /**
     * Whether introspection of {@code db} leaves {@code table} out: {@link #isExcluded}, but a table of a default history name
     * other than those {@code extra} names (the history in use) is read unless it {@link #holdsAHistory}.
     */
    public static boolean leavesOut(Database db, String table, Set<String> extra) {
        if (!isExcluded(table, extra)) return false;
        if (!isDefaultHistoryName(table) || extra.stream().anyMatch(e -> SqliteNames.key(e).equals(SqliteNames.key(table)))) return true;
        return holdsAHistory(db, table);
    }

    /** Whether the name is drizzle-orm's or wrangler's default history table's. */
    public static boolean isDefaultHistoryName(String table) {
        return EXCLUDED_NAMES.contains(SqliteNames.key(table));
    }

    /** Whether introspection leaves this table out (history tables, SQLite and D1 internals). */
    public static boolean isExcluded(String table, Set<String> extra) {
        String l = SqliteNames.key(table);
        if (EXCLUDED_NAMES.contains(l)) return true;
        for (String p : EXCLUDED_PREFIXES) if (l.startsWith(p)) return true;
        for (String e : extra) if (SqliteNames.key(e).equals(l)) return true;
        return false;
    }

    /**
     * The tables a virtual table keeps its data in (an FTS index's {@code _content}, {@code _segdir}, FTS5's {@code _data}, …),
     * by {@link SqliteNames#key}: left out with it, and made again by its CREATE VIRTUAL TABLE. SQLite lists them as shadow
     * tables; asked only when {@code master} (rows of sqlite_master with type and sql) has a virtual table.
     */
    public static Set<String> shadowTables(Database db, List<Map<String, Object>> master) {
        if (master.stream().noneMatch(r -> "table".equals(str(r.get("type"))) && Run.isVirtual(str(r.get("sql"))))) return Set.of();
        Set<String> out = new java.util.HashSet<>();
        for (Map<String, Object> r : db.query("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'shadow'")) {
            out.add(SqliteNames.key(str(r.get("name"))));
        }
        return out;
    }

    private static final class Run {
        final Database db;
        final Set<String> exclude;
        final List<String> warnings = new ArrayList<>();
        /** Foreign keys left out for naming no columns where the target has no primary key to match: db:pull refuses them. */
        final List<String> unresolvedForeignKeys = new ArrayList<>();
        final Set<String> withoutRowid = new HashSet<>();
        /** By table, the clauses other than STRICT and WITHOUT ROWID the model has no place for. */
        final Map<String, List<UnmodelledClause>> unmodelled = new LinkedHashMap<>();
        /** Each table's column names as declared, by table name in SQLite's comparison. */
        final NavigableMap<String, List<String>> columnNames = new TreeMap<>(SqliteNames.ORDER);

        final IntrospectionReuse reuse;

        Run(Database db, Set<String> exclude, IntrospectionReuse reuse) {
            this.db = db;
            this.exclude = exclude == null ? Set.of() : exclude;
            this.reuse = reuse;
        }

        private boolean leftOut(String table) {
            return historyTables.computeIfAbsent(SqliteNames.key(table), k -> leavesOut(db, table, exclude));
        }

        private final Map<String, Boolean> historyTables = new HashMap<>();

        private static boolean isVirtual(String sql) {
            return sql != null && sql.stripLeading().regionMatches(true, 0, "CREATE VIRTUAL", 0, 14);
        }

        IntrospectionResult run() {
            List<Map<String, Object>> master = db.query(MASTER);
            Set<String> shadows = shadowTables(db, master);
            Map<String, String> tableSql = new LinkedHashMap<>();
            Map<String, String> viewSql = new LinkedHashMap<>();
            Map<String, List<String>> indexSqlByTable = new LinkedHashMap<>();
            Map<String, String> triggers = new LinkedHashMap<>();
            Map<String, String> virtualTables = new LinkedHashMap<>();
            for (Map<String, Object> r : master) {
                String type = str(r.get("type"));
                String name = str(r.get("name"));
                String sql = str(r.get("sql"));
                switch (type) {
                    case "table" -> {
                        if (leftOut(name) || shadows.contains(SqliteNames.key(name))) continue;
                        if (isVirtual(sql)) {
                            virtualTables.put(name, sql);
                            // as a trigger's: what comes of it and the way on, not only that it is left out (a new database had no search index)
                            warnings.add("table " + Quoting.doubleQuoted(name) + " is a virtual table; it is left out (the model has no place for virtual tables),"
                                    + " so the baseline migration does not create it on a new database (CI, another environment); keep it in a custom"
                                    + " migration (mvn db:generate -Ddb.custom) holding its CREATE VIRTUAL TABLE, written CREATE VIRTUAL TABLE IF NOT EXISTS:"
                                    + " this database has it already, and a plain CREATE VIRTUAL TABLE would fail on it (or record that migration here with"
                                    + " db:baseline)");
                            continue;
                        }
                        tableSql.put(name, sql);
                    }
                    case "view" -> {
                        // a view -Ddb.tablesFilter leaves out (another system's): its name is among those excluded, as a table's
                        if (exclude.stream().noneMatch(e -> SqliteNames.key(e).equals(SqliteNames.key(name)))) viewSql.put(name, sql);
                    }
                    case "index" -> {
                        if (sql != null) indexSqlByTable.computeIfAbsent(SqliteNames.key(str(r.get("tbl_name"))), k -> new ArrayList<>()).add(sql);
                    }
                    case "trigger" -> {
                        String on = str(r.get("tbl_name"));
                        if (!leftOut(on)) {
                            triggers.put(name, sql);
                            // quoted as SQL quotes it: the name DROP TRIGGER takes, as the pre-flight's trigger findings print it
                            warnings.add("trigger " + Quoting.doubleQuoted(name) + " on " + Quoting.doubleQuoted(on) + " is left out (the model has no place for triggers); keep it in a"
                                    + " custom migration (mvn db:generate -Ddb.custom) holding its CREATE TRIGGER, written CREATE TRIGGER IF NOT EXISTS: this"
                                    + " database has it already, and a plain CREATE TRIGGER would fail on it (or record that migration here with db:baseline)");
                        }
                    }
                    default -> { }
                }
            }
            // the tables to read: all, or those an earlier introspection (reuse) did not read from the same statements
            Map<String, String> sqlByKey = new HashMap<>();
            for (Map.Entry<String, String> e : tableSql.entrySet()) sqlByKey.put(SqliteNames.key(e.getKey()), e.getValue());
            Map<String, IntrospectionReuse.Kept> kept = new HashMap<>();
            // a TEMP table hides a main one of its name from the PRAGMAs, which main's statements do not show: none reused then
            boolean keeps = reuse != null && db.query("SELECT 1 FROM temp.sqlite_master WHERE type = 'table' LIMIT 1").isEmpty();
            if (keeps) {
                for (Map.Entry<String, String> e : tableSql.entrySet()) {
                    IntrospectionReuse.Kept k = reuse.find(e.getKey(), e.getValue(), indexSqlByTable.getOrDefault(SqliteNames.key(e.getKey()), List.of()), sqlByKey);
                    if (k != null) kept.put(e.getKey(), k);
                }
            }
            Set<String> toRead = new java.util.LinkedHashSet<>(tableSql.keySet());
            toRead.removeAll(kept.keySet());
            boolean fewOfMany = !kept.isEmpty() && toRead.size() <= 32;   // then read table by table, not joined over all of them
            Map<String, List<Map<String, Object>>> columns = perTable(toRead, fewOfMany, ALL_COLUMNS,
                    "SELECT ? AS tbl, p.cid AS cid, p.name AS name, p.type AS type, p.\"notnull\" AS nn, p.dflt_value AS dflt, p.pk AS pk, p.hidden AS hidden"
                            + " FROM pragma_table_xinfo(?) AS p ORDER BY p.cid");
            Map<String, List<Map<String, Object>>> fks = perTable(toRead, fewOfMany, ALL_FOREIGN_KEYS,
                    "SELECT ? AS tbl, f.id AS id, f.seq AS seq, f.\"table\" AS ref, f.\"from\" AS col, f.\"to\" AS refcol,"
                            + " f.on_update AS on_update, f.on_delete AS on_delete FROM pragma_foreign_key_list(?) AS f ORDER BY f.id, f.seq");
            Map<String, List<Map<String, Object>>> indexes = perTable(toRead, fewOfMany, ALL_INDEXES,
                    "SELECT ? AS tbl, il.seq AS seq, il.name AS idx, il.\"unique\" AS uq, il.origin AS origin, il.partial AS partial,"
                            + " ii.seqno AS seqno, ii.cid AS cid, ii.name AS col"
                            + " FROM pragma_index_list(?) AS il JOIN pragma_index_info(il.name) AS ii ORDER BY il.name, ii.seqno");

            // Primary keys first: a foreign key without target columns references the target's primary key.
            NavigableMap<String, List<String>> pkByTable = new TreeMap<>(SqliteNames.ORDER);
            for (String t : tableSql.keySet()) {
                IntrospectionReuse.Kept k = kept.get(t);
                if (k != null) {
                    pkByTable.put(t, k.primaryKey());
                    columnNames.put(t, k.columnNames());
                    continue;
                }
                List<Map<String, Object>> cols = new ArrayList<>(columns.getOrDefault(t, List.of()));
                cols.removeIf(r -> num(r.get("pk")) == 0);
                cols.sort(Comparator.comparingLong(r -> num(r.get("pk"))));
                pkByTable.put(t, cols.stream().map(r -> str(r.get("name"))).toList());
                columnNames.put(t, columns.getOrDefault(t, List.of()).stream().map(r -> str(r.get("name"))).toList());
            }

            List<TableDef> tables = new ArrayList<>();
            for (Map.Entry<String, String> e : tableSql.entrySet()) {
                String name = e.getKey();
                IntrospectionReuse.Kept k = kept.get(name);
                if (k != null) {
                    tables.add(k.def());
                    continue;
                }
                List<String> indexSql = indexSqlByTable.getOrDefault(SqliteNames.key(name), List.of());
                List<Map<String, Object>> fkRows = fks.getOrDefault(name, List.of());
                TableDef def = table(name, e.getValue(), columns.getOrDefault(name, List.of()), fkRows, indexes.getOrDefault(name, List.of()), indexSql, pkByTable);
                tables.add(def);
                if (keeps) {
                    // every table a foreign key names, taken or not: a key left out for want of a matching primary key depends on it too
                    Map<String, String> parentSql = new HashMap<>();
                    for (Map<String, Object> r : fkRows) parentSql.put(SqliteNames.key(str(r.get("ref"))), sqlByKey.get(SqliteNames.key(str(r.get("ref")))));
                    reuse.keep(new IntrospectionReuse.Kept(e.getValue(), indexSql, parentSql, def, columnNames.get(name), pkByTable.get(name)));
                }
            }
            List<ViewDef> views = new ArrayList<>();
            Map<String, String> definitions = new LinkedHashMap<>();
            Map<String, List<String>> columnLists = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : viewSql.entrySet()) {
                List<String> viewColumns = new ArrayList<>();
                String def = e.getValue() == null ? null : DdlParser.viewDefinition(e.getValue(), viewColumns);
                if (def == null) {
                    warnings.add("view " + Quoting.doubleQuoted(e.getKey()) + ": its definition could not be read; it is kept as an existing view");
                    views.add(new ViewDef(e.getKey(), null, true, null));
                    continue;
                }
                definitions.put(e.getKey(), def);
                if (!viewColumns.isEmpty()) columnLists.put(e.getKey(), viewColumns);
                views.add(new ViewDef(e.getKey(), def, false, null));
            }
            if (!columnLists.isEmpty()) {
                Map<String, List<String>> without = SelectNames.withoutLists(tableSql.values(), definitions, columnLists.keySet());
                columnLists.forEach((view, list) -> warnings.add(columnListNotPulled(view, list, without.get(view))));
            }
            return new IntrospectionResult(new SchemaDef(tables, views), warnings, withoutRowid, triggers, virtualTables, unresolvedForeignKeys,
                    unmodelled);
        }

        /**
         * What a pulled schema lacks for a view's column list: on a new database its columns take the names its SELECT gives them
         * ({@code selectNames}, null when SQLite could not tell), so a query naming the list's other names fails there.
         */
        private static String columnListNotPulled(String view, List<String> list, List<String> selectNames) {
            String listed = quotedList(list);
            String lacks = "view " + Quoting.doubleQuoted(view) + " names its columns (" + listed + "), which the pulled schema does not (the model has no place for"
                    + " a view's column list)";
            List<String> renamed = list;
            if (selectNames != null && selectNames.size() == list.size()) {
                // a query naming "ID" finds the column "id": SQLite compares names as it compares identifiers
                renamed = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    if (!SqliteNames.key(list.get(i)).equals(SqliteNames.key(selectNames.get(i)))) renamed.add(list.get(i));
                }
                if (renamed.isEmpty()) {
                    return lacks + "; its SELECT gives them the same names (" + quotedList(selectNames) + "), so the view reads the same where"
                            + " the baseline creates it without the list";
                }
            }
            return lacks + ": the baseline migration creates the view without the list on a new database (CI, another environment), and so"
                    + " does any later migration that creates it again, so there its columns take the names its SELECT gives them"
                    + (renamed != list ? " (" + quotedList(selectNames) + ")" : "") + " and a query naming " + quotedList(renamed)
                    + " fails. To keep the names, give them in the SELECT of the pulled class (SELECT ... AS " + Quoting.doubleQuoted(renamed.get(0))
                    + ", ...), then run mvn db:generate";
        }

        private static String quotedList(List<String> names) {
            return String.join(", ", names.stream().map(Quoting::doubleQuoted).toList());
        }

        /**
         * What a pulled schema lacks for a table option the model has no place for (STRICT, WITHOUT ROWID), and what that
         * means later: new databases get the table without it, and so does this one when a migration rebuilds the table (which
         * the pre-flight of one database's apply refuses; a fleet's apply has none).
         */
        private static String notPulled(String table, String option) {
            return "table " + Quoting.doubleQuoted(table) + " is " + option + ", which the pulled schema does not say (the model has no place for it): the"
                    + " baseline migration creates it without " + option + " on a new database (CI, another environment), and a later"
                    + " migration that rebuilds " + Quoting.doubleQuoted(table) + " (most column and key changes do) creates it without " + option
                    + " here too. db:apply's pre-flight refuses such a migration, naming " + option + ", until the rebuild is written"
                    + " with it by hand (mvn db:generate -Ddb.custom) or -Ddb.acceptDataLoss accepts the table without it; a fleet's apply"
                    + " (-Ddb.d1.databases) runs no pre-flight and applies such a migration as it is, so apply it to one of its databases"
                    + " first (-Ddb.d1.databaseId=ID)";
        }

        /**
         * One catalog query for all tables; per table if the database refuses the join, or where few of many are read (reused
         * ones left out: a local database only).
         */
        private Map<String, List<Map<String, Object>>> perTable(Set<String> tables, boolean fewOfMany, String joined, String single) {
            Map<String, List<Map<String, Object>>> out = new TreeMap<>(SqliteNames.ORDER);   // "Ä" and "ä" are two tables to SQLite
            if (tables.isEmpty()) return out;
            List<Map<String, Object>> rows;
            if (fewOfMany) {
                rows = new ArrayList<>();
                for (String t : tables) rows.addAll(db.query(single, t, t));
            } else {
                try {
                    rows = db.query(joined);
                } catch (DatabaseException e) {
                    rows = new ArrayList<>();
                    for (String t : tables) rows.addAll(db.query(single, t, t));
                }
            }
            for (Map<String, Object> r : rows) {
                String t = str(r.get("tbl"));
                if (tables.contains(t)) out.computeIfAbsent(t, k -> new ArrayList<>()).add(r);
            }
            return out;
        }

        private TableDef table(String name, String sql, List<Map<String, Object>> xinfo, List<Map<String, Object>> fkRows,
                               List<Map<String, Object>> indexRows, List<String> indexSql, NavigableMap<String, List<String>> pkByTable) {
            ParsedTable parsed = null;
            if (sql != null) {
                try {
                    parsed = DdlParser.parseTable(sql);
                } catch (RuntimeException ex) {
                    parsed = null;
                }
            }
            if (parsed == null) {
                parsed = new ParsedTable();
                warnings.add("table " + Quoting.doubleQuoted(name) + ": its CREATE statement could not be read; defaults, checks, generated expressions and constraint names come from PRAGMAs only");
            }
            if (parsed.strict) {
                // without STRICT, a column typed ANY takes NUMERIC affinity: '007' is stored as 7
                List<String> any = parsed.columns.stream().filter(c -> c.type.equalsIgnoreCase("ANY")).map(c -> Quoting.doubleQuoted(c.name)).toList();
                // a column added later is written as the schema types it, which STRICT refuses here and a new database takes
                warnings.add(notPulled(name, "STRICT") + ". A column added to it must be typed INT, INTEGER, REAL, TEXT, BLOB or ANY: this"
                        + " database refuses another type (ALTER TABLE ... ADD ... fails with 'unknown datatype'), which a new database, made"
                        + " without STRICT, takes" + (any.isEmpty() ? "" : ". Without STRICT its ANY column(s) " + String.join(", ", any)
                        + " take NUMERIC affinity (text such as '007' stored as the number 7); declare them BLOB to keep values as given"));
            }
            if (parsed.withoutRowid) withoutRowid.add(name);
            if (parsed.withoutRowid) warnings.add(notPulled(name, "WITHOUT ROWID"));
            for (UnmodelledClause c : parsed.unmodelled) warnings.add(clauseWarning(name, c));
            if (!parsed.unmodelled.isEmpty()) unmodelled.put(name, List.copyOf(parsed.unmodelled));

            List<String> pk = pkByTable.getOrDefault(name, List.of());
            List<ColumnDef> cols = new ArrayList<>();
            for (Map<String, Object> r : xinfo) {
                long hidden = num(r.get("hidden"));
                if (hidden == 1) continue;
                String colName = str(r.get("name"));
                ParsedColumn pc = parsed.column(colName);
                String type = pc != null ? pc.type : nullToEmpty(str(r.get("type")));
                if (pc != null && !pc.extra.isEmpty()) type = (type + " " + String.join(" ", pc.extra)).strip();
                boolean isPk = pk.size() == 1 && pk.get(0).equals(colName);
                boolean notNull = num(r.get("nn")) != 0 || isPk;
                boolean autoincrement = isPk && ((pc != null && pc.autoincrement) || parsed.primaryKeyAutoincrement);
                DefaultValue dflt = null;
                if (pc != null && pc.defaultSql != null) dflt = defaultFromSql(pc.defaultSql);
                else if (r.get("dflt") != null) dflt = defaultFromPragma(str(r.get("dflt")));
                Generated gen = null;
                if (hidden == 2 || hidden == 3) {
                    Generated.Type gt = hidden == 3 ? Generated.Type.STORED : Generated.Type.VIRTUAL;
                    if (pc != null && pc.generatedAs != null) gen = new Generated(pc.generatedAs, gt);
                    else warnings.add("column " + Quoting.doubleQuoted(name) + "." + Quoting.doubleQuoted(colName) + " is generated, but its expression could not be read; it is left a plain column");
                }
                cols.add(new ColumnDef(colName, type, isPk, notNull, autoincrement, dflt, gen, null, List.of(), null));
            }

            PrimaryKeyDef compositePk = null;
            if (pk.size() > 1) {
                String pkName = parsed.primaryKeyName != null ? parsed.primaryKeyName : PrimaryKeyDef.defaultName(name, pk);
                compositePk = new PrimaryKeyDef(pkName, pk);
            }

            List<IndexDef> idx = new ArrayList<>();
            Map<String, List<Map<String, Object>>> byIndex = new LinkedHashMap<>();
            for (Map<String, Object> r : indexRows) byIndex.computeIfAbsent(str(r.get("idx")), k -> new ArrayList<>()).add(r);
            // Unique constraints written in the table body (sqlite_autoindex_*), in declaration order.
            List<IndexDef> constraintUniques = new ArrayList<>();
            Set<String> usedNames = new HashSet<>();
            Set<String> takenByIndex = new HashSet<>();
            for (List<Map<String, Object>> rows : byIndex.values()) {
                if ("c".equals(str(rows.get(0).get("origin")))) takenByIndex.add(SqliteNames.key(str(rows.get(0).get("idx"))));
            }
            for (List<Map<String, Object>> rows : byIndex.values()) {
                Map<String, Object> first = rows.get(0);
                if (!"u".equals(str(first.get("origin")))) continue;
                List<String> keyCols = rows.stream().map(r -> str(r.get("col"))).toList();
                String n = null;
                for (ParsedUnique u : parsed.uniques) {
                    if (u.name() != null && sameNames(u.columns(), keyCols) && !usedNames.contains(u.name())) {
                        n = u.name();
                        break;
                    }
                }
                if (n == null) n = IndexDef.defaultUniqueName(name, keyCols);
                // a CREATE INDEX of the table may have the name (index names and constraint names are apart in SQLite, not in the model)
                if (takenByIndex.contains(SqliteNames.key(n))) {
                    String base = n;
                    for (int k = 2; takenByIndex.contains(SqliteNames.key(n)) || usedNames.contains(n); k++) n = base + "_" + k;
                }
                usedNames.add(n);
                // UNIQUE (email COLLATE NOCASE): its keys as written, so the collation, which makes it unique regardless of case, is kept
                List<String> collated = null;
                for (ParsedUnique u : parsed.uniques) {
                    if (u.collated() != null && sameNames(u.columns(), keyCols) && (u.name() == null || u.name().equals(n))) {
                        collated = u.collated();
                        break;
                    }
                }
                if (collated == null) {
                    constraintUniques.add(IndexDef.onColumns(n, keyCols, true, null));
                } else {
                    List<IndexDef.Key> keys = new ArrayList<>();
                    for (int k = 0; k < collated.size(); k++) {
                        String text = collated.get(k);
                        keys.add(sameCollation(parsed, keyCols.get(k), text) ? IndexDef.Key.column(keyCols.get(k)) : IndexDef.Key.expression(text));
                    }
                    // a collation the column declares itself (email TEXT COLLATE NOCASE, UNIQUE (email COLLATE NOCASE)) says nothing more:
                    // unique on the column, which a child's REFERENCES users(email) needs (SQLite takes it; an index of expressions it does not)
                    constraintUniques.add(keys.stream().noneMatch(IndexDef.Key::expression) ? IndexDef.onColumns(n, keyCols, true, null)
                            : new IndexDef(n, keys, true, null));
                }
            }
            ParsedTable p = parsed;
            constraintUniques.sort(Comparator.comparingInt(i -> uniquePosition(p, i.keys().stream()
                    .map(k -> k.expression() ? SqlTokens.tokenize(k.text()).get(0).name() : k.text()).toList())));
            idx.addAll(constraintUniques);
            Set<String> createdIndexes = new HashSet<>();
            for (List<Map<String, Object>> rows : byIndex.values()) {
                if ("c".equals(str(rows.get(0).get("origin")))) createdIndexes.add(SqliteNames.key(str(rows.get(0).get("idx"))));
            }
            for (String s : indexSql) {
                ParsedIndex pi = DdlParser.parseIndex(s);
                if (pi == null) {
                    warnings.add("table " + Quoting.doubleQuoted(name) + ": an index could not be read: " + s);
                    continue;
                }
                if (!byIndex.isEmpty() && !createdIndexes.contains(SqliteNames.key(pi.name()))) continue;
                List<IndexDef.Key> keys = new ArrayList<>();
                for (int k = 0; k < pi.keys().size(); k++) {
                    String text = pi.keys().get(k);
                    String column = pi.singleName().get(k) ? columnNamed(cols, SqlTokens.unquote(text)) : null;
                    keys.add(column != null ? IndexDef.Key.column(column) : IndexDef.Key.expression(text));
                }
                idx.add(new IndexDef(pi.name(), keys, pi.unique(), pi.where()));
            }

            List<ForeignKeyDef> foreignKeys = foreignKeys(name, fkRows, parsed, pkByTable);
            List<CheckDef> checks = new ArrayList<>();
            int unnamed = 0;
            Set<String> checkNames = new HashSet<>();
            for (ParsedCheck c : parsed.checks) if (c.name() != null) checkNames.add(c.name());
            Set<String> named = new HashSet<>();
            for (ParsedCheck c : parsed.checks) {
                String n = c.name();
                if (n == null) {
                    do {
                        n = name + "_check_" + (++unnamed);
                    } while (checkNames.contains(n));
                    checkNames.add(n);
                } else if (!named.add(n)) {
                    // SQLite lets two CHECKs of a table share a name (copied by hand), the model does not: the later one takes a free
                    // name, as a second foreign key of one name does, so the table can be pulled without rebuilding it
                    String base = n;
                    for (int k = 2; checkNames.contains(n); k++) n = base + "_" + k;
                    checkNames.add(n);
                    warnings.add("table " + Quoting.doubleQuoted(name) + " has more than one CHECK named " + Quoting.doubleQuoted(base)
                            + ", which a Godwit schema cannot hold: the one on " + c.expression().strip() + " is named " + Quoting.doubleQuoted(n)
                            + " in the pulled schema, and a migration that rebuilds " + Quoting.doubleQuoted(name) + " names it so in the"
                            + " database (SQLite's error for a row that breaks it then says " + Quoting.doubleQuoted(n) + ")");
                }
                checks.add(new CheckDef(n, c.expression()));
            }
            return new TableDef(name, cols, compositePk, idx, foreignKeys, checks, null);
        }

        /**
         * A key naming no columns (REFERENCES logs) means the target's primary key; where the target has none, or one of another
         * width, or is not read, SQLite fails every write to the child with "foreign key mismatch" while foreign keys are on, as
         * for a key to a column the target lacks, which db:pull refuses: said so, for db:pull to refuse this one too.
         */
        private static String unresolved(String table, List<String> from, String ref, List<String> refPk) {
            String t = Quoting.doubleQuoted(table), r = Quoting.doubleQuoted(ref);
            String why = refPk == null ? "and the database has no table " + r + " among those read (or -Ddb.tablesFilter leaves it out)"
                    : refPk.isEmpty() ? "and " + r + " has none"
                    : "and that has " + refPk.size() + " columns (" + String.join(", ", refPk) + "), the key " + from.size();
            return (from.size() == 1 ? "column " + t + "." + Quoting.doubleQuoted(from.get(0)) : "table " + t + " (" + String.join(", ", from) + ")")
                    + ": its foreign key references " + r + " without naming columns, which means its primary key, " + why
                    + "; with foreign keys on (always on D1) every write to " + t + " fails (\"foreign key mismatch\"). Rebuild " + t
                    + " to reference a unique column of " + r + " by name (REFERENCES " + r + "(column)), or give " + r + " a primary key"
                    + (refPk == null || refPk.isEmpty() ? "" : " of as many columns as the foreign key");
        }

        private List<ForeignKeyDef> foreignKeys(String table, List<Map<String, Object>> rows, ParsedTable parsed, NavigableMap<String, List<String>> pkByTable) {
            // PRAGMA foreign_key_list numbers the keys from the last declared one: highest id first is declaration order.
            Map<Long, List<Map<String, Object>>> byId = new TreeMap<>(Comparator.reverseOrder());
            for (Map<String, Object> r : rows) byId.computeIfAbsent(num(r.get("id")), k -> new ArrayList<>()).add(r);
            List<ForeignKeyDef> out = new ArrayList<>();
            List<ParsedFk> unused = new ArrayList<>(parsed.foreignKeys);
            Set<String> names = new HashSet<>();
            for (List<Map<String, Object>> fk : byId.values()) {
                fk.sort(Comparator.comparingLong(r -> num(r.get("seq"))));
                String ref = str(fk.get(0).get("ref"));
                List<String> from = fk.stream().map(r -> str(r.get("col"))).toList();
                List<String> to = new ArrayList<>();
                boolean implicit = false;
                for (Map<String, Object> r : fk) {
                    if (r.get("refcol") == null) implicit = true;
                    // REFERENCES teams(ID) is kept as written, and SQLite finds column "id" by it: spelled as the column is
                    to.add(r.get("refcol") == null ? null : spelledAs(str(r.get("refcol")), columnNames.getOrDefault(ref, List.of())));
                }
                if (implicit) {
                    List<String> refPk = pkByTable.get(ref);
                    if (refPk != null && refPk.size() == from.size()) to = refPk;
                    else {
                        warnings.add("table " + Quoting.doubleQuoted(table) + ": the foreign key " + from + " references " + Quoting.doubleQuoted(ref)
                                + " without columns, and its primary key does not match; the foreign key is left out");
                        unresolvedForeignKeys.add(unresolved(table, from, ref, refPk));
                        continue;
                    }
                }
                // Use the target's own spelling of its name, as the model compares names exactly.
                String known = pkByTable.ceilingKey(ref);   // the map ignores case as SQLite does: the key equal to ref, if any, is its ceiling
                if (known != null && SqliteNames.key(known).equals(SqliteNames.key(ref))) ref = known;
                ParsedFk match = null;
                for (ParsedFk p : unused) {
                    if (SqliteNames.key(p.refTable()).equals(SqliteNames.key(ref)) && sameNames(p.columns(), from)) {
                        match = p;
                        break;
                    }
                }
                if (match != null) unused.remove(match);
                String n = match != null && match.name() != null ? match.name() : ForeignKeyDef.defaultName(table, from, ref, to);
                if (!names.add(n)) {
                    String base = n;
                    for (int k = 2; !names.add(n); k++) n = base + "_" + k;
                }
                FkAction onDelete = action(str(fk.get(0).get("on_delete")));
                FkAction onUpdate = action(str(fk.get(0).get("on_update")));
                out.add(new ForeignKeyDef(n, table, from, ref, to, onDelete, onUpdate));
            }
            return out;
        }
    }

    /** {@code name} as one of {@code declared} spells it, in SQLite's comparison of names; else as it is. */
    private static String spelledAs(String name, List<String> declared) {
        for (String d : declared) if (SqliteNames.key(d).equals(SqliteNames.key(name))) return d;
        return name;
    }

    private static int uniquePosition(ParsedTable parsed, List<String> cols) {
        for (int i = 0; i < parsed.uniques.size(); i++) if (sameNames(parsed.uniques.get(i).columns(), cols)) return i;
        return Integer.MAX_VALUE;
    }

    private static String columnNamed(List<ColumnDef> cols, String name) {
        for (ColumnDef c : cols) if (c.name().equals(name)) return c.name();
        return SqliteNames.find(cols, ColumnDef::name, name).map(ColumnDef::name).orElse(null);
    }

    /**
     * Whether a UNIQUE constraint's key as written ({@code email}, {@code email COLLATE NOCASE}) compares as its column does: no
     * collation, or the one the column declares (BINARY where it declares none).
     */
    private static boolean sameCollation(DdlParser.ParsedTable t, String column, String key) {
        List<dev.godwit.engine.sql.SqlLexer.Token> k = SqlTokens.tokenize(key);
        if (k.size() == 1) return true;
        return k.size() == 3 && k.get(1).is("COLLATE") && k.get(2).name().equalsIgnoreCase(DdlParser.declaredCollation(t, column));
    }

    private static boolean sameNames(List<String> a, List<String> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (!SqliteNames.key(a.get(i)).equals(SqliteNames.key(b.get(i)))) return false;
        return true;
    }

    private static FkAction action(String pragmaText) {
        if (pragmaText == null) return FkAction.NO_ACTION;
        FkAction a = FkAction.parse(pragmaText);
        return a == null ? FkAction.NO_ACTION : a;
    }

    /** A default as written after DEFAULT in the CREATE statement. */
    static DefaultValue defaultFromSql(String text) {
        String t = text.strip();
        if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) return DefaultValue.bool(Boolean.parseBoolean(t.toLowerCase(Locale.ROOT)));
        if (NUMBER.matcher(t).matches()) {
            String n = normalizeNumber(t);
            // 2.0 and 1.5e3 are REALs to SQLite; their JavaScript form (2, 1500) would be INTEGERs: '2' and not '2.0' in a text column
            return readsAsReal(t) && !readsAsReal(n) ? DefaultValue.sql(t) : new DefaultValue(DefaultValue.Kind.NUMBER, n);
        }
        return DefaultValue.sql(t);
    }

    /** Whether SQLite reads a number literal as a REAL: with a point or an exponent, or an integer beyond 64 bits. */
    static boolean readsAsReal(String number) {
        if (number.contains(".") || number.contains("e") || number.contains("E")) return true;
        try {
            Long.parseLong(number.startsWith("+") ? number.substring(1) : number);
            return false;
        } catch (NumberFormatException beyond64Bits) {
            return true;
        }
    }

    /** A default from {@code PRAGMA table_info.dflt_value}, which drops the parentheses around an expression. */
    static DefaultValue defaultFromPragma(String text) {
        String t = text.strip();
        if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false") || NUMBER.matcher(t).matches()) return defaultFromSql(t);
        String u = t.toUpperCase(Locale.ROOT);
        boolean literal = t.startsWith("'") || u.startsWith("X'") || u.equals("NULL") || u.equals("CURRENT_TIME")
                || u.equals("CURRENT_DATE") || u.equals("CURRENT_TIMESTAMP") || (t.startsWith("(") && t.endsWith(")"));
        return DefaultValue.sql(literal ? t : "(" + t + ")");
    }

    /** Numbers as {@link DefaultValue#number} writes them, so a literal default reads back unchanged. */
    static String normalizeNumber(String t) {
        if (INTEGER.matcher(t).matches()) return new BigInteger(t.startsWith("+") ? t.substring(1) : t).toString();
        BigDecimal exact = new BigDecimal(t.startsWith("+") ? t.substring(1) : t);
        double d = exact.doubleValue();
        if (!Double.isInfinite(d)) {
            String viaDouble = DefaultValue.formatNumber(d);
            if (new BigDecimal(viaDouble).compareTo(exact) == 0) return viaDouble;
        }
        return DefaultValue.formatNumber(exact);
    }

    private static String str(Object o) {
        return o == null ? null : o instanceof byte[] b ? new String(b, java.nio.charset.StandardCharsets.UTF_8) : o.toString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static long num(Object o) {
        if (o instanceof Number n) return n.longValue();
        if (o == null) return 0;
        try {
            return Long.parseLong(o.toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
