package dev.godwit.engine.target;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * The raw settings a front end collected (for Maven: {@code -D} properties and POM parameters),
 * before {@link Targets#resolve} decides which database they name. Null means "not set".
 *
 * @param local           {@code -Dlocal}
 * @param target          {@code db.target}: local, d1 or remote
 * @param localPath       {@code db.local.path}, the plain local SQLite file
 * @param localD1         {@code db.local.d1}, the identity of wrangler's local D1 database
 * @param persistTo       {@code db.local.persistTo}, wrangler's state folder
 * @param accountId       {@code db.d1.accountId}
 * @param databaseId      {@code db.d1.databaseId}
 * @param token           {@code db.d1.token}
 * @param endpoint        {@code db.d1.endpoint}
 * @param projectDir      the project's base directory (where {@code .dev.vars} and wrangler's config live)
 * @param server          values of a settings.xml server, already decrypted, or null
 * @param environment     environment variable lookup
 * @param env             {@code db.env}: the {@code [env.NAME]} of wrangler's config
 * @param wranglerConfig  {@code db.wrangler.config}: wrangler's config file, if not at the project's base directory
 * @param d1Binding       {@code db.d1.binding}: which of the config's {@code d1_databases}
 * @param out             {@code db.out}: the migrations folder
 * @param migrationsTable {@code db.migrationsTable}: the history table
 * @param preview         {@code db.d1.preview}: the binding's {@code preview_database_id} instead of its {@code database_id} (wrangler's --preview)
 * @param proxy           the front end's proxy for https (Maven's active settings.xml {@code <proxy>}, its password decrypted), or null:
 *                        then HTTPS_PROXY, then the JVM's https.proxyHost ({@link dev.godwit.engine.d1.D1Proxy#resolve})
 */
public record TargetSettings(boolean local, String target, Path localPath, String localD1, Path persistTo, String accountId,
                             String databaseId, String token, String endpoint, Path projectDir, D1Credentials.ServerValues server,
                             Function<String, String> environment, String env, Path wranglerConfig, String d1Binding, Path out,
                             String migrationsTable, boolean preview, dev.godwit.engine.d1.D1Proxy proxy) {

    /** Settings without a proxy of the front end's. */
    public TargetSettings(boolean local, String target, Path localPath, String localD1, Path persistTo, String accountId,
                          String databaseId, String token, String endpoint, Path projectDir, D1Credentials.ServerValues server,
                          Function<String, String> environment, String env, Path wranglerConfig, String d1Binding, Path out,
                          String migrationsTable, boolean preview) {
        this(local, target, localPath, localD1, persistTo, accountId, databaseId, token, endpoint, projectDir, server, environment, env,
                wranglerConfig, d1Binding, out, migrationsTable, preview, null);
    }

    /** Settings for the binding's own database, not its preview database. */
    public TargetSettings(boolean local, String target, Path localPath, String localD1, Path persistTo, String accountId,
                          String databaseId, String token, String endpoint, Path projectDir, D1Credentials.ServerValues server,
                          Function<String, String> environment, String env, Path wranglerConfig, String d1Binding, Path out,
                          String migrationsTable) {
        this(local, target, localPath, localD1, persistTo, accountId, databaseId, token, endpoint, projectDir, server, environment, env,
                wranglerConfig, d1Binding, out, migrationsTable, false, null);
    }

    /** Settings without wrangler's config in play (no env, binding, config path, folder or table given). */
    public TargetSettings(boolean local, String target, Path localPath, String localD1, Path persistTo, String accountId,
                          String databaseId, String token, String endpoint, Path projectDir, D1Credentials.ServerValues server,
                          Function<String, String> environment) {
        this(local, target, localPath, localD1, persistTo, accountId, databaseId, token, endpoint, projectDir, server, environment,
                null, null, null, null, null, false, null);
    }

    @Override
    public String toString() {
        return "TargetSettings[local=" + local + ", target=" + target + ", localPath=" + localPath + ", localD1=" + localD1
                + ", accountId=" + accountId + ", databaseId=" + databaseId + ", token=" + (token == null ? "unset" : "****")
                + ", env=" + env + ", wranglerConfig=" + wranglerConfig + ", d1Binding=" + d1Binding + ", out=" + out
                + ", migrationsTable=" + migrationsTable + ", preview=" + preview + (proxy == null ? "" : ", proxy=" + proxy) + "]";
    }
}
