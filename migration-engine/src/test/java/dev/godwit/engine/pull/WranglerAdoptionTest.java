package dev.godwit.engine.pull;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.baseline.BaselineOptions;
import dev.godwit.engine.baseline.Baseliner;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.FolderCheck;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.repair.RepairOptions;
import dev.godwit.engine.repair.Repairer;
import dev.godwit.engine.testing.RecordingLog;
import dev.godwit.engine.testing.TestTables;
import dev.godwit.schema.model.SchemaDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Workers project that so far ran wrangler's own migrations ({@code migrations/0001_x.sql} from {@code wrangler d1 migrations
 * create}, applied into {@code d1_migrations}) adopts Godwit. A trial following the messages met a dead end: told to set
 * {@code migrations_dir = "migrations"}, it had db:pull and db:generate refuse that folder file by file, with advice (move each
 * file out, paste it into a custom migration) that renumbers files wrangler applied, and "keep such a file as it is" beside it.
 * The folder is now named as wrangler's, once, with the way on; this test follows that way on two databases (the dev one the
 * pull reads, and another at the same point, as remote D1 is) and checks that wrangler, which reads the same folder and table
 * afterwards, would find nothing pending on either: every file of the new folder recorded by name, none twice.
 */
class WranglerAdoptionTest {

    @TempDir
    Path dir;

    static final String USERS = "CREATE TABLE users (\n  id INTEGER PRIMARY KEY AUTOINCREMENT,\n  email TEXT NOT NULL UNIQUE,\n  name TEXT NOT NULL\n);\n";
    static final String POSTS = "CREATE TABLE posts (\n  id INTEGER PRIMARY KEY AUTOINCREMENT,\n  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,\n"
            + "  title TEXT NOT NULL\n);\nCREATE INDEX posts_user_idx ON posts(user_id);\n";
    static final String BIO = "ALTER TABLE users ADD COLUMN bio TEXT;\nINSERT INTO users (email, name) VALUES ('a@example.com', 'Ann');\n";

    /** A database as wrangler d1 migrations apply leaves it after the three files. */
    private SqliteDatabase wranglerMigrated(String name) {
        SqliteDatabase db = SqliteDatabase.open(dir.resolve(name));
        List<String> sql = new ArrayList<>(List.of("CREATE TABLE d1_migrations(id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE,"
                + " applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)"));
        sql.addAll(List.of(USERS, POSTS.split(";\n")[0], POSTS.split(";\n")[1], BIO.split(";\n")[0], BIO.split(";\n")[1]));
        for (String f : List.of("0001_create_users.sql", "0002_create_posts.sql", "0003_add_user_bio.sql")) {
            sql.add("INSERT INTO d1_migrations (name) VALUES ('" + f + "')");
        }
        db.runAtomically(sql, false);
        return db;
    }

    private static List<String> rows(SqliteDatabase db) {
        return db.query("SELECT name FROM d1_migrations ORDER BY id").stream().map(r -> String.valueOf(r.get("name"))).toList();
    }

