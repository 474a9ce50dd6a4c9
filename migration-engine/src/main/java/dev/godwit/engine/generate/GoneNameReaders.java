package dev.godwit.engine.generate;

import dev.godwit.engine.diff.Change;
import dev.godwit.engine.diff.Change.DropColumn;
import dev.godwit.engine.diff.Change.DropTable;
import dev.godwit.engine.diff.Change.DropView;
import dev.godwit.engine.diff.Change.RenameColumn;
import dev.godwit.engine.diff.Change.RenameTable;
import dev.godwit.engine.diff.SchemaDiff;
import dev.godwit.engine.plan.UnsafeSqlException;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.engine.sql.SqlLexer.Kind;
import dev.godwit.engine.sql.SqlLexer.Token;
import dev.godwit.schema.model.CheckDef;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SqliteNames;
import dev.godwit.schema.model.TableDef;
import dev.godwit.schema.model.ViewDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Views, generated columns, checks and index expressions of the new schema that still read a table, view or column that the
 * change drops or renames away. Left alone, the migration applies (SQLite checks a view only when it is read, and ALTER TABLE
 * RENAME rewrites the database's copy but not the schema's) and leaves a view that fails on every query; worse, a name in double
 * quotes that no longer names anything is taken by SQLite as a string ({@code "b" + 1} is 1), so a generated column, a CHECK
 * or a view quietly computes from the text of the name. db:generate refuses such a schema before writing anything, db:push before changing the database.
 *
 * <p>Cheap first: only a fragment that mentions a gone name (a lexical test, no database) is suspect, and only a suspect is
 * probed, in a private in-memory SQLite database holding the new schema's tables (columns only) and views, with such names
 * quoted so that SQLite cannot take them for strings. A suspect that SQLite then reads is fine (the name stood for something
 * else, e.g. an alias or a column of another table of a join).
 */
public final class GoneNameReaders {

    private static final String RENAMES = " which this schema renames to ";

    private GoneNameReaders() {
    }

    /** Refuses the change when a reader of the new schema still reads a name it takes away. */
    public static void require(SchemaDiff diff) {
        List<String> problems = problems(diff);
        if (!problems.isEmpty()) throw new UnsafeSqlException(problems);
    }

    /** As {@link #require}, for db:push, which changes the database and writes no migration: its refusal says so. */
    public static void requireForPush(SchemaDiff diff) {
        List<String> problems = problems(diff);
        if (!problems.isEmpty()) throw new UnsafeSqlException("Cannot change the database to this schema", problems);
    }

    /** A reader: a view ({@code view} its name), or an expression of {@code table}; {@code sql} is what it reads with. */
    record Suspect(String what, String table, String view, String sql) {
    }

    static List<String> problems(SchemaDiff diff) {
        SchemaDef after = diff.after();
        Map<String, String> goneTables = goneTables(diff, after);   // key -> description
        Map<String, Map<String, String>> goneColumns = goneColumns(diff, after);   // table key -> column key -> description
        if (goneTables.isEmpty() && goneColumns.isEmpty()) return List.of();
        Map<String, String> anyGoneColumn = new LinkedHashMap<>();
        for (Map<String, String> m : goneColumns.values()) m.forEach(anyGoneColumn::putIfAbsent);
        List<Suspect> suspects = new ArrayList<>();
        Map<Suspect, List<String>> mentioned = new LinkedHashMap<>();
        for (ViewDef v : after.views()) {
            if (v.existing() || v.definition() == null) continue;
            List<String> m = mentions(v.definition(), goneTables, anyGoneColumn);
            if (!m.isEmpty()) add(suspects, mentioned, new Suspect("view \"" + v.name() + "\"", null, v.name(), v.definition()), m);
        }
        for (TableDef t : after.tables()) {
            // a fragment may name its table (drizzle writes checks as "users"."email"): a renamed one is gone too
            Map<String, String> gone = goneColumns.getOrDefault(SqliteNames.key(t.name()), Map.of());
            if (gone.isEmpty() && goneTables.isEmpty()) continue;
            String at = "table \"" + t.name() + "\"";
            for (ColumnDef c : t.columns()) {
                if (c.generated() == null) continue;
                List<String> m = mentions(c.generated().as(), goneTables, gone);
                if (!m.isEmpty()) add(suspects, mentioned, new Suspect("generated column \"" + t.name() + "\".\"" + c.name() + "\"", t.name(), null, c.generated().as()), m);
            }
            for (CheckDef ch : t.checks()) {
                List<String> m = mentions(ch.expression(), goneTables, gone);
                if (!m.isEmpty()) add(suspects, mentioned, new Suspect("check \"" + ch.name() + "\" of " + at, t.name(), null, ch.expression()), m);
            }
            for (IndexDef i : t.indexes()) {
                for (IndexDef.Key k : i.keys()) {
                    if (!k.expression()) continue;
                    List<String> m = mentions(k.text(), goneTables, gone);
                    if (!m.isEmpty()) add(suspects, mentioned, new Suspect("index \"" + i.name() + "\" of " + at, t.name(), null, k.text()), m);
                }
                if (i.where() != null) {
                    List<String> m = mentions(i.where(), goneTables, gone);
                    if (!m.isEmpty()) add(suspects, mentioned, new Suspect("the WHERE of index \"" + i.name() + "\" of " + at, t.name(), null, i.where()), m);
                }
            }
        }
        if (suspects.isEmpty()) return List.of();
        Map<String, String> gone = new HashMap<>(goneTables);
        gone.putAll(anyGoneColumn);
        Map<Suspect, String> failures = GoneNameProbe.failures(diff.before(), after, suspects, gone.keySet());
        List<String> out = new ArrayList<>();
        for (Map.Entry<Suspect, String> f : failures.entrySet()) {
            Suspect s = f.getKey();
            out.add(s.what() + " reads " + String.join(" and ", mentioned.get(s)) + " (SQLite: " + f.getValue() + ")"
                    + (s.view() == null ? ": SQLite would refuse it, or take a name in double quotes for a string and compute from its text"
                    : mentioned.get(s).stream().allMatch(d -> d.contains(RENAMES)) ? ": SQLite rewrites the view in the database on the rename,"
                    + " so the schema would no longer say what the database holds, and a view created from it would fail"
                    : ": from then on every query on the view would fail")
                    + ". Change or remove the " + (s.view() != null ? "view" : "expression") + " in the schema in the same change,"
                    + " or keep what it reads");
        }
        return out;
    }

