package dev.godwit.engine.target;

import dev.godwit.engine.GodwitException;
import dev.godwit.engine.d1.D1Client;
import dev.godwit.engine.d1.D1Exception;
import dev.godwit.engine.d1.D1Settings;
import dev.godwit.schema.model.SqliteNames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The settings with wrangler's config applied, decided once for all goals: the target database,
 * the migrations folder and the history table, each with where it came from. Explicit {@code db.*}
 * settings win over the config; the config wins over Godwit's defaults. Each value is resolved when
 * first asked for, so a goal that needs no database (db:generate) never needs D1 credentials.
 */
public final class ProjectSettings {

    /** Godwit's history table when nothing names one: drizzle-orm's. */
    public static final String DEFAULT_TABLE = "__drizzle_migrations";

    /** One resolved value and its source, for {@code db:status}. */
    public record Origin(String what, String value, String source) {
        @Override
        public String toString() {
            return what + ": " + value + " (from " + source + ")";
        }
    }

    /** The history table's name and whether it is to be created in wrangler's layout (id, name, applied_at). */
    public record History(String name, boolean wranglerLayout, String source) {
    }

    private final TargetSettings s;
    private final WranglerConfig config;
    private final WranglerConfig.Section section;
    private WranglerConfig.Binding binding;
    private boolean bindingChosen;
    private D1Credentials.Sourced credentials;

    /** wrangler's own variable for the environment, read when {@code -Ddb.env} is not given (as wrangler reads it without --env). */
    public static final String ENV_ENVIRONMENT = "CLOUDFLARE_ENV";

    private final String envSource;

    /** Where the top level came from when {@code -Ddb.env} was given empty (as wrangler's {@code --env=""}). */
    private static final String EXPLICIT_TOP_LEVEL = "-Ddb.env= (empty: the top level, as wrangler's --env=\"\")";

    private ProjectSettings(TargetSettings s, WranglerConfig config, WranglerConfig.Section section, String envSource) {
        this.s = s;
        this.config = config;
        this.section = section;
        this.envSource = envSource;
        if (config != null) config.requireUniqueBindings(section);
    }

    /** Reads wrangler's config (at {@code db.wrangler.config}, else wrangler's file at the project's base directory or above it), if any. */
    public static ProjectSettings of(TargetSettings s) {
        Path file;
        if (s.wranglerConfig() != null) {
            file = s.projectDir() == null ? s.wranglerConfig() : s.projectDir().resolve(s.wranglerConfig());
            if (!Files.isRegularFile(file)) {
                throw new GodwitException(GodwitException.Kind.BROKEN, "-Ddb.wrangler.config=" + s.wranglerConfig() + ": there is no file " + file
                        + ". Give the path of wrangler.toml, wrangler.json or wrangler.jsonc (relative to the project), or leave it out to use"
                        + " the one in the project's base directory.");
            }
        } else {
            file = WranglerConfig.find(s.projectDir());
        }
        if (file == null) {
            if (s.preview()) {
                throw new GodwitException(GodwitException.Kind.BROKEN, "-Ddb.d1.preview picks the preview_database_id of wrangler's D1 binding,"
                        + " but neither " + s.projectDir() + " nor a folder above it has any of " + String.join(", ", WranglerConfig.FILE_NAMES)
                        + ". Give the preview database's id with -Ddb.d1.databaseId=<id> instead, or point -Ddb.wrangler.config at the file."
                        + " Nothing was done.");
            }
            for (String[] named : new String[][] {{"db.env", s.env()}, {"db.d1.binding", s.d1Binding()}}) {
                if (named[1] != null && !named[1].isBlank()) {
                    throw new GodwitException(GodwitException.Kind.BROKEN, "-D" + named[0] + "=" + named[1] + " names a part of wrangler's config, but neither "
                            + s.projectDir() + " nor a folder above it has any of " + String.join(", ", WranglerConfig.FILE_NAMES)
                            + ". Point -Ddb.wrangler.config at the file, or leave -D" + named[0] + " out.");
                }
            }
            return new ProjectSettings(s, null, null, null);
        }
        WranglerConfig config = WranglerConfig.read(file.toAbsolutePath().normalize());
        if (!blank(s.env())) return new ProjectSettings(s, config, config.section(s.env(), "-Ddb.env=" + s.env()), "-Ddb.env");
        // -Ddb.env= given empty is wrangler's --env="": the top level, whatever CLOUDFLARE_ENV (exported or in .env) names (wrangler:
        // envName = args.env ?? getCloudflareEnv(); its own warning advises --env="" to target the top level). Read as unset, it
        // went to CLOUDFLARE_ENV's environment, production say, where wrangler given the same empty value works on the top level.
        if (s.env() != null) return new ProjectSettings(s, config, config.top(), EXPLICIT_TOP_LEVEL);
        String fromVariable = s.environment() == null ? null : s.environment().apply(ENV_ENVIRONMENT);
        String variableWhere = "the environment variable " + ENV_ENVIRONMENT;
        String setting = variableWhere + "=" + (fromVariable == null ? "" : fromVariable);
        if (blank(fromVariable)) {   // wrangler puts the .env files' variables into its environment before it reads the config
            Path configDir = config.file().getParent();
            // a config with no [env] table: wrangler goes on with the top level whatever CLOUDFLARE_ENV names, run in either folder
            String disagreement = config.unknownEnvironmentFallsBackToTopLevel() ? null
                    : ProjectVars.disagreement(s.projectDir(), configDir, ENV_ENVIRONMENT, s.environment());
            if (disagreement != null) {
                // wrangler reads .env from the folder it runs in: run here and run beside its config, it works on two environments
                throw new GodwitException(GodwitException.Kind.BROKEN, disagreement + ": wrangler reads .env from the folder it runs in,"
                        + " so run in " + s.projectDir() + " and run in " + configDir + " it works on two different environments, and"
                        + " Godwit cannot tell which is meant. Give -Ddb.env=NAME (or -Ddb.env= for the top level), or make the files agree."
                        + " Nothing was done.");
            }
            ProjectVars files = ProjectVars.read(s.projectDir(), configDir, null, s.environment());
            fromVariable = files.dotEnv(ENV_ENVIRONMENT);
            variableWhere = ENV_ENVIRONMENT + " in " + files.dotEnvSource(ENV_ENVIRONMENT);
            setting = ENV_ENVIRONMENT + "=" + fromVariable + " in " + files.dotEnvSource(ENV_ENVIRONMENT);
        }
        if (!blank(fromVariable) && config.unknownEnvironmentFallsBackToTopLevel()) {
            // wrangler too only warns when the config has no env table at all, and uses the top level
            return new ProjectSettings(s, config, config.top(), "the top level: " + ENV_ENVIRONMENT + "=" + fromVariable.strip()
                    + " is set, but " + config.file().getFileName() + " defines no environments");
        }
        if (!blank(fromVariable)) return new ProjectSettings(s, config, config.section(fromVariable, setting), variableWhere);
        return new ProjectSettings(s, config, config.top(), null);
    }

    /** The warning for keys wrangler does not know in the D1 bindings of the part of wrangler's config used; null when none. */
    public String unknownBindingKeysWarning() {
        return config == null ? null : config.unknownBindingKeysWarning(section);
    }

    /**
     * The warning wrangler gives when CLOUDFLARE_ENV names an environment of a config that defines none and it goes on with the top
     * level (as Godwit does): said in the goal's log too, as a leftover variable meant for another project, or a typo, otherwise
     * reached the top level's database with nothing in the log but db:status's settings; null otherwise.
     */
    public String ignoredEnvironmentWarning() {
        if (envSource == null || !envSource.startsWith("the top level")) return null;
        List<WranglerConfig.Binding> top = config.top().d1Databases();
        return envSource.substring("the top level: ".length()) + ", so this works on the top level" + (top.isEmpty() ? ""
                : "'s D1 database, " + WranglerConfig.describe(top)) + ", as wrangler does (it warns too). If another database was"
                + " meant, unset " + ENV_ENVIRONMENT + " or add that environment to " + config.file().getFileName() + ".";
    }

