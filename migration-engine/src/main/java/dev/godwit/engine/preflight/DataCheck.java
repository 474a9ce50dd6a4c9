package dev.godwit.engine.preflight;

import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.introspect.Introspector;
import dev.godwit.engine.sql.ForeignKeysPragma;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.schema.model.SqliteNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one migration on a {@link Replica} the way D1 runs it (foreign keys on, one transaction) and
 * compares every table that held rows before it with what the migration left: rows that vanished
 * from a table it keeps, foreign-key values set to NULL or changed, columns filled with a text equal
 * to their own name. The replica keeps the migration's effect, for the next one.
 */
final class DataCheck {

    /** A table or trigger name as SQL writes it: double-quoted, backquoted, bracketed or bare. */
    static final String IDENT = "(\"(?:[^\"]|\"\")+\"|`(?:[^`]|``)+`|\\[[^\\]]+\\]|[\\w$]+)";
    private static final Pattern RENAME = Pattern.compile("(?is)^\\s*ALTER\\s+TABLE\\s+" + IDENT + "\\s+RENAME\\s+TO\\s+" + IDENT + "\\s*;?\\s*$");
    private static final Pattern RENAME_COLUMN = Pattern.compile(
            "(?is)^\\s*ALTER\\s+TABLE\\s+" + IDENT + "\\s+RENAME\\s+(?:COLUMN\\s+)?" + IDENT + "\\s+TO\\s+" + IDENT + "\\s*;?\\s*$");
    /** Statements that cannot remove or rewrite a row that exists: creating objects, adding a column. */
    private static final Pattern ADDITIVE = Pattern.compile(
            "(?is)^\\s*(CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?(TABLE|(UNIQUE\\s+)?INDEX|VIEW)\\b|ALTER\\s+TABLE\\s+\\S+(\\s+\\S+)??\\s+ADD\\b|PRAGMA\\s+foreign_keys\\b).*");
    private static final Pattern WITHOUT_ROWID = Pattern.compile("(?is).*\\)\\s*(STRICT\\s*,\\s*)?WITHOUT\\s+ROWID.*");

    /**
     * What changed, or the statement that failed (then the replica is as it was before the migration); and how long each statement
     * took to run (nanoseconds, the last element the COMMIT's), the counting and comparing around them left out.
     */
    record Outcome(List<RowChange> changes, DatabaseException failure, long[] nanos) {
        Outcome(List<RowChange> changes, DatabaseException failure) {
            this(changes, failure, new long[0]);
        }
    }

    private DataCheck() {
    }

    static Outcome run(Replica r, Migration m) {
        return run(r, m, false);
    }

    /** With {@code foreignKeysOffAround}, a migration that asks for it runs with foreign keys off around its transaction. */
    static Outcome run(Replica r, Migration m, boolean foreignKeysOffAround) {
        boolean off = foreignKeysOffAround && ForeignKeysPragma.asksOff(m.statements());
        if (!off) return runInTransaction(r, m);
        r.exec("PRAGMA foreign_keys=OFF");
        try {
            return runInTransaction(r, m);
        } finally {
            r.exec("PRAGMA foreign_keys=ON");
        }
    }

    /** Whether every statement only adds (tables, indexes, views, columns): such a migration cannot remove or rewrite a row. */
    static boolean onlyAdds(List<String> statements) {
        return statements.stream().allMatch(DataCheck::onlyAdds);
    }

    private static final Pattern ADD_COLUMN = Pattern.compile("(?is)^\\s*ALTER\\s+TABLE\\s+\\S+(\\s+\\S+)??\\s+ADD\\b.*");

    /** What in an added column's definition SQLite checks only on a table holding rows (its alter.c, sqlite3ErrorIfNotEmpty). */
    private static final Pattern CHECKED_ON_ROWS = Pattern.compile(
            "(?is).*(\\bNOT\\s+NULL\\b|\\bDEFAULT\\s*\\(|\\bCURRENT_(TIME|DATE|TIMESTAMP)\\b|\\bSTORED\\b|\\bCHECK\\b|\\bREFERENCES\\b).*");

    /**
     * Whether a statement adds a column SQLite may refuse only on a table holding rows (a non-constant default such as
     * {@code (lower('A'))} or {@code CURRENT_TIMESTAMP}, NOT NULL without a default, a STORED generated column, a REFERENCES
     * column with a default, a CHECK the rows break), so a replay tries it on rows. A plain nullable column or one with a
     * constant default, most of a long history's ADD COLUMNs, is refused on an empty table or not at all: filling every table
     * before each of those made db:verify of a 51-migration folder 5-6 times slower.
     */
    static boolean addsColumn(List<String> statements) {
        return addsColumn(List.of(), statements);
    }

    /** A table's options after its last parenthesis name STRICT ({@code ) STRICT}, {@code ) WITHOUT ROWID, STRICT}). */
    private static final Pattern STRICT_TABLE = Pattern.compile("(?is).*\\)[^)]*\\bSTRICT\\b[^)]*");

    private static final Pattern HAS_DEFAULT = Pattern.compile("(?is).*\\bDEFAULT\\b.*");

    /**
     * The same where the database holds the tables {@code tableSql} (their CREATE statements): on a STRICT table SQLite checks
     * every row's types after an ADD COLUMN (alter.c's TF_Strict quick_check), so a default of the wrong type ({@code integer
     * DEFAULT 'abc'}) is refused only on a table holding rows. Where a STRICT table is, an added column with a DEFAULT is tried on rows.
     */
    static boolean addsColumn(java.util.Collection<String> tableSql, List<String> statements) {
        boolean strict = tableSql.stream().anyMatch(t -> t != null && STRICT_TABLE.matcher(code(t)).matches());
        return statements.stream().map(DataCheck::code).anyMatch(c -> ADD_COLUMN.matcher(c).matches()
                && (CHECKED_ON_ROWS.matcher(c).matches() || strict && HAS_DEFAULT.matcher(c).matches()));
    }

    /** Whether a statement only creates or adds (CREATE TABLE without AS SELECT, CREATE INDEX or VIEW, ADD COLUMN). */
    private static boolean onlyAdds(String statement) {
        String code = code(statement);
        return ADDITIVE.matcher(code).matches() && !code.toUpperCase(Locale.ROOT).contains(" AS SELECT");
    }

