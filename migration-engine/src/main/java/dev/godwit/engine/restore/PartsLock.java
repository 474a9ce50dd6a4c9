package dev.godwit.engine.restore;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * The lock a backups folder's copies hold, shared, while they are written as parts ({@code .godwit/backups/.parts.lock}): the
 * parts are deleted only by a run that holds it alone, when no copy is being written by any process on any machine sharing the
 * folder. The operating system (over NFS, the server) lets a lock go with its process however that ended, so no process id is
 * judged: a pid is another process once reused, and a part of another machine or container carries a pid of another process
 * table, gone or someone else's here.
 */
final class PartsLock {

    static final String FILE = ".parts.lock";

    /** The shared locks this JVM holds, by folder, with how many copies hold each: a JVM's file locks overlap only by throwing. */
    private static final Map<Path, Held> HELD = new HashMap<>();

    private static final class Held {
        final FileChannel channel;
        int copies = 1;

        Held(FileChannel channel) {
            this.channel = channel;
        }
    }

    private PartsLock() {
    }

    /** A shared hold of the lock, let go on close. */
    interface Hold extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Holds the lock of {@code dir} shared until the returned handle is closed, waiting for a run that holds it alone (it deletes
     * a few files). Where the folder takes no locks (some network or FUSE file systems), the copy goes on without one: the
     * parts are then never deleted, since no run can hold the lock alone either.
     */
    static Hold whileWriting(Path dir) {
        synchronized (HELD) {
            Held h = HELD.get(dir);
            if (h != null) {
                h.copies++;
            } else {
                FileChannel ch = null;
                try {
                    ch = FileChannel.open(dir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                    ch.lock(0, Long.MAX_VALUE, true);
                    HELD.put(dir, new Held(ch));
                } catch (IOException | OverlappingFileLockException noLock) {
                    closeQuietly(ch);
                    return () -> { };
                }
            }
        }
        return () -> release(dir);
    }

    private static void release(Path dir) {
        synchronized (HELD) {
            Held h = HELD.get(dir);
            if (h == null || --h.copies > 0) return;
            HELD.remove(dir);
            closeQuietly(h.channel);   // closing the channel lets its lock go
        }
    }

    /** Runs {@code clean} holding the lock of {@code dir} alone; not at all while any copy holds it, here or elsewhere. */
    static void whenNoneWriting(Path dir, Runnable clean) {
        synchronized (HELD) {
            if (HELD.containsKey(dir)) return;   // a copy of this JVM is being written
            try (FileChannel ch = FileChannel.open(dir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                    FileLock alone = ch.tryLock()) {
                if (alone != null) clean.run();
            } catch (IOException | OverlappingFileLockException unknown) {
                // whether a copy is being written is not known: its part is left
            }
        }
    }

    private static void closeQuietly(FileChannel ch) {
        try {
            if (ch != null) ch.close();
        } catch (IOException ignored) {
            // the lock goes with the channel, closed or not, when the process ends
        }
    }
}
