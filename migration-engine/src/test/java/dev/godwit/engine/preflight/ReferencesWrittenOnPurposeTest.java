package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.testing.RecordingLog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red-team review (round 43) found two false refusals, each teaching a user to pass -Ddb.acceptDataLoss: a data migration that
 * reassigns an order ({@code UPDATE orders SET customer_id = 2 WHERE id = 10}) was refused as "references changed (reset to a
 * default or rewritten)", and a rename of a parent's key under {@code ON UPDATE CASCADE} children ({@code UPDATE categories SET
 * slug = 'shoes' WHERE slug = 'old-shoes'}), whose children follow their parent row, likewise. A reference lost to a cascade of
 * a parent's rebuild is still refused.
 */
class ReferencesWrittenOnPurposeTest {

    @TempDir
    Path dir;
    final RecordingLog log = new RecordingLog();

    private static final List<String> SHOP = List.of(
            "CREATE TABLE customers (id integer PRIMARY KEY NOT NULL, name text)",
            "CREATE TABLE orders (id integer PRIMARY KEY NOT NULL, customer_id integer REFERENCES customers(id) ON DELETE SET NULL ON UPDATE CASCADE, note text)",
            "CREATE TABLE categories (slug text PRIMARY KEY NOT NULL, title text)",
            "CREATE TABLE products (id integer PRIMARY KEY NOT NULL, category text REFERENCES categories(slug) ON UPDATE CASCADE)",
            "CREATE TABLE tags (id integer PRIMARY KEY NOT NULL, category text REFERENCES categories(slug) ON UPDATE SET NULL)",
            // a join table whose key holds the reference: its rows follow their parent under new keys
            "CREATE TABLE category_labels (category text NOT NULL REFERENCES categories(slug) ON UPDATE CASCADE, label text NOT NULL,"
                    + " PRIMARY KEY (category, label))",
            "INSERT INTO customers VALUES (1, 'ann'), (2, 'bob')",
            "INSERT INTO orders VALUES (10, 1, 'a'), (11, 2, 'b')",
            "INSERT INTO categories VALUES ('old-shoes', 'Shoes'), ('hats', 'Hats')",
            "INSERT INTO category_labels VALUES ('old-shoes', 'new'), ('old-shoes', 'sale'), ('hats', 'new')",
            "INSERT INTO products VALUES (1, 'old-shoes'), (2, 'hats')");

    private Path file(String name) {
        Path file = dir.resolve(name + ".sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.runAtomically(SHOP, false);
        }
        return file;
    }

    private static Migration migration(String sql) {
        return new Migration(new JournalEntry(1, "6", 2000L, "0001_x", true), Path.of("0001_x.sql"), sql);
    }

    private void passes(String name, String sql) {
        log.lines().clear();
        Preflight.ofFile(file(name), false, log).check(List.of(migration(sql)));
        assertTrue(log.lines().stream().anyMatch(l -> l.contains("no rows removed or rewritten")), name + ": " + log.lines());
    }

    @Test
    void aReferenceTheMigrationUpdatesOrAParentKeyItRenamesUnderOnUpdateCascadeIsNoLoss() {
        passes("reassign", "UPDATE orders SET customer_id = 2 WHERE id = 10");
        passes("unlink", "UPDATE orders SET customer_id = NULL WHERE note = 'b'");
        passes("slug", "UPDATE categories SET slug = 'shoes' WHERE slug = 'old-shoes'");
        passes("renumber", "UPDATE customers SET id = id + 100");
    }

    @Test
    void aReferenceLostAlongsideIsStillRefused() {
        // ON UPDATE SET NULL: the children lose their parent
        try (SqliteDatabase db = SqliteDatabase.open(file("setnull"))) {
            db.runAtomically(List.of("INSERT INTO tags VALUES (1, 'old-shoes')"), false);
        }
        String e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(dir.resolve("setnull.sqlite"), false, log)
                .check(List.of(migration("UPDATE categories SET slug = 'shoes' WHERE slug = 'old-shoes'")))).getMessage();
        assertTrue(e.contains("- \"tags\".\"category\": 1 of 1 references set to NULL"), e);
        // beside the parent's key change, a join table's rows the migration deletes are still counted
        String deleted = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(file("labels"), false, log).check(List.of(migration(
                "UPDATE categories SET slug = 'shoes' WHERE slug = 'old-shoes';\n--> statement-breakpoint\nDELETE FROM category_labels WHERE label = 'sale'"))))
                .getMessage();
        assertTrue(deleted.contains("- \"category_labels\": 1 of 3 rows deleted"), deleted);
        // an UPDATE of the parent's other columns cascades nothing: the child's references a rebuild of it rewrites are still refused
        String rebuilt = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(file("rebuilt"), false, log).check(List.of(migration(
                "UPDATE customers SET name = upper(name);\n--> statement-breakpoint\nCREATE TABLE __new_orders (id integer PRIMARY KEY NOT NULL, customer_id integer"
                        + " REFERENCES customers(id) ON DELETE SET NULL ON UPDATE CASCADE, note text);\n--> statement-breakpoint\n"
                        + "INSERT INTO __new_orders (id, customer_id, note) SELECT id, 3 - customer_id, note FROM orders;\n--> statement-breakpoint\n"
                        + "DROP TABLE orders;\n--> statement-breakpoint\nALTER TABLE __new_orders RENAME TO orders;")))).getMessage();
        assertTrue(rebuilt.contains("- \"orders\".\"customer_id\": 2 of 2 references changed"), rebuilt);
        // an UPDATE of one reference beside a rebuild of the parent, whose DROP TABLE sets every reference to NULL (D1, foreign keys
        // on): the UPDATE's column is no licence for the cascade's loss (it passed with "no rows removed or rewritten")
        String BR = ";\n--> statement-breakpoint\n";
        String parentRebuild = "PRAGMA foreign_keys=OFF" + BR + "CREATE TABLE `__new_customers` (`id` integer PRIMARY KEY NOT NULL, `name` text NOT NULL"
                + " DEFAULT '')" + BR + "INSERT INTO `__new_customers`(\"id\", \"name\") SELECT \"id\", coalesce(\"name\", '') FROM `customers`" + BR
                + "DROP TABLE `customers`" + BR + "ALTER TABLE `__new_customers` RENAME TO `customers`" + BR + "PRAGMA foreign_keys=ON";
        for (String fix : List.of("UPDATE orders SET customer_id = 2 WHERE id = 10", "UPDATE orders SET customer_id = NULL WHERE id = 10")) {
            for (boolean before : new boolean[] {true, false}) {
                String sql = before ? fix + BR + parentRebuild : parentRebuild + BR + fix;
                String cascaded = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(file("cascade" + sql.hashCode()), false, log)
                        .check(List.of(migration(sql))), sql).getMessage();
                assertTrue(cascaded.contains("- \"orders\".\"customer_id\": ") && cascaded.contains("references set to NULL, through 0001_x.sql statement "),
                        cascaded);
            }
        }
    }
}
