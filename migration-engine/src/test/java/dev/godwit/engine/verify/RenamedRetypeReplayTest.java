package dev.godwit.engine.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.yaml.YamlSchemaReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * db:verify's replay gives a column a migration retypes values that show it (RetypedColumnsReplayTest); it matched the
 * columns before and after the migration by name, so a column renamed in the same migration (ALTER TABLE ... RENAME COLUMN
 * before the rebuild, as db:generate and drizzle-kit write a rename with a retype) was never given them: no warning, no loss.
 */
class RenamedRetypeReplayTest {

    @TempDir
    Path dir;

    private static final String BEFORE = "tables:\n  - name: prices\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n"
            + "      - {name: code, type: text, notNull: true}\n";

    /** Both migrations written by db:generate, the second's checksum gone: as drizzle-kit writes the same SQL, acknowledged by nothing. */
    private MigrationsFolder folder(String before, String after) throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(YamlSchemaReader.read(before, "schema.yaml"), folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(YamlSchemaReader.read(after, "schema.yaml"), folder, GenerateOptions.batch().withName("next").withAcceptDataLoss(true));
        Files.delete(folder.sumFile("0001_next"));
        return folder;
    }

    private static List<String> replayWarnings(Verifier.Verification v) {
        return v.warnings().stream().filter(w -> w.startsWith("replaying 0001_next.sql on tables holding generated rows rewrites texts")).toList();
    }

    @Test
    void aColumnRenamedAndRetypedToIntegerIsTriedWithATextThatConverts() throws Exception {
        MigrationsFolder folder = folder(BEFORE, "tables:\n  - name: prices\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n"
                + "      - {name: sku, type: integer, notNull: true, renamedFrom: code}\n");
        String sql = Files.readString(folder.sqlFile("0001_next"));
        assertTrue(sql.contains("ALTER TABLE `prices` RENAME COLUMN \"code\" TO \"sku\";") && sql.contains("`sku` integer NOT NULL"), sql);
        Verifier.Verification v = Verifier.check(Verifier.recorded(folder), folder);
        List<String> said = replayWarnings(v);
        assertEquals(1, said.size(), v.findings() + " " + v.warnings());
        assertTrue(said.get(0).contains("\"prices\".\"sku\"") && said.get(0).contains("texts changed"), said.get(0));
        assertTrue(said.get(0).contains("-- godwit:accept-data-loss prices"), said.get(0));
    }

    @Test
    void aTableAndItsColumnRenamedWhileTheColumnIsRetypedAreMatchedThroughBoth() throws Exception {
        MigrationsFolder folder = folder(BEFORE, "tables:\n  - name: price_list\n    renamedFrom: prices\n    columns:\n"
                + "      - {name: id, type: integer, primaryKey: true}\n      - {name: amount, type: real, notNull: true, renamedFrom: code}\n");
        String sql = Files.readString(folder.sqlFile("0001_next"));
        assertTrue(sql.contains("RENAME TO `price_list`") && sql.contains("RENAME COLUMN \"code\" TO \"amount\""), sql);
        Verifier.Verification v = Verifier.check(Verifier.recorded(folder), folder);
        List<String> said = replayWarnings(v);
        assertEquals(1, said.size(), v.findings() + " " + v.warnings());
        assertTrue(said.get(0).contains("\"price_list\".\"amount\""), said.get(0));
    }

    /**
     * f19_unique_text_code_retyped_then_made_the_integer_key_with_child's step, the code renamed too (as drizzle-kit writes it:
     * RENAME COLUMN, then the rebuild with foreign keys on in the migration's transaction): the renamed column made the INTEGER
     * PRIMARY KEY is given integers, so the copy gets through and the cascade of DROP TABLE into the child shows.
     */
    @Test
    void aColumnRenamedAndMadeTheIntegerPrimaryKeyIsGivenIntegersSoTheCascadeShows() throws Exception {
        String child = "  - name: lines\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n      - {name: product_code, type: %s}\n";
        MigrationsFolder folder = folder("tables:\n  - name: products\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n"
                + "      - {name: code, type: text, notNull: true, unique: true}\n      - {name: name, type: text}\n" + child.formatted("text")
                + "    foreignKeys: [{columns: [product_code], references: {table: products, columns: [code]}, onDelete: cascade, onUpdate: cascade}]\n",
                "tables:\n  - name: products\n    columns:\n      - {name: sku, type: integer, primaryKey: true, renamedFrom: code}\n"
                + "      - {name: name, type: text}\n" + child.formatted("integer")
                + "    foreignKeys: [{columns: [product_code], references: {table: products, columns: [sku]}, onDelete: cascade, onUpdate: cascade}]\n");
        Files.writeString(folder.sqlFile("0001_next"), "ALTER TABLE `products` RENAME COLUMN \"code\" TO \"sku\";--> statement-breakpoint\n"
                + "PRAGMA foreign_keys=OFF;--> statement-breakpoint\nCREATE TABLE `__new_products` (\n\t`sku` integer PRIMARY KEY NOT NULL,\n\t`name` text\n);\n"
                + "--> statement-breakpoint\nINSERT INTO `__new_products`(\"sku\", \"name\") SELECT \"sku\", \"name\" FROM `products`;--> statement-breakpoint\n"
                + "DROP TABLE `products`;--> statement-breakpoint\nALTER TABLE `__new_products` RENAME TO `products`;--> statement-breakpoint\n"
                + "PRAGMA foreign_keys=ON;");
        Verifier.Verification v = Verifier.check(Verifier.recorded(folder), folder);
        assertTrue(v.findings().stream().anyMatch(f -> f.message().startsWith("replaying drizzle/0001_next.sql on tables holding generated rows")
                && f.message().contains("\"lines\": ") && f.message().contains(" rows deleted")), v.findings() + " " + v.warnings());
    }
}
