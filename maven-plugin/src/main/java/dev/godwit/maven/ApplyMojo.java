package dev.godwit.maven;

import dev.godwit.engine.db.Database;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.preflight.Preflight;
import dev.godwit.engine.restore.LocalBackups;
import dev.godwit.engine.restore.Restorer;
import dev.godwit.engine.target.DevVarsGuard;
import dev.godwit.engine.target.Target;
import java.util.Set;
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

    /** Apply the pending migrations even when the database records migrations the folder does not have (with a warning). */
    @Parameter(property = "db.ignoreMissing", defaultValue = "false")
    private boolean ignoreMissing;

    /**
     * Apply migrations older than the last one the database applied (a release branch's hotfix ran there first), with a
     * warning, as Flyway's outOfOrder; refused by default. On one database they are tried on the pre-flight's copy first.
     */
    @Parameter(property = "db.outOfOrder", defaultValue = "false")
    private boolean outOfOrder;

    /**
     * Apply the pending migrations up to and including this one, and leave the later ones pending (Flyway's -target, Liquibase's
     * update-to-tag): its number ({@code 0012}, {@code 12}) or whole tag ({@code 0012_brave_hulk}), as db:status prints them. A
     * migration the folder does not have, or one the database is already past, is refused before anything runs. On a fleet, each
     * database stops there.
     */
    @Parameter(property = "db.upTo")
    private String upTo;

    /**
     * Local SQLite file only, for plain SQLite apps: run a migration that holds {@code PRAGMA foreign_keys=OFF} with foreign
     * keys switched off around its transaction (and {@code PRAGMA foreign_key_check} before the commit). By default a local
     * apply runs each migration as D1 and drizzle-orm's migrate() do: foreign keys on, the migration and its history row in
     * one transaction, where that PRAGMA does nothing, so a parent table's rebuild deletes the rows of ON DELETE CASCADE
     * children locally exactly as it would on D1.
     */
    @Parameter(property = "db.local.foreignKeysOff", defaultValue = "false")
    private boolean localForeignKeysOff;

    /**
     * Apply even when the pre-flight finds rows the pending migrations would remove or rewrite
     * (it prints them as a warning).
     */
    @Parameter(property = "db.acceptDataLoss", defaultValue = "false")
    private boolean acceptDataLoss;

    @Inject
    public ApplyMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    /**
     * Fleets: the report of an earlier apply (target/godwit/fleet-&lt;time&gt;.json, a killed run's too) whose databases at the latest
     * migration are skipped without reading their histories again.
     */
    @Parameter(property = "db.fleet.skipDoneIn")
    protected java.io.File fleetSkipDoneIn;

    /**
     * Fleets: a database's consecutive pending migrations that touch no rows (CREATE TABLE/VIEW/TRIGGER, ADD COLUMN, RENAME, ...)
     * go in one D1 request, one transaction, instead of one request each; false: one request per migration (as wrangler sends them).
     */
    @Parameter(property = "db.fleet.batch", defaultValue = "true")
    protected boolean fleetBatch;

    @Override
    protected boolean fleetGoal() {
        return true;
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        DevVarsGuard.warning(project.getBasedir().toPath(), wranglerConfigDir()).ifPresent(getLog()::warn);
        var folder = folder();
        var migrations = folder.migrations();
        var fleet = fleet();
        if (fleet != null) {
            if (dryRun) throw new MojoExecutionException("-Ddb.dryRun works on one database; run db:status -Ddb.d1.databases=... to see what a fleet has pending.");
            // what one database's apply does with these, a fleet cannot: said, not silently dropped
            if (acceptDataLoss) {
                getLog().warn("-Ddb.acceptDataLoss has no effect on a fleet: the data pre-flight does not run per database (see Fleets, Pre-flight"
                        + " in the README). Run db:apply -Ddb.d1.databaseId=ID" + fleetMemberArgs() + " on a representative database first to see"
                        + " what it finds.");
            }
            if (localForeignKeysOff) {
                getLog().warn("db.local.foreignKeysOff has no effect on a fleet of Cloudflare D1 databases: foreign keys stay on there.");
            }
            fleetRunner(fleet, ignoreChecksums, ignoreMissing, outOfOrder).skippingDoneIn(fleetSkipDoneIn == null ? null : fleetSkipDoneIn.toPath())
                    .withUpTo(upTo).batchingRowFreeMigrations(fleetBatch).apply(folder);
            return;
        }
        Target target = target();
        LocalBackups localBackups = localBackups();
        try (Database db = target.open(engineLog())) {
            String twoHistories = projectSettings().twoHistoriesWarning();
            if (twoHistories != null && !dryRun && !dev.godwit.engine.migrate.HistoryTable.find(db, historyTable()).exists()) getLog().warn(twoHistories);
            Preflight preflight = Preflight.forTarget(target, db, Set.of(historyTable().name()), acceptDataLoss, engineLog())
                    .withForeignKeysOffAround(localForeignKeysOff && !target.remote())
                    .forD1Project(!(target instanceof Target.LocalFile) || goesToD1())   // D1's 30 s per request: a plain SQLite app has none
                    .withCommandArgs(restoreArgs());   // its db:repair command names this database too
            java.nio.file.Path file = localFile();
            new Migrator(db, historyTable(), engineLog()).withTablesFilter(tablesFilter())
                    .withCommandArgs(restoreArgs())   // the database this command line picked, in the way on's commands
                    .withLocalCopyKept(file == null || !localBackups.list(file).isEmpty())
                    .withWayBack(wayBack())
                    .checkingPendingWith(preflight)
                    .beforeApplying(pending -> new Restorer(engineLog()).beforeApply(target, db, localBackups, restoreArgs(), wranglerArgs()))
                    .apply(folder, new ApplyOptions(dryRun, ignoreChecksums, 3, localForeignKeysOff).withIgnoreMissing(ignoreMissing)
                            .withOutOfOrder(outOfOrder).withUpTo(upTo));
        }
    }
}