    private static void add(List<Suspect> suspects, Map<Suspect, List<String>> mentioned, Suspect s, List<String> m) {
        suspects.add(s);
        mentioned.put(s, m);
    }

    /** Descriptions of the gone names that {@code sql} mentions as a name (bare or quoted, not in a string literal). */
    private static List<String> mentions(String sql, Map<String, String> tables, Map<String, String> columns) {
        List<String> out = new ArrayList<>();
        for (Token t : SqlLexer.significant(sql)) {
            if (t.kind() != Kind.WORD && t.kind() != Kind.QUOTED) continue;
            String k = SqliteNames.key(t.name());
            for (Map<String, String> m : List.of(tables, columns)) {
                String d = m.get(k);
                if (d != null && !out.contains(d)) out.add(d);
            }
        }
        return out;
    }

    private static Map<String, String> goneTables(SchemaDiff diff, SchemaDef after) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Change c : diff.changes()) {
            String name = null;
            String what = null;
            if (c instanceof DropTable d) {
                name = d.def().name();
                what = "table \"" + name + "\", which this schema drops";
            } else if (c instanceof RenameTable r) {
                name = r.from();
                what = "table \"" + name + "\"," + RENAMES + "\"" + r.to() + "\" (write the new name)";
            } else if (c instanceof DropView v && after.view(v.view().name()).isEmpty()) {
                name = v.view().name();
                String renamedTo = viewRenamedFrom(after, name);
                what = renamedTo == null ? "view \"" + name + "\", which this schema drops"
                        : "view \"" + name + "\"," + RENAMES + "\"" + renamedTo + "\" (write the new name)";
            }
            if (name == null || present(after, name)) continue;
            out.putIfAbsent(SqliteNames.key(name), what);
        }
        return out;
    }

    /** The view of {@code after} declared {@code renamedFrom} the gone view {@code name}, if any. */
    private static String viewRenamedFrom(SchemaDef after, String name) {
        for (ViewDef v : after.views()) {
            if (v.renamedFrom() != null && SqliteNames.key(v.renamedFrom()).equals(SqliteNames.key(name))) return v.name();
        }
        return null;
    }

    private static Map<String, Map<String, String>> goneColumns(SchemaDiff diff, SchemaDef after) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (Change c : diff.changes()) {
            String table;
            String column;
            String what;
            if (c instanceof DropColumn d) {
                table = d.table();
                column = d.column().name();
                what = "column \"" + table + "\".\"" + column + "\", which this schema drops";
            } else if (c instanceof RenameColumn r) {
                table = r.table();
                column = r.from();
                what = "column \"" + table + "\".\"" + column + "\"," + RENAMES + "\"" + r.to() + "\" (write the new name)";
            } else {
                continue;
            }
            TableDef t = after.table(table).orElse(null);
            if (t == null || t.columnNames().stream().anyMatch(n -> SqliteNames.key(n).equals(SqliteNames.key(column)))) continue;
            out.computeIfAbsent(SqliteNames.key(table), k -> new LinkedHashMap<>()).putIfAbsent(SqliteNames.key(column), what);
        }
        return out;
    }

    private static boolean present(SchemaDef s, String name) {
        return s.tableNamed(name).isPresent() || s.viewNamed(name).isPresent();
    }
}
