package dev.godwit.engine.d1;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The D1 HTTP API: {@code POST {endpoint}/accounts/{account}/d1/database/{database}/query} with
 * {@code {"sql": …, "params": […]}}, bearer token, Cloudflare's v4 envelope.
 *
 * <p>Retry policy ({@link D1Retry} says how long to wait and how many times). A request is sent again only when D1 cannot
 * have run it:
 * <ul>
 *   <li>HTTP 429 (rate limit; the wait honours {@code Retry-After});</li>
 *   <li>HTTP 500 or 503 that carries D1's JSON failure envelope ({@code success:false}): D1 answered
 *       that the request failed, and a failed request is rolled back as a whole (d1.md §1.6);</li>
 *   <li>HTTP 400 with D1's transient "overloaded" or "reset because its code was updated" errors
 *       (also a failed, rolled-back request);</li>
 *   <li>a connection that could not be opened (nothing was sent).</li>
 * </ul>
 * Once the request was sent and no answer came (response timeout, connection dropped, 502/504 or
 * any other 5xx without D1's envelope), the request may have committed: that is a
 * {@link D1Exception} with {@code outcomeUnknown = true}, never a blind retry. The caller (the
 * Migrator) reads the history before trying again.
 *
 * <p>The token goes only into the {@code Authorization} header, over connections that never log
 * request headers or wire bytes ({@link QuietConnections}); every message built here is scrubbed
 * of it as well.
 */
public final class D1Client implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final D1Settings settings;
    private final CloseableHttpClient http;
    private final AtomicInteger requests = new AtomicInteger();
    private final RateLimiter limiter;      // null: no client-side budget (one database, a handful of requests)
    private final boolean ownsHttp;
    private final java.util.function.Consumer<String> notice;   // told of each wait after a 429; never the token

    public D1Client(D1Settings settings) {
        this(settings, (RateLimiter) null);
    }

    /**
     * A client whose every request (retries included) first takes a slot from the limiter, and
     * whose 429 answers pause the limiter for everyone sharing it.
     */
    public D1Client(D1Settings settings, RateLimiter limiter) {
        this(settings, limiter, null);
    }

    /**
     * As {@link #D1Client(D1Settings, RateLimiter)}, saying each wait after a 429 in one line to {@code notice} (the engine's log:
     * the wait may be a minute); null: nobody. With a limiter, once per pause of the limiter, however many requests it holds back.
     */
    public D1Client(D1Settings settings, RateLimiter limiter, java.util.function.Consumer<String> notice) {
        this.settings = settings;
        this.limiter = limiter;
        this.ownsHttp = true;
        this.notice = notice;
        this.http = quietHttpClient(settings);
    }

    /**
     * The HTTP client every D1 call uses: its connections log neither request headers nor wire bytes
     * ({@link QuietConnections}), so no debug logging can print the token; retries and redirects are decided by us.
     */
    private static CloseableHttpClient quietHttpClient(D1Settings settings) {
        PoolingHttpClientConnectionManager cm = PoolingHttpClientConnectionManagerBuilder.create()
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofMilliseconds(settings.connectTimeout().toMillis()))
                        .setSocketTimeout(Timeout.ofMilliseconds(settings.responseTimeout().toMillis()))
                        // A pooled connection the server closed meanwhile would turn into a spurious "answer lost".
                        .setValidateAfterInactivity(TimeValue.ofMilliseconds(200))
                        .build())
                .setConnectionFactory(QuietConnections.INSTANCE)   // no header or wire debug log: they would print the token
                .build();
        org.apache.hc.client5.http.impl.classic.HttpClientBuilder b = HttpClients.custom();
        D1Proxy proxy = settings.proxyForEndpoint();
        if (proxy != null) {
            // Maven's settings.xml <proxies>, HTTPS_PROXY or https.proxyHost (D1Proxy.resolve); its password, as the token, never logged
            // an https:// proxy URL is spoken to over TLS (curl, wrangler's undici), the tunnel to the endpoint inside that
            b.setProxy(new org.apache.hc.core5.http.HttpHost(proxy.tls() ? "https" : "http", proxy.host(), proxy.port()));
            if (proxy.user() != null) {
                org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider creds = new org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider();
                creds.setCredentials(new org.apache.hc.client5.http.auth.AuthScope(proxy.host(), proxy.port()),
                        new org.apache.hc.client5.http.auth.UsernamePasswordCredentials(proxy.user(),
                                (proxy.password() == null ? "" : proxy.password()).toCharArray()));
                b.setDefaultCredentialsProvider(creds);
            }
        }
        // Marks a request that got past the route (a proxy's tunnel opened): the one answer HttpClient hands back without that is the
        // proxy's to CONNECT, refusing the tunnel, which a GET (no body whose sending tells) read as Cloudflare's answer
        b.addExecInterceptorBefore(org.apache.hc.client5.http.impl.ChainElement.MAIN_TRANSPORT.name(), "godwit-reached", (request, scope, chain) -> {
            scope.clientContext.setAttribute(REACHED, Boolean.TRUE);
            return chain.proceed(request, scope);
        });
        return b
                .setConnectionManager(cm)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.ofMilliseconds(settings.responseTimeout().toMillis()))
                        .build())
                .disableAutomaticRetries()   // retries are decided here, never by the library
                .disableRedirectHandling()
                .setUserAgent("godwit-d1")
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .build();
    }

    /** The context attribute set once a request's route is up (a proxy's tunnel opened), the request about to be sent over it. */
    private static final String REACHED = "dev.godwit.d1.reached";

    private D1Client(D1Settings settings, CloseableHttpClient http, RateLimiter limiter, java.util.function.Consumer<String> notice) {
        this.settings = settings;
        this.http = http;
        this.limiter = limiter;
        this.ownsHttp = false;
        this.notice = notice;
    }

    /**
     * A client for another database of the same account and token that shares this one's
     * connections and rate limiter (a fleet); closing it leaves them open. Counts its own requests.
     */
    public D1Client forDatabase(String databaseId) {
        return new D1Client(settings.withDatabaseId(databaseId), http, limiter, notice);
    }

    /** The limiter every request of this client goes through, or null. */
    public RateLimiter limiter() {
        return limiter;
    }

    /** One page of the account's databases: {@code GET /accounts/{account}/d1/database?page=&per_page=[&name=]}. */
    public record DatabasePage(List<Map<String, Object>> databases, int page, int perPage, int count, long totalCount) {
    }

    /** Set while a page of the account's list is being retried (what failed, the attempt), for a fleet's progress line; else null. */
    private volatile String listRetrying;

    public String listRetrying() {
        return listRetrying;
    }

    /**
     * Lists one page of the account's D1 databases ({@code result}: uuid, name, …;
     * {@code result_info}: page, per_page, count, total_count). Read-only, so a lost answer or a
     * 5xx is simply asked again (bounded by maxAttempts); 429 honours {@code Retry-After}.
     */
    public DatabasePage listDatabases(String nameFilter, int page, int perPage) {
        try {
            return listPage(nameFilter, page, perPage);
        } finally {
            listRetrying = null;
        }
    }

    private DatabasePage listPage(String nameFilter, int page, int perPage) {
        StringBuilder url = new StringBuilder(settings.endpoint() + "/accounts/" + settings.accountId() + "/d1/database?page=" + page
                + "&per_page=" + perPage);
        if (nameFilter != null && !nameFilter.isBlank()) url.append("&name=").append(java.net.URLEncoder.encode(nameFilter, StandardCharsets.UTF_8));
        D1Retry retry = new D1Retry(settings, D1Retry.Request.REPEATABLE, limiter, notice);
        while (true) {
            D1Answer a = exchange(() -> new org.apache.hc.client5.http.classic.methods.HttpGet(url.toString()), retry,
                    why -> listRetrying = "page " + page + ": " + why + ", trying again",
                    (e, attempts) -> new D1Exception(scrub("Cannot list the D1 databases of account " + settings.accountId() + " (" + describe(e) + ", "
                            + attempts + " attempt(s))."), 0, 0, false, e));
            if (a == null) continue;
            int status = a.status();
            if (status == 429 && retry.againAfterRateLimit(a.retryAfterMillis())) continue;
            if (status == 401 || status == 403 || unreadableToken(status, a.json())) throw authFailure(status, a.json());
            JsonNode env = a.json();
            if (status != 429 && (status >= 500 || env == null)) {
                listRetrying = "page " + page + ": HTTP " + status + " on attempt " + retry.attempt() + ", trying again";
                if (retry.again(D1Retry.Failure.LOST, a)) continue;
                if (limiter != null && limiter.outage().gaveUp() && a.outage()) {
                    // after minutes of waiting the outage out, the words of a list failing at once said nothing of the wait or the way on
                    Outage o = limiter.outage();
                    throw new D1Exception(scrub("Cannot list the D1 databases of account " + settings.accountId() + ": Cloudflare D1 answered "
                            + o.answers() + " to every request for " + dev.godwit.engine.Durations.shown(o.gaveUpAfterMillis())
                            + ", the longest this run waits one out (" + (env == null ? abbreviate(a.body()) : errorText(env)) + "). Once D1 answers"
                            + " again (https://www.cloudflarestatus.com), run the same command."), status, firstCode(env), false, null);
                }
            }
            if (env == null || !env.path("success").asBoolean(false) || status >= 300) {
                throw new D1Exception(scrub("Cannot list the D1 databases of account " + settings.accountId() + " (HTTP " + status
                        + (env == null ? ": " + abbreviate(a.body()) : ": " + errorText(env)) + ")."), status, firstCode(env), false, null);
            }
            List<Map<String, Object>> dbs = new ArrayList<>();
            for (JsonNode d : env.path("result")) dbs.add(fields(d));
            JsonNode info = env.path("result_info");
            return new DatabasePage(dbs, info.path("page").asInt(page), info.path("per_page").asInt(perPage), info.path("count").asInt(dbs.size()),
                    info.path("total_count").asLong(-1));
        }
    }

    /** One statement's outcome: its rows (column order kept), D1's per-statement success flag and meta. */
    public record StatementResult(List<Map<String, Object>> rows, boolean success, Map<String, Object> meta) {
    }

    /** The settings this client talks with (their toString hides the token). */
    public D1Settings settings() {
        return settings;
    }

    /** {@code {endpoint}/accounts/{account}/d1/database/{database}/query}. */
    public String queryUrl() {
        return settings.endpoint() + "/accounts/" + settings.accountId() + "/d1/database/" + settings.databaseId() + "/query";
    }

    /** HTTP requests sent so far, retries included. */
    public int requestCount() {
        return requests.get();
    }

    /**
     * Runs the SQL in one request. With params, the SQL must be one statement (D1 refuses params
     * with several); without, it may be several statements joined by {@code ;}, run as one
     * transaction. Returns one result per statement.
     */
    public List<StatementResult> query(String sql, List<?> params) {
        return query(sql, params, false);
    }

    /**
     * As {@link #query(String, List)}; with {@code repeatable} (the SQL only reads, or running it twice
     * is running it once, as {@code CREATE TABLE IF NOT EXISTS}) a request whose answer was lost is
     * sent again instead of being reported as possibly applied.
     */
    public List<StatementResult> query(String sql, List<?> params, boolean repeatable) {
        String text = body(sql, params);
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > settings.maxRequestBytes()) {
            throw new D1Exception.TooLarge("The D1 request would be " + bytes + " bytes; Godwit sends at most " + settings.maxRequestBytes()
                    + " bytes in one request (D1 runs one request as one transaction and gives it 30 seconds), so it was not sent."
                    + " Split the migration into smaller ones, or load large data with `wrangler d1 execute --remote --file` (D1's import API).",
                    bytes, settings.maxRequestBytes());
        }
        // A migration's request starts with its history guard, which refuses a second run: such a request may be sent again
        // after a 5xx. Any other write (the studio's, the console's) could run twice if D1 had committed before failing.
        JsonNode envelope = post(text, repeatable, sql.contains(dev.godwit.engine.db.HistoryGuard.MARKER));
        return results(envelope);
    }

    /** The bytes of the request body that sends {@code sql} without params, as {@link #query} sends a migration. */
    public static long requestBytes(String sql) {
        return body(sql, List.of()).getBytes(StandardCharsets.UTF_8).length;
    }

    /** The JSON body of a {@code /query} request: {@code {"sql": …}}, with {@code params} only when there are some. */
    private static String body(String sql, List<?> params) {
        ObjectNode body = JSON.createObjectNode();
        body.put("sql", sql);
        if (params != null && !params.isEmpty()) {
            ArrayNode p = body.putArray("params");
            for (Object v : params) addParam(p, v);
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new D1Exception("cannot encode the D1 request: " + e.getMessage(), 0, 0, false, e);
        }
    }

    private static void addParam(ArrayNode p, Object v) {
        if (v == null) p.addNull();
        else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) p.add(((Number) v).longValue());
        else if (v instanceof Double || v instanceof Float) p.add(((Number) v).doubleValue());
        else if (v instanceof java.math.BigDecimal b) p.add(b);
        else if (v instanceof java.math.BigInteger b) p.add(b);
        else if (v instanceof Boolean b) p.add(b ? 1 : 0);
        else if (v instanceof byte[] bytes) {
            ArrayNode a = p.addArray();
            for (byte b : bytes) a.add(b & 0xff);
        } else p.add(v.toString());
    }

    /** Sends the body, retrying only where D1 cannot have run it, or running it again changes nothing; returns the successful envelope. */
    private JsonNode post(String body, boolean repeatable, boolean guarded) {
        D1Retry retry = new D1Retry(settings, repeatable ? D1Retry.Request.REPEATABLE : guarded ? D1Retry.Request.GUARDED : D1Retry.Request.ONCE,
                limiter, notice);
        // A 5xx that was retried: if D1 had in fact committed before failing, a later refusal may be this very request's work.
        boolean retriedAfter5xx = false;
        while (true) {
            D1Answer a;
            try {
                a = exchange(() -> {
                    HttpPost post = new HttpPost(queryUrl());
                    post.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
                    return post;
                }, retry, null, (e, attempts) -> repeatable
                        ? new D1Exception(scrub("No answer from Cloudflare D1 (" + describe(e) + ") in " + attempts + " attempt(s) of a request"
                                + " that changes nothing when repeated. Check the network and db.d1.endpoint, then run again."), 0, 0, false, e)
                        // The request went out (or may have): D1 may have committed it.
                        : new D1Exception(scrub("No answer from Cloudflare D1 (" + describe(e) + "): the request was sent, so it may or may not"
                                + " have been applied."), 0, 0, true, e));
            } catch (D1Exception e) {
                throw after5xx(retriedAfter5xx, e);
            }
            if (a == null) continue;
            JsonNode env = a.json();
            int status = a.status();
            if (status == 429) {
                if (retry.againAfterRateLimit(a.retryAfterMillis())) continue;
                throw after5xx(retriedAfter5xx, new D1Exception.RateLimited(a.retryAfterMillis(), retry.timesSent()));
            }
            if (status == 401 || status == 403 || unreadableToken(status, env)) throw after5xx(retriedAfter5xx, authFailure(status, env));
            if (status == 404 || misroutedIdentifier(status, env)) throw after5xx(retriedAfter5xx, notFound(env, status));
            if (env == null) {
                if (a.mitigated()) {
                    throw new D1Exception("Cloudflare answered HTTP " + status + " with a challenge page instead of D1's JSON"
                            + a.ray() + ": the request did not reach D1. Check db.d1.endpoint and any proxy in between.", status, 0, false, null);
                }
                if (status >= 200 && status < 300 && a.body().isBlank() && (status == 204 || status == 205)) {
                    return JSON.createObjectNode();
                }
                boolean unknown = status >= 500 || (status >= 200 && status < 300);
                if (unknown && retry.again(D1Retry.Failure.LOST, a)) continue;
                if (repeatable) unknown = false;
                throw new D1Exception(scrub("Received a malformed response from the Cloudflare API (HTTP " + status + a.ray() + ": "
                        + abbreviate(a.body()) + ")" + (unknown ? "; the request may or may not have been applied." : ".")), status, 0, unknown, null);
            }
            boolean success = env.path("success").asBoolean(false);
            if (success && status >= 200 && status < 300) {
                for (JsonNode r : env.path("result")) {
                    if (r.has("success") && !r.path("success").asBoolean(true)) {
                        // d1.md: "check both levels". The answer contradicts itself, so whether the request's transaction
                        // committed is not known: the caller reads the history before it sends anything again.
                        String m = r.path("error").isTextual() ? r.path("error").asText() : "a statement failed";
                        throw new D1Exception(scrub("D1 answered success but reported a failed statement (" + m + "); the request may or may not"
                                + " have been applied"), status, 7500, -1, null, scrub(m), true, null);
                    }
                }
                return env;
            }
            int code = firstCode(env);
            String message = scrub(errorText(env));
            if (status >= 200 && status < 300 || status < 500 && D1Exception.connectionLost(message)) {
                // D1's worker lost its connection to the database, or a 2xx whose envelope says it failed: either may follow a commit,
                // so no "rolled back" (which read as "fix the data", and a committed migration as another run's doing)
                if (retry.again(D1Retry.Failure.LOST)) continue;
                throw after5xx(retriedAfter5xx, new D1Exception("Cloudflare D1 answered HTTP " + status + (code != 0 ? " (code " + code + ")" : "")
                        + ": " + message + "; the request may or may not have been applied.", status, code, -1, null, message, !repeatable, null));
            }
            if (status >= 500 && !retry.repeatsAfter(D1Retry.Failure.SERVER_FAILED)) {
                throw new D1Exception("Cloudflare D1 answered HTTP " + status + (code != 0 ? " (code " + code + ")" : "") + ": " + message
                        + ". The request changes data and has no guard against running twice, so it was not sent again: it may or may not have"
                        + " been applied. Look at the data, then repeat the change if it is missing.", status, code, -1, null, message, true, null);
            }
            // Which failure envelopes are D1's own, transient ones: 500 and 503, and the two 400s that a retry outlasts; a reset for
            // running too long (a 500 or a 400) is no transient one: sent again, the same statements are cut again.
            D1Retry.Failure failure = D1Exception.resetForItsLoad(message) ? D1Retry.Failure.CUT_FOR_TIME
                    : status == 500 || status == 503 ? D1Retry.Failure.SERVER_FAILED
                    : isTransient(message) ? D1Retry.Failure.ROLLED_BACK : null;
            if (failure != null && retry.again(failure, a)) {
                if (status >= 500 && !repeatable) retriedAfter5xx = true;
                continue;
            }
            if (failure == D1Retry.Failure.CUT_FOR_TIME && D1Exception.resetForMemory(message)) {
                throw new D1Exception("D1 reset the database for the request's memory (HTTP " + status + (code != 0 ? ", code " + code : "") + ": "
                        + message + "): a statement loaded too much into memory; D1 rolls such a request back, so nothing of it was applied, and"
                        + " it was not sent again" + (retry.timesSent() > 1 ? " (" + retry.timesSent() + " attempts in all)." : "."), status, code, -1, null,
                        message, false, null);
            }
            if (failure == D1Retry.Failure.CUT_FOR_TIME) {
                throw new D1Exception("D1 cut the request at its time limit (HTTP " + status + (code != 0 ? ", code " + code : "") + ": " + message
                        + "); D1 rolls such a request back, so nothing of it was applied, and it was not sent again" + (retry.timesSent() > 1
                        ? " (" + retry.timesSent() + " attempts in all)." : "."), status, code, -1, null, message, false, null);
            }
            if (status >= 500 && retriedAfter5xx) {
                // as after5xx: this attempt's 5xx says nothing of an earlier one's, which D1 may have committed before failing ("nothing
                // was applied" made the Migrator, unable to read the history past the same failures, say the migration was rolled back)
                throw new D1Exception("Cloudflare D1 failed (HTTP " + status + (code != 0 ? ", code " + code : "") + ": " + message + ") "
                        + retry.timesSent() + " time(s). D1 rolls a failed request back, but may have committed an attempt before failing: the"
                        + " request may or may not have been applied.", status, code, -1, null, message, true, null);
            }
            if (status >= 500) {
                throw new D1Exception("Cloudflare D1 failed (HTTP " + status + (code != 0 ? ", code " + code : "") + ": " + message
                        + ") " + retry.timesSent() + " time(s)" + D1Exception.ROLLED_BACK_ENDING, status, code, -1, null, message, false, null);
            }
            if (failure == D1Retry.Failure.ROLLED_BACK) {
                // D1's own failure, which its docs say to retry, outlasted the retries: no SQL of the request was refused (taken for a
                // refusal, the migration's statements were probed, one of them named, and "fix the data or the migration" said)
                throw after5xx(retriedAfter5xx, D1Exception.refusedBeforeRunning("Cloudflare D1 could not run the request (HTTP " + status
                        + (code != 0 ? ", code " + code : "") + ": " + message + ") in " + retry.timesSent() + " attempt(s): a failure of D1's own,"
                        + " not of the SQL; D1 rolls such a request back, so nothing of it was applied. Wait a minute, then run again.", status, code));
            }
            String what = code == 7400 ? "D1 refused the request as malformed" : "D1 refused the SQL";
            if (retriedAfter5xx) {
                // The first attempt's 5xx may have come after D1 committed it: this refusal may be that commit's doing.
                throw new D1Exception(what + " (HTTP " + status + (code != 0 ? ", code " + code : "") + "): " + message + ", after an earlier"
                        + " attempt of the same request was answered with an HTTP 5xx; D1 may have run that attempt.", status, code, -1, null,
                        message, true, null);
            }
            return throwSqlError(what + " (HTTP " + status + (code != 0 ? ", code " + code : "") + "): " + message, status, code, message);
        }
    }

    /** A request's words for an answer lost once it was sent (or may have been), past its retries; {@code attempts}: how often it was sent. */
    @FunctionalInterface
    interface LostAnswer {
        D1Exception after(IOException e, int attempts);
    }

    /**
     * Sends one attempt of a request ({@code make} builds it afresh) and returns the answer to read, or null when it is to be sent
     * again ({@code retry} has waited). Every D1 request goes through here (a query, the database list, Time Travel's bookmark and
     * restore), so each says the same of what meets it before Cloudflare answers: an unknown host; a connection that could not be
     * opened (sent again as {@code retry} allows, then "Cannot reach Cloudflare D1 at ..." naming the proxy used or how to set one);
     * an https:// endpoint on a plain-http port (a plain-text answer to the TLS handshake at once, a handshake left unanswered after
     * two attempts); a proxy that wants credentials (407) or will not open the tunnel. An answer lost once the request was sent is
     * asked again where {@code retry} allows, else said in the request's own words ({@code lost}). {@code retrying}, when not
     * null, is told what failed before each of those attempts again.
     */
    D1Answer exchange(java.util.function.Supplier<org.apache.hc.client5.http.classic.methods.HttpUriRequestBase> make, D1Retry retry,
                      java.util.function.Consumer<String> retrying, LostAnswer lost) {
        D1Answer a;
        try {
            a = send(make.get());
        } catch (UnknownHostException e) {
            throw new D1Exception(scrub("Cannot reach Cloudflare D1: unknown host " + e.getMessage() + " (db.d1.endpoint is "
                    + settings.endpoint() + "). " + proxyWords()), 0, 0, false, e);
        } catch (ConnectException | ConnectTimeoutException | NoRouteToHostException e) {
            // an https:// endpoint on a plain-http port: the handshake waits 10 s for an answer that never comes (5 times, 50 s)
            if (tlsHandshakeUnanswered(e) && retry.attempt() >= 2) throw tlsToPlainHttp(e, retry.attempt(), false);
            if (retrying != null) retrying.accept(scrub(describe(e) + " on attempt " + retry.attempt()));
            if (retry.again(D1Retry.Failure.NOT_SENT)) return null;
            throw new D1Exception(scrub("Cannot reach Cloudflare D1 at " + settings.endpoint() + " (" + describe(e) + ", " + retry.timesSent()
                    + " attempt(s)). " + proxyWords()), 0, 0, false, e);
        } catch (IOException e) {
            // the server answered the TLS handshake in plain text: nothing was sent, and sending again meets the same server
            if (tlsAnsweredInPlainText(e)) throw tlsToPlainHttp(e, retry.attempt(), true);
            if (retrying != null) retrying.accept(scrub(describe(e) + " on attempt " + retry.attempt()));
            if (retry.again(D1Retry.Failure.LOST)) return null;
            throw lost.after(e, retry.timesSent());   // an outage's resends were sent too (they spend no attempt)
        }
        // an answer of any other kind than an outage's (D1Answer.outage): the outage the run waited out together is over
        if (limiter != null && !a.outage()) limiter.outage().over();
        if (a.status() == 407) throw proxyRefused();
        if (a.fromProxy()) {
            // HttpClient hands back the proxy's answer to CONNECT when it will not open the tunnel (a 403 of a blocked host, a 502):
            // taken for Cloudflare's, a 403 read "Cloudflare refused the API token", a 501 "may or may not have been applied"
            if (a.status() >= 500) {
                if (retrying != null) retrying.accept("the proxy's HTTP " + a.status() + " on attempt " + retry.attempt());
                if (retry.again(D1Retry.Failure.NOT_SENT)) return null;
            }
            throw tunnelRefused(a);
        }
        return a;
    }

    /**
     * A failure of a later attempt of a request whose earlier attempt was answered with a 5xx: whatever stopped this attempt (a rate
     * limit, a refused token or connection) says nothing of that one, which D1 may have committed before failing. So it is no
     * "nothing ran" (notSent), but an outcome unknown, which the Migrator settles by reading the history.
     */
    private static D1Exception after5xx(boolean retriedAfter5xx, D1Exception e) {
        if (!retriedAfter5xx || e.outcomeUnknown()) return e;
        return new D1Exception(e.getMessage() + " An earlier attempt of the same request was answered with an HTTP 5xx, and D1 may have run that"
                + " attempt: the request may or may not have been applied.", e.httpStatus(), e.errorCode(), -1, null, e.databaseMessage(), true,
                e.getCause());
    }

    /**
     * What a "Cannot reach" error says of the proxy: the one used (host:port and where it was set, never its user or password), or that
     * none was, and how to set one (a corporate network's proxy was never named, and every goal said to check the network).
     */
    private String proxyWords() {
        D1Proxy p = settings.proxyForEndpoint();
        if (p != null) return "The request went through " + p.describe() + ": check that proxy, db.d1.endpoint and the network.";
        String bypassed = settings.proxy() == null ? "" : " (" + settings.proxy().describe() + (settings.proxy().bypasses(java.net.URI.create(settings.endpoint())
                .getHost()) ? " lists its host as one to reach directly)" : " is not used for an endpoint on this machine, which a proxy elsewhere cannot reach)");
        return "No proxy was used" + bypassed + ": check the network and db.d1.endpoint; behind a proxy, set it in Maven's settings.xml"
                + " <proxies> or HTTPS_PROXY (http://host:port).";
    }

    /**
     * The JDK's words for a TLS handshake answered by a server that does not speak TLS ("Unsupported or unrecognized SSL message",
     * older JDKs "Unrecognized SSL message, plaintext connection?"): an https:// endpoint on a plain-http port. Nothing was sent; it
     * read "No answer ... the request was sent, so it may or may not have been applied".
     */
    private boolean tlsAnsweredInPlainText(IOException e) {
        D1Proxy p = settings.proxyForEndpoint();
        if (!settings.endpoint().regionMatches(true, 0, "https:", 0, 6) && (p == null || !p.tls())) return false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (t instanceof javax.net.ssl.SSLException && (m.contains("unrecognized ssl message") || m.contains("plaintext connection"))) return true;
        }
        return false;
    }

    /**
     * A connection that opened, then had no answer to its TLS handshake within the connect timeout (HttpClient's "Connect to ...
     * failed: Read timed out"): what a plain-http server does with an https:// endpoint's handshake, waiting for a request line.
     * Only on a port given in the endpoint other than 443: on https's own port (Cloudflare's API) a silent handshake is a network
     * dropping packets, which was said to be a plain-http port after two attempts, the attempts left not made.
     */
    private boolean tlsHandshakeUnanswered(IOException e) {
        if (!(e instanceof ConnectTimeoutException)) return false;
        D1Proxy p = settings.proxyForEndpoint();
        if (p != null && p.tls()) {
            if (p.port() == 443) return false;   // on https's own port, a network dropping packets, as for an endpoint
        } else {
            if (!settings.endpoint().regionMatches(true, 0, "https:", 0, 6)) return false;
            int port = java.net.URI.create(settings.endpoint()).getPort();
            if (port < 0 || port == 443) return false;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.SocketTimeoutException && t.getMessage() != null && t.getMessage().contains("Read timed out")) return true;
            if (t.getMessage() != null && t.getMessage().endsWith("Read timed out")) return true;
        }
        return false;
    }

    private D1Exception tlsToPlainHttp(IOException e, int attempts, boolean answeredInPlainText) {
        D1Proxy proxy = settings.proxyForEndpoint();
        if (proxy != null && proxy.tls()) {
            // HTTPS_PROXY=https://...: the TLS handshake is the proxy's first (curl and wrangler read https:// so too); a proxy that
            // speaks plain http, written https:// as many setups write it, answers it in plain text or waits for a request line
            String plain = "http://" + proxy.host() + ":" + proxy.port();
            return D1Exception.notReached(scrub("Cannot reach Cloudflare D1 through " + proxy.describe() + ": " + (answeredInPlainText
                    ? "the proxy answered the TLS handshake in plain text (" + describe(e) + ")"
                    : "the connection to the proxy opened, but its TLS handshake had no answer in " + settings.connectTimeout().toSeconds() + " s ("
                      + describe(e) + ", " + attempts + " attempt(s))") + ". A proxy URL written https:// is spoken to over TLS, as curl and"
                    + " wrangler speak to it; this proxy looks like a plain-http one: write its URL " + plain + " in " + proxy.source()
                    + " (the requests to Cloudflare are still TLS, tunnelled through it). Nothing was sent"
                    + (answeredInPlainText ? ", and it was not tried again." : ".")), e);
        }
        java.net.URI uri = java.net.URI.create(settings.endpoint());
        String where = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        String what = answeredInPlainText
                ? "the server at " + where + " answered the TLS handshake in plain text (" + describe(e) + "): db.d1.endpoint is https://, the"
                  + " port plain http"
                : "the connection to " + where + " opened, but its TLS handshake had no answer in " + settings.connectTimeout().toSeconds() + " s ("
                  + describe(e) + ", " + attempts + " attempt(s)): it looks like a TLS handshake to a server that does not speak TLS, an https://"
                  + " db.d1.endpoint on a plain-http port";
        return D1Exception.notReached(scrub("Cannot reach Cloudflare D1 at " + settings.endpoint() + ": " + what + ". Use the server's https port,"
                + " or http:// for a stand-in or proxy on this machine (127.0.0.1, ::1, localhost)" + (proxy != null ? "; the request went through "
                + proxy.describe() : "") + ". Nothing was sent" + (answeredInPlainText ? ", and it was not tried again." : ".")), e);
    }

    /**
     * The proxy's refusal to open a tunnel to the endpoint's host: nothing reached D1. No HTTP status of D1's (0): the proxy's 403
     * is no refused token (the build failure said where the token came from, a fleet stopped as for a token refused).
     */
    private D1Exception tunnelRefused(D1Answer a) {
        D1Proxy p = settings.proxyForEndpoint();
        return D1Exception.refusedBeforeRunning(scrub(p.describe().substring(0, 1).toUpperCase(Locale.ROOT) + p.describe().substring(1)
                + " refused to open a connection to " + java.net.URI.create(settings.endpoint()).getHost() + " (HTTP " + a.status() + ": "
                + abbreviate(a.body()) + "): nothing reached Cloudflare D1. Ask for the host to be allowed through the proxy, or add it to the"
                + " proxy's non-proxy hosts (nonProxyHosts in settings.xml, NO_PROXY) if it is reached directly."), 0, 0);
    }

    /** HTTP 407: the proxy wants credentials, or refused them. Nothing reached D1 (Time Travel's requests say it alike: {@link #exchange}). */
    private D1Exception proxyRefused() {
        D1Proxy p = settings.proxyForEndpoint();
        return D1Exception.refusedBeforeRunning("The proxy refused the request (HTTP 407 Proxy Authentication Required): "
                + (p == null ? "a proxy between this machine and " + settings.endpoint() : p.describe())
                + (p != null && p.user() != null ? " did not accept its user and password" : " has no user and password set")
                + ". Set them in Maven's settings.xml <proxy> (username, password) or in HTTPS_PROXY (http://user:password@host:port)."
                + " Nothing reached Cloudflare D1.", 407, 0);
    }

    private static JsonNode throwSqlError(String text, int status, int code, String message) {
        throw new D1Exception(text, status, code, -1, null, message, false, null);
    }

    /**
     * Cloudflare's answer to an Authorization header no API token makes (HTTP 400, code 6003 "Invalid request headers", 6111 "Invalid
     * format for Authorization header" in its error_chain): a token copied with its "Bearer ", a quote or a space. Nothing ran.
     */
    static boolean unreadableToken(int status, JsonNode env) {
        return status == 400 && firstCode(env) == 6003;
    }

    /** What to do about a token Cloudflare could not read ({@link #unreadableToken}). */
    static final String UNREADABLE_TOKEN_FIX = "Check db.d1.token / CLOUDFLARE_D1_TOKEN: it must be the API token alone, as the dashboard shows"
            + " it (letters, digits, - and _), without \"Bearer \", quotes or spaces, and not the Global API Key.";

    /**
     * What to do about an account Cloudflare refused (code 7403), naming where its id came from when known: a mistyped account_id in
     * wrangler's config wins over CLOUDFLARE_ACCOUNT_ID, which "Check db.d1.accountId / CLOUDFLARE_ACCOUNT_ID" sent the user to change,
     * to no effect.
     */
    static String refusedAccountFix(D1Settings settings) {
        return (settings.accountSource() == null
                ? "Check db.d1.accountId / CLOUDFLARE_ACCOUNT_ID, and that the token (db.d1.token / CLOUDFLARE_D1_TOKEN) belongs to that account"
                : "The account id " + settings.accountId() + " came from " + settings.accountSource() + ": check it there, and that the token"
                + " belongs to that account") + " with the D1 Edit permission.";
    }

    private D1Exception authFailure(int status, JsonNode env) {
        int code = firstCode(env);
        String msg = env == null ? "" : scrub(errorText(env));
        if (unreadableToken(status, env)) {
            return D1Exception.refusedBeforeRunning("Cloudflare could not read the API token (HTTP " + status + ", code " + code + ": " + msg + "). "
                    + UNREADABLE_TOKEN_FIX, status, code);
        }
        if (code == 7403) {
            return D1Exception.refusedBeforeRunning("Cloudflare refused access to account " + settings.accountId() + " (HTTP " + status + ", code 7403: " + msg
                    + "). " + refusedAccountFix(settings), status, code);
        }
        String detail = "HTTP " + status + (code != 0 ? ", code " + code + (msg.isEmpty() ? "" : ": " + msg) : "");
        return D1Exception.refusedBeforeRunning("Cloudflare refused the API token (" + detail + "). Check db.d1.token / CLOUDFLARE_D1_TOKEN: it needs the D1 Edit"
                + " permission for account " + settings.accountId() + ".", status, code);
    }

    /**
     * Cloudflare's answer to an account or database id it cannot route (a character too many, a typo out of the UUID's form): HTTP
     * 400 with code 7003 "Could not route to /client/v4/accounts/..., perhaps your object identifier is invalid?", or 7400
     * "Invalid property: databaseId => Invalid uuid". Said as a 404 is, naming the settings; it read as "D1 refused the SQL".
     */
    private static boolean misroutedIdentifier(int status, JsonNode env) {
        if (status != 400 || env == null) return false;
        int code = firstCode(env);
        String m = errorText(env).toLowerCase(Locale.ROOT);
        return code == 7003 || code == 7400 && (m.contains("uuid") || m.contains("identifier") || m.contains("databaseid") || m.contains("accountid"));
    }

    private D1Exception notFound(JsonNode env, int status) {
        int code = firstCode(env);
        String msg = env == null ? "" : scrub(errorText(env));
        String detail = "HTTP " + status + (code != 0 ? ", code " + code + (msg.isEmpty() ? "" : ": " + msg) : "");
        return D1Exception.refusedBeforeRunning("Cloudflare D1 answered " + detail + ": account " + settings.accountId() + " or database " + settings.databaseId()
                + " not found at " + settings.endpoint() + "; check the account id and the database id where they came from (db.d1.accountId /"
                + " db.d1.databaseId, CLOUDFLARE_ACCOUNT_ID / CLOUDFLARE_DATABASE_ID, or account_id and the D1 binding's database_id in wrangler's"
                + " config for the environment: the run's log says which). The database id is the UUID that `wrangler d1 list` shows."
                + (settings.endpoint().endsWith("/client/v4") ? "" : " The endpoint does not end in /client/v4: is it the API's base URL?"),
                status, code);
    }

    private static boolean isTransient(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        // D1's list of errors to retry (debug-d1, "List of D1_ERRORs"); "storage caused object to be reset" is its startup failure
        // ("Internal error while starting up D1 DB storage caused object to be reset."), checked after the resets for time
        return m.contains("d1 db is overloaded") || m.contains("reset because its code was updated") || m.contains("storage caused object to be reset");
    }

    static int firstCode(JsonNode env) {
        if (env == null) return 0;
        for (JsonNode e : env.path("errors")) if (e.path("code").canConvertToInt()) return e.path("code").asInt();
        return 0;
    }

    /** D1's error messages, as wrangler shows them: the first one, others after "; ". */
    private static String errorText(JsonNode env) {
        List<String> parts = new ArrayList<>();
        for (JsonNode e : env.path("errors")) {
            String m = e.path("message").asText("");
            if (!m.isEmpty()) parts.add(m);
            // Cloudflare's cause of a generic error ("Invalid request headers": "Invalid format for Authorization header")
            for (JsonNode c : e.path("error_chain")) if (!c.path("message").asText("").isEmpty()) parts.add(c.path("message").asText());
        }
        if (parts.isEmpty() && env.path("error").isTextual()) parts.add(env.path("error").asText());
        return parts.isEmpty() ? "(no error message)" : String.join("; ", parts);
    }

    /** Sends the request; an answer HttpClient hands back before the request's route was up is the proxy's ({@link D1Answer#fromProxy}). */
    private D1Answer send(org.apache.hc.client5.http.classic.methods.HttpUriRequestBase request) throws IOException {
        request.setHeader(new BearerHeader(settings.token()));
        request.setHeader("Accept", "application/json");
        if (limiter != null) limiter.acquire();
        requests.incrementAndGet();
        org.apache.hc.client5.http.protocol.HttpClientContext context = org.apache.hc.client5.http.protocol.HttpClientContext.create();
        D1Answer a = http.execute(request, context, D1Answer::read);
        return context.getAttribute(REACHED) == null ? a.asTheProxys() : a;
    }

    private static List<StatementResult> results(JsonNode env) {
        JsonNode result = env.path("result");
        if (!result.isArray()) return List.of();
        List<StatementResult> out = new ArrayList<>();
        for (JsonNode r : result) {
            List<Map<String, Object>> rows = new ArrayList<>();
            JsonNode res = r.path("results");
            if (res.isArray()) {
                for (JsonNode row : res) rows.add(fields(row));
            } else if (res.isObject() && res.path("columns").isArray()) {
                // The /raw shape: {columns, rows}.
                List<String> cols = new ArrayList<>();
                for (JsonNode c : res.path("columns")) cols.add(c.asText());
                for (JsonNode row : res.path("rows")) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    for (int i = 0; i < cols.size(); i++) m.put(cols.get(i), value(row.path(i)));
                    rows.add(m);
                }
            }
            out.add(new StatementResult(Collections.unmodifiableList(rows), r.path("success").asBoolean(true), fields(r.path("meta"))));
        }
        return out;
    }

    /** A JSON object's fields in their order, each value as {@link #value} gives it (a missing object: none). */
    private static Map<String, Object> fields(JsonNode object) {
        Map<String, Object> m = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = object.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> f = it.next();
            m.put(f.getKey(), value(f.getValue()));
        }
        return m;
    }

    /** JSON → the port's types: integers Long, other numbers Double, strings, null; an array of bytes is a BLOB. */
    static Object value(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) return null;
        if (v.isIntegralNumber()) return v.canConvertToLong() ? (Object) v.longValue() : (Object) v.doubleValue();
        if (v.isNumber()) return v.doubleValue();
        if (v.isTextual()) return v.textValue();
        if (v.isBoolean()) return v.booleanValue() ? 1L : 0L;
        if (v.isArray()) {
            byte[] b = new byte[v.size()];
            for (int i = 0; i < b.length; i++) {
                JsonNode e = v.get(i);
                if (!e.isIntegralNumber() || e.asInt() < 0 || e.asInt() > 255) return v.toString();
                b[i] = (byte) e.asInt();
            }
            return b;
        }
        return v.toString();
    }

    /** The Authorization header; anything that prints it (toString) sees a masked value. */
    static final class BearerHeader extends BasicHeader {
        BearerHeader(String token) {
            super("Authorization", "Bearer " + token, true);
        }

        @Override
        public String toString() {
            return "Authorization: Bearer ****";
        }
    }

    private String scrub(String s) {
        return scrub(settings, s);
    }

    /** {@code s} without the token or the proxy's password (Time Travel's messages too). */
    static String scrub(D1Settings settings, String s) {
        if (s == null) return null;
        String t = settings.token();
        String out = t.length() >= 4 ? s.replace(t, "****") : s;
        String pw = settings.proxy() == null ? null : settings.proxy().password();   // a proxy's password is as secret
        return pw != null && pw.length() >= 4 ? out.replace(pw, "****") : out;
    }

    static String describe(IOException e) {
        String name = e.getClass().getSimpleName();
        return e.getMessage() == null ? name : name + ": " + e.getMessage();
    }

    /**
     * An answer's body as an error quotes it: scrubbed, then cut to 200 characters. Scrubbed first: a page echoing the request's
     * headers (a gateway's, a debugging proxy's) holds the token, and one cut inside it no longer matched whole, its first part printed.
     */
    private String abbreviate(String s) {
        String t = scrub(s).strip().replaceAll("\\s+", " ");
        return t.length() > 200 ? t.substring(0, 200) + "…" : t.isEmpty() ? "empty body" : t;
    }

    @Override
    public void close() {
        if (!ownsHttp) return;
        try {
            http.close();
        } catch (IOException ignored) {
            // Nothing useful to do when closing fails.
        }
    }

    @Override
    public String toString() {
        return "D1Client(" + settings + ")";
    }
}
