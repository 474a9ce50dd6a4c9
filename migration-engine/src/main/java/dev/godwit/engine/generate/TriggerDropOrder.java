package dev.godwit.engine.generate;

import dev.godwit.engine.db.UnreadableViews;
import dev.godwit.engine.plan.Plan;
import dev.godwit.engine.sql.StatementKind;
import dev.godwit.schema.model.SqliteNames;
import java.util.ArrayList;
import java.util.List;

/**
 * A rebuild's DROP TABLE order, mended where triggers need another. With foreign keys on (D1, a local apply's transaction),
 * {@code DROP TABLE customers} compiles the ON DELETE actions of the tables referencing it together with their triggers, and a
 * trigger writing {@code order_log}, which the migration dropped before, fails it: "no such table: main.order_log". The planner
 * orders drops by foreign keys alone (the schema holds no triggers); tried on the schema the migrations before leave
 * ({@link PlanTrial}), the failing drop names the drop to move below it.
 */
final class TriggerDropOrder {

    private TriggerDropOrder() {
    }

    /**
     * The plan with the DROP TABLE of the table {@code reason} says is missing moved just below statement {@code failed}, a warning
     * saying so (the plan was tried on {@code triedOn}); null when statement {@code failed} is no DROP TABLE, or the missing table was
     * not dropped before it.
     */
    static Plan moved(Plan plan, int failed, String reason, String triedOn) {
        List<String> statements = plan.statements();
        String dropping = StatementKind.droppedTable(statements.get(failed));
        String missing = UnreadableViews.missingTable(reason);
        if (dropping == null || missing == null || SqliteNames.key(missing).equals(SqliteNames.key(dropping))) return null;
        int earlier = -1;
        for (int i = failed - 1; i >= 0 && earlier < 0; i--) {
            String d = StatementKind.droppedTable(statements.get(i));
            if (d != null && SqliteNames.key(d).equals(SqliteNames.key(missing))) earlier = i;
        }
        if (earlier < 0) return null;
        List<String> reordered = new ArrayList<>(statements);
        String drop = reordered.remove(earlier);
        reordered.add(failed, drop);   // after the removal, index failed is just below the failing drop
        List<String> warnings = new ArrayList<>(plan.warnings());
        warnings.add("DROP TABLE of " + missing + " moved below the DROP TABLE of " + dropping + ": dropping " + dropping + " compiles the ON DELETE"
                + " actions of the tables referencing it with their triggers, and one of them writes " + missing + " (found by trying it on "
                + triedOn + ").");
        return plan.with(reordered, warnings);
    }
}
