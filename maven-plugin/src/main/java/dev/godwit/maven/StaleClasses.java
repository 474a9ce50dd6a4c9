package dev.godwit.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds Java sources whose class is missing or older than the source: what {@code mvn db:verify}
 * run on its own (without the compile phase before it) would otherwise check unknowingly.
 */
final class StaleClasses {

    private StaleClasses() {
    }

    /** Sources (relative to their root) whose top-level class is missing from {@code classes} or older than the source. */
    static List<Path> find(List<Path> sourceRoots, Path classes) {
        List<Path> stale = new ArrayList<>();
        for (Path root : sourceRoots) {
            if (!Files.isDirectory(root)) continue;
            try (Stream<Path> files = Files.walk(root)) {
                for (Path source : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java")).sorted()::iterator) {
                    String name = source.getFileName().toString();
                    if (name.equals("package-info.java") || name.equals("module-info.java")) continue;
                    Path relative = root.relativize(source);
                    String className = name.substring(0, name.length() - ".java".length()) + ".class";
                    Path compiled = classes.resolve(relative).resolveSibling(className);
                    if (!Files.exists(compiled) || Files.getLastModifiedTime(source).compareTo(Files.getLastModifiedTime(compiled)) > 0) {
                        stale.add(relative);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the sources under " + root + ": " + e.getMessage(), e);
            }
        }
        return stale;
    }

    /** The failure's text: which sources, and the command that fixes it. */
    static String message(List<Path> stale) {
        List<String> shown = stale.stream().limit(3).map(p -> p.toString().replace('\\', '/')).toList();
        return "The compiled classes are older than their sources (" + String.join(", ", shown)
                + (stale.size() > shown.size() ? " and " + (stale.size() - shown.size()) + " more" : "")
                + "), so db:verify would check a schema that is not the one in the sources. Run mvn compile db:verify, or mvn verify"
                + " (where the verify execution runs after compile).";
    }
}
