package dev.godwit.engine.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.testing.BothTargets;
import dev.godwit.engine.yaml.YamlSchemaReader;
import dev.godwit.schema.model.SchemaDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuilt table whose column becomes unique in the same migration that adds a foreign key to it (from a new table, or from a
 * column added to a table that keeps its rows). Where foreign keys are on (D1, a transaction) SQLite refuses to drop the old
 * table while such a key exists, since the old table has no key on that column ("foreign key mismatch"); the first random
 * cases of tools/oracle/fuzz.sh found it. The key's table is created, or rebuilt, once the new parent and its index stand.
 * Applied locally and on the D1 stand-in, with rows in every table.
 */
class KeysTheRebuildMakesTest {

    @TempDir
    Path dir;

    /**
     * groups: code becomes unique while the table is rebuilt (note retyped). Its key to itself (ON DELETE CASCADE) is what makes
     * the drop fail: the drop's own delete skips the check, but the delete it cascades to does not.
     */
    static String groups(boolean after, String extra) {
        return "  - name: groups\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n"
                + "      - {name: parent_id, type: integer, references: {table: groups, column: id, onDelete: cascade}}\n"
                + "      - {name: code, type: text" + (after ? ", unique: true" : "") + "}\n"
                + "      - {name: note, type: " + (after ? "text" : "integer") + "}\n" + extra;
    }

    static final String MEMBERS_BEFORE = "  - name: members\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n";
    static final String MEMBERS_AFTER = MEMBERS_BEFORE + "      - {name: group_code, type: text, references: {table: groups, column: code, onDelete: cascade}}\n";
    static final String BADGES = "  - name: badges\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n"
            + "      - {name: group_code, type: text}\n"
            + "    foreignKeys: [{columns: [group_code], references: {table: groups, columns: [code]}, onDelete: cascade}]\n";

    @Test
    void aNewTableNamingTheColumnIsCreatedAfterTheRebuild() throws Exception {
        String sql = applyBothWays("new", "tables:\n" + groups(false, ""), "tables:\n" + groups(true, "") + BADGES,
                "INSERT INTO badges (id, group_code) VALUES (5, 'b')", "SELECT id, group_code FROM badges", "[{id=5, group_code=b}]");
        assertTrue(sql.indexOf("CREATE TABLE `badges`") > sql.indexOf("CREATE UNIQUE INDEX `groups_code_unique`"), sql);
    }

    @Test
    void aTableGainingAKeyToTheColumnIsRebuiltAfterItsParent() throws Exception {
        String sql = applyBothWays("inline", "tables:\n" + groups(false, "") + MEMBERS_BEFORE, "tables:\n" + groups(true, "") + MEMBERS_AFTER,
                "UPDATE members SET group_code = 'a' WHERE id = 1", "SELECT id, group_code FROM members ORDER BY id",
                "[{id=1, group_code=a}, {id=2, group_code=null}]");
        assertTrue(sql.indexOf("CREATE TABLE `members`") > sql.indexOf("CREATE UNIQUE INDEX `groups_code_unique`"), sql);
    }

    @Test
    void aNewTableTheRebuiltOneAlsoNamesIsCreatedBeforeRowsComeBack() throws Exception {
        String toBadges = "      - {name: badge_id, type: integer, references: {table: badges, column: id}}\n";
        String sql = applyBothWays("cycle", "tables:\n" + groups(false, ""),
                "tables:\n" + groups(true, "").replace("      - {name: note, type: text}\n", "      - {name: note, type: text}\n" + toBadges) + BADGES,
                "INSERT INTO badges (id, group_code) VALUES (5, 'b')", "SELECT id, group_code FROM badges", "[{id=5, group_code=b}]");
        assertTrue(sql.indexOf("CREATE TABLE `badges`") > sql.indexOf("DROP TABLE `groups`"), sql);
    }

    /**
     * Generates both schemas, applies the first with rows (groups a, b, c; members 1 and 2), then the step locally and on the D1
     * stand-in, then {@code write} (which needs code's new unique index): the step's SQL, after checking both databases read
     * {@code expected} and kept every group.
     */
    private String applyBothWays(String name, String before, String after, String write, String query, String expected) throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve(name));
        new Generator().generate(YamlSchemaReader.read(before, "schema.yaml"), folder, GenerateOptions.batch().withName("init"));
        SchemaDef next = YamlSchemaReader.read(after, "schema.yaml");
        GenerateResult r = new Generator().generate(next, folder, GenerateOptions.batch().withName("step").withAcceptDataLoss(true));
        BothTargets.each(dir, name, (db, where) -> {
            Migrator migrator = new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT);
            migrator.apply(folder.migrations().subList(0, 1), ApplyOptions.defaults());
            List<String> rows = new java.util.ArrayList<>(List.of("INSERT INTO groups (id, parent_id, code, note) VALUES (1, NULL, 'a', 10), (2, 1, 'b', 20), (3, 1, 'c', NULL)"));
            if (before.contains("members")) rows.add("INSERT INTO members (id) VALUES (1), (2)");
            db.runAtomically(rows, false);
            migrator.apply(folder, ApplyOptions.defaults());
            db.runAtomically(List.of(write), false);
            assertEquals(expected, db.query(query).toString(), where);
            assertEquals("[{id=1, parent_id=null, code=a, note=10}, {id=2, parent_id=1, code=b, note=20}, {id=3, parent_id=1, code=c, note=null}]",
                    db.query("SELECT id, parent_id, code, note FROM groups ORDER BY id").toString(), where);
            assertEquals("[]", db.query("PRAGMA foreign_key_check").toString(), where);
        });
        return Files.readString(r.sqlFile());
    }
}
