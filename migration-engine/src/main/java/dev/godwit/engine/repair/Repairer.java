package dev.godwit.engine.repair;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.folder.AbsentFolder;
import dev.godwit.engine.folder.FolderEdit;
import dev.godwit.engine.folder.FolderLock;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.migrate.AppliedMigration;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.LostEntryRows;
import dev.godwit.engine.migrate.MigrationState;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.sql.Quoting;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code db:repair}, Flyway's {@code repair}: after a deliberate edit of a migration, re-records its
 * checksum in the history table and in {@code meta/_sums/}; removes history rows of migrations that
 * exist nowhere. Lists every change first; in batch mode makes them only with {@code -Ddb.force}.
 * The history changes run as one transaction; if they fail, the checksum files are put back.
 */
public final class Repairer {

    private final EngineLog log;

    public Repairer(EngineLog log) {
        this.log = log;
    }

    private java.time.Duration lockTimeout = FolderLock.DEFAULT_TIMEOUT;

    /** How long a repair waits for another goal's lock on the folder ({@code -Ddb.lockTimeout}; zero: refuses at once). */
    public Repairer withLockTimeout(java.time.Duration timeout) {
        this.lockTimeout = timeout;
        return this;
    }

    /** What picked the database on the command line ({@code -Ddb.local.path=...}), repeated in the commands the listing names. */
    private String commandArgs = "";

    public Repairer withCommandArgs(String args) {
        this.commandArgs = args == null ? "" : args;
        return this;
    }

    private dev.godwit.engine.introspect.TablesFilter tablesFilter = dev.godwit.engine.introspect.TablesFilter.ALL;

    /** The tables that are the schema code's ({@code -Ddb.tablesFilter}): whether the database has a migration's schema ignores the others. */
    public Repairer withTablesFilter(dev.godwit.engine.introspect.TablesFilter filter) {
        this.tablesFilter = filter == null ? dev.godwit.engine.introspect.TablesFilter.ALL : filter;
        return this;
    }

    /**
     * Run once the listed changes are confirmed, before the history is changed: takes the way back (a D1 bookmark, a local copy)
     * and gives the command that restores it, or null (a local copy: its advice is -Dlocal's, the latest copy).
     */
    private java.util.function.Supplier<String> beforeChanging = () -> null;

    /** The way back to before given migrations ran, from the project's records (the bookmark log, the local copies); null: none. */
    private dev.godwit.engine.restore.WayBack wayBack;

    public Repairer withWayBack(dev.godwit.engine.restore.WayBack wayBack) {
        this.wayBack = wayBack;
        return this;
    }

    public Repairer beforeChanging(Runnable wayBack) {
        return takingWayBack(wayBack == null ? null : () -> {
            wayBack.run();
            return null;
        });
    }

    /** As {@link #beforeChanging(Runnable)}, the hook giving the restore command of the way back it took (D1: with its bookmark). */
    public Repairer takingWayBack(java.util.function.Supplier<String> wayBack) {
        this.beforeChanging = wayBack == null ? () -> null : wayBack;
        return this;
    }

    /** The pending migration whose exact SQL the row records (paired by {@link Migrator#states}), or null. */
    private static Migration movedTo(List<MigrationState> states, MigrationState row) {
        if (row.sameSqlAs() == null) return null;
        for (MigrationState p : states) {
            if (Migrator.notRecorded(p) && p.name().equals(row.sameSqlAs())) return p.migration();
        }
        return null;
    }

    public RepairResult repair(MigrationsFolder folder, Database db, HistoryTable history, RepairOptions options) {
        return repair(folder, db, db.describe(), history, options);
    }

    /**
     * db:repair where no database is there yet ({@code noDatabase}: a local file nothing was applied to, on a fresh checkout):
     * the folder's own records alone, as a generated migration edited on purpose (a {@code -- godwit:accept-data-loss} line)
     * needs its checksum in {@code meta/_sums/} re-recorded, which takes no database. No file is created.
     */
    public RepairResult repairFolder(MigrationsFolder folder, java.nio.file.Path noDatabase, HistoryTable history, RepairOptions options) {
        return repair(folder, null, "there is no database at " + noDatabase.toAbsolutePath().normalize() + ", so no history to realign",
                history, options);
    }

    /**
     * The rows to remove are all the database's history, none of the folder's migrations can be recorded (the database has the
     * schema of none of their snapshots), and it holds tables the folder's first migration creates: a database another folder
     * (wrangler's own, say) left behind the point this folder's baseline was pulled at. Removing the rows (as before) left it
     * with tables and no history: db:apply then ran the baseline and failed on "already exists", db:baseline refused the
     * schema, and the rows saying which of the other folder's files had run there were gone. Refused, with the way on.
     */
    private void refuseBehind(MigrationsFolder folder, Database db, String where, HistoryTable history, List<String> removed, Migration first,
                              Migration reRecorded) {
        Path snapshot = folder.snapshotFile(first.tag());
        if (!java.nio.file.Files.exists(snapshot)) return;   // wrangler's own files: nothing shows what the first one creates
        dev.godwit.schema.model.SchemaDef has = dev.godwit.engine.introspect.Introspector.introspect(db, tablesFilter.leftOut(db, java.util.Set.of(history.name())));
        dev.godwit.schema.model.SchemaDef creates = folder.readSnapshot(snapshot).schema();
        java.util.Set<String> hasTables = new java.util.HashSet<>();
        for (var t : has.tables()) hasTables.add(dev.godwit.schema.model.SqliteNames.key(t.name()));
        List<String> both = creates.tables().stream().map(t -> t.name()).filter(n -> hasTables.contains(dev.godwit.schema.model.SqliteNames.key(n))).toList();
        if (both.isEmpty()) return;
        List<String> differences = dev.godwit.engine.verify.Verifier.differences(has, creates);
        // a row kept as the squash's baseline: behind it where the database lacks its tables or columns (more is a removed
        // row's leftover, said after the repair)
        if (reRecorded != null) differences = differences.stream().filter(d -> d.startsWith("table missing: ") || d.startsWith("column missing: ")).toList();
        if (differences.isEmpty()) return;
        String rows = removed.size() <= 10 ? String.join(", ", removed) : String.join(", ", removed.subList(0, 10)) + " and " + (removed.size() - 10) + " more";
        String shown = both.size() <= 5 ? String.join(", ", both.stream().map(Quoting::doubleQuoted).toList())
                : String.join(", ", both.subList(0, 5).stream().map(Quoting::doubleQuoted).toList()) + ", ...";
        throw new RepairException(where + " records in " + history.name() + (reRecorded == null ? "" : ", besides the row " + reRecorded.tag()
                + " is taken for,") + " only migrations " + folder.relative(folder.dir()) + " does not have ("
                + rows + "), and holds tables " + first.fileName() + " creates (" + shown + ") without its schema ("
                + folder.relative(snapshot) + ": " + differences.get(0) + (differences.size() > 1 ? ", ..." : "") + "): it is behind the"
                + " point " + first.tag() + " was made at. "
                + (reRecorded == null ? "With those rows removed, db:apply would run " + first.tag() + " on it and fail on \"already exists\""
                        : "Re-recording " + reRecorded.tag() + "'s checksum over the row of created_at " + reRecorded.when() + " (a migration it"
                        + " replaced, under the same \"when\") would record it as applied here, and db:apply would run the migrations after it on"
                        + " top, the database lacking what it makes for good")
                + ", and nothing would tell which of those migrations ran here. Bring it up to that point first with the"
                + " migrations it lacks, from where those rows come from ("
                + (history instanceof HistoryTable.Wrangler ? "files of wrangler's own folder: wrangler d1 migrations apply with"
                        + " that folder, or wrangler d1 execute with --file"
                        : "the folder as it was before the squash or move: git log --oneline -- " + folder.relative(folder.dir())
                        + " names the commit; check it out into another folder and run mvn db:apply" + (db.capabilities().remote() ? "" : " -Dlocal") + commandArgs
                        + " -Ddb.out=<that folder>"
                        + " on this database")
                + "), then run db:repair again; a development database can be started"
                + " afresh instead (delete it, and db:apply builds it from " + folder.relative(folder.dir()) + "). Nothing was changed.");
    }

