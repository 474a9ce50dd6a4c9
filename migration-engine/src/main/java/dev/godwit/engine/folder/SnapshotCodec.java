package dev.godwit.engine.folder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.godwit.schema.model.CheckDef;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.DefaultValue;
import dev.godwit.schema.model.FkAction;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.Generated;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.PrimaryKeyDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import dev.godwit.schema.model.ViewDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Converts between the schema model and drizzle-kit's SQLite snapshot JSON (version 6), with
 * drizzle's key order, so the same schema gives the same file as drizzle-kit (ids aside). Reading
 * accepts drizzle-kit's generate and pull layouts, and version 5.
 */
public final class SnapshotCodec {

    private SnapshotCodec() {
    }

    /** The snapshot file's text: drizzle-kit's layout, two-space indented. */
    public static String render(Snapshot snapshot) {
        return JsonText.pretty(toJson(snapshot));
    }

    public static ObjectNode toJson(Snapshot snapshot) {
        ObjectNode root = JsonText.object();
        root.put("version", "6");
        root.put("dialect", "sqlite");
        root.put("id", snapshot.id());
        root.put("prevId", snapshot.prevId());
        ObjectNode tables = root.putObject("tables");
        ObjectNode internalIndexes = JsonText.object();
        for (TableDef t : snapshot.schema().tables()) tables.set(t.name(), table(t, internalIndexes));
        ObjectNode views = root.putObject("views");
        for (ViewDef v : snapshot.schema().views()) views.set(v.name(), view(v));
        root.putObject("enums");
        ObjectNode meta = root.putObject("_meta");
        meta.putObject("schemas");
        ObjectNode mt = meta.putObject("tables");
        snapshot.renamedTables().forEach((from, to) -> mt.put(quote(from), quote(to)));
        ObjectNode mc = meta.putObject("columns");
        snapshot.renamedColumns().forEach(mc::put);
        root.putObject("internal").set("indexes", internalIndexes);
        return root;
    }

    /** drizzle's quoted form of a table in {@code _meta}: {@code "users"}. */
    public static String quote(String name) {
        return "\"" + name + "\"";
    }

