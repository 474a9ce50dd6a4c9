package dev.godwit.engine.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.introspect.IntrospectionResult;
import dev.godwit.engine.introspect.Introspector;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.engine.sql.SqlSplitter;
import dev.godwit.schema.model.CheckDef;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.ColumnMode;
import dev.godwit.schema.model.FkAction;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SqliteNames;
import dev.godwit.schema.model.TableDef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The studio's row and SQL operations over the {@link Database} port, with no HTTP in sight:
 * table listing with schema details, pages of rows (keyset paging on the sort column and the row's key, its rowid or a
 * WITHOUT ROWID table's primary key: never OFFSET but for views), filters, counts, the rows that reference a row, the delete preview (what a
 * cascade takes with it), writes (each one transaction of literal SQL, which is returned to be
 * shown), the SQL console and exports.
 *
 * <p>One operation at a time: the port's connection is not shared ({@code synchronized}). On a
 * remote database every port call is an HTTP request, so reads are batched: a page is one call,
 * the table list is the introspection's four plus one per 50 tables for the counts.
 */
final class StudioData {

    static final int MAX_PAGE = 500;
    static final int DEFAULT_PAGE = 50;
    static final int MAX_CONSOLE_ROWS = 1000;
    static final int MAX_EXPORT_ROWS = 1_000_000;
    private static final int EXPORT_CHUNK = 1000;
    private static final int MAX_CASCADE_DEPTH = 8;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FIRST_WORD = Pattern.compile("^\\s*([A-Za-z]+)");
    private static final Set<String> READ_STARTS = Set.of("SELECT", "WITH", "VALUES", "EXPLAIN");
    /**
     * Words that make a statement write. The statement must also start like a query and be alone, so
     * CASE … END stays a read; REPLACE counts only when not the replace() function.
     */
    private static final Pattern WRITE_WORDS = Pattern.compile(
            "\\b(INSERT|UPDATE|DELETE|REPLACE(?!\\s*\\()|CREATE|DROP|ALTER|ATTACH|DETACH|VACUUM|REINDEX|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|PRAGMA)\\b");

    private final Database db;
    private final StudioOptions options;
    private SchemaDef schema;

    StudioData(Database db, StudioOptions options) {
        this.db = db.capabilities().remote() ? new ExactIntegerParams(db) : db;   // D1 rounds bound integers beyond 2^53
        this.options = options;
    }

    /** Row edits: on a local database always, on a remote one only when started with write enabled. */
    boolean rowsWritable() {
        return options.write() || !db.capabilities().remote();
    }

    /** Write statements in the console: only when started with write enabled. */
    boolean consoleWritable() {
        return options.write();
    }

    // ---- schema ----

    private synchronized SchemaDef schema(boolean fresh) {
        if (fresh || schema == null) {
            if (!db.capabilities().remote()) schemaSeen = schemaVersion();   // before: a change made meanwhile is noticed next time
            IntrospectionResult found = Introspector.inspect(db, options.hiddenTables());
            schema = found.schema();
            withoutRowid = found.withoutRowid().stream().map(SqliteNames::key).collect(java.util.stream.Collectors.toSet());
            views = null;
            rowidKeys.clear();
        }
        return schema;
    }

    /** The views, each as a table of its columns (no keys); a view SQLite cannot read has its reason instead of columns. */
    private Map<String, TableDef> views;
    /** The WITHOUT ROWID tables, by {@link SqliteNames#key}: their rows are found by primary key. */
    private Set<String> withoutRowid = Set.of();
    /** Whether every row of a rowid table has a primary key, by {@link SqliteNames#key}: see {@link #keyNeverNull}. */
    private final Map<String, Boolean> rowidKeys = new java.util.HashMap<>();
    private final Map<String, String> unreadableViews = new LinkedHashMap<>();

