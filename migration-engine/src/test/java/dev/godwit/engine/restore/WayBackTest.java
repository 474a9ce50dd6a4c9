package dev.godwit.engine.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.d1.D1Database;
import dev.godwit.engine.d1.D1Settings;
import dev.godwit.engine.d1.D1StandIn;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.migrate.AppliedMigration;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.MigrationException;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.target.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The way back the refusals name, to before migrations that ran: printed as {@code mvn db:restore -Ddb.env=production
 * -Ddb.timestamp=TIME before it, or the bookmark db:apply printed then} (db:apply, db:status) or {@code -Ddb.bookmark=B with the
 * Time Travel bookmark db:apply printed before it ran} (db:drop), which fail as pasted. Where the project's records name the state
 * (the bookmark log's line from before wrangler's applied_at, or a second before it), a command that works as printed; where
 * nothing can (drizzle's history keeps no time of apply), what to look up and where, with no placeholder.
 */
class WayBackTest {

    @TempDir
    Path dir;

    static final HistoryTable WRANGLER = new HistoryTable.Wrangler("d1_migrations");

    @Test
    void onD1WithWranglersHistoryTheRefusalNamesTheBookmarkFromBeforeTheMigration() throws Exception {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(migrations.resolve("0001_users.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
        LocalBackups backups = new LocalBackups(dir.resolve(".godwit/backups"), 5);
        Path bookmarks = dir.resolve(".godwit").resolve(Restorer.BOOKMARKS);
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), "acct", "db-prod", "tok")) {
            D1Settings settings = new D1Settings("acct", "db-prod", "tok", standIn.endpoint());
            Target.RemoteD1 target = new Target.RemoteD1(settings, "test", "shop-production");
            String before;
            try (D1Database db = new D1Database(settings)) {
                before = standIn.currentBookmark();
                new Migrator(db, WRANGLER, EngineLog.SILENT).withCommandArgs(" -Ddb.env=production")
                        .beforeApplying(p -> new Restorer(EngineLog.SILENT).beforeApply(target, db, backups, " -Ddb.env=production", " --env production"))
                        .apply(MigrationsFolder.at(migrations), ApplyOptions.defaults());
            }
            // an abandoned branch's migration ran here: the folder no longer has it, and has another one pending
            Files.delete(migrations.resolve("0001_users.sql"));
            Files.writeString(migrations.resolve("0002_posts.sql"), "CREATE TABLE posts (id INTEGER PRIMARY KEY);\n");
            String appliedAt;
            try (D1Database db = new D1Database(settings)) {
                appliedAt = db.query("SELECT applied_at FROM d1_migrations").get(0).get("applied_at").toString();
                MigrationException e = assertThrows(MigrationException.class, () -> new Migrator(db, WRANGLER, EngineLog.SILENT)
                        .withCommandArgs(" -Ddb.env=production").withWayBack(WayBack.d1(bookmarks, "db-prod", "shop-production", " -Ddb.env=production"))
                        .apply(MigrationsFolder.at(migrations), ApplyOptions.defaults()));
                assertTrue(e.getMessage().contains("On a development database, go back to before it (mvn db:restore -Ddb.bookmark=" + before
                        + " -Ddb.env=production: the bookmark taken at "), e.getMessage());
                assertTrue(e.getMessage().contains(", before 0001_users.sql ran at " + Instant.parse(appliedAt.replace(' ', 'T') + "Z")
                        + ", as .godwit/d1-bookmarks.log records) or start it afresh"), e.getMessage());
                assertFalse(e.getMessage().contains("TIME"), e.getMessage());

                // no bookmark log (another machine, CI): wrangler's applied_at still names the time, a second before it
                Files.delete(bookmarks);
                e = assertThrows(MigrationException.class, () -> new Migrator(db, WRANGLER, EngineLog.SILENT)
                        .withCommandArgs(" -Ddb.env=production").withWayBack(WayBack.d1(bookmarks, "db-prod", "shop-production", " -Ddb.env=production"))
                        .apply(MigrationsFolder.at(migrations), ApplyOptions.defaults()));
                Instant ran = Instant.parse(appliedAt.replace(' ', 'T') + "Z");
                assertTrue(e.getMessage().contains("go back to before it (mvn db:restore -Ddb.env=production -Ddb.timestamp=" + ran.minusSeconds(1)
                        + ": a second before 0001_users.sql ran, at " + ran + " as the history records"), e.getMessage());
            }
        }
    }

    /**
     * A remote run failing at its second migration, the first applied: the bookmark that undoes the run was printed at INFO only,
     * which {@code mvn -q} hides, so the error (all a quiet build prints) said nothing of the way back. It repeats it now, and the
     * command works as printed; a failure with nothing applied before it in the run adds nothing (the database is as it was).
     * wrangler's own command is repeated too (it was in the INFO lines only, so a team restoring with wrangler had none under -q).
     */
    @Test
    void aFailureAfterAppliedMigrationsRepeatsTheWayBackToBeforeTheRun() throws Exception {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(migrations.resolve("0001_users.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
        Files.writeString(migrations.resolve("0002_bad.sql"), "CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES nope(id));\nINSERT INTO missing VALUES (1);\n");
        LocalBackups backups = new LocalBackups(dir.resolve(".godwit/backups"), 5);
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), "acct", "db-prod", "tok")) {
            D1Settings settings = new D1Settings("acct", "db-prod", "tok", standIn.endpoint());
            Target.RemoteD1 target = new Target.RemoteD1(settings, "test", "shop-production");
            try (D1Database db = new D1Database(settings)) {
                String before = standIn.currentBookmark();
                MigrationException e = assertThrows(MigrationException.class, () -> new Migrator(db, WRANGLER, EngineLog.SILENT)
                        .withCommandArgs(" -Ddb.env=production")
                        .beforeApplying(p -> new Restorer(EngineLog.SILENT).beforeApply(target, db, backups, " -Ddb.env=production", " --env production"))
                        .apply(MigrationsFolder.at(migrations), ApplyOptions.defaults()));
                assertTrue(e.getMessage().startsWith("Migration 0002_bad.sql failed at statement 2 of 2:"), e.getMessage());
                assertTrue(e.getMessage().endsWith("\n  This run applied 0001_users.sql before it; they stay applied. To go back to before this run (the"
                        + " bookmark is also in .godwit/d1-bookmarks.log): mvn db:restore -Ddb.bookmark=" + before + " -Ddb.env=production"
                        + "\n    or: wrangler d1 time-travel restore shop-production --bookmark=" + before + " --env production"), e.getMessage());
                assertEquals(1, db.query("SELECT name FROM sqlite_master WHERE name = 'users'").size());

                MigrationException again = assertThrows(MigrationException.class, () -> new Migrator(db, WRANGLER, EngineLog.SILENT)
                        .beforeApplying(p -> new Restorer(EngineLog.SILENT).beforeApply(target, db, backups, "", ""))
                        .apply(MigrationsFolder.at(migrations), ApplyOptions.defaults()));
                assertFalse(again.getMessage().contains("This run applied"), again.getMessage());
            }
        }
    }

    /** A bookmark the log keeps of another database, or from after the migration ran, is not the one named. */
    @Test
    void onlyThisDatabasesBookmarkFromBeforeTheMigrationIsNamed() throws Exception {
        Path log = Files.createDirectories(dir.resolve(".godwit")).resolve(Restorer.BOOKMARKS);
        Files.writeString(log, String.join("\n",
                "2026-12-01T09:00:00Z  D1 database shop-production (db-prod)  bookmark old-prod  mvn db:restore -Ddb.bookmark=old-prod -Ddb.env=production",
                "2026-12-01T10:00:00Z  D1 database shop-staging (db-stag)  bookmark stag  mvn db:restore -Ddb.bookmark=stag -Ddb.env=staging",
                "2026-12-01T10:00:05Z  D1 database shop-production (db-prod)  bookmark right  mvn db:restore -Ddb.bookmark=right -Ddb.env=production",
                "2026-12-01T10:00:09Z  D1 database shop-production (db-prod)  bookmark after  mvn db:restore -Ddb.bookmark=after -Ddb.env=production", ""));
        String said = WayBack.d1(log, "db-prod", "shop-production", " -Ddb.env=production")
                .before(List.of(new AppliedMigration("0003_x.sql", null, null, "2026-12-01 10:00:07"), new AppliedMigration("0002_w.sql", null, null,
                        "2026-12-01 10:00:05")));
        assertEquals("mvn db:restore -Ddb.bookmark=right -Ddb.env=production: the bookmark taken at 2026-12-01T10:00:05Z, before 0002_w.sql ran at"
                + " 2026-12-01T10:00:05Z, as .godwit/d1-bookmarks.log records", said);
    }

    /** A fleet's database: no bookmark is taken, wrangler's applied_at names the time ("-Ddb.timestamp=TIME before it" failed as pasted). */
    @Test
    void aFleetsDatabaseWithWranglersHistoryGetsATimestampCommand() {
        String said = WayBack.fleetMember(dir.resolve("target/godwit"), "tenant-1", " -Ddb.d1.databaseId=tenant-1")
                .before(List.of(new AppliedMigration("0002_w.sql", null, null, Instant.now().minusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                        .toString().replace('T', ' ').replace("Z", ""))));
        assertTrue(said.startsWith("mvn db:restore -Ddb.d1.databaseId=tenant-1 -Ddb.timestamp="), said);
        assertTrue(said.endsWith(": a second before 0002_w.sql ran, at " + Instant.parse(said.substring(said.lastIndexOf(" at ") + 4,
                said.lastIndexOf(" as the history"))) + " as the history records"), said);
    }

    /**
     * drizzle's history keeps the migration's "when" (when it was written), no time of apply: no command is guessed, the text says
     * which value to look up, where, and which line of the log to start from.
     */
    @Test
    void withDrizzlesHistoryItSaysWhatToLookUpAndWhere() throws Exception {
        Path log = Files.createDirectories(dir.resolve(".godwit")).resolve(Restorer.BOOKMARKS);
        long when = Instant.parse("2026-12-01T09:30:00Z").toEpochMilli();
        AppliedMigration row = new AppliedMigration("0003_x", "abc", when, null);
        WayBack d1 = WayBack.d1(log, "db-prod", "shop-production", " -Ddb.env=production");
        String none = d1.before(List.of(row));
        assertEquals("drizzle's history keeps no time of apply, so which bookmark is from before 0003_x ran is not known here: it is the one the"
                + " db:apply that ran it printed first ('Time Travel bookmark of D1 database shop-production before this apply: ...' in that run's"
                + " output), which .godwit/d1-bookmarks.log does not have (no line of shop-production after 0003_x was written (2026-12-01T09:30:00Z));"
                + " give it to db:restore as -Ddb.bookmark, or a time before that run as -Ddb.timestamp", none);
        Files.writeString(log, String.join("\n",
                "2026-12-01T09:00:00Z  D1 database shop-production (db-prod)  bookmark old  mvn db:restore -Ddb.bookmark=old -Ddb.env=production",
                "2026-12-01T10:00:00Z  D1 database shop-production (db-prod)  bookmark next  mvn db:restore -Ddb.bookmark=next -Ddb.env=production", ""));
        assertTrue(d1.before(List.of(row)).contains("which .godwit/d1-bookmarks.log keeps with its time and its mvn db:restore command, on a line of"
                + " shop-production after 0003_x was written (2026-12-01T09:30:00Z) (the first such is from 2026-12-01T10:00:00Z)"), d1.before(List.of(row)));
        assertFalse(d1.before(List.of(row)).contains("-Ddb.bookmark=next"));
    }

    /** On a local file with wrangler's history, the copy taken before the row's applied_at; not the latest. */
    @Test
    void onALocalFileTheCopyFromBeforeTheMigrationIsNamed() throws Exception {
        Path file = dir.resolve("local.sqlite");
        try (var db = dev.godwit.engine.db.SqliteDatabase.open(file)) {
            db.runAtomically(List.of("CREATE TABLE t (x)"), false);
        }
        Path backupsDir = dir.resolve(".godwit/backups");
        java.time.Clock first = java.time.Clock.fixed(Instant.parse("2026-12-01T10:00:00.250Z"), java.time.ZoneOffset.UTC);
        Path early = new LocalBackups(backupsDir, 5, first).backup(file);
        try (var db = dev.godwit.engine.db.SqliteDatabase.open(file)) {
            db.runAtomically(List.of("CREATE TABLE u (x)"), false);
        }
        new LocalBackups(backupsDir, 5, java.time.Clock.fixed(Instant.parse("2026-12-01T11:00:00Z"), java.time.ZoneOffset.UTC)).backup(file);
        String said = WayBack.local(new LocalBackups(backupsDir, 5), file, "")
                .before(List.of(new AppliedMigration("0002_u.sql", null, null, "2026-12-01 10:00:00")));
        assertEquals("mvn db:restore -Dlocal -Ddb.backup=" + early + ": the copy taken at 2026-12-01T10:00:00.250Z, before 0002_u.sql ran at"
                + " 2026-12-01T10:00:00Z", said);
    }

    /**
     * drizzle's history on a local file, a migration db:rebase moved to a new "when" (SQL unchanged): db:repair moved the row after it
     * and kept a copy first, whose history records the same SQL under the old "when". That copy is not from before the migration
     * ran: restoring it brought the MOVED row back (db:apply refused it again, db:repair moved it again, and the SKIPPED refusal named
     * that copy once more). The copy from before the apply that ran it is named.
     */
    @Test
    void aCopyRecordingTheMigrationUnderItsOldWhenIsNotFromBeforeIt() throws Exception {
        Path file = dir.resolve("local.sqlite");
        String hash = "ee31023780a7" + "0".repeat(52);
        try (var db = dev.godwit.engine.db.SqliteDatabase.open(file)) {
            db.runAtomically(List.of("CREATE TABLE \"__drizzle_migrations\" (id INTEGER PRIMARY KEY AUTOINCREMENT, hash text NOT NULL, created_at numeric)"), false);
        }
        Path backupsDir = dir.resolve(".godwit/backups");
        // db:apply's copy, before the migration ran (under its old "when" 1000)
        Path beforeApply = new LocalBackups(backupsDir, 5, java.time.Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), java.time.ZoneOffset.UTC)).backup(file);
        try (var db = dev.godwit.engine.db.SqliteDatabase.open(file)) {
            db.runAtomically(List.of("CREATE TABLE c (x)", "INSERT INTO \"__drizzle_migrations\" (hash, created_at) VALUES ('" + hash + "', 1000)"), false);
        }
        // db:repair's copy, before it moved the row to the rebased "when" 2000
        Path beforeRepair = new LocalBackups(backupsDir, 5, java.time.Clock.fixed(Instant.parse("2026-12-01T11:00:00Z"), java.time.ZoneOffset.UTC)).backup(file);
        try (var db = dev.godwit.engine.db.SqliteDatabase.open(file)) {
            db.runAtomically(List.of("UPDATE \"__drizzle_migrations\" SET created_at = 2000"), false);
        }
        String said = WayBack.local(new LocalBackups(backupsDir, 5), file, "", new HistoryTable.Drizzle("__drizzle_migrations"))
                .before(List.of(new AppliedMigration(null, hash, 2000L, null)));
        assertTrue(said.startsWith("mvn db:restore -Dlocal -Ddb.backup=" + beforeApply + ": "), said);
        assertFalse(said.contains(beforeRepair.toString()), said);
    }
}
