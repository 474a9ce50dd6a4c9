package dev.godwit.engine.preflight;

import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.migrate.StatementRules;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.engine.sql.StatementKind;
import dev.godwit.schema.model.SqliteNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a pre-flight on synthesised rows cannot see: a {@code DELETE ... WHERE} (a hand-written cleanup) whose condition none
 * of the synthesised rows meet removes nothing from the replica, while on D1 it removes the rows it was written for, and
 * their {@code ON DELETE CASCADE / SET NULL / SET DEFAULT} children lose rows or references. The pre-flight then predicts
 * nothing for that statement: its prediction for the migration is partial, and it says so.
 */
final class UnseenDelete {

    private UnseenDelete() {
    }

    /**
     * One line per {@code DELETE ... WHERE} of {@code m} on a table holding rows in {@code r} (as it is before {@code m} runs)
     * whose condition no row there meets: where, the statement, the children it would reach, and the query that counts
     * what it matches on the real database.
     */
    static List<String> in(Replica r, Migration m) {
        List<String> out = new ArrayList<>();
        Map<String, TreeSet<String>> children = null;
        for (int i = 0; i < m.statements().size(); i++) {
            String code = StatementKind.fromCode(m.statements().get(i));
            List<SqlLexer.Token> t = SqlLexer.significant(code);
            if (!t.isEmpty() && t.get(t.size() - 1).isPunct(";")) t = t.subList(0, t.size() - 1);
            if (t.size() < 5 || !t.get(0).is("DELETE") || !t.get(1).is("FROM") || !t.get(2).isName()) continue;
            int where = -1;
            int end = t.size();
            int depth = 0;
            for (int k = 3; k < t.size(); k++) {
                if (t.get(k).isPunct("(")) depth++;
                else if (t.get(k).isPunct(")")) depth--;
                else if (depth == 0 && where < 0 && t.get(k).is("WHERE")) where = k;
                else if (depth == 0 && where >= 0 && (t.get(k).is("RETURNING") || t.get(k).is("ORDER") || t.get(k).is("LIMIT"))) {
                    end = k;
                    break;
                }
            }
            if (where < 0 || where + 1 >= end) continue;   // without WHERE every row goes, the synthesised ones too: seen
            String table = t.size() > 4 && t.get(3).isPunct(".") ? t.get(4).name() : t.get(2).name();
            if (!r.holdsRows(table)) continue;
            String query = "SELECT count(*) FROM " + code.substring(t.get(2).start(), t.get(where).start()).strip() + " WHERE "
                    + code.substring(t.get(where + 1).start(), t.get(end - 1).end());
            try {
                if (r.count(query) > 0) continue;
            } catch (DatabaseException needsTheMigration) {
                // names what an earlier statement of the migration creates: not known before it runs, so not seen either
            }
            if (children == null) children = UnseenReplace.actingChildren(r);
            TreeSet<String> of = new TreeSet<>(children.getOrDefault(SqliteNames.key(table), new TreeSet<>()));
            of.removeIf(child -> !r.holdsRows(child));
            out.add(StatementRules.at(m, i) + ": " + StatementRules.shown(code).lines().findFirst().orElse("")
                    + "\n    meets none of the synthesised rows of \"" + table + "\", so what it removes there"
                    + (of.isEmpty() ? "" : " (and, through their foreign keys, from \"" + String.join("\", \"", of) + "\")")
                    + " was not tried; what it matches on the database: " + query);
        }
        return out;
    }
}
