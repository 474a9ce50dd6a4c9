package dev.godwit.engine.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.GodwitException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * wrangler's recommended place for CLOUDFLARE_ACCOUNT_ID and its token is a .env file in the project (and .env.<env> for an
 * environment), and wrangler dev takes .dev.vars.<env> instead of .dev.vars; Godwit read only .dev.vars, so a project set up
 * for wrangler was told its settings were missing, or got the top level's secrets for an environment.
 */
class ProjectVarsTest {

    @TempDir
    Path project;

    private static final String TOML = """
            [[d1_databases]]
            binding = "DB"
            database_id = "id-top"

            [env.staging]
            [[env.staging.d1_databases]]
            binding = "DB"
            database_id = "id-staging"
            """;

    private void write(String name, String text) throws IOException {
        Files.writeString(project.resolve(name), text);
    }

    private Target.RemoteD1 target(Map<String, String> variables, String env) {
        TargetSettings s = new TargetSettings(false, null, null, null, null, null, null, null, "http://127.0.0.1:1", project, null, variables::get, env,
                null, null, null, null);
        return assertInstanceOf(Target.RemoteD1.class, ProjectSettings.of(s).target());
    }

    @Test
    void dotEnvFilesGiveTheSettingsInWranglersOrderAfterTheProcessEnvironment() throws IOException {
        write("wrangler.toml", TOML);
        write(".env", "CLOUDFLARE_ACCOUNT_ID=acct-env-file\nCLOUDFLARE_D1_TOKEN=tok-env-file\n");
        Target.RemoteD1 top = target(Map.of(), null);
        assertEquals("acct-env-file", top.settings().accountId());
        assertEquals("tok-env-file", top.settings().token());
        assertEquals(".env", top.tokenSource());

        write(".env.local", "CLOUDFLARE_D1_TOKEN=tok-local\n");
        write(".env.staging", "CLOUDFLARE_ACCOUNT_ID=acct-staging\nCLOUDFLARE_D1_TOKEN=tok-staging\n");
        write(".env.staging.local", "CLOUDFLARE_ACCOUNT_ID=acct-staging-local\n");
        assertEquals(".env.local", target(Map.of(), null).tokenSource(), ".env.local overrides .env");
        Target.RemoteD1 staging = target(Map.of(), "staging");
        assertEquals("id-staging", staging.settings().databaseId());
        assertEquals("acct-staging-local", staging.settings().accountId(), ".env.staging.local overrides .env.staging");
        assertEquals("tok-staging", staging.settings().token());
        assertEquals(".env.staging", staging.tokenSource());

        Target.RemoteD1 exported = target(Map.of("CLOUDFLARE_D1_TOKEN", "tok-exported"), "staging");
        assertEquals("tok-exported", exported.settings().token(), "the process environment wins, as for wrangler");
        assertEquals("the environment variable CLOUDFLARE_D1_TOKEN", exported.tokenSource());
    }

    @Test
    void aDotEnvValueNamingAnotherVariableIsExpandedAsDotenvExpandDoes() throws IOException {
        write("wrangler.toml", TOML);
        write(".env", "CLOUDFLARE_ACCOUNT_ID=acct\nCLOUDFLARE_D1_TOKEN=${CLOUDFLARE_API_TOKEN}\n");
        assertEquals("wrangler-token", target(Map.of("CLOUDFLARE_API_TOKEN", "wrangler-token"), null).settings().token());
        write(".env", "ACCT=acct-1\nCLOUDFLARE_ACCOUNT_ID=${ACCT}\nCLOUDFLARE_D1_TOKEN=$TOK\nTOK=from-below\n");
        Target.RemoteD1 chained = target(Map.of(), null);
        assertEquals("acct-1", chained.settings().accountId(), "a name defined above");
        assertEquals("from-below", chained.settings().token(), "a name defined below, as written there");

        Map<String, String> parsed = Map.of("A", "from-file");
        assertEquals("from-file/x", ProjectVars.expand("$A/x", k -> null, parsed));
        assertEquals("exported", ProjectVars.expand("${A}", Map.of("A", "exported")::get, parsed), "the process environment first");
        assertEquals("dflt", ProjectVars.expand("${B:-dflt}", k -> null, parsed));
        assertEquals("dflt", ProjectVars.expand("${B:-dflt}", Map.of("B", "")::get, parsed));
        assertEquals("", ProjectVars.expand("${B-dflt}", Map.of("B", "")::get, parsed), "without the colon, only an unset name takes the default");
        assertEquals("", ProjectVars.expand("$NOPE", k -> null, parsed));
        assertEquals("cost $5", ProjectVars.expand("cost \\$5", k -> null, parsed));
    }

