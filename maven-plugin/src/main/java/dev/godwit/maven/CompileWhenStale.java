package dev.godwit.maven;

import dev.godwit.engine.load.SchemaLoader;
import dev.godwit.engine.load.StaleClasses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.lifecycle.LifecycleExecutor;
import org.apache.maven.lifecycle.MavenExecutionPlan;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * Runs the project's own compile phase (every plugin bound up to {@code compile}, as configured in
 * its POM) before the schema classes are loaded, but only when they are missing or older than what
 * they are compiled from. A forked {@code @Execute(phase = COMPILE)} ran it on every
 * {@code db:generate}, which cost about 1.3 s of a 5 s command even with nothing to compile, and
 * was pure waste for YAML schemas.
 */
final class CompileWhenStale {

    private final MavenSession session;
    private final MavenProject project;
    private final LifecycleExecutor lifecycle;
    private final BuildPluginManager plugins;
    private final Log log;
    private final String goal;

    /** @param goal the goal that needs the classes ("generate"), for the fallback command in a message */
    CompileWhenStale(MavenSession session, MavenProject project, LifecycleExecutor lifecycle, BuildPluginManager plugins, Log log, String goal) {
        this.session = session;
        this.project = project;
        this.lifecycle = lifecycle;
        this.plugins = plugins;
        this.log = log;
        this.goal = goal;
    }

    /** Compiles if needed; true if it did. */
    boolean run(List<String> schemaSources) throws MojoExecutionException, MojoFailureException {
        if (schemaSources.stream().allMatch(SchemaLoader::isYaml)) return false;
        String why = whyCompile();
        if (why == null) {
            log.debug("The compiled classes are up to date: not compiling.");
            return false;
        }
        log.info("Compiling first (" + why + "): running the project's compile phase.");
        MavenExecutionPlan plan;
        try {
            plan = lifecycle.calculateExecutionPlan(session, "compile");
        } catch (Exception e) {
            throw new MojoExecutionException("Cannot plan the compile phase to compile the schema classes: " + e.getMessage()
                    + ". Run mvn compile db:" + goal + " instead.", e);
        }
        for (MojoExecution execution : plan.getMojoExecutions()) {
            log.info("--- " + execution.getArtifactId() + ":" + execution.getVersion() + ":" + execution.getGoal() + " (" + execution.getExecutionId() + ") ---");
            try {
                plugins.executeMojo(session, execution);
            } catch (MojoFailureException | MojoExecutionException e) {
                throw e;   // e.g. a compile error: the compiler's own message
            } catch (Exception e) {
                throw new MojoExecutionException(execution.getArtifactId() + ":" + execution.getGoal() + " failed while compiling the schema classes: "
                        + e.getMessage(), e);
            }
        }
        return true;
    }

