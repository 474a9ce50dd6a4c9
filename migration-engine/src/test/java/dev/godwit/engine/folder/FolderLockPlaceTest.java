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
        Path lock = FolderEdit.lockFile(tmp.resolve("app/drizzle"));
        assertEquals(h.resolve(".godwit/locks"), lock.getParent());
        assertTrue(Files.isDirectory(lock.getParent()));
    }

    /** "?" and "" (no home found, or set empty): relative paths, which would put the locks in the working directory. */
    @Test
    void aHomeTheJvmCouldNotFindPutsTheLocksInTheTempFolderNotTheWorkingDirectory() throws IOException {
        for (String none : new String[] {"?", ""}) {
            System.setProperty("user.home", none);
            Path lock = FolderEdit.lockFile(tmp.resolve("app/drizzle"));
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

    /** A home that is a file (a misset HOME): no folder can be made there, whoever runs it (root too). */
    @Test
    void aHomeThatCannotHoldTheLocksFolderPutsThemInTheTempFolder() throws IOException {
        Path file = Files.writeString(tmp.resolve("home-is-a-file"), "x");
        System.setProperty("user.home", file.toString());
        assertEquals(tempFolder(), FolderEdit.lockFile(tmp.resolve("app/drizzle")).getParent());
    }

    /** A read-only home (a container's): permissions do not stop root, so for other users only. */
    @Test
    void aReadOnlyHomePutsTheLocksInTheTempFolder() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "permissions do not stop root");
        Path h = Files.createDirectories(tmp.resolve("ro"));
        Files.setPosixFilePermissions(h, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            System.setProperty("user.home", h.toString());
            assertEquals(tempFolder(), FolderEdit.lockFile(tmp.resolve("app/drizzle")).getParent());
            assertFalse(Files.exists(h.resolve(".godwit")));
        } finally {
            Files.setPosixFilePermissions(h, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
