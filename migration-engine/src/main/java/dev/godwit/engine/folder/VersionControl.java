package dev.godwit.engine.folder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
        if (file == null || file.getParent() == null || file.getFileName() == null) return false;
        String name = file.getFileName().toString();
        String tracked = git(file.getParent(), List.of("git", "ls-files", "--", name));
        if (tracked == null || tracked.isBlank()) return false;
        String status = git(file.getParent(), List.of("git", "status", "--porcelain", "--", name));
        return status != null && status.isBlank();
    }

    /** The command's output, or null where it fails or takes over 10 seconds. */
    private static String git(Path dir, List<String> command) {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(false).start();
            p.getOutputStream().close();
            p.getErrorStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            return p.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
