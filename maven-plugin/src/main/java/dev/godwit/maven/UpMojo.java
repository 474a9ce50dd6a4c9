package dev.godwit.maven;

import dev.godwit.engine.up.SnapshotUpgrader;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Upgrades snapshots written by older drizzle-kit versions (SQLite snapshot version 5) to version
 * 6 in place, exactly as drizzle-kit's up does, so an older drizzle project continues with Godwit;
 * converts a folder in drizzle-kit 1.0's layout (a folder per migration, no journal) to the journal
 * layout, so a project begun on drizzle-kit 1.0 switches to Godwit.
 */
@WorksOnNoDatabase("it upgrades the folder's snapshots and layout")
@Mojo(name = "up", threadSafe = true)
public class UpMojo extends AbstractGodwitMojo {

    @Inject
    public UpMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    @Override
    protected void run() throws MojoExecutionException {
        new SnapshotUpgrader(engineLog()).withLockTimeout(lockWait()).up(folder());
    }
}
