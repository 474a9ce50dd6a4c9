package dev.godwit.engine.folder;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Another process for {@link FolderLockSameJvmTest}: tries the lock file {@code args[0]}'s lock and says "held" or "free". */
public final class FolderLockProbe {

    public static void main(String[] args) throws Exception {
        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock(1L << 40, 1, false);
            System.out.println(lock == null ? "held" : "free");
        }
    }
}
