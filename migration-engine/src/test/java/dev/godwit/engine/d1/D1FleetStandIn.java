package dev.godwit.engine.d1;

import static dev.godwit.engine.d1.D1Wire.JSON;
import static dev.godwit.engine.d1.D1Wire.authorized;
import static dev.godwit.engine.d1.D1Wire.failure;
import static dev.godwit.engine.d1.D1Wire.send;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.godwit.engine.d1.D1Wire.Reply;
import dev.godwit.engine.sql.SqlSplitter;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The D1 stand-in for fleets: one real HTTP server on 127.0.0.1 serving many D1 databases of one
 * account, each a SQLite file, answering as Cloudflare's API does (reference d1.md):
 * <ul>
 *   <li>{@code GET /client/v4/accounts/{account}/d1/database?page=&per_page=&name=}: the account's
 *       databases in creation order ({@code uuid, name, version, created_at}), with
 *       {@code result_info {page, per_page, count, total_count}}; {@code per_page} 10..10000 (default
 *       20), {@code name} a substring filter;</li>
 *   <li>{@code POST …/database/{id}/query} and {@code …/raw}: each database answers as {@link D1StandIn}'s
 *       does, through the same {@link D1Wire} (one transaction per request, D1's authorizer, limits,
 *       errors and envelopes); unknown database → 404 code 7404; bearer token and account checked
 *       (401 10001 / 403 10000 / 7403);</li>
 *   <li>Cloudflare's API rate limit ({@link #rateLimit}): at most {@code budget} requests per sliding
 *       {@code window} per token; past it every request gets 429 with {@code Retry-After} (whole
 *       seconds, rounded up) until the window has passed, as Cloudflare blocks a token that went
 *       over (for 5 minutes there; the window is shortened for tests);</li>
 *   <li>fault injection ({@link #faults}): a share of requests answered 500 with D1's envelope
 *       without running, a share run and committed whose connection is then dropped without an
 *       answer, and a latency before each request runs.</li>
 * </ul>
 * Counters per database and in total let tests assert on calls. Memory: a name and counters per
 * database; connections are opened per request.
 */
public final class D1FleetStandIn implements AutoCloseable {

    private static final Pattern QUERY = Pattern.compile("^/client/v4/accounts/([^/]+)/d1/database/([^/]+)/(query|raw)$");
    private static final Pattern LIST = Pattern.compile("^/client/v4/accounts/([^/]+)/d1/database/?$");

    /** {@code url} is made with the database (a Path caches its string when first printed, which would grow the stand-in as a run goes). */
    private record Db(String uuid, String name, Path file, String url, Object lock) {
    }

    private final Path dir;
    private final String accountId;
    private final String token;
    private final HttpServer server;
    private final ExecutorService pool;
    private final List<Db> order = new CopyOnWriteArrayList<>();
    private final Map<String, Db> byId = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> callsPerDb = new ConcurrentHashMap<>();
    private volatile boolean countPerDatabase = true;
    private final Map<String, Runnable> beforeCall = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger listRequests = new AtomicInteger();
    private final AtomicInteger tooMany = new AtomicInteger();
    private final AtomicInteger injected500 = new AtomicInteger();
    private final AtomicInteger injectedDrops = new AtomicInteger();

    // Rate limit, guarded by `rate`.
    private final Object rate = new Object();
    private final ArrayDeque<Long> arrivals = new ArrayDeque<>();
    private int budget;                  // 0: no limit
    private long windowNanos;
    private long blockedUntil;

    // Faults, guarded by `faultLock`.
    private final Object faultLock = new Object();
    private double share500;
    private double shareDrop;
    private Random random = new Random(1);
    private volatile long latencyMillis;
    private volatile int failListFromPage;   // 0: never

    private D1FleetStandIn(Path dir, String accountId, String token, int threads) throws IOException {
        this.dir = dir;
        this.accountId = accountId;
        this.token = token;
        Files.createDirectories(dir);
        this.server = D1Wire.listen(new InetSocketAddress("127.0.0.1", 0), 256);
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "d1-fleet-stand-in");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts with no databases; {@code threads} bounds how many requests run at once (each sleeps the latency). */
    public static D1FleetStandIn start(Path dir, String accountId, String token, int threads) {
        try {
            return new D1FleetStandIn(dir, accountId, token, threads);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the D1 fleet stand-in: " + e.getMessage(), e);
        }
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/client/v4";
    }

    /** Creates a database (its file is made on first use); returns its uuid. */
    public String createDatabase(String name) {
        String uuid = UUID.nameUUIDFromBytes((accountId + "/" + name).getBytes(StandardCharsets.UTF_8)).toString();
        Path file = dir.resolve(uuid + ".sqlite").toAbsolutePath();
        Db db = new Db(uuid, name, file, "jdbc:sqlite:" + file, new Object());
        if (byId.putIfAbsent(uuid, db) == null) order.add(db);
        return uuid;
    }

    /** Creates a database listed before every other one, as a list ordered newest first shows a new database; returns its uuid. */
    public String createDatabaseFirst(String name) {
        String uuid = UUID.nameUUIDFromBytes((accountId + "/" + name).getBytes(StandardCharsets.UTF_8)).toString();
        Path file = dir.resolve(uuid + ".sqlite").toAbsolutePath();
        Db db = new Db(uuid, name, file, "jdbc:sqlite:" + file, new Object());
        if (byId.putIfAbsent(uuid, db) == null) order.add(0, db);
        return uuid;
    }

    /** Creates {@code n} databases named {@code prefix-0001} …; returns their uuids in order. */
    public List<String> createDatabases(String prefix, int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= n; i++) ids.add(createDatabase(String.format("%s-%04d", prefix, i)));
        return ids;
    }

    /** Cloudflare's rate limit: {@code budget} requests per sliding window; 0 switches it off. */
    public void rateLimit(int budget, java.time.Duration window) {
        synchronized (rate) {
            this.budget = budget;
            this.windowNanos = window.toNanos();
            arrivals.clear();
            blockedUntil = 0;
        }
    }

    /** A share (0..1) of data requests answered 500 without running, and a share run, committed and then dropped unanswered. */
    public void faults(double share500, double shareDropAfterCommit, long seed) {
        synchronized (faultLock) {
            this.share500 = share500;
            this.shareDrop = shareDropAfterCommit;
            this.random = new Random(seed);
        }
    }

    /** List pages from {@code page} on are answered 500 (0: never), as a list that fails part-way through a large account. */
    public void failListFromPage(int page) {
        failListFromPage = page;
    }

    private volatile boolean sendRetryAfter = true;

    /** Whether a 429 carries {@code Retry-After} (on by default; off as a proxy or another gateway answers). */
    public void sendRetryAfter(boolean on) {
        sendRetryAfter = on;
    }

    public void setLatencyMillis(long millis) {
        latencyMillis = millis;
    }

    public void clearFaults() {
        faults(0, 0, 1);
        latencyMillis = 0;
    }

    public int requestCount() {
        return requests.get();
    }

    public int listRequestCount() {
        return listRequests.get();
    }

    /** Requests answered 429. */
    public int rateLimitedCount() {
        return tooMany.get();
    }

    public int injected500Count() {
        return injected500.get();
    }

    public int injectedDropCount() {
        return injectedDrops.get();
    }

    /** Data requests (query/raw) that reached this database, any answer. */
    public int callsTo(String uuid) {
        AtomicInteger c = callsPerDb.get(uuid);
        return c == null ? 0 : c.get();
    }

    /**
     * Whether {@link #callsTo} counts (on by default). Off, the stand-in keeps nothing per database that grows during a run
     * (a memory measurement of the engine sharing its JVM).
     */
    public void countPerDatabase(boolean on) {
        countPerDatabase = on;
    }

    public void resetCounters() {
        requests.set(0);
        listRequests.set(0);
        tooMany.set(0);
        injected500.set(0);
        injectedDrops.set(0);
        callsPerDb.clear();
    }

    /** Rows of a query run directly on a database's file (for assertions), each row's values joined with "|". */
    public List<String> rows(String uuid, String sql) {
        Db db = byId.get(uuid);
        synchronized (db.lock()) {
            try (Connection c = open(db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                List<String> out = new ArrayList<>();
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 1; i <= n; i++) sb.append(i > 1 ? "|" : "").append(rs.getString(i));
                    out.add(sb.toString());
                }
                return out;
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
    }

    /**
     * Runs SQL directly on a database's file just before its {@code call}-th data request (counted as {@link #callsTo}) is
     * answered: another run's write landing between two requests of the run under test.
     */
    public void beforeCall(String uuid, int call, String sql) {
        beforeCall.put(uuid + "#" + call, () -> execute(uuid, sql));
    }

    /** Runs {@code action} just before the {@code call}-th data request to {@code uuid} is answered (a database deleted meanwhile, say). */
    public void beforeCall(String uuid, int call, Runnable action) {
        beforeCall.put(uuid + "#" + call, action);
    }

    private volatile String overTimeLimitMarker;
    private volatile String overTimeLimitDatabase;

    /**
     * Every request to {@code uuid} whose body contains the marker is answered as Cloudflare answers one past D1's 30 s per request:
     * HTTP 504 with its HTML page, nothing committed (the statement is as slow each time it is sent).
     */
    public void cutAsOverTimeLimitWhenBodyContains(String uuid, String marker) {
        overTimeLimitDatabase = uuid;
        overTimeLimitMarker = marker;
    }

    private volatile String cpuResetDatabase;
    private volatile List<String> cpuResetMarkers;
    private volatile int cpuResetStatus;

    /**
     * Every request to {@code uuid} whose body contains all the markers is answered {@code status} with D1's reset for a request's
     * CPU time ("D1 DB's isolate exceeded its CPU time limit and was reset.", code 7500), nothing committed: sent again, it is cut
     * again. The markers pick one request among those that share a statement (a batch holding two migrations' statements).
     */
    public void resetForCpuTimeWhenBodyContains(String uuid, int status, String... markers) {
        cpuResetDatabase = uuid;
        cpuResetStatus = status;
        cpuResetMarkers = List.of(markers);
    }

    private volatile int requestTooLongOver;

    /**
     * Every query request whose body is over {@code bytes} UTF-8 bytes is answered as D1 answers a statement over its 100,000 bytes
     * (HTTP 400, code 7500, "statement too long: SQLITE_TOOBIG"), nothing run: D1 reading its limit over a whole request
     * (workers-sdk#6347, not settled). 0: off.
     */
    public void refuseRequestsOverBytesAsTooLong(int bytes) {
        requestTooLongOver = bytes;
    }

    private volatile String connectionLostMarker;
    private final java.util.concurrent.atomic.AtomicInteger connectionLostLeft = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * The next {@code n} requests whose body contains the marker are answered as D1 answers one whose worker lost the database
     * before the commit: HTTP 400, code 7500, "Network connection lost." (d1.md 1.6), nothing of it committed.
     */
    public void loseConnectionBeforeCommitWhenBodyContains(String marker, int n) {
        connectionLostMarker = marker;
        connectionLostLeft.set(n);
    }

    private volatile String dropAfterCommitMarker;
    private final AtomicInteger dropAfterCommitLeft = new AtomicInteger();

    /**
     * The next {@code n} requests whose body contains the marker are run and committed, then their connection is dropped without
     * an answer (a timeout or a connection lost after D1 committed): the client cannot tell whether they ran.
     */
    public void dropAfterCommitWhenBodyContains(String marker, int n) {
        dropAfterCommitMarker = marker;
        dropAfterCommitLeft.set(n);
    }

    private record Flaky(int status, int every, AtomicInteger seen) {
    }

    private final Map<String, Flaky> flaky = new ConcurrentHashMap<>();

    /**
     * Every {@code every}-th data request to {@code uuid} (1: every one) is answered {@code status} without running: 429 with a
     * one-second Retry-After, 503 as D1's "overloaded" envelope, 502 as Cloudflare's HTML gateway page, 403 as a refused token
     * ({@code 10000 Authentication error}: a token revoked mid-run, or refused for this database alone); 0 clears it.
     */
    public void flaky(String uuid, int status, int every) {
        if (status == 0) flaky.remove(uuid);
        else flaky.put(uuid, new Flaky(status, Math.max(1, every), new AtomicInteger()));
    }

    private final Map<String, AtomicInteger> rateLimitedFor = new ConcurrentHashMap<>();

    private volatile long outageUntil;        // nanos; Long.MAX_VALUE: an outage that does not end; 0: none
    private volatile int outageRetryAfter;
    private volatile boolean outageAsHtml;
    private final AtomicInteger outageAnswers = new AtomicInteger();

    /**
     * An outage of D1 (or Cloudflare's maintenance): from now, for {@code length} (null: it does not end), every request, the account's
     * list included, is answered HTTP 503 with {@code Retry-After: retryAfterSeconds} and D1's failure envelope, nothing run.
     */
    public void outage(int retryAfterSeconds, java.time.Duration length) {
        outageAsHtml = false;
        outageRetryAfter = retryAfterSeconds;
        outageUntil = length == null ? Long.MAX_VALUE : System.nanoTime() + length.toNanos();
    }

    /**
     * As {@link #outage}, answered as Cloudflare's edge answers when D1 is unavailable behind it: HTTP 503 with its HTML error page
     * (no JSON envelope) and {@code Retry-After: retryAfterSeconds} (0: none, as the page usually comes), nothing run.
     */
    public void edgeOutage(int retryAfterSeconds, java.time.Duration length) {
        outage(retryAfterSeconds, length);
        outageAsHtml = true;
    }

    /** Requests answered 503 by {@link #outage}. */
    public int outageAnswerCount() {
        return outageAnswers.get();
    }

    /**
     * Every data request to {@code uuid} is answered 429, the first {@code waits} with {@code Retry-After: 0}, the others with
     * {@code Retry-After: 3600}, past any run's longest wait: its request fails at attempt {@code waits + 1} (within its attempts),
     * saying so ("HTTP 429, retry after 3600 s, 2 attempt(s)"), as a database rate limited late in a long wait does.
     */
    public void rateLimitedFor(String uuid, int waits) {
        rateLimitedFor.put(uuid, new AtomicInteger(waits));
    }

    /** Deletes a database, as {@code wrangler d1 delete} does: it leaves the account's list, and its requests are answered 404. */
    public void deleteDatabase(String uuid) {
        Db db = byId.remove(uuid);
        if (db != null) order.remove(db);
    }

    /** Runs SQL directly on a database's file (to prepare a test), outside the API and its counters. */
    public void execute(String uuid, String sql) {
        Db db = byId.get(uuid);
        synchronized (db.lock()) {
            try (Connection c = open(db); Statement s = c.createStatement()) {
                for (String part : SqlSplitter.split(sql)) if (!part.isBlank()) s.execute(part);
                c.commit();
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }

    /** Stops answering: the connection of the request in hand is dropped, every later one refused (the network gone). */
    public void stopListening() {
        server.stop(0);
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
        String body;
        try (InputStream in = ex.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        requests.incrementAndGet();
        if (Boolean.getBoolean("godwit.standin.logBodies")) System.err.println("REQUEST " + ex.getRequestURI() + " " + body);
        String path = ex.getRequestURI().getPath();
        Matcher q = QUERY.matcher(path);
        Matcher l = LIST.matcher(path);
        if (!q.matches() && !l.matches()) {
            send(ex, 404, failure(7003, "No route for the URI"));
            return;
        }
        if (q.matches() && countPerDatabase) {
            int call = callsPerDb.computeIfAbsent(q.group(2), k -> new AtomicInteger()).incrementAndGet();
            Runnable before = beforeCall.remove(q.group(2) + "#" + call);
            if (before != null) before.run();
        }
        long outage = outageUntil;
        if (outage != 0 && (outage == Long.MAX_VALUE || System.nanoTime() < outage)) {
            outageAnswers.incrementAndGet();
            if (!outageAsHtml || outageRetryAfter > 0) ex.getResponseHeaders().set("Retry-After", Integer.toString(outageRetryAfter));
            if (outageAsHtml) {
                byte[] page = ("<!DOCTYPE html><html><head><title>503 Service Temporarily Unavailable</title></head><body><center><h1>503 Service"
                        + " Temporarily Unavailable</h1></center><hr><center>cloudflare</center></body></html>").getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().set("Content-Type", "text/html");
                ex.sendResponseHeaders(503, page.length);
                ex.getResponseBody().write(page);
                return;
            }
            send(ex, 503, failure(7500, "Service unavailable: D1 is undergoing maintenance"));
            return;
        }
        if (!admit()) {
            tooMany.incrementAndGet();
            long left;
            synchronized (rate) {
                left = Math.max(0, blockedUntil - System.nanoTime());
            }
            if (sendRetryAfter) ex.getResponseHeaders().set("Retry-After", Long.toString((left + 999_999_999L) / 1_000_000_000L));
            send(ex, 429, failure(971, "Please wait and consider throttling your request speed"));
            return;
        }
        if (!authorized(ex, token, q.matches() ? q.group(1) : l.group(1), accountId)) return;
        if (l.matches()) {
            if (!ex.getRequestMethod().equals("GET")) {
                send(ex, 405, failure(10405, "Method not allowed"));
                return;
            }
            listRequests.incrementAndGet();
            String raw = ex.getRequestURI().getRawQuery();
            java.util.regex.Matcher page = Pattern.compile("(?:^|&)page=(\\d+)").matcher(raw == null ? "" : raw);
            if (failListFromPage > 0 && page.find() && Integer.parseInt(page.group(1)) >= failListFromPage) {
                send(ex, 500, failure(7500, "internal error; reference = list-page-" + page.group(1)));
                return;
            }
            send(ex, 200, list(raw));
            return;
        }
        if (!ex.getRequestMethod().equals("POST")) {
            send(ex, 405, failure(10405, "Method not allowed"));
            return;
        }
        Db db = byId.get(q.group(2));
        if (db == null) {
            send(ex, 404, failure(7404, "Not Found"));
            return;
        }
        AtomicInteger waits = rateLimitedFor.get(db.uuid());
        if (waits != null) {
            tooMany.incrementAndGet();
            ex.getResponseHeaders().set("Retry-After", waits.getAndDecrement() > 0 ? "0" : "3600");
            send(ex, 429, failure(971, "Please wait and consider throttling your request speed"));
            return;
        }
        Flaky f = flaky.get(db.uuid());
        if (f != null && f.seen().incrementAndGet() % f.every() == 0) {
            if (f.status() == 429) {
                tooMany.incrementAndGet();
                ex.getResponseHeaders().set("Retry-After", "1");
                send(ex, 429, failure(971, "Please wait and consider throttling your request speed"));
            } else if (f.status() == 403) {
                send(ex, 403, failure(10000, "Authentication error"));
            } else if (f.status() == 502) {
                byte[] page = "<html><head><title>502 Bad Gateway</title></head><body>cloudflare</body></html>".getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().set("Content-Type", "text/html");
                ex.sendResponseHeaders(502, page.length);
                ex.getResponseBody().write(page);
            } else {
                send(ex, f.status(), failure(7500, "D1 DB is overloaded. Requests queued for too long."));
            }
            return;
        }
        boolean fail500;
        boolean drop;
        synchronized (faultLock) {
            double r = random.nextDouble();
            fail500 = r < share500;
            drop = !fail500 && r < share500 + shareDrop;
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
        String cut = overTimeLimitMarker;
        if (cut != null && body.contains(cut) && (overTimeLimitDatabase == null || overTimeLimitDatabase.equals(db.uuid()))) {
            // as Cloudflare answers a request past D1's 30 s (workers-sdk#7780): its HTML page, nothing committed
            byte[] page = "<html><head><title>504 Gateway Time-out</title></head><body><center><h1>504 Gateway Time-out</h1></center></body></html>"
                    .getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(504, page.length);
            ex.getResponseBody().write(page);
            return;
        }
        List<String> reset = cpuResetMarkers;
        if (reset != null && db.uuid().equals(cpuResetDatabase) && reset.stream().allMatch(body::contains)) {
            send(ex, cpuResetStatus, failure(7500, "D1 DB's isolate exceeded its CPU time limit and was reset."));
            return;
        }
        if (requestTooLongOver > 0 && body.getBytes(StandardCharsets.UTF_8).length > requestTooLongOver) {
            send(ex, 400, failure(7500, "statement too long: SQLITE_TOOBIG"));
            return;
        }
        String lost = connectionLostMarker;
        if (lost != null && body.contains(lost) && connectionLostLeft.getAndUpdate(k -> Math.max(0, k - 1)) > 0) {
            send(ex, 400, failure(7500, "Network connection lost."));
            return;
        }
        if (fail500) {
            injected500.incrementAndGet();
            send(ex, 500, failure(7500, "internal error; reference = fleet-stand-in-" + requests.get()));
            return;
        }
        Reply reply = run(db, body, q.group(3).equals("raw"));
        String dropMarker = dropAfterCommitMarker;
        if (dropMarker != null && body.contains(dropMarker) && reply.status() == 200
                && dropAfterCommitLeft.getAndUpdate(k -> Math.max(0, k - 1)) > 0) {
            drop = true;
        }
        if (drop) {
            injectedDrops.incrementAndGet();
            return;   // committed; the exchange closes without a response
        }
        send(ex, reply.status(), reply.json());
    }

    /** Counts the request against the budget; false when it must be refused with 429. */
    private boolean admit() {
        synchronized (rate) {
            if (budget <= 0) return true;
            long now = System.nanoTime();
            if (now < blockedUntil) return false;
            while (!arrivals.isEmpty() && arrivals.peekFirst() <= now - windowNanos) arrivals.pollFirst();
            if (arrivals.size() >= budget) {
                blockedUntil = now + windowNanos;
                return false;
            }
            arrivals.addLast(now);
            return true;
        }
    }

    private ObjectNode list(String rawQuery) {
        Map<String, String> params = new HashMap<>();
        if (rawQuery != null) {
            for (String kv : rawQuery.split("&")) {
                int eq = kv.indexOf('=');
                if (eq > 0) params.put(kv.substring(0, eq), URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        int page = Math.max(1, Integer.parseInt(params.getOrDefault("page", "1")));
        int perPage = Math.min(10_000, Math.max(10, Integer.parseInt(params.getOrDefault("per_page", "20"))));
        String name = params.get("name");
        List<Db> matching = new ArrayList<>();
        for (Db d : order) if (name == null || d.name().contains(name)) matching.add(d);
        ObjectNode ok = JSON.createObjectNode();
        ArrayNode result = ok.putArray("result");
        int from = Math.min(matching.size(), (page - 1) * perPage);
        int to = Math.min(matching.size(), from + perPage);
        for (Db d : matching.subList(from, to)) {
            ObjectNode o = result.addObject();
            o.put("uuid", d.uuid());
            o.put("name", d.name());
            o.put("version", "production");
            o.put("created_at", "2026-11-01T00:00:00.000Z");
        }
        ok.putArray("errors");
        ok.putArray("messages");
        ok.put("success", true);
        ObjectNode info = ok.putObject("result_info");
        info.put("page", page);
        info.put("per_page", perPage);
        info.put("count", to - from);
        info.put("total_count", matching.size());
        return ok;
    }

    private Connection open(Db db) throws SQLException {
        boolean fresh = !Files.exists(db.file());
        Connection c = new org.sqlite.JDBC().connect(db.url(), new Properties());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout=30000");
            // A test server: atomicity matters, durability across power loss does not (no fsync per request).
            s.execute("PRAGMA synchronous=OFF");
            s.execute("PRAGMA journal_mode=MEMORY");
            if (fresh) s.execute("CREATE TABLE IF NOT EXISTS _cf_KV (key TEXT PRIMARY KEY, value BLOB) WITHOUT ROWID");
        }
        D1Wire.likeD1(c);
        return c;
    }

    private Reply run(Db db, String body, boolean raw) {
        synchronized (db.lock()) {
            try (Connection c = open(db)) {
                return D1Wire.run(c, body, raw, "godwit-d1-fleet-stand-in");
            } catch (SQLException e) {
                return D1Wire.failed(500, 7500, "internal error; reference = " + e.getMessage());
            }
        }
    }
}
