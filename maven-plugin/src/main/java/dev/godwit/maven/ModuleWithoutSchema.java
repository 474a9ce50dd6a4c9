package dev.godwit.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.codehaus.plexus.util.xml.pull.XmlPullParserException;

/**
 * Which modules of a reactor a {@code db:} goal passes over when every module inherits the plugin (listed in the top-level POM's
 * {@code <build><plugins>}, as teams list a plugin every module should have). The goal runs in the module whose own sources hold
 * the schema (its package among the module's source folders or compiled classes, its YAML file in the module); the others pass it
 * over. Without this, {@code mvn verify} from the top-level folder failed in the parent POM ("package ... declares no tables or
 * views"), and {@code db:generate} in the schema module and in every module depending on it wrote the same migration into a
 * {@code drizzle/} of each: two histories of one schema. A module built alone ({@code -pl lib}, or Maven run in its folder) is
 * passed over too, naming the module that holds the schema. Where this module holds the schema, or no module of the build that
 * runs the goal does (the schema comes from a jar: the layout that lists the plugin in {@code app/} only; the schema's module
 * skips the goal, or declares no execution of a phase's goal), the goal runs here.
 */
final class ModuleWithoutSchema {

    private ModuleWithoutSchema() {
    }

    /** Why the goal does not run in a module: passed over ({@link Skip}) or refused ({@link Refusal}). */
    sealed interface Outcome permits Skip, Refusal {
        String message();
    }

    /**
     * Why the goal is passed over ({@code message}), and whether it runs in another module of this build ({@code runsInThisBuild});
     * else it is left to a module this run does not build ({@code mvn -pl lib verify}, {@code cd lib}): a green build checked nothing.
     */
    record Skip(String message, boolean runsInThisBuild) implements Outcome {
    }

    /** The refusal of a phase's goal declared where neither the schema nor its migrations are ({@link #executionElsewhere}). */
    record Refusal(String message) implements Outcome {
    }

    /**
     * What the goal does in {@code project}: empty where it runs there; a {@link Skip} where it is passed over; a {@link Refusal}
     * where a phase's goal is declared in a module that holds neither the schema nor its migrations ({@link #executionElsewhere}).
     * Both are read from the same look at the modules, once per goal. {@code all}: every module of the
     * build, those {@code -pl} leaves out included ({@code mvn -pl lib install} of a library module, which failed on the schema).
     * {@code fromCommandLine}: the goal was named on the command line ({@code mvn db:generate}), so every module listing the plugin
     * runs it; else it is an execution of a phase ({@code mvn verify}), run only by the modules that declare one for the goal.
     * {@code folder}: this module's migrations folder. A module keeping migrations there runs the goal whether or not its sources
     * hold the schema: before the goal ran where the schema is, {@code cd app; mvn db:generate} was how this layout was used, and
     * {@code app/drizzle} is then the schema's history, which {@code mvn verify} passed over while {@code schema/} said to begin
     * another. The other modules, the schema's own included, leave the goal to it.
     */
    static Optional<Outcome> of(MavenProject project, List<MavenProject> reactor, List<MavenProject> all, String goal, String schema,
                                boolean fromCommandLine, Supplier<Path> folder) {
        if (schema == null || schema.isBlank()) return Optional.empty();
        List<String> entries = entries(schema);
        if (entries.isEmpty()) return Optional.empty();
        List<MavenProject> others = all == null ? List.of() : all.stream().filter(p -> p != project).toList();
        if (keepsOwnMigrations(project, folder.get(), others, entries, goal, fromCommandLine)) return Optional.empty();
        List<MavenProject> keeping = others.stream().filter(p -> runs(p, goal, fromCommandLine) && entries.equals(schemaOf(p)) && !holds(p, entries)
                && keepsOwnMigrations(p, folderOf(p), all, entries, goal, fromCommandLine)).toList();
        if (!keeping.isEmpty()) {
            MavenProject keeper = keeping.get(0);
            String where = "Skipping db:" + goal + " in " + project.getArtifactId() + ": the schema's migrations are in module " + keeper.getArtifactId()
                    + " (" + shown(project, folderOf(keeper)) + "), not in " + shown(project, folder.get()) + " of this one";
            return Optional.of(reactor != null && reactor.contains(keeper) ? new Skip(where + "; db:" + goal + " runs there in this build.", true)
                    : new Skip(where + "; this run does not build " + keeper.getArtifactId() + ": db:" + goal + " runs there (mvn -pl :" + keeper.getArtifactId()
                    + " ...).", false));
        }
        if (holds(project, entries)) return Optional.empty();
        List<String> holding = holding(project, reactor, entries, goal, fromCommandLine);
        String what = "Skipping db:" + goal + " in " + project.getArtifactId() + ": the schema (" + String.join(", ", entries) + ") is in module";
        if (!holding.isEmpty()) {
            return Optional.of(new Skip(what + (holding.size() > 1 ? "s " : " ") + String.join(", ", holding) + ", which " + (holding.size() > 1 ? "run" : "runs")
                    + " db:" + goal + " in this build.", true));
        }
        List<String> elsewhere = holding(project, all, entries, goal, fromCommandLine);
        if (elsewhere.isEmpty()) {
            Optional<Outcome> sibling = siblingHolding(project, all, entries, goal, fromCommandLine).map(dir -> new Skip(what + " " + dir
                    + " of the top-level POM, which lists the plugin for every module: db:" + goal + " runs there (cd " + dir + ", or from the"
                    + " top-level folder), not in a drizzle/ of this one.", false));
            return sibling.isPresent() ? sibling : executionElsewhere(project, all, goal, entries, fromCommandLine, folder.get());
        }
        return Optional.of(new Skip(what + (elsewhere.size() > 1 ? "s " : " ") + String.join(", ", elsewhere) + ", which this run does not build: db:" + goal
                + " runs there (mvn -pl :" + elsewhere.get(0) + " ..., or from the top-level folder without -pl).", false));
    }