    /**
     * Whether every migration of the folder the history records is one whose checksum this repair re-records (none kept as it
     * ran): with rows of migrations the folder lacks removed, the history's only link to the folder is a row whose migration
     * was replaced under the same "when", as a squash by hand that kept the first migration's entry leaves it.
     */
    private static boolean onlyReRecorded(List<MigrationState> states, List<String> rechecked) {
        boolean any = false;
        for (MigrationState s : states) {
            if (s.migration() == null || s.state() == MigrationState.State.PENDING) continue;
            if (s.state() != MigrationState.State.CHECKSUM_MISMATCH || !rechecked.contains(s.migration().tag())) return false;
            any = true;
        }
        return any;
    }

    /**
     * A merge whose journal conflict was resolved by taking one side leaves the other branch's migration with its files and no
     * entry (LostMergeEntry), each with the row that records it here, if any. Its row on that branch's database read as a
     * migration the folder lacks, and db:repair removed it (with -Ddb.force too): once db:rebase moved the migration, db:apply
     * ran its SQL a second time. In wrangler's layout it stamped the migration's checksum file with "when" 0, the record
     * db:rebase takes the entry back from. The migration, its files and its row are left to db:rebase.
     */
    private static List<LostEntryRows.Lost> lostEntries(MigrationsFolder folder, Database db, HistoryTable.Found found) {
        List<LostEntryRows.Lost> lost = LostEntryRows.of(folder, List.of());   // the folder alone: the history is read only where one is lost
        if (lost.isEmpty() || found == null || !found.exists()) return lost;
        return LostEntryRows.of(folder, found.table().read(db));   // its layout read from its columns, as the repair reads it
    }

    /** Each lost entry as the refusal and the listing tell it: what it is, the way on, and why its row stays. */
    private static String lostItems(List<LostEntryRows.Lost> lost) {
        List<String> told = new ArrayList<>();
        for (var l : lost) told.add(l.told() + "." + (l.row() == null ? "" : " " + LostEntryRows.keepTheRow(l, "db:repair") + "."));
        return "\n  - " + String.join("\n  - ", told);
    }

    /**
     * The refusal while a merge has lost an entry, where nothing else is to repair, or where rows of migrations the folder lacks
     * ({@code waiting}) are: which migration such a row stands for (another branch's, one moved, renamed or regenerated, one a
     * squash replaced) is told from the folder's migrations and snapshots, which the merge has left half done.
     */
    private static RepairException lostRefusal(String where, List<LostEntryRows.Lost> lost, List<String> waiting) {
        boolean one = waiting.size() == 1;
        return new RepairException("db:repair of " + where + " changes nothing while a merge has lost a migration's journal entry:"
                + lostItems(lost) + (waiting.isEmpty() ? "" : "\nIt also found " + (one ? "a row" : "rows") + " of migrations the"
                + " folder does not have (" + String.join(", ", waiting) + "): what " + (one ? "it stands" : "they stand") + " for is"
                + " told from the folder's migrations and snapshots, which the merge has left half done, so " + (one ? "it waits"
                : "they wait") + " for db:rebase too.")
                + "\nRun db:repair again after db:rebase, if something is still to repair then. Nothing was changed.");
    }

    /** {@code db} null: no database, the folder alone ({@code where} says why). */
    private RepairResult repair(MigrationsFolder folder, Database db, String where, HistoryTable history, RepairOptions options) {
        AbsentFolder.refuse(folder, "db:repair");
        // held from reading the folder to writing its checksums: the rows are matched to the folder as another goal left it
        try (FolderLock held = FolderLock.take(folder, "db:repair", lockTimeout, log::info)) {
            return repairHeld(folder, db, where, history, options);
        }
    }

