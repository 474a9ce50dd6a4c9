package dev.godwit.engine.rebase;

import dev.godwit.engine.folder.MigrationsFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A real git repository for the rebase tests: branches, commits and a merge that leaves conflict markers, as users get them. */
final class GitMerges {

    private GitMerges() {
    }

    /** Runs git in {@code repo}; a merge that stops on a conflict is expected, any other failure is not. */
    static void git(Path repo, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false",
                "-c", "init.defaultBranch=main", "-c", "merge.conflictstyle=merge"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(repo.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        int rc = p.waitFor();
        if (rc != 0 && !(args[0].equals("merge") && out.contains("CONFLICT"))) throw new IllegalStateException("git " + String.join(" ", args) + ": " + out);
    }

    /** Every file of the folder with its text, by relative path: to show that a refusal wrote nothing. */
    static Map<String, String> files(MigrationsFolder folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(folder.dir())) {
            for (Path p : s.filter(Files::isRegularFile).toList()) out.put(folder.dir().relativize(p).toString(), Files.readString(p));
        }
        return out;
    }
}
