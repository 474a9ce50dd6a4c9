package dev.godwit.engine.folder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A {@code merge=union} line in a {@code .gitattributes} above the migrations folder, a common way to stop conflicts in
 * {@code meta/_journal.json}: git then keeps both branches' lines of the journal and of the snapshot both wrote without a
 * conflict, and {@code git checkout -m} merges them the same way again, so the way back to git's markers that db:rebase reads
 * has to take the line out first.
 */
final class UnionMergeAttribute {

    private UnionMergeAttribute() {
    }

    /**
     * "{@code .gitattributes} line 1 ({@code drizzle/meta/*.json merge=union})" for the line that has git merge
     * {@code meta/_journal.json} so; null for none. As git reads them: only lines whose pattern matches the journal, the last such
     * line of a file setting {@code merge} decides, and a file nearer the journal over one above it (a {@code -merge} or
     * {@code merge=binary} there takes a union above back). A union line for other files (CHANGELOG.md) is not the cause.
     */
    static String near(MigrationsFolder folder) {
        Path journal = folder.journalFile().toAbsolutePath().normalize();
        for (Path d = journal.getParent(); d != null; d = d.getParent()) {
            Path f = d.resolve(".gitattributes");
            if (Files.isRegularFile(f)) {
                String relative = d.relativize(journal).toString().replace('\\', '/');
                try {
                    String[] lines = Files.readString(f, StandardCharsets.UTF_8).split("\r?\n");
                    String decided = null;
                    boolean set = false;
                    for (int i = 0; i < lines.length; i++) {
                        String[] words = lines[i].strip().split("\\s+");
                        if (words.length < 2 || words[0].startsWith("#") || words[0].startsWith("[attr]") || !matches(words[0], relative)) continue;
                        for (int w = 1; w < words.length; w++) {
                            String a = words[w];
                            if (a.equals("merge=union")) {
                                decided = folder.relative(f) + " line " + (i + 1) + " (" + lines[i].strip() + ")";
                                set = true;
                            } else if (a.startsWith("merge=") || a.equals("merge") || a.equals("-merge") || a.equals("!merge") || a.equals("binary")) {
                                decided = null;
                                set = true;
                            }
                        }
                    }
                    if (set) return decided;
                } catch (IOException e) {
                    return null;   // unreadable: the message goes without it
                }
            }
            if (Files.exists(d.resolve(".git"))) return null;   // the repository's top: attributes above it are not git's
        }
        return null;
    }

    /**
     * Whether a .gitattributes pattern matches {@code relative} (the path from its folder, with /): one without a slash matches the
     * file's name in any folder below, one with a slash the path from the folder ({@code **} any folders).
     */
    private static boolean matches(String pattern, String relative) {
        String name = relative.substring(relative.lastIndexOf('/') + 1);
        try {
            if (!pattern.contains("/")) return FileSystems.getDefault().getPathMatcher("glob:" + pattern).matches(Path.of(name));
            String p = pattern.startsWith("/") ? pattern.substring(1) : pattern;
            if (glob(p, relative)) return true;
            return p.startsWith("**/") && glob(p.substring(3), relative);
        } catch (RuntimeException e) {
            return false;   // a pattern Java's glob cannot read: not taken for the journal's
        }
    }

    private static boolean glob(String pattern, String relative) {
        return FileSystems.getDefault().getPathMatcher("glob:" + pattern).matches(Path.of(relative));
    }
}
