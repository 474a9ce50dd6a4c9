package dev.godwit.maven;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptorBuilder;

/**
 * Which of the plugin's goals read a database, told by the goals themselves: the plugin's descriptor names each goal's class, and
 * a goal of Godwit's reads one unless its class is {@link WorksOnNoDatabase} (db:help and db:stop-daemon have no database settings
 * at all). A goal added later is classified by its own declaration, where a list of names kept beside them missed it.
 */
final class DatabaseGoals {

    private DatabaseGoals() {
    }

    /**
     * Whether {@code goal} of {@code plugin} reads a database; {@code given}: whether a property is on the command line (db:verify's
     * -Ddb.drift). A goal the descriptor does not name is taken as reading one, so it is not warned about by mistake.
     */
    static boolean readsADatabase(PluginDescriptor plugin, String goal, Predicate<String> given) {
        MojoDescriptor mojo = plugin == null ? null : plugin.getMojo(goal);
        Class<?> type;
        try {
            type = mojo == null ? null : Class.forName(mojo.getImplementation(), false, DatabaseGoals.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            type = null;
        }
        if (type == null) return true;
        if (!AbstractGodwitMojo.class.isAssignableFrom(type)) return false;
        WorksOnNoDatabase none = type.getAnnotation(WorksOnNoDatabase.class);
        return none == null || !none.unless().isEmpty() && given.test(none.unless());
    }

    /**
     * The plugin's descriptor as Maven hands it to the goal ({@code fromMaven}), else (a goal made outside a build) as the plugin
     * ships it, META-INF/maven/plugin.xml beside these classes; null where neither is there.
     */
    static PluginDescriptor of(PluginDescriptor fromMaven) {
        if (fromMaven != null && fromMaven.getMojos() != null && !fromMaven.getMojos().isEmpty()) return fromMaven;
        try {
            Path classes = Path.of(DatabaseGoals.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(classes)) {
                try (Reader in = Files.newBufferedReader(classes.resolve("META-INF/maven/plugin.xml"))) {
                    return new PluginDescriptorBuilder().build(in);
                }
            }
            try (var jar = new java.util.jar.JarFile(classes.toFile());
                 Reader in = new java.io.InputStreamReader(jar.getInputStream(jar.getEntry("META-INF/maven/plugin.xml")),
                         java.nio.charset.StandardCharsets.UTF_8)) {
                return new PluginDescriptorBuilder().build(in);
            }
        } catch (Exception unreadable) {
            return null;   // every goal then counts as reading a database: no warning, as before one was given
        }
    }
}
