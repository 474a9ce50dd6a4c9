package dev.godwit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin listed in the top-level POM's build plugins, so every module has it: the goals run where the schema's sources are. */
class ModuleWithoutSchemaTest {

    @TempDir
    Path root;

    private MavenProject module(String dir, String artifactId) {
        Model model = new Model();
        model.setArtifactId(artifactId);
        Build build = new Build();
        Plugin godwit = new Plugin();
        godwit.setGroupId("dev.godwit");
        godwit.setArtifactId("godwit-maven-plugin");
        build.addPlugin(godwit);
        build.setOutputDirectory(root.resolve(dir).resolve("target/classes").toString());
        model.setBuild(build);
        MavenProject p = new MavenProject(model);
        p.setFile(root.resolve(dir).resolve("pom.xml").toFile());
        p.addCompileSourceRoot(root.resolve(dir).resolve("src/main/java").toString());
        return p;
    }

    @Test
    void runsInTheModuleWhoseSourcesHoldThePackageOnly() throws Exception {
        Files.createDirectories(root.resolve("schema/src/main/java/com/acme/schema".replace('/', File.separatorChar)));
        Files.createDirectories(root.resolve("app/src/main/java/com/acme/app".replace('/', File.separatorChar)));
        MavenProject parent = module(".", "shop");
        MavenProject schema = module("schema", "shop-schema");
        MavenProject app = module("app", "shop-app");
        List<MavenProject> reactor = List.of(parent, schema, app);
        assertEquals(Optional.of("Skipping db:verify in shop: the schema (com.acme.schema) is in module shop-schema, which runs db:verify in this build."),
                ModuleWithoutSchema.passedOver(parent, reactor, reactor, "verify", "com.acme.schema"));
        assertEquals(Optional.of("Skipping db:generate in shop-app: the schema (com.acme.schema) is in module shop-schema, which runs db:generate in this build."),
                ModuleWithoutSchema.passedOver(app, reactor, reactor, "generate", "com.acme.schema"));
        assertEquals(Optional.empty(), ModuleWithoutSchema.passedOver(schema, reactor, reactor, "generate", "com.acme.schema"));
    }

    @Test
    void aModuleBuiltAloneNamesTheModuleTheGoalRunsIn() throws Exception {
        // mvn -pl lib install: a library module inheriting the plugin failed ("package com.acme.schema declares no tables or views")
        Files.createDirectories(root.resolve("schema/src/main/java/com/acme/schema".replace('/', File.separatorChar)));
        MavenProject parent = module(".", "shop");
        MavenProject schema = module("schema", "shop-schema");
        MavenProject lib = module("lib", "shop-lib");
        assertEquals(Optional.of("Skipping db:verify in shop-lib: the schema (com.acme.schema) is in module shop-schema, which this run does not build:"
                        + " db:verify runs there (mvn -pl :shop-schema ..., or from the top-level folder without -pl)."),
                ModuleWithoutSchema.passedOver(lib, List.of(lib), List.of(parent, schema, lib), "verify", "com.acme.schema"));
    }

    @Test
    void mavenRunInAModuleFolderNamesTheModuleHoldingTheSchema() throws Exception {
        // cd app; mvn verify: app alone in the build, its parent listing the plugin for every module; it said "Run mvn db:generate"
        Files.createDirectories(root.resolve("schema/src/main/java/com/acme/schema".replace('/', File.separatorChar)));
        Files.createDirectories(root.resolve("app"));
        MavenProject parent = module(".", "shop");
        parent.getModel().addModule("schema");
        parent.getModel().addModule("app");
        MavenProject app = module("app", "shop-app");
        app.setParent(parent);
        assertEquals(Optional.of("Skipping db:verify in shop-app: the schema (com.acme.schema) is in module ../schema of the top-level POM, which lists"
                        + " the plugin for every module: db:verify runs there (cd ../schema, or from the top-level folder), not in a drizzle/ of this one."),
                ModuleWithoutSchema.passedOver(app, List.of(app), List.of(app), "verify", "com.acme.schema"));
        // listed in the parent's <pluginManagement> only (app/ lists it itself: the README's layout), the goal runs in app/
        parent.getModel().getBuild().getPlugins().clear();
        assertEquals(Optional.empty(), ModuleWithoutSchema.passedOver(app, List.of(app), List.of(app), "verify", "com.acme.schema"));
    }

    @Test
    void aYamlSchemaRunsInTheModuleHoldingTheFile() throws Exception {
        Files.createDirectories(root.resolve("db"));
        Files.writeString(root.resolve("db/schema.yaml"), "tables: {}\n");
        MavenProject parent = module(".", "shop");
        MavenProject db = module("db", "shop-db");
        assertEquals(Optional.of("Skipping db:apply in shop: the schema (schema.yaml) is in module shop-db, which runs db:apply in this build."),
                ModuleWithoutSchema.passedOver(parent, List.of(parent, db), List.of(parent, db), "apply", "schema.yaml"));
        assertEquals(Optional.empty(), ModuleWithoutSchema.passedOver(db, List.of(parent, db), List.of(parent, db), "apply", "schema.yaml"));
    }

    @Test
    void runsAsBeforeWhereNoModuleOfTheRunHoldsTheSchema() throws Exception {
        // mvn -pl app verify: the schema's classes come from a jar of the local repository; a single module; no schema set
        MavenProject parent = module(".", "shop");
        MavenProject app = module("app", "shop-app");
        assertEquals(Optional.empty(), ModuleWithoutSchema.passedOver(app, List.of(parent, app), List.of(parent, app), "verify", "com.acme.schema"));
        assertEquals(Optional.empty(), ModuleWithoutSchema.passedOver(app, List.of(app), List.of(app), "verify", "com.acme.schema"));
        assertEquals(Optional.empty(), ModuleWithoutSchema.passedOver(app, List.of(parent, app), List.of(parent, app), "status", null));
    }
}
