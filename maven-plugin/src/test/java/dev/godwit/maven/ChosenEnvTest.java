package dev.godwit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.godwit.engine.target.WranglerConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "to go back" commands db:apply prints name the environment CLOUDFLARE_ENV chose: they carried -Ddb.env only when it was
 * given, so `mvn db:restore -Ddb.bookmark=<production's>` copied into a shell without the variable worked on the top level's
 * database (and `wrangler d1 time-travel restore DB` on the top level's binding).
 */
class ChosenEnvTest {

    @TempDir
    Path dir;

    @Test
    void theEnvironmentCloudflareEnvChoseIsNamedAsDbEnvIs() throws IOException {
        Path file = Files.writeString(dir.resolve("wrangler.toml"), "[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"dev\"\n"
                + "[env.production]\n[[env.production.d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"prod\"\n");
        WranglerConfig config = WranglerConfig.read(file);
        assertEquals("production", AbstractGodwitMojo.chosenEnv(null, Map.of("CLOUDFLARE_ENV", "production")::get, config));
        assertEquals("production", AbstractGodwitMojo.chosenEnv(" ", Map.of("CLOUDFLARE_ENV", " production ")::get, config));
        assertEquals("staging", AbstractGodwitMojo.chosenEnv("staging", Map.of("CLOUDFLARE_ENV", "production")::get, config), "-Ddb.env wins");
        assertNull(AbstractGodwitMojo.chosenEnv(null, Map.<String, String>of()::get, config));
        // a config without that environment: the top level is used (as wrangler does), so nothing is added
        assertNull(AbstractGodwitMojo.chosenEnv(null, Map.of("CLOUDFLARE_ENV", "qa")::get, config));
        assertNull(AbstractGodwitMojo.chosenEnv(null, Map.of("CLOUDFLARE_ENV", "production")::get, null));
    }
}
