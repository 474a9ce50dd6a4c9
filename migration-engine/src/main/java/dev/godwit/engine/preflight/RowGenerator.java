package dev.godwit.engine.preflight;

import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.schema.model.Affinity;
import dev.godwit.schema.model.CheckDef;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SqliteNames;
import dev.godwit.schema.model.TableDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the tables of a schema with a few rows the database accepts: values for every NOT NULL
 * column, CHECKs satisfied by trying candidate values (the literals the CHECK itself names among
 * them, then other shapes of value: a fraction, a UUID) and keeping what SQLite accepts, UNIQUE keys kept apart, foreign keys pointing at rows of
 * the parent, which is filled first. A cycle is broken by a nullable foreign key, or where every key of it is required, by
 * rows inserted with foreign keys off that are pointed at their parent's rows once those are there; a table that
 * cannot be filled (a required reference into an empty table) is left as it is and named in the
 * result. Rows after the first spread over the values a column allows where it allows only a few ({@link #spread}: a CHECK's
 * {@code IN} list, a boolean's 0 and 1). Deterministic: the same schema and seed give the same rows.
 */
public final class RowGenerator {

    /** What was inserted, and the tables that stayed empty, each with the database's reason. */
    public record Result(int rowsInserted, Map<String, String> notFilled) {
    }

    private static final Pattern STRING_LITERAL = Pattern.compile("'((?:[^']|'')*)'");
    private static final Pattern NUMBER_LITERAL = Pattern.compile("(?<![\\w.])-?\\d+(\\.\\d+)?(?![\\w.])");
    private static final int ATTEMPTS = 24;
    /**
     * Attempts after those, where a CHECK or trigger refused every candidate: the columns it reads take other shapes of value
     * together ({@link #shapes}), the first of each, then the second of each, and so on.
     */
    private static final int SHAPE_ATTEMPTS = 8;
    /**
     * Attempts after those, where they failed too: the refused columns' shapes, the first ones and more ({@link #moreShapes}: a
     * value within the bounds a CHECK names, a REAL in an INTEGER column, hex of a named length, a text in a BLOB column), in every
     * combination (an odometer, not in step: a fraction beside an integer), a key held moving the row's number on by one (and,
     * held three times over, the shapes on).
     */
    private static final int MIXED_ATTEMPTS = 24;

    private final Database db;
    private final long seed;
    private final KeyRanges keyRanges;
    /** Rows inserted with a nullable reference left NULL because its parent table was still empty (a cycle broken there). */
    private final List<Unlinked> unlinked = new ArrayList<>();
    /**
     * The parent rows each reference query found, while one table is filled: its rows write nothing into other tables (no trigger
     * on it) and none points into itself, so every row of it would find the same. Null where that does not hold.
     */
    private Map<String, List<Map<String, Object>>> parentRows;
    /** Whether the first row of each fill of a table without an INTEGER PRIMARY KEY leaves a rowid free before it ({@link #withRowidGaps}). */
    private boolean rowidGaps;
    /**
     * The members of the text enums the schema code declares, by table and column key ({@link #enumKey}): drizzle's {@code text({enum})}
     * writes no CHECK, so a schema read from a database (the replay's) does not know them ({@link #withDeclaredEnums}).
     */
    private Map<String, List<String>> declaredEnums = Map.of();

    private record Unlinked(TableDef table, ForeignKeyDef fk, Map<String, Object> row, int pick, boolean required) {
        Unlinked(TableDef table, ForeignKeyDef fk, Map<String, Object> row, int pick) {
            this(table, fk, row, pick, false);
        }
    }

    public RowGenerator(Database db, long seed) {
        this(db, seed, new KeyRanges());
    }

    /** With the key ranges of earlier fills of the same database (a replay fills before each migration). */
    RowGenerator(Database db, long seed, KeyRanges keyRanges) {
        this.db = db;
        this.seed = seed;
        this.keyRanges = keyRanges;
    }

    /**
     * For db:verify's replay, whose rows are all generated: the first row a fill gives a table without an INTEGER PRIMARY KEY takes
     * the rowid after the next free one, leaving a gap as a deleted row does in a real table. A copy that numbers the rowids afresh
     * (a rebuild of a table keyed by a text id without {@code rowid} in its INSERT ... SELECT) closes it, so the rows move to other
     * rowids there as they do on a real database, and an FTS index with external content over the table no longer matches it.
     * Not for the pre-flight's rows in tables empty for real: a real table without rows renumbers nothing.
     */
    RowGenerator withRowidGaps() {
        rowidGaps = true;
        return this;
    }

    /**
     * For a schema read from a database: rows 2 and 3 of a text column {@code declared} (the schema code's model) gives enum members
     * take those members ({@link #spread}), as they would had the schema filled held them. Only rows 2 on: the first keeps what it had.
     */
    public RowGenerator withDeclaredEnums(SchemaDef declared) {
        Map<String, List<String>> out = new HashMap<>();
        if (declared != null) {
            for (TableDef t : declared.tables()) {
                for (ColumnDef c : t.columns()) if (!c.enumValues().isEmpty()) out.put(enumKey(t.name(), c.name()), c.enumValues());
            }
        }
        declaredEnums = out;
        return this;
    }

    private static String enumKey(String table, String column) {
        return SqliteNames.key(table) + "\u0000" + SqliteNames.key(column);
    }

    /**
     * As {@link #fill(SchemaDef, int, Set)} ({@code only} null: every table), then once more for the tables a trigger emptied
     * meanwhile: filling a table fires its INSERT triggers, which may delete the rows generated before for another (a ban ending
     * the sessions whose generated address it shares). The tables still without a row after that, by name.
     */
    public java.util.SortedSet<String> fillAgainWhereEmptied(SchemaDef schema, int rowsPerTable, Set<String> only, Map<String, String> notFilled) {
        Result first = fill(schema, rowsPerTable, only);
        notFilled.putAll(first.notFilled());
        java.util.SortedSet<String> emptied = emptied(schema, only, notFilled);
        if (emptied.isEmpty()) return emptied;
        fill(schema, rowsPerTable, emptied);
        return emptied(schema, only, notFilled);   // all of them: filling those again may have emptied another (triggers both ways)
    }

    /** Of the tables filled ({@code only}, or all of the schema), those that hold no row now. */
    private java.util.SortedSet<String> emptied(SchemaDef schema, Set<String> only, Map<String, String> notFilled) {
        Set<String> withRows = Preflight.tablesWithRows(db, schema);
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        for (TableDef t : schema.tables()) {
            if (only != null && !only.contains(t.name()) || notFilled.containsKey(t.name())) continue;
            if (!withRows.contains(t.name())) out.add(t.name());
        }
        return out;
    }

    /** Tops every table of {@code schema} up to {@code rowsPerTable} rows (tables with more are left alone). */
    public Result fill(SchemaDef schema, int rowsPerTable) {
        return fill(schema, rowsPerTable, null);
    }

    /** As {@link #fill(SchemaDef, int)}, for the tables in {@code only} (any case) and nothing else; null means all. */
    public Result fill(SchemaDef schema, int rowsPerTable, Set<String> only) {
        int inserted = 0;
        Map<String, String> notFilled = new LinkedHashMap<>();
        List<TableDef> ordered = parentsFirst(schema.tables());
        for (TableDef t : ordered) {
            // parents of one column under two foreign keys share their keys, so that a row can point at both
            for (ForeignKeyDef f : t.foreignKeys()) {
                for (ForeignKeyDef g : t.foreignKeys()) {
                    if (f != g && !SqliteNames.key(f.refTable()).equals(SqliteNames.key(g.refTable())) && sharedColumn(f, g)) {
                        keyRanges.share(g.refTable(), f.refTable());
                        keyRanges.share(f.refTable(), g.refTable());
                    }
                }
            }
        }
        for (TableDef t : ordered) keyRanges.of(t.name());   // in this order, for the tables seen first now
        Map<String, List<String>> triggers = triggersByTable();
        Map<String, List<String>> parentsOf = new HashMap<>();   // table key -> the keys of the tables it references
        for (TableDef x : schema.tables()) {
            for (ForeignKeyDef f : x.foreignKeys()) parentsOf.computeIfAbsent(SqliteNames.key(x.name()), k -> new ArrayList<>()).add(SqliteNames.key(f.refTable()));
        }
        Set<String> cyclic = inCycles(parentsOf);   // once per fill: walking each table's ancestors was a walk of the whole chain per table
        Set<String> onlyKeys = null;
        if (only != null) {
            onlyKeys = new HashSet<>();
            for (String o : only) onlyKeys.add(SqliteNames.key(o));
        }
        for (TableDef t : ordered) {
            if (onlyKeys != null && !onlyKeys.contains(SqliteNames.key(t.name()))) continue;
            long have = count(t.name());
            Random random = new Random(seed ^ t.name().hashCode());
            int offset = (int) have + 1;
            long keyBase = keyRanges.of(t.name());
            List<String> itsTriggers = triggers.getOrDefault(SqliteNames.key(t.name()), List.of());
            parentRows = itsTriggers.isEmpty() && !cyclic.contains(SqliteNames.key(t.name())) ? new HashMap<>() : null;
            String rowid = rowidGaps && have < rowsPerTable && !t.hasRowidAlias() ? SqliteNames.rowidAlias(t.columnNames()) : null;
            for (long r = have; r < rowsPerTable; r++) {
                String failure = insertOne(t, schema, offset, keyBase, random, itsTriggers, r == have ? gapBefore(t.name(), rowid) : null);
                if (failure != null) {
                    // a table holding a row is tried (a UNIQUE column limited to two literals takes two): only an empty one is named
                    if (r == 0) notFilled.put(t.name(), failure);
                    break;
                }
                inserted++;
                offset++;
            }
        }
        parentRows = null;
        linkUnlinked();
        return new Result(inserted, notFilled);
    }

    /**
     * For db:verify's replay, whose rows are all generated: the rows of other tables whose nullable single-column reference into
     * one of {@code filledNow} (empty before this fill) is NULL (an earlier migration set it so, deleting that table's rows) are
     * pointed at its new rows, so a rebuild of it shows what it does to them again. A row the database refuses so keeps its NULL.
     */
    void relinkInto(SchemaDef schema, Set<String> filledNow) {
        Set<String> filledKeys = new java.util.HashSet<>();
        for (String f : filledNow) filledKeys.add(SqliteNames.key(f));
        for (TableDef t : schema.tables()) {
            for (ForeignKeyDef fk : t.foreignKeys()) {
                if (fk.columns().size() != 1 || !filledKeys.contains(SqliteNames.key(fk.refTable()))) continue;
                if (filledKeys.contains(SqliteNames.key(t.name()))) continue;   // linked as it was filled
                if (SqliteNames.same(t.name(), fk.refTable()) || t.column(fk.columns().get(0)).map(c -> c.notNull() || c.primaryKey()).orElse(true)) continue;
                String c = Quoting.doubleQuoted(fk.columns().get(0));
                String r = Quoting.doubleQuoted(fk.refColumns().get(0));
                String p = Quoting.doubleQuoted(fk.refTable());
                String tt = Quoting.doubleQuoted(t.name());
                String rowid = SqliteNames.rowidAlias(t.columnNames());   // a column named rowid hides SQLite's own
                if (rowid == null) continue;
                try {
                    for (Map<String, Object> row : db.query("SELECT " + rowid + " AS k FROM " + tt + " WHERE " + c + " IS NULL")) {
                        db.runAtomically(List.of("UPDATE " + tt + " SET " + c + " = (SELECT " + r + " FROM " + p + " WHERE " + r + " IS NOT NULL ORDER BY " + r
                                + " LIMIT 1 OFFSET " + Math.floorMod(((Number) row.get("k")).longValue(), 3) + " % (SELECT count(*) FROM " + p + " WHERE " + r
                                + " IS NOT NULL)) WHERE " + rowid + " = " + row.get("k")), false);
                    }
                } catch (DatabaseException | ClassCastException | NullPointerException refused) {
                    // left NULL (a WITHOUT ROWID table, a CHECK or trigger that refuses it)
                }
            }
        }
    }

    /**
     * Points the references a cycle left NULL at rows of their parent, filled since: in teams.lead_id -> people, people.team_id
     * -> teams, people were filled first with no team, so a rebuild of teams (whose DROP TABLE cascades into people) showed
     * nothing on them. A row the database refuses so (a CHECK, a trigger) keeps its NULL.
     */
    private void linkUnlinked() {
        List<Unlinked> todo = new ArrayList<>(unlinked);
        unlinked.clear();
        for (Unlinked u : todo) {
            String cols = String.join(", ", u.fk().refColumns().stream().map(Quoting::doubleQuoted).toList());
            String notNull = String.join(" AND ", u.fk().refColumns().stream().map(c -> Quoting.doubleQuoted(c) + " IS NOT NULL").toList());
            try {
                List<Map<String, Object>> parents = db.query("SELECT " + cols + " FROM " + Quoting.doubleQuoted(u.fk().refTable()) + " WHERE " + notNull + " LIMIT 50");
                if (parents.isEmpty()) continue;
                StringBuilder where = new StringBuilder();
                for (Map.Entry<String, Object> e : u.row().entrySet()) {
                    if (where.length() > 0) where.append(" AND ");
                    where.append(Quoting.doubleQuoted(e.getKey())).append(" IS ").append(literal(e.getValue()));
                }
                // a required one tries every parent row in turn (a UNIQUE reference takes each once), an optional one the row picked
                int tries = u.required() ? parents.size() : 1;
                for (int k = 0; k < tries; k++) {
                    List<Object> values = new ArrayList<>(parents.get(Math.floorMod(u.pick() + k, parents.size())).values());
                    StringBuilder set = new StringBuilder();
                    for (int i = 0; i < u.fk().columns().size(); i++) {
                        if (i > 0) set.append(", ");
                        set.append(Quoting.doubleQuoted(u.fk().columns().get(i))).append(" = ").append(literal(values.get(i)));
                    }
                    try {
                        db.runAtomically(List.of("UPDATE " + Quoting.doubleQuoted(u.table().name()) + " SET " + set + " WHERE " + where), false);
                        break;
                    } catch (DatabaseException refused) {
                        if (k == tries - 1) throw refused;
                    }
                }
            } catch (DatabaseException refused) {
                // left NULL, as before; a required one pointing at no row goes, with foreign keys off as it came
                if (u.required()) dropDangling(u);
            }
        }
        // a required reference whose parent stayed empty (a CHECK refused every row there) points at no row: that row goes
        for (Unlinked u : todo) {
            if (!u.required()) continue;
            String cols = String.join(", ", u.fk().refColumns().stream().map(Quoting::doubleQuoted).toList());
            try {
                if (db.query("SELECT " + cols + " FROM " + Quoting.doubleQuoted(u.fk().refTable()) + " LIMIT 1").isEmpty()) dropDangling(u);
            } catch (DatabaseException unreadable) {
                dropDangling(u);
            }
        }
    }

    /** Whether rows can be written here with foreign keys off and unchecked (a local copy, never a live database). */
    private boolean canRunUnchecked() {
        return db instanceof Replica || db instanceof dev.godwit.engine.db.SqliteDatabase;
    }

    private void runUnchecked(List<String> statements) {
        if (db instanceof Replica r) r.runWithForeignKeysUnchecked(statements);
        else ((dev.godwit.engine.db.SqliteDatabase) db).runWithForeignKeysUnchecked(statements);
    }

    /** Deletes a generated row that still points at no row through a required reference. */
    private void dropDangling(Unlinked u) {
        StringBuilder where = new StringBuilder();
        for (Map.Entry<String, Object> e : u.row().entrySet()) {
            if (where.length() > 0) where.append(" AND ");
            where.append(Quoting.doubleQuoted(e.getKey())).append(" IS ").append(literal(e.getValue()));
        }
        String delete = "DELETE FROM " + Quoting.doubleQuoted(u.table().name()) + " WHERE " + where;
        try {
            db.runAtomically(List.of(delete), false);   // its children's ON DELETE actions run as on any delete
        } catch (DatabaseException refused) {
            // rows of the cycle point at it (a required reference, NO ACTION): deleted with foreign keys off, it would leave them
            // pointing at no row, and the replay would start from rows PRAGMA foreign_key_check refuses (a later check then blames
            // the migration). Each is pointed at another row of its parent, or goes too, as far as the references reach; a
            // violation there before (a real row's, a row still to be linked) is left as it was
            Set<String> before = new HashSet<>();
            for (Map<String, Object> v : db.query("PRAGMA foreign_key_check")) before.add(v.get("table") + "\u0000" + v.get("rowid"));
            try {
                runUnchecked(List.of(delete));
            } catch (DatabaseException left) {
                return;   // nothing more to try
            }
            for (int round = 0; round < 100; round++) {
                Set<String> deletes = new LinkedHashSet<>();
                for (Map<String, Object> v : db.query("PRAGMA foreign_key_check")) {
                    String table = String.valueOf(v.get("table"));
                    Object rowid = v.get("rowid");
                    if (rowid == null || before.contains(table + "\u0000" + rowid)) continue;   // WITHOUT ROWID: not told apart here
                    List<String> columns = db.query("SELECT name FROM pragma_table_xinfo(" + literal(table) + ")").stream()
                            .map(c -> String.valueOf(c.get("name"))).toList();
                    String alias = SqliteNames.rowidAlias(columns);
                    if (alias == null) continue;
                    String byRowid = " WHERE " + alias + " = " + rowid;
                    if (!repoint(table, byRowid, rowid, String.valueOf(v.get("parent")), ((Number) v.get("fkid")).intValue())) {
                        deletes.add("DELETE FROM " + Quoting.doubleQuoted(table) + byRowid);
                    }
                }
                if (deletes.isEmpty()) return;
                try {
                    runUnchecked(new ArrayList<>(deletes));
                } catch (DatabaseException left) {
                    return;
                }
            }
        }
    }

    /** Points the row ({@code where}: its rowid) of foreign key {@code fkid} at a row its parent has, if one takes it (UNIQUE). */
    private boolean repoint(String table, String where, Object rowid, String parent, int fkid) {
        List<String> from = new ArrayList<>();
        List<String> to = new ArrayList<>();
        for (Map<String, Object> k : db.query("SELECT \"from\", \"to\" FROM pragma_foreign_key_list(" + literal(table) + ") WHERE id = " + fkid
                + " ORDER BY seq")) {
            from.add(String.valueOf(k.get("from")));
            to.add(String.valueOf(k.get("to")));
        }
        if (from.isEmpty() || to.contains("null")) return false;   // a key to the parent's primary key unnamed: not chased here
        List<Map<String, Object>> parents = db.query("SELECT " + String.join(", ", to.stream().map(Quoting::doubleQuoted).toList()) + " FROM "
                + Quoting.doubleQuoted(parent) + " LIMIT 50");
        for (Map<String, Object> p : parents) {
            List<Object> values = new ArrayList<>(p.values());
            StringBuilder set = new StringBuilder();
            for (int i = 0; i < from.size(); i++) {
                if (i > 0) set.append(", ");
                set.append(Quoting.doubleQuoted(from.get(i))).append(" = ").append(literal(values.get(i)));
            }
            try {
                db.runAtomically(List.of("UPDATE " + Quoting.doubleQuoted(table) + " SET " + set + where), false);
                boolean points = true;
                for (Map<String, Object> v : db.query("PRAGMA foreign_key_check(" + Quoting.doubleQuoted(table) + ")")) {
                    if (String.valueOf(rowid).equals(String.valueOf(v.get("rowid"))) && v.get("fkid") instanceof Number n && n.intValue() == fkid) points = false;
                }
                if (points) return true;
            } catch (DatabaseException refused) {
                // another parent row
            }
        }
        return false;
    }

    private long count(String table) {
        Object n = db.query("SELECT count(*) AS n FROM " + Quoting.doubleQuoted(table)).get(0).get("n");
        return n instanceof Number x ? x.longValue() : 0;
    }

    /**
     * The rowid {@link #withRowidGaps} gives the first row of a fill, one past the next free one, as {@code rowid} (the name that
     * reads it there, null for none) and its value; null for a table without one (WITHOUT ROWID) or where none is asked.
     */
    private Map.Entry<String, Long> gapBefore(String table, String rowid) {
        if (rowid == null) return null;
        try {
            Object max = db.query("SELECT max(" + rowid + ") AS m FROM " + Quoting.doubleQuoted(table)).get(0).get("m");
            long next = max instanceof Number x ? x.longValue() + 2 : 2;
            return next > 1 && next < Long.MAX_VALUE - 1_000 ? Map.entry(rowid, next) : null;
        } catch (DatabaseException withoutRowid) {
            return null;
        }
    }

    /**
     * Inserts one row; returns null, or why no row could be made. {@code triggers}: the SQL of the table's triggers; {@code rowid}:
     * the rowid to give it ({@link #gapBefore}), or null.
     */
    private String insertOne(TableDef t, SchemaDef schema, int n, long keyBase, Random random, List<String> triggers, Map.Entry<String, Long> rowid) {
        List<ColumnDef> columns = t.columns().stream().filter(c -> c.generated() == null).toList();
        Map<String, List<Object>> candidates = new HashMap<>();
        Map<String, ColumnRules> rulesOf = new HashMap<>();   // what the rules reading each column name: numbers, patterns
        for (ColumnDef c : columns) candidates.put(c.name(), candidates(c, t, triggers, rulesOf));
        Map<String, List<Object>> mixedShapes = new HashMap<>();
        Map<String, Integer> mixedChoice = new HashMap<>();
        int heldInARow = 0;
        // each text column's place among the table's text columns: the first's generated texts read gen-1, gen-2, the next ones' gen-1-1,
        // gen-2-1, ..., so that a copy moving one column's values into another (a SELECT * into columns in another order) shows
        Map<String, Integer> textPlace = new HashMap<>();
        for (ColumnDef c : columns) if (Affinity.of(c.type()) == Affinity.TEXT) textPlace.put(c.name(), textPlace.size());
        // and each number column's among the number columns: 10,000 apart (a table's key range is 100,000), so that a copy
        // moving one number column's values into another (qty into price) shows too
        Map<String, Integer> numberPlace = new HashMap<>();
        for (ColumnDef c : columns) if (Affinity.of(c.type()) != Affinity.TEXT && Affinity.of(c.type()) != Affinity.BLOB) numberPlace.put(c.name(), numberPlace.size());
        Map<String, Integer> choice = new HashMap<>();
        int uniqueBump = 0;
        int parentPick = random.nextInt(1000);
        Map<String, Object> spread = n >= 2 ? spread(t, columns, n) : new HashMap<>();
        List<ForeignKeyDef> arc = List.of();   // nullable references a CHECK refused all set: all but one left NULL ({@link #references})
        int arcTry = 0;
        String lastError = "no attempt";
        Set<String> refused = new LinkedHashSet<>();   // the columns the CHECKs and triggers that refused a row read, or a key held
        boolean shapesTried = false;
        for (int attempt = 0; attempt < ATTEMPTS + SHAPE_ATTEMPTS + MIXED_ATTEMPTS; attempt++) {
            if (attempt == ATTEMPTS) {
                if (refused.isEmpty()) break;   // nothing a value's shape would change (a UNIQUE column limited to literals)
                uniqueBump = 0;
            }
            boolean mixed = attempt >= ATTEMPTS + SHAPE_ATTEMPTS;
            if (attempt == ATTEMPTS + SHAPE_ATTEMPTS) uniqueBump = 0;
            Map<String, Object> row = new LinkedHashMap<>();
            for (ColumnDef c : columns) {
                List<Object> list = candidates.get(c.name());
                Object v = list.get(choice.getOrDefault(c.name(), 0) % list.size());
                if (mixed && refused.contains(c.name())) {
                    List<Object> shapes = mixedShapes.computeIfAbsent(c.name(), k -> moreShapes(c, rulesOf.getOrDefault(k, ColumnRules.NONE)));
                    if (!shapes.isEmpty()) v = shapes.get(mixedChoice.getOrDefault(c.name(), 0) % shapes.size());
                } else if (attempt >= ATTEMPTS && refused.contains(c.name())) {
                    List<Object> shapes = shapes(c);
                    if (!shapes.isEmpty()) v = shapes.get((attempt - ATTEMPTS) % shapes.size());
                }
                row.put(c.name(), distinct(v, n + uniqueBump, keyBase, c, textPlace.getOrDefault(c.name(), 0), numberPlace.getOrDefault(c.name(), 0)));
            }
            List<ForeignKeyDef> nulled = new ArrayList<>();
            List<ForeignKeyDef> dangling = new ArrayList<>();
            String missingParent = references(t, schema, row, parentPick + attempt, nulled, dangling, arc, n + arcTry);
            if (missingParent != null) return missingParent;
            if (n >= 2 && attempt < ATTEMPTS && !shapesTried) {
                // a nullable column a CHECK refused every candidate of reached its NULL before the other shapes of value were tried:
                // NULL in every row. From the second row on, those shapes are tried first (in step), the row as it was after them
                List<ColumnDef> nulls = columns.stream().filter(c -> !c.notNull() && refused.contains(c.name()) && row.get(c.name()) == null
                        && t.foreignKeys().stream().noneMatch(fk -> fk.columns().stream().anyMatch(k -> SqliteNames.same(k, c.name())))).toList();
                if (!nulls.isEmpty()) {
                    shapesTried = true;
                    Map<String, List<Object>> shapesOf = new HashMap<>();
                    int most = 0;
                    for (ColumnDef c : nulls) {
                        shapesOf.put(c.name(), moreShapes(c, rulesOf.getOrDefault(c.name(), ColumnRules.NONE)));
                        most = Math.max(most, shapesOf.get(c.name()).size());
                    }
                    for (int k = 0; k < most; k++) {
                        Map<String, Object> shaped = new LinkedHashMap<>(row);
                        shaped.putAll(spread);
                        for (ColumnDef c : nulls) {
                            List<Object> shapes = shapesOf.get(c.name());
                            if (!shapes.isEmpty()) shaped.put(c.name(), distinct(shapes.get(k % shapes.size()), n, keyBase, c,
                                    textPlace.getOrDefault(c.name(), 0), numberPlace.getOrDefault(c.name(), 0)));
                        }
                        if (tryInsert(t, shaped, rowid, nulled, dangling, parentPick + attempt)) return null;
                    }
                }
            }
            if (!spread.isEmpty() && attempt < ATTEMPTS) {
                // the row with another of the values its columns allow, tried first: refused, the row as it was is tried, as before
                Map<String, Object> varied = new LinkedHashMap<>(row);
                varied.putAll(spread);
                try {
                    insert(t, varied, rowid, nulled, dangling, parentPick + attempt);
                    return null;
                } catch (DatabaseException e) {
                    String msg = e.databaseMessage() == null ? e.getMessage() : e.databaseMessage();
                    String lower = msg.toLowerCase(Locale.ROOT);
                    // the values a CHECK, UNIQUE key or validation trigger refused are given up (those of the columns it reads); on
                    // anything else all of them
                    List<String> named = lower.contains("check constraint") ? checkedColumns(msg, t, columns)
                            : lower.contains("unique") ? columns.stream().map(ColumnDef::name).filter(c -> mentions(msg, c)).toList()
                            : msg.contains("SQLITE_CONSTRAINT_TRIGGER") ? columns.stream().map(ColumnDef::name)
                                    .filter(c -> triggers.stream().anyMatch(body -> mentions(body, c))).toList()
                            : List.of();
                    if (named.isEmpty()) spread.clear();
                    else named.forEach(spread::remove);
                }
            }
            try {
                insert(t, row, rowid, nulled, dangling, parentPick + attempt);
                return null;
            } catch (DatabaseException e) {
                String msg = e.databaseMessage() == null ? e.getMessage() : e.databaseMessage();
                lastError = msg;
                String lower = msg.toLowerCase(Locale.ROOT);
                if (mixed) {
                    // the shapes' values are small (a bound refuses 1,000 on): a key held takes the next row number
                    // a key held three times over: the shape's values are few (an interval of a few integers), the next one is tried
                    boolean held = lower.contains("unique") || lower.contains("primary key");
                    if (held) uniqueBump += 1;
                    heldInARow = held ? heldInARow + 1 : 0;
                    if (!held || heldInARow >= 3) {
                        heldInARow = 0;
                        advance(mixedChoice, refused.stream().filter(k -> !mixedShapes.getOrDefault(k, List.of()).isEmpty()).toList(), mixedShapes);
                    }
                    if (lower.contains("check constraint")) refused.addAll(checkedColumns(msg, t, columns));
                    continue;
                }
                if (lower.contains("unique") || lower.contains("primary key")) {
                    uniqueBump += 1000;
                    // a fixed value (a literal a CHECK names, an enum value) stays the same however far the row number moves:
                    // the next candidate of the columns the message names is tried instead
                    List<String> fixed = columns.stream().filter(c -> mentions(msg, c.name()))
                            .filter(c -> !(candidates.get(c.name()).get(choice.getOrDefault(c.name(), 0) % candidates.get(c.name()).size()) instanceof Unique))
                            .map(ColumnDef::name).toList();
                    if (!fixed.isEmpty()) advance(choice, fixed, candidates);
                    // a pattern's text without a * for the row number (a GLOB of [0-9a-f] for each digit of a UUID) is the same in
                    // every row: another shape of value may pass the pattern too
                    columns.stream().filter(c -> mentions(msg, c.name())).forEach(c -> refused.add(c.name()));
                } else if (lower.contains("check constraint")) {
                    List<String> checked = checkedColumns(msg, t, columns);
                    advance(choice, checked, candidates);
                    refused.addAll(checked);
                    parentPick += 1;
                    // an exclusive arc, CHECK ((post_id IS NULL) <> (comment_id IS NULL)): one reference set per row, which one by row
                    List<ForeignKeyDef> named = t.foreignKeys().stream().filter(fk -> fk.columns().stream().allMatch(c -> t.column(c)
                            .map(x -> !x.notNull() && !x.primaryKey()).orElse(false)) && fk.columns().stream().anyMatch(c -> checked.stream().anyMatch(k -> SqliteNames.same(k, c)))).toList();
                    if (named.size() > 1) {
                        if (arc.equals(named)) arcTry++;
                        arc = named;
                    }
                } else if (lower.contains("foreign key")) {
                    parentPick += 7;
                } else if (msg.contains("SQLITE_CONSTRAINT_TRIGGER") && !triggers.isEmpty()) {
                    // a validation trigger's RAISE: move the columns its triggers read (NEW.email), not every column in turn
                    List<String> read = columns.stream().filter(c -> triggers.stream().anyMatch(body -> mentions(body, c.name()))).map(ColumnDef::name).toList();
                    advance(choice, read.isEmpty() ? columns.stream().map(ColumnDef::name).toList() : read, candidates);
                    refused.addAll(read);
                } else {
                    advance(choice, columns.stream().map(ColumnDef::name).toList(), candidates);
                }
            }
        }
        return lastError;
    }

    /** Inserts {@code row} (unchecked where a reference of it points at no row yet) and notes the references to link later. */
    private void insert(TableDef t, Map<String, Object> row, Map.Entry<String, Long> rowid, List<ForeignKeyDef> nulled, List<ForeignKeyDef> dangling, int pick) {
        String sql = insertSql(t.name(), withRowid(rowid, row));
        if (dangling.isEmpty()) db.runAtomically(List.of(sql), false);
        else runUnchecked(List.of(sql));
        for (ForeignKeyDef fk : nulled) unlinked.add(new Unlinked(t, fk, new LinkedHashMap<>(row), pick));
        for (ForeignKeyDef fk : dangling) unlinked.add(new Unlinked(t, fk, new LinkedHashMap<>(row), pick, true));
    }

    /** As {@link #insert}; whether the database took the row. */
    private boolean tryInsert(TableDef t, Map<String, Object> row, Map.Entry<String, Long> rowid, List<ForeignKeyDef> nulled, List<ForeignKeyDef> dangling, int pick) {
        try {
            insert(t, row, rowid, nulled, dangling, pick);
            return true;
        } catch (DatabaseException refused) {
            return false;
        }
    }

    /** {@code row} after the rowid {@link #gapBefore} gives it, where it gives one. */
    private static Map<String, Object> withRowid(Map.Entry<String, Long> rowid, Map<String, Object> row) {
        if (rowid == null) return row;
        Map<String, Object> given = new LinkedHashMap<>();
        given.put(rowid.getKey(), rowid.getValue());
        given.putAll(row);
        return given;
    }

    /** A default that reads as a truth value: drizzle's boolean mode writes {@code DEFAULT true}, {@code DEFAULT 0}, ... */
    private static final Set<String> TRUTH_DEFAULTS = Set.of("0", "1", "true", "false");

    /**
     * The values row {@code n} (2 on: the first row is left as it always was) is given, where the database takes them, over the ones
     * the candidates pick, which are the same in every row: a column a CHECK limits to a list ({@code status IN ('Active',
     * 'Inactive')}) takes the list's members in turn (the first row its first: every row held 'Active', so a cleanup {@code DELETE
     * ... WHERE status = 'Inactive'} met no row, and on D1 deleted the inactive users; {@link CheckValues}, also {@code status = 'a'
     * OR status = 'b'}); a column a CHECK keeps in a range ({@code qty BETWEEN 0 AND 100}, {@code qty > 0 AND qty < 10}) the value at its low end in row 2, at its high end in row 3 (one bound alone, {@code qty > 0}: row 2; {@link CheckValues#ends}); an INTEGER column whose default is a truth
     * value (drizzle's boolean mode, which has no CHECK) 0 in even rows and 1 in odd ones (its generated values were neither); a
     * column with a literal default that default in row 2 (real tables hold it in most rows; generated ones held it in none, so a
     * {@code DELETE ... WHERE plan = 'free'} met no row); a text column the schema code gives enum members ({@link #withDeclaredEnums},
     * drizzle's {@code text({enum})}, in no SQL) its default where that is one, then the next members.
     * Not the columns of a key (primary, foreign) or generated ones: their values are the row's own or its parent's.
     */
    private Map<String, Object> spread(TableDef t, List<ColumnDef> columns, int n) {
        Map<String, Object> out = new LinkedHashMap<>();
        Set<String> keys = new HashSet<>();
        for (String k : t.primaryKeyColumns()) keys.add(SqliteNames.key(k));
        for (ForeignKeyDef fk : t.foreignKeys()) for (String k : fk.columns()) keys.add(SqliteNames.key(k));
        // the columns each CHECK reads, found once for all columns
        Map<CheckDef, List<ColumnDef>> reads = new HashMap<>();
        for (CheckDef ch : t.checks()) reads.put(ch, columns.stream().filter(o -> mentions(ch.expression(), o.name())).toList());
        for (ColumnDef c : columns) {
            if (c.primaryKey() || keys.contains(SqliteNames.key(c.name()))) continue;
            List<Object> allowed = new ArrayList<>();
            List<String> own = new ArrayList<>();   // the CHECKs reading this column alone, whose bounds meet
            for (CheckDef ch : t.checks()) {
                for (Object v : CheckValues.members(ch.expression(), c.name())) if (!allowed.contains(v)) allowed.add(v);
                // a range in a CHECK reading other columns too (price BETWEEN 0.5 AND 2 AND price * qty <= 10) is left: its ends
                // would be refused beside the others' values, and the row given up took the ones that showed more (one holding an
                // OR, qty % 2 = 0 OR qty = 1, CheckValues.ends leaves out; the database refuses a value it does not allow)
                if (reads.get(ch).stream().allMatch(o -> o == c)) own.add(ch.expression());
            }
            List<Object> ends = own.isEmpty() ? List.of() : CheckValues.ends(own, c.name(), Affinity.of(c.type()) == Affinity.INTEGER);
            // a schema holding its enums (the schema code's) gave the first row the first member, as a CHECK's list; one read from a
            // database has them from the schema code, its first row a generated text
            if (allowed.isEmpty() && Affinity.of(c.type()) == Affinity.TEXT) allowed.addAll(c.enumValues());
            List<String> members = declaredEnums.getOrDefault(enumKey(t.name(), c.name()), List.of());
            if (allowed.size() > 1) {
                out.put(c.name(), allowed.get((n - 1) % allowed.size()));
            } else if (allowed.isEmpty() && !members.isEmpty() && Affinity.of(c.type()) == Affinity.TEXT) {
                // the first row holds no member (a generated text): rows 2 and 3 take the default, where it is one, then the next ones
                Object given = c.defaultValue() == null ? null : literalDefault(c.defaultValue().sql());
                int from = given == null ? 0 : Math.max(0, members.indexOf(given));
                out.put(c.name(), members.get((from + n - 2) % members.size()));
            } else if (allowed.isEmpty() && !ends.isEmpty() && (ends.size() > 1 || n == 2)) {
                // a range (qty BETWEEN 0 AND 100, qty > 0 AND qty < 10): its low end in row 2, its high end in row 3; one bound
                // alone (qty > 0) its value in row 2, row 3 keeping its own
                out.put(c.name(), ends.get((n - 2) % ends.size()));
            } else if (allowed.isEmpty() && Affinity.of(c.type()) == Affinity.INTEGER && c.defaultValue() != null
                    && TRUTH_DEFAULTS.contains(c.defaultValue().sql().strip().toLowerCase(Locale.ROOT))) {
                out.put(c.name(), n % 2 == 0 ? 0L : 1L);
            } else if (allowed.isEmpty() && n == 2 && c.defaultValue() != null) {
                Object given = literalDefault(c.defaultValue().sql());
                if (given != null) out.put(c.name(), given);
            }
        }
        return out;
    }

    private static final Pattern NUMBER_DEFAULT = Pattern.compile("[-+]?\\d{1,18}(\\.\\d+)?");

    /** A default that is a literal ({@code 'Active'}, {@code 0}, {@code -1.5}, in parentheses or not) as its value; null for any other. */
    static Object literalDefault(String sql) {
        String d = sql.strip();
        while (d.startsWith("(") && d.endsWith(")")) d = d.substring(1, d.length() - 1).strip();
        if (d.length() >= 2 && d.startsWith("'") && d.endsWith("'") && d.substring(1, d.length() - 1).replace("''", "").indexOf('\'') < 0) {
            return d.substring(1, d.length() - 1).replace("''", "'");
        }
        if (NUMBER_DEFAULT.matcher(d).matches()) return d.contains(".") ? (Object) Double.parseDouble(d) : (Object) Long.parseLong(d.replace("+", ""));
        return null;
    }

    /** Makes a candidate unique to the row: numbers from the table's key base on, texts with n appended. */
    private static Object distinct(Object v, int n, long keyBase, ColumnDef c, int textPlace, int numberPlace) {
        if (v instanceof Unique u) {
            long apart = Math.min(numberPlace, 9) * 10_000L;   // within the table's range
            return switch (u.kind) {
                case "int" -> keyBase + n + apart;
                case "real" -> keyBase + n + apart + 0.5;
                case "text" -> notOwnName(u.prefix + n + (u.prefix.equals("gen-") && textPlace > 0 ? "-" + textPlace : ""), c);
                case "json" -> "{\"gen\":" + n + "}";
                case "jsonarray" -> "[\"gen\"," + n + "]";
                case "date" -> String.format(Locale.ROOT, "%04d-01-01", 2000 + n % 7000);
                case "glob", "like" -> matching(u.prefix, u.kind.equals("glob"), n);
                case "likeescape" -> matching(u.prefix.substring(1), false, n, u.prefix.charAt(0));
                case "letters" -> letters(n, Integer.parseInt(u.prefix));
                case "blob" -> new byte[] {(byte) n, (byte) (n >> 8)};
                case "small" -> (long) n;
                case "smallreal" -> n + 0.5;
                case "fraction" -> Double.parseDouble("0." + n + "5");   // 0.15, 0.25, ...: between 0 and 1, one per row
                case "uuid" -> String.format(Locale.ROOT, "%08x-0000-4000-a000-%012x", textPlace, keyBase + n + apart);
                case "UUID" -> String.format(Locale.ROOT, "%08X-0000-4000-A000-%012X", textPlace, keyBase + n + apart);
                case "bytes" -> bytes(n, Integer.parseInt(u.prefix));
                case "within" -> within(u.prefix, n + numberPlace);   // a column's place apart: start < end takes two in turn
                case "withinint" -> withinInt(u.prefix, n + numberPlace);
                case "padded" -> padded(u.prefix, n);
                case "hex" -> hex(keyBase + n + apart, Integer.parseInt(u.prefix));
                default -> keyBase + n;
            };
        }
        return v;
    }

    /**
     * A text that a GLOB or LIKE pattern matches, unique to n where the pattern has a {@code *} or {@code %} (n's digits go
     * there): {@code [A-Z][A-Z][A-Z]-[0-9]*} gives {@code AAA-01}, {@code SKU-%} gives {@code SKU-1}. Without one, n - 1 picks
     * the characters of its sets from the right ({@code [A-Z][A-Z][A-Z]-[0-9][0-9][0-9][0-9]}: {@code AAA-0000}, {@code
     * AAA-0001}, ...), so a UNIQUE column of such codes takes more than one row; the first row's text is the same as before.
     */
    static String matching(String pattern, boolean glob, int n) {
        return matching(pattern, glob, n, (char) 0);
    }

    /** As {@link #matching(String, boolean, int)}, for a LIKE with {@code ESCAPE 'c'} ({@code escape}, or 0 for none). */
    static String matching(String pattern, boolean glob, int n, char escape) {
        return matching(pattern, glob, n, String.valueOf(n), escape);
    }

    /** As {@link #matching(String, boolean, int, char)}, with {@code number} where the first {@code *} or {@code %} is. */
    private static String matching(String pattern, boolean glob, int n, String number, char escape) {
        List<Object> slots = new ArrayList<>();   // a String as it is, or a char[] of a set one of whose characters goes there
        boolean numbered = false;
        for (int i = 0; i < pattern.length(); i++) {
            char ch = pattern.charAt(i);
            if (!glob && escape != 0 && ch == escape && i + 1 < pattern.length()) {
                slots.add(String.valueOf(pattern.charAt(++i)));
            } else if (glob ? ch == '*' : ch == '%') {
                if (!numbered) slots.add(number);
                numbered = true;
            } else if (glob ? ch == '?' : ch == '_') {
                slots.add("a");
            } else if (glob && ch == '[') {
                int end = pattern.indexOf(']', i + 2);
                if (end < 0) {
                    slots.add(String.valueOf(ch));
                    continue;
                }
                String set = pattern.substring(i + 1, end);
                if (set.startsWith("^")) slots.add(String.valueOf(firstNotIn(set.substring(1))));
                else slots.add(expand(set));
                i = end;
            } else {
                slots.add(String.valueOf(ch));
            }
        }
        long x = numbered ? 0 : Math.max(0, n - 1L);
        String[] picked = new String[slots.size()];
        for (int k = slots.size() - 1; k >= 0; k--) {
            if (slots.get(k) instanceof char[] set) {
                picked[k] = String.valueOf(set[(int) (x % set.length)]);
                x /= set.length;
            } else {
                picked[k] = (String) slots.get(k);
            }
        }
        return String.join("", picked);
    }

    /** The characters of a GLOB set's inside ({@code A-Z}, {@code 0-9a-f}), in order. */
    private static char[] expand(String set) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < set.length(); i++) {
            if (i + 2 < set.length() && set.charAt(i + 1) == '-' && set.charAt(i) <= set.charAt(i + 2)) {
                for (char c = set.charAt(i); c <= set.charAt(i + 2); c++) sb.append(c);
                i += 2;
            } else {
                sb.append(set.charAt(i));
            }
        }
        return sb.toString().toCharArray();
    }

    private static char firstNotIn(String set) {
        for (char c : "xQ7_".toCharArray()) {
            boolean in = false;
            for (int i = 0; i < set.length(); i++) {
                if (i + 2 < set.length() && set.charAt(i + 1) == '-') {
                    in |= c >= set.charAt(i) && c <= set.charAt(i + 2);
                    i += 2;
                } else {
                    in |= c == set.charAt(i);
                }
            }
            if (!in) return c;
        }
        return '~';
    }

    /** n written in capital letters, padded with A to {@code length}: a text of a length a CHECK asks for (a currency code). */
    private static String letters(int n, int length) {
        StringBuilder sb = new StringBuilder();
        for (int x = n; x > 0 && sb.length() < length; x /= 26) sb.append((char) ('A' + x % 26));
        while (sb.length() < length) sb.append('A');
        return sb.reverse().toString();
    }

    /** n in the last bytes of a blob of {@code length} bytes (a UUID's 16), zeros before. */
    private static byte[] bytes(int n, int length) {
        byte[] b = new byte[length];
        for (int i = length - 1, x = n; i >= 0 && i >= length - 4; i--, x >>= 8) b[i] = (byte) x;
        return b;
    }

    /**
     * The other shapes of value a column takes where a CHECK or trigger refused all its candidates (which stay first, so the
     * values they give are the same as before): small positive numbers (price * qty < 1000 AND price > 0 AND qty > 0), a
     * fraction (x > 0 AND x < 1), a text that does not read as a number in a number column (typeof(code) = 'text': its affinity
     * turns '1' into 1), a UUID in lower-case hex (length(id) = 36 AND id GLOB '*-*-*-*-*', or a GLOB of [0-9a-f] for each digit),
     * then in capitals (a GLOB of [0-9A-F]).
     */
    private static List<Object> shapes(ColumnDef c) {
        return switch (Affinity.of(c.type())) {
            case INTEGER -> List.of(new Unique("small", ""), new Unique("text", "gen-"));
            case REAL -> List.of(new Unique("smallreal", ""), new Unique("fraction", ""), new Unique("text", "gen-"));
            case NUMERIC -> List.of(new Unique("small", ""), new Unique("fraction", ""), new Unique("text", "gen-"));
            case TEXT -> List.of(new Unique("uuid", ""), new Unique("UUID", ""));
            default -> List.of();
        };
    }

    /** Intervals between the numbers a CHECK names, at most this many: each is a shape, and the shapes are tried in every combination. */
    private static final int INTERVALS = 6;

    /**
     * More shapes, then {@link #shapes}, for the attempts that try them in every combination: a value within each interval between the
     * numbers the column's rules name ({@code price BETWEEN 0.5 AND 2}: 0.53, 0.545, ...; an integer inside for an INTEGER
     * column), a REAL in an INTEGER column (1.5: an INTEGER column stores 1.0 as 1, so only a fraction passes {@code typeof(x) =
     * 'real'}), lower-case hex of each length named ({@code length(hash) = 64 AND hash NOT GLOB '*[^0-9a-f]*'}), and for a BLOB or
     * untyped column the shapes it had none of: a text (of each length named, too), numbers, a REAL.
     */
    private static List<Object> moreShapes(ColumnDef c, ColumnRules rules) {
        List<Object> numbers = rules.numbers();
        List<Object> out = new ArrayList<>();
        Affinity a = Affinity.of(c.type());
        java.util.TreeSet<Double> bounds = new java.util.TreeSet<>();
        Set<Long> lengths = new LinkedHashSet<>();
        for (Object x : numbers) {
            bounds.add(((Number) x).doubleValue());
            if (x instanceof Long l && l > 0 && l <= 64) lengths.add(l);
        }
        List<Unique> within = new ArrayList<>();
        Double lo = null;
        for (Double hi : bounds) {
            // integers: only where three or more lie between (one or two would be the same in every row)
            boolean integers = a == Affinity.INTEGER;
            if (lo != null && within.size() < INTERVALS && (!integers || Math.floor(hi) - Math.ceil(lo) >= 2)) {
                within.add(new Unique(integers ? "withinint" : "within", lo + "," + hi));
            }
            lo = hi;
        }
        switch (a) {
            case INTEGER, NUMERIC -> {
                out.addAll(within);
                out.add(new Unique("smallreal", ""));
            }
            case REAL -> out.addAll(within);
            case TEXT -> {
                for (Long l : lengths) out.add(new Unique("hex", String.valueOf(l)));
                for (Unique p : rules.patterns()) for (Long l : lengths) out.add(new Unique("padded", l + "|" + p.kind() + "|" + p.prefix()));
            }
            default -> {
                out.add(new Unique("text", "gen-"));
                for (Long l : lengths) out.add(new Unique("letters", String.valueOf(l)));
                for (Long l : lengths) out.add(new Unique("hex", String.valueOf(l)));
                out.add(new Unique("small", ""));
                out.add(new Unique("smallreal", ""));
                out.add(new Unique("fraction", ""));
                out.addAll(within);
            }
        }
        out.addAll(shapes(c));   // tried in step before: last, so that the new ones meet each other first
        return out;
    }

    /**
     * A text a pattern ({@code length|kind|pattern}, kind glob, like or likeescape) matches, of the length a CHECK names: n padded
     * with zeros where the pattern's {@code *} or {@code %} is ({@code length(pw) = 60 AND pw LIKE '$2%'}: a bcrypt hash's shape).
     */
    private static String padded(String spec, int n) {
        String[] p = spec.split("\\|", 3);
        int length = Integer.parseInt(p[0]);
        boolean glob = p[1].equals("glob");
        char escape = p[1].equals("likeescape") ? p[2].charAt(0) : 0;
        String pattern = escape != 0 ? p[2].substring(1) : p[2];
        int width = length - matching(pattern, glob, n, "", escape).length();
        String number = String.valueOf(n);
        if (width > number.length()) number = "0".repeat(width - number.length()) + number;
        return matching(pattern, glob, n, number, escape);
    }

    /** A value strictly within (lo, hi), one per row: a fraction of the way, rounded to six places. */
    private static double within(String bounds, int n) {
        String[] b = bounds.split(",");
        double lo = Double.parseDouble(b[0]);
        double hi = Double.parseDouble(b[1]);
        return Math.round((lo + (hi - lo) * (Math.floorMod(n, 99) + 1) / 100.0) * 1e6) / 1e6;
    }

    /** An integer within [lo, hi], inside it where it holds more than two, one per row while they last. */
    private static long withinInt(String bounds, int n) {
        String[] b = bounds.split(",");
        long lo = (long) Math.ceil(Double.parseDouble(b[0]));
        long hi = (long) Math.floor(Double.parseDouble(b[1]));
        if (hi < lo) return lo;
        if (hi - lo >= 2) return lo + 1 + Math.floorMod(n, hi - lo - 1);
        return lo + Math.floorMod(n, hi - lo + 1);
    }

    /** n (from the table's key base) in lower-case hex of {@code length} digits: its last digits, or zeros before. */
    private static String hex(long n, int length) {
        String h = Long.toHexString(n);
        if (h.length() >= length) return h.substring(h.length() - length);
        return "0".repeat(length - h.length()) + h;
    }

    private static String notOwnName(String s, ColumnDef c) {
        return s.equals(c.name()) ? s + "_" : s;
    }

    /** A value that takes the row's number. */
    private record Unique(String kind, String prefix) {
    }

    /** {@code column GLOB 'pattern'} or {@code LIKE}, not negated: the column, NOT, the operator, the pattern. */
    private static final Pattern MATCHES = Pattern.compile("(?i)" + StatementText.IDENT + "\\s+(NOT\\s+)?(GLOB|LIKE)\\s+'((?:[^']|'')*)'"
            + "(?:\\s+ESCAPE\\s+'((?:[^']|'')+)')?");

    /**
     * The SQL of each table's triggers, by {@link SqliteNames#key}: a validation trigger (WHEN NEW.email NOT LIKE ... RAISE) is
     * a CHECK in other words. Read once per fill (inserting rows creates no trigger), not once per row: each read scans the
     * schema table, which holds every table and index (a 500-table replay spent a quarter of its time there).
     */
    private Map<String, List<String>> triggersByTable() {
        Map<String, List<String>> out = new HashMap<>();
        for (Map<String, Object> row : db.query("SELECT tbl_name, sql FROM main.sqlite_master WHERE type = 'trigger' AND sql IS NOT NULL")) {
            out.computeIfAbsent(SqliteNames.key(String.valueOf(row.get("tbl_name"))), k -> new ArrayList<>()).add(String.valueOf(row.get("sql")));
        }
        return out;
    }

    /** The numbers the rules reading a column name, and the patterns (GLOB, LIKE) they want its values to match. */
    private record ColumnRules(List<Object> numbers, List<Unique> patterns) {
        static final ColumnRules NONE = new ColumnRules(List.of(), List.of());
    }

    private List<Object> candidates(ColumnDef c, TableDef t, List<String> triggers, Map<String, ColumnRules> rulesOf) {
        List<Object> out = new ArrayList<>();
        List<String> strings = new ArrayList<>();
        List<Object> numbers = new ArrayList<>();
        List<Object> first = new ArrayList<>();   // what the column's own CHECKs ask for: a text a pattern matches, JSON
        List<String> rules = new ArrayList<>();
        for (CheckDef ch : t.checks()) rules.add(ch.expression());
        int checks = rules.size();
        rules.addAll(triggers);
        // what indexes and generated columns compute from it: json_extract(data, '$.email') fails on every row whose data is not JSON
        for (IndexDef ix : t.indexes()) {
            for (IndexDef.Key k : ix.keys()) if (k.expression()) rules.add(k.text());
            if (ix.where() != null) rules.add(ix.where());
        }
        for (ColumnDef g : t.columns()) if (g.generated() != null) rules.add(g.generated().as());
        for (int r = 0; r < rules.size(); r++) {
            String rule = rules.get(r);
            if (!mentions(rule, c.name())) continue;
            Matcher g = MATCHES.matcher(rule);
            while (g.find()) {
                // a CHECK says what a value must match; a trigger's WHEN, often, what it must not (NOT LIKE ... RAISE): a
                // value the pattern matches either way
                boolean wanted = g.group(2) == null || r >= checks;
                if (wanted && SqliteNames.key(dev.godwit.engine.sql.SqlLexer.unquote(g.group(1))).equals(SqliteNames.key(c.name()))) {
                    String pattern = g.group(4).replace("''", "'");
                    String escape = g.group(5) == null ? null : g.group(5).replace("''", "'");
                    if (escape != null && g.group(3).equalsIgnoreCase("LIKE")) first.add(new Unique("likeescape", escape.charAt(0) + pattern));
                    else first.add(new Unique(g.group(3).toLowerCase(Locale.ROOT), pattern));
                }
            }
            if (rule.toLowerCase(Locale.ROOT).contains("json")) {
                first.add(new Unique("json", ""));
                first.add(new Unique("jsonarray", ""));
            }
            Matcher m = STRING_LITERAL.matcher(rule);
            while (m.find()) strings.add(m.group(1).replace("''", "'"));
            Matcher k = NUMBER_LITERAL.matcher(rule.replaceAll("'(?:[^']|'')*'", "''"));
            while (k.find()) numbers.add(k.group(1) == null ? (Object) Long.parseLong(k.group()) : (Object) Double.parseDouble(k.group()));
        }
        Affinity a = Affinity.of(c.type());
        switch (a) {
            case INTEGER -> {
                out.add(new Unique("int", ""));
                for (Object x : numbers) {
                    out.add(x);
                    if (x instanceof Long l) {
                        out.add(l + 1);
                        out.add(l - 1);   // an upper bound: x < 10 takes 9
                    }
                }
                out.add(1L);
                out.add(0L);
            }
            case REAL, NUMERIC -> {
                out.add(a == Affinity.REAL ? new Unique("real", "") : new Unique("int", ""));
                for (Object x : numbers) {
                    out.add(x);
                    if (x instanceof Long l) out.add(l + 1);
                    if (x instanceof Double d) out.add(d + 0.5);
                }
                out.add(1L);
                out.add(0L);
            }
            case TEXT -> {
                for (String e : c.enumValues()) out.add(e);
                out.addAll(first);
                out.add(new Unique("text", "gen-"));
                out.addAll(strings);
                out.add(new Unique("text", "v@example.com#"));
                out.add(new Unique("text", "2024-01-01T00:00:0"));
                out.add(new Unique("date", ""));   // a date alone: day = date(day)
                out.add("x");
                for (Object x : numbers) out.add(String.valueOf(x));
                // a length a CHECK names (length(code) = 3): capital letters, which also pass code = upper(code)
                for (Object x : numbers) if (x instanceof Long l && l > 0 && l <= 64) out.add(new Unique("letters", String.valueOf(l)));
            }
            default -> {
                out.add(new Unique("blob", ""));
                // a length a CHECK names (length(uuid) = 16): bytes of that length
                for (Object x : numbers) if (x instanceof Long l && l > 0 && l <= 64) out.add(new Unique("bytes", String.valueOf(l)));
                out.addAll(strings);
                out.add(new Unique("int", ""));
            }
        }
        if (!c.notNull() && !c.primaryKey()) out.add(null);
        List<Unique> patterns = new ArrayList<>();
        for (Object f : first) if (f instanceof Unique u && (u.kind().equals("glob") || u.kind().equals("like") || u.kind().equals("likeescape"))) patterns.add(u);
        rulesOf.put(c.name(), new ColumnRules(numbers, patterns));
        return out;
    }

    private static boolean sharedColumn(ForeignKeyDef f, ForeignKeyDef g) {
        return f.columns().stream().anyMatch(c -> g.columns().stream().anyMatch(d -> SqliteNames.key(c).equals(SqliteNames.key(d))));
    }

    private static int indexOf(List<String> names, String name) {
        for (int i = 0; i < names.size(); i++) if (SqliteNames.key(names.get(i)).equals(SqliteNames.key(name))) return i;
        return -1;
    }

    /**
     * Fills the columns of each foreign key from one parent row; returns a reason when there is none. A column under two
     * foreign keys takes a value both parents hold: the first key picks among those, the next keeps what it picked.
     */
    private String references(TableDef t, SchemaDef schema, Map<String, Object> row, int pick, List<ForeignKeyDef> nulled, List<ForeignKeyDef> dangling,
                              List<ForeignKeyDef> arc, int arcKeep) {
        int index = 0;
        Map<String, Object> fixed = new HashMap<>();   // column key -> the value an earlier foreign key of this row gave it
        for (ForeignKeyDef fk : t.foreignKeys()) {
            int fkPick = pick + index++;
            if (arc.contains(fk) && arc.indexOf(fk) != Math.floorMod(arcKeep, arc.size())) {
                for (String c : fk.columns()) row.put(c, null);
                continue;
            }
            boolean nullable = fk.columns().stream().allMatch(c -> t.column(c).map(x -> !x.notNull() && !x.primaryKey()).orElse(true));
            String cols = String.join(", ", fk.refColumns().stream().map(Quoting::doubleQuoted).toList());
            StringBuilder where = new StringBuilder(String.join(" AND ", fk.refColumns().stream().map(c -> Quoting.doubleQuoted(c) + " IS NOT NULL").toList()));
            for (int i = 0; i < fk.columns().size(); i++) {
                String ref = Quoting.doubleQuoted(fk.refColumns().get(i));
                String key = SqliteNames.key(fk.columns().get(i));
                if (fixed.containsKey(key)) {
                    where.append(" AND ").append(ref).append(" IS ").append(literal(fixed.get(key)));
                    continue;
                }
                for (ForeignKeyDef g : t.foreignKeys()) {
                    int j = g == fk ? -1 : indexOf(g.columns(), fk.columns().get(i));
                    if (j < 0) continue;
                    where.append(" AND ").append(ref).append(" IN (SELECT ").append(Quoting.doubleQuoted(g.refColumns().get(j))).append(" FROM ")
                            .append(Quoting.doubleQuoted(g.refTable())).append(")");
                }
            }
            String notNull = where.toString();
            String query = "SELECT " + cols + " FROM " + Quoting.doubleQuoted(fk.refTable()) + " WHERE " + notNull + " LIMIT 50";
            List<Map<String, Object>> parents = parentRows == null ? null : parentRows.get(query);
            if (parents == null) {
                try {
                    parents = db.query(query);
                } catch (DatabaseException e) {
                    parents = List.of();
                }
                if (parentRows != null) parentRows.put(query, parents);
            }
            if (parents.isEmpty()) {
                boolean self = SqliteNames.key(fk.refTable()).equals(SqliteNames.key(t.name()));
                if (self && fk.columns().equals(fk.refColumns())) continue;
                // the first row of a tree whose parent is required is its own parent (a root pointing at itself)
                if (self && !nullable && fk.refColumns().stream().allMatch(c -> row.get(c) != null)) {
                    for (int i = 0; i < fk.columns().size(); i++) row.put(fk.columns().get(i), row.get(fk.refColumns().get(i)));
                    continue;
                }
                // a cycle of required references (a.b_id NOT NULL -> b, b.a_id NOT NULL -> a): neither table can be filled first, so
                // this row points at no row until the parent's rows are there (inserted with foreign keys off), then at one of them
                if (!nullable && !self && canRunUnchecked() && requiredCycle(t, fk.refTable(), schema)) {
                    dangling.add(fk);
                    continue;
                }
                if (!nullable) return "no row in \"" + fk.refTable() + "\" for the required foreign key (" + String.join(", ", fk.columns()) + ")";
                for (String c : fk.columns()) row.put(c, null);
                if (!self) nulled.add(fk);   // another table, filled later in a cycle: linked once it has rows
                continue;
            }
            Map<String, Object> p = parents.get(Math.floorMod(fkPick, parents.size()));
            List<Object> values = new ArrayList<>(p.values());
            for (int i = 0; i < fk.columns().size(); i++) {
                row.put(fk.columns().get(i), values.get(i));
                fixed.put(SqliteNames.key(fk.columns().get(i)), values.get(i));
            }
        }
        return null;
    }

    /**
     * The keys of the tables that reference themselves or a table that references them back, however far: a row such a table
     * inserts (one that REPLACEs another on a conflict, whose delete's ON DELETE actions run on) could then change its parents'
     * rows while it is filled. All at once: the self-references, and each strongly connected component of more than one table
     * (Tarjan's algorithm, without recursion: a chain of 5,000 tables is 5,000 deep); a walk of each table's ancestors was a walk
     * of the whole chain per table.
     */
    static Set<String> inCycles(Map<String, List<String>> parentsOf) {
        Set<String> out = new HashSet<>();
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        java.util.ArrayDeque<String> stack = new java.util.ArrayDeque<>();
        Set<String> onStack = new HashSet<>();
        int next = 0;
        for (String root : parentsOf.keySet()) {
            if (index.containsKey(root)) continue;
            java.util.ArrayDeque<Object[]> work = new java.util.ArrayDeque<>();   // {node, its parents' iterator}
            index.put(root, next);
            low.put(root, next++);
            stack.push(root);
            onStack.add(root);
            work.push(new Object[] {root, parentsOf.getOrDefault(root, List.of()).iterator()});
            while (!work.isEmpty()) {
                Object[] frame = work.peek();
                String v = (String) frame[0];
                @SuppressWarnings("unchecked")
                java.util.Iterator<String> it = (java.util.Iterator<String>) frame[1];
                if (it.hasNext()) {
                    String w = it.next();
                    if (w.equals(v)) out.add(v);   // references itself
                    if (!index.containsKey(w)) {
                        index.put(w, next);
                        low.put(w, next++);
                        stack.push(w);
                        onStack.add(w);
                        work.push(new Object[] {w, parentsOf.getOrDefault(w, List.of()).iterator()});
                    } else if (onStack.contains(w)) {
                        low.put(v, Math.min(low.get(v), index.get(w)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    String parent = (String) work.peek()[0];
                    low.put(parent, Math.min(low.get(parent), low.get(v)));
                }
                if (low.get(v).equals(index.get(v))) {
                    List<String> component = new ArrayList<>();
                    String w;
                    do {
                        w = stack.pop();
                        onStack.remove(w);
                        component.add(w);
                    } while (!w.equals(v));
                    if (component.size() > 1) out.addAll(component);
                }
            }
        }
        return out;
    }

    /** Whether {@code parent} reaches {@code t} through required (NOT NULL) references: a cycle no fill order can honour. */
    private static boolean requiredCycle(TableDef t, String parent, SchemaDef schema) {
        Set<String> seen = new HashSet<>();
        List<String> queue = new ArrayList<>(List.of(SqliteNames.key(parent)));
        for (int i = 0; i < queue.size(); i++) {
            String at = queue.get(i);
            if (at.equals(SqliteNames.key(t.name()))) return true;
            if (!seen.add(at)) continue;
            for (TableDef x : schema.tables()) {
                if (!SqliteNames.key(x.name()).equals(at)) continue;
                for (ForeignKeyDef fk : x.foreignKeys()) {
                    if (fk.columns().stream().allMatch(c -> x.column(c).map(col -> col.notNull() || col.primaryKey()).orElse(false))) queue.add(SqliteNames.key(fk.refTable()));
                }
            }
        }
        return false;
    }

    /** What SQLite's message says failed: a CHECK's name, its expression, or (see {@link #checkedColumns}) its first name alone. */
    private static final Pattern CHECK_FAILED = Pattern.compile("CHECK constraint failed: (.*?)\\)?$", Pattern.DOTALL);

    /**
     * The columns a failed CHECK names (by the constraint's name or expression, as SQLite reports it). An unnamed CHECK whose
     * expression starts with a quoted name ({@code CHECK (`a` * `b` < 100 AND ...)}) is reported by that name alone
     * ({@code CHECK constraint failed: a}): the CHECKs starting with it are the ones meant, else only {@code a} moved and
     * {@code b} kept a value no {@code a} could pass with.
     */
    private static List<String> checkedColumns(String message, TableDef t, List<ColumnDef> columns) {
        Set<String> out = new LinkedHashSet<>();
        Matcher said = CHECK_FAILED.matcher(message);
        String reported = said.find() ? said.group(1).trim() : null;
        for (CheckDef ch : t.checks()) {
            if (message.contains(ch.name()) || message.contains(ch.expression()) || startsWithName(ch.expression(), reported)) {
                for (ColumnDef c : columns) if (mentions(ch.expression(), c.name())) out.add(c.name());
            }
        }
        if (out.isEmpty()) {
            for (ColumnDef c : columns) if (mentions(message, c.name())) out.add(c.name());
        }
        if (out.isEmpty()) for (ColumnDef c : columns) out.add(c.name());
        return new ArrayList<>(out);
    }

    /** Whether {@code expression} starts with the name {@code name} (quoted or not: `a`, "a", [a]), possibly inside parentheses. */
    private static boolean startsWithName(String expression, String name) {
        if (name == null || name.isEmpty()) return false;
        String e = expression.strip();
        while (e.startsWith("(")) e = e.substring(1).strip();
        Matcher m = Pattern.compile("^" + StatementText.IDENT).matcher(e);
        return m.find() && SqliteNames.same(dev.godwit.engine.sql.SqlLexer.unquote(m.group(1)), name);
    }

    private static boolean mentions(String sql, String column) {
        return Pattern.compile("(?i)(?<![\\w$])" + Pattern.quote(column) + "(?![\\w$])").matcher(sql).find();
    }

    /** Moves the choices on like an odometer over the named columns, so every combination is tried in turn. */
    private static void advance(Map<String, Integer> choice, List<String> columns, Map<String, List<Object>> candidates) {
        for (String c : columns) {
            int size = candidates.get(c).size();
            int next = choice.getOrDefault(c, 0) + 1;
            if (next < size) {
                choice.put(c, next);
                return;
            }
            choice.put(c, 0);
        }
    }

    static String insertSql(String table, Map<String, Object> row) {
        StringBuilder cols = new StringBuilder();
        StringBuilder vals = new StringBuilder();
        for (Map.Entry<String, Object> e : row.entrySet()) {
            if (cols.length() > 0) {
                cols.append(", ");
                vals.append(", ");
            }
            cols.append(Quoting.doubleQuoted(e.getKey()));
            vals.append(literal(e.getValue()));
        }
        return "INSERT INTO " + Quoting.doubleQuoted(table) + " (" + cols + ") VALUES (" + vals + ")";
    }

    static String literal(Object v) {
        if (v == null) return "NULL";
        if (v instanceof Number) return v.toString();
        if (v instanceof byte[] b) {
            StringBuilder sb = new StringBuilder("X'");
            for (byte x : b) sb.append(String.format("%02x", x));
            return sb.append('\'').toString();
        }
        return "'" + v.toString().replace("'", "''") + "'";
    }

    /**
     * Parents before the tables that reference them. A cycle is broken at a nullable foreign key:
     * the order over all references is refined so that every required (NOT NULL) reference is honoured.
     */
    static List<TableDef> parentsFirst(List<TableDef> tables) {
        return order(order(tables, false), true);
    }

    private static List<TableDef> order(List<TableDef> tables, boolean requiredOnly) {
        Map<String, TableDef> byName = new LinkedHashMap<>();
        for (TableDef t : tables) byName.put(SqliteNames.key(t.name()), t);
        List<TableDef> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        Set<String> visiting = new HashSet<>();
        for (TableDef t : tables) visit(t, byName, done, visiting, out, requiredOnly);
        return out;
    }

    private static void visit(TableDef t, Map<String, TableDef> byName, Set<String> done, Set<String> visiting, List<TableDef> out, boolean requiredOnly) {
        String key = SqliteNames.key(t.name());
        if (done.contains(key) || !visiting.add(key)) return;
        for (ForeignKeyDef fk : t.foreignKeys()) {
            if (requiredOnly && !fk.columns().stream().allMatch(c -> t.column(c).map(x -> x.notNull() || x.primaryKey()).orElse(false))) continue;
            TableDef p = byName.get(SqliteNames.key(fk.refTable()));
            if (p != null && p != t) visit(p, byName, done, visiting, out, requiredOnly);
        }
        visiting.remove(key);
        done.add(key);
        out.add(t);
    }
}
