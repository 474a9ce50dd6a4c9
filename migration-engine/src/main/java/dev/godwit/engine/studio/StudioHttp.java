package dev.godwit.engine.studio;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A small HTTP/1.1 server for the studio: one thread accepts, each connection is served on a
 * pooled thread, and every connection has a deadline for its whole request (request line,
 * headers and body). A client that opens a connection and never finishes its request holds one
 * worker thread until the deadline, never the server. One request per connection
 * ({@code Connection: close}); no chunked request bodies. An answer is a byte array, or streamed
 * ({@code Transfer-Encoding: chunked}, with trailers, or with a Content-Length known before it) so a big one is never held whole. Knows
 * nothing about the studio.
 */
final class StudioHttp implements AutoCloseable {

    /** A parsed request. Header names are lower case. */
    record Request(String method, String path, String rawQuery, Map<String, String> headers, byte[] body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        /** Query parameters, decoded; a repeated name keeps its last value. */
        Map<String, String> params() {
            Map<String, String> out = new LinkedHashMap<>();
            if (rawQuery == null || rawQuery.isEmpty()) return out;
            for (String part : rawQuery.split("&")) {
                int eq = part.indexOf('=');
                String k = eq < 0 ? part : part.substring(0, eq);
                String v = eq < 0 ? "" : part.substring(eq + 1);
                try {
                    out.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    throw new StudioException(400, "the query string is not properly encoded: " + e.getMessage());
                }
            }
            return out;
        }
    }

    /** Writes a streamed body; returns the trailer fields (name, value) to send after it. */
    interface BodyWriter {
        List<String[]> writeTo(OutputStream out) throws IOException;
    }

    /**
     * What a streamed body does when it fails after its head went out: told why ({@code e}) and given the rest of the body to end
     * it with (what it writes there goes out before the connection ends), or null where the client is gone, {@code e} then a
     * {@link ClientGone} saying how.
     */
    interface Cut {
        void cut(Throwable e, OutputStream rest);
    }

    /**
     * Why a streamed body stopped where its client is gone: it closed the connection ({@link #cancelled}: a download cancelled in
     * the browser, a page fetching it closed), or took nothing for the request timeout, and the studio closed it.
     */
    static final class ClientGone extends IOException {
        private final boolean tookNothing;

        private ClientGone(boolean tookNothing, IOException cause) {
            super(tookNothing ? "the client took nothing for the request timeout" : "the client closed the connection", cause);
            this.tookNothing = tookNothing;
        }

        /** Closed by the client itself, as a cancelled download is: no failure of the studio's. */
        boolean cancelled() {
            return !tookNothing;
        }
    }

    /** A response: status, headers in order ({@code Set-Cookie} may repeat), body (bytes, or a stream). */
    static final class Response {
        final int status;
        final List<String[]> headers = new ArrayList<>();
        final byte[] body;
        final BodyWriter stream;
        final Function<RuntimeException, Response> failure;
        final Cut cut;
        /** A streamed body's length where it is known before its first byte (sent as Content-Length, not chunked); else -1. */
        long length = -1;
        /** Told when a streamed body went out whole, its end included (null: nothing to tell). */
        private Runnable sent;

        Response(int status, String contentType, byte[] body) {
            this(status, contentType, body, null, null, null);
        }

        private Response(int status, String contentType, byte[] body, BodyWriter stream, Function<RuntimeException, Response> failure, Cut cut) {
            this.status = status;
            this.body = body;
            this.stream = stream;
            this.failure = failure;
            this.cut = cut;
            if (contentType != null) header("Content-Type", contentType);
        }

        /**
         * A body written as it is made, in chunks. The head goes out with the first chunk (64 KB), so a writer that fails
         * before that is answered by {@code failure}'s response instead; one that fails later is told to {@code cut}, which
         * may end the body with a word of its own, and the connection ends without the last chunk: the client sees a broken
         * transfer, never a complete-looking file.
         */
        static Response streamed(int status, String contentType, BodyWriter stream, Function<RuntimeException, Response> failure, Cut cut) {
            return new Response(status, contentType, new byte[0], stream, failure, cut);
        }

        /**
         * A streamed body of {@code length} bytes exactly (a file made before the answer): sent with its Content-Length, so a browser
         * shows a download's progress, and unchunked; one cut short ends the connection early, which the client sees as incomplete.
         */
        Response length(long length) {
            this.length = length;
            return this;
        }

