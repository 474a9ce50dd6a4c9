package dev.godwit.engine.d1;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * D1's Time Travel API, as {@code wrangler d1 time-travel} calls it:
 * {@code GET /accounts/{a}/d1/database/{d}/time_travel/bookmark[?timestamp=]} answers {@code {bookmark}};
 * {@code POST …/time_travel/restore?bookmark=} answers {@code {bookmark, previous_bookmark, message}}.
 * Bookmarks are passed on exactly as D1 returns them. Failures are {@link D1Exception}s that never carry the token.
 */
public final class D1TimeTravel implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final D1Settings settings;
    private final CloseableHttpClient http;

    public D1TimeTravel(D1Settings settings) {
        this.settings = settings;
        this.http = D1Client.quietHttpClient(settings);
    }

    /** What a restore answered: the bookmark restored to and the one it replaced (restoring that undoes the restore). */
    public record Restored(String bookmark, String previousBookmark, String message) {
    }

    private String base() {
        return settings.endpoint() + "/accounts/" + settings.accountId() + "/d1/database/" + settings.databaseId() + "/time_travel/";
    }

    /** The bookmark of the database's current state. */
    public String currentBookmark() {
        return call(new HttpGet(base() + "bookmark"), "read the Time Travel bookmark").path("bookmark").asText();
    }

    /** The bookmark nearest to (at or before) an RFC 3339 timestamp, e.g. {@code 2026-11-30T12:00:00Z}. */
    public String bookmarkAt(String rfc3339) {
        String iso;
        try {
            iso = OffsetDateTime.parse(rfc3339.strip()).toInstant().toString();
        } catch (DateTimeParseException e) {
            throw new D1Exception("-Ddb.timestamp=" + rfc3339 + " is not an RFC 3339 timestamp; write it like 2026-11-30T12:00:00Z or"
                    + " 2026-11-30T13:00:00+01:00", 0, 0, false, e);
        }
        return call(new HttpGet(base() + "bookmark?timestamp=" + URLEncoder.encode(iso, StandardCharsets.UTF_8)),
                "find the Time Travel bookmark at " + iso).path("bookmark").asText();
    }

    /** Restores the database to the bookmark (D1 replaces all of its contents). */
    public Restored restore(String bookmark) {
        JsonNode r = call(new HttpPost(base() + "restore?bookmark=" + URLEncoder.encode(bookmark, StandardCharsets.UTF_8)),
                "restore to bookmark " + bookmark);
        return new Restored(r.path("bookmark").asText(bookmark), r.path("previous_bookmark").asText(null), r.path("message").asText(""));
    }

    private JsonNode call(HttpUriRequestBase request, String what) {
        request.setHeader(new D1Client.BearerHeader(settings.token()));
        request.setHeader("Accept", "application/json");
        request.setHeader("Content-Type", "application/json");
        int status;
        String body;
        try {
            var answer = http.execute(request, response -> new Object[] {response.getCode(),
                    response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8)});
            status = (Integer) answer[0];
            body = (String) answer[1];
        } catch (IOException e) {
            throw new D1Exception(scrub("Cannot " + what + " at " + settings.endpoint() + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")."), 0, 0, request instanceof HttpPost, e);
        }
        JsonNode env;
        try {
            env = body.isBlank() ? null : JSON.readTree(body);
        } catch (IOException e) {
            env = null;
        }
        if (env != null && env.path("success").asBoolean(false) && status >= 200 && status < 300 && env.path("result").isObject()) {
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
        String detail = "HTTP " + status + (code != 0 ? ", code " + code : "") + (messages.isEmpty() ? "" : ": " + String.join("; ", messages));
        String hint = status == 401 || status == 403
                ? " Check db.d1.token / CLOUDFLARE_D1_TOKEN (it needs the D1 Edit permission) and db.d1.accountId."
                : status == 404 ? " Check db.d1.accountId and db.d1.databaseId (the UUID `wrangler d1 list` shows)."
                : status == 400 ? "" : " Try again later.";
        throw new D1Exception(scrub("Cannot " + what + " of D1 database " + settings.databaseId() + " (" + detail + ")." + hint), status, code,
                false, null);
    }

    private String scrub(String s) {
        String t = settings.token();
        return t == null || t.isEmpty() ? s : s.replace(t, "****");
    }

    @Override
    public void close() {
        try {
            http.close();
        } catch (IOException ignored) {
            // nothing to release
        }
    }
}
