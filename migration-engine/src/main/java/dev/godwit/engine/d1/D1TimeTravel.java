package dev.godwit.engine.d1;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;

/**
 * D1's Time Travel API, as {@code wrangler d1 time-travel} calls it:
 * {@code GET /accounts/{a}/d1/database/{d}/time_travel/bookmark[?timestamp=]} answers {@code {bookmark}};
 * {@code POST …/time_travel/restore?bookmark=} answers {@code {bookmark, previous_bookmark, message}}.
 * Bookmarks are passed on exactly as D1 returns them. Failures are {@link D1Exception}s that never carry the token.
 */
public final class D1TimeTravel implements AutoCloseable {

    private final D1Client client;   // its request path (D1Client#exchange) and settings: what meets a request before D1 answers is said alike
    private final java.util.function.Consumer<String> notice;   // told of each wait after a 429; never the token

    public D1TimeTravel(D1Settings settings) {
        this(settings, null);
    }

    /**
     * As {@link #D1TimeTravel(D1Settings)}, saying each wait after a 429 in one line to {@code notice} (null: nobody): a restore
     * that waits a minute for Cloudflare's rate limit without a word looks frozen, as an apply did.
     */
    public D1TimeTravel(D1Settings settings, java.util.function.Consumer<String> notice) {
        this.client = new D1Client(settings, null, notice);
        this.notice = notice;
    }

    /** What a restore answered: the bookmark restored to and the one it replaced (restoring that undoes the restore). */
    public record Restored(String bookmark, String previousBookmark, String message) {
    }

    private String base() {
        return settings().endpoint() + "/accounts/" + settings().accountId() + "/d1/database/" + settings().databaseId() + "/time_travel/";
    }

    /** The bookmark of the database's current state. */
    public String currentBookmark() {
        return bookmarkIn(call(() -> new HttpGet(base() + "bookmark"), D1Retry.Request.REPEATABLE, "read the Time Travel bookmark"), "read the Time Travel bookmark");
    }

    /**
     * The bookmark nearest to (at or before) a timestamp: RFC 3339 ({@code 2026-11-30T12:00:00Z}) or Unix time (10 digits:
     * seconds, more: milliseconds), as {@code wrangler d1 time-travel} takes it; see {@link #instantOf}.
     */
    public String bookmarkAt(String timestamp) {
        String iso = WIRE.format(instantOf(timestamp, Instant.now()));
        return bookmarkIn(call(() -> new HttpGet(base() + "bookmark?timestamp=" + URLEncoder.encode(iso, StandardCharsets.UTF_8)),
                D1Retry.Request.REPEATABLE, "find the Time Travel bookmark at " + iso), "find the Time Travel bookmark at " + iso);
    }

    /**
     * The bookmark of a successful answer; one without a bookmark (missing, null or empty) is an error: printed, it gave "to go back:
     * mvn db:restore -Ddb.bookmark=" with nothing to go back to, and the apply went on without its way back.
     */
    private String bookmarkIn(JsonNode result, String what) {
        JsonNode b = result.path("bookmark");
        if (b.isTextual() && !b.asText().isBlank()) return b.asText();
        throw new D1Exception(scrub("Cannot " + what + " of D1 database " + settings().databaseId() + ": D1 answered without a bookmark ("
                + abbreviate(scrub(result.toString())) + "). Time Travel may not be available for this database (wrangler d1 info shows its version;"
                + " an alpha database has none)."), 200, 0, false, null);
    }

    /** Cut to 200 characters; what is cut is scrubbed first, so a token cut in two is not left half-printed. */
    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    /**
     * The timestamp as wrangler sends it (JavaScript's toISOString: UTC, milliseconds): a time copied from a fleet report's
     * startedAt has micro- or nanoseconds, which D1 was sent as they were.
     */
    private static final java.time.format.DateTimeFormatter WIRE = java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(java.time.ZoneOffset.UTC);

    /** How long D1 keeps Time Travel's history (on paid plans; 7 days on Workers Free), and how far back wrangler lets one ask. */
    public static final Duration RETENTION = Duration.ofDays(30);

    /**
     * A {@code -Ddb.timestamp} as wrangler reads it (convertTimestampToISO): RFC 3339 with its offset, or Unix time, 10 digits
     * being seconds and other digits milliseconds; refused before any request, as wrangler refuses it, when it is not in the
     * past (D1 would answer with the current state, and the "restore" change nothing) or older than {@link #RETENTION}.
     */
    public static Instant instantOf(String timestamp, Instant now) {
        String t = timestamp == null ? "" : timestamp.strip();
        Instant at;
        try {
            at = t.matches("[0-9]{1,16}") ? (t.length() == 10 ? Instant.ofEpochSecond(Long.parseLong(t)) : Instant.ofEpochMilli(Long.parseLong(t)))
                    : OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            // not the cause: Maven prints a cause's message after ours ("Text '...' could not be parsed at index 19"), the parser's words
            D1Exception refused = new D1Exception("-Ddb.timestamp=" + timestamp + " is not an RFC 3339 timestamp; write it like 2026-11-30T12:00:00Z or"
                    + " 2026-11-30T13:00:00+01:00 (with the offset), or as Unix time in seconds. Nothing was changed.", 0, 0, false, null);
            refused.addSuppressed(e);
            throw refused;
        }
        String shown = "-Ddb.timestamp=" + t + (at.toString().equals(t) ? "" : " (" + at + ")");
        if (at.isAfter(now)) {
            throw new D1Exception(shown + " is in the future (it is now " + now.truncatedTo(ChronoUnit.SECONDS) + "): Time Travel goes back to a past"
                    + " state. Check the offset (Z is UTC; 2026-11-30T13:00:00+01:00 for a local time). Nothing was changed.", 0, 0, false, null);
        }
        if (at.isBefore(now.minus(RETENTION))) {
            throw new D1Exception(shown + " is more than 30 days ago: D1's Time Travel keeps the last 30 days (7 on the Workers Free plan), and"
                    + " wrangler d1 time-travel refuses it too. Nothing was changed.", 0, 0, false, null);
        }
        return at;
    }

