package dev.godwit.engine.golden;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * What the test JVMs of one surefire run would each work out alike, worked out by the first that asks and read by the others
 * ({@code -Dgodwit.test.shared=DIR}, a folder per run that the poms name under {@code target/}). Surefire hands the classes to
 * its forks as they come free, so classes that share a result within a JVM (GeneratedCases, DrizzleKitCutsVerified) met in
 * both forks, and each fork worked it all out again. The JVM working a key out holds a lock on the key's file in DIR meanwhile;
 * one asking then waits on the lock and reads what was left. Without the property (a run from an IDE), or where DIR cannot be
 * used, each JVM works everything out itself, as before.
 */
final class RunShared {

    /** Writes a result for {@link #once}. */
    interface Writer<T> {
        void write(T value, DataOutputStream out) throws IOException;
    }

    /** Reads what a {@link Writer} wrote. */
    interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    /** Works a result out. */
    interface Maker<T> {
        T make() throws IOException;
    }

    /** This run's folder, or null. */
    static final Path DIR = dir();

    private RunShared() {
    }

    /** The result for {@code key} (a file name): read where another JVM of the run left it, else made here and left for the others. */
    static <T> T once(String key, Maker<T> make, Writer<T> writer, Reader<T> reader) throws IOException {
        if (DIR == null) return make.make();
        Path done = DIR.resolve(key + ".done");
        try {
            Files.createDirectories(DIR);
        } catch (IOException unusable) {
            return make.make();
        }
        try (FileChannel channel = FileChannel.open(DIR.resolve(key + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            if (Files.isRegularFile(done)) {
                try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(done)))) {
                    return reader.read(in);
                }
            }
            T made = make.make();
            Path partial = DIR.resolve(key + ".part" + ProcessHandle.current().pid());
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)))) {
                writer.write(made, out);
            }
            Files.move(partial, done, StandardCopyOption.ATOMIC_MOVE);
            return made;
        }
    }

    static void bytes(DataOutputStream out, byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }

    static byte[] bytes(DataInputStream in) throws IOException {
        return in.readNBytes(in.readInt());
    }

    static void text(DataOutputStream out, String s) throws IOException {
        bytes(out, s.getBytes(StandardCharsets.UTF_8));
    }

    static String text(DataInputStream in) throws IOException {
        return new String(bytes(in), StandardCharsets.UTF_8);
    }

    private static Path dir() {
        String dir = System.getProperty("godwit.test.shared", "");
        if (dir.isBlank()) return null;
        Path shared = Path.of(dir).toAbsolutePath();
        removeOldRuns(shared);
        return shared;
    }

    /** Earlier runs' folders beside this run's (about 10 MB each), once nothing has been written to them for an hour. */
    private static void removeOldRuns(Path shared) {
        Path runs = shared.getParent();
        if (runs == null || !Files.isDirectory(runs)) return;
        FileTime hourAgo = FileTime.from(Instant.now().minusSeconds(3600));
        try (Stream<Path> s = Files.list(runs)) {
            for (Path run : s.filter(p -> !p.equals(shared)).toList()) {
                if (Files.getLastModifiedTime(run).compareTo(hourAgo) > 0) continue;
                try (Stream<Path> files = Files.walk(run)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
                }
            }
        } catch (IOException | UncheckedIOException leftThere) {
            // a folder of an earlier run stays; nothing this run reads
        }
    }
}
