package dev.godwit.engine.studio;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.sql.D1Rules;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.engine.sql.SqlSplitter;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SqliteNames;
import dev.godwit.schema.model.TableDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The SQL console: one read query at a time (under {@code PRAGMA query_only} on a local file), or, when the studio was started
 * with write enabled, a script of statements in one transaction; on a local file a query that runs too long is interrupted.
 */
final class SqlConsole {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database db;
    private final StudioSchema schema;
    private final RowCounts rowCounts;
    private final StudioOptions options;
    private final WriteReach reach;

    SqlConsole(Database db, StudioSchema schema, RowCounts rowCounts, WriteReach reach, StudioOptions options) {
        this.db = db;
        this.schema = schema;
        this.rowCounts = rowCounts;
        this.reach = reach;
        this.options = options;
    }

    static final int MAX_CONSOLE_ROWS = 1000;

    private static final Pattern FIRST_WORD = Pattern.compile("^\\s*([A-Za-z]+)");

    private static final Set<String> READ_STARTS = Set.of("SELECT", "WITH", "VALUES", "EXPLAIN");

    /**
     * Words that make a statement write. The statement must also start like a query and be alone, so
     * CASE … END stays a read; REPLACE counts only when not the replace() function.
     */
    private static final Pattern WRITE_WORDS = Pattern.compile(
            "\\b(INSERT|UPDATE|DELETE|REPLACE(?!\\s*\\()|CREATE|DROP|ALTER|ATTACH|DETACH|VACUUM|REINDEX|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|PRAGMA)\\b");

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

