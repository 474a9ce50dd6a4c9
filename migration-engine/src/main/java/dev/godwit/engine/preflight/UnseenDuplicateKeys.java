package dev.godwit.engine.preflight;

import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.introspect.UnmodelledClause;
import dev.godwit.engine.migrate.StatementRules;
import dev.godwit.engine.sql.DuplicateKeysQuery;
import dev.godwit.engine.sql.Quoting;
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
 *
 * <p>The same for a rebuild's copy ({@code INSERT INTO __new_users (...) SELECT ... FROM users}) into a new table whose own
 * UNIQUE key (declared in its CREATE TABLE, {@code email text COLLATE NOCASE UNIQUE}) the old table was not unique on: 'a@x'
 * beside 'A@X' fail the copy on D1, rolled back, while the synthesised rows pass it.
 */
final class UnseenDuplicateKeys {

    /** How such a line says what its query lists, for the advice after the lines. */
    static final String MARK = "which two of the database's rows sharing its key fail";

    /** A CREATE UNIQUE INDEX of the migration on a table holding rows: the index's name (folded), the table, the line, its statement. */
    private record Unique(String index, String table, String line, int statement) {
    }

    /**
     * A copy moving each column into the column of its name: the table it reads (folded, and as named), the one it fills as named,
     * its columns (folded), its statement, and whether it resolves a conflict otherwise than by failing ({@code INSERT OR IGNORE}).
     */
    private record Copy(String source, String sourceName, String into, List<String> columns, int statement, boolean resolves) {
    }

    private final Migration migration;
    private final List<Unique> indexes;
    /** For each of those tables and each table a rebuild copies (folded): its unique keys before the migration, each a set of "column\0COLLATION" (folded). */
    private final Map<String, List<Set<String>>> keysBefore;
    /** The tables its copies fill, by their names at the end (folded), each with its copies; null where it writes otherwise. */
    private final Map<String, List<Copy>> copiedFrom;