    /**
     * When the local file a goal works on belongs to a binding with {@code remote = true}: wrangler dev then works on the deployed
     * database for that binding, not on this file, so what the goal does here (an apply, a push) is not what wrangler dev sees.
     * Said, not refused: {@code wrangler d1 migrations apply --local} works on the file all the same. Null otherwise.
     */
    public String remoteBindingWarning(Target target) {
        if (!(target instanceof Target.WranglerLocalD1 local) || config == null) return null;
        WranglerConfig.Binding b = !blank(s.localD1()) ? localD1Binding() : binding();
        if (b == null || !b.remote()) return null;
        // wrangler dev takes a remote binding's preview_database_id first (d1DatabaseEntry with usePreviewIds), as for the file
        boolean preview = !blank(b.previewDatabaseId());
        String database = preview ? "its preview database " + b.previewDatabaseId()
                : "the database " + (!blank(b.databaseName()) ? "\"" + b.databaseName() + "\"" : !blank(b.databaseId()) ? b.databaseId() : "of the binding");
        return config.file().getFileName() + ": d1_databases binding " + b.binding() + " has remote = true, so wrangler dev (unless run with"
                + " --local) works on " + database + " on Cloudflare D1 for it, not on this local file (" + local.file() + "). This goal works"
                + " on the local file, as wrangler's --local does; to change the database wrangler dev uses, run it "
                + (preview ? "with -Ddb.d1.preview instead of -Dlocal." : "on Cloudflare D1 (without -Dlocal).");
    }

    /**
     * What a wrangler local D1 file is, for the lines that name it: its name is a hash of the binding's id
     * ({@code 919d5d….sqlite}), which says nothing of which database it is; this names the environment and the binding that
     * chose it ({@code wrangler's local D1 file of wrangler.jsonc [env.staging] d1_databases binding DB (shop-staging)}). Null
     * for any other target.
     */
    public String localD1Description(Target target) {
        if (!(target instanceof Target.WranglerLocalD1 w)) return null;
        WranglerConfig.Binding b = config == null ? null : binding();
        if (b == null) return "wrangler's local D1 file for " + (w.identity().isEmpty() ? "\"\"" : w.identity());
        return "wrangler's local D1 file of " + section.where(config.file()) + " d1_databases binding " + b.binding()
                + (!blank(b.databaseName()) ? " (" + b.databaseName() + ")" : "");
    }