    /** What wrangler d1 migrations apply would apply: every .sql file of the folder its table does not name. */
    private static List<String> wranglerPending(SqliteDatabase db, MigrationsFolder folder) throws Exception {
        List<String> recorded = rows(db);
        try (var files = Files.list(folder.dir())) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".sql") && !recorded.contains(n)).sorted().toList();
        }
    }

    @Test
    void wranglersFolderIsNamedOnceWithTheWayOnAndTheWayOnWorks() throws Exception {
        MigrationsFolder wranglers = MigrationsFolder.at(dir.resolve("migrations"));
        Files.createDirectories(wranglers.dir());
        Files.writeString(wranglers.dir().resolve("0001_create_users.sql"), "-- Migration number: 0001 \t users\n" + USERS);
        Files.writeString(wranglers.dir().resolve("0002_create_posts.sql"), POSTS);
        Files.writeString(wranglers.dir().resolve("0003_add_user_bio.sql"), BIO);
        assertEquals(List.of("migrations holds 3 .sql file(s) (0001_create_users.sql ... 0003_add_user_bio.sql) and no meta/_journal.json:"
                + " wrangler's layout (wrangler d1 migrations create), with no snapshots for db:generate to diff against or db:pull to start"
                + " from. Leave these files as they are: a database wrangler migrated records them by file name in d1_migrations, and moved or"
                + " renamed they would run there again. db:status, db:apply and db:repair work on this folder as wrangler does, with wrangler's"
                + " history (migrations_table = \"d1_migrations\" in wrangler's config, or -Ddb.migrationsTable=d1_migrations). To write"
                + " migrations with Godwit, give it a folder of its own, which wrangler then reads instead: bring every database up to date with"
                + " wrangler d1 migrations apply, set migrations_dir = \"drizzle\" and migrations_table = \"d1_migrations\" in the binding of"
                + " wrangler's config (in each environment's too), run mvn db:pull -Dlocal (the schema classes and drizzle/0000_pulled.sql, the"
                + " whole schema, recorded as applied there), then mvn db:repair on each database (it replaces the rows of these files with the"
                + " baseline's). See \"Moving a wrangler project to Godwit\" in Godwit's README"), FolderCheck.problems(wranglers));
        // the files are read as wrangler reads them where they are: db:status and db:apply with wrangler's history
        HistoryTable wrangler = HistoryTable.forName(HistoryTable.WRANGLER_DEFAULT);
        MigrationsFolder drizzle = MigrationsFolder.at(dir.resolve("drizzle"));
        try (SqliteDatabase devDb = wranglerMigrated("dev.sqlite"); SqliteDatabase remote = wranglerMigrated("remote.sqlite")) {
            assertEquals(List.of(), new Migrator(devDb, wrangler, EngineLog.SILENT).apply(Migrator.local(wranglers, wrangler), ApplyOptions.defaults()).applied());

            // the way on: a folder of Godwit's own, wrangler's table; pull the dev database, then repair it
            RecordingLog log = new RecordingLog();
            new Puller(devDb, wrangler, log).pull(dir.resolve("src"), "com.acme.schema", drizzle, false);
            assertTrue(log.lines().stream().anyMatch(l -> l.contains("remove them with mvn db:repair -Dlocal.")), log.lines().toString());
            new Repairer(EngineLog.SILENT).repair(drizzle, devDb, wrangler, new RepairOptions(true, null));
            assertEquals(List.of("0000_pulled.sql"), rows(devDb));
            assertEquals(List.of(), wranglerPending(devDb, drizzle));

            // the other database: db:baseline names db:repair, which records the baseline there (its schema is the baseline's)
            var refused = assertThrows(RuntimeException.class, () -> new Baseliner(EngineLog.SILENT).baseline(drizzle, remote, wrangler,
                    new BaselineOptions("0000_pulled", false)));
            assertTrue(refused.getMessage().contains("they come from another migrations folder. Run mvn db:repair"), refused.getMessage());
            new Repairer(EngineLog.SILENT).repair(drizzle, remote, wrangler, new RepairOptions(true, null));
            assertEquals(List.of("0000_pulled.sql"), rows(remote));

            // a schema change, generated and applied to both: each runs once, and wrangler finds nothing left to apply
            SchemaDef pulled = drizzle.readSnapshot(drizzle.snapshotFile("0000_pulled")).schema();
            var tables = new ArrayList<>(pulled.tables());
            tables.add(TestTables.table("audit", "what"));
            new Generator().generate(new SchemaDef(tables, pulled.views()), drizzle, GenerateOptions.batch().withName("audit"));
            for (SqliteDatabase db : List.of(devDb, remote)) {
                assertEquals(List.of("0001_audit"), new Migrator(db, wrangler, EngineLog.SILENT).apply(Migrator.local(drizzle, wrangler),
                        ApplyOptions.defaults()).applied());
                assertEquals(List.of("0000_pulled.sql", "0001_audit.sql"), rows(db));
                assertEquals(List.of(), wranglerPending(db, drizzle));
                assertEquals(1L, ((Number) db.query("SELECT count(*) AS n FROM users").get(0).get("n")).longValue(), "rows kept");
            }
            // a new database (CI, a new environment) gets the whole schema from the new folder alone, as wrangler would apply it
            try (SqliteDatabase fresh = SqliteDatabase.open(dir.resolve("fresh.sqlite"))) {
                assertEquals(List.of("0000_pulled", "0001_audit"), new Migrator(fresh, wrangler, EngineLog.SILENT).apply(
                        Migrator.local(drizzle, wrangler), ApplyOptions.defaults()).applied());
            }
        }
    }
    /**
     * The dev database pulled, a change generated before its db:repair: wrangler's 0001_create_users.sql row and the new
     * 0001_audit share a number, so db:repair checks it for a rename (the schema says no) and says why beside that row. The same
     * reason, "a pending migration has its number", was listed beside 0002 and 0003 too, which no pending migration shares.
     */
    @Test
    void repairSaysWhyARowWasNotTakenForARenameOnlyBesideTheRowThatSharesANumber() throws Exception {
        HistoryTable wrangler = HistoryTable.forName(HistoryTable.WRANGLER_DEFAULT);
        MigrationsFolder drizzle = MigrationsFolder.at(dir.resolve("drizzle"));
        try (SqliteDatabase devDb = wranglerMigrated("dev.sqlite")) {
            new Puller(devDb, wrangler, EngineLog.SILENT).pull(dir.resolve("src"), "com.acme.schema", drizzle, false);
            SchemaDef pulled = drizzle.readSnapshot(drizzle.snapshotFile("0000_pulled")).schema();
            var tables = new ArrayList<>(pulled.tables());
            tables.add(TestTables.table("audit", "what"));
            new Generator().generate(new SchemaDef(tables, pulled.views()), drizzle, GenerateOptions.batch().withName("audit"));
            RecordingLog log = new RecordingLog();
            new Repairer(log).repair(drizzle, devDb, wrangler, new RepairOptions(true, null));
            List<String> listed = log.lines().stream().flatMap(l -> l.lines()).filter(l -> l.startsWith("  - ")).toList();
            assertEquals(3, listed.size(), listed.toString());
            assertTrue(listed.get(0).startsWith("  - remove the row of 0001_create_users.sql from d1_migrations: no such migration in drizzle (a pending"
                    + " migration has its number, but the database's schema differs from drizzle/meta/0001_snapshot.json (table missing: \"audit\")"),
                    listed.toString());
            assertEquals(List.of("  - remove the row of 0002_create_posts.sql from d1_migrations: no such migration in drizzle",
                    "  - remove the row of 0003_add_user_bio.sql from d1_migrations: no such migration in drizzle"), listed.subList(1, 3));
            assertEquals(List.of("0001_audit"), new Migrator(devDb, wrangler, EngineLog.SILENT).apply(Migrator.local(drizzle, wrangler),
                    ApplyOptions.defaults()).applied());
        }
    }
    /**
     * A teammate's database wrangler left behind (0001 and 0002 applied, not 0003), met after the switch to the new folder: db:repair
     * removed wrangler's rows and recorded nothing (its schema is not the baseline's), and db:apply then ran 0000_pulled and failed
     * on "table users already exists", with the rows telling what had run gone. Refused now, nothing changed, with the way on.
     */
    @Test
    void repairRefusesToEmptyTheHistoryOfADatabaseLeftBehindThePullsPoint() throws Exception {
        HistoryTable wrangler = HistoryTable.forName(HistoryTable.WRANGLER_DEFAULT);
        MigrationsFolder drizzle = MigrationsFolder.at(dir.resolve("drizzle"));
        try (SqliteDatabase devDb = wranglerMigrated("dev.sqlite"); SqliteDatabase behind = SqliteDatabase.open(dir.resolve("behind.sqlite"))) {
            new Puller(devDb, wrangler, EngineLog.SILENT).pull(dir.resolve("src"), "com.acme.schema", drizzle, false);
            behind.runAtomically(List.of("CREATE TABLE d1_migrations(id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE, applied_at TIMESTAMP"
                    + " DEFAULT CURRENT_TIMESTAMP NOT NULL)", USERS, POSTS.split(";\n")[0], POSTS.split(";\n")[1],
                    "INSERT INTO d1_migrations (name) VALUES ('0001_create_users.sql'), ('0002_create_posts.sql')"), false);
            var e = assertThrows(RuntimeException.class, () -> new Repairer(EngineLog.SILENT).repair(drizzle, behind, wrangler,
                    new RepairOptions(true, null)));
            assertEquals("local SQLite file " + dir.resolve("behind.sqlite") + " records in d1_migrations only migrations drizzle does not have"
                    + " (0001_create_users.sql, 0002_create_posts.sql), and holds tables 0000_pulled.sql creates (\"users\", \"posts\") without its"
                    + " schema (drizzle/meta/0000_snapshot.json: column missing: \"users\".\"bio\"): it is behind the point 0000_pulled was made at."
                    + " With those rows removed, db:apply would run 0000_pulled on it and fail on \"already exists\", and nothing would tell which"
                    + " of those migrations ran here. Bring it up to that point first with the migrations it lacks, from where those rows come from"
                    + " (files of wrangler's own folder: wrangler d1 migrations apply with that folder, or wrangler d1 execute with --file), then"
                    + " run db:repair again; a development database can be started afresh instead (delete it, and db:apply builds it from"
                    + " drizzle). Nothing was changed.", e.getMessage());
            assertEquals(List.of("0001_create_users.sql", "0002_create_posts.sql"), rows(behind));
            // the way on works: the file it lacks run (wrangler d1 execute --file), then db:repair records the baseline, db:apply the rest
            behind.runAtomically(List.of(BIO.split(";\n")[0], BIO.split(";\n")[1]), false);
            new Repairer(EngineLog.SILENT).repair(drizzle, behind, wrangler, new RepairOptions(true, null));
            assertEquals(List.of("0000_pulled.sql"), rows(behind));
        }
    }
}
