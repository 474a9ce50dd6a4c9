package dev.godwit.engine.rebase;

import dev.godwit.engine.diff.SchemaDiffer;
import dev.godwit.engine.folder.Snapshot;
import dev.godwit.engine.folder.SnapshotCodec;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.schema.model.CheckDef;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import dev.godwit.schema.model.ViewDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The tables and columns the target branch renamed after the branch point (a chain {@code a -> b -> c} counts as
 * {@code a -> c}), and a moved migration carried through them: its schemas rewritten to the new names, so an index the
 * merged branch put on {@code users(name)} lands on {@code users(full_name)} when the target renamed the column. Where the
 * two meanings collide (both branches renamed one thing, the migration drops what the target renamed, its SQL text names
 * an old name, a new name taken twice) it names the conflict instead of guessing.
 */
final class TargetRenames {

    /** A moved migration as if written after the target branch's renames. */
    record Carried(SchemaDef before, SchemaDef after, Map<String, String> renamedTables, Map<String, String> renamedColumns) {
    }

    /** Table name at the branch point -> its name now; renamed tables only. */
    private final Map<String, String> tables;
    /** Table name at the branch point -> (column name then -> column name now); renamed columns only. */
    private final Map<String, Map<String, String>> columns;

    private TargetRenames(Map<String, String> tables, Map<String, Map<String, String>> columns) {
        this.tables = tables;
        this.columns = columns;
    }

    /** The renames recorded by {@code steps}, the target branch's snapshots after {@code branchPoint}, in order. */
    static TargetRenames since(SchemaDef branchPoint, List<Snapshot> steps) {
        Map<String, String> tableNow = new LinkedHashMap<>();
        Map<String, Map<String, String>> columnNow = new LinkedHashMap<>();
        for (TableDef t : branchPoint.tables()) {
            tableNow.put(t.name(), t.name());
            Map<String, String> cols = new LinkedHashMap<>();
            for (String c : t.columnNames()) cols.put(c, c);
            columnNow.put(t.name(), cols);
        }
        for (Snapshot step : steps) {
            // Columns go first, under the table's name before the step; each step's renames apply at once (a swap a <-> b in one
            // migration is not a chain).
            for (var table : tableNow.entrySet()) {
                String before = table.getValue();
                String after = step.renamedTables().getOrDefault(before, before);
                Map<String, String> stepColumns = new LinkedHashMap<>();
                step.renamedColumns().forEach((from, to) -> {
                    String c = renamedColumnOf(step, before, from);
                    String d = SnapshotCodec.columnOf(after, to);
                    if (c != null && d != null) stepColumns.put(c, d);
                });
                columnNow.get(table.getKey()).replaceAll((then, now) -> stepColumns.getOrDefault(now, now));
            }
            tableNow.replaceAll((then, now) -> step.renamedTables().getOrDefault(now, now));
        }
        tableNow.entrySet().removeIf(e -> e.getKey().equals(e.getValue()));
        columnNow.values().forEach(m -> m.entrySet().removeIf(e -> e.getKey().equals(e.getValue())));
        columnNow.entrySet().removeIf(e -> e.getValue().isEmpty());
        return new TargetRenames(tableNow, columnNow);
    }