    private static Outcome runInTransaction(Replica r, Migration m) {
        List<String> statements = m.statements();
        if (onlyAdds(statements)) return runOnly(r, statements);
        Map<String, Shape> all = shapes(r);
        Reach reach = new Reach(r, all);
        List<Shape> tables = reach.of(statements);
        long[] counts = tables.isEmpty() ? new long[0] : r.counts(countQuery(tables.stream().map(Shape::name).toList()), tables.size());
        List<Shape> tracked = new ArrayList<>();
        Map<String, Long> countBefore = new HashMap<>();
        for (int i = 0; i < tables.size(); i++) {
            if (counts[i] > 0) {
                tracked.add(tables.get(i));
                countBefore.put(tables.get(i).name(), counts[i]);
            }
        }
        // Tables no statement names change only through triggers; rows those add while the migration only moves rows (a
        // rebuild's DELETE and INSERT back of a child) are written by an apply too, and nobody asked for them.
        MovedRows moved = new MovedRows(statements);
        List<Mentions> said = statements.stream().map(st -> new Mentions(code(st))).toList();
        Map<String, Long> bystanders = new java.util.LinkedHashMap<>();   // their count after the last statement
        Map<String, Long> named = new HashMap<>();   // the named tables among them, with their count before the migration
        Set<String> keptInStep = reach.deletedByTriggers();
        for (int i = 0; i < tables.size(); i++) {
            String name = tables.get(i).name();
            // a table a trigger also deletes from is kept in step with the moved rows (a search index): what the INSERT back adds
            // there replaces what the DELETE took
            if (keptInStep.contains(SqliteNames.key(name))) continue;
            if (said.stream().noneMatch(w -> w.of(name))) {
                bystanders.put(name, counts[i]);
            } else if (reach.writtenByTriggers(name)) {
                // A table the migration names (rebuilds, seeds) that a trigger writes too: counted the same way, but only what a
                // trigger of a moving statement adds, and no more than the table holds beyond what it held (a rebuild that puts
                // back an earlier copy of it drops what was added before)
                bystanders.put(name, counts[i]);
                named.put(name, counts[i]);
            }
        }
        Set<String> onlyMovesReach = onlyMovesReach(reach, moved, statements, said);
        Map<String, Long> addedByMoves = new java.util.LinkedHashMap<>();
        Map<String, Integer> firstAdded = new HashMap<>();
        Map<String, String> snapshots = new HashMap<>();
        try {
            for (Shape t : tracked) {
                String snap = "gw_preflight_" + snapshots.size();
                r.exec("DROP TABLE IF EXISTS temp." + snap);
                r.exec("CREATE TEMP TABLE " + snap + " AS SELECT " + (t.rowidName() != null ? t.rowidName() + " AS gw_preflight_rid, " : "") + "* FROM main." + q(t.name()));
                snapshots.put(t.name(), snap);
            }
            Map<String, Integer> firstDrop = new HashMap<>();
            Set<String> existing = null;   // the tables there are now, read again only after a statement that can change them
            long[] nanos = new long[statements.size() + 1];
            r.exec("BEGIN");
            try {
                for (int i = 0; i < statements.size(); i++) {
                    try {
                        long t0 = System.nanoTime();
                        r.execMigration(statements.get(i));
                        nanos[i] = System.nanoTime() - t0;
                    } catch (DatabaseException e) {
                        r.rollbackQuietly();
                        return new Outcome(List.of(), new DatabaseException("statement " + (i + 1) + " failed: " + e.databaseMessage(), i,
                                statements.get(i), e.databaseMessage(), false, e));
                    }
                    if (!ROWS_ONLY.matcher(code(statements.get(i))).matches()) existing = null;
                    if (firstDrop.size() < tracked.size() && !onlyAdds(statements.get(i))) {
                        if (existing == null) existing = existingTables(r);
                        // counted after what can lower a count, only the tables that statement can reach (every tracked one when it
                        // names none known: a table renamed away); counting all after every statement was quadratic on large rebuilds
                        List<Shape> reached = reach.of(List.of(statements.get(i)));
                        measure(r, reached.isEmpty() ? tracked : reached, countBefore, firstDrop, i, existing);
                    }
                    if (!bystanders.isEmpty() && !onlyAdds(statements.get(i))) {
                        if (existing == null) existing = existingTables(r);
                        int at = i;
                        // a named table counts what its own statements (its DELETE and INSERT back) change as moved, not added
                        java.util.function.Predicate<String> byTrigger = t -> !named.containsKey(t)
                                || !said.get(at).of(t) && !reach.writersOf(t, statements.get(at)).isEmpty();
                        added(r, reach.of(List.of(statements.get(i))), bystanders, moved.moves(i), byTrigger, addedByMoves, firstAdded, i, existing);
                    }
                }
                List<RowChange> changes = new ArrayList<>(tracked.isEmpty() ? List.of() : compare(r, m, statements, tracked, countBefore, snapshots,
                        firstDrop, moved, onlyMovesReach));
                Set<String> atTheEnd = named.isEmpty() ? Set.of() : existingTables(r);
                for (Map.Entry<String, Long> a : addedByMoves.entrySet()) {
                    int at = firstAdded.get(a.getKey());
                    long rows = a.getValue();
                    long now = bystanders.get(a.getKey());
                    if (named.containsKey(a.getKey())) {
                        if (!atTheEnd.contains(SqliteNames.key(a.getKey()))) continue;
                        now = r.count("SELECT count(*) FROM main." + q(a.getKey()));
                        rows = Math.min(rows, now - named.get(a.getKey()));
                        if (rows <= 0) continue;
                    }
                    changes.add(change(RowChange.Kind.ADDED_BY_TRIGGER, a.getKey(), null, rows, now, m, at, statements,
                            reach.writersOf(a.getKey(), statements.get(at))));
                }
                long t0 = System.nanoTime();
                DatabaseException atCommit = commit(r);
                nanos[statements.size()] = System.nanoTime() - t0;
                return atCommit == null ? new Outcome(changes, null, nanos) : new Outcome(List.of(), atCommit);
            } catch (RuntimeException e) {
                r.rollbackQuietly();
                throw e;
            }
        } finally {
            for (String snap : snapshots.values()) r.exec("DROP TABLE IF EXISTS temp." + snap);
        }
    }

    /**
     * The tables whose rows the statements can change: those they name, the tables that reference
     * those (foreign-key actions), and the tables named by triggers on any of them; to a fixpoint.
     * The others keep their rows and are not compared, which keeps the pre-flight cheap on large schemas.
     */
    static List<Shape> affected(Replica r, Map<String, Shape> all, List<String> statements) {
        return new Reach(r, all).of(statements);
    }

    /** {@link #affected} for one migration's statements, one at a time or all together: the triggers and children read once. */
    static final class Reach {
        private final Map<String, Shape> all;
        private final Map<String, List<String>> triggerSql = new HashMap<>();
        private final Map<String, List<String>> triggerNames = new HashMap<>();   // by table, in triggerSql's order
        private final Map<String, List<Shape>> childrenOf = new HashMap<>();
        private final List<String> replacing = new ArrayList<>();   // tables with ON CONFLICT REPLACE: a write there deletes rows
        private Map<String, List<Shape>> byWord;   // one-word table names, lower-cased as Mentions reads text
        private List<Shape> oddNames;

        Reach(Replica r, Map<String, Shape> all) {
            this.all = all;
            for (Map<String, Object> row : r.query("SELECT name, tbl_name, sql FROM main.sqlite_master WHERE type = 'trigger' AND sql IS NOT NULL")) {
                triggerSql.computeIfAbsent(SqliteNames.key(String.valueOf(row.get("tbl_name"))), k -> new ArrayList<>()).add(String.valueOf(row.get("sql")));
                triggerNames.computeIfAbsent(SqliteNames.key(String.valueOf(row.get("tbl_name"))), k -> new ArrayList<>()).add(String.valueOf(row.get("name")));
            }
            for (Map<String, Object> row : r.query("SELECT name FROM main.sqlite_master WHERE type = 'table'"
                    + " AND replace(replace(upper(sql), char(10), ' '), char(9), ' ') LIKE '%CONFLICT%REPLACE%'")) {
                replacing.add(String.valueOf(row.get("name")));
            }
            // Children by parent, found once: looking through every table for each cascading one was quadratic on large schemas.
            for (Shape child : all.values()) {
                for (String p : new HashSet<>(child.parents().values())) childrenOf.computeIfAbsent(SqliteNames.key(p), k -> new ArrayList<>()).add(child);
            }
        }

