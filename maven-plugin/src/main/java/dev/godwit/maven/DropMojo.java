package dev.godwit.maven;

import dev.godwit.engine.drop.DropOptions;
import dev.godwit.engine.drop.Dropper;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Removes the latest migration (drizzle-kit's drop): its SQL file, snapshot, journal entry and
 * checksum, after listing them. {@code -Ddb.name} picks another one if no later migration depends
 * on it. Refuses a migration the target database (local with -Dlocal, else D1) records as applied,
 * or a target it cannot read, unless {@code -Ddb.force}.
 */
@Mojo(name = "drop", threadSafe = true)
public class DropMojo extends AbstractGodwitMojo {

    /** The migration to drop: its tag (0003_add_users), number (0003) or name (add_users). Default: the latest. */
    @Parameter(property = "db.name")
    private String name;

    /** Drop it even if the target records it as applied, or the target cannot be read. */
    @Parameter(property = "db.force", defaultValue = "false")
    private boolean force;

    @Inject
    public DropMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    @Override
    protected void run() throws MojoExecutionException {
        new Dropper(engineLog()).withLockTimeout(lockWait()).withCommandArgs(restoreArgs()).withWayBack(wayBack()).drop(folder(), new DropOptions(name, force), databaseOpener(), historyTable());
    }
}