    /**
     * The refusal of a phase's goal in a module without the schema's sources or migrations ({@code mvn verify}, the execution
     * declared in {@code app/pom.xml}), where the module holding the schema keeps its migrations but declares no execution of the
     * goal (the plugin in the top-level POM's {@code <build><plugins>}): {@code db:generate} writes {@code schema/drizzle}, this
     * goal read {@code app/drizzle}, and said to run {@code db:generate}, which wrote {@code schema/drizzle} again. Empty otherwise.
     * Looked into by {@link #of} once it found that this module holds neither the schema's {@code entries} nor its migrations.
     */
    private static Optional<Outcome> executionElsewhere(MavenProject project, List<MavenProject> all, String goal, List<String> entries,
                                                        boolean fromCommandLine, Path folder) {
        if (fromCommandLine || all == null) return Optional.empty();
        for (MavenProject p : all) {
            if (p == project || !runs(p, goal, true) || executes(ModuleWithoutPlugin.godwit(p.getBuildPlugins()), goal) || !holds(p, entries)) continue;
            Path theirs = folderOf(p);
            if (!keepsMigrations(theirs) || theirs.equals(folder.toAbsolutePath().normalize())) continue;
            return Optional.of(new Refusal("db:" + goal + " runs in " + project.getArtifactId() + ", whose sources and " + shown(project, folder) + " hold neither the schema ("
                    + String.join(", ", entries) + ") nor its migrations: they are in module " + p.getArtifactId() + " (" + shown(project, theirs)
                    + ", where db:generate writes them), which " + (turnedOff(ModuleWithoutPlugin.godwit(p.getBuildPlugins()), goal) ? "turns its execution of db:" + goal
                    + " off (<phase>none</phase>)" : "declares no execution of db:" + goal) + ". Declare the <execution> of " + goal
                    + " on the plugin in the top-level POM (every module inherits it; it runs in " + p.getArtifactId() + ") or in "
                    + p.getArtifactId() + "'s pom.xml, instead of in " + project.getArtifactId() + "'s. Nothing was checked."));
        }
        return Optional.empty();
    }

    /**
     * Maven run in a module's own folder ({@code cd app; mvn verify}, {@code mvn -f app/pom.xml}) builds that module alone: where a
     * POM above it lists the plugin in {@code <build><plugins>} and another module of that POM or of one between (two deep:
     * {@code services/schema} beside {@code services/app}) holds the schema's sources, that module's folder as seen from here
     * ({@code ../schema}). {@code app} said "Run mvn db:generate", which began a second history in {@code app/drizzle}.
     */
    private static Optional<String> siblingHolding(MavenProject project, List<MavenProject> all, List<String> entries, String goal,
                                                   boolean fromCommandLine) {
        if (project.getBasedir() == null) return Optional.empty();
        // the nearest POM above listing the plugin in its own <build><plugins> as written, not the <pluginManagement> of the layout
        // listing it in app/ only
        MavenProject lister = project.getParent();
        while (lister != null && lister.getBasedir() != null && listed(lister) == null) lister = lister.getParent();
        if (lister == null || lister.getBasedir() == null) return Optional.empty();
        Path here = project.getBasedir().toPath().toAbsolutePath().normalize();
        for (MavenProject pom = project.getParent(); ; pom = pom.getParent()) {
            for (String module : modulesOf(pom)) {
                Path dir = pom.getBasedir().toPath().resolve(module).toAbsolutePath().normalize();
                if (here.startsWith(dir) || !Files.isDirectory(dir) || inBuild(dir, all)
                        || !siblingRuns(dir, listed(lister), written(lister), goal, fromCommandLine)) continue;
                for (String entry : entries) {
                    boolean yaml = entry.endsWith(".yaml") || entry.endsWith(".yml");
                    Path held = yaml ? (Path.of(entry).isAbsolute() ? null : dir.resolve(entry)) : dir.resolve("src/main/java").resolve(entry.replace('.', '/'));
                    if (held != null && (yaml ? Files.isRegularFile(held) : Files.isDirectory(held))) {
                        return Optional.of(here.relativize(dir).toString().replace(File.separatorChar, '/'));
                    }
                }
            }
            if (pom == lister) return Optional.empty();
        }
    }

