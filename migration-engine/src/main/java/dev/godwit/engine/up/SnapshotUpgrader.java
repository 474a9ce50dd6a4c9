package dev.godwit.engine.up;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.godwit.engine.EngineLog;
import dev.godwit.engine.folder.AbsentFolder;
import dev.godwit.engine.folder.FolderEdit;
import dev.godwit.engine.folder.FolderLock;
import dev.godwit.engine.folder.InvalidJsonException;
import dev.godwit.engine.folder.JsonText;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.folder.SnapshotCodec;
import dev.godwit.engine.folder.SnapshotException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code db:up}, drizzle-kit's {@code up} for SQLite: rewrites every version 5 snapshot as version 6
 * exactly as drizzle-kit 0.31 does (its {@code sqliteSchemaV5} parse, then {@code updateUpToV6}):
 * keys in the schema's order, missing {@code uniqueConstraints}/{@code checkConstraints} added
 * empty, object and array column defaults turned into the SQL literal {@code '<json>'},
 * {@code "version": "6"} and an empty {@code "views"} at the end. A key version 5 does not have
 * is refused, naming file and key, as drizzle-kit refuses it. All files or none are written. A folder in drizzle-kit 1.0's layout
 * is converted to the journal layout instead ({@link DrizzleKit10Layout}).
 */
public final class SnapshotUpgrader {

    private static final List<String> ROOT = List.of("version", "dialect", "tables", "enums", "_meta", "id", "prevId");
    private static final List<String> TABLE = List.of("name", "columns", "indexes", "foreignKeys", "compositePrimaryKeys", "uniqueConstraints", "checkConstraints");
    private static final List<String> COLUMN = List.of("name", "type", "primaryKey", "notNull", "autoincrement", "default", "generated");
    private static final List<String> GENERATED = List.of("type", "as");
    private static final List<String> INDEX = List.of("name", "columns", "where", "isUnique");
    private static final List<String> FOREIGN_KEY = List.of("name", "tableFrom", "columnsFrom", "tableTo", "columnsTo", "onUpdate", "onDelete");
    private static final List<String> PRIMARY_KEY = List.of("columns", "name");
    private static final List<String> UNIQUE = List.of("name", "columns");
    private static final List<String> CHECK = List.of("name", "value");
    private static final List<String> META = List.of("tables", "columns");

    private final EngineLog log;

    public SnapshotUpgrader(EngineLog log) {
        this.log = log;
    }

    private java.time.Duration lockTimeout = FolderLock.DEFAULT_TIMEOUT;

    /** How long {@link #up} waits for another goal's lock on the folder ({@code -Ddb.lockTimeout}; zero: refuses at once). */
    public SnapshotUpgrader withLockTimeout(java.time.Duration timeout) {
        this.lockTimeout = timeout;
        return this;
    }

    /**
     * Upgrades the folder's version 5 snapshots; returns the files rewritten (empty when all are version 6). A folder in drizzle-kit
     * 1.0's layout is converted to the journal layout instead ({@link DrizzleKit10Layout}).
     */
    public List<Path> up(MigrationsFolder folder) {
        AbsentFolder.refuse(folder, "db:up");
        // held from reading the snapshots to writing them: a migration another goal writes meanwhile is upgraded too, not lost
        try (FolderLock held = FolderLock.take(folder, "db:up", lockTimeout, log::info)) {
            return upHeld(folder);
        }
    }

    private List<Path> upHeld(MigrationsFolder folder) {
        List<Path> drizzleKit10 = DrizzleKit10Layout.migrationFolders(folder);
        if (!drizzleKit10.isEmpty()) return DrizzleKit10Layout.convert(folder, drizzleKit10, log);
        folder.requireNoOldLayout();   // no snapshots in meta/ there: not "already version 6"
        FolderEdit edit = new FolderEdit(folder, "db:up");
        List<Path> upgraded = new ArrayList<>();
        for (Path f : folder.snapshotFiles()) {
            String name = folder.relative(f);
            JsonNode root;
            try {
                root = JsonText.parse(Files.readString(f, StandardCharsets.UTF_8));
            } catch (InvalidJsonException e) {
                throw SnapshotException.invalidJson(name, e, "; nothing was upgraded");
            } catch (IOException e) {
                throw new SnapshotException("cannot read " + name + ": " + e.getMessage(), e);
            }
            String version = root.path("version").asText("");
            if (version.equals("6")) continue;
            if (!version.equals("5")) {
                throw new SnapshotException(name + " has snapshot version \"" + version + "\"; db:up (like drizzle-kit up for SQLite) upgrades"
                        + " version 5 only." + SnapshotException.olderThanVersion5(version) + " Nothing was upgraded.");
            }
            ObjectNode v6 = upgrade(root, name);
            String text = JsonText.pretty(v6);
            try {
                SnapshotCodec.fromJson(JsonText.parse(text), name);
            } catch (InvalidJsonException e) {
                throw new IllegalStateException(e);
            }
            edit.write(f, text);
            upgraded.add(f);
        }
        if (upgraded.isEmpty()) {
            log.info("Every snapshot in " + folder.relative(folder.dir()) + " is already version 6; nothing to upgrade.");
            return List.of();
        }
        edit.commit();
        for (Path f : upgraded) log.info("  upgraded " + folder.relative(f) + " from version 5 to 6");
        log.info("Upgraded " + upgraded.size() + " snapshot(s). Commit them; db:generate and db:verify continue from here.");
        return upgraded;
    }

