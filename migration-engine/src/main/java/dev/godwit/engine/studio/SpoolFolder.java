package dev.godwit.engine.studio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The studio's own folder for its downloads' files (a blob's bytes, an export's rows, put in a file before they are sent), made in the temporary
 * folder when first needed and deleted with what is left in it when the studio closes, which db:studio's Ctrl-C does too
 * ({@link StudioServer#serveUntilStopped}). Each file is deleted once sent; this catches those a stop cut short. It replaced
 * {@code deleteOnExit} a file, whose paths the JVM keeps for its whole life: one more a download, over a long session.
 */
final class SpoolFolder implements AutoCloseable {

    private final List<Path> made = new ArrayList<>();
    private Path current;

    /** The studio's folder in {@code parent}, made where there is none yet (or it was deleted meanwhile, as tmp cleaners do). */
    synchronized Path in(Path parent) throws IOException {
        if (current == null || !current.getParent().equals(parent) || !Files.isDirectory(current)) {
            current = Files.createTempDirectory(parent, "godwit-studio-");
            made.add(current);
        }
        return current;
    }

    @Override
    public synchronized void close() {
        for (Path folder : made) {
            if (!Files.isDirectory(folder)) continue;
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.toList()) Files.deleteIfExists(f);
                Files.deleteIfExists(folder);
            } catch (IOException ignored) {
                // a file still open elsewhere, or the folder gone: nothing more to do while stopping
            }
        }
        made.clear();
        current = null;
    }
}
