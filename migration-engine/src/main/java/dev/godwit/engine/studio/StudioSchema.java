package dev.godwit.engine.studio;

import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.introspect.IntrospectionResult;
import dev.godwit.engine.introspect.Introspector;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.ColumnMode;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SqliteNames;
import dev.godwit.schema.model.TableDef;
import dev.godwit.schema.model.ViewDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The database's tables and views as the studio sees them: the schema (read again when a migration changed it), how each
 * table's rows are found one by one ({@link RowKey}: rowid, or primary key), the columns' modes for showing and writing values,
 * foreign keys, and what the studio may change. Callers hold the studio's lock ({@link StudioData}).
 */
final class StudioSchema {

    private final Database db;
    private final StudioOptions options;

    private SchemaDef schema;

    /** The views, each as a table of its columns (no keys); a view SQLite cannot read has its reason instead of columns. */
    private Map<String, TableDef> views;

    /** The WITHOUT ROWID tables, by {@link SqliteNames#key}: their rows are found by primary key. */
    private Set<String> withoutRowid = Set.of();

    /** The tables whose PRIMARY KEY or a UNIQUE says ON CONFLICT REPLACE, by {@link SqliteNames#key}: see {@link #replacesOnConflict}. */
    private Set<String> replacing = Set.of();

    /** Whether every row of a rowid table has a primary key, by {@link SqliteNames#key}: see {@link #keyNeverNull}. */
    private final Map<String, Boolean> rowidKeys = new HashMap<>();

    private final Map<String, String> unreadableViews = new LinkedHashMap<>();

    /** The virtual tables among {@link #views}, with their modules; {@code virtualNames}: those the introspection left out. */
    private final Map<String, String> virtualTables = new LinkedHashMap<>();
    private List<String> virtualNames = List.of();

    /** SQLite's schema_version when the schema was last read (a local file): it changes with every CREATE, DROP and ALTER. */
    private long schemaSeen = -1;

    StudioSchema(Database db, StudioOptions options) {
        this.db = db;
        this.options = options;
    }

    SchemaDef read(boolean fresh) {
        if (fresh || schema == null) {
            if (!db.capabilities().remote()) schemaSeen = schemaVersion();   // before: a change made meanwhile is noticed next time
            List<Map<String, Object>> master = new ArrayList<>();
            IntrospectionResult found = Introspector.inspect(db.capabilities().remote() ? keepingMaster(master) : db, options.hiddenTables());
            // On D1: what now() compares with, from the introspection's own read of sqlite_master (the first check needed a read
            // of the whole schema again, four calls, in each run and after each change of schema from the console)
            if (db.capabilities().remote()) schemaText = master.isEmpty() ? null : schemaText(master);
            schema = found.schema();
            virtualNames = virtualTablesIn(found.warnings());
            withoutRowid = found.withoutRowid().stream().map(SqliteNames::key).collect(Collectors.toSet());
            replacing = replacingIn(found.warnings());
            replaceKeys.clear();
            views = null;
            rowidKeys.clear();
        }
        return schema;
    }

    private long schemaVersion() {
        return ((Number) db.query("PRAGMA schema_version").get(0).values().iterator().next()).longValue();
    }

    /**
     * Reads the schema again where it changed since (a migration applied while the page is open, by db:apply or another tool): a
     * local file says so in one cheap query (its header's schema_version). Without this a table's new columns stayed unseen and a
     * dropped one's pages failed with "no such table" until the studio was restarted. On D1 that would be one more API call a
     * request: there a query that fails for a table or column the schema no longer has reads it again ({@link #explained}).
     */
    private void noticeSchemaChange() {
        if (db.capabilities().remote() || schema == null) return;
        if (schemaVersion() != schemaSeen) read(true);
    }

    /** The schema as last read, read again first where a local file says it changed since (one small query). */
    SchemaDef current() {
        noticeSchemaChange();
        return read(false);
    }

    /**
     * The schema as it is now, for what must not miss a table made since (a delete's preview of its cascade): as last read where
     * nothing changed since, read again where something did. A local file says so by its schema_version; D1 allows no such PRAGMA,
     * so there the text of every CREATE in sqlite_master is compared with the last such check (one call; reading the schema again
     * is four, which every delete preview cost).
     */
    SchemaDef now() {
        if (!db.capabilities().remote()) return current();
        String text = schemaText(db.query("SELECT type, name, sql FROM sqlite_master WHERE " + MASTER_TYPES));
        if (schema != null && text.equals(schemaText)) return schema;
        return read(true);
    }

