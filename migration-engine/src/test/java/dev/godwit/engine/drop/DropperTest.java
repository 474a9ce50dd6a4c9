package dev.godwit.engine.drop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import dev.godwit.engine.testing.TestTables;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.GodwitException;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.FolderCheck;
import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.folder.Snapshot;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
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
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DropperTest {

    @TempDir
    Path dir;

    MigrationsFolder folder;
    Path dbFile;
    final HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
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

    static final SchemaDef V0 = new SchemaDef(List.of(table("users", "name")), List.of());
    static final SchemaDef V1 = new SchemaDef(List.of(table("users", "name"), table("posts", "title")), List.of());
    static final SchemaDef V2 = new SchemaDef(List.of(table("users", "name", "email"), table("posts", "title")), List.of());

    @BeforeEach
    void threeMigrations() {
        folder = MigrationsFolder.at(dir.resolve("drizzle"));
        dbFile = dir.resolve("app.sqlite");
        Generator g = new Generator();
        g.generate(V0, folder, GenerateOptions.batch().withName("init"));
        g.generate(V1, folder, GenerateOptions.batch().withName("posts"));
        g.generate(V2, folder, GenerateOptions.batch().withName("email"));
    }

    Supplier<Database> local() {
        return () -> SqliteDatabase.open(dbFile);
    }

    void apply(int count) {
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            new Migrator(db, history, EngineLog.SILENT).apply(folder.migrations().subList(0, count), ApplyOptions.defaults());
        }
    }

    Map<String, String> files() throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(folder.dir())) {
            for (Path p : s.filter(Files::isRegularFile).toList()) out.put(folder.dir().relativize(p).toString(), Files.readString(p));
        }
        return out;
    }

    List<String> tags() {
        return folder.readJournal().entries().stream().map(JournalEntry::tag).toList();
    }

    @Test
    void dropsTheLatestMigrationWithItsFilesAfterListingThem() throws IOException {
        apply(2);
        DropResult r = new Dropper(engineLog).drop(folder, new DropOptions(null, false), local(), history);
        assertEquals("0002_email", r.tag());
        assertEquals(List.of("0000_init", "0001_posts"), tags());
        assertEquals(List.of("0000_init.sql", "0001_posts.sql", "meta/0000_snapshot.json", "meta/0001_snapshot.json",
                "meta/_journal.json", "meta/_sums/0000_init.sha256", "meta/_sums/0001_posts.sha256"), List.copyOf(files().keySet()));
        assertEquals(List.of("INFO Dropping migration 0002_email:",
                "INFO   remove  drizzle/0002_email.sql",
                "INFO   remove  drizzle/meta/0002_snapshot.json",
                "INFO   remove  drizzle/meta/_sums/0002_email.sha256",
                "INFO   remove  its entry in drizzle/meta/_journal.json",
                // the database looked at is named: db:drop on the top level's database said nothing of staging, which had run it
                "INFO local SQLite file " + dbFile.toAbsolutePath() + " does not record 0002_email as applied; it is the one database db:drop"
                        + " checked. Another one that ran it (another wrangler environment, a teammate's local file) keeps its changes: check it"
                        + " with mvn db:status there, and if it did, put the files back from version control and undo the change with a new"
                        + " migration instead.",
                "INFO Dropped 0002_email. If the schema code still declares its changes, mvn db:generate writes them again."), log);
        assertTrue(FolderCheck.problems(folder).isEmpty());
        // The folder continues: the same change is generated again under the next number.
        var again = new Generator().generate(V2, folder, GenerateOptions.batch().withName("email"));
        assertEquals("0002_email", again.tag());
        assertTrue(Verifier.verify(V2, folder).isEmpty());
    }

    @Test
    void refusesAMigrationTheTargetRecordsAsAppliedAndChangesNothing() throws IOException {
        apply(3);
        Map<String, String> before = files();
        DropException e = assertThrows(DropException.class, () -> new Dropper(engineLog).drop(folder, new DropOptions(null, false), local(), history));
        assertEquals("0002_email is applied to local SQLite file " + dbFile.toAbsolutePath() + " (recorded in __drizzle_migrations)."
                + " Dropping it would leave that database with changes no migration holds. Undo it with a new migration instead (change the schema,"
                + " mvn db:generate); on a development database, go back to before it first (mvn db:restore -Dlocal: the copy db:apply kept before"
                + " it ran; what was written since goes too), then run db:drop again; or pass -Ddb.force to drop it anyway. Nothing was changed.",
                e.getMessage());
        assertEquals(before, files());
    }

    /**
     * The way back names the migration by its tag: drizzle's history rows hold no name, and the copy was named as "the newest copy
     * whose __drizzle_migrations does not record created_at 1796565070704 (hash fd290bea8003) yet" for the 0001_seed db:drop named.
     */
    @Test
    void theWayBackFromACopyNamesTheMigrationByItsTag() {
        dev.godwit.engine.restore.LocalBackups backups = new dev.godwit.engine.restore.LocalBackups(dir.resolve(".godwit/backups"), 5);
        dev.godwit.engine.target.Target.LocalFile target = new dev.godwit.engine.target.Target.LocalFile(dbFile);
        for (int i = 1; i <= 3; i++) {
            try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
                new Migrator(db, history, EngineLog.SILENT)
                        .beforeApplying(p -> new dev.godwit.engine.restore.Restorer(EngineLog.SILENT).beforeApply(target, db, backups, "", ""))
                        .apply(folder.migrations().subList(0, i), ApplyOptions.defaults());
            }
        }
        Path beforeEmail = backups.list(dbFile).get(backups.list(dbFile).size() - 1);
        DropException e = assertThrows(DropException.class, () -> new Dropper(engineLog)
                .withWayBack(dev.godwit.engine.restore.WayBack.local(backups, dbFile, "", history))
                .drop(folder, new DropOptions(null, false), local(), history));
        assertTrue(e.getMessage().contains("go back to before it first (mvn db:restore -Dlocal "
                + dev.godwit.engine.target.PrintedArgs.quoted("-Ddb.backup=" + beforeEmail) + ": the newest copy whose __drizzle_migrations"
                + " does not record 0002_email yet, taken at "), e.getMessage());
        assertTrue(!e.getMessage().contains("created_at"), e.getMessage());
    }

    /**
     * db:rebase (or a journal edit) gave an applied migration a new "when": drizzle's history, keyed on it, no longer names it,
     * but the row holds its exact SQL. It is applied all the same; db:drop took it for applied nowhere and dropped it.
     */
    @Test
    void refusesAMigrationAppliedUnderItsOldWhen() throws IOException {
        apply(3);
        long when = folder.migrations().get(2).when();
        Files.writeString(folder.journalFile(), Files.readString(folder.journalFile()).replace("\"when\": " + when, "\"when\": " + (when + 60_000)));
        Map<String, String> before = files();
        DropException e = assertThrows(DropException.class, () -> new Dropper(engineLog).drop(folder, new DropOptions(null, false), local(), history));
        assertEquals("0002_email is applied to local SQLite file " + dbFile.toAbsolutePath() + " (recorded in __drizzle_migrations under created_at "
                + when + ", its \"when\" before it moved: the same SQL)."
                + " Dropping it would leave that database with changes no migration holds. Undo it with a new migration instead (change the schema,"
                + " mvn db:generate); on a development database, go back to before it first (mvn db:restore -Dlocal: the copy db:apply kept before"
                + " it ran; what was written since goes too), then run db:drop again; or pass -Ddb.force to drop it anyway. Nothing was changed.",
                e.getMessage());
        assertEquals(before, files());
    }

    /**
     * The SQL file was deleted by hand (the usual first try at dropping a migration): the journal and the files disagree, and
     * db:drop, the tool that sets that right, refused the folder as inconsistent. It now drops what is left of that migration.
     */
    @Test
    void dropsTheRestOfAMigrationWhoseSqlFileWasDeletedByHand() throws IOException {
        apply(2);
        Files.delete(folder.sqlFile("0002_email"));
        // db:status and db:apply stop on the folder and name db:drop as the way out
        var stop = assertThrows(dev.godwit.engine.folder.SnapshotException.class, () -> folder.migrations());
        assertTrue(stop.getMessage().endsWith("or remove the entry from drizzle/meta/_journal.json (mvn db:drop -Ddb.name=0002_email)"), stop.getMessage());
        DropResult r = new Dropper(engineLog).drop(folder, new DropOptions(null, false), local(), history);
        assertEquals("0002_email", r.tag());
        assertEquals(List.of("0000_init", "0001_posts"), tags());
        assertEquals(List.of("0000_init.sql", "0001_posts.sql", "meta/0000_snapshot.json", "meta/0001_snapshot.json",
                "meta/_journal.json", "meta/_sums/0000_init.sha256", "meta/_sums/0001_posts.sha256"), List.copyOf(files().keySet()));
        assertTrue(log.contains("INFO   (drizzle/0002_email.sql was already deleted)"), log.toString());
        assertEquals(List.of(), FolderCheck.problems(folder));
    }

    /** Another migration's missing file is still a folder problem db:drop does not settle. */
    @Test
    void anotherMigrationsMissingSqlFileIsStillRefused() throws IOException {
        Files.delete(folder.sqlFile("0001_posts"));
        Map<String, String> before = files();
        var e = assertThrows(dev.godwit.engine.folder.SnapshotException.class,
                () -> new Dropper(engineLog).drop(folder, new DropOptions(null, false), local(), history));
        assertTrue(e.getMessage().contains("the journal lists 0001_posts but drizzle/0001_posts.sql is missing"), e.getMessage());
        assertEquals(before, files());
    }

    /** wrangler's history names files: an applied migration renamed since (0002_email.sql now 0002_mail.sql) is still applied. */
    @Test
    void refusesAnAppliedMigrationRenamedInWranglersHistory() throws IOException {
        HistoryTable wrangler = HistoryTable.forName(HistoryTable.WRANGLER_DEFAULT);
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            new Migrator(db, wrangler, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
        }
        Files.move(folder.sqlFile("0002_email"), folder.sqlFile("0002_mail"));
        Files.move(folder.sumFile("0002_email"), folder.sumFile("0002_mail"));
        Files.writeString(folder.journalFile(), Files.readString(folder.journalFile()).replace("\"0002_email\"", "\"0002_mail\""));
        Map<String, String> before = files();
        DropException e = assertThrows(DropException.class, () -> new Dropper(engineLog).drop(folder, new DropOptions(null, false), local(), wrangler));
        assertTrue(e.getMessage().startsWith("0002_mail is applied to local SQLite file " + dbFile.toAbsolutePath() + " (recorded in d1_migrations on "),
                e.getMessage());
        assertTrue(e.getMessage().contains(" as 0002_email.sql, its name before it was renamed)."), e.getMessage());
        assertEquals(before, files());
    }

    @Test
    void forceDropsAnAppliedMigrationWithAWarning() {
        apply(3);
        new Dropper(engineLog).drop(folder, new DropOptions(null, true), local(), history);
        assertEquals(List.of("0000_init", "0001_posts"), tags());
        assertTrue(log.contains("WARN 0002_email is applied to local SQLite file " + dbFile.toAbsolutePath()
                + " (recorded in __drizzle_migrations). Dropping it anyway because of -Ddb.force: that database keeps its changes."), log.toString());
    }

    @Test
    void anUnreachableTargetNeedsForce() throws IOException {
        Supplier<Database> unreachable = () -> {
            throw new GodwitException(GodwitException.Kind.BROKEN, "Cloudflare D1 settings are missing");
        };
        Map<String, String> before = files();
        DropException e = assertThrows(DropException.class, () -> new Dropper(engineLog).drop(folder, new DropOptions(null, false), unreachable, history));
        assertEquals("Cannot check whether 0002_email is applied, because the target database cannot be read:\n  Cloudflare D1 settings are missing\n"
                + "Point db:drop at the database it may have been applied to (-Dlocal for the local file, or the D1 settings), or pass -Ddb.force to drop"
                + " it without checking. Nothing was changed.", e.getMessage());
        assertEquals(before, files());
        new Dropper(engineLog).drop(folder, new DropOptions(null, true), unreachable, history);
        assertEquals(List.of("0000_init", "0001_posts"), tags());
        assertTrue(log.contains("WARN Not checking whether 0002_email is applied (the target database cannot be read: Cloudflare D1 settings are missing);"
                + " dropping it because of -Ddb.force."), log.toString());
    }

    @Test
    void dropsAMiddleMigrationNothingDependsOnAndTakesItsChangesOutOfLaterSnapshots() throws IOException {
        Snapshot init = folder.readSnapshot(folder.snapshotFile("0000_init"));
        DropResult r = new Dropper(engineLog).drop(folder, new DropOptions("posts", false), local(), history);
        assertEquals("0001_posts", r.tag());
        assertEquals(List.of(folder.snapshotFile("0002_email")), r.rewritten());
        assertEquals(List.of("0000_init", "0002_email"), tags());
        Snapshot email = folder.readSnapshot(folder.snapshotFile("0002_email"));
        assertEquals(init.id(), email.prevId());
        assertEquals(List.of("users"), email.schema().tableNames());
        assertEquals(List.of(), FolderCheck.problems(folder));
        assertEquals(List.of(), Verifier.verify(new SchemaDef(List.of(table("users", "name", "email")), List.of()), folder));
        assertTrue(log.contains("INFO   rewrite drizzle/meta/0002_snapshot.json (without the changes of 0001_posts)"), log.toString());
    }

    @Test
    void refusesAMiddleMigrationALaterOneDependsOn() throws IOException {
        Map<String, String> before = files();
        DropException e = assertThrows(DropException.class, () -> new Dropper(engineLog).drop(folder, new DropOptions("0000", false), local(), history));
        assertEquals("Cannot drop 0000_init: later migrations depend on what it changes:\n  - 0002_email changes or uses table \"users\"\n"
                + "Drop those first (mvn db:drop drops the latest), or leave 0000_init and write a new migration that undoes it. Nothing was changed.",
                e.getMessage());
        assertEquals(before, files());
        assertFalse(Files.exists(dbFile), "refused before opening the database");
    }

    @Test
    void anUnknownNameListsTheMigrations() {
        GodwitException e = assertThrows(GodwitException.class, () -> new Dropper(engineLog).drop(folder, new DropOptions("nope", false), local(), history));
        assertEquals("-Ddb.name=nope names no migration in meta/_journal.json; the migrations are: 0000_init, 0001_posts, 0002_email", e.getMessage());
    }

    /**
     * The dev loop: db:generate, db:apply -Dlocal, then the migration is not what was meant. db:drop refused it with "write a new
     * migration, or pass -Ddb.force", and -Ddb.force left the database with the dropped migration's changes and a row db:apply then
     * refuses to go on over. For the last migration applied there, the refusal now names the way back first, with what picked the
     * database; one with later migrations applied after it keeps the old advice (going back would undo those too).
     */
    @Test
    void theLastAppliedMigrationsRefusalNamesTheWayBackAndAnEarlierOnesDoesNot() throws IOException {
        apply(3);
        Map<String, String> before = files();
        DropException last = assertThrows(DropException.class, () -> new Dropper(engineLog).withCommandArgs(" -Ddb.local.path=app.sqlite")
                .drop(folder, new DropOptions(null, false), local(), history));
        assertTrue(last.getMessage().contains(" Undo it with a new migration instead (change the schema, mvn db:generate); on a development database,"
                + " go back to before it first (mvn db:restore -Dlocal -Ddb.local.path=app.sqlite: the copy db:apply kept before it ran; what was"
                + " written since goes too), then run db:drop again; or pass -Ddb.force to drop it anyway. Nothing was changed."), last.getMessage());
        DropException earlier = assertThrows(DropException.class, () -> new Dropper(engineLog).drop(folder, new DropOptions("posts", false), local(), history));
        assertEquals("0001_posts is applied to local SQLite file " + dbFile.toAbsolutePath() + " (recorded in __drizzle_migrations)."
                + " Dropping it would leave that database with changes no migration holds. Undo it with a new migration instead (change the schema,"
                + " mvn db:generate), or pass -Ddb.force to drop it anyway. Nothing was changed.", earlier.getMessage());
        assertEquals(before, files());
    }

    /**
     * A later hand-written trigger writes into the table the dropped migration makes. SQLite checks a trigger's body only when it
     * fires, so the replay without 0001_posts passed: "Dropped", and every insert into users failed from then on (db:verify:
     * 'trigger "users_log" on "users" can no longer run (no such table: main.posts)'). Refused, as a later migration that fails is.
     */
    @Test
    void refusesAMiddleMigrationWhoseTableALaterTriggerWritesInto() throws IOException {
        new Generator().generate(V2, folder, GenerateOptions.batch().withName("log").withCustom(true));
        Files.writeString(folder.sqlFile("0003_log"), "CREATE TRIGGER `users_log` AFTER INSERT ON `users` BEGIN INSERT INTO `posts` (`title`)"
                + " VALUES (new.`name`); END;\n");
        Map<String, String> before = files();
        DropException e = assertThrows(DropException.class, () -> new Dropper(engineLog).drop(folder, new DropOptions("posts", false), local(), history));
        assertEquals("Cannot drop 0001_posts: without it, the later migrations leave trigger \"users_log\" on \"users\" (no such table: main.posts),"
                + " which can no longer be used: it uses a table or column 0001_posts makes. Drop the later migrations first (mvn db:drop drops the"
                + " latest). Nothing was changed.", e.getMessage());
        assertEquals(before, files());
    }

    /** A trigger that could not run before the drop either (db:verify names it) is not the dropped migration's doing. */
    @Test
    void aTriggerBrokenWithTheMigrationAlreadyDoesNotStopTheDrop() throws IOException {
        new Generator().generate(V2, folder, GenerateOptions.batch().withName("log").withCustom(true));
        Files.writeString(folder.sqlFile("0003_log"), "CREATE TRIGGER `users_log` AFTER INSERT ON `users` BEGIN INSERT INTO `gone` (`title`)"
                + " VALUES (new.`name`); END;\n");
        new Dropper(engineLog).drop(folder, new DropOptions("posts", false), local(), history);
        assertEquals(List.of("0000_init", "0002_email", "0003_log"), tags());
    }


    /**
     * A later custom migration creates a view the schema declares as existing (its definition left to the migration, so no snapshot
     * holds it; db:verify passes). Dropping an independent middle migration was refused: 'without it, the later migrations no
     * longer give their recorded schema (drop view "names")', which the folder as it is gives too. Only the drop's differences count.
     */
    @Test
    void aHandWrittenViewNoSnapshotHoldsDoesNotStopTheDropOfAnIndependentMigration() throws IOException {
        new Generator().generate(V2, folder, GenerateOptions.batch().withName("names").withCustom(true));
        Files.writeString(folder.sqlFile("0003_names"), "CREATE VIEW `names` AS SELECT `name` FROM `users`;\n");
        new Dropper(engineLog).drop(folder, new DropOptions("posts", false), local(), history);
        assertEquals(List.of("0000_init", "0002_email", "0003_names"), tags());
    }

}