    /** SQLite's schema_version when the schema was last read (a local file): it changes with every CREATE, DROP and ALTER. */
    private long schemaSeen = -1;

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
        if (schemaVersion() != schemaSeen) schema(true);
    }

    synchronized TableDef table(String name) {
        if (name == null) throw StudioException.bad("the table parameter is missing");   // "" is a name SQLite allows
        noticeSchemaChange();
        // A view is found before the schema is read again: that is for a table made since, and costs four queries (on D1, calls).
        return schema(false).table(name).or(() -> Optional.ofNullable(views().get(name))).or(() -> schema(true).table(name))
                .or(() -> Optional.ofNullable(views().get(name)))
                .orElseThrow(() -> unreadableViews.containsKey(name)
                        ? StudioException.bad("view \"" + name + "\" cannot be read: " + unreadableViews.get(name))
                        : new StudioException(404, "no table \"" + name + "\""));
    }

    /** The views' columns, in one query for all (one per view only when one of them cannot be read). */
    private Map<String, TableDef> views() {
        if (views != null) return views;
        Map<String, TableDef> out = new LinkedHashMap<>();
        unreadableViews.clear();
        List<String> names = schema(false).views().stream().map(dev.godwit.schema.model.ViewDef::name).toList();
        Map<String, List<ColumnDef>> cols = new LinkedHashMap<>();
        names.forEach(n -> cols.put(n, new ArrayList<>()));
        try {
            if (!names.isEmpty()) {
                for (Map<String, Object> r : db.query("SELECT m.name AS v, p.name AS name, p.type AS type FROM sqlite_master AS m"
                        + " JOIN pragma_table_xinfo(m.name) AS p WHERE m.type = 'view' ORDER BY m.name, p.cid")) {
                    List<ColumnDef> c = cols.get((String) r.get("v"));
                    if (c != null) c.add(viewColumn(r));
                }
            }
        } catch (dev.godwit.engine.db.DatabaseException broken) {
            for (String n : names) {   // one view that cannot be read fails them all: ask each
                cols.get(n).clear();
                try {
                    db.query("SELECT p.name AS name, p.type AS type FROM pragma_table_xinfo(?) AS p ORDER BY p.cid", n)
                            .forEach(r -> cols.get(n).add(viewColumn(r)));
                } catch (dev.godwit.engine.db.DatabaseException e) {
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

    private static ColumnDef viewColumn(Map<String, Object> r) {
        return new ColumnDef((String) r.get("name"), r.get("type") == null ? "" : (String) r.get("type"), false, false, false, null, null, null,
                List.of(), null);
    }

    private boolean isView(TableDef t) {
        return schema(false).table(t.name()).isEmpty() && views().containsKey(t.name());
    }

    /**
     * How the studio finds the table's rows one by one ({@link RowKey}): by rowid, or by primary key in a WITHOUT ROWID table; null
     * where it cannot: a view; a table whose columns take all of rowid, oid and _rowid_ and that has no primary key every row has.
     * A rowid table goes by its primary key too where the rowid cannot be read (those columns hide it) or has no room: a table of
     * {@value #WIDE} columns without an INTEGER PRIMARY KEY (D1 returns 100 result columns; with one, see {@link #packedColumn}).
     */
    private synchronized RowKey rowKey(TableDef t) {
        if (isView(t)) return null;
        if (withoutRowid.contains(SqliteNames.key(t.name()))) {
            return t.primaryKeyColumns().isEmpty() ? null : RowKey.ofPrimaryKey(t);
        }
        String alias = SqliteNames.rowidAlias(t.columnNames());
        boolean wide = t.columns().size() >= WIDE && !t.hasRowidAlias();
        if ((alias == null || wide) && keyNeverNull(t)) return RowKey.ofPrimaryKey(t);
        return alias == null ? null : RowKey.ofRowid(alias);   // a wide one's rowid is packed with a column (packedColumn)
    }

    /** Columns from which a table has no room for its rowid beside them in one result (D1's limit is 100). */
    static final int WIDE = 100;

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
    private synchronized String rowlessReason(TableDef t) {
        if (rowKey(t) != null) return null;
        if (isView(t)) return "\"" + t.name() + "\" is a view: its rows are shown read-only";
        List<String> pk = t.primaryKeyColumns();
        String key = pk.isEmpty() ? "no primary key"
                : "its primary key (" + String.join(", ", pk.stream().map(Quoting::doubleQuoted).toList()) + ") may be NULL (it is not declared NOT NULL,"
                        + " nor is it the rowid)";
        return "table \"" + t.name() + "\" has columns named rowid, oid and _rowid_, which hide its rowid, and " + key
                + ": its rows are shown read-only; change them in the SQL console";
    }

    /** The table's row key; refuses a change (or a look at one row) where rows have none. */
    private RowKey requireKey(TableDef t) {
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
        String type = c.type().toLowerCase(Locale.ROOT);
        if (type.contains("bool")) return ColumnMode.BOOLEAN;
        if (type.contains("json")) return ColumnMode.JSON;
        if (type.contains("timestamp") || type.contains("datetime")) return ColumnMode.TIMESTAMP;
        return null;
    }

    /** A boolean or timestamp mode read from the type name only: it stores integers, which the column may not hold. */
    private ColumnMode integerGuess(TableDef t, ColumnDef c) {
        if (declaredMode(t, c) != null) return null;
        ColumnMode g = guessedMode(c);
        return g == ColumnMode.BOOLEAN || g == ColumnMode.TIMESTAMP ? g : null;
    }

    /**
     * The mode a write converts input by: a declared one; a guessed boolean/timestamp only when the column holds integers and
     * nothing else, so a DATETIME of texts gets text, not 1717317000.
     */
    private ColumnMode writeMode(TableDef t, ColumnDef c) {
        ColumnMode g = integerGuess(t, c);
        if (g == null) return mode(t, c);
        String col = Quoting.doubleQuoted(c.name());
        String from = " FROM " + Quoting.doubleQuoted(t.name()) + " WHERE ";
        Map<String, Object> r = db.query("SELECT EXISTS (SELECT 1" + from + "typeof(" + col + ") = 'integer') AS i, EXISTS (SELECT 1" + from + "typeof("
                + col + ") NOT IN ('integer', 'null')) AS o").get(0);
        return ((Number) r.get("i")).longValue() == 1 && ((Number) r.get("o")).longValue() == 0 ? g : null;
    }

    /** All tables in name order, with row counts and what the schema panel shows. */
    synchronized ObjectNode tables() {
        List<TableDef> tables = new ArrayList<>(schema(true).tables());
        List<Long> counts = new ArrayList<>(rowCounts(tables));
        for (TableDef v : views().values()) {   // not counted: a view may join big tables, and the list is read after every write
            tables.add(v);
            counts.add(null);
        }
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < tables.size(); k++) order.add(k);
        order.sort(Comparator.comparing((Integer k) -> tables.get(k).name().toLowerCase(Locale.ROOT)).thenComparing(k -> tables.get(k).name()));
        List<TableDef> sorted = order.stream().map(tables::get).toList();
        counts = order.stream().map(counts::get).toList();
        tables.clear();
        tables.addAll(sorted);
        ObjectNode out = JSON.createObjectNode();
        out.put("database", db.describe());
        out.put("remote", db.capabilities().remote());
        out.put("rowsWritable", rowsWritable());
        out.put("consoleWritable", consoleWritable());
        ArrayNode broken = out.putArray("unreadableViews");
        unreadableViews.forEach((n, why) -> broken.addObject().put("name", n).put("error", why));
        ArrayNode list = out.putArray("tables");
        for (int k = 0; k < tables.size(); k++) {
            TableDef t = tables.get(k);
            ObjectNode o = list.addObject();
            o.put("name", t.name());
            if (counts.get(k) != null) o.put("rows", counts.get(k));
            else o.put("view", true);
            ArrayNode cols = o.putArray("columns");
            for (ColumnDef c : t.columns()) {
                ObjectNode co = cols.addObject();
                co.put("name", c.name());
                co.put("type", c.type());
                co.put("affinity", c.affinity().name());
                co.put("notNull", c.notNull());
                co.put("primaryKey", t.primaryKeyColumns().contains(c.name()));
                co.put("autoincrement", c.autoincrement());
                co.put("rowidAlias", t.hasRowidAlias() && t.primaryKeyColumns().get(0).equals(c.name()) && !withoutRowid.contains(SqliteNames.key(t.name())));
                if (c.defaultValue() != null) co.put("default", c.defaultValue().sql());
                if (c.generated() != null) co.put("generated", c.generated().as() + " " + c.generated().type().key());
                ColumnMode m = mode(t, c);
                if (m != null) co.put("mode", m.key());
            }
            ArrayNode pk = o.putArray("primaryKey");
            t.primaryKeyColumns().forEach(pk::add);
            ArrayNode idx = o.putArray("indexes");
            for (IndexDef i : t.indexes()) {
                ObjectNode io = idx.addObject().put("name", i.name()).put("unique", i.unique());
                ArrayNode keys = io.putArray("keys");
                i.keys().forEach(key -> keys.add(key.text()));
                if (i.where() != null) io.put("where", i.where());
            }
            ArrayNode fks = o.putArray("foreignKeys");
            for (ForeignKeyDef f : t.foreignKeys()) fks.add(fkJson(f, refColumns(f)));
            ArrayNode checks = o.putArray("checks");
            for (CheckDef c : t.checks()) checks.addObject().put("name", c.name()).put("expression", c.expression());
            ArrayNode refs = o.putArray("referencedBy");
            for (ForeignKeyDef f : referencing(t)) refs.add(fkJson(f, refColumns(f)));
        }
        return out;
    }

    private static ObjectNode fkJson(ForeignKeyDef f, List<String> refCols) {
        ObjectNode o = JSON.createObjectNode();
        o.put("name", f.name());
        o.put("table", f.table());
        ArrayNode c = o.putArray("columns");
        f.columns().forEach(c::add);
        o.put("refTable", f.refTable());
        ArrayNode r = o.putArray("refColumns");
        refCols.forEach(r::add);
        o.put("onDelete", f.onDelete().sql());
        o.put("onUpdate", f.onUpdate().sql());
        return o;
    }

    /** The referenced columns; a foreign key that names none references the parent's primary key. */
    private List<String> refColumns(ForeignKeyDef f) {
        if (!f.refColumns().isEmpty()) return f.refColumns();
        return schema(false).table(f.refTable()).map(TableDef::primaryKeyColumns).orElse(List.of());
    }

    /** Foreign keys of all tables that point at {@code t}. */
    private List<ForeignKeyDef> referencing(TableDef t) {
        List<ForeignKeyDef> out = new ArrayList<>();
        for (TableDef c : schema(false).tables()) {
            for (ForeignKeyDef f : c.foreignKeys()) {
                if (SqliteNames.key(f.refTable()).equals(SqliteNames.key(t.name()))) out.add(f.table() == null || f.table().isEmpty() ? f.withTable(c.name()) : f);
            }
        }
        out.sort(Comparator.comparing((ForeignKeyDef f) -> f.table().toLowerCase(Locale.ROOT)).thenComparing(ForeignKeyDef::name));
        return out;
    }

    /** Row counts in few calls: one scalar subquery per table, 50 to a query (D1 allows 100 result columns). */
    private List<Long> rowCounts(List<TableDef> tables) {
        List<String> preds = new ArrayList<>();
        tables.forEach(t -> preds.add(null));
        return counts(tables.stream().map(TableDef::name).toList(), preds, List.of());
    }

    /** count(*) of each table under its predicate (null: all rows), batched 50 to a query. */
    private List<Long> counts(List<String> tables, List<String> predicates, List<Object> params) {
        List<Long> out = new ArrayList<>();
        for (int from = 0; from < tables.size(); from += 50) {
            int to = Math.min(tables.size(), from + 50);
            List<String> terms = new ArrayList<>();
            for (int k = from; k < to; k++) {
                String p = predicates.get(k);
                terms.add("(SELECT count(*) FROM " + Quoting.doubleQuoted(tables.get(k)) + (p == null ? "" : " WHERE " + p) + ") AS \"c" + (k - from) + "\"");
            }
            Map<String, Object> row = db.query("SELECT " + String.join(", ", terms), params.toArray()).get(0);
            for (int k = from; k < to; k++) out.add(((Number) row.get("c" + (k - from))).longValue());
        }
        return out;
    }

    // ---- views: filters, sort, keyset pages ----

    /**
     * One filter: a column, an operator and (except for null tests) a value; {@code asText} is set when stored numbers and stored
     * texts are compared apart: where the column's mode is only guessed from its type name and the value reads differently as
     * text, stored integers are compared with {@code value}, other stored values with {@code asText}, as SQLite compares them;
     * in a column that takes anything ({@code realsToo}, = and ≠ only), stored integers and reals with {@code value}, and the
     * rest with the text as typed.
     */
    record Filter(ColumnDef column, String op, Object value, Object asText, boolean realsToo) {
        Filter(ColumnDef column, String op, Object value, Object asText) {
            this(column, op, value, asText, false);
        }
    }

    /**
     * A date without a time typed into a filter on a timestamp column: the whole day (UTC), from {@code start} to before
     * {@code end} in the column's unit, so {@code = 2024-05-01} finds every row of that day, not only those at midnight.
     */
    record Day(long start, long end) {
        static Day of(ColumnMode mode, String text) {
            if (mode != ColumnMode.TIMESTAMP && mode != ColumnMode.TIMESTAMP_MS) return null;
            java.time.LocalDate d;
            try {
                d = java.time.LocalDate.parse(text.strip());
            } catch (java.time.format.DateTimeParseException e) {
                return null;
            }
            long s = d.atStartOfDay(java.time.ZoneOffset.UTC).toEpochSecond();
            long unit = mode == ColumnMode.TIMESTAMP ? 1 : 1000;
            return new Day(s * unit, (s + 86_400) * unit);
        }
    }

    /** What a view shows: filters, sort column (null: the row key's order) and direction; {@code key} is null where rows have none. */
    record View(TableDef table, RowKey key, List<Filter> filters, ColumnDef sort, boolean ascending) {
    }

    /** Reads a view from request parameters: {@code where=[[col, op, value], …]}, {@code sort=col}, {@code dir=asc|desc}. */
    View view(TableDef t, Map<String, String> params) {
        List<Filter> filters = new ArrayList<>();
        String where = params.get("where");
        if (where != null && !where.isBlank()) {
            JsonNode w;
            try {
                w = JSON.readTree(where);
            } catch (IOException e) {
                throw StudioException.bad("where must be a JSON list of [column, op, value]: " + e.getMessage());
            }
            if (!w.isArray()) throw StudioException.bad("where must be a JSON list of [column, op, value]");
            for (JsonNode f : w) {
                if (!f.isArray() || f.size() < 2) throw StudioException.bad("each filter is [column, op, value]");
                String col = f.get(0).asText();
                ColumnDef c = t.column(col).orElseThrow(() -> StudioException.bad("table \"" + t.name() + "\" has no column \"" + col + "\""));
                String op = f.get(1).asText();
                Object value = null;
                Object asText = null;
                switch (op) {
                    case "eq", "ne", "lt", "gt" -> {
                        if (f.size() < 3 || f.get(2).isNull()) throw StudioException.bad("filter " + op + " on \"" + col + "\" needs a value");
                        value = Values.forFilter(c, mode(t, c), f.get(2).asText());
                        Day day = Day.of(mode(t, c), f.get(2).asText());
                        if (day != null && integerGuess(t, c) == null) value = day;
                        if (integerGuess(t, c) != null) {
                            Object plain = Values.forFilter(c, null, f.get(2).asText());
                            if (!java.util.Objects.equals(plain, value)) asText = plain;
                        } else if ((op.equals("eq") || op.equals("ne")) && mode(t, c) == null && Values.takesAnything(c) && value instanceof Number) {
                            // No type: '007' and '12' may be stored as text. A number typed finds the numbers equal to it and the
                            // texts spelled as typed, so "= 007" finds the text '007' the cell shows (it found only the integer 7).
                            // < and > keep SQLite's order, the grid's sort: numbers before texts.
                            filters.add(new Filter(c, op, value, f.get(2).asText(), true));
                            continue;
                        }
                    }
                    case "contains" -> {
                        // JSON null is no value: its asText() is the text "null", which the filter would have searched for.
                        if (f.size() < 3 || f.get(2).isNull()) throw StudioException.bad("filter contains on \"" + col + "\" needs a value");
                        value = f.get(2).asText();
                    }
                    case "null", "notnull" -> { }
                    default -> throw StudioException.bad("unknown filter operator \"" + op + "\" (eq, ne, lt, gt, contains, null, notnull)");
                }
                filters.add(new Filter(c, op, value, asText));
            }
        }
        String sortName = params.get("sort");
        ColumnDef sort = null;
        if (sortName != null && !sortName.isEmpty()) {
            sort = t.column(sortName).orElseThrow(() -> StudioException.bad("table \"" + t.name() + "\" has no column \"" + sortName + "\" to sort by"));
        }
        String given = params.getOrDefault("dir", "asc");
        String dir = given.toLowerCase(Locale.ROOT);   // as SQL takes it: DESC, Desc
        if (!dir.equals("asc") && !dir.equals("desc")) throw StudioException.bad("dir is asc or desc, not \"" + given + "\"");
        return new View(t, rowKey(t), filters, sort, dir.equals("asc"));
    }

    private static void filterSql(View v, List<String> where, List<Object> params) {
        for (Filter f : v.filters()) {
            String c = Quoting.doubleQuoted(f.column().name());
            String cmp = switch (f.op()) {
                case "eq" -> c + " = ?";
                case "ne" -> c + " IS NOT ?";
                case "lt" -> c + " < ?";
                case "gt" -> c + " > ?";
                default -> null;
            };
            if (cmp != null && f.asText() != null) {
                String numbers = f.realsToo() ? "IN ('integer', 'real')" : "= 'integer'";
                String others = f.realsToo() ? "NOT IN ('integer', 'real')" : "<> 'integer'";
                where.add("((typeof(" + c + ") " + numbers + " AND " + cmp + ") OR (typeof(" + c + ") " + others + " AND " + cmp + "))");
                params.add(f.value());
                params.add(f.asText());
                continue;
            }
            if (f.value() instanceof Day d) {
                where.add(switch (f.op()) {
                    case "eq" -> c + " >= ? AND " + c + " < ?";
                    case "ne" -> "(" + c + " < ? OR " + c + " >= ? OR " + c + " IS NULL)";
                    case "lt" -> c + " < ?";
                    default -> c + " >= ?";
                });
                if (!f.op().equals("gt")) params.add(d.start());
                if (!f.op().equals("lt")) params.add(d.end());
                continue;
            }
            switch (f.op()) {
                case "eq", "ne", "lt", "gt" -> { where.add(cmp.equals(c + " IS NOT ?") ? "(" + cmp + ")" : cmp); params.add(f.value()); }
                case "contains" -> {
                    // instr, not LIKE: D1 refuses LIKE patterns over 50 bytes. lower() folds ASCII only, as LIKE did. A blob, which
                    // the page shows as hex, is searched for the bytes the text spells in hex (instr on blobs compares bytes).
                    where.add("(CASE WHEN typeof(" + c + ") = 'blob' THEN instr(" + c + ", ?) ELSE instr(lower(CAST(" + c + " AS TEXT)), lower(?)) END) > 0");
                    params.add(hexBytes(f.value().toString()));
                    params.add(f.value().toString());
                }
                case "null" -> where.add(c + " IS NULL");
                case "notnull" -> where.add(c + " IS NOT NULL");
                default -> throw new IllegalStateException(f.op());
            }
        }
    }

    private static final Pattern HEX_TEXT = Pattern.compile("(?i)(?:x'([0-9a-f\\s]*)'|([0-9a-f\\s]*))");

    /** The bytes a filter's text spells in hex as the page shows blobs ({@code ff 10}, {@code FF10}, {@code x'ff10'}); null when it spells none. */
    static byte[] hexBytes(String text) {
        var m = HEX_TEXT.matcher(text.strip());
        if (!m.matches()) return null;
        String hex = (m.group(1) != null ? m.group(1) : m.group(2)).replaceAll("\\s", "");
        return hex.length() % 2 != 0 ? null : java.util.HexFormat.of().parseHex(hex);   // "" is in every blob, as in every text
    }

    /**
     * A position in a view: the sort value and key (rowid or primary key) of a row; the page continues after (or before) it, or
     * from it ({@code inclusive}). In the URL a small sort value travels whole; a large one (a long text, a blob) only as a hash,
     * and the server reads the value again by key ({@link #resolve}), so a cursor stays short whatever the values (a
     * 30,000-character one made the URL too long).
     */
    record Cursor(Object sortValue, List<Object> key, String hash, boolean inclusive) {

        /** Sort values whose JSON form is longer than this (or a blob's preview) travel as a hash. */
        static final int MAX_INLINE = 100;

        Cursor(Object sortValue, List<Object> key) {
            this(sortValue, key, null, false);
        }

        String encode(RowKey k) {
            ObjectNode o = JSON.createObjectNode();
            if (k.byRowid()) o.put("r", key.get(0).toString());
            else o.set("k", k.toJson(key));
            if (inclusive) o.put("i", true);
            JsonNode v = Values.toJson(sortValue);
            if (v.toString().length() <= MAX_INLINE && !v.has("truncated")) o.set("v", v);
            else o.put("h", hashOf(sortValue));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(o.toString().getBytes(StandardCharsets.UTF_8));
        }

        static String hashOf(Object v) {
            return RowGuard.version(List.of(""), java.util.Collections.singletonMap("", v));
        }

        static Cursor decode(String s, View view) {
            try {
                JsonNode o = JSON.readTree(Base64.getUrlDecoder().decode(s));
                RowKey k = view.key();
                List<Object> key = k.byRowid() ? List.of(Values.rowid(o.get("r"))) : k.fromJson(view.table(), o.get("k"));
                boolean inclusive = o.path("i").asBoolean(false);
                ColumnDef sort = view.sort();
                if (sort != null && o.hasNonNull("h")) return new Cursor(null, key, o.get("h").asText(), inclusive);
                Object v = sort == null ? null : Values.fromJson(sort, null, o.get("v"));
                return new Cursor(v, key, null, inclusive);
            } catch (IOException | IllegalArgumentException | NullPointerException | StudioException e) {
                throw StudioException.bad("the page cursor is not valid: " + e.getMessage());
            }
        }
    }

    /** A cursor that carries a hash gets its sort value back from its row, if that row is still there with that value. */
    private Cursor resolve(View v, Cursor cur) {
        if (cur == null || cur.hash() == null) return cur;
        TableDef t = v.table();
        List<Map<String, Object>> rows;
        try {
            rows = db.query("SELECT " + Quoting.doubleQuoted(v.sort().name()) + " AS \"v\" FROM " + Quoting.doubleQuoted(t.name()) + " WHERE "
                    + v.key().equal(""), v.key().orderParams(cur.key()).toArray());
        } catch (dev.godwit.engine.db.DatabaseException e) {
            throw explained(t, e);
        }
        if (rows.isEmpty() || !Cursor.hashOf(rows.get(0).get("v")).equals(cur.hash())) {
            throw new StudioException(409, "the row this page ended at (" + v.key().named(cur.key()) + ") was deleted or its \"" + v.sort().name()
                    + "\" changed since, so the page cannot continue from it: go back to the first page");
        }
        return new Cursor(rows.get(0).get("v"), cur.key(), null, cur.inclusive());
    }

    /**
     * Rows after (or before) a cursor: {@code WHERE filters AND (sort, key) beyond the cursor
     * ORDER BY sort, key LIMIT n+1}, the key being the rowid or the primary key's columns. SQLite sorts NULL first ascending,
     * last descending; the keyset condition follows that, so each row appears exactly once across pages.
     */
    private static void keyset(View v, Cursor cur, boolean forward, List<String> where, List<Object> params) {
        boolean asc = v.ascending() == forward;
        String r = v.key().beyond((asc ? ">" : "<") + (cur.inclusive() ? "=" : ""));
        if (v.sort() == null) {
            where.add(r);
            params.addAll(v.key().orderParams(cur.key()));
            return;
        }
        String c = Quoting.doubleQuoted(v.sort().name());
        if (cur.sortValue() == null) {
            if (asc) {
                where.add("((" + c + " IS NULL AND " + r + ") OR " + c + " IS NOT NULL)");
            } else {
                where.add("(" + c + " IS NULL AND " + r + ")");
            }
            params.addAll(v.key().orderParams(cur.key()));
        } else {
            // "c >= v AND (c > v OR key beyond)": the first term is a range an index on c can seek to.
            String cmp = asc ? ">" : "<";
            String range = c + " " + cmp + "= ? AND (" + c + " " + cmp + " ? OR " + r + ")";
            where.add(asc ? "(" + range + ")" : "((" + range + ") OR " + c + " IS NULL)");
            params.add(cur.sortValue());
            params.add(cur.sortValue());
            params.addAll(v.key().orderParams(cur.key()));
        }
    }

    /** The SQL of a page query and its parameters. */
    record PageQuery(String sql, List<Object> params) {
    }

    static PageQuery pageQuery(View v, Cursor cursor, boolean forward, int limit, boolean remote) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        filterSql(v, where, params);
        if (cursor != null) keyset(v, cursor, forward, where, params);
        boolean asc = v.ascending() == forward;
        String dir = asc ? "" : " DESC";
        List<String> order = new ArrayList<>();
        if (v.sort() != null) order.add(Quoting.doubleQuoted(v.sort().name()) + dir);
        v.key().orderTerms().forEach(k -> order.add(k + dir));
        String sql = "SELECT " + selectExactly(v.table(), v.key(), remote) + " FROM " + Quoting.doubleQuoted(v.table().name())
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + " ORDER BY " + String.join(", ", order) + " LIMIT " + (limit + 1);
        return new PageQuery(sql, params);
    }

    /**
     * The columns a page (or a write's read of its row) reads, so that each row arrives exact, read back by {@link #unpacked}: in a
     * rowid table the rowid as text under {@link #rowidLabel}, then every column ({@link #selectWithRowid}); in a WITHOUT ROWID table
     * over D1 the key's values packed ({@link #selectWithExactKey}), locally {@code *}. Over D1, whose JSON is JavaScript's (numbers
     * are doubles: 9007199254740993 arrives as 9007199254740992), integers beyond 2^53 also travel as text ({@link #bigIntegers})
     * after the rowid or the key's first value: a page sorted by them continued from a rounded value and repeated or skipped rows.
     */
    private static String selectExactly(TableDef t, RowKey key, boolean remote) {
        String big = remote ? bigIntegers(t) : null;
        String tail = big == null ? "" : " || ' ' || " + big;
        return key.byRowid() ? selectWithRowid(t, key.rowid(), tail) : remote ? selectWithExactKey(t, key, tail) : "*";
    }

    /**
     * The rowid as text, then every column. A table of D1's maximum of 100 columns has no room for the rowid beside them (101 result
     * columns): the rowid travels packed with one column ({@code rowid typeof hex}, see {@link #packedColumn}), its INTEGER PRIMARY
     * KEY where it has one, which is exact whether or not the key is the rowid (declared {@code INTEGER PRIMARY KEY DESC} it is not:
     * SQLite's quirk, which the model does not tell, and paging by the key's values as rowids skipped rows).
     */
    private static String selectWithRowid(TableDef t, String rowid, String tail) {
        String label = Quoting.doubleQuoted(rowidLabel(t));
        String packed = packedColumn(t);
        if (packed == null) return "CAST(" + rowid + " AS TEXT)" + tail + " AS " + label + ", *";
        List<String> cols = new ArrayList<>();
        cols.add("CAST(" + rowid + " AS TEXT) || ' ' || " + packed(Quoting.doubleQuoted(packed)) + tail + " AS " + label);
        for (String n : t.columnNames()) if (!n.equals(packed)) cols.add(Quoting.doubleQuoted(n));
        return String.join(", ", cols);
    }

    /**
     * Every column, the primary key's packed ({@link #packed}) under labels of their own (ORDER BY "k" would otherwise sort by a
     * result column named "k", the packed text): over D1 an integer key above 2^53 came back rounded, and the row was written to
     * under another row's key.
     */
    private static String selectWithExactKey(TableDef t, RowKey key, String tail) {
        List<String> cols = new ArrayList<>();
        for (String n : t.columnNames()) {
            String c = Quoting.doubleQuoted(n);
            int k = key.columns().indexOf(n);
            cols.add(k >= 0 ? packed(c) + (k == 0 ? tail : "") + " AS " + Quoting.doubleQuoted(keyLabel(t, k)) : c);
        }
        return String.join(", ", cols);
    }

    /** Largest integer a double holds exactly (and every smaller one): D1's JSON rounds those beyond it. */
    private static final String EXACT_IN_JSON = "9007199254740992";

    /**
     * A JSON array with, for each column that can hold integers ({@link #integerColumns}), its value when that is an integer beyond
     * ±2^53, else null: SQLite writes the digits, and inside a text D1 leaves them alone. Null when no column can hold integers.
     */
    private static String bigIntegers(TableDef t) {
        List<String> terms = new ArrayList<>();
        for (String n : integerColumns(t)) {
            String c = Quoting.doubleQuoted(n);
            terms.add("CASE WHEN typeof(" + c + ") = 'integer' AND " + c + " NOT BETWEEN -" + EXACT_IN_JSON + " AND " + EXACT_IN_JSON + " THEN " + c + " END");
        }
        return terms.isEmpty() ? null : jsonArray(terms);
    }

    /** D1's documented limit of arguments per SQL function (workerd's own is 127). */
    private static final int FUNCTION_ARGS = 32;

    /** {@code json_array(terms)}, or over {@value #FUNCTION_ARGS} terms arrays of them in one: read back by {@link #flat}. */
    private static String jsonArray(List<String> terms) {
        if (terms.size() <= FUNCTION_ARGS) return "json_array(" + String.join(", ", terms) + ")";
        List<String> groups = new ArrayList<>();
        for (int from = 0; from < terms.size(); from += FUNCTION_ARGS) groups.add(jsonArray(terms.subList(from, Math.min(terms.size(), from + FUNCTION_ARGS))));
        return jsonArray(groups);
    }

    /** A {@link #jsonArray}'s values in order, its groups undone. */
    private static List<JsonNode> flat(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode e : array) {
            if (e.isArray()) out.addAll(flat(e));
            else out.add(e);
        }
        return out;
    }

    /** The columns that can hold an integer: not those of TEXT or REAL affinity, which turn one into text or a real. */
    private static List<String> integerColumns(TableDef t) {
        return t.columns().stream().filter(c -> c.affinity() != dev.godwit.schema.model.Affinity.TEXT && c.affinity() != dev.godwit.schema.model.Affinity.REAL)
                .map(ColumnDef::name).toList();
    }

    /** The label of the k-th key column's packed value: one no column has, as {@link #rowidLabel}. */
    private static String keyLabel(TableDef t, int k) {
        return freeLabel(t, "__godwit_key" + k);
    }

    /**
     * A value as text that says it exactly over any transport: {@code typeof hex}, a real as 17 digits ({@code real 0.1000...1}),
     * which hex (of SQLite's 15-digit text) would not be. Read back by {@link #unpack}.
     */
    private static String packed(String column) {
        return "typeof(" + column + ") || ' ' || CASE typeof(" + column + ") WHEN 'real' THEN printf('%!.17g', " + column + ") ELSE hex(" + column + ") END";
    }

    /** A {@link #packed} value (its text after the storage class's word) back as the value. */
    private static Object unpack(String type, String packed) {
        if (type.equals("real")) return packed.equals("Inf") ? Double.POSITIVE_INFINITY : packed.equals("-Inf") ? Double.NEGATIVE_INFINITY : Double.parseDouble(packed);
        byte[] bytes = java.util.HexFormat.of().parseHex(packed);
        return switch (type) {
            case "integer" -> Long.parseLong(new String(bytes, StandardCharsets.UTF_8));
            case "text" -> new String(bytes, StandardCharsets.UTF_8);
            case "blob" -> bytes;
            default -> null;
        };
    }

    /**
     * The column the rowid travels with in a table too wide for it to travel alone (see {@link #selectWithRowid}); else null: the
     * INTEGER PRIMARY KEY, or (a table with no primary key every row has, see {@link #rowKey}) the first column whose affinity keeps
     * it short, as its value travels in hex.
     */
    private static String packedColumn(TableDef t) {
        if (t.columns().size() < WIDE) return null;
        if (t.hasRowidAlias()) return t.primaryKeyColumns().get(0);
        for (var affinity : List.of(dev.godwit.schema.model.Affinity.INTEGER, dev.godwit.schema.model.Affinity.REAL, dev.godwit.schema.model.Affinity.NUMERIC)) {
            for (ColumnDef c : t.columns()) if (c.affinity() == affinity) return c.name();
        }
        return t.columns().get(0).name();
    }

    /**
     * A row read by {@link #selectExactly}, back as the table's columns (and the rowid label, holding the rowid alone): packed values
     * unpacked in their place, integers beyond 2^53 put back whole. A row read with {@code *} is returned as it is.
     */
    static Map<String, Object> unpacked(TableDef t, RowKey key, Map<String, Object> row) {
        String label = key.byRowid() ? rowidLabel(t) : keyLabel(t, 0);
        if (!(row.get(label) instanceof String text)) return row;
        String[] parts = text.split(" ", -1);   // rowid [typeof hex] [json], or typeof hex [json]: none of them holds a space
        Map<String, Object> out = new LinkedHashMap<>();
        int next;
        if (key.byRowid()) {
            out.put(label, parts[0]);
            String packed = packedColumn(t);
            for (String n : t.columnNames()) out.put(n, n.equals(packed) ? unpack(parts[1], parts[2]) : row.get(n));
            next = packed == null ? 1 : 3;
        } else {
            for (String n : t.columnNames()) {
                int k = key.columns().indexOf(n);
                if (k < 0) {
                    out.put(n, row.get(n));
                } else {
                    String[] p = k == 0 ? parts : ((String) row.get(keyLabel(t, k))).split(" ", -1);
                    out.put(n, unpack(p[0], p[1]));
                }
            }
            next = 2;
        }
        if (parts.length > next) putBigIntegers(t, parts[next], out);
        return out;
    }

    /** The integers of a {@link #bigIntegers} array put back in their columns of {@code row}, whole. */
    private static void putBigIntegers(TableDef t, String json, Map<String, Object> row) {
        JsonNode big;
        try {
            big = JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("the integers read beside a row of \"" + t.name() + "\" are not JSON: " + json, e);
        }
        List<String> cols = integerColumns(t);
        List<JsonNode> values = flat(big);
        for (int i = 0; i < cols.size(); i++) if (values.get(i).isIntegralNumber()) row.put(cols.get(i), values.get(i).longValue());
    }

    /**
     * The columns of rows without a key ({@link #offsetPage}): {@code *}, and over D1 the {@link #bigIntegers} under
     * {@link #rowidLabel}. A result of {@value #WIDE} columns (a 100-column view) has no room for another beside them (D1 returns
     * 100): the first column then travels {@link #packed} with them under that label, in its place.
     */
    private String selectRowless(TableDef t) {
        String big = db.capabilities().remote() ? bigIntegers(t) : null;
        if (big == null) return "*";
        String label = Quoting.doubleQuoted(rowidLabel(t));
        if (t.columns().size() < WIDE) return "*, " + big + " AS " + label;
        List<String> cols = new ArrayList<>();
        cols.add(packed(Quoting.doubleQuoted(t.columnNames().get(0))) + " || ' ' || " + big + " AS " + label);
        for (String n : t.columnNames().subList(1, t.columnNames().size())) cols.add(Quoting.doubleQuoted(n));
        return String.join(", ", cols);
    }

    /** A row read with {@link #selectRowless}: its first column unpacked where it was packed, its integers beyond 2^53 whole, the label gone. */
    private static Map<String, Object> exactRowless(TableDef t, Map<String, Object> row) {
        if (!(row.get(rowidLabel(t)) instanceof String text)) return row;
        Map<String, Object> out = new LinkedHashMap<>();
        String json = text;
        if (t.columns().size() >= WIDE) {
            String[] parts = text.split(" ", 3);   // typeof hex json: none of them holds a space
            String first = t.columnNames().get(0);
            out.put(first, unpack(parts[0], parts[1]));
            json = parts[2];
        }
        for (String n : t.columnNames()) if (!out.containsKey(n)) out.put(n, row.get(n));
        putBigIntegers(t, json, out);
        return out;
    }

    /** The label the page query gives the rowid, one no column of the table has (a column of that name would replace it in the row). */
    static String rowidLabel(TableDef t) {
        return freeLabel(t, "__godwit_rowid");
    }

    /** {@code base}, or {@code base_2}, {@code base_3}…: the first that no column of the table has (in any case). */
    private static String freeLabel(TableDef t, String base) {
        Set<String> taken = new java.util.HashSet<>();
        t.columnNames().forEach(n -> taken.add(n.toLowerCase(Locale.ROOT)));
        String label = base;
        for (int k = 2; taken.contains(label); k++) label = base + "_" + k;
        return label;
    }

    /** The key of a row read by a page query (and {@link #unpacked}): its rowid, or its primary key's values. */
    static List<Object> keyIn(View v, Map<String, Object> row) {
        if (v.key().byRowid()) return List.of(Long.parseLong((String) row.get(rowidLabel(v.table()))));
        return v.key().columns().stream().map(row::get).toList();
    }

    /** A query failed for the table's shape: say why in the studio's words, else let the database's message through. */
    private RuntimeException explained(TableDef t, dev.godwit.engine.db.DatabaseException e) {
        String m = String.valueOf(e.databaseMessage());
        if (m.contains("no such column: rowid") || m.contains("no such column: oid") || m.contains("no such column: _rowid_")) {
            schema(true);   // made again WITHOUT ROWID since the studio read it: the next request finds its rows by primary key
            return new StudioException(409, "table \"" + t.name() + "\" changed since the studio read its schema (it has no rowid now): reload the page");
        }
        if (m.contains("no such table:") || m.contains("no such column:")) {   // on D1 (a local file's change is noticed before)
            boolean gone = schema(true).table(t.name()).isEmpty() && !views().containsKey(t.name());
            return new StudioException(409, gone ? "table \"" + t.name() + "\" is no longer in the database (dropped or renamed since the page loaded it,"
                    + " by a migration?): pick a table from the list" : "table \"" + t.name() + "\" changed since the page loaded it (by a migration?): reload the page");
        }
        return e;
    }

    static int limit(Map<String, String> params) {
        String l = params.get("limit");
        if (l == null) return DEFAULT_PAGE;
        String range = "limit is a whole number from 1 to " + MAX_PAGE + " (a larger one gives " + MAX_PAGE + " rows)";
        if (!l.matches("[+]?\\d+|-\\d+")) throw StudioException.bad(range + ", not \"" + l + "\"");
        java.math.BigInteger n = new java.math.BigInteger(l.startsWith("+") ? l.substring(1) : l);
        if (n.signum() < 1) throw StudioException.bad(range + ", not " + l);
        return n.min(java.math.BigInteger.valueOf(MAX_PAGE)).intValue();
    }

    /** A page of a view: {@code after} or {@code before} a cursor (or the first page), {@code limit} rows at most ({@link #MAX_PAGE}). */
    synchronized ObjectNode page(TableDef t, Map<String, String> params) {
        View v = view(t, params);
        int limit = limit(params);
        String after = params.get("after");
        String before = params.get("before");
        if (after != null && before != null) throw StudioException.bad("give after or before, not both");
        boolean forward = before == null;
        if (v.key() == null) return offsetPage(v, limit, after != null ? after : before, rowlessReason(t));
        Cursor cur = resolve(v, after != null ? Cursor.decode(after, v) : before != null ? Cursor.decode(before, v) : null);
        PageQuery q = pageQuery(v, cur, forward, limit, db.capabilities().remote());
        List<Map<String, Object>> rows;
        try {
            rows = new ArrayList<>(db.query(q.sql(), q.params().toArray()).stream().map(r -> unpacked(v.table(), v.key(), r)).toList());
        } catch (dev.godwit.engine.db.DatabaseException e) {
            throw explained(t, e);
        }
        boolean more = rows.size() > limit;
        if (more) rows = rows.subList(0, limit);
        if (!forward) rows = reversed(rows);
        ObjectNode out = pageHead(t, limit);
        ArrayNode data = out.putArray("rows");
        for (Map<String, Object> r : rows) {
            ObjectNode row = data.addObject();
            putKey(row, v.key(), keyIn(v, r));
            row.put("version", RowGuard.version(t.columnNames(), r));
            rowValues(row, t, r);
        }
        boolean hasNext = forward ? more : true;
        boolean hasPrev = forward ? cur != null : more;
        if (!rows.isEmpty()) {
            if (hasNext) out.put("next", cursorOf(v, rows.get(rows.size() - 1)).encode(v.key()));
            if (hasPrev) out.put("prev", cursorOf(v, rows.get(0)).encode(v.key()));
        } else if (forward && cur != null) {
            // The rows after the cursor went (deleted meanwhile): the way back is the page that ends with the cursor's own row.
            out.put("prev", new Cursor(cur.sortValue(), cur.key(), null, true).encode(v.key()));
        }
        out.put("sql", q.sql());
        return out;
    }

    /** A row's key in an answer: {@code "rowid": "7"} (a string: exact above 2^53), or {@code "key": [tagged values]}. */
    private static void putKey(ObjectNode o, RowKey k, List<Object> key) {
        if (k.byRowid()) o.put("rowid", key.get(0).toString());
        else o.set("key", k.toJson(key));
    }

    /**
     * A page of rows the studio cannot address one by one ({@link #rowlessReason}): {@code LIMIT n OFFSET k} in a total order (the
     * sort column, then the primary key, or every column of a view), read-only. A next page continues where it can from the last
     * row's value of the order's first column ({@link OffsetCursor}), so OFFSET steps over the rows that tie with it, not over every
     * earlier row: page 18,000 of a view cost 10-15 times page 1 (README, Paging speed).
     */
    private ObjectNode offsetPage(View v, int limit, String cursor, String why) {
        TableDef t = v.table();
        ColumnDef lead = leadColumn(v);
        OffsetCursor cur = cursor == null ? OffsetCursor.FIRST : OffsetCursor.decode(cursor, t, lead);
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        filterSql(v, where, params);
        long skip = cur.offset();
        if (cur.keyset()) {
            String c = Quoting.doubleQuoted(lead.name());
            // SQLite sorts NULL first ascending, last descending
            if (cur.lead() == null) {
                if (!v.ascending()) where.add(c + " IS NULL");
            } else {
                where.add(v.ascending() ? c + " >= ?" : "(" + c + " <= ? OR " + c + " IS NULL)");
                params.add(cur.lead());
            }
            skip = cur.tied();
        }
        String select = selectRowless(t);
        String sql = "SELECT " + select + " FROM " + Quoting.doubleQuoted(t.name()) + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY " + String.join(", ", rowlessOrder(v)) + " LIMIT " + (limit + 1) + (skip > 0 ? " OFFSET " + skip : "");
        List<Map<String, Object>> rows = db.query(sql, params.toArray()).stream().map(r -> exactRowless(t, r)).toList();
        List<Map<String, Object>> shown = rows.subList(0, Math.min(limit, rows.size()));
        ObjectNode out = pageHead(t, limit);
        ArrayNode data = out.putArray("rows");
        for (Map<String, Object> r : shown) {
            rowValues(data.addObject(), t, r);
        }
        boolean rounded = db.capabilities().remote() && select.equals("*");   // over D1 without the exact integers
        if (rows.size() > limit) out.put("next", cur.next(lead.name(), shown, rounded).encode());
        if (cur.offset() > 0) out.put("prev", OffsetCursor.at(Math.max(0, cur.offset() - limit)).encode());
        out.put("readOnly", why);
        out.put("sql", sql);
        return out;
    }

    /** The first column of {@link #rowlessOrder}: the sort column, else the primary key's first, else the first column. */
    private static ColumnDef leadColumn(View v) {
        TableDef t = v.table();
        if (v.sort() != null) return v.sort();
        return t.primaryKeyColumns().isEmpty() ? t.columns().get(0) : t.column(t.primaryKeyColumns().get(0)).orElseThrow();
    }

    /**
     * A position in rows without a key ({@link #offsetPage}): the offset of the page's first row and, when {@code keyset}, the value
     * of the order's first column in the row before it ({@code lead}) and how many rows up to it hold that value ({@code tied}): the
     * page is then {@code WHERE lead >= value … OFFSET tied}. The previous page goes by offset alone.
     */
    record OffsetCursor(long offset, boolean keyset, Object lead, long tied) {

        static final OffsetCursor FIRST = at(0);

        static OffsetCursor at(long offset) {
            return new OffsetCursor(offset, false, null, 0);
        }

        String encode() {
            ObjectNode o = JSON.createObjectNode().put("o", Long.toString(offset));
            if (keyset) o.put("k", Long.toString(tied)).set("v", Values.toJson(lead));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(o.toString().getBytes(StandardCharsets.UTF_8));
        }

        static OffsetCursor decode(String s, TableDef t, ColumnDef lead) {
            String bad = "the page cursor is not valid for \"" + t.name() + "\" (an offset): go back to the first page";
            try {
                JsonNode o = JSON.readTree(Base64.getUrlDecoder().decode(s));
                long offset = Long.parseLong(o.get("o").asText());
                if (offset < 0) throw StudioException.bad(bad);
                if (!o.has("k")) return at(offset);
                long tied = Long.parseLong(o.get("k").asText());
                if (tied < 0 || !o.has("v")) throw StudioException.bad(bad);
                return new OffsetCursor(offset, true, o.get("v").isNull() ? null : Values.fromJson(lead, null, o.get("v")), tied);
            } catch (IOException | IllegalArgumentException | NullPointerException e) {
                throw StudioException.bad(bad);
            }
        }

        /**
         * The cursor after {@code shown} (this cursor's page): from the last row's value, with the rows that tie with it counted. By
         * offset alone where that count is not sure: the whole page ties and the tie may have begun on an earlier page, a text that
         * a NOCASE or RTRIM column may hold equal to the last ('a', 'A'), a value too long for a URL, an integer D1 rounded.
         */
        OffsetCursor next(String column, List<Map<String, Object>> shown, boolean rounded) {
            OffsetCursor byOffset = at(offset + shown.size());
            Object last = shown.get(shown.size() - 1).get(column);
            JsonNode inUrl = Values.toJson(last);
            if (inUrl.toString().length() > Cursor.MAX_INLINE || inUrl.has("truncated")) return byOffset;
            if (rounded && last instanceof Long n && (n >= 1L << 53 || n <= -(1L << 53))) return byOffset;
            int run = 0;
            for (int i = shown.size() - 1; i >= 0; i--) {
                Boolean same = tie(shown.get(i).get(column), last);
                if (same == null) return byOffset;
                if (!same) break;
                run++;
            }
            if (run < shown.size()) return new OffsetCursor(offset + shown.size(), true, last, run);
            Boolean continued = keyset ? tie(lead, last) : Boolean.valueOf(offset > 0);
            if (continued == null) return byOffset;
            if (!continued) return new OffsetCursor(offset + shown.size(), true, last, run);   // the tie begins on this page
            return keyset ? new OffsetCursor(offset + shown.size(), true, last, tied + run) : byOffset;
        }

        /** Whether two values tie in ORDER BY: true, false, or null where a column's collation may make two texts equal. */
        static Boolean tie(Object a, Object b) {
            if (a == null || b == null) return a == b;
            if (a instanceof Number x && b instanceof Number y) {
                if (Double.isInfinite(x.doubleValue()) || Double.isInfinite(y.doubleValue())) return x.doubleValue() == y.doubleValue();
                return number(x).compareTo(number(y)) == 0;   // exact: 2^53 + 1 and 2^53 as a real do not tie
            }
            if (a instanceof byte[] x && b instanceof byte[] y) return java.util.Arrays.equals(x, y);
            if (a instanceof String x && b instanceof String y) {
                if (x.equals(y)) return true;
                return x.equalsIgnoreCase(y) || x.stripTrailing().equals(y.stripTrailing()) ? null : false;
            }
            return false;   // storage classes never tie: NULL, numbers, texts, blobs
        }

        private static java.math.BigDecimal number(Number n) {
            return n instanceof Double d ? new java.math.BigDecimal(d) : java.math.BigDecimal.valueOf(n.longValue());
        }
    }

    /** A page's answer before its rows: the table, the page size and the column names. */
    private static ObjectNode pageHead(TableDef t, int limit) {
        ObjectNode out = JSON.createObjectNode();
        out.put("table", t.name());
        out.put("limit", limit);
        ArrayNode cols = out.putArray("columns");
        t.columnNames().forEach(cols::add);
        return out;
    }

    private static void rowValues(ObjectNode row, TableDef t, Map<String, Object> r) {
        ArrayNode values = row.putArray("values");
        for (String c : t.columnNames()) values.add(Values.toJson(r.get(c)));
    }


    /**
     * A total order for rows without a key: the view's sort, then the primary key, then every other column. Such a table's key may
     * be NULL in several rows, which tie on it, and SQLite orders ties as its plan reads them: the next page's query put them in
     * another order than the first's, and OFFSET showed some twice and others never.
     */
    private static List<String> rowlessOrder(View v) {
        TableDef t = v.table();
        String dir = v.ascending() ? "" : " DESC";
        List<String> order = new ArrayList<>();
        if (v.sort() != null) order.add(Quoting.doubleQuoted(v.sort().name()) + dir);
        List<String> columns = new ArrayList<>(t.primaryKeyColumns());
        t.columnNames().stream().filter(c -> !columns.contains(c)).forEach(columns::add);
        // the sort column once: D1 allows as many ORDER BY terms as columns (100), and a 100-column view has them all
        if (v.sort() != null) columns.remove(v.sort().name());
        columns.forEach(c -> order.add(Quoting.doubleQuoted(c) + dir));
        return order;
    }

    private static Cursor cursorOf(View v, Map<String, Object> row) {
        return new Cursor(v.sort() == null ? null : row.get(v.sort().name()), keyIn(v, row));
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> out = new ArrayList<>(list);
        java.util.Collections.reverse(out);
        return out;
    }

    /** How many rows a view has (a separate call, so a page does not wait for a count over a big table). */
    synchronized ObjectNode count(TableDef t, Map<String, String> params) {
        View v = view(t, params);
        List<String> where = new ArrayList<>();
        List<Object> p = new ArrayList<>();
        filterSql(v, where, p);
        long n;
        try {
            n = counts(List.of(t.name()), List.of(where.isEmpty() ? "1" : String.join(" AND ", where)), p).get(0);
        } catch (dev.godwit.engine.db.DatabaseException e) {
            throw explained(t, e);
        }
        return JSON.createObjectNode().put("table", t.name()).put("count", n);
    }

    // ---- relations ----

    /**
     * The rows that reference one row, per foreign key of each child table, counted in one query;
     * with the parent's key values, so the page can link to the children.
     */
    synchronized ObjectNode references(TableDef t, Map<String, String> params) {
        RowKey k = requireKey(t);
        List<Object> key = keyOf(t, k, params);
        List<ForeignKeyDef> fks = referencing(t);
        ObjectNode out = JSON.createObjectNode();
        out.put("table", t.name());
        putKey(out, k, key);
        ArrayNode list = out.putArray("references");
        if (fks.isEmpty()) {
            currentRow(t, k, key);   // 404 when there is no such row
            return out;
        }
        Map<String, Object> r = childCounts(t, k, key, fks);
        for (int i = 0; i < fks.size(); i++) {
            ForeignKeyDef f = fks.get(i);
            ObjectNode o = fkJson(f, refColumns(f));
            o.put("count", ((Number) r.get("n" + i)).longValue());
            ArrayNode vals = o.putArray("values");
            for (int c = 0; c < f.columns().size(); c++) vals.add(Values.toJson(r.get("k" + i + "_" + c)));
            list.add(o);
        }
        return out;
    }

    /** The row a request names: {@code rowid} (a decimal string) in a rowid table, {@code key} (its primary key's values, as JSON) in a WITHOUT ROWID one. */
    private static List<Object> keyOf(TableDef t, RowKey k, Map<String, String> params) {
        String rowid = params.get("rowid");
        String key = params.get("key");
        JsonNode keyJson = null;
        if (!k.byRowid() && key != null) {
            try {
                keyJson = JSON.readTree(key);
            } catch (IOException e) {
                throw StudioException.bad("\"key\" is not JSON: " + e.getMessage());
            }
        }
        return keyOf(t, k, rowid == null ? null : com.fasterxml.jackson.databind.node.TextNode.valueOf(rowid), keyJson);
    }

    private static List<Object> keyOf(TableDef t, RowKey k, JsonNode rowid, JsonNode key) {
        return k.byRowid() ? List.of(Values.rowid(rowid)) : k.fromJson(t, key);
    }

    /** Result columns per query of {@link #childCounts}: under D1's 100. */
    private static final int MAX_RESULT_COLUMNS = 90;

    /**
     * For each foreign key {@code k} that references the row: {@code n<k>}, how many rows of its table reference it, and
     * {@code k<k>_<i>}, the row's referenced values. Few queries, each of at most {@value #MAX_RESULT_COLUMNS} result columns
     * (D1 allows 100: a users table that 60 tables reference by created_by was one query of 120 columns, which D1 refuses).
     */
    private Map<String, Object> childCounts(TableDef t, RowKey key, List<Object> keyValues, List<ForeignKeyDef> fks) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<String> terms = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();   // label: the referenced column
        for (int k = 0; k < fks.size(); k++) {
            ForeignKeyDef f = fks.get(k);
            List<String> refCols = refColumns(f);
            if (!terms.isEmpty() && terms.size() + refCols.size() + 1 > MAX_RESULT_COLUMNS) {
                out.putAll(childCountQuery(t, key, keyValues, terms, values));
                terms.clear();
                values.clear();
            }
            List<String> eq = new ArrayList<>();
            for (int i = 0; i < f.columns().size(); i++) {
                eq.add("c." + Quoting.doubleQuoted(f.columns().get(i)) + " = p." + Quoting.doubleQuoted(refCols.get(i)));
                terms.add("p." + Quoting.doubleQuoted(refCols.get(i)) + " AS \"k" + k + "_" + i + "\"");
                values.put("k" + k + "_" + i, refCols.get(i));
            }
            terms.add("(SELECT count(*) FROM " + Quoting.doubleQuoted(f.table()) + " AS c WHERE " + String.join(" AND ", eq) + ") AS \"n" + k + "\"");
        }
        if (!terms.isEmpty()) out.putAll(childCountQuery(t, key, keyValues, terms, values));
        return out;
    }

    /**
     * One query of {@link #childCounts}. Over D1 the referenced values that are integers beyond 2^53 also come as text (one more
     * result column, as {@link #bigIntegers}), and replace the rounded ones: the page links to the child rows by them.
     */
    private Map<String, Object> childCountQuery(TableDef t, RowKey key, List<Object> keyValues, List<String> terms, Map<String, String> values) {
        List<String> select = new ArrayList<>(terms);
        List<String> labels = new ArrayList<>(values.keySet());
        boolean remote = db.capabilities().remote();
        if (remote) {
            List<String> big = new ArrayList<>();
            for (String column : values.values()) {
                String c = "p." + Quoting.doubleQuoted(column);
                big.add("CASE WHEN typeof(" + c + ") = 'integer' AND " + c + " NOT BETWEEN -" + EXACT_IN_JSON + " AND " + EXACT_IN_JSON + " THEN " + c + " END");
            }
            select.add(jsonArray(big) + " AS \"big\"");
        }
        List<Map<String, Object>> rows;
        try {
            rows = db.query("SELECT " + String.join(", ", select) + " FROM " + Quoting.doubleQuoted(t.name()) + " AS p WHERE " + key.equal("p."),
                    key.orderParams(keyValues).toArray());
        } catch (dev.godwit.engine.db.DatabaseException e) {
            throw explained(t, e);
        }
        if (rows.isEmpty()) throw noRow(t, key, keyValues);
        Map<String, Object> row = new LinkedHashMap<>(rows.get(0));
        if (remote && row.remove("big") instanceof String json) {
            try {
                List<JsonNode> big = flat(JSON.readTree(json));
                for (int i = 0; i < labels.size(); i++) if (big.get(i).isIntegralNumber()) row.put(labels.get(i), big.get(i).longValue());
            } catch (IOException e) {
                throw new IllegalStateException("the referenced values of a row of \"" + t.name() + "\" are not JSON: " + json, e);
            }
        }
        return row;
    }

    private static StudioException noRow(TableDef t, RowKey key, List<Object> keyValues) {
        return new StudioException(404, "table \"" + t.name() + "\" has no row with " + key.named(keyValues));
    }

    /** The row as it is now (all columns); 404 when there is none. */
    private Map<String, Object> currentRow(TableDef t, RowKey key, List<Object> keyValues) {
        List<Map<String, Object>> rows;
        try {
            // The write's guard names the values as read here: exactly, over D1 too (its key, integers beyond 2^53)
            boolean remote = db.capabilities().remote();
            String select = remote ? selectExactly(t, key, true) : "*";
            rows = db.query("SELECT " + select + " FROM " + Quoting.doubleQuoted(t.name()) + " WHERE " + key.equal(""), key.orderParams(keyValues).toArray());
            if (remote) rows = rows.stream().map(r -> unpacked(t, key, r)).toList();
        } catch (dev.godwit.engine.db.DatabaseException e) {
            throw explained(t, e);
        }
        if (key.byRowid()) {
            if (rows.isEmpty()) throw noRow(t, key, keyValues);
            Map<String, Object> row = new LinkedHashMap<>(rows.get(0));
            row.remove(rowidLabel(t));
            return row;
        }
        // The key compared in its columns' collation: NOCASE finds 'a' for 'A' where a binary primary key holds both
        for (Map<String, Object> r : rows) {
            if (key.sameKey(keyValues, r)) return r;
        }
        throw noRow(t, key, keyValues);
    }

    /** The version the page sent with a write: the hash of the row as it showed it. */
    private static String version(JsonNode body) {
        JsonNode v = body.get("version");
        if (v == null || !v.isTextual() || v.asText().isEmpty()) {
            throw StudioException.bad("\"version\" is missing: a write sends the version of the row as the page showed it (reload the page)");
        }
        return v.asText();
    }

    /** The row as it is now, if it is still the one the page showed (409 when it is gone or differs). */
    private Map<String, Object> rowAsShown(TableDef t, RowKey key, List<Object> keyValues, String version) {
        Map<String, Object> row;
        try {
            row = currentRow(t, key, keyValues);
        } catch (StudioException e) {
            if (e.status() != 404) throw e;
            throw changed(t, key, keyValues);
        }
        if (!RowGuard.version(t.columnNames(), row).equals(version)) throw changed(t, key, keyValues);
        return row;
    }

    /** A write found its row gone or changed; by primary key, the row may be there under another key someone gave it. */
    private static StudioException changed(TableDef t, RowKey key, List<Object> keyValues) {
        return new StudioException(409, key.describe(keyValues) + " of \"" + t.name() + "\" changed since the page loaded it (by someone else?"
                + (key.byRowid() ? "" : " its key too, perhaps, or it was deleted") + "): reload the page; nothing was written");
    }

    /**
     * What deleting a row takes with it: rows deleted through ON DELETE CASCADE (transitively),
     * rows whose keys become NULL/default, and rows that block the delete (RESTRICT / NO ACTION),
     * counted per table in one query, plus the statement the delete runs.
     */
    synchronized ObjectNode deletePreview(TableDef given, Map<String, String> params) {
        TableDef t = schema(true).table(given.name()).orElse(given);   // the schema as it is now: a table may have appeared since
        RowKey k = requireKey(t);
        List<Object> key = keyOf(t, k, params);
        String version = params.get("version");
        Map<String, Object> row = version == null ? currentRow(t, k, key) : rowAsShown(t, k, key, version);
        Map<String, List<String>> deleted = new LinkedHashMap<>();
        Map<String, List<String>> nulled = new LinkedHashMap<>();
        Map<String, List<String>> blocking = new LinkedHashMap<>();
        String self = k.equalLiterally(key);
        deleted.computeIfAbsent(t.name(), x -> new ArrayList<>()).add(self);
        boolean truncated = false;
        record Step(TableDef table, String pred, int depth) { }
        List<Step> queue = new ArrayList<>(List.of(new Step(t, self, 0)));
        for (int qi = 0; qi < queue.size(); qi++) {
            Step s = queue.get(qi);
            for (ForeignKeyDef f : referencing(s.table())) {
                List<String> refCols = refColumns(f);
                String lhs = f.columns().size() == 1 ? Quoting.doubleQuoted(f.columns().get(0)) : "(" + String.join(", ", f.columns().stream().map(Quoting::doubleQuoted).toList()) + ")";
                String pred = lhs + " IN (SELECT " + String.join(", ", refCols.stream().map(Quoting::doubleQuoted).toList()) + " FROM " + Quoting.doubleQuoted(s.table().name())
                        + " WHERE " + s.pred() + ")";
                if (f.onDelete() == FkAction.CASCADE) {
                    deleted.computeIfAbsent(f.table(), x -> new ArrayList<>()).add(pred);
                    if (s.depth() + 1 < MAX_CASCADE_DEPTH) {
                        schema(false).table(f.table()).ifPresent(ct -> queue.add(new Step(ct, pred, s.depth() + 1)));
                    } else {
                        truncated = true;
                    }
                } else if (f.onDelete() == FkAction.SET_NULL || f.onDelete() == FkAction.SET_DEFAULT) {
                    nulled.computeIfAbsent(f.table(), x -> new ArrayList<>()).add(pred);
                } else {
                    blocking.computeIfAbsent(f.table(), x -> new ArrayList<>()).add(pred);
                }
            }
        }
        List<String> names = new ArrayList<>();
        List<String> preds = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (var e : deleted.entrySet()) { names.add(e.getKey()); preds.add(or(e.getValue())); kinds.add("deleted"); }
        for (var e : nulled.entrySet()) {
            names.add(e.getKey());
            String notDeleted = deleted.containsKey(e.getKey()) ? " AND NOT (" + or(deleted.get(e.getKey())) + ")" : "";
            preds.add("(" + or(e.getValue()) + ")" + notDeleted);
            kinds.add("nulled");
        }
        for (var e : blocking.entrySet()) {
            names.add(e.getKey());
            String notDeleted = deleted.containsKey(e.getKey()) ? " AND NOT (" + or(deleted.get(e.getKey())) + ")" : "";
            preds.add("(" + or(e.getValue()) + ")" + notDeleted);
            kinds.add("blocking");
        }
        List<Long> n = counts(names, preds, List.of());
        ObjectNode out = JSON.createObjectNode();
        out.put("table", t.name());
        putKey(out, k, key);
        ArrayNode effects = out.putArray("effects");
        long blockers = 0;
        for (int i = 0; i < names.size(); i++) {
            if (n.get(i) == 0) continue;
            effects.addObject().put("table", names.get(i)).put("kind", kinds.get(i)).put("count", n.get(i));
            if (kinds.get(i).equals("blocking")) blockers += n.get(i);
        }
        out.put("blocked", blockers > 0);
        out.put("depthLimited", truncated);
        // The row it would delete, as it is now: what the page asks the user to confirm.
        ObjectNode shown = out.putObject("row");
        ArrayNode cols = shown.putArray("columns");
        ArrayNode vals = shown.putArray("values");
        for (String c : t.columnNames()) {
            cols.add(c);
            vals.add(Values.toJson(row.get(c)));
        }
        out.put("version", RowGuard.version(t.columnNames(), row));
        out.putArray("sql").add(deleteSql(t, RowGuard.of(k, key, t.columnNames(), row)).shown());
        return out;
    }

    private static String or(List<String> preds) {
        return preds.size() == 1 ? preds.get(0) : "(" + String.join(") OR (", preds) + ")";
    }

    // ---- writes: each one transaction of literal SQL, returned for the page to show ----

    private void requireRowsWritable() {
        if (!rowsWritable()) {
            throw new StudioException(403, db.describe() + " is remote: the studio is read-only there unless started with -Ddb.studio.write");
        }
    }

    private Map<String, Object> values(TableDef t, JsonNode node) {
        return values(t, node, Map.of());
    }

    /** The values a write sends, read for their columns; {@code current} is the row being changed (empty for an insert). */
    private Map<String, Object> values(TableDef t, JsonNode node, Map<String, Object> current) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) return out;
        if (!node.isObject()) throw StudioException.bad("\"values\" must be an object of column: value");
        for (var it = node.fields(); it.hasNext(); ) {
            var e = it.next();
            ColumnDef c = t.column(e.getKey()).orElseThrow(() -> StudioException.bad("table \"" + t.name() + "\" has no column \"" + e.getKey() + "\""));
            if (c.generated() != null) throw StudioException.bad("column \"" + c.name() + "\" is generated and cannot be written");
            ColumnMode m = writeMode(t, c);
            out.put(c.name(), Values.fromJson(c, m, e.getValue(), m == null && integerGuess(t, c) != null, current.get(c.name()) instanceof String));
        }
        return out;
    }

    synchronized ObjectNode insert(TableDef t, JsonNode body) {
        requireRowsWritable();
        if (isView(t)) throw StudioException.bad(rowlessReason(t));
        Map<String, Object> values = values(t, body.get("values"));
        String head = "INSERT INTO " + Quoting.doubleQuoted(t.name());
        if (values.isEmpty()) {
            written(t, values, head + " DEFAULT VALUES", List.of());
            return done("inserted a row into \"" + t.name() + "\"", List.of(head + " DEFAULT VALUES"));
        }
        head += " (" + String.join(", ", values.keySet().stream().map(Quoting::doubleQuoted).toList()) + ") VALUES (";
        Literals v = Literals.of(values.values());
        written(t, values, head + String.join(", ", v.sql()) + ")", v.params());   // one statement: its own transaction
        return done("inserted a row into \"" + t.name() + "\"", List.of(head + String.join(", ", v.shown()) + ")"));
    }

    /** Values written by a statement: literals where short, {@code ?} where long (bound, see {@link RowGuard#bound}), and as shown. */
    private record Literals(List<String> sql, List<String> shown, List<Object> params) {
        static Literals of(java.util.Collection<Object> values) {
            Literals l = new Literals(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (Object v : values) {
                boolean bind = RowGuard.bound(v);
                l.sql.add(bind ? "?" : Values.literal(v));
                l.shown.add(RowGuard.shownLiteral(v));
                if (bind) l.params.add(v);
            }
            return l;
        }
    }

    synchronized ObjectNode update(TableDef t, JsonNode body) {
        requireRowsWritable();
        RowKey k = requireKey(t);
        List<Object> key = keyOf(t, k, body.get("rowid"), body.get("key"));
        String version = version(body);
        JsonNode given = body.get("values");
        if (given == null || given.isNull() || given.isObject() && given.isEmpty()) throw StudioException.bad("nothing to change: give \"values\"");
        Map<String, Object> current = rowAsShown(t, k, key, version);
        Map<String, Object> values = values(t, given, current);   // a cell's text stays text where the column takes anything
        RowGuard guard = RowGuard.of(k, key, t.columnNames(), current);
        Literals v = Literals.of(values.values());
        List<String> names = values.keySet().stream().map(Quoting::doubleQuoted).toList();
        String head = "UPDATE " + Quoting.doubleQuoted(t.name()) + " SET ";
        List<String> set = new ArrayList<>();
        List<String> setShown = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            set.add(names.get(i) + " = " + v.sql().get(i));
            setShown.add(names.get(i) + " = " + v.shown().get(i));
        }
        String shown = head + String.join(", ", setShown) + " WHERE " + guard.shown() + RETURNING;
        if (!body.path("confirm").asBoolean(false)) requireNoUnconfirmedCascade(t, k, key, values.keySet(), shown);
        List<Object> params = new ArrayList<>(v.params());
        params.addAll(guard.params());
        Map<String, Object> after = new LinkedHashMap<>(current);
        after.putAll(values);
        if (written(t, after, head + String.join(", ", set) + " WHERE " + guard.sql() + RETURNING, params).isEmpty()) throw changed(t, k, key);
        return done("updated " + k.describe(key) + " of \"" + t.name() + "\"", List.of(shown));
    }

    /**
     * A change of a key that other rows reference reaches them (ON UPDATE CASCADE / SET NULL) or is
     * refused (NO ACTION / RESTRICT): refused with 409 and the rows per child table, counted, until
     * the page sends it again with {@code "confirm": true}.
     */
    private void requireNoUnconfirmedCascade(TableDef t, RowKey key, List<Object> keyValues, java.util.Set<String> changed, String sql) {
        List<ForeignKeyDef> fks = referencing(t).stream().filter(f -> refColumns(f).stream().anyMatch(changed::contains)).toList();
        if (fks.isEmpty()) return;
        Map<String, Object> r = childCounts(t, key, keyValues, fks);
        ObjectNode details = JSON.createObjectNode();
        ArrayNode effects = details.putArray("effects");
        for (int k = 0; k < fks.size(); k++) {
            long n = ((Number) r.get("n" + k)).longValue();
            if (n == 0) continue;
            FkAction a = fks.get(k).onUpdate();
            String kind = a == FkAction.CASCADE ? "updated" : a == FkAction.SET_NULL || a == FkAction.SET_DEFAULT ? "nulled" : "blocking";
            effects.addObject().put("table", fks.get(k).table()).put("kind", kind).put("count", n);
        }
        if (effects.isEmpty()) return;
        details.putArray("sql").add(sql);
        details.put("needsConfirmation", true);
        throw new StudioException(409, "this change reaches rows of other tables that reference the row; confirm to run it", details);
    }

    /** A write reports what it touched, so one whose guard matched nothing (the row changed after the check) is told apart. */
    private static final String RETURNING = " RETURNING 1 AS \"written\"";

    /** The delete statement, its guard shown as literals, and the statement run with the guard's values bound. */
    private record GuardedSql(String shown, String sql) {
    }

    private static GuardedSql deleteSql(TableDef t, RowGuard guard) {
        String head = "DELETE FROM " + Quoting.doubleQuoted(t.name()) + " WHERE ";
        return new GuardedSql(head + guard.shown() + RETURNING, head + guard.sql() + RETURNING);
    }

    /**
     * Runs one write, a single statement (one transaction with what it cascades to; a guarded one's check that the row is the one
     * the page showed is its WHERE, so nothing can change the row between check and write, on D1 too). SQLite says only "FOREIGN
     * KEY constraint failed": then the key is named, with the value that has no parent ({@code row}: the row as the write
     * makes it), or, for a delete or a key change, that other rows still reference the row.
     */
    private List<Map<String, Object>> written(TableDef t, Map<String, Object> row, String sql, List<Object> params) {
        try {
            return db.query(sql, params.toArray());
        } catch (dev.godwit.engine.db.DatabaseException e) {
            if (!String.valueOf(e.databaseMessage()).contains("FOREIGN KEY constraint failed")) throw e;
            List<String> why = new ArrayList<>();
            for (ForeignKeyDef f : row == null ? List.<ForeignKeyDef>of() : t.foreignKeys()) {
                List<String> refCols = refColumns(f);
                if (!f.columns().stream().allMatch(row::containsKey) || f.columns().stream().anyMatch(c -> row.get(c) == null)
                        || refCols.size() != f.columns().size()) {
                    continue;
                }
                List<Object> vals = f.columns().stream().map(row::get).toList();
                String match = String.join(" AND ", refCols.stream().map(c -> Quoting.doubleQuoted(c) + " = ?").toList());
                if (!db.query("SELECT 1 AS \"x\" FROM " + Quoting.doubleQuoted(f.refTable()) + " WHERE " + match + " LIMIT 1", vals.toArray()).isEmpty()) {
                    continue;
                }
                String given = tuple(vals.stream().map(RowGuard::shownLiteral).toList());
                why.add(tuple(f.columns().stream().map(Quoting::doubleQuoted).toList()) + " = " + given + ": no row of \"" + f.refTable() + "\" has "
                        + tuple(refCols.stream().map(Quoting::doubleQuoted).toList()) + " = " + given);
            }
            throw StudioException.bad("foreign key constraint failed: " + (why.isEmpty()
                    ? "other rows still reference this row (as the preview listed): change or delete those first"
                    : String.join("; ", why) + "; give a value that exists there") + "; nothing was written");
        }
    }

    private static String tuple(List<String> items) {
        return items.size() == 1 ? items.get(0) : "(" + String.join(", ", items) + ")";
    }

    synchronized ObjectNode delete(TableDef t, JsonNode body) {
        requireRowsWritable();
        RowKey k = requireKey(t);
        List<Object> key = keyOf(t, k, body.get("rowid"), body.get("key"));
        String version = version(body);
        RowGuard guard = RowGuard.of(k, key, t.columnNames(), rowAsShown(t, k, key, version));
        GuardedSql sql = deleteSql(t, guard);
        if (written(t, null, sql.sql(), guard.params()).isEmpty()) throw changed(t, k, key);
        return done("deleted " + k.describe(key) + " of \"" + t.name() + "\"", List.of(sql.shown()));
    }

    private static ObjectNode done(String message, List<String> sql) {
        ObjectNode o = JSON.createObjectNode().put("ok", message);
        ArrayNode s = o.putArray("sql");
        sql.forEach(s::add);
        return o;
    }

    // ---- SQL console ----

    /**
     * Whether the statement only reads: it starts with SELECT, WITH, VALUES or EXPLAIN and no
     * word outside quotes and comments is one that writes (INSERT, UPDATE, DELETE, CREATE, PRAGMA…).
     */
    static boolean readOnly(String statement) {
        String words = stripQuotedAndComments(statement).toUpperCase(Locale.ROOT);
        var m = FIRST_WORD.matcher(words);
        if (!m.find() || !READ_STARTS.contains(m.group(1))) return false;
        return !WRITE_WORDS.matcher(words).find();
    }

    private static String stripQuotedAndComments(String sql) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char ch = sql.charAt(i);
            if (ch == '\'' || ch == '"' || ch == '`' || ch == '[') {
                char close = ch == '[' ? ']' : ch;
                int j = i + 1;
                while (j < n) {
                    if (sql.charAt(j) == close) {
                        if (close != ']' && j + 1 < n && sql.charAt(j + 1) == close) { j += 2; continue; }
                        break;
                    }
                    j++;
                }
                sb.append(' ');
                i = j + 1;
            } else if (ch == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int j = sql.indexOf('\n', i);
                i = j < 0 ? n : j;
            } else if (ch == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int j = sql.indexOf("*/", i + 2);
                i = j < 0 ? n : j + 2;
                sb.append(' ');
            } else {
                sb.append(ch);
                i++;
            }
        }
        return sb.toString();
    }

    static List<String> statements(String sql) {
        return SqlSplitter.split(sql).stream().map(String::strip).map(s -> s.endsWith(";") ? s.substring(0, s.length() - 1).strip() : s)
                .filter(s -> !s.isEmpty() && !SqlSplitter.isCommentOnly(s)).toList();
    }

    /** Runs a read query with a row cap (cap + 1 rows at most, to tell a cut); locally under {@code PRAGMA query_only}, so nothing can write. */
    private List<Map<String, Object>> readQuery(String statement, int cap) {
        List<Map<String, Object>> rows = new ArrayList<>();
        readQueryEach(statement, cap, rows::add);
        return rows;
    }

    private void readQueryEach(String statement, int cap, java.util.function.Consumer<Map<String, Object>> each) {
        String first = FIRST_WORD.matcher(stripQuotedAndComments(statement).toUpperCase(Locale.ROOT)).results().findFirst().map(r -> r.group(1)).orElse("");
        String sql = first.equals("EXPLAIN") ? statement : "SELECT * FROM (" + statement + "\n) LIMIT " + (cap + 1);
        boolean local = !db.capabilities().remote();
        if (local) db.query("PRAGMA query_only = 1");
        try {
            stoppable("query", () -> {
                db.queryEach(sql, List.of(), r -> {
                    // the limit is on a wait for a row: an export of many rows may take longer, and the time its rows take to be
                    // written out (a slow reader) is not the query's
                    inSink = true;
                    try {
                        each.accept(r);
                    } finally {
                        lastProgress = System.nanoTime();
                        inSink = false;
                    }
                });
                return null;
            });
        } catch (dev.godwit.engine.db.DatabaseException e) {
            if (e.statement() == null || !e.statement().equals(sql)) throw e;
            // The error names the user's statement, not the row cap the studio wrapped it in.
            throw new dev.godwit.engine.db.DatabaseException(e.getMessage(), e.statementIndex(), statement, e.databaseMessage(), e.outcomeUnknown(), e);
        } finally {
            if (local) db.query("PRAGMA query_only = 0");
        }
    }

    /**
     * The column names of a read query that returned no rows (the port names columns only through rows): the query
     * LEFT JOINed to one row gives one row of NULLs under its names. EXPLAIN cannot be a subquery: none then.
     */
    private List<String> columnsOf(String statement) {
        if (stripQuotedAndComments(statement).strip().toUpperCase(Locale.ROOT).startsWith("EXPLAIN")) return List.of();
        List<Map<String, Object>> one = readQueryRaw("SELECT q.* FROM (SELECT 1) LEFT JOIN (" + statement + "\n) AS q LIMIT 1");
        return one.isEmpty() ? List.of() : new ArrayList<>(one.get(0).keySet());
    }

    private List<Map<String, Object>> readQueryRaw(String sql) {
        boolean local = !db.capabilities().remote();
        if (local) db.query("PRAGMA query_only = 1");
        try {
            return stoppable("query", () -> db.query(sql));
        } finally {
            if (local) db.query("PRAGMA query_only = 0");
        }
    }

    /** {@code PRAGMA name} or {@code PRAGMA name(arg)}: one that asks, not sets (no {@code =}). */
    private static final Pattern READ_PRAGMA = Pattern.compile("(?is)\\s*PRAGMA\\s+([A-Za-z_][A-Za-z0-9_]*)\\s*(?:\\(\\s*(.*?)\\s*\\))?\\s*");

    /**
     * A PRAGMA that only asks ({@code PRAGMA table_info(users)}, {@code PRAGMA foreign_key_list("a b")}) as the query of its
     * table-valued function ({@code SELECT * FROM pragma_table_info('users')}), which runs read-only and returns its rows; any
     * other statement as it is. A pragma without such a function is then "no such table: pragma_…" ({@link #noReadForm}).
     */
    static String readForm(String statement) {
        var m = READ_PRAGMA.matcher(statement);
        if (!m.matches()) return statement;
        String arg = m.group(2);
        if (arg != null && arg.matches("[A-Za-z_][A-Za-z0-9_$]*")) arg = Quoting.literal(arg);
        else if (arg != null && arg.length() >= 2 && arg.startsWith("\"") && arg.endsWith("\"")) {
            arg = Quoting.literal(arg.substring(1, arg.length() - 1).replace("\"\"", "\""));
        }
        return "SELECT * FROM pragma_" + m.group(1) + "(" + (arg == null ? "" : arg) + ")";
    }

    private static boolean noReadForm(dev.godwit.engine.db.DatabaseException e) {
        return String.valueOf(e.databaseMessage()).contains("no such table: pragma_");
    }

    synchronized ObjectNode console(String sql) {
        List<String> stmts = statements(sql == null ? "" : sql);
        if (stmts.isEmpty()) throw StudioException.bad("no SQL statement to run");
        refuseOutsideTransactionOnly(stmts);
        ObjectNode out = JSON.createObjectNode();
        String form = stmts.size() == 1 ? readForm(stmts.get(0)) : null;
        if (form != null && !form.equals(stmts.get(0)) && readOnly(form)) {
            try {
                return rows(out, form);
            } catch (dev.godwit.engine.db.DatabaseException e) {
                if (!noReadForm(e)) throw e;
                if (!consoleWritable()) {
                    throw new StudioException(403, "this PRAGMA has no read-only form (no table-valued function pragma_…), so the read-only console"
                            + " cannot run it; start the studio with -Ddb.studio.write to run it");
                }
            }
        }
        boolean allRead = stmts.stream().allMatch(StudioData::readOnly);
        if (stmts.size() == 1 && allRead) return rows(out, stmts.get(0));
        if (!consoleWritable()) {
            throw new StudioException(403, stmts.size() > 1 && allRead ? "run one query at a time"
                    : "the console is read-only (SELECT, WITH, VALUES, EXPLAIN); start the studio with -Ddb.studio.write to change data or schema");
        }
        List<String> given = stmts;
        stmts = withoutOwnTransaction(stmts);
        List<TableDef> before = schema(true).tables();
        List<Long> countsBefore = rowCounts(before);
        long changesBefore = totalChanges();
        // One statement with RETURNING runs on its own (one statement is one transaction) so its rows can be shown.
        boolean returning = stmts.size() == 1 && RETURNING_WORD.matcher(stripQuotedAndComments(stmts.get(0))).find();
        List<String> run = stmts;
        List<Map<String, Object>> returned = returning ? stoppable("statement", () -> db.query(run.get(0))) : null;
        if (!returning) stoppable(run.size() == 1 ? "statement" : "statements", () -> { db.runAtomically(run, false); return null; });
        long changesAfter = totalChanges();
        List<TableDef> after = schema(true).tables();
        List<Long> countsAfter = rowCounts(after);
        out.put("kind", "changes");
        ArrayNode ran = out.putArray("sql");
        stmts.forEach(ran::add);
        if (changesBefore >= 0) out.put("rowsChanged", changesAfter - changesBefore);
        ArrayNode changed = out.putArray("tables");
        Map<String, Long> b = new LinkedHashMap<>();
        for (int k = 0; k < before.size(); k++) b.put(before.get(k).name(), countsBefore.get(k));
        Map<String, Long> a = new LinkedHashMap<>();
        for (int k = 0; k < after.size(); k++) a.put(after.get(k).name(), countsAfter.get(k));
        for (var e : a.entrySet()) {
            Long was = b.get(e.getKey());
            if (was == null) changed.addObject().put("table", e.getKey()).put("change", "created").put("rows", e.getValue());
            else if (!was.equals(e.getValue())) changed.addObject().put("table", e.getKey()).put("change", "rows").put("before", was).put("rows", e.getValue());
        }
        for (var e : b.entrySet()) {
            if (!a.containsKey(e.getKey())) changed.addObject().put("table", e.getKey()).put("change", "dropped").put("before", e.getValue());
        }
        out.put("ok", "ran " + stmts.size() + " statement(s) in one transaction"
                + (given.size() != stmts.size() ? " (the studio's own: your BEGIN and COMMIT were left out)" : ""));
        if (returned != null) resultRows(out, returned, List::of);
        return out;
    }

    /** Interrupts a console query that runs too long (one thread for all studios: it only ever calls sqlite3_interrupt). */
    private static final java.util.concurrent.ScheduledExecutorService WATCH = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "godwit-studio-query-watch");
        t.setDaemon(true);
        return t;
    });
    /** When the running console query last gave a row (or started): see {@link #stoppable}. */
    private volatile long lastProgress;
    /** Set while a row of the running console query is being handed on (written to an export): that time is not the query's. */
    private volatile boolean inSink;

    /**
     * Runs the console's SQL (a query, a query export, a script of writes) on a local file under {@link StudioOptions#queryTimeout}:
     * once it has gone that long without a row, SQLite is interrupted, the statement fails and what it changed is rolled back.
     * Without this a runaway query (a recursive CTE without an end) held the studio's one connection, and every page with it,
     * until the studio was stopped. D1 stops its own queries after 30 s.
     */
    private <T> T stoppable(String what, java.util.function.Supplier<T> work) {
        if (db.capabilities().remote()) return work.get();
        java.time.Duration limit = options.queryTimeout();
        long tick = Math.max(10, Math.min(1000, limit.toMillis() / 10));
        Object gate = new Object();
        boolean[] state = new boolean[2];   // [0] stopped, [1] done: no interrupt once the work is over (it would hit the next statement)
        lastProgress = System.nanoTime();
        inSink = false;
        var watch = WATCH.scheduleWithFixedDelay(() -> {
            synchronized (gate) {
                if (state[0] || state[1] || inSink || System.nanoTime() - lastProgress < limit.toNanos()) return;
                state[0] = true;
                db.interrupt();
            }
        }, tick, tick, java.util.concurrent.TimeUnit.MILLISECONDS);
        try {
            return work.get();
        } catch (dev.godwit.engine.db.DatabaseException e) {
            synchronized (gate) {
                if (!state[0]) throw e;
            }
            String took = limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
            throw StudioException.bad("the " + what + " ran " + took + (what.equals("query") ? " without giving a row" : "")
                    + ", so the studio stopped " + (what.equals("statements") ? "them" : "it") + " (SQLite interrupted "
                    + (what.equals("statements") ? "them" : "it") + "); nothing was changed. Narrow it (a WHERE, a LIMIT, an index),"
                    + " or run it with the sqlite3 shell on the file");
        } finally {
            synchronized (gate) {
                state[1] = true;
            }
            watch.cancel(false);
        }
    }

    /** Statements SQLite runs only outside a transaction (and D1 not at all), where the console runs every script. */
    private static final Set<String> OUTSIDE_TRANSACTION_ONLY = Set.of("ATTACH", "DETACH", "VACUUM");

    /**
     * Refuses ATTACH, DETACH and VACUUM before anything runs, read-only or not: SQLite would only say "cannot VACUUM from within a
     * transaction", and the read-only console's "start with -Ddb.studio.write" would not help.
     */
    private void refuseOutsideTransactionOnly(List<String> stmts) {
        for (String st : stmts) {
            var m = FIRST_WORD.matcher(stripQuotedAndComments(st).toUpperCase(Locale.ROOT));
            if (!m.find() || !OUTSIDE_TRANSACTION_ONLY.contains(m.group(1))) continue;
            throw StudioException.bad(m.group(1) + " is not offered in the console: " + (db.capabilities().remote()
                    ? "D1 refuses ATTACH, DETACH and VACUUM (every request is a transaction, and ATTACH is not authorized there); nothing was run"
                    : "it runs every script in one transaction of its own, and SQLite cannot ATTACH, DETACH or VACUUM inside a transaction;"
                            + " nothing was run. Run it with the sqlite3 shell on the file, with the studio stopped"));
        }
    }

    private static final Pattern RETURNING_WORD = Pattern.compile("(?i)\\bRETURNING\\b");

    /** A read query's first rows into the console's answer. */
    private ObjectNode rows(ObjectNode out, String statement) {
        out.put("kind", "rows");
        return resultRows(out, readQuery(statement, MAX_CONSOLE_ROWS), () -> columnsOf(statement));
    }

    /** Rows into the console's answer, the first {@link #MAX_CONSOLE_ROWS}: their columns (when there are none, {@code noRows}'s). */
    private static ObjectNode resultRows(ObjectNode out, List<Map<String, Object>> rows, java.util.function.Supplier<List<String>> noRows) {
        boolean truncated = rows.size() > MAX_CONSOLE_ROWS;
        if (truncated) rows = rows.subList(0, MAX_CONSOLE_ROWS);
        ArrayNode cols = out.putArray("columns");
        (rows.isEmpty() ? noRows.get() : new ArrayList<>(rows.get(0).keySet())).forEach(cols::add);
        ArrayNode data = out.putArray("rows");
        for (Map<String, Object> r : rows) {
            ArrayNode a = data.addArray();
            r.values().forEach(v -> a.add(Values.toJson(v)));
        }
        out.put("truncated", truncated);
        return out;
    }

    private static final Pattern BEGIN = Pattern.compile("(?i)BEGIN(\\s+(DEFERRED|IMMEDIATE|EXCLUSIVE))?(\\s+TRANSACTION)?");
    private static final Pattern COMMIT = Pattern.compile("(?i)(COMMIT|END)(\\s+TRANSACTION)?");
    private static final Pattern ENDS_TRANSACTION = Pattern.compile("(?i)(BEGIN|COMMIT|END|ROLLBACK(?!\\s+(TRANSACTION\\s+)?TO\\b))\\b.*", Pattern.DOTALL);

    /**
     * The console runs a script in one transaction of its own: a script wrapped in its own BEGIN … COMMIT (as scripts often are)
     * runs without them, and one that begins, commits or rolls back elsewhere is refused, since that would end the studio's
     * transaction midway ("cannot start a transaction within a transaction"). SAVEPOINT, RELEASE and ROLLBACK TO nest and stay.
     */
    static List<String> withoutOwnTransaction(List<String> stmts) {
        List<String> out = new ArrayList<>(stmts);
        if (out.size() >= 2 && BEGIN.matcher(out.get(0).strip()).matches() && COMMIT.matcher(out.get(out.size() - 1).strip()).matches()) {
            out = new ArrayList<>(out.subList(1, out.size() - 1));
        }
        for (String st : out) {
            if (ENDS_TRANSACTION.matcher(stripQuotedAndComments(st).strip()).matches()) {
                throw StudioException.bad("the console runs all statements in one transaction of its own, so \"" + st.strip() + "\" cannot run"
                        + " inside it: leave out BEGIN, COMMIT and ROLLBACK (a script wrapped in BEGIN … COMMIT runs as it is; SAVEPOINT works)");
            }
        }
        if (out.isEmpty()) throw StudioException.bad("no SQL statement to run between BEGIN and COMMIT");
        return out;
    }

    /** Rows changed on this connection so far (local only; each D1 request is its own connection): -1 when not known. */
    private long totalChanges() {
        if (db.capabilities().remote()) return -1;
        return ((Number) db.query("SELECT total_changes() AS n").get(0).get("n")).longValue();
    }

    // ---- export ----

    /** Where an export's rows go, as they are read: the column names first, then each row's values in that order. */
    interface RowSink {
        void columns(List<String> names);

        void row(List<Object> values);
    }

    /** How many rows an export wrote, and whether the cap ({@link #MAX_EXPORT_ROWS}) left some out. */
    record Exported(long rows, boolean truncated) {
    }

    /**
     * A table view's rows, all pages, to {@code sink}: read in keyset pages of {@link #EXPORT_CHUNK}, each a query of its own
     * under this class's lock and handed on outside it, so memory holds one page and a slow download does not hold up the
     * studio. Like paging, rows changed while the export runs may or may not be in it; none appears twice.
     */
    Exported exportView(View v, RowSink sink) {
        TableDef t = v.table();
        sink.columns(t.columnNames());
        if (v.key() == null) return exportInOneQuery(v, sink);
        Cursor cur = null;
        long n = 0;
        while (true) {
            int want = (int) Math.min(EXPORT_CHUNK, MAX_EXPORT_ROWS - n);
            List<Map<String, Object>> chunk;
            try {
                chunk = exportPage(v, cur, want);
            } catch (dev.godwit.engine.db.DatabaseException e) {
                throw explained(t, e);
            }
            int k = Math.min(chunk.size(), want);
            for (int i = 0; i < k; i++) sink.row(valuesOf(t, chunk.get(i)));
            n += k;
            if (chunk.size() <= want) return new Exported(n, false);
            if (n >= MAX_EXPORT_ROWS) return new Exported(n, true);
            cur = cursorOf(v, chunk.get(k - 1));
        }
    }

    private synchronized List<Map<String, Object>> exportPage(View v, Cursor cur, int want) {
        PageQuery q = pageQuery(v, cur, true, want, db.capabilities().remote());
        return db.query(q.sql(), q.params().toArray()).stream().map(r -> unpacked(v.table(), v.key(), r)).toList();
    }

    private static List<Object> valuesOf(TableDef t, Map<String, Object> r) {
        List<Object> vals = new ArrayList<>(t.columnNames().size());
        for (String c : t.columnNames()) vals.add(r.get(c));
        return vals;
    }

    /**
     * Rows without a key to page by (a view): from one query's cursor, in the view's order then the primary key's or every
     * column's (held under the lock while it streams; a client that stops reading is cut by the server's write deadline).
     */
    private synchronized Exported exportInOneQuery(View v, RowSink sink) {
        TableDef t = v.table();
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        filterSql(v, where, params);
        String sql = "SELECT " + selectRowless(t) + " FROM " + Quoting.doubleQuoted(t.name()) + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY " + String.join(", ", rowlessOrder(v)) + " LIMIT " + (MAX_EXPORT_ROWS + 1);
        long[] n = {0};
        db.queryEach(sql, params, r -> {
            if (n[0]++ < MAX_EXPORT_ROWS) sink.row(valuesOf(t, exactRowless(t, r)));
        });
        return new Exported(Math.min(n[0], MAX_EXPORT_ROWS), n[0] > MAX_EXPORT_ROWS);
    }

    /** Refuses what cannot be exported as a query before an answer starts: one read statement, no more. */
    static String exportableQuery(String sql) {
        List<String> stmts = statements(sql == null ? "" : sql);
        String q = stmts.size() == 1 ? readForm(stmts.get(0)) : "";
        if (!readOnly(q)) throw StudioException.bad("only one read query (SELECT, WITH, VALUES, or a PRAGMA that asks) can be exported");
        return q;
    }

    /** A read query's rows to {@code sink} from one cursor (a local file streams it; D1 answers whole), capped. */
    synchronized Exported exportQuery(String statement, RowSink sink) {
        long[] n = {0};
        readQueryEach(statement, MAX_EXPORT_ROWS, r -> {
            if (n[0] == 0) sink.columns(new ArrayList<>(r.keySet()));
            if (n[0]++ < MAX_EXPORT_ROWS) sink.row(new ArrayList<>(r.values()));
        });
        if (n[0] == 0) sink.columns(columnsOf(statement));
        return new Exported(Math.min(n[0], MAX_EXPORT_ROWS), n[0] > MAX_EXPORT_ROWS);
    }
}