    private RepairResult repairHeld(MigrationsFolder folder, Database db, String where, HistoryTable history, RepairOptions options) {
        // a merge's lost entry: that migration, its files and its row are db:rebase's; other repairs (an edit recorded, a copy of a
        // row removed, a moved row followed) do not touch them and go on; they were all refused
        HistoryTable.Found found = db != null ? HistoryTable.find(db, history) : null;   // find: another tool's history with rows is refused too
        List<LostEntryRows.Lost> lost = lostEntries(folder, db, found);
        List<String> lostTags = lost.stream().map(LostEntryRows.Lost::tag).toList();
        // wrangler's history stands for every .sql file (journal entry or none), as db:apply and db:status read it; the journal
        // alone would take the rows of files without an entry (or of a folder without a journal) for missing, and remove them
        List<Migration> migrations = (history instanceof HistoryTable.Wrangler ? folder.migrationsInNameOrder() : folder.migrations())
                .stream().filter(m -> !lostTags.contains(m.tag())).toList();
        List<String> waiting = new ArrayList<>();   // rows of migrations the folder lacks, while an entry is lost: for after db:rebase
        List<String> lines = new ArrayList<>();
        List<String> statements = new ArrayList<>();
        List<String> rechecked = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> recorded = new ArrayList<>();
        List<String> takenOut = new ArrayList<>();   // rows removed from between two applied migrations: taken out of the folder?
        // of those, the ones after a migration whose row reads EDITED: replaced by it in a squash by hand that kept its "when"
        java.util.Map<String, String> squashed = new java.util.LinkedHashMap<>();
        boolean foreignRowsRemoved = false;   // rows of migrations the folder lacks (not mere copies): what the pending ones may be made from
        String leftBehind = null;   // what the removed rows' migrations left in the schema: db:repair changes only the history
        String editsNotRun = null;   // what the edited migrations make now and this database lacks: db:repair runs none of it
        String triggersSquashedAway = null;   // triggers this database has that no migration of the squashed folder makes
        List<String> lostTriggers = new ArrayList<>();   // their names, recorded in the baseline's checksum file for db:verify -Ddb.drift
        Migration squashBaseline = null;
        List<AppliedMigration> removedRows = new ArrayList<>();   // the rows of migrations that may have left that: the way back is to before them
        String table = Quoting.doubleQuoted(history.name());
        if (found != null && found.exists()) {
            List<MigrationState> states = new Migrator(db, history, EngineLog.SILENT).status(migrations).stream()
                    .filter(st -> st.state() != MigrationState.State.MISSING_LOCALLY || LostEntryRows.recording(lost, st.applied()) == null).toList();
            long rows = states.stream().filter(st -> st.applied() != null).count();
            if (migrations.isEmpty() && rows > 0) AbsentFolder.refuseEmptyAgainst(folder, (int) rows, history.name());
            // (a rename is told by the schema of a snapshot, which the merge took one side of, or left with git's markers)
            RenamedFiles.Found renamedFiles = lost.isEmpty() ? RenamedFiles.find(states, folder, db, history, tablesFilter.leftOut(db,
                    java.util.Set.of(history.name()))) : RenamedFiles.Found.NONE;
            List<Migration> adopted = new ArrayList<>();   // pending migrations a missing row now records
            List<Migration> renamedInto = new ArrayList<>();   // of those, the ones a row of wrangler's history is renamed to
            List<String> undecided = new ArrayList<>();   // rows the evidence cannot settle: a person says which
            for (MigrationState s : states) {
                if (s.state() == MigrationState.State.CHECKSUM_MISMATCH) {
                    Migration m = s.migration();
                    statements.add("UPDATE " + table + " SET \"hash\" = " + Quoting.literal(m.hash()) + " WHERE rowid = (SELECT rowid FROM " + table + " WHERE " + rowIs(s.applied())
                            + " ORDER BY rowid LIMIT 1)");   // one row: a copy of it (removed below, from the other end) keeps its hash
                    lines.add("re-record the checksum of " + m.tag() + " in " + history.name() + ": " + abbreviate(s.applied().hash()) + " -> "
                            + abbreviate(m.hash()) + " (" + m.fileName() + " changed after it was applied)");
                    rechecked.add(m.tag());
                } else if (s.state() == MigrationState.State.MISSING_LOCALLY) {
                    AppliedMigration r = s.applied();
                    MigrationState original = Migrator.copied(states, r);
                    if (original != null) {
                        // one of the copies goes; a DELETE of every row so recorded would take the migration's record too, and it would run again
                        statements.add("DELETE FROM " + table + " WHERE rowid = (SELECT rowid FROM " + table + " WHERE " + rowIs(r) + " ORDER BY rowid DESC LIMIT 1)");
                        lines.add("remove " + s.name() + " from " + history.name() + ": it records the migration twice (one row stays)");
                        removed.add(s.name());
                        continue;
                    }
                    Migration moved = movedTo(states, s);
                    if (moved != null) {
                        // the same SQL under a new "when" (db:rebase, a journal edit): the row follows it, or the migration would run again
                        // (a row without created_at, lost by a hand edit or another tool, gets it back the same way)
                        statements.add("UPDATE " + table + " SET \"created_at\" = " + moved.when() + " WHERE " + rowIs(r));
                        lines.add("move the row of " + s.name() + " in " + history.name() + " to " + moved.tag() + " (\"when\" " + moved.when()
                                + "): the same SQL, " + (r.createdAt() == null ? "recorded without created_at" : "moved after it was applied"));
                        adopted.add(moved);
                        continue;
                    }
                    if (!lost.isEmpty()) {
                        waiting.add(s.name());
                        continue;
                    }
                    Migrator.Regenerated regenerated = Migrator.regenerated(s, states);
                    if (regenerated != null) {
                        // the feature branch's dev database: its old SQL ran here; recorded below where the database has the new schema (db:push)
                        statements.add(deleteRow(table, history, r));
                        removedRows.add(r);
                        lines.add("remove the row of " + s.name() + " from " + history.name() + ": it is " + regenerated.told()
                                + "; what the folder now has is recorded as applied where the database has its schema (after db:push)");
                        removed.add(s.name());
                        foreignRowsRemoved = true;
                        continue;
                    }
                    Migration renumbered = RenamedFiles.renumbered(s, states);
                    if (renumbered != null) {
                        // removing the row has db:apply run the migration a second time (a hotfix's UPDATE, twice on production);
                        // renaming it skips another migration if the names only happen to match: a person says which
                        undecided.add(history.name() + " records " + r.name() + ", which is not in " + folder.relative(folder.dir()) + "; "
                                + renumbered.fileName() + " has its name under another number, as db:rebase renumbers a merged branch's"
                                + " migrations (a release branch's hotfix that ran here, moved after the target branch's migrations), and "
                                + history.name() + " keeps file names only. If it is that migration moved: UPDATE " + table + " SET \"name\" = "
                                + Quoting.literal(renumbered.fileName()) + " WHERE \"name\" = " + Quoting.literal(r.name()) + " (db:apply then"
                                + " applies the target branch's migrations this database lacks: wrangler's history runs every file it does not"
                                + " record); if it is another migration,"
                                + " which must run: DELETE FROM " + table + " WHERE \"name\" = " + Quoting.literal(r.name()));
                        continue;
                    }
                    Migration renamed = renamedFiles.renamed().get(s);
                    if (renamed != null && !RenamedFiles.schemaShows(renamed, states, folder)) {
                        // a data migration under the old number: renamed, or another one that must run? Nothing here can tell
                        undecided.add(history.name() + " records " + r.name() + ", which is not in " + folder.relative(folder.dir()) + "; "
                                + renamed.fileName() + " has its number but changes no schema, so the database cannot show whether it is that"
                                + " migration renamed or another one. If it was renamed: UPDATE " + table + " SET \"name\" = "
                                + Quoting.literal(renamed.fileName()) + " WHERE \"name\" = " + Quoting.literal(r.name()) + "; if it is another"
                                + " migration, which must run: DELETE FROM " + table + " WHERE \"name\" = " + Quoting.literal(r.name()));
                        continue;
                    }
                    if (renamed != null) {
                        statements.add("UPDATE " + table + " SET \"name\" = " + Quoting.literal(renamed.fileName()) + " WHERE \"name\" = "
                                + Quoting.literal(r.name()));
                        lines.add("rename the row " + r.name() + " in " + history.name() + " to " + renamed.fileName() + ": the same number, and the"
                                + " database has the schema of " + renamedFiles.matchedSnapshot());
                        adopted.add(renamed);
                        renamedInto.add(renamed);
                        continue;
                    }
                    statements.add(deleteRow(table, history, r));
                    removedRows.add(r);
                    List<Migration> between = Migrator.ranBetween(s, states);
                    Migration squashedInto = Migrator.squashedInto(between, states);
                    if (between != null) takenOut.add(s.name());
                    if (squashedInto != null) squashed.put(s.name(), squashedInto.tag());
                    lines.add("remove the row of " + s.name() + " from " + history.name() + ": no such migration in " + folder.relative(folder.dir())
                            + (renamedFiles.notTaken(s) != null ? " (" + renamedFiles.notTaken(s) + ")" : "")
                            + (between == null ? "" : squashedInto != null ? ", though " + dev.godwit.engine.migrate.HistoryCheck.takenOut(between, squashedInto)
                            : ", though " + dev.godwit.engine.migrate.HistoryCheck.takenOut(between) + chainBroken(folder, between)
                            + "; removing the row only hides that"));
                    removed.add(s.name());
                    foreignRowsRemoved = true;
                }
            }
            if (!waiting.isEmpty()) throw lostRefusal(where, lost, waiting);
            List<String> ranLost = lost.stream().filter(l -> l.row() != null).map(LostEntryRows.Lost::tag).toList();
            if (!rechecked.isEmpty()) editsNotRun = ranLost.isEmpty() ? editsNotRun(folder, db, history, states, rechecked)
                    // the database has what the lost migration made, which no migration of the folder makes until db:rebase
                    : "Whether this database has what the edited SQL (" + String.join(", ", rechecked.stream().map(t -> folder.relative(folder.sqlFile(t))).toList())
                    + ") makes was not checked: it ran " + String.join(", ", ranLost) + ", whose journal entry the merge lost, so the folder's"
                    + " migrations do not make its schema until db:rebase. Run mvn db:verify -Ddb.drift after the rebase.";
            if (!undecided.isEmpty()) {
                throw new RepairException("db:repair of " + where + " cannot tell what these rows stand for:\n  - " + String.join("\n  - ", undecided)
                        + "\nRun the statement that is true on the database (sqlite3, or wrangler d1 execute), then mvn db:repair again. Nothing was changed.");
            }
            if (foreignRowsRemoved) {
                // a removed copy stood for a migration that stays recorded: it says nothing of the pending ones (db:baseline's job)
                List<Migration> pending = new ArrayList<>();
                Migration lastApplied = null;
                for (MigrationState s : states) {
                    if (s.migration() == null) continue;
                    if (s.state() == MigrationState.State.PENDING && !adopted.contains(s.migration())) pending.add(s.migration());
                    else if (s.state() != MigrationState.State.SKIPPED) lastApplied = s.migration();
                }
                List<Migration> there = SquashedMigrations.alreadyThere(pending, lastApplied, folder, db, tablesFilter.leftOut(db, java.util.Set.of(history.name())));
                if (there.isEmpty() && lastApplied == null && !pending.isEmpty()) refuseBehind(folder, db, where, history, removed, pending.get(0), null);
                // a squash by hand whose baseline kept the "when" of a migration it replaces: that row reads as the baseline edited,
                // and re-recording it over a database that ran only part of the squashed migrations records the baseline there
                if (there.isEmpty() && lastApplied != null && onlyReRecorded(states, rechecked)) {
                    refuseBehind(folder, db, where, history, removed, lastApplied, lastApplied);
                }
                if (there.isEmpty() && lastApplied != null) leftBehind = leftBehind(folder, db, history, lastApplied, removedRows);
                for (Migration m : there) {
                    statements.addAll(history.guardStatements(m));
                    statements.addAll(history.recordStatements(m));
                    lines.add("record " + m.tag() + " as applied in " + history.name() + ": the database already has its schema ("
                            + folder.relative(folder.snapshotFile(m.tag())) + "), so it must not run (the rows removed above are what it was made"
                            + " from, squashed or regenerated)");
                    recorded.add(m.tag());
                }
                // in wrangler's history the squash's 0000 has the old 0000's number: that row is renamed to it, not recorded anew
                squashBaseline = !there.isEmpty() ? there.get(there.size() - 1) : !renamedInto.isEmpty() ? renamedInto.get(renamedInto.size() - 1) : null;
                if (squashBaseline != null) {
                    lostTriggers = triggersLost(migrations, db);
                    triggersSquashedAway = triggersSquashedAway(folder, lostTriggers, squashBaseline);
                }
            }
        }
        FolderEdit sums = new FolderEdit(folder, "db:repair");
        List<String> lostRecordedInLoop = List.of();   // the squash's lost triggers written with the baseline's file in the loop below
        List<String> sumTags = new ArrayList<>();
        List<String> alsoWithoutEntry = new ArrayList<>();   // checksum files of later migrations the merge took out of the journal
        for (Migration m : migrations) {
            Path sumFile = folder.sumFile(m.tag());
            if (!java.nio.file.Files.exists(sumFile)) continue;
            if (!lost.isEmpty() && m.entry().idx() < 0) {
                // a branch's later migration the merge left without an entry too (no entry of its number, so not told as lost):
                // its checksum file's "when" is what db:rebase gives the entry back from; "stamped" with 0 it was gone
                alsoWithoutEntry.add(folder.relative(sumFile) + ": " + m.fileName() + " has no journal entry either (most likely the same"
                        + " merge took it out); its \"when\" is read from this file when the entry is given back");
                continue;
            }
            String[] fields = folder.sumFields(sumFile);   // read once: its hash, "when", marks, rebase fields and name
            if (squashBaseline != null && m.tag().equals(squashBaseline.tag()) && !lostTriggers.isEmpty()) {
                // the baseline's file written again below: the squash's loss goes in with it (the step after the loop skips it then)
                List<String> recordedLost = MigrationsFolder.squashLostTriggers(fields);
                lostRecordedInLoop = lostTriggers.stream().filter(n -> !recordedLost.contains(n)).toList();
                List<String> with = new ArrayList<>(java.util.Arrays.asList(fields));
                for (String n : lostRecordedInLoop) with.add(MigrationsFolder.squashLostTriggerField(n).substring(1));
                fields = with.toArray(String[]::new);
            }
            String sum = fields[0];
            String stamped = stampedWhen(fields, m);   // the "when" the file was written for, when it differs from the journal's
            String recordedName = MigrationsFolder.recordedName(fields);
            List<String> marks = java.util.Arrays.asList(fields);
            String file = folder.relative(sumFile);
            if (stamped != null && !m.recordedBy(sum)) {
                // written for another migration of that tag (dropped by drizzle-kit, which leaves it): it guards nothing here
                sums.delete(sumFile);
                if (squashBaseline != null && m.tag().equals(squashBaseline.tag())) lostRecordedInLoop = List.of();   // nowhere to record them
                lines.add("remove " + file + ": it was written for another " + m.tag() + " (\"when\" " + stamped + ", dropped since), not this one");
                sumTags.add(m.tag());
            } else if (stamped != null) {
                // the same SQL under a new "when" (kept after a merge or an edit of the journal, its row moved above)
                sums.write(sumFile, sum + " when=" + m.when() + (marks.contains(MigrationsFolder.EDITED) ? " " + MigrationsFolder.EDITED : "")
                        + (marks.contains(MigrationsFolder.STAMPED) ? " " + MigrationsFolder.STAMPED : "") + rebasedFields(fields)
                        + snapshotRecord(fields) + MigrationsFolder.squashLostTriggerFields(fields) + MigrationsFolder.nameField(m.fileName()) + "\n");
                lines.add("stamp " + file + " with the journal's \"when\" of " + m.tag() + ": " + stamped + " -> " + m.when());
                renamedLine(folder, m, recordedName, lines, history);
                sumTags.add(m.tag());
            } else if (!m.recordedBy(sum)) {
                String updated = MigrationsFolder.sqlSum(m.sql());
                // marked: db:generate then reads this file for triggers and views it did not write (PlanTrial)
                sums.write(sumFile, updated + " when=" + m.when() + " " + MigrationsFolder.EDITED + rebasedFields(fields)
                        + MigrationsFolder.squashLostTriggerFields(fields) + MigrationsFolder.nameField(m.fileName()) + "\n");
                lines.add("re-record the checksum of " + m.tag() + " in " + file + ": " + abbreviate(sum)
                        + " -> " + abbreviate(updated) + " (" + m.fileName() + " was edited after it was generated)");
                renamedLine(folder, m, recordedName, lines, history);
                sumTags.add(m.tag());
            } else if (m.renamedSince(recordedName)) {
                // renamed with its journal tag and checksum file: db:verify fails on it in wrangler's layout, whose history keeps names
                sums.write(sumFile, withName(fields, m.fileName()));
                renamedLine(folder, m, recordedName, lines, history);
                sumTags.add(m.tag());
            }
        }
        Path baselineSum = squashBaseline == null ? null : folder.sumFile(squashBaseline.tag());
        if (!lostRecordedInLoop.isEmpty() && sumTags.contains(squashBaseline.tag())) lines.add(lostRecordLine(folder, baselineSum, lostRecordedInLoop));
        if (!lostTriggers.isEmpty() && baselineSum != null && java.nio.file.Files.isRegularFile(baselineSum) && !sumTags.contains(squashBaseline.tag())) {
            // recorded in the folder, for db:verify -Ddb.drift here and on every database that ran the squashed folder: the squash's
            // loss, not a change made outside the migrations
            String[] fields = folder.sumFields(baselineSum);
            List<String> recordedLost = MigrationsFolder.squashLostTriggers(fields);
            List<String> toRecord = lostTriggers.stream().filter(n -> !recordedLost.contains(n)).toList();
            if (!toRecord.isEmpty()) {
                sums.write(baselineSum, MigrationsFolder.withSquashLostTriggers(fields, toRecord));
                lines.add(lostRecordLine(folder, baselineSum, toRecord));
                sumTags.add(squashBaseline.tag());
            }
        }
        for (var stale : folder.staleSums().entrySet()) {
            if (stale.getValue() != null) continue;   // its tag is in the journal under another "when": above
            if (lostTags.contains(stale.getKey().getFileName().toString().replaceFirst("\\.sha256$", ""))) continue;   // db:rebase reads it
            Migration renamed = renamedTo(folder, migrations, stale.getKey());
            if (renamed == null) continue;   // a dropped migration's: db:generate removes it, db:verify says so
            Path to = folder.sumFile(renamed.tag());
            String recordedName = MigrationsFolder.recordedName(folder.sumFields(stale.getKey()));
            // the name it records is the old one: the file's now (what db:verify compares in wrangler's layout)
            sums.write(to, withName(folder.sumFields(stale.getKey()), renamed.fileName()));
            sums.delete(stale.getKey());
            String was = stale.getKey().getFileName().toString().replaceFirst("\\.sha256$", "");
            lines.add("rename " + folder.relative(stale.getKey()) + " to " + to.getFileName() + ": " + renamed.tag() + " is "
                    + was + " renamed (the same SQL and \"when\")");
            renamedLine(folder, renamed, recordedName != null ? recordedName : was + ".sql", lines, history);
            sumTags.add(renamed.tag());
        }
        for (Migration m : dev.godwit.engine.verify.Verifier.unguarded(folder, migrations)) {
            if (sumTags.contains(m.tag()) || folder.readSum(m.tag()) != null) continue;   // its file stamped, removed or renamed above
            // drizzle-kit's or hand-written, in a folder whose earlier migrations db:generate wrote: db:verify warned at every run
            // marked: the file as it is now, which db:apply must not take for db:generate's own where it ran in another version
            sums.write(folder.sumFile(m.tag()), MigrationsFolder.sqlSum(m.sql()) + " when=" + m.when() + " " + MigrationsFolder.STAMPED
                    + MigrationsFolder.nameField(m.fileName()) + "\n");
            lines.add("write " + folder.relative(folder.sumFile(m.tag())) + " for " + m.fileName() + ", which has none though the migrations"
                    + " before it have: an edit of it is checked from now on");
            sumTags.add(m.tag());
        }
        if (lines.isEmpty() && !lost.isEmpty()) throw lostRefusal(where, lost, List.of());
        if (lines.isEmpty()) {
            log.info(db == null ? "Nothing to repair: the checksums in " + folder.relative(folder.dir()) + "/meta/_sums/ match the migrations"
                    + " (" + where + ")."
                    : "Nothing to repair: the checksums in " + history.name() + " on " + where + " and in "
                    + folder.relative(folder.dir()) + "/meta/_sums/ match the migrations, and every applied migration is in the folder.");
            return new RepairResult(List.of(), List.of(), List.of(), List.of());
        }
        String listing = (db == null ? "db:repair of " + folder.relative(folder.dir()) + " (" + where + ")"
                : "db:repair of " + where + " and " + folder.relative(folder.dir())) + ":\n  - " + String.join("\n  - ", lines)
                + (leftBehind == null ? "" : "\n" + leftBehind) + (editsNotRun == null ? "" : "\n" + editsNotRun)
                + (triggersSquashedAway == null ? "" : "\n" + triggersSquashedAway)
                + (lost.isEmpty() ? "" : "\nLeft as they are, for db:rebase (a merge has lost a migration's journal entry):" + lostItems(lost)
                + (alsoWithoutEntry.isEmpty() ? "" : "\n  - " + String.join("\n  - ", alsoWithoutEntry)));
        if (!options.force() && !takenOut.isEmpty()) {
            // as Flyway's repair, which marks a missing migration deleted rather than dropping it: not on a yes at a prompt
            List<String> out = takenOut.stream().filter(n -> !squashed.containsKey(n)).toList();
            String squash = "";
            if (!squashed.isEmpty()) {
                // "restore it from version control" is the wrong way on for rows a squash's baseline replaced, on an up-to-date database
                String baselines = String.join(", ", new java.util.LinkedHashSet<>(squashed.values()));
                squash = " The row" + (squashed.size() == 1 ? " of " : "s of ") + String.join(", ", squashed.keySet()) + (squashed.size() == 1
                        ? " is" : " are") + " most likely of " + (squashed.size() == 1 ? "a migration " : "migrations ") + baselines + " replaced in a"
                        + " squash by hand that kept the \"when\" of the first one it replaced (its own row reads EDITED): where this database ran"
                        + " every migration of the squash, run again with -Ddb.force, which re-records the baseline's checksum and removes "
                        + (squashed.size() == 1 ? "that row" : "those rows") + "; where a migration was taken out of the middle of the folder"
                        + " instead, restore it.";
            }
            throw new RepairException(listing + (out.isEmpty() ? "" : "\nThe row" + (out.size() == 1 ? " of " : "s of ") + String.join(", ", out)
                    + (out.size() == 1 ? " is" : " are") + " removed only with -Ddb.force: restore the migration instead where it"
                    + " was taken out by mistake; remove the row where it was dropped on purpose and its changes are in another migration.")
                    + (out.isEmpty() ? "\n" + squash.strip() : squash) + " Nothing was changed.");
        }
        if (!options.force()) {
            if (options.confirm() == null) {
                throw new RepairException(listing + "\nRun again with -Ddb.force to make these changes (in batch mode db:repair asks nothing)."
                        + " Nothing was changed.");
            }
            log.info(listing);
            if (!options.confirm().test("Make these " + lines.size() + " change(s)?")) {
                log.info("Nothing was changed.");
                return new RepairResult(List.of(), List.of(), List.of(), List.of());
            }
        } else {
            log.info(listing);
        }
        String undoRepair = statements.isEmpty() ? null : beforeChanging.get();
        sums.commit();
        try {
            if (!statements.isEmpty()) db.runAtomically(statements, false);
        } catch (RuntimeException e) {
            sums.rollback();
            if (e instanceof dev.godwit.engine.db.DatabaseException d && d.outcomeUnknown()) {
                // sent as one transaction, and no usable answer came back: made there all or not at all, which only a fresh read tells
                dev.godwit.engine.GodwitException unknown = new dev.godwit.engine.GodwitException(dev.godwit.engine.GodwitException.Kind.BROKEN,
                        "db:repair sent its changes of " + history.name() + " on " + where + ", but the answer"
                        + " was lost: they may or may not have been made there (all of them or none: they went as one transaction). "
                        + d.getMessage() + "\n  " + folder.relative(folder.dir()) + "/meta/_sums/ was left as it was. Run db:repair again: it reads the"
                        + " history afresh and makes only what is still needed.");
                unknown.addSuppressed(e);
                throw unknown;
            }
            throw e;
        }
        log.info("Repaired: " + lines.size() + " change(s) made.");
        if (leftBehind != null && db.capabilities().remote() && undoRepair != null) {
            // the bookmark it just took is the state before the repair, with the rows and what their migrations made: it undoes
            // the repair, and is no way to before them; it is named as that, with itself, so it can be pasted
            leftBehind += " The bookmark db:repair took before it changed the history (" + undoRepair + ") undoes this repair alone: the"
                    + " removed rows come back, and what their migrations made stays.";
        }
        if (leftBehind != null) log.warn(leftBehind);
        if (editsNotRun != null) log.warn(editsNotRun);
        if (triggersSquashedAway != null) log.warn(triggersSquashedAway);
        return new RepairResult(rechecked, sumTags, removed, recorded);
    }

