package dev.godwit.engine.generate;

import dev.godwit.engine.Background;
import dev.godwit.engine.diff.BatchRenameResolver;
import dev.godwit.engine.diff.Change;
import dev.godwit.engine.diff.NotRenames;
import dev.godwit.engine.diff.RenameResolver;
import dev.godwit.engine.diff.SchemaDiff;
import dev.godwit.engine.diff.SchemaDiffer;
import dev.godwit.engine.folder.FolderCheck;
import dev.godwit.engine.folder.FolderLock;
import dev.godwit.engine.folder.Journal;
import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.folder.Snapshot;
import dev.godwit.engine.folder.SnapshotCodec;
import dev.godwit.engine.folder.SnapshotException;
import dev.godwit.engine.plan.Plan;
import dev.godwit.engine.plan.SqlitePlanner;
import dev.godwit.schema.model.SchemaDef;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * {@code db:generate}: diffs the schema against the latest snapshot and writes the next migration
 * (SQL, snapshot, journal entry) in drizzle-kit's formats. Everything is decided before anything is
 * written: an ambiguous rename, unacknowledged data loss or a broken folder writes nothing.
 */
public final class Generator {

    public static final String CUSTOM_SQL = "-- Custom SQL migration file, put your code below! --";

    private final Clock clock;
    private final RandomGenerator random;

    public Generator(Clock clock, RandomGenerator random) {
        this.clock = clock;
        this.random = random;
    }

    public Generator() {
        // Not RandomGenerator.getDefault(): its ServiceLoader lookup fails inside Maven's plugin class realm.
        this(Clock.systemUTC(), new java.util.Random());
    }

    private java.time.Duration lockTimeout = FolderLock.DEFAULT_TIMEOUT;
    private java.util.function.Consumer<String> say = message -> { };

    /**
     * How long {@link #generate} waits for another goal's lock on the folder ({@code -Ddb.lockTimeout}; zero: refuses at once), and
     * where it says that it waits (once) or took over a lock a killed goal left.
     */
    public Generator lockWait(java.time.Duration timeout, java.util.function.Consumer<String> say) {
        this.lockTimeout = timeout;
        this.say = say;
        return this;
    }

    /** Refuses a migration name that cannot become a file name (what {@link #generate} checks first). */
    public static void requireValidName(String name) {
        MigrationNames.requireValid(name);
    }

    /** The changes and SQL the next migration would hold, without writing anything. */
    public Pending pending(SchemaDef current, MigrationsFolder folder, RenameResolver resolver) {
        return pending(new Loaded(current), folder, resolver);
    }

    private Pending pending(Loaded current, MigrationsFolder folder, RenameResolver resolver) {
        Diffed diffed = diffed(current, folder, resolver, null);
        return new Pending(diffed.previous(), diffed.diff(), SqlitePlanner.plan(diffed.diff()));
    }

    /**
     * The latest snapshot (null: none), the text it was read from, and the diff against it; {@code custom} (null: none) the latest
     * migration, a custom one whose SQL changes the schema, {@code previous} and its text then what it makes, to be written.
     */
    private record Diffed(Snapshot previous, String previousText, SchemaDiff diff, SchemaChangingCustom custom) {
    }

