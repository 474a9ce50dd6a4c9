package dev.godwit.engine.uptodate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The content hashing {@link UpToDate#hashContentAhead} starts beside a full check is for {@link UpToDate#record}: where the check
 * failed nothing is recorded, and the goal still waited for every input file to be hashed (up to ~0.1 s on a schema module). Stopped,
 * it ends after the file it is on; a hashing {@code record} took was whole before.
 */
class UnusedHashingTest {

    @TempDir
    Path dir;

    private static final int FILES = 400;

    private UpToDate inputs() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("target/classes/app"));
        byte[] content = new byte[32 * 1024];
        for (int i = 0; i < FILES; i++) {
            content[0] = (byte) i;
            Files.write(classes.resolve("T" + i + ".class"), content);
        }
        return UpToDate.of(dir.resolve("target/godwit/verify.passed"), List.of(dir.resolve("target/classes")), "s");
    }

    @Test
    void aStoppedHashingEndsWithoutHashingTheRest() throws Exception {
        UpToDate failed = inputs();
        UpToDate.Hashing hashing = failed.hashContentAhead();
        hashing.close();   // the check failed at once: nothing will be recorded
        assertTrue(failed.filesHashedAhead() < FILES, failed.filesHashedAhead() + " of " + FILES + " files hashed for a record never written");
        assertTrue(Files.notExists(dir.resolve("target/godwit/verify.passed")));
    }

    @Test
    void aHashingTheRecordTookIsWhole() throws Exception {
        UpToDate passed = inputs();
        UpToDate.Hashing hashing = passed.hashContentAhead();
        passed.record(1);
        hashing.close();   // after the record: nothing left to stop
        assertEquals(FILES, passed.filesHashedAhead());
        assertTrue(passed.passed().isPresent());
    }
}
