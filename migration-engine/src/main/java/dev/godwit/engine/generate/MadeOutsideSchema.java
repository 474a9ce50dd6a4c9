package dev.godwit.engine.generate;

import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.migrate.InMemoryReplay;
import dev.godwit.engine.migrate.StatementRules;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SqliteNames;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Whether the folder's migrations make a table or view of a name that the latest snapshot does not record: one a custom migration
 * creates (an FTS5 table, a table made by hand), which a view may read though the schema code does not declare it. The folder is
 * replayed in memory on the first question only (most runs ask none); a folder that does not replay, or holds a statement db:apply
 * refuses (an ATTACH would reach real files from the replay), makes nothing here.
 */
final class MadeOutsideSchema implements Predicate<String> {

    private final MigrationsFolder folder;
    private final SchemaDef recorded;
    private Set<String> made;

    /** @param recorded the latest snapshot's schema: what it records is the schema code's, which this migration may drop */
    MadeOutsideSchema(MigrationsFolder folder, SchemaDef recorded) {
        this.folder = folder;
        this.recorded = recorded;
    }

    @Override
    public boolean test(String name) {
        if (recorded.tableNamed(name).isPresent() || recorded.viewNamed(name).isPresent()) return false;
        if (made == null) made = replayed();
        return made.contains(SqliteNames.key(name));
    }

    /** The names ({@link SqliteNames#key}) of the tables and views the folder's migrations make. */
    private Set<String> replayed() {
        Set<String> names = new HashSet<>();
        try {
            List<Migration> migrations = folder.migrations();
            for (Migration m : migrations) {
                for (int i = 0; i < m.statements().size(); i++) if (StatementRules.problem(m, i) != null) return names;
            }
            try (SqliteDatabase db = InMemoryReplay.of(migrations)) {
                for (Map<String, Object> row : db.query("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")) {
                    names.add(SqliteNames.key(String.valueOf(row.get("name"))));
                }
            }
        } catch (RuntimeException doesNotReplay) {
            // db:verify's replay says why; the warning stays
        }
        return names;
    }
}
