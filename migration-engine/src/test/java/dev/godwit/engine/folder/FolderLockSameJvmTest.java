package dev.godwit.engine.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds in Godwit's daemon, one taking a folder's lock while the other tries it: POSIX record locks belong to the process,
 * and the second thread opened and closed the lock file (its refused try, its read of who holds it) in the instant the first had
 * the operating system's lock but had not yet noted it, which dropped the first's lock. The first build went on believing it
 * held the lock while another process could take it. Now this JVM opens, locks and closes its lock files one at a time.
 */
class FolderLockSameJvmTest {

    @TempDir
    Path tmp;

    @AfterEach
    void noHook() {
        FolderLock.afterOsLock = null;
    }

    @Test
    void aThreadRefusedWhileAnotherTakesTheLockLeavesItHeldAgainstOtherProcesses() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(tmp.resolve("app/drizzle"));
        Files.createDirectories(folder.dir());
        CompletableFuture<RuntimeException> second = new CompletableFuture<>();
        FolderLock.afterOsLock = () -> {
            FolderLock.afterOsLock = null;
            Thread t = new Thread(() -> {
                try {
                    FolderLock.take(folder, "db:drop", Duration.ZERO, m -> { }).close();
                    second.complete(null);
                } catch (RuntimeException e) {
                    second.complete(e);
                }
            });
            t.start();
            // the second thread runs in the first's window: it is refused there, or (fixed) waits on the monitor until it closes
            long blockedSince = 0;
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!second.isDone() && System.nanoTime() < end) {
                if (t.getState() != Thread.State.BLOCKED) blockedSince = 0;
                else if (blockedSince == 0) blockedSince = System.nanoTime();
                else if (System.nanoTime() - blockedSince > TimeUnit.MILLISECONDS.toNanos(200)) break;
                Thread.onSpinWait();
            }
        };
        Path lockFile = FolderLock.file(folder.dir());
        try (FolderLock first = FolderLock.take(folder, "db:generate", Duration.ZERO, m -> { })) {
            RuntimeException refused = second.get(30, TimeUnit.SECONDS);
            assertNotNull(refused, "the second build must not get the lock the first holds");
            assertTrue(refused.getMessage().contains("is held by") && refused.getMessage().contains("-Ddb.lockTimeout=0 does not wait for it"),
                    refused.getMessage());
            assertEquals("held", probe(lockFile), "another process could take the lock the first build holds");
        }
        assertEquals("free", probe(lockFile), "released when the first build is done");
    }

    /**
     * A goal refused (-Ddb.lockTimeout=0) in the first instant after another took the lock said "held by another goal (its file
     * ... names none)": the holder's name was written just after the operating system's lock was taken. It is written before
     * the lock can be seen held; here another process tries it in that instant (the hook), and is told who holds it.
     */
    @Test
    void aGoalRefusedJustAsAnotherTakesTheLockIsToldWhoHoldsIt() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(tmp.resolve("app/drizzle"));
        Files.createDirectories(folder.dir());
        CompletableFuture<String> refused = new CompletableFuture<>();
        FolderLock.afterOsLock = () -> {
            FolderLock.afterOsLock = null;
            try {
                refused.complete(run(FolderLockRefused.class, folder.dir().toString()));
            } catch (Exception e) {
                refused.completeExceptionally(e);
            }
        };
        try (FolderLock first = FolderLock.take(folder, "db:generate", Duration.ZERO, m -> { })) {
            String e = refused.get(60, TimeUnit.SECONDS);
            assertTrue(e.matches("The lock on .*drizzle is held by db:generate \\(pid " + ProcessHandle.current().pid() + ", since [0-9-]+ [0-9:]+\\),"
                    + " and -Ddb.lockTimeout=0 does not wait for it: another goal is changing the folder, so db:drop did nothing\\..*"), e);
            assertTrue(e.endsWith("; if process " + ProcessHandle.current().pid() + " hangs, end it (kill " + ProcessHandle.current().pid()
                    + ") and the next goal takes the lock over."), e);
        }
    }

    private static String run(Class<?> main, String arg) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(dev.godwit.engine.testing.ChildJvm.command(java.util.List.of("-Duser.home=" + System.getProperty("user.home")),
                main, arg)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return out;
    }

    private static String probe(Path lockFile) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(dev.godwit.engine.testing.ChildJvm.command(FolderLockProbe.class, lockFile.toString()))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return out;
    }
}
