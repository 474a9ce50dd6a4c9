package dev.godwit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * db:pull in a project whose schema is a YAML descriptor: it said "set -Ddb.pull.package=com.acme.schema (or
 * <schema>com.acme.schema</schema>)", not that it writes Java classes and no YAML, nor that the pulled classes beside the
 * descriptor would declare its tables twice. It says both now, before it opens the database.
 */
class PullPackageTest {

    @Test
    void aYamlSchemaIsToldThatPullWritesJavaClassesAndWhatToDoWithThem(@TempDir Path dir) {
        PullMojo pull = new PullMojo(null);
        pull.project = new org.apache.maven.project.MavenProject();
        pull.project.setFile(dir.resolve("pom.xml").toFile());
        pull.schema = "src/main/db/schema.yaml";
        MojoExecutionException e = assertThrows(MojoExecutionException.class, pull::run);
        assertEquals("db:pull writes Java classes, one per table, unless told -Ddb.pull.format=yaml, and <schema> / -Ddb.schema names no"
                + " Java package (src/main/db/schema.yaml). For YAML, run mvn db:pull -Ddb.pull.format=yaml (it writes src/main/db/schema.yaml,"
                + " or -Ddb.pull.file). For classes, give their package with -Ddb.pull.package=com.acme.schema; to use them, name that package"
                + " in <schema> in place of src/main/db/schema.yaml (a table declared in both is refused).", e.getMessage());
        org.junit.jupiter.api.Assertions.assertFalse(Files.exists(dir.resolve("drizzle")), "nothing written");
    }

    @Test
    void noSchemaAtAllAsksForThePackage(@TempDir Path dir) {
        PullMojo pull = new PullMojo(null);
        pull.project = new org.apache.maven.project.MavenProject();
        pull.project.setFile(dir.resolve("pom.xml").toFile());
        MojoExecutionException e = assertThrows(MojoExecutionException.class, pull::run);
        assertEquals("db:pull needs a package for the classes: set -Ddb.pull.package=com.acme.schema (or <schema>com.acme.schema</schema>).",
                e.getMessage());
    }

    /**
     * A package with a Java keyword as a segment ({@code com.acme.default}, {@code com.acme.new}) passed the check, and the pull
     * wrote classes javac refuses ("<identifier> expected") and recorded the baseline as applied. It is refused first now.
     */
    @Test
    void aPackageWithAKeywordIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws Exception {
        PullMojo pull = new PullMojo(null);
        pull.project = new org.apache.maven.project.MavenProject();
        pull.project.setFile(dir.resolve("pom.xml").toFile());
        java.lang.reflect.Field f = PullMojo.class.getDeclaredField("pullPackage");
        f.setAccessible(true);
        f.set(pull, "com.acme.default");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, pull::run);
        assertEquals("db.pull.package \"com.acme.default\" is not a Java package name: \"default\" is a Java keyword, which javac refuses"
                + " there. Nothing was written.", e.getMessage());
        org.junit.jupiter.api.Assertions.assertFalse(Files.exists(dir.resolve("drizzle")), "nothing written");
        org.junit.jupiter.api.Assertions.assertFalse(Files.exists(dir.resolve("src")), "nothing written");
    }

    /** -Ddb.pull.format takes java or yaml; another is refused, naming both, before the database is opened. */
    @Test
    void anUnknownFormatIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws Exception {
        PullMojo pull = new PullMojo(null);
        pull.project = new org.apache.maven.project.MavenProject();
        pull.project.setFile(dir.resolve("pom.xml").toFile());
        java.lang.reflect.Field f = PullMojo.class.getDeclaredField("pullFormat");
        f.setAccessible(true);
        f.set(pull, "json");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, pull::run);
        assertEquals("db.pull.format \"json\" is not a format db:pull writes: give java (classes, one per table; the default) or yaml (one"
                + " descriptor, -Ddb.pull.file). Nothing was written.", e.getMessage());
        org.junit.jupiter.api.Assertions.assertFalse(Files.exists(dir.resolve("drizzle")), "nothing written");
    }

    /** -Ddb.pull.format=yaml in a project whose schema is a Java package, without -Ddb.pull.file: asked for the file. */
    @Test
    void yamlWithoutADescriptorAsksForTheFile(@TempDir Path dir) throws Exception {
        PullMojo pull = new PullMojo(null);
        pull.project = new org.apache.maven.project.MavenProject();
        pull.project.setFile(dir.resolve("pom.xml").toFile());
        pull.schema = "com.acme.schema";
        java.lang.reflect.Field f = PullMojo.class.getDeclaredField("pullFormat");
        f.setAccessible(true);
        f.set(pull, "yaml");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, pull::run);
        assertEquals("db:pull -Ddb.pull.format=yaml needs the descriptor to write: set -Ddb.pull.file=src/main/db/schema.yaml (or name it in"
                + " <schema>). Nothing was written.", e.getMessage());
    }

    /** A descriptor is told by its ending in any case, as <schema> reads it (SchemaLoader.isYaml): Schema.YAML is no Java package. */
    @Test
    void aDescriptorEndingInUpperCaseIsNoPackage(@TempDir Path dir) throws Exception {
        PullMojo pull = new PullMojo(null);
        pull.project = new org.apache.maven.project.MavenProject();
        pull.project.setFile(dir.resolve("pom.xml").toFile());
        pull.schema = "src/main/db/Schema.YAML";
        MojoExecutionException e = assertThrows(MojoExecutionException.class, pull::run);
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().startsWith("db:pull writes Java classes, one per table, unless told"
                + " -Ddb.pull.format=yaml, and <schema> / -Ddb.schema names no Java package (src/main/db/Schema.YAML)."), e.getMessage());
        org.junit.jupiter.api.Assertions.assertFalse(Files.exists(dir.resolve("drizzle")), "nothing written");
    }
}