    /** The latest snapshot and the diff against it. */
    private Diffed diffed(Loaded current, MigrationsFolder folder, RenameResolver resolver, Journal[] basis) {
        MigrationsFolder.ReadSnapshot prev;
        try {
            FolderCheck.requireContinuable(folder);
            // Read before the snapshot: a migration written in between then shows as a changed journal when this one is written.
            if (basis != null) basis[0] = folder.readJournal();
            prev = folder.latestSnapshotRead().orElse(null);
        } catch (RuntimeException folderProblem) {
            current.get();   // a schema that fails to load is reported first, as when it was loaded before the folder was read
            throw folderProblem;
        }
        // a custom migration's snapshot is a copy of the one before: diffed from it, a change its SQL made is written again
        SchemaChangingCustom custom;
        try {
            custom = prev == null ? null : SchemaChangingCustom.latestForGenerate(folder, current::get);   // refuses one that fails to replay
        } catch (SnapshotException fails) {
            current.get();   // a schema that fails to load is reported first, as for the folder's problems above
            throw fails;
        }
        if (custom != null) {
            String json;
            try {
                json = custom.snapshotJson(folder);   // refuses a schema the snapshot cannot record
            } catch (RuntimeException cannotRecord) {
                current.get();
                throw cannotRecord;
            }
            prev = new MigrationsFolder.ReadSnapshot(custom.snapshot(), json);
        }
        SchemaDef before = prev == null ? SchemaDef.EMPTY : prev.snapshot().schema();
        if (current.loading()) WarmUp.run();   // on this otherwise idle thread
        SchemaDef now;
        try {
            now = current.get();
        } catch (dev.godwit.schema.model.SchemaException unread) {
            throw ChecksPastReading.along(unread, before);   // the problems of the tables that did read, too
        }
        return new Diffed(prev == null ? null : prev.snapshot(), prev == null ? null : prev.text(), SchemaDiffer.diff(before, now, resolver), custom);
    }

    /** The schema, asked for once. */
    private static final class Loaded {
        private Supplier<SchemaDef> source;
        private SchemaDef schema;

        Loaded(SchemaDef schema) {
            this.schema = schema;
        }

        Loaded(Supplier<SchemaDef> source) {
            this.source = source;
        }

        SchemaDef get() {
            if (schema == null) schema = source.get();
            return schema;
        }

        /** Still loading on another thread (see {@link dev.godwit.engine.load.SchemaInBackground}). */
        boolean loading() {
            return schema == null && source instanceof Background<?> b && !b.done();
        }
    }

    /** The diff against the latest snapshot and its planned SQL. */
    public record Pending(Snapshot previous, SchemaDiff diff, Plan plan) {
    }

    public GenerateResult generate(SchemaDef current, MigrationsFolder folder, GenerateOptions options) {
        return generate(() -> current, folder, options);
    }

    /**
     * As {@link #generate(SchemaDef, MigrationsFolder, GenerateOptions)}, asking for the schema only after the folder is checked and
     * its latest snapshot read, so a schema loading meanwhile (see {@link dev.godwit.engine.load.SchemaInBackground}) costs no extra time.
     */
    public GenerateResult generate(Supplier<SchemaDef> schemaSource, MigrationsFolder folder, GenerateOptions options) {
        return generate(schemaSource, folder, options, null);
    }

    /**
     * As {@link #generate(Supplier, MigrationsFolder, GenerateOptions)}, running {@code beforeWrite} (null: none) right before the
     * migration is written: what it throws leaves the folder as it was (Godwit's daemon: the build that asked is gone).
     */
    public GenerateResult generate(Supplier<SchemaDef> schemaSource, MigrationsFolder folder, GenerateOptions options, Runnable beforeWrite) {
        MigrationNames.requireValid(options.name());
        // held from reading the folder to writing it: a second db:generate waits, then diffs against the migration this one wrote
        try (FolderLock held = FolderLock.take(folder, options.goal(), lockTimeout, say)) {
            return generateHeld(schemaSource, folder, options, beforeWrite);
        }
    }

