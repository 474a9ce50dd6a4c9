package dev.godwit.engine.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatusTableTest {

    @Test
    void theTimeColumnIsLabelledForWhatTheHistoryTableKeeps() {
        assertEquals("  Migration  State     Applied at / note", StatusTable.render(List.of(), true).get(0));
        assertEquals("  Migration  State     Generated at (this history table keeps no applied time) / note",
                StatusTable.render(List.of(), false).get(0));
    }

    @Test
    void aMovedMigrationIsShownWithItsHistoryRow() {
        var m = new dev.godwit.engine.migrate.AppliedMigration(null, "abc", 1000L, null);
        var pending = new MigrationState("0001_x", null, MigrationState.State.PENDING, null, "created_at 1000 (hash abc)");
        var row = new MigrationState("created_at 1000 (hash abc)", null, MigrationState.State.MISSING_LOCALLY, m, "0001_x");
        List<String> lines = StatusTable.render(List.of(pending, row), false);
        assertEquals(List.of(
                "  0001_x                      MOVED     already applied: the history row created_at 1000 (hash abc) records its SQL under an older"
                        + " \"when\" (db:rebase or a merge moved it); mvn db:repair moves that row, db:apply refuses to run it twice",
                "  created_at 1000 (hash abc)  MISSING   applied, but no such migration here (generated 1970-01-01T00:00:01Z); the same SQL as 0001_x,"
                        + " moved (see there)",
                "0 applied, 0 pending, 2 need attention."), lines.subList(1, 4));
    }

    /** wrangler's history keeps file names only: a file renamed after it was applied shows as a MISSING row and a pending file. */
    @Test
    void aRowAndAPendingFileOfOneNumberPointAtDbRepair() {
        var row = new MigrationState("0001_posts.sql", null, MigrationState.State.MISSING_LOCALLY,
                new dev.godwit.engine.migrate.AppliedMigration("0001_posts.sql", null, null, "2026-11-30 10:00:00"));
        var pending = new MigrationState("0001_articles.sql", null, MigrationState.State.PENDING, null);
        var other = new MigrationState("0002_tags.sql", null, MigrationState.State.PENDING, null);
        List<String> lines = StatusTable.render(List.of(row, pending, other), true);
        assertEquals(List.of(
                "  0001_posts.sql     MISSING   applied, but no such migration here (2026-11-30 10:00:00); 0001_articles.sql has its number: if that"
                        + " is this file renamed, mvn db:repair checks it against the database's schema and records the new name",
                "  0001_articles.sql  pending   the history row 0001_posts.sql has its number (this file renamed? mvn db:repair checks and records it)",
                "  0002_tags.sql      pending   ",
                "0 applied, 2 pending, 1 need attention."), lines.subList(1, 5));
    }

    /**
     * Rows another branch's db:apply left (migrations not in this folder): db:status listed them as MISSING, "applied, but no such
     * migration here", and said nothing of what follows (db:apply refuses the pending ones) or what to do. A copy of a row read
     * "no such migration here" as well, though its migration is here and recorded. Now each says what it is, and a last line the way on.
     */
    @Test
    void rowsFromAnotherBranchAreNamedWithWhatDbApplyWillDoAndTheWayOn() {
        var init = new dev.godwit.engine.migrate.AppliedMigration(null, "aaa", 1000L, null);
        var foreign = new dev.godwit.engine.migrate.AppliedMigration(null, "bbbbbbbbbbbbbbbbbbbbbbbb", 2000L, null);
        var initFile = new dev.godwit.engine.folder.Migration(new dev.godwit.engine.folder.JournalEntry(0, "6", 1000L, "0000_init", true),
                java.nio.file.Path.of("drizzle/0000_init.sql"), "CREATE TABLE t (id integer);");
        var applied = new MigrationState("0000_init", initFile, MigrationState.State.APPLIED, init);
        var copy = new MigrationState("a copy of the row of 0000_init (created_at 1000)", null, MigrationState.State.MISSING_LOCALLY, init);
        var row = new MigrationState("created_at 2000 (hash bbbbbbbbbbbb)", null, MigrationState.State.MISSING_LOCALLY, foreign);
        var pending = new MigrationState("0001_posts", null, MigrationState.State.PENDING, null);
        List<String> lines = StatusTable.render(List.of(applied, pending, copy, row), false);
        assertEquals(List.of(
                "  0000_init                                         applied   generated 1970-01-01T00:00:01Z",
                "  0001_posts                                        pending   ",
                "  a copy of the row of 0000_init (created_at 1000)  MISSING   0000_init is recorded twice: mvn db:repair removes the copy"
                        + " (db:apply warns and goes on)",
                "  created_at 2000 (hash bbbbbbbbbbbb)               MISSING   applied, but no such migration here (generated 1970-01-01T00:00:02Z)",
                "1 applied, 1 pending, 2 need attention.",
                "The history records 1 migration(s) this folder does not have: created_at 2000 (hash bbbbbbbbbbbb) (applied from another"
                        + " branch, or dropped after it ran here). db:apply refuses to apply the pending ones on top while they remain:"
                        + " merge the branch that has them, or, if they were abandoned, remove the rows with mvn db:repair."),
                lines.subList(1, 7));
        assertEquals(7, lines.size());
    }

    /**
     * db:status called a database behind (its migrations "pending") where db:apply refuses a pending migration before sending
     * anything (PendingStatements): a migration holding only comments on a local file, a PRAGMA D1's allow-list lacks on D1
     * (the stand-in). Status now ends with db:apply's refusal word for word; the apply that follows says the same and leaves the
     * database as it was.
     */
    @Test
    void aPendingMigrationDbApplyRefusesIsShownWithTheApplysRefusal(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        var history = dev.godwit.engine.migrate.HistoryTable.forName("__drizzle_migrations");
        var init = migration(dir, 0, "0000_init", "CREATE TABLE `t` (`id` integer);");
        var empty = migration(dir, 1, "0001_empty", "-- Custom SQL migration file, put your code below! --\n");
        var wal = migration(dir, 1, "0001_wal", "PRAGMA journal_mode = WAL;");
        java.nio.file.Path file = dir.resolve("local.sqlite");
        try (var db = dev.godwit.engine.db.SqliteDatabase.open(file)) {
            new dev.godwit.engine.migrate.Migrator(db, history, dev.godwit.engine.EngineLog.SILENT)
                    .apply(List.of(init), dev.godwit.engine.migrate.ApplyOptions.defaults());
            assertStatusSaysWhatTheApplyRefuses(db, history, List.of(init, empty), "Migration 0001_empty.sql holds no SQL (only comments); applying it"
                    + " would record it as applied and lock it. Write your SQL in drizzle/0001_empty.sql (below its comment), or db:drop it."
                    + " Nothing was applied.");
            assertEquals("[{n=1}]", db.query("SELECT count(*) AS n FROM __drizzle_migrations").toString(), "nothing recorded");
        }
        String id = "0c8a5a4e-0000-4000-8000-000000000007";
        try (var standIn = dev.godwit.engine.d1.D1StandIn.start(dir.resolve("d1.sqlite"), "acc", id, "t0ken");
             var db = new dev.godwit.engine.d1.D1Database(new dev.godwit.engine.d1.D1Settings("acc", id, "t0ken", standIn.endpoint()))) {
            assertStatusSaysWhatTheApplyRefuses(db, history, List.of(init, wal), "Migration 0001_wal.sql, statement 1 of 1:\n    PRAGMA journal_mode = WAL;\n  ");
            assertEquals("[]", db.query("SELECT name FROM sqlite_master WHERE name IN ('t', '__drizzle_migrations')").toString(), "left as it was");
        }
    }

    /**
     * Where db:apply refuses first on the history (a row of a migration the folder lacks, an applied migration edited since),
     * db:status ended with the refusal of a pending migration's statements, which the apply never reaches: it said the wrong
     * refusal stops the apply. It now checks in the apply's order and ends with the apply's first refusal word for word.
     */
    @Test
    void aHistoryDbApplyRefusesFirstIsTheRefusalStatusShows(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        var history = dev.godwit.engine.migrate.HistoryTable.forName("__drizzle_migrations");
        var init = migration(dir, 0, "0000_init", "CREATE TABLE `t` (`id` integer);");
        var empty = migration(dir, 1, "0001_empty", "-- Custom SQL migration file, put your code below! --\n");
        try (var db = dev.godwit.engine.db.SqliteDatabase.open(dir.resolve("local.sqlite"))) {
            new dev.godwit.engine.migrate.Migrator(db, history, dev.godwit.engine.EngineLog.SILENT)
                    .apply(List.of(init), dev.godwit.engine.migrate.ApplyOptions.defaults());
            db.runAtomically(List.of("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('bbbbbbbbbbbbbbbbbbbbbbbb', 5000)"), false);
            List<String> lines = assertStatusSaysWhatTheApplyRefuses(db, history, List.of(init, empty),
                    "The database records migration(s) the folder does not have: created_at 5000 (hash bbbbbbbbbbbb). Applying the pending ones");
            assertEquals(0, lines.stream().filter(l -> l.contains("holds no SQL")).count(), String.join("\n", lines));
            db.runAtomically(List.of("DELETE FROM __drizzle_migrations WHERE created_at = 5000"), false);
            var edited = migration(dir, 0, "0000_init", "CREATE TABLE `t` (`id` integer, `x` text);");
            lines = assertStatusSaysWhatTheApplyRefuses(db, history, List.of(edited, empty), "Applied migration(s) changed since they were applied: 0000_init.sql.");
            assertEquals(0, lines.stream().filter(l -> l.contains("holds no SQL")).count(), String.join("\n", lines));
            assertEquals("[{n=1}]", db.query("SELECT count(*) AS n FROM __drizzle_migrations").toString(), "nothing recorded");
        }
    }

    /**
     * db:status on a local database not there yet (status creates none) read an empty in-memory database with plain SQLite's
     * rules, so with -Ddb.local.d1 a pending PRAGMA D1 refuses was "pending" while db:apply, creating wrangler's local D1 file,
     * refused it. The stand-in is now described and limited as the file will be: status says the apply's refusal word for word.
     */
    @Test
    void aLocalD1FileNotThereYetIsShownWithTheApplysRefusal(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        var history = dev.godwit.engine.migrate.HistoryTable.forName("__drizzle_migrations");
        var folder = List.of(migration(dir, 0, "0000_init", "CREATE TABLE `t` (`id` integer);"), migration(dir, 1, "0001_wal", "PRAGMA journal_mode = WAL;"));
        java.nio.file.Path file = dir.resolve(".wrangler/state/v3/d1/miniflare-D1DatabaseObject/db.sqlite");
        List<String> lines;
        try (var standIn = dev.godwit.engine.db.SqliteDatabase.inMemoryStandingFor(file, true)) {
            var status = new dev.godwit.engine.migrate.Migrator(standIn, history, dev.godwit.engine.EngineLog.SILENT);
            List<MigrationState> states = status.status(folder);
            lines = StatusTable.render(states, false, "mvn db:repair -Dlocal", status.applyRefusal(states));
        }
        assertEquals(false, java.nio.file.Files.exists(file), "status creates no file");
        try (var db = dev.godwit.engine.db.SqliteDatabase.openLikeD1(file)) {
            var apply = org.junit.jupiter.api.Assertions.assertThrows(dev.godwit.engine.migrate.MigrationException.class,
                    () -> new dev.godwit.engine.migrate.Migrator(db, history, dev.godwit.engine.EngineLog.SILENT)
                            .apply(folder, dev.godwit.engine.migrate.ApplyOptions.defaults()));
            org.junit.jupiter.api.Assertions.assertTrue(apply.getMessage().endsWith("(local D1 state " + file.toAbsolutePath().normalize()
                    + " refuses what D1 refuses). Nothing was applied."), apply.getMessage());
            assertEquals(StatusTable.REFUSED + apply.getMessage(), lines.get(lines.size() - 1));
        }
    }

    /**
     * A journal entry whose .sql file is gone (deleted by hand, lost in a merge): db:status stopped with the fix and showed no table.
     * It now shows every migration, that one marked NO FILE (applied here or not), and ends with db:apply's refusal, word for word.
     */
    @Test
    void aJournalEntryWithoutItsSqlFileIsMarkedInTheTableAndTheLastLineGivesTheFix(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        var folder = dev.godwit.engine.folder.MigrationsFolder.at(dir.resolve("drizzle"));
        String tables = "tables:\n";
        for (String t : List.of("a", "b", "c")) {
            tables += "  - {name: " + t + ", columns: [{name: id, type: integer, primaryKey: true}]}\n";
            new dev.godwit.engine.generate.Generator().generate(dev.godwit.engine.yaml.YamlSchemaReader.read(tables, "s.yaml"), folder,
                    dev.godwit.engine.generate.GenerateOptions.batch().withName(t));
        }
        var history = dev.godwit.engine.migrate.HistoryTable.forName("__drizzle_migrations");
        try (var db = dev.godwit.engine.db.SqliteDatabase.open(dir.resolve("local.sqlite"))) {
            var migrations = folder.migrations();
            new dev.godwit.engine.migrate.Migrator(db, history, dev.godwit.engine.EngineLog.SILENT)
                    .apply(migrations.subList(0, 2), dev.godwit.engine.migrate.ApplyOptions.defaults());
            java.nio.file.Files.delete(migrations.get(1).file());
            java.nio.file.Files.delete(migrations.get(2).file());
            var status = new dev.godwit.engine.migrate.Migrator(db, history, dev.godwit.engine.EngineLog.SILENT);
            List<MigrationState> states = status.status(folder);
            List<String> lines = StatusTable.render(states, false, "mvn db:repair", status.applyRefusal(states));
            assertEquals(List.of("0000_a     applied", "0001_b     NO FILE", "0002_c     NO FILE"), lines.subList(1, 4).stream()
                    .map(l -> l.substring(2, 2 + "0000_a     applied".length())).toList(), String.join("\n", lines));
            assertTrue(lines.get(2).endsWith("in the journal, but " + folder.relative(migrations.get(1).file()) + " is not in the folder (applied here)"), lines.get(2));
            assertTrue(lines.get(3).endsWith("in the journal, but " + folder.relative(migrations.get(2).file()) + " is not in the folder (not applied here)"), lines.get(3));
            assertEquals("1 applied, 0 pending, 2 need attention.", lines.get(4));
            var apply = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                    () -> new dev.godwit.engine.migrate.Migrator(db, history, dev.godwit.engine.EngineLog.SILENT)
                            .apply(folder, dev.godwit.engine.migrate.ApplyOptions.defaults()));
            assertEquals(StatusTable.REFUSED + apply.getMessage(), lines.get(5));
            assertTrue(apply.getMessage().startsWith("the journal lists 0001_b but "), apply.getMessage());
            // 0001_b has 0002_c after it and ran here: db:drop -Ddb.name=0001_b, which this advice used to name, refuses both; the
            // file comes back from version control
            assertTrue(apply.getMessage().endsWith(" does not exist; restore the file from version control (git log --diff-filter=D --oneline -- "
                    + folder.relative(migrations.get(1).file()) + " names the commit that deleted it; git checkout <that commit>^ -- "
                    + folder.relative(migrations.get(1).file()) + " brings it back). 1 later migration(s) follow it, so removing its entry instead"
                    + " would leave them, and every database that ran it, with changes no migration holds"), apply.getMessage());
            org.junit.jupiter.api.Assertions.assertFalse(apply.getMessage().contains("db:drop"), apply.getMessage());
            assertEquals("[{n=2}]", db.query("SELECT count(*) AS n FROM __drizzle_migrations").toString(), "nothing recorded");
        }
    }

    private static dev.godwit.engine.folder.Migration migration(java.nio.file.Path dir, int idx, String tag, String sql) {
        return new dev.godwit.engine.folder.Migration(new dev.godwit.engine.folder.JournalEntry(idx, "6", 1000L + idx, tag, true),
                dir.resolve("drizzle").resolve(tag + ".sql"), sql);
    }

    private static List<String> assertStatusSaysWhatTheApplyRefuses(dev.godwit.engine.db.Database db, dev.godwit.engine.migrate.HistoryTable history,
                                                           List<dev.godwit.engine.folder.Migration> folder, String refusalStart) {
        var status = new dev.godwit.engine.migrate.Migrator(db, history, dev.godwit.engine.EngineLog.SILENT);
        List<MigrationState> states = status.status(folder);
        List<String> lines = StatusTable.render(states, false, "mvn db:repair", status.applyRefusal(states));
        var apply = org.junit.jupiter.api.Assertions.assertThrows(dev.godwit.engine.migrate.MigrationException.class,
                () -> new dev.godwit.engine.migrate.Migrator(db, history, dev.godwit.engine.EngineLog.SILENT)
                        .apply(folder, dev.godwit.engine.migrate.ApplyOptions.defaults()));
        org.junit.jupiter.api.Assertions.assertTrue(apply.getMessage().startsWith(refusalStart), apply.getMessage());
        assertEquals("db:apply refuses here before sending anything: " + apply.getMessage(), lines.get(lines.size() - 1));
        return lines;
    }

    /** A squashed folder's history: the last line listed all of the rows the table above it shows; it names ten. */
    @Test
    void manyRowsTheFolderLacksAreCountedInTheLastLineNotAllNamed() {
        List<MigrationState> states = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            var row = new dev.godwit.engine.migrate.AppliedMigration(null, "h" + i, 1000L + i, null);
            states.add(new MigrationState("created_at " + (1000 + i) + " (hash h" + i + ")", null, MigrationState.State.MISSING_LOCALLY, row));
        }
        List<String> lines = StatusTable.render(states, false);
        assertEquals("The history records 12 migration(s) this folder does not have: created_at 1000 (hash h0), created_at 1001 (hash h1),"
                + " created_at 1002 (hash h2), created_at 1003 (hash h3), created_at 1004 (hash h4), created_at 1005 (hash h5), created_at 1006"
                + " (hash h6), created_at 1007 (hash h7), created_at 1008 (hash h8), created_at 1009 (hash h9) and 2 more (listed above) (applied"
                + " from another branch, or dropped after they ran here). db:apply warns of them: merge the branch that has them, or, if they"
                + " were abandoned, remove the rows with mvn db:repair.", lines.get(lines.size() - 1));
    }

    /**
     * A folder squashed as drizzle users do it (deleted, a fresh 0000 generated from the schema code), on a database that ran the
     * old one: every row is one the folder lacks and every migration of the folder is pending. The last line named a merge or an
     * abandoned branch alone, where db:apply's refusal names the squash and what db:repair does then.
     */
    @Test
    void aHistoryOfOnlyRowsTheFolderLacksUnderAllPendingNamesTheSquash() {
        List<MigrationState> states = new java.util.ArrayList<>();
        var baseline = new dev.godwit.engine.folder.Migration(new dev.godwit.engine.folder.JournalEntry(0, "6", 5000L, "0000_baseline", true),
                java.nio.file.Path.of("drizzle/0000_baseline.sql"), "CREATE TABLE t (id integer);");
        states.add(new MigrationState("0000_baseline", baseline, MigrationState.State.PENDING, null));
        for (int i = 0; i < 3; i++) {
            var row = new dev.godwit.engine.migrate.AppliedMigration(null, "h" + i, 1000L + i, null);
            states.add(new MigrationState("created_at " + (1000 + i) + " (hash h" + i + ")", null, MigrationState.State.MISSING_LOCALLY, row));
        }
        List<String> lines = StatusTable.render(states, false, "mvn db:repair -Dlocal");
        assertEquals("The history records 3 migration(s) this folder does not have: created_at 1000 (hash h0), created_at 1001 (hash h1),"
                + " created_at 1002 (hash h2) (applied from another branch, or dropped after they ran here). db:apply refuses to apply the"
                + " pending ones on top while they remain: merge the branch that has them, or, if they were abandoned, remove the rows with"
                + " mvn db:repair -Dlocal. The history records none of this folder's migrations and all of them are pending, as after a squash"
                + " (the folder deleted and a fresh 0000 generated from the schema code): if so, mvn db:repair -Dlocal removes those rows and"
                + " records as applied the new migrations whose schema the database already has, so that db:apply does not run them on top.",
                lines.get(lines.size() - 1));
    }
}
