package dev.godwit.engine.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import dev.godwit.engine.testing.TestTables;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.folder.Checksums;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.ApplyResult;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.MigrationException;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract of the {@link Database} port, run against every adapter (a local SQLite file, and
 * D1 through the stand-in over HTTP): typed rows, all-or-nothing batches, and the Migrator on top
 * applying, recording and rolling back the same way. Adapter-specific behaviour (request counts,
 * retries, foreign keys switched off) stays in the adapters' own tests.
 */
public abstract class DatabaseContractTest {

    @TempDir
    protected Path dir;
    protected MigrationsFolder folder;

    /** A fresh, empty database of the adapter under test. */
    protected abstract Database open();

    /** How the adapter's error names the database's message for {@code no such table: nowhere}. */
    protected abstract String noSuchTableLine();

    static TableDef table(String name, String... columns) {
        return TestTables.table(name, columns);
    }

    @BeforeEach
    void threeMigrations() {
        folder = MigrationsFolder.at(dir.resolve("drizzle"));
        Generator g = new Generator();
        g.generate(new SchemaDef(List.of(table("users", "name")), List.of()), folder, GenerateOptions.batch().withName("init"));
        g.generate(new SchemaDef(List.of(table("users", "name", "email")), List.of()), folder, GenerateOptions.batch().withName("email"));
        g.generate(new SchemaDef(List.of(table("users", "name", "email"), table("posts", "title")), List.of()), folder, GenerateOptions.batch().withName("posts"));
    }

