package dev.godwit.engine.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.GenerateResult;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.testing.TestTables;
import dev.godwit.schema.model.SchemaDef;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two db:generate runs on one folder (two terminals, two builds in Godwit's daemon): the second waited for no one, diffed against
 * the folder as it was before the first wrote, and was refused ("changed while this db:generate ran ... Run mvn db:generate
 * again") or, on a lock taken only to write, wrote the same migration twice. Now it waits for the first, saying so once, then
 * reads what the first wrote.
 */
class FolderLockTest {

    @TempDir
    Path tmp;

    static final SchemaDef V0 = new SchemaDef(List.of(TestTables.table("users", "name")), List.of());
    static final SchemaDef V1 = new SchemaDef(List.of(TestTables.table("users", "name"), TestTables.table("posts", "title")), List.of());

    MigrationsFolder withInit() {
        MigrationsFolder folder = MigrationsFolder.at(tmp.resolve("app/drizzle"));
        new Generator().generate(V0, folder, GenerateOptions.batch().withName("init"));
        return folder;
    }

    List<String> tags(MigrationsFolder folder) {
        return folder.readJournal().entries().stream().map(JournalEntry::tag).map(t -> t.substring(5)).toList();
    }

    @Test
    void aSecondGenerateInThisProcessWaitsForTheFirstAndFindsItsMigration() throws Exception {
        MigrationsFolder folder = withInit();
        CountDownLatch firstRead = new CountDownLatch(1);
        CountDownLatch secondWaits = new CountDownLatch(1);
        CompletableFuture<GenerateResult> first = CompletableFuture.supplyAsync(() -> new Generator().generate(() -> V1, folder,
                GenerateOptions.batch().withName("posts"), () -> {
                    firstRead.countDown();
                    await(secondWaits);
                }));
        assertTrue(firstRead.await(30, TimeUnit.SECONDS));
        List<String> said = new CopyOnWriteArrayList<>();
        CompletableFuture<GenerateResult> second = CompletableFuture.supplyAsync(() -> new Generator().lockWait(Duration.ofSeconds(30), m -> {
            said.add(m);
            secondWaits.countDown();
        }).generate(V1, folder, GenerateOptions.batch().withName("again")));
        assertTrue(first.get(30, TimeUnit.SECONDS).written());
        GenerateResult again = second.get(30, TimeUnit.SECONDS);
        assertFalse(again.written(), "the second read the folder after the first wrote: no schema changes");
        assertEquals(List.of("init", "posts"), tags(folder));
        assertEquals(1, said.size(), said.toString());
        assertTrue(said.get(0).matches("Waiting for the lock on .*drizzle, held by db:generate \\(pid " + ProcessHandle.current().pid()
                + ", since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\) \\(up to 30 s; -Ddb.lockTimeout=SECONDS\\) \\.\\.\\."), said.get(0));
    }

    /**
     * -Ddb.lockTimeout=10000000000 (a "wait for ever" of 317 years): its nanoseconds overflow a long, and the wait threw an
     * ArithmeticException at once (a bare stack trace from db:generate). It waits, as for any long time-out.
     */
    /**
     * Two builds in Godwit's daemon: the holder's pid is the daemon's own, so "kill" it would end every build the daemon runs (the
     * refused one's too); the refusal names the daemon and its own way to stop it.
     */
    @Test
    void aLockHeldByAnotherBuildOfThisJvmIsNamedAsTheDaemonsNotToBeKilled() throws Exception {
        MigrationsFolder folder = withInit();
        long pid = ProcessHandle.current().pid();
        try (FolderLock first = FolderLock.take(folder, "db:generate", Duration.ZERO, m -> { })) {
            Throwable e = CompletableFuture.supplyAsync(() -> {
                try (FolderLock taken = FolderLock.take(folder, "db:drop", Duration.ZERO, m -> { })) {
                    return (Throwable) null;
                } catch (RuntimeException refused) {
                    return refused;
                }
            }).get(30, TimeUnit.SECONDS);
            assertTrue(e instanceof SnapshotException, String.valueOf(e));
            assertTrue(e.getMessage().endsWith("; process " + pid + " is Godwit's daemon running another build: if that build hangs, mvn"
                    + " db:stop-daemon ends it (and every other build the daemon runs), and the next goal takes the lock over."), e.getMessage());
            assertFalse(e.getMessage().contains("kill " + pid), e.getMessage());
        }
    }

    @Test
    void aTimeOutTooLongForNanosecondsWaitsForTheHolder() throws Exception {
        MigrationsFolder folder = withInit();
        List<String> said = new CopyOnWriteArrayList<>();
        CompletableFuture<Boolean> second;
        try (FolderLock first = FolderLock.take(folder, "db:generate", Duration.ZERO, m -> { })) {
            second = CompletableFuture.supplyAsync(() -> {
                try (FolderLock taken = FolderLock.take(folder, "db:generate", Duration.ofSeconds(10_000_000_000L), said::add)) {
                    return taken != null;
                }
            });
            Thread.sleep(300);
            assertFalse(second.isDone(), "the second waits while the first holds the lock");
        }
        assertTrue(second.get(30, TimeUnit.SECONDS));
        assertEquals(1, said.size(), said.toString());
        assertTrue(said.get(0).contains("(up to 10000000000 s; -Ddb.lockTimeout=SECONDS)"), said.get(0));
    }

    @Test
    void aSecondGenerateWaitsForAnotherProcessThenFindsItsMigrationOrTimesOutNamingIt() throws Exception {
        MigrationsFolder folder = withInit();
        Path go = tmp.resolve("go");
        Process holder = holder(folder, go);
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("ready", out.readLine());
            long pid = holder.pid();

            // refused at once with 0, after the wait with 1 s: who holds it, and what to do
            for (int seconds : new int[] {0, 1}) {
                List<String> said = new CopyOnWriteArrayList<>();
                SnapshotException e = assertThrows(SnapshotException.class, () -> new Generator().lockWait(Duration.ofSeconds(seconds), said::add)
                        .generate(V1, folder, GenerateOptions.batch().withName("again")));
                String held = "db:generate \\(pid " + pid + ", since [-0-9]{10} [:0-9]{8}\\)";
                String head = seconds == 0 ? "The lock on .*drizzle is held by " + held + ", and -Ddb.lockTimeout=0 does not wait for it"
                        : "Waited 1 s for the lock on .*drizzle, held by " + held + " all that time";
                assertTrue(e.getMessage().matches(head + ": another goal is changing the folder, so db:generate did nothing\\. Run db:generate"
                        + " again when it is done, or let it wait longer \\(-Ddb\\.lockTimeout=SECONDS\\)\\. A lock is released when the process"
                        + " holding it ends, so a killed goal leaves none; if process " + pid + " hangs, end it \\(kill " + pid + "\\) and the next"
                        + " goal takes the lock over\\."), e.getMessage());
                assertEquals(seconds == 0 ? 0 : 1, said.size(), said.toString());
            }
            assertEquals(List.of("init"), tags(folder));

            List<String> said = new CopyOnWriteArrayList<>();
            CompletableFuture<GenerateResult> second = CompletableFuture.supplyAsync(() -> new Generator().lockWait(Duration.ofSeconds(60), said::add)
                    .generate(V1, folder, GenerateOptions.batch().withName("again")));
            long until = System.currentTimeMillis() + 30_000;
            while (said.isEmpty() && System.currentTimeMillis() < until) Thread.sleep(20);
            assertEquals(1, said.size());
            Files.writeString(go, "");
            assertEquals("wrote", out.readLine());
            assertFalse(second.get(30, TimeUnit.SECONDS).written(), "no schema changes: the other process's migration holds them");
            assertEquals(List.of("init", "posts"), tags(folder));
        } finally {
            holder.destroyForcibly();
        }
    }

    @Test
    void aLockAKilledGoalHeldIsTakenOverSayingWhose() throws Exception {
        MigrationsFolder folder = withInit();
        Process holder = holder(folder, tmp.resolve("never"));
        BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("ready", out.readLine());
        long pid = holder.pid();
        holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        List<String> said = new CopyOnWriteArrayList<>();
        GenerateResult result = new Generator().lockWait(Duration.ZERO, said::add).generate(V1, folder, GenerateOptions.batch().withName("posts"));
        assertTrue(result.written());
        assertEquals(List.of("init", "posts"), tags(folder));
        assertEquals(1, said.size(), said.toString());
        assertTrue(said.get(0).matches("Took over the lock on .*drizzle that db:generate \\(pid " + pid + ", since [-0-9]{10} [:0-9]{8}\\) left:"
                + " that process ended without releasing it \\(the operating system did\\)\\."), said.get(0));
        // released as it should be: the next one says nothing
        said.clear();
        assertFalse(new Generator().lockWait(Duration.ZERO, said::add).generate(V1, folder, GenerateOptions.batch()).written());
        assertEquals(List.of(), said);
    }

    private Process holder(MigrationsFolder folder, Path go) throws Exception {
        return new ProcessBuilder(dev.godwit.engine.testing.ChildJvm.command(List.of("-Duser.home=" + System.getProperty("user.home")),
                FolderLockHolder.class, folder.dir().toString(), go.toString())).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS), "the second goal never said it waits");
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
