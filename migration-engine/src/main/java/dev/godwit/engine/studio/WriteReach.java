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

    /**
     * A trigger: the write that fires it, the columns an UPDATE OF names (empty: any), the names its body says (as {@link
     * SqliteNames#key}, each once, in order: the tables it may write among them), and for an UPDATE trigger the columns its body
     * sets in its own table ({@link #setByUpdateTriggers}). Read with it, once for the schema as last read: not at each write or Undo.
     */
    private record Trigger(Write on, Set<String> columns, List<String> named, List<String> setsOwn) {
    }

    /**
     * The tables a {@code write} to {@code t} may reach, {@code t} itself only where a trigger or an action leads back to it;
     * {@code changed}: the columns an update sets (null: any), so an edit of a column no UPDATE OF trigger and no ON UPDATE action
     * watches reaches nothing (over D1 counting those tables would read every row of them, billed).
     */
    List<TableDef> from(TableDef t, Write write, Set<String> changed) {
        return walk(t, write, changed, new ArrayList<>());
    }

    /**
     * The tables the triggers a {@code write} to {@code t} fires may change (their bodies name them), those of the triggers its
     * cascades fire included: what a delete preview, which counts what foreign keys take, cannot count.
     */
    List<TableDef> byTriggers(TableDef t, Write write) {
        List<TableDef> out = new ArrayList<>();
        walk(t, write, null, out);
        return out;
    }

    /**
     * The columns of {@code t} that its own UPDATE triggers set in the row ({@code AFTER UPDATE ON t BEGIN UPDATE t SET updated_at =
     * …}): an edit changes them besides the column it writes, so they do not tell the row an edit was made on ({@link RowIdentity}).
     */
    Set<String> setByUpdateTriggers(TableDef t) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (Trigger tr : triggers().getOrDefault(SqliteNames.key(t.name()), List.of())) {
            for (String c : tr.setsOwn()) t.columnNamed(c).ifPresent(col -> out.add(col.name()));
        }
        return out;
    }

    private List<TableDef> walk(TableDef t, Write write, Set<String> changed, List<TableDef> viaTriggers) {
        Map<String, TableDef> byKey = new LinkedHashMap<>();
        for (TableDef x : schema.read(false).tables()) byKey.put(SqliteNames.key(x.name()), x);
        record Step(TableDef table, Write write, Set<String> columns) { }
        Set<String> done = new HashSet<>();
        Set<String> listed = new HashSet<>();
        List<TableDef> out = new ArrayList<>();
        Deque<Step> todo = new ArrayDeque<>(List.of(new Step(t, write, changed)));
        while (!todo.isEmpty()) {
            Step s = todo.pop();
            if (!done.add(SqliteNames.key(s.table().name()) + " " + s.write() + " " + s.columns())) continue;
            List<Step> next = new ArrayList<>();
            for (Trigger tr : triggers().getOrDefault(SqliteNames.key(s.table().name()), List.of())) {
                if (!s.write().fires(tr.on())) continue;
                if (tr.on() == Write.UPDATE && !tr.columns().isEmpty() && s.columns() != null && !meets(tr.columns(), s.columns())) continue;
                for (String n : tr.named()) {
                    TableDef reached = byKey.get(n);
                    if (reached != null) next.add(new Step(reached, Write.ANY, null));   // the body may insert, update or delete
                    if (reached != null && SqliteNames.find(viaTriggers, TableDef::name, reached.name()).isEmpty()) {
                        viaTriggers.add(reached);
                    }
                }
            }
            for (ForeignKeyDef f : schema.referencing(s.table())) {
                TableDef child = byKey.get(SqliteNames.key(f.table()));
                if (child == null) continue;
                if (s.write().fires(Write.DELETE) && f.onDelete() != FkAction.NO_ACTION && f.onDelete() != FkAction.RESTRICT) {
                    next.add(new Step(child, f.onDelete() == FkAction.CASCADE ? Write.DELETE : Write.UPDATE, Set.copyOf(f.columns())));
                }
                boolean keyChanged = s.columns() == null || meets(keys(schema.refColumns(f)), s.columns());
                if (s.write().fires(Write.UPDATE) && keyChanged && f.onUpdate() != FkAction.NO_ACTION && f.onUpdate() != FkAction.RESTRICT) {
                    next.add(new Step(child, Write.UPDATE, Set.copyOf(f.columns())));
                }
            }
            for (Step n : next) {
                if (listed.add(SqliteNames.key(n.table().name()))) out.add(n.table());
                todo.add(n);
            }
        }
        return out;
    }

    /** Column names as SQLite compares them (ASCII case folded). */
    static Set<String> keys(java.util.Collection<String> columns) {
        Set<String> out = new HashSet<>();
        columns.forEach(c -> out.add(SqliteNames.key(c)));
        return out;
    }

    private static boolean meets(Set<String> a, Set<String> b) {
        Set<String> x = keys(b);
        return keys(a).stream().anyMatch(x::contains);
    }

    /** The triggers as one JSON text, {@code [[table, sql], …]}: a scalar the table list reads beside its counts ({@link #known}). */
    static final String TRIGGERS = "(SELECT json_group_array(json_array(tbl_name, sql)) FROM sqlite_master WHERE type = 'trigger')";

    /**
     * The triggers as the table list read them beside its counts, just after reading the schema: the first write after it then
     * needs no query of its own (on D1 one call fewer).
     */
    void known(Object triggersJson) {
        if (!(triggersJson instanceof String json)) return;
        Map<String, List<Trigger>> out = new HashMap<>();
        try {
            for (com.fasterxml.jackson.databind.JsonNode r : new com.fasterxml.jackson.databind.ObjectMapper().readTree(json)) {
                if (r.get(0).isTextual() && r.get(1).isTextual()) add(out, r.get(0).asText(), r.get(1).asText());
            }
        } catch (java.io.IOException e) {
            return;   // asked again at the first write
        }
        triggers = out;
        triggersOf = schema.read(false);
    }

    /** Whether the triggers are still to be read for the schema as last read (a count can bring them: {@link #TRIGGERS}). */
    boolean needsTriggers() {
        return triggers == null || triggersOf != schema.read(false);
    }

    /** Each table's triggers, read once for the schema as last read (one query; on D1 one call). */
    private Map<String, List<Trigger>> triggers() {
        Object current = schema.read(false);
        if (triggers != null && triggersOf == current) return triggers;
        Map<String, List<Trigger>> out = new HashMap<>();
        for (Map<String, Object> r : db.query("SELECT tbl_name AS \"on\", sql AS \"sql\" FROM sqlite_master WHERE type = 'trigger'")) {
            if (r.get("sql") instanceof String sql && r.get("on") instanceof String on) add(out, on, sql);
        }
        triggers = out;
        triggersOf = current;
        return out;
    }

    /** Reads the trigger {@code sql} on table {@code on} into {@code triggers}: split into head and body once, each read once. */
    private static void add(Map<String, List<Trigger>> triggers, String on, String sql) {
        String body = SqlNames.body(sql);
        List<SqlNames.Name> head = SqlNames.names(sql.substring(0, sql.length() - body.length()));
        Write event = event(head);
        List<String> setsOwn = event == Write.UPDATE || event == Write.ANY ? List.copyOf(SqlNames.setColumns(body, on)) : List.of();
        List<String> named = SqlNames.identifiers(body).stream().map(SqliteNames::key).distinct().toList();
        triggers.computeIfAbsent(SqliteNames.key(on), k -> new ArrayList<>()).add(new Trigger(event, updateOf(head), named, setsOwn));
    }

    /** The write that fires a trigger, by its head (what comes before its body): its first INSERT, UPDATE or DELETE; any where none. */
    private static Write event(List<SqlNames.Name> head) {
        for (SqlNames.Name w : head) {
            if (w.quoted()) continue;
            switch (w.text().toUpperCase(java.util.Locale.ROOT)) {
                case "INSERT": return Write.INSERT;
                case "UPDATE": return Write.UPDATE;
                case "DELETE": return Write.DELETE;
                default: break;
            }
        }
        return Write.ANY;
    }

    /** The columns of a trigger's {@code UPDATE OF a, b}, by its head; empty where it names none (any update fires it). */
    private static Set<String> updateOf(List<SqlNames.Name> names) {
        for (int i = 0; i + 1 < names.size(); i++) {
            if (!names.get(i).is("UPDATE") || !names.get(i + 1).is("OF")) continue;
            Set<String> out = new HashSet<>();
            for (int j = i + 2; j < names.size() && !names.get(j).is("ON"); j++) out.add(names.get(j).text());
            return out;
        }
        return Set.of();
    }
}
