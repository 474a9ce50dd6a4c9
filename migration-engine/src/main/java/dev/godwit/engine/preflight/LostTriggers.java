package dev.godwit.engine.preflight;

import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.schema.model.SqliteNames;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The one comparison of "a trigger lost": which triggers a run of statements took away from a table (or view) that is
 * still there, of the same kind, without a {@code DROP TRIGGER} naming them. The pre-flight asks it once, across the
 * pending migrations; {@code db:verify}'s replay asks it for each migration and follows what it answers through later ones.
 */
final class LostTriggers {

    /**
     * A trigger gone from {@code table} (named as it was before the run); {@code onView} when that is a view dropped and created
     * again, or renamed: dropped and created under the name {@code renamedTo} (null when not renamed); {@code stoodThrough}, the
     * index of the last migration of the run after which it stood (-1: it was there before the run), so the one that lost it is
     * looked for after that.
     */
    record Lost(String table, String name, String sql, boolean onView, String renamedTo, int stoodThrough) {
        Lost(String table, String name, String sql, boolean onView, String renamedTo) {
            this(table, name, sql, onView, renamedTo, -1);
        }
    }

    private LostTriggers() {
    }

    /** The triggers of {@code before}'s tables and views that the same table or view in {@code after} lacks, and {@code statements} do not drop. */
    static List<Lost> between(Map<String, TableFeatures> before, Map<String, TableFeatures> after, List<String> statements) {
        return between(before, after, List.of(statements));
    }

    /** As {@link #between(Map, Map, List)} for the statements of several migrations, run one after the other. */
    static List<Lost> between(Map<String, TableFeatures> before, Map<String, TableFeatures> after, Collection<List<String>> migrations) {
        List<String> dropped = droppedByName(migrations.stream().flatMap(List::stream).toList());
        Map<String, TableFeatures> renamed = renamedViews(before, after, migrations);
        List<Lost> out = new ArrayList<>();
        for (Map.Entry<String, TableFeatures> e : before.entrySet()) {
            TableFeatures was = e.getValue();
            TableFeatures is = after.get(e.getKey());
            String renamedTo = null;
            if (is == null && renamed.containsKey(e.getKey())) {
                is = renamed.get(e.getKey());
                renamedTo = is.table();
            }
            // gone, or a table that became a view (or back): nothing of it to keep
            if (is == null || is.view() != was.view()) continue;
            for (Map.Entry<String, String> t : was.triggers().entrySet()) {
                String key = SqliteNames.key(t.getKey());
                boolean kept = is.triggers().keySet().stream().anyMatch(n -> SqliteNames.key(n).equals(key));
                if (!kept && !dropped.contains(key)) out.add(new Lost(was.table(), t.getKey(), t.getValue(), was.view(), renamedTo));
            }
        }
        return out;
    }

    /**
     * The triggers that migrations of the run created (read into {@code between} after the migration of that index) and the end of
     * the run lacks, on a table or view of the same name and kind that is still there: lost within the run (a later rebuild did not
     * create them again), which {@link #between} cannot see in {@code before}. One a migration drops by name after the last that
     * had it is meant to go. Renamed views are left to {@link #between} (only for what was there before the run).
     */
    static List<Lost> createdInRun(Map<String, TableFeatures> before, Map<String, TableFeatures> after, List<List<String>> migrations,
            Map<Integer, Map<String, TableFeatures>> between) {
        // by trigger key: the table (its name then), the trigger, and the last migration after which it stood
        Map<String, Object[]> seen = new java.util.LinkedHashMap<>();
        for (int i = 0; i < migrations.size(); i++) {
            Map<String, TableFeatures> then = between.get(i);
            if (then == null) continue;
            for (TableFeatures t : then.values()) {
                for (Map.Entry<String, String> trigger : t.triggers().entrySet()) {
                    seen.put(SqliteNames.key(trigger.getKey()), new Object[] {t, trigger.getKey(), trigger.getValue(), i});
                }
            }
        }
        List<Lost> out = new ArrayList<>();
        for (Map.Entry<String, Object[]> e : seen.entrySet()) {
            TableFeatures was = (TableFeatures) e.getValue()[0];
            int last = (Integer) e.getValue()[3];
            TableFeatures is = after.get(SqliteNames.key(was.table()));
            if (is == null || is.view() != was.view()) continue;   // its table gone, or a table become a view: nothing of it to keep
            if (is.triggers().keySet().stream().anyMatch(n -> SqliteNames.key(n).equals(e.getKey()))) continue;
            if (droppedByName(migrations.subList(last + 1, migrations.size()).stream().flatMap(List::stream).toList()).contains(e.getKey())) continue;
            out.add(new Lost(was.table(), (String) e.getValue()[1], (String) e.getValue()[2], was.view(), null, last));
        }
        return out;
    }