    private GenerateResult generateHeld(Supplier<SchemaDef> schemaSource, MigrationsFolder folder, GenerateOptions options, Runnable beforeWrite) {
        Loaded loaded = new Loaded(schemaSource);
        String newFolder = dev.godwit.engine.folder.AbsentFolder.newFolderWarning(folder);   // before the folder is made
        // -Ddb.acceptDataLoss does not answer the rename question: only renamedFrom, the terminal or -Ddb.notRenames do.
        RenameResolver asked = options.prompter() != null ? options.prompter() : new BatchRenameResolver();
        NotRenames resolver = options.allNotRenames() ? NotRenames.all() : NotRenames.of(options.notRenames(), asked);
        Journal[] basis = new Journal[1];
        Diffed diffed = diffed(loaded, folder, resolver, basis);
        SchemaDef current = loaded.get();
        SchemaDiff diff = diffed.diff();
        Snapshot prev = diffed.previous();
        String prevId = prev == null ? Snapshot.ORIGIN : prev.id();
        boolean writes = options.custom() || !diff.isEmpty();
        // Only when there is something to write: its random id seeds a SecureRandom, classes a fresh JVM loads for it alone
        Snapshot next = !writes ? null : options.custom()
                ? new Snapshot(UUID.randomUUID().toString(), prevId, prev == null ? SchemaDef.EMPTY : prev.schema(), null, null)
                : new Snapshot(UUID.randomUUID().toString(), prevId, dev.godwit.engine.diff.PreviousWording.keep(diff, current), diff.renamedTables(),
                        diff.renamedColumns());
        // The snapshot's JSON (as large as the schema) is written out while the SQL is planned: a tenth of a second each, cold.
        // With it, the checksums db:verify reads for the snapshot written and the one diffed from (MigrationsFolder.SNAPSHOT): an
        // older snapshot is compared with the replay only where they no longer hold
        String diffedFrom = diffed.previousText();
        try (Background<Rendered> json = !writes ? null : Background.start("godwit-snapshot-writer", () -> {
                    String rendered = SnapshotCodec.render(next);
                    return new Rendered(rendered, options.custom() ? null : snapshotFields(diffedFrom, rendered));
                });
                SpeculativeSum sum = new SpeculativeSum()) {
            Plan plan = SqlitePlanner.plan(diff);   // first: it refuses a schema whose SQL cannot be written, whatever else is asked
            if (writes && !options.custom()) sum.start(plan.sqlText());   // checksummed while the checks run: usually what is written
            if (!options.custom()) GoneNameReaders.require(diff);   // a view or expression still reading what the change takes away
            // fragments SQLite refuses when created; its warnings: a view reading an undeclared table a typo away from a declared one,
            // unless a migration of the folder makes it
            List<String> declared = options.custom() ? List.of() : RefusedDeclarations.require(diff.renamedBefore(), current,
                    new MadeOutsideSchema(folder, prev == null ? SchemaDef.EMPTY : prev.schema()));
            if (!options.custom()) dev.godwit.engine.migrate.HistoryTableNames.require(current, options.history());   // a name db:apply refuses
            if (asked instanceof BatchRenameResolver batch) batch.requireNone("-Ddb.acceptDataLoss", resolver.unused(), resolver.settled());
            resolver.requireAllUsed();
            String recorded = diffed.custom() == null ? null : recordedWarning(diffed.custom());
            if (!writes) {
                if (recorded != null) {   // no migration: the custom one's snapshot alone records what it makes
                    return write(folder, basis[0], options, null, null, null, null, recordedSnapshot(folder, diffed), List.of(recorded), List.of(),
                            List.of());
                }
                folder.deleteStaleSums();   // checksums of migrations drizzle-kit dropped
                return GenerateResult.noChanges();
            }

            List<String> destructive = diff.destructiveChanges().stream().map(Change::describe).toList();
            if (!destructive.isEmpty() && !options.custom() && !options.acceptDataLoss()) {
                if (options.prompter() == null || !options.prompter().confirmDataLoss(destructive)) throw new DataLossException(destructive);
            }
            if (!options.custom()) plan = PlanTrial.tried(plan, diff, folder, prev == null ? SchemaDef.EMPTY : prev.schema());   // on the folder's schema: triggers a rebuild drops written again, drops reordered
            String sql = options.custom() ? CUSTOM_SQL + "\n" : plan.sqlText();   // custom: so that `echo SQL >> file` lands on a line of its own
            List<String> warnings = !options.custom() ? withDeclarationWarnings(withConstraints(plan.warnings(), diff), diff, current) : diff.isEmpty() ? List.of()
                    : List.of("The schema also has changes that are not in this custom migration; run mvn db:generate again after it to write them.");
            if (newFolder != null || recorded != null || !declared.isEmpty()) {
                warnings = new java.util.ArrayList<>(warnings);
                warnings.addAll(declared);
                if (recorded != null) warnings.add(0, recorded);
                if (newFolder != null) warnings.add(newFolder);
            }
            String snapshotJson;
            String snapshotFields;
            try {
                snapshotJson = json.get().json();
                snapshotFields = json.get().snapshotFields();
            } catch (RuntimeException e) {   // as when the snapshot was rendered while writing: nothing written, said so
                throw new SnapshotException("could not write the migration to " + folder.dir() + ": " + e + "; nothing was changed", e);
            }
            if (beforeWrite != null) beforeWrite.run();
            return write(folder, basis[0], options, sql, snapshotJson, options.custom() ? null : () -> sum.of(sql), snapshotFields,
                    recordedSnapshot(folder, diffed), warnings,
                    options.custom() ? List.of() : diff.changes(), options.custom() ? List.of() : plan.rebuildReasons(diff.changes()));
        }
    }

