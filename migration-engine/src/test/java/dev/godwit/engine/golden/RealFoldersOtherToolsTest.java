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
 * More real folders written by other tools and by hand (src/test/resources/real-folders/, SOURCE.md in each): homarr's long
 * drizzle-kit history with hand-edited COMMIT/PRAGMA foreign_keys=OFF/BEGIN blocks, NuxtHub's playground (a drizzle-kit rebuild
 * that adds a foreign key), drizzle-orm's own migrator fixtures (a version 5 folder edited by hand, a trailing breakpoint).
 */
class RealFoldersOtherToolsTest {

    @TempDir
    Path dir;

    static final Path HOMARR = REAL.resolve("homarr-labs__homarr/sqlite");

    /**
     * homarr's 0001 (and 0006, 0023, 0025, 0030) end drizzle-orm's transaction to switch foreign keys off: COMMIT TRANSACTION;
     * PRAGMA foreign_keys = OFF; BEGIN TRANSACTION; ... Refused before anything runs, locally and on D1, and now told why only
     * removing the transaction statements is not the way on (the PRAGMA then does nothing, and the DROP of __user_old cascades).
     */
    @Test
    void homarrsHandEditedTransactionsAreRefusedWithTheWayOn() {
        MigrationsFolder folder = MigrationsFolder.at(HOMARR);
        assertEquals(42, Migrator.local(folder, DRIZZLE).size());
        Path db = dir.resolve("homarr.sqlite");
        MigrationException e = assertThrows(MigrationException.class, () -> apply(db, folder, DRIZZLE));
        assertEquals("Migration 0001_mixed_titanium_man.sql, statement 1 of 12 is COMMIT, a transaction statement:\n"
                + "    COMMIT TRANSACTION;\n"
                + "  Remove it: each migration already runs in its own transaction with its history row (as on D1, which refuses transaction"
                + " statements). This migration also switches foreign keys off, which a PRAGMA inside a transaction cannot do: removing only"
                + " its transaction statements runs it with foreign keys on, where a DROP TABLE of a parent fires its children's ON DELETE"
                + " actions (the pre-flight names the rows that would go). For a plain SQLite file, remove them all and apply with"
                + " -Ddb.local.foreignKeysOff, which switches foreign keys off around this migration's transaction and checks them before it"
                + " commits; D1 cannot switch them off. Nothing was applied.", e.getMessage());
        try (SqliteDatabase d = SqliteDatabase.open(db)) {
            assertEquals(List.of(), tables(d), "nothing was applied");
        }
    }

    /**
     * The way on the refusal gives, taken: the transaction statements removed, foreign keys on (as D1 and a plain apply run it),
     * the pre-flight over rows refuses 0001 for the children its DROP TABLE `__user_old` deletes; with -Ddb.local.foreignKeysOff
     * all 42 apply over those rows and none is lost.
     */
    @Test
    void homarrWithoutItsTransactionStatementsNeedsForeignKeysOff() throws IOException {
        MigrationsFolder folder = stripped(HOMARR);
        List<Migration> all = Migrator.local(folder, DRIZZLE);
        Path db = dir.resolve("rows.sqlite");
        long before;
        try (SqliteDatabase d = SqliteDatabase.open(db)) {
            new Migrator(d, DRIZZLE, EngineLog.SILENT).apply(all.subList(0, 1), ApplyOptions.defaults());
            new RowGenerator(d, 7).fill(Introspector.introspect(d, Set.of(DRIZZLE.name())), 3);
            before = count(d, "session");
            assertEquals(3, before);
        }
        var e = assertThrows(dev.godwit.engine.preflight.PreflightRefusedException.class, () -> apply(db, folder, DRIZZLE));
        assertTrue(e.getMessage().contains("- \"session\": 3 of 3 rows deleted, through 0001_mixed_titanium_man.sql statement 5: DROP TABLE"
                + " `__user_old`;"), e.getMessage());
        try (SqliteDatabase d = SqliteDatabase.open(db)) {
            Preflight p = Preflight.forTarget(new Target.LocalFile(db), d, Set.of(DRIZZLE.name()), false, EngineLog.SILENT)
                    .withCommandArgs("").withForeignKeysOffAround(true);
            var r = new Migrator(d, DRIZZLE, EngineLog.SILENT).withCommandArgs("").checkingPendingWith(p)
                    .apply(folder, ApplyOptions.defaults().withLocalForeignKeysOff(true));
            assertEquals(41, r.applied().size());
            assertEquals(3, count(d, "session"), "no session lost");
            assertTrue(tables(d).contains("layout"), tables(d).toString());
        }
    }

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


    /**
     * NuxtHub's playground went on to drizzle-kit 1.0's layout (its next migration, 20260510145319_vengeful_harpoon/migration.sql,
     * at commit 8c3838ca). That folder beside the journal, as a merge of a converted branch with one that was not leaves it: Godwit
     * read the journal only and applied the two, "up to date", the third never run. Now refused, naming it, nothing applied.
     */
    @Test
    void aDrizzleKit1MigrationFolderBesideTheJournalIsRefused() throws IOException {
        MigrationsFolder folder = copy(REAL.resolve("nuxt-hub__core/sqlite"));
        Path next = folder.dir().resolve("20260510145319_vengeful_harpoon");
        Files.createDirectories(next);
        Files.writeString(next.resolve("migration.sql"), "CREATE TABLE `author` (\n\t`id` integer PRIMARY KEY,\n\t`name` text NOT NULL\n);\n"
                + "--> statement-breakpoint\nALTER TABLE `todos` RENAME COLUMN `createdAt` TO `created_at`;--> statement-breakpoint\n"
                + "ALTER TABLE `comments` ADD `authorId` integer REFERENCES author(id);");
        Path db = dir.resolve("mixed.sqlite");
        MigrationException e = assertThrows(MigrationException.class, () -> apply(db, folder, DRIZZLE));
        assertEquals("Migration folder(s) with no journal entry in copy: 20260510145319_vengeful_harpoon/migration.sql. That is drizzle-kit"
                + " 1.0's layout (one folder per migration, no journal; its up converts meta/_journal.json to it and deletes meta/), beside a"
                + " journal: Godwit, like drizzle-orm's migrate() before 1.0, reads only the journal's migrations, so it would be skipped"
                + " silently. Keep one layout: move the SQL into a migration from mvn db:generate -Ddb.custom and delete the folder, or keep"
                + " migrating with drizzle-kit 1.0 (which refuses a folder that still has meta/_journal.json). mvn db:up converts a folder wholly"
                + " in drizzle-kit 1.0's layout (no journal) to the journal's, not one that mixes the two. Nothing was applied.", e.getMessage());
        try (SqliteDatabase d = SqliteDatabase.open(db)) {
            assertEquals(List.of(), tables(d), "nothing was applied");
        }
        assertEquals(2, Migrator.local(MigrationsFolder.at(REAL.resolve("nuxt-hub__core/sqlite")), RealFoldersTest.WRANGLER).size(),
                "wrangler's layout reads the .sql files at the top only, as wrangler does");
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

    /** A copy of the folder with every line that is only COMMIT / BEGIN [TRANSACTION]; removed. */
    MigrationsFolder stripped(Path from) throws IOException {
        Path to = dir.resolve("stripped");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else if (p.toString().endsWith(".sql")) Files.writeString(target, Files.readString(p)
                        .replaceAll("(?im)^(COMMIT|BEGIN)( TRANSACTION)?;\\s*(--> statement-breakpoint)?\\s*$", ""));
                else Files.copy(p, target);
            }
        }
        return MigrationsFolder.at(to);
    }
}
