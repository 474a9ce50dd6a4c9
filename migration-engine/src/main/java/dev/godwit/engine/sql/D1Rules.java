package dev.godwit.engine.sql;

import dev.godwit.engine.sql.SqlLexer.Kind;
import dev.godwit.engine.sql.SqlLexer.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What Cloudflare D1 refuses in a statement that SQLite itself runs, so a local apply can say so before D1 does: workerd's
 * authorizer (PRAGMAs outside its allow-list, TEMP objects, names starting with {@code _cf_}, virtual-table modules other
 * than FTS5 and R-Tree, VACUUM) and the trap of D1's {@code /query} splitter in trigger bodies (a lowercase {@code begin}
 * or {@code end}, a {@code CASE … END} inside the body). See the reference's d1.md, sections 1.7 and 2.
 */
public final class D1Rules {

    private D1Rules() {
    }

    private static final Set<String> ANY_FORM = Set.of("table_list", "quick_check", "optimize");
    private static final Set<String> NAMED = Set.of("table_info", "table_xinfo", "foreign_key_check", "foreign_key_list", "index_info",
            "index_list", "index_xinfo");
    private static final Set<String> READ_ONLY = Set.of("data_version", "page_size");
    private static final Set<String> BOOLEAN = Set.of("case_sensitive_like", "foreign_keys", "defer_foreign_keys", "ignore_check_constraints",
            "legacy_alter_table", "recursive_triggers", "reverse_unordered_selects");
    private static final Set<String> BOOLEAN_VALUES = Set.of("on", "off", "true", "false", "yes", "no", "1", "0");
    private static final Set<String> MODULES = Set.of("fts5", "fts5vocab", "rtree", "rtree_i32");
    /**
     * SQLite's own functions that workerd's authorizer refuses ("not authorized to use function"): its ALLOWED_SQLITE_FUNCTIONS
     * leaves out build details and the newer JSONB and text functions, which stock SQLite (sqlite-jdbc) runs.
     */
    private static final Set<String> REFUSED_FUNCTIONS = Set.of("sqlite_version", "sqlite_source_id", "sqlite_compileoption_get",
            "sqlite_compileoption_used", "sqlite_offset", "jsonb", "jsonb_array", "jsonb_extract", "jsonb_insert", "jsonb_object",
            "jsonb_patch", "jsonb_remove", "jsonb_replace", "jsonb_set", "jsonb_group_array", "jsonb_group_object", "jsonb_each",
            "jsonb_tree", "json_pretty", "json_error_position", "json_array_insert", "jsonb_array_insert", "unistr", "unistr_quote");
    /** Words after which a name followed by "(" is a table, index, view or CTE being named, not a function called. */
    private static final Set<String> NAMING = Set.of("TABLE", "INTO", "REFERENCES", "ON", "EXISTS", "VIEW", "INDEX", "WITH", "RECURSIVE");

    /** Why D1 refuses the statement, with the way out; null when it does not (as far as these rules know). */
    public static String problem(String statement) {
        List<Token> t = SqlLexer.significant(statement);
        if (t.isEmpty()) return null;
        String reserved = reservedObjectName(t);
        if (reserved != null) {
            return "it names \"" + reserved + "\": D1 reserves every name starting with _cf_ (its own tables); choose another name";
        }
        String function = refusedFunction(t);
        if (function != null) {
            return "D1 refuses the function " + function + "() (workerd allows only its list of SQL functions: not sqlite_version(), the"
                    + " JSONB functions, json_pretty() or unistr()); use an allowed one (json(), json_extract(), …) or compute the value in code";
        }
        Token first = t.get(0);
        if (first.is("VACUUM")) return "D1 refuses VACUUM (every request is a transaction); leave it out";
        if (first.is("PRAGMA")) return pragma(t);
        if (first.is("CREATE")) {
            int i = 1;
            if (i < t.size() && (t.get(i).is("TEMP") || t.get(i).is("TEMPORARY"))) {
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

    private static String pragma(List<Token> t) {
        int i = 1;
        if (i + 1 < t.size() && t.get(i + 1).isPunct(".")) i += 2;   // schema.pragma
        if (i >= t.size()) return null;
        String name = t.get(i).name().toLowerCase(Locale.ROOT);
        Token next = i + 1 < t.size() ? t.get(i + 1) : null;
        boolean assigns = next != null && next.isPunct("=");
        boolean called = next != null && next.isPunct("(");
        String value = assigns && i + 2 < t.size() ? t.get(i + 2).name().toLowerCase(Locale.ROOT)
                : called && i + 2 < t.size() ? t.get(i + 2).name().toLowerCase(Locale.ROOT) : null;
        if (ANY_FORM.contains(name) || NAMED.contains(name)) return null;
        if (READ_ONLY.contains(name) && !assigns && !called) return null;
        if (BOOLEAN.contains(name) && (value == null || BOOLEAN_VALUES.contains(value))) return null;
        return "D1 refuses PRAGMA " + name + (assigns || called ? " with that value" : "") + " (it allows table_list, table_info, foreign_keys,"
                + " defer_foreign_keys, foreign_key_check and a few more; not user_version or journal_mode): keep a version in a table instead";
    }

    /** The first function the statement calls that D1 refuses, or null. */
    private static String refusedFunction(List<Token> t) {
        for (int i = 0; i + 1 < t.size(); i++) {
            Token k = t.get(i);
            if (k.kind() != Kind.WORD || !t.get(i + 1).isPunct("(") || afterDot(t, i)) continue;
            if (i > 0 && t.get(i - 1).kind() == Kind.WORD && NAMING.contains(t.get(i - 1).upper())) continue;
            String name = k.text().toLowerCase(Locale.ROOT);
            if (REFUSED_FUNCTIONS.contains(name)) return name;
        }
        return null;
    }

    /** The name of a table, index, view or trigger the statement creates or renames to, when it starts with {@code _cf_}. */
    private static String reservedObjectName(List<Token> t) {
        for (int i = 0; i + 1 < t.size(); i++) {
            Token k = t.get(i);
            if (!(k.is("TABLE") || k.is("INDEX") || k.is("VIEW") || k.is("TRIGGER") || k.is("TO"))) continue;
            int j = i + 1;
            if (j + 2 < t.size() && t.get(j).is("IF") && t.get(j + 1).is("NOT") && t.get(j + 2).is("EXISTS")) j += 3;
            if (j + 2 < t.size() && t.get(j + 1).isPunct(".")) j += 2;   // schema.name
            if (j < t.size() && t.get(j).kind() != Kind.PUNCT && t.get(j).name().toLowerCase(Locale.ROOT).startsWith("_cf_")) return t.get(j).name();
        }
        return null;
    }

    /**
     * D1's {@code /query} cuts a request at each {@code ;}, keeping a trigger body whole only between an upper-case
     * {@code BEGIN} and an upper-case {@code END}: a lower-case one, or the {@code END} of a {@code CASE} inside the body
     * and outside parentheses, cuts the trigger there ("incomplete input"). Names after a dot ({@code NEW.end}) are names.
     */
    private static String triggerBody(List<Token> t) {
        int begin = -1;
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).is("BEGIN") && !afterDot(t, i)) {
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

    private static boolean afterDot(List<Token> t, int i) {
        return i > 0 && t.get(i - 1).isPunct(".");
    }
}
