package dev.godwit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two modules of a build, each with its own schema, in one migrations folder: refused; one schema, or a folder each, passes. */
class ModulesSharingFolderTest {

    @TempDir
    Path root;

    private MavenProject module(String dir, String schema, String out) throws Exception {
        Path sources = root.resolve(dir).resolve("src/main/java");
        Files.createDirectories(sources.resolve(schema.replace('.', '/')));   // the module's own package
        Model model = new Model();
        model.setArtifactId("shop-" + dir);
        Build build = new Build();
        Plugin godwit = new Plugin();
        godwit.setGroupId("dev.godwit");
        godwit.setArtifactId("godwit-maven-plugin");
        Xpp3Dom config = new Xpp3Dom("configuration");
        for (String[] kv : new String[][] {{"schema", schema}, {"out", out}}) {
            if (kv[1] == null) continue;
            Xpp3Dom child = new Xpp3Dom(kv[0]);
            child.setValue(kv[1]);
            config.addChild(child);
        }
        godwit.setConfiguration(config);
        build.addPlugin(godwit);
        model.setBuild(build);
        MavenProject p = new MavenProject(model);
        p.setFile(root.resolve(dir).resolve("pom.xml").toFile());
        p.addCompileSourceRoot(sources.toString());
        return p;
    }

    @Test
    void refusesTwoSchemasInOneFolder() throws Exception {
        MavenProject a = module("a", "com.a", root.resolve("drizzle").toString());
        MavenProject b = module("b", "com.b", "../drizzle");
        Optional<String> refusal = ModulesSharingFolder.refusal(a, List.of(a, b), List.of(a, b), root.resolve("drizzle"), "com.a", false, null);
        assertTrue(refusal.orElseThrow().startsWith("Modules shop-a (schema com.a) and shop-b (schema com.b) both keep their migrations in "
                + root.resolve("drizzle").toAbsolutePath().normalize() + ": "), refusal.get());
        // -Ddb.out on the command line is the folder of each module of the run, not of one left out of it (-pl a)
        MavenProject c = module("c", "com.c", null);
        String top = root.resolve("drizzle").toString();
        assertTrue(ModulesSharingFolder.refusal(a, List.of(a, c), List.of(a, c), root.resolve("drizzle"), "com.a", false, top).isPresent());
        assertEquals(Optional.empty(), ModulesSharingFolder.refusal(a, List.of(a, c), List.of(a), root.resolve("drizzle"), "com.a", false, top));
    }

    @Test
    void passesOneSchemaInOneFolderAFolderEachAndACommandLineSchema() throws Exception {
        MavenProject a = module("a", "com.a", "../drizzle");
        MavenProject same = module("b", "com.a", "../drizzle");
        MavenProject own = module("c", "com.c", null);   // c/drizzle
        Path folder = root.resolve("drizzle");
        assertEquals(Optional.empty(), ModulesSharingFolder.refusal(a, List.of(a, same, own), List.of(a, same, own), folder, "com.a", false, null));
        assertEquals(Optional.empty(), ModulesSharingFolder.refusal(own, List.of(a, own), List.of(a, own), root.resolve("c/drizzle"), "com.c", false, null));
        assertEquals(Optional.empty(), ModulesSharingFolder.refusal(a, List.of(a, module("d", "com.d", "../drizzle")), List.of(a), folder, "com.x", true, null));
    }

    @Test
    void passesSchemaFilesKeptBesideTheModulesOneAStep() throws Exception {
        // an integration test's steps on one folder: each module names a version of the schema kept at the top
        MavenProject s1 = module("s1", "x", "../drizzle");
        MavenProject s2 = module("s2", "y", "../drizzle");
        Files.writeString(root.resolve("v1.yaml"), "tables: {}\n");
        Files.writeString(root.resolve("v2.yaml"), "tables: {}\n");
        s2.getBuildPlugins().get(0).setConfiguration(Xpp3Dom.mergeXpp3Dom(dom("schema", root.resolve("s2/../v2.yaml").toString()),
                (Xpp3Dom) s2.getBuildPlugins().get(0).getConfiguration()));
        assertEquals(Optional.empty(), ModulesSharingFolder.refusal(s1, List.of(s1, s2), List.of(s1, s2), root.resolve("drizzle"),
                root.resolve("s1/../v1.yaml").toString(), false, null));
    }

    private static Xpp3Dom dom(String name, String value) {
        Xpp3Dom config = new Xpp3Dom("configuration");
        Xpp3Dom child = new Xpp3Dom(name);
        child.setValue(value);
        config.addChild(child);
        return config;
    }
}
