package dev.godwit.engine.plan;

import dev.godwit.schema.model.SqliteNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The order in which renames of one namespace (a table's columns, or the tables) can run: SQLite refuses a rename to a name
 * still taken (names compared ignoring ASCII case), so {@code a -> name} waits for {@code Name -> b}, and renames that
 * take each other's names go through a free name. A rename whose target is taken by something that is not renamed away
 * cannot be ordered: it comes last, in the given order, for SQLite to refuse.
 */
final class RenameOrder {

    /** One rename to run. */
    record Step(String from, String to) {
    }

    private RenameOrder() {
    }

    /**
     * @param renames  the renames, in the order the diff gives them
     * @param taken    the names in use before any of them runs (any case; this set is changed)
     * @param freeName a free name for a detour, from a wanted one
     */
    static List<Step> order(List<Step> renames, Set<String> taken, UnaryOperator<String> freeName) {
        Set<String> keys = new java.util.HashSet<>();
        for (String n : taken) keys.add(SqliteNames.key(n));
        List<Step> pending = new ArrayList<>(renames);
        List<Step> out = new ArrayList<>();
        while (!pending.isEmpty()) {
            boolean progress = false;
            for (var it = pending.iterator(); it.hasNext(); ) {
                Step r = it.next();
                String to = SqliteNames.key(r.to());
                if (to.equals(SqliteNames.key(r.from())) || !keys.contains(to)) {
                    out.add(r);
                    keys.remove(SqliteNames.key(r.from()));
                    keys.add(to);
                    it.remove();
                    progress = true;
                }
            }
            if (progress) continue;
            // Every target is taken: by a name another rename frees (a cycle: detour one), or by something else (give up).
            Step cyclic = pending.stream().filter(r -> pending.stream().anyMatch(o -> o != r
                    && SqliteNames.key(o.from()).equals(SqliteNames.key(r.to())))).findFirst().orElse(null);
            if (cyclic == null) {
                out.addAll(pending);
                break;
            }
            String via = freeName.apply("__rename_" + cyclic.to());
            out.add(new Step(cyclic.from(), via));
            keys.remove(SqliteNames.key(cyclic.from()));
            keys.add(SqliteNames.key(via));
            pending.set(pending.indexOf(cyclic), new Step(via, cyclic.to()));
        }
        return out;
    }
}
