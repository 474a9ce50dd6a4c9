package dev.godwit.engine.folder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Whether git has a migration file as it is on disk: tracked, with no change to it in the work tree. Asked only where a refusal's
 * way on depends on it ("restore the file from version control" changes nothing for a file that is as committed).
 */
public final class VersionControl {

    private VersionControl() {
    }

    /** True where git tracks {@code file} and {@code git status} lists no change to it; false when git is not there, or the folder is no repository. */
    public static boolean asCommitted(Path file) {
        return asCommitted(file, "git", Duration.ofSeconds(10));
    }

    /**
     * Whether {@code git ls-files} in {@code dir} lists {@code name}; false when git is not there, the folder is no repository, or
     * git takes longer than 10 s. Run as {@link #asCommitted(Path)} runs it: a hung or warning git gives an answer in time.
     */
    public static boolean tracked(Path dir, String name) {
        String out = git(dir, List.of("git", "ls-files", "--", name), Duration.ofSeconds(10));
        return out != null && !out.isBlank();
    }

    /** {@link #asCommitted(Path)} with {@code git} as the command, each call given up on after {@code timeout}. */
    static boolean asCommitted(Path file, String git, Duration timeout) {
        if (file == null || file.getParent() == null || file.getFileName() == null) return false;
        String name = file.getFileName().toString();
        String tracked = git(file.getParent(), List.of(git, "ls-files", "--", name), timeout);
        if (tracked == null || tracked.isBlank()) return false;
        String status = git(file.getParent(), List.of(git, "status", "--porcelain", "--", name), timeout);
        return status != null && status.isBlank();
    }

    /**
     * The command's output, or null where it fails or takes longer than {@code timeout}. Its output goes to a file and its stderr
     * nowhere: read from a pipe, a git that hangs with its output open would hold the refusal as long (the timeout never reached),
     * and a closed stderr kills a git that warns there (SIGPIPE) before it answers.
     */
    private static String git(Path dir, List<String> command, Duration timeout) {
        Path out = null;
        Process p = null;
        try {
            out = Files.createTempFile("godwit-git", ".out");
            p = new ProcessBuilder(command).directory(dir.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullFile()))
                    .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) return null;
            return p.exitValue() == 0 ? Files.readString(out, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            if (p != null && p.isAlive()) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
            if (out != null) {
                try {
                    Files.deleteIfExists(out);
                } catch (IOException ignored) {
                    // a temporary file left behind; the answer stands
                }
            }
        }
    }

    private static java.io.File nullFile() {
        return new java.io.File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
