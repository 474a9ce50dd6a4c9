package dev.godwit.engine.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.diff.RenameResolver;
import dev.godwit.engine.diff.SchemaDiffer;
import dev.godwit.schema.model.CheckDef;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.FkAction;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.Generated;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.PrimaryKeyDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import dev.godwit.schema.model.ViewDef;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What each kind of change becomes, and that it runs; see {@link RebuildSafetyTest} for row safety under foreign keys. */
class PlannerShapesTest {

    static ColumnDef pk(String n) {
        return ColumnDef.of(n, "integer").withPrimaryKey(true);
    }

    static ColumnDef col(String n, String t) {
        return ColumnDef.of(n, t);
    }

    static TableDef table(String name, List<ColumnDef> cols) {
        return new TableDef(name, cols, null, List.of(), List.of(), List.of(), null);
    }

    static List<String> sql(SchemaDef a, SchemaDef b) {
        return SqlitePlanner.plan(SchemaDiffer.diff(a, b, RenameResolver.NO_RENAMES)).statements();
    }

    static SchemaDef s(TableDef... t) {
        return new SchemaDef(List.of(t), List.of());
    }

    static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= n; i++) sb.append(i > 1 ? "|" : "").append(r.getString(i));
                out.add(sb.toString());
            }
        }
        return out;
    }

    static void exec(Connection c, String... sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String x : sql) st.execute(x);
        }
    }

    @ParameterizedTest
    @EnumSource(ApplyMode.class)
    void renamingAParentTableLeavesItsChildrenAlone(ApplyMode mode) throws SQLException {
        TableDef users = table("users", List.of(pk("id")));
        TableDef posts = new TableDef("posts", List.of(pk("id"), col("author_id", "integer")), null, List.of(),
                List.of(new ForeignKeyDef("posts_author_id_users_id_fk", "posts", List.of("author_id"), "users", List.of("id"), FkAction.CASCADE, FkAction.NO_ACTION)), List.of(), null);
        TableDef members = table("members", List.of(pk("id"))).withRenamedFrom("users");
        TableDef posts2 = posts.withForeignKeys(List.of(new ForeignKeyDef("posts_author_id_members_id_fk", "posts", List.of("author_id"), "members", List.of("id"), FkAction.CASCADE, FkAction.NO_ACTION)));
        List<String> stmts = sql(s(users, posts), s(members, posts2));
        assertEquals(List.of("ALTER TABLE `users` RENAME TO `members`;"), stmts, "drizzle-kit rebuilds posts here; SQLite's RENAME already fixes the reference");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            mode.apply(c, sql(SchemaDef.EMPTY, s(users, posts)));
            exec(c, "PRAGMA foreign_keys=ON", "INSERT INTO users VALUES (1)", "INSERT INTO posts VALUES (5, 1)");
            mode.apply(c, stmts);
            assertEquals(List.of("5|1"), rows(c, "SELECT * FROM posts"));
            assertTrue(rows(c, "SELECT sql FROM sqlite_master WHERE name = 'posts'").get(0).contains("REFERENCES \"members\""));
        }
    }

    /** SQLite refuses "Users" -> "users" (the same name to it) but takes "Ä" -> "ä" (it folds ASCII letters only). */
    @ParameterizedTest
    @EnumSource(ApplyMode.class)
    void aRenameChangingOnlyCaseGoesThroughAFreeNameOnlyWhereSqliteSeesOneName(ApplyMode mode) throws SQLException {
        TableDef ascii = table("Users", List.of(pk("id")));
        TableDef umlaut = table("Ä", List.of(pk("id")));
        List<String> stmts = sql(s(ascii, umlaut), s(table("users", List.of(pk("id"))).withRenamedFrom("Users"), table("ä", List.of(pk("id"))).withRenamedFrom("Ä")));
        assertEquals(List.of("ALTER TABLE `Users` RENAME TO `__rename_users`;", "ALTER TABLE `__rename_users` RENAME TO `users`;",
                "ALTER TABLE `Ä` RENAME TO `ä`;"), stmts);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            mode.apply(c, sql(SchemaDef.EMPTY, s(ascii, umlaut)));
            exec(c, "INSERT INTO Users VALUES (1)", "INSERT INTO \"Ä\" VALUES (2)");
            mode.apply(c, stmts);
            assertEquals(List.of("users", "ä"), rows(c, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid"));
            assertEquals(List.of("1"), rows(c, "SELECT id FROM users"));
            assertEquals(List.of("2"), rows(c, "SELECT id FROM \"ä\""));
        }
    }

    /**
     * A new table two rebuilt parents reach is created after the rebuild's drops (a drop reaching it with the other parent gone
     * fails, "no such table"), and an existing table that needs it (a stashed child gets a key to it with an added column, and its
     * DELETE during the rebuild needs the new table to exist) is rebuilt with that key, so that it needs the new table only once
     * its rows come back. It used to be created before the rebuild, which held only for a drop order where no parent goes first
     * (fz100x_41, KeysTheRebuildMakesTest).
     */
    @ParameterizedTest
    @EnumSource(ApplyMode.class)
    void aNewTableThatAKeyAddedInPlaceNamesIsCreatedBeforeTheRebuild(ApplyMode mode) throws SQLException {
        TableDef orgs = table("orgs", List.of(pk("id"), col("name", "text")));
        TableDef users = table("users", List.of(pk("id"), col("name", "text")));
        ForeignKeyDef postsUser = new ForeignKeyDef("posts_user_fk", "posts", List.of("user_id"), "users", List.of("id"), FkAction.CASCADE, FkAction.NO_ACTION);
        TableDef posts = new TableDef("posts", List.of(pk("id"), col("user_id", "integer")), null, List.of(), List.of(postsUser), List.of(), null);
        TableDef orgs2 = table("orgs", List.of(pk("id"), col("name", "integer")));
        TableDef users2 = table("users", List.of(pk("id"), col("name", "integer")));
        TableDef tags = new TableDef("tags", List.of(pk("id"), col("user_id", "integer"), col("org_id", "integer")), null, List.of(),
                List.of(new ForeignKeyDef("tags_user_fk", "tags", List.of("user_id"), "users", List.of("id"), FkAction.CASCADE, FkAction.NO_ACTION),
                        new ForeignKeyDef("tags_org_fk", "tags", List.of("org_id"), "orgs", List.of("id"), FkAction.NO_ACTION, FkAction.NO_ACTION)),
                List.of(), null);
        TableDef posts2 = new TableDef("posts", List.of(pk("id"), col("user_id", "integer"), col("tag_id", "integer")), null, List.of(),
                List.of(postsUser, new ForeignKeyDef("posts_tag_fk", "posts", List.of("tag_id"), "tags", List.of("id"), FkAction.NO_ACTION, FkAction.NO_ACTION)),
                List.of(), null);
        List<String> stmts = sql(s(orgs, users, posts), s(orgs2, users2, tags, posts2));
        java.util.function.Function<String, Integer> at = start -> stmts.indexOf(stmts.stream().filter(x -> x.startsWith(start)).findFirst().orElseThrow());
        assertTrue(at.apply("DROP TABLE `users`") < at.apply("CREATE TABLE `tags`") && at.apply("DROP TABLE `orgs`") < at.apply("CREATE TABLE `tags`")
                && at.apply("CREATE TABLE `tags`") < at.apply("INSERT INTO `posts`"), stmts.toString());
        assertTrue(stmts.stream().noneMatch(x -> x.startsWith("ALTER TABLE `posts` ADD")), stmts.toString());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            mode.apply(c, sql(SchemaDef.EMPTY, s(orgs, users, posts)));
            exec(c, "PRAGMA foreign_keys=ON", "INSERT INTO orgs VALUES (1, 'o')", "INSERT INTO users VALUES (1, 'u')", "INSERT INTO posts VALUES (1, 1)");
            mode.apply(c, stmts);
            assertEquals(List.of("1|1|null"), rows(c, "SELECT * FROM posts"));
        }
    }

    /** A new table named like an index that a rebuilt table gives up is created once the rebuild has dropped that table. */
    @ParameterizedTest
    @EnumSource(ApplyMode.class)
    void aNewTableMayTakeTheNameOfARebuiltTablesIndex(ApplyMode mode) throws SQLException {
        TableDef a = new TableDef("a", List.of(pk("id"), col("x", "text")), null, List.of(IndexDef.onColumns("archive", List.of("x"), false, null)),
                List.of(), List.of(), null);
        TableDef a2 = table("a", List.of(pk("id"), col("x", "integer")));
        TableDef archive = table("archive", List.of(pk("id")));
        List<String> stmts = sql(s(a), s(a2, archive));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            mode.apply(c, sql(SchemaDef.EMPTY, s(a)));
            exec(c, "INSERT INTO a VALUES (1, '5')");
            mode.apply(c, stmts);
            assertEquals(List.of("a", "archive"), rows(c, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
            assertEquals(List.of("1|5"), rows(c, "SELECT * FROM a"));
        }
    }

    /** A virtual column dropped with the column it reads goes first: SQLite refuses to drop x while g still reads it. */
    @ParameterizedTest
    @EnumSource(ApplyMode.class)
    void aGeneratedColumnIsDroppedBeforeTheColumnItReads(ApplyMode mode) throws SQLException {
        TableDef before = table("m", List.of(pk("id"), col("x", "integer"), col("g", "integer").withGenerated(Generated.of("x * 2", Generated.Type.VIRTUAL)),
                col("y", "integer")));
        TableDef after = table("m", List.of(pk("id"), col("y", "integer")));
        List<String> stmts = sql(s(before), s(after));
        assertEquals(List.of("ALTER TABLE `m` DROP COLUMN `g`;", "ALTER TABLE `m` DROP COLUMN `x`;"), stmts);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            mode.apply(c, sql(SchemaDef.EMPTY, s(before)));
            exec(c, "INSERT INTO m (id, x, y) VALUES (1, 5, 7)");
            mode.apply(c, stmts);
            assertEquals(List.of("1|7"), rows(c, "SELECT * FROM m"));
        }
    }

    /**
     * A virtual column whose new expression reads a column the same change adds: kept in place (dropped and added again), it
     * must be added after that column ("no such column: c" otherwise).
     */
    @ParameterizedTest
    @EnumSource(ApplyMode.class)
    void aVirtualColumnWhoseNewExpressionReadsAnAddedColumnIsAddedAfterIt(ApplyMode mode) throws SQLException {
        TableDef before = table("m", List.of(pk("id"), col("a", "integer"), col("g", "integer").withGenerated(Generated.of("a + 1", Generated.Type.VIRTUAL))));
        TableDef after = table("m", List.of(pk("id"), col("a", "integer"), col("c", "integer"),
                col("g", "integer").withGenerated(Generated.of("a + c", Generated.Type.VIRTUAL))));
        List<String> stmts = sql(s(before), s(after));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            mode.apply(c, sql(SchemaDef.EMPTY, s(before)));
            exec(c, "INSERT INTO m (id, a) VALUES (1, 5)");
            mode.apply(c, stmts);
            exec(c, "UPDATE m SET c = 2");
            assertEquals(List.of("1|5|2|7"), rows(c, "SELECT id, a, c, g FROM m"));
        }
    }

    /** A view reading a view that changes is dropped and created again with it: SQLite checks every view on ALTER TABLE. */
    @ParameterizedTest
    @EnumSource(ApplyMode.class)
    void aViewReadingAChangedViewIsRecreatedWithIt(ApplyMode mode) throws SQLException {
        TableDef b = table("b", List.of(pk("id"), col("junk", "text")));
        ViewDef inner = new ViewDef("v_inner", "SELECT id FROM b", false, null);
        ViewDef outer = new ViewDef("v_outer", "SELECT * FROM v_inner", false, null);
        SchemaDef before = new SchemaDef(List.of(b), List.of(inner, outer));
        SchemaDef after = new SchemaDef(List.of(table("b", List.of(pk("id")))), List.of(new ViewDef("v_inner", "SELECT id, id * 2 AS d FROM b", false, null), outer));
        List<String> stmts = SqlitePlanner.plan(SchemaDiffer.diff(before, after, RenameResolver.NO_RENAMES)).statements();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            mode.apply(c, SqlitePlanner.plan(SchemaDiffer.diff(SchemaDef.EMPTY, before, RenameResolver.NO_RENAMES)).statements());
            exec(c, "INSERT INTO b VALUES (1, 'x')");
            mode.apply(c, stmts);
            assertEquals(List.of("1|2"), rows(c, "SELECT * FROM v_outer"));
        }
    }

    /**
     * amount -> legacy_amount with a new amount column: SQLite's RENAME COLUMN rewrote the CHECK, the partial index's WHERE,
     * the generated column and the view to legacy_amount, but the schema's unchanged texts mean the new amount.
     */
    @ParameterizedTest
    @EnumSource(ApplyMode.class)
    void aColumnRenamedAwayLeavesItsNameToTheNewColumnInEverySqlTextThatStillSaysIt(ApplyMode mode) throws SQLException {
        TableDef before = new TableDef("prices", List.of(pk("id"), col("amount", "integer"), col("doubled", "integer").withGenerated(Generated.of("\"amount\" * 2", Generated.Type.VIRTUAL))),
                null, List.of(IndexDef.onColumns("prices_positive", List.of("id"), false, "\"amount\" > 0")), List.of(),
                List.of(new CheckDef("amount_positive", "\"amount\" >= 0")), null);
        TableDef after = before.withColumns(List.of(pk("id"), col("legacy_amount", "integer").withRenamedFrom("amount"),
                col("doubled", "integer").withGenerated(Generated.of("\"amount\" * 2", Generated.Type.VIRTUAL)), col("amount", "integer")));
        ViewDef view = new ViewDef("amounts", "SELECT id, amount FROM prices", false, null);
        List<String> stmts = SqlitePlanner.plan(SchemaDiffer.diff(new SchemaDef(List.of(before), List.of(view)), new SchemaDef(List.of(after), List.of(view)),
                RenameResolver.NO_RENAMES)).statements();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            mode.apply(c, SqlitePlanner.plan(SchemaDiffer.diff(SchemaDef.EMPTY, new SchemaDef(List.of(before), List.of(view)), RenameResolver.NO_RENAMES)).statements());
            exec(c, "INSERT INTO prices (id, amount) VALUES (1, 5)");
            mode.apply(c, stmts);
            exec(c, "INSERT INTO prices (id, legacy_amount, amount) VALUES (2, -1, 7)");
            assertEquals(List.of("1|5|null|null", "2|-1|7|14"), rows(c, "SELECT id, legacy_amount, amount, doubled FROM prices ORDER BY id"));
            assertEquals(List.of("1|null", "2|7"), rows(c, "SELECT * FROM amounts ORDER BY id"));
            assertEquals(List.of("2"), rows(c, "SELECT id FROM prices INDEXED BY prices_positive WHERE amount > 0"));
            assertEquals(List.of("CREATE INDEX `prices_positive` ON `prices` (`id`) WHERE \"amount\" > 0"),
                    rows(c, "SELECT sql FROM sqlite_master WHERE name = 'prices_positive'"));
            SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                    () -> exec(c, "INSERT INTO prices (id, legacy_amount, amount) VALUES (3, 1, -3)"));
            assertTrue(refused.getMessage().contains("CHECK constraint failed: amount_positive"), refused.getMessage());
        }
    }

    /** orders -> orders_archive with a new orders table: an unchanged view saying orders reads the new table, not the archive. */
    @ParameterizedTest
    @EnumSource(ApplyMode.class)
    void aTableRenamedAwayLeavesItsNameToTheNewTableInAViewThatStillSaysIt(ApplyMode mode) throws SQLException {
        TableDef orders = table("orders", List.of(pk("id"), col("total", "integer")));
        ViewDef view = new ViewDef("order_totals", "SELECT id, total FROM orders", false, null);
        SchemaDef before = new SchemaDef(List.of(orders), List.of(view));
        SchemaDef after = new SchemaDef(List.of(orders.withName("orders_archive").withRenamedFrom("orders"), orders), List.of(view));
        List<String> stmts = SqlitePlanner.plan(SchemaDiffer.diff(before, after, RenameResolver.NO_RENAMES)).statements();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            mode.apply(c, SqlitePlanner.plan(SchemaDiffer.diff(SchemaDef.EMPTY, before, RenameResolver.NO_RENAMES)).statements());
            exec(c, "INSERT INTO orders VALUES (1, 5)");
            mode.apply(c, stmts);
            exec(c, "INSERT INTO orders VALUES (10, 1)");
            assertEquals(List.of("10|1"), rows(c, "SELECT * FROM order_totals"));
            assertEquals(List.of("1|5"), rows(c, "SELECT * FROM orders_archive"));
        }
    }

    /**
     * orders dropped while orders_v2 is renamed to orders: the RENAME checks every view, and one saying orders names no table
     * at that moment ("error in view order_totals: no such table: main.orders"), so it goes first and comes back after.
     */
    @ParameterizedTest
    @EnumSource(ApplyMode.class)
    void aTableDroppedWhileARenamedOneTakesItsNameLeavesAViewSayingItToTheRenamedOne(ApplyMode mode) throws SQLException {
        TableDef orders = table("orders", List.of(pk("id"), col("total", "integer")));
        TableDef v2 = table("orders_v2", List.of(pk("id"), col("total", "integer"), col("currency", "text")));
        ViewDef view = new ViewDef("order_totals", "SELECT id, total FROM orders", false, null);
        SchemaDef before = new SchemaDef(List.of(orders, v2), List.of(view));
        SchemaDef after = new SchemaDef(List.of(v2.withName("orders").withRenamedFrom("orders_v2")), List.of(view));
        List<String> stmts = SqlitePlanner.plan(SchemaDiffer.diff(before, after, RenameResolver.NO_RENAMES)).statements();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            mode.apply(c, SqlitePlanner.plan(SchemaDiffer.diff(SchemaDef.EMPTY, before, RenameResolver.NO_RENAMES)).statements());
            exec(c, "INSERT INTO orders VALUES (1, 5)", "INSERT INTO orders_v2 VALUES (2, 9, 'EUR')");
            mode.apply(c, stmts);
            assertEquals(List.of("2|9"), rows(c, "SELECT * FROM order_totals"));
            assertEquals(List.of("order_totals", "orders"), rows(c, "SELECT name FROM sqlite_master ORDER BY name"));
        }
    }

    /** INTEGER and integer are one type to SQLite: a database made by hand in upper case is no change (db:baseline, drift). */
    @Test
    void aTypeWrittenInAnotherCaseIsNoChange() {
        TableDef upper = table("users", List.of(pk("id").withType("INTEGER"), col("email", "TEXT")));
        TableDef lower = table("users", List.of(pk("id"), col("email", "text")));
        assertEquals(List.of(), sql(s(upper), s(lower)));
        assertFalse(sql(s(lower), s(table("users", List.of(pk("id"), col("email", "blob"))))).isEmpty());
        // DEFAULT 1 and DEFAULT true are one value to SQLite
        TableDef one = table("t", List.of(pk("id"), col("active", "integer").withNotNull(true).withDefault(dev.godwit.schema.model.DefaultValue.number(1))));
        TableDef yes = table("t", List.of(pk("id"), col("active", "integer").withNotNull(true).withDefault(dev.godwit.schema.model.DefaultValue.bool(true))));
        assertEquals(List.of(), sql(s(one), s(yes)));
        assertFalse(sql(s(one), s(table("t", List.of(pk("id"), col("active", "integer").withNotNull(true)
                .withDefault(dev.godwit.schema.model.DefaultValue.bool(false)))))).isEmpty());
    }

    /** A generated column made plain keeps the values it showed, stored or virtual (drizzle-kit drops and re-adds it: NULLs). */
    @ParameterizedTest
    @EnumSource(ApplyMode.class)
    void aGeneratedColumnMadePlainKeepsItsValues(ApplyMode mode) throws SQLException {
        TableDef before = table("o", List.of(pk("id"), col("qty", "integer"), col("total", "integer").withGenerated(Generated.of("qty * 10", Generated.Type.STORED)),
                col("half", "integer").withGenerated(Generated.of("qty / 2", Generated.Type.VIRTUAL))));
        TableDef after = table("o", List.of(pk("id"), col("qty", "integer"), col("total", "integer"), col("half", "integer")));
        List<String> stmts = sql(s(before), s(after));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            mode.apply(c, sql(SchemaDef.EMPTY, s(before)));
            exec(c, "INSERT INTO o (id, qty) VALUES (1, 4)");
            mode.apply(c, stmts);
            assertEquals(List.of("1|4|40|2"), rows(c, "SELECT id, qty, total, half FROM o"));
        }
    }

    /**
     * A default written as a name ({@code DEFAULT "active"}, {@code DEFAULT basic}: SQLite stores the string, and db:pull keeps
     * the text of a hand-made table) fills the NULLs of a column made NOT NULL with that string, as an insert would: not with
     * the column "active" of the same row, and without "no such column: basic".
     */
    @ParameterizedTest
    @EnumSource(ApplyMode.class)
    void aDefaultWrittenAsANameFillsItsString(ApplyMode mode) throws SQLException {
        TableDef before = table("a", List.of(pk("id"), col("active", "integer"),
                col("status", "text").withDefault(dev.godwit.schema.model.DefaultValue.sql("\"active\"")),
                col("kind", "text").withDefault(dev.godwit.schema.model.DefaultValue.sql("basic"))));
        TableDef after = table("a", List.of(pk("id"), col("active", "integer"),
                col("status", "text").withNotNull(true).withDefault(dev.godwit.schema.model.DefaultValue.sql("\"active\"")),
                col("kind", "text").withNotNull(true).withDefault(dev.godwit.schema.model.DefaultValue.sql("basic"))));
        List<String> warnings = SqlitePlanner.plan(SchemaDiffer.diff(s(before), s(after), RenameResolver.NO_RENAMES)).warnings();
        assertTrue(warnings.contains("\"a\".\"status\" becomes NOT NULL: rows holding NULL get 'active'."), warnings.toString());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            mode.apply(c, sql(SchemaDef.EMPTY, s(before)));
            exec(c, "INSERT INTO a (id, active, status, kind) VALUES (1, 1, NULL, NULL)");
            exec(c, "INSERT INTO a (id, active) VALUES (2, 0)");
            mode.apply(c, sql(s(before), s(after)));
            assertEquals(List.of("1|1|active|basic", "2|0|active|basic"), rows(c, "SELECT id, active, status, kind FROM a ORDER BY id"));
        }
    }

    /** A foreign-key column made NOT NULL without a default: the fill value is said to break the key unless a parent has it. */
    @Test
    void aForeignKeyColumnMadeNotNullSaysTheFillMayBreakTheKey() {
        TableDef owners = table("owners", List.of(pk("id")));
        ForeignKeyDef fk = new ForeignKeyDef("pets_owner_fk", "pets", List.of("owner_id"), "owners", List.of("id"), FkAction.NO_ACTION, FkAction.NO_ACTION);
        TableDef pets = new TableDef("pets", List.of(pk("id"), col("owner_id", "integer")), null, List.of(), List.of(fk), List.of(), null);
        TableDef pets2 = pets.withColumns(List.of(pk("id"), col("owner_id", "integer").withNotNull(true)));
        List<String> warnings = SqlitePlanner.plan(SchemaDiffer.diff(s(owners, pets), s(owners, pets2), RenameResolver.NO_RENAMES)).warnings();
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("\"pets\".\"owner_id\" becomes NOT NULL: rows holding NULL get 0. It references"
                + " \"owners\": unless a row of it has that key")), warnings.toString());
    }

    /** A column made NOT NULL without a default under a CHECK the fill value (0) breaks: every row holding NULL fails it, and the warning says so. */
    @Test
    void aColumnMadeNotNullUnderACheckSaysTheFillMayBreakIt() {
        TableDef t = new TableDef("t", List.of(pk("id"), col("qty", "integer")), null, List.of(), List.of(),
                List.of(new dev.godwit.schema.model.CheckDef("t_qty_pos", "\"qty\" > 0")), null);
        TableDef t2 = t.withColumns(List.of(pk("id"), col("qty", "integer").withNotNull(true)));
        List<String> warnings = SqlitePlanner.plan(SchemaDiffer.diff(s(t), s(t2), RenameResolver.NO_RENAMES)).warnings();
        assertTrue(warnings.contains("\"t\".\"qty\" becomes NOT NULL: rows holding NULL get 0. CHECK \"t_qty_pos\" reads it: 0 breaks it, so any such"
                + " row breaks it and the migration fails (nothing changes); give the column a default that passes, or fill it in a custom migration first."),
                warnings.toString());
    }

    /**
     * A column under a UNIQUE index made NOT NULL without a default: NULLs never collide, the fill value ('') does, so two rows
     * holding NULL make the copy fail. The warning says so, as it does for a CHECK or a foreign key over the column.
     */
    @Test
    void aUniqueColumnMadeNotNullSaysTheFillMayCollide() throws SQLException {
        TableDef t = new TableDef("t", List.of(pk("id"), col("code", "text"), col("org", "integer")), null,
                List.of(IndexDef.onColumns("t_code_uq", List.of("code"), true, null), IndexDef.onColumns("t_org_code_uq", List.of("org", "code"), true, null),
                        IndexDef.onColumns("t_org_idx", List.of("org"), false, null)), List.of(), List.of(), null);
        TableDef t2 = t.withColumns(List.of(pk("id"), col("code", "text").withNotNull(true), col("org", "integer")));
        List<String> warnings = SqlitePlanner.plan(SchemaDiffer.diff(s(t), s(t2), RenameResolver.NO_RENAMES)).warnings();
        assertEquals(List.of("\"t\".\"code\" becomes NOT NULL: rows holding NULL get ''. UNIQUE indexes \"t_code_uq\", \"t_org_code_uq\" hold it: where"
                + " two such rows (or one and a row already holding '') then share a key, they break it and the migration fails (nothing changes);"
                + " give them values in a custom migration first."), warnings);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            ApplyMode.TRANSACTION.apply(c, sql(SchemaDef.EMPTY, s(t)));
            exec(c, "INSERT INTO t (id, code, org) VALUES (1, NULL, 1), (2, NULL, 1)");
            SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> ApplyMode.TRANSACTION.apply(c, sql(s(t), s(t2))));
            assertTrue(e.getMessage().contains("UNIQUE constraint failed: t.code"), e.getMessage());
            assertEquals(List.of("1|NULL|1", "2|NULL|1"), rows(c, "SELECT id, coalesce(code, 'NULL'), org FROM t ORDER BY id"));
        }
    }

    /**
     * The usual case-folded key: a generated column lower(email) under a UNIQUE index, and a CHECK on it. email made NOT NULL fills
     * NULLs with '', so the generated column turns from NULL (which never collides, and passes the CHECK) into '' in each such row:
     * the copy fails. The warning named neither, as it looked only for the filled column's own name in them.
     */
    @Test
    void aFillReachingAUniqueIndexOrCheckThroughAGeneratedColumnIsWarnedOf() throws SQLException {
        TableDef t = new TableDef("t", List.of(pk("id"), col("email", "text"),
                col("email_key", "text").withGenerated(dev.godwit.schema.model.Generated.of("lower(\"email\")", dev.godwit.schema.model.Generated.Type.VIRTUAL))),
                null, List.of(IndexDef.onColumns("t_email_key_uq", List.of("email_key"), true, null)), List.of(), List.of(), null);
        TableDef t2 = t.withColumns(List.of(pk("id"), col("email", "text").withNotNull(true), t.columns().get(2)));
        List<String> warnings = SqlitePlanner.plan(SchemaDiffer.diff(s(t), s(t2), RenameResolver.NO_RENAMES)).warnings();
        assertEquals(List.of("\"t\".\"email\" becomes NOT NULL: rows holding NULL get ''. UNIQUE index \"t_email_key_uq\" holds it (through"
                + " \"email_key\"): where two such rows (or one and a row already holding '') then share a key, they break it and the migration"
                + " fails (nothing changes); give them values in a custom migration first."), warnings);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            ApplyMode.TRANSACTION.apply(c, sql(SchemaDef.EMPTY, s(t)));
            exec(c, "INSERT INTO t (id, email) VALUES (1, NULL), (2, NULL)");
            SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> ApplyMode.TRANSACTION.apply(c, sql(s(t), s(t2))));
            assertTrue(e.getMessage().contains("UNIQUE constraint failed: t.email_key"), e.getMessage());
            assertEquals(List.of("1|NULL", "2|NULL"), rows(c, "SELECT id, coalesce(email, 'NULL') FROM t ORDER BY id"));
        }
        TableDef u = t.withIndexes(List.of()).withChecks(List.of(new dev.godwit.schema.model.CheckDef("t_key_set", "length(\"email_key\") > 0")));
        TableDef u2 = u.withColumns(t2.columns());
        assertEquals(List.of("\"t\".\"email\" becomes NOT NULL: rows holding NULL get ''. CHECK \"t_key_set\" reads it (through \"email_key\"):"
                + " '' breaks it, so any such row breaks it and the migration fails (nothing changes); give the column a default that passes, or fill"
                + " it in a custom migration first."), SqlitePlanner.plan(SchemaDiffer.diff(s(u), s(u2), RenameResolver.NO_RENAMES)).warnings());
    }

    /**
     * A partial UNIQUE index whose WHERE reads the filled column: unique(slug) WHERE published IS NOT NULL, published made NOT NULL.
     * The rows that held NULL there now enter the index with their slugs, and two of them sharing one break it. Only the index's
     * keys were looked at, so nothing was said.
     */
    @Test
    void aFillThatLetsRowsIntoAPartialUniqueIndexIsWarnedOf() throws SQLException {
        TableDef t = new TableDef("t", List.of(pk("id"), col("slug", "text"), col("published", "integer")), null,
                List.of(IndexDef.onColumns("t_live_slug_uq", List.of("slug"), true, "\"published\" IS NOT NULL")), List.of(), List.of(), null);
        TableDef t2 = t.withColumns(List.of(pk("id"), col("slug", "text"), col("published", "integer").withNotNull(true)));
        List<String> warnings = SqlitePlanner.plan(SchemaDiffer.diff(s(t), s(t2), RenameResolver.NO_RENAMES)).warnings();
        assertEquals(List.of("\"t\".\"published\" becomes NOT NULL: rows holding NULL get 0. UNIQUE index \"t_live_slug_uq\" reads it in its"
                + " WHERE: such rows may then enter it, and where two of them (or one and a row already in it) share a key, they break it and the"
                + " migration fails (nothing changes); give them values in a custom migration first."), warnings);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            ApplyMode.TRANSACTION.apply(c, sql(SchemaDef.EMPTY, s(t)));
            exec(c, "INSERT INTO t (id, slug, published) VALUES (1, 'a', NULL), (2, 'a', NULL)");
            SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> ApplyMode.TRANSACTION.apply(c, sql(s(t), s(t2))));
            assertTrue(e.getMessage().contains("UNIQUE constraint failed: t.slug"), e.getMessage());
            assertEquals(List.of("1|a|NULL", "2|a|NULL"), rows(c, "SELECT id, slug, coalesce(published, 'NULL') FROM t ORDER BY id"));
        }
    }

    /**
     * A fill that a partial UNIQUE index's WHERE leaves out (unique(handle) WHERE handle <> '' filled with '', unique(slug) WHERE
     * archived <> 0 filled with 0) puts no filled row into the index, and a fill a CHECK accepts (qty >= 0 filled with 0) breaks
     * nothing: the warnings said the migration may fail there (f19_not_null_fill_outside_partial_unique_and_check). Where the
     * expression reads only the filled column, one row holding the fill decides; a CHECK the fill breaks is said to fail outright.
     */
    @Test
    void aFillThatAPartialUniqueLeavesOutOrACheckAcceptsIsNotWarnedOf() throws SQLException {
        TableDef t = new TableDef("t", List.of(pk("id"), col("handle", "text"), col("slug", "text"), col("archived", "integer"), col("qty", "integer")),
                null, List.of(IndexDef.onColumns("t_handle_uq", List.of("handle"), true, "\"t\".\"handle\" <> ''"),
                        IndexDef.onColumns("t_live_slug_uq", List.of("slug"), true, "\"archived\" <> 0")),
                List.of(), List.of(new CheckDef("t_qty_nonneg", "\"t\".\"qty\" >= 0")), null);
        TableDef t2 = t.withColumns(List.of(pk("id"), col("handle", "text").withNotNull(true), col("slug", "text"),
                col("archived", "integer").withNotNull(true), col("qty", "integer").withNotNull(true)));
        List<String> warnings = SqlitePlanner.plan(SchemaDiffer.diff(s(t), s(t2), RenameResolver.NO_RENAMES)).warnings();
        assertEquals(List.of("\"t\".\"handle\" becomes NOT NULL: rows holding NULL get ''.", "\"t\".\"archived\" becomes NOT NULL: rows holding NULL get 0.",
                "\"t\".\"qty\" becomes NOT NULL: rows holding NULL get 0."), warnings);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            ApplyMode.TRANSACTION.apply(c, sql(SchemaDef.EMPTY, s(t)));
            exec(c, "INSERT INTO t (id, handle, slug, archived, qty) VALUES (1, 'ann', 's', 1, 2), (2, NULL, 's', NULL, NULL), (3, NULL, 's', NULL, NULL)");
            ApplyMode.TRANSACTION.apply(c, sql(s(t), s(t2)));
            assertEquals(List.of("1|ann|s|1|2", "2||s|0|0", "3||s|0|0"), rows(c, "SELECT id, handle, slug, archived, qty FROM t ORDER BY id"));
        }
        // the other side: a CHECK the fill breaks fails every such row, a WHERE the fill enters may collide, and a WHERE reading another
        // column too cannot be decided on the fill alone
        TableDef u = new TableDef("u", List.of(pk("id"), col("qty", "integer"), col("slug", "text"), col("archived", "integer"), col("kind", "text")),
                null, List.of(IndexDef.onColumns("u_live_slug_uq", List.of("slug"), true, "\"archived\" = 0"),
                        IndexDef.onColumns("u_kind_slug_uq", List.of("slug"), true, "\"archived\" <> 0 OR \"kind\" = 'x'")),
                List.of(), List.of(new CheckDef("u_qty_pos", "\"qty\" > 0")), null);
        TableDef u2 = u.withColumns(List.of(pk("id"), col("qty", "integer").withNotNull(true), col("slug", "text"),
                col("archived", "integer").withNotNull(true), col("kind", "text")));
        assertEquals(List.of("\"u\".\"qty\" becomes NOT NULL: rows holding NULL get 0. CHECK \"u_qty_pos\" reads it: 0 breaks it, so any such row"
                        + " breaks it and the migration fails (nothing changes); give the column a default that passes, or fill it in a custom migration first.",
                "\"u\".\"archived\" becomes NOT NULL: rows holding NULL get 0. UNIQUE indexes \"u_live_slug_uq\", \"u_kind_slug_uq\" read it in their"
                        + " WHERE: such rows may then enter it, and where two of them (or one and a row already in it) share a key, they break it and the"
                        + " migration fails (nothing changes); give them values in a custom migration first."),
                SqlitePlanner.plan(SchemaDiffer.diff(s(u), s(u2), RenameResolver.NO_RENAMES)).warnings());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            ApplyMode.TRANSACTION.apply(c, sql(SchemaDef.EMPTY, s(u)));
            exec(c, "INSERT INTO u (id, qty, slug, archived) VALUES (1, NULL, 'a', 1)");
            SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> ApplyMode.TRANSACTION.apply(c, sql(s(u), s(u2))));
            assertTrue(e.getMessage().contains("CHECK constraint failed"), e.getMessage());
            assertEquals(List.of("1|NULL|a|1"), rows(c, "SELECT id, coalesce(qty, 'NULL'), slug, archived FROM u ORDER BY id"));
        }
        TableDef v = new TableDef("v", List.of(pk("id"), col("qty", "integer"), col("low", "integer")), null, List.of(), List.of(),
                List.of(new CheckDef("v_qty_above_low", "\"qty\" > \"low\"")), null);
        TableDef v2 = v.withColumns(List.of(pk("id"), col("qty", "integer").withNotNull(true), col("low", "integer")));
        assertEquals(List.of("\"v\".\"qty\" becomes NOT NULL: rows holding NULL get 0. CHECK \"v_qty_above_low\" reads it: unless 0 passes, such rows"
                + " break it and the migration fails (nothing changes); give the column a default that passes, or fill it in a custom migration first."),
                SqlitePlanner.plan(SchemaDiffer.diff(s(v), s(v2), RenameResolver.NO_RENAMES)).warnings());
        // rowid differs from row to row: one row holding the fill cannot decide CHECK ("qty" >= rowid - 1), which 0 passes on the first row only
        TableDef w = new TableDef("w", List.of(col("qty", "integer"), col("note", "text")), null, List.of(), List.of(),
                List.of(new CheckDef("w_qty_rowid", "\"qty\" >= rowid - 1")), null);
        TableDef w2 = w.withColumns(List.of(col("qty", "integer").withNotNull(true), col("note", "text")));
        assertEquals(List.of("\"w\".\"qty\" becomes NOT NULL: rows holding NULL get 0. CHECK \"w_qty_rowid\" reads it: unless 0 passes, such rows"
                + " break it and the migration fails (nothing changes); give the column a default that passes, or fill it in a custom migration first."),
                SqlitePlanner.plan(SchemaDiffer.diff(s(w), s(w2), RenameResolver.NO_RENAMES)).warnings());
    }

    /**
     * A column under a UNIQUE index (or a composite primary key) retyped text -> integer: the copy stores '007' and '7' both as 7, so
     * two rows that were apart now share a key and the migration fails (nothing changes). db:generate listed only the data loss
     * ('007' becomes 7), not that the index then fails the apply, as it says for a NOT NULL fill. Integers turned REAL past 2^53
     * round into one value the same way. A retype that keeps values apart (integer -> text, text -> blob) says nothing.
     */
    @Test
    void aRetypeThatCanMergeTwoValuesUnderAUniqueIndexSaysTheMigrationMayFail() throws SQLException {
        TableDef t = new TableDef("t", List.of(pk("id"), col("code", "text"), col("ref", "text"), col("n", "integer"), col("note", "text")), null,
                List.of(IndexDef.onColumns("t_code_uq", List.of("code"), true, null), IndexDef.onColumns("t_ref_n_uq", List.of("ref", "n"), true, null),
                        IndexDef.onColumns("t_note_idx", List.of("note"), false, null)), List.of(), List.of(), null);
        TableDef t2 = t.withColumns(List.of(pk("id"), col("code", "integer"), col("ref", "text"), col("n", "real"), col("note", "integer")));
        List<String> warnings = SqlitePlanner.plan(SchemaDiffer.diff(s(t), s(t2), RenameResolver.NO_RENAMES)).warnings();
        assertEquals(List.of("\"t\".\"code\" changes type text -> integer: texts that read as the same number become one value ('007' and '7' both"
                        + " become 7). UNIQUE index \"t_code_uq\" holds it: where two rows then share a key, they break it and the migration fails"
                        + " (nothing changes); make those values distinct in a custom migration first.",
                "\"t\".\"n\" changes type integer -> real: integers beyond 2^53 may round to one value (9007199254740992 and 9007199254740993"
                        + " both become 9007199254740992.0). UNIQUE index \"t_ref_n_uq\" holds it: where two rows then share a key, they break it and"
                        + " the migration fails (nothing changes); make those values distinct in a custom migration first."), warnings);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            ApplyMode.TRANSACTION.apply(c, sql(SchemaDef.EMPTY, s(t)));
            exec(c, "INSERT INTO t (id, code, ref, n) VALUES (1, '007', 'a', 1), (2, '7', 'a', 2)");
            SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> ApplyMode.TRANSACTION.apply(c, sql(s(t), s(t2))));
            assertTrue(e.getMessage().contains("UNIQUE constraint failed: t.code"), e.getMessage());
            assertEquals(List.of("1|007", "2|7"), rows(c, "SELECT id, code FROM t ORDER BY id"));
        }
        TableDef back = t2.withColumns(List.of(pk("id"), col("code", "text"), col("ref", "blob"), col("n", "integer"), col("note", "integer")));
        assertEquals(List.of(), SqlitePlanner.plan(SchemaDiffer.diff(s(t2), s(back), RenameResolver.NO_RENAMES)).warnings());
        TableDef keyed = new TableDef("k", List.of(col("a", "text").withNotNull(true), col("b", "text").withNotNull(true)),
                new PrimaryKeyDef("k_pk", List.of("a", "b")), List.of(), List.of(), List.of(), null);
        TableDef keyed2 = keyed.withColumns(List.of(col("a", "integer").withNotNull(true), col("b", "text").withNotNull(true)));
        assertEquals(List.of("\"k\".\"a\" changes type text -> integer: texts that read as the same number become one value ('007' and '7' both"
                + " become 7). The primary key holds it: where two rows then share a key, they break it and the migration fails (nothing changes);"
                + " make those values distinct in a custom migration first."), SqlitePlanner.plan(SchemaDiffer.diff(s(keyed), s(keyed2), RenameResolver.NO_RENAMES)).warnings());
    }

    /**
     * A CHECK the table keeps over a column retyped text -> integer meets the converted values: CHECK (length("code") = 3) held for
     * '007' and fails for 7, so the copy fails (nothing changes). Nothing was said but the data loss.
     */
    @Test
    void aRetypeUnderACheckSaysTheConvertedValuesMayBreakIt() throws SQLException {
        TableDef t = new TableDef("t", List.of(pk("id"), col("code", "text")), null, List.of(), List.of(),
                List.of(new CheckDef("t_code_len", "length(\"code\") = 3")), null);
        TableDef t2 = t.withColumns(List.of(pk("id"), col("code", "integer")));
        assertEquals(List.of("\"t\".\"code\" changes type text -> integer: a text that reads as a number becomes that number ('007' becomes 7). CHECK"
                + " \"t_code_len\" reads it: unless the converted values pass it, they break it and the migration fails (nothing changes); fix those"
                + " values in a custom migration first."), SqlitePlanner.plan(SchemaDiffer.diff(s(t), s(t2), RenameResolver.NO_RENAMES)).warnings());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            ApplyMode.TRANSACTION.apply(c, sql(SchemaDef.EMPTY, s(t)));
            exec(c, "INSERT INTO t (id, code) VALUES (1, '007'), (2, 'abc')");
            SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> ApplyMode.TRANSACTION.apply(c, sql(s(t), s(t2))));
            assertTrue(e.getMessage().contains("CHECK constraint failed"), e.getMessage());
            assertEquals(List.of("1|007", "2|abc"), rows(c, "SELECT id, code FROM t ORDER BY id"));
        }
        // a CHECK added in the same migration gets db:generate's "New CHECK" warning instead, not this one; one only renamed (the same
        // text) is the rule the rows passed, named here as one kept under its name is
        TableDef t3 = t2.withChecks(List.of(new CheckDef("t_code_len2", "length(\"code\") = 2")));
        assertEquals(List.of(), SqlitePlanner.plan(SchemaDiffer.diff(s(t), s(t3), RenameResolver.NO_RENAMES)).warnings());
        TableDef t4 = t2.withChecks(List.of(new CheckDef("t_code_len2", "length(\"code\") = 3")));
        assertEquals(List.of("\"t\".\"code\" changes type text -> integer: a text that reads as a number becomes that number ('007' becomes 7). CHECK"
                + " \"t_code_len2\" reads it: unless the converted values pass it, they break it and the migration fails (nothing changes); fix those"
                + " values in a custom migration first."), SqlitePlanner.plan(SchemaDiffer.diff(s(t), s(t4), RenameResolver.NO_RENAMES)).warnings());
    }

    /**
     * A number retyped to text under a CHECK comparing it with a number: SQLite then compares text ('10' >= 2 takes 2 as '2' and is
     * false), so a row that kept the CHECK breaks it and the copy fails (f20_numbers_retyped_to_text_under_checks_comparing_numbers).
     * db:generate said nothing. No two numbers become one text, so a UNIQUE index over it is no concern.
     */
    @Test
    void aNumberRetypedToTextUnderACheckComparingWithANumberSaysItMayBreakIt() throws SQLException {
        TableDef t = new TableDef("t", List.of(pk("id"), col("qty", "integer")), null,
                List.of(IndexDef.onColumns("t_qty_uq", List.of("qty"), true, null)), List.of(), List.of(new CheckDef("t_qty_min", "\"qty\" >= 2")), null);
        TableDef t2 = t.withColumns(List.of(pk("id"), col("qty", "text")));
        assertEquals(List.of("\"t\".\"qty\" changes type integer -> text: a number becomes a text (10 becomes '10'), which compares as text with what"
                + " it meets: 10 >= 2 held, '10' >= 2 does not. CHECK \"t_qty_min\" reads it: unless the converted values pass it, they break it and"
                + " the migration fails (nothing changes); fix those values in a custom migration first."),
                SqlitePlanner.plan(SchemaDiffer.diff(s(t), s(t2), RenameResolver.NO_RENAMES)).warnings());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            ApplyMode.TRANSACTION.apply(c, sql(SchemaDef.EMPTY, s(t)));
            exec(c, "INSERT INTO t (id, qty) VALUES (1, 10), (2, 3)");
            SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> ApplyMode.TRANSACTION.apply(c, sql(s(t), s(t2))));
            assertTrue(e.getMessage().contains("CHECK constraint failed"), e.getMessage());
            assertEquals(List.of("1|10|integer", "2|3|integer"), rows(c, "SELECT id, qty, typeof(qty) FROM t ORDER BY id"));
            exec(c, "DELETE FROM t WHERE id = 1");
            ApplyMode.TRANSACTION.apply(c, sql(s(t), s(t2)));
            assertEquals(List.of("2|3|text"), rows(c, "SELECT id, qty, typeof(qty) FROM t ORDER BY id"));
        }
        // without the CHECK nothing can fail: no warning (a UNIQUE index keeps distinct numbers' texts apart)
        assertEquals(List.of(), SqlitePlanner.plan(SchemaDiffer.diff(s(t.withChecks(List.of())), s(t2.withChecks(List.of())), RenameResolver.NO_RENAMES)).warnings());
    }

    /**
     * A retype under a partial UNIQUE index whose WHERE (not its key) reads the column: the converted values compare otherwise there
     * (text '10' > 5 is false, integer 10 > 5 true; integer 10 < 5 false, text '10' < 5 true), so the index takes rows it left out and
     * their keys collide: the copy fails. db:generate said nothing either way (f20_partial_unique_where_over_retyped_columns).
     */
    @Test
    void aRetypeUnderAPartialUniqueWhoseWhereReadsItSaysItMayTakeOtherRows() throws SQLException {
        String tail = ": the converted values compare otherwise there, so it may take rows it left out, and where two then share a key they break it"
                + " and the migration fails (nothing changes); make those keys distinct in a custom migration first.";
        TableDef t = new TableDef("t", List.of(pk("id"), col("code", "text"), col("qty", "text")), null,
                List.of(IndexDef.onColumns("t_code_live_uq", List.of("code"), true, "\"qty\" > 5")), List.of(), List.of(), null);
        TableDef t2 = t.withColumns(List.of(pk("id"), col("code", "text"), col("qty", "integer")));
        assertEquals(List.of("\"t\".\"qty\" changes type text -> integer: a text that reads as a number becomes that number ('007' becomes 7)."
                + " UNIQUE index \"t_code_live_uq\" takes its rows by it (WHERE \"qty\" > 5)" + tail),
                SqlitePlanner.plan(SchemaDiffer.diff(s(t), s(t2), RenameResolver.NO_RENAMES)).warnings());
        TableDef u = t.withColumns(List.of(pk("id"), col("code", "text"), col("qty", "integer")))
                .withIndexes(List.of(IndexDef.onColumns("t_code_live_uq", List.of("code"), true, "\"qty\" < 5")));
        TableDef u2 = u.withColumns(List.of(pk("id"), col("code", "text"), col("qty", "text")));
        assertEquals(List.of("\"t\".\"qty\" changes type integer -> text: a number becomes a text (10 becomes '10'), which compares as text with what"
                + " it meets: 10 >= 2 held, '10' >= 2 does not. UNIQUE index \"t_code_live_uq\" takes its rows by it (WHERE \"qty\" < 5)" + tail),
                SqlitePlanner.plan(SchemaDiffer.diff(s(u), s(u2), RenameResolver.NO_RENAMES)).warnings());
        for (List<Object> pair : List.of(List.of(t, t2, "'10'", "'7'"), List.of(u, u2, "10", "3"))) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
                TableDef from = (TableDef) pair.get(0), to = (TableDef) pair.get(1);
                ApplyMode.TRANSACTION.apply(c, sql(SchemaDef.EMPTY, s(from)));
                exec(c, "INSERT INTO t (id, code, qty) VALUES (1, 'a', " + pair.get(2) + "), (2, 'a', " + pair.get(3) + ")");
                SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> ApplyMode.TRANSACTION.apply(c, sql(s(from), s(to))));
                assertTrue(e.getMessage().contains("UNIQUE constraint failed"), e.getMessage());
                assertEquals(2, rows(c, "SELECT id FROM t").size());
            }
        }
    }

    /**
     * A generated column given a new expression computes every row anew: under the UNIQUE index the table keeps, 'ann@x.io' and
     * 'ann@y.io' were apart as lower(email) and share the local part, so the index fails after the copy; a kept CHECK meets the new
     * values too. db:generate said nothing (f20_generated_expressions_changed_under_unique_index_and_check). An expression that only
     * follows a column rename, or a switch from STORED to VIRTUAL, computes the same values: no warning.
     */
    @Test
    void aGeneratedColumnGivenANewExpressionUnderAUniqueIndexOrCheckSaysTheNewValuesMayBreakThem() throws SQLException {
        dev.godwit.schema.model.Generated lower = dev.godwit.schema.model.Generated.of("lower(\"email\")", dev.godwit.schema.model.Generated.Type.STORED);
        dev.godwit.schema.model.Generated local = dev.godwit.schema.model.Generated.of("substr(\"email\", 1, instr(\"email\", '@') - 1)",
                dev.godwit.schema.model.Generated.Type.STORED);
        TableDef t = new TableDef("t", List.of(pk("id"), col("email", "text"), col("handle", "text").withGenerated(lower)), null,
                List.of(IndexDef.onColumns("t_handle_uq", List.of("handle"), true, null)), List.of(), List.of(new CheckDef("t_handle_set", "\"handle\" <> ''")), null);
        TableDef t2 = t.withColumns(List.of(pk("id"), col("email", "text"), col("handle", "text").withGenerated(local)));
        assertEquals(List.of("\"t\".\"handle\" is now generated AS (substr(\"email\", 1, instr(\"email\", '@') - 1)): every row's value there"
                + " is computed anew. UNIQUE index \"t_handle_uq\" reads it: where two rows then share a key, they break it and the migration fails"
                + " (nothing changes); check the new values are distinct first. CHECK \"t_handle_set\" reads it: unless the new values pass it, they"
                + " break it and the migration fails (nothing changes); check the new values pass first."),
                SqlitePlanner.plan(SchemaDiffer.diff(s(t), s(t2), RenameResolver.NO_RENAMES)).warnings());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            ApplyMode.TRANSACTION.apply(c, sql(SchemaDef.EMPTY, s(t)));
            exec(c, "INSERT INTO t (id, email) VALUES (1, 'ann@x.io'), (2, 'ann@y.io')");
            SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> ApplyMode.TRANSACTION.apply(c, sql(s(t), s(t2))));
            assertTrue(e.getMessage().contains("UNIQUE constraint failed"), e.getMessage());
            assertEquals(List.of("1|ann@x.io", "2|ann@y.io"), rows(c, "SELECT id, handle FROM t ORDER BY id"));
        }
        // an index re-created under its name with a WHERE where it had none takes some of the rows it kept apart: kept (KeptUniques),
        // so named here, and not db:generate's "New UNIQUE index" (f15_generated_stored_virtual_toggled_indexed step 3 had both)
        TableDef t3 = t2.withIndexes(List.of(IndexDef.onColumns("t_handle_uq", List.of("handle"), true, "\"handle\" <> ''")));
        assertEquals(List.of("\"t\".\"handle\" is now generated AS (substr(\"email\", 1, instr(\"email\", '@') - 1)): every row's value there is computed"
                + " anew. UNIQUE index \"t_handle_uq\" reads it: where two rows then share a key, they break it and the migration fails (nothing changes);"
                + " check the new values are distinct first. CHECK \"t_handle_set\" reads it: unless the new values pass it, they break it and the migration fails (nothing changes); check the"
                + " new values pass first."), SqlitePlanner.plan(SchemaDiffer.diff(s(t), s(t3), RenameResolver.NO_RENAMES)).warnings());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            ApplyMode.TRANSACTION.apply(c, sql(SchemaDef.EMPTY, s(t)));
            exec(c, "INSERT INTO t (id, email) VALUES (1, 'ann@x.io'), (2, 'ann@y.io')");
            SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> ApplyMode.TRANSACTION.apply(c, sql(s(t), s(t3))));
            assertTrue(e.getMessage().contains("UNIQUE constraint failed"), e.getMessage());
        }
        // the source column renamed, the expression following it, and STORED -> VIRTUAL: the same values
        TableDef renamed = t.withColumns(List.of(pk("id"), col("mail", "text").withRenamedFrom("email"),
                col("handle", "text").withGenerated(dev.godwit.schema.model.Generated.of("lower(\"t\".\"mail\")", dev.godwit.schema.model.Generated.Type.VIRTUAL))))
                .withChecks(List.of(new CheckDef("t_handle_set", "\"handle\" <> ''")));
        assertEquals(List.of(), SqlitePlanner.plan(SchemaDiffer.diff(s(t), s(renamed), RenameResolver.NO_RENAMES)).warnings());
    }

    /**
     * A generated column given another type, its expression kept: every row's value is computed again under the new affinity, as a
     * plain column's retype converts it. qty * 2 made text compares as text under CHECK (total >= 4) ('10' >= 4 is false); a text
     * made integer turns '007' and '7' into one 7 under a UNIQUE index. Both fail the migration; db:generate said nothing (the retype
     * rules passed generated columns over, and the new-expression rule looks at the expression alone).
     */
    @Test
    void aGeneratedColumnRetypedWithItsExpressionKeptSaysTheConvertedValuesMayBreakAUniqueIndexOrCheck() throws SQLException {
        Generated twice = Generated.of("\"qty\" * 2", Generated.Type.STORED);
        TableDef t = new TableDef("t", List.of(pk("id"), col("qty", "integer"), col("total", "integer").withGenerated(twice)), null,
                List.of(), List.of(), List.of(new CheckDef("t_total_min", "\"total\" >= 4")), null);
        TableDef t2 = t.withColumns(List.of(pk("id"), col("qty", "integer"), col("total", "text").withGenerated(twice)));
        assertEquals(List.of("\"t\".\"total\" changes type integer -> text: a number becomes a text (10 becomes '10'), which compares as text with what"
                + " it meets: 10 >= 2 held, '10' >= 2 does not. CHECK \"t_total_min\" reads it: unless the converted values pass it, they break it and"
                + " the migration fails (nothing changes); fix those values in a custom migration first."),
                SqlitePlanner.plan(SchemaDiffer.diff(s(t), s(t2), RenameResolver.NO_RENAMES)).warnings());
        Generated same = Generated.of("\"code\"", Generated.Type.VIRTUAL);
        TableDef u = new TableDef("u", List.of(pk("id"), col("code", "text"), col("k", "text").withGenerated(same)), null,
                List.of(IndexDef.onColumns("u_k_uq", List.of("k"), true, null)), List.of(), List.of(), null);
        TableDef u2 = u.withColumns(List.of(pk("id"), col("code", "text"), col("k", "integer").withGenerated(same)));
        List<String> w = SqlitePlanner.plan(SchemaDiffer.diff(s(u), s(u2), RenameResolver.NO_RENAMES)).warnings();
        assertEquals(1, w.size(), w.toString());
        assertTrue(w.get(0).startsWith("\"u\".\"k\" changes type text -> integer: texts that read as the same number become one value ('007' and '7'"
                + " both become 7). UNIQUE index \"u_k_uq\" holds it"), w.get(0));
        for (List<Object> c : List.of(List.of(t, t2, "INSERT INTO t (id, qty) VALUES (1, 5)", "CHECK constraint failed"),
                List.of(u, u2, "INSERT INTO u (id, code) VALUES (1, '007'), (2, '7')", "UNIQUE constraint failed"))) {
            try (Connection conn = DriverManager.getConnection("jdbc:sqlite::memory:")) {
                TableDef from = (TableDef) c.get(0), to = (TableDef) c.get(1);
                ApplyMode.TRANSACTION.apply(conn, sql(SchemaDef.EMPTY, s(from)));
                exec(conn, (String) c.get(2));
                SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> ApplyMode.TRANSACTION.apply(conn, sql(s(from), s(to))));
                assertTrue(e.getMessage().contains((String) c.get(3)), e.getMessage());
            }
        }
        // another type of the same affinity (integer -> bigint) converts nothing: no warning
        TableDef same2 = t.withColumns(List.of(pk("id"), col("qty", "integer"), col("total", "bigint").withGenerated(twice)));
        assertEquals(List.of(), SqlitePlanner.plan(SchemaDiffer.diff(s(t), s(same2), RenameResolver.NO_RENAMES)).warnings());
    }

    /**
     * A column of a composite primary key made NOT NULL: SQLite lets such a key hold NULL, and rows (1, NULL), (1, NULL) are apart as
     * under a unique index; filled with 0 they collide and the copy fails. The warning named unique indexes only.
     */
    @Test
    void aFillUnderACompositePrimaryKeySaysTheFillMayCollide() throws SQLException {
        TableDef t = new TableDef("t", List.of(col("a", "integer").withNotNull(true), col("b", "integer")), new PrimaryKeyDef("t_pk", List.of("a", "b")),
                List.of(), List.of(), List.of(), null);
        TableDef t2 = t.withColumns(List.of(col("a", "integer").withNotNull(true), col("b", "integer").withNotNull(true)));
        assertEquals(List.of("\"t\".\"b\" becomes NOT NULL: rows holding NULL get 0. The primary key holds it: where two such rows (or one and a row"
                + " already holding 0) then share a key, they break it and the migration fails (nothing changes); give them values in a custom"
                + " migration first."), SqlitePlanner.plan(SchemaDiffer.diff(s(t), s(t2), RenameResolver.NO_RENAMES)).warnings());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            ApplyMode.TRANSACTION.apply(c, sql(SchemaDef.EMPTY, s(t)));
            exec(c, "INSERT INTO t (a, b) VALUES (1, NULL), (1, NULL)");
            SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> ApplyMode.TRANSACTION.apply(c, sql(s(t), s(t2))));
            assertTrue(e.getMessage().contains("UNIQUE constraint failed"), e.getMessage());
            assertEquals(List.of("1|NULL", "1|NULL"), rows(c, "SELECT a, coalesce(b, 'NULL') FROM t"));
        }
    }

    /** A UNIQUE index holding the primary key as well keeps every row's key apart whatever the fill: nothing to warn of there. */
    @Test
    void aFillUnderAUniqueIndexThatHoldsThePrimaryKeyIsNotWarnedOf() throws SQLException {
        TableDef t = new TableDef("t", List.of(pk("id"), col("code", "text")), null,
                List.of(IndexDef.onColumns("t_code_id_uq", List.of("code", "id"), true, null)), List.of(), List.of(), null);
        TableDef t2 = t.withColumns(List.of(pk("id"), col("code", "text").withNotNull(true)));
        List<String> warnings = SqlitePlanner.plan(SchemaDiffer.diff(s(t), s(t2), RenameResolver.NO_RENAMES)).warnings();
        assertEquals(List.of("\"t\".\"code\" becomes NOT NULL: rows holding NULL get ''."), warnings);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            ApplyMode.TRANSACTION.apply(c, sql(SchemaDef.EMPTY, s(t)));
            exec(c, "INSERT INTO t (id, code) VALUES (1, NULL), (2, NULL)");
            ApplyMode.TRANSACTION.apply(c, sql(s(t), s(t2)));
            assertEquals(List.of("1|", "2|"), rows(c, "SELECT id, code FROM t ORDER BY id"));
        }
    }

    @Test
    void droppingRelatedTablesDropsChildrenFirst() {
        TableDef a = table("a", List.of(pk("id")));
        TableDef b = new TableDef("b", List.of(pk("id"), col("a_id", "integer")), null, List.of(),
                List.of(new ForeignKeyDef("b_fk", "b", List.of("a_id"), "a", List.of("id"), FkAction.NO_ACTION, FkAction.NO_ACTION)), List.of(), null);
        assertEquals(List.of("DROP TABLE `b`;", "DROP TABLE `a`;"), sql(s(a, b), SchemaDef.EMPTY));
    }

    @Test
    void dropsAnIndexedColumnInPlaceAfterItsIndex() {
        TableDef t1 = new TableDef("t", List.of(pk("id"), col("x", "text")), null, List.of(IndexDef.onColumns("t_x_idx", List.of("x"), false, null)), List.of(), List.of(), null);
        TableDef t2 = table("t", List.of(pk("id")));
        assertEquals(List.of("DROP INDEX `t_x_idx`;", "ALTER TABLE `t` DROP COLUMN `x`;"), sql(s(t1), s(t2)));
    }

    @Test
    void columnNamedInACheckIsDroppedByRebuild() throws SQLException {
        TableDef t1 = new TableDef("t", List.of(pk("id"), col("x", "integer"), col("y", "integer")), null, List.of(), List.of(),
                List.of(new CheckDef("t_x_pos", "x > 0 OR y > 0")), null);
        TableDef t2 = t1.withColumns(List.of(pk("id"), col("y", "integer"))).withChecks(List.of(new CheckDef("t_y_pos", "y > 0")));
        List<String> stmts = sql(s(t1), s(t2));
        assertTrue(stmts.stream().anyMatch(x -> x.startsWith("CREATE TABLE `__new_t`")), stmts.toString());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            ApplyMode.TRANSACTION.apply(c, sql(SchemaDef.EMPTY, s(t1)));
            exec(c, "INSERT INTO t VALUES (1, 5, 2)");
            ApplyMode.TRANSACTION.apply(c, stmts);
            assertEquals(List.of("1|2"), rows(c, "SELECT * FROM t"));
        }
    }

    @Test
    void aRebuildsWorkTableStaysClearOfATableNamedLikeItInAnotherCase() throws SQLException {
        TableDef t1 = new TableDef("t", List.of(pk("id"), col("x", "integer"), col("y", "integer")), null, List.of(), List.of(),
                List.of(new CheckDef("t_x_pos", "x > 0 OR y > 0")), null);
        TableDef t2 = t1.withColumns(List.of(pk("id"), col("y", "integer"))).withChecks(List.of());
        TableDef other = table("__NEW_T", List.of(pk("id")));
        List<String> stmts = sql(s(t1, other), s(t2, other));
        assertTrue(stmts.stream().anyMatch(x -> x.startsWith("CREATE TABLE `__new_t_1`")), "SQLite's names ignore case: " + stmts);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            ApplyMode.TRANSACTION.apply(c, sql(SchemaDef.EMPTY, s(t1, other)));
            exec(c, "INSERT INTO t VALUES (1, 5, 2)", "INSERT INTO __NEW_T VALUES (7)");
            ApplyMode.TRANSACTION.apply(c, stmts);
            assertEquals(List.of("1|2"), rows(c, "SELECT * FROM t"));
            assertEquals(List.of("7"), rows(c, "SELECT * FROM __NEW_T"));
        }
    }

    @Test
    void aNewIndexTakingTheNameOfARebuiltTablesIndexInAnotherCaseComesOnceTheOldOneIsGone() throws SQLException {
        TableDef t1 = new TableDef("t", List.of(pk("id"), col("x", "integer"), col("y", "integer")), null,
                List.of(IndexDef.onColumns("shared_IDX", List.of("y"), false, null)), List.of(), List.of(new CheckDef("t_x_pos", "x > 0 OR y > 0")), null);
        TableDef t2 = t1.withColumns(List.of(pk("id"), col("y", "integer"))).withChecks(List.of()).withIndexes(List.of());
        TableDef u1 = table("u", List.of(pk("id"), col("z", "text")));
        TableDef u2 = u1.withIndexes(List.of(IndexDef.onColumns("SHARED_idx", List.of("z"), false, null)));
        List<String> stmts = sql(s(t1, u1), s(t2, u2));
        // the rebuild drops t's index with t anyway: it goes first, so u's index (a unique one could be a key's target) is there before rows move
        int create = stmts.indexOf("CREATE INDEX `SHARED_idx` ON `u` (`z`);");
        int dropped = stmts.indexOf("DROP INDEX `shared_IDX`;");
        assertTrue(create > dropped && dropped >= 0, "SQLite would refuse the index while t's shared_IDX exists: " + stmts);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            ApplyMode.TRANSACTION.apply(c, sql(SchemaDef.EMPTY, s(t1, u1)));
            ApplyMode.TRANSACTION.apply(c, stmts);
            assertEquals(List.of("SHARED_idx|u"), rows(c, "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'"));
        }
    }

    @ParameterizedTest
    @EnumSource(ApplyMode.class)
    void compositePrimaryKeyChange(ApplyMode mode) throws SQLException {
        TableDef t1 = new TableDef("m", List.of(col("a", "integer").withNotNull(true), col("b", "text").withNotNull(true), col("c", "text")),
                new PrimaryKeyDef("m_a_b_pk", List.of("a", "b")), List.of(), List.of(), List.of(), null);
        TableDef t2 = t1.withColumns(List.of(col("a", "integer").withNotNull(true), col("b", "text").withNotNull(true), col("c", "text").withNotNull(true)))
                .withPrimaryKey(new PrimaryKeyDef("m_a_b_c_pk", List.of("a", "b", "c")));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            mode.apply(c, sql(SchemaDef.EMPTY, s(t1)));
            exec(c, "INSERT INTO m VALUES (1, 'x', 'p'), (1, 'y', NULL)");
            mode.apply(c, sql(s(t1), s(t2)));
            assertEquals(List.of("1|x|p", "1|y|"), rows(c, "SELECT * FROM m ORDER BY b"));
            assertTrue(rows(c, "SELECT sql FROM sqlite_master WHERE name = 'm'").get(0).contains("PRIMARY KEY(`a`, `b`, `c`)"));
        }
    }

    @ParameterizedTest
    @EnumSource(ApplyMode.class)
    void storedGeneratedColumnIsAddedByRebuildAndViewsSurvive(ApplyMode mode) throws SQLException {
        TableDef t1 = table("p", List.of(pk("id"), col("price", "real")));
        TableDef t2 = table("p", List.of(pk("id"), col("price", "real"), col("gross", "real").withGenerated(Generated.of("price * 1.2", Generated.Type.STORED))));
        ViewDef v = new ViewDef("cheap", "select id from p where price < 10", false, null);
        SchemaDef a = new SchemaDef(List.of(t1), List.of(v));
        SchemaDef b = new SchemaDef(List.of(t2), List.of(v));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            mode.apply(c, sql(SchemaDef.EMPTY, a));
            exec(c, "INSERT INTO p VALUES (1, 5), (2, 50)");
            mode.apply(c, sql(a, b));
            assertEquals(List.of("1|5.0|6.0", "2|50.0|60.0"), rows(c, "SELECT * FROM p ORDER BY id"));
            assertEquals(List.of("1"), rows(c, "SELECT * FROM cheap"));
        }
    }

    @org.junit.jupiter.api.Test
    void aLiteralHoldingTheBreakpointMarkerIsWrittenSoNoMigratorSplitsIt() {
        String in = "CREATE TABLE `t` (\n\t`a` text DEFAULT 'x--> statement-breakpoint' NOT NULL,\n\tCONSTRAINT \"c\" CHECK(a <> 'it''s --> statement-breakpoint')\n);\n";
        String out = SqlitePlanner.hideBreakpointMarker(in);
        assertEquals("CREATE TABLE `t` (\n\t`a` text DEFAULT ('x--' || '> statement-breakpoint') NOT NULL,\n"
                + "\tCONSTRAINT \"c\" CHECK(a <> ('it''s --' || '> statement-breakpoint'))\n);\n", out);
        assertEquals("SELECT 1;", SqlitePlanner.hideBreakpointMarker("SELECT 1;"));
        // A quote inside an identifier is not the start of a literal (the old scan paired quotes across the name).
        assertEquals("CREATE TABLE `it's` (\n\t`a` text DEFAULT ('--' || '> statement-breakpoint'),\n\t`b` text DEFAULT 'x'\n);\n",
                SqlitePlanner.hideBreakpointMarker("CREATE TABLE `it's` (\n\t`a` text DEFAULT '--> statement-breakpoint',\n\t`b` text DEFAULT 'x'\n);\n"));
        assertEquals("SELECT \"a--> statement-breakpoint\", /* --> statement-breakpoint */ 1",
                SqlitePlanner.hideBreakpointMarker("SELECT \"a--> statement-breakpoint\", /* --> statement-breakpoint */ 1"),
                "only string literals can be rewritten; names and comments are refused before planning");
    }

    /** db:pull reads back what hideBreakpointMarker wrote: exactly that is joined again, nothing written by hand. */
    @org.junit.jupiter.api.Test
    void aHiddenBreakpointMarkerIsRevealedOnlyWhereHidingWroteIt() {
        String declared = "a <> 'x--> statement-breakpoint' AND b = 'it''s --> statement-breakpoint --> statement-breakpoint'";
        String written = SqlitePlanner.hideBreakpointMarker(declared);
        assertEquals("a <> ('x--' || '> statement-breakpoint') AND b = ('it''s --' || '> statement-breakpoint --' || '> statement-breakpoint')", written);
        assertEquals(declared, SqlitePlanner.revealBreakpointMarker(written));
        assertEquals("SELECT 'x--> statement-breakpoint' AS a, lower('y--> statement-breakpoint') FROM t",
                SqlitePlanner.revealBreakpointMarker(SqlitePlanner.hideBreakpointMarker("SELECT 'x--> statement-breakpoint' AS a, lower('y--> statement-breakpoint') FROM t")));
        for (String byHand : List.of("('a' || 'b')", "('x--' || '> statement-breakpoint' || 'z')", "(\"x--\" || '> statement-breakpoint')",
                "lower('x--' || '> statement-breakpoint')", "a IN ('x--' || '> statement-breakpoint')")) {
            assertEquals(byHand, SqlitePlanner.revealBreakpointMarker(byHand), byHand);
        }
    }

    @org.junit.jupiter.api.Test
    void mentionsFindsNamesNotTextInLiterals() {
        assertTrue(SqlitePlanner.mentions("\"Email\" <> ''", "email"));
        assertTrue(SqlitePlanner.mentions("lower(email) > [x]", "EMAIL"));
        assertTrue(SqlitePlanner.mentions("`my col` > 0", "my col"));
        assertFalse(SqlitePlanner.mentions("kind <> 'email'", "email"), "a string literal is no mention");
        assertFalse(SqlitePlanner.mentions("email_domain <> '' -- email", "email"), "nor a longer word or a comment");
        assertFalse(SqlitePlanner.mentions("\"my col2\" > 0", "my col"));
    }
}
