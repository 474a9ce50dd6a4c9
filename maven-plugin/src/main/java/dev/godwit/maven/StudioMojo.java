package dev.godwit.maven;

import dev.godwit.engine.ShutdownHooks;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.studio.StudioOptions;
import dev.godwit.engine.studio.StudioServer;
import dev.godwit.schema.model.SchemaDef;
import java.io.IOException;
import java.util.Set;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * A local web UI to browse and edit the rows of the target database (local with -Dlocal, else D1),
 * on 127.0.0.1 only. Runs until Ctrl+C. Read-only on D1 and in the SQL console unless started with
 * {@code -Ddb.studio.write}.
 */
@Mojo(name = "studio", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class StudioMojo extends AbstractGodwitMojo {

    /** The port to listen on (127.0.0.1 only); 0 picks a free one. */
    @Parameter(property = "db.studio.port", defaultValue = "4983")
    private int port;

    /**
     * Let the SQL console change data and schema (each run in one transaction), and allow row edits
     * on a remote D1 database (read-only there by default).
     */
    @Parameter(property = "db.studio.write", defaultValue = "false")
    private boolean write;

    @Inject
    public StudioMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    @Override
    protected void run() throws MojoExecutionException {
        if (port < 0 || port > 65535) {
            throw new MojoExecutionException("-Ddb.studio.port=" + port + " is not a port: give 1 to 65535, or 0 to pick a free one.");
        }
        StudioOptions options = StudioOptions.defaults().withWrite(write).withHiddenTables(Set.of(historyTable().name())).withCodeSchema(codeSchema())
                .withLog(engineLog());   // an export cut after its first rows says why here
        // An existing database only: a mistyped -Ddb.local.path would otherwise become a new empty file, served as if it were the data.
        Database db = openExistingDatabase();
        StudioServer studio;
        try {
            studio = StudioServer.start(db, options, port);
        } catch (IOException e) {
            db.close();
            throw new MojoExecutionException("Cannot start the studio on 127.0.0.1:" + port + ": " + e.getMessage()
                    + ". Pass another port with -Ddb.studio.port=N (0 picks a free one).", e);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        boolean readOnly = !write && db.capabilities().remote();
        getLog().info("Godwit Studio for " + db.describe() + (readOnly ? " (read-only; -Ddb.studio.write allows changes)" : "")
                + ": " + studio.startUri() + "  (Ctrl+C to stop)");
        try {
            // Ctrl+C: the studio and the database are closed before the JVM halts (SQLite checkpoints a WAL and removes it)
            StudioServer.serveUntilStopped(ShutdownHooks.JVM, studio, db);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The project's schema, for drizzle's column modes (dates, booleans, JSON); the studio works without it. */
    private SchemaDef codeSchema() {
        if (schema == null || schema.isBlank()) return null;
        try {
            return loadSchema();
        } catch (MojoExecutionException | MojoFailureException | RuntimeException e) {
            getLog().warn("The studio shows raw values: the schema could not be loaded (" + e.getMessage() + ")");
            return null;
        }
    }
}
