package dev.godwit.engine.target;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;

/**
 * The arguments a command printed for copying into a shell (a way back, a repair, a fleet member's own run) must carry to
 * work on this run's database: the wrangler environment, binding and config that chose it, and the -D properties that
 * picked it on the command line; each quoted as a POSIX shell reads it back.
 */
public final class PrintedArgs {

    private PrintedArgs() {
    }

    /** The argument as a POSIX shell reads it back: as it is when it holds only plain path characters, else single-quoted. */
    public static String quoted(String arg) {
        return arg.matches("[A-Za-z0-9_./:=@+,-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
    }

    /**
     * Printed arguments ({@code args}, each as {@link #quoted} writes it) with {@code -Dproperty=value} in place of the one they
     * carried, if any, at the end.
     */
    public static String replaced(String args, String property, String value) {
        String d = java.util.regex.Pattern.quote("-D" + property + "=");
        // as quoted(...) writes one: plain, or in single quotes with each quote inside as '\''
        String without = args.replaceAll(" (?:'" + d + "(?:[^']|'\\\\'')*'|" + d + "\\S*)", "");
        return without + " " + quoted("-D" + property + "=" + value);
    }

    /**
     * The wrangler environment this run works on: {@code -Ddb.env}, else {@code CLOUDFLARE_ENV} when the config defines that
     * environment (as {@link ProjectSettings} chooses it); null for the top level, empty for the top level chosen by an empty
     * {@code -Ddb.env=} (printed as {@code -Ddb.env=} / {@code --env ''}). A printed command names it even when the
     * variable chose it: run in another shell, without the variable, the command would work on the top level's database.
     */
    public static String chosenEnv(String env, Function<String, String> environment, WranglerConfig config) {
        if (env != null) return env.strip();   // -Ddb.env= is the top level, as wrangler's --env="", whatever CLOUDFLARE_ENV says
        String v = environment.apply(ProjectSettings.ENV_ENVIRONMENT);
        return v != null && !v.isBlank() && config != null && config.envs().containsKey(v.strip()) ? v.strip() : null;
    }

    /** The wrangler environment (null: the top level), binding and config file (null: none given) as -D arguments. */
    public static String wranglerChoice(String chosenEnv, String binding, String configFile) {
        StringBuilder sb = new StringBuilder();
        // quoted as the shell reads them back: a config under "My Projects" broke the printed command at the space
        if (chosenEnv != null) sb.append(' ').append(quoted("-Ddb.env=" + chosenEnv));
        if (binding != null && !binding.isBlank()) sb.append(' ').append(quoted("-Ddb.d1.binding=" + binding.strip()));
        if (configFile != null) sb.append(' ').append(quoted("-Ddb.wrangler.config=" + configFile));
        return sb.toString();
    }

    /** The same for wrangler's commands ({@code --env NAME}, {@code --config PATH}). */
    public static String wranglerArgs(String chosenEnv, String configFile) {
        StringBuilder sb = new StringBuilder();
        if (chosenEnv != null) sb.append(" --env ").append(quoted(chosenEnv));
        if (configFile != null) sb.append(" --config ").append(quoted(configFile));
        return sb.toString();
    }

    /** The -D properties that picked the database on this command line, as arguments of a printed command. */
    public static String pickedOnCommandLine(Properties userProperties) {
        StringBuilder sb = new StringBuilder();
        // db.d1.databases too: one id there is the database (db:apply -Ddb.d1.databases=<uuid>), and without it the printed
        // restore would work on the configured database with this one's bookmark
        // the account and endpoint too: a printed restore without the -Ddb.d1.endpoint the apply went through goes to Cloudflare's API
        for (String p : List.of("db.d1.accountId", "db.d1.databaseId", "db.d1.databases", "db.d1.endpoint", "db.local.path", "db.local.d1", "db.local.persistTo")) {
            String v = userProperties.getProperty(p);
            if (v == null || v.isBlank()) continue;
            // an endpoint carrying credentials (user:password@, ?token=) is not printed: the command names where to put it instead
            if (p.equals("db.d1.endpoint") && (v.contains("@") || v.contains("?"))) v = "<the endpoint given to this run>";
            sb.append(' ').append(quoted("-D" + p + "=" + v.strip()));
        }
        return sb.toString();
    }

    /**
     * What a printed command for this run's database (or a fleet member) repeats beyond the wrangler choice: the folder, history
     * table and tables filter when given on the command line (a db:push or db:repair pasted without -Ddb.tablesFilter works on
     * every table, another system's too). The POM's are read by the pasted command itself. Never -Ddb.d1.databases: that would be
     * the fleet again.
     */
    public static String folderAndHistory(Function<String, String> commandLine) {
        StringBuilder sb = new StringBuilder();
        for (String p : List.of("db.out", "db.migrationsTable", "db.tablesFilter")) {
            String v = commandLine.apply(p);
            if (v != null && !v.isBlank()) sb.append(' ').append(quoted("-D" + p + "=" + v.strip()));
        }
        return sb.toString();
    }

    /**
     * Where printed paths are relative to: where mvn was run ({@code workingDir}, the shell's working directory), so the paths in
     * printed commands work where they are pasted (Maven's execution root is the POM's folder under mvn -f demo, and a reactor's
     * module is run from the root); the project's directory outside a build ({@code workingDir} null). Null when that directory
     * neither holds the project nor lies in it (an IDE's embedded Maven runs in the IDE's own): paths climbing out of it help
     * nobody, absolute ones work from anywhere.
     */
    public static Path shownFrom(Path projectDir, String workingDir) {
        Path basedir = projectDir.toAbsolutePath().normalize();
        if (workingDir == null) return basedir;
        Path here = Path.of(workingDir).toAbsolutePath().normalize();
        return basedir.startsWith(here) || here.startsWith(basedir) ? here : null;
    }
}
