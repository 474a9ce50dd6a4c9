package dev.godwit.engine.migrate;

import dev.godwit.engine.EngineLog;
import java.util.ArrayList;
import java.util.List;

/**
 * db:apply's decision on a database's history before anything is applied: rows of migrations the folder lacks (another
 * branch's), applied migrations edited since, migrations moved under another "when", migrations skipped. One decision for
 * one database ({@link Migrator}) and for each database of a fleet, so the two cannot drift apart. It refuses by throwing a
 * {@link MigrationException} and warns through the log (a row written twice, what an -Ddb.ignore... lets through).
 */
public final class HistoryCheck {

    /**
     * How the database's messages name it in the commands of the way on.
     *
     * @param repair  the db:repair command for this database ({@code mvn db:repair}; in a fleet with its {@code -Ddb.d1.databaseId})
     * @param wayBack how this database goes back to before a migration (a restore command)
     */
    public record Place(String repair, String wayBack) {
    }

    private HistoryCheck() {
    }

    public static void check(List<MigrationState> states, HistoryTable history, ApplyOptions options, Place place, EngineLog log) {
        List<String> edited = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        boolean pending = states.stream().anyMatch(s -> s.state() == MigrationState.State.PENDING);
        for (MigrationState s : states) {
            if (s.state() == MigrationState.State.CHECKSUM_MISMATCH) edited.add(s.migration().file().getFileName().toString());
            if (s.state() == MigrationState.State.SKIPPED) skipped.add(s.migration().file().getFileName().toString());
            if (s.state() == MigrationState.State.MISSING_LOCALLY && Migrator.copied(states, s.applied()) != null) {
                // a row written twice records nothing the folder lacks: nothing to refuse
                log.warn(history.name() + " holds " + s.name() + ": the migration is recorded twice. " + place.repair() + " removes the copy.");
            } else if (s.state() == MigrationState.State.MISSING_LOCALLY) {
                missing.add(s.name());
            }
        }
        List<String> moved = Migrator.movedApplied(states, history);
        if (!missing.isEmpty() && pending && !options.ignoreMissing() && moved.isEmpty()) {
            // As Flyway's validate: pending migrations on top of one the folder does not have may repeat or undo what it did
            // (a branch's migration rebased into another with regenerated SQL, a dropped one).
            throw new MigrationException("The database records migration(s) the folder does not have: " + String.join(", ", missing)
                    + ". Applying the pending ones on top could repeat or undo what those did (a migration rebased with regenerated SQL by"
                    + " db:rebase, or dropped after it ran here). On a development database, go back to before it"
                    + " (" + place.wayBack() + ") or start it afresh; if those rows are from an abandoned branch, remove them with "
                    + place.repair() + "; if the folder's migrations were squashed (or, with wrangler's history, renamed), " + place.repair()
                    + " records the new ones the database already has (or renames the rows); to apply anyway, pass -Ddb.ignoreMissing."
                    + " Nothing was applied.");
        }
        for (String m : missing) log.warn("The database records a migration that is not in the folder: " + m + " (applied from another branch?)");
        if (!edited.isEmpty()) {
            String msg = "Applied migration(s) changed since they were applied: " + String.join(", ", edited)
                    + ". An applied migration must not be edited: restore the file from version control and put new changes in a new migration (mvn db:generate).";
            if (!options.ignoreChecksums()) {
                throw new MigrationException(msg + " If the edit is deliberate (a comment, a reviewed fix), record it with " + place.repair()
                        + "; to apply anyway this once, pass -Ddb.ignoreChecksums.");
            }
            log.warn(msg + " Continuing because of -Ddb.ignoreChecksums.");
        }
        if (!moved.isEmpty()) {
            throw new MigrationException("Migration(s) already applied under another \"when\" would run again (their \"when\" changed after they"
                    + " were applied: db:rebase, a merge, an edit of meta/_journal.json), and repeat what they did:\n  - " + String.join("\n  - ", moved)
                    + "\n  If it is the same migration, move its history row along (the statement above), then run db:apply again. If its SQL must"
                    + " really run twice, make it a new migration (mvn db:generate -Ddb.custom). Nothing was applied.");
        }
        if (!skipped.isEmpty()) {
            throw new MigrationException("Migration(s) " + String.join(", ", skipped) + " were never applied but are older than the last applied migration"
                    + ": this database ran newer ones first (another branch's, or ones db:rebase moved after them). drizzle-orm's migrator"
                    + " would skip them silently. On a development database, go back to before them (" + place.wayBack() + ") or"
                    + " start it afresh. Only if they exist on your branch alone and ran nowhere else, move their changes into a new"
                    + " migration (mvn db:drop them, then mvn db:generate); never remove migrations another database has. Nothing was applied.");
        }
    }
}
