package dev.godwit.engine.d1;

import java.time.Duration;

/**
 * Where and how to reach one Cloudflare D1 database over the HTTP API. {@link #toString()} never
 * shows the token.
 *
 * @param accountId       the Cloudflare account id (32 hex characters)
 * @param databaseId      the database UUID
 * @param token           the API token (needs Account → D1 → Edit)
 * @param endpoint        the API base URL; null or blank means {@value #DEFAULT_ENDPOINT}; a trailing slash is dropped
 * @param connectTimeout  how long to wait for the TCP/TLS connection (default 10 s)
 * @param responseTimeout how long to wait for an answer once the request is sent (default 60 s: D1 gives up at about 30 s)
 * @param maxAttempts     attempts per request where a retry is safe (429, a 5xx that proves nothing ran, connection refused); default 5
 * @param initialBackoff  first wait between attempts, doubled each time (default 500 ms)
 * @param maxRetryWait    the longest wait accepted between attempts, also for {@code Retry-After} (default 60 s)
 * @param maxRequestBytes the largest request body sent, in UTF-8 bytes (default 1,000,000). D1 documents no body limit
 *                        (only 100,000 bytes per statement, and 30 s per request); larger migrations are refused rather
 *                        than split, because a split migration would no longer be atomic
 * @param proxy           the HTTP proxy to go through ({@link D1Proxy#resolve}: Maven's settings.xml, HTTPS_PROXY, https.proxyHost),
 *                        or null: none; requests to a host of its non-proxy hosts go directly
 * @param accountSource   where the account id came from, for the refusal of the account ("wrangler.toml account_id (top level)"),
 *                        or null: not known (the runtime API's own settings)
 */
