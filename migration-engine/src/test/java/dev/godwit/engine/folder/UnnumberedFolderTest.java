package dev.godwit.engine.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A red-team review: drizzle-kit's {@code migrations.prefix "none"} folder (real output, in drizzle-kit-0.31/prefix-none) was
 * diagnosed as "two migrations have the number : _init and _bio (two branches each generated one). Run mvn db:rebase", which
 * then blamed a merge. The layout is named, with what to do.
 */
class UnnumberedFolderTest {

    @Test
    void drizzleKitsPrefixNoneLayoutIsNamed() {
        MigrationsFolder folder = MigrationsFolder.at(Path.of("src/test/resources/drizzle-kit-0.31/prefix-none/drizzle"));
        List<String> problems = FolderCheck.problems(folder).stream().filter(p -> p.contains("number")).toList();
        assertEquals(2, problems.size(), problems.toString());
        assertEquals("migration _init has no number: drizzle-kit writes such names with migrations.prefix \"none\", which keeps no snapshot per"
                + " migration (one meta/_snapshot.json for all) and gives them no order but the journal's. Godwit reads numbered migrations: set"
                + " migrations.prefix to \"index\" (drizzle-kit's default) or \"timestamp\" and start the folder again, or number the files and their"
                + " tags by hand (0000_init, 0001_bio) with a snapshot each", problems.get(0));
        assertEquals(0, problems.stream().filter(p -> p.startsWith("two migrations have the number")).count());
    }
}
