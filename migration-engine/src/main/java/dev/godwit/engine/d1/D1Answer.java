package dev.godwit.engine.d1;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.ParseException;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * One HTTP answer of the Cloudflare API, read whole: its status and body, Cloudflare's v4 envelope when the body is one
 * (an object with {@code success} or {@code errors}; null otherwise), its {@code Retry-After} in milliseconds (-1: none or
 * unreadable), whether Cloudflare answered with a challenge page ({@code cf-mitigated: challenge}), its {@code cf-ray}
 * as it is shown in messages, and whether it is a proxy's refusal to open the tunnel rather than an answer to the request.
 */
record D1Answer(int status, String body, JsonNode json, long retryAfterMillis, boolean mitigated, String ray, boolean fromProxy) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads the answer; the response handler of every D1 request. */
    static D1Answer read(ClassicHttpResponse response) throws IOException, ParseException {
        String text = response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
        JsonNode json = null;
        try {
            if (!text.isBlank()) {
                JsonNode n = JSON.readTree(text);
                if (n != null && n.isObject() && (n.has("success") || n.has("errors"))) json = n;
            }
        } catch (IOException notJson) {
            json = null;
        }
        Header ra = response.getFirstHeader("Retry-After");
        Header mitigated = response.getFirstHeader("cf-mitigated");
        Header ray = response.getFirstHeader("cf-ray");
        return new D1Answer(response.getCode(), text, json, ra == null ? -1 : retryAfter(ra.getValue()),
                mitigated != null && mitigated.getValue().equalsIgnoreCase("challenge"), ray == null ? "" : ", cf-ray " + ray.getValue(), false);
    }

    /**
     * This answer as the proxy's to {@code CONNECT}, refusing the tunnel to the endpoint's host (its 403 block page, a 502):
     * HttpClient hands it back as the request's own, though the request never left this machine.
     */
    D1Answer asTheProxys() {
        return new D1Answer(status, body, json, retryAfterMillis, mitigated, ray, true);
    }

    /**
     * Whether this answer says D1 is out for every request, not that this one failed: a 5xx with {@code Retry-After} (an outage,
     * maintenance), or Cloudflare's own 503 page in place of D1's JSON (its edge, D1 unavailable behind it; no challenge, no proxy's).
     * What may be sent again after it is as after any 5xx; a fleet run waits it out together ({@link Outage}).
     */
    boolean outage() {
        if (fromProxy) return false;
        return status >= 500 && retryAfterMillis > 0 || status == 503 && json == null && !mitigated;
    }

    /** Seconds, or an HTTP date; -1 when unreadable. */
    static long retryAfter(String value) {
        String v = value.strip();
        try {
            return Math.max(0, Long.parseLong(v)) * 1000;
        } catch (NumberFormatException notSeconds) {
            try {
                long ms = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME)).toMillis();
                return Math.max(0, ms);
            } catch (RuntimeException notDate) {
                return -1;
            }
        }
    }
}
