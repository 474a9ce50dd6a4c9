package dev.godwit.engine.folder;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The refusal of an edited migration asks git whether the file is as committed ({@link VersionControl#asCommitted}); whatever git
 * does, the refusal comes: a git that hangs is given up on, and a git that warns on stderr is still heard.
 */
class VersionControlTest {

    @TempDir
    Path dir;

    Path fakeGit(String script) throws Exception {
        Path git = dir.resolve("fake git");
        Files.writeString(git, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(git, PosixFilePermissions.fromString("rwx------"));
        return git;
    }

    Path migration() throws Exception {
        Path file = dir.resolve("drizzle/0000_init.sql");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "CREATE TABLE t (id integer);\n");
        return file;
    }

    /** A git that never answers (a hung fsmonitor, a network drive): its output stays open, and the answer is "not known" in time. */
    @Test
    void aGitThatHangsIsGivenUpOnInTime() throws Exception {
        Path git = fakeGit("sleep 30");
        Path file = migration();
        long start = System.nanoTime();
        assertFalse(VersionControl.asCommitted(file, git.toString(), Duration.ofSeconds(1)));
        long took = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertTrue(took < 10_000, "asCommitted waited " + took + " ms for a git that hangs; the limit is 1 s a command");
    }

    /** A git that warns on stderr (safe.directory, an unreadable config) before it answers is heard: its answer counts. */
    @Test
    void aGitThatWarnsOnStderrIsStillHeard() throws Exception {
        Path git = fakeGit("i=0; while [ $i -lt 2000 ]; do echo 'warning: unable to access /home/x/.config/git/attributes: Permission denied' >&2;"
                + " i=$((i+1)); done\ncase \"$1\" in ls-files) echo 0000_init.sql ;; esac\nexit 0");
        assertTrue(VersionControl.asCommitted(migration(), git.toString(), Duration.ofSeconds(10)));
    }

    /** No git at all: not known, no exception. */
    @Test
    void noGitIsNotKnown() throws Exception {
        assertFalse(VersionControl.asCommitted(migration(), dir.resolve("no-such-git").toString(), Duration.ofSeconds(10)));
    }
}
