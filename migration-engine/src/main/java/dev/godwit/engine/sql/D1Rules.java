package dev.godwit.engine.sql;

import dev.godwit.engine.sql.SqlLexer.Kind;
import dev.godwit.engine.sql.SqlLexer.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What Cloudflare D1 refuses in a statement that SQLite itself runs, so a local apply can say so before D1 does: workerd's
 * authorizer (PRAGMAs outside its allow-list, TEMP objects, also as {@code temp.name}, tables whose name starts with
 * {@code _cf_}, virtual-table modules other than FTS5 and R-Tree, VACUUM, SQL functions outside its allow-list, and so the
 * newer ALTER TABLE forms whose helper functions it leaves out) and the trap of D1's {@code /query} splitter in trigger bodies
 * (a lowercase {@code begin} or {@code end}, a {@code CASE … END} inside the body). See the reference's d1.md, sections 1.7
 * and 2, and workerd's {@code src/workerd/util/sqlite.c++} ({@code ALLOWED_SQLITE_FUNCTIONS}, {@code isAuthorized}).
 */
public final class D1Rules {

    private D1Rules() {
    }

    private static final Set<String> ANY_FORM = Set.of("table_list", "quick_check", "optimize");
    private static final Set<String> NAMED = Set.of("table_info", "table_xinfo", "foreign_key_check", "foreign_key_list", "index_info",
            "index_list", "index_xinfo");
    /**
     * workerd's source lists page_size beside data_version as readable, but wrangler 4.86.0's local D1 (workerd 1.20260426) answers
     * {@code PRAGMA page_size} (and {@code main.page_size}, {@code pragma_page_size}) "not authorized: SQLITE_AUTH", and D1's PRAGMA
     * page does not list it: refused, as there.
     */
    private static final Set<String> READ_ONLY = Set.of("data_version");
    /**
     * The eponymous virtual tables sqlite-jdbc's SQLite has and workerd's does not (built without them): wrangler 4.86.0's local D1
     * answers {@code SELECT * FROM dbstat} "no such table: dbstat", where sqlite-jdbc 3.54.1 reads it.
     */
    private static final Set<String> ABSENT_TABLES = Set.of("dbstat");
    private static final Set<String> BOOLEAN = Set.of("case_sensitive_like", "foreign_keys", "defer_foreign_keys", "ignore_check_constraints",
            "legacy_alter_table", "recursive_triggers", "reverse_unordered_selects");
    private static final Set<String> MODULES = Set.of("fts5", "fts5vocab", "rtree", "rtree_i32");
    /**
     * workerd's ALLOWED_SQLITE_FUNCTIONS (src/workerd/util/sqlite.c++, as of release 2026-08-22, the commit d1.md cites): its
     * authorizer refuses a call of any other function ("not authorized to use function: NAME"), whatever SQLite has, and it is
     * asked for the helper functions SQLite's ALTER TABLE calls too. Operators compiled to functions (like, glob, match, ->, ->>)
     * are on it; so are the JSONB functions (workerd 2025-09). A table-valued function read in FROM (json_each, jsonb_each,
     * jsonb_tree, ...) is no call the authorizer sees as a function: SQLite asks it for SQLITE_READ of a table of that name (SQLite's
     * authorizer callback, as Python's set_authorizer shows for json_each), which workerd allows, so jsonb_each and jsonb_tree run on
     * workerd 1.20261117 (wrangler 4.164's local D1) though its list leaves them out.
     */
    public static final Set<String> ALLOWED_FUNCTIONS = Set.of("abs", "changes", "char", "coalesce", "concat", "concat_ws", "format", "glob", "hex",
            "ifnull", "iif", "instr", "last_insert_rowid", "length", "like", "likelihood", "likely", "load_extension", "lower", "ltrim",
            "max_scalar", "min_scalar", "nullif", "octet_length", "printf", "quote", "random", "randomblob", "replace", "round", "rtrim",
            "sign", "soundex", "substr", "substring", "total_changes", "trim", "typeof", "unhex", "unicode", "unlikely", "upper", "zeroblob",
            "date", "time", "datetime", "julianday", "unixepoch", "strftime", "timediff", "current_date", "current_time", "current_timestamp",
            "avg", "count", "group_concat", "max", "min", "string_agg", "sum", "total", "row_number", "rank", "dense_rank", "percent_rank",
            "cume_dist", "ntile", "lag", "lead", "first_value", "last_value", "nth_value", "acos", "acosh", "asin", "asinh", "atan", "atan2",
            "atanh", "ceil", "cos", "cosh", "degrees", "exp", "floor", "ln", "log", "log2", "mod", "pi", "pow", "radians", "sin", "sinh",
            "sqrt", "tan", "tanh", "trunc", "json", "json_array", "json_array_length", "json_extract", "->", "->>", "json_insert",
            "json_object", "json_patch", "json_remove", "json_replace", "json_set", "json_type", "json_valid", "json_quote",
            "json_group_array", "json_group_object", "json_each", "json_tree", "jsonb", "jsonb_array", "jsonb_extract", "jsonb_insert",
            "jsonb_object", "jsonb_patch", "jsonb_remove", "jsonb_replace", "jsonb_set", "jsonb_group_array", "jsonb_group_object",
            "match", "highlight", "bm25", "snippet", "rtreecheck",
            "sqlite_rename_column", "sqlite_rename_table", "sqlite_rename_test", "sqlite_drop_column", "sqlite_rename_quotefix");
    /**
     * The functions a local apply could call that D1 refuses: every function sqlite-jdbc's SQLite has (its function_list: the
     * core's, the JSONB ones, and the extension functions it builds in, median(), padl(), ...) outside workerd's list. Not the
     * table-valued ones (function_list leaves them out): workerd's authorizer sees them as tables read, and allows them.
     */
    private static final Set<String> REFUSED_FUNCTIONS = refusedFunctions();
    /** The allowed function that does what a refused one does, where SQLite has one under another name. */
    private static final java.util.Map<String, String> INSTEAD = java.util.Map.of("if", "iif", "power", "pow", "ceiling", "ceil", "log10", "log",
            "atn2", "atan2", "charindex", "instr");
    /** Words after which a name followed by "(" is a table, index, view, CTE or module being named, not a function called. */
    private static final Set<String> NAMING = Set.of("TABLE", "INTO", "REFERENCES", "ON", "EXISTS", "VIEW", "INDEX", "WITH", "RECURSIVE", "USING",
            "PRAGMA");
    /**
     * Words after which a name is a table a statement reads or writes (or names), which D1 refuses for names starting with _cf_
     * ({@code x IN _cf_KV} reads the table; after UPDATE an {@code OR IGNORE} may come first).
     */
    private static final Set<String> TABLE_NAMED = Set.of("TABLE", "INDEX", "VIEW", "TRIGGER", "TO", "FROM", "JOIN", "INTO", "UPDATE", "ON",
            "REFERENCES", "REINDEX", "IN");

    private static Set<String> refusedFunctions() {
        Set<String> out = new java.util.HashSet<>(Set.of("sqlite_version", "sqlite_source_id", "sqlite_compileoption_get",
                "sqlite_compileoption_used", "sqlite_offset", "if", "log10", "power", "ceiling"));
        out.addAll(sqliteNames("SELECT DISTINCT name FROM pragma_function_list"));   // the names above still say the commonest ones
        out.removeAll(ALLOWED_FUNCTIONS);
        return Set.copyOf(out);
    }

    /** The names a query of this SQLite's own lists gives (its first column, in lower case); none where it cannot be run. */
    private static Set<String> sqliteNames(String query) {
        Set<String> out = new java.util.HashSet<>();
        try (java.sql.Connection c = new org.sqlite.JDBC().connect("jdbc:sqlite::memory:", new java.util.Properties());
             java.sql.Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery(query)) {
            while (rs.next()) out.add(rs.getString(1).toLowerCase(Locale.ROOT));
        } catch (java.sql.SQLException e) {
            return Set.of();
        }
        return out;
    }

    /** Why D1 refuses each statement it refuses, by the statement's index, in order; empty when it takes them all. */
    public static java.util.SortedMap<Integer, String> problems(List<String> statements) {
        java.util.SortedMap<Integer, String> out = new java.util.TreeMap<>();
        Set<String> created = new java.util.HashSet<>();   // a table named dbstat an earlier statement creates
        for (int i = 0; i < statements.size(); i++) {
            String why = problem(statements.get(i), created::contains);
            if (why != null) out.put(i, why);
            String table = createsAbsentTable(statements.get(i));
            if (table != null) created.add(table);
            created.remove(dropsAbsentTable(statements.get(i)));
        }
        return out;
    }

    /** Why D1 refuses the statement, with the way out; null when it does not (as far as these rules know). */
    public static String problem(String statement) {
        return problem(statement, name -> false);
    }

