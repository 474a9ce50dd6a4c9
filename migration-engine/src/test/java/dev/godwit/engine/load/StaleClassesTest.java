package dev.godwit.engine.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleClassesTest {

    @TempDir
    Path dir;

    private Path write(String relative, Instant time) throws Exception {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, relative);
        Files.setLastModifiedTime(p, FileTime.from(time));
        return p;
    }

    @Test
    void sourcesNewerThanTheirClassOrWithoutOneAreStale() throws Exception {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        write("src/com/acme/Users.java", t);
        write("classes/com/acme/Users.class", t.plusSeconds(5));            // compiled after the edit
        write("src/com/acme/Posts.java", t.plusSeconds(10));
        write("classes/com/acme/Posts.class", t.plusSeconds(5));            // edited after compiling
        write("src/com/acme/Tags.java", t);                                  // never compiled
        write("src/com/acme/package-info.java", t.plusSeconds(60));          // has no class of its own
        List<Path> stale = StaleClasses.find(List.of(dir.resolve("src"), dir.resolve("missing-root")), dir.resolve("classes"));
        assertEquals(List.of(Path.of("com/acme/Posts.java"), Path.of("com/acme/Tags.java")), stale);
        assertEquals("The compiled classes are older than their sources (com/acme/Posts.java, com/acme/Tags.java), so db:verify would"
                + " check a schema that is not the one in the sources. Run mvn compile db:verify, or mvn verify (where the verify"
                + " execution runs after compile).", StaleClasses.message(stale));
    }

    @Test
    void upToDateClassesAreNotStale() throws Exception {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        write("src/com/acme/Users.java", t);
        write("classes/com/acme/Users.class", t);
        assertEquals(List.of(), StaleClasses.find(List.of(dir.resolve("src")), dir.resolve("classes")));
    }
}
