package dev.godwit.engine.pull;

import dev.godwit.engine.introspect.Introspector;
import dev.godwit.engine.introspect.UnmodelledClause;
import dev.godwit.engine.sql.Quoting;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * db:pull's warning for the clauses of a table the model has no place for (ON CONFLICT, DEFERRABLE INITIALLY DEFERRED, a
 * collated primary key): one per table, saying what the pulled schema lacks, what comes of it and the way on, as the warning
 * for a STRICT table does. Introspection says each in a line of its own, "is not kept", which a database Django made repeated
 * for every foreign key without saying that a new database, or a rebuild here, checks those keys at each statement.
 */
final class LostClauses {

    private LostClauses() {
    }

    /** {@code warnings} with each table's clause lines replaced by one warning for that table, where the first of them stood. */
    static List<String> grouped(List<String> warnings, Map<String, List<UnmodelledClause>> byTable) {
        List<String> out = new ArrayList<>(warnings);
        for (Map.Entry<String, List<UnmodelledClause>> e : byTable.entrySet()) {
            List<String> lines = e.getValue().stream().map(c -> Introspector.clauseWarning(e.getKey(), c)).toList();
            int at = out.indexOf(lines.get(0));
            if (at < 0) continue;   // not said by this introspection: nothing to replace
            out.removeAll(lines);
            out.add(Math.min(at, out.size()), warning(e.getKey(), e.getValue()));
        }
        return out;
    }

    private static String warning(String table, List<UnmodelledClause> clauses) {
        String t = Quoting.doubleQuoted(table);
        boolean one = clauses.size() == 1;
        String it = one ? "it" : "them";
        Set<String> effects = new LinkedHashSet<>();
        for (UnmodelledClause c : clauses) effects.add(effect(c));
        return "table " + t + ": " + String.join("; ", clauses.stream().map(UnmodelledClause::text).toList()) + (one ? " is" : " are")
                + " not kept in the pulled schema (the model has no place for " + it + "): the baseline migration creates " + t + " without "
                + it + " on a new database (CI, another environment), and a later migration that rebuilds " + t + " (most column and key"
                + " changes do) drops " + it + " here too. Without " + it + ", " + String.join("; ", effects) + ". db:apply's pre-flight"
                + " refuses such a migration, naming what it drops, until the rebuild is written with " + it + " by hand (mvn db:generate"
                + " -Ddb.custom) or -Ddb.acceptDataLoss accepts the table without " + it + "; a fleet's apply (-Ddb.d1.databases) runs no"
                + " pre-flight and applies such a migration as it is, so apply it to one of its databases first (-Ddb.d1.databaseId=ID)";
    }

    /** What a write meets where the clause is gone. */
    private static String effect(UnmodelledClause c) {
        String kind = c.kind();
        if (kind.equals("DEFERRABLE INITIALLY DEFERRED")) {
            return "a foreign key is checked at each statement, not at commit: a transaction that writes a row before the row it"
                    + " references (as Django's ORM may) fails at that statement";
        }
        int on = kind.indexOf(" ON CONFLICT ");
        if (on < 0) return "the primary key compares its values by its columns' own collation, so keys it held apart may collide";
        String constraint = kind.substring(0, on), action = kind.substring(on + " ON CONFLICT ".length());
        String instead = switch (action) {
            case "REPLACE" -> constraint.equals("NOT NULL") ? "the column's default taking the place of the NULL" : "deleting the rows it conflicts with";
            case "IGNORE" -> "the row being skipped";
            case "FAIL" -> "failing with the statement's earlier changes kept";
            case "ROLLBACK" -> "the whole transaction being rolled back";
            default -> "as " + action;
        };
        return "a write that breaks " + constraint + " fails and its statement is undone (ABORT), instead of " + instead;
    }
}
