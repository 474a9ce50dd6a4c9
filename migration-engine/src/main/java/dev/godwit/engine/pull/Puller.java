package dev.godwit.engine.pull;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.folder.FolderEdit;
import dev.godwit.engine.folder.FolderLock;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.GenerateResult;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.introspect.IntrospectionResult;
import dev.godwit.engine.introspect.Introspector;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.plan.SqlitePlanner;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.schema.model.SchemaDef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code db:pull}: introspects a database into Java schema classes (one per table) and writes a
 * baseline migration for it, recorded as already applied there, so the next {@code db:generate}
 * finds nothing to do and {@code db:apply} does not create the existing tables again (drizzle-kit's
 * pull, Flyway's baseline). Refuses before writing anything when a source file exists (without
 * overwrite) or the migrations folder already has migrations.
 */
public final class Puller {

    public static final String BASELINE_NAME = "pulled";

    private final Database db;
    private final HistoryTable history;
    private final EngineLog log;

    public Puller(Database db, HistoryTable history, EngineLog log) {
        this.db = db;
        this.history = history;
        this.log = log;
    }

    private dev.godwit.engine.introspect.TablesFilter tablesFilter = dev.godwit.engine.introspect.TablesFilter.ALL;

    /** The tables that are the schema code's ({@code -Ddb.tablesFilter}): only those are pulled. */
    public Puller withTablesFilter(dev.godwit.engine.introspect.TablesFilter filter) {
        this.tablesFilter = filter == null ? dev.godwit.engine.introspect.TablesFilter.ALL : filter;
        return this;
    }

    private java.time.Duration lockTimeout = FolderLock.DEFAULT_TIMEOUT;

    /** How long {@link #pull} waits for another goal's lock on the folder ({@code -Ddb.lockTimeout}; zero: refuses at once). */
    public Puller withLockTimeout(java.time.Duration timeout) {
        this.lockTimeout = timeout;
        return this;
    }

    private Path yamlFile;

    /**
     * Pulls into one YAML descriptor, {@code file}, in place of Java classes ({@code -Ddb.pull.format=yaml}); {@link #pull}'s
     * {@code sourceDir} and {@code javaPackage} are then not read. Null: Java classes.
     */
    public Puller withYamlFile(Path file) {
        this.yamlFile = file;
        return this;
    }

    /** Into a YAML descriptor ({@link #withYamlFile}): the sources' folder is its folder, and no package. */
    public PullResult pull(Path sourceDir, String javaPackage, MigrationsFolder folder, boolean overwrite) {
        if (yamlFile != null) {
            Path file = yamlFile.toAbsolutePath().normalize();
            sourceDir = file.getParent();
            javaPackage = "";
        }
        // held from counting the folder's migrations to writing the baseline: a migration another goal writes meanwhile is not
        // overlooked (a baseline beside it), and the baseline's own db:generate nests in it
        try (FolderLock held = FolderLock.take(folder, "db:pull", lockTimeout, log::info)) {
            return pullHeld(sourceDir, javaPackage, folder, overwrite);
        }
    }

