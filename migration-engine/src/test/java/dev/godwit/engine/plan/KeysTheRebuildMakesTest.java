package dev.godwit.engine.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
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
 * A rebuild drops the old table with foreign keys on (D1, a local apply's transaction), and SQLite then compiles the keys of
 * every table still there that names it: a key to columns the old table has no key on fails ("foreign key mismatch"), and a
 * key to a table already gone fails ("no such table"). Three shapes the random cases of fuzz_cases.py extended found (round 26),
 * each failing on a real apply before: a new table keyed to what only the rebuild makes (a column it renames to rowid, a
 * UNIQUE it adds, with an existing table gaining a key to that new table), and a dropped table that cascades from two rebuilt
 * ones while a survivor still held a key to it.
 */
class KeysTheRebuildMakesTest {

    @TempDir
    Path dir;

    /** Generates v1 then v2, applies v1, the rows, then v2, on a local file and on the D1 stand-in; then the same by db:push. */
    private void appliesWithItsRows(SchemaDef v1, SchemaDef v2, List<String> rows, String query, String expected) throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(v1, folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(v2, folder, GenerateOptions.batch().withName("change").withAcceptDataLoss(true));
        BothTargets.each(dir, "generated", (db, where) -> {
            Migrator migrator = new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT);
            migrator.apply(folder.migrations().subList(0, 1), ApplyOptions.defaults());
            db.runAtomically(rows, false);
            migrator.apply(folder, ApplyOptions.defaults());
            assertEquals(2, db.query("SELECT * FROM __drizzle_migrations").size(), where);
            assertEquals(expected, db.query(query).toString(), where);
            assertEquals("[]", db.query("PRAGMA foreign_key_check").toString(), where);
        });
        BothTargets.each(dir, "pushed", (db, where) -> {
            Pusher pusher = new Pusher(db, EngineLog.SILENT, Set.of());
            pusher.push(v1, true, null);
            db.runAtomically(rows, false);
            pusher.push(v2, true, null);
            assertEquals(expected, db.query(query).toString(), where);
        });
    }

    /**
     * accounts' id becomes rowid (a rebuild renames it: SQLite refuses RENAME COLUMN there), and a new table is keyed to it.
     * Dropping the old accounts compiles its own ON DELETE SET NULL, an UPDATE of accounts, which looks up the keys to it.
     */
    @Test
    void aNewTableKeyedToAColumnTheRebuildRenamesToRowidComesAfterTheOldTableIsDropped() throws Exception {
        SchemaDef v1 = YamlSchemaReader.read("tables:\n"
                + "  - name: accounts\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n      - {name: name, type: text}\n"
                + "      - {name: referrer, type: integer}\n"
                + "    foreignKeys: [{columns: [referrer], references: {table: accounts, columns: [id]}, onDelete: set null}]\n",
                "schema.yaml");
        SchemaDef v2 = YamlSchemaReader.read("tables:\n"
                + "  - name: accounts\n    columns:\n      - {name: rowid, type: integer, primaryKey: true, renamedFrom: id}\n      - {name: name, type: text}\n"
                + "      - {name: referrer, type: integer}\n"
                + "    foreignKeys: [{columns: [referrer], references: {table: accounts, columns: [rowid]}, onDelete: set null}]\n"
                + "  - name: logins\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n      - {name: account, type: integer}\n"
                + "    foreignKeys: [{columns: [account], references: {table: accounts, columns: [rowid]}, onDelete: restrict}]\n",
                "schema.yaml");
        appliesWithItsRows(v1, v2, List.of("INSERT INTO accounts (id, name, referrer) VALUES (1, 'ann', NULL), (2, 'bob', 1)"),
                "SELECT rowid, name, referrer FROM accounts ORDER BY 1", "[{rowid=1, name=ann, referrer=null}, {rowid=2, name=bob, referrer=1}]");
        String sql = Files.readString(MigrationsFolder.at(dir.resolve("drizzle")).sqlFile(MigrationsFolder.at(dir.resolve("drizzle")).migrations().get(1).tag()));
        assertTrue(sql.indexOf("DROP TABLE `accounts`;") < sql.indexOf("CREATE TABLE `logins`"), sql);
    }

    /**
     * prices is rebuilt (a CHECK) and gets UNIQUE (currency, amount); the new table quotes is keyed to those columns, and the existing
     * orders gains a key to quotes with an added column. quotes must wait for the old prices to go (whose drop compiles its own ON DELETE SET NULL, an UPDATE of prices that looks
     * up every key to it), and orders, whose key to
     * quotes would otherwise be compiled while prices' drop cascades into it, is rebuilt with quotes made inside the rebuild.
     */
    @Test
    void aNewTableKeyedToAUniqueTheRebuildAddsWithAnExistingTableGainingAKeyToIt() throws Exception {
        String prices = "  - name: prices\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n      - {name: currency, type: text}\n"
                + "      - {name: amount, type: integer}\n      - {name: replaces, type: integer}\n"
                + "    foreignKeys: [{columns: [replaces], references: {table: prices, columns: [id]}, onDelete: set null}]\n";
        String orders = "  - name: orders\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n      - {name: price_id, type: integer}\n";
        String ordersKey = "    foreignKeys:\n      - {columns: [price_id], references: {table: prices, columns: [id]}, onDelete: cascade}\n";
        SchemaDef v1 = YamlSchemaReader.read("tables:\n" + prices + orders + ordersKey, "schema.yaml");
        SchemaDef v2 = YamlSchemaReader.read("tables:\n" + prices + "    uniques: [{name: prices_currency_amount, columns: [currency, amount]}]\n"
                + "    checks: [{name: prices_positive, expression: \"amount > 0\"}]\n"
                + orders + "      - {name: quote_code, type: text}\n" + ordersKey
                + "      - {columns: [quote_code], references: {table: quotes, columns: [code]}, onDelete: cascade}\n"
                + "  - name: quotes\n    columns:\n      - {name: code, type: text, primaryKey: true}\n      - {name: currency, type: text}\n"
                + "      - {name: amount, type: integer}\n"
                + "    foreignKeys: [{columns: [currency, amount], references: {table: prices, columns: [currency, amount]}, onDelete: cascade}]\n",
                "schema.yaml");
        appliesWithItsRows(v1, v2, List.of("INSERT INTO prices (id, currency, amount, replaces) VALUES (1, 'eur', 5, NULL), (2, 'usd', 7, 1)",
                        "INSERT INTO orders (id, price_id) VALUES (10, 1), (11, 2)"),
                "SELECT id, price_id, quote_code FROM orders ORDER BY id", "[{id=10, price_id=1, quote_code=null}, {id=11, price_id=2, quote_code=null}]");
    }

    /**
     * shops loses its key to the dropped table reviews, which SQLite must drop only after that rebuild; reviews cascades from
     * shops and from products, both rebuilt. Left to the end, dropping products' stand-in compiled reviews' cascade, which
     * looked up shops, gone by then ("no such table"). reviews now goes among the rebuild's drops.
     */
    @Test
    void aDroppedTableCascadingFromTwoRebuiltTablesGoesAmongTheirDrops() throws Exception {
        String checks = "    checks: [{name: %s_named, expression: \"length(name) > 0\"}]\n";
        String products = "  - name: products\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n      - {name: name, type: text}\n"
                + "      - {name: shop_id, type: integer}\n"
                + "    foreignKeys: [{columns: [shop_id], references: {table: shops, columns: [id]}, onDelete: cascade}]\n";
        String shops = "  - name: shops\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n      - {name: name, type: text}\n"
                + "      - {name: top_review, type: integer}\n";
        String reviews = "  - name: reviews\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n      - {name: shop_id, type: integer}\n"
                + "      - {name: product_id, type: integer}\n"
                + "    foreignKeys:\n      - {columns: [shop_id], references: {table: shops, columns: [id]}, onDelete: cascade}\n"
                + "      - {columns: [product_id], references: {table: products, columns: [id]}, onDelete: cascade}\n";
        SchemaDef v1 = YamlSchemaReader.read("tables:\n" + products + shops
                + "    foreignKeys: [{columns: [top_review], references: {table: reviews, columns: [id]}, onDelete: restrict}]\n" + reviews, "schema.yaml");
        SchemaDef v2 = YamlSchemaReader.read("tables:\n" + products + checks.formatted("products") + shops + checks.formatted("shops"), "schema.yaml");
        appliesWithItsRows(v1, v2, List.of("INSERT INTO shops (id, name) VALUES (1, 'corner')", "INSERT INTO products (id, name, shop_id) VALUES (5, 'tea', 1)",
                        "INSERT INTO reviews (id, shop_id, product_id) VALUES (9, 1, 5)", "UPDATE shops SET top_review = 9"),
                "SELECT s.id, s.top_review, p.id AS product FROM shops s JOIN products p ON p.shop_id = s.id",
                "[{id=1, top_review=9, product=5}]");
    }

    /**
     * authors and books (a child of authors) are rebuilt; the new reviews cascades from authors and names books, and the
     * existing shelves gains a key to reviews with an added column. books is dropped first, then authors' drop compiles its
     * cascade into reviews, which looks books up: "no such table". reviews could not simply wait for the drops, as shelves'
     * key needs it; shelves is now rebuilt too and reviews made inside the rebuild. Found by fuzz_cases.py extended (fz100x_41).
     */
    @Test
    void aNewTableTheDropsReachWithAnotherParentGoneThatAnExistingTableGainsAKeyTo() throws Exception {
        String authors = "  - name: authors\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n      - {name: name, type: text}\n";
        String books = "  - name: books\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n      - {name: title, type: text}\n"
                + "      - {name: author_id, type: integer}\n"
                + "    foreignKeys: [{columns: [author_id], references: {table: authors, columns: [id]}}]\n";
        String shelves = "  - name: shelves\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n";
        String checks = "    checks: [{name: %s_named, expression: \"length(%s) > 0\"}]\n";
        SchemaDef v1 = YamlSchemaReader.read("tables:\n" + authors + books + shelves, "schema.yaml");
        SchemaDef v2 = YamlSchemaReader.read("tables:\n" + authors + checks.formatted("authors", "name") + books + checks.formatted("books", "title")
                + shelves + "      - {name: review_id, type: integer}\n"
                + "    foreignKeys: [{columns: [review_id], references: {table: reviews, columns: [id]}}]\n"
                + "  - name: reviews\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n      - {name: author_id, type: integer}\n"
                + "      - {name: book_id, type: integer}\n"
                + "    foreignKeys:\n      - {columns: [author_id], references: {table: authors, columns: [id]}, onDelete: cascade}\n"
                + "      - {columns: [book_id], references: {table: books, columns: [id]}, onDelete: restrict}\n", "schema.yaml");
        appliesWithItsRows(v1, v2, List.of("INSERT INTO authors (id, name) VALUES (1, 'ann')", "INSERT INTO books (id, title, author_id) VALUES (3, 'tea', 1)",
                        "INSERT INTO shelves (id) VALUES (7)"),
                "SELECT b.id, b.author_id, s.id AS shelf, s.review_id FROM books b, shelves s", "[{id=3, author_id=1, shelf=7, review_id=null}]");
    }

    /**
     * The reverse, a key the rebuild drops: accounts' primary key moves from email to a new id, and plans, keyed to
     * accounts(email), is dropped in the same migration. accounts also loses its key to plans, so plans waited for the end
     * of the migration; meanwhile every row copied back into the new accounts failed ("foreign key mismatch - plans
     * referencing accounts"). plans now goes among the rebuild's drops (fz289x_12, round 27).
     */
    @Test
    void aDroppedTableKeyedToAPrimaryKeyTheRebuildMovesGoesAmongItsDrops() throws Exception {
        String plans = "  - name: plans\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n      - {name: owner_email, type: text}\n"
                + "    foreignKeys: [{columns: [owner_email], references: {table: accounts, columns: [email]}, onDelete: cascade}]\n";
        SchemaDef v1 = YamlSchemaReader.read("tables:\n"
                + "  - name: accounts\n    columns:\n      - {name: email, type: text, primaryKey: true}\n      - {name: id, type: integer, notNull: true}\n"
                + "      - {name: plan_id, type: integer}\n"
                + "    foreignKeys: [{columns: [plan_id], references: {table: plans, columns: [id]}, onDelete: set null}]\n" + plans, "schema.yaml");
        SchemaDef v2 = YamlSchemaReader.read("tables:\n"
                + "  - name: accounts\n    columns:\n      - {name: email, type: text, notNull: true}\n      - {name: id, type: integer, primaryKey: true}\n"
                + "      - {name: plan_id, type: integer}\n", "schema.yaml");
        appliesWithItsRows(v1, v2, List.of("INSERT INTO accounts (email, id, plan_id) VALUES ('ann@example.com', 1, NULL), ('bob@example.com', 2, NULL)",
                        "INSERT INTO plans (id, owner_email) VALUES (10, 'ann@example.com')", "UPDATE accounts SET plan_id = 10"),
                "SELECT email, id, plan_id FROM accounts ORDER BY id",
                "[{email=ann@example.com, id=1, plan_id=10}, {email=bob@example.com, id=2, plan_id=10}]");
        String sql = Files.readString(MigrationsFolder.at(dir.resolve("drizzle")).sqlFile(MigrationsFolder.at(dir.resolve("drizzle")).migrations().get(1).tag()));
        assertTrue(sql.indexOf("DROP TABLE `plans`;") < sql.indexOf("INSERT INTO `accounts`"), sql);
    }
}
