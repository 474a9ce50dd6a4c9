package dev.godwit.engine.folder;

import java.nio.file.Path;
import java.time.Duration;

/** Another process for {@link FolderLockSameJvmTest}: a db:drop taking folder {@code args[0]}'s lock with -Ddb.lockTimeout=0; prints its refusal. */
public final class FolderLockRefused {

    public static void main(String[] args) {
        try {
            FolderLock.take(MigrationsFolder.at(Path.of(args[0])), "db:drop", Duration.ZERO, m -> { }).close();
            System.out.println("took it");
        } catch (SnapshotException e) {
            System.out.println(e.getMessage());
        }
    }
}