    private PullResult pullHeld(Path sourceDir, String javaPackage, MigrationsFolder folder, boolean overwrite) {
        // a pull stopped while it put its sources in place: finished first, so they are all of that pull's, not a mix
        FolderEdit.finishInterrupted(sourcesFolder(sourceDir, javaPackage, folder), log);
        // drizzle-orm's history under a name Godwit was not told is no table of the schema: not pulled as one
        Set<String> histories = HistoryTable.withDrizzleHistoriesNamedOtherwise(db, Set.of(history.name()), log, "Not pulling table %s");
        IntrospectionResult introspected = Introspector.inspect(db, tablesFilter.leftOut(db, histories));
        // a table's ON CONFLICT / DEFERRABLE clauses in one warning that says what comes of losing them
        List<String> warnings = LostClauses.grouped(introspected.warnings(), introspected.unmodelled());
        // A literal holding drizzle's breakpoint marker was written as a concatenation by our planner: pulled as it was declared.
        SchemaDef schema = ViewsOverLeftOutTables.keepAsExisting(db, SqlitePlanner.asDeclared(introspected.schema()), warnings);
        if (schema.tables().isEmpty() && schema.views().isEmpty()) {
            throw new PullException(db.describe() + " has no tables to pull (tables of the tooling such as " + history.name()
                    + ", _cf_* and sqlite_* are left out" + (tablesFilter.isEmpty() ? "" : ", and those tablesFilter " + tablesFilter.describe()
                    + " does not keep") + ").");
        }
        // What the schema code could not declare (a column SQLite lets go without a type, a foreign key to a missing table) is said
        // now, before anything is written: the pulled sources would not compile into a valid schema.
        DanglingReferences.Found dangling = DanglingReferences.in(schema, tablesFilter);
        List<String> invalid = new ArrayList<>(introspected.unresolvedForeignKeys());
        invalid.addAll(dangling.problems());
        List<String> others = dev.godwit.schema.model.SchemaValidator.problems(dangling.schemaWithout(), dev.godwit.schema.model.SourceMap.NAMES);
        invalid.addAll(others);
        // tables of another tool, which the pull cannot tell from the application's: named with the filter that leaves them out
        List<String> shadows = OtherToolsTables.shadowWarnings(OtherToolsTables.likelyShadows(db, schema, introspected.virtualTables().keySet()));
        if (!invalid.isEmpty()) {
            boolean typeless = others.stream().anyMatch(p -> p.endsWith(": the column has no type"));
            throw new PullException(db.describe() + " has what a Godwit schema cannot declare:\n  - " + String.join("\n  - ", invalid)
                    + "\nNothing was written. Change the database first" + (typeless ? " (a column without a type: rebuild the table declaring"
                    + " one; BLOB keeps its affinity)" : "") + (dangling.filtered() ? " (or -Ddb.tablesFilter, for a table it leaves out)" : "")
                    + ", then pull again." + (shadows.isEmpty() ? "" : "\nBut first: " + String.join("\n", shadows)));
        }
        warnings.addAll(shadows);
        warnings.addAll(OtherToolsTables.histories(schema));
        warnings.addAll(nullKeys(db, schema, introspected.withoutRowid()));
        Map<String, String> sources = yamlFile == null ? JavaSchemaWriter.write(schema, javaPackage)
                : Map.of(yamlFile.getFileName().toString(), YamlSchemaWriter.write(schema));
        int count = folder.readJournal().entries().size();
        String local = db.capabilities().remote() ? "" : " -Dlocal";   // the commands named go to the database pulled from
        int recorded = HistoryTable.exists(db, history.name()) ? history.read(db).size() : 0;
        if (recorded == 0) refuseAnotherHistory(local);
        if (recorded == 0 && histories.size() > 1) {
            // as for the default names: a baseline in the history Godwit reads, beside drizzle-orm's own, would be two histories
            String other = histories.stream().filter(h -> !h.equals(history.name())).findFirst().orElseThrow();
            throw new PullException(db.describe() + " has " + other + ", drizzle-orm's history under a name of the project's, while this project's"
                    + " history, " + history.name() + ", records nothing: a baseline recorded in " + history.name() + " would leave two histories,"
                    + " each taking the other's migrations for pending. If drizzle-orm migrates this database, pull into its history:"
                    + " -Ddb.migrationsTable=" + other + ", then mvn db:pull" + local + " again. Nothing was written.");
        }
        if (count > 0 && recorded > 0) {
            // a second folder's baseline would be recorded beside this one's rows: each folder would then see the other's as MISSING
            throw new PullException(folder.relative(folder.dir()) + " already has " + count + " migration(s), and " + db.describe() + " records "
                    + recorded + " in " + history.name() + ": migrations manage it, and db:pull writes the first (baseline) migration for a database"
                    + " none built. Nothing was written. Compare the database with the migrations: mvn db:status" + local + ", mvn db:verify -Ddb.drift"
                    + local + "; a change made in the database by hand goes into the schema, then mvn db:generate.");
        }
        Migration stopped = count == 1 && recorded == 0 ? unrecordedBaseline(folder, introspected.schema()) : null;
        if (stopped != null) {
            // a pull stopped between its baseline and the history row: finished, as FolderEdit finishes a stopped change
            recordBaseline(stopped);
            log.warn(folder.relative(stopped.file()) + " is the baseline a db:pull wrote from " + db.describe() + " and stopped before recording"
                    + " in " + history.name() + ": the database's schema is the baseline's snapshot, and its history records nothing. Recorded it as"
                    + " applied now, as that pull would have, so db:apply will not create these tables again; nothing else was written (the schema"
                    + " sources that pull wrote first were left as they are: review them, git status).");
            return new PullResult(schema.tables().size(), schema.views().size(), List.of(), stopped.tag());
        }
        if (count > 0) {
            throw new PullException(folder.relative(folder.dir()) + " already has " + count + " migration(s); db:pull writes the first (baseline)"
                    + " migration of a new folder, and " + db.describe() + " records none in " + history.name() + ". Nothing was written. If these"
                    + " migrations are this database's, apply them (mvn db:apply" + local + "; db:baseline records those its schema already has); if the"
                    + " database belongs to another project, pull it into that project's own empty folder (-Ddb.out=...).");
        }

        // after the refusals above: told first that files would be overwritten, a trial reached for -Ddb.overwrite
        List<Path> existing = new ArrayList<>();
        for (String rel : sources.keySet()) if (Files.exists(sourceDir.resolve(rel))) existing.add(sourceDir.resolve(rel));
        if (!existing.isEmpty() && !overwrite) {
            throw new PullException("db:pull would overwrite " + existing.size() + " existing file(s), and does not without -Ddb.overwrite:\n  - "
                    + String.join("\n  - ", existing.stream().map(Path::toString).toList())
                    + "\nNothing was written. Pull into another " + (yamlFile != null ? "file (-Ddb.pull.file)" : "package (-Ddb.pull.package)")
                    + ", or pass -Ddb.overwrite to replace " + (existing.size() == 1 ? "it." : "them."));
        }
        // Rows already in the history came from another migrations folder (this one is empty).
        int foreignRows = recorded;
        boolean folderExisted = Files.exists(folder.dir());
        String journalBefore = readIfThere(folder.journalFile());   // an empty journal (db:drop of the only migration) is put back
        // the sources as one change: written one by one, a pull stopped part way (Ctrl-C, a full disk) left some new and some old
        FolderEdit sourcesEdit = new FolderEdit(sourcesFolder(sourceDir, javaPackage, folder), "db:pull");
        for (Map.Entry<String, String> e : sources.entrySet()) sourcesEdit.write(sourceDir.resolve(e.getKey()), e.getValue());
        try {
            sourcesEdit.commit();
        } catch (RuntimeException e) {
            throw new PullException("cannot write the schema sources under " + sourceDir + ": " + e.getMessage(), e);
        }
        GenerateResult baseline = null;
        try {
            // the keys in the order the written classes give them back, so the next snapshot does not reorder them
            baseline = new Generator().generate(JavaSchemaWriter.asLoaded(schema), folder, new GenerateOptions(BASELINE_NAME, false, true, null)
                    .withGoal("db:pull"));
            recordBaseline(folder.migrations().get(0));
        } catch (RuntimeException e) {
            undo(sourcesEdit, folder, folderExisted, baseline, journalBefore);
            throw e;
        }

        Path pkgDir = sourceDir.resolve(javaPackage.replace('.', '/'));
        log.info("Pulled " + schema.tables().size() + " table(s)" + (schema.views().isEmpty() ? "" : " and " + schema.views().size() + " view(s)")
                + " from " + db.describe() + " into " + (yamlFile != null ? "the YAML descriptor " + sourceDir.resolve(sources.keySet().iterator().next())
                : sources.size() + " source file(s) in " + pkgDir) + ".");
        log.info("Wrote the baseline migration " + folder.relative(baseline.sqlFile()) + " and recorded it as applied in " + history.name()
                + ", so db:apply will not create these tables again.");
        if (foreignRows > 0) {
            log.warn(db.describe() + " already had " + foreignRows + (foreignRows == 1 ? " migration" : " migrations") + " recorded in " + history.name()
                    + " that " + folder.relative(folder.dir()) + " does not hold: its history comes from another migrations folder. The baseline"
                    + " was recorded next to them and stands for the whole current schema; db:status and db:verify -Ddb.drift list those rows"
                    + " as MISSING (applied there, not here), and db:apply refuses new migrations on top of them. Unless that other folder still"
                    + " manages this database (then use it instead of pulling), remove them with mvn db:repair"
                    + (db.capabilities().remote() ? "" : " -Dlocal") + ".");   // without -Dlocal it works on D1
        }
        for (String other : HistoryTable.otherHistories(history)) {
            // another tool's history beside the one recorded into: this project will never read it, which matters if that tool still migrates
            if (!HistoryTable.exists(db, other) || !Introspector.holdsAHistory(db, other)) continue;   // else the project's own table
            Object rows = db.query("SELECT count(*) AS n FROM " + Quoting.doubleQuoted(other)).get(0).get("n");
            if (rows instanceof Number n && n.longValue() == 0) continue;
            String tool = other.equals(HistoryTable.WRANGLER_DEFAULT) ? "wrangler's history (`wrangler d1 migrations apply` keeps it)"
                    : "drizzle-orm's history (its migrate() keeps it)";
            log.warn(db.describe() + " also has " + other + ", " + tool + ", with " + rows + " row(s); the baseline was recorded in " + history.name()
                    + ", the history this project reads, and db:apply never reads " + other + ". If " + (other.equals(HistoryTable.WRANGLER_DEFAULT)
                    ? "wrangler" : "drizzle-orm") + " migrates this database, pull into its history instead: -Ddb.migrationsTable=" + other
                    + " (undo this pull first: delete the pulled sources and " + folder.relative(folder.dir()) + ", and the baseline's row in "
                    + history.name() + ").");
        }
        // Warnings are about what the model has no place for (STRICT, WITHOUT ROWID, ...).
        for (String w : warnings) log.warn(w);
        return new PullResult(schema.tables().size(), schema.views().size(), sources.keySet().stream().map(sourceDir::resolve).toList(), baseline.tag());
    }

