package dev.godwit.engine.repair;

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
import dev.godwit.engine.migrate.MigrationState;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.testing.RecordingLog;
import dev.godwit.engine.testing.TestTables;
import dev.godwit.schema.model.SchemaDef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** db:repair on histories a long-lived project has: migrations renamed, squashed, written by wrangler. */
class RepairMessyHistoryTest {

    @TempDir
    Path dir;

    MigrationsFolder folder;
    Path dbFile;
    final RecordingLog log = new RecordingLog();

    static final SchemaDef V0 = new SchemaDef(List.of(TestTables.table("users", "name")), List.of());
    static final SchemaDef V1 = new SchemaDef(List.of(TestTables.table("users", "name"), TestTables.table("posts", "title")), List.of());

    @BeforeEach
    void twoMigrationsApplied() {
        folder = MigrationsFolder.at(dir.resolve("drizzle"));
        dbFile = dir.resolve("app.sqlite");
        Generator g = new Generator();
        g.generate(V0, folder, GenerateOptions.batch().withName("init"));
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

    /** Renames a migration as a person does: the SQL file, its checksum file and its journal tag; "when" and the snapshot stay. */
    void rename(String tag, String newTag) throws IOException {
        Files.move(folder.sqlFile(tag), folder.sqlFile(newTag));
        Files.move(folder.sumFile(tag), folder.sumFile(newTag));
        Files.writeString(folder.journalFile(), Files.readString(folder.journalFile()).replace("\"" + tag + "\"", "\"" + newTag + "\""));
    }

    RepairResult repair(HistoryTable history) {
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            return new Repairer(log).repair(folder, db, history, new RepairOptions(true, null));
        }
    }