    /**
     * The column a {@code _meta.columns} key or value names ({@code "users"."email"}) if its table is {@code table}, else null.
     * drizzle-kit writes the names unescaped (a table {@code we"ird} gives {@code "we"ird"."email"}), so the pair is read by the
     * table it is expected to start with, never split at a quote.
     */
    public static String columnOf(String table, String key) {
        String prefix = quote(table) + ".";
        if (!key.startsWith(prefix)) return null;
        String c = key.substring(prefix.length());
        return c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"") ? c.substring(1, c.length() - 1) : null;
    }

    /**
     * The column of a {@code _meta.columns} key whose table is not known: earlier Godwit builds named it as it was before the
     * step's table renames. Split after the first {@code ".} (a quote in the table's name misleads it; try {@link #columnOf} first).
     */
    public static String columnOfAnyTable(String key) {
        int at = key.indexOf("\".");
        if (at < 0) return null;
        String c = key.substring(at + 2);
        return c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"") ? c.substring(1, c.length() - 1) : c;
    }

    private static ObjectNode table(TableDef t, ObjectNode internalIndexes) {
        ObjectNode n = JsonText.object();
        n.put("name", t.name());
        ObjectNode cols = n.putObject("columns");
        for (ColumnDef c : t.columns()) cols.set(c.name(), column(c));
        ObjectNode idx = n.putObject("indexes");
        for (IndexDef i : t.indexes()) {
            ObjectNode in = idx.putObject(i.name());
            in.put("name", i.name());
            ArrayNode ic = in.putArray("columns");
            i.columns().forEach(ic::add);
            in.put("isUnique", i.unique());
            if (i.where() != null) in.put("where", i.where());
            if (i.hasExpressions()) {
                ObjectNode exprs = internalIndexes.putObject(i.name()).putObject("columns");
                for (IndexDef.Key k : i.keys()) if (k.expression()) exprs.putObject(k.text()).put("isExpression", true);
            }
        }
        ObjectNode fks = n.putObject("foreignKeys");
        for (ForeignKeyDef fk : t.foreignKeys()) {
            ObjectNode f = fks.putObject(fk.name());
            f.put("name", fk.name());
            f.put("tableFrom", fk.table());
            f.put("tableTo", fk.refTable());
            ArrayNode from = f.putArray("columnsFrom");
            fk.columns().forEach(from::add);
            ArrayNode to = f.putArray("columnsTo");
            fk.refColumns().forEach(to::add);
            f.put("onDelete", fk.onDelete().sql());
            f.put("onUpdate", fk.onUpdate().sql());
        }
        ObjectNode pks = n.putObject("compositePrimaryKeys");
        if (t.primaryKey() != null) {
            ObjectNode pk = pks.putObject(t.primaryKey().name());
            ArrayNode pc = pk.putArray("columns");
            t.primaryKey().columns().forEach(pc::add);
            pk.put("name", t.primaryKey().name());
        }
        n.putObject("uniqueConstraints");
        ObjectNode checks = n.putObject("checkConstraints");
        for (CheckDef c : t.checks()) {
            ObjectNode cn = checks.putObject(c.name());
            cn.put("name", c.name());
            cn.put("value", c.expression());
        }
        return n;
    }

    private static ObjectNode column(ColumnDef c) {
        ObjectNode n = JsonText.object();
        n.put("name", c.name());
        n.put("type", c.type());
        n.put("primaryKey", c.primaryKey());
        n.put("notNull", c.notNull());
        n.put("autoincrement", c.autoincrement());
        if (c.generated() != null) {
            ObjectNode g = n.putObject("generated");
            g.put("as", c.generated().as());
            g.put("type", c.generated().type().key());
        }
        DefaultValue d = c.defaultValue();
        if (d != null) {
            switch (d.kind()) {
                case BOOLEAN -> n.put("default", Boolean.parseBoolean(d.sql()));
                case NUMBER -> n.set("default", numberNode(d.sql()));
                case SQL -> n.put("default", d.sql());
            }
        }
        return n;
    }

    private static JsonNode numberNode(String text) {
        try {
            return JsonText.parse(text);
        } catch (Exception e) {
            return com.fasterxml.jackson.databind.node.TextNode.valueOf(text);
        }
    }

    private static ObjectNode view(ViewDef v) {
        ObjectNode n = JsonText.object();
        n.putObject("columns");
        n.put("name", v.name());
        n.put("isExisting", v.existing());
        if (!v.existing() && v.definition() != null) n.put("definition", v.definition());
        return n;
    }

    // ---- reading ----

    /** Reads a snapshot; {@code file} only names it in errors. */
    public static Snapshot fromJson(JsonNode root, String file) {
        List<String> problems = new ArrayList<>();
        if (!root.isObject()) throw new SnapshotException(file + ": not a JSON object; is this a drizzle snapshot?");
        String version = root.path("version").asText("");
        if (version.equals("5")) {
            throw new SnapshotException(file + " is a version 5 snapshot, written by an older drizzle-kit: run mvn db:up once to upgrade the"
                    + " folder's snapshots to version 6 (what drizzle-kit up does), then commit them");
        }
        if (!version.equals("6")) {
            throw new SnapshotException(file + ": snapshot version \"" + version + "\" is not supported (Godwit reads drizzle-kit's SQLite snapshots, version 6;"
                    + " mvn db:up upgrades version 5)." + SnapshotException.olderThanVersion5(version));
        }
        String dialect = root.path("dialect").asText("");
        if (!dialect.equals("sqlite")) {
            throw new SnapshotException(file + ": dialect \"" + dialect + "\" is not sqlite; Godwit only handles SQLite and D1 snapshots");
        }
        String id = text(root, "id", file, problems);
        String prevId = text(root, "prevId", file, problems);
        Set<String> expressionKeys = new HashSet<>();
        JsonNode internal = root.path("internal").path("indexes");
        internal.fields().forEachRemaining(e -> e.getValue().path("columns").fields().forEachRemaining(c -> {
            if (c.getValue().path("isExpression").asBoolean(false)) expressionKeys.add(e.getKey() + "\u0000" + c.getKey());
        }));
        List<TableDef> tables = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("tables").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            tables.add(readTable(e.getKey(), e.getValue(), file, expressionKeys, problems));
        }
        List<ViewDef> views = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("views").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            boolean existing = v.path("isExisting").asBoolean(false);
            views.add(new ViewDef(v.path("name").asText(e.getKey()), v.hasNonNull("definition") ? v.get("definition").asText() : null, existing, null));
        }
        if (!problems.isEmpty()) throw new SnapshotException(file + ": " + String.join("; ", problems));
        Map<String, String> rt = new LinkedHashMap<>();
        root.path("_meta").path("tables").fields().forEachRemaining(e -> rt.put(unquote(e.getKey()), unquote(e.getValue().asText())));
        Map<String, String> rc = new LinkedHashMap<>();
        root.path("_meta").path("columns").fields().forEachRemaining(e -> rc.put(e.getKey(), e.getValue().asText()));
        return new Snapshot(id, prevId, new SchemaDef(tables, views), rt, rc);
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    private static String text(JsonNode n, String key, String file, List<String> problems) {
        JsonNode v = n.get(key);
        if (v == null || !v.isTextual()) {
            problems.add("\"" + key + "\" is missing or not a string");
            return "";
        }
        return v.asText();
    }

    private static TableDef readTable(String key, JsonNode t, String file, Set<String> expressionKeys, List<String> problems) {
        String name = t.path("name").asText(key);
        List<ColumnDef> cols = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = t.path("columns").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode c = e.getValue();
            String cname = c.path("name").asText(e.getKey());
            if (!c.path("type").isTextual()) {
                problems.add("column \"" + name + "\".\"" + cname + "\" has no type");
                continue;
            }
            DefaultValue d = null;
            JsonNode dn = c.get("default");
            if (dn != null && !dn.isNull()) {
                if (dn.isBoolean()) d = DefaultValue.bool(dn.booleanValue());
                else if (dn.isNumber()) d = new DefaultValue(DefaultValue.Kind.NUMBER, dn.isIntegralNumber() ? dn.bigIntegerValue().toString() : DefaultValue.formatNumber(dn.doubleValue()));
                else if (dn.isTextual()) d = DefaultValue.sql(dn.textValue());
                else d = DefaultValue.string(JsonText.compact(dn)); // drizzle v5 kept objects raw; v6 quotes them
            }
            Generated g = null;
            JsonNode gn = c.get("generated");
            if (gn != null && gn.isObject()) {
                String type = gn.path("type").asText("virtual").toUpperCase(Locale.ROOT);
                g = new Generated(gn.path("as").asText(), Generated.Type.valueOf(type.equals("STORED") ? "STORED" : "VIRTUAL"));
            }
            boolean primaryKey = c.path("primaryKey").asBoolean(false);
            // drizzle-kit's pull records `id` integer PRIMARY KEY, a rowid alias, which never holds NULL, as notNull false, where its
            // generate (and Godwit) record it true: read alike, or the next diff rebuilt the table to "set NOT NULL" on its key
            boolean notNull = c.path("notNull").asBoolean(false) || primaryKey && c.get("type").asText().equalsIgnoreCase("integer");
            cols.add(new ColumnDef(cname, c.get("type").asText(), primaryKey, notNull,
                    c.path("autoincrement").asBoolean(false), d, g, null, List.of(), null));
        }
        List<IndexDef> indexes = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = t.path("indexes").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode i = e.getValue();
            String iname = i.path("name").asText(e.getKey());
            List<IndexDef.Key> keys = new ArrayList<>();
            for (JsonNode k : i.path("columns")) keys.add(new IndexDef.Key(k.asText(), expressionKeys.contains(iname + "\u0000" + k.asText())));
            indexes.add(new IndexDef(iname, keys, i.path("isUnique").asBoolean(false), i.hasNonNull("where") ? i.get("where").asText() : null));
        }
        // drizzle never fills uniqueConstraints for SQLite, but other writers might: they are unique indexes here.
        for (Iterator<Map.Entry<String, JsonNode>> it = t.path("uniqueConstraints").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            List<String> uc = new ArrayList<>();
            e.getValue().path("columns").forEach(x -> uc.add(x.asText()));
            indexes.add(IndexDef.onColumns(e.getValue().path("name").asText(e.getKey()), uc, true, null));
        }
        List<ForeignKeyDef> fks = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = t.path("foreignKeys").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode f = e.getValue();
            List<String> from = new ArrayList<>();
            f.path("columnsFrom").forEach(x -> from.add(x.asText()));
            List<String> to = new ArrayList<>();
            f.path("columnsTo").forEach(x -> to.add(x.asText()));
            fks.add(new ForeignKeyDef(f.path("name").asText(e.getKey()), f.path("tableFrom").asText(name), from, f.path("tableTo").asText(),
                    to, action(f.path("onDelete").asText("no action")), action(f.path("onUpdate").asText("no action"))));
        }
        PrimaryKeyDef pk = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = t.path("compositePrimaryKeys").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            List<String> pc = new ArrayList<>();
            e.getValue().path("columns").forEach(x -> pc.add(x.asText()));
            pk = new PrimaryKeyDef(e.getValue().path("name").asText(e.getKey()), pc);
        }
        List<CheckDef> checks = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = t.path("checkConstraints").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            checks.add(new CheckDef(e.getValue().path("name").asText(e.getKey()), e.getValue().path("value").asText()));
        }
        return new TableDef(name, cols, pk, indexes, fks, checks, null);
    }

    private static FkAction action(String text) {
        FkAction a = FkAction.parse(text);
        return a == null ? FkAction.NO_ACTION : a;
    }
}
