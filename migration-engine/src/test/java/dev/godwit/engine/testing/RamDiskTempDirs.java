package dev.godwit.engine.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * Where the engine's tests make their {@code @TempDir} folders (set as JUnit's default in junit-platform.properties): in
 * {@code /dev/shm} where that is a RAM disk with room, else where JUnit makes them. The tests' databases are real SQLite files
 * either way, but every commit syncs the file to disk, and on a virtual machine's disk a sync took 15 ms (0.1 ms in /dev/shm):
 * the engine's tests took 185 s of CPU and over 300 s of wall time on two cores, most of it waiting for syncs. What a test
 * checks of the disk itself (room, locks, a folder that is not writable) it makes for itself, as before.
 * {@code -Dgodwit.test.tmpdir=DIR} picks the folder; {@code -Dgodwit.test.tmpdir=} (empty) keeps JUnit's.
 */
public final class RamDiskTempDirs implements TempDirFactory {

    /** Room a run of the suite may need there at its peak (two test JVMs, each with a few 80 MB files at once). */
    static final long ROOM_NEEDED = 2L * 1024 * 1024 * 1024;

    private static final Path PARENT = parent();

    @Override
    public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext context) throws IOException {
        return PARENT == null ? Files.createTempDirectory("junit") : Files.createTempDirectory(PARENT, "godwit-test-");
    }

    private static Path parent() {
        String chosen = System.getProperty("godwit.test.tmpdir");
        if (chosen != null) return chosen.isBlank() ? null : Path.of(chosen);
        Path shm = Path.of("/dev/shm");
        try {
            if (Files.isDirectory(shm) && Files.isWritable(shm) && Files.getFileStore(shm).getUsableSpace() >= ROOM_NEEDED) return shm;
        } catch (IOException | SecurityException e) {
            // no RAM disk to use: JUnit's folder
        }
        return null;
    }
}
