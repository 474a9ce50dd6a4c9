package dev.godwit.maven;

import dev.godwit.engine.db.Database;
import dev.godwit.engine.studio.StudioServer;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * A local web UI to browse and edit the rows of the target database (local with -Dlocal, else D1),
 * on 127.0.0.1 only. Runs until Ctrl+C.
 */
@Mojo(name = "studio", threadSafe = true)
public class StudioMojo extends AbstractGodwitMojo {

    /** The port to listen on (127.0.0.1 only); 0 picks a free one. */
    @Parameter(property = "db.studio.port", defaultValue = "4983")
    private int port;

    @Inject
    public StudioMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    @Override
    protected void run() throws MojoExecutionException {
        CountDownLatch stopped = new CountDownLatch(1);
        try (Database db = openDatabase(); StudioServer studio = StudioServer.start(db, Set.of(historyTable().name()), port)) {
            getLog().info("Godwit Studio for " + db.describe() + ": " + studio.uri() + "  (Ctrl+C to stop)");
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot start the studio on 127.0.0.1:" + port + ": " + e.getMessage()
                    + ". Pass another port with -Ddb.studio.port=N (0 picks a free one).", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
