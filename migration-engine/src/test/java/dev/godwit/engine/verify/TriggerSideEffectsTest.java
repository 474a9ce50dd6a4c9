package dev.godwit.engine.verify;

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
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.preflight.Preflight;
import dev.godwit.engine.preflight.PreflightRefusedException;
import dev.godwit.engine.yaml.YamlSchemaReader;
import dev.godwit.schema.model.SchemaDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated rebuild of a parent with ON DELETE CASCADE children deletes the children's rows and inserts them again, which
 * fires the children's AFTER DELETE / AFTER INSERT triggers: on a real apply (the truth) an audit trigger writes a row per
 * child, a stamping trigger rewrites every child. db:verify's replay ran the same statements and said nothing; now it reports
 * what the apply would do, and db:apply's pre-flight refuses it on the real rows.
 */
class TriggerSideEffectsTest {

    @TempDir
    Path dir;

    static SchemaDef shop(String customerExtra) {
        return YamlSchemaReader.read("tables:\n"
                + "  - name: customers\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n      - {name: name, type: text, notNull: true}\n"
                + customerExtra
                + "  - name: orders\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n      - {name: customer_id, type: integer, notNull: true}\n"
                + "      - {name: status, type: text, notNull: true}\n      - {name: updated_at, type: text}\n"
                + "    foreignKeys: [{columns: [customer_id], references: {table: customers, columns: [id]}, onDelete: cascade}]\n"
                + "  - name: order_log\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n      - {name: what, type: text, notNull: true}\n",
                "schema.yaml");
    }

    static final SchemaDef V0 = shop("");
    static final SchemaDef V1 = shop("      - {name: tier, type: text, notNull: true, default: free}\n"
            + "    checks: [{name: tier_in, expression: \"tier IN ('free','pro')\"}]\n");
    static final String AUDIT = "CREATE TRIGGER orders_gone AFTER DELETE ON orders BEGIN INSERT INTO order_log (what) VALUES ('deleted order ' || OLD.id); END;";
    static final String STAMP = "CREATE TRIGGER orders_stamp AFTER INSERT ON orders BEGIN UPDATE orders SET updated_at = 'stamped' WHERE id = NEW.id; END;";

    /** init (V0), a custom migration with {@code custom}, then the generated rebuild of customers (V1) if {@code rebuild}. */
    private MigrationsFolder folder(String custom, boolean rebuild) throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(V0, folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(V0, folder, GenerateOptions.batch().withName("custom").withCustom(true));
        Path file = folder.sqlFile("0001_custom");
        Files.writeString(file, Files.readString(file) + "\n" + custom + "\n");
        if (rebuild) new Generator().generate(V1, folder, GenerateOptions.batch().withName("tier"));
        return folder;
    }

    /** A file holding two customers and three orders, with the migrations before the rebuild applied. */
    private Path appliedUpToTheRebuild(MigrationsFolder folder) {
        Path file = dir.resolve("app.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT).apply(folder.migrations().subList(0, 2), ApplyOptions.defaults());
            db.runAtomically(List.of("INSERT INTO customers (id, name) VALUES (1, 'ann'), (2, 'bob')", "INSERT INTO orders (id, customer_id, status,"
                    + " updated_at) VALUES (10, 1, 'paid', NULL), (11, 1, 'open', NULL), (12, 2, 'paid', NULL)",
                    // as the application writes them later (a stamping trigger stamped them on insert)
                    "UPDATE orders SET updated_at = '2026-01-0' || (id - 9)"), false);
        }
        return file;
    }

