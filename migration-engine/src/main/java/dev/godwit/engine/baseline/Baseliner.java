package dev.godwit.engine.baseline;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.GodwitException;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.folder.AbsentFolder;
import dev.godwit.engine.folder.FolderCheck;
import dev.godwit.engine.folder.Journal;
import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.folder.Tags;
import dev.godwit.engine.introspect.Introspector;
import dev.godwit.engine.migrate.AppliedMigration;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.MigrationState;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.verify.Verifier;
import dev.godwit.schema.model.SchemaDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code db:baseline}, Flyway's {@code baseline}: for a database whose schema was made outside
 * Godwit, records the migrations up to a tag as applied (in the configured history layout, in one
 * transaction), after checking that the database's schema equals that migration's snapshot.
 * Later migrations then apply with {@code db:apply}.
 */
public final class Baseliner {

    private final EngineLog log;
    /** What picked this database on the command line (" -Ddb.d1.databaseId=ID"), carried by the commands of the way on. */
    private String commandArgs = "";

    public Baseliner(EngineLog log) {
        this.log = log;
    }

    /** The -D arguments that picked this database: without them the printed mvn commands would work on the configured one. */
    public Baseliner withCommandArgs(String args) {
        this.commandArgs = args == null ? "" : args;
        return this;
    }

    private dev.godwit.engine.introspect.TablesFilter tablesFilter = dev.godwit.engine.introspect.TablesFilter.ALL;

    /** The tables that are the schema code's ({@code -Ddb.tablesFilter}): the comparison with the snapshots leaves the others out. */
    public Baseliner withTablesFilter(dev.godwit.engine.introspect.TablesFilter filter) {
        this.tablesFilter = filter == null ? dev.godwit.engine.introspect.TablesFilter.ALL : filter;
        return this;
    }

    /** Run before the history is written: the way back (a D1 bookmark, a local copy). */
    private Runnable beforeChanging = () -> { };

    public Baseliner beforeChanging(Runnable wayBack) {
        this.beforeChanging = wayBack == null ? () -> { } : wayBack;
        return this;
    }