    /** On D1: every CREATE in sqlite_master as the schema was last read (or {@link #now} last saw them); null when unknown. */
    private String schemaText;

    /** The rows of sqlite_master the introspection reads (all there are), and {@link #now} too. */
    private static final String MASTER_TYPES = "type IN ('table', 'view', 'index', 'trigger')";

    /** sqlite_master's rows as one text, in an order of their own (not the query's), so two reads of the same rows compare equal. */
    private static String schemaText(List<Map<String, Object>> master) {
        return master.stream().map(r -> r.get("type") + " " + r.get("name") + " " + r.get("sql")).sorted().collect(Collectors.joining(" | "));
    }

    /** {@link #db}, keeping the rows of the introspection's read of sqlite_master in {@code master}. */
    private Database keepingMaster(List<Map<String, Object>> master) {
        return new Database() {
            @Override
            public String describe() {
                return db.describe();
            }

            @Override
            public dev.godwit.engine.db.Capabilities capabilities() {
                return db.capabilities();
            }

            @Override
            public List<Map<String, Object>> query(String sql, Object... params) {
                List<Map<String, Object>> rows = db.query(sql, params);
                if (master.isEmpty() && sql.contains("FROM sqlite_master WHERE " + MASTER_TYPES)) master.addAll(rows);
                return rows;
            }

            @Override
            public void queryEach(String sql, List<Object> params, java.util.function.Consumer<Map<String, Object>> each) {
                db.queryEach(sql, params, each);
            }

            @Override
            public void runAtomically(List<String> statements, boolean foreignKeysOff) {
                db.runAtomically(statements, foreignKeysOff);
            }

            @Override
            public void close() {
                // the studio's database, closed by its owner
            }
        };
    }

    TableDef table(String name) {
        if (name == null) throw StudioException.bad("the table parameter is missing");   // "" is a name SQLite allows
        noticeSchemaChange();
        // A view is found before the schema is read again: that is for a table made since, and costs four queries (on D1, calls).
        return read(false).table(name).or(() -> Optional.ofNullable(views().get(name))).or(() -> read(true).table(name))
                .or(() -> Optional.ofNullable(views().get(name)))
                .orElseThrow(() -> unreadableViews.containsKey(name)
                        ? StudioException.bad((virtualTables.containsKey(name) ? "virtual table \"" : "view \"") + name + "\" cannot be read: "
                                + unreadableViews.get(name))
                        : new StudioException(404, "no table \"" + name + "\""));
    }

