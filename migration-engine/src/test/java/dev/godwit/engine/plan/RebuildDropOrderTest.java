package dev.godwit.engine.plan;

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
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.preflight.Preflight;
import dev.godwit.engine.yaml.YamlSchemaReader;
import dev.godwit.schema.model.SchemaDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With foreign keys on (D1, and a local apply, which runs each migration in a transaction where PRAGMA foreign_keys=OFF does
 * nothing), DROP TABLE of a parent compiles its children's ON DELETE actions with their triggers. A migration rebuilding a
 * parent and an audit table that a child's trigger writes to dropped the audit table first, so the parent's DROP failed
 * with "no such table: main.order_log" on a real apply. Tables others reference are now dropped first.
 */
class RebuildDropOrderTest {

    @TempDir
    Path dir;

    static SchemaDef shop(String customersExtra, String logExtra) {
        return YamlSchemaReader.read("tables:\n"
                + "  - name: customers\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n      - {name: name, type: text, notNull: true}\n"
                + customersExtra
                + "  - name: orders\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n      - {name: customer_id, type: integer, notNull: true}\n"
                + "    foreignKeys: [{columns: [customer_id], references: {table: customers, columns: [id]}, onDelete: cascade}]\n"
                + "  - name: order_log\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n      - {name: what, type: text, notNull: true}\n"
                + logExtra,
                "schema.yaml");
    }

    @Test
    void aRebuildOfAParentAndOfTheTableAChildsTriggerWritesToAppliesOnARealDatabase() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(shop("", ""), folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(shop("", ""), folder, GenerateOptions.batch().withName("audit").withCustom(true));
        Path custom = folder.sqlFile("0001_audit");
        Files.writeString(custom, Files.readString(custom)
                + "CREATE TRIGGER orders_gone AFTER DELETE ON orders BEGIN INSERT INTO order_log (what) VALUES ('deleted order ' || OLD.id); END;\n");
        new Generator().generate(shop("    checks: [{name: named, expression: \"length(name) > 0\"}]\n",
                "    checks: [{name: said, expression: \"length(what) > 0\"}]\n"), folder, GenerateOptions.batch().withName("checks"));

        String sql = Files.readString(folder.sqlFile(folder.migrations().get(2).tag()));
        assertTrue(sql.indexOf("DROP TABLE `customers`;") < sql.indexOf("DROP TABLE `order_log`;"), sql);

        Path file = dir.resolve("app.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            Migrator migrator = new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT);
            migrator.apply(folder.migrations().subList(0, 2), ApplyOptions.defaults());
            db.runAtomically(List.of("INSERT INTO customers (id, name) VALUES (1, 'ann')", "INSERT INTO orders (id, customer_id) VALUES (10, 1)",
                    "INSERT INTO order_log (id, what) VALUES (1, 'opened')"), false);
            migrator.apply(folder, ApplyOptions.defaults());   // failed at DROP TABLE `customers` before

            assertEquals(3, db.query("SELECT * FROM __drizzle_migrations").size());
            assertEquals(List.of(Map.of("id", 1L, "name", "ann")), db.query("SELECT id, name FROM customers"));
            assertEquals(List.of(Map.of("id", 10L, "customer_id", 1L)), db.query("SELECT id, customer_id FROM orders"));
            assertEquals(List.of(Map.of("id", 1L, "what", "opened")), db.query("SELECT id, what FROM order_log"),
                    "the log as it was: the audit row the stash's DELETE wrote is gone with the rebuilt table's old rows");
            assertTrue(db.query("SELECT sql FROM sqlite_master WHERE name = 'order_log'").get(0).get("sql").toString().contains("length(what) > 0"));
        }
    }

    /** The shape no drop order serves (README, Limits): the log is rebuilt too and is itself a child of the rebuilt parent. */
    @Test
    void whenTheLogIsAlsoAChildOfTheRebuiltParentThePreflightSaysTheApplyFailsAndItChangesNothing() throws Exception {
        String logChild = "      - {name: customer_id, type: integer}\n"
                + "    foreignKeys: [{columns: [customer_id], references: {table: customers, columns: [id]}, onDelete: cascade}]\n";
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(shop("", logChild), folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(shop("", logChild), folder, GenerateOptions.batch().withName("audit").withCustom(true));
        Path custom = folder.sqlFile("0001_audit");
        Files.writeString(custom, Files.readString(custom)
                + "CREATE TRIGGER orders_gone AFTER DELETE ON orders BEGIN INSERT INTO order_log (what) VALUES ('deleted order ' || OLD.id); END;\n");
        new Generator().generate(shop("    checks: [{name: named, expression: \"length(name) > 0\"}]\n",
                logChild + "    checks: [{name: said, expression: \"length(what) > 0\"}]\n"), folder, GenerateOptions.batch().withName("checks"));

        Path file = dir.resolve("app.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            Migrator migrator = new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT);
            migrator.apply(folder.migrations().subList(0, 2), ApplyOptions.defaults());
            db.runAtomically(List.of("INSERT INTO customers (id, name) VALUES (1, 'ann')", "INSERT INTO orders (id, customer_id) VALUES (10, 1)",
                    "INSERT INTO order_log (id, what, customer_id) VALUES (1, 'opened', 1)"), false);
        }
        StringBuilder warned = new StringBuilder();
        Preflight.ofFile(file, false, new EngineLog() {
            @Override
            public void info(String message) {
            }

            @Override
            public void warn(String message) {
                warned.append(message).append('\n');
            }
        }).check(folder.migrations().subList(2, 3));
        assertTrue(warned.toString().startsWith("Pre-flight: 0002_checks.sql fails on a copy of "), warned.toString());
        assertTrue(warned.toString().contains(" at statement 8 of 17:\n    DROP TABLE `customers`;\n  SQLite says: [SQLITE_ERROR] SQL error or missing"
                + " database (no such table: main.order_log)\n  The apply will stop there too."), warned.toString());
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            Migrator migrator = new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT);
            MigrationException failed = assertThrows(MigrationException.class, () -> migrator.apply(folder, ApplyOptions.defaults()));
            assertTrue(failed.getMessage().contains("rolled back"), failed.getMessage());
            assertEquals(2, db.query("SELECT * FROM __drizzle_migrations").size());
            assertEquals(List.of(Map.of("id", 1L, "what", "opened")), db.query("SELECT id, what FROM order_log"));
            assertEquals(1, db.query("SELECT * FROM orders").size());
        }
    }
}
