package dev.godwit.engine.preflight;

import dev.godwit.engine.db.UnreadableViews;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Views that worked before the pending migrations and fail after them. SQLite keeps a view's text as written: a table it
 * reads, dropped, or renamed with {@code PRAGMA legacy_alter_table=ON} (which D1 allows, and which leaves views and
 * triggers as they were), leaves the view naming a table that is not there, and every query on it fails from then on,
 * while the migration itself succeeds.
 */
final class BrokenViews {

    private BrokenViews() {
    }

    /** The views of the copy that can be queried now. */
    static Set<String> working(Replica r) {
        Set<String> out = new LinkedHashSet<>();
        for (Map<String, Object> row : r.query("SELECT name FROM main.sqlite_master WHERE type = 'view'")) out.add(String.valueOf(row.get("name")));
        out.removeAll(UnreadableViews.in(r).keySet());
        return out;
    }

    /**
     * After {@code migration} ran on the copy: each view of {@code before} that cannot be read now is noted as broken by it
     * (unless an earlier migration broke it already), and one that reads again is taken out, so a view is named with the
     * migration that left it broken.
     */
    static void noteBrokenBy(Replica r, Set<String> before, String migration, Map<String, String> brokenBy) {
        if (before.isEmpty()) return;
        Set<String> unreadable = UnreadableViews.in(r).keySet();
        for (String v : before) {
            if (unreadable.contains(v)) brokenBy.putIfAbsent(v, migration);
            else brokenBy.remove(v);
        }
    }

    /**
     * One sentence per view of {@code before} that is still there and can no longer be queried, with SQLite's reason and the
     * migration that broke it ({@link #noteBrokenBy}).
     */
    static List<String> broken(Replica r, Set<String> before, Map<String, String> brokenBy) {
        List<String> out = new ArrayList<>();
        UnreadableViews.in(r).forEach((v, why) -> {
            if (!before.contains(v)) return;
            String by = brokenBy.get(v);
            out.add("view \"" + v + "\" no longer works" + (by == null ? "" : " after " + by) + " (" + why + "): a table it reads was dropped,"
                    + " or renamed with PRAGMA legacy_alter_table=ON, which leaves views as they were. Recreate the view in the migration (DROP"
                    + " VIEW, then CREATE VIEW over the new name)");
        });
        return out;
    }
}
