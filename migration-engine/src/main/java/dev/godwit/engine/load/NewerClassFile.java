package dev.godwit.engine.load;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

/**
 * A schema class compiled for a newer Java than the one running Godwit (a schema module built with release 21, Maven on Java 17):
 * the JVM's UnsupportedClassVersionError speaks of class file versions (65.0, 61.0) and says neither where the class came from
 * nor what to change. This names the jar or folder, both Java versions and the two ways on.
 */
final class NewerClassFile {

    private NewerClassFile() {
    }

    static String problem(String className, ClassLoader loader) {
        URL url = loader.getResource(className.replace('.', '/') + ".class");
        int major = url == null ? -1 : majorVersion(url);
        int running = Runtime.version().feature();
        String compiledFor = major > 44 ? "Java " + (major - 44) + " (class file version " + major + ")" : "a newer Java";
        return "class " + className + (url == null ? "" : " (from " + origin(url) + ")") + " is compiled for " + compiledFor
                + ", and Godwit runs on Java " + running + " here, which loads classes compiled for Java " + running + " or older: run Maven"
                + " on Java " + (major > 44 ? (major - 44) + " or later" : "as new as the one that compiled it") + " (JAVA_HOME), or compile"
                + " the schema for Java " + running + " (<maven.compiler.release>" + running + "</maven.compiler.release> in the POM that builds it)";
    }

    /** The jar ({@code jar:file:/x/s.jar!/a/B.class}) or class folder a class was found in, as a path. */
    static String origin(URL url) {
        String s = url.toString();
        if (s.startsWith("jar:")) {
            int bang = s.indexOf("!/");
            s = s.substring(4, bang < 0 ? s.length() : bang);
        }
        try {
            return java.nio.file.Path.of(java.net.URI.create(s)).toString();
        } catch (RuntimeException notAFile) {
            return s;
        }
    }

    private static int majorVersion(URL url) {
        try (InputStream in = url.openStream()) {
            byte[] head = in.readNBytes(8);
            if (head.length < 8 || (head[0] & 0xff) != 0xCA || (head[1] & 0xff) != 0xFE) return -1;
            return ((head[6] & 0xff) << 8) | (head[7] & 0xff);
        } catch (IOException unreadable) {
            return -1;
        }
    }
}
