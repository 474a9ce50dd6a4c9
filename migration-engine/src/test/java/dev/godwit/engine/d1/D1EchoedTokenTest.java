package dev.godwit.engine.d1;

import static dev.godwit.engine.d1.D1RetryTest.ACCOUNT;
import static dev.godwit.engine.d1.D1RetryTest.DATABASE;
import static dev.godwit.engine.d1.D1RetryTest.TOKEN;
import static dev.godwit.engine.d1.D1RetryTest.settings;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An answer that is not D1's envelope (a gateway's error page) is quoted in the error, cut to 200 characters. A page that echoes
 * the request's headers holds the token: it was cut first and scrubbed after, so a token running over the cut no longer matched
 * whole and its first part was printed.
 */
class D1EchoedTokenTest {

    @TempDir
    Path dir;

    @Test
    void aTokenEchoedAcrossTheCutOfAQuotedPageIsNotPrinted() {
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), ACCOUNT, DATABASE, TOKEN);
             D1Client client = new D1Client(settings(standIn.endpoint(), 3, 1, Duration.ofSeconds(1)))) {
            // the page's header line starts 167 characters in: "Authorization: Bearer " then the token from character 190, over the cut at 200
            standIn.answerWithAPageEchoingTheHeadersNext(3, 502, 167);
            D1Exception e = assertThrows(D1Exception.class, () -> client.query("SELECT 1 AS one", List.of()));
            String m = e.getMessage();
            assertTrue(m.startsWith("Received a malformed response from the Cloudflare API (HTTP 502: <html><body><h1>502 Bad Gateway</h1>"), m);
            assertTrue(m.contains("Authorization: Bearer ****"), m);
            assertFalse(m.contains(TOKEN.substring(0, 6)), m);
        }
    }
}