    /** The latest custom migration's snapshot recording what it makes, by file, to be written with this run's change; none where there is none. */
    private static java.util.Map<Path, String> recordedSnapshot(MigrationsFolder folder, Diffed diffed) {
        return diffed.custom() == null ? java.util.Map.of() : java.util.Map.of(folder.snapshotFile(diffed.custom().migration().tag()), diffed.previousText());
    }

    /** What db:generate says when it records what a custom migration makes in its snapshot. */
    private static String recordedWarning(SchemaChangingCustom custom) {
        return custom.migration().fileName() + ", a custom migration, changes the schema (" + String.join("; ", custom.changes()) + "): its snapshot"
                + " now records what it makes, so db:generate does not write that change again";
    }

    /** A snapshot's JSON, and the fields recording it in the migration's checksum file (null: none). */
    private record Rendered(String json, String snapshotFields) {
    }

    /**
     * The {@link MigrationsFolder#SNAPSHOT} fields for the snapshot {@code json} diffed from the snapshot of text {@code prevText}
     * (the folder's latest as read for the diff; null: none). Summed from that text, not the file read again: an edit in between
     * would be recorded as what the SQL was diffed from.
     */
    private static String snapshotFields(String prevText, String json) {
        return MigrationsFolder.snapshotFields(MigrationsFolder.snapshotSum(json), prevText == null ? null : MigrationsFolder.snapshotSum(prevText));
    }

    private static List<String> withConstraints(List<String> planWarnings, SchemaDiff diff) {
        List<String> failing = ConstraintsOnExistingRows.warnings(diff);
        if (failing.isEmpty()) return planWarnings;
        List<String> all = new java.util.ArrayList<>(planWarnings);
        all.addAll(failing);
        return all;
    }

    private static List<String> withDeclarationWarnings(List<String> planWarnings, SchemaDiff diff, SchemaDef current) {
        List<String> more = DeclarationWarnings.of(diff, current, true);
        if (more.isEmpty()) return planWarnings;
        List<String> all = new java.util.ArrayList<>(planWarnings);
        all.addAll(more);
        return all;
    }

    /** Per migrations folder, in this JVM: Godwit's daemon runs two builds' db:generate on threads of one JVM. */
    private static final java.util.concurrent.ConcurrentHashMap<Path, Object> WRITING = new java.util.concurrent.ConcurrentHashMap<>();

    private GenerateResult write(MigrationsFolder folder, Journal basis, GenerateOptions options, String sql, String snapshotJson, Supplier<String> sum,
            String snapshotFields, java.util.Map<Path, String> also, List<String> warnings, List<Change> changes, List<String> rebuilds) {
        synchronized (WRITING.computeIfAbsent(folder.dir().toAbsolutePath().normalize(), d -> new Object())) {
            return writeAlone(folder, basis, options, sql, snapshotJson, sum, snapshotFields, also, warnings, changes, rebuilds);
        }
    }

