package dev.godwit.engine.drop;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.GodwitException;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.diff.RenameResolver;
import dev.godwit.engine.diff.SchemaDiffer;
import dev.godwit.engine.folder.AbsentFolder;
import dev.godwit.engine.folder.FolderCheck;
import dev.godwit.engine.folder.FolderEdit;
import dev.godwit.engine.folder.FolderLock;
import dev.godwit.engine.folder.Journal;
import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.folder.Snapshot;
import dev.godwit.engine.folder.SnapshotCodec;
import dev.godwit.engine.folder.Tags;
import dev.godwit.engine.introspect.Introspector;
import dev.godwit.engine.migrate.AppliedMigration;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.migrate.MigrationState;
import dev.godwit.engine.repair.RenamedFiles;
import dev.godwit.engine.sql.ForeignKeysPragma;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import dev.godwit.schema.model.ViewDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code db:drop}, drizzle-kit's {@code drop}: removes a migration's SQL file, snapshot, journal
 * entry and checksum, after listing them. By default the latest migration; another one only when
 * no later migration depends on it (then the later snapshots lose its changes and the {@code prevId}
 * chain skips it). Refuses a migration the target database records as applied, or when the target
 * cannot be asked, unless forced. Decides everything first; writes all or nothing.
 */
public final class Dropper {

    private final EngineLog log;

    /** What picked the target on the command line (" -Ddb.local.path=x"), carried by the restore command of the way on; "" if nothing. */
    private String commandArgs = "";

    public Dropper withCommandArgs(String args) {
        this.commandArgs = args == null ? "" : args;
        return this;
    }

    /** The way back to before the applied migration ran, from the project's records (the bookmark log, the local copies); null: none. */
    private dev.godwit.engine.restore.WayBack wayBackBefore;

    public Dropper withWayBack(dev.godwit.engine.restore.WayBack wayBack) {
        this.wayBackBefore = wayBack;
        return this;
    }

    public Dropper(EngineLog log) {
        this.log = log;
    }

    private java.time.Duration lockTimeout = FolderLock.DEFAULT_TIMEOUT;

    /** How long {@link #drop} waits for another goal's lock on the folder ({@code -Ddb.lockTimeout}; zero: refuses at once). */
    public Dropper withLockTimeout(java.time.Duration timeout) {
        this.lockTimeout = timeout;
        return this;
    }

    /**
     * @param target opens the configured target database (may throw when it cannot be reached)
     */
    public DropResult drop(MigrationsFolder folder, DropOptions options, Supplier<Database> target, HistoryTable history) {
        AbsentFolder.refuse(folder, "db:drop");
        // held from reading the folder to writing it: a db:generate writing a migration meanwhile is waited for, and that one dropped
        try (FolderLock held = FolderLock.take(folder, "db:drop", lockTimeout, log::info)) {
            return dropHeld(folder, options, target, history);
        }
    }

