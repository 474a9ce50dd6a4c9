package dev.godwit.engine.load;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.security.CodeSource;
import java.security.cert.Certificate;
import java.util.Collection;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The class loader for a project's schema classes (its compile class path). A class of the schema's
 * packages ({@link #checkExitCallsIn}) is checked for calls that end the JVM ({@link ExitCalls})
 * before it is defined, and refused if it makes one, wherever it is loaded from and on whichever
 * thread. Classes read from the project's directories are defined from the bytes read for that
 * check, so each class file is read once; classes from jars load as in any {@link URLClassLoader}.
 * Classes and resources of the schema's packages are looked for on the project's class path first.
 */
public final class SchemaClassLoader extends URLClassLoader {

    static {
        ClassLoader.registerAsParallelCapable();   // the schema loader defines classes on two threads at once
    }

    private final Map<String, String> refused = new ConcurrentHashMap<>();
    private final Map<String, CodeSource> codeSources = new ConcurrentHashMap<>();
    private final Set<String> checkedPackages = ConcurrentHashMap.newKeySet();

    public SchemaClassLoader(URL[] classPath, ClassLoader parent) {
        super(classPath, parent);
    }

    /** Checks the classes of these packages and their subpackages for JVM-ending calls (set before loading any). */
    public void checkExitCallsIn(Collection<String> packages) {
        checkedPackages.addAll(packages);
    }

    private boolean checked(String className) {
        return inCheckedPackages(packageOf(className));
    }

    private boolean inCheckedPackages(String pkg) {
        for (String p : checkedPackages) if (pkg.equals(p) || pkg.startsWith(p + ".")) return true;
        return false;
    }

    /**
     * A class of the schema's packages is looked for on this loader's own class path first, then in the parent's. In the
     * usual order the parent (the plugin's realm) is asked first and answers each schema class with a thrown
     * ClassNotFoundException after searching its jars: about 40 ms of the 250 ms a changed 500-class schema takes to load
     * in the Maven daemon. Godwit's classes (the schema classes must extend the plugin's DSL) and the JDK's always come
     * from the parent.
     */
    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!projectFirst(packageOf(name))) return super.loadClass(name, resolve);
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                URL url = findResource(classFile(name));
                if (url == null) return super.loadClass(name, resolve);   // e.g. a schema jar given as a plugin <dependency>
                c = define(name, url);
            }
            if (resolve) resolveClass(c);
            return c;
        }
    }

    /** A resource under a schema package comes from where its classes do (the project's class path first). */
    @Override
    public URL getResource(String name) {
        int slash = name.lastIndexOf('/');
        if (slash > 0 && projectFirst(name.substring(0, slash).replace('/', '.'))) {
            URL own = findResource(name);
            if (own != null) return own;
        }
        return super.getResource(name);
    }

    /** Whether the classes and resources of this package come from the project's class path first. */
    private boolean projectFirst(String pkg) {
        return inCheckedPackages(pkg) && !pkg.equals("dev.godwit") && !pkg.startsWith("dev.godwit.") && !JdkPackages.NAMES.contains(pkg);
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }

    /** The JDK's packages (a schema package named as broadly as "javax" must not shadow them), read once. */
    private static final class JdkPackages {
        static final Set<String> NAMES = new java.util.HashSet<>();

        static {
            for (Module m : ModuleLayer.boot().modules()) NAMES.addAll(m.getPackages());
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        URL url = findResource(classFile(name));   // this loader's own class path, in its order
        return url == null ? super.findClass(name) : define(name, url);
    }

    private static String classFile(String className) {
        return className.replace('.', '/') + ".class";
    }

    private Class<?> define(String name, URL url) throws ClassNotFoundException {
        String path = classFile(name);
        boolean check = checked(name);
        boolean directory = "file".equals(url.getProtocol());
        if (!directory && !check) return super.findClass(name);
        byte[] bytes;
        try {
            java.net.URLConnection connection = url.openConnection();
            // Not from the JVM-wide cache of open jars: in the Maven daemon a jar rebuilt at the same path would be checked
            // from its old copy while URLClassLoader defines the new one (and the cached file would stay open).
            connection.setUseCaches(false);
            try (InputStream in = connection.getInputStream()) {
                bytes = in.readAllBytes();
            }
        } catch (IOException e) {
            throw new ClassNotFoundException(name + ": cannot read " + url + ": " + e.getMessage(), e);
        }
        String exit = check ? ExitCalls.find(bytes) : null;
        if (exit != null) {
            refused.put(name, exit);
            throw new ClassNotFoundException(name + " calls " + exit + "; Godwit does not load it");
        }
        if (!directory) return super.findClass(name);   // a jar: checked, and defined as URLClassLoader does (manifest, signers)
        CodeSource source = codeSources.computeIfAbsent(root(url.toString(), path), SchemaClassLoader::codeSource);
        definePackageOf(name);
        return defineClass(name, bytes, 0, bytes.length, source);
    }

    /** The class path entry a class file's URL is under: as many segments off its end as the class's path has (names may be %-encoded). */
    static String root(String url, String path) {
        int cut = url.length();
        for (int segments = path.split("/").length; segments > 0; segments--) cut = url.lastIndexOf('/', cut - 1);
        return url.substring(0, cut + 1);
    }

    private static CodeSource codeSource(String root) {
        try {
            return new CodeSource(new URL(root), (Certificate[]) null);
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);   // it was part of a URL this loader returned
        }
    }

    private void definePackageOf(String className) {
        int dot = className.lastIndexOf('.');
        if (dot < 0) return;
        String pkg = className.substring(0, dot);
        if (getDefinedPackage(pkg) != null) return;
        try {
            definePackage(pkg, null, null, null, null, null, null, null);
        } catch (IllegalArgumentException definedMeanwhile) {
            // The other loading thread defined it first.
        }
    }

    /** The classes refused for ending the JVM, by name, with the call each makes ("System.exit"). */
    public Map<String, String> refused() {
        return new TreeMap<>(refused);
    }

    /** Resources on this loader's own class path only (a schema package is never in Godwit's or Maven's jars). */
    Enumeration<URL> ownResources(String name) throws IOException {
        return findResources(name);
    }
}