    /**
     * Refuses schema classes loaded from a jar of another module of the same build (the parent's {@code <modules>}) whose sources are
     * newer than that jar: {@code cd app && mvn db:generate} in a build whose schema lives in module {@code schema} loads it from the
     * local repository's copy, as last installed, and compiling {@code app} does not rebuild it. Such a run said "No schema changes"
     * after an edit of the schema module, and after a pull it wrote a migration undoing the change pulled (DROP INDEX of a teammate's
     * index). A reactor build resolves the module to its own target/ and is not concerned.
     */
    static void requireFreshSchemaJars(MavenProject project, List<String> packages, String goal) throws MojoFailureException {
        MavenProject parent = project.getParent();
        if (packages.isEmpty() || parent == null || parent.getFile() == null || parent.getModules().isEmpty()) return;
        Path parentDir = parent.getBasedir().toPath();
        // the parent's modules read once, then only a jar of one of them opened: this runs at every db:generate
        java.util.Map<String, String[]> modules = new java.util.HashMap<>();   // groupId:artifactId -> {module, its source folder}
        for (String m : parent.getModules()) {
            Path dir = parentDir.resolve(m).normalize();
            Path pom = Files.isDirectory(dir) ? dir.resolve("pom.xml") : dir;
            if (!Files.isRegularFile(pom)) continue;
            org.apache.maven.model.Model model;
            try (java.io.Reader r = Files.newBufferedReader(pom)) {
                model = new org.apache.maven.model.io.xpp3.MavenXpp3Reader().read(r);
            } catch (Exception unreadable) {
                continue;
            }
            // a 4.1.0 POM (Maven 4) may name no groupId, nor its parent's (<parent/>): Maven infers the parent's, the POM above
            String group = model.getGroupId() != null ? model.getGroupId()
                    : model.getParent() != null && model.getParent().getGroupId() != null ? model.getParent().getGroupId() : parent.getGroupId();
            String sourceDir = model.getBuild() != null && model.getBuild().getSourceDirectory() != null ? model.getBuild().getSourceDirectory()
                    : "src/main/java";
            modules.put(group + ":" + model.getArtifactId(), new String[] {m, pom.getParent().resolve(sourceDir).toString()});
        }
        for (org.apache.maven.artifact.Artifact a : project.getArtifacts()) {
            String[] module = modules.get(a.getGroupId() + ":" + a.getArtifactId());
            java.io.File file = a.getFile();
            if (module == null || file == null || !file.isFile() || !file.getName().endsWith(".jar")) continue;
            Path sources = Path.of(module[1]);
            // empty where the jar holds no class of the schema's packages
            List<Path> newer = StaleClasses.newerThanBuilt(List.of(sources), file.toPath(), packages).stream()
                    .map(f -> parentDir.relativize(sources.resolve(f))).toList();
            if (!newer.isEmpty()) throw new MojoFailureException(StaleClasses.staleJarMessage(file.toPath(), module[0], newer, goal,
                    parentDir.relativize(project.getBasedir().toPath()).toString().replace('\\', '/')));
        }
    }

    /** Whether a source folder holds any file: a Kotlin or Groovy source counts, which the scan of .java files does not see. */
    private static boolean holdsAFile(Path root) {
        if (!Files.isDirectory(root)) return false;
        try (java.util.stream.Stream<Path> files = Files.walk(root)) {
            return files.anyMatch(Files::isRegularFile);
        } catch (java.io.IOException | java.io.UncheckedIOException unreadable) {
            return true;   // cannot tell: compile, as before
        }
    }

    /** Why the classes must be compiled, or null when they are up to date (or there is nothing to compile). */
    String whyCompile() {
        Path classes = Path.of(project.getBuild().getOutputDirectory());
        List<Path> roots = project.getCompileSourceRoots().stream().map(Path::of).toList();
        StaleClasses.Scan scan = StaleClasses.Scan.of(roots, classes);
        Optional<FileTime> oldestClass = scan.oldestClass();
        // a module with nothing to compile (app/ whose schema is another module's) never gets classes: compiling it did nothing, every run
        if (oldestClass.isEmpty() && roots.stream().noneMatch(CompileWhenStale::holdsAFile)) return null;
        if (oldestClass.isEmpty()) return "no compiled classes in " + project.getBasedir().toPath().relativize(classes) + " yet";
        List<Path> stale = scan.stale();
        if (!stale.isEmpty()) {
            return stale.get(0).toString().replace('\\', '/') + (stale.size() > 1 ? " and " + (stale.size() - 1) + " more" : "") + " changed since the last compile";
        }
        Path orphan = scan.classWithoutSource();
        if (orphan != null) return orphan.toString().replace('\\', '/') + " has no source any more";
        try {
            for (String element : project.getCompileClasspathElements()) {
                Path p = Path.of(element);
                if (Files.isRegularFile(p) && Files.getLastModifiedTime(p).compareTo(oldestClass.get()) > 0) {
                    return "dependency " + p.getFileName() + " is newer than the compiled classes";
                }
            }
        } catch (Exception e) {
            return "the class path could not be checked (" + e.getMessage() + ")";
        }
        return null;
    }
}