    /** Records the baseline as applied, creating the history where there is none yet. */
    private void recordBaseline(Migration m) {
        List<String> record = new ArrayList<>();
        if (!HistoryTable.exists(db, history.name())) record.add(history.createSql());
        record.addAll(history.guardStatements(m));
        record.addAll(history.recordStatements(m));
        db.runAtomically(record, false);
    }

    /**
     * The folder's only migration where it is the baseline of a pull of this database that stopped before recording it: named as
     * db:pull names it, with a snapshot the database's schema equals. Null otherwise (the folder is another project's, or the
     * database changed since: the refusal that follows says what to do). {@code actual}: the database's schema as this pull
     * introspected it, with the same tables left out.
     */
    private Migration unrecordedBaseline(MigrationsFolder folder, SchemaDef actual) {
        try {
            Migration m = folder.migrations().get(0);
            Path snapshot = folder.snapshotFile(m.tag());
            if (!m.tag().endsWith("_" + BASELINE_NAME) || !Files.isRegularFile(snapshot)) return null;
            return dev.godwit.engine.verify.Verifier.differences(actual, folder.readSnapshot(snapshot).schema()).isEmpty() ? m : null;
        } catch (RuntimeException unreadable) {
            return null;   // a folder that cannot be read as one: the refusal below names what is there
        }
    }

