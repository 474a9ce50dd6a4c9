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
        return asCommitted(List.of(file)).contains(file);
    }

    /**
     * The files of {@code files} git tracks with no change in the work tree ({@link #asCommitted(Path)} for each), asked in one
     * {@code git status} per folder (a migrations folder: one), each given up on after 10 s: a drift check or a refusal naming
     * several edited migrations waited 10 s per file for a git that hangs.
     */
    public static java.util.Set<Path> asCommitted(java.util.Collection<Path> files) {
        return asCommitted(files, "git", Duration.ofSeconds(10));
    }

    /**
     * Whether {@code git ls-files} in {@code dir} lists {@code name}; false when git is not there, the folder is no repository, or
     * git takes longer than 10 s. Run as {@link #asCommitted(Path)} runs it: a hung or warning git gives an answer in time.
     */
    public static boolean tracked(Path dir, String name) {
        String out = git(dir, List.of("git", "ls-files", "--", name), Duration.ofSeconds(10));
        return out != null && !out.isBlank();
    }

    /**
     * Folders whose git gave no answer in time, and when: a fleet asks for each database (db:verify -Ddb.drift, db:apply's status),
     * and a git that hangs held it 10 s per database. Such a folder is not asked again for {@link #HUNG_FOR}.
     */
    private static final java.util.Map<Path, Long> HUNG = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Duration HUNG_FOR = Duration.ofMinutes(1);
    /** Whether this thread's last {@link #git} call was given up on (no answer in time), rather than failing. */
    private static final ThreadLocal<Boolean> timedOut = ThreadLocal.withInitial(() -> false);

    /** {@link #asCommitted(java.util.Collection)} with {@code git} as the command, each call given up on after {@code timeout}. */
    static java.util.Set<Path> asCommitted(java.util.Collection<Path> files, String git, Duration timeout) {
        java.util.Map<Path, java.util.List<Path>> byFolder = new java.util.LinkedHashMap<>();
        for (Path f : files) {
            if (f == null || f.getParent() == null || f.getFileName() == null) continue;
            byFolder.computeIfAbsent(f.getParent(), d -> new java.util.ArrayList<>()).add(f);
        }
        java.util.Set<Path> out = new java.util.LinkedHashSet<>();
        for (var e : byFolder.entrySet()) {
            // literal: a name git would read as pathspec magic (":0001_x.sql") or a glob matches itself alone; a file it left
            // out would be taken as committed
            List<String> command = new java.util.ArrayList<>(List.of(git, "--literal-pathspecs", "status", "--porcelain", "-z", "--ignored",
                    "--untracked-files=all", "--"));
            e.getValue().forEach(f -> command.add(f.getFileName().toString()));
            Path folder = e.getKey().toAbsolutePath().normalize();
            Long hung = HUNG.get(folder);
            if (hung != null && System.nanoTime() - hung < HUNG_FOR.toNanos()) continue;   // gave no answer lately: not known, at once
            String status = git(e.getKey(), command, timeout);
            if (status == null && timedOut.get()) HUNG.put(folder, System.nanoTime());
            if (status == null) continue;   // no git, no repository, or no answer in time: not known
            java.util.Set<String> changed = changedNames(status);
            if (changed == null) continue;
            for (Path f : e.getValue()) if (!changed.contains(f.getFileName().toString())) out.add(f);
        }
        return out;
    }

    /**
     * The file names {@code git status --porcelain -z} lists (changed, staged, untracked or ignored: a tracked file as committed
     * is the one it leaves out); null when it lists a folder (untracked or ignored as a whole), which holds them all. The paths
     * are the repository's, the names asked all of one folder, so the last part of each is the name.
     */
    private static java.util.Set<String> changedNames(String status) {
        java.util.Set<String> names = new java.util.HashSet<>();
        String[] fields = status.split("\0");
        for (int i = 0; i < fields.length; i++) {
            String field = fields[i];
            if (field.length() < 4) continue;
            boolean renamed = field.charAt(0) == 'R' || field.charAt(0) == 'C';
            for (String path : renamed && i + 1 < fields.length ? List.of(field.substring(3), fields[++i]) : List.of(field.substring(3))) {
                if (path.endsWith("/")) return null;
                names.add(path.substring(path.lastIndexOf('/') + 1));
            }
        }
        return names;
    }

    /**
     * The command's output, or null where it fails or takes longer than {@code timeout}. Its output goes to a file and its stderr
     * nowhere: read from a pipe, a git that hangs with its output open would hold the refusal as long (the timeout never reached),
     * and a closed stderr kills a git that warns there (SIGPIPE) before it answers.
     */
    private static String git(Path dir, List<String> command, Duration timeout) {
        timedOut.set(false);
        Path out = null;
        Process p = null;
        try {
            out = Files.createTempFile("godwit-git", ".out");
            p = new ProcessBuilder(command).directory(dir.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullFile()))
                    .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                timedOut.set(true);
                return null;
            }
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
