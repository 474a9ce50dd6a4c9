package dev.godwit.engine.rebase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.MigrationException;
import dev.godwit.engine.migrate.MigrationState;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.migrate.StatusTable;
import dev.godwit.engine.repair.RepairException;
import dev.godwit.engine.repair.Repairer;
import dev.godwit.engine.repair.RepairOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A migration whose journal entry a merge lost, on the database of the branch that applied it: its history row is kept. */
class LostEntryHistoryTest {

    @TempDir
    Path repo;

    MigrationsFolder folder;

    void git(String... args) throws Exception {
        GitMerges.git(repo, args);
    }

    static final String LOST = "drizzle/0001_age.sql is a migration db:generate wrote (drizzle/meta/_sums/0001_age.sha256 records it), of"
            + " the number of the journal's 0001_email, and drizzle/meta/_journal.json does not list it: git's conflict in the journal was"
            + " resolved by taking one branch's side, so the other branch's migration lost its entry: drizzle's migrator would never run"
            + " it, and wrangler's (every .sql file in name order) would run it beside 0001_email, though both were generated from the"
            + " same snapshot. While the merge is not committed, put the conflict back (git checkout -m --"
            + " drizzle/meta/_journal.json drizzle/meta/0001_snapshot.json), then run mvn db:rebase, which moves one branch's"
            + " migrations after the other's; after a commit, list it in the journal as its branch has it (git log --all --oneline --"
            + " drizzle/0001_age.sql names that branch's commit), with drizzle/meta/0001_snapshot.json as git merge leaves it (both"
            + " sides, between conflict markers), and run mvn db:rebase.";

    static String keep(String row, String repair) {
        return " The history row " + row + " records 0001_age as applied here (this database ran it on its branch before the merge): keep"
                + " it. " + repair + " must not remove it, or db:apply would run 0001_age's SQL a second time once db:rebase has moved it"
                + " after the other branch's migrations.";
    }

    Path dbFile;

    /**
     * The feature branch's developer applied its 0001_age to their database, then merged main (0001_email) and resolved the
     * journal's conflict by taking main's side: 0001_age.sql and its checksum file stay, its entry is gone.
     */
    void appliedThenMergedTakingOneSide(HistoryTable history) throws Exception {
        appliedThenMergedTakingOneSide(history, false);
    }

    /** As {@link #appliedThenMergedTakingOneSide(HistoryTable)}; {@code thenPosts}: the feature branch has 0002_posts after 0001_age. */
    void appliedThenMergedTakingOneSide(HistoryTable history, boolean thenPosts) throws Exception {
        folder = MigrationsFolder.at(repo.resolve("drizzle"));
        git("init", "-q");
        Generator g = new Generator();
        g.generate(RebaserTest.schema(RebaserTest.table("users", "name")), folder, GenerateOptions.batch().withName("init"));
        git("add", "-A");
        git("commit", "-q", "-m", "init");
        git("checkout", "-q", "-b", "feature");
        g.generate(RebaserTest.schema(RebaserTest.table("users", "name", "age:int")), folder, GenerateOptions.batch().withName("age"));
        if (thenPosts) {
            g.generate(RebaserTest.schema(RebaserTest.table("users", "name", "age:int"), RebaserTest.table("posts", "title")), folder,
                    GenerateOptions.batch().withName("posts"));
        }
        dbFile = repo.resolve("b.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            new Migrator(db, history, EngineLog.SILENT).apply(Migrator.local(folder, history), ApplyOptions.defaults());
        }
        git("add", "-A");
        git("commit", "-q", "-m", "feature");
        git("checkout", "-q", "main");
        Thread.sleep(5);
        g.generate(RebaserTest.schema(RebaserTest.table("users", "name", "email")), folder, GenerateOptions.batch().withName("email"));
        git("add", "drizzle");
        git("commit", "-q", "-m", "email");
        git("merge", "-q", "feature");
        git("checkout", "--ours", "drizzle/meta/_journal.json");
        folder = MigrationsFolder.at(folder.dir());
    }