    @Test
    void anEnvironmentsOwnDevVarsFileIsReadInsteadOfDevVars() throws IOException {
        write("wrangler.toml", TOML);
        write(".dev.vars", "CLOUDFLARE_ACCOUNT_ID=acct-dev\nCLOUDFLARE_D1_TOKEN=tok-dev\n");
        write(".dev.vars.staging", "CLOUDFLARE_D1_TOKEN=tok-dev-staging\n");
        Target.RemoteD1 staging = target(Map.of("CLOUDFLARE_ACCOUNT_ID", "acct"), "staging");
        assertEquals("tok-dev-staging", staging.settings().token());
        assertEquals(".dev.vars.staging", staging.tokenSource());
        assertEquals("tok-dev", target(Map.of("CLOUDFLARE_ACCOUNT_ID", "acct"), null).settings().token());

        GodwitException e = assertThrows(GodwitException.class, () -> target(Map.of(), "staging"));
        assertTrue(e.getMessage().contains("the account id: looked in -Ddb.d1.accountId / <d1AccountId>, the environment variable CLOUDFLARE_ACCOUNT_ID,"
                + " .env, .env.local, .env.staging, .env.staging.local, .dev.vars.staging (CLOUDFLARE_ACCOUNT_ID=...), and settings.xml"), e.getMessage());
    }

    @Test
    void cloudflareEnvInADotEnvFilePicksTheEnvironment() throws IOException {
        write("wrangler.toml", TOML);
        write(".env", "CLOUDFLARE_ENV=staging\nCLOUDFLARE_ACCOUNT_ID=acct\nCLOUDFLARE_D1_TOKEN=tok\n");
        assertEquals("id-staging", target(Map.of(), null).settings().databaseId());
        assertEquals("id-staging", target(Map.of("CLOUDFLARE_ENV", " "), null).settings().databaseId(), "a blank CLOUDFLARE_ENV is unset: .env chooses");
    }

