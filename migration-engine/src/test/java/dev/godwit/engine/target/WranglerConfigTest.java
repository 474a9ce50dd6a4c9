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
                + " Pick one of those, or leave db.env out for the top level.", unknown.getMessage());
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

    @Test
    void wranglersOrderOfFilesJsonThenJsoncThenToml() throws IOException {
        write("wrangler.toml", "[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"from-toml\"\n");
        write("wrangler.jsonc", "{ \"d1_databases\": [{ \"binding\": \"DB\", \"database_id\": \"from-jsonc\" }] }");
        assertEquals("from-jsonc", ProjectSettings.of(settings(false, null, null, null, null, null)).binding().databaseId());
        write("wrangler.json", "{ \"d1_databases\": [{ \"binding\": \"DB\", \"database_id\": \"from-json\" }] }");
        assertEquals("from-json", ProjectSettings.of(settings(false, null, null, null, null, null)).binding().databaseId());
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

    @Test
    void envWithoutAConfigIsAnError() {
        GodwitException e = assertThrows(GodwitException.class, () -> ProjectSettings.of(settings(false, "staging", null, null, null, null)));
        assertTrue(e.getMessage().startsWith("-Ddb.env=staging names a part of wrangler's config, but " + project + " has none of wrangler.json,"
                + " wrangler.jsonc, wrangler.toml."), e.getMessage());
    }
}
