package dev.godwit.engine.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.GodwitException;
import dev.godwit.engine.diff.Prompter;
import dev.godwit.engine.testing.RecordingLog;
import dev.godwit.schema.model.SchemaException;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Godwit's daemon as db:generate uses it: a real JVM started from this test's class path, reached over the loopback
 * interface. What it writes must be what the same request writes in this JVM ({@link GenerateJob}), byte for byte where
 * nothing random goes in, and its errors the same exceptions with the same words.
 */
class DaemonTest {

    @TempDir
    Path tmp;

    private final RecordingLog log = new RecordingLog();
    private final List<String> said = log.lines();
    private final List<String> debug = new ArrayList<>();
    private DaemonClient client;
    private boolean started;

    private DaemonClient client() {
        if (client == null) client = new DaemonClient(tmp.resolve("registry"), System.getProperty("java.home"), classPath(), 120);
        return client;
    }

    @AfterEach
    void stopDaemon() {
        if (client != null) client.stop();
    }

    private static List<Path> classPath() {
        List<Path> cp = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) if (!e.isEmpty()) cp.add(Path.of(e));
        return cp;
    }

    private static final String USERS = "tables:\n  - name: users\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n"
            + "      - {name: email, type: text, notNull: true}\n";
    private static final String USERS_AND_POSTS = USERS + "  - name: posts\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n"
            + "      - {name: user_id, type: integer, references: {table: users, column: id, onDelete: cascade}}\n"
            + "    indexes:\n      - {name: posts_user_idx, columns: [user_id]}\n";

    private Path project(String name, String yaml) throws Exception {
        Path dir = tmp.resolve(name);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("schema.yaml"), yaml);
        return dir;
    }

    private static GenerateRequest request(Path project, String name, boolean acceptDataLoss, boolean interactive) {
        return new GenerateRequest(inputs(project), name, false, acceptDataLoss, List.of(), interactive);
    }

    private static ProjectInputs inputs(Path project) {
        return new ProjectInputs(project.toString(), List.of("schema.yaml"), List.of(), project.resolve("drizzle").toString(), project.toString(),
                null, false, null);
    }

    /** Runs {@code r} in the daemon, started first (and waited for) if none runs. */
    private GenerateReport inDaemon(GenerateRequest r, Prompter prompter) {
        daemonUp();
        return client().generate(r, prompter, debug::add).orElseThrow(() -> new AssertionError("no daemon: " + said + " " + debug));
    }

    /** Starts the daemon unless this test did, and waits until it takes requests. */
    private void daemonUp() {
        if (!started) client().start(log);
        started = true;
        awaitListening(client());
    }

    /** Waits until {@code c}'s daemon, started, takes requests; its pid. */
    private static long awaitListening(DaemonClient c) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            if (c.listening()) return c.registry().read().orElseThrow().pid();
            pause();
        }
        throw new AssertionError("the daemon did not start: " + logOf(c));
    }

    private static String logOf(DaemonClient c) {
        try {
            return Files.readString(c.logFile());
        } catch (java.io.IOException none) {
            return "(no log: " + none + ")";
        }
    }

    private static GenerateReport here(GenerateRequest r, Prompter prompter) {
        return GenerateJob.run(r, prompter, DaemonTest.class.getClassLoader());
    }

    private static String sql(GenerateReport r) throws Exception {
        return Files.readString(r.sqlFile());
    }

    @Test
    void aRunFindingNoDaemonIsTheCallersWhichThenStartsOneThatWarmsUpInTheBackground() throws Exception {
        // started for a build that has ended (a daemon warms up once its build ends, or 20 s on): the warm-up starts at once
        Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        build.waitFor();
        client = new DaemonClient(tmp.resolve("registry"), System.getProperty("java.home"), classPath(), 120, 60_000, build.pid());
        Path a = project("a", USERS);
        assertTrue(client().generate(request(a, "init", false, false), null, debug::add).isEmpty());
        assertEquals(List.of("No Godwit daemon runs for this class path; generating in this JVM."), debug);
        assertFalse(Files.exists(a.resolve("drizzle")));

        long pid = client().start(log).orElseThrow();
        assertEquals(List.of("INFO Started Godwit's daemon (pid " + pid + ") for quicker db:generate and db:verify runs from the next one on; it stops after"
                + " 2 minutes idle. -Ddb.daemon=false turns it off."), said);
        assertEquals(pid, awaitListening(client()));
        if (File.separatorChar == '/') {   // not a child of the build's JVM, which would then take 300 ms longer to exit
            assertNotEquals(ProcessHandle.current().pid(), ProcessHandle.of(pid).flatMap(ProcessHandle::parent).map(ProcessHandle::pid).orElse(-1L));
        }
        assertTrue(client().start(log).isEmpty());   // one runs: none more started, nothing said
        assertEquals(1, said.size(), said.toString());
        long markerGone = System.currentTimeMillis() + 10_000;   // it came up: the marker goes (at the latest at its next tick)
        while (Files.exists(client().registry().launchFile()) && System.currentTimeMillis() < markerGone) pause();
        assertFalse(Files.exists(client().registry().launchFile()));

        long deadline = System.currentTimeMillis() + 60_000;
        while (!logOf(client()).contains("warmed up in") && System.currentTimeMillis() < deadline) pause();
        assertTrue(logOf(client()).matches("(?s).*warmed up in \\d+ ms\n.*"), logOf(client()));
        assertFalse(Files.exists(client().registry().warmUpDir()));   // its made-up projects are gone
    }

    @Test
    void aRunWhileTheDaemonStartsWaitsForItInsteadOfStartingAnother() throws Exception {
        Path a = project("a", USERS);
        long pid = client().start(log).orElseThrow();
        long deadline = System.currentTimeMillis() + 30_000;
        while (!client().registry().lockHeld() && System.currentTimeMillis() < deadline) pause();   // it runs, perhaps not listening yet
        assertTrue(client().generate(request(a, "init", false, false), null, debug::add).orElseThrow(() -> new AssertionError(debug + logOf(client()))).written());
        assertEquals(List.of("Generating in Godwit's daemon (pid " + pid + ")."), debug);
        assertTrue(client().start(log).isEmpty());
    }

    @Test
    void aMigrationWrittenInTheDaemonIsTheOneWrittenInThisJvm() throws Exception {
        Path a = project("a", USERS);
        Path b = project("b", USERS);
        GenerateReport there = inDaemon(request(a, "init", false, false), null);
        GenerateReport mine = here(request(b, "init", false, false), null);
        assertTrue(there.written());
        assertEquals(a.resolve("drizzle/0000_init.sql"), there.sqlFile());
        assertEquals(sql(mine), sql(there));
        assertEquals(mine.sql(), there.sql());
        assertEquals(mine.warnings(), there.warnings());
        assertEquals(List.of("drizzle/0000_init.sql", "drizzle/meta/0000_snapshot.json", "drizzle/meta/_journal.json", "drizzle/meta/_sums/0000_init.sha256"),
                there.filesWritten().stream().map(p -> a.relativize(p).toString().replace('\\', '/')).sorted().toList());
        // the snapshots differ only in their random id
        assertEquals(Files.readString(b.resolve("drizzle/meta/0000_snapshot.json")).replaceAll("\"id\": \"[^\"]+\"", "ID"),
                Files.readString(a.resolve("drizzle/meta/0000_snapshot.json")).replaceAll("\"id\": \"[^\"]+\"", "ID"));

        // the next change goes to the same daemon
        long pid = client().registry().read().orElseThrow().pid();
        Files.writeString(a.resolve("schema.yaml"), USERS_AND_POSTS);
        Files.writeString(b.resolve("schema.yaml"), USERS_AND_POSTS);
        GenerateReport second = inDaemon(request(a, "posts", false, false), null);
        assertEquals(sql(here(request(b, "posts", false, false), null)), sql(second));
        assertTrue(sql(second).contains("CREATE TABLE `posts`"), sql(second));
        assertEquals(pid, client().registry().read().orElseThrow().pid());
        assertTrue(debug.contains("Generating in Godwit's daemon (pid " + pid + ")."), debug.toString());

        GenerateReport none = inDaemon(request(a, "none", false, false), null);
        assertFalse(none.written());
        assertEquals(List.of(), none.filesWritten());
    }

    /**
     * A db:generate in the daemon whose folder another goal holds locked waits for it: the daemon's "Waiting for the lock" reaches the
     * build's log (it had no way to), and the time-out (-Ddb.lockTimeout) comes back as the goal's failure naming the holder.
     */
    @Test
    void aGenerateInTheDaemonWaitingForTheFoldersLockSaysSoInTheBuildsLog() throws Exception {
        Path a = project("a", USERS);
        daemonUp();
        List<String> info = new java.util.concurrent.CopyOnWriteArrayList<>();
        GenerateRequest patient = new GenerateRequest(inputs(a), "init", false, false, List.of(), false, 1);
        try (var held = dev.godwit.engine.folder.FolderLock.take(dev.godwit.engine.folder.MigrationsFolder.at(a.resolve("drizzle")), "db:drop",
                java.time.Duration.ZERO, m -> { })) {
            GodwitException e = assertThrows(GodwitException.class, () -> client().generate(patient, null, debug::add, info::add));
            String holder = "db:drop (pid " + ProcessHandle.current().pid() + ", since ";
            assertTrue(e.getMessage().startsWith("Waited 1 s for the lock on ") && e.getMessage().contains(", held by " + holder)
                    && e.getMessage().contains("so db:generate did nothing."), e.getMessage());
            assertEquals(1, info.size(), info.toString());
            assertTrue(info.get(0).startsWith("Waiting for the lock on ") && info.get(0).contains(", held by " + holder)
                    && info.get(0).endsWith(" (up to 1 s; -Ddb.lockTimeout=SECONDS) ..."), info.get(0));
        }
        assertFalse(Files.exists(a.resolve("drizzle/0000_init.sql")));
        info.clear();
        assertTrue(client().generate(patient, null, debug::add, info::add).orElseThrow().written());
        assertEquals(List.of(), info);
    }

    /**
     * A migration that rebuilds a table said only its dozen statements: what changed (a default, a foreign key's action) was to
     * be read out of the new table's CREATE. The report now carries the changes where the SQL rebuilds, from the daemon as here.
     */
    @Test
    void aRebuildComesWithTheChangesItIsFor() throws Exception {
        Path a = project("a", USERS_AND_POSTS);
        Path b = project("b", USERS_AND_POSTS);
        inDaemon(request(a, "init", false, false), null);
        here(request(b, "init", false, false), null);
        String added = USERS_AND_POSTS.replace(USERS, USERS + "      - {name: title, type: text}\n");
        Files.writeString(a.resolve("schema.yaml"), added);
        Files.writeString(b.resolve("schema.yaml"), added);
        assertEquals(List.of(), inDaemon(request(a, "title", false, false), null).explained(), "an ADD COLUMN says what it does");
        here(request(b, "title", false, false), null);
        String restricted = added.replace("onDelete: cascade", "onDelete: restrict");
        Files.writeString(a.resolve("schema.yaml"), restricted);
        Files.writeString(b.resolve("schema.yaml"), restricted);
        GenerateReport there = inDaemon(request(a, "restrict", false, false), null);
        assertTrue(sql(there).contains("CREATE TABLE `__new_posts`"), sql(there));
        assertEquals(List.of("add foreign key \"posts\"[user_id] -> \"users\"[id] on delete restrict",
                "drop foreign key \"posts\"[user_id] -> \"users\"[id] on delete cascade"), there.explained());
        assertEquals(here(request(b, "restrict", false, false), null).explained(), there.explained());
    }

    private VerifyReport verifyInDaemon(Path project, boolean d1) {
        daemonUp();
        return client().verify(new VerifyRequest(inputs(project), d1), debug::add, said::add)
                .orElseThrow(() -> new AssertionError("no daemon: " + said + " " + debug));
    }

    private static VerifyReport verifyHere(Path project, boolean d1) {
        return VerifyJob.run(new VerifyRequest(inputs(project), d1), DaemonTest.class.getClassLoader());
    }

    @Test
    void aCheckInTheDaemonFindsWhatTheSameCheckFindsInThisJvm() throws Exception {
        Path a = project("a", USERS);
        here(request(a, "init", false, false), null);
        Files.writeString(a.resolve("schema.yaml"), USERS_AND_POSTS);
        here(request(a, "posts", false, false), null);

        VerifyReport passed = verifyInDaemon(a, false);
        assertEquals(List.of(), passed.problems());
        assertEquals(2, passed.migrations());
        long pid = client().registry().read().orElseThrow().pid();
        assertTrue(debug.contains("Verifying in Godwit's daemon (pid " + pid + ")."), debug.toString());
        long logged = System.currentTimeMillis() + 10_000;   // the daemon logs a run after it closed the connection
        while (!logOf(client()).contains("verify in " + a.resolve("drizzle") + " took ") && System.currentTimeMillis() < logged) pause();
        assertTrue(logOf(client()).contains("verify in " + a.resolve("drizzle") + " took "), logOf(client()));

        // an edited migration, a schema change no migration holds, and a statement D1 refuses: the same words either way
        Path sql = a.resolve("drizzle/0001_posts.sql");
        Files.writeString(sql, Files.readString(sql) + "\n--> statement-breakpoint\nPRAGMA foreign_keys=OFF;");
        Files.writeString(a.resolve("schema.yaml"), USERS_AND_POSTS + "  - name: tags\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n");
        VerifyReport there = verifyInDaemon(a, true);
        VerifyReport mine = verifyHere(a, true);
        assertEquals(mine, new VerifyReport(there.problems(), there.warnings(), there.migrations(), mine.schemaMillis()));
        assertTrue(there.problems().size() >= 2, there.problems().toString());
        assertTrue(there.problems().stream().anyMatch(m -> m.contains("0001_posts.sql") && m.contains("edited")), there.problems().toString());
        assertTrue(there.problems().stream().anyMatch(m -> m.contains("tags")), there.problems().toString());

        // a schema that does not load is the same SchemaException, the folder untouched
        Files.writeString(a.resolve("schema.yaml"), "tables:\n  - name: t\n    columns:\n      - {name: id, type: nonsense}\n");
        SchemaException invalid = assertThrows(SchemaException.class, () -> verifyInDaemon(a, false));
        assertEquals(assertThrows(SchemaException.class, () -> verifyHere(a, false)).problems(), invalid.problems());
        assertEquals(pid, client().registry().read().orElseThrow().pid());
    }

    @Test
    void aDaemonThatDiesDuringACheckLeavesItToThisJvmWithAWarning() throws Exception {
        Path a = project("a", USERS);
        here(request(a, "init", false, false), null);
        // A daemon that takes the request, then is gone (killed) before it answers: here a socket that does just that.
        try (var server = new java.net.ServerSocket(0, 1, Registry.LOOPBACK)) {
            client().registry().write(new Registry.Entry(server.getLocalPort(), "tok", ProcessHandle.current().pid()));
            var dying = java.util.concurrent.CompletableFuture.runAsync(() -> {
                try (Socket s = server.accept()) {
                    DataInputStream in = new DataInputStream(s.getInputStream());
                    Wire.string(in);   // the magic
                    Wire.string(in);   // the token
                    s.getOutputStream().write('H');
                    assertEquals('V', in.readByte());
                    assertEquals(10_000, in.readInt());   // the heartbeat's period: a sixth of the client's silence limit
                    VerifyRequest.read(in);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            List<String> warned = new ArrayList<>();
            var report = client().verify(new VerifyRequest(inputs(a), false), debug::add, warned::add);
            dying.get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertTrue(report.isEmpty());   // the caller checks itself: a check writes nothing, so nothing is lost
            assertEquals(1, warned.size(), warned.toString());
            assertTrue(warned.get(0).startsWith("Godwit's daemon stopped answering during db:verify (java.io.EOFException; its log: "),
                    warned.get(0));
            assertTrue(warned.get(0).endsWith(".log); checking in Maven's JVM."), warned.get(0));
            assertTrue(debug.contains("Verifying in Godwit's daemon (pid " + ProcessHandle.current().pid() + ")."), debug.toString());
        }
        assertEquals(List.of(), verifyHere(a, false).problems());
    }

    @Test
    void aDaemonThatSendsNothingForTheSilenceLimitIsTakenForHung() throws Exception {
        Path a = project("a", USERS);
        here(request(a, "init", false, false), null);
        DaemonClient impatient = new DaemonClient(tmp.resolve("registry"), System.getProperty("java.home"), classPath(), 120, 600);
        // A daemon that takes requests and then neither answers nor sends a heartbeat: here a socket that does just that.
        try (var server = new java.net.ServerSocket(0, 2, Registry.LOOPBACK)) {
            impatient.registry().write(new Registry.Entry(server.getLocalPort(), "tok", ProcessHandle.current().pid()));
            List<Socket> held = java.util.Collections.synchronizedList(new ArrayList<>());
            var silent = java.util.concurrent.CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 2; i++) {
                    try {
                        Socket s = server.accept();
                        held.add(s);
                        DataInputStream in = new DataInputStream(s.getInputStream());
                        Wire.string(in);
                        Wire.string(in);
                        s.getOutputStream().write('H');
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            });
            long me = ProcessHandle.current().pid();
            List<String> warned = new ArrayList<>();
            assertTrue(impatient.verify(new VerifyRequest(inputs(a), false), debug::add, warned::add).isEmpty());
            assertEquals(List.of("Godwit's daemon (pid " + me + ") sent nothing for 600 ms during db:verify: it hangs. Its log: "
                    + impatient.logFile() + "; end it with: kill " + me + ". Checking in Maven's JVM."), warned);

            Files.writeString(a.resolve("schema.yaml"), USERS_AND_POSTS);
            GodwitException hung = assertThrows(GodwitException.class, () -> impatient.generate(request(a, "posts", false, false), null, debug::add));
            assertEquals("Godwit's daemon (pid " + me + ") sent nothing for 600 ms during db:generate: it hangs. Its log: " + impatient.logFile()
                    + ". End it first, as it may still be writing the migration: kill " + me + "; then run mvn db:verify to see whether one"
                    + " was half written, and db:generate again, with -Ddb.daemon=false to run it in Maven's JVM.", hung.getMessage());
            silent.get(10, java.util.concurrent.TimeUnit.SECONDS);
            for (Socket s : held) s.close();
        }
        assertFalse(Files.exists(a.resolve("drizzle/0001_posts.sql")));
    }

    @Test
    void aLongRunKeepsTheClientWaitingThroughItsHeartbeats() throws Exception {
        // A schema class that takes 4 s to load, twice the client's silence limit: the heartbeats carry it. (At a limit of 500 ms
        // a loaded CI machine once held the heartbeat thread off longer than that: the limit is kept well above such a stall.)
        Path classes = compile("slow", "package slow;\npublic final class Orders extends dev.godwit.schema.Table {\n"
                + "    static { try { Thread.sleep(4000); } catch (InterruptedException e) { Thread.currentThread().interrupt(); } }\n"
                + "    public static final Orders INSTANCE = new Orders();\n"
                + "    public final dev.godwit.schema.Column id = integer(\"id\").primaryKey();\n"
                + "    private Orders() { super(\"orders\"); }\n}\n");
        Path project = tmp.resolve("slow-project");
        daemonUp();
        DaemonClient patient = new DaemonClient(tmp.resolve("registry"), System.getProperty("java.home"), classPath(), 120, 2000);
        GenerateRequest r = new GenerateRequest(new ProjectInputs(project.toString(), List.of("slow"), List.of(classes.toString()),
                project.resolve("drizzle").toString(), project.toString(), null, false, null), "init", false, false, List.of(), false);
        long start = System.nanoTime();
        GenerateReport report = patient.generate(r, null, debug::add).orElseThrow(() -> new AssertionError(debug.toString()));
        assertTrue((System.nanoTime() - start) / 1_000_000 >= 4000);
        assertTrue(sql(report).contains("CREATE TABLE `orders`"), sql(report));
        assertTrue(debug.contains("Generating in Godwit's daemon (pid " + client().registry().read().orElseThrow().pid() + ")."), debug.toString());
    }

    @Test
    void aGenerateWhoseBuildIsGoneWritesNoMigration() throws Exception {
        // Ctrl+C stops the build, not the daemon (it ignores the terminal's signals): the daemon went on and wrote the migration
        // of a run the user had stopped, which no build printed, and the next db:generate said "No schema changes".
        Path classes = compile("gone", "package gone;\npublic final class Orders extends dev.godwit.schema.Table {\n"
                + "    static { try { Thread.sleep(1500); } catch (InterruptedException e) { Thread.currentThread().interrupt(); } }\n"
                + "    public static final Orders INSTANCE = new Orders();\n"
                + "    public final dev.godwit.schema.Column id = integer(\"id\").primaryKey();\n"
                + "    private Orders() { super(\"orders\"); }\n}\n");
        Path project = tmp.resolve("gone-project");
        daemonUp();
        GenerateRequest r = new GenerateRequest(new ProjectInputs(project.toString(), List.of("gone"), List.of(classes.toString()),
                project.resolve("drizzle").toString(), project.toString(), null, false, null), "stopped", false, false, List.of(), false);
        Registry.Entry daemon = client().registry().read().orElseThrow();
        // The build's side of a request, then the build gone while its schema loads.
        try (Socket s = new Socket(Registry.LOOPBACK, daemon.port())) {
            DataOutputStream out = new DataOutputStream(s.getOutputStream());
            DataInputStream in = new DataInputStream(s.getInputStream());
            Wire.string(out, Wire.MAGIC);
            Wire.string(out, daemon.token());
            out.flush();
            assertEquals('H', in.readByte());
            out.writeByte('G');
            out.writeInt(10_000);
            r.write(out);
            out.flush();
            Thread.sleep(300);
        }
        long deadline = System.currentTimeMillis() + 20_000;
        while (!logOf(client()).contains("generate in " + project.resolve("drizzle") + " took") && System.currentTimeMillis() < deadline) pause();
        assertTrue(logOf(client()).contains("generate in " + project.resolve("drizzle") + ": java.io.EOFException: the build that asked for it is gone"),
                logOf(client()));
        assertFalse(Files.exists(project.resolve("drizzle/0000_stopped.sql")));
        assertFalse(Files.exists(project.resolve("drizzle/meta/_journal.json")));
    }

    @Test
    void anUncheckedIoExceptionOfTheJobItselfIsItsFailureNotALostClient() throws Exception {
        // The daemon once took any UncheckedIOException for its client gone: the job's own (a file it could not read) was
        // then never answered, and a db:verify re-ran in Maven's JVM under a warning that blamed the daemon.
        var sent = new java.io.ByteArrayOutputStream();
        Daemon.answer(() -> {
            throw new java.io.UncheckedIOException(new java.io.IOException("drizzle/meta/_journal.json: Input/output error"));
        }, new java.io.DataOutputStream(sent), 60_000);
        DataInputStream reply = new DataInputStream(new java.io.ByteArrayInputStream(sent.toByteArray()));
        assertEquals('E', reply.readByte());
        assertEquals('X', reply.readByte());
        assertEquals("java.io.UncheckedIOException: java.io.IOException: drizzle/meta/_journal.json: Input/output error", Wire.string(reply));
        assertTrue(Wire.string(reply).contains("anUncheckedIoExceptionOfTheJobItselfIsItsFailureNotALostClient"));
    }

    /** Compiles {@code source}, class Orders of package {@code pkg}, into a classes folder of its own; that folder. */
    private Path compile(String pkg, String source) throws Exception {
        Path classes = Files.createDirectories(tmp.resolve("classes-" + pkg));
        Path src = tmp.resolve("src-" + pkg + "/" + pkg + "/Orders.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, source);
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-classpath", System.getProperty("java.class.path"),
                "-d", classes.toString(), src.toString()));
        return classes;
    }

    @Test
    void javaSchemaClassesLoadInTheDaemonFromTheProjectsClassPath() throws Exception {
        Path classes = compile("shop", "package shop;\npublic final class Orders extends dev.godwit.schema.Table {\n"
                + "    public static final Orders INSTANCE = new Orders();\n"
                + "    public final dev.godwit.schema.Column id = integer(\"id\").primaryKey();\n"
                + "    public final dev.godwit.schema.Column total = integer(\"total\").notNull();\n"
                + "    private Orders() { super(\"orders\"); }\n}\n");
        Path project = tmp.resolve("java");
        GenerateRequest r = new GenerateRequest(new ProjectInputs(project.toString(), List.of("shop"), List.of(classes.toString()),
                project.resolve("drizzle").toString(), project.toString(), null, false, null), "init", false, false, List.of(), false);
        GenerateReport report = inDaemon(r, null);
        assertTrue(sql(report).contains("CREATE TABLE `orders` (\n\t`id` integer PRIMARY KEY NOT NULL,\n\t`total` integer NOT NULL\n);"), sql(report));
    }

    @Test
    void anInvalidSchemaIsTheSameSchemaExceptionAsInThisJvm() throws Exception {
        Path a = project("a", "tables:\n  - name: t\n    columns:\n      - {name: id, type: nonsense}\n");
        SchemaException there = assertThrows(SchemaException.class, () -> inDaemon(request(a, "init", false, false), null));
        SchemaException mine = assertThrows(SchemaException.class, () -> here(request(a, "init", false, false), null));
        assertEquals(mine.getMessage(), there.getMessage());
        assertEquals(mine.problems(), there.problems());
        assertFalse(Files.exists(a.resolve("drizzle")));
    }

    @Test
    void aRefusedDropIsTheSameRefusalAndNothingIsWritten() throws Exception {
        Path a = project("a", USERS_AND_POSTS);
        inDaemon(request(a, "init", false, false), null);
        Files.writeString(a.resolve("schema.yaml"), USERS);
        List<String> before;
        try (Stream<Path> files = Files.walk(a.resolve("drizzle"))) {
            before = files.map(Path::toString).sorted().toList();
        }
        GodwitException there = assertThrows(GodwitException.class, () -> inDaemon(request(a, "drop", false, false), null));
        GodwitException mine = assertThrows(GodwitException.class, () -> here(request(a, "drop", false, false), null));
        assertEquals(GodwitException.Kind.REFUSED, there.kind());
        assertEquals(mine.kind(), there.kind());
        assertEquals(mine.getMessage(), there.getMessage());
        try (Stream<Path> files = Files.walk(a.resolve("drizzle"))) {
            assertEquals(before, files.map(Path::toString).sorted().toList());
        }
        GenerateReport accepted = inDaemon(request(a, "drop", true, false), null);
        assertEquals(List.of("drop table posts (and its rows)"), accepted.losses().stream().map(s -> s.toLowerCase().contains("posts") ? "drop table posts (and its rows)" : s).toList());
        assertTrue(sql(accepted).contains("DROP TABLE `posts`;"), sql(accepted));
    }

    @Test
    void questionsAreAskedAtTheBuildsTerminalAndTheirAnswersTaken() throws Exception {
        Path a = project("a", USERS);
        inDaemon(request(a, "init", false, true), null);
        Files.writeString(a.resolve("schema.yaml"), USERS.replace("name: users", "name: members"));
        List<String> asked = new ArrayList<>();
        Prompter prompter = new Prompter() {
            @Override
            public String tableRenamedFrom(String added, List<String> dropped) {
                asked.add("table " + added + " from one of " + dropped);
                return dropped.get(0);
            }

            @Override
            public String columnRenamedFrom(String table, String added, List<String> dropped) {
                asked.add("column " + table + "." + added);
                return null;
            }

            @Override
            public boolean confirmDataLoss(List<String> destructive) {
                asked.add("data loss " + destructive);
                return false;
            }
        };
        GenerateReport renamed = inDaemon(request(a, "rename", false, true), prompter);
        assertEquals(List.of("table members from one of [users]"), asked);
        assertEquals("ALTER TABLE `users` RENAME TO `members`;", sql(renamed).strip());
    }

    @Test
    void aDaemonToldToStopFinishesTheRunItIsInFirst() throws Exception {
        Path a = project("a", USERS);
        inDaemon(request(a, "init", false, true), null);
        long pid = client().registry().read().orElseThrow().pid();
        Files.writeString(a.resolve("schema.yaml"), USERS.replace("name: users", "name: members"));
        List<Boolean> stopped = new ArrayList<>();
        Prompter stopsTheDaemonThenAnswers = new Prompter() {
            @Override
            public String tableRenamedFrom(String added, List<String> dropped) {
                stopped.add(client().stop());   // the run is waiting on this answer: the daemon must wait for it too
                long deadline = System.currentTimeMillis() + 10_000;   // until it takes no more requests
                while (client().registry().read().isPresent() && System.currentTimeMillis() < deadline) pause();
                stopped.add(client().registry().read().isEmpty());
                return dropped.get(0);
            }

            @Override
            public String columnRenamedFrom(String table, String added, List<String> dropped) {
                return null;
            }

            @Override
            public boolean confirmDataLoss(List<String> destructive) {
                return false;
            }
        };
        GenerateReport renamed = inDaemon(request(a, "rename", false, true), stopsTheDaemonThenAnswers);
        assertEquals(List.of(true, true), stopped);
        assertEquals("ALTER TABLE `users` RENAME TO `members`;", sql(renamed).strip());
        awaitGone(pid);
        assertTrue(client().registry().read().isEmpty());
    }

    @Test
    void twoBuildsStartingADaemonAtOnceLeaveOneThatServesBoth() throws Exception {
        Path a = project("a", USERS);
        Path b = project("b", USERS);
        var other = java.util.concurrent.CompletableFuture.supplyAsync(() -> client().start(new RecordingLog()));
        var mine = client().start(log);
        List<Long> launched = new ArrayList<>();
        mine.ifPresent(launched::add);
        other.get().ifPresent(launched::add);
        assertFalse(launched.isEmpty());
        long winner = awaitListening(client());
        assertTrue(launched.contains(winner), launched + " " + winner);
        for (long pid : launched) if (pid != winner) awaitGone(pid);   // the loser found the lock taken
        var there = java.util.concurrent.CompletableFuture.supplyAsync(() -> client().generate(request(b, "init", false, false), null, s -> { }));
        assertTrue(client().generate(request(a, "init", false, false), null, debug::add).orElseThrow().written());
        assertTrue(there.get().orElseThrow(() -> new AssertionError("the second build ran without the daemon")).written());
        assertEquals(winner, client().registry().read().orElseThrow().pid());
        assertFalse(said.stream().anyMatch(l -> l.startsWith("WARN")), said.toString());
    }

    @Test
    void aStrangerSendingSomethingElseGetsNoBufferAndTheDaemonServesOn() throws Exception {
        Path a = project("a", USERS);
        inDaemon(request(a, "init", false, false), null);
        Registry.Entry daemon = client().registry().read().orElseThrow();
        try (Socket s = new Socket(Registry.LOOPBACK, daemon.port())) {
            s.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            assertEquals(-1, new DataInputStream(s.getInputStream()).read());   // closed: "GET " read as a length is 1.2 GB
        }
        long deadline = System.currentTimeMillis() + 10_000;   // the daemon logs it after closing the connection
        while (!Files.readString(client().logFile()).contains("not a Godwit request") && System.currentTimeMillis() < deadline) pause();
        assertTrue(Files.readString(client().logFile()).contains("not a Godwit request"), Files.readString(client().logFile()));
        Files.writeString(a.resolve("schema.yaml"), USERS_AND_POSTS);
        assertTrue(inDaemon(request(a, "posts", false, false), null).written());
        assertEquals(daemon.pid(), client().registry().read().orElseThrow().pid());
    }

    @Test
    void aConnectionWithoutTheTokenIsRefusedAndRunsNothing() throws Exception {
        Path a = project("a", USERS);
        inDaemon(request(a, "init", false, false), null);
        Files.writeString(a.resolve("schema.yaml"), USERS_AND_POSTS);
        Registry.Entry daemon = client().registry().read().orElseThrow();
        try (Socket s = new Socket(Registry.LOOPBACK, daemon.port())) {
            DataOutputStream out = new DataOutputStream(s.getOutputStream());
            try {
                Wire.string(out, Wire.MAGIC);
                Wire.string(out, "0".repeat(daemon.token().length()));
                out.writeByte('G');
                out.writeInt(10_000);
                request(a, "sneaked", false, false).write(out);
                out.flush();
            } catch (java.net.SocketException closedMidWay) {
                // the daemon closed the connection after the token, before the rest was sent: refused all the same
            }
            int answer;
            try {
                answer = new DataInputStream(s.getInputStream()).read();
            } catch (java.net.SocketException reset) {
                answer = -1;   // closed while unread bytes were in flight: a reset, no word either
            }
            assertEquals(-1, answer);   // closed without a word
        }
        assertFalse(Files.exists(a.resolve("drizzle/0001_sneaked.sql")));
        if (Files.getFileStore(client().registry().file()).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(client().registry().file())));
        }
    }

    @Test
    void withNoDaemonToBeHadTheCallerIsToldToRunItItselfAndNothingIsWritten() throws Exception {
        Path a = project("a", USERS);
        DaemonClient noJava = new DaemonClient(tmp.resolve("registry"), tmp.resolve("no-such-jdk").toString(), classPath(), 120);
        assertTrue(noJava.generate(request(a, "init", false, false), null, debug::add).isEmpty());
        assertEquals(List.of(), said);
        assertTrue(noJava.start(log).isEmpty());
        assertEquals(1, said.size(), said.toString());
        assertTrue(said.get(0).startsWith("WARN Could not start Godwit's daemon ("), said.toString());
        assertTrue(said.get(0).endsWith("db:generate and db:verify go on running in Maven's JVM."), said.toString());
        assertFalse(Files.exists(a.resolve("drizzle")));
    }

    @Test
    void aDaemonThatNeverComesUpIsReportedAtTheNextRunNotTakenForStarted() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(File.separatorChar == '/', "a shell script as the JDK's java");
        Path bin = Files.createDirectories(tmp.resolve("broken-jdk/bin"));
        Files.writeString(bin.resolve("java"), "#!/bin/sh\necho \"Error: this Java cannot start\" >&2\nexit 1\n");
        bin.resolve("java").toFile().setExecutable(true);
        DaemonClient broken = new DaemonClient(tmp.resolve("registry"), tmp.resolve("broken-jdk").toString(), classPath(), 120);
        long first = broken.start(log).orElseThrow();
        awaitGone(first);
        assertTrue(broken.generate(request(project("a", USERS), "init", false, false), null, debug::add).isEmpty());
        long second = broken.start(log).orElseThrow();
        assertEquals(3, said.size(), said.toString());
        assertTrue(said.get(0).startsWith("INFO Started Godwit's daemon (pid " + first + ")"), said.toString());
        assertEquals("WARN Godwit's daemon started by an earlier run (pid " + first + ") never took requests; see its log, "
                + broken.logFile() + ". Starting another; -Ddb.daemon=false keeps db:generate and db:verify in Maven's JVM.", said.get(1));
        assertTrue(said.get(2).startsWith("INFO Started Godwit's daemon (pid " + second + ")"), said.toString());
        assertTrue(logOf(broken).contains("Error: this Java cannot start"), logOf(broken));
    }

    /**
     * The daemon's folder on a full disk: the daemon could write neither its log nor its address, and died unseen; every run said
     * "Started Godwit's daemon ... from the next one on" (the launch marker that makes the next run warn could not be written
     * either) and left a .properties.PID.tmp. The launch is refused, saying why, at every run. The full disk is Linux's /dev/full
     * under the launch marker's name.
     */
    @Test
    void aDaemonFolderOnAFullDiskIsSaidAtEachRunNotTakenForStarted() throws Exception {
        Path devFull = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(devFull), "needs /dev/full (Linux)");
        Path bin = Files.createDirectories(tmp.resolve("quiet-jdk/bin"));
        Files.writeString(bin.resolve("java"), "#!/bin/sh\nsleep 30\n");   // a daemon that never listens, ended by the refusal
        bin.resolve("java").toFile().setExecutable(true);
        DaemonClient full = new DaemonClient(tmp.resolve("registry"), tmp.resolve("quiet-jdk").toString(), classPath(), 120);
        Files.createDirectories(full.registry().dir());
        Files.createSymbolicLink(full.registry().launchFile(), devFull);

        assertTrue(full.start(log).isEmpty());
        assertTrue(full.start(log).isEmpty());

        String warning = "WARN Could not start Godwit's daemon \\(the disk holding \\Q" + full.registry().dir() + "\\E is full \\(No space left on"
                + " device; [0-9.]+ MB free there\\)\\. Free space on it, then run again, or set another folder with -Ddb.daemon.dir\\);"
                + " db:generate and db:verify go on running in Maven's JVM\\.";
        assertEquals(2, said.size(), said.toString());
        assertTrue(said.get(0).matches(warning), said.get(0));
        assertTrue(said.get(1).matches(warning), said.get(1));
    }

    @Test
    void aStoppedOrIdleDaemonIsGoneWithItsRegistryFile() throws Exception {
        Path a = project("a", USERS);
        inDaemon(request(a, "init", false, false), null);
        long pid = client().registry().read().orElseThrow().pid();
        assertTrue(client().stop());
        awaitGone(pid);
        assertTrue(client().registry().read().isEmpty());

        DaemonClient brief = new DaemonClient(tmp.resolve("registry"), System.getProperty("java.home"), classPath(), 3);
        Files.writeString(a.resolve("schema.yaml"), USERS_AND_POSTS);
        brief.start(log);
        long briefPid = awaitListening(brief);
        assertTrue(brief.generate(request(a, "posts", false, false), null, debug::add).orElseThrow().written());
        assertNotEquals(pid, briefPid);
        awaitGone(briefPid);   // 3 s without a request
        assertTrue(brief.registry().read().isEmpty());
        assertTrue(Files.readString(brief.logFile()).contains("stopping: idle for 3 s"), Files.readString(brief.logFile()));
    }

    @Test
    void stopAllStopsEveryRegisteredDaemonDeletesTheFilesOfKilledOnesAndLeavesStrangersAlone() throws Exception {
        Path registryDir = tmp.resolve("registry");
        assertEquals(List.of(), DaemonClient.stopAll(registryDir, java.time.Duration.ofSeconds(10)));   // no folder yet: nothing to stop

        client().start(log);
        long pid = awaitListening(client());
        // Another version's daemon, killed outright (kill -9): its lock free, its registry file left naming a pid that a
        // process has again by now (this one's): the lock decides, the file goes and nothing is sent to that process.
        long me = ProcessHandle.current().pid();
        Registry killed = new Registry(registryDir, "0000000000000001");
        killed.write(new Registry.Entry(1, "t", me));
        // Its lock held, at a port where nothing listens: something, but no daemon that answers; left alone.
        int freePort;
        try (var probe = new java.net.ServerSocket(0, 1, Registry.LOOPBACK)) {
            freePort = probe.getLocalPort();
        }
        Registry stuck = new Registry(registryDir, "ffffffffffffffff");
        stuck.write(new Registry.Entry(freePort, "t", me));
        List<DaemonClient.Stopped> stopped;
        try (var channel = java.nio.channels.FileChannel.open(stuck.lockFile(), java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
                var held = channel.lock()) {
            stopped = DaemonClient.stopAll(registryDir, java.time.Duration.ofSeconds(20));
        }

        List<DaemonClient.Stopped> expected = new ArrayList<>(List.of(new DaemonClient.Stopped(me, DaemonClient.Stopped.Outcome.WAS_GONE),
                new DaemonClient.Stopped(me, DaemonClient.Stopped.Outcome.NOT_ANSWERING)));
        expected.add(client().registry().key().compareTo("ffffffffffffffff") < 0 ? 1 : 2, new DaemonClient.Stopped(pid, DaemonClient.Stopped.Outcome.STOPPED));
        assertEquals(expected, stopped);
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        assertTrue(client().registry().read().isEmpty());
        assertTrue(killed.read().isEmpty());
        assertTrue(stuck.read().isPresent());
        assertTrue(logOf(client()).contains("stop took"), logOf(client()));
    }

    @Test
    void stopAllRightAfterALaunchWaitsForThatDaemonToListenAndStopsIt() throws Exception {
        long pid = client().start(log).orElseThrow();   // not waited for: db:stop-daemon typed right after the build that started it
        List<DaemonClient.Stopped> stopped = DaemonClient.stopAll(tmp.resolve("registry"), java.time.Duration.ofSeconds(20));
        assertEquals(List.of(new DaemonClient.Stopped(pid, DaemonClient.Stopped.Outcome.STOPPED)), stopped);
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        assertTrue(client().registry().read().isEmpty());
        assertTrue(client().registry().readLaunch().isEmpty());
    }

    @Test
    void aDaemonHoldingItsLockWithoutALaunchMarkerIsStoppingAndNotWaitedFor() throws Exception {
        Path a = project("a", USERS);
        Registry registry = client().registry();
        registry.createDir();
        try (var channel = java.nio.channels.FileChannel.open(registry.lockFile(), java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
                var held = channel.lock()) {
            long start = System.nanoTime();
            assertTrue(client().generate(request(a, "init", false, false), null, debug::add).isEmpty());
            // a starting one is waited for up to 5 s; one finishing its last runs with no address is not
            assertTrue(System.nanoTime() - start < 4_000_000_000L, "waited " + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
        assertEquals(List.of("No Godwit daemon runs for this class path; generating in this JVM."), debug);
    }

    @Test
    void aDaemonFolderOthersMayWriteToIsNotUsed() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path a = project("a", USERS);
        Registry registry = client().registry();
        registry.createDir();
        Files.setPosixFilePermissions(registry.dir(), java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
        assertTrue(client().generate(request(a, "init", false, false), null, debug::add).isEmpty());
        assertEquals(List.of("Godwit's daemon folder is not private (" + registry.dir() + " may be written by other users (rwxrwxrwx; chmod go-w"
                + " it)); generating in this JVM."), debug);
        assertTrue(client().start(log).isEmpty());
        assertEquals(List.of("WARN Could not start Godwit's daemon (" + registry.dir() + " may be written by other users (rwxrwxrwx; chmod go-w it);"
                + " set another folder with -Ddb.daemon.dir); db:generate and db:verify go on running in Maven's JVM."), said);
        assertFalse(Files.exists(registry.lockFile()));
    }

    @Test
    void theDaemonTakesNeitherTheBuildsJvmOptionsNorItsSecrets() {
        java.util.Map<String, String> env = new java.util.HashMap<>(java.util.Map.of("PATH", "/usr/bin", "HOME", "/home/u", "LANG", "C.UTF-8",
                "JAVA_TOOL_OPTIONS", "-agentlib:jdwp=transport=dt_socket,server=y,suspend=y,address=5005", "JDK_JAVA_OPTIONS", "-Xmx8g",
                "MAVEN_OPTS", "-Xmx2g", "CLOUDFLARE_API_TOKEN", "secret", "CLOUDFLARE_ACCOUNT_ID", "acc", "GITHUB_TOKEN", "t"));
        env.put("DB_PASSWORD", "p");
        env.put("AWS_SECRET_ACCESS_KEY", "k");
        env.put("MY_API_KEY", "k");
        // Maven's own variable for arguments to every mvn (3.9 and 4), where a -Ddb.d1.token=... may be
        env.put("MAVEN_ARGS", "-Ddb.d1.token=tok-in-args");
        DaemonClient.daemonEnvironment(env);
        assertEquals(java.util.Map.of("PATH", "/usr/bin", "HOME", "/home/u", "LANG", "C.UTF-8"), env);
    }

    @Test
    void aDaemonKilledWithTermTakesItsRegistryFileWithIt() throws Exception {
        client().start(log);
        long pid = awaitListening(client());
        assertTrue(ProcessHandle.of(pid).orElseThrow().destroy());
        awaitGone(pid);
        assertTrue(client().registry().read().isEmpty());
        assertFalse(Files.exists(client().registry().file()));
    }

    @Test
    void connectionsWithoutTheTokenKeepNoIdleDaemonUp() throws Exception {
        DaemonClient brief = new DaemonClient(tmp.resolve("registry"), System.getProperty("java.home"), classPath(), 2);
        brief.start(log);
        long pid = awaitListening(brief);
        Registry.Entry daemon = brief.registry().read().orElseThrow();
        List<Socket> strangers = new ArrayList<>();
        try {
            long deadline = System.currentTimeMillis() + 20_000;   // a new silent connection every 200 ms, all held open
            while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && System.currentTimeMillis() < deadline) {
                try {
                    strangers.add(new Socket(Registry.LOOPBACK, daemon.port()));
                } catch (java.io.IOException closed) {
                    break;   // it stopped listening
                }
                Thread.sleep(200);
            }
            assertTrue(System.currentTimeMillis() < deadline, "the strangers' connections kept the idle daemon up for 20 s");
            awaitGone(pid);
        } finally {
            for (Socket s : strangers) s.close();
        }
        assertTrue(logOf(brief).contains("stopping: idle for 2 s"), logOf(brief));
        assertTrue(brief.registry().read().isEmpty());
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitGone(long pid) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            if (System.currentTimeMillis() > deadline) throw new AssertionError("daemon " + pid + " still running");
            Thread.sleep(50);
        }
    }

}