public record D1Settings(String accountId, String databaseId, String token, String endpoint, Duration connectTimeout,
                         Duration responseTimeout, int maxAttempts, Duration initialBackoff, Duration maxRetryWait, long maxRequestBytes,
                         D1Proxy proxy, String accountSource) {

    public static final String DEFAULT_ENDPOINT = "https://api.cloudflare.com/client/v4";

    public D1Settings {
        if (accountId == null || accountId.isBlank()) throw new IllegalArgumentException("the Cloudflare account id is missing (db.d1.accountId / CLOUDFLARE_ACCOUNT_ID)");
        if (databaseId == null || databaseId.isBlank()) throw new IllegalArgumentException("the D1 database id is missing (db.d1.databaseId / CLOUDFLARE_DATABASE_ID)");
        if (token == null || token.isBlank()) throw new IllegalArgumentException("the Cloudflare API token is missing (db.d1.token / CLOUDFLARE_D1_TOKEN)");
        accountId = accountId.strip();
        databaseId = databaseId.strip();
        token = token.strip();
        endpoint = normalizeEndpoint(endpoint);
        if (connectTimeout == null) connectTimeout = Duration.ofSeconds(10);
        if (responseTimeout == null) responseTimeout = Duration.ofSeconds(60);
        if (maxAttempts < 1) maxAttempts = 5;
        if (initialBackoff == null) initialBackoff = Duration.ofMillis(500);
        if (maxRetryWait == null) maxRetryWait = Duration.ofSeconds(60);
        if (maxRequestBytes <= 0) maxRequestBytes = dev.godwit.engine.db.Capabilities.D1.maxRequestBytes();
    }

    /** The defaults for everything but the four values. */
    public D1Settings(String accountId, String databaseId, String token, String endpoint) {
        this(accountId, databaseId, token, endpoint, null, null, 0, null, null, 0, null);
    }

    /** Without a proxy. */
    public D1Settings(String accountId, String databaseId, String token, String endpoint, Duration connectTimeout, Duration responseTimeout,
                      int maxAttempts, Duration initialBackoff, Duration maxRetryWait, long maxRequestBytes) {
        this(accountId, databaseId, token, endpoint, connectTimeout, responseTimeout, maxAttempts, initialBackoff, maxRetryWait, maxRequestBytes, null);
    }

    /** Settings whose account id has no known source (the runtime API): a refused account keeps the general wording. */
    public D1Settings(String accountId, String databaseId, String token, String endpoint, Duration connectTimeout, Duration responseTimeout,
                      int maxAttempts, Duration initialBackoff, Duration maxRetryWait, long maxRequestBytes, D1Proxy proxy) {
        this(accountId, databaseId, token, endpoint, connectTimeout, responseTimeout, maxAttempts, initialBackoff, maxRetryWait, maxRequestBytes, proxy, null);
    }

    /** The same, through {@code p} (null: directly). */
    public D1Settings withProxy(D1Proxy p) {
        return new D1Settings(accountId, databaseId, token, endpoint, connectTimeout, responseTimeout, maxAttempts, initialBackoff, maxRetryWait, maxRequestBytes, p,
                accountSource);
    }

    /** The same, saying where the account id came from when Cloudflare refuses the account. */
    public D1Settings withAccountSource(String source) {
        return new D1Settings(accountId, databaseId, token, endpoint, connectTimeout, responseTimeout, maxAttempts, initialBackoff, maxRetryWait, maxRequestBytes, proxy,
                source);
    }

    /**
     * The proxy requests to the endpoint go through: {@link #proxy()} unless the endpoint's host is one of its non-proxy hosts, or
     * is this machine (a stand-in, wrangler's local API) while the proxy is not: a proxy elsewhere cannot reach this machine's
     * loopback, so a corporate HTTPS_PROXY without NO_PROXY failed every request to 127.0.0.1 (Java's own default skips them too).
     */
    public D1Proxy proxyForEndpoint() {
        if (proxy == null) return null;
        String host = java.net.URI.create(endpoint).getHost();
        if (loopback(host) && !loopback(proxy.host())) return null;
        return proxy.bypasses(host) ? null : proxy;
    }

    public D1Settings withTimeouts(Duration connect, Duration response) {
        return new D1Settings(accountId, databaseId, token, endpoint, connect, response, maxAttempts, initialBackoff, maxRetryWait, maxRequestBytes, proxy, accountSource);
    }

    public D1Settings withRetries(int attempts, Duration firstBackoff, Duration longestWait) {
        return new D1Settings(accountId, databaseId, token, endpoint, connectTimeout, responseTimeout, attempts, firstBackoff, longestWait, maxRequestBytes, proxy, accountSource);
    }

    /** The same account, token and tuning for another database (a fleet member). */
    public D1Settings withDatabaseId(String id) {
        return new D1Settings(accountId, id, token, endpoint, connectTimeout, responseTimeout, maxAttempts, initialBackoff, maxRetryWait, maxRequestBytes, proxy, accountSource);
    }

    public D1Settings withMaxRequestBytes(long bytes) {
        return new D1Settings(accountId, databaseId, token, endpoint, connectTimeout, responseTimeout, maxAttempts, initialBackoff, maxRetryWait, bytes, proxy, accountSource);
    }

    static String normalizeEndpoint(String endpoint) {
        return normalizeEndpoint(endpoint, "db.d1.endpoint");
    }

    /**
     * {@code endpoint} checked as {@link #normalizeEndpoint(String)} checks it, a refusal naming {@code source}, where it came from
     * (wrangler's CLOUDFLARE_API_BASE_URL, which a user who never set db.d1.endpoint would not look for).
     */
    public static String normalizeEndpoint(String endpoint, String source) {
        if (endpoint == null || endpoint.isBlank()) return DEFAULT_ENDPOINT;
        String e = endpoint.strip();
        while (e.endsWith("/")) e = e.substring(0, e.length() - 1);
        java.net.URI uri;
        try {
            uri = new java.net.URI(e);
        } catch (java.net.URISyntaxException bad) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
            throw new dev.godwit.engine.GodwitException(dev.godwit.engine.GodwitException.Kind.BROKEN, "The D1 endpoint \"" + endpoint.strip()
                    + "\" (" + source + ") is not an http(s) URL. Leave it out for Cloudflare's API (" + DEFAULT_ENDPOINT + ").");
        }
        // user:password@ in the URL: the HTTP client refuses it on every attempt ("userinfo"), five times, and it would be a secret
        // in every message that names the endpoint. Refused before any request, the userinfo not repeated.
        if (uri.getRawUserInfo() != null) {
            String shown = uri.getScheme() + "://****@" + uri.getRawAuthority().substring(uri.getRawAuthority().lastIndexOf('@') + 1)
                    + (uri.getRawPath() == null ? "" : uri.getRawPath());
            throw new dev.godwit.engine.GodwitException(dev.godwit.engine.GodwitException.Kind.BROKEN, "The D1 endpoint \"" + shown
                    + "\" (" + source + ") has credentials in it (user:password@ before the host, shown as ****): Cloudflare's API takes"
                    + " none there, and the HTTP client refuses such a URL. Remove them: the API token goes in db.d1.token /"
                    + " CLOUDFLARE_D1_TOKEN, a proxy's user and password in Maven's settings.xml <proxies> or HTTPS_PROXY.");
        }
        // every request carries the API token: over plain http only to this machine (a stand-in, a local proxy)
        if ("http".equalsIgnoreCase(uri.getScheme()) && !loopback(uri.getHost())) {
            throw new dev.godwit.engine.GodwitException(dev.godwit.engine.GodwitException.Kind.BROKEN, "The D1 endpoint \"" + e
                    + "\" (" + source + ") is plain http to another machine: every request would send the API token unencrypted. Use"
                    + " https (plain http is taken only for 127.0.0.1, ::1 and localhost), or leave it out for Cloudflare's API (" + DEFAULT_ENDPOINT + ").");
        }
        return e;
    }

    /** Whether the endpoint is on this machine (a stand-in, wrangler's local API), not Cloudflare's API or one standing for it. */
    public boolean endpointOnThisMachine() {
        String host = java.net.URI.create(endpoint).getHost();
        return host != null && loopback(host);
    }

    private static boolean loopback(String host) {
        String h = host.toLowerCase(java.util.Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") && h.chars().allMatch(c -> c == '.' || Character.isDigit(c))
                || h.equals("[::1]") || h.equals("::1");
    }

    @Override
    public String toString() {
        return "D1Settings(account=" + accountId + ", database=" + databaseId + ", endpoint=" + endpoint + ", token=****" + (proxy == null ? "" : ", proxy=" + proxy.address()) + ")";
    }
}