    /** drizzle-kit's {@code updateUpToV6(sqliteSchemaV5.parse(json))}. */
    static ObjectNode upgrade(JsonNode v5, String file) {
        ObjectNode parsed = pick(v5, ROOT, file, "the snapshot");
        ObjectNode tables = JsonText.object();
        for (Iterator<Map.Entry<String, JsonNode>> it = v5.path("tables").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String where = "table \"" + e.getKey() + "\"";
            ObjectNode t = pick(e.getValue(), TABLE, file, where);
            if (!t.has("uniqueConstraints")) t.set("uniqueConstraints", JsonText.object());
            if (!t.has("checkConstraints")) t.set("checkConstraints", JsonText.object());
            t.set("columns", eachOf(t.path("columns"), file, where + " column", c -> {
                ObjectNode col = pick(c.getValue(), COLUMN, file, where + " column \"" + c.getKey() + "\"");
                if (col.has("generated")) col.set("generated", pick(col.get("generated"), GENERATED, file, where + " column \"" + c.getKey() + "\" generated"));
                JsonNode d = col.get("default");
                if (d != null && (d.isObject() || d.isArray())) col.put("default", "'" + JsonText.compact(d) + "'");
                return col;
            }));
            t.set("indexes", eachOf(t.path("indexes"), file, where + " index", i -> pick(i.getValue(), INDEX, file, where + " index \"" + i.getKey() + "\"")));
            t.set("foreignKeys", eachOf(t.path("foreignKeys"), file, where + " foreign key",
                    i -> pick(i.getValue(), FOREIGN_KEY, file, where + " foreign key \"" + i.getKey() + "\"")));
            t.set("compositePrimaryKeys", eachOf(t.path("compositePrimaryKeys"), file, where + " primary key",
                    i -> pick(i.getValue(), PRIMARY_KEY, file, where + " primary key \"" + i.getKey() + "\"")));
            t.set("uniqueConstraints", eachOf(t.path("uniqueConstraints"), file, where + " unique constraint",
                    i -> pick(i.getValue(), UNIQUE, file, where + " unique constraint \"" + i.getKey() + "\"")));
            t.set("checkConstraints", eachOf(t.path("checkConstraints"), file, where + " check",
                    i -> pick(i.getValue(), CHECK, file, where + " check \"" + i.getKey() + "\"")));
            ObjectNode ordered = JsonText.object();
            for (String k : TABLE) if (t.has(k)) ordered.set(k, t.get(k));
            tables.set(e.getKey(), ordered);
        }
        parsed.put("version", "6");
        parsed.put("dialect", "sqlite");
        parsed.set("tables", tables);
        if (parsed.has("_meta")) parsed.set("_meta", strip(parsed.get("_meta"), META, file));
        parsed.set("views", JsonText.object());
        return parsed;
    }

    /** The keys of {@code node} in {@code order} (missing ones left out); any other key is refused, as zod's strict objects do. */
    private static ObjectNode pick(JsonNode node, List<String> order, String file, String where) {
        if (!node.isObject()) throw new SnapshotException(file + ": " + where + " is not an object; nothing was upgraded.");
        Set<String> known = Set.copyOf(order);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!known.contains(k)) {
                throw new SnapshotException(file + ": " + where + " has the key \"" + k + "\", which a version 5 snapshot does not have"
                        + " (drizzle-kit up refuses it too); nothing was upgraded.");
            }
        }
        ObjectNode out = JsonText.object();
        for (String k : order) if (node.has(k)) out.set(k, node.get(k).deepCopy());
        return out;
    }

    /** {@code _meta} is not a strict object in drizzle-kit's schema: other keys (version 5 has "schemas") are dropped. */
    private static ObjectNode strip(JsonNode node, List<String> order, String file) {
        if (!node.isObject()) throw new SnapshotException(file + ": _meta is not an object; nothing was upgraded.");
        ObjectNode out = JsonText.object();
        for (String k : order) if (node.has(k)) out.set(k, node.get(k).deepCopy());
        return out;
    }

    private interface Mapper {
        JsonNode map(Map.Entry<String, JsonNode> entry);
    }

    private static ObjectNode eachOf(JsonNode node, String file, String what, Mapper mapper) {
        ObjectNode out = JsonText.object();
        if (node.isMissingNode()) return out;
        if (!node.isObject()) throw new SnapshotException(file + ": the " + what + "s are not an object; nothing was upgraded.");
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.set(e.getKey(), mapper.map(e));
        }
        return out;
    }
}
