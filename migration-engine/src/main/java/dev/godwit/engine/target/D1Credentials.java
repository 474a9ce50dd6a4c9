package dev.godwit.engine.target;

import dev.godwit.engine.GodwitException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds the D1 account id, database id and token, in order: explicit settings
 * ({@code db.d1.*}), environment variables, the project's {@code .env} files and {@code .dev.vars} (see
 * {@link ProjectVars}), then a Maven settings.xml server. When something is missing, the error names every place looked at.
 */
public final class D1Credentials {

    public static final String ENV_ACCOUNT = "CLOUDFLARE_ACCOUNT_ID";
    public static final String ENV_DATABASE = "CLOUDFLARE_DATABASE_ID";
    public static final String ENV_TOKEN = "CLOUDFLARE_D1_TOKEN";
    /** wrangler's token variable: not read (Godwit's token is named for D1), only named when the token is missing. */
    static final String WRANGLER_TOKEN = "CLOUDFLARE_API_TOKEN";

    /**
     * Where a settings.xml server can supply values: account id (username), token (password), database id; {@code tokenProblem}, when
     * its password could not be read (a decryption that failed, an unset {@code ${env.NAME}}), says why, and is said only when the
     * token is needed from there: a run on the local file, or with the token given elsewhere, failed on it.
     */
    public record ServerValues(String serverId, String accountId, String databaseId, String token, String tokenProblem) {
        public ServerValues(String serverId, String accountId, String databaseId, String token) {
            this(serverId, accountId, databaseId, token, null);
        }

        @Override
        public String toString() {
            return "ServerValues[serverId=" + serverId + ", accountId=" + accountId + ", databaseId=" + databaseId + ", token=" + (token == null ? "none" : "****") + "]";
        }
    }

    /** The values found; {@code tokenSource} says where the token came from (for messages), never the token. */
    public record Resolved(String accountId, String databaseId, String token, String tokenSource) {
        @Override
        public String toString() {
            return "D1(account=" + accountId + ", database=" + databaseId + ", token=**** from " + tokenSource + ")";
        }
    }

    private D1Credentials() {
    }

    public static Resolved resolve(String accountId, String databaseId, String token, Function<String, String> env, Path devVarsFile,
                                   ServerValues server) {
        return resolve(accountId, databaseId, token, env, ProjectVars.devVarsOnly(devVarsFile), server, null).resolved();
    }

    /** Values wrangler's config gives for the chosen binding, and how to name the place in messages. */
    public record FromConfig(String accountId, String databaseId, String accountWhere, String databaseWhere) {
    }

    /** The values, and where the account id and database id came from (for {@code db:status}). */
    public record Sourced(Resolved resolved, String accountSource, String databaseSource) {
    }

