package dev.godwit.engine.preflight;

import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.db.UnreadableViews;
import dev.godwit.engine.sql.Quoting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Triggers that can no longer run: their body writes or reads a table or column a migration took away. SQLite keeps a
 * trigger's text and checks it only when it fires, so {@code DROP TABLE audit} leaves an audit trigger on {@code orders}
 * standing, and from then on every write on {@code orders} that fires it fails. SQLite checks every trigger when a table is
 * renamed, which is how they are found here: a scratch table renamed inside a transaction rolled back, each broken trigger
 * named by SQLite's "error in trigger" taken out in turn.
 */
final class BrokenTriggers {

    private BrokenTriggers() {
    }

    /** A trigger that cannot run: the table (or view) it is on, and SQLite's reason (no such table or column). */
    record Broken(String table, String reason) {
    }

    /** Every trigger that cannot run, by name. */
    static Map<String, Broken> in(Replica r) {
        Map<String, Broken> out = new LinkedHashMap<>();
        Map<String, String> tableOf = new LinkedHashMap<>();
        for (Map<String, Object> t : r.query("SELECT name, tbl_name FROM main.sqlite_master WHERE type = 'trigger'")) {
            tableOf.put(String.valueOf(t.get("name")), String.valueOf(t.get("tbl_name")));
        }
        if (tableOf.isEmpty()) return out;
        Object legacy = r.query("PRAGMA legacy_alter_table").get(0).values().iterator().next();
        r.exec("PRAGMA legacy_alter_table=OFF");   // with it on, a rename checks nothing
        r.exec("BEGIN");
        try {
            r.exec("CREATE TABLE main.gw_trigger_probe (x)");
            List<String> taken = new ArrayList<>();
            for (int i = 0; i <= tableOf.size() * 2; i++) {
                try {
                    r.exec("ALTER TABLE main.gw_trigger_probe RENAME TO gw_trigger_probe_");
                    break;
                } catch (DatabaseException e) {
                    String why = UnreadableViews.reason(e);
                    String found = null;
                    String kind = null;
                    for (String name : tableOf.keySet()) {
                        if (why.startsWith("error in trigger " + name + ": ")) {
                            found = name;
                            kind = "TRIGGER";
                            String reason = why.substring(("error in trigger " + name + ": ").length());
                            if (reason.startsWith("no such table") || reason.startsWith("no such column")) {
                                out.put(name, new Broken(tableOf.get(name), reason));
                            }
                        }
                    }
                    if (found == null && why.startsWith("error in view ")) {
                        // a broken view stops the check too; views are reported on their own (UnreadableViews)
                        for (Map<String, Object> v : r.query("SELECT name FROM main.sqlite_master WHERE type = 'view'")) {
                            String name = String.valueOf(v.get("name"));
                            if (why.startsWith("error in view " + name + ": ")) {
                                found = name;
                                kind = "VIEW";
                            }
                        }
                    }
                    if (found == null || taken.contains(kind + found)) break;
                    taken.add(kind + found);
                    r.exec("DROP " + kind + " main." + Quoting.doubleQuoted(found));
                }
            }
        } finally {
            r.rollbackQuietly();
            r.exec("PRAGMA legacy_alter_table=" + (legacy instanceof Number n && n.longValue() != 0 ? "ON" : "OFF"));
        }
        return out;
    }

    /** One sentence per trigger that ran before and cannot run now, with SQLite's reason and the way out. */
    static List<String> broken(Replica r, java.util.Set<String> brokenBefore) {
        List<String> out = new ArrayList<>();
        in(r).forEach((name, why) -> {
            if (!brokenBefore.contains(name)) out.add(sentence(name, why.table(), why.reason()));
        });
        return out;
    }

    /** What a broken trigger does to the application, and the way out; names quoted as SQL quotes them (what DROP TRIGGER takes). */
    static String sentence(String trigger, String table, String reason) {
        return "trigger " + Quoting.doubleQuoted(trigger) + " on " + Quoting.doubleQuoted(table) + " can no longer run (" + reason + "): a table or"
                + " column its body uses is gone, and every write on " + Quoting.doubleQuoted(table) + " that fires it fails from then on. Drop it"
                + " (DROP TRIGGER) or create it again without"
                + " what is gone, in the migration or a custom one after it (mvn db:generate -Ddb.custom)";
    }
}
