package dev.godwit.engine.load;

import java.io.File;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds Java sources whose class is missing or older than the source: what {@code mvn db:verify}
 * run on its own (without the compile phase before it) would otherwise check unknowingly.
 */
public final class StaleClasses {

    private StaleClasses() {
    }

    /** Sources (relative to their root) whose top-level class is missing from {@code classes} or older than the source. */
    public static List<Path> find(List<Path> sourceRoots, Path classes) {
        return Scan.of(sourceRoots, classes).stale();
    }

    /**
     * The sources and compiled classes with their modification times (ms), by path relative to their root with '/', each tree
     * walked once: every question about them is then answered in memory.
     */
    public record Scan(Map<String, Long> sources, Map<String, Long> classes) {

        public static Scan of(List<Path> sourceRoots, Path classes) {
            Map<String, Long> sources = new TreeMap<>();
            for (Path root : sourceRoots) files(root.toFile(), "", 0, ".java", sources);
            Map<String, Long> compiled = new TreeMap<>();
            files(classes.toFile(), "", 0, ".class", compiled);
            return new Scan(sources, compiled);
        }

        /** Sources whose top-level class is missing or older than the source, sorted. */
        public List<Path> stale() {
            List<Path> stale = new ArrayList<>();
            sources.forEach((source, time) -> {
                String name = source.substring(source.lastIndexOf('/') + 1);
                if (name.equals("package-info.java") || name.equals("module-info.java")) return;
                Long compiled = classes.get(source.substring(0, source.length() - ".java".length()) + ".class");
                if (compiled == null || time > compiled) stale.add(Path.of(source));
            });
            return stale;
        }

        /** A top-level class whose source is gone (its table would otherwise linger in the schema), or null. */
        public Path classWithoutSource() {
            for (String c : classes.keySet()) {
                String name = c.substring(c.lastIndexOf('/') + 1);
                if (name.contains("$") || name.equals("package-info.class") || name.equals("module-info.class")) continue;
                if (!sources.containsKey(c.substring(0, c.length() - ".class".length()) + ".java")) return Path.of(c);
            }
            return null;
        }

        public Optional<FileTime> oldestClass() {
            long oldest = Long.MAX_VALUE;
            for (long t : classes.values()) oldest = Math.min(oldest, t);
            return classes.isEmpty() ? Optional.empty() : Optional.of(FileTime.fromMillis(oldest));
        }
    }

    /**
     * Adds the files under {@code dir} ending in {@code suffix} (path relative to the root, with '/') and their modification
     * times; nothing if there is no such directory. java.io.File's name lists: a fresh JVM walks them faster than Path trees.
     */
    private static void files(File dir, String relative, int depth, String suffix, Map<String, Long> out) {
        String[] names = dir.list();
        if (names == null || depth > 64) return;   // 64 levels deep: a directory link loop, not a package
        for (String n : names) {
            File f = new File(dir, n);
            String path = relative.isEmpty() ? n : relative + "/" + n;
            if (n.endsWith(suffix) && f.isFile()) out.put(path, f.lastModified());
            else if (f.isDirectory()) files(f, path, depth + 1, suffix, out);
        }
    }

    /** The failure's text: which sources, and the command that fixes it. */
    public static String message(List<Path> stale) {
        List<String> shown = stale.stream().limit(3).map(p -> p.toString().replace('\\', '/')).toList();
        return "The compiled classes are older than their sources (" + String.join(", ", shown)
                + (stale.size() > shown.size() ? " and " + (stale.size() - shown.size()) + " more" : "")
                + "), so db:verify would check a schema that is not the one in the sources. Run mvn compile db:verify, or mvn verify"
                + " (where the verify execution runs after compile).";
    }
}