    /**
     * The views' columns and the virtual tables' (FTS5, R*Tree…: the introspection leaves them out, so a full-text table was not
     * in the studio at all), in one query for all (one per relation only when one of them cannot be read).
     */
    Map<String, TableDef> views() {
        if (views != null) return views;
        Map<String, TableDef> out = new LinkedHashMap<>();
        unreadableViews.clear();
        virtualTables.clear();
        List<String> names = new ArrayList<>(read(false).views().stream().map(ViewDef::name).toList());
        Map<String, List<ColumnDef>> cols = new LinkedHashMap<>();
        names.forEach(n -> cols.put(n, new ArrayList<>()));
        virtualNames.forEach(n -> cols.put(n, new ArrayList<>()));
        String virtualIn = String.join(", ", java.util.Collections.nCopies(virtualNames.size(), "?"));
        try {
            if (!cols.isEmpty()) {
                // D1's own _cf_ tables kept out by name: D1 refuses a table-valued PRAGMA over sqlite_master's names without that filter
                for (Map<String, Object> r : db.query("SELECT m.type AS kind, m.name AS v, m.sql AS sql, p.name AS name, p.type AS type FROM sqlite_master AS m"
                        + " JOIN pragma_table_xinfo(m.name) AS p WHERE (m.type = 'view'" + (virtualNames.isEmpty() ? "" : " OR m.type = 'table' AND m.name IN ("
                        + virtualIn + ")") + ") AND m.name NOT LIKE '\\_cf\\_%' ESCAPE '\\' AND p.hidden = 0 ORDER BY m.name, p.cid", virtualNames.toArray())) {
                    String v = (String) r.get("v");
                    if ("table".equals(r.get("kind"))) virtualTables.putIfAbsent(v, module((String) r.get("sql")));
                    List<ColumnDef> c = cols.get(v);
                    if (c != null) c.add(viewColumn(r));
                }
            }
        } catch (DatabaseException broken) {
            // one that cannot be read (a view naming a dropped table, a module this SQLite lacks) fails them all: ask each
            if (!virtualNames.isEmpty()) {
                for (Map<String, Object> r : db.query("SELECT name AS v, sql AS sql FROM sqlite_master WHERE type = 'table' AND name IN (" + virtualIn + ")",
                        virtualNames.toArray())) {
                    virtualTables.put((String) r.get("v"), module((String) r.get("sql")));
                }
            }
            for (String n : cols.keySet()) {
                cols.get(n).clear();
                try {
                    db.query("SELECT p.name AS name, p.type AS type FROM pragma_table_xinfo(?) AS p WHERE p.hidden = 0 ORDER BY p.cid", n)
                            .forEach(r -> cols.get(n).add(viewColumn(r)));
                } catch (DatabaseException e) {
                    unreadableViews.put(n, dev.godwit.engine.db.UnreadableViews.reason(e));
                }
            }
        }
        cols.forEach((n, c) -> {
            if (!unreadableViews.containsKey(n)) out.put(n, new TableDef(n, c, null, List.of(), List.of(), List.of(), null));
        });
        views = out;
        return out;
    }

    /**
     * The virtual tables the introspection left out, as its warnings name them ({@code table "docs" is a virtual table; …}): it
     * has already left out the names it hides (D1's, SQLite's, {@link StudioOptions#hiddenTables}) and the shadow tables.
     */
    private static List<String> virtualTablesIn(List<String> warnings) {
        List<String> out = new ArrayList<>();
        for (String w : warnings) {
            int end = w.indexOf("\" is a virtual table");
            if (w.startsWith("table \"") && end > 6) out.add(w.substring(7, end).replace("\"\"", "\""));
        }
        return out;
    }

    /** The module a CREATE VIRTUAL TABLE uses, in lower case ({@code fts5}); "" when it cannot be told. */
    private static String module(String sql) {
        var m = USING.matcher(sql == null ? "" : sql);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }

    private static final java.util.regex.Pattern USING = java.util.regex.Pattern.compile("(?i)\\bUSING\\s+([A-Za-z0-9_]+)");

    /** Modules whose tables have a rowid to page by (keyset, as tables): full-text and R*Tree. */
    private static final Set<String> ROWID_MODULES = Set.of("fts3", "fts4", "fts5", "rtree", "rtree_i32", "geopoly");

    /** The virtual table's module ({@code fts5}), or null for anything else. */
    String virtualModule(TableDef t) {
        return read(false).table(t.name()).isEmpty() && views().containsKey(t.name()) ? virtualTables.get(t.name()) : null;
    }

    /** Why rows of a view or a virtual table are not changed here (null for a table): they are shown read-only. */
    String readOnlyRelation(TableDef t) {
        String module = virtualModule(t);
        if (module != null) {
            return "\"" + t.name() + "\" is a virtual table (" + (module.isEmpty() ? "of a module" : module) + "): its rows are shown read-only;"
                    + " change them in the SQL console" + (module.startsWith("fts") ? " (an external-content or contentless full-text table takes"
                    + " its module's own commands there)" : "");
        }
        return isView(t) ? "\"" + t.name() + "\" is a view: its rows are shown read-only" : null;
    }

    /** Refuses a write to a view or a virtual table. */
    void requireTable(TableDef t) {
        String why = readOnlyRelation(t);
        if (why != null) throw StudioException.bad(why);
    }

    private static ColumnDef viewColumn(Map<String, Object> r) {
        return new ColumnDef((String) r.get("name"), r.get("type") == null ? "" : (String) r.get("type"), false, false, false, null, null, null,
                List.of(), null);
    }

    boolean isView(TableDef t) {
        return read(false).table(t.name()).isEmpty() && views().containsKey(t.name()) && !virtualTables.containsKey(t.name());
    }

