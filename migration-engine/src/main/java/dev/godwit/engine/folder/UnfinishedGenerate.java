package dev.godwit.engine.folder;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A migration db:generate wrote without its journal entry, which it writes last: the SQL file, its snapshot and its checksum
 * file are there, after the journal's last migration and chained to it, and the journal does not list it. That is a
 * db:generate stopped before it finished (Ctrl-C, a killed build, a machine that went down), not a merge that lost the
 * entry (a merge's migration shares its number or its parent with one of the journal's) nor a file made by hand (no
 * checksum file). Every goal refused such a folder with words for those (a merge's {@code git checkout -m} and db:rebase,
 * which found nothing to rebase; wrangler's {@code migrations create}), so the user went round in a circle.
 */
public final class UnfinishedGenerate {

    private UnfinishedGenerate() {
    }

    /**
     * What to tell of {@code sqlFile}, a {@code .sql} file without a journal entry, when it is such a migration; null when it
     * is not.
     */
    public static String describe(MigrationsFolder folder, Path sqlFile) {
        String tag = sqlFile.getFileName().toString().replaceFirst("\\.sql$", "");
        BigInteger number = number(tag);
        Path sumFile = folder.sumFile(tag);
        Path snapshotFile = folder.snapshotFile(tag);
        if (number == null || !Files.exists(sumFile) || !Files.exists(snapshotFile)) return null;
        String[] fields = folder.sumFields(sumFile);
        Long when = whenOf(fields);
        if (when == null) return null;
        List<JournalEntry> entries = folder.readJournal().entries();
        JournalEntry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
        String parentId = Snapshot.ORIGIN;
        if (last != null) {
            BigInteger lastNumber = number(last.tag());
            if (lastNumber == null || number.compareTo(lastNumber) <= 0 || when <= last.when()) return null;
            Path lastSnapshot = folder.snapshotFile(last.tag());
            if (!Files.exists(lastSnapshot)) return null;
            try {
                parentId = folder.readSnapshotLink(lastSnapshot).id();
            } catch (SnapshotException e) {
                return null;
            }
        }
        try {
            if (!parentId.equals(folder.readSnapshotLink(snapshotFile).prevId())) return null;
        } catch (SnapshotException e) {
            return null;
        }
        String version = last == null ? "6" : last.version();
        String entry = "{\"idx\": " + entries.size() + ", \"version\": \"" + version + "\", \"when\": " + when + ", \"tag\": \"" + tag
                + "\", \"breakpoints\": true}";
        return folder.relative(sqlFile) + " is a migration db:generate wrote (" + folder.relative(sumFile) + " records it) after "
                + (last == null ? "an empty journal" : "the journal's last migration, " + last.tag()) + ", but "
                + folder.relative(folder.journalFile()) + " does not list it: db:generate writes the journal last, so most likely it"
                + " was stopped before it finished (Ctrl-C, a killed build), or the entry was taken out of the journal since. Keep it by"
                + " adding its entry at the end of \"entries\" in " + folder.relative(folder.journalFile()) + ": " + entry + " (the way too where a"
                + " database applied it before the entry was taken out); or delete " + folder.relative(sqlFile) + ", " + folder.relative(snapshotFile)
                + " and " + folder.relative(sumFile) + ", then run mvn db:generate again, which writes it whole";
    }

    /** The number a tag starts with ({@code 0003} of {@code 0003_bio}, a timestamp prefix's digits too); null for none. */
    private static BigInteger number(String tag) {
        int us = tag.indexOf('_');
        String prefix = us < 0 ? tag : tag.substring(0, us);
        return prefix.isEmpty() || !prefix.chars().allMatch(Character::isDigit) ? null : new BigInteger(prefix);
    }

    private static Long whenOf(String[] sumFields) {
        for (int i = 1; i < sumFields.length; i++) {
            if (sumFields[i].startsWith("when=")) {
                try {
                    return Long.parseLong(sumFields[i].substring("when=".length()));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
