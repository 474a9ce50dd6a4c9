package dev.godwit.engine.d1;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.godwit.engine.sql.SqlSplitter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteLimits;

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
 *       outside D1's allow-list, ATTACH, temp tables and {@code _cf_} names → "not authorized: SQLITE_AUTH";</li>
 *   <li>D1's limits: 100,000 bytes per statement ("statement too long: SQLITE_TOOBIG"), 100 bound
 *       parameters, 100 columns, 5 compound SELECT terms; params with several statements → 7400;</li>
 *   <li>a {@code _cf_KV} table exists, as on D1;</li>
 *   <li>Time Travel: {@code GET …/time_travel/bookmark[?timestamp=RFC3339]} and {@code POST …/time_travel/restore?bookmark=B}
 *       (or {@code ?timestamp=}), answering {@code {bookmark}} and {@code {bookmark, previous_bookmark, message}}; every committed
 *       request that changes the database is kept as a version (a copy of the file next to it), so a restore brings back the
 *       exact contents at that bookmark.</li>
 * </ul>
 * Fault injection and counters serve the retry tests. Not modelled: D1's server-side splitter bugs
 * (lowercase {@code begin} in triggers), the SQL function allow-list, the 30 s limit.
 */
public final class D1StandIn implements AutoCloseable {

    public static final String TRANSACTION_MESSAGE = "To execute a transaction, please use the state.storage.transaction() or"
            + " state.storage.transactionSync() APIs instead of the SQL BEGIN TRANSACTION or SAVEPOINT statements. The JavaScript API"
            + " is safer because it will automatically roll back on exceptions, and because it interacts correctly with Durable"
            + " Objects' automatic atomic write coalescing.";
    public static final int MAX_STATEMENT_BYTES = 100_000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TIME_TRAVEL = Pattern.compile("^/client/v4/accounts/([^/]+)/d1/database/([^/]+)/time_travel/(bookmark|restore)$");
    private static final Pattern ROUTE = Pattern.compile("^/client/v4/accounts/([^/]+)/d1/database/([^/]+)/(query|raw)$");
    private static final Pattern TRANSACTION = Pattern.compile("(?is)^(BEGIN|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE)\\b.*");
    private static final Pattern PRAGMA = Pattern.compile("(?is)^PRAGMA\\s+(?:\"?main\"?\\.)?\"?([A-Za-z_]+)\"?\\s*(?:(=)\\s*(.*?)|\\((.*?)\\))?\\s*$");
    private static final Set<String> BOOLEAN_PRAGMAS = Set.of("case_sensitive_like", "foreign_keys", "defer_foreign_keys",
            "ignore_check_constraints", "legacy_alter_table", "recursive_triggers", "reverse_unordered_selects");
    private static final Set<String> NAME_PRAGMAS = Set.of("table_info", "table_xinfo", "foreign_key_check", "foreign_key_list", "index_info",
            "index_list", "index_xinfo", "quick_check", "optimize", "table_list");
    private static final Set<String> BOOLEAN_VALUES = Set.of("on", "off", "true", "false", "yes", "no", "1", "0");

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
    private int fail500MarkerCount;
    private int dropNext;
    private String dropMarker;
    private int dropMarkerCount;
    private int respond429Next;
    private long retryAfterSeconds;
    private final List<String> dropOnceMarkers = new ArrayList<>();
    private String fail500AfterCommitMarker;
    private int fail500AfterCommitCount;
    private volatile long latencyMillis;

    // Time Travel, guarded by `lock`: one version per committed change, oldest first.
    private record Version(String bookmark, java.time.Instant at, Path copy) {
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
            s.execute("PRAGMA foreign_keys=ON");
            s.execute("CREATE TABLE IF NOT EXISTS _cf_KV (key TEXT PRIMARY KEY, value BLOB) WITHOUT ROWID");
        }
        SQLiteConnection sc = db.unwrap(SQLiteConnection.class);
        sc.setLimit(SQLiteLimits.SQLITE_LIMIT_SQL_LENGTH, MAX_STATEMENT_BYTES);
        sc.setLimit(SQLiteLimits.SQLITE_LIMIT_VARIABLE_NUMBER, 100);
        sc.setLimit(SQLiteLimits.SQLITE_LIMIT_COLUMN, 100);
        sc.setLimit(SQLiteLimits.SQLITE_LIMIT_COMPOUND_SELECT, 5);
        db.setAutoCommit(false);
        recordVersion();
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
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

    /** The next n requests (that pass auth) get HTTP 500 with D1's envelope, without running anything. */
    public void failNextWith500(int n) {
        synchronized (lock) {
            fail500Next = n;
        }
    }

