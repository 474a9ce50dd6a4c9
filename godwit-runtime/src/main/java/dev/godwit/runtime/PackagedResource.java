package dev.godwit.runtime;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * Opens a resource packaged with the application. A jar under a folder whose name ends in '!' ({@code /srv/build!/app.jar}) holds
 * "!/" in its path, where the JDK cuts a {@code jar:} URL into jar and entry: its class loader finds such a resource (and loads
 * the classes) but cannot open it, and the migrations were said to be missing. Such a resource is read from its jar directly.
 */
final class PackagedResource {

    private PackagedResource() {
    }

    /** The resource {@code name} of {@code loader}, or null where it has none. */
    static InputStream open(ClassLoader loader, String name) throws IOException {
        InputStream in = loader.getResourceAsStream(name);
        if (in != null) return in;
        URL url = loader.getResource(name);
        return url == null ? null : fromJar(url, name);
    }

    /** The resource {@code name} found at {@code url}: its stream, else, for a jar whose path holds "!/", the entry read from the jar. */
    static InputStream open(URL url, String name) throws IOException {
        try {
            return url.openStream();
        } catch (IOException cutAtTheWrongBang) {
            InputStream in = fromJar(url, name);
            if (in == null) throw cutAtTheWrongBang;
            return in;
        }
    }

    /** The entry {@code name} of the jar a {@code jar:file:} URL names, trying each "!/" of it as the one that ends the jar's path. */
    private static InputStream fromJar(URL url, String name) throws IOException {
        String spec = url.toString();
        if (!spec.startsWith("jar:file:")) return null;
        String inner = spec.substring("jar:".length());
        for (int bang = inner.indexOf("!/"); bang >= 0; bang = inner.indexOf("!/", bang + 1)) {
            Path jar;
            try {
                jar = Path.of(URI.create(inner.substring(0, bang)));
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException notAPath) {
                continue;
            }
            if (!Files.isRegularFile(jar)) continue;
            JarFile file = new JarFile(jar.toFile());
            ZipEntry entry = file.getEntry(name);
            if (entry == null) {
                file.close();
                continue;
            }
            return new FilterInputStream(file.getInputStream(entry)) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        file.close();
                    }
                }
            };
        }
        return null;
    }
}
