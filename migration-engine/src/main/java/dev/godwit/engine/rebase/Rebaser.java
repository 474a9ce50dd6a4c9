package dev.godwit.engine.rebase;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.diff.RenameResolver;
import dev.godwit.engine.diff.SchemaDiff;
import dev.godwit.engine.diff.SchemaDiffer;
import dev.godwit.engine.folder.AbsentFolder;
import dev.godwit.engine.folder.FolderCheck;
import dev.godwit.engine.folder.FolderEdit;
import dev.godwit.engine.folder.FolderLock;
import dev.godwit.engine.folder.Journal;
import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.InvalidJsonException;
import dev.godwit.engine.folder.JsonText;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.folder.Snapshot;
import dev.godwit.engine.folder.SnapshotCodec;
import dev.godwit.engine.folder.SnapshotException;
import dev.godwit.engine.introspect.Introspector;
import dev.godwit.engine.plan.SqlitePlanner;
import dev.godwit.engine.sql.ForeignKeysPragma;
import dev.godwit.engine.verify.Verifier;
import dev.godwit.schema.model.SchemaDef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code db:rebase}, Atlas's {@code migrate rebase}: after a merge where two branches each generated
 * migrations on the same parent, keeps the target branch's migrations (git's "ours": the branch
 * merged into) and moves the others after them: renumbered, {@code prevId} chain and journal
 * rewritten, and their SQL regenerated from the merged history so they apply on top. A hand-written
 * (custom) migration is moved unchanged, with a warning. Works on the folder as {@code git merge}
 * leaves it (conflict markers in {@code meta/_journal.json} and the shared snapshot files) or with a
 * journal that lists both branches' migrations. Everything is checked (replaying the result on an
 * empty database must give the last snapshot) before anything is written.
 */
public final class Rebaser {

    private final EngineLog log;

    public Rebaser(EngineLog log) {
        this.log = log;
    }

    private java.time.Duration lockTimeout = FolderLock.DEFAULT_TIMEOUT;

    /** How long {@link #rebase} waits for another goal's lock on the folder ({@code -Ddb.lockTimeout}; zero: refuses at once). */
    public Rebaser withLockTimeout(java.time.Duration timeout) {
        this.lockTimeout = timeout;
        return this;
    }

    private record Entry(JournalEntry entry, Snapshot snapshot, String snapshotText, boolean snapshotConflicted, boolean ours) {
    }

    /** Returns the new tags of the moved migrations (empty when there was nothing to rebase). */
    public List<String> rebase(MigrationsFolder folder) {
        return rebase(folder, null);
    }

    /**
     * As {@link #rebase(MigrationsFolder)}; {@code fileNameHistory} is the history table when it keeps file names only (wrangler's
     * {@code d1_migrations}), else null: there a moved migration's new name is a new migration to every database that ran it.
     */
    public List<String> rebase(MigrationsFolder folder, String fileNameHistory) {
        AbsentFolder.refuse(folder, "db:rebase");
        // held from reading the folder to writing it: the conflict is resolved on the folder as another goal left it
        try (FolderLock held = FolderLock.take(folder, "db:rebase", lockTimeout, log::info)) {
            return rebaseHeld(folder, fileNameHistory);
        }
    }

    /**
     * A journal conflict resolved by taking one side loses the other branch's entry while its files stay (LostMergeEntry): such
     * a migration goes back in after its number's entry, as a journal resolved by keeping both lists it, so it moves like one.
     * Its side is read from the snapshot both wrote, which must still hold git's markers.
     */
    private void recoverLostEntries(MigrationsFolder folder, List<JournalEntry> all) {
        for (Path f : folder.sqlFilesWithoutJournalEntry()) {
            JournalEntry lost = dev.godwit.engine.folder.LostMergeEntry.recover(folder, f);
            if (lost == null) continue;
            Path snapshot = folder.snapshotFile(lost.tag());
            if (!Files.exists(snapshot) || !MigrationsFolder.hasConflictMarkers(read(folder, snapshot))) {
                throw new RebaseException(dev.godwit.engine.folder.LostMergeEntry.describe(folder, f) + ". "
                        + folder.relative(snapshot) + " holds one side only, so db:rebase cannot tell what " + lost.tag() + " changes."
                        + " Nothing was written.");
            }
            String number = snapshot.getFileName().toString();
            int at = all.size();
            for (int i = 0; i < all.size(); i++) {
                if (folder.snapshotFile(all.get(i).tag()).getFileName().toString().equals(number)) at = i + 1;
            }
            all.add(at, lost);
            log.info(lost.tag() + " has no entry in " + folder.relative(folder.journalFile()) + " (git's conflict there was resolved by"
                    + " taking one branch's side), and " + folder.relative(folder.sumFile(lost.tag())) + " records it: rebased as the"
                    + " journal listed it.");
        }
    }