    /**
     * The moved migration's change ({@code before} to {@code moved}) carried through the target's renames; the conflicts found
     * are added to {@code conflicts} (the caller refuses if there are any).
     */
    Carried carry(SchemaDef before, Snapshot moved, String migration, List<String> conflicts) {
        SchemaDef after = moved.schema();
        if (tables.isEmpty() && columns.isEmpty()) return new Carried(before, after, moved.renamedTables(), moved.renamedColumns());
        Map<String, String> movedTables = moved.renamedTables();

        Map<String, String> tablesOut = new LinkedHashMap<>();
        movedTables.forEach((from, to) -> {
            String target = tables.get(from);
            if (target == null) tablesOut.put(from, to);
            else if (!target.equals(to)) {
                conflicts.add("table \"" + from + "\" is renamed to \"" + to + "\" by " + migration + " but to \"" + target + "\" by the target branch");
            }   // the same rename on both branches: nothing left to carry
        });
        Map<String, String> columnsOut = new LinkedHashMap<>();
        Set<String> columnsRenamedByMoved = new HashSet<>();
        moved.renamedColumns().forEach((from, to) -> {
            String oldTable = before.tableNames().stream().filter(t -> renamedColumnOf(moved, t, from) != null).findFirst().orElse(null);
            if (oldTable == null) return;
            String newTable = movedTables.getOrDefault(oldTable, oldTable);
            String c = renamedColumnOf(moved, oldTable, from);
            String d = SnapshotCodec.columnOf(newTable, to);
            columnsRenamedByMoved.add(oldTable + "\u0000" + c);
            String target = columns.getOrDefault(oldTable, Map.of()).get(c);
            String tableNow = movedTables.containsKey(oldTable) ? newTable : tables.getOrDefault(oldTable, oldTable);
            if (target == null) columnsOut.put(SnapshotCodec.quote(tableNow) + "." + SnapshotCodec.quote(c), SnapshotCodec.quote(tableNow) + "." + SnapshotCodec.quote(d));
            else if (!target.equals(d)) {
                conflicts.add("column \"" + oldTable + "\".\"" + c + "\" is renamed to \"" + d + "\" by " + migration + " but to \"" + target
                        + "\" by the target branch");
            }
        });
        dropsOfRenamed(before, after, movedTables, columnsRenamedByMoved, migration, conflicts);
        oldNamesInSql(before, after, movedTables, migration, conflicts);

        Map<String, Map<String, String>> columnsByNewName = new LinkedHashMap<>();
        columns.forEach((table, m) -> columnsByNewName.put(tables.getOrDefault(table, table), m));
        // a table the migration renamed keeps its new name, and the target's renames of its columns
        movedTables.forEach((from, to) -> {
            if (columns.containsKey(from) && !tables.containsKey(from)) columnsByNewName.put(to, columns.get(from));
        });
        SchemaDef carriedBefore = SchemaDiffer.applyRenames(before, tables, columnsByNewName);
        SchemaDef carriedAfter = SchemaDiffer.applyRenames(after, tables, columnsByNewName);
        namesTakenTwice(carriedAfter, migration, conflicts);
        return new Carried(carriedBefore, carriedAfter, tablesOut, columnsOut);
    }

    /** Dropping a table or column the target renamed: which one the code means after the merge is for a person to say. */
    private void dropsOfRenamed(SchemaDef before, SchemaDef after, Map<String, String> movedTables, Set<String> columnsRenamedByMoved,
                                String migration, List<String> conflicts) {
        for (TableDef t : before.tables()) {
            TableDef later = after.table(movedTables.getOrDefault(t.name(), t.name())).orElse(null);
            if (later == null) {
                if (tables.containsKey(t.name())) {
                    conflicts.add(migration + " drops table \"" + t.name() + "\", which the target branch renamed to \"" + tables.get(t.name()) + "\"");
                } else if (columns.containsKey(t.name())) {
                    conflicts.add(migration + " drops table \"" + t.name() + "\", whose columns the target branch renamed ("
                            + describe(columns.get(t.name())) + ")");
                }
                continue;
            }
            columns.getOrDefault(t.name(), Map.of()).forEach((then, now) -> {
                if (t.column(then).isPresent() && later.column(then).isEmpty() && !columnsRenamedByMoved.contains(t.name() + "\u0000" + then)) {
                    conflicts.add(migration + " drops column \"" + t.name() + "\".\"" + then + "\", which the target branch renamed to \"" + now + "\"");
                }
            });
        }
    }

