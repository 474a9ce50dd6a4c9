package dev.godwit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.godwit.engine.d1.D1Proxy;
import java.util.List;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.Test;

/**
 * Maven's settings.xml {@code <proxies>} reach the engine's D1 settings: none was read, so behind a corporate proxy every D1 goal
 * failed "Cannot reach Cloudflare D1". The active proxy of protocol https, else http; its credentials and nonProxyHosts kept,
 * never shown.
 */
class MavenProxyTest {

    static Proxy proxy(String id, String protocol, boolean active, String host, int port) {
        Proxy p = new Proxy();
        p.setId(id);
        p.setProtocol(protocol);
        p.setActive(active);
        p.setHost(host);
        p.setPort(port);
        return p;
    }

    @Test
    void theActiveProxyOfSettingsXmlGoesToTheEngine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        StatusMojo status = new StatusMojo(null);
        status.project = new org.apache.maven.project.MavenProject();
        status.project.setFile(dir.resolve("pom.xml").toFile());
        status.session = OneDatabaseGoalsTest.commandLine();
        status.settings = new Settings();
        assertNull(status.targetSettings().proxy(), "no proxies: none");
        Proxy http = proxy("corp", "http", true, "proxy.corp.example.com", 3128);
        http.setUsername("jdoe");
        http.setPassword("proxy-pw-4321");
        http.setNonProxyHosts("localhost|*.corp.example.com");
        status.settings.setProxies(List.of(proxy("off", "https", false, "inactive.example.com", 1), http));
        D1Proxy p = status.targetSettings().proxy();
        assertEquals(new D1Proxy("proxy.corp.example.com", 3128, "jdoe", "proxy-pw-4321", List.of("localhost", "*.corp.example.com"),
                "Maven's settings.xml proxy corp"), p);
        assertFalse(status.targetSettings().toString().contains("proxy-pw-4321"), status.targetSettings().toString());
        // one of protocol https wins over an http one
        status.settings.setProxies(List.of(http, proxy("secure", "https", true, "tls-proxy.example.com", 8443)));
        assertEquals("tls-proxy.example.com:8443 Maven's settings.xml proxy secure", status.targetSettings().proxy().host() + ":"
                + status.targetSettings().proxy().port() + " " + status.targetSettings().proxy().source());
    }
}