    private DropResult dropHeld(MigrationsFolder folder, DropOptions options, Supplier<Database> target, HistoryTable history) {
        List<String> problems = FolderCheck.problems(folder);
        // a journal entry whose SQL file was deleted by hand is what dropping that migration sets right; any other problem is not
        JournalEntry victim = problems.stream().anyMatch(p -> p.startsWith("the journal lists ")) ? victim(folder, options) : null;
        if (victim != null) problems.remove(FolderCheck.missingSql(folder, victim.tag()));
        FolderCheck.requireNone(folder, problems);
        Journal journal = folder.readJournal();
        if (journal.entries().isEmpty()) {
            throw new DropException("There is no migration to drop: " + folder.relative(folder.journalFile()) + " lists none.");
        }
        List<JournalEntry> entries = journal.entries();
        if (victim == null) victim = victim(folder, options);
        boolean sqlGone = !Files.exists(folder.sqlFile(victim.tag()));
        int at = entries.indexOf(victim);
        // a rows-only migration may have no snapshot (FolderCheck lets it through); db:drop rewrites the victim's later
        // snapshots from its own, so with a later migration it needs every one of them from the victim on
        if (at < entries.size() - 1) {
            for (JournalEntry e : entries.subList(at, entries.size())) {
                if (!Files.exists(folder.snapshotFile(e.tag()))) {
                    throw new DropException("Cannot drop " + victim.tag() + ": db:drop takes its changes out of every later snapshot, and "
                            + (e.tag().equals(victim.tag()) ? "it" : "the later " + e.tag()) + " has none (" + folder.relative(folder.snapshotFile(e.tag()))
                            + "). Drop the later migrations first (mvn db:drop drops the latest). Nothing was changed.");
                }
            }
        }
        boolean custom = folder.readSum(victim.tag()) == null;

        FolderEdit edit = new FolderEdit(folder, "db:drop");
        List<Path> removed = new ArrayList<>();
        for (Path p : List.of(folder.sqlFile(victim.tag()), folder.snapshotFile(victim.tag()), folder.sumFile(victim.tag()))) {
            if (Files.exists(p)) {
                edit.delete(p);
                removed.add(p);
            }
        }
        List<JournalEntry> kept = new ArrayList<>(entries);
        kept.remove(at);
        List<Path> rewritten = at < entries.size() - 1 ? rewriteLater(folder, entries, at, edit) : List.of();
        edit.write(folder.journalFile(), journal.withEntries(kept).toJsonText());

        String checked = checkTarget(folder, victim, options.force(), target, history);

        log.info("Dropping migration " + victim.tag() + ":");
        if (sqlGone) log.info("  (" + folder.relative(folder.sqlFile(victim.tag())) + " was already deleted)");
        for (Path p : removed) log.info("  remove  " + folder.relative(p));
        log.info("  remove  its entry in " + folder.relative(folder.journalFile()));
        for (Path p : rewritten) log.info("  rewrite " + folder.relative(p) + " (without the changes of " + victim.tag() + ")");
        edit.commit();
        if (custom) {
            log.warn(victim.tag() + " had no checksum in meta/_sums/: it was a hand-written (custom) or drizzle-kit migration; its SQL is gone with it.");
        }
        if (checked != null) {
            // the one database looked at: staging (-Ddb.env=staging) ran it while db:drop read the top level's, and nothing said so
            log.info(checked + " does not record " + victim.tag() + " as applied; it is the one database db:drop checked. Another one that ran it"
                    + " (another wrangler environment, a teammate's local file) keeps its changes: check it with mvn db:status there, and if it"
                    + " did, put the files back from version control and undo the change with a new migration instead.");
        }
        log.info("Dropped " + victim.tag() + ". If the schema code still declares its changes, mvn db:generate writes them again.");
        return new DropResult(victim.tag(), removed, rewritten);
    }

    /** The migration to drop: the one named, else the latest. */
    private static JournalEntry victim(MigrationsFolder folder, DropOptions options) {
        Journal journal = folder.readJournal();
        if (journal.entries().isEmpty()) return null;
        return options.name() == null ? journal.entries().get(journal.entries().size() - 1) : Tags.find(journal, options.name(), "db.name");
    }

    /**
     * Takes the dropped migration's changes out of every later snapshot and links the next one to
     * its parent; refuses when a later migration changes or uses what it changed.
     */
    private List<Path> rewriteLater(MigrationsFolder folder, List<JournalEntry> entries, int at, FolderEdit edit) {
        JournalEntry victim = entries.get(at);
        SchemaDef before = at == 0 ? SchemaDef.EMPTY : folder.readSnapshot(folder.snapshotFile(entries.get(at - 1).tag())).schema();
        Snapshot dropped = folder.readSnapshot(folder.snapshotFile(victim.tag()));
        Touched touched = Touched.between(before, dropped);
        List<String> dependents = new ArrayList<>();
        SchemaDef prev = dropped.schema();
        List<Snapshot> later = new ArrayList<>();
        for (int i = at + 1; i < entries.size(); i++) {
            Snapshot s = folder.readSnapshot(folder.snapshotFile(entries.get(i).tag()));
            Set<String> shared = Touched.between(prev, s).dependsOn(touched, s.schema());
            if (!shared.isEmpty()) dependents.add(entries.get(i).tag() + " changes or uses " + String.join(", ", shared));
            later.add(s);
            prev = s.schema();
        }
        if (!dependents.isEmpty()) {
            throw new DropException("Cannot drop " + victim.tag() + ": later migrations depend on what it changes:\n  - " + String.join("\n  - ", dependents)
                    + "\nDrop those first (mvn db:drop drops the latest), or leave " + victim.tag() + " and write a new migration that undoes it."
                    + " Nothing was changed.");
        }
        List<Path> rewritten = new ArrayList<>();
        List<Migration> replay = new ArrayList<>();
        for (Migration m : folder.migrationsWithoutReading(victim.tag())) if (!m.tag().equals(victim.tag())) replay.add(m);
        SchemaDef latest = null;
        for (int i = 0; i < later.size(); i++) {
            Snapshot s = later.get(i);
            String prevId = i == 0 ? dropped.prevId() : s.prevId();
            SchemaDef schema = without(s.schema(), touched, before);
            Snapshot updated = new Snapshot(s.id(), prevId, schema, s.renamedTables(), s.renamedColumns());
            Path file = folder.snapshotFile(entries.get(at + 1 + i).tag());
            edit.write(file, SnapshotCodec.render(updated));
            rewritten.add(file);
            latest = schema;
        }
        requireReplayGives(replay, latest, victim.tag(), Files.exists(folder.sqlFile(victim.tag())) ? folder.migrations() : null,
                later.get(later.size() - 1).schema());
        return rewritten;
    }

