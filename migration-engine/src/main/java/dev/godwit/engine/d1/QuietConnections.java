package dev.godwit.engine.d1;

import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.impl.io.DefaultManagedHttpClientConnection;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.io.HttpConnectionFactory;

/**
 * HttpClient's own connections, without the two debug logs that would print the token.
 *
 * <p>In httpclient5 5.6, {@code DefaultManagedHttpClientConnection} logs every request header
 * ({@code Authorization: Bearer …}) to the category {@code org.apache.hc.client5.http.headers}
 * in {@code onRequestSubmitted}, and, when {@code org.apache.hc.client5.http.wire} is at debug,
 * wraps the socket in a {@code LoggingSocketHolder} in {@code bind(...)} that logs every byte
 * written, the header included. Under {@code mvn -X} both categories are at debug. These
 * connections bind the plain {@code SocketHolder} and log no request headers, whatever the
 * logging configuration; response headers (which hold no secret) are still logged as before.
 */
final class QuietConnections implements HttpConnectionFactory<ManagedHttpClientConnection> {

    static final QuietConnections INSTANCE = new QuietConnections();

    private static final AtomicLong COUNTER = new AtomicLong();

    private QuietConnections() {
    }

    @Override
    public ManagedHttpClientConnection createConnection(Socket socket) throws IOException {
        Quiet conn = new Quiet("godwit-d1-" + COUNTER.getAndIncrement());
        if (socket != null) conn.bind(socket);
        return conn;
    }

    /** A managed connection that never hands the socket or the request headers to a logger. */
    static final class Quiet extends DefaultManagedHttpClientConnection {

        Quiet(String id) {
            super(id);
        }

        @Override
        public void bind(Socket socket) throws IOException {
            bind(new SocketHolder(socket));
        }

        @Override
        public void bind(SSLSocket sslSocket, Socket socket) throws IOException {
            bind(new SocketHolder(sslSocket, socket));
        }

        @Override
        protected void onRequestSubmitted(ClassicHttpRequest request) {
            // The request headers carry the token: not logged.
        }
    }
}
