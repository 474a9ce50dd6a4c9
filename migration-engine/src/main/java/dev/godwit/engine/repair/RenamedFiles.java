package dev.godwit.engine.repair;

import dev.godwit.engine.db.Database;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.folder.Tags;
import dev.godwit.engine.introspect.Introspector;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.MigrationState;
import dev.godwit.engine.verify.Verifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * wrangler's history keeps only file names, so a migration renamed after it ran ({@code 0001_posts.sql} to
 * {@code 0001_articles.sql}) looks missing under its old name and pending under its new one; removing the row would make
 * db:apply run it again. A row is taken for a renamed file when a pending migration has its number and the database has the
 * schema the history then stands for (the snapshot of the last migration counted as applied): without a checksum, that is
 * the evidence there is. db:repair renames such rows; db:drop counts such a migration as applied.
 */
public final class RenamedFiles {

    /**
     * The pairs taken (missing row's state -> the pending migration it was renamed to) and the snapshot the database matched;
     * or, when candidates were not taken, why not, and which rows that says it of (rows with no pending migration of their number
     * were never candidates: the reason was listed beside every removed row, "a pending migration has its number" where none had).
     */
    public record Found(Map<MigrationState, Migration> renamed, String matchedSnapshot, String notTaken, Set<MigrationState> candidates) {
        static final Found NONE = new Found(Map.of(), null, null, Set.of());

        /** Why {@code row} was not taken for a renamed file, or null when it was no candidate. */
        public String notTaken(MigrationState row) {
            return candidates.contains(row) ? notTaken : null;
        }
    }

    private RenamedFiles() {
    }

    public static Found find(List<MigrationState> states, MigrationsFolder folder, Database db, HistoryTable history) {
        return find(states, folder, db, history, Set.of(history.name()));
    }

    /** As above, the database's schema read without the tables {@code leftOut} (the history, those -Ddb.tablesFilter does not keep). */
    public static Found find(List<MigrationState> states, MigrationsFolder folder, Database db, HistoryTable history, Set<String> leftOut) {
        if (!(history instanceof HistoryTable.Wrangler)) return Found.NONE;
        Map<MigrationState, Migration> pairs = new LinkedHashMap<>();
        for (MigrationState row : states) {
            if (row.state() != MigrationState.State.MISSING_LOCALLY || row.applied().name() == null) continue;
            String number = Tags.number(row.applied().name());
            if (number == null) continue;
            if (renumbered(row, states) != null) continue;   // db:rebase moved it: its number now belongs to another migration
            List<Migration> sameNumber = states.stream().filter(s -> s.state() == MigrationState.State.PENDING)
                    .map(MigrationState::migration).filter(m -> number.equals(Tags.number(m.fileName())) && !pairs.containsValue(m)).toList();
            if (sameNumber.size() == 1) pairs.put(row, sameNumber.get(0));
        }
        if (pairs.isEmpty()) return Found.NONE;
        // What counts as applied after the renames must be the first migrations of the folder, none left out before the last:
        // a folder numbered otherwise (wrangler's from 0001, drizzle's from 0000) shares numbers, not migrations.
        Migration last = null;
        boolean gap = false;
        for (MigrationState s : states) {
            if (s.migration() == null) continue;
            boolean counted = s.state() == MigrationState.State.APPLIED || s.state() == MigrationState.State.CHECKSUM_MISMATCH
                    || pairs.containsValue(s.migration());
            if (counted && gap) return Found.NONE;
            if (counted) last = s.migration();
            else gap = true;
        }
        String snapshot = folder.relative(folder.snapshotFile(last.tag()));
        if (!java.nio.file.Files.exists(folder.snapshotFile(last.tag()))) {
            // wrangler's own folder has no snapshots: nothing shows the database has what the renamed file makes
            return new Found(Map.of(), null, "a pending migration has its number, but there is no " + snapshot + " to show that the database"
                    + " has its schema, so it is not taken for that migration renamed; if it is, rename the row in " + history.name() + " instead",
                    pairs.keySet());
        }
        List<String> differences = Verifier.differences(Introspector.introspect(db, leftOut),
                folder.readSnapshot(folder.snapshotFile(last.tag())).schema());
        if (!differences.isEmpty()) {
            return new Found(Map.of(), null, "a pending migration has its number, but the database's schema differs from " + snapshot + " ("
                    + differences.get(0) + (differences.size() > 1 ? ", …" : "") + "), so it is not taken for that migration renamed", pairs.keySet());
        }
        return new Found(pairs, snapshot, null, pairs.keySet());
    }

    /**
     * For a row the folder lacks, the one pending migration with its name under another number ({@code 0002_hotfix.sql}
     * recorded, {@code 0004_hotfix.sql} pending), or null. db:rebase renumbers the merged branch's migrations and keeps their
     * names, and wrangler's history keys rows by file name: a hotfix a release branch ran on production, moved after main's
     * migrations when the branch was merged back, looks missing there under its old name and pending under its new one. Its
     * number now belongs to one of main's migrations, so it is no candidate for a file renamed under the same number.
     */
    public static Migration renumbered(MigrationState row, List<MigrationState> states) {
        return dev.godwit.engine.migrate.Migrator.renumbered(row, states);
    }

    /**
     * Whether the schema can show that {@code m} ran: its snapshot differs from the one of the migration before it. A migration
     * that changes no schema (a data seed) leaves the database as it was, so a schema match says nothing about it.
     */
    public static boolean schemaShows(Migration m, List<MigrationState> states, MigrationsFolder folder) {
        Migration previous = null;
        for (MigrationState s : states) {
            if (s.migration() == null) continue;
            if (s.migration().equals(m)) break;
            previous = s.migration();
        }
        return changesSchema(folder, previous, dev.godwit.schema.model.SchemaDef.EMPTY, m, false);
    }

    /**
     * Whether {@code m}'s snapshot differs from {@code previous}'s ({@code start} when there is none before it); {@code unknown}
     * where a snapshot is missing (wrangler's own files have none).
     */
    static boolean changesSchema(MigrationsFolder folder, Migration previous, dev.godwit.schema.model.SchemaDef start, Migration m, boolean unknown) {
        java.nio.file.Path own = folder.snapshotFile(m.tag());
        java.nio.file.Path before = previous == null ? null : folder.snapshotFile(previous.tag());
        if (!java.nio.file.Files.exists(own) || before != null && !java.nio.file.Files.exists(before)) return unknown;
        dev.godwit.schema.model.SchemaDef was = before == null ? start : folder.readSnapshot(before).schema();
        return !Verifier.differences(was, folder.readSnapshot(own).schema()).isEmpty();
    }
}
