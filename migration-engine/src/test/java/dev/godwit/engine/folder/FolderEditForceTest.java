package dev.godwit.engine.folder;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * FolderEdit's forces run on several threads: a failure on any of them, also a RuntimeException (a file system that cannot open
 * the file for writing throws one), fails the whole force, so the record is not renamed over a staged file not on the disk.
 */
class FolderEditForceTest {

    @TempDir
    Path dir;

    @RepeatedTest(5)
    void aRuntimeExceptionOnAnyThreadFailsTheForceNamingTheFile() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 6; i++) files.add(Files.writeString(dir.resolve("f" + i), "x"));
        // jrt:/ is read-only: FileChannel.open(..., WRITE) throws UnsupportedOperationException
        Path readOnly = FileSystems.getFileSystem(URI.create("jrt:/")).getPath("modules", "java.base", "java", "lang", "Object.class");
        files.add(3, readOnly);
        IOException e = assertThrows(IOException.class, () -> FolderEdit.forceAll(files, List.of(dir)));
        assertTrue(e.getMessage().startsWith("forcing Object.class to the disk: java.lang.UnsupportedOperationException"), e.getMessage());
    }
}
