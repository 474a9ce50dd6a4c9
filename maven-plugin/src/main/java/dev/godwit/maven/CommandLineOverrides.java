package dev.godwit.maven;

import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Any {@code -Ddb.*} (and {@code -Dlocal}) on the command line wins over the POM's
 * {@code <configuration>}, as {@code -Dflyway.*} does for Flyway.
 *
 * <p>Maven itself gives a POM value precedence over the parameter's property. So, for every
 * parameter of the running goal whose property is {@code db.*} or {@code local} and that the POM
 * sets, a value in the session's user properties ({@code -D}) is written into the field, and one
 * line says which source won. Works for every goal's parameters, including ones added later,
 * because it reads the goal's descriptor rather than a list.
 */
final class CommandLineOverrides {

    private CommandLineOverrides() {
    }

    static void apply(Object mojo, MojoExecution execution, MavenSession session, Log log) throws MojoExecutionException {
        if (execution == null || session == null || execution.getMojoDescriptor() == null
                || execution.getMojoDescriptor().getParameters() == null) return;
        Properties user = session.getUserProperties();
        refuseADryRunTheGoalHasNot(execution, user);
        refuseUpToWhereNoMigrationRuns(execution, user);
        refuseMistypedProperties(execution, user, log);
        Xpp3Dom configuration = execution.getConfiguration();
        for (Parameter p : execution.getMojoDescriptor().getParameters()) {
            String property = property(p.getExpression());
            if (property == null || !(property.startsWith("db.") || property.equals("local"))) continue;
            String value = user.getProperty(property);
            if (value == null) continue;
            String element = pomElement(configuration, p);
            if (element == null) continue;   // the POM does not set it: Maven already took -D
            Field field = field(mojo.getClass(), p.getName());
            if (field == null) continue;
            Object converted = convert(field.getType(), value, session, property);
            try {
                field.setAccessible(true);
                field.set(mojo, converted);
            } catch (IllegalAccessException | RuntimeException e) {
                throw new MojoExecutionException("Cannot apply -D" + property + " over <" + element + "> of the POM: " + e.getMessage(), e);
            }
            log.info("-D" + property + " (command line) wins over <" + element + "> in the POM.");
        }
    }

    /**
     * {@code -Ddb.dryRun} asks for nothing to change: a goal without a dry run would ignore it and change things, so it
     * refuses before doing anything.
     */
    static void refuseADryRunTheGoalHasNot(MojoExecution execution, Properties user) throws MojoExecutionException {
        String dryRun = user.getProperty("db.dryRun");
        if (dryRun == null || dryRun.equalsIgnoreCase("false")) return;
        if (java.util.Set.of("status", "verify", "help").contains(execution.getGoal())) return;   // they change nothing anyway
        for (Parameter p : execution.getMojoDescriptor().getParameters()) if ("db.dryRun".equals(property(p.getExpression()))) return;
        throw new MojoExecutionException("-Ddb.dryRun: db:" + execution.getGoal() + " has no dry run, so it would change things anyway. Nothing was"
                + " changed. See what is pending with mvn db:status (or db:apply -Ddb.dryRun), or run db:" + execution.getGoal() + " without -Ddb.dryRun.");
    }

    /**
     * {@code -Ddb.upTo} stops db:apply at a migration; a goal that changes the database without applying migrations would pass it
     * by as another goal's setting, and db:push brought the database all the way to the code's schema under it.
     */
    static void refuseUpToWhereNoMigrationRuns(MojoExecution execution, Properties user) throws MojoExecutionException {
        String upTo = user.getProperty("db.upTo");
        if (upTo == null || upTo.isBlank()) return;
        String goal = execution.getGoal();
        String why = switch (goal) {
            case "push" -> "db:push makes the database match the schema in the code, all of it, without migrations.";
            case "baseline" -> "db:baseline records migrations as applied up to -Ddb.baseline=TAG.";
            case "repair", "restore", "drop", "rebase", "pull", "studio" -> "db:" + goal + " applies no migrations.";
            default -> null;
        };
        if (why == null) return;
        throw new MojoExecutionException("-Ddb.upTo=" + upTo + ": " + why + " It stops db:apply (and db:status) at a migration; run mvn db:apply"
                + pickedDatabase(user) + " " + dev.godwit.engine.target.PrintedArgs.quoted("-Ddb.upTo=" + upTo.strip()) + " to bring the database"
                + " to it, or db:" + goal + " without -Ddb.upTo. Nothing was changed.");
    }

    /**
     * The command line's choice of database, as arguments of a printed command: without -Dlocal, the db:apply printed for a
     * {@code db:push -Dlocal} went to the POM's target, Cloudflare D1 by default.
     */
    private static String pickedDatabase(Properties user) {
        StringBuilder sb = new StringBuilder();
        String local = user.getProperty("local");
        if (local != null && (local.isBlank() || local.equalsIgnoreCase("true"))) sb.append(" -Dlocal");
        for (String p : List.of("db.target", "db.env", "db.wrangler.config", "db.d1.binding")) {
            String v = user.getProperty(p);
            if (v != null && !v.isBlank()) sb.append(' ').append(dev.godwit.engine.target.PrintedArgs.quoted("-D" + p + "=" + v.strip()));
        }
        String preview = user.getProperty("db.d1.preview");
        if (preview != null && (preview.isBlank() || preview.equalsIgnoreCase("true"))) sb.append(" -Ddb.d1.preview");
        return sb + dev.godwit.engine.target.PrintedArgs.pickedOnCommandLine(user) + dev.godwit.engine.target.PrintedArgs.folderAndHistory(user::getProperty);
    }