    /**
     * wrangler reads .env from the folder it runs in (wrangler 4: {@code path.resolve(".env")} in its global middleware), not from
     * beside its config. A Maven module below the repository's wrangler.toml, with the Worker's .env beside that config
     * ({@code CLOUDFLARE_ENV=staging}): wrangler run there works on staging; Godwit read only the module's own (absent) .env files,
     * so it worked on the top level's database and missed the token. Now the config's folder's .env files are read when the
     * project has none, and two folders whose .env files choose different environments are refused, naming both.
     */
    @Test
    void aModuleWithoutDotEnvFilesReadsThoseBesideWranglersConfigAndTwoThatDisagreeOnTheEnvironmentAreRefused() throws IOException {
        Files.createDirectories(project.resolve(".git"));
        write("wrangler.toml", TOML);
        write(".env", "CLOUDFLARE_ENV=staging\nCLOUDFLARE_ACCOUNT_ID=acct-root\nCLOUDFLARE_D1_TOKEN=tok-root\n");
        Path module = Files.createDirectories(project.resolve("db"));
        Target.RemoteD1 t = target(module, Map.of(), null);
        assertEquals("id-staging", t.settings().databaseId());
        assertEquals("acct-root", t.settings().accountId());
        assertEquals("../.env", t.tokenSource());

        Files.writeString(module.resolve(".env"), "CLOUDFLARE_D1_TOKEN=tok-module\n");
        GodwitException e = assertThrows(GodwitException.class, () -> target(module, Map.of(), null));
        assertTrue(e.getMessage().startsWith("the project's .env and .env.local set no CLOUDFLARE_ENV, while ../.env beside wrangler's config has"
                + " CLOUDFLARE_ENV=staging: wrangler reads .env from the folder it runs in, so run in " + module + " and run in " + project
                + " it works on two different environments"), e.getMessage());
        assertEquals("id-staging", target(module, Map.of("CLOUDFLARE_ACCOUNT_ID", "a"), "staging").settings().databaseId(), "-Ddb.env decides");
        assertEquals("id-top", target(module, Map.of("CLOUDFLARE_ACCOUNT_ID", "a"), "").settings().databaseId(), "-Ddb.env= decides");
        assertEquals("id-staging", target(module, Map.of("CLOUDFLARE_ACCOUNT_ID", "a", "CLOUDFLARE_ENV", "staging"), null).settings().databaseId(),
                "an exported CLOUDFLARE_ENV decides, as it wins over .env in wrangler");
        Files.writeString(module.resolve(".env"), "CLOUDFLARE_ENV=staging\nCLOUDFLARE_ACCOUNT_ID=acct-module\nCLOUDFLARE_D1_TOKEN=tok-module\n");
        Target.RemoteD1 agreeing = target(module, Map.of(), null);
        assertEquals("id-staging", agreeing.settings().databaseId());
        assertEquals("acct-module", agreeing.settings().accountId(), "the project's own .env first");
    }

    /**
     * A config with no [env] table: wrangler goes on with the top level whatever CLOUDFLARE_ENV names (it warns), run in either
     * folder, so .env files that disagree on it choose nothing differently and are not refused.
     */
    @Test
    void dotEnvFilesThatDisagreeOnTheEnvironmentOfAConfigWithoutEnvironmentsAreNotRefused() throws IOException {
        Files.createDirectories(project.resolve(".git"));
        write("wrangler.toml", "[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"id-top\"\n");
        write(".env", "CLOUDFLARE_ENV=staging\nCLOUDFLARE_ACCOUNT_ID=acct-root\n");
        Path module = Files.createDirectories(project.resolve("db"));
        Files.writeString(module.resolve(".env"), "CLOUDFLARE_ACCOUNT_ID=acct-module\nCLOUDFLARE_D1_TOKEN=tok-module\n");
        assertEquals("id-top", target(module, Map.of(), null).settings().databaseId());
    }

    private Target.RemoteD1 target(Path dir, Map<String, String> variables, String env) {
        TargetSettings s = new TargetSettings(false, null, null, null, null, null, null, null, "http://127.0.0.1:1", dir, null, variables::get, env,
                null, null, null, null);
        return assertInstanceOf(Target.RemoteD1.class, ProjectSettings.of(s).target());
    }

