package dev.godwit.engine.load;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.security.CodeSource;
import java.security.cert.Certificate;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The class loader for a project's schema classes (its compile class path). A class read from a
 * directory, the project's own compiled classes, is checked for calls that end the JVM
 * ({@link ExitCalls}) from the bytes it is defined from and refused if it makes one, so each class
 * file is read once and the check runs wherever the class is loaded, on any thread; classes from
 * jars load as in any {@link URLClassLoader}.
 */
public final class SchemaClassLoader extends URLClassLoader {

    static {
        ClassLoader.registerAsParallelCapable();   // the schema loader defines classes on two threads at once
    }

    private final Map<String, String> refused = new ConcurrentHashMap<>();
    private final Map<String, CodeSource> codeSources = new ConcurrentHashMap<>();

    public SchemaClassLoader(URL[] classPath, ClassLoader parent) {
        super(classPath, parent);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        String path = name.replace('.', '/') + ".class";
        URL url = findResource(path);   // this loader's own class path, in its order
        if (url == null || !"file".equals(url.getProtocol())) return super.findClass(name);
        byte[] bytes;
        try (InputStream in = url.openStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new ClassNotFoundException(name + ": cannot read " + url + ": " + e.getMessage(), e);
        }
        String exit = ExitCalls.find(bytes);
        if (exit != null) {
            refused.put(name, exit);
            throw new ClassNotFoundException(name + " calls " + exit + "; Godwit does not load it");
        }
        String root = url.toString().substring(0, url.toString().length() - path.length());
        CodeSource source = codeSources.computeIfAbsent(root, SchemaClassLoader::codeSource);
        definePackageOf(name);
        return defineClass(name, bytes, 0, bytes.length, source);
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
