package dev.godwit.engine.studio;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the downloads the page hands to the browser went (a blob too large to fetch into the page, an export), by the id the page
 * gave each ({@code watch=}): a refusal there, before its first byte or midway, showed only as "Failed" in the browser's download
 * bar, and the page, which asks here while the download runs ({@code GET api/download?watch=}), now says it in its status line in
 * the studio's words. The last {@value #KEPT} are kept.
 */
final class WatchedDownloads {

    static final int KEPT = 200;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, ObjectNode> byId = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ObjectNode> eldest) {
            return size() > KEPT;
        }
    };

    /** One download's watch; one of no id (a link opened by hand, a tool) records nothing. */
    final class Watch {
        private final String id;

        private Watch(String id) {
            this.id = id;
        }

        /** Its answer went out whole. */
        void sent() {
            put("sent", null);
        }

        /** Refused (before its first byte, the answer the page cannot see) or cut (after it), and why, as the studio says it. */
        void failed(String why) {
            put("failed", why);
        }

        /** Cancelled in the browser (it closed the connection): not a failure, and the browser's own download bar says it. */
        void cancelled() {
            put("cancelled", null);
        }

        private void put(String state, String why) {
            if (id == null) return;
            ObjectNode o = JSON.createObjectNode().put("state", state);
            if (why != null) o.put("error", why);
            synchronized (WatchedDownloads.this) {
                byId.put(id, o);
            }
        }
    }

    /** The watch of the download the page named {@code id} (null: none), running from now. */
    Watch watch(String id) {
        if (id != null) wellFormed(id);
        Watch w = new Watch(id);
        w.put("running", null);
        return w;
    }

    /**
     * How the download {@code id} went: {@code running}, {@code sent}, {@code failed} with its {@code error}, {@code cancelled}, or
     * {@code unknown} (its request has not come yet, or it is older than the last {@value #KEPT}). An id none could have (or none)
     * is refused as {@link #watch} refuses it: it was {@code unknown}, which a page would have asked about for a minute.
     */
    synchronized ObjectNode outcome(String id) {
        if (id == null) throw StudioException.bad("api/download asks how a download went: give its id, watch=<letters and digits (64 at most)>");
        ObjectNode o = byId.get(wellFormed(id));
        return o != null ? o.deepCopy() : JSON.createObjectNode().put("state", "unknown");
    }

    private static String wellFormed(String id) {
        if (!id.matches("[A-Za-z0-9]{1,64}")) throw StudioException.bad("watch is letters and digits (64 at most), not \"" + id + "\"");
        return id;
    }
}