    /**
     * The history this project reads records nothing while another tool's history table holds rows (wrangler's d1_migrations
     * beside __drizzle_migrations, say): db:status and db:apply refuse such a database, and a baseline recorded in this history
     * would end that refusal for good, the two tools each taking the other's migrations for pending from then on. Refused
     * before anything is written (it was recorded, then a warning asked to undo the pull by hand, a history row included).
     */
    private void refuseAnotherHistory(String local) {
        for (String other : HistoryTable.otherHistories(history)) {
            if (!HistoryTable.exists(db, other) || !Introspector.holdsAHistory(db, other)) continue;   // else the project's own table
            Object rows = db.query("SELECT count(*) AS n FROM " + Quoting.doubleQuoted(other)).get(0).get("n");
            if (rows instanceof Number n && n.longValue() == 0) continue;
            boolean wrangler = other.equals(HistoryTable.WRANGLER_DEFAULT);
            String tool = wrangler ? "wrangler's history (`wrangler d1 migrations apply` keeps it)" : "drizzle-orm's history (its migrate() keeps it)";
            throw new PullException(db.describe() + " has " + other + ", " + tool + ", with " + rows + " row(s), while this project's history, "
                    + history.name() + ", records nothing: db:status and db:apply refuse such a database, and a baseline recorded in "
                    + history.name() + " would leave the two histories each taking the other's migrations for pending. If " + (wrangler
                    ? "wrangler" : "drizzle-orm") + " migrates this database, pull into its history: " + (wrangler ? "migrations_table = \""
                    + other + "\" in the binding of wrangler's config, or " : "") + "-Ddb.migrationsTable=" + other + ", then mvn db:pull" + local
                    + " again" + (wrangler ? " (see \"Moving a wrangler project to Godwit\" in Godwit's README)" : "") + ". If " + other
                    + " is not this project's history, drop or rename it first. Nothing was written.");
        }
    }

