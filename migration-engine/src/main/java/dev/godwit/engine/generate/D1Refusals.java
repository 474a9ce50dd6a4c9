package dev.godwit.engine.generate;

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
        for (var refused : D1Rules.problems(statements).entrySet()) {
            int i = refused.getKey();
            String why = refused.getValue();
            if (why.endsWith(".")) why = why.substring(0, why.length() - 1);
            out.add(file + ", statement " + (i + 1) + ", goes to Cloudflare D1, which refuses it:\n    " + StatementRules.shown(statements.get(i))
                    + "\n  " + why + ". db:verify and db:apply will refuse this migration: change the schema code, then drop this migration"
                    + " (mvn db:drop) and generate it again");
        }
        return out;
    }
}
