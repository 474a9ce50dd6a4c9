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

    /**
     * A red-team: in a multi-module build, db:generate in app/ (no sources of its own; the schema is module schema/'s) printed
     * "Compiling first (no compiled classes in target/classes yet)" and ran the compile phase on every run, which never makes classes there.
     */
    @Test
    void aModuleWithNoSourcesIsNotCompiled() throws Exception {
        assertNull(compile.whyCompile());   // no src/main/java at all
        Files.createDirectories(sources.resolve("app/schema"));
        assertNull(compile.whyCompile());   // only empty folders
    }

    /** A source the scan of .java files does not read (Kotlin) still has its missing classes compiled. */
    @Test
    void compilesAKotlinOnlyModuleWithoutClasses() throws Exception {
        write(sources.resolve("app/schema/Users.kt"), Instant.parse("2026-01-01T00:00:00Z"));
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

    /**
     * A red-team: in a build whose schema lives in module "schema", db:generate run in module "app" loaded the schema from the local
     * repository's jar, as last installed. After a pull bringing a teammate's index (source and migration) it wrote DROP INDEX of it;
     * after an edit of the schema module it said "No schema changes". Sources of that module newer than the jar are now refused.
     */
    @Test
    void aSchemaJarOfAnotherModuleOlderThanItsSourcesIsRefused() throws Exception {
        Path top = dir.resolve("top");
        Path jar = schemaJar();
        MavenProject app = appBesideSchemaModule("<project><modelVersion>4.0.0</modelVersion><parent><groupId>h5</groupId>"
                + "<artifactId>top</artifactId><version>1.0</version></parent><artifactId>schema</artifactId></project>", null);
        write(top.resolve("schema/src/main/java/com/acme/schema/Users.java"), Instant.parse("2026-01-01T00:00:00Z"));
        CompileWhenStale.requireFreshSchemaJars(app, java.util.List.of("com.acme.schema"), "generate");   // older than the jar: fine
        CompileWhenStale.requireFreshSchemaJars(app, java.util.List.of("com.other"), "generate");   // a jar without the schema: not read
        write(top.resolve("schema/src/main/java/com/acme/schema/Users.java"), Instant.parse("2026-01-01T00:02:00Z"));
        org.apache.maven.plugin.MojoFailureException e = org.junit.jupiter.api.Assertions.assertThrows(org.apache.maven.plugin.MojoFailureException.class,
                () -> CompileWhenStale.requireFreshSchemaJars(app, java.util.List.of("com.acme.schema"), "generate"));
        assertEquals("The schema classes come from schema-1.0.jar (" + jar + "), module schema's jar as last installed, but"
                + " schema/src/main/java/com/acme/schema/Users.java has changed since (or is not in it, or deleted while its class is), so db:generate would work on a schema that is not the one in"
                + " the sources (a change of a teammate's pulled with its migration would be undone by the next migration). Install that module"
                + " first: mvn install -pl schema (from the top-level project), then run db:generate again; or build it in the same run, from the"
                + " top-level project: mvn -pl app -am compile db:generate.", e.getMessage());
    }

    /**
     * Maven 4's POM 4.1.0 infers the parent (an empty {@code <parent/>}) and the module's groupId from it: the schema module's
     * pom.xml names no groupId at all, so its jar was not recognised as the module's, and a stale one was used without a word.
     */
    @Test
    void aSchemaJarOfAModuleWhosePomInfersItsGroupIsRefusedWhenStale() throws Exception {
        Path top = dir.resolve("top");
        Path jar = schemaJar();
        MavenProject app = appBesideSchemaModule("<project xmlns=\"http://maven.apache.org/POM/4.1.0\"><modelVersion>4.1.0</modelVersion>"
                + "<parent/><artifactId>schema</artifactId></project>", "h5");
        write(top.resolve("schema/src/main/java/com/acme/schema/Users.java"), Instant.parse("2026-01-01T00:02:00Z"));
        org.apache.maven.plugin.MojoFailureException e = org.junit.jupiter.api.Assertions.assertThrows(org.apache.maven.plugin.MojoFailureException.class,
                () -> CompileWhenStale.requireFreshSchemaJars(app, java.util.List.of("com.acme.schema"), "generate"));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().startsWith("The schema classes come from schema-1.0.jar (" + jar + "), module schema's jar"
                + " as last installed, but schema/src/main/java/com/acme/schema/Users.java has changed since"), e.getMessage());
    }

    /** The jar of module schema (h5:schema:1.0) in the local repository, as {@link #appBesideSchemaModule} makes it. */
    private Path schemaJar() {
        return dir.resolve("repo/h5/schema/1.0/schema-1.0.jar");
    }

    /**
     * Module app of top/, whose modules are schema (its pom.xml {@code schemaPom}) and app, the top-level POM's groupId
     * {@code parentGroupId} (null: none): app's artifacts hold the schema module's jar ({@link #schemaJar}, with
     * com/acme/schema/Users.class, made at 00:01).
     */
    private MavenProject appBesideSchemaModule(String schemaPom, String parentGroupId) throws Exception {
        Path top = dir.resolve("top");
        Files.createDirectories(top.resolve("schema"));
        Files.writeString(top.resolve("pom.xml"), "<project/>");
        Files.writeString(top.resolve("schema/pom.xml"), schemaPom);
        Model parentModel = new Model();
        parentModel.setGroupId(parentGroupId);
        parentModel.addModule("schema");
        parentModel.addModule("app");
        MavenProject parent = new MavenProject(parentModel);
        parent.setFile(top.resolve("pom.xml").toFile());
        MavenProject app = new MavenProject(new Model());
        app.setFile(top.resolve("app/pom.xml").toFile());
        app.setParent(parent);
        Path jar = schemaJar();
        Files.createDirectories(jar.getParent());
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
            z.putNextEntry(new java.util.zip.ZipEntry("com/acme/schema/Users.class"));
            z.closeEntry();
        }
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-01-01T00:01:00Z")));
        org.apache.maven.artifact.Artifact schemaJar = new org.apache.maven.artifact.DefaultArtifact("h5", "schema", "1.0", "compile", "jar", null,
                new org.apache.maven.artifact.handler.DefaultArtifactHandler("jar"));
        schemaJar.setFile(jar.toFile());
        app.setArtifacts(java.util.Set.of(schemaJar));
        return app;
    }
}