    /**
     * {@code -Ddb.env=} given empty is wrangler's {@code --env=""}: the top level, which wrangler 4 itself advises ("simply pass an
     * empty string to the flag to target such environment"), whatever CLOUDFLARE_ENV names (envName = args.env ?? getCloudflareEnv()).
     * Godwit read it as unset and worked on the environment CLOUDFLARE_ENV named: {@code CLOUDFLARE_ENV=production mvn db:apply
     * -Ddb.env=} applied to production where {@code wrangler d1 migrations apply DB --remote --env=} applies to the top level's.
     */
    @Test
    void anEmptyDbEnvIsTheTopLevelAsWranglersEmptyEnvWhateverCloudflareEnvSays() throws IOException {
        write("wrangler.toml", TOML);
        Map<String, String> vars = Map.of("CLOUDFLARE_ENV", "staging", "CLOUDFLARE_ACCOUNT_ID", "acct", "CLOUDFLARE_D1_TOKEN", "tok");
        assertEquals("id-staging", target(vars, null).settings().databaseId());
        assertEquals("id-top", target(vars, "").settings().databaseId());
        assertEquals("id-top", target(vars, " ").settings().databaseId());
        write(".env", "CLOUDFLARE_ENV=staging\n");
        assertEquals("id-top", target(Map.of("CLOUDFLARE_ACCOUNT_ID", "acct", "CLOUDFLARE_D1_TOKEN", "tok"), "").settings().databaseId(), "nor .env's");
        TargetSettings s = new TargetSettings(false, null, null, null, null, null, null, null, "http://127.0.0.1:1", project, null, vars::get, "",
                null, null, null, null);
        ProjectSettings settings = ProjectSettings.of(s);
        assertEquals("", settings.chosenEnvironment(), "a printed command says -Ddb.env= again");
        assertTrue(settings.origins().stream().anyMatch(o -> o.toString().equals("environment: none (from -Ddb.env= (empty: the top level, as wrangler's --env=\"\"))")),
                settings.origins().toString());
    }

    /**
     * wrangler loads .env.<env> and .env.<env>.local (and wrangler dev .dev.vars.<env>) for the --env given on its command line
     * only (index.ts: getDefaultEnvFiles(args.env); start-dev.ts: env: args.env), never for CLOUDFLARE_ENV, which picks the
     * config's environment after the files are read. With CLOUDFLARE_ENV=staging wrangler takes .env's account; Godwit took
     * .env.staging's, another account than wrangler's for the same database.
     */
    @Test
    void cloudflareEnvPicksTheEnvironmentButNotItsDotEnvFilesAsInWrangler() throws IOException {
        write("wrangler.toml", TOML);
        write(".env", "CLOUDFLARE_ACCOUNT_ID=acct-base\nCLOUDFLARE_D1_TOKEN=tok-base\n");
        write(".env.staging", "CLOUDFLARE_ACCOUNT_ID=acct-staging\nCLOUDFLARE_D1_TOKEN=tok-staging\n");
        write(".dev.vars.staging", "CLOUDFLARE_D1_TOKEN=tok-dev-staging\n");
        Target.RemoteD1 byVariable = target(Map.of("CLOUDFLARE_ENV", "staging"), null);
        assertEquals("id-staging", byVariable.settings().databaseId());
        assertEquals("acct-base", byVariable.settings().accountId());
        assertEquals("tok-base", byVariable.settings().token());
        write(".env", "CLOUDFLARE_ENV=staging\nCLOUDFLARE_ACCOUNT_ID=acct-base\nCLOUDFLARE_D1_TOKEN=tok-base\n");
        Target.RemoteD1 byDotEnv = target(Map.of(), null);
        assertEquals("id-staging", byDotEnv.settings().databaseId());
        assertEquals("acct-base", byDotEnv.settings().accountId());
        Target.RemoteD1 given = target(Map.of(), "staging");
        assertEquals("acct-staging", given.settings().accountId(), "-Ddb.env is wrangler's --env: its files are read");
        assertEquals("tok-staging", given.settings().token());
    }

    @Test
    void wranglersTokenInADotEnvFileIsNamedWhenGodwitsIsMissingNeverItsValue() throws IOException {
        write("wrangler.toml", TOML);
        write(".env", "CLOUDFLARE_ACCOUNT_ID=acct\nCLOUDFLARE_API_TOKEN=wr-secret-456\n");
        GodwitException e = assertThrows(GodwitException.class, () -> target(Map.of(), null));
        assertTrue(e.getMessage().endsWith(". CLOUDFLARE_API_TOKEN (wrangler's variable) is set in .env, but Godwit reads CLOUDFLARE_D1_TOKEN:"
                + " add CLOUDFLARE_D1_TOKEN=${CLOUDFLARE_API_TOKEN} to .env if that token may edit D1"), e.getMessage());
        assertFalse(e.getMessage().contains("wr-secret-456"), e.getMessage());
    }
}
