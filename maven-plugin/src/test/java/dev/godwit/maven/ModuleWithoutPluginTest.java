package dev.godwit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginManagement;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

/** mvn -pl app -am compile db:generate from the top-level folder: the goal runs in app, the module listing the plugin, only. */
class ModuleWithoutPluginTest {

    private static MavenProject module(String artifactId, boolean listsPlugin, boolean managesPlugin) {
        Model model = new Model();
        model.setArtifactId(artifactId);
        Build build = new Build();
        Plugin godwit = new Plugin();
        godwit.setGroupId("dev.godwit");
        godwit.setArtifactId("godwit-maven-plugin");
        if (listsPlugin) build.addPlugin(godwit);
        if (managesPlugin) {
            PluginManagement pm = new PluginManagement();
            pm.addPlugin(godwit);
            build.setPluginManagement(pm);
        }
        model.setBuild(build);
        return new MavenProject(model);
    }

    @Test
    void passesOverTheParentAndTheSchemaModuleWhereAnotherModuleListsThePlugin() {
        MavenProject parent = module("shop", false, true);
        MavenProject schema = module("shop-schema", false, true);
        MavenProject app = module("shop-app", true, true);
        List<MavenProject> reactor = List.of(parent, schema, app);
        assertEquals(Optional.of("Skipping db:generate in shop: it does not list godwit-maven-plugin in its <build><plugins>; it runs in shop-app, which does."),
                ModuleWithoutPlugin.passedOver(parent, reactor, "generate"));
        assertEquals(Optional.of("Skipping db:generate in shop-schema: it does not list godwit-maven-plugin in its <build><plugins>; it runs in shop-app, which does."),
                ModuleWithoutPlugin.passedOver(schema, reactor, "generate"));
        assertEquals(Optional.empty(), ModuleWithoutPlugin.passedOver(app, reactor, "generate"));
    }

    @Test
    void namesEveryModuleThatListsIt() {
        MavenProject parent = module("shop", false, true);
        List<MavenProject> reactor = List.of(parent, module("shop-a", true, true), module("shop-b", true, true));
        assertEquals(Optional.of("Skipping db:generate in shop: it does not list godwit-maven-plugin in its <build><plugins>; it runs in shop-a, shop-b, which do."),
                ModuleWithoutPlugin.passedOver(parent, reactor, "generate"));
    }

    @Test
    void runsEverywhereWhereNoModuleListsThePluginAndInASingleModule() {
        MavenProject parent = module("shop", false, true);
        MavenProject app = module("shop-app", false, true);
        assertEquals(Optional.empty(), ModuleWithoutPlugin.passedOver(parent, List.of(parent, app), "generate"));
        assertEquals(Optional.empty(), ModuleWithoutPlugin.passedOver(app, List.of(app), "generate"));
    }
}
