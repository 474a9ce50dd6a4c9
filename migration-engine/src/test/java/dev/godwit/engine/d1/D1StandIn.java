package dev.godwit.engine.d1;

import static dev.godwit.engine.d1.D1Wire.JSON;
import static dev.godwit.engine.d1.D1Wire.authorized;
import static dev.godwit.engine.d1.D1Wire.failure;
import static dev.godwit.engine.d1.D1Wire.send;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.godwit.engine.d1.D1Wire.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for Cloudflare D1's HTTP API, for tests: a real HTTP server on 127.0.0.1 backed by
 * a SQLite file, answering as D1's HTTP API does (paths, envelope, error codes and limits as
 * recorded from the real service):
 * <ul>
 *   <li>{@code POST /client/v4/accounts/{account}/d1/database/{database}/query} (rows as objects) and
 *       {@code …/raw} (rows as {@code {columns, rows}}), body {@code {"sql", "params"}};</li>
 *   <li>bearer auth: no or malformed header → 401 code 10001; wrong token → 403 code 10000
 *       "Authentication error"; wrong account → 403 code 7403; wrong database → 404 code 7404;
 *       other paths → 404 code 7003 "No route for the URI";</li>
 *   <li>Cloudflare's v4 envelope; one {@code result} element per statement;</li>
 *   <li>each request is one transaction: any error rolls back all of it (HTTP 400, code 7500,
 *       message "&lt;sqlite message&gt;: SQLITE_&lt;CODE&gt;", no statement index, as D1);</li>
 *   <li>foreign keys always on; {@code PRAGMA foreign_keys=OFF} is accepted and has no effect
 *       (it runs inside the transaction); {@code defer_foreign_keys} works; deferred violations fail
 *       the commit;</li>
 *   <li>{@code BEGIN/COMMIT/END/ROLLBACK/SAVEPOINT/RELEASE} refused with workerd's message; PRAGMAs
 *       outside D1's allow-list, ATTACH, temp tables (also {@code CREATE TABLE temp.x}) and {@code _cf_} names → "not authorized:
 *       SQLITE_AUTH"; a function outside workerd's list (ALTER TABLE's helpers included) → "not authorized to use function: NAME:
 *       SQLITE_AUTH";</li>
 *   <li>D1's splitter: a trigger body runs from an upper-case {@code BEGIN} to the next upper-case {@code END}, so a lower-case
 *       {@code begin} or a CASE's {@code END} inside the body cuts it ("incomplete input: SQLITE_ERROR");</li>
 *   <li>D1's limits: 100,000 bytes per statement ("statement too long: SQLITE_TOOBIG"), 100 bound
 *       parameters, 100 columns, 5 compound SELECT terms, 50-byte LIKE patterns, expression depth 100, trigger
 *       depth 10, 2,200,000 bytes per value, 25,000 VDBE instructions per statement; params with several statements → 7400;</li>
 *   <li>a {@code _cf_KV} table exists, as on D1;</li>
 *   <li>Time Travel: {@code GET …/time_travel/bookmark[?timestamp=RFC3339]} and {@code POST …/time_travel/restore?bookmark=B}
 *       (or {@code ?timestamp=}), answering {@code {bookmark}} and {@code {bookmark, previous_bookmark, message}}; every committed
 *       request that changes the database is kept as a version (a copy of the file next to it), so a restore brings back the
 *       exact contents at that bookmark; {@code GET …/d1/database/ID} answers the database's info ({@code version: production}), which
 *       real wrangler's {@code d1 time-travel} reads first, so a printed wrangler way back can be run here
 *       ({@code CLOUDFLARE_API_BASE_URL=<endpoint> CLOUDFLARE_API_TOKEN=<token> wrangler d1 time-travel restore ...}).</li>
 * </ul>
 * Also: a parameter without its value is refused (workerd's words), as are writes to FTS5 / R-Tree shadow tables (defensive
 * mode: "table docs_data may not be modified"), and VACUUM answers "cannot VACUUM from within a transaction"; a read of dbstat is
 * "no such table" (workerd builds SQLite without it), a table-valued PRAGMA handed a _cf_ name (also each name sqlite_master lists)
 * "not authorized", while ANALYZE, PRAGMA optimize=MASK and PRAGMA quick_check = N run, as on D1.
 * Fault injection and counters serve the retry tests. Not modelled: the 30 s limit, D1's mishandling of CRLF inside trigger
 * bodies (Godwit sends LF).
 */
public final class D1StandIn implements AutoCloseable {