    private List<String> rebaseHeld(MigrationsFolder folder, String fileNameHistory) {
        ConflictSides journalSides = ConflictSides.of(read(folder, folder.journalFile()));
        Journal ours = journal(folder, journalSides.ours());
        Journal theirs = journal(folder, journalSides.theirs());
        List<JournalEntry> all = new ArrayList<>(ours.entries());
        Map<String, JournalEntry> oursByTag = new HashMap<>();
        for (JournalEntry e : ours.entries()) oursByTag.put(e.tag(), e);
        Set<JournalEntry> fromTheirs = new HashSet<>();
        for (JournalEntry e : theirs.entries()) {
            JournalEntry same = oursByTag.get(e.tag());
            // the same tag with another "when" is the other branch's own migration under the same name (both ran -Ddb.name=users):
            // git merged both into one file, with conflict markers; its side of each file is the moved migration's
            if (same == null || journalSides.conflicted() && same.when() != e.when()) {
                all.add(e);
                fromTheirs.add(e);
            }
        }

        if (!journalSides.conflicted()) recoverLostEntries(folder, all);

        if (journalSides.conflicted()) {
            // the other side lists migrations whose files did not come along: a cherry-pick (or revert) of one commit, not a merge
            List<String> absent = new ArrayList<>();
            for (JournalEntry e : fromTheirs) {
                if (!Files.exists(folder.sqlFile(e.tag())) && !Files.exists(folder.snapshotFile(e.tag()))) absent.add(e.tag());
            }
            if (!absent.isEmpty()) {
                throw new RebaseException("The other side of the conflict in " + folder.relative(folder.journalFile()) + " lists "
                        + String.join(", ", absent) + ", whose files are not in " + folder.relative(folder.dir()) + ": a git cherry-pick (or"
                        + " revert) of one commit brings a branch's migration without the ones before it, and a migration this branch"
                        + " dropped (db:drop) stays listed on the other side. db:rebase cannot move those. After a cherry-pick: undo it (git"
                        + " cherry-pick --abort), make the change in this branch's schema code and run mvn db:generate here (a picked"
                        + " migration's snapshot holds the other branch's whole schema, which this branch does not have). After a drop: take"
                        + " its entry out of the other side of the conflict, then run mvn db:rebase again. Nothing was written.");
            }
        }

        Map<String, Integer> entriesByNumber = new HashMap<>();
        for (JournalEntry e : all) entriesByNumber.merge(folder.snapshotFile(e.tag()).getFileName().toString(), 1, Integer::sum);
        Map<String, JournalEntry> numbersSeen = new HashMap<>();
        Map<String, Boolean> firstTookOurs = new HashMap<>();   // by snapshot file: whether its first entry took git's "ours" side
        List<Entry> entries = new ArrayList<>();
        for (JournalEntry e : all) {
            Path f = folder.snapshotFile(e.tag());
            String number = f.getFileName().toString();
            if (hasNoSnapshot(folder, e, f, entriesByNumber.get(number) > 1)) {
                // rows only, without a snapshot (as db:verify lets it be): the schema after it is the one before, as drizzle-kit reads it
                entries.add(new Entry(e, null, null, false, !journalSides.conflicted() || !fromTheirs.contains(e)));
                continue;
            }
            JournalEntry firstWithNumber = numbersSeen.putIfAbsent(number, e);
            boolean first = firstWithNumber == null;
            ConflictSides sides = ConflictSides.of(read(folder, f));
            if (!first && !sides.conflicted()) {
                // git's conflict in the snapshot both migrations wrote was resolved by keeping one side: the file is one branch's
                // snapshot, and read as the other's too, that one's changes look like the target's own and its files would go
                throw new RebaseException(firstWithNumber.tag() + " and " + e.tag() + " share " + folder.relative(f) + ", which holds the"
                        + " snapshot of only one of them (git's conflict there was resolved by keeping one side): db:rebase cannot tell what "
                        + e.tag() + " changes. Put both sides back: before the merge is committed, git checkout -m " + folder.relative(f)
                        + " restores git's conflict markers, which db:rebase reads (or merge again); then run mvn db:rebase again. Nothing"
                        + " was written.");
            }
            boolean mine;
            if (journalSides.conflicted()) {
                mine = !fromTheirs.contains(e);
            } else if (first) {
                // a journal resolved by hand may list the merged branch's entry first: the side whose changes are the SQL's is its
                mine = !sides.conflicted() || !writesTheirs(folder, e, sides, entries);
                firstTookOurs.put(number, mine);
            } else {
                mine = !firstTookOurs.get(number);
            }
            String text = mine ? sides.ours() : sides.theirs();
            entries.add(new Entry(e, snapshot(folder, f, text), text, sides.conflicted(), mine));
        }

        List<Entry> kept = new ArrayList<>();
        List<Entry> moved = new ArrayList<>();
        String keptId = Snapshot.ORIGIN;
        for (Entry e : entries) {
            if (e.snapshot() == null) {
                // no link in the chain: it goes with its side of a conflicted journal, else with the entries before it
                if (journalSides.conflicted() ? e.ours() : moved.isEmpty()) kept.add(e); else moved.add(e);
            } else if (!e.ours() && e.snapshotConflicted()) {
                moved.add(e);   // the merged branch's side of a snapshot both wrote, wherever a hand-resolved journal lists it
            } else if (moved.isEmpty() && e.snapshot().prevId().equals(keptId) && !(journalSides.conflicted() && !e.ours())) {
                // (the merged branch's side of a conflicted journal follows the kept chain only past target entries without a
                // snapshot, rows-only ones: it still moves after them)
                kept.add(e);
                keptId = e.snapshot().id();
            } else if (!moved.isEmpty() && e.snapshot().prevId().equals(keptId) && !journalSides.conflicted()) {
                kept.add(e);
                keptId = e.snapshot().id();
            } else {
                moved.add(e);
            }
        }
        if (moved.isEmpty()) {
            // one chain, but a migration an interrupted db:generate left after it is no merge's: the other goals refuse the folder
            // over it, so "nothing to rebase" would send the user round in a circle
            for (Path loose : folder.sqlFilesWithoutJournalEntry()) {
                String unfinished = dev.godwit.engine.folder.UnfinishedGenerate.describe(folder, loose);
                if (unfinished != null) throw new RebaseException("Cannot rebase this folder: " + unfinished + ". Nothing was written.");
            }
            log.info("Nothing to rebase: the migrations in " + folder.relative(folder.dir()) + " form one chain (" + kept.size() + " migrations).");
            return List.of();
        }
        for (Entry m : moved) {
            if (m.snapshot() != null) continue;
            String name = m.entry().tag().replaceFirst("^\\d+_", "");
            throw new RebaseException(m.entry().tag() + " only writes rows and has no snapshot, and it is among the migrations to move: db:rebase"
                    + " moves migrations with their snapshots. Move it by hand: put " + folder.relative(folder.sqlFile(m.entry().tag())) + " aside and"
                    + " take its entry out of " + folder.relative(folder.journalFile()) + ", run mvn db:rebase, then mvn db:generate -Ddb.custom"
                    + " " + dev.godwit.engine.target.PrintedArgs.quoted("-Ddb.name=" + name) + " and paste its SQL into the new file. Nothing was written.");
        }
        Map<String, Entry> byId = new LinkedHashMap<>();
        for (Entry e : kept) if (e.snapshot() != null) byId.put(e.snapshot().id(), e);
        String parentId = moved.get(0).snapshot().prevId();
        if (!parentId.equals(Snapshot.ORIGIN) && !byId.containsKey(parentId)) {
            // its branch was made on a migration the target no longer has (dropped with db:drop since): its snapshot holds that one's
            // changes, so it cannot be moved; its own changes are in the schema code, and db:generate writes them again
            List<String> files = new ArrayList<>();
            for (Entry m : moved) {
                String tag = m.entry().tag();
                files.add(folder.relative(folder.sqlFile(tag)));
                if (m.snapshot() != null) files.add(folder.relative(folder.snapshotFile(tag)));
                if (Files.exists(folder.sumFile(tag))) files.add(folder.relative(folder.sumFile(tag)));
            }
            List<String> tags = moved.stream().map(m -> m.entry().tag()).toList();
            // hand-written ones (a seed, a backfill: a snapshot that changes nothing) are not in the schema code: db:generate does not
            // write them again, and "git rm -f" them lost their SQL
            List<String> handWritten = new ArrayList<>();
            for (int i = 1; i < moved.size(); i++) {
                Entry m = moved.get(i);
                if (m.snapshot() != null && moved.get(i - 1).snapshot() != null && ownSum(folder, m) == null
                        && Verifier.differences(m.snapshot().schema(), moved.get(i - 1).snapshot().schema()).isEmpty()) handWritten.add(m.entry().tag());
            }
            // the same chain break is what a migration removed from the middle of a folder leaves (its .sql file, snapshot and entry
            // deleted by hand, no merge at all): regenerating the migrations after it, which shared databases may have applied long
            // ago, would run their changes there a second time
            String noMerge = journalSides.conflicted() ? "" : " If no branch was merged (" + tags.get(0) + " and the migrations after it have been"
                    + " in this folder all along, maybe applied to shared databases), the migration they were made on was removed from "
                    + folder.relative(folder.dir()) + " instead: restore it from version control (git log --diff-filter=D --oneline -- "
                    + folder.relative(folder.dir()) + " names the commit that deleted it) and generate nothing again.";
            throw new RebaseException(folder.relative(folder.snapshotFile(moved.get(0).entry().tag())) + " follows snapshot " + parentId
                    + ", which no kept migration has: db:rebase cannot tell where " + moved.get(0).entry().tag() + " branched off. Its branch"
                    + " was most likely made on a migration the target branch dropped since (db:drop), whose changes its snapshot still holds."
                    + noMerge + (noMerge.isEmpty() ? "" : " After a merge:")
                    + (handWritten.isEmpty() ? "" : " " + String.join(", ", handWritten) + (handWritten.size() == 1 ? " is" : " are") + " hand-written"
                            + " (no schema change): the schema code does not hold " + (handWritten.size() == 1 ? "its" : "their") + " SQL, so keep a copy"
                            + " before removing " + (handWritten.size() == 1 ? "it" : "them") + " and add " + (handWritten.size() == 1 ? "it" : "them")
                            + " back after with mvn db:generate -Ddb.custom.")
                    + " Generate " + String.join(", ", tags) + " again on top of the target's migrations: git rm -f " + String.join(" ", files)
                    + ", take " + (tags.size() == 1 ? "its entry" : "their entries") + " out of " + folder.relative(folder.journalFile())
                    + ", then run mvn db:generate (the schema code holds " + (tags.size() == 1 ? "its" : "their") + " changes) and review it."
                    + " A database that applied " + (tags.size() == 1 ? "it" : "them") + " (the branch's dev database) goes back to before "
                    // "(mvn db:restore)" named no state: on D1 it fails as pasted, on a local file it took the latest copy
                    + (tags.size() == 1 ? "it" : "them") + " (a local file with mvn db:restore -Dlocal -Ddb.backup= the copy db:apply kept before it"
                    + " ran " + (tags.size() == 1 ? "it" : "them") + ", in .godwit/backups/ under the time it was taken; Cloudflare D1 with mvn db:restore"
                    + " -Ddb.bookmark= the bookmark db:apply printed then, which .godwit/" + dev.godwit.engine.restore.Restorer.BOOKMARKS
                    + " keeps with its time and its command; with the -Ddb.env or -Ddb.local.path that picks that database) or starts afresh. Nothing was written.");
        }
        for (int i = 1; i < moved.size(); i++) {
            if (!moved.get(i).snapshot().prevId().equals(moved.get(i - 1).snapshot().id())) {
                throw new RebaseException("The migrations to move (" + String.join(", ", moved.stream().map(m -> m.entry().tag()).toList())
                        + ") do not form one chain: " + moved.get(i).entry().tag() + " does not follow " + moved.get(i - 1).entry().tag()
                        + ". db:rebase moves one branch's migrations at a time. Nothing was written.");
            }
        }

        SchemaDef branchPoint = parentId.equals(Snapshot.ORIGIN) ? SchemaDef.EMPTY : byId.get(parentId).snapshot().schema();
        requireNoHandEdits(folder, moved, branchPoint, journalSides.conflicted());
        Entry last = kept.get(kept.size() - 1);
        // the schema after the kept migrations: the last snapshot among them (one that only writes rows may have none)
        Snapshot lastSnapshot = null;
        for (Entry e : kept) if (e.snapshot() != null) lastSnapshot = e.snapshot();
        SchemaDef current = lastSnapshot == null ? SchemaDef.EMPTY : lastSnapshot.schema();
        SchemaDef theirsBefore = branchPoint;
        String prevId = lastSnapshot == null ? Snapshot.ORIGIN : lastSnapshot.id();
        // a hand-resolved journal may list a moved entry before kept ones: the kept ones then take its place, and their idx
        boolean movedBeforeKept = entries.indexOf(moved.get(0)) < entries.indexOf(last);
        int idx = (movedBeforeKept ? kept.size() - 1 : last.entry().idx()) + 1;
        // never a kept migration's number: after a dropped middle migration the kept tags run ahead of their places (0000, 0002,
        // 0003), and a moved 0003_age would be written over 0003_email's snapshot (both meta/0003_snapshot.json)
        for (Entry e : kept) idx = Math.max(idx, numberOf(e.entry().tag()) + 1);
        long lastWhen = kept.stream().mapToLong(e -> e.entry().when()).max().orElse(0);
        String previousTag = kept.stream().map(e -> e.entry().tag()).max(java.util.Comparator.naturalOrder()).orElseThrow();

        // what the target branch renamed after the branch point; the moved migrations are carried through it
        List<Snapshot> targetSteps = new ArrayList<>();
        boolean afterBranchPoint = parentId.equals(Snapshot.ORIGIN);
        for (Entry e : kept) {
            if (e.snapshot() == null) continue;
            if (afterBranchPoint) targetSteps.add(e.snapshot());
            if (e.snapshot().id().equals(parentId)) afterBranchPoint = true;
        }
        TargetRenames targetRenames = TargetRenames.since(theirsBefore, targetSteps);

        List<Migration> replay = new ArrayList<>();
        FolderEdit deletes = new FolderEdit(folder, "db:rebase");
        FolderEdit writes = new FolderEdit(folder, "db:rebase");
        Set<String> keptFiles = new HashSet<>();   // the kept migrations' files, by name: a moved migration with its tag or number leaves them
        for (Entry e : kept) {
            Path sqlFile = folder.sqlFile(e.entry().tag());
            Path sum = folder.sumFile(e.entry().tag());
            ConflictSides sums = ConflictSides.of(Files.exists(sum) ? read(folder, sum) : "");
            ConflictSides sql = ConflictSides.of(read(folder, sqlFile));
            String ourSql = sql.conflicted() ? asGenerated(sql.ours(), sums.ours()) : sql.ours();
            replay.add(new Migration(e.entry(), sqlFile, ourSql));
            if (sql.conflicted()) writes.write(sqlFile, ourSql);
            if (sums.conflicted()) writes.write(sum, withTheirsSquashLostTriggers(sums));
            keptFiles.add(sqlFile.getFileName().toString());
            keptFiles.add(sum.getFileName().toString());
            // one without a snapshot leaves the file of its number to the moved migration that wrote it
            if (e.snapshot() != null) keptFiles.add(folder.snapshotFile(e.entry().tag()).getFileName().toString());
            if (e.snapshotConflicted()) writes.write(folder.snapshotFile(e.entry().tag()), e.snapshotText());
        }
        List<JournalEntry> journal = new ArrayList<>();
        for (Entry e : kept) {
            JournalEntry k = e.entry();
            // after a moved entry a hand-resolved journal listed before it, the kept one takes its place
            journal.add(movedBeforeKept ? new JournalEntry(journal.size(), k.version(), k.when(), k.tag(), k.breakpoints()) : k);
        }
        List<String> lines = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> newTags = new ArrayList<>();
        Map<String, String> fixes = new LinkedHashMap<>();   // moved file -> what to change in it, said if its replay fails
        Map<String, String> movedFrom = new LinkedHashMap<>();   // moved file -> its tag before the move
        Set<String> handWritten = new HashSet<>();   // moved files that move unchanged
        // the text of the snapshot the next moved migration follows in the journal, as it is written: its checksum file records it
        // (MigrationsFolder.FROM) so db:verify need not compare the new snapshot in full; null where there is none
        String previousSnapshot = last.snapshot() == null ? null : last.snapshotText();
        for (Entry m : moved) {
            String oldTag = m.entry().tag();
            int us = oldTag.indexOf('_');
            // in the folder's style: a folder named by times (drizzle-kit's migrations.prefix) keeps its own time or comes after
            String newTag = dev.godwit.engine.folder.Tags.after(previousTag, idx, Math.max(0, dev.godwit.engine.folder.Tags.secondsNamed(oldTag)) * 1000,
                    us < 0 ? oldTag : oldTag.substring(us + 1));
            // hand-written: no checksum file, and a snapshot that changes nothing (what db:generate -Ddb.custom and drizzle-kit's
            // --custom write); without a checksum file but with schema changes it was generated (by drizzle-kit, or _sums was not
            // committed), and moving its SQL unchanged would undo the target's changes to the tables it rebuilds
            boolean custom = ownSum(folder, m) == null && Verifier.differences(m.snapshot().schema(), theirsBefore).isEmpty();
            ConflictSides sqlSides = ConflictSides.of(read(folder, folder.sqlFile(oldTag)));
            String oldSql = m.ours() ? sqlSides.ours() : sqlSides.theirs();
            String sql;
            SchemaDef next;
            Map<String, String> renamedTables = Map.of();
            Map<String, String> renamedColumns = Map.of();
            if (custom) {
                sql = oldSql;
                next = current;
                // named, not rewritten: a word in hand-written SQL may be an alias or another table's column of that name
                String stale = staleNames(targetRenames.namedIn(oldSql), sqlSides.conflicted());
                String file = folder.relative(folder.sqlFile(oldTag));
                if (!stale.isEmpty()) {
                    fixes.put(newTag + ".sql", newTag + " (was " + oldTag + ") is hand-written and moves unchanged, and its SQL still names what"
                            + " the target branch renamed: " + stale + ". Write the new names in " + file + " (it will run after the target"
                            + " branch's migrations), then run mvn db:rebase again.");
                }
                warnings.add(newTag + " (was " + oldTag + ") is a hand-written migration: moved unchanged. Review it: it now runs after the target"
                        + " branch's migrations." + (stale.isEmpty() ? "" : " Its SQL still names what the target branch renamed: " + stale
                        + "; write the new names in " + folder.relative(folder.sqlFile(newTag)) + "."));   // where it is once moved
            } else {
                SchemaMerge.MergedStep step = SchemaMerge.apply(current, theirsBefore, m.snapshot(), targetRenames, oldTag);
                next = step.schema();
                renamedTables = step.renamedTables();
                renamedColumns = step.renamedColumns();
                SchemaDiff diff = SchemaDiffer.diff(current, next, renames(renamedTables, renamedColumns));
                if (diff.isEmpty()) {
                    // Nothing left to do: no empty migration (db:apply refuses one); its files go, the chain skips it.
                    removeMoved(folder, oldTag, keptFiles, deletes);
                    lines.add("drop " + oldTag + ": its changes are already in the target branch's migrations");
                    current = next;
                    theirsBefore = m.snapshot().schema();
                    continue;
                }
                // the triggers db:generate wrote again after a rebuild (taken away with its table) are written again here too
                dev.godwit.engine.plan.Plan planned = SqlitePlanner.plan(diff);
                dev.godwit.engine.plan.Plan tried = dev.godwit.engine.generate.PlanTrial.triedAfter(planned, diff, replay, current);
                sql = tried.sqlText();
                for (String w : tried.warnings()) if (!planned.warnings().contains(w)) warnings.add(newTag + " (was " + oldTag + "): " + w);
            }
            // Regenerated SQL gets a "when" of its own: under the old one, a database that applied the old SQL would take the new
            // file for that migration edited (db:apply says to restore it, db:repair would record SQL that never ran there)
            long when = Math.max(m.entry().when() + (sql.equals(oldSql) ? 0 : 1), lastWhen + 1);
            JournalEntry entry = new JournalEntry(idx, m.entry().version(), when, newTag, m.entry().breakpoints());
            Snapshot snap = new Snapshot(m.snapshot().id(), prevId, next, renamedTables, renamedColumns);
            removeMoved(folder, oldTag, keptFiles, deletes);
            Path formerSum = sumUnderFormerName(folder, m, oldSql, journalSides.conflicted(), keptFiles);
            if (formerSum != null) {
                // renumbered by hand in the merge (0001_age.sql now 0002_age.sql), its checksum file left under the old name
                deletes.delete(formerSum);
                lines.add("remove " + folder.relative(formerSum) + ": the checksum file of " + oldTag + " under its name before the merge");
            }
            writes.write(folder.sqlFile(newTag), sql);
            String snapText = SnapshotCodec.render(snap);
            writes.write(folder.snapshotFile(newTag), snapText);
            // stamped with its "when", as db:generate writes it: a checksum file left by a later drizzle-kit drop is then told apart
            // regenerated: what it was before is kept beside it, so the row of a database that ran the old SQL (the feature branch's
            // dev database) is told as this migration before the rebase, not as another branch's (db:status, db:apply, db:repair)
            if (!custom) writes.write(folder.sumFile(newTag), MigrationsFolder.sqlSum(sql) + " when=" + when
                    + (sql.equals(oldSql) ? "" : rebasedFrom(folder, m, oldTag, oldSql))
                    // the snapshot is new (merged, another prevId): recorded for it and the one it now follows, as db:generate does
                    + (previousSnapshot == null ? "" : MigrationsFolder.snapshotFields(MigrationsFolder.snapshotSum(snapText),
                            MigrationsFolder.snapshotSum(previousSnapshot)))
                    + MigrationsFolder.nameField(newTag + ".sql") + "\n");
            previousSnapshot = snapText;
            journal.add(entry);
            replay.add(new Migration(entry, folder.sqlFile(newTag), sql));
            lines.add("move " + oldTag + " -> " + newTag + (custom ? " (hand-written: SQL unchanged)" : sql.equals(oldSql) ? " (SQL unchanged)"
                    : " (SQL regenerated on top of " + last.entry().tag() + ")"));
            current = next;
            theirsBefore = m.snapshot().schema();
            prevId = snap.id();
            lastWhen = when;
            previousTag = newTag;
            newTags.add(newTag);
            movedFrom.put(newTag + ".sql", oldTag);
            if (custom) handWritten.add(newTag + ".sql");
            idx++;
        }
        writes.write(folder.journalFile(), ours.withEntries(journal).toJsonText());
        warnings.addAll(requireReplayGives(replay, current, fixes, movedFrom, handWritten, folder));

        log.info("Rebasing " + folder.relative(folder.dir()) + ": keeping " + kept.size() + " migration(s) of the target branch (last: "
                + last.entry().tag() + ")");
        for (String l : lines) log.info("  " + l);
        deletes.andThen(writes).commit();   // one change: a stop between the two left the moved migrations' old files gone and no new ones
        for (String w : warnings) log.warn(w);
        if (fileNameHistory != null && !movedFrom.isEmpty()) {
            // a release branch's hotfix already deployed: production records it under its old file name
            List<String> renames = new ArrayList<>();
            movedFrom.forEach((file, oldTag) -> renames.add(oldTag + ".sql -> " + file));
            log.warn(fileNameHistory + ", wrangler's history, records a migration by its file name, and the moved ones have new names ("
                    + String.join(", ", renames) + "). A database that ran one of them before this merge (a release branch's hotfix"
                    + " deployed) records its old name: there db:status lists it MISSING and the new name pending, and db:repair names"
                    + " the UPDATE that moves its row, so that it does not run a second time.");
        }
        String merged = journalSides.theirsLabel();
        if (merged != null && !newTags.isEmpty() && merged.replaceFirst("^(origin|upstream)/", "").matches("main|master|trunk|develop")) {
            // the usual direction is a feature branch merged into main; merged the other way, main's migrations are the ones moved
            log.warn("The moved migrations come from " + merged + ", merged into this branch: they now run after this branch's. If "
                    + merged + "'s migrations already ran on a shared database (deployed), that database will refuse the result as out"
                    + " of order. Then undo this (git merge --abort, or git checkout -- " + folder.relative(folder.dir()) + ") and merge this"
                    + " branch into " + merged + " instead, running db:rebase there.");
        }
        log.info("Rebased: review the moved migrations, then commit. They apply after " + last.entry().tag() + " with db:apply.");
        return newTags;
    }