    /**
     * Where the database's schema is not the snapshot of {@code last}, the last migration its history keeps, after rows of
     * migrations the folder lacks are removed: those migrations ran here (dropped after they were applied, a reverted merge),
     * and what they did stays, which db:status, reading the history alone, would then call up to date. Null where it is that
     * snapshot, or no snapshot shows it (wrangler's own files, a hand-written last migration).
     */
    private String leftBehind(MigrationsFolder folder, Database db, HistoryTable history, Migration last, List<AppliedMigration> removedRows) {
        Path snapshot = folder.snapshotFile(last.tag());
        if (!java.nio.file.Files.exists(snapshot)) return null;
        dev.godwit.schema.model.SchemaDef has = dev.godwit.engine.introspect.Introspector.introspect(db, tablesFilter.leftOut(db, java.util.Set.of(history.name())));
        List<String> differences = dev.godwit.engine.verify.Verifier.differences(has, folder.readSnapshot(snapshot).schema());
        if (differences.isEmpty()) return null;
        return "The database's schema is not that of " + last.tag() + " (" + folder.relative(snapshot) + "), the last migration its history keeps: "
                + String.join(", ", differences.size() <= 5 ? differences : differences.subList(0, 5)) + (differences.size() > 5 ? ", ..." : "")
                + ". The migrations of the removed rows ran here and made that (or it was changed by hand); db:repair changes only the history,"
                + " not what they did, and the next migrations would run on top of it. On a development database, go back to before them"
                // on D1 a restore needs the bookmark (mvn db:restore -Ddb.env=production alone fails): the one db:apply took before
                // it ran them, which the bookmark log keeps with its time and its command; db:repair's own is after them
                // the project's records name that state where they can (the bookmark log's line before wrangler's applied_at, the
                // newest local copy whose history lacks them); "-Dlocal" alone took the latest copy, after a repair its own
                + (wayBack != null && !removedRows.isEmpty() ? " (" + wayBack.before(removedRows) + ")"
                        : db.capabilities().remote() ? ", to the Time Travel bookmark db:apply took before it ran them (.godwit/"
                        + dev.godwit.engine.restore.Restorer.BOOKMARKS + " keeps each, with its time, its database and the mvn db:restore command"
                        + " that restores it; db:restore's -Ddb.timestamp takes a time before they ran instead),"
                        : " (mvn db:restore -Dlocal" + commandArgs + " with -Ddb.backup= the copy db:apply kept before it ran them, in .godwit/backups/"
                        + " under the time it was taken: not the latest, which db:repair takes before it changes the history)")
                + " or start it afresh; elsewhere, undo them with a migration (mvn db:generate -Ddb.custom).";
    }

