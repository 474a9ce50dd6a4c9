package dev.godwit.engine.migrate;

import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.LostMergeEntry;
import dev.godwit.engine.folder.MigrationsFolder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The migrations whose journal entry a merge lost ({@link LostMergeEntry}), with the history row that records each as applied
 * on this database: the branch's own database ran it before the merge. drizzle's history keys that row on the checksum file's
 * {@code when}, wrangler's on the file name. Such a row read as "applied from another branch", whose way on was to remove it
 * with db:repair: then db:apply would run the migration a second time once db:rebase had moved it.
 */
public final class LostEntryRows {

    /** A lost entry: its tag, what to tell of it (its file, its checksum file, the way on), and its row here (null: none). */
    public record Lost(String tag, String told, AppliedMigration row) {
        /** How the row is named in messages: its file name (wrangler's history) or its created_at. */
        public String rowName() {
            return row.name() != null ? row.name() : "created_at " + row.createdAt();
        }
    }

    private LostEntryRows() {
    }

    /** Every lost entry of {@code folder}, each with the row of {@code rows} that records it, if any. */
    public static List<Lost> of(MigrationsFolder folder, List<AppliedMigration> rows) {
        return of(folder, folder.readJournal().entries(), rows);
    }

    /** As {@link #of(MigrationsFolder, List)}, with the journal's {@code entries} as the caller read them (db:status: once). */
    public static List<Lost> of(MigrationsFolder folder, List<JournalEntry> entries, List<AppliedMigration> rows) {
        List<Lost> out = new ArrayList<>();
        for (Path f : folder.sqlFilesWithoutJournalEntry(entries)) {
            JournalEntry lost = LostMergeEntry.recover(folder, entries, f);
            if (lost == null) continue;
            String file = f.getFileName().toString();
            AppliedMigration row = rows.stream().filter(r -> r.name() != null ? r.name().equals(file)
                    : r.createdAt() != null && r.createdAt() == lost.when()).findFirst().orElse(null);
            out.add(new Lost(lost.tag(), LostMergeEntry.describe(folder, entries, f), row));
        }
        return out;
    }

    /** The lost entry {@code row} records, or null. */
    public static Lost recording(List<Lost> lost, AppliedMigration row) {
        if (row == null) return null;
        for (Lost l : lost) if (row.equals(l.row())) return l;
        return null;
    }

    /**
     * Why a lost entry's row stays: db:repair's refusal and db:status's line end with it ({@code repair}: the db:repair command
     * for this database).
     */
    public static String keepTheRow(Lost lost, String repair) {
        return "The history row " + lost.rowName() + " records " + lost.tag() + " as applied here (this database ran it on its branch"
                + " before the merge): keep it. " + repair + " must not remove it, or db:apply would run " + lost.tag()
                + "'s SQL a second time once db:rebase has moved it after the other branch's migrations";
    }
}
