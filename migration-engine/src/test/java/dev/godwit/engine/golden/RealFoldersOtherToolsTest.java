package dev.godwit.engine.golden;

import static dev.godwit.engine.golden.RealFoldersTest.DRIZZLE;
import static dev.godwit.engine.golden.RealFoldersTest.REAL;
import static dev.godwit.engine.golden.RealFoldersTest.TOKEN;
import static dev.godwit.engine.golden.RealFoldersTest.apply;
import static dev.godwit.engine.golden.RealFoldersTest.tables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.d1.D1Database;
import dev.godwit.engine.d1.D1Settings;
import dev.godwit.engine.d1.D1StandIn;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.introspect.Introspector;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.MigrationException;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.preflight.Preflight;
import dev.godwit.engine.preflight.RowGenerator;
import dev.godwit.engine.target.Target;
import dev.godwit.engine.verify.Verifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * More real folders written by other tools and by hand (src/test/resources/real-folders/, SOURCE.md in each): NuxtHub's playground (a drizzle-kit rebuild
 * that adds a foreign key), drizzle-orm's own migrator fixtures (a version 5 folder edited by hand, a trailing breakpoint).
 */
class RealFoldersOtherToolsTest {

    @TempDir
    Path dir;

    /** NuxtHub's playground: drizzle-kit's rebuild of comments adds a key to pages. Applies everywhere; no drift; verify clean. */
    @Test
    void nuxtHubPlaygroundApplies() throws IOException {
        MigrationsFolder folder = MigrationsFolder.at(REAL.resolve("nuxt-hub__core/sqlite"));
        Path db = dir.resolve("nuxthub.sqlite");
        assertEquals(List.of("0000_busy_shaman", "0001_burly_molten_man"), apply(db, folder, DRIZZLE).applied());
        assertEquals(List.of(), apply(db, folder, DRIZZLE).applied());
        try (SqliteDatabase d = SqliteDatabase.open(db)) {
            assertEquals(List.of("__drizzle_migrations", "comments", "pages", "todos"), tables(d));
            assertEquals(List.of(), Verifier.drift(d, DRIZZLE, folder.migrations(), Verifier.recorded(folder)));
            assertEquals("pages", d.query("SELECT \"table\" AS t FROM pragma_foreign_key_list('comments')").get(0).get("t"));
        }
        var v = Verifier.check(() -> Verifier.recorded(folder), folder, true);
        assertEquals(List.of(), v.findings());
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), "acct", "db", TOKEN);
             D1Database d1 = new D1Database(new D1Settings("acct", "db", TOKEN, standIn.endpoint()))) {
            Migrator m = new Migrator(d1, DRIZZLE, EngineLog.SILENT).checkingPendingWith(
                    Preflight.ofLiveSchema(d1, Set.of(DRIZZLE.name()), false, EngineLog.SILENT));
            assertEquals(2, m.apply(folder, ApplyOptions.defaults()).applied().size());
        }
    }

    /**
     * Over comments whose pageId names no page (rows a database could hold: there was no key), 0001's copy into the new table
     * fails the new key, locally as on D1 (PRAGMA foreign_keys=OFF does nothing in the migration's transaction): refused, named.
     */
    @Test
    void nuxtHubsNewForeignKeyOverOrphanCommentsIsRefused() {
        MigrationsFolder folder = MigrationsFolder.at(REAL.resolve("nuxt-hub__core/sqlite"));
        List<Migration> all = Migrator.local(folder, DRIZZLE);
        Path db = dir.resolve("orphans.sqlite");
        try (SqliteDatabase d = SqliteDatabase.open(db)) {
            new Migrator(d, DRIZZLE, EngineLog.SILENT).apply(all.subList(0, 1), ApplyOptions.defaults());
            d.runAtomically(List.of("INSERT INTO comments (id, pageId, content) VALUES (1, 42, 'orphan')"), false);
        }
        var e = assertThrows(RuntimeException.class, () -> apply(db, folder, DRIZZLE));
        assertTrue(e.getMessage().contains("0001_burly_molten_man.sql") && e.getMessage().contains("FOREIGN KEY constraint failed"), e.getMessage());
        try (SqliteDatabase d = SqliteDatabase.open(db)) {
            assertEquals(1L, count(d, "comments"));
            assertEquals(1L, count(d, "__drizzle_migrations"), "0001 was not applied");
        }
    }

    /** drizzle-orm's fixture ending in a breakpoint: the blank statement after it is no statement; applies and verifies the rows. */
    @Test
    void drizzleOrmsTrailingBreakpointIsNoStatement() {
        MigrationsFolder folder = MigrationsFolder.at(REAL.resolve("drizzle-team__drizzle-orm/sqlite-blank-statements"));
        assertEquals(1, Migrator.local(folder, DRIZZLE).get(0).statements().size());
        Path db = dir.resolve("blank.sqlite");
        assertEquals(List.of("0000_create_blank_statements"), apply(db, folder, DRIZZLE).applied());
        assertEquals(List.of(), apply(db, folder, DRIZZLE).applied());
        try (SqliteDatabase d = SqliteDatabase.open(db)) {
            assertEquals(List.of("__drizzle_migrations", "blank_statements"), tables(d));
        }
    }

    /**
     * drizzle-orm's own sqlite fixture: journal version 5, a version 5 snapshot edited apart from its SQL. db:apply needs only
     * the SQL; drift and db:verify refuse the old snapshot with the way on (db:up); after db:up, db:verify names the mismatch.
     */
    @Test
    void drizzleOrmsVersion5FolderAppliesAndItsHandEditedSnapshotIsFound() throws IOException {
        MigrationsFolder committed = MigrationsFolder.at(REAL.resolve("drizzle-team__drizzle-orm/sqlite"));
        Path db = dir.resolve("v5.sqlite");
        assertEquals(List.of("0000_fancy_bug"), apply(db, committed, DRIZZLE).applied());
        assertEquals(List.of(), apply(db, committed, DRIZZLE).applied());
        try (SqliteDatabase d = SqliteDatabase.open(db)) {
            assertEquals(List.of("__drizzle_migrations", "another_users", "users12"), tables(d));
            var e = assertThrows(dev.godwit.engine.folder.SnapshotException.class,
                    () -> Verifier.drift(d, DRIZZLE, committed.migrations(), Verifier.recorded(committed)));
            assertEquals("sqlite/meta/0000_snapshot.json is a version 5 snapshot, written by an older drizzle-kit: run mvn db:up once to"
                    + " upgrade the folder's snapshots to version 6 (what drizzle-kit up does), then commit them", e.getMessage());
        }
        MigrationsFolder folder = copy(REAL.resolve("drizzle-team__drizzle-orm/sqlite"));
        new dev.godwit.engine.up.SnapshotUpgrader(EngineLog.SILENT).up(folder);
        var v = Verifier.check(() -> Verifier.recorded(folder), folder, true);
        assertEquals(1, v.findings().size(), v.findings().toString());
        String m = v.findings().get(0).message();
        assertTrue(m.contains("another_users") && m.contains("cities"), m);
    }

    // ---------------------------------------------------------------- helpers

    static long count(SqliteDatabase d, String table) {
        return ((Number) d.query("SELECT count(*) AS n FROM \"" + table + "\"").get(0).get("n")).longValue();
    }

    MigrationsFolder copy(Path from) throws IOException {
        Path to = dir.resolve("copy");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        return MigrationsFolder.at(to);
    }
}
