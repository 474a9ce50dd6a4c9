package dev.godwit.engine.diff;

import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.engine.sql.SqlLexer.Kind;
import dev.godwit.engine.sql.SqlLexer.Token;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SqliteNames;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names a rename gives up, or a dropped table leaves, that the new schema uses for something else: {@code amount ->
 * legacy_amount} with a new {@code amount} column, {@code orders -> orders_archive} with a new {@code orders} table, a
 * dropped {@code orders} with {@code orders_v2 -> orders}. SQLite's RENAME rewrites every
 * CHECK, index expression and WHERE, generated column and view to follow the renamed column or table, so one whose text
 * still says {@code amount} reads {@code legacy_amount} in the database while the schema means the new column. Such SQL
 * text counts as changed even when it reads the same, so it is written again.
 */
final class NamesTakenOver {
    private final Map<String, Set<String>> columnsByTable = new HashMap<>();   // table key (new name) -> column keys taken over
    private final Map<String, String> oldTableNames = new HashMap<>();         // table key (new name) -> its old name's key
    private final Set<String> tables = new HashSet<>();                         // old table keys now naming another table or view

    NamesTakenOver(SchemaDef after, Map<String, String> tableRenames, Map<String, Map<String, String>> columnRenames, List<String> droppedTables) {
        Set<String> namesAfter = new HashSet<>();
        after.tables().forEach(t -> namesAfter.add(SqliteNames.key(t.name())));
        after.views().forEach(v -> namesAfter.add(SqliteNames.key(v.name())));
        tableRenames.forEach((from, to) -> {
            oldTableNames.put(SqliteNames.key(to), SqliteNames.key(from));
            if (takenOver(from, to, namesAfter)) tables.add(SqliteNames.key(from));
        });
        // a table dropped while a renamed one takes its name: a view saying it must be out of the way of that RENAME
        // (SQLite checks every view then: "no such table") and read the renamed table afterwards
        for (String dropped : droppedTables) if (namesAfter.contains(SqliteNames.key(dropped))) tables.add(SqliteNames.key(dropped));
        columnRenames.forEach((table, renames) -> after.table(table).ifPresent(t -> {
            Set<String> columnsAfter = new HashSet<>();
            t.columnNames().forEach(c -> columnsAfter.add(SqliteNames.key(c)));
            renames.forEach((from, to) -> {
                if (takenOver(from, to, columnsAfter)) columnsByTable.computeIfAbsent(SqliteNames.key(table), k -> new HashSet<>()).add(SqliteNames.key(from));
            });
        }));
    }

    /** A case-only rename keeps its name (SQLite compares names without case); any other leaves it to whatever now has it. */
    private static boolean takenOver(String from, String to, Set<String> namesAfter) {
        return !SqliteNames.key(from).equals(SqliteNames.key(to)) && namesAfter.contains(SqliteNames.key(from));
    }

    /** Whether SQL of {@code table} (a CHECK, an index key or WHERE, a generated column) names one of its columns taken over. */
    boolean readByTable(String table, String sql) {
        Set<String> columns = columnsByTable.get(SqliteNames.key(table));
        return sql != null && columns != null && mentionsAny(sql, columns);
    }

    /** Whether a view's SQL names a table taken over, or a column taken over together with its table (old or new name). */
    boolean readByView(String sql) {
        if (sql == null) return false;
        if (mentionsAny(sql, tables)) return true;
        for (Map.Entry<String, Set<String>> e : columnsByTable.entrySet()) {
            Set<String> tableNames = new HashSet<>(Set.of(e.getKey()));
            if (oldTableNames.containsKey(e.getKey())) tableNames.add(oldTableNames.get(e.getKey()));
            if (mentionsAny(sql, tableNames) && mentionsAny(sql, e.getValue())) return true;
        }
        return false;
    }

    private static boolean mentionsAny(String sql, Set<String> keys) {
        if (keys.isEmpty()) return false;
        for (Token t : SqlLexer.significant(sql)) {
            if ((t.kind() == Kind.WORD || t.kind() == Kind.QUOTED) && keys.contains(SqliteNames.key(t.name()))) return true;
        }
        return false;
    }
}
