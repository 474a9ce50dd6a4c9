package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.testing.RecordingLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A review: the pre-flight copies the file into memory, before-images too, and Godwit.migrate now runs it at an application's
 * start-up, where a database of several GB would take as much memory. A file over {@link Replica#inMemoryUpToBytes} is copied
 * to a temporary file instead, which the pre-flight finds the same losses on and deletes when it is done.
 */
class BigFileCopyTest {

    @TempDir
    Path dir;

    private static long preflightFiles() throws Exception {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("godwit-preflight-")).count();
        }
    }

    @Test
    void aFileOverTheLimitIsCopiedToATemporaryFileThatFindsTheSameLossAndIsDeleted() throws Exception {
        Path file = PreflightTestFiles.cascadeAtInit(dir);
        long before = preflightFiles();
        long limit = Replica.inMemoryUpToBytes;
        Replica.inMemoryUpToBytes = 0;
        try (Replica r = Replica.backupOf(file)) {
            List<?> onDisk = r.query("PRAGMA database_list");
            assertTrue(onDisk.toString().contains("godwit-preflight-"), onDisk.toString());
            assertEquals(before + 1, preflightFiles());
        }
        assertEquals(before, preflightFiles(), "the temporary copy is deleted when closed");
        RecordingLog log = new RecordingLog();
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            Migrator migrator = new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log).checkingPendingWith(Preflight.ofFile(file, false, log));
            PreflightRefusedException e = assertThrows(PreflightRefusedException.class,
                    () -> migrator.apply(PreflightTest.migrations(PreflightTest.CASCADE), ApplyOptions.defaults()));
            assertTrue(e.getMessage().contains("\"orders\": 3 of 3 rows deleted, through 0001_name_check.sql statement 4: DROP TABLE `customers`;"), e.getMessage());
        } finally {
            Replica.inMemoryUpToBytes = limit;
        }
        assertEquals(before, preflightFiles());
    }
}