    /**
     * Where applied migrations were edited ({@code edited}, their checksums re-recorded): whether the database has the schema the
     * applied migrations make as they are now, replayed on an empty in-memory database (hand-written statements too, which no
     * snapshot shows). db:repair records the edited SQL as applied and runs none of it, so a statement the edit added (an index
     * appended to an applied file) never ran here, while every new database built from the folder runs it: said, with the
     * differences, where the schemas differ; null where they do not (an edit of a comment) or the history holds rows the folder
     * does not explain (their own lines say what they are).
     */
    private String editsNotRun(MigrationsFolder folder, Database db, HistoryTable history, List<MigrationState> states, List<String> edited) {
        List<Migration> applied = new ArrayList<>();
        boolean pendingSeen = false;
        for (MigrationState s : states) {
            if (s.state() == MigrationState.State.MISSING_LOCALLY && Migrator.copied(states, s.applied()) != null) continue;   // a copy
            if (s.migration() == null || s.sameSqlAs() != null) return null;
            if (s.state() == MigrationState.State.PENDING) pendingSeen = true;
            else if ((s.state() == MigrationState.State.APPLIED || s.state() == MigrationState.State.CHECKSUM_MISMATCH) && !pendingSeen) applied.add(s.migration());
            else return null;
        }
        String which = String.join(", ", edited.stream().map(t -> folder.relative(folder.sqlFile(t))).toList());
        dev.godwit.schema.model.SchemaDef made;
        try (dev.godwit.engine.db.SqliteDatabase replay = dev.godwit.engine.migrate.InMemoryReplay.of(applied)) {
            made = dev.godwit.engine.introspect.Introspector.introspect(replay);
        } catch (RuntimeException fails) {
            return "Whether this database has what the edited SQL (" + which + ") makes was not checked: the migrations it records, as they"
                    + " are now, fail on an empty in-memory database (" + fails.getMessage() + "), as they would on a new database.";
        }
        dev.godwit.schema.model.SchemaDef has = dev.godwit.engine.introspect.Introspector.introspect(db, tablesFilter.leftOut(db, java.util.Set.of(history.name())));
        List<String> differences = dev.godwit.engine.verify.Verifier.differences(has, made);
        if (differences.isEmpty()) return null;
        return "This database's schema is not what the migrations it records make as they are now, edited (" + which + "): "
                + String.join(", ", differences.size() <= 5 ? differences : differences.subList(0, 5)) + (differences.size() > 5 ? ", ..." : "")
                + ". db:repair records the edited SQL as applied and runs none of it: what the edit added or changed never ran here"
                + " (what it took out stays here), while a new database built from " + folder.relative(folder.dir()) + " runs the file as it is"
                + " now, so the two differ, and db:verify -Ddb.drift reports it from now on. Run what the edit added on this database yourself"
                + " (sqlite3, or wrangler d1 execute --command) so that it has what new databases get; or take the edit back out of the file"
                + " (git checkout; after this repair, db:repair records the file again) and make the change a new migration (mvn db:generate;"
                + " -Ddb.custom for hand-written SQL), which every database runs.";
    }

