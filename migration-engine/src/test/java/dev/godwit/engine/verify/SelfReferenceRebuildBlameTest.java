package dev.godwit.engine.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.schema.model.SchemaDef;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red-team review (round 55): drizzle-kit's rebuild of a table referencing itself ON DELETE CASCADE creates {@code __new_nodes}
 * referencing {@code nodes}, copies the rows, then drops {@code nodes}: the drop deletes its rows, and the cascade deletes every
 * copied row holding a parent. The finding blamed the copy ({@code INSERT INTO __new_nodes ... SELECT}), which loses nothing.
 */
class SelfReferenceRebuildBlameTest {

    @TempDir
    Path dir;

    private static SchemaDef nodes(String nameExtra) {
        return dev.godwit.engine.yaml.YamlSchemaReader.read("tables:\n  - name: nodes\n    columns:\n"
                + "      - {name: id, type: integer, primaryKey: true}\n      - {name: parent_id, type: integer}\n"
                + "      - {name: name, type: text" + nameExtra + "}\n"
                + "    foreignKeys: [{columns: [parent_id], references: {table: nodes, columns: [id]}, onDelete: cascade}]\n", "schema.yaml");
    }

    @Test
    void theLossIsLaidToTheDropTable() throws Exception {
        SchemaDef schema = nodes("");
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(schema, folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(schema, folder, GenerateOptions.batch().withName("rebuild").withCustom(true));
        Path file = folder.sqlFile("0001_rebuild");
        Files.writeString(file, Files.readString(file) + "\nPRAGMA foreign_keys=OFF;--> statement-breakpoint\n"
                + "CREATE TABLE `__new_nodes` (`id` integer PRIMARY KEY, `parent_id` integer, `name` text,"
                + " FOREIGN KEY (`parent_id`) REFERENCES `nodes`(`id`) ON UPDATE no action ON DELETE cascade);--> statement-breakpoint\n"
                + "INSERT INTO `__new_nodes`(\"id\", \"parent_id\", \"name\") SELECT \"id\", \"parent_id\", \"name\" FROM `nodes`;--> statement-breakpoint\n"
                + "DROP TABLE `nodes`;--> statement-breakpoint\n"
                + "ALTER TABLE `__new_nodes` RENAME TO `nodes`;--> statement-breakpoint\n"
                + "PRAGMA foreign_keys=ON;\n");
        Verifier.Verification v = Verifier.check(schema, folder);
        assertEquals(1, v.findings().size(), v.findings() + " " + v.warnings());
        String said = v.findings().get(0).message();
        assertTrue(said.contains("\n    - \"nodes\": 2 of 3 rows deleted, through 0001_rebuild.sql statement 4: DROP TABLE `nodes`;\n"), said);
    }

    /** The rebuild as above, with the new table's {@code name} column, the copy's {@code INSERT} and the value it copies into name given. */
    private Verifier.Verification rebuilt(String nameColumn, String insert, String name) throws Exception {
        SchemaDef schema = nodes("");
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(schema, folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(schema, folder, GenerateOptions.batch().withName("rebuild").withCustom(true));
        Path file = folder.sqlFile("0001_rebuild");
        Files.writeString(file, Files.readString(file) + "\nPRAGMA foreign_keys=OFF;--> statement-breakpoint\n"
                + "CREATE TABLE `__new_nodes` (`id` integer PRIMARY KEY, `parent_id` integer, " + nameColumn + ","
                + " FOREIGN KEY (`parent_id`) REFERENCES `nodes`(`id`) ON UPDATE no action ON DELETE cascade);--> statement-breakpoint\n"
                + insert + " INTO `__new_nodes`(\"id\", \"parent_id\", \"name\") SELECT \"id\", \"parent_id\", " + name + " FROM `nodes`;--> statement-breakpoint\n"
                + "DROP TABLE `nodes`;--> statement-breakpoint\n"
                + "ALTER TABLE `__new_nodes` RENAME TO `nodes`;--> statement-breakpoint\n"
                + "PRAGMA foreign_keys=ON;\n");
        return Verifier.check(schema, folder);
    }

    /**
     * A red-team follow-up: where the copy itself leaves rows out (the children's names copied as NULL, which a new NOT NULL ON CONFLICT
     * IGNORE leaves out: the roots alone are copied, and the DROP TABLE's cascade finds no child left) the DROP TABLE was named all the
     * same, as the rule took the copy to keep every row: it is named only where the copy did.
     */
    @Test
    void aCopyLeavingRowsOutThroughTheNewTablesConflictClauseIsNamed() throws Exception {
        Verifier.Verification v = rebuilt("`name` text NOT NULL ON CONFLICT IGNORE", "INSERT", "CASE WHEN \"parent_id\" IS NULL THEN \"name\" END");
        String said = String.join("\n", v.findings().stream().map(f -> f.message()).toList());
        assertTrue(said.contains("\"nodes\": 2 of 3 rows deleted, through 0001_rebuild.sql statement 3: INSERT INTO `__new_nodes`"), said);
        assertTrue(!said.contains("statement 4: DROP TABLE"), said);
    }

    /** The same with the copy's own OR IGNORE into a new UNIQUE column (every name copied as one value): named before too. */
    @Test
    void aCopyLeavingRowsOutThroughOrIgnoreIsNamed() throws Exception {
        Verifier.Verification v = rebuilt("`name` text UNIQUE", "INSERT OR IGNORE", "'same'");
        String said = String.join("\n", v.findings().stream().map(f -> f.message()).toList());
        assertTrue(said.contains("through 0001_rebuild.sql statement 3: INSERT OR IGNORE INTO `__new_nodes`"), said);
        assertTrue(!said.contains("statement 4: DROP TABLE"), said);
    }
}
