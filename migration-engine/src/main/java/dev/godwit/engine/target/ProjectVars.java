package dev.godwit.engine.target;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The variables a project's dotenv files give, found as wrangler finds them:
 * <ul>
 * <li>(in the project's base directory, else, when it has none, in wrangler's config's folder) {@code .env}, {@code .env.local}, then for an environment {@code .env.<env>} and {@code .env.<env>.local}, each later
 * file overriding the ones before, and {@code ${NAME}} in a value expanded from the process environment first (wrangler's
 * system variables, {@code CLOUDFLARE_ACCOUNT_ID} say: its recommended place for them);</li>
 * <li>{@code .dev.vars.<env>} instead of {@code .dev.vars} when the environment has one (wrangler dev's secrets file).</li>
 * </ul>
 * The process environment itself is not here: it comes before these files, as it does for wrangler.
 */
public final class ProjectVars {

    /** No files: nothing found in any. */
    public static final ProjectVars NONE = new ProjectVars(Map.of(), Map.of(), List.of(), Map.of(), ".dev.vars", Map.of());

    private static final Pattern REFERENCE = Pattern.compile("(\\\\)\\$|\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)(:?)(?:-([^}]*))?}|([A-Za-z_][A-Za-z0-9_]*))");

    private final Map<String, String> dotEnv;
    private final Map<String, String> dotEnvSource;   // key -> the .env file that gave it
    private final List<String> dotEnvNames;          // the .env files looked at, in wrangler's order
    private final Map<String, String> devVars;
    private final String devVarsName;
    private final Map<String, String> dotEnvRaw;      // key -> the value as written, before ${NAME} was expanded

    private ProjectVars(Map<String, String> dotEnv, Map<String, String> dotEnvSource, List<String> dotEnvNames, Map<String, String> devVars,
            String devVarsName, Map<String, String> dotEnvRaw) {
        this.dotEnvRaw = dotEnvRaw;
        this.dotEnv = dotEnv;
        this.dotEnvSource = dotEnvSource;
        this.dotEnvNames = dotEnvNames;
        this.devVars = devVars;
        this.devVarsName = devVarsName;
    }

    /** Only a {@code .dev.vars} file, named in messages as given (as before the .env files were read). */
    public static ProjectVars devVarsOnly(Path devVarsFile) {
        return new ProjectVars(Map.of(), Map.of(), List.of(), DevVars.read(devVarsFile), devVarsFile == null ? ".dev.vars" : devVarsFile.toString(), Map.of());
    }

    /**
     * Reads the project's files for {@code environment} (wrangler's {@code [env.NAME]}, or null for the top level).
     *
     * @param processEnv what {@code ${NAME}} in a .env value takes first
     */
    public static ProjectVars read(Path projectDir, String environment, Function<String, String> processEnv) {
        return read(projectDir, projectDir, environment, processEnv);
    }

    /**
     * As {@link #read(Path, String, Function)}, with the dev vars file looked for in {@code devVarsDir} (wrangler reads
     * {@code .dev.vars} next to its config, getVarsForDev), falling back to the project's own when that folder has none; a file
     * outside the project is named by its path from the project in messages ({@code ../.dev.vars}).
     */
    public static ProjectVars read(Path projectDir, Path devVarsDir, String environment, Function<String, String> processEnv) {
        if (projectDir == null) return NONE;
        List<String> names = dotEnvFileNames(environment);
        // wrangler reads .env from the folder it runs in (path.resolve(".env")): the project's base directory for a Maven build
        // run there, the config's folder for wrangler run next to its config. The project's files when it has any, else the
        // config's (a module's build finds the repository's wrangler.toml, and the .env beside it), named ../.env in messages.
        Path envDir = !hasAny(projectDir, names) && devVarsDir != null && hasAny(devVarsDir, names) ? devVarsDir : projectDir;
        String prefix = envDir.equals(projectDir) ? "" : relative(projectDir, envDir);
        Map<String, String> raw = new LinkedHashMap<>();
        Map<String, String> source = new LinkedHashMap<>();
        List<String> shown = new ArrayList<>();
        for (String name : names) {
            shown.add(prefix + name);
            for (Map.Entry<String, String> e : DevVars.read(envDir.resolve(name)).entrySet()) {
                raw.put(e.getKey(), e.getValue());
                source.put(e.getKey(), prefix + name);
            }
        }
        names = shown;
        Map<String, String> expanded = new LinkedHashMap<>(raw);   // as dotenv-expand: a name defined above is taken expanded
        for (Map.Entry<String, String> e : raw.entrySet()) expanded.put(e.getKey(), expand(e.getValue(), processEnv, expanded));
        Path dir = devVarsDir == null ? projectDir : devVarsDir;
        if (!dir.equals(projectDir) && devVarsFile(dir, environment) == null && devVarsFile(projectDir, environment) != null) dir = projectDir;
        Path file = devVarsFile(dir, environment);
        if (file == null) file = dir.resolve(".dev.vars");
        String devVarsName = dir.equals(projectDir) ? file.getFileName().toString()
                : projectDir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString();
        return new ProjectVars(expanded, source, names, DevVars.read(file), devVarsName, raw);
    }

    private static List<String> dotEnvFileNames(String environment) {
        List<String> names = new ArrayList<>(List.of(".env", ".env.local"));
        if (environment != null && !environment.isBlank()) {
            names.add(".env." + environment);
            names.add(".env." + environment + ".local");
        }
        return names;
    }

    private static boolean hasAny(Path dir, List<String> names) {
        for (String n : names) if (Files.isRegularFile(dir.resolve(n))) return true;
        return false;
    }

    /** {@code dir} as a path from the project, ending in a separator ({@code ../}). */
    private static String relative(Path projectDir, Path dir) {
        String r = projectDir.toAbsolutePath().normalize().relativize(dir.toAbsolutePath().normalize()).toString();
        return r.isEmpty() ? "" : r + java.io.File.separator;
    }

    /**
     * When the project's base directory and wrangler's config's folder (another one) both have .env files and they set
     * {@code key} differently (one of them not at all): the two files and their values, for an error; null otherwise. wrangler
     * run in the one folder and in the other would then choose differently (it reads .env from the folder it runs in).
     */
    public static String disagreement(Path projectDir, Path configDir, String key, Function<String, String> processEnv) {
        if (projectDir == null || configDir == null || projectDir.toAbsolutePath().normalize().equals(configDir.toAbsolutePath().normalize())) return null;
        List<String> names = dotEnvFileNames(null);
        if (!hasAny(projectDir, names) || !hasAny(configDir, names)) return null;
        ProjectVars own = read(projectDir, projectDir, null, processEnv);
        ProjectVars config = read(configDir, configDir, null, processEnv);
        String a = own.dotEnv(key) == null ? "" : own.dotEnv(key).strip();
        String b = config.dotEnv(key) == null ? "" : config.dotEnv(key).strip();
        if (a.equals(b)) return null;
        String configFile = relative(projectDir, configDir) + config.dotEnvSource(key);
        return (a.isEmpty() ? "the project's " + String.join(" and ", names) + " set no " + key : own.dotEnvSource(key) + " has " + key + "=" + a)
                + ", while " + (b.isEmpty() ? relative(projectDir, configDir) + String.join(" and " + relative(projectDir, configDir), names) + " beside wrangler's config set no " + key
                : configFile + " beside wrangler's config has " + key + "=" + b);
    }

    /** The dev vars file wrangler dev reads in {@code dir}: .dev.vars.ENV when the environment has one, else .dev.vars; null when neither is there. */
    private static Path devVarsFile(Path dir, String environment) {
        if (environment != null && !environment.isBlank() && Files.isRegularFile(dir.resolve(".dev.vars." + environment))) {
            return dir.resolve(".dev.vars." + environment);
        }
        return Files.isRegularFile(dir.resolve(".dev.vars")) ? dir.resolve(".dev.vars") : null;
    }

    /** {@code $NAME}, {@code ${NAME}}, {@code ${NAME:-default}}, {@code ${NAME-default}} as dotenv-expand reads them (the process environment first); {@code \$} is a dollar. */
    static String expand(String value, Function<String, String> processEnv, Map<String, String> parsed) {
        if (value.indexOf('$') < 0) return value;
        Matcher m = REFERENCE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group(1) != null) {
                replacement = "$";
            } else {
                String name = m.group(2) != null ? m.group(2) : m.group(5);
                String v = processEnv == null ? null : processEnv.apply(name);
                if (v == null) v = parsed.get(name);
                String fallback = m.group(4);   // ${NAME-x}: when unset; ${NAME:-x}: when unset or empty
                if (fallback != null && (v == null || v.isEmpty() && ":".equals(m.group(3)))) v = fallback;
                replacement = v == null ? "" : v;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The value the .env files give {@code key}, or null. */
    public String dotEnv(String key) {
        return dotEnv.get(key);
    }

    /**
     * The value as written where the .env files give {@code key} only references that came out empty ({@code ${CLOUDFLARE_API_TOKEN}}
     * with that variable unset), else null: said where the setting is missing, since the line is there. Such a value holds no
     * secret (nothing but references).
     */
    public String emptyReference(String key) {
        String raw = dotEnvRaw.get(key);
        String value = dotEnv.get(key);
        if (raw == null || raw.indexOf('$') < 0 || value != null && !value.isBlank()) return null;
        // only references, no default text: ${X-literal} with X set but empty comes out blank too, and its literal may be a token
        Matcher m = REFERENCE.matcher(raw);
        StringBuilder rest = new StringBuilder();
        while (m.find()) m.appendReplacement(rest, m.group(1) == null && m.group(4) == null ? "" : "x");
        m.appendTail(rest);
        return rest.toString().isBlank() ? raw.strip() : null;
    }

    /** Which .env file gave {@code key} (e.g. {@code .env.staging}), for messages. */
    public String dotEnvSource(String key) {
        String name = dotEnvSource.get(key);
        return name == null ? ".env" : name;
    }

    /** The .env files looked at, for a message listing the places: {@code .env, .env.local}. */
    public String dotEnvNames() {
        return String.join(", ", dotEnvNames);
    }

    /** Whether any .env file was looked at (not for {@link #devVarsOnly}). */
    public boolean readsDotEnv() {
        return !dotEnvNames.isEmpty();
    }

    /** The value the dev vars file gives {@code key}, or null. */
    public String devVars(String key) {
        return devVars.get(key);
    }

    /** The dev vars file's name: {@code .dev.vars}, or {@code .dev.vars.staging} when the environment has its own. */
    public String devVarsName() {
        return devVarsName;
    }
}
