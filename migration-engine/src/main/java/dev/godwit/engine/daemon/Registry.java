package dev.godwit.engine.daemon;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * Where a daemon says how to reach it: {@code <dir>/<key>.properties} (port, token, pid), readable by its user only, since
 * the token is what lets a request in. The key names the daemon's Java and class path (each jar's path, size and time):
 * a new build of Godwit, or another JDK, is another daemon.
 */
final class Registry {

    /**
     * Where daemons listen and clients connect: 127.0.0.1 spelt out, not {@link InetAddress#getLoopbackAddress()}, which is ::1
     * in a JVM told to prefer IPv6 (MAVEN_OPTS), and the daemon's JVM is not told.
     */
    static final InetAddress LOOPBACK = loopback();

    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
        } catch (java.net.UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private final Path dir;
    private final String key;

    Registry(Path dir, String key) {
        this.dir = dir;
        this.key = key;
    }

    /** The key of a daemon running {@code javaHome}'s Java on {@code classPath}. */
    static String key(String javaHome, List<Path> classPath) {
        StringBuilder sb = new StringBuilder(Wire.MAGIC).append('\n').append(javaHome).append('\n');
        for (Path p : classPath) {
            sb.append(p.toAbsolutePath()).append('|');
            try {
                sb.append(Files.size(p)).append('|').append(Files.getLastModifiedTime(p).toMillis());
            } catch (IOException missing) {
                sb.append("missing");
            }
            sb.append('\n');
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        Adler32 adler = new Adler32();
        adler.update(bytes);
        return String.format("%08x%08x", crc.getValue(), adler.getValue());
    }

    Path dir() {
        return dir;
    }

    String key() {
        return key;
    }

    Path file() {
        return dir.resolve(key + ".properties");
    }

    Path lockFile() {
        return dir.resolve(key + ".lock");
    }

    /** Written by the client that launched a daemon (its pid), deleted by the daemon once it listens: a launch that never came up. */
    Path launchFile() {
        return dir.resolve(key + ".starting");
    }

    /**
     * Marks the launch of {@code pid}. Thrown where the folder cannot take it (the disk full): the daemon could write neither its log
     * nor its address there either, so it would die unseen, and each run would say it started one.
     */
    void writeLaunch(long pid) throws IOException {
        Files.writeString(launchFile(), Long.toString(pid));
    }

    /** The launch no daemon has answered yet: its pid and when, if any. */
    Optional<Launch> readLaunch() {
        try {
            String pid;
            try (InputStream in = Files.newInputStream(launchFile())) {
                pid = new String(in.readNBytes(32), java.nio.charset.StandardCharsets.US_ASCII);   // a pid's digits; not a whole device's
            }
            return Optional.of(new Launch(Long.parseLong(pid.strip()), Files.getLastModifiedTime(launchFile()).toMillis()));
        } catch (IOException | RuntimeException none) {
            return Optional.empty();
        }
    }

    void removeLaunch() {
        try {
            Files.deleteIfExists(launchFile());
        } catch (IOException ignored) {
            // the next run would warn of a daemon that did come up: harmless
        }
    }

    record Launch(long pid, long at) {
    }

    /** Where the daemon warms up ({@link DaemonWarmUp}): its own, as one daemon per key runs at a time. */
    Path warmUpDir() {
        return dir.resolve(key + ".warm-up");
    }

    Path logFile() {
        return dir.resolve(key + ".log");
    }

    /**
     * Whether a daemon holds this key's lock: one runs, is starting, or finishes its last requests. Probed by taking the
     * lock for a moment, which a daemon starting in that moment retries.
     */
    boolean lockHeld() {
        try (FileChannel channel = FileChannel.open(lockFile(), StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) return true;
            lock.release();
            return false;
        } catch (OverlappingFileLockException thisJvm) {
            return true;
        } catch (IOException noneEver) {
            return false;   // no lock file: no daemon ever started here
        }
    }

    /**
     * Deletes what daemons of other keys left here (lock file, log, warm-up folder) once unused for {@code unused}: each new
     * Godwit version, or build of one, is a new key, and its files would otherwise stay forever. A key whose daemon is
     * registered or holds its lock is kept, whatever its age.
     *
     * @return the keys deleted
     */
    List<String> sweepOthers(Duration unused) {
        List<String> swept = new ArrayList<>();
        long before = System.currentTimeMillis() - unused.toMillis();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path lock : files.filter(f -> f.getFileName().toString().matches("[0-9a-f]{16}\\.lock")).toList()) {
                Registry other = new Registry(dir, lock.getFileName().toString().substring(0, 16));
                // A daemon holds its lock from before it registers until after it unregisters: a registry file without the
                // lock held is a daemon killed outright (kill -9), whatever process has its pid now.
                if (other.key.equals(key) || other.lockHeld()) continue;
                Path log = other.logFile();
                long lastUsed = Math.max(Files.getLastModifiedTime(lock).toMillis(), Files.exists(log) ? Files.getLastModifiedTime(log).toMillis() : 0);
                if (lastUsed > before) continue;
                DaemonWarmUp.delete(other.warmUpDir());
                Files.deleteIfExists(other.file());
                Files.deleteIfExists(other.launchFile());
                Files.deleteIfExists(log);
                Files.deleteIfExists(lock);
                swept.add(other.key);
            }
        } catch (IOException e) {
            // a file taken meanwhile, or a folder not listable: swept next time
        }
        return swept;
    }

    /** The registries of {@code dir} that hold a registry file (a daemon runs, or was killed outright), by key; none without the folder. */
    static List<Registry> registeredIn(Path dir) {
        return withFile(dir, ".properties");
    }

    /** The registries of {@code dir} whose daemon was launched and has not said where it listens yet (or never came up). */
    static List<Registry> launchingIn(Path dir) {
        return withFile(dir, ".starting");
    }

    private static List<Registry> withFile(Path dir, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.length() == 16 + suffix.length() && n.endsWith(suffix)
                    && n.substring(0, 16).matches("[0-9a-f]{16}")).sorted().map(n -> new Registry(dir, n.substring(0, 16))).toList();
        } catch (IOException noFolder) {
            return List.of();
        }
    }

    /** The daemon's address, if one wrote it (it may have stopped since). */
    Optional<Entry> read() {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file())) {
            p.load(in);
            return Optional.of(new Entry(Integer.parseInt(p.getProperty("port")), p.getProperty("token"), Long.parseLong(p.getProperty("pid"))));
        } catch (IOException | RuntimeException absentOrTorn) {
            return Optional.empty();
        }
    }

    void write(Entry e) throws IOException {
        createDir();
        Path tmp = dir.resolve(key + ".properties." + e.pid() + ".tmp");
        Files.deleteIfExists(tmp);
        if (posix()) Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Properties p = new Properties();
        p.setProperty("port", Integer.toString(e.port()));
        p.setProperty("token", e.token());
        p.setProperty("pid", Long.toString(e.pid()));
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, "Godwit daemon: how to reach it (keep private: the token lets requests in)");
        } catch (IOException notWritten) {
            Files.deleteIfExists(tmp);   // the disk full: left, one such file was added at each run's start
            throw notWritten;
        }
        Files.move(tmp, file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Removes the address if it is still {@code e}'s (a daemon started after it may have written its own). */
    void removeIfOwn(Entry e) {
        if (read().filter(e::equals).isPresent()) {
            try {
                Files.deleteIfExists(file());
            } catch (IOException ignored) {
                // a stale address only makes the next client start a daemon
            }
        }
    }

    /**
     * Why the folder is no place for a daemon's files, or null: on POSIX, one owned by another user or that others may write
     * to, where they could hold the lock, plant a registry file a build would send its request to, or link the log elsewhere.
     */
    String notPrivate() {
        if (!posix() || !Files.isDirectory(dir)) return null;
        try {
            String owner = Files.getOwner(dir).getName();
            if (!owner.equals(System.getProperty("user.name"))) return dir + " belongs to " + owner + ", not to " + System.getProperty("user.name");
            var perms = Files.getPosixFilePermissions(dir);
            if (perms.contains(java.nio.file.attribute.PosixFilePermission.GROUP_WRITE) || perms.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_WRITE)) {
                return dir + " may be written by other users (" + PosixFilePermissions.toString(perms) + "; chmod go-w it)";
            }
            return null;
        } catch (IOException | UnsupportedOperationException e) {
            return null;   // not readable as POSIX: the checks above are all this adds
        }
    }

    void createDir() throws IOException {
        if (Files.isDirectory(dir)) return;
        if (posix()) Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        else Files.createDirectories(dir);
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    record Entry(int port, String token, long pid) {
    }
}
