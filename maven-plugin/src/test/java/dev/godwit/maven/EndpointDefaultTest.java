package dev.godwit.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * db.d1.endpoint has no default in the plugin's descriptor: the engine picks the API wrangler calls when it is unset (a FedRAMP
 * High config's api.fed.cloudflare.com, CLOUDFLARE_API_BASE_URL), which a default of api.cloudflare.com hid, every FedRAMP
 * project's token and SQL going to the public API.
 */
class EndpointDefaultTest {

    @Test
    void theEndpointIsLeftUnsetForTheEngineToChoose() throws Exception {
        String descriptor;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/maven/plugin.xml")) {
            assertNotNull(in, "the plugin descriptor is on the test class path");
            descriptor = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(descriptor.contains("${db.d1.endpoint}</d1Endpoint>"), "d1Endpoint is configured from db.d1.endpoint");
        assertFalse(descriptor.matches("(?s).*<d1Endpoint [^>]*default-value=.*"), "d1Endpoint has no default-value");
    }
}