    /**
     * A checksum file no journal entry has, stamped with the moved migration's {@code when} and recording its SQL: its own, left
     * under the name it had before the merge was resolved by hand (0001_age.sha256 beside 0002_age.sql). Null if there is none.
     */
    private static Path sumUnderFormerName(MigrationsFolder folder, Entry m, String oldSql, boolean journalConflicted, Set<String> keptFiles) {
        if (journalConflicted) return null;   // git's merge keeps the names: nothing was renamed by hand
        try {
            for (var stale : folder.staleSums().entrySet()) {
                Path f = stale.getKey();
                if (stale.getValue() != null || keptFiles.contains(f.getFileName().toString()) || f.equals(folder.sumFile(m.entry().tag()))) continue;
                List<String> fields = List.of(folder.sumFields(f));
                if (fields.contains("when=" + m.entry().when()) && fields.get(0).equals(MigrationsFolder.sqlSum(oldSql))) return f;
            }
        } catch (RuntimeException unreadable) {
            return null;   // db:verify names it
        }
        return null;
    }

    /**
     * Whether the SQL of {@code e}, the first journal entry of a snapshot file git left conflicted, is what the merged branch's
     * side ("theirs") of that snapshot changes and not what the target's side changes: the entry is then the merged branch's,
     * listed first in a journal resolved by hand. Where the SQL tells neither (hand-written, or both), the first entry is ours.
     */
    private static boolean writesTheirs(MigrationsFolder folder, JournalEntry e, ConflictSides sides, List<Entry> before) {
        try {
            Snapshot ours = snapshot(folder, folder.snapshotFile(e.tag()), sides.ours());
            Snapshot theirs = snapshot(folder, folder.snapshotFile(e.tag()), sides.theirs());
            String sql = ConflictSides.of(read(folder, folder.sqlFile(e.tag()))).ours().strip();
            return !writes(ours, before, sql) && writes(theirs, before, sql);
        } catch (RuntimeException unreadable) {
            return false;   // said where the side is read for the rebase
        }
    }

