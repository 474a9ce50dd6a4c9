package dev.godwit.maven;

import dev.godwit.engine.daemon.DaemonClient;
import java.io.File;
import java.time.Duration;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Stops Godwit's daemons (those db:generate starts), every version's, and waits for them to end: before deleting the
 * daemon folder, say, or to have the next db:generate start a fresh one. Needs no project.
 */
@Mojo(name = "stop-daemon", requiresProject = false, threadSafe = true)
public class StopDaemonMojo extends AbstractMojo {

    /** The daemons' folder, as given to db:generate. */
    @Parameter(property = "db.daemon.dir", defaultValue = "${user.home}/.godwit/daemon")
    private File daemonDir;

    @Override
    public void execute() {
        List<DaemonClient.Stopped> all = DaemonClient.stopAll(daemonDir.toPath(), Duration.ofSeconds(10));
        if (all.isEmpty()) {
            getLog().info("No Godwit daemon is registered in " + daemonDir + ": none to stop.");
            return;
        }
        for (DaemonClient.Stopped s : all) {
            switch (s.outcome()) {
                case STOPPED -> getLog().info("Stopped Godwit's daemon (pid " + s.pid() + ").");
                case STOPPING -> getLog().warn("Godwit's daemon (pid " + s.pid() + ") stops once the db:generate it runs has ended"
                        + " (one waiting for an answer at its terminal, say).");
                case WAS_GONE -> getLog().info("Godwit's daemon (pid " + s.pid() + ") had ended without deleting its registry file; deleted it.");
                case NOT_ANSWERING -> getLog().warn("Process " + s.pid() + ", registered as Godwit's daemon in " + daemonDir
                        + ", did not answer as one; left alone. If it is a Godwit daemon stuck on something, end it with: kill " + s.pid());
            }
        }
    }
}
