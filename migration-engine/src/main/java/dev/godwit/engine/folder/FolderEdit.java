package dev.godwit.engine.folder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of file writes and deletions in a migrations folder that happen together or not at all:
 * every change is staged first, the files it touches are read back into memory, and if any step
 * fails the files are put back as they were. Used by the goals that rewrite a folder (drop,
 * rebase, up, repair).
 */
public final class FolderEdit {

    private final MigrationsFolder folder;
    /** Path to new content, or null to delete it; in the order given. */
    private final Map<Path, String> changes = new LinkedHashMap<>();
    /** The files' contents before {@link #commit()} (null: did not exist), for {@link #rollback()}. */
    private final Map<Path, byte[]> originals = new LinkedHashMap<>();

    public FolderEdit(MigrationsFolder folder) {
        this.folder = folder;
    }

    public FolderEdit write(Path file, String content) {
        changes.put(file.toAbsolutePath().normalize(), content);
        return this;
    }

    public FolderEdit delete(Path file) {
        changes.put(file.toAbsolutePath().normalize(), null);
        return this;
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

    /** Applies every change; on any failure restores what was changed so far and throws, naming the file. */
    public void commit() {
        originals.clear();
        for (Path p : changes.keySet()) {
            try {
                originals.put(p, Files.exists(p) ? Files.readAllBytes(p) : null);
            } catch (IOException e) {
                throw new SnapshotException("cannot read " + folder.relative(p) + ": " + e.getMessage() + "; nothing was changed", e);
            }
        }
        List<Path> done = new ArrayList<>();
        Path current = null;
        try {
            for (Map.Entry<Path, String> c : changes.entrySet()) {
                current = c.getKey();
                if (c.getValue() == null) {
                    Files.deleteIfExists(current);
                } else {
                    Files.createDirectories(current.getParent());
                    writeAtomically(current, c.getValue());
                }
                done.add(current);
            }
        } catch (IOException | RuntimeException e) {
            for (Path p : done) restore(p, originals.get(p));
            throw new SnapshotException("could not change " + folder.relative(current) + ": " + e.getMessage() + "; the folder "
                    + folder.relative(folder.dir()) + " was left as it was", e);
        }
    }

    /** Puts every file back as it was before {@link #commit()}: when a later step (a database write) fails. */
    public void rollback() {
        originals.forEach(FolderEdit::restore);
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

    static void writeAtomically(Path target, String content) throws IOException {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
