package dev.godwit.engine.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.EngineLog;
import dev.godwit.engine.plan.UnsafeSqlException;
import dev.godwit.engine.yaml.YamlSchemaReader;
import dev.godwit.schema.model.SchemaDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * db:generate refuses a change that takes away a table, view or column which a view, generated column, check or index of the new
 * schema still reads. Before, the migration was written: a view over a dropped table applied and then failed on every query, a
 * view over a dropped column made the migration fail at apply, and a generated column over a dropped column quietly computed from
 * the column's name as a string ({@code "b" + 1} is 1).
 */
class GoneNameReadersTest {

    @TempDir
    Path dir;

    private static SchemaDef yaml(String text) {
        return YamlSchemaReader.read(text, "schema.yaml");
    }

    private MigrationsFolder folderWith(String first) {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(yaml(first), folder, GenerateOptions.batch().withName("init"));
        return folder;
    }

    /** The message db:generate refuses {@code next} with, after {@code first} was generated; nothing more may be written. */
    private String refusal(String first, String next) throws Exception {
        MigrationsFolder folder = folderWith(first);
        UnsafeSqlException e = assertThrows(UnsafeSqlException.class,
                () -> new Generator().generate(yaml(next), folder, GenerateOptions.batch().withAcceptDataLoss(true)));
        try (var files = Files.list(folder.dir())) {
            assertEquals(1, files.filter(p -> p.toString().endsWith(".sql")).count(), "nothing written");
        }
        return e.getMessage();
    }

    private static final String TWO_TABLES_TWO_VIEWS = """
            tables:
              - name: a
                columns: [{name: id, type: integer, primaryKey: true}, {name: x, type: text}, {name: y, type: text}]
              - name: b
                columns: [{name: id, type: integer, primaryKey: true}]
            views:
              - {name: va, as: "select id, x, y from a"}
              - {name: vb, as: "select id from b"}
            """;

    /** The next schema's tables (a without y, no b) and the head of its views list. */
    private static final String A_WITHOUT_Y_NOR_B = """
            tables:
              - name: a
                columns: [{name: id, type: integer, primaryKey: true}, {name: x, type: text}]
            views:
            """;

    @Test
    void aViewOverADroppedTableOrColumnIsRefusedNamingBoth() throws Exception {
        String next = A_WITHOUT_Y_NOR_B + """
                  - {name: va, as: "select id, x, y from a"}
                  - {name: vb, as: "select id from b"}
                """;
        assertEquals("Cannot write a migration for this schema (2 problems):\n"
                + "  - view \"va\" reads column \"a\".\"y\", which this schema drops (SQLite: no such column: y): from then on every query"
                + " on the view would fail. Change or remove the view in the schema in the same change, or keep what it reads\n"
                + "  - view \"vb\" reads table \"b\", which this schema drops (SQLite: no such table: main.b): from then on every query"
                + " on the view would fail. Change or remove the view in the schema in the same change, or keep what it reads",
                refusal(TWO_TABLES_TWO_VIEWS, next));
    }

    /** A view left reading a view the schema renames is told of the rename and the new name to write, not of a drop. */
    @Test
    void aViewLeftReadingARenamedViewIsToldTheNewName() throws Exception {
        String next = A_WITHOUT_Y_NOR_B + """
                  - {name: va2, as: "select id, x from a", renamedFrom: va}
                  - {name: top, as: "select id from va"}
                """;
        String first = TWO_TABLES_TWO_VIEWS.replace("  - {name: vb, as: \"select id from b\"}", "  - {name: top, as: \"select id from va\"}")
                .replace("select id, x, y from a", "select id, x from a");
        String message = refusal(first, next);
        assertTrue(message.startsWith("Cannot write a migration for this schema: view \"top\" reads view \"va\", which this schema renames to"
                + " \"va2\" (write the new name)"), message);
    }