        /**
         * The triggers (as they were before the migration) that wrote into {@code table} when {@code statement} ran: those on a
         * table the statement reaches whose body names {@code table}.
         */
        List<String> writersOf(String table, String statement) {
            Set<String> reached = new HashSet<>();
            for (Shape t : of(List.of(statement))) reached.add(SqliteNames.key(t.name()));
            Map<String, String> out = new java.util.TreeMap<>();   // name to body
            Map<String, String> own = new java.util.TreeMap<>();   // the table's own (a trim of an audit log): fired by what wrote there, not the writer
            for (Map.Entry<String, List<String>> e : triggerSql.entrySet()) {
                if (!reached.contains(e.getKey())) continue;
                for (int i = 0; i < e.getValue().size(); i++) {
                    String body = body(e.getValue().get(i));
                    if (!mentions(body, table)) continue;
                    (e.getKey().equals(SqliteNames.key(table)) ? own : out).put(triggerNames.get(e.getKey()).get(i), body);
                }
            }
            if (out.isEmpty()) out = own;
            // those that insert there, when any does (a guard that only reads the table wrote nothing)
            Pattern into = Pattern.compile("(?is)\\b(?:insert|replace)\\b[^;]*?\\binto\\s+(?:\\w+\\s*\\.\\s*)?[\"`\\[]?" + Pattern.quote(table)
                    + "(?![\\w$])");
            List<String> inserting = out.entrySet().stream().filter(e -> into.matcher(e.getValue()).find()).map(Map.Entry::getKey).toList();
            return inserting.isEmpty() ? new ArrayList<>(out.keySet()) : inserting;
        }

        /** Whether a trigger's body names {@code table} (so it may write rows there). */
        boolean writtenByTriggers(String table) {
            return triggerSql.values().stream().flatMap(List::stream).anyMatch(sql -> mentions(body(sql), table));
        }

        /**
         * The tables (as {@link SqliteNames#key}) another table's trigger deletes from. A table's own trigger deleting from it
         * (an audit log trimming its oldest rows) keeps it in step with nothing the migration moves.
         */
        Set<String> deletedByTriggers() {
            Set<String> out = new HashSet<>();
            for (Map.Entry<String, List<String>> on : triggerSql.entrySet()) {
                for (String sql : on.getValue()) {
                    Matcher d = TRIGGER_DELETE.matcher(sql);
                    while (d.find()) {
                        String table = SqliteNames.key(SqlLexer.unquote(d.group(2)));   // group 1: the schema
                        if (!table.equals(on.getKey())) out.add(table);
                    }
                }
            }
            return out;
        }

        List<Shape> of(List<String> statements) {
            Set<String> in = new java.util.LinkedHashSet<>();
            Set<String> cascading = new HashSet<>();
            List<String> work = new ArrayList<>();
            for (String st : statements) {
                if (onlyAdds(st)) continue;
                Mentions words = new Mentions(st);
                // A table renamed away takes its children's foreign keys along (SQLite rewrites them), so dropping it later cascades
                // into them; a write into a table with ON CONFLICT REPLACE deletes the rows it conflicts with.
                String code = code(st);
                boolean removes = REMOVES.matcher(code).matches() || RENAME.matcher(code).matches()
                        || ROWS_ONLY.matcher(code).matches() && replacing.stream().anyMatch(words::of);
                boolean updates = UPDATES.matcher(code).matches();
                for (Shape t : named(words)) {
                    String key = SqliteNames.key(t.name());
                    work.add(key);
                    if (removes || updates && t.referenced().stream().anyMatch(words::of)) cascading.add(key);
                }
                for (String key : triggerSql.keySet()) if (!all.containsKey(key) && words.of(key)) work.add(key);
            }
            while (!work.isEmpty()) {
                String key = work.remove(work.size() - 1);
                if (!in.add(key)) continue;
                if (cascading.contains(key)) {
                    for (Shape child : childrenOf.getOrDefault(key, List.of())) {
                        String c = SqliteNames.key(child.name());
                        cascading.add(c);
                        work.add(c);
                    }
                }
                for (String sql : triggerSql.getOrDefault(key, List.of())) {
                    for (Shape t : named(new Mentions(sql))) {
                        String c = SqliteNames.key(t.name());
                        cascading.add(c);
                        work.add(c);
                    }
                }
            }
            List<Shape> out = new ArrayList<>();
            for (Map.Entry<String, Shape> e : all.entrySet()) if (in.contains(e.getKey())) out.add(e.getValue());
            return out;
        }

        /**
         * The tables a text names: its words looked up among the tables' names, and the few names that are not one word (spaces,
         * quotes) searched for. Going through every table for every statement was statements x tables on large schemas.
         */
        private List<Shape> named(Mentions words) {
            if (byWord == null) {
                byWord = new HashMap<>();
                oddNames = new ArrayList<>();
                for (Shape t : all.values()) {
                    if (Mentions.oneWord(t.name())) byWord.computeIfAbsent(t.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(t);
                    else oddNames.add(t);
                }
            }
            List<Shape> out = new ArrayList<>();
            for (String w : words.words) out.addAll(byWord.getOrDefault(w, List.of()));
            for (Shape t : oddNames) if (words.of(t.name())) out.add(t);
            return out;
        }
    }

    /** A DELETE in a trigger's body, and the table it deletes from (a schema before it left out). */
    private static final Pattern TRIGGER_DELETE = Pattern.compile("(?is)\\bDELETE\\s+FROM\\s+(?:" + IDENT + "\\s*\\.\\s*)?" + IDENT);

    /** Statements that delete rows of the tables they name (and so fire their children's ON DELETE actions). */
    private static final Pattern REMOVES = Pattern.compile("(?is)^\\s*(DROP\\s+TABLE|DELETE|REPLACE|INSERT\\s+OR\\s+REPLACE|ALTER\\s+TABLE\\s+.*\\bDROP\\b)\\b.*");
    /** Statements that may change the rows of the tables they name (and so fire their children's ON UPDATE actions): an upsert's DO UPDATE too. */
    private static final Pattern UPDATES = Pattern.compile("(?is)^\\s*(UPDATE|WITH)\\b.*|^\\s*INSERT\\b.*\\bDO\\s+UPDATE\\b.*");

    /**
     * Statements that read or write rows but cannot create, drop or rename a table (SQLite's triggers cannot either; short of
     * PRAGMA writable_schema, which D1 refuses and no migration of ours writes).
     */
    private static final Pattern ROWS_ONLY = Pattern.compile("(?is)^\\s*(INSERT|UPDATE|DELETE|REPLACE|WITH|SELECT)\\b.*");

    private static final Pattern WRITES_ROWS = Pattern.compile("(?is)^\\s*(INSERT|UPDATE|REPLACE|WITH)\\b.*");

    /** Whether a statement can put rows into a table (so a later statement could lose them). */
    static boolean writesRows(String statement) {
        return WRITES_ROWS.matcher(code(statement)).matches();
    }

