package dev.godwit.engine.migrate;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.db.HistoryGuard;
import dev.godwit.engine.db.TransactionEndedException;
import dev.godwit.engine.folder.AbsentFolder;
import dev.godwit.engine.folder.FolderCheck;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.Tags;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.sql.ForeignKeysPragma;
import dev.godwit.engine.sql.Quoting;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies pending migrations through the {@link Database} port. Each migration runs as one atomic
 * unit together with its history row (one transaction locally, one request on D1), behind a guard
 * that fails if the migration is already recorded: two runs at once, or a retry after a lost
 * answer, can never apply it twice. Pending is decided as the history's own tool decides it.
 *
 * <p>The guard's refusal says what it is in its message ({@link HistoryGuard}), so it costs no search
 * for the failing statement; one read of the history then decides. A run refused that way has met
 * another run applying the same migrations: it gives that run the time it needs for the rest before
 * that read, skips what the read shows recorded, and follows the other run through the history
 * rather than race it for each next migration ({@link #follow}).
 */
public final class Migrator {

    private final Database db;
    private HistoryTable history;
    private final EngineLog log;
    private PendingCheck pendingCheck = PendingCheck.NONE;
    private java.util.function.Function<List<Migration>, String> beforeApplying = pending -> null;
    /** What picked this database on the command line, carried by the commands of the way on (" -Ddb.d1.databaseId=ID"); "" if nothing. */
    private String commandArgs = "";
    /** Why db:apply refuses the folder the last {@link #status(MigrationsFolder)} read (a .sql file without a journal entry), or null. */
    private String folderRefusal;
    /**
     * Whether the history table may still be missing: the database had none when this run read it, and no migration has been
     * applied since. While it may, each migration's own transaction creates it ({@link HistoryTable#leadOf}), so a refusal
     * leaves none behind.
     */
    private boolean historyMayBeMissing;
    /**
     * The history's last row as this run read it, and its name for a message: the first migration the run sends goes with the
     * check that it is still there ({@link HistoryTable#transactionAfterRow}), as each later one with the check of the one before.
     */
    private AppliedMigration lastRowRead;
    private String lastRowLabel;
    /** Whether the history table was there at the last {@link #status}: the first pending migration's request creates it if not. */
    private boolean historyFound;
    private java.util.Set<String> otherHistories = java.util.Set.of();   // other tools' history tables, as the last history read found them
    /** How long this run's latest migration request took: how long {@link #follow} expects one migration of another run to take. */
    private long lastRequestNanos;
    private static final long MIN_FOLLOW_WAIT_MILLIS = 10;
    private static final long MAX_FOLLOW_WAIT_MILLIS = 5_000;

    public Migrator(Database db, HistoryTable history, EngineLog log) {
        this.db = db;
        this.history = history;
        this.log = log;
    }

    /** Runs {@code check} on the pending migrations before any is applied (the data pre-flight); it refuses by throwing. */
    public Migrator checkingPendingWith(PendingCheck check) {
        this.pendingCheck = check;
        return this;
    }


    /** Every local migration with its state, plus applied rows that match no local migration. */
    public List<MigrationState> status(List<Migration> local) {
        folderRefusal = null;
        HistoryTable.Found found = HistoryTable.find(db, history, fromApplication);
        history = found.table();
        historyFound = found.exists();
        otherHistories = found.others();
        List<AppliedMigration> rows = found.exists() ? history.read(db) : List.of();
        return states(local, rows);
    }

    /**
     * Runs once before the first pending migration is sent (not on a dry run, not when nothing is pending): where a
     * goal takes its way back, a Time Travel bookmark or a copy of the local file. If it throws, nothing is applied. It returns
     * the command that goes back to before the run (null: none to repeat), which a failure after applied migrations repeats:
     * printed only at INFO, it was not seen under {@code mvn -q}, where the error is all a build prints.
     */
    public Migrator beforeApplying(java.util.function.Function<List<Migration>, String> hook) {
        this.beforeApplying = hook;
        return this;
    }

    /**
     * The -D arguments that picked this database ({@code -Ddb.d1.databaseId=ID}, {@code -Ddb.local.path=...}): the mvn commands
     * of a refusal's way on carry them, as a fleet's carry each database's id; without them they would work on the configured one.
     */
    public Migrator withCommandArgs(String args) {
        this.commandArgs = args == null ? "" : args;
        return this;
    }

    private boolean fromApplication;
    /** -Ddb.upTo for db:status ({@link #applyRefusal}, {@link #pendingFailure}): they look at the migrations the apply would send. */
    private String upTo;

    /**
     * The migration db:status's refusal and trial stop at ({@code -Ddb.upTo}, as {@link ApplyOptions#upTo} for the apply); null:
     * every pending migration.
     */
    public Migrator upTo(String tag) {
        this.upTo = tag == null || tag.isBlank() ? null : tag.strip();
        return this;
    }
    private boolean pendingWarned;
    private dev.godwit.engine.introspect.TablesFilter tablesFilter = dev.godwit.engine.introspect.TablesFilter.ALL;

    /** The tables that are the schema code's ({@code -Ddb.tablesFilter}): whether the database has a migration's schema ignores the others. */
    public Migrator withTablesFilter(dev.godwit.engine.introspect.TablesFilter filter) {
        this.tablesFilter = filter == null ? dev.godwit.engine.introspect.TablesFilter.ALL : filter;
        return this;
    }

    /**
     * Run by an application (Godwit.migrate), not by a goal: the way on names the goal to run against this database, with
     * {@code commandArgs} naming it ({@code -Ddb.local.path=...}), rather than a flag to pass to this run.
     */
    public Migrator fromApplication(String commandArgs) {
        this.fromApplication = true;
        this.localCopyKept = false;   // an application's Godwit.migrate keeps no copy to restore
        return withCommandArgs(commandArgs);
    }

    /**
     * db:apply's first refusal, in its own words, of this database as {@code states} (from {@link #status} of it) shows it,
     * before anything is sent, or null when it would send the pending migrations: the checks run in the apply's order (the
     * folder's .sql files without a journal entry, read by {@link #status(MigrationsFolder)}; the journal, the history,
     * {@link HistoryCheck}, then each pending migration's statements, {@link PendingStatements}), so
     * db:status names the refusal that stops the apply, not a later one the apply never reaches. As a plain db:apply decides
     * (no -Ddb.ignore...); the check's warnings are the status table's notes already.
     */
    public String applyRefusal(List<MigrationState> states) {
        if (folderRefusal != null) return folderRefusal;
        List<Migration> local = states.stream().map(MigrationState::migration).filter(java.util.Objects::nonNull).toList();
        // a -Ddb.upTo naming no migration of the folder is a broken setting, not this database's refusal: db:status fails on it as
        // db:apply and a fleet's db:status do, rather than passing with it as the table's last line
        UpTo.check(local, upTo);
        try {
            checkJournal(local, history, "Nothing was applied.");
            HistoryCheck.check(states, history, ApplyOptions.defaults(), place(), EngineLog.SILENT);
            UpTo.Plan plan = UpTo.plan(states, false, upTo, db.describe());
            List<Migration> pending = plan.run();
            // every pending migration, those -Ddb.upTo leaves too, where this run sends any: as the apply
            String twoTools = historyFound ? OtherHistory.refusal(db, history, otherHistories, pending.isEmpty() ? pending : plan.pending(), this::command) : null;
            if (twoTools != null) return twoTools;
            var userTables = PendingStatements.userTables(pending, db);
            for (Migration m : pending) {
                PendingStatements.check(m, db.capabilities(), db.describe(), history, !historyFound && m == pending.get(0), log, userTables);
            }
            PendingStatements.checkShadowTables(pending, db);
            // a database db:push brought ahead of its history (a trial saw "pending" here, then db:apply's refusal); past the migration
            // -Ddb.upTo names too, as the apply
            if (pending.isEmpty()) return null;
            Migration reached = SchemaAhead.reached(db, history, states, plan.pending(), tablesFilter);
            return reached == null ? null : SchemaAhead.refusal(db, plan.pending(), reached, this::command);
        } catch (MigrationException refused) {
            return refused.getMessage();
        }
    }

    /**
     * For db:status where {@link #applyRefusal} has none: the pending migrations of {@code states} tried on an empty replica of this
     * database's schema ({@link SchemaTrial}; read-only, one query of the stored schema), and the first statement that fails
     * there, in db:apply's words with the way on (and, where the folder lacks a migration before it, {@link ChainGap}'s words); null
     * when they all run.
     */
    public String pendingFailure(List<MigrationState> states) {
        List<Migration> pending = UpTo.plan(states, false, upTo, db.describe()).run();
        SchemaTrial.Failure f = SchemaTrial.run(db, pending);
        if (f == null || f.replicaLacks() != null) return null;
        String gap = ChainGap.before(states, pending, pending.get(f.failed()).fileName());
        return SchemaTrial.describe(db, history, pending, f, this::command, tablesFilter) + (gap == null ? "" : "\n  " + gap);
    }

    /** The history table in use: after {@link #status} or {@link #apply}, the layout the database's table has. */
    public HistoryTable history() {
        return history;
    }

    /**
     * Status of a migrations folder as the history's own tool sees it: with wrangler's layout every {@code .sql}
     * file in name order (files without a journal entry too, as {@code wrangler d1 migrations apply} takes them).
     */
    public List<MigrationState> status(MigrationsFolder folder) {
        AbsentFolder.refuse(folder, "db:status");
        HistoryTable.Found found = HistoryTable.find(db, history, fromApplication);
        history = found.table();
        historyFound = found.exists();
        otherHistories = found.others();
        List<Migration> local;
        folderRefusal = null;
        List<String> noFile = folder.tagsWithoutSqlFile();
        if (!noFile.isEmpty()) {
            // db:apply stops on the first with these words (folder.migrations()); the table still shows every entry, those marked
            try {
                folder.migrations();
            } catch (dev.godwit.engine.folder.SnapshotException e) {
                folderRefusal = e.getMessage();
            }
            List<MigrationState> states = states(folder.migrationsWithoutReading(noFile), found.exists() ? history.read(db) : List.of());
            return states.stream().map(s -> s.migration() == null || !noFile.contains(s.migration().tag()) ? s
                    : new MigrationState(s.name(), s.migration(), MigrationState.State.FILE_MISSING, s.applied())).toList();
        }
        try {
            local = local(folder);
        } catch (MigrationException e) {
            // db:apply refuses the folder with this before anything else: applyRefusal gives it first
            folderRefusal = e.getMessage();
            local = history instanceof HistoryTable.Wrangler ? folder.migrationsInNameOrder() : folder.migrations();
        }
        List<AppliedMigration> rows = found.exists() ? history.read(db) : List.of();
        lostEntries = LostEntryRows.of(folder, journalOf(local), rows);   // the journal as read for local, not read again
        return states(local, rows);
    }

    /**
     * The journal's entries among {@code local}: with wrangler's layout local also holds the files the journal does not list,
     * each with an entry of no version ({@link MigrationsFolder#migrationsInNameOrder}), left out here.
     */
    private static List<dev.godwit.engine.folder.JournalEntry> journalOf(List<Migration> local) {
        return local.stream().map(Migration::entry).filter(e -> e.version() != null).toList();
    }

    private List<LostEntryRows.Lost> lostEntries = List.of();

    /** The migrations whose journal entry a merge lost, with their rows here, as the last {@link #status(MigrationsFolder)} found them. */
    public List<LostEntryRows.Lost> lostEntries() {
        return lostEntries;
    }

    /**
     * Applies what the history's own tool would apply: with wrangler's layout every {@code .sql} file not in the
     * table, in name order; with drizzle's, the journal's migrations, and a {@code .sql} file without a journal
     * entry stops the run before anything is applied.
     */
    public ApplyResult apply(MigrationsFolder folder, ApplyOptions options) {
        AbsentFolder.refuse(folder, "db:apply");
        HistoryTable.Found found = beforeSending(() -> HistoryTable.find(db, history, fromApplication));
        history = found.table();
        otherHistories = found.others();
        return apply(local(folder), options, found.exists());
    }

    /**
     * A read of the history before any migration is sent: D1 failing it (a 5xx, its retries spent) ended with "nothing was
     * applied", as a migration's failure does, leaving the user to wonder which migration; it now says it was the history read.
     */
    private <T> T beforeSending(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (dev.godwit.engine.d1.D1Exception e) {
            if (e.httpStatus() < 500 || e.outcomeUnknown()) throw e;
            throw e.whileReading("the migration history (" + history.name() + "), before any migration was sent: nothing was applied."
                    + " Wait a minute, then run again");
        }
    }

    private List<Migration> local(MigrationsFolder folder) {
        return local(folder, history);
    }

    /**
     * " drizzle/meta/0001_snapshot.json": the snapshots of the numbers the lost entries share with the journal's, which the merge
     * took one side of too and db:rebase needs with both (git checkout -m of the journal alone left them so).
     */
    private static String lostSnapshots(MigrationsFolder folder, List<String> tags) {
        StringBuilder out = new StringBuilder();
        for (String tag : tags) {
            java.nio.file.Path snapshot = folder.snapshotFile(tag);
            if (java.nio.file.Files.exists(snapshot) && out.indexOf(" " + folder.relative(snapshot)) < 0) out.append(' ').append(folder.relative(snapshot));
        }
        return out.toString();
    }

    /**
     * The migrations {@code history}'s own tool would apply from the folder: with wrangler's layout every {@code .sql} file in
     * name order (refused while a merge has lost one's journal entry); with drizzle's the journal's, and a {@code .sql} file
     * without a journal entry is refused (it would be skipped).
     */
    public static List<Migration> local(MigrationsFolder folder, HistoryTable history) {
        if (history instanceof HistoryTable.Wrangler) {
            refuseLostEntries(folder, history);
            return folder.migrationsInNameOrder();
        }
        List<java.nio.file.Path> loose = folder.sqlFilesWithoutJournalEntry();
        List<String> generated = loose.stream().map(p -> p.getFileName().toString().replaceFirst("\\.sql$", ""))
                .filter(tag -> folder.readSum(tag) != null).toList();
        for (java.nio.file.Path f : loose) {
            String unfinished = dev.godwit.engine.folder.UnfinishedGenerate.describe(folder, f);
            if (unfinished != null) throw new MigrationException(unfinished + ". Nothing was applied.");
        }
        if (!generated.isEmpty()) {
            // a checksum file says db:generate wrote it: the entry was lost, typically by a merge that kept one side of the journal
            throw new MigrationException("SQL file(s) without a journal entry in " + folder.relative(folder.dir()) + ": "
                    + HistoryCheck.someOf(generated, "all in " + folder.relative(folder.dir()))
                    + ". db:generate wrote " + (generated.size() == 1 ? "it" : "them") + " (meta/_sums has the checksum), so the journal entry was"
                    + " lost, typically by a merge that kept one side of meta/_journal.json (git merge -X ours). Restore both sides (git checkout"
                    + " -m -- " + folder.relative(folder.journalFile()) + lostSnapshots(folder, generated) + ") and run mvn db:rebase. Nothing was applied.");
        }
        if (!loose.isEmpty()) {
            throw new MigrationException("SQL file(s) without a journal entry in " + folder.relative(folder.dir()) + ": "
                    + HistoryCheck.someOf(loose.stream().map(p -> p.getFileName().toString()).toList(), "all in " + folder.relative(folder.dir()))
                    + ". drizzle's history (" + history.name() + ") only applies migrations listed in meta/_journal.json, so "
                    + (loose.size() == 1 ? "it" : "they") + " would be skipped silently (made by `wrangler d1 migrations create`?). Bring "
                    + (loose.size() == 1 ? "it" : "them") + " in: move the SQL into a migration from mvn db:generate -Ddb.custom and delete the file;"
                    + " or keep wrangler's history (migrations_table in wrangler's config, or -Ddb.migrationsTable=d1_migrations), which applies every .sql file by name."
                    + leftovers(folder, loose));
        }
        String besideJournal = dev.godwit.engine.folder.FolderCheck.migrationFoldersBesideJournal(folder);
        if (besideJournal != null) throw new MigrationException(besideJournal + " Nothing was applied.");
        return folder.migrations();
    }

    /**
     * wrangler's history runs every {@code .sql} file, so mid-merge (a journal conflict resolved by taking one side) db:apply ran the
     * other branch's migration whose entry was lost, under the name db:rebase then changes, and said nothing of the lost entry:
     * the database then recorded a file the folder no longer has once the rebase moved it. drizzle's layout refuses such a file
     * (its history runs the journal's migrations only); wrangler's is refused too, naming the lost entry, until db:rebase.
     */
    private static void refuseLostEntries(MigrationsFolder folder, HistoryTable history) {
        List<LostEntryRows.Lost> lost = LostEntryRows.of(folder, List.of());
        if (lost.isEmpty()) return;
        boolean one = lost.size() == 1;
        throw new MigrationException("SQL file(s) whose journal entry a merge lost, in " + folder.relative(folder.dir()) + ": "
                + String.join(", ", lost.stream().map(l -> l.tag() + ".sql").toList()) + ". With wrangler's history (" + history.name() + ")"
                + " every .sql file runs, so db:apply would run " + (one ? "it under the name it has" : "them under the names they have")
                + " now, and db:rebase then moves " + (one ? "it" : "them") + " after the other branch's migrations under a new number: a"
                + " database that ran " + (one ? "it" : "them") + " would record a file the folder no longer has. "
                + String.join(". ", lost.stream().map(LostEntryRows.Lost::told).toList()) + ". Nothing was applied.");
    }

    /**
     * The loose files whose number a journal entry has too, told as what they most likely are: the old file of a migration
     * drizzle-kit wrote again under another name (a regenerate, one side of a merge), which drizzle-orm's migrate() never ran
     * (srcbook's 0011_apps_external_id_unique.sql beside the journal's 0011_remove_language_from_apps). Moving its SQL into a
     * migration would run it for the first time anywhere; empty when no file shares a number.
     */
    private static String leftovers(MigrationsFolder folder, List<java.nio.file.Path> loose) {
        java.util.Map<String, String> tagOfNumber = new java.util.HashMap<>();
        for (var e : folder.readJournal().entries()) {
            int cut = e.tag().indexOf('_');
            if (cut > 0) tagOfNumber.putIfAbsent(e.tag().substring(0, cut), e.tag());
        }
        List<String> told = new ArrayList<>();
        for (java.nio.file.Path p : loose) {
            String file = p.getFileName().toString();
            int cut = file.indexOf('_');
            String tag = cut > 0 ? tagOfNumber.get(file.substring(0, cut)) : null;
            if (tag != null) told.add(file + " has the number of the journal's " + tag);
        }
        if (told.isEmpty()) return "";
        return " " + String.join("; ", told) + ": that is how drizzle-kit leaves the old file of a migration it wrote again under another"
                + " name, which drizzle-orm's migrate() never ran. If so, compare it with that migration and delete it; bringing it in"
                + " would run its SQL for the first time.";
    }

    /**
     * Refuses a journal the history could misread: "when"s out of order (drizzle's history is keyed on them; wrangler's on the
     * file name), a migration named twice. {@code nothingApplied} ends the message: what was left untouched (one database, a fleet).
     */
    public static void checkJournal(List<Migration> local, HistoryTable history, String nothingApplied) {
        // a repeated entry first: its copy is out of "when" order too, and that would be blamed instead
        List<String> repeated = FolderCheck.repeatedTags(local.stream().map(Migration::entry).toList());
        if (!repeated.isEmpty()) throw new MigrationException("The journal names a migration twice. " + nothingApplied + "\n  - " + String.join("\n  - ", repeated));
        List<String> order = history instanceof HistoryTable.Drizzle
                ? FolderCheck.whenProblems(local.stream().map(Migration::entry).toList(), e -> sumRecordsWhen(local, e)) : List.of();
        if (!order.isEmpty()) {
            throw new MigrationException("The journal's migrations are not in strictly increasing \"when\" order, so the history (keyed on it, as"
                    + " drizzle-orm keys it) could take one migration for another and skip it. " + nothingApplied + "\n  - "
                    + String.join("\n  - ", order));
        }
    }

    /** Whether the checksum file beside {@code entry}'s migration records its "when" (see {@link FolderCheck#whenProblems(List, java.util.function.Predicate)}). */
    private static boolean sumRecordsWhen(List<Migration> local, dev.godwit.engine.folder.JournalEntry entry) {
        for (Migration m : local) {
            if (m.entry() == entry && m.file() != null && m.file().getParent() != null) {
                return dev.godwit.engine.folder.MigrationsFolder.at(m.file().getParent()).sumRecordsWhen(entry);
            }
        }
        return false;
    }

    /** The state of every local migration given the history rows already read (a fleet reads them in its own request). */
    public List<MigrationState> states(List<Migration> local, List<AppliedMigration> rows) {
        List<MigrationState> out = new ArrayList<>();
        List<AppliedMigration> unmatched = new ArrayList<>(rows);
        long lastAppliedWhen = Long.MIN_VALUE;
        for (Migration m : local) {
            for (AppliedMigration r : rows) if (history.records(r, m)) lastAppliedWhen = Math.max(lastAppliedWhen, m.when());
        }
        for (Migration m : local) {
            // of two rows under one "when", the one with the file's hash records it (the other is another folder's or branch's)
            AppliedMigration row = rows.stream().filter(r -> history.records(r, m) && (!history.hasChecksums() || m.recordedBy(r.hash()))).findFirst()
                    .orElse(rows.stream().filter(r -> history.records(r, m)).findFirst().orElse(null));
            if (row != null) {
                unmatched.remove(row);
                boolean same = !history.hasChecksums() || m.recordedBy(row.hash());
                out.add(new MigrationState(m.tag(), m, same ? MigrationState.State.APPLIED : MigrationState.State.CHECKSUM_MISMATCH, row));
            } else if (history instanceof HistoryTable.Drizzle && m.when() < lastAppliedWhen) {
                out.add(new MigrationState(m.tag(), m, MigrationState.State.SKIPPED, null));
            } else {
                out.add(new MigrationState(m.tag(), m, MigrationState.State.PENDING, null));
            }
        }
        for (AppliedMigration r : unmatched) {
            String name = r.name() != null ? r.name() : "created_at " + r.createdAt() + " (hash " + abbreviate(r.hash()) + ")";
            MigrationState original = copied(out, r);
            // a row written twice (two drizzle-orm migrate() runs at once, a restore merged in): it is that migration's record again
            if (original != null) name = "a copy of the row of " + original.name() + " (created_at " + r.createdAt() + ")";
            out.add(new MigrationState(name, null, MigrationState.State.MISSING_LOCALLY, r));
        }
        if (history.hasChecksums()) linkMoved(out);
        return out;
    }

    /**
     * For a row the folder lacks, the one pending migration with its file name under another number ({@code 0002_hotfix.sql}
     * recorded, {@code 0004_hotfix.sql} pending), or null. db:rebase renumbers the merged branch's migrations and keeps their
     * names, and wrangler's history keys rows by file name: a hotfix a release branch ran on production, moved after main's
     * migrations when the branch was merged back, looks missing there under its old name and pending under its new one.
     */
    public static Migration renumbered(MigrationState row, List<MigrationState> states) {
        if (row.state() != MigrationState.State.MISSING_LOCALLY || row.applied() == null || row.applied().name() == null) return null;
        if (regenerated(row, states) != null) return null;   // moved with its SQL regenerated: not the same migration under a new name
        String number = Tags.number(row.applied().name());
        if (number == null) return null;
        String name = row.applied().name().substring(number.length());
        if (name.length() < 2 || !name.startsWith("_")) return null;
        List<Migration> sameName = states.stream().filter(s -> s.state() == MigrationState.State.PENDING).map(MigrationState::migration)
                .filter(m -> m != null && !number.equals(Tags.number(m.fileName())) && Tags.number(m.fileName()) != null
                        && m.fileName().substring(Tags.number(m.fileName()).length()).equals(name))
                .toList();
        return sameName.size() == 1 ? sameName.get(0) : null;
    }

    /** A folder migration whose SQL db:rebase regenerated, and what it was before ({@link MigrationsFolder#REBASED_FROM}). */
    public record Regenerated(Migration migration, MigrationsFolder.RebasedFrom before) {
        /** "0002_age before db:rebase regenerated it (was 0001_age)" */
        public String told() {
            return migration.tag() + " before db:rebase regenerated its SQL (" + (before.tag().equals(migration.tag()) ? "" : "it was " + before.tag() + "; ")
                    + "its checksum file records this row's SQL and \"when\" as its own before the rebase)";
        }
    }

    /**
     * For a history row the folder lacks, the folder's migration whose checksum file says it is that row's migration before
     * db:rebase regenerated its SQL (a database that ran the branch's old SQL: the feature branch's dev database), or null.
     */
    public static Regenerated regenerated(MigrationState row, List<MigrationState> states) {
        if (row.state() != MigrationState.State.MISSING_LOCALLY || row.applied() == null || row.sameSqlAs() != null
                || copied(states, row.applied()) != null) return null;
        AppliedMigration r = row.applied();
        for (MigrationState s : states) {
            Migration m = s.migration();
            if (m == null || m.file() == null || m.file().getParent() == null) continue;
            List<MigrationsFolder.RebasedFrom> before;
            try {
                before = m.rebasedFrom();   // read once per run, however many rows and callers ask
            } catch (RuntimeException unreadable) {
                continue;   // db:verify names an unreadable checksum file
            }
            for (MigrationsFolder.RebasedFrom b : before) if (b.recordedBy(r.name(), r.createdAt(), r.hash())) return new Regenerated(m, b);
        }
        return null;
    }

    /**
     * For a history row the folder lacks (not a copy, not a moved or renumbered migration's), the folder's applied migrations
     * it ran between, the one before and the one after, or null where it is not inside the applied range. drizzle's history
     * orders rows by {@code created_at}, wrangler's by file name. A row there is no abandoned branch's on top of the history
     * (that one ends it): most likely a migration taken out of the middle of the folder after it ran here, whose changes the
     * later snapshots keep, so the database matches the last one, and a database built from the folder would lack them.
     */
    public static List<Migration> ranBetween(MigrationState row, List<MigrationState> states) {
        if (row.state() != MigrationState.State.MISSING_LOCALLY || row.applied() == null || row.sameSqlAs() != null
                || copied(states, row.applied()) != null || renumbered(row, states) != null || regenerated(row, states) != null) return null;
        AppliedMigration r = row.applied();
        java.util.Comparator<Migration> order;
        java.util.function.ToIntFunction<Migration> place;   // where a migration is against the row: < 0 before it, > 0 after it
        if (r.name() != null) {
            order = (a, b) -> MigrationsFolder.WRANGLER_ORDER.compare(a.fileName(), b.fileName());
            place = m -> MigrationsFolder.WRANGLER_ORDER.compare(m.fileName(), r.name());
        } else if (r.createdAt() != null) {
            order = java.util.Comparator.comparingLong(Migration::when);
            place = m -> Long.compare(m.when(), r.createdAt());
        } else {
            return null;
        }
        Migration before = null;
        Migration after = null;
        for (MigrationState s : states) {
            if (s.migration() == null || s.state() != MigrationState.State.APPLIED && s.state() != MigrationState.State.CHECKSUM_MISMATCH) continue;
            Migration m = s.migration();
            int c = place.applyAsInt(m);
            if (c < 0 && (before == null || order.compare(m, before) > 0)) before = m;
            if (c > 0 && (after == null || order.compare(m, after) < 0)) after = m;
        }
        return before == null || after == null ? null : List.of(before, after);
    }

    /**
     * For a row {@link #ranBetween} two applied migrations of the folder, the first of them where its own row reads EDITED: most
     * likely the baseline of a squash by hand that kept the "when" of the first migration it replaced (so that row holds the
     * replaced one's hash), and this row one of the other migrations it replaced; null otherwise. Told apart from a migration taken
     * out of the middle of the folder, whose way on (restore it) is the wrong one here: db:repair -Ddb.force re-records the
     * baseline's checksum and removes such rows. {@code between}: the row's {@link #ranBetween}, as its callers read it already
     * (null: none).
     */
    public static Migration squashedInto(List<Migration> between, List<MigrationState> states) {
        if (between == null) return null;
        Migration before = between.get(0);
        return states.stream().anyMatch(s -> s.migration() == before && s.state() == MigrationState.State.CHECKSUM_MISMATCH) ? before : null;
    }

    /**
     * The line of a run with nothing pending. Where the history records migrations the folder (an application's packaged one) does
     * not have, "up to date (2 migrations applied)" beside 3 rows was untrue: an application rolled back after a newer version
     * migrated the database said it of a schema its jar does not know. Said as db:status's MISSING rows say it.
     */
    private String nothingToApply(List<MigrationState> states) {
        long n = count(states, MigrationState.State.APPLIED);
        String migrations = n + (n == 1 ? " migration" : " migrations");
        long unknown = states.stream().filter(s -> s.state() == MigrationState.State.MISSING_LOCALLY && copied(states, s.applied()) == null).count();
        if (unknown == 0) return "Nothing to apply, " + db.describe() + " is up to date (" + migrations + " applied).";
        String ours = fromApplication ? "this application's " : "the folder's ";
        String theirs = fromApplication ? "this application does not have (applied by a newer version of the application?)"
                : "the folder does not have (MISSING in db:status: applied from another branch?)";
        return "Nothing to apply to " + db.describe() + ": " + ours + migrations + (n == 1 ? " is" : " are") + " applied, and its history records "
                + unknown + (unknown == 1 ? " migration " : " migrations ") + theirs + ", named above.";
    }

    /** The state of the migration whose row {@code row} repeats exactly (a second copy of it), or null. */
    public static MigrationState copied(List<MigrationState> states, AppliedMigration row) {
        for (MigrationState s : states) if (s.migration() != null && row.sameRecord(s.applied())) return s;
        return null;
    }

    /**
     * A local migration no row records: pending, or skipped (older than the last applied one); either may be what a row under
     * another "when" (or none: a NULL created_at) records.
     */
    public static boolean notRecorded(MigrationState s) {
        return s.state() == MigrationState.State.PENDING || s.state() == MigrationState.State.SKIPPED;
    }

    /** Each pending migration whose exact SQL a history row the folder lacks records, linked both ways (first match). */
    private static void linkMoved(List<MigrationState> states) {
        for (int p = 0; p < states.size(); p++) {
            MigrationState pending = states.get(p);
            if (!notRecorded(pending)) continue;
            for (int r = 0; r < states.size(); r++) {
                MigrationState row = states.get(r);
                if (row.state() != MigrationState.State.MISSING_LOCALLY || row.sameSqlAs() != null
                        || !pending.migration().recordedBy(row.applied().hash())) continue;
                states.set(p, pending.linkedTo(row.name()));
                states.set(r, row.linkedTo(pending.name()));
                break;
            }
        }
    }

    public ApplyResult apply(List<Migration> local, ApplyOptions options) {
        HistoryTable.Found found = beforeSending(() -> HistoryTable.find(db, history, fromApplication));
        history = found.table();
        otherHistories = found.others();
        return apply(local, options, found.exists());
    }

    private ApplyResult apply(List<Migration> local, ApplyOptions options, boolean historyExists) {
        long start = System.nanoTime();
        checkJournal(local, history, "Nothing was applied.");
        List<AppliedMigration> rows = historyExists ? beforeSending(() -> history.read(db)) : List.of();
        List<MigrationState> states = states(local, rows);
        lastRowRead = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        lastRowLabel = lastRowRead == null ? null : states.stream().filter(s -> s.applied() == lastRowRead).findFirst()
                .map(s -> s.migration() != null ? s.migration().fileName() : s.name()).orElse(String.valueOf(lastRowRead));
        HistoryCheck.check(states, history, options, place(), log);
        // with -Ddb.outOfOrder, the ones older than the last applied (HistoryCheck let them through) too, in the folder's order;
        // with -Ddb.upTo, those up to it: every check below looks at the migrations this run sends, and no other
        String stopAt = options.upTo() != null ? options.upTo() : upTo;
        // an application's Godwit.configure().upTo("..."): its messages name it as it was given there, not as a -D of the plugin
        UpTo.Plan plan = UpTo.plan(states, options.outOfOrder(), stopAt, db.describe(), fromApplication ? UpTo.Words.APPLICATION : UpTo.Words.GOAL);
        List<Migration> pending = plan.run();
        List<String> left = plan.left().stream().map(Migration::tag).toList();
        // a database past the migration named (an older deploy's setting after a newer one): nothing after it is undone; a warning
        String past = plan.pastTold(db.describe());
        if (past != null && fromApplication && options.refuseAhead()) throw new MigrationException(ApplicationBehind.pastRefusal(plan, db.describe()));
        if (past != null && !pending.isEmpty()) log.warn(past);
        // wrangler's d1_migrations beside the history Godwit reads, recording pending ones as applied: two tools migrate it. Every
        // pending one where this run sends any, those -Ddb.upTo leaves too (as the check for a database db:push moved ahead): one
        // wrangler ran that this run leaves was refused by a later run only, after this one had applied the migrations before it
        String twoTools = historyExists ? OtherHistory.refusal(db, history, otherHistories, pending.isEmpty() ? pending : plan.pending(), this::command) : null;
        if (twoTools != null) throw new MigrationException(twoTools);
        // Every pending migration is checked before anything is sent or run, the history table included.
        var userTables = PendingStatements.userTables(pending, db);
        for (Migration m : pending) {
            PendingStatements.check(m, db.capabilities(), db.describe(), history, !historyExists && m == pending.get(0), log, userTables);
        }
        PendingStatements.checkShadowTables(pending, db);
        if (pending.isEmpty()) {
            if (!historyExists && !options.dryRun()) db.runAtomically(List.of(history.createSql()), false);
            if (past != null) log.warn(past);
            else log.info(plan.reached() ? "Nothing to apply up to " + plan.upTo() + ": " + db.describe() + " has it applied, and nothing after it; "
                    + plan.leftTold() + "." : nothingToApply(states));
            return new ApplyResult(List.of(), millis(start), options.dryRun(), left);
        }
        if (!pendingWarned) {   // once, also where the apply starts over after another run applied some (SchemaAhead)
            pendingWarned = true;
            warnEdited(pending);
            if (!(history instanceof HistoryTable.Wrangler) && !fromApplication) {
                for (Migration m : pending) SeveralStatementsPerBreakpoint.pending(m).forEach(log::warn);
            }
        }
        // on remote D1 only where the pre-flight reads the schema anyway: the check costs no request of its own there. It looks at every
        // pending migration, those -Ddb.upTo leaves too: a database db:push brought past the one named has the changes of those it
        // sends already, and a rebuild among them would overwrite the pushed columns' values
        Migration reached = !db.capabilities().remote() || pendingCheck.readsStoredSchema() ? SchemaAhead.reached(db, history, states, plan.pending(), tablesFilter) : null;
        if (reached != null) {
            // another run (a second instance of the application starting) may have applied them since the history was read
            HistoryTable.Found again = HistoryTable.find(db, history, fromApplication);
            if (!(again.exists() ? again.table().read(db) : List.of()).equals(rows)) {
                history = again.table();
                return apply(local, options, again.exists());
            }
            throw new MigrationException(SchemaAhead.refusal(db, plan.pending(), reached, this::command));
        }
        pendingCheck.historyLacks(states.stream().filter(s -> s.state() == MigrationState.State.MISSING_LOCALLY && copied(states, s.applied()) == null)
                .map(MigrationState::name).toList());
        try {
            pendingCheck.check(pending);
        } catch (dev.godwit.engine.GodwitException refused) {
            if (movedOnDuringCheck(rows)) return checkAgain(local, options);
            // a pending migration generated after one the folder lacks fails on what that one made: the refusal names it to fix
            String gap = ChainGap.before(states, pending, null);
            if (gap != null) log.warn(gap);
            throw refused;
        }
        if (movedOnDuringCheck(rows)) return checkAgain(local, options);
        if (pendingCheck.applyStopsAt() != null) {
            // the pre-flight saw the first migrations to send fail, and warned: the gap before them is said too
            String gap = ChainGap.before(states, pending, pendingCheck.applyStopsAt());
            if (gap != null) log.warn(gap);
        }
        List<String> applied = new ArrayList<>();
        if (options.dryRun()) {
            String stopsAt = pendingCheck.applyStopsAt();
            if (stopsAt != null) {
                // a dry run stands for the apply: one the pre-flight saw fail must fail too, or a CI gate built on it passes
                throw new MigrationException("Dry run: the apply would stop at " + stopsAt + ", which failed on the pre-flight's copy of "
                        + db.describe() + " (its warning above says where and why). Nothing was applied. Fix " + stopsAt
                        + " (or the rows it trips on) first, then run the dry run again.");
            }
            log.info("Dry run: " + pending.size() + " migration(s) would be applied to " + db.describe() + plan.told() + "; nothing is changed.");
            for (Migration m : pending) {
                List<String> stmts = m.statements();
                log.info("-- " + m.fileName() + " (" + stmts.size() + (stmts.size() == 1 ? " statement)" : " statements)"));
                for (String s : stmts) log.info(s);
                applied.add(m.tag());
            }
            return new ApplyResult(applied, millis(start), true, left);
        }
        // the way back is taken before anything changes, the history table included
        String wayBackBeforeRun = beforeApplying.apply(pending);
        historyMayBeMissing = !historyExists;
        boolean foreignKeysOff = options.localForeignKeysOff() && db.capabilities().canDisableForeignKeys();
        if (options.localForeignKeysOff() && !db.capabilities().canDisableForeignKeys()) {
            log.warn("db.local.foreignKeysOff has no effect on " + db.describe() + ": foreign keys stay on there, as on D1.");
        }
        log.info("Applying " + pending.size() + " migration(s) to " + db.describe() + plan.told()
                + (foreignKeysOff ? " (foreign keys switched off around migrations that ask for it: -Ddb.local.foreignKeysOff)" : ""));
        // Learned from a re-read of the history after a refusal: pending migrations another run has recorded meanwhile.
        java.util.Set<String> recordedMeanwhile = new java.util.HashSet<>();
        // Ctrl-C or a CI job's timeout (SIGINT, SIGTERM) while a migration was sent: the JVM runs its shutdown hooks and Maven prints
        // nothing, so the log stopped at the last migration applied, silent on the one under way (on D1 it may still commit)
        java.util.concurrent.atomic.AtomicReference<Migration> underWay = new java.util.concurrent.atomic.AtomicReference<>();
        Thread whenStopped = new Thread(() -> {
            Migration m = underWay.get();
            if (m != null) log.warn(stoppedNotice(m, applied));
        }, "godwit-apply-stopped");
        shutdownHooks.add(whenStopped);
        try {
            for (int i = 0; i < pending.size(); i++) {
                Migration m = pending.get(i);
                if (recordedMeanwhile.contains(m.tag())) {
                    log.info("  " + m.tag() + " was applied by another run meanwhile (" + history.name() + " records it); not applying it again.");
                    continue;
                }
                long t0 = System.nanoTime();
                underWay.set(m);
                int statements;
                try {
                    statements = applyOne(m, options, foreignKeysOff, pending, i, recordedMeanwhile);
                } catch (MigrationException e) {
                    throw repeatingWayBack(e, pending.subList(0, i).stream().filter(p -> applied.contains(p.tag())).map(Migration::fileName).toList(),
                            wayBackBeforeRun);
                }
                underWay.set(null);
                historyMayBeMissing = false;   // applied, by this run or another: its table is there
                if (statements >= 0) {
                    log.info(String.format("  %-40s %3d %-10s  %6d ms", m.tag(), statements, statements == 1 ? "statement" : "statements", millis(t0)));
                    applied.add(m.tag());
                } else {
                    follow(pending, i + 1, recordedMeanwhile);
                }
            }
        } finally {
            underWay.set(null);
            shutdownHooks.remove(whenStopped);
        }
        long total = millis(start);
        log.info("Applied " + applied.size() + " migration(s) in " + total + " ms" + plan.told() + ".");
        List<Migration> byOther = pending.stream().filter(m -> !applied.contains(m.tag())).toList();
        if (wayBackBeforeRun != null && !byOther.isEmpty()) {
            log.warn(applied.isEmpty() ? noWayBackOfItsOwn(pending) : wayBackUndoesSomeOfTheOthers(pending, applied, byOther));
        }
        return new ApplyResult(applied, total, false, left);
    }

    /** One migration's file name, or "N migrations (first to last)". */
    private static String span(List<Migration> ms) {
        return ms.size() == 1 ? ms.get(0).fileName() : ms.size() + " migrations (" + ms.get(0).fileName() + " to " + ms.get(ms.size() - 1).fileName() + ")";
    }

    /**
     * A run on D1 that applied some pending migrations while another run applied the others: its bookmark goes back to before
     * its own, and takes with them whatever the other run committed after the bookmark was read (which of them is not known here).
     */
    private String wayBackUndoesSomeOfTheOthers(List<Migration> pending, List<String> applied, List<Migration> byOther) {
        List<Migration> ours = pending.stream().filter(m -> applied.contains(m.tag())).toList();
        return "This run applied " + span(ours) + "; another run applied " + span(byOther) + " meanwhile. The Time Travel bookmark"
                + " printed above goes back to before this run's, but it was read while that run was under way: restoring it also undoes"
                + " those of that run's applied after it was read (" + (byOther.size() == 1 ? byOther.get(0).fileName() + ", if it was"
                : "some or all of the " + byOther.size()) + "). " + command("db:status") + " after a restore shows which are left.";
    }

    /**
     * A run on D1 that found every pending migration applied by another run meanwhile (two deploys at once): the bookmark it
     * printed as its way back was read while that run was under way, so restoring it would undo part of that run's work and
     * leave the rest; the other run's own bookmark is the way back.
     */
    private String noWayBackOfItsOwn(List<Migration> pending) {
        return "This run applied nothing: another run applied " + span(pending) + " meanwhile."
                + " The Time Travel bookmark printed above as the way back was read while that run was under way: it is no way back to"
                + " before either run, and restoring it would undo only part of that run's work. To go back, use the bookmark the run"
                + " that applied them printed (its log, or .godwit/" + dev.godwit.engine.restore.Restorer.BOOKMARKS + " where it ran);"
                + " " + command("db:status") + " shows where the database stands.";
    }

    /**
     * A failure after this run applied migrations, with the way back to before the run: they stay applied, and the bookmark
     * that undoes them was printed at INFO only (not seen under {@code mvn -q}).
     */
    private static MigrationException repeatingWayBack(MigrationException e, List<String> applied, String wayBack) {
        if (applied.isEmpty() || wayBack == null) return e;
        MigrationException more = new MigrationException(e.kind(), e.getMessage() + "\n  This run applied " + String.join(", ", applied)
                + " before it; they stay applied. To go back to before this run (the bookmark is also in .godwit/"
                + dev.godwit.engine.restore.Restorer.BOOKMARKS + "): " + wayBack, e.getCause());
        for (Throwable t : e.getSuppressed()) more.addSuppressed(t);
        return more;
    }

    /** Where an apply registers what it says when the JVM is stopped under it (a test sets its own list). */
    static dev.godwit.engine.ShutdownHooks shutdownHooks = dev.godwit.engine.ShutdownHooks.JVM;

    /**
     * What an apply stopped by Ctrl-C or a killed job says: the migration under way went as one transaction (one request on D1),
     * so it is applied whole or not at all, and which of the two only the history tells; the way on reads it first.
     */
    private String stoppedNotice(Migration m, List<String> applied) {
        boolean remote = db.capabilities().remote();
        List<String> done = List.copyOf(applied);
        return "Stopped (Ctrl-C, or the job killed) while " + m.fileName() + " was being applied to " + db.describe()
                + (done.isEmpty() ? "" : ", after this run applied " + String.join(", ", done)) + ". " + m.fileName()
                + " is applied whole or not at all (" + (remote ? "it went as one request, one transaction, and D1 may still commit it after"
                + " this run has ended" : "it ran as one transaction: SQLite rolls back one that did not commit") + "); " + history.name()
                + " says which: it records the migration if and only if it was applied. " + capitalized(again()) + ": it reads the history"
                + " first and applies only what is not recorded (never twice); " + command("db:status") + " shows where it stands.";
    }

    /**
     * Whether another run (a second instance of the application starting) recorded migrations in a local file's history since
     * {@code rows} were read, while the pending check ran: the pre-flight's copy then held some of the migrations it ran, and ran
     * them a second time there (a table created twice, a column added twice), so what it found or refused was of no apply that
     * will happen. Local only: the history is read in a request of its own on D1.
     */
    private boolean movedOnDuringCheck(List<AppliedMigration> rows) {
        if (pendingCheck == PendingCheck.NONE || db.capabilities().remote()) return false;
        try {
            HistoryTable.Found again = HistoryTable.find(db, history, fromApplication);
            return !(again.exists() ? again.table().read(db) : List.of()).equals(rows);
        } catch (DatabaseException unreadable) {
            return false;
        }
    }

    private ApplyResult checkAgain(List<Migration> local, ApplyOptions options) {
        log.info("Another run applied migrations to " + db.describe() + " while the pre-flight copied it: what the pre-flight said of that"
                + " copy does not hold; checking the migrations still pending again.");
        HistoryTable.Found again = HistoryTable.find(db, history, fromApplication);
        history = again.table();
        return apply(local, options, again.exists());
    }

    /**
     * Applies one migration; returns its statement count, or -1 when another run applied it first.
     *
     * <p>When the database refuses the migration or its answer is lost, the history is read once: a row for it means it
     * was applied (by this run before the answer was lost, or by another run first, which is what a refusal of the guard
     * says); the other pending migrations that read shows recorded go into {@code recordedMeanwhile}, so they are not sent
     * only to be refused.
     *
     * @param foreignKeysOff whether to honour a {@code PRAGMA foreign_keys=OFF} of the migration by switching foreign keys
     *                       off around its transaction (only with {@code -Ddb.local.foreignKeysOff}); otherwise the
     *                       migration runs as on D1 and under drizzle-orm, where that PRAGMA does nothing
     */
    private int applyOne(Migration m, ApplyOptions options, boolean foreignKeysOff, List<Migration> pending, int index,
                         java.util.Set<String> recordedMeanwhile) {
        List<String> statements = m.statements();
        boolean create = historyMayBeMissing;
        // the migration before it in this run, applied or found recorded: it must still be recorded when this one is sent (a restore
        // or repair of the database meanwhile took it away: this one, sent on top, would leave a gap in the history); before the
        // first, the history's last row as the run read it (a restore between that read and this request)
        Migration previous = index > 0 ? pending.get(index - 1) : null;
        String check = previous != null ? history.checkAfter(previous, create) : history.checkAfterRow(lastRowRead, lastRowLabel, create);
        List<String> batch = history.transactionLedBy(check, m, create);
        List<String> guard = new ArrayList<>(history.leadOf(m, create));
        if (check != null) guard.add(0, check);
        boolean switchOff = foreignKeysOff && ForeignKeysPragma.asksOff(statements);
        boolean sentBefore = false;   // an earlier attempt of this run may have been applied
        for (int attempt = 1; ; attempt++) {
            long t0 = System.nanoTime();
            try {
                db.runAtomically(batch, switchOff);
                lastRequestNanos = System.nanoTime() - t0;
                return statements.size();
            } catch (DatabaseException e) {
                // A refusal waited behind the other run's transaction, if any: about one migration of it.
                lastRequestNanos = System.nanoTime() - t0;
                // its "statement 4 failed" counted the guard statements sent first, under "failed at statement 3 of 3"
                e = ownNumbers(e, guard.size(), statements.size());
                if (e instanceof TransactionEndedException ended) throw transactionEnded(m, ended, guard.size(), statements);
                if (HistoryGuard.movedBack(e.databaseMessage())) throw new MigrationException(movedBack(previous, m), e);
                // nothing of this attempt ran (a size limit; on D1 a rate limit or a refused token too): not applied, unless an
                // earlier attempt whose answer was lost committed it, which only the history tells
                if (e.notSent() && !sentBefore) throw notSent(m, e);
                sentBefore |= e.outcomeUnknown();
                if (!sentBefore && HistoryGuard.refused(e.databaseMessage())) {
                    // The guard says another run recorded it: that run is applying these migrations now. Give it the time it
                    // needs for the rest before the one re-read, so that the read finds them recorded too (see follow).
                    pause(followWait(pending, index + 1, recordedMeanwhile));
                }
                AppliedMigration row = null;
                boolean historyRead = true;
                try {
                    List<AppliedMigration> rows = readAfterFailure(create);
                    row = recordOf(rows, m);
                    noteRecorded(rows, pending, m, recordedMeanwhile);
                } catch (DatabaseException unreadable) {
                    historyRead = false;
                }
                if (row != null) {
                    String another = anotherMigrationsRow(m, history, row);
                    if (another != null) throw new MigrationException(another, e);
                    if (sentBefore) {
                        log.info("  " + m.tag() + ": this run's request was answered with an error or not at all, but " + history.name() + " now records the"
                                + " migration: the database applied it once; it is not sent again.");
                        return statements.size();
                    }
                    log.info("  " + m.tag() + " was applied by another run meanwhile (" + history.name() + " records it); not applying it again.");
                    return -1;
                }
                if (sentBefore && row == null && HistoryGuard.refused(e.databaseMessage())) {
                    // the guard refused this attempt because the history records the migration: the lost attempt applied it
                    log.info("  " + m.tag() + ": this run's earlier request was answered with an error or not at all, and the history guard"
                            + " refused sending it again because " + history.name() + " records it: the database applied it once.");
                    return statements.size();
                }
                // an earlier attempt's answer was lost and the history cannot be read to tell: whatever this attempt met (a refused
                // connection is no word of the database's), the migration may have been applied by that attempt
                if (e.notSent() || sentBefore && !historyRead && !e.outcomeUnknown()) {
                    if (historyRead) throw notSent(m, e);   // the lost attempt did not commit: the history does not record it
                    throw new MigrationException("Migration " + m.fileName() + " may or may not have been applied: an earlier attempt's answer was"
                            + " lost, then " + e.getMessage() + "\n  " + history.name() + " could not be read afterwards to tell. " + capitalized(again()) + ":"
                            + " it reads the history first and applies the migration only if it is not recorded (never twice).", e);
                }
                // D1 cut it for its time and rolled it back: sent again it would be cut again, the database unavailable meanwhile
                if (historyRead && D1TimeLimit.cut(e)) {
                    MigrationException cut = new MigrationException(D1TimeLimit.message(m, e, history.name(), lastRequestNanos));
                    cut.addSuppressed(e);   // not the cause: Maven would append its message, said above already
                    throw cut;
                }
                // D1's 5xx answers were sent again by its client already (5 attempts): a lost answer is worth another try, not those
                boolean retriedBy5xx = e instanceof dev.godwit.engine.d1.D1Exception d1 && d1.httpStatus() >= 500 && historyRead;
                if (e.outcomeUnknown() && !retriedBy5xx && attempt < Math.max(1, options.maxAttempts())) {
                    log.warn("  " + m.tag() + ": the database's answer was lost (" + e.getMessage() + "); " + (historyRead
                            ? "it did not record the migration, trying again."
                            : history.name() + " could not be read to tell whether it was applied; sending it again, which its history guard"
                            + " refuses if that attempt recorded it (never applied twice)."));
                    sleep(attempt);
                    continue;
                }
                throw failure(m, e, guard.size(), statements, historyRead, pending.subList(index, pending.size()));
            }
        }
    }

    /**
     * The refusal of {@link HistoryGuard#MOVED_BACK}: {@code previous} went from the history while this run applied; null: the
     * history's last row as the run read it went before its first migration was sent.
     */
    private String movedBack(Migration previous, Migration m) {
        return movedBack(previous == null ? lastRowLabel : previous.fileName(), previous == null, m.fileName(), history.name()) + " Check what"
                + " the database holds now (mvn db:status), then run db:apply again if those migrations are still meant to go there.";
    }

    /**
     * The refusal of {@link HistoryGuard#MOVED_BACK} ({@code first}: of a run's first migration, whose check is the history's last
     * row as the run read it), in db:apply's words and a fleet's.
     */
    public static String movedBack(String previous, boolean first, String migration, String table) {
        return "Migration " + migration + " was not applied: " + table + " no longer records " + previous + ", which " + (first
                ? "was its last row when this run read the history, before sending anything" : "this run applied (or found recorded) just before it")
                + ", so the database was restored (Time Travel, db:restore) or repaired while this run applied. Sent on top, " + migration
                + " would have left a history without " + previous + " and a schema no set of migrations describes; nothing of it ran.";
    }

    /**
     * A lock another connection held on the local file for all of this run's wait (most often another instance applying the same
     * migrations): said as the wait it was, not as "Migration ... failed ... rolled back", which read as a migration this run had
     * run and the other had in fact applied. Null for any other failure, or where the outcome is unknown.
     */
    private MigrationException outwaited(Migration m, DatabaseException e, int guardCount) {
        if (db.capabilities().remote() || e.outcomeUnknown()) return null;
        java.time.Duration waited = db instanceof dev.godwit.engine.db.SqliteDatabase s ? s.lockWait() : dev.godwit.engine.db.SqliteDatabase.DEFAULT_LOCK_WAIT;
        String hint = dev.godwit.engine.db.LockedHint.of(e.databaseMessage(), waited, fromApplication);
        if (hint == null) return null;
        // the write lock is taken before the first statement (BEGIN IMMEDIATE); one lost later (at COMMIT) left statements run, undone
        String ran = "COMMIT".equals(e.statement())
                ? "and, having run all of it, could not commit it, so it was rolled back (in SQLite's rollback-journal mode a commit waits"
                + " for every connection reading the file: a long query, a result set left open, a read transaction not ended; WAL mode lets"
                + " readers be)"
                : e.statementIndex() - guardCount > 0 ? "and what it had run of it was rolled back" : "and ran none of it";
        MigrationException out = new MigrationException(dev.godwit.engine.GodwitException.Kind.BROKEN, "Migration " + m.fileName()
                + " was not applied by this " + (fromApplication ? "start" : "run") + ": it waited " + dev.godwit.engine.db.LockedHint.shown(waited.toMillis())
                + " for a lock another connection held on " + db.describe() + " all that time, " + ran + " (SQLite says: " + e.databaseMessage()
                + "). If that was another " + (fromApplication ? "instance" : "run") + " applying the same migrations, the next "
                + (fromApplication ? "start" : "run") + " finds them applied and skips them."
                + "\n  " + hint
                + "\n  Nothing is wrong with the migration: it applies as it is once the file can be written.");
        out.addSuppressed(e);
        return out;
    }

    /**
     * The history read after a failed request. With {@code create} the table was to be created in that very transaction: if it
     * is missing (the request did not commit), it records nothing. Looked up only when the read fails, so it costs no request
     * otherwise.
     */
    private List<AppliedMigration> readAfterFailure(boolean create) {
        try {
            return history.read(db);
        } catch (DatabaseException unreadable) {
            if (!create || HistoryTable.exists(db, history.name())) throw unreadable;
            return List.of();
        }
    }

    /**
     * Another run recorded a migration this run was sending: it is applying the same migrations now. Racing it would send
     * each next migration at about the moment it does, to have one of the two refused (a refused request and a re-read each
     * time, and on D1 both count against the API budget). Instead this run waits about as long as the other needs for what
     * is left (as long as this run's refused request took, per migration left) and reads the history again, for as long as each
     * read shows progress; whatever is still missing after that (the other run stopped, failed or stalled) it sends itself,
     * behind the same guard. Waiting never decides anything: the history does.
     */
    private void follow(List<Migration> pending, int from, java.util.Set<String> recordedMeanwhile) {
        boolean announced = false;
        while (true) {
            long wait = followWait(pending, from, recordedMeanwhile);
            if (wait == 0) return;
            if (!announced) {
                log.info("  Another run is applying these migrations to " + db.describe() + " now: following it through " + history.name()
                        + " instead of sending what it is about to record.");
                announced = true;
            }
            if (!pause(wait)) return;
            int before = left(pending, from, recordedMeanwhile);
            try {
                noteRecorded(history.read(db), pending, null, recordedMeanwhile);
            } catch (DatabaseException unreadable) {
                return;
            }
            if (left(pending, from, recordedMeanwhile) == before) return;   // no progress: send what is left, behind the guard
        }
    }

    /** How long the other run should need for the pending migrations from {@code from} on not known to be recorded; 0 when none is left. */
    private long followWait(List<Migration> pending, int from, java.util.Set<String> recorded) {
        int left = left(pending, from, recorded);
        if (left == 0) return 0;
        return Math.min(MAX_FOLLOW_WAIT_MILLIS, Math.max(MIN_FOLLOW_WAIT_MILLIS, left * lastRequestNanos / 1_000_000 * 5 / 4));
    }

    private static int left(List<Migration> pending, int from, java.util.Set<String> recorded) {
        int left = 0;
        for (int k = from; k < pending.size(); k++) if (!recorded.contains(pending.get(k).tag())) left++;
        return left;
    }

    /** Sleeps; false when interrupted (the flag is set again). */
    private static boolean pause(long millis) {
        if (millis <= 0) return true;
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Adds to {@code recorded} the pending migrations (but {@code except}) that the rows record with this file's checksum. */
    private void noteRecorded(List<AppliedMigration> rows, List<Migration> pending, Migration except, java.util.Set<String> recorded) {
        for (Migration other : pending) {
            AppliedMigration r = other == except ? null : recordOf(rows, other);
            if (r != null && (!history.hasChecksums() || other.recordedBy(r.hash()))) recorded.add(other.tag());
        }
    }

    /** The history row that records the migration (by when, or by file name), or null. */
    private AppliedMigration recordOf(List<AppliedMigration> rows, Migration m) {
        return rows.stream().filter(r -> history.records(r, m)).findFirst().orElse(null);
    }

    /**
     * {@code e} with the statement its message starts with ("statement 4 failed: ...", "statement 1, the history guard, ...")
     * counted among the migration's own statements, not the {@code guardCount} statements sent before them; a guard statement
     * or the history row's insert named as such. The index is kept (the position in the request).
     */
    static DatabaseException ownNumbers(DatabaseException e, int guardCount, int statementCount) {
        String message = e.getMessage();
        String at = "statement " + (e.statementIndex() + 1);
        if (guardCount == 0 && e.statementIndex() < statementCount || e.statementIndex() < 0 || message == null
                || !message.startsWith(at) || message.length() > at.length() && Character.isDigit(message.charAt(at.length()))) {
            return e;
        }
        int own = e.statementIndex() - guardCount;
        String rest = message.substring(at.length());
        String named;
        if (own < 0) {
            named = "the history guard (sent before the migration's statements)";
            if (rest.startsWith(", the history guard,")) rest = rest.substring(", the history guard,".length()).replaceFirst("^ ", " ");
        } else if (own >= statementCount) {
            named = "the statement recording the migration in the history (after its " + statementCount + ")";
        } else {
            named = "statement " + (own + 1);
            rest = rest.replace("statements 1 to " + (e.statementIndex() + 1), "statements 1 to " + (own + 1));
        }
        return e.withMessage(named + rest);
    }

    private MigrationException transactionEnded(Migration m, TransactionEndedException e, int guardCount, List<String> statements) {
        int idx = e.statementIndex() - guardCount;
        String where = idx >= 0 && idx < statements.size()
                ? "statement " + (idx + 1) + " of " + statements.size() + ":\n    " + StatementRules.shown(statements.get(idx))
                : "a statement of the migration";
        if (!e.committed()) {
            return new MigrationException("Migration " + m.fileName() + " was not applied: " + where + "\n  ended the migration's transaction"
                    + " with a rollback. SQLite rolled back everything before it and nothing after it ran: the database is as it was after the"
                    + " previous migration. Remove the transaction statement (each migration already runs in one transaction).", e);
        }
        String done = idx >= 0 ? (idx == 0 ? "nothing of the migration" : "statements 1 to " + idx + " of the migration") : "part of the migration";
        return new MigrationException("Migration " + m.fileName() + " was PARTLY applied: " + where + "\n  ended the migration's transaction"
                + " early with a commit. SQLite committed " + done + " without its history row; nothing after that statement ran, and"
                + " what was committed cannot be rolled back. The migration is not recorded in " + history.name() + ", so "
                + (fromApplication ? "the next start will try it again" : "db:apply will try it again") + ". Undo what those statements did (or"
                + " restore a backup), remove the transaction statement from the migration (each migration already runs in one transaction),"
                + " then " + again() + ".", e);
    }

    /**
     * Pending migrations edited since db:generate wrote them (their checksum in meta/_sums differs): applied as they are, as an
     * edit in review is, but said, since db:verify fails on them until the edit is undone or recorded.
     */
    private void warnEdited(List<Migration> pending) {
        for (Migration m : pending) {
            java.nio.file.Path dir = m.file().toAbsolutePath().getParent();
            if (dir == null) continue;
            MigrationsFolder folder = MigrationsFolder.at(dir);
            String sum = folder.readSum(m.entry());
            if (sum == null || m.recordedBy(sum)) continue;
            log.warn(m.fileName() + " was edited after db:generate wrote it (" + folder.relative(folder.sumFile(m.tag())) + " holds the checksum of"
                    + " what it wrote): it is applied as it is now, and db:verify fails on it until the edit is undone, or recorded with "
                    + command("db:repair") + " if it is meant.");
        }
    }

    /** The table a statement drops that a later statement renames another table to (a rebuild's copy taking its name); null if none. */
    static String renamedOverADroppedTable(List<String> statements) {
        java.util.Set<String> dropped = new java.util.HashSet<>();
        for (String s : statements) {
            String d = dev.godwit.engine.sql.StatementKind.droppedTable(s);
            if (d != null) dropped.add(dev.godwit.schema.model.SqliteNames.key(d));
            String r = dev.godwit.engine.sql.StatementKind.renamedTo(s);
            if (r != null && dropped.contains(dev.godwit.schema.model.SqliteNames.key(r))) return r;
        }
        return null;
    }

    private MigrationException notSent(Migration m, DatabaseException e) {
        return new MigrationException("Migration " + m.fileName() + " was not applied: " + e.getMessage()
                + "\n  Nothing of it ran on " + db.describe() + ": the database is as it was after the previous migration.", e);
    }

    /** {@code left}: {@code m} and the pending migrations after it, which this run has not applied. */
    private MigrationException failure(Migration m, DatabaseException e, int guardCount, List<String> statements, boolean historyRead,
                                       List<Migration> left) {
        MigrationException outwaited = outwaited(m, e, guardCount);
        if (outwaited != null) return outwaited;
        StringBuilder sb = new StringBuilder("Migration " + m.file().getFileName() + " failed");
        boolean fileProblem = false;   // a lock held all the wait, a read-only file or folder, a full disk: BROKEN, not REFUSED
        int idx = e.statementIndex() - guardCount;
        if (e.statementIndex() >= 0 && idx >= 0 && idx < statements.size()) {
            sb.append(" at statement ").append(idx + 1).append(" of ").append(statements.size()).append(":\n    ")
                    .append(StatementRules.shown(statements.get(idx)));
        } else if (e.statementIndex() >= guardCount + statements.size()) {
            sb.append(" while recording it in ").append(history.name());
        }
        // a 5xx is an answer, of a request whose outcome D1 does not say; "lost" is for a connection cut or a timeout
        String unknown = e instanceof dev.godwit.engine.d1.D1Exception d1 && d1.httpStatus() >= 500 ? "The database's answer did not tell whether it ran"
                : "The database's answer was lost";
        if (e.outcomeUnknown() && !historyRead) {
            sb.append("\n  ").append(unknown).append(" (").append(e.getMessage()).append("), and ").append(history.name())
                    .append(" could not be read afterwards to tell whether the migration was applied. ").append(capitalized(again())).append(": it reads the")
                    .append(" history first and applies the migration only if it is not recorded (never twice).");
        } else if (e.outcomeUnknown()) {
            sb.append("\n  ").append(unknown).append(": ").append(e.getMessage());
            sb.append("\n  ").append(history.name()).append(" does not record the migration, and its row commits with the migration or not at all,")
                    .append(" so it was not applied: the database is as it was after the previous migration. ").append(capitalized(again())).append(": it checks the")
                    .append(" history first.");
        } else {
            sb.append("\n  ").append(db.capabilities().remote() ? "D1" : "SQLite").append(" says: ").append(e.databaseMessage());
            String tokenRefused = dev.godwit.engine.d1.D1Exception.tokenRefusedWhileLocating(e);
            if (tokenRefused != null) {
                // no statement named: the search for it (parts of the migration sent again, each rolled back) met an expired token
                sb.append("\n  Which statement failed is not known: while Godwit sent parts of the migration again to find it (each rolled back,")
                        .append(" none applied), ").append(tokenRefused).append(" ").append(capitalized(again()))
                        .append(" with a valid token to have the statement named.");
            }
            String overLimit = db.capabilities().d1Rules() ? dev.godwit.engine.db.D1Limits.hint(e.databaseMessage()) : null;
            // D1 refused the request's length, no statement over the limit: said with the request's size, no statement blamed
            if (e.statementIndex() < 0 && String.valueOf(e.getMessage()).startsWith(dev.godwit.engine.db.D1Limits.REQUEST_TOO_LONG)) overLimit = e.getMessage();
            if (overLimit != null) sb.append("\n  ").append(overLimit);
            String rowidAlias = RowidAliasHint.of(e.databaseMessage());
            if (rowidAlias != null) sb.append("\n  ").append(rowidAlias);
            String locked = db.capabilities().remote() ? null : dev.godwit.engine.db.LockedHint.of(e.databaseMessage(),
                    db instanceof dev.godwit.engine.db.SqliteDatabase s ? s.lockWait() : dev.godwit.engine.db.SqliteDatabase.DEFAULT_LOCK_WAIT,
                    fromApplication);
            if (locked != null) sb.append("\n  ").append(locked);
            String unwritable = db.capabilities().remote() ? null : dev.godwit.engine.db.LockedHint.unwritable(e.databaseMessage(), fromApplication);
            if (unwritable != null) sb.append("\n  ").append(unwritable);
            fileProblem = locked != null || unwritable != null;
            if (e.statementIndex() < 0 && String.valueOf(e.databaseMessage()).contains("FOREIGN KEY constraint failed")) {
                // no statement to name: the deferred keys are checked as the transaction (D1's request) ends
                String rebuilt = renamedOverADroppedTable(statements);
                boolean rowsNamed = String.valueOf(e.databaseMessage()).contains(" at COMMIT: ");
                sb.append("\n  No statement failed: SQLite checks the foreign keys a migration deferred (PRAGMA defer_foreign_keys=ON, as a")
                        .append(" rebuild asks, or a key DEFERRABLE INITIALLY DEFERRED) when it commits");
                if (rebuilt != null && !rowsNamed) {
                    // drizzle-kit's rebuild of a parent: the DROP's broken references stay counted, every row in place (d1.md 2.3)
                    sb.append(db.capabilities().remote() ? ", and rows then referenced rows that are missing, or" : ", and")
                            .append(" this migration drops \"").append(rebuilt).append("\" and renames another table to it: SQLite counts each")
                            .append(" reference its DROP TABLE broke, and takes one off only when a row is written to \"").append(rebuilt)
                            .append("\" under that name, which rows copied into a table renamed afterwards never are, so the COMMIT fails with")
                            .append(" every row in place (D1 and wrangler's local D1 too). Rebuild it under its final name: copy it aside (CREATE")
                            .append(" TABLE __bak AS SELECT * FROM ...), DROP TABLE, CREATE TABLE under the final name, INSERT INTO it SELECT ... FROM")
                            .append(" the copy, DROP TABLE __bak.");
                } else {
                    sb.append(", and rows then referenced rows that are missing.");
                    if (db.capabilities().remote()) {
                        sb.append(" D1 does not say which: db:apply -Dlocal on a copy of the data (wrangler's local D1 file) names them.");
                    }
                }
            }
            sb.append("\n  The migration was rolled back: the database is as it was after the previous migration.");
            String baseline = baselineHint(m, e.databaseMessage(), command("db:baseline"));
            // a later migration's schema with another app's table beside it: db:baseline at m, the one that failed, is refused by
            // its schema check; db:status's way on instead (that migration, the filter leaving the table out)
            SchemaAhead.Besides besides = baseline == null ? null
                    : SchemaTrial.besides(db, history, left, new SchemaTrial.Failure(0, e, null), tablesFilter);
            List<String> statementHints = FailedStatementHints.of(statements, idx, e.databaseMessage(), command("db:repair"), again());
            if (fileProblem) {
                // the file's, not the migration's: "fix the data or edit the migration" sent developers to the wrong place
                sb.append("\n  Nothing is wrong with the migration: it applies as it is once the file can be written.");
            } else if (besides != null) {
                sb.append(SchemaTrial.wayOnBesides(left, besides, this::command));
            } else if (baseline != null) {
                sb.append("\n  ").append(baseline);
            } else if (!statementHints.isEmpty()) {
                sb.append("\n  ").append(statementHints.get(0));   // the first: each says the whole way on
            } else {
                String duplicates = idx >= 0 && idx < statements.size()
                        ? dev.godwit.engine.sql.DuplicateKeysQuery.forFailure(statements.get(idx), e.databaseMessage()) : null;
                if (duplicates != null) sb.append("\n  Rows share the new index's key; list them: ").append(duplicates);
                // a hand-written migration (no checksum in meta/_sums) cannot be regenerated: it is edited
                // from an application, a fixed migration reaches the database in a new build of it
                sb.append(dev.godwit.engine.folder.LossDeclaration.generated(m) ? "\n  Fix the cause (the data, or the migration with mvn db:generate"
                        + (fromApplication ? ", packaged into a new build" : "") + "), then " + again() + "."
                        : "\n  Fix the cause (the data, or " + m.fileName() + ", not written by db:generate: edit it" + (fromApplication
                        ? " and package it into a new build" : "") + "), then " + again() + ".");
            }
        }
        // Kept as suppressed, not as the cause: Maven appends a cause's own message to the error, said above already.
        MigrationException failure = fileProblem ? new MigrationException(dev.godwit.engine.GodwitException.Kind.BROKEN, sb.toString())
                : new MigrationException(sb.toString());
        failure.addSuppressed(e);
        return failure;
    }

    /**
     * Why the history row a re-read found under {@code m}'s "when" is not its record (another hash: a different migration with
     * the same "when", applied meanwhile from another branch or folder); null when it records {@code m}.
     */
    public static String anotherMigrationsRow(Migration m, HistoryTable history, AppliedMigration row) {
        if (!history.hasChecksums() || m.recordedBy(row.hash())) return null;
        return "Migration " + m.fileName() + " was not applied: " + history.name() + " already has a row with"
                + " created_at " + m.when() + " (this migration's \"when\") but hash " + abbreviate(row.hash()) + ", not this file's "
                + abbreviate(m.hash()) + ": a different migration with the same \"when\" was applied there (from another branch or"
                + " folder). Give this migration its own \"when\" in meta/_journal.json (after the last applied one).";
    }

    /**
     * For a DROP TABLE refused with "no such table" naming another table, why and the way on ({@code repairCommand} records the
     * edit for the database at hand); else null. With foreign keys on
     * (D1, a migration's transaction) dropping a table deletes its rows, and SQLite compiles the ON DELETE actions of the tables
     * referencing it with their triggers: a trigger using a table the migration dropped before fails. The planner orders a
     * rebuild's drops by foreign keys and cannot see triggers, so db:generate would write the same order again.
     */
    public static String triggerTableDroppedBeforeHint(String statement, String databaseMessage, String repairCommand) {
        return triggerTableDroppedBeforeHint(statement, databaseMessage, repairCommand, "run db:apply again");
    }

    /** As above, {@code again} the way on once the migration is edited ("run db:apply again", "start the application again"). */
    public static String triggerTableDroppedBeforeHint(String statement, String databaseMessage, String repairCommand, String again) {
        String dropped = dev.godwit.engine.sql.StatementKind.droppedTable(statement);
        if (dropped == null) return null;
        String other = dev.godwit.engine.db.UnreadableViews.missingTableIn(databaseMessage);
        if (other == null || other.equalsIgnoreCase(dropped)) return null;
        return "Dropping `" + dropped + "` deletes its rows, so SQLite compiles the ON DELETE actions of the tables that reference it together"
                + " with their triggers, and a trigger of one of them uses " + other + ", which this migration dropped before it (Godwit orders the"
                + " drops of a rebuild by the foreign keys; it cannot see triggers). In the migration, move the DROP TABLE of " + other + " below"
                + " this statement (a reviewed edit: record it with " + repairCommand + "), then " + again + ".";
    }

    /**
     * For a migration the database refused because it already has what the migration makes (db:push, or a hand change: running
     * it cannot succeed, recording it can), the way on with {@code baseline} (the db:baseline command for that database); else null.
     */
    public static String baselineHint(Migration m, String databaseMessage, String baseline) {
        String said = String.valueOf(databaseMessage);
        if (!said.contains("already exists") && !said.contains("duplicate column name")) return null;
        return "If the database already has this migration's changes (db:push, or made by hand), record it as applied instead: " + baseline
                + " -Ddb.baseline=" + m.tag() + " (it checks the schema against the migration's snapshot first).";
    }

    /** How a failure's way on says to try again: the goal run again, or, for an application's Godwit.migrate, its next start. */
    private String again() {
        return fromApplication ? "start the application again" : "run db:apply again";
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A goal's command for this database: -Dlocal for a local file (without it the goal works on Cloudflare D1), then what picked it. */
    private String command(String goal) {
        return "mvn " + goal + (db.capabilities().remote() ? "" : " -Dlocal") + commandArgs;
    }

    /** How this database goes back to before a migration: the local copy db:apply kept, or D1's Time Travel. */
    private String wayBack() {
        // no placeholder that reads as a command: what to look up, and where
        if (db.capabilities().remote()) return "mvn db:restore" + commandArgs + " with -Ddb.bookmark= the Time Travel bookmark db:apply printed before"
                + " it ran (.godwit/" + dev.godwit.engine.restore.Restorer.BOOKMARKS + " keeps each, with its time), or -Ddb.timestamp= a time before"
                + " it (RFC 3339)";
        return localCopyKept ? "mvn db:restore -Dlocal" + commandArgs
                : "db:restore has no copy of this file to go back to: db:apply keeps one only of a file that held something";
    }

    private boolean localCopyKept = true;

    /** The way back to before given migrations ran, from the project's records (the bookmark log, the local copies); null: none. */
    private dev.godwit.engine.restore.WayBack wayBackBefore;

    /**
     * Names, in the refusals' way back, the state from before the migrations in question ran, from {@code wayBack}'s records: a
     * command that works as pasted, or what to look up where ("-Ddb.timestamp=TIME before it, or the bookmark db:apply printed
     * then" failed as pasted).
     */
    public Migrator withWayBack(dev.godwit.engine.restore.WayBack wayBack) {
        this.wayBackBefore = wayBack;
        return this;
    }

    /** How the history check's messages name this database's commands. */
    private HistoryCheck.Place place() {
        HistoryCheck.Place p = new HistoryCheck.Place(command("db:repair"), wayBack(), fromApplication ? command("db:apply") : null);
        boolean copies = db.capabilities().remote() || localCopyKept;
        return wayBackBefore == null || !copies ? p : p.goingBackWith(wayBackBefore::before);
    }

    /** Whether db:apply kept a copy of this local file to restore (the way back the refusals name); none: they say so. */
    public Migrator withLocalCopyKept(boolean kept) {
        this.localCopyKept = kept;
        return this;
    }

    /**
     * Pending migrations whose exact SQL a history row records under a {@code when} no migration of the folder has: the
     * same migration, moved. drizzle's history is keyed on {@code when}, so it would look new and run a second time.
     */
    public static List<String> movedApplied(List<MigrationState> states, HistoryTable history) {
        if (!history.hasChecksums()) return List.of();
        List<String> out = new ArrayList<>();
        for (MigrationState p : states) {
            if (!notRecorded(p) || p.sameSqlAs() == null) continue;
            for (MigrationState r : states) {
                if (r.state() != MigrationState.State.MISSING_LOCALLY || !p.sameSqlAs().equals(r.name())) continue;
                out.add(p.migration().fileName() + " (\"when\" " + p.migration().when() + ") is recorded under created_at " + r.applied().createdAt()
                        + ": UPDATE " + Quoting.doubleQuoted(history.name()) + " SET \"created_at\" = " + p.migration().when() + " WHERE "
                        + r.applied().drizzleWhere() + ";");
                break;
            }
        }
        return out;
    }

    private static String abbreviate(String hash) {
        return hash == null ? "?" : hash.length() > 12 ? hash.substring(0, 12) : hash;
    }

    private static long count(List<MigrationState> states, MigrationState.State state) {
        return states.stream().filter(s -> s.state() == state).count();
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static void sleep(int attempt) {
        try {
            Thread.sleep(200L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