    /** Whether {@code sql} is what db:generate plans for the step from the snapshot's parent (among {@code before}) to it. */
    private static boolean writes(Snapshot s, List<Entry> before, String sql) {
        SchemaDef parent = s.prevId().equals(Snapshot.ORIGIN) ? SchemaDef.EMPTY : null;
        for (Entry b : before) if (b.snapshot() != null && b.snapshot().id().equals(s.prevId())) parent = b.snapshot().schema();
        if (parent == null) return false;
        SchemaDiff diff = SchemaDiffer.diff(parent, s.schema(), renames(s.renamedTables(), s.renamedColumns()));
        return !diff.isEmpty() && SqlitePlanner.plan(diff).sqlText().strip().equals(sql);
    }

    /**
     * A moved migration db:generate wrote gets its SQL written again from the schema on top of the target branch: statements
     * typed into it (a trigger, a data fix), recorded by db:repair or not, would be gone without a word. Refused, naming them.
     */
    private static void requireNoHandEdits(MigrationsFolder folder, List<Entry> moved, SchemaDef branchPoint, boolean journalConflicted) {
        List<String> edited = new ArrayList<>();
        SchemaDef before = branchPoint;
        for (Entry m : moved) {
            String tag = m.entry().tag();
            SchemaDef stepBefore = before;
            before = m.snapshot().schema();
            List<String> fields = ownSum(folder, m);
            if (fields == null) {
                // renumbered by hand in the merge: its checksum file may still be under the old name, saying db:repair recorded an edit
                ConflictSides sql = ConflictSides.of(read(folder, folder.sqlFile(tag)));
                Path former = sumUnderFormerName(folder, m, m.ours() ? sql.ours() : sql.theirs(), journalConflicted, Set.of());
                if (former != null && List.of(folder.sumFields(former)).contains(MigrationsFolder.EDITED)) {
                    edited.add(tag + " (" + folder.relative(folder.sqlFile(tag)) + "; db:repair recorded the edit, in " + folder.relative(former) + ")");
                }
                continue;   // hand-written or drizzle-kit's: moved unchanged or regenerated, as said there
            }
            String sum = String.join(" ", fields);
            ConflictSides sql = ConflictSides.of(read(folder, folder.sqlFile(tag)));
            String text = m.ours() ? sql.ours() : sql.theirs();
            if (fields.contains(MigrationsFolder.EDITED)) {
                edited.add(tag + " (" + folder.relative(folder.sqlFile(tag)) + "; db:repair recorded the edit)");
            } else if (!MigrationsFolder.sqlSum(sql.conflicted() ? asGenerated(text, sum) : text).equals(fields.get(0))) {
                edited.add(tag + " (" + folder.relative(folder.sqlFile(tag)) + " is not the SQL its checksum file records)");
            } else {
                // a checksum file db:repair re-recorded before it marked edits matches the edited SQL and says nothing more: a data
                // statement db:generate does not write for this step (its own snapshot and the one before) is taken for an edit
                String extra = dataStatementNotGenerated(m, text, stepBefore);
                if (extra != null) {
                    edited.add(tag + " (" + folder.relative(folder.sqlFile(tag)) + " holds " + extra + ", which db:generate does not write for"
                            + " this step; its checksum file was re-recorded by a db:repair from before it marked edits)");
                }
            }
        }
        if (edited.isEmpty()) return;
        throw new RebaseException("Cannot move " + (edited.size() == 1 ? "a migration" : "migrations") + " after the target branch's migrations:"
                + " db:generate wrote " + (edited.size() == 1 ? "it" : "them") + ", the SQL was edited by hand since, and db:rebase writes a moved"
                + " generated migration's SQL again from the schema, which would drop the edit:\n  - " + String.join("\n  - ", edited)
                + "\nRebase by hand: keep the hand-written statements aside, drop the migration (mvn db:drop -Ddb.name=TAG, keeping its schema"
                + " code), run mvn db:generate, and put the statements into the new migration or a custom one (mvn db:generate -Ddb.custom)."
                + " Nothing was written.");
    }