    /**
     * Primary key columns holding NULL: SQLite lets a key other than an INTEGER PRIMARY KEY hold NULL in a rowid table (a legacy
     * of its early versions) where the column does not say NOT NULL, while the pulled schema, as every Godwit table, declares the key
     * NOT NULL. Said with what comes of it: a later rebuild of the table fails on those rows. Also an INTEGER PRIMARY KEY declared
     * DESC holding a text or a real, which the rowid the schema makes of it refuses. One query for up to 100 such counts.
     */
    static List<String> nullKeys(Database db, SchemaDef schema, Set<String> withoutRowid) {
        List<String> parts = new ArrayList<>();
        List<String[]> asked = new ArrayList<>();
        // an INTEGER PRIMARY KEY declared DESC is not the rowid (SQLite's quirk): it has an index of its own, and holds NULL where
        // a row was inserted without it, which the model, reading it as INTEGER PRIMARY KEY, took for the rowid and did not ask about
        Set<String> keyIndexed = schema.tables().stream().noneMatch(dev.godwit.schema.model.TableDef::hasRowidAlias) ? Set.of()
                : db.query("SELECT m.name AS name FROM sqlite_master AS m JOIN pragma_index_list(m.name) AS i WHERE m.type = 'table'"
                        + dev.godwit.engine.migrate.HistoryTable.RESERVED_LEFT_OUT + " AND i.origin = 'pk'").stream().map(r -> dev.godwit.schema.model.SqliteNames.key(String.valueOf(r.get("name"))))
                        .collect(java.util.stream.Collectors.toSet());
        for (dev.godwit.schema.model.TableDef t : schema.tables()) {
            if (t.hasRowidAlias() && !keyIndexed.contains(dev.godwit.schema.model.SqliteNames.key(t.name())) || withoutRowid.stream().anyMatch(w -> dev.godwit.schema.model.SqliteNames.key(w).equals(
                    dev.godwit.schema.model.SqliteNames.key(t.name())))) continue;
            for (String c : t.primaryKeyColumns()) {
                parts.add("(SELECT count(*) FROM " + Quoting.doubleQuoted(t.name()) + " WHERE " + Quoting.doubleQuoted(c) + " IS NULL) AS n" + asked.size());
                asked.add(new String[] {t.name(), c});
                if (!t.hasRowidAlias()) continue;
                // not the rowid, it kept 'abc' or 2.5 as given: the rowid the schema makes of it takes integers only
                parts.add("(SELECT count(*) FROM " + Quoting.doubleQuoted(t.name()) + " WHERE " + nonInteger(c) + ") AS n" + asked.size());
                asked.add(new String[] {t.name(), c, "not an integer"});
            }
        }
        List<String> out = new ArrayList<>();
        // one row of counts per query, not a compound SELECT (D1 takes at most 5 terms in one); 100 columns keep it far from D1's
        // limit of VDBE instructions per statement
        for (int from = 0; from < parts.size(); from += 100) {
            Map<String, Object> r = db.query("SELECT " + String.join(", ", parts.subList(from, Math.min(parts.size(), from + 100)))).get(0);
            for (int k = from; k < Math.min(parts.size(), from + 100); k++) {
                if (!(r.get("n" + k) instanceof Number n) || n.longValue() == 0) continue;
                String[] tc = asked.get(k);
                if (tc.length == 3) {
                    out.add("column " + Quoting.doubleQuoted(tc[0]) + "." + Quoting.doubleQuoted(tc[1]) + " is declared INTEGER PRIMARY KEY DESC, which"
                            + " SQLite does not make the rowid (a quirk of its early versions), and " + n + " row(s) hold a value that is not an"
                            + " integer in it (a text or a real, which SQLite keeps in such a column); the pulled schema declares it INTEGER"
                            + " PRIMARY KEY, the rowid, which takes integers only, so a later migration that rebuilds " + Quoting.doubleQuoted(tc[0])
                            + " fails on those rows (datatype mismatch; nothing changes). Give them integer keys or delete them first: SELECT *"
                            + " FROM " + Quoting.doubleQuoted(tc[0]) + " WHERE " + nonInteger(tc[1]));
                    continue;
                }
                if (keyIndexed.contains(dev.godwit.schema.model.SqliteNames.key(tc[0])) && schema.table(tc[0]).map(dev.godwit.schema.model.TableDef::hasRowidAlias).orElse(false)) {
                    out.add("column " + Quoting.doubleQuoted(tc[0]) + "." + Quoting.doubleQuoted(tc[1]) + " is declared INTEGER PRIMARY KEY DESC, which"
                            + " SQLite does not make the rowid (a quirk of its early versions), and " + n + " row(s) hold NULL in it (inserted"
                            + " without it); the pulled schema declares it INTEGER PRIMARY KEY, the rowid, so a later migration that rebuilds "
                            + Quoting.doubleQuoted(tc[0]) + " gives those rows new ids, and on a new database a row inserted without it gets one."
                            + " Give them a key or delete them first if NULL means something: SELECT * FROM " + Quoting.doubleQuoted(tc[0])
                            + " WHERE " + Quoting.doubleQuoted(tc[1]) + " IS NULL");
                    continue;
                }
                out.add("column " + Quoting.doubleQuoted(tc[0]) + "." + Quoting.doubleQuoted(tc[1]) + " is part of the primary key, and " + n
                        + " row(s) hold NULL in it (SQLite lets a key other than an INTEGER PRIMARY KEY hold NULL where the column does not"
                        + " say NOT NULL); the pulled schema declares it NOT NULL, as every Godwit table's key is, so a later migration that"
                        + " rebuilds " + Quoting.doubleQuoted(tc[0]) + " fails on those rows (nothing changes). Give them a key or delete them"
                        + " first: SELECT * FROM " + Quoting.doubleQuoted(tc[0]) + " WHERE " + Quoting.doubleQuoted(tc[1]) + " IS NULL");
            }
        }
        return out;
    }