    private ApplyResult apply(Database db, String historyTable) {
        return new Migrator(db, HistoryTable.forName(historyTable), EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
    }

    @Test
    void queryReturnsTypedRowsInColumnOrder() {
        try (Database db = open()) {
            db.runAtomically(List.of("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, score REAL, data BLOB, missing TEXT)",
                    "INSERT INTO t VALUES (1, 'Ann', 2.5, x'00ff10', NULL)"), false);
            List<Map<String, Object>> rows = db.query("SELECT name, id, score, data, missing FROM t WHERE id = ? AND name = ?", 1L, "Ann");
            assertEquals(1, rows.size());
            Map<String, Object> r = rows.get(0);
            assertEquals(List.of("name", "id", "score", "data", "missing"), List.copyOf(r.keySet()));
            assertEquals("Ann", r.get("name"));
            assertEquals(1L, r.get("id"));
            assertEquals(2.5, r.get("score"));
            assertArrayEquals(new byte[] {0, (byte) 0xff, 0x10}, (byte[]) r.get("data"));
            assertEquals(null, r.get("missing"));
            assertTrue(r.containsKey("missing"));
            assertEquals(List.of(), db.query("SELECT * FROM t WHERE id = ?", 2));
        }
    }

    /** A write says how many rows it changed in all, its triggers' and cascades' included (D1's meta.changes; SQLite's total_changes()). */
    @Test
    void aWriteSaysHowManyRowsItChangedWithWhatItsTriggersAndCascadesChanged() {
        try (Database db = open()) {
            db.runAtomically(List.of("CREATE TABLE p (id INTEGER PRIMARY KEY)", "CREATE TABLE c (p_id INTEGER REFERENCES p(id) ON DELETE CASCADE)",
                    "CREATE TABLE log (what TEXT)", "CREATE TRIGGER c_gone AFTER DELETE ON c BEGIN INSERT INTO log VALUES ('gone'); END",
                    "INSERT INTO p VALUES (1), (2)", "INSERT INTO c VALUES (1), (1)"), false);
            Database.Written alone = db.write("DELETE FROM p WHERE id = ? RETURNING id", 2L);
            assertEquals(List.of(Map.of("id", 2L)), alone.rows());
            assertEquals(1, alone.changes(), "its own row alone");
            Database.Written cascaded = db.write("DELETE FROM p WHERE id = ? RETURNING id", 1L);
            assertEquals(5, cascaded.changes(), "p's row, c's two (the cascade), log's two (c's trigger)");
            assertEquals(1, db.write("INSERT INTO p VALUES (3)").changes());
        }
    }

    @Test
    void runAtomicallyIsAllOrNothing() {
        try (Database db = open()) {
            db.runAtomically(List.of("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL);", "INSERT INTO t VALUES (1, 'a;b') -- note"), false);
            DatabaseException e = assertThrows(DatabaseException.class, () -> db.runAtomically(List.of(
                    "INSERT INTO t VALUES (2, 'c')", "CREATE TABLE u (x)", "INSERT INTO t VALUES (3, NULL)"), false));
            assertTrue(e.databaseMessage().contains("NOT NULL constraint failed: t.v"), e.databaseMessage());
            assertEquals(List.of(Map.of("id", 1L, "v", "a;b")), db.query("SELECT id, v FROM t"));
            assertEquals(List.of(), db.query("SELECT name FROM sqlite_master WHERE name = 'u'"));
        }
    }

    @Test
    void foreignKeysAreEnforcedInABatch() {
        try (Database db = open()) {
            db.runAtomically(List.of("CREATE TABLE p (id INTEGER PRIMARY KEY)",
                    "CREATE TABLE c (id INTEGER PRIMARY KEY, p_id INTEGER REFERENCES p(id))", "INSERT INTO p VALUES (1)"), false);
            assertThrows(DatabaseException.class, () -> db.runAtomically(List.of("INSERT INTO c VALUES (1, 2)"), false));
            assertEquals(List.of(), db.query("SELECT * FROM c"));
        }
    }

    @Test
    void appliesPendingMigrationsOnceAndRecordsThemAsDrizzleOrmDoes() {
        List<Migration> migrations = folder.migrations();
        try (Database db = open()) {
            assertEquals(List.of("0000_init", "0001_email", "0002_posts"), apply(db, "__drizzle_migrations").applied());
            List<Map<String, Object>> rows = db.query("SELECT id, hash, created_at FROM __drizzle_migrations ORDER BY created_at");
            assertEquals(3, rows.size());
            for (int i = 0; i < 3; i++) {
                assertEquals(null, rows.get(i).get("id"), "drizzle's id SERIAL is not a rowid alias: always NULL");
                assertEquals(Checksums.sha256Hex(migrations.get(i).sql()), rows.get(i).get("hash"));
                assertEquals(migrations.get(i).when(), rows.get(i).get("created_at"));
            }
            assertEquals(List.of(Map.of("name", "posts"), Map.of("name", "users")),
                    db.query("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE '\\_%' ESCAPE '\\' ORDER BY name"));
            assertEquals(List.of(), apply(db, "__drizzle_migrations").applied());
            assertEquals(3, db.query("SELECT * FROM __drizzle_migrations").size());
        }
    }

    @Test
    void aFailingMigrationLeavesTheDatabaseAtThePreviousMigrationAndSaysWhere() throws Exception {
        Path bad = folder.sqlFile("0002_posts");
        Files.writeString(bad, Files.readString(bad) + "--> statement-breakpoint\nINSERT INTO `nowhere` VALUES (1);");
        try (Database db = open()) {
            MigrationException e = assertThrows(MigrationException.class, () -> apply(db, "__drizzle_migrations"));
            assertEquals("Migration 0002_posts.sql failed at statement 2 of 2:\n    INSERT INTO `nowhere` VALUES (1);\n"
                    + "  " + noSuchTableLine() + "\n"
                    + "  The migration was rolled back: the database is as it was after the previous migration.\n"
                    + "  Fix the cause (the data, or the migration with mvn db:generate), then run db:apply again.", e.getMessage());
            assertTrue(db.query("SELECT name FROM sqlite_master WHERE name = 'posts'").isEmpty(), "the failing migration's CREATE TABLE was rolled back");
            assertEquals(2, db.query("SELECT * FROM __drizzle_migrations").size());
            assertEquals(List.of(Map.of("name", "email")), db.query("SELECT name FROM pragma_table_info('users') WHERE name = 'email'"));
        }
    }

    @Test
    void wranglerLayoutRecordsFileNames() {
        try (Database db = open()) {
            apply(db, "d1_migrations");
            assertEquals(List.of(Map.of("id", 1L, "name", "0000_init.sql"), Map.of("id", 2L, "name", "0001_email.sql"), Map.of("id", 3L, "name", "0002_posts.sql")),
                    db.query("SELECT id, name FROM d1_migrations ORDER BY id"));
            assertEquals(List.of(), apply(db, "d1_migrations").applied());
        }
    }
}
