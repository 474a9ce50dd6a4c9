package dev.godwit.engine.migrate;

import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.MigrationsFolder;
import java.util.List;

/**
 * A pending migration whose snapshot does not follow the snapshot of the migration before it in the folder (its prevId): one was
 * taken out of the folder after the later ones were generated (by hand, not db:drop), or a merge brought a branch's migration
 * without db:rebase. On a database that never ran the lost one, a migration after the gap fails on what it made ("no such table:
 * t15"), and the failure said to fix that migration, though it is fine: the folder is what lacks one, as db:verify says. Read only
 * where a pending migration failed, so an apply that goes through reads no snapshot for it.
 */
final class ChainGap {

    private ChainGap() {
    }

    /** The first gap at or before {@code failed} among the pending migrations, said with the way on; null where there is none. */
    static String before(List<MigrationState> states, List<Migration> pending, String failedFileName) {
        Migration previous = null;
        for (MigrationState s : states) {
            Migration m = s.migration();
            if (m == null) continue;
            if (previous != null && pending.contains(m)) {
                String gap = gap(previous, m);
                if (gap != null) return gap;
            }
            if (m.fileName().equals(failedFileName)) return null;
            previous = m;
        }
        return null;
    }

    private static String gap(Migration before, Migration after) {
        MigrationsFolder folder = MigrationsFolder.holding(after);
        if (!Boolean.FALSE.equals(folder.snapshotsLinked(before.tag(), after.tag()))) return null;
        return folder.relative(folder.snapshotFile(after.tag())) + "'s prevId is not the id of " + folder.relative(folder.snapshotFile(before.tag()))
                + " (" + before.tag() + ", the migration before it in the folder): " + after.tag() + " was generated after a migration this"
                + " folder does not have, so it may fail on what that one made, and every database built from the folder lacks it; db:verify"
                + " fails on the folder for it. Most likely the migration was taken out of the folder by hand after it was generated: restore"
                + " it from version control (git log --diff-filter=D --oneline -- " + folder.relative(folder.dir()) + " names the commit that"
                + " deleted it). Where a merge brought " + after.tag() + " from a branch that generated it on another parent, run mvn db:rebase"
                + " instead.";
    }
}
