package dev.godwit.maven;

import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.GenerateResult;
import dev.godwit.engine.generate.Generator;
import dev.godwit.schema.model.SchemaDef;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Diffs the schema against the latest snapshot in the migrations folder and writes the next
 * migration (SQL, snapshot, journal entry) in drizzle-kit's formats. Compiles the project first.
 */
@Mojo(name = "generate", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class GenerateMojo extends AbstractGodwitMojo {

    /** The migration's name: the file becomes NNNN_name.sql. Default: a random one. */
    @Parameter(property = "db.name")
    private String name;

    /** Write an empty migration for hand-written SQL. */
    @Parameter(property = "db.custom", defaultValue = "false")
    private boolean custom;

    /** Acknowledge destructive changes (drops, narrowing types), and that a drop plus a create is not a rename. */
    @Parameter(property = "db.acceptDataLoss", defaultValue = "false")
    private boolean acceptDataLoss;

    @Inject
    public GenerateMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        SchemaDef schema = loadSchema();
        GenerateOptions options = new GenerateOptions(name, custom, acceptDataLoss, interactive() ? new ConsolePrompter() : null);
        GenerateResult result = new Generator().generate(schema, folder(), options);
        if (!result.written()) {
            getLog().info("No schema changes, nothing to migrate.");
            return;
        }
        getLog().info("Wrote " + folder().relative(result.sqlFile()) + (custom ? " (empty: put your SQL below its comment)" : "") + ":");
        for (String line : result.sql().split("\n")) getLog().info("  " + line);
        for (String w : result.warnings()) getLog().warn(w);
        if (!custom) getLog().info("Review it, then apply it with: mvn db:apply -Dlocal (local SQLite) or mvn db:apply (Cloudflare D1).");
    }
}