    /**
     * As {@link #problem(String)}, where {@code userTable} says whether the database (as the statement meets it) has a table or
     * view of the user's with the name given (lower case): one named dbstat is what {@code FROM dbstat} reads there, on D1 as here.
     */
    public static String problem(String statement, java.util.function.Predicate<String> userTable) {
        List<Token> t = SqlLexer.significant(statement);
        if (t.isEmpty()) return null;
        String reserved = reservedObjectName(t);
        if (reserved != null) {
            return "it names \"" + reserved + "\": D1 reserves every name starting with _cf_ (its own tables); choose another name";
        }
        String function = refusedFunction(t);
        if (function != null) {
            String instead = INSTEAD.get(function);
            return "D1 refuses the function " + function + "() (\"not authorized to use function\": workerd allows only its list of SQL"
                    + " functions, not sqlite_version(), json_pretty(), if() or the extension functions sqlite-jdbc adds,"
                    + " such as median()); " + (instead != null ? "write " + instead + "(), which D1 allows and does the same"
                    : "use an allowed one (json(), json_extract(), iif(), …) or compute the value in code");
        }
        if (callsLoadExtension(t)) {
            return "D1 loads no SQLite extensions (workerd never enables extension loading: load_extension() fails \"not authorized\" there,"
                    + " as here); use what D1 builds in (FTS5, R-Tree, JSON and the math functions) or compute the value in code";
        }
        int iifArguments = iifArgumentsOtherThanThree(t);
        if (iifArguments >= 0) {
            return "it calls iif() with " + iifArguments + " argument(s): SQLite before 3.48 takes exactly 3 (\"wrong number of arguments to"
                    + " function iif()\"), and so does the local D1 of wrangler releases that bundle it (wrangler 4.86.0, workerd 1.20260426:"
                    + " SQLite 3.47.0), whose local file a schema holding such a call leaves unreadable (\"malformed database schema\");"
                    + " write iif(condition, value, NULL) for two, a CASE WHEN ... THEN ... ELSE ... END for more";
        }
        String tableValued = refusedPragmaFunction(t);
        if (tableValued != null) {
            return "D1 refuses pragma_" + tableValued + " (\"not authorized\": a table-valued PRAGMA runs PRAGMA " + tableValued + ", which workerd's"
                    + " authorizer does not allow; pragma_table_info, pragma_index_list, pragma_foreign_key_list and pragma_table_list it does)";
        }
        String overReserved = pragmaOverReservedNames(t);
        if (overReserved != null) return overReserved;
        String absent = absentTable(t);
        if (absent != null && !userTable.test(absent) && !commonTableNames(t).contains(absent)) {
            return "it reads " + absent + ", which D1's SQLite does not have (\"no such table: " + absent + "\": workerd builds SQLite without"
                    + " it, where sqlite-jdbc's has it); leave it out (D1 tells a database's size in the meta of each query's answer, and"
                    + " wrangler d1 info prints it)";
        }
        for (Token k : t) {
            if (k.kind() == Kind.VARIABLE) {
                return "it holds the parameter " + k.text() + ": D1 runs a migration's statements with no values to bind and refuses it (\"only the"
                        + " last statement can have parameters\"), where SQLite binds NULL; write the value into the statement";
            }
        }
        String pattern = longPattern(t);
        if (pattern != null) return pattern;
        Token first = t.get(0);
        if (first.is("VACUUM")) return "D1 refuses VACUUM (every request is a transaction); leave it out";
        // quoted too: SQLite 3.54 runs REINDEX "expressions" (and [expressions]) as the new statement where no object has the name
        if (first.is("REINDEX") && t.size() >= 2 && (t.get(1).kind() == Kind.WORD || t.get(1).kind() == Kind.QUOTED)
                && t.get(1).name().equalsIgnoreCase("EXPRESSIONS")
                && (t.size() == 2 || t.size() == 3 && t.get(2).isPunct(";"))) {
            // SQLite 3.53's statement: before it, EXPRESSIONS is the name of a collation, table or index to rebuild
            return "REINDEX EXPRESSIONS is SQLite 3.53's; the SQLite of wrangler's local D1 (3.47.0, wrangler 4.86.0) reads EXPRESSIONS as the"
                    + " name of a table, index or collation and refuses it (\"unable to identify the object to be reindexed\"), and D1 does not"
                    + " state its own version; rebuild each expression index by its name instead (REINDEX idx_users_lower_email), and a"
                    + " table, index or collation of yours named expressions with its schema's name (REINDEX main.expressions), which both"
                    + " read as that name";
        }
        if (first.is("PRAGMA")) return pragma(t);
        if (first.is("ALTER")) return alterTable(t);
        if (first.is("CREATE")) {
            int i = 1;
            if (i < t.size() && (t.get(i).is("TEMP") || t.get(i).is("TEMPORARY")) || inTempSchema(t)) {
                return "D1 refuses TEMP tables, views and triggers; create an ordinary one (and drop it at the end of the migration)";
            }
            if (i < t.size() && t.get(i).is("VIRTUAL")) {
                for (int j = i; j + 1 < t.size(); j++) {
                    if (t.get(j).is("USING")) {
                        String module = t.get(j + 1).name().toLowerCase(Locale.ROOT);
                        return MODULES.contains(module) ? null : "D1 allows virtual tables of the modules fts5, fts5vocab, rtree and rtree_i32 only,"
                                + " not " + module;
                    }
                }
                return null;
            }
            if (i < t.size() && t.get(i).is("TRIGGER")) return triggerBody(t);
        }
        return null;
    }

    /**
     * What the local D1 of older wrangler releases lacks that D1 has, for a statement D1 takes: an R*Tree table ({@code rtree},
     * {@code rtree_i32}). Cloudflare enabled the module for D1 and Durable Objects on 2026-07-22 (its changelog, "Spatial and range
     * queries with the SQLite R*Tree module"; "Run npm update wrangler"), while wrangler 4.86.0 (workerd 1.20260426) refuses the
     * statement ("not authorized: SQLITE_AUTH") and, once a local apply wrote the table into its file, every query of that table
     * ("no such module: rtree"). Also a read of jsonb_each() or jsonb_tree(), which sqlite-jdbc 3.54.1 and workerd 1.20261117 have and
     * wrangler 4.86.0's SQLite 3.47.0 does not ("no such table: jsonb_each", 2026-12), while D1 does not state its version; json_each()
     * and json_tree() read JSONB too, on every version. Null for any other statement.
     */
    public static String olderWranglerLocalD1Lacks(String statement) {
        List<Token> t = SqlLexer.significant(statement);
        for (int i = 0; i + 1 < t.size(); i++) {
            String name = t.get(i).name().toLowerCase(Locale.ROOT);
            if (!tableFunctionAt(t, i) || !name.equals("jsonb_each") && !name.equals("jsonb_tree")) continue;
            return "it reads " + name + "(), which the SQLite of older wrangler releases' local D1 lacks: wrangler 4.86.0 (workerd 1.20260426,"
                    + " SQLite 3.47.0) fails the statement (\"no such table: " + name + "\"), and D1 does not state its SQLite's version. "
                    + name.replace("jsonb_", "json_") + "() reads JSONB as well, on every version: write " + name.replace("jsonb_", "json_") + "() there";
        }
        if (t.size() < 2 || !t.get(0).is("CREATE") || !t.get(1).is("VIRTUAL")) return null;
        for (int j = 2; j + 1 < t.size(); j++) {
            if (!t.get(j).is("USING")) continue;
            String module = t.get(j + 1).name().toLowerCase(Locale.ROOT);
            if (!module.equals("rtree") && !module.equals("rtree_i32")) return null;
            return "it creates an R*Tree table (" + module + "), which D1 has had since 2026-07-22 but the local D1 of older wrangler releases"
                    + " lacks: wrangler 4.86.0 (workerd 1.20260426) refuses the statement (\"not authorized: SQLITE_AUTH\"), and once this apply"
                    + " writes the table into wrangler's local D1 file, wrangler dev and wrangler d1 execute --local fail every query of it (\"no"
                    + " such module: " + module + "\"). If your wrangler is that old, update it (npm update wrangler)";
        }
        return null;
    }

    /**
     * Whether this process's SQLite reads local time as UTC: its {@code 'localtime'} and {@code 'utc'} modifiers use the C library's
     * time zone (the TZ of the process running Maven), which D1 does not have: workerd answers {@code datetime('2026-06-01 12:00:00',
     * 'localtime')} with the same {@code 2026-06-01 12:00:00} (workerd 1.20261117), where sqlite-jdbc under TZ=Europe/Berlin gives
     * {@code 2026-06-01 14:00:00}. Asked of SQLite itself, in winter and in summer.
     */
    private static final class LocalZone {
        static final boolean UTC = sqliteNames("SELECT datetime('2026-01-15 12:00:00', 'localtime') || ' ' || datetime('2026-07-15 12:00:00', 'localtime')")
                .stream().allMatch(v -> v.equals("2026-01-15 12:00:00 2026-07-15 12:00:00"));
    }

    /**
     * What a local apply standing for D1 warns of in a statement using the date functions' {@code 'localtime'} or {@code 'utc'}
     * modifier while this machine's time zone is not UTC: D1 runs in UTC, so the values it writes there (a backfilled day, a time
     * shifted to local time) differ from those the local apply and the pre-flight write here, by the zone's offset. Null for any
     * other statement, and on a machine in UTC.
     */
    public static String localTimeDiffers(String statement) {
        // the words first: asking SQLite for the zone opens a connection, once, and only a statement naming a modifier needs it
        String lower = statement.toLowerCase(Locale.ROOT);
        if (!lower.contains("localtime") && !lower.contains("utc")) return null;
        return localTimeDiffers(statement, LocalZone.UTC);
    }