    private UnseenDuplicateKeys(Migration migration, List<Unique> indexes, Map<String, List<Set<String>>> keysBefore, Map<String, List<Copy>> copiedFrom) {
        this.migration = migration;
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
                    + "\n    adds a UNIQUE index to \"" + table + "\", " + MARK + NOT_TRIED + query + ")", i));
            keys.computeIfAbsent(SqliteNames.key(table), k -> uniqueKeys(r, table));
        }
        Map<String, List<Copy>> copies = copiedFrom(m.statements());
        for (List<Copy> c : copies == null ? List.<List<Copy>>of() : copies.values()) {
            // a rebuild's one copy of a table holding rows: its keys before, which its rows were unique on
            if (c.size() == 1 && r.holdsRows(c.get(0).source())) keys.computeIfAbsent(c.get(0).source(), k -> uniqueKeys(r, k));
        }
        return new UnseenDuplicateKeys(m, out, keys, copies);
    }

    private static final String NOT_TRIED = " (the migration then stops there, rolled back); the synthesised rows are all distinct, so whether the"
            + " database's rows share one was not tried; how many keys rows share there: SELECT count(*) FROM (";

    /**
     * After the migration ran on {@code r}: one line per index read {@link #before}, but an index over a key its table was already
     * unique on (its columns and collations as the replica made it, holding one of the table's unique keys before) whose rows are
     * those it held: the migration writes rows only by copies moving each column into the column of its name, and the table is
     * filled by none or by one copy of its own rows (a rebuild's). A copy that rewrites a value ({@code lower(email)}), one of
     * another table's rows, or any other write, leaves the line. With them, in statement order, the lines of a rebuild's copy
     * into a new UNIQUE key ({@link #rebuildCopies}).
     */
    List<String> after(Replica r) {
        List<Unique> out = new ArrayList<>();
        for (Unique u : indexes) {
            String table = SqliteNames.key(u.table());
            List<Set<String>> was = keysBefore.getOrDefault(table, List.of());
            List<String> sources = copiedFrom == null ? null : copiedFrom.getOrDefault(table, List.of()).stream().map(Copy::source).toList();
            boolean sameRows = sources != null && (sources.isEmpty() || sources.equals(List.of(table)));
            Set<String> now = sameRows && !was.isEmpty() ? key(r, u.index()) : null;
            if (now != null && was.stream().anyMatch(now::containsAll)) continue;
            out.add(u);
        }
        out.addAll(rebuildCopies(r));
        out.sort(java.util.Comparator.comparingInt(Unique::statement));
        return out.stream().map(Unique::line).toList();
    }

    /**
     * One line per rebuild's copy (a table filled by one copy of its own rows, then renamed to its name) into a UNIQUE key of the new
     * table's CREATE TABLE that none of the old table's keys holds, column for column, under a collation as strict: the old rows may
     * share it ('a@x' and 'A@X' under a new COLLATE NOCASE, 'a' and 'a ' under RTRIM, any two under a key newly made unique), which
     * fails the copy on D1. Its query counts the keys the old rows share under the new key's columns and collations.
     */
    private List<Unique> rebuildCopies(Replica r) {
        List<Unique> out = new ArrayList<>();
        if (copiedFrom == null) return out;
        Set<String> madeByStatement = new HashSet<>(indexes.stream().map(Unique::index).toList());   // said by their own lines
        copiedFrom.forEach((table, copies) -> {
            if (copies.size() != 1 || !copies.get(0).source().equals(table) || !keysBefore.containsKey(table)) return;
            Copy copy = copies.get(0);
            // an INSERT OR IGNORE / OR REPLACE copy, or a key declared ON CONFLICT IGNORE / REPLACE, drops rows instead of failing:
            // the loss lines say that (UnseenReplace, and a local file's copy counts it)
            if (copy.resolves() || quietKeys(r, table)) return;
            List<Set<String>> was = keysBefore.get(table);
            for (Map<String, Object> i : r.query("SELECT name FROM pragma_index_list(?) WHERE \"unique\" = 1 AND partial = 0", table)) {
                String index = String.valueOf(i.get("name"));
                if (madeByStatement.contains(SqliteNames.key(index))) continue;
                List<String[]> columns = new ArrayList<>();   // {column, collation} as the new table declares them
                for (Map<String, Object> c : r.query("SELECT name, coll FROM pragma_index_xinfo(?) WHERE key = 1 ORDER BY seqno", index)) {
                    columns.add(c.get("name") == null ? null : new String[] {String.valueOf(c.get("name")), String.valueOf(c.get("coll"))});
                }
                if (columns.isEmpty() || columns.contains(null) || !columns.stream().allMatch(c -> copy.columns().contains(SqliteNames.key(c[0])))) continue;
                if (was.stream().anyMatch(k -> holds(columns, k))) continue;
                String key = String.join(", ", columns.stream().map(c -> Quoting.doubleQuoted(c[0]) + " COLLATE " + c[1]).toList());
                String query = DuplicateKeysQuery.of("CREATE UNIQUE INDEX k ON " + Quoting.doubleQuoted(copy.sourceName()) + " (" + key + ")");
                String statement = migration.statements().get(copy.statement());
                out.add(new Unique(SqliteNames.key(index), table, StatementRules.at(migration, copy.statement()) + ": "
                        + StatementRules.shown(statement).lines().findFirst().orElse("") + "\n    " + COPIES + " \"" + copy.sourceName() + "\" into \"" + copy.into()
                        + "\", whose UNIQUE key (" + key + ") \"" + copy.sourceName() + "\" was not unique on, " + MARK + NOT_TRIED + query + ")", copy.statement()));
            }
        });
        return out;
    }

    /** Whether {@code table} declares a PRIMARY KEY or UNIQUE constraint ON CONFLICT IGNORE or REPLACE. */
    private static boolean quietKeys(Replica r, String table) {
        return r.query("SELECT sql FROM main.sqlite_master WHERE type = 'table' AND name = ? COLLATE NOCASE AND sql IS NOT NULL", table).stream()
                .flatMap(x -> UnmodelledClause.of(String.valueOf(x.get("sql"))).stream())
                .anyMatch(c -> (c.kind().startsWith("UNIQUE") || c.kind().startsWith("PRIMARY KEY"))
                        && (c.kind().endsWith("ON CONFLICT IGNORE") || c.kind().endsWith("ON CONFLICT REPLACE")));
    }

    /** How a line for a rebuild's copy starts (its statement fails, not a CREATE UNIQUE INDEX), for the advice after the lines. */
    static final String COPIES = "copies the rows of";

    /**
     * Whether rows unique on {@code before} ("column\0COLLATION", folded) are unique on {@code key}: each of its columns is in
     * the key, under the same collation or BINARY (which tells apart all that NOCASE or RTRIM does).
     */
    private static boolean holds(List<String[]> key, Set<String> before) {
        return before.stream().allMatch(b -> key.stream().anyMatch(c -> b.equals(SqliteNames.key(c[0]) + "\u0000" + c[1].toUpperCase(java.util.Locale.ROOT))
                || c[1].equalsIgnoreCase("BINARY") && b.startsWith(SqliteNames.key(c[0]) + "\u0000")));
    }

    /**
     * The table's unique keys that are not partial and hold only columns (no expression), as {@link #key} reads them; with its
     * INTEGER PRIMARY KEY, the rowid, which no index lists (a rebuild retyping it to text was said as a key the rows were not unique on).
     */
    private static List<Set<String>> uniqueKeys(Replica r, String table) {
        List<Set<String>> out = new ArrayList<>();
        List<Map<String, Object>> pk = r.query("SELECT name, type FROM pragma_table_info(?) WHERE pk > 0", table);
        if (pk.size() == 1 && "INTEGER".equalsIgnoreCase(String.valueOf(pk.get(0).get("type")).strip()) && !UnseenFilteredWrite.withoutRowid(r, table)) {
            out.add(Set.of(SqliteNames.key(String.valueOf(pk.get(0).get("name"))) + "\u0000BINARY"));
        }
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
     * migration's renames, folded), its copies. Null where a statement writes rows otherwise.
     */
    private static Map<String, List<Copy>> copiedFrom(List<String> statements) {
        Map<String, List<Copy>> out = new HashMap<>();
        List<String[]> renames = StatementText.tableRenames(statements);
        for (int i = 0; i < statements.size(); i++) {
            String s = statements.get(i);
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
            String into = t.get(list.name()).name();
            String filled = SqliteNames.key(StatementText.nameAfter(renames, into));
            out.computeIfAbsent(filled, k -> new ArrayList<>()).add(new Copy(SqliteNames.key(source), t.get(WriteTarget.nameIndex(t, from + 1)).name(), into, selected, i,
                    t.size() > 2 && t.get(1).is("OR") && !(t.get(2).is("ABORT") || t.get(2).is("FAIL") || t.get(2).is("ROLLBACK"))));
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
