package dev.godwit.engine.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import dev.godwit.engine.testing.TestTables;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.drop.DropOptions;
import dev.godwit.engine.drop.Dropper;
import dev.godwit.engine.folder.Checksums;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.MigrationState;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.verify.Verifier;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepairerTest {

    @TempDir
    Path dir;

    MigrationsFolder folder;
    Path dbFile;
    final List<String> log = new ArrayList<>();
    final EngineLog engineLog = new EngineLog() {
        @Override
        public void info(String message) {
            log.add("INFO " + message);
        }

        @Override
        public void warn(String message) {
            log.add("WARN " + message);
        }
    };

    static TableDef table(String name, String... columns) {
        return TestTables.table(name, columns);
    }

    static final SchemaDef V1 = new SchemaDef(List.of(table("users", "name"), table("posts", "title")), List.of());

    @BeforeEach
    void twoMigrations() {
        folder = MigrationsFolder.at(dir.resolve("drizzle"));
        dbFile = dir.resolve("app.sqlite");
        Generator g = new Generator();
        g.generate(new SchemaDef(List.of(table("users", "name")), List.of()), folder, GenerateOptions.batch().withName("init"));
        g.generate(V1, folder, GenerateOptions.batch().withName("posts"));
    }

    void applyAll(HistoryTable history) {
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            new Migrator(db, history, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
        }
    }

    List<Map<String, Object>> rows(String sql) {
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            return db.query(sql);
        }
    }

    String edit() throws IOException {
        Path f = folder.sqlFile("0001_posts");
        String sql = Files.readString(f) + "\n-- reviewed: safe on the production data";
        Files.writeString(f, sql);
        return sql;
    }

    static final HistoryTable DRIZZLE = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);

    /** Applies both migrations in drizzle's history; returns the "when" of 0001_posts, which keys its row. */
    long applyBoth() {
        applyAll(DRIZZLE);
        return folder.migrations().get(1).when();
    }

    void run(String sql) {
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            db.runAtomically(List.of(sql), false);
        }
    }

    /** The outcome that counts after a repair: a following db:apply runs nothing again. */
    void assertNothingToApply(HistoryTable history) {
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            assertEquals(List.of(), new Migrator(db, history, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults()).applied());
        }
    }

    RepairResult repair(HistoryTable history, RepairOptions options) {
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            return new Repairer(engineLog).repair(folder, db, history, options);
        }
    }

    @Test
    void anEditedAppliedMigrationIsListedAndRefusedInBatchModeWithoutForce() throws IOException {
        HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        applyAll(history);
        String oldHash = Checksums.sha256Hex(Files.readString(folder.sqlFile("0001_posts")));
        String sql = edit();
        String newHash = Checksums.sha256Hex(sql);
        String oldSum = Files.readString(folder.sumFile("0001_posts"));
        RepairException e = assertThrows(RepairException.class, () -> repair(history, new RepairOptions(false, null)));
        assertEquals("db:repair of local SQLite file " + dbFile.toAbsolutePath() + " and drizzle:\n"
                + "  - re-record the checksum of 0001_posts in __drizzle_migrations: " + oldHash.substring(0, 12) + " -> " + newHash.substring(0, 12)
                + " (0001_posts.sql changed after it was applied)\n"
                + "  - re-record the checksum of 0001_posts in drizzle/meta/_sums/0001_posts.sha256: " + oldHash.substring(0, 12) + " -> "
                + newHash.substring(0, 12) + " (0001_posts.sql was edited after it was generated)\n"
                + "Run again with -Ddb.force to make these changes (in batch mode db:repair asks nothing). Nothing was changed.", e.getMessage());
        assertEquals(oldSum, Files.readString(folder.sumFile("0001_posts")));
        assertEquals(oldHash, rows("SELECT hash FROM __drizzle_migrations ORDER BY created_at").get(1).get("hash"));
    }

    /**
     * An index appended to an applied migration: db:repair records the edited file and runs none of it, so the database lacks the
     * index every new database gets. It re-recorded the checksum without a word; it now says so, with the difference, before and after.
     */
    @Test
    void anEditThatAddsAStatementIsSaidNotToHaveRunHere() throws IOException {
        applyAll(DRIZZLE);
        Path f = folder.sqlFile("0001_posts");
        Files.writeString(f, Files.readString(f) + "\n--> statement-breakpoint\nCREATE INDEX `posts_title_idx` ON `posts` (`title`);");
        String expected = "This database's schema is not what the migrations it records make as they are now, edited (drizzle/0001_posts.sql): "
                + "index missing: \"posts_title_idx\" on \"posts\". db:repair records the edited SQL as applied and runs none of it: what the edit added or"
                + " changed never ran here";
        RepairException e = assertThrows(RepairException.class, () -> repair(DRIZZLE, new RepairOptions(false, null)));
        assertTrue(e.getMessage().contains("\n" + expected), e.getMessage());
        repair(DRIZZLE, new RepairOptions(true, null));
        assertTrue(log.get(log.size() - 1).startsWith("WARN " + expected), log.toString());
        // run by hand as it says: nothing more is said
        run("CREATE INDEX `posts_title_idx` ON `posts` (`title`)");
        Files.writeString(f, Files.readString(f) + "\n-- reviewed");
        log.clear();
        repair(DRIZZLE, new RepairOptions(true, null));
        assertTrue(log.stream().noneMatch(l -> l.startsWith("WARN")), log.toString());
    }

    @Test
    void forceReRecordsTheChecksumInTheHistoryAndInSums() throws IOException {
        HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        applyAll(history);
        String sql = edit();
        RepairResult r = repair(history, new RepairOptions(true, null));
        assertEquals(List.of("0001_posts"), r.rechecked());
        assertEquals(List.of("0001_posts"), r.sums());
        assertEquals(Checksums.sha256Hex(sql), rows("SELECT hash FROM __drizzle_migrations ORDER BY created_at").get(1).get("hash"));
        assertEquals(Checksums.sha256Hex(sql) + " when=" + folder.migrations().get(1).when() + " edited name=0001_posts.sql\n", Files.readString(folder.sumFile("0001_posts")));
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            List<MigrationState> states = new Migrator(db, history, EngineLog.SILENT).status(folder.migrations());
            assertTrue(states.stream().allMatch(s -> s.state() == MigrationState.State.APPLIED), states.toString());
        }
        assertEquals(List.of(), Verifier.verify(V1, folder));
        assertEquals("INFO Repaired: 2 change(s) made.", log.get(log.size() - 1));
        assertTrue(repair(history, new RepairOptions(false, null)).changedNothing(), "a second run finds nothing");
    }

    /**
     * An edit recorded with db:repair, then undone (git revert of that commit puts back the file and its checksum file): db:apply
     * said "restore the file from version control", which it already is. It now says the history holds other SQL, and names
     * db:repair, which records the file again.
     */
    @Test
    void anEditRecordedThenRevertedNamesTheHistoryNotTheFile() throws IOException {
        HistoryTable history = DRIZZLE;
        applyAll(history);
        Path file = folder.sqlFile("0001_posts");
        String generated = Files.readString(file);
        String sum = Files.readString(folder.sumFile("0001_posts"));
        edit();
        repair(history, new RepairOptions(true, null));
        Files.writeString(file, generated);
        Files.writeString(folder.sumFile("0001_posts"), sum);
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            var e = assertThrows(dev.godwit.engine.migrate.MigrationException.class,
                    () -> new Migrator(db, history, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults()));
            assertTrue(e.getMessage().startsWith("Applied migration(s) 0001_posts.sql are recorded in __drizzle_migrations with other SQL than their"
                    + " files, which are as db:generate wrote them"), e.getMessage());
            assertTrue(e.getMessage().contains("record them with mvn db:repair -Dlocal (no SQL runs)") && !e.getMessage().contains("restore the file"),
                    e.getMessage());
        }
        repair(history, new RepairOptions(true, null));
        assertEquals(sum, Files.readString(folder.sumFile("0001_posts")), "the checksum file, as generated, stays");
        assertNothingToApply(history);
    }

    /**
     * db:repair changes the history alone, and a wrong change has migrations run again or skipped: the way back (D1's bookmark,
     * a copy of the file) is taken once the changes are confirmed and before any is made; not when it asks and is told no, nor
     * when there is nothing to repair.
     */
    @Test
    void theWayBackIsTakenOnlyBeforeConfirmedChanges() {
        applyBoth();
        new Dropper(EngineLog.SILENT).drop(folder, new DropOptions(null, true), () -> SqliteDatabase.open(dbFile), DRIZZLE);
        List<String> taken = new ArrayList<>();
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            new Repairer(engineLog).beforeChanging(() -> taken.add("way back, rows: " + db.query("SELECT * FROM __drizzle_migrations").size()))
                    .repair(folder, db, DRIZZLE, new RepairOptions(false, q -> false));
            assertEquals(List.of(), taken, "told no");
            new Repairer(engineLog).beforeChanging(() -> taken.add("way back, rows: " + db.query("SELECT * FROM __drizzle_migrations").size()))
                    .repair(folder, db, DRIZZLE, new RepairOptions(true, null));
            assertEquals(List.of("way back, rows: 2"), taken, "before the row was removed");
            new Repairer(engineLog).beforeChanging(() -> taken.add("again")).repair(folder, db, DRIZZLE, new RepairOptions(true, null));
            assertEquals(List.of("way back, rows: 2"), taken, "nothing to repair");
        }
    }

    @Test
    void removesHistoryRowsOfMigrationsThatExistNowhere() {
        HistoryTable history = DRIZZLE;
        long when = applyBoth();
        new Dropper(EngineLog.SILENT).drop(folder, new DropOptions(null, true), () -> SqliteDatabase.open(dbFile), history);
        List<String> asked = new ArrayList<>();
        RepairResult no = repair(history, new RepairOptions(false, q -> asked.add(q) && false));
        assertTrue(no.changedNothing());
        assertEquals(List.of("Make these 1 change(s)?"), asked);
        assertEquals(2, rows("SELECT * FROM __drizzle_migrations").size());
        RepairResult yes = repair(history, new RepairOptions(false, q -> true));
        assertEquals(1, yes.removedRows().size());
        assertTrue(log.stream().anyMatch(l -> l.contains("  - remove the row of created_at " + when + " (hash ")
                && l.contains(") from __drizzle_migrations: no such migration in drizzle\nThe database's schema is not that of 0000_init")), log.toString());
        List<Map<String, Object>> left = rows("SELECT created_at FROM __drizzle_migrations");
        assertEquals(1, left.size());
        assertEquals(folder.migrations().get(0).when(), ((Number) left.get(0).get("created_at")).longValue());
        // the dropped migration ran here: its table stays, which db:status (history only) would call up to date, so it is said
        assertTrue(log.stream().anyMatch(l -> l.startsWith("WARN The database's schema is not that of 0000_init (drizzle/meta/0000_snapshot.json),"
                + " the last migration its history keeps: unexpected table: \"posts\". The migrations of the removed rows ran here")), log.toString());
        // the restore it names is this local file's (db:restore without -Dlocal goes to Cloudflare D1)
        // not -Dlocal alone: the latest copy, after a repair the one db:repair took, undoes the repair alone
        assertTrue(log.stream().anyMatch(l -> l.startsWith("WARN The database's schema is not that of 0000_init") && l.contains("(mvn db:restore -Dlocal"
                + " with -Ddb.backup= the copy db:apply kept before it ran them, in .godwit/backups/ under the time it was taken: not the latest, which"
                + " db:repair takes before it changes the history)")), log.toString());
    }

    /**
     * On a local file the way back the warning named was {@code mvn db:restore -Dlocal}, the latest copy: after the repair, the one
     * db:repair took just before, which undoes the repair alone (the rows come back, the table stays). It names the copy from before
     * the apply that ran the removed rows' migrations, the newest whose history does not record them, as a command.
     */
    @Test
    void onALocalFileTheWayBackItNamesIsTheCopyFromBeforeTheRemovedRowsMigrations() {
        dev.godwit.engine.restore.LocalBackups backups = new dev.godwit.engine.restore.LocalBackups(dir.resolve(".godwit/backups"), 5);
        dev.godwit.engine.target.Target.LocalFile target = new dev.godwit.engine.target.Target.LocalFile(dbFile);
        List<dev.godwit.engine.folder.Migration> all = folder.migrations();
        for (int i = 1; i <= 2; i++) {
            List<dev.godwit.engine.folder.Migration> upTo = all.subList(0, i);
            try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
                new Migrator(db, DRIZZLE, EngineLog.SILENT)
                        .beforeApplying(p -> new dev.godwit.engine.restore.Restorer(EngineLog.SILENT).beforeApply(target, db, backups, "", ""))
                        .apply(upTo, ApplyOptions.defaults());
            }
        }
        List<Path> copies = backups.list(dbFile);
        assertEquals(1, copies.size(), "the first apply's file held nothing yet: " + copies);
        Path beforePosts = copies.get(0);
        new Dropper(EngineLog.SILENT).drop(folder, new DropOptions(null, true), () -> SqliteDatabase.open(dbFile), DRIZZLE);
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            new Repairer(engineLog).withWayBack(dev.godwit.engine.restore.WayBack.local(backups, dbFile, "", DRIZZLE))
                    .takingWayBack(() -> new dev.godwit.engine.restore.Restorer(engineLog).beforeHistoryChange("repair", target, db, backups, "", ""))
                    .repair(folder, db, DRIZZLE, new RepairOptions(true, null));
        }
        assertEquals(2, backups.list(dbFile).size(), "db:repair kept a copy of its own, now the latest");
        String warning = log.stream().filter(l -> l.startsWith("WARN The database's schema is not that of 0000_init")).findFirst().orElseThrow();
        assertTrue(warning.contains("On a development database, go back to before them (mvn db:restore -Dlocal "
                + dev.godwit.engine.target.PrintedArgs.quoted("-Ddb.backup=" + beforePosts) + ": the newest copy whose __drizzle_migrations does"
                + " not record created_at " + all.get(1).when() + " (hash "), warning);
        assertTrue(!warning.contains("(mvn db:restore -Dlocal)"), warning);
    }

    /**
     * On Cloudflare D1 the way back that warning named was {@code mvn db:restore -Ddb.env=production}, without a bookmark, which
     * fails as pasted (db:restore needs -Ddb.bookmark or -Ddb.timestamp). It names where the bookmark from before them is kept,
     * and the bookmark db:repair took, in a command that works as printed, as what it is: the way to undo the repair alone.
     */
    @Test
    void onD1TheWayBackItNamesCarriesABookmark() {
        try (dev.godwit.engine.d1.D1StandIn standIn = dev.godwit.engine.d1.D1StandIn.start(dir.resolve("d1.sqlite"), "acct", "db-prod", "tok")) {
            dev.godwit.engine.d1.D1Settings settings = new dev.godwit.engine.d1.D1Settings("acct", "db-prod", "tok", standIn.endpoint());
            dev.godwit.engine.target.Target.RemoteD1 target = new dev.godwit.engine.target.Target.RemoteD1(settings, "test", "shop-production");
            try (dev.godwit.engine.d1.D1Database db = new dev.godwit.engine.d1.D1Database(settings)) {
                new Migrator(db, DRIZZLE, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
            }
            new Dropper(EngineLog.SILENT).drop(folder, new DropOptions(null, true), () -> new dev.godwit.engine.d1.D1Database(settings), DRIZZLE);
            String beforeRepair;
            try (dev.godwit.engine.d1.D1Database db = new dev.godwit.engine.d1.D1Database(settings)) {
                beforeRepair = standIn.currentBookmark();
                RepairResult r = new Repairer(engineLog).withCommandArgs(" -Ddb.env=production")
                        .takingWayBack(() -> new dev.godwit.engine.restore.Restorer(engineLog).beforeHistoryChange("repair", target, db, null,
                                " -Ddb.env=production", " --env production"))
                        .repair(folder, db, DRIZZLE, new RepairOptions(true, null));
                assertEquals(1, r.removedRows().size());
            }
            assertTrue(log.stream().noneMatch(l -> l.contains("(mvn db:restore -Ddb.env=production)")), log.toString());
            String listing = log.stream().filter(l -> l.startsWith("INFO db:repair of")).findFirst().orElseThrow();
            assertTrue(listing.contains("On a development database, go back to before them, to the Time Travel bookmark db:apply took before it ran"
                    + " them (.godwit/d1-bookmarks.log keeps each, with its time, its database and the mvn db:restore command that restores it;"), listing);
            String warning = log.stream().filter(l -> l.startsWith("WARN The database's schema is not that of 0000_init")).findFirst().orElseThrow();
            assertTrue(warning.endsWith(" The bookmark db:repair took before it changed the history (mvn db:restore -Ddb.bookmark=" + beforeRepair
                    + " -Ddb.env=production) undoes this repair alone: the removed rows come back, and what their migrations made stays."), warning);
        }
    }

    /** Rows of a branch never merged whose migrations left nothing behind (the table they made was dropped by hand) get no such warning. */
    @Test
    void removingRowsOfMigrationsWhoseChangesAreGoneWarnsOfNothing() {
        HistoryTable history = DRIZZLE;
        applyBoth();
        new Dropper(EngineLog.SILENT).drop(folder, new DropOptions(null, true), () -> SqliteDatabase.open(dbFile), history);
        run("DROP TABLE posts");
        repair(history, new RepairOptions(true, null));
        assertTrue(log.stream().noneMatch(l -> l.contains("schema is not that of")), log.toString());
    }

    /** A migration db:rebase moved (same SQL, new "when") keeps its row, moved along, so the next apply does not run it again. */
    @Test
    void aMovedMigrationsRowIsMovedNotRemoved() throws IOException {
        HistoryTable history = DRIZZLE;
        long when = applyBoth();
        Path journal = folder.journalFile();
        Files.writeString(journal, Files.readString(journal).replace("\"when\": " + when, "\"when\": " + (when + 60_000)));
        RepairResult r = repair(history, new RepairOptions(true, null));
        assertEquals(List.of(), r.removedRows());
        assertTrue(log.stream().anyMatch(l -> l.contains("  - move the row of created_at " + when + " (hash ")
                && l.contains(" in __drizzle_migrations to 0001_posts (\"when\" " + (when + 60_000) + "): the same SQL, moved after it was applied\n")), log.toString());
        assertNothingToApply(history);
    }

    @Test
    void wranglerRowsAreRemovedByName() {
        HistoryTable history = HistoryTable.forName(HistoryTable.WRANGLER_DEFAULT);
        applyAll(history);
        new Dropper(EngineLog.SILENT).drop(folder, new DropOptions(null, true), () -> SqliteDatabase.open(dbFile), history);
        RepairResult r = repair(history, new RepairOptions(true, null));
        assertEquals(List.of("0001_posts.sql"), r.removedRows());
        assertEquals(List.of(Map.of("name", "0000_init.sql")), rows("SELECT name FROM d1_migrations"));
    }

    @Test
    void saysWhenThereIsNothingToRepair() {
        HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        applyAll(history);
        assertTrue(repair(history, new RepairOptions(false, null)).changedNothing());
        assertEquals(List.of("INFO Nothing to repair: the checksums in __drizzle_migrations on local SQLite file " + dbFile.toAbsolutePath()
                + " and in drizzle/meta/_sums/ match the migrations, and every applied migration is in the folder."), log);
    }

    /**
     * A history row written twice (two concurrent drizzle-orm migrate() runs, which have no guard, or a restore merged into a
     * live table): db:repair removes the copy, not both rows, so the migration is still recorded and the next apply leaves it be.
     */
    @Test
    void aDuplicatedRowLosesItsCopyNotTheMigrationsRecord() {
        HistoryTable history = DRIZZLE;
        long when = applyBoth();
        run("INSERT INTO __drizzle_migrations (hash, created_at) SELECT hash, created_at FROM __drizzle_migrations"
                    + " WHERE created_at = " + when);
        RepairResult r = repair(history, new RepairOptions(true, null));
        assertEquals(1, r.removedRows().size());
        assertTrue(log.stream().anyMatch(l -> l.contains("  - remove a copy of the row of 0001_posts (created_at " + when
                + ") from __drizzle_migrations: it records the migration twice (one row stays)")), log.toString());
        assertEquals(1, rows("SELECT * FROM __drizzle_migrations WHERE created_at = " + when).size());
        assertEquals(2, rows("SELECT * FROM __drizzle_migrations").size());
        assertNothingToApply(history);
        assertTrue(repair(history, new RepairOptions(false, null)).changedNothing(), "a second run finds nothing");
    }

    /**
     * A row whose created_at was lost (NULL: written by hand, a tool that left it out) but whose hash is the file's: db:repair
     * gives it back the migration's "when", as it moves a rebased migration's row; removing it would make the migration run again.
     */
    @Test
    void aRowWithoutCreatedAtButWithTheFilesHashGetsItsWhenBack() {
        HistoryTable history = DRIZZLE;
        long when = applyBoth();
        run("UPDATE __drizzle_migrations SET created_at = NULL WHERE created_at = " + when);
        RepairResult r = repair(history, new RepairOptions(true, null));
        assertEquals(List.of(), r.removedRows());
        assertTrue(log.stream().anyMatch(l -> l.contains("  - move the row of created_at null (hash ")
                && l.endsWith(" in __drizzle_migrations to 0001_posts (\"when\" " + when + "): the same SQL, recorded without created_at")), log.toString());
        assertEquals(1, ((Number) rows("SELECT count(*) AS n FROM __drizzle_migrations WHERE created_at = " + when).get(0).get("n")).intValue());
        assertEquals(2, rows("SELECT * FROM __drizzle_migrations").size());
        assertNothingToApply(history);
    }

    /**
     * The journal's "when" of an applied migration changed (a merge, a hand edit) and the team keeps it: db:repair moves the row,
     * and its checksum file, stamped with the old "when", is re-stamped too. It used to stay, so db:verify kept saying the
     * checksum "no longer guards" the migration and to put the entry back, which db:repair had just made the wrong advice.
     */
    @Test
    void aMovedMigrationsChecksumFileIsStampedWithItsNewWhen() throws IOException {
        HistoryTable history = DRIZZLE;
        long when = applyBoth();
        String hash = Files.readString(folder.sumFile("0001_posts")).split(" ")[0];
        Path journal = folder.journalFile();
        Files.writeString(journal, Files.readString(journal).replace("\"when\": " + when, "\"when\": " + (when + 60_000)));
        repair(history, new RepairOptions(true, null));
        assertTrue(log.stream().anyMatch(l -> l.contains("  - stamp drizzle/meta/_sums/0001_posts.sha256 with the journal's \"when\" of 0001_posts: "
                + when + " -> " + (when + 60_000))), log.toString());
        assertEquals(hash + " when=" + (when + 60_000) + " snapshot=" + MigrationsFolder.snapshotSumOf(folder.snapshotFile("0001_posts"))
                + " from=" + MigrationsFolder.snapshotSumOf(folder.snapshotFile("0000_init")) + " name=0001_posts.sql\n",
                Files.readString(folder.sumFile("0001_posts")));
        assertEquals(List.of(), Verifier.verify(V1, folder));
        assertTrue(repair(history, new RepairOptions(false, null)).changedNothing(), "a second run finds nothing");
    }

    /**
     * The restamp of "when" dropped the checksum file's record of its snapshot (snapshot=, from=), so db:verify compared that
     * snapshot with the replay in full on every run from then on. The SQL and the snapshot files are the same: the record is kept,
     * still vouches for the snapshot, and an edit of the snapshot is still named.
     */
    @Test
    void aRestampedChecksumFileKeepsItsSnapshotRecordAndAnEditedSnapshotIsStillNamed() throws Exception {
        Thread.sleep(5);   // room between the "when" of 0001_posts and 0002_comments for the restamp
        SchemaDef v2 = new SchemaDef(List.of(table("users", "name"), table("posts", "title"), table("comments", "body")), List.of());
        new Generator().generate(v2, folder, GenerateOptions.batch().withName("comments"));
        applyAll(DRIZZLE);
        long when = folder.migrations().get(1).when();
        assertTrue(folder.migrations().get(2).when() > when + 1);
        String[] before = Files.readString(folder.sumFile("0001_posts")).strip().split(" ");
        Path journal = folder.journalFile();
        Files.writeString(journal, Files.readString(journal).replace("\"when\": " + when + ",", "\"when\": " + (when + 1) + ","));
        repair(DRIZZLE, new RepairOptions(true, null));
        String own = MigrationsFolder.snapshotSumOf(folder.snapshotFile("0001_posts"));
        String from = MigrationsFolder.snapshotSumOf(folder.snapshotFile("0000_init"));
        assertEquals(before[0] + " when=" + (when + 1) + " snapshot=" + own + " from=" + from + " name=0001_posts.sql\n",
                Files.readString(folder.sumFile("0001_posts")));
        // what db:verify reads to leave the comparison out
        assertEquals(List.of(own, from), List.of(folder.recordedSnapshot(folder.migrations().get(1).entry())));
        assertEquals(List.of(), Verifier.verify(v2, folder));
        assertNothingToApply(DRIZZLE);
        Path snap = folder.snapshotFile("0001_posts");
        Files.writeString(snap, Files.readString(snap).replace("\"name\": \"title\"", "\"name\": \"headline\""));
        var findings = Verifier.verify(v2, folder);
        assertTrue(findings.stream().anyMatch(f -> f.message().startsWith("drizzle/meta/0001_snapshot.json does not record what the migrations"
                + " up to drizzle/0001_posts.sql make")), findings.toString());
    }

    /** The mark of a recorded edit stays when the checksum file is stamped with a new "when": db:generate still reads the file. */
    @Test
    void anEditedMigrationsChecksumFileKeepsItsMarkWhenStampedWithANewWhen() throws IOException {
        String sql = edit();
        long when = applyBoth();
        repair(DRIZZLE, new RepairOptions(true, null));
        assertEquals(Checksums.sha256Hex(sql) + " when=" + when + " edited name=0001_posts.sql\n", Files.readString(folder.sumFile("0001_posts")));
        Path journal = folder.journalFile();
        Files.writeString(journal, Files.readString(journal).replace("\"when\": " + when, "\"when\": " + (when + 60_000)));
        repair(DRIZZLE, new RepairOptions(true, null));
        assertEquals(Checksums.sha256Hex(sql) + " when=" + (when + 60_000) + " edited name=0001_posts.sql\n", Files.readString(folder.sumFile("0001_posts")));
        assertTrue(folder.sumRecordsAnEdit("0001_posts"));
    }

    /**
     * drizzle-kit drop left 0001_posts's checksum file behind and drizzle-kit generate wrote another 0001_posts: db:repair used to
     * "re-record" the old file for the new migration as if it had been edited; the file belongs to the dropped one and goes.
     */
    @Test
    void aChecksumFileOfADroppedMigrationWithTheSameTagIsRemovedNotReRecorded() throws IOException {
        HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        long when = folder.migrations().get(1).when();
        Path journal = folder.journalFile();
        Files.writeString(folder.sqlFile("0001_posts"), "CREATE TABLE `posts` (`id` integer PRIMARY KEY NOT NULL, `body` text);");
        Files.writeString(journal, Files.readString(journal).replace("\"when\": " + when, "\"when\": " + (when + 5_000)));
        RepairResult r = repair(history, new RepairOptions(true, null));
        assertEquals(List.of("0001_posts"), r.sums());
        assertTrue(log.stream().anyMatch(l -> l.contains("  - remove drizzle/meta/_sums/0001_posts.sha256: it was written for another 0001_posts"
                + " (\"when\" " + when + ", dropped since), not this one")), log.toString());
        assertTrue(Files.notExists(folder.sumFile("0001_posts")));
    }

    /**
     * An applied migration renamed by hand (0001_posts -> 0001_articles: the file and the journal's tag): __drizzle_migrations
     * keys rows by created_at, so it stays applied, but meta/_sums/0001_posts.sha256 stayed behind: db:verify said the renamed
     * migration is no longer guarded, and db:repair found "nothing to repair". It renames the checksum file along now.
     */
    @Test
    void aChecksumFileFollowsAMigrationRenamedByHand() throws IOException {
        HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        applyAll(history);
        String sum = Files.readString(folder.sumFile("0001_posts"));
        Files.move(folder.sqlFile("0001_posts"), folder.sqlFile("0001_articles"));
        Path journal = folder.journalFile();
        Files.writeString(journal, Files.readString(journal).replace("\"0001_posts\"", "\"0001_articles\""));
        assertTrue(Verifier.verify(V1, folder).stream().anyMatch(f -> f.message().startsWith("drizzle/meta/_sums/0001_posts.sha256 belongs to no migration")));
        RepairResult r = repair(history, new RepairOptions(true, null));
        assertEquals(List.of("0001_articles"), r.sums());
        assertTrue(log.stream().anyMatch(l -> l.contains("  - rename drizzle/meta/_sums/0001_posts.sha256 to 0001_articles.sha256: 0001_articles"
                + " is 0001_posts renamed (the same SQL and \"when\")")), log.toString());
        // the name it records follows: db:verify compares it with the file's in wrangler's layout
        assertEquals(sum.replace(" name=0001_posts.sql", " name=0001_articles.sql"), Files.readString(folder.sumFile("0001_articles")));
        assertTrue(Files.notExists(folder.sumFile("0001_posts")));
        assertEquals(List.of(), Verifier.verify(V1, folder));
        assertNothingToApply(history);
    }

    /**
     * Two rows under 0001_posts's created_at, one with its hash and one with another's (a migration of another folder or branch
     * with the same "when"). The other row came first (inserted first), so 0001_posts read as edited: db:repair set both rows to
     * the file's hash and its DELETE of the other row then found nothing; two copies were left. Now the row with the file's hash
     * records the migration and the other one is removed.
     */
    @Test
    void ofTwoRowsUnderOneWhenTheOneWithTheFilesHashRecordsTheMigration() {
        HistoryTable history = DRIZZLE;
        long when = applyBoth();
        run("DELETE FROM __drizzle_migrations WHERE created_at = " + when);
        run("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('0000aaaa', " + when + ")");
        run("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('" + folder.migrations().get(1).hash() + "', " + when + ")");
        RepairResult r = repair(history, new RepairOptions(true, null));
        assertEquals(List.of(), r.rechecked());
        assertEquals(List.of("created_at " + when + " (hash 0000aaaa)"), r.removedRows());
        assertEquals(List.of(Map.of("hash", folder.migrations().get(1).hash())), rows("SELECT hash FROM __drizzle_migrations WHERE created_at = " + when));
        assertNothingToApply(history);
        assertTrue(repair(history, new RepairOptions(false, null)).changedNothing(), "a second run finds nothing");
    }

    /**
     * db:apply names the UPDATE that moves a row along to its migration; for a row with NULL created_at it wrote
     * "WHERE created_at = null", which matches no row in SQL: run as told, it changed nothing.
     */
    @Test
    void theStatementDbApplyNamesForARowWithoutCreatedAtMovesIt() {
        HistoryTable history = DRIZZLE;
        long when = applyBoth();
        run("UPDATE __drizzle_migrations SET created_at = NULL WHERE created_at = " + when);
        String message;
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            message = assertThrows(dev.godwit.engine.migrate.MigrationException.class,
                    () -> new Migrator(db, history, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults())).getMessage();
        }
        String update = "UPDATE \"__drizzle_migrations\" SET \"created_at\" = " + when + " WHERE \"created_at\" IS NULL AND \"hash\" = '"
                + folder.migrations().get(1).hash() + "';";
        assertTrue(message.contains("0001_posts.sql (\"when\" " + when + ") is recorded under created_at null: " + update), message);
        run(update);
        assertNothingToApply(history);
    }

    /** A row written twice is harmless to db:apply, which refused the next migration, taking the copy for a migration the folder lacks. */
    @Test
    void aDuplicatedRowDoesNotStopTheNextApply() {
        HistoryTable history = DRIZZLE;
        long when = applyBoth();
        run("INSERT INTO __drizzle_migrations (hash, created_at) SELECT hash, created_at FROM __drizzle_migrations WHERE created_at = " + when);
        new Generator().generate(new SchemaDef(List.of(table("users", "name"), table("posts", "title"), table("tags", "label")), List.of()), folder,
                GenerateOptions.batch().withName("tags"));
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            assertEquals(List.of("0002_tags"), new Migrator(db, history, engineLog).apply(folder.migrations(), ApplyOptions.defaults()).applied());
        }
        assertTrue(log.contains("WARN __drizzle_migrations holds a copy of the row of 0001_posts (created_at " + when + "): the migration is recorded"
                + " twice. mvn db:repair -Dlocal removes the copy."), log.toString());
    }

    /**
     * The first migration's row lost its created_at: with 0001_posts recorded after it, 0000_init reads as skipped (older than
     * the last applied), not pending, so the row was not paired with it and db:repair removed it; db:apply then refused 0000_init
     * as never applied. The row is moved to it like a pending migration's.
     */
    @Test
    void aRowWithoutCreatedAtOfAMigrationBeforeTheLastAppliedGetsItsWhenBack() {
        long when = folder.migrations().get(0).when();
        applyBoth();
        run("UPDATE __drizzle_migrations SET created_at = NULL WHERE created_at = " + when);
        RepairResult r = repair(DRIZZLE, new RepairOptions(true, null));
        assertEquals(List.of(), r.removedRows());
        assertEquals(1, rows("SELECT * FROM __drizzle_migrations WHERE created_at = " + when).size());
        assertNothingToApply(DRIZZLE);
    }

    /**
     * A teammate edits an applied migration on purpose, records it with db:repair on their database and commits the file with its
     * re-recorded checksum file. On every other database (yours, staging) db:apply refused with "An applied migration must not be
     * edited: restore the file from version control", but version control holds the edited file: the advice led nowhere, and
     * db:verify -Ddb.drift said the same. Both now say the edit was recorded elsewhere and that this database needs db:repair.
     */
    @Test
    void anEditRecordedOnAnotherDatabaseAsksForDbRepairHereNotARestore() throws IOException {
        Path teammates = dir.resolve("teammate.sqlite");
        applyAll(DRIZZLE);
        try (SqliteDatabase db = SqliteDatabase.open(teammates)) {
            new Migrator(db, DRIZZLE, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
        }
        edit();
        try (SqliteDatabase db = SqliteDatabase.open(teammates)) {
            new Repairer(engineLog).repair(folder, db, DRIZZLE, new RepairOptions(true, x -> true));
        }
        assertTrue(List.of(folder.sumFields(folder.sumFile("0001_posts"))).contains("edited"), Files.readString(folder.sumFile("0001_posts")));
        assertEquals(List.of(), Verifier.verify(V1, folder));

        String expected = "Applied migration(s) changed since they were applied here: 0001_posts.sql. The edit was recorded as deliberate with"
                + " db:repair on another database (drizzle/meta/_sums/0001_posts.sha256 records this SQL as an edit), and each database records it"
                + " once: run mvn db:repair -Dlocal for this one (it re-records the checksum in its history; no SQL runs). To apply anyway this"
                + " once, pass -Ddb.ignoreChecksums. Nothing was applied.";
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            Migrator m = new Migrator(db, DRIZZLE, EngineLog.SILENT);
            assertEquals(expected, m.applyRefusal(m.status(folder)));
            var e = assertThrows(dev.godwit.engine.migrate.MigrationException.class,
                    () -> new Migrator(db, DRIZZLE, EngineLog.SILENT).apply(folder, ApplyOptions.defaults()));
            assertEquals(expected, e.getMessage());
            assertEquals(List.of(new dev.godwit.engine.verify.Finding(dev.godwit.engine.verify.Finding.Kind.DRIFT, "0001_posts.sql was edited on"
                    + " purpose after it was applied, and the edit recorded with db:repair on another database (drizzle/meta/_sums/0001_posts.sha256"
                    + " records this SQL as an edit), not yet on " + db.describe() + ": run mvn db:repair -Dlocal")),
                    Verifier.drift(db, DRIZZLE, folder.migrations(), Verifier.recorded(folder)));
        }
        RepairResult r = repair(DRIZZLE, new RepairOptions(true, x -> true));
        assertEquals(List.of("0001_posts"), r.rechecked());
        assertEquals(List.of(), r.sums());
        assertNothingToApply(DRIZZLE);
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            assertEquals(List.of(), Verifier.drift(db, DRIZZLE, folder.migrations(), Verifier.recorded(folder)));
        }
    }

    /**
     * 0001_posts applied, then its "when" moved (db:rebase, a journal edit): db:apply refused and told the user to run an UPDATE
     * of the history by hand (on D1, through wrangler), though db:repair moves that row itself, as db:status says. It now names
     * db:repair first; the statement stays for those who want it.
     */
    @Test
    void aMigrationAppliedUnderAnotherWhenIsRefusedNamingDbRepairWhichMovesTheRow() throws IOException {
        long when = applyBoth();
        Files.writeString(folder.journalFile(), Files.readString(folder.journalFile()).replace(String.valueOf(when), String.valueOf(when + 5)));
        Files.writeString(folder.sumFile("0001_posts"), Files.readString(folder.sumFile("0001_posts")).replace("when=" + when, "when=" + (when + 5)));
        folder = MigrationsFolder.at(folder.dir());
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            var e = assertThrows(dev.godwit.engine.migrate.MigrationException.class,
                    () -> new Migrator(db, DRIZZLE, EngineLog.SILENT).apply(folder, ApplyOptions.defaults()));
            assertTrue(e.getMessage().contains("\n  If it is the same migration, mvn db:repair -Dlocal moves its history row along (or run the"
                    + " statement above), then run db:apply again."), e.getMessage());
        }
        repair(DRIZZLE, new RepairOptions(true, x -> true));
        assertNothingToApply(DRIZZLE);
        assertEquals(List.of(Map.of("created_at", when + 5)), rows("SELECT created_at FROM __drizzle_migrations WHERE created_at > " + (when - 1)));
    }

    /**
     * A long-lived folder squashed (300 migrations regenerated as a few): the database keeps 300 rows the folder lacks. db:apply's
     * refusal named every one of them in one line (about 14 KB), and db:baseline's and db:status's last line did too. They name
     * ten and say how many more and where all are listed; db:repair still removes them all.
     */
    @Test
    void threeHundredRowsTheFolderLacksAreNamedInALineNotAllOfThem() throws IOException {
        applyBoth();
        List<String> inserts = new ArrayList<>();
        for (int i = 0; i < 300; i++) inserts.add("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('" + String.format("%064x", i) + "', " + (1000 + i) + ")");
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            db.runAtomically(inserts, false);
        }
        new Generator().generate(new SchemaDef(List.of(table("users", "name"), table("posts", "title"), table("tags", "t")), List.of()), folder,
                GenerateOptions.batch().withName("tags"));
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            var e = assertThrows(dev.godwit.engine.migrate.MigrationException.class,
                    () -> new Migrator(db, DRIZZLE, EngineLog.SILENT).apply(folder, ApplyOptions.defaults()));
            assertTrue(e.getMessage().startsWith("The database records 300 migration(s) the folder does not have: created_at 1000 (hash "
                    + "000000000000), created_at 1001 (hash 000000000000), "), e.getMessage());
            assertTrue(e.getMessage().contains(", created_at 1009 (hash 000000000000) and 290 more (mvn db:status -Dlocal lists them all)."
                    + " Applying the pending ones on top"), e.getMessage());
            assertTrue(e.getMessage().length() < 1500, e.getMessage().length() + " characters");
        }
        // db:verify -Ddb.drift: one finding for them (and one for the pending migration), not 300
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            List<dev.godwit.engine.verify.Finding> drift = Verifier.drift(db, DRIZZLE, folder.migrations(), Verifier.recorded(folder));
            assertEquals(2, drift.size(), drift.size() + " findings");
            assertTrue(drift.get(0).message().endsWith(" records 300 migrations that are not in the folder (applied from another branch, or the"
                    + " folder squashed?): created_at 1000 (hash 000000000000), created_at 1001 (hash 000000000000), created_at 1002 (hash"
                    + " 000000000000), created_at 1003 (hash 000000000000), created_at 1004 (hash 000000000000), created_at 1005 (hash 000000000000),"
                    + " created_at 1006 (hash 000000000000), created_at 1007 (hash 000000000000), created_at 1008 (hash 000000000000), created_at"
                    + " 1009 (hash 000000000000) and 290 more (mvn db:status -Dlocal lists them all). Merge that branch, or, if they were abandoned"
                    + " or squashed, mvn db:repair -Dlocal removes them (and records the migrations whose schema the database has)"),
                    drift.get(0).message());
        }
        // applied anyway over them: one warning, not 300
        java.nio.file.Path copy = dir.resolve("copy.sqlite");
        Files.copy(dbFile, copy);
        try (SqliteDatabase db = SqliteDatabase.open(copy)) {
            dev.godwit.engine.testing.RecordingLog warned = new dev.godwit.engine.testing.RecordingLog();
            new Migrator(db, DRIZZLE, warned).apply(folder, ApplyOptions.defaults().withIgnoreMissing(true));
            List<String> warnings = warned.lines().stream().filter(l -> l.startsWith("WARN")).toList();
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).startsWith("WARN The database records 300 migrations that are not in the folder (applied from another"
                    + " branch, or the folder squashed?): created_at 1000 (hash 000000000000), "), warnings.get(0));
            assertTrue(warnings.get(0).endsWith(" and 290 more (mvn db:status -Dlocal lists them all)"), warnings.get(0));
        }
        RepairResult r = repair(DRIZZLE, new RepairOptions(true, x -> true));
        assertEquals(300, r.removedRows().size());
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            assertEquals(List.of("0002_tags"), new Migrator(db, DRIZZLE, EngineLog.SILENT).apply(folder, ApplyOptions.defaults()).applied());
        }
    }
}