    /**
     * What the SQLite of wrangler's local D1 (wrangler 4.86.0, workerd 1.20260426: SQLite 3.47.0; D1 does not state its own) computes
     * otherwise than this one (sqlite-jdbc 3.54.1) for a call the statement makes, so that the rows a migration writes here differ
     * from those it writes there; null when the statement makes no such call. Seen with both (2026-12): {@code concat_ws()} skips
     * an argument that is an empty string there, as it skips a NULL, and keeps it here ({@code concat_ws(' ', 'John', '', 'Doe')} is
     * {@code 'John Doe'} there, {@code 'John  Doe'} here; SQLite changed it in 2025, forum post 3c344ca61f); and
     * {@code json_group_object()} / {@code jsonb_group_object()} write an element whose label is NULL as {@code :value}, malformed
     * JSON, there ({@code {"theme":"dark",:"orphan"}}, which every later {@code json_extract()} of the row refuses, "malformed
     * JSON"), and leave it out here (SQLite 3.50). A view is left alone: its values are computed where it is read.
     */
    public static String olderSqliteComputesOtherwise(String statement) {
        String lower = statement.toLowerCase(Locale.ROOT);
        if (!lower.contains("concat_ws") && !lower.contains("group_object")) return null;   // the words first: the lexer only where needed
        List<Token> t = SqlLexer.significant(statement);
        if (t.size() > 2 && t.get(0).is("CREATE") && (t.get(1).is("VIEW") || t.get(2).is("VIEW"))) return null;
        for (int i = 0; i + 1 < t.size(); i++) {
            Token k = t.get(i);
            if (!callAt(t, i)) continue;
            String name = k.name().toLowerCase(Locale.ROOT);
            if (name.equals("concat_ws")) {
                return "it calls concat_ws(), which the SQLite of wrangler's local D1 (3.47.0, wrangler 4.86.0) computes otherwise: an argument"
                        + " that is an empty string is skipped there, as a NULL is, and kept here (concat_ws(' ', 'John', '', 'Doe') is 'John Doe'"
                        + " there, 'John  Doe' in this apply and its pre-flight; D1 does not state its SQLite's version). To write the same on"
                        + " both, make the empty strings NULL: concat_ws(' ', first, nullif(middle, ''), last)";
            }
            if (name.equals("json_group_object") || name.equals("jsonb_group_object")) {
                return "it calls " + name + "(), which the SQLite of wrangler's local D1 (3.47.0, wrangler 4.86.0) computes otherwise: an element"
                        + " whose label is NULL is written there as :value, malformed JSON ({\"theme\":\"dark\",:\"orphan\"}, which json_extract()"
                        + " then refuses, \"malformed JSON\"), and left out here (SQLite 3.50 and later; D1 does not state its SQLite's version)."
                        + " To write the same on both, leave the NULL labels out yourself: " + name + "(k, v) FILTER (WHERE k IS NOT NULL)";
            }
        }
        return null;
    }

    private static final Set<String> DATE_FUNCTIONS = Set.of("date", "time", "datetime", "julianday", "unixepoch", "strftime");

    static String localTimeDiffers(String statement, boolean localIsUtc) {
        if (localIsUtc || statement.toLowerCase(Locale.ROOT).indexOf("localtime") < 0 && statement.toLowerCase(Locale.ROOT).indexOf("utc") < 0) {
            return null;
        }
        List<Token> t = SqlLexer.significant(statement);
        java.util.ArrayDeque<String> calls = new java.util.ArrayDeque<>();   // the function each open parenthesis belongs to ("" for none)
        for (int i = 0; i < t.size(); i++) {
            Token k = t.get(i);
            if (k.isPunct("(")) {
                Token before = i > 0 ? t.get(i - 1) : null;
                calls.push(before != null && before.kind() == Kind.WORD && !afterDot(t, i - 1) ? before.name().toLowerCase(Locale.ROOT) : "");
                continue;
            }
            if (k.isPunct(")")) {
                if (!calls.isEmpty()) calls.pop();
                continue;
            }
            // a modifier: a string argument after the first of a date function's ('UTC' as a value elsewhere is a value)
            if (k.kind() != Kind.STRING || calls.isEmpty() || !DATE_FUNCTIONS.contains(calls.peek()) || !t.get(i - 1).isPunct(",")) continue;
            String v = k.name().strip().toLowerCase(Locale.ROOT);
            if (v.equals("localtime") || v.equals("utc")) {
                return "it uses the '" + v + "' modifier, which reads this machine's time zone (not UTC here), while D1 runs in UTC: there"
                        + " 'localtime' and 'utc' change nothing, so the times it computes on D1 (in rows it writes, in a default or a view"
                        + " read later) differ from those computed here, in this apply and the pre-flight, by the zone's offset. Store UTC (leave the modifier out) and convert in the application, or run"
                        + " Maven with TZ=UTC to see here what D1 will hold";
            }
        }
        return null;
    }

    private static String pragma(List<Token> t) {
        int i = 1;
        if (i + 1 < t.size() && t.get(i + 1).isPunct(".")) {   // schema.pragma
            // SQLite hands the authorizer the schema written (as it names it: main, temp); workerd refuses every PRAGMA of a schema
            // other than main (isAuthorized: temp goes to isAuthorizedTemp, which allows reads and updates of tables only)
            String schema = t.get(i).name();
            if (!schema.equalsIgnoreCase("main")) {
                return "D1 refuses a PRAGMA of the schema " + schema + " (workerd's authorizer allows PRAGMAs of main only, and D1 has no"
                        + " other schema); write PRAGMA " + (i + 2 < t.size() ? t.get(i + 2).text() : "") + " without it";
            }
            i += 2;
        }
        if (i >= t.size()) return null;
        String written = t.get(i).name();
        String name = written.toLowerCase(Locale.ROOT);
        Token next = i + 1 < t.size() ? t.get(i + 1) : null;
        boolean assigns = next != null && next.isPunct("=");
        boolean called = next != null && next.isPunct("(");
        String value = assigns && i + 2 < t.size() ? t.get(i + 2).name().toLowerCase(Locale.ROOT)
                : called && i + 2 < t.size() ? t.get(i + 2).name().toLowerCase(Locale.ROOT) : null;
        if (value != null && value.startsWith("_cf_")) {
            return "it names \"" + t.get(i + 2).name() + "\": D1 reserves every name starting with _cf_ (its own tables, which no statement"
                    + " may read); leave it out";
        }
        boolean listed = allowsPragma(name);
        if (listed && !written.equals(name)) {
            // workerd's authorizer gets the name as written (SQLite dequotes it but keeps its case) and looks it up in its
            // lower-case list: PRAGMA FOREIGN_KEYS=OFF is "not authorized" on D1 and in wrangler's local D1, as any unlisted one
            return "D1 refuses PRAGMA " + written + " (\"not authorized\": workerd's authorizer matches a PRAGMA's name as written, against"
                    + " its list in lower case, so wrangler's local D1 refuses it too); write PRAGMA " + name;
        }
        if (name.equals("optimize") && (assigns || called) && !int32(authorizerValue(t, i + 2))) {
            return "D1 refuses PRAGMA optimize with that value (workerd allows it with no argument or a whole number only); write PRAGMA optimize";
        }
        if (ANY_FORM.contains(name)) return null;
        if (NAMED.contains(name)) {
            if (called || assigns || name.equals("foreign_key_check")) return null;
            // workerd's authorizer asks for the name (its OBJECT_NAME signature); without one SQLite runs it as a no-op
            return "D1 refuses PRAGMA " + name + " without a table or index name; name one (PRAGMA " + name + "(\"t\")) or leave it out";
        }
        if (READ_ONLY.contains(name) && !assigns && !called) return null;
        if (BOOLEAN.contains(name) && (!assigns && !called || workerdBoolean(authorizerValue(t, i + 2)))) return null;
        if (BOOLEAN.contains(name)) {
            return "D1 refuses PRAGMA " + name + " with that value (workerd's authorizer takes a value that starts with on, off, true, false,"
                    + " yes, no, 1 or 0, in any case); write PRAGMA " + name + " = ON or OFF";
        }
        return "D1 refuses PRAGMA " + name + (assigns || called ? " with that value" : "") + " (it allows table_list, table_info, foreign_keys,"
                + " defer_foreign_keys, foreign_key_check and a few more; not user_version or journal_mode): " + refusedPragmaWayOut(name);
    }

    /** The PRAGMAs that keep a number in the database file's header, which a migration uses as a version. */
    private static final Set<String> VERSION_PRAGMAS = Set.of("user_version", "application_id", "schema_version");

    /** What to do instead of a PRAGMA D1 refuses: only the version ones have a stand-in; the others tune storage D1 runs itself. */
    private static String refusedPragmaWayOut(String name) {
        if (VERSION_PRAGMAS.contains(name)) return "keep a version in a table instead";
        if (name.equals("integrity_check")) return "write PRAGMA quick_check, which D1 allows";
        return "leave it out (D1 runs its storage, journal and cache itself; a migration cannot change them there)";
    }

    /** Whether the statement calls load_extension() (a table or column of that name is no call). */
    private static boolean callsLoadExtension(List<Token> t) {
        for (int i = 0; i + 1 < t.size(); i++) if (callAt(t, i) && t.get(i).name().equalsIgnoreCase("load_extension")) return true;
        return false;
    }

    /**
     * The PRAGMA's value as SQLite hands it to the authorizer (its {@code zRight}): dequoted, a leading {@code -} kept ({@code "-%T"}),
     * a leading {@code +} dropped (SQLite's {@code plus_num}); "" when there is none.
     */
    private static String authorizerValue(List<Token> t, int at) {
        if (at >= t.size()) return "";
        Token k = t.get(at);
        if ((k.isPunct("-") || k.isPunct("+")) && at + 1 < t.size()) return (k.isPunct("-") ? "-" : "") + t.get(at + 1).name();
        return k.name();
    }

