package dev.godwit.engine.verify;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.UnreadableViews;
import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.diff.BatchRenameResolver;
import dev.godwit.engine.diff.Change;
import dev.godwit.engine.diff.RenameResolver;
import dev.godwit.engine.diff.SchemaDiff;
import dev.godwit.engine.diff.SchemaDiffer;
import dev.godwit.engine.folder.FolderCheck;
import dev.godwit.engine.folder.LossDeclaration;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.folder.Snapshot;
import dev.godwit.engine.introspect.Introspector;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.HistoryTableNames;
import dev.godwit.engine.migrate.MigrationState;
import dev.godwit.engine.migrate.SeveralStatementsPerBreakpoint;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.migrate.StatementRules;
import dev.godwit.engine.plan.SqlitePlanner;
import dev.godwit.engine.preflight.DataReplay;
import dev.godwit.engine.preflight.RowChange;
import dev.godwit.engine.sql.D1Rules;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.ViewDef;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.schema.model.SqliteNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The CI check behind {@code db:verify}. In order, stopping where a later check could not be trusted:
 * the folder is consistent; no generated migration was edited (its SQL hash is kept in
 * {@code meta/_sums/<tag>.sha256}, one file per migration so branches never conflict); the schema
 * has no changes the migrations lack; replaying every migration on a fresh in-memory SQLite gives
 * the declared schema. {@link #drift} compares a live database too.
 */
public final class Verifier {

    /**
     * A migration fixed in place may be one databases applied already (where its tables were empty, or before the rows that
     * trip it came): db:apply refuses an applied migration whose text changed, so the way on says how to record the edit.
     */
    static final String EDITED_WHERE_APPLIED = "; on a database that has applied it already, record the edit with mvn db:repair"
            + " (db:apply refuses an applied migration whose text changed)";



    private Verifier() {
    }

    /**
     * What a check found, with the migrations and the recorded schema it read, so a drift check
     * or a summary does not read the folder again. Both are empty when the folder is inconsistent.
     */
    public record Verification(List<Finding> findings, List<String> warnings, List<Migration> migrations, SchemaDef recorded) {

        /**
         * {@code db:verify -Ddb.drift -Ddb.upTo=N}: the drift compares a database with the migrations up to and including N, and
         * with N's snapshot (the schema they make), so those after N, deliberately left pending by {@code db:apply -Ddb.upTo=N},
         * are not reported pending; this Verification where {@code upTo} is blank. N is named as db:apply takes it; a name the
         * folder lacks is a broken setting, and so is N without a snapshot of its own (a file wrangler or a hand made: there is no
         * schema of N's to compare with). Where this Verification's check found problems (the folder unread), it is returned as it is.
         */
        public Verification upTo(MigrationsFolder folder, String upTo) {
            if (upTo == null || upTo.isBlank() || migrations.isEmpty()) return this;
            String tag = dev.godwit.engine.migrate.UpTo.check(migrations, upTo, "Nothing was compared.");
            int at = 0;
            while (!migrations.get(at).tag().equals(tag)) at++;
            java.nio.file.Path snapshot = folder.snapshotFile(tag);
            if (!java.nio.file.Files.isRegularFile(snapshot)) {
                throw new dev.godwit.engine.GodwitException(dev.godwit.engine.GodwitException.Kind.BROKEN, "-Ddb.upTo=" + upTo.strip() + " with"
                        + " -Ddb.drift compares the database with " + tag + "'s snapshot, the schema the migrations up to it make, and " + tag
                        + " has none (" + folder.relative(snapshot) + "): name a migration db:generate wrote, or run db:verify -Ddb.drift without"
                        + " -Ddb.upTo. Nothing was compared.");
            }
            return new Verification(findings, warnings, List.copyOf(migrations.subList(0, at + 1)), folder.readSnapshot(snapshot).schema());
        }
    }

    /**
     * {@code db:verify -Ddb.drift -Ddb.upTo=N} on a database past N (a later migration applied): a finding saying so, in place of
     * the drift compared with N (which read the later migrations' rows as another branch's); empty where it is not past N.
     */
    public static List<Finding> pastUpTo(Database db, HistoryTable history, List<Migration> migrations, String upTo) {
        if (upTo == null || upTo.isBlank()) return List.of();
        List<MigrationState> states = new Migrator(db, history, EngineLog.SILENT).status(migrations);
        dev.godwit.engine.migrate.UpTo.Plan plan;
        try {
            plan = dev.godwit.engine.migrate.UpTo.plan(states, true, upTo, db.describe());
        } catch (dev.godwit.engine.migrate.MigrationException notAMigrationItCanBeAt) {
            return List.of();   // the drift says what is wrong there
        }
        if (plan.past().isEmpty()) return List.of();
        return List.of(new Finding(Finding.Kind.DRIFT, db.describe() + " is past " + plan.upTo() + " (" + plan.pastAt() + "):"
                + " -Ddb.upTo=" + upTo.strip() + " compares a database at " + plan.upTo() + ". Run db:verify -Ddb.drift without -Ddb.upTo"
                + " (or with the migration it is at)"));
    }

    public static List<Finding> verify(SchemaDef schema, MigrationsFolder folder) {
        return check(schema, folder).findings();
    }

    public static Verification check(SchemaDef schema, MigrationsFolder folder) {
        return check(() -> schema, folder);
    }

    /**
     * As {@link #check(SchemaDef, MigrationsFolder)}, asking for the schema only when the folder's own checks and the replay are
     * done, so a schema loading meanwhile (see {@link dev.godwit.engine.load.SchemaInBackground}) costs no extra time. A schema
     * that fails to load fails the check before anything the folder shows.
     */
    public static Verification check(Supplier<SchemaDef> schemaSource, MigrationsFolder folder) {
        return check(schemaSource, folder, false);
    }

    /**
     * As {@link #check(Supplier, MigrationsFolder)}; in a D1 project ({@code d1}: wrangler's config, or D1 settings) a statement
     * D1 refuses ({@link D1Rules}) is a finding too, since the deploy would fail on it.
     */
    public static Verification check(Supplier<SchemaDef> schemaSource, MigrationsFolder folder, boolean d1) {
        return check(schemaSource, folder, d1, null);
    }

    /**
     * As {@link #check(Supplier, MigrationsFolder, boolean)}, a schema using the name of {@code history} (the history table
     * db:apply records migrations in, and the setting that chose it; null for the default) refused as db:generate refuses it.
     */
    public static Verification check(Supplier<SchemaDef> schemaSource, MigrationsFolder folder, boolean d1,
            dev.godwit.engine.target.ProjectSettings.History history) {
        List<Finding> findings = new ArrayList<>();
        for (String p : FolderCheck.problems(folder)) findings.add(new Finding(Finding.Kind.FOLDER, p));
        String absent = dev.godwit.engine.folder.AbsentFolder.missingBesideMigrations(folder);
        if (absent != null) findings.add(new Finding(Finding.Kind.FOLDER, absent));
        if (!findings.isEmpty()) {
            schemaSource.get();
            return new Verification(findings, List.of(), List.of(), SchemaDef.EMPTY);
        }

        List<Migration> migrations = folder.migrations();
        // the files as the project's db:apply reads them: wrangler's layout runs a file's SQL as SQLite reads it, no cut at markers
        if (history != null && history.wranglerLayout()) migrations = migrations.stream().map(Migration::asWranglerRuns).toList();
        List<String> olderSqlite = new ArrayList<>();   // what an apply to wrangler's local D1 warns of, said where CI sees it first
        if (d1) {
            // the folder's FTS5 / R-Tree tables so far, whose shadow tables D1 keeps read-only (ShadowTables)
            java.util.Map<String, String> virtualTables = new java.util.HashMap<>();
            java.util.Set<String> dbstat = new java.util.HashSet<>();   // a table of the user's named dbstat an earlier statement creates
            for (Migration m : migrations) {
                // drizzle's history row is what the request carries besides the SQL (wrangler's differs by a few bytes); the
                // first migration is a new database's first request, which also creates the history table, as db:apply counts
                String tooLarge = StatementRules.requestProblem(m, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT),
                        dev.godwit.engine.db.Capabilities.D1.maxRequestBytes(), m == migrations.get(0));
                if (tooLarge != null) findings.add(new Finding(Finding.Kind.REPLAY, tooLarge + " (this project goes to D1)"));
                for (int i = 0; i < m.statements().size(); i++) {
                    String statement = m.statements().get(i);
                    java.util.function.Function<String, String> moduleOf = n -> virtualTables.get(SqliteNames.key(n));
                    var after = dev.godwit.engine.sql.ShadowTables.virtualTablesAfter(statement, moduleOf);
                    String why = D1Rules.problem(statement, dbstat::contains);
                    if (why == null) why = dev.godwit.engine.sql.ShadowTables.problem(statement, moduleOf);
                    virtualTables.putAll(after);
                    String created = D1Rules.createsAbsentTable(statement);
                    if (created != null) dbstat.add(created);
                    dbstat.remove(D1Rules.dropsAbsentTable(statement));
                    if (why != null) {
                        findings.add(new Finding(Finding.Kind.REPLAY, folder.relative(m.file()) + ", statement " + (i + 1) + ":\n    "
                                + StatementRules.shown(m.statements().get(i)) + "\n  " + why + " (this project goes to D1, which refuses it)"));
                    } else {
                        String computed = computedOtherwise(statement);
                        if (computed != null) {
                            olderSqlite.add(folder.relative(m.file()) + ", statement " + (i + 1) + ": " + computed + " (this project goes to D1: an apply"
                                    + " to wrangler's local D1 file warns of it too; it matters only where the migration is still pending: one every"
                                    + " database has applied is not sent again, leave it)");
                        }
                    }
                }
            }
        }
        for (var stale : folder.staleSums().entrySet()) {
            String sum = folder.relative(stale.getKey());
            findings.add(new Finding(Finding.Kind.EDITED, stale.getValue() != null
                    ? sum + " was written for another \"when\" than the journal's " + stale.getValue().tag() + " (" + stale.getValue().when()
                    + "): the journal entry changed after the migration was generated, so its checksum no longer guards it. Put the entry back"
                    + " (git checkout -- " + folder.relative(folder.journalFile()) + "); if drizzle-kit made a new " + stale.getValue().tag()
                    + " after a drop, delete " + sum
                    : sum + " belongs to no migration of the journal: one was renamed or dropped after it was generated, and a renamed"
                    + " one is no longer guarded by its checksum. Rename it back (or rename " + sum + " along); if it was dropped, delete " + sum
                    + " (mvn db:generate does too)"));
        }
        List<String> warnings = new ArrayList<>(olderSqlite);
        for (Migration m : d1 ? migrations : List.<Migration>of()) {
            for (int i = 0; i < m.statements().size(); i++) {
                String comment = dev.godwit.engine.d1.D1Sql.commentReadAsSql(m.statements().get(i));
                if (comment != null) {
                    // the folder holds applied migrations too: one every database applied is never sent again, and an edit of it
                    // would only need db:repair on each
                    warnings.add(folder.relative(m.file()) + ", statement " + (i + 1) + ": " + comment + " (this project goes to D1; it"
                            + " matters only where the migration is still pending: one every database has applied is not sent again, leave it)");
                }
            }
        }
        for (Migration m : migrations) {
            if (m.statements().isEmpty()) {
                warnings.add(folder.relative(m.file()) + " holds no SQL (only comments): db:apply refuses it while it is pending (applied, it would"
                        + " be recorded and locked). Write its SQL, or remove it with mvn db:drop if no database has it");
            }
        }
        // drizzle-orm's migrate() cuts at the markers, as db:apply warns of a pending one; wrangler's layout runs whole files
        for (Migration m : history != null && history.wranglerLayout() ? List.<Migration>of() : migrations) {
            warnings.addAll(SeveralStatementsPerBreakpoint.inFolder(m, folder.relative(m.file())));
        }
        for (Migration m : unguarded(folder, migrations)) {
            warnings.add(folder.relative(m.file()) + " has no checksum file (" + folder.relative(folder.sumFile(m.tag())) + "), though db:generate"
                    + " wrote one for the migrations before it, so an edit of it goes unchecked. If db:generate wrote it, the file was lost (not"
                    + " committed, or deleted): restore it from git; one drizzle-kit or a person wrote has none: mvn db:repair -Dlocal writes"
                    + " it, and an edit is checked from then on. A custom migration (db:generate -Ddb.custom), yours to edit until it is applied,"
                    + " is told by its first line, " + dev.godwit.engine.generate.Generator.CUSTOM_SQL + ": where that line was replaced, put it"
                    + " back above your SQL instead");
        }
        for (Migration m : history != null && history.wranglerLayout() ? migrations : List.<Migration>of()) {
            String renamed = renamedSinceGenerated(folder, m, history.name());
            if (renamed != null) findings.add(new Finding(Finding.Kind.EDITED, renamed));
        }
        for (Migration m : migrations) {
            String sum = folder.readSum(m.entry());
            if (sum != null && !m.recordedBy(sum)) {
                findings.add(new Finding(Finding.Kind.EDITED, folder.relative(m.file()) + " was edited after it was generated. Migrations are"
                        + " generated from the schema, never edited: restore it (git checkout -- " + folder.relative(m.file())
                        + "; one never committed and applied nowhere is written again by mvn db:drop " + dev.godwit.engine.target.PrintedArgs.quoted("-Ddb.name=" + m.tag()) + " then mvn db:generate)"
                        + " and change the schema code instead, then run mvn db:generate. For hand-written SQL use mvn db:generate -Ddb.custom;"
                        + " a deliberate edit (a comment, a reviewed fix) is recorded with mvn db:repair -Dlocal"));
            }
        }

        SchemaDef recorded = recorded(folder);
        // a custom migration's snapshot is a copy of the one before: what its SQL changes is recorded by db:generate, and is no
        // change the schema lacks nor an edit (it said "db:generate would write ADD ... DROP COLUMN", and "restore edited migrations")
        SchemaDef[] loaded = {null};   // the schema, loaded once: asked for here only where a custom migration changes a table
        Supplier<SchemaDef> schemaOnce = () -> loaded[0] != null ? loaded[0] : (loaded[0] = schemaSource.get());
        // told from this check's own replay (read before the latest migration too), so the folder is replayed once; where that replay
        // stops (a data-dependent failure, D1's limits) the custom migration is told from a replay of its own, as before
        dev.godwit.engine.generate.SchemaChangingCustom.CopiedLatest copied = dev.godwit.engine.generate.SchemaChangingCustom.copiedLatest(folder, migrations);
        Replay replay = replay(migrations, folder, d1, copied != null, schemaOnce);
        dev.godwit.engine.generate.SchemaChangingCustom custom = copied == null ? null : replay.result() != null && replay.beforeLatest() != null
                ? copied.told(replay.beforeLatest(), replay.result(), schemaOnce) : dev.godwit.engine.generate.SchemaChangingCustom.latest(folder, schemaOnce);
        if (custom != null) {
            String file = folder.relative(custom.migration().file());
            findings.add(new Finding(Finding.Kind.SCHEMA_CHANGED, file + ", a custom migration, changes the schema, which its snapshot ("
                    + folder.relative(folder.snapshotFile(custom.migration().tag())) + ", a copy of the one before, as db:generate -Ddb.custom"
                    + " writes it) does not record:\n    - " + String.join("\n    - ", custom.changes()) + "\n  Run mvn db:generate: it records what "
                    + custom.migration().fileName() + " makes in its snapshot"));
            recorded = custom.made();
        }
        SchemaDef schema = schemaOnce.get();
        HistoryTableNames.require(schema, history);   // db:generate refuses it: the folder cannot be in sync with such a schema

        BatchRenameResolver renames = new BatchRenameResolver();
        SchemaDiff pending = SchemaDiffer.diff(recorded, schema, renames);
        boolean inSync = pending.isEmpty() && renames.ambiguities().isEmpty();
        // the SQL makes what the schema code declares, the latest snapshot records something else: the snapshot was edited (a red-team
        // review was told to run db:generate, which would have written a migration rebuilding tables for nothing)
        // Only where db:generate wrote every migration as it is: then the SQL and the snapshots were written together, and a
        // hand-written migration making the change (with the schema code changed by hand too) is not taken for an edited snapshot
        boolean snapshotEdited = !inSync && !migrations.isEmpty() && replay.result() != null && replay.findings().isEmpty()
                && (migrations.stream().allMatch(LossDeclaration::generatedAsWritten) || latestSnapshotEditedSinceGenerated(folder, migrations))
                && differences(replay.result(), SqlitePlanner.asWritten(schema)).isEmpty();
        if (snapshotEdited) {
            String last = folder.relative(folder.schemaSnapshotFile(migrations.get(migrations.size() - 1).tag()));
            findings.add(new Finding(Finding.Kind.FOLDER, last + " does not record what the migrations make: their SQL, replayed, gives exactly what"
                    + " the schema code declares, and the snapshot says otherwise:\n    - " + String.join("\n    - ", pending.changes().stream().map(Change::describe).toList())
                    + "\n  The snapshot was edited by hand. Restore it (git checkout -- " + last + "); db:generate would write a migration for"
                    + " differences that are not there"));
            warnings.addAll(replay.warnings());
            return new Verification(findings, warnings, migrations, recorded);
        }
        if (!inSync) {
            StringBuilder sb = new StringBuilder("the schema has changes that no migration holds:");
            for (Change c : pending.changes()) sb.append("\n    - ").append(c.describe());
            for (String a : renames.ambiguities()) sb.append("\n    - ").append(a);
            List<String> sql = pending.isEmpty() ? List.of() : SqlitePlanner.plan(pending).statements();
            if (!sql.isEmpty()) {
                sb.append("\n  db:generate would write:");
                for (String s : sql) sb.append("\n    ").append(StatementRules.shown(s));
            }
            sb.append("\n  Run mvn db:generate and commit the new migration.");
            findings.add(new Finding(Finding.Kind.SCHEMA_CHANGED, sb.toString()));
        }

        findings.addAll(replay.findings());
        // a column list renames the view's columns: the model holds the SELECT alone, so the comparison below cannot see it
        for (Introspector.RenamingColumnList l : replay.columnLists()) {
            if (schema.view(l.view()).map(v -> !v.existing()).orElse(false)) findings.add(new Finding(Finding.Kind.REPLAY, columnListFinding(l, migrations, folder)));
        }
        if (replay.result() != null) {
            List<String> differences = differences(replay.result(), SqlitePlanner.asWritten(inSync ? schema : recorded));
            if (!differences.isEmpty()) {
                List<String> undeclared = differences.stream().filter(d -> d.startsWith(UNEXPECTED_VIEW))
                        .map(d -> d.substring(UNEXPECTED_VIEW.length() + 1, d.length() - 1)).toList();
                boolean onlyViews = undeclared.size() == differences.size();   // then no edit to restore, nothing for db:generate to add
                Map<String, String> handMade = tablesCreatedByHand(differences, migrations);
                // tables a hand-written migration creates, the rest views: no edit to restore either, and db:generate adds nothing
                boolean onlyHandMade = !handMade.isEmpty() && undeclared.size() + handMade.size() == differences.size();
                // the latest snapshot agrees with the schema code and every migration is as db:generate wrote it, yet their SQL makes
                // something else: a snapshot was edited to match the code (a merge conflict resolved in it, an edit to quiet "the schema
                // has changes"). "Restore edited migrations, or run db:generate" led nowhere: none was edited, and db:generate, which
                // reads that snapshot, found no changes
                // a custom migration renaming a column the code does not follow: db:generate writes nothing for it, say what to do
                String unfollowed = inSync ? dev.godwit.engine.generate.SchemaChangingCustom.unfollowedRenameAdvice(folder, migrations, schema, replay.result())
                        : null;
                String snapshot = unfollowed == null && inSync && !onlyViews && !onlyHandMade && migrations.stream().allMatch(LossDeclaration::generatedAsWritten)
                        ? folder.relative(folder.schemaSnapshotFile(migrations.get(migrations.size() - 1).tag())) : null;
                findings.add(new Finding(Finding.Kind.REPLAY, "replaying the " + migrations.size() + " migrations on an empty database does not give"
                        + " the schema " + (inSync ? "the schema code declares" : "the latest snapshot records")
                        + (onlyViews ? " (a migration creates a view the schema does not declare)"
                                : onlyHandMade ? " (a migration db:generate did not write creates what the schema does not declare)"
                                : unfollowed != null ? " (a custom migration renames a column the schema code does not)"
                                : snapshot != null ? " (a snapshot was edited by hand, or a migration's SQL and its checksum file)" : " (a migration was edited by hand, or one is missing)")
                        + ":\n    " + String.join("\n    ", differences)
                        + (onlyViews || onlyHandMade ? ""
                                : unfollowed != null ? "\n  " + unfollowed
                                : snapshot != null ? "\n  Every migration matches its checksum file, and " + snapshot + " records these changes as made: it (or a"
                                + " snapshot before it) was edited by hand, so db:generate, which starts from it, finds nothing to write. Put it back as"
                                + " db:generate wrote it (git log -p -- " + snapshot + "), then run mvn db:generate to write the migration for them."
                                // the same finding for an edited SQL whose checksum file was written again by hand (sha256sum): the
                                // snapshot was as git had it, and its log showed nothing to put back
                                + " If git shows no edit of the snapshots, a migration's SQL was edited and its checksum file in "
                                + folder.relative(folder.journalFile().resolveSibling("_sums")) + "/ written again to match by hand (db:repair marks the"
                                + " edits it records): git log -p -- " + folder.relative(folder.dir()) + " names it; restore both"
                                : "\n  Restore edited migrations from version control, or run mvn db:generate to add what is missing")
                        + (handMade.isEmpty() ? "" : handMadeAdvice(handMade))
                        + (undeclared.isEmpty() ? "" : UndeclaredViews.advice(undeclared))));
            }
        }
        warnings.addAll(replay.warnings());
        return new Verification(findings, warnings, migrations, recorded);
    }

    /**
     * Whether the latest migration is as db:generate wrote it and its checksum file records a snapshot ({@link MigrationsFolder#SNAPSHOT})
     * that the snapshot file no longer is: it was edited by hand since, whatever the migrations before (a drizzle-kit folder's first
     * ones have no checksum file, and sent a red-team review's edited snapshot to "Run mvn db:generate").
     */
    private static boolean latestSnapshotEditedSinceGenerated(MigrationsFolder folder, List<Migration> migrations) {
        Migration last = migrations.get(migrations.size() - 1);
        if (!LossDeclaration.generatedAsWritten(last)) return false;
        String[] recorded = folder.recordedSnapshot(last.entry());
        String now = MigrationsFolder.snapshotSumOf(folder.schemaSnapshotFile(last.tag()));
        return recorded != null && now != null && !recorded[0].equals(now);
    }

    /** A view the migrations create with a column list that renames its columns, which the schema code declares without one. */
    private static String columnListFinding(Introspector.RenamingColumnList l, List<Migration> migrations, MigrationsFolder folder) {
        String made = null;   // the last migration creating a view of that name
        for (Migration m : migrations) {
            for (String st : m.statements()) {
                List<dev.godwit.engine.sql.SqlLexer.Token> t = dev.godwit.engine.sql.SqlLexer.significant(st);
                int at = t.size() > 1 && (t.get(1).is("TEMP") || t.get(1).is("TEMPORARY")) ? 2 : 1;
                if (t.isEmpty() || !t.get(0).is("CREATE") || at >= t.size() || !t.get(at).is("VIEW")) continue;
                at++;
                if (at + 2 < t.size() && t.get(at).is("IF") && t.get(at + 1).is("NOT") && t.get(at + 2).is("EXISTS")) at += 3;
                if (at < t.size() && SqliteNames.key(dev.godwit.engine.sql.SqlLexer.unquote(t.get(at).text())).equals(SqliteNames.key(l.view()))) {
                    made = folder.relative(m.file());
                }
            }
        }
        String list = String.join(", ", l.list().stream().map(Quoting::doubleQuoted).toList());
        String select = String.join(", ", l.selectNames().stream().map(Quoting::doubleQuoted).toList());
        return "view " + Quoting.doubleQuoted(l.view()) + (made == null ? "" : ", created in " + made + ",") + " names its columns (" + list
                + ") where its SELECT, as the schema code declares it, names them (" + select + "): a query naming " + select + " fails on"
                + " the databases the migrations made, and works on those a later db:generate's CREATE VIEW makes (the schema code has no place"
                + " for a column list). Give the names in the schema's SELECT (... AS " + Quoting.doubleQuoted(l.list().get(0))
                + ") and run mvn db:generate, or create the view again without the list in a custom migration (mvn db:generate -Ddb.custom)";
    }

    /** The schema the latest snapshot records (empty when there are no migrations). */
    public static SchemaDef recorded(MigrationsFolder folder) {
        return folder.latestSnapshot().map(Snapshot::schema).orElse(SchemaDef.EMPTY);
    }

    /**
     * The migrations an edit of which goes unchecked though the folder checks the ones before them: no checksum file, after one
     * db:generate wrote; not a custom migration (its template), not empty, and changing the snapshot chain (a generated one's file
     * lost, or one drizzle-kit or a person wrote into a Godwit folder). db:verify warns of them; db:repair writes their checksum
     * files, which silences that and guards them from then on.
     */
    public static List<Migration> unguarded(MigrationsFolder folder, List<Migration> migrations) {
        List<Migration> out = new ArrayList<>();
        boolean sumsBefore = false;   // db:generate wrote a checksum file for an earlier migration
        for (Migration m : migrations) {
            String sum = folder.readSum(m.entry());
            // a file for another "when" (the journal entry changed) is there, and said as such: not "no checksum file"
            if (sum == null && sumsBefore && folder.readSum(m.tag()) == null && !m.sql().stripLeading().startsWith(dev.godwit.engine.generate.Generator.CUSTOM_SQL)
                    && !m.statements().isEmpty() && changesTheSnapshot(folder, migrations, m)) {
                out.add(m);
            }
            sumsBefore |= sum != null;
        }
        return out;
    }

    /**
     * Whether the migration has a snapshot of its own that differs from the one before it: a generator wrote it (a migration written
     * by hand has none, or the one before's); false when either cannot be read.
     */
    private static boolean changesTheSnapshot(MigrationsFolder folder, List<Migration> migrations, Migration m) {
        int i = migrations.indexOf(m);
        if (i <= 0) return false;
        java.nio.file.Path own = folder.snapshotFile(m.tag());
        java.nio.file.Path before = folder.snapshotFile(migrations.get(i - 1).tag());
        if (!java.nio.file.Files.isRegularFile(own) || !java.nio.file.Files.isRegularFile(before)) return false;
        try {
            return !differences(folder.readSnapshot(own).schema(), folder.readSnapshot(before).schema()).isEmpty();
        } catch (RuntimeException unreadable) {
            return false;   // said by the snapshot checks
        }
    }

    /**
     * An older snapshot (not the latest, which the schema checks compare) that does not record what the migrations up to its own
     * make, where db:generate wrote each of them as it is (their SQL and snapshots written together): edited by hand, or holding
     * (it records what they make); null where it was not compared (missing, unreadable).
     * db:verify compared the latest snapshot only, so meta/0003_snapshot.json edited while 0007 is the latest passed, though
     * db:rebase starts from such a snapshot and the pre-flight reads a migration's pair of snapshots for what db:generate accepted.
     * Read from the replay's database as it stands after {@code m} (its tables introspected again only where they changed).
     */
    private static SnapshotComparison olderSnapshotEdited(MigrationsFolder folder, Migration m, DataReplay replay) {
        java.nio.file.Path own = folder.snapshotFile(m.tag());
        if (!java.nio.file.Files.isRegularFile(own)) return null;
        SchemaDef recorded;
        try {
            recorded = folder.readSnapshot(own).schema();
        } catch (RuntimeException unreadable) {
            return null;   // said by the folder's checks
        }
        List<String> differences = differences(replay.schema(), SqlitePlanner.asWritten(recorded));
        if (differences.isEmpty()) return new SnapshotComparison(null);
        String file = folder.relative(own);
        return new SnapshotComparison(file + " does not record what the migrations up to " + folder.relative(m.file()) + " make (each as db:generate wrote it, so"
                + " their SQL and snapshots were written together):\n    - " + String.join("\n    - ", differences.size() <= dev.godwit.engine.migrate.HistoryCheck.SHOWN ? differences
                : differences.subList(0, dev.godwit.engine.migrate.HistoryCheck.SHOWN)) + (differences.size() > dev.godwit.engine.migrate.HistoryCheck.SHOWN ? "\n    - and " + (differences.size() - dev.godwit.engine.migrate.HistoryCheck.SHOWN) + " more" : "")
                + "\n  The snapshot was edited by hand. Restore it (git checkout -- " + file + "; git log -p -- " + file + " shows the edit):"
                + " db:rebase starts from such a snapshot, and db:apply's pre-flight reads it for the data loss db:generate accepted");
    }

    /** What {@link #olderSnapshotEdited} found on a snapshot it compared: the finding where it was edited, null where it holds. */
    private record SnapshotComparison(String edited) {
        boolean held() {
            return edited == null;
        }
    }

    /**
     * What a replay found, and the schema it ended with (null when a migration failed); {@code beforeLatest}: what the migrations
     * before the latest make, where asked for and the replay reached the latest; else null.
     */
    private record Replay(List<Finding> findings, SchemaDef result, List<String> warnings, List<Introspector.RenamingColumnList> columnLists,
                          SchemaDef beforeLatest) {
    }

    /**
     * Applies every migration to a fresh in-memory database, as D1 runs them, each table holding a few
     * generated rows before each migration (so data-dependent bugs show), and reports rows a migration
     * removes or rewrites. In a D1 project ({@code d1}) the statements run under D1's limits. {@code declared}: the schema code's
     * model, asked for at the first fill, for the text enums no SQL holds.
     */
    private static Replay replay(List<Migration> migrations, MigrationsFolder folder, boolean d1, boolean readBeforeLatest, Supplier<SchemaDef> declared) {
        List<Finding> findings = new ArrayList<>();
        // views a migration left unreadable, by key, with what to say; one a later migration mends (it creates the table the view
        // reads: an FTS5 table of a custom migration after the view) is no finding: the history is fixed already
        Map<String, String> unreadableViews = new java.util.LinkedHashMap<>();
        Set<String> viewsBefore = new HashSet<>();
        Map<String, String> brokenTriggers = new java.util.LinkedHashMap<>();
        try (DataReplay replay = new DataReplay(d1).withDeclaredSchema(declared)) {
            Database db = replay.database();
            boolean generatedSoFar = true;   // every migration up to here as db:generate wrote it, with its snapshot
            // the snapshot of the migration before records what the migrations up to it make (compared, or vouched for by its
            // checksum file), and its hash (MigrationsFolder.NO_SNAPSHOT before the first)
            boolean beforeHeld = true;
            String beforeSum = MigrationsFolder.NO_SNAPSHOT;
            java.nio.file.Path beforeFile = null;
            SchemaDef beforeLatest = null;
            for (Migration m : migrations) {
                List<String> statements = m.statements();
                String refused = StatementRules.firstProblem(m);
                if (refused != null) {
                    findings.add(new Finding(Finding.Kind.REPLAY, refused + " The replay stops before it (db:apply refuses the migration)."));
                    findings.addAll(unreadableViews.values().stream().map(t -> new Finding(Finding.Kind.REPLAY, t)).toList());
                    return new Replay(findings, null, replay.warnings(), List.of(), null);
                }
                if (readBeforeLatest && m == migrations.get(migrations.size() - 1)) beforeLatest = replay.schema();
                List<RowChange> changes;
                try {
                    changes = replay.apply(m);
                } catch (DatabaseException e) {
                    String where = e.statementIndex() >= 0 && e.statementIndex() < statements.size()
                            ? " at statement " + (e.statementIndex() + 1) + ":\n    " + StatementRules.shown(statements.get(e.statementIndex()))
                            : "";
                    findings.add(new Finding(Finding.Kind.REPLAY, "replaying the migrations on an empty database (as D1 runs them, every table given"
                            + " generated rows before each migration) fails in " + folder.relative(m.file()) + where + "\n  SQLite says: " + e.databaseMessage()
                            + (d1 && dev.godwit.engine.db.D1Limits.hint(e.databaseMessage()) != null
                                    ? "\n  " + dev.godwit.engine.db.D1Limits.hint(e.databaseMessage()) : "")
                            + (String.valueOf(e.databaseMessage()).contains("SQLITE_CONSTRAINT_TRIGGER")
                                    ? "\n  A trigger's RAISE refused the statement whatever the rows (a rebuild deletes and inserts again the rows"
                                    + " of the tables it keeps, and their triggers fire): drop the trigger in a custom migration before this one"
                                    + " (mvn db:generate -Ddb.custom) and create it again in one after it" : "")
                            + java.util.Optional.ofNullable(dev.godwit.engine.migrate.RowidAliasHint.of(e.databaseMessage())).map(h -> "\n  " + h).orElse("")
                            + (LossDeclaration.generated(m) ? "\n  Fix the migration (regenerate it with mvn db:generate if it was edited)"
                                    : "\n  Fix the migration (not written by db:generate: edit it)") + EDITED_WHERE_APPLIED));
                    findings.addAll(unreadableViews.values().stream().map(t -> new Finding(Finding.Kind.REPLAY, t)).toList());
                    return new Replay(findings, null, replay.warnings(), List.of(), null);
                }
                // a trigger created on a rebuild's new table before its copy fires for every row copied: generated rows show
                // nothing of it the replay can tell from a write on purpose, the statements do
                for (String fired : DataReplay.copyFiredTriggers(m, folder.relative(m.file()))) {
                    findings.add(new Finding(Finding.Kind.REPLAY, fired + (LossDeclaration.generated(m) ? "; or regenerate it with mvn db:generate"
                            : " (not written by db:generate: edit it)" + EDITED_WHERE_APPLIED)));
                }
                // a REPLACE whose loss depends on the real keys (a seed's id 1): db:apply's pre-flight on D1 refuses it, so the gate does;
                // a SQLite file's pre-flight copies its real rows and counts what such a REPLACE deletes, so there it is no finding
                if (d1 && !replay.replacing().isEmpty()) {
                    findings.add(new Finding(Finding.Kind.REPLAY, folder.relative(m.file()) + " replaces rows by key, which the replay's generated"
                            + " rows (keys from 1000000 up) cannot show: a database holding a row under a replaced key loses it first, its ON DELETE"
                            + " CASCADE / SET NULL children with it (db:apply's pre-flight on D1 refuses it):\n  - " + String.join("\n  - ", replay.replacing())
                            + "\n  Write an upsert that deletes nothing, INSERT … ON CONFLICT (key) DO UPDATE SET …"
                            + (LossDeclaration.generated(m) ? "; or regenerate it with mvn db:generate" : " (not written by db:generate: edit it)" + EDITED_WHERE_APPLIED)));
                }
                // a checksum file db:repair stamped on a hand-written file is no sign its snapshot was written with its SQL
                generatedSoFar &= LossDeclaration.generatedAsWritten(m) && !folder.sumIsStamped(m.tag());
                if (generatedSoFar && m != migrations.get(migrations.size() - 1)) {
                    // the snapshot as db:generate wrote it with this SQL, diffed from the one before as it is now, which records what
                    // the migrations before make: it records what they make with this one too, and is not read (MigrationsFolder.SNAPSHOT)
                    String[] record = beforeHeld ? folder.recordedSnapshot(m.entry()) : null;
                    String ownSum = record == null ? null : MigrationsFolder.snapshotSumOf(folder.snapshotFile(m.tag()));
                    if (record != null && beforeSum == null) beforeSum = MigrationsFolder.snapshotSumOf(beforeFile);   // compared, not hashed yet
                    java.nio.file.Path own = folder.snapshotFile(m.tag());
                    if (record != null && ownSum != null && record[0].equals(ownSum) && record[1].equals(beforeSum)) {
                        beforeSum = ownSum;
                    } else {
                        SnapshotComparison compared = olderSnapshotEdited(folder, m, replay);
                        if (compared != null && !compared.held()) findings.add(new Finding(Finding.Kind.FOLDER, compared.edited()));
                        beforeHeld = compared != null && compared.held();
                        beforeSum = ownSum;   // null: hashed when the next one's record asks for it
                    }
                    beforeFile = own;
                }
                // SQLite checks a view only when it is read: one left reading a dropped table or column fails on every database.
                Map<String, Map.Entry<String, String>> unreadable = new java.util.LinkedHashMap<>();   // key -> the view's name, SQLite's reason
                for (Map.Entry<String, String> v : UnreadableViews.in(db).entrySet()) {
                    // Only what a migration can take away; an application's own function, say, is not there in any replay.
                    if (UnreadableViews.lacksTableOrColumn(db, v.getKey(), v.getValue())) unreadable.put(SqliteNames.key(v.getKey()), v);
                }
                unreadableViews.keySet().retainAll(unreadable.keySet());   // mended or dropped by this migration
                for (Map.Entry<String, Map.Entry<String, String>> u : unreadable.entrySet()) {
                    if (unreadableViews.containsKey(u.getKey())) continue;
                    String name = u.getValue().getKey();
                    String why = u.getValue().getValue();
                    unreadableViews.put(u.getKey(), viewsBefore.contains(u.getKey())
                            ? "after " + folder.relative(m.file()) + ", view \"" + name + "\" can no longer be read (" + why + "): a table or"
                            + " column it reads is gone, and every query on it fails from then on. Change or drop the view in the schema together"
                            + " with what it reads (then mvn db:generate), or recreate it in the migration"
                            : "view \"" + name + "\", created in " + folder.relative(m.file()) + ", cannot be read (" + why + "): it reads a"
                            + " table or column that is not there, and every query on it fails. Change the view in the schema (then mvn db:generate),"
                            + " or fix it in the migration");
                }
                viewsBefore.clear();
                for (Map<String, Object> r : db.query("SELECT name FROM sqlite_master WHERE type = 'view'")) viewsBefore.add(SqliteNames.key(String.valueOf(r.get("name"))));
                // what the migration declares it means to remove (a cleanup, rows moved elsewhere) is its purpose, not a finding; nor
                // is a type change's rounding or conversion that db:generate wrote only with -Ddb.acceptDataLoss (as the pre-flight has it)
                changes = changes.stream().filter(c -> !c.declared() && !c.acknowledgedByGenerate()).toList();
                // a trigger's text is checked only when it fires: one left using a dropped table or column fails every write that fires it
                Map<String, String> triggers = replay.brokenTriggers();
                brokenTriggers.keySet().retainAll(triggers.keySet());   // dropped or mended by a later migration
                for (Map.Entry<String, String> t : triggers.entrySet()) brokenTriggers.putIfAbsent(t.getKey(), "after " + folder.relative(m.file()) + ", " + t.getValue());
                // a full-text index left not matching its rows loses none: said with its own ways out, never a declaration
                List<RowChange> indexes = changes.stream().filter(RowChange::searchIndex).toList();
                if (!indexes.isEmpty()) {
                    StringBuilder sb = new StringBuilder("replaying " + folder.relative(m.file()) + " on tables holding generated rows (as D1 runs it)"
                            + " leaves full-text indexes that do not match their rows:");
                    for (RowChange c : indexes) sb.append("\n    - ").append(c.describe());
                    sb.append("\n  A database holding rows gets the same (db:apply's pre-flight refuses it). "
                            + (LossDeclaration.generated(m) ? "Fix the migration, or regenerate it with mvn db:generate." : "Fix the migration (not written by db:generate: edit it)" + EDITED_WHERE_APPLIED + ".")
                            + (indexes.stream().anyMatch(c -> c.kind() == RowChange.Kind.SEARCH_INDEX_OUT_OF_STEP && c.of() >= 0) ? " A rebuild of a table"
                                    + " without an INTEGER PRIMARY KEY keeps its rowids only where its copy names them (INSERT INTO __new_t (rowid, ...) SELECT"
                                    + " rowid, ... FROM t), or the migration ends by building the index again: " + RowChange.rebuildOf(indexes.get(0).column()) : ""));
                    findings.add(new Finding(Finding.Kind.REPLAY, sb.toString()));
                    changes = changes.stream().filter(c -> !c.searchIndex()).toList();
                }
                if (!changes.isEmpty()) {
                    boolean byTrigger = changes.stream().anyMatch(RowChange::byTrigger);
                    StringBuilder sb = new StringBuilder("replaying " + folder.relative(m.file()) + " on tables holding generated rows (as D1 runs it)"
                            + (byTrigger ? " changes rows it should leave as they are:" : " removes or rewrites rows it should keep:"));
                    for (RowChange c : changes) sb.append("\n    - ").append(c.describe());
                    if (byTrigger) sb.append("\n  ").append(RowChange.TRIGGER_WAY_OUT);
                    // the migration the changes name (an earlier one's copy that left rows out, the rebuild split forward), whose
                    // declaration accepts them
                    Migration lossIn = changes.stream().map(c -> c.migration().fileName()).distinct().count() == 1 ? changes.get(0).migration() : m;
                    sb.append("\n  A database holding rows " + (byTrigger ? "gets the same" : "loses them the same way") + " (db:apply's pre-flight refuses it)."
                            + (LossDeclaration.generated(lossIn) ? " Fix the migration, or regenerate it with mvn db:generate." : " Fix the migration (not written by db:generate: edit it)" + EDITED_WHERE_APPLIED + ".")
                            + " If the loss is intended (a cleanup, rows moved"
                            + " elsewhere), declare it in " + lossIn.fileName() + " with the line\n    " + RowChange.declarationFor(changes)
                            // a generated migration's checksum guards its text: the added line fails this check until db:repair records it
                            // -Dlocal: the developer's database, or with none there yet the folder's checksum alone (no D1 settings needed)
                            + (LossDeclaration.generated(lossIn) ? "\n  and record that edit with mvn db:repair -Dlocal (db:generate wrote it, and "
                                    + folder.relative(folder.sumFile(lossIn.tag())) + " holds its checksum, so an edit not recorded fails db:verify);"
                                    + " db:verify and db:apply's pre-flight then accept it there, for those tables only"
                                    : "\n  and db:verify and db:apply's pre-flight accept it there, for those tables only"));
                    findings.add(new Finding(Finding.Kind.REPLAY, sb.toString()));
                }
            }
            for (String t : unreadableViews.values()) findings.add(new Finding(Finding.Kind.REPLAY, t));
            for (String t : brokenTriggers.values()) findings.add(new Finding(Finding.Kind.REPLAY, t));
            for (DataReplay.LostTrigger lost : replay.lostTriggers()) {
                String in = migrations.stream().filter(x -> x.fileName().equals(lost.migration())).findFirst().map(x -> folder.relative(x.file())).orElse(lost.migration());
                findings.add(new Finding(Finding.Kind.REPLAY, "after " + in + ", trigger " + dev.godwit.engine.sql.Quoting.doubleQuoted(lost.name())
                        + " on " + dev.godwit.engine.sql.Quoting.doubleQuoted(lost.table()) + " is gone and no later migration creates it again: "
                        + (lost.renamedFrom() != null ? "the migration drops the view " + dev.godwit.engine.sql.Quoting.doubleQuoted(lost.renamedFrom())
                                + " and creates it as " + dev.godwit.engine.sql.Quoting.doubleQuoted(lost.table()) + " (a rename as drizzle-kit writes it;"
                                + " DROP VIEW drops its INSTEAD OF triggers) without DROP TRIGGER, so the writes the trigger made through the view fail from"
                                + " then on. Create it again on the renamed view, in a custom migration"
                        : lost.onView()
                                ? "the migration drops the view and creates it again (DROP VIEW drops its INSTEAD OF triggers) without DROP TRIGGER,"
                                + " so the writes the trigger made through the view fail from then on. Create it again after the view, in a custom migration"
                                : "the migration drops the table (a rebuild's DROP TABLE drops its triggers) without DROP TRIGGER, so what the trigger"
                                + " did (an audit row, a guard, a timestamp) silently stops. Create it again after the rebuild, in a custom migration")
                        + " (mvn db:generate -Ddb.custom) holding:\n    "
                        + lost.sql().strip().replace("\n", "\n    ") + ";\n  or, if it is meant to go, say so there: DROP TRIGGER IF EXISTS "
                        + dev.godwit.engine.sql.Quoting.doubleQuoted(lost.name()) + ";"));
            }
            List<String> warnings = new ArrayList<>(replay.warnings());
            warnings.addAll(unmodelled(replay.database(), migrations, folder));
            return new Replay(findings, replay.schema(), warnings, Introspector.renamingColumnLists(replay.database()), beforeLatest);
        }
    }

    /**
     * Tables the migrations leave with a clause the schema model has no place for (STRICT, WITHOUT ROWID, ON CONFLICT REPLACE,
     * DEFERRABLE INITIALLY DEFERRED), made by a hand-written or edited migration: the comparison with the schema cannot see them,
     * so a red-team review's PRIMARY KEY ON CONFLICT REPLACE (an INSERT of an existing id deletes the row, cascades and all)
     * passed without a word. Said, with what comes of it.
     */
    private static List<String> unmodelled(Database db, List<Migration> migrations, MigrationsFolder folder) {
        List<String> out = new ArrayList<>();
        List<Map<String, Object>> tables = db.query("SELECT type, name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL ORDER BY name");
        // a virtual table's shadow tables (an FTS5 index's _config and _idx are WITHOUT ROWID) are SQLite's, made by its CREATE VIRTUAL TABLE
        Set<String> shadows = dev.godwit.engine.introspect.Introspector.shadowTables(db, tables);
        for (Map<String, Object> row : tables) {
            String name = String.valueOf(row.get("name"));
            if (shadows.contains(SqliteNames.key(name))) continue;
            if (dev.godwit.engine.introspect.Introspector.leavesOut(db, name, Set.of())) continue;
            List<dev.godwit.engine.introspect.UnmodelledClause> clauses = dev.godwit.engine.introspect.UnmodelledClause.of(String.valueOf(row.get("sql")));
            if (clauses.isEmpty()) continue;
            String made = null;   // the last migration that creates the table (or its rebuild) under this name
            for (Migration m : migrations) {
                for (String st : m.statements()) {
                    String created = dev.godwit.engine.sql.StatementKind.createdTable(st);
                    String renamed = dev.godwit.engine.sql.StatementKind.renamedTo(st);
                    boolean renamedTo = renamed != null && SqliteNames.key(renamed).equals(SqliteNames.key(name));
                    if (created != null && SqliteNames.key(created).equals(SqliteNames.key(name)) || renamedTo) made = folder.relative(m.file());
                }
            }
            boolean deletes = clauses.stream().anyMatch(dev.godwit.engine.introspect.UnmodelledClause::deletesConflictingRows);
            out.add("table " + Quoting.doubleQuoted(name) + " has " + String.join(", ", clauses.stream().map(dev.godwit.engine.introspect.UnmodelledClause::text).toList())
                    + (made == null ? "" : " (made by " + made + ")") + ", which the schema code has no place for: db:verify cannot compare it with the"
                    + " schema, and a rebuild db:generate writes for the table creates it without that (db:apply's pre-flight says so then)"
                    + (deletes ? "; ON CONFLICT REPLACE deletes the row an INSERT or UPDATE meets on that key, and its ON DELETE CASCADE children's rows"
                    + " with it" : ""));
        }
        return out;
    }

    /**
     * The triggers the database has against those its migrations make (the schema model holds none: a trigger lives in a custom
     * migration), the migrations run on an empty in-memory database: one made by hand, gone, or changed. Nothing where the
     * migrations do not run there (they ran on the database, in order, but may need what an empty one lacks).
     */
    static List<String> triggerDifferences(java.util.Map<String, String> live, java.util.Map<String, String> made) {
        if (made == null) return List.of();
        java.util.Map<String, String> madeByKey = new java.util.HashMap<>();
        made.forEach((name, sql) -> madeByKey.put(SqliteNames.key(name), sql));
        java.util.Set<String> liveKeys = new java.util.HashSet<>();
        List<String> out = new ArrayList<>();
        for (java.util.Map.Entry<String, String> t : live.entrySet()) {
            liveKeys.add(SqliteNames.key(t.getKey()));
            String expected = madeByKey.get(SqliteNames.key(t.getKey()));
            if (expected == null) out.add("unexpected trigger: " + Quoting.doubleQuoted(t.getKey()) + " (no migration creates it)");
            else if (!comparable(expected).equals(comparable(t.getValue()))) out.add("trigger differs: " + Quoting.doubleQuoted(t.getKey()) + " (not the statement the migrations create)");
        }
        for (String name : made.keySet()) if (!liveKeys.contains(SqliteNames.key(name))) out.add("trigger missing: " + Quoting.doubleQuoted(name));
        return out;
    }

    /**
     * {@code differences} with the views the schema leaves to the migrations compared with the ones they make ({@code made}, by
     * name; null where they do not run on an empty database): a view declared {@code existing} in the recorded schema, and one it
     * does not declare (declared existing in the schema code after the latest snapshot, which db:generate writes no migration for).
     * The comparison with the schema alone took any definition of an existing view, so one redefined or dropped by hand passed,
     * and said "unexpected view" of one the migrations make, as they make it, with the advice to make it part of the schema code.
     * A view no migration makes (managed outside them altogether) is left as that comparison found it, and so is one {@code leftOut}
     * or one {@code filter} does not keep (-Ddb.tablesFilter, which matches a view by its name).
     */
    static List<String> viewsMadeByMigrations(List<String> differences, SchemaDef live, SchemaDef recorded, java.util.Map<String, String> made,
                                              Set<String> leftOut, dev.godwit.engine.introspect.TablesFilter filter) {
        if (made == null || made.isEmpty()) return differences;
        Set<String> leftOutKeys = new java.util.HashSet<>();
        for (String n : leftOut) leftOutKeys.add(SqliteNames.key(n));
        List<String> out = new ArrayList<>(differences);
        for (java.util.Map.Entry<String, String> m : made.entrySet()) {
            String name = m.getKey();
            if (leftOutKeys.contains(SqliteNames.key(name)) || !filter.matches(name)) continue;
            java.util.Optional<ViewDef> declared = recorded.view(name);
            if (declared.isPresent() && !declared.get().existing()) continue;   // compared with its declared SELECT already
            java.util.Optional<ViewDef> has = live.view(name);
            if (has.isEmpty()) {
                out.add("view missing: " + Quoting.doubleQuoted(name) + MIGRATIONS_CREATE_IT);
                continue;
            }
            out.remove(UNEXPECTED_VIEW + Quoting.doubleQuoted(has.get().name()));
            String definition = has.get().definition() == null ? "" : has.get().definition();
            if (!comparable(definition).equals(comparable(m.getValue()))) {
                out.add("differs: view " + Quoting.doubleQuoted(has.get().name()) + NOT_AS_MIGRATIONS_CREATE + " (here: "
                        + definition.strip() + ")");
            }
        }
        return out;
    }

    /**
     * The virtual tables the database has (an FTS5 index; never their shadow tables) against those its migrations make, as
     * {@link #triggerDifferences}: the schema model has no place for them, so db:pull leaves one out and db:generate never writes
     * it; one made by hand and kept in no custom migration is missing on every new database. {@code leftOut}: tables the
     * comparison leaves out (-Ddb.tablesFilter), on the migrations' side too.
     */
    static List<String> virtualTableDifferences(java.util.Map<String, String> live, java.util.Map<String, String> made, Set<String> leftOut) {
        if (made == null) return List.of();
        Set<String> out = new java.util.HashSet<>();
        for (String n : leftOut) out.add(SqliteNames.key(n));
        java.util.Map<String, String> madeByKey = new java.util.LinkedHashMap<>();
        made.forEach((name, sql) -> {
            if (!out.contains(SqliteNames.key(name))) madeByKey.put(SqliteNames.key(name), name);
        });
        java.util.Map<String, String> madeSql = new java.util.HashMap<>();
        made.forEach((name, sql) -> madeSql.put(SqliteNames.key(name), sql));
        java.util.Set<String> liveKeys = new java.util.HashSet<>();
        List<String> found = new ArrayList<>();
        for (java.util.Map.Entry<String, String> t : live.entrySet()) {
            liveKeys.add(SqliteNames.key(t.getKey()));
            String expected = madeByKey.containsKey(SqliteNames.key(t.getKey())) ? madeSql.get(SqliteNames.key(t.getKey())) : null;
            if (expected == null) found.add("unexpected virtual table: " + Quoting.doubleQuoted(t.getKey()) + " (no migration creates it)");
            else if (!comparable(expected).equals(comparable(t.getValue()))) {
                found.add("virtual table differs: " + Quoting.doubleQuoted(t.getKey()) + " (not the statement the migrations create)");
            }
        }
        madeByKey.forEach((key, name) -> {
            if (!liveKeys.contains(key)) found.add("virtual table missing: " + Quoting.doubleQuoted(name));
        });
        return found;
    }

    /**
     * A trigger's statement with comments, spacing, a name's quoting and letter case set aside (SQLite builds may requote a name a
     * RENAME rewrote; a comment edit db:repair recorded changes no behaviour); string literals kept as they are.
     */
    private static String comparable(String sql) {
        if (sql == null) return "";
        StringBuilder out = new StringBuilder();
        for (dev.godwit.engine.sql.SqlLexer.Token t : dev.godwit.engine.sql.SqlLexer.significant(sql)) {
            String text = switch (t.kind()) {
                case WORD -> t.text().toLowerCase(java.util.Locale.ROOT);
                case QUOTED -> dev.godwit.engine.sql.SqlLexer.unquote(t.text()).toLowerCase(java.util.Locale.ROOT);
                default -> t.text();
            };
            out.append(text).append(' ');
        }
        return out.toString();
    }

    /**
     * The triggers the migrations create, by name, run on an empty in-memory database; null where they do not run there. A fleet's
     * drift works them out once for all its databases ({@link #triggersMadeOnce}).
     */
    public static java.util.Map<String, String> triggersMadeBy(List<Migration> migrations, Set<String> historyTables) {
        List<java.util.Map<String, String>> both = madeBy(migrations, historyTables);
        return both == null ? null : both.get(0);
    }

    /**
     * The triggers and the virtual tables (an FTS5 index: its shadow tables are plain CREATE TABLEs, not read) the migrations create,
     * each by name, in one run on an empty in-memory database; null where they do not run there.
     */
    private static List<java.util.Map<String, String>> madeBy(List<Migration> migrations, Set<String> historyTables) {
        java.util.Map<String, String> made = new java.util.LinkedHashMap<>();
        java.util.Map<String, String> virtualTables = new java.util.LinkedHashMap<>();
        java.util.Map<String, String> views = new java.util.LinkedHashMap<>();
        try (dev.godwit.engine.db.SqliteDatabase replay = dev.godwit.engine.migrate.InMemoryReplay.of(migrations)) {
            for (java.util.Map<String, Object> r : replay.query("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('trigger', 'table')")) {
                // as the live side reads them: not on a table introspection leaves out (SQLite's, D1's, a history's)
                if (Introspector.excludedPrefix(String.valueOf(r.get("tbl_name"))) != null || historyTables.stream()
                        .anyMatch(h -> SqliteNames.key(h).equals(SqliteNames.key(String.valueOf(r.get("tbl_name")))))) continue;
                String sql = String.valueOf(r.get("sql"));
                if ("trigger".equals(r.get("type"))) made.put(String.valueOf(r.get("name")), sql);
                else if (sql.stripLeading().regionMatches(true, 0, "CREATE VIRTUAL", 0, 14)) virtualTables.put(String.valueOf(r.get("name")), sql);
            }
            // read as the live side's views are read (introspected), so that the two definitions compare
            for (ViewDef v : Introspector.introspect(replay).views()) views.put(v.name(), v.definition() == null ? "" : v.definition());
        } catch (RuntimeException doesNotRunThere) {
            return null;
        }
        return List.of(made, virtualTables, views);
    }

    /**
     * What drift compares beyond the schema model, worked out on first use and kept (one in-memory run for every database a fleet's
     * drift reads): {@link #get} the triggers the migrations create, {@link #virtualTables} their virtual tables; null where they do
     * not run on an empty database.
     */
    public static final class MadeByMigrations implements java.util.function.Supplier<java.util.Map<String, String>> {
        private final List<Migration> migrations;
        private final Set<String> historyTables;
        private boolean done;
        private List<java.util.Map<String, String>> made;

        MadeByMigrations(List<Migration> migrations, Set<String> historyTables) {
            this.migrations = migrations;
            this.historyTables = historyTables;
        }

        private List<java.util.Map<String, String>> made() {
            if (!done) {
                made = madeBy(migrations, historyTables);
                done = true;
            }
            return made;
        }

        @Override
        public synchronized java.util.Map<String, String> get() {
            return made() == null ? null : made().get(0);
        }

        /** The virtual tables the migrations create, by name; null where they do not run on an empty database. */
        public synchronized java.util.Map<String, String> virtualTables() {
            return made() == null ? null : made().get(1);
        }

        /** The views the migrations create, by name, each its SELECT as introspection reads it; null where they do not run on an empty database. */
        public synchronized java.util.Map<String, String> views() {
            return made() == null ? null : made().get(2);
        }
    }

    /** {@link #triggersMadeBy}, worked out on first use and kept: one in-memory run for every database a fleet's drift reads. */
    public static MadeByMigrations triggersMadeOnce(List<Migration> migrations, HistoryTable history) {
        return new MadeByMigrations(migrations, new java.util.HashSet<>(List.of(history.name(), HistoryTable.DRIZZLE_DEFAULT, HistoryTable.WRANGLER_DEFAULT)));
    }

    /**
     * Compares a live database with the migrations: applied migrations whose file changed, migrations
     * applied there that are not in the folder, pending migrations, and (when it is up to date)
     * objects changed outside migrations.
     */
    public static List<Finding> drift(Database db, HistoryTable history, List<Migration> migrations, SchemaDef recorded) {
        return drift(db, history, migrations, recorded, "");
    }

    /**
     * As {@link #drift(Database, HistoryTable, List, SchemaDef)}, the commands it names carrying {@code commandArgs}: what picked
     * the database (-Ddb.d1.databaseId=ID for a fleet's, the run's -Ddb.env...), without which they work on another database.
     */
    public static List<Finding> drift(Database db, HistoryTable history, List<Migration> migrations, SchemaDef recorded, String commandArgs) {
        return drift(db, history, migrations, recorded, commandArgs, triggersMadeOnce(migrations, history));
    }

    /** As {@link #drift(Database, HistoryTable, List, SchemaDef, String)}, with the triggers the migrations create given ({@link #triggersMadeOnce}). */
    public static List<Finding> drift(Database db, HistoryTable history, List<Migration> migrations, SchemaDef recorded, String commandArgs,
                                      java.util.function.Supplier<java.util.Map<String, String>> made) {
        return drift(db, history, migrations, recorded, commandArgs, made, dev.godwit.engine.introspect.TablesFilter.ALL);
    }

    /**
     * As {@link #drift(Database, HistoryTable, List, SchemaDef, String, java.util.function.Supplier)}, the database's tables
     * {@code filter} does not keep ({@code -Ddb.tablesFilter}: another system's) left out as the history is; the migrations'
     * schema declaring one of them is refused.
     */
    public static List<Finding> drift(Database db, HistoryTable history, List<Migration> migrations, SchemaDef recorded, String commandArgs,
                                      java.util.function.Supplier<java.util.Map<String, String>> made, dev.godwit.engine.introspect.TablesFilter filter) {
        return drift(db, history, migrations, recorded, commandArgs, made, filter, EngineLog.SILENT);
    }

    /**
     * As above, saying to {@code log} which table holding drizzle-orm's history under another name it leaves out (no table of the
     * schema: it was "unexpected table", with the advice to declare it).
     */
    public static List<Finding> drift(Database db, HistoryTable history, List<Migration> migrations, SchemaDef recorded, String commandArgs,
                                      java.util.function.Supplier<java.util.Map<String, String>> made, dev.godwit.engine.introspect.TablesFilter filter,
                                      EngineLog log) {
        return drift(db, history, migrations, recorded, commandArgs, made, filter, log, null);
    }

    /**
     * As above, the refusals' way back to before a migration taken from {@code wayBack}'s records ({@link Migrator#withWayBack}): a
     * fleet member's is the startedAt of the fleet apply's report, as that apply's own refusal says (a fleet apply keeps no bookmark,
     * so "the bookmark db:apply printed, .godwit/d1-bookmarks.log keeps each" sent the user to a log without it); null: the
     * single database's wording.
     */
    public static List<Finding> drift(Database db, HistoryTable history, List<Migration> migrations, SchemaDef recorded, String commandArgs,
                                      java.util.function.Supplier<java.util.Map<String, String>> made, dev.godwit.engine.introspect.TablesFilter filter,
                                      EngineLog log, dev.godwit.engine.restore.WayBack wayBack) {
        return drift(db, history, migrations, recorded, commandArgs, made, filter, log, wayBack, null);
    }

    /**
     * As above, for {@code db:verify -Ddb.drift -Ddb.upTo=N} ({@code upTo}: N as it was given; {@code migrations} those up to it):
     * the migrations before N not applied are to be applied with {@code mvn db:apply -Ddb.upTo=N}, which the finding says; a bare
     * "Run mvn db:apply" applied the ones after N too, those the setting leaves pending on purpose. Null: no -Ddb.upTo.
     */
    public static List<Finding> drift(Database db, HistoryTable history, List<Migration> migrations, SchemaDef recorded, String commandArgs,
                                      java.util.function.Supplier<java.util.Map<String, String>> made, dev.godwit.engine.introspect.TablesFilter filter,
                                      EngineLog log, dev.godwit.engine.restore.WayBack wayBack, String upTo) {
        filter.refuseDeclaredOutside(recorded, "The migrations' schema");
        // on D1 one request for the reads each database's drift makes whatever its schema (7 requests before: 5,000 databases of a
        // fleet took 2 h 39 min at Cloudflare's 1,100 requests per 5 minutes); without the history's rows where that fails (no history yet)
        List<Database.Read> ahead = driftReads(history, filter);
        if (!db.readAhead(ahead)) db.readAhead(ahead.stream().filter(r -> !r.sql().equals(history.readSql())).toList());
        try {
            return compare(db, history, migrations, recorded, commandArgs, made, filter, log, wayBack, upTo);
        } finally {
            db.readAhead(List.of());   // what was read ahead and not asked (the comparison not reached) is not kept for later reads
        }
    }

    /**
     * The reads {@link #drift} makes of every database, in their order, whatever its schema: the history's layout and rows, the
     * tables holding drizzle-orm's history under another name, the names {@code filter} reads, and the introspection's catalog
     * queries ({@link Introspector#catalogReads}).
     */
    static List<Database.Read> driftReads(HistoryTable history, dev.godwit.engine.introspect.TablesFilter filter) {
        List<Database.Read> reads = new ArrayList<>();
        reads.add(HistoryTable.findRead(history));
        reads.add(Database.Read.of(history.readSql()));
        reads.add(Database.Read.of(HistoryTable.DRIZZLE_LAYOUT_NAMES));
        reads.addAll(filter.reads());
        reads.addAll(Introspector.catalogReads());
        return reads;
    }

    private static List<Finding> compare(Database db, HistoryTable history, List<Migration> migrations, SchemaDef recorded, String commandArgs,
                                         java.util.function.Supplier<java.util.Map<String, String>> made, dev.godwit.engine.introspect.TablesFilter filter,
                                         EngineLog log, dev.godwit.engine.restore.WayBack wayBack, String upTo) {
        String args = commandArgs == null ? "" : commandArgs;
        List<Finding> findings = new ArrayList<>();
        Migrator migrator = new Migrator(db, history, EngineLog.SILENT).withCommandArgs(args).withTablesFilter(filter);   // its refusal's commands too
        if (wayBack != null) migrator.withWayBack(wayBack);
        List<MigrationState> states = migrator.status(migrations);
        String repair = "mvn db:repair" + (db.capabilities().remote() ? "" : " -Dlocal") + args;
        List<String> pending = new ArrayList<>();
        List<String> foreign = new ArrayList<>();   // rows of migrations the folder lacks, with nothing here to pair them with
        // the edited files git has as they are: one git call for them all (a git that hangs costs its 10 s once, not per file)
        java.util.Set<java.nio.file.Path> asCommittedFiles = dev.godwit.engine.folder.VersionControl.asCommitted(states.stream()
                .filter(s -> s.state() == MigrationState.State.CHECKSUM_MISMATCH && dev.godwit.engine.migrate.HistoryCheck.recordedEdit(s.migration()) == null)
                .map(s -> s.migration().file()).toList());
        for (MigrationState s : states) {
            switch (s.state()) {
                case PENDING -> pending.add(s.name());
                case CHECKSUM_MISMATCH -> {
                    String recordedEdit = dev.godwit.engine.migrate.HistoryCheck.recordedEdit(s.migration());
                    boolean asCommitted = recordedEdit == null && asCommittedFiles.contains(s.migration().file());
                    findings.add(new Finding(Finding.Kind.DRIFT, asCommitted
                            ? s.migration().fileName() + " is recorded in " + history.name() + " on " + db.describe() + " with other SQL than the file,"
                                    + " which is as version control has it (git status lists no change), so restoring it changes nothing. "
                                    + dev.godwit.engine.migrate.HistoryCheck.asCommittedWhy(List.of(s), repair)
                            : recordedEdit != null
                            ? s.migration().fileName() + " was edited on purpose after it was applied, and the edit recorded with db:repair on another"
                                    + " database (" + recordedEdit + " records this SQL as an edit), not yet on " + db.describe() + ": run " + repair
                            : s.migration().fileName() + " was changed after it was applied to " + db.describe() + ": restore it from version"
                                    + " control and put new changes in a new migration; if the edit is deliberate (a comment, a reviewed fix),"
                                    + " record it with " + repair));
                }
                case MISSING_LOCALLY -> {
                    // as db:status tells them apart: a copy of a migration's row, a moved migration's row, or another branch's
                    MigrationState original = Migrator.copied(states, s.applied());
                    if (original != null) {
                        findings.add(new Finding(Finding.Kind.DRIFT, db.describe() + " records " + original.name() + " twice: " + s.name() + "; "
                                + repair + " removes the copy (keeping one row)"));
                    } else if (s.sameSqlAs() != null) {
                        findings.add(new Finding(Finding.Kind.DRIFT, db.describe() + " records the SQL of " + s.sameSqlAs() + " as " + s.name()
                                + ", under the \"when\" it had before db:rebase or a merge moved it: " + repair + " moves that row, so that it does"
                                + " not run again"));
                    } else {
                        foreign.add(s.name());   // said below, in one finding where there are many
                    }
                }
                case SKIPPED -> findings.add(new Finding(Finding.Kind.DRIFT, s.migration().fileName() + " is older than the last migration applied to "
                        + db.describe() + " but was never applied there: move its changes into a new migration"));
                default -> {
                }
            }
        }
        if (foreign.size() > dev.godwit.engine.migrate.HistoryCheck.SHOWN) {
            // a squashed folder's old rows: one finding, not hundreds
            findings.add(new Finding(Finding.Kind.DRIFT, db.describe() + " records " + foreign.size() + " migrations that are not in the folder"
                    + " (applied from another branch, or the folder squashed?): " + dev.godwit.engine.migrate.HistoryCheck.someOf(foreign,
                    repair.replace("db:repair", "db:status") + " lists them all") + ". Merge that branch, or, if they were abandoned or squashed, "
                    + repair + " removes them (and records the migrations whose schema the database has)"));
        } else {
            for (String name : foreign) {
                findings.add(new Finding(Finding.Kind.DRIFT, db.describe() + " records migration " + name
                        + " that is not in the folder (applied from another branch?): merge that branch, or restore the migration"));
            }
        }
        if (!pending.isEmpty()) {
            // "Run db:apply" only where db:apply would apply them; else its refusal, with what it says to do
            String refusal = migrator.applyRefusal(states);
            // and, as db:status, the statement db:apply fails at on an empty copy of the schema (read once: on D1 the refusal's
            // check of the schema read it already); "Run mvn db:apply" led to "duplicate column name" on a database db:push moved
            String fails = refusal == null ? migrator.pendingFailure(states) : null;
            findings.add(new Finding(Finding.Kind.DRIFT, pending.size() + " migration(s) are not applied to " + db.describe() + ": "
                    + dev.godwit.engine.migrate.HistoryCheck.someOf(pending, repair.replace("db:repair", "db:status") + " lists them all")
                    + (refusal != null ? "; db:apply refuses them before sending anything: " + refusal
                    : fails != null ? "; " + fails
                    : ". Run mvn db:apply" + (db.capabilities().remote() ? "" : " -Dlocal") + args
                    + (upTo == null || upTo.isBlank() ? "" : " -Ddb.upTo=" + upTo.strip()))));
            // and a change made by hand behind them (a table dropped in the studio): compared with what the applied ones make, it is
            // said now, not by the apply that then fails on it (a trial saw only "not applied", then "no such table")
            // nor where the trial found what they make there already (db:push's): "make it part of the schema code and run db:generate"
            // was said of a column the code declares and a pending migration adds; the trial's way on (db:push, db:baseline) settles it
            boolean madeAlready = fails != null && (fails.contains("already exists") || fails.contains("duplicate column name"));
            List<Migration> applied = refusal == null && !madeAlready ? appliedInOrder(states) : null;   // refused: the refusal says what to do (db:push's baseline)
            if (applied != null) {
                SchemaDef appliedMake;
                try (dev.godwit.engine.db.SqliteDatabase replay = dev.godwit.engine.migrate.InMemoryReplay.of(applied)) {
                    appliedMake = Introspector.introspect(replay);   // hand-written ones too, which no snapshot shows
                } catch (RuntimeException doesNotRunOnAnEmptyDatabase) {
                    return findings;
                }
                List<String> differences = differences(Introspector.inspect(db, leftOutBy(db, history, filter, log)).schema(), appliedMake);
                if (!differences.isEmpty()) {
                    findings.add(new Finding(Finding.Kind.DRIFT, db.describe() + " was changed outside the migrations (compared with what the"
                            + " migrations applied there make):\n    " + String.join("\n    ", differences)
                            + "\n  Undo the manual change, or make it part of the schema code and run mvn db:generate"));
                }
            }
            return findings;
        }
        Set<String> leftOut = leftOutBy(db, history, filter, log);
        dev.godwit.engine.introspect.IntrospectionResult inspected = Introspector.inspect(db, leftOut);
        SchemaDef live = inspected.schema();
        // the live side written as the planner writes too: a database made by hand (then pulled) holds a default '--> statement-breakpoint'
        // as given, which the migrations write as an equal concatenation, and reported it as changed outside them
        List<String> differences = new ArrayList<>(differences(SqlitePlanner.asWritten(live), SqlitePlanner.asWritten(recorded)));
        differences.addAll(triggerDifferences(inspected.triggers(), made.get()));
        MadeByMigrations byMigrations = made instanceof MadeByMigrations m ? m
                : new MadeByMigrations(migrations, Set.of(history.name(), HistoryTable.DRIZZLE_DEFAULT, HistoryTable.WRANGLER_DEFAULT));
        differences = viewsMadeByMigrations(differences, live, recorded, byMigrations.views(), leftOut, filter);
        differences.addAll(virtualTableDifferences(inspected.virtualTables(), byMigrations.virtualTables(), leftOut));
        differences = new ArrayList<>(differences);   // the squash's lost triggers are taken out, said on their own
        String squashed = squashLost(differences, migrations, db);
        if (squashed != null) findings.add(new Finding(Finding.Kind.DRIFT, squashed));
        if (!differences.isEmpty()) {
            findings.add(new Finding(Finding.Kind.DRIFT, db.describe() + " was changed outside the migrations:\n    " + String.join("\n    ", differences)
                    + "\n  " + wayOn(differences) + otherSystems(differences)));
        }
        return findings;
    }

    /**
     * What the D1 an apply to wrangler's local D1 file stands for computes otherwise than this SQLite, for a statement D1 takes:
     * the warnings {@link dev.godwit.engine.migrate.PendingStatements} gives there, in its words ({@link D1Rules#olderWranglerLocalD1Lacks},
     * {@link D1Rules#localTimeDiffers}, {@link D1Rules#olderSqliteComputesOtherwise}), joined into one; null for none.
     */
    static String computedOtherwise(String statement) {
        List<String> reasons = new ArrayList<>();
        for (String r : new String[] {D1Rules.olderWranglerLocalD1Lacks(statement), D1Rules.localTimeDiffers(statement),
                D1Rules.olderSqliteComputesOtherwise(statement)}) {
            if (r != null) reasons.add(r);
        }
        return reasons.isEmpty() ? null : String.join("; and ", reasons);
    }

    /**
     * Why a migration whose checksum file records another file name ({@link MigrationsFolder#NAME}) than its own fails, in wrangler's
     * layout: renamed with its journal tag and checksum file, it passed every other check, while {@code table}, keyed by file name,
     * has it under the old name on each database that applied it. Null where the names agree or the file records none.
     */
    static String renamedSinceGenerated(MigrationsFolder folder, Migration m, String table) {
        String was = folder.recordedName(m.tag());
        if (!m.renamedSince(was) || folder.readSum(m.entry()) == null) return null;
        String wasTag = was.endsWith(".sql") ? was.substring(0, was.length() - ".sql".length()) : was;
        String sum = folder.relative(folder.sumFile(m.tag()));
        List<String> back = new ArrayList<>();
        back.add("git mv " + folder.relative(m.file()) + " " + folder.relative(folder.sqlFile(wasTag)));
        back.add("git mv " + sum + " " + folder.relative(folder.sumFile(wasTag)));
        if (!folder.snapshotFile(m.tag()).equals(folder.snapshotFile(wasTag))) {
            back.add("git mv " + folder.relative(folder.snapshotFile(m.tag())) + " " + folder.relative(folder.snapshotFile(wasTag)));
        }
        return folder.relative(m.file()) + " was generated as " + was + " (" + sum + " records name=" + was + ") and renamed since, with its"
                + " journal tag and checksum file. " + table + ", wrangler's history, records migrations by file name alone: every database"
                + " that applied it as " + was + " would run it again as " + m.fileName() + " (wrangler d1 migrations apply runs it; db:apply"
                + " refuses, the database recording " + was + ", a migration the folder does not have"
                + (java.util.Objects.equals(dev.godwit.engine.folder.Tags.number(was), dev.godwit.engine.folder.Tags.number(m.fileName()))
                        ? ", and db:status pairs the two by their number: \"this file renamed?\"" : "") + "). Rename it back: " + String.join(", ", back) + ", and the tag " + m.tag() + " in "
                + folder.relative(folder.journalFile()) + " back to " + wasTag + ". If the new name is meant, run mvn db:repair on every"
                + " database that applied it: it renames the row in " + table + " (where the new name keeps the number and the database has"
                + " the schema the row stands for) and records the new name in " + sum;
    }

    /**
     * The triggers among {@code differences} ("unexpected trigger: ...") that db:repair recorded as lost in a squash
     * ({@link dev.godwit.engine.folder.MigrationsFolder#SQUASH_LOST_TRIGGER}), taken out of them and said as what they are, with
     * the repair's way on: nobody changed this database outside the migrations, the squashed custom migrations made them and the
     * baseline does not. Null where there are none.
     */
    private static String squashLost(List<String> differences, List<Migration> migrations, Database db) {
        if (migrations.isEmpty() || differences.stream().noneMatch(d -> d.startsWith("unexpected trigger: "))) return null;
        java.nio.file.Path dir = migrations.get(0).file() == null ? null : migrations.get(0).file().getParent();
        if (dir == null) return null;
        dev.godwit.engine.folder.MigrationsFolder folder = dev.godwit.engine.folder.MigrationsFolder.at(dir);
        Map<String, String> lost = folder.squashLostTriggers(migrations);
        if (lost.isEmpty()) return null;
        List<String> names = new ArrayList<>();
        String baseline = null;
        for (java.util.Iterator<String> it = differences.iterator(); it.hasNext(); ) {
            String d = it.next();
            if (!d.startsWith("unexpected trigger: ") || !d.endsWith(" (no migration creates it)")) continue;
            String quoted = d.substring("unexpected trigger: ".length(), d.length() - " (no migration creates it)".length());
            String name = quoted.substring(1, quoted.length() - 1).replace("\"\"", "\"");
            String tag = lost.get(SqliteNames.key(name));
            if (tag == null) continue;
            it.remove();
            names.add(quoted);
            baseline = baseline == null ? tag : baseline;
        }
        if (names.isEmpty()) return null;
        String folderName = folder.relative(folder.dir());
        boolean one = names.size() == 1;
        String them = one ? "it" : "them";
        return db.describe() + " has trigger" + (one ? " " : "s ") + String.join(", ", names) + ", which the squash into " + baseline + " lost (db:repair"
                + " recorded so in " + folder.relative(folder.sumFile(baseline)) + "): the squashed custom migrations made " + them + ", and no"
                + " migration of " + folderName + " creates " + them + " now, so a database built from " + folderName + " (a new developer's, CI's)"
                + " lacks " + them + "; " + (one ? "it was" : "they were") + " not made outside the migrations. Keep " + them + " in a custom"
                + " migration (mvn db:generate -Ddb.custom) holding the CREATE TRIGGER statement" + (one ? "" : "s") + " from the squashed"
                + " migrations (git log -- " + folderName + " finds them; SELECT sql FROM sqlite_master WHERE type = 'trigger' here), each written"
                + " CREATE TRIGGER IF NOT EXISTS, as this database has " + them + " already";
    }

    /**
     * For a table the migrations do not make: if it is another system's (not the schema code's), -Ddb.tablesFilter leaves it out,
     * as drizzle-kit's tablesFilter; "make it part of the schema code" alone is advice that fails on that database.
     */
    private static String otherSystems(List<String> differences) {
        List<String> tables = differences.stream().filter(d -> d.startsWith("unexpected table: "))
                .map(d -> d.substring("unexpected table: ".length()).replaceAll("^\"|\"$", "")).toList();
        if (tables.isEmpty()) return "";
        // its views too (legacy_report over legacy_kv): the filter matches a view by its name, and naming the table alone left them unexpected
        List<String> unexpected = new ArrayList<>(tables);
        differences.stream().filter(d -> d.startsWith(UNEXPECTED_VIEW)).map(d -> d.substring(UNEXPECTED_VIEW.length()).replaceAll("^\"|\"$", ""))
                .forEach(unexpected::add);
        String those = unexpected.size() == tables.size() ? (tables.size() == 1 ? "that table is" : "those tables are")
                : tables.size() == 1 && unexpected.size() == 2 ? "that table and view are" : "those tables and views are";
        return "\n  If " + those + " another system's, not the schema code's, leave "
                + (unexpected.size() == 1 ? "it" : "them") + " out: -Ddb.tablesFilter=" + String.join(",", unexpected.stream().map(n -> "!" + n).toList())
                + " (or <tablesFilter> in the plugin's configuration; db:push and db:pull leave such tables alone too)";
    }

    /** The tables drift leaves out: the history, drizzle-orm's under another name (said to {@code log}), those {@code filter} does not keep. */
    private static Set<String> leftOutBy(Database db, HistoryTable history, dev.godwit.engine.introspect.TablesFilter filter, EngineLog log) {
        return filter.leftOut(db, HistoryTable.withDrizzleHistoriesNamedOtherwise(db, Set.of(history.name()), log, "Leaving table %s out of the comparison"));
    }

    /**
     * The way on for changes made outside the migrations: into the schema code, but a trigger, which it has no place for, into a
     * custom migration (a database db:pull read keeps its triggers so: "make it part of the schema code" could not be followed),
     * each kind of trigger change with the statements that carry it: one made outside them created IF NOT EXISTS, one changed
     * dropped and created as the database has it, one gone dropped IF EXISTS.
     */
    private static String wayOn(List<String> differences) {
        List<String> ways = new ArrayList<>();
        if (differences.stream().anyMatch(d -> !d.startsWith("unexpected trigger: ") && !d.startsWith("trigger ")
                && !d.startsWith("unexpected virtual table: ") && !d.startsWith("virtual table ") && !leftToMigrations(d))) {
            ways.add("make them part of the schema code and run mvn db:generate");
        }
        if (differences.stream().anyMatch(d -> d.startsWith("unexpected trigger: "))) {
            ways.add("keep a trigger made outside them in a custom migration (mvn db:generate -Ddb.custom) holding its CREATE TRIGGER, written"
                    + " CREATE TRIGGER IF NOT EXISTS (this database has it already; the schema code has no place for triggers)");
        }
        if (differences.stream().anyMatch(d -> d.startsWith("trigger differs: "))) {
            ways.add("keep a trigger changed outside them in a custom migration holding DROP TRIGGER IF EXISTS and then its CREATE TRIGGER as"
                    + " this database has it (SELECT sql FROM sqlite_master WHERE type = 'trigger')");
        }
        if (differences.stream().anyMatch(d -> d.startsWith("trigger missing: "))) {
            ways.add("for a trigger dropped outside them that is meant to go, a custom migration holding DROP TRIGGER IF EXISTS with its name");
        }
        if (differences.stream().anyMatch(d -> d.startsWith("unexpected virtual table: "))) {
            ways.add("keep a virtual table made outside them in a custom migration (mvn db:generate -Ddb.custom) holding its CREATE VIRTUAL TABLE,"
                    + " written CREATE VIRTUAL TABLE IF NOT EXISTS (this database has it already; the schema code has no place for virtual tables,"
                    + " so without it a new database has none)");
        }
        if (differences.stream().anyMatch(d -> d.startsWith("virtual table differs: "))) {
            ways.add("keep a virtual table changed outside them in a custom migration holding DROP TABLE IF EXISTS and then its CREATE VIRTUAL"
                    + " TABLE as this database has it (SELECT sql FROM sqlite_master WHERE name = '...'); an FTS index is then rebuilt from its content");
        }
        if (differences.stream().anyMatch(d -> d.startsWith("virtual table missing: "))) {
            ways.add("create a virtual table the migrations make again with its CREATE VIRTUAL TABLE from them, or, for one dropped outside them"
                    + " that is meant to go, a custom migration holding DROP TABLE IF EXISTS with its name");
        }
        if (differences.stream().anyMatch(Verifier::leftToMigrations)) {
            // the schema code declares such a view existing (or not at all): db:generate writes nothing for it
            ways.add("for a view the migrations create, changed or dropped outside them, create it again as they do (DROP VIEW IF EXISTS, then"
                    + " their CREATE VIEW), or keep the change in a custom migration (mvn db:generate -Ddb.custom) holding DROP VIEW IF EXISTS and"
                    + " then its CREATE VIEW as this database has it (SELECT sql FROM sqlite_master WHERE type = 'view'), or, for one dropped"
                    + " that is meant to go, DROP VIEW IF EXISTS alone");
        }
        if (ways.size() == 1 && ways.get(0).startsWith("make them")) return "Undo the manual change, or make it part of the schema code and run mvn db:generate";
        return (differences.size() == 1 ? "Undo the manual change, or " : "Undo the manual changes, or ") + String.join("; ", ways);
    }

    /** The words {@link #viewsMadeByMigrations} ends a missing view's difference with, and puts after a changed view's name. */
    private static final String MIGRATIONS_CREATE_IT = " (the migrations create it)";
    private static final String NOT_AS_MIGRATIONS_CREATE = ": its SELECT is not the one the migrations create";

    /** A difference of a view the schema leaves to the migrations ({@link #viewsMadeByMigrations}). */
    private static boolean leftToMigrations(String difference) {
        return difference.startsWith("view missing: ") && difference.endsWith(MIGRATIONS_CREATE_IT)
                || difference.startsWith("differs: view ") && difference.contains(NOT_AS_MIGRATIONS_CREATE);
    }

    /**
     * The migrations applied to a database, where they are the folder's first ones in order; null where that cannot be told (one
     * skipped or edited, a row the folder lacks, a pending one whose SQL a row records).
     */
    private static List<Migration> appliedInOrder(List<MigrationState> states) {
        List<Migration> out = new ArrayList<>();
        boolean pendingSeen = false;
        for (MigrationState s : states) {
            if (s.migration() == null || s.sameSqlAs() != null) return null;
            if (s.state() == MigrationState.State.PENDING) pendingSeen = true;
            else if (s.state() == MigrationState.State.APPLIED && !pendingSeen) out.add(s.migration());
            else return null;
        }
        return out;
    }

    /** What would have to change in {@code actual} to get {@code expected}, described for a person. */
    public static List<String> differences(SchemaDef actual, SchemaDef expected) {
        SchemaDiff diff = SchemaDiffer.diff(actual, expected, RenameResolver.NO_RENAMES);
        List<String> out = new ArrayList<>();
        // an index or view redefined by hand is a drop and a create of one name to the differ: one "differs" line to a person
        Set<String> dropped = new java.util.HashSet<>();
        Map<String, Change> droppedAs = new java.util.HashMap<>();   // what the database has, to say which part differs
        for (Change c : diff.changes()) {
            if (c instanceof Change.DropIndex i) dropped.add("index " + SqliteNames.key(i.index().name()));
            if (c instanceof Change.DropView v) dropped.add("view " + SqliteNames.key(v.view().name()));
            if (c instanceof Change.DropIndex i) droppedAs.put("index " + SqliteNames.key(i.index().name()), c);
            if (c instanceof Change.DropView v) droppedAs.put("view " + SqliteNames.key(v.view().name()), c);
        }
        Set<String> redefined = new java.util.HashSet<>();
        for (Change c : diff.changes()) {
            String created = c instanceof Change.CreateIndex i ? "index " + SqliteNames.key(i.index().name())
                    : c instanceof Change.CreateView v ? "view " + SqliteNames.key(v.view().name()) : null;
            if (created != null && dropped.contains(created)) redefined.add(created);
        }
        for (Change c : diff.changes()) {
            // a view the schema declares existing is managed outside the schema code (a custom migration, by hand): any definition is its
            if (c instanceof Change.DropView v && expected.view(v.view().name()).map(ViewDef::existing).orElse(false)) continue;
            if (c instanceof Change.DropIndex i && redefined.contains("index " + SqliteNames.key(i.index().name()))) continue;
            if (c instanceof Change.DropView v && redefined.contains("view " + SqliteNames.key(v.view().name()))) continue;
            if (c instanceof Change.CreateIndex i && redefined.contains("index " + SqliteNames.key(i.index().name()))) {
                IndexDef has = ((Change.DropIndex) droppedAs.get("index " + SqliteNames.key(i.index().name()))).index();
                out.add("differs: index \"" + i.index().name() + "\" on \"" + i.table() + "\"" + whatDiffers(has, i.index()) + " (to match: " + c.describe() + ")");
            } else if (c instanceof Change.CreateView v && redefined.contains("view " + SqliteNames.key(v.view().name()))) {
                // a red-team review read "differs: view" without knowing which side held what
                out.add("differs: view \"" + v.view().name() + "\": its SELECT (to match: " + c.describe() + ")");
            } else {
                out.add(describeDifference(c));
            }
        }
        return out;
    }

    /** Which part of an index differs, the database's ({@code has}) against the expected one: ": its WHERE (here: ...)". */
    private static String whatDiffers(IndexDef has, IndexDef expected) {
        List<String> parts = new ArrayList<>();
        if (has.unique() != expected.unique()) parts.add(has.unique() ? "UNIQUE here, not expected" : "not UNIQUE here");
        List<String> hasKeys = has.keys().stream().map(IndexDef.Key::text).toList();
        List<String> expectedKeys = expected.keys().stream().map(IndexDef.Key::text).toList();
        if (!hasKeys.equals(expectedKeys)) parts.add("its keys (here: " + String.join(", ", hasKeys) + ")");
        if (!java.util.Objects.equals(has.where(), expected.where())) parts.add("its WHERE (here: " + (has.where() == null ? "none" : has.where()) + ")");
        return parts.isEmpty() ? "" : ": " + String.join(", ", parts);
    }

    private static final String UNEXPECTED_VIEW = "unexpected view: ";
    private static final String UNEXPECTED_TABLE = "unexpected table: ";
    /** Of the unexpected tables among {@code differences}, those a hand-written migration (no checksum in meta/_sums) creates: table to migration file. */
    private static Map<String, String> tablesCreatedByHand(List<String> differences, List<Migration> migrations) {
        Map<String, String> unexpected = new java.util.LinkedHashMap<>();   // key -> the name as the difference gives it
        for (String d : differences) {
            if (d.startsWith(UNEXPECTED_TABLE)) {
                String table = d.substring(UNEXPECTED_TABLE.length() + 1, d.length() - 1);
                unexpected.put(SqliteNames.key(table), table);
            }
        }
        Map<String, String> out = new java.util.LinkedHashMap<>();
        if (unexpected.isEmpty()) return out;
        for (Migration m : migrations) {
            if (LossDeclaration.generated(m)) continue;
            for (String st : m.statements()) {
                String created = dev.godwit.engine.sql.StatementKind.createdTable(st);
                String table = created == null ? null : unexpected.get(SqliteNames.key(created));
                if (table != null) out.put(table, m.fileName());
            }
        }
        return out;
    }

    /** The way on for tables a hand-written migration creates and the schema does not declare: db:generate alone finds nothing to add. */
    private static String handMadeAdvice(Map<String, String> handMade) {
        List<String> each = new ArrayList<>();
        handMade.forEach((t, file) -> each.add(Quoting.doubleQuoted(t) + " (" + file + ")"));
        return "\n  " + String.join(", ", each) + (handMade.size() == 1 ? " is" : " are") + " created by a migration db:generate did not write, and the"
                + " schema does not declare " + (handMade.size() == 1 ? "it" : "them") + " (db:generate adds nothing: the snapshots do not know "
                + (handMade.size() == 1 ? "it" : "them") + "). To keep " + (handMade.size() == 1 ? "it" : "them") + ", declare "
                + (handMade.size() == 1 ? "it" : "them") + " in the schema and run mvn db:generate, then delete from the new migration the"
                + " CREATE TABLE it writes for " + (handMade.size() == 1 ? "it" : "them") + " (the earlier migration creates "
                + (handMade.size() == 1 ? "it" : "them") + " already; where nothing else is left in it, write SELECT 1; there, as a migration"
                + " holding no SQL is refused) and record that edit with mvn db:repair -Dlocal; or, if that migration is"
                + " applied nowhere yet, move the CREATE TABLE out of it into the schema instead. Not to keep " + (handMade.size() == 1 ? "it" : "them")
                + ", drop " + (handMade.size() == 1 ? "it" : "them") + " in a custom migration (mvn db:generate -Ddb.custom).";
    }

    private static String describeDifference(Change c) {
        String d = c.describe();
        if (c instanceof Change.CreateTable) return "table missing: " + d.substring("create table ".length());
        if (c instanceof Change.DropTable t) return "unexpected table: \"" + t.def().name() + "\"";
        if (c instanceof Change.AddColumn a) return "column missing: \"" + a.table() + "\".\"" + a.column().name() + "\"";
        if (c instanceof Change.DropColumn a) return "unexpected column: \"" + a.table() + "\".\"" + a.column().name() + "\"";
        // what the database has beyond the migrations is named as found there, not as the statement that would remove it
        if (c instanceof Change.DropIndex i) return "unexpected index: \"" + i.index().name() + "\" on \"" + i.table() + "\"";
        if (c instanceof Change.CreateIndex i) return "index missing: \"" + i.index().name() + "\" on \"" + i.table() + "\"";
        if (c instanceof Change.DropView v) return UNEXPECTED_VIEW + "\"" + v.view().name() + "\"";
        return "differs: " + d;
    }
}
