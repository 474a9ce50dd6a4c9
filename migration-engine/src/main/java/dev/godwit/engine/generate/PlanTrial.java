package dev.godwit.engine.generate;

import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.db.UnreadableViews;
import dev.godwit.engine.diff.Change;
import dev.godwit.engine.diff.SchemaDiff;
import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.introspect.SchemaStatements;
import dev.godwit.engine.plan.Plan;
import dev.godwit.engine.sql.ForeignKeysPragma;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SqliteNames;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The new migration tried, statement by statement and foreign keys on (as D1 and a local apply run it), on an empty database
 * holding the schema before it: the folder replayed in memory (db:generate), or a copy of the live schema (db:push). The schema
 * holds no triggers, and this is where they are seen:
 * <ul>
 * <li>SQLite drops a table's triggers with it, so a rebuild leaves the table without the triggers a custom migration gave it
 * (drizzle-kit's migrations lose them silently). Each trigger a statement takes away from a table or view still there at the end
 * is written again after the migration's own statements, as SQLite last held it (its text follows renames made in place); one
 * that no longer compiles there (it reads a column the rebuild dropped) is not, and a warning says why and what to do. A view
 * renamed ({@code renamedFrom}) takes its INSTEAD OF triggers to its new name ({@link KeptTriggers}).</li>
 * <li>A DROP TABLE failing on a trigger's table dropped before it is moved below ({@link TriggerDropOrder}); a view the schema
 * does not declare, on which a rebuild's rename fails, is dropped just before it and created again at the end ({@link ViewsAroundRebuild});
 * the plan is tried again.</li>
 * <li>A rebuild of the content table of an FTS5 or FTS4 index with external content, a table without an INTEGER PRIMARY KEY,
 * copies the rowid along ({@link FtsRowids}): the index finds its rows by it.</li>
 * <li>Any other failure is said in a warning, with the statement and SQLite's words: db:apply would fail the same way.</li>
 * </ul>
 * Only plans that drop tables, views or columns are tried, and for db:generate only when the schema before it declares a view or
 * the folder's SQL mentions a trigger or a view.
 */
public final class PlanTrial {

    private PlanTrial() {
    }

    /** {@code plan} tried on the schema the folder's migrations leave: with the triggers it would take away written again, and the warnings. */
    static Plan tried(Plan plan, SchemaDiff diff, MigrationsFolder folder, SchemaDef before) {
        if (!dropsTriggers(plan) || !mayHoldTriggersOrViews(folder, before)) return plan;
        // The journal's migrations are all there is: a .sql file without an entry (wrangler's layout) stopped db:generate before (FolderCheck).
        return triedOn(plan, diff, folder.migrations(), m -> folder.relative(m.file()));
    }

    /**
     * As {@link #tried} for db:rebase, which writes a moved generated migration's SQL again from the schema: {@code migrations} are
     * the rebased chain before it (not yet on disk). Without this the triggers db:generate had written again after a rebuild were
     * gone from the regenerated SQL, and the rebuild dropped them.
     */
    public static Plan triedAfter(Plan plan, SchemaDiff diff, List<Migration> migrations, SchemaDef before) {
        if (!dropsTriggers(plan)) return plan;
        if (before.views().isEmpty() && migrations.stream().noneMatch(m -> mentionsTriggerOrView(m.sql()))) return plan;
        return triedOn(plan, diff, migrations, Migration::fileName);
    }

    private static Plan triedOn(Plan plan, SchemaDiff diff, List<Migration> migrations, java.util.function.Function<Migration, String> named) {
        Before replayed = () -> {
            SqliteDatabase db = SqliteDatabase.inMemory();
            for (Migration m : migrations) {
                try {
                    db.runAtomically(m.statements(), ForeignKeysPragma.asksOff(m.statements()));
                } catch (DatabaseException e) {
                    db.close();
                    throw new NotTried("Could not replay " + named.apply(m) + " in memory to find the triggers of the tables this migration"
                            + " rebuilds (" + UnreadableViews.reason(e) + "); any trigger on them goes with them: db:apply's pre-flight names it.");
                }
            }
            return db;
        };
        return keepOn(replayed, plan, diff, new Wording("this migration", "the schema the migrations before it leave",
                "it is written again at the end of the migration, as the migrations before left it", "is not written again",
                "Write it for %s in a custom migration (mvn db:generate -Ddb.custom), or db:apply's pre-flight refuses the loss.",
                "This migration fails on the schema the migrations before it leave (replayed in memory), at statement %d:\n    %s\n  SQLite says: %s\n"
                        + "  db:apply would fail there too and change nothing. If a trigger names what the statement drops, drop or change that trigger"
                        + " in a custom migration before this one: mvn db:drop (this migration), mvn db:generate -Ddb.custom, then mvn db:generate again."));
    }

    /**
     * Whether the folder's migrations can have left a trigger or a view; most never made one, and their folder is not replayed.
     * The schema before the migration declares its views; a trigger, or a view it does not declare, comes from SQL: every file
     * of the journal is read for the words, the one db:apply runs as it is on disk, whoever wrote it. A checksum file in
     * meta/_sums cannot vouch that a generated file holds none (6e660395 skipped those files): the SQL may have been edited since
     * without db:repair (its checksum no longer matches; db:apply runs the edit all the same), or re-recorded by a db:repair from
     * before the {@link MigrationsFolder#EDITED} mark, whose checksum file matches and says nothing more. Reading them costs
     * about 25 ms in a fresh JVM for a 500-table first migration, and only where a plan drops tables, views or columns.
     */
    private static boolean mayHoldTriggersOrViews(MigrationsFolder folder, SchemaDef before) {
        if (!before.views().isEmpty()) return true;
        for (JournalEntry e : folder.readJournal().entries()) {
            try {
                if (mentionsTriggerOrView(Files.readString(folder.sqlFile(e.tag())))) return true;
            } catch (IOException | java.io.UncheckedIOException unreadable) {
                return true;   // the replay reads it again and says what is wrong
            }
        }
        return false;
    }

    /**
     * Whether the SQL holds the word TRIGGER, VIEW, FTS5 or FTS4, any case (a column named reviews or preview is no view). Read on every rebuild,
     * in a JVM that has compiled nothing yet: lower-casing once and String.indexOf take half the time a case-blind regex took (14
     * against 25-30 ms for 318 KB).
     */
    static boolean mentionsTriggerOrView(String sql) {
        String lower = sql.toLowerCase(Locale.ROOT);
        return hasWord(lower, "trigger") || hasWord(lower, "view") || hasWord(lower, "fts5") || hasWord(lower, "fts4");
    }

    private static boolean hasWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !isWordPart(text.charAt(at - 1))) && (end == text.length() || !isWordPart(text.charAt(end)))) return true;
        }
        return false;
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** As {@link #tried(Plan, SchemaDiff, MigrationsFolder)} for db:push, whose plan runs on {@code live} itself: the triggers it has. */
    public static Plan triedForPush(Plan plan, SchemaDiff diff, Database live, Set<String> historyTables) {
        return triedForPush(plan, diff, live, historyTables, false);
    }

    /**
     * As {@link #triedForPush(Plan, SchemaDiff, Database, Set)}; {@code viewsLeftOut}: the database has views the push left out
     * ({@code -Ddb.tablesFilter}, another system's), which the planner does not know: one reading a table the push rebuilds fails
     * the rebuild's rename ("error in view legacy_report: no such table: main.teams") unless taken around it, so the plan is tried
     * then too, on a copy holding them ({@code historyTables} the histories only).
     */
    public static Plan triedForPush(Plan plan, SchemaDiff diff, Database live, Set<String> historyTables, boolean viewsLeftOut) {
        if (!dropsTriggers(plan) || !viewsLeftOut && live.query("SELECT 1 FROM sqlite_master WHERE type = 'trigger'"
                + " OR type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%' LIMIT 1").isEmpty()) return plan;
        List<String> schema = SchemaStatements.of(live, historyTables);
        Before copied = () -> {
            SqliteDatabase db = SqliteDatabase.inMemory();
            try {
                db.runAtomically(schema, false);
            } catch (DatabaseException e) {
                db.close();
                throw new NotTried("Could not copy the schema of " + live.describe() + " to find the triggers of the tables this push rebuilds ("
                        + UnreadableViews.reason(e) + "); any trigger on them goes with them.");
            }
            return db;
        };
        return keepOn(copied, plan, diff, new Wording("this push", "a copy of the schema of " + live.describe(),
                "the push creates it again at its end, as " + live.describe() + " has it", "is not created again",
                "Create it for %s by hand after the push.", null));   // a push that fails says so itself
    }

    /**
     * Only DROP TABLE and DROP VIEW take triggers away (the planner writes a rebuild's as the first is, a view's as "DROP VIEW `v`;"),
     * and SQLite refuses a DROP COLUMN of a column most trigger bodies name (not one another table's UPDATE sets, which Pusher asks
     * TriggersAfter about): plans with none of these are not tried.
     */
    private static boolean dropsTriggers(Plan plan) {
        return !plan.rebuiltTables().isEmpty() || plan.statements().stream().anyMatch(s -> s.regionMatches(true, 0, "DROP VIEW", 0, 9)
                || s.regionMatches(true, 0, "ALTER TABLE", 0, 11) && s.contains(" DROP COLUMN "));
    }

    /** A fresh in-memory database with the schema before the plan, or {@link NotTried} with what to say. */
    private interface Before {
        SqliteDatabase open();
    }

    /** The schema before the plan could not be made: the warning that says so. */
    private static final class NotTried extends RuntimeException {
        NotTried(String warning) {
            super(warning, null, false, false);
        }
    }

    /**
     * What the warnings call the change and where it was tried, and say of a trigger kept or not (what to do with one not kept: %s
     * the new table, or the view), and of a change that fails there (null: nothing).
     */
    private record Wording(String change, String triedOn, String kept, String notKept, String ifBroken, String ifFails) {
    }

    /** More mends than any migration needs: each one moves one DROP TABLE or takes one view around the rebuild. */
    private static final int MAX_MOVES = 50;

    /**
     * The triggers the plan takes away from the schema before it, written again at its end where they still compile; a DROP TABLE
     * that fails on a trigger's table dropped before it moved below ({@link TriggerDropOrder}), the plan tried again.
     */
    private static Plan keepOn(Before before, Plan plan, SchemaDiff diff, Wording say) {
        Map<String, String> renamedViews = renamedViews(diff);
        Set<List<String>> tried = new HashSet<>();
        Plan unmoved = null;   // the plan before the first DROP TABLE moved, and what to say of its failure
        List<String> unmovedFailure = null;
        Set<String> aroundViews = new HashSet<>();   // undeclared views taken around a rebuild, created again at the end
        for (int moves = 0; ; moves++) {
            tried.add(plan.statements());
            try (SqliteDatabase db = before.open()) {
                if (moves == 0) plan = FtsRowids.kept(plan, db, diff);   // a full-text index reading a rebuilt table by rowid
                // Every table and view the trial has held, before the plan or made by it (a rename's new name): a missing table none
                // of them is was made outside the folder.
                Set<String> known = new HashSet<>();
                Map<String, String> renamedTables = new HashMap<>();   // renamed in place by the plan: case-folded old name to new
                Map<String, KeptTriggers.Trigger> taken;
                try {
                    taken = takenBy(plan.statements(), db, known, renamedTables);
                } catch (DatabaseException e) {
                    String reason = UnreadableViews.reason(e);
                    // A table the trial never held was made outside the folder (a view's `existing: true`, by hand): the database has it.
                    if (namesMissingTable(reason, known)) return plan;
                    String statement = plan.statements().get(e.statementIndex()).strip();
                    List<String> failure = say.ifFails() == null ? List.of() : List.of(say.ifFails().formatted(e.statementIndex() + 1, statement, reason));
                    Plan moved = moves >= MAX_MOVES ? null : TriggerDropOrder.moved(plan, e.statementIndex(), reason, say.triedOn());
                    if (moved != null && unmoved == null) {
                        unmoved = plan;
                        unmovedFailure = failure;
                    }
                    // Drops that each need the other (a trigger writing b on a's child, one writing a on b's): moving them again only
                    // brings back an order tried before. Said as the planner wrote it.
                    if (moved != null && tried.contains(moved.statements())) return with(unmoved, List.of(), unmovedFailure);
                    // The views as the statements before the failing one left them (a table renamed in place rewrote them), and those
                    // that cannot be read there for a table the trial held (not one made outside the folder).
                    if (moved == null && moves < MAX_MOVES) {
                        Map<String, String> unreadable = new LinkedHashMap<>(UnreadableViews.in(db));
                        unreadable.values().removeIf(why -> namesMissingTable(why, known) || UnreadableViews.missingTable(why) == null);
                        moved = ViewsAroundRebuild.around(plan, e.statementIndex(), reason, views(db), unreadable, aroundViews, say.change().equals("this push"));
                    }
                    if (moved != null) {
                        plan = moved;
                        continue;
                    }
                    return with(plan, List.of(), failure);
                }
                List<String> warnings = new ArrayList<>();
                if (say.ifFails() != null) warnings.addAll(brokenAround(db, aroundViews, known));
                KeptTriggers.Written kept = KeptTriggers.written(db, taken.values(), renamedViews, renamedTables, why -> namesMissingTable(why, known),
                        new KeptTriggers.Wording(say.change(), say.kept(), say.notKept(), say.ifBroken()));
                warnings.addAll(kept.warnings());
                List<String> statements = kept.statements().stream().map(PlanTrial::lfLineEnds).toList();
                plan = quietBeforeCuts(plan, taken.values());
                return statements.isEmpty() && warnings.isEmpty() ? plan : with(plan, statements, warnings);
            } catch (NotTried n) {
                return with(plan, List.of(), List.of(n.getMessage()));
            }
        }
    }

    /**
     * A view taken around the rebuild that cannot be read after the migration (it reads a column the rebuild drops): created again
     * as the migrations before left it, it fails every query, every later rename of a table, and db:apply's pre-flight.
     */
    private static List<String> brokenAround(SqliteDatabase db, Set<String> aroundViews, Set<String> known) {
        if (aroundViews.isEmpty()) return List.of();
        List<String> out = new ArrayList<>();
        UnreadableViews.in(db).forEach((view, why) -> {
            if (aroundViews.contains(view) && !namesMissingTable(why, known)) {
                out.add("View " + Quoting.doubleQuoted(view) + " is created again at the end of this migration but cannot be read there (" + why
                        + "): it reads what the migration drops, and db:apply's pre-flight refuses that. Drop or change the view in a custom migration"
                        + " before this one: mvn db:drop (this migration), mvn db:generate -Ddb.custom, then mvn db:generate again.");
            }
        });
        return out;
    }

    /** Views the diff renames (declared renamedFrom): case-folded old name to new name. */
    private static Map<String, String> renamedViews(SchemaDiff diff) {
        Set<String> dropped = new HashSet<>();
        for (Change c : diff.changes()) if (c instanceof Change.DropView d) dropped.add(SqliteNames.key(d.view().name()));
        Map<String, String> out = new HashMap<>();
        for (Change c : diff.changes()) {
            if (c instanceof Change.CreateView v && v.view().renamedFrom() != null && dropped.contains(SqliteNames.key(v.view().renamedFrom()))) {
                out.put(SqliteNames.key(v.view().renamedFrom()), v.view().name());
            }
        }
        return out;
    }


    /** Whether SQLite's reason names a missing table that {@code known} (what the trial held, case-folded) lacks too. */
    private static boolean namesMissingTable(String reason, Set<String> known) {
        String missing = UnreadableViews.missingTableIn(reason);
        return missing != null && !known.contains(SqliteNames.key(missing));
    }

    /**
     * Runs the statements one by one; the triggers they took away, by case-folded name, as last seen before they went. A
     * statement that fails throws SQLite's failure, its {@code statementIndex} the statement's.
     */
    private static Map<String, KeptTriggers.Trigger> takenBy(List<String> statements, SqliteDatabase db, Set<String> known, Map<String, String> renamed) {
        Catalog was = Catalog.of(db);
        known.addAll(was.tablesAndViews());
        Set<String> tables = was.tables();
        Map<String, KeptTriggers.Trigger> seen = was.triggers();
        Map<String, KeptTriggers.Trigger> taken = new LinkedHashMap<>();
        Set<String> standIns = new HashSet<>();
        for (int i = 0; i < statements.size(); i++) {
            String s = statements.get(i);
            for (int tries = 0; ; tries++) {
                try {
                    // Foreign keys stay on, as on D1 and in a local apply's transaction: a DROP TABLE then compiles its children's ON
                    // DELETE actions with their triggers, which fails where a trigger writes a table dropped before (README, Limits).
                    db.runAtomically(List.of(s), false);
                    break;
                } catch (DatabaseException e) {
                    if (tries >= MAX_STAND_IN_STEPS || !standIn(db, UnreadableViews.reason(e), known, standIns)) {
                        throw new DatabaseException(e.getMessage(), i, s, e.databaseMessage(), false, e);
                    }
                }
            }
            Catalog is = Catalog.of(db);
            known.addAll(is.tablesAndViews());
            Set<String> tablesNow = is.tables();
            if (s.regionMatches(true, 0, "ALTER TABLE", 0, 11)) {   // renamed in place: one name gone, one come
                Set<String> gone = new HashSet<>(tables);
                gone.removeAll(tablesNow);
                Set<String> come = new HashSet<>(tablesNow);
                come.removeAll(tables);
                if (gone.size() == 1 && come.size() == 1) renamed.put(SqliteNames.key(gone.iterator().next()), come.iterator().next());
            }
            tables = tablesNow;
            Map<String, KeptTriggers.Trigger> now = is.triggers();
            for (Map.Entry<String, KeptTriggers.Trigger> e : seen.entrySet()) if (!now.containsKey(e.getKey())) taken.putIfAbsent(e.getKey(), e.getValue());
            taken.keySet().removeAll(now.keySet());   // written again by the migration itself
            seen = now;
        }
        return taken;
    }

    /**
     * What the trial reads of {@code sqlite_master} after each statement, in one query (it was three): the case-folded names of
     * the tables and views, the tables' names as SQLite spells them, and the triggers by case-folded name in SQLite's order.
     */
    private record Catalog(Set<String> tablesAndViews, Set<String> tables, Map<String, KeptTriggers.Trigger> triggers) {
        static Catalog of(SqliteDatabase db) {
            Set<String> tablesAndViews = new HashSet<>();
            Set<String> tables = new HashSet<>();
            Map<String, KeptTriggers.Trigger> triggers = new LinkedHashMap<>();
            for (Map<String, Object> r : db.query("SELECT type, name, tbl_name, sql FROM main.sqlite_master WHERE type IN ('table', 'view', 'trigger')"
                    + " ORDER BY rowid")) {
                String type = String.valueOf(r.get("type"));
                String name = String.valueOf(r.get("name"));
                if (type.equals("trigger")) {
                    triggers.put(SqliteNames.key(name), new KeptTriggers.Trigger(name, String.valueOf(r.get("tbl_name")), String.valueOf(r.get("sql"))));
                    continue;
                }
                tablesAndViews.add(SqliteNames.key(name));
                if (type.equals("table")) tables.add(name);
            }
            return new Catalog(tablesAndViews, tables, triggers);
        }
    }

    /** More tables and columns than a trigger writing tables made by hand names. */
    private static final int MAX_STAND_IN_STEPS = 20;

    private static final java.util.regex.Pattern NO_SUCH_COLUMN_IN = java.util.regex.Pattern.compile("table (?:main\\.)?(\\S+) has no column named (\\S+)");

    /**
     * A trigger that writes a table the trial never held (made by hand on the database, not in the folder) fails the statement
     * that fires or compiles it (a child's DELETE, a parent's DROP TABLE), where the database has the table: an empty stand-in is
     * made in the trial, and given each column SQLite asks for. False when {@code reason} names no such table or column.
     */
    private static boolean standIn(SqliteDatabase db, String reason, Set<String> known, Set<String> standIns) {
        // Only SQLite's plain words, as a trigger's failure gives them: "error in view ..." is a view's, left to the caller.
        String table = UnreadableViews.missingTable(reason);
        java.util.regex.Matcher column = NO_SUCH_COLUMN_IN.matcher(reason);
        try {
            if (table != null && !known.contains(SqliteNames.key(table))) {
                db.runAtomically(List.of("CREATE TABLE main." + Quoting.doubleQuoted(table) + " (\"stand-in\")"), false);
                standIns.add(SqliteNames.key(table));
                return true;
            }
            if (column.matches() && standIns.contains(SqliteNames.key(column.group(1)))) {
                db.runAtomically(List.of("ALTER TABLE main." + Quoting.doubleQuoted(column.group(1)) + " ADD COLUMN " + Quoting.doubleQuoted(column.group(2))), false);
                return true;
            }
        } catch (DatabaseException e) {
            return false;
        }
        return false;
    }

    /** The views {@code db} holds, name to {@code CREATE VIEW} text, in the order SQLite holds them. */
    private static Map<String, String> views(SqliteDatabase db) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map<String, Object> r : db.query("SELECT name, sql FROM main.sqlite_master WHERE type = 'view' ORDER BY rowid")) {
            out.put(String.valueOf(r.get("name")), lfLineEnds(String.valueOf(r.get("sql"))));
        }
        return out;
    }

    /**
     * A trigger's or view's text as SQLite holds it, to be written again: CRLF where the migration that made it was checked out so
     * (git's core.autocrlf on Windows), in a file otherwise written with LF. git commits that file with LF and a checkout on Windows
     * gives it CRLF throughout, so the history's hash of the mixed text, recorded by db:apply there, matched no checkout of it
     * (db:status EDITED, db:apply refused, db:verify -Ddb.drift failed). Written with LF, as git keeps it. A CRLF inside a string
     * literal is data (what the trigger writes), not a line end: it is kept.
     */
    static String lfLineEnds(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        char quote = 0;   // the quote of the string or quoted name being read; 0: between tokens
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;   // a doubled quote ends and reopens: the same
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '[') {
                quote = ']';
            } else if (c == '-' && sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                int to = end < 0 ? sql.length() : end > i && sql.charAt(end - 1) == '\r' ? end - 1 : end;
                out.append(sql, i, to);   // a comment's text; its line end is taken below
                i = to - 1;
                continue;
            } else if (c == '/' && sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                int to = end < 0 ? sql.length() : end + 2;
                out.append(sql.substring(i, to).replace("\r\n", "\n"));
                i = to - 1;
                continue;
            } else if (c == '\r' && sql.startsWith("\r\n", i)) {
                continue;   // the LF after it is written
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * The triggers a rebuild takes away with its table, dropped by name before the UPDATE that cuts a reference of that table
     * (SweepReferences): they go with the DROP TABLE and are written again at the end anyway, and the UPDATE fired them (an
     * audit trigger logging a row per row "moved to 2-1" for a move nobody made, which db:apply's pre-flight refuses).
     */
    private static Plan quietBeforeCuts(Plan plan, java.util.Collection<KeptTriggers.Trigger> taken) {
        if (taken.isEmpty()) return plan;
        List<String> out = new ArrayList<>(plan.statements());
        boolean changed = false;
        for (KeptTriggers.Trigger t : taken) {
            int update = -1;
            int drop = -1;
            for (int i = 0; i < out.size(); i++) {
                List<dev.godwit.engine.sql.SqlLexer.Token> k = dev.godwit.engine.sql.SqlLexer.significant(out.get(i));
                if (k.size() < 3) continue;
                if (update < 0 && k.get(0).is("UPDATE") && k.get(1).isName() && SqliteNames.key(k.get(1).name()).equals(SqliteNames.key(t.table()))) update = i;
                if (k.get(0).is("DROP") && k.get(1).is("TABLE") && k.get(2).isName() && SqliteNames.key(k.get(2).name()).equals(SqliteNames.key(t.table()))) {
                    drop = i;
                    break;
                }
            }
            if (update < 0 || drop < update) continue;
            out.add(update, "DROP TRIGGER " + Quoting.doubleQuoted(t.name()) + ";");
            changed = true;
        }
        return changed ? plan.with(out, plan.warnings()) : plan;
    }

    private static Plan with(Plan plan, List<String> statements, List<String> warnings) {
        List<String> all = new ArrayList<>(plan.statements());
        all.addAll(statements);
        List<String> said = new ArrayList<>(plan.warnings());
        said.addAll(warnings);
        return plan.with(all, said);
    }
}
