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
        Replica.removeStaleCopies();   // a killed run's, which the copy below would delete, changing the count
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

    /**
     * Round 47 (h4): a small file whose pending migrations seed millions of rows (an application's first start) was copied to
     * memory by its size, and the copy grew with the seed: 541 MB for a 250 MB result, killed in a 512 MiB container at every
     * start. The copy in memory is capped; past the cap the check runs again on a copy on disk, which still finds a loss.
     */
    @Test
    void aCopyInMemoryThatOutgrowsItsCapIsCheckedAgainOnDisk() throws Exception {
        Path file = PreflightTestFiles.cascadeAtInit(dir);
        long cap = Replica.inMemoryGrowth;
        Replica.inMemoryGrowth = 1024 * 1024;
        String seed = "CREATE TABLE events (id integer PRIMARY KEY, body text NOT NULL);\n--> statement-breakpoint\n"
                + "INSERT INTO events (body) SELECT printf('%0200d', value) FROM (WITH RECURSIVE n(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM n WHERE value < 20000) SELECT value FROM n)";
        try {
            RecordingLog log = new RecordingLog();
            Preflight.ofFile(file, false, log).check(List.of(migration(1, "0001_seed", seed)));
            assertTrue(log.lines().contains("INFO Pre-flight: the copy in memory outgrew 1 MB running 0001_seed.sql (the migrations write more than"
                    + " the file holds): checking again on a copy in java.io.tmpdir (" + System.getProperty("java.io.tmpdir") + ")."), log.lines().toString());
            assertTrue(log.lines().stream().anyMatch(l -> l.startsWith("INFO Pre-flight: ran 1 pending migration(s) on a copy of") && l.contains("no rows removed")),
                    log.lines().toString());
            // a loss after the seed is found on the disk copy, and refused
            RecordingLog log2 = new RecordingLog();
            PreflightRefusedException e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(file, false, log2).check(List.of(
                    migration(1, "0001_seed", seed + ";\n--> statement-breakpoint\nDELETE FROM customers"))));
            assertTrue(e.getMessage().contains("\"customers\": 2 of 2 rows deleted"), e.getMessage());
            assertTrue(log2.lines().stream().anyMatch(l -> l.contains("checking again on a copy in java.io.tmpdir")), log2.lines().toString());
        } finally {
            Replica.inMemoryGrowth = cap;
        }
    }

    private static dev.godwit.engine.folder.Migration migration(int idx, String tag, String sql) {
        return new dev.godwit.engine.folder.Migration(new dev.godwit.engine.folder.JournalEntry(idx, "6", 2000L + idx, tag, true), Path.of(tag + ".sql"), sql);
    }

    /**
     * A red-team: an application killed during the pre-flight of a big file (kill -9, the OOM killer, a liveness probe at a slow
     * start-up) left its full copy of the database in the temporary folder (286 MB there), and one more at each restart. The next
     * big copy deletes those whose process is gone, and this process's own from before it started (PID 1 in a container); a live
     * process's copy is left alone.
     */
    @Test
    void copiesLeftByAKilledRunAreDeletedByTheNextOne() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        long self = ProcessHandle.current().pid();
        Path ofDeadRun = Files.writeString(tmp.resolve("godwit-preflight-" + gone.pid() + "-123.sqlite"), "x");
        Path ofDeadRunJournal = Files.writeString(tmp.resolve("godwit-preflight-" + gone.pid() + "-123.sqlite-journal"), "x");
        Path ofThisPidBeforeStart = Files.writeString(tmp.resolve("godwit-preflight-" + self + "-456.sqlite"), "x");
        Files.setLastModifiedTime(ofThisPidBeforeStart, java.nio.file.attribute.FileTime.fromMillis(
                ProcessHandle.current().info().startInstant().orElseThrow().toEpochMilli() - 60_000));
        long live = ProcessHandle.current().parent().orElseThrow().pid();
        Path ofLiveRun = Files.writeString(tmp.resolve("godwit-preflight-" + live + "-789.sqlite"), "x");
        Path file = PreflightTestFiles.cascadeAtInit(dir);
        long limit = Replica.inMemoryUpToBytes;
        Replica.inMemoryUpToBytes = 0;
        try (Replica r = Replica.backupOf(file)) {
            assertTrue(Files.notExists(ofDeadRun) && Files.notExists(ofDeadRunJournal), "a killed run's copy is deleted");
            assertTrue(Files.notExists(ofThisPidBeforeStart), "this PID's copy from before this JVM started is deleted");
            assertTrue(Files.exists(ofLiveRun), "a live run's copy is kept");
        } finally {
            Replica.inMemoryUpToBytes = limit;
            Files.deleteIfExists(ofLiveRun);
            Files.deleteIfExists(ofDeadRun);
            Files.deleteIfExists(ofDeadRunJournal);
            Files.deleteIfExists(ofThisPidBeforeStart);
        }
    }

    /**
     * A red-team: with java.io.tmpdir not writable (a read-only root filesystem in a hardened container), an application's start-up
     * failed with "cannot copy /srv/app.sqlite for the pre-flight: /tmp/godwit-preflight-1491603408383035671.sqlite", the
     * AccessDeniedException's message being the path alone. It says the temporary folder could not take the copy, why, and the way on.
     */
    @Test
    void aTemporaryFolderThatTakesNoCopyIsNamedWithTheWayOn() throws Exception {
        Path file = PreflightTestFiles.cascadeAtInit(dir);
        Path notAFolder = Files.writeString(dir.resolve("tmp-is-a-file"), "x");
        String tmp = System.getProperty("java.io.tmpdir");
        long limit = Replica.inMemoryUpToBytes;
        Replica.inMemoryUpToBytes = 0;
        System.setProperty("java.io.tmpdir", notAFolder.toString());
        try {
            dev.godwit.engine.db.DatabaseException e = assertThrows(dev.godwit.engine.db.DatabaseException.class, () -> Replica.backupOf(file).close());
            assertTrue(e.getMessage().startsWith("cannot copy " + file + " for the pre-flight: no temporary file can be made in " + notAFolder
                    + " (java.io.tmpdir): "), e.getMessage());
            assertTrue(e.getMessage().endsWith("point -Djava.io.tmpdir at a writable folder with room (for an application, in JAVA_TOOL_OPTIONS)."), e.getMessage());
        } finally {
            System.setProperty("java.io.tmpdir", tmp);
            Replica.inMemoryUpToBytes = limit;
        }
    }

    /**
     * A red-team: with java.io.tmpdir on a small disk (81 MB free for a 77 MB file, or a container's tmpfs), the copy filled it
     * during drizzle-kit's rebuild of a parent table and the pre-flight warned "fails on a copy ... SQLITE_FULL ... The apply will
     * stop there too." The apply, on the file's own disk, did not stop: it committed the rebuild, whose DROP TABLE deleted the
     * 10,000 ON DELETE CASCADE children and set the ON DELETE SET NULL ones to NULL, BUILD SUCCESS. The copy's disk running out
     * says nothing of the migration: the pre-flight now refuses, naming java.io.tmpdir and the room it needs. (A copy whose pages
     * are capped by max_page_count fails as a full disk does.)
     */
    @Test
    void aCopyThatRunsOutOfRoomRefusesTheApplyInsteadOfLettingItRunUnchecked() throws Exception {
        Path file = PreflightTestFiles.cascadeAtInit(dir);
        RecordingLog log = new RecordingLog();
        java.util.function.Supplier<Replica> cramped = () -> {
            Replica r = Replica.backupOf(file);
            long pages = r.count("PRAGMA page_count");
            r.exec("PRAGMA max_page_count = " + pages);   // not a page more: the rebuild's new table finds no room
            return r;
        };
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            Migrator migrator = new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log)
                    .checkingPendingWith(new Preflight(cramped, Preflight.copyOf(file), false, log, true));
            PreflightRefusedException e = assertThrows(PreflightRefusedException.class,
                    () -> migrator.apply(PreflightTest.migrations(PreflightTest.CASCADE), ApplyOptions.defaults()));
            assertTrue(e.getMessage().startsWith("Pre-flight: a copy of " + file.toAbsolutePath().normalize() + " ran out of room (disk full) running 0001_name_check.sql at statement "), e.getMessage());
            assertTrue(e.getMessage().contains("Point -Djava.io.tmpdir at a folder with that much room"), e.getMessage());
            assertTrue(e.getMessage().contains("Nothing was applied"), e.getMessage());
            assertEquals(3L, ((Number) db.query("SELECT count(*) AS n FROM orders").get(0).get("n")).longValue(), "the children are still there");
        }
    }

    /**
     * A red-team: with java.io.tmpdir holding 21 MB free for a 77 MB file, the apply failed with "restore from app.sqlite copied
     * nothing: the database was locked by another connection (a write in progress) for 3.0 s; try again when it is done" (SQLite's
     * backup into a full disk ends OK having copied nothing), sending the user after a lock no one held. The room is looked at first.
     */
    @Test
    void aTemporaryFolderWithLessRoomThanTheFileIsNamedNotTakenForALock() throws Exception {
        Path file = PreflightTestFiles.cascadeAtInit(dir);
        long limit = Replica.inMemoryUpToBytes;
        var space = Replica.freeSpace;
        Replica.inMemoryUpToBytes = 0;
        Replica.freeSpace = folder -> 1024;
        try {
            dev.godwit.engine.db.DatabaseException e = assertThrows(dev.godwit.engine.db.DatabaseException.class, () -> Replica.backupOf(file).close());
            assertTrue(e.getMessage().startsWith("cannot copy " + file + " ("), e.getMessage());
            assertTrue(e.getMessage().contains(") for the pre-flight: java.io.tmpdir (" + System.getProperty("java.io.tmpdir") + ") has 0 MB free."), e.getMessage());
            assertTrue(e.getMessage().contains("point -Djava.io.tmpdir at a folder with that much room"), e.getMessage());
        } finally {
            Replica.inMemoryUpToBytes = limit;
            Replica.freeSpace = space;
        }
    }
}
