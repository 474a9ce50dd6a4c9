package dev.godwit.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
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

    CompileWhenStale(MavenSession session, MavenProject project, LifecycleExecutor lifecycle, BuildPluginManager plugins, Log log) {
        this.session = session;
        this.project = project;
        this.lifecycle = lifecycle;
        this.plugins = plugins;
        this.log = log;
    }

    void run(List<String> schemaSources) throws MojoExecutionException, MojoFailureException {
        if (schemaSources.stream().allMatch(s -> s.endsWith(".yaml") || s.endsWith(".yml"))) return;
        String why = whyCompile();
        if (why == null) {
            log.debug("The compiled classes are up to date: not compiling.");
            return;
        }
        log.info("Compiling first (" + why + "): running the project's compile phase.");
        MavenExecutionPlan plan;
        try {
            plan = lifecycle.calculateExecutionPlan(session, "compile");
        } catch (Exception e) {
            throw new MojoExecutionException("Cannot plan the compile phase to compile the schema classes: " + e.getMessage()
                    + ". Run mvn compile " + goal() + " instead.", e);
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
    }

    private String goal() {
        return "db:" + Optional.ofNullable(session.getGoals()).filter(g -> !g.isEmpty()).map(g -> g.get(g.size() - 1)).orElse("generate")
                .replaceFirst("^.*:", "");
    }

    /** Why the classes must be compiled, or null when they are up to date. */
    String whyCompile() {
        Path classes = Path.of(project.getBuild().getOutputDirectory());
        Optional<FileTime> oldestClass = oldestClassFile(classes);
        if (oldestClass.isEmpty()) return "no compiled classes in " + project.getBasedir().toPath().relativize(classes) + " yet";
        List<Path> roots = project.getCompileSourceRoots().stream().map(Path::of).toList();
        List<Path> stale = StaleClasses.find(roots, classes);
        if (!stale.isEmpty()) {
            return stale.get(0).toString().replace('\\', '/') + (stale.size() > 1 ? " and " + (stale.size() - 1) + " more" : "") + " changed since the last compile";
        }
        String orphan = classWithoutSource(classes, roots);
        if (orphan != null) return orphan + " has no source any more";
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

    /** A top-level class compiled earlier whose source file is gone, or null. */
    private static String classWithoutSource(Path classes, List<Path> roots) {
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path c : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                String name = c.getFileName().toString();
                if (name.contains("$") || name.equals("package-info.class") || name.equals("module-info.class")) continue;
                Path source = classes.relativize(c).resolveSibling(name.substring(0, name.length() - ".class".length()) + ".java");
                if (roots.stream().noneMatch(r -> Files.exists(r.resolve(source)))) return classes.relativize(c).toString().replace('\\', '/');
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    private static Optional<FileTime> oldestClassFile(Path classes) {
        if (!Files.isDirectory(classes)) return Optional.empty();
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(p -> p.toString().endsWith(".class")).map(p -> {
                try {
                    return Files.getLastModifiedTime(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).min(FileTime::compareTo);
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }
}