    /** {@code schema} with the tables and views {@code touched} names put back as they were in {@code before}. */
    static SchemaDef without(SchemaDef schema, Touched touched, SchemaDef before) {
        List<TableDef> tables = new ArrayList<>();
        for (TableDef t : schema.tables()) {
            if (!touched.tables().contains(t.name())) tables.add(t);
            else before.table(t.name()).ifPresent(tables::add);
        }
        for (String n : touched.tables()) {
            Optional<TableDef> old = before.table(n);
            if (old.isPresent() && schema.table(n).isEmpty()) tables.add(old.get());
        }
        List<ViewDef> views = new ArrayList<>();
        for (ViewDef v : schema.views()) {
            if (!touched.views().contains(v.name())) views.add(v);
            else before.view(v.name()).ifPresent(views::add);
        }
        for (String n : touched.views()) {
            Optional<ViewDef> old = before.view(n);
            if (old.isPresent() && schema.view(n).isEmpty()) views.add(old.get());
        }
        return new SchemaDef(tables, views);
    }

    /**
     * The remaining migrations, replayed on an empty database, must give the rewritten latest snapshot, and leave no view or
     * trigger unusable that the folder as it is ({@code all}, with the victim; null when its SQL file is gone) leaves usable.
     */
    private static void requireReplayGives(List<Migration> migrations, SchemaDef expected, String victim, List<Migration> all, SchemaDef latestAsItIs) {
        try (SqliteDatabase db = SqliteDatabase.inMemory()) {
            for (Migration m : migrations) {
                List<String> statements = m.statements();
                try {
                    db.runAtomically(statements, ForeignKeysPragma.asksOff(statements));
                } catch (DatabaseException e) {
                    throw new DropException("Cannot drop " + victim + ": without it, " + m.fileName() + " fails on an empty database ("
                            + e.databaseMessage() + "), so it depends on it. Drop the later migrations first. Nothing was changed.");
                }
            }
            // SQLite checks a view's or trigger's text only when it is used: a later hand-written trigger or view over the victim's
            // table replays without an error, and fails every write (or query) once the table is gone
            Map<String, String> unusable = unusable(db);
            if (!unusable.isEmpty() && all != null) {
                try (SqliteDatabase asItIs = SqliteDatabase.inMemory()) {
                    for (Migration m : all) asItIs.runAtomically(m.statements(), ForeignKeysPragma.asksOff(m.statements()));
                    unusable.keySet().removeAll(unusable(asItIs).keySet());
                } catch (DatabaseException e) {
                    // the folder as it is does not replay: db:verify says so; what is unusable without the victim still is
                }
            }
            if (!unusable.isEmpty()) {
                throw new DropException("Cannot drop " + victim + ": without it, the later migrations leave " + String.join(", ", unusable.values())
                        + ", which can no longer be used: it uses a table or column " + victim + " makes. Drop the later migrations first (mvn"
                        + " db:drop drops the latest). Nothing was changed.");
            }
            SchemaDef actual = Introspector.introspect(db);
            var diff = SchemaDiffer.diff(actual, expected, RenameResolver.NO_RENAMES);
            List<String> d = new ArrayList<>(diff.changes().stream().map(c -> c.describe()).toList());
            // what the folder as it is differs by too (a hand-written view declared existing, which no snapshot holds) is not the drop's
            if (!d.isEmpty() && all != null) d.removeAll(differencesAsItIs(all, latestAsItIs));
            if (!d.isEmpty()) {
                throw new DropException("Cannot drop " + victim + ": without it, the later migrations no longer give their recorded schema ("
                        + String.join("; ", d) + "). Drop the later migrations first. Nothing was changed.");
            }
        }
    }

    /** How the folder as it is, replayed, differs from its latest snapshot; none when it does not replay (db:verify says so). */
    private static List<String> differencesAsItIs(List<Migration> all, SchemaDef latest) {
        try (SqliteDatabase db = SqliteDatabase.inMemory()) {
            for (Migration m : all) db.runAtomically(m.statements(), ForeignKeysPragma.asksOff(m.statements()));
            return SchemaDiffer.diff(Introspector.introspect(db), latest, RenameResolver.NO_RENAMES).changes().stream().map(c -> c.describe()).toList();
        } catch (DatabaseException e) {
            return List.of();
        }
    }