    /**
     * Whether workerd's authorizer takes the value of a boolean PRAGMA (src/workerd/util/sqlite.c++, isAuthorized, case
     * SQLITE_PRAGMA, PragmaSignature::BOOLEAN, at the commit d1.md cites): one pair of quotes around it is dropped, then it is
     * compared by prefix, {@code strncasecmp(val, "1", 1) == 0 || ...} for true, false, yes, no, on, off, 1 and 0, ASCII case
     * ignored. So {@code = 10}, {@code = 1.5}, {@code = onward} and {@code = nothing} pass there (SQLite reads the first two as on,
     * the others as off), {@code = -1}, {@code = 2} and {@code = 'enabled'} do not. The closing quote stays in what is compared:
     * workerd slices it off the view, and strncasecmp reads on to the string's end.
     */
    static boolean workerdBoolean(String value) {
        String v = value;
        if (v.length() >= 2 && (v.charAt(0) == '\'' || v.charAt(0) == '"') && v.charAt(v.length() - 1) == v.charAt(0)) v = v.substring(1);
        for (String w : List.of("true", "false", "yes", "no", "on", "off", "1", "0")) {
            if (v.length() < w.length()) continue;
            boolean same = true;
            for (int k = 0; k < w.length() && same; k++) {
                char c = v.charAt(k);
                same = (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) == w.charAt(k);
            }
            if (same) return true;
        }
        return false;
    }

    /**
     * Whether workerd's authorizer takes the value of PRAGMA optimize (PragmaSignature::NULL_OR_NUMBER): kj's
     * {@code tryParseAs<int32_t>()}, strtoll over the whole text (leading blanks and a sign allowed, base 16 after {@code 0x}),
     * within a 32-bit int.
     */
    static boolean int32(String value) {
        boolean hex = value.startsWith("0x") || value.startsWith("0X") || value.startsWith("-0x") || value.startsWith("-0X");   // kj's isHex
        int k = 0;
        while (k < value.length() && " \t\n\u000B\f\r".indexOf(value.charAt(k)) >= 0) k++;
        boolean negative = k < value.length() && value.charAt(k) == '-';
        if (k < value.length() && (value.charAt(k) == '-' || value.charAt(k) == '+')) k++;
        if (hex && value.regionMatches(true, k, "0x", 0, 2)) k += 2;
        if (k >= value.length()) return false;
        long n = 0;
        for (; k < value.length(); k++) {
            int d = Character.digit(value.charAt(k), hex ? 16 : 10);
            if (d < 0 || value.charAt(k) > 'z') return false;   // ASCII digits only, as strtoll
            n = n * (hex ? 16 : 10) + d;
            if (n > 1L << 32) return false;
        }
        n = negative ? -n : n;
        return n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE;
    }

    /**
     * Whether D1 takes the PRAGMA in some form, as workerd's authorizer lists it (any value, a named argument, read only, a
     * boolean); the name lower-cased.
     */
    public static boolean allowsPragma(String lowerCaseName) {
        return ANY_FORM.contains(lowerCaseName) || NAMED.contains(lowerCaseName) || READ_ONLY.contains(lowerCaseName) || BOOLEAN.contains(lowerCaseName);
    }

    /**
     * SQLite's PRAGMAs, each also a table-valued function {@code pragma_NAME} where it returns rows; read when a statement first
     * names a {@code pragma_} table (a class of its own, so no other rule opens a connection for them).
     */
    private static final class SqlitePragmas {
        static final Set<String> ALL = all();

        private static Set<String> all() {
            Set<String> out = new java.util.HashSet<>(sqliteNames("SELECT name FROM pragma_pragma_list"));
            if (out.isEmpty()) {
                out.addAll(Set.of("user_version", "schema_version", "application_id", "function_list", "compile_options", "pragma_list",
                        "module_list", "database_list", "collation_list", "journal_mode", "page_count", "freelist_count"));
            }
            return Set.copyOf(out);
        }
    }

    /**
     * The PRAGMA of the first table-valued {@code pragma_NAME} the statement reads that workerd's authorizer refuses (SQLite
     * prepares {@code PRAGMA NAME} for it, asking the authorizer as for the statement): {@code SELECT * FROM pragma_user_version}
     * is "not authorized" on D1. A table of the user's named {@code pragma_notes} is no PRAGMA.
     */
    private static String refusedPragmaFunction(List<Token> t) {
        for (int i = 0; i < t.size(); i++) {
            Token k = t.get(i);
            // main.pragma_user_version(), and main.pragma_user_version read with no brackets, run the PRAGMA as the bare name does
            boolean inMain = inMain(t, i);
            if (k.kind() != Kind.WORD && k.kind() != Kind.QUOTED || afterDot(t, i) && !inMain) continue;
            String name = k.name().toLowerCase(Locale.ROOT);
            if (!name.startsWith("pragma_")) continue;
            String pragma = name.substring("pragma_".length());
            if (!SqlitePragmas.ALL.contains(pragma) || allowsPragma(pragma)) continue;
            int before = inMain ? i - 3 : i - 1;   // CREATE TABLE main.pragma_notes names a table
            if (before >= 0 && (t.get(before).is("TABLE") || t.get(before).is("INTO") || t.get(before).is("EXISTS") || t.get(before).is("VIEW"))) continue;
            return pragma;
        }
        return null;
    }

    /** The tables that list D1's own tables (_cf_KV) among the user's: a name read from them may be one D1 refuses. */
    private static final Set<String> CATALOGS = Set.of("sqlite_master", "sqlite_schema", "pragma_table_list");

    /**
     * Why D1 refuses a table-valued PRAGMA of the kind it allows with a name ({@code pragma_table_info(…)}, {@code pragma_index_list(…)},
     * ...): named {@code _cf_…} as a string, or given the names a catalog lists ({@code FROM sqlite_master m JOIN
     * pragma_table_info(m.name)}), which on D1 include its own _cf_KV (wrangler's local D1 has _cf_METADATA): SQLite runs the PRAGMA
     * for each name when it reads the row, and workerd's authorizer refuses that one ("not authorized"), where SQLite alone runs them
     * all. A statement with a string that leaves them out in it ({@link #leavesOutReserved}: {@code NOT LIKE '\_cf\_%'}) is taken to
     * leave them out, as is one picking the catalog's rows by name ({@link #picksNames}); null otherwise.
     */
    private static String pragmaOverReservedNames(List<Token> t) {
        // asked of every statement checked: the strings (a seed's thousands) are looked at only where a table-valued PRAGMA is called
        boolean callsPragma = false;
        for (int i = 0; i + 2 < t.size() && !callsPragma; i++) {
            callsPragma = tableFunctionAt(t, i) && t.get(i).name().toLowerCase(Locale.ROOT).startsWith("pragma_");
        }
        if (!callsPragma) return null;
        boolean readsCatalog = false;
        boolean mentionsReserved = false;
        for (int i = 0; i < t.size(); i++) {
            Token k = t.get(i);
            if (k.kind() == Kind.STRING && leavesOutReserved(k.name())) mentionsReserved = true;
            // main.sqlite_master is the same catalog; temp.sqlite_master lists the temp tables only, never D1's
            if (isCatalog(k) && (!afterDot(t, i) || inMain(t, i))) {
                readsCatalog = true;
            }
        }
        for (int i = 0; i + 2 < t.size(); i++) {
            if (!tableFunctionAt(t, i)) continue;
            String name = t.get(i).name().toLowerCase(Locale.ROOT);
            if (!name.startsWith("pragma_")) continue;
            String pragma = name.substring("pragma_".length());
            if (!NAMED.contains(pragma) && !pragma.equals("quick_check")) continue;
            Token argument = t.get(i + 2);
            boolean literal = argument.kind() == Kind.STRING || argument.kind() == Kind.NUMBER;
            if (literal && argument.kind() == Kind.STRING && argument.name().toLowerCase(Locale.ROOT).startsWith("_cf_")) {
                return "it names \"" + argument.name() + "\": D1 reserves every name starting with _cf_ (its own tables); choose another name";
            }
            if (literal || argument.isPunct(")") || !readsCatalog || mentionsReserved || picksNames(t)) continue;
            String source = t.stream().filter(D1Rules::isCatalog).findFirst().map(Token::name).orElse("sqlite_master");
            // the column handed over (m.name, t.name of a CTE), else the catalog's own (pragma_table_info(lower(m.name)), a subquery)
            boolean plain = argument.kind() == Kind.WORD || argument.kind() == Kind.QUOTED;
            int after = plain && i + 4 < t.size() && t.get(i + 3).isPunct(".") ? i + 5 : i + 3;
            String column = plain && after < t.size() && (t.get(after).isPunct(")") || t.get(after).isPunct(","))
                    ? argument.text() + (after == i + 5 ? "." + t.get(i + 4).text() : "") : catalogColumn(t);
            String lists = " for each name it reads from " + source + ", and D1's " + source + " also lists D1's own tables (_cf_KV; on"
                    + " wrangler's local D1, _cf_METADATA), which D1 refuses to name";
            String filter = "WHERE " + column + " NOT LIKE '\\_cf\\_%' ESCAPE '\\'";
            String through = pickedThroughAJoin(t, column);
            String join = through == null ? "" : " Picking the names through your table's rows (" + through + ") does not keep them out for"
                    + " sure: SQLite's planner picks the join order, and may run the PRAGMA for each name the catalog lists before the join"
                    + " drops it (wrangler's local D1 refuses it so with CROSS JOIN), and a row naming a _cf_ table fails there too.";
            // a view or trigger runs nothing when created: D1 takes the CREATE, and fails where it runs
            String created = created(t);
            if (created != null && created.startsWith("view ")) {
                return "it creates a view (" + created.substring(5) + ") that runs PRAGMA " + pragma + lists + ": D1 creates it, as it runs"
                        + " nothing then, and fails reading it (\"not authorized\": SELECT * FROM " + created.substring(5) + "; only a read"
                        + " picking the names itself gets through), where SQLite reads it." + join + " Leave them out in the view: " + filter;
            }
            if (created != null) {
                return "it creates a trigger (" + created.substring(8) + ") that runs PRAGMA " + pragma + lists + ": D1 creates it, as it"
                        + " runs nothing then, and fails " + triggerEvent(t) + " that fires it (\"not authorized\", the write rolled back),"
                        + " where SQLite runs it." + join + " Leave them out in its body: " + filter;
            }
            return "it runs PRAGMA " + pragma + lists + " (\"not authorized\"): the statement fails there, where SQLite runs it." + join
                    + " Leave them out: " + filter;
        }
        return null;
    }

