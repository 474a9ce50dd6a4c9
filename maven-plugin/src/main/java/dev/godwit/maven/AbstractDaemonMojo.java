package dev.godwit.maven;

import dev.godwit.engine.daemon.DaemonClient;
import dev.godwit.engine.daemon.ProjectInputs;
import dev.godwit.engine.uptodate.UpToDate;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/** A goal that runs in Godwit's daemon when there is one to use: db:generate, and db:verify without a live database. */
abstract class AbstractDaemonMojo extends AbstractGodwitMojo {

    /**
     * Run in Godwit's daemon, a JVM that stays up between runs (started in the background by a run that found none, which
     * itself runs in Maven's JVM; stopped after {@code db.daemon.idleMinutes} without a run), so a run does not pay for a fresh
     * JVM. Default: on, except where the CI variable is set, under mvnd and on Windows. false runs the goal in Maven's JVM.
     */
    @Parameter(property = "db.daemon")
    private Boolean daemon;

    /** Minutes Godwit's daemon waits for the next db:generate or db:verify before it stops. */
    @Parameter(property = "db.daemon.idleMinutes", defaultValue = "30")
    private int daemonIdleMinutes;

    /** Where Godwit's daemons say how to reach them (a port and a token, readable by the user only), and keep their logs. */
    @Parameter(property = "db.daemon.dir", defaultValue = "${user.home}/.godwit/daemon")
    private java.io.File daemonDir;

    protected AbstractDaemonMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    /**
     * {@code there} in Godwit's daemon when there is one to use ({@link #daemon}), else {@code here}; a run that found none
     * starts one afterwards if {@link #startsDaemon}, for the next run (after this run's work, not beside it: it warms up once
     * this build has ended).
     */
    protected <T> T inDaemonOrHere(Function<DaemonClient, Optional<T>> there, Supplier<T> here) {
        List<Path> jars = pluginClassPath();
        if (!useDaemon() || jars.isEmpty()) return here.get();
        DaemonClient client = new DaemonClient(daemonDir.toPath(), System.getProperty("java.home"), jars, daemonIdleMinutes * 60L);
        Optional<T> done = there.apply(client);
        if (done.isPresent()) return done.get();
        try {
            return here.get();
        } finally {
            if (startsDaemon()) client.start(engineLog());
        }
    }

    /** Whether a run that found no daemon starts one for the next. */
    protected boolean startsDaemon() {
        return true;
    }

    /** -Ddb.daemon as given; otherwise on, except in CI (the CI variable set), in the Maven daemon (mvnd, whose JVM stays up already) and on Windows. */
    private boolean useDaemon() {
        if (daemon != null) return daemon;
        String ci = System.getenv("CI");
        boolean inCi = ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
        // Nor on Windows, which cannot replace a jar a running JVM holds open: installing a new Godwit would fail until it stopped.
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        return !inCi && !windows && System.getProperty("mvnd.home") == null;
    }

    /** This project as a daemon's job sees it; {@code inputs}: see {@link #schemaFingerprint}. */
    protected ProjectInputs projectInputs(UpToDate inputs) throws MojoExecutionException {
        Path from = shownFrom();
        return new ProjectInputs(project.getBasedir().toPath().toAbsolutePath().toString(), schemaSources(),
                hasJavaPackages() ? compileClassPath() : List.of(), folder().dir().toString(), from == null ? null : from.toString(),
                schemaFingerprint(inputs), recheck, projectSettings().history());
    }
}