    /** How many rows the user tables hold and in how many tables: {rows, tables with rows}. */
    static long[] rowsAndTables(Replica r) {
        List<String> names = new ArrayList<>();
        for (Map<String, Object> row : r.query("SELECT name FROM main.sqlite_master WHERE type = 'table'")) {
            String n = String.valueOf(row.get("name"));
            if (!Introspector.isExcluded(n, Set.of())) names.add(n);
        }
        if (names.isEmpty()) return new long[] {0, 0};
        long[] counts = r.counts(countQuery(names), names.size());
        long rows = 0;
        long tables = 0;
        for (long c : counts) {
            rows += c;
            if (c > 0) tables++;
        }
        return new long[] {rows, tables};
    }

    /** A migration that only adds (tables, indexes, views, columns): run it, nothing to compare. */
    private static Outcome runOnly(Replica r, List<String> statements) {
        long[] nanos = new long[statements.size() + 1];
        r.exec("BEGIN");
        for (int i = 0; i < statements.size(); i++) {
            try {
                long t0 = System.nanoTime();
                r.execMigration(statements.get(i));
                nanos[i] = System.nanoTime() - t0;
            } catch (DatabaseException e) {
                r.rollbackQuietly();
                return new Outcome(List.of(), new DatabaseException("statement " + (i + 1) + " failed: " + e.databaseMessage(), i,
                        statements.get(i), e.databaseMessage(), false, e));
            }
        }
        long t0 = System.nanoTime();
        DatabaseException atCommit = commit(r);
        nanos[statements.size()] = System.nanoTime() - t0;
        return new Outcome(List.of(), atCommit, nanos);
    }

    /**
     * Commits, or rolls back and gives the failure: SQLite checks at COMMIT the foreign keys a migration deferred ({@code PRAGMA
     * defer_foreign_keys=ON}, as a rebuild asks), so rows breaking a key the migration adds fail there, not at a statement.
     */
    private static DatabaseException commit(Replica r) {
        try {
            r.exec("COMMIT");
            return null;
        } catch (DatabaseException e) {
            r.rollbackQuietly();
            String says = e.databaseMessage() + " (at COMMIT, where SQLite checks the foreign keys the migration deferred)";
            return new DatabaseException("COMMIT failed: " + says, -1, "COMMIT", says, false, e);
        }
    }

    private static void measure(Replica r, List<Shape> candidates, Map<String, Long> countBefore, Map<String, Integer> firstDrop, int statement,
                                Set<String> existing) {
        List<String> names = new ArrayList<>();
        for (Shape t : candidates) {
            if (countBefore.containsKey(t.name()) && !firstDrop.containsKey(t.name()) && existing.contains(SqliteNames.key(t.name()))) names.add(t.name());
        }
        if (names.isEmpty()) return;
        long[] now = r.counts(countQuery(names), names.size());
        for (int i = 0; i < names.size(); i++) {
            if (now[i] < countBefore.get(names.get(i))) firstDrop.put(names.get(i), statement);
        }
    }

    /** Counts the bystanders statement {@code at} reaches; what it added is counted against the migration when it only moves rows. */
    private static void added(Replica r, List<Shape> reached, Map<String, Long> bystanders, boolean moves, java.util.function.Predicate<String> byTrigger,
                              Map<String, Long> addedByMoves, Map<String, Integer> firstAdded, int at, Set<String> existing) {
        List<String> names = new ArrayList<>();
        for (Shape t : reached) if (bystanders.containsKey(t.name()) && existing.contains(SqliteNames.key(t.name()))) names.add(t.name());
        if (names.isEmpty()) return;
        long[] now = r.counts(countQuery(names), names.size());
        for (int i = 0; i < names.size(); i++) {
            long more = now[i] - bystanders.put(names.get(i), now[i]);
            if (more <= 0 || !moves || !byTrigger.test(names.get(i))) continue;
            addedByMoves.merge(names.get(i), more, Long::sum);
            firstAdded.putIfAbsent(names.get(i), at);
        }
    }

    /**
     * The tables (as {@link SqliteNames#key}) that no statement names and only statements that move rows reach (through the
     * triggers of the rows they move): a value a trigger changes there (a counter on a third table) was not asked for.
     */
    private static Set<String> onlyMovesReach(Reach reach, MovedRows moved, List<String> statements, List<Mentions> said) {
        Set<String> out = new HashSet<>();
        Set<String> otherwise = new HashSet<>();   // reached by a hand-written write, which means its triggers to fire
        for (int i = 0; i < statements.size(); i++) {
            String code = code(statements.get(i));
            boolean writes = writesRows(code) || code.regionMatches(true, 0, "DELETE", 0, 6);
            if (!moved.moves(i) && !writes) continue;
            for (Shape t : reach.of(List.of(statements.get(i)))) (moved.moves(i) ? out : otherwise).add(SqliteNames.key(t.name()));
        }
        out.removeAll(otherwise);
        out.removeIf(t -> said.stream().anyMatch(w -> w.of(t)));
        return out;
    }

