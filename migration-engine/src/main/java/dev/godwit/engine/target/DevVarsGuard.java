package dev.godwit.engine.target;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Warns when one of the project's dotenv files ({@code .dev.vars}, {@code .env} and their per-environment and {@code .local}
 * variants, where Godwit and wrangler find tokens) holds a token and git tracks the file: the token is in the repository.
 */
public final class DevVarsGuard {

    private static final List<String> TOKENS = List.of(D1Credentials.ENV_TOKEN, "CLOUDFLARE_API_TOKEN");

    /** A value made only of {@code ${NAME}} / {@code $NAME} references (no default): it names a token held elsewhere. */
    private static final java.util.regex.Pattern ONLY_REFERENCES = java.util.regex.Pattern.compile(
            "(?:\\$\\{[A-Za-z_][A-Za-z0-9_]*}|\\$[A-Za-z_][A-Za-z0-9_]*)+");

    private DevVarsGuard() {
    }

    public static Optional<String> warning(Path projectDir) {
        return warning(projectDir, null);
    }

    /**
     * As {@link #warning(Path)}, and for the {@code .dev.vars} files next to wrangler's config found in a parent folder
     * ({@code configDir}, null for none), which the credential lookup reads as wrangler dev does: named from the project
     * ({@code ../.dev.vars}), as the command to run there takes it.
     */
    public static Optional<String> warning(Path projectDir, Path configDir) {
        Optional<String> own = warningIn(projectDir, projectDir, n -> n.equals(".dev.vars") || n.startsWith(".dev.vars.") || n.equals(".env") || n.startsWith(".env."));
        if (own.isPresent() || configDir == null || sameDir(configDir, projectDir)) return own;
        return warningIn(configDir, projectDir, n -> n.equals(".dev.vars") || n.startsWith(".dev.vars."));
    }

    private static boolean sameDir(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private static Optional<String> warningIn(Path dir, Path projectDir, java.util.function.Predicate<String> dotenv) {
        String[] names = dir.toFile().list((d, n) -> dotenv.test(n));
        if (names == null) return Optional.empty();
        java.util.Arrays.sort(names);
        for (String fileName : names) {
            Path file = dir.resolve(fileName);
            String name = sameDir(dir, projectDir) ? fileName
                    : projectDir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString();
            String gitignore = sameDir(dir, projectDir) ? ".gitignore"
                    : projectDir.toAbsolutePath().normalize().relativize(dir.toAbsolutePath().normalize().resolve(".gitignore")).toString();
            if (!Files.isRegularFile(file)) continue;
            Map<String, String> vars;
            try {
                vars = DevVars.read(file);
            } catch (RuntimeException unreadable) {
                continue;   // the credential lookup says so when it reads the file
            }
            String token = TOKENS.stream().filter(t -> holdsAToken(vars.get(t))).findFirst().orElse(null);
            if (token == null || !trackedByGit(dir, fileName)) continue;
            return Optional.of(name + " holds " + token + " and git tracks it, so the token is in the repository and its history."
                    + " Run git rm --cached " + name + ", add " + fileName + " to " + gitignore + ", and roll the token in the Cloudflare dashboard"
                    + " (My Profile > API Tokens).");
        }
        return Optional.empty();
    }

    /** CLOUDFLARE_D1_TOKEN=${CLOUDFLARE_API_TOKEN}, as README and the missing-settings error say to write, holds no token. */
    private static boolean holdsAToken(String value) {
        return value != null && !value.isBlank() && !ONLY_REFERENCES.matcher(value.strip()).matches();
    }

    /** Whether {@code git ls-files} lists the file; false when git is not there or the folder is no repository. */
    static boolean trackedByGit(Path dir, String file) {
        return dev.godwit.engine.folder.VersionControl.tracked(dir, file);
    }
}