    /**
     * How the studio finds the table's rows one by one ({@link RowKey}): by rowid, or by primary key in a WITHOUT ROWID table; null
     * where it cannot: a view; a table whose columns take all of rowid, oid and _rowid_ and that has no primary key every row has.
     * A rowid table goes by its primary key too where the rowid cannot be read (those columns hide it) or has no room: a table of
     * {@value #ExactRows.WIDE} columns without an INTEGER PRIMARY KEY (D1 returns 100 result columns; with one, see {@link ExactRows#packedColumn}).
     */
    RowKey rowKey(TableDef t) {
        if (isView(t)) return null;
        String module = virtualModule(t);
        if (module != null) return ROWID_MODULES.contains(module) ? RowKey.ofRowid("rowid") : null;
        if (withoutRowid.contains(SqliteNames.key(t.name()))) {
            return t.primaryKeyColumns().isEmpty() ? null : RowKey.ofPrimaryKey(t);
        }
        String alias = SqliteNames.rowidAlias(t.columnNames());
        boolean wide = t.columns().size() >= ExactRows.WIDE && !t.hasRowidAlias();
        if ((alias == null || wide) && keyNeverNull(t)) return RowKey.ofPrimaryKey(t);
        if (alias == null) {   // no rowid to read and no primary key every row has: a UNIQUE key of NOT NULL columns does as well
            List<String> unique = uniqueNotNull(t);
            return unique == null ? null : RowKey.ofColumns(t, unique);
        }
        return RowKey.ofRowid(alias);   // a wide one's rowid is packed with a column (packedColumn)
    }

    /**
     * The columns of a UNIQUE index (or constraint) over plain columns, all NOT NULL, with no WHERE: every row has a value of it
     * and no two rows the same one, so it finds a row as a primary key does. The one of fewest columns; null when there is none.
     * A table whose columns hide its rowid (rowid, oid, _rowid_) with such a key was read-only.
     */
    List<String> uniqueNotNull(TableDef t) {
        List<String> best = null;
        for (IndexDef i : t.indexes()) {
            if (!i.unique() || i.where() != null || i.keys().stream().anyMatch(IndexDef.Key::expression)) continue;
            List<String> cols = i.columns();
            boolean notNull = cols.stream().allMatch(c -> t.column(c).map(ColumnDef::notNull).orElse(false)
                    && !t.primaryKeyColumns().contains(c));   // the model marks key columns NOT NULL; keyNeverNull said this one may not be
            if (notNull && !cols.isEmpty() && (best == null || cols.size() < best.size())) best = cols;
        }
        return best;
    }

    /**
     * Whether every row of a rowid table has a primary key to be found by: in a rowid table (unlike WITHOUT ROWID) a key column not
     * declared NOT NULL may hold NULL, and several rows NULL, but for an INTEGER PRIMARY KEY that is the rowid. Declared
     * {@code INTEGER PRIMARY KEY DESC} it is not (SQLite's quirk): then the key has an index of its own, which is what tells them
     * apart. Asked of the database (one query a table): the model marks key columns NOT NULL, as drizzle's snapshots do.
     */
    private boolean keyNeverNull(TableDef t) {
        if (t.primaryKeyColumns().isEmpty()) return false;
        return rowidKeys.computeIfAbsent(SqliteNames.key(t.name()), k -> {
            Map<String, Object> r = db.query("SELECT (SELECT count(*) FROM pragma_table_info(?) WHERE pk > 0 AND \"notnull\" = 0) AS \"nullable\","
                    + " (SELECT count(*) FROM pragma_index_list(?) WHERE origin = 'pk') AS \"indexed\"", t.name(), t.name()).get(0);
            return ((Number) r.get("nullable")).longValue() == 0 || t.hasRowidAlias() && ((Number) r.get("indexed")).longValue() == 0;
        });
    }

    /** Why the studio cannot address the table's rows one by one (null when it can): such rows are shown read-only, paged by OFFSET. */
    String rowlessReason(TableDef t) {
        if (rowKey(t) != null) return null;
        if (readOnlyRelation(t) != null) return readOnlyRelation(t);
        List<String> pk = t.primaryKeyColumns();
        String key = pk.isEmpty() ? "no primary key"
                : "its primary key (" + String.join(", ", pk.stream().map(Quoting::doubleQuoted).toList()) + ") may be NULL (it is not declared NOT NULL,"
                        + " nor is it the rowid)";
        return "table \"" + t.name() + "\" has columns named rowid, oid and _rowid_, which hide its rowid, and " + key
                + " (nor a UNIQUE key of NOT NULL columns): its rows are shown read-only; change them in the SQL console. To edit them here,"
                + " rename one of those three columns, or give the table a primary key declared NOT NULL";
    }