    private static List<RowChange> compare(Replica r, Migration m, List<String> statements, List<Shape> tracked, Map<String, Long> countBefore,
                                           Map<String, String> snapshots, Map<String, Integer> firstDrop, MovedRows moved,
                                           Set<String> onlyMovesReach) {
        Map<String, String> renames = renames(statements);
        Map<String, Shape> after = shapes(r);
        List<Trigger> triggers = null;   // read when a table whose rows were moved is compared
        List<RowChange> out = new ArrayList<>();
        for (Shape was : tracked) {
            String name = was.name();
            Set<String> seen = new HashSet<>();
            while (renames.containsKey(SqliteNames.key(name)) && seen.add(name)) name = renames.get(SqliteNames.key(name));
            // dropped before anything read its rows: a table now under its name is another one
            if (droppedUnread(statements, was.name())) continue;
            Shape is = after.get(SqliteNames.key(name));
            // Renamed away, created again under its name, rows copied back, the renamed one dropped: the rows are in the new one.
            if (is == null) is = after.get(SqliteNames.key(was.name()));
            if (is == null) continue;
            // a column renamed (b -> c, then a -> b) is compared under its new name, not with the column that took its old one
            Map<String, String> renamedColumns = renamedColumns(statements, was.name());
            java.util.function.UnaryOperator<String> now = c -> renamedColumns.getOrDefault(SqliteNames.key(c), c);
            Map<String, String> origin = new HashMap<>();
            for (Map.Entry<String, String> e : renamedColumns.entrySet()) origin.put(SqliteNames.key(e.getValue()), e.getKey());
            String snap = "temp." + snapshots.get(was.name());
            String live = "main." + q(is.name());
            long n0 = countBefore.get(was.name());
            long n1 = r.count("SELECT count(*) FROM " + live);
            if (n1 < n0) {
                int at = firstDrop.getOrDefault(was.name(), -1);
                out.add(change(RowChange.Kind.ROWS_DELETED, is.name(), null, n0 - n1, n0, m, at, statements));
            }
            String join = join(was, is, moved.refills(was.name()), now);
            if (join != null) {
                for (Map.Entry<String, String> fk : was.parents().entrySet()) {
                    String c = now.apply(fk.getKey());
                    if (!is.has(c)) continue;
                    String b = "b." + q(fk.getKey());
                    String a = "a." + q(c);
                    long[] x = r.counts("SELECT coalesce(sum(" + b + " IS NOT NULL AND " + a + " IS NULL), 0), coalesce(sum(" + b + " IS NOT NULL AND "
                            + a + " IS NOT NULL AND " + a + " IS NOT " + b + "), 0), coalesce(sum(" + b + " IS NOT NULL), 0) FROM " + snap + " b JOIN "
                            + live + " a ON " + join, 3);
                    int at = parentStatement(statements, fk.getValue());
                    if (x[0] > 0) out.add(change(RowChange.Kind.SET_NULL, is.name(), c, x[0], x[2], m, at, statements));
                    if (x[1] > 0) out.add(change(RowChange.Kind.REFERENCE_CHANGED, is.name(), c, x[1], x[2], m, at, statements));
                }
            }
            if (join != null && moved.refills(was.name())) {
                // rows taken out and put back as they were (of a rebuilt table, the columns it copies as they are; IS NOT compares
                // '5' in a text column and 5 in the integer column it became as equal): a value that differs now was written by a trigger
                // Compared where the table's own trigger names the column (a stamp on the rows put back), or any trigger moves it on
                // from its own value (order_count = order_count + 1): those change it on every database. Another table's trigger
                // that sets it from other rows (order_count = the count of its orders) leaves real rows as they were; only the
                // replay's generated values, which match no generated children, would change.
                if (triggers == null) triggers = triggers(r);
                List<Trigger> all = triggers;
                Shape then = is;
                List<String> own = was.columns().stream().filter(c -> !was.parents().containsKey(c) && then.has(now.apply(c)) && moved.putsBack(was.name(), c)
                        && !drifting(all, was.name(), c, r.holdsRealRows()).isEmpty()).toList();
                rewritten(r, m, statements, moved, was, is, own, now, snap, live, join, c -> drifting(all, was.name(), c, r.holdsRealRows()), out);
            } else if (join != null && onlyMovesReach.contains(SqliteNames.key(was.name()))) {
                // a table only the moves reach, through triggers: what they set there is compared as above (a counter, the time;
                // any value on real rows, where a value recomputed from the same rows comes out the same)
                if (triggers == null) triggers = triggers(r);
                List<Trigger> all = triggers;
                Shape then = is;
                List<String> set = was.columns().stream().filter(c -> then.has(now.apply(c)) && !setBy(all, was.name(), c, r.holdsRealRows()).isEmpty()).toList();
                rewritten(r, m, statements, moved, was, is, set, now, snap, live, join, c -> setBy(all, was.name(), c, r.holdsRealRows()), out);
            }
            if (join != null) {
                // an integer the copy put into a column of REAL affinity (a type changed integer -> real) that the double does not
                // hold exactly: rounded, on any database holding such an integer (5 becoming 5.0 is the same number, and compares equal).
                // Only a value that is the integer's double: one the migration computed on purpose (cents / 100.0) is no rounding, nor
                // a real written into a column of another affinity (an UPDATE of a NUMERIC one). A column REAL before holds no
                // integer (REAL affinity stores them as doubles): only a column REAL now and not before is read, most rebuilds none
                Set<String> realNow = realColumns(r, "main", is.name());
                Set<String> realBefore = realColumns(r, "temp", snapshots.get(was.name()));   // CREATE TABLE AS keeps each column's affinity
                List<String> kept = was.columns().stream().filter(c -> realNow.contains(SqliteNames.key(now.apply(c))) && !realBefore.contains(SqliteNames.key(c))).toList();
                if (!kept.isEmpty()) {
                    StringBuilder sql = new StringBuilder("SELECT count(*)");
                    for (String c : kept) {
                        String a = "a." + q(now.apply(c));
                        String b = "b." + q(c);
                        sql.append(", coalesce(sum(typeof(").append(b).append(") = 'integer' AND typeof(").append(a).append(") = 'real' AND ")
                                .append(a).append(" = CAST(").append(b).append(" AS REAL) AND ").append(a).append(" <> ").append(b).append("), 0)");
                    }
                    long[] x = r.counts(sql.append(" FROM ").append(snap).append(" b JOIN ").append(live).append(" a ON ").append(join).toString(), kept.size() + 1);
                    for (int i = 0; i < kept.size(); i++) {
                        if (x[i + 1] > 0) {
                            out.add(change(RowChange.Kind.VALUES_ROUNDED, is.name(), now.apply(kept.get(i)), x[i + 1], x[0], m,
                                    writerStatement(statements, was.name(), now.apply(kept.get(i))), statements));
                        }
                    }
                }
            }
            if (join != null) {
                // a text the copy put into a column of numeric affinity now (a type changed text -> integer / real / numeric) that
                // SQLite stored as a number reading back different: '007' as 7, '1.50' as 1.5 ('7' as 7 or 7.0 is the same). Only
                // columns numeric now and TEXT or BLOB before (where a text can stand as it is), most rebuilds none
                Set<String> numericNow = columnsOf(r, "main", is.name(), NUMERIC);
                Set<String> numericBefore = columnsOf(r, "temp", snapshots.get(was.name()), NUMERIC);
                List<String> retyped = was.columns().stream()
                        .filter(c -> numericNow.contains(SqliteNames.key(now.apply(c))) && !numericBefore.contains(SqliteNames.key(c))).toList();
                if (!retyped.isEmpty()) {
                    StringBuilder sql = new StringBuilder("SELECT count(*)");
                    for (String c : retyped) {
                        String a = "a." + q(now.apply(c));
                        String b = "b." + q(c);
                        // '7' as 7.0 in a REAL column is the number it spelt, as an integer 7 made 7.0 is (the rounding rule above)
                        sql.append(", coalesce(sum(typeof(").append(b).append(") = 'text' AND typeof(").append(a).append(") IN ('integer', 'real') AND CAST(")
                                .append(a).append(" AS TEXT) <> ").append(b).append(" AND NOT (typeof(").append(a).append(") = 'real' AND CAST(").append(a)
                                .append(" AS INTEGER) = ").append(a).append(" AND CAST(CAST(").append(a).append(" AS INTEGER) AS TEXT) = ").append(b).append(")), 0)");
                    }
                    long[] x = r.counts(sql.append(" FROM ").append(snap).append(" b JOIN ").append(live).append(" a ON ").append(join).toString(), retyped.size() + 1);
                    for (int i = 0; i < retyped.size(); i++) {
                        if (x[i + 1] > 0) {
                            out.add(change(RowChange.Kind.VALUES_CONVERTED, is.name(), now.apply(retyped.get(i)), x[i + 1], x[0], m,
                                    writerStatement(statements, was.name(), now.apply(retyped.get(i))), statements));
                        }
                    }
                }
            }
            List<String> columns = is.columns();
            if (columns.isEmpty()) continue;
            long[] named = r.counts(ownNameQuery(columns, live), columns.size());
            // each column of the table now, by the name it had before the migration (null: a new column, or one that took a renamed one's name)
            List<String> before = columns.stream().map(c -> origin.containsKey(SqliteNames.key(c)) ? origin.get(SqliteNames.key(c))
                    : renamedColumns.containsKey(SqliteNames.key(c)) ? null : c).toList();
            List<String> hadColumns = before.stream().filter(c -> c != null && was.has(c)).toList();
            long[] namedBefore = hadColumns.isEmpty() ? new long[0] : r.counts(ownNameQuery(hadColumns, snap), hadColumns.size());
            for (int i = 0; i < columns.size(); i++) {
                String c = columns.get(i);
                int j = before.get(i) == null ? -1 : hadColumns.indexOf(before.get(i));
                long gained = named[i] - (j >= 0 ? namedBefore[j] : 0);
                // the table's name then or now: a rebuild after a rename in the same migration copies from the new name
                boolean underOldName = readsAsString(statements, was.name(), c);
                if (gained > 0 && (underOldName || readsAsString(statements, is.name(), c))) {
                    out.add(change(RowChange.Kind.FILLED_WITH_OWN_NAME, is.name(), c, gained, n1, m,
                            writerStatement(statements, underOldName ? was.name() : is.name(), c), statements));
                }
            }
        }
        return out;
    }