    /**
     * SQL text the migration adds or changes (a check, an index's WHERE or expression, a generated column, a view) that names
     * an old name: rewriting SQL text is not safe to guess, so it is named.
     */
    private void oldNamesInSql(SchemaDef before, SchemaDef after, Map<String, String> movedTables, String migration, List<String> conflicts) {
        Map<String, String> reverse = new LinkedHashMap<>();
        movedTables.forEach((from, to) -> reverse.put(to, from));
        for (TableDef t : after.tables()) {
            String origin = reverse.getOrDefault(t.name(), t.name());
            // a check, index or generated column reads only its own table: its columns, and its own name if qualified
            Map<String, String> renamed = new LinkedHashMap<>(columns.getOrDefault(origin, Map.of()));
            if (tables.containsKey(origin)) renamed.put(origin, tables.get(origin));
            if (renamed.isEmpty()) continue;
            TableDef was = before.table(origin).orElse(null);
            for (CheckDef c : t.checks()) {
                boolean same = was != null && was.checks().contains(c);
                if (!same) nameInSql(c.expression(), renamed, "check \"" + c.name() + "\" of \"" + t.name() + "\"", migration, conflicts);
            }
            for (IndexDef i : t.indexes()) {
                if (was != null && was.indexes().contains(i)) continue;
                String what = "index \"" + i.name() + "\" of \"" + t.name() + "\"";
                if (i.where() != null) nameInSql(i.where(), renamed, what, migration, conflicts);
                for (IndexDef.Key k : i.keys()) if (k.expression()) nameInSql(k.text(), renamed, what, migration, conflicts);
            }
            for (ColumnDef c : t.columns()) {
                if (c.generated() == null || (was != null && was.column(c.name()).map(p -> Objects.equals(p.generated(), c.generated())).orElse(false))) continue;
                nameInSql(c.generated().as(), renamed, "generated column \"" + t.name() + "\".\"" + c.name() + "\"", migration, conflicts);
            }
        }
        // a view may read any table: a column's old name counts only beside its table's name, as in hand-written SQL
        for (ViewDef v : after.views()) {
            if (v.definition() == null || before.views().contains(v)) continue;
            for (Stale s : staleNames(v.definition())) {
                conflicts.add("view \"" + v.name() + "\" (from " + migration + ") names " + s.old() + " in its SQL, which the target branch renamed to \""
                        + s.now() + "\"");
            }
        }
    }

    private static void nameInSql(String sql, Map<String, String> renamed, String what, String migration, List<String> conflicts) {
        for (SqlLexer.Token token : SqlLexer.significant(sql)) {
            if (token.kind() != SqlLexer.Kind.WORD && token.kind() != SqlLexer.Kind.QUOTED) continue;
            for (var r : renamed.entrySet()) {
                if (!token.name().equalsIgnoreCase(r.getKey())) continue;
                conflicts.add(what + " (from " + migration + ") names \"" + r.getKey() + "\" in its SQL, which the target branch renamed to \""
                        + r.getValue() + "\"");
                return;
            }
        }
    }

    /**
     * The target's renames that hand-written SQL names (a table by its old name; a column by its old name beside its table's
     * name), each with its new name and the lines of {@code sql} that use the old one; empty when none.
     */
    List<Named> namedIn(String sql) {
        return staleNames(sql).stream().map(s -> new Named(s.old(), s.nowQualified(), lines(sql, s))).toList();
    }

    /** An old name ({@code "users"} or {@code "users"."name"}, quoted), its new one ({@code "people"."full_name"}), and where. */
    record Named(String old, String now, List<Integer> lines) {
    }

    /** An old name SQL text uses ({@code "users"} or {@code "users"."name"}, quoted) and the target's new name for it. */
    private record Stale(String table, String column, String tableNow, String now) {

        String old() {
            return column == null ? "\"" + table + "\"" : "\"" + table + "\".\"" + column + "\"";
        }

        String nowQualified() {
            return column == null ? "\"" + now + "\"" : "\"" + tableNow + "\".\"" + now + "\"";
        }
    }

