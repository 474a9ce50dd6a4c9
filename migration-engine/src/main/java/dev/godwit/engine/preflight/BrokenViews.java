package dev.godwit.engine.preflight;

import dev.godwit.engine.db.UnreadableViews;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.engine.sql.StatementKind;
import dev.godwit.schema.model.SqliteNames;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Views that worked before the pending migrations and fail after them, and views they create that cannot be read. SQLite keeps
 * a view's text as written and checks it only when the view is read: a table it reads, dropped, or renamed with {@code PRAGMA
 * legacy_alter_table=ON} (which D1 allows, and which leaves views and triggers as they were), leaves the view naming a table
 * that is not there, and a {@code CREATE VIEW} naming a column the migration just renamed is made all the same; every query
 * on such a view fails from then on, while the migration itself succeeds.
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

    /** Every view of the copy, readable or not: a view not among them before the migrations is one they create. */
    static Set<String> all(Replica r) {
        Set<String> out = new LinkedHashSet<>();
        for (Map<String, Object> row : r.query("SELECT name FROM main.sqlite_master WHERE type = 'view'")) out.add(String.valueOf(row.get("name")));
        return out;
    }

    /**
     * After {@code migration} ran on the copy: each view of {@code before} that cannot be read now, and each view not in {@code
     * existed} or in {@code created} (the views the migrations so far, this one included, create) that reads a table or column
     * not there, is noted as broken by it (unless an earlier migration broke or made it so already), and one that reads again is
     * taken out, so a view is named with the migration that left it broken.
     */
    static void noteBrokenBy(Replica r, Set<String> before, Set<String> existed, Set<String> created, String migration, Map<String, String> brokenBy) {
        Map<String, String> unreadable = UnreadableViews.in(r);
        for (String v : all(r)) {
            if (counts(r, v, unreadable.get(v), before, existed, created)) brokenBy.putIfAbsent(v, migration);
            else brokenBy.remove(v);
        }
    }

    /**
     * One sentence per view still there that can no longer be queried (one of {@code before}) or never could (one the migrations
     * created over a table or column that is not there), with SQLite's reason and the migration that broke or made it ({@link
     * #noteBrokenBy}). A view of {@code before} that the migrations create again ({@code created}, by {@link #createdIn}) is named
     * as one they created: "a table it reads was dropped ... recreate the view" sent the user to do what the migration did.
     */
    static List<String> broken(Replica r, Set<String> before, Set<String> existed, Set<String> created, Map<String, String> brokenBy) {
        List<String> out = new ArrayList<>();
        UnreadableViews.in(r).forEach((v, why) -> {
            if (!counts(r, v, why, before, existed, created)) return;
            String by = brokenBy.get(v);
            // one the migrations created again (DROP VIEW, then CREATE VIEW) is their CREATE VIEW's doing, not a dropped table's
            if (before.contains(v) && !created.contains(SqliteNames.key(v))) {
                out.add("view \"" + v + "\" no longer works" + (by == null ? "" : " after " + by) + " (" + why + "): a table it reads was dropped,"
                        + " or renamed with PRAGMA legacy_alter_table=ON, which leaves views as they were. Recreate the view in the migration (DROP"
                        + " VIEW, then CREATE VIEW over the new name)");
            } else if (!before.contains(v) && existed.contains(v)) {
                // a hand-made database's view, broken already: the migration's CREATE VIEW makes it again as it was, still broken
                out.add("view \"" + v + "\", created again" + (by == null ? "" : " by " + by) + ", cannot be read (" + why + "): it could not be"
                        + " read before the pending migrations either, and the migration drops it and creates it still reading a table or column"
                        + " that is not there (SQLite checks a view's SELECT only when it is read, so CREATE VIEW succeeds and every query on the view"
                        + " fails). Fix the view's SELECT in the migration, or drop the view there if nothing reads it");
            } else {
                out.add("view \"" + v + "\", created" + (by == null ? "" : " by " + by) + ", cannot be read (" + why + "): it reads a table or"
                        + " column that is not there (SQLite checks a view's SELECT only when it is read, so CREATE VIEW succeeds and every query on"
                        + " the view fails; a column renamed earlier in the migration is read under its new name). Fix the view's SELECT in the migration");
            }
        });
        return out;
    }

    /**
     * The views {@code statements} create ({@code CREATE [TEMP] VIEW [IF NOT EXISTS] [schema.]name}), by {@link SqliteNames#key}.
     * {@code CREATE VIEW IF NOT EXISTS} counts only for a view dropped first ({@code DROP VIEW}, here or in an earlier migration of
     * the run, noted in {@code dropped}): over a view that is there it does nothing, and the view is still the one it was.
     */
    static Set<String> createdIn(List<String> statements, Set<String> dropped) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : statements) {
            // by the first keyword, not lexed whole: a data migration's INSERTs are most of the text
            String kind = StatementKind.firstKeyword(s);
            if (kind.equals("DROP")) dropped.addAll(LostTriggers.droppedByName(List.of(s), "VIEW"));
            if (!kind.equals("CREATE")) continue;
            for (String v : LostTriggers.createdViews(List.of(s))) {
                if (!ifNotExists(s) || dropped.contains(v)) out.add(v);
            }
        }
        return out;
    }

    private static boolean ifNotExists(String createView) {
        List<SqlLexer.Token> t = SqlLexer.significant(createView);
        for (int i = 0; i + 2 < t.size() && i < 6; i++) {
            if (t.get(i).is("IF") && t.get(i + 1).is("NOT") && t.get(i + 2).is("EXISTS")) return true;
        }
        return false;
    }

    /**
     * Whether view {@code v}, unreadable for {@code why} (null: it reads), is one to report: one of {@code before}, or one the
     * migrations created reading a table or column that is not there. Only what a migration can take away or misspell counts for
     * a new view: an application's own function is not there in the copy, nor a table-valued one this SQLite lacks (read as "no
     * such table"), nor, in a replica, what it is made without (wrangler's d1_migrations, D1's internals), and the database has
     * them. A view unreadable before the migrations counts only when they create it again ({@code created}): left alone it is not
     * theirs, but a CREATE VIEW that makes it again as broken is.
     */
    private static boolean counts(Replica r, String v, String why, Set<String> before, Set<String> existed, Set<String> created) {
        if (why == null) return false;
        if (before.contains(v)) return true;
        if (existed.contains(v) && !created.contains(SqliteNames.key(v))) return false;   // unreadable before, and left alone
        for (String lacked : r.leftOut()) if (StatementText.mentions(why, lacked)) return false;
        return UnreadableViews.lacksTableOrColumn(r, v, why);
    }
}
