package dev.godwit.maven;

import dev.godwit.engine.snapshot.Migration;
import dev.godwit.engine.snapshot.MigrationsFolder;
import dev.godwit.engine.snapshot.SnapshotException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;

/** Small helpers the goals share. */
final class Goals {

    private Goals() {
    }

    static List<Migration> migrations(MigrationsFolder folder) throws MojoExecutionException {
        try {
            return folder.migrations();
        } catch (SnapshotException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }
}
