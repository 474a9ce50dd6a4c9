package dev.godwit.engine.generate;

import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.db.UnreadableViews;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.introspect.SchemaStatements;
import dev.godwit.engine.plan.Plan;
import dev.godwit.engine.sql.ForeignKeysPragma;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.schema.model.SqliteNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The triggers a generated migration would take away. SQLite drops a table's triggers with it, so a rebuild (CREATE
 * {@code __new_t}, copy, DROP {@code t}, RENAME) leaves {@code t} without the triggers a custom migration gave it; drizzle-kit's
 * migrations lose them silently. The schema holds no triggers, so they are found by replaying the folder in memory: the new
 * migration's statements run there one by one, and each trigger a statement takes away from a table or view that is still
 * there at the end is written again after the migration's own statements, as SQLite last held it (its text follows renames
 * made in place). One that no longer compiles there (it reads a column the rebuild dropped or renamed) is not written: a
 * warning names it and says what to do. db:push, whose plan runs on the live database, starts from an empty copy of its schema.
 */
public final class KeptTriggers {

    /** A trigger as {@code sqlite_master} holds it. */
    private record Trigger(String name, String table, String sql) {
    }

    private KeptTriggers() {
    }

    /** {@code plan} with the CREATE TRIGGER statements of the triggers its rebuilds take away from the folder's database, and a warning for each. */
    static Plan keep(Plan plan, MigrationsFolder folder) {
        if (!dropsTriggers(plan)) return plan;
        List<Migration> migrations = folder.migrations();
        // Only a folder that ever wrote a trigger can have one; most never did, and they are not replayed.
        if (migrations.stream().noneMatch(m -> m.sql().toLowerCase(Locale.ROOT).contains("trigger"))) return plan;
        try (SqliteDatabase db = SqliteDatabase.inMemory()) {
            for (Migration m : migrations) {
                try {
                    db.runAtomically(m.statements(), ForeignKeysPragma.asksOff(m.statements()));
                } catch (DatabaseException e) {
                    return with(plan, List.of(), List.of("Could not replay " + folder.relative(m.file()) + " in memory to find the triggers of the tables"
                            + " this migration rebuilds (" + UnreadableViews.reason(e) + "); any trigger on them goes with them: db:apply's pre-flight names it."));
                }
            }
            return keepOn(db, plan, new Wording("this migration", "it is written again at the end of the migration, as the migrations before left it",
                    "is not written again", "Write it for the new table in a custom migration (mvn db:generate -Ddb.custom), or db:apply's pre-flight"
                            + " refuses the loss.", "This migration fails on the schema the migrations before it leave (replayed in memory), at statement %d:"
                            + "\n    %s\n  SQLite says: %s\n  db:apply would fail there too and change nothing. If a trigger names what the statement"
                            + " drops, drop or change that trigger in a custom migration before this one: mvn db:drop (this migration),"
                            + " mvn db:generate -Ddb.custom, then mvn db:generate again."));
        }
    }

    /** As {@link #keep(Plan, MigrationsFolder)} for db:push, whose plan runs on {@code live} itself: the triggers it has. */
    public static Plan keepForPush(Plan plan, Database live, Set<String> historyTables) {
        if (!dropsTriggers(plan) || live.query("SELECT 1 FROM sqlite_master WHERE type = 'trigger' LIMIT 1").isEmpty()) return plan;
        try (SqliteDatabase db = SqliteDatabase.inMemory()) {
            db.runAtomically(SchemaStatements.of(live, historyTables), false);
            return keepOn(db, plan, new Wording("this push", "the push creates it again at its end, as " + live.describe() + " has it",
                    "is not created again", "Create it for the new table by hand after the push.", null));   // a failing push says so itself
        } catch (DatabaseException e) {
            return with(plan, List.of(), List.of("Could not copy the schema of " + live.describe() + " to find the triggers of the tables this push"
                    + " rebuilds (" + UnreadableViews.reason(e) + "); any trigger on them goes with them."));
        }
    }

    /**
     * Only DROP TABLE and DROP VIEW take triggers away (the planner writes a rebuild's as the first is, a view's as "DROP VIEW `v`;"),
     * and SQLite refuses a DROP COLUMN of a column a trigger names: plans with none of these are not tried.
     */
    private static boolean dropsTriggers(Plan plan) {
        return !plan.rebuiltTables().isEmpty() || plan.statements().stream().anyMatch(s -> s.regionMatches(true, 0, "DROP VIEW", 0, 9)
                || s.regionMatches(true, 0, "ALTER TABLE", 0, 11) && s.contains(" DROP COLUMN "));
    }

    /** What the warnings call the change, and say of a trigger kept or not, and of a change that fails (null: nothing). */
    private record Wording(String change, String kept, String notKept, String ifBroken, String ifFails) {
    }

