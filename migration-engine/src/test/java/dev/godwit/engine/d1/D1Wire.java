package dev.godwit.engine.d1;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.godwit.engine.sql.SqlSplitter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteLimits;

/**
 * What D1 does with one {@code /query} or {@code /raw} request on one database, and the envelopes it answers in: the
 * part the two stand-ins share ({@link D1StandIn}, one database; {@link D1FleetStandIn}, an account's many), so a
 * fleet test meets the same D1 as every other test.
 */
final class D1Wire {

    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A JDK HTTP server on {@code address}, answering without Nagle's delay: it writes an answer's headers and body apart, and
     * with Nagle on the body waited for the client's delayed ACK of the headers, 40 ms an answer (a test class making a few
     * hundred D1 calls spent 57 s of its 60 there: 4 s without). The property is read once, when the first server starts.
     */
    static com.sun.net.httpserver.HttpServer listen(java.net.InetSocketAddress address, int backlog) throws java.io.IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        return com.sun.net.httpserver.HttpServer.create(address, backlog);
    }
    static final String TRANSACTION_MESSAGE = "To execute a transaction, please use the state.storage.transaction() or"
            + " state.storage.transactionSync() APIs instead of the SQL BEGIN TRANSACTION or SAVEPOINT statements. The JavaScript API"
            + " is safer because it will automatically roll back on exceptions, and because it interacts correctly with Durable"
            + " Objects' automatic atomic write coalescing.";
    static final int MAX_STATEMENT_BYTES = 100_000;

    private static final Pattern TRANSACTION = Pattern.compile("(?is)^(BEGIN|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE)\\b.*");
    private static final Pattern PRAGMA = Pattern.compile("(?is)^PRAGMA\\s+(?:\"?main\"?\\.)?\"?([A-Za-z_]+)\"?\\s*(?:(=)\\s*(.*?)|\\((.*?)\\))?\\s*$");
    private static final Set<String> BOOLEAN_PRAGMAS = Set.of("case_sensitive_like", "foreign_keys", "defer_foreign_keys",
            "ignore_check_constraints", "legacy_alter_table", "recursive_triggers", "reverse_unordered_selects");
    private static final Set<String> NAME_PRAGMAS = Set.of("table_info", "table_xinfo", "foreign_key_check", "foreign_key_list", "index_info",
            "index_list", "index_xinfo", "quick_check", "optimize", "table_list");
    private static final Set<String> BOOLEAN_VALUES = Set.of("on", "off", "true", "false", "yes", "no", "1", "0");
    /** The name pragmas workerd also allows without a name (the others, OBJECT_NAME in its list, need one). */
    private static final Set<String> OPTIONAL_NAME_PRAGMAS = Set.of("foreign_key_check", "quick_check", "optimize", "table_list");

    /** An answer: its HTTP status and body; {@code changed} when a committed statement changed the database. */
    record Reply(int status, ObjectNode json, boolean changed) {
    }

    private static final class Refusal extends Exception {
        Refusal(String message) {
            super(message);
        }
    }

    private D1Wire() {
    }

    /** Gives a connection D1's limits, foreign keys on and commits left to {@link #run}. */
    static void likeD1(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys=ON");
        }
        SQLiteConnection sc = c.unwrap(SQLiteConnection.class);
        sc.setLimit(SQLiteLimits.SQLITE_LIMIT_SQL_LENGTH, MAX_STATEMENT_BYTES);
        sc.setLimit(SQLiteLimits.SQLITE_LIMIT_VARIABLE_NUMBER, 100);
        sc.setLimit(SQLiteLimits.SQLITE_LIMIT_COLUMN, 100);
        sc.setLimit(SQLiteLimits.SQLITE_LIMIT_COMPOUND_SELECT, 5);
        sc.setLimit(SQLiteLimits.SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 50);
        sc.setLimit(SQLiteLimits.SQLITE_LIMIT_LENGTH, 2_200_000);
        sc.setLimit(SQLiteLimits.SQLITE_LIMIT_VDBE_OP, 25_000);
        sc.setLimit(SQLiteLimits.SQLITE_LIMIT_EXPR_DEPTH, 100);
        sc.setLimit(SQLiteLimits.SQLITE_LIMIT_TRIGGER_DEPTH, 10);
        // workerd's since cloudflare/workerd#2493, D1's own (its limits page still says 32, from before)
        sc.setLimit(SQLiteLimits.SQLITE_LIMIT_FUNCTION_ARG, 127);
        c.setAutoCommit(false);
    }

    /**
     * Runs a request body ({@code {"sql", "params"}}) on the database as one transaction, as D1 does: committed when every
     * statement succeeds, else rolled back and answered 400 with SQLite's message. {@code servedBy} goes into each result's meta.
     */
    static Reply run(Connection c, String body, boolean raw, String servedBy) {
        return run(c, body, raw, servedBy, false);
    }

    /**
     * As {@link #run(Connection, String, boolean, String)}; with {@code commentsAsSql}, D1's splitter as reported in
     * workers-sdk#3892 and #4767 (open): a {@code ;} inside a {@code --} or block comment (outside a trigger body) cuts the request
     * there too, and a piece holding only comments is answered "SQL code did not contain a statement." (code 7500).
     */
    static Reply run(Connection c, String body, boolean raw, String servedBy, boolean commentsAsSql) {
        JsonNode req;
        try {
            req = JSON.readTree(body);
        } catch (IOException e) {
            return failed(400, 7400, "The request is malformed: the body is not JSON");
        }
        if (req == null || !req.isObject() || !req.path("sql").isTextual()) {
            return failed(400, 7400, "The request is malformed: sql is required");
        }
        List<String> statements = new ArrayList<>();
        for (String s : d1Split(req.path("sql").asText(), commentsAsSql)) {
            String t = s.strip();
            if (t.endsWith(";")) t = t.substring(0, t.length() - 1);
            if (t.isBlank()) continue;
            if (dev.godwit.engine.sql.SqlLexer.significant(t).isEmpty()) return failed(400, 7500, "SQL code did not contain a statement.");
            statements.add(t);
        }
        JsonNode params = req.path("params");
        boolean hasParams = params.isArray();
        if (hasParams && statements.size() > 1) {
            return failed(400, 7400, "The request is malformed: params with multiple statements is not supported");
        }
        if (statements.isEmpty()) return failed(400, 7500, "SQL code did not contain a statement");
        ArrayNode results = JSON.createArrayNode();
        boolean changed = false;
        try {
            for (int i = 0; i < statements.size(); i++) {
                ObjectNode r = execute(c, statements.get(i), hasParams ? params : null, raw, servedBy, i == statements.size() - 1);
                changed |= r.path("meta").path("changed_db").asBoolean(false);
                results.add(r);
            }
            c.commit();
        } catch (SQLException e) {
            rollback(c);
            return failed(400, 7500, d1Message(e));
        } catch (Refusal r) {
            rollback(c);
            return failed(400, 7500, r.getMessage());
        } finally {
            // "D1 PRAGMA statements only apply to the current transaction" (its PRAGMA page): the next request starts afresh
            try {
                dev.godwit.engine.db.TransactionPragmas.reset(c);
                c.commit();
            } catch (SQLException ignored) {
                // the connection is gone
            }
        }
        ObjectNode ok = JSON.createObjectNode();
        ok.set("result", results);
        ok.putArray("errors");
        ok.putArray("messages");
        ok.put("success", true);
        return new Reply(200, ok, changed);
    }

    /**
     * D1's server-side splitter (reference d1.md 1.7): it cuts the text at every {@code ;} outside quotes and comments, except
     * inside a trigger body, which it takes to run from an upper-case {@code BEGIN} to the next upper-case {@code END}. So a body
     * opened by a lower-case {@code begin}, or closed early by the {@code END} of a CASE inside it (outside parentheses), is cut there, and SQLite
     * answers "incomplete input". Statements it keeps whole are the ones SQLite's own splitter finds.
     */
    static List<String> d1Split(String sql) {
        return d1Split(sql, false);
    }

    /** As {@link #d1Split(String)}; with {@code commentsAsSql}, a {@code ;} in a comment outside a trigger body cuts there too. */
    static List<String> d1Split(String sql, boolean commentsAsSql) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        boolean create = false;
        boolean trigger = false;
        boolean inBody = false;
        int depth = 0;   // a CASE … END in parentheses leaves the body open (the reports' workaround)
        boolean first = true;
        for (dev.godwit.engine.sql.SqlLexer.Token t : dev.godwit.engine.sql.SqlLexer.tokenize(sql)) {
            if (t.isPunct(";") && !inBody) {
                pieces.addAll(SqlSplitter.split(piece.toString()));
                piece.setLength(0);
                trigger = false;
                first = true;
                continue;
            }
            if (commentsAsSql && !inBody && t.isComment() && t.text().indexOf(';') >= 0) {
                String[] parts = t.text().split(";", -1);
                for (int p = 0; p < parts.length; p++) {
                    if (p > 0) {
                        List<String> got = SqlSplitter.split(piece.toString());
                        pieces.addAll(got.isEmpty() && !piece.toString().isBlank() ? List.of(piece.toString()) : got);
                        piece.setLength(0);
                        trigger = false;
                        first = true;
                    }
                    piece.append(parts[p]);
                }
                continue;
            }
            piece.append(t.text());
            if (t.isTrivia()) continue;
            if (first) create = t.is("CREATE");
            else if (create && t.is("TRIGGER")) trigger = true;
            else if (trigger && !inBody && t.kind() == dev.godwit.engine.sql.SqlLexer.Kind.WORD && t.text().equals("BEGIN")) inBody = true;
            else if (inBody && t.isPunct("(")) depth++;
            else if (inBody && t.isPunct(")")) depth--;
            else if (inBody && depth == 0 && t.kind() == dev.godwit.engine.sql.SqlLexer.Kind.WORD && t.text().equals("END")) inBody = false;
            first = false;
        }
        pieces.addAll(SqlSplitter.split(piece.toString()));
        return pieces;
    }

    private static ObjectNode execute(Connection c, String sql, JsonNode params, boolean raw, String servedBy, boolean last)
            throws SQLException, Refusal {
        check(c, sql);
        long t0 = System.nanoTime();
        long changesBefore = longOf(c, "SELECT total_changes()");
        ObjectNode out = JSON.createObjectNode();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            // workerd binds nothing where SQLite would bind NULL: a parameter without its value is refused (its sql.c++ wording)
            int wanted = ps.getParameterMetaData().getParameterCount();
            if (wanted > 0 && !last) {
                throw new Refusal("When executing multiple SQL statements in a single call, only the last statement can have parameters.: SQLITE_ERROR");
            }
            if (wanted != (params == null ? 0 : params.size())) throw new Refusal("Wrong number of parameter bindings for SQL query.: SQLITE_ERROR");
            if (params != null) {
                for (int i = 0; i < params.size(); i++) bind(ps, i + 1, params.get(i));
            }
            boolean hasRows = ps.execute();
            ArrayNode rows = JSON.createArrayNode();
            ArrayNode columns = JSON.createArrayNode();
            int rowCount = 0;
            if (hasRows) {
                try (ResultSet rs = ps.getResultSet()) {
                    ResultSetMetaData md = rs.getMetaData();
                    int n = md.getColumnCount();
                    for (int i = 1; i <= n; i++) columns.add(md.getColumnLabel(i));
                    while (rs.next()) {
                        rowCount++;
                        if (raw) {
                            ArrayNode r = rows.addArray();
                            for (int i = 1; i <= n; i++) r.add(json(rs.getObject(i)));
                        } else {
                            ObjectNode r = rows.addObject();
                            for (int i = 1; i <= n; i++) r.set(md.getColumnLabel(i), json(rs.getObject(i)));
                        }
                    }
                }
            }
            if (raw) {
                ObjectNode r = out.putObject("results");
                r.set("columns", columns);
                r.set("rows", rows);
            } else {
                out.set("results", rows);
            }
            long changes = longOf(c, "SELECT total_changes()") - changesBefore;
            out.put("success", true);
            ObjectNode meta = out.putObject("meta");
            meta.put("served_by", servedBy);
            meta.put("duration", (System.nanoTime() - t0) / 1e6);
            meta.put("changes", changes);
            meta.put("last_row_id", longOf(c, "SELECT last_insert_rowid()"));
            meta.put("changed_db", changes > 0 || !hasRows);
            meta.put("rows_read", rowCount);
            meta.put("rows_written", changes);
        }
        return out;
    }

    // compiled once: String.matches and replaceAll compiled these for every statement the stand-ins ran
    private static final Pattern CREATE_TEMP = Pattern.compile("(?s)^CREATE\\s+(TEMP|TEMPORARY)\\b.*");
    private static final Pattern REINDEX_EXPRESSIONS = Pattern.compile("(?s)^REINDEX\\s+EXPRESSIONS\\s*;?\\s*$");
    private static final Pattern ARGUMENTS = Pattern.compile("\\(.*");
    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern CALLS_IF = Pattern.compile("(?s).*\\bif\\s*\\(.*");

    /** D1's authorizer and transaction rule, as far as a test needs them. */
    private static void check(Connection c, String sql) throws Refusal {
        String code = stripLeadingComments(sql);
        if (TRANSACTION.matcher(code).matches()) throw new Refusal(TRANSACTION_MESSAGE + ": SQLITE_AUTH");
        // Measured per piece of D1's splitter, each prepared alone: SQLite measures the text it is handed with its length
        // (sqlite3Prepare, prepare.c: nBytes > SQLITE_LIMIT_SQL_LENGTH → "statement too long"), and a piece it was handed alone is why
        // a cut trigger fails "incomplete input". workerd's own multi-statement exec measures the rest of the text instead
        // (util/sqlite.c++ prepareSql: sqlite3_prepare_v3(db, sqlCode.begin(), sqlCode.size(), ...)); whether D1 also measures a whole
        // request is not known (workers-sdk#6347): refuseRequestsOverBytesAsTooLong plays that.
        if (sql.getBytes(StandardCharsets.UTF_8).length > MAX_STATEMENT_BYTES) throw new Refusal("statement too long: SQLITE_TOOBIG");
        String upper = code.toUpperCase(Locale.ROOT);
        if (upper.startsWith("ATTACH") || upper.startsWith("DETACH") || CREATE_TEMP.matcher(upper).matches()) {
            throw new Refusal("not authorized: SQLITE_AUTH");
        }
        // the code with its strings blanked, once: six checks below read it (each made it anew, a regex pass over the text each). Not
        // before the length check: that regex overflows the stack on a string of 100,000 characters (D1StandInTest's too-long statement)
        String bare = withoutLiterals(code);
        if (TEMP_SCHEMA.matcher(bare).find()) throw new Refusal("not authorized: SQLITE_AUTH");
        // workerd builds SQLite without the dbstat table (wrangler 4.86.0's local D1: "no such table: dbstat"); sqlite-jdbc has it.
        // A table of the user's of that name is read there, as here, and a CTE of that name (WITH dbstat AS (...)) before either
        if (DBSTAT.matcher(bare).find() && !hasUserTable(c, "dbstat") && !DBSTAT_CTE.matcher(bare).find()) {
            throw new Refusal("no such table: dbstat: SQLITE_ERROR");
        }
        // every request is a transaction: SQLite's own refusal, as D1 gives it (reference d1.md 2.1)
        if (upper.startsWith("VACUUM")) throw new Refusal("cannot VACUUM from within a transaction: SQLITE_ERROR");
        // SQLite 3.53's REINDEX EXPRESSIONS: D1's SQLite (wrangler 4.86.0's local D1, 3.47.0) looks for an object of that name
        if (REINDEX_EXPRESSIONS.matcher(upper).matches()) throw new Refusal("unable to identify the object to be reindexed: SQLITE_ERROR");
        Matcher module = VIRTUAL_TABLE.matcher(code);
        if (module.find() && !MODULES.contains(module.group(1).toLowerCase(Locale.ROOT))) throw new Refusal("not authorized: SQLITE_AUTH");
        String shadow = dev.godwit.engine.sql.ShadowTables.problem(code, name -> virtualTableModule(c, name));
        if (shadow != null) {
            String table = shadow.substring(shadow.indexOf('"') + 1, shadow.indexOf('"', shadow.indexOf('"') + 1));
            if (shadow.startsWith("it names ")) throw new Refusal("object name reserved for internal use: " + table + ": SQLITE_ERROR");
            if (shadow.startsWith("it creates a trigger ")) throw new Refusal("cannot create triggers on shadow tables: SQLITE_ERROR");
            throw new Refusal("table " + table + " may not be " + (upper.startsWith("DROP") ? "dropped" : upper.startsWith("ALTER") ? "altered"
                    : "modified") + ": SQLITE_ERROR");
        }
        String function = refusedFunction(c, code, bare);
        if (function != null) throw new Refusal("not authorized to use function: " + function + ": SQLITE_AUTH");
        if (RESERVED_TABLE.matcher(bare).find() || commaJoinsReserved(bare)) {
            throw new Refusal("not authorized: SQLITE_AUTH");
        }
        // a view or trigger runs nothing when created: D1 takes it, and refuses each read of the view, each write firing the trigger
        if (!CREATES_VIEW_OR_TRIGGER.matcher(code).lookingAt() && namesReservedThroughAPragma(c, code)) throw new Refusal("not authorized: SQLITE_AUTH");
        if (runsAViewOrTriggerNamingReserved(c, bare)) throw new Refusal("not authorized: SQLITE_AUTH");
        // a table-valued PRAGMA: SQLite prepares PRAGMA NAME for it, which workerd's authorizer judges as any PRAGMA
        Matcher tableValued = TABLE_VALUED_PRAGMA.matcher(bare);
        while (tableValued.find()) {
            String name = tableValued.group(1).toLowerCase(Locale.ROOT);
            if (pragmaNames(c).contains(name) && !BOOLEAN_PRAGMAS.contains(name) && !NAME_PRAGMAS.contains(name)
                    && !name.equals("data_version")) throw new Refusal("not authorized: SQLITE_AUTH");
        }
        if (upper.startsWith("PRAGMA")) {
            Matcher m = PRAGMA.matcher(code);
            if (!m.matches()) throw new Refusal("not authorized: SQLITE_AUTH");
            // as written: workerd looks the name up, case and all, in its lower-case list (PRAGMA FOREIGN_KEYS is "not authorized")
            String name = m.group(1);
            boolean assigns = m.group(2) != null;
            // a value SQLite hands over without its quotes or a leading +, which workerd compares by prefix (strncasecmp(val, "1", 1))
            String value = assigns ? m.group(3).strip().replaceAll("^['\"]|['\"]$", "").replaceFirst("^\\+\\s*(?=\\d)", "").toLowerCase(Locale.ROOT) : null;
            // optimize and quick_check: SQLite hands the value over alike after = or in parentheses, and workerd judges the value
            String argument = assigns ? m.group(3).strip() : m.group(4) == null ? null : m.group(4).strip();
            boolean ok = BOOLEAN_PRAGMAS.contains(name) ? !assigns || BOOLEAN_VALUES.stream().anyMatch(value::startsWith)
                    : name.equals("optimize") ? argument == null || int32(argument)
                    // a table to check, after = as in parentheses: workerd refuses D1's own (_cf_KV) either way
                    : name.equals("quick_check") ? argument == null || !argument.isEmpty()
                            && !argument.replaceAll("^['\"`\\[]", "").toLowerCase(Locale.ROOT).startsWith("_cf_")
                    : NAME_PRAGMAS.contains(name) ? !assigns && (m.group(4) != null || OPTIONAL_NAME_PRAGMAS.contains(name))
                    : name.equals("data_version") && !assigns && m.group(4) == null;
            if (!ok) throw new Refusal("not authorized: SQLITE_AUTH");
        }
    }

    private static final Pattern CREATES_VIEW_OR_TRIGGER = Pattern.compile("(?is)\\s*CREATE\\s+(?:TEMP(?:ORARY)?\\s+)?(?:VIEW|TRIGGER)\\b");

    /**
     * Whether the statement reads a view, or writes a table with a trigger, whose body hands a table-valued PRAGMA the catalog's
     * names with D1's own among them (wrangler 4.86.0's local D1: the CREATE runs, SELECT * FROM the view and an INSERT firing the
     * trigger fail "not authorized"). A view is taken as read wherever its name is a word of the statement (D1 runs a read
     * picking names through the view, WHERE t = 'items'; the stand-in refuses it too); a trigger's table as written after
     * INTO, UPDATE or DELETE FROM. The catalog is asked only for views and triggers whose text names a pragma_ function.
     */
    private static boolean runsAViewOrTriggerNamingReserved(Connection c, String code) {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT type, name, tbl_name, sql FROM sqlite_master"
                + " WHERE type IN ('view', 'trigger') AND sql LIKE '%pragma\\_%' ESCAPE '\\'")) {
            while (rs.next()) {
                String quoted = Pattern.quote(rs.getString(rs.getString(1).equals("view") ? 2 : 3));
                Pattern reads = rs.getString(1).equals("view") ? Pattern.compile("(?i)(?<![\\w.])[\"`\\[]?" + quoted + "[\"`\\]]?(?![\\w(])")
                        : Pattern.compile("(?i)\\b(?:INTO|UPDATE(?:\\s+OR\\s+\\w+)?|DELETE\\s+FROM)\\s+(?:[\"`\\[]?main[\"`\\]]?\\s*\\.\\s*)?[\"`\\[]?"
                        + quoted + "[\"`\\]]?(?![\\w])");
                // creating or dropping one runs nothing of the others
                if (reads.matcher(code).find() && !CREATES_VIEW_OR_TRIGGER.matcher(code).lookingAt() && !code.strip().regionMatches(true, 0, "DROP", 0, 4)
                        && namesReservedThroughAPragma(c, rs.getString(4))) {
                    return true;
                }
            }
        } catch (SQLException e) {
            return false;
        }
        return false;
    }

    private static final Pattern DBSTAT_CTE = Pattern.compile("(?i)(?:\\bWITH(?:\\s+RECURSIVE)?|,)\\s*[\"`\\[]?dbstat[\"`\\]]?\\s*(?:\\([^()]*\\))?\\s*AS\\s+(?:NOT\\s+)?(?:MATERIALIZED\\s+)?\\(");
    private static final Pattern DBSTAT = Pattern.compile("(?i)\\b(?:FROM|JOIN)\\s+(?:[\"`\\[]?main[\"`\\]]?\\s*\\.\\s*)?[\"`\\[]?dbstat[\"`\\]]?(?![\\w.])");

    /** Whether workerd takes the value of PRAGMA optimize: a whole number (decimal, or hex after 0x) within 32 bits. */
    private static boolean int32(String value) {
        String v = value.replaceAll("^['\"]|['\"]$", "").toLowerCase(Locale.ROOT);
        try {
            long n = v.matches("[-+]?0x[0-9a-f]+") ? Long.parseLong(v.replaceFirst("0x", ""), 16) : Long.parseLong(v);
            return n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A table-valued PRAGMA workerd allows with a name, and its first argument (a string, or the start of an expression). */
    private static final Pattern NAMED_PRAGMA_CALL = Pattern.compile("(?i)(?<![.\\w])(?:[\"`\\[]?main[\"`\\]]?\\s*\\.\\s*)?[\"`\\[]?pragma_(?:table_x?info|index_list|index_x?info"
            + "|foreign_key_list|foreign_key_check|quick_check)[\"`\\]]?\\s*\\(\\s*('(?:[^']|'')*'|[^)\\s]*)");
    private static final Pattern PICKS_NAMES = Pattern.compile("(?i)(?<![\\w\"])(?:tbl_)?name\\s*(?:==?\\s*'|IN\\s*\\(\\s*'|(?:LIKE|GLOB)\\s+'[A-Za-z0-9])");
    private static final Pattern CATALOG = Pattern.compile("(?i)(?<![.\\w])(?:[\"`\\[]?main[\"`\\]]?\\s*\\.\\s*)?[\"`\\[]?(?:sqlite_master|sqlite_schema"
            + "|pragma_table_list)(?!\\w)");
    /** A table-valued PRAGMA called, and the alias after its ")", if any (group 1). */
    private static final Pattern PRAGMA_ALIAS = Pattern.compile("(?i)pragma_\\w+[\"`\\]]?\\s*\\((?:[^()]|\\([^()]*\\))*\\)\\s*(?:AS\\s+)?[\"`\\[]?(\\w+)");
    private static final Pattern QUALIFIER = Pattern.compile("[\"`\\[]?(\\w+)[\"`\\]]?\\s*\\.\\s*$");
    private static final Pattern STRING = Pattern.compile("'((?:[^']|'')*)'");
    private static final Set<String> NOT_ALIAS = Set.of("join", "where", "on", "left", "inner", "cross", "natural", "order", "group", "limit",
            "union", "except", "intersect", "having", "using", "returning");
    /** The catalog's rows picked by a type other than a table's ({@code m.type = 'view'}): D1's _cf_KV, a table, is not among them. */
    private static final Pattern PICKS_OTHER_TYPE = Pattern.compile("(?i)(?<![\\w\"])type\\s*(?:==?\\s*|IN\\s*\\(\\s*)'(?:view|index|trigger)'(?!\\s*,)");

    /**
     * Whether the statement hands a table-valued PRAGMA a name workerd's authorizer refuses: SQLite runs {@code PRAGMA table_info}
     * with each name it is given, checked as any name, so a {@code '_cf_…'} is refused, and so is every name of a catalog read
     * whole (D1's sqlite_master lists its _cf_KV; this database has one too) unless the statement leaves those names out.
     */
    private static boolean namesReservedThroughAPragma(Connection c, String sql) {
        Matcher m = NAMED_PRAGMA_CALL.matcher(sql);
        boolean overNames = false;   // a call handed an expression: the names of a catalog, where the statement reads one
        while (m.find()) {
            String argument = m.group(1);
            if (argument.toLowerCase(Locale.ROOT).startsWith("'_cf_")) return true;
            if (!argument.isEmpty() && !argument.startsWith("'") && !Character.isDigit(argument.charAt(0))) overNames = true;
        }
        // D1's tables left out: a string naming them (NOT LIKE '\_cf\_%'), or the catalog's rows picked by name; asked once, and
        // only of a statement handing a PRAGMA an expression (every statement the stand-in ran went through both before)
        return overNames && CATALOG.matcher(withoutLiterals(sql)).find() && !leavesOutReserved(sql) && !picksNames(sql) && hasReservedTable(c);
    }

    /** A string leaving D1's tables out, however escaped: '\_cf\_%', '!_cf!_%', '_cf*', '\_%' (as wrangler's local D1 runs them). */
    private static boolean leavesOutReserved(String sql) {
        Matcher m = STRING.matcher(sql);
        while (m.find()) {
            String kept = m.group(1).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_%*]", "");
            if (kept.startsWith("_cf") || kept.equals("_") || kept.equals("_%") || kept.equals("_*")) return true;
        }
        return false;
    }

    private static final Pattern CLAUSE_START = Pattern.compile("(?i)(?<![.\\w])(?:WHERE|ON|HAVING)(?!\\w)");
    private static final Pattern CLAUSE_END = Pattern.compile("(?i)(?<![.\\w])(?:WHERE|ON|HAVING|GROUP|ORDER|LIMIT|WINDOW|UNION|EXCEPT"
            + "|INTERSECT|RETURNING|JOIN|LEFT|RIGHT|FULL|INNER|CROSS|NATURAL)(?!\\w)|[;,]");
    private static final Pattern CONDITION_OR = Pattern.compile("(?i)(?<![.\\w])OR(?!\\w)");
    private static final Pattern CONFLICT_OR = Pattern.compile("(?is).*(?<![.\\w])(?:INSERT|UPDATE)\\s+$");
    private static final Pattern GROUPING = Pattern.compile("(?is)(?:^|.*(?:\\(|(?<![.\\w])(?:AND|OR|NOT|WHERE|ON|HAVING)))\\s*$");

    /**
     * The catalog's rows picked by name (m.name = 'items') or by a type other than a table's, in a WHERE, ON or HAVING clause each
     * of whose ORs joins picks (m.name = 'items' OR m.type = 'table' lets every table through: D1 refuses it); not a PRAGMA's
     * own column (p.name = 'qty'), which D1 runs the PRAGMA for.
     */
    private static boolean picksNames(String sql) {
        Set<String> pragmas = new java.util.HashSet<>();
        Matcher a = PRAGMA_ALIAS.matcher(sql);
        while (a.find()) pragmas.add(a.group(1).toLowerCase(Locale.ROOT));
        pragmas.removeAll(NOT_ALIAS);
        // the strings blanked, so that brackets and words in them are no SQL; the same length, so positions stay
        Matcher literal = STRING.matcher(sql);
        StringBuilder masked = new StringBuilder(sql);
        while (literal.find()) for (int i = literal.start() + 1; i < literal.end() - 1; i++) masked.setCharAt(i, ' ');
        String code = masked.toString();
        Matcher clause = CLAUSE_START.matcher(code);
        Matcher clauseEnd = CLAUSE_END.matcher(code).useTransparentBounds(true);   // one for the scan, set to each place (region)
        while (clause.find()) {
            int end = clause.end();
            for (int depth = 0; end < code.length(); end++) {
                char ch = code.charAt(end);
                if (ch == '(') depth++;
                else if (ch == ')' && depth-- == 0) break;
                else if (depth == 0 && clauseEnd.region(end, code.length()).lookingAt()) break;
            }
            if (restricts(sql, code, clause.end(), end, pragmas)) return true;
        }
        return false;
    }

    /**
     * Whether each condition the ORs of {@code code[from, to)} join (at its depth) holds a pick, itself or in grouping brackets;
     * not one negated (NOT m.name = 'x', up to the term's AND or OR), inside a CASE, or compared in turn ((m.name = 'x') = 0,
     * m.name = 'x' IS NOT TRUE): each keeps every other name (wrangler 4.86.0's local D1 refuses them).
     */
    private static boolean restricts(String sql, String code, int from, int to, Set<String> pragmas) {
        boolean picked = false;
        boolean negated = false;
        for (int i = from; i <= to; i++) {
            if (i == to || CONDITION_OR.matcher(code).useTransparentBounds(true).region(i, to).lookingAt()
                    && !CONFLICT_OR.matcher(code.substring(0, i)).matches()) {   // INSERT OR IGNORE is no condition
                if (!picked) return false;
                picked = false;
                negated = false;
                i++;
                continue;
            }
            if (wordAt(code, i, to, "AND")) negated = false;
            if (wordAt(code, i, to, "NOT")) negated = true;
            if (wordAt(code, i, to, "CASE")) {   // a pick inside a CASE is a value: past its END
                for (int depth = 0; i < to; i++) {
                    if (wordAt(code, i, to, "CASE")) depth++;
                    else if (wordAt(code, i, to, "END") && --depth == 0) break;
                }
                continue;
            }
            if (code.charAt(i) == '(') {
                int close = closing(code, i, to);
                // brackets grouping conditions; not a call's arguments, an IN list or a subquery
                if (GROUPING.matcher(code.substring(from, i)).matches() && !negated && !COMPARED_AFTER.matcher(code).region(close + 1, to).lookingAt()
                        && restricts(sql, code, i + 1, close, pragmas)) picked = true;
                i = close;
                continue;
            }
            Matcher name = PICKS_NAMES.matcher(sql).useTransparentBounds(true).region(i, sql.length());
            if (name.lookingAt()) {
                Matcher q = QUALIFIER.matcher(sql.substring(0, i));
                if (!negated && !comparedAfterPick(code, name.end(), to) && (!q.find() || !pragmas.contains(q.group(1).toLowerCase(Locale.ROOT)))) {
                    picked = true;
                }
            } else if (PICKS_OTHER_TYPE.matcher(sql).useTransparentBounds(true).region(i, sql.length()).lookingAt()) {
                if (!negated) picked = true;
            }
        }
        return true;
    }

    /** What compares a pick's truth with something in turn: = 0, IS NOT TRUE, NOTNULL, ... */
    private static final Pattern COMPARED_AFTER = Pattern.compile("(?i)\\s*(?:[=<>!]|(?:IS|NOT|ISNULL|NOTNULL|IN|LIKE|GLOB|BETWEEN|MATCH|REGEXP)(?!\\w))");

    /**
     * Whether what follows the pick whose match ends at {@code at} (inside its string, or after an IN list's "(" and quote)
     * compares it in turn: past the string, or the list's ")", in the code (strings blanked, same length).
     */
    private static boolean comparedAfterPick(String code, int at, int to) {
        int open = code.lastIndexOf('(', at);
        boolean list = open >= 0 && code.substring(open, at).matches("(?s)\\(\\s*'?");
        int end = list ? closing(code, open, to) + 1 : code.indexOf('\'', at) + 1;   // past the list, or the string's closing quote
        return end > 0 && end < to && COMPARED_AFTER.matcher(code).region(end, to).lookingAt();
    }

    /** The ")" closing the "(" at {@code open}, or {@code to}. */
    private static int closing(String code, int open, int to) {
        int close = open + 1;
        for (int depth = 0; close < to; close++) {
            if (code.charAt(close) == '(') depth++;
            else if (code.charAt(close) == ')' && depth-- == 0) break;
        }
        return close;
    }

    /** Whether the word {@code word} (any case, not after a dot) starts at {@code i}. */
    private static boolean wordAt(String code, int i, int to, String word) {
        return i + word.length() <= to && code.regionMatches(true, i, word, 0, word.length()) && (i == 0 || !Character.isLetterOrDigit(code.charAt(i - 1))
                && code.charAt(i - 1) != '_' && code.charAt(i - 1) != '.') && (i + word.length() == code.length()
                || !Character.isLetterOrDigit(code.charAt(i + word.length())) && code.charAt(i + word.length()) != '_');
    }

    private static boolean hasUserTable(Connection c, String name) {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND lower(name) = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            return false;
        }
    }

    private static boolean hasReservedTable(Connection c) {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1 FROM sqlite_master WHERE name LIKE '\\_cf\\_%' ESCAPE '\\'")) {
            return rs.next();
        } catch (SQLException e) {
            return false;
        }
    }

    /** A table-valued PRAGMA read, also through main (main.pragma_user_version runs PRAGMA user_version as the bare name does). */
    private static final Pattern TABLE_VALUED_PRAGMA = Pattern.compile("(?i)(?<![.\\w])(?:[\"`\\[]?main[\"`\\]]?\\s*\\.\\s*)?[\"`\\[]?pragma_(\\w+)");
    private static volatile Set<String> pragmaNames;

    private static Set<String> pragmaNames(Connection c) {
        if (pragmaNames == null) {
            Set<String> names = new java.util.HashSet<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name FROM pragma_pragma_list")) {
                while (rs.next()) names.add(rs.getString(1).toLowerCase(Locale.ROOT));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            pragmaNames = names;
        }
        return pragmaNames;
    }

    /** An object created in the temp schema by name ({@code CREATE TABLE temp.x}), which workerd refuses as it does CREATE TEMP. */
    private static final Pattern TEMP_SCHEMA = Pattern.compile("(?is)^\\s*CREATE\\s+(?:UNIQUE\\s+)?(?:TABLE|INDEX|VIEW|TRIGGER)\\s+"
            + "(?:IF\\s+NOT\\s+EXISTS\\s+)?[\"`\\[]?temp[\"`\\]]?\\s*\\.");
    /**
     * A table (index, view, trigger) named with workerd's reserved prefix where a statement creates, renames to, reads or writes
     * it, or a PRAGMA asks about it: its authorizer checks those names, not columns or aliases ({@code ADD COLUMN _cf_flag} runs).
     */
    private static final Pattern RESERVED_TABLE = Pattern.compile("(?is)(?:\\b(?:FROM|JOIN|INTO|UPDATE|TABLE|INDEX|VIEW|TRIGGER|ON|REFERENCES"
            + "|RENAME\\s+TO|EXISTS)\\s+|^PRAGMA\\s+(?:main\\.)?\\w+\\s*[(=]\\s*['\"]?)(?:[\"`\\[]?main[\"`\\]]?\\s*\\.\\s*)?[\"`\\[]?_cf_");
    /** What ends a FROM clause's list of tables at its own depth. */
    private static final Pattern FROM_LIST_END = Pattern.compile("(?i)(?<![.\\w])(?:WHERE|GROUP|HAVING|WINDOW|ORDER|LIMIT|UNION|EXCEPT|INTERSECT"
            + "|RETURNING|SET|VALUES|DO)(?!\\w)");
    private static final Pattern FROM = Pattern.compile("(?i)(?<![.\\w])FROM(?!\\w)");
    private static final Pattern RESERVED_AFTER_COMMA = Pattern.compile("(?is)^\\s*(?:[\"`\\[]?main[\"`\\]]?\\s*\\.\\s*)?[\"`\\[]?_cf_");

    /**
     * A table after a comma in a FROM clause's list ({@code FROM t, _cf_KV}) named with workerd's reserved prefix: SQLite reads it
     * as a JOIN's, and the authorizer refuses the read. Scanned from each FROM to where its list ends at its own depth.
     */
    private static boolean commaJoinsReserved(String code) {
        Matcher from = FROM.matcher(code);
        Matcher listEnd = FROM_LIST_END.matcher(code).useTransparentBounds(true);   // one for the scan, set to each place (region)
        while (from.find()) {
            int depth = 0;
            for (int i = from.end(); i < code.length() && depth >= 0; i++) {
                char ch = code.charAt(i);
                if (ch == '(') depth++;
                else if (ch == ')') depth--;
                else if (ch == ';') break;
                else if (depth == 0 && ch == ',' && RESERVED_AFTER_COMMA.matcher(code.substring(i + 1)).find()) return true;
                else if (depth == 0 && listEnd.region(i, code.length()).lookingAt()) break;
            }
        }
        return false;
    }

    /** A virtual table's module: workerd allows FTS5 (and fts5vocab) and R-Tree only (reference d1.md 2.5). */
    private static final Pattern VIRTUAL_TABLE = Pattern.compile("(?is)^CREATE\\s+VIRTUAL\\s+TABLE\\s.*?\\bUSING\\s+[\"`]?(\\w+)");
    private static final Set<String> MODULES = Set.of("fts5", "fts5vocab", "rtree", "rtree_i32");
    /** The opcodes through which a compiled statement calls a function (the name is in P4, as {@code name(nArg)}). */
    private static final Set<String> FUNCTION_OPS = Set.of("Function", "PureFunc", "AggStep", "AggStep1", "AggFinal", "AggValue", "AggInverse");
    /**
     * The functions ANALYZE compiles to (SQLite's analyze.c codes them as direct calls, never looked up by name): workerd's
     * authorizer is never asked about them, and runs ANALYZE (as PRAGMA optimize does), where EXPLAIN shows them as any call.
     */
    private static final Set<String> UNNAMED_CALLS = Set.of("stat_init", "stat_push", "stat_get");
    /** A call written in the text: for what EXPLAIN does not show (a CHECK of a CREATE TABLE, a trigger's body, an inline if()). */
    private static final Pattern CALL = Pattern.compile("(?i)(?<![.\\w])([a-z_][a-z0-9_]*)\\s*\\(");

    /**
     * The first function the statement calls that workerd's authorizer refuses (dev.godwit.engine.sql.D1Rules.ALLOWED_FUNCTIONS is
     * its list, copied from workerd): found as SQLite compiles it (EXPLAIN, which also shows the helper functions an ALTER TABLE
     * calls), and, in a CREATE, as written (a name SQLite knows as a function, not after USING). {@code bare}: the statement with its
     * strings blanked ({@link #withoutLiterals}).
     */
    private static String refusedFunction(Connection c, String sql, String bare) {
        Set<String> allowed = dev.godwit.engine.sql.D1Rules.ALLOWED_FUNCTIONS;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN " + sql)) {
            while (rs.next()) {
                String p4 = rs.getString("p4");
                if (!FUNCTION_OPS.contains(rs.getString("opcode")) || p4 == null) continue;
                String name = ARGUMENTS.matcher(p4).replaceAll("").toLowerCase(Locale.ROOT);
                if (!allowed.contains(name) && !UNNAMED_CALLS.contains(name)) return name;
            }
        } catch (SQLException e) {
            // not compilable on its own here (it fails when it runs, with SQLite's own message)
        }
        // a quoted name is a function's name too ("power"(a) calls power()): a quoted word stays as the bare word, other quoted
        // names are blanked (their text is no call)
        String code = QUOTED_NAME.matcher(bare).replaceAll(q -> {
            String inner = q.group().substring(1, q.group().length() - 1);
            return WORD.matcher(inner).matches() ? inner : "\"\"";
        });
        if (!code.strip().toUpperCase(Locale.ROOT).startsWith("CREATE") && !CALLS_IF.matcher(code.toLowerCase(Locale.ROOT)).matches()) return null;
        Matcher m = CALL.matcher(code);
        while (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            String before = code.substring(0, m.start()).stripTrailing().toUpperCase(Locale.ROOT);
            if (before.endsWith("USING") || before.endsWith("TABLE") || before.endsWith("INTO") || before.endsWith("ON") || before.endsWith("VIEW")
                    || before.endsWith("REFERENCES") || before.endsWith("EXISTS")) continue;
            if (!allowed.contains(name) && (name.equals("if") || sqliteFunctions(c).contains(name))) return name;
        }
        return null;
    }

    private static final Pattern QUOTED_NAME = Pattern.compile("\"(?:[^\"]|\"\")*\"|`(?:[^`]|``)*`|\\[[^\\]]*\\]");

    /** The module of the virtual table {@code name} in the database, or null: D1's defensive mode keeps its shadow tables read-only. */
    private static String virtualTableModule(Connection c, String name) {
        try (PreparedStatement ps = c.prepareStatement("SELECT sql FROM sqlite_master WHERE type = 'table' AND lower(name) = lower(?)"
                + " AND sql LIKE 'CREATE VIRTUAL TABLE%'")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return null;
                Matcher m = VIRTUAL_TABLE.matcher(rs.getString(1));
                return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
            }
        } catch (SQLException e) {
            return null;
        }
    }

    private static volatile Set<String> sqliteFunctions;

    private static Set<String> sqliteFunctions(Connection c) {
        if (sqliteFunctions == null) {
            Set<String> names = new java.util.HashSet<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT DISTINCT name FROM pragma_function_list")) {
                while (rs.next()) names.add(rs.getString(1).toLowerCase(Locale.ROOT));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            sqliteFunctions = names;
        }
        return sqliteFunctions;
    }

    private static String stripLeadingComments(String sql) {
        String s = sql.strip();
        while (true) {
            if (s.startsWith("--")) {
                int nl = s.indexOf('\n');
                s = nl < 0 ? "" : s.substring(nl + 1).strip();
            } else if (s.startsWith("/*")) {
                int end = s.indexOf("*/");
                s = end < 0 ? "" : s.substring(end + 2).strip();
            } else {
                return s;
            }
        }
    }

    private static final Pattern LITERAL = Pattern.compile("'(?:[^']|'')*'");

    private static String withoutLiterals(String sql) {
        return LITERAL.matcher(sql).replaceAll("''");
    }

    private static void bind(PreparedStatement ps, int i, JsonNode v) throws SQLException {
        if (v == null || v.isNull()) ps.setObject(i, null);
        else if (v.isIntegralNumber()) ps.setLong(i, (long) asJavaScript(v.longValue()));
        else if (v.isNumber()) ps.setDouble(i, v.doubleValue());
        else if (v.isBoolean()) ps.setLong(i, v.booleanValue() ? 1 : 0);
        else if (v.isArray()) {
            byte[] b = new byte[v.size()];
            for (int k = 0; k < b.length; k++) b[k] = (byte) v.get(k).asInt();
            ps.setBytes(i, b);
        } else ps.setString(i, v.asText());
    }

    /**
     * A bound integer as D1 gets it: the request's JSON is parsed by JavaScript, whose numbers are doubles, so 9007199254740993 is
     * bound as 9007199254740992 (d1.md), as the answer's integers are rounded ({@link #json}).
     */
    private static double asJavaScript(long n) {
        return n >= -(1L << 53) && n <= 1L << 53 ? n : (double) n;
    }

    private static JsonNode json(Object v) {
        if (v == null) return JSON.nullNode();
        if (v instanceof Integer || v instanceof Long) {
            long n = ((Number) v).longValue();
            if (n >= -(1L << 53) && n <= 1L << 53) return JSON.getNodeFactory().numberNode(n);
            // D1's JSON comes from JavaScript, whose numbers are doubles: 9007199254740993 arrives as 9007199254740992 (d1.md)
            return JSON.getNodeFactory().numberNode(new java.math.BigDecimal(Double.toString((double) n)).toBigIntegerExact());
        }
        if (v instanceof Number n) return realAsJavaScript(n.doubleValue());
        if (v instanceof byte[] b) {
            ArrayNode a = JSON.createArrayNode();
            for (byte x : b) a.add(x & 0xff);
            return a;
        }
        return JSON.getNodeFactory().textNode(v.toString());
    }

    /**
     * A REAL as D1's JSON has it: D1 answers through JavaScript's JSON.stringify, which writes a whole number below 1e21 without a
     * fraction (3.0 is {@code 3}, 2^60 is {@code 1152921504606847000}, -0.0 is {@code 0}), one at 1e21 or above with an exponent
     * ({@code 1e+21}), and Infinity as {@code null} (d1.md: the JSON goes through JavaScript). A whole REAL beyond 2^53 is written
     * as the shortest digits that give the double back, padded with zeros ({@code 1733472000123456768.0} is
     * {@code 1733472000123456800}), as JavaScript's Number#toString does.
     */
    static JsonNode realAsJavaScript(double d) {
        if (!Double.isFinite(d)) return JSON.nullNode();
        if (d == Math.rint(d) && Math.abs(d) < 1e21) {
            java.math.BigDecimal exact = new java.math.BigDecimal(d);
            for (int digits = 1; digits <= 17; digits++) {   // the shortest digits that give the double back, as JavaScript writes it
                java.math.BigDecimal shortest = exact.round(new java.math.MathContext(digits, java.math.RoundingMode.HALF_EVEN));
                if (shortest.doubleValue() == d) return JSON.getNodeFactory().numberNode(shortest.toBigInteger());
            }
            return JSON.getNodeFactory().numberNode(exact.toBigInteger());
        }
        return JSON.getNodeFactory().numberNode(d);
    }

    private static long longOf(Connection c, String query) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // nothing left to roll back
        }
    }

    /** SQLite's own message plus the primary result code, the way D1 words errors. */
    static String d1Message(SQLException e) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        String code = "SQLITE_ERROR";
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode full = se.getResultCode();
            SQLiteErrorCode primary = SQLiteErrorCode.getErrorCode(full.code & 0xff);
            code = primary == SQLiteErrorCode.UNKNOWN_ERROR ? full.name() : primary.name();
            String prefix = "[" + full.name() + "] " + full.message + " (";
            if (msg.startsWith(prefix) && msg.endsWith(")")) msg = msg.substring(prefix.length(), msg.length() - 1);
        }
        return msg + ": " + code;
    }

    /**
     * Checks a request's bearer token and account as Cloudflare does; when they fail, answers (401 10001 without a token,
     * 403 10000 with a wrong one, 403 7403 for another account) and returns false.
     */
    static boolean authorized(HttpExchange ex, String token, String account, String accountId) throws IOException {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.startsWith("Bearer ") || auth.substring(7).isBlank()) {
            send(ex, 401, failure(10001, "Unable to authenticate request"));
            return false;
        }
        if (!auth.substring(7).strip().matches("[A-Za-z0-9_-]+")) {
            // Cloudflare's answer to a value no API token has (a space in it, "Bearer Bearer ...", quotes): a 400 before any check
            ObjectNode f = failure(6003, "Invalid request headers");
            ((ObjectNode) f.get("errors").get(0)).putArray("error_chain").addObject().put("code", 6111).put("message", "Invalid format for Authorization header");
            send(ex, 400, f);
            return false;
        }
        if (!auth.substring(7).strip().equals(token)) {
            send(ex, 403, failure(10000, "Authentication error"));
            return false;
        }
        if (!account.equals(accountId)) {
            send(ex, 403, failure(7403, "The given account is not valid or is not authorized to access this service"));
            return false;
        }
        return true;
    }

    static Reply failed(int status, int code, String message) {
        return new Reply(status, failure(code, message), false);
    }

    /** Cloudflare's v4 envelope for an error. */
    static ObjectNode failure(int code, String message) {
        ObjectNode f = JSON.createObjectNode();
        f.putNull("result");
        f.put("success", false);
        ObjectNode e = f.putArray("errors").addObject();
        e.put("code", code);
        e.put("message", message);
        f.putArray("messages");
        return f;
    }

    static void send(HttpExchange ex, int status, ObjectNode json) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(json);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
