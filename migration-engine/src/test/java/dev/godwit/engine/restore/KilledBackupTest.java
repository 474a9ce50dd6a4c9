package dev.godwit.engine.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.db.SqliteDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red-team: a db:apply -Dlocal killed while it copied the database into .godwit/backups (kill -9, a CI job's timeout; a 121 MB
 * file takes seconds) left the half-written copy under a copy's name, the newest. {@code mvn db:restore -Dlocal -Ddb.force} then
 * picked it and refused it as "not an SQLite database file (it does not begin with SQLite's header) ... An SQL dump is loaded with
 * sqlite3 instead", and it counted as one of the -Ddb.backups copies kept. The copy is written under a name of its own and renamed
 * whole; what a killed run left is deleted by the next copy.
 */
class KilledBackupTest {

    @TempDir
    Path dir;

    @Test
    void aRunKilledWhileCopyingLeavesNoCopyARestorePicks() throws Exception {
        Path file = dir.resolve("app.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.runAtomically(List.of("CREATE TABLE t (id INTEGER PRIMARY KEY, x BLOB)",
                    "INSERT INTO t WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 400000)"
                            + " SELECT n, randomblob(200) FROM c"), false);
        }
        Path backupsDir = dir.resolve(".godwit/backups");
        Process copying = new ProcessBuilder(dev.godwit.engine.testing.ChildJvm.command(KilledBackupTest.class, file.toString(),
                backupsDir.toString())).redirectErrorStream(true).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!begun(backupsDir) && copying.isAlive() && System.nanoTime() < deadline) Thread.sleep(2);
            assertTrue(begun(backupsDir), "the child never began its copy: " + (copying.isAlive() ? "" : new String(copying.getInputStream().readAllBytes())));
        } finally {
            copying.destroyForcibly();   // SIGKILL: no hook runs, the copy is cut where it stands
            copying.waitFor();
        }
        LocalBackups backups = new LocalBackups(backupsDir, 5);
        assertEquals(List.of(), backups.list(file), "a copy cut short is no copy a restore picks: " + names(backupsDir));

        Path taken = backups.backup(file);
        assertEquals(List.of(taken), backups.list(file));
        assertEquals(List.of(PartsLock.FILE, taken.getFileName().toString()), names(backupsDir), "the next copy deleted what the killed run left");
        try (SqliteDatabase copy = SqliteDatabase.open(taken)) {
            assertEquals(List.of(Map.of("n", 400000L)), copy.query("SELECT count(*) AS n FROM t"));
        }
    }

    /** Whether the child has begun writing into the backups folder (a file there holds bytes). */
    private static boolean begun(Path backupsDir) throws Exception {
        if (!Files.isDirectory(backupsDir)) return false;
        try (Stream<Path> s = Files.list(backupsDir)) {
            return s.anyMatch(p -> p.toFile().length() > 1_000_000);
        }
    }

    private static List<String> names(Path backupsDir) throws Exception {
        try (Stream<Path> s = Files.list(backupsDir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The child: copies args[0] into the backups folder args[1], as db:apply -Dlocal does before applying. */
    public static void main(String[] args) {
        new LocalBackups(Path.of(args[1]), 5).backup(Path.of(args[0]));
    }
}
