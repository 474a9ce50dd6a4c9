package dev.godwit.maven;

import dev.godwit.engine.db.Database;
import dev.godwit.engine.push.Pusher;
import dev.godwit.schema.model.SchemaDef;
import java.util.Set;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
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
@Execute(phase = LifecyclePhase.COMPILE)
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

    @Inject
    public PushMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        SchemaDef schema = loadSchema();
        try (Database db = openDatabase()) {
            new Pusher(db, engineLog(), Set.of(historyTable().name()), localForeignKeysOff).push(schema, force, interactive() ? new ConsolePrompter() : null);
        }
    }
}
