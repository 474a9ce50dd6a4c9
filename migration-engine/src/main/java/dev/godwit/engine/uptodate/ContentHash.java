package dev.godwit.engine.uptodate;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;

/**
 * A file's content hash for the up-to-date record: a polynomial over the file's 32-bit words evaluated at a secret random point
 * modulo 2^61 − 1, the point kept in a key file beside the records (never in the repository). Two different files of the same
 * length collide for at most (words / 2^61) of the points, so a file made to match the one that was checked would have to be
 * made knowing the key: a CRC or Adler checksum, being linear, is matched in seconds by solving for it (a same-size schema
 * file pulled in by git was taken for the one checked). Plain arithmetic, so a fresh JVM hashes as fast as with CRC-32 and
 * Adler-32 (its loop is compiled after a few thousand words), where SHA-256 costs it several times as much.
 */
final class ContentHash {

    private static final long P = (1L << 61) - 1;

    private final Path keyFile;
    private final Unwritten unwritten;
    private volatile long key;   // 0: not read yet; -1: cannot be made (said once, not tried again for every file)

    /** Hashes keyed by the key in {@code keyFile}, read (or made, where there is none) at the first hash. */
    ContentHash(Path keyFile) {
        this(keyFile, new Unwritten(dev.godwit.engine.EngineLog.SILENT));
    }

    /** As {@link #ContentHash(Path)}, saying in {@code unwritten} where the key cannot be written. */
    ContentHash(Path keyFile, Unwritten unwritten) {
        this.keyFile = keyFile;
        this.unwritten = unwritten;
    }

    /**
     * The file's hash, or a marker that matches no hash for anything but a readable regular file (a pipe would block, a device
     * never end).
     */
    String of(File f) {
        if (!f.isFile()) return "not a file " + Instant.now();
        long k = key();
        if (k <= 0) return "no key " + Instant.now();   // cannot be kept: nothing compares equal, so a full check
        try (InputStream in = new java.io.FileInputStream(f)) {
            byte[] buffer = new byte[(int) Math.max(4, Math.min(f.length() + 4, 65536)) & ~3];   // whole words; a class file needs no 64 KB zeroed
            long h = 0;
            long length = 0;
            int carry = 0;   // bytes of a word left over from the last read
            for (int n; (n = in.read(buffer, carry, buffer.length - carry)) > 0; ) {
                int end = carry + n;
                length += n;
                int words = end & ~3;
                for (int i = 0; i < words; i += 4) {
                    long w = (buffer[i] & 0xFFL) | (buffer[i + 1] & 0xFFL) << 8 | (buffer[i + 2] & 0xFFL) << 16 | (buffer[i + 3] & 0xFFL) << 24;
                    h = add(times(h, k), w);
                }
                carry = end - words;
                System.arraycopy(buffer, words, buffer, 0, carry);
            }
            long last = 1;   // the tail's bytes after a 1, so a tail of zeros differs from none
            for (int i = carry - 1; i >= 0; i--) last = last << 8 | (buffer[i] & 0xFFL);
            h = add(times(h, k), last);
            h = add(times(h, k), length & 0xFFFFFFFFL);
            return "p61:" + Long.toHexString(h) + ":" + length;
        } catch (IOException | RuntimeException e) {
            return "unreadable " + Instant.now();
        }
    }

    /** a · b mod 2^61 − 1, for a, b below it. */
    static long times(long a, long b) {
        long lo = a * b;
        long hi = Math.multiplyHigh(a, b);
        long r = (lo & P) + ((lo >>> 61) | (hi << 3));
        r = (r & P) + (r >>> 61);
        return r >= P ? r - P : r;
    }

    /** a + w mod 2^61 − 1, for a below it and w below 2^40. */
    private static long add(long a, long w) {
        long r = a + w;
        return r >= P ? r - P : r;
    }

    /**
     * The key: read from the key file, or a new random one written there (with a file another run wrote first, that one); -1 where
     * none can be made. Made once, as two threads may hash at once (the hashing ahead, a folder looked at again).
     */
    private synchronized long key() {
        if (key != 0) return key;
        long k = read();
        if (k == 0) {
            long made = 1 + Math.floorMod(new java.security.SecureRandom().nextLong(), P - 1);
            try {
                Files.createDirectories(keyFile.getParent());
                Path tmp = Files.createTempFile(keyFile.getParent(), keyFile.getFileName().toString(), ".tmp");
                Files.writeString(tmp, Long.toHexString(made) + "\n", StandardCharsets.US_ASCII);
                try {
                    Files.move(tmp, keyFile);   // no key there: this one, whole
                    k = made;
                } catch (FileAlreadyExistsException e) {
                    k = read();   // another run's, just made
                    if (k == 0) {   // a garbled one (a run killed while writing, before keys were written whole): replaced
                        Files.move(tmp, keyFile, StandardCopyOption.REPLACE_EXISTING);
                        k = made;
                    }
                } finally {
                    Files.deleteIfExists(tmp);
                }
            } catch (IOException e) {
                unwritten.say("the key of the up-to-date record's content hashes,", keyFile, e, "no file's content can be hashed without it, so a"
                        + " file just written, or rewritten with the same content (a recompile, a git checkout), counts as changed and the check"
                        + " runs in full.");
                k = -1;
            }
        }
        key = k;
        return k;
    }

    private long read() {
        try {
            long k = Long.parseUnsignedLong(Files.readString(keyFile, StandardCharsets.US_ASCII).strip(), 16);
            return k > 0 && k < P ? k : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
