package dev.godwit.engine.studio;

import dev.godwit.engine.db.Database;
import dev.godwit.schema.model.FkAction;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.SqliteNames;
import dev.godwit.schema.model.TableDef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tables whose rows a write to one table may change besides its own: those its triggers name and its foreign keys' actions
 * reach (ON DELETE / ON UPDATE CASCADE, SET NULL, SET DEFAULT), followed on from each. After a row write only these are
 * counted again (on D1 each count reads the whole table, billed): counting every table after each insert read every row of
 * the database, and after an edit nothing was counted, so a trigger's rows in another table went unseen until a reload.
 * A trigger counts every table its body names, read ones too: more tables in the one count query, never one missed.
 */
final class WriteReach {

    private final Database db;
    private final StudioSchema schema;
    /** The triggers on each table, by {@link SqliteNames#key}; read at the first write after each schema read. */
    private Map<String, List<Trigger>> triggers;
    private Object triggersOf;

    WriteReach(Database db, StudioSchema schema) {
        this.db = db;
        this.schema = schema;
    }

    /** What a write does to a table's rows: the studio's own writes, and what a cascade or a trigger's body does. */
    enum Write {
        INSERT, UPDATE, DELETE, ANY;

        boolean fires(Write event) {
            return this == ANY || this == event;
        }
    }

    /** A trigger: the write that fires it and its body. */
    private record Trigger(Write on, String body) {
    }

    /** The tables a {@code write} to {@code t} may reach, {@code t} itself only where a trigger or an action leads back to it. */
    List<TableDef> from(TableDef t, Write write) {
        Map<String, TableDef> byKey = new LinkedHashMap<>();
        for (TableDef x : schema.read(false).tables()) byKey.put(SqliteNames.key(x.name()), x);
        record Step(TableDef table, Write write) { }
        Set<String> done = new HashSet<>();
        Set<String> listed = new HashSet<>();
        List<TableDef> out = new ArrayList<>();
        Deque<Step> todo = new ArrayDeque<>(List.of(new Step(t, write)));
        while (!todo.isEmpty()) {
            Step s = todo.pop();
            if (!done.add(SqliteNames.key(s.table().name()) + " " + s.write())) continue;
            List<Step> next = new ArrayList<>();
            for (Trigger tr : triggers().getOrDefault(SqliteNames.key(s.table().name()), List.of())) {
                if (!s.write().fires(tr.on())) continue;
                for (String n : SqlNames.identifiers(tr.body())) {
                    TableDef reached = byKey.get(SqliteNames.key(n));
                    if (reached != null) next.add(new Step(reached, Write.ANY));   // the body may insert, update or delete
                }
            }
            for (ForeignKeyDef f : schema.referencing(s.table())) {
                TableDef child = byKey.get(SqliteNames.key(f.table()));
                if (child == null) continue;
                if (s.write().fires(Write.DELETE) && f.onDelete() != FkAction.NO_ACTION && f.onDelete() != FkAction.RESTRICT) {
                    next.add(new Step(child, f.onDelete() == FkAction.CASCADE ? Write.DELETE : Write.UPDATE));
                }
                if (s.write().fires(Write.UPDATE) && f.onUpdate() != FkAction.NO_ACTION && f.onUpdate() != FkAction.RESTRICT) {
                    next.add(new Step(child, Write.UPDATE));
                }
            }
            for (Step n : next) {
                if (listed.add(SqliteNames.key(n.table().name()))) out.add(n.table());
                todo.add(n);
            }
        }
        return out;
    }

    /** Each table's triggers, read once for the schema as last read (one query; on D1 one call). */
    private Map<String, List<Trigger>> triggers() {
        Object current = schema.read(false);
        if (triggers != null && triggersOf == current) return triggers;
        Map<String, List<Trigger>> out = new HashMap<>();
        for (Map<String, Object> r : db.query("SELECT tbl_name AS \"on\", sql AS \"sql\" FROM sqlite_master WHERE type = 'trigger'")) {
            if (r.get("sql") instanceof String sql && r.get("on") instanceof String on) {
                out.computeIfAbsent(SqliteNames.key(on), k -> new ArrayList<>()).add(new Trigger(event(sql), SqlNames.body(sql)));
            }
        }
        triggers = out;
        triggersOf = current;
        return out;
    }

    /** The write that fires a trigger: the first INSERT, UPDATE or DELETE of its head; any where none is found. */
    private static Write event(String createTrigger) {
        String head = createTrigger.substring(0, createTrigger.length() - SqlNames.body(createTrigger).length());
        for (String w : SqlNames.words(head)) {
            switch (w.toUpperCase(java.util.Locale.ROOT)) {
                case "INSERT": return Write.INSERT;
                case "UPDATE": return Write.UPDATE;
                case "DELETE": return Write.DELETE;
                default: break;
            }
        }
        return Write.ANY;
    }
}
