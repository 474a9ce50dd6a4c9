package dev.godwit.engine.db;

/**
 * What to do when sqlite-jdbc could not load its native SQLite library. It unpacks the library into the temporary folder and loads
 * it from there; a container with a read-only root file system (a read-only /tmp), or a /tmp mounted noexec, stops that, and the
 * driver says only "Error opening connection", caused by "No native library found for os.name=Linux, os.arch=x86_64": the
 * database file was named as the one that could not be opened, and the file was not at fault.
 */
public final class NativeLibraryHint {

    private NativeLibraryHint() {
    }

    /** The hint when {@code failure}'s causes show the native library was not loaded, else null. */
    public static String of(Throwable failure, boolean fromApplication) {
        if (!notLoaded(failure)) return null;
        String tmpdir = System.getProperty("org.sqlite.tmpdir", System.getProperty("java.io.tmpdir"));
        return "sqlite-jdbc could not load its native SQLite library: it unpacks it into the temporary folder " + tmpdir
                + " (java.io.tmpdir, or org.sqlite.tmpdir where set) and loads it from there, so that folder must exist, be writable and"
                + " not be mounted noexec (a container with a read-only root file system has a read-only /tmp). Give the JVM a writable"
                + " temporary folder (-Djava.io.tmpdir=/path/to/writable/folder, or a writable volume mounted at /tmp), then "
                + (fromApplication ? "start the application again. Nothing is wrong with the migrations." : "run again.") + " Nothing was changed.";
    }

    private static boolean notLoaded(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // by name: the driver's exception class, absent from older sqlite-jdbc versions an application may pin
            if (t instanceof UnsatisfiedLinkError || t.getClass().getName().equals("org.sqlite.NativeLibraryNotFoundException")) return true;
        }
        return false;
    }
}
