package dev.godwit.engine.preflight;

import dev.godwit.engine.db.Database;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.introspect.Introspector;
import dev.godwit.engine.introspect.UnmodelledClause;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.engine.sql.TriggerText;
import dev.godwit.schema.model.SqliteNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a table has that the schema model does not hold, so a rebuild can lose it silently: its
 * triggers and its {@link UnmodelledClause}s (STRICT, WITHOUT ROWID, ON CONFLICT, deferred foreign
 * keys). Read from {@code sqlite_master} before and after the pending migrations; {@link #lost}
 * says, table by table, what is gone from a table that is still there.
 */
record TableFeatures(String table, List<UnmodelledClause> clauses, Map<String, String> triggers, boolean view, String definition) {

    TableFeatures(String table, List<UnmodelledClause> clauses, Map<String, String> triggers) {
        this(table, clauses, triggers, false, null);
    }

    /** Every user table's features, by lower-cased name. */
    static Map<String, TableFeatures> read(Database db) {
        Map<String, TableFeatures> out = new LinkedHashMap<>();
        List<Map<String, Object>> objects = db.query("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('table', 'view', 'trigger')"
                + " AND sql IS NOT NULL");
        for (Map<String, Object> o : objects) {
            String name = String.valueOf(o.get("name"));
            if ("view".equals(o.get("type"))) {
                // a view dropped and created again (a changed view) loses its INSTEAD OF triggers as a rebuilt table loses its own
                out.put(SqliteNames.key(name), new TableFeatures(name, List.of(), new LinkedHashMap<>(), true, definition(String.valueOf(o.get("sql")))));
                continue;
            }
            if (!"table".equals(o.get("type"))) continue;
            if (Introspector.leavesOut(db, name, Set.of())) continue;
            out.put(SqliteNames.key(name), new TableFeatures(name, UnmodelledClause.of(String.valueOf(o.get("sql"))), new LinkedHashMap<>()));
        }
        for (Map<String, Object> o : objects) {
            if (!"trigger".equals(o.get("type"))) continue;
            TableFeatures t = out.get(SqliteNames.key(String.valueOf(o.get("tbl_name"))));
            if (t != null) t.triggers().put(String.valueOf(o.get("name")), String.valueOf(o.get("sql")));
        }
        return out;
    }

    /**
     * A view's SELECT, the text after the first {@code AS} of its CREATE VIEW, white space collapsed: what a view renamed by
     * dropping it and creating it under the new name keeps (a column list before AS holds no AS).
     */
    static String definition(String createView) {
        for (SqlLexer.Token t : SqlLexer.significant(createView)) {
            if (t.is("AS")) return createView.substring(t.end()).strip().replaceAll("\\s+", " ");
        }
        return null;
    }

    /**
     * What tables that exist before and after lost on the way: a trigger the statements do not drop
     * by name ({@link LostTriggers}), an {@link UnmodelledClause}. One sentence each, with the way out.
     */
    static List<String> lost(Map<String, TableFeatures> before, Map<String, TableFeatures> after, List<String> statements) {
        return lost(before, after, List.of(statements), view -> null, t -> null);
    }

    /** As {@link #lost(Map, Map, List)} for the migrations {@code ran}: a renamed view's lost trigger names the migration that dropped it. */
    static List<String> lostIn(Map<String, TableFeatures> before, Map<String, TableFeatures> after, List<Migration> ran) {
        return lostIn(before, after, ran, Map.of());
    }

    /**
     * As {@link #lostIn(Map, Map, List)}, with {@code between}: the features read after some of the migrations of {@code ran} (by
     * index, those that create a trigger), so a trigger an earlier migration of the run created and a later one lost (a rebuild
     * of its table that does not create it again) is lost too, unless a migration after the last that had it drops it by name.
     */
    static List<String> lostIn(Map<String, TableFeatures> before, Map<String, TableFeatures> after, List<Migration> ran,
            Map<Integer, Map<String, TableFeatures>> between) {
        List<String> out = lost(before, after, ran.stream().map(Migration::statements).toList(), view -> {
            String dropper = null;   // the last migration that dropped it: the one that took the trigger away
            for (Migration m : ran) if (LostTriggers.droppedByName(m.statements(), "VIEW").contains(view)) dropper = m.fileName();
            return dropper;
        }, t -> tableDropper(ran, t));
        if (between.isEmpty()) return out;
        List<List<String>> migrations = ran.stream().map(Migration::statements).toList();
        // one there before the run, lost, is said above (with its text then) once
        java.util.Set<String> said = new java.util.HashSet<>();
        for (LostTriggers.Lost t : LostTriggers.between(before, after, migrations)) said.add(SqliteNames.key(t.name()));
        for (LostTriggers.Lost t : LostTriggers.createdInRun(before, after, migrations, between)) {
            if (said.add(SqliteNames.key(t.name()))) out.add(lostTrigger(t, tableDropper(ran, t)));
        }
        return out;
    }

    /**
     * The file of the first migration after the trigger last stood ({@link LostTriggers.Lost#stoodThrough}) that drops its table
     * by name (a rebuild's {@code DROP TABLE}, which takes the table's triggers with it), or null.
     */
    private static String tableDropper(List<Migration> ran, LostTriggers.Lost t) {
        String key = SqliteNames.key(t.table());
        for (int i = t.stoodThrough() + 1; i < ran.size(); i++) {
            if (LostTriggers.droppedByName(ran.get(i).statements(), t.onView() ? "VIEW" : "TABLE").contains(key)) return ran.get(i).fileName();
        }
        return null;
    }

    /** The sentence for a trigger lost by a rebuild of its table, or by dropping its view and creating it again. */
    private static String lostTrigger(LostTriggers.Lost t, String lostIn) {
        String drop = t.onView() ? "DROP VIEW" : "DROP TABLE";
        return Quoting.doubleQuoted(t.table()) + ": trigger " + Quoting.doubleQuoted(t.name()) + " is gone ("
                + (t.onView() ? "dropping the view and creating it again drops its INSTEAD OF triggers). Recreate it after the view"
                        : "a rebuild of the table drops its triggers). Recreate it after the rebuild")
                + ", e.g. in a custom migration (mvn db:generate -Ddb.custom) holding:\n      "
                + t.sql().strip().replace("\n", "\n      ") + ";"
                // where, and the way on for a trigger meant to go (a trigger a migration drops by name is not reported)
                + "\n    " + (lostIn == null ? "" : "It went with " + lostIn + "'s " + drop + " " + Quoting.doubleQuoted(t.table()) + ". ")
                + "Or, if it is meant to go, drop it by name" + (lostIn == null ? "" : " in " + lostIn) + " before the " + drop + ": DROP TRIGGER "
                + Quoting.doubleQuoted(t.name()) + ";";
    }

    /** {@code droppedIn}: the file of the migration that dropped a view (by case-folded name), or null. */
    private static List<String> lost(Map<String, TableFeatures> before, Map<String, TableFeatures> after, List<List<String>> migrations,
            java.util.function.Function<String, String> droppedIn, java.util.function.Function<LostTriggers.Lost, String> lostIn) {
        List<LostTriggers.Lost> triggers = LostTriggers.between(before, after, migrations);
        List<String[]> renames = StatementText.tableRenames(migrations.stream().flatMap(List::stream).toList());
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, TableFeatures> e : before.entrySet()) {
            TableFeatures was = e.getValue();
            for (LostTriggers.Lost t : triggers) {
                if (!SqliteNames.key(t.table()).equals(e.getKey())) continue;
                // quoted as SQL quotes them: the names to write in DROP TRIGGER or CREATE TRIGGER ... ON
                if (t.renamedTo() != null) {
                    String in = droppedIn.apply(e.getKey());
                    out.add(Quoting.doubleQuoted(t.table()) + ": trigger " + Quoting.doubleQuoted(t.name()) + " is gone ("
                            + (in == null ? "a pending migration" : in) + " drops the view and creates it as " + Quoting.doubleQuoted(t.renamedTo())
                            + ", a rename as drizzle-kit writes it, and DROP VIEW drops its INSTEAD OF triggers). Recreate it on "
                            + Quoting.doubleQuoted(t.renamedTo()) + ", e.g. in a custom migration (mvn db:generate -Ddb.custom) holding:\n      "
                            + TriggerText.on(t.sql(), t.renamedTo()).strip().replace("\n", "\n      ") + ";\n    or, if it is meant to go with the old"
                            + " view, drop it by name before the DROP VIEW: DROP TRIGGER " + Quoting.doubleQuoted(t.name()) + ";");
                    continue;
                }
                out.add(lostTrigger(t, lostIn.apply(t)));
            }
            TableFeatures is = after.get(e.getKey());
            // renamed, then rebuilt under its new name (db:generate writes a rename and a rebuild so): its clauses went with it
            if (is == null) is = after.get(SqliteNames.key(StatementText.nameAfter(renames, was.table())));
            if (is != null && is.view() == was.view()) out.addAll(lostClauses(was, is));
        }
        return out;
    }

    /**
     * The clauses the table had and no longer has: matched by their text first, then by kind, so a clause that stands on a
     * column renamed in place still counts as kept. One sentence each, with the way out.
     */
    private static List<String> lostClauses(TableFeatures was, TableFeatures is) {
        List<String> out = new ArrayList<>();
        for (UnmodelledClause c : UnmodelledClause.lost(was.clauses(), is.clauses())) {
            boolean tableOption = c.kind().equals(c.text());
            out.add("\"" + was.table() + "\" " + (tableOption ? "is no longer " + c.text() + " (the rebuild's CREATE TABLE does not say so)"
                    : "has lost " + c.text() + " (the rebuild's CREATE TABLE does not say it; the schema model has no place for it)")
                    + ": write the rebuild with it yourself (a custom migration, mvn db:generate -Ddb.custom), or pass -Ddb.acceptDataLoss"
                    + " to keep the table without it");
        }
        return out;
    }
}