    /**
     * The first INSERT, UPDATE, DELETE or REPLACE of {@code sql} that the plan of the migration's own step (the snapshot before it to
     * its own) does not hold, or null. Only data statements: what db:generate adds to a plan besides (triggers and views taken
     * around a rebuild) is not judged, nor the shape of its schema statements, which differ between Godwit versions.
     */
    private static String dataStatementNotGenerated(Entry m, String sql, SchemaDef stepBefore) {
        List<String> statements = new Migration(m.entry(), Path.of(m.entry().tag() + ".sql"), sql).statements();
        List<String> data = statements.stream().filter(Rebaser::writesRows).toList();
        if (data.isEmpty()) return null;
        Set<String> planned = new java.util.HashSet<>();
        try {
            SchemaDiff diff = SchemaDiffer.diff(stepBefore, m.snapshot().schema(), renames(m.snapshot().renamedTables(), m.snapshot().renamedColumns()));
            for (String st : SqlitePlanner.plan(diff).statements()) planned.add(st.strip());
        } catch (RuntimeException notPlanned) {
            return null;   // the step cannot be planned again here: nothing to compare with (the rebase says so later if it matters)
        }
        for (String st : data) {
            if (planned.contains(st.strip())) continue;
            // the cut of a NOT NULL SET NULL reference before a rebuild's sweep, whose value changed form (2-1, now ~1)
            if (OLDER_CUT.matcher(st.strip()).matches()) continue;
            String shown = st.strip().replaceAll("\\s+", " ");
            return (shown.length() > 60 ? shown.substring(0, 57) + "..." : shown);
        }
        return null;
    }