    /** "view NAME" or "trigger NAME" for a CREATE VIEW or CREATE TRIGGER (TEMP, IF NOT EXISTS and a schema skipped); null otherwise. */
    private static String created(List<Token> t) {
        if (t.size() < 3 || !t.get(0).is("CREATE")) return null;
        int i = 1;
        if (t.get(i).is("TEMP") || t.get(i).is("TEMPORARY")) i++;
        if (i >= t.size() || !t.get(i).is("VIEW") && !t.get(i).is("TRIGGER")) return null;
        String kind = t.get(i).is("VIEW") ? "view " : "trigger ";
        i++;
        if (i + 2 < t.size() && t.get(i).is("IF") && t.get(i + 1).is("NOT") && t.get(i + 2).is("EXISTS")) i += 3;
        if (i + 2 < t.size() && t.get(i + 1).isPunct(".")) i += 2;
        return i < t.size() ? kind + t.get(i).text() : null;
    }

    /** What fires a CREATE TRIGGER's trigger, as "every INSERT on items" (its event, before ON at the top level, and its table). */
    private static String triggerEvent(List<Token> t) {
        String event = "every write";
        for (int i = 0; i + 1 < t.size(); i++) {
            Token k = t.get(i);
            if (k.is("INSERT") || k.is("UPDATE") || k.is("DELETE")) event = "every " + k.upper();
            if (k.is("ON")) return event + " on " + t.get(i + 1).text() + (i + 3 < t.size() && t.get(i + 2).isPunct(".") ? "." + t.get(i + 3).text() : "");
        }
        return event;
    }

    /**
     * The condition that hands the catalog's name column ({@code column}, as {@code m.name}) a value from another table's rows
     * ({@code m.name = a.tname}, {@code a.tname = m.name}, {@code m.name IN (SELECT …)}), as written; null where there is none.
     */
    private static String pickedThroughAJoin(List<Token> t, String column) {
        int dot = column.lastIndexOf('.');
        String alias = dot < 0 ? null : column.substring(0, dot);
        for (int i = 2; i < t.size(); i++) {
            Token k = t.get(i);
            if (!(k.is("NAME") || k.is("TBL_NAME")) || !afterDot(t, i) || !t.get(i - 2).text().equalsIgnoreCase(alias)) continue;
            String name = alias + "." + k.text();
            Token op = i + 1 < t.size() ? t.get(i + 1) : k;
            if ((op.isPunct("=") || op.isPunct("==")) && qualifiedColumnAt(t, i + 2)) {
                return name + " " + op.text() + " " + t.get(i + 2).text() + "." + t.get(i + 4).text();
            }
            if (op.is("IN") && i + 3 < t.size() && t.get(i + 2).isPunct("(") && t.get(i + 3).is("SELECT")) return name + " IN (SELECT …)";
            if (i >= 5 && (t.get(i - 3).isPunct("=") || t.get(i - 3).isPunct("==")) && qualifiedColumnAt(t, i - 6)) {
                return t.get(i - 6).text() + "." + t.get(i - 4).text() + " " + t.get(i - 3).text() + " " + name;
            }
        }
        return null;
    }

    /** Whether {@code table.column} (two names around a dot) starts at {@code i}. */
    private static boolean qualifiedColumnAt(List<Token> t, int i) {
        return i >= 0 && i + 2 < t.size() && (t.get(i).kind() == Kind.WORD || t.get(i).kind() == Kind.QUOTED) && t.get(i + 1).isPunct(".")
                && (t.get(i + 2).kind() == Kind.WORD || t.get(i + 2).kind() == Kind.QUOTED);
    }

    /** The name column of the statement's first catalog, by its alias where it has one ({@code m.name}, {@code sqlite_master.name}). */
    private static String catalogColumn(List<Token> t) {
        for (int i = 0; i < t.size(); i++) {
            Token k = t.get(i);
            if (!isCatalog(k)) continue;
            int at = i + 1 < t.size() && t.get(i + 1).is("AS") ? i + 2 : i + 1;
            Token alias = at < t.size() ? t.get(at) : null;
            boolean named = alias != null && (alias.kind() == Kind.QUOTED || alias.kind() == Kind.WORD && !NOT_ALIAS.contains(alias.upper()));
            return (named ? alias.text() : k.text()) + ".name";
        }
        return "name";
    }

