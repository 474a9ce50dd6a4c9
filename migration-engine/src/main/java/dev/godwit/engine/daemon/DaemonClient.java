package dev.godwit.engine.daemon;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.GodwitException;
import dev.godwit.engine.diff.Prompter;
import dev.godwit.schema.model.SchemaException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Sends a {@code db:generate} to Godwit's daemon, starting one when none runs for this Java and class path. Empty when no
 * daemon could be reached before the request went out: the caller then runs {@link GenerateJob} itself, nothing lost. Once
 * the request is out, the daemon's outcome is the run's: its errors come back as the same exceptions, with the same words.
 *
 * @param registryDir where daemons write how to reach them (default {@code ~/.godwit/daemon})
 * @param javaHome    the Java the daemon runs on (the build's)
 * @param classPath   the daemon's class path: Godwit's jars
 * @param idleSeconds how long a daemon waits for the next request before it stops
 */
public record DaemonClient(Path registryDir, String javaHome, List<Path> classPath, long idleSeconds) {

    /** How long a started daemon may take to say where it listens (a JVM start on a loaded machine) before the run goes on without it. */
    private static final long START_WAIT_MILLIS = 15_000;

    public DaemonClient {
        classPath = List.copyOf(classPath);
    }


    Registry registry() {
        return new Registry(registryDir, Registry.key(javaHome, classPath));
    }

    /** The daemon's log file (its requests, its start and stop). */
    public Path logFile() {
        return registry().logFile();
    }

    /**
     * Runs {@code request} in the daemon.
     *
     * @param prompter asks at the build's terminal when the daemon has a question (an interactive request)
     * @param log      told when a daemon is started, or could not be
     * @param debug    told how the daemon was reached
     */
    public Optional<GenerateReport> generate(GenerateRequest request, Prompter prompter, EngineLog log, Consumer<String> debug) {
        Registry registry = registry();
        Connection c = connect(registry, log, debug);
        if (c == null) return Optional.empty();
        try (c) {
            try {
                c.out.writeByte('G');
                request.write(c.out);
                c.out.flush();
            } catch (IOException notSent) {
                debug.accept("The daemon took no request (" + notSent + "); generating in this JVM.");
                return Optional.empty();
            }
            return Optional.of(outcome(c, prompter, registry));
        }
    }

    /** Stops this class path's daemon, if one runs; true if one said it stops. */
    public boolean stop() {
        Registry registry = registry();
        Connection c = reach(registry, registry.read().orElse(null));
        if (c == null) return false;
        try (c) {
            c.out.writeByte('S');
            c.out.flush();
            return c.in.readByte() == 'K';
        } catch (IOException e) {
            return false;
        }
    }

    private GenerateReport outcome(Connection c, Prompter prompter, Registry registry) {
        try {
            while (true) {
                byte frame = c.in.readByte();
                if (frame == 'R') return GenerateReport.read(c.in);
                if (frame == 'Q') {
                    answer(c, prompter);
                    continue;
                }
                if (frame != 'E') throw new IOException("unexpected frame " + frame);
                byte type = c.in.readByte();
                if (type == 'S') throw new SchemaException(Wire.strings(c.in));
                if (type == 'G') throw new GodwitException(GodwitException.Kind.valueOf(Wire.string(c.in)), Wire.string(c.in));
                String error = Wire.string(c.in);
                String trace = Wire.string(c.in);
                throw new GodwitException(GodwitException.Kind.BROKEN, "db:generate failed in Godwit's daemon: " + error
                        + " (a defect in Godwit: please report it with this trace; -Ddb.daemon=false runs it in Maven's JVM)\n" + trace);
            }
        } catch (IOException lost) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "Godwit's daemon stopped answering during db:generate (" + lost
                    + "; its log: " + registry.logFile() + "). A migration may be half written: run mvn db:verify to see, then db:generate"
                    + " again, with -Ddb.daemon=false to run it in Maven's JVM.", lost);
        }
    }

    private static void answer(Connection c, Prompter prompter) throws IOException {
        byte question = c.in.readByte();
        List<String> args = Wire.strings(c.in);
        List<String> list = Wire.strings(c.in);
        String answer;
        if (prompter == null) answer = null;   // not asked by a batch request; a null answer is "no rename", "do not go on"
        else if (question == 'T') answer = prompter.tableRenamedFrom(args.get(0), list);
        else if (question == 'C') answer = prompter.columnRenamedFrom(args.get(0), args.get(1), list);
        else answer = prompter.confirmDataLoss(list) ? "yes" : "no";
        Wire.string(c.out, answer);
        c.out.flush();
    }

    /** A connection past the handshake, or null: no daemon, and none could be started. */
    private Connection connect(Registry registry, EngineLog log, Consumer<String> debug) {
        Registry.Entry known = registry.read().orElse(null);
        Connection c = reach(registry, known);
        if (c != null) {
            debug.accept("Generating in Godwit's daemon (pid " + known.pid() + ").");
            return c;
        }
        Process started;
        try {
            started = start(registry);
        } catch (IOException e) {
            log.warn("Could not start Godwit's daemon (" + e.getMessage() + "); generating in Maven's JVM.");
            return null;
        }
        long deadline = System.currentTimeMillis() + START_WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            Registry.Entry now = registry.read().orElse(null);
            if (now != null && !now.equals(known)) {
                c = reach(registry, now);
                if (c != null) {
                    if (now.pid() == started.pid()) {
                        log.info("Started Godwit's daemon (pid " + now.pid() + ") for quicker db:generate runs; it stops after "
                                + idleMinutes() + " idle. -Ddb.daemon=false runs the goal in Maven's JVM instead.");
                    }
                    return c;
                }
            }
            // One that stopped at once may have lost the lock to a daemon another build started meanwhile: wait for that one.
            sleep();
        }
        log.warn("Godwit's daemon did not start (see " + registry.logFile() + "); generating in Maven's JVM.");
        return null;
    }

    private String idleMinutes() {
        if (idleSeconds == 60) return "1 minute";
        return idleSeconds % 60 == 0 ? idleSeconds / 60 + " minutes" : idleSeconds + " seconds";
    }

    private Process start(Registry registry) throws IOException {
        registry.createDir();
        String java = Path.of(javaHome, "bin", File.separatorChar == '\\' ? "java.exe" : "java").toString();
        // The build's heap limit, as the Kotlin daemon takes its launcher's: a schema the build could load, the daemon can.
        String heap = "-Xmx" + Math.max(256, Runtime.getRuntime().maxMemory() / (1024 * 1024)) + "m";
        // C1 only: its first run 397 ms against 595 with C2 (500 tables), and no slower once warm (43-62 ms against 32-71).
        List<String> command = new ArrayList<>(List.of(java, heap, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                String.join(File.pathSeparator, classPath.stream().map(p -> p.toAbsolutePath().toString()).toList()),
                Daemon.class.getName(), registry.dir().toAbsolutePath().toString(), registry.key(), Long.toString(idleSeconds)));
        if (Files.isRegularFile(registry.logFile()) && Files.size(registry.logFile()) > 1_000_000) Files.deleteIfExists(registry.logFile());   // a line per run
        ProcessBuilder pb = new ProcessBuilder(command).directory(registry.dir().toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(registry.logFile().toFile()));
        Process p = pb.start();
        p.getOutputStream().close();   // it reads nothing; the build's terminal stays the build's
        return p;
    }

    private static Connection reach(Registry registry, Registry.Entry e) {
        if (e == null) return null;
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), e.port()), 2_000);
            Connection c = new Connection(socket);
            Wire.string(c.out, Wire.MAGIC);
            Wire.string(c.out, e.token());
            c.out.flush();
            socket.setSoTimeout(5_000);   // a daemon answers at once; a port taken over by another program may never
            if (c.in.readByte() != 'H') throw new IOException("not Godwit's daemon");
            socket.setSoTimeout(0);
            return c;
        } catch (IOException stale) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // nothing was sent
            }
            return null;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class Connection implements AutoCloseable {
        final Socket socket;
        final DataInputStream in;
        final DataOutputStream out;

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
            this.out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // the outcome is already read
            }
        }
    }
}
