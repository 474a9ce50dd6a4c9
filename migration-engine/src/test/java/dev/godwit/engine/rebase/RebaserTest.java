package dev.godwit.engine.rebase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.testing.RecordingLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.FolderCheck;
import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.ApplyResult;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.verify.Finding;
import dev.godwit.engine.verify.Verifier;
import dev.godwit.schema.model.ColumnDef;
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

/** Two branches each generate migrations on the same parent; a real git merge leaves the folder conflicted; db:rebase fixes it. */
class RebaserTest {

    @TempDir
    Path repo;

    MigrationsFolder folder;
    final RecordingLog engineLog = new RecordingLog();
    final List<String> log = engineLog.lines();

    static TableDef table(String name, String... columns) {
        List<ColumnDef> cols = new ArrayList<>();
        cols.add(ColumnDef.of("id", "integer").withPrimaryKey(true));
        for (String c : columns) {
            cols.add(c.endsWith(":int") ? ColumnDef.of(c.substring(0, c.length() - 4), "integer")
                    : c.endsWith("!") ? ColumnDef.of(c.substring(0, c.length() - 1), "text").withNotNull(true) : ColumnDef.of(c, "text"));
        }
        return new TableDef(name, cols, null, List.of(), List.of(), List.of(), null);
    }

    static SchemaDef schema(TableDef... tables) {
        return new SchemaDef(List.of(tables), List.of());
    }

    void git(String... args) throws IOException, InterruptedException {
        GitMerges.git(repo, args);
    }

    @BeforeEach
    void base() throws Exception {
        folder = MigrationsFolder.at(repo.resolve("drizzle"));
        git("init", "-q");
        new Generator().generate(schema(table("users", "name")), folder, GenerateOptions.batch().withName("init"));
        git("add", "-A");
        git("commit", "-q", "-m", "init");
        git("checkout", "-q", "-b", "feature");
    }

    /** main adds users.email; feature adds users.age and a table posts (and more, if asked); then feature is merged into main. */
    void branchesThenMerge(SchemaDef feature, boolean seed) throws Exception {
        branchesThenMerge(feature, seed, null);
    }

    /** The same, with {@code staleSeedSum} (when not null) written as meta/_sums/0002_seed.sha256 beside the custom 0002_seed. */
    void branchesThenMerge(SchemaDef feature, boolean seed, String staleSeedSum) throws Exception {
        Generator g = new Generator();
        g.generate(feature, folder, GenerateOptions.batch().withName("age").withAcceptDataLoss(true));
        if (seed) {
            g.generate(feature, folder, GenerateOptions.batch().withName("seed").withCustom(true));
            Path f = folder.sqlFile("0002_seed");
            Files.writeString(f, Files.readString(f) + "\nINSERT INTO `users` (`name`, `age`) VALUES ('seeded', 7);");
            if (staleSeedSum != null) Files.writeString(folder.sumFile("0002_seed"), staleSeedSum);
        }
        git("add", "-A");
        git("commit", "-q", "-m", "feature");
        git("checkout", "-q", "main");
        Thread.sleep(5);
        g.generate(schema(table("users", "name", "email")), folder, GenerateOptions.batch().withName("email"));
        git("add", "-A");
        git("commit", "-q", "-m", "email");
        git("merge", "-q", "feature");
    }

    /** The feature branch generates a migration and commits it; then main generates its own and commits it (not merged yet). */
    void featureThenMain(SchemaDef feature, String featureName, SchemaDef main, String mainName) throws Exception {
        new Generator().generate(feature, folder, GenerateOptions.batch().withName(featureName));
        git("add", "-A");
        git("commit", "-q", "-m", "feature");
        git("checkout", "-q", "main");
        Thread.sleep(5);
        new Generator().generate(main, folder, GenerateOptions.batch().withName(mainName));
        git("add", "-A");
        git("commit", "-q", "-m", "email");
    }

    Map<String, String> files() throws IOException {
        return GitMerges.files(folder);
    }