    /** Reports the {@code columns} of {@code is} whose values differ from the snapshot's: rewritten by the triggers {@code by} names. */
    private static void rewritten(Replica r, Migration m, List<String> statements, MovedRows moved, Shape was, Shape is, List<String> columns,
                                  java.util.function.UnaryOperator<String> now, String snap, String live, String join,
                                  java.util.function.Function<String, List<String>> by, List<RowChange> out) {
        if (columns.isEmpty()) return;
        StringBuilder sql = new StringBuilder("SELECT count(*)");
        for (String c : columns) sql.append(", coalesce(sum(a.").append(q(now.apply(c))).append(" IS NOT b.").append(q(c)).append("), 0)");
        long[] x = r.counts(sql.append(" FROM ").append(snap).append(" b JOIN ").append(live).append(" a ON ").append(join).toString(), columns.size() + 1);
        for (int i = 0; i < columns.size(); i++) {
            if (x[i + 1] > 0) {
                out.add(change(RowChange.Kind.REWRITTEN_BY_TRIGGER, is.name(), now.apply(columns.get(i)), x[i + 1], x[0], m, rewriter(r, moved, statements, was.name()),
                        statements, by.apply(columns.get(i))));
            }
        }
    }

    /**
     * The triggers that set {@code column} of {@code table} in an UPDATE of it: on real rows any (the rows are the same after a
     * move, so a value computed from them comes out the same), on generated rows those that count it on or set it to the time.
     */
    private static List<String> setBy(List<Trigger> triggers, String table, String column, boolean realRows) {
        Pattern sets = Pattern.compile("\\bupdate\\s+(?:or\\s+\\w+\\s+)?[\"`\\[]?" + Pattern.quote(table.toLowerCase(Locale.ROOT))
                + "[\"`\\]]?\\s+set\\b(?:[^;]*?,)?\\s*[\"`\\[]?\\b" + Pattern.quote(column.toLowerCase(Locale.ROOT)) + "\\b[\"`\\]]?\\s*=");
        return triggers.stream().filter(t -> sets.matcher(t.sql()).find()
                && (realRows || movesOnFromItself(t.sql(), table, column) || touches(t.sql(), table, column))).map(Trigger::name).toList();
    }

    /** A trigger: its name, its table (as {@link SqliteNames#key}) and its SQL, lower-cased. */
    private record Trigger(String name, String table, String sql) {
    }

