package dev.godwit.engine.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.GodwitException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WranglerConfigTest {

    @TempDir
    Path project;

    static final String TOML = """
            name = "shop"
            account_id = "acct-top"

            [[d1_databases]]
            binding = "DB"
            database_name = "shop-dev"
            database_id = "id-dev"
            preview_database_id = "id-preview"
            migrations_dir = "db/migrations"
            migrations_table = "schema_history"

            [env.staging]
            [[env.staging.d1_databases]]
            binding = "DB"
            database_name = "shop-staging"
            database_id = "id-staging"

            [env.production]
            account_id = "acct-prod"
            [[env.production.d1_databases]]
            binding = "DB"
            database_name = "shop-prod"
            database_id = "id-prod"

            [env.empty]
            name = "no-db"
            """;

    static final Map<String, String> TOKEN_ONLY = Map.of("CLOUDFLARE_D1_TOKEN", "tok-secret", "CLOUDFLARE_DATABASE_ID", "id-from-env");

    private TargetSettings settings(boolean local, String env, String binding, String databaseId, Path out, String table) {
        return new TargetSettings(local, null, null, null, null, null, databaseId, null, "http://127.0.0.1:1", project, null, TOKEN_ONLY::get,
                env, null, binding, out, table);
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(project.resolve(name), text);
    }

    /**
     * The demo's POM sets <out>${project.basedir}/../drizzle</out> and a local path under ../.godwit/: db:status's settings said
     * "migrations folder: /app/demo/../drizzle" and "local file: /app/demo/../.godwit/demo.sqlite", and the line right below
     * them "Migrations in /app/drizzle on local SQLite file /app/.godwit/demo.sqlite". The settings now name them that way too.
     */
    @Test
    void settingsNameFoldersAndFilesAsTheGoalsDo() {
        Path module = project.resolve("demo");
        TargetSettings s = new TargetSettings(true, null, module.resolve("../.godwit/demo.sqlite"), null, null, null, null, null,
                "http://127.0.0.1:1", module, null, TOKEN_ONLY::get, null, null, null, module.resolve("../drizzle"), null);
        List<String> origins = ProjectSettings.of(s).origins().stream().map(Object::toString).toList();
        assertEquals(List.of("migrations folder: " + project.resolve("drizzle") + " (from -Ddb.out / <out>)",
                "history table: __drizzle_migrations (drizzle's layout unless the table has wrangler's) (from the default)",
                "local file: " + project.resolve(".godwit/demo.sqlite") + " (from -Ddb.local.path / <localPath>)"), origins);
    }

    @Test
    void environmentsPickTheirOwnDatabaseAndInheritTheAccount() throws IOException {
        write("wrangler.toml", TOML);
        var staging = assertInstanceOf(Target.RemoteD1.class, ProjectSettings.of(settings(false, "staging", null, null, null, null)).target());
        assertEquals("acct-top", staging.settings().accountId());
        assertEquals("id-staging", staging.settings().databaseId(), "the config's id wins over CLOUDFLARE_DATABASE_ID");
        assertEquals("shop-staging", staging.name());
        var prod = assertInstanceOf(Target.RemoteD1.class, ProjectSettings.of(settings(false, "production", null, null, null, null)).target());
        assertEquals("acct-prod", prod.settings().accountId());
        assertEquals("id-prod", prod.settings().databaseId());
        var top = assertInstanceOf(Target.RemoteD1.class, ProjectSettings.of(settings(false, null, null, null, null, null)).target());
        assertEquals("id-dev", top.settings().databaseId());
        var explicit = assertInstanceOf(Target.RemoteD1.class, ProjectSettings.of(settings(false, "staging", null, "id-cli", null, null)).target());
        assertEquals("id-cli", explicit.settings().databaseId(), "an explicit db.d1.databaseId wins over the config");
    }

    @Test
    void migrationsDirAndTableComeFromTheBindingUnlessSetExplicitly() throws IOException {
        write("wrangler.toml", TOML);
        ProjectSettings top = ProjectSettings.of(settings(false, null, null, null, null, null));
        assertEquals(project.resolve("db/migrations"), top.migrationsDir());
        assertEquals(new ProjectSettings.History("schema_history", true, "wrangler.toml (top level) d1_databases binding DB migrations_table"), top.history());
        ProjectSettings staging = ProjectSettings.of(settings(false, "staging", null, null, null, null));
        assertEquals(project.resolve("drizzle"), staging.migrationsDir(), "staging's binding sets no migrations_dir: Godwit's default");
        assertEquals(new ProjectSettings.History("__drizzle_migrations", false, "the default"), staging.history());
        ProjectSettings explicit = ProjectSettings.of(settings(false, null, null, null, project.resolve("sql"), "d1_migrations"));
        assertEquals(project.resolve("sql"), explicit.migrationsDir());
        assertEquals(new ProjectSettings.History("d1_migrations", true, "-Ddb.migrationsTable / <migrationsTable>"), explicit.history());
        // -Ddb.migrationsTable repeating the binding's migrations_table: wrangler's layout still (it was drizzle's, on a new database a
        // table wrangler d1 migrations apply, reading the same config, could not use)
        assertEquals(new ProjectSettings.History("schema_history", true, "-Ddb.migrationsTable / <migrationsTable>"),
                ProjectSettings.of(settings(false, null, null, null, null, "schema_history")).history());
        assertEquals(new ProjectSettings.History("D1_Migrations", true, "-Ddb.migrationsTable / <migrationsTable>"),
                ProjectSettings.of(settings(false, null, null, null, null, "D1_Migrations")).history(), "wrangler's table, in other capitals");
        assertEquals(new ProjectSettings.History("other_history", false, "-Ddb.migrationsTable / <migrationsTable>"),
                ProjectSettings.of(settings(false, null, null, null, null, "other_history")).history());
        // a red-team review: wrangler's config giving the folder without migrations_table left two histories, with no word
        assertEquals(null, top.twoHistoriesWarning(), "migrations_table given: one history");
        assertEquals(null, explicit.twoHistoriesWarning());
        write("wrangler.toml", "[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"id-db\"\nmigrations_dir = \"drizzle\"\n");
        String warning = ProjectSettings.of(settings(false, null, null, null, null, null)).twoHistoriesWarning();
        assertEquals("wrangler.toml (top level) d1_databases binding DB gives this folder (migrations_dir) but no migrations_table: Godwit keeps the"
                + " history in __drizzle_migrations (drizzle-orm's), while wrangler d1 migrations apply keeps its own in d1_migrations, so each would"
                + " take the migrations the other applied for pending. Apply with one of them, or, before anything is applied, set migrations_table ="
                + " \"d1_migrations\" there so that both keep one history (Godwit then keeps wrangler's).", warning);
    }

    @Test
    void localWithAConfigIsWranglersOwnFileForThatEnvironment() throws IOException {
        write("wrangler.toml", TOML);
        var top = assertInstanceOf(Target.WranglerLocalD1.class, ProjectSettings.of(settings(true, null, null, null, null, null)).target());
        assertEquals("id-preview", top.identity(), "preview_database_id first, as wrangler names the file");
        assertEquals(WranglerState.d1DatabaseFile(project.resolve(".wrangler/state"), "id-preview"), top.file());
        var staging = assertInstanceOf(Target.WranglerLocalD1.class, ProjectSettings.of(settings(true, "staging", null, null, null, null)).target());
        assertEquals("id-staging", staging.identity());
    }

    @Test
    void envWithoutItsOwnBindingIsAnErrorNamingIt() throws IOException {
        write("wrangler.toml", TOML);
        GodwitException e = assertThrows(GodwitException.class, () -> ProjectSettings.of(settings(false, "empty", null, null, null, null)).target());
        assertEquals(GodwitException.Kind.BROKEN, e.kind());
        assertTrue(e.getMessage().startsWith("-Ddb.env=empty: [env.empty] in " + project.resolve("wrangler.toml") + " has no d1_databases."), e.getMessage());
        GodwitException unknown = assertThrows(GodwitException.class, () -> ProjectSettings.of(settings(false, "qa", null, null, null, null)));
        assertEquals("-Ddb.env=qa: " + project.resolve("wrangler.toml") + " has no [env.qa]; its environments: staging, production, empty."
                + " Pick one of those, or give -Ddb.env= (empty, as wrangler's --env=\"\") for the top level.", unknown.getMessage());
    }

    @Test
    void severalBindingsNeedDbD1Binding() throws IOException {
        write("wrangler.jsonc", """
                // two databases
                {
                  "name": "shop", /* the worker */
                  "account_id": "acct",
                  "d1_databases": [
                    { "binding": "DB", "database_name": "main", "database_id": "id-main" },
                    { "binding": "AUDIT", "database_name": "audit", "database_id": "id-audit", },
                  ],
                }
                """);
        GodwitException e = assertThrows(GodwitException.class, () -> ProjectSettings.of(settings(false, null, null, null, null, null)).target());
        assertEquals("wrangler.jsonc (top level) has 2 D1 bindings: DB (database_name main), AUDIT (database_name audit)."
                + " Pick one with -Ddb.d1.binding=NAME (or <d1Binding> in the plugin configuration).", e.getMessage());
        var audit = assertInstanceOf(Target.RemoteD1.class, ProjectSettings.of(settings(false, null, "AUDIT", null, null, null)).target());
        assertEquals("id-audit", audit.settings().databaseId());
        var byName = assertInstanceOf(Target.RemoteD1.class, ProjectSettings.of(settings(false, null, "main", null, null, null)).target());
        assertEquals("id-main", byName.settings().databaseId());
        GodwitException none = assertThrows(GodwitException.class, () -> ProjectSettings.of(settings(false, null, "NOPE", null, null, null)).binding());
        assertEquals("-Ddb.d1.binding=NOPE: wrangler.jsonc (top level) has no D1 binding of that name; its D1 bindings: DB (database_name main),"
                + " AUDIT (database_name audit).", none.getMessage());
    }

    /**
     * Two d1_databases with one binding name: wrangler refuses the config ("DB assigned to multiple D1 Database bindings. Bindings
     * must have unique names"), checked for the environment it runs in. Godwit took the first for -Ddb.d1.binding=DB (the second
     * could not be picked at all), and without it asked for a -Ddb.d1.binding that could not tell them apart.
     */
    @Test
    void twoD1DatabasesWithOneBindingNameAreRefusedAsWranglerRefusesThem() throws IOException {
        write("wrangler.toml", """
                account_id = "acct"

                [[d1_databases]]
                binding = "DB"
                database_name = "shop-a"
                database_id = "id-a"

                [[d1_databases]]
                binding = "DB"
                database_name = "shop-b"
                database_id = "id-b"

                [env.staging]
                [[env.staging.d1_databases]]
                binding = "DB"
                database_name = "shop-staging"
                database_id = "id-staging"
                """);
        String expected = "wrangler.toml (top level) has 2 d1_databases with the binding DB (database_name shop-a, database_name shop-b);"
                + " wrangler refuses that too (bindings must have unique names), so neither could be told from the other. Give each its own"
                + " binding, or remove the one you do not use. Nothing was done.";
        for (String binding : new String[] {null, "DB", "shop-b"}) {
            GodwitException e = assertThrows(GodwitException.class, () -> ProjectSettings.of(settings(false, null, binding, null, null, null)).target(),
                    String.valueOf(binding));
            assertEquals(expected, e.getMessage(), String.valueOf(binding));
        }
        // as wrangler, only the environment a run works in is checked
        var staging = assertInstanceOf(Target.RemoteD1.class, ProjectSettings.of(settings(false, "staging", null, null, null, null)).target());
        assertEquals("id-staging", staging.settings().databaseId());
    }

    /**
     * wrangler checks the top level and the environment it runs in, not the others: an environment being set up (a d1_databases
     * entry without its binding yet) does not stop wrangler d1 migrations apply DB on the top level or --env staging. Godwit refused
     * every goal for it, whatever the environment; now only a run in that environment is refused, with the same message.
     */
    @Test
    void aBrokenEnvironmentStopsOnlyTheRunsInThatEnvironmentAsInWrangler() throws IOException {
        write("wrangler.toml", """
                account_id = "acct"
                [[d1_databases]]
                binding = "DB"
                database_id = "id-top"

                [env.next]
                account_id = 42
                [[env.next.d1_databases]]
                database_name = "shop-next"

                [env.staging]
                [[env.staging.d1_databases]]
                binding = "DB"
                database_id = "id-staging"
                """);
        assertEquals("id-top", assertInstanceOf(Target.RemoteD1.class, ProjectSettings.of(settings(false, null, null, null, null, null)).target())
                .settings().databaseId());
        assertEquals("id-staging", assertInstanceOf(Target.RemoteD1.class, ProjectSettings.of(settings(false, "staging", null, null, null, null))
                .target()).settings().databaseId());
        GodwitException e = assertThrows(GodwitException.class, () -> ProjectSettings.of(settings(false, "next", null, null, null, null)));
        assertEquals("wrangler's config " + project.resolve("wrangler.toml") + ": env.next.account_id must be a string, not number.", e.getMessage());
        GodwitException unknown = assertThrows(GodwitException.class, () -> ProjectSettings.of(settings(false, "qa", null, null, null, null)));
        assertTrue(unknown.getMessage().endsWith("has no [env.qa]; its environments: next, staging. Pick one of those, or give -Ddb.env= (empty, as"
                + " wrangler's --env=\"\") for the top level."), unknown.getMessage());
        // the top level is always checked, as wrangler checks it
        write("wrangler.toml", "[[d1_databases]]\ndatabase_id = \"x\"\n[env.staging]\n[[env.staging.d1_databases]]\nbinding = \"DB\"\n");
        assertThrows(GodwitException.class, () -> ProjectSettings.of(settings(false, "staging", null, null, null, null)));
    }

    /**
     * A JSON {@code null} is no missing value to wrangler: its checks take a key that is there with a value not of the type, null
     * too ({@code isOptionalProperty}: absent, or {@code typeof} string; {@code isString}: undefined, or a string), so
     * {@code "database_id": null} stops every wrangler command. Godwit read it as unset and went on: -Dlocal to the file named
     * after the binding, the remote database looked up by name.
     */
    @Test
    void aNullWhereWranglerWantsAStringIsRefusedAsWranglerRefusesIt() throws IOException {
        write("wrangler.json", "{ \"account_id\": \"acct\", \"d1_databases\": [ { \"binding\": \"DB\", \"database_name\": \"shop\","
                + " \"database_id\": null } ] }");
        GodwitException e = assertThrows(GodwitException.class, () -> ProjectSettings.of(settings(true, null, null, null, null, null)).target());
        assertEquals(GodwitException.Kind.BROKEN, e.kind());
        assertEquals("wrangler's config " + project.resolve("wrangler.json") + ": d1_databases[0].database_id must be a string, not null.", e.getMessage());
        write("wrangler.json", "{ \"account_id\": null, \"d1_databases\": [ { \"binding\": \"DB\", \"database_id\": \"id-1\" } ] }");
        e = assertThrows(GodwitException.class, () -> ProjectSettings.of(settings(false, null, null, null, null, null)).target());
        assertEquals("wrangler's config " + project.resolve("wrangler.json") + ": account_id must be a string, not null.", e.getMessage());
    }

    /**
     * -Ddb.d1.binding=AUDIT where only [env.staging] binds AUDIT: the error listed the top level's bindings and stopped there, though
     * the name is the environment's (wrangler too needs --env staging for it). It now names the environment that has it.
     */
    @Test
    void dbD1BindingOnlyAnotherEnvironmentHasNamesThatEnvironment() throws IOException {
        write("wrangler.toml", "[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"id-db\"\n[env.staging]\n[[env.staging.d1_databases]]\n"
                + "binding = \"AUDIT\"\ndatabase_name = \"audit-staging\"\ndatabase_id = \"id-audit\"\n");
        GodwitException e = assertThrows(GodwitException.class, () -> ProjectSettings.of(settings(true, null, "AUDIT", null, null, null)).target());
        assertEquals("-Ddb.d1.binding=AUDIT: wrangler.toml (top level) has no D1 binding of that name; its D1 bindings: DB. wrangler.toml"
                + " [env.staging] has it (binding AUDIT): add -Ddb.env=staging.", e.getMessage());
        GodwitException none = assertThrows(GodwitException.class, () -> ProjectSettings.of(settings(true, null, "NOPE", null, null, null)).target());
        assertEquals("-Ddb.d1.binding=NOPE: wrangler.toml (top level) has no D1 binding of that name; its D1 bindings: DB.", none.getMessage());
    }

    @Test
    void wranglersOrderOfFilesJsonThenJsoncThenToml() throws IOException {
        write("wrangler.toml", "[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"from-toml\"\n");
        write("wrangler.jsonc", "{ \"d1_databases\": [{ \"binding\": \"DB\", \"database_id\": \"from-jsonc\" }] }");
        assertEquals("from-jsonc", ProjectSettings.of(settings(false, null, null, null, null, null)).binding().databaseId());
        write("wrangler.json", "{ \"d1_databases\": [{ \"binding\": \"DB\", \"database_id\": \"from-json\" }] }");
        assertEquals("from-json", ProjectSettings.of(settings(false, null, null, null, null, null)).binding().databaseId());
    }

    /** A config with D1 databases only under environments, run without one: the missing id names the environments to pick from. */
    @Test
    void d1DatabasesOnlyInEnvironmentsSuggestDdbEnv() throws IOException {
        write("wrangler.toml", "name = \"shop\"\naccount_id = \"acct\"\n\n[env.staging]\n[[env.staging.d1_databases]]\nbinding = \"DB\"\n"
                + "database_id = \"id-staging\"\n\n[env.production]\n[[env.production.d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"id-prod\"\n");
        Map<String, String> tokenOnly = Map.of("CLOUDFLARE_D1_TOKEN", "tok-secret");
        GodwitException e = assertThrows(GodwitException.class,
                () -> ProjectSettings.of(withEnvironment(tokenOnly, false, null, null, "http://127.0.0.1:1")).target());
        assertTrue(e.getMessage().startsWith("Cloudflare D1 settings are missing"), e.getMessage());
        assertTrue(e.getMessage().endsWith("\n  wrangler.toml declares D1 databases only in its environments (staging, production): pick one with"
                + " -Ddb.env=staging (or CLOUDFLARE_ENV)."), e.getMessage());
    }

    @Test
    void brokenConfigNamesFileAndLine() throws IOException {
        write("wrangler.toml", "name = \"shop\"\n\n[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = id-without-quotes\n");
        GodwitException e = assertThrows(GodwitException.class, () -> ProjectSettings.of(settings(false, null, null, null, null, null)));
        assertEquals(GodwitException.Kind.BROKEN, e.kind());
        assertTrue(e.getMessage().startsWith("wrangler's config " + project.resolve("wrangler.toml") + " line 5"), e.getMessage());
        Files.delete(project.resolve("wrangler.toml"));
        write("wrangler.json", "{\n  \"d1_databases\": [\n    { \"binding\": \"DB\" \n  ]\n}\n");
        GodwitException j = assertThrows(GodwitException.class, () -> ProjectSettings.of(settings(false, null, null, null, null, null)));
        assertTrue(j.getMessage().startsWith("wrangler's config " + project.resolve("wrangler.json") + " line 4"), j.getMessage());
    }

    @Test
    void originsSayWhereEachValueCameFromWithoutTheToken() throws IOException {
        write("wrangler.toml", TOML);
        String all = String.join("\n", ProjectSettings.of(settings(false, "staging", null, null, null, null)).origins().stream().map(Object::toString).toList());
        assertTrue(all.contains("environment: staging (from -Ddb.env)"), all);
        assertTrue(all.contains("database id: id-staging (from wrangler.toml [env.staging] d1_databases binding DB database_id)"), all);
        assertTrue(all.contains("account id: acct-top (from wrangler.toml account_id (top level, inherited by [env.staging]))"), all);
        assertTrue(all.contains("API token: **** (from the environment variable CLOUDFLARE_D1_TOKEN)"), all);
        assertFalse(all.contains("tok-secret"));
    }

    private TargetSettings withEnvironment(Map<String, String> variables, boolean local, String env, Path config, String endpoint) {
        return new TargetSettings(local, null, null, null, null, null, null, null, endpoint, project, null, variables::get, env, config, null, null, null);
    }

    /** wrangler's getActiveAccountId: the config's account_id before CLOUDFLARE_ACCOUNT_ID. */
    @Test
    void theConfigsAccountWinsOverTheEnvironmentVariableAsInWrangler() throws IOException {
        write("wrangler.toml", TOML);
        Map<String, String> vars = Map.of("CLOUDFLARE_D1_TOKEN", "tok-secret", "CLOUDFLARE_ACCOUNT_ID", "acct-from-env");
        var prod = assertInstanceOf(Target.RemoteD1.class, ProjectSettings.of(withEnvironment(vars, false, "production", null, "http://127.0.0.1:1")).target());
        assertEquals("acct-prod", prod.settings().accountId());
        Files.writeString(project.resolve("wrangler.toml"), "[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"id-1\"\n");
        var noAccount = assertInstanceOf(Target.RemoteD1.class, ProjectSettings.of(withEnvironment(vars, false, null, null, "http://127.0.0.1:1")).target());
        assertEquals("acct-from-env", noAccount.settings().accountId(), "without account_id in the config, the variable");
    }

    /**
     * wrangler sends a FedRAMP High config's D1 calls to api.fed.cloudflare.com (getCloudflareApiBaseUrl: compliance_region,
     * inherited by environments, or CLOUDFLARE_COMPLIANCE_REGION; CLOUDFLARE_API_BASE_URL before both); the token and the SQL
     * went to api.cloudflare.com.
     */
    @Test
    void aFedrampHighConfigGoesToTheFedApiAsWranglersDoes() throws IOException {
        write("wrangler.toml", "compliance_region = \"fedramp_high\"\n" + TOML);
        Map<String, String> vars = Map.of("CLOUDFLARE_D1_TOKEN", "tok-secret");
        var staging = assertInstanceOf(Target.RemoteD1.class, ProjectSettings.of(withEnvironment(vars, false, "staging", null, null)).target());
        assertEquals("https://api.fed.cloudflare.com/client/v4", staging.settings().endpoint(), "inherited by [env.staging]");
        var given = assertInstanceOf(Target.RemoteD1.class, ProjectSettings.of(withEnvironment(vars, false, "staging", null, "http://127.0.0.1:1")).target());
        assertEquals("http://127.0.0.1:1", given.settings().endpoint(), "-Ddb.d1.endpoint wins");
        var base = assertInstanceOf(Target.RemoteD1.class, ProjectSettings.of(withEnvironment(Map.of("CLOUDFLARE_D1_TOKEN", "tok-secret",
                "CLOUDFLARE_API_BASE_URL", "https://proxy.example/client/v4"), false, "staging", null, null)).target());
        assertEquals("https://proxy.example/client/v4", base.settings().endpoint(), "CLOUDFLARE_API_BASE_URL, as wrangler reads it");
        GodwitException plain = assertThrows(GodwitException.class, () -> ProjectSettings.of(withEnvironment(Map.of("CLOUDFLARE_D1_TOKEN", "tok-secret",
                "CLOUDFLARE_API_BASE_URL", "http://proxy.example/client/v4"), false, "staging", null, null)).target());
        assertTrue(plain.getMessage().contains("(the environment variable CLOUDFLARE_API_BASE_URL, which wrangler and Godwit call the API at) is plain"
                + " http"), "the refusal names where the value came from, not db.d1.endpoint: " + plain.getMessage());
        GodwitException both = assertThrows(GodwitException.class, () -> ProjectSettings.of(withEnvironment(Map.of("CLOUDFLARE_D1_TOKEN", "tok-secret",
                "CLOUDFLARE_COMPLIANCE_REGION", "public"), false, "staging", null, null)).target());
        assertTrue(both.getMessage().contains("two different values"), both.getMessage());
        write("wrangler.toml", TOML);
        var public_ = assertInstanceOf(Target.RemoteD1.class, ProjectSettings.of(withEnvironment(vars, false, "staging", null, null)).target());
        assertEquals(dev.godwit.engine.d1.D1Settings.DEFAULT_ENDPOINT, public_.settings().endpoint());
        var byVariable = assertInstanceOf(Target.RemoteD1.class, ProjectSettings.of(withEnvironment(Map.of("CLOUDFLARE_D1_TOKEN", "tok-secret",
                "CLOUDFLARE_COMPLIANCE_REGION", "fedramp_high"), false, "staging", null, null)).target());
        assertEquals("https://api.fed.cloudflare.com/client/v4", byVariable.settings().endpoint());
        write(".env", "CLOUDFLARE_COMPLIANCE_REGION=fedramp_high\n");
        var byDotEnv = assertInstanceOf(Target.RemoteD1.class, ProjectSettings.of(withEnvironment(vars, false, "staging", null, null)).target());
        assertEquals("https://api.fed.cloudflare.com/client/v4", byDotEnv.settings().endpoint(), "from .env, as wrangler loads it");
        Files.delete(project.resolve(".env"));
        write("wrangler.toml", "compliance_region = \"fedramp\"\n" + TOML);
        GodwitException bad = assertThrows(GodwitException.class, () -> ProjectSettings.of(withEnvironment(vars, false, "staging", null, null)).target());
        assertTrue(bad.getMessage().contains("compliance_region must be \"public\" or \"fedramp_high\""), bad.getMessage());
    }

    /**
     * -Ddb.d1.binding=NAME takes the first binding or database_name matching in file order, with or without database_id, as
     * wrangler's getDatabaseInfoFromConfig does since 4.102 (#14275; before 4.61 it skipped entries without database_id, 4.61 to
     * 4.101 refused them for remote work): a database_name bound twice, the first without database_id (a {@code wrangler d1 create}
     * not pasted in yet), is the first binding, its database looked up by name, its local file named after its binding.
     */
    @Test
    void aNameMatchesTheFirstBindingInFileOrderWithOrWithoutDatabaseIdAsWranglerDoes() throws IOException {
        try (var standIn = dev.godwit.engine.d1.D1FleetStandIn.start(project.resolve("d1"), "acct", "tok-secret", 2)) {
            String shop = standIn.createDatabase("shop");
            write("wrangler.toml", """
                    account_id = "acct"
                    [[d1_databases]]
                    binding = "DB"
                    database_name = "shop"
                    migrations_dir = "drizzle"
                    [[d1_databases]]
                    binding = "OLD"
                    database_name = "shop"
                    database_id = "id-old"
                    preview_database_id = "id-old-preview"
                    migrations_dir = "migrations"
                    [[d1_databases]]
                    binding = "SCRATCH"
                    database_name = "scratch"
                    preview_database_id = "id-scratch-preview"
                    """);
            var remote = assertInstanceOf(Target.RemoteD1.class, ProjectSettings.of(new TargetSettings(false, null, null, null, null, null, null,
                    null, standIn.endpoint(), project, null, Map.of("CLOUDFLARE_D1_TOKEN", "tok-secret")::get, null, null, "shop", null, null)).target());
            assertEquals(shop, remote.settings().databaseId(), "the first binding named shop, looked up by name; not OLD's id-old");
            var local = assertInstanceOf(Target.WranglerLocalD1.class, ProjectSettings.of(settings(true, null, "shop", null, null, null)).target());
            assertEquals("DB", local.identity(), "wrangler's executeLocally: preview_database_id ?? database_id ?? binding of the first match");
            assertEquals(Path.of("drizzle"), ProjectSettings.of(settings(true, null, "shop", null, null, null)).migrationsDir().getFileName(), "DB's migrations_dir");
            var scratch = assertInstanceOf(Target.WranglerLocalD1.class, ProjectSettings.of(settings(true, null, "scratch", null, null, null)).target());
            assertEquals("id-scratch-preview", scratch.identity(), "a binding with only preview_database_id is still matched");
        }
    }

    /**
     * A binding without database_id is found by its database_name in the account (wrangler 4.102+); CLOUDFLARE_DATABASE_ID,
     * here staging's id, must not be taken for production's database.
     */
    @Test
    void aBindingWithoutDatabaseIdIsLookedUpByNameNeverTakenFromElsewhere() throws IOException {
        try (var standIn = dev.godwit.engine.d1.D1FleetStandIn.start(project.resolve("d1"), "acct-top", "tok-secret", 2)) {
            String staging = standIn.createDatabase("shop-staging");
            String production = standIn.createDatabase("shop-production");
            standIn.createDatabase("shop-production-old");
            write("wrangler.toml", """
                    account_id = "acct-top"
                    [env.production]
                    [[env.production.d1_databases]]
                    binding = "DB"
                    database_name = "shop-production"
                    [env.nameless]
                    [[env.nameless.d1_databases]]
                    binding = "DB"
                    [env.gone]
                    [[env.gone.d1_databases]]
                    binding = "DB"
                    database_name = "shop-archive"
                    """);
            Map<String, String> vars = Map.of("CLOUDFLARE_D1_TOKEN", "tok-secret", "CLOUDFLARE_DATABASE_ID", staging);
            ProjectSettings ps = ProjectSettings.of(withEnvironment(vars, false, "production", null, standIn.endpoint()));
            var target = assertInstanceOf(Target.RemoteD1.class, ps.target());
            assertEquals(production, target.settings().databaseId());
            assertEquals("shop-production", target.name());
            String all = String.join("\n", ps.origins().stream().map(Object::toString).toList());
            assertTrue(all.contains("database id: " + production + " (from wrangler.toml [env.production] d1_databases binding DB database_name"
                    + " shop-production, looked up in the account (the binding has no database_id))"), all);
            GodwitException nameless = assertThrows(GodwitException.class,
                    () -> ProjectSettings.of(withEnvironment(vars, false, "nameless", null, standIn.endpoint())).target());
            assertEquals("wrangler.toml [env.nameless] d1_databases binding DB has neither database_id nor database_name, and the Worker has no name,"
                    + " so it names no database (wrangler too refuses it). Add database_id = \"<uuid>\" (wrangler d1 list shows it) or database_name,"
                    + " or pass -Ddb.d1.databaseId.", nameless.getMessage());
            GodwitException gone = assertThrows(GodwitException.class,
                    () -> ProjectSettings.of(withEnvironment(vars, false, "gone", null, standIn.endpoint())).target());
            assertEquals("Account acct-top has no D1 database named \"shop-archive\" (wrangler.toml [env.gone] d1_databases binding DB gives"
                    + " database_name but no database_id, so it is looked up by name, as wrangler does). Create it (wrangler d1 create shop-archive),"
                    + " or add its database_id to the binding.", gone.getMessage());
        }
    }

    /**
     * A binding with neither database_id nor database_name names the database wrangler deploy provisions for it, and wrangler's
     * D1 commands look it up by that name (getDatabaseByNameOrBinding: {@code <worker name>-<binding lower case, _ as ->}, the
     * worker name of an environment being {@code <name>-<env>} unless it sets its own); Godwit refused such a binding.
     */
    /**
     * A binding without database_id is looked up by name in the account with the token: when Cloudflare refused the token there,
     * the error did not say where the token came from (the goal adds it only once the database is known), as every other refusal
     * of the token does. It does now, never the token.
     */
    @Test
    void aRefusedTokenWhileLookingUpABindingsDatabaseSaysWhereTheTokenCameFrom() throws IOException {
        try (var standIn = dev.godwit.engine.d1.D1FleetStandIn.start(project.resolve("d1"), "acct-top", "tok-secret", 2)) {
            standIn.createDatabase("shop-production");
            write("wrangler.toml", "account_id = \"acct-top\"\n[[d1_databases]]\nbinding = \"DB\"\ndatabase_name = \"shop-production\"\n");
            Map<String, String> vars = Map.of("CLOUDFLARE_D1_TOKEN", "tok-stale-0042");
            GodwitException e = assertThrows(GodwitException.class,
                    () -> ProjectSettings.of(withEnvironment(vars, false, null, null, standIn.endpoint())).target());
            assertTrue(e.getMessage().startsWith("Cloudflare refused the API token"), e.getMessage());
            assertTrue(e.getMessage().endsWith("\nThe token sent came from the environment variable CLOUDFLARE_D1_TOKEN."), e.getMessage());
            assertFalse(e.getMessage().contains("tok-stale-0042"));
        }
    }

    /**
     * An account id Cloudflare refuses (HTTP 403, code 7403) was said as "Check db.d1.accountId / CLOUDFLARE_ACCOUNT_ID" whatever
     * gave it: with a mistyped account_id in wrangler.toml, which wins over CLOUDFLARE_ACCOUNT_ID as in wrangler, a user exporting
     * the right CLOUDFLARE_ACCOUNT_ID changed nothing. The refusal names where the account id came from, for one database (its
     * queries and Time Travel), for a binding looked up by name and for a fleet, and never the token.
     */
    @Test
    void aRefusedAccountSaysWhereTheAccountIdCameFrom() throws IOException {
        try (var standIn = dev.godwit.engine.d1.D1FleetStandIn.start(project.resolve("d1"), "acct-top", "tok-secret", 2)) {
            String staging = standIn.createDatabase("shop-staging");
            write("wrangler.toml", "account_id = \"acct-tpo\"\n[env.staging]\n[[env.staging.d1_databases]]\nbinding = \"DB\"\n"
                    + "database_id = \"" + staging + "\"\n[env.named]\n[[env.named.d1_databases]]\nbinding = \"DB\"\n"
                    + "database_name = \"shop-staging\"\n");
            Map<String, String> vars = Map.of("CLOUDFLARE_D1_TOKEN", "tok-secret", "CLOUDFLARE_ACCOUNT_ID", "acct-top");
            String from = "The account id acct-tpo came from wrangler.toml account_id (top level, inherited by [env.staging]), which wrangler and"
                    + " Godwit take before CLOUDFLARE_ACCOUNT_ID: check it there, and that the token belongs to that account with the D1 Edit"
                    + " permission.";
            var one = assertInstanceOf(Target.RemoteD1.class, ProjectSettings.of(withEnvironment(vars, false, "staging", null, standIn.endpoint())).target());
            try (var db = one.open()) {
                var e = assertThrows(dev.godwit.engine.d1.D1Exception.class, () -> db.query("SELECT 1"));
                assertEquals("Cloudflare refused access to account acct-tpo (HTTP 403, code 7403: The given account is not valid or is not authorized"
                        + " to access this service). " + from, e.getMessage());
            }
            // Time Travel (db:restore, the apply's bookmark): the one-database stand-in answers it, as D1 does, account checked first
            try (var single = dev.godwit.engine.d1.D1StandIn.start(project.resolve("single.sqlite"), "acct-top", staging, "tok-secret");
                 var timeTravel = new dev.godwit.engine.d1.D1TimeTravel(assertInstanceOf(Target.RemoteD1.class,
                         ProjectSettings.of(withEnvironment(vars, false, "staging", null, single.endpoint())).target()).settings())) {
                var e = assertThrows(dev.godwit.engine.d1.D1Exception.class, timeTravel::currentBookmark);
                assertTrue(e.getMessage().endsWith("(HTTP 403, code 7403: The given account is not valid or is not authorized to access this"
                        + " service). " + from), "db:restore and the apply's bookmark name it too: " + e.getMessage());
            }
            GodwitException named = assertThrows(GodwitException.class,
                    () -> ProjectSettings.of(withEnvironment(vars, false, "named", null, standIn.endpoint())).target());
            assertTrue(named.getMessage().contains(from.replace("[env.staging]", "[env.named]")), named.getMessage());
            assertFalse(named.getMessage().contains("tok-secret"), named.getMessage());
            Target.D1Fleet fleet = Targets.resolveFleet(withEnvironment(vars, false, "staging", null, standIn.endpoint()), "name:shop-*");
            try (var client = new dev.godwit.engine.d1.D1Client(fleet.template())) {
                var e = assertThrows(dev.godwit.engine.d1.D1Exception.class, () -> client.listDatabases(null, 1, 100));
                assertTrue(e.getMessage().endsWith(" " + from), e.getMessage());
            }
            write("wrangler.toml", "[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"" + staging + "\"\n");
            var env = assertInstanceOf(Target.RemoteD1.class, ProjectSettings.of(withEnvironment(Map.of("CLOUDFLARE_D1_TOKEN", "tok-secret",
                    "CLOUDFLARE_ACCOUNT_ID", "acct-tpo"), false, null, null, standIn.endpoint())).target());
            try (var db = env.open()) {
                var e = assertThrows(dev.godwit.engine.d1.D1Exception.class, () -> db.query("SELECT 1"));
                assertTrue(e.getMessage().endsWith(" The account id acct-tpo came from the environment variable CLOUDFLARE_ACCOUNT_ID: check it"
                        + " there, and that the token belongs to that account with the D1 Edit permission."), e.getMessage());
            }
        }
    }

    @Test
    void aBindingWithoutIdOrNameIsLookedUpByTheNameWranglerDeployGivesIt() throws IOException {
        try (var standIn = dev.godwit.engine.d1.D1FleetStandIn.start(project.resolve("d1"), "acct-top", "tok-secret", 2)) {
            String top = standIn.createDatabase("shop-my-db");
            String staging = standIn.createDatabase("shop-staging-db");
            String api = standIn.createDatabase("api-db");
            standIn.createDatabase("shop-db");
            write("wrangler.toml", """
                    name = "shop"
                    account_id = "acct-top"
                    [[d1_databases]]
                    binding = "MY_DB"
                    [env.staging]
                    [[env.staging.d1_databases]]
                    binding = "DB"
                    [env.api]
                    name = "api"
                    [[env.api.d1_databases]]
                    binding = "DB"
                    [env.qa]
                    [[env.qa.d1_databases]]
                    binding = "DB"
                    """);
            Map<String, String> vars = Map.of("CLOUDFLARE_D1_TOKEN", "tok-secret", "CLOUDFLARE_DATABASE_ID", api);
            assertEquals(top, assertInstanceOf(Target.RemoteD1.class,
                    ProjectSettings.of(withEnvironment(vars, false, null, null, standIn.endpoint())).target()).settings().databaseId());
            ProjectSettings ps = ProjectSettings.of(withEnvironment(vars, false, "staging", null, standIn.endpoint()));
            assertEquals(staging, assertInstanceOf(Target.RemoteD1.class, ps.target()).settings().databaseId());
            String all = String.join("\n", ps.origins().stream().map(Object::toString).toList());
            assertTrue(all.contains("database id: " + staging + " (from wrangler.toml [env.staging] d1_databases binding DB, looked up in the account by"
                    + " the name wrangler deploy gives it, shop-staging-db (the binding has neither database_id nor database_name))"), all);
            assertEquals(api, assertInstanceOf(Target.RemoteD1.class,
                    ProjectSettings.of(withEnvironment(vars, false, "api", null, standIn.endpoint())).target()).settings().databaseId());
            GodwitException qa = assertThrows(GodwitException.class,
                    () -> ProjectSettings.of(withEnvironment(vars, false, "qa", null, standIn.endpoint())).target());
            assertEquals("Account acct-top has no D1 database named \"shop-qa-db\", the name wrangler deploy gives the database it provisions for"
                    + " wrangler.toml [env.qa] d1_databases binding DB (the binding has neither database_id nor database_name, so wrangler looks it up"
                    + " as <worker name>-<binding>). Run wrangler deploy --env qa to provision it, or add database_name or database_id to the binding.",
                    qa.getMessage());
        }
    }

    /**
     * The environment a printed way back must name, whatever picked it: a CLOUDFLARE_ENV line in the project's .env picks staging
     * as the variable does, and the "to go back" commands left it out (they read the process's variable only), so the logged
     * mvn db:restore, run once .env no longer says staging, put staging's bookmark on another environment's database.
     */
    @Test
    void theChosenEnvironmentIsTheOneDotEnvPicked() throws IOException {
        write("wrangler.toml", TOML);
        write(".env", "CLOUDFLARE_ENV=staging\n");
        Map<String, String> vars = Map.of("CLOUDFLARE_D1_TOKEN", "tok-secret");
        ProjectSettings ps = ProjectSettings.of(withEnvironment(vars, false, null, null, "http://127.0.0.1:1"));
        assertEquals("id-staging", assertInstanceOf(Target.RemoteD1.class, ps.target()).settings().databaseId());
        assertEquals("staging", ps.chosenEnvironment());
        assertEquals("production", ProjectSettings.of(withEnvironment(vars, false, "production", null, "http://127.0.0.1:1")).chosenEnvironment());
        Files.delete(project.resolve(".env"));
        // the top level is named too (-Ddb.env=, wrangler's --env ''): the command printed here, pasted where CLOUDFLARE_ENV says
        // production (CI, another shell, .env edited since), restored production with the top level's bookmark or time
        assertEquals("", ProjectSettings.of(withEnvironment(vars, false, null, null, "http://127.0.0.1:1")).chosenEnvironment());
        assertEquals("staging", ProjectSettings.of(withEnvironment(Map.of("CLOUDFLARE_ENV", "staging"), false, null, null, null)).chosenEnvironment());
        // a config without environments: CLOUDFLARE_ENV falls back to the top level (as wrangler), which a printed command does not name
        Files.writeString(project.resolve("wrangler.toml"), "account_id = \"acct\"\n[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"id-1\"\n");
        assertEquals(null, ProjectSettings.of(withEnvironment(Map.of("CLOUDFLARE_ENV", "staging"), false, null, null, null)).chosenEnvironment());
    }

    /**
     * A POM's {@code <d1DatabaseId>} (of a database the config binds nowhere) with -Ddb.env=production: the apply went to the POM's
     * database with production's folder and history, printing only its id, where wrangler d1 migrations apply DB --remote --env
     * production works on production's own. The goal asks for the check when the id is not from the command line; refused there.
     */
    @Test
    void aConfiguredDatabaseIdDoesNotReplaceTheDatabaseOfTheChosenEnvironment() throws IOException {
        write("wrangler.toml", TOML);
        String pom = "<d1DatabaseId> in the plugin's configuration";
        ProjectSettings prod = ProjectSettings.of(settings(false, "production", null, "id-pom", null, null));
        GodwitException e = assertThrows(GodwitException.class, () -> prod.refuseConfiguredDatabaseIdForEnvironment(pom));
        assertEquals(pom + " names the Cloudflare D1 database id-pom, while -Ddb.env=production picks wrangler.toml [env.production] d1_databases"
                + " binding DB, whose database is shop-prod (id-prod): wrangler d1 migrations apply shop-prod --remote --env production"
                + " works on that one, and this run would apply [env.production]'s migrations to id-pom instead. Remove " + pom + " (wrangler's"
                + " config names each environment's database), or give -Ddb.d1.databaseId=id-pom on the command line if that database is meant."
                + " Nothing was done.", e.getMessage());
        Map<String, String> vars = Map.of("CLOUDFLARE_D1_TOKEN", "tok-secret", "CLOUDFLARE_ENV", "staging");
        TargetSettings byVariable = new TargetSettings(false, null, null, null, null, null, "id-pom", null, "http://127.0.0.1:1", project, null,
                vars::get, null, null, null, null, null);
        assertTrue(assertThrows(GodwitException.class, () -> ProjectSettings.of(byVariable).refuseConfiguredDatabaseIdForEnvironment(pom)).getMessage()
                .contains("while the environment variable CLOUDFLARE_ENV=staging picks wrangler.toml [env.staging]"));
        // the environment's own id, the top level (explicit settings win there, as documented), and a local run are left alone
        ProjectSettings.of(settings(false, "production", null, "id-prod", null, null)).refuseConfiguredDatabaseIdForEnvironment(pom);
        ProjectSettings.of(settings(false, null, null, "id-pom", null, null)).refuseConfiguredDatabaseIdForEnvironment(pom);
        ProjectSettings.of(settings(true, "production", null, "id-pom", null, null)).refuseConfiguredDatabaseIdForEnvironment(pom);
    }

    /**
     * The README's layout (migrations_dir = "drizzle", migrations_table = "d1_migrations") at the top level, and [env.staging]'s
     * binding copied without those two lines: drizzle/ exists, so staging's apply went ahead silently, recording its migrations in
     * __drizzle_migrations while the top level's database keeps them in d1_migrations (wrangler --env staging: "No migrations
     * present" at ./migrations). Refused, naming the lines to copy; with them, or with -Ddb.migrationsTable, it runs.
     */
    @Test
    void anEnvironmentsBindingWithoutTheTopLevelsFolderAndHistoryIsRefusedWhenTheFolderIsTheSame() throws IOException {
        String top = "[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"id-dev\"\nmigrations_dir = \"drizzle\"\nmigrations_table = \"d1_migrations\"\n";
        write("wrangler.toml", top + "[env.staging]\n[[env.staging.d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"id-staging\"\n");
        Files.createDirectories(project.resolve("drizzle"));
        GodwitException e = assertThrows(GodwitException.class, () -> ProjectSettings.of(settings(true, "staging", null, null, null, null)).history());
        assertEquals("wrangler.toml [env.staging] d1_databases binding DB sets neither migrations_dir nor migrations_table, so Godwit would keep"
                + " this database's history in __drizzle_migrations (its default), while wrangler.toml (top level) d1_databases binding DB gives the"
                + " same folder (migrations_dir = \"drizzle\") with migrations_table = \"d1_migrations\": the databases would record the same"
                + " migrations in different tables (and wrangler d1 migrations apply reads ./migrations for this binding, not that folder). wrangler"
                + " does not inherit d1_databases into environments: add migrations_dir = \"drizzle\" and migrations_table = \"d1_migrations\" to"
                + " this binding, or pass -Ddb.migrationsTable=NAME for the history you mean. Nothing was done.", e.getMessage());
        assertEquals("__drizzle_migrations", ProjectSettings.of(settings(true, "staging", null, null, null, "__drizzle_migrations")).history().name());
        assertEquals("d1_migrations", ProjectSettings.of(settings(true, null, null, null, null, null)).history().name(), "the top level itself");
        write("wrangler.toml", top + "[env.staging]\n[[env.staging.d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"id-staging\"\n"
                + "migrations_dir = \"drizzle\"\nmigrations_table = \"d1_migrations\"\n");
        assertEquals("d1_migrations", ProjectSettings.of(settings(true, "staging", null, null, null, null)).history().name());
        // another folder at the top level (db/): this binding's drizzle/ is not the folder it gives, nothing shared to refuse
        write("wrangler.toml", top.replace("\"drizzle\"", "\"db\"") + "[env.staging]\n[[env.staging.d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"id-staging\"\n");
        Files.createDirectories(project.resolve("db"));
        assertEquals("__drizzle_migrations", ProjectSettings.of(settings(true, "staging", null, null, null, null)).history().name());
    }

    /**
     * A key wrangler does not know in a D1 binding ({@code migrationsDir} for migrations_dir) is ignored by both, so the binding
     * falls back to the default folder and history table: wrangler warns "Unexpected fields found", Godwit said nothing.
     */
    @Test
    void aBindingKeyWranglerDoesNotKnowIsWarnedOfWithTheKeyItSeemsToMean() throws IOException {
        write("wrangler.toml", "[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"id-dev\"\nmigrationsDir = \"drizzle\"\n"
                + "[env.staging]\n[[env.staging.d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"id-staging\"\nmigrations_dir = \"drizzle\"\n"
                + "migration_table = \"d1_migrations\"\ncomment = \"staging\"\n");
        Files.createDirectories(project.resolve("drizzle"));
        assertEquals("wrangler.toml (top level): d1_databases[0].migrationsDir (did you mean migrations_dir?) is a key wrangler does not know"
                + " in a D1 binding: ignored, by Godwit as by wrangler (which warns \"Unexpected fields found\"), so what it was meant to set"
                + " keeps its default. Fix the name in wrangler.toml.", ProjectSettings.of(settings(true, null, null, null, null, null)).unknownBindingKeysWarning());
        assertEquals("wrangler.toml [env.staging]: env.staging.d1_databases[0].migration_table, env.staging.d1_databases[0].comment are keys"
                + " wrangler does not know in a D1 binding: ignored, by Godwit as by wrangler (which warns \"Unexpected fields found\"), so what"
                + " it was meant to set keeps its default. Fix the name in wrangler.toml.",
                ProjectSettings.of(settings(true, "staging", null, null, null, null)).unknownBindingKeysWarning());
        write("wrangler.toml", "[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"id-dev\"\nmigrations_dir = \"drizzle\"\nmigrations_table = \"d1_migrations\""
                + "\npreview_database_id = \"id-p\"\ndatabase_name = \"n\"\nremote = false\nmigrations_pattern = \"*.sql\"\ndatabase_internal_env = \"x\"\n");
        assertEquals(null, ProjectSettings.of(settings(true, null, null, null, null, null)).unknownBindingKeysWarning(), "every key known");
        // jurisdiction is a D1 binding's key in current wrangler (validateD1Binding, config-schema.json: where an auto-provisioned
        // database is created): no warning, which told users to remove it, and their next provisioned database left the EU
        write("wrangler.toml", "[[d1_databases]]\nbinding = \"DB\"\ndatabase_name = \"shop-eu\"\nmigrations_dir = \"drizzle\"\njurisdiction = \"eu\"\n");
        assertEquals(null, ProjectSettings.of(settings(true, null, null, null, null, null)).unknownBindingKeysWarning(), "jurisdiction is known");
    }

    /**
     * The top level's migrations_table is __drizzle_migrations, the name Godwit keeps by default: the refusal of the environment's
     * binding without it said "different tables" of two tables of one name. They differ in layout (a binding's migrations_table is
     * wrangler's layout), which is what it now says.
     */
    @Test
    void theEnvironmentsDefaultHistoryOfTheTopLevelsNameIsSaidToDifferInLayoutNotName() throws IOException {
        String top = "[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"id-dev\"\nmigrations_dir = \"drizzle\"\nmigrations_table = \"__drizzle_migrations\"\n";
        write("wrangler.toml", top + "[env.staging]\n[[env.staging.d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"id-staging\"\n");
        Files.createDirectories(project.resolve("drizzle"));
        GodwitException e = assertThrows(GodwitException.class, () -> ProjectSettings.of(settings(true, "staging", null, null, null, null)).history());
        assertTrue(e.getMessage().contains("the databases would record the same migrations in tables of one name but two layouts (wrangler's there,"
                + " drizzle-orm's here)"), e.getMessage());
        assertTrue(!e.getMessage().contains("different tables"), e.getMessage());
    }

    /** wrangler reads CLOUDFLARE_ENV when --env is not given; -Ddb.env still wins. */
    @Test
    void cloudflareEnvPicksTheEnvironmentWhenDbEnvIsNotGiven() throws IOException {
        write("wrangler.toml", TOML);
        Map<String, String> vars = Map.of("CLOUDFLARE_D1_TOKEN", "tok-secret", "CLOUDFLARE_ENV", "staging");
        ProjectSettings ps = ProjectSettings.of(withEnvironment(vars, false, null, null, "http://127.0.0.1:1"));
        assertEquals("id-staging", assertInstanceOf(Target.RemoteD1.class, ps.target()).settings().databaseId());
        assertTrue(ps.origins().stream().map(Object::toString).anyMatch(o -> o.equals("environment: staging (from the environment variable CLOUDFLARE_ENV)")),
                ps.origins().toString());
        assertEquals("id-prod", assertInstanceOf(Target.RemoteD1.class,
                ProjectSettings.of(withEnvironment(vars, false, "production", null, "http://127.0.0.1:1")).target()).settings().databaseId());
        // A config without environments: the top level, as wrangler (which warns) takes it
        Files.writeString(project.resolve("wrangler.toml"), "account_id = \"acct\"\n[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"id-1\"\n");
        ProjectSettings flat = ProjectSettings.of(withEnvironment(vars, false, null, null, "http://127.0.0.1:1"));
        assertEquals("id-1", assertInstanceOf(Target.RemoteD1.class, flat.target()).settings().databaseId());
        assertTrue(flat.origins().stream().map(Object::toString).anyMatch(o -> o.equals("environment: none (from the top level: CLOUDFLARE_ENV=staging"
                + " is set, but wrangler.toml defines no environments)")), flat.origins().toString());
        // and said in the goal's log, as wrangler says it (only db:status's settings said it before)
        assertEquals("CLOUDFLARE_ENV=staging is set, but wrangler.toml defines no environments, so this works on the top level's D1 database,"
                + " DB, as wrangler does (it warns too). If another database was meant, unset CLOUDFLARE_ENV or add that environment to"
                + " wrangler.toml.", flat.ignoredEnvironmentWarning());
        assertEquals(null, ps.ignoredEnvironmentWarning(), "CLOUDFLARE_ENV naming an environment the config has");
        write("wrangler.toml", TOML);
        GodwitException e = assertThrows(GodwitException.class, () -> ProjectSettings.of(withEnvironment(Map.of("CLOUDFLARE_ENV", "qa"), false, null, null, null)));
        assertTrue(e.getMessage().startsWith("the environment variable CLOUDFLARE_ENV=qa: " + project.resolve("wrangler.toml") + " has no [env.qa]"), e.getMessage());
    }

    /**
     * wrangler goes on with the top level for an unknown environment only when the config has no {@code env} at all: an empty
     * {@code [env]} table (or {@code "env": {}}) lists no names, yet is there, and the same CLOUDFLARE_ENV is an error to wrangler
     * ("No environment found in configuration with name ..."). Godwit worked on the top level's database instead.
     */
    @Test
    void cloudflareEnvWithAnEmptyEnvTableIsRefusedAsWranglerRefusesIt() throws IOException {
        Map<String, String> vars = Map.of("CLOUDFLARE_D1_TOKEN", "tok-secret", "CLOUDFLARE_ENV", "staging");
        for (String[] config : new String[][] {
                {"wrangler.toml", "account_id = \"acct\"\n[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"id-top\"\n[env]\n"},
                {"wrangler.json", "{ \"account_id\": \"acct\", \"d1_databases\": [ { \"binding\": \"DB\", \"database_id\": \"id-top\" } ], \"env\": {} }"}}) {
            for (String n : WranglerConfig.FILE_NAMES) Files.deleteIfExists(project.resolve(n));
            write(config[0], config[1]);
            GodwitException e = assertThrows(GodwitException.class,
                    () -> ProjectSettings.of(withEnvironment(vars, false, null, null, "http://127.0.0.1:1")).target(), config[0]);
            assertTrue(e.getMessage().startsWith("the environment variable CLOUDFLARE_ENV=staging: " + project.resolve(config[0]) + " has no [env.staging]"),
                    e.getMessage());
            assertFalse(e.getMessage().contains("warns and uses"), e.getMessage());
            GodwitException given = assertThrows(GodwitException.class, () -> ProjectSettings.of(settings(false, "staging", null, null, null, null)));
            assertEquals("-Ddb.env=staging: " + project.resolve(config[0]) + " has no [env.staging]; its [env] table defines no environment (wrangler"
                    + " refuses --env staging there too). Add [env.staging] with its own d1_databases, or leave db.env out for the top level.",
                    given.getMessage());
        }
    }

    /**
     * CLOUDFLARE_ENV (set for wrangler deploy in CI, or by direnv) picking an environment without d1_databases was reported as
     * "-Ddb.env=empty: [env.empty] ... has no d1_databases", a setting the user never gave, so nothing pointed at the variable.
     * The error now names what chose the environment, and the way to the top level.
     */
    @Test
    void anEnvironmentWithoutD1DatabasesChosenByCloudflareEnvIsSaidToComeFromTheVariable() throws IOException {
        write("wrangler.toml", TOML);
        GodwitException e = assertThrows(GodwitException.class,
                () -> ProjectSettings.of(withEnvironment(Map.of("CLOUDFLARE_ENV", "empty"), true, null, null, null)).target());
        assertEquals("the environment variable CLOUDFLARE_ENV=empty: [env.empty] in " + project.resolve("wrangler.toml") + " has no d1_databases."
                + " wrangler does not inherit d1_databases from the top level: add [[env.empty.d1_databases]] with binding, database_name and"
                + " database_id (this environment's own database), or unset CLOUDFLARE_ENV to work on the top level's.", e.getMessage());
        GodwitException given = assertThrows(GodwitException.class,
                () -> ProjectSettings.of(withEnvironment(Map.of(), true, "empty", null, null)).target());
        assertTrue(given.getMessage().startsWith("-Ddb.env=empty: [env.empty] in "), given.getMessage());
    }

    @Test
    void aMigrationsPatternOtherThanTheFoldersSqlFilesIsRefused() throws IOException {
        write("wrangler.toml", "[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"id-1\"\nmigrations_dir = \"./migrations\"\n"
                + "migrations_pattern = \"migrations/*/migration.sql\"\n");
        GodwitException e = assertThrows(GodwitException.class, () -> ProjectSettings.of(settings(true, null, null, null, null, null)).migrationsDir());
        assertEquals("wrangler.toml (top level) d1_databases binding DB sets migrations_pattern = \"migrations/*/migration.sql\": wrangler applies the"
                + " files it matches, while Godwit (like drizzle-kit) keeps migrations as .sql files at the top of the migrations folder, so the two"
                + " would not see the same migrations. Remove migrations_pattern (or make it \"migrations/*.sql\"), or give Godwit a config without it"
                + " (-Ddb.wrangler.config).", e.getMessage());
        write("wrangler.toml", "[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"id-1\"\nmigrations_dir = \"migrations\"\n"
                + "migrations_pattern = \"./migrations/*.sql\"\n");
        assertEquals(project.resolve("migrations"), ProjectSettings.of(settings(true, null, null, null, null, null)).migrationsDir());
    }

    /**
     * wrangler 4.164 (resolveMigrationsConfig) refuses migrations_pattern without migrations_dir, and a pattern that does not
     * start with the folder (*.sql with migrations_dir = "migrations"); Godwit took both, reading migrations/ where every wrangler
     * d1 migrations command fails. Equal after wrangler's normalisation is accepted: ./db/./migrations/ with db/migrations/*.sql,
     * and a bare *.sql with migrations_dir = ".".
     */
    @Test
    void migrationsPatternIsCheckedAsWranglerChecksIt() throws IOException {
        write("wrangler.toml", "[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"id-1\"\nmigrations_pattern = \"migrations/*.sql\"\n");
        GodwitException noDir = assertThrows(GodwitException.class, () -> ProjectSettings.of(settings(true, null, null, null, null, null)).migrationsDir());
        assertEquals("wrangler.toml (top level) d1_databases binding DB sets migrations_pattern = \"migrations/*.sql\" but no migrations_dir; wrangler"
                + " refuses that (when migrations_pattern is set, migrations_dir must be too). Add migrations_dir = \"migrations\" (where the"
                + " migrations are), or remove migrations_pattern.", noDir.getMessage());
        write("wrangler.toml", "[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"id-1\"\nmigrations_dir = \"migrations\"\nmigrations_pattern = \"*.sql\"\n");
        GodwitException bare = assertThrows(GodwitException.class, () -> ProjectSettings.of(settings(true, null, null, null, null, null)).migrationsDir());
        assertTrue(bare.getMessage().contains("(or make it \"migrations/*.sql\")"), bare.getMessage());
        write("wrangler.toml", "[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"id-1\"\nmigrations_dir = \"./db/./migrations/\"\n"
                + "migrations_pattern = \"db/migrations/*.sql\"\n");
        assertEquals(project.resolve("db/migrations"), ProjectSettings.of(settings(true, null, null, null, null, null)).migrationsDir());
        write("wrangler.toml", "[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"id-1\"\nmigrations_dir = \".\"\nmigrations_pattern = \"*.sql\"\n");
        assertEquals(project, ProjectSettings.of(settings(true, null, null, null, null, null)).migrationsDir());
        assertEquals("migrations", ProjectSettings.posixNormalized("./migrations/"));
        assertEquals("db", ProjectSettings.posixNormalized("migrations/../db"));
        assertEquals("../shared/db", ProjectSettings.posixNormalized("..\\shared\\db\\"));
        assertEquals(".", ProjectSettings.posixNormalized("./"));
    }

    /**
     * An empty migrations_pattern is set to wrangler (its check is {@code rawPattern !== undefined}, helpers.ts
     * resolveMigrationsConfig): without migrations_dir it refuses the binding, with one it normalises "" to "." and refuses it for
     * not starting with the folder (with migrations_dir "." the pattern "." matches no file, and nothing is applied). Godwit read
     * it as unset and applied the folder's .sql files.
     */
    @Test
    void anEmptyMigrationsPatternIsSetAsWranglerReadsIt() throws IOException {
        write("wrangler.toml", "[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"id-1\"\nmigrations_pattern = \"\"\n");
        GodwitException noDir = assertThrows(GodwitException.class, () -> ProjectSettings.of(settings(true, null, null, null, null, null)).migrationsDir());
        assertTrue(noDir.getMessage().contains("sets migrations_pattern = \"\" but no migrations_dir"), noDir.getMessage());
        for (String dir : List.of("migrations", ".")) {
            write("wrangler.toml", "[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"id-1\"\nmigrations_dir = \"" + dir + "\"\nmigrations_pattern = \"\"\n");
            GodwitException e = assertThrows(GodwitException.class, () -> ProjectSettings.of(settings(true, null, null, null, null, null)).migrationsDir(), dir);
            assertTrue(e.getMessage().contains("sets migrations_pattern = \"\": wrangler applies the files it matches"), e.getMessage());
        }
    }

    /** A module of a multi-module build finds the repository's config above it, as wrangler looks upwards from where it runs. */
    @Test
    void theConfigIsFoundInAParentFolder() throws IOException {
        write("wrangler.toml", "[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"id-root\"\nmigrations_dir = \"drizzle\"\n");
        Path module = Files.createDirectories(project.resolve("services/schema"));
        TargetSettings inModule = new TargetSettings(true, null, null, null, null, null, null, null, null, module, null, Map.<String, String>of()::get,
                null, null, null, null, null);
        ProjectSettings ps = ProjectSettings.of(inModule);
        assertEquals(project.resolve("wrangler.toml"), ps.config().file());
        assertEquals(project.resolve("drizzle"), ps.migrationsDir(), "migrations_dir is relative to the config, as for wrangler");
        assertTrue(ps.origins().stream().map(Object::toString).anyMatch(o -> o.equals("wrangler config: " + project.resolve("wrangler.toml")
                + " (from the nearest parent folder that has one, as wrangler looks for it)")), ps.origins().toString());
        // Not above the root of the build: a repository without a config of its own never takes one from further up.
        Path repo = Files.createDirectories(project.resolve("repo/app"));
        Files.createDirectories(project.resolve("repo/.git"));
        TargetSettings inRepo = new TargetSettings(true, null, null, null, null, null, null, null, null, repo, null, Map.<String, String>of()::get,
                null, null, null, null, null);
        assertEquals(null, ProjectSettings.of(inRepo).config());
    }

    /**
     * A repository with the Worker's wrangler.toml at its root and a Maven project of its own in a sub-folder (with its .mvn,
     * for its wrapper): the search stopped at the project's .mvn, so Godwit found no config where wrangler, run from that
     * folder, reads the repository's. The repository's root bounds the search; .mvn only when no repository is above.
     */
    @Test
    void aMavenProjectWithItsOwnMvnFolderInsideARepositoryFindsTheRepositorysConfig() throws IOException {
        Files.createDirectories(project.resolve(".git"));
        write("wrangler.toml", "[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"id-root\"\nmigrations_dir = \"migrations\"\n");
        Path backend = Files.createDirectories(project.resolve("backend/schema"));
        Files.createDirectories(project.resolve("backend/.mvn"));
        assertEquals(project.resolve("wrangler.toml"), WranglerConfig.find(backend));
        assertEquals(project.resolve("wrangler.toml"), WranglerConfig.find(project.resolve("backend")));
        // without a repository above, the build's root (.mvn) still bounds it
        Path lone = Files.createDirectories(project.resolve("elsewhere/outer/build/module"));
        Files.createDirectories(project.resolve("elsewhere/outer/build/.mvn"));
        Files.writeString(project.resolve("elsewhere/outer/wrangler.toml"), "[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"id-x\"\n");
        assertEquals(project.resolve("elsewhere/outer/wrangler.toml"), WranglerConfig.find(lone), "within the repository: the nearest above");
        Files.delete(project.resolve(".git"));
        assertEquals(null, WranglerConfig.find(lone), "no repository: the search stops at the build's root");
    }

    /**
     * wrangler looks for wrangler.json in every folder up before it looks for wrangler.toml (findWranglerConfig), so run in a
     * module with its own wrangler.toml under a repository's wrangler.json it reads the repository's: Godwit took the module's,
     * another database. Checked against wrangler 4.164 (unstable_readConfig from the module: configPath is ../wrangler.json).
     */
    @Test
    void aWranglerJsonAboveANearerWranglerTomlIsAnErrorAsWranglerWouldReadTheJson() throws IOException {
        Files.createDirectories(project.resolve(".git"));
        write("wrangler.json", "{\"d1_databases\": [{\"binding\": \"DB\", \"database_id\": \"id-root\"}]}");
        Path module = Files.createDirectories(project.resolve("worker"));
        Files.writeString(module.resolve("wrangler.toml"), "[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"id-module\"\n");
        TargetSettings inModule = new TargetSettings(true, null, null, null, null, null, null, null, null, module, null, Map.<String, String>of()::get,
                null, null, null, null, null);
        GodwitException e = assertThrows(GodwitException.class, () -> ProjectSettings.of(inModule));
        assertEquals("Two wrangler configs: " + module.resolve("wrangler.toml") + " is the nearest, but wrangler, run from " + module + ", reads "
                + project.resolve("wrangler.json") + " (it looks for wrangler.json in every folder above before it looks for wrangler.toml), so Godwit"
                + " and wrangler would pick different databases. Point -Ddb.wrangler.config at the one you mean (and give wrangler the same with"
                + " --config), or remove the other.", e.getMessage());
        // the same folder: wrangler.json first there, as before; and a nearer wrangler.json wins over a wrangler.toml above
        Files.writeString(module.resolve("wrangler.json"), "{\"d1_databases\": [{\"binding\": \"DB\", \"database_id\": \"id-module-json\"}]}");
        assertEquals(module.resolve("wrangler.json"), ProjectSettings.of(inModule).config().file());
        Files.delete(module.resolve("wrangler.toml"));
        Files.delete(project.resolve("wrangler.json"));
        write("wrangler.toml", "[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"id-root\"\n");
        assertEquals(module.resolve("wrangler.json"), ProjectSettings.of(inModule).config().file());
        // -Ddb.wrangler.config settles it
        Files.writeString(module.resolve("wrangler.toml"), "[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"id-module\"\n");
        Files.delete(module.resolve("wrangler.json"));
        write("wrangler.json", "{\"d1_databases\": [{\"binding\": \"DB\", \"database_id\": \"id-root\"}]}");
        TargetSettings picked = new TargetSettings(true, null, null, null, null, null, null, null, null, module, null, Map.<String, String>of()::get,
                null, Path.of("wrangler.toml"), null, null, null);
        assertEquals("id-module", assertInstanceOf(Target.WranglerLocalD1.class, ProjectSettings.of(picked).target()).identity());
    }

    /**
     * db:apply named wrangler's local D1 file by its name alone ("Applying 1 migration(s) to local D1 state …/919d5d….sqlite"), a
     * hash, which says nothing of which binding and environment it is, where db:restore names them. Every line naming the file
     * ({@code describe()}) names them now, as db:restore does.
     */
    @Test
    void anApplyToWranglersLocalFileNamesTheBindingAndEnvironmentThatChoseIt() throws Exception {
        write("wrangler.toml", TOML);
        Target.WranglerLocalD1 file = assertInstanceOf(Target.WranglerLocalD1.class,
                ProjectSettings.of(settings(true, "staging", null, null, null, null)).target());
        Path folderDir = Files.createDirectories(project.resolve("wrangler-migrations"));
        Files.writeString(folderDir.resolve("0001_init.sql"), "CREATE TABLE t (x);\n");
        java.util.List<String> lines = new java.util.ArrayList<>();
        dev.godwit.engine.EngineLog log = new dev.godwit.engine.EngineLog() {
            @Override
            public void info(String message) {
                lines.add(message);
            }

            @Override
            public void warn(String message) {
                lines.add(message);
            }
        };
        String path = file.file().toAbsolutePath().normalize().toString();
        try (dev.godwit.engine.db.Database db = file.open(log)) {
            assertEquals("wrangler's local D1 file of wrangler.toml [env.staging] d1_databases binding DB (shop-staging), " + path, db.describe());
            new dev.godwit.engine.migrate.Migrator(db, new dev.godwit.engine.migrate.HistoryTable.Wrangler("d1_migrations"), log)
                    .apply(dev.godwit.engine.folder.MigrationsFolder.at(folderDir), dev.godwit.engine.migrate.ApplyOptions.defaults());
        }
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Applying 1 migration(s) to wrangler's local D1 file of wrangler.toml [env.staging]"
                + " d1_databases binding DB (shop-staging), " + path)), lines.toString());
        // without the config's words (a file given by its identity alone), as before
        try (dev.godwit.engine.db.Database db = new Target.WranglerLocalD1(file.file(), "DB").open()) {
            assertEquals("local D1 state " + path, db.describe());
        }
    }

    /**
     * db:restore -Dlocal named wrangler's local D1 file by its name alone, a hash ({@code 919d5d….sqlite}: "Restoring local SQLite
     * file …/919d5d….sqlite", "Restored 919d5d….sqlite to the copy …"), which says nothing of which database it is, where the
     * environment and the binding picked it. Its lines name them.
     */
    @Test
    void aRestoreOfWranglersLocalFileNamesTheBindingAndEnvironmentThatChoseIt() throws Exception {
        write("wrangler.toml", TOML);
        ProjectSettings staging = ProjectSettings.of(settings(true, "staging", null, null, null, null));
        Target.WranglerLocalD1 file = assertInstanceOf(Target.WranglerLocalD1.class, staging.target());
        String described = staging.localD1Description(file);
        assertEquals("wrangler's local D1 file of wrangler.toml [env.staging] d1_databases binding DB (shop-staging)", described);
        ProjectSettings top = ProjectSettings.of(settings(true, null, null, null, null, null));
        assertEquals("wrangler's local D1 file of wrangler.toml (top level) d1_databases binding DB (shop-dev)", top.localD1Description(top.target()));
        ProjectSettings remote = ProjectSettings.of(settings(false, "staging", null, null, null, null));
        assertNull(remote.localD1Description(remote.target()));

        Files.createDirectories(file.file().getParent());
        try (dev.godwit.engine.db.SqliteDatabase db = dev.godwit.engine.db.SqliteDatabase.open(file.file())) {
            db.runAtomically(java.util.List.of("CREATE TABLE t (x)"), false);
        }
        dev.godwit.engine.restore.LocalBackups backups = new dev.godwit.engine.restore.LocalBackups(project.resolve(".godwit/backups"), 5);
        Path copy = backups.backup(file.file());
        java.util.List<String> lines = new java.util.ArrayList<>();
        dev.godwit.engine.EngineLog log = new dev.godwit.engine.EngineLog() {
            @Override
            public void info(String message) {
                lines.add(message);
            }

            @Override
            public void warn(String message) {
                lines.add("WARN " + message);
            }
        };
        new dev.godwit.engine.restore.Restorer(log).describingLocalFile(described).local(file.file(), backups, null);
        assertEquals("Restoring " + described + ", " + file.file() + ", from " + copy, lines.get(0));
        assertEquals("Restored " + file.file().getFileName() + " (" + described + ") to the copy " + copy.getFileName() + ".", lines.get(1));
        GodwitException none = assertThrows(GodwitException.class, () -> new dev.godwit.engine.restore.Restorer(log).describingLocalFile(described)
                .local(file.file(), new dev.godwit.engine.restore.LocalBackups(project.resolve("elsewhere"), 5), null));
        assertTrue(none.getMessage().startsWith("There is no backup of " + described + ", " + file.file() + " in "), none.getMessage());
    }

    /**
     * A remote binding ({@code remote = true}, wrangler 4's remote bindings): wrangler dev works on the deployed database for it, so
     * a goal on the local file says that the file is not what wrangler dev sees; without the flag, or on Cloudflare D1, nothing is said.
     */
    @Test
    void aRemoteBindingsLocalFileIsSaidNotToBeWhatWranglerDevUses() throws IOException {
        write("wrangler.toml", "account_id = \"acc\"\n[[d1_databases]]\nbinding = \"DB\"\ndatabase_name = \"app\"\ndatabase_id = \"11111111-1111-1111-1111-111111111111\"\nremote = true\n");
        ProjectSettings ps = ProjectSettings.of(settings(true, null, null, null, null, null));
        Target local = ps.target();
        assertTrue(ps.binding().remote());
        assertEquals("wrangler.toml: d1_databases binding DB has remote = true, so wrangler dev (unless run with --local) works on the database"
                + " \"app\" on Cloudflare D1 for it, not on this local file (" + ((Target.WranglerLocalD1) local).file() + "). This goal works on"
                + " the local file, as wrangler's --local does; to change the database wrangler dev uses, run it on Cloudflare D1 (without -Dlocal).",
                ps.remoteBindingWarning(local));
        // wrangler dev takes the preview database of a remote binding that has one, which -Ddb.d1.preview reaches
        write("wrangler.toml", "account_id = \"acc\"\n[[d1_databases]]\nbinding = \"DB\"\ndatabase_name = \"app\"\ndatabase_id = \"11111111-1111-1111-1111-111111111111\"\n"
                + "preview_database_id = \"22222222-2222-2222-2222-222222222222\"\nremote = true\n");
        ProjectSettings withPreview = ProjectSettings.of(settings(true, null, null, null, null, null));
        Target previewFile = withPreview.target();
        assertEquals("wrangler.toml: d1_databases binding DB has remote = true, so wrangler dev (unless run with --local) works on its preview"
                + " database 22222222-2222-2222-2222-222222222222 on Cloudflare D1 for it, not on this local file (" + ((Target.WranglerLocalD1) previewFile).file()
                + "). This goal works on the local file, as wrangler's --local does; to change the database wrangler dev uses, run it with"
                + " -Ddb.d1.preview instead of -Dlocal.", withPreview.remoteBindingWarning(previewFile));
        ProjectSettings remote = ProjectSettings.of(settings(false, null, null, null, null, null));
        assertNull(remote.remoteBindingWarning(remote.target()), "on Cloudflare D1 it is the database wrangler dev uses");
        write("wrangler.jsonc", "{ \"d1_databases\": [ { \"binding\": \"DB\", \"database_id\": \"x\", \"remote\": false, } ] }");
        ProjectSettings off = ProjectSettings.of(settings(true, null, null, null, null, null));
        assertNull(off.remoteBindingWarning(off.target()));
        write("wrangler.jsonc", "{ \"d1_databases\": [ { \"binding\": \"DB\", \"database_id\": \"x\", \"remote\": \"yes\" } ] }");
        GodwitException e = assertThrows(GodwitException.class, () -> ProjectSettings.of(settings(true, null, null, null, null, null)).target());
        assertEquals("wrangler's config " + project.resolve("wrangler.jsonc") + ": d1_databases[0].remote must be true or false, not string.", e.getMessage());
    }

    /**
     * wrangler names the local file after preview_database_id ?? database_id ?? binding: an empty string is taken, not passed
     * over. With {@code preview_database_id = ""} (left in by templates), wrangler 4.164's {@code d1 migrations apply DB --local}
     * wrote d7e7dad2….sqlite, the file for ""; Godwit's -Dlocal used database_id's, a file wrangler dev never reads.
     */
    @Test
    void anEmptyPreviewDatabaseIdNamesTheLocalFileAsWranglerNamesIt() throws IOException {
        write("wrangler.toml", "[[d1_databases]]\nbinding = \"DB\"\ndatabase_name = \"app\"\ndatabase_id = \"11111111-1111-1111-1111-111111111111\"\n"
                + "preview_database_id = \"\"\n");
        ProjectSettings ps = ProjectSettings.of(settings(true, null, null, null, null, null));
        var local = assertInstanceOf(Target.WranglerLocalD1.class, ps.target());
        assertEquals(project.resolve(".wrangler/state/v3/d1/miniflare-D1DatabaseObject/d7e7dad26bda2eb41e10f2b5b0776873c53023ab37e537e0aca2622a0a57c851.sqlite"),
                local.file(), "the file wrangler wrote");
        assertTrue(ps.origins().stream().map(Object::toString).anyMatch(o -> o.contains("wrangler's local D1 file for \"\" (an empty id is still the id"
                + " wrangler uses)")), ps.origins().toString());
        write("wrangler.toml", "[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"\"\n");
        assertEquals("", assertInstanceOf(Target.WranglerLocalD1.class, ProjectSettings.of(settings(true, null, null, null, null, null)).target()).identity());
        write("wrangler.toml", "[[d1_databases]]\nbinding = \"DB\"\n");
        assertEquals("DB", assertInstanceOf(Target.WranglerLocalD1.class, ProjectSettings.of(settings(true, null, null, null, null, null)).target()).identity());
    }

    /**
     * {@code -Ddb.local.d1=DB} (or the database_name), as one names the database to {@code wrangler d1 migrations apply DB --local},
     * made a new empty file for the identity "DB", which wrangler dev never reads: wrangler resolves the name through the config
     * to the binding's file (preview_database_id ?? database_id ?? binding). Now the config's binding is used the same way, and
     * its database_id too when the binding has a preview id (the file is the preview's); anything else is the identity as given.
     */
    @Test
    void dbLocalD1NamingABindingOrDatabaseNameIsThatBindingsFileAsInWrangler() throws IOException {
        write("wrangler.toml", TOML);
        Path state = project.resolve(".wrangler/state");
        for (String given : new String[] {"DB", "shop-dev", "id-dev", "id-preview"}) {
            TargetSettings ts = new TargetSettings(false, null, null, given, null, null, null, null, null, project, null, TOKEN_ONLY::get,
                    null, null, null, null, null);
            var local = assertInstanceOf(Target.WranglerLocalD1.class, ProjectSettings.of(ts).target(), given);
            assertEquals(WranglerState.d1DatabaseFile(state, "id-preview"), local.file(), given);
        }
        TargetSettings staging = new TargetSettings(false, null, null, "shop-staging", null, null, null, null, null, project, null, TOKEN_ONLY::get,
                "staging", null, null, null, null);
        ProjectSettings ps = ProjectSettings.of(staging);
        assertEquals(WranglerState.d1DatabaseFile(state, "id-staging"), assertInstanceOf(Target.WranglerLocalD1.class, ps.target()).file());
        assertTrue(ps.origins().stream().map(Object::toString).anyMatch(o -> o.endsWith("(from -Ddb.local.d1=shop-staging: wrangler's local D1 file"
                + " for id-staging (wrangler.toml [env.staging] d1_databases binding DB))")), ps.origins().toString());
    }

    /**
     * {@code -Ddb.local.d1=shop-dv}, a typo of the database_name shop-dev, named nothing the config binds: Godwit made a new empty
     * file named after the text and applied every migration to it ("Applied 2 migration(s)"), a file neither wrangler dev nor
     * wrangler d1 ... --local reads; wrangler d1 migrations apply shop-dv --local refuses the name. Refused now, as wrangler does.
     */
    @Test
    void dbLocalD1NamingNothingTheConfigBindsIsRefusedAsWranglerRefusesIt() throws IOException {
        write("wrangler.toml", TOML);
        for (String given : new String[] {"shop-dv", "some-other-id"}) {
            TargetSettings ts = new TargetSettings(false, null, null, given, null, null, null, null, null, project, null, TOKEN_ONLY::get,
                    null, null, null, null, null);
            GodwitException e = assertThrows(GodwitException.class, () -> ProjectSettings.of(ts).target(), given);
            assertTrue(e.getMessage().startsWith("-Ddb.local.d1=" + given + ": wrangler.toml (top level) has no D1 database of that name or id (its D1"
                    + " bindings: DB (database_name shop-dev)), nor has any other part of wrangler.toml. wrangler d1 migrations apply " + given
                    + " --local refuses it too"), e.getMessage());
            assertTrue(e.getMessage().endsWith("Nothing was done."), e.getMessage());
            assertFalse(Files.exists(project.resolve(".wrangler")), "no file made for " + given);
        }
        // without wrangler's config the value is the identity itself, as before (wrangler dev's file for that id)
        Files.delete(project.resolve("wrangler.toml"));
        TargetSettings raw = new TargetSettings(false, null, null, "some-other-id", null, null, null, null, null, project, null, TOKEN_ONLY::get,
                null, null, null, null, null);
        assertEquals("some-other-id", assertInstanceOf(Target.WranglerLocalD1.class, ProjectSettings.of(raw).target()).identity());
    }

    /**
     * With two bindings, {@code -Ddb.local.d1=AUDIT} is AUDIT as {@code wrangler d1 migrations apply AUDIT --local} reads it: its
     * file, and its migrations_dir and migrations_table too (not a refusal asking for -Ddb.d1.binding, nor another binding's folder).
     */
    @Test
    void dbLocalD1NamingOneOfSeveralBindingsTakesThatBindingsMigrations() throws IOException {
        write("wrangler.toml", "[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"id-db\"\nmigrations_dir = \"db\"\n"
                + "[[d1_databases]]\nbinding = \"AUDIT\"\ndatabase_name = \"audit\"\ndatabase_id = \"id-audit\"\nmigrations_dir = \"audit-migrations\"\n"
                + "migrations_table = \"audit_migrations\"\n");
        for (String given : new String[] {"AUDIT", "audit"}) {
            TargetSettings ts = new TargetSettings(false, null, null, given, null, null, null, null, null, project, null, TOKEN_ONLY::get,
                    null, null, null, null, null);
            ProjectSettings ps = ProjectSettings.of(ts);
            assertEquals("id-audit", assertInstanceOf(Target.WranglerLocalD1.class, ps.target()).identity(), given);
            assertEquals(project.resolve("audit-migrations"), ps.migrationsDir(), given);
            assertEquals("audit_migrations", ps.history().name(), given);
            assertTrue(ps.origins().stream().map(Object::toString).anyMatch(o -> o.contains("AUDIT (from -Ddb.local.d1=" + given + ")")), ps.origins().toString());
        }
    }

    /**
     * {@code -Ddb.local.d1=shop-staging} without {@code -Ddb.env=staging}: the name is [env.staging]'s database_name, not the top
     * level's, and Godwit took it as a raw identity, so it applied the top level's migrations to a new empty file named after the
     * text "shop-staging", which neither wrangler dev nor wrangler d1 ... --local ever reads (wrangler, run without --env, refuses
     * the name: "Couldn't find a D1 DB with the name or binding"). It is refused, naming the environment that has it.
     */
    @Test
    void dbLocalD1NamingAnotherEnvironmentsDatabaseIsRefusedNamingThatEnvironment() throws IOException {
        write("wrangler.toml", TOML);
        for (String given : new String[] {"shop-staging", "id-staging"}) {
            TargetSettings ts = new TargetSettings(false, null, null, given, null, null, null, null, null, project, null, TOKEN_ONLY::get,
                    null, null, null, null, null);
            GodwitException e = assertThrows(GodwitException.class, () -> ProjectSettings.of(ts).target(), given);
            assertEquals("-Ddb.local.d1=" + given + ": wrangler.toml (top level) has no D1 database of that name, but wrangler.toml [env.staging]"
                    + " d1_databases binding DB (database_name shop-staging) has; its local file belongs to that environment. Add"
                    + " -Ddb.env=staging (as wrangler needs --env staging for it), or name one of the top level's: DB (database_name shop-dev)."
                    + " Nothing was done.", e.getMessage(), given);
            assertFalse(Files.exists(project.resolve(".wrangler")), "no file made for " + given);
        }
    }

    /**
     * Among several bindings, {@code -Ddb.local.d1=<preview_database_id>} (what this README says to give when there is one) was
     * not matched to its binding: the file was right, but the folder and history were refused for want of -Ddb.d1.binding. And
     * {@code -Ddb.d1.binding=DB} with {@code -Ddb.local.d1=AUDIT} took AUDIT's file with DB's migrations folder and history.
     */
    @Test
    void dbLocalD1GivenAPreviewIdIsThatBindingAndOneNamingAnotherBindingThanDbD1BindingIsRefused() throws IOException {
        write("wrangler.toml", "[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"id-db\"\nmigrations_dir = \"db\"\n"
                + "[[d1_databases]]\nbinding = \"AUDIT\"\ndatabase_id = \"id-audit\"\npreview_database_id = \"id-audit-preview\"\n"
                + "migrations_dir = \"audit-migrations\"\n");
        TargetSettings preview = new TargetSettings(false, null, null, "id-audit-preview", null, null, null, null, null, project, null,
                TOKEN_ONLY::get, null, null, null, null, null);
        ProjectSettings ps = ProjectSettings.of(preview);
        assertEquals("id-audit-preview", assertInstanceOf(Target.WranglerLocalD1.class, ps.target()).identity());
        assertEquals(project.resolve("audit-migrations"), ps.migrationsDir());
        TargetSettings both = new TargetSettings(false, null, null, "AUDIT", null, null, null, null, null, project, null, TOKEN_ONLY::get,
                null, null, "DB", null, null);
        GodwitException e = assertThrows(GodwitException.class, () -> ProjectSettings.of(both).migrationsDir());
        assertEquals("-Ddb.local.d1=AUDIT is wrangler.toml (top level) d1_databases binding AUDIT, but -Ddb.d1.binding=DB picks binding DB:"
                + " the file of one would get the migrations folder and history table of the other. Keep one of the two. Nothing was done.",
                e.getMessage());
    }

    /**
     * A binding without migrations_dir whose migrations are where wrangler looks by default (migrations/ next to the config, made
     * by wrangler d1 migrations create): Godwit took its own default drizzle/, which did not exist, so db:apply said 'Nothing to
     * apply, ... up to date (0 migrations applied)' where wrangler d1 migrations apply applies them. It is refused now, naming the
     * setting both would read; with drizzle/ there, or migrations_dir set, nothing changes.
     */
    @Test
    void aBindingWithoutMigrationsDirWhoseFilesAreInWranglersDefaultFolderIsRefused() throws IOException {
        write("wrangler.toml", "[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"id-1\"\nmigrations_table = \"d1_migrations\"\n");
        Files.createDirectories(project.resolve("migrations"));
        Files.writeString(project.resolve("migrations/0001_init.sql"), "CREATE TABLE t (x);\n");
        GodwitException e = assertThrows(GodwitException.class, () -> ProjectSettings.of(settings(true, null, null, null, null, null)).migrationsDir());
        assertEquals("wrangler.toml (top level) d1_databases binding DB sets no migrations_dir, so the migrations folder is " + project.resolve("drizzle")
                + " (Godwit's default), which does not exist, while " + project.resolve("migrations") + ", wrangler's default for it, holds 1 .sql"
                + " file(s): wrangler d1 migrations apply reads those, and Godwit would find nothing to apply. To run them with Godwit as wrangler"
                + " does (db:status, db:apply, db:repair), add migrations_dir = \"migrations\" to this binding: Godwit and wrangler then read the"
                + " same folder and history. To write migrations with Godwit (db:pull, db:generate), which need a folder of their own (wrangler's"
                + " files have no journal and no snapshots): bring every database up to date with wrangler d1 migrations apply, then add"
                + " migrations_dir = \"drizzle\" to this binding instead (wrangler then reads that folder), run mvn db:pull -Dlocal, and mvn"
                + " db:repair on each database (it replaces wrangler's rows of migrations/ with the baseline's; see \"Moving a wrangler project"
                + " to Godwit\" in Godwit's README). Nothing was done.", e.getMessage());
        // without migrations_table, wrangler keeps d1_migrations and Godwit __drizzle_migrations: the advice names both settings (migrations_dir
        // alone was refused next, by the history check, and the folder it named by db:pull and db:generate)
        write("wrangler.toml", "[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"id-1\"\n");
        e = assertThrows(GodwitException.class, () -> ProjectSettings.of(settings(true, null, null, null, null, null)).migrationsDir());
        assertTrue(e.getMessage().contains("add migrations_dir = \"migrations\" and migrations_table = \"d1_migrations\" to this binding (wrangler's"
                + " defaults): Godwit and wrangler then read the same folder and history."), e.getMessage());
        assertTrue(e.getMessage().contains("then add migrations_dir = \"drizzle\" and migrations_table = \"d1_migrations\" to this binding instead"),
                e.getMessage());
        Files.delete(project.resolve("wrangler.toml"));
        write("wrangler.jsonc", "{\"d1_databases\": [{\"binding\": \"DB\", \"database_id\": \"id-1\"}]}\n");
        e = assertThrows(GodwitException.class, () -> ProjectSettings.of(settings(true, null, null, null, null, null)).migrationsDir());
        assertTrue(e.getMessage().contains("then add \"migrations_dir\": \"drizzle\" and \"migrations_table\": \"d1_migrations\" to this binding"),
                e.getMessage());
        Files.delete(project.resolve("wrangler.jsonc"));
        write("wrangler.toml", "[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"id-1\"\nmigrations_table = \"d1_migrations\"\n");
        Files.createDirectories(project.resolve("drizzle"));
        assertEquals(project.resolve("drizzle"), ProjectSettings.of(settings(true, null, null, null, null, null)).migrationsDir(), "drizzle/ is there");
        Files.delete(project.resolve("drizzle"));
        write("wrangler.toml", "[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"id-1\"\nmigrations_dir = \"migrations\"\n");
        assertEquals(project.resolve("migrations"), ProjectSettings.of(settings(true, null, null, null, null, null)).migrationsDir());
    }

    /**
     * A config written on Windows: {@code migrations_dir = 'db\migrations\'}. wrangler 4.164 on Linux reads db/migrations
     * (normalizeRelativePath turns backslashes into slashes; d1 migrations list finds its files); Godwit read a folder
     * named {@code db\migrations\}, empty, so there was nothing to apply and db:generate wrote there.
     */
    @Test
    void aMigrationsDirWithBackslashesIsTheFolderWranglerReads() throws IOException {
        write("wrangler.toml", "[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"x1\"\nmigrations_dir = 'db\\migrations\\'\n");
        assertEquals(project.resolve("db").resolve("migrations"), ProjectSettings.of(settings(true, null, null, null, null, null)).migrationsDir());
    }

    /**
     * Text after the object (a merge that left two objects, say) makes wrangler 4.164 refuse the file (EndOfFileExpected);
     * Godwit read the first object and went on with its database ids.
     */
    @Test
    void textAfterTheJsonObjectIsRefusedAsWranglerRefusesIt() throws IOException {
        write("wrangler.jsonc", "{ \"d1_databases\": [ { \"binding\": \"DB\", \"database_id\": \"old\" } ] }\n"
                + "{ \"d1_databases\": [ { \"binding\": \"DB\", \"database_id\": \"new\" } ] } // merged\n");
        GodwitException e = assertThrows(GodwitException.class, () -> ProjectSettings.of(settings(true, null, null, null, null, null)));
        assertTrue(e.getMessage().startsWith("wrangler's config " + project.resolve("wrangler.jsonc") + " line 2, column 1 is not valid JSON: Trailing"
                + " token (of type START_OBJECT) found after value"), e.getMessage());
        write("wrangler.jsonc", "{ \"d1_databases\": [ { \"binding\": \"DB\", \"database_id\": \"one\" } ] } // a comment after it is fine\n");
        assertEquals("one", assertInstanceOf(Target.WranglerLocalD1.class, ProjectSettings.of(settings(true, null, null, null, null, null)).target()).identity());
        // a TOML error is said once, in the parser's words, without its source location again or a chained cause Maven would print
        Files.delete(project.resolve("wrangler.jsonc"));
        write("wrangler.toml", "name = \"app\"\naccount_id = \"abc\n");
        GodwitException toml = assertThrows(GodwitException.class, () -> ProjectSettings.of(settings(true, null, null, null, null, null)).migrationsDir());
        assertTrue(toml.getMessage().startsWith("wrangler's config " + project.resolve("wrangler.toml") + " line 2") && toml.getMessage().contains(" is not valid TOML: ")
                && !toml.getMessage().contains("[Source") && toml.getCause() == null, toml.getMessage());
    }

    /**
     * wrangler 4.164 reads TOML 1.1 (smol-toml 1.9): an inline table over several lines, with comments and a trailing comma.
     * Godwit refused the file ("not valid TOML: Newline not permitted here ... wrangler cannot read it either") while
     * {@code wrangler d1 migrations apply DB --local} used it. Strings keep their braces, hashes and line breaks.
     */
    @Test
    void aTomlInlineTableOverSeveralLinesIsReadAsWranglerReadsIt() throws IOException {
        write("wrangler.toml", "name = \"shop\" # the worker\n"
                + "d1_databases = [\n"
                + "  { binding = \"DB\", database_id = \"33333333-3333-4333-8333-333333333333\", # prod\n"
                + "    database_name = \"shop{#1}\",\n"
                + "    migrations_dir = 'db/migrations', migrations_table = \"d1_migrations\", },\n"
                + "]\n"
                + "[env.staging]\n"
                + "d1_databases = [ { binding = \"DB\", database_id = \"id-staging\", migrations_dir = \"\"\"db/\nx\"\"\", } ]\n");
        WranglerConfig c = WranglerConfig.read(project.resolve("wrangler.toml"));
        WranglerConfig.Binding b = c.top().d1Databases().get(0);
        assertEquals(List.of("DB", "33333333-3333-4333-8333-333333333333", "shop{#1}", "db/migrations", "d1_migrations"),
                List.of(b.binding(), b.databaseId(), b.databaseName(), b.migrationsDir(), b.migrationsTable()));
        assertEquals("shop", c.top().workerName());
        assertEquals("db/\nx", c.section("staging").d1Databases().get(0).migrationsDir());
        // a file wrong either way is still refused with the parser's first words and the file's own line
        write("wrangler.toml", "d1_databases = [\n  { binding = \"DB\",\n    database_id = },\n]\n");
        GodwitException e = assertThrows(GodwitException.class, () -> WranglerConfig.read(project.resolve("wrangler.toml")));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("is not valid TOML"), e.getMessage());
    }

    /**
     * migrations_dir set at the top level only: [env.production]'s binding does not inherit it, so its folder was drizzle/, which
     * did not exist, and db:apply -Ddb.env=production said "Nothing to apply ... is up to date" with BUILD SUCCESS while production
     * had none of the migrations in db/. wrangler 4.164 fails there ("No migrations present at .../migrations").
     */
    @Test
    void anEnvironmentWithoutMigrationsDirWhoseDefaultFolderIsMissingNamesTheTopLevelsFolder() throws IOException {
        write("wrangler.toml", """
                [[d1_databases]]
                binding = "DB"
                database_id = "id-dev"
                migrations_dir = "db"
                migrations_table = "d1_migrations"
                [env.production]
                [[env.production.d1_databases]]
                binding = "DB"
                database_id = "id-prod"
                [env.tenants]
                account_id = "acct"
                """);
        Files.createDirectories(project.resolve("db"));
        Files.writeString(project.resolve("db/0000_a.sql"), "CREATE TABLE t (a);\n");
        GodwitException e = assertThrows(GodwitException.class, () -> ProjectSettings.of(settings(true, "production", null, null, null, null)).migrationsDir());
        assertEquals("wrangler.toml [env.production] d1_databases binding DB sets no migrations_dir, so the migrations folder is "
                + project.resolve("drizzle") + " (Godwit's default), which does not exist, while wrangler.toml (top level) d1_databases binding DB sets"
                + " migrations_dir = \"db\" (" + project.resolve("db") + "). wrangler does not inherit d1_databases into environments: add"
                + " migrations_dir = \"db\" and migrations_table = \"d1_migrations\" to this binding, or pass -Ddb.out=db. Nothing was done.", e.getMessage());
        GodwitException fleet = assertThrows(GodwitException.class, () -> ProjectSettings.of(settings(false, "tenants", null, null, null, null)).migrationsDir());
        assertTrue(fleet.getMessage().startsWith("wrangler.toml [env.tenants] has no d1_databases, so the migrations folder is "), fleet.getMessage());
        assertTrue(fleet.getMessage().contains(" to [[env.tenants.d1_databases]], or pass -Ddb.out=db."), fleet.getMessage());
        // given explicitly, or once the environment's own folder exists, there is nothing to refuse
        assertEquals(project.resolve("db"), ProjectSettings.of(settings(true, "production", null, null, project.resolve("db"), null)).migrationsDir());
        Files.createDirectories(project.resolve("drizzle"));
        assertEquals(project.resolve("drizzle"), ProjectSettings.of(settings(true, "production", null, null, null, null)).migrationsDir());
        Files.delete(project.resolve("drizzle"));
        // the top level without d1_databases, run without -Ddb.env, where an environment's binding has the folder
        write("wrangler.toml", "[env.staging]\n[[env.staging.d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"id-s\"\nmigrations_dir = \"db\"\n");
        GodwitException top = assertThrows(GodwitException.class, () -> ProjectSettings.of(settings(true, null, null, null, null, null)).migrationsDir());
        // picking the environment is the fix, said first (a trial was sent to migrations_dir, then to the environments)
        assertEquals("wrangler.toml declares D1 databases only in its environments (staging); its top level has none, and no migrations folder."
                + " Pick the environment with -Ddb.env=staging (or CLOUDFLARE_ENV), as wrangler's commands take --env staging. Nothing was done.",
                top.getMessage());
        // wrangler.jsonc's settings are said in its own syntax
        Files.delete(project.resolve("wrangler.toml"));
        write("wrangler.jsonc", "{ \"d1_databases\": [ { \"binding\": \"DB\", \"database_id\": \"id-t\", \"migrations_dir\": \"db\" } ],\n"
                + "  \"env\": { \"staging\": { \"d1_databases\": [ { \"binding\": \"DB\", \"database_id\": \"id-s\" } ] } } }\n");
        GodwitException json = assertThrows(GodwitException.class, () -> ProjectSettings.of(settings(true, "staging", null, null, null, null)).migrationsDir());
        assertTrue(json.getMessage().contains("add \"migrations_dir\": \"db\" to this binding, or pass -Ddb.out=db."), json.getMessage());
    }

    /**
     * Cloudflare's templates write {@code database_id = "<unique-ID-for-your-database>"}; left in, the id went into the URL path and
     * the goal stopped with Java's "IllegalArgumentException: Illegal character in path". A {@code ../} in an id would reach another
     * API path with the token.
     */
    @Test
    void aPlaceholderOrPathLikeIdIsRefusedNamingWhereItCameFrom() throws IOException {
        write("wrangler.toml", "account_id = \"acct\"\n[[d1_databases]]\nbinding = \"DB\"\ndatabase_name = \"shop\"\n"
                + "database_id = \"<unique-ID-for-your-database>\"\n");
        GodwitException e = assertThrows(GodwitException.class, () -> ProjectSettings.of(settings(false, null, null, null, null, null)).target());
        assertEquals("The database id \"<unique-ID-for-your-database>\" (from wrangler.toml (top level) d1_databases binding DB database_id) is not a D1"
                + " database id (a UUID: wrangler d1 list shows it); it looks like a template's placeholder. Put the real value there. Nothing was sent.",
                e.getMessage());
        write("wrangler.toml", "account_id = \"../../zones\"\n[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"id-1\"\n");
        GodwitException account = assertThrows(GodwitException.class, () -> ProjectSettings.of(settings(false, null, null, null, null, null)).target());
        assertEquals("The account id \"../../zones\" (from wrangler.toml (top level) account_id) is not a Cloudflare account id (32 hex characters:"
                + " wrangler whoami shows it). Put the real value there. Nothing was sent.", account.getMessage());
    }

    /** wrangler keeps .wrangler/state next to its config (getLocalPersistencePath), not where the build runs. */
    @Test
    void wranglersLocalStateIsNextToItsConfig() throws IOException {
        Files.createDirectories(project.resolve("worker"));
        Files.writeString(project.resolve("worker/wrangler.toml"), "[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"id-1\"\n");
        var local = assertInstanceOf(Target.WranglerLocalD1.class,
                ProjectSettings.of(withEnvironment(Map.of(), true, null, Path.of("worker/wrangler.toml"), null)).target());
        assertEquals(WranglerState.d1DatabaseFile(project.resolve("worker/.wrangler/state"), "id-1"), local.file());
    }

    @Test
    void aByteOrderMarkIsSkippedAndAnEmptyAccountIdInAnEnvironmentInherits() throws IOException {
        write("wrangler.toml", "\uFEFFaccount_id = \"acct-top\"\n[env.qa]\naccount_id = \"\"\n[[env.qa.d1_databases]]\nbinding = \"DB\"\n"
                + "database_id = \"id-qa\"\n");
        var qa = assertInstanceOf(Target.RemoteD1.class, ProjectSettings.of(settings(false, "qa", null, null, null, null)).target());
        assertEquals("acct-top", qa.settings().accountId());
        assertEquals("id-qa", qa.settings().databaseId());
    }

    /**
     * A config whose D1 databases are all in environments (a JSONC as real projects write it: $schema, comments, trailing commas),
     * run with -Dlocal and no environment: the remote run is refused naming the environments, but -Dlocal went silently to
     * .godwit/local.sqlite with the default folder and history table, a file that no wrangler command (wrangler dev --env dev
     * included) ever reads. Refused the same way now; an explicit -Ddb.local.path still picks a plain file, and a config without
     * any D1 database keeps the default file.
     */
    @Test
    void localOnATopLevelWithoutD1WhileEnvironmentsHaveSomeIsRefusedNamingThem() throws IOException {
        write("wrangler.jsonc", """
                {
                  "$schema": "node_modules/wrangler/config-schema.json",
                  "name": "shop", // the Worker
                  "account_id": "acct",
                  /* databases per environment only */
                  "env": {
                    "dev": { "d1_databases": [ { "binding": "DB", "database_name": "shop-dev", "database_id": "id-dev", "migrations_dir": "migrations", }, ], },
                    "production": { "d1_databases": [ { "binding": "DB", "database_name": "shop-prod", "database_id": "id-prod", "migrations_dir": "migrations" } ] },
                    "preview": { "vars": { "X": "1" } },
                  },
                }
                """);
        Files.createDirectories(project.resolve("drizzle"));
        GodwitException e = assertThrows(GodwitException.class, () -> ProjectSettings.of(settings(true, null, null, null, null, null)).target());
        assertEquals("-Dlocal: wrangler.jsonc declares D1 databases only in its environments (dev, production); its top level has none, so there is"
                + " no local D1 file to work on (wrangler dev without --env binds no database), and Godwit's own .godwit/local.sqlite is a file no"
                + " wrangler command reads. Pick the environment with -Ddb.env=dev (or CLOUDFLARE_ENV): its binding's local file, the one wrangler"
                + " dev --env dev uses; or give -Ddb.local.path=.godwit/local.sqlite for a plain SQLite file of your own. Nothing was done.",
                e.getMessage());
        assertFalse(Files.exists(project.resolve(".godwit")), "no file was made");
        var dev = assertInstanceOf(Target.WranglerLocalD1.class, ProjectSettings.of(settings(true, "dev", null, null, null, null)).target());
        assertEquals(WranglerState.d1DatabaseFile(project.resolve(".wrangler/state"), "id-dev"), dev.file());
        var plain = assertInstanceOf(Target.LocalFile.class, ProjectSettings.of(new TargetSettings(true, null, project.resolve("app.sqlite"), null,
                null, null, null, null, "http://127.0.0.1:1", project, null, TOKEN_ONLY::get, null, null, null, null, null)).target());
        assertEquals(project.resolve("app.sqlite"), plain.file());
        write("wrangler.jsonc", "{ \"name\": \"shop\", \"env\": { \"dev\": { \"vars\": {} } } }");
        assertEquals(project.resolve(".godwit/local.sqlite"), assertInstanceOf(Target.LocalFile.class,
                ProjectSettings.of(settings(true, null, null, null, null, null)).target()).file(), "no D1 anywhere: Godwit's own file, as before");
    }

    /**
     * -Ddb.d1.databaseId naming one of a config's databases. Among two bindings it was refused ("has 2 D1 bindings ... Pick one with
     * -Ddb.d1.binding") though the id names one, as -Ddb.local.d1 does; with -Ddb.d1.binding=AUDIT and DB's id, or with the id of
     * [env.production]'s database on the top level, the database silently got another binding's migrations folder and history table
     * (here the top level's __drizzle_migrations on a database whose history is production's schema_history). The id now picks its
     * binding (its preview_database_id too, the database wrangler dev --remote uses), and the two mixes are refused naming the fix.
     */
    @Test
    void aDatabaseIdOfTheConfigPicksItsBindingAndOneOfAnotherBindingOrEnvironmentIsRefused() throws IOException {
        write("wrangler.toml", """
                name = "shop"
                account_id = "acct"
                [[d1_databases]]
                binding = "DB"
                database_name = "main"
                database_id = "id-main"
                migrations_dir = "main"
                [[d1_databases]]
                binding = "AUDIT"
                database_name = "audit"
                database_id = "id-audit"
                preview_database_id = "id-audit-preview"
                migrations_dir = "audit"
                migrations_table = "audit_history"
                [env.production]
                [[env.production.d1_databases]]
                binding = "DB"
                database_name = "main-prod"
                database_id = "id-prod"
                migrations_dir = "main"
                migrations_table = "schema_history"
                """);
        ProjectSettings audit = ProjectSettings.of(settings(false, null, null, "ID-AUDIT", null, null));
        var target = assertInstanceOf(Target.RemoteD1.class, audit.target());
        assertEquals("ID-AUDIT", target.settings().databaseId());
        assertEquals("audit", target.name());
        assertEquals(project.resolve("audit"), audit.migrationsDir());
        assertEquals(new ProjectSettings.History("audit_history", true, "wrangler.toml (top level) d1_databases binding AUDIT migrations_table"),
                audit.history());
        assertTrue(audit.origins().contains(new ProjectSettings.Origin("D1 binding", "AUDIT", "-Ddb.d1.databaseId=ID-AUDIT")), audit.origins().toString());
        ProjectSettings preview = ProjectSettings.of(settings(false, null, null, "id-audit-preview", null, null));
        assertEquals(project.resolve("audit"), preview.migrationsDir());
        assertEquals("id-audit-preview", assertInstanceOf(Target.RemoteD1.class, preview.target()).name(),
                "not audit: wrangler d1 time-travel restore audit would restore the database_id, not the preview database");

        GodwitException mixed = assertThrows(GodwitException.class, () -> ProjectSettings.of(settings(false, null, "AUDIT", "id-main", null, null))
                .migrationsDir());
        assertEquals("-Ddb.d1.databaseId=id-main is the database_id of wrangler.toml (top level) d1_databases binding DB, but -Ddb.d1.binding=AUDIT"
                + " picks binding AUDIT: the database of one would get the migrations folder and history table of the other. Keep one of the two."
                + " Nothing was done.", mixed.getMessage());
        GodwitException otherEnv = assertThrows(GodwitException.class, () -> ProjectSettings.of(settings(false, null, "DB", "id-prod", null, null))
                .history());
        assertEquals("-Ddb.d1.databaseId=id-prod is the database_id of wrangler.toml [env.production] d1_databases binding DB (database_name"
                + " main-prod), not of a binding of wrangler.toml (top level): this run would apply the top level's migrations folder and history"
                + " table to it. Add -Ddb.env=production (as wrangler needs --env production for it), or leave -Ddb.d1.databaseId (or"
                + " <d1DatabaseId>) out to work on the top level's own database. Nothing was done.", otherEnv.getMessage());
        // an id given as -Ddb.d1.binding (wrangler's NAME is a binding or database_name) said only that no binding has that name
        GodwitException asBinding = assertThrows(GodwitException.class, () -> ProjectSettings.of(settings(false, null, "id-audit-preview", null, null,
                null)).migrationsDir());
        assertEquals("-Ddb.d1.binding=id-audit-preview: wrangler.toml (top level) has no D1 binding of that name; its D1 bindings: DB (database_name"
                + " main), AUDIT (database_name audit). id-audit-preview is the preview_database_id of binding AUDIT: pass -Ddb.d1.binding=AUDIT, or"
                + " -Ddb.d1.databaseId=id-audit-preview for that database itself.", asBinding.getMessage());
        ProjectSettings prod = ProjectSettings.of(settings(false, "production", null, "id-prod", null, null));
        assertEquals(new ProjectSettings.History("schema_history", true, "wrangler.toml [env.production] d1_databases binding DB migrations_table"),
                prod.history());
        // an id the config does not have is another database: the section's binding as before
        assertEquals("id-other", assertInstanceOf(Target.RemoteD1.class, ProjectSettings.of(settings(false, "production", null, "id-other", null, null))
                .target()).settings().databaseId());
    }

    /**
     * wrangler takes {@code migrations_table || "d1_migrations"}: an empty migrations_table is its default table, so wrangler d1
     * migrations list/apply read d1_migrations. Godwit read it as unset and kept drizzle's __drizzle_migrations: the two tools kept
     * two histories of one database and each would apply what the other had.
     */
    @Test
    void anEmptyMigrationsTableIsWranglersDefaultTableAsWranglerReadsIt() throws IOException {
        write("wrangler.toml", "account_id = \"acct\"\n[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"id-1\"\nmigrations_dir = \"migrations\"\n"
                + "migrations_table = \"\"\n");
        assertEquals(new ProjectSettings.History("d1_migrations", true, "wrangler.toml (top level) d1_databases binding DB migrations_table = \"\","
                + " which wrangler reads as its default"), ProjectSettings.of(settings(false, null, null, null, null, null)).history());
        assertEquals("__drizzle_migrations", ProjectSettings.of(settings(false, null, null, null, null, "__drizzle_migrations")).history().name(),
                "-Ddb.migrationsTable still wins");
    }

    private TargetSettings preview(String env, String databaseId, boolean local, String endpoint) {
        return new TargetSettings(local, null, null, null, null, null, databaseId, null, endpoint, project, null,
                Map.of("CLOUDFLARE_D1_TOKEN", "tok-secret")::get, env, null, null, null, null, true);
    }

    /**
     * wrangler's {@code d1 migrations apply DB --remote --preview} works on the binding's preview_database_id; Godwit had no such
     * flag (-Ddb.d1.databaseId=<preview id> by hand). -Ddb.d1.preview now picks it, with the binding's folder and history table, and
     * the migrations reach the preview database (the stand-in serves only that id: a request for the binding's own database_id
     * would be answered 404); wrangler's commands name it by its id, as its database_name is the binding's own database. Refused, as
     * wrangler refuses it, where the binding has no preview_database_id, and with -Dlocal, another id, a fleet or no config.
     */
    @Test
    void dbD1PreviewWorksOnTheBindingsPreviewDatabaseAsWranglersRemotePreview() throws Exception {
        String own = "c0ffee00-0000-4000-8000-0000000000d0";
        String previewId = "c0ffee00-0000-4000-8000-00000000beef";
        write("wrangler.toml", "account_id = \"acct-top\"\n[[d1_databases]]\nbinding = \"DB\"\ndatabase_name = \"shop\"\ndatabase_id = \"" + own
                + "\"\npreview_database_id = \"" + previewId + "\"\nmigrations_dir = \"migrations\"\nmigrations_table = \"d1_migrations\"\n"
                + "[env.staging]\n[[env.staging.d1_databases]]\nbinding = \"DB\"\ndatabase_name = \"shop-staging\"\ndatabase_id = \"id-staging\"\n");
        Files.createDirectories(project.resolve("migrations"));
        Files.writeString(project.resolve("migrations/0001_init.sql"), "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);\n");
        Path file = project.resolve("preview.sqlite");
        try (dev.godwit.engine.d1.D1StandIn standIn = dev.godwit.engine.d1.D1StandIn.start(file, "acct-top", previewId, "tok-secret")) {
            ProjectSettings ps = ProjectSettings.of(preview(null, null, false, standIn.endpoint()));
            Target.RemoteD1 t = assertInstanceOf(Target.RemoteD1.class, ps.target());
            assertEquals(previewId, t.settings().databaseId());
            assertEquals(previewId, t.name(), "wrangler's NAME shop is the binding's own database");
            String all = String.join("\n", ps.origins().stream().map(Object::toString).toList());
            assertTrue(all.contains("database id: " + previewId + " (from wrangler.toml (top level) d1_databases binding DB preview_database_id,"
                    + " picked by -Ddb.d1.preview)"), all);
            assertTrue(all.contains("history table: d1_migrations (wrangler's layout)"), all);
            ProjectSettings.History h = ps.history();
            try (var db = t.open()) {
                new dev.godwit.engine.migrate.Migrator(db, dev.godwit.engine.migrate.HistoryTable.of(h.name(), h.wranglerLayout()),
                        dev.godwit.engine.EngineLog.SILENT).apply(dev.godwit.engine.folder.MigrationsFolder.at(ps.migrationsDir()),
                        dev.godwit.engine.migrate.ApplyOptions.defaults());
            }
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement();
             var rs = st.executeQuery("SELECT name FROM d1_migrations")) {
            assertTrue(rs.next());
            assertEquals("0001_init.sql", rs.getString(1));
        }

        GodwitException none = assertThrows(GodwitException.class, () -> ProjectSettings.of(preview("staging", null, false, "http://127.0.0.1:1")).target());
        assertEquals("-Ddb.d1.preview: wrangler.toml [env.staging] d1_databases binding DB has no preview_database_id, so there is no preview"
                + " database to work on; wrangler d1 migrations apply shop-staging --remote --preview refuses it too. Add preview_database_id ="
                + " \"<id>\" to the binding (wrangler d1 create shop-staging-preview prints one), or leave -Ddb.d1.preview out to work on the"
                + " binding's own database, shop-staging (id-staging). Nothing was done.", none.getMessage());
        GodwitException local = assertThrows(GodwitException.class, () -> ProjectSettings.of(preview(null, null, true, "http://127.0.0.1:1")).target());
        assertEquals("-Ddb.d1.preview works on the binding's preview database on Cloudflare D1 (wrangler's --preview, which needs --remote), and"
                + " -Dlocal on a local file, which wrangler names after the preview_database_id already (wrangler.toml (top level) d1_databases"
                + " binding DB: " + previewId + "). Drop one of the two. Nothing was done.", local.getMessage());
        GodwitException other = assertThrows(GodwitException.class, () -> ProjectSettings.of(preview(null, "id-elsewhere", false, "http://127.0.0.1:1")).target());
        assertEquals("-Ddb.d1.preview picks wrangler.toml (top level) d1_databases binding DB preview_database_id " + previewId + ", but"
                + " -Ddb.d1.databaseId names id-elsewhere: two different databases. Keep the one you mean. Nothing was done.", other.getMessage());
        assertEquals(previewId, assertInstanceOf(Target.RemoteD1.class, ProjectSettings.of(preview(null, previewId, false, "http://127.0.0.1:1"))
                .target()).settings().databaseId(), "the same id twice is one database");
        GodwitException fleet = assertThrows(GodwitException.class, () -> ProjectSettings.of(preview(null, null, false, "http://127.0.0.1:1")).fleet("name:t-*"));
        assertEquals("-Ddb.d1.preview picks one binding's preview database, and -Ddb.d1.databases names a fleet of databases. Drop one of the two."
                + " Nothing was done.", fleet.getMessage());
        Path bare = project.resolve("bare");
        Files.createDirectories(bare.resolve(".git"));
        GodwitException noConfig = assertThrows(GodwitException.class, () -> ProjectSettings.of(new TargetSettings(false, null, null, null, null, null,
                null, null, "http://127.0.0.1:1", bare, null, Map.of("CLOUDFLARE_D1_TOKEN", "t")::get, null, null, null, null, null, true)));
        assertEquals("-Ddb.d1.preview picks the preview_database_id of wrangler's D1 binding, but neither " + bare + " nor a folder above it has any"
                + " of wrangler.json, wrangler.jsonc, wrangler.toml. Give the preview database's id with -Ddb.d1.databaseId=<id> instead, or point"
                + " -Ddb.wrangler.config at the file. Nothing was done.", noConfig.getMessage());
    }

    /**
     * -Ddb.env=staging on a config with no environments said "has no [env.staging]; it defines no environments. Pick one of those, or
     * leave db.env out for the top level": there were none to pick. It is still refused (wrangler warns and uses the top level, which
     * may well be production's database), and now says what the two ways on are; and (d1fleet19) which database the top level is and
     * why Godwit refuses where wrangler goes on: before, the message did not say that the name would otherwise reach that database.
     */
    @Test
    void anEnvironmentNamedForAConfigWithoutEnvironmentsSaysWhatToDo() throws IOException {
        write("wrangler.toml", "account_id = \"acct\"\n[[d1_databases]]\nbinding = \"DB\"\ndatabase_name = \"shop\"\ndatabase_id = \"id-prod\"\n");
        GodwitException e = assertThrows(GodwitException.class, () -> ProjectSettings.of(settings(false, "staging", null, null, null, null)));
        assertEquals("-Ddb.env=staging: " + project.resolve("wrangler.toml") + " has no [env.staging]; it defines no environments, only a top level,"
                + " whose D1 database is DB (database_name shop). wrangler given --env staging here warns and uses the top level anyway; Godwit"
                + " does not, as a mistyped or leftover environment name would send these migrations to the top level's database, often"
                + " production's. Leave db.env out to work on the top level's database, or add [env.staging] with its own d1_databases to the"
                + " file. Nothing was done.", e.getMessage());
        // without -Ddb.env the same config is the top level's database, as wrangler takes it
        assertEquals("id-prod", assertInstanceOf(Target.RemoteD1.class, ProjectSettings.of(withEnvironment(TOKEN_ONLY, false, null, null,
                "http://127.0.0.1:1")).target()).settings().databaseId());
    }

    /**
     * A module of the Worker's repository (its wrangler.toml, and the .dev.vars wrangler dev reads, at the root): the config was
     * found upwards, but .dev.vars only in the module, so the token kept where wrangler keeps it was not found ("settings are
     * missing ... .dev.vars"). wrangler reads .dev.vars next to its config; so does Godwit now (named from the project, ../.dev.vars),
     * with .dev.vars.staging there for -Ddb.env=staging, and the module's own file still read when the config's folder has none.
     */
    @Test
    void devVarsAreReadNextToTheConfigFoundInAParentFolderAsWranglerDevReadsThem() throws IOException {
        Files.createDirectories(project.resolve(".git"));
        write("wrangler.toml", "account_id = \"0123456789abcdef0123456789abcdef\"\n[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"id-root\"\n"
                + "[env.staging]\n[[env.staging.d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"id-staging\"\n");
        write(".dev.vars", "CLOUDFLARE_D1_TOKEN=tok-root-dev-vars\n");
        write(".dev.vars.staging", "CLOUDFLARE_D1_TOKEN=tok-root-staging\n");
        Path module = Files.createDirectories(project.resolve("backend"));
        TargetSettings top = new TargetSettings(false, null, null, null, null, null, null, null, "http://127.0.0.1:1", module, null,
                Map.<String, String>of()::get, null, null, null, null, null);
        var remote = assertInstanceOf(Target.RemoteD1.class, ProjectSettings.of(top).target());
        assertEquals("tok-root-dev-vars", remote.settings().token());
        assertTrue(remote.tokenSource().contains("../.dev.vars") || remote.tokenSource().contains("..\\.dev.vars"), remote.tokenSource());
        TargetSettings staging = new TargetSettings(false, null, null, null, null, null, null, null, "http://127.0.0.1:1", module, null,
                Map.<String, String>of()::get, "staging", null, null, null, null);
        assertEquals("tok-root-staging", assertInstanceOf(Target.RemoteD1.class, ProjectSettings.of(staging).target()).settings().token());
        // the module's own .dev.vars, where the config's folder has none, as before
        Files.delete(project.resolve(".dev.vars"));
        Files.delete(project.resolve(".dev.vars.staging"));
        Files.writeString(module.resolve(".dev.vars"), "CLOUDFLARE_D1_TOKEN=tok-module\n");
        var own = assertInstanceOf(Target.RemoteD1.class, ProjectSettings.of(top).target());
        assertEquals("tok-module", own.settings().token());
        assertFalse(ProjectSettings.of(top).origins().toString().contains("tok-"));
    }

    @Test
    void settingsXmlValuesNeverPrintTheirToken() {
        String text = new D1Credentials.ServerValues("cloudflare-d1", "acct", "db", "tok-secret-xyz").toString();
        assertFalse(text.contains("tok-secret-xyz"), text);
        assertTrue(text.contains("token=****"), text);
    }

    @Test
    void envWithoutAConfigIsAnError() {
        GodwitException e = assertThrows(GodwitException.class, () -> ProjectSettings.of(settings(false, "staging", null, null, null, null)));
        assertTrue(e.getMessage().startsWith("-Ddb.env=staging names a part of wrangler's config, but neither " + project
                + " nor a folder above it has any of wrangler.json,"
                + " wrangler.jsonc, wrangler.toml."), e.getMessage());
    }

    /**
     * wrangler's d1 commands take NAME as the first d1_databases entry whose database_name or binding equals it. With binding DB first
     * and binding ANALYTICS (database_name "DB") after it, an apply to ANALYTICS printed its way back as {@code wrangler d1
     * time-travel restore DB --bookmark=...}, which wrangler resolves to binding DB: ANALYTICS's bookmark sent to shop-dev (seen with
     * wrangler 4.86: GET /accounts/acct/d1/database/id-dev). The printed name is one wrangler resolves to the binding, else its id.
     */
    @Test
    void thePrintedWranglerNameIsOneWranglerResolvesToTheBindingUsed() throws IOException {
        write("wrangler.jsonc", """
                {
                  "name": "shop", "account_id": "acct",
                  "d1_databases": [
                    { "binding": "DB", "database_name": "shop-dev", "database_id": "id-dev", "migrations_dir": "migrations" },
                    { "binding": "ANALYTICS", "database_name": "DB", "database_id": "id-analytics", "migrations_dir": "analytics" },
                    { "binding": "shop-dev", "database_name": "events", "database_id": "id-events", "migrations_dir": "events" },
                  ],
                }
                """);
        var analytics = assertInstanceOf(Target.RemoteD1.class, ProjectSettings.of(settings(false, null, "ANALYTICS", null, null, null)).target());
        assertEquals("id-analytics", analytics.settings().databaseId());
        assertEquals("ANALYTICS", analytics.name(), "DB is binding DB's to wrangler; ANALYTICS is this one's");
        var events = assertInstanceOf(Target.RemoteD1.class, ProjectSettings.of(settings(false, null, null, "id-events", null, null)).target());
        assertEquals("events", events.name());
        var dev = assertInstanceOf(Target.RemoteD1.class, ProjectSettings.of(settings(false, null, "DB", null, null, null)).target());
        assertEquals("id-dev", dev.settings().databaseId());
        assertEquals("shop-dev", dev.name(), "shop-dev is also a later binding's name, but wrangler finds this entry first");
        write("wrangler.jsonc", """
                {
                  "name": "shop", "account_id": "acct",
                  "d1_databases": [
                    { "binding": "DB", "database_name": "ANALYTICS", "database_id": "id-dev", "migrations_dir": "migrations" },
                    { "binding": "ANALYTICS", "database_name": "DB", "database_id": "id-analytics", "migrations_dir": "analytics" },
                  ],
                }
                """);
        var crossed = assertInstanceOf(Target.RemoteD1.class, ProjectSettings.of(settings(false, null, null, "id-analytics", null, null)).target());
        assertEquals("id-analytics", crossed.name(), "both of its names are the other entry's to wrangler: the id");
    }
}
