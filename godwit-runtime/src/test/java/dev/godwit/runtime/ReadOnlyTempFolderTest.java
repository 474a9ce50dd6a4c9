package dev.godwit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.GodwitException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red-team: an application in a container with a read-only root file system (its /tmp read-only) failed its start with
 * "cannot open local SQLite file /srv/app/data/app.sqlite: Error opening connection", naming the database file, which was not at
 * fault: sqlite-jdbc unpacks its native library into the temporary folder, and could not. The failure now says so and what to do.
 * A JVM of its own, as the library loads once per JVM; root passes any permission here, so a temporary folder that is a file
 * stands for a read-only one (the driver's same failure). A second try in the same JVM (an application retrying its start) got the
 * driver's UnsatisfiedLinkError, an Error that no catch of GodwitException takes; it is the same failure now.
 */
class ReadOnlyTempFolderTest {

    @TempDir
    Path dir;

    @Test
    void aTemporaryFolderTheDriverCannotUnpackIntoIsNamedNotTheDatabase() throws Exception {
        Path tmp = Files.writeString(dir.resolve("tmp"), "a file where the temporary folder should be");
        Path db = dir.resolve("app.sqlite");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.io.tmpdir=" + tmp,
                "-cp", System.getProperty("java.class.path"), Start.class.getName(), "jdbc:sqlite:" + db)
                .redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals("BROKEN cannot open local SQLite file " + db + ": java.lang.UnsatisfiedLinkError: 'void org.sqlite.core.NativeDB._open_utf8(byte[], int)'\n"
                + "  sqlite-jdbc could not load its native SQLite library: it unpacks it into the temporary folder " + tmp + " (java.io.tmpdir, or"
                + " org.sqlite.tmpdir where set) and loads it from there, so that folder must exist, be writable and not be mounted noexec (a"
                + " container with a read-only root file system has a read-only /tmp). Give the JVM a writable temporary folder"
                + " (-Djava.io.tmpdir=/path/to/writable/folder, or a writable volume mounted at /tmp), then start the application again."
                + " Nothing is wrong with the migrations. Nothing was changed.", out);
        assertTrue(Files.notExists(db), "no database file left behind");

        // the same through the application's DataSource, whose connection fails first
        Process ds = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.io.tmpdir=" + tmp,
                "-cp", System.getProperty("java.class.path"), Start.class.getName(), "datasource", "jdbc:sqlite:" + db)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dsOut = new String(ds.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(ds.waitFor(60, TimeUnit.SECONDS));
        assertTrue(dsOut.startsWith("BROKEN Godwit.migrate cannot get a connection from the DataSource: 'void org.sqlite.core.NativeDB._open_utf8(byte[], int)'\n"
                + "  sqlite-jdbc could not load its native SQLite library: it unpacks it into the temporary folder " + tmp + " "), dsOut);
        assertTrue(dsOut.endsWith("then start the application again. Nothing is wrong with the migrations. Nothing was changed."), dsOut);
    }

    /** The application of the test above: migrates at start, prints the failure's kind and message. */
    public static final class Start {
        public static void main(String[] args) {
            try {
                if (args[0].equals("datasource")) {
                    org.sqlite.SQLiteDataSource ds = new org.sqlite.SQLiteDataSource();
                    ds.setUrl(args[1]);
                    try {
                        Godwit.configure().log(EngineLog.SILENT).migrateDataSource(ds);
                    } catch (GodwitException first) {
                        Godwit.configure().log(EngineLog.SILENT).migrateDataSource(ds);
                    }
                } else {
                    try {
                        Godwit.configure().log(EngineLog.SILENT).migrateUrl(args[0]);
                    } catch (GodwitException first) {
                        // an application that retries its start's migration in the same JVM: the driver's second try throws an Error
                        Godwit.configure().log(EngineLog.SILENT).migrateUrl(args[0]);
                    }
                }
                System.out.println("started");
            } catch (GodwitException e) {
                System.out.println(e.kind() + " " + e.getMessage());
            }
        }
    }
}