    /** The SQL file of the migration of {@code journal} whose snapshot is {@code snapshot}, by name. */
    private static String customOf(Journal journal, MigrationsFolder folder, Path snapshot) {
        return journal.entries().stream().filter(e -> folder.snapshotFile(e.tag()).equals(snapshot)).map(e -> e.tag() + ".sql").findFirst()
                .orElse(snapshot.getFileName().toString());
    }

    /** Writes the migration ({@code sql} null: none, only {@code also} and the stale checksums) once no other run wrote one meanwhile. */
    private GenerateResult writeAlone(MigrationsFolder folder, Journal basis, GenerateOptions options, String sql, String snapshotJson, Supplier<String> sum,
            String snapshotFields, java.util.Map<Path, String> also, List<String> warnings, List<Change> changes, List<String> rebuilds) {
        Journal journal = folder.readJournal();
        if (basis != null && !journal.entries().equals(basis.entries())) {
            // Another db:generate (a second terminal, an IDE's) wrote its migration since this one read the folder: this one's SQL
            // is a diff against the snapshot before it, and written after it would repeat or undo its changes.
            List<String> added = journal.entries().stream().map(JournalEntry::tag).filter(t -> basis.entries().stream().noneMatch(e -> e.tag().equals(t)))
                    .toList();
            throw new SnapshotException(folder.relative(folder.journalFile()) + " changed while this db:generate ran"
                    + (added.isEmpty() ? "" : " (" + String.join(", ", added) + " written meanwhile, by another db:generate or a pull)")
                    + (sql != null ? ": its migration was diffed against the folder as it was before"
                            // no migration: the latest custom migration's snapshot alone was to be written, which it named as one
                            : ": the snapshot it was to write (" + String.join(", ", also.keySet().stream().map(p -> folder.relative(p) + ", recording what the"
                            + " custom migration " + customOf(basis, folder, p) + " makes").toList()) + ") was told from the folder as it was before")
                    + ", so nothing was written. Run mvn db:generate again.");
        }
        // checksums of migrations drizzle-kit dropped, maybe with this very tag: removed in the same change as the migration is written
        List<Path> removed = new ArrayList<>(folder.staleSums().keySet());
        if (sql == null) {   // no migration: what is also written and the stale checksums are the change
            List<Path> written = folder.writeMigration(null, null, null, null, null, null, removed, also, options.goal());
            return new GenerateResult(false, null, null, null, List.of(), warnings, List.of(), written, removed);
        }
        int idx = journal.nextIdx();
        long when = journal.nextWhen(clock.millis());
        String tag = MigrationNames.tag(journal, when, options.name(), random);
        JournalEntry entry = new JournalEntry(idx, "6", when, tag, true);
        if (folder.sqlFile(tag).toFile().exists()) {
            throw new SnapshotException(folder.relative(folder.sqlFile(tag)) + " already exists but the journal does not list it;"
                    + " run mvn db:verify to see what is out of step");
        }
        List<Path> written = folder.writeMigration(entry, sql, snapshotJson, journal.append(entry), sum, snapshotFields, removed,
                also, options.goal());
        return new GenerateResult(true, tag, folder.sqlFile(tag), sql, changes, warnings, rebuilds, written, removed);
    }

    /**
     * The checksum of the planned SQL, computed on another thread while the checks after planning run: SHA-256 is interpreted
     * in a fresh JVM (about 50 ms for a 300 KB migration). A plan the checks changed is checksummed again, here.
     */
    private static final class SpeculativeSum implements AutoCloseable {
        private String sql;
        private Background<String> sum;

        void start(String plannedSql) {
            sql = plannedSql;
            sum = Background.start("godwit-checksum", () -> MigrationsFolder.sqlSum(plannedSql));
        }

        String of(String written) {
            return sum != null && written.equals(sql) ? sum.get() : MigrationsFolder.sqlSum(written);
        }

        @Override
        public void close() {
            if (sum != null) sum.close();
        }
    }
}
