package dev.godwit.engine.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.schema.model.SchemaDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The replay's generated rows gave a column a CHECK limits to a list the same member in every row ({@code status IN ('Active',
 * 'Inactive')}: 'Active' three times), and a boolean column (drizzle's mode, DEFAULT true, no CHECK) neither 0 nor 1: a hand-written
 * {@code DELETE FROM users WHERE status = 'Inactive'}, or a rebuild copying {@code WHERE status <> 'Inactive'}, met no generated
 * row and db:verify passed, while on D1 the inactive users were gone. Rows 2 and 3 now take the list's other members (and 0, 1),
 * where the database takes them.
 */
class AllowedValuesReplayTest {

    @TempDir
    Path dir;

    private static final SchemaDef SCHEMA = dev.godwit.engine.yaml.YamlSchemaReader.read("""
            tables:
              - name: users
                columns:
                  - {name: id, type: integer, primaryKey: true}
                  - {name: name, type: text, notNull: true}
                  - {name: status, type: text, notNull: true, default: Active}
                  - {name: active, type: integer, mode: boolean, notNull: true, default: true}
                  - {name: left_at, type: text}
                  - {name: nickname, type: text}
                checks:
                  - {name: status_in, expression: "status IN ('Active', 'Inactive')"}
                  - {name: left_when_inactive, expression: "status = 'Active' OR left_at IS NOT NULL"}
              - name: posts
                columns:
                  - {name: id, type: integer, primaryKey: true}
                  - {name: user_id, type: integer, notNull: true}
                  - {name: kind, type: text, notNull: true}
                  - {name: title, type: text, notNull: true}
                checks:
                  - {name: kind_in, expression: "kind IN ('draft', 'live', 'gone')"}
                foreignKeys: [{columns: [user_id], references: {table: users, columns: [id]}, onDelete: cascade, onUpdate: cascade}]
                indexes:
                  - {name: posts_user_kind, columns: [user_id, kind], unique: true}
            """, "schema.yaml");

    /** Teams whose members' reference is set NULL where a team's id moves. */
    private static final SchemaDef TEAMS = dev.godwit.engine.yaml.YamlSchemaReader.read("""
            tables:
              - name: teams
                columns:
                  - {name: id, type: integer, primaryKey: true}
                  - {name: status, type: text, notNull: true}
                checks:
                  - {name: status_in, expression: "status IN ('open', 'archived')"}
              - name: members
                columns:
                  - {name: id, type: integer, primaryKey: true}
                  - {name: team_id, type: integer}
                foreignKeys: [{columns: [team_id], references: {table: teams, columns: [id]}, onDelete: set null, onUpdate: set null}]
            """, "schema.yaml");

    private Verifier.Verification verify(String sql) throws Exception {
        return verify(SCHEMA, sql);
    }

    private Verifier.Verification verify(SchemaDef schema, String sql) throws Exception {
        return Verifier.check(schema, folder(schema, sql));
    }

    /** drizzle/ as db:generate writes it for {@code schema}, then a custom migration 0001_cleanup holding {@code sql}. */
    private MigrationsFolder folder(SchemaDef schema, String sql) throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(schema, folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(schema, folder, GenerateOptions.batch().withName("cleanup").withCustom(true));
        Path file = folder.sqlFile("0001_cleanup");
        Files.writeString(file, Files.readString(file) + "\n" + sql + "\n");
        return folder;
    }

    /** {@code sql}, the cleanup's one statement, found deleting {@code rows} of the 3 generated rows of {@code table} alone. */
    private void deletes(SchemaDef schema, String table, int rows, String sql) throws Exception {
        lost(verify(schema, sql), List.of("\"" + table + "\": " + rows + " of 3 rows deleted, through 0001_cleanup.sql statement 1: " + sql), table);
    }

    private static void lost(Verifier.Verification v, List<String> lines, String declare) {
        assertEquals(1, v.findings().size(), v.findings() + " " + v.warnings());
        String said = v.findings().get(0).message();
        assertTrue(said.startsWith("replaying drizzle/0001_cleanup.sql on tables holding generated rows (as D1 runs it) removes or rewrites rows it should keep:\n    - "
                + String.join("\n    - ", lines) + "\n  A database holding rows loses them the same way"), said);
        assertTrue(said.contains("\n    -- godwit:accept-data-loss " + declare + "\n"), said);
        assertEquals(List.of(), v.warnings());   // seen on the generated rows themselves, not only on the rows holding NULL
    }

    @Test
    void aDeleteOfTheRowsHoldingAnotherMemberOfTheListIsFound() throws Exception {
        // the inactive user's post goes with him (ON DELETE CASCADE)
        String delete = "0001_cleanup.sql statement 1: DELETE FROM users WHERE status = 'Inactive';";
        lost(verify("DELETE FROM users WHERE status = 'Inactive';"),
                List.of("\"users\": 1 of 3 rows deleted, through " + delete, "\"posts\": 1 of 3 rows deleted, through " + delete), "users, posts");
    }

    @Test
    void aDeclaredDeleteOfTheListsOtherMemberStillShowsItsCascade() throws Exception {
        lost(verify("-- godwit:accept-data-loss users\nDELETE FROM users WHERE status = 'Inactive';"),
                List.of("\"posts\": 1 of 3 rows deleted, through 0001_cleanup.sql statement 1: DELETE FROM users WHERE status = 'Inactive';"), "posts");
    }

    @Test
    void aDeleteOfTheFalseRowsOfABooleanColumnIsFound() throws Exception {
        String delete = "0001_cleanup.sql statement 1: DELETE FROM users WHERE active = 0;";
        lost(verify("DELETE FROM users WHERE active = 0;"),
                List.of("\"users\": 1 of 3 rows deleted, through " + delete, "\"posts\": 1 of 3 rows deleted, through " + delete), "users, posts");
    }

    @Test
    void aDeleteOfAThirdMemberIsFound() throws Exception {
        deletes(SCHEMA, "posts", 1, "DELETE FROM posts WHERE kind = 'gone';");
    }

    @Test
    void anUpdateFilteredByTheListsOtherMemberIsFound() throws Exception {
        // moving the archived teams' ids leaves their members without a team (ON UPDATE SET NULL)
        lost(verify(TEAMS, "UPDATE teams SET id = id + 1000000 WHERE status = 'archived';"), 
                List.of("\"members\".\"team_id\": 1 of 3 references set to NULL, through 0001_cleanup.sql statement 1: UPDATE teams SET id = id + 1000000 WHERE status = 'archived';"),
                "members");
    }

    @Test
    void aRebuildLeavingOutTheRowsOfAnotherMemberIsFound() throws Exception {
        lost(verify("""
                CREATE TABLE `__new_posts` (`id` integer PRIMARY KEY, `user_id` integer NOT NULL, `kind` text NOT NULL, `title` text NOT NULL, FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE cascade ON DELETE cascade, CONSTRAINT "kind_in" CHECK(kind IN ('draft', 'live', 'gone')));--> statement-breakpoint
                INSERT INTO `__new_posts`("id", "user_id", "kind", "title") SELECT "id", "user_id", "kind", "title" FROM `posts` WHERE kind <> 'gone';--> statement-breakpoint
                DROP TABLE `posts`;--> statement-breakpoint
                ALTER TABLE `__new_posts` RENAME TO `posts`;--> statement-breakpoint
                CREATE UNIQUE INDEX `posts_user_kind` ON `posts` (`user_id`,`kind`);"""),
                List.of("\"posts\": 1 of 3 rows deleted, through 0001_cleanup.sql statement 2: INSERT INTO `__new_posts`(\"id\", \"user_id\", \"kind\", \"title\")"
                        + " SELECT \"id\", \"user_id\", \"kind\", \"title\" FROM `posts` WHERE kind <> 'gone';"), "posts");
    }

    /** Stock whose quantity a CHECK keeps above 0 and whose price at 100 or more: one bound each, no range. */
    private static final SchemaDef ITEMS = dev.godwit.engine.yaml.YamlSchemaReader.read("""
            tables:
              - name: items
                columns:
                  - {name: id, type: integer, primaryKey: true}
                  - {name: qty, type: integer, notNull: true}
                  - {name: price, type: real, notNull: true}
                  - {name: size, type: integer, notNull: true}
                checks:
                  - {name: qty_positive, expression: "qty > 0"}
                  - {name: price_floor, expression: "price >= 100"}
                  - {name: size_range, expression: "size > 0 AND size < 10"}
            """, "schema.yaml");

    /**
     * Every row held one generated value where a CHECK gave one bound alone ({@code qty > 0}, {@code price >= 100}) or strict
     * ones ({@code size > 0 AND size < 10}): a cleanup of the rows at a bound met none and passed green.
     */
    @Test
    void aDeleteOfTheRowsAtALowerBoundAloneIsFound() throws Exception {
        deletes(ITEMS, "items", 1, "DELETE FROM items WHERE qty = 1;");
    }

    @Test
    void aDeleteOfTheRowsAtAnInclusiveBoundOfARealIsFound() throws Exception {
        deletes(ITEMS, "items", 1, "DELETE FROM items WHERE price = 100;");
    }

    @Test
    void aDeleteOfTheRowsAtAStrictUpperBoundIsFound() throws Exception {
        deletes(ITEMS, "items", 1, "DELETE FROM items WHERE size = 9;");
    }

    @Test
    void aMigrationThatMeetsNoneOfThemStillPasses() throws Exception {
        // the rows spread over the values take the CHECK across two columns (an inactive user has left_at), the UNIQUE (user_id, kind)
        // and the reference: a write meeting none of them finds nothing
        Verifier.Verification v = verify("DELETE FROM users WHERE status NOT IN ('Active', 'Inactive') OR (status = 'Inactive' AND left_at IS NULL);\n"
                + "--> statement-breakpoint\nDELETE FROM posts WHERE kind NOT IN ('draft', 'live', 'gone');\n"
                + "--> statement-breakpoint\nUPDATE users SET active = 1 - active WHERE active NOT IN (0, 1);");
        assertEquals(List.of(), v.findings(), v.findings().toString());
    }

    @Test
    void aDeleteOfTheRowsHoldingANullableCheckedValueIsFound() throws Exception {
        // every generated sku was NULL (the CHECK refused the first candidates): a cleanup of the old SKUs met no row
        SchemaDef products = dev.godwit.engine.yaml.YamlSchemaReader.read("""
                tables:
                  - name: products
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: sku, type: text}
                    checks:
                      - {name: sku_shape, expression: "sku LIKE 'SKU-%' AND length(sku) = 8"}
                    indexes:
                      - {name: products_sku_unique, columns: [sku], unique: true}
                """, "schema.yaml");
        deletes(products, "products", 2, "DELETE FROM products WHERE sku LIKE 'SKU-0%';");
    }

    /** Real tables hold the default in most rows, the generated ones held it in none ('gen-1', 'gen-2', ...). */
    private static final SchemaDef ACCOUNTS = dev.godwit.engine.yaml.YamlSchemaReader.read("""
            tables:
              - name: accounts
                columns:
                  - {name: id, type: integer, primaryKey: true}
                  - {name: plan, type: text, notNull: true, default: free}
                  - {name: seats, type: integer, notNull: true, default: 5}
            """, "schema.yaml");

    @Test
    void aDeleteOfTheRowsHoldingATextDefaultIsFound() throws Exception {
        deletes(ACCOUNTS, "accounts", 1, "DELETE FROM accounts WHERE plan = 'free';");
    }

    @Test
    void aDeleteOfTheRowsHoldingANumberDefaultIsFound() throws Exception {
        deletes(ACCOUNTS, "accounts", 1, "DELETE FROM accounts WHERE seats = 5;");
    }

    /** A drizzle text enum is in no SQL: the replay reads the database's schema, and filled every row with 'gen-1', 'gen-2', ... */
    private static final SchemaDef MEMBERS = dev.godwit.engine.yaml.YamlSchemaReader.read("""
            tables:
              - name: members
                columns:
                  - {name: id, type: integer, primaryKey: true}
                  - {name: role, type: text, notNull: true, enum: [owner, member]}
                  - {name: state, type: text, notNull: true, enum: [todo, doing, done], default: doing}
            """, "schema.yaml");

    @Test
    void aDeleteOfTheRowsHoldingAnEnumMemberIsFound() throws Exception {
        deletes(MEMBERS, "members", 1, "DELETE FROM members WHERE role = 'member';");
    }

    @Test
    void anEnumWithADefaultTakesTheDefaultFirst() throws Exception {
        // rows 2 and 3: the default, then the member after it
        deletes(MEMBERS, "members", 2, "DELETE FROM members WHERE state IN ('doing', 'done');");
    }

    @Test
    void aSchemaThatFailsToLoadFailsTheCheckAsBeforeAfterTheReplay() throws Exception {
        // the replay asks for the schema code's enums at its first fill: a schema that does not load leaves the rows as without
        // it there, and the check fails with what loading threw, as it did when it first asked after the replay
        MigrationsFolder folder = folder(MEMBERS, "DELETE FROM members WHERE role = 'member';");
        IllegalStateException thrown = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> Verifier.check(() -> { throw new IllegalStateException("schema.yaml line 3: broken"); }, folder));
        assertEquals("schema.yaml line 3: broken", thrown.getMessage());
    }

    /** A range's ends and a list written as ORs: every generated row held the same value there. */
    private static final SchemaDef STOCK = dev.godwit.engine.yaml.YamlSchemaReader.read("""
            tables:
              - name: stock
                columns:
                  - {name: id, type: integer, primaryKey: true}
                  - {name: qty, type: integer, notNull: true}
                  - {name: bin, type: text, notNull: true}
                checks:
                  - {name: qty_range, expression: "qty BETWEEN 0 AND 100"}
                  - {name: bin_list, expression: "bin = 'front' OR bin = 'back'"}
            """, "schema.yaml");

    @Test
    void aDeleteOfTheRowsAtARangesEndIsFound() throws Exception {
        deletes(STOCK, "stock", 1, "DELETE FROM stock WHERE qty = 100;");
    }

    @Test
    void aDeleteOfTheRowsHoldingAnOrListsOtherMemberIsFound() throws Exception {
        deletes(STOCK, "stock", 1, "DELETE FROM stock WHERE bin = 'back';");
    }
}