    /** The next n requests whose body contains the marker get HTTP 500 without running anything. */
    public void failWith500WhenBodyContains(String marker, int n) {
        synchronized (lock) {
            fail500Marker = marker;
            fail500MarkerCount = n;
        }
    }

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
    public void dropAfterCommitOnceWhenBodyContains(String... markers) {
        synchronized (lock) {
            dropOnceMarkers.addAll(List.of(markers));
        }
    }

    /** The next n requests whose body contains the marker run and commit, then get HTTP 500 with D1's envelope. */
    public void fail500AfterCommitWhenBodyContains(String marker, int n) {
        synchronized (lock) {
            fail500AfterCommitMarker = marker;
            fail500AfterCommitCount = n;
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

    public void clearFaults() {
        synchronized (lock) {
            fail500Next = 0;
            fail500Marker = null;
            fail500MarkerCount = 0;
            dropNext = 0;
            dropMarker = null;
            dropMarkerCount = 0;
            respond429Next = 0;
            retryAfterSeconds = 0;
            dropOnceMarkers.clear();
            fail500AfterCommitMarker = null;
            fail500AfterCommitCount = 0;
        }
        latencyMillis = 0;
    }

    /** Requests received (any path, any answer). */
    public int requestCount() {
        return requestLog.size();
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
            Matcher tt = TIME_TRAVEL.matcher(ex.getRequestURI().getPath());
            if (tt.matches()) {
                timeTravel(ex, tt.group(1), tt.group(2), tt.group(3));
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
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            if (auth == null || !auth.startsWith("Bearer ") || auth.substring(7).isBlank()) {
                send(ex, 401, failure(10001, "Unable to authenticate request"));
                return;
            }
            if (!auth.substring(7).strip().equals(token)) {
                send(ex, 403, failure(10000, "Authentication error"));
                return;
            }
            if (!route.group(1).equals(accountId)) {
                send(ex, 403, failure(7403, "The given account is not valid or is not authorized to access this service"));
                return;
            }
            if (!route.group(2).equals(databaseId)) {
                send(ex, 404, failure(7404, "Not Found"));
                return;
            }
            boolean raw = route.group(3).equals("raw");
            boolean drop;
            boolean fail500AfterCommit = false;
            synchronized (lock) {
                if (respond429Next > 0) {
                    respond429Next--;
                    ex.getResponseHeaders().set("Retry-After", Long.toString(retryAfterSeconds));
                    send(ex, 429, failure(971, "Please wait and consider throttling your request speed"));
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
            Reply reply = run(body, raw);
            if (drop) {
                // Committed; now the answer is lost: close the connection without a response.
                return;   // closing an exchange whose headers were never sent closes the connection
            }
            if (fail500AfterCommit) {
                send(ex, 500, failure(7500, "internal error; reference = standin" + number));
                return;
            }
            send(ex, reply.status, reply.json);
        }
    }

    private record Reply(int status, ObjectNode json) {
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
            Path dir = file.resolveSibling(file.getFileName() + ".time-travel");
            Files.createDirectories(dir);
            int n = versions.size() + 1;
            Path copy = dir.resolve(String.format("%08d.sqlite", n));
            Files.deleteIfExists(copy);
            db.setAutoCommit(true);
            try (Statement s = db.createStatement()) {
                s.executeUpdate("backup to \"" + copy + "\"");
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
        } catch (IOException | SQLException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("the D1 stand-in cannot keep a Time Travel version: " + e.getMessage(), e);
        }
    }

    private void timeTravel(HttpExchange ex, String account, String database, String action) throws IOException {
        boolean restore = action.equals("restore");
        if (!ex.getRequestMethod().equals(restore ? "POST" : "GET")) {
            send(ex, 405, failure(10405, "Method not allowed"));
            return;
        }
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.startsWith("Bearer ") || auth.substring(7).isBlank()) {
            send(ex, 401, failure(10001, "Unable to authenticate request"));
            return;
        }
        if (!auth.substring(7).strip().equals(token)) {
            send(ex, 403, failure(10000, "Authentication error"));
            return;
        }
        if (!account.equals(accountId)) {
            send(ex, 403, failure(7403, "The given account is not valid or is not authorized to access this service"));
            return;
        }
        if (!database.equals(databaseId)) {
            send(ex, 404, failure(7404, "Not Found"));
            return;
        }
        java.util.Map<String, String> q = new java.util.HashMap<>();
        String raw = ex.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String kv : raw.split("&")) {
                int eq = kv.indexOf('=');
                if (eq > 0) q.put(java.net.URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8),
                        java.net.URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        synchronized (lock) {
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
            if (!restore) {
                result.put("bookmark", target.bookmark());
                if (!q.containsKey("timestamp")) bookmarkListener.accept(target.bookmark());
            } else {
                String previous = versions.get(versions.size() - 1).bookmark();
                try {
                    db.setAutoCommit(true);
                    try (Statement s = db.createStatement()) {
                        s.executeUpdate("restore from \"" + target.copy() + "\"");
                    } finally {
                        db.setAutoCommit(false);
                    }
                } catch (SQLException e) {
                    send(ex, 500, failure(7500, "restore failed: " + e.getMessage()));
                    return;
                }
                recordVersion();
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

    private Reply run(String body, boolean raw) {
        JsonNode req;
        try {
            req = JSON.readTree(body);
        } catch (IOException e) {
            return new Reply(400, failure(7400, "The request is malformed: the body is not JSON"));
        }
        if (req == null || !req.isObject() || !req.path("sql").isTextual()) {
            return new Reply(400, failure(7400, "The request is malformed: sql is required"));
        }
        List<String> statements = new ArrayList<>();
        for (String s : SqlSplitter.split(req.path("sql").asText())) {
            String t = s.strip();
            if (t.endsWith(";")) t = t.substring(0, t.length() - 1);
            if (!t.isBlank()) statements.add(t);
        }
        JsonNode params = req.path("params");
        boolean hasParams = params.isArray();
        if (hasParams && statements.size() > 1) {
            return new Reply(400, failure(7400, "The request is malformed: params with multiple statements is not supported"));
        }
        if (statements.isEmpty()) return new Reply(400, failure(7500, "SQL code did not contain a statement"));
        synchronized (lock) {
            ArrayNode results = JSON.createArrayNode();
            try {
                boolean changed = false;
                for (String sql : statements) {
                    ObjectNode r = execute(sql, hasParams ? params : null, raw);
                    changed |= r.path("meta").path("changed_db").asBoolean(false);
                    results.add(r);
                }
                db.commit();
                if (changed) recordVersion();
            } catch (SQLException e) {
                rollback();
                return new Reply(400, failure(7500, d1Message(e)));
            } catch (Refusal r) {
                rollback();
                return new Reply(400, failure(7500, r.getMessage()));
            }
            ObjectNode ok = JSON.createObjectNode();
            ok.set("result", results);
            ok.putArray("errors");
            ok.putArray("messages");
            ok.put("success", true);
            return new Reply(200, ok);
        }
    }

    private static final class Refusal extends Exception {
        Refusal(String message) {
            super(message);
        }
    }

    private ObjectNode execute(String sql, JsonNode params, boolean raw) throws SQLException, Refusal {
        check(sql);
        long t0 = System.nanoTime();
        long changesBefore = totalChanges();
        ObjectNode out = JSON.createObjectNode();
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            if (params != null) {
                for (int i = 0; i < params.size(); i++) bind(ps, i + 1, params.get(i));
            }
            boolean hasRows = ps.execute();
            ArrayNode rows = JSON.createArrayNode();
            ArrayNode columns = JSON.createArrayNode();
            int rowCount = 0;
            if (hasRows) {
                try (ResultSet rs = ps.getResultSet()) {
                    ResultSetMetaData md = rs.getMetaData();
                    int n = md.getColumnCount();
                    for (int i = 1; i <= n; i++) columns.add(md.getColumnLabel(i));
                    while (rs.next()) {
                        rowCount++;
                        if (raw) {
                            ArrayNode r = rows.addArray();
                            for (int i = 1; i <= n; i++) r.add(json(rs.getObject(i)));
                        } else {
                            ObjectNode r = rows.addObject();
                            for (int i = 1; i <= n; i++) r.set(md.getColumnLabel(i), json(rs.getObject(i)));
                        }
                    }
                }
            }
            if (raw) {
                ObjectNode r = out.putObject("results");
                r.set("columns", columns);
                r.set("rows", rows);
            } else {
                out.set("results", rows);
            }
            long changes = totalChanges() - changesBefore;
            out.put("success", true);
            ObjectNode meta = out.putObject("meta");
            meta.put("served_by", "godwit-d1-stand-in");
            meta.put("duration", (System.nanoTime() - t0) / 1e6);
            meta.put("changes", changes);
            meta.put("last_row_id", lastRowId());
            meta.put("changed_db", changes > 0 || !hasRows);
            meta.put("rows_read", rowCount);
            meta.put("rows_written", changes);
        }
        return out;
    }

    /** D1's authorizer and transaction rule, as far as a test needs them. */
    private static void check(String sql) throws Refusal {
        String code = stripLeadingComments(sql);
        if (TRANSACTION.matcher(code).matches()) throw new Refusal(TRANSACTION_MESSAGE + ": SQLITE_AUTH");
        if (sql.getBytes(StandardCharsets.UTF_8).length > MAX_STATEMENT_BYTES) throw new Refusal("statement too long: SQLITE_TOOBIG");
        String upper = code.toUpperCase(Locale.ROOT);
        if (upper.startsWith("ATTACH") || upper.startsWith("DETACH") || upper.matches("(?s)^CREATE\\s+(TEMP|TEMPORARY)\\b.*")
                || upper.startsWith("VACUUM")) {
            throw new Refusal("not authorized: SQLITE_AUTH");
        }
        if (withoutLiterals(code).toLowerCase(Locale.ROOT).matches("(?s).*(^|[^a-z0-9_])_cf_.*")) throw new Refusal("not authorized: SQLITE_AUTH");
        if (upper.startsWith("PRAGMA")) {
            Matcher m = PRAGMA.matcher(code);
            if (!m.matches()) throw new Refusal("not authorized: SQLITE_AUTH");
            String name = m.group(1).toLowerCase(Locale.ROOT);
            boolean assigns = m.group(2) != null;
            String value = assigns ? m.group(3).strip().replaceAll("^['\"]|['\"]$", "").toLowerCase(Locale.ROOT) : null;
            boolean ok = BOOLEAN_PRAGMAS.contains(name) ? !assigns || BOOLEAN_VALUES.contains(value)
                    : NAME_PRAGMAS.contains(name) ? !assigns
                    : (name.equals("data_version") || name.equals("page_size")) && !assigns && m.group(4) == null;
            if (!ok) throw new Refusal("not authorized: SQLITE_AUTH");
        }
    }

    private static String stripLeadingComments(String sql) {
        String s = sql.strip();
        while (true) {
            if (s.startsWith("--")) {
                int nl = s.indexOf('\n');
                s = nl < 0 ? "" : s.substring(nl + 1).strip();
            } else if (s.startsWith("/*")) {
                int end = s.indexOf("*/");
                s = end < 0 ? "" : s.substring(end + 2).strip();
            } else {
                return s;
            }
        }
    }

    private static String withoutLiterals(String sql) {
        return sql.replaceAll("'(?:[^']|'')*'", "''");
    }

    private static void bind(PreparedStatement ps, int i, JsonNode v) throws SQLException {
        if (v == null || v.isNull()) ps.setObject(i, null);
        else if (v.isIntegralNumber()) ps.setLong(i, v.longValue());
        else if (v.isNumber()) ps.setDouble(i, v.doubleValue());
        else if (v.isBoolean()) ps.setLong(i, v.booleanValue() ? 1 : 0);
        else if (v.isArray()) {
            byte[] b = new byte[v.size()];
            for (int k = 0; k < b.length; k++) b[k] = (byte) v.get(k).asInt();
            ps.setBytes(i, b);
        } else ps.setString(i, v.asText());
    }

    private static JsonNode json(Object v) {
        if (v == null) return JSON.nullNode();
        if (v instanceof Integer || v instanceof Long) return JSON.getNodeFactory().numberNode(((Number) v).longValue());
        if (v instanceof Number n) return JSON.getNodeFactory().numberNode(n.doubleValue());
        if (v instanceof byte[] b) {
            ArrayNode a = JSON.createArrayNode();
            for (byte x : b) a.add(x & 0xff);
            return a;
        }
        return JSON.getNodeFactory().textNode(v.toString());
    }

    private long totalChanges() throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT total_changes()")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private long lastRowId() throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT last_insert_rowid()")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** SQLite's own message plus the primary result code, the way D1 words errors. */
    static String d1Message(SQLException e) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        String code = "SQLITE_ERROR";
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode full = se.getResultCode();
            SQLiteErrorCode primary = SQLiteErrorCode.getErrorCode(full.code & 0xff);
            code = primary == SQLiteErrorCode.UNKNOWN_ERROR ? full.name() : primary.name();
            String prefix = "[" + full.name() + "] " + full.message + " (";
            if (msg.startsWith(prefix) && msg.endsWith(")")) msg = msg.substring(prefix.length(), msg.length() - 1);
        }
        return msg + ": " + code;
    }

    private void rollback() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // nothing left to roll back
        }
    }

    private static ObjectNode failure(int code, String message) {
        ObjectNode f = JSON.createObjectNode();
        f.putNull("result");
        f.put("success", false);
        ObjectNode e = f.putArray("errors").addObject();
        e.put("code", code);
        e.put("message", message);
        f.putArray("messages");
        return f;
    }

    private static void send(HttpExchange ex, int status, ObjectNode json) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(json);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
