package dev.godwit.engine.preflight;

import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.sql.Quoting;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The triggers a change would leave unable to run, found on an empty copy of the live schema: SQLite lets a column go that a
 * trigger on another table still sets (UPDATE teams SET motto = ...), and every write that fires the trigger fails from then
 * on. db:apply's pre-flight finds these with the rows ({@link BrokenTriggers}); db:push, which applies at once, asks here first.
 */
public final class TriggersAfter {

    private TriggersAfter() {
    }

    /** One sentence per trigger that runs now and would not after {@code statements}; empty when none, or when they fail on the copy. */
    public static List<String> brokenBy(Database live, Set<String> historyTables, List<String> statements) {
        // only a DROP (a table, a view, a column; a rebuild drops its table) takes away what a trigger uses
        if (statements.stream().noneMatch(s -> s.regionMatches(true, 0, "DROP ", 0, 5) || s.regionMatches(true, 0, "ALTER TABLE", 0, 11)
                && s.toUpperCase(java.util.Locale.ROOT).contains(" DROP "))) {
            return List.of();
        }
        if (live.query("SELECT 1 FROM sqlite_master WHERE type = 'trigger' LIMIT 1").isEmpty()) return List.of();
        try (Replica r = Replica.schemaOf(live, historyTables)) {
            Set<String> before = BrokenTriggers.in(r).keySet();
            try {
                r.runAtomically(statements, false);
            } catch (DatabaseException fails) {
                return List.of();   // the change itself fails: the push says so when it runs
            }
            List<String> out = new ArrayList<>();
            BrokenTriggers.newlyBroken(r, before).forEach((name, why) -> out.add("trigger " + Quoting.doubleQuoted(name) + " on "
                    + Quoting.doubleQuoted(why.table()) + " can no longer run (" + why.reason() + "): every write on "
                    + Quoting.doubleQuoted(why.table()) + " that fires it would fail"));
            return out;
        }
    }
}