    /** Whether one of the statements creates a trigger ({@code CREATE [TEMP] TRIGGER}). */
    static boolean createsTrigger(List<String> statements) {
        for (String s : statements) {
            List<SqlLexer.Token> t = SqlLexer.significant(s);
            if (t.size() < 2 || !t.get(0).is("CREATE")) continue;
            if (t.get(1).is("TRIGGER") || t.size() > 2 && (t.get(1).is("TEMP") || t.get(1).is("TEMPORARY")) && t.get(2).is("TRIGGER")) return true;
        }
        return false;
    }

    /**
     * Views gone in the run that a view made in the run takes over, by the gone one's case-folded name: SQLite cannot rename a
     * view, so drizzle-kit (and a hand-written migration) renames one by DROP VIEW of the old name and CREATE VIEW of the new in
     * one migration, which drops the old one's INSTEAD OF triggers. Of the views one migration drops and creates, the one made with
     * a gone one's definition is it renamed; so is the only view made where only one went (renamed with its definition changed).
     */
    static Map<String, TableFeatures> renamedViews(Map<String, TableFeatures> before, Map<String, TableFeatures> after,
            Collection<List<String>> migrations) {
        Map<String, TableFeatures> out = new java.util.HashMap<>();
        for (List<String> statements : migrations) {
            List<String> gone = droppedByName(statements, "VIEW").stream()
                    .filter(v -> before.containsKey(v) && before.get(v).view() && !after.containsKey(v) && !out.containsKey(v)).distinct().toList();
            if (gone.isEmpty()) continue;
            List<TableFeatures> made = new ArrayList<>(createdViews(statements).stream().filter(v -> !before.containsKey(v) && after.containsKey(v)
                    && after.get(v).view() && !out.containsValue(after.get(v))).distinct().map(after::get).toList());
            if (gone.size() == 1 && made.size() == 1) {
                out.put(gone.get(0), made.get(0));
                continue;
            }
            for (String g : gone) {
                String definition = before.get(g).definition();
                made.stream().filter(m -> definition != null && definition.equals(m.definition())).findFirst().ifPresent(m -> {
                    out.put(g, m);
                    made.remove(m);
                });
            }
        }
        return out;
    }

    /** The views the statements create, case-folded: {@code CREATE [TEMP] VIEW [IF NOT EXISTS] [schema.]name}. */
    static List<String> createdViews(List<String> statements) {
        List<String> out = new ArrayList<>();
        for (String s : statements) {
            List<SqlLexer.Token> t = SqlLexer.significant(s);
            if (t.isEmpty() || !t.get(0).is("CREATE")) continue;
            int at = 1;
            if (at < t.size() && (t.get(at).is("TEMP") || t.get(at).is("TEMPORARY"))) at++;
            if (at >= t.size() || !t.get(at).is("VIEW")) continue;
            at++;
            if (at + 2 < t.size() && t.get(at).is("IF") && t.get(at + 1).is("NOT") && t.get(at + 2).is("EXISTS")) at += 3;
            if (at + 2 < t.size() && t.get(at + 1).isPunct(".")) at += 2;
            if (at < t.size() && t.get(at).isName()) out.add(SqliteNames.key(t.get(at).name()));
        }
        return out;
    }

    /** The triggers the statements drop by name ({@code DROP TRIGGER}), case-folded: dropped on purpose, not lost. */
    static List<String> droppedByName(List<String> statements) {
        return droppedByName(statements, "TRIGGER");
    }

    /** What the statements drop by name, case-folded: {@code DROP <kind> [IF EXISTS] [schema.]name}; {@code kind} TRIGGER or VIEW. */
    static List<String> droppedByName(List<String> statements, String kind) {
        List<String> dropped = new ArrayList<>();
        for (String s : statements) {
            // DROP TRIGGER [IF EXISTS] [schema.]name [;], read as SQLite reads it: comments anywhere, a schema before the name
            List<SqlLexer.Token> t = SqlLexer.significant(s);
            if (!t.isEmpty() && t.get(t.size() - 1).isPunct(";")) t = t.subList(0, t.size() - 1);
            if (t.size() < 3 || !t.get(0).is("DROP") || !t.get(1).is(kind)) continue;
            int at = t.size() >= 5 && t.get(2).is("IF") && t.get(3).is("EXISTS") ? 4 : 2;
            if (t.size() == at + 3 && t.get(at + 1).isPunct(".")) at += 2;
            if (t.size() != at + 1 || !t.get(at).isName()) continue;
            dropped.add(SqliteNames.key(t.get(at).name()));
        }
        return dropped;
    }
}
