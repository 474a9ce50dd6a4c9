package dev.godwit.engine.folder;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The lock one goal holds on a migrations folder from reading it to writing it, so that a second goal (another terminal, a second
 * build in Godwit's daemon) waits and then reads what the first wrote, rather than diffing against the folder as it was before.
 * An operating-system lock on a file in {@code ~/.godwit/locks} named after the folder's real path (see {@link #file}): it is
 * released when its process ends, however it ends. The file says who holds it (goal, pid, since when) for the one waiting, and is
 * emptied on release, so that what a killed holder left is told apart. Taken again by the thread holding it, it nests.
 */
public final class FolderLock implements AutoCloseable {

    /** How long a goal waits for another's lock by default ({@code -Ddb.lockTimeout}). */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    /** The byte locked: past any holder text, so that a system whose locks are mandatory (Windows) still lets the text be read. */
    private static final long REGION = 1L << 40;
    /** How long a waiting goal sleeps between tries: short beside a goal's seconds, so it starts soon after the lock is let go. */
    private static final long RETRY_MILLIS = 50;
    /** The most of a lock file read: a holder line is well under it, and a file grown by something else is not read whole. */
    private static final int HOLDER_TEXT_MAX = 4096;
    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    /** The locks this JVM holds, by file: a second goal on another thread of the daemon waits as another process's would. */
    private static final Map<Path, FolderLock> HELD = new ConcurrentHashMap<>();
    /**
     * Held while this JVM opens or closes a lock file, takes its lock or lets it go: POSIX record locks belong to the process, so
     * a thread closing any descriptor of the file (a refused try, a read of who holds it) drops the lock another thread holds or is
     * just taking, and another process takes it while the daemon's build still believes it holds it. Under this monitor a file
     * is opened only while no thread here holds its lock, and a lock is in {@link #HELD} from the instant it is taken until after
     * its channel is closed. Only microseconds are spent under it; the waiting between tries is outside.
     */
    private static final Object OPENING = new Object();
    /**
     * A lock file's channel whose try met a lock this JVM holds other than through this class (a test's, standing in for another
     * process): kept open for the next try and read, under {@link #OPENING}, as closing it would drop that lock.
     */
    private static final Map<Path, FileChannel> PARKED = new HashMap<>();
    /**
     * For tests: run between taking the operating system's lock (and writing who holds it) and registering it in {@link #HELD},
     * under {@link #OPENING}.
     */
    static volatile Runnable afterOsLock;

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final Thread owner = Thread.currentThread();
    private int depth = 1;
    /** What this holder wrote in the file ({@code goal<TAB>pid<TAB>since}). */
    private volatile String holder = "";
    /** What the file said before this holder wrote it: a holder that ended without releasing it, or nothing. */
    private String left = "";

    private FolderLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the folder's lock for {@code goal}, waiting up to {@code timeout} for another goal holding it ({@code say} told once that
     * it waits); {@link Duration#ZERO} refuses at once. Where the lock file cannot be opened (another user's, a read-only home) the
     * goal goes on unlocked, as it did before there was a lock. Throws a {@link SnapshotException} naming the holder on time-out.
     */
    public static FolderLock take(MigrationsFolder folder, String goal, Duration timeout, Consumer<String> say) {
        Path file = file(folder.dir());
        FolderLock mine = HELD.get(file);
        if (mine != null && mine.owner == Thread.currentThread()) {
            mine.depth++;
            return mine;
        }
        // elapsed against the budget, saturated: -Ddb.lockTimeout=10000000000 overflows toNanos() and a nanoTime() + it deadline
        long start = System.nanoTime();
        long budget = timeout.compareTo(Duration.ofNanos(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : timeout.toNanos();
        boolean told = false;
        while (true) {
            FolderLock taken;
            try {
                taken = tryTake(file, goal);
            } catch (IOException | UnsupportedOperationException unlockable) {
                return new FolderLock(file, null, null);
            }
            if (taken != null) {
                if (!taken.left.isEmpty()) {
                    Holder gone = Holder.parse(taken.left);
                    if (gone != null && gone.pid() != ProcessHandle.current().pid() && !ProcessHandle.of(gone.pid()).map(ProcessHandle::isAlive).orElse(false)) {
                        say.accept("Took over the lock on " + folder.relative(folder.dir()) + " that " + gone + " left: that process ended without"
                                + " releasing it (the operating system did).");
                    }
                }
                return taken;
            }
            Holder held = Holder.parse(readQuietly(file));
            String holder = held == null ? "another goal (its file " + file + " names none)" : held.toString();
            if (System.nanoTime() - start >= budget) {
                String pid = held == null ? null : String.valueOf(held.pid());
                // held by another build of this same JVM (Godwit's daemon): killing it would end every build the daemon runs
                boolean ownProcess = held != null && held.pid() == ProcessHandle.current().pid();
                throw new SnapshotException((timeout.isZero() ? "The lock on " + folder.relative(folder.dir()) + " is held by " + holder
                        + ", and -Ddb.lockTimeout=0 does not wait for it" : "Waited " + timeout.toSeconds() + " s for the lock on "
                        + folder.relative(folder.dir()) + ", held by " + holder + " all that time") + ": another goal is changing the folder,"
                        + " so " + goal + " did nothing. Run " + goal + " again when it is done, or let it wait longer (-Ddb.lockTimeout=SECONDS)."
                        + " A lock is released when the process holding it ends, so a killed goal leaves none"
                        + (pid == null ? "" : ownProcess ? "; process " + pid + " is Godwit's daemon running another build: if that build hangs,"
                                + " mvn db:stop-daemon ends it (and every other build the daemon runs), and the next goal takes the lock over"
                                : "; if process " + pid + " hangs, end it (kill " + pid + ") and the next goal takes the lock over") + ".");
            }
            if (!told) {
                say.accept("Waiting for the lock on " + folder.relative(folder.dir()) + ", held by " + holder + " (up to " + timeout.toSeconds()
                        + " s; -Ddb.lockTimeout=SECONDS) ...");
                told = true;
            }
            try {
                Thread.sleep(RETRY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SnapshotException(goal + " was interrupted while waiting for the lock on " + folder.relative(folder.dir())
                        + "; nothing was changed.", e);
            }
        }
    }

    /** The lock if no one holds it, else null (another goal is changing the folder right now); unlocked where it cannot be opened. */
    static FolderLock takeIfFree(MigrationsFolder folder, String goal) {
        Path file = file(folder.dir());
        FolderLock mine = HELD.get(file);
        if (mine != null) {
            if (mine.owner != Thread.currentThread()) return null;
            mine.depth++;
            return mine;
        }
        try {
            return tryTake(file, goal);
        } catch (IOException | UnsupportedOperationException unlockable) {
            return new FolderLock(file, null, null);
        }
    }

    /**
     * The lock, its file naming {@code goal} as holder, or null where another holds it. The name is written at once, before the
     * monitor is let go: written after, a goal refused in that instant found the file empty and said "its file ... names none"
     * (a goal of this JVM always can see it now; another process only in the microseconds of the write itself).
     */
    private static FolderLock tryTake(Path file, String goal) throws IOException {
        synchronized (OPENING) {
            if (HELD.containsKey(file)) return null;
            FileChannel channel = PARKED.remove(file);
            if (channel == null) channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock(REGION, 1, false);
            } catch (OverlappingFileLockException heldHere) {
                PARKED.put(file, channel);
                return null;
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            if (lock == null) {
                channel.close();   // another process holds it: no thread here does, so this drops nothing of ours
                return null;
            }
            FolderLock taken = new FolderLock(file, channel, lock);
            taken.left = taken.holderText();
            taken.writeHolder(goal);
            Runnable hook = afterOsLock;
            if (hook != null) hook.run();
            HELD.put(file, taken);
            return taken;
        }
    }

    /**
     * What the file said before this holder: read through its own channel, as closing any other descriptor of the file would
     * release this process's lock on it (POSIX record locks belong to the process, not the descriptor).
     */
    private String holderText() {
        return read(channel);
    }

    private static String read(FileChannel channel) {
        try {
            ByteBuffer b = ByteBuffer.allocate((int) Math.min(HOLDER_TEXT_MAX, channel.size()));
            channel.read(b, 0);
            return new String(b.array(), 0, b.position(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return "";
        }
    }

    private void writeHolder(String goal) {
        holder = goal + "\t" + ProcessHandle.current().pid() + "\t" + System.currentTimeMillis();
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((holder + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        } catch (IOException ignored) {
            // the lock holds all the same; a waiting goal names no holder
        }
    }

    /**
     * Who holds it: another thread of this JVM as it said (opening the file here would release that thread's lock), else the file,
     * read through its {@link #PARKED} channel where there is one (for the same reason), else opened.
     */
    private static String readQuietly(Path file) {
        synchronized (OPENING) {
            FolderLock here = HELD.get(file);
            if (here != null) return here.holder;
            FileChannel parked = PARKED.get(file);
            if (parked != null) return read(parked);
            try {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            } catch (IOException e) {
                return "";
            }
        }
    }

    /** Who holds the lock, as its file says; shown as {@code db:generate (pid 4242, since 2026-12-07 06:31:02)}. */
    private record Holder(String goal, long pid, long since) {
        static Holder parse(String text) {
            String[] f = text.trim().split("\t");
            if (f.length != 3) return null;
            try {
                return new Holder(f[0], Long.parseLong(f[1]), Long.parseLong(f[2]));
            } catch (NumberFormatException e) {
                return null;
            }
        }

        @Override
        public String toString() {
            return goal + " (pid " + pid + ", since " + SINCE.format(Instant.ofEpochMilli(since)) + ")";
        }
    }

    /** Released, its file emptied first: text left there afterwards is a holder that ended without releasing it. */
    @Override
    public void close() {
        if (channel == null || --depth > 0) return;
        synchronized (OPENING) {
            try {
                channel.truncate(0);
            } catch (IOException ignored) {
                // the next holder overwrites it
            }
            try {
                channel.close();   // releases the lock
            } catch (IOException ignored) {
                // Released when the process ends anyway.
            }
            HELD.remove(file, this);   // only now: until the channel is closed, no thread here may open the file
        }
    }

    /**
     * Named after the folder's real path: reached through a symlink it is the same folder, and the same lock. A folder not made
     * yet (a first db:generate) is named by its nearest existing parent's real path, as it will be once it is made.
     */
    static Path file(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing.getParent() != null && !Files.exists(existing)) existing = existing.getParent();
        Path real = abs;
        try {
            real = existing.toRealPath().resolve(existing.relativize(abs));
        } catch (IOException e) {
            // unreadable: by the path as given
        }
        return locksFolder().resolve("godwit-folder-" + String.format("%016x", fnv1a64(real.toString())) + ".lock");
    }

    /**
     * FNV-1a, 64 bits, of the path's UTF-8 bytes: a name, not a checksum, so no MessageDigest (whose provider a fresh JVM loads
     * in milliseconds) for a db:generate that ends up writing nothing; two folders sharing a name only wait for each other.
     */
    private static long fnv1a64(String path) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        return hash;
    }

    /**
     * {@code ~/.godwit/locks}, beside Godwit's daemon folder: the JVM that writes a change (Godwit's daemon, for db:generate) and
     * the one that finishes a stopped change (Maven's) must find the same lock, and a build's {@code -Djava.io.tmpdir}
     * (MAVEN_OPTS in CI) is not passed to the daemon. The temp folder only where the home folder cannot be written, or the JVM
     * found none.
     */
    private static Path locksFolder() {
        try {
            // "?" where the JVM found no home (a uid without a passwd entry), "" where set empty: relative paths, which would put
            // the locks in the working directory (the project, in git status), each build's its own
            Path home = Path.of(System.getProperty("user.home", ""));
            if (home.isAbsolute()) {
                Path locks = Files.createDirectories(home.resolve(".godwit").resolve("locks"));
                if (Files.isWritable(locks)) return locks;
            }
        } catch (IOException | RuntimeException unwritable) {
            // a read-only or missing home (a container's): the temp folder
        }
        return Path.of(System.getProperty("java.io.tmpdir"));
    }
}