    /** The triggers the plan takes away on {@code db} (the schema before it), written again at its end where they still compile. */
    private static Plan keepOn(SqliteDatabase db, Plan plan, Wording say) {
        Map<String, Trigger> taken;
        try {
            taken = takenBy(plan.statements(), db);
        } catch (DatabaseException e) {
            String statement = plan.statements().get(e.statementIndex()).strip();
            return say.ifFails() == null ? plan : with(plan, List.of(), List.of(say.ifFails().formatted(e.statementIndex() + 1, statement,
                    UnreadableViews.reason(e))));
        }
        if (taken.isEmpty()) return plan;
        List<String> statements = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Trigger t : taken.values()) {
            String kind = kindAtEnd(db, t.table());
            if (kind == null) continue;   // its table or view dropped on purpose: the trigger goes with it
            String about = "Trigger " + Quoting.doubleQuoted(t.name()) + " on " + t.table()
                    + (kind.equals("view") ? " goes with the view " + say.change() + " creates again" : " goes with the table " + say.change() + " rebuilds");
            String statement = t.sql() + ";";
            String broken = t.sql().contains(SqlLexer.BREAKPOINT) ? "its text holds drizzle's statement-breakpoint marker" : compiles(db, t, statement);
            if (broken != null) {
                warnings.add(about + " and " + say.notKept() + ": " + broken + ". " + say.ifBroken());
            } else {
                statements.add(statement);
                warnings.add(about + "; " + say.kept() + ".");
            }
        }
        return with(plan, statements, warnings);
    }

    /**
     * Runs the statements one by one; the triggers they took away, by case-folded name, as last seen before they went. A
     * statement that fails throws SQLite's failure, its {@code statementIndex} the statement's.
     */
    private static Map<String, Trigger> takenBy(List<String> statements, SqliteDatabase db) {
        Map<String, Trigger> seen = triggers(db);
        Map<String, Trigger> taken = new LinkedHashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            String s = statements.get(i);
            try {
                db.runAtomically(List.of(s), true);
            } catch (DatabaseException e) {
                throw new DatabaseException(e.getMessage(), i, s, e.databaseMessage(), false, e);
            }
            Map<String, Trigger> now = triggers(db);
            for (Map.Entry<String, Trigger> e : seen.entrySet()) if (!now.containsKey(e.getKey())) taken.putIfAbsent(e.getKey(), e.getValue());
            taken.keySet().removeAll(now.keySet());   // written again by the migration itself
            seen = now;
        }
        return taken;
    }

    private static Map<String, Trigger> triggers(SqliteDatabase db) {
        Map<String, Trigger> out = new LinkedHashMap<>();
        for (Map<String, Object> r : db.query("SELECT name, tbl_name, sql FROM main.sqlite_master WHERE type = 'trigger' ORDER BY rowid")) {
            String name = String.valueOf(r.get("name"));
            out.put(SqliteNames.key(name), new Trigger(name, String.valueOf(r.get("tbl_name")), String.valueOf(r.get("sql"))));
        }
        return out;
    }

    /** {@code table} or {@code view}, what the name is at the end of the migration; null when it is gone. */
    private static String kindAtEnd(SqliteDatabase db, String name) {
        return db.query("SELECT type, name FROM main.sqlite_master WHERE type IN ('table', 'view')").stream()
                .filter(r -> SqliteNames.key(String.valueOf(r.get("name"))).equals(SqliteNames.key(name)))
                .map(r -> String.valueOf(r.get("type"))).findFirst().orElse(null);
    }

    /**
     * Creates the trigger on the replay and compiles a statement that fires it ({@code EXPLAIN}: SQLite compiles a statement's
     * triggers with it, and a trigger's text is checked only then). Null when it compiles; else why not, the trigger dropped again.
     */
    private static String compiles(SqliteDatabase db, Trigger t, String statement) {
        try {
            db.runAtomically(List.of(statement), false);
        } catch (DatabaseException e) {
            return "SQLite refuses it there (" + UnreadableViews.reason(e) + ")";
        }
        try {
            for (String firing : firing(db, t)) db.query("EXPLAIN " + firing);
            return null;
        } catch (DatabaseException e) {
            db.runAtomically(List.of("DROP TRIGGER main." + Quoting.doubleQuoted(t.name())), false);
            return "it no longer compiles there (" + UnreadableViews.reason(e) + ")";
        }
    }

    /** Statements that fire the trigger: its event on its table, an UPDATE of each column it names in {@code UPDATE OF}. */
    private static List<String> firing(SqliteDatabase db, Trigger t) {
        List<SqlLexer.Token> tokens = SqlLexer.significant(t.sql());
        String table = "main." + Quoting.doubleQuoted(t.table());
        for (int i = 0; i < tokens.size(); i++) {
            SqlLexer.Token k = tokens.get(i);
            if (k.is("ON")) break;   // past the event: nothing recognised
            if (k.is("DELETE")) return List.of("DELETE FROM " + table);
            if (k.is("INSERT")) return List.of("INSERT INTO " + table + " DEFAULT VALUES");
            if (!k.is("UPDATE")) continue;
            List<String> columns = new ArrayList<>();
            if (i + 1 < tokens.size() && tokens.get(i + 1).is("OF")) {
                for (int j = i + 2; j < tokens.size() && !tokens.get(j).is("ON"); j++) if (tokens.get(j).isName()) columns.add(tokens.get(j).name());
            } else {
                db.query("PRAGMA main.table_xinfo(" + Quoting.literal(t.table()) + ")").stream()
                        .filter(c -> ((Number) c.get("hidden")).intValue() == 0).findFirst().ifPresent(c -> columns.add(String.valueOf(c.get("name"))));
            }
            return columns.stream().map(c -> "UPDATE " + table + " SET " + Quoting.doubleQuoted(c) + " = " + Quoting.doubleQuoted(c)).toList();
        }
        return List.of();
    }

    private static Plan with(Plan plan, List<String> statements, List<String> warnings) {
        List<String> all = new ArrayList<>(plan.statements());
        all.addAll(statements);
        List<String> said = new ArrayList<>(plan.warnings());
        said.addAll(warnings);
        return new Plan(all, plan.rebuiltTables(), said);
    }
}
