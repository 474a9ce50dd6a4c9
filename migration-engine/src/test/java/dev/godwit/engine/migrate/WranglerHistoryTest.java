package dev.godwit.engine.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.schema.model.SchemaDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** History tables under any name in either layout, and migrations made by {@code wrangler d1 migrations create}. */
class WranglerHistoryTest {

    @TempDir
    Path dir;

    MigrationsFolder folder;
    SqliteDatabase db;

    @BeforeEach
    void twoGeneratedAndOneWranglerMadeMigration() throws Exception {
        folder = MigrationsFolder.at(dir.resolve("migrations"));
        Generator g = new Generator();
        g.generate(new SchemaDef(List.of(MigratorTest.table("users", "name")), List.of()), folder, GenerateOptions.batch().withName("init"));
        g.generate(new SchemaDef(List.of(MigratorTest.table("users", "name", "email")), List.of()), folder, GenerateOptions.batch().withName("email"));
        // what `wrangler d1 migrations create DB seed` writes: NNNN_name.sql, a comment, then the user's SQL; no journal entry
        Files.writeString(folder.dir().resolve("0002_seed.sql"),
                "-- Migration number: 0002 \t 2026-11-30T12:00:00.000Z\nINSERT INTO users (id, name, email) VALUES (1, 'ada', 'ada@example.com');\n"
                        + "INSERT INTO users (id, name, email) VALUES (2, 'bob', 'bob@example.com');\n");
        db = SqliteDatabase.open(dir.resolve("app.sqlite"));
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        db.close();
    }

    /**
     * A data migration renamed by hand in wrangler's layout (d1_migrations keeps file names only) reads as a row the folder lacks
     * plus a pending migration under its number; the refusal's own way on, -Ddb.ignoreMissing, ran it a second time (red team).
     */
    @Test
    void aRenamedMigrationIsNotRunAgainUnderIgnoreMissing() throws Exception {
        Files.writeString(folder.dir().resolve("0003_shout.sql"), "UPDATE users SET name = name || '!';\n");
        Migrator wrangler = new Migrator(db, new HistoryTable.Wrangler("d1_migrations"), EngineLog.SILENT);
        assertEquals(List.of("0000_init", "0001_email", "0002_seed", "0003_shout"), wrangler.apply(folder, ApplyOptions.defaults()).applied());
        Files.move(folder.dir().resolve("0003_shout.sql"), folder.dir().resolve("0003_shout_names.sql"));
        MigrationException e = assertThrows(MigrationException.class, () -> wrangler.apply(folder, ApplyOptions.defaults().withIgnoreMissing(true)));
        assertTrue(e.getMessage().startsWith("The database records 0003_shout.sql (0003_shout_names.sql pending under its number), which the folder does"
                + " not have while a pending migration has its number: most likely that file renamed, and d1_migrations keeps file names only,"
                + " so applying would run it a second time (-Ddb.ignoreMissing too)."), e.getMessage());
        assertEquals(List.of(Map.of("name", "ada!"), Map.of("name", "bob!")), db.query("SELECT name FROM users ORDER BY id"), "run once");
        // renamed back, nothing is pending
        Files.move(folder.dir().resolve("0003_shout_names.sql"), folder.dir().resolve("0003_shout.sql"));
        assertEquals(List.of(), wrangler.apply(folder, ApplyOptions.defaults().withIgnoreMissing(true)).applied());
    }

    @Test
    void wranglerLayoutUnderACustomNameAppliesEverySqlFileInNameOrder() {
        ApplyResult r = new Migrator(db, new HistoryTable.Wrangler("schema_history"), EngineLog.SILENT).apply(folder, ApplyOptions.defaults());
        assertEquals(List.of("0000_init", "0001_email", "0002_seed"), r.applied());
        assertEquals(List.of(Map.of("name", "0000_init.sql"), Map.of("name", "0001_email.sql"), Map.of("name", "0002_seed.sql")),
                db.query("SELECT name FROM schema_history ORDER BY id"));
        assertEquals(List.of("id", "name", "applied_at"), db.query("SELECT name FROM pragma_table_info('schema_history')").stream()
                .map(m -> (String) m.get("name")).toList());
        assertEquals(List.of(Map.of("name", "ada"), Map.of("name", "bob")), db.query("SELECT name FROM users ORDER BY id"));
        // a second run applies nothing: wrangler's rows are matched by file name
        assertEquals(List.of(), new Migrator(db, new HistoryTable.Wrangler("schema_history"), EngineLog.SILENT).apply(folder, ApplyOptions.defaults()).applied());
    }

