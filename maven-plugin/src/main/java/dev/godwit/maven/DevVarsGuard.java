package dev.godwit.maven;

import dev.godwit.engine.target.D1Credentials;
import dev.godwit.engine.target.DevVars;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Warns when the project's {@code .dev.vars} holds a D1 token and git tracks the file (so the token is in the repository). */
final class DevVarsGuard {

    private DevVarsGuard() {
    }

    static Optional<String> warning(Path projectDir) {
        Path file = projectDir.resolve(".dev.vars");
        if (!Files.isRegularFile(file)) return Optional.empty();
        String token = DevVars.read(file).get(D1Credentials.ENV_TOKEN);
        if (token == null || token.isBlank() || !trackedByGit(projectDir, ".dev.vars")) return Optional.empty();
        return Optional.of(".dev.vars holds " + D1Credentials.ENV_TOKEN + " and git tracks it, so the token is in the repository and its history."
                + " Run git rm --cached .dev.vars, add .dev.vars to .gitignore, and roll the token in the Cloudflare dashboard (My Profile > API Tokens).");
    }

    /** Whether {@code git ls-files} lists the file; false when git is not there or the folder is no repository. */
    static boolean trackedByGit(Path dir, String file) {
        try {
            Process p = new ProcessBuilder("git", "ls-files", "--", file).directory(dir.toFile()).redirectErrorStream(false).start();
            p.getOutputStream().close();
            p.getErrorStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0 && !out.isBlank();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
