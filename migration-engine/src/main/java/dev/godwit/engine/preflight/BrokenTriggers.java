package dev.godwit.engine.preflight;

import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.db.UnreadableViews;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.schema.model.SqliteNames;
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
        firing(r, tableOf, out);
        return out;
    }

    /**
     * The rename misses what SQLite resolves only when it compiles a trigger's program, as the statement that fires it is
     * prepared: a column of another table the body sets (UPDATE teams SET motto = ...), which DROP COLUMN lets go. So each
     * statement that fires triggers not found yet is prepared by EXPLAIN (which runs nothing), foreign keys off so that only
     * triggers are compiled; where one fails, each of its triggers is compiled alone (the others dropped inside a transaction
     * rolled back), so that an error is its own. Most schemas cost one EXPLAIN per table and event, and drop nothing.
     */
    private static void firing(Replica r, Map<String, String> tableOf, Map<String, Broken> out) {
        Map<String, String> sqlOf = new LinkedHashMap<>();
        for (Map<String, Object> t : r.query("SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger' AND sql IS NOT NULL")) {
            sqlOf.put(String.valueOf(t.get("name")), String.valueOf(t.get("sql")));
        }
        if (sqlOf.size() == out.size()) return;
        Object foreignKeys = r.query("PRAGMA foreign_keys").get(0).values().iterator().next();
        r.exec("PRAGMA foreign_keys=OFF");   // only the trigger's own program: no ON DELETE action compiled with it
        try {
            Map<String, List<String>> firedBy = new LinkedHashMap<>();   // statement -> the triggers it fires
            for (Map.Entry<String, String> t : sqlOf.entrySet()) {
                if (out.containsKey(t.getKey())) continue;
                String fire = firingStatement(r, t.getValue(), tableOf.get(t.getKey()));
                if (fire != null) firedBy.computeIfAbsent(fire, k -> new ArrayList<>()).add(t.getKey());
            }
            for (Map.Entry<String, List<String>> f : firedBy.entrySet()) {
                try {
                    r.query("EXPLAIN " + f.getKey());
                    f.getValue().clear();   // they all compile
                } catch (DatabaseException some) {
                    // one of them, or one they fire in turn: each alone below
                }
            }
            for (Map.Entry<String, List<String>> f : firedBy.entrySet()) {
                for (String name : f.getValue()) {
                    r.exec("BEGIN");
                    try {
                        for (String other : sqlOf.keySet()) if (!other.equals(name)) r.exec("DROP TRIGGER main." + Quoting.doubleQuoted(other));
                        r.query("EXPLAIN " + f.getKey());
                    } catch (DatabaseException e) {
                        String reason = UnreadableViews.reason(e);
                        if (reason.startsWith("no such table") || reason.startsWith("no such column")) out.put(name, new Broken(tableOf.get(name), reason));
                    } finally {
                        r.rollbackQuietly();
                    }
                }
            }
        } finally {
            r.exec("PRAGMA foreign_keys=" + (foreignKeys instanceof Number n && n.longValue() != 0 ? "ON" : "OFF"));
        }
    }

    /** INSERT, DELETE or UPDATE of {@code table} as the trigger's event names it; null where none can fire it (UPDATE OF columns gone). */
    static String firingStatement(Replica r, String triggerSql, String table) {
        List<SqlLexer.Token> tokens = SqlLexer.significant(triggerSql);
        String t = "main." + Quoting.doubleQuoted(table);
        for (int i = 0; i < tokens.size(); i++) {
            SqlLexer.Token k = tokens.get(i);
            if (k.is("ON")) return null;   // no event before ON: not a trigger this reads
            if (k.is("INSERT")) return "INSERT INTO " + t + " DEFAULT VALUES";
            if (k.is("DELETE")) return "DELETE FROM " + t;
            if (!k.is("UPDATE")) continue;
            List<String> columns = r.query("SELECT name FROM pragma_table_xinfo(?) WHERE hidden = 0", table).stream()
                    .map(c -> String.valueOf(c.get("name"))).toList();
            List<String> of = new ArrayList<>();
            if (i + 1 < tokens.size() && tokens.get(i + 1).is("OF")) {
                for (int j = i + 2; j < tokens.size() && !tokens.get(j).is("ON"); j++) if (tokens.get(j).isName()) of.add(tokens.get(j).name());
            }
            String c = of.isEmpty() ? (columns.isEmpty() ? null : columns.get(0))
                    : of.stream().filter(x -> columns.stream().anyMatch(y -> SqliteNames.same(y, x))).findFirst().orElse(null);
            return c == null ? null : "UPDATE " + t + " SET " + Quoting.doubleQuoted(c) + " = " + Quoting.doubleQuoted(c);
        }
        return null;
    }

    /** One sentence per trigger that ran before and cannot run now, with SQLite's reason and the way out. */
    static List<String> broken(Replica r, java.util.Set<String> brokenBefore) {
        List<String> out = new ArrayList<>();
        newlyBroken(r, brokenBefore).forEach((name, why) -> out.add(sentence(name, why.table(), why.reason())));
        return out;
    }

    /** The triggers that cannot run now and could before ({@code brokenBefore}: the keys {@link #in} gave then). */
    static Map<String, Broken> newlyBroken(Replica r, java.util.Set<String> brokenBefore) {
        Map<String, Broken> out = in(r);
        out.keySet().removeAll(brokenBefore);
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
