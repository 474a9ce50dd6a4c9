package dev.godwit.engine.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.testing.RecordingLog;
import dev.godwit.engine.testing.TestTables;
import dev.godwit.schema.model.SchemaDef;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database restored (Time Travel, db:restore) or repaired from elsewhere while an apply runs: the migrations after the
 * point it went back to are not sent on top of it (the history would keep a gap, the schema be one no migrations describe).
 */
class ApplyAfterHistoryMovedBackTest {

    @TempDir
    Path dir;

    @Test
    void aMigrationWhosePredecessorWentFromTheHistoryMeanwhileIsNotSent() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        Generator g = new Generator();
        g.generate(new SchemaDef(List.of(TestTables.table("users", "name")), List.of()), folder, GenerateOptions.batch().withName("init"));
        g.generate(new SchemaDef(List.of(TestTables.table("users", "name", "email")), List.of()), folder, GenerateOptions.batch().withName("email"));
        g.generate(new SchemaDef(List.of(TestTables.table("users", "name", "email"), TestTables.table("posts", "title")), List.of()), folder,
                GenerateOptions.batch().withName("posts"));
        List<Migration> all = folder.migrations();
        RecordingLog log = new RecordingLog();
        try (SqliteDatabase real = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
            new Migrator(real, HistoryTable.forName("__drizzle_migrations"), log).apply(all.subList(0, 1), ApplyOptions.defaults());
            // the second migration's transaction commits; before the third is sent, the database goes back to before the run
            AtomicInteger transactions = new AtomicInteger();
            Database db = (Database) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Database.class}, (p, method, args) -> {
                if (method.getName().equals("runAtomically") && transactions.incrementAndGet() == 2) {
                    real.runAtomically(List.of("ALTER TABLE users DROP COLUMN email",
                            "DELETE FROM __drizzle_migrations WHERE created_at = " + all.get(1).when()), false);
                }
                try {
                    return method.invoke(real, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });
            MigrationException e = assertThrows(MigrationException.class,
                    () -> new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log).apply(all, ApplyOptions.defaults()));
            assertTrue(e.getMessage().startsWith("Migration 0002_posts.sql was not applied: __drizzle_migrations no longer records 0001_email.sql,"
                    + " which this run applied (or found recorded) just before it"), e.getMessage());
            // it was sent on top: the history held 0000 and 0002, without 0001, and the table posts
            assertEquals(List.of(all.get(0).when()), real.query("SELECT created_at FROM __drizzle_migrations ORDER BY id").stream()
                    .map(r -> ((Number) r.get("created_at")).longValue()).toList());
            assertEquals(List.of(), real.query("SELECT name FROM sqlite_master WHERE name = 'posts'"));
        }
    }

    /**
     * The restore lands between the history read and the run's first request: the first migration was sent on top of it (the
     * guard covered only a migration after another of the same run). It is checked against the history's last row as read, in the
     * same request: drizzle's history and wrangler's.
     */
    @Test
    void theFirstMigrationOfARunIsNotSentWhenTheHistorysLastRowWentBeforeIt() throws Exception {
        for (String table : List.of("__drizzle_migrations", "d1_migrations")) {
            Path here = dir.resolve(table);
            MigrationsFolder folder = MigrationsFolder.at(here.resolve("drizzle"));
            Generator g = new Generator();
            g.generate(new SchemaDef(List.of(TestTables.table("users", "name")), List.of()), folder, GenerateOptions.batch().withName("init"));
            g.generate(new SchemaDef(List.of(TestTables.table("users", "name", "email")), List.of()), folder, GenerateOptions.batch().withName("email"));
            g.generate(new SchemaDef(List.of(TestTables.table("users", "name", "email"), TestTables.table("posts", "title")), List.of()), folder,
                    GenerateOptions.batch().withName("posts"));
            List<Migration> all = folder.migrations();
            RecordingLog log = new RecordingLog();
            try (SqliteDatabase real = SqliteDatabase.open(here.resolve("app.sqlite"))) {
                new Migrator(real, HistoryTable.forName(table), log).apply(all.subList(0, 2), ApplyOptions.defaults());
                // the next run reads the history (0000, 0001) and finds 0002 pending; before its request, the database goes back
                // to before 0001 (Time Travel from another terminal, a db:restore of a local file)
                String row = table.equals("d1_migrations") ? "name = '" + all.get(1).fileName() + "'" : "created_at = " + all.get(1).when();
                AtomicInteger transactions = new AtomicInteger();
                Database db = (Database) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Database.class}, (p, method, args) -> {
                    if (method.getName().equals("runAtomically") && transactions.incrementAndGet() == 1) {
                        real.runAtomically(List.of("ALTER TABLE users DROP COLUMN email", "DELETE FROM " + table + " WHERE " + row), false);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
                MigrationException e = assertThrows(MigrationException.class,
                        () -> new Migrator(db, HistoryTable.forName(table), log).apply(all, ApplyOptions.defaults()), table);
                assertTrue(e.getMessage().startsWith("Migration 0002_posts.sql was not applied: " + table + " no longer records 0001_email.sql,"
                        + " which was its last row when this run read the history, before sending anything"), e.getMessage());
                // it was sent on top: the history held 0000 and 0002, without 0001, and the table posts
                assertEquals(1, ((Number) real.query("SELECT count(*) AS n FROM " + table).get(0).get("n")).intValue(), table);
                assertEquals(List.of(), real.query("SELECT name FROM sqlite_master WHERE name = 'posts'"), table);
            }
        }
    }
}
