package dev.godwit.engine.daemon;

import dev.godwit.engine.GodwitException;
import dev.godwit.engine.diff.Prompter;
import dev.godwit.schema.model.SchemaException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The daemon's process: {@code Daemon <registry dir> <key> <idle seconds>}. Listens on the loopback interface only, lets in
 * requests that bring the token it wrote to its registry file, runs each ({@link GenerateJob}, {@link VerifyJob}) on a thread of its own, and
 * stops after {@code idle seconds} without one, or as soon as a jar of its class path changes (a new build of Godwit is
 * another daemon). One daemon per key: a second one started meanwhile finds the lock taken and stops at once.
 */
public final class Daemon {

    private static final long TICK_MILLIS = 1_000;
    private static final long STARTER_WAIT_SECONDS = 20;
    /** How long the files of another key's daemon (an older Godwit) stay after its last use. */
    private static final java.time.Duration LEFTOVERS_KEPT = java.time.Duration.ofDays(7);

    private final Registry registry;
    private final long idleMillis;
    /** The pid of the build that started it, which it lets end before it warms up (-1: none given). */
    private final long starter;
    private final List<Path> classPath = new ArrayList<>();
    private final List<String> classPathState = new ArrayList<>();
    private final AtomicInteger running = new AtomicInteger();
    private volatile long lastActive = System.currentTimeMillis();
    private volatile boolean stopping;
    /** Set once it takes no more requests; a connection admitted after it is turned away before the handshake. */
    private volatile boolean closed;

