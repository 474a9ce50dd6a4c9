package dev.godwit.engine.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disk fills while a goal stages its change: the folder is left as it was, and the failure says the disk is full, where, and
 * to free space and run the goal again (it gave the operating system's "No space left on device" alone). The disk is Linux's
 * /dev/full, which refuses every write with ENOSPC, under the staged file's name: the write the file system refuses is a real one.
 */
class DiskFullFolderEditTest {

    @TempDir
    Path tmp;

    @Test
    void aDiskThatFillsWhileStagingLeavesTheFolderAsItWasAndSaysToFreeSpace() throws IOException {
        Path devFull = Path.of("/dev/full");
        assumeTrue(Files.isWritable(devFull), "needs /dev/full (Linux)");
        Path dir = Files.createDirectories(tmp.resolve("drizzle"));
        Files.createDirectories(dir.resolve("meta/_sums"));
        Files.writeString(dir.resolve("0000_first.sql"), "CREATE TABLE a (id integer);\n");
        Files.writeString(dir.resolve("meta/_journal.json"), "{\"entries\": [\"0000_first\"]}\n");
        Map<String, String> before = contents(dir);
        // the snapshot's staged name leads to a disk with no room: the .sql before it is staged, then the snapshot fails
        Files.createSymbolicLink(dir.resolve("meta/_0001_snapshot.json.godwit-new"), devFull);

        SnapshotException e = assertThrows(SnapshotException.class, () -> new FolderEdit(MigrationsFolder.at(dir), "db:generate")
                .write(dir.resolve("0001_second.sql"), "ALTER TABLE a ADD b text;\n")
                .write(dir.resolve("meta/0001_snapshot.json"), "{\"tables\": {}}\n".repeat(20_000))
                .write(dir.resolve("meta/_journal.json"), "{\"entries\": [\"0000_first\", \"0001_second\"]}\n")
                .commit());

        assertTrue(e.getMessage().matches("could not write drizzle/meta/0001_snapshot\\.json: the disk holding drizzle is full \\(No space left"
                + " on device; [0-9.]+ MB free there, and this writes 0\\.3 MB\\)\\. Free space on it, then run db:generate again\\. Nothing was"
                + " changed in drizzle\\."), e.getMessage());
        assertEquals(before, contents(dir), "the folder as it was: nothing staged left, no record, the journal untouched");
    }

    /** Every file and link under {@code dir} with its content (a link: where it leads). */
    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (var s = Files.walk(dir)) {
            for (Path p : s.filter(p -> !Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList()) {
                all.put(dir.relativize(p).toString(), Files.isSymbolicLink(p) ? "-> " + Files.readSymbolicLink(p) : Files.readString(p));
            }
        }
        return all;
    }
}
