package dev.godwit.engine.generate;

import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.migrate.InMemoryReplay;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SqliteNames;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The table or view of a name that the folder's migrations make and the latest snapshot does not record: one a custom migration
 * creates (an FTS5 table, a table made by hand), which a view may read though the schema code does not declare it; given as the
 * CREATE statement the migrations leave it with, so the view can be read over it. The folder is replayed in memory on the first
 * question only (most runs ask none); a folder that does not replay, or holds a statement db:apply refuses (an ATTACH would reach
 * real files from the replay), makes nothing here.
 */
final class MadeOutsideSchema implements Function<String, String> {

    private final MigrationsFolder folder;
    private final SchemaDef recorded;
    private Map<String, String> made;

    /** @param recorded the latest snapshot's schema: what it records is the schema code's, which this migration may drop */
    MadeOutsideSchema(MigrationsFolder folder, SchemaDef recorded) {
        this.folder = folder;
        this.recorded = recorded;
    }

    /** The CREATE statement of {@code name} as the migrations make it; null where they do not, or the snapshot records it. */
    @Override
    public String apply(String name) {
        if (recorded.tableNamed(name).isPresent() || recorded.viewNamed(name).isPresent()) return null;
        if (made == null) made = replayed();
        return made.get(SqliteNames.key(name));
    }

    /** The CREATE statements of the tables and views the folder's migrations make, by {@link SqliteNames#key}. */
    private Map<String, String> replayed() {
        Map<String, String> statements = new HashMap<>();
        try {
            List<Migration> migrations = folder.migrations();
            if (SchemaChangingCustom.anyRefused(migrations)) return statements;
            try (SqliteDatabase db = InMemoryReplay.of(migrations)) {
                for (Map<String, Object> row : db.query("SELECT name, sql FROM sqlite_master WHERE type IN ('table', 'view') AND sql IS NOT NULL")) {
                    statements.put(SqliteNames.key(String.valueOf(row.get("name"))), String.valueOf(row.get("sql")));
                }
            }
        } catch (RuntimeException doesNotReplay) {
            // db:verify's replay says why; the warning stays
        }
        return statements;
    }
}
