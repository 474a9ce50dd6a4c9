package dev.godwit.maven;

import dev.godwit.engine.baseline.BaselineOptions;
import dev.godwit.engine.baseline.Baseliner;
import dev.godwit.engine.db.Database;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Records the migrations up to {@code -Ddb.baseline=TAG} as applied on a database whose schema was
 * made outside Godwit (Flyway's baseline), after checking that its schema equals that migration's
 * snapshot; refuses and lists the differences otherwise ({@code -Ddb.force} records anyway).
 */
@Mojo(name = "baseline", threadSafe = true)
public class BaselineMojo extends AbstractGodwitMojo {

    /** The last migration the database already has: its tag (0003_add_users), number (0003) or name (add_users). */
    @Parameter(property = "db.baseline")
    private String baseline;

    /** Record the migrations as applied even if the database's schema differs from the snapshot. */
    @Parameter(property = "db.force", defaultValue = "false")
    private boolean force;

    @Inject
    public BaselineMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    @Override
    protected void run() throws MojoExecutionException {
        try (Database db = openExistingDatabase()) {
            new Baseliner(engineLog()).withCommandArgs(restoreArgs()).withTablesFilter(tablesFilter()).beforeChanging(wayBackBeforeHistoryChange("baseline", db)::get)
                    .baseline(folder(), db, historyTable(), new BaselineOptions(baseline, force));
        }
    }
}
