package dev.godwit.engine.uptodate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.testing.RecordingLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where target/godwit/ cannot be written (a read-only target/; here a file in the folder's place, as root may write anywhere), the
 * record of a passed check and the key of its content hashes were not written without a word, and every run paid the full check.
 * Each now says so once a run, naming the file and why, and the check goes on as before.
 */
class UnwritableRecordTest {

    @TempDir
    Path dir;

    @Test
    void theKeyAndTheRecordThatCannotBeWrittenAreEachSaidOnce() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("target/classes/app"));
        for (int i = 0; i < 3; i++) Files.writeString(classes.resolve("T" + i + ".class"), "v" + i);   // just written: hashed when listed
        Path godwit = dir.resolve("target/godwit");
        Files.writeString(godwit, "in the way");
        RecordingLog log = new RecordingLog();
        UpToDate check = UpToDate.of(godwit.resolve("verify.passed"), List.of(dir.resolve("target/classes")), "s", log);
        assertTrue(check.passed().isEmpty());
        check.hashContentAhead().close();
        check.record(1);
        check.record(1);
        check.withRecordFile(godwit.resolve("verify.passed")).record(1);
        String why = "(" + godwit + " is a file, not a folder)";
        assertEquals(List.of("WARN Cannot write the key of the up-to-date record's content hashes, " + godwit.resolve("content-hash.key") + " " + why
                        + ": no file's content can be hashed without it, so a file just written, or rewritten with the same content (a recompile,"
                        + " a git checkout), counts as changed and the check runs in full. Make " + godwit + " a writable folder.",
                "WARN Cannot write the up-to-date record " + godwit.resolve("verify.passed") + " " + why + ": this check's pass is not remembered, so"
                        + " the next run checks in full again. Make " + godwit + " a writable folder."), log.lines());
        assertEquals("in the way", Files.readString(godwit), "left as it was");
    }

    /**
     * target/ itself a file: creating target/godwit/ fails with the file system's "Not a directory", which named neither the file in
     * the way nor that it is one. The reason names target/ now, as it does target/godwit/ in its place.
     */
    @Test
    void aFileInPlaceOfAFolderAboveTheRecordIsNamed() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes/app"));
        Files.writeString(classes.resolve("T.class"), "v");
        Path target = dir.resolve("target");
        Files.writeString(target, "in the way");
        Path godwit = target.resolve("godwit");
        RecordingLog log = new RecordingLog();
        UpToDate check = UpToDate.of(godwit.resolve("verify.passed"), List.of(dir.resolve("classes")), "s", log);
        check.record(1);
        String why = "(" + target + " is a file, not a folder)";
        assertEquals(List.of("WARN Cannot write the key of the up-to-date record's content hashes, " + godwit.resolve("content-hash.key") + " " + why
                        + ": no file's content can be hashed without it, so a file just written, or rewritten with the same content (a recompile,"
                        + " a git checkout), counts as changed and the check runs in full. Make " + godwit + " a writable folder.",
                "WARN Cannot write the up-to-date record " + godwit.resolve("verify.passed") + " " + why + ": this check's pass is not remembered, so"
                        + " the next run checks in full again. Make " + godwit + " a writable folder."), log.lines());
        assertEquals("in the way", Files.readString(target), "left as it was");
    }
}
