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
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * Sends a {@code db:generate} or {@code db:verify} to Godwit's daemon when one runs for this Java and class path, and starts
 * one in the background when none does. A run that finds no daemon is run by its caller ({@link GenerateJob}, {@link
 * VerifyJob}, in the build's JVM), which then {@link #start starts} one for the next run: a first run costs no more than it did without a daemon.
 * Once a request is out, the daemon's outcome is the run's: its errors come back as the same exceptions, with the same
 * words.
 *
 * @param registryDir where daemons write how to reach them (default {@code ~/.godwit/daemon})
 * @param javaHome    the Java the daemon runs on (the build's)
 * @param classPath   the daemon's class path: Godwit's jars
 * @param idleSeconds how long a daemon waits for the next request before it stops
 * @param silenceMillis how long a daemon running a request may send nothing (it sends a heartbeat six times as often)
 *                      before it is taken for hung
 * @param buildPid    the build a daemon this client starts lets end before it warms up (this JVM)
 */
public record DaemonClient(Path registryDir, String javaHome, List<Path> classPath, long idleSeconds, long silenceMillis, long buildPid) {

    /** Silence of a minute: a heartbeat every 10 s missed six times over, not a long run nor a long garbage collection. */
    public DaemonClient(Path registryDir, String javaHome, List<Path> classPath, long idleSeconds) {
        this(registryDir, javaHome, classPath, idleSeconds, 60_000);
    }

    public DaemonClient(Path registryDir, String javaHome, List<Path> classPath, long idleSeconds, long silenceMillis) {
        this(registryDir, javaHome, classPath, idleSeconds, silenceMillis, ProcessHandle.current().pid());
    }

    /** How long a daemon that holds its lock may take to say where it listens (it does so first thing) before a run goes on without it. */
    private static final long STARTING_WAIT_MILLIS = 5_000;
    /** How long a launched daemon may take to take its lock (a JVM start on a loaded machine) before a run takes it for failed. */
    private static final long BOOT_MILLIS = 15_000;

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
     * Runs {@code request} in the daemon, if one runs (or is starting: it holds its lock); empty when there is none, or it
     * took no request: the caller then runs it itself, nothing lost.
     *
     * @param prompter asks at the build's terminal when the daemon has a question (an interactive request)
     * @param debug    told how the daemon was reached
     */
    public Optional<GenerateReport> generate(GenerateRequest request, Prompter prompter, Consumer<String> debug) {
        return generate(request, prompter, debug, message -> { });
    }

    /** As {@link #generate(GenerateRequest, Prompter, Consumer)}, {@code info} told what the daemon says meanwhile (it waits for a lock). */
    public Optional<GenerateReport> generate(GenerateRequest request, Prompter prompter, Consumer<String> debug, Consumer<String> info) {
        Registry registry = registry();
        return send(registry, "generating", 'G', request::write, debug).map(c -> {
            try (c) {
                return outcome(c, "db:generate", prompter, info, GenerateReport::read);
            } catch (java.net.SocketTimeoutException silent) {
                // Killed first: a daemon that only seems hung may still be writing the migration the next run would write again
                throw new GodwitException(GodwitException.Kind.BROKEN, hung(c, "db:generate", registry) + ". End it first, as it may"
                        + " still be writing the migration: kill " + c.pid + "; then run mvn db:verify to see whether one was half written,"
                        + " and db:generate again, with -Ddb.daemon=false to run it in Maven's JVM.", silent);
            } catch (IOException lost) {
                throw new GodwitException(GodwitException.Kind.BROKEN, "Godwit's daemon stopped answering during db:generate (" + lost
                        + "; its log: " + registry.logFile() + "). A migration may be half written: run mvn db:verify to see, then db:generate"
                        + " again, with -Ddb.daemon=false to run it in Maven's JVM.", lost);
            }
        });
    }

    /**
     * Runs {@code request} in the daemon, as {@link #generate}; empty when there is none, or it stopped answering: a check
     * writes nothing, so the caller then runs it itself (told through {@code warn}).
     */
    public Optional<VerifyReport> verify(VerifyRequest request, Consumer<String> debug, Consumer<String> warn) {
        Registry registry = registry();   // once: its key reads every jar's size and time
        return send(registry, "verifying", 'V', request::write, debug).flatMap(c -> {
            try (c) {
                return Optional.of(outcome(c, "db:verify", null, message -> { }, VerifyReport::read));
            } catch (java.net.SocketTimeoutException silent) {
                warn.accept(hung(c, "db:verify", registry) + "; end it with: kill " + c.pid + ". Checking in Maven's JVM.");
                return Optional.empty();
            } catch (IOException lost) {
                warn.accept("Godwit's daemon stopped answering during db:verify (" + lost + "; its log: " + registry.logFile()
                        + "); checking in Maven's JVM.");
                return Optional.empty();
            }
        });
    }

    private String hung(Connection c, String goal, Registry registry) {
        return "Godwit's daemon (pid " + c.pid + ") sent nothing for " + (silenceMillis % 1000 == 0 ? silenceMillis / 1000 + " s" : silenceMillis + " ms")
                + " during " + goal + ": it hangs. Its log: " + registry.logFile();
    }

    private interface Sent {
        void write(DataOutputStream out) throws IOException;
    }

    private interface Received<T> {
        T read(DataInputStream in) throws IOException;
    }

    /** A connection whose request ({@code type}, then {@code request}) is out; empty when no daemon took it. */
    private Optional<Connection> send(Registry registry, String doing, char type, Sent request, Consumer<String> debug) {
        String unsafe = registry.notPrivate();
        if (unsafe != null) {
            debug.accept("Godwit's daemon folder is not private (" + unsafe + "); " + doing + " in this JVM.");
            return Optional.empty();
        }
        Connection running = reach(registry.read().orElse(null));
        // Waited for only when launched and not up yet: a daemon holding the lock without a launch marker is stopping
        Connection c = running == null && registry.readLaunch().isPresent() && registry.lockHeld() ? awaitListening(registry) : running;
        if (c == null) {
            debug.accept("No Godwit daemon runs for this class path; " + doing + " in this JVM.");
            return Optional.empty();
        }
        debug.accept(Character.toUpperCase(doing.charAt(0)) + doing.substring(1) + " in Godwit's daemon (pid " + c.pid + ").");
        try {
            c.out.writeByte(type);
            c.out.writeInt((int) Math.max(20, silenceMillis / 6));   // the heartbeat's period
            request.write(c.out);
            c.out.flush();
            c.socket.setSoTimeout((int) silenceMillis);
            return Optional.of(c);
        } catch (IOException notSent) {
            c.close();
            debug.accept("The daemon took no request (" + notSent + "); " + doing + " in this JVM.");
            return Optional.empty();
        }
    }

    /**
     * Starts a daemon in the background unless one runs or is starting, and returns at once: it warms itself up, so the
     * next run finds it ready. Two builds starting one each end up with one: the other finds the lock taken and stops.
     *
     * @param log told the daemon's pid, or why none could be started
     * @return the started process's pid
     */
    public OptionalLong start(EngineLog log) {
        Registry registry = registry();
        if (registry.lockHeld()) return OptionalLong.empty();   // a daemon runs, or is starting
        var earlier = registry.readLaunch();
        if (earlier.isPresent()) {
            boolean alive = ProcessHandle.of(earlier.get().pid()).map(ProcessHandle::isAlive).orElse(false);
            if (alive && System.currentTimeMillis() - earlier.get().at() < BOOT_MILLIS) return OptionalLong.empty();   // still booting
            // Said at each run it goes on: a daemon that cannot come up must not look like one that did.
            log.warn("Godwit's daemon started by an earlier run (pid " + earlier.get().pid() + ") never took requests; see its log, "
                    + registry.logFile() + ". Starting another; -Ddb.daemon=false keeps db:generate and db:verify in Maven's JVM.");
        }
        try {
            String unsafe = registry.notPrivate();
            if (unsafe != null) throw new IOException(unsafe + "; set another folder with -Ddb.daemon.dir");
            long pid = launch(registry);
            try {
                registry.writeLaunch(pid);
            } catch (IOException noRoom) {
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);   // it could not write its address either
                throw noRoom;
            }
            log.info("Started Godwit's daemon (pid " + pid + ") for quicker db:generate and db:verify runs from the next one on; it stops after "
                    + idleMinutes() + " idle. -Ddb.daemon=false turns it off.");
            return OptionalLong.of(pid);
        } catch (IOException e) {
            String why = dev.godwit.engine.folder.DiskFull.is(e) ? dev.godwit.engine.folder.DiskFull.hint(registry.dir(), registry.dir().toString(), 0,
                    "run again, or set another folder with -Ddb.daemon.dir") : e.getMessage();
            log.warn("Could not start Godwit's daemon (" + why + "); db:generate and db:verify go on running in Maven's JVM.");
            return OptionalLong.empty();
        }
    }

    /** A connection to the daemon holding the lock, once it listens, within {@link #STARTING_WAIT_MILLIS}; else null. */
    private static Connection awaitListening(Registry registry) {
        long deadline = System.currentTimeMillis() + STARTING_WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            Connection c = reach(registry.read().orElse(null));
            if (c != null) return c;
            if (!registry.lockHeld()) return null;   // it stopped (it lost the lock to another, or could not listen)
            sleep();
        }
        return null;
    }

    /** Whether a daemon answers at the registered address (a handshake; nothing run). */
    boolean listening() {
        Connection c = reach(registry().read().orElse(null));
        if (c == null) return false;
        c.close();
        return true;
    }

    /** Stops this class path's daemon, if one runs; true if one said it stops. */
    public boolean stop() {
        return registry().read().map(DaemonClient::sendStop).orElse(false);
    }

    /**
     * Stops every daemon registered in {@code registryDir}, whatever its Godwit version or Java ({@code db:stop-daemon}),
     * and waits up to {@code wait} for each to end: one finishing a run ends after it. One launched but not listening yet is
     * waited for (up to the time a launch may take) and stopped too. A registry file left by a daemon that was killed outright
     * (its process gone) is deleted.
     *
     * @return what became of each registered daemon, in the order of their keys
     */
    public static List<Stopped> stopAll(Path registryDir, java.time.Duration wait) {
        // One launched a moment ago (by the build just before) is stopped too, once it says where it listens.
        long deadline = System.currentTimeMillis() + Math.min(wait.toMillis(), BOOT_MILLIS);
        for (Registry launching : Registry.launchingIn(registryDir)) {
            while (System.currentTimeMillis() < deadline) {
                var launch = launching.readLaunch();
                if (launch.isEmpty() || System.currentTimeMillis() - launch.get().at() > BOOT_MILLIS
                        || !ProcessHandle.of(launch.get().pid()).map(ProcessHandle::isAlive).orElse(false)) break;
                sleep();
            }
        }
        List<Stopped> stopped = new ArrayList<>();
        for (Registry registry : Registry.registeredIn(registryDir)) {
            Registry.Entry entry = registry.read().orElse(null);
            if (entry == null) continue;   // stopped meanwhile
            // Its lock, not its pid, tells whether it runs: after a kill -9 the pid may be another process's by now.
            Optional<ProcessHandle> process = ProcessHandle.of(entry.pid()).filter(ProcessHandle::isAlive);
            if (!registry.lockHeld() || process.isEmpty()) {
                registry.removeIfOwn(entry);
                stopped.add(new Stopped(entry.pid(), Stopped.Outcome.WAS_GONE));
                continue;
            }
            if (!sendStop(entry)) {
                stopped.add(new Stopped(entry.pid(), Stopped.Outcome.NOT_ANSWERING));
                continue;
            }
            boolean ended;
            try {
                process.get().onExit().get(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
                ended = true;
            } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
                ended = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                ended = false;
            }
            stopped.add(new Stopped(entry.pid(), ended ? Stopped.Outcome.STOPPED : Stopped.Outcome.STOPPING));
        }
        return stopped;
    }

    /** What {@link #stopAll} did with one registered daemon. */
    public record Stopped(long pid, Outcome outcome) {
        public enum Outcome {
            /** It said it stops, and its process ended. */
            STOPPED,
            /** It said it stops, and is still finishing a run (one waiting at a terminal for an answer, say). */
            STOPPING,
            /** It was gone already (killed outright: its lock free, or its process gone): its registry file is deleted. */
            WAS_GONE,
            /** Something holds its lock but did not answer as Godwit's daemon: left alone. */
            NOT_ANSWERING
        }
    }

    private static boolean sendStop(Registry.Entry entry) {
        Connection c = reach(entry);
        if (c == null) return false;
        try (c) {
            c.out.writeByte('S');
            c.out.flush();
            return c.in.readByte() == 'K';
        } catch (IOException e) {
            return false;
        }
    }

    /** The daemon's reply, read by {@code reply}, its questions asked through {@code prompter}; its errors thrown as they were. */
    private static <T> T outcome(Connection c, String goal, Prompter prompter, Consumer<String> info, Received<T> reply) throws IOException {
        while (true) {
            byte frame = c.in.readByte();
            if (frame == '.') continue;   // a heartbeat: it is still at it
            if (frame == 'W') {   // a line for the build's log
                info.accept(Wire.string(c.in));
                continue;
            }
            if (frame == 'R') return reply.read(c.in);
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
            throw new GodwitException(GodwitException.Kind.BROKEN, goal + " failed in Godwit's daemon: " + error
                    + " (a defect in Godwit: please report it with this trace; -Ddb.daemon=false runs the goal in Maven's JVM)\n" + trace);
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

    private String idleMinutes() {
        if (idleSeconds == 60) return "1 minute";
        return idleSeconds % 60 == 0 ? idleSeconds / 60 + " minutes" : idleSeconds + " seconds";
    }

    /** Starts the daemon's JVM; its pid. */
    private long launch(Registry registry) throws IOException {
        registry.createDir();
        boolean windows = File.separatorChar == '\\';
        Path java = Path.of(javaHome, "bin", windows ? "java.exe" : "java");
        if (!Files.isExecutable(java)) throw new IOException("no Java at " + java);
        if (!Files.isWritable(registry.dir())) throw new IOException("cannot write to " + registry.dir() + ", set another with -Ddb.daemon.dir");
        // The build's heap limit, as the Kotlin daemon takes its launcher's: a schema the build could load, the daemon can.
        String heap = "-Xmx" + Math.max(256, Runtime.getRuntime().maxMemory() / (1024 * 1024)) + "m";
        // C1 only: its first run 397 ms against 595 with C2 (500 tables), and no slower once warm (43-62 ms against 32-71).
        List<String> command = new ArrayList<>(List.of(java.toString(), heap, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                String.join(File.pathSeparator, classPath.stream().map(p -> p.toAbsolutePath().toString()).toList()),
                Daemon.class.getName(), registry.dir().toAbsolutePath().toString(), registry.key(), Long.toString(idleSeconds),
                Long.toString(buildPid)));
        if (Files.isRegularFile(registry.logFile()) && Files.size(registry.logFile()) > 1_000_000) Files.deleteIfExists(registry.logFile());   // a line per run
        if (!windows && Files.isExecutable(Path.of("/bin/sh"))) return launchDetached(registry, command);
        ProcessBuilder pb = new ProcessBuilder(command).directory(registry.dir().toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(registry.logFile().toFile()));
        daemonEnvironment(pb.environment());
        Process p = pb.start();
        p.getOutputStream().close();   // it reads nothing; the build's terminal stays the build's
        return p.pid();
    }

    private static final java.util.regex.Pattern NOT_PASSED_ON = java.util.regex.Pattern.compile(
            "(?i)JAVA_TOOL_OPTIONS|JDK_JAVA_OPTIONS|_JAVA_OPTIONS|MAVEN_OPTS|MAVEN_ARGS|CLOUDFLARE_.*|.*(TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|API_?KEY).*");

    /**
     * The build's environment less what the daemon must not take for its 30 minutes: JVM options meant for the build's JVM (a
     * debugger's agent on a fixed port would clash, or wait for one), and secrets (a D1 token: the daemon handles none; MAVEN_ARGS,
     * the arguments Maven 3.9 and 4 add to every mvn, may hold a -Ddb.d1.token=...).
     */
    static void daemonEnvironment(Map<String, String> env) {
        env.keySet().removeIf(name -> NOT_PASSED_ON.matcher(name).matches());
    }

    /**
     * Starts {@code command} through a shell that puts it in the background and ends at once. A JVM with a child of its own
     * running takes 300 ms longer to exit (HotSpot waits that long for the thread that waits on the child, which sits in
     * native code): measured, 0.37 s against 0.05 for a bare main, and so a build that started the daemon directly ended
     * that much later. The daemon's pid comes back on the shell's output.
     */
    private static long launchDetached(Registry registry, List<String> command) throws IOException {
        List<String> sh = new ArrayList<>(List.of("/bin/sh", "-c", "\"$@\" < /dev/null >> \"$GODWIT_DAEMON_LOG\" 2>&1 & echo $!", "sh"));
        sh.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(sh).directory(registry.dir().toFile()).redirectErrorStream(true);
        daemonEnvironment(pb.environment());
        pb.environment().put("GODWIT_DAEMON_LOG", registry.logFile().toAbsolutePath().toString());
        Process shell = pb.start();
        shell.getOutputStream().close();
        String said;
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(shell.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
            said = out.readLine();
        }
        try {
            shell.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            return Long.parseLong(String.valueOf(said).strip());
        } catch (NumberFormatException e) {
            throw new IOException("/bin/sh did not start it: " + said);
        }
    }

    private static Connection reach(Registry.Entry e) {
        if (e == null) return null;
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(Registry.LOOPBACK, e.port()), 2_000);
            Connection c = new Connection(socket, e.pid());
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
        final long pid;

        Connection(Socket socket, long pid) throws IOException {
            this.socket = socket;
            this.pid = pid;
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
