package dev.godwit.engine.studio;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Console queries held for their export, by the SHA-256 of their text. An export link carries its query in the URL, which
 * Chromium does not follow past 2 MB (the click did nothing); the page sends such a query here first and its link carries
 * the digest instead. The last {@value #KEPT} are kept, least recently used dropped first: a query of a few MB each.
 */
final class HeldQueries {

    static final int KEPT = 4;

    private final Map<String, String> byDigest = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > KEPT;
        }
    };

    /** Holds the query and gives the digest its export link names it by. */
    synchronized String hold(String sql) {
        String digest = digest(sql);
        byDigest.put(digest, sql);
        return digest;
    }

    /** The query held under that digest; refused, saying what to do, where the studio no longer holds it. */
    synchronized String get(String digest) {
        String sql = byDigest.get(digest);
        if (sql == null) {
            throw new StudioException(404, "the studio no longer holds this export's query (it keeps the last " + KEPT
                    + " long queries sent for export, and a restart forgets them): click Export again in the console");
        }
        return sql;
    }

    private static String digest(String sql) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sql.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);   // every Java has SHA-256
        }
    }
}
