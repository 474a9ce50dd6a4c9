package dev.godwit.engine.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.ShutdownHooks;
import dev.godwit.engine.db.SqliteDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl+C on db:studio: the JVM runs its shutdown hooks and halts once they return. The studio's hook returned at once, so the JVM
 * halted while the goal was still closing: SQLite's connections were never closed, and a database in WAL mode kept its -wal file,
 * the studio's edits in it, beside a main file without them (a copy of the .sqlite alone lacked them).
 */
class StudioStopTest {

    @TempDir
    Path dir;

    @Test
    void whenTheJvmStopsTheStudioAndItsDatabaseAreClosedBeforeTheHookReturns() throws Exception {
        Path file = dir.resolve("app.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("CREATE TABLE t (id integer PRIMARY KEY, name text)");
        }
        SqliteDatabase db = SqliteDatabase.open(file);
        StudioServer studio = StudioServer.start(db, StudioOptions.defaults(), 0);
        db.runAtomically(List.of("INSERT INTO t VALUES (1, 'edited in the studio')"), false);
        Path wal = dir.resolve("app.sqlite-wal");
        assertTrue(Files.exists(wal));
        List<Thread> hooks = new CopyOnWriteArrayList<>();
        ShutdownHooks jvm = new ShutdownHooks() {
            public void add(Thread hook) { hooks.add(hook); }
            public void remove(Thread hook) { hooks.remove(hook); }
        };
        Thread goal = new Thread(() -> {
            try {
                // the studio's close takes a while (a request still being answered): the JVM must not halt meanwhile
                AutoCloseable closing = () -> {
                    Thread.sleep(300);
                    studio.close();
                };
                StudioServer.serveUntilStopped(jvm, closing, db);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        goal.start();
        for (int i = 0; i < 500 && hooks.isEmpty(); i++) Thread.sleep(10);
        assertEquals(1, hooks.size());
        hooks.get(0).run();   // Ctrl+C: the JVM runs the hook, and halts when it returns
        assertFalse(Files.exists(wal), "the database is closed (its WAL checkpointed and removed) before the JVM may halt");
        Files.copy(file, dir.resolve("copy.sqlite"));   // the file alone, as a user copies it
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("copy.sqlite"));
             ResultSet r = c.createStatement().executeQuery("SELECT name FROM t")) {
            assertTrue(r.next());
            assertEquals("edited in the studio", r.getString(1));
        }
        goal.join(10_000);
        assertFalse(goal.isAlive());
    }
}