    List<String> status(SqliteDatabase db, HistoryTable history) {
        Migrator m = new Migrator(db, history, EngineLog.SILENT);
        List<MigrationState> states = m.status(folder);
        return StatusTable.render(states, m.history().keepsAppliedTime(), "mvn db:repair -Dlocal", m.applyRefusal(states), m.lostEntries());
    }

    /** db:repair, with -Ddb.force or without, refuses with {@code message}; the history rows and the folder stay as they were. */
    void repairRefused(SqliteDatabase db, HistoryTable history, String message) throws Exception {
        List<Map<String, Object>> rows = db.query("SELECT * FROM " + history.name());
        Map<String, String> files = GitMerges.files(folder);
        for (boolean force : List.of(false, true)) {
            var e = assertThrows(RepairException.class, () -> new Repairer(EngineLog.SILENT).repair(folder, db, history, new RepairOptions(force, null)));
            assertEquals(message, e.getMessage(), "force " + force);
            assertEquals(rows, db.query("SELECT * FROM " + history.name()));
            assertEquals(files, GitMerges.files(folder));
        }
    }

    /**
     * drizzle's history keys the row on 0001_age's "when", which no journal entry has any more: db:status showed it as
     * "created_at N (hash ...) MISSING", "applied from another branch, or dropped after it ran here ... remove the rows with mvn
     * db:repair", and db:repair -Ddb.force removed it (with the shared snapshot taken from one side too; with git's markers left
     * there it failed on "not valid JSON ... Restore it from version control", which throws the other side away). Once db:rebase
     * moved 0001_age, db:apply would have run its ALTER TABLE a second time. Now db:status names the row 0001_age, says the
     * journal lost its entry and to keep the row, and db:repair refuses, naming the same.
     */
    @Test
    void drizzlesRowOfAMigrationAMergeLostFromTheJournalIsNamedAndKept() throws Exception {
        HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        appliedThenMergedTakingOneSide(history);
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            String when = java.util.Arrays.stream(folder.sumFields(folder.sumFile("0001_age"))).filter(f -> f.startsWith("when="))
                    .findFirst().orElseThrow().substring("when=".length());
            List<String> status = status(db, history);
            assertTrue(status.get(3).matches("  0001_age    MISSING   applied \\(generated [^)]+\\); its \\.sql file is in the folder, but the journal lost"
                    + " its entry in a merge \\(see below\\)"), status.toString());
            assertEquals("1 applied, 1 pending, 1 need attention.", status.get(4));
            assertEquals(LOST + keep("created_at " + when, "mvn db:repair -Dlocal"), status.get(5));
            assertTrue(status.stream().noneMatch(l -> l.contains("remove the rows") || l.contains("another branch,")), status.toString());
            assertTrue(status.get(6).startsWith(StatusTable.REFUSED + "SQL file(s) without a journal entry in drizzle: 0001_age."), status.get(6));

            String refused = "db:repair of " + db.describe() + " changes nothing while a merge has lost a migration's journal entry:\n  - "
                    + LOST + keep("created_at " + when, "db:repair") + "\nRun db:repair again after db:rebase, if something is still to repair"
                    + " then. Nothing was changed.";
            repairRefused(db, history, refused);
            // the shared snapshot taken from one side too: db:repair -Ddb.force removed the row
            git("checkout", "--ours", "drizzle/meta/0001_snapshot.json");
            repairRefused(db, history, refused);

            // the way on: the snapshot's markers back, db:rebase moves 0001_age; its row is then told as that migration before the rebase
            git("checkout", "-m", "--", "drizzle/meta/0001_snapshot.json");
            assertEquals(List.of("0002_age"), new Rebaser(EngineLog.SILENT).rebase(folder));
            List<String> after = status(db, history);
            assertTrue(after.get(3).contains("0002_age                                      MOVED     already applied: the history row created_at " + when),
                    after.toString());
            assertTrue(after.stream().noneMatch(l -> l.contains("remove the rows") || l.contains("lost its entry")), after.toString());
            // db:repair moves the row to 0002_age, and db:apply runs main's 0001_email alone (older than 0002_age: as after any rebase
            // on the database that ran the moved migration first, -Ddb.outOfOrder): age is added once
            new Repairer(EngineLog.SILENT).repair(folder, db, history, new RepairOptions(true, null));
            var outOfOrder = new ApplyOptions(false, false, 3, false, false, true);
            assertEquals(List.of("0001_email"), new Migrator(db, history, EngineLog.SILENT).apply(folder, outOfOrder).applied());
            assertEquals(List.of("id", "name", "age", "email"), db.query("SELECT name FROM pragma_table_info('users')").stream()
                    .map(r -> (String) r.get("name")).toList());
        }
    }

    /**
     * wrangler's history keys rows by file name, and every .sql file is a migration there: 0001_age reads applied. db:status
     * said nothing of the lost entry, and db:repair -Ddb.force "stamped" its checksum file with the journal's "when" of a
     * migration the journal does not list (0), the record db:rebase takes the entry back from.
     */
    @Test
    void wranglersRowOfAMigrationAMergeLostFromTheJournalIsNamedAndItsChecksumFileKept() throws Exception {
        HistoryTable history = HistoryTable.forName("d1_migrations");
        appliedThenMergedTakingOneSide(history);
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            List<String> status = status(db, history);
            assertTrue(status.get(2).matches("  0001_age    applied   [0-9: -]+; but the journal lost its entry in a merge \\(see below\\)"),
                    status.toString());
            assertEquals(LOST + keep("0001_age.sql", "mvn db:repair -Dlocal"), status.get(5));
            repairRefused(db, history, "db:repair of " + db.describe() + " changes nothing while a merge has lost a migration's journal"
                    + " entry:\n  - " + LOST + keep("0001_age.sql", "db:repair") + "\nRun db:repair again after db:rebase, if something"
                    + " is still to repair then. Nothing was changed.");
        }
    }

    /**
     * wrangler's history runs every .sql file: mid-merge, db:apply ran the lost 0001_age.sql beside main's 0001_email.sql on a new
     * database (and 0001_email on the branch's own), saying nothing of the lost entry; db:rebase then moved 0001_age under a new
     * number, and each such database recorded 0001_age.sql, a file the folder no longer had. drizzle's layout refused already.
     * Now refused there too, naming the lost entry, with nothing applied; db:status's last line gives the refusal.
     */
    @Test
    void wranglersApplyMidMergeIsRefusedNamingTheLostEntry() throws Exception {
        HistoryTable history = HistoryTable.forName("d1_migrations");
        appliedThenMergedTakingOneSide(history);
        String refused = "SQL file(s) whose journal entry a merge lost, in drizzle: 0001_age.sql. With wrangler's history (d1_migrations)"
                + " every .sql file runs, so db:apply would run it under the name it has now, and db:rebase then moves it after the other"
                + " branch's migrations under a new number: a database that ran it would record a file the folder no longer has. " + LOST
                + " Nothing was applied.";
        for (Path file : List.of(repo.resolve("new.sqlite"), dbFile)) {
            try (SqliteDatabase db = SqliteDatabase.open(file)) {
                List<Map<String, Object>> before = db.query("SELECT type, name, sql FROM sqlite_master ORDER BY name");
                List<Map<String, Object>> rows = file.equals(dbFile) ? db.query("SELECT * FROM d1_migrations") : List.of();
                var e = assertThrows(MigrationException.class, () -> new Migrator(db, history, EngineLog.SILENT).apply(folder, ApplyOptions.defaults()));
                assertEquals(refused, e.getMessage(), file.toString());
                assertEquals(before, db.query("SELECT type, name, sql FROM sqlite_master ORDER BY name"));
                if (file.equals(dbFile)) assertEquals(rows, db.query("SELECT * FROM d1_migrations"));
                List<String> status = status(db, history);
                assertEquals(StatusTable.REFUSED + refused, status.get(status.size() - 1), status.toString());
            }
        }
    }

    /**
     * Mid-merge, db:repair refused every repair, the re-record of a deliberate edit of 0000_init (a reviewed comment) too, though
     * only the lost entry's row and files need keeping for db:rebase. Now the edit is recorded (its row's hash and its checksum
     * file), the lost entry's row, .sql and checksum file stay as they were, and the listing says they were left for db:rebase.
     */
    @Test
    void drizzlesRepairMidMergeRecordsAnEditOfAnotherMigrationAndLeavesTheLostEntryAlone() throws Exception {
        HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        appliedThenMergedTakingOneSide(history);
        String when = java.util.Arrays.stream(folder.sumFields(folder.sumFile("0001_age"))).filter(f -> f.startsWith("when="))
                .findFirst().orElseThrow().substring("when=".length());
        editInit();
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            String sum = java.nio.file.Files.readString(folder.sumFile("0001_age"));
            var listed = assertThrows(RepairException.class, () -> new Repairer(EngineLog.SILENT).repair(folder, db, history, new RepairOptions(false, null)));
            List<String> lines = listed.getMessage().lines().toList();
            assertTrue(lines.get(1).startsWith("  - re-record the checksum of 0000_init in __drizzle_migrations: "), lines.toString());
            assertTrue(lines.get(2).startsWith("  - re-record the checksum of 0000_init in drizzle/meta/_sums/0000_init.sha256: "), lines.toString());
            assertEquals("Whether this database has what the edited SQL (drizzle/0000_init.sql) makes was not checked: it ran 0001_age, whose"
                    + " journal entry the merge lost, so the folder's migrations do not make its schema until db:rebase. Run mvn db:verify"
                    + " -Ddb.drift after the rebase.", lines.get(3));
            assertEquals("Left as they are, for db:rebase (a merge has lost a migration's journal entry):", lines.get(4));
            assertEquals("  - " + LOST + keep("created_at " + when, "db:repair"), lines.get(5));

            new Repairer(EngineLog.SILENT).repair(folder, db, history, new RepairOptions(true, null));
            String initSql = java.nio.file.Files.readString(folder.sqlFile("0000_init"));
            assertEquals(List.of(dev.godwit.engine.folder.Checksums.sha256Hex(initSql), "(lost row)"), db.query("SELECT hash, created_at FROM"
                    + " __drizzle_migrations ORDER BY created_at").stream().map(r -> String.valueOf(r.get("created_at")).equals(when) ? "(lost row)"
                    : (String) r.get("hash")).toList());
            assertTrue(java.nio.file.Files.readString(folder.sumFile("0000_init")).contains(" edited "));
            assertEquals(sum, java.nio.file.Files.readString(folder.sumFile("0001_age")));
            assertTrue(java.nio.file.Files.exists(folder.sqlFile("0001_age")));
            // and the merge goes on as before: db:rebase moves 0001_age, db:repair then moves its row
            git("checkout", "-m", "--", "drizzle/meta/_journal.json", "drizzle/meta/0001_snapshot.json");
            folder = MigrationsFolder.at(folder.dir());
            assertEquals(List.of("0002_age"), new Rebaser(EngineLog.SILENT).rebase(folder));
        }
    }

    /** The same in wrangler's layout, whose history keeps no checksum: the edit is recorded in 0000_init's checksum file alone. */
    @Test
    void wranglersRepairMidMergeRecordsAnEditOfAnotherMigrationAndLeavesTheLostEntryAlone() throws Exception {
        HistoryTable history = HistoryTable.forName("d1_migrations");
        appliedThenMergedTakingOneSide(history);
        editInit();
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            String sum = java.nio.file.Files.readString(folder.sumFile("0001_age"));
            List<Map<String, Object>> rows = db.query("SELECT * FROM d1_migrations");
            var listed = assertThrows(RepairException.class, () -> new Repairer(EngineLog.SILENT).repair(folder, db, history, new RepairOptions(false, null)));
            List<String> lines = listed.getMessage().lines().toList();
            assertTrue(lines.get(1).startsWith("  - re-record the checksum of 0000_init in drizzle/meta/_sums/0000_init.sha256: "), lines.toString());
            assertEquals("Left as they are, for db:rebase (a merge has lost a migration's journal entry):", lines.get(2), lines.toString());
            assertEquals("  - " + LOST + keep("0001_age.sql", "db:repair"), lines.get(3));
            new Repairer(EngineLog.SILENT).repair(folder, db, history, new RepairOptions(true, null));
            assertTrue(java.nio.file.Files.readString(folder.sumFile("0000_init")).contains(" edited "));
            assertEquals(sum, java.nio.file.Files.readString(folder.sumFile("0001_age")));
            assertEquals(rows, db.query("SELECT * FROM d1_migrations"));
        }
    }

    /**
     * A row of a migration the folder lacks beside the lost entry (an abandoned branch's, say) is not removed mid-merge: what it
     * stands for is told from the folder's migrations and snapshots, which the merge left half done. The refusal names it too.
     */
    @Test
    void aRowOfAnotherMissingMigrationWaitsForTheRebase() throws Exception {
        HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        appliedThenMergedTakingOneSide(history);
        String when = java.util.Arrays.stream(folder.sumFields(folder.sumFile("0001_age"))).filter(f -> f.startsWith("when="))
                .findFirst().orElseThrow().substring("when=".length());
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            db.runAtomically(List.of("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('" + "ab".repeat(32) + "', 1999999999999)"), false);
            repairRefused(db, history, "db:repair of " + db.describe() + " changes nothing while a merge has lost a migration's journal"
                    + " entry:\n  - " + LOST + keep("created_at " + when, "db:repair") + "\nIt also found a row of migrations the folder does"
                    + " not have (created_at 1999999999999 (hash abababababab)): what it stands for is told from the folder's migrations and"
                    + " snapshots, which the merge has left half done, so it waits for db:rebase too.\nRun db:repair again after db:rebase, if"
                    + " something is still to repair then. Nothing was changed.");
        }
    }

    /** 0000_init.sql, applied on every branch, edited on purpose after the merge (a reviewed comment). */
    void editInit() throws Exception {
        Path init = folder.sqlFile("0000_init");
        java.nio.file.Files.writeString(init, java.nio.file.Files.readString(init) + "\n-- reviewed: users keeps one row a person\n");
        folder = MigrationsFolder.at(folder.dir());
    }

    /**
     * The feature branch had two migrations, 0001_age and 0002_posts; taking main's journal lost both entries, and only 0001_age
     * (whose number main's 0001_email has) is told as lost. In wrangler's layout 0002_posts.sql still runs, and db:repair
     * "stamped" its checksum file with the journal's "when" of it, 0, the record its entry is given back from; mid-merge now it is
     * left as it is, and said so, while the rest is repaired (an edit of 0000_init) or, with nothing else to do, refused.
     */
    @Test
    void wranglersRepairMidMergeLeavesTheChecksumFileOfALaterMigrationWithoutAnEntryAlone() throws Exception {
        HistoryTable history = HistoryTable.forName("d1_migrations");
        appliedThenMergedTakingOneSide(history, true);
        String postsSum = java.nio.file.Files.readString(folder.sumFile("0002_posts"));
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            List<Map<String, Object>> rows = db.query("SELECT * FROM d1_migrations");
            // nothing else to repair: refused, the checksum file as it was
            var refused = assertThrows(RepairException.class, () -> new Repairer(EngineLog.SILENT).repair(folder, db, history, new RepairOptions(true, null)));
            assertTrue(refused.getMessage().contains(" changes nothing while a merge has lost a migration's journal entry"), refused.getMessage());
            assertEquals(postsSum, java.nio.file.Files.readString(folder.sumFile("0002_posts")));

            editInit();
            var listed = assertThrows(RepairException.class, () -> new Repairer(EngineLog.SILENT).repair(folder, db, history, new RepairOptions(false, null)));
            List<String> lines = listed.getMessage().lines().toList();
            assertTrue(lines.get(1).startsWith("  - re-record the checksum of 0000_init in drizzle/meta/_sums/0000_init.sha256: "), lines.toString());
            assertEquals("  - drizzle/meta/_sums/0002_posts.sha256: 0002_posts.sql has no journal entry either (most likely the same merge took"
                    + " it out); its \"when\" is read from this file when the entry is given back", lines.get(lines.size() - 2), lines.toString());
            new Repairer(EngineLog.SILENT).repair(folder, db, history, new RepairOptions(true, null));
            assertTrue(java.nio.file.Files.readString(folder.sumFile("0000_init")).contains(" edited "));
            assertEquals(postsSum, java.nio.file.Files.readString(folder.sumFile("0002_posts")));
            assertEquals(rows, db.query("SELECT * FROM d1_migrations"));
        }
    }
}
