package dev.godwit.engine.preflight;

import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.migrate.StatementRules;
import dev.godwit.engine.sql.DuplicateKeysQuery;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.engine.sql.StatementKind;
import dev.godwit.schema.model.SqliteNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a D1 replica's synthesised rows cannot show of a {@code CREATE UNIQUE INDEX} on a table holding rows there: its generated
 * rows are all distinct, so the index goes in, while two of the database's rows sharing the key fail the statement on D1 (the
 * migration rolled back, the deploy stopped). Nothing is lost, but the prediction for that migration is partial, with the query
 * counting the keys rows share there ({@link DuplicateKeysQuery}, from the statement's own columns, COLLATE and WHERE).
 *
 * <p>Not for an index a rebuild makes again over a key the table was already unique on (a db:generate rebuild recreates every
 * index after the RENAME): read in two steps, {@link #before} the migration runs on the replica and {@link #after}.
 */
final class UnseenDuplicateKeys {

    /** How such a line says what its query lists, for the advice after the lines. */
    static final String MARK = "which two of the database's rows sharing its key fail";

    /** A CREATE UNIQUE INDEX of the migration on a table holding rows: the index's name (folded), the table, the line. */
    private record Unique(String index, String table, String line) {
    }

    private final List<Unique> indexes;
    /** For each of those tables (folded): its unique keys before the migration, each a set of "column\0COLLATION" (folded). */
    private final Map<String, List<Set<String>>> keysBefore;
    /** The tables its copies fill, by their names at the end (folded), each with the tables its copies read; null where it writes otherwise. */
    private final Map<String, List<String>> copiedFrom;

    private UnseenDuplicateKeys(List<Unique> indexes, Map<String, List<Set<String>>> keysBefore, Map<String, List<String>> copiedFrom) {
        this.indexes = indexes;
        this.keysBefore = keysBefore;
        this.copiedFrom = copiedFrom;
    }

    /** Read before {@code m} runs on {@code r}: its CREATE UNIQUE INDEX statements on tables holding rows, and those tables' keys. */
    static UnseenDuplicateKeys before(Replica r, Migration m) {
        List<Unique> out = new ArrayList<>();
        Map<String, List<Set<String>>> keys = new HashMap<>();
        for (int i = 0; i < m.statements().size(); i++) {
            String statement = m.statements().get(i);
            String query = DuplicateKeysQuery.of(statement);
            if (query == null) continue;
            List<SqlLexer.Token> t = SqlLexer.significant(statement);
            String table = tableOf(t);
            if (table == null || !r.holdsRows(table)) continue;
            out.add(new Unique(SqliteNames.key(indexName(t)), table, StatementRules.at(m, i) + ": " + StatementRules.shown(statement).lines().findFirst().orElse("")
                    + "\n    adds a UNIQUE index to \"" + table + "\", " + MARK + " (the migration then stops there, rolled back); the synthesised rows"
                    + " are all distinct, so whether the database's rows share one was not tried; how many keys rows share there: SELECT count(*) FROM (" + query + ")"));
            keys.computeIfAbsent(SqliteNames.key(table), k -> uniqueKeys(r, table));
        }
        return new UnseenDuplicateKeys(out, keys, out.isEmpty() ? null : copiedFrom(m.statements()));
    }

    /**
     * After the migration ran on {@code r}: one line per index read {@link #before}, but an index over a key its table was already
     * unique on (its columns and collations as the replica made it, holding one of the table's unique keys before) whose rows are
     * those it held: the migration writes rows only by copies moving each column into the column of its name, and the table is
     * filled by none or by one copy of its own rows (a rebuild's). A copy that rewrites a value ({@code lower(email)}), one of
     * another table's rows, or any other write, leaves the line.
     */
    List<String> after(Replica r) {
        List<String> out = new ArrayList<>();
        for (Unique u : indexes) {
            String table = SqliteNames.key(u.table());
            List<Set<String>> was = keysBefore.getOrDefault(table, List.of());
            List<String> sources = copiedFrom == null ? null : copiedFrom.getOrDefault(table, List.of());
            boolean sameRows = sources != null && (sources.isEmpty() || sources.equals(List.of(table)));
            Set<String> now = sameRows && !was.isEmpty() ? key(r, u.index()) : null;
            if (now != null && was.stream().anyMatch(now::containsAll)) continue;
            out.add(u.line());
        }
        return out;
    }

    /** The table's unique keys that are not partial and hold only columns (no expression), as {@link #key} reads them. */
    private static List<Set<String>> uniqueKeys(Replica r, String table) {
        List<Set<String>> out = new ArrayList<>();
        for (Map<String, Object> i : r.query("SELECT name FROM pragma_index_list(?) WHERE \"unique\" = 1 AND partial = 0", table)) {
            Set<String> k = key(r, String.valueOf(i.get("name")));
            if (k != null) out.add(k);
        }
        return out;
    }

    /** An index's key columns with their collations ("column\0COLLATION", folded); null where it is missing or holds an expression. */
    private static Set<String> key(Replica r, String index) {
        Set<String> out = new HashSet<>();
        for (Map<String, Object> c : r.query("SELECT name, coll FROM pragma_index_xinfo(?) WHERE key = 1", index)) {
            if (c.get("name") == null) return null;
            out.add(SqliteNames.key(String.valueOf(c.get("name"))) + "\u0000" + String.valueOf(c.get("coll")).toUpperCase(java.util.Locale.ROOT));
        }
        return out.isEmpty() ? null : out;
    }

    /**
     * Where every statement writing rows is a copy {@code INSERT INTO t (a, b) SELECT a, b FROM s}, each column into the column of
     * its name, nothing rewritten (the way db:generate's rebuild moves rows): for each table filled (by its name after the
     * migration's renames, folded), the tables its copies read (folded). Null where a statement writes rows otherwise.
     */
    private static Map<String, List<String>> copiedFrom(List<String> statements) {
        Map<String, List<String>> out = new HashMap<>();
        List<String[]> renames = StatementText.tableRenames(statements);
        for (String s : statements) {
            String code = StatementKind.fromCode(s);
            if (!StatementText.writesRows(code)) continue;
            List<SqlLexer.Token> t = SqlLexer.significant(code);
            if (!t.isEmpty() && t.get(t.size() - 1).isPunct(";")) t = t.subList(0, t.size() - 1);
            WriteTarget.ColumnList list = t.isEmpty() || !t.get(0).is("INSERT") ? null : WriteTarget.columnList(t, 0);
            if (list == null || list.columns() == null || list.end() >= t.size() || !t.get(list.end()).is("SELECT")) return null;
            int from = t.size() - 2;
            String source = from <= list.end() + 1 || !t.get(from).is("FROM") ? null : MovedRows.nameAt(t, from + 1);
            List<String> selected = source == null ? null : MovedRows.names(t.subList(list.end() + 1, from));
            if (selected == null || !selected.equals(MovedRows.names(t.subList(list.start() + 1, list.end() - 1)))) return null;
            String filled = SqliteNames.key(StatementText.nameAfter(renames, t.get(list.name()).name()));
            out.computeIfAbsent(filled, k -> new ArrayList<>()).add(source);
        }
        return out;
    }

    /** The index's name in a {@code CREATE UNIQUE INDEX [IF NOT EXISTS] [schema.]name}, unquoted. */
    private static String indexName(List<SqlLexer.Token> t) {
        int at = 3;
        if (t.size() > at + 3 && t.get(at).is("IF") && t.get(at + 1).is("NOT") && t.get(at + 2).is("EXISTS")) at += 3;
        return t.get(WriteTarget.nameIndex(t, at)).name();
    }

    /** The table of a {@code CREATE UNIQUE INDEX ... ON t (...)}, unquoted; null where not read. */
    private static String tableOf(List<SqlLexer.Token> t) {
        for (int k = 3; k + 1 < t.size(); k++) {
            if (t.get(k).is("ON") && t.get(k + 1).isName()) return t.get(WriteTarget.nameIndex(t, k + 1)).name();
        }
        return null;
    }
}
