package dev.godwit.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
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
final class StaleClasses {

    private StaleClasses() {
    }

    /** Sources (relative to their root) whose top-level class is missing from {@code classes} or older than the source. */
    static List<Path> find(List<Path> sourceRoots, Path classes) {
        return Scan.of(sourceRoots, classes).stale();
    }

    /**
     * The sources and compiled classes with their modification times, each tree walked once (a walk hands over the times
     * without a second system call per file): every question about them is then answered in memory.
     */
    record Scan(Map<Path, FileTime> sources, Map<Path, FileTime> classes) {

        static Scan of(List<Path> sourceRoots, Path classes) {
            Map<Path, FileTime> sources = new TreeMap<>();
            for (Path root : sourceRoots) sources.putAll(files(root, ".java"));
            return new Scan(sources, files(classes, ".class"));
        }

        /** Sources whose top-level class is missing or older than the source, sorted. */
        List<Path> stale() {
            List<Path> stale = new ArrayList<>();
            sources.forEach((source, time) -> {
                String name = source.getFileName().toString();
                if (name.equals("package-info.java") || name.equals("module-info.java")) return;
                FileTime compiled = classes.get(source.resolveSibling(name.substring(0, name.length() - ".java".length()) + ".class"));
                if (compiled == null || time.compareTo(compiled) > 0) stale.add(source);
            });
            return stale;
        }

        /** A top-level class whose source is gone (its table would otherwise linger in the schema), or null. */
        Path classWithoutSource() {
            for (Path c : classes.keySet()) {
                String name = c.getFileName().toString();
                if (name.contains("$") || name.equals("package-info.class") || name.equals("module-info.class")) continue;
                if (!sources.containsKey(c.resolveSibling(name.substring(0, name.length() - ".class".length()) + ".java"))) return c;
            }
            return null;
        }

        Optional<FileTime> oldestClass() {
            return classes.values().stream().min(FileTime::compareTo);
        }
    }

    /** Files under {@code root} ending in {@code suffix}, relative to it, with their modification times (empty if there is no root). */
    private static Map<Path, FileTime> files(Path root, String suffix) {
        Map<Path, FileTime> out = new TreeMap<>();
        if (!Files.isDirectory(root)) return out;
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && file.getFileName().toString().endsWith(suffix)) out.put(root.relativize(file), attrs.lastModifiedTime());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the files under " + root + ": " + e.getMessage(), e);
        }
        return out;
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