    /**
     * After a squash ({@code baseline}: the last new migration recorded as applied for the removed rows), the triggers this
     * database has that no migration of the folder makes, run on an empty in-memory database: the schema code has no place for
     * triggers, so a baseline db:generate wrote from it leaves out those the squashed custom migrations made, and every database
     * built from the folder lacks them. Said, with the way to keep them; null where there are none, or the folder does not run there.
     * {@code migrations}: those the history's own tool runs (in wrangler's layout every .sql file, one {@code wrangler d1
     * migrations create} made that keeps the triggers too), not the journal's alone.
     */
    private static String triggersSquashedAway(MigrationsFolder folder, List<String> names, Migration baseline) {
        if (names.isEmpty()) return null;
        List<String> lost = names.stream().map(Quoting::doubleQuoted).toList();
        String dir = folder.relative(folder.dir());
        boolean one = lost.size() == 1;
        String them = one ? "it" : "them";
        return "This database has trigger" + (one ? " " : "s ") + String.join(", ", lost) + ", which no migration of " + dir
                + " creates: most likely the migrations of the removed rows made " + them + " (a custom migration), and "
                + baseline.tag() + ", generated from the schema code, which has no place for triggers, does not. This database keeps "
                + them + ", but a database built from " + dir + " (a new developer's, CI's) lacks "
                + them + ", and db:verify -Ddb.drift " + (java.nio.file.Files.isRegularFile(folder.sumFile(baseline.tag()))
                ? "names " + them + " here as the squash's loss (recorded in " + folder.relative(folder.sumFile(baseline.tag())) + ")"
                // no checksum file to record it in (drizzle-kit generated the baseline): drift says what it said before
                : "reports " + them + " here as made outside the migrations") + ". Keep " + them + " in a custom migration (mvn db:generate -Ddb.custom)"
                + " holding the CREATE TRIGGER statement" + (one ? "" : "s") + " from the squashed migrations (git log -- " + dir
                + " finds them; SELECT sql FROM sqlite_master WHERE type = 'trigger' here), each written CREATE TRIGGER IF NOT EXISTS, as"
                + " this database has them already; data the squashed custom migrations wrote is not in the folder either.";
    }