    private static final Pattern TIME_TRAVEL = Pattern.compile("^/client/v4/accounts/([^/]+)/d1/database/([^/]+)/time_travel/(bookmark|restore)$");
    /** D1's database info ({@code GET …/d1/database/ID}), which {@code wrangler d1 time-travel} reads first (it refuses alpha databases). */
    private static final Pattern DATABASE = Pattern.compile("^/client/v4/accounts/([^/]+)/d1/database/([^/]+)$");
    private static final Pattern ROUTE = Pattern.compile("^/client/v4/accounts/([^/]+)/d1/database/([^/]+)/(query|raw)$");
    private final HttpServer server;
    private final ExecutorService pool;
    private final Connection db;
    private final String accountId;
    private final String databaseId;
    private final String token;
    private final Object lock = new Object();
    private final List<String> requestLog = Collections.synchronizedList(new ArrayList<>());

    // Faults, guarded by `lock`.
    private int fail500Next;
    private String fail500Marker;
    private String overTimeLimitMarker;
    private String resetForTimeMarker;
    private String resetForTimeMessage;
    private int resetForTimeStatus;
    private int fail500MarkerCount;
    private int dropNext;
    private String dropMarker;
    private int dropMarkerCount;
    private int respond429Next;
    private int echoPageNext;
    private int echoPageStatus;
    private int echoPageOffset;
    private long retryAfterSeconds;
    private final List<String> dropOnceMarkers = new ArrayList<>();
    private String failedElementMarker;
    private int failedElementCount;
    private boolean failedElementCommits;
    private String fail500AfterCommitMarker;
    private int fail500AfterCommitCount;
    private int rateLimitAfter500AfterCommit;
    private volatile long latencyMillis;
    private int dropRestoreAnswers;
    private int emptyRestoreAnswers;
    private int timeTravel500s;
    private int timeTravel429s;
    private int bookmarklessAnswers;

    // Time Travel, guarded by `lock`: one version per committed change, oldest first, each the database's pages in memory
    // (SQLite's serialize): a backup to a new file per committed change, synced, was most of the stand-in's cost.
    private record Version(String bookmark, java.time.Instant at, byte[] pages) {
    }

    private final Path file;
    private final List<Version> versions = new ArrayList<>();