    private static final String ID = "`(?:[^`]|``)*`";

    /**
     * The cut SweepReferences writes, in each form a Godwit wrote it: {@code UPDATE `a` SET `b_id` = coalesce((SELECT max(`id`) FROM `b`
     * WHERE typeof(`id`) = 'text'), '') || '~' || rowid;}, before 346f2edb without the typeof filter and with '-'; the row id read as
     * rowid, or oid or _rowid_ where a column takes that name (SqliteNames.rowidAlias).
     */
    private static final java.util.regex.Pattern OLDER_CUT = java.util.regex.Pattern.compile("UPDATE " + ID + " SET " + ID + " = coalesce\\(\\(SELECT max\\("
            + "(" + ID + ")\\) FROM " + ID + "(?: WHERE typeof\\(\\1\\) = 'text')?\\), ''\\) \\|\\| '[-~]' \\|\\| (?:rowid|oid|_rowid_);");

    /** Whether a statement writes rows as a data migration does (not a copy db:generate writes in a rebuild, nor a counter move). */
    private static boolean writesRows(String statement) {
        List<dev.godwit.engine.sql.SqlLexer.Token> k = dev.godwit.engine.sql.SqlLexer.significant(statement);
        if (k.isEmpty()) return false;
        if (k.size() > 1 && k.get(1).isName() && k.get(1).name().equalsIgnoreCase("sqlite_sequence")) return false;
        if (k.get(0).is("UPDATE") || k.get(0).is("DELETE") || k.get(0).is("REPLACE")) return true;
        if (!k.get(0).is("INSERT")) return false;
        for (dev.godwit.engine.sql.SqlLexer.Token t : k) if (t.is("VALUES")) return true;
        return false;   // INSERT ... SELECT: a rebuild's copy
    }

