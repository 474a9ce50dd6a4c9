package dev.godwit.engine.plan;

import dev.godwit.engine.diff.Change;
import dev.godwit.engine.sql.SqlLexer;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SQL of one migration: statements in order (as drizzle-kit writes them, a CREATE TABLE ending
 * in a newline), the tables rebuilt, and warnings the user should read before applying.
 *
 * @param rebuildCauses per rebuilt table (its keys are the tables rebuilt), the changes of its own that ALTER TABLE cannot make,
 *                      which call for its rebuild (none: rebuilt for its foreign keys to other rebuilt or new tables); its other
 *                      changes ride along
 */
public record Plan(List<String> statements, Map<String, List<Change>> rebuildCauses, List<String> warnings) {

    /** What stands between two statements of a migration file: drizzle's marker and a line break. */
    public static final String BREAKPOINT = SqlLexer.BREAKPOINT + "\n";

    public Plan {
        statements = List.copyOf(statements);
        rebuildCauses = Map.copyOf(rebuildCauses);
        warnings = List.copyOf(warnings);
    }

    /** The same rebuild with other statements and warnings (the checks after planning reorder and add statements). */
    public Plan with(List<String> statements, List<String> warnings) {
        return new Plan(statements, rebuildCauses, warnings);
    }

    /** The tables rebuilt: those {@link #rebuildCauses} names. */
    public Set<String> rebuiltTables() {
        return rebuildCauses.keySet();
    }

    /**
     * What db:generate lists for a rebuild, in the order of {@code changes}: each change that calls for one, then each table
     * rebuilt for no change of its own. Empty when nothing is rebuilt.
     */
    public List<String> rebuildReasons(List<Change> changes) {
        if (rebuildCauses.isEmpty()) return List.of();
        List<String> out = new java.util.ArrayList<>();
        for (Change c : changes) {
            if (c.table() != null && rebuildCauses.getOrDefault(c.table(), List.of()).contains(c)) out.add(c.describe());
        }
        rebuildCauses.keySet().stream().filter(t -> rebuildCauses.get(t).isEmpty()).sorted()
                .forEach(t -> out.add("rebuild \"" + t + "\" too, for its foreign keys to tables this migration rebuilds or creates"));
        return out;
    }

    /** The migration file text: statements joined by drizzle's breakpoint marker, no trailing newline added. */
    public String sqlText() {
        return String.join(BREAKPOINT, statements);
    }
}