    /**
     * As {@link #resolve(String, String, String, Function, Path, ServerValues)}, with wrangler's config in the chain:
     * the database id comes from the explicit setting, then the config (so {@code -Ddb.env} picks the environment's
     * database even when {@code CLOUDFLARE_DATABASE_ID} is set), then the other places; the account id as wrangler
     * takes it: explicit, then the config's {@code account_id}, then {@code CLOUDFLARE_ACCOUNT_ID} (wrangler's
     * getActiveAccountId: config before the environment), then the other places.
     */
    public static Sourced resolve(String accountId, String databaseId, String token, Function<String, String> env, ProjectVars files,
                                  ServerValues server, FromConfig config) {
        String serverName = server == null || server.serverId() == null ? "cloudflare-d1" : server.serverId();
        Pick a = pick(new String[] {accountId, config == null ? null : config.accountId(), env.apply(ENV_ACCOUNT), files.dotEnv(ENV_ACCOUNT),
                files.devVars(ENV_ACCOUNT), server == null ? null : server.accountId()},
                new String[] {"-Ddb.d1.accountId / <d1AccountId>", config == null ? null : config.accountWhere(), "the environment variable " + ENV_ACCOUNT,
                        files.dotEnvSource(ENV_ACCOUNT), files.devVarsName(), "settings.xml server " + serverName});
        Pick d = pick(new String[] {databaseId, config == null ? null : config.databaseId(), env.apply(ENV_DATABASE), files.dotEnv(ENV_DATABASE),
                files.devVars(ENV_DATABASE), server == null ? null : server.databaseId()},
                new String[] {"-Ddb.d1.databaseId / <d1DatabaseId>", config == null ? null : config.databaseWhere(), "the environment variable " + ENV_DATABASE,
                        files.dotEnvSource(ENV_DATABASE), files.devVarsName(), "settings.xml server " + serverName});
        Pick t = pick(new String[] {token, env.apply(ENV_TOKEN), files.dotEnv(ENV_TOKEN), files.devVars(ENV_TOKEN), server == null ? null : server.token()},
                new String[] {"-Ddb.d1.token", "the environment variable " + ENV_TOKEN, files.dotEnvSource(ENV_TOKEN), files.devVarsName(),
                        "settings.xml server " + serverName});
        String fileNames = (files.readsDotEnv() ? files.dotEnvNames() + ", " : "") + files.devVarsName();
        // wrangler's token, set where Godwit's could be: how to pass it on (never its value)
        String wranglerToken = !blank(env.apply(WRANGLER_TOKEN)) ? "is set, but Godwit reads " + ENV_TOKEN + ": export " + ENV_TOKEN + "=\"$" + WRANGLER_TOKEN + "\""
                : !blank(files.dotEnv(WRANGLER_TOKEN)) ? "is set in " + files.dotEnvSource(WRANGLER_TOKEN) + ", but Godwit reads " + ENV_TOKEN + ": add "
                + ENV_TOKEN + "=${" + WRANGLER_TOKEN + "} to " + files.dotEnvSource(WRANGLER_TOKEN) : null;
        if (t == null && server != null && server.tokenProblem() != null) throw new GodwitException(GodwitException.Kind.BROKEN, server.tokenProblem());
        List<String> missing = new ArrayList<>();
        if (a == null) missing.add(place("account id", "db.d1.accountId", ENV_ACCOUNT, fileNames, "<server><id>" + serverName + "</id><username>")
                + (config == null ? "" : " (and " + config.accountWhere() + ")") + emptied(files, ENV_ACCOUNT));
        if (d == null) missing.add(place("database id", "db.d1.databaseId", ENV_DATABASE, fileNames, "<server><id>" + serverName
                + "</id><configuration><databaseId>") + (config == null ? "" : " (and " + config.databaseWhere() + ")") + emptied(files, ENV_DATABASE));
        if (t == null) missing.add(place("API token", "db.d1.token", ENV_TOKEN, fileNames, "<server><id>" + serverName + "</id><password>")
                + (wranglerToken == null ? NO_LOGIN_SESSION : ". " + WRANGLER_TOKEN + " (wrangler's variable) " + wranglerToken + " if that token may edit D1")
                + emptied(files, ENV_TOKEN));
        if (!missing.isEmpty()) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "Cloudflare D1 settings are missing (to use the local SQLite file instead, pass -Dlocal):\n  - "
                    + String.join("\n  - ", missing));
        }
        requirePathSafe(a, "account id", "a Cloudflare account id (32 hex characters: wrangler whoami shows it)");
        requirePathSafe(d, "database id", "a D1 database id (a UUID: wrangler d1 list shows it)");
        return new Sourced(new Resolved(a.value().strip(), d.value().strip(), t.value().strip(), t.source()), a.source(), d.source());
    }

    /**
     * Said where no token is found: a developer who ran {@code wrangler login} has wrangler's OAuth session, which Godwit does not read
     * (it lives in wrangler's own config, refreshed by wrangler), and nothing told them an API token is what to make.
     */
    private static final String NO_LOGIN_SESSION = " (a wrangler login session is not read: make an API token that may edit D1, under"
            + " My Profile > API Tokens in Cloudflare's dashboard)";

    /**
     * The ids go into the API's URL paths: a template's placeholder ({@code database_id = "<unique-ID-for-your-database>"}) or a
     * value with a space stopped the goal with Java's "Illegal character in path", and one with {@code ../} would reach another
     * API path with the token. Refused before any request, naming where the value came from.
     */
    private static void requirePathSafe(Pick p, String what, String expected) {
        String v = p.value().strip();
        if (v.matches("[A-Za-z0-9_-]+")) return;
        throw new GodwitException(GodwitException.Kind.BROKEN, "The " + what + " \"" + v + "\" (from " + p.source() + ") is not " + expected
                + (v.contains("<") || v.contains("{") || v.contains(" ") ? "; it looks like a template's placeholder" : "")
                + ". Put the real value there. Nothing was sent.");
    }

    private record Pick(String value, String source) {
    }

    private static Pick pick(String[] values, String[] sources) {
        for (int i = 0; i < values.length; i++) if (!blank(values[i])) return new Pick(values[i], sources[i]);
        return null;
    }

    /** Where a .env line is there but its ${NAME} came out empty: the line, and that the variable is not set in this shell. */
    private static String emptied(ProjectVars files, String key) {
        String raw = files.emptyReference(key);
        return raw == null ? "" : ". " + files.dotEnvSource(key) + " has " + key + "=" + raw + ", which comes out empty: the variable it names is not"
                + " set (or empty) in the environment mvn runs in";
    }

    private static String place(String what, String property, String env, String files, String server) {
        // The token has no POM element: a POM is committed and printed by mvn -X.
        String pom = property.equals("db.d1.token") ? "" : " / <" + pomElement(property) + ">";
        return "the " + what + ": looked in -D" + property + pom + ", the environment variable " + env
                + ", " + files + " (" + env + "=...), and settings.xml " + server;
    }

    /** {@code db.d1.accountId} -> {@code d1AccountId}, the plugin's configuration element. */
    static String pomElement(String property) {
        String[] parts = property.substring(3).split("\\.");
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        return sb.toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