    /**
     * Whether the entry has no snapshot of its own: its migration only writes rows, and its snapshot file is missing or, shared
     * with another entry of its number, not left conflicted by git (so it is the other branch's, added by the merge).
     */
    private static boolean hasNoSnapshot(MigrationsFolder folder, JournalEntry e, Path f, boolean shared) {
        if (!FolderCheck.writesRowsOnly(folder, e)) return false;
        return !Files.exists(f) || shared && !ConflictSides.of(read(folder, f)).conflicted();
    }

    /**
     * The fields of the moved migration's own checksum file (its side, if git left the file conflicted), or null: none, or one
     * stamped with another migration's "when". drizzle-kit's drop leaves Godwit's checksum file behind, and a custom migration
     * made again under that tag is not what it records (as {@link MigrationsFolder#readSum(JournalEntry)} says); it goes with
     * the old tag's files when the migration moves.
     */
    private static List<String> ownSum(MigrationsFolder folder, Entry m) {
        Path sumFile = folder.sumFile(m.entry().tag());
        if (!Files.exists(sumFile)) return null;
        ConflictSides sums = ConflictSides.of(read(folder, sumFile));
        List<String> fields = List.of(MigrationsFolder.sumFields(m.ours() ? sums.ours() : sums.theirs()));
        if (fields.get(0).isEmpty()) return null;
        boolean another = fields.stream().anyMatch(f -> f.startsWith("when=") && !f.equals("when=" + m.entry().when()));
        return another ? null : fields;
    }

    /**
     * One side of a conflicted SQL file as it was generated: git ends a side with a newline the file may not have had, so
     * the side without it is taken when that is what the checksum file records.
     */
    private static String asGenerated(String side, String sum) {
        String recorded = MigrationsFolder.sumFields(sum)[0];
        String without = side.endsWith("\n") ? side.substring(0, side.length() - 1) : side;
        return MigrationsFolder.sqlSum(without).equals(recorded) ? without : side;
    }

    /** Deletes the moved migration's files under its old tag, but none a kept migration has (the same tag, or number). */
    private static void removeMoved(MigrationsFolder folder, String oldTag, Set<String> keptFiles, FolderEdit deletes) {
        for (Path f : List.of(folder.sqlFile(oldTag), folder.sumFile(oldTag), folder.snapshotFile(oldTag))) {
            if (!keptFiles.contains(f.getFileName().toString()) && Files.exists(f)) deletes.delete(f);
        }
    }

    /** The number a tag starts with ({@code 3} of {@code 0003_email}), or -1 when it has none that fits an idx. */
    private static int numberOf(String tag) {
        String n = dev.godwit.engine.folder.Tags.number(tag);
        if (dev.godwit.engine.folder.Tags.secondsNamed(tag) >= 0) return -1;   // named by a time (drizzle-kit's migrations.prefix): no idx
        try {
            return n == null ? -1 : Integer.parseInt(n);
        } catch (NumberFormatException tooLong) {
            return -1;   // a timestamp prefix: not an idx
        }
    }

    private static RenameResolver renames(Map<String, String> renamedTables, Map<String, String> renamedColumns) {
        return new RenameResolver() {
            @Override
            public String tableRenamedFrom(String added, List<String> dropped) {
                for (var e : renamedTables.entrySet()) if (e.getValue().equals(added) && dropped.contains(e.getKey())) return e.getKey();
                return null;
            }

            @Override
            public String columnRenamedFrom(String table, String added, List<String> dropped) {
                String to = SnapshotCodec.quote(table) + "." + SnapshotCodec.quote(added);
                for (var e : renamedColumns.entrySet()) {
                    if (!e.getValue().equals(to)) continue;
                    // drizzle-kit's form names the table as it is now; earlier Godwit builds its old name
                    String from = SnapshotCodec.columnOf(table, e.getKey());
                    if (from == null) from = SnapshotCodec.columnOfAnyTable(e.getKey());
                    if (dropped.contains(from)) return from;
                }
                return null;
            }
        };
    }

    /** {@code "users" (now "people"; lines 3, 5), ...}: lines only where they are the file's (not one side of a conflict). */
    private static String staleNames(List<TargetRenames.Named> named, boolean conflicted) {
        List<String> parts = new ArrayList<>();
        for (TargetRenames.Named n : named) {
            String lines = conflicted || n.lines().isEmpty() ? ""
                    : (n.lines().size() == 1 ? "; line " : "; lines ") + String.join(", ", n.lines().stream().map(String::valueOf).toList());
            parts.add(n.old() + " (now " + n.now() + lines + ")");
        }
        return String.join(", ", parts);
    }

