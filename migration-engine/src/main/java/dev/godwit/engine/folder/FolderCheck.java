package dev.godwit.engine.folder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks that a migrations folder is consistent: every journal entry has its SQL file and snapshot,
 * no stray files, one migration per number, snapshots chained by {@code prevId} in journal order,
 * and no two snapshots with the same parent (what merging two branches that each generated a
 * migration produces). Each problem says what to do.
 */
public final class FolderCheck {

    private FolderCheck() {
    }

    /** Throws with every problem listed if the folder cannot safely get another migration. */
    public static void requireContinuable(MigrationsFolder folder) {
        requireNone(folder, problems(folder));
    }

    /** Throws with every problem listed, if there are any (problems a goal settles itself taken out by the caller). */
    public static void requireNone(MigrationsFolder folder, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new SnapshotException("The migrations folder " + folder.dir() + " is inconsistent:\n  - " + String.join("\n  - ", problems));
        }
    }

    /**
     * drizzle-kit 1.0's migration folders beside the journal, said with the way on (null where there are none): a branch its up
     * converted merged with one it did not (or a migration copied in). db:apply and db:status refuse the folder (drizzle's history
     * would skip them silently), db:verify and db:generate fail on it, so a pull request merging one goes red.
     */
    public static String migrationFoldersBesideJournal(MigrationsFolder folder) {
        List<String> folders = folder.migrationFoldersBesideJournal();
        if (folders.isEmpty()) return null;
        return "Migration folder(s) with no journal entry in " + folder.relative(folder.dir()) + ": "
                + dev.godwit.engine.migrate.HistoryCheck.someOf(folders, "all in " + folder.relative(folder.dir())) + ". That is drizzle-kit 1.0's layout (one folder"
                + " per migration, no journal; its up converts meta/_journal.json to it and deletes meta/), beside a journal: Godwit,"
                + " like drizzle-orm's migrate() before 1.0, reads only the journal's migrations, so " + (folders.size() == 1 ? "it" : "they")
                + " would be skipped silently. Keep one layout: move the SQL into a migration from mvn db:generate -Ddb.custom and delete the"
                + " folder, or keep migrating with drizzle-kit 1.0 (which refuses a folder that still has meta/_journal.json). mvn db:up"
                + " converts a folder wholly in drizzle-kit 1.0's layout (no journal) to the journal's, not one that mixes the two.";
    }

    public static List<String> problems(MigrationsFolder folder) {
        List<String> p = new ArrayList<>();
        if (!Files.isDirectory(folder.dir())) return p;
        if (hasConflictMarkers(folder.journalFile())) {
            p.add(folder.relative(folder.journalFile()) + " has git conflict markers: two branches each generated migrations. Run mvn db:rebase:"
                    + " it keeps the target branch's migrations and moves the others after them, renumbered, with their SQL regenerated");
            return p;
        }
        Journal journal;
        try {
            journal = folder.readJournal();
        } catch (SnapshotException e) {
            p.add(e.getMessage());
            return p;
        }
        // an entry written twice (a merge that kept both sides' copy of one entry): said alone, since the number, idx, "when" and
        // snapshot chain checks would each blame the copy in words of their own (db:rebase, which refuses it)
        List<String> repeated = repeatedTags(journal.entries());
        if (!repeated.isEmpty()) {
            p.addAll(repeated);
            return p;
        }
        List<Path> allSql = sqlFiles(folder);
        if (journal.entries().isEmpty() && !allSql.isEmpty() && folder.snapshotFiles().isEmpty()) {
            p.add(wranglersFolder(folder, allSql));
            return p;
        }
        // an entry without its file and a file without an entry under one number: one thing, a tag mistyped or a file renamed
        // (exactly one of each under the number: anything more is left to the findings of each)
        Map<String, List<Path>> looseOfNumber = new HashMap<>();
        Set<String> journalTags = new HashSet<>();
        for (JournalEntry e : journal.entries()) journalTags.add(e.tag());
        List<Path> sqlFiles = sqlFiles(folder);
        for (Path f : sqlFiles) {
            String tag = f.getFileName().toString().replaceFirst("\\.sql$", "");
            if (!journalTags.contains(tag)) looseOfNumber.computeIfAbsent(prefix(tag), k -> new ArrayList<>()).add(f);
        }
        Map<String, List<JournalEntry>> fileless = new HashMap<>();
        for (JournalEntry e : journal.entries()) {
            if (!Files.exists(folder.sqlFile(e.tag()))) fileless.computeIfAbsent(prefix(e.tag()), k -> new ArrayList<>()).add(e);
        }
        Map<String, JournalEntry> renamed = new HashMap<>();
        Map<String, Path> looseByPrefix = new HashMap<>();
        for (Map.Entry<String, List<JournalEntry>> f : fileless.entrySet()) {
            List<Path> loose = looseOfNumber.getOrDefault(f.getKey(), List.of());
            if (f.getValue().size() == 1 && loose.size() == 1) {
                renamed.put(f.getKey(), f.getValue().get(0));
                looseByPrefix.put(f.getKey(), loose.get(0));
            }
        }
        Map<String, JournalEntry> byPrefix = new LinkedHashMap<>();
        Set<String> pairNumbers = new HashSet<>();
        // the second of two entries of one number is named by the pair's finding: its "when" against the first's is a branch's
        // clock, which db:rebase rewrites, not an edit to undo
        List<JournalEntry> firstOfNumber = new ArrayList<>();
        Set<String> tags = new HashSet<>();
        Map<Integer, JournalEntry> byIdx = new java.util.HashMap<>();
        for (JournalEntry e : journal.entries()) {
            JournalEntry sameIdx = byIdx.put(e.idx(), e);
            if (sameIdx != null) {
                p.add("journal entries " + sameIdx.tag() + " and " + e.tag() + " both have idx " + e.idx() + ": each entry needs its own"
                        + " (drizzle-kit numbers them 0, 1, 2, ... in order). Give " + e.tag() + " the idx of its place in "
                        + folder.relative(folder.journalFile()));
            }
            String prefix = prefix(e.tag());
            if (prefix.isEmpty()) {
                // drizzle-kit's migrations.prefix "none": _init, _bio; no order but the journal's, and one snapshot they share
                p.add("migration " + e.tag() + " has no number: drizzle-kit writes such names with migrations.prefix \"none\", which keeps no"
                        + " snapshot per migration (one meta/_snapshot.json for all) and gives them no order but the journal's. Godwit reads"
                        + " numbered migrations: set migrations.prefix to \"index\" (drizzle-kit's default) or \"timestamp\" and start the"
                        + " folder again, or number the files and their tags by hand (0000_init, 0001_bio) with a snapshot each");
                tags.add(e.tag());
                firstOfNumber.add(e);
                continue;
            }
            JournalEntry other = byPrefix.put(prefix, e);
            if (other == null) {
                firstOfNumber.add(e);
            } else {
                pairNumbers.add(prefix);
                p.add("two migrations have the number " + prefix + ": " + other.tag() + " and " + e.tag()
                        + " (two branches each generated one). Run mvn db:rebase: it keeps the target branch's migrations and moves the"
                        + " others after them, renumbered, with their SQL regenerated");
            }
            tags.add(e.tag());
            if (renamed.get(prefix) == e) {
                Path loose = looseByPrefix.get(prefix);
                String fileTag = loose.getFileName().toString().replaceFirst("\\.sql$", "");
                p.add("the journal lists " + e.tag() + " but there is no " + folder.relative(folder.sqlFile(e.tag())) + ", and "
                        + folder.relative(loose) + ", of the same number, has no journal entry: the tag or the file name was changed. Make them"
                        + " the same again: the tag in " + folder.relative(folder.journalFile()) + " back to " + fileTag + ", or the file back to "
                        + e.tag() + ".sql (the name applied databases record is the one to keep)");
            } else if (!Files.exists(folder.sqlFile(e.tag()))) p.add(missingSql(folder, e.tag()));
            if (!Files.exists(folder.snapshotFile(e.tag())) && !writesRowsOnly(folder, e)) {
                p.add("the journal lists " + e.tag() + " but its snapshot " + folder.relative(folder.snapshotFile(e.tag()))
                        + " is missing: restore it from version control; if it never had one (a migration written by hand and listed in the"
                        + " journal), make it a custom migration instead: take its entry and file out, run mvn db:generate -Ddb.custom "
                        + dev.godwit.engine.target.PrintedArgs.quoted("-Ddb.name=" + e.tag().replaceFirst("^\\d+_", ""))
                        + " and paste its SQL into the new file, which then gets its snapshot");
            }
        }
        p.addAll(whenProblems(firstOfNumber, folder::sumRecordsWhen));
        // the snapshot of a migration an interrupted db:generate left without its entry is named in that finding
        Set<Path> unfinishedSnapshots = new HashSet<>();
        for (Path f : sqlFiles) {
            String tag = f.getFileName().toString().replaceFirst("\\.sql$", "");
            if (!tags.contains(tag) && !f.equals(looseByPrefix.get(prefix(tag)))) {
                String unfinished = UnfinishedGenerate.describe(folder, f);
                if (unfinished != null) {
                    p.add(unfinished);
                    unfinishedSnapshots.add(folder.snapshotFile(tag));
                    continue;
                }
                String lost = LostMergeEntry.describe(folder, f);
                if (lost != null) {
                    // its number's snapshot holds both branches' sides: the finding says to keep them, not to restore the file
                    p.add(lost);
                    pairNumbers.add(prefix(tag));
                    continue;
                }
                p.add(folder.relative(f) + " is SQL outside the snapshots: it has no entry in meta/_journal.json (made by `wrangler d1 migrations"
                        + " create`?), so drizzle-orm's migrator never runs it, wrangler's does, and the next diff does not know its changes."
                        + " Bring it in: move it out of the folder (db:generate refuses a folder holding it), run mvn db:generate -Ddb.custom"
                        + " " + dev.godwit.engine.target.PrintedArgs.quoted("-Ddb.name=" + tag.replaceFirst("^\\d+_", "")) + " and paste its SQL into the new file (if it changes tables, declare those"
                        + " changes in the schema and run mvn db:generate instead). That is for a file no database has applied yet: one that"
                        + " wrangler applied somewhere is recorded there by its file name, and moved or renamed it would run there again; keep"
                        + " such a file as it is (see Limits in Godwit's README)");
            }
        }
        String besideJournal = migrationFoldersBesideJournal(folder);
        if (besideJournal != null) p.add(besideJournal);
        Map<String, Path> snapshotByPrefix = new HashMap<>();
        Map<String, MigrationsFolder.SnapshotLink> snapshots = new LinkedHashMap<>();
        List<Path> snapshotFiles = folder.snapshotFiles();
        Path latestFile = folder.latestSnapshotFile(journal.entries(), snapshotFiles);   // the journal read above, not again
        for (Path f : snapshotFiles) {
            String prefix = f.getFileName().toString().replaceFirst("_snapshot\\.json$", "");
            snapshotByPrefix.put(prefix, f);
            if (!byPrefix.containsKey(prefix) && !unfinishedSnapshots.contains(f)) {
                p.add(folder.relative(f) + " belongs to no journal entry: delete it, or restore the journal entry and SQL file it came with");
            }
            try {
                // The latest is read whole (the diff needs it next; the folder keeps it parsed), the others only as links of the chain.
                boolean latest = f.equals(latestFile);
                snapshots.put(prefix, latest ? link(folder.readSnapshot(f)) : folder.readSnapshotLink(f));
            } catch (SnapshotException e) {
                // git's markers in the snapshot a same-number pair shares are what db:rebase reads both sides from: the pair's
                // finding says to run it, where "not valid JSON ... restore it" would have the user throw one side away
                if (!(pairNumbers.contains(prefix) && hasConflictMarkers(f))) p.add(e.getMessage());
            }
        }
        Map<String, List<String>> byParent = new LinkedHashMap<>();
        snapshots.forEach((prefix, s) -> byParent.computeIfAbsent(s.prevId(), k -> new ArrayList<>()).add(prefix));
        byParent.forEach((parent, children) -> {
            if (children.size() > 1) {
                p.add("snapshots " + children + " all follow the same parent " + parent
                        + ": two branches each generated a migration from the same state. Run mvn db:rebase: it keeps the target branch's"
                        + " migrations and moves the others after them, renumbered, with their SQL regenerated");
            }
        });
        String expectedPrev = Snapshot.ORIGIN;   // null: unknown, the snapshot of a same-number pair's other side was lost
        Set<String> chained = new HashSet<>();
        for (JournalEntry e : journal.entries()) {
            String prefix = prefix(e.tag());
            MigrationsFolder.SnapshotLink s = snapshots.get(prefix);
            if (s == null) break;
            if (!chained.add(prefix)) {
                // the second of a same-number pair reads the one snapshot git kept of the two: its break is the pair's, named
                // above with db:rebase, not a second problem; the migration after it was made on the lost side, whose id is unknown
                expectedPrev = null;
                continue;
            }
            // drizzle-kit's pull (introspect) starts its folder with a snapshot whose id is the origin's and prevId empty
            boolean pulledStart = Snapshot.ORIGIN.equals(expectedPrev) && s.prevId().isEmpty() && Snapshot.ORIGIN.equals(s.id());
            if (expectedPrev != null && !s.prevId().equals(expectedPrev) && !pulledStart) {
                p.add(folder.relative(snapshotByPrefix.get(prefix)) + " has prevId " + s.prevId() + " but the migration before it has id "
                        + expectedPrev + ": the snapshot chain is broken (a migration was removed or reordered); restore the missing migration, or, where"
                        + " a merge brought migrations made on one that the other branch dropped since (db:drop), run mvn db:rebase: it names"
                        + " the way on");
                break;
            }
            expectedPrev = s.id();
        }
        return p;
    }

    /**
     * Whether the entry's migration only writes rows (INSERT, UPDATE, DELETE, REPLACE): the schema after it is the one before,
     * so a missing snapshot loses nothing, and drizzle-kit goes on from the last snapshot there is. Real folders have such a
     * hand-written entry without one (chronoframe's 0011_update_location_language_enum, an UPDATE).
     */
    public static boolean writesRowsOnly(MigrationsFolder folder, JournalEntry e) {
        Path sql = folder.sqlFile(e.tag());
        if (!Files.exists(sql)) return false;
        List<String> statements;
        try {
            statements = new Migration(e, sql, Files.readString(sql)).statements();
        } catch (java.io.IOException | RuntimeException unreadable) {
            return false;   // the snapshot's absence is reported as before
        }
        return !statements.isEmpty() && statements.stream().map(dev.godwit.engine.sql.StatementKind::firstKeyword)
                .allMatch(k -> k.equals("INSERT") || k.equals("UPDATE") || k.equals("DELETE") || k.equals("REPLACE"));
    }

    /** The problem of a journal entry whose SQL file is gone (db:drop settles it for the migration it drops). */
    public static String missingSql(MigrationsFolder folder, String tag) {
        return "the journal lists " + tag + " but " + folder.relative(folder.sqlFile(tag)) + " is missing: " + folder.missingSqlWayOn(tag);
    }

    private static MigrationsFolder.SnapshotLink link(Snapshot s) {
        return new MigrationsFolder.SnapshotLink(s.id(), s.prevId());
    }

    private static boolean hasConflictMarkers(Path f) {
        try {
            return Files.isRegularFile(f) && MigrationsFolder.hasConflictMarkers(Files.readString(f));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The entries whose {@code when} is not after the one before: drizzle-orm's migrator (and the
     * history guard, keyed on {@code created_at}) would take such an entry for one already applied
     * and skip it. Shared by {@code db:verify} and {@code db:apply}.
     */
    public static List<String> whenProblems(List<JournalEntry> entries) {
        return whenOrder(entries, e -> false);
    }

    /**
     * As {@link #whenProblems(List)}, where {@code asGenerated} tells the entries whose checksum file records their "when" as it
     * is ({@code when=}): of two orders equally long, the one keeping more of those is taken, so an entry edited by hand is the
     * one blamed, not the generated one after it whose checksum file would then name another "when".
     */
    public static List<String> whenProblems(List<JournalEntry> entries, java.util.function.Predicate<JournalEntry> asGenerated) {
        List<String> plain = whenOrder(entries, e -> false);
        return plain.isEmpty() ? plain : whenOrder(entries, asGenerated);   // the checksum files are read only for a folder out of order
    }

    private static List<String> whenOrder(List<JournalEntry> entries, java.util.function.Predicate<JournalEntry> asGenerated) {
        // the entries out of place are those outside a longest run of increasing "when"s, of those the one keeping more entries
        // whose "when" their checksum file vouches for, then the one keeping the earliest entries (they are the ones applied): one
        // entry given a "when" past the later ones is blamed itself, not every entry after it, and of two in the wrong order the
        // later one is
        int n = entries.size();
        long[] weight = new long[n];   // 1 per entry, ranked first, then 1 per vouched entry: n + 1 > any count of vouched ones
        for (int i = 0; i < n; i++) weight[i] = (n + 1L) + (asGenerated.test(entries.get(i)) ? 1 : 0);
        long[] bestFrom = new long[n];   // the heaviest increasing run starting at each entry
        long best = 0;
        for (int i = n - 1; i >= 0; i--) {
            bestFrom[i] = weight[i];
            for (int j = i + 1; j < n; j++) {
                if (entries.get(j).when() > entries.get(i).when()) bestFrom[i] = Math.max(bestFrom[i], bestFrom[j] + weight[i]);
            }
            best = Math.max(best, bestFrom[i]);
        }
        boolean[] inOrder = new boolean[n];
        long last = Long.MIN_VALUE;
        boolean first = true;
        for (int i = 0; i < n && best > 0; i++) {
            if (bestFrom[i] == best && (first || entries.get(i).when() > last)) {
                inOrder[i] = true;
                last = entries.get(i).when();
                first = false;
                best -= weight[i];
            }
        }
        List<String> p = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (inOrder[i]) continue;
            JournalEntry e = entries.get(i);
            JournalEntry before = null;
            JournalEntry after = null;
            for (int j = i - 1; j >= 0 && before == null; j--) if (inOrder[j]) before = entries.get(j);
            for (int j = i + 1; j < n && after == null; j++) if (inOrder[j]) after = entries.get(j);
            if (before != null && e.when() <= before.when() && listedBelowItsNumber(e, before)) {
                // entries moved in the list (by hand, or a merge keeping both sides' lines in another order): their "when"s are
                // right, and a new one would leave the checksum file, which records it, naming another migration
                p.add("journal entry " + e.tag() + " is listed after " + before.tag() + ", whose number is higher, and its \"when\" (" + e.when()
                        + ") is earlier than " + before.tag() + "'s (" + before.when() + "): the journal's entries were reordered. Put them back"
                        + " in the order of their numbers, as they were written (git log -p -- meta/_journal.json shows the change); their"
                        + " \"when\"s are right as they are");
            } else if (before != null && e.when() <= before.when()) {
                p.add("journal entry " + e.tag() + " has \"when\" " + e.when() + ", not after " + before.tag() + " (" + before.when()
                        + "): drizzle-orm's migrator would skip it on databases that applied the earlier one; give it a larger \"when\""
                        + (after == null ? "" : " (below " + after.tag() + "'s, " + after.when() + ")"));
            } else if (after != null) {
                p.add("journal entry " + e.tag() + " has \"when\" " + e.when() + ", not before " + after.tag() + " (" + after.when()
                        + "), which comes after it: drizzle-orm's migrator would skip " + after.tag() + " and what follows on databases that applied "
                        + e.tag() + "; give " + e.tag() + " a \"when\" " + (before == null ? "below " + after.when() : "between " + before.tag() + "'s ("
                        + before.when() + ") and " + after.tag() + "'s"));
            }
        }
        return p;
    }

    /** Whether {@code e}'s tag number is lower than that of {@code before}, listed ahead of it (tags of the same width, as generated). */
    private static boolean listedBelowItsNumber(JournalEntry e, JournalEntry before) {
        String n = Tags.number(e.tag());
        String b = Tags.number(before.tag());
        return n != null && b != null && n.length() == b.length() && n.compareTo(b) < 0;
    }

    /** Entries naming a migration an earlier entry names too: applied by entry, its file would run twice. */
    public static List<String> repeatedTags(List<JournalEntry> entries) {
        List<String> p = new ArrayList<>();
        java.util.Map<String, JournalEntry> seen = new java.util.HashMap<>();
        for (JournalEntry e : entries) {
            JournalEntry first = seen.putIfAbsent(e.tag(), e);
            if (first != null) {
                p.add((first.idx() == e.idx() ? "journal entry " + e.tag() + " (idx " + e.idx() + ") is there twice"
                        : "journal entries idx " + first.idx() + " and idx " + e.idx() + " both name " + e.tag()) + ": its SQL would run twice;"
                        + " remove the repeated entry from meta/_journal.json (a merge that kept both sides' copy of it leaves it so)");
            }
        }
        return p;
    }

    private static String prefix(String tag) {
        int us = tag.indexOf('_');
        return us < 0 ? tag : tag.substring(0, us);
    }

    /**
     * A folder of {@code .sql} files and nothing else: wrangler's own ({@code wrangler d1 migrations create}), which Godwit's goals
     * that diff need as a journal with snapshots. Said once, with the way on that keeps wrangler's databases right: the advice for
     * a stray file in a drizzle folder (move it out, paste it into a custom migration) renumbers files wrangler applied, and a trial
     * led there by the first refusal's migrations_dir = "migrations" found no way on.
     */
    private static String wranglersFolder(MigrationsFolder folder, List<Path> sql) {
        String name = folder.dir().getFileName() == null ? "" : folder.dir().getFileName().toString();
        String own = name.equals("drizzle") ? "godwit" : "drizzle";
        String files = sql.size() == 1 ? sql.get(0).getFileName().toString()
                : sql.get(0).getFileName() + (sql.size() == 2 ? ", " : " ... ") + sql.get(sql.size() - 1).getFileName();
        return folder.relative(folder.dir()) + " holds " + sql.size() + " .sql file(s) (" + files + ") and no meta/_journal.json: wrangler's"
                + " layout (wrangler d1 migrations create), with no snapshots for db:generate to diff against or db:pull to start from. Leave"
                + " these files as they are: a database wrangler migrated records them by file name in d1_migrations, and moved or renamed they"
                + " would run there again. db:status, db:apply and db:repair work on this folder as wrangler does, with wrangler's history"
                + " (migrations_table = \"d1_migrations\" in wrangler's config, or -Ddb.migrationsTable=d1_migrations). To write migrations with"
                + " Godwit, give it a folder of its own, which wrangler then reads instead: bring every database up to date with wrangler d1"
                + " migrations apply, set migrations_dir = \"" + own + "\" and migrations_table = \"d1_migrations\" in the binding of wrangler's"
                + " config (in each environment's too), run mvn db:pull -Dlocal (the schema classes and " + own + "/0000_pulled.sql, the whole"
                + " schema, recorded as applied there), then mvn db:repair on each database (it replaces the rows of these files with the"
                + " baseline's). See \"Moving a wrangler project to Godwit\" in Godwit's README";
    }

    private static List<Path> sqlFiles(MigrationsFolder folder) {
        try (Stream<Path> s = Files.list(folder.dir())) {
            return s.filter(MigrationsFolder::isMigrationFile).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
