package dev.godwit.engine.folder;

import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.testing.TestTables;
import dev.godwit.schema.model.SchemaDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A second process for {@link FolderLockTest}: a db:generate of users(name) + posts(title) into {@code args[0]}, which says
 * "ready" once it has read the folder and holds its lock, then waits for the file {@code args[1]} before it writes ("hang":
 * forever, to be killed).
 */
public final class FolderLockHolder {

    public static void main(String[] args) throws Exception {
        SchemaDef v1 = new SchemaDef(List.of(TestTables.table("users", "name"), TestTables.table("posts", "title")), List.of());
        Path go = Path.of(args[1]);
        new Generator().generate(() -> v1, MigrationsFolder.at(Path.of(args[0])), GenerateOptions.batch().withName("posts"), () -> {
            System.out.println("ready");
            System.out.flush();
            try {
                while (!Files.exists(go)) Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        System.out.println("wrote");
    }
}