    /**
     * The modules a POM lists, as written and as Maven read them: Maven 4 answers a 4.1.0 POM's {@code <subprojects>} (its new name
     * for {@code <modules>}) in {@link MavenProject#getModules()} only, not in the model as written, which Maven 3's API reads.
     */
    private static List<String> modulesOf(MavenProject pom) {
        var modules = new java.util.LinkedHashSet<>(written(pom).getModules());
        modules.addAll(pom.getModules());
        return List.copyOf(modules);
    }

    private static Model written(MavenProject pom) {
        return pom.getOriginalModel() != null ? pom.getOriginalModel() : pom.getModel();
    }

    /** The plugin as the POM lists it in its own {@code <build><plugins>}, or null. */
    private static Plugin listed(MavenProject pom) {
        return written(pom).getBuild() == null ? null : ModuleWithoutPlugin.godwit(written(pom).getBuild().getPlugins());
    }

    /** Whether a module of the build has its folder in {@code dir}: Maven's reading of it decides, not its pom.xml as written. */
    private static boolean inBuild(Path dir, List<MavenProject> all) {
        return all != null && all.stream().anyMatch(p -> p.getBasedir() != null && p.getBasedir().toPath().toAbsolutePath().normalize().equals(dir));
    }

    /**
     * Whether the sibling module in {@code dir}, not in this build, runs the goal: the parent's declaration of the plugin, and the
     * sibling's own in its pom.xml (its executions, its {@code <skip>}), read as written.
     */
    private static boolean siblingRuns(Path dir, Plugin inParent, Model parent, String goal, boolean fromCommandLine) {
        Plugin own = null;
        Properties properties = new Properties();
        properties.putAll(parent.getProperties());
        try (var in = Files.newInputStream(dir.resolve("pom.xml"))) {
            Model model = new MavenXpp3Reader().read(in);
            own = model.getBuild() == null ? null : ModuleWithoutPlugin.godwit(model.getBuild().getPlugins());
            properties.putAll(model.getProperties());
        } catch (IOException | XmlPullParserException e) {
            // no readable pom.xml of its own: the parent's declaration alone
        }
        List<Plugin> declared = own == null ? List.of(inParent) : List.of(inParent, own);
        // <skip>${godwit.skip}</skip>: the value its properties give it, as Maven would
        if (declared.stream().anyMatch(p -> skips(p.getConfiguration(), properties)) || "true".equals(properties.getProperty("db.skip"))) return false;
        if (fromCommandLine) return true;
        // an execution the sibling turns off by its id (<phase>none</phase>) is not run there
        List<String> off = own == null ? List.of() : own.getExecutions().stream().filter(e -> "none".equals(e.getPhase())).map(PluginExecution::getId).toList();
        return declared.stream().anyMatch(p -> p.getExecutions().stream().anyMatch(e -> !off.contains(e.getId()) && runsGoal(e, goal)));
    }

    /**
     * The other modules that hold the entries and run the goal in a build: a module that passes the goal over ({@code <skip>true}),
     * or, for a phase's execution, declares none for it (the plugin in the parent's {@code <build><plugins>} for its version and
     * {@code <schema>}, the {@code verify} execution in {@code app/}), runs nothing for this module to leave it to.
     */
    private static List<String> holding(MavenProject project, List<MavenProject> projects, List<String> entries, String goal, boolean fromCommandLine) {
        return projects == null ? List.of() : projects.stream().filter(p -> p != project && runs(p, goal, fromCommandLine) && holds(p, entries))
                .map(MavenProject::getArtifactId).toList();
    }

    /** Whether module {@code p} runs the goal: it lists the plugin, is not skipped, and (for a phase's execution) declares one for it. */
    private static boolean runs(MavenProject p, String goal, boolean fromCommandLine) {
        Plugin plugin = ModuleWithoutPlugin.godwit(p.getBuildPlugins());
        if (plugin == null || skips(plugin.getConfiguration()) || "true".equals(p.getProperties().getProperty("db.skip"))) return false;
        return fromCommandLine || executes(plugin, goal);
    }

    private static boolean executes(Plugin plugin, String goal) {
        return plugin.getExecutions().stream().anyMatch(e -> runsGoal(e, goal));
    }

