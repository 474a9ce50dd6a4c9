package dev.godwit.maven;

import java.util.List;
import java.util.Optional;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;

/**
 * Which modules of a reactor a {@code db:} goal typed on the command line passes over: {@code mvn -pl app -am compile db:generate}
 * from the top-level folder runs the goal in every module of the run, the parent POM and the schema module included, where it
 * failed ("package com.acme.schema declares no tables or views") before reaching {@code app}. A module that does not list the
 * plugin in its {@code <build><plugins>} (the top-level POM's {@code <pluginManagement>} only configures it) is passed over
 * when another module of the run lists it; where none does, every module runs the goal, as before.
 */
final class ModuleWithoutPlugin {

    static final String GROUP_ID = "dev.godwit";
    static final String ARTIFACT_ID = "godwit-maven-plugin";

    private ModuleWithoutPlugin() {
    }

    /** The message saying why {@code project} is passed over, or empty when the goal runs there. */
    static Optional<String> passedOver(MavenProject project, List<MavenProject> reactor, String goal) {
        if (reactor == null || reactor.size() < 2 || declaresPlugin(project)) return Optional.empty();
        List<String> declaring = reactor.stream().filter(ModuleWithoutPlugin::declaresPlugin).map(MavenProject::getArtifactId).toList();
        if (declaring.isEmpty()) return Optional.empty();
        return Optional.of("Skipping db:" + goal + " in " + project.getArtifactId() + ": it does not list " + ARTIFACT_ID
                + " in its <build><plugins>; it runs in " + String.join(", ", declaring) + (declaring.size() > 1 ? ", which do." : ", which does."));
    }

    private static boolean declaresPlugin(MavenProject p) {
        return godwit(p.getBuildPlugins()) != null;
    }

    /** Godwit's plugin among {@code plugins}, or null. */
    static Plugin godwit(List<Plugin> plugins) {
        for (Plugin plugin : plugins) {
            if (ARTIFACT_ID.equals(plugin.getArtifactId()) && GROUP_ID.equals(plugin.getGroupId())) return plugin;
        }
        return null;
    }
}
