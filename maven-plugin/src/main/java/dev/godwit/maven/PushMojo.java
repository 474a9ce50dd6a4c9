package dev.godwit.maven;

import dev.godwit.engine.db.Database;
import dev.godwit.engine.diff.NotRenames;
import dev.godwit.engine.push.Pusher;
import dev.godwit.schema.model.SchemaDef;
import java.util.Set;
import javax.inject.Inject;
import org.apache.maven.lifecycle.LifecycleExecutor;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Dev only: makes the target database (local with -Dlocal, else D1) match the schema code directly,
 * without writing migrations. Prints the plan first; refuses anything that would lose or rewrite
 * rows unless {@code -Ddb.force}.
 */
@Mojo(name = "push", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class PushMojo extends AbstractGodwitMojo {

    /** Run statements that drop or rewrite data (dropping tables/columns with rows, new constraints the rows break). */
    @Parameter(property = "db.force", defaultValue = "false")
    private boolean force;

    /**
     * Local SQLite file only, for plain SQLite apps: when the plan holds {@code PRAGMA foreign_keys=OFF}, switch foreign keys
     * off around its transaction. By default the plan runs as on D1: foreign keys on, that PRAGMA a no-op.
     */
    @Parameter(property = "db.local.foreignKeysOff", defaultValue = "false")
    private boolean localForeignKeysOff;

    /**
     * Added tables ({@code name}) and columns ({@code table.column}), comma-separated, that are new and not renames of
     * ones that disappeared (db.force does not settle that question).
     */
    @Parameter(property = "db.notRenames")
    private String notRenames;

    private final LifecycleExecutor lifecycle;
    private final BuildPluginManager plugins;

    @Inject
    public PushMojo(SettingsDecrypter settingsDecrypter, LifecycleExecutor lifecycle, BuildPluginManager plugins) {
        super(settingsDecrypter);
        this.lifecycle = lifecycle;
        this.plugins = plugins;
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        new CompileWhenStale(session, project, lifecycle, plugins, getLog(), "push").run(schemaSources());
        SchemaDef schema = loadSchema();
        dev.godwit.engine.target.Target target = target();
        dev.godwit.engine.restore.LocalBackups localBackups = localBackups();
        try (Database db = target.open(engineLog())) {
            new Pusher(db, engineLog(), Set.of(historyTable().name()), localForeignKeysOff)
                    .withHistory(projectSettings().history())
                    .withTablesFilter(tablesFilter())
                    .withCommandArgs(restoreArgs())   // its db:baseline command names this database too
                    .beforeChanging(() -> new dev.godwit.engine.restore.Restorer(engineLog()).beforePush(target, db, localBackups, restoreArgs(), wranglerArgs()))
                    .push(schema, force, interactive() ? ConsolePrompter.forPush() : null, NotRenames.parse(notRenames));
        }
    }
}
