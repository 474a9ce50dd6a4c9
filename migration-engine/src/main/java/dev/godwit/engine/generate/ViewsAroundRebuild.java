package dev.godwit.engine.generate;

import dev.godwit.engine.plan.Plan;
import dev.godwit.engine.sql.Quoting;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A view the schema does not declare (made in a custom migration) over a table a migration rebuilds. With no view declared, the
 * planner rebuilds in drizzle-kit's shape, and its {@code ALTER TABLE `__new_t` RENAME TO `t`} fails on such a view: SQLite
 * checks every view on a rename, and this one reads {@code t}, dropped just before ("error in view v: no such table: main.t").
 * Tried on the schema before ({@link PlanTrial}), the failing rename names the view: it is dropped before the migration's own
 * statements and created again after them, as the migrations before left it.
 */
final class ViewsAroundRebuild {

    private static final String ERROR_IN_VIEW = "error in view ";

    private ViewsAroundRebuild() {
    }

    /**
     * The plan with the view {@code reason} names dropped first and created again at its end, a warning saying so; null when
     * the reason names none of {@code viewsBefore} (name to CREATE VIEW text, the schema before the plan), or that view is
     * already dropped so.
     */
    static Plan around(Plan plan, String reason, Map<String, String> viewsBefore) {
        if (!reason.startsWith(ERROR_IN_VIEW)) return null;
        String name = viewsBefore.keySet().stream().filter(n -> reason.startsWith(ERROR_IN_VIEW + n + ": "))
                .max(java.util.Comparator.comparingInt(String::length)).orElse(null);
        if (name == null) return null;
        String drop = "DROP VIEW " + Quoting.backtick(name) + ";";
        if (plan.statements().contains(drop)) return null;   // dropped first already: something else fails
        List<String> statements = new ArrayList<>();
        statements.add(drop);
        statements.addAll(plan.statements());
        statements.add(viewsBefore.get(name) + ";");
        List<String> warnings = new ArrayList<>(plan.warnings());
        warnings.add("View " + Quoting.doubleQuoted(name) + ", which the schema does not declare, reads a table this migration rebuilds, and the"
                + " rebuild's rename fails on it (" + reason + "): it is dropped before the migration and created again at its end, as the"
                + " migrations before left it. Declare it in the schema (or as existing: true) to have db:generate manage it.");
        return new Plan(statements, plan.rebuiltTables(), warnings);
    }
}