    List<String> applyAgain(HistoryTable history) {
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            return new Migrator(db, history, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults()).applied();
        }
    }

    /**
     * wrangler's history keeps file names only: a renamed migration looks missing, and its new name pending. Removing the row
     * (as before) made db:apply run it a second time. The row follows the rename when the database has its schema.
     */
    @Test
    void aWranglerRowFollowsARenamedMigration() throws IOException {
        HistoryTable history = HistoryTable.forName(HistoryTable.WRANGLER_DEFAULT);
        applyAll(history);
        rename("0001_posts", "0001_articles");
        RepairResult r = repair(history);
        assertEquals(List.of(), r.removedRows());
        assertTrue(log.lines().stream().anyMatch(l -> l.contains("  - rename the row 0001_posts.sql in d1_migrations to 0001_articles.sql: the same"
                + " number, and the database has the schema of drizzle/meta/0001_snapshot.json")), log.lines().toString());
        assertEquals(List.of(Map.of("name", "0000_init.sql"), Map.of("name", "0001_articles.sql")), rows("SELECT name FROM d1_migrations ORDER BY id"));
        assertEquals(List.of(), applyAgain(history));
        // the checksum file records the new name, so db:verify, which failed on the rename, passes once it is recorded
        assertEquals("0001_articles.sql", folder.recordedName("0001_articles"));
        assertTrue(log.lines().stream().anyMatch(l -> l.contains("  - record the name 0001_articles.sql in drizzle/meta/_sums/0001_articles.sha256:"
                + " it was generated as 0001_posts.sql and renamed since (d1_migrations records migrations by file name: every other database"
                + " that applied it as 0001_posts.sql needs mvn db:repair too, or wrangler d1 migrations apply runs it there again)")), log.lines().toString());
        assertEquals(List.of(), dev.godwit.engine.verify.Verifier.check(() -> V1, folder, true,
                new dev.godwit.engine.target.ProjectSettings.History("d1_migrations", true, "wrangler.toml")).findings());
    }

    /** Renamed without its checksum file: db:repair renames that along, with the new name in it, and says what the rename means there. */
    @Test
    void aChecksumFileLeftBehindByAWranglerRenameFollowsWithTheNewName() throws IOException {
        HistoryTable history = HistoryTable.forName(HistoryTable.WRANGLER_DEFAULT);
        applyAll(history);
        Files.move(folder.sqlFile("0001_posts"), folder.sqlFile("0001_articles"));
        Files.writeString(folder.journalFile(), Files.readString(folder.journalFile()).replace("\"0001_posts\"", "\"0001_articles\""));
        repair(history);
        assertEquals("0001_articles.sql", folder.recordedName("0001_articles"));
        assertTrue(log.lines().stream().anyMatch(l -> l.contains("  - record the name 0001_articles.sql in drizzle/meta/_sums/0001_articles.sha256:"
                + " it was generated as 0001_posts.sql and renamed since (d1_migrations records")), log.lines().toString());
        assertEquals(List.of(Map.of("name", "0000_init.sql"), Map.of("name", "0001_articles.sql")), rows("SELECT name FROM d1_migrations ORDER BY id"));
        assertEquals(List.of(), dev.godwit.engine.verify.Verifier.check(() -> V1, folder, true,
                new dev.godwit.engine.target.ProjectSettings.History("d1_migrations", true, "wrangler.toml")).findings());
    }

    /** Without a database (a fresh checkout), db:repair records the new name too: the rename is the user's to make, it says so. */
    @Test
    void aRenameIsRecordedInTheChecksumFileWithoutADatabase() throws IOException {
        HistoryTable history = HistoryTable.forName(HistoryTable.WRANGLER_DEFAULT);
        rename("0001_posts", "0001_articles");
        new Repairer(log).repairFolder(folder, dir.resolve("none.sqlite"), history, new RepairOptions(true, null));
        assertEquals("0001_articles.sql", folder.recordedName("0001_articles"));
        assertTrue(Files.readString(folder.sumFile("0001_articles")).matches("[0-9a-f]{64} when=\\d+ snapshot=[0-9a-f]{16} from=[0-9a-f]{16} name=0001_articles\\.sql\n"),
                Files.readString(folder.sumFile("0001_articles")));
        assertTrue(new Repairer(log).repairFolder(folder, dir.resolve("none.sqlite"), history, new RepairOptions(true, null)).changedNothing(),
                "a second run finds nothing");
    }

    /** A different migration under the old number (the database lacks its changes) is not taken for a rename: the row goes, and why is said. */
    @Test
    void aWranglerRowIsNotTakenForADifferentMigrationWithItsNumber() throws IOException {
        HistoryTable history = HistoryTable.forName(HistoryTable.WRANGLER_DEFAULT);
        applyAll(history);
        rename("0001_posts", "0001_articles");
        Files.writeString(folder.sqlFile("0001_articles"), Files.readString(folder.sqlFile("0001_articles")).replace("`posts`", "`articles`"));
        Files.writeString(folder.snapshotFile("0001_articles"), Files.readString(folder.snapshotFile("0001_articles")).replace("posts", "articles"));
        RepairResult r = repair(history);
        assertEquals(List.of("0001_posts.sql"), r.removedRows());
        assertTrue(log.lines().stream().anyMatch(l -> l.contains("  - remove the row of 0001_posts.sql from d1_migrations: no such migration in drizzle"
                + " (a pending migration has its number, but the database's schema differs from drizzle/meta/0001_snapshot.json (")),
                log.lines().toString());
        assertEquals(List.of("0001_articles"), applyAgain(history));
    }

    /**
     * A release branch's hand-written hotfix (0002_backfill, an UPDATE) ran on production; merged back after main had moved on,
     * db:rebase kept main's 0002_tags and moved the hotfix after it as 0003_backfill. wrangler's history keys rows by file name,
     * so 0002_backfill.sql looked missing: db:repair -Ddb.force removed the row (0002_tags, "its number", was no rename), and
     * db:apply then ran the UPDATE a second time on production. The row is neither removed nor renamed: a person says which.
     */
    @Test
    void aWranglerRowOfAMigrationDbRebaseRenumberedIsNotRemoved() throws IOException {
        HistoryTable history = HistoryTable.forName(HistoryTable.WRANGLER_DEFAULT);
        new Generator().generate(V1, folder, GenerateOptions.batch().withName("backfill").withCustom(true));
        Files.writeString(folder.sqlFile("0002_backfill"), "UPDATE users SET name = name || '!';\n", java.nio.file.StandardOpenOption.APPEND);
        applyAll(history);
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            db.write("INSERT INTO users (id, name) VALUES (1, 'ada')");
        }
        // what db:rebase leaves: main's 0002_tags, then the hotfix renumbered with its name kept
        Files.move(folder.sqlFile("0002_backfill"), folder.sqlFile("0003_backfill"));
        Files.move(folder.snapshotFile("0002_backfill"), folder.snapshotFile("0003_backfill"));
        Files.writeString(folder.journalFile(), Files.readString(folder.journalFile()).replace("\"0002_backfill\"", "\"0003_backfill\""));
        Files.writeString(folder.sqlFile("0002_tags"), "CREATE TABLE `tags` (`id` integer PRIMARY KEY NOT NULL);\n");
        RepairException e = assertThrows(RepairException.class, () -> repair(history));
        assertTrue(e.getMessage().contains("d1_migrations records 0002_backfill.sql, which is not in drizzle; 0003_backfill.sql has its name under"
                + " another number, as db:rebase renumbers a merged branch's migrations"), e.getMessage());
        assertTrue(e.getMessage().contains("UPDATE \"d1_migrations\" SET \"name\" = '0003_backfill.sql' WHERE \"name\" = '0002_backfill.sql'"), e.getMessage());
        assertEquals(List.of(Map.of("name", "0000_init.sql"), Map.of("name", "0001_posts.sql"), Map.of("name", "0002_backfill.sql")),
                rows("SELECT name FROM d1_migrations ORDER BY id"));
        assertEquals(List.of(Map.of("name", "ada")), rows("SELECT name FROM users"));
    }

    /**
     * The same database before db:repair: db:apply's refusal offered -Ddb.ignoreMissing "to apply anyway", which ran the renumbered
     * hotfix (its UPDATE) a second time. It is refused, -Ddb.ignoreMissing or not, naming the pair and db:repair; nothing runs.
     */
    @Test
    void dbApplyRefusesToRunAMigrationDbRebaseRenumberedAgainEvenWithIgnoreMissing() throws IOException {
        HistoryTable history = HistoryTable.forName(HistoryTable.WRANGLER_DEFAULT);
        new Generator().generate(V1, folder, GenerateOptions.batch().withName("backfill").withCustom(true));
        Files.writeString(folder.sqlFile("0002_backfill"), "UPDATE users SET name = name || '!';\n", java.nio.file.StandardOpenOption.APPEND);
        applyAll(history);
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            db.write("INSERT INTO users (id, name) VALUES (1, 'ada')");
        }
        Files.move(folder.sqlFile("0002_backfill"), folder.sqlFile("0003_backfill"));
        Files.move(folder.snapshotFile("0002_backfill"), folder.snapshotFile("0003_backfill"));
        Files.writeString(folder.journalFile(), Files.readString(folder.journalFile()).replace("\"0002_backfill\"", "\"0003_backfill\""));
        Files.writeString(folder.sqlFile("0002_tags"), "CREATE TABLE `tags` (`id` integer PRIMARY KEY NOT NULL);\n");
        for (boolean ignoreMissing : List.of(false, true)) {
            try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
                var e = assertThrows(dev.godwit.engine.migrate.MigrationException.class, () -> new Migrator(db, history, EngineLog.SILENT)
                        .apply(folder.migrationsInNameOrder(), ApplyOptions.defaults().withIgnoreMissing(ignoreMissing)));
                assertTrue(e.getMessage().startsWith("The database records 0002_backfill.sql (now 0003_backfill.sql?), whose name the folder has"
                        + " under another number: db:rebase renumbers a merged branch's migrations"), e.getMessage());
                assertTrue(e.getMessage().endsWith("names the UPDATE that records the new name (or the DELETE, if it is another migration that"
                        + " must run). Nothing was applied."), e.getMessage());
            }
        }
        assertEquals(List.of(Map.of("name", "ada")), rows("SELECT name FROM users"));
        assertEquals(List.of(Map.of("n", 0L)), rows("SELECT count(*) AS n FROM sqlite_master WHERE name = 'tags'"));
        // db:status pairs the row with the moved file, not with main's 0002_tags ("has its number: this file renamed?")
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            String table = String.join("\n", dev.godwit.engine.migrate.StatusTable.render(
                    new Migrator(db, history, EngineLog.SILENT).status(folder.migrationsInNameOrder()), true, "mvn db:repair -Dlocal", null));
            assertTrue(table.contains("0002_backfill.sql  MISSING   applied, but no such migration here ("), table);
            assertTrue(table.contains("); 0003_backfill has its name under another number (moved by db:rebase after it ran here?): mvn db:repair"
                    + " -Dlocal names the UPDATE that records the new name"), table);
            assertTrue(table.lines().anyMatch(l -> l.matches("  0002_tags +pending +")), table);
        }
    }

    /** Deletes the folder and generates it again as one migration, as a team squashes two years of migrations. */
    void squash() throws IOException {
        try (var files = Files.walk(folder.dir())) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
        new Generator().generate(V1, folder, GenerateOptions.batch().withName("squashed"));
    }

    /**
     * After a squash the database records the old migrations and the folder has one new migration with their schema. Removing
     * the rows alone (as before) left the squashed migration pending, and db:apply then failed on "table users already exists".
     * The squashed migration is recorded as applied in the same transaction, since the database already has its schema.
     */
    @Test
    void afterASquashTheRowsGiveWayToTheSquashedMigrationRecordedAsApplied() throws IOException {
        HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        applyAll(history);
        squash();
        // db:apply refuses first, and points to what repairs a squash
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            var e = org.junit.jupiter.api.Assertions.assertThrows(dev.godwit.engine.migrate.MigrationException.class,
                    () -> new Migrator(db, history, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults()));
            assertTrue(e.getMessage().contains("if the folder's migrations were squashed (or, with wrangler's history, renamed), mvn db:repair -Dlocal"
                    + " records the new ones the database already has (or renames the rows)"), e.getMessage());
        }
        RepairResult r = repair(history);
        assertEquals(2, r.removedRows().size());
        assertEquals(List.of("0000_squashed"), r.recorded());
        assertTrue(log.lines().stream().anyMatch(l -> l.contains("  - record 0000_squashed as applied in __drizzle_migrations: the database already"
                + " has its schema (drizzle/meta/0000_snapshot.json), so it must not run (the rows removed above are what it was made from,"
                + " squashed or regenerated)")), log.lines().toString());
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            List<MigrationState> states = new Migrator(db, history, EngineLog.SILENT).status(folder.migrations());
            assertEquals(List.of(MigrationState.State.APPLIED), states.stream().map(MigrationState::state).toList());
        }
        assertEquals(List.of(), applyAgain(history));
    }

    /**
     * The same beside another system's table (-Ddb.tablesFilter=!legacy_*): its table made the database's schema "differ" from the
     * squashed migration's, which was then left pending (db:apply failing on "already exists"). Compared without it now.
     */
    @Test
    void afterASquashATableOutsideTheTablesFilterDoesNotHideTheSchema() throws IOException {
        HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        applyAll(history);
        squash();
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            db.runAtomically(List.of("CREATE TABLE legacy_kv (k text PRIMARY KEY, v text)"), false);
            RepairResult r = new Repairer(log).withTablesFilter(dev.godwit.engine.introspect.TablesFilter.parse("!legacy_*"))
                    .repair(folder, db, history, new RepairOptions(true, null));
            assertEquals(List.of("0000_squashed"), r.recorded());
        }
        assertEquals(List.of(), applyAgain(history));
    }

    /** The same in wrangler's layout: rows by name, the squashed file recorded by name. */
    @Test
    void afterASquashWranglerRowsGiveWayToo() throws IOException {
        HistoryTable history = HistoryTable.forName(HistoryTable.WRANGLER_DEFAULT);
        applyAll(history);
        squash();
        repair(history);
        assertEquals(List.of(Map.of("name", "0000_squashed.sql")), rows("SELECT name FROM d1_migrations"));
        assertEquals(List.of(), applyAgain(history));
    }

    /**
     * The database was migrated from wrangler's own folder, numbered from 0001, and the project moved to a drizzle folder
     * numbered from 0000. Number 0001 is in both, but it is not the same migration: a rename is only taken when every earlier
     * migration counts as applied too. All rows give way to the new migrations, recorded as applied since the schema is theirs.
     */
    @Test
    void rowsOfAFolderNumberedDifferentlyAreNotTakenForRenames() {
        HistoryTable history = HistoryTable.forName(HistoryTable.WRANGLER_DEFAULT);
        applyAll(history);
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            db.runAtomically(List.of("UPDATE d1_migrations SET name = '0001_create_users.sql' WHERE name = '0000_init.sql'",
                    "UPDATE d1_migrations SET name = '0002_create_posts.sql' WHERE name = '0001_posts.sql'"), false);
        }
        RepairResult r = repair(history);
        assertEquals(List.of("0001_create_users.sql", "0002_create_posts.sql"), r.removedRows());
        assertEquals(List.of("0000_init", "0001_posts"), r.recorded());
        assertEquals(List.of(Map.of("name", "0000_init.sql"), Map.of("name", "0001_posts.sql")), rows("SELECT name FROM d1_migrations ORDER BY name"));
        assertEquals(List.of(), applyAgain(history));
    }

    /**
     * D1 made db:repair's change (an edited migration's checksum re-recorded) and the connection dropped before its answer: the
     * error was D1's bare "No answer from Cloudflare D1 (...): the request was sent, so it may or may not have been applied.",
     * naming neither the repair nor the way on. It says what was sent, where, and that db:repair run again settles it.
     */
    @Test
    void aRepairWhoseD1AnswerIsLostSaysSoAndARerunSettlesIt() throws IOException {
        HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        try (var standIn = dev.godwit.engine.d1.D1StandIn.start(dir.resolve("d1.sqlite"), "acct", "db", "tok-1234");
             var d1 = new dev.godwit.engine.d1.D1Database(new dev.godwit.engine.d1.D1Settings("acct", "db", "tok-1234", standIn.endpoint()))) {
            new Migrator(d1, history, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
            Files.writeString(folder.sqlFile("0001_posts"), Files.readString(folder.sqlFile("0001_posts")) + "\n-- reviewed\n");
            standIn.dropAfterCommitWhenBodyContains("UPDATE", 1);
            dev.godwit.engine.GodwitException e = assertThrows(dev.godwit.engine.GodwitException.class,
                    () -> new Repairer(log).repair(folder, d1, history, new RepairOptions(true, null)));
            assertTrue(e.getMessage().startsWith("db:repair sent its changes of __drizzle_migrations on Cloudflare D1 database db, but the answer was"
                    + " lost: they may or may not have been made there"), e.getMessage());
            assertTrue(e.getMessage().endsWith("Run db:repair again: it reads the history afresh and makes only what is still needed."), e.getMessage());
            new Repairer(log).repair(folder, d1, history, new RepairOptions(true, null));
            assertEquals(List.of(), new Migrator(d1, history, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults()).applied());
            assertEquals(folder.migrations().get(1).hash(), history.read(d1).get(1).hash());
        }
    }

    /** The squash repaired on D1 (the stand-in over HTTP, foreign keys always on): the same answer, in one request's transaction. */
    @Test
    void afterASquashOnD1TheSquashedMigrationIsRecorded() throws IOException {
        HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        try (var standIn = dev.godwit.engine.d1.D1StandIn.start(dir.resolve("d1.sqlite"), "acct", "db", "tok");
             var d1 = new dev.godwit.engine.d1.D1Database(new dev.godwit.engine.d1.D1Settings("acct", "db", "tok", standIn.endpoint()))) {
            new Migrator(d1, history, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
            squash();
            RepairResult r = new Repairer(log).repair(folder, d1, history, new RepairOptions(true, null));
            assertEquals(2, r.removedRows().size());
            assertEquals(List.of("0000_squashed"), r.recorded());
            assertEquals(List.of(), new Migrator(d1, history, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults()).applied());
            assertEquals(1, history.read(d1).size());
        }
    }
    /**
     * wrangler's history: the applied data migration 0001_seed_dev.sql is gone and 0001_seed_prod.sql, another one, has its
     * number. Neither changes the schema, so the schema "matched" and db:repair renamed the row: db:apply then never ran the
     * prod seed. Nothing can tell a rename from another migration here, so repair refuses, naming both statements; after the
     * DELETE it advises, the prod seed runs.
     */
    @Test
    void aDataMigrationUnderAnAppliedOnesNumberIsNotTakenForItRenamed() throws IOException {
        folder = MigrationsFolder.at(dir.resolve("seeds"));
        Generator g = new Generator();
        g.generate(V0, folder, GenerateOptions.batch().withName("init"));
        g.generate(V0, folder, GenerateOptions.batch().withName("seed_dev").withCustom(true));
        Files.writeString(folder.sqlFile("0001_seed_dev"), "INSERT INTO users (id, name) VALUES (1, 'dev');\n");
        HistoryTable history = HistoryTable.forName(HistoryTable.WRANGLER_DEFAULT);
        applyAll(history);
        Files.delete(folder.sqlFile("0001_seed_dev"));
        Files.writeString(folder.sqlFile("0001_seed_prod"), "INSERT INTO users (id, name) VALUES (2, 'prod');\n");
        Files.writeString(folder.journalFile(), Files.readString(folder.journalFile()).replace("0001_seed_dev", "0001_seed_prod"));

        RepairException e = assertThrows(RepairException.class, () -> repair(history));
        assertTrue(e.getMessage().contains("\n  - d1_migrations records 0001_seed_dev.sql, which is not in seeds; 0001_seed_prod.sql has its number but"
                + " changes no schema, so the database cannot show whether it is that migration renamed or another one. If it was renamed:"
                + " UPDATE \"d1_migrations\" SET \"name\" = '0001_seed_prod.sql' WHERE \"name\" = '0001_seed_dev.sql'; if it is another migration,"
                + " which must run: DELETE FROM \"d1_migrations\" WHERE \"name\" = '0001_seed_dev.sql'\n"), e.getMessage());
        assertTrue(e.getMessage().endsWith("Nothing was changed."), e.getMessage());
        assertEquals(List.of(Map.of("name", "0000_init.sql"), Map.of("name", "0001_seed_dev.sql")), rows("SELECT name FROM d1_migrations ORDER BY id"));

        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            db.runAtomically(List.of("DELETE FROM \"d1_migrations\" WHERE \"name\" = '0001_seed_dev.sql'"), false);
        }
        assertEquals(List.of("0001_seed_prod"), applyAgain(history));
        assertEquals(List.of(Map.of("name", "dev"), Map.of("name", "prod")), rows("SELECT name FROM users ORDER BY id"));
    }
    /**
     * The squash came with a new data migration, 0001_seed, that has run nowhere. Its snapshot equals the squashed one's, so
     * "the last pending migration whose snapshot the database equals" was the seed, and db:repair recorded it as applied: it
     * never ran. Only the migrations up to the last one that changes the schema are recorded; the seed stays pending and runs.
     */
    @Test
    void aDataMigrationAfterASquashIsNotRecordedAsApplied() throws IOException {
        HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        applyAll(history);
        squash();
        new Generator().generate(V1, folder, GenerateOptions.batch().withName("seed").withCustom(true));
        Files.writeString(folder.sqlFile("0001_seed"), "INSERT INTO users (id, name) VALUES (1, 'ada');\n");
        RepairResult r = repair(history);
        assertEquals(List.of("0000_squashed"), r.recorded());
        assertEquals(List.of("0001_seed"), applyAgain(history));
        assertEquals(List.of(Map.of("name", "ada")), rows("SELECT name FROM users"));
    }
}
