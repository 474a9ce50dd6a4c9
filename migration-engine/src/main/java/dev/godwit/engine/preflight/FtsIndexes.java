package dev.godwit.engine.preflight;

import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.schema.model.SqliteNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FTS5 and FTS4 indexes with external content ({@code CREATE VIRTUAL TABLE posts_fts USING fts5(title, content='posts')}, or
 * {@code fts4(title, content="posts")}; SQLite's documented full-text pattern kept by triggers) find their rows by the content
 * table's rowid. A rebuild of a content table
 * without an INTEGER PRIMARY KEY (a text id) numbers its rowids afresh, closing the gaps deleted rows left: every row keeps its
 * values and the index points at other rows, a search for one post returns another, and deleting a row then fails with
 * "database disk image is malformed". Their own {@code integrity-check} (FTS5's at rank 1: against the content table) says so.
 */
final class FtsIndexes {

    private static final Pattern FTS = Pattern.compile("(?is)^\\s*CREATE\\s+VIRTUAL\\s+TABLE\\s.*?\\bUSING\\s+(fts[45])\\s*\\((.*)\\)\\s*;?\\s*$");
    private static final Pattern CONTENT = Pattern.compile("(?is)(?:^|,)\\s*content\\s*=\\s*('(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|`[^`]*`|\\[[^\\]]*\\]|[\\w$]+)");

    private FtsIndexes() {
    }

    /**
     * The FTS5 indexes with external content over one of {@code tables} (the tables the migration can change) that match their
     * content table now: the index's name, and its content table's.
     */
    static Map<String, String> sound(Replica r, List<Shape> tables, List<String> statements) {
        Map<String, String> out = new LinkedHashMap<>();
        if (tables.isEmpty()) return out;
        Set<String> names = new java.util.HashSet<>();
        for (Shape t : tables) names.add(SqliteNames.key(t.name()));
        Set<String> written = written(statements);
        for (Map<String, Object> row : virtualTables(r)) {
            String content = contentTable(String.valueOf(row.get("sql")));
            if (content == null || !names.contains(SqliteNames.key(content))) continue;
            String index = String.valueOf(row.get("name"));
            // checked (a full scan of the index, seconds on a large one, before and after) only where a statement writes, drops, alters
            // or renames the content table or the index: a table reached only through a foreign key or a trigger keeps its rowids
            if (!written.contains(SqliteNames.key(content)) && !written.contains(SqliteNames.key(index))) continue;
            if (matches(r, index, module(String.valueOf(row.get("sql")))) == null) out.put(index, content);
        }
        return out;
    }

    /**
     * The tables (as {@link SqliteNames#key}) a statement names as what it writes: the target of an INSERT, REPLACE, UPDATE or
     * DELETE, the table of a DROP TABLE or ALTER TABLE and the name a RENAME gives it; for a rebuild's copy {@code __new_t}, t too.
     */
    static Set<String> written(List<String> statements) {
        Set<String> out = new java.util.HashSet<>();
        for (String statement : statements) {
            List<SqlLexer.Token> t = SqlLexer.significant(statement);
            if (t.isEmpty()) continue;
            int verb = WriteTarget.verb(t);
            String name = null;
            if (verb >= 0 && WriteTarget.at(t, verb) >= 0) {
                name = WriteTarget.name(t, verb);
            } else if (t.size() > 2 && (t.get(0).is("DROP") || t.get(0).is("ALTER")) && t.get(1).is("TABLE")) {
                name = MovedRows.nameAt(t, t.size() > 4 && t.get(2).is("IF") && t.get(3).is("EXISTS") ? 4 : 2);
                if (t.get(0).is("ALTER") && t.size() > 3 && t.get(t.size() - 3).is("RENAME") && t.get(t.size() - 2).is("TO") && t.get(t.size() - 1).isName()) {
                    out.add(SqliteNames.key(t.get(t.size() - 1).name()));
                }
            }
            if (name == null) continue;
            out.add(name);
            if (name.startsWith("__new_")) out.add(name.substring("__new_".length()));
        }
        return out;
    }

    /**
     * {@code tables} without the virtual tables that stand but cannot be read now: an FTS5 index whose content table the
     * migration renamed away or dropped (counting it reads that table); {@link #outOfStep} names the ones that matched before.
     */
    static List<Shape> readable(Replica r, List<Shape> tables) {
        if (tables.isEmpty()) return tables;
        Set<String> virtual = new java.util.HashSet<>();
        for (Map<String, Object> row : virtualTables(r)) {
            virtual.add(SqliteNames.key(String.valueOf(row.get("name"))));
        }
        if (virtual.isEmpty()) return tables;
        List<Shape> out = new ArrayList<>();
        for (Shape t : tables) {
            if (virtual.contains(SqliteNames.key(t.name()))) {
                try {
                    r.count("SELECT count(*) FROM main." + Quoting.doubleQuoted(t.name()));
                } catch (DatabaseException unreadable) {
                    continue;
                }
            }
            out.add(t);
        }
        return out;
    }

    /**
     * For db:verify's replay: the FTS5 indexes with external content that do not match their content table, built again over its
     * rows ({@code 'rebuild'}), as on a real database whose index was built over the rows it had. The replay gives a table its rows
     * before the migration that creates the index over it (a custom migration after the table's own), which an index with external
     * content does not read: it would not match from then on, and what a later migration does to it would go unseen.
     */
    static void builtOverTheirRows(Replica r) {
        for (Map<String, Object> row : virtualTables(r)) {
            if (contentTable(String.valueOf(row.get("sql"))) == null) continue;
            String index = String.valueOf(row.get("name"));
            if (matches(r, index, module(String.valueOf(row.get("sql")))) == null) continue;
            String q = Quoting.doubleQuoted(index);
            try {
                r.exec("INSERT INTO main." + q + "(" + q + ") VALUES ('rebuild')");
            } catch (DatabaseException unreadable) {
                // its content table is gone or lacks a column it reads: left as it is
            }
        }
    }

    private static final Pattern CREATED_NAME = Pattern.compile("(?is)^\\s*CREATE\\s+VIRTUAL\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?"
            + "(?:(?:main|\"main\"|`main`|\\[main\\])\\s*\\.\\s*)?(\"(?:[^\"]|\"\")*\"|`[^`]*`|\\[[^\\]]*\\]|[\\w$]+)");

    /** The virtual table {@code statement} creates (any module), unquoted; null for another statement. */
    static String createdName(String statement) {
        Matcher n = CREATED_NAME.matcher(StatementText.code(statement));
        return n.lookingAt() ? SqlLexer.unquote(n.group(1)) : null;
    }

    /** Whether one of {@code statements} creates an FTS5 or FTS4 index with external content. */
    static boolean createsOne(List<String> statements) {
        for (String s : statements) if (contentTable(StatementText.code(s)) != null) return true;
        return false;
    }

    /** The names (case-folded) of the FTS5 and FTS4 indexes with external content the replica has now. */
    static Set<String> names(Replica r) {
        Set<String> out = new java.util.HashSet<>();
        for (Map<String, Object> row : virtualTables(r)) {
            if (contentTable(String.valueOf(row.get("sql"))) != null) out.add(SqliteNames.key(String.valueOf(row.get("name"))));
        }
        return out;
    }

    /**
     * The indexes with external content the migration created (not among {@code before}) over a table holding rows, that do not
     * match it after the migration: created without {@code INSERT INTO idx(idx) VALUES('rebuild')}, an index reads none of the rows
     * its table held (its triggers see only the rows written after), so a search finds none of them. On an empty table it matches.
     */
    static List<RowChange> builtOverNone(Replica r, Migration m, List<String> statements, Set<String> before) {
        List<RowChange> out = new ArrayList<>();
        for (Map<String, Object> row : virtualTables(r)) {
            String sql = String.valueOf(row.get("sql"));
            String content = contentTable(sql);
            String index = String.valueOf(row.get("name"));
            if (content == null || before.contains(SqliteNames.key(index))) continue;
            long rows;
            try {
                rows = r.count("SELECT count(*) FROM main." + Quoting.doubleQuoted(content));
            } catch (DatabaseException noTable) {
                continue;   // a content table that is not there: every search fails, the index says so itself
            }
            String says = rows == 0 ? null : matches(r, index, module(sql));
            // one that reads a column its table lacks fails otherwise ("no such column"): not what 'rebuild' mends
            if (says == null || !says.contains("malformed")) continue;
            int at = -1;
            for (int i = 0; i < statements.size() && at < 0; i++) {
                String code = StatementText.code(statements.get(i));
                Matcher n = CREATED_NAME.matcher(code);
                if (contentTable(code) != null && n.lookingAt() && SqliteNames.key(SqlLexer.unquote(n.group(1))).equals(SqliteNames.key(index))) at = i;
            }
            out.add(LossRules.change(RowChange.Kind.SEARCH_INDEX_NOT_BUILT, content, index, rows, rows, m, at, statements, List.of(module(sql))));
        }
        return out;
    }

    /** The indexes of {@link #sound} before the migration that no longer match their content table after it. */
    static List<RowChange> outOfStep(Replica r, Migration m, List<String> statements, Map<String, String> before) {
        List<RowChange> out = new ArrayList<>();
        for (Map.Entry<String, String> e : before.entrySet()) {
            String module = moduleOf(r, e.getKey());
            if (module == null) continue;
            if (matches(r, e.getKey(), module) == null) continue;
            long rows;
            try {
                rows = r.count("SELECT count(*) FROM main." + Quoting.doubleQuoted(e.getValue()));
            } catch (DatabaseException gone) {
                rows = -1;   // renamed away or dropped: the index reads a table that is not there
            }
            out.add(LossRules.change(RowChange.Kind.SEARCH_INDEX_OUT_OF_STEP, e.getValue(), e.getKey(), rows, rows, m, -1, statements, List.of(module)));
        }
        return out;
    }

    /** "FTS5" or "FTS4", as an FTS table's SQL names its module; null for another. */
    static String module(String sql) {
        Matcher f = FTS.matcher(sql);
        return f.matches() ? f.group(1).toUpperCase(java.util.Locale.ROOT) : null;
    }

    /** {@link #module} of the virtual table {@code index} of the replica's main schema. */
    private static String moduleOf(Replica r, String index) {
        List<Map<String, Object>> rows = r.query("SELECT sql FROM main.sqlite_master WHERE type = 'table' AND name = ?", index);
        return rows.isEmpty() ? null : module(String.valueOf(rows.get(0).get("sql")));
    }

    /**
     * SQLite's words where the index does not match its content table now, null where it does. FTS5 compares with its content
     * table only at rank 1 ({@code 'integrity-check', 1}); FTS4 has no rank column and compares with it always.
     */
    private static String matches(Replica r, String index, String module) {
        String q = Quoting.doubleQuoted(index);
        try {
            r.exec("INSERT INTO main." + q + "(" + q + ("FTS4".equals(module) ? ") VALUES ('integrity-check')" : ", rank) VALUES ('integrity-check', 1)"));
            return null;
        } catch (DatabaseException e) {
            return e.getMessage() == null ? "integrity-check failed" : e.getMessage();
        }
    }

    /** The virtual tables of the replica's main schema, each a row of its name and SQL: the one catalog read every check here starts from. */
    private static List<Map<String, Object>> virtualTables(Replica r) {
        return r.query("SELECT name, sql FROM main.sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'");
    }

    /** The content table an FTS5 table's SQL names, null for one holding its own content or none ({@code content=''}). */
    static String contentTable(String sql) {
        Matcher f = FTS.matcher(sql);
        if (!f.matches()) return null;
        Matcher c = CONTENT.matcher(f.group(2));
        if (!c.find()) return null;
        String name = SqlLexer.unquote(c.group(1));
        return name.isEmpty() ? null : name;
    }
}
