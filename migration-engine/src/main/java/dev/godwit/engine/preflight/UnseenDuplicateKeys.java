package dev.godwit.engine.preflight;

import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.migrate.StatementRules;
import dev.godwit.engine.sql.DuplicateKeysQuery;
import dev.godwit.engine.sql.SqlLexer;
import java.util.ArrayList;
import java.util.List;

/**
 * What a D1 replica's synthesised rows cannot show of a {@code CREATE UNIQUE INDEX} on a table holding rows there: its generated
 * rows are all distinct, so the index goes in, while two of the database's rows sharing the key fail the statement on D1 (the
 * migration rolled back, the deploy stopped). Nothing is lost, but the prediction for that migration is partial, with the query
 * counting the keys rows share there ({@link DuplicateKeysQuery}, from the statement's own columns, COLLATE and WHERE).
 */
final class UnseenDuplicateKeys {

    /** How such a line says what its query lists, for the advice after the lines. */
    static final String MARK = "which two of the database's rows sharing its key fail";

    private UnseenDuplicateKeys() {
    }

    /** One line per CREATE UNIQUE INDEX of {@code m} on a table that holds rows in {@code r}'s database. */
    static List<String> in(Replica r, Migration m) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < m.statements().size(); i++) {
            String statement = m.statements().get(i);
            String query = DuplicateKeysQuery.of(statement);
            if (query == null) continue;
            String table = tableOf(statement);
            if (table == null || !r.holdsRows(table)) continue;
            out.add(StatementRules.at(m, i) + ": " + StatementRules.shown(statement).lines().findFirst().orElse("")
                    + "\n    adds a UNIQUE index to \"" + table + "\", " + MARK + " (the migration then stops there, rolled back); the synthesised rows"
                    + " are all distinct, so whether the database's rows share one was not tried; how many keys rows share there: SELECT count(*) FROM (" + query + ")");
        }
        return out;
    }

    /** The table of a {@code CREATE UNIQUE INDEX ... ON t (...)}, unquoted; null where not read. */
    private static String tableOf(String statement) {
        List<SqlLexer.Token> t = SqlLexer.significant(statement);
        for (int k = 3; k + 1 < t.size(); k++) {
            if (t.get(k).is("ON") && t.get(k + 1).isName()) return t.get(WriteTarget.nameIndex(t, k + 1)).name();
        }
        return null;
    }
}