    /** The table's row key; refuses a change (or a look at one row) where rows have none. */
    RowKey requireKey(TableDef t) {
        RowKey k = rowKey(t);
        if (k == null) throw StudioException.bad(rowlessReason(t));
        return k;
    }

    /** The column's mode for showing it: the project's schema says it (drizzle's modes); else the declared type hints it. */
    ColumnMode mode(TableDef t, ColumnDef c) {
        ColumnMode m = declaredMode(t, c);
        return m != null ? m : guessedMode(c);
    }

    /** The mode the project's schema (or the introspected one) declares; null when none does. */
    private ColumnMode declaredMode(TableDef t, ColumnDef c) {
        if (c.mode() != null) return c.mode();
        SchemaDef code = options.codeSchema();
        if (code == null) return null;
        return code.table(t.name()).flatMap(ct -> ct.column(c.name())).map(ColumnDef::mode).orElse(null);
    }

    /** What the type name hints (a hand-made table's {@code at DATETIME} may well hold text: see {@link #integerGuess}). */
    private static ColumnMode guessedMode(ColumnDef c) {
        String type = c.declaredType().toLowerCase(Locale.ROOT);   // a collation's name hints nothing
        if (type.contains("bool")) return ColumnMode.BOOLEAN;
        if (type.contains("json")) return ColumnMode.JSON;
        if (type.contains("timestamp") || type.contains("datetime")) return ColumnMode.TIMESTAMP;
        return null;
    }

    /** A boolean or timestamp mode read from the type name only: it stores integers, which the column may not hold. */
    ColumnMode integerGuess(TableDef t, ColumnDef c) {
        if (declaredMode(t, c) != null) return null;
        ColumnMode g = guessedMode(c);
        return g == ColumnMode.BOOLEAN || g == ColumnMode.TIMESTAMP ? g : null;
    }

    /**
     * The mode a write converts input by: a declared one; a guessed boolean/timestamp where the cell being changed holds an
     * integer (shown as a date or true/false, so written as one), not where it holds text (a DATETIME of texts gets text, not
     * 1717317000) or a real. An empty cell, or a new row ({@code current} without the column), goes by the column's first
     * {@value #MODE_SAMPLE} rows: integers and nothing else. Every row was checked for each write: on 5,000,000 rows 1.5 s an
     * edit of a DATETIME or BOOL cell, and over D1 an API call billed as a read of the whole table.
     */
    ColumnMode writeMode(TableDef t, ColumnDef c, Map<String, Object> current) {
        ColumnMode g = integerGuess(t, c);
        if (g == null) return mode(t, c);
        Object v = current.get(c.name());
        if (v != null) return v instanceof Long n ? (g == ColumnMode.TIMESTAMP && millis(n) ? ColumnMode.TIMESTAMP_MS : g) : null;
        String sample = " FROM (SELECT " + Quoting.doubleQuoted(c.name()) + " AS \"v\" FROM " + Quoting.doubleQuoted(t.name()) + " LIMIT " + MODE_SAMPLE + ") WHERE ";
        Map<String, Object> r = db.query("SELECT EXISTS (SELECT 1" + sample + "typeof(\"v\") = 'integer') AS i, EXISTS (SELECT 1" + sample
                + "typeof(\"v\") NOT IN ('integer', 'null')) AS o, EXISTS (SELECT 1" + sample + "typeof(\"v\") = 'integer' AND "
                + secondsTest("\"v\"") + ") AS s").get(0);
        if (((Number) r.get("i")).longValue() != 1 || ((Number) r.get("o")).longValue() != 0) return null;
        return g == ColumnMode.TIMESTAMP && ((Number) r.get("s")).longValue() == 0 ? ColumnMode.TIMESTAMP_MS : g;
    }