    /** The target's renames that SQL text names: a table by its old name; a column by its old name beside its table's name. */
    private List<Stale> staleNames(String sql) {
        Set<String> words = new HashSet<>();
        for (SqlLexer.Token t : SqlLexer.significant(sql)) {
            if (isName(t)) words.add(t.name().toLowerCase(Locale.ROOT));
        }
        List<Stale> out = new ArrayList<>();
        tables.forEach((then, now) -> {
            if (words.contains(then.toLowerCase(Locale.ROOT))) out.add(new Stale(then, null, now, now));
        });
        columns.forEach((table, renamed) -> {
            String tableNow = tables.getOrDefault(table, table);
            if (!words.contains(table.toLowerCase(Locale.ROOT)) && !words.contains(tableNow.toLowerCase(Locale.ROOT))) return;
            renamed.forEach((then, now) -> {
                if (words.contains(then.toLowerCase(Locale.ROOT))) out.add(new Stale(table, then, tableNow, now));
            });
        });
        return out;
    }

    /**
     * The lines (1-based) that use {@code s}'s old name: a table's anywhere; a column's in the statements that name its table
     * (by either name), so a column of that name in another table's statement is not pointed at.
     */
    private static List<Integer> lines(String sql, Stale s) {
        java.util.TreeSet<Integer> lines = new java.util.TreeSet<>();
        List<SqlLexer.Token> statement = new ArrayList<>();
        List<SqlLexer.Token> tokens = new ArrayList<>(SqlLexer.significant(sql));
        tokens.add(new SqlLexer.Token(SqlLexer.Kind.PUNCT, ";", sql.length(), sql.length()));
        for (SqlLexer.Token t : tokens) {
            if (!t.isPunct(";")) {
                statement.add(t);
                continue;
            }
            boolean namesTable = s.column() == null || statement.stream().anyMatch(x -> isName(x)
                    && (x.name().equalsIgnoreCase(s.table()) || x.name().equalsIgnoreCase(s.tableNow())));
            String old = s.column() == null ? s.table() : s.column();
            for (SqlLexer.Token x : statement) {
                if (namesTable && isName(x) && x.name().equalsIgnoreCase(old)) lines.add(lineOf(sql, x.start()));
            }
            statement.clear();
        }
        return List.copyOf(lines);
    }

    private static boolean isName(SqlLexer.Token t) {
        return t.kind() == SqlLexer.Kind.WORD || t.kind() == SqlLexer.Kind.QUOTED;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    /** A new name the target gave by renaming and the migration gave to something it adds. */
    private static void namesTakenTwice(SchemaDef carried, String migration, List<String> conflicts) {
        Set<String> tableNames = new HashSet<>();
        for (TableDef t : carried.tables()) {
            if (!tableNames.add(t.name())) {
                conflicts.add("table \"" + t.name() + "\" would stand twice: the target branch renamed a table to it and " + migration + " adds one");
            }
            Set<String> columnNames = new HashSet<>();
            for (String c : t.columnNames()) {
                if (!columnNames.add(c)) {
                    conflicts.add("column \"" + t.name() + "\".\"" + c + "\" would stand twice: the target branch renamed a column to it and "
                            + migration + " adds one");
                }
            }
        }
    }

    private static String describe(Map<String, String> renames) {
        List<String> parts = new ArrayList<>();
        renames.forEach((from, to) -> parts.add("\"" + from + "\" to \"" + to + "\""));
        return String.join(", ", parts);
    }

    /** The column of a snapshot's rename key {@code "table"."column"} when the key is on {@code table}, else null. */
    /**
     * The old column of a {@code _meta} rename key of {@code step} for the table named {@code before} ahead of that step. drizzle-kit
     * (and Godwit now) names the table as it is after the step ("members"."email" when users became members); earlier Godwit
     * builds named it as it was ("users"."email"), read so only where no table of the step is renamed to that name.
     */
    static String renamedColumnOf(Snapshot step, String before, String key) {
        String c = SnapshotCodec.columnOf(step.renamedTables().getOrDefault(before, before), key);
        if (c != null || step.renamedTables().containsValue(before)) return c;
        return SnapshotCodec.columnOf(before, key);
    }

}
