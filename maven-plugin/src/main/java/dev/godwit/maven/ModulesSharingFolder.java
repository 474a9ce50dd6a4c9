package dev.godwit.maven;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Two modules of a build, each with a schema of its own, keeping their migrations in one folder ({@code <out>../drizzle</out>
 * in both): a folder is the history of one schema, so {@code db:generate} in the second module diffed its schema against the
 * first's migrations, took the first's tables for dropped or renamed, and its refusal offered {@code -Ddb.notRenames} and
 * {@code -Ddb.acceptDataLoss}, with which it wrote a migration dropping them. Refused before anything is read.
 */
final class ModulesSharingFolder {

    private ModulesSharingFolder() {
    }

    /**
     * The refusal for {@code project}, whose goal reads {@code schema} against the folder {@code out}, where another module of the
     * build that lists the plugin keeps another schema's migrations in the same folder; empty where none does.
     * {@code schemaOnCommandLine}: {@code -Ddb.schema} gives every module the same schema; {@code outOnCommandLine}, the
     * {@code -Ddb.out} given, is each module's folder of those in the run ({@code inRun}), read from the module as Maven reads it.
     */
    static Optional<String> refusal(MavenProject project, List<MavenProject> all, List<MavenProject> inRun, Path out, String schema,
                                    boolean schemaOnCommandLine, String outOnCommandLine) {
        if (all == null || out == null || schemaOnCommandLine || schema == null || schema.isBlank()) return Optional.empty();
        Path folder = out.toAbsolutePath().normalize();
        Set<String> mine = entries(project, schema);
        for (MavenProject other : all) {
            if (other == project || other.getBasedir() == null) continue;
            Xpp3Dom config = configuration(other);
            if (config == null) continue;
            String otherSchema = value(config, "schema", other.getProperties().getProperty("db.schema"));
            if (otherSchema == null || otherSchema.isBlank()) continue;
            String otherOut = outOnCommandLine != null && inRun.contains(other) ? outOnCommandLine
                    : value(config, "out", other.getProperties().getProperty("db.out"));
            Path otherFolder = otherOut == null ? other.getBasedir().toPath().resolve("drizzle").normalize()
                    : other.getBasedir().toPath().resolve(otherOut).toAbsolutePath().normalize();
            if (!otherFolder.equals(folder) || entries(other, otherSchema).equals(mine)) continue;
            // each module's own schema (its package in its sources, its YAML file in its folder); schema files kept beside the
            // modules, one per step, are one schema's versions (a test's steps on one folder), not two schemas
            if (!ModuleWithoutSchema.holds(project, List.copyOf(mine)) || !ModuleWithoutSchema.holds(other, List.copyOf(entries(other, otherSchema)))) continue;
            return Optional.of("Modules " + project.getArtifactId() + " (schema " + schema.strip() + ") and " + other.getArtifactId()
                    + " (schema " + otherSchema.strip() + ") both keep their migrations in " + folder + ": a migrations folder is the"
                    + " history of one schema, so db:generate in either would read the other's tables as dropped or renamed, and its"
                    + " migration would drop them. Give each module its own folder (leave <out> out: drizzle/ in the module), or keep"
                    + " one module whose <schema> lists both. Nothing was done.");
        }
        return Optional.empty();
    }

    /** The schema's entries as comparable across modules: packages as they are, YAML files as absolute paths. */
    private static Set<String> entries(MavenProject p, String schema) {
        Set<String> out = new TreeSet<>();
        for (String e : ModuleWithoutSchema.entries(schema)) {
            boolean file = e.endsWith(".yaml") || e.endsWith(".yml");
            out.add(file ? p.getBasedir().toPath().resolve(e).toAbsolutePath().normalize().toString() : e);
        }
        return out;
    }

    static Xpp3Dom configuration(MavenProject p) {
        Plugin plugin = ModuleWithoutPlugin.godwit(p.getBuildPlugins());
        return plugin != null && plugin.getConfiguration() instanceof Xpp3Dom dom ? dom : null;
    }

    /** The POM's {@code <name>}, else the module's property (a {@code <db.out>} in its {@code <properties>}, as Maven reads it). */
    static String value(Xpp3Dom config, String name, String property) {
        Xpp3Dom child = config.getChild(name);
        return child != null && child.getValue() != null ? child.getValue() : property;
    }
}
