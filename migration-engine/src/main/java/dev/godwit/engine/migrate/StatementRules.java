package dev.godwit.engine.migrate;

import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.sql.StatementKind;

/**
 * Statements no migration may hold, whoever wrote it, checked before anything runs (apply, dry run, pre-flight, fleet,
 * db:verify's replay): transaction statements, which would end or split the transaction a migration runs in, and
 * ATTACH / DETACH, which reach another database file. D1 refuses both.
 */
public final class StatementRules {

    private StatementRules() {
    }

    /** What is wrong with statement {@code i} (0-based) of {@code m}, with the way out; null when nothing is. */
    public static String problem(Migration m, int i) {
        String s = m.statements().get(i);
        String keyword = StatementKind.firstKeyword(s);
        String at = at(m, i) + " is " + keyword;
        if (StatementKind.isTransactionControl(s)) {
            return at + ", a transaction statement:\n    " + shown(s) + "\n  Remove it: each migration already runs in its own transaction with its"
                    + " history row (as on D1, which refuses transaction statements).";
        }
        if (keyword.equals("ATTACH") || keyword.equals("DETACH")) {
            return at + ", which reaches another database file:\n    " + shown(s) + "\n  Remove it: D1 refuses " + keyword + ", and run locally it"
                    + " would reach real files even from the pre-flight's copy, a dry run or db:verify's replay.";
        }
        return null;
    }

    /** How messages name a statement: {@code Migration 0002_x.sql, statement 3 of 5}. */
    public static String at(Migration m, int i) {
        return "Migration " + m.file().getFileName() + ", statement " + (i + 1) + " of " + m.statements().size();
    }

    /** The first problem of the migration's statements, or null. */
    public static String firstProblem(Migration m) {
        for (int i = 0; i < m.statements().size(); i++) {
            String p = problem(m, i);
            if (p != null) return p;
        }
        return null;
    }

    /**
     * Statement {@code i} of {@code m} as D1 would refuse it ({@link dev.godwit.engine.sql.D1Rules}): where, the statement and
     * why; null when D1 takes it.
     */
    public static String d1Problem(Migration m, int i) {
        String why = dev.godwit.engine.sql.D1Rules.problem(m.statements().get(i));
        return why == null ? null : at(m, i) + ":\n    " + shown(m.statements().get(i)) + "\n  " + why;
    }

    /** A statement as messages quote it: stripped, its lines indented under the line that names it. */
    public static String shown(String statement) {
        return statement.strip().replace("\n", "\n    ");
    }
}
