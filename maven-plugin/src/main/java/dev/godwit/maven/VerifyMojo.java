package dev.godwit.maven;

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
 * compares a live database (local with -Dlocal, else D1).
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class VerifyMojo extends AbstractGodwitMojo {

    /** Also compare a live database with the migrations (pending, unknown applied migrations, schema drift). */
    @Parameter(property = "db.drift", defaultValue = "false")
    private boolean drift;

    @Inject
    public VerifyMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    @Override
    protected boolean isCheck() {
        return true;
    }

    @Override
    protected boolean fleetGoal() {
        return drift;
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
                getLog().info("Migrations in " + folder().relative(folder().dir()) + " match the schema (" + n + (n == 1 ? " migration" : " migrations")
                        + "; nothing changed since the check that passed at " + passed.get().localTime() + ", -Ddb.recheck checks again).");
                return;
            }
        }
        if (upToDate != null) upToDate.forget();   // a check that fails or stops half-way must not leave an older pass standing
        List<Finding> findings = new ArrayList<>();
        Verifier.Verification verification;
        try (SchemaInBackground schema = loadSchemaInBackground(false, upToDate)) {
            verification = Verifier.check(schema, folder(), goesToD1(), projectSettings().history());
            getLog().debug("Schema loaded in " + schema.millis() + " ms on its own thread; the checks took " + (System.nanoTime() - start) / 1_000_000
                    + " ms in all.");
        }
        findings.addAll(verification.findings());
        for (String w : verification.warnings()) getLog().warn(w);
        String compared = null;
        var fleet = drift && findings.isEmpty() ? fleet() : null;
        if (fleet != null) {
            fleetRunner(fleet, false).drift(verification.migrations(), verification.recorded());
            compared = "the fleet";
        } else if (drift && findings.isEmpty()) {
            try (Database db = openDatabase()) {
                findings.addAll(Verifier.drift(db, historyTable(), verification.migrations(), verification.recorded(), restoreArgs()));
                compared = db.describe();
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (findings.isEmpty()) {
            int n = verification.migrations().size();
            if (upToDate != null) upToDate.record(n);
            getLog().info("Migrations in " + folder().relative(folder().dir()) + " match the schema" + (compared == null ? "" : " and " + compared)
                    + " (" + n + (n == 1 ? " migration" : " migrations") + ", checked in " + ms + " ms).");
            return;
        }
        StringBuilder sb = new StringBuilder("The migrations do not match the schema (" + findings.size() + " problem" + (findings.size() > 1 ? "s" : "") + "):");
        for (Finding f : findings) sb.append("\n- ").append(f.message());
        throw new MojoFailureException(sb.toString());
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
    }
}
