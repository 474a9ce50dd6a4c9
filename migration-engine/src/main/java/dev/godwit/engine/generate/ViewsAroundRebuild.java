package dev.godwit.engine.generate;

import dev.godwit.engine.plan.Plan;
import dev.godwit.engine.sql.Quoting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A view the schema does not declare (made in a custom migration) over a table a migration rebuilds. With no view declared, the
 * planner rebuilds in drizzle-kit's shape, and its {@code ALTER TABLE `__new_t` RENAME TO `t`} fails on such a view: SQLite
 * checks every view on a rename, and this one reads {@code t}, dropped just before ("error in view v: no such table: main.t").
 * Tried on the schema before ({@link PlanTrial}), the failing rename names the view: it is dropped just before that rename and
 * created again after the migration's own statements, as the statements before the rename left it (a table renamed in place
 * earlier in the migration, {@code renamedFrom}, rewrote it and its triggers to the new name).
 */
final class ViewsAroundRebuild {

    private static final String ERROR_IN_VIEW = "error in view ";

    private ViewsAroundRebuild() {
    }

    /**
     * The plan with the view {@code reason} names, and every other view {@code unreadable} names (view to SQLite's reason, read just
     * before statement {@code failed}: SQLite names only the first view a rename fails on, and a try per view replays the folder
     * again), dropped just before statement {@code failed} and created again at its end, a warning for each; null when the reason
     * names none of {@code viewsThen} (name to CREATE VIEW text, as the statements before {@code failed} left them), or that view is
     * already dropped so. The names of the views taken around are added to {@code around}.
     */
    static Plan around(Plan plan, int failed, String reason, Map<String, String> viewsThen, Map<String, String> unreadable, Set<String> around) {
        return around(plan, failed, reason, viewsThen, unreadable, around, false);
    }

    /**
     * As above; {@code push}: the plan is db:push's, whose views the schema does not declare are those -Ddb.tablesFilter leaves
     * out (it drops the others), so the warning says so: "declare it in the schema" is refused for such a view.
     */
    static Plan around(Plan plan, int failed, String reason, Map<String, String> viewsThen, Map<String, String> unreadable, Set<String> around,
                       boolean push) {
        if (!reason.startsWith(ERROR_IN_VIEW)) return null;
        String name = viewsThen.keySet().stream().filter(n -> reason.startsWith(ERROR_IN_VIEW + n + ": "))
                .max(java.util.Comparator.comparingInt(String::length)).orElse(null);
        if (name == null || plan.statements().contains(drop(name))) return null;   // dropped so already: something else fails
        Map<String, String> taken = new LinkedHashMap<>();
        taken.put(name, reason);
        unreadable.forEach((view, why) -> {
            if (viewsThen.containsKey(view) && !plan.statements().contains(drop(view))) taken.putIfAbsent(view, ERROR_IN_VIEW + view + ": " + why);
        });
        List<String> statements = new ArrayList<>(plan.statements());
        List<String> warnings = new ArrayList<>(plan.warnings());
        int at = failed;
        for (Map.Entry<String, String> v : taken.entrySet()) {
            around.add(v.getKey());
            statements.add(at++, drop(v.getKey()));
            statements.add(viewsThen.get(v.getKey()) + ";");
            warnings.add(push ? "View " + Quoting.doubleQuoted(v.getKey()) + ", which -Ddb.tablesFilter leaves out (another system's), reads a table"
                    + " this push rebuilds, and the rebuild's rename fails on it (" + v.getValue() + "): it is dropped just before that rename and"
                    + " created again at the end of the push, as the database has it."
                    : "View " + Quoting.doubleQuoted(v.getKey()) + ", which the schema does not declare, reads a table this migration rebuilds, and"
                    + " the rebuild's rename fails on it (" + v.getValue() + "): it is dropped just before that rename and created again at the end"
                    + " of the migration, as the migrations before left it. Declare it in the schema (or as existing: true) to have db:generate"
                    + " manage it.");
        }
        return plan.with(statements, warnings);
    }

    private static String drop(String view) {
        return "DROP VIEW " + Quoting.backtick(view) + ";";
    }
}
