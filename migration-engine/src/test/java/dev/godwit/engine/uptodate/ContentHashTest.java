package dev.godwit.engine.uptodate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The up-to-date record's content hash: keyed, so a file made to match another is not taken for it. */
class ContentHashTest {

    @TempDir
    Path dir;

    private static byte[] resource(String name) throws Exception {
        try (var in = ContentHashTest.class.getResourceAsStream("/uptodate/" + name)) {
            return in.readAllBytes();
        }
    }

    /**
     * Two schema files of the same size, one naming a column email and the other emaik, made (in 3 s, by solving for the
     * checksums, which are linear) to share CRC-32 and Adler-32: the hash the record used at first took one for the other.
     */
    @Test
    void twoFilesMadeToShareCrcAndAdlerHashApart() throws Exception {
        byte[] a = resource("crc-adler-twin-a.yaml");
        byte[] b = resource("crc-adler-twin-b.yaml");
        assertEquals(a.length, b.length);
        assertTrue(new String(a).contains("email") && new String(b).contains("emaik"));
        CRC32 ca = new CRC32(), cb = new CRC32();
        ca.update(a);
        cb.update(b);
        Adler32 aa = new Adler32(), ab = new Adler32();
        aa.update(a);
        ab.update(b);
        assertEquals(ca.getValue(), cb.getValue(), "the fixture still collides for CRC-32");
        assertEquals(aa.getValue(), ab.getValue(), "and for Adler-32");
        ContentHash hash = new ContentHash(dir.resolve("godwit/content-hash.key"));
        assertNotEquals(hash.of(Files.write(dir.resolve("a.yaml"), a).toFile()), hash.of(Files.write(dir.resolve("b.yaml"), b).toFile()));
    }

    @Test
    void theSameContentHashesAlikeUnderOneKeyAndTheKeyIsKept() throws Exception {
        Path key = dir.resolve("godwit/content-hash.key");
        Path f = Files.writeString(dir.resolve("f"), "CREATE TABLE t (a);");
        Path g = Files.writeString(dir.resolve("g"), "CREATE TABLE t (a);");
        String h = new ContentHash(key).of(f.toFile());
        assertTrue(h.startsWith("p61:"), h);
        assertEquals(h, new ContentHash(key).of(g.toFile()), "another run reads the same key");
        assertTrue(Files.exists(key));
        assertNotEquals(h, new ContentHash(dir.resolve("other/content-hash.key")).of(f.toFile()), "another key, another hash");
    }

    @Test
    void aGarbledKeyFileIsReplaced() throws Exception {
        Path key = Files.createDirectories(dir.resolve("godwit")).resolve("content-hash.key");
        Files.writeString(key, "not hex");
        Path f = Files.writeString(dir.resolve("f"), "x");
        String h = new ContentHash(key).of(f.toFile());
        assertTrue(h.startsWith("p61:"), h);
        assertEquals(h, new ContentHash(key).of(f.toFile()));
        assertTrue(Files.readString(key).strip().matches("[0-9a-f]+"));
    }

    /** Every length's tail counts: trailing zero bytes, a byte more or less, a buffer's edge. */
    @Test
    void tailsAndLengthsTellFilesApart() throws Exception {
        ContentHash hash = new ContentHash(dir.resolve("k"));
        java.util.Set<String> seen = new java.util.HashSet<>();
        byte[] big = new byte[70_001];
        new SplittableRandom(7).nextBytes(big);
        for (byte[] content : new byte[][] {{}, {0}, {0, 0}, {0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0, 0}, {1}, {1, 0}, "abc".getBytes(), "abcd".getBytes(),
                java.util.Arrays.copyOf(big, 65_536), java.util.Arrays.copyOf(big, 65_537), big}) {
            Path f = Files.write(dir.resolve("f" + seen.size()), content);
            assertTrue(seen.add(hash.of(f.toFile())), "a distinct hash for " + content.length + " bytes");
        }
        byte[] flipped = big.clone();
        flipped[70_000] ^= 1;
        assertTrue(seen.add(hash.of(Files.write(dir.resolve("flipped"), flipped).toFile())), "the last byte of a file past one read");
    }

    @Test
    void multiplicationModuloTheMersennePrimeIsExact() {
        BigInteger p = BigInteger.ONE.shiftLeft(61).subtract(BigInteger.ONE);
        SplittableRandom r = new SplittableRandom(11);
        for (int i = 0; i < 100_000; i++) {
            long a = r.nextLong(p.longValue()), b = r.nextLong(p.longValue());
            assertEquals(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).mod(p).longValue(), ContentHash.times(a, b), a + " * " + b);
        }
        long top = p.longValue() - 1;
        assertEquals(1L, ContentHash.times(top, top), "(-1) * (-1)");
    }
}
