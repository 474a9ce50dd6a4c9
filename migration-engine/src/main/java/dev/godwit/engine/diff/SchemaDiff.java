package dev.godwit.engine.diff;

import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SqliteNames;
import java.util.List;
import java.util.Map;

/**
 * The result of a diff: the typed changes, the old schema with the renames already applied (what
 * the planner copies rows from), and the renames for drizzle's snapshot {@code _meta}.
 */
public record SchemaDiff(List<Change> changes, SchemaDef before, SchemaDef renamedBefore, SchemaDef after,
                         Map<String, String> renamedTables, Map<String, String> renamedColumns) {

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The name {@code table} (named as after the diff) had before it: the old name where the diff renames it, else its own. */
    public String tableBefore(String table) {
        return renamedTables.entrySet().stream().filter(e -> SqliteNames.key(e.getValue()).equals(SqliteNames.key(table)))
                .map(Map.Entry::getKey).findFirst().orElse(table);
    }

    public List<Change> destructiveChanges() {
        return changes.stream().filter(Change::destructive).toList();
    }
}
