package dev.godwit.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;

/**
 * Which modules of a reactor a {@code db:} goal passes over when every module inherits the plugin (listed in the top-level POM's
 * {@code <build><plugins>}, as teams list a plugin every module should have). The goal runs in the module whose own sources hold
 * the schema (its package among the module's source folders or compiled classes, its YAML file in the module); the others pass it
 * over. Without this, {@code mvn verify} from the top-level folder failed in the parent POM ("package ... declares no tables or
 * views"), and {@code db:generate} in the schema module and in every module depending on it wrote the same migration into a
 * {@code drizzle/} of each: two histories of one schema. Where no module of the run holds the schema (it comes from a jar of the
 * local repository), or this one does, the goal runs here, as before.
 */
final class ModuleWithoutSchema {

    private ModuleWithoutSchema() {
    }

    /**
     * The message saying why {@code project} is passed over, or empty when the goal runs there. {@code all}: every module of the
     * build, those {@code -pl} leaves out included ({@code mvn -pl lib install} of a library module, which failed on the schema).
     */
    static Optional<String> passedOver(MavenProject project, List<MavenProject> reactor, List<MavenProject> all, String goal, String schema) {
        if (all == null || all.size() < 2 || schema == null || schema.isBlank()) return Optional.empty();
        List<String> entries = Arrays.stream(schema.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (entries.isEmpty() || holds(project, entries)) return Optional.empty();
        List<String> holding = holding(project, reactor, entries);
        String what = "Skipping db:" + goal + " in " + project.getArtifactId() + ": the schema (" + String.join(", ", entries) + ") is in module";
        if (!holding.isEmpty()) {
            return Optional.of(what + (holding.size() > 1 ? "s " : " ") + String.join(", ", holding) + ", which " + (holding.size() > 1 ? "run" : "runs")
                    + " db:" + goal + " in this build.");
        }
        List<String> elsewhere = holding(project, all, entries);
        if (elsewhere.isEmpty()) return Optional.empty();
        return Optional.of(what + (elsewhere.size() > 1 ? "s " : " ") + String.join(", ", elsewhere) + ", which this run does not build: db:" + goal
                + " runs there (mvn -pl :" + elsewhere.get(0) + " ..., or from the top-level folder without -pl).");
    }

    private static List<String> holding(MavenProject project, List<MavenProject> projects, List<String> entries) {
        return projects == null ? List.of() : projects.stream().filter(p -> p != project && listsPlugin(p) && holds(p, entries))
                .map(MavenProject::getArtifactId).toList();
    }

    /** Whether one of the entries is the module's own: a YAML file in it, or a package among its sources or compiled classes. */
    private static boolean holds(MavenProject p, List<String> entries) {
        return holds(p, entries, false);
    }

    /**
     * Whether one of the entries is the module's own. {@code inFolderOnly}: a YAML file counts only where it lies in the module's
     * folder; otherwise an absolute path (each module's own {@code ${project.basedir}/...}, already resolved) counts for every module.
     */
    static boolean holds(MavenProject p, List<String> entries, boolean inFolderOnly) {
        for (String entry : entries) {
            if (entry.endsWith(".yaml") || entry.endsWith(".yml")) {
                Path basedir = p.getBasedir().toPath().normalize();
                Path file = basedir.resolve(entry).normalize();
                if (!inFolderOnly && Path.of(entry).isAbsolute()) return true;
                if (Files.isRegularFile(file) && (!inFolderOnly || file.startsWith(basedir))) return true;
                continue;
            }
            String dir = entry.replace('.', File.separatorChar);
            for (String root : p.getCompileSourceRoots()) {
                if (Files.isDirectory(Path.of(root, dir))) return true;
            }
            String classes = p.getBuild() == null ? null : p.getBuild().getOutputDirectory();
            if (classes != null && Files.isDirectory(Path.of(classes, dir))) return true;
        }
        return false;
    }

    private static boolean listsPlugin(MavenProject p) {
        for (Plugin plugin : p.getBuildPlugins()) {
            if (ModuleWithoutPlugin.ARTIFACT_ID.equals(plugin.getArtifactId()) && ModuleWithoutPlugin.GROUP_ID.equals(plugin.getGroupId())) return true;
        }
        return false;
    }
}
