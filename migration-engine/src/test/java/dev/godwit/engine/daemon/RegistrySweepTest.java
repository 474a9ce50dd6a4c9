package dev.godwit.engine.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What daemons of older Godwit builds leave in the daemon folder goes once unused for long; nothing in use goes. */
class RegistrySweepTest {

    @TempDir
    Path dir;

    private Path file(String name, Duration age) throws Exception {
        Path f = dir.resolve(name);
        if (name.endsWith(".warm-up")) Files.createDirectories(f.resolve("round-0"));
        else Files.writeString(f, name);
        Files.setLastModifiedTime(f, FileTime.from(Instant.now().minus(age)));
        return f;
    }

    private List<String> left() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void onlyOtherKeysUnusedForTheGivenTimeAreDeleted() throws Exception {
        Duration old = Duration.ofDays(8);
        file("aaaaaaaaaaaaaaaa.lock", old);   // this daemon's own key: kept
        file("aaaaaaaaaaaaaaaa.log", old);
        file("bbbbbbbbbbbbbbbb.lock", old);   // an old Godwit's: gone, with its log and warm-up folder
        file("bbbbbbbbbbbbbbbb.log", old);
        file("bbbbbbbbbbbbbbbb.warm-up", old);
        file("cccccccccccccccc.lock", old);   // old lock, but its log written yesterday: kept
        file("cccccccccccccccc.log", Duration.ofDays(1));
        file("dddddddddddddddd.lock", old);   // registered, its lock free: killed outright (kill -9), gone too
        file("dddddddddddddddd.properties", old);
        file("eeeeeeeeeeeeeeee.lock", old);   // its lock held (a daemon finishing its last run): kept
        file("ffffffffffffffff.lock", old);   // registered and its lock held: a daemon running, kept
        file("ffffffffffffffff.properties", old);
        file("notes.lock", old);              // not a daemon's
        try (FileChannel e = FileChannel.open(dir.resolve("eeeeeeeeeeeeeeee.lock"), StandardOpenOption.WRITE);
                FileLock heldE = e.lock();
                FileChannel f = FileChannel.open(dir.resolve("ffffffffffffffff.lock"), StandardOpenOption.WRITE);
                FileLock heldF = f.lock()) {
            assertTrue(heldE.isValid() && heldF.isValid());
            assertEquals(List.of("bbbbbbbbbbbbbbbb", "dddddddddddddddd"),
                    new Registry(dir, "aaaaaaaaaaaaaaaa").sweepOthers(Duration.ofDays(7)).stream().sorted().toList());
        }
        assertEquals(List.of("aaaaaaaaaaaaaaaa.lock", "aaaaaaaaaaaaaaaa.log", "cccccccccccccccc.lock", "cccccccccccccccc.log",
                "eeeeeeeeeeeeeeee.lock", "ffffffffffffffff.lock", "ffffffffffffffff.properties", "notes.lock"), left());
        assertFalse(Files.exists(dir.resolve("bbbbbbbbbbbbbbbb.warm-up")));
        // unlocked now, but used within the week: still kept
        assertEquals(List.of(), new Registry(dir, "aaaaaaaaaaaaaaaa").sweepOthers(Duration.ofDays(9)));
    }
}
