package dev.godwit.engine.generate;

import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.db.UnreadableViews;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.schema.model.SqliteNames;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The triggers a migration took away, written again at its end ({@link PlanTrial} runs the migration on the schema before it and
 * hands over the database as the migration left it). SQLite drops a table's triggers with it, so a rebuild leaves the table without
 * the triggers a custom migration gave it; a view dropped and created again, or renamed, loses its INSTEAD OF triggers. Each is
 * created again as SQLite last held it, its text following tables the migration renamed, after compiling a statement that fires it
 * ({@code EXPLAIN}); one that no longer compiles is not, and a warning says why and what to do.
 */
final class KeptTriggers {

    /** A trigger as {@code sqlite_master} holds it. */
    record Trigger(String name, String table, String sql) {
    }

    /** What the warnings call the change, and say of a trigger kept or not (what to do with one not kept: %s the new table, or the view). */
    record Wording(String change, String kept, String notKept, String ifBroken) {
    }

    /** The CREATE TRIGGER statements to add at the end of the migration, and a warning for each trigger taken away. */
    record Written(List<String> statements, List<String> warnings) {
    }

    private KeptTriggers() {
    }

    /**
     * The triggers {@code taken}, written again where they still compile on {@code db} (the database as the migration left it).
     * {@code renamedViews} and {@code renamedTables} map a case-folded old name to the new one; {@code madeOutside} says whether
     * SQLite's reason names a table made outside the folder (the database has it, as the trigger had it before).
     */
    static Written written(SqliteDatabase db, Collection<Trigger> taken, Map<String, String> renamedViews, Map<String, String> renamedTables,
            Predicate<String> madeOutside, Wording say) {
        List<String> statements = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Trigger was : taken) {
            Trigger t = was;
            String kind = kindAtEnd(db, t.table());
            String about = "Trigger " + Quoting.doubleQuoted(t.name()) + " on " + t.table()
                    + (kind == null ? "" : kind.equals("view") ? " goes with the view " + say.change() + " creates again" : " goes with the table " + say.change() + " rebuilds");
            if (kind == null) {
                // A view renamed (renamedFrom) is dropped and created under its new name: its INSTEAD OF triggers follow it.
                String renamed = renamedViews.get(SqliteNames.key(t.table()));
                if (renamed == null || !"view".equals(kindAtEnd(db, renamed))) continue;   // dropped on purpose: the trigger goes with it
                about += " goes with the view " + say.change() + " renames to " + renamed;
                t = onView(t, renamed);
            }
            String broken = t.sql().contains(SqlLexer.BREAKPOINT) ? "its text holds drizzle's statement-breakpoint marker" : compiles(db, t, t.sql() + ";");
            // Taken before the migration renamed a table its body names (a view's DROP VIEW comes first): renamed as SQLite would.
            for (int i = 0; broken != null && i < renamedTables.size(); i++) {
                String missing = UnreadableViews.missingTable(broken.replaceFirst("^.*\\((.*)\\)$", "$1"));
                String to = missing == null ? null : renamedTables.get(SqliteNames.key(missing));
                Trigger followed = to == null ? null : followingRename(db, t, missing, to);
                if (followed == null) break;
                t = followed;
                broken = compiles(db, t, t.sql() + ";");
            }
            // A table the trial never held was made outside the folder (by hand): the database has it, as the trigger had it before.
            if (broken != null && madeOutside.test(broken)) broken = null;
            String statement = t.sql() + ";";
            if (broken != null) {
                warnings.add(about + " and " + say.notKept() + ": " + broken + ". " + say.ifBroken().formatted("table".equals(kind) ? "the new table" : "the view"));
            } else {
                statements.add(statement);
                warnings.add(about + "; " + say.kept() + ".");
            }
        }
        return new Written(statements, warnings);
    }

    /** The trigger moved onto {@code view} (its text's {@code ON} names it). */
    private static Trigger onView(Trigger t, String view) {
        return new Trigger(t.name(), view, dev.godwit.engine.sql.TriggerText.on(t.sql(), view));
    }

    /**
     * The trigger's text after SQLite renames {@code from}, which its body names, to {@code to}: {@code to} renamed back, the
     * trigger created, {@code to} renamed again (SQLite rewrites the trigger), the trigger dropped. Null when SQLite refuses a step.
     */
    private static Trigger followingRename(SqliteDatabase db, Trigger t, String from, String to) {
        String quotedTo = "main." + Quoting.doubleQuoted(to);
        try {
            db.runAtomically(List.of("ALTER TABLE " + quotedTo + " RENAME TO " + Quoting.doubleQuoted(from), t.sql(),
                    "ALTER TABLE main." + Quoting.doubleQuoted(from) + " RENAME TO " + Quoting.doubleQuoted(to)), false);
        } catch (DatabaseException e) {
            return null;
        }
        Trigger followed = triggers(db).get(SqliteNames.key(t.name()));
        db.runAtomically(List.of("DROP TRIGGER main." + Quoting.doubleQuoted(t.name())), false);
        return followed == null ? null : new Trigger(t.name(), t.table(), followed.sql());
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

    /** The triggers {@code db} holds, by case-folded name, in the order SQLite holds them. */
    static Map<String, Trigger> triggers(SqliteDatabase db) {
        Map<String, Trigger> out = new LinkedHashMap<>();
        for (Map<String, Object> r : db.query("SELECT name, tbl_name, sql FROM main.sqlite_master WHERE type = 'trigger' ORDER BY rowid")) {
            String name = String.valueOf(r.get("name"));
            out.put(SqliteNames.key(name), new Trigger(name, String.valueOf(r.get("tbl_name")), String.valueOf(r.get("sql"))));
        }
        return out;
    }
}
