package dev.godwit.engine.load;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.TreeSet;

/**
 * For a {@code <schema>} package that holds no classes: the packages of the project's compiled classes (the directories on
 * the class path, not the jars) a typo away from it, so the error can say which was meant ({@code com.acme.shema}:
 * {@code com.acme.schema}). Looked up only when that error is given.
 */
final class NearPackage {

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
        packages.remove(pkg);   // the package itself: it has classes, just no tables
        return dev.godwit.schema.model.Typos.nearest(pkg, packages);
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
}