    /**
     * Where a column's timestamp mode is only guessed from its type name (DATETIME, TIMESTAMP), its integers may be epoch seconds
     * or epoch milliseconds (JavaScript's Date.now(), Prisma's DateTime on SQLite): an integer this far from 0 or farther is
     * milliseconds (in seconds it would be past the year 5138; in milliseconds it is after March 1973). Read as seconds, a
     * millisecond column showed the year 56302, a date typed into it was written in seconds (1970-01-20 to the application) and
     * a filter by day found nothing.
     */
    static final long MILLIS_FROM = 100_000_000_000L;

    /** Whether an integer in a column of guessed timestamp mode is epoch milliseconds (see {@link #MILLIS_FROM}). */
    static boolean millis(long n) {
        return n <= -MILLIS_FROM || n >= MILLIS_FROM;
    }

    /** SQL true where the integer {@code column} is epoch seconds by {@link #millis}'s measure (no abs(): it overflows on the least). */
    static String secondsTest(String column) {
        return column + " > -" + MILLIS_FROM + " AND " + column + " < " + MILLIS_FROM;
    }

    /** The rows {@link #writeMode} reads for an empty cell or a new row. */
    static final int MODE_SAMPLE = 1000;

    /** The referenced columns; a foreign key that names none references the parent's primary key. */
    List<String> refColumns(ForeignKeyDef f) {
        if (!f.refColumns().isEmpty()) return f.refColumns();
        return read(false).table(f.refTable()).map(TableDef::primaryKeyColumns).orElse(List.of());
    }

    /** Foreign keys of all tables that point at {@code t}. */
    List<ForeignKeyDef> referencing(TableDef t) {
        List<ForeignKeyDef> out = new ArrayList<>();
        for (TableDef c : read(false).tables()) {
            for (ForeignKeyDef f : c.foreignKeys()) {
                if (SqliteNames.key(f.refTable()).equals(SqliteNames.key(t.name()))) out.add(f.table() == null || f.table().isEmpty() ? f.withTable(c.name()) : f);
            }
        }
        out.sort(Comparator.comparing((ForeignKeyDef f) -> f.table().toLowerCase(Locale.ROOT)).thenComparing(ForeignKeyDef::name));
        return out;
    }

    /** A query failed for the table's shape: say why in the studio's words, else let the database's message through. */
    RuntimeException explained(TableDef t, DatabaseException e) {
        String m = String.valueOf(e.databaseMessage());
        if (m.contains("no such column: rowid") || m.contains("no such column: oid") || m.contains("no such column: _rowid_")) {
            read(true);   // made again WITHOUT ROWID since the studio read it: the next request finds its rows by primary key
            return new StudioException(409, "table \"" + t.name() + "\" changed since the studio read its schema (it has no rowid now): reload the page");
        }
        if (m.contains("no such table:") || m.contains("no such column:")) {   // on D1 (a local file's change is noticed before)
            boolean gone = read(true).table(t.name()).isEmpty() && !views().containsKey(t.name());
            return new StudioException(409, gone ? "table \"" + t.name() + "\" is no longer in the database (dropped or renamed since the page loaded it,"
                    + " by a migration?): pick a table from the list" : "table \"" + t.name() + "\" changed since the page loaded it (by a migration?): reload the page");
        }
        return e;
    }

    /**
     * Whether a write to the table may delete other rows: its PRIMARY KEY or a UNIQUE says ON CONFLICT REPLACE, so a row holding
     * the key written is deleted, which neither total_changes() nor D1's meta.changes counts (nor the write's RETURNING).
     */
    boolean replacesOnConflict(TableDef t) {
        return replacing.contains(SqliteNames.key(t.name()));
    }

    /**
     * A PRIMARY KEY or UNIQUE of a table that says ON CONFLICT REPLACE: its columns, each with the collation the key compares it
     * by (from its index, pragma_index_xinfo; null where it has none, an INTEGER PRIMARY KEY, and the column's own serves).
     */
    record ReplaceKey(String kind, List<String> columns, List<String> collations) {
    }

    /** {@link #replaceKeys}, by {@link SqliteNames#key}, as of the last schema read. */
    private final Map<String, List<ReplaceKey>> replaceKeys = new HashMap<>();

