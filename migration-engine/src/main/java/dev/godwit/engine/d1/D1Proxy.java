package dev.godwit.engine.d1;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The HTTP proxy D1's requests go through, and where it was set. Its user and password are secrets as the API token is:
 * {@link #toString()} and {@link #describe()} show host, port and source only.
 *
 * <p>Where from, first found wins ({@link #resolve}): the front end's own (Maven's active {@code <proxy>} of settings.xml, its
 * password decrypted); else the environment's {@code https_proxy} / {@code HTTPS_PROXY} / {@code http_proxy} / {@code HTTP_PROXY}
 * (wrangler reads the same four, in this order), with {@code NO_PROXY} / {@code no_proxy}; else the JVM's {@code https.proxyHost}
 * / {@code https.proxyPort} with {@code http.nonProxyHosts}.
 *
 * @param host          the proxy's host
 * @param port          its port
 * @param user          the user to authenticate as, or null
 * @param password      its password, or null
 * @param nonProxyHosts hosts reached directly: exact names, {@code *.example.com} or {@code .example.com} (a domain and its
 *                      subdomains), {@code *} (all)
 * @param source        where it was set, said in errors ("Maven's settings.xml proxy corp", "HTTPS_PROXY")
 * @param tls           whether the proxy is spoken to over TLS: a proxy URL written {@code https://} ({@code HTTPS_PROXY=https://proxy:443}),
 *                      as curl and wrangler's fetch (undici's ProxyAgent) read it. Maven's {@code <protocol>https</protocol>} is no such
 *                      thing: it says which requests the proxy is for, and Maven speaks plain http to it (maven-resolver's
 *                      ApacheTransporter.toHost), as Godwit does
 */
public record D1Proxy(String host, int port, String user, String password, List<String> nonProxyHosts, String source, boolean tls) {

    public D1Proxy {
        if (host == null || host.isBlank()) throw new IllegalArgumentException("the proxy's host is missing");
        host = host.strip();
        if (port <= 0) port = tls ? 443 : 80;
        nonProxyHosts = nonProxyHosts == null ? List.of() : List.copyOf(nonProxyHosts);
        if (user != null && user.isEmpty()) user = null;
    }

    /** A proxy spoken to in plain http (Maven's settings.xml, the JVM's https.proxyHost, an {@code http://} URL). */
    public D1Proxy(String host, int port, String user, String password, List<String> nonProxyHosts, String source) {
        this(host, port, user, password, nonProxyHosts, source, false);
    }

    /** Maven's {@code nonProxyHosts} ({@code a|*.b}) or {@code NO_PROXY} ({@code a,.b}): the host patterns. */
    public static List<String> hostList(String patterns) {
        List<String> out = new ArrayList<>();
        if (patterns == null) return out;
        for (String p : patterns.split("[|,\\s]+")) if (!p.isBlank()) out.add(p.strip().toLowerCase(Locale.ROOT));
        return out;
    }

    /** Whether requests to {@code host} skip the proxy. */
    public boolean bypasses(String host) {
        if (host == null) return false;
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) h = h.substring(1, h.length() - 1);
        for (String p : nonProxyHosts) {
            String q = p.startsWith("[") && p.endsWith("]") ? p.substring(1, p.length() - 1) : p;
            int colon = q.lastIndexOf(':');
            if (colon > 0 && q.indexOf(':') == colon && q.substring(colon + 1).chars().allMatch(Character::isDigit)) q = q.substring(0, colon);
            if (q.equals("*") || q.equals(h)) return true;
            if (q.startsWith("*.") && (h.endsWith(q.substring(1)) || h.equals(q.substring(2)))) return true;
            if (q.startsWith(".") && (h.endsWith(q) || h.equals(q.substring(1)))) return true;
            if (q.endsWith("*") && h.startsWith(q.substring(0, q.length() - 1))) return true;   // Java's 192.168.*
        }
        return false;
    }

    /**
     * The proxy to use: {@code configured} (the front end's, e.g. Maven's settings.xml) when given; else the environment's
     * variables; else the JVM's properties; else null (no proxy).
     */
    public static D1Proxy resolve(D1Proxy configured, Function<String, String> environment, Function<String, String> systemProperties) {
        if (configured != null) return configured;
        Function<String, String> env = environment == null ? k -> null : environment;
        for (String name : List.of("https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY")) {
            String v = env.apply(name);
            if (v == null || v.isBlank()) continue;
            String noProxy = env.apply("NO_PROXY") != null ? env.apply("NO_PROXY") : env.apply("no_proxy");
            return fromUrl(v.strip(), noProxy, name);
        }
        Function<String, String> sys = systemProperties == null ? k -> null : systemProperties;
        String host = sys.apply("https.proxyHost");
        if (host != null && !host.isBlank()) {
            int port = 443;
            try {
                if (sys.apply("https.proxyPort") != null) port = Integer.parseInt(sys.apply("https.proxyPort").strip());
            } catch (NumberFormatException ignored) {
                // Java's default
            }
            return new D1Proxy(host, port, null, null, hostList(sys.apply("http.nonProxyHosts")), "the JVM's https.proxyHost");
        }
        return null;
    }

    /** A proxy given as a URL ({@code http://user:password@proxy:3128}, or {@code proxy:3128}); the password never in an error. */
    static D1Proxy fromUrl(String value, String noProxy, String source) {
        String v = value.contains("://") ? value : "http://" + value;
        URI uri;
        try {
            uri = new URI(v);
        } catch (java.net.URISyntaxException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null) {
            throw new dev.godwit.engine.GodwitException(dev.godwit.engine.GodwitException.Kind.BROKEN, source + " is not a proxy URL (as"
                    + " http://proxy.example.com:3128); D1's requests would go through it. Fix it, or unset it to connect directly.");
        }
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] up = uri.getRawUserInfo().split(":", 2);
            user = decode(up[0]);
            password = up.length > 1 ? decode(up[1]) : null;
        }
        boolean tls = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() > 0 ? uri.getPort() : tls ? 443 : 80;
        return new D1Proxy(uri.getHost(), port, user, password, noProxyList(noProxy), source, tls);
    }

    /**
     * {@code NO_PROXY}'s hosts as {@link #bypasses} reads them: a plain name there ({@code corp.example.com}) is the name and its
     * subdomains, as curl and undici (wrangler's fetch) read it, not the one host it is in Maven's {@code nonProxyHosts}; read as
     * that one host, {@code NO_PROXY=corp.example.com} sent {@code d1.corp.example.com}'s requests to the proxy, which wrangler
     * reached directly.
     */
    static List<String> noProxyList(String patterns) {
        List<String> out = new ArrayList<>();
        for (String p : hostList(patterns)) {
            boolean name = !p.startsWith(".") && !p.startsWith("*") && !p.startsWith("[") && p.indexOf(':') == p.lastIndexOf(':')
                    && !p.replaceFirst(":\\d+$", "").chars().allMatch(c -> Character.isDigit(c) || c == '.');
            out.add(name ? "." + p : p);
        }
        return out;
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** {@code the proxy proxy.example.com:3128 (from HTTPS_PROXY)}, {@code https://} before one spoken to over TLS: no user, no password. */
    public String describe() {
        return "the proxy " + address() + " (from " + source + ")";
    }

    /** {@code host:port}, {@code https://host:port} for one spoken to over TLS. */
    public String address() {
        return (tls ? "https://" : "") + host + ":" + port;
    }

    @Override
    public String toString() {
        return "D1Proxy(" + address() + ", from " + source + (user != null ? ", user ****" : "") + ")";
    }
}
