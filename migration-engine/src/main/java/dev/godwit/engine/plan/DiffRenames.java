package dev.godwit.engine.plan;

import dev.godwit.engine.diff.Change;
import dev.godwit.engine.diff.SchemaDiff;
import dev.godwit.schema.model.Affinity;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.SqliteNames;
import dev.godwit.schema.model.TableDef;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A migration's renames as the "kept from before" rules ({@link KeptChecks}, {@link KeptUniques}) follow them: each table's
 * column renames and its name before. Tables are named as after the migration; names compared by SQLite's keys.
 */
final class DiffRenames {

    private final SchemaDiff diff;
    private final Map<String, Map<String, String>> columns = new HashMap<>();   // table key (new name) -> old column key -> new key
    private final Map<String, Set<String>> targets = new HashMap<>();           // table key (new name) -> new column keys of renames

    DiffRenames(SchemaDiff diff) {
        this.diff = diff;
        for (Change c : diff.changes()) {
            if (c instanceof Change.RenameColumn r) {
                columns.computeIfAbsent(SqliteNames.key(r.table()), k -> new HashMap<>()).put(SqliteNames.key(r.from()), SqliteNames.key(r.to()));
                targets.computeIfAbsent(SqliteNames.key(r.table()), k -> new HashSet<>()).add(SqliteNames.key(r.to()));
            }
        }
    }

    /** The column renames of {@code table}: old column key to new key. */
    Map<String, String> columns(String table) {
        return columns.getOrDefault(SqliteNames.key(table), Map.of());
    }

    /** The keys renamed columns of {@code table} took. */
    Set<String> targets(String table) {
        return targets.getOrDefault(SqliteNames.key(table), Set.of());
    }

    /** The name {@code table} had before the migration (its own where it was not renamed). */
    String tableBefore(String table) {
        return diff.tableBefore(table);
    }

    /** The affinity of a column of {@code table} after the migration, by its key (as SQLite finds a column whatever the letter case); null for none. */
    Function<String, Affinity> affinityAfter(String table) {
        TableDef after = diff.after().table(table).orElse(null);
        return key -> after == null ? null
                : after.columnNamed(key).map(ColumnDef::affinity).orElse(null);
    }
}
