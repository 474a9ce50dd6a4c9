package dev.godwit.engine.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.db.SqliteDatabase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red-team of the parts db:apply -Dlocal writes its copies as ({@code <copy>.sqlite.part-<pid>}): the next copy deleted a part
 * whose pid was no live process on its machine, and kept one whose pid was. A part another machine sharing .godwit/backups (NFS,
 * a container's bind mount) was writing carries a pid of that machine's, gone here: it was deleted under the live copy. And a
 * killed run's part, its pid since taken by another process, was kept for as long as that one lived. A part is now deleted only
 * when no copy is being written into the folder, which the lock each copy holds while writing tells.
 */
class SharedBackupsFolderTest {

    @TempDir
    Path dir;

    Path database() {
        Path file = dir.resolve("app.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.runAtomically(List.of("CREATE TABLE t (x)", "INSERT INTO t VALUES (1)"), false);
        }
        return file;
    }

    /** A pid no process has here: the pid of one that has ended (what a part of another machine's run carries, judged here). */
    static long goneProcessPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        assertFalse(ProcessHandle.of(p.pid()).map(ProcessHandle::isAlive).orElse(false));
        return p.pid();
    }

    @Test
    void aPartAnotherMachineIsWritingIsLeftAlone() throws Exception {
        Path file = database();
        Path backupsDir = dir.resolve(".godwit/backups");
        Files.createDirectories(backupsDir);
        // the other machine's run: its copy under way, the folder's lock held as every copy holds it while writing
        Path theirs = backupsDir.resolve("app-0a1b2c3d-20261207T120000.000Z.sqlite.part-" + goneProcessPid());
        Files.writeString(theirs, "SQLite format 3 (half of it, still being written)");
        Process writing = new ProcessBuilder(dev.godwit.engine.testing.ChildJvm.command(SharedBackupsFolderTest.class,
                backupsDir.resolve(PartsLockName.FILE).toString())).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(writing.getInputStream()));
            assertEquals("holding", out.readLine());
            Path taken = new LocalBackups(backupsDir, 5).backup(file);
            assertTrue(Files.exists(theirs), "the part being written elsewhere is left: " + names(backupsDir));
            assertTrue(Files.exists(taken));
        } finally {
            writing.destroyForcibly();   // killed mid-copy: its lock goes with it
            writing.waitFor();
        }
        Path next = new LocalBackups(backupsDir, 5).backup(file);
        assertFalse(Files.exists(theirs), "left by a run that is gone, it goes with the next copy: " + names(backupsDir));
        assertEquals(List.of(next), new LocalBackups(backupsDir, 5).list(file));
    }

    @Test
    void aKilledRunsPartWhosePidAnotherProcessTookIsDeleted() throws Exception {
        Path file = database();
        Path backupsDir = dir.resolve(".godwit/backups");
        Files.createDirectories(backupsDir);
        Process other = new ProcessBuilder("sleep", "60").start();   // took the killed run's pid
        try {
            Path left = backupsDir.resolve("app-0a1b2c3d-20261207T120000.000Z.sqlite.part-" + other.pid());
            Files.writeString(left, "SQLite format 3 (half of it, the run killed)");
            Path journal = backupsDir.resolve(left.getFileName() + "-journal");
            Files.writeString(journal, "its journal");
            Path taken = new LocalBackups(backupsDir, 5).backup(file);
            assertFalse(Files.exists(left), "no copy is being written: the part is a killed run's, whoever has its pid now: " + names(backupsDir));
            assertFalse(Files.exists(journal));
            assertEquals(List.of(taken), new LocalBackups(backupsDir, 5).list(file));
        } finally {
            other.destroyForcibly();
            other.waitFor();
        }
    }

    private static List<String> names(Path backupsDir) throws Exception {
        try (var s = Files.list(backupsDir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The lock file's name as the copies use it (written out: the test stands for another machine's run). */
    static final class PartsLockName {
        static final String FILE = ".parts.lock";
    }

    /** The other machine's run: holds the folder's lock shared, as a copy being written does, until it is killed. */
    public static void main(String[] args) throws Exception {
        try (FileChannel ch = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ch.lock(0, Long.MAX_VALUE, true);
            System.out.println("holding");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}