    private void applyTheRest(Path file, MigrationsFolder folder) {
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT).apply(folder, ApplyOptions.defaults());
        }
    }

    @Test
    void theRebuildMakesAnAuditTriggerWriteARowPerChildOnTheRealApplyAndVerifyReportsIt() throws Exception {
        MigrationsFolder folder = folder(AUDIT, true);
        Path file = appliedUpToTheRebuild(folder);
        applyTheRest(file, folder);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            assertEquals(List.of(Map.of("what", "deleted order 10"), Map.of("what", "deleted order 11"), Map.of("what", "deleted order 12")),
                    db.query("SELECT what FROM order_log ORDER BY id"), "the truth: the apply wrote one audit row per order it moved");
            assertEquals(3, db.query("SELECT * FROM orders").size());
        }

        List<Finding> f = Verifier.verify(V1, folder);
        assertEquals(1, f.size(), f.toString());
        assertEquals("replaying drizzle/0002_tier.sql on tables holding generated rows (as D1 runs it) changes rows it should leave as they are:\n"
                + "    - \"order_log\": 3 rows added (now 6) by trigger \"orders_gone\" that the rebuild's moving of rows fires (it deletes rows and inserts them"
                + " again), through 0002_tier.sql statement 5: DELETE FROM `orders`;\n"
                + "  A rebuild deletes the rows of the tables it keeps and inserts them again, and their triggers fire (on every database the"
                + " migration is applied to): drop the trigger in a custom migration before this one (mvn db:generate -Ddb.custom) and create it"
                + " again in one after it.\n"
                + "  A database holding rows gets the same (db:apply's pre-flight refuses it). Fix the migration, or regenerate it with mvn"
                + " db:generate. If the loss is intended (a cleanup, rows moved elsewhere), declare it in 0002_tier.sql with the line\n"
                + "    -- godwit:accept-data-loss order_log\n  and record that edit with mvn db:repair -Dlocal (db:generate wrote it, and"
                + " drizzle/meta/_sums/0002_tier.sha256 holds its checksum, so an edit not recorded fails db:verify); db:verify and db:apply's"
                + " pre-flight then accept it there, for those tables only",
                f.get(0).message());
    }

    @Test
    void theRebuildMakesAStampingTriggerRewriteEveryChildOnTheRealApplyAndVerifyAndThePreflightReportIt() throws Exception {
        MigrationsFolder folder = folder(STAMP, true);
        Path file = appliedUpToTheRebuild(folder);

        PreflightRefusedException e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(file, false, EngineLog.SILENT)
                .check(folder.migrations().subList(2, 3)));
        assertTrue(e.getMessage().contains("\n  - \"orders\".\"updated_at\": 3 of 3 rows rewritten by trigger \"orders_stamp\" that fires when the rebuild inserts"
                + " them again, through 0002_tier.sql statement 9: INSERT INTO `orders`"), e.getMessage());
        assertTrue(e.getMessage().contains("\n  A rebuild deletes the rows of the tables it keeps and inserts them again, and their triggers fire"),
                e.getMessage());

        applyTheRest(file, folder);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            assertEquals(List.of(Map.of("updated_at", "stamped")), db.query("SELECT DISTINCT updated_at FROM orders"),
                    "the truth: the apply rewrote every order's updated_at");
        }
        List<Finding> f = Verifier.verify(V1, folder);
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).message().contains("\n    - \"orders\".\"updated_at\": 3 of 3 rows rewritten by trigger \"orders_stamp\" that fires when the rebuild"
                + " inserts them again, through 0002_tier.sql statement 9: INSERT INTO `orders`"), f.get(0).message());
    }

    /** A hand-written cleanup means its triggers to fire: the audit rows of the orders it deletes are what it asked for. */
    @Test
    void theAuditRowsOfADeleteTheMigrationAsksForAreNoFinding() throws Exception {
        MigrationsFolder folder = folder(AUDIT + "--> statement-breakpoint\n-- godwit:accept-data-loss orders\nDELETE FROM orders WHERE id > 0;",
                false);
        assertEquals(List.of(), Verifier.verify(V0, folder));
    }

    /**
     * A seed through a staging table (CREATE TABLE staging, fill it, INSERT INTO orders SELECT ... FROM staging) adds orders on
     * purpose, and their audit rows with them: only an INSERT from the copy a migration made of the same table moves rows.
     */
    @Test
    void theAuditRowsOfASeedThroughAStagingTableAreNoFinding() throws Exception {
        MigrationsFolder folder = folder("CREATE TRIGGER orders_new AFTER INSERT ON orders BEGIN INSERT INTO order_log (what) VALUES ('new order ' || NEW.id); END;",
                false);
        new Generator().generate(V0, folder, GenerateOptions.batch().withName("seed").withCustom(true));
        Path seed = folder.sqlFile("0002_seed");
        Files.writeString(seed, Files.readString(seed) + "\nCREATE TABLE staging (id integer PRIMARY KEY, customer_id integer, status text);"
                + "--> statement-breakpoint\nINSERT INTO staging SELECT id + 100, id, 'open' FROM customers;--> statement-breakpoint\n"
                + "INSERT INTO orders (id, customer_id, status) SELECT id, customer_id, status FROM staging;--> statement-breakpoint\n"
                + "DROP TABLE staging;\n");
        assertEquals(List.of(), Verifier.verify(V0, folder));
    }

    /**
     * A hand-written rewrite of orders through a copy (take the rows out, put them back with the status upper-cased) changes
     * the rows on purpose: neither the new status nor the stamp the trigger puts on the changed rows is a finding (a rewrite
     * of a column no key refers to never was), where a restore that computes nothing is a rebuild's move.
     */
    @Test
    void rowsPutBackComputedByTheMigrationAreNotATriggersRewrite() throws Exception {
        MigrationsFolder folder = folder(STAMP, false);
        new Generator().generate(V0, folder, GenerateOptions.batch().withName("upper").withCustom(true));
        Path upper = folder.sqlFile("0002_upper");
        Files.writeString(upper, Files.readString(upper) + "\nCREATE TABLE orders_copy AS SELECT * FROM orders;--> statement-breakpoint\n"
                + "DELETE FROM orders;--> statement-breakpoint\n"
                + "INSERT INTO orders (id, customer_id, status, updated_at) SELECT id, customer_id, upper(status), updated_at FROM orders_copy;"
                + "--> statement-breakpoint\nDROP TABLE orders_copy;\n");
        assertEquals(List.of(), Verifier.verify(V0, folder));
    }

    /**
     * Putting the rows back with a constant (or a column into another) changes them on purpose, words only or not: clearing
     * updated_at through a copy, with no trigger at all, was reported as rewritten by a trigger. A move names each column as
     * it is.
     */
    @Test
    void rowsPutBackWithAConstantAreNotATriggersRewrite() throws Exception {
        MigrationsFolder folder = folder("SELECT 1;", false);
        new Generator().generate(V0, folder, GenerateOptions.batch().withName("clear").withCustom(true));
        Path clear = folder.sqlFile("0002_clear");
        Files.writeString(clear, Files.readString(clear) + "\nCREATE TABLE orders_copy AS SELECT * FROM orders;--> statement-breakpoint\n"
                + "DELETE FROM orders;--> statement-breakpoint\n"
                + "INSERT INTO orders (id, customer_id, status, updated_at) SELECT id, customer_id, status, NULL FROM orders_copy;"
                + "--> statement-breakpoint\nINSERT INTO order_log (what) SELECT 'moved ' || id FROM orders_copy;"
                + "--> statement-breakpoint\nDROP TABLE orders_copy;\n");
        assertEquals(List.of(), Verifier.verify(V0, folder));
        Path file = appliedUpToTheRebuild(folder);
        Preflight.ofFile(file, false, EngineLog.SILENT).check(folder.migrations().subList(2, 3));   // refuses nothing
        applyTheRest(file, folder);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            assertEquals(List.of(Map.of("n", 3L)), db.query("SELECT count(*) AS n FROM orders WHERE updated_at IS NULL"));
        }
    }

    /** A copy the migration writes to (UPDATE orders_copy SET ...) no longer holds the rows as they were: putting it back is no move. */
    @Test
    void rowsChangedInTheCopyBeforeTheyArePutBackAreNotATriggersRewrite() throws Exception {
        MigrationsFolder folder = folder("SELECT 1;", false);
        new Generator().generate(V0, folder, GenerateOptions.batch().withName("reset").withCustom(true));
        Path reset = folder.sqlFile("0002_reset");
        Files.writeString(reset, Files.readString(reset) + "\nCREATE TABLE orders_copy AS SELECT * FROM orders;--> statement-breakpoint\n"
                + "UPDATE orders_copy SET updated_at = '2026-02-01';--> statement-breakpoint\nDELETE FROM orders;--> statement-breakpoint\n"
                + "INSERT INTO orders SELECT * FROM orders_copy;--> statement-breakpoint\nDROP TABLE orders_copy;\n");
        assertEquals(List.of(), Verifier.verify(V0, folder));
        Path file = appliedUpToTheRebuild(folder);
        Preflight.ofFile(file, false, EngineLog.SILENT).check(folder.migrations().subList(2, 3));
    }

    /**
     * A hand-written DROP TABLE of a parent whose rows never come back deletes its ON DELETE CASCADE children for good: the
     * audit rows their trigger writes record that loss, as asked for. Only a DROP of a table the migration builds again
     * (filled from its copy, or a new table renamed to its name) moves rows.
     */
    @Test
    void theAuditRowsOfADropTheMigrationAsksForAreNoFinding() throws Exception {
        MigrationsFolder folder = folder(AUDIT, false);
        new Generator().generate(V0, folder, GenerateOptions.batch().withName("drop").withCustom(true));
        Path drop = folder.sqlFile("0002_drop");
        Files.writeString(drop, Files.readString(drop) + "\n-- godwit:accept-data-loss orders\nDROP TABLE customers;\n");
        Path file = appliedUpToTheRebuild(folder);
        Preflight.ofFile(file, false, EngineLog.SILENT).check(folder.migrations().subList(2, 3));   // refuses nothing
        applyTheRest(file, folder);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            assertEquals(List.of(Map.of("n", 0L)), db.query("SELECT count(*) AS n FROM orders"));
            assertEquals(List.of(Map.of("n", 3L)), db.query("SELECT count(*) AS n FROM order_log"), "the truth: one audit row per order dropped");
        }
    }

    /**
     * A trigger of a child can write into the parent the rebuild moves: a counter kept by AFTER INSERT / AFTER DELETE triggers
     * on orders. The rebuild copies customers, deletes the orders (counts go down in the old customers, which are dropped),
     * puts customers back from the copy and then the orders (counts go up again): on a real apply every customer's
     * order_count ends up doubled. Only tables emptied with DELETE were compared, so the replay and the pre-flight said nothing.
     */
    @Test
    void aChildsTriggerThatRewritesTheRebuiltParentIsReported() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        String count = "      - {name: order_count, type: integer, notNull: true, default: 0}\n";
        new Generator().generate(shop(count), folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(shop(count), folder, GenerateOptions.batch().withName("custom").withCustom(true));
        Path custom = folder.sqlFile("0001_custom");
        Files.writeString(custom, Files.readString(custom) + "\nCREATE TRIGGER orders_in AFTER INSERT ON orders BEGIN UPDATE customers"
                + " SET order_count = order_count + 1 WHERE id = NEW.customer_id; END;--> statement-breakpoint\nCREATE TRIGGER orders_out AFTER"
                + " DELETE ON orders BEGIN UPDATE customers SET order_count = order_count - 1 WHERE id = OLD.customer_id; END;\n");
        SchemaDef v1 = shop(count + "      - {name: tier, type: text, notNull: true, default: free}\n"
                + "    checks: [{name: tier_in, expression: \"tier IN ('free','pro')\"}]\n");
        new Generator().generate(v1, folder, GenerateOptions.batch().withName("tier"));
        Path file = appliedUpToTheRebuild(folder);

        PreflightRefusedException e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(file, false, EngineLog.SILENT)
                .check(folder.migrations().subList(2, 3)));
        assertTrue(e.getMessage().contains("\n  - \"customers\".\"order_count\": 2 of 2 rows rewritten by triggers \"orders_in\", \"orders_out\" that fire when the rebuild"
                + " inserts them again, through 0002_tier.sql statement 9: INSERT INTO `orders`"), e.getMessage());

        applyTheRest(file, folder);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            assertEquals(List.of(Map.of("id", 1L, "order_count", 4L), Map.of("id", 2L, "order_count", 2L)),
                    db.query("SELECT id, order_count FROM customers ORDER BY id"), "the truth: the apply doubled every count");
        }
        List<Finding> f = Verifier.verify(v1, folder);
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).message().contains("\n    - \"customers\".\"order_count\": 3 of 3 rows rewritten by triggers \"orders_in\", \"orders_out\" that fire when the"
                + " rebuild inserts them again, through 0002_tier.sql statement 9: INSERT INTO `orders`"), f.get(0).message());
    }

    /**
     * A rebuild that changes a column's type converts the values it puts back (text '41' into an integer column is 41): not a
     * trigger's rewrite, now that a rebuilt table's rows are compared too. Real rows of numeric text, text to integer, no trigger.
     */
    @Test
    void aTypeChangeOfTheRebuiltTableIsNotATriggersRewrite() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        SchemaDef v0 = shop("      - {name: code, type: text}\n");
        SchemaDef v1 = shop("      - {name: code, type: integer}\n");
        new Generator().generate(v0, folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(v0, folder, GenerateOptions.batch().withName("custom").withCustom(true));
        Files.writeString(folder.sqlFile("0001_custom"), Files.readString(folder.sqlFile("0001_custom")) + "\nSELECT 1;\n");
        new Generator().generate(v1, folder, GenerateOptions.batch().withName("code").withAcceptDataLoss(true));
        assertTrue(Files.readString(folder.sqlFile("0002_code")).contains("INSERT INTO `customers`(`id`,`name`,`code`) SELECT `id`, `name`, `code`"),
                Files.readString(folder.sqlFile("0002_code")));
        Path file = appliedUpToTheRebuild(folder);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.runAtomically(List.of("UPDATE customers SET code = '4' || id"), false);
        }
        Preflight.ofFile(file, false, EngineLog.SILENT).check(folder.migrations().subList(2, 3));   // refuses nothing
        applyTheRest(file, folder);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            assertEquals(List.of(Map.of("code", 41L), Map.of("code", 42L)), db.query("SELECT code FROM customers ORDER BY id"));
        }
    }

    /**
     * A child without a primary key is matched on its rowid, which the rebuild's DELETE and INSERT back renumbers from 1: rows
     * whose rowids had gaps (a row deleted once) were joined with other rows, and their values reported as rewritten by a
     * trigger, with no trigger at all. Such a table's rows cannot be told apart, so they are not compared.
     */
    @Test
    void aChildWithoutPrimaryKeyWhoseRowidsTheRebuildRenumbersIsNoFinding() throws Exception {
        String notes = "  - name: notes\n    columns:\n      - {name: customer_id, type: integer, notNull: true}\n      - {name: body, type: text}\n"
                + "    foreignKeys: [{columns: [customer_id], references: {table: customers, columns: [id]}, onDelete: cascade}]\n";
        SchemaDef v0 = YamlSchemaReader.read(YAML_HEAD + notes, "schema.yaml");
        SchemaDef v1 = YamlSchemaReader.read(YAML_HEAD.replace("      - {name: name, type: text, notNull: true}\n",
                "      - {name: name, type: text, notNull: true}\n      - {name: tier, type: text, notNull: true, default: free}\n"
                + "    checks: [{name: tier_in, expression: \"tier IN ('free','pro')\"}]\n") + notes, "schema.yaml");
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(v0, folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(v1, folder, GenerateOptions.batch().withName("tier"));
        Path file = dir.resolve("app.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT).apply(folder.migrations().subList(0, 1), ApplyOptions.defaults());
            db.runAtomically(List.of("INSERT INTO customers (id, name) VALUES (1, 'ann'), (2, 'bob')",
                    "INSERT INTO notes (customer_id, body) VALUES (1, 'first'), (1, 'second'), (2, 'third')", "DELETE FROM notes WHERE body = 'first'"), false);
        }
        Preflight.ofFile(file, false, EngineLog.SILENT).check(folder.migrations().subList(1, 2));   // refuses nothing
        applyTheRest(file, folder);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            assertEquals(List.of(Map.of("body", "second"), Map.of("body", "third")), db.query("SELECT body FROM notes ORDER BY body"));
        }
    }

    /**
     * A table kept in step with orders by a pair of triggers (a row out when an order goes, a row in when one comes: a search
     * index, a denormalised copy) holds after the rebuild what it held before: the rows the INSERT back adds replace those the
     * DELETE removed. Counting only what was added reported them as an audit trigger's rows, and db:verify failed. Rows added
     * to a table the triggers also delete from are no finding.
     */
    @Test
    void aTableTriggersKeepInStepWithTheMovedRowsIsNoFinding() throws Exception {
        MigrationsFolder folder = folder("CREATE TRIGGER orders_unindex AFTER DELETE ON orders BEGIN DELETE FROM order_log WHERE what = 'order ' || OLD.id;"
                + " END;--> statement-breakpoint\nCREATE TRIGGER orders_index AFTER INSERT ON orders BEGIN INSERT INTO order_log (what) VALUES"
                + " ('order ' || NEW.id); END;", true);
        assertEquals(List.of(), Verifier.verify(V1, folder));
        Path file = appliedUpToTheRebuild(folder);
        Preflight.ofFile(file, false, EngineLog.SILENT).check(folder.migrations().subList(2, 3));   // refuses nothing
        applyTheRest(file, folder);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            assertEquals(List.of(Map.of("what", "order 10"), Map.of("what", "order 11"), Map.of("what", "order 12")),
                    db.query("SELECT what FROM order_log ORDER BY what"), "the truth: the index holds what it held");
        }
    }

    /**
     * A trigger that recomputes the parent's value from the children (order_count = the count of its orders) leaves it as it
     * was on a real database, however often the orders move; only the replay's generated counts, which match no generated
     * orders, would change. A rebuilt table's values are compared only where a trigger moves them on from their own value
     * (order_count = order_count + 1), which drifts on any rows.
     */
    @Test
    void aChildsTriggerThatRecomputesTheRebuiltParentIsNoFinding() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        String count = "      - {name: order_count, type: integer, notNull: true, default: 0}\n";
        new Generator().generate(shop(count), folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(shop(count), folder, GenerateOptions.batch().withName("custom").withCustom(true));
        Path custom = folder.sqlFile("0001_custom");
        String recount = " BEGIN UPDATE customers SET order_count = (SELECT count(*) FROM orders WHERE customer_id = customers.id); END;";
        Files.writeString(custom, Files.readString(custom) + "\nCREATE TRIGGER orders_in AFTER INSERT ON orders" + recount
                + "--> statement-breakpoint\nCREATE TRIGGER orders_out AFTER DELETE ON orders" + recount + "\n");
        SchemaDef v1 = shop(count + "      - {name: tier, type: text, notNull: true, default: free}\n"
                + "    checks: [{name: tier_in, expression: \"tier IN ('free','pro')\"}]\n");
        new Generator().generate(v1, folder, GenerateOptions.batch().withName("tier"));
        assertEquals(List.of(), Verifier.verify(v1, folder));
        Path file = appliedUpToTheRebuild(folder);
        Preflight.ofFile(file, false, EngineLog.SILENT).check(folder.migrations().subList(2, 3));   // refuses nothing
        applyTheRest(file, folder);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            assertEquals(List.of(Map.of("id", 1L, "order_count", 2L), Map.of("id", 2L, "order_count", 1L)),
                    db.query("SELECT id, order_count FROM customers ORDER BY id"), "the truth: the counts are as they were");
        }
    }

    /**
     * The same for a kept child: orders.total recomputed by order_items' triggers (the sum of its items). The rebuild of
     * customers puts orders back, then their items, whose triggers compute each total again: as it was on a real database;
     * only the replay's generated totals, which match no generated items, changed, and db:verify failed.
     */
    @Test
    void aGrandchildsTriggerThatRecomputesAKeptChildIsNoFinding() throws Exception {
        String rest = "  - name: orders\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n"
                + "      - {name: customer_id, type: integer, notNull: true}\n      - {name: total, type: integer, notNull: true, default: 0}\n"
                + "    foreignKeys: [{columns: [customer_id], references: {table: customers, columns: [id]}, onDelete: cascade}]\n"
                + "  - name: order_items\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n"
                + "      - {name: order_id, type: integer, notNull: true}\n      - {name: price, type: integer, notNull: true}\n"
                + "    foreignKeys: [{columns: [order_id], references: {table: orders, columns: [id]}, onDelete: cascade}]\n";
        SchemaDef v0 = YamlSchemaReader.read(YAML_HEAD + rest, "schema.yaml");
        SchemaDef v1 = YamlSchemaReader.read(YAML_HEAD + "      - {name: tier, type: text, notNull: true, default: free}\n"
                + "    checks: [{name: tier_in, expression: \"tier IN ('free','pro')\"}]\n" + rest, "schema.yaml");
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(v0, folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(v0, folder, GenerateOptions.batch().withName("custom").withCustom(true));
        Path custom = folder.sqlFile("0001_custom");
        String sum = " BEGIN UPDATE orders SET total = (SELECT coalesce(sum(price), 0) FROM order_items WHERE order_id = orders.id); END;";
        Files.writeString(custom, Files.readString(custom) + "\nCREATE TRIGGER items_in AFTER INSERT ON order_items" + sum
                + "--> statement-breakpoint\nCREATE TRIGGER items_out AFTER DELETE ON order_items" + sum + "\n");
        new Generator().generate(v1, folder, GenerateOptions.batch().withName("tier"));
        assertEquals(List.of(), Verifier.verify(v1, folder));
        Path file = dir.resolve("app.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT).apply(folder.migrations().subList(0, 2), ApplyOptions.defaults());
            db.runAtomically(List.of("INSERT INTO customers (id, name) VALUES (1, 'ann')", "INSERT INTO orders (id, customer_id) VALUES (10, 1), (11, 1)",
                    "INSERT INTO order_items (order_id, price) VALUES (10, 5), (10, 7), (11, 2)"), false);
        }
        Preflight.ofFile(file, false, EngineLog.SILENT).check(folder.migrations().subList(2, 3));   // refuses nothing
        applyTheRest(file, folder);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            assertEquals(List.of(Map.of("id", 10L, "total", 12L), Map.of("id", 11L, "total", 2L)),
                    db.query("SELECT id, total FROM orders ORDER BY id"), "the truth: the totals are as they were");
        }
    }

    static final String YAML_HEAD = "tables:\n  - name: customers\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n"
            + "      - {name: name, type: text, notNull: true}\n";

    /**
     * The finding names the trigger that wrote the rows, not only the table: with a guard on orders besides the audit trigger,
     * only the audit trigger (whose body writes order_log) is the one to drop around the rebuild.
     */
    @Test
    void theFindingNamesOnlyTheTriggerThatWroteTheRows() throws Exception {
        MigrationsFolder folder = folder(AUDIT + "--> statement-breakpoint\nCREATE TRIGGER orders_guard BEFORE INSERT ON orders WHEN NEW.status = ''"
                + " BEGIN SELECT RAISE(ABORT, 'status required'); END;", true);
        Path file = appliedUpToTheRebuild(folder);
        PreflightRefusedException e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(file, false, EngineLog.SILENT)
                .check(folder.migrations().subList(2, 3)));
        assertTrue(e.getMessage().contains("\n  - \"order_log\": 3 rows added (now 3) by trigger \"orders_gone\" that the rebuild's moving of rows"
                + " fires (it deletes rows and inserts them again), through 0002_tier.sql statement 5: DELETE FROM `orders`;"), e.getMessage());
        applyTheRest(file, folder);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            assertEquals(List.of(Map.of("n", 3L)), db.query("SELECT count(*) AS n FROM order_log"), "the truth: one audit row per moved order");
        }
    }

    /** V1 with order_log rebuilt in the same migration (a CHECK added to it). */
    static final SchemaDef V1_LOG = YamlSchemaReader.read(shopYaml(
            "      - {name: tier, type: text, notNull: true, default: free}\n    checks: [{name: tier_in, expression: \"tier IN ('free','pro')\"}]\n")
            + "    checks: [{name: what_set, expression: \"what <> ''\"}]\n", "schema.yaml");

    static final String NEW_ORDER = "CREATE TRIGGER orders_new AFTER INSERT ON orders BEGIN INSERT INTO order_log (what) VALUES ('new order ' || NEW.id); END;";

    /**
     * The audit table the trigger writes into is itself rebuilt by the migration (a CHECK added to order_log along with
     * customers' tier): putting the orders back fires their AFTER INSERT audit trigger after order_log was put back, and a
     * real apply keeps one audit row per order. order_log is named by the migration's statements, so it was not counted as a
     * table only triggers change, and db:verify and the pre-flight said nothing.
     */
    @Test
    void rowsATriggerAddsToATableTheMigrationRebuildsTooAreReported() throws Exception {
        MigrationsFolder folder = folder(NEW_ORDER, false);
        new Generator().generate(V1_LOG, folder, GenerateOptions.batch().withName("tier"));
        String sql = Files.readString(folder.sqlFile("0002_tier"));
        assertTrue(sql.contains("INSERT INTO `order_log`(`id`,`what`) SELECT `id`, `what` FROM `__old_order_log`"), sql);
        Path file = appliedUpToTheRebuild(folder);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.runAtomically(List.of("DELETE FROM order_log", "INSERT INTO order_log (what) VALUES ('kept')"), false);
        }

        PreflightRefusedException e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(file, false, EngineLog.SILENT)
                .check(folder.migrations().subList(2, 3)));
        assertTrue(e.getMessage().contains("\n  - \"order_log\": 3 rows added (now 4) by trigger \"orders_new\" that the rebuild's moving of rows"
                + " fires (it deletes rows and inserts them again), through 0002_tier.sql statement 13: INSERT INTO `orders`"), e.getMessage());

        applyTheRest(file, folder);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            assertEquals(List.of(Map.of("what", "kept"), Map.of("what", "new order 10"), Map.of("what", "new order 11"),
                    Map.of("what", "new order 12")), db.query("SELECT what FROM order_log ORDER BY id"), "the truth: one audit row per moved order");
        }
        List<Finding> f = Verifier.verify(V1_LOG, folder);
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).message().contains("\n    - \"order_log\": 3 rows added (now 6) by trigger \"orders_new\""), f.get(0).message());
    }

    /**
     * Rows a trigger adds to a table before the migration puts back an earlier copy of it are gone after the migration: a
     * hand-written move of orders and order_log (copies first, the orders' AFTER DELETE audit rows written, then order_log
     * emptied and filled from its copy) leaves order_log as it was on a real apply, so there is nothing to report.
     */
    @Test
    void rowsATriggerAddsToAMovedTableBeforeItsCopyIsPutBackAreNoFinding() throws Exception {
        MigrationsFolder folder = folder(AUDIT, false);
        new Generator().generate(V0, folder, GenerateOptions.batch().withName("move").withCustom(true));
        Path move = folder.sqlFile("0002_move");
        Files.writeString(move, Files.readString(move) + "\nCREATE TABLE log_copy AS SELECT * FROM order_log;--> statement-breakpoint\n"
                + "CREATE TABLE orders_copy AS SELECT * FROM orders;--> statement-breakpoint\nDELETE FROM orders;--> statement-breakpoint\n"
                + "DELETE FROM order_log;--> statement-breakpoint\nINSERT INTO order_log SELECT * FROM log_copy;--> statement-breakpoint\n"
                + "INSERT INTO orders SELECT * FROM orders_copy;--> statement-breakpoint\nDROP TABLE log_copy;--> statement-breakpoint\n"
                + "DROP TABLE orders_copy;\n");
        assertEquals(List.of(), Verifier.verify(V0, folder));
        Path file = appliedUpToTheRebuild(folder);
        Preflight.ofFile(file, false, EngineLog.SILENT).check(folder.migrations().subList(2, 3));   // refuses nothing
        applyTheRest(file, folder);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            assertEquals(List.of(Map.of("n", 0L)), db.query("SELECT count(*) AS n FROM order_log"), "the truth: the audit rows went with the emptying");
            assertEquals(List.of(Map.of("n", 3L)), db.query("SELECT count(*) AS n FROM orders"));
        }
    }

    /**
     * A migration that rebuilds order_log and also writes a row there itself asks for that row, not for the audit rows the
     * orders it moves write: only those are reported (3, not 4).
     */
    @Test
    void rowsTheMigrationWritesIntoARebuiltTableItselfAreNotCountedAsATriggers() throws Exception {
        MigrationsFolder folder = folder(NEW_ORDER, false);
        new Generator().generate(V1_LOG, folder, GenerateOptions.batch().withName("tier"));
        Path tier = folder.sqlFile("0002_tier");
        Files.writeString(tier, Files.readString(tier).replace("DROP TABLE `__old_orders`;", "INSERT INTO order_log (what) VALUES ('tier added');"
                + "--> statement-breakpoint\nDROP TABLE `__old_orders`;"));
        Path file = appliedUpToTheRebuild(folder);
        PreflightRefusedException e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(file, false, EngineLog.SILENT)
                .check(folder.migrations().subList(2, 3)));
        assertTrue(e.getMessage().contains("\n  - \"order_log\": 3 rows added (now 7) by trigger \"orders_new\" that the rebuild's moving of rows"
                + " fires (it deletes rows and inserts them again), through 0002_tier.sql statement 13: INSERT INTO `orders`"), e.getMessage());
        applyTheRest(file, folder);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            assertEquals(List.of(Map.of("n", 3L)), db.query("SELECT count(*) AS n FROM order_log WHERE what LIKE 'new order%' AND id > 3"),
                    "the truth: the move wrote 3 audit rows besides the migration's own");
            assertEquals(List.of(Map.of("n", 7L)), db.query("SELECT count(*) AS n FROM order_log"));
        }
    }

    static String shopYaml(String customerExtra) {
        return "tables:\n"
                + "  - name: customers\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n      - {name: name, type: text, notNull: true}\n"
                + customerExtra
                + "  - name: orders\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n      - {name: customer_id, type: integer, notNull: true}\n"
                + "      - {name: status, type: text, notNull: true}\n      - {name: updated_at, type: text}\n"
                + "    foreignKeys: [{columns: [customer_id], references: {table: customers, columns: [id]}, onDelete: cascade}]\n"
                + "  - name: order_log\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n      - {name: what, type: text, notNull: true}\n";
    }

    static final String RANKED_ORDERS = "  - name: orders\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n"
            + "      - {name: customer_id, type: integer, notNull: true}\n      - {name: position, type: integer, notNull: true, default: 0}\n"
            + "    foreignKeys: [{columns: [customer_id], references: {table: customers, columns: [id]}, onDelete: cascade}]\n";
    static final String TIER = "      - {name: tier, type: text, notNull: true, default: free}\n"
            + "    checks: [{name: tier_in, expression: \"tier IN ('free','pro')\"}]\n";
    /** Each order's place among its customer's orders, computed from the other rows of orders when it is inserted. */
    static final String RANK = "CREATE TRIGGER orders_rank AFTER INSERT ON orders BEGIN UPDATE orders SET position = (SELECT count(*) FROM orders o"
            + " WHERE o.customer_id = NEW.customer_id AND o.id <= NEW.id) WHERE id = NEW.id; END;";

    /** init, the RANK trigger, the rebuild of customers that moves the orders; a file holding the orders inserted in {@code order}. */
    private Path rankedFile(MigrationsFolder folder, String order) throws Exception {
        SchemaDef v0 = YamlSchemaReader.read(YAML_HEAD + RANKED_ORDERS, "schema.yaml");
        new Generator().generate(v0, folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(v0, folder, GenerateOptions.batch().withName("custom").withCustom(true));
        Files.writeString(folder.sqlFile("0001_custom"), Files.readString(folder.sqlFile("0001_custom")) + "\n" + RANK + "\n");
        new Generator().generate(YamlSchemaReader.read(YAML_HEAD + TIER + RANKED_ORDERS, "schema.yaml"), folder, GenerateOptions.batch().withName("tier"));
        Path file = dir.resolve("app.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT).apply(folder.migrations().subList(0, 2), ApplyOptions.defaults());
            List<String> inserts = new java.util.ArrayList<>(List.of("INSERT INTO customers (id, name) VALUES (1, 'ann'), (2, 'bob')"));
            for (String id : order.split(",")) inserts.add("INSERT INTO orders (id, customer_id) VALUES (" + id + ", " + (id.equals("12") ? 2 : 1) + ")");
            db.runAtomically(inserts, false);
        }
        return file;
    }

    /**
     * A table's own trigger that computes a column from the table's other rows (an order's place among its customer's orders)
     * gives the rows a rebuild puts back the values they had, on a real apply; only the replay's generated values, which no
     * trigger computed, change. db:verify reported them as rewritten by the trigger. A value computed from rows is compared
     * only where the rows are real (the pre-flight on a local file).
     */
    @Test
    void aTablesOwnTriggerThatRecomputesAColumnFromItsRowsIsNoFinding() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        Path file = rankedFile(folder, "10,11,12");
        assertEquals(List.of(), Verifier.verify(YamlSchemaReader.read(YAML_HEAD + TIER + RANKED_ORDERS, "schema.yaml"), folder));
        Preflight.ofFile(file, false, EngineLog.SILENT).check(folder.migrations().subList(2, 3));   // refuses nothing
        applyTheRest(file, folder);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            assertEquals(List.of(Map.of("id", 10L, "position", 1L), Map.of("id", 11L, "position", 2L), Map.of("id", 12L, "position", 1L)),
                    db.query("SELECT id, position FROM orders ORDER BY id"), "the truth: the places are as they were");
        }
    }

    /**
     * On real rows the same trigger does change a value when the rows went in another order than the rebuild puts them back
     * (order 11 inserted before 10 had place 1; put back after 10 it gets 2): the pre-flight on the file still reports it.
     */
    @Test
    void aTablesOwnTriggerThatRecomputesAColumnDifferentlyIsStillReportedOnRealRows() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        Path file = rankedFile(folder, "11,10,12");
        PreflightRefusedException e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(file, false, EngineLog.SILENT)
                .check(folder.migrations().subList(2, 3)));
        assertTrue(e.getMessage().contains("\n  - \"orders\".\"position\": 1 of 3 rows rewritten by trigger \"orders_rank\" that fires when the"
                + " rebuild inserts them again"), e.getMessage());
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            assertEquals(List.of(Map.of("position", 1L)), db.query("SELECT position FROM orders WHERE id = 11"));
        }
        applyTheRest(file, folder);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            assertEquals(List.of(Map.of("position", 2L)), db.query("SELECT position FROM orders WHERE id = 11"), "the truth: the apply changed it");
        }
    }

    /**
     * An audit table that trims itself (its own AFTER INSERT trigger deletes rows older than the last 1000) was taken for a
     * table kept in step with the moved rows, as a search index is by a DELETE trigger on the moved table, so the audit rows
     * the rebuild writes were no finding: db:verify and the pre-flight said nothing while a real apply added one audit row per
     * moved order. Only a delete by another table's trigger keeps a table in step.
     */
    @Test
    void anAuditTableThatTrimsItselfStillHasTheRowsTheRebuildAddsReported() throws Exception {
        MigrationsFolder folder = folder(AUDIT + "--> statement-breakpoint\nCREATE TRIGGER order_log_trim AFTER INSERT ON order_log BEGIN"
                + " DELETE FROM order_log WHERE id < NEW.id - 1000; END;", true);
        Path file = appliedUpToTheRebuild(folder);
        PreflightRefusedException e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(file, false, EngineLog.SILENT)
                .check(folder.migrations().subList(2, 3)));
        assertTrue(e.getMessage().contains("\n  - \"order_log\": 3 rows added (now 3) by trigger \"orders_gone\" that the rebuild's moving of rows"
                + " fires (it deletes rows and inserts them again), through 0002_tier.sql statement 5: DELETE FROM `orders`;"), e.getMessage());
        List<Finding> f = Verifier.verify(V1, folder);
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).message().contains("\n    - \"order_log\": 3 rows added (now 6) by trigger \"orders_gone\""), f.get(0).message());
        applyTheRest(file, folder);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            assertEquals(List.of(Map.of("n", 3L)), db.query("SELECT count(*) AS n FROM order_log"), "the truth: one audit row per moved order");
        }
    }

    /**
     * A trigger whose name holds a double quote was shown as "audit "log" trigger", which is no name SQL can drop: the finding
     * now quotes it as SQL does ("audit ""log"" trigger"), and following its advice (DROP TRIGGER with that name in a custom
     * migration before the rebuild, CREATE it again in one after) leaves nothing to report, on the real rows either.
     */
    @Test
    void aTriggerNamedWithADoubleQuoteIsNamedAsSqlQuotesItAndTheAdviceClearsTheFinding() throws Exception {
        String audit = AUDIT.replace("orders_gone", "\"audit \"\"log\"\" trigger\"");
        MigrationsFolder folder = folder(audit, true);
        Path file = appliedUpToTheRebuild(folder);
        PreflightRefusedException e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(file, false, EngineLog.SILENT)
                .check(folder.migrations().subList(2, 3)));
        assertTrue(e.getMessage().contains("\n  - \"order_log\": 3 rows added (now 3) by trigger \"audit \"\"log\"\" trigger\" that the rebuild's"
                + " moving of rows fires"), e.getMessage());

        // the advice: the trigger dropped in a custom migration before the rebuild, created again in one after it
        Path tier = folder.sqlFile("0002_tier");
        String rebuild = Files.readString(tier);
        Files.delete(tier);
        Files.delete(dir.resolve("drizzle/meta/0002_snapshot.json"));
        String journal = Files.readString(dir.resolve("drizzle/meta/_journal.json"));
        Files.writeString(dir.resolve("drizzle/meta/_journal.json"), journal.substring(0, journal.lastIndexOf(",\n    {")) + "\n  ]\n}");
        new Generator().generate(V0, folder, GenerateOptions.batch().withName("drop_audit").withCustom(true));
        Files.writeString(folder.sqlFile("0002_drop_audit"), Files.readString(folder.sqlFile("0002_drop_audit"))
                + "\nDROP TRIGGER \"audit \"\"log\"\" trigger\";\n");
        new Generator().generate(V1, folder, GenerateOptions.batch().withName("tier"));
        assertEquals(rebuild, Files.readString(folder.sqlFile("0003_tier")));
        new Generator().generate(V1, folder, GenerateOptions.batch().withName("audit_again").withCustom(true));
        Files.writeString(folder.sqlFile("0004_audit_again"), Files.readString(folder.sqlFile("0004_audit_again")) + "\n" + audit + "\n");

        assertEquals(List.of(), Verifier.verify(V1, folder));
        Preflight.ofFile(file, false, EngineLog.SILENT).check(folder.migrations().subList(2, 5));   // refuses nothing
        applyTheRest(file, folder);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            assertEquals(List.of(Map.of("n", 0L)), db.query("SELECT count(*) AS n FROM order_log"), "the truth: no audit rows");
            assertEquals(List.of(Map.of("name", "audit \"log\" trigger")), db.query("SELECT name FROM sqlite_master WHERE type = 'trigger'"));
        }
    }

    /**
     * The same recomputing trigger written as most are, with the subquery inside an expression (coalesce((SELECT ...), 0) + 1,
     * an order's place after the orders before it) rather than as the whole right-hand side: it was still counted on generated
     * rows, and db:verify reported a rewrite that a real apply does not make.
     */
    @Test
    void aTablesOwnTriggerThatRecomputesAColumnThroughAnExpressionAroundASubqueryIsNoFinding() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        SchemaDef v0 = YamlSchemaReader.read(YAML_HEAD + RANKED_ORDERS, "schema.yaml");
        new Generator().generate(v0, folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(v0, folder, GenerateOptions.batch().withName("custom").withCustom(true));
        Files.writeString(folder.sqlFile("0001_custom"), Files.readString(folder.sqlFile("0001_custom")) + "\nCREATE TRIGGER orders_rank AFTER INSERT"
                + " ON orders BEGIN UPDATE orders SET position = coalesce((SELECT count(*) FROM orders o WHERE o.customer_id = NEW.customer_id"
                + " AND o.id < NEW.id), 0) + 1 WHERE id = NEW.id; END;\n");
        SchemaDef v1 = YamlSchemaReader.read(YAML_HEAD + TIER + RANKED_ORDERS, "schema.yaml");
        new Generator().generate(v1, folder, GenerateOptions.batch().withName("tier"));
        assertEquals(List.of(), Verifier.verify(v1, folder));
        Path file = dir.resolve("app.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT).apply(folder.migrations().subList(0, 2), ApplyOptions.defaults());
            db.runAtomically(List.of("INSERT INTO customers (id, name) VALUES (1, 'ann'), (2, 'bob')", "INSERT INTO orders (id, customer_id) VALUES (10, 1)",
                    "INSERT INTO orders (id, customer_id) VALUES (11, 1)", "INSERT INTO orders (id, customer_id) VALUES (12, 2)"), false);
        }
        Preflight.ofFile(file, false, EngineLog.SILENT).check(folder.migrations().subList(2, 3));   // refuses nothing
        applyTheRest(file, folder);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            assertEquals(List.of(Map.of("id", 10L, "position", 1L), Map.of("id", 11L, "position", 2L), Map.of("id", 12L, "position", 1L)),
                    db.query("SELECT id, position FROM orders ORDER BY id"), "the truth: the places are as they were");
        }
    }

    /**
     * A child's trigger that touches its parent (orders' AFTER INSERT setting customers.touched_at to the time, as an ORM's
     * "touch" does) stamps every customer with orders when the rebuild puts the orders back, on a real apply. Another
     * table's trigger was compared only when it counted the value on from itself (n = n + 1), so db:verify and the pre-flight
     * said nothing. One that sets the column to a value of neither the rows nor the row (a constant, the time) now counts too.
     */
    @Test
    void aChildsTriggerThatTouchesTheRebuiltParentIsReported() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        String touched = "      - {name: touched_at, type: text}\n";
        new Generator().generate(shop(touched), folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(shop(touched), folder, GenerateOptions.batch().withName("custom").withCustom(true));
        Files.writeString(folder.sqlFile("0001_custom"), Files.readString(folder.sqlFile("0001_custom")) + "\nCREATE TRIGGER orders_touch AFTER INSERT"
                + " ON orders BEGIN UPDATE customers SET touched_at = datetime('now') WHERE id = NEW.customer_id; END;\n");
        SchemaDef v1 = shop(touched + TIER);
        new Generator().generate(v1, folder, GenerateOptions.batch().withName("tier"));
        Path file = appliedUpToTheRebuild(folder);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.runAtomically(List.of("UPDATE customers SET touched_at = '2026-01-01 00:00:00'"), false);
        }

        PreflightRefusedException e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(file, false, EngineLog.SILENT)
                .check(folder.migrations().subList(2, 3)));
        assertTrue(e.getMessage().contains("\n  - \"customers\".\"touched_at\": 2 of 2 rows rewritten by trigger \"orders_touch\" that fires when the"
                + " rebuild inserts them again, through 0002_tier.sql statement 9: INSERT INTO `orders`"), e.getMessage());
        List<Finding> f = Verifier.verify(v1, folder);
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).message().contains("\"customers\".\"touched_at\": 3 of 3 rows rewritten by trigger \"orders_touch\""), f.get(0).message());

        applyTheRest(file, folder);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            assertEquals(List.of(Map.of("n", 0L)), db.query("SELECT count(*) AS n FROM customers WHERE touched_at = '2026-01-01 00:00:00'"),
                    "the truth: the apply touched every customer with orders");
        }
    }

    /**
     * A guard on orders that reads order_log (refusing deletes while the log is full) names the table but writes nothing
     * there; it was named beside the audit trigger as one that added the rows, and following the advice would drop it for
     * nothing. A trigger that inserts into the table is the one named.
     */
    @Test
    void aTriggerThatOnlyReadsTheTableTheRowsWereAddedToIsNotNamed() throws Exception {
        MigrationsFolder folder = folder(AUDIT + "--> statement-breakpoint\nCREATE TRIGGER orders_log_full BEFORE DELETE ON orders WHEN"
                + " (SELECT count(*) FROM order_log) > 100000 BEGIN SELECT RAISE(ABORT, 'order_log is full'); END;", true);
        Path file = appliedUpToTheRebuild(folder);
        PreflightRefusedException e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(file, false, EngineLog.SILENT)
                .check(folder.migrations().subList(2, 3)));
        assertTrue(e.getMessage().contains("\n  - \"order_log\": 3 rows added (now 3) by trigger \"orders_gone\" that the rebuild's moving of rows"
                + " fires (it deletes rows and inserts them again), through 0002_tier.sql statement 5: DELETE FROM `orders`;"), e.getMessage());
        applyTheRest(file, folder);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            assertEquals(List.of(Map.of("n", 3L)), db.query("SELECT count(*) AS n FROM order_log"), "the truth: one audit row per moved order");
        }
    }

    /**
     * A moved child's trigger can rewrite a table the migration does not move at all: orders' AFTER INSERT counting every order
     * into stats.orders_seen (orders_seen = orders_seen + 1). A real apply of the customers rebuild counts each moved order
     * again; only tables whose rows were moved were compared, so db:verify and the pre-flight said nothing.
     */
    @Test
    void aMovedChildsTriggerThatCountsIntoATableTheMigrationDoesNotMoveIsReported() throws Exception {
        String stats = "  - name: stats\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n"
                + "      - {name: orders_seen, type: integer, notNull: true, default: 0}\n";
        SchemaDef v0 = YamlSchemaReader.read(shopYaml("") + stats, "schema.yaml");
        SchemaDef v1 = YamlSchemaReader.read(shopYaml(TIER) + stats, "schema.yaml");
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(v0, folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(v0, folder, GenerateOptions.batch().withName("custom").withCustom(true));
        Files.writeString(folder.sqlFile("0001_custom"), Files.readString(folder.sqlFile("0001_custom")) + "\nCREATE TRIGGER orders_counted AFTER INSERT"
                + " ON orders BEGIN UPDATE stats SET orders_seen = orders_seen + 1; END;\n");
        new Generator().generate(v1, folder, GenerateOptions.batch().withName("tier"));
        Path file = dir.resolve("app.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT).apply(folder.migrations().subList(0, 2), ApplyOptions.defaults());
            db.runAtomically(List.of("INSERT INTO stats (id, orders_seen) VALUES (1, 0)", "INSERT INTO customers (id, name) VALUES (1, 'ann'), (2, 'bob')",
                    "INSERT INTO orders (id, customer_id, status) VALUES (10, 1, 'paid'), (11, 1, 'open'), (12, 2, 'paid')"), false);
        }

        PreflightRefusedException e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(file, false, EngineLog.SILENT)
                .check(folder.migrations().subList(2, 3)));
        assertTrue(e.getMessage().contains("\n  - \"stats\".\"orders_seen\": 1 of 1 rows rewritten by trigger \"orders_counted\" that fires when the"
                + " rebuild inserts them again, through 0002_tier.sql statement 9: INSERT INTO `orders`"), e.getMessage());
        List<Finding> f = Verifier.verify(v1, folder);
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).message().contains("\"stats\".\"orders_seen\": 3 of 3 rows rewritten by trigger \"orders_counted\""), f.get(0).message());

        applyTheRest(file, folder);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            assertEquals(List.of(Map.of("orders_seen", 6L)), db.query("SELECT orders_seen FROM stats"), "the truth: every moved order counted again");
        }
    }
}