    /** The views that cannot be read and the triggers that cannot run, by kind and name, each as said in a message. */
    private static Map<String, String> unusable(SqliteDatabase db) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        dev.godwit.engine.db.UnreadableViews.in(db).forEach((view, why) -> {
            if (why.contains("no such table") || why.contains("no such column")) out.put("view " + view, "view \"" + view + "\" (" + why + ")");
        });
        dev.godwit.engine.preflight.DataReplay.brokenTriggersOf(db).forEach((name, said) -> out.put("trigger " + name, said));
        return out;
    }

    /** Refuses a migration the target records as applied (unless forced); returns the database checked when it does not record it, else null. */
    private String checkTarget(MigrationsFolder folder, JournalEntry victim, boolean force, Supplier<Database> target, HistoryTable history) {
        String where;
        String wayBack = null;   // how the database goes back to before the migration, when it is the last one applied there
        Optional<AppliedMigration> row;
        boolean underOldWhen = false;
        String renamedFrom = null;
        // read before the database is opened: a file problem is not the database's
        List<Migration> local = Files.exists(folder.sqlFile(victim.tag())) ? folder.migrations() : folder.migrationsWithoutReading(victim.tag());
        try (Database db = target.get()) {
            where = db.describe();
            HistoryTable.Found found = HistoryTable.find(db, history);   // another tool's history with rows is refused, not taken for none
            List<AppliedMigration> rows = found.exists() ? found.table().read(db) : List.of();
            // Migrator's pairing: a pending migration whose exact SQL a row under another "when" records (moved after it ran)
            List<MigrationState> states = new Migrator(db, found.table(), EngineLog.SILENT).states(local, rows);
            MigrationState mine = states.stream().filter(st -> st.name().equals(victim.tag())).findFirst().orElseThrow();
            row = Optional.ofNullable(mine.applied());
            if (row.isEmpty() && mine.sameSqlAs() != null) {
                row = states.stream().filter(st -> st.state() == MigrationState.State.MISSING_LOCALLY && st.name().equals(mine.sameSqlAs()))
                        .map(MigrationState::applied).findFirst();
                underOldWhen = row.isPresent();
            }
            if (row.isEmpty() && mine.state() == MigrationState.State.PENDING) {
                // wrangler's rows name files: the migration applied under its name before a rename (db:repair's evidence)
                var renamed = RenamedFiles.find(states, folder, db, found.table()).renamed();
                row = renamed.entrySet().stream().filter(e -> e.getValue().tag().equals(victim.tag())).map(e -> e.getKey().applied()).findFirst();
                renamedFrom = row.map(AppliedMigration::name).orElse(null);
            }
            boolean laterApplied = false;
            for (int i = states.indexOf(mine) + 1; i < states.size(); i++) laterApplied |= states.get(i).migration() != null && states.get(i).applied() != null;
            if (row.isPresent() && !laterApplied) {
                // "-Ddb.bookmark=B with the bookmark db:apply printed" failed as pasted: the bookmark log, or the copies, name it
                wayBack = wayBackBefore != null ? wayBackBefore.before(List.of(row.get()), victim.tag()) : db.capabilities().remote()
                        ? "mvn db:restore" + commandArgs + " with -Ddb.bookmark= the Time Travel bookmark db:apply printed before it ran (.godwit/"
                        + dev.godwit.engine.restore.Restorer.BOOKMARKS + " keeps each, with its time)"
                        : "mvn db:restore -Dlocal" + commandArgs + ": the copy db:apply kept before it ran";
            }
        } catch (GodwitException e) {
            if (!force) {
                throw new DropException("Cannot check whether " + victim.tag() + " is applied, because the target database cannot be read:\n  "
                        + e.getMessage().replace("\n", "\n  ") + "\nPoint db:drop at the database it may have been applied to (-Dlocal for the local"
                        + " file, or the D1 settings), or pass -Ddb.force to drop it without checking. Nothing was changed.");
            }
            log.warn("Not checking whether " + victim.tag() + " is applied (the target database cannot be read: " + firstLine(e.getMessage())
                    + "); dropping it because of -Ddb.force.");
            return null;
        }
        if (row.isPresent()) {
            String when = row.get().appliedAt() != null ? " on " + row.get().appliedAt() : "";
            String moved = underOldWhen ? " under created_at " + row.get().createdAt() + ", its \"when\" before it moved: the same SQL"
                    : renamedFrom != null ? " as " + renamedFrom + ", its name before it was renamed" : "";
            String msg = victim.tag() + " is applied to " + where + " (recorded in " + history.name() + when + moved + ").";
            if (!force) {
                throw new DropException(msg + " Dropping it would leave that database with changes no migration holds."
                        + " Undo it with a new migration instead (change the schema, mvn db:generate)"
                        + (wayBack == null ? "," : "; on a development database, go back to before it first (" + wayBack + "; what was"
                        + " written since goes too), then run db:drop again;") + " or pass -Ddb.force to drop it anyway. Nothing was changed.");
            }
            log.warn(msg + " Dropping it anyway because of -Ddb.force: that database keeps its changes.");
            return null;
        }
        return where;
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
