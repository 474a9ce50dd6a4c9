package dev.godwit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When db:generate and db:push run the project's compile phase: only when the classes are missing or older than their sources. */
class CompileWhenStaleTest {

    @TempDir
    Path dir;
    Path sources;
    Path classes;
    CompileWhenStale compile;

    @BeforeEach
    void project() {
        Model model = new Model();
        Build build = new Build();
        build.setOutputDirectory(dir.resolve("target/classes").toString());
        model.setBuild(build);
        MavenProject project = new MavenProject(model);
        project.setFile(dir.resolve("pom.xml").toFile());
        sources = dir.resolve("src/main/java");
        classes = dir.resolve("target/classes");
        project.addCompileSourceRoot(sources.toString());
        compile = new CompileWhenStale(null, project, null, null, new SystemStreamLog(), "generate");
    }

    private void write(Path file, Instant time) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
        Files.setLastModifiedTime(file, FileTime.from(time));
    }

    @Test
    void compilesWhenThereAreNoClassesYet() throws Exception {
        write(sources.resolve("app/schema/Users.java"), Instant.parse("2026-01-01T00:00:00Z"));
        assertEquals("no compiled classes in target/classes yet", compile.whyCompile());
    }

    @Test
    void doesNotCompileUpToDateClasses() throws Exception {
        write(sources.resolve("app/schema/Users.java"), Instant.parse("2026-01-01T00:00:00Z"));
        write(classes.resolve("app/schema/Users.class"), Instant.parse("2026-01-01T00:01:00Z"));
        write(classes.resolve("app/schema/Users$1.class"), Instant.parse("2026-01-01T00:01:00Z"));
        assertNull(compile.whyCompile());
    }

    @Test
    void compilesWhenASourceChangedAfterItsClass() throws Exception {
        write(sources.resolve("app/schema/Users.java"), Instant.parse("2026-01-01T00:00:00Z"));
        write(sources.resolve("app/schema/Orders.java"), Instant.parse("2026-01-01T00:02:00Z"));
        write(classes.resolve("app/schema/Users.class"), Instant.parse("2026-01-01T00:01:00Z"));
        write(classes.resolve("app/schema/Orders.class"), Instant.parse("2026-01-01T00:01:00Z"));
        assertEquals("app/schema/Orders.java changed since the last compile", compile.whyCompile());
    }

    @Test
    void compilesWhenASourceWasDeletedSoItsTableDoesNotLinger() throws Exception {
        write(sources.resolve("app/schema/Users.java"), Instant.parse("2026-01-01T00:00:00Z"));
        write(classes.resolve("app/schema/Users.class"), Instant.parse("2026-01-01T00:01:00Z"));
        write(classes.resolve("app/schema/Orders.class"), Instant.parse("2026-01-01T00:01:00Z"));
        assertEquals("app/schema/Orders.class has no source any more", compile.whyCompile());
    }
}