    static String stripQuotedAndComments(String sql) {
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

    /**
     * The statement without its comments (and the blanks before each), quoted text and names kept as written: SQLite names a result
     * column without {@code AS} by its expression's text up to the next token, comments included, so {@code select 1 -- one} gave
     * a column named {@code 1 -- one} in the console and an export's header, and {@code select email -- who\nfrom users} one named
     * {@code email -- who}. A comment is a blank to SQLite: where removing it would join two words ({@code select/**}{@code /1}),
     * one space stays.
     */
    static String withoutComments(String sql) {
        StringBuilder sb = new StringBuilder(sql.length());
        List<SqlLexer.Token> tokens = SqlLexer.tokenize(sql);
        for (int k = 0; k < tokens.size(); k++) {
            SqlLexer.Token t = tokens.get(k);
            if (!t.isComment()) {
                sb.append(t.text());
                continue;
            }
            while (!sb.isEmpty() && Character.isWhitespace(sb.charAt(sb.length() - 1))) sb.setLength(sb.length() - 1);
            if (!sb.isEmpty() && k + 1 < tokens.size() && !tokens.get(k + 1).isTrivia()) sb.append(' ');
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
        readQueryEach(statement, cap, true, rows::add);
        return rows;
    }

    /** A query export's rows: a download the browser stops, not the console's Stop. */
    void readQueryEach(String statement, int cap, Consumer<Map<String, Object>> each) {
        readQueryEach(statement, cap, false, each);
    }

    private void readQueryEach(String statement, int cap, boolean byStop, Consumer<Map<String, Object>> each) {
        String first = FIRST_WORD.matcher(stripQuotedAndComments(statement).toUpperCase(Locale.ROOT)).results().findFirst().map(r -> r.group(1)).orElse("");
        String sql = first.equals("EXPLAIN") ? statement : "SELECT * FROM (" + withoutComments(statement) + "\n) LIMIT " + (cap + 1);
        boolean local = !db.capabilities().remote();
        if (local) db.query("PRAGMA query_only = 1");
        try {
            stoppable("query", byStop, () -> {
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
        } catch (DatabaseException e) {
            if (e.statement() == null || !e.statement().equals(sql)) throw e;
            // The error names the user's statement, not the row cap the studio wrapped it in.
            throw new DatabaseException(e.getMessage(), e.statementIndex(), statement, e.databaseMessage(), e.outcomeUnknown(), e);
        } finally {
            if (local) db.query("PRAGMA query_only = 0");
        }
    }

    /**
     * The column names of a read query that returned no rows (the port names columns only through rows): the query
     * LEFT JOINed to one row gives one row of NULLs under its names. EXPLAIN cannot be a subquery: none then.
     */
    List<String> columnsOf(String statement) {
        if (stripQuotedAndComments(statement).strip().toUpperCase(Locale.ROOT).startsWith("EXPLAIN")) return List.of();
        List<Map<String, Object>> one = readQueryRaw("SELECT q.* FROM (SELECT 1) LEFT JOIN (" + withoutComments(statement) + "\n) AS q LIMIT 1");
        return one.isEmpty() ? List.of() : new ArrayList<>(one.get(0).keySet());
    }

    private List<Map<String, Object>> readQueryRaw(String sql) {
        boolean local = !db.capabilities().remote();
        if (local) db.query("PRAGMA query_only = 1");
        try {
            return stoppable("query", true, () -> db.query(sql));
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

    private static boolean noReadForm(DatabaseException e) {
        return String.valueOf(e.databaseMessage()).contains("no such table: pragma_");
    }

    ObjectNode run(String sql) {
        List<String> stmts = statements(sql == null ? "" : sql);
        if (stmts.isEmpty()) throw StudioException.bad("no SQL statement to run");
        refuseOutsideTransactionOnly(stmts);
        ObjectNode out = JSON.createObjectNode();
        // PRAGMA optimize has a table-valued function too, but acts (it may run ANALYZE): with writes allowed it runs as a statement; as
        // its function, under query_only, it failed "attempt to write a readonly database" wherever it had something to do
        String form = stmts.size() == 1 && !(schema.consoleWritable() && actingPragma(stmts.get(0))) ? readForm(stmts.get(0)) : null;
        if (form != null && !form.equals(stmts.get(0)) && readOnly(form)) {
            try {
                return rows(out, form);
            } catch (DatabaseException e) {
                if (!noReadForm(e)) throw e;
                if (!schema.consoleWritable()) {
                    throw new StudioException(403, "this PRAGMA has no read-only form (no table-valued function pragma_…), so the read-only console"
                            + " cannot run it; start the studio with -Ddb.studio.write to run it");
                }
            }
        }
        boolean allRead = stmts.stream().allMatch(SqlConsole::readOnly);
        if (stmts.size() == 1 && allRead) return rows(out, stmts.get(0));
        if (!schema.consoleWritable()) {
            throw new StudioException(403, stmts.size() > 1 && allRead ? "run one query at a time"
                    : "the console is read-only (SELECT, WITH, VALUES, EXPLAIN); start the studio with -Ddb.studio.write to change data or schema");
        }
        List<String> given = stmts;
        stmts = withoutOwnTransaction(stmts);
        // The schema as last read (a local file's checked by its schema_version): over D1 four calls fewer than reading it
        // again; one that a migration changed since fails its counts and is read again then.
        SchemaDef schemaBefore = schema.current();
        List<Long> countsBefore;
        List<TableDef> before = reached(schemaBefore, stmts);
        boolean stale = false;   // then the page's list is too: it reads it again
        try {
            countsBefore = rowCounts.all(before);
        } catch (DatabaseException e) {
            stale = true;
            schemaBefore = schema.read(true);
            before = reached(schemaBefore, stmts);
            countsBefore = rowCounts.all(before);
        }
        List<String> virtualBefore = schema.virtualNames();
        Set<String> existed = new java.util.HashSet<>(schemaBefore.tables().stream().map(t -> SqliteNames.key(t.name())).toList());
        long changesBefore = totalChanges();
        // One statement with RETURNING runs on its own (one statement is one transaction) so its rows can be shown.
        boolean returning = stmts.size() == 1 && RETURNING_WORD.matcher(stripQuotedAndComments(stmts.get(0))).find();
        List<String> run = stmts;
        List<Map<String, Object>> returned = returning ? stoppable("statement", true, () -> db.query(run.get(0))) : null;
        if (!returning) {
            try {
                stoppable(run.size() == 1 ? "statement" : "statements", true, () -> { db.runAtomically(run, false); return null; });
            } catch (DatabaseException e) {
                throw scriptFailed(e, run, FullDisk.hint(db, e.databaseMessage(), "run the script again"));
            }
        }
        String shadowsDropped = dropShadowingTempObjects(stmts);
        long changesAfter = totalChanges();
        // a local file read again only where its schema_version moved; D1 (which has no such PRAGMA) where a statement may have
        // changed the schema: four calls saved after a script of row changes
        SchemaDef schemaAfter = !db.capabilities().remote() ? schema.current() : rowsOnly(stmts) ? schemaBefore : schema.read(true);
        // the tables counted before that are still there, and those the script made
        Set<String> watched = new java.util.HashSet<>(before.stream().map(t -> SqliteNames.key(t.name())).toList());
        List<TableDef> after = schemaAfter.tables().stream()
                .filter(t -> watched.contains(SqliteNames.key(t.name())) || !existed.contains(SqliteNames.key(t.name()))).toList();
        List<Long> countsAfter = rowCounts.all(after);
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
        // Whether the page must read the table list again (its columns, indexes, views): not after rows alone, whose new counts
        // are in "tables" (on D1 the list is five more calls and a read of every row of the database).
        out.put("schemaChanged", stale || !schemaBefore.equals(schemaAfter) || !virtualBefore.equals(schema.virtualNames()));
        // a script ending in a query (select 1; select 2, or writes and then a SELECT to look at them) showed no rows: its last
        // statement is read again once the script committed, and said to be so (what it reads may have changed meanwhile)
        // A PRAGMA that asks (PRAGMA table_info(users)) is read as its table-valued function, as it is alone: it showed no rows
        String lastGiven = stmts.get(stmts.size() - 1);
        String lastForm = readForm(lastGiven);
        String last = !lastForm.equals(lastGiven) && readOnly(lastForm) && !actingPragma(lastGiven) ? lastForm : lastGiven;
        String lastRead = "";
        if (returned == null && stmts.size() > 1 && readOnly(last)) {
            try {
                resultRows(out, readQuery(last, MAX_CONSOLE_ROWS), () -> columnsOf(last));
                lastRead = "; the rows shown are the last statement's, read again after the script committed";
            } catch (DatabaseException | StudioException e) {
                out.remove(List.of("columns", "rows", "truncated"));
                // a PRAGMA without a table-valued function (shrink_memory) has no rows to read again: nothing to say, as before
                boolean noRows = last != lastGiven && e instanceof DatabaseException d && noReadForm(d);
                if (!noRows) lastRead = "; the script committed, but reading its last statement again for its rows failed: " + e.getMessage();
            }
        }
        out.put("ok", "ran " + stmts.size() + " statement(s) in one transaction"
                + (given.size() != stmts.size() ? " (the studio's own: your BEGIN and COMMIT were left out)" : "") + shadowsDropped + lastRead);
        if (returned != null) resultRows(out, returned, List::of);
        return out;
    }

    /**
     * A temp table or view the script left named like a table or view of the file, or a temp trigger on one of the file's tables,
     * dropped (a local file; D1 has no temp schema), and said: they stay on the studio's one writing connection, where the
     * temp schema comes first for an unqualified name, so the grid's writes went to them. *Add row* on "acct" after
     * {@code CREATE TEMP TABLE acct (…)} answered "inserted a row into "acct"" and put the row in the temp table (not shown, and
     * gone when the studio stopped), and a temp trigger ran on every later edit. An empty string where there was none.
     */
    private String dropShadowingTempObjects(List<String> stmts) {
        // only a script that says TEMP or TEMPORARY makes temp objects (one query saved for every other script)
        if (db.capabilities().remote() || !TEMP_WORD.matcher(stripQuotedAndComments(String.join(";\n", stmts))).find()) return "";
        List<Map<String, Object>> found = db.query("SELECT type, name FROM temp.sqlite_schema WHERE (type IN ('table', 'view') AND lower(name) IN"
                + " (SELECT lower(name) FROM main.sqlite_schema WHERE type IN ('table', 'view'))) OR (type = 'trigger' AND lower(tbl_name) NOT IN"
                + " (SELECT lower(name) FROM temp.sqlite_schema WHERE type IN ('table', 'view')))");
        if (found.isEmpty()) return "";
        List<String> drops = new ArrayList<>();
        List<String> said = new ArrayList<>();
        for (Map<String, Object> o : found) {
            String type = String.valueOf(o.get("type"));
            drops.add("DROP " + type.toUpperCase(Locale.ROOT) + " IF EXISTS temp." + Quoting.doubleQuoted(String.valueOf(o.get("name"))));
            said.add("temp " + type + " " + Quoting.doubleQuoted(String.valueOf(o.get("name"))));
        }
        db.runAtomically(drops, false);
        return "; the " + String.join(", ", said) + " it made " + (said.size() == 1 ? "was" : "were") + " dropped after it: on the studio's"
                + " connection a temp table or view named like one of the file's took the grid's writes to it (a row added went into the"
                + " temp table, to be lost when the studio stops), and a temp trigger ran on every later edit; give it another name (such a temp table stays)";
    }

    /**
     * The tables a script may change the rows of: those it names (a word or quoted name of the script that is a table's; a view's
     * INSTEAD OF triggers count for the view), and those their triggers and foreign-key actions reach ({@link WriteReach}). Only
     * these are counted before and after it: it counted every table twice, on D1 billed as two reads of every row of the database
     * for one UPDATE.
     */
    private List<TableDef> reached(SchemaDef s, List<String> stmts) {
        Set<String> named = WriteReach.keys(SqlNames.identifiers(String.join(";\n", stmts)));
        Map<String, TableDef> out = new LinkedHashMap<>();
        List<TableDef> from = new ArrayList<>(s.tables());
        from.addAll(schema.views().values());
        for (TableDef t : from) {
            if (!named.contains(SqliteNames.key(t.name()))) continue;
            if (s.table(t.name()).isPresent()) out.putIfAbsent(SqliteNames.key(t.name()), t);
            for (TableDef x : reach.from(t, WriteReach.Write.ANY, null)) out.putIfAbsent(SqliteNames.key(x.name()), x);
        }
        return new ArrayList<>(out.values());
    }

    /** Interrupts a console query that runs too long (one thread for all studios: it only ever calls sqlite3_interrupt). */
    private static final java.util.concurrent.ScheduledExecutorService WATCH = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "godwit-studio-query-watch");
        t.setDaemon(true);
        return t;
    });

    /** Stops the console's running query or script (the page's Stop): null while none runs. */
    private volatile Runnable stopRunning;

    /** The page's id of the console run under way (set by {@link StudioData#console}), so a tab's Stop stops its own. */
    volatile String running;

    /**
     * The page's Stop: interrupts the console's running query or script as its time limit would, and it fails saying so. Without
     * it a query typed by mistake (a cross join) held the console, and every write, until the limit. False where nothing runs,
     * and over D1, whose queries the studio cannot stop (D1 stops them at 30 s).
     */
    boolean stop(String run) {
        Runnable r = stopRunning;
        // another tab's query, run first: this tab's waits for it (its Stop stopped the other tab's)
        if (r == null || (run != null && !run.equals(running))) return false;
        r.run();
        return true;
    }

    /** When the running console query last gave a row (or started): see {@link #stoppable}. */
    private volatile long lastProgress;

    /** Set while a row of the running console query is being handed on (written to an export): that time is not the query's. */
    private volatile boolean inSink;

    /**
     * A script of several statements that failed in one of them: which one (its place and its text, as the page shows the
     * error alone), and that nothing was changed, as it ran in one transaction (rolled back). Where the outcome is not known
     * (D1's answer lost), or the statement is not known, the error as it is. {@code fullDisk}: where the file's disk was full,
     * where to free space ({@link FullDisk}, answered 507), else null.
     */
    static RuntimeException scriptFailed(DatabaseException e, List<String> run, String fullDisk) {
        if (run.size() < 2 || e.outcomeUnknown() || e.statementIndex() < 0 || e.statementIndex() >= run.size() || e.databaseMessage() == null) return e;
        ObjectNode details = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("statement", run.get(e.statementIndex()));
        return new StudioException(fullDisk == null ? 400 : 507, "statement " + (e.statementIndex() + 1) + " of " + run.size() + " failed: "
                + dev.godwit.engine.db.UnreadableViews.reason(e) + "; nothing was changed (the script runs as one transaction, rolled back"
                + (e.statementIndex() > 0 ? ", the " + (e.statementIndex() == 1 ? "statement" : e.statementIndex() + " statements") + " before it too" : "")
                + ")" + (fullDisk == null ? "" : ". " + fullDisk), details);
    }

    /**
     * Runs the console's SQL (a query, a query export, a script of writes) on a local file under {@link StudioOptions#queryTimeout}:
     * once it has gone that long without a row, SQLite is interrupted, the statement fails and what it changed is rolled back.
     * Without this a runaway query (a recursive CTE without an end) held the studio's one connection, and every page with it,
     * until the studio was stopped. D1 stops its own queries after 30 s. With {@code byStop} the page's Stop ({@link #stop}) may
     * interrupt it too: the console's runs, not a query export (its download is cancelled instead).
     */
    private <T> T stoppable(String what, boolean byStop, Supplier<T> work) {
        if (db.capabilities().remote()) return work.get();
        java.time.Duration limit = options.queryTimeout();
        long tick = Math.max(10, Math.min(1000, limit.toMillis() / 10));
        Object gate = new Object();
        // [0] stopped, [1] done: no interrupt once the work is over (it would hit the next statement), [2] stopped by the page's Stop
        boolean[] state = new boolean[3];
        lastProgress = System.nanoTime();
        inSink = false;
        var watch = WATCH.scheduleWithFixedDelay(() -> {
            synchronized (gate) {
                if (state[0] || state[1] || inSink || System.nanoTime() - lastProgress < limit.toNanos()) return;
                state[0] = true;
                db.interrupt();
            }
        }, tick, tick, java.util.concurrent.TimeUnit.MILLISECONDS);
        if (byStop) {
            stopRunning = () -> {
                synchronized (gate) {
                    if (state[0] || state[1]) return;
                    state[0] = state[2] = true;
                    db.interrupt();
                }
            };
        }
        try {
            return work.get();
        } catch (DatabaseException e) {
            synchronized (gate) {
                if (!state[0]) throw e;
            }
            if (state[2]) {
                throw StudioException.bad("you stopped the " + what + " (SQLite interrupted " + (what.equals("statements") ? "them" : "it")
                        + "); nothing was changed");
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
            if (byStop) stopRunning = null;
            watch.cancel(false);
        }
    }

    /**
     * PRAGMAs whose setting belongs to the connection (SQLite's pragma page) and outlives the script that sets it: on the studio's
     * one writing connection each would change every later write (defer_foreign_keys, which ends with its transaction, is not
     * here; nor those that change the file itself, user_version, application_id, nor those that only act, wal_checkpoint,
     * optimize). journal_mode is the file's only for WAL, which SQLite does not enter within a transaction (the console's); the
     * others (OFF, MEMORY) are the connection's: later writes without a rollback journal.
     */
    static final Set<String> CONNECTION_PRAGMAS = Set.of("analysis_limit", "automatic_index", "busy_timeout", "cache_size", "cache_spill",
            "case_sensitive_like", "cell_size_check", "checkpoint_fullfsync", "count_changes", "data_store_directory", "empty_result_callbacks",
            "full_column_names", "fullfsync", "hard_heap_limit", "ignore_check_constraints", "journal_mode", "journal_size_limit", "legacy_alter_table",
            "locking_mode", "max_page_count", "mmap_size", "query_only", "read_uncommitted", "recursive_triggers", "reverse_unordered_selects",
            "secure_delete", "short_column_names", "soft_heap_limit", "synchronous", "temp_store", "temp_store_directory", "threads",
            "trusted_schema", "wal_autocheckpoint", "writable_schema");

    /** Statements SQLite runs only outside a transaction (and D1 not at all), where the console runs every script. */
    private static final Set<String> OUTSIDE_TRANSACTION_ONLY = Set.of("ATTACH", "DETACH", "VACUUM");

    /** PRAGMAs with a table-valued function that act rather than ask: run as statements (with writes allowed), never read again. */
    private static final Set<String> ACTING_PRAGMAS = Set.of("optimize");

    private static boolean actingPragma(String statement) {
        String name = pragmaName(statement);
        return name != null && ACTING_PRAGMAS.contains(name);
    }

    /** The name of a {@code PRAGMA [schema.]name ...}, unquoted and lower-cased; null for another statement. */
    static String pragmaName(String statement) {
        List<SqlLexer.Token> t = SqlLexer.significant(statement);
        if (t.size() < 2 || !t.get(0).is("PRAGMA")) return null;
        int at = t.size() > 3 && t.get(2).isPunct(".") ? 3 : 1;
        return SqlLexer.unquote(t.get(at).text()).toLowerCase(Locale.ROOT);
    }

    /**
     * Refuses ATTACH, DETACH and VACUUM before anything runs, read-only or not: SQLite would only say "cannot VACUUM from within a
     * transaction", and the read-only console's "start with -Ddb.studio.write" would not help.
     */
    private void refuseOutsideTransactionOnly(List<String> stmts) {
        for (String st : stmts) {
            // SQLite takes these inside a transaction and does nothing: "ran 1 statement" read as if foreign keys were off now
            String name = pragmaSetting(st);
            if (name != null && CONNECTION_PRAGMAS.contains(name) && db.capabilities().remote()) {
                // No connection of the studio's there: D1 runs each request on its own and keeps a PRAGMA to the request's end
                throw new StudioException(403, "PRAGMA " + name + " is not offered in the console: " + (D1Rules.allowsPragma(name)
                        ? "D1 applies it to the request that sets it only (each request is a transaction of its own), so it would not"
                                + " hold for your next script or the grid's edits, each another request; nothing was run. Put it at the top"
                                + " of a migration, where it holds for that migration's statements (a migration is one request)"
                        : "D1 refuses it (not authorized: it is not among the PRAGMAs D1 allows) and keeps such settings itself; nothing"
                                + " was run"));
            }
            if (name != null && CONNECTION_PRAGMAS.contains(name)) {
                // It ran, and stayed set on the studio's connection for every later write: ignore_check_constraints let the grid
                // store what the table's CHECKs refuse, and locking_mode = EXCLUSIVE kept the file locked against every other
                // process (the application could not even read it) and then failed the studio's own pages, until it was stopped
                throw new StudioException(403, "PRAGMA " + name + " is not offered in the console: it would stay set on the studio's own connection"
                        + " after the script, for every later edit from the grid and the console (ignore_check_constraints: CHECK constraints"
                        + " skipped; locking_mode = EXCLUSIVE: the file locked against your application until the studio stops); nothing was"
                        + " run. Set it in the connection that needs it (the sqlite3 shell on the file)");
            }
            if (name != null && name.equals("foreign_keys")) {
                throw new StudioException(403, "PRAGMA " + name + " is not offered in the console: it runs every script in one transaction of its own,"
                        + " where SQLite takes PRAGMA " + name + " and changes nothing" + (name.equals("foreign_keys")
                        ? " (foreign keys stay on; PRAGMA defer_foreign_keys = ON, which works there, checks them at the end of the script instead)"
                        : "") + "; nothing was run");
            }
            if ("wal_checkpoint".equals(pragmaName(st)) && db.capabilities().remote()) {
                // "the sqlite3 shell on the file", "the studio checkpoints the file when it stops": D1 has no file the user can reach
                throw StudioException.bad("PRAGMA wal_checkpoint is not offered in the console: D1 keeps its database's storage itself, with no"
                        + " file of yours to checkpoint, and refuses the PRAGMA (not authorized: it is not among the PRAGMAs D1 allows); nothing was run");
            }
            if ("wal_checkpoint".equals(pragmaName(st))) {
                // SQLite answers it in a transaction with SQLITE_LOCKED, "database table is locked": read as another process holding the file
                throw StudioException.bad("PRAGMA wal_checkpoint is not offered in the console: SQLite does not checkpoint inside a transaction"
                        + " (it answers \"database table is locked\"), and the console runs every script in one transaction of its own; nothing"
                        + " was run. The studio checkpoints the file when it stops (Ctrl+C); or run it with the sqlite3 shell on the file");
            }
            var m = FIRST_WORD.matcher(stripQuotedAndComments(st).toUpperCase(Locale.ROOT));
            if (!m.find() || !OUTSIDE_TRANSACTION_ONLY.contains(m.group(1))) continue;
            throw StudioException.bad(m.group(1) + " is not offered in the console: " + (db.capabilities().remote()
                    ? "D1 refuses ATTACH, DETACH and VACUUM (every request is a transaction, and ATTACH is not authorized there); nothing was run"
                    : "it runs every script in one transaction of its own, and SQLite cannot ATTACH, DETACH or VACUUM inside a transaction;"
                            + " nothing was run. Run it with the sqlite3 shell on the file, with the studio stopped"));
        }
    }

    /**
     * The name a {@code PRAGMA [schema.]name = value} or {@code PRAGMA [schema.]name(value)} sets, unquoted and lower-cased as SQLite
     * reads it ({@code "foreign_keys"}, {@code [foreign_keys]}, {@code temp.foreign_keys} alike); null for another statement.
     */
    static String pragmaSetting(String statement) {
        List<SqlLexer.Token> t = SqlLexer.significant(statement);
        if (t.size() < 3 || !t.get(0).is("PRAGMA")) return null;
        int at = t.size() > 3 && t.get(2).isPunct(".") ? 3 : 1;
        if (at + 1 >= t.size() || !(t.get(at + 1).isPunct("=") || t.get(at + 1).isPunct("("))) return null;
        return SqlLexer.unquote(t.get(at).text()).toLowerCase(Locale.ROOT);
    }

    /** Statements that change rows at most, never the schema (a trigger cannot run DDL); any other may, as far as the console knows. */
    private static final Set<String> ROWS_ONLY_STARTS = Set.of("INSERT", "UPDATE", "DELETE", "REPLACE", "SELECT", "VALUES", "WITH", "SAVEPOINT", "RELEASE");

    /**
     * Whether no statement of the script can change the schema (each starts with a word of {@link #ROWS_ONLY_STARTS}, or is a PRAGMA
     * that asks, {@link #askingPragma}).
     */
    static boolean rowsOnly(List<String> stmts) {
        return stmts.stream().allMatch(st -> {
            if (askingPragma(st)) return true;
            var m = FIRST_WORD.matcher(stripQuotedAndComments(st).toUpperCase(Locale.ROOT));
            return m.find() && ROWS_ONLY_STARTS.contains(m.group(1));
        });
    }

    /** PRAGMAs whose argument names what they ask about (a table, an index, a count of errors), not a value they set. */
    private static final Set<String> ASKING_WITH_ARGUMENT = Set.of("table_info", "table_xinfo", "index_info", "index_list", "index_xinfo",
            "foreign_key_list", "foreign_key_check", "quick_check", "integrity_check");

    /**
     * A PRAGMA that only asks, as the console reads it through its table-valued function ({@link #readForm}): no {@code =}, not one
     * that acts ({@code optimize}, whose ANALYZE makes sqlite_stat1), and an argument only where it names what is asked about
     * ({@code PRAGMA table_info(users)}; {@code PRAGMA schema_version(7)} sets, as {@code = 7} does). It changes no schema: over D1 a
     * script ending in one read the schema again, as for a DDL statement (eight API calls for an UPDATE and a PRAGMA table_info, not
     * four).
     */
    static boolean askingPragma(String statement) {
        String name = pragmaName(statement);
        if (name == null || ACTING_PRAGMAS.contains(name) || "wal_checkpoint".equals(name)) return false;
        List<SqlLexer.Token> t = SqlLexer.significant(statement);
        if (t.stream().anyMatch(x -> x.isPunct("="))) return false;
        return t.stream().noneMatch(x -> x.isPunct("(")) || ASKING_WITH_ARGUMENT.contains(name);
    }

    private static final Pattern TEMP_WORD = Pattern.compile("(?i)\\bTEMP(ORARY)?\\b");

    private static final Pattern RETURNING_WORD = Pattern.compile("(?i)\\bRETURNING\\b");

    /** A read query's first rows into the console's answer. */
    private ObjectNode rows(ObjectNode out, String statement) {
        out.put("kind", "rows");
        return resultRows(out, readQuery(statement, MAX_CONSOLE_ROWS), () -> columnsOf(statement));
    }

    /** Rows into the console's answer, the first {@link #MAX_CONSOLE_ROWS}: their columns (when there are none, {@code noRows}'s). */
    private static ObjectNode resultRows(ObjectNode out, List<Map<String, Object>> rows, Supplier<List<String>> noRows) {
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
}