    private D1StandIn(Path file, String accountId, String databaseId, String token, int port) throws IOException, SQLException {
        this.accountId = accountId;
        this.databaseId = databaseId;
        this.token = token;
        this.file = file.toAbsolutePath();
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        this.db = new org.sqlite.JDBC().connect("jdbc:sqlite:" + file.toAbsolutePath(), new java.util.Properties());
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA busy_timeout=30000");
            s.execute("PRAGMA journal_mode=WAL");
            // the stand-in's file outlives no crash a test could cause: commits need not wait for the disk
            s.execute("PRAGMA synchronous=OFF");
            s.execute("CREATE TABLE IF NOT EXISTS _cf_KV (key TEXT PRIMARY KEY, value BLOB) WITHOUT ROWID");
        }
        D1Wire.likeD1(db);
        recordVersion();
        this.server = D1Wire.listen(new InetSocketAddress("127.0.0.1", port), 0);
        this.pool = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "d1-stand-in");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts on an ephemeral port. */
    public static D1StandIn start(Path sqliteFile, String accountId, String databaseId, String token) {
        return start(sqliteFile, accountId, databaseId, token, 0);
    }

    public static D1StandIn start(Path sqliteFile, String accountId, String databaseId, String token, int port) {
        try {
            return new D1StandIn(sqliteFile, accountId, databaseId, token, port);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("cannot start the D1 stand-in: " + e.getMessage(), e);
        }
    }

    /** Args: sqlite-file port account database token. Prints the endpoint, runs until killed. */
    public static void main(String[] args) throws InterruptedException {
        if (args.length != 5) {
            System.err.println("usage: D1StandIn <sqlite-file> <port> <account-id> <database-id> <token>");
            System.exit(2);
        }
        D1StandIn s = start(Paths.get(args[0]), args[2], args[3], args[4], Integer.parseInt(args[1]));
        Runtime.getRuntime().addShutdownHook(new Thread(s::close));
        System.out.println(s.endpoint());
        System.out.flush();
        new CountDownLatch(1).await();
    }

    /** The API base URL to configure as {@code db.d1.endpoint}, e.g. {@code http://127.0.0.1:PORT/client/v4}. */
    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/client/v4";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    // ---- faults and counters

    /**
     * Splits a request as D1's {@code /query} was reported to (workers-sdk#3892, #4767, open): a {@code ;} inside a comment
     * outside a trigger body cuts the request there, and a piece holding only comments is refused ("SQL code did not contain a
     * statement."). Off by default: not confirmed on today's D1.
     */
    public void readCommentsAsSql() {
        commentsAsSql = true;
    }

    private volatile boolean commentsAsSql;

    /**
     * A database id that is not a UUID is answered as D1 answers it, HTTP 400, code 7400 "Invalid property: databaseId => Invalid
     * uuid", not 404 (off by default: tests name missing databases with words).
     */
    public void checkDatabaseIdForm() {
        checkIdForm = true;
    }

    private volatile boolean checkIdForm;

    /** The next n requests (that pass auth) get HTTP 500 with D1's envelope, without running anything. */
    public void failNextWith500(int n) {
        synchronized (lock) {
            fail500Next = n;
        }
    }

    /**
     * Every request (that passes auth) for {@code duration} from now gets HTTP 503 with D1's envelope and {@code Retry-After:
     * retryAfterSeconds}, running nothing: an outage that says when to come back.
     */
    public void unavailableFor(java.time.Duration duration, int retryAfterSeconds) {
        synchronized (lock) {
            unavailableUntil = System.nanoTime() + duration.toNanos();
            unavailableRetryAfter = retryAfterSeconds;
        }
    }

    private long unavailableUntil;
    private int unavailableRetryAfter;

    /** The next n requests whose body contains the marker get HTTP 500 without running anything. */
    public void failWith500WhenBodyContains(String marker, int n) {
        synchronized (lock) {
            fail500Marker = marker;
            fail500MarkerCount = n;
        }
    }

    /**
     * Every request whose body contains the marker is answered as Cloudflare answers one that ran past D1's 30 s per request
     * (workers-sdk#7780): HTTP 504 with its HTML "Gateway Time-out" page, nothing of it committed. Every time: a statement
     * that slow is as slow when sent again.
     */
    public void cutAsOverTimeLimitWhenBodyContains(String marker) {
        synchronized (lock) {
            overTimeLimitMarker = marker;
        }
    }

    /**
     * Every request whose body contains the marker is answered as D1 answers one it reset for running too long: the HTTP status
     * given (500, or 400 as D1's other 7500 errors; d1.md leaves which one unverified) with its failure envelope, code 7500 and the
     * given message ("D1 DB storage operation exceeded timeout which caused object to be reset.", "... exceeded its CPU time limit
     * and was reset."), nothing of it committed. Every time, as above.
     */
    public void resetForTimeWhenBodyContains(String marker, int status, String message) {
        synchronized (lock) {
            resetForTimeMarker = marker;
            resetForTimeStatus = status;
            resetForTimeMessage = message;
        }
    }

    /**
     * The next n requests whose body contains the marker are answered with the HTTP status given and D1's failure envelope, code
     * 7500 and {@code message}, running nothing: one of D1's own failures that its docs say to retry ("Internal error while starting
     * up D1 DB storage caused object to be reset.", "D1 DB is overloaded. Too many requests queued."), then the request runs.
     */
    public void failWithD1ErrorWhenBodyContains(String marker, int n, int status, String message) {
        synchronized (lock) {
            d1ErrorMarker = marker;
            d1ErrorCount = n;
            d1ErrorStatus = status;
            d1ErrorMessage = message;
        }
    }

    private String d1ErrorMarker;

    /**
     * Every query request whose body is over {@code bytes} UTF-8 bytes is answered as D1 answers a statement over its 100,000 bytes
     * (HTTP 400, code 7500, "statement too long: SQLITE_TOOBIG"), running nothing: D1 reading its limit over a whole request, as
     * workerd's multi-statement exec does (util/sqlite.c++ prepareSql hands SQLite the rest of the text with its length) and
     * wrangler's remote apply of one big file suggests (workers-sdk#6347); not known of D1, which splits a request itself. 0: off.
     */
    public void refuseRequestsOverBytesAsTooLong(int bytes) {
        synchronized (lock) {
            requestTooLongOver = bytes;
        }
    }

    private int requestTooLongOver;
    private int d1ErrorCount;
    private int d1ErrorStatus;
    private String d1ErrorMessage;

    /** The next n requests run and commit, then the connection is closed without an answer. */
    public void dropConnectionAfterCommitNext(int n) {
        synchronized (lock) {
            dropNext = n;
        }
    }

    /** The next n requests whose body contains the marker run and commit, then the connection is closed without an answer. */
    public void dropAfterCommitWhenBodyContains(String marker, int n) {
        synchronized (lock) {
            dropMarker = marker;
            dropMarkerCount = n;
        }
    }

    /**
     * For each marker, the first request whose body contains it runs and commits, then its connection is closed without an
     * answer (the probe's {@code --drop-on N}, keyed on content so that it does not depend on how many requests come first).
     * Adds to the markers already armed.
     */
    /**
     * The first request whose body contains the marker is run and committed, then the stand-in goes away unanswered, as a
     * network that drops for good: no answer to it, every later request refused a connection.
     */
    public void goAwayAfterCommitWhenBodyContains(String marker) {
        synchronized (lock) {
            goAwayMarker = marker;
            dropOnceMarkers.add(marker);
        }
    }

    private volatile String goAwayMarker;

    public void dropAfterCommitOnceWhenBodyContains(String... markers) {
        synchronized (lock) {
            dropOnceMarkers.addAll(List.of(markers));
        }
    }

    /**
     * The next n requests whose body contains the marker are answered HTTP 200 with {@code "success": true} and a result element
     * {@code "success": false} (d1.md 1.5: "check both levels"), after committing them ({@code commits}) or running nothing.
     */
    public void answerSuccessWithAFailedStatementWhenBodyContains(String marker, int n, boolean commits) {
        synchronized (lock) {
            failedElementMarker = marker;
            failedElementCount = n;
            failedElementCommits = commits;
        }
    }

    /** The next n requests whose body contains the marker run and commit, then get HTTP 500 with D1's envelope. */
    public void fail500AfterCommitWhenBodyContains(String marker, int n) {
        failAfterCommitWhenBodyContains(marker, n, 500, null);
    }

    /**
     * The next n requests whose body contains the marker run and commit, then get the HTTP status given with D1's failure
     * envelope, code 7500 and {@code message} (null: "internal error; reference = ..."): D1's worker losing its connection to
     * the database after the commit ("Network connection lost.", an HTTP 400 as D1's other 7500 errors), say.
     */
    public void failAfterCommitWhenBodyContains(String marker, int n, int status, String message) {
        synchronized (lock) {
            fail500AfterCommitMarker = marker;
            fail500AfterCommitCount = n;
            afterCommitStatus = status;
            afterCommitMessage = message;
        }
    }

    private int afterCommitStatus = 500;
    private String afterCommitMessage;

    /**
     * Once a request armed by {@link #fail500AfterCommitWhenBodyContains} has committed and been answered with its 500, the next
     * {@code n} requests get HTTP 429 with {@code Retry-After} ({@link #setRetryAfterSeconds}): the retry of that very request is
     * rate-limited.
     */
    public void respond429AfterThe500AfterCommit(int n) {
        synchronized (lock) {
            rateLimitAfter500AfterCommit = n;
        }
    }

    /**
     * Once a request armed by {@link #fail500AfterCommitWhenBodyContains} has committed and been answered with its 500, the next
     * {@code n} requests get HTTP 500 with D1's envelope, running nothing: D1 failing for a while after that commit.
     */
    public void fail500sAfterThe500AfterCommit(int n) {
        synchronized (lock) {
            fail500sAfter500AfterCommit = n;
        }
    }

    private int fail500sAfter500AfterCommit;

    /** The next {@code n} Time Travel restores are carried out, and their answers lost (the connection closes without one). */
    public void dropRestoreAnswerNext(int n) {
        synchronized (lock) {
            dropRestoreAnswers = n;
        }
    }

    /** The next {@code n} Time Travel restores are carried out, and answered HTTP 200 with an empty body (no envelope to read). */
    public void answerRestoresWithAnEmptyBodyNext(int n) {
        synchronized (lock) {
            emptyRestoreAnswers = n;
        }
    }

    /** The next {@code n} Time Travel requests (bookmark or restore) get a 500 and change nothing. */
    public void failTimeTravelWith500Next(int n) {
        synchronized (lock) {
            timeTravel500s = n;
        }
    }

    /** The next {@code n} bookmark reads are answered HTTP 200 with an empty body (no envelope to read), as a proxy cut short. */
    public void answerBookmarkReadsWithAnEmptyBodyNext(int n) {
        synchronized (lock) {
            emptyBookmarkAnswers = n;
        }
    }

    private int emptyBookmarkAnswers;

    /** The next {@code n} bookmark reads are answered {@code success} with a result that holds no bookmark. */
    public void answerBookmarkReadsWithoutABookmarkNext(int n) {
        synchronized (lock) {
            bookmarklessAnswers = n;
        }
    }

    /** The next {@code n} Time Travel requests (bookmark or restore) get HTTP 429 with {@code Retry-After}, changing nothing. */
    public void respond429ToTimeTravelNext(int n) {
        synchronized (lock) {
            timeTravel429s = n;
        }
    }

    /**
     * The next n requests (that pass auth) get an HTML error page with {@code status}, not D1's envelope, that lists the request's
     * headers, Authorization included, as a debugging gateway's page does: the header's line starts {@code offset} characters
     * into the page. Nothing runs.
     */
    public void answerWithAPageEchoingTheHeadersNext(int n, int status, int offset) {
        synchronized (lock) {
            echoPageNext = n;
            echoPageStatus = status;
            echoPageOffset = offset;
        }
    }

    /** The next n requests get HTTP 429 with {@code Retry-After} (0 s unless {@link #setRetryAfterSeconds}). */
    public void respond429Next(int n) {
        synchronized (lock) {
            respond429Next = n;
        }
    }

    public void setRetryAfterSeconds(long seconds) {
        synchronized (lock) {
            retryAfterSeconds = seconds;
        }
    }

    /** Waits this long before running each request (so a client timeout can come first, and the request still commits). */
    public void setLatencyMillis(long millis) {
        latencyMillis = millis;
    }

    /**
     * The first {@code n} query requests whose body contains the marker are received, then their connection is reset before D1
     * runs anything: the request was sent, its answer never comes, and nothing of it committed (the other side of a lost answer).
     */
    public void dropBeforeRunWhenBodyContains(String marker, int n) {
        synchronized (lock) {
            dropBeforeRunMarker = marker;
            dropBeforeRunCount = n;
        }
    }

    private String dropBeforeRunMarker;
    private int dropBeforeRunCount;

    /**
     * The token expires when a request whose body contains the marker arrives: that request and every later one (queries and
     * Time Travel alike) are answered as Cloudflare answers an expired token, HTTP 403, code 10000 "Authentication error", and run
     * nothing. Cleared by {@link #clearFaults} (a new token).
     */
    public void expireTokenWhenBodyContains(String marker) {
        synchronized (lock) {
            expireTokenMarker = marker;
        }
    }

    /** As {@link #expireTokenWhenBodyContains}, but the request with the marker is still served (dropped, failed, run) as armed. */
    public void expireTokenAfterBodyContains(String marker) {
        synchronized (lock) {
            expireTokenMarker = marker;
            expireTokenAfter = true;
        }
    }

    private String expireTokenMarker;
    private boolean expireTokenAfter;
    private boolean tokenExpired;

    public void clearFaults() {
        synchronized (lock) {
            dropBeforeRunMarker = null;
            dropBeforeRunCount = 0;
            expireTokenMarker = null;
            expireTokenAfter = false;
            tokenExpired = false;
            echoPageNext = 0;
            fail500Next = 0;
            fail500Marker = null;
            fail500MarkerCount = 0;
            overTimeLimitMarker = null;
            resetForTimeMarker = null;
            d1ErrorMarker = null;
            d1ErrorCount = 0;
            requestTooLongOver = 0;
            dropNext = 0;
            dropMarker = null;
            dropMarkerCount = 0;
            respond429Next = 0;
            retryAfterSeconds = 0;
            dropOnceMarkers.clear();
            fail500AfterCommitMarker = null;
            fail500AfterCommitCount = 0;
            rateLimitAfter500AfterCommit = 0;
            fail500sAfter500AfterCommit = 0;
            failedElementMarker = null;
            failedElementCount = 0;
            dropRestoreAnswers = 0;
            timeTravel500s = 0;
            timeTravel429s = 0;
            bookmarklessAnswers = 0;
        }
        latencyMillis = 0;
    }

    /** Requests received (any path, any answer). */
    public int requestCount() {
        return requestLog.size();
    }

    private final List<String> timeTravelQueries = Collections.synchronizedList(new ArrayList<>());

    /** The Time Travel requests received, as {@code bookmark?timestamp=...} or {@code restore?bookmark=...} (raw query), in order. */
    public List<String> timeTravelQueries() {
        synchronized (timeTravelQueries) {
            return List.copyOf(timeTravelQueries);
        }
    }

    /** The bodies of the requests received, in order (headers, and so the token, are not kept). */
    public List<String> requestLog() {
        synchronized (requestLog) {
            return List.copyOf(requestLog);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
        synchronized (lock) {
            try {
                db.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
    }

    // ---- HTTP

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            try {
                answer(ex);
            } catch (RuntimeException e) {
                send(ex, 500, failure(7500, "internal error; reference = " + e.getClass().getSimpleName()));
            }
        }
    }

    private void answer(HttpExchange ex) throws IOException {
        {
            String body;
            try (InputStream in = ex.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int number;
            synchronized (requestLog) {
                requestLog.add(body);
                number = requestLog.size();
            }
            synchronized (lock) {
                if (tokenExpired) {
                    send(ex, 403, failure(10000, "Authentication error"));
                    return;
                }
                if (expireTokenMarker != null && body.contains(expireTokenMarker)) {
                    tokenExpired = true;
                    if (!expireTokenAfter) {
                        send(ex, 403, failure(10000, "Authentication error"));
                        return;
                    }
                }
            }
            Matcher tt = TIME_TRAVEL.matcher(ex.getRequestURI().getPath());
            if (tt.matches()) {
                timeTravel(ex, tt.group(1), tt.group(2), tt.group(3));
                return;
            }
            Matcher info = DATABASE.matcher(ex.getRequestURI().getPath());
            if (info.matches() && ex.getRequestMethod().equals("GET")) {
                databaseInfo(ex, info.group(1), info.group(2));
                return;
            }
            Matcher route = ROUTE.matcher(ex.getRequestURI().getPath());
            if (!route.matches()) {
                send(ex, 404, failure(7003, "No route for the URI"));
                return;
            }
            if (!ex.getRequestMethod().equals("POST")) {
                send(ex, 405, failure(10405, "Method not allowed"));
                return;
            }
            if (!authorized(ex, token, route.group(1), accountId)) return;
            if (!route.group(2).equals(databaseId)) {
                if (checkIdForm && !route.group(2).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
                    send(ex, 400, failure(7400, "Invalid property: databaseId => Invalid uuid"));   // D1's answer (workers-sdk#15513)
                    return;
                }
                send(ex, 404, failure(7404, "Not Found"));
                return;
            }
            boolean raw = route.group(3).equals("raw");
            boolean drop;
            boolean fail500AfterCommit = false;
            boolean failedElement = false;
            boolean failedElementRuns = false;
            synchronized (lock) {
                if (echoPageNext > 0) {
                    echoPageNext--;
                    String head = "<html><body><h1>" + echoPageStatus + " Bad Gateway</h1><pre>";
                    String page = head + "x".repeat(Math.max(0, echoPageOffset - head.length())) + "\nAuthorization: "
                            + ex.getRequestHeaders().getFirst("Authorization") + "\nAccept: application/json</pre></body></html>";
                    byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
                    ex.getResponseHeaders().set("Content-Type", "text/html");
                    ex.sendResponseHeaders(echoPageStatus, bytes.length);
                    ex.getResponseBody().write(bytes);
                    return;
                }
                if (dropBeforeRunMarker != null && dropBeforeRunCount > 0 && body.contains(dropBeforeRunMarker)) {
                    dropBeforeRunCount--;
                    return;   // closing an exchange whose headers were never sent closes the connection: nothing ran
                }
                if (respond429Next > 0) {
                    respond429Next--;
                    ex.getResponseHeaders().set("Retry-After", Long.toString(retryAfterSeconds));
                    send(ex, 429, failure(971, "Please wait and consider throttling your request speed"));
                    return;
                }
                if (overTimeLimitMarker != null && body.contains(overTimeLimitMarker)) {
                    byte[] page = "<html><head><title>504 Gateway Time-out</title></head><body><center><h1>504 Gateway Time-out</h1></center><hr><center>cloudflare</center></body></html>"
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    ex.getResponseHeaders().set("Content-Type", "text/html");
                    ex.sendResponseHeaders(504, page.length);
                    ex.getResponseBody().write(page);
                    return;
                }
                if (resetForTimeMarker != null && body.contains(resetForTimeMarker)) {
                    send(ex, resetForTimeStatus, failure(7500, resetForTimeMessage));
                    return;
                }
                if (requestTooLongOver > 0 && body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > requestTooLongOver) {
                    send(ex, 400, failure(7500, "statement too long: SQLITE_TOOBIG"));
                    return;
                }
                if (d1ErrorMarker != null && d1ErrorCount > 0 && body.contains(d1ErrorMarker)) {
                    d1ErrorCount--;
                    send(ex, d1ErrorStatus, failure(7500, d1ErrorMessage));
                    return;
                }
                if (unavailableUntil != 0 && System.nanoTime() < unavailableUntil) {
                    ex.getResponseHeaders().set("Retry-After", Integer.toString(unavailableRetryAfter));
                    send(ex, 503, failure(7500, "Service unavailable; reference = standin" + requestLog.size()));
                    return;
                }
                if (fail500Next > 0 || (fail500Marker != null && fail500MarkerCount > 0 && body.contains(fail500Marker))) {
                    if (fail500Next > 0) fail500Next--;
                    else fail500MarkerCount--;
                    send(ex, 500, failure(7500, "internal error; reference = standin" + requestLog.size()));
                    return;
                }
                drop = dropNext > 0 || (dropMarker != null && dropMarkerCount > 0 && body.contains(dropMarker));
                if (drop) {
                    if (dropNext > 0) dropNext--;
                    else dropMarkerCount--;
                } else if (dropOnceMarkers.stream().anyMatch(body::contains)) {
                    dropOnceMarkers.remove(dropOnceMarkers.stream().filter(body::contains).findFirst().orElseThrow());
                    drop = true;
                } else if (fail500AfterCommitMarker != null && fail500AfterCommitCount > 0 && body.contains(fail500AfterCommitMarker)) {
                    fail500AfterCommitCount--;
                    fail500AfterCommit = true;
                    respond429Next += rateLimitAfter500AfterCommit;
                    rateLimitAfter500AfterCommit = 0;
                    fail500Next += fail500sAfter500AfterCommit;
                    fail500sAfter500AfterCommit = 0;
                } else if (failedElementMarker != null && failedElementCount > 0 && body.contains(failedElementMarker)) {
                    failedElementCount--;
                    failedElement = true;
                    failedElementRuns = failedElementCommits;
                }
            }
            long latency = latencyMillis;
            if (latency > 0) {
                try {
                    Thread.sleep(latency);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (failedElement) {
                if (failedElementRuns) run(body, raw);
                ObjectNode answer = JSON.createObjectNode();
                ObjectNode element = answer.putArray("result").addObject();
                element.put("success", false);
                element.put("error", "D1_ERROR: internal error; reference = standin" + number);
                answer.putArray("errors");
                answer.putArray("messages");
                answer.put("success", true);
                send(ex, 200, answer);
                return;
            }
            Reply reply = run(body, raw);
            if (drop) {
                String away = goAwayMarker;
                if (away != null && body.contains(away)) server.stop(0);   // the listener closed before this connection is
                // Committed; now the answer is lost: close the connection without a response.
                return;   // closing an exchange whose headers were never sent closes the connection
            }
            if (fail500AfterCommit) {
                send(ex, afterCommitStatus, failure(7500, afterCommitMessage != null ? afterCommitMessage : "internal error; reference = standin" + number));
                return;
            }
            send(ex, reply.status(), reply.json());
        }
    }

    // ---- Time Travel

    /** The bookmark of the database's current state, as {@code GET …/time_travel/bookmark} returns it. */
    public String currentBookmark() {
        synchronized (lock) {
            return versions.get(versions.size() - 1).bookmark();
        }
    }

    private volatile java.util.function.Consumer<String> bookmarkListener = b -> { };

    /** Called with each current bookmark served by {@code GET …/time_travel/bookmark} (for ITs that pass it on to a later goal). */
    public void onBookmarkServed(java.util.function.Consumer<String> listener) {
        bookmarkListener = listener;
    }

    /** Bookmarks of every kept version, oldest first. */
    public List<String> bookmarks() {
        synchronized (lock) {
            return versions.stream().map(Version::bookmark).toList();
        }
    }

    /** Keeps a copy of the committed database as a new version with a new bookmark; call with `lock` held or before serving. */
    private void recordVersion() {
        try {
            int n = versions.size() + 1;
            byte[] copy;
            db.setAutoCommit(true);
            try {
                copy = db.unwrap(org.sqlite.SQLiteConnection.class).serialize("main");
            } finally {
                db.setAutoCommit(false);
            }
            String tail = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest((databaseId + "/" + n + "/" + System.nanoTime()).getBytes(StandardCharsets.UTF_8))).substring(0, 32);
            // D1's bookmarks look like 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
            String bookmark = String.format("%08x-%08x-%08x-%s", n, n * 7 + 1, n * 13 + 2, tail);
            java.time.Instant at = java.time.Instant.now();
            if (!versions.isEmpty() && !at.isAfter(versions.get(versions.size() - 1).at())) {
                at = versions.get(versions.size() - 1).at().plusMillis(1);
            }
            versions.add(new Version(bookmark, at, copy));
        } catch (SQLException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("the D1 stand-in cannot keep a Time Travel version: " + e.getMessage(), e);
        }
    }

    private void timeTravel(HttpExchange ex, String account, String database, String action) throws IOException {
        boolean restore = action.equals("restore");
        if (!ex.getRequestMethod().equals(restore ? "POST" : "GET")) {
            send(ex, 405, failure(10405, "Method not allowed"));
            return;
        }
        if (!authorized(ex, token, account, accountId)) return;
        if (!database.equals(databaseId)) {
            send(ex, 404, failure(7404, "Not Found"));
            return;
        }
        java.util.Map<String, String> q = new java.util.HashMap<>();
        String raw = ex.getRequestURI().getRawQuery();
        timeTravelQueries.add(action + (raw == null ? "" : "?" + raw));
        if (raw != null) {
            for (String kv : raw.split("&")) {
                int eq = kv.indexOf('=');
                if (eq > 0) q.put(java.net.URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8),
                        java.net.URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        synchronized (lock) {
            if (timeTravel429s > 0) {
                timeTravel429s--;
                ex.getResponseHeaders().set("Retry-After", Long.toString(retryAfterSeconds));
                send(ex, 429, failure(971, "Please wait and consider throttling your request speed"));
                return;
            }
            if (timeTravel500s > 0) {
                timeTravel500s--;
                send(ex, 500, failure(7500, "internal error; reference = standin-tt"));
                return;
            }
            Version target;
            if (q.containsKey("timestamp")) {
                java.time.Instant t;
                try {
                    t = java.time.OffsetDateTime.parse(q.get("timestamp")).toInstant();
                } catch (java.time.format.DateTimeParseException e) {
                    send(ex, 400, failure(7400, "Invalid timestamp: " + q.get("timestamp")));
                    return;
                }
                target = versions.get(0);
                for (Version v : versions) if (!v.at().isAfter(t)) target = v;
            } else if (q.containsKey("bookmark")) {
                target = versions.stream().filter(v -> v.bookmark().equals(q.get("bookmark"))).findFirst().orElse(null);
                if (target == null) {
                    send(ex, 400, failure(7400, "Invalid bookmark: " + q.get("bookmark")));
                    return;
                }
            } else if (restore) {
                send(ex, 400, failure(7400, "A bookmark or timestamp is required"));
                return;
            } else {
                target = versions.get(versions.size() - 1);
            }
            ObjectNode ok = JSON.createObjectNode();
            ObjectNode result = ok.putObject("result");
            if (!restore && emptyBookmarkAnswers > 0) {
                emptyBookmarkAnswers--;
                ex.sendResponseHeaders(200, -1);
                return;
            }
            if (!restore && bookmarklessAnswers > 0) {
                bookmarklessAnswers--;
            } else if (!restore) {
                result.put("bookmark", target.bookmark());
                if (!q.containsKey("timestamp")) bookmarkListener.accept(target.bookmark());
            } else {
                String previous = versions.get(versions.size() - 1).bookmark();
                Path copy = null;
                try {
                    copy = Files.createTempFile(file.getParent(), file.getFileName() + ".restore-", ".sqlite");
                    Files.write(copy, target.pages());   // a serialized database is its file's bytes
                    db.setAutoCommit(true);
                    try (Statement s = db.createStatement()) {
                        s.executeUpdate("restore from \"" + copy + "\"");
                    } finally {
                        db.setAutoCommit(false);
                    }
                    Files.deleteIfExists(copy);
                } catch (SQLException | IOException e) {
                    send(ex, 500, failure(7500, "restore failed: " + e.getMessage()));
                    return;
                }
                recordVersion();
                if (dropRestoreAnswers > 0) {
                    dropRestoreAnswers--;
                    return;   // restored; the answer is lost
                }
                if (emptyRestoreAnswers > 0) {
                    emptyRestoreAnswers--;
                    ex.sendResponseHeaders(200, -1);   // restored; answered without a body
                    return;
                }
                result.put("bookmark", target.bookmark());
                result.put("previous_bookmark", previous);
                result.put("message", "Database restored to bookmark " + target.bookmark());
            }
            ok.putArray("errors");
            ok.putArray("messages");
            ok.put("success", true);
            send(ex, 200, ok);
        }
    }

    /** The database's info as D1 gives it ({@code uuid}, {@code name}, {@code version}), so real wrangler's time-travel commands run here. */
    private void databaseInfo(HttpExchange ex, String account, String database) throws IOException {
        if (!authorized(ex, token, account, accountId)) return;
        if (!database.equals(databaseId)) {
            send(ex, 404, failure(7404, "Not Found"));
            return;
        }
        ObjectNode ok = JSON.createObjectNode();
        ObjectNode result = ok.putObject("result");
        result.put("uuid", databaseId);
        result.put("name", databaseId);
        result.put("version", "production");
        ok.putArray("errors");
        ok.putArray("messages");
        ok.put("success", true);
        send(ex, 200, ok);
    }

    private Reply run(String body, boolean raw) {
        synchronized (lock) {
            Reply reply = D1Wire.run(db, body, raw, "godwit-d1-stand-in", commentsAsSql);
            if (reply.changed()) recordVersion();
            return reply;
        }
    }
}