    @Test
    void drizzleLayoutStopsOnASqlFileWithoutJournalEntryNamingIt() {
        MigrationException e = assertThrows(MigrationException.class,
                () -> new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT).apply(folder, ApplyOptions.defaults()));
        assertEquals("SQL file(s) without a journal entry in migrations: 0002_seed.sql. drizzle's history (__drizzle_migrations) only applies"
                + " migrations listed in meta/_journal.json, so it would be skipped silently (made by `wrangler d1 migrations create`?). Bring it in:"
                + " move the SQL into a migration from mvn db:generate -Ddb.custom and delete the file; or keep wrangler's history (migrations_table"
                + " in wrangler's config, or -Ddb.migrationsTable=d1_migrations), which applies every .sql file by name.", e.getMessage());
        assertEquals(List.of(), db.query("SELECT name FROM sqlite_master WHERE type = 'table'"), "nothing was applied");
    }

    /**
     * db:status of a folder db:apply refuses first (a .sql file without a journal entry) only warned and then said nothing of
     * it as the apply's refusal: its last line now is that refusal word for word, and the database is left as it was.
     */
    @Test
    void aSqlFileWithoutJournalEntryIsTheRefusalStatusGives() {
        Migrator status = new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT);
        List<MigrationState> states = status.status(folder);
        MigrationException e = assertThrows(MigrationException.class,
                () -> new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT).apply(folder, ApplyOptions.defaults()));
        assertTrue(e.getMessage().startsWith("SQL file(s) without a journal entry in migrations: 0002_seed.sql."), e.getMessage());
        assertEquals(e.getMessage(), status.applyRefusal(states));
        assertEquals(List.of(), db.query("SELECT name FROM sqlite_master WHERE type = 'table'"), "nothing was applied");
    }

    /**
     * The same with Godwit's table there but empty (made by hand or by another run that recorded nothing): it was read as a
     * history with nothing applied, and every migration ran again over what wrangler applied.
     */
    @Test
    void anEmptyHistoryTableBesideAnotherToolsFullOneStopsBeforeAnythingChanges() {
        db.runAtomically(List.of(new HistoryTable.Wrangler("d1_migrations").createSql(), "INSERT INTO d1_migrations (name) VALUES ('0000_init.sql')"), false);
        db.runAtomically(folder.migrations().get(0).statements(), false);
        db.runAtomically(List.of(HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT).createSql()), false);
        List<Map<String, Object>> before = db.query("SELECT type, name, sql FROM sqlite_master ORDER BY name");
        Migrator drizzle = new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT);
        String expected = "The history table __drizzle_migrations, the one Godwit reads, is empty, but the database has d1_migrations, wrangler's"
                + " (`wrangler d1 migrations apply` keeps it), with 1 row(s). Godwit stops rather than take every migration for pending and run them"
                + " again over what that tool applied. If it migrated this database, read its history: -Ddb.migrationsTable=d1_migrations (or"
                + " migrations_table = \"d1_migrations\" in wrangler's config). If d1_migrations is not this folder's history, drop or rename it,"
                + " then run again. Nothing was changed.";
        assertEquals(expected, assertThrows(MigrationException.class, () -> drizzle.apply(folder, ApplyOptions.defaults())).getMessage());
        assertEquals(expected, assertThrows(MigrationException.class, () -> drizzle.status(folder)).getMessage());
        assertEquals(before, db.query("SELECT type, name, sql FROM sqlite_master ORDER BY name"), "nothing created, nothing applied");
        assertEquals(List.of(Map.of("n", 0L)), db.query("SELECT count(*) AS n FROM __drizzle_migrations"));
        // Both empty: nothing recorded anywhere, nothing to refuse.
        db.runAtomically(List.of("DELETE FROM d1_migrations"), false);
        assertTrue(drizzle.status(folder).size() > 0);
    }

    /** wrangler migrated the database; Godwit, told drizzle's table (the default), must not take every migration for pending. */
    @Test
    void aMissingHistoryTableBesideAnotherToolsOneStopsBeforeAnythingChanges() {
        db.runAtomically(List.of(new HistoryTable.Wrangler("d1_migrations").createSql(), "INSERT INTO d1_migrations (name) VALUES ('0000_init.sql')"), false);
        db.runAtomically(folder.migrations().get(0).statements(), false);
        List<Map<String, Object>> before = db.query("SELECT type, name, sql FROM sqlite_master ORDER BY name");
        Migrator drizzle = new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT);
        String expected = "The database has no history table __drizzle_migrations, the one Godwit reads, but it has d1_migrations, wrangler's"
                + " (`wrangler d1 migrations apply` keeps it), with 1 row(s). Godwit stops rather than take every migration for pending and run them"
                + " again over what that tool applied. If it migrated this database, read its history: -Ddb.migrationsTable=d1_migrations (or"
                + " migrations_table = \"d1_migrations\" in wrangler's config). If d1_migrations is not this folder's history, drop or rename it,"
                + " then run again. Nothing was changed.";
        assertEquals(expected, assertThrows(MigrationException.class, () -> drizzle.apply(folder, ApplyOptions.defaults())).getMessage());
        assertEquals(expected, assertThrows(MigrationException.class, () -> drizzle.status(folder)).getMessage());
        assertEquals(before, db.query("SELECT type, name, sql FROM sqlite_master ORDER BY name"), "nothing created, nothing applied");
        // Told the right table, it goes on from where wrangler stopped.
        ApplyResult r = new Migrator(db, HistoryTable.forName("d1_migrations"), EngineLog.SILENT).apply(folder, ApplyOptions.defaults());
        assertEquals(List.of("0001_email", "0002_seed"), r.applied());
        // An empty table of the other tool (wrangler d1 migrations list creates one) records nothing: no refusal.
        SqliteDatabase listed = SqliteDatabase.open(dir.resolve("listed.sqlite"));
        try (listed) {
            listed.runAtomically(List.of(new HistoryTable.Wrangler("d1_migrations").createSql()), false);
            assertEquals(List.of("0000_init", "0001_email"), new Migrator(listed, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT)
                    .apply(folder.migrations(), ApplyOptions.defaults()).applied());
        }
        // And the other way round: drizzle-orm's table beside a missing wrangler one.
        SqliteDatabase other = SqliteDatabase.open(dir.resolve("other.sqlite"));
        try (other) {
            new Migrator(other, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT).apply(folder.migrations().subList(0, 1), ApplyOptions.defaults());
            MigrationException e = assertThrows(MigrationException.class,
                    () -> new Migrator(other, new HistoryTable.Wrangler("D1_MIGRATIONS_OF_APP"), EngineLog.SILENT).apply(folder, ApplyOptions.defaults()));
            assertTrue(e.getMessage().startsWith("The database has no history table D1_MIGRATIONS_OF_APP, the one Godwit reads, but it has"
                    + " __drizzle_migrations, drizzle-orm's (its migrate() keeps it), with 1 row(s)."), e.getMessage());
        }
    }

    /** drizzle.config's migrations.table / migrate(db, {migrationsTable}) kept drizzle-orm's history under a name of the project's. */
    @Test
    void drizzleOrmsHistoryUnderACustomNameIsNotTakenForNone() {
        new Migrator(db, HistoryTable.forName("my_migrations"), EngineLog.SILENT).apply(folder.migrations().subList(0, 1), ApplyOptions.defaults());
        List<Map<String, Object>> before = db.query("SELECT type, name, sql FROM sqlite_master ORDER BY name");
        Migrator drizzle = new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT);
        String expected = "The database has no history table __drizzle_migrations, the one Godwit reads, but it has my_migrations, drizzle-orm's"
                + " (its migrate() keeps it), with 1 row(s). Godwit stops rather than take every migration for pending and run them"
                + " again over what that tool applied. If it migrated this database, read its history: -Ddb.migrationsTable=my_migrations";
        assertTrue(assertThrows(MigrationException.class, () -> drizzle.apply(folder, ApplyOptions.defaults())).getMessage().startsWith(expected));
        assertTrue(assertThrows(MigrationException.class, () -> drizzle.status(folder)).getMessage().startsWith(expected));
        assertEquals(before, db.query("SELECT type, name, sql FROM sqlite_master ORDER BY name"), "nothing created, nothing applied");
        assertEquals(List.of("0001_email"), new Migrator(db, HistoryTable.forName("my_migrations"), EngineLog.SILENT)
                .apply(folder.migrations(), ApplyOptions.defaults()).applied());
        // A table of the project's with those columns is no history: no SHA-256 in them, or SHA-256s (content-addressed
        // files) in a table declared as a project declares one, not as drizzle-orm's migrator does.
        SqliteDatabase own = SqliteDatabase.open(dir.resolve("own.sqlite"));
        try (own) {
            own.runAtomically(List.of("CREATE TABLE files (id serial PRIMARY KEY, hash text, created_at numeric)",
                    "INSERT INTO files VALUES (1, 'md5:0cc175b9c0f1b6a831c399e269772661', 0)",
                    "CREATE TABLE uploads (id integer PRIMARY KEY, hash text NOT NULL, created_at integer)",
                    "INSERT INTO uploads VALUES (1, '" + "ab".repeat(32) + "', 0)"), false);
            assertEquals(List.of("0000_init", "0001_email"), new Migrator(own, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT)
                    .apply(folder.migrations(), ApplyOptions.defaults()).applied());
        }
    }

    /** wrangler orders files by their leading number (compareMigrationPaths), not as text: 2_b before 10_c. */
    @Test
    void wranglersOrderIsByTheLeadingNumber() throws Exception {
        MigrationsFolder w = MigrationsFolder.at(Files.createDirectories(dir.resolve("wrangler-made")));
        for (String n : List.of("10_c.sql", "2_b.sql", "1_a.sql", "notes.sql", "0002_a.sql")) {
            Files.writeString(w.dir().resolve(n), "CREATE TABLE \"" + n + "\" (x);\n");
        }
        assertEquals(List.of("0002_a.sql", "1_a.sql", "2_b.sql", "10_c.sql", "notes.sql").stream().sorted(MigrationsFolder.WRANGLER_ORDER).toList(),
                List.of("1_a.sql", "0002_a.sql", "2_b.sql", "10_c.sql", "notes.sql"));
        ApplyResult r = new Migrator(db, new HistoryTable.Wrangler("d1_migrations"), EngineLog.SILENT).apply(w, ApplyOptions.defaults());
        assertEquals(List.of("1_a", "0002_a", "2_b", "10_c", "notes"), r.applied());
    }

    /**
     * wrangler lists migrations with minimatch's {@code *.sql} without dot files, and keeps only directory entries that are
     * files (a Dirent's isFile, false for a symbolic link): macOS's {@code ._0001_seed.sql} beside a copied file, a hidden
     * draft, a link to a file elsewhere are never applied by {@code wrangler d1 migrations apply}, so Godwit applies none of them.
     */
    @Test
    void dotFilesAndLinksAreNotMigrationsAsWranglerListsThem() throws Exception {
        MigrationsFolder w = MigrationsFolder.at(Files.createDirectories(dir.resolve("wrangler-made")));
        Files.writeString(w.dir().resolve("0001_a.sql"), "CREATE TABLE a (x);\n");
        Files.write(w.dir().resolve("._0001_a.sql"), new byte[] {0, 5, 22, 7, 0, 2, 0, 0, (byte) 0xff});   // AppleDouble: not UTF-8
        Files.writeString(w.dir().resolve(".0002_draft.sql"), "CREATE TABLE draft (x);\n");
        Path elsewhere = Files.writeString(dir.resolve("shared.sql"), "CREATE TABLE shared (x);\n");
        Files.createSymbolicLink(w.dir().resolve("0003_linked.sql"), elsewhere);
        ApplyResult r = new Migrator(db, new HistoryTable.Wrangler("d1_migrations"), EngineLog.SILENT).apply(w, ApplyOptions.defaults());
        assertEquals(List.of("0001_a"), r.applied());
        assertEquals(List.of(Map.of("name", "0001_a.sql")), db.query("SELECT name FROM d1_migrations ORDER BY id"));
        // drizzle's layout reads its journal; such files are no loose migration to stop for either
        MigrationsFolder journalled = MigrationsFolder.at(dir.resolve("migrations"));
        Files.delete(journalled.dir().resolve("0002_seed.sql"));
        Files.writeString(journalled.dir().resolve("._0000_init.sql"), "junk");
        assertEquals(List.of(), journalled.sqlFilesWithoutJournalEntry());
    }

    /**
     * A generated migration whose journal entry was lost (its checksum file is still there) is named as such: after the journal's
     * last one and chained to it, as a db:generate stopped before its last write leaves it (UnfinishedGenerateTest); one whose
     * number the journal has too, as a merge that kept one side of the journal leaves it, gets the merge's way on.
     */
    @Test
    void aGeneratedMigrationThatLostItsJournalEntryIsNamedAsSuch() throws Exception {
        Path journal = folder.journalFile();
        Files.writeString(journal, Files.readString(journal).replaceAll("(?s),\\s*\\{[^{}]*\"0001_email\"[^{}]*\\}", ""));
        Files.delete(folder.dir().resolve("0002_seed.sql"));
        MigrationException e = assertThrows(MigrationException.class,
                () -> new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT).apply(folder, ApplyOptions.defaults()));
        assertTrue(e.getMessage().startsWith("migrations/0001_email.sql is a migration db:generate wrote (migrations/meta/_sums/0001_email.sha256"
                + " records it) after the journal's last migration, 0000_init, but migrations/meta/_journal.json does not list it"), e.getMessage());
        // the merge's case: the other side's 0001 beside this side's
        Files.copy(folder.sqlFile("0001_email"), folder.dir().resolve("0001_age.sql"));
        Files.move(folder.sumFile("0001_email"), folder.sumFile("0001_age"));
        Files.delete(folder.sqlFile("0001_email"));
        Files.writeString(journal, Files.readString(journal).replace("0000_init", "0001_init"));
        Files.move(folder.dir().resolve("0000_init.sql"), folder.dir().resolve("0001_init.sql"));
        e = assertThrows(MigrationException.class,
                () -> new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT).apply(folder, ApplyOptions.defaults()));
        assertTrue(e.getMessage().startsWith("SQL file(s) without a journal entry in migrations: 0001_age. db:generate wrote it (meta/_sums has the"
                + " checksum), so the journal entry was lost"), e.getMessage());
        // the snapshot of that number too: the merge took one side of it as well, and db:rebase reads both sides there
        assertTrue(e.getMessage().contains("Restore both sides (git checkout -m -- migrations/meta/_journal.json migrations/meta/0001_snapshot.json)"
                + " and run mvn db:rebase. Nothing was applied."), e.getMessage());
    }

    @Test
    void anExistingTablesLayoutIsReadFromItsColumnsWhateverItsName() {
        // made by wrangler under a custom name; Godwit is told only the name (drizzle's layout assumed by forName)
        db.runAtomically(List.of("CREATE TABLE audit_log_migrations(id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE,"
                + " applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)", "INSERT INTO audit_log_migrations (name) VALUES ('0000_init.sql')"), false);
        db.runAtomically(folder.migrations().get(0).statements(), false);
        Migrator m = new Migrator(db, HistoryTable.forName("audit_log_migrations"), EngineLog.SILENT);
        ApplyResult r = m.apply(folder, ApplyOptions.defaults());
        assertInstanceOf(HistoryTable.Wrangler.class, m.history());
        assertEquals(List.of("0001_email", "0002_seed"), r.applied());

        // and drizzle's layout under wrangler's default name stays drizzle's
        db.runAtomically(List.of("CREATE TABLE d1_migrations (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)"), false);
        Migrator d = new Migrator(db, HistoryTable.forName("d1_migrations"), EngineLog.SILENT);
        d.status(folder);
        assertInstanceOf(HistoryTable.Drizzle.class, d.history());
    }

    @Test
    void aTableOfNeitherLayoutIsRefused() {
        db.runAtomically(List.of("CREATE TABLE history (version text, at text)"), false);
        MigrationException e = assertThrows(MigrationException.class,
                () -> new Migrator(db, HistoryTable.forName("history"), EngineLog.SILENT).apply(folder, ApplyOptions.defaults()));
        assertEquals("The history table history exists but has the columns (version, at): neither drizzle-orm's layout (id, hash, created_at)"
                + " nor wrangler's (id, name, applied_at). It is not a history table Godwit can continue: name another one with"
                + " -Ddb.migrationsTable (or migrations_table in wrangler's config).", e.getMessage());
    }
}
