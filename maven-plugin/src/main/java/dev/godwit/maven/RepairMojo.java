package dev.godwit.maven;

import dev.godwit.engine.db.Database;
import dev.godwit.engine.repair.RepairOptions;
import dev.godwit.engine.repair.Repairer;
import java.util.function.Predicate;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Realigns the history with the migrations, like Flyway's repair: re-records the checksum of a
 * deliberately edited applied migration (in the history table and in meta/_sums/) and removes
 * history rows of migrations that exist nowhere. Lists the changes first; at a terminal asks, in
 * batch mode needs {@code -Ddb.force}. With no database at the local path, the folder's checksums alone.
 */
@Mojo(name = "repair", threadSafe = true)
public class RepairMojo extends AbstractGodwitMojo {

    /** Make the listed changes without asking (needed in batch mode). */
    @Parameter(property = "db.force", defaultValue = "false")
    private boolean force;

    @Inject
    public RepairMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    @Override
    protected void run() throws MojoExecutionException {
        Predicate<String> confirm = interactive() ? q -> {
            String a = System.console().readLine("%s [y/N]: ", q);
            return a != null && a.strip().equalsIgnoreCase("y");
        } : null;
        java.nio.file.Path file = localFile();
        if (file != null && !java.nio.file.Files.exists(file)) {
            // nothing applied there yet (a fresh checkout): an edit is still recorded in meta/_sums/, which needs no database
            new Repairer(engineLog()).withLockTimeout(lockWait()).repairFolder(folder(), file, historyTable(), new RepairOptions(force, confirm));
            return;
        }
        try (Database db = openExistingDatabase()) {
            new Repairer(engineLog()).withLockTimeout(lockWait()).withCommandArgs(restoreArgs()).withWayBack(wayBack()).withTablesFilter(tablesFilter()).takingWayBack(wayBackBeforeHistoryChange("repair", db))
                    .repair(folder(), db, historyTable(), new RepairOptions(force, confirm));
        }
    }
}
