package dev.godwit.engine.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.d1.D1Database;
import dev.godwit.engine.d1.D1Settings;
import dev.godwit.engine.d1.D1StandIn;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.preflight.Preflight;
import dev.godwit.engine.testing.BothTargets;
import dev.godwit.engine.testing.RecordingLog;
import dev.godwit.engine.yaml.YamlSchemaReader;
import dev.godwit.schema.model.SchemaDef;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dropping a parent table whose children stay (ON DELETE CASCADE, SET NULL, SET DEFAULT): where foreign keys are on (D1, a
 * migration's transaction) a DROP TABLE deletes the parent's rows first and fires those actions. Godwit's SQL takes each
 * surviving child's foreign key away first (a rebuild, the schema may not name a dropped table), and drops the parent after,
 * so no child row goes, is nulled or defaulted: db:generate's data-loss list names the dropped tables only, and that is all
 * that goes. Checked on rows, locally, on the D1 stand-in, and by the pre-flight.
 */
class DroppedParentsChildrenTest {

    @TempDir
    Path dir;

    static String table(String name, String columns, String foreignKey) {
        return "  - name: " + name + "\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n" + columns
                + (foreignKey.isEmpty() ? "" : "    foreignKeys: [{" + foreignKey + "}]\n");
    }

    static final String TO_CUSTOMERS = "      - {name: customer_id, type: integer}\n";

    /** customers; orders (CASCADE) and its items (CASCADE); notes (SET NULL); flags (SET DEFAULT 1). */
    static SchemaDef shop(boolean dropped) {
        String customers = "columns: [customer_id], references: {table: customers, columns: [id]}, onDelete: ";
        return YamlSchemaReader.read("tables:\n"
                + (dropped ? "" : table("customers", "      - {name: name, type: text}\n", "")
                        + table("orders", TO_CUSTOMERS, customers + "cascade"))
                + table("items", "      - {name: order_id, type: integer}\n",
                        dropped ? "" : "columns: [order_id], references: {table: orders, columns: [id]}, onDelete: cascade")
                + table("notes", TO_CUSTOMERS, dropped ? "" : customers + "set null")
                + table("flags", "      - {name: customer_id, type: integer, default: 1}\n", dropped ? "" : customers + "set default"),
                "schema.yaml");
    }

    @Test
    void theDataLossListNamesTheDroppedTablesAndEveryChildThatStaysKeepsItsRows() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(shop(false), folder, GenerateOptions.batch().withName("init"));
        DataLossException refused = assertThrows(DataLossException.class, () -> new Generator().generate(shop(true), folder, GenerateOptions.batch()));
        assertEquals(List.of("drop table \"customers\" and all its rows", "drop table \"orders\" and all its rows"), refused.changes());
        new Generator().generate(shop(true), folder, GenerateOptions.batch().withName("no_customers").withAcceptDataLoss(true));

        Path file = dir.resolve("app.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            seeded(db, folder);
        }
        RecordingLog preflightLog = new RecordingLog();
        Preflight.ofFile(file, false, preflightLog).check(folder.migrations().subList(1, 2));
        // the copy's children keep every row (the dropped tables' rows are the loss db:generate had acknowledged)
        assertEquals(1, preflightLog.lines().size(), preflightLog.lines().toString());
        assertTrue(preflightLog.lines().get(0).matches("INFO Pre-flight: ran 1 pending migration\\(s\\) on a copy of .*app\\.sqlite \\(its rows as they"
                + " are now\\), 6 row\\(s\\) in 5 table\\(s\\): no rows removed or rewritten in the tables they keep; they drop \"customers\" \\(2 rows\\),"
                + " \"orders\" \\(1 row\\), the rows they held \\(\\d+ ms\\)\\."), preflightLog.lines().get(0));
        for (boolean d1 : List.of(false, true)) {
            try (D1StandIn standIn = d1 ? D1StandIn.start(dir.resolve("d1.sqlite"), "acc", "db1", "token-123456") : null;
                 Database db = d1 ? new D1Database(new D1Settings("acc", "db1", "token-123456", standIn.endpoint())) : SqliteDatabase.open(file)) {
                if (d1) seeded(db, folder);
                new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT).apply(folder, ApplyOptions.defaults());
                assertEquals(List.of(), db.query("SELECT name FROM sqlite_master WHERE name IN ('customers', 'orders')"));
                assertEquals("[{id=100, order_id=10}]", db.query("SELECT id, order_id FROM items").toString());
                assertEquals("[{id=7, customer_id=2}]", db.query("SELECT id, customer_id FROM notes").toString());
                assertEquals("[{id=8, customer_id=2}]", db.query("SELECT id, customer_id FROM flags").toString());
            }
        }
    }

    /**
     * A dropped parent that is also a child of both its surviving children: of one ON DELETE CASCADE, of the other NO ACTION.
     * It goes after the rebuild that takes their keys to it away, so its rows are still there when the rebuild drops the
     * children: dropping the first cascaded into its rows, and deleting one needs the table it names, the other child, which
     * the rebuild had dropped already ("no such table: main.tags", with foreign keys on). Found by tools/oracle/fuzz.sh.
     */
    @Test
    void aDroppedParentThatCascadesFromOneSurvivorAndNamesAnotherKeepsTheirRows() throws Exception {
        // each survivor also names itself (SET NULL), so both compile actions when dropped and either may go first
        String survivors = "  - name: notes\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n"
                + "      - {name: body, type: text}\n      - {name: up_id, type: integer, references: {table: notes, column: id, onDelete: set null}}\n%s"
                + "  - name: tags\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n"
                + "      - {name: label, type: text}\n      - {name: up_id, type: integer, references: {table: tags, column: id, onDelete: set null}}\n%s";
        String before = "tables:\n" + survivors.formatted(
                "      - {name: hub_id, type: integer, references: {table: hubs, column: id, onDelete: set null}}\n",
                "      - {name: hub_id, type: integer, references: {table: hubs, column: id, onDelete: cascade}}\n")
                + "  - name: hubs\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n"
                + "      - {name: note_id, type: integer, references: {table: notes, column: id, onDelete: cascade}}\n"
                + "      - {name: tag_id, type: integer, references: {table: tags, column: id}}\n";
        String after = "tables:\n" + survivors.formatted("      - {name: hub_id, type: integer}\n", "      - {name: hub_id, type: integer}\n");
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("hubs"));
        new Generator().generate(YamlSchemaReader.read(before, "schema.yaml"), folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(YamlSchemaReader.read(after, "schema.yaml"), folder, GenerateOptions.batch().withName("no_hubs").withAcceptDataLoss(true));
        BothTargets.each(dir, "hubs", (db, where) -> {
            Migrator migrator = new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT);
            migrator.apply(folder.migrations().subList(0, 1), ApplyOptions.defaults());
            db.runAtomically(List.of("INSERT INTO notes (id, body) VALUES (1, 'n1'), (2, 'n2')", "INSERT INTO tags (id, label) VALUES (5, 't5'), (6, 't6')",
                    "INSERT INTO hubs (id, note_id, tag_id) VALUES (10, 1, 5), (11, 2, 6)",
                    "UPDATE notes SET hub_id = 10", "UPDATE tags SET hub_id = 11"), false);
            migrator.apply(folder, ApplyOptions.defaults());
            assertEquals("[{id=1, body=n1, hub_id=10}, {id=2, body=n2, hub_id=10}]", db.query("SELECT id, body, hub_id FROM notes ORDER BY id").toString(), where);
            assertEquals("[{id=5, label=t5, hub_id=11}, {id=6, label=t6, hub_id=11}]", db.query("SELECT id, label, hub_id FROM tags ORDER BY id").toString(), where);
            assertEquals(List.of(), db.query("SELECT name FROM sqlite_master WHERE name = 'hubs'"), where);
        });
    }

    /** The first migration applied, and rows in every table that reference customer 2 and its order. */
    private static void seeded(Database db, MigrationsFolder folder) {
        new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT).apply(folder.migrations().subList(0, 1), ApplyOptions.defaults());
        db.runAtomically(List.of("INSERT INTO customers (id, name) VALUES (1, 'ann'), (2, 'bo')", "INSERT INTO orders (id, customer_id) VALUES (10, 2)",
                "INSERT INTO items (id, order_id) VALUES (100, 10)", "INSERT INTO notes (id, customer_id) VALUES (7, 2)",
                "INSERT INTO flags (id, customer_id) VALUES (8, 2)"), false);
    }
}
