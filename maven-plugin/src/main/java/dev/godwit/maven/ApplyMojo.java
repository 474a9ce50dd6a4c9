package dev.godwit.maven;

import dev.godwit.engine.db.Database;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.Migrator;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Applies pending migrations: to the local SQLite file with {@code -Dlocal}, else to Cloudflare D1
 * over its HTTP API. Each migration and its history row commit together or not at all. Can be bound
 * to the {@code deploy} phase.
 */
@Mojo(name = "apply", defaultPhase = LifecyclePhase.DEPLOY, threadSafe = true)
public class ApplyMojo extends AbstractGodwitMojo {

    /** Print what would run; change nothing. */
    @Parameter(property = "db.dryRun", defaultValue = "false")
    private boolean dryRun;

    /** Apply even if an applied migration's file was edited (prints a warning). */
    @Parameter(property = "db.ignoreChecksums", defaultValue = "false")
    private boolean ignoreChecksums;

    @Inject
    public ApplyMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        var migrations = folder().migrations();
        var fleet = fleet();
        if (fleet != null) {
            if (dryRun) throw new MojoExecutionException("-Ddb.dryRun works on one database; run db:status -Ddb.d1.databases=... to see what a fleet has pending.");
            fleetRunner(fleet, ignoreChecksums).apply(migrations);
            return;
        }
        try (Database db = openDatabase()) {
            new Migrator(db, historyTable(), engineLog()).apply(migrations, new ApplyOptions(dryRun, ignoreChecksums, 3));
        }
    }
}
