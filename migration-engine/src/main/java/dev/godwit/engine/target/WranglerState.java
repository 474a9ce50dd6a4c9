package dev.godwit.engine.target;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Where wrangler (miniflare) keeps a local D1 database:
 * {@code <persistTo>/v3/d1/miniflare-D1DatabaseObject/<hex>.sqlite}, where {@code hex} is workerd's
 * Durable Object id for the database's identity (preview_database_id, database_id or binding).
 */
public final class WranglerState {

    private WranglerState() {
    }

    public static Path d1DatabaseFile(Path persistTo, String identity) {
        return persistTo.resolve("v3").resolve("d1").resolve("miniflare-D1DatabaseObject").resolve(fileName(identity));
    }

    /**
     * workerd's Durable Object id for {@code idFromName(identity)} in the namespace whose unique key is
     * {@code miniflare-D1DatabaseObject} (workerd's actor-id-impl): with k = sha256 of that key, the first 16
     * bytes of HMAC-SHA256(k, identity) and the first 16 bytes of the HMAC of those, in hex. The local
     * SQLite file is named after it.
     */
    public static String fileName(String identity) {
        try {
            byte[] key = MessageDigest.getInstance("SHA-256").digest("miniflare-D1DatabaseObject".getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] first = Arrays.copyOf(mac.doFinal(identity.getBytes(StandardCharsets.UTF_8)), 16);
            byte[] second = Arrays.copyOf(mac.doFinal(first), 16);
            return HexFormat.of().formatHex(first) + HexFormat.of().formatHex(second) + ".sqlite";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this JVM", e);
        }
    }
}
