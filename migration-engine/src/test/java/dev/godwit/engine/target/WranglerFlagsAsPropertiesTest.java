package dev.godwit.engine.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.godwit.engine.GodwitException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * wrangler's flags typed as Maven properties: {@code mvn db:apply -Denv=staging} (wrangler's {@code --env staging}) was passed on
 * unread by Maven and applied staging's migrations to the top level's database, without a word; {@code -Dpreview} (wrangler's
 * {@code --preview}) went to the binding's own database.
 */
class WranglerFlagsAsPropertiesTest {

    @TempDir
    Path project;

    @BeforeEach
    void config() throws IOException {
        Files.writeString(project.resolve("wrangler.jsonc"), """
                {
                  "$schema": "node_modules/wrangler/config-schema.json",
                  "name": "shop",
                  "account_id": "acct-top",
                  // the top level: production's database in this team's layout
                  "d1_databases": [ { "binding": "DB", "database_name": "shop-production", "database_id": "id-prod" } ],
                  "env": {
                    "staging": {
                      "d1_databases": [ { "binding": "DB", "database_name": "shop-staging", "database_id": "id-staging",
                                          "preview_database_id": "id-preview", }, ],
                    },
                  },
                }
                """);
    }

    private ProjectSettings settings(String dbEnv, boolean preview, Map<String, String> variables) {
        return ProjectSettings.of(new TargetSettings(false, null, null, null, null, null, null, null, "http://127.0.0.1:1", project, null,
                variables::get, dbEnv, null, null, null, null, preview));
    }

    private static final Map<String, String> TOKEN = Map.of("CLOUDFLARE_D1_TOKEN", "tok-secret");

    @Test
    void envAsAPropertyIsRefusedWhereTheRunWouldGoToAnotherDatabase() {
        ProjectSettings top = settings(null, false, TOKEN);
        // what the run would have done: the top level's database
        assertEquals("id-prod", ((Target.RemoteD1) top.target()).settings().databaseId());
        GodwitException e = assertThrows(GodwitException.class, () -> top.refuseWranglerFlagsAsProperties(Map.of("env", "staging")::get));
        assertEquals("-Denv=staging is no setting of Godwit, so Maven passes it on unread, and this run would work on wrangler.jsonc (top level),"
                + " D1 database DB (database_name shop-production), not on [env.staging]'s. Godwit's setting for wrangler's --env is -Ddb.env:"
                + " give -Ddb.env=staging instead. Nothing was done.", e.getMessage());
        // wrangler's variable written as a property reads the same
        e = assertThrows(GodwitException.class, () -> top.refuseWranglerFlagsAsProperties(Map.of("CLOUDFLARE_ENV", "staging")::get));
        assertEquals("-DCLOUDFLARE_ENV=staging is no setting", e.getMessage().substring(0, "-DCLOUDFLARE_ENV=staging is no setting".length()));
    }

    @Test
    void envAsAPropertyPassesWhereTheRunWorksOnThatEnvironmentOrNamesNone() {
        // -Ddb.env, CLOUDFLARE_ENV (or a profile mapping -Denv to db.env) chose it anyway
        settings("staging", false, TOKEN).refuseWranglerFlagsAsProperties(Map.of("env", "staging")::get);
        Map<String, String> variables = Map.of("CLOUDFLARE_D1_TOKEN", "tok-secret", "CLOUDFLARE_ENV", "staging");
        settings(null, false, variables).refuseWranglerFlagsAsProperties(Map.of("env", "staging")::get);
        // a name the config does not define is a property of the POM's own (a profile's activation, say)
        settings(null, false, TOKEN).refuseWranglerFlagsAsProperties(Map.of("env", "dev")::get);
    }

    @Test
    void previewAsAPropertyIsRefusedUnlessThePreviewIsUsed() {
        ProjectSettings staging = settings("staging", false, TOKEN);
        assertEquals("id-staging", ((Target.RemoteD1) staging.target()).settings().databaseId());
        GodwitException e = assertThrows(GodwitException.class, () -> staging.refuseWranglerFlagsAsProperties(Map.of("preview", "")::get));
        assertEquals("-Dpreview is no setting of Godwit, so Maven passes it on unread, and this run would work on the binding's own database,"
                + " not its preview_database_id. Godwit's setting for wrangler's --preview is -Ddb.d1.preview: give that instead. Nothing was"
                + " done.", e.getMessage());
        settings("staging", true, TOKEN).refuseWranglerFlagsAsProperties(Map.of("preview", "")::get);
    }
}