    private static boolean turnedOff(Plugin plugin, String goal) {
        return plugin.getExecutions().stream().anyMatch(e -> e.getGoals().contains(goal) && "none".equals(e.getPhase()));
    }

    /** An execution of the goal that runs: not skipped, and not turned off the Maven way, {@code <phase>none</phase>}. */
    private static boolean runsGoal(PluginExecution e, String goal) {
        return e.getGoals().contains(goal) && !"none".equals(e.getPhase()) && !skips(e.getConfiguration());
    }

    private static boolean skips(Object configuration) {
        return skips(configuration, new Properties());
    }

    private static boolean skips(Object configuration, Properties properties) {
        if (!(configuration instanceof Xpp3Dom dom) || dom.getChild("skip") == null) return false;
        String value = String.valueOf(dom.getChild("skip").getValue()).strip();
        if (value.startsWith("${") && value.endsWith("}")) value = properties.getProperty(value.substring(2, value.length() - 1), value).strip();
        return "true".equals(value);
    }

    /** The entries of a {@code <schema>}: comma-separated packages and YAML files. */
    static List<String> entries(String schema) {
        return schema == null ? List.of() : Arrays.stream(schema.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Whether module {@code p} keeps the schema's migrations in {@code folder}: it holds them, and it holds the schema or no module
     * running the goal and holding the schema has that folder (one {@code <out>} every module inherits is the schema module's).
     */
    private static boolean keepsOwnMigrations(MavenProject p, Path folder, List<MavenProject> projects, List<String> entries, String goal,
                                              boolean fromCommandLine) {
        if (!keepsMigrations(folder)) return false;
        if (holds(p, entries)) return true;
        Path own = folder.toAbsolutePath().normalize();
        return projects.stream().noneMatch(q -> q != p && runs(q, goal, fromCommandLine) && holds(q, entries) && folderOf(q).equals(own));
    }

    /** Whether {@code folder} holds migrations: a journal, or a migration's .sql file (drizzle-kit 1.0's in a folder of its own). */
    static boolean keepsMigrations(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) return false;
        if (Files.isRegularFile(folder.resolve("meta").resolve("_journal.json"))) return true;
        try (var files = Files.list(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".sql") || Files.isRegularFile(f.resolve("migration.sql")));
        } catch (IOException e) {
            return false;
        }
    }

    /** Another module's migrations folder as its POM gives it: {@code <out>} (or a {@code db.out} property), else its drizzle/. */
    private static Path folderOf(MavenProject p) {
        String out = configured(p, "out");
        return p.getBasedir().toPath().resolve(out == null || out.isBlank() ? "drizzle" : out.strip()).toAbsolutePath().normalize();
    }

    /** Another module's schema entries as its POM gives them ({@code <schema>}, or a {@code db.schema} property). */
    private static List<String> schemaOf(MavenProject p) {
        return entries(configured(p, "schema"));
    }

    /** A parameter as another module's POM gives it: the plugin's {@code <name>}, else its {@code db.name} property. */
    private static String configured(MavenProject p, String name) {
        Xpp3Dom config = ModulesSharingFolder.configuration(p);
        String property = p.getProperties().getProperty("db." + name);
        return config == null ? property : ModulesSharingFolder.value(config, name, property);
    }

    /** A folder as messages show it: relative to this module's top-level folder where under it, else absolute. */
    private static String shown(MavenProject project, Path folder) {
        if (folder == null) return "drizzle/";
        MavenProject top = project;
        while (top.getParent() != null && top.getParent().getBasedir() != null && folder.startsWith(top.getParent().getBasedir().toPath().toAbsolutePath().normalize())) {
            top = top.getParent();
        }
        Path base = top.getBasedir().toPath().toAbsolutePath().normalize();
        Path f = folder.toAbsolutePath().normalize();
        return (f.startsWith(base) ? base.relativize(f) : f).toString().replace(File.separatorChar, '/');
    }

    /**
     * Whether one of the entries is the module's own: a package among its sources or compiled classes, or a YAML file in its folder
     * and in none of its own {@code <modules>}, so the module nearest above the file. The top-level POM's folder holds every
     * module's files, and {@code ${maven.multiModuleProjectDirectory}/schema/...} (or {@code ../schema/...}) inherited by every
     * module was taken as each one's own: {@code mvn db:generate} wrote a history into the drizzle/ of each.
     */
    static boolean holds(MavenProject p, List<String> entries) {
        for (String entry : entries) {
            if (entry.endsWith(".yaml") || entry.endsWith(".yml")) {
                Path basedir = p.getBasedir().toPath().toAbsolutePath().normalize();
                Path file = basedir.resolve(entry).normalize();
                if (Files.isRegularFile(file) && file.startsWith(basedir)
                        && p.getModules().stream().noneMatch(m -> file.startsWith(basedir.resolve(m).normalize()))) return true;
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
}
