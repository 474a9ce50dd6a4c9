package dev.godwit.engine.migrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.push.Pusher;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * db:push -Dlocal added posts.views, then slug was added in code and db:generate wrote 0001 adding both: db:status said
 * "pending" (and "Not checked by db:status"), db:apply then failed "duplicate column name: views". db:status now tries the pending
 * migrations on an empty replica of the database's schema and names the statement that fails, with the way on.
 */
class SchemaTrialTest {

    @TempDir
    Path dir;

    final HistoryTable drizzle = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);

    static SchemaDef posts(String... extra) {
        List<ColumnDef> cols = new ArrayList<>(List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("title", "text").withNotNull(true)));
        for (String c : extra) cols.add(ColumnDef.of(c, "integer"));
        return new SchemaDef(List.of(new TableDef("posts", cols, null, List.of(), List.of(), List.of(), null)), List.of());
    }

    @Test
    void aPartlyPushedDatabaseIsNamedWithTheFailingStatementAndTheWayOn() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(posts(), folder, GenerateOptions.batch().withName("init"));
        Path file = dir.resolve("dev.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            new Migrator(db, drizzle, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
            db.runAtomically(List.of("INSERT INTO posts (id, title) VALUES (1, 'a')"), false);
            new Pusher(db, EngineLog.SILENT, Set.of(drizzle.name())).push(posts("views"), true, null);
        }
        new Generator().generate(posts("views", "slug"), folder, GenerateOptions.batch().withName("more"));
        byte[] before = Files.readAllBytes(file);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            Migrator migrator = new Migrator(db, drizzle, EngineLog.SILENT);
            List<MigrationState> states = migrator.status(folder);
            assertNull(migrator.applyRefusal(states));   // not the schema of a pending migration: no refusal before sending
            String fails = migrator.pendingFailure(states);
            assertTrue(fails != null && fails.startsWith("db:apply fails at 0001_more.sql, statement 1 of 2:\n    ALTER TABLE `posts` ADD `views` integer;"), fails);
            assertTrue(fails.contains("duplicate column name: views"), fails);
            assertTrue(fails.contains("bring the rest with mvn db:push -Dlocal") && fails.contains("mvn db:baseline -Dlocal -Ddb.baseline=0001_more"), fails);
        }
        assertArrayEquals(before, Files.readAllBytes(file));   // read-only: the database is not written
    }

    @Test
    void pendingMigrationsThatRunSayNothing() {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(posts(), folder, GenerateOptions.batch().withName("init"));
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("dev.sqlite"))) {
            new Migrator(db, drizzle, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
            new Generator().generate(posts("views"), folder, GenerateOptions.batch().withName("views"));
            new Generator().generate(posts("views", "slug"), folder, GenerateOptions.batch().withName("slug"));
            Migrator migrator = new Migrator(db, drizzle, EngineLog.SILENT);
            assertNull(migrator.pendingFailure(migrator.status(folder)));
        }
    }

    /** A seed row naming a parent the database has fails on the empty copy's foreign key only: no word of it (rows decide). */
    @Test
    void aFailureRowsDecideIsNotTakenForTheDatabases() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(posts(), folder, GenerateOptions.batch().withName("init"));
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("dev.sqlite"))) {
            new Migrator(db, drizzle, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
            db.runAtomically(List.of("INSERT INTO posts (id, title) VALUES (1, 'a')"), false);
            new Generator().generate(posts(), folder, GenerateOptions.batch().withName("seed").withCustom(true));
            Path custom = dir.resolve("drizzle/0001_seed.sql");
            Files.writeString(custom, Files.readString(custom) + "CREATE TABLE tags (post_id integer NOT NULL REFERENCES posts(id), tag text);\n"
                    + "--> statement-breakpoint\nINSERT INTO tags VALUES (1, 'first');\n");
            Migrator migrator = new Migrator(db, drizzle, EngineLog.SILENT);
            assertNull(migrator.pendingFailure(migrator.status(folder)));
        }
    }

    @Test
    void aTableDroppedByHandFailsALaterMigrationWithoutTheBaselineWay() {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(posts(), folder, GenerateOptions.batch().withName("init"));
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("dev.sqlite"))) {
            new Migrator(db, drizzle, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
            db.runAtomically(List.of("DROP TABLE posts"), false);
            new Generator().generate(posts("views"), folder, GenerateOptions.batch().withName("views"));
            Migrator migrator = new Migrator(db, drizzle, EngineLog.SILENT);
            String fails = migrator.pendingFailure(migrator.status(folder));
            assertTrue(fails != null && fails.contains("no such table: posts") && !fails.contains("db:baseline"), fails);
        }
    }

    /**
     * A project moved from wrangler to this history keeps wrangler's d1_migrations (a history, so left out of the schema read); a custom
     * migration that drops it (or copies its rows) runs on the database, but failed on the copy, "no such table: d1_migrations", and
     * db:status said db:apply fails there, with db:push and db:baseline as the way on.
     */
    @Test
    void aMigrationNamingAnotherHistoryTableIsNotTakenForAFailure() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(posts(), folder, GenerateOptions.batch().withName("init"));
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("dev.sqlite"))) {
            new Migrator(db, drizzle, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
            db.runAtomically(List.of("CREATE TABLE d1_migrations (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE,"
                    + " applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)", "INSERT INTO d1_migrations (name) VALUES ('0000_init.sql')"), false);
            new Generator().generate(posts(), folder, GenerateOptions.batch().withName("wrangler_history_gone").withCustom(true));
            Path custom = dir.resolve("drizzle/0001_wrangler_history_gone.sql");
            Files.writeString(custom, Files.readString(custom) + "DROP TABLE d1_migrations;\n");
            Migrator migrator = new Migrator(db, drizzle, EngineLog.SILENT);
            List<MigrationState> states = migrator.status(folder);
            assertNull(migrator.pendingFailure(states));
            migrator.apply(folder.migrations(), ApplyOptions.defaults());   // and db:apply runs it
        }
    }

    /**
     * A database whose AUTOINCREMENT tables were all dropped keeps sqlite_sequence; the copy, made without SQLite's internals and
     * with no AUTOINCREMENT table, has none. A migration clearing the dropped table's counter failed on the copy ("no such table:
     * sqlite_sequence") and db:status said db:apply fails there "so it fails on the database too"; the apply ran it (round 48).
     */
    @Test
    void aMigrationNamingAnInternalTheCopyIsMadeWithoutIsNotTakenForAFailure() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(posts(), folder, GenerateOptions.batch().withName("init"));
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("dev.sqlite"))) {
            new Migrator(db, drizzle, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
            db.runAtomically(List.of("CREATE TABLE gone (id INTEGER PRIMARY KEY AUTOINCREMENT)", "INSERT INTO gone DEFAULT VALUES", "DROP TABLE gone"), false);
            new Generator().generate(posts(), folder, GenerateOptions.batch().withName("counter_gone").withCustom(true));
            Path custom = dir.resolve("drizzle/0001_counter_gone.sql");
            Files.writeString(custom, Files.readString(custom) + "DELETE FROM sqlite_sequence WHERE name = 'gone';\n");
            Migrator migrator = new Migrator(db, drizzle, EngineLog.SILENT);
            assertNull(migrator.pendingFailure(migrator.status(folder)));
            migrator.apply(folder.migrations(), ApplyOptions.defaults());   // and db:apply runs it
        }
    }

    /**
     * A trigger's RAISE whose words hold "already exists" is the trigger author's, not SQLite's: on the empty copy it fired where
     * the database's rows do not make it (its WHEN reads other rows), and db:status said db:apply fails there.
     */
    @Test
    void aRaiseSayingAlreadyExistsIsNotTakenForTheSchemas() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(posts(), folder, GenerateOptions.batch().withName("init"));
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("dev.sqlite"))) {
            new Migrator(db, drizzle, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
            db.runAtomically(List.of("CREATE TABLE seeded (done integer)", "INSERT INTO seeded VALUES (0)",
                    "CREATE TRIGGER posts_once BEFORE INSERT ON posts WHEN NOT EXISTS (SELECT 1 FROM seeded WHERE done = 0)"
                            + " BEGIN SELECT RAISE(ABORT, 'the seed already exists'); END"), false);
            new Generator().generate(posts(), folder, GenerateOptions.batch().withName("seed").withCustom(true));
            Path custom = dir.resolve("drizzle/0001_seed.sql");
            Files.writeString(custom, Files.readString(custom) + "INSERT INTO posts (id, title) VALUES (1, 'hello');\n");
            Migrator migrator = new Migrator(db, drizzle, EngineLog.SILENT);
            assertNull(migrator.pendingFailure(migrator.status(folder)));
            migrator.apply(folder.migrations(), ApplyOptions.defaults());   // and db:apply runs it
        }
    }

    /**
     * A STRICT table takes only the column types INT, INTEGER, REAL, TEXT, BLOB and ANY: a pending migration adding a varchar(20)
     * column to one fails on the database, whatever its rows ("unknown datatype for kv.c"). db:push predicted it; db:status said a
     * bare "pending" and db:apply then failed (round 50's note). The copy is made STRICT (the table's stored CREATE), so it fails there.
     */
    @Test
    void aTypeAStrictTableRefusesIsNamedWithTheStatement() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(posts(), folder, GenerateOptions.batch().withName("init"));
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("dev.sqlite"))) {
            new Migrator(db, drizzle, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
            db.runAtomically(List.of("CREATE TABLE kv (k TEXT PRIMARY KEY, v TEXT) STRICT"), false);
            new Generator().generate(posts(), folder, GenerateOptions.batch().withName("kv_note").withCustom(true));
            Path custom = dir.resolve("drizzle/0001_kv_note.sql");
            Files.writeString(custom, Files.readString(custom) + "ALTER TABLE kv ADD note varchar(20);\n");
            Migrator migrator = new Migrator(db, drizzle, EngineLog.SILENT);
            String fails = migrator.pendingFailure(migrator.status(folder));
            assertTrue(fails != null && fails.startsWith("db:apply fails at 0001_kv_note.sql, statement 1 of 1:\n    ALTER TABLE kv ADD note varchar(20);"), fails);
            assertTrue(fails.contains("unknown datatype for kv.note"), fails);
            assertTrue(fails.contains("STRICT") && fails.contains("INT, INTEGER, REAL, TEXT, BLOB") && !fails.contains("db:baseline"), fails);
        }
    }

    /**
     * db:apply with nothing pending on a database whose history records a migration the folder lacks (another branch's): it said
     * "is up to date (1 migration applied)" beside a history of 2. It says what is true, as db:status's MISSING row does.
     */
    @Test
    void nothingToApplyBesideARowTheFolderLacksIsNotCalledUpToDate() {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(posts(), folder, GenerateOptions.batch().withName("init"));
        List<String> said = new ArrayList<>();
        EngineLog log = new EngineLog() {
            @Override
            public void info(String message) {
                said.add(message);
            }

            @Override
            public void warn(String message) {
                said.add(message);
            }
        };
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("dev.sqlite"))) {
            new Migrator(db, drizzle, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
            db.runAtomically(List.of("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('" + "cd".repeat(32) + "', 1999999999999)"), false);
            new Migrator(db, drizzle, log).apply(folder.migrations(), ApplyOptions.defaults());
        }
        String last = said.get(said.size() - 1);
        assertTrue(last.startsWith("Nothing to apply to ") && last.endsWith(": the folder's 1 migration is applied, and its history records 1 migration"
                + " the folder does not have (MISSING in db:status: applied from another branch?), named above."), said.toString());
    }
}
