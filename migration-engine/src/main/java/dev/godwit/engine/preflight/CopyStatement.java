package dev.godwit.engine.preflight;

import dev.godwit.engine.sql.SelectParts;
import dev.godwit.engine.sql.SqlLexer;
import java.util.List;

/**
 * A statement that copies rows, {@code [WITH ...] INSERT [OR x] INTO t [(a, b)] SELECT ... FROM ...} (or REPLACE INTO): its code
 * (comments out), its significant tokens, where its write starts ({@link WriteTarget#verb}), its target and column list ({@link
 * WriteTarget#columnList}) and its SELECT's parts ({@link SelectParts}). Read one way for every check that reads copies.
 */
record CopyStatement(String code, List<SqlLexer.Token> t, int verb, WriteTarget.ColumnList list, SelectParts select) {

    /** {@code statement} read as a copy; null where it is none (VALUES, DEFAULT VALUES, a SELECT without FROM, another statement). */
    static CopyStatement of(String statement) {
        String code = StatementText.code(statement);
        List<SqlLexer.Token> t = SqlLexer.significant(code);
        int verb = t.isEmpty() ? -1 : WriteTarget.verb(t);
        WriteTarget.ColumnList list = verb < 0 ? null : WriteTarget.columnList(t, verb);
        SelectParts select = list == null ? null : SelectParts.read(t, list.end());
        return select == null ? null : new CopyStatement(code, t, verb, list, select);
    }

    /** The table written, as named (unquoted, without its schema). */
    String target() {
        return t.get(list.name()).name();
    }

    /** The code from token {@code first} to token {@code last}, both included. */
    String text(int first, int last) {
        return code.substring(t.get(first).start(), t.get(last).end());
    }
}
