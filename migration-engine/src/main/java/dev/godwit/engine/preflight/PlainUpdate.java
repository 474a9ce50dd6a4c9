package dev.godwit.engine.preflight;

import dev.godwit.engine.sql.SqlLexer;
import java.util.List;

/**
 * A statement read as an UPDATE of one table of the replica with no FROM (whose values may read another table): its code (from
 * its first character of code), significant tokens, the table as the replica names it, its clauses, its WITH clause (to put
 * before a query reading its rows; empty where it has none) and its WHERE as a condition ({@code 1} where it has none). The
 * checks reading an UPDATE's values on the rows it will change before it runs start here.
 */
record PlainUpdate(String code, List<SqlLexer.Token> tokens, String table, Clauses clauses, String with, String where) {

    /** {@code statement} read so, or null where it is no such UPDATE. */
    static PlainUpdate of(Replica r, String statement) {
        String code = StatementText.code(statement);
        List<SqlLexer.Token> t = SqlLexer.significant(code);
        int verb = t.isEmpty() ? -1 : WriteTarget.verb(t);
        if (verb < 0 || !t.get(verb).is("UPDATE")) return null;
        String key = WriteTarget.name(t, verb);   // case-folded
        if (key == null) return null;
        String table = r.query("SELECT name FROM main.sqlite_schema WHERE type = 'table' AND lower(name) = lower(?)", key).stream()
                .map(x -> String.valueOf(x.get("name"))).findFirst().orElse(null);
        if (table == null) return null;
        Clauses clauses = Clauses.of(t, WriteTarget.at(t, verb) + 1);
        if (clauses.set() < 0 || clauses.from() >= 0) return null;   // UPDATE ... FROM: a value may read the other table
        int end = clauses.end();
        while (end > clauses.where() + 1 && t.get(end - 1).isPunct(";")) end--;
        String where = clauses.where() < 0 || end <= clauses.where() + 1 ? "1"
                : "(" + code.substring(t.get(clauses.where() + 1).start(), t.get(end - 1).end()) + ")";
        return new PlainUpdate(code, t, table, clauses, StatementText.withClause(statement), where);
    }
}
