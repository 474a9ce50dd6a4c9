package dev.godwit.maven;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.Background;
import dev.godwit.engine.GodwitException;
import dev.godwit.engine.d1.D1Exception;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.folder.FolderEdit;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.load.LoadedSchemas;
import dev.godwit.engine.load.SchemaInBackground;
import dev.godwit.engine.load.SchemaLoader;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.target.D1Credentials;
import dev.godwit.engine.target.PrintedArgs;
import dev.godwit.engine.target.ProjectSettings;
import dev.godwit.engine.target.Target;
import dev.godwit.engine.target.TargetChoice;
import dev.godwit.engine.target.TargetSettings;
import dev.godwit.engine.uptodate.UpToDate;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SchemaException;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/** Parameters every goal shares, and the few things goals do alike: skip, load the schema, open the database. */
abstract class AbstractGodwitMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    @Parameter(defaultValue = "${settings}", readonly = true)
    protected Settings settings;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    protected MojoExecution mojoExecution;

    /** Skips every Godwit goal. */
    @Parameter(property = "db.skip", defaultValue = "false")
    protected boolean skip;

    /** Schema sources, comma-separated: Java packages (with subpackages) and/or .yaml/.yml descriptor files relative to the project. */
    @Parameter(property = "db.schema")
    protected String schema;

    /** The migrations folder (drizzle-kit's layout). Default: migrations_dir of wrangler's D1 binding, else drizzle/ in the project. */
    @Parameter(property = "db.out")
    protected File out;

    /** Target the local SQLite file instead of Cloudflare D1 (same as -Ddb.target=local). */
    @Parameter(property = "local", defaultValue = "false")
    protected boolean local;

    /** {@code local} or {@code d1}. Default: d1, unless -Dlocal is given. */
    @Parameter(property = "db.target")
    protected String target;

    /**
     * The local SQLite file. Kept outside target/ so mvn clean keeps the data. Default: wrangler's local D1 file of the
     * D1 binding when the project has wrangler's config, else .godwit/local.sqlite in the project.
     */
    @Parameter(property = "db.local.path", alias = "localPath")
    protected File localPath;

    /**
     * Use wrangler's local D1 state instead of {@code db.local.path}: the D1 database's identity in wrangler's
     * config, i.e. its preview_database_id if it has one, else its database_id, else its binding; the file is
     * the one {@code wrangler dev} and {@code wrangler d1 ... --local} use under .wrangler/state.
     */
    @Parameter(property = "db.local.d1")
    protected String localD1;

    /** Where wrangler keeps its state (wrangler's --persist-to); default .wrangler/state next to wrangler's config, else in the project. */
    @Parameter(property = "db.local.persistTo")
    protected File persistTo;

    /**
     * History table: {@code __drizzle_migrations} (drizzle-orm's layout) or {@code d1_migrations} (wrangler's). Default:
     * migrations_table of wrangler's D1 binding (in wrangler's layout), else {@code __drizzle_migrations}.
     */
    @Parameter(property = "db.migrationsTable")
    protected String migrationsTable;

    /**
     * The tables that are the schema code's, as drizzle-kit's {@code tablesFilter}: globs separated by commas, {@code !} before one
     * leaving those out ({@code *,!legacy_*}). db:push, db:pull, db:verify -Ddb.drift, db:baseline and db:status leave the others
     * alone, as they leave the history table. Default: every table.
     */
    @Parameter(property = "db.tablesFilter")
    protected String tablesFilter;

    /** The {@code [env.NAME]} of wrangler's config to use (its own d1_databases; they are not inherited from the top level). */
    @Parameter(property = "db.env")
    protected String env;

    /**
     * How many copies of each local file are kept in .godwit/backups/ (one taken before each db:apply, db:push, db:repair or
     * db:baseline that changes it). One setting for every goal: a goal keeping fewer than db:apply pruned the copies the
     * project asked to keep.
     */
    @Parameter(property = "db.backups", defaultValue = "5")
    protected int backups = 5;

    /** wrangler's config file; default wrangler.json, wrangler.jsonc or wrangler.toml in the project's base directory. */
    @Parameter(property = "db.wrangler.config")
    protected File wranglerConfig;

    /** Which of the config's d1_databases (binding or database_name) when it has several. */
    @Parameter(property = "db.d1.binding")
    protected String d1Binding;

    /**
     * Work on the D1 binding's preview database ({@code preview_database_id} of wrangler's config) instead of its
     * {@code database_id}, as wrangler's {@code --remote --preview} does.
     */
    @Parameter(property = "db.d1.preview", defaultValue = "false")
    protected boolean d1Preview;

    /** Cloudflare account id (else env CLOUDFLARE_ACCOUNT_ID, .env files, .dev.vars, settings.xml server). */
    @Parameter(property = "db.d1.accountId")
    protected String d1AccountId;

    /** D1 database id (else env CLOUDFLARE_DATABASE_ID, .env files, .dev.vars, settings.xml server configuration/databaseId). */
    @Parameter(property = "db.d1.databaseId")
    protected String d1DatabaseId;

    /** Where d1DatabaseId came from when one id in -Ddb.d1.databases replaced it, else null. */
    private String databaseIdSource;

    /**
     * Cloudflare API base URL. Unset, the one wrangler calls: CLOUDFLARE_API_BASE_URL, else api.fed.cloudflare.com for a FedRAMP
     * High config (compliance_region / CLOUDFLARE_COMPLIANCE_REGION), else https://api.cloudflare.com/client/v4. No defaultValue:
     * with one, the engine could not tell an unset endpoint from a given one.
     */
    @Parameter(property = "db.d1.endpoint")
    protected String d1Endpoint;

    /** The settings.xml server holding D1 credentials: username = account id, password = token (may be encrypted), configuration/databaseId. */
    @Parameter(property = "db.d1.serverId", defaultValue = "cloudflare-d1")
    protected String d1ServerId;

    /**
     * A fleet of D1 databases instead of one: ids or names separated by commas, {@code @path} (one id or name per line,
     * {@code #} comments), or {@code name:GLOB} (every database of the account whose name matches; several,
     * {@code name:a-*,name:b-*}, match any). db:apply, db:status and db:verify -Ddb.drift then work on each database.
     */
    @Parameter(property = "db.d1.databases")
    protected String d1Databases;

    /** Fleets: apply to the first N databases first and stop there if any of them fails. */
    @Parameter(property = "db.fleet.canary", defaultValue = "0")
    protected int fleetCanary;

    /** Fleets: stop starting databases after the first failure (by default the others go on). */
    @Parameter(property = "db.fleet.failFast", defaultValue = "false")
    protected boolean fleetFailFast;

    /**
     * Fleets: db:apply stops when its first N databases worked on all failed with the same error (the canary's, with a canary):
     * the migration fails everywhere. 0: never.
     */
    @Parameter(property = "db.fleet.sameFailureStop", defaultValue = "10")
    protected int fleetSameFailureStop;

    /**
     * Fleets: how long, in seconds, an outage of D1 (a 5xx with Retry-After to every request) is waited out before the run stops;
     * unset: the rate limit's window and a minute more (6 minutes against Cloudflare).
     */
    @Parameter(property = "db.fleet.outageWait")
    protected Integer fleetOutageWaitSeconds;

    /** Fleets: databases worked on at once. */
    @Parameter(property = "db.fleet.concurrency", defaultValue = "8")
    protected int fleetConcurrency;

    /** Fleets: API requests allowed per 5 minutes for the token (Cloudflare allows 1,200; the default leaves room for other tools). */
    @Parameter(property = "db.d1.rateLimit", defaultValue = "1100")
    protected int d1RateLimit;

    /** Fleets: the rate limit's window in seconds (Cloudflare's is 300; shorter only against a test server). */
    @Parameter(property = "db.d1.rateLimitWindowSeconds", defaultValue = "300")
    protected int d1RateLimitWindowSeconds;

    /**
     * Seconds to wait for another goal's lock on the migrations folder (a db:generate in another terminal, or in Godwit's daemon for
     * another build) before failing; 0 fails at once. Read by the goals that write the folder (db:generate, db:pull's baseline,
     * db:drop, db:repair, db:rebase, db:up), through {@link #lockWait()}.
     */
    @Parameter(property = "db.lockTimeout", defaultValue = "60")
    protected long lockTimeout = 60;

    protected final SettingsDecrypter settingsDecrypter;

    /** The target this run resolved, for messages. */
    private Target resolvedTarget;

    protected AbstractGodwitMojo(SettingsDecrypter settingsDecrypter) {
        this.settingsDecrypter = settingsDecrypter;
    }

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        CommandLineOverrides.apply(this, mojoExecution, session, getLog());
        if (skip) {
            getLog().info("Skipping Godwit (db.skip is set).");
            return;
        }
        ModuleWithoutSchema.Refusal refusal = null;
        if (session != null && mojoExecution != null) {
            var noPlugin = ModuleWithoutPlugin.passedOver(project, session.getProjects(), mojoExecution.getGoal());
            if (noPlugin.isPresent()) {
                getLog().info(noPlugin.get());
                return;
            }
            var noSchema = ModuleWithoutSchema.of(project, session.getProjects(), session.getAllProjects(), mojoExecution.getGoal(), schema,
                    mojoExecution.getSource() == MojoExecution.Source.CLI, this::outOrDefault);
            if (noSchema.orElse(null) instanceof ModuleWithoutSchema.Skip passed) {
                // left to a module this run does not build (mvn -pl lib verify, cd lib), the goal runs nowhere in it: a green build
                // checked nothing, so that is said as a warning
                if (passed.runsInThisBuild()) getLog().info(passed.message());
                else getLog().warn(passed.message());
                return;
            }
            if (noSchema.orElse(null) instanceof ModuleWithoutSchema.Refusal refused) refusal = refused;
        }
        try {
            preferCommandLineLocal();
            // a phase's goal declared in a module other than the schema's, which keeps the migrations
            if (refusal != null) throw new MojoExecutionException(refusal.message());
            refuseFolderOfAnotherModulesSchema();
            for (String ignored : ignoredFlags()) getLog().warn(ignored);
            run();
        } catch (GodwitException e) {
            Failures.rethrow(withTokenSource(e), isCheck());
        } catch (SchemaException e) {
            Failures.invalidSchema(TestOnlySchema.explained(e, project));
        }
    }

    /**
     * The migrations folder as {@code <out>} (or -Ddb.out) gives it, else drizzle/ in the module: read before the goal decides to
     * run, so without wrangler's config (whose warnings and refusals belong to a module that runs the goal).
     */
    private Path outOrDefault() {
        Path base = project.getBasedir().toPath();
        return (out != null ? base.resolve(out.toPath()) : base.resolve("drizzle")).toAbsolutePath().normalize();
    }

    /** A goal that reads the schema against the folder refuses one where another module keeps another schema's migrations. */
    private void refuseFolderOfAnotherModulesSchema() throws MojoExecutionException {
        if (session == null || mojoExecution == null || !List.of("generate", "verify", "push").contains(mojoExecution.getGoal())) return;
        var refusal = ModulesSharingFolder.refusal(project, session.getAllProjects(), session.getProjects(), projectSettings().migrationsDir(),
                schema, commandLine("db.schema") != null, commandLine("db.out"));
        if (refusal.isPresent()) throw new MojoExecutionException(refusal.get());
    }

    /** -Dlocal on the command line wins over the POM's {@code <target>} ({@link TargetChoice#commandLineLocalWins}). */
    private void preferCommandLineLocal() {
        if (!TargetChoice.commandLineLocalWins(commandLine("local"), commandLine("db.target"), target)) return;
        getLog().info("-Dlocal (command line) wins over <target>" + target.strip() + "</target> in the POM.");
        target = null;
    }

    /** A refused token (HTTP 401/403 from D1) says where the token came from, never the token. */
    private GodwitException withTokenSource(GodwitException e) {
        if (!(resolvedTarget instanceof Target.RemoteD1 remote) || !D1Exception.refusedTokenIn(e)) return e;
        return new GodwitException(e.kind(), e.getMessage() + "\nThe token sent came from " + remote.tokenSource() + ".", e);
    }

    /**
     * What this goal does where it works on no database (db:generate, db:rebase, db:up, db:verify without -Ddb.drift), said when
     * -Dremote or -Dlocal is given: as its class declares it ({@link WorksOnNoDatabase}); null for a goal that picks a database, which
     * reads -Dremote as {@link TargetChoice#refuseRemoteFlag} says.
     */
    protected String withoutDatabase() {
        WorksOnNoDatabase none = getClass().getAnnotation(WorksOnNoDatabase.class);
        return none == null ? null : none.value();
    }

    /**
     * A warning for each flag on the command line that this run ignores, as Maven passes it on without a word: -Dremote and -Dlocal
     * on a goal that works on no database, a fleet's settings on one database.
     */
    protected List<String> ignoredFlags() {
        List<String> warnings = new ArrayList<>();
        for (String ignored : new String[] {remoteFlagIgnored(), localFlagIgnored(), fleetFlagsIgnored()}) if (ignored != null) warnings.add(ignored);
        return warnings;
    }

    /**
     * The warning for a fleet's settings (-Ddb.fleet.*) on the command line of a goal that works on a fleet ({@link #fleetGoal})
     * run on one database; null otherwise. Which they are is read from the goal's own parameters (its descriptor), so a fleet
     * setting added later is named without a list kept beside them.
     */
    private String fleetFlagsIgnored() {
        if (!fleetGoal() || !anyOnCommandLine("db.fleet.") || fleetRun()) return null;
        Map<String, String> given = new TreeMap<>();
        for (String property : fleetProperties()) {
            String value = commandLine(property);
            if (value != null) given.put(property, value);
        }
        return TargetChoice.fleetFlagsIgnored(given, "db:" + mojoExecution.getGoal());
    }

    /** The properties of this goal's parameters that only a fleet reads (db.fleet.*), from the plugin's descriptor; none where it is not there. */
    private List<String> fleetProperties() {
        List<String> properties = new ArrayList<>();
        var parameters = mojoExecution.getMojoDescriptor().getParameters();
        if (parameters != null) for (var parameter : parameters) {
            String property = CommandLineOverrides.property(parameter.getExpression());   // ${db.fleet.canary}
            if (property != null && property.startsWith("db.fleet.")) properties.add(property);
        }
        return properties;
    }

    /** The warning for -Dremote on a goal that works on no database ({@link #withoutDatabase}); null otherwise. */
    String remoteFlagIgnored() {
        return ignoredHere("remote") ? TargetChoice.remoteFlagIgnored(commandLine("remote"), "db:" + mojoExecution.getGoal(), withoutDatabase()) : null;
    }

    /** The warning for -Dlocal on a goal that works on no database, as for -Dremote; null otherwise. */
    String localFlagIgnored() {
        return ignoredHere("local") ? TargetChoice.localFlagIgnored(commandLine("local"), "db:" + mojoExecution.getGoal(), withoutDatabase()) : null;
    }

    /**
     * Whether -D{@code flag} is given to this goal, which works on no database, and no other goal of the run reads it: mvn
     * db:generate db:apply -Dlocal (the README's first command) gives the apply the local file, and a warning on db:generate there
     * would come with every such run.
     */
    private boolean ignoredHere(String flag) {
        return withoutDatabase() != null && commandLine(flag) != null && !anotherGoalReadsADatabase();
    }

    /**
     * Whether the run's command line names a goal of this plugin (db:apply, dev.godwit:godwit-maven-plugin:apply) that reads a
     * database, as {@link DatabaseGoals} tells from the goals' descriptors (db:verify with -Ddb.drift). Phases (verify, install) are
     * not looked into.
     */
    private boolean anotherGoalReadsADatabase() {
        if (session == null || session.getGoals() == null) return false;
        org.apache.maven.plugin.descriptor.PluginDescriptor plugin = null;
        for (String task : session.getGoals()) {
            int colon = task.lastIndexOf(':');
            if (colon < 0 || !(task.startsWith("db:") || task.contains("godwit-maven-plugin:"))) continue;
            if (plugin == null) plugin = DatabaseGoals.of(mojoExecution.getMojoDescriptor().getPluginDescriptor());
            if (DatabaseGoals.readsADatabase(plugin, task.substring(colon + 1), this::given)) return true;
        }
        return false;
    }

    /** Whether a property whose name starts with {@code prefix} is on the command line (-D). */
    private boolean anyOnCommandLine(String prefix) {
        if (session == null) return false;
        for (var properties : List.of(session.getUserProperties(), session.getSystemProperties())) {
            for (String name : properties.stringPropertyNames()) if (name.startsWith(prefix)) return true;
        }
        return false;
    }

    /** Whether a flag is on the command line as set: -Dflag, -Dflag=true. */
    private boolean given(String flag) {
        String v = commandLine(flag);
        return v != null && (v.isBlank() || v.strip().equalsIgnoreCase("true"));
    }

    /** Whether this goal is a check (db:verify), where a broken migrations folder is a failed check rather than a broken setup. */
    protected boolean isCheck() {
        return false;
    }

    protected abstract void run() throws MojoExecutionException, MojoFailureException;

    /** {@code -Ddb.lockTimeout} as the wait the engine takes; refused when negative. */
    protected java.time.Duration lockWait() throws MojoExecutionException {
        if (lockTimeout < 0) {
            throw new MojoExecutionException("-Ddb.lockTimeout=" + lockTimeout + " is not a wait: give the seconds to wait for another goal's lock on"
                    + " the migrations folder (60 by default; 0 fails at once).");
        }
        return java.time.Duration.ofSeconds(lockTimeout);
    }

    protected EngineLog engineLog() {
        return new EngineLog() {
            @Override
            public void info(String message) {
                getLog().info(message);
            }

            @Override
            public void warn(String message) {
                getLog().warn(message);
            }
        };
    }

    protected MigrationsFolder folder() {
        MigrationsFolder folder = MigrationsFolder.at(projectSettings().migrationsDir());
        Path from = shownFrom();
        folder = from != null ? folder.shownFrom(from) : folder.shownAbsolute();
        if (!folderEditFinished) {
            // a goal killed while it rewrote the folder: finished (or its staged files removed) before this one reads it
            FolderEdit.finishInterrupted(folder, engineLog());
            folderEditFinished = true;
        }
        return folder;
    }

    private boolean folderEditFinished;

    /** The directory messages name files relative to: where mvn was run, outside a build the project's; null: by absolute path. */
    protected Path shownFrom() {
        return PrintedArgs.shownFrom(project.getBasedir().toPath(), session == null ? null : System.getProperty("user.dir"));
    }

    private ProjectSettings projectSettings;

    /** Whether the project's migrations go to Cloudflare D1 ({@link TargetChoice#goesToD1}; wrangler's config found as for the other goals). */
    protected boolean goesToD1() {
        return TargetChoice.goesToD1(target, java.util.Arrays.asList(d1DatabaseId, d1Databases, System.getenv(D1Credentials.ENV_DATABASE)),
                () -> projectSettings().config());
    }

    /** The folder of wrangler's config the settings read (a parent's, for a module), or null: none, or one that cannot be read. */
    protected Path wranglerConfigDir() {
        try {
            var config = projectSettings().config();
            return config == null ? null : config.file().toAbsolutePath().getParent();
        } catch (dev.godwit.engine.GodwitException unreadable) {
            return null;   // the goal says so where it reads the settings
        }
    }

    /** The target settings with wrangler's config applied, read once per goal. */
    protected ProjectSettings projectSettings() {
        if (projectSettings == null) {
            ProjectSettings read = ProjectSettings.of(targetSettings());
            // -Denv=staging, wrangler's --env as a property no goal reads: it would go to another database without a word. Checked
            // before the settings are kept, so that a caller catching the refusal (wranglerConfigDir) does not leave them kept unchecked
            if (session != null) read.refuseWranglerFlagsAsProperties(session.getUserProperties()::getProperty);
            projectSettings = read;
            String ignored = projectSettings.ignoredEnvironmentWarning();
            if (ignored != null && !warnedIgnoredEnvironment) getLog().warn(ignored);
            warnedIgnoredEnvironment |= ignored != null;
            String unknownKeys = projectSettings.unknownBindingKeysWarning();
            if (unknownKeys != null && !warnedUnknownKeys) getLog().warn(unknownKeys);
            warnedUnknownKeys |= unknownKeys != null;
        }
        return projectSettings;
    }

    /** The settings are read again when the database changes; the warning about CLOUDFLARE_ENV is given once. */
    private boolean warnedIgnoredEnvironment;
    private boolean warnedUnknownKeys;

    protected List<String> schemaSources() throws MojoExecutionException {
        if (schema == null || schema.isBlank()) {
            throw new MojoExecutionException("No schema configured. Set <schema> in the plugin configuration (or -Ddb.schema) to your schema"
                    + " package, e.g. com.acme.schema, and/or a YAML descriptor, e.g. src/main/db/schema.yaml");
        }
        return ModuleWithoutSchema.entries(schema);
    }

    /**
     * Loads the schema from the project's compiled classes in a child class loader that is closed
     * afterwards. An invalid schema is a build failure that names where it is wrong.
     */
    protected SchemaDef loadSchema() throws MojoExecutionException, MojoFailureException {
        try (SchemaInBackground loading = loadSchemaInBackground(false, null)) {
            return loading.get();
        }
    }

    /**
     * Starts loading the schema on a second thread (see {@link SchemaInBackground}; {@code defineAhead}: see
     * {@link SchemaLoader#load(List, Path, ClassLoader, boolean)}); its {@code get()} throws what
     * {@link SchemaLoader#load} throws. Close it (try-with-resources) so the thread never outlives the goal.
     *
     * @param inputs the fingerprint of this run's inputs ({@link #upToDateBeside}), or null: with it, a schema loaded earlier in this JVM
     *               from exactly the same inputs (a Maven daemon's earlier build, see {@link LoadedSchemas}) is taken as it is,
     *               unless -Ddb.recheck asks for everything to be looked at again
     */
    protected SchemaInBackground loadSchemaInBackground(boolean defineAhead, UpToDate inputs) throws MojoExecutionException {
        List<URL> urls = new ArrayList<>();
        try {
            for (String e : compileClassPath()) urls.add(new File(e).toURI().toURL());
        } catch (MalformedURLException e) {
            throw new MojoExecutionException("Cannot build the schema class path: " + e.getMessage(), e);
        }
        return SchemaInBackground.load(schemaSources(), project.getBasedir().toPath(), urls, getClass().getClassLoader(), defineAhead,
                schemaFingerprint(inputs), recheck);
    }

    /**
     * The fingerprint of the schema's inputs under {@code inputs} (see {@link LoadedSchemas}), or null: none taken, or
     * {@code inputs} is null.
     */
    protected String schemaFingerprint(UpToDate inputs) throws MojoExecutionException {
        if (inputs == null) return null;
        List<String> sources = schemaSources();
        return inputs.contentKeyOf(schemaInputs(sources), String.join(",", sources)).orElse(null);
    }

    /** Whether the schema has a Java package among its sources (else it is YAML alone, and needs no class path). */
    protected boolean hasJavaPackages() throws MojoExecutionException {
        return schemaSources().stream().anyMatch(s -> !SchemaLoader.isYaml(s));
    }

    /** The project's compile class path: its classes directory, then its dependencies. */
    protected List<String> compileClassPath() throws MojoExecutionException {
        try {
            return project.getCompileClasspathElements();
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("Cannot build the schema class path: " + e.getMessage(), e);
        }
    }

    /** Godwit's own jars, as Maven resolved the plugin (a schema package may come from a plugin {@code <dependency>}); empty outside a build. */
    protected List<Path> pluginClassPath() {
        List<Path> jars = new ArrayList<>();
        if (mojoExecution != null) {
            for (var a : mojoExecution.getMojoDescriptor().getPluginDescriptor().getArtifacts()) if (a.getFile() != null) jars.add(a.getFile().toPath());
        }
        return jars;
    }

    /**
     * What the schema is loaded from: its YAML files, for Java packages the compile class path (classes and jars), and the
     * plugin's own class path (its jars read the schema, and a schema package may come from a jar given as a plugin
     * {@code <dependency>}: a new build of that jar is a new schema).
     */
    private List<Path> schemaInputs(List<String> sources) throws MojoExecutionException {
        Path baseDir = project.getBasedir().toPath();
        List<Path> inputs = new ArrayList<>();
        for (String s : sources) if (SchemaLoader.isYaml(s)) inputs.add(baseDir.resolve(s));
        if (hasJavaPackages()) {
            for (String e : compileClassPath()) inputs.add(Path.of(e));
        }
        inputs.addAll(pluginClassPath());
        return inputs;
    }

    /**
     * Check anew even when nothing changed since the last check that passed (db:verify) or found no changes (db:generate).
     * See {@link UpToDate}: the record is kept in target/godwit/.
     */
    @Parameter(property = "db.recheck", defaultValue = "false")
    protected boolean recheck;

    /** A check run beside the fingerprint; true if it changed the inputs (a compile), so the fingerprint must be taken again. */
    @FunctionalInterface
    protected interface Beside {
        boolean run() throws MojoExecutionException, MojoFailureException;
    }

    /**
     * The record of the last {@code check} that passed for the current inputs ({@link #upToDateLater}), taken on a second thread while
     * {@code beside} walks the sources (and again if it changed them). What {@code beside} reports comes first; inputs that cannot be listed (say, a broken wrangler config) are reported
     * after it, as when the two ran one after the other.
     */
    protected UpToDate upToDateBeside(String check, Beside beside) throws MojoExecutionException, MojoFailureException {
        java.util.function.Supplier<UpToDate> later;
        try {
            later = upToDateLater(check);
        } catch (MojoExecutionException | RuntimeException unlisted) {
            beside.run();
            throw unlisted;
        }
        try (Background<UpToDate> taken = Background.start("godwit-fingerprint", later::get)) {
            return beside.run() ? taken.get().listedAgain() : taken.get();
        }
    }

    /**
     * The record of the last {@code check} that passed for the current inputs: the schema's classes and class path (Java) or
     * its YAML files, the migrations folder, Godwit's own jars, and the settings that shape the check. To be run later: the inputs
     * are listed now (what can fail with a message), the files looked at when called, so that can happen on a second thread while
     * the first checks whether the classes need compiling.
     */
    protected java.util.function.Supplier<UpToDate> upToDateLater(String check) throws MojoExecutionException {
        List<String> sources = schemaSources();
        List<Path> inputs = schemaInputs(sources);
        inputs.add(folder().dir());
        for (Class<?> c : List.of(getClass(), UpToDate.class, SchemaDef.class)) {
            var source = c.getProtectionDomain().getCodeSource();
            if (source == null) continue;
            try {
                inputs.add(Path.of(source.getLocation().toURI()));   // not getPath(): a space would stay %20 and the jar count as missing
            } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                throw new MojoExecutionException("Cannot locate Godwit's own jar " + source.getLocation() + ": " + e.getMessage(), e);
            }
        }
        String version = mojoExecution == null ? "" : mojoExecution.getMojoDescriptor().getPluginDescriptor().getVersion();
        Path recordFile = recordFile(check);
        // The JDK too: classes compiled for a newer Java fail to load on an older one.
        // and where the migrations go: a D1 project's check refuses what D1 refuses, and the history table's name and layout (wrangler's
        // config, -Ddb.migrationsTable) decide how a file is split and which table names the schema may not take. A passed local check
        // answered for the same folder after wrangler.toml (or -Ddb.d1.databaseId) was added, and its PRAGMA went green.
        String settings = String.join(",", sources) + "|" + folder().dir() + "|" + version + "|" + Runtime.version() + "|" + System.getProperty("java.home")
                + "|d1=" + goesToD1() + "|history=" + projectSettings().history().name() + (projectSettings().history().wranglerLayout() ? ",wrangler" : "");
        EngineLog log = engineLog();   // a record or key that cannot be written is said, once a run
        return () -> UpToDate.of(recordFile, inputs, settings, log);
    }

    /** Where the record of a passed {@code check} is kept. */
    protected Path recordFile(String check) {
        return Path.of(project.getBuild().getDirectory(), "godwit", check + ".passed");
    }

    /**
     * {@code db.env} as given: an empty {@code -Ddb.env=} stays empty (the top level, as wrangler's {@code --env=""}, whatever
     * CLOUDFLARE_ENV says), where Maven leaves the parameter unset.
     */
    private String envGiven() {
        if (env != null) return env;
        String v = commandLine("db.env");
        return v != null && v.isBlank() ? "" : null;
    }

    /** The raw target settings of this run, for the engine to resolve. */
    protected TargetSettings targetSettings() {
        return new TargetSettings(local, target, localPath == null ? null : localPath.toPath(), localD1, persistTo == null ? null : persistTo.toPath(), d1AccountId,
                fleetRun() ? null : d1DatabaseId, d1Token(), d1Endpoint, project.getBasedir().toPath(), serverValues(), System::getenv, envGiven(),
                wranglerConfig == null ? null : wranglerConfig.toPath(), d1Binding, out == null ? null : out.toPath(), migrationsTable, preview(),
                mavenProxy());
    }

    /**
     * Maven's active settings.xml {@code <proxy>} for D1's https requests (one of protocol https, else one of protocol http, which
     * is how most settings.xml give the proxy Maven downloads through), its password decrypted; null when there is none (the engine
     * then takes HTTPS_PROXY, then https.proxyHost). Its user and password go nowhere but the proxy.
     */
    private dev.godwit.engine.d1.D1Proxy mavenProxy() {
        if (settings == null || settings.getProxies() == null) return null;
        org.apache.maven.settings.Proxy chosen = null;
        for (String protocol : List.of("https", "http")) {
            for (org.apache.maven.settings.Proxy p : settings.getProxies()) {
                if (chosen == null && p.isActive() && p.getHost() != null && !p.getHost().isBlank()
                        && protocol.equalsIgnoreCase(p.getProtocol() == null ? "http" : p.getProtocol())) chosen = p;
            }
        }
        if (chosen == null) return null;
        org.apache.maven.settings.Proxy decrypted = chosen;
        if (settingsDecrypter != null && chosen.getPassword() != null) {
            SettingsDecryptionResult r = settingsDecrypter.decrypt(new DefaultSettingsDecryptionRequest(chosen));
            for (SettingsProblem p : r.getProblems()) {
                if (p.getSeverity() == SettingsProblem.Severity.ERROR || p.getSeverity() == SettingsProblem.Severity.FATAL) {
                    throw new dev.godwit.engine.GodwitException(dev.godwit.engine.GodwitException.Kind.BROKEN, "Cannot decrypt the password of"
                            + " settings.xml proxy " + chosen.getId() + " (" + chosen.getHost() + ":" + chosen.getPort() + "), which D1's requests"
                            + " would go through: " + p.getMessage() + ". Nothing was sent.");
                }
            }
            if (r.getProxy() != null) decrypted = r.getProxy();
        }
        return new dev.godwit.engine.d1.D1Proxy(decrypted.getHost(), decrypted.getPort(), decrypted.getUsername(), decrypted.getPassword(),
                dev.godwit.engine.d1.D1Proxy.hostList(decrypted.getNonProxyHosts()), "Maven's settings.xml proxy " + decrypted.getId());
    }

    /**
     * -Ddb.d1.preview as this run takes it: set in the POM it stays for the remote runs, and a -Dlocal run leaves it alone (as it
     * leaves a fleet of the POM); both on the command line are refused by the engine.
     */
    private boolean preview() {
        if (!d1Preview) return false;
        return !TargetChoice.localChosen(local, target, localD1) || commandLine("db.d1.preview") != null;
    }

    /**
     * The D1 token from {@code -Ddb.d1.token} (or a {@code db.d1.token} system property), else null.
     * Deliberately not a {@code @Parameter}: Maven prints every parameter's value under {@code -X}.
     * A {@code <d1Token>} in the POM is refused, as the POM is committed and printed the same way.
     */
    protected String d1Token() {
        if (CommandLineOverrides.pomConfigures(project, mojoExecution, "d1Token")) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "<d1Token> in the POM is not read: a POM is committed, and Maven prints plugin configuration"
                    + " values with -X. Remove it and give the token as the environment variable " + D1Credentials.ENV_TOKEN
                    + ", in .env or .dev.vars (CLOUDFLARE_D1_TOKEN=...), as the password of a settings.xml server (id " + d1ServerId
                    + ", " + TokenProperty.ENCRYPTED + "), or with -Ddb.d1.token on the command line.");
        }
        String token = session == null ? null : session.getUserProperties().getProperty("db.d1.token");
        if (token == null && session != null) token = session.getSystemProperties().getProperty("db.d1.token");
        return token == null || token.isBlank() ? null : token;
    }

    /** On a run to D1 without -Ddb.d1.token, a {@code <db.d1.token>} property in the POM or settings.xml is refused ({@link TokenProperty}). */
    private void refuseTokenPropertyInPom() {
        if (project == null || TargetChoice.localChosen(local, target, localD1) || d1Token() != null) return;
        var refusal = TokenProperty.refusal(project, session == null || session.getSettings() == null ? List.of() : session.getSettings().getProfiles(), d1ServerId);
        if (refusal.isPresent()) throw new GodwitException(GodwitException.Kind.BROKEN, refusal.get());
    }

    /**
     * -Dremote, or -Ddb.local.path / -Ddb.local.persistTo, on the command line of a run that goes to the other database (the
     * local file, Cloudflare D1): refused before anything runs, by every goal picking a database.
     */
    private void refuseCommandLineOfTheOtherDatabase() {
        TargetChoice.refuseRemoteFlag(this::commandLine, local, target, localD1);
        if (!TargetChoice.localChosen(local, target, localD1)) TargetChoice.refuseLocalSettingsForD1(this::commandLine, target);
    }

    /** The target database: the local SQLite file (with -Dlocal), wrangler's local D1 file, or Cloudflare D1. */
    protected Target target() {
        TargetChoice.refuseTwoTargets(commandLine("db.d1.databases"), commandLine("db.d1.databaseId"), false);
        refuseCommandLineOfTheOtherDatabase();
        if (d1Databases != null && !d1Databases.isBlank() && !TargetChoice.localChosen(local, target, localD1) && !oneDatabaseOnCommandLine()) {
            // a goal of one database (db:restore, db:push, db:drop, ...): one id here is that database, as for db:apply; a
            // fleet is refused, where the goal went on with the configured database (db:restore restored it to another's bookmark)
            String id = TargetChoice.oneDatabaseOf(d1Databases, d1DatabaseId, mojoExecution == null ? "this goal" : "db:" + mojoExecution.getGoal());
            if (!id.equals(d1DatabaseId)) {
                sayWhichDatabase(id);
                d1DatabaseId = id;
                projectSettings = null;
            }
        }
        if (commandLine("db.d1.databaseId") == null && (databaseIdSource == null || !fleetOnCommandLine())) {
            // the POM's <d1DatabaseId> (or one id as its <d1Databases>) must not silently replace the database of the environment
            // -Ddb.env / CLOUDFLARE_ENV picked
            projectSettings().refuseConfiguredDatabaseIdForEnvironment(databaseIdSource == null ? "<d1DatabaseId> in the plugin's configuration"
                    : "<d1Databases> in the plugin's configuration");
        }
        refuseTokenPropertyInPom();
        resolvedTarget = projectSettings().target();
        String remote = projectSettings().remoteBindingWarning(resolvedTarget);
        if (remote != null && !warnedRemoteBinding) getLog().warn(remote);
        warnedRemoteBinding |= remote != null;
        return resolvedTarget;
    }

    /** The target is resolved again when the database changes; the warning about a remote binding is given once. */
    private boolean warnedRemoteBinding;

    /**
     * The fleet named by {@code -Ddb.d1.databases}, or null for one database. A single database id keeps the
     * one-database behaviour exactly (it is the database id).
     */
    protected dev.godwit.engine.target.Target.D1Fleet fleet() throws MojoExecutionException {
        if (d1Databases == null || d1Databases.isBlank()) {
            if (session != null && session.getUserProperties().containsKey("db.d1.databases")) {
                throw new MojoExecutionException("-Ddb.d1.databases is empty (an unset variable in a CI script?): name the fleet's databases"
                        + " (ids, names, name:GLOB or @file), or leave the property out for one database. Nothing was done.");
            }
            return null;
        }
        String spec = d1Databases.strip();
        TargetChoice.refuseTwoTargets(commandLine("db.d1.databases"), commandLine("db.d1.databaseId"), true);
        refuseCommandLineOfTheOtherDatabase();
        refuseTokenPropertyInPom();
        if (TargetChoice.localChosen(local, target, localD1) && !fleetOnCommandLine()) {
            // a fleet in the POM (the deploy's) and -Dlocal on the command line: the developer's own file, as -D wins over the POM;
            // both on the command line contradict each other, and the engine says so
            return null;
        }
        if (oneDatabaseOnCommandLine()) return null;
        if (TargetChoice.isOneId(spec)) {
            if (!spec.equals(d1DatabaseId)) sayWhichDatabase(spec);
            d1DatabaseId = spec;
            projectSettings = null;
            return null;
        }
        return dev.godwit.engine.target.Targets.resolveFleet(targetSettings(), spec);
    }

    /** Whether this goal works on a fleet when -Ddb.d1.databases names one (db:apply, db:status, db:verify -Ddb.drift). */
    protected boolean fleetGoal() {
        return false;
    }

    /**
     * Whether this run works on the fleet -Ddb.d1.databases names, decided as {@link #fleet()} decides it (without its log lines):
     * a fleet goal, a selection that is not one id, no -Dlocal against a fleet of the POM, no -Ddb.d1.databaseId on the command
     * line against a fleet of the POM. Then the configured database id (the POM's, for the goals of one database) is none of the
     * run's databases: it must not pick the binding whose folder and history the fleet takes, nor be refused as another
     * environment's (the POM's production id under -Ddb.env=staging).
     */
    boolean fleetRun() {
        if (!fleetGoal() || d1Databases == null || d1Databases.isBlank()) return false;
        String spec = d1Databases.strip();
        if (TargetChoice.isOneId(spec)) return false;
        if (fleetOnCommandLine()) return true;
        String id = commandLine("db.d1.databaseId");
        return !TargetChoice.localChosen(local, target, localD1) && (id == null || id.isBlank());
    }

    /**
     * One id in -Ddb.d1.databases replaces the configured database id (the POM's): the log says so, as the user may not expect
     * it, and db:status's settings name the property that picked it.
     */
    private void sayWhichDatabase(String id) {
        databaseIdSource = "-Ddb.d1.databases";
        if (d1DatabaseId != null && !d1DatabaseId.isBlank()) {
            databaseIdSource += ", in place of the configured " + d1DatabaseId.strip();
            getLog().info("-Ddb.d1.databases=" + id + ": working on Cloudflare D1 database " + id + ", not the configured database id "
                    + d1DatabaseId.strip() + ".");
        }
    }

    /** Each setting and where it came from, as db:status prints them. */
    protected List<ProjectSettings.Origin> settingsOrigins() {
        // before the settings are resolved: else -Ddb.local.path without -Dlocal read "Cloudflare D1 settings are missing"
        refuseCommandLineOfTheOtherDatabase();
        refuseTokenPropertyInPom();
        List<ProjectSettings.Origin> out = new ArrayList<>();
        for (ProjectSettings.Origin o : projectSettings().origins()) {
            boolean picked = databaseIdSource != null && o.what().equals("database id") && o.value().equals(d1DatabaseId);
            out.add(picked ? new ProjectSettings.Origin(o.what(), o.value(), databaseIdSource) : o);
        }
        return out;
    }

    /** A property's value given on the command line (-D), else null; the POM's values are not. */
    String commandLine(String property) {
        if (session == null) return null;
        String v = session.getUserProperties().getProperty(property);
        return v != null ? v : session.getSystemProperties().getProperty(property);
    }

    /**
     * -Ddb.d1.databaseId on the command line and the fleet only in the POM (the deploy's): that one database, as -D wins over
     * the POM. It is the way on a fleet failure names (db:apply -Ddb.d1.databaseId=ID), which must not apply the whole fleet.
     */
    private boolean oneDatabaseOnCommandLine() {
        String id = commandLine("db.d1.databaseId");
        if (id == null || id.isBlank() || fleetOnCommandLine()) return false;
        if (!id.strip().equals(d1DatabaseId)) {
            // a <d1DatabaseId> written in the plugin's configuration outranks -D in Maven; the command line is what the user meant
            d1DatabaseId = id.strip();
            projectSettings = null;
        }
        if (!"-Ddb.d1.databaseId".equals(databaseIdSource)) {
            databaseIdSource = "-Ddb.d1.databaseId";
            getLog().info("-Ddb.d1.databaseId=" + d1DatabaseId + ": working on that one Cloudflare D1 database, not on the fleet configured in"
                    + " the POM (" + d1Databases.strip() + ").");
        }
        return true;
    }

    private boolean fleetOnCommandLine() {
        return session != null && (session.getUserProperties().containsKey("db.d1.databases") || session.getSystemProperties().containsKey("db.d1.databases"));
    }

    protected dev.godwit.engine.fleet.FleetRunner fleetRunner(dev.godwit.engine.target.Target.D1Fleet fleet, boolean ignoreChecksums) {
        return fleetRunner(fleet, ignoreChecksums, false);
    }

    protected dev.godwit.engine.fleet.FleetRunner fleetRunner(dev.godwit.engine.target.Target.D1Fleet fleet, boolean ignoreChecksums,
                                                              boolean ignoreMissing) {
        return fleetRunner(fleet, ignoreChecksums, ignoreMissing, false);
    }

    protected dev.godwit.engine.fleet.FleetRunner fleetRunner(dev.godwit.engine.target.Target.D1Fleet fleet, boolean ignoreChecksums,
                                                              boolean ignoreMissing, boolean outOfOrder) {
        java.nio.file.Path reportDir = java.nio.file.Path.of(project.getBuild().getDirectory(), "godwit");
        var options = new dev.godwit.engine.fleet.FleetRunner.Options(fleetConcurrency, fleetCanary, fleetFailFast, d1RateLimit,
                java.time.Duration.ofSeconds(d1RateLimitWindowSeconds), reportDir, ignoreChecksums, 5,
                java.time.Duration.ofSeconds(5), java.time.Duration.ofMillis(500), ignoreMissing, outOfOrder, fleetSameFailureStop);
        java.time.Duration outageWait = fleetOutageWait();
        var runner = new dev.godwit.engine.fleet.FleetRunner(fleet, historyTable(), options, engineLog()).withCommandArgs(fleetMemberArgs())
                .withTablesFilter(tablesFilter());
        return outageWait == null ? runner : runner.withOutageWait(outageWait);
    }

    /** -Ddb.fleet.outageWait as a duration, null where unset (the runner's default); refused below a second. */
    java.time.Duration fleetOutageWait() {
        if (fleetOutageWaitSeconds == null) return null;
        if (fleetOutageWaitSeconds < 1) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "-Ddb.fleet.outageWait=" + fleetOutageWaitSeconds + " is no wait: give the"
                    + " seconds an outage of D1 is waited out before the run stops (at least 1; unset, the rate limit's window and a minute more).");
        }
        return java.time.Duration.ofSeconds(fleetOutageWaitSeconds);
    }

    /**
     * What the commands a fleet prints for one of its databases (each names it by -Ddb.d1.databaseId) must repeat: this run's
     * wrangler environment, binding and config, which chose the account, folder and history, and the folder and history table
     * when given on the command line. Never -Ddb.d1.databases: that would be the fleet again.
     */
    protected String fleetMemberArgs() {
        return wranglerChoiceArgs() + PrintedArgs.folderAndHistory(this::commandLine);
    }

    protected Database openDatabase() {
        return target().open(engineLog());
    }

    /** The local database file the target names, or null for D1. */
    protected java.nio.file.Path localFile() {
        Target t = target();
        if (t instanceof Target.LocalFile f) return f.file();
        if (t instanceof Target.WranglerLocalD1 w) return w.file();
        return null;
    }

    /**
     * As {@link #openDatabase()}, for goals that only read or edit an existing database: a local file that does not exist
     * is an error (a mistyped path would otherwise become a new empty database, and "nothing applied there").
     */
    protected Database openExistingDatabase() {
        TargetChoice.refuseMissingLocalFile(localFile(), this::restoreArgs);
        return openDatabase();
    }

    /**
     * The way back taken before db:repair or db:baseline change {@code db}'s history ({@code goal}: "repair", "baseline"): D1's
     * Time Travel bookmark, printed and kept, or a copy of the local file, as before an apply.
     */
    protected java.util.function.Supplier<String> wayBackBeforeHistoryChange(String goal, Database db) {
        Target target = target();
        dev.godwit.engine.restore.LocalBackups copies = localBackups();
        return () -> new dev.godwit.engine.restore.Restorer(engineLog()).beforeHistoryChange(goal, target, db, copies, restoreArgs(), wranglerArgs());
    }

    /** Opens the target when called, for goals that can go on without it (a setup problem becomes a GodwitException). */
    protected java.util.function.Supplier<Database> databaseOpener() {
        return this::openExistingDatabase;
    }

    private D1Credentials.ServerValues serverValues() {
        if (settings == null || d1ServerId == null) return null;
        Server server = settings.getServer(d1ServerId);
        if (server == null) return null;
        Server decrypted = server;
        String problem = null;   // said by the engine only where the token must come from this server (not for -Dlocal, nor a token given elsewhere)
        java.util.regex.Matcher unset = server.getPassword() == null ? null
                : java.util.regex.Pattern.compile("\\$\\{env\\.([^}]+)}").matcher(server.getPassword());
        if (unset != null && unset.find()) {
            // Maven leaves ${env.NAME} as written when NAME is not set, and its decrypter then takes {env.NAME} for an encrypted password
            problem = "The password of settings.xml server " + d1ServerId + " is " + unset.group() + ", and the environment variable " + unset.group(1)
                    + " is not set in the environment mvn runs in (Maven leaves the text as written). Export " + unset.group(1) + " (in CI, from the"
                    + " job's secret), or give the token as the environment variable " + D1Credentials.ENV_TOKEN + " or with -Ddb.d1.token. Nothing was sent.";
        } else if (settingsDecrypter != null) {
            SettingsDecryptionResult r = settingsDecrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
            for (SettingsProblem p : r.getProblems()) {
                if (problem == null && (p.getSeverity() == SettingsProblem.Severity.ERROR || p.getSeverity() == SettingsProblem.Severity.FATAL)) {
                    problem = "Cannot decrypt the password of settings.xml server " + d1ServerId + ": " + p.getMessage();
                }
            }
            if (problem == null && r.getServer() != null) decrypted = r.getServer();
        }
        String databaseId = null;
        if (decrypted.getConfiguration() instanceof org.codehaus.plexus.util.xml.Xpp3Dom dom && dom.getChild("databaseId") != null) {
            databaseId = dom.getChild("databaseId").getValue();
        }
        return new D1Credentials.ServerValues(d1ServerId, decrypted.getUsername(), databaseId, problem == null ? decrypted.getPassword() : null, problem);
    }

    /** {@code -Ddb.tablesFilter} / {@code <tablesFilter>}, parsed. */
    protected dev.godwit.engine.introspect.TablesFilter tablesFilter() {
        return dev.godwit.engine.introspect.TablesFilter.parse(tablesFilter);
    }

    protected HistoryTable historyTable() {
        ProjectSettings.History h = projectSettings().history();
        return HistoryTable.of(h.name(), h.wranglerLayout());
    }

    /** Where db:apply -Dlocal keeps copies of the local file and db:restore -Dlocal finds them. */
    protected java.nio.file.Path backupsDir() {
        return project.getBasedir().toPath().resolve(".godwit").resolve("backups");
    }

    /** The log of D1 bookmarks db:apply (and db:restore) keep, beside the local copies: {@code .godwit/d1-bookmarks.log}. */
    protected java.nio.file.Path bookmarksLog() {
        return backupsDir().getParent().resolve(dev.godwit.engine.restore.Restorer.BOOKMARKS);
    }

    /**
     * The way back to before given migrations ran on the target, as the goals' advice names it: from the bookmark log on D1, from
     * the copies of the local file.
     */
    protected dev.godwit.engine.restore.WayBack wayBack() {
        Target t;
        try {
            t = target();
        } catch (GodwitException unresolved) {
            return null;   // the goal's own opening of the database says why
        }
        if (t instanceof Target.RemoteD1 r) {
            return dev.godwit.engine.restore.WayBack.d1(bookmarksLog(),
                    r.settings().databaseId(), r.name(), restoreArgs());
        }
        java.nio.file.Path file = localFile();
        return file == null ? null : dev.godwit.engine.restore.WayBack.local(localBackups(), file.toAbsolutePath().normalize(), restoreArgs(), historyTable());
    }

    /** The copies of local files in {@link #backupsDir()}, the last {@code -Ddb.backups} of each kept. */
    protected dev.godwit.engine.restore.LocalBackups localBackups() {
        return new dev.godwit.engine.restore.LocalBackups(backupsDir(), backups);
    }

    /**
     * The wrangler environment this run works on, or null for the top level: as the settings chose it, a CLOUDFLARE_ENV in the
     * project's .env too (reading the process's variable only, the printed way back left out the environment .env had picked).
     */
    private String chosenEnv() {
        if (env != null && !env.isBlank()) return env.strip();
        return projectSettings().chosenEnvironment();
    }

    /** This run's choice of wrangler environment, binding and config, as -D arguments for a printed command. */
    protected String restoreArgs() {
        StringBuilder sb = new StringBuilder(wranglerChoiceArgs());
        // what picked the database on this command line goes along, or the command would restore another one
        if (session != null) sb.append(PrintedArgs.pickedOnCommandLine(session.getUserProperties()));
        // and the folder, history table and tables the command line chose: a db:baseline pasted without -Ddb.migrationsTable stopped
        // on "no history table __drizzle_migrations", a db:push without -Ddb.tablesFilter worked on every table
        sb.append(PrintedArgs.folderAndHistory(this::commandLine));
        return sb.toString();
    }

    /** This run's wrangler environment, binding and config, as -D arguments. */
    private String wranglerChoiceArgs() {
        // -Ddb.d1.preview: without it the printed restore would put the preview database's bookmark on the binding's own database
        return PrintedArgs.wranglerChoice(chosenEnv(), d1Binding, wranglerConfig == null ? null : wranglerConfig.toString())
                + (preview() ? " -Ddb.d1.preview" : "");
    }

    /** The same for wrangler's commands ({@code --env NAME}, {@code --config PATH}). */
    protected String wranglerArgs() {
        return PrintedArgs.wranglerArgs(chosenEnv(), wranglerConfig == null ? null : wranglerConfig.toString());
    }

    /** Whether a user is at a terminal to answer questions. */
    protected boolean interactive() {
        return session != null && session.getRequest().isInteractiveMode() && System.console() != null;
    }
}