    /** The triggers {@code db} has that {@code migrations} do not make on an empty database; none where they do not run there. */
    private static List<String> triggersLost(List<Migration> migrations, Database db) {
        String triggers = "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name";
        java.util.Set<String> made = new java.util.HashSet<>();
        try (dev.godwit.engine.db.SqliteDatabase replay = dev.godwit.engine.migrate.InMemoryReplay.of(migrations)) {
            for (var row : replay.query(triggers)) made.add(dev.godwit.schema.model.SqliteNames.key(String.valueOf(row.get("name"))));
        } catch (RuntimeException fails) {
            return List.of();   // a folder that does not run on an empty database is db:verify's to report
        }
        List<String> lost = new ArrayList<>();
        for (var row : db.query(triggers)) {
            String name = String.valueOf(row.get("name"));
            if (!made.contains(dev.godwit.schema.model.SqliteNames.key(name))) lost.add(name);
        }
        return lost;
    }

    /** Where the snapshot of {@code between}'s second does not follow the first's ({@code prevId}): the folder's chain is broken there. */
    private static String chainBroken(MigrationsFolder folder, List<Migration> between) {
        if (!Boolean.FALSE.equals(folder.snapshotsLinked(between.get(0).tag(), between.get(1).tag()))) return "";
        return " (" + folder.relative(folder.snapshotFile(between.get(1).tag())) + "'s prevId is not the id of "
                + folder.relative(folder.snapshotFile(between.get(0).tag())) + ": a snapshot is missing between them)";
    }