    /**
     * Replays the rebased folder on an empty database: it must run and give the last snapshot, and leave no view or trigger
     * unusable that was not so before the moves. Returns the warnings for hand-written migrations, which move unchanged (as
     * their stale names are warned of): a view or trigger of theirs, or over what they change, that the move left unusable.
     */
    private static List<String> requireReplayGives(List<Migration> migrations, SchemaDef expected, Map<String, String> fixes, Map<String, String> movedFrom,
            Set<String> handWritten, MigrationsFolder folder) {
        try (SqliteDatabase db = SqliteDatabase.inMemory()) {
            Set<String> unreadable = Set.of();
            Map<String, String> brokenByMove = new LinkedHashMap<>();   // view or trigger -> what to say, while it stays unusable
            Map<String, String> unusableAfterHandWritten = new LinkedHashMap<>();   // the same after a hand-written one -> its file
            for (int i = 0; i < migrations.size(); i++) {
                Migration m = migrations.get(i);
                List<String> statements = m.statements();
                try {
                    db.runAtomically(statements, ForeignKeysPragma.asksOff(statements));
                } catch (DatabaseException e) {
                    throw new RebaseException("After the rebase, " + m.fileName() + " would fail on a database that has the migrations before it: "
                            + e.databaseMessage() + ". " + fixes.getOrDefault(m.fileName(), "Resolve it by hand (drop the moved migration, mvn db:generate).")
                            + " Nothing was written.");
                }
                // SQLite checks a view or trigger only when it is used: a moved one over a column or table the target branch dropped (or
                // a moved drop under one the target added) is written without an error and fails on every query (or write); looked for
                // before the first moved migration and after each
                boolean moved = movedFrom.containsKey(m.fileName());
                if (!moved && !(i + 1 < migrations.size() && movedFrom.containsKey(migrations.get(i + 1).fileName()))) continue;
                Map<String, String> now = new LinkedHashMap<>();
                dev.godwit.engine.db.UnreadableViews.in(db).forEach((view, why) -> {
                    if (why.contains("no such table") || why.contains("no such column")) now.put("view \"" + view + "\" (" + why + ")", why);
                });
                dev.godwit.engine.preflight.DataReplay.brokenTriggersOf(db).values().forEach(said -> now.put(said, said));
                brokenByMove.keySet().retainAll(now.keySet());   // mended by a later migration
                unusableAfterHandWritten.keySet().retainAll(now.keySet());
                if (moved) {
                    for (String v : now.keySet()) {
                        if (unreadable.contains(v)) continue;
                        if (handWritten.contains(m.fileName())) {
                            // warned of already when what it names was renamed by the target
                            if (!fixes.containsKey(m.fileName())) unusableAfterHandWritten.put(v, m.fileName());
                        } else {
                            brokenByMove.put(v, v + ", after " + m.fileName() + " (was " + movedFrom.get(m.fileName()) + ")");
                        }
                    }
                }
                unreadable = now.keySet();
            }
            if (!brokenByMove.isEmpty()) {
                throw new RebaseException("After the rebase, these views or triggers cannot be used: they use a table or column one branch"
                        + " dropped while the other's migration uses it, and every query on them (or write that fires them) would fail:\n  - "
                        + String.join("\n  - ", brokenByMove.values()) + "\nResolve it by hand: drop the moved migration (keep its schema code),"
                        + " change the view, trigger or what it uses, run mvn db:generate, and review the result. Nothing was written.");
            }
            List<String> differences = Verifier.differences(Introspector.introspect(db), expected);
            if (!differences.isEmpty()) {
                throw new RebaseException("After the rebase, replaying the migrations would not give the last snapshot:\n    "
                        + String.join("\n    ", differences) + "\nResolve it by hand (drop the moved migration, mvn db:generate). Nothing was written.");
            }
            List<String> warnings = new ArrayList<>();
            unusableAfterHandWritten.forEach((what, file) -> warnings.add(file.replaceFirst("\\.sql$", "") + " (was " + movedFrom.get(file) + ") is"
                    + " hand-written and moved unchanged, and after it " + what + " cannot be used: it uses a table or column one branch dropped."
                    + " Change it in " + folder.relative(folder.dir().resolve(file)) + "."));
            return warnings;
        }
    }

    private static Journal journal(MigrationsFolder folder, String text) {
        try {
            return Journal.fromJson(JsonText.parse(text), folder.relative(folder.journalFile()), folder::snapshotDialect);
        } catch (InvalidJsonException e) {
            throw new SnapshotException(folder.relative(folder.journalFile()) + " is not valid JSON even after splitting git's conflict markers: "
                    + e.getMessage() + ". Restore it from version control (git checkout --merge), then run db:rebase again.", e);
        }
    }

    private static Snapshot snapshot(MigrationsFolder folder, Path f, String text) {
        try {
            return SnapshotCodec.fromJson(JsonText.parse(text), folder.relative(f));
        } catch (InvalidJsonException e) {
            throw new SnapshotException(folder.relative(f) + " is not valid JSON even after splitting git's conflict markers: "
                    + e.getMessage() + ". Restore it from version control, then run db:rebase again.", e);
        }
    }

    private static String read(MigrationsFolder folder, Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SnapshotException("cannot read " + folder.relative(f) + ": " + e.getMessage() + "; restore it from version control", e);
        }
    }

    /**
     * The {@link MigrationsFolder#REBASED_FROM} fields of a regenerated migration's new checksum file: those its old file
     * carried (rebased before) and this rebase's, its old tag, "when" and the hash of its old SQL as a database recorded it.
     */
    private static String rebasedFrom(MigrationsFolder folder, Entry m, String oldTag, String oldSql) {
        StringBuilder out = new StringBuilder();
        Path oldSum = folder.sumFile(oldTag);
        if (Files.exists(oldSum)) {
            ConflictSides sides = ConflictSides.of(read(folder, oldSum));
            for (MigrationsFolder.RebasedFrom r : MigrationsFolder.rebasedFromFields(MigrationsFolder.sumFields(m.ours() ? sides.ours() : sides.theirs()))) {
                out.append(' ').append(r.field());
            }
        }
        // the hash a database that ran the old SQL records: Godwit's (a file mixing CRLF and LF: that of its LF text), and where
        // that differs, drizzle-orm's of the text as it is (also Godwit's before it recorded the LF text's)
        String recorded = dev.godwit.engine.folder.Migration.recordedHash(oldSql);
        String asIs = dev.godwit.engine.folder.Checksums.sha256Hex(oldSql);
        out.append(' ').append(new MigrationsFolder.RebasedFrom(oldTag, m.entry().when(), recorded).field());
        if (!asIs.equals(recorded)) out.append(' ').append(new MigrationsFolder.RebasedFrom(oldTag, m.entry().when(), asIs).field());
        return out.toString();
    }

    /**
     * The target side of a conflicted checksum file, with the {@link MigrationsFolder#SQUASH_LOST_TRIGGER} fields only the other
     * side has: each branch's db:repair may have recorded a trigger a squash lost, and one dropped would read as made outside the
     * migrations again (db:verify -Ddb.drift) on the databases of its branch.
     */
    private static String withTheirsSquashLostTriggers(ConflictSides sums) {
        String[] ours = MigrationsFolder.sumFields(sums.ours());
        List<String> have = MigrationsFolder.squashLostTriggers(ours);
        List<String> add = MigrationsFolder.squashLostTriggers(MigrationsFolder.sumFields(sums.theirs())).stream().filter(n -> !have.contains(n)).toList();
        if (add.isEmpty() || ours.length == 0 || ours[0].isEmpty()) return sums.ours();
        return MigrationsFolder.withSquashLostTriggers(ours, add);
    }
}
