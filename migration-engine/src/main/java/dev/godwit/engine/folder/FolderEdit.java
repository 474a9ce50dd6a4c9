package dev.godwit.engine.folder;

import dev.godwit.engine.EngineLog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A set of file writes and deletions in a migrations folder that happen together or not at all, also when the process is
 * killed between two files. As git and a database's redo log do it: every new file is first written beside its target under
 * a staged name ({@code _<name>.godwit-new}), then a record of the whole change ({@link #RECORD}) is put in place in one
 * rename (the point after which the change counts as made), then the staged files are renamed over their targets and the
 * deletions made, then the record goes. A goal that finds the record finishes the change ({@link #finishInterrupted}); one
 * that finds staged files without it removes them (the change never counted). Used by every goal that writes the folder
 * (generate, drop, rebase, up, repair; pull, through generate, and taking its baseline back). The schema sources db:pull writes
 * outside the folder are a change of their own, in their package's folder: the record lives in the folder it changes and names
 * paths inside it only (a path outside is refused when read back, so a record from elsewhere cannot delete a file); the goals
 * that read the migrations folder finish its changes, the next db:pull those of the sources.
 */
public final class FolderEdit {

    /** The record of a change being made, in the folder itself: a goal that finds it finishes the change. */
    public static final String RECORD = ".godwit-edit-in-progress";
    private static final String STAGED = ".godwit-new";

    private final MigrationsFolder folder;
    private final String goal;
    /** What the change takes back of the goal's own ({@code its baseline}), or null: a change the goal makes. */
    private final String takesBack;
    /** Path to new content, or null to delete it; in the order given. */
    private final Map<Path, byte[]> changes = new LinkedHashMap<>();
    /** The files' contents before {@link #commit()} (null: did not exist), for {@link #rollback()}. */
    private final Map<Path, byte[]> originals = new LinkedHashMap<>();

    /** @param goal the goal making the change ({@code db:drop}), named in the record and in messages */
    public FolderEdit(MigrationsFolder folder, String goal) {
        this(folder, goal, null);
    }

    private FolderEdit(MigrationsFolder folder, String goal, String takesBack) {
        this.folder = folder;
        this.goal = goal;
        this.takesBack = takesBack;
    }

    /**
     * A change that takes back what {@code goal} wrote ({@code what}: "its baseline") after a later step failed. Finished after a
     * stop, it is told as such: the folder is as before the goal (it was "as db:pull (taking the baseline back) left it when it
     * succeeds").
     */
    public static FolderEdit takingBack(MigrationsFolder folder, String goal, String what) {
        return new FolderEdit(folder, goal, what);
    }

    public FolderEdit write(Path file, String content) {
        changes.put(file.toAbsolutePath().normalize(), content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public FolderEdit delete(Path file) {
        changes.put(file.toAbsolutePath().normalize(), null);
        return this;
    }

    /** This edit followed by {@code later}, as one: where both touch a file, {@code later}'s change is the one made. */
    public FolderEdit andThen(FolderEdit later) {
        FolderEdit both = new FolderEdit(folder, goal, takesBack);
        both.changes.putAll(changes);
        later.changes.forEach((p, c) -> {
            both.changes.remove(p);
            both.changes.put(p, c);
        });
        return both;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The files to be written, in order. */
    public List<Path> written() {
        return changes.entrySet().stream().filter(e -> e.getValue() != null).map(Map.Entry::getKey).toList();
    }

    /** The files to be deleted, in order. */
    public List<Path> deleted() {
        return changes.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey).toList();
    }

    /**
     * Applies every change as one: on any failure, and when a path cannot be written (a read-only folder or file, a file where a
     * folder must be), the folder is left as it was and the exception names the path.
     */
    public void commit() {
        // nested in the goal's own lock, taken before it read the folder (every goal that writes it); else waited for here
        try (FolderLock held = FolderLock.take(folder, goal, FolderLock.DEFAULT_TIMEOUT, message -> { })) {
            commitHeld();
        }
    }

    private void commitHeld() {
        if (Files.exists(record())) {
            // the goal read a folder another one left mid-change: what it planned may rest on half of that change
            String finished = finishInterrupted(folder);
            throw new SnapshotException(finished + " Nothing of this " + goal + " was written, since it had read the folder before that: run it"
                    + " again.");
        }
        checkWritable();
        originals.clear();
        for (Path p : changes.keySet()) {
            try {
                originals.put(p, Files.exists(p) ? Files.readAllBytes(p) : null);
            } catch (IOException e) {
                throw new SnapshotException("cannot read " + folder.relative(p) + ": " + e.getMessage() + "; nothing was changed", e);
            }
        }
        // 1. every new file beside its target, under its staged name
        List<Path> staged = new ArrayList<>();
        Path current = null;
        try {
            for (Map.Entry<Path, byte[]> c : changes.entrySet()) {
                if (c.getValue() == null) continue;
                current = c.getKey();
                Files.createDirectories(current.getParent());
                Path s = staged(current);
                staged.add(s);
                Files.write(s, c.getValue());
                step();
            }
            current = record();
            Path tmp = record().resolveSibling(RECORD + STAGED);
            staged.add(tmp);
            Files.write(tmp, recordText().getBytes(StandardCharsets.UTF_8));
            // every staged file, the record's, and their entries in meta/ and meta/_sums/ on the disk before the record's rename
            // (drizzle/'s entries are synced after it, with it): after a power cut the rename may have reached the disk while a
            // staged file's bytes had not, and finishing the change would have put an empty file in place
            current = folder.dir();
            forceAll(staged, staged.stream().map(Path::getParent).distinct().filter(d -> !d.equals(folder.dir())).toList());
            // 2. the record, in one rename: from here on the change counts as made
            move(tmp, record());
            syncFolder(folder.dir());
            step();
        } catch (IOException | RuntimeException e) {
            for (Path s : staged) deleteQuietly(s);
            // the room is read once the staged files are gone: what the disk has without this change
            String why = e instanceof IOException io && DiskFull.is(io)
                    ? DiskFull.hint(folder.dir(), folder.relative(folder.dir()), bytesWritten(), "run " + goal + " again")
                    : e.getMessage();
            throw new SnapshotException("could not write " + folder.relative(current) + ": " + why + ". Nothing was changed in "
                    + folder.relative(folder.dir()) + ".", e);
        }
        // 3. the staged files over their targets, and the deletions; 4. the record goes
        List<Path> done = new ArrayList<>();
        try {
            for (Map.Entry<Path, byte[]> c : changes.entrySet()) {
                current = c.getKey();
                if (c.getValue() == null) Files.deleteIfExists(current);
                else move(staged(current), current);
                done.add(current);
                step();
            }
            current = folder.dir();
            syncTouchedFolders(changes.keySet());
            current = record();
            Files.delete(record());
            step();
        } catch (IOException | RuntimeException e) {
            for (Path p : done) restore(p, originals.get(p));
            for (Path p : changes.keySet()) deleteQuietly(staged(p));
            deleteQuietly(record());
            throw new SnapshotException("could not change " + folder.relative(current) + ": " + e.getMessage() + "; the folder "
                    + folder.relative(folder.dir()) + " was left as it was", e);
        }
    }

    /** The bytes of every file this change writes: what staging it needs free on the disk. */
    private long bytesWritten() {
        return changes.values().stream().filter(Objects::nonNull).mapToLong(b -> b.length).sum();
    }

    /** Puts every file back as it was before {@link #commit()}, as one change: when a later step (a database write) fails. */
    public void rollback() {
        FolderEdit back = takingBack(folder, goal, "what it wrote");
        back.changes.putAll(originals);
        try {
            back.commit();
        } catch (RuntimeException ignored) {
            // Best effort: the original failure is what gets reported.
        }
    }

    /**
     * Before anything is written: each path must be writable, so that a read-only folder fails here, naming it, rather than
     * part way through (the staging would also fail, but with the operating system's words alone).
     */
    private void checkWritable() {
        for (Path p : changes.keySet()) {
            Path existing = p.getParent();
            while (existing != null && !Files.exists(existing)) existing = existing.getParent();
            String problem = null;
            if (existing != null && !Files.isDirectory(existing)) {
                problem = folder.relative(existing) + " is a file, not a folder. Move it aside (or delete it)";
            } else if (existing != null && !Files.isWritable(existing)) {
                problem = "the folder " + folder.relative(existing) + " is read-only. Make it writable (chmod u+w " + folder.relative(existing)
                        + "; a checkout on a read-only mount or volume: run the goal in a writable copy)";
            } else if (Files.isDirectory(p)) {
                problem = folder.relative(p) + " is a folder, not a file. Move it aside";
            } else if (Files.exists(p) && !Files.isWritable(p)) {
                problem = folder.relative(p) + " is read-only. Make it writable (chmod u+w " + folder.relative(p) + ")";
            }
            if (problem != null) {
                throw new SnapshotException(goal + " cannot " + (changes.get(p) == null ? "delete " : "write ") + folder.relative(p) + ": " + problem
                        + ", then run " + goal + " again. Nothing was changed in " + folder.relative(folder.dir()) + ".");
            }
        }
    }

    private String recordText() {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(goal).append(takesBack == null ? "" : ", taking back " + takesBack + ",").append(" was changing these files of ").append(folder.relative(folder.dir()))
                .append(" together and stopped before it finished. Any Godwit goal finishes the change; do not edit this file.\n");
        // the goal, then what it takes back after a tab: a Godwit that knows no such field reads both as the goal's name
        b.append("by\t").append(goal).append(takesBack == null ? "" : "\ttaking back " + takesBack).append('\n');
        for (Map.Entry<Path, byte[]> c : changes.entrySet()) {
            b.append(c.getValue() == null ? "delete\t" : "write\t").append(inFolder(folder, c.getKey())).append('\n');
        }
        return b.toString();
    }

    /**
     * Finishes a change a goal was making when it was stopped (killed, Ctrl-C, the machine went down): with its record in place,
     * puts the rest of its staged files in place and makes the rest of its deletions; without, removes the staged files it
     * left (the change had not begun). Says what it did; nothing when there was nothing to do.
     */
    public static void finishInterrupted(MigrationsFolder folder, EngineLog log) {
        // Nothing left by a stopped goal (every run but the one after a stop): nothing to do, so no lock, whose file a run that
        // changes nothing need not make or open.
        if (!Files.exists(folder.dir().resolve(RECORD)) && stagedFiles(folder).isEmpty()) return;
        String done;
        try (FolderLock held = FolderLock.takeIfFree(folder, "finishing a stopped change")) {
            if (held == null) return;   // another goal is changing the folder right now: what is staged is its, not a stopped one's
            done = Files.exists(folder.dir().resolve(RECORD)) ? finishInterrupted(folder) : removeStaged(folder);
        }
        if (done != null) log.warn(done);
    }

    /** Rolls the recorded change forward; returns what it did, for the user. */
    private static String finishInterrupted(MigrationsFolder folder) {
        Path record = folder.dir().resolve(RECORD);
        Recorded recorded = Recorded.read(folder, record);
        requireUnchangedSince(folder, record, recorded);
        List<String> wrote = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        try {
            for (Map.Entry<Path, Boolean> c : recorded.changes().entrySet()) {
                Path p = c.getKey();
                if (c.getValue()) {
                    Path s = staged(p);
                    if (Files.exists(s)) {   // gone: put in place before a stop while finishing
                        move(s, p);
                        wrote.add(folder.relative(p));
                    }
                } else if (Files.deleteIfExists(p)) {
                    removed.add(folder.relative(p));
                }
            }
            syncTouchedFolders(recorded.changes().keySet());
            Files.delete(record);
        } catch (IOException e) {
            throw new SnapshotException(folder.relative(record) + " records a change of " + folder.relative(folder.dir()) + " that a goal was"
                    + " making when it stopped, and it could not be finished: " + e.getMessage() + ". Make the folder writable and run the goal"
                    + " again, which finishes it; or put the folder back from version control (git checkout -- " + folder.relative(folder.dir())
                    + ") and delete " + folder.relative(record) + " and the _*" + STAGED + " files.", e);
        }
        removeStaged(folder);
        String goal = recorded.name();
        String back = recorded.takesBack();
        return folder.relative(folder.dir()) + " was left mid-change by " + goal + (back == null ? "," : ", " + back + " after it failed,")
                + " stopped after it had written the whole change aside and before it had put all of it in place. The change is finished now,"
                + " so the folder is " + (back == null ? "as " + goal + " left it when it succeeds" : "as it was before " + goal)
                + (wrote.isEmpty() ? "" : ": wrote " + String.join(", ", wrote)) + (removed.isEmpty() ? "" : (wrote.isEmpty() ? ": " : "; ")
                + "removed " + String.join(", ", removed)) + ". Review it (git status " + folder.relative(folder.dir()) + ").";
    }

    /**
     * A change as its record lists it: the goal's name ({@code db:pull}); what it was taking back ("taking back its baseline"),
     * or null where the change was the goal's own; and each file with true to put its staged copy in place, false to delete it.
     * Read whole before anything is done, since a record Godwit did not write (edited by hand, another tool's, committed and
     * checked out elsewhere) must not be acted on: a path outside the folder would be deleted, lines skipped would leave a mix.
     */
    private record Recorded(String name, String takesBack, Map<Path, Boolean> changes) {

        static Recorded read(MigrationsFolder folder, Path record) {
            List<String> lines;
            try {
                lines = Files.readAllLines(record, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw notARecord(folder, "it cannot be read: " + e.getMessage());
            }
            String goal = null;
            Map<Path, Boolean> changes = new LinkedHashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] f = line.split("\t", 2);
                if (f.length == 2 && f[0].equals("by") && goal == null) {
                    goal = f[1];
                    continue;
                }
                if (f.length < 2 || !(f[0].equals("write") || f[0].equals("delete"))) {
                    throw notARecord(folder, "line " + (i + 1) + " is not a write or a delete");
                }
                Path p = folder.dir().resolve(f[1]).normalize();
                if (Path.of(f[1]).isAbsolute() || !p.startsWith(folder.dir()) || p.equals(folder.dir())) {
                    throw notARecord(folder, "line " + (i + 1) + " names " + f[1] + ", outside " + folder.relative(folder.dir()));
                }
                changes.put(p, f[0].equals("write"));
            }
            if (goal == null) throw notARecord(folder, "it names no goal");
            if (changes.isEmpty()) throw notARecord(folder, "it names no file");
            String[] by = goal.split("\t", 2);
            return new Recorded(by[0], by.length == 2 ? by[1] : null, changes);
        }

        private static SnapshotException notARecord(MigrationsFolder folder, String why) {
            return new SnapshotException(folder.relative(folder.dir().resolve(RECORD)) + " is not a record of a change Godwit was making (" + why
                    + "), so it was not acted on; nothing was changed. Put the folder back from version control (git checkout -- "
                    + folder.relative(folder.dir()) + "), delete " + String.join(" and ", withStaged(folder)) + ", then run the goal again.");
        }
    }

    /**
     * A file the change still has to replace or delete that was written after the record (the journal fixed by hand, the folder
     * put back with git checkout) is not overwritten: the choice is the user's, and {@code touch} on the record makes it.
     */
    private static void requireUnchangedSince(MigrationsFolder folder, Path record, Recorded recorded) {
        try {
            java.nio.file.attribute.FileTime at = Files.getLastModifiedTime(record);
            for (Map.Entry<Path, Boolean> c : recorded.changes().entrySet()) {
                Path p = c.getKey();
                boolean pending = c.getValue() ? Files.exists(staged(p)) : Files.exists(p);
                if (pending && Files.exists(p) && Files.getLastModifiedTime(p).compareTo(at) > 0) {
                    String dir = folder.relative(folder.dir());
                    throw new SnapshotException(dir + " was left mid-change by " + recorded.name() + " (" + folder.relative(record) + " records it),"
                            + " and " + folder.relative(p) + " was changed after it stopped: finishing the change would overwrite that, so nothing"
                            + " was changed. To keep the folder as it is now, delete " + String.join(" and ", withStaged(folder)) + ", then check"
                            + " it (mvn db:verify); to finish " + recorded.name() + "'s change over it, run touch " + folder.relative(record)
                            + " and the goal again.");
                }
            }
        } catch (IOException e) {
            // the finish that follows meets the same problem and says what it is
        }
    }

    /** The record and the staged files, as a user deletes them by hand. */
    private static List<String> withStaged(MigrationsFolder folder) {
        List<String> out = new ArrayList<>();
        out.add(folder.relative(folder.dir().resolve(RECORD)));
        for (Path p : stagedFiles(folder)) out.add(folder.relative(p));
        return out;
    }

    /** Staged files left in the folder (a goal stopped), in name order; none when it cannot be listed. */
    private static List<Path> stagedFiles(MigrationsFolder folder) {
        if (!Files.isDirectory(folder.dir())) return List.of();
        try (Stream<Path> s = Files.walk(folder.dir(), 3)) {
            return s.filter(p -> p.getFileName().toString().endsWith(STAGED) && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            return List.of();   // the goal reads the folder next and says what is wrong with it
        }
    }

    /** Removes staged files no record lists (a goal stopped before its change counted); returns what it did, or null. */
    private static String removeStaged(MigrationsFolder folder) {
        List<Path> left = stagedFiles(folder);
        if (left.isEmpty()) return null;
        List<String> names = new ArrayList<>();
        for (Path p : left) {
            deleteQuietly(p);
            names.add(folder.relative(p));
        }
        // the goal may have changed the folder before this change (db:pull's baseline, which it was taking back): that stays
        return "Removed " + String.join(", ", names) + ": files a goal writing " + folder.relative(folder.dir()) + " had written aside for a"
                + " change when it was stopped, before that change began. Nothing of it was made, so the folder is as it was before that change;"
                + " an earlier change of the same goal stays (db:pull's baseline, where it was taking it back after a later step failed). Review"
                + " it (git status " + folder.relative(folder.dir()) + "), then run the goal again.";
    }

    private Path record() {
        return folder.dir().resolve(RECORD);
    }

    /**
     * Where {@code target}'s new content waits: beside it, so that the rename stays on one file system. Starting with "_", as
     * drizzle-kit reads every other file in meta/ as a snapshot (a staged snapshot was a collision, a staged journal "malformed");
     * ending in {@link #STAGED}, not .sql, as wrangler lists every .sql file in the folder.
     */
    private static Path staged(Path target) {
        return target.resolveSibling("_" + target.getFileName() + STAGED);
    }

    /** The path relative to the folder, with "/" (the record is read back on any system). */
    private static String inFolder(MigrationsFolder folder, Path p) {
        return folder.dir().relativize(p).toString().replace('\\', '/');
    }

    private static void restore(Path p, byte[] original) {
        try {
            if (original == null) {
                Files.deleteIfExists(p);
            } else {
                Files.write(p, original);
            }
        } catch (IOException ignored) {
            // Best effort: the original failure is what gets reported.
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // Best effort.
        }
    }

    /** The most files forced at once: a change of many files (a db:rebase renumbering many) starts no more threads than this. */
    private static final int FORCING_THREADS = 8;

    /**
     * Forces the files' bytes and the folders' entries to the disk, several at once, returning when all are there: forced one
     * after another, each waited for a journal commit of its own (a migration's four files, a 1.6 MB snapshot among them: a
     * median of 44-54 ms); at once, the file system commits them together (18.6-19.2 ms). Throws the first failure, naming the path.
     */
    static void forceAll(List<Path> files, List<Path> folders) throws IOException {
        List<Path> all = new ArrayList<>(files);
        all.addAll(folders);
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<IOException> failed = new java.util.concurrent.atomic.AtomicReference<>();
        Runnable forcing = () -> {
            for (int i; (i = next.getAndIncrement()) < all.size() && failed.get() == null; ) {
                Path p = all.get(i);
                if (i >= files.size()) {
                    syncFolder(p);
                    continue;
                }
                try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
                    ch.force(true);
                } catch (IOException | RuntimeException e) {
                    // a RuntimeException too: one ending a helper thread went unseen, and the record was renamed over a file not forced
                    failed.compareAndSet(null, new IOException("forcing " + p.getFileName() + " to the disk: " + (e instanceof IOException ? e.getMessage() : e), e));
                }
            }
        };
        List<Thread> threads = new ArrayList<>();
        for (int t = 1; t < Math.min(all.size(), FORCING_THREADS); t++) {
            Thread thread = new Thread(forcing, "godwit-force");
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        forcing.run();   // this thread is one of them
        boolean interrupted = false;
        for (Thread thread : threads) {
            while (true) {
                try {
                    thread.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;   // the forces end in moments, and the record must not be renamed before they do
                }
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        if (failed.get() != null) throw failed.get();
    }

    /**
     * The renames and deletions on the disk before the record goes: a file system that does not keep directory changes in order
     * (ext4's journal does) could otherwise keep the record's removal after a power cut and lose some of the renames, a mix that
     * nothing would then finish.
     */
    private static void syncTouchedFolders(java.util.Collection<Path> targets) throws IOException {
        forceAll(List.of(), targets.stream().map(Path::getParent).distinct().toList());
    }

    /** The record's rename made durable (the folder's entry); where a folder cannot be opened so (Windows), its rename stands alone. */
    private static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException notOnThisSystem) {
            // Windows opens no folder as a channel; NTFS journals the rename itself
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    // ---- test hook: a stop between two files, as a kill leaves it ----

    /** Thrown by {@link #stopAfter}'s step: an Error, so that no catch here tidies up, as none does when the process is killed. */
    public static final class Stopped extends Error {
        Stopped(int step) {
            super("stopped after step " + step + " (test hook)");
        }
    }

    private static volatile int stopAfter = -1;
    private static int steps;

    /**
     * For tests: the next commit stops dead after its {@code step}th step (from 1) (each staged file, the record, each rename or deletion,
     * the record's removal), throwing {@link Stopped}; -1 turns it off. The test then runs a goal on what is left.
     */
    public static void stopAfter(int step) {
        stopAfter = step;
        steps = 0;
    }

    private static void step() {
        if (stopAfter < 0) return;
        if (++steps >= stopAfter) {
            int at = stopAfter;
            stopAfter = -1;
            throw new Stopped(at);
        }
    }
}
