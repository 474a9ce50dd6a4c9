package dev.godwit.engine.preflight;

import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.migrate.StatementRules;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.engine.sql.StatementKind;
import dev.godwit.schema.model.SqliteNames;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Triggers a migration creates on a rebuild's new table ({@code CREATE TRIGGER posts_count AFTER INSERT ON __new_posts ...}) before
 * the copy that fills it ({@code INSERT INTO __new_posts SELECT ... FROM posts}): they fire once for every row copied, rows the
 * table held already, so a counter counts them again ({@code stats.n} went from 3 to 6) or an audit logs them as new. A trigger the
 * migration's own writes fire is meant to; one the copy fires is not, and a rebuild creates its triggers after the copy and the
 * rename. Read from the migration's statements, so the same reading serves real rows (measured, {@link DataCheck}) and a D1
 * replica's generated rows (said as a partial prediction, {@link #unseen}).
 */
final class CopyFiredTriggers {

    /** A copy (statement {@code copy}) into {@code target} firing {@code trigger}, whose body writes {@code writes} (keys as written). */
    record Fired(int copy, String target, String trigger, List<String> writes) {
    }

    private CopyFiredTriggers() {
    }

    /**
     * The copies of {@code statements} into a table a later statement renames ({@code ALTER TABLE __new_posts RENAME TO posts}) that
     * fire an INSERT trigger an earlier statement created on that table and whose body writes another table.
     */
    static List<Fired> in(List<String> statements) {
        List<Fired> out = new ArrayList<>();
        List<String[]> made = new ArrayList<>();   // {trigger, table (key), statement index} of each CREATE TRIGGER ... INSERT ON
        List<List<String>> writes = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            // until a CREATE TRIGGER, only a CREATE matters: the rest (a data migration's INSERTs) is not lexed for it
            if (made.isEmpty() && !StatementKind.firstKeyword(statements.get(i)).equals("CREATE")) continue;
            List<SqlLexer.Token> t = SqlLexer.significant(statements.get(i));
            if (t.isEmpty()) continue;
            String trigger = ExplicitWrites.triggerName(t) == null ? null : shownName(t);
            if (trigger != null) {
                String on = insertTriggerTable(t);
                Set<String> written = new LinkedHashSet<>();
                for (List<SqlLexer.Token> s : ExplicitWrites.triggerBody(t)) {
                    int at = WriteTarget.at(s, 0);
                    String w = at < 0 ? null : MovedRows.nameAt(s, at);
                    if (w != null && on != null && !w.equals(on)) written.add(s.get(WriteTarget.nameIndex(s, at)).name());
                }
                if (on != null && !written.isEmpty()) {
                    made.add(new String[] {trigger, on});
                    writes.add(List.copyOf(written));
                }
                continue;
            }
            if (made.isEmpty() || !(t.get(0).is("INSERT") || t.get(0).is("REPLACE"))) continue;
            String target = WriteTarget.name(t, 0);
            if (target == null || !readsATable(t) || !renamedLater(statements, i, target)) continue;
            for (int k = 0; k < made.size(); k++) {
                if (made.get(k)[1].equals(target) && !droppedBetween(statements, made.get(k)[0], i)) {
                    out.add(new Fired(i, target, made.get(k)[0], writes.get(k)));
                }
            }
        }
        return out;
    }

    /**
     * Whether the INSERT of {@code t} takes its rows from a SELECT reading a table (a copy), not from VALUES or a seed's SELECT of
     * values ({@code SELECT 99, 'seed'}): a new row the migration adds fires the trigger as it is meant to, as after the RENAME.
     */
    private static boolean readsATable(List<SqlLexer.Token> t) {
        WriteTarget.ColumnList list = WriteTarget.columnList(t, 0);
        if (list == null || list.end() >= t.size()) return false;
        if (t.get(list.end()).is("WITH")) return true;   // its common table expressions may read one: taken as a copy
        if (!t.get(list.end()).is("SELECT")) return false;
        int depth = 0;
        for (int k = list.end() + 1; k < t.size(); k++) {
            if (t.get(k).isPunct("(")) depth++;
            else if (t.get(k).isPunct(")")) depth--;
            else if (depth == 0 && t.get(k).is("FROM")) return true;
        }
        return false;
    }

    /** The trigger's name as written (unquoted) in a CREATE TRIGGER. */
    private static String shownName(List<SqlLexer.Token> t) {
        int at = t.get(1).is("TRIGGER") ? 2 : 3;
        if (t.size() > at + 3 && t.get(at).is("IF") && t.get(at + 1).is("NOT") && t.get(at + 2).is("EXISTS")) at += 3;
        return t.get(WriteTarget.nameIndex(t, at)).name();
    }

    /** The table (as {@link MovedRows#nameAt} keys it) of a {@code CREATE TRIGGER ... [BEFORE|AFTER] INSERT ON t}; null for another event. */
    private static String insertTriggerTable(List<SqlLexer.Token> t) {
        for (int k = 3; k + 2 < t.size(); k++) {
            if (t.get(k).is("BEGIN")) return null;
            if (t.get(k).is("UPDATE") || t.get(k).is("DELETE")) return null;
            if (t.get(k).is("INSERT") && t.get(k + 1).is("ON")) return MovedRows.nameAt(t, k + 2);
        }
        return null;
    }

    private static boolean renamedLater(List<String> statements, int i, String table) {
        return StatementText.tableRenames(statements.subList(i + 1, statements.size())).stream().anyMatch(r -> SqliteNames.key(r[0]).equals(table));
    }

    private static boolean droppedBetween(List<String> statements, String trigger, int copy) {
        String key = SqliteNames.key(trigger);
        return LostTriggers.droppedByName(statements.subList(0, copy)).stream().anyMatch(d -> SqliteNames.key(d).equals(key));
    }

    /** A table the triggers a copy fires write, its rows before the copy in {@code temp.snapshot}, and how many. */
    record Watch(String table, String snapshot, List<String> triggers, long before) {
    }

    /**
     * Before copy {@code i} runs: a snapshot of each table (still there) that the triggers it fires write, named {@code gw_copyfired_N}
     * after the ones in {@code snapshots}, which it adds to (the caller drops them). None where the copy fires none.
     */
    static List<Watch> watch(Replica r, List<Fired> fired, int i, List<String> snapshots) {
        java.util.Map<String, List<String>> byTable = new java.util.LinkedHashMap<>();
        java.util.Map<String, String> shown = new java.util.HashMap<>();
        for (Fired f : fired) {
            if (f.copy() != i) continue;
            for (String w : f.writes()) {
                shown.putIfAbsent(SqliteNames.key(w), w);
                byTable.computeIfAbsent(SqliteNames.key(w), k -> new ArrayList<>()).add(f.trigger());
            }
        }
        List<Watch> out = new ArrayList<>();
        for (java.util.Map.Entry<String, List<String>> e : byTable.entrySet()) {
            String table = shown.get(e.getKey());
            if (r.count("SELECT count(*) FROM main.sqlite_master WHERE type = 'table' AND name = " + Quoting.literal(table) + " COLLATE NOCASE") == 0) continue;
            String snap = "gw_copyfired_" + snapshots.size();
            snapshots.add(snap);
            r.exec("DROP TABLE IF EXISTS temp." + snap);
            r.exec("CREATE TEMP TABLE " + snap + " AS SELECT * FROM main." + Quoting.doubleQuoted(table));
            out.add(new Watch(table, snap, e.getValue(), r.count("SELECT count(*) FROM temp." + snap)));
        }
        return out;
    }

    /**
     * After the copy: what the triggers wrote to the watched table, the rows now there that were not (changed or added) or the
     * rows gone that were (changed or deleted), whichever are more; null where it is as it was.
     */
    static RowChange written(Replica r, Watch w, Migration m, int copy, List<String> statements) {
        String live = "main." + Quoting.doubleQuoted(w.table());
        long added = r.count("SELECT count(*) FROM (SELECT * FROM " + live + " EXCEPT SELECT * FROM temp." + w.snapshot() + ")");
        long gone = r.count("SELECT count(*) FROM (SELECT * FROM temp." + w.snapshot() + " EXCEPT SELECT * FROM " + live + ")");
        if (added == 0 && gone == 0) return null;
        return LossRules.change(RowChange.Kind.WRITTEN_BY_COPY_TRIGGER, w.table(), null, Math.max(added, gone), w.before(), m, copy, statements,
                w.triggers());
    }

    /**
     * On a D1 replica's generated rows: one line per trigger a copy fires, for the partial prediction. The generated rows of the
     * table it writes are not the database's (a counter's row, an audit's), and the comparison takes a trigger the migration creates
     * as written on purpose; the query counts the rows the copy inserts, each firing it once.
     */
    static List<String> unseen(Migration m) {
        List<String> out = new ArrayList<>();
        for (Fired f : in(m.statements())) {
            String copy = m.statements().get(f.copy());
            out.add(StatementRules.at(m, f.copy()) + ": " + StatementRules.shown(copy).lines().findFirst().orElse("")
                    + "\n    copies rows the table held already into " + Quoting.doubleQuoted(f.target()) + " and so fires trigger "
                    + Quoting.doubleQuoted(f.trigger()) + ", which the migration creates on it before the copy, once for each of them (writing "
                    + String.join(", ", f.writes().stream().map(Quoting::doubleQuoted).toList()) + "), so what it" + UnseenTriggerConditions.MARK
                    + " on the synthesised rows; create the trigger after the copy and the RENAME; what it fires for on the database: "
                    + countOf(copy));
        }
        return out;
    }

    /**
     * For db:verify, which has no database to count on: one sentence per trigger a copy of {@code m} ({@code file}: its path as
     * shown) fires, which db:apply's pre-flight refuses wherever the table holds rows.
     */
    static List<String> replayed(Migration m, String file) {
        List<String> out = new ArrayList<>();
        for (Fired f : in(m.statements())) {
            String copy = m.statements().get(f.copy());
            out.add(file + ", statement " + (f.copy() + 1) + ":\n    " + StatementRules.shown(copy) + "\n  copies rows the table held already into "
                    + Quoting.doubleQuoted(f.target()) + " and so fires trigger " + Quoting.doubleQuoted(f.trigger()) + ", which the migration creates"
                    + " on it before the copy, once for each of them (writing " + String.join(", ", f.writes().stream().map(Quoting::doubleQuoted).toList())
                    + "): on every database holding rows there it writes for rows that are not new (a counter counts them again, an audit logs them"
                    + " as added), and db:apply's pre-flight refuses it there. A rebuild creates the new table's triggers after the copy and the"
                    + " ALTER TABLE ... RENAME: move the CREATE TRIGGER to the end of the migration (on the table's final name)");
        }
        return out;
    }

    /** {@code SELECT count(*) FROM (<the copy's SELECT>)}: the rows the copy inserts. */
    static String countOf(String copy) {
        List<SqlLexer.Token> t = SqlLexer.significant(copy);
        for (SqlLexer.Token k : t) {
            if (k.is("SELECT")) {
                String select = copy.substring(k.start(), t.get(t.size() - 1).end()).strip();
                if (select.endsWith(";")) select = select.substring(0, select.length() - 1).strip();
                return "SELECT count(*) FROM (" + select + ")";
            }
        }
        return null;
    }
}
