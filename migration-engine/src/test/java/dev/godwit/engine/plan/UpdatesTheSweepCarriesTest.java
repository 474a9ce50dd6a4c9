package dev.godwit.engine.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.GenerateResult;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.push.Pusher;
import dev.godwit.engine.testing.BothTargets;
import dev.godwit.engine.yaml.YamlSchemaReader;
import dev.godwit.schema.model.SchemaDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild empties the old table with foreign keys on (D1, a local apply's transaction). A tree's ON DELETE SET NULL then
 * updates the table's own rows before they go (the parent row is deleted first), and that UPDATE fires the ON UPDATE
 * action of every key to those columns: a table keyed to them ON UPDATE CASCADE had its rows changed for good, though its
 * ON DELETE is NO ACTION. Found by fuzz_cases.py extended (fz136x_12, round 27): the pre-flight refused the migration.
 */
class UpdatesTheSweepCarriesTest {

    @TempDir
    Path dir;

    private static final String CATEGORIES = "  - name: categories\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n"
            + "      - {name: code, type: text}\n      - {name: parent, type: integer}\n"
            + "    foreignKeys: [{columns: [parent], references: {table: categories, columns: [id]}, onDelete: set null}]\n"
            + "    uniques: [{name: categories_code_parent, columns: [code, parent]}]\n";
    private static final String PRODUCTS = "  - name: products\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n"
            + "      - {name: category_code, type: text}\n      - {name: category_parent, type: integer}\n"
            + "    foreignKeys: [{columns: [category_code, category_parent], references: {table: categories, columns: [code, parent]}, onUpdate: cascade}]\n";
    private static final List<String> ROWS = List.of("INSERT INTO categories (id, code, parent) VALUES (1, 'tools', NULL), (2, 'saws', 1)",
            "INSERT INTO products (id, category_code, category_parent) VALUES (10, 'saws', 1)");
    private static final String PRODUCTS_QUERY = "SELECT id, category_code, category_parent FROM products";
    private static final String PRODUCTS_KEPT = "[{id=10, category_code=saws, category_parent=1}]";

    @Test
    void aTableKeyedOnUpdateCascadeToColumnsTheRebuiltTreeNullsKeepsItsRows() throws Exception {
        SchemaDef v1 = YamlSchemaReader.read("tables:\n" + CATEGORIES + PRODUCTS, "schema.yaml");
        SchemaDef v2 = YamlSchemaReader.read("tables:\n" + CATEGORIES + "    checks: [{name: categories_named, expression: \"length(code) > 0\"}]\n"
                + PRODUCTS, "schema.yaml");
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(v1, folder, GenerateOptions.batch().withName("init"));
        GenerateResult change = new Generator().generate(v2, folder, GenerateOptions.batch().withName("change"));
        BothTargets.each(dir, "generated", (db, where) -> {
            Migrator migrator = new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT);
            migrator.apply(folder.migrations().subList(0, 1), ApplyOptions.defaults());
            db.runAtomically(ROWS, false);
            migrator.apply(folder, ApplyOptions.defaults());
            assertEquals(PRODUCTS_KEPT, db.query(PRODUCTS_QUERY).toString(), where);
            assertEquals("[{id=1, code=tools, parent=null}, {id=2, code=saws, parent=1}]",
                    db.query("SELECT id, code, parent FROM categories ORDER BY id").toString(), where);
            assertEquals("[]", db.query("PRAGMA foreign_key_check").toString(), where);
        });
        String sql = Files.readString(folder.sqlFile(folder.migrations().get(1).tag()));
        // products' rows are copied aside and emptied before categories is dropped, then come back
        assertTrue(sql.indexOf("DELETE FROM `products`;") >= 0 && sql.indexOf("DELETE FROM `products`;") < sql.indexOf("DROP TABLE `categories`;"), sql);
        assertTrue(change.warnings().stream().anyMatch(w -> w.contains("also copies and restores the rows of \"products\"")), change.warnings().toString());
        BothTargets.each(dir, "pushed", (db, where) -> {
            Pusher pusher = new Pusher(db, EngineLog.SILENT, Set.of());
            pusher.push(v1, true, null);
            db.runAtomically(ROWS, false);
            pusher.push(v2, true, null);
            assertEquals(PRODUCTS_KEPT, db.query(PRODUCTS_QUERY).toString(), where);
        });
    }
}