    /** Every trigger, by name. */
    private static List<Trigger> triggers(Replica r) {
        List<Trigger> out = new ArrayList<>();
        for (Map<String, Object> row : r.query("SELECT name, tbl_name, sql FROM main.sqlite_master WHERE type = 'trigger' AND sql IS NOT NULL ORDER BY name")) {
            out.add(new Trigger(String.valueOf(row.get("name")), SqliteNames.key(String.valueOf(row.get("tbl_name"))),
                    String.valueOf(row.get("sql")).toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    /**
     * The triggers that change {@code column} of moved rows of {@code table} on any database (see {@link #compare}): the table's
     * own that name the column, and any that moves it on from its own value. Empty when none does. An own trigger that only sets
     * the column from a subquery ({@code SET position = (SELECT count(*) FROM orders ...)}) computes it from the rows, which
     * real rows agree with and generated ones do not: it counts on {@code realRows} only.
     */
    private static List<String> drifting(List<Trigger> triggers, String table, String column, boolean realRows) {
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

    /** A trigger's body: what follows its BEGIN (its head names its own table). */
    private static String body(String triggerSql) {
        Matcher b = BEGIN.matcher(triggerSql);
        return b.find() ? triggerSql.substring(b.end()) : triggerSql;
    }

    private static final Pattern BEGIN = Pattern.compile("(?i)\\bBEGIN\\b");

    /** Whether a trigger's UPDATE of {@code table} sets {@code column} from its own value ({@code SET n = n + 1}): a counter. */
    private static boolean movesOnFromItself(String triggers, String table, String column) {
        String t = Pattern.quote(table.toLowerCase(Locale.ROOT));
        String c = Pattern.quote(column.toLowerCase(Locale.ROOT));
        return Pattern.compile("\\bupdate\\s+[\"`\\[]?" + t + "[\"`\\]]?\\s+set\\b[^;]*?[\"`\\[]?\\b" + c + "\\b[\"`\\]]?\\s*=\\s*[\"`\\[]?\\b" + c
                + "\\b[\"`\\]]?\\s*[-+*/|]").matcher(triggers).find();
    }

    /**
     * The statement whose triggers rewrote {@code table}'s moved rows: the first one, from the table's own restore on, that puts
     * rows back into a table with a trigger naming {@code table} (a child's trigger can write into its rebuilt parent).
     */
    private static int rewriter(Replica r, MovedRows moved, List<String> statements, String table) {
        int own = moved.refillStatement(statements, table);
        Set<String> firing = new HashSet<>();
        for (Map<String, Object> row : r.query("SELECT tbl_name, sql FROM main.sqlite_master WHERE type = 'trigger' AND sql IS NOT NULL")) {
            if (mentions(String.valueOf(row.get("sql")), table)) firing.add(SqliteNames.key(String.valueOf(row.get("tbl_name"))));
        }
        for (int i = Math.max(own, 0); i < statements.size(); i++) if (firing.contains(moved.restoreInto(i))) return i;
        return own;
    }

    /**
     * A table as the comparison needs it: its stored (not generated) columns, primary key, the parent
     * of each foreign-key column, and whether it has a rowid. Read with three catalog queries for all
     * tables (the full introspection is much slower and not needed here).
     */
    record Shape(String name, List<String> columns, List<String> primaryKey, Map<String, String> parents, Set<String> referenced, boolean rowid) {
        /** How to name the rowid: rowid, else oid, else _rowid_, the first no column takes (a column named rowid hides it); null when none. */
        String rowidName() {
            return rowid ? SqliteNames.rowidAlias(columns) : null;
        }

        boolean has(String column) {
            return columns.stream().anyMatch(c -> SqliteNames.key(c).equals(SqliteNames.key(column)));
        }
    }

    static Map<String, Shape> shapes(Replica r) {
        Map<String, Shape> out = new java.util.LinkedHashMap<>();
        for (Map<String, Object> row : r.query("SELECT name, sql FROM main.sqlite_master WHERE type = 'table' AND sql IS NOT NULL")) {
            String n = String.valueOf(row.get("name"));
            if (Introspector.isExcluded(n, Set.of())) continue;
            boolean rowid = !WITHOUT_ROWID.matcher(String.valueOf(row.get("sql"))).matches();
            out.put(SqliteNames.key(n), new Shape(n, new ArrayList<>(), new ArrayList<>(), new java.util.LinkedHashMap<>(), new HashSet<>(), rowid));
        }
        if (out.isEmpty()) return out;
        Map<String, java.util.TreeMap<Long, String>> pks = new HashMap<>();
        for (Map<String, Object> row : r.query("SELECT m.name AS t, p.name AS c, p.pk AS pk, p.hidden AS hidden FROM main.sqlite_master m"
                + " JOIN pragma_table_xinfo(m.name, 'main') p WHERE m.type = 'table' ORDER BY m.name, p.cid")) {
            Shape s = out.get(SqliteNames.key(String.valueOf(row.get("t"))));
            if (s == null) continue;
            String c = String.valueOf(row.get("c"));
            long hidden = row.get("hidden") instanceof Number h ? h.longValue() : 0;
            if (hidden == 0) s.columns().add(c);
            long pk = row.get("pk") instanceof Number p ? p.longValue() : 0;
            if (pk > 0) pks.computeIfAbsent(s.name(), k -> new java.util.TreeMap<>()).put(pk, c);
        }
        for (Map.Entry<String, java.util.TreeMap<Long, String>> e : pks.entrySet()) {
            out.get(SqliteNames.key(e.getKey())).primaryKey().addAll(e.getValue().values());
        }
        for (Map<String, Object> row : r.query("SELECT m.name AS t, f.\"from\" AS c, f.\"table\" AS parent, f.\"to\" AS ref FROM main.sqlite_master m"
                + " JOIN pragma_foreign_key_list(m.name, 'main') f WHERE m.type = 'table'")) {
            Shape s = out.get(SqliteNames.key(String.valueOf(row.get("t"))));
            if (s != null) s.parents().putIfAbsent(String.valueOf(row.get("c")), String.valueOf(row.get("parent")));
            Shape p = out.get(SqliteNames.key(String.valueOf(row.get("parent"))));
            if (p != null) {
                if (row.get("ref") != null) p.referenced().add(String.valueOf(row.get("ref")));
                else p.referenced().addAll(p.primaryKey());
            }
        }
        return out;
    }

    private static RowChange change(RowChange.Kind kind, String table, String column, long rows, long of, Migration m, int at, List<String> statements) {
        return change(kind, table, column, rows, of, m, at, statements, List.of());
    }

    private static RowChange change(RowChange.Kind kind, String table, String column, long rows, long of, Migration m, int at, List<String> statements,
                                    List<String> triggers) {
        return new RowChange(kind, table, column, rows, of, m, at, at >= 0 ? statements.get(at) : null, triggers);
    }

    /**
     * The join of the snapshot (b) with the table now (a): on the primary key where it survived, else on the rowid; none for a
     * table without a primary key whose rows the migration takes out and puts back ({@code refilled}): that renumbers the
     * rowids from 1, so a row would be joined with another.
     */
    private static String join(Shape was, Shape is, boolean refilled, java.util.function.UnaryOperator<String> now) {
        List<String> pk = was.primaryKey();
        if (!pk.isEmpty() && pk.stream().allMatch(c -> is.has(now.apply(c)))) {
            return String.join(" AND ", pk.stream().map(c -> "a." + q(now.apply(c)) + " IS b." + q(c)).toList());
        }
        return !refilled && was.rowidName() != null && is.rowidName() != null ? "a." + is.rowidName() + " = b.gw_preflight_rid" : null;
    }

    /** The columns of REAL affinity of a table (keys), from their declared types. */
    private static Set<String> realColumns(Replica r, String schema, String table) {
        return columnsOf(r, schema, table, Set.of(dev.godwit.schema.model.Affinity.REAL));
    }

    private static final Set<dev.godwit.schema.model.Affinity> NUMERIC = Set.of(dev.godwit.schema.model.Affinity.INTEGER,
            dev.godwit.schema.model.Affinity.REAL, dev.godwit.schema.model.Affinity.NUMERIC);

    /** The columns of a table whose affinity is one of {@code affinities}, by {@link SqliteNames#key}. */
    private static Set<String> columnsOf(Replica r, String schema, String table, Set<dev.godwit.schema.model.Affinity> affinities) {
        Set<String> out = new HashSet<>();
        for (Map<String, Object> col : r.query("SELECT name, type FROM pragma_table_xinfo(" + Quoting.literal(table) + ", " + Quoting.literal(schema) + ")")) {
            if (affinities.contains(dev.godwit.schema.model.Affinity.of(String.valueOf(col.get("type"))))) {
                out.add(SqliteNames.key(String.valueOf(col.get("name"))));
            }
        }
        return out;
    }

    private static String countQuery(List<String> tables) {
        StringBuilder sb = new StringBuilder("SELECT ");
        for (int i = 0; i < tables.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append("(SELECT count(*) FROM main.").append(q(tables.get(i))).append(')');
        }
        return sb.toString();
    }

    private static String ownNameQuery(List<String> columns, String from) {
        StringBuilder sb = new StringBuilder("SELECT ");
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append("coalesce(sum(").append(q(columns.get(i))).append(" = ").append(Quoting.literal(columns.get(i))).append("), 0)");
        }
        return sb.append(" FROM ").append(from).toString();
    }

    private static Set<String> existingTables(Replica r) {
        Set<String> out = new HashSet<>();
        for (Map<String, Object> row : r.query("SELECT name FROM main.sqlite_master WHERE type = 'table'")) {
            out.add(SqliteNames.key(String.valueOf(row.get("name"))));
        }
        return out;
    }

    private static final Pattern DROP_TABLE = Pattern.compile("(?is)^\\s*DROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(?:main\\.)?" + IDENT + "\\s*;?\\s*$");

    /**
     * Whether the statements drop {@code table} with no statement before reading it (no copy of its rows, no rename away): then
     * a table created under its name (a table dropped while another takes its name in other letter case) is another table, and
     * its rows went with the drop, which is no more reported than any DROP TABLE.
     */
    static boolean droppedUnread(List<String> statements, String table) {
        for (String s : statements) {
            String code = code(s);
            Matcher d = DROP_TABLE.matcher(code);
            if (d.matches() && SqliteNames.key(SqlLexer.unquote(d.group(1))).equals(SqliteNames.key(table))) return true;
            if (new Mentions(code).of(table)) return false;
        }
        return false;
    }

    /**
     * Where the statements' {@code RENAME COLUMN}s take the columns of {@code table} (followed through its own renames): each
     * renamed column (as {@link SqliteNames#key}) to its last name. A chain b -> c, a -> b gives b -> c and a -> b.
     */
    static Map<String, String> renamedColumns(List<String> statements, String table) {
        String current = table;
        Map<String, String> out = new HashMap<>();
        Map<String, String> firstName = new HashMap<>();   // a name now (key) -> the column's name before the statements (key)
        for (String s : statements) {
            String code = code(s);
            Matcher t = RENAME.matcher(code);
            if (t.matches()) {
                if (SqliteNames.key(SqlLexer.unquote(t.group(1))).equals(SqliteNames.key(current))) current = SqlLexer.unquote(t.group(2));
                continue;
            }
            Matcher c = RENAME_COLUMN.matcher(code);
            if (!c.matches() || !SqliteNames.key(SqlLexer.unquote(c.group(1))).equals(SqliteNames.key(current))) continue;
            String from = SqliteNames.key(SqlLexer.unquote(c.group(2)));
            String to = SqlLexer.unquote(c.group(3));
            String first = firstName.containsKey(from) ? firstName.remove(from) : from;
            out.put(first, to);
            firstName.put(SqliteNames.key(to), first);
        }
        return out;
    }

    /** {@code ALTER TABLE a RENAME TO b} in the migration, lower-cased from-name to to-name. */
    static Map<String, String> renames(List<String> statements) {
        Map<String, String> out = new HashMap<>();
        for (String s : statements) {
            Matcher m = RENAME.matcher(code(s));
            if (m.matches()) out.put(SqliteNames.key(SqlLexer.unquote(m.group(1))), SqlLexer.unquote(m.group(2)));
        }
        return out;
    }

    /**
     * The first statement that drops or deletes from {@code parent}: where ON DELETE actions fire; else the first that updates
     * its rows or replaces them (an UPDATE, an upsert's DO UPDATE, a REPLACE): where ON UPDATE actions fire, or ON DELETE ones
     * for the rows a REPLACE deletes.
     */
    private static int parentStatement(List<String> statements, String parent) {
        Pattern p = Pattern.compile("(?is)^\\s*(DROP\\s+TABLE(\\s+IF\\s+EXISTS)?|DELETE\\s+FROM)\\s+" + IDENT + ".*");
        for (int i = 0; i < statements.size(); i++) {
            Matcher m = p.matcher(code(statements.get(i)));
            if (m.matches() && SqliteNames.key(SqlLexer.unquote(m.group(3))).equals(SqliteNames.key(parent))) return i;
        }
        for (int i = 0; i < statements.size(); i++) {
            Matcher m = PARENT_WRITE.matcher(code(statements.get(i)));
            if (!m.matches() || !SqliteNames.key(SqlLexer.unquote(m.group(2))).equals(SqliteNames.key(parent))) continue;
            // a plain INSERT changes no row there unless its upsert updates one
            if (!m.group(1).replaceAll("\\s+", " ").toUpperCase(Locale.ROOT).equals("INSERT INTO") || UPSERT_UPDATE.matcher(m.group(3)).find()) return i;
        }
        return -1;
    }

    /** A statement that updates or replaces rows of the table it names first: the verb, the table, the rest. */
    private static final Pattern PARENT_WRITE = Pattern.compile("(?is)^\\s*(UPDATE(?:\\s+OR\\s+\\w+)?|REPLACE\\s+INTO|INSERT\\s+OR\\s+REPLACE\\s+INTO"
            + "|INSERT\\s+INTO)\\s+(?:main\\s*\\.\\s*)?" + IDENT + "(.*)");
    private static final Pattern UPSERT_UPDATE = Pattern.compile("(?i)\\bDO\\s+UPDATE\\b");

    /**
     * Whether an INSERT or UPDATE of {@code table} spells {@code column} in double quotes: the only spelling SQLite reads as a string
     * when no column has that name. A column whose own name is its default or a literal the migration writes (coalesce(`kind`,
     * 'kind'), ADD `kind` DEFAULT 'kind') holds that text on purpose.
     */
    private static boolean readsAsString(List<String> statements, String table, String column) {
        for (String statement : statements) {
            String s = code(statement).strip();
            String head = s.length() > 6 ? s.substring(0, 6).toUpperCase(Locale.ROOT) : "";
            if (!head.equals("INSERT") && !head.equals("UPDATE") || !mentions(s, table) || !mentions(s, column)) continue;
            for (SqlLexer.Token t : SqlLexer.significant(s)) {
                if (t.kind() == SqlLexer.Kind.QUOTED && t.text().startsWith("\"") && t.name().equalsIgnoreCase(column)) return true;
            }
        }
        return false;
    }

    /** The first INSERT or UPDATE that names both the table (or its rebuild copy) and the column. */
    private static int writerStatement(List<String> statements, String table, String column) {
        for (int i = 0; i < statements.size(); i++) {
            String s = code(statements.get(i)).strip();
            String head = s.length() > 6 ? s.substring(0, 6).toUpperCase(Locale.ROOT) : "";
            if (!head.equals("INSERT") && !head.equals("UPDATE")) continue;
            if (mentions(s, table) && mentions(s, column)) return i;
        }
        return -1;
    }

    /**
     * Whether {@code word} occurs in {@code sql} as a whole word (any case; inside quotes and literals too, which only errs
     * towards checking more tables). Called for every statement and table pair, so no regular expression is compiled here.
     */
    static boolean mentions(String sql, String word) {
        if (word.isEmpty()) return false;
        return occursAsWord(sql.toLowerCase(Locale.ROOT), word.toLowerCase(Locale.ROOT));
    }

    /**
     * {@link #mentions} for one text and many names: the text is lower-cased and cut into its words once, and a name made
     * of word characters only is then one set lookup (such a name occurs as a whole word exactly when it is one of them).
     */
    static final class Mentions {
        private final String text;
        private final Set<String> words = new HashSet<>();

        Mentions(String sql) {
            text = sql.toLowerCase(Locale.ROOT);
            int start = -1;
            for (int i = 0; i <= text.length(); i++) {
                boolean word = i < text.length() && isWordChar(text.charAt(i));
                if (word && start < 0) start = i;
                if (!word && start >= 0) {
                    words.add(text.substring(start, i));
                    start = -1;
                }
            }
        }

        /** Whether a name is one word of a text, so that it can be found among the text's words. */
        static boolean oneWord(String name) {
            if (name.isEmpty()) return false;
            String w = name.toLowerCase(Locale.ROOT);
            for (int i = 0; i < w.length(); i++) if (!isWordChar(w.charAt(i))) return false;
            return true;
        }

        boolean of(String name) {
            if (name.isEmpty()) return false;
            String w = name.toLowerCase(Locale.ROOT);
            for (int i = 0; i < w.length(); i++) if (!isWordChar(w.charAt(i))) return occursAsWord(text, w);
            return words.contains(w);
        }
    }

    private static boolean occursAsWord(String text, String w) {
        for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
            boolean startsWord = at == 0 || !isWordChar(text.charAt(at - 1));
            int end = at + w.length();
            if (startsWord && (end == text.length() || !isWordChar(text.charAt(end)))) return true;
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return c == '_' || c == '$' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /**
     * A statement from its first character of code: what the patterns here read. A hand-written statement may start with
     * comments (every {@code db:generate -Ddb.custom} file's first one does, the template's), which hid a DELETE's cascade.
     */
    private static String code(String statement) {
        return dev.godwit.engine.sql.StatementKind.fromCode(statement);
    }

    private static String q(String name) {
        return Quoting.doubleQuoted(name);
    }
}
