package dev.godwit.engine.preflight;

import dev.godwit.engine.folder.Migration;
import dev.godwit.schema.model.SqliteNames;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Follows the tables that held rows through the pending migrations one at a time, through renames, and keeps those a migration
 * drops, with the rows they held. One migration at a time, because a table dropped by one and created again (empty) by a later
 * one is gone with its rows all the same, though a table of its name is there at the end.
 */
final class DroppedTables {

    private final Map<String, String> current = new LinkedHashMap<>();   // its name now -> its name before the migrations
    private final Map<String, Long> held = new LinkedHashMap<>();   // by its name before the migrations
    private final Map<String, Long> dropped = new LinkedHashMap<>();   // by its name when dropped

    DroppedTables(Map<String, Long> heldBefore) {
        heldBefore.forEach((table, rows) -> {
            if (rows > 0) {
                current.put(table, table);
                held.put(table, rows);
            }
        });
    }

    /** After {@code m} ran on {@code r}: the followed tables it dropped (not renamed) are noted, the renamed ones followed. */
    void after(Replica r, Migration m) {
        if (current.isEmpty()) return;
        List<String[]> renames = StatementText.tableRenames(m.statements());
        if (renames.isEmpty() && m.statements().stream().noneMatch(s -> dev.godwit.engine.sql.StatementKind.droppedTable(s) != null)) return;
        Set<String> now = new HashSet<>();
        for (Map<String, Object> row : r.query("SELECT name FROM main.sqlite_master WHERE type = 'table'")) now.add(SqliteNames.key(String.valueOf(row.get("name"))));
        Map<String, String> followed = new LinkedHashMap<>();
        List<StatementText.Mentions> said = null;   // the statements' words, cut once for all the tables asked about
        for (Iterator<Map.Entry<String, String>> it = current.entrySet().iterator(); it.hasNext();) {
            Map.Entry<String, String> e = it.next();
            String name = e.getKey();
            String after = StatementText.nameAfter(renames, name);
            if (!SqliteNames.key(after).equals(SqliteNames.key(name))) {
                // renamed first (a table created under its old name afterwards is another one): followed, or dropped under its new name
                if (!now.contains(SqliteNames.key(after)) && now.contains(SqliteNames.key(name))) continue;   // the old rebuild idiom: refilled
                it.remove();
                if (now.contains(SqliteNames.key(after))) followed.put(after, e.getValue());
                else dropped.put(after, held.get(e.getValue()));
                continue;
            }
            // kept (a rebuild puts it back under its name), unless dropped before anything read its rows and created again empty
            if (now.contains(SqliteNames.key(name))) {
                if (said == null) said = StatementText.said(m.statements());
                if (!StatementText.droppedForAnotherTable(m.statements(), said, name)) continue;
            }
            // renamed away by an earlier migration, its rows copied now into the table that took its name: followed there
            String takenBy = r.renamedAwayFrom(name);
            if (takenBy != null && now.contains(SqliteNames.key(takenBy)) && LossRules.readsInto(m.statements(), name, takenBy)) {
                it.remove();
                followed.put(takenBy, e.getValue());
                continue;
            }
            it.remove();
            dropped.put(name, held.get(e.getValue()));
        }
        current.putAll(followed);
    }

    /** The tables dropped, by their name when dropped, each with the rows it held before the migrations. */
    Map<String, Long> dropped() {
        return dropped;
    }
}
