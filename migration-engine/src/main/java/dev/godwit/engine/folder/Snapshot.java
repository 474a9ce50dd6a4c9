package dev.godwit.engine.folder;

import dev.godwit.schema.model.SchemaDef;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A drizzle SQLite snapshot (version 6): the whole schema after one migration, with its id and the
 * id of the snapshot before it. {@code renamedTables}/{@code renamedColumns} are the renames made by
 * that migration only (drizzle's {@code _meta}), keyed old to new; columns as {@code table.column}
 * pairs in drizzle's quoted form ({@code "users"."email"}), the table named as it is after that migration on both sides
 * (drizzle-kit's form; earlier Godwit builds wrote the key with the table's old name, and readers take both).
 */
public record Snapshot(String id, String prevId, SchemaDef schema, Map<String, String> renamedTables,
                       Map<String, String> renamedColumns) {

    /** The parent id of a first snapshot. */
    public static final String ORIGIN = "00000000-0000-0000-0000-000000000000";

    public Snapshot {
        renamedTables = renamedTables == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(renamedTables));
        renamedColumns = renamedColumns == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(renamedColumns));
    }
}
