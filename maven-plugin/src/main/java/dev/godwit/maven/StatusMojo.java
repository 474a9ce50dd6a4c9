package dev.godwit.maven;

import dev.godwit.engine.db.Database;
import dev.godwit.engine.migrate.MigrationState;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.migrate.StatusTable;
import dev.godwit.engine.target.ProjectSettings;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/** Lists every migration with its state on the target database (local with -Dlocal, else D1), like Flyway's info. */
@Mojo(name = "status", threadSafe = true)
public class StatusMojo extends AbstractGodwitMojo {

    /**
     * Show what db:apply -Ddb.upTo would do: which pending migrations it applies (up to and including this one, by number or whole
     * tag) and which it leaves pending.
     */
    @org.apache.maven.plugins.annotations.Parameter(property = "db.upTo")
    private String upTo;

    @Inject
    public StatusMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    @Override
    protected boolean fleetGoal() {
        return true;
    }

    @Override
    protected void run() throws MojoExecutionException {
        var fleet = fleet();
        if (fleet != null) {
            fleetRunner(fleet, false).withUpTo(upTo).status(folder());
            return;
        }
        getLog().info("Settings (and where each came from):");
        for (ProjectSettings.Origin o : settingsOrigins()) getLog().info("  " + o);
        var folder = folder();
        java.nio.file.Path file = localFile();
        boolean none = file != null && !java.nio.file.Files.exists(file);
        if (none) getLog().info("There is no database at " + file.toAbsolutePath().normalize() + " yet (status creates none): every migration is pending there.");
        // none: an empty stand-in described and limited as the file will be, so db:apply's refusals read as they will there
        try (Database db = none ? dev.godwit.engine.db.SqliteDatabase.inMemoryStandingFor(file, target() instanceof dev.godwit.engine.target.Target.WranglerLocalD1,
                target() instanceof dev.godwit.engine.target.Target.WranglerLocalD1 w ? w.description() : null)
                : openDatabase()) {
            Migrator migrator = new Migrator(db, historyTable(), engineLog()).withCommandArgs(restoreArgs()).withTablesFilter(tablesFilter())   // the refusal's commands as db:apply's
                    .withLocalCopyKept(file == null || !localBackups().list(file).isEmpty())
                    .withWayBack(wayBack())
                    .upTo(upTo);   // the refusal and the trial look at the migrations db:apply -Ddb.upTo would send
            List<MigrationState> states = migrator.status(folder);
            String refusal = migrator.applyRefusal(states);
            getLog().info("Migrations in " + folder().dir() + " on " + (none ? "the database that is not there yet" : db.describe()) + ":");
            for (String line : StatusTable.render(states, migrator.history().keepsAppliedTime(), "mvn db:repair" + (file != null ? " -Dlocal" : "") + restoreArgs(), refusal,
                    migrator.lostEntries())) getLog().info(line);
            // a journal entry without its file: shown above, marked; every other goal stops on it, so does status, with the fix
            if (states.stream().anyMatch(s -> s.state() == MigrationState.State.FILE_MISSING)) throw new MojoExecutionException(refusal);
            // the pending migrations tried on an empty copy of the database's schema: one that fails there fails on the database too
            // (a developer saw "pending" on a database db:push moved part of the way, then db:apply's "duplicate column name")
            // with -Ddb.upTo, what the apply would send: nothing where the database is at the migration named (no pre-flight to run)
            boolean sends = states.stream().anyMatch(s -> s.state() == MigrationState.State.PENDING && s.sameSqlAs() == null);
            if (refusal == null && upTo != null && !upTo.isBlank()) {
                var plan = dev.godwit.engine.migrate.UpTo.plan(states, false, upTo, db.describe());
                getLog().info(plan.statusLine(upTo));
                sends &= !plan.run().isEmpty();
            }
            String fails = refusal == null ? migrator.pendingFailure(states) : null;
            if (fails != null) {
                getLog().warn(fails);
                return;
            }
            if (refusal == null && sends) {
                // what "pending" does not promise: the data check db:apply runs before it sends anything
                getLog().info("Not checked by db:status: db:apply's pre-flight, which runs the pending migrations on a copy holding the database's"
                        + " rows first and stops on rows removed or rewritten. mvn db:apply" + (file != null ? " -Dlocal" : "") + restoreArgs()
                        + (upTo != null && !upTo.isBlank() ? " " + dev.godwit.engine.target.PrintedArgs.quoted("-Ddb.upTo=" + upTo.strip()) : "")
                        + " -Ddb.dryRun runs it without applying anything.");
            }
        }
    }
}