    /** Restores the database to the bookmark (D1 replaces all of its contents). */
    public Restored restore(String bookmark) {
        JsonNode r = call(() -> new HttpPost(base() + "restore?bookmark=" + URLEncoder.encode(bookmark, StandardCharsets.UTF_8)),
                D1Retry.Request.RESTORE, "restore to bookmark " + bookmark);
        return new Restored(r.path("bookmark").asText(bookmark), r.path("previous_bookmark").asText(null), r.path("message").asText(""));
    }

    /**
     * Sends the request under {@link D1Retry}'s policy, along {@link D1Client}'s request path (an unknown host, a connection not
     * opened, an https:// endpoint on a plain-http port, a proxy wanting credentials or refusing the tunnel: said as every D1
     * request says them): a 429 waits for its {@code Retry-After} (up to the settings' longest wait) and goes again, as D1 ran
     * nothing; a bookmark read, which changes nothing, is also asked again after a 5xx or a lost answer. A restore is not sent
     * again after a 5xx or a lost answer: D1 may have carried it out.
     */
    private JsonNode call(java.util.function.Supplier<HttpUriRequestBase> make, D1Retry.Request kind, String what) {
        D1Retry retry = new D1Retry(settings(), kind, null, notice);
        while (true) {
            D1Answer answer = client.exchange(() -> {
                HttpUriRequestBase request = make.get();
                request.setHeader("Content-Type", "application/json");
                return request;
            }, retry, null, (e, attempts) -> new D1Exception(scrub("Cannot " + what + " at " + settings().endpoint() + " (" + D1Client.describe(e)
                    + (attempts > 1 ? ", " + attempts + " attempts" : "") + ")."), 0, 0, kind == D1Retry.Request.RESTORE, e));
            if (answer == null) continue;
            int status = answer.status();
            if (status == 429 && retry.againAfterRateLimit(answer.retryAfterMillis())) continue;
            if (status >= 500 && retry.again(D1Retry.Failure.LOST, answer)) continue;
            // a 2xx without D1's successful envelope (empty, cut short) is an answer lost, asked again where that is safe (a bookmark read)
            if (status >= 200 && status < 300 && !successful(answer.json()) && retry.again(D1Retry.Failure.LOST)) continue;
            return result(status, answer.json(), what, retry.timesSent());
        }
    }

    private static boolean successful(JsonNode env) {
        return env != null && env.path("success").asBoolean(false) && env.path("result").isObject();
    }

    private JsonNode result(int status, JsonNode env, String what, int attempts) {
        if (successful(env) && status >= 200 && status < 300) {
            return env.path("result");
        }
        int code = 0;
        List<String> messages = new ArrayList<>();
        if (env != null) {
            for (JsonNode e : env.path("errors")) {
                if (code == 0 && e.path("code").canConvertToInt()) code = e.path("code").asInt();
                if (!e.path("message").asText("").isEmpty()) messages.add(e.path("message").asText());
            }
        }
        String detail = "HTTP " + status + (code != 0 ? ", code " + code : "") + (messages.isEmpty() ? "" : ": " + String.join("; ", messages))
                + (attempts > 1 ? ", " + attempts + " attempts" : "");
        String hint = code == 7403 ? " " + D1Client.refusedAccountFix(settings())
                : status == 401 || status == 403
                ? " Check db.d1.token / CLOUDFLARE_D1_TOKEN (it needs the D1 Edit permission) and db.d1.accountId."
                : status == 404 ? " Check db.d1.accountId and db.d1.databaseId (the UUID `wrangler d1 list` shows)."
                : D1Client.unreadableToken(status, env) ? " " + D1Client.UNREADABLE_TOKEN_FIX
                : status == 400 ? "" : " Try again later.";
        throw new D1Exception(scrub("Cannot " + what + " of D1 database " + settings().databaseId() + " (" + detail + ")." + hint), status, code,
                false, null);
    }

    private D1Settings settings() {
        return client.settings();
    }

    private String scrub(String s) {
        return D1Client.scrub(settings(), s);
    }

    @Override
    public void close() {
        client.close();
    }
}