    /**
     * Whether a string of the statement is a filter that leaves D1's _cf_ tables out, however escaped or written ({@code '\_cf\_%'},
     * {@code '!_cf!_%'}, {@code '_cf*'}, {@code '[_]cf*'}, {@code '\_%'}, {@code '_cf_KV'}): its letters, digits, _, % and * start with
     * _cf, or are _ with a wildcard at most (every name starting with _). wrangler 4.86.0's local D1 ran such filters (2026-12).
     */
    private static boolean leavesOutReserved(String string) {
        String kept = string.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_%*]", "");
        return kept.startsWith("_cf") || kept.equals("_") || kept.equals("_%") || kept.equals("_*");
    }

    /**
     * Whether the statement picks a catalog's rows by name ({@code name = 'users'}, {@code tbl_name IN ('a', 'b')}, {@code name LIKE
     * 'user%'}), which leaves D1's _cf_ tables out: workerd then never sees their names (D1 runs such a statement, 2026-12). A
     * PRAGMA's own column ({@code p.name = 'qty'} over {@code pragma_table_info(m.name) AS p}) picks its rows after it ran for every
     * name: D1 refuses that one. So does a pick another condition is ORed with ({@code m.name = 'items' OR m.type = 'table'}),
     * which lets every table through: a pick counts where each OR of its clause, at its depth, sits between two picks.
     */
    private static boolean picksNames(List<Token> t) {
        Set<String> pragmas = pragmaCallNames(t);
        for (int w = 0; w < t.size(); w++) {
            Token k = t.get(w);
            if (!(k.is("WHERE") || k.is("ON") || k.is("HAVING")) || afterDot(t, w)) continue;
            int end = w + 1;
            for (int depth = 0; end < t.size(); end++) {   // the clause ends at its depth's next clause, or its bracket's end
                Token e = t.get(end);
                if (e.isPunct("(")) depth++;
                else if (e.isPunct(")") && depth-- == 0) break;
                else if (depth == 0 && (e.isPunct(";") || e.isPunct(",") || e.kind() == Kind.WORD && !afterDot(t, end) && CLAUSE_END.contains(e.upper()))) break;
            }
            if (restricts(t, w + 1, end, pragmas)) return true;
        }
        return false;
    }

    /** Whether a pick of the catalog's rows starts at {@code i}: its name compared with a name, or its type with another kind than a table. */
    private static boolean pickAt(List<Token> t, int i, Set<String> pragmas) {
        if (i + 2 >= t.size()) return false;
        if (afterDot(t, i) && pragmas.contains(t.get(i - 2).name().toLowerCase(Locale.ROOT))) return false;   // the PRAGMA's own column
        if (t.get(i).is("TYPE")) return picksAnotherTypeThanTable(t, i);   // m.type = 'view': D1's _cf_KV is a table
        if (!t.get(i).is("NAME") && !t.get(i).is("TBL_NAME")) return false;
        Token next = t.get(i + 1);
        int at = valueAt(t, i);
        Token value = t.get(at);
        if ((next.isPunct("=") || next.isPunct("==")) && value.kind() == Kind.STRING) return true;
        if (next.is("IN") && value.isPunct("(") && i + 3 < t.size() && t.get(i + 3).kind() == Kind.STRING) return true;
        return (next.is("LIKE") || next.is("GLOB")) && value.kind() == Kind.STRING && !value.name().isEmpty()
                && Character.isLetterOrDigit(value.name().charAt(0));
    }

    /** Where the value compared with the name at {@code i} starts: past its operator, = and == alike (any other: one token). */
    private static int valueAt(List<Token> t, int i) {
        return t.get(i + 1).isPunct("=") && t.get(i + 2).isPunct("=") && i + 3 < t.size() ? i + 3 : i + 2;
    }

    /** Words that end a WHERE, ON or HAVING clause at its own depth. */
    private static final Set<String> CLAUSE_END = Set.of("WHERE", "ON", "HAVING", "GROUP", "ORDER", "LIMIT", "WINDOW", "UNION", "EXCEPT",
            "INTERSECT", "RETURNING", "JOIN", "LEFT", "RIGHT", "FULL", "INNER", "CROSS", "NATURAL");

    /**
     * Whether the condition {@code t[from, to)} keeps only picked rows: each of the conditions its ORs join (at its own depth;
     * {@code INSERT OR IGNORE} and {@code UPDATE OR REPLACE} are no condition) holds a pick, itself or in brackets that do
     * ({@code (a.name = 'x' OR a.name = 'y') AND p.pk = 1}); {@code a.name = 'x' OR a.type = 'table'} lets every table through.
     * A pick negated ({@code NOT a.name = 'x'}, {@code NOT (…)}), compared in turn ({@code (a.name = 'x') = 0}, {@code … IS NOT
     * TRUE}) or inside a CASE keeps every other name, D1's among them: no pick (wrangler 4.86.0's local D1 refuses each, 2026-12).
     */
    private static boolean restricts(List<Token> t, int from, int to, Set<String> pragmas) {
        boolean picked = false;
        boolean negated = false;   // a NOT in this term, before the pick: up to the next AND or OR at this depth
        for (int i = from; i <= to; i++) {
            if (i == to || t.get(i).is("OR") && !afterDot(t, i) && !(i > 0 && (t.get(i - 1).is("INSERT") || t.get(i - 1).is("UPDATE")))) {
                if (!picked) return false;
                picked = false;
                negated = false;
                continue;
            }
            Token k = t.get(i);
            if (k.is("AND") && !afterDot(t, i)) negated = false;
            if (k.is("NOT") && !afterDot(t, i)) negated = true;
            if (k.is("CASE") && !afterDot(t, i)) {   // a pick inside a CASE is a value, not a pick: past its END
                for (int depth = 0; i < to; i++) {
                    if (t.get(i).is("CASE") && !afterDot(t, i)) depth++;
                    else if (t.get(i).is("END") && !afterDot(t, i) && --depth == 0) break;
                }
                continue;
            }
            if (k.isPunct("(")) {
                int close = SqlLexer.closing(t, i, to);
                Token before = i > from ? t.get(i - 1) : null;
                // brackets that group conditions, not a call's arguments, an IN list or a subquery
                boolean grouping = before == null || before.isPunct("(") || before.is("AND") || before.is("OR") || before.is("NOT");
                if (grouping && !negated && !comparedAfter(t, close + 1, to) && restricts(t, i + 1, close, pragmas)) picked = true;
                i = close;
                continue;
            }
            if (!negated && pickAt(t, i, pragmas) && !comparedAfter(t, pickEnd(t, i, to), to)) picked = true;
        }
        return true;
    }

    /** Where what follows a pick starting at {@code i} starts: past its string, or past the ")" of its IN list. */
    private static int pickEnd(List<Token> t, int i, int to) {
        return t.get(i + 1).is("IN") ? SqlLexer.closing(t, valueAt(t, i), to) + 1 : valueAt(t, i) + 1;
    }

    /** Operators that, after a pick, compare its truth with something ({@code = 0}, {@code IS NOT TRUE}, {@code NOTNULL}). */
    private static final Set<String> COMPARING = Set.of("=", "==", "<>", "!=", "<", ">", "<=", ">=", "IS", "NOT", "ISNULL", "NOTNULL", "IN",
            "LIKE", "GLOB", "BETWEEN", "MATCH", "REGEXP");

    /** Whether the token at {@code j} (before {@code to}) compares what comes before it with something else. */
    private static boolean comparedAfter(List<Token> t, int j, int to) {
        return j < to && j < t.size() && (t.get(j).kind() == Kind.PUNCT || t.get(j).kind() == Kind.WORD && !afterDot(t, j))
                && COMPARING.contains(t.get(j).upper());
    }

    /** Whether the catalog's {@code type} at {@code i} is compared with one kind other than a table: {@code = 'view'}, {@code IN ('index')}. */
    private static boolean picksAnotherTypeThanTable(List<Token> t, int i) {
        Token next = t.get(i + 1);
        int at = valueAt(t, i);
        if (next.is("IN") && t.get(at).isPunct("(")) {
            if (at + 2 >= t.size() || !t.get(at + 2).isPunct(")")) return false;   // one kind only
            at++;
        } else if (!next.isPunct("=")) {
            return false;
        }
        Token value = t.get(at);
        return value.kind() == Kind.STRING && Set.of("view", "index", "trigger").contains(value.name().toLowerCase(Locale.ROOT));
    }

    /** Words that may follow a table-valued function's ")" in FROM and are no alias of it. */
    private static final Set<String> NOT_ALIAS = Set.of("JOIN", "WHERE", "ON", "LEFT", "RIGHT", "FULL", "INNER", "CROSS", "NATURAL", "ORDER",
            "GROUP", "LIMIT", "UNION", "EXCEPT", "INTERSECT", "HAVING", "WINDOW", "USING", "RETURNING");

    /** The names a statement's table-valued PRAGMAs are read by: each pragma_… called, and the alias after its ")" (lower case). */
    private static Set<String> pragmaCallNames(List<Token> t) {
        Set<String> out = new java.util.HashSet<>();
        for (int i = 0; i + 1 < t.size(); i++) {
            if (!tableFunctionAt(t, i) || !t.get(i).name().toLowerCase(Locale.ROOT).startsWith("pragma_")) continue;
            out.add(t.get(i).name().toLowerCase(Locale.ROOT));
            int depth = 0;
            int j = i + 1;
            for (; j < t.size(); j++) {
                if (t.get(j).isPunct("(")) depth++;
                else if (t.get(j).isPunct(")") && --depth == 0) break;
            }
            int at = j + 1 < t.size() && t.get(j + 1).is("AS") ? j + 2 : j + 1;
            if (at >= t.size()) continue;
            Token alias = t.get(at);
            if (alias.kind() == Kind.QUOTED || alias.kind() == Kind.WORD && !NOT_ALIAS.contains(alias.upper())) out.add(alias.name().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /**
     * The number of arguments of the first call of iif() that does not have 3, or -1: SQLite 3.48 let iif() take 2 or any odd
     * number (and added if()), which sqlite-jdbc runs, while the SQLite of D1's local emulation in wrangler 4.86.0 (workerd
     * 1.20260426, SQLite 3.47.0) refuses it, and reads a table, view or trigger holding such a call as a corrupt schema.
     */
    private static int iifArgumentsOtherThanThree(List<Token> t) {
        for (int i = 0; i + 1 < t.size(); i++) {
            Token k = t.get(i);
            if (!callAt(t, i) || !k.name().equalsIgnoreCase("iif")) continue;
            int depth = 0;
            int arguments = 1;
            boolean empty = true;
            for (int j = i + 1; j < t.size(); j++) {
                Token a = t.get(j);
                if (a.isPunct("(")) {
                    if (depth++ > 0) empty = false;
                } else if (a.isPunct(")")) {
                    if (--depth == 0) break;
                    empty = false;
                } else if (depth == 1 && a.isPunct(",")) {
                    arguments++;
                } else {
                    empty = false;
                }
            }
            if (empty) arguments = 0;
            if (arguments != 3) return arguments;
        }
        return -1;
    }

    /** D1's limit on a LIKE or GLOB pattern, in bytes (workerd's SQLITE_LIMIT_LIKE_PATTERN_LENGTH; reference d1.md 1.8). */
    static final int LIKE_PATTERN_BYTES = 50;

    /**
     * Why D1 fails a statement holding a LIKE or GLOB pattern, written as a string, over {@value #LIKE_PATTERN_BYTES} bytes
     * ({@code x LIKE '…'}, {@code x NOT GLOB '…'}, {@code like('…', x)}); null when it holds none. SQLite checks the pattern's
     * length each time it compares a value with it, not when it reads the statement: a local database with no row to compare (an
     * empty table, a fresh CHECK constraint) applies the migration, and D1, with rows, fails it ("LIKE or GLOB pattern too
     * complex"), or takes a CHECK, partial index or view that then fails every insert or read of it.
     */
    private static String longPattern(List<Token> t) {
        for (int i = 0; i + 1 < t.size(); i++) {
            Token k = t.get(i);
            if (k.kind() != Kind.WORD || afterDot(t, i) || !(k.is("LIKE") || k.is("GLOB"))) continue;
            Token pattern = t.get(i + 1).isPunct("(") && i + 3 < t.size() && t.get(i + 3).isPunct(",") ? t.get(i + 2)   // like('…', x)
                    : t.get(i + 1);                                                                                        // x LIKE '…'
            if (pattern.kind() != Kind.STRING) continue;
            int bytes = pattern.name().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (bytes <= LIKE_PATTERN_BYTES) continue;
            String shown = pattern.text().length() <= 40 ? pattern.text() : pattern.text().substring(0, 36) + "…'";
            return "its " + k.upper() + " pattern " + shown + " is " + bytes + " bytes, and D1 allows " + LIKE_PATTERN_BYTES
                    + " per LIKE or GLOB pattern (\"LIKE or GLOB pattern too complex\"). SQLite checks it only when it compares a value"
                    + " with it, so a local database with no row to compare applies this, while D1 fails the statement at its first row;"
                    + " in a CHECK, a partial index, a view or a trigger, D1 takes the statement and fails every insert, write or read"
                    + " that reaches the pattern. Shorten it: several shorter patterns joined with AND, or instr(), substr() and length(),"
                    + " which have no such limit";
        }
        return null;
    }

    /** The first function the statement calls that D1 refuses, or null. */
    private static String refusedFunction(List<Token> t) {
        for (int i = 0; i + 1 < t.size(); i++) {
            Token k = t.get(i);
            // a quoted name is a function's name too: SQLite calls power() for "power"(2, 3), `power`(2, 3) and [power](2, 3)
            if (!callAt(t, i)) continue;
            String name = k.name().toLowerCase(Locale.ROOT);
            if (REFUSED_FUNCTIONS.contains(name) && !namesACommonTableExpression(t, i + 1)) return name;
        }
        return null;
    }

    /** Whether the "(" at {@code open} closes into {@code ) AS (}: the column list of a CTE after the first ({@code , name(a) AS (…)}). */
    private static boolean namesACommonTableExpression(List<Token> t, int open) {
        int depth = 0;
        for (int j = open; j < t.size(); j++) {
            if (t.get(j).isPunct("(")) depth++;
            else if (t.get(j).isPunct(")") && --depth == 0) {
                return j + 2 < t.size() && t.get(j + 1).is("AS") && (t.get(j + 2).isPunct("(") || t.get(j + 2).is("MATERIALIZED") || t.get(j + 2).is("NOT"));
            }
        }
        return false;
    }

    /**
     * The table of libSQL's {@code ALTER TABLE [schema.]t ALTER [COLUMN] c TO c ...} (drizzle-kit's turso dialect), {@code t} the
     * statement's significant tokens; null for any other statement. A syntax error on D1 as on SQLite, not SQLite's ALTER COLUMN
     * that runs helper functions: the pre-flight names it (StatementRules), and {@link #alterTable}'s words would say the opposite.
     */
    public static String libsqlAlterColumn(List<Token> t) {
        if (t.size() < 6 || !t.get(0).is("ALTER") || !t.get(1).is("TABLE")) return null;
        int i = 2;
        if (i + 2 < t.size() && t.get(i + 1).isPunct(".")) i += 2;
        if (!t.get(i).isName()) return null;
        String table = t.get(i).name();
        int j = i + 1;
        if (j >= t.size() || !t.get(j).is("ALTER")) return null;
        if (j + 1 < t.size() && t.get(j + 1).is("COLUMN")) j++;
        return j + 2 < t.size() && t.get(j + 1).isName() && t.get(j + 2).is("TO") ? table : null;
    }

    /**
     * ALTER TABLE forms D1 refuses: SQLite 3.5x's ADD CONSTRAINT / ADD CHECK, DROP CONSTRAINT and ALTER COLUMN … SET / DROP NOT
     * NULL run helper functions (sqlite_add_constraint(), sqlite_drop_constraint(), sqlite_find_constraint(), sqlite_fail()) that
     * workerd's list leaves out; it has those of RENAME TO, RENAME COLUMN, ADD COLUMN and DROP COLUMN only.
     */
    private static String alterTable(List<Token> t) {
        if (t.size() < 4 || !t.get(1).is("TABLE")) return null;
        int i = 2;
        if (i + 2 < t.size() && t.get(i + 1).isPunct(".")) i += 2;   // schema.table
        if (i + 2 >= t.size()) return null;
        Token verb = t.get(i + 1);
        Token next = t.get(i + 2);
        boolean refused = verb.is("ADD") && (next.is("CONSTRAINT") || next.is("CHECK") || next.is("UNIQUE") || next.is("PRIMARY") || next.is("FOREIGN"))
                || verb.is("DROP") && next.is("CONSTRAINT") || verb.is("ALTER") && libsqlAlterColumn(t) == null;
        if (!refused) return null;
        String form = verb.upper() + " " + (verb.is("ALTER") ? "COLUMN" : next.upper());
        return "D1 refuses ALTER TABLE … " + form + " (SQLite runs it through helper functions, sqlite_add_constraint() and others,"
                + " that workerd's authorizer does not allow: \"not authorized to use function\"; D1 allows ALTER TABLE RENAME TO,"
                + " RENAME COLUMN, ADD COLUMN and DROP COLUMN only); rebuild the table instead: change the schema and let db:generate"
                + " write the rebuild, or write CREATE TABLE, INSERT … SELECT, DROP TABLE and ALTER TABLE … RENAME TO by hand";
    }

    /** Whether a CREATE names its table, index, view or trigger in the temp schema ({@code CREATE TABLE temp.scratch}). */
    private static boolean inTempSchema(List<Token> t) {
        for (int i = 1; i + 2 < t.size(); i++) {
            Token k = t.get(i);
            if (!(k.is("TABLE") || k.is("INDEX") || k.is("VIEW") || k.is("TRIGGER"))) continue;
            int j = i + 1;
            if (j + 2 < t.size() && t.get(j).is("IF") && t.get(j + 1).is("NOT") && t.get(j + 2).is("EXISTS")) j += 3;
            return j + 1 < t.size() && t.get(j + 1).isPunct(".") && t.get(j).name().equalsIgnoreCase("temp");
        }
        return false;
    }

    /**
     * The name of a table, index, view or trigger the statement creates, renames to, reads or writes, when it starts with
     * {@code _cf_}: workerd's authorizer refuses each of them (a column or alias of that name it allows).
     */
    private static String reservedObjectName(List<Token> t) {
        for (int i = 0; i + 1 < t.size(); i++) {
            Token k = t.get(i);
            if (k.kind() != Kind.WORD || !TABLE_NAMED.contains(k.upper())) continue;
            if (k.is("TO") && (i == 0 || !t.get(i - 1).is("RENAME"))) continue;   // RENAME [COLUMN] a TO b names a column: D1 allows _cf_ there
            int j = i + 1;
            if (j + 2 < t.size() && t.get(j).is("IF") && t.get(j + 1).is("NOT") && t.get(j + 2).is("EXISTS")) j += 3;
            else if (j + 1 < t.size() && t.get(j).is("IF") && t.get(j + 1).is("EXISTS")) j += 2;   // DROP TABLE IF EXISTS _cf_KV
            // UPDATE OR IGNORE _cf_KV: the conflict clause comes before the table
            if (k.is("UPDATE") && j + 1 < t.size() && t.get(j).is("OR")) j += 2;
            // FROM (_cf_KV), JOIN (_cf_KV): a table in parentheses (a subquery or a list after it is another case)
            if ((k.is("FROM") || k.is("JOIN")) && j + 1 < t.size() && t.get(j).isPunct("(")) j++;
            if (j + 2 < t.size() && t.get(j + 1).isPunct(".")) j += 2;   // schema.name
            if (j < t.size() && t.get(j).kind() != Kind.PUNCT && t.get(j).name().toLowerCase(Locale.ROOT).startsWith("_cf_")) return t.get(j).name();
        }
        for (Token n : commaJoined(t)) if (n.name().toLowerCase(Locale.ROOT).startsWith("_cf_")) return n.name();
        return null;
    }

    /** Words that end a FROM clause at its own depth: what may follow the tables it lists. */
    private static final Set<String> AFTER_FROM = Set.of("WHERE", "GROUP", "HAVING", "WINDOW", "ORDER", "LIMIT", "UNION", "EXCEPT", "INTERSECT",
            "RETURNING", "SET", "VALUES", "DO");

    /**
     * The tables of FROM clauses' lists written after a comma ({@code FROM t, _cf_KV}, a join SQLite reads, and workerd authorizes,
     * as any other), each as its name token (a schema before it skipped). Each parenthesis depth keeps whether a FROM list is open
     * there (a subquery has its own).
     */
    private static List<Token> commaJoined(List<Token> t) {
        List<Token> out = new java.util.ArrayList<>();
        java.util.ArrayDeque<Boolean> inFrom = new java.util.ArrayDeque<>();
        boolean from = false;
        for (int i = 0; i < t.size(); i++) {
            Token k = t.get(i);
            if (k.isPunct("(")) {
                inFrom.push(from);
                // FROM (a, b): a parenthesised list of tables, not a subquery, is a FROM list of its own
                Token before = i > 0 ? t.get(i - 1) : null;
                Token after = i + 1 < t.size() ? t.get(i + 1) : null;
                from = from && before != null && (before.is("FROM") || before.is("JOIN") || before.isPunct(",")) && after != null
                        && !after.is("SELECT") && !after.is("WITH") && !after.is("VALUES") && !after.isPunct("(");
            } else if (k.isPunct(")")) {
                from = !inFrom.isEmpty() && inFrom.pop();
            } else if (k.isPunct(";")) {
                from = false;
            } else if (k.is("FROM")) {
                from = true;
            } else if (k.kind() == Kind.WORD && AFTER_FROM.contains(k.upper()) && !afterDot(t, i)) {
                from = false;
            } else if (from && k.isPunct(",") && i + 1 < t.size()) {
                int j = i + 1;
                if (j + 2 < t.size() && t.get(j + 1).isPunct(".")) j += 2;   // schema.name
                if (t.get(j).kind() != Kind.PUNCT) out.add(t.get(j));
            }
        }
        return out;
    }

    /**
     * D1's {@code /query} cuts a request at each {@code ;}, keeping a trigger body whole only between an upper-case
     * {@code BEGIN} and an upper-case {@code END}: a lower-case one, or the {@code END} of a {@code CASE} inside the body
     * and outside parentheses, cuts the trigger there ("incomplete input"). Names after a dot ({@code NEW.end}) are names.
     */
    private static String triggerBody(List<Token> t) {
        int begin = -1;
        // the body's BEGIN comes after ON table: a column named begin in UPDATE OF begin, ... is a column (D1's splitter passes it)
        int on = 0;
        while (on < t.size() && !t.get(on).is("ON")) on++;
        // and outside parentheses: a column named begin in the WHEN clause's subquery (WHERE begin IS NULL) is a column too
        int open = 0;
        for (int i = on; i < t.size(); i++) {
            if (t.get(i).isPunct("(")) open++;
            else if (t.get(i).isPunct(")")) open--;
            else if (open == 0 && t.get(i).is("BEGIN") && !afterDot(t, i)) {
                begin = i;
                break;
            }
        }
        if (begin < 0) return null;
        if (!t.get(begin).text().equals("BEGIN")) {
            return "D1 cuts a trigger whose body starts with \"" + t.get(begin).text() + "\" (its /query splitter looks for BEGIN in upper case:"
                    + " \"incomplete input\"); write BEGIN and END in upper case";
        }
        int last = t.size() - 1;
        while (last > begin && t.get(last).isPunct(";")) last--;
        if (t.get(last).is("END") && !t.get(last).text().equals("END")) {
            return "D1 cuts a trigger whose body ends with \"" + t.get(last).text() + "\" (its /query splitter looks for END in upper case:"
                    + " \"incomplete input\"); write BEGIN and END in upper case";
        }
        int depth = 0;
        for (int i = begin + 1; i < last; i++) {
            Token k = t.get(i);
            if (k.isPunct("(")) depth++;
            else if (k.isPunct(")")) depth--;
            else if (depth == 0 && k.is("END") && k.text().equals("END") && !afterDot(t, i)) {
                return "D1 cuts a trigger body at an END inside it (its /query splitter takes the first upper-case END for the trigger's, the"
                        + " END of a CASE too): put the CASE in parentheses, or move the condition into the trigger's WHEN clause";
            }
        }
        return null;
    }

    /**
     * The first of {@link #ABSENT_TABLES} the statement reads (after FROM or JOIN, also as {@code main.dbstat} or the table-valued
     * {@code dbstat('main')}); null when none.
     */
    private static String absentTable(List<Token> t) {
        for (int i = 0; i + 1 < t.size(); i++) {
            if (!t.get(i).is("FROM") && !t.get(i).is("JOIN")) continue;
            int j = i + 1;
            if (j + 2 < t.size() && t.get(j + 1).isPunct(".")) j += 2;   // schema.name
            Token k = t.get(j);
            if (k.kind() != Kind.WORD && k.kind() != Kind.QUOTED) continue;
            String name = k.name().toLowerCase(Locale.ROOT);
            if (ABSENT_TABLES.contains(name)) return name;
        }
        for (Token k : commaJoined(t)) {   // FROM t, dbstat
            String name = k.name().toLowerCase(Locale.ROOT);
            if ((k.kind() == Kind.WORD || k.kind() == Kind.QUOTED) && ABSENT_TABLES.contains(name)) return name;
        }
        return null;
    }

    /**
     * The names, in lower case, of the common table expressions the statement declares ({@code WITH [RECURSIVE] dbstat(a) AS
     * [NOT] [MATERIALIZED] (…), …}, also one in a view or a subquery): a CTE comes before any table of its name, on D1 as with
     * SQLite, so {@code FROM dbstat} beside {@code WITH dbstat AS (…)} reads the CTE, not SQLite's dbstat, which D1 lacks.
     */
    private static Set<String> commonTableNames(List<Token> t) {
        Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < t.size(); i++) {
            if (!t.get(i).is("WITH")) continue;
            int k = i + 1 < t.size() && t.get(i + 1).is("RECURSIVE") ? i + 2 : i + 1;
            while (k < t.size() && (t.get(k).kind() == Kind.WORD || t.get(k).kind() == Kind.QUOTED)) {
                String name = t.get(k).name().toLowerCase(Locale.ROOT);
                k++;
                if (k < t.size() && t.get(k).isPunct("(")) k = SqlLexer.closing(t, k, t.size()) + 1;   // its column names
                if (k >= t.size() || !t.get(k).is("AS")) break;
                k++;
                if (k < t.size() && t.get(k).is("NOT")) k++;
                if (k < t.size() && t.get(k).is("MATERIALIZED")) k++;
                if (k >= t.size() || !t.get(k).isPunct("(")) break;
                names.add(name);
                k = SqlLexer.closing(t, k, t.size()) + 1;
                if (k >= t.size() || !t.get(k).isPunct(",")) break;
                k++;
            }
        }
        return names;
    }

    /**
     * The name of the table or view the statement creates when it is one of {@link #ABSENT_TABLES} ({@code CREATE TABLE dbstat (…)},
     * or {@code ALTER TABLE sizes RENAME TO dbstat}), in lower case; null otherwise. A table of that name is what {@code FROM dbstat}
     * then reads, on D1 as with SQLite.
     */
    public static String createsAbsentTable(String statement) {
        String renamed = absentTableRenamed(statement, false);
        return renamed != null ? renamed : absentTableNamedBy(statement, "CREATE");
    }

    /**
     * The name of the table or view the statement drops when it is one of {@link #ABSENT_TABLES} ({@code DROP TABLE dbstat}, or
     * {@code ALTER TABLE dbstat RENAME TO sizes}), in lower case; null otherwise. After it, {@code FROM dbstat} reads SQLite's own
     * again, which D1 lacks.
     */
    public static String dropsAbsentTable(String statement) {
        String renamed = absentTableRenamed(statement, true);
        return renamed != null ? renamed : absentTableNamedBy(statement, "DROP");
    }

    /**
     * The {@link #ABSENT_TABLES} name an {@code ALTER TABLE [main.]old RENAME TO new} renames away from ({@code from}: old) or to
     * (new), in lower case; null otherwise (a RENAME COLUMN too).
     */
    private static String absentTableRenamed(String statement, boolean from) {
        String lower = statement.toLowerCase(Locale.ROOT);
        if (ABSENT_TABLES.stream().noneMatch(lower::contains)) return null;
        List<Token> t = SqlLexer.significant(statement);
        if (t.size() < 6 || !t.get(0).is("ALTER") || !t.get(1).is("TABLE")) return null;
        int i = 2;
        if (i + 2 < t.size() && t.get(i + 1).isPunct(".") && t.get(i).name().equalsIgnoreCase("main")) i += 2;
        Token old = t.get(i);
        if (i + 3 >= t.size() || !t.get(i + 1).is("RENAME") || !t.get(i + 2).is("TO")) return null;
        Token renamed = from ? old : t.get(i + 3);
        if (renamed.kind() != Kind.WORD && renamed.kind() != Kind.QUOTED) return null;
        String name = renamed.name().toLowerCase(Locale.ROOT);
        return ABSENT_TABLES.contains(name) ? name : null;
    }

    /** The {@link #ABSENT_TABLES} name a {@code CREATE} or {@code DROP} ({@code verb}) of a table or view names, in lower case; null otherwise. */
    private static String absentTableNamedBy(String statement, String verb) {
        // asked of every statement (problems, PendingStatements.userTables): lexed only where the name is in the text at all
        String lower = statement.toLowerCase(Locale.ROOT);
        if (ABSENT_TABLES.stream().noneMatch(lower::contains)) return null;
        List<Token> t = SqlLexer.significant(statement);
        if (t.size() < 3 || !t.get(0).is(verb) || !t.get(1).is("TABLE") && !t.get(1).is("VIEW")) return null;
        int i = 2;
        if (verb.equals("CREATE") && i + 2 < t.size() && t.get(i).is("IF") && t.get(i + 1).is("NOT") && t.get(i + 2).is("EXISTS")) i += 3;
        if (verb.equals("DROP") && i + 1 < t.size() && t.get(i).is("IF") && t.get(i + 1).is("EXISTS")) i += 2;
        if (i + 2 < t.size() && t.get(i + 1).isPunct(".") && t.get(i).name().equalsIgnoreCase("main")) i += 2;
        if (i >= t.size() || t.get(i).kind() != Kind.WORD && t.get(i).kind() != Kind.QUOTED) return null;
        String name = t.get(i).name().toLowerCase(Locale.ROOT);
        return ABSENT_TABLES.contains(name) ? name : null;
    }

    /**
     * Whether the name at {@code i} is a function called: a word or quoted name followed by "(" (SQLite calls power() for
     * "power"(2, 3) too), not after a dot, nor a table, index, view, CTE or module being named ({@link #NAMING}).
     */
    private static boolean callAt(List<Token> t, int i) {
        Token k = t.get(i);
        if (k.kind() != Kind.WORD && k.kind() != Kind.QUOTED || i + 1 >= t.size() || !t.get(i + 1).isPunct("(") || afterDot(t, i)) return false;
        return i == 0 || t.get(i - 1).kind() != Kind.WORD || !NAMING.contains(t.get(i - 1).upper());
    }

    /**
     * Whether the name at {@code i} is a table-valued function called ({@link #callAt}), also through its schema:
     * {@code main.pragma_table_info(m.name)} and {@code main.jsonb_each(x)} run as the unqualified ones do.
     */
    private static boolean tableFunctionAt(List<Token> t, int i) {
        return callAt(t, i) || inMain(t, i) && (t.get(i).kind() == Kind.WORD || t.get(i).kind() == Kind.QUOTED)
                && i + 1 < t.size() && t.get(i + 1).isPunct("(");
    }

    /** Whether the name at {@code i} is qualified by the schema main ({@code main.sqlite_master}): the same object as the bare name. */
    private static boolean inMain(List<Token> t, int i) {
        return afterDot(t, i) && i >= 2 && t.get(i - 2).name().equalsIgnoreCase("main");
    }

    /** Whether the token names one of the {@link #CATALOGS}. */
    private static boolean isCatalog(Token k) {
        return (k.kind() == Kind.WORD || k.kind() == Kind.QUOTED) && CATALOGS.contains(k.name().toLowerCase(Locale.ROOT));
    }

    private static boolean afterDot(List<Token> t, int i) {
        return i > 0 && t.get(i - 1).isPunct(".");
    }
}