    private Daemon(Registry registry, long idleMillis, long starter) {
        this.registry = registry;
        this.idleMillis = idleMillis;
        this.starter = starter;
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) if (!e.isEmpty()) classPath.add(Path.of(e));
        classPathState.addAll(states());
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3 && args.length != 4) {
            System.err.println("usage: Daemon <registry dir> <key> <idle seconds> [<pid of the build that started it>]");
            System.exit(2);
        }
        ignoreTerminalSignals();
        quietLogging();
        Registry registry = new Registry(Path.of(args[0]), args[1]);
        registry.createDir();
        try (FileChannel lockChannel = FileChannel.open(registry.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = tryLock(lockChannel)) {
            if (lock == null) {
                log("another daemon holds " + registry.lockFile() + "; stopping");
                return;
            }
            long starter = args.length == 4 ? Long.parseLong(args[3]) : -1;
            new Daemon(registry, Long.parseLong(args[2]) * 1000, starter).serve();
        }
        System.exit(0);   // request threads that hang on a dead client must not keep the JVM up
    }

    /** The lock, or null if another daemon holds it; tried a few times, as a client probing for a daemon takes it for a moment. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        for (int attempt = 0; ; attempt++) {
            FileLock lock = channel.tryLock();
            if (lock != null || attempt == 4) return lock;
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    /**
     * SLF4J 1.7 (the logging API of HttpClient and sqlite-jdbc, on Godwit's class path) prints three lines to stderr, the
     * daemon's log, when it finds no binding, as here: the daemon needs none. Its first use, with stderr set aside, settles it.
     */
    private static void quietLogging() {
        java.io.PrintStream err = System.err;
        System.setErr(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        try {
            Class.forName("org.slf4j.LoggerFactory").getMethod("getILoggerFactory").invoke(null);
        } catch (ReflectiveOperationException | LinkageError absent) {
            // not on the class path: nothing to quiet
        } finally {
            System.setErr(err);
        }
    }

    /** Ctrl-C in the terminal of the build that started it reaches the daemon too (one process group): it is not that build's. */
    private static void ignoreTerminalSignals() {
        for (String name : new String[] {"INT", "HUP"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), sun.misc.SignalHandler.SIG_IGN);
            } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError notHere) {
                // no such signal on this platform (Windows has no HUP)
            }
        }
    }

    private void serve() throws IOException {
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        String token = HexFormat.of().formatHex(secret);
        try (ServerSocket server = new ServerSocket(0, 50, Registry.LOOPBACK)) {
            server.setSoTimeout((int) TICK_MILLIS);
            Registry.Entry self = new Registry.Entry(server.getLocalPort(), token, ProcessHandle.current().pid());
            registry.write(self);
            registry.removeLaunch();   // it came up
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {   // killed (TERM), or the machine shuts down
                registry.removeIfOwn(self);
                registry.removeLaunch();
            }, "godwit-daemon-stop"));
            log("listening on 127.0.0.1:" + self.port() + ", pid " + self.pid() + ", stops after " + idleMillis / 1000 + " s idle");
            warmUpInBackground();
            try {
                long checked = System.currentTimeMillis();
                while (!stopping) {
                    try {
                        Socket socket = server.accept();
                        Thread t = new Thread(() -> handle(socket, token, () -> stopTakingRequests(server, self)), "godwit-daemon-request");
                        t.setDaemon(true);
                        t.start();
                    } catch (SocketTimeoutException tick) {
                        // checked below
                    } catch (java.net.SocketException closedByStop) {
                        if (stopping) break;   // a stop request closed the socket (stopTakingRequests)
                        throw closedByStop;
                    }
                    // Also between connections that come more often than the tick (accept then never times out).
                    if (System.currentTimeMillis() - checked < TICK_MILLIS) continue;
                    checked = System.currentTimeMillis();
                    // A launch marker while this daemon holds the lock is stale: written after it came up by the build that
                    // started it, or by one whose daemon lost the lock to it. Left, it would be taken for a launch that failed.
                    registry.removeLaunch();
                    String why = reasonToStop(self);
                    if (why != null) {
                        log("stopping: " + why);
                        break;
                    }
                }
            } finally {
                stopTakingRequests(server, self);
                awaitRunning();   // the ones running finish before the JVM ends
            }
        }
    }

    /**
     * Takes no more requests (again: a no-op). Called by a stop request too, whose closing of the socket ends the wait in accept()
     * at once: the loop saw the stop only at its next tick, up to a second later, which db:stop-daemon waited through for each daemon.
     */
    private void stopTakingRequests(ServerSocket server, Registry.Entry self) {
        registry.removeIfOwn(self);   // no new request finds it
        registry.removeLaunch();   // one that lost the race to it wrote it after it came up
        closed = true;
        try {
            server.close();   // a run connecting now is refused at once and goes on in Maven's JVM, not left waiting
        } catch (IOException e) {
            log("closing its socket: " + e);
        }
    }

    /** Warms up while it waits for the first request, which may come meanwhile: it then runs beside the warm-up. */
    private void warmUpInBackground() {
        Thread t = new Thread(() -> {
            // Not beside the end of the build that started it, on a machine with few cores: that build is what the user waits for.
            ProcessHandle.of(starter).ifPresent(build -> {
                try {
                    build.onExit().get(STARTER_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException | InterruptedException goOn) {
                    // warm up all the same (an IDE's embedded Maven may live on)
                }
            });
            long start = System.nanoTime();
            try {
                DaemonWarmUp.run(registry.warmUpDir());
                log("warmed up in " + (System.nanoTime() - start) / 1_000_000 + " ms");
                List<String> swept = registry.sweepOthers(LEFTOVERS_KEPT);
                if (!swept.isEmpty()) log("deleted the files of daemons unused for " + LEFTOVERS_KEPT.toDays() + " days: " + String.join(", ", swept));
            } catch (IOException | RuntimeException | LinkageError e) {
                log("warm-up failed (requests run all the same, at first slower): " + e);
            }
        }, "godwit-daemon-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private void awaitRunning() {
        while (running.get() > 0) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private String reasonToStop(Registry.Entry self) {
        if (running.get() == 0 && System.currentTimeMillis() - lastActive > idleMillis) return "idle for " + idleMillis / 1000 + " s";
        if (!states().equals(classPathState)) return "a jar of its class path changed";
        if (registry.read().filter(self::equals).isEmpty()) return "its registry file " + registry.file() + " is gone or another daemon's";
        return null;
    }

    private List<String> states() {
        List<String> s = new ArrayList<>();
        for (Path p : classPath) {
            try {
                s.add(Files.size(p) + "|" + Files.getLastModifiedTime(p).toMillis());
            } catch (IOException gone) {
                s.add("gone");
            }
        }
        return s;
    }

    /**
     * Runs one connection. Only one that brought the token counts as activity and in {@link #running}: a stranger's
     * connections, however many, keep no idle daemon up.
     */
    private void handle(Socket socket, String token, Runnable stopTakingRequests) {
        long start = System.nanoTime();
        String what = "connection";
        boolean admitted = false;
        try (socket) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
            socket.setSoTimeout(10_000);   // the handshake and the request come at once; answers to questions may take a user's time
            if (!Wire.MAGIC.equals(Wire.string(in, 64)) || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                    String.valueOf(Wire.string(in, 64)).getBytes(StandardCharsets.UTF_8))) {
                log("refused a connection without this daemon's token");
                return;
            }
            running.incrementAndGet();   // then closed checked: a stop either waits for this run or refuses it before the handshake
            if (closed) {
                running.decrementAndGet();
                return;   // no 'H': the client runs it itself
            }
            admitted = true;
            lastActive = System.currentTimeMillis();
            out.writeByte('H');   // the client sends its request only after this: no reply, no request, so never run twice
            out.flush();
            byte type = in.readByte();
            if (type == 'S') {
                what = "stop";
                stopping = true;
                stopTakingRequests.run();
                out.writeByte('K');
                out.flush();
                return;
            }
            ClassLoader godwit = Daemon.class.getClassLoader();
            if (type != 'G' && type != 'V') return;
            long heartbeat = Math.max(20, Math.min(60_000, in.readInt()));
            if (type == 'G') {
                GenerateRequest request = GenerateRequest.read(in);
                socket.setSoTimeout(0);
                what = "generate in " + request.project().migrationsDir();
                answer(() -> GenerateJob.run(request, new RelayedPrompter(in, out), godwit, () -> requireClient(socket, in), message -> tell(out, message)),
                        out, heartbeat);
            } else {
                VerifyRequest request = VerifyRequest.read(in);
                socket.setSoTimeout(0);
                what = "verify in " + request.project().migrationsDir();
                answer(() -> VerifyJob.run(request, godwit), out, heartbeat);
            }
            out.flush();
        } catch (IOException | RuntimeException e) {
            log(what + ": " + e);
        } finally {
            if (admitted) {
                lastActive = System.currentTimeMillis();
                running.decrementAndGet();
            }
            log(what + " took " + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
    }

    /**
     * Throws {@link ClientGone} when the build that sent the request has gone away (stopped with Ctrl+C, killed): its migration
     * is not written then. The daemon ignores the terminal's Ctrl+C, so it went on and wrote a migration the user had stopped,
     * which no build printed, and the next db:generate said "No schema changes". Unasked, a client sends nothing: a read
     * either times out at once (it waits) or finds the connection closed.
     */
    static void requireClient(Socket socket, DataInputStream in) {
        try {
            socket.setSoTimeout(1);
            try {
                int b = in.read();
                throw new ClientGone(b < 0 ? new java.io.EOFException("the build that asked for it is gone (stopped or killed); nothing was written")
                        : new IOException("the build sent something unasked before the migration was written; nothing was written"));
            } catch (SocketTimeoutException waiting) {
                // still there
            } finally {
                socket.setSoTimeout(0);
            }
        } catch (IOException e) {
            throw new ClientGone(e);
        }
    }

    /**
     * Runs {@code job} and sends back its reply, or the exception it threw as the client rethrows it; meanwhile a '.' every
     * {@code heartbeatMillis}, so the client tells a long run from a daemon that hangs.
     */
    static void answer(java.util.function.Supplier<Reply> job, DataOutputStream out, long heartbeatMillis) throws IOException {
        Reply report;
        try (Heartbeat beating = new Heartbeat(out, heartbeatMillis)) {
            report = job.get();
        } catch (ClientGone gone) {
            throw gone.getCause();
        } catch (SchemaException e) {
            out.writeByte('E');
            out.writeByte('S');
            Wire.strings(out, e.problems());
            return;
        } catch (GodwitException e) {
            out.writeByte('E');
            out.writeByte('G');
            Wire.string(out, e.kind().name());
            Wire.string(out, e.getMessage());
            return;
        } catch (RuntimeException | Error e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            out.writeByte('E');
            out.writeByte('X');
            Wire.string(out, e.toString());
            Wire.string(out, trace.toString());
            return;
        }
        out.writeByte('R');
        report.write(out);
    }

    /** Writes '.' frames on its own thread until closed; every write to {@code out} meanwhile holds its lock. */
    private static final class Heartbeat implements AutoCloseable {
        private final Thread thread;

        Heartbeat(DataOutputStream out, long millis) {
            thread = new Thread(() -> {
                try {
                    while (true) {
                        Thread.sleep(millis);
                        synchronized (out) {
                            out.writeByte('.');
                            out.flush();
                        }
                    }
                } catch (InterruptedException | IOException done) {
                    // closed, or the client is gone (the run's own reply then fails and is logged)
                }
            }, "godwit-daemon-heartbeat");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void close() {
            thread.interrupt();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A line for the build's log (waiting for the folder's lock), beside the heartbeat; a client gone is found by the run's reply. */
    private static void tell(DataOutputStream out, String message) {
        try {
            synchronized (out) {
                out.writeByte('W');
                Wire.string(out, message);
                out.flush();
            }
        } catch (IOException gone) {
            // the reply fails the same way, and is logged
        }
    }

    /** Questions asked at the build's terminal: sent to the client, which asks the user and sends the answer back. */
    private record RelayedPrompter(DataInputStream in, DataOutputStream out) implements Prompter {

        @Override
        public String tableRenamedFrom(String added, List<String> dropped) {
            return ask('T', List.of(added), dropped);
        }

        @Override
        public String columnRenamedFrom(String table, String added, List<String> dropped) {
            return ask('C', List.of(table, added), dropped);
        }

        @Override
        public boolean confirmDataLoss(List<String> destructive) {
            return "yes".equals(ask('D', List.of(), destructive));
        }

        private String ask(char question, List<String> args, List<String> list) {
            try {
                synchronized (out) {   // beside the heartbeat
                    out.writeByte('Q');
                    out.writeByte(question);
                    Wire.strings(out, args);
                    Wire.strings(out, list);
                    out.flush();
                }
                return Wire.string(in);
            } catch (IOException e) {
                throw new ClientGone(e);
            }
        }
    }

    /**
     * The client went away while the daemon asked it a question; its own type, so that an UncheckedIOException a job throws
     * (a file it could not read) goes back to the client as that job's failure, not taken for a lost client.
     */
    private static final class ClientGone extends RuntimeException {
        ClientGone(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    private static void log(String message) {
        System.out.println(LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + " " + message);
        System.out.flush();
    }
}
