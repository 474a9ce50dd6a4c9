package dev.godwit.engine.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
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
        assertEquals(java.util.Set.of(), VersionControl.asCommitted(List.of(file), git.toString(), Duration.ofSeconds(1)));
        long took = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertTrue(took < 10_000, "asCommitted waited " + took + " ms for a git that hangs; the limit is 1 s a command");
    }

    /** A git that warns on stderr (safe.directory, an unreadable config) before it answers is heard: its answer counts. */
    @Test
    void aGitThatWarnsOnStderrIsStillHeard() throws Exception {
        Path git = fakeGit("i=0; while [ $i -lt 2000 ]; do echo 'warning: unable to access /home/x/.config/git/attributes: Permission denied' >&2;"
                + " i=$((i+1)); done\ncase \"$1\" in ls-files) echo 0000_init.sql ;; esac\nexit 0");
        Path file = migration();
        assertEquals(java.util.Set.of(file), VersionControl.asCommitted(List.of(file), git.toString(), Duration.ofSeconds(10)));
    }

    /** No git at all: not known, no exception. */
    @Test
    void noGitIsNotKnown() throws Exception {
        assertEquals(java.util.Set.of(), VersionControl.asCommitted(List.of(migration()), dir.resolve("no-such-git").toString(), Duration.ofSeconds(10)));
    }

    /**
     * Several edited migrations (a drift check, a refusal naming them) asked git twice per file, each call given 10 s: a git that
     * hangs held db:verify -Ddb.drift 10 s per migration. One call asks for all of a folder's files, within the one limit.
     */
    @Test
    void severalFilesAreAskedInOneCall() throws Exception {
        Path calls = dir.resolve("calls");
        Path git = fakeGit("echo \"$@\" >> '" + calls + "'\nsleep 30");
        Path first = migration();
        List<Path> files = new java.util.ArrayList<>(List.of(first));
        for (String name : List.of("0001_b.sql", "0002_c.sql")) files.add(Files.writeString(first.resolveSibling(name), "SELECT 1;\n"));
        long start = System.nanoTime();
        assertEquals(java.util.Set.of(), VersionControl.asCommitted(files, git.toString(), Duration.ofSeconds(1)));
        long took = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertTrue(took < 2_500, "waited " + took + " ms for a git that hangs: the limit is 1 s for the one call");
        assertEquals(List.of("--literal-pathspecs status --porcelain -z --ignored --untracked-files=all -- 0000_init.sql 0001_b.sql 0002_c.sql"), Files.readAllLines(calls));
    }

    /**
     * A fleet asks for each database (db:verify -Ddb.drift, db:apply's status of each): a git that hung held it 10 s per database
     * with edited migrations. A folder whose git gave no answer in time is not asked again for a minute: not known at once.
     */
    @Test
    void aFolderWhoseGitHungIsNotAskedAgainAtOnce() throws Exception {
        Path calls = dir.resolve("calls");
        Path git = fakeGit("echo \"$@\" >> '" + calls + "'\nsleep 30");
        List<Path> files = List.of(migration());
        long start = System.nanoTime();
        for (int database = 0; database < 3; database++) {
            assertEquals(java.util.Set.of(), VersionControl.asCommitted(files, git.toString(), Duration.ofSeconds(1)));
        }
        long took = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertTrue(took < 2_500, "three askings took " + took + " ms for a git that hangs: the limit is 1 s in all");
        assertEquals(1, Files.readAllLines(calls).size(), "git was asked once");
    }

    /** With a real git: the answer for each file is as it was one file at a time (tracked and unchanged, nothing else). */
    @Test
    void realGitAnswersForEachFile() throws Exception {
        Path repo = dir.resolve("repo");
        Path folder = repo.resolve("app/drizzle");
        Files.createDirectories(folder);
        List<String> names = List.of("0000_clean.sql", "0001_edited.sql", "0002_staged.sql", "0003_new.sql", "0004_ignored.sql", "0005_deleted_in_index.sql");
        for (String n : names) Files.writeString(folder.resolve(n), "SELECT 1;\n");
        Files.writeString(repo.resolve(".gitignore"), "*_ignored.sql\n");
        git(repo, "init", "-q");
        git(repo, "add", ".gitignore", "app/drizzle/0000_clean.sql", "app/drizzle/0001_edited.sql", "app/drizzle/0002_staged.sql",
                "app/drizzle/0005_deleted_in_index.sql");
        git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "folder");
        Files.writeString(folder.resolve("0001_edited.sql"), "SELECT 2;\n");
        Files.writeString(folder.resolve("0002_staged.sql"), "SELECT 3;\n");
        git(repo, "add", "app/drizzle/0002_staged.sql");
        git(repo, "rm", "-q", "--cached", "app/drizzle/0005_deleted_in_index.sql");
        List<Path> files = names.stream().map(folder::resolve).toList();
        assertEquals(java.util.Set.of(folder.resolve("0000_clean.sql")), VersionControl.asCommitted(files));
        for (Path f : files) assertEquals(f.endsWith("0000_clean.sql"), VersionControl.asCommitted(f), f.toString());
        Path outside = Files.writeString(Files.createDirectories(dir.resolve("elsewhere")).resolve("0000_x.sql"), "SELECT 1;\n");
        assertEquals(java.util.Set.of(), VersionControl.asCommitted(List.of(outside)), "no repository: not known");
        // a folder git ignores as a whole is listed as the folder: none of its files is as committed
        Files.writeString(repo.resolve(".gitignore"), "*_ignored.sql\nlegacy/\n");
        Path legacy = Files.writeString(Files.createDirectories(repo.resolve("legacy")).resolve("0000_l.sql"), "SELECT 1;\n");
        assertEquals(java.util.Set.of(), VersionControl.asCommitted(List.of(legacy)));
    }

    /**
     * Names git would read as pathspec magic: ":0001_x.sql" is "0001_x.sql" to git (a leading ":" starts magic), so the edited file
     * went unlisted and was taken as committed (the one call counts a file git leaves out as clean; ls-files, asked first before,
     * listed nothing). Names are literal now: an edit is seen whatever the name; glob characters, spaces, a leading "-" and
     * non-ASCII letters answer as before.
     */
    @Test
    void namesAreAskedLiterallyNotAsPathspecMagic() throws Exception {
        Path repo = dir.resolve("repo");
        Path folder = repo.resolve("drizzle");
        Files.createDirectories(folder);
        List<String> names = List.of(":0001_colon.sql", ":(top)0002_magic.sql", "0003_[x].sql", "0004_x.sql", "0005_*.sql", "-0006 dash café.sql");
        for (String n : names) Files.writeString(folder.resolve(n), "SELECT 1;\n");
        Files.writeString(folder.resolve("0001_colon.sql"), "SELECT 1;\n");   // what ":0001_colon.sql" names to git, unedited
        git(repo, "init", "-q");
        git(repo, "add", "-A");
        git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "folder");
        for (String n : List.of(":0001_colon.sql", ":(top)0002_magic.sql", "0004_x.sql")) Files.writeString(folder.resolve(n), "SELECT 2;\n");
        List<Path> files = names.stream().map(folder::resolve).toList();
        assertEquals(java.util.Set.of(folder.resolve("0003_[x].sql"), folder.resolve("0005_*.sql"), folder.resolve("-0006 dash café.sql")),
                VersionControl.asCommitted(files));
    }

    static void git(Path repo, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
    }
}