    @Test
    void movesTheMergedBranchesMigrationAfterTheTargetsWithItsSqlRegeneratedAndRowsKept() throws Exception {
        // A database that followed main: 0000_init and 0001_email applied, with a row.
        Path dbFile = repo.resolve("app.sqlite");
        branchesThenMergeOnDatabase(dbFile);
        assertTrue(Files.readString(folder.journalFile()).contains("<<<<<<<"), "git left the journal conflicted");
        List<String> problems = FolderCheck.problems(folder);
        assertEquals(List.of("drizzle/meta/_journal.json has git conflict markers: two branches each generated migrations. Run mvn db:rebase:"
                + " it keeps the target branch's migrations and moves the others after them, renumbered, with their SQL regenerated"), problems);

        List<String> moved = new Rebaser(engineLog).rebase(folder);
        assertEquals(List.of("0002_age"), moved);
        assertEquals(List.of("0000_init", "0001_email", "0002_age"), folder.readJournal().entries().stream().map(JournalEntry::tag).toList());
        assertEquals(List.of("0000_init.sql", "0001_email.sql", "0002_age.sql", "meta/0000_snapshot.json", "meta/0001_snapshot.json",
                "meta/0002_snapshot.json", "meta/_journal.json", "meta/_sums/0000_init.sha256", "meta/_sums/0001_email.sha256",
                "meta/_sums/0002_age.sha256"), List.copyOf(files().keySet()));
        String sql = Files.readString(folder.sqlFile("0002_age"));
        assertTrue(!featureSql.contains("`email`") && sql.contains("`email`"), "the rebuild of users now keeps main's email column:\n" + sql);
        assertTrue(sql.contains("CREATE TABLE `posts`"), sql);
        SchemaDef merged = schema(table("users", "name!", "email", "age:int"), table("posts", "title"));
        assertEquals(List.of(), FolderCheck.problems(folder));
        List<Finding> findings = Verifier.verify(merged, folder);
        assertEquals(List.of(), findings);
        assertTrue(log.contains("INFO   move 0001_age -> 0002_age (SQL regenerated on top of 0001_email)"), log.toString());
        assertTrue(log.stream().noneMatch(l -> l.contains("The moved migrations come from")), "a feature branch merged into main: no warning");
        // its checksum file is stamped with its new "when", as db:generate stamps one (it had none: a stale file could pass for it),
        // and says what it was before (the row of a database that ran the old SQL is then told as this migration)
        assertTrue(files().get("meta/_sums/0002_age.sha256").contains(" when=" + folder.readJournal().entries().get(2).when() + " rebased-from=0001_age@"),
                files().get("meta/_sums/0002_age.sha256"));
        // and names its new file, which db:verify compares with the file's in wrangler's layout (a rebase renames legitimately)
        assertTrue(files().get("meta/_sums/0002_age.sha256").endsWith(" name=0002_age.sql\n"), files().get("meta/_sums/0002_age.sha256"));
        assertEquals(List.of(), Verifier.check(() -> merged, folder, true, new dev.godwit.engine.target.ProjectSettings.History("d1_migrations", true,
                "wrangler.toml")).findings());

        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            ApplyResult r = new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
            assertEquals(List.of("0002_age"), r.applied());
            assertEquals(List.of(Map.of("name", "ada", "email", "a@x")), db.query("SELECT name, email FROM users WHERE age IS NULL"));
        }
    }

    /**
     * db:rebase wrote the moved migrations' checksum files without the record of their snapshots (snapshot=, from=), so db:verify
     * compared each new snapshot with the replay in full on every run. They are recorded for the snapshot it writes and the one it
     * now follows (the target's last, then the moved one before), and an edit of a moved snapshot is still named.
     */
    /**
     * db:rebase deletes the moved migrations' old files and writes their new ones, the journal and the checksums: stopped dead
     * after any one of those steps (a kill), what every goal does first leaves the folder as the merge left it or rebased whole.
     * It used to make the deletions and the writes as two separate sets, each file on its own.
     */
    @Test
    void aRebaseStoppedBetweenItsFilesLeavesTheMergeOrTheWholeRebase() throws Exception {
        branchesThenMerge(schema(table("users", "name", "age:int"), table("posts", "title")), false);
        Map<String, String> merged = files();
        int asMerged = 0;
        int rebased = 0;
        try {
            for (int step = 1;; step++) {
                for (Map.Entry<String, String> f : merged.entrySet()) Files.writeString(folder.dir().resolve(f.getKey()), f.getValue());
                try (var s = Files.walk(folder.dir())) {
                    for (Path p : s.filter(Files::isRegularFile).toList()) if (!merged.containsKey(folder.dir().relativize(p).toString())) Files.delete(p);
                }
                dev.godwit.engine.folder.FolderEdit.stopAfter(step);
                try {
                    new Rebaser(EngineLog.SILENT).rebase(folder);
                    break;   // past the last step
                } catch (dev.godwit.engine.folder.FolderEdit.Stopped stopped) {
                    // what a kill leaves
                }
                dev.godwit.engine.folder.FolderEdit.finishInterrupted(folder, EngineLog.SILENT);
                Map<String, String> now = files();
                if (now.equals(merged)) {
                    asMerged++;
                    continue;
                }
                rebased++;
                assertEquals(List.of("0000_init", "0001_email", "0002_age"), folder.readJournal().entries().stream().map(JournalEntry::tag).toList(),
                        "step " + step);
                assertEquals(List.of(), FolderCheck.problems(folder), "step " + step);
                assertEquals(List.of(), Verifier.verify(schema(table("users", "name", "email", "age:int"), table("posts", "title")), folder), "step " + step);
                assertTrue(now.keySet().stream().noneMatch(n -> n.contains("godwit")), "step " + step + ": " + now.keySet());
            }
        } finally {
            dev.godwit.engine.folder.FolderEdit.stopAfter(-1);
        }
        // the journal, the moved SQL, snapshot and checksum staged; then the record, the old files' deletions, the renames
        assertTrue(asMerged >= 4 && rebased >= 5, asMerged + " stops left the merge, " + rebased + " the rebase");
    }

    @Test
    void theMovedMigrationsChecksumFilesRecordTheirNewSnapshots() throws Exception {
        Generator g = new Generator();
        g.generate(schema(table("users", "name", "age:int")), folder, GenerateOptions.batch().withName("age"));
        g.generate(schema(table("users", "name", "age:int"), table("posts", "title")), folder, GenerateOptions.batch().withName("posts"));
        git("add", "-A");
        git("commit", "-q", "-m", "feature");
        git("checkout", "-q", "main");
        Thread.sleep(5);
        g.generate(schema(table("users", "name", "email")), folder, GenerateOptions.batch().withName("email"));
        git("add", "-A");
        git("commit", "-q", "-m", "email");
        git("merge", "-q", "feature");
        assertEquals(List.of("0002_age", "0003_posts"), new Rebaser(engineLog).rebase(folder));
        for (String[] tagAndPrevious : List.of(new String[] {"0002_age", "0001_email"}, new String[] {"0003_posts", "0002_age"})) {
            String tag = tagAndPrevious[0];
            String own = MigrationsFolder.snapshotSumOf(folder.snapshotFile(tag));
            String from = MigrationsFolder.snapshotSumOf(folder.snapshotFile(tagAndPrevious[1]));
            String sum = Files.readString(folder.sumFile(tag));
            assertTrue(sum.endsWith(" snapshot=" + own + " from=" + from + " name=" + tag + ".sql\n"), sum);
            var entry = folder.readJournal().entries().stream().filter(e -> e.tag().equals(tag)).findFirst().orElseThrow();
            assertEquals(List.of(own, from), List.of(folder.recordedSnapshot(entry)));
        }
        SchemaDef merged = schema(table("users", "name", "email", "age:int"), table("posts", "title"));
        assertEquals(List.of(), Verifier.verify(merged, folder));
        Path snap = folder.snapshotFile("0002_age");
        Files.writeString(snap, Files.readString(snap).replace("\"name\": \"age\"", "\"name\": \"years\""));
        List<Finding> findings = Verifier.verify(merged, folder);
        assertTrue(findings.stream().anyMatch(f -> f.message().startsWith("drizzle/meta/0002_snapshot.json does not record what the migrations"
                + " up to drizzle/0002_age.sql make")), findings.toString());
    }

    String featureSql;

    void branchesThenMergeOnDatabase(Path dbFile) throws Exception {
        Generator g = new Generator();
        // name becomes NOT NULL: a rebuild of users, whose SQL on the feature branch knows nothing of main's email column.
        g.generate(schema(table("users", "name!", "age:int"), table("posts", "title")), folder, GenerateOptions.batch().withName("age").withAcceptDataLoss(true));
        featureSql = Files.readString(folder.sqlFile("0001_age"));
        git("add", "-A");
        git("commit", "-q", "-m", "feature");
        git("checkout", "-q", "main");
        Thread.sleep(5);
        g.generate(schema(table("users", "name", "email")), folder, GenerateOptions.batch().withName("email"));
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
            db.runAtomically(List.of("INSERT INTO users (name, email) VALUES ('ada', 'a@x')"), false);
        }
        git("add", "drizzle");
        git("commit", "-q", "-m", "email");
        git("merge", "-q", "feature");
    }

    /**
     * main's 0001_fix only writes rows and has no snapshot (as chronoframe's 0011_update_location_language_enum, which db:verify
     * accepts); feature's 0001_age was generated on 0000. The merge adds feature's meta/0001_snapshot.json unconflicted, and
     * db:rebase read it as 0001_fix's snapshot too, refusing: "0001_fix and 0001_age share drizzle/meta/0001_snapshot.json,
     * which holds the snapshot of only one of them". The rows-only entry stays, the chain continues from 0000's snapshot.
     */
    @Test
    void aKeptMigrationThatOnlyWritesRowsWithoutASnapshotStaysAndTheOthersMoveAfterIt() throws Exception {
        new Generator().generate(schema(table("users", "name", "age:int")), folder, GenerateOptions.batch().withName("age"));
        git("add", "-A");
        git("commit", "-q", "-m", "feature");
        git("checkout", "-q", "main");
        Thread.sleep(5);
        new Generator().generate(schema(table("users", "name")), folder, GenerateOptions.batch().withName("fix").withCustom(true));
        Files.writeString(folder.sqlFile("0001_fix"), "UPDATE `users` SET `name` = trim(`name`);\n");
        Files.delete(folder.snapshotFile("0001_fix"));
        git("add", "-A");
        git("commit", "-q", "-m", "fix");
        git("merge", "-q", "feature");

        assertEquals(List.of("0002_age"), new Rebaser(engineLog).rebase(folder), log.toString());
        assertEquals(List.of("0000_init", "0001_fix", "0002_age"), folder.readJournal().entries().stream().map(JournalEntry::tag).toList());
        assertEquals(List.of("0000_init.sql", "0001_fix.sql", "0002_age.sql", "meta/0000_snapshot.json", "meta/0002_snapshot.json",
                "meta/_journal.json", "meta/_sums/0000_init.sha256", "meta/_sums/0002_age.sha256"), List.copyOf(files().keySet()));
        assertEquals("UPDATE `users` SET `name` = trim(`name`);\n", Files.readString(folder.sqlFile("0001_fix")));
        assertEquals(folder.readSnapshotLink(folder.snapshotFile("0000_init")).id(), folder.readSnapshotLink(folder.snapshotFile("0002_age")).prevId());
        assertEquals(List.of(), FolderCheck.problems(folder));
        assertEquals(List.of(), Verifier.verify(schema(table("users", "name", "age:int")), folder));
    }

    /**
     * A folder drizzle-kit named by times (migrations.prefix "timestamp"): the moved migration was renamed 0002_age, and
     * drizzle-kit, taking the last of meta/'s snapshots by name for the latest, read 20261206120000_email's as newer and generated
     * the moved migration's changes again. It is named in the folder's style now, after the target's last, with idx in order.
     */
    @Test
    void aFolderNamedByTimesKeepsItsStyleAndOrderWhenAMigrationMoves() throws Exception {
        git("checkout", "-q", "main");
        String init = "20261206090000_init";
        Files.move(folder.sqlFile("0000_init"), folder.sqlFile(init));
        Files.move(folder.snapshotFile("0000_init"), folder.snapshotFile(init));
        Files.move(folder.sumFile("0000_init"), folder.sumFile(init));
        Files.writeString(folder.journalFile(), Files.readString(folder.journalFile()).replace("0000_init", init));
        git("add", "-A");
        git("commit", "-q", "-m", "named by times");
        git("checkout", "-q", "feature");
        git("merge", "-q", "main");
        // times after the init's (the real clock's, a migration is never named before the latest): tomorrow at 11:00 and 12:00; fixed
        // to 2026-12-06 they named the migrations by the real clock on that day past noon
        java.time.Instant noon = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.DAYS).plus(java.time.Duration.ofHours(36));
        java.time.format.DateTimeFormatter named = java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(java.time.ZoneOffset.UTC);
        String email = named.format(noon) + "_email";
        String age = named.format(noon.plusSeconds(1)) + "_age";
        java.util.function.Function<java.time.Instant, Generator> at = t -> new Generator(java.time.Clock.fixed(t, java.time.ZoneOffset.UTC),
                new java.util.Random(1));
        at.apply(noon.minusSeconds(3600)).generate(schema(table("users", "name", "age:int")), folder, GenerateOptions.batch().withName("age"));
        git("add", "-A");
        git("commit", "-q", "-m", "feature");
        git("checkout", "-q", "main");
        at.apply(noon).generate(schema(table("users", "name", "email")), folder, GenerateOptions.batch().withName("email"));
        git("add", "-A");
        git("commit", "-q", "-m", "email");
        git("merge", "-q", "feature");

        assertEquals(List.of(age), new Rebaser(engineLog).rebase(folder), log.toString());
        assertEquals(List.of("0:" + init, "1:" + email, "2:" + age), folder.readJournal().entries().stream()
                .map(e -> e.idx() + ":" + e.tag()).toList());
        assertTrue(Files.exists(folder.snapshotFile(age)));
        assertEquals(List.of(), FolderCheck.problems(folder));
        assertEquals(List.of(), Verifier.verify(schema(table("users", "name", "email", "age:int")), folder));
    }

    /** The same entry on the side to move: refused, saying why and what to do, the folder left as git left it. */
    @Test
    void aMovedMigrationThatOnlyWritesRowsWithoutASnapshotIsRefusedAndNothingIsWritten() throws Exception {
        new Generator().generate(schema(table("users", "name")), folder, GenerateOptions.batch().withName("fix").withCustom(true));
        Files.writeString(folder.sqlFile("0001_fix"), "UPDATE `users` SET `name` = trim(`name`);\n");
        Files.delete(folder.snapshotFile("0001_fix"));
        git("add", "-A");
        git("commit", "-q", "-m", "feature");
        git("checkout", "-q", "main");
        Thread.sleep(5);
        new Generator().generate(schema(table("users", "name", "age:int")), folder, GenerateOptions.batch().withName("age"));
        git("add", "-A");
        git("commit", "-q", "-m", "age");
        git("merge", "-q", "feature");
        Map<String, String> before = files();

        RebaseException e = assertThrows(RebaseException.class, () -> new Rebaser(engineLog).rebase(folder));
        assertEquals("0001_fix only writes rows and has no snapshot, and it is among the migrations to move: db:rebase moves migrations with"
                + " their snapshots. Move it by hand: put drizzle/0001_fix.sql aside and take its entry out of drizzle/meta/_journal.json, run"
                + " mvn db:rebase, then mvn db:generate -Ddb.custom -Ddb.name=fix and paste its SQL into the new file. Nothing was written.",
                e.getMessage());
        assertEquals(before, files());
    }

    @Test
    void aHandWrittenMigrationIsMovedUnchangedWithAWarning() throws Exception {
        branchesThenMerge(schema(table("users", "name", "age:int")), true);
        String seedSql = Files.readString(folder.sqlFile("0002_seed"));
        List<String> moved = new Rebaser(engineLog).rebase(folder);
        assertEquals(List.of("0002_age", "0003_seed"), moved);
        assertEquals(seedSql, Files.readString(folder.sqlFile("0003_seed")));
        assertTrue(log.contains("WARN 0003_seed (was 0002_seed) is a hand-written migration: moved unchanged. Review it: it now runs after the target"
                + " branch's migrations."), log.toString());
        assertEquals(List.of(), Verifier.verify(schema(table("users", "name", "email", "age:int")), folder));
        try (SqliteDatabase db = SqliteDatabase.inMemory()) {
            new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
            assertEquals(List.of(Map.of("name", "seeded", "age", 7L)), db.query("SELECT name, age FROM users"));
        }
    }

    /**
     * wrangler's history keys rows by file name: a release branch's migrations, deployed before the branch was merged back, are
     * recorded under the names db:rebase then changes (0001_age.sql, 0002_seed.sql). Nothing said so, and db:repair on production
     * removed those rows as "no such migration" (db:apply then ran the hotfix again). The rebase names the renames and the way on.
     */
    @Test
    void withWranglersHistoryTheRebaseSaysTheMovedMigrationsHaveNewFileNames() throws Exception {
        branchesThenMerge(schema(table("users", "name", "age:int")), true);
        assertEquals(List.of("0002_age", "0003_seed"), new Rebaser(engineLog).rebase(folder, "d1_migrations"));
        assertTrue(log.contains("WARN d1_migrations, wrangler's history, records a migration by its file name, and the moved ones have new names"
                + " (0001_age.sql -> 0002_age.sql, 0002_seed.sql -> 0003_seed.sql). A database that ran one of them before this merge (a release"
                + " branch's hotfix deployed) records its old name: there db:status lists it MISSING and the new name pending, and db:repair"
                + " names the UPDATE that moves its row, so that it does not run a second time."), log.toString());
    }

    /**
     * drizzle-kit's drop removes a migration but not Godwit's checksum file of it; a custom migration made again under the same
     * tag (drizzle-kit generate --custom --name seed) sits beside a checksum file stamped with another migration's "when". db:rebase
     * took that file for the custom migration's own and refused: "0002_seed (... is not the SQL its checksum file records)". The
     * file is not its own (as db:generate's plan trial reads it since 9ff1925): the migration moves as hand-written, the stale file goes.
     */
    @Test
    void aCustomMigrationBesideAStaleChecksumFileOfItsTagIsMovedAsHandWritten() throws Exception {
        branchesThenMerge(schema(table("users", "name", "age:int")), true, "0".repeat(64) + " when=1\n");
        String seedSql = Files.readString(folder.sqlFile("0002_seed"));
        assertEquals(List.of("0002_age", "0003_seed"), new Rebaser(engineLog).rebase(folder));
        assertEquals(seedSql, Files.readString(folder.sqlFile("0003_seed")));
        assertTrue(log.contains("INFO   move 0002_seed -> 0003_seed (hand-written: SQL unchanged)"), log.toString());
        assertEquals(List.of("0000_init.sql", "0001_email.sql", "0002_age.sql", "0003_seed.sql", "meta/0000_snapshot.json",
                "meta/0001_snapshot.json", "meta/0002_snapshot.json", "meta/0003_snapshot.json", "meta/_journal.json",
                "meta/_sums/0000_init.sha256", "meta/_sums/0001_email.sha256", "meta/_sums/0002_age.sha256"), List.copyOf(files().keySet()));
        assertEquals(List.of(), Verifier.verify(schema(table("users", "name", "email", "age:int")), folder));
        try (SqliteDatabase db = SqliteDatabase.inMemory()) {
            new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
            assertEquals(List.of(Map.of("name", "seeded", "age", 7L)), db.query("SELECT name, age FROM users"));
        }
    }

    /** The feature branch adds users.age and types an UPDATE into that generated migration (recorded with db:repair or not); main adds email; merged. */
    void featureEditedThenMerged(boolean recordTheEdit) throws Exception {
        new Generator().generate(schema(table("users", "name", "age:int")), folder, GenerateOptions.batch().withName("age").withAcceptDataLoss(true));
        Path age = folder.sqlFile("0001_age");
        Files.writeString(age, Files.readString(age) + "\n--> statement-breakpoint\nUPDATE `users` SET `age` = 18;");
        if (recordTheEdit) {
            new dev.godwit.engine.repair.Repairer(EngineLog.SILENT).repairFolder(folder, repo.resolve("none.sqlite"),
                    HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), new dev.godwit.engine.repair.RepairOptions(true, null));
        }
        git("add", "-A");
        git("commit", "-q", "-m", "feature");
        git("checkout", "-q", "main");
        Thread.sleep(5);
        new Generator().generate(schema(table("users", "name", "email")), folder, GenerateOptions.batch().withName("email"));
        git("add", "-A");
        git("commit", "-q", "-m", "email");
        git("merge", "-q", "feature");
    }

    /**
     * A generated migration with statements typed into it (recorded with db:repair, or not yet) had its SQL written again from the
     * schema when moved, and the typed statements were gone without a word. The rebase is refused, naming each, and writes nothing.
     */
    @Test
    void aMovedGeneratedMigrationEditedByHandIsRefusedAndNothingIsWritten() throws Exception {
        featureEditedThenMerged(true);
        Map<String, String> before = files();
        RebaseException e = assertThrows(RebaseException.class, () -> new Rebaser(engineLog).rebase(folder));
        assertEquals("Cannot move a migration after the target branch's migrations: db:generate wrote it, the SQL was edited by hand since, and"
                + " db:rebase writes a moved generated migration's SQL again from the schema, which would drop the edit:\n"
                + "  - 0001_age (drizzle/0001_age.sql; db:repair recorded the edit)\n"
                + "Rebase by hand: keep the hand-written statements aside, drop the migration (mvn db:drop -Ddb.name=TAG, keeping its schema code),"
                + " run mvn db:generate, and put the statements into the new migration or a custom one (mvn db:generate -Ddb.custom)."
                + " Nothing was written.", e.getMessage());
        assertEquals(before, files());
    }

    @Test
    void aMovedGeneratedMigrationEditedWithoutRecordingItIsRefusedToo() throws Exception {
        featureEditedThenMerged(false);
        Map<String, String> before = files();
        RebaseException e = assertThrows(RebaseException.class, () -> new Rebaser(engineLog).rebase(folder));
        assertTrue(e.getMessage().contains("  - 0001_age (drizzle/0001_age.sql is not the SQL its checksum file records)\n"), e.getMessage());
        assertEquals(before, files());
    }

    /**
     * The same edit recorded by a db:repair from before the 'edited' mark: its checksum file matches the edited SQL and says
     * nothing more, so db:rebase took the file for what db:generate wrote, wrote its SQL again from the schema and the typed
     * UPDATE was gone without a word ("move 0001_age -> 0002_age (SQL regenerated on top of 0001_email)"). A data statement
     * the plan of the migration's own step does not hold is taken for an edit now: refused, nothing written.
     */
    @Test
    void aMovedGeneratedMigrationWhoseEditAnEarlierRepairRecordedWithoutTheMarkIsRefusedToo() throws Exception {
        new Generator().generate(schema(table("users", "name", "age:int")), folder, GenerateOptions.batch().withName("age").withAcceptDataLoss(true));
        Path age = folder.sqlFile("0001_age");
        Files.writeString(age, Files.readString(age) + "\n--> statement-breakpoint\nUPDATE `users` SET `age` = 18;");
        // as db:repair re-recorded an edit before it marked them: the new checksum and the when, nothing else
        Files.writeString(folder.sumFile("0001_age"), MigrationsFolder.sqlSum(Files.readString(age)) + " when=" + folder.readJournal().entries().get(1).when() + "\n");
        git("add", "-A");
        git("commit", "-q", "-m", "feature");
        git("checkout", "-q", "main");
        Thread.sleep(5);
        new Generator().generate(schema(table("users", "name", "email")), folder, GenerateOptions.batch().withName("email"));
        git("add", "-A");
        git("commit", "-q", "-m", "email");
        git("merge", "-q", "feature");
        Map<String, String> before = files();
        RebaseException e = assertThrows(RebaseException.class, () -> new Rebaser(engineLog).rebase(folder));
        assertTrue(e.getMessage().contains("  - 0001_age (drizzle/0001_age.sql holds UPDATE `users` SET `age` = 18;, which db:generate does not write for"
                + " this step; its checksum file was re-recorded by a db:repair from before it marked edits)\n"), e.getMessage());
        assertEquals(before, files());
    }

    /**
     * The cut of a NOT NULL ON DELETE SET NULL reference before a rebuild's sweep is a data statement db:generate writes; an
     * older Godwit wrote it in another form ('-' before the row id, no typeof filter), which the rebase lets through, but only
     * ending in rowid: for a table with a column named rowid it reads the row id as oid (or _rowid_), and the unchanged
     * migration an older Godwit wrote was refused as a hand edit. Such a migration now moves.
     */
    @Test
    void aCutAnOlderGodwitWroteWithOidIsNoEdit() throws Exception {
        String v1 = """
                tables:
                  - name: users
                    columns: [{name: id, type: integer, primaryKey: true}, {name: name, type: text}]
                  - name: b
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: a_id, type: integer, notNull: true, references: {table: a, column: id, onDelete: set null}}
                  - name: a
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: rowid, type: text}
                      - {name: b_id, type: integer, notNull: true, unique: true, references: {table: b, column: id, onDelete: set null}}
                      - {name: v, type: text}
                """;
        Generator g = new Generator();
        git("checkout", "-q", "main");
        g.generate(dev.godwit.engine.yaml.YamlSchemaReader.read(v1, "s.yaml"), folder, GenerateOptions.batch().withName("ab"));
        git("add", "-A");
        git("commit", "-q", "-m", "ab");
        git("checkout", "-q", "-b", "feature2");
        g.generate(dev.godwit.engine.yaml.YamlSchemaReader.read(v1 + "    checks: [{name: v_set, expression: \"length(v) > 0\"}]\n", "s.yaml"), folder,
                GenerateOptions.batch().withName("check"));
        Path check = folder.sqlFile("0002_check");
        String sql = Files.readString(check);
        String now = " WHERE typeof(`id`) = 'text'), '') || '~' || oid;";   // UPDATE `a` SET `b_id` = coalesce((SELECT max(`id`) FROM `b` ...
        assertTrue(sql.contains(now), sql);
        // as the Godwit of 6274b452 wrote it, and recorded its checksum
        String was = sql.replace(now, "), '') || '-' || oid;");
        Files.writeString(check, was);
        Files.writeString(folder.sumFile("0002_check"), MigrationsFolder.sqlSum(was) + " when=" + folder.readJournal().entries().get(2).when() + "\n");
        git("add", "-A");
        git("commit", "-q", "-m", "check");
        git("checkout", "-q", "main");
        Thread.sleep(5);
        g.generate(dev.godwit.engine.yaml.YamlSchemaReader.read(v1.replace("  - name: b\n",
                "  - {name: c, columns: [{name: id, type: integer, primaryKey: true}]}\n  - name: b\n"), "s.yaml"), folder,
                GenerateOptions.batch().withName("c"));
        git("add", "-A");
        git("commit", "-q", "-m", "c");
        git("merge", "-q", "feature2");
        new Rebaser(engineLog).rebase(folder);
        assertTrue(Files.readString(folder.sqlFile("0003_check")).contains(now), Files.readString(folder.sqlFile("0003_check")));
    }

    /**
     * A trigger a custom migration gave users, then a generated rebuild of users, which db:generate wrote with the trigger created
     * again at its end (the rebuild's DROP TABLE takes it away). db:rebase wrote the moved rebuild's SQL again from the schema
     * alone: the CREATE TRIGGER was gone, and applying the rebased folder left users without its trigger (the pre-flight refuses
     * that, but the folder was broken). The regenerated plan is now tried as db:generate tries it, on the rebased chain before it.
     */
    @Test
    void aMovedRebuildKeepsTheTriggerDbGenerateWroteAgainAfterIt() throws Exception {
        Generator g = new Generator();
        g.generate(schema(table("users", "name")), folder, GenerateOptions.batch().withName("trig").withCustom(true));
        Path t = folder.sqlFile("0001_trig");
        Files.writeString(t, Files.readString(t) + "CREATE TRIGGER users_ai AFTER INSERT ON users BEGIN SELECT 1; END;\n");
        TableDef users = table("users", "name");
        g.generate(schema(new TableDef("users", users.columns(), null, List.of(), List.of(), List.of(new dev.godwit.schema.model.CheckDef("named",
                "length(name) > 0")), null)), folder, GenerateOptions.batch().withName("check"));
        assertTrue(Files.readString(folder.sqlFile("0002_check")).endsWith("CREATE TRIGGER users_ai AFTER INSERT ON users BEGIN SELECT 1; END;"));
        git("add", "-A");
        git("commit", "-q", "-m", "feature");
        git("checkout", "-q", "main");
        Thread.sleep(5);
        g.generate(schema(table("users", "name", "email")), folder, GenerateOptions.batch().withName("email"));
        git("add", "-A");
        git("commit", "-q", "-m", "email");
        git("merge", "-q", "feature");
        new Rebaser(engineLog).rebase(folder);
        String moved = Files.readString(folder.sqlFile("0003_check"));
        assertTrue(moved.contains("`email` text") && moved.endsWith("CREATE TRIGGER users_ai AFTER INSERT ON users BEGIN SELECT 1; END;"), moved);
        try (SqliteDatabase db = SqliteDatabase.open(repo.resolve("app.sqlite"))) {
            new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT).apply(folder, ApplyOptions.defaults());
            assertEquals(List.of(Map.of("name", "users_ai")), db.query("SELECT name FROM sqlite_master WHERE type = 'trigger'"));
        }
    }

    @Test
    void bothBranchesChangingTheSameColumnDifferentlyIsRefusedAndNothingIsWritten() throws Exception {
        branchesThenMerge(schema(table("users", "name", "email:int")), false);
        Map<String, String> before = files();
        RebaseException e = assertThrows(RebaseException.class, () -> new Rebaser(engineLog).rebase(folder));
        assertEquals("Cannot move 0001_age after the target branch's migrations: both branches changed the same thing:\n"
                + "  - both branches add column \"users\".\"email\", differently\n"
                + "Resolve it by hand: take the target branch's migrations folder as it is (db:drop cannot edit a journal with conflict markers;"
                + " mid-merge or mid-rebase, git checkout --ours -- the conflicting files, the side marked <<<<<<< HEAD, and git rm the files of 0001_age"
                + " and of any other migration only the moved branch has), keep your schema code and make it declare what both branches mean, run"
                + " mvn db:generate, and review the result. Nothing was written.", e.getMessage());
        assertEquals(before, files());
    }

    /** main merged into the feature branch moves main's migrations: said, since a database main was deployed to would refuse it. */
    @Test
    void mergingMainIntoTheFeatureBranchWarnsThatMainsMigrationsAreTheOnesMoved() throws Exception {
        featureThenMain(schema(table("users", "name", "age:int")), "age", schema(table("users", "name", "email")), "email");
        git("checkout", "-q", "feature");
        git("merge", "-q", "main");
        assertEquals(List.of("0002_email"), new Rebaser(engineLog).rebase(folder));
        assertTrue(log.stream().anyMatch(l -> l.startsWith("WARN The moved migrations come from main, merged into this branch: they now run after"
                + " this branch's.")), log.toString());
    }

    /** Both branches made the same change: the moved migration would be empty (db:apply refuses one), so it goes. */
    @Test
    void aMigrationWhoseChangesTheTargetAlreadyHasIsDropped() throws Exception {
        SchemaDef both = schema(table("users", "name", "email"));
        featureThenMain(both, "feat", both, "email");
        git("merge", "-q", "feature");
        assertEquals(List.of(), new Rebaser(engineLog).rebase(folder));
        assertEquals(List.of("0000_init", "0001_email"), folder.readJournal().entries().stream().map(JournalEntry::tag).toList());
        assertEquals(List.of("0000_init.sql", "0001_email.sql", "meta/0000_snapshot.json", "meta/0001_snapshot.json", "meta/_journal.json",
                "meta/_sums/0000_init.sha256", "meta/_sums/0001_email.sha256"), List.copyOf(files().keySet()));
        assertTrue(log.contains("INFO   drop 0001_feat: its changes are already in the target branch's migrations"), log.toString());
        assertEquals(List.of(), Verifier.check(both, folder).findings());
        assertEquals(List.of(), Verifier.check(both, folder).warnings());
    }

    @Test
    void aFolderWithOneChainHasNothingToRebase() throws Exception {
        assertEquals(List.of(), new Rebaser(engineLog).rebase(folder));
        assertEquals(List.of("INFO Nothing to rebase: the migrations in drizzle form one chain (1 migrations)."), log);
    }

    /**
     * Both branches named their migration alike (-Ddb.name=users): git merges the two 0001_users into one conflicted file.
     * db:rebase skipped the feature branch's entry (same tag) and said "Nothing to rebase: one chain", leaving the journal and
     * the SQL with conflict markers; the feature's migration would have been lost in a hand resolution. Now it is moved.
     */
    @Test
    void theOtherBranchsMigrationWithTheSameTagIsMovedNotTakenForOurs() throws Exception {
        featureThenMain(schema(table("users", "name", "age:int")), "users", schema(table("users", "name", "email")), "users");
        git("merge", "-q", "feature");
        assertTrue(Files.readString(folder.sqlFile("0001_users")).contains("<<<<<<<"));
        assertEquals(List.of("0002_users"), new Rebaser(engineLog).rebase(folder));
        assertEquals(List.of("0000_init", "0001_users", "0002_users"), folder.readJournal().entries().stream().map(JournalEntry::tag).toList());
        assertEquals("ALTER TABLE `users` ADD `email` text;", Files.readString(folder.sqlFile("0001_users")).strip());
        assertEquals("ALTER TABLE `users` ADD `age` integer;", Files.readString(folder.sqlFile("0002_users")).strip());
        assertTrue(files().values().stream().noneMatch(t -> t.contains("<<<<<<<")), files().toString());
        assertEquals(List.of(), FolderCheck.problems(folder));
        assertEquals(List.of(), Verifier.verify(schema(table("users", "name", "email", "age:int")), folder));
    }

    /**
     * Both branches named their migration alike, and main's checksum file was re-saved with a UTF-8 byte order mark (a Windows
     * editor). db:rebase takes main's side of the conflicted SQL as generated when the checksum file records it without git's
     * extra newline; the mark made that comparison fail, the newline stayed, and db:verify then called 0001_users edited.
     */
    @Test
    void aByteOrderMarkInTheTargetsChecksumFileDoesNotLeaveItsSqlLookingEdited() throws Exception {
        featureThenMain(schema(table("users", "name", "age:int")), "users", schema(table("users", "name", "email")), "users");
        Path sum = folder.sumFile("0001_users");
        Files.writeString(sum, "\uFEFF" + Files.readString(sum).replace("\n", "\r\n"));
        git("commit", "-q", "-am", "saved in Notepad");
        git("merge", "-q", "feature");
        assertTrue(Files.readString(folder.sqlFile("0001_users")).contains("<<<<<<<"));
        assertEquals(List.of("0002_users"), new Rebaser(engineLog).rebase(folder));
        assertEquals("ALTER TABLE `users` ADD `email` text;", Files.readString(folder.sqlFile("0001_users")));
        assertEquals(List.of(), FolderCheck.problems(folder));
        assertEquals(List.of(), Verifier.verify(schema(table("users", "name", "email", "age:int")), folder));
    }

    /**
     * The feature's migration is newer than main's, and a feature dev database applied it. db:rebase regenerated its SQL but
     * kept its "when": db:apply on that database then called it "edited after it was applied ... record it with db:repair", which
     * would record SQL that never ran there. Regenerated, it gets a "when" of its own; the old row is then one the folder lacks.
     */
    @Test
    void aRegeneratedMigrationIsNotTakenForAnEditedOneWhereItsOldSqlRan() throws Exception {
        Generator g = new Generator();
        git("checkout", "-q", "main");
        g.generate(schema(table("users", "name", "email")), folder, GenerateOptions.batch().withName("email"));
        git("add", "-A");
        git("commit", "-q", "-m", "email");
        git("checkout", "-q", "feature");
        Thread.sleep(5);
        g.generate(schema(table("users", "name!", "age:int"), table("posts", "title")), folder, GenerateOptions.batch().withName("age").withAcceptDataLoss(true));
        long oldWhen = folder.readJournal().entries().get(1).when();
        Path dbFile = repo.resolve("feature.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
        }
        git("add", "drizzle");
        git("commit", "-q", "-m", "feature");
        git("checkout", "-q", "main");
        git("merge", "-q", "feature");
        assertEquals(List.of("0002_age"), new Rebaser(engineLog).rebase(folder), log.toString());
        assertEquals(oldWhen + 1, folder.readJournal().entries().get(2).when());
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            Migrator migrator = new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT);
            var e = assertThrows(dev.godwit.engine.migrate.MigrationException.class, () -> migrator.apply(folder.migrations(), ApplyOptions.defaults()));
            assertTrue(e.getMessage().startsWith("The database records migration(s) the folder does not have: created_at " + oldWhen), e.getMessage());
            assertTrue(e.getMessage().contains("a migration rebased with regenerated SQL by db:rebase"), e.getMessage());
        }
    }

    /**
     * The same where the feature's migration mixed CRLF and LF when it ran there (a Windows checkout, lines of it saved with
     * CRLF): the database records the hash of its LF text (Migration.hash), while db:rebase wrote the hash of the text as it was
     * into the new checksum file, so the row was not told as the regenerated migration's before the rebase.
     */
    @Test
    void aRegeneratedMigrationThatMixedLineEndsWhereItsOldSqlRanIsToldAsSuch() throws Exception {
        Generator g = new Generator();
        git("checkout", "-q", "main");
        g.generate(schema(table("users", "name", "email")), folder, GenerateOptions.batch().withName("email"));
        git("add", "-A");
        git("commit", "-q", "-m", "email");
        git("checkout", "-q", "feature");
        Thread.sleep(5);
        g.generate(schema(table("users", "name!", "age:int"), table("posts", "title")), folder, GenerateOptions.batch().withName("age").withAcceptDataLoss(true));
        Path age = folder.sqlFile("0001_age");
        String lf = Files.readString(age);
        int cut = lf.indexOf('\n');
        Files.writeString(age, lf.substring(0, cut) + "\r\n" + lf.substring(cut + 1));   // one line CRLF, the rest LF
        long oldWhen = folder.readJournal().entries().get(1).when();
        Path dbFile = repo.resolve("feature.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT).apply(MigrationsFolder.at(folder.dir()).migrations(), ApplyOptions.defaults());
        }
        git("add", "drizzle");
        git("commit", "-q", "-m", "feature");
        git("checkout", "-q", "main");
        git("merge", "-q", "feature");
        assertEquals(List.of("0002_age"), new Rebaser(engineLog).rebase(folder), log.toString());
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            Migrator migrator = new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT);
            var e = assertThrows(dev.godwit.engine.migrate.MigrationException.class, () -> migrator.apply(folder.migrations(), ApplyOptions.defaults()));
            assertTrue(e.getMessage().startsWith("The database records migration(s) the folder does not have: created_at " + oldWhen), e.getMessage());
            var missing = migrator.status(folder).stream().filter(st -> st.state() == dev.godwit.engine.migrate.MigrationState.State.MISSING_LOCALLY).toList();
            assertEquals(1, missing.size(), missing.toString());
            Migrator.Regenerated regenerated = Migrator.regenerated(missing.get(0), migrator.status(folder));
            assertTrue(regenerated != null && regenerated.told().startsWith("0002_age before db:rebase regenerated its SQL (it was 0001_age;"),
                    String.valueOf(regenerated));
        }
    }

    /**
     * The feature's migration (a table of its own, moved with its SQL unchanged) ran on the feature's dev database before main's,
     * which it never applied. db:apply there said db:repair moves the row "then run db:apply again"; with the row moved, main's
     * migration read as skipped and db:apply refused it, a way on that led to a second refusal. It now says so at once, and
     * names the way back.
     */
    @Test
    void aMovedMigrationThatRanBeforeOnesItNeverAppliedNamesTheWayBackNotARepairAlone() throws Exception {
        Generator g = new Generator();
        g.generate(schema(table("users", "name"), table("tags", "label")), folder, GenerateOptions.batch().withName("tags"));
        Path dbFile = repo.resolve("feature.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
        }
        git("add", "-A");
        git("commit", "-q", "-m", "feature");
        git("checkout", "-q", "main");
        Thread.sleep(5);
        g.generate(schema(table("users", "name", "email")), folder, GenerateOptions.batch().withName("email"));
        git("add", "-A");
        git("commit", "-q", "-m", "email");
        git("merge", "-q", "feature");
        assertEquals(List.of("0002_tags"), new Rebaser(engineLog).rebase(folder), log.toString());
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            Migrator migrator = new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT);
            var e = assertThrows(dev.godwit.engine.migrate.MigrationException.class, () -> migrator.apply(folder.migrations(), ApplyOptions.defaults()));
            assertTrue(e.getMessage().startsWith("Migration(s) already applied under another \"when\" would run again"), e.getMessage());
            assertTrue(e.getMessage().contains("\n  This database ran it before 0001_email.sql, which it never applied and which now come first: with"
                    + " its row moved (mvn db:repair -Dlocal), they would be older than the last applied migration"), e.getMessage());
            assertTrue(!e.getMessage().contains("then run db:apply again"), e.getMessage());
        }
    }

    /**
     * A teammate's branch was made on main's 0001_nick, which main then dropped (db:drop, applied nowhere) and replaced with
     * 0001_bio. After the merge db:rebase said only "cannot tell where 0002_tags branched off", with no way on. It says why and
     * how to generate the branch's migration again.
     */
    @Test
    void aBranchMadeOnADroppedMigrationIsNamedWithTheWayOn() throws Exception {
        git("checkout", "-q", "main");
        Generator g = new Generator();
        g.generate(schema(table("users", "name", "nick")), folder, GenerateOptions.batch().withName("nick"));
        git("add", "-A");
        git("commit", "-q", "-m", "nick");
        git("checkout", "-q", "-b", "tags");
        g.generate(schema(table("users", "name", "nick"), table("tags", "label")), folder, GenerateOptions.batch().withName("tags"));
        git("add", "-A");
        git("commit", "-q", "-m", "tags");
        git("checkout", "-q", "main");
        Path dbFile = repo.resolve("none.sqlite");
        new dev.godwit.engine.drop.Dropper(EngineLog.SILENT).drop(folder, new dev.godwit.engine.drop.DropOptions(null, true),
                () -> SqliteDatabase.open(dbFile), HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT));
        Thread.sleep(5);
        g.generate(schema(table("users", "name", "bio")), folder, GenerateOptions.batch().withName("bio"));
        git("add", "-A");
        git("commit", "-q", "-m", "drop nick, bio");
        git("merge", "-q", "tags");
        RebaseException e = assertThrows(RebaseException.class, () -> new Rebaser(engineLog).rebase(folder));
        assertTrue(e.getMessage().contains("db:rebase cannot tell where 0002_tags branched off. Its branch was most likely made on a migration the"
                + " target branch dropped since (db:drop)"), e.getMessage());
        assertTrue(e.getMessage().contains("git rm -f drizzle/0002_tags.sql drizzle/meta/0002_snapshot.json drizzle/meta/_sums/0002_tags.sha256, take its"
                + " entry out of drizzle/meta/_journal.json, then run mvn db:generate"), e.getMessage());
    }

    /**
     * No merge at all: a migration in the middle of the folder was removed (its .sql file, snapshot and journal entry deleted by
     * hand), and db:verify names db:rebase for the broken chain. db:rebase took the migrations after it for a merged branch's and
     * told the user to git rm -f them, hand-written seeds included ("the schema code holds their changes"), and generate them again:
     * on a database that applied them long ago, a new migration repeating their changes. It now says that without a merge the
     * removed migration is to be restored, and names the hand-written ones whose SQL the schema code does not hold.
     */
    @Test
    void aMigrationRemovedFromTheMiddleWithoutAMergeIsNamedAndSeedsAreNotToBeDeleted() throws Exception {
        git("checkout", "-q", "main");
        Generator g = new Generator();
        g.generate(schema(table("users", "name", "nick")), folder, GenerateOptions.batch().withName("nick"));
        g.generate(schema(table("users", "name", "nick"), table("tags", "label")), folder, GenerateOptions.batch().withName("tags"));
        g.generate(schema(table("users", "name", "nick"), table("tags", "label")), folder, GenerateOptions.batch().withName("seed").withCustom(true));
        Files.writeString(folder.sqlFile("0003_seed"), Files.readString(folder.sqlFile("0003_seed")) + "\nINSERT INTO tags (id, label) VALUES (1, 'x');\n");
        g.generate(schema(table("users", "name", "nick", "bio"), table("tags", "label")), folder, GenerateOptions.batch().withName("bio"));
        git("add", "-A");
        git("commit", "-q", "-m", "four migrations");
        // 0001_nick removed by hand
        Files.delete(folder.sqlFile("0001_nick"));
        Files.delete(folder.snapshotFile("0001_nick"));
        Files.deleteIfExists(folder.sumFile("0001_nick"));
        String journal = Files.readString(folder.journalFile());
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(journal);
        var entries = (com.fasterxml.jackson.databind.node.ArrayNode) tree.get("entries");
        for (int i = 0; i < entries.size(); i++) if (entries.get(i).get("tag").asText().equals("0001_nick")) { entries.remove(i); break; }
        Files.writeString(folder.journalFile(), json.writerWithDefaultPrettyPrinter().writeValueAsString(tree));
        var before = new java.util.TreeMap<String, String>();
        try (var files = Files.walk(folder.dir())) {
            for (Path f : files.filter(Files::isRegularFile).toList()) before.put(folder.dir().relativize(f).toString(), Files.readString(f));
        }
        RebaseException e = assertThrows(RebaseException.class, () -> new Rebaser(engineLog).rebase(folder));
        assertTrue(e.getMessage().contains(" If no branch was merged (0002_tags and the migrations after it have been in this folder all along, maybe"
                + " applied to shared databases), the migration they were made on was removed from drizzle instead: restore it from version control"
                + " (git log --diff-filter=D --oneline -- drizzle names the commit that deleted it) and generate nothing again."), e.getMessage());
        assertTrue(e.getMessage().contains(" 0003_seed is hand-written (no schema change): the schema code does not hold its SQL, so keep a copy before"
                + " removing it and add it back after with mvn db:generate -Ddb.custom."), e.getMessage());
        var after = new java.util.TreeMap<String, String>();
        try (var files = Files.walk(folder.dir())) {
            for (Path f : files.filter(Files::isRegularFile).toList()) after.put(folder.dir().relativize(f).toString(), Files.readString(f));
        }
        assertEquals(before, after, "nothing written");
    }

    /**
     * A release branch cherry-picks main's second migration without the first: the journal conflicts, db:verify names db:rebase,
     * and db:rebase stopped on "cannot read drizzle/meta/0001_snapshot.json ...; restore it from version control", a file this
     * branch must not have. It names the cherry-pick and the way on.
     */
    @Test
    void aCherryPickOfOneMigrationIsNamedNotTakenForAMissingFile() throws Exception {
        git("checkout", "-q", "main");
        git("checkout", "-q", "-b", "release");
        git("checkout", "-q", "main");
        Generator g = new Generator();
        g.generate(schema(table("users", "name", "email")), folder, GenerateOptions.batch().withName("email"));
        git("add", "-A");
        git("commit", "-q", "-m", "email");
        Thread.sleep(5);
        g.generate(schema(table("users", "name", "email", "bio")), folder, GenerateOptions.batch().withName("bio"));
        git("add", "-A");
        git("commit", "-q", "-m", "bio");
        git("checkout", "-q", "release");
        try {
            git("cherry-pick", "main");
        } catch (RuntimeException | AssertionError conflicted) {
            // the journal conflicts: what the user meets
        }
        assertTrue(Files.readString(folder.journalFile()).contains("<<<<<<<"));
        Map<String, String> before = GitMerges.files(folder);
        RebaseException e = assertThrows(RebaseException.class, () -> new Rebaser(engineLog).rebase(folder));
        assertTrue(e.getMessage().startsWith("The other side of the conflict in drizzle/meta/_journal.json lists 0001_email, whose files are not in"
                + " drizzle: a git cherry-pick (or revert) of one commit brings a branch's migration without the ones before it"), e.getMessage());
        assertTrue(e.getMessage().contains("After a cherry-pick: undo it (git cherry-pick --abort)"), e.getMessage());
        assertEquals(before, GitMerges.files(folder));
    }

    /**
     * A migration without a checksum file (made by drizzle-kit, or meta/_sums not committed) whose snapshot changes the schema
     * was generated, not hand-written: db:rebase took it for hand-written, moved its SQL unchanged (a rebuild of users that
     * knows nothing of main's email column) and refused it with "replaying would not give the last snapshot". It is regenerated.
     */
    @Test
    void aGeneratedMigrationWithoutAChecksumFileIsRegeneratedNotMovedAsHandWritten() throws Exception {
        Path dbFile = repo.resolve("app.sqlite");
        branchesThenMergeOnDatabase(dbFile);
        Files.delete(folder.sumFile("0001_age"));
        assertEquals(List.of("0002_age"), new Rebaser(engineLog).rebase(folder), log.toString());
        String sql = Files.readString(folder.sqlFile("0002_age"));
        assertTrue(sql.contains("`email`"), sql);
        assertTrue(log.contains("INFO   move 0001_age -> 0002_age (SQL regenerated on top of 0001_email)"), log.toString());
        assertTrue(log.stream().noneMatch(l -> l.contains("hand-written")), log.toString());
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            assertEquals(List.of("0002_age"), new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT)
                    .apply(folder.migrations(), ApplyOptions.defaults()).applied());
            assertEquals(List.of(Map.of("name", "ada", "email", "a@x")), db.query("SELECT name, email FROM users"));
        }
    }

    /**
     * The merge's journal conflict resolved by hand (both entries listed) and the snapshot both branches wrote resolved by keeping
     * main's side (git checkout --ours): db:verify says to run db:rebase, which read main's snapshot for the feature's 0001_age too,
     * found its changes "already in the target branch's migrations" and deleted 0001_age.sql, its checksum file and its journal
     * entry: the feature's column was gone from the folder without a refusal. Now the rebase is refused, naming the file and how
     * to put both sides back, and nothing is written; with git's conflict markers restored it moves 0001_age.
     */
    @Test
    void aSnapshotConflictResolvedByKeepingOneSideIsRefusedNotTakenForChangesTheTargetHas() throws Exception {
        branchesThenMerge(schema(table("users", "name", "age:int")), false);
        GitMerges.git(repo, "checkout", "--ours", "drizzle/meta/0001_snapshot.json");
        String journal = Files.readString(folder.journalFile());
        String resolved = journal.replaceAll("(?s)<<<<<<< [^\\n]*\\n(.*?)=======\\n(.*?)>>>>>>> [^\\n]*\\n",
                "$1      \"breakpoints\": true\n    },\n    {\n      \"idx\": 2,\n      \"version\": \"6\",\n$2");
        assertTrue(resolved.contains("0001_email") && resolved.contains("0001_age") && !resolved.contains("<<<"), resolved);
        Files.writeString(folder.journalFile(), resolved);
        folder = MigrationsFolder.at(folder.dir());
        assertTrue(FolderCheck.problems(folder).stream().anyMatch(p -> p.startsWith("two migrations have the number 0001: 0001_email and 0001_age")),
                FolderCheck.problems(folder).toString());
        Map<String, String> before = files();

        var e = assertThrows(RebaseException.class, () -> new Rebaser(engineLog).rebase(folder));
        assertEquals("0001_email and 0001_age share drizzle/meta/0001_snapshot.json, which holds the snapshot of only one of them (git's"
                + " conflict there was resolved by keeping one side): db:rebase cannot tell what 0001_age changes. Put both sides back:"
                + " before the merge is committed, git checkout -m drizzle/meta/0001_snapshot.json restores git's conflict markers, which"
                + " db:rebase reads (or merge again); then run mvn db:rebase again. Nothing was written.", e.getMessage());
        assertEquals(before, files());

        GitMerges.git(repo, "checkout", "-m", "drizzle/meta/0001_snapshot.json");
        assertEquals(List.of("0002_age"), new Rebaser(engineLog).rebase(folder), log.toString());
        assertEquals("ALTER TABLE `users` ADD `age` integer;", Files.readString(folder.sqlFile("0002_age")).strip());
        assertEquals(List.of(), FolderCheck.problems(folder));
        assertEquals(List.of(), Verifier.verify(schema(table("users", "name", "email", "age:int")), folder));
    }

    /**
     * The merge's journal conflict resolved by taking one side (git checkout --ours, an editor's "accept current"), the shared
     * snapshot left as git left it: the feature's 0001_age.sql and its checksum file stay, its entry is gone. db:verify called it
     * SQL wrangler made ("made by `wrangler d1 migrations create`?") and the snapshot invalid JSON to restore, and db:rebase said
     * "Nothing to rebase", so a folder that runs no 0001_age on any new database could be committed. Now db:verify names the lost
     * entry and db:rebase takes it back from its checksum file and moves it; with the snapshot resolved to one side too it is
     * refused, naming how to put the conflict back, and nothing is written.
     */
    @Test
    void aJournalConflictResolvedByTakingOneSideLosesNoMigration() throws Exception {
        branchesThenMerge(schema(table("users", "name", "age:int")), false);
        GitMerges.git(repo, "checkout", "--ours", "drizzle/meta/_journal.json");
        folder = MigrationsFolder.at(folder.dir());
        String lost = "drizzle/0001_age.sql is a migration db:generate wrote (drizzle/meta/_sums/0001_age.sha256 records it), of the"
                + " number of the journal's 0001_email, and drizzle/meta/_journal.json does not list it: git's conflict in the journal was"
                + " resolved by taking one branch's side, so the other branch's migration lost its entry: drizzle's migrator would never run"
                + " it, and wrangler's (every .sql file in name order) would run it beside 0001_email, though both were generated from the"
                + " same snapshot. While the merge is not committed, put the conflict back (git checkout -m --"
                + " drizzle/meta/_journal.json drizzle/meta/0001_snapshot.json), then run mvn db:rebase, which moves one branch's"
                + " migrations after the other's; after a commit, list it in the journal as its branch has it (git log --all --oneline --"
                + " drizzle/0001_age.sql names that branch's commit), with drizzle/meta/0001_snapshot.json as git merge leaves it (both"
                + " sides, between conflict markers), and run mvn db:rebase";
        assertEquals(List.of(lost), FolderCheck.problems(folder));

        // the snapshot taken from one side as well: nothing tells what 0001_age changes
        String conflicted = Files.readString(folder.snapshotFile("0001_email"));
        GitMerges.git(repo, "checkout", "--ours", "drizzle/meta/0001_snapshot.json");
        Map<String, String> before = files();
        var e = assertThrows(RebaseException.class, () -> new Rebaser(engineLog).rebase(folder));
        assertEquals(lost + ". drizzle/meta/0001_snapshot.json holds one side only, so db:rebase cannot tell what 0001_age changes."
                + " Nothing was written.", e.getMessage());
        assertEquals(before, files());

        Files.writeString(folder.snapshotFile("0001_email"), conflicted);
        assertEquals(List.of("0002_age"), new Rebaser(engineLog).rebase(folder), log.toString());
        assertTrue(log.contains("INFO 0001_age has no entry in drizzle/meta/_journal.json (git's conflict there was resolved by taking one"
                + " branch's side), and drizzle/meta/_sums/0001_age.sha256 records it: rebased as the journal listed it."), log.toString());
        assertEquals("ALTER TABLE `users` ADD `age` integer;", Files.readString(folder.sqlFile("0002_age")).strip());
        assertEquals(List.of("0000_init", "0001_email", "0002_age"), folder.readJournal().entries().stream().map(JournalEntry::tag).toList());
        assertEquals(List.of(), FolderCheck.problems(folder));
        assertEquals(List.of(), Verifier.verify(schema(table("users", "name", "email", "age:int")), folder));
    }

    /**
     * The classic merge: both branches' 0001 entries kept in the journal by hand, the shared meta/0001_snapshot.json resolved
     * to one side. db:verify said to run db:rebase for the two migrations of one number, and beside it "the snapshot chain is
     * broken (a migration was removed or reordered); restore the missing migration": the second 0001 entry reads the kept
     * snapshot, whose prevId is not its own id. That break is the same-number pair's, so it is said once, as the pair.
     */
    @Test
    void aSameNumberPairIsOneFindingNotAlsoABrokenPrevIdChain() throws Exception {
        resolvedByHandKeepingOursSnapshot();
        String pair = "two migrations have the number 0001: 0001_email and 0001_age (two branches each generated one). Run mvn db:rebase:"
                + " it keeps the target branch's migrations and moves the others after them, renumbered, with their SQL regenerated";
        assertEquals(List.of(pair), FolderCheck.problems(folder));
        List<Finding> findings = Verifier.verify(schema(table("users", "name", "email", "age:int")), folder);
        assertEquals(List.of(pair), findings.stream().map(Finding::message).toList());
    }

    /**
     * The journal resolved by hand, meta/0001_snapshot.json left with git's conflict markers (which db:rebase reads both sides
     * from): db:verify said beside the pair "drizzle/meta/0001_snapshot.json is not valid JSON ... Restore it from version
     * control", which would throw one side away. The pair's finding is said alone, and db:rebase then moves 0001_age.
     */
    @Test
    void aConflictMarkedSnapshotOfASameNumberPairIsThePairsFindingNotInvalidJson() throws Exception {
        branchesThenMerge(schema(table("users", "name", "age:int")), false);
        String resolved = Files.readString(folder.journalFile()).replaceAll("(?s)<<<<<<< [^\\n]*\\n(.*?)=======\\n(.*?)>>>>>>> [^\\n]*\\n",
                "$1      \"breakpoints\": true\n    },\n    {\n      \"idx\": 2,\n      \"version\": \"6\",\n$2");
        Files.writeString(folder.journalFile(), resolved);
        folder = MigrationsFolder.at(folder.dir());
        assertTrue(Files.readString(folder.metaDir().resolve("0001_snapshot.json")).contains("<<<<<<<"));
        assertEquals(List.of("two migrations have the number 0001: 0001_email and 0001_age (two branches each generated one). Run mvn"
                + " db:rebase: it keeps the target branch's migrations and moves the others after them, renumbered, with their SQL"
                + " regenerated"), FolderCheck.problems(folder));
        assertEquals(List.of("0002_age"), new Rebaser(engineLog).rebase(folder), log.toString());
        assertEquals(List.of(), FolderCheck.problems(folder));
    }

    /** A snapshot of another number with git's markers in it is still named as not valid JSON beside the pair. */
    @Test
    void aConflictMarkedSnapshotOfAnotherNumberIsStillNamed() throws Exception {
        resolvedByHandKeepingOursSnapshot();
        Path first = folder.metaDir().resolve("0000_snapshot.json");
        Files.writeString(first, "<<<<<<< HEAD\n" + Files.readString(first) + "=======\n>>>>>>> feature\n");
        folder = MigrationsFolder.at(folder.dir());
        List<String> problems = FolderCheck.problems(folder);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(1).startsWith("drizzle/meta/0000_snapshot.json is not valid JSON"), problems.toString());
    }

    /** A prevId break with another cause than the pair (here before it) is still named beside the pair. */
    @Test
    void aPrevIdBreakBeforeASameNumberPairIsStillNamed() throws Exception {
        resolvedByHandKeepingOursSnapshot();
        Path first = folder.metaDir().resolve("0000_snapshot.json");
        Files.writeString(first, Files.readString(first).replaceFirst("\"prevId\": \"[^\"]*\"", "\"prevId\": \"elsewhere\""));
        folder = MigrationsFolder.at(folder.dir());
        List<String> problems = FolderCheck.problems(folder);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("two migrations have the number 0001: 0001_email and 0001_age"), problems.toString());
        assertTrue(problems.get(1).startsWith("drizzle/meta/0000_snapshot.json has prevId elsewhere but the migration before it has id"
                + " 00000000-0000-0000-0000-000000000000: the snapshot chain is broken"), problems.toString());
    }

    /**
     * A prevId break further on than the pair is still named: the pair explains its own step and the next one (made on the
     * side whose snapshot git dropped, so its prevId cannot be checked), no more.
     */
    @Test
    void aPrevIdBreakLaterThanASameNumberPairIsStillNamed() throws Exception {
        resolvedByHandKeepingOursSnapshot();
        String keptId = idOf(folder.metaDir().resolve("0001_snapshot.json"));
        appendMigration("0002_more", keptId, "22222222-2222-2222-2222-222222222222");
        appendMigration("0003_last", "22222222-2222-2222-2222-222222222222", "33333333-3333-3333-3333-333333333333");
        assertEquals(1, FolderCheck.problems(folder).size(), FolderCheck.problems(folder).toString());
        // made on the dropped side (its id unknown here): the pair's, not named apart
        Path more = folder.metaDir().resolve("0002_snapshot.json");
        Files.writeString(more, Files.readString(more).replace(keptId, "44444444-4444-4444-4444-444444444444"));
        folder = MigrationsFolder.at(folder.dir());
        assertEquals(1, FolderCheck.problems(folder).size(), FolderCheck.problems(folder).toString());
        // two steps on, a broken link has another cause
        Path last = folder.metaDir().resolve("0003_snapshot.json");
        Files.writeString(last, Files.readString(last).replaceFirst("\"prevId\": \"[^\"]*\"", "\"prevId\": \"elsewhere\""));
        folder = MigrationsFolder.at(folder.dir());
        List<String> problems = FolderCheck.problems(folder);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(1).startsWith("drizzle/meta/0003_snapshot.json has prevId elsewhere but the migration before it has id"
                + " 22222222-2222-2222-2222-222222222222: the snapshot chain is broken"), problems.toString());
    }

    /** The id in a snapshot file. */
    static String idOf(Path snapshot) throws IOException {
        return Files.readString(snapshot).replaceFirst("(?s).*?\"id\": \"([^\"]*)\".*", "$1");
    }

    /** A migration appended by hand: journal entry, SQL, and the kept 0001 snapshot's content under the given ids. */
    void appendMigration(String tag, String prevId, String id) throws Exception {
        var journal = folder.readJournal();
        JournalEntry last = journal.entries().get(journal.entries().size() - 1);
        Files.writeString(folder.journalFile(), journal.append(new JournalEntry(last.idx() + 1, last.version(), last.when() + 1000,
                tag, true)).toJsonText());
        Files.writeString(folder.sqlFile(tag), "SELECT 1;\n");
        Path kept = folder.metaDir().resolve("0001_snapshot.json");
        Files.writeString(folder.snapshotFile(tag), Files.readString(kept).replace(idOf(kept), id)
                .replaceFirst("\"prevId\": \"[^\"]*\"", "\"prevId\": \"" + prevId + "\""));
        folder = MigrationsFolder.at(folder.dir());
    }

    /** branchesThenMerge, then the journal's conflict resolved by hand (both 0001 entries) and meta/0001_snapshot.json by ours. */
    void resolvedByHandKeepingOursSnapshot() throws Exception {
        branchesThenMerge(schema(table("users", "name", "age:int")), false);
        GitMerges.git(repo, "checkout", "--ours", "drizzle/meta/0001_snapshot.json");
        String resolved = Files.readString(folder.journalFile()).replaceAll("(?s)<<<<<<< [^\\n]*\\n(.*?)=======\\n(.*?)>>>>>>> [^\\n]*\\n",
                "$1      \"breakpoints\": true\n    },\n    {\n      \"idx\": 2,\n      \"version\": \"6\",\n$2");
        Files.writeString(folder.journalFile(), resolved);
        folder = MigrationsFolder.at(folder.dir());
    }

    /**
     * The journal's conflict resolved by hand with the merged branch's entry listed first (its "when" is the older), the
     * snapshot left as git wrote it: db:rebase gave the first entry with the number git's "ours" side of the snapshot, so
     * 0001_age was read as main's email change and 0001_email as the age change, and it refused with "After the rebase,
     * 0002_email.sql would fail ...: duplicate column name: age" though nothing was wrong. Each entry now takes the side whose
     * changes its SQL holds.
     */
    @Test
    void aJournalResolvedByHandWithTheMergedBranchsEntryFirstIsRebased() throws Exception {
        branchesThenMerge(schema(table("users", "name", "age:int")), false);
        String journal = Files.readString(folder.journalFile());
        String resolved = journal.replaceAll("(?s)<<<<<<< [^\\n]*\\n(.*?)=======\\n(.*?)>>>>>>> [^\\n]*\\n",
                "$2      \"breakpoints\": true\n    },\n    {\n      \"idx\": 2,\n      \"version\": \"6\",\n$1");
        assertTrue(resolved.indexOf("0001_age") < resolved.indexOf("0001_email") && !resolved.contains("<<<"), resolved);
        Files.writeString(folder.journalFile(), resolved);
        folder = MigrationsFolder.at(folder.dir());

        assertEquals(List.of("0002_age"), new Rebaser(engineLog).rebase(folder), log.toString());
        assertEquals(List.of("0000_init", "0001_email", "0002_age"), folder.readJournal().entries().stream().map(JournalEntry::tag).toList());
        assertEquals("ALTER TABLE `users` ADD `email` text;", Files.readString(folder.sqlFile("0001_email")).strip());
        assertEquals("ALTER TABLE `users` ADD `age` integer;", Files.readString(folder.sqlFile("0002_age")).strip());
        assertTrue(files().values().stream().noneMatch(t -> t.contains("<<<<<<<")), files().toString());
        assertEquals(List.of(), FolderCheck.problems(folder));
        assertEquals(List.of(), Verifier.verify(schema(table("users", "name", "email", "age:int")), folder));
    }

    /**
     * The merge resolved by hand the other usual way: the feature's migration renumbered (0001_age.sql moved to 0002_age.sql, its
     * snapshot to meta/0002_snapshot.json, its journal entry renamed) but its checksum file left as meta/_sums/0001_age.sha256. db:verify
     * says to run db:rebase, which moved 0002_age and left 0001_age.sha256 behind: db:verify then failed on a checksum file that
     * "belongs to no migration of the journal". The rebase removes it with the move.
     */
    @Test
    void aMigrationRenumberedByHandInTheMergeTakesItsChecksumFileAlong() throws Exception {
        branchesThenMerge(schema(table("users", "name", "age:int")), false);
        Path theirsSnapshot = folder.snapshotFile("0002_age");
        Files.writeString(theirsSnapshot, ConflictSides.of(Files.readString(folder.snapshotFile("0001_age"))).theirs());
        GitMerges.git(repo, "checkout", "--ours", "drizzle/meta/0001_snapshot.json");
        Files.move(folder.sqlFile("0001_age"), folder.sqlFile("0002_age"));
        String journal = Files.readString(folder.journalFile());
        Files.writeString(folder.journalFile(), journal.replaceAll("(?s)<<<<<<< [^\\n]*\\n(.*?)=======\\n(.*?)>>>>>>> [^\\n]*\\n",
                "$1      \"breakpoints\": true\n    },\n    {\n      \"idx\": 2,\n      \"version\": \"6\",\n$2").replace("0001_age", "0002_age"));
        folder = MigrationsFolder.at(folder.dir());
        assertTrue(Files.exists(folder.sumFile("0001_age")));

        assertEquals(List.of("0002_age"), new Rebaser(engineLog).rebase(folder), log.toString());
        assertTrue(log.contains("INFO   remove drizzle/meta/_sums/0001_age.sha256: the checksum file of 0002_age under its name before the merge"), log.toString());
        assertEquals(List.of("0000_init.sql", "0001_email.sql", "0002_age.sql", "meta/0000_snapshot.json", "meta/0001_snapshot.json",
                "meta/0002_snapshot.json", "meta/_journal.json", "meta/_sums/0000_init.sha256", "meta/_sums/0001_email.sha256",
                "meta/_sums/0002_age.sha256"), List.copyOf(files().keySet()));
        assertEquals(List.of(), FolderCheck.problems(folder));
        assertEquals(List.of(), Verifier.verify(schema(table("users", "name", "email", "age:int")), folder));
    }

    /** The same, the feature's migration edited by hand and the edit recorded (db:repair) before the merge: refused, as under its own name. */
    @Test
    void aMigrationRenumberedByHandWithARecordedEditUnderItsOldNameIsRefused() throws Exception {
        new Generator().generate(schema(table("users", "name", "age:int")), folder, GenerateOptions.batch().withName("age"));
        Path sql = folder.sqlFile("0001_age");
        Files.writeString(sql, Files.readString(sql) + "\n--> statement-breakpoint\nUPDATE `users` SET `age` = 0;");
        long when = folder.readJournal().entries().get(1).when();
        Files.writeString(folder.sumFile("0001_age"), MigrationsFolder.sqlSum(Files.readString(sql)) + " when=" + when + " edited\n");
        git("add", "-A");
        git("commit", "-q", "-m", "feature");
        git("checkout", "-q", "main");
        Thread.sleep(5);
        new Generator().generate(schema(table("users", "name", "email")), folder, GenerateOptions.batch().withName("email"));
        git("add", "-A");
        git("commit", "-q", "-m", "email");
        git("merge", "-q", "feature");
        Files.writeString(folder.snapshotFile("0002_age"), ConflictSides.of(Files.readString(folder.snapshotFile("0001_age"))).theirs());
        GitMerges.git(repo, "checkout", "--ours", "drizzle/meta/0001_snapshot.json");
        Files.move(folder.sqlFile("0001_age"), folder.sqlFile("0002_age"));
        String journal = Files.readString(folder.journalFile());
        Files.writeString(folder.journalFile(), journal.replaceAll("(?s)<<<<<<< [^\\n]*\\n(.*?)=======\\n(.*?)>>>>>>> [^\\n]*\\n",
                "$1      \"breakpoints\": true\n    },\n    {\n      \"idx\": 2,\n      \"version\": \"6\",\n$2").replace("0001_age", "0002_age"));
        folder = MigrationsFolder.at(folder.dir());
        Map<String, String> before = files();
        var e = assertThrows(RebaseException.class, () -> new Rebaser(engineLog).rebase(folder));
        assertTrue(e.getMessage().contains("  - 0002_age (drizzle/0002_age.sql; db:repair recorded the edit, in drizzle/meta/_sums/0001_age.sha256)"),
                e.getMessage());
        assertEquals(before, files());
    }

    /**
     * A middle migration dropped earlier (db:drop -Ddb.name=a leaves 0000_init, 0002_b), then the journal's conflict resolved by
     * hand with the merged branch's entry first: the kept entries were numbered by their place (0, 1, 2), so the moved 0003_age
     * got the number 3 again, "move 0003_age -> 0003_age", and its snapshot was written over 0003_email's (both are
     * meta/0003_snapshot.json): "Rebased", and a folder with two migrations numbered 0003 and a broken snapshot chain. The moved
     * migration takes the number after every kept one's.
     */
    @Test
    void aMovedMigrationTakesANumberNoKeptMigrationHasAfterAGapLeftByADrop() throws Exception {
        git("checkout", "-q", "main");
        Generator g = new Generator();
        g.generate(schema(table("users", "name"), table("a")), folder, GenerateOptions.batch().withName("a"));
        g.generate(schema(table("users", "name"), table("a"), table("b")), folder, GenerateOptions.batch().withName("b"));
        new dev.godwit.engine.drop.Dropper(EngineLog.SILENT).drop(folder, new dev.godwit.engine.drop.DropOptions("a", false),
                () -> SqliteDatabase.open(repo.resolve("none.sqlite")), HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT));
        git("add", "-A");
        git("commit", "-q", "-m", "b");
        git("checkout", "-q", "feature");
        git("merge", "-q", "main");
        featureThenMain(schema(table("users", "name", "age:int"), table("b")), "age", schema(table("users", "name", "email"), table("b")), "email");
        git("merge", "-q", "feature");
        String journal = Files.readString(folder.journalFile());
        Files.writeString(folder.journalFile(), journal.replaceAll("(?s)<<<<<<< [^\\n]*\\n(.*?)=======\\n(.*?)>>>>>>> [^\\n]*\\n",
                "$2      \"breakpoints\": true\n    },\n    {\n      \"idx\": 4,\n      \"version\": \"6\",\n$1"));
        folder = MigrationsFolder.at(folder.dir());
        assertTrue(Files.readString(folder.journalFile()).indexOf("0003_age") < Files.readString(folder.journalFile()).indexOf("0003_email"));

        assertEquals(List.of("0004_age"), new Rebaser(engineLog).rebase(folder), log.toString());
        assertEquals(List.of("0000_init", "0002_b", "0003_email", "0004_age"), folder.readJournal().entries().stream().map(JournalEntry::tag).toList());
        assertEquals(List.of(), FolderCheck.problems(folder));
        assertEquals(List.of(), Verifier.verify(schema(table("users", "name", "email", "age:int"), table("b")), folder));
    }


    /**
     * The feature adds a view reading users.nick; main drops that column. SQLite checks a view only when it is read, so the moved
     * migration's CREATE VIEW replayed without an error: "Rebased", and a view every query on fails (db:verify: 'view "nicks",
     * created in drizzle/0002_nicks.sql, cannot be read (no such column: nick)'). Refused, as an index on a dropped column is;
     * the same for a view main adds over a column the feature drops.
     */
    @Test
    void aMovedViewOverAColumnTheTargetDroppedIsRefusedAndNothingIsWritten() throws Exception {
        new Generator().generate(schema(table("users", "name", "nick")), folder, GenerateOptions.batch().withName("nick"));
        git("add", "-A");
        git("commit", "-q", "-m", "nick");
        git("checkout", "-q", "main");
        git("merge", "-q", "feature");
        git("checkout", "-q", "feature");
        SchemaDef withView = new SchemaDef(List.of(table("users", "name", "nick")),
                List.of(new dev.godwit.schema.model.ViewDef("nicks", "select id, nick from users", false, null)));
        featureThenMainLosingData(withView, "nicks", schema(table("users", "name")), "no_nick");
        git("merge", "-q", "feature");
        Map<String, String> before = files();
        var e = assertThrows(RebaseException.class, () -> new Rebaser(engineLog).rebase(folder));
        assertTrue(e.getMessage().startsWith("After the rebase, these views or triggers cannot be used: they use a table or column one branch"
                + " dropped while the other's migration uses it, and every query on them (or write that fires them) would fail:\n  - view \"nicks\""
                + " (no such column: nick), after 0003_nicks.sql (was 0002_nicks)\n"), e.getMessage());
        assertTrue(e.getMessage().endsWith("Nothing was written."), e.getMessage());
        assertEquals(before, files());
    }

    /** {@link #featureThenMain}, the losses acknowledged (-Ddb.acceptDataLoss). */
    void featureThenMainLosingData(SchemaDef feature, String featureName, SchemaDef main, String mainName) throws Exception {
        new Generator().generate(feature, folder, GenerateOptions.batch().withName(featureName).withAcceptDataLoss(true));
        git("add", "-A");
        git("commit", "-q", "-m", "feature");
        git("checkout", "-q", "main");
        Thread.sleep(5);
        new Generator().generate(main, folder, GenerateOptions.batch().withName(mainName).withAcceptDataLoss(true));
        git("add", "-A");
        git("commit", "-q", "-m", "main");
    }

    @Test
    void aMovedDropOfAColumnATargetViewReadsIsRefusedToo() throws Exception {
        new Generator().generate(schema(table("users", "name", "nick")), folder, GenerateOptions.batch().withName("nick"));
        git("add", "-A");
        git("commit", "-q", "-m", "nick");
        git("checkout", "-q", "main");
        git("merge", "-q", "feature");
        git("checkout", "-q", "feature");
        SchemaDef withView = new SchemaDef(List.of(table("users", "name", "nick")),
                List.of(new dev.godwit.schema.model.ViewDef("nicks", "select id, nick from users", false, null)));
        // the feature rebuilds users without nick (name becomes NOT NULL): no DROP COLUMN for SQLite to stop on
        featureThenMainLosingData(schema(table("users", "name!")), "no_nick", withView, "nicks");
        git("merge", "-q", "feature");
        Map<String, String> before = files();
        var e = assertThrows(RebaseException.class, () -> new Rebaser(engineLog).rebase(folder));
        assertTrue(e.getMessage().contains("these views or triggers cannot be used") && e.getMessage().contains("  - view \"nicks\" (no such column: nick), after"
                + " 0003_no_nick.sql (was 0002_no_nick)\n"), e.getMessage());
        assertEquals(before, files());
    }


    /**
     * The same for a hand-written trigger the feature adds, writing a column main drops (SQLite checks its body only when it
     * fires): a hand-written migration moves unchanged, as before, now with a warning that names the trigger and the file.
     */
    @Test
    void aMovedHandWrittenTriggerOverAColumnTheTargetDroppedIsWarnedOf() throws Exception {
        new Generator().generate(schema(table("users", "name", "nick"), table("log", "what")), folder, GenerateOptions.batch().withName("nick"));
        git("add", "-A");
        git("commit", "-q", "-m", "nick");
        git("checkout", "-q", "main");
        git("merge", "-q", "feature");
        git("checkout", "-q", "feature");
        new Generator().generate(schema(table("users", "name", "nick"), table("log", "what")), folder, GenerateOptions.batch().withName("log").withCustom(true));
        Files.writeString(folder.sqlFile("0002_log"), "CREATE TRIGGER `users_log` AFTER INSERT ON `users` BEGIN INSERT INTO `log` (`what`) VALUES"
                + " (new.`nick`); END;\n");
        git("add", "-A");
        git("commit", "-q", "-m", "feature");
        git("checkout", "-q", "main");
        Thread.sleep(5);
        new Generator().generate(schema(table("users", "name"), table("log", "what")), folder, GenerateOptions.batch().withName("no_nick").withAcceptDataLoss(true));
        git("add", "-A");
        git("commit", "-q", "-m", "main");
        git("merge", "-q", "feature");

        assertEquals(List.of("0003_log"), new Rebaser(engineLog).rebase(folder));
        assertTrue(log.contains("WARN 0003_log (was 0002_log) is hand-written and moved unchanged, and after it trigger \"users_log\" on \"users\""
                + " (no such column: new.nick) cannot be used: it uses a table or column one branch dropped. Change it in drizzle/0003_log.sql."),
                log.toString());
    }


    /**
     * Two branches' db:repair each recorded a trigger a squash lost in the baseline's checksum file (squash-lost-trigger=), so git
     * conflicts there; db:rebase took the target branch's side of the file alone, and the other branch's trigger read as made
     * outside the migrations again on its databases. Both sides' fields are kept.
     */
    @Test
    void aConflictedChecksumFileKeepsBothSidesSquashLostTriggers() throws Exception {
        Path sum = folder.sumFile("0000_init");
        String line = Files.readString(sum);
        Files.writeString(sum, line.replace(" name=", " squash-lost-trigger=feature_touch name="));
        new Generator().generate(schema(table("users", "name", "age:int")), folder, GenerateOptions.batch().withName("age"));
        git("add", "-A");
        git("commit", "-q", "-m", "feature");
        git("checkout", "-q", "main");
        Thread.sleep(5);
        Files.writeString(sum, line.replace(" name=", " squash-lost-trigger=main_touch name="));
        new Generator().generate(schema(table("users", "name", "email")), folder, GenerateOptions.batch().withName("email"));
        git("add", "-A");
        git("commit", "-q", "-m", "email");
        git("merge", "-q", "feature");
        assertTrue(Files.readString(sum).contains("<<<<<<<"), Files.readString(sum));

        assertEquals(List.of("0002_age"), new Rebaser(engineLog).rebase(folder), log.toString());
        assertEquals(line.strip().replace(" name=", " squash-lost-trigger=main_touch squash-lost-trigger=feature_touch name=") + "\n",
                Files.readString(sum));
    }
}
