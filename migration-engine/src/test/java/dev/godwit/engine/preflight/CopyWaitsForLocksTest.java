package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.db.DatabaseException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red-team (h17): an application instance starting while another applied its migrations (each holding the file's EXCLUSIVE lock
 * while it wrote a large table) failed its start with "cannot copy app.sqlite for the pre-flight ...: the database was locked by
 * another connection (a write in progress) for 3.0 s; try again when it is done", where the README says the instances wait 60 s
 * (or Godwit.configure().lockWait's) for each other: the pre-flight's copy gave up after 3 s whatever the wait. It waits the wait.
 */
class CopyWaitsForLocksTest {

    @TempDir
    Path dir;

    @Test
    void theCopyWaitsAsLongAsTheLockWait() throws Exception {
        Path file = dir.resolve("app.sqlite");
        String url = "jdbc:sqlite:" + file;
        try (Connection writer = DriverManager.getConnection(url); Statement w = writer.createStatement()) {
            w.execute("CREATE TABLE t (id integer PRIMARY KEY)");
            w.execute("INSERT INTO t VALUES (1)");
            // another instance's migration writing a large table: its EXCLUSIVE lock held for 3.5 s (past the 3 s the copy gave up after)
            w.execute("BEGIN EXCLUSIVE");
            w.execute("INSERT INTO t VALUES (2)");
            Thread commit = new Thread(() -> {
                try {
                    Thread.sleep(3_500);
                    w.execute("COMMIT");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            commit.start();
            Replica copy = Replica.backupOf(file, false, 30_000);
            try {
                assertEquals(2L, ((Number) copy.query("SELECT count(*) AS n FROM t").get(0).get("n")).longValue());
            } finally {
                copy.close();
            }
            commit.join();
            // a wait shorter than the lock: refused, naming the wait it used
            w.execute("BEGIN EXCLUSIVE");
            w.execute("INSERT INTO t VALUES (3)");
            DatabaseException e = assertThrows(DatabaseException.class, () -> Replica.backupOf(file, true, 5_000).close());
            assertTrue(e.getMessage().contains("locked by another connection (a write in progress) for 5 s"), e.getMessage());
            w.execute("ROLLBACK");
        }
        assertTrue(Preflight.ofFile(file, false, dev.godwit.engine.EngineLog.SILENT, java.time.Duration.ofMinutes(5)) != null);
    }

    /**
     * db:apply -Dlocal beside an application writing long transactions: its pre-flight copy gave up after 3 s ("copied nothing: the
     * database was locked ... for 3.0 s") where the apply's own statements wait 60 s. The goal's copy waits as long now.
     */
    @Test
    void theGoalsCopyWaitsAsLongAsItsStatements() throws Exception {
        Path file = dir.resolve("dev.sqlite");
        try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + file); Statement w = writer.createStatement()) {
            w.execute("CREATE TABLE t (id integer PRIMARY KEY)");
            w.execute("BEGIN EXCLUSIVE");
            w.execute("INSERT INTO t VALUES (1)");
            dev.godwit.engine.testing.RecordingLog log = new dev.godwit.engine.testing.RecordingLog();
            // let go once the wait was said (or after 30 s, failing below), not at a fixed time: on a loaded machine the
            // pre-flight's work before the copy can take longer than the notice's two seconds' margin
            Thread commit = new Thread(() -> {
                try {
                    long deadline = System.nanoTime() + 30_000_000_000L;
                    while (log.lines().stream().noneMatch(l -> l.contains("Waiting for a lock")) && System.nanoTime() < deadline) Thread.sleep(20);
                    w.execute("COMMIT");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            commit.start();
            dev.godwit.engine.folder.Migration m = new dev.godwit.engine.folder.Migration(new dev.godwit.engine.folder.JournalEntry(1, "6", 2000L,
                    "0001_x", true), dir.resolve("0001_x.sql"), "ALTER TABLE t ADD name text;");
            Preflight.forTarget(new dev.godwit.engine.target.Target.LocalFile(file), null, java.util.Set.of(), false, log).check(java.util.List.of(m));
            commit.join();
            assertTrue(log.lines().stream().anyMatch(l -> l.contains("Pre-flight")), log.lines().toString());
            // and the wait was said (SQLite's restore asks no busy handler: a minute's wait, or an application's minutes, said nothing)
            assertEquals(1, log.lines().stream().filter(l -> l.contains("Waiting for a lock on " + file.toAbsolutePath().normalize()
                    + " to copy it for the pre-flight: another connection is writing it")).count(), log.lines().toString());
        }
        // a copy that does not wait says nothing
        dev.godwit.engine.testing.RecordingLog quiet = new dev.godwit.engine.testing.RecordingLog();
        Preflight.forTarget(new dev.godwit.engine.target.Target.LocalFile(file), null, java.util.Set.of(), false, quiet).check(java.util.List.of(
                new dev.godwit.engine.folder.Migration(new dev.godwit.engine.folder.JournalEntry(1, "6", 2000L, "0001_x", true), dir.resolve("0001_x.sql"),
                        "ALTER TABLE t ADD name text;")));
        assertTrue(quiet.lines().stream().noneMatch(l -> l.contains("Waiting for a lock")), quiet.lines().toString());
    }
}