    @Test
    void theSameChangeWithTheViewsFollowingIsWrittenAndApplies() throws Exception {
        MigrationsFolder folder = folderWith(TWO_TABLES_TWO_VIEWS);
        String next = A_WITHOUT_Y_NOR_B + """
                  - {name: va, as: "select id, x from a"}
                """;
        GenerateResult r = new Generator().generate(yaml(next), folder, GenerateOptions.batch().withAcceptDataLoss(true));
        assertTrue(r.written());
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("app.db"))) {
            new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
            assertEquals(List.of(), dev.godwit.engine.db.UnreadableViews.in(db).keySet().stream().toList());
        }
    }

    @Test
    void aViewLeftOnARenamedTableIsRefusedAndAskedToFollowTheNewName() throws Exception {
        assertEquals("Cannot write a migration for this schema: view \"v\" reads table \"users\", which this schema renames to \"people\" (write the"
                + " new name) (SQLite: no such table: main.users): SQLite rewrites the view in the database on the rename, so the schema would no"
                + " longer say what the database holds, and a view created from it would fail. Change or remove the view in the schema in the"
                + " same change, or keep what it reads", refusal("""
                tables:
                  - name: users
                    columns: [{name: id, type: integer, primaryKey: true}]
                views:
                  - {name: v, as: "select \\"id\\" from \\"users\\""}
                """, """
                tables:
                  - name: people
                    renamedFrom: users
                    columns: [{name: id, type: integer, primaryKey: true}]
                views:
                  - {name: v, as: "select \\"id\\" from \\"users\\""}
                """));
    }

    @Test
    void aGeneratedColumnOverADroppedColumnIsRefusedThoughSqliteWouldTakeTheQuotedNameForAString() throws Exception {
        assertEquals("Cannot write a migration for this schema: generated column \"t\".\"g\" reads column \"t\".\"b\", which this schema drops"
                + " (SQLite: no such column: b): SQLite would refuse it, or take a name in double quotes for a string and compute from its text."
                + " Change or remove the expression in the schema in the same change, or keep what it reads", refusal("""
                tables:
                  - name: t
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: b, type: integer}
                      - {name: g, type: integer, generated: {as: "\\"b\\" + 1", type: virtual}}
                """, """
                tables:
                  - name: t
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: g, type: integer, generated: {as: "\\"b\\" + 1", type: virtual}}
                """));
    }

    /** drizzle-kit writes a check's columns as "table"."column": one left naming the table's old name would break the next rebuild. */
    @Test
    void aCheckLeftNamingARenamedTableIsRefused() throws Exception {
        String message = refusal("""
                tables:
                  - name: users
                    columns: [{name: id, type: integer, primaryKey: true}, {name: age, type: integer}]
                    checks: [{name: adult, expression: '"users"."age" >= 18'}]
                """, """
                tables:
                  - name: people
                    renamedFrom: users
                    columns: [{name: id, type: integer, primaryKey: true}, {name: age, type: integer}]
                    checks: [{name: adult, expression: '"users"."age" >= 18'}]
                """);
        assertTrue(message.startsWith("Cannot write a migration for this schema: check \"adult\" of table \"people\" reads table \"users\","
                + " which this schema renames to \"people\" (write the new name) (SQLite: no such column: users.age)"), message);
    }

    @Test
    void aViewOverWhatTheSchemaDoesNotDeclareIsNotTakenForBroken() {
        // v reads an existing view (managed elsewhere) and mentions y, which a loses: the probe lacks "ext", which is no reason to refuse.
        String first = """
                tables:
                  - name: a
                    columns: [{name: id, type: integer, primaryKey: true}, {name: y, type: text}]
                views:
                  - {name: ext, existing: true}
                  - {name: v, as: "select y from ext"}
                """;
        MigrationsFolder folder = folderWith(first);
        GenerateResult r = new Generator().generate(yaml(first.replace(", {name: y, type: text}", "")), folder,
                GenerateOptions.batch().withAcceptDataLoss(true));
        assertEquals("ALTER TABLE `a` DROP COLUMN `y`;", r.sql());
        // tried on the folder's schema (PlanTrial), which lacks "ext": no view taken around it, no failure said
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void aMentionThatStillNamesSomethingIsNotRefused() {
        // "y" is dropped from a, but the view's y is b's column (and x an alias): SQLite reads it, so the change is fine.
        MigrationsFolder folder = folderWith("""
                tables:
                  - name: a
                    columns: [{name: id, type: integer, primaryKey: true}, {name: y, type: text}]
                  - name: b
                    columns: [{name: id, type: integer, primaryKey: true}, {name: y, type: text}]
                views:
                  - {name: v, as: "select b.y from a join b on a.id = b.id"}
                """);
        GenerateResult r = new Generator().generate(yaml("""
                tables:
                  - name: a
                    columns: [{name: id, type: integer, primaryKey: true}]
                  - name: b
                    columns: [{name: id, type: integer, primaryKey: true}, {name: y, type: text}]
                views:
                  - {name: v, as: "select b.y from a join b on a.id = b.id"}
                """), folder, GenerateOptions.batch().withAcceptDataLoss(true));
        assertTrue(r.written());
        assertFalse(r.sql().contains("VIEW"), r.sql());
    }
    /**
     * A view (or CHECK) that writes a string in double quotes, as SQLite lets it ({@code status = "paid"}), is no reader of
     * another table's column of that name: dropping {@code invoices.paid} was refused ("view \"paid_orders\" reads column
     * \"invoices\".\"paid\"") since the probe turned every quoted gone name into a column reference, though the view never read
     * that column and reads the same after the change.
     */
    @Test
    void aNameInDoubleQuotesThatWasAStringBeforeTheChangeIsNotRefused() {
        String first = """
                tables:
                  - name: orders
                    columns: [{name: id, type: integer, primaryKey: true}, {name: status, type: text}]
                    checks: [{name: known, expression: "status IN (\\"paid\\", 'open')"}]
                  - name: invoices
                    columns: [{name: id, type: integer, primaryKey: true}, {name: paid, type: integer}]
                views:
                  - {name: paid_orders, as: "select id from orders where status = \\"paid\\""}
                """;
        MigrationsFolder folder = folderWith(first);
        GenerateResult r = new Generator().generate(yaml(first.replace(", {name: paid, type: integer}", "")), folder,
                GenerateOptions.batch().withAcceptDataLoss(true));
        assertEquals("ALTER TABLE `invoices` DROP COLUMN `paid`;", r.sql());
    }
}