    /** Returns the tags recorded as applied. */
    public List<String> baseline(MigrationsFolder folder, Database db, HistoryTable history, BaselineOptions options) {
        AbsentFolder.refuse(folder, "db:baseline");
        FolderCheck.requireContinuable(folder);
        Journal journal = folder.readJournal();
        String picked = (db.capabilities().remote() ? "" : " -Dlocal") + commandArgs;   // this database, in each printed command
        if (options.tag() == null || options.tag().isBlank()) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "db:baseline needs -Ddb.baseline=TAG: the last migration whose changes "
                    + db.describe() + " already has. The migrations are: "
                    + (journal.entries().isEmpty() ? "(none)" : dev.godwit.engine.migrate.HistoryCheck.lastOf(journal.entries().stream()
                    .map(JournalEntry::tag).toList(), "mvn db:status" + picked + " lists them all")));
        }
        JournalEntry upTo = Tags.find(journal, options.tag(), "db.baseline");
        if (!tablesFilter.isEmpty() && java.nio.file.Files.isRegularFile(folder.schemaSnapshotFile(upTo.tag()))) {
            tablesFilter.refuseDeclaredOutside(folder.readSnapshot(folder.schemaSnapshotFile(upTo.tag())).schema(), "The schema of " + upTo.tag());
        }
        List<String> recordedAlready = List.of();   // the folder's first migrations, which the history records already
        if (HistoryTable.find(db, history).exists()) {   // find: another tool's history with rows is refused too
            List<AppliedMigration> rowList = history.read(db);
            int rows = rowList.size();
            List<MigrationState> states = new Migrator(db, history, EngineLog.SILENT).states(folder.migrations(), rowList);
            if (rows > 0 && states.stream().allMatch(s -> s.migration() == null || s.applied() == null)) {
                // none of the rows is one of this folder's migrations: db:apply would refuse them, db:repair is the way on
                List<String> names = states.stream().filter(s -> s.migration() == null).map(MigrationState::name).toList();
                throw new BaselineException(db.describe() + " already records " + rows + " migration(s) in " + history.name() + ", none of them a"
                        + " migration of " + folder.relative(folder.dir()) + " (" + String.join(", ", names.subList(0, Math.min(3, names.size())))
                        + (names.size() > 3 ? ", …" : "") + "): they come from another migrations folder. Run mvn db:repair" + picked + ": it removes those rows and"
                        + " records as applied the migrations whose schema the database already has, as db:baseline does. Nothing was recorded.");
            }
            List<MigrationState> copies = states.stream()
                    .filter(s -> s.state() == MigrationState.State.MISSING_LOCALLY && Migrator.copied(states, s.applied()) != null).toList();
            if (!copies.isEmpty() && recordedPrefix(withoutCopies(states, copies), upTo) != null
                    && differences(folder, db, history, upTo).isEmpty()) {
                // only the copies stand in the way: db:repair removes them (keeping one row each), then the baseline goes on
                throw new BaselineException(db.describe() + " records " + String.join("; ", copies.stream().map(c -> twice(states, c)).toList())
                        + " in " + history.name() + ": two rows with " + String.join("; ", copies.stream().map(Baseliner::rowIs).toList())
                        + " (drizzle-orm's migrator run twice at once, or a restore merged in). Remove the copy with mvn db:repair" + picked
                        + " (it keeps one row; in batch mode add -Ddb.force), then run mvn db:baseline -Ddb.baseline=" + upTo.tag() + picked
                        + " again. Nothing was recorded.");
            }
            recordedAlready = rows == 0 ? List.of() : recordedPrefix(states, upTo);
            List<String> foreign = states.stream().filter(s -> s.state() == MigrationState.State.MISSING_LOCALLY && s.sameSqlAs() == null
                    && !copies.contains(s)).map(MigrationState::name).toList();
            if (rows > 0 && recordedAlready == null && !foreign.isEmpty()) {
                // "apply the rest with db:apply" would not do: db:apply refuses pending migrations over rows the folder lacks
                throw new BaselineException(db.describe() + " already records " + rows + " migration(s) in " + history.name() + ", among them "
                        + foreign.size() + " this folder does not have: "
                        + dev.godwit.engine.migrate.HistoryCheck.someOf(foreign, "mvn db:status" + picked + " lists them all") + " (applied from another branch, or"
                        + " dropped after " + (foreign.size() == 1 ? "it" : "they") + " ran). db:apply refuses to go on over such rows. If that"
                        + " branch's migrations are to stay, merge it; if they were abandoned, run mvn db:repair"
                        + picked + ": it removes those rows and records as applied the migrations whose"
                        + " schema the database already has, as db:baseline does. Nothing was recorded.");
            }
            long later = laterPending(states, upTo);
            if (rows > 0 && later >= 0) {
                // the tag and every migration before it are recorded already: "apply the rest" named nothing to apply
                throw new BaselineException(db.describe() + " already records " + upTo.tag() + " and every migration before it in "
                        + history.name() + ": there is nothing for db:baseline to record. See mvn db:status" + picked
                        + (later > 0 ? "; apply the " + later + " later pending migration(s) with mvn db:apply" + picked : "") + "."
                        + " Nothing was recorded.");
            }
            // a history that records the folder's first migrations is continued; where the schema differs from the tag's, the
            // differences are said below (a trial met "no migrator has run on yet ... apply the rest with db:apply" right after
            // db:apply, failing on "already exists", had named db:baseline)
            if (rows > 0 && recordedAlready == null) {
                throw new BaselineException(db.describe() + " already records " + rows + " migration(s) in " + history.name()
                        + ": db:baseline is for a database no migrator has run on yet. See mvn db:status" + picked + "; apply the rest with mvn db:apply" + picked + "."
                        + " Nothing was recorded.");
            }
        }
        List<String> differences = differences(folder, db, history, upTo);
        String snapshot = folder.relative(folder.schemaSnapshotFile(upTo.tag()));
        if (!differences.isEmpty()) {
            String msg = "The schema of " + db.describe() + " differs from " + snapshot + " (the schema after " + upTo.tag() + "):\n    - "
                    + String.join("\n    - ", differences);
            if (!options.force()) {
                JournalEntry matching = matching(folder, db, history, journal);
                JournalEntry made = matching == null ? null : madeBy(folder, journal, matching);
                List<String> sameSchema = new ArrayList<>();   // made, and the data migrations after it up to matching
                if (made != null) {
                    for (int i = journal.entries().indexOf(made); i <= journal.entries().indexOf(matching); i++) sameSchema.add(journal.entries().get(i).tag());
                }
                if (matching != null && !recordedAlready.isEmpty() && sameSchema.contains(recordedAlready.get(recordedAlready.size() - 1))) {
                    // where its history says it is: nothing of it was pushed or made by hand ahead
                    String at = recordedAlready.get(recordedAlready.size() - 1);
                    throw new BaselineException(msg + "\nThe database has the schema of " + folder.relative(folder.schemaSnapshotFile(at))
                            + " (after " + at + "), where its history says it is: apply the pending migrations with mvn db:apply" + picked
                            + ". Nothing was recorded.");
                }
                // the migration that made that schema, not a data migration after it (a custom migration's snapshot repeats the one
                // before it): the schema cannot show that a seed or backfill ran, and db:apply's refusal names the same migration
                List<String> dataAfter = sameSchema.isEmpty() ? List.of() : sameSchema.subList(1, sameSchema.size());
                throw new BaselineException(msg + "\n" + (matching != null ? "The database has the schema of "
                        + folder.relative(folder.schemaSnapshotFile(made.tag())) + " (after " + made.tag() + "): if that is the migration it was"
                        + " made to, run mvn db:baseline -Ddb.baseline=" + made.tag() + picked
                        + (dataAfter.isEmpty() ? "" : " (" + String.join(", ", dataAfter) + " after it change" + (dataAfter.size() == 1 ? "s" : "")
                                + " no schema, so the database cannot show whether " + (dataAfter.size() == 1 ? "it" : "they") + " ran: db:apply then runs "
                                + (dataAfter.size() == 1 ? "it" : "them") + "; if " + (dataAfter.size() == 1 ? "it" : "they") + " ran there already, give -Ddb.baseline="
                                + matching.tag() + " instead)")
                        + ". Otherwise make the database match,"
                        : "Make the database match (no migration's snapshot matches it)" + (isLatest(journal, upTo)
                                ? ": a development database db:push moved part of the way (db:apply then failed on what it had already)"
                                + " gets the rest with mvn db:push" + picked + ", which brings it to the schema code, " + upTo.tag()
                                + "'s when nothing changed since db:generate wrote it; then run this db:baseline again;" : ",")) + " or pass -Ddb.force to record the migrations as"
                        + " applied anyway. Nothing was recorded.");
            }
            log.warn(msg + "\nRecording the migrations as applied anyway because of -Ddb.force.");
        }
        List<Migration> recorded = new ArrayList<>();
        for (Migration m : folder.migrations()) {
            if (!recordedAlready.contains(m.tag())) recorded.add(m);
            if (m.tag().equals(upTo.tag())) break;
        }
        List<String> statements = new ArrayList<>();
        statements.add(history.createSql());
        for (Migration m : recorded) {
            statements.addAll(history.guardStatements(m));
            statements.addAll(history.recordStatements(m));
        }
        beforeChanging.run();
        try {
            db.runAtomically(statements, false);
        } catch (dev.godwit.engine.db.DatabaseException e) {
            if (!e.outcomeUnknown()) throw e;
            // one transaction, no usable answer (D1's connection dropped): recorded all or none, which only a fresh read tells; the
            // history's guards keep a second run from recording a migration twice
            dev.godwit.engine.GodwitException lost = new dev.godwit.engine.GodwitException(dev.godwit.engine.GodwitException.Kind.BROKEN, "db:baseline sent the rows of " + recorded.size() + " migration(s) (up to " + upTo.tag()
                    + ") to " + history.name() + " on " + db.describe() + ", but the answer was lost: they may or may not have been recorded"
                    + " there (all of them or none: they went as one transaction). " + e.getMessage() + "\nRun mvn db:status: if it shows them"
                    + " applied, the baseline is made; if not, run the same db:baseline again.");
            lost.addSuppressed(e);
            throw lost;
        }
        List<String> tags = recorded.stream().map(Migration::tag).toList();
        log.info("Recorded " + tags.size() + " migration(s) as applied on " + db.describe() + " in " + history.name() + " (baseline "
                + upTo.tag() + ", its schema " + (differences.isEmpty() ? "matches " : "does not match ") + snapshot
                + (recordedAlready.isEmpty() ? "" : "; " + dev.godwit.engine.migrate.HistoryCheck.someOf(recordedAlready, "mvn db:status" + picked + " lists them all")
                + (recordedAlready.size() == 1 ? " was" : " were") + " recorded already") + "): "
                + dev.godwit.engine.migrate.HistoryCheck.someOf(tags, "up to " + upTo.tag()));
        int later = journal.entries().size() - tags.size() - recordedAlready.size();
        if (later > 0) log.info(later + " later migration(s) remain pending: apply them with mvn db:apply" + picked + ".");
        return tags;
    }

    private static List<MigrationState> withoutCopies(List<MigrationState> states, List<MigrationState> copies) {
        return states.stream().filter(s -> !copies.contains(s)).toList();
    }

    private static String twice(List<MigrationState> states, MigrationState copy) {
        return Migrator.copied(states, copy.applied()).name() + " twice";
    }

    private static String rowIs(MigrationState copy) {
        return "created_at " + copy.applied().createdAt() + " and hash " + copy.applied().hash();
    }

    /** The last migration whose snapshot the database's schema equals, or null: the -Ddb.baseline to suggest. */
    private JournalEntry matching(MigrationsFolder folder, Database db, HistoryTable history, Journal journal) {
        SchemaDef actual = Introspector.introspect(db, tablesFilter.leftOut(db, Set.of(history.name())));
        List<JournalEntry> entries = journal.entries();
        for (int i = entries.size() - 1; i >= 0; i--) {
            SchemaDef expected = folder.readSnapshot(folder.schemaSnapshotFile(entries.get(i).tag())).schema();
            if (Verifier.differences(actual, expected).isEmpty()) return entries.get(i);
        }
        return null;
    }

    /**
     * Of the migrations whose snapshots equal {@code matching}'s, back to the one before them that differs, the first: the
     * migration that made that schema (the others change no schema: seeds, backfills, hand-written data migrations).
     */
    private static JournalEntry madeBy(MigrationsFolder folder, Journal journal, JournalEntry matching) {
        List<JournalEntry> entries = journal.entries();
        int i = entries.indexOf(matching);
        SchemaDef schema = folder.readSnapshot(folder.schemaSnapshotFile(matching.tag())).schema();
        while (i > 0 && Verifier.differences(folder.readSnapshot(folder.schemaSnapshotFile(entries.get(i - 1).tag())).schema(), schema).isEmpty()) i--;
        return entries.get(i);
    }

    /** How the database's schema differs from the snapshot of {@code upTo}. */
    private List<String> differences(MigrationsFolder folder, Database db, HistoryTable history, JournalEntry upTo) {
        SchemaDef expected = folder.readSnapshot(folder.schemaSnapshotFile(upTo.tag())).schema();
        return Verifier.differences(Introspector.introspect(db, tablesFilter.leftOut(db, Set.of(history.name()))), expected);
    }

    /**
     * When the history records the migrations up to {@code upTo} (applied, unedited, in order) and only pending ones after it,
     * how many are pending after it; else -1.
     */
    private static long laterPending(List<MigrationState> states, JournalEntry upTo) {
        boolean afterTag = false;
        long pending = 0;
        for (MigrationState s : states) {
            if (s.migration() == null) return -1;
            if (!afterTag) {
                if (s.state() != MigrationState.State.APPLIED) return -1;
            } else if (s.state() == MigrationState.State.PENDING) {
                pending++;
            } else {
                return -1;
            }
            if (s.name().equals(upTo.tag())) afterTag = true;
        }
        return afterTag ? pending : -1;
    }

    /**
     * The tags of the migrations the history records when they are the folder's first ones, each unedited, and some
     * migration up to {@code upTo} is still pending (a dev database that db:push brought to what db:generate then wrote as
     * migrations); null when the history is anything else: db:apply, db:repair or a person decides then.
     */
    private static List<String> recordedPrefix(List<MigrationState> states, JournalEntry upTo) {
        List<String> applied = new ArrayList<>();
        boolean pendingSeen = false;
        boolean afterTag = false;
        for (MigrationState s : states) {
            if (s.migration() == null) return null;   // a row of a migration the folder lacks
            if (s.state() == MigrationState.State.APPLIED && !pendingSeen && !afterTag) applied.add(s.name());
            else if (s.state() == MigrationState.State.PENDING) pendingSeen |= !afterTag;
            else return null;   // edited, skipped, or applied after a pending one
            if (s.name().equals(upTo.tag())) afterTag = true;
        }
        return pendingSeen ? applied : null;
    }

    /** Whether {@code upTo} is the folder's last migration: the schema code is its snapshot's when nothing changed since. */
    private static boolean isLatest(Journal journal, JournalEntry upTo) {
        List<JournalEntry> entries = journal.entries();
        return !entries.isEmpty() && entries.get(entries.size() - 1).tag().equals(upTo.tag());
    }
}