    /** Read by hand, not a parameter: Maven prints parameters' values with -X ({@code AbstractGodwitMojo#d1Token}). */
    private static final List<String> NOT_PARAMETERS = List.of("db.d1.token");

    /**
     * A {@code -Ddb.*} that no goal of the plugin reads would be ignored without a word: one a typo away from a setting
     * ({@code -Ddb.migrationTable}) is refused with the setting it meant, before anything runs; any other is warned about, as
     * a POM may read a property of its own under that prefix. A setting of another goal (one run in the same command) passes.
     */
    static void refuseMistypedProperties(MojoExecution execution, Properties user, Log log) throws MojoExecutionException {
        var plugin = execution.getMojoDescriptor().getPluginDescriptor();
        if (plugin == null || plugin.getMojos() == null) return;
        java.util.Set<String> known = new java.util.TreeSet<>(NOT_PARAMETERS);
        for (var mojo : plugin.getMojos()) {
            if (mojo.getParameters() == null) continue;
            for (Parameter p : mojo.getParameters()) {
                String property = property(p.getExpression());
                if (property != null && property.startsWith("db.")) known.add(property);
            }
        }
        for (String name : new java.util.TreeSet<>(user.stringPropertyNames())) {
            if (name.equals("db.local")) {   // -Dlocal written with the prefix every other setting has: the run would go to D1
                throw new MojoExecutionException("-Ddb.local is no setting of Godwit, so it would be ignored: did you mean -Dlocal (the local SQLite"
                        + " file, not D1)? Nothing was done.");
            }
            String value = user.getProperty(name, "");
            if (!name.equals("local") && !name.startsWith("db.") && (value.isEmpty() || value.equalsIgnoreCase("true"))
                    && dev.godwit.schema.model.Typos.edits(name.toLowerCase(java.util.Locale.ROOT), "local") <= 1) {
                // -DLocal, -Dlocall: Maven would pass it on unread and the run would go to the remote database
                throw new MojoExecutionException("-D" + name + " is no setting of Godwit, so it would be ignored and the run would go to Cloudflare D1:"
                        + " did you mean -Dlocal (the local SQLite file)? Nothing was done.");
            }
            if (!name.startsWith("db.") || known.contains(name)) continue;
            List<String> meant = dev.godwit.schema.model.Typos.nearest(name, known);
            if (!meant.isEmpty()) {
                throw new MojoExecutionException("-D" + name + " is no setting of Godwit, so it would be ignored: did you mean -D"
                        + String.join(" or -D", meant) + "? Nothing was done. (mvn db:help -Ddetail lists every goal's settings.)");
            }
            log.warn("-D" + name + " is no setting of Godwit: ignored (mvn db:help -Ddetail lists every goal's settings).");
        }
    }

    /** Whether the POM's configuration of this plugin (plugin-wide or in any execution) has the element. */
    static boolean pomConfigures(MavenProject project, MojoExecution execution, String element) {
        if (project == null || execution == null || project.getBuild() == null) return false;
        Plugin plugin = project.getBuild().getPluginsAsMap().get(execution.getGroupId() + ":" + execution.getArtifactId());
        if (plugin == null) return false;
        List<Object> configurations = new ArrayList<>();
        configurations.add(plugin.getConfiguration());
        for (PluginExecution e : plugin.getExecutions()) configurations.add(e.getConfiguration());
        for (Object c : configurations) {
            if (c instanceof Xpp3Dom dom && dom.getChild(element) != null) return true;
        }
        return false;
    }

    /** {@code ${db.schema}} -> {@code db.schema}; null when the expression is not one property. */
    static String property(String expression) {
        if (expression == null || !expression.startsWith("${") || !expression.endsWith("}")) return null;
        String inner = expression.substring(2, expression.length() - 1);
        return inner.isEmpty() || inner.contains("${") ? null : inner;
    }

    /**
     * The element name under which the POM sets the parameter, or null when it does not: Maven's
     * merged configuration holds the bare expression ({@code ${db.schema}}) for an unset parameter.
     */
    private static String pomElement(Xpp3Dom configuration, Parameter p) {
        if (configuration == null) return null;
        for (String name : new String[] {p.getName(), p.getAlias()}) {
            if (name == null) continue;
            Xpp3Dom child = configuration.getChild(name);
            if (child == null) continue;
            String v = child.getValue();
            if (child.getChildCount() > 0 || (v != null && !v.equals(p.getExpression()))) return name;
        }
        return null;
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException next) {
                // look in the superclass
            }
        }
        return null;
    }

    private static Object convert(Class<?> type, String value, MavenSession session, String property) throws MojoExecutionException {
        String v = value.strip();
        try {
            if (type == String.class) return value;
            if (type == boolean.class || type == Boolean.class) return v.isEmpty() || Boolean.parseBoolean(v);
            if (type == int.class || type == Integer.class) return Integer.parseInt(v);
            if (type == long.class || type == Long.class) return Long.parseLong(v);
            if (type == File.class) return resolve(v, session).toFile();
            if (type == Path.class) return resolve(v, session);
            if (type.isEnum()) {
                for (Object c : type.getEnumConstants()) if (((Enum<?>) c).name().equalsIgnoreCase(v)) return c;
            }
        } catch (NumberFormatException e) {
            throw new MojoExecutionException("-D" + property + "=" + value + " is not a number.");
        }
        throw new MojoExecutionException("-D" + property + " cannot override the POM's value (a " + type.getSimpleName() + ")");
    }

    /** A relative path is relative to the project, as Maven resolves File parameters. */
    private static Path resolve(String v, MavenSession session) {
        Path p = Path.of(v);
        if (p.isAbsolute() || session.getCurrentProject() == null) return p;
        return session.getCurrentProject().getBasedir().toPath().resolve(p).normalize();
    }

}
