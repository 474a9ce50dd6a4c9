package dev.godwit.engine.target;

import dev.godwit.engine.GodwitException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds the D1 account id, database id and token, in order: explicit settings
 * ({@code db.d1.*}), environment variables, the project's {@code .dev.vars}, then a Maven
 * settings.xml server. When something is missing, the error names every place looked at.
 */
public final class D1Credentials {

    public static final String ENV_ACCOUNT = "CLOUDFLARE_ACCOUNT_ID";
    public static final String ENV_DATABASE = "CLOUDFLARE_DATABASE_ID";
    public static final String ENV_TOKEN = "CLOUDFLARE_D1_TOKEN";

    /** Where a settings.xml server can supply values: account id (username), token (password), database id. */
    public record ServerValues(String serverId, String accountId, String databaseId, String token) {
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
        Map<String, String> devVars = DevVars.read(devVarsFile);
        String a = first(accountId, env.apply(ENV_ACCOUNT), devVars.get(ENV_ACCOUNT), server == null ? null : server.accountId());
        String d = first(databaseId, env.apply(ENV_DATABASE), devVars.get(ENV_DATABASE), server == null ? null : server.databaseId());
        String t = first(token, env.apply(ENV_TOKEN), devVars.get(ENV_TOKEN), server == null ? null : server.token());
        List<String> missing = new ArrayList<>();
        String devVarsName = devVarsFile == null ? ".dev.vars" : devVarsFile.toString();
        String serverName = server == null || server.serverId() == null ? "cloudflare-d1" : server.serverId();
        String tokenSource = !blank(token) ? "-Ddb.d1.token"
                : !blank(env.apply(ENV_TOKEN)) ? "the environment variable " + ENV_TOKEN
                : !blank(devVars.get(ENV_TOKEN)) ? devVarsName
                : "settings.xml server " + serverName;
        if (blank(a)) missing.add(place("account id", "db.d1.accountId", ENV_ACCOUNT, devVarsName, "<server><id>" + serverName + "</id><username>"));
        if (blank(d)) missing.add(place("database id", "db.d1.databaseId", ENV_DATABASE, devVarsName, "<server><id>" + serverName + "</id><configuration><databaseId>"));
        if (blank(t)) missing.add(place("API token", "db.d1.token", ENV_TOKEN, devVarsName, "<server><id>" + serverName + "</id><password>"));
        if (!missing.isEmpty()) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "Cloudflare D1 settings are missing (to use the local SQLite file instead, pass -Dlocal):\n  - "
                    + String.join("\n  - ", missing));
        }
        return new Resolved(a.strip(), d.strip(), t.strip(), tokenSource);
    }

    private static String place(String what, String property, String env, String devVars, String server) {
        // The token has no POM element: a POM is committed and printed by mvn -X.
        String pom = property.equals("db.d1.token") ? "" : " / <" + pomElement(property) + ">";
        return "the " + what + ": looked in -D" + property + pom + ", the environment variable " + env
                + ", " + devVars + " (" + env + "=...), and settings.xml " + server;
    }

    /** {@code db.d1.accountId} -> {@code d1AccountId}, the plugin's configuration element. */
    static String pomElement(String property) {
        String[] parts = property.substring(3).split("\\.");
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        return sb.toString();
    }

    private static String first(String... values) {
        for (String v : values) if (!blank(v)) return v;
        return null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
