package dev.godwit.engine.d1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * An https:// endpoint pointed at a plain-http port. A server that answers the handshake in plain text made "No answer from
 * Cloudflare D1 (SSLException: Unsupported or unrecognized SSL message): the request was sent, so it may or may not have been
 * applied" of a request that never left; one that waits for a request line cost 5 handshakes of 10 s and said "ConnectTimeoutException
 * ... Read timed out". Both now say it looks like TLS to a plain-http server, nothing sent; the first is not tried again, the
 * second twice only.
 */
class D1TlsToPlainHttpTest {

    static final String ACCOUNT = "0123456789abcdef0123456789abcdef";
    static final String DATABASE = "00000000-0000-0000-0000-0000000000aa";
    static final String TOKEN = "tls-test-token-123456";

    /** A plain-http server on 127.0.0.1: counts connections; answers each with a plain 400, or says nothing. */
    static final class PlainServer implements AutoCloseable {
        final ServerSocket server;
        final AtomicInteger connections = new AtomicInteger();

        PlainServer(boolean answers) throws IOException {
            this(answers, 0);
        }

        PlainServer(boolean answers, int port) throws IOException {
            server = new ServerSocket(port, 50, java.net.InetAddress.getLoopbackAddress());
            Thread t = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket s = server.accept();
                        connections.incrementAndGet();
                        if (answers) {
                            s.getInputStream().read(new byte[512]);
                            s.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                                    .getBytes(StandardCharsets.US_ASCII));
                            s.close();
                        }   // else: left open, silent, as a server waiting for a request line
                    } catch (IOException ignored) {
                        // closed
                    }
                }
            }, "plain-http");
            t.setDaemon(true);
            t.start();
        }

        String httpsEndpoint() {
            return "https://127.0.0.1:" + server.getLocalPort() + "/client/v4";
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }

    D1Settings settings(String endpoint) {
        return new D1Settings(ACCOUNT, DATABASE, TOKEN, endpoint).withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(5))
                .withRetries(5, Duration.ofMillis(10), Duration.ofSeconds(1));
    }

    @Test
    void aPlainTextAnswerToTheHandshakeIsNamedNotSentAndNotTriedAgain() throws IOException {
        try (PlainServer plain = new PlainServer(true); D1Client c = new D1Client(settings(plain.httpsEndpoint()))) {
            D1Exception e = assertThrows(D1Exception.class, () -> c.query("INSERT INTO t VALUES (1)", List.of(), false));
            assertTrue(e.getMessage().startsWith("Cannot reach Cloudflare D1 at " + plain.httpsEndpoint() + ": the server at 127.0.0.1:"
                    + plain.server.getLocalPort() + " answered the TLS handshake in plain text (SSLException: "), e.getMessage());
            assertTrue(e.getMessage().endsWith("db.d1.endpoint is https://, the port plain http. Use the server's https port, or http:// for a"
                    + " stand-in or proxy on this machine (127.0.0.1, ::1, localhost). Nothing was sent, and it was not tried again."), e.getMessage());
            assertTrue(e.notSent(), "nothing was sent");
            assertFalse(e.outcomeUnknown(), "not 'may or may not have been applied'");
            assertEquals(1, plain.connections.get(), "one attempt");
            D1Exception list = assertThrows(D1Exception.class, () -> c.listDatabases(null, 1, 10));
            assertTrue(list.getMessage().contains("answered the TLS handshake in plain text"), list.getMessage());
            assertEquals(2, plain.connections.get(), "one attempt");
        }
    }

    @Test
    void anUnansweredHandshakeSaysItLooksLikeTlsToAPlainServerAfterTwoAttempts() throws IOException {
        try (PlainServer silent = new PlainServer(false); D1Client c = new D1Client(settings(silent.httpsEndpoint()))) {
            D1Exception e = assertThrows(D1Exception.class, () -> c.query("SELECT 1", List.of(), true));
            assertTrue(e.getMessage().startsWith("Cannot reach Cloudflare D1 at " + silent.httpsEndpoint() + ": the connection to 127.0.0.1:"
                    + silent.server.getLocalPort() + " opened, but its TLS handshake had no answer in 1 s ("), e.getMessage());
            assertTrue(e.getMessage().contains(", 2 attempt(s)): it looks like a TLS handshake to a server that does not speak TLS, an https://"
                    + " db.d1.endpoint on a plain-http port. Use the server's https port"), e.getMessage());
            assertTrue(e.notSent());
            assertEquals(2, silent.connections.get(), "two attempts, not five");
        }
    }
    /**
     * Round 51: Time Travel's requests (the bookmark read before db:apply and db:push, db:restore's) kept a request loop of their
     * own, without these words: the plain-text answer read "Cannot read the Time Travel bookmark at ... (SSLException: Unsupported
     * or unrecognized SSL message)" after five attempts, the silent handshake five of 1 s ("ConnectTimeoutException ... Read timed
     * out"). They go through D1Client's request path now, and say what a query says.
     */
    @Test
    void timeTravelsRequestsSayAnHttpsEndpointOnAPlainHttpPortAsAQueryDoes() throws IOException {
        try (PlainServer plain = new PlainServer(true); D1TimeTravel tt = new D1TimeTravel(settings(plain.httpsEndpoint()))) {
            D1Exception e = assertThrows(D1Exception.class, tt::currentBookmark);
            assertTrue(e.getMessage().startsWith("Cannot reach Cloudflare D1 at " + plain.httpsEndpoint() + ": the server at 127.0.0.1:"
                    + plain.server.getLocalPort() + " answered the TLS handshake in plain text (SSLException: "), e.getMessage());
            assertTrue(e.getMessage().endsWith("Nothing was sent, and it was not tried again."), e.getMessage());
            assertTrue(e.notSent() && !e.outcomeUnknown());
            assertEquals(1, plain.connections.get(), "one attempt");
            D1Exception restore = assertThrows(D1Exception.class, () -> tt.restore("00000001-00000000-00000000-0000000000000000"));
            assertTrue(restore.getMessage().contains("answered the TLS handshake in plain text") && restore.notSent() && !restore.outcomeUnknown(),
                    restore.getMessage());
        }
        try (PlainServer silent = new PlainServer(false); D1TimeTravel tt = new D1TimeTravel(settings(silent.httpsEndpoint()))) {
            D1Exception e = assertThrows(D1Exception.class, tt::currentBookmark);
            assertTrue(e.getMessage().startsWith("Cannot reach Cloudflare D1 at " + silent.httpsEndpoint() + ": the connection to 127.0.0.1:"
                    + silent.server.getLocalPort() + " opened, but its TLS handshake had no answer in 1 s ("), e.getMessage());
            assertTrue(e.getMessage().contains(", 2 attempt(s)): it looks like a TLS handshake to a server that does not speak TLS"), e.getMessage());
            assertTrue(e.notSent());
            assertEquals(2, silent.connections.get(), "two attempts, not five");
        }
    }

    /**
     * An https:// endpoint on its default port (Cloudflare's API) whose TLS handshake goes unanswered (a network or firewall dropping
     * the packets) is no plain-http port: it was said to be one after two attempts ("an https:// db.d1.endpoint on a plain-http
     * port"), and the attempts left were not made. Binding port 443 takes the right to; skipped where that is not given.
     */
    @Test
    void anUnansweredHandshakeOnTheDefaultHttpsPortIsNotTakenForAPlainHttpPort() throws IOException {
        PlainServer silent;
        try {
            silent = new PlainServer(false, 443);
        } catch (IOException notAllowed) {
            org.junit.jupiter.api.Assumptions.abort("cannot listen on port 443 here: " + notAllowed.getMessage());
            return;
        }
        try (silent; D1Client c = new D1Client(settings("https://127.0.0.1/client/v4").withRetries(3, Duration.ofMillis(10), Duration.ofSeconds(1)))) {
            D1Exception e = assertThrows(D1Exception.class, () -> c.query("SELECT 1", List.of(), true));
            assertFalse(e.getMessage().contains("plain-http port"), e.getMessage());
            assertEquals(3, silent.connections.get(), "every attempt made: " + e.getMessage());
        }
    }
}
