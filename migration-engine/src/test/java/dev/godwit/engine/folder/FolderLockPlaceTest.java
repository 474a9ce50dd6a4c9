package dev.godwit.engine.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where FolderEdit's lock file goes: {@code ~/.godwit/locks}, and the temp folder where the home folder cannot hold it. A JVM
 * that found no home sets user.home to "?" (a container's uid without a passwd entry); taken as given, that is a relative path,
 * and the locks went to {@code ?/.godwit/locks} under the build's working directory (the project, in git status).
 */
class FolderLockPlaceTest {

    @TempDir
    Path tmp;

    final String home = System.getProperty("user.home");

    @AfterEach
    void homeBack() {
        System.setProperty("user.home", home);
    }

    Path tempFolder() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    @Test
    void theLocksAreInTheHomeFolder() throws IOException {
        Path h = Files.createDirectories(tmp.resolve("ann"));
        System.setProperty("user.home", h.toString());
        Path lock = FolderLock.file(tmp.resolve("app/drizzle"));
        assertEquals(h.resolve(".godwit/locks"), lock.getParent());
        assertTrue(Files.isDirectory(lock.getParent()));
    }

    /** "?" and "" (no home found, or set empty): relative paths, which would put the locks in the working directory. */
    @Test
    void aHomeTheJvmCouldNotFindPutsTheLocksInTheTempFolderNotTheWorkingDirectory() throws IOException {
        for (String none : new String[] {"?", ""}) {
            System.setProperty("user.home", none);
            Path lock = FolderLock.file(tmp.resolve("app/drizzle"));
            assertEquals(tempFolder(), lock.getParent(), "user.home=" + none);
            assertTrue(lock.isAbsolute(), lock.toString());
        }
        assertFalse(Files.exists(Path.of("?")), "a folder named ? in the working directory " + Path.of("").toAbsolutePath());
        assertFalse(Files.exists(Path.of(".godwit")), "a .godwit folder in the working directory " + Path.of("").toAbsolutePath());
        // and a change still goes through, locked in the temp folder
        Path dir = Files.createDirectories(tmp.resolve("app/drizzle"));
        new FolderEdit(MigrationsFolder.at(dir), "db:generate").write(dir.resolve("a.sql"), "SELECT 1;\n").commit();
        assertEquals("SELECT 1;\n", Files.readString(dir.resolve("a.sql")));
        assertFalse(Files.exists(Path.of("?")));
    }

    /**
     * Every goal first looks for a change a stopped goal left; where there is none (every run but the one after a stop) it takes
     * no lock: a no-change db:generate or db:verify neither creates {@code ~/.godwit/locks} nor works out the lock's name (a
     * SHA-256 of the folder's path, whose classes a fresh JVM would load for it alone).
     */
    @Test
    void aFolderNoGoalLeftMidChangeIsCheckedWithoutTakingTheLock() throws IOException {
        Path h = Files.createDirectories(tmp.resolve("bob"));
        System.setProperty("user.home", h.toString());
        Path dir = Files.createDirectories(tmp.resolve("app/drizzle/meta"));
        Files.writeString(dir.resolve("_journal.json"), "{}");
        java.util.List<String> said = new java.util.ArrayList<>();
        FolderEdit.finishInterrupted(MigrationsFolder.at(dir.getParent()), new dev.godwit.engine.EngineLog() {
            @Override
            public void info(String message) {
                said.add(message);
            }

            @Override
            public void warn(String message) {
                said.add(message);
            }
        });
        assertEquals(java.util.List.of(), said);
        assertFalse(Files.exists(h.resolve(".godwit")), "a lock taken for a folder with nothing to finish");
        // with a staged file left, the lock is taken (another goal may be writing it) and the file removed
        Files.writeString(dir.resolve("_0001_snapshot.json.godwit-new"), "{}");
        FolderEdit.finishInterrupted(MigrationsFolder.at(dir.getParent()), dev.godwit.engine.EngineLog.SILENT);
        assertTrue(Files.isDirectory(h.resolve(".godwit/locks")));
        assertFalse(Files.exists(dir.resolve("_0001_snapshot.json.godwit-new")));
    }

    /** A home that is a file (a misset HOME): no folder can be made there, whoever runs it (root too). */
    @Test
    void aHomeThatCannotHoldTheLocksFolderPutsThemInTheTempFolder() throws IOException {
        Path file = Files.writeString(tmp.resolve("home-is-a-file"), "x");
        System.setProperty("user.home", file.toString());
        assertEquals(tempFolder(), FolderLock.file(tmp.resolve("app/drizzle")).getParent());
    }

    /** A read-only home (a container's): permissions do not stop root, so for other users only. */
    @Test
    void aReadOnlyHomePutsTheLocksInTheTempFolder() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "permissions do not stop root");
        Path h = Files.createDirectories(tmp.resolve("ro"));
        Files.setPosixFilePermissions(h, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            System.setProperty("user.home", h.toString());
            assertEquals(tempFolder(), FolderLock.file(tmp.resolve("app/drizzle")).getParent());
            assertFalse(Files.exists(h.resolve(".godwit")));
        } finally {
            Files.setPosixFilePermissions(h, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
