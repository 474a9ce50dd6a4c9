package dev.godwit.engine.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.drop.DropOptions;
import dev.godwit.engine.drop.DropResult;
import dev.godwit.engine.drop.Dropper;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.rebase.Rebaser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * db:drop and db:rebase while a db:generate in another process holds the folder's lock: they took it only to write, after
 * reading the folder as it was before that migration, and waited up to 60 s silently with no -Ddb.lockTimeout (a db:drop then
 * dropped the migration before the one the other goal wrote, and wrote a journal without it). Now they take it before reading,
 * say once that they wait, and fail after -Ddb.lockTimeout naming the holder, as db:generate does.
 */
class FolderLockOtherGoalsTest {

    @TempDir
    Path tmp;

    final HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);

    MigrationsFolder withInit() {
        MigrationsFolder folder = MigrationsFolder.at(tmp.resolve("app/drizzle"));
        new Generator().generate(FolderLockTest.V0, folder, GenerateOptions.batch().withName("init"));
        return folder;
    }

    static List<String> tags(MigrationsFolder folder) {
        return folder.readJournal().entries().stream().map(JournalEntry::tag).toList();
    }

    static Map<String, String> files(MigrationsFolder folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(folder.dir())) {
            for (Path p : s.filter(Files::isRegularFile).toList()) out.put(folder.dir().relativize(p).toString(), Files.readString(p));
        }
        return out;
    }

    static EngineLog infoTo(Consumer<String> said) {
        return new EngineLog() {
            @Override
            public void info(String message) {
                said.accept(message);
            }

            @Override
            public void warn(String message) {
                said.accept("WARN " + message);
            }
        };
    }

    DropResult drop(MigrationsFolder folder, Duration wait, EngineLog log) {
        return new Dropper(log).withLockTimeout(wait).drop(folder, new DropOptions(null, false), () -> SqliteDatabase.open(tmp.resolve("app.sqlite")),
                history);
    }

    @Test
    void dbDropWaitsForAGenerateInAnotherProcessThenDropsTheMigrationItWrote() throws Exception {
        MigrationsFolder folder = withInit();
        Map<String, String> before = files(folder);
        Path go = tmp.resolve("go");
        Process holder = holder(folder, go);
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("ready", out.readLine());
            refusedWhileHeld("db:drop", holder.pid(), (wait, log) -> drop(folder, wait, log));
            assertEquals(before, files(folder));

            List<String> said = new CopyOnWriteArrayList<>();
            CompletableFuture<DropResult> dropping = CompletableFuture.supplyAsync(() -> drop(folder, Duration.ofSeconds(60), infoTo(said::add)));
            awaitWaiting(said);
            Files.writeString(go, "");
            assertEquals("wrote", out.readLine());
            DropResult dropped = dropping.get(30, TimeUnit.SECONDS);
            // it read the folder as the db:generate left it: the latest is that one's migration, and init keeps its files
            assertTrue(dropped.tag().endsWith("_posts"), dropped.tag());
            assertEquals(List.of(tags(folder).get(0)), tags(folder));
            assertEquals(before, files(folder));
            assertTrue(said.get(0).matches("Waiting for the lock on .*drizzle, held by db:generate \\(pid " + holder.pid()
                    + ", since [-0-9]{10} [:0-9]{8}\\) \\(up to 60 s; -Ddb.lockTimeout=SECONDS\\) \\.\\.\\."), said.get(0));
            assertEquals(1, said.stream().filter(m -> m.startsWith("Waiting")).count(), said.toString());
            assertEquals("Dropping migration " + dropped.tag() + ":", said.get(1));
        } finally {
            holder.destroyForcibly();
        }
    }

    @Test
    void dbRebaseWaitsForAGenerateInAnotherProcessThenReadsItsMigration() throws Exception {
        MigrationsFolder folder = withInit();
        Path go = tmp.resolve("go");
        Process holder = holder(folder, go);
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("ready", out.readLine());
            Map<String, String> before = files(folder);
            refusedWhileHeld("db:rebase", holder.pid(), (wait, log) -> new Rebaser(log).withLockTimeout(wait).rebase(folder));
            assertEquals(before, files(folder));

            List<String> said = new CopyOnWriteArrayList<>();
            CompletableFuture<List<String>> rebasing = CompletableFuture.supplyAsync(() -> new Rebaser(infoTo(said::add))
                    .withLockTimeout(Duration.ofSeconds(60)).rebase(folder));
            awaitWaiting(said);
            Files.writeString(go, "");
            assertEquals("wrote", out.readLine());
            assertEquals(List.of(), rebasing.get(30, TimeUnit.SECONDS), "no conflict in the folder the db:generate left");
            assertEquals(2, tags(folder).size());
            assertTrue(said.get(0).matches("Waiting for the lock on .*drizzle, held by db:generate \\(pid " + holder.pid()
                    + ", since [-0-9]{10} [:0-9]{8}\\) \\(up to 60 s; -Ddb.lockTimeout=SECONDS\\) \\.\\.\\."), said.get(0));
            assertEquals(1, said.stream().filter(m -> m.startsWith("Waiting")).count(), said.toString());
        } finally {
            holder.destroyForcibly();
        }
    }

    /** -Ddb.lockTimeout=0 refuses at once, 1 after saying once that it waits: both name the holder and what to do. */
    private static void refusedWhileHeld(String goal, long pid, java.util.function.BiFunction<Duration, EngineLog, ?> run) {
        for (int seconds : new int[] {0, 1}) {
            List<String> said = new CopyOnWriteArrayList<>();
            SnapshotException e = assertThrows(SnapshotException.class, () -> run.apply(Duration.ofSeconds(seconds), infoTo(said::add)));
            String held = "db:generate \\(pid " + pid + ", since [-0-9]{10} [:0-9]{8}\\)";
            String head = seconds == 0 ? "The lock on .*drizzle is held by " + held + ", and -Ddb.lockTimeout=0 does not wait for it"
                    : "Waited 1 s for the lock on .*drizzle, held by " + held + " all that time";
            assertTrue(e.getMessage().matches(head + ": another goal is changing the folder, so " + goal + " did nothing\\. Run " + goal
                    + " again when it is done, or let it wait longer \\(-Ddb\\.lockTimeout=SECONDS\\)\\. A lock is released when the process"
                    + " holding it ends, so a killed goal leaves none; if process " + pid + " hangs, end it \\(kill " + pid + "\\) and the next"
                    + " goal takes the lock over\\."), e.getMessage());
            assertEquals(seconds == 0 ? 0 : 1, said.size(), said.toString());
            if (seconds == 1) {
                assertTrue(said.get(0).matches("Waiting for the lock on .*drizzle, held by " + held + " \\(up to 1 s; -Ddb.lockTimeout=SECONDS\\)"
                        + " \\.\\.\\."), said.get(0));
            }
        }
    }

    private static void awaitWaiting(List<String> said) throws InterruptedException {
        long until = System.currentTimeMillis() + 30_000;
        while (said.isEmpty() && System.currentTimeMillis() < until) Thread.sleep(20);
        assertEquals(1, said.size(), "the goal never said it waits");
    }

    private Process holder(MigrationsFolder folder, Path go) throws Exception {
        return new ProcessBuilder(dev.godwit.engine.testing.ChildJvm.command(List.of("-Duser.home=" + System.getProperty("user.home")),
                FolderLockHolder.class, folder.dir().toString(), go.toString())).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }
}
