package dev.godwit.engine.folder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A migration db:generate wrote whose journal entry a merge lost: its {@code .sql} file and its checksum file (which records its
 * {@code when}) are there, the journal does not list it, and the journal lists another migration of the same number. That is
 * what git's conflict in {@code meta/_journal.json} leaves when it is resolved by taking one branch's side ({@code git checkout
 * --ours}, or an editor's "accept current"): the other branch's migration is in the folder and in no entry. Every goal called it
 * SQL {@code wrangler d1 migrations create} made, and db:rebase found "nothing to rebase", so it ran on no database built from
 * the folder while the schema code declared its changes.
 */
public final class LostMergeEntry {

    private LostMergeEntry() {
    }

    /** The entry {@code sqlFile} lost (idx -1: its place is the rebase's to give); null when it is no such migration. */
    public static JournalEntry recover(MigrationsFolder folder, Path sqlFile) {
        return recover(folder, folder.readJournal().entries(), sqlFile);
    }

    /** As {@link #recover(MigrationsFolder, Path)}, with the journal's {@code entries} as the caller read them. */
    public static JournalEntry recover(MigrationsFolder folder, List<JournalEntry> entries, Path sqlFile) {
        String tag = sqlFile.getFileName().toString().replaceFirst("\\.sql$", "");
        JournalEntry same = sameNumber(folder, entries, tag);
        Path sumFile = folder.sumFile(tag);
        if (same == null || !Files.exists(sumFile)) return null;
        Long when = null;
        for (String field : folder.sumFields(sumFile)) {
            if (field.startsWith("when=")) {
                try {
                    when = Long.parseLong(field.substring("when=".length()));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return when == null ? null : new JournalEntry(-1, same.version(), when, tag, true);
    }

    /** What to tell of {@code sqlFile}, a {@code .sql} file without a journal entry, when a merge lost its entry; null otherwise. */
    public static String describe(MigrationsFolder folder, Path sqlFile) {
        return describe(folder, folder.readJournal().entries(), sqlFile);
    }

    /** As {@link #describe(MigrationsFolder, Path)}, with the journal's {@code entries} as the caller read them. */
    public static String describe(MigrationsFolder folder, List<JournalEntry> entries, Path sqlFile) {
        JournalEntry lost = recover(folder, entries, sqlFile);
        if (lost == null) return null;
        JournalEntry same = sameNumber(folder, entries, lost.tag());
        Path snapshot = folder.snapshotFile(lost.tag());
        return folder.relative(sqlFile) + " is a migration db:generate wrote (" + folder.relative(folder.sumFile(lost.tag())) + " records"
                + " it), of the number of the journal's " + same.tag() + ", and " + folder.relative(folder.journalFile()) + " does not list"
                + " it: git's conflict in the journal was resolved by taking one branch's side, so the other branch's migration lost its"
                + " entry: drizzle's migrator would never run it, and wrangler's (every .sql file in name order) would run it beside "
                + same.tag() + ", though both were generated from the same snapshot. While the merge is not committed, put the conflict back"
                + " (git checkout -m -- " + folder.relative(folder.journalFile()) + " " + folder.relative(snapshot) + "), then run mvn"
                + " db:rebase, which moves one branch's migrations after the other's; after a commit, list it in the journal as its branch"
                + " has it (git log --all --oneline -- " + folder.relative(sqlFile) + " names that branch's commit), with "
                + folder.relative(snapshot) + " as git merge leaves it (both sides, between conflict markers), and run mvn db:rebase";
    }

    /** The journal's entry of another tag with {@code tag}'s number; null for none, or a tag without a number. */
    private static JournalEntry sameNumber(MigrationsFolder folder, List<JournalEntry> entries, String tag) {
        int us = tag.indexOf('_');
        if (us <= 0 || !tag.substring(0, us).chars().allMatch(Character::isDigit)) return null;
        String prefix = tag.substring(0, us + 1);
        for (JournalEntry e : entries) {
            // (an entry whose own file is gone is a rename of one migration, which FolderCheck names as such)
            if (e.tag().startsWith(prefix) && !e.tag().equals(tag) && Files.exists(folder.sqlFile(e.tag()))) return e;
        }
        return null;
    }
}
