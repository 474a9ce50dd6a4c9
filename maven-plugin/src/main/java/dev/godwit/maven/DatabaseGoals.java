package dev.godwit.maven;

import java.util.function.Predicate;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptor;

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

    /** The plugin's descriptor as Maven hands it to the goal; null where it names no goals (then every goal counts as reading a database). */
    static PluginDescriptor of(PluginDescriptor fromMaven) {
        return fromMaven != null && fromMaven.getMojos() != null && !fromMaven.getMojos().isEmpty() ? fromMaven : null;
    }
}