        Response header(String name, String value) {
            headers.add(new String[] {name, value});
            return this;
        }

        /**
         * This streamed answer, telling {@code sent} once its body went out whole and {@code refused} the answer given in its place
         * where its writer failed before the first byte (a cut after it is its own {@code cut}'s to tell).
         */
        Response watched(Runnable sent, java.util.function.Consumer<Response> refused) {
            Response w = new Response(status, null, body, stream, e -> {
                Response answer = failure.apply(e);
                refused.accept(answer);
                return answer;
            }, cut);
            w.headers.addAll(headers);
            w.length = length;
            w.sent = sent;
            return w;
        }
    }

    interface Handler {
        Response handle(Request request);
    }

    /**
     * Chromium's longest URL (2 MiB) and room for headers: the console's query travels in the page's URL (a reload) and in its
     * export links, so a query of a few tens of KB was answered 431. Memory is bounded by the body limit, far above it.
     */
    private static final int MAX_HEAD_BYTES = 2 * 1024 * 1024 + 64 * 1024;
    private static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

    private final ServerSocket socket;
    private final ThreadPoolExecutor workers;
    /** Cuts a streamed answer whose client takes nothing for a request timeout (a paused download would hold a thread forever). */
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "godwit-studio-watchdog");
        t.setDaemon(true);
        return t;
    });
    private final Thread acceptor;
    private final Handler handler;
    private final Duration requestTimeout;
    private volatile boolean closed;

    private StudioHttp(ServerSocket socket, Handler handler, Duration requestTimeout, int maxConnections) {
        this.socket = socket;
        this.handler = handler;
        this.requestTimeout = requestTimeout;
        AtomicInteger n = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(2, maxConnections, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "godwit-studio-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.acceptor = new Thread(this::acceptLoop, "godwit-studio-accept");
        this.acceptor.setDaemon(true);
    }

    /**
     * Listens on {@code address:port} (0 picks a free port).
     *
     * @param requestTimeout  how long a client may take to send one whole request
     * @param maxConnections  connections served at once; more are answered 503 at once
     */
    static StudioHttp start(InetAddress address, int port, Handler handler, Duration requestTimeout, int maxConnections) throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(address, port), 50);
        StudioHttp h = new StudioHttp(s, handler, requestTimeout, maxConnections);
        h.acceptor.start();
        return h;
    }

    int port() {
        return socket.getLocalPort();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket c;
            try {
                c = socket.accept();
            } catch (IOException e) {
                if (closed) return;
                continue;
            }
            try {
                workers.execute(() -> serve(c));
            } catch (RejectedExecutionException busy) {
                try (c) {
                    c.setSoTimeout(1000);
                    write(c.getOutputStream(), StudioServer.plain(503, "the studio is serving too many connections; try again"));
                } catch (IOException ignored) {
                    // The client is gone; nothing to tell it.
                }
            }
        }
    }

    private void serve(Socket c) {
        try (c) {
            c.setTcpNoDelay(true);
            long deadline = System.nanoTime() + requestTimeout.toNanos();
            Request request;
            try {
                request = read(c, deadline);
            } catch (SocketTimeoutException e) {
                write(c.getOutputStream(), StudioServer.plain(408, "the request took too long to arrive"));
                return;
            } catch (StudioException e) {
                write(c.getOutputStream(), StudioServer.plain(e.status(), e.getMessage()));
                return;
            }
            if (request == null) return;   // the client closed without sending anything
            Response response;
            try {
                response = handler.handle(request);
            } catch (RuntimeException e) {
                response = StudioServer.plain(500, "internal error: " + e);
            } catch (OutOfMemoryError e) {
                response = StudioServer.plain(503, "the studio ran out of memory answering this request (" + e.getMessage() + "); try a smaller one");
            }
            c.setSoTimeout((int) Math.max(1000, requestTimeout.toMillis()));
            if (response.stream != null) writeStreamed(c, response);
            else write(c.getOutputStream(), response);
        } catch (IOException ignored) {
            // A client that went away or stalled while reading its answer: nothing to do but close.
        }
    }

    private Request read(Socket c, long deadline) throws IOException {
        InputStream in = new BufferedInputStream(c.getInputStream());
        int[] budget = {MAX_HEAD_BYTES};
        String requestLine = line(c, in, deadline, budget);
        if (requestLine == null) return null;
        String[] parts = requestLine.split(" ");
        if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) throw new StudioException(400, "not an HTTP/1.x request line");
        Map<String, String> headers = new LinkedHashMap<>();
        while (true) {
            String h = line(c, in, deadline, budget);
            if (h == null) throw new StudioException(400, "the connection ended inside the headers");
            if (h.isEmpty()) break;
            int colon = h.indexOf(':');
            if (colon <= 0) throw new StudioException(400, "malformed header line");
            String name = h.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = h.substring(colon + 1).strip();
            if (headers.containsKey(name) && (name.equals("host") || name.equals("origin") || name.equals("content-length"))) {
                throw new StudioException(400, "repeated " + name + " header");
            }
            headers.merge(name, value, (a, b) -> a + ", " + b);
        }
        if (headers.containsKey("transfer-encoding")) throw new StudioException(411, "send the body with a Content-Length");
        byte[] body = new byte[0];
        String len = headers.get("content-length");
        if (len != null) {
            int n;
            try {
                n = Integer.parseInt(len.strip());
            } catch (NumberFormatException e) {
                throw new StudioException(400, "bad Content-Length");
            }
            if (n < 0 || n > MAX_BODY_BYTES) throw new StudioException(413, "the request body is larger than " + MAX_BODY_BYTES + " bytes");
            body = new byte[n];
            int off = 0;
            while (off < n) {
                setTimeout(c, deadline);
                int r = in.read(body, off, n - off);
                if (r < 0) throw new StudioException(400, "the connection ended inside the body");
                off += r;
            }
        }
        String target = parts[1];
        int q = target.indexOf('?');
        String path = q < 0 ? target : target.substring(0, q);
        String rawQuery = q < 0 ? null : target.substring(q + 1);
        return new Request(parts[0], path, rawQuery, headers, body);
    }

    /** One CRLF- (or LF-) terminated line; null at end of stream before any byte. */
    private static String line(Socket c, InputStream in, long deadline, int[] budget) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        while (true) {
            setTimeout(c, deadline);
            int ch = in.read();
            if (ch < 0) {
                if (b.size() == 0) return null;
                throw new StudioException(400, "the connection ended inside a line");
            }
            if (--budget[0] < 0) throw new StudioException(431, "the request head is larger than " + MAX_HEAD_BYTES + " bytes");
            if (ch == '\n') break;
            b.write(ch);
        }
        String s = b.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    private static void setTimeout(Socket c, long deadline) throws IOException {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) throw new SocketTimeoutException("request deadline passed");
        c.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
    }

    private static byte[] head(Response r, String length) {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(r.status).append(' ').append(reason(r.status)).append("\r\n");
        for (String[] h : r.headers) head.append(h[0]).append(": ").append(h[1]).append("\r\n");
        head.append(length).append("\r\n");
        head.append("Connection: close\r\n\r\n");
        return head.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    static void write(OutputStream out, Response r) throws IOException {
        byte[] h = head(r, "Content-Length: " + r.body.length);
        byte[] all = new byte[h.length + r.body.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(r.body, 0, all, h.length, r.body.length);
        try {
            out.write(all);   // one write: head and body in one segment where they fit, no wait for a delayed ACK
            out.flush();
        } catch (SocketException ignored) {
            // The client closed first.
        }
    }

    private void writeStreamed(Socket c, Response r) throws IOException {
        StreamedBody out = new StreamedBody(c, head(r, r.length >= 0 ? "Content-Length: " + r.length : "Transfer-Encoding: chunked"), r.length < 0);
        try {
            List<String[]> trailers = r.stream.writeTo(out);
            out.finish(trailers);
            if (r.sent != null) r.sent.run();
        } catch (RuntimeException | IOException | OutOfMemoryError e) {
            if (!out.committed && out.gone == null && e instanceof RuntimeException early) {
                Response answer;
                try {
                    answer = r.failure.apply(early);
                } catch (RuntimeException unexpected) {
                    answer = StudioServer.plain(500, "internal error: " + unexpected);
                }
                write(c.getOutputStream(), answer);
                return;
            }
            // Mid-stream: no last chunk. Where the client still reads, the body ends with what cut writes (an export: a last line
            // saying it failed, which leaves the file invalid), sent with what was buffered, then a clean end of the connection,
            // so that line arrives; the missing last chunk tells every HTTP client the transfer broke. Else a reset.
            boolean ended = false;
            if (r.cut != null) {
                try {
                    r.cut.cut(out.gone != null ? out.gone : e, out.gone != null ? null : out);
                    if (out.gone == null) {
                        out.sendBuffered();
                        c.shutdownOutput();
                        ended = true;
                    }
                } catch (RuntimeException | IOException notSent) {
                    // The client went away meanwhile, or cut had nothing to add: reset as before.
                }
            }
            if (ended) return;
            try {
                c.setSoLinger(true, 0);
            } catch (SocketException ignored) {
                // Already gone.
            }
        }
    }

    /**
     * A streamed body on its way to the client, in 64 KB writes: chunked, or as it is where the head said its length; every write to
     * the socket is watched, and one that the client does not take in time closes it.
     */
    private final class StreamedBody extends OutputStream {
        private final Socket socket;
        private final OutputStream raw;
        private final byte[] head;
        private final boolean chunked;
        private final byte[] buf = new byte[64 * 1024];
        private int n;
        boolean committed;
        /** Why a write to the client failed (it closed the connection, or took nothing for a request timeout); null while none did. */
        ClientGone gone;
        /** Set by the watchdog before it closes the socket of a client that took nothing in time. */
        private volatile boolean tookNothing;

        StreamedBody(Socket socket, byte[] head, boolean chunked) throws IOException {
            this.socket = socket;
            this.raw = socket.getOutputStream();
            this.head = head;
            this.chunked = chunked;
        }

        @Override
        public void write(int b) throws IOException {
            if (n == buf.length) sendBuffered();
            buf[n++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (n == buf.length) sendBuffered();
                int k = Math.min(len, buf.length - n);
                System.arraycopy(b, off, buf, n, k);
                n += k;
                off += k;
                len -= k;
            }
        }

        @Override
        public void flush() {
            // The buffer goes out when full: a writer's flush must not make a stream of tiny chunks (or writes).
        }

        /** What is buffered, as a chunk where the body is chunked (the head before it, if not sent yet). */
        void sendBuffered() throws IOException {
            if (n == 0) return;
            ByteArrayOutputStream b = new ByteArrayOutputStream(n + head.length + 16);
            if (!committed) b.write(head);
            if (chunked) b.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            b.write(buf, 0, n);
            if (chunked) {
                b.write('\r');
                b.write('\n');
            }
            send(b.toByteArray());
            committed = true;
            n = 0;
        }

        void finish(List<String[]> trailers) throws IOException {
            sendBuffered();
            if (!chunked) {   // its length said where it ends (no trailers)
                if (!committed) send(head);
                committed = true;
                return;
            }
            StringBuilder end = new StringBuilder("0\r\n");
            for (String[] t : trailers) end.append(t[0]).append(": ").append(t[1]).append("\r\n");
            end.append("\r\n");
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            if (!committed) b.write(head);
            b.write(end.toString().getBytes(StandardCharsets.ISO_8859_1));
            send(b.toByteArray());
            committed = true;
        }

        private void send(byte[] bytes) throws IOException {
            ScheduledFuture<?> cut = watchdog.schedule(() -> {
                tookNothing = true;
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // Closed already.
                }
            }, Math.max(1000, requestTimeout.toMillis()), TimeUnit.MILLISECONDS);
            try {
                raw.write(bytes);
                raw.flush();
            } catch (IOException e) {
                gone = new ClientGone(tookNothing, e);
                throw e;
            } finally {
                cut.cancel(false);
            }
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 303 -> "See Other";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 409 -> "Conflict";
            case 411 -> "Length Required";
            case 413 -> "Payload Too Large";
            case 415 -> "Unsupported Media Type";
            case 431 -> "Request Header Fields Too Large";
            case 503 -> "Service Unavailable";
            case 507 -> "Insufficient Storage";
            default -> status >= 500 ? "Server Error" : "Status";
        };
    }

    @Override
    public void close() {
        closed = true;
        try {
            socket.close();
        } catch (IOException ignored) {
            // Already closed.
        }
        workers.shutdownNow();
        watchdog.shutdownNow();
        try {
            acceptor.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