    /** The listing's line for the triggers a squash lost, recorded in the baseline's checksum file. */
    private static String lostRecordLine(MigrationsFolder folder, Path baselineSum, List<String> recorded) {
        return "record in " + folder.relative(baselineSum) + " that the squash lost trigger" + (recorded.size() == 1 ? " " : "s ")
                + String.join(", ", recorded.stream().map(Quoting::doubleQuoted).toList()) + ", so db:verify -Ddb.drift names "
                + (recorded.size() == 1 ? "it" : "them") + " so, not as made outside the migrations";
    }

    /** A checksum file's fields with its {@link MigrationsFolder#NAME} field (added, or replaced) naming {@code fileName}, as the file's text. */
    private static String withName(String[] fields, String fileName) {
        StringBuilder out = new StringBuilder(fields[0]);
        for (int i = 1; i < fields.length; i++) if (!fields[i].startsWith(MigrationsFolder.NAME)) out.append(' ').append(fields[i]);
        return out.append(MigrationsFolder.nameField(fileName)).append('\n').toString();
    }

    /** The line saying a renamed migration's new name is recorded in its checksum file ({@code was}: the name it recorded), if it was renamed. */
    private static void renamedLine(MigrationsFolder folder, Migration m, String was, List<String> lines, HistoryTable history) {
        if (!m.renamedSince(was)) return;
        lines.add("record the name " + m.fileName() + " in " + folder.relative(folder.sumFile(m.tag())) + ": it was generated as " + was
                + " and renamed since" + (history instanceof HistoryTable.Wrangler ? " (" + history.name() + " records migrations by file name:"
                + " every other database that applied it as " + was + " needs mvn db:repair too, or wrangler d1 migrations apply runs it there again)" : ""));
    }

    /**
     * The {@link MigrationsFolder#SNAPSHOT} and {@link MigrationsFolder#FROM} fields of a checksum file, kept when only its "when"
     * is stamped again: the SQL and the snapshot files are the same, so they still vouch for it (dropped, db:verify compared that
     * snapshot in full again on every run). Empty where it has not both.
     */
    private static String snapshotRecord(String[] fields) {
        String[] recorded = MigrationsFolder.recordedSnapshot(fields);
        return recorded == null ? "" : MigrationsFolder.snapshotFields(recorded[0], recorded[1]);
    }

    /** The checksum file's {@link MigrationsFolder#REBASED_FROM} fields ({@code fields}: all its fields), kept when db:repair writes it again. */
    private static String rebasedFields(String[] fields) {
        StringBuilder out = new StringBuilder();
        for (MigrationsFolder.RebasedFrom r : MigrationsFolder.rebasedFromFields(fields)) out.append(' ').append(r.field());
        return out.toString();
    }

    private static String deleteRow(String table, HistoryTable history, AppliedMigration r) {
        if (history instanceof HistoryTable.Wrangler) return "DELETE FROM " + table + " WHERE \"name\" = " + Quoting.literal(r.name());
        return "DELETE FROM " + table + " WHERE " + rowIs(r);
    }

    private static String rowIs(AppliedMigration r) {
        return r.drizzleWhere();
    }

    /**
     * The migration without a checksum file of its own whose SQL and "when" the orphaned checksum file {@code sum} records (it
     * was renamed by hand after it was generated), or null.
     */
    private static Migration renamedTo(MigrationsFolder folder, List<Migration> migrations, Path sum) {
        String[] parts = folder.sumFields(sum);
        String when = java.util.Arrays.stream(parts).filter(p -> p.startsWith("when=")).map(p -> p.substring(5)).findFirst().orElse(null);
        for (Migration m : migrations) {
            if (folder.readSum(m.tag()) == null && m.recordedBy(parts[0]) && (when == null || when.equals(String.valueOf(m.when())))) return m;
        }
        return null;
    }

    /**
     * The {@code when=} of the migration's checksum file ({@code fields}: its fields) when it names another "when" than the journal's
     * (where {@link MigrationsFolder#readSum(dev.godwit.engine.folder.JournalEntry)} takes it for another migration's), else null.
     */
    private static String stampedWhen(String[] fields, Migration m) {
        if (MigrationsFolder.sumFor(fields, m.when()) != null) return null;
        for (String part : fields) {
            if (part.startsWith("when=")) return part.substring(5);
        }
        return null;
    }

    private static String abbreviate(String hash) {
        return hash == null ? "?" : hash.length() > 12 ? hash.substring(0, 12) : hash;
    }
}
