package dev.godwit.maven;

import dev.godwit.engine.daemon.GenerateJob;
import dev.godwit.engine.daemon.GenerateReport;
import dev.godwit.engine.daemon.GenerateRequest;
import dev.godwit.engine.diff.NotRenames;
import dev.godwit.engine.diff.Prompter;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.generate.MigrationPreview;
import dev.godwit.engine.load.SchemaLoader;
import dev.godwit.engine.uptodate.UpToDate;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.lifecycle.LifecycleExecutor;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Diffs the schema against the latest snapshot in the migrations folder and writes the next
 * migration (SQL, snapshot, journal entry) in drizzle-kit's formats. Compiles the project first when its classes are missing or older than their sources.
 */
@WorksOnNoDatabase("it writes the next migration from the schema and the folder, the same for the local file and Cloudflare D1")
@Mojo(name = "generate", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class GenerateMojo extends AbstractDaemonMojo {

    /** The migration's name: the file becomes NNNN_name.sql. Default: a random one. */
    @Parameter(property = "db.name")
    private String name;

    /** Write an empty migration for hand-written SQL. */
    @Parameter(property = "db.custom", defaultValue = "false")
    private boolean custom;

    /** Acknowledge destructive changes (drops, narrowing types). Does not say that a drop plus an add is not a rename: see db.notRenames. */
    @Parameter(property = "db.acceptDataLoss", defaultValue = "false")
    private boolean acceptDataLoss;

    /**
     * Added tables ({@code name}) and columns ({@code table.column}), comma-separated, that are new and not renames of
     * ones that disappeared: settles batch mode's rename question for them (the drop still needs db.acceptDataLoss).
     */
    @Parameter(property = "db.notRenames")
    private String notRenames;

    private final LifecycleExecutor lifecycle;
    private final BuildPluginManager plugins;

    @Inject
    public GenerateMojo(SettingsDecrypter settingsDecrypter, LifecycleExecutor lifecycle, BuildPluginManager plugins) {
        super(settingsDecrypter);
        this.lifecycle = lifecycle;
        this.plugins = plugins;
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        long t0 = System.nanoTime();
        Generator.requireValidName(name);   // also when the up-to-date record answers: a bad name is refused every time
        long lockSeconds = lockWait().toSeconds();   // so is a negative wait
        UpToDate inSync = compileWhenStale(!custom);   // a custom migration is never "no changes": nothing to fingerprint
        getLog().debug("Compile check and inputs fingerprinted in " + (System.nanoTime() - t0) / 1_000_000 + " ms.");
        // -Ddb.notRenames only means something when there are changes: a full run checks that the tables it names appeared.
        if (inSync != null && !recheck && (notRenames == null || notRenames.isBlank())) {
            // A passed db:verify over the same inputs also means there is nothing to generate.
            var passed = inSync.passed().or(() -> inSync.withRecordFile(recordFile("verify")).passed());
            if (passed.isPresent()) {
                getLog().info("No schema changes, nothing to migrate.");
                getLog().info("  (nothing changed since the check at " + passed.get().localTime() + passed.get().rewrittenNote() + "; -Ddb.recheck checks again)");
                return;
            }
        }
        if (inSync != null) inSync.forget();   // recorded again below when this run finds the folder in sync
        GenerateRequest request = new GenerateRequest(projectInputs(inSync), name, custom, acceptDataLoss, List.copyOf(NotRenames.parse(notRenames)),
                interactive(), lockSeconds);
        long start = System.nanoTime();
        GenerateReport result;
        // the record's content hashes are taken while the run writes (in the daemon, this JVM only waits); its own files again after
        UpToDate.Hashing hashing = inSync == null ? () -> { } : inSync.hashContentAhead();
        try {
            result = generate(request);
            recordInSync(inSync, result);
        } finally {
            hashing.close();   // record() took its hashes, or nothing is recorded (a failed run, a folder changed meanwhile): stopped, not waited for
        }
        getLog().debug("Schema loaded in " + result.schemaMillis() + " ms on its own thread; generate took " + (System.nanoTime() - start) / 1_000_000
                + " ms in all.");
        if (!result.written()) {
            for (String w : result.warnings()) getLog().warn(w);   // a custom migration's snapshot recorded (SchemaChangingCustom)
            getLog().info("No schema changes, nothing to migrate.");
            return;
        }
        String written = folder().relative(result.sqlFile());
        getLog().info("Wrote " + written + (custom ? " (empty: put your SQL below its comment)" : "") + ":");
        for (String line : MigrationPreview.lines(result.sql(), written)) getLog().info("  " + line);
        if (!result.explained().isEmpty()) {
            getLog().info("It rebuilds tables (a new table, the rows copied, the old one dropped: SQLite alters them no other way) for "
                    + (result.explained().size() == 1 ? "this change:" : "these " + result.explained().size() + " changes:"));
            for (String c : result.explained()) getLog().info("  - " + c);
        }
        for (String w : result.warnings()) getLog().warn(w);
        if (goesToD1()) for (String w : dev.godwit.engine.generate.D1Refusals.of(result.sql(), written)) getLog().warn(w);
        List<String> losses = result.losses();
        if (!losses.isEmpty()) {
            getLog().warn("This migration loses data (" + (acceptDataLoss ? "acknowledged with -Ddb.acceptDataLoss" : "acknowledged at the terminal")
                    + "): " + losses.size() + (losses.size() == 1 ? " change" : " changes") + ":");
            for (String l : losses) getLog().warn("  - " + l);
        }
        if (!custom) getLog().info("Review it, then apply it with: mvn db:apply -Dlocal (local SQLite) or mvn db:apply (Cloudflare D1).");
    }

    /** Records that the folder holds the schema: found so, or written (unless something besides this run's files changed in it meanwhile). */
    private void recordInSync(UpToDate inSync, GenerateReport result) throws MojoExecutionException {
        if (inSync == null) return;
        int migrations = folder().readJournal().entries().size();
        if (!result.written()) inSync.record(migrations);
        else inSync.relistedAfterWriting(folder().dir(), result.filesWritten(), result.filesRemoved()).ifPresent(u -> u.record(migrations));
    }

    /** In Godwit's daemon when there is one to use, else here; the same {@link GenerateJob} either way. */
    private GenerateReport generate(GenerateRequest request) {
        Prompter prompter = request.interactive() ? new ConsolePrompter() : null;
        return inDaemonOrHere(client -> client.generate(request, prompter, getLog()::debug, getLog()::info),
                () -> GenerateJob.run(request, prompter, getClass().getClassLoader(), getLog()::info));
    }

    /** Compiles when the classes are stale; with {@code fingerprint}, returns the inputs' fingerprint (see {@link #upToDateBeside}), else null. */
    private UpToDate compileWhenStale(boolean fingerprint) throws MojoExecutionException, MojoFailureException {
        CompileWhenStale compile = new CompileWhenStale(session, project, lifecycle, plugins, getLog(), "generate");
        CompileWhenStale.requireFreshSchemaJars(project, schemaSources().stream().filter(s -> !SchemaLoader.isYaml(s)).toList(), "generate");
        if (!fingerprint) {
            compile.run(schemaSources());
            return null;
        }
        return upToDateBeside("generate", () -> compile.run(schemaSources()));
    }
}
