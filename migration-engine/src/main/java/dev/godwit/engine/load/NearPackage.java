package dev.godwit.engine.load;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * For a {@code <schema>} package that holds no classes: the packages of the project's compiled classes (the directories on
 * the class path, not the jars) a typo away from it, so the error can say which was meant ({@code com.acme.shema}:
 * {@code com.acme.schema}). Looked up only when that error is given.
 */
final class NearPackage {

    /** Edits (letters inserted, removed or changed, any case) a typo may hold. */
    private static final int MAX_EDITS = 3;

    private NearPackage() {
    }

    /** The nearest packages (equally near, sorted), or none when no package of compiled classes is that near. */
    static List<String> of(String pkg, ClassLoader loader) {
        if (!(loader instanceof URLClassLoader urls)) return List.of();
        TreeSet<String> packages = new TreeSet<>();
        for (URL url : urls.getURLs()) {
            if (!"file".equals(url.getProtocol())) continue;
            try {
                File dir = new File(url.toURI());
                if (dir.isDirectory()) addPackages(dir, "", packages, 0);
            } catch (URISyntaxException | IllegalArgumentException e) {
                // not a directory we can read: no suggestion from it
            }
        }
        int best = Math.min(MAX_EDITS, pkg.length() / 4) + 1;   // a short name: fewer, or two short names would pass for a typo
        List<String> nearest = new ArrayList<>();
        for (String p : packages) {
            int d = edits(pkg.toLowerCase(java.util.Locale.ROOT), p.toLowerCase(java.util.Locale.ROOT));
            if (d == 0 && p.equals(pkg)) continue;   // the package itself: it has classes, just no tables
            if (d < best) {
                best = d;
                nearest.clear();
            }
            if (d == best) nearest.add(p);
        }
        return nearest;
    }

    /** Packages (dotted) under {@code dir} that hold a class file. */
    private static void addPackages(File dir, String pkg, TreeSet<String> out, int depth) {
        String[] entries = dir.list();
        if (entries == null || depth > 64) return;   // 64 levels: a directory link loop
        for (String e : entries) {
            if (e.endsWith(".class") && !pkg.isEmpty()) {
                out.add(pkg);
            } else {
                File sub = new File(dir, e);
                if (sub.isDirectory()) addPackages(sub, pkg.isEmpty() ? e : pkg + "." + e, out, depth + 1);
            }
        }
    }

    /** Levenshtein distance. */
    private static int edits(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(change, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
