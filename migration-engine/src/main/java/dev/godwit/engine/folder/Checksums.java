package dev.godwit.engine.folder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Migration checksums. The stored value is drizzle-orm's: sha256 of the file text. A file is still
 * the same when only its line endings changed (a Windows checkout), so comparisons accept that.
 */
public final class Checksums {

    private Checksums() {
    }

    public static String sha256Hex(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** A stored hash as {@link #sha256Hex} spells them. */
    public static String normalized(String storedHash) {
        return storedHash == null ? null : storedHash.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
