package dev.godwit.maven;

import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.rebase.Rebaser;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * After a merge where two branches each generated migrations on the same parent (Atlas's migrate
 * rebase): keeps the target branch's migrations and moves the others after them, renumbered, with
 * the prevId chain and journal rewritten and their SQL regenerated from the merged history.
 * Hand-written migrations move unchanged, with a warning. Nothing is written if anything fails.
 */
@WorksOnNoDatabase("it rewrites the migrations folder after a merge")
@Mojo(name = "rebase", threadSafe = true)
public class RebaseMojo extends AbstractGodwitMojo {

    @Inject
    public RebaseMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    @Override
    protected void run() throws MojoExecutionException {
        new Rebaser(engineLog()).withLockTimeout(lockWait()).rebase(folder(), fileNameHistory());
    }

    /** The history table when it keeps file names only (wrangler's layout), else null; a rebase needs no database, so a setting that cannot be read is no error here. */
    private String fileNameHistory() {
        try {
            HistoryTable h = historyTable();
            return h instanceof HistoryTable.Wrangler ? h.name() : null;
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
