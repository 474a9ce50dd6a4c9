package dev.godwit.engine.preflight;

import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.db.UnreadableViews;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.engine.sql.SqlLexer;
import java.util.ArrayList;
import java.util.List;

/**
 * A name in double quotes that SQLite reads as a string in a statement that writes rows: where no column has that name, SQLite
 * takes {@code "titel"} for the text 'titel' (its double-quoted string quirk), so {@code UPDATE posts SET title = "titel"} writes
 * that text into every row, a typo nobody sees. Found by compiling the statement ({@code EXPLAIN}, which runs nothing) with those
 * names in backticks, which SQLite never takes for a string: where that fails on "no such column", the quotes made a string.
 */
final class QuotedNameReadAsText {

    private QuotedNameReadAsText() {
    }

    /** The double-quoted name the statement's write reads as a string, as written ({@code "titel"}), or null. */
    static String in(Replica r, String statement) {
        List<SqlLexer.Token> tokens = SqlLexer.tokenize(statement);
        List<SqlLexer.Token> code = new ArrayList<>();
        for (SqlLexer.Token t : tokens) if (!t.isTrivia()) code.add(t);
        if (code.isEmpty()) return null;
        SqlLexer.Token first = code.get(0);
        if (!(first.is("INSERT") || first.is("REPLACE") || first.is("UPDATE") || first.is("DELETE") || first.is("WITH"))) return null;
        // a WITH that only reads changes no row (and changes() would give the statement before it's count)
        if (first.is("WITH") && code.stream().noneMatch(t -> t.is("INSERT") || t.is("REPLACE") || t.is("UPDATE") || t.is("DELETE"))) return null;
        if (valuesOnly(code)) return null;
        List<SqlLexer.Token> quoted = code.stream().filter(QuotedNameReadAsText::doubleQuoted).toList();
        if (quoted.isEmpty()) return null;
        StringBuilder backticked = new StringBuilder();
        for (SqlLexer.Token t : tokens) backticked.append(doubleQuoted(t) ? Quoting.backtick(SqlLexer.unquote(t.text())) : t.text());
        if (compiles(r, statement) != null) return null;   // it fails as it is: the failure says so
        String reason = compiles(r, backticked.toString());
        if (reason == null || !reason.strip().startsWith("no such column: ")) return null;
        String missing = reason.strip().substring("no such column: ".length());
        for (SqlLexer.Token t : quoted) if (SqlLexer.unquote(t.text()).equals(missing)) return t.text();
        return null;
    }

    /**
     * An INSERT of a VALUES list without an upsert: no column is in scope there, so a double-quoted word in it is meant as the
     * text it spells (a seed written MySQL's way) and writes just that.
     */
    private static boolean valuesOnly(List<SqlLexer.Token> code) {
        if (!(code.get(0).is("INSERT") || code.get(0).is("REPLACE"))) return false;
        int depth = 0;
        boolean values = false;
        for (int k = 1; k < code.size(); k++) {
            SqlLexer.Token t = code.get(k);
            if (t.isPunct("(")) depth++;
            else if (t.isPunct(")")) depth--;
            else if (depth == 0 && t.is("VALUES")) values = true;
            else if (depth == 0 && (t.is("SELECT") || t.is("DO") || t.is("RETURNING"))) return false;
        }
        return values;
    }

    private static boolean doubleQuoted(SqlLexer.Token t) {
        return t.kind() == SqlLexer.Kind.QUOTED && t.text().startsWith("\"") && t.isTerminated();
    }

    /** Null when the statement compiles on the replica now, else SQLite's reason. */
    private static String compiles(Replica r, String statement) {
        try {
            r.query("EXPLAIN " + statement);
            return null;
        } catch (DatabaseException e) {
            return UnreadableViews.reason(e);
        }
    }
}
