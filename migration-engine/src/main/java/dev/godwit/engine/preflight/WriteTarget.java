package dev.godwit.engine.preflight;

import dev.godwit.engine.sql.SqlLexer;
import java.util.List;

/** Where an INSERT, REPLACE, UPDATE or DELETE names the table it writes, in its significant tokens. */
final class WriteTarget {

    private WriteTarget() {
    }

    /**
     * Where the statement of {@code t} starts: 0, or after a leading {@code WITH [RECURSIVE] x AS (...), ...} the first statement
     * word outside parentheses (an INSERT's upsert, ON CONFLICT DO UPDATE, is no UPDATE of its own); -1 when there is none.
     */
    static int verbAfterWith(List<SqlLexer.Token> t) {
        if (t.isEmpty() || !t.get(0).is("WITH")) return 0;
        int depth = 0;
        for (int k = 1; k < t.size(); k++) {
            if (t.get(k).isPunct("(")) depth++;
            else if (t.get(k).isPunct(")")) depth--;
            else if (depth == 0 && (t.get(k).is("DELETE") || t.get(k).is("UPDATE") || t.get(k).is("INSERT") || t.get(k).is("REPLACE")
                    || t.get(k).is("SELECT"))) return k;
        }
        return -1;
    }

    /**
     * Where the statement's write starts: 0, or in a {@code WITH} statement the INSERT, REPLACE, UPDATE or DELETE after its common
     * table expressions; -1 for a WITH statement that writes nothing (its statement a SELECT).
     */
    static int verb(List<SqlLexer.Token> t) {
        int k = verbAfterWith(t);
        return k > 0 && t.get(k).is("SELECT") ? -1 : k;
    }

    /**
     * The index of the written table's name for the statement whose first token is at {@code from} ({@code INSERT [OR x] INTO t},
     * {@code REPLACE INTO t}, {@code UPDATE [OR x] t}, {@code DELETE FROM t}; a qualified name starts with its schema, which
     * {@link MovedRows#nameAt} skips); -1 for another statement.
     */
    static int at(List<SqlLexer.Token> t, int from) {
        if (from >= t.size()) return -1;
        SqlLexer.Token first = t.get(from);
        if (first.is("UPDATE")) return t.size() > from + 3 && t.get(from + 1).is("OR") ? from + 3 : from + 1;
        if (first.is("DELETE")) return t.size() > from + 1 && t.get(from + 1).is("FROM") ? from + 2 : -1;
        if (first.is("INSERT") || first.is("REPLACE")) {
            for (int k = from + 1; k < Math.min(t.size(), from + 4); k++) if (t.get(k).is("INTO")) return k + 1;
        }
        return -1;
    }

    /** The written table's name as {@link MovedRows#nameAt} keys it, for a statement starting at {@code from}; null where not read. */
    static String name(List<SqlLexer.Token> t, int from) {
        int at = at(t, from);
        return at < 0 ? null : MovedRows.nameAt(t, at);
    }

    /**
     * Whether the write at {@code from} deletes the rows it conflicts with by its own word: {@code REPLACE INTO},
     * {@code INSERT OR REPLACE}, {@code UPDATE OR REPLACE}.
     */
    static boolean replaces(List<SqlLexer.Token> t, int from) {
        return from < t.size() && (t.get(from).is("REPLACE") || from + 2 < t.size() && (t.get(from).is("INSERT") || t.get(from).is("UPDATE"))
                && t.get(from + 1).is("OR") && t.get(from + 2).is("REPLACE"));
    }

    /**
     * Where what follows the target of the INSERT or REPLACE at {@code from} stands: past its name ({@code schema.name}) and its
     * alias ({@code AS x}), at the {@code (} of its column list when it has one; -1 for another statement.
     */
    static int afterTarget(List<SqlLexer.Token> t, int from) {
        if (from >= t.size() || !t.get(from).is("INSERT") && !t.get(from).is("REPLACE")) return -1;
        int at = at(t, from);
        if (at < 0) return -1;
        int k = nameIndex(t, at) + 1;
        return k + 1 < t.size() && t.get(k).is("AS") ? k + 2 : k;
    }

    /**
     * The statement's leading {@code WITH [RECURSIVE] x AS (...), ...} as written in {@code code} (whose tokens are {@code t}), up to
     * its verb at {@code verb} ({@link #verb}); "" where it has none.
     */
    static String withText(String code, List<SqlLexer.Token> t, int verb) {
        return verb <= 0 ? "" : code.substring(t.get(0).start(), t.get(verb).start());
    }

    /** Where the name of a table named at {@code at} stands: {@code at}, or past its schema ({@code schema.name}). */
    static int nameIndex(List<SqlLexer.Token> t, int at) {
        return at + 2 < t.size() && t.get(at + 1).isPunct(".") && t.get(at + 2).isName() ? at + 2 : at;
    }

    /**
     * The column list of the INSERT or REPLACE at {@code from}: its name tokens ({@code columns}; null where it has none: every
     * column, or DEFAULT VALUES), where the table's name stands (past a schema), where the list starts ({@link #afterTarget}: its
     * {@code (}) and where what follows it stands ({@code end}: past its {@code )}, or {@code start} without a list).
     */
    record ColumnList(List<SqlLexer.Token> columns, int name, int start, int end) {
    }

    /** The column list of the INSERT or REPLACE at {@code from}; null for another statement. */
    static ColumnList columnList(List<SqlLexer.Token> t, int from) {
        int k = afterTarget(t, from);
        if (k < 0) return null;
        int name = nameIndex(t, at(t, from));
        if (k >= t.size() || !t.get(k).isPunct("(")) return new ColumnList(null, name, k, k);
        int start = k;
        List<SqlLexer.Token> columns = new java.util.ArrayList<>();
        for (k++; k < t.size() && !t.get(k).isPunct(")"); k++) if (t.get(k).isName()) columns.add(t.get(k));
        return new ColumnList(columns, name, start, k + 1);
    }
}
