package dev.godwit.engine.repair;

import dev.godwit.engine.db.Database;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.introspect.Introspector;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.verify.Verifier;
import dev.godwit.schema.model.SchemaDef;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;

/**
 * After a squash (the folder regenerated as fewer, new migrations) the database records migrations the folder no longer has,
 * and the new ones look pending though the database already has what they make. Removing the old rows alone would leave
 * db:apply to run them again and fail halfway ("table users already exists"). The pending migrations up to the one whose
 * snapshot the database's schema equals are what those rows became: they are recorded as applied instead, but not a data
 * migration after the last one that changes the schema (a seed has not run just because the schema is there).
 */
final class SquashedMigrations {

    private SquashedMigrations() {
    }

    /**
     * The first pending migrations, up to the last one whose snapshot equals the database's schema, when the database does not
     * simply stand at {@code lastApplied} (null: none applied); else none.
     */
    static List<Migration> alreadyThere(List<Migration> pending, Migration lastApplied, MigrationsFolder folder, Database db, Set<String> leftOut) {
        if (pending.isEmpty()) return List.of();
        // without snapshots (wrangler's own folder, a file from wrangler d1 migrations create) there is no evidence either way
        if (lastApplied != null && !Files.exists(folder.snapshotFile(lastApplied.tag()))) return List.of();
        SchemaDef live = Introspector.introspect(db, leftOut);
        SchemaDef atLastApplied = lastApplied == null ? SchemaDef.EMPTY : folder.readSnapshot(folder.snapshotFile(lastApplied.tag())).schema();
        if (Verifier.differences(live, atLastApplied).isEmpty()) return List.of();
        for (int k = pending.size() - 1; k >= 0; k--) {
            if (!Files.exists(folder.snapshotFile(pending.get(k).tag()))) continue;
            SchemaDef snapshot = folder.readSnapshot(folder.snapshotFile(pending.get(k).tag())).schema();
            if (!Verifier.differences(live, snapshot).isEmpty()) continue;
            // a migration that changes no schema (a data seed) after the last one that does: the schema cannot show it ran
            while (k >= 0 && !changesSchema(pending, k, atLastApplied, folder)) k--;
            return List.copyOf(pending.subList(0, k + 1));
        }
        return List.of();
    }

    /** Whether pending migration k changes the schema (the one before it: the previous pending one, else {@code start}). */
    private static boolean changesSchema(List<Migration> pending, int k, SchemaDef start, MigrationsFolder folder) {
        // a missing snapshot is no evidence against it: taken as a change, as before
        return RenamedFiles.changesSchema(folder, k == 0 ? null : pending.get(k - 1), start, pending.get(k), true);
    }
}
