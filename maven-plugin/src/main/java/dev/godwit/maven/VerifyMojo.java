package dev.godwit.maven;

import dev.godwit.engine.daemon.VerifyJob;
import dev.godwit.engine.daemon.VerifyReport;
import dev.godwit.engine.daemon.VerifyRequest;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.verify.Finding;
import dev.godwit.engine.load.SchemaInBackground;
import dev.godwit.engine.load.SchemaLoader;
import dev.godwit.engine.load.StaleClasses;
import dev.godwit.engine.uptodate.UpToDate;
import dev.godwit.engine.verify.Verifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * The CI check, bound to the verify phase: fails the build when the schema has changes no migration
 * holds, a generated migration was edited, the journal, snapshots and SQL files disagree, or replaying
 * the migrations on a fresh database does not give the recorded schema. With {@code -Ddb.drift} it also
 * compares a live database (local with -Dlocal, else D1), in Maven's JVM; without, it runs in Godwit's daemon when there is
 * one to use, as db:generate does.
 */
@WorksOnNoDatabase(value = "without -Ddb.drift it checks the migrations folder against the schema; mvn db:verify -Ddb.drift compares"
        + " the database (Cloudflare D1 unless -Dlocal) with the folder too", unless = "db.drift")
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class VerifyMojo extends AbstractDaemonMojo {

    /** Also compare a live database with the migrations (pending, unknown applied migrations, schema drift). */
    @Parameter(property = "db.drift", defaultValue = "false")
    private boolean drift;

    /**
     * With {@code -Ddb.drift}: compare the database with the migrations up to and including this one (by number or whole tag, as
     * db:apply -Ddb.upTo takes it) and its snapshot; the later ones, left pending by db:apply -Ddb.upTo, are not reported. Without
     * -Ddb.drift it is not read (db:verify db:apply -Ddb.upTo=N: the check, then the apply up to N).
     */
    @Parameter(property = "db.upTo")
    private String upTo;

    @Inject
    public VerifyMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    @Override
    protected boolean isCheck() {
        return true;
    }

    /**
     * Only when typed ({@code mvn db:verify}): bound to the verify phase of a build ({@code mvn install}) it uses a daemon that
     * runs, but leaves none behind that the user did not ask for by running a db: goal.
     */
    @Override
    protected boolean startsDaemon() {
        return "default-cli".equals(mojoExecution.getExecutionId());
    }

    @Override
    protected boolean fleetGoal() {
        return drift;
    }

    @Override
    protected String withoutDatabase() {
        return drift ? null : super.withoutDatabase();
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        long start = System.nanoTime();
        UpToDate upToDate = null;
        if (drift) {
            requireCompiledSchema();
        } else {
            upToDate = upToDateBeside("verify", () -> {
                requireCompiledSchema();
                return false;
            });
        }
        if (upToDate != null && !recheck) {
            var passed = upToDate.passed();
            if (passed.isPresent()) {
                int n = passed.get().migrations();
                for (String w : passed.get().repeatedWarnings()) getLog().warn(w);   // still true: seen once, they must not go quiet
                getLog().info("Migrations in " + folder().relative(folder().dir()) + " match the schema (" + n + (n == 1 ? " migration" : " migrations")
                        + "; nothing changed since the check that passed at " + passed.get().localTime() + passed.get().rewrittenNote()
                        + ", -Ddb.recheck checks again).");
                return;
            }
        }
        if (upToDate != null) upToDate.forget();   // a check that fails or stops half-way must not leave an older pass standing
        if (drift) {
            checkWithDrift(start);
            return;
        }
        VerifyRequest request = new VerifyRequest(projectInputs(upToDate), goesToD1());
        // the record's content hashes are taken while the check runs (in the daemon, this JVM only waits)
        UpToDate.Hashing hashing = upToDate == null ? () -> { } : upToDate.hashContentAhead();
        try {
            VerifyReport report = inDaemonOrHere(client -> client.verify(request, getLog()::debug, getLog()::warn),
                    () -> VerifyJob.run(request, getClass().getClassLoader()));
            getLog().debug("Schema loaded in " + report.schemaMillis() + " ms on its own thread; the checks took " + (System.nanoTime() - start) / 1_000_000
                    + " ms in all.");
            for (String w : report.warnings()) getLog().warn(w);
            if (!report.problems().isEmpty()) throw failure(report.problems());
            if (upToDate != null) upToDate.record(report.migrations(), report.warnings());
            passed(report.migrations(), null, start);
        } finally {
            hashing.close();   // record() took its hashes, or a failed check records nothing: not waited for
        }
    }

    /** The check with a live database (or fleet) compared too: in Maven's JVM, which holds the credentials. */
    private void checkWithDrift(long start) throws MojoExecutionException, MojoFailureException {
        List<Finding> findings = new ArrayList<>();
        Verifier.Verification verification;
        try (SchemaInBackground schema = loadSchemaInBackground(false, null)) {
            verification = Verifier.check(schema, folder(), goesToD1(), projectSettings().history());
            getLog().debug("Schema loaded in " + schema.millis() + " ms on its own thread; the checks took " + (System.nanoTime() - start) / 1_000_000
                    + " ms in all.");
        }
        findings.addAll(verification.findings());
        for (String w : verification.warnings()) getLog().warn(w);
        // -Ddb.upTo: the database compared with the migration named, the later ones pending as db:apply -Ddb.upTo left them
        List<dev.godwit.engine.folder.Migration> all = verification.migrations();
        if (findings.isEmpty()) verification = verification.upTo(folder(), upTo);
        String compared = null;
        var fleet = findings.isEmpty() ? fleet() : null;
        if (fleet != null) {
            fleetRunner(fleet, false).withUpTo(upTo).drift(all, verification.migrations(), verification.recorded());
            compared = "the fleet";
        } else if (findings.isEmpty()) {
            try (Database db = openDatabase()) {
                findings.addAll(Verifier.pastUpTo(db, historyTable(), all, upTo));
                if (findings.isEmpty()) findings.addAll(Verifier.drift(db, historyTable(), verification.migrations(), verification.recorded(), restoreArgs(),
                        Verifier.triggersMadeOnce(verification.migrations(), historyTable()), tablesFilter(), engineLog(), null, upTo));
                compared = db.describe();
            }
        }
        if (!findings.isEmpty()) throw failure(findings.stream().map(Finding::message).toList());
        if (compared != null && verification.migrations().size() < all.size()) {
            compared += " at " + verification.migrations().get(verification.migrations().size() - 1).tag() + " (-Ddb.upTo; "
                    + (all.size() - verification.migrations().size()) + " later migration(s) not compared)";
        }
        passed(verification.migrations().size(), compared, start);
    }

    private void passed(int n, String compared, long start) {
        long ms = (System.nanoTime() - start) / 1_000_000;
        getLog().info("Migrations in " + folder().relative(folder().dir()) + " match the schema" + (compared == null ? "" : " and " + compared)
                + " (" + n + (n == 1 ? " migration" : " migrations") + ", checked in " + ms + " ms).");
    }

    private MojoFailureException failure(List<String> problems) {
        StringBuilder sb = new StringBuilder("The migrations do not match the schema (" + problems.size() + " problem" + (problems.size() > 1 ? "s" : "") + "):");
        for (String p : problems) sb.append("\n- ").append(p);
        String generate = problems.stream().anyMatch(p -> p.contains("mvn db:generate")) ? generateInThisBuild() : null;
        if (generate != null) sb.append("\n").append(generate);
        return new MojoFailureException(sb.toString());
    }

    /**
     * The failures say "run mvn db:generate". Where this module depends on another module of the build (the schema module),
     * that command typed in the top-level folder stops before Godwit runs, at Maven's "Could not resolve dependencies" for the
     * other module's jar when it was never installed: name the command that compiles that module in the same run.
     */
    private String generateInThisBuild() {
        if (session == null || session.getAllProjects() == null || session.getTopLevelProject() == null) return null;
        String sibling = null;
        for (org.apache.maven.project.MavenProject other : session.getAllProjects()) {
            if (other == project || sibling != null) continue;
            for (org.apache.maven.artifact.Artifact a : project.getArtifacts()) {
                if (a.getGroupId().equals(other.getGroupId()) && a.getArtifactId().equals(other.getArtifactId())
                        && a.getBaseVersion().equals(other.getVersion())) sibling = other.getArtifactId();
            }
        }
        if (sibling == null) return null;
        Path top = session.getTopLevelProject().getBasedir().toPath().toAbsolutePath().normalize();
        Path here = project.getBasedir().toPath().toAbsolutePath().normalize();
        String module = here.startsWith(top) && !here.equals(top) ? top.relativize(here).toString().replace('\\', '/') : ":" + project.getArtifactId();
        Path cwd = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
        return "In this multi-module build, run db:generate from " + (cwd.equals(top) ? "the top-level folder" : top.toString()) + " as mvn -pl "
                + module + " -am compile db:generate: " + project.getArtifactId() + " depends on " + sibling + ", a module of the build, and"
                + " mvn db:generate alone looks for that module's jar in the local repository (Could not resolve dependencies when it was never"
                + " installed).";
    }

    /**
     * Run directly ({@code mvn db:verify}) nothing compiles first, so the classes may be older than
     * the sources: refuse to check them. In {@code mvn verify} the compile phase has run, so this
     * finds nothing, and the goal forks no compile of its own (it has no {@code @Execute}).
     */
    private void requireCompiledSchema() throws MojoExecutionException, MojoFailureException {
        if (schemaSources().stream().allMatch(SchemaLoader::isYaml)) return;
        List<Path> roots = project.getCompileSourceRoots().stream().map(Path::of).toList();
        List<Path> stale = StaleClasses.find(roots, Path.of(project.getBuild().getOutputDirectory()));
        if (!stale.isEmpty()) throw new MojoFailureException(StaleClasses.message(stale));
        // a table class whose source was deleted: no source is newer than its class, and the class would still be loaded
        List<Path> withGenerated = new java.util.ArrayList<>(roots);
        java.io.File[] generated = Path.of(project.getBuild().getDirectory(), "generated-sources").toFile().listFiles(java.io.File::isDirectory);
        if (generated != null) for (java.io.File g : generated) withGenerated.add(g.toPath());
        List<String> packages = schemaSources().stream().filter(s -> !SchemaLoader.isYaml(s)).toList();
        List<Path> orphans = StaleClasses.withoutSource(withGenerated, Path.of(project.getBuild().getOutputDirectory()), packages);
        if (!orphans.isEmpty()) throw new MojoFailureException(StaleClasses.withoutSourceMessage(orphans));
        requireBuiltModules(packages);   // a module of this run's reactor (mvn -pl app verify without -am)
        CompileWhenStale.requireFreshSchemaJars(project, packages, "verify");   // one of the parent's modules on disk (cd app; mvn db:verify)
    }

    /**
     * The other modules of the build whose classes the schema is loaded from (their jar or classes folder on the compile class
     * path holds classes of the schema's packages) must be built from their sources: {@code mvn -pl app verify} without
     * {@code -am} takes a schema module's jar from the local repository, whatever its sources say now (see
     * {@link StaleClasses#newerThanBuilt}).
     */
    private void requireBuiltModules(List<String> packages) throws MojoFailureException {
        if (session == null || session.getAllProjects() == null) return;
        for (org.apache.maven.project.MavenProject other : session.getAllProjects()) {
            if (other == project || other.getBasedir() == null) continue;
            for (org.apache.maven.artifact.Artifact a : project.getArtifacts()) {
                if (a.getFile() == null || !a.getGroupId().equals(other.getGroupId()) || !a.getArtifactId().equals(other.getArtifactId())
                        || !a.getBaseVersion().equals(other.getVersion())) continue;
                List<Path> roots = other.getCompileSourceRoots().stream().map(Path::of).toList();
                List<Path> newer = StaleClasses.newerThanBuilt(roots, a.getFile().toPath(), packages);
                if (newer.isEmpty()) continue;
                List<Path> shown = newer.stream().map(p -> shownSource(roots, p)).toList();
                List<String> selected = session.getRequest() == null ? List.of() : session.getRequest().getSelectedProjects();
                String rerun = selected == null || selected.isEmpty() ? null
                        : "mvn -pl " + String.join(",", selected) + " -am " + String.join(" ", session.getGoals());
                throw new MojoFailureException(StaleClasses.notBuiltMessage(other.getGroupId() + ":" + other.getArtifactId(), a.getFile().toPath(),
                        shown, rerun));
            }
        }
    }

    /** A source of another module, relative to the current directory where it is under it (as messages name files), else as found. */
    private static Path shownSource(List<Path> roots, Path relative) {
        Path cwd = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path root : roots) {
            Path f = root.resolve(relative);
            if (java.nio.file.Files.isRegularFile(f)) return f.toAbsolutePath().startsWith(cwd) ? cwd.relativize(f.toAbsolutePath()) : f;
        }
        return relative;
    }
}
