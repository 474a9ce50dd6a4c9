package dev.godwit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.godwit.schema.model.SchemaException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Model;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A schema written in src/test/java: the failure names the test source and where the classes go, not "mvn compile". */
class TestOnlySchemaTest {

    @TempDir
    Path dir;

    private static final String NOTHING = "package com.acme.schema declares no tables or views (looked for classes extending"
            + " dev.godwit.schema.Table or View, in it and its subpackages, among the project's compiled classes); check the package name in"
            + " <schema> / -Ddb.schema, and that the classes are compiled (mvn compile)";

    private MavenProject project() {
        MavenProject project = new MavenProject(new Model());
        project.setFile(dir.resolve("pom.xml").toFile());
        project.addTestCompileSourceRoot(dir.resolve("src/test/java").toString());
        return project;
    }

    @Test
    void aSchemaInTheTestSourcesIsNamedWithWhereToMoveIt() throws Exception {
        Path users = dir.resolve("src/test/java/com/acme/schema/Users.java");
        Files.createDirectories(users.getParent());
        Files.writeString(users, "package com.acme.schema;");
        SchemaException e = TestOnlySchema.explained(new SchemaException(List.of(NOTHING, "another problem")), project());
        assertEquals(List.of("package com.acme.schema declares no tables or views among the project's main classes and its dependencies,"
                + " but src/test/java/com/acme/schema/Users.java is a test source: the goals read the schema from src/main/java (and the"
                + " dependencies), as the application's jar ships it, never from src/test/java. Move the schema classes to"
                + " src/main/java/com/acme/schema (or to a module of their own that this one depends on)", "another problem"), e.problems());
    }

    @Test
    void aPackageNowhereInTheTestSourcesKeepsItsMessage() {
        SchemaException e = new SchemaException(NOTHING);
        assertSame(e, TestOnlySchema.explained(e, project()));
    }
}
