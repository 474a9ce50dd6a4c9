package dev.godwit.engine.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.schema.model.CheckDef;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A UNIQUE index, CHECK or foreign key added to a table with rows loses nothing but fails on rows that break it: tried on SQLite,
 * the migration fails and the rows are as they were; db:generate says so in a warning, as it cannot see the rows.
 */
class ConstraintsOnExistingRowsTest {

    @TempDir
    Path dir;

    final Generator generator = new Generator(Clock.fixed(Instant.ofEpochMilli(1_800_000_000_000L), ZoneOffset.UTC), new Random(1));

    static final String FAILS_ = " make db:apply fail at this migration, which then changes nothing (its pre-flight finds such rows in a local file"
            + " before applying anything, not on D1)";

    static TableDef parents() {
        return new TableDef("parents", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true)), null, List.of(), List.of(), List.of(), null);
    }

    static TableDef items() {
        return new TableDef("items", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("code", "text"),
                ColumnDef.of("qty", "integer"), ColumnDef.of("parent_id", "integer")), null, List.of(), List.of(), List.of(), null);
    }

    /** Applies 0000 and the next migration to rows that break what it adds: the error, and the rows afterwards. */
    private String appliedOnBreakingRows(MigrationsFolder folder, GenerateResult r) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            for (String stmt : Files.readString(folder.sqlFile("0000_init")).split("--> statement-breakpoint")) s.execute(stmt);
            s.execute("INSERT INTO items VALUES (1, 'a', 5, NULL), (2, 'a', -1, 9)");
            c.setAutoCommit(false);   // one transaction, as db:apply and D1 run a migration
            String error = null;
            try {
                for (String stmt : Files.readString(r.sqlFile()).split("--> statement-breakpoint")) s.execute(stmt);
                c.commit();
            } catch (SQLException e) {
                error = e.getMessage();
                c.rollback();
            }
            c.setAutoCommit(true);
            StringBuilder rows = new StringBuilder();
            try (ResultSet rs = s.executeQuery("SELECT id, code, qty, parent_id FROM items ORDER BY id")) {
                while (rs.next()) rows.append(rs.getInt(1)).append(rs.getString(2)).append(rs.getString(3)).append(rs.getString(4)).append(';');
            }
            return error + " | " + rows;
        }
    }

    private GenerateResult generated(MigrationsFolder folder, TableDef after) {
        generator.generate(new SchemaDef(List.of(parents(), items()), List.of()), folder, GenerateOptions.batch().withName("init"));
        return generator.generate(new SchemaDef(List.of(parents(), after), List.of()), folder, GenerateOptions.batch());
    }

    @Test
    void aUniqueIndexOnDuplicatesFailsAndGenerateSaysSo() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("unique"));
        GenerateResult r = generated(folder, items().withIndexes(List.of(new IndexDef("items_code_unique", List.of(IndexDef.Key.column("code")), true, null))));
        assertEquals(List.of("New UNIQUE index \"items_code_unique\" on \"items\": rows already sharing its key" + FAILS_
                + ". Remove or merge the duplicates first, in a custom migration before this one."), r.warnings());
        String applied = appliedOnBreakingRows(folder, r);
        assertTrue(applied.startsWith("[SQLITE_CONSTRAINT_UNIQUE] A UNIQUE constraint failed (UNIQUE constraint failed: items.code)"), applied);
        assertTrue(applied.endsWith(" | 1a5null;2a-19;"), applied);
    }

    @Test
    void aCheckOnRowsBreakingItFailsAndGenerateSaysSo() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("check"));
        GenerateResult r = generated(folder, items().withChecks(List.of(new CheckDef("qty_positive", "\"qty\" > 0"))));
        assertTrue(r.warnings().contains("New CHECK \"qty_positive\" on \"items\" (\"qty\" > 0): rows already breaking it" + FAILS_
                + ". Fix those rows first, in a custom migration before this one."), r.warnings().toString());
        String applied = appliedOnBreakingRows(folder, r);
        assertTrue(applied.contains("CHECK constraint failed: qty_positive"), applied);
        assertTrue(applied.endsWith(" | 1a5null;2a-19;"), applied);
    }

    @Test
    void aForeignKeyOverOrphansFailsAtCommitAndGenerateSaysSo() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("fk"));
        GenerateResult r = generated(folder, items().withForeignKeys(List.of(new ForeignKeyDef("items_parent_id_parents_id_fk", "items",
                List.of("parent_id"), "parents", List.of("id"), null, null))));
        assertTrue(r.warnings().contains("New foreign key \"items_parent_id_parents_id_fk\" on \"items\"[parent_id] -> \"parents\": rows whose parent_id"
                + " no \"parents\" row has" + FAILS_ + ". Set them NULL or add the missing parents first, in a custom migration"
                + " before this one."), r.warnings().toString());
        String applied = appliedOnBreakingRows(folder, r);
        assertTrue(applied.contains("FOREIGN KEY constraint failed"), applied);
        assertTrue(applied.endsWith(" | 1a5null;2a-19;"), applied);
    }

    /**
     * A primary key that gains a column, or is only reordered, holds the old key's columns: rows the old key kept apart stay apart, so
     * none can share the new one; nor can rows share a key holding the columns of an old UNIQUE index. db:generate warned "rows
     * already sharing a key" for each (f19_composite_pk_column_added_reordered_removed steps 1 and 2). A key losing a column still
     * warns; one over a retyped column ('01' and '1' become one) is named by the retype's warning.
     */
    static dev.godwit.schema.model.PrimaryKeyDef pkOn(List<String> columns) {
        return new dev.godwit.schema.model.PrimaryKeyDef(dev.godwit.schema.model.PrimaryKeyDef.defaultName("enrollments", columns), columns);
    }

    @Test
    void aPrimaryKeyOverTheOldKeysColumnsIsNotNew() throws Exception {
        ColumnDef student = ColumnDef.of("student", "integer").withNotNull(true);
        ColumnDef course = ColumnDef.of("course", "text").withNotNull(true);
        ColumnDef term = ColumnDef.of("term", "text").withNotNull(true).withDefault(dev.godwit.schema.model.DefaultValue.string("2026a"));
        ColumnDef seat = ColumnDef.of("seat", "integer");
        TableDef enrollments = new TableDef("enrollments", List.of(student, course, term, seat), pkOn(
                List.of("student", "course")), List.of(new IndexDef("enrollments_seat_uq", List.of(IndexDef.Key.column("seat")), true, null)),
                List.of(), List.of(), null);
        TableDef wider = enrollments.withPrimaryKey(pkOn(List.of("student", "course", "term")));
        TableDef reordered = enrollments.withPrimaryKey(pkOn(List.of("term", "course", "student")));
        TableDef overUnique = enrollments.withPrimaryKey(pkOn(List.of("term", "seat")));
        TableDef narrower = reordered.withPrimaryKey(pkOn(List.of("term", "student")));
        TableDef retyped = wider.withColumns(List.of(student, ColumnDef.of("course", "integer").withNotNull(true), term, seat));
        assertEquals(List.of(), warningsOf("wider", enrollments, wider));
        assertEquals(List.of(), warningsOf("reordered", wider, reordered));
        assertEquals(List.of(), warningsOf("over-unique", enrollments, overUnique));
        assertEquals(List.of("New primary key [term, student] on \"enrollments\": rows already sharing a key" + FAILS_
                + ". Remove or merge the duplicates first, in a custom migration before this one."), warningsOf("narrower", reordered, narrower));
        // the old key kept its rows apart: only the retype can make two share a key, and its warning says so (not "already sharing")
        assertEquals(List.of("\"enrollments\".\"course\" changes type text -> integer: texts that read as the same number become one value ('007'"
                + " and '7' both become 7). The primary key holds it: where two rows then share a key, they break it and the migration fails (nothing"
                + " changes); make those values distinct in a custom migration first."), warningsOf("retyped", enrollments, retyped));
        // and the rows: the wider key's migration keeps every row the old key allowed
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("wider-rows"));
        generator.generate(new SchemaDef(List.of(enrollments), List.of()), folder, GenerateOptions.batch().withName("init"));
        GenerateResult r = generator.generate(new SchemaDef(List.of(wider), List.of()), folder, GenerateOptions.batch());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement s = c.createStatement()) {
            for (String stmt : Files.readString(folder.sqlFile("0000_init")).split("--> statement-breakpoint")) s.execute(stmt);
            s.execute("INSERT INTO enrollments (student, course, term, seat) VALUES (1, 'math', '2026a', 1), (1, 'art', '2026a', 2), (2, 'math', '2026a', NULL)");
            for (String stmt : Files.readString(r.sqlFile()).split("--> statement-breakpoint")) s.execute(stmt);
            try (ResultSet rs = s.executeQuery("SELECT group_concat(student || course || term, ';') FROM (SELECT * FROM enrollments ORDER BY 1, 2)")) {
                assertEquals("1art2026a;1math2026a;2math2026a", rs.next() ? rs.getString(1) : null);
            }
        }
    }

    /**
     * A column made the INTEGER PRIMARY KEY (the rowid) takes only integers: a row holding a text such as 'abc' or a real such as 1.5
     * there makes the copy fail with "datatype mismatch", whatever the column's old type (an integer column holds such values too).
     * The warning spoke only of rows sharing a value, and a column an old UNIQUE index held got none at all.
     */
    @Test
    void aColumnMadeTheIntegerPrimaryKeySaysItTakesOnlyIntegers() throws Exception {
        ColumnDef code = ColumnDef.of("code", "integer").withNotNull(true);
        TableDef t = new TableDef("codes", List.of(code, ColumnDef.of("v", "text")), null,
                List.of(new IndexDef("codes_code_uq", List.of(IndexDef.Key.column("code")), true, null)), List.of(), List.of(), null);
        TableDef keyed = new TableDef("codes", List.of(code.withPrimaryKey(true), ColumnDef.of("v", "text")), null, List.of(), List.of(), List.of(), null);
        assertEquals(List.of("New primary key \"code\" on \"codes\": rows holding anything but an integer there (an INTEGER PRIMARY KEY takes no text"
                + " such as 'abc' and no real such as 1.5: 'datatype mismatch')" + FAILS_ + ". Fix those values first, in a custom migration before"
                + " this one."), warningsOf("apart", t, keyed));
        TableDef plain = t.withIndexes(List.of());
        assertEquals(List.of("New primary key \"code\" on \"codes\": rows already sharing a value there, or holding anything but an integer there (an"
                + " INTEGER PRIMARY KEY takes no text such as 'abc' and no real such as 1.5: 'datatype mismatch')" + FAILS_ + ". Remove or merge the"
                + " duplicates and fix those values first, in a custom migration before this one."), warningsOf("plain", plain, keyed));
        // a text key stays a plain key: any value goes
        TableDef textKeyed = new TableDef("codes", List.of(ColumnDef.of("code", "text").withNotNull(true).withPrimaryKey(true), ColumnDef.of("v", "text")),
                null, List.of(), List.of(), List.of(), null);
        TableDef textPlain = textKeyed.withColumns(List.of(ColumnDef.of("code", "text").withNotNull(true), ColumnDef.of("v", "text")))
                .withIndexes(t.indexes());
        assertEquals(List.of(), warningsOf("text", textPlain, textKeyed));
        // and on SQLite: a text in an integer column stops the copy, the rows stay
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("rows"));
        generator.generate(new SchemaDef(List.of(t), List.of()), folder, GenerateOptions.batch().withName("init"));
        GenerateResult r = generator.generate(new SchemaDef(List.of(keyed), List.of()), folder, GenerateOptions.batch().withAcceptDataLoss(true));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement s = c.createStatement()) {
            for (String stmt : Files.readString(folder.sqlFile("0000_init")).split("--> statement-breakpoint")) s.execute(stmt);
            s.execute("INSERT INTO codes (code, v) VALUES (1, 'a'), ('abc', 'b')");
            c.setAutoCommit(false);
            SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> {
                for (String stmt : Files.readString(r.sqlFile()).split("--> statement-breakpoint")) s.execute(stmt);
            });
            c.rollback();
            assertTrue(e.getMessage().contains("datatype mismatch"), e.getMessage());
            try (ResultSet rs = s.executeQuery("SELECT group_concat(code || v, ';') FROM (SELECT * FROM codes ORDER BY v)")) {
                assertEquals("1a;abcb", rs.next() ? rs.getString(1) : null);
            }
        }
    }

    @Test
    void aNewTableWithConstraintsHasNoRowsToBreak() {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("new"));
        GenerateResult r = generator.generate(new SchemaDef(List.of(parents(), items().withChecks(List.of(new CheckDef("qty_positive", "\"qty\" > 0")))),
                List.of()), folder, GenerateOptions.batch());
        assertEquals(List.of(), r.warnings());
    }

    static TableDef itemsWithConstraints() {
        return items().withIndexes(List.of(new IndexDef("items_code_unique", List.of(IndexDef.Key.column("code")), true, null)))
                .withForeignKeys(List.of(new ForeignKeyDef("items_parent_id_parents_id_fk", "items", List.of("parent_id"), "parents", List.of("id"), null, null)))
                .withChecks(List.of(new CheckDef("qty_positive", "\"items\".\"qty\" > 0 AND \"qty\" <> 'qty'")));
    }

    /** What db:generate warns about the step from {@code before} to {@code after} (both beside parents). */
    private List<String> warningsOf(String name, TableDef before, TableDef after) {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve(name));
        generator.generate(new SchemaDef(List.of(parents(), before), List.of()), folder, GenerateOptions.batch().withName("init"));
        GenerateResult r = generator.generate(new SchemaDef(List.of(parents(), after), List.of()), folder, GenerateOptions.batch().withAcceptDataLoss(true));
        assertTrue(r.written(), name);
        return r.warnings();
    }

    @Test
    void aConstraintOnlyRenamedWithItsTableAndColumnsOrGivenAnotherActionIsNotNew() {
        // items -> goods, code -> sku, qty -> amount: the CHECK says the new names (and is renamed), the unique index is renamed,
        // the foreign key cascades now. Each is the rule the rows already keep: nothing there can break it.
        TableDef goods = new TableDef("goods", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true),
                ColumnDef.of("sku", "text").withRenamedFrom("code"), ColumnDef.of("amount", "integer").withRenamedFrom("qty"),
                ColumnDef.of("parent_id", "integer")), null,
                List.of(new IndexDef("goods_sku_unique", List.of(IndexDef.Key.column("sku")), true, null)),
                List.of(new ForeignKeyDef("goods_parent_id_parents_id_fk", "goods", List.of("parent_id"), "parents", List.of("id"),
                        dev.godwit.schema.model.FkAction.CASCADE, null)),
                List.of(new CheckDef("amount_positive", "\"goods\".\"amount\" > 0 AND \"amount\" <> 'qty'")), null).withRenamedFrom("items");
        List<String> warnings = warningsOf("renamed", itemsWithConstraints(), goods);
        assertTrue(warnings.stream().noneMatch(w -> w.startsWith("New ")), warnings.toString());
    }

    /**
     * code retyped to integer: '01' and '1' become one value, so the renamed unique index may break. It was called "New UNIQUE index
     * ... rows already sharing its key", which they cannot (they were kept apart on it under its old name): the retype's warning
     * names it (KeptUniques, as for an index kept under its name).
     */
    @Test
    void aUniqueIndexRenamedOverARetypedColumnIsNamedByTheRetype() {
        TableDef retyped = items().withColumns(List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("code", "integer"),
                ColumnDef.of("qty", "integer"), ColumnDef.of("parent_id", "integer")))
                .withIndexes(List.of(new IndexDef("items_code_key", List.of(IndexDef.Key.column("code")), true, null)));
        List<String> warnings = warningsOf("retyped", itemsWithConstraints().withChecks(List.of()).withForeignKeys(List.of()), retyped);
        assertTrue(warnings.stream().noneMatch(w -> w.startsWith("New UNIQUE index")), warnings.toString());
        assertTrue(warnings.contains("\"items\".\"code\" changes type text -> integer: texts that read as the same number become one value ('007' and"
                + " '7' both become 7). UNIQUE index \"items_code_key\" holds it: where two rows then share a key, they break it and the migration fails"
                + " (nothing changes); make those values distinct in a custom migration first."), warnings.toString());
    }

    /**
     * review17's guard of cases16's quieter warnings: a CHECK only renamed (to another name, over the table renamed) on a table
     * where qty is made NOT NULL (its NULLs become the default 0, which "qty > 0" refuses) is still warned of, by the fill's
     * warning (0 breaks it), as a CHECK kept under its name is; a "New CHECK" warning beside it said the rows might break it
     * already, which they cannot. A unique index over a nullable column added WITH a default (every row holds the same value)
     * keeps its "New UNIQUE index" warning.
     */
    @Test
    void aConstraintOverAColumnMadeNotNullOrAddedWithADefaultIsWarnedOf() {
        TableDef notNull = new TableDef("goods", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("code", "text"),
                ColumnDef.of("qty", "integer").withNotNull(true).withDefault(dev.godwit.schema.model.DefaultValue.number(0)),
                ColumnDef.of("parent_id", "integer")), null, List.of(), List.of(),
                List.of(new CheckDef("goods_qty_positive", "\"goods\".\"qty\" > 0 AND \"qty\" <> 'qty'")), null).withRenamedFrom("items");
        List<String> warnings = warningsOf("notnull", itemsWithConstraints().withIndexes(List.of()).withForeignKeys(List.of()), notNull);
        assertEquals(List.of("\"goods\".\"qty\" becomes NOT NULL: rows holding NULL get 0. CHECK \"goods_qty_positive\" reads it: 0 breaks it, so any"
                + " such row breaks it and the migration fails (nothing changes); give the column a default that passes, or fill it in a custom"
                + " migration first."), warnings);

        TableDef withDefault = items().withColumns(List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("code", "text"),
                        ColumnDef.of("qty", "integer"), ColumnDef.of("parent_id", "integer"),
                        ColumnDef.of("tag", "text").withDefault(dev.godwit.schema.model.DefaultValue.string("none"))))
                .withIndexes(List.of(new IndexDef("items_tag_unique", List.of(IndexDef.Key.column("tag")), true, null)));
        warnings = warningsOf("default", items(), withDefault);
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("New UNIQUE index \"items_tag_unique\"")), warnings.toString());
    }

    /**
     * f20_column_renamed_and_retyped_under_unique_check_desc_index step 1: code renamed to sku and retyped text -> integer in one
     * step under CHECK "code_set" (its name kept, its text following the rename). Without the rename the retype's warning names the
     * CHECK and that is all; with it a second warning called the CHECK new ("rows already breaking it"), which it is not. The same
     * for a column renamed and made NOT NULL under its CHECK: the fill's warning says 0 breaks it, not a "New CHECK" one.
     */
    @Test
    void aCheckKeptUnderItsNameOverAColumnRenamedAndRetypedInOneStepIsNotNew() {
        TableDef before = items().withChecks(List.of(new CheckDef("code_set", "\"code\" <> ''"), new CheckDef("qty_positive", "\"qty\" > 0")));
        TableDef after = items().withColumns(List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("sku", "integer").withRenamedFrom("code"),
                        ColumnDef.of("amount", "integer").withRenamedFrom("qty").withNotNull(true).withDefault(dev.godwit.schema.model.DefaultValue.number(0)),
                        ColumnDef.of("parent_id", "integer")))
                .withChecks(List.of(new CheckDef("code_set", "\"sku\" <> ''"), new CheckDef("qty_positive", "\"amount\" > 0")));
        List<String> warnings = warningsOf("renamedRetyped", before, after);
        assertEquals(List.of("\"items\".\"sku\" changes type text -> integer: a text that reads as a number becomes that number ('007' becomes 7). CHECK"
                        + " \"code_set\" reads it: unless the converted values pass it, they break it and the migration fails (nothing changes); fix those"
                        + " values in a custom migration first.",
                "\"items\".\"amount\" becomes NOT NULL: rows holding NULL get 0. CHECK \"qty_positive\" reads it: 0 breaks it, so any such row breaks"
                        + " it and the migration fails (nothing changes); give the column a default that passes, or fill it in a custom migration first."),
                warnings.stream().filter(w -> !w.startsWith("Rebuilding")).toList());
    }

    @Test
    void aUniqueOrForeignKeyOverAColumnAddedWithoutADefaultHasNothingToBreak() {
        // every row holds NULL in tag and owner_id: NULLs never collide, and a NULL reference points nowhere. A NOT NULL column
        // with a default does not: every row gets 0, which no parent may have.
        TableDef after = items().withColumns(List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("code", "text"),
                        ColumnDef.of("qty", "integer"), ColumnDef.of("parent_id", "integer"), ColumnDef.of("tag", "text"), ColumnDef.of("owner_id", "integer"),
                        ColumnDef.of("team_id", "integer").withNotNull(true).withDefault(dev.godwit.schema.model.DefaultValue.number(0))))
                .withIndexes(List.of(new IndexDef("items_tag_unique", List.of(IndexDef.Key.column("tag")), true, null)))
                .withForeignKeys(List.of(new ForeignKeyDef("items_owner_id_parents_id_fk", "items", List.of("owner_id"), "parents", List.of("id"), null, null),
                        new ForeignKeyDef("items_team_id_parents_id_fk", "items", List.of("team_id"), "parents", List.of("id"), null, null)));
        List<String> warnings = warningsOf("added", items(), after);
        assertTrue(warnings.stream().noneMatch(w -> w.startsWith("New UNIQUE index") || w.startsWith("New foreign key \"items_owner_id")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("New foreign key \"items_team_id_parents_id_fk\"")), warnings.toString());
    }
    @Test
    void aPartialUniqueIndexOnlyRenamedOrOverAKeptUniqueIsNotNew() {
        // f17_partial_unique_and_plain_indexes_renamed_only, f17_composite_unique_and_key_reordered: a partial unique index renamed
        // (same key, same WHERE, the table's qualifier aside) is the rule the rows keep; one whose columns hold a kept unique key's
        // columns keeps every row's key apart already, whatever rows its WHERE takes.
        TableDef before = items().withIndexes(List.of(new IndexDef("items_live_code_uq", List.of(IndexDef.Key.column("code")), true, "\"qty\" > 0"),
                new IndexDef("items_parent_uq", List.of(IndexDef.Key.column("parent_id")), true, null)));
        TableDef after = items().withIndexes(List.of(new IndexDef("items_code_live_key", List.of(IndexDef.Key.column("code")), true, "\"items\".\"qty\" > 0"),
                new IndexDef("items_parent_code_uq", List.of(IndexDef.Key.column("code"), IndexDef.Key.column("parent_id")), true, "\"code\" IS NOT NULL")));
        List<String> warnings = warningsOf("partial", before, after);
        assertEquals(List.of(), warnings);
    }

    @Test
    void aPartialUniqueIndexWithAWiderWhereIsNewOneOverARetypedColumnIsNamedByTheRetype() {
        // a wider WHERE takes rows the old index left out; a WHERE over a retyped column may take other rows, which the retype says
        TableDef before = items().withIndexes(List.of(new IndexDef("items_live_code_uq", List.of(IndexDef.Key.column("code")), true, "\"qty\" > 0")));
        TableDef wider = items().withIndexes(List.of(new IndexDef("items_live_code_uq", List.of(IndexDef.Key.column("code")), true, "\"qty\" >= 0")));
        assertTrue(warningsOf("wider", before, wider).stream().anyMatch(w -> w.startsWith("New UNIQUE index \"items_live_code_uq\"")));
        TableDef retyped = items().withColumns(List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("code", "text"),
                        ColumnDef.of("qty", "text"), ColumnDef.of("parent_id", "integer")))
                .withIndexes(List.of(new IndexDef("items_code_live_key", List.of(IndexDef.Key.column("code")), true, "\"qty\" > 0")));
        // renamed, the same key and WHERE: the rows were kept apart on it, so the retype's warning names it (KeptUniques), not "New"
        assertEquals(List.of("\"items\".\"qty\" changes type integer -> text: a number becomes a text (10 becomes '10'), which compares as text with"
                + " what it meets: 10 >= 2 held, '10' >= 2 does not. UNIQUE index \"items_code_live_key\" takes its rows by it (WHERE \"qty\" > 0): the"
                + " converted values compare otherwise there, so it may take rows it left out, and where two then share a key they break it and the"
                + " migration fails (nothing changes); make those keys distinct in a custom migration first."), warningsOf("whereRetyped", before, retyped));
    }

    @Test
    void aCheckOnlyRenamedBesideAnotherColumnRetypedIsNotNew() {
        // f17_constraints_added_over_rows_that_keep_them step 2: the CHECK renamed while parent_id (which it does not read) becomes
        // real. The CHECK over the retyped column itself is renamed too: the rows passed it, so the retype's warning names it (as
        // it names one kept under its name), not a "New CHECK" one saying rows may break it already.
        TableDef before = items().withChecks(List.of(new CheckDef("qty_positive", "\"qty\" > 0"), new CheckDef("parent_small", "\"parent_id\" < 10")));
        TableDef after = items().withColumns(List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("code", "text"),
                        ColumnDef.of("qty", "integer"), ColumnDef.of("parent_id", "real")))
                .withChecks(List.of(new CheckDef("items_qty_positive", "\"qty\" > 0"), new CheckDef("items_parent_small", "\"parent_id\" < 10")));
        List<String> warnings = warningsOf("checkBeside", before, after);
        assertTrue(warnings.stream().noneMatch(w -> w.startsWith("New CHECK \"items_qty_positive\"")), warnings.toString());
        assertTrue(warnings.stream().noneMatch(w -> w.startsWith("New CHECK")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("\"items\".\"parent_id\" changes type integer -> real") && w.contains("CHECK"
                + " \"items_parent_small\" reads it: unless the converted values pass it")), warnings.toString());
    }
    @Test
    void aUniqueIndexOverAColumnAddedWithAConstantDefaultSaysEveryRowGetsTheSameKey() throws Exception {
        // f17_unique_columns_made_not_null_one_null_row step 2: settings.slot added NOT NULL DEFAULT 1 with a unique index. No row
        // "already shares" a key in a column that did not exist: every row gets 1, so any two rows break it.
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("sameKey"));
        TableDef after = items().withColumns(List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("code", "text"),
                        ColumnDef.of("qty", "integer"), ColumnDef.of("parent_id", "integer"),
                        ColumnDef.of("slot", "integer").withNotNull(true).withDefault(dev.godwit.schema.model.DefaultValue.number(1))))
                .withIndexes(List.of(new IndexDef("items_slot_unique", List.of(IndexDef.Key.column("slot")), true, null)));
        GenerateResult r = generated(folder, after);
        assertEquals(List.of("New UNIQUE index \"items_slot_unique\" on \"items\": every row the table already has gets the same key there (\"slot\" = 1,"
                + " the new column's default), so two rows or more" + FAILS_ + ". Add the column without a default (NULLs never collide), or give"
                + " the rows distinct values in a custom migration before the index."), r.warnings());
        String applied = appliedOnBreakingRows(folder, r);
        assertTrue(applied.startsWith("[SQLITE_CONSTRAINT_UNIQUE] A UNIQUE constraint failed (UNIQUE constraint failed: items.slot)"), applied);
        assertTrue(applied.endsWith(" | 1a5null;2a-19;"), applied);
    }
    @Test
    void aCheckOverColumnsAddedWithConstantDefaultsIsJudgedOnThem() throws Exception {
        // f17_column_dropped_another_added_same_type_not_renamed step 1: points added NOT NULL DEFAULT 10 with CHECK (points > 0).
        // Every existing row holds 10 there, which passes: nothing can break it. Where the default fails the CHECK, every row does.
        TableDef passing = items().withColumns(List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("code", "text"),
                        ColumnDef.of("qty", "integer"), ColumnDef.of("parent_id", "integer"),
                        ColumnDef.of("points", "integer").withNotNull(true).withDefault(dev.godwit.schema.model.DefaultValue.number(10)),
                        ColumnDef.of("note", "text")))
                .withChecks(List.of(new CheckDef("points_positive", "\"items\".\"points\" > 0 AND length(\"note\") > 1")));
        assertEquals(List.of(), warningsOf("checkPasses", items(), passing));
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("checkFails"));
        TableDef failing = passing.withChecks(List.of(new CheckDef("points_big", "\"points\" > 100")));
        GenerateResult r = generated(folder, failing);
        assertEquals(List.of("New CHECK \"points_big\" on \"items\" (\"points\" > 100): every row the table already has gets the new column's default"
                + " there (\"points\" = 10), which breaks it, so any row" + FAILS_ + ". Give the column a default that passes, or add it in one migration"
                + " and fill it in a custom one before the CHECK."), r.warnings());
        String applied = appliedOnBreakingRows(folder, r);
        assertTrue(applied.contains("CHECK constraint failed: points_big"), applied);
        assertTrue(applied.endsWith(" | 1a5null;2a-19;"), applied);
    }

    @Test
    void aRenamedConstraintOverAGeneratedColumnReadingARetypedOneIsNamedByTheRetype() {
        // code_key AS (code || '') follows code: code retyped text -> integer turns '01' into 1, so code_key turns '01' into '1'.
        // Renamed, the UNIQUE index over code_key and the CHECK are the rules the rows kept ('01' and '1' were apart, both passed
        // length(code_key) = 2), which the conversion may break: the retype's warning names both, through code_key, not "New ...".
        dev.godwit.schema.model.Generated key = dev.godwit.schema.model.Generated.of("\"code\" || ''", dev.godwit.schema.model.Generated.Type.VIRTUAL);
        TableDef before = items().withColumns(List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("code", "text"),
                        ColumnDef.of("qty", "integer"), ColumnDef.of("parent_id", "integer"), ColumnDef.of("code_key", "text").withGenerated(key)))
                .withIndexes(List.of(new IndexDef("key_uq", List.of(IndexDef.Key.column("code_key")), true, null)))
                .withChecks(List.of(new CheckDef("key_two", "length(\"code_key\") = 2")));
        TableDef after = before.withColumns(List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("code", "integer"),
                        ColumnDef.of("qty", "integer"), ColumnDef.of("parent_id", "integer"), ColumnDef.of("code_key", "text").withGenerated(key)))
                .withIndexes(List.of(new IndexDef("items_key_uq", List.of(IndexDef.Key.column("code_key")), true, null)))
                .withChecks(List.of(new CheckDef("items_key_two", "length(\"code_key\") = 2")));
        List<String> warnings = warningsOf("generatedOverRetyped", before, after);
        assertTrue(warnings.stream().noneMatch(w -> w.startsWith("New UNIQUE index")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("\"items\".\"code\" changes type text -> integer") && w.contains("UNIQUE index \"items_key_uq\""
                + " holds it (through \"code_key\"): where two rows then share a key")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("\"items\".\"code\" changes type text -> integer") && w.contains("CHECK \"items_key_two\""
                + " reads it (through \"code_key\"): unless the converted values pass it")), warnings.toString());
        assertTrue(warnings.stream().noneMatch(w -> w.startsWith("New CHECK")), warnings.toString());
    }

    @Test
    void aCheckOverAnAddedColumnAndTheRowidIsNotJudgedOnOneRow() throws Exception {
        // points added NOT NULL DEFAULT 10 with CHECK (points > 0 AND rowid < 2): the in-memory row (rowid 1) passed, so no warning,
        // but the table's rows have other rowids, and row 2 breaks it at apply.
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("rowid"));
        TableDef after = items().withColumns(List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("code", "text"),
                        ColumnDef.of("qty", "integer"), ColumnDef.of("parent_id", "integer"),
                        ColumnDef.of("points", "integer").withNotNull(true).withDefault(dev.godwit.schema.model.DefaultValue.number(10))))
                .withChecks(List.of(new CheckDef("points_early", "\"points\" > 0 AND rowid < 2")));
        GenerateResult r = generated(folder, after);
        assertEquals(List.of("New CHECK \"points_early\" on \"items\" (\"points\" > 0 AND rowid < 2): rows already breaking it" + FAILS_
                + ". Fix those rows first, in a custom migration before this one."), r.warnings());
        String applied = appliedOnBreakingRows(folder, r);
        assertTrue(applied.contains("CHECK constraint failed: points_early"), applied);
        assertTrue(applied.endsWith(" | 1a5null;2a-19;"), applied);
    }

    @Test
    void aCheckBrokenByTheNullOfAColumnAddedWithoutADefaultSaysSo() throws Exception {
        // note added without a default, CHECK (note IS NOT NULL): every row holds NULL there. The warning said the rows get "the new
        // column's default there ()", naming no value, for a column that has no default.
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("nullBreaks"));
        TableDef after = items().withColumns(List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("code", "text"),
                        ColumnDef.of("qty", "integer"), ColumnDef.of("parent_id", "integer"), ColumnDef.of("note", "text")))
                .withChecks(List.of(new CheckDef("note_set", "\"note\" IS NOT NULL")));
        GenerateResult r = generated(folder, after);
        assertEquals(List.of("New CHECK \"note_set\" on \"items\" (\"note\" IS NOT NULL): every row the table already has gets NULL there"
                + " (\"note\" = NULL, the new column having no default), which breaks it, so any row" + FAILS_ + ". Give the column a default"
                + " that passes, or add it in one migration and fill it in a custom one before the CHECK."), r.warnings());
        String applied = appliedOnBreakingRows(folder, r);
        assertTrue(applied.contains("CHECK constraint failed: note_set"), applied);
        assertTrue(applied.endsWith(" | 1a5null;2a-19;"), applied);
    }

    /**
     * f21_integer_key_made_text_with_children_then_renamed step 2: orgs.id renamed slug, members.org_id made NOT NULL DEFAULT
     * 'initech' and its foreign key SET NULL -> SET DEFAULT. The fill's warning says rows holding NULL get 'initech' and that orgs
     * must have that key; a second one called the key new ("rows whose org_id no orgs row has"), which the rows already keep (it
     * only follows the rename and changes its action). A key to other columns, or over a retyped column, is still warned of.
     */
    @Test
    void aForeignKeyKeptOverAColumnMadeNotNullIsNamedByTheFillOnly() {
        TableDef orgs = new TableDef("orgs", List.of(ColumnDef.of("id", "text").withPrimaryKey(true), ColumnDef.of("code", "text")), null,
                List.of(new IndexDef("orgs_code_unique", List.of(IndexDef.Key.column("code")), true, null)), List.of(), List.of(), null);
        TableDef renamedOrgs = orgs.withColumns(List.of(ColumnDef.of("slug", "text").withPrimaryKey(true).withRenamedFrom("id"), ColumnDef.of("code", "text")));
        TableDef members = new TableDef("members", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("org_id", "text")), null,
                List.of(), List.of(new ForeignKeyDef("members_org_id_orgs_id_fk", "members", List.of("org_id"), "orgs", List.of("id"),
                        dev.godwit.schema.model.FkAction.SET_NULL, null)), List.of(), null);
        List<ColumnDef> filled = List.of(ColumnDef.of("id", "integer").withPrimaryKey(true),
                ColumnDef.of("org_id", "text").withNotNull(true).withDefault(dev.godwit.schema.model.DefaultValue.string("initech")));
        String fill = "\"members\".\"org_id\" becomes NOT NULL: rows holding NULL get 'initech'. It references \"orgs\": unless a row of it has"
                + " that key, such rows break the foreign key and the migration fails at commit (nothing changes); give the column a default"
                + " that exists, or fill it in a custom migration first.";

        TableDef kept = members.withColumns(filled).withForeignKeys(List.of(new ForeignKeyDef("members_org_id_orgs_slug_fk", "members", List.of("org_id"),
                "orgs", List.of("slug"), dev.godwit.schema.model.FkAction.SET_DEFAULT, null)));
        assertEquals(List.of(fill), notRebuilding(warningsOf("kept", List.of(orgs, members), List.of(renamedOrgs, kept))));

        // to orgs.code now: rows whose org_id is a slug but no code break it, whatever the fill
        TableDef other = members.withColumns(filled).withForeignKeys(List.of(new ForeignKeyDef("members_org_id_orgs_code_fk", "members", List.of("org_id"),
                "orgs", List.of("code"), dev.godwit.schema.model.FkAction.SET_DEFAULT, null)));
        List<String> warnings = notRebuilding(warningsOf("other", List.of(orgs, members), List.of(renamedOrgs, other)));
        assertTrue(warnings.contains(fill), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("New foreign key \"members_org_id_orgs_code_fk\" on \"members\"[org_id] -> \"orgs\": rows whose org_id")),
                warnings.toString());

        // retyped text -> integer as well: '01' becomes 1, which no slug may be
        TableDef retyped = kept.withColumns(List.of(ColumnDef.of("id", "integer").withPrimaryKey(true),
                ColumnDef.of("org_id", "integer").withNotNull(true).withDefault(dev.godwit.schema.model.DefaultValue.number(0))));
        warnings = notRebuilding(warningsOf("retyped", List.of(orgs, members), List.of(renamedOrgs, retyped)));
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("New foreign key \"members_org_id_orgs_slug_fk\"")), warnings.toString());
    }

    private static List<String> notRebuilding(List<String> warnings) {
        return warnings.stream().filter(w -> !w.startsWith("Rebuilding")).toList();
    }

    /** What db:generate warns about the step from the tables {@code before} to {@code after}. */
    private List<String> warningsOf(String name, List<TableDef> before, List<TableDef> after) {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve(name));
        generator.generate(new SchemaDef(before, List.of()), folder, GenerateOptions.batch().withName("init"));
        GenerateResult r = generator.generate(new SchemaDef(after, List.of()), folder, GenerateOptions.batch().withAcceptDataLoss(true));
        assertTrue(r.written(), name);
        return r.warnings();
    }
}