    /**
     * wrangler's flags written as Maven properties: {@code -Denv=staging} (wrangler's {@code --env staging}, or its variable as
     * {@code -DCLOUDFLARE_ENV=staging}) and {@code -Dpreview} (wrangler's {@code --preview}). No goal reads them, so Maven passed them on
     * unread and the run went to the top level's database, or the binding's own rather than its preview one, without a word.
     * Refused when they would change the database: an environment the config defines that this run does not work on, or a
     * preview this run does not use. A {@code -Denv} naming no environment of the config is left alone: a POM may read its own.
     * {@code commandLine} looks a {@code -D} property up; null when it is not given.
     */
    public void refuseWranglerFlagsAsProperties(java.util.function.Function<String, String> commandLine) {
        if (config == null) return;
        for (String property : List.of("env", ENV_ENVIRONMENT)) {
            String value = commandLine.apply(property);
            if (blank(value) || !config.environmentNames().contains(value.strip())) continue;
            String name = value.strip();
            if (section != null && name.equals(section.name())) continue;   // chosen anyway (-Ddb.env, CLOUDFLARE_ENV, a profile)
            String where = section == null ? "" : section.where(config.file());
            String database = section == null || section.d1Databases().isEmpty() ? ""
                    : (section.d1Databases().size() == 1 ? ", D1 database " : ", D1 bindings ") + WranglerConfig.describe(section.d1Databases());
            throw new GodwitException(GodwitException.Kind.BROKEN, "-D" + property + "=" + value + " is no setting of Godwit, so Maven passes it on"
                    + " unread, and this run would work on " + where + database + ", not on [env." + name + "]'s. Godwit's setting for"
                    + " wrangler's --env is -Ddb.env: give -Ddb.env=" + name + " instead. Nothing was done.");
        }
        String preview = commandLine.apply("preview");
        if (preview != null && (preview.isBlank() || preview.equalsIgnoreCase("true")) && !s.preview()) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "-Dpreview is no setting of Godwit, so Maven passes it on unread, and this run"
                    + " would work on the binding's own database, not its preview_database_id. Godwit's setting for wrangler's --preview is"
                    + " -Ddb.d1.preview: give that instead. Nothing was done.");
        }
    }

    /**
     * The wrangler environment this run works on, whatever chose it: {@code -Ddb.env}, the variable CLOUDFLARE_ENV, or a
     * CLOUDFLARE_ENV in the project's .env files (as wrangler reads them before its config); null for the top level or
     * without wrangler's config; empty when {@code -Ddb.env=} chose the top level. What a printed command (a way back, an undo) must name as {@code -Ddb.env} / {@code --env}:
     * without it, run where the variable or the .env line is not (another shell, CI, a .env since switched to another
     * environment), it works on another environment's database.
     */
    public String chosenEnvironment() {
        if (EXPLICIT_TOP_LEVEL.equals(envSource)) return "";   // -Ddb.env= again: without it, CLOUDFLARE_ENV would pick another one
        if (config == null || section == null) return null;
        // the top level of a config that defines environments, chosen by no CLOUDFLARE_ENV: -Ddb.env= too. Printed bare, the way
        // back (mvn db:restore -Ddb.timestamp=..., -Dlocal, the bookmark log's line), pasted where CLOUDFLARE_ENV names one (CI,
        // another shell, a .env since edited), worked on that environment's database. A config without environments needs none:
        // CLOUDFLARE_ENV falls back to its top level, as in wrangler
        if (section == config.top()) return config.envs().isEmpty() ? null : "";
        return section.name();
    }

    /**
     * A database id from the build's configuration ({@code where}: a POM's {@code <d1DatabaseId>}), not given on this command line,
     * while -Ddb.env or CLOUDFLARE_ENV picked an environment whose binding is another database: the run went to the configured id
     * with the environment's migrations folder and history table, where {@code wrangler d1 migrations apply DB --remote --env NAME}
     * works on the environment's own database (an id the config gives another environment's binding is refused already, by
     * {@link #binding()}). Refused; the same id given on the command line is still taken as meant. Nothing to check for the top
     * level (explicit settings win over its binding, as documented), a local run, or without wrangler's config.
     */
    public void refuseConfiguredDatabaseIdForEnvironment(String where) {
        if (config == null || section == null || section == config.top() || blank(s.databaseId()) || Targets.isLocal(s)) return;
        WranglerConfig.Binding b = binding();
        if (b == null) return;
        String id = s.databaseId().strip();
        if (id.equalsIgnoreCase(b.databaseId()) || id.equalsIgnoreCase(b.previewDatabaseId())) return;
        String picked = byVariable() ? envSource + "=" + section.name() : "-Ddb.env=" + section.name();
        String own = !blank(b.databaseId()) ? b.commandName() + " (" + b.databaseId() + ")" : b.commandName();
        throw new GodwitException(GodwitException.Kind.BROKEN, where + " names the Cloudflare D1 database " + id + ", while " + picked + " picks "
                + bindingWhere() + ", whose database is " + own + ": wrangler d1 migrations apply " + b.commandName() + " --remote --env "
                + section.name() + " works on that one, and this run would apply [env." + section.name() + "]'s migrations to " + id
                + " instead. Remove " + where + " (wrangler's config names each environment's database), or give -Ddb.d1.databaseId=" + id
                + " on the command line if that database is meant. Nothing was done.");
    }

    /** wrangler's variable naming the compliance region; {@code fedramp_high} sends its API calls to api.fed.cloudflare.com. */
    static final String ENV_COMPLIANCE_REGION = "CLOUDFLARE_COMPLIANCE_REGION";
    /** wrangler's variable for the API's base URL, which wins over the compliance region's. */
    static final String ENV_API_BASE_URL = "CLOUDFLARE_API_BASE_URL";
    /** The FedRAMP High API, wrangler's base URL for {@code compliance_region = "fedramp_high"}. */
    static final String FEDRAMP_HIGH_ENDPOINT = "https://api.fed.cloudflare.com/client/v4";

    /** The proxy D1's requests go through: the front end's (Maven's settings.xml), else HTTPS_PROXY, else https.proxyHost; or null. */
    dev.godwit.engine.d1.D1Proxy proxy() {
        return dev.godwit.engine.d1.D1Proxy.resolve(s.proxy(), s.environment(), System::getProperty);
    }

    /**
     * The D1 API base URL, as wrangler picks it (getCloudflareApiBaseUrl): {@code db.d1.endpoint} when given, else
     * {@code CLOUDFLARE_API_BASE_URL}, else the compliance region's, {@code CLOUDFLARE_COMPLIANCE_REGION} or the config's
     * {@code compliance_region} (inherited by environments), two different values of those refused as wrangler refuses them;
     * null for Cloudflare's public API. A FedRAMP High account's token and SQL went to api.cloudflare.com, where wrangler sends
     * them to api.fed.cloudflare.com.
     */
    String endpoint() {
        if (!blank(s.endpoint())) return s.endpoint();
        // the process's variables, then the project's .env files, which wrangler loads into its environment before it reads them
        java.util.function.Function<String, String> process = s.environment() == null ? k -> null : s.environment();
        java.util.function.Function<String, String> env = k -> !blank(process.apply(k)) ? process.apply(k)
                : s.projectDir() == null ? null : projectVars().dotEnv(k);
        String base = env.apply(ENV_API_BASE_URL);
        if (!blank(base)) {
            // checked here, naming the variable: D1Settings's refusal names db.d1.endpoint, which this user never set
            String from = !blank(process.apply(ENV_API_BASE_URL)) ? "the environment variable " + ENV_API_BASE_URL
                    : ENV_API_BASE_URL + " in " + projectVars().dotEnvSource(ENV_API_BASE_URL);
            return dev.godwit.engine.d1.D1Settings.normalizeEndpoint(base, from + ", which wrangler and Godwit call the API at");
        }
        String fromEnv = env.apply(ENV_COMPLIANCE_REGION);
        String fromConfig = section == null ? null : section.complianceRegion();
        if (!blank(fromEnv) && !fromEnv.strip().equals("public") && !fromEnv.strip().equals("fedramp_high")) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "The environment variable " + ENV_COMPLIANCE_REGION + "=" + fromEnv
                    + " is neither public nor fedramp_high (wrangler refuses it too). Nothing was done.");
        }
        if (!blank(fromEnv) && fromConfig != null && !fromEnv.strip().equals(fromConfig)) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "The compliance region is set to two different values: the environment"
                    + " variable " + ENV_COMPLIANCE_REGION + "=" + fromEnv.strip() + " and compliance_region = \"" + fromConfig + "\" in "
                    + config.file().getFileName() + "; wrangler refuses that too. Make them agree, or unset one. Nothing was done.");
        }
        String region = !blank(fromEnv) ? fromEnv.strip() : fromConfig;
        return "fedramp_high".equals(region) ? FEDRAMP_HIGH_ENDPOINT : null;
    }

    /** wrangler's config, or null when the project has none. */
    public WranglerConfig config() {
        return config;
    }

    /** Whether CLOUDFLARE_ENV, not -Ddb.env, chose the section (for messages). */
    private boolean byVariable() {
        return envSource != null && envSource.contains(ENV_ENVIRONMENT) && !envSource.startsWith("the top level");
    }

    /** The chosen D1 binding of the config (an error when it is ambiguous), or null without a config or D1 bindings. */
    public WranglerConfig.Binding binding() {
        if (!bindingChosen) {
            // -Ddb.local.d1=NAME naming a binding picks it, as wrangler d1 migrations apply NAME --local takes NAME's migrations_dir
            WranglerConfig.Binding named = config != null && Targets.isLocal(s) && !blank(s.localD1()) ? localD1Binding() : null;
            // -Ddb.d1.databaseId naming a binding's database (its database_id or preview_database_id) is that binding, as -Ddb.local.d1 is
            if (config != null && !Targets.isLocal(s) && !blank(s.databaseId())) named = databaseIdBinding();
            binding = named != null ? named : config == null ? null : config.binding(section, s.d1Binding(), byVariable());
            bindingChosen = true;
        }
        return binding;
    }

    /**
     * The binding whose migrations_dir and migrations_table the folder and the history take: {@link #binding()}, except that an
     * environment without d1_databases gives none (Godwit's defaults), so that a fleet run there (-Ddb.d1.databases with
     * -Ddb.env for the environment's account_id) or a goal that needs no database is not refused for want of a binding; one
     * database of such an environment is still refused by {@link #target()}, naming it.
     */
    private WranglerConfig.Binding folderBinding() {
        if (config == null || section.d1Databases().isEmpty() && blank(s.d1Binding())) return null;
        return binding();
    }

    private String bindingWhere() {
        return section.where(config.file()) + " d1_databases binding " + binding().binding();
    }

    public Path migrationsDir() {
        return migrationsDirOrigin().value() == null ? null : Path.of(migrationsDirOrigin().value());
    }

    private Origin migrationsDirOrigin() {
        if (s.out() != null) return new Origin("migrations folder", s.out().toString(), "-Ddb.out / <out>");
        WranglerConfig.Binding b = folderBinding();
        if (b != null) refuseOtherPattern(b);
        if (b != null && b.migrationsDir() != null) {
            // wrangler reads a backslash as a folder separator on every system (normalizeRelativePath), as a config written on Windows has it
            return new Origin("migrations folder", migrationsDirOf(b).toString(), bindingWhere() + " migrations_dir");
        }
        Path base = s.projectDir() == null ? Path.of("") : s.projectDir();
        Path dir = base.resolve("drizzle");
        if (config != null) refuseFolderOnlyElsewhere(b, dir);
        if (b != null) refuseWranglersDefaultFolder(b, base, dir);
        return new Origin("migrations folder", dir.toString(), "the default");
    }

    /**
     * A binding without migrations_dir gets Godwit's default folder; when that does not exist while wrangler's default for it
     * ({@code migrations/} next to the config, where wrangler d1 migrations create writes) holds .sql files, the migrations are
     * there: Godwit would report the database up to date with none applied, where wrangler applies them. Refused, naming the
     * setting that makes both read one folder.
     */
    private void refuseWranglersDefaultFolder(WranglerConfig.Binding b, Path base, Path dir) {
        if (Files.isDirectory(dir)) return;
        Path wranglers = config.file().getParent().resolve("migrations");
        long sql;
        try (var files = Files.list(wranglers)) {
            sql = files.filter(dev.godwit.engine.folder.MigrationsFolder::isMigrationFile).count();
        } catch (java.io.IOException notThere) {
            return;
        }
        if (sql == 0) return;
        Path from = base.toAbsolutePath().normalize();
        String out = wranglers.startsWith(from) ? from.relativize(wranglers).toString() : wranglers.toString();
        // Two ways on, each one that works when followed: wrangler's folder as it is (wrangler's default table with it: migrations_dir
        // alone left Godwit on __drizzle_migrations, refused next), or a folder of Godwit's own for db:pull and db:generate, which
        // refuse wrangler's (no journal, no snapshots: the first advice led a trial there)
        boolean json = !config.file().getFileName().toString().endsWith(".toml");
        boolean table = (s.migrationsTable() == null || s.migrationsTable().isBlank()) && b.migrationsTable() == null;
        String tableToo = table ? " and " + setting(json, "migrations_table", "d1_migrations") : "";
        throw new GodwitException(GodwitException.Kind.BROKEN, bindingWhere() + " sets no migrations_dir, so the migrations folder is " + dir
                + " (Godwit's default), which does not exist, while " + wranglers + ", wrangler's default for it, holds " + sql + " .sql file(s):"
                + " wrangler d1 migrations apply reads those, and Godwit would find nothing to apply. To run them with Godwit as wrangler does"
                + " (db:status, db:apply, db:repair), add " + setting(json, "migrations_dir", "migrations") + tableToo + " to this binding"
                + (table ? " (wrangler's defaults)" : "") + ": Godwit and wrangler then read the same folder and history. To write migrations"
                + " with Godwit (db:pull, db:generate), which need a folder of their own (wrangler's files have no journal and no snapshots):"
                + " bring every database up to date with wrangler d1 migrations apply, then add " + setting(json, "migrations_dir", "drizzle")
                + tableToo + " to this binding instead (wrangler then reads that folder), run mvn db:pull -Dlocal, and mvn db:repair on each"
                + " database (it replaces wrangler's rows of " + out + "/ with the baseline's; see \"Moving a wrangler project to Godwit\" in"
                + " Godwit's README). Nothing was done.");
    }

    /** A binding's migrations_dir, next to the config; wrangler reads a backslash as a folder separator on every system (normalizeRelativePath). */
    private Path migrationsDirOf(WranglerConfig.Binding b) {
        return config.file().getParent().resolve(b.migrationsDir().replace('\\', '/')).normalize().toAbsolutePath();
    }

    /**
     * An environment's binding without migrations_dir (environments do not inherit d1_databases) gets the default folder; when
     * that folder does not exist but the top level's (or another environment's) binding of the same name sets a migrations_dir
     * that does, the migrations are there and this environment would be reported up to date with none applied (wrangler, reading
     * its own default ./migrations, fails: "No migrations present"). Refused, naming the setting to copy.
     */
    private void refuseFolderOnlyElsewhere(WranglerConfig.Binding b, Path dir) {
        if (Files.isDirectory(dir)) return;
        if (b == null && section == config.top() && section.d1Databases().isEmpty() && s.localPath() == null) {
            // the top level of a config with D1 only in its environments: picking the environment is the fix, said first (a trial was
            // told about migrations_dir, and only after following that, to pick the environment)
            List<String> withD1 = config.environmentsWithD1();
            if (!withD1.isEmpty()) {
                throw new GodwitException(GodwitException.Kind.BROKEN, config.file().getFileName() + " declares D1 databases only in its environments ("
                        + String.join(", ", withD1) + "); its top level has none, and no migrations folder. Pick the environment with -Ddb.env="
                        + withD1.get(0) + " (or CLOUDFLARE_ENV), as wrangler's commands take --env " + withD1.get(0) + ". Nothing was done.");
            }
        }
        for (WranglerConfig.Section other : config.sectionsOtherThan(section)) {
            for (WranglerConfig.Binding ob : other.d1Databases()) {
                if (ob.migrationsDir() == null || b != null && !ob.binding().equals(b.binding()) || !Files.isDirectory(migrationsDirOf(ob))) continue;
                String mine = b != null ? bindingWhere() + " sets no migrations_dir" : section.where(config.file()) + " has no d1_databases";
                boolean json = !config.file().getFileName().toString().endsWith(".toml");
                boolean table = ob.migrationsTable() != null && (b == null || b.migrationsTable() == null);
                throw new GodwitException(GodwitException.Kind.BROKEN, mine + ", so the migrations folder is " + dir + " (Godwit's default), which does"
                        + " not exist, while " + other.where(config.file()) + " d1_databases binding " + ob.binding() + " sets migrations_dir = \""
                        + ob.migrationsDir() + "\" (" + migrationsDirOf(ob) + "). wrangler does not inherit d1_databases into environments: add"
                        + " " + setting(json, "migrations_dir", ob.migrationsDir()) + (table ? " and " + setting(json, "migrations_table", ob.migrationsTable()) : "")
                        + " to " + (b != null ? "this binding" : json ? (section.name() == null ? "" : "env." + section.name() + ".") + "d1_databases"
                        : "[[" + (section.name() == null ? "" : "env." + section.name() + ".") + "d1_databases]]")
                        + ", or pass -Ddb.out=" + ob.migrationsDir() + (section.name() == null && other.name() != null ? ", or pick that environment"
                        + " with -Ddb.env=" + other.name() : "") + ". Nothing was done.");
            }
        }
    }

    /** A setting as the config's own syntax writes it: {@code key = "value"} in TOML, {@code "key": "value"} in wrangler.json(c). */
    private static String setting(boolean json, String key, String value) {
        return json ? "\"" + key + "\": \"" + value + "\"" : key + " = \"" + value + "\"";
    }

    /**
     * wrangler applies the files {@code migrations_pattern} matches (nested ones, say {@code migrations/*}{@code /migration.sql});
     * Godwit reads the {@code .sql} files at the top of the folder, so any other pattern would have the two see different
     * migrations, and Godwit call a database up to date that wrangler would migrate.
     */
    private void refuseOtherPattern(WranglerConfig.Binding b) {
        String pattern = b.migrationsPattern();
        // an empty one is set to wrangler too (rawPattern !== undefined): checked, and refused, as any other
        if (pattern == null) return;
        if (b.migrationsDir() == null) {
            // wrangler's resolveMigrationsConfig refuses it too, so every wrangler d1 migrations command fails on this config
            throw new GodwitException(GodwitException.Kind.BROKEN, bindingWhere() + " sets migrations_pattern = \"" + pattern + "\" but no migrations_dir;"
                    + " wrangler refuses that (when migrations_pattern is set, migrations_dir must be too). Add migrations_dir = \"migrations\""
                    + " (where the migrations are), or remove migrations_pattern.");
        }
        String dir = posixNormalized(b.migrationsDir());
        // as wrangler normalises both (normalizeRelativePath): ./migrations/*.sql is migrations/*.sql; with migrations_dir "." a bare *.sql
        if (posixNormalized(pattern).equals(posixNormalized(dir + "/*.sql"))) return;
        throw new GodwitException(GodwitException.Kind.BROKEN, bindingWhere() + " sets migrations_pattern = \"" + pattern + "\": wrangler"
                + " applies the files it matches, while Godwit (like drizzle-kit) keeps migrations as .sql files at the top of the migrations"
                + " folder, so the two would not see the same migrations. Remove migrations_pattern (or make it \"" + posixNormalized(dir + "/*.sql")
                + "\"), or give Godwit a config without it (-Ddb.wrangler.config).");
    }

    /** A relative path as wrangler's normalizeRelativePath gives it: slashes for backslashes, posix-normalised, no trailing slash. */
    static String posixNormalized(String path) {
        String p = path.strip().replace('\\', '/');
        boolean absolute = p.startsWith("/");
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (String part : p.split("/+")) {
            if (part.isEmpty() || part.equals(".")) continue;
            if (part.equals("..") && !parts.isEmpty() && !parts.peekLast().equals("..")) parts.removeLast();
            else if (!(part.equals("..") && absolute)) parts.addLast(part);
        }
        String joined = String.join("/", parts);
        return absolute ? "/" + joined : joined.isEmpty() ? "." : joined;
    }

    public History history() {
        if (s.migrationsTable() != null && !s.migrationsTable().isBlank()) {
            String n = s.migrationsTable().strip();
            // the table wrangler's config names is kept in wrangler's layout also when -D repeats its name: a new database got it in
            // drizzle's, which wrangler d1 migrations apply, reading the same config, cannot use ("no such column: name")
            WranglerConfig.Binding b;
            try {
                b = folderBinding();
            } catch (GodwitException noneChosen) {
                b = null;   // several bindings and none picked: the goal that needs one says so; the name given stands
            }
            boolean configs = b != null && b.migrationsTable() != null && SqliteNames.key(n)
                    .equals(SqliteNames.key(b.migrationsTable().isBlank() ? "d1_migrations" : b.migrationsTable().strip()));
            // SQLite's names ignore case: D1_Migrations is wrangler's table to wrangler too
            return new History(n, SqliteNames.key(n).equals("d1_migrations") || configs, "-Ddb.migrationsTable / <migrationsTable>");
        }
        WranglerConfig.Binding b = folderBinding();
        if (b != null && b.migrationsTable() != null && !b.migrationsTable().isBlank()) {
            return new History(b.migrationsTable().strip(), true, bindingWhere() + " migrations_table");
        }
        if (b != null && b.migrationsTable() != null) {
            // wrangler reads an empty one as unset, its own default (migrations_table || "d1_migrations"): the history wrangler keeps
            return new History("d1_migrations", true, bindingWhere() + " migrations_table = \"\", which wrangler reads as its default");
        }
        if (b != null && b.migrationsDir() == null && b.migrationsTable() == null) refuseHistoryOnlyElsewhere(b);
        return new History(DEFAULT_TABLE, false, "the default");
    }

    /**
     * A binding with neither migrations_dir nor migrations_table (an environment's, copied without them: environments do not
     * inherit d1_databases) whose folder, Godwit's default, is the one another part of the config gives the same binding with
     * migrations_dir, and a migrations_table there: this environment's database recorded the same migrations in
     * __drizzle_migrations while the other's keep them in that table, silently (the folder exists, so
     * {@link #refuseFolderOnlyElsewhere} had nothing to say), and wrangler d1 migrations apply for it fails ("No migrations
     * present" at ./migrations). Refused, naming the two lines to copy.
     */
    private void refuseHistoryOnlyElsewhere(WranglerConfig.Binding b) {
        if (s.out() != null) return;
        Path dir = migrationsDir();
        if (dir == null) return;
        Path mine = dir.toAbsolutePath().normalize();
        for (WranglerConfig.Section other : config.sectionsOtherThan(section)) {
            for (WranglerConfig.Binding ob : other.d1Databases()) {
                if (!ob.binding().equals(b.binding()) || ob.migrationsDir() == null || blank(ob.migrationsTable())) continue;
                if (!migrationsDirOf(ob).equals(mine)) continue;
                boolean json = !config.file().getFileName().toString().endsWith(".toml");
                throw new GodwitException(GodwitException.Kind.BROKEN, bindingWhere() + " sets neither migrations_dir nor migrations_table, so Godwit"
                        + " would keep this database's history in " + DEFAULT_TABLE + " (its default), while " + other.where(config.file())
                        + " d1_databases binding " + ob.binding() + " gives the same folder (migrations_dir = \"" + ob.migrationsDir() + "\") with"
                        + " migrations_table = \"" + ob.migrationsTable() + "\": the databases would record the same migrations in "
                        // the same name there is still wrangler's layout (id, name, applied_at), this one drizzle-orm's (hash, created_at)
                        + (ob.migrationsTable().strip().equals(DEFAULT_TABLE) ? "tables of one name but two layouts (wrangler's there, drizzle-orm's here)"
                        : "different tables")
                        + " (and wrangler d1 migrations apply reads ./migrations for this binding, not that folder). wrangler does not inherit"
                        + " d1_databases into environments: add " + setting(json, "migrations_dir", ob.migrationsDir()) + " and "
                        + setting(json, "migrations_table", ob.migrationsTable()) + " to this binding, or pass -Ddb.migrationsTable=NAME for the"
                        + " history you mean. Nothing was done.");
            }
        }
    }

    /**
     * Where wrangler's config gives this folder (migrations_dir) but no migrations_table, and nothing else names the history:
     * Godwit keeps drizzle-orm's __drizzle_migrations, wrangler's d1 migrations apply its own d1_migrations, so each would take
     * the other's migrations for pending. The warning for the first apply (the history not there yet); null otherwise.
     */
    public String twoHistoriesWarning() {
        if (s.migrationsTable() != null && !s.migrationsTable().isBlank() || s.out() != null) return null;
        WranglerConfig.Binding b = folderBinding();
        if (b == null || b.migrationsDir() == null || b.migrationsTable() != null) return null;
        return bindingWhere() + " gives this folder (migrations_dir) but no migrations_table: Godwit keeps the history in "
                + DEFAULT_TABLE + " (drizzle-orm's), while wrangler d1 migrations apply keeps its own in d1_migrations, so each would take the"
                + " migrations the other applied for pending. Apply with one of them, or, before anything is applied, set migrations_table ="
                + " \"d1_migrations\" there so that both keep one history (Godwit then keeps wrangler's).";
    }

    /** Wrangler's local D1 file, named in the lines as db:restore names it (by its hash alone, db:apply's said nothing of which it is). */
    private Target.WranglerLocalD1 described(Target.WranglerLocalD1 t) {
        return new Target.WranglerLocalD1(t.file(), t.identity(), localD1Description(t));
    }

    /** The database the goal works on. */
    public Target target() {
        if (Targets.isLocal(s) && s.preview()) refusePreviewLocally();
        if (Targets.isLocal(s)) {
            // wrangler keeps its state next to its config (getLocalPersistencePath), wherever the build runs
            Path persistTo = s.persistTo() != null ? s.persistTo()
                    : (config != null ? config.file().getParent() : s.projectDir()).resolve(".wrangler/state");
            if (s.localD1() != null && !s.localD1().isBlank()) {
                WranglerConfig.Binding named = localD1Binding();
                if (named == null && config != null) refuseLocalD1NotInConfig();
                String identity = named != null ? named.localIdentity() : s.localD1().strip();
                return described(new Target.WranglerLocalD1(WranglerState.d1DatabaseFile(persistTo, identity), identity));
            }
            if (s.localPath() == null && config != null && binding() != null) {
                String identity = binding().localIdentity();
                return described(new Target.WranglerLocalD1(WranglerState.d1DatabaseFile(persistTo, identity), identity));
            }
            if (s.localPath() == null && config != null) refuseLocalWithD1OnlyInEnvironments();
            Path file = s.localPath() != null ? s.localPath() : s.projectDir().resolve(".godwit/local.sqlite");
            if (s.localPath() != null) refuseFileUrl(file);
            return new Target.LocalFile(file);
        }
        D1Credentials.Sourced c = credentials();
        return new Target.RemoteD1(new D1Settings(c.resolved().accountId(), c.resolved().databaseId(), c.resolved().token(), endpoint()).withProxy(proxy())
                .withAccountSource(accountSourceSaid(c.accountSource())), c.resolved().tokenSource(), databaseName(c.resolved().databaseId()));
    }

    /**
     * A local path written as drizzle-kit's {@code dbCredentials.url} (and libSQL's) writes it, {@code file:local.sqlite}: taken
     * as a path, it named a new file {@code file:local.sqlite} in the project, where every migration was pending and db:apply
     * built a second database beside the one drizzle-orm migrated. Refused, unless a file of that name is there.
     */
    private static void refuseFileUrl(Path file) {
        if (java.nio.file.Files.exists(file)) return;
        for (Path part : file) {
            String name = part.toString();
            if (name.regionMatches(true, 0, "file:", 0, 5)) {
                String path = name.substring(5).replaceFirst("^//", "");
                throw new GodwitException(GodwitException.Kind.BROKEN, "-Ddb.local.path / <localPath> holds " + name + ", a URL as drizzle-kit's"
                        + " dbCredentials.url writes it; Godwit takes a path there" + (path.isEmpty() ? "" : ": " + path)
                        + " (relative to the project). Nothing was done.");
            }
        }
    }

    /**
     * -Ddb.d1.preview with -Dlocal: wrangler refuses --preview without --remote; its local file is named after the preview_database_id
     * already, so the flag would change nothing there and reads as if the remote preview database were meant.
     */
    private void refusePreviewLocally() {
        WranglerConfig.Binding b = config == null || !blank(s.localD1()) ? null : binding();
        throw new GodwitException(GodwitException.Kind.BROKEN, "-Ddb.d1.preview works on the binding's preview database on Cloudflare D1"
                + " (wrangler's --preview, which needs --remote), and -Dlocal on a local file"
                + (b == null ? "" : ", which wrangler names after the preview_database_id already (" + bindingWhere() + ": "
                + (b.localIdentity().isEmpty() ? "\"\"" : b.localIdentity()) + ")") + ". Drop one of the two. Nothing was done.");
    }

    /**
     * The binding's preview_database_id, for -Ddb.d1.preview (wrangler's {@code --remote --preview}): refused, as wrangler refuses it,
     * where the binding has none, and where -Ddb.d1.databaseId names another database.
     */
    private String previewDatabaseId() {
        WranglerConfig.Binding b = binding();
        if (b == null) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "-Ddb.d1.preview: " + section.where(config.file()) + " has no d1_databases, so there"
                    + " is no preview_database_id to work on. Add a [[d1_databases]] binding with database_id and preview_database_id, or give"
                    + " the preview database's id with -Ddb.d1.databaseId=<id>. Nothing was done.");
        }
        String id = b.previewDatabaseId() == null ? "" : b.previewDatabaseId().strip();
        if (id.isEmpty()) {
            String own = !blank(b.databaseId()) ? b.commandName() + " (" + b.databaseId() + ")" : b.commandName();
            throw new GodwitException(GodwitException.Kind.BROKEN, "-Ddb.d1.preview: " + bindingWhere() + " has no preview_database_id"
                    + (b.previewDatabaseId() != null ? " (it is empty)" : "") + ", so there is no preview database to work on; wrangler d1"
                    + " migrations apply " + b.commandName() + " --remote --preview refuses it too. Add preview_database_id = \"<id>\" to the"
                    + " binding (wrangler d1 create " + b.commandName() + "-preview prints one), or leave -Ddb.d1.preview out to work on the"
                    + " binding's own database, " + own + ". Nothing was done.");
        }
        if (!blank(s.databaseId()) && !s.databaseId().strip().equalsIgnoreCase(id)) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "-Ddb.d1.preview picks " + bindingWhere() + " preview_database_id " + id
                    + ", but -Ddb.d1.databaseId names " + s.databaseId().strip() + ": two different databases. Keep the one you mean. Nothing"
                    + " was done.");
        }
        return id;
    }

    /**
     * -Dlocal on the top level of a config that declares D1 databases only in its environments: the top level has no local D1
     * file (wrangler dev without --env binds no database), and the run went to Godwit's own .godwit/local.sqlite, which no wrangler
     * command reads, with the default folder and history table, while the remote run is refused naming the environments. Refused
     * the same way; a plain file of Godwit's own is still one -Ddb.local.path away.
     */
    private void refuseLocalWithD1OnlyInEnvironments() {
        if (!section.d1Databases().isEmpty() || section != config.top()) return;
        List<String> withD1 = config.environmentsWithD1();
        if (withD1.isEmpty()) return;
        throw new GodwitException(GodwitException.Kind.BROKEN, "-Dlocal: " + config.file().getFileName() + " declares D1 databases only in its"
                + " environments (" + String.join(", ", withD1) + "); its top level has none, so there is no local D1 file to work on (wrangler dev"
                + " without --env binds no database), and Godwit's own .godwit/local.sqlite is a file no wrangler command reads. Pick the"
                + " environment with -Ddb.env=" + withD1.get(0) + " (or CLOUDFLARE_ENV): its binding's local file, the one wrangler dev --env "
                + withD1.get(0) + " uses; or give -Ddb.local.path=.godwit/local.sqlite for a plain SQLite file of your own. Nothing was done.");
    }

    /**
     * The binding of the environment's config that {@code -Ddb.local.d1} names, as wrangler's {@code d1 ... NAME --local} reads
     * NAME: its binding or database_name (then its database_id or preview_database_id, the ids the local file may be named
     * after); null when none does, and the value is the identity itself. A name only another environment has is refused (the
     * top level's migrations went to a new file named after the text), as is one other than {@code -Ddb.d1.binding}'s binding.
     */
    private WranglerConfig.Binding localD1Binding() {
        if (config == null) return null;
        String n = s.localD1().strip();
        WranglerConfig.Binding b = namedIn(section, n);
        if (b != null) {
            WranglerConfig.Binding picked = blank(s.d1Binding()) ? b : config.binding(section, s.d1Binding(), byVariable());
            if (picked != b) {
                throw new GodwitException(GodwitException.Kind.BROKEN, "-Ddb.local.d1=" + n + " is " + section.where(config.file()) + " d1_databases binding "
                        + b.binding() + ", but -Ddb.d1.binding=" + s.d1Binding().strip() + " picks binding " + picked.binding() + ": the file of one"
                        + " would get the migrations folder and history table of the other. Keep one of the two. Nothing was done.");
            }
            return b;
        }
        for (WranglerConfig.Section other : config.sectionsOtherThan(section)) {
            WranglerConfig.Binding ob = namedIn(other, n);
            if (ob == null) continue;
            String mine = section.name() == null ? "the top level's" : "[env." + section.name() + "]'s";
            throw new GodwitException(GodwitException.Kind.BROKEN, "-Ddb.local.d1=" + n + ": " + section.where(config.file()) + " has no D1 database of"
                    + " that name, but " + other.where(config.file()) + " d1_databases binding " + ob.binding()
                    + (ob.databaseName() != null ? " (database_name " + ob.databaseName() + ")" : "") + " has; its local file belongs to that"
                    + " environment. " + (other.name() == null ? "Leave -Ddb.env (and CLOUDFLARE_ENV) out for the top level"
                    : "Add -Ddb.env=" + other.name() + " (as wrangler needs --env " + other.name() + " for it)")
                    + (section.d1Databases().isEmpty() ? "" : ", or name one of " + mine + ": " + WranglerConfig.describe(section.d1Databases()))
                    + ". Nothing was done.");
        }
        return null;
    }

    /**
     * -Ddb.local.d1 naming nothing wrangler's config binds, in any environment (a typo of a database_name, say): wrangler's
     * {@code d1 migrations apply NAME --local} refuses such a NAME ("Couldn't find a D1 DB with the name or binding"), and a file
     * named after it is one neither wrangler dev nor wrangler's d1 commands ever read. Godwit made that new file and applied every
     * migration to it, reporting success. Refused; -Ddb.local.path still works on any file.
     */
    private void refuseLocalD1NotInConfig() {
        String n = s.localD1().strip();
        List<WranglerConfig.Binding> mine = section.d1Databases();
        throw new GodwitException(GodwitException.Kind.BROKEN, "-Ddb.local.d1=" + n + ": " + section.where(config.file()) + " has no D1 database"
                + " of that name or id" + (mine.isEmpty() ? " (it has no d1_databases)" : " (its D1 bindings: " + WranglerConfig.describe(mine) + ")")
                + ", nor has any other part of " + config.file().getFileName() + ". wrangler d1 migrations apply " + n + " --local refuses it too"
                + " (Couldn't find a D1 DB with the name or binding '" + n + "'), and a local file named after it is one neither wrangler dev"
                + " nor wrangler's d1 commands read. Give a binding, database_name, database_id or preview_database_id of the config"
                + (mine.isEmpty() ? "" : ", or leave -Ddb.local.d1 out and use -Dlocal for the binding's own file") + "; -Ddb.local.path=FILE"
                + " works on a SQLite file of your choosing. Nothing was done.");
    }

    /**
     * The binding whose database_id or preview_database_id {@code -Ddb.d1.databaseId} is, in the section used: its migrations_dir and
     * migrations_table are the folder and history (among several bindings no -Ddb.d1.binding is needed); null when no binding of the
     * config has that id (another database: the section's binding as usual). An id that only another environment binds is refused,
     * as is one of another binding than -Ddb.d1.binding's: the database would get another binding's folder and history table.
     */
    private WranglerConfig.Binding databaseIdBinding() {
        String id = s.databaseId().strip();
        WranglerConfig.Binding b = byId(section, id);
        if (b != null) {
            WranglerConfig.Binding picked = blank(s.d1Binding()) ? b : config.binding(section, s.d1Binding(), byVariable());
            if (picked != b) {
                throw new GodwitException(GodwitException.Kind.BROKEN, "-Ddb.d1.databaseId=" + id + " is the " + idKey(b, id) + " of "
                        + section.where(config.file()) + " d1_databases binding " + b.binding() + ", but -Ddb.d1.binding=" + s.d1Binding().strip()
                        + " picks binding " + picked.binding() + ": the database of one would get the migrations folder and history table of the"
                        + " other. Keep one of the two. Nothing was done.");
            }
            return b;
        }
        for (WranglerConfig.Section other : config.sectionsOtherThan(section)) {
            WranglerConfig.Binding ob = byId(other, id);
            if (ob == null) continue;
            throw new GodwitException(GodwitException.Kind.BROKEN, "-Ddb.d1.databaseId=" + id + " is the " + idKey(ob, id) + " of "
                    + other.where(config.file()) + " d1_databases binding " + ob.binding() + (ob.databaseName() != null ? " (database_name "
                    + ob.databaseName() + ")" : "") + ", not of a binding of " + section.where(config.file()) + ": this run would apply "
                    + (section.name() == null ? "the top level's" : "[env." + section.name() + "]'s") + " migrations folder and history table to"
                    + " it. " + (other.name() == null ? "Leave -Ddb.env (and CLOUDFLARE_ENV) out for the top level"
                    : "Add -Ddb.env=" + other.name() + " (as wrangler needs --env " + other.name() + " for it)") + ", or leave -Ddb.d1.databaseId"
                    + " (or <d1DatabaseId>) out to work on " + (section.name() == null ? "the top level's" : "[env." + section.name() + "]'s")
                    + " own database. Nothing was done.");
        }
        return null;
    }

    private static WranglerConfig.Binding byId(WranglerConfig.Section in, String id) {
        for (WranglerConfig.Binding b : in.d1Databases()) if (id.equalsIgnoreCase(b.databaseId()) || id.equalsIgnoreCase(b.previewDatabaseId())) return b;
        return null;
    }

    private static String idKey(WranglerConfig.Binding b, String id) {
        return id.equalsIgnoreCase(b.databaseId()) ? "database_id" : "preview_database_id";
    }

    /** The binding of {@code in} that {@code n} names: binding or database_name first (as wrangler matches NAME), then an id. */
    private static WranglerConfig.Binding namedIn(WranglerConfig.Section in, String n) {
        for (WranglerConfig.Binding b : in.d1Databases()) if (n.equals(b.databaseName()) || n.equals(b.binding())) return b;
        for (WranglerConfig.Binding b : in.d1Databases()) if (n.equals(b.databaseId()) || n.equals(b.previewDatabaseId())) return b;
        return null;
    }

    /**
     * A fleet of remote D1 databases ({@code -Ddb.d1.databases}): the account and token are found as for one database,
     * the {@code account_id} of wrangler's config included; no database id is needed (each member brings its own). The
     * history table is {@link #history()}, as for one database.
     */
    public Target.D1Fleet fleet(String databases) {
        if (Targets.isLocal(s)) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "-Ddb.d1.databases names Cloudflare D1 databases; it cannot be combined with -Dlocal,"
                    + " -Ddb.local.d1 or -Ddb.target=local.");
        }
        if (s.preview()) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "-Ddb.d1.preview picks one binding's preview database, and -Ddb.d1.databases"
                    + " names a fleet of databases. Drop one of the two. Nothing was done.");
        }
        FleetSelection selection = FleetSelection.parse(databases, s.projectDir());
        D1Credentials.FromConfig fromConfig = config == null ? null : new D1Credentials.FromConfig(section.accountId(), null, accountWhere(), null);
        String databaseId = blank(s.databaseId()) ? Targets.FLEET_PLACEHOLDER_ID : s.databaseId();
        D1Credentials.Sourced sourced = D1Credentials.resolve(s.accountId(), databaseId, s.token(), s.environment(), projectVars(), s.server(),
                fromConfig);
        D1Credentials.Resolved c = sourced.resolved();
        return new Target.D1Fleet(new D1Settings(c.accountId(), Targets.FLEET_PLACEHOLDER_ID, c.token(), endpoint()).withProxy(proxy())
                .withAccountSource(accountSourceSaid(sourced.accountSource())), selection, c.tokenSource());
    }

    /**
     * Where the account id came from, as a refusal of the account says it; the config's account_id with why changing
     * CLOUDFLARE_ACCOUNT_ID does nothing (wrangler and Godwit take the config's first).
     */
    private String accountSourceSaid(String source) {
        return config != null && source != null && source.equals(accountWhere())
                ? source + ", which wrangler and Godwit take before " + D1Credentials.ENV_ACCOUNT : source;
    }

    private String accountWhere() {
        return section.accountInherited()
                ? config.file().getFileName() + " account_id (top level, inherited by [env." + section.name() + "])"
                : section.where(config.file()) + " account_id";
    }

    /** The name wrangler's commands take for the remote database: the binding's database_name (or binding), else the id. */
    private String databaseName(String databaseId) {
        // wrangler's commands take NAME as the binding's own database (time-travel has no --preview): the preview one is named by its id
        if (s.preview()) return databaseId;
        if (config != null && binding() != null && (databaseId.equalsIgnoreCase(binding().databaseId()) || blank(s.databaseId()) && blank(binding().databaseId()))) {
            // the name wrangler resolves to this binding; when its database_name or binding names an earlier entry to wrangler, the id
            String name = WranglerConfig.wranglerName(section, binding());
            return name != null ? name : databaseId;
        }
        return databaseId;
    }

    /** The project's .env files and dev vars for the chosen environment, as wrangler reads them. */
    private ProjectVars projectVars() {
        // wrangler dev reads .dev.vars next to its config (a module's build finds the repository's config, and its .dev.vars there)
        // wrangler reads .env.<env> and .dev.vars.<env> for its --env only (getDefaultEnvFiles(args.env)), not for CLOUDFLARE_ENV
        String filesEnvironment = section == null || blank(s.env()) ? s.env() : section.name();
        return ProjectVars.read(s.projectDir(), config == null ? s.projectDir() : config.file().getParent(), filesEnvironment, s.environment());
    }

    private D1Credentials.Sourced credentials() {
        if (credentials != null) return credentials;
        D1Credentials.FromConfig fromConfig = null;
        WranglerConfig.Binding b = null;
        if (s.preview()) {
            // the preview database's id is the config's; its account is found as for the binding's own database
            String id = previewDatabaseId();
            D1Credentials.Sourced account = D1Credentials.resolve(s.accountId(), id, s.token(), s.environment(), projectVars(), s.server(),
                    new D1Credentials.FromConfig(section.accountId(), null, accountWhere(), null));
            credentials = new D1Credentials.Sourced(account.resolved(), account.accountSource(), bindingWhere() + " preview_database_id, picked by"
                    + " -Ddb.d1.preview");
            return credentials;
        }
        if (config != null) {
            b = blank(s.databaseId()) ? binding() : null;
            fromConfig = new D1Credentials.FromConfig(section.accountId(), b == null ? null : b.databaseId(), accountWhere(),
                    b == null ? section.where(config.file()) + " database_id" : bindingWhere() + " database_id");
        }
        ProjectVars devVars = projectVars();
        if (b != null && blank(b.databaseId())) {
            // The binding names the database but not its id: look it up by name as wrangler does, never take an id from
            // elsewhere (CLOUDFLARE_DATABASE_ID may well be another environment's database).
            D1Credentials.Sourced account = D1Credentials.resolve(s.accountId(), Targets.FLEET_PLACEHOLDER_ID, s.token(), s.environment(), devVars,
                    s.server(), new D1Credentials.FromConfig(section.accountId(), null, accountWhere(), null));
            D1Credentials.Resolved r = account.resolved();
            String id = databaseIdByName(r, account.accountSource(), b);
            credentials = new D1Credentials.Sourced(new D1Credentials.Resolved(r.accountId(), id, r.token(), r.tokenSource()), account.accountSource(),
                    bindingWhere() + (blank(b.databaseName()) ? ", looked up in the account by the name wrangler deploy gives it, " + lookupName(b)
                    + " (the binding has neither database_id nor database_name)"
                    : " database_name " + b.databaseName() + ", looked up in the account (the binding has no database_id)"));
        } else {
            try {
                credentials = D1Credentials.resolve(s.accountId(), s.databaseId(), s.token(), s.environment(), devVars, s.server(), fromConfig);
            } catch (GodwitException e) {
                List<String> withD1 = config == null || section != config.top() || !section.d1Databases().isEmpty() ? List.of()
                        : config.environmentsWithD1();
                if (withD1.isEmpty()) throw e;
                throw new GodwitException(e.kind(), e.getMessage() + "\n  " + config.file().getFileName() + " declares D1 databases only in its"
                        + " environments (" + String.join(", ", withD1) + "): pick one with -Ddb.env=" + withD1.get(0) + " (or CLOUDFLARE_ENV).", e);
            }
        }
        return credentials;
    }

    /**
     * The id of the binding's database in the account (D1's list, filtered by name), as wrangler finds a binding without
     * database_id: by its database_name, or without one by the name {@code wrangler deploy} provisions for it,
     * {@code <worker name>-<binding, lower case, _ as ->} (getDatabaseByNameOrBinding).
     */
    private String databaseIdByName(D1Credentials.Resolved r, String accountSource, WranglerConfig.Binding b) {
        String name = lookupName(b);
        try (D1Client client = new D1Client(new D1Settings(r.accountId(), Targets.FLEET_PLACEHOLDER_ID, r.token(), endpoint()).withProxy(proxy())
                .withAccountSource(accountSourceSaid(accountSource)))) {
            for (int page = 1; ; page++) {
                D1Client.DatabasePage p = client.listDatabases(name, page, LOOKUP_PAGE);
                for (var d : p.databases()) if (name.equals(d.get("name")) && d.get("uuid") != null) return String.valueOf(d.get("uuid"));
                if (p.databases().size() < p.perPage() || (p.totalCount() >= 0 && (long) page * p.perPage() >= p.totalCount())) break;
            }
        } catch (D1Exception e) {
            // the goal names the token's source once the database is known; this refusal comes before that
            if (e.httpStatus() != 401 && e.httpStatus() != 403) throw e;
            throw new D1Exception(e.getMessage() + "\nThe token sent came from " + r.tokenSource() + ".", e.httpStatus(), e.errorCode(), false, e);
        }
        if (blank(b.databaseName())) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "Account " + r.accountId() + " has no D1 database named \"" + name + "\", the name"
                    + " wrangler deploy gives the database it provisions for " + bindingWhere() + " (the binding has neither database_id nor"
                    + " database_name, so wrangler looks it up as <worker name>-<binding>). Run wrangler deploy" + (section.name() == null ? ""
                    : " --env " + section.name()) + " to provision it, or add database_name or database_id to the binding.");
        }
        throw new GodwitException(GodwitException.Kind.BROKEN, "Account " + r.accountId() + " has no D1 database named \"" + name + "\" ("
                + bindingWhere() + " gives database_name but no database_id, so it is looked up by name, as wrangler does). Create it"
                + " (wrangler d1 create " + name + "), or add its database_id to the binding.");
    }

    /** The name a binding without database_id is looked up by: database_name, else wrangler's auto-provisioned name. */
    private String lookupName(WranglerConfig.Binding b) {
        if (!blank(b.databaseName())) return b.databaseName();
        if (blank(section.workerName())) {
            throw new GodwitException(GodwitException.Kind.BROKEN, bindingWhere() + " has neither database_id nor database_name, and the Worker has no"
                    + " name, so it names no database (wrangler too refuses it). Add database_id = \"<uuid>\" (wrangler d1 list shows it) or"
                    + " database_name, or pass -Ddb.d1.databaseId.");
        }
        return section.workerName() + "-" + b.binding().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static final int LOOKUP_PAGE = 100;

    /** Each value and where it came from (never the token itself). */
    public List<Origin> origins() {
        List<Origin> out = new ArrayList<>();
        if (config != null) {
            out.add(new Origin("wrangler config", config.file().toString(), s.wranglerConfig() != null ? "-Ddb.wrangler.config"
                    : s.projectDir() != null && config.file().getParent().equals(s.projectDir().toAbsolutePath().normalize())
                    ? "the project's base directory" : "the nearest parent folder that has one, as wrangler looks for it"));
            if (section.name() != null) out.add(new Origin("environment", section.name(), envSource));
            else if (envSource != null) out.add(new Origin("environment", "none", envSource));
            if (binding() != null) out.add(new Origin("D1 binding", binding().binding(), !blank(s.d1Binding()) ? "-Ddb.d1.binding" : section.d1Databases().size() > 1 ? (Targets.isLocal(s) ? "-Ddb.local.d1=" + s.localD1().strip() : "-Ddb.d1.databaseId=" + s.databaseId().strip()) : "the only one in " + section.where(config.file())));
        }
        Origin dir = migrationsDirOrigin();
        // named as the goals name it (demo/../drizzle read as drizzle), on the lines right below db:status's settings
        out.add(dir.value() == null ? dir : new Origin(dir.what(), Path.of(dir.value()).toAbsolutePath().normalize().toString(), dir.source()));
        History h = history();
        out.add(new Origin("history table", h.name() + (h.wranglerLayout() ? " (wrangler's layout)" : " (drizzle's layout unless the table has wrangler's)"), h.source()));
        Target t = target();
        if (t instanceof Target.RemoteD1) {
            D1Credentials.Sourced c = credentials();
            out.add(new Origin("account id", c.resolved().accountId(), c.accountSource()));
            out.add(new Origin("database id", c.resolved().databaseId(), c.databaseSource()));
            out.add(new Origin("API token", "****", c.resolved().tokenSource()));
            dev.godwit.engine.d1.D1Proxy p = ((Target.RemoteD1) t).settings().proxyForEndpoint();
            if (p != null) out.add(new Origin("proxy", p.address(), p.source()));   // never its user or password
        } else if (t instanceof Target.WranglerLocalD1 w) {
            WranglerConfig.Binding named = blank(s.localD1()) ? null : localD1Binding();
            out.add(new Origin("local file", w.file().toString(), named != null ? "-Ddb.local.d1=" + s.localD1().strip() + ": wrangler's local D1 file for "
                    + w.identity() + " (" + section.where(config.file()) + " d1_databases binding " + named.binding() + ")"
                    : !blank(s.localD1()) ? "-Ddb.local.d1=" + w.identity()
                    : "wrangler's local D1 file for " + (w.identity().isEmpty() ? "\"\" (an empty id is still the id wrangler uses)" : w.identity())
                    + " (" + bindingWhere() + ")"));
        } else if (t instanceof Target.LocalFile f) {
            out.add(new Origin("local file", f.file().toAbsolutePath().normalize().toString(), s.localPath() != null ? "-Ddb.local.path / <localPath>" : "the default"));
        }
        return out;
    }

    private static boolean blank(String v) {
        return v == null || v.isBlank();
    }
}
