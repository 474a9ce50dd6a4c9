package dev.godwit.engine.load;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
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
     * Top-level classes of the schema's packages ({@code packages}, as {@code com.acme.schema}, subpackages included) that no
     * source declares any more: a table class whose source was deleted since the last compile, which db:verify would still load
     * (a red-team review deleted Posts.java, ran mvn db:verify, and it passed on the stale Posts.class; CI then failed with "drop
     * table posts"). A class is declared where a source of its package is named after it, or declares it as a second top-level
     * type ({@code class Helper} in Users.java); roots such as {@code target/generated-sources/annotations} count as sources.
     */
    public static List<Path> withoutSource(List<Path> sourceRoots, Path classes, List<String> packages) {
        Scan scan = Scan.of(sourceRoots, classes);
        List<Path> out = new ArrayList<>();
        Map<String, String> packageText = new TreeMap<>();   // a package's sources, read at most once
        for (String c : scan.classesWithoutSource()) {
            int slash = c.lastIndexOf('/');
            String name = c.substring(slash + 1, c.length() - ".class".length());
            String dir = slash < 0 ? "" : c.substring(0, slash);
            String pkg = dir.replace('/', '.');
            if (packages.stream().noneMatch(p -> pkg.equals(p) || pkg.startsWith(p + "."))) continue;
            // a package with Kotlin, Groovy or Scala sources declares classes in ways not read here (UsersKt, object): not judged
            if (otherLanguage(sourceRoots, dir)) continue;
            String text = packageText.computeIfAbsent(dir, d -> sourcesOf(sourceRoots, d));
            if (declares(text, name)) continue;
            out.add(Path.of(c));
        }
        return out;
    }

    private static boolean otherLanguage(List<Path> roots, String dir) {
        for (Path root : roots) {
            File[] files = root.resolve(dir).toFile().listFiles((d, n) -> n.endsWith(".kt") || n.endsWith(".groovy") || n.endsWith(".scala"));
            if (files != null && files.length > 0) return true;
        }
        return false;
    }

    /** The text of the .java files directly in {@code dir} (relative, with '/') under any of the roots; unreadable ones left out. */
    private static String sourcesOf(List<Path> roots, String dir) {
        StringBuilder sb = new StringBuilder();
        for (Path root : roots) {
            File[] files = root.resolve(dir).toFile().listFiles((d, n) -> n.endsWith(".java"));
            if (files == null) continue;
            for (File f : files) {
                try {
                    sb.append(java.nio.file.Files.readString(f.toPath(), java.nio.charset.StandardCharsets.ISO_8859_1)).append('\n');
                } catch (java.io.IOException unreadable) {
                    // as if absent: at worst the class is named as lacking its source
                }
            }
        }
        return sb.toString();
    }

    /**
     * The sources of another module of the build (under {@code sourceRoots}) newer than what the build gives its classes as
     * ({@code built}: a jar, or a classes folder), where {@code built} holds classes of the schema's packages ({@code packages});
     * else empty. {@code mvn -pl app verify} without {@code -am} loads a schema module's classes from the jar an earlier
     * {@code mvn install} left in the local repository (in CI, one restored from another branch's cache): a schema change
     * with no migration passed db:verify there, checked against the old classes. A source is newer than a jar when it was modified
     * after the jar was written or the jar has no class of its name (a table added since); a classes folder is compared as
     * {@link #find} compares it, class by class.
     */
    public static List<Path> newerThanBuilt(List<Path> sourceRoots, Path built, List<String> packages) {
        File file = built.toFile();
        List<String> dirs = packages.stream().map(p -> p.replace('.', '/') + "/").toList();
        if (file.isDirectory()) {
            if (dirs.stream().noneMatch(d -> new File(file, d).isDirectory())) return List.of();
            return Scan.of(sourceRoots, built).stale().stream().filter(f -> dirs.stream().anyMatch(d -> f.toString().replace('\\', '/').startsWith(d))).toList();
        }
        java.util.Set<String> entries = jarEntries(file);
        if (entries.stream().noneMatch(e -> dirs.stream().anyMatch(e::startsWith))) return List.of();
        long written = file.lastModified();
        Map<String, Long> sources = new TreeMap<>();
        for (Path root : sourceRoots) files(root.toFile(), "", 0, ".java", sources);
        List<Path> newer = new ArrayList<>();
        sources.forEach((source, time) -> {
            // the schema's packages only: another class of the module edited since (a util) changes no table
            if (dirs.stream().noneMatch(source::startsWith)) return;
            String name = source.substring(source.lastIndexOf('/') + 1);
            boolean hasClass = name.equals("package-info.java") || name.equals("module-info.java")
                    || entries.contains(source.substring(0, source.length() - ".java".length()) + ".class");
            if (time > written || !hasClass) newer.add(Path.of(source));   // edited since, or a class the jar does not have
        });
        // a table class whose source was deleted since the jar was installed: loaded from the jar, its table would linger. Only where
        // the source roots hold the schema's packages' sources: a source folder this cannot read (a <sourceDirectory> given by a
        // property set on the command line, ${schema.sources}) tells nothing of deleted ones
        boolean sourcesSeen = sources.keySet().stream().anyMatch(src -> dirs.stream().anyMatch(src::startsWith));
        Map<String, String> packageText = new TreeMap<>();
        for (String e : sourcesSeen ? new java.util.TreeSet<>(entries) : java.util.Set.<String>of()) {
            if (!e.endsWith(".class") || dirs.stream().noneMatch(e::startsWith)) continue;
            int slash = e.lastIndexOf('/');
            String name = e.substring(slash + 1, e.length() - ".class".length());
            if (name.contains("$") || name.equals("package-info") || name.equals("module-info")) continue;
            String source = e.substring(0, e.length() - ".class".length()) + ".java";
            if (sources.containsKey(source)) continue;
            String dir = e.substring(0, slash);
            if (otherLanguage(sourceRoots, dir)) continue;
            String text = packageText.computeIfAbsent(dir, d -> sourcesOf(sourceRoots, d));
            if (declares(text, name)) continue;
            newer.add(Path.of(source));
        }
        newer.sort(null);
        return newer;
    }

    /** The jar's entry names; none for an unreadable one (it is then taken as holding no class of the schema). */
    private static java.util.Set<String> jarEntries(File jar) {
        try (java.util.jar.JarFile j = new java.util.jar.JarFile(jar)) {
            java.util.Set<String> names = new java.util.HashSet<>();
            j.stream().forEach(e -> names.add(e.getName()));
            return names;
        } catch (java.io.IOException | RuntimeException unreadable) {
            return java.util.Set.of();
        }
    }

    /**
     * The failure's text for {@link #newerThanBuilt}: the module, what the build gave for it, its newer sources, and the command
     * that builds it in the same run ({@code rerun}: the {@code -pl} of this run with {@code -am}, or null).
     */
    public static String notBuiltMessage(String module, Path built, List<Path> newer, String rerun) {
        List<String> shown = newer.stream().limit(3).map(p -> p.toString().replace('\\', '/')).toList();
        boolean jar = !Files.isDirectory(built);
        return "The schema's classes come from module " + module + ", and " + (jar ? "the jar this build gives for it, " + built
                + " (written " + Instant.ofEpochMilli(built.toFile().lastModified()).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                + "), is older than its sources, lacks their classes or holds classes whose source was deleted (" : "its compiled classes in " + built + " are older than their sources (")
                + String.join(", ", shown) + (newer.size() > shown.size() ? " and " + (newer.size() - shown.size()) + " more" : "")
                + "), so db:verify would check a schema that is not the one in the sources" + (jar ? " (a jar an earlier mvn install left"
                + " in the local repository, or a CI cache restored from another branch)" : "") + ". Build that module in the same run: "
                + (rerun != null ? rerun : "mvn verify from the top of the build (with -pl, add -am)") + ".";
    }

    /** The failure's text for {@link #withoutSource}: which classes, and the command that fixes it. */
    public static String withoutSourceMessage(List<Path> orphans) {
        List<String> shown = orphans.stream().limit(3).map(p -> p.toString().replace('\\', '/')).toList();
        return "Compiled classes of the schema have no source any more (" + String.join(", ", shown)
                + (orphans.size() > shown.size() ? " and " + (orphans.size() - shown.size()) + " more" : "")
                + "): deleted since the last compile, they would still be loaded, so db:verify would check a schema that is not the one in"
                + " the sources. Run mvn compile db:verify, or mvn verify (mvn clean verify where an old compiler plugin leaves them).";
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
            List<String> orphans = classesWithoutSource();
            return orphans.isEmpty() ? null : Path.of(orphans.get(0));
        }

        /** Top-level classes (no {@code $}, no package-info / module-info) with no source of their name, relative, with '/'. */
        List<String> classesWithoutSource() {
            List<String> out = new ArrayList<>();
            for (String c : classes.keySet()) {
                String name = c.substring(c.lastIndexOf('/') + 1);
                if (name.contains("$") || name.equals("package-info.class") || name.equals("module-info.class")) continue;
                if (!sources.containsKey(c.substring(0, c.length() - ".class".length()) + ".java")) out.add(c);
            }
            return out;
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

    /**
     * Why the schema classes of {@code jar}, another module's ({@code module}, its sources {@code newer} than the jar), are refused.
     *
     * @param goalModule the folder of the module running the goal, relative to the top-level project (for its -pl), or null
     */
    public static String staleJarMessage(Path jar, String module, List<Path> newer, String goal, String goalModule) {
        List<String> shown = newer.stream().limit(3).map(p -> p.toString().replace('\\', '/')).toList();
        return "The schema classes come from " + jar.getFileName() + " (" + jar + "), module " + module + "'s jar as last installed, but "
                + String.join(", ", shown) + (newer.size() > shown.size() ? " and " + (newer.size() - shown.size()) + " more" : "")
                + (newer.size() == 1 ? " has" : " have") + " changed since (or " + (newer.size() == 1 ? "is" : "are") + " not in it, or deleted while its class is), so db:" + goal + " would work on a schema that is not the one in the"
                + " sources (a change of a teammate's pulled with its migration would be undone by the next migration). Install that module first:"
                + " mvn install -pl " + module + " (from the top-level project), then run db:" + goal + " again"
                + (goalModule == null ? "." : "; or build it in the same run, from the top-level project: mvn -pl " + goalModule + " -am compile db:" + goal + ".");
    }

    /** The failure's text: which sources, and the command that fixes it. */
    public static String message(List<Path> stale) {
        List<String> shown = stale.stream().limit(3).map(p -> p.toString().replace('\\', '/')).toList();
        return "The compiled classes are older than their sources (" + String.join(", ", shown)
                + (stale.size() > shown.size() ? " and " + (stale.size() - shown.size()) + " more" : "")
                + "), so db:verify would check a schema that is not the one in the sources. Run mvn compile db:verify, or mvn verify"
                + " (where the verify execution runs after compile).";
    }

    /** Whether a package's Java sources ({@code text}, all its files) declare a type of that name: a class may live in a file of another name. */
    private static boolean declares(String text, String name) {
        return java.util.regex.Pattern.compile("\\b(class|interface|enum|record)\\s+" + java.util.regex.Pattern.quote(name) + "\\b").matcher(text).find();
    }
}