    /**
     * The keys of the table that say ON CONFLICT REPLACE (empty for a table that has none, see {@link #replacesOnConflict}): read
     * once a schema read, from its CREATE TABLE (CREATE UNIQUE INDEX has no conflict clause: such an index aborts) and its
     * indexes (two queries, on D1 two calls, the first write to such a table only).
     */
    synchronized List<ReplaceKey> replaceKeys(TableDef t) {
        if (!replacesOnConflict(t)) return List.of();
        List<ReplaceKey> known = replaceKeys.get(SqliteNames.key(t.name()));
        if (known != null) return known;
        List<Map<String, Object>> created = db.query("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", t.name());
        String sql = created.isEmpty() ? null : (String) created.get(0).get("sql");
        Map<String, List<String[]>> indexes = new LinkedHashMap<>();   // a key's index: its columns, with their collations
        for (Map<String, Object> r : db.query("SELECT il.name AS \"idx\", x.name AS \"col\", x.coll AS \"coll\" FROM pragma_index_list(?) AS il"
                + " JOIN pragma_index_xinfo(il.name) AS x WHERE il.origin IN ('u', 'pk') AND x.key = 1 ORDER BY il.seq, x.seqno", t.name())) {
            indexes.computeIfAbsent(String.valueOf(r.get("idx")), k -> new ArrayList<>()).add(new String[] {String.valueOf(r.get("col")), (String) r.get("coll")});
        }
        List<ReplaceKey> out = new ArrayList<>();
        for (var c : sql == null ? List.<dev.godwit.engine.introspect.UnmodelledClause>of() : dev.godwit.engine.introspect.UnmodelledClause.of(sql)) {
            if (!c.deletesConflictingRows() || c.columns().isEmpty()) continue;
            String kind = c.kind().substring(0, c.kind().length() - " ON CONFLICT REPLACE".length());
            List<String> keyNames = c.columns().stream().map(SqliteNames::key).toList();
            boolean matched = false;
            for (List<String[]> cols : indexes.values()) {   // two UNIQUEs on the same columns differ only in their collations: both
                if (!cols.stream().map(x -> SqliteNames.key(x[0])).toList().equals(keyNames)) continue;
                out.add(new ReplaceKey(kind, cols.stream().map(x -> x[0]).toList(), cols.stream().map(x -> x[1]).toList()));
                matched = true;
            }
            if (!matched) out.add(new ReplaceKey(kind, c.columns(), java.util.Collections.nCopies(c.columns().size(), null)));   // INTEGER PRIMARY KEY
        }
        out = List.copyOf(out);
        replaceKeys.put(SqliteNames.key(t.name()), out);
        return out;
    }

    /** The tables the introspection's warnings name for a PRIMARY KEY or UNIQUE ... ON CONFLICT REPLACE (a NOT NULL's deletes nothing). */
    private static Set<String> replacingIn(List<String> warnings) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : warnings) {
            if (!w.startsWith("table \"") || !w.endsWith(" ON CONFLICT REPLACE is not kept (the model has no place for it)")) continue;
            StringBuilder name = new StringBuilder();   // as Quoting.doubleQuoted wrote it: a quote in the name doubled
            int i = 7;
            for (; i < w.length(); i++) {
                if (w.charAt(i) != '"') name.append(w.charAt(i));
                else if (i + 1 < w.length() && w.charAt(i + 1) == '"') name.append(w.charAt(i++));
                else break;
            }
            if (!w.endsWith(" NOT NULL ON CONFLICT REPLACE is not kept (the model has no place for it)")) out.add(SqliteNames.key(name.toString()));
        }
        return out;
    }

    /** The virtual tables as of the last schema read (the schema model has no place for them). */
    List<String> virtualNames() {
        return virtualNames;
    }

    /** Whether the table is WITHOUT ROWID (its rows are found by primary key). */
    boolean withoutRowid(TableDef t) {
        return withoutRowid.contains(SqliteNames.key(t.name()));
    }

    /** The views SQLite cannot read, with its reason, as of the last read of the views. */
    Map<String, String> unreadableViews() {
        return unreadableViews;
    }

    /** Row edits: on a local database always, on a remote one only when started with write enabled. */
    boolean rowsWritable() {
        return options.write() || !db.capabilities().remote();
    }

    /** Write statements in the console: only when started with write enabled. */
    boolean consoleWritable() {
        return options.write();
    }
}
