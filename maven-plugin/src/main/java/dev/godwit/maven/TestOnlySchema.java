package dev.godwit.maven;

import dev.godwit.schema.model.SchemaException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.maven.project.MavenProject;

/**
 * A schema package whose classes are in the project's test sources only ({@code src/test/java}): the goals load the main
 * classes and the dependencies, as the application ships them, so it "declares no tables or views", and the message said to
 * check the package name and run mvn compile, neither of which helps. It now names the test source found and where to move it.
 */
final class TestOnlySchema {

    private static final Pattern NOTHING_DECLARED = Pattern.compile("^package (\\S+) declares no tables or views");

    private TestOnlySchema() {
    }

    /** {@code e} with each "declares no tables" problem of a package found in the test sources explained; else {@code e} itself. */
    static SchemaException explained(SchemaException e, MavenProject project) {
        List<String> problems = new ArrayList<>();
        boolean changed = false;
        for (String p : e.problems()) {
            Matcher m = NOTHING_DECLARED.matcher(p);
            Path found = m.find() ? testSourceOf(project, m.group(1)) : null;
            if (found != null) {
                String pkg = m.group(1);
                String shown = project.getBasedir().toPath().relativize(found).toString().replace('\\', '/');
                p = "package " + pkg + " declares no tables or views among the project's main classes and its dependencies, but " + shown
                        + " is a test source: the goals read the schema from src/main/java (and the dependencies), as the application's jar"
                        + " ships it, never from src/test/java. Move the schema classes to src/main/java/" + pkg.replace('.', '/')
                        + " (or to a module of their own that this one depends on)";
                changed = true;
            }
            problems.add(p);
        }
        return changed ? new SchemaException(problems) : e;
    }

    /** The first Java source of {@code pkg} (or its subpackages) in a test source root, or null. */
    private static Path testSourceOf(MavenProject project, String pkg) {
        for (String root : project.getTestCompileSourceRoots()) {
            Path dir = Path.of(root).resolve(pkg.replace('.', '/'));
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.walk(dir)) {
                Path first = files.filter(f -> f.toString().endsWith(".java")).sorted().findFirst().orElse(null);
                if (first != null) return first;
            } catch (IOException unreadable) {
                // not a hint to give then
            }
        }
        return null;
    }
}