    private static String readIfThere(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null;   // unreadable: the baseline's write says so
        }
    }

    /** The package folder the sources go to, its files named in messages as the migrations folder's are. */
    private static MigrationsFolder sourcesFolder(Path sourceDir, String javaPackage, MigrationsFolder folder) {
        String pkg = javaPackage == null ? "" : javaPackage.strip();
        return folder.shownAlike(pkg.isEmpty() ? sourceDir : sourceDir.resolve(pkg.replace('.', '/')));
    }

    private static String nonInteger(String column) {
        return "typeof(" + Quoting.doubleQuoted(column) + ") NOT IN ('integer', 'null')";
    }

    /**
     * Removes what a failed pull wrote, so the sources and the migrations folder are as they were. The sources go back as one
     * change, as they were written. The baseline's files go as one change ({@link FolderEdit}), as they were written: deleted
     * one by one, a stop part way left a journal listing a migration whose .sql was gone. Its journal is put back where there
     * was one (an empty one db:drop left), not deleted.
     */
    private static void undo(FolderEdit sources, MigrationsFolder folder, boolean folderExisted, GenerateResult baseline, String journalBefore) {
        sources.rollback();
        try {
            if (baseline != null) {   // else its write failed, and left the folder as it was
                FolderEdit back = FolderEdit.takingBack(folder, "db:pull", "its baseline");
                Path journal = folder.journalFile().toAbsolutePath().normalize();
                for (Path p : baseline.filesWritten()) {
                    if (p.equals(journal) && journalBefore != null) back.write(p, journalBefore);
                    else back.delete(p);
                }
                back.commit();
            }
            if (!folderExisted && Files.exists(folder.dir())) {
                // the folders the baseline made, now empty: deleted deepest first, and only where empty
                try (var dirs = Files.walk(folder.dir())) {
                    for (Path p : dirs.sorted(java.util.Comparator.reverseOrder()).filter(Files::isDirectory).toList()) {
                        try (var in = Files.list(p)) {
                            if (in.findAny().isEmpty()) Files.delete(p);
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // Best effort: the original failure is what the user needs to see.
        }
    }
}
