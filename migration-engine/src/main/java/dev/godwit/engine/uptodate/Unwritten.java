package dev.godwit.engine.uptodate;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.Unwritable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files of the up-to-date record (a record, the key of its content hashes) that could not be written, each said once a run: it
 * costs every run the full check, which went unexplained while the write failed without a word (a read-only target/).
 */
final class Unwritten {

    private final EngineLog log;
    private final Set<Path> said = ConcurrentHashMap.newKeySet();   // the hashing ahead writes the key on a thread of its own

    Unwritten(EngineLog log) {
        this.log = log;
    }

    /** Says that {@code file} ({@code what} it is) could not be written, why, and {@code costs}: what that costs; once per file. */
    void say(String what, Path file, IOException e, String costs) {
        if (!said.add(file.toAbsolutePath().normalize())) return;
        log.warn("Cannot write " + what + " " + file + " (" + Unwritable.reason(e) + "): " + costs + " Make " + file.getParent()
                + " a writable folder.");
    }
}
