package dev.godwit.engine.generate;

import dev.godwit.engine.db.D1Limits;
import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.db.UnreadableViews;
import dev.godwit.engine.migrate.StatementRules;
import dev.godwit.engine.sql.D1Rules;
import dev.godwit.engine.sql.SqlSplitter;
import java.util.ArrayList;
import java.util.List;

/**
 * What D1 would refuse in a migration just written, for a project whose migrations go to D1: said by db:generate, where
 * db:verify and db:apply refuse it later (a schema calling power() in a CHECK or a generated column was written without a word).
 */
public final class D1Refusals {

    private D1Refusals() {
    }

    /** One warning per statement of {@code sql} (the migration written as {@code file}) that D1 refuses; none when it takes them all. */
    public static List<String> of(String sql, String file) {
        List<String> out = new ArrayList<>();
        List<String> statements = SqlSplitter.splitMigration(sql);
        java.util.SortedMap<Integer, String> refusals = new java.util.TreeMap<>(D1Rules.problems(statements));
        overLimits(statements).forEach(refusals::putIfAbsent);
        for (var refused : refusals.entrySet()) {
            int i = refused.getKey();
            String why = refused.getValue();
            if (why.endsWith(".")) why = why.substring(0, why.length() - 1);
            out.add(file + ", statement " + (i + 1) + ", goes to Cloudflare D1, which refuses it:\n    " + StatementRules.shown(statements.get(i))
                    + "\n  " + why + ". db:verify and db:apply will refuse this migration: change the schema code, then drop this migration"
                    + " (mvn db:drop) and generate it again");
        }
        return out;
    }

    /**
     * The statements that go over one of D1's limits ({@link D1Limits}: a table of 101 columns, a view of 6 compound SELECT terms,
     * a CHECK of a 120-term OR chain, 100 deep), each with SQLite's words and the limit's hint. SQLite checks these when it reads
     * a statement, so each is tried in order on an empty database held to D1's limits; a statement that fails there for want of
     * the tables the migrations before it made (an INSERT into a rebuilt table) is no finding, and the ones after it are tried all
     * the same. db:verify's replay and the apply's pre-flight refuse such a migration; db:generate wrote it without a word.
     */
    private static java.util.Map<Integer, String> overLimits(List<String> statements) {
        java.util.Map<Integer, String> out = new java.util.HashMap<>();
        try (SqliteDatabase db = SqliteDatabase.inMemoryStandingFor(java.nio.file.Path.of("d1-limits"), true)) {
            for (int i = 0; i < statements.size(); i++) {
                try {
                    db.runAtomically(List.of(statements.get(i)), false);
                } catch (DatabaseException e) {
                    String says = UnreadableViews.reason(e);
                    String hint = D1Limits.hint(says);
                    if (hint != null) out.put(i, "SQLite held to D1's limits says: " + says.strip() + ". " + hint);
                }
            }
        }
        return out;
    }
}
