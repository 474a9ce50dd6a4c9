package dev.godwit.engine.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.diff.RenameResolver;
import dev.godwit.engine.diff.SchemaDiffer;
import dev.godwit.schema.model.CheckDef;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.DefaultValue;
import dev.godwit.schema.model.FkAction;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.Generated;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.PrimaryKeyDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every rebuild keeps every row, whichever way the migration is applied; see {@link ApplyMode}. */
class RebuildSafetyTest {

    private static ColumnDef col(String name, String type) {
        return ColumnDef.of(name, type);
    }

    private static ColumnDef pk(String name) {
        return ColumnDef.of(name, "integer").withPrimaryKey(true);
    }

    private static ForeignKeyDef fk(String table, String column, String ref, FkAction onDelete) {
        return new ForeignKeyDef(ForeignKeyDef.defaultName(table, List.of(column), ref, List.of("id")), table, List.of(column), ref, List.of("id"), onDelete, FkAction.NO_ACTION);
    }

    private static TableDef table(String name, List<ColumnDef> cols, List<ForeignKeyDef> fks) {
        return new TableDef(name, cols, null, List.of(), fks, List.of(), null);
    }

    private static SchemaDef schema(TableDef... tables) {
        return new SchemaDef(List.of(tables), List.of());
    }

    private static List<String> sql(SchemaDef before, SchemaDef after) {
        return SqlitePlanner.plan(SchemaDiffer.diff(before, after, RenameResolver.NO_RENAMES)).statements();
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= n; i++) sb.append(i > 1 ? "|" : "").append(r.getString(i));
                out.add(sb.toString());
            }
        }
        return out;
    }

    private static void exec(Connection c, String... sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys=ON");
            for (String x : sql) s.execute(x);
        }
    }

    private static Connection fresh() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite::memory:");
    }

    /**
     * A folder tree: parent_id ON DELETE SET NULL, and a CHECK that lets only the root go without a parent. Where foreign keys
     * stay on, the rebuild's DROP sets the children's parent_id NULL and the CHECK refused it ("CHECK constraint failed:
     * only_root_unparented"), although those rows go with the table; so did dropping the table for good. The sweep runs with
     * CHECKs off, and they are on again when the rows come back: a new CHECK still refuses a row that breaks it.
     */
    @ParameterizedTest
    @EnumSource(ApplyMode.class)
    void aSetNullTreeWhoseCheckWantsAParentIsRebuiltAndDroppedWithItsRows(ApplyMode mode) throws SQLException {
        TableDef folders = new TableDef("folders", List.of(pk("id"), col("parent_id", "integer"), col("name", "text")), null, List.of(),
                List.of(fk("folders", "parent_id", "folders", FkAction.SET_NULL)), List.of(new CheckDef("only_root_unparented", "\"parent_id\" IS NOT NULL OR \"id\" = 1")), null);
        TableDef rebuilt = folders.withColumns(List.of(pk("id"), col("parent_id", "integer"), col("name", "text").withNotNull(true).withDefault(DefaultValue.string("untitled"))));
        try (Connection c = fresh()) {
            mode.apply(c, sql(SchemaDef.EMPTY, schema(folders)));
            exec(c, "INSERT INTO folders VALUES (1, NULL, 'root'), (2, 1, NULL), (3, 2, 'b')");
            mode.apply(c, sql(schema(folders), schema(rebuilt)));
            assertEquals(List.of("1|null|root", "2|1|untitled", "3|2|b"), rows(c, "SELECT * FROM folders ORDER BY id"));
            assertEquals(List.of("0"), rows(c, "PRAGMA ignore_check_constraints"));
            SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> exec(c, "INSERT INTO folders VALUES (4, NULL, 'x')"));
            assertTrue(refused.getMessage().contains("CHECK constraint failed: only_root_unparented"), refused.getMessage());
            mode.apply(c, sql(schema(rebuilt), SchemaDef.EMPTY));
            assertEquals(List.of(), rows(c, "SELECT name FROM sqlite_master"));
        }
        // a new CHECK the copied rows break still fails the rebuild: CHECKs are back on before rows come back
        TableDef stricter = rebuilt.withChecks(List.of(new CheckDef("only_root_unparented", "\"parent_id\" IS NOT NULL OR \"id\" = 1"),
                new CheckDef("short_name", "length(\"name\") < 3")));
        try (Connection c = fresh()) {
            mode.apply(c, sql(SchemaDef.EMPTY, schema(rebuilt)));
            exec(c, "INSERT INTO folders VALUES (1, NULL, 'root'), (2, 1, 'a')");
            SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> mode.apply(c, sql(schema(rebuilt), schema(stricter))));
            assertTrue(refused.getMessage().contains("CHECK constraint failed: short_name"), refused.getMessage());
        }
    }

    /** Parent rebuilt (type change) under children with every ON DELETE action and a cascading grandchild. */
    @ParameterizedTest
    @EnumSource(ApplyMode.class)
    void parentRebuildKeepsChildrenOfEveryAction(ApplyMode mode) throws SQLException {
        TableDef parentV1 = table("parent", List.of(pk("id"), col("name", "text")), List.of());
        TableDef parentV2 = table("parent", List.of(pk("id"), col("name", "text").withNotNull(true).withDefault(DefaultValue.string("?"))), List.of());
        TableDef cascade = table("c_cascade", List.of(pk("id"), col("parent_id", "integer")), List.of(fk("c_cascade", "parent_id", "parent", FkAction.CASCADE)));
        TableDef grand = table("grandchild", List.of(pk("id"), col("c_id", "integer")), List.of(fk("grandchild", "c_id", "c_cascade", FkAction.CASCADE)));
        TableDef setNull = table("c_setnull", List.of(pk("id"), col("parent_id", "integer")), List.of(fk("c_setnull", "parent_id", "parent", FkAction.SET_NULL)));
        TableDef restrict = table("c_restrict", List.of(pk("id"), col("parent_id", "integer")), List.of(fk("c_restrict", "parent_id", "parent", FkAction.RESTRICT)));
        TableDef noAction = table("c_noaction", List.of(pk("id"), col("parent_id", "integer")), List.of(fk("c_noaction", "parent_id", "parent", FkAction.NO_ACTION)));
        SchemaDef v1 = schema(parentV1, cascade, grand, setNull, restrict, noAction);
        SchemaDef v2 = schema(parentV2, cascade, grand, setNull, restrict, noAction);
        try (Connection c = fresh()) {
            mode.apply(c, sql(SchemaDef.EMPTY, v1));
            exec(c, "INSERT INTO parent VALUES (1, 'a'), (2, NULL)",
                    "INSERT INTO c_cascade VALUES (10, 1), (11, 2)", "INSERT INTO grandchild VALUES (100, 10), (101, 11)",
                    "INSERT INTO c_setnull VALUES (20, 1)", "INSERT INTO c_restrict VALUES (30, 2)", "INSERT INTO c_noaction VALUES (40, 1)");
            mode.apply(c, sql(v1, v2));
            assertEquals(List.of("1|a", "2|?"), rows(c, "SELECT * FROM parent ORDER BY id"));
            assertEquals(List.of("10|1", "11|2"), rows(c, "SELECT * FROM c_cascade ORDER BY id"));
            assertEquals(List.of("100|10", "101|11"), rows(c, "SELECT * FROM grandchild ORDER BY id"));
            assertEquals(List.of("20|1"), rows(c, "SELECT * FROM c_setnull"));
            assertEquals(List.of("30|2"), rows(c, "SELECT * FROM c_restrict"));
            assertEquals(List.of("40|1"), rows(c, "SELECT * FROM c_noaction"));
            assertEquals(List.of(), rows(c, "PRAGMA foreign_key_check"));
            assertEquals(List.of(), rows(c, "SELECT name FROM sqlite_master WHERE name LIKE '\\_\\_%' ESCAPE '\\'"), "no temporary tables left");
            assertTrue(rows(c, "SELECT sql FROM sqlite_master WHERE name = 'parent'").get(0).contains("DEFAULT '?' NOT NULL"));
        }
    }

    /**
     * AUTOINCREMENT hands an id out once: after a rebuild the counter goes on from the highest id ever handed out, not
     * from the highest left (a rebuilt drizzle-kit table gives the deleted rows' ids again). Both rebuild shapes: a table
     * alone (new table, copy, drop, rename), and a parent whose cascading child is backed up and refilled; also a table
     * whose rows were all deleted, and a table that gains AUTOINCREMENT (nothing to carry over).
     */
    @ParameterizedTest
    @EnumSource(ApplyMode.class)
    void aRebuiltAutoincrementTableDoesNotHandOutDeletedIdsAgain(ApplyMode mode) throws SQLException {
        ColumnDef auto = pk("id").withAutoincrement(true);
        ColumnDef v1 = col("v", "text");
        ColumnDef v2 = col("v", "text").withNotNull(true).withDefault(DefaultValue.string("?"));
        TableDef alone = table("alone", List.of(auto, v1), List.of());
        TableDef emptied = table("emptied", List.of(auto, v1), List.of());
        TableDef parent = table("parent", List.of(auto, v1), List.of());
        TableDef child = table("child", List.of(auto, col("parent_id", "integer")), List.of(fk("child", "parent_id", "parent", FkAction.CASCADE)));
        TableDef plain = table("plain", List.of(pk("id"), v1), List.of());
        SchemaDef s1 = schema(alone, emptied, parent, child, plain);
        SchemaDef s2 = schema(alone.withColumns(List.of(auto, v2)), emptied, parent, child, plain);
        SchemaDef s3 = schema(alone.withColumns(List.of(auto, v2)), emptied.withColumns(List.of(auto, v2)), parent, child, plain);
        SchemaDef s4 = schema(alone.withColumns(List.of(auto, v2)), emptied.withColumns(List.of(auto, v2)), parent.withColumns(List.of(auto, v2)),
                child, plain.withColumns(List.of(auto, v2)));
        try (Connection c = fresh()) {
            mode.apply(c, sql(SchemaDef.EMPTY, s1));
            exec(c, "INSERT INTO alone(v) VALUES ('a'), ('b'), ('c'), ('d')", "DELETE FROM alone WHERE id > 2",
                    "INSERT INTO emptied(v) VALUES ('a'), ('b')", "DELETE FROM emptied",
                    "INSERT INTO parent(v) VALUES ('a'), ('b'), ('c')", "DELETE FROM parent WHERE id = 3",
                    "INSERT INTO child(parent_id) VALUES (1), (2)", "INSERT INTO plain(v) VALUES ('a'), ('b')", "DELETE FROM plain WHERE id = 2");
            mode.apply(c, sql(s1, s2));   // new table, copy, drop, rename
            mode.apply(c, sql(s2, s3));
            List<String> backedUp = sql(s3, s4);
            assertTrue(backedUp.stream().anyMatch(x -> x.startsWith("CREATE TABLE `__old_parent` AS")), "the backup path: " + backedUp);
            mode.apply(c, backedUp);
            exec(c, "INSERT INTO alone(v) VALUES ('new')", "INSERT INTO emptied(v) VALUES ('new')", "INSERT INTO parent(v) VALUES ('new')",
                    "INSERT INTO plain(v) VALUES ('new')");
            assertEquals(List.of("1|a", "2|b", "5|new"), rows(c, "SELECT * FROM alone ORDER BY id"));
            assertEquals(List.of("3|new"), rows(c, "SELECT * FROM emptied ORDER BY id"));
            assertEquals(List.of("1|a", "2|b", "4|new"), rows(c, "SELECT * FROM parent ORDER BY id"));
            assertEquals(List.of("1|1", "2|2"), rows(c, "SELECT * FROM child ORDER BY id"));
            assertEquals(List.of("1|a", "2|new"), rows(c, "SELECT * FROM plain ORDER BY id"), "no counter before: from the highest id");
            assertEquals(List.of("alone|5", "child|2", "emptied|3", "parent|4", "plain|2"), rows(c, "SELECT name, seq FROM sqlite_sequence ORDER BY name"),
                    "one counter per table, none left under a temporary name");
            assertEquals(List.of(), rows(c, "PRAGMA foreign_key_check"));
        }
    }

    /** A self-referencing table rebuilt with ON DELETE CASCADE on itself. */
    @ParameterizedTest
    @EnumSource(ApplyMode.class)
    void selfReferencingRebuild(ApplyMode mode) throws SQLException {
        TableDef v1 = table("node", List.of(pk("id"), col("parent_id", "integer"), col("label", "text")), List.of(fk("node", "parent_id", "node", FkAction.CASCADE)));
        TableDef v2 = v1.withColumns(List.of(pk("id"), col("parent_id", "integer"), col("label", "text").withNotNull(true).withDefault(DefaultValue.string(""))));
        try (Connection c = fresh()) {
            mode.apply(c, sql(SchemaDef.EMPTY, schema(v1)));
            exec(c, "INSERT INTO node VALUES (1, NULL, 'root'), (2, 1, 'kid'), (3, 2, NULL)");
            mode.apply(c, sql(schema(v1), schema(v2)));
            assertEquals(List.of("1|null|root", "2|1|kid", "3|2|"), rows(c, "SELECT * FROM node ORDER BY id"));
            assertEquals(List.of(), rows(c, "PRAGMA foreign_key_check"));
        }
    }

    /**
     * Multi-tenant trees: a composite self reference ON DELETE SET NULL whose tenant column is NOT NULL, and one ON DELETE SET
     * DEFAULT whose tenant column has no default. Deleting the tables' rows in bulk (the rebuild's DROP, the DELETE before a
     * parent's rebuild refills them, dropping the tables) fires those actions where foreign keys are on, and they would write
     * NULL into tenant_id ("NOT NULL constraint failed"): the references are cut first.
     */
    @ParameterizedTest
    @EnumSource(ApplyMode.class)
    void treesWhoseDeleteActionWouldWriteNullIntoANotNullColumn(ApplyMode mode) throws SQLException {
        TableDef tenantV1 = table("tenant", List.of(pk("id"), col("name", "text")), List.of());
        TableDef tenantV2 = tenantV1.withColumns(List.of(pk("id"), col("name", "text").withNotNull(true).withDefault(DefaultValue.string(""))));
        ForeignKeyDef toTenant = new ForeignKeyDef("node_tenant_fk", "node", List.of("tenant_id"), "tenant", List.of("id"), FkAction.CASCADE, FkAction.NO_ACTION);
        ForeignKeyDef toParent = new ForeignKeyDef("node_parent_fk", "node", List.of("tenant_id", "parent_id"), "node", List.of("tenant_id", "id"),
                FkAction.SET_NULL, FkAction.NO_ACTION);
        TableDef nodeV1 = new TableDef("node", List.of(col("tenant_id", "integer").withNotNull(true), col("id", "integer").withNotNull(true),
                col("parent_id", "integer"), col("label", "text")), new PrimaryKeyDef("node_pk", List.of("tenant_id", "id")), List.of(),
                List.of(toTenant, toParent), List.of(), null);
        TableDef nodeV2 = nodeV1.withColumns(List.of(col("tenant_id", "integer").withNotNull(true), col("id", "integer").withNotNull(true),
                col("parent_id", "integer"), col("label", "text").withDefault(DefaultValue.string("x"))));
        ForeignKeyDef up = new ForeignKeyDef("cat_up_fk", "cat", List.of("tenant_id", "up"), "cat", List.of("tenant_id", "id"), FkAction.SET_DEFAULT, FkAction.NO_ACTION);
        TableDef catV1 = new TableDef("cat", List.of(col("tenant_id", "integer").withNotNull(true), col("id", "integer").withNotNull(true),
                col("up", "integer").withNotNull(true).withDefault(DefaultValue.number(0))), new PrimaryKeyDef("cat_pk", List.of("tenant_id", "id")),
                List.of(), List.of(up), List.of(), null);
        TableDef catV2 = catV1.withColumns(List.of(col("tenant_id", "integer").withNotNull(true), col("id", "integer").withNotNull(true),
                col("up", "integer").withNotNull(true).withDefault(DefaultValue.number(1))));
        SchemaDef v1 = schema(tenantV1, nodeV1, catV1);
        SchemaDef v2 = schema(tenantV1, nodeV2, catV2);
        SchemaDef v3 = schema(tenantV2, nodeV2, catV2);
        SchemaDef v4 = schema(tenantV2);
        List<String> nodes = List.of("1|1|null|a", "1|2|1|b", "1|3|2|c", "2|1|null|d", "2|5|1|e");
        try (Connection c = fresh()) {
            mode.apply(c, sql(SchemaDef.EMPTY, v1));
            exec(c, "INSERT INTO tenant VALUES (1, 'a'), (2, 'b')",
                    "INSERT INTO node VALUES (1, 1, NULL, 'a'), (1, 2, 1, 'b'), (1, 3, 2, 'c'), (2, 1, NULL, 'd'), (2, 5, 1, 'e')",
                    "INSERT INTO cat VALUES (1, 0, 0), (1, 7, 0), (1, 8, 7)");
            mode.apply(c, sql(v1, v2));   // both trees rebuilt
            assertEquals(nodes, rows(c, "SELECT * FROM node ORDER BY tenant_id, id"));
            assertEquals(List.of("1|0|0", "1|7|0", "1|8|7"), rows(c, "SELECT * FROM cat ORDER BY tenant_id, id"));
            mode.apply(c, sql(v2, v3));   // the tenant table rebuilt: node emptied and refilled
            assertEquals(nodes, rows(c, "SELECT * FROM node ORDER BY tenant_id, id"));
            assertEquals(List.of(), rows(c, "PRAGMA foreign_key_check"));
            mode.apply(c, sql(v3, v4));   // both trees dropped
            assertEquals(List.of("1|a", "2|b"), rows(c, "SELECT * FROM tenant ORDER BY id"));
            assertEquals(List.of("tenant"), rows(c, "SELECT name FROM sqlite_master WHERE type = 'table'"));
        }
    }

    /**
     * A foreign key whose target is spelled in another case ({@code REFERENCES USERS(ID)} for table {@code users}: SQLite's names
     * are case-insensitive, a YAML schema or a database read back may spell it so). The planner missed that child, rebuilt the
     * parent the short way, and its DROP deleted the ON DELETE CASCADE child rows where foreign keys stay on.
     */
    @ParameterizedTest
    @EnumSource(ApplyMode.class)
    void aForeignKeyTargetSpelledInAnotherCaseKeepsItsChildren(ApplyMode mode) throws SQLException {
        TableDef usersV1 = table("users", List.of(pk("id"), col("name", "text")), List.of());
        TableDef usersV2 = usersV1.withColumns(List.of(pk("id"), col("name", "text").withNotNull(true).withDefault(DefaultValue.string(""))));
        TableDef posts = table("posts", List.of(pk("id"), col("user_id", "integer")),
                List.of(new ForeignKeyDef("posts_user_fk", "posts", List.of("user_id"), "USERS", List.of("ID"), FkAction.CASCADE, FkAction.NO_ACTION)));
        try (Connection c = fresh()) {
            mode.apply(c, sql(SchemaDef.EMPTY, schema(usersV1, posts)));
            exec(c, "INSERT INTO users VALUES (1, 'a'), (2, NULL)", "INSERT INTO posts VALUES (10, 1), (11, 2)");
            mode.apply(c, sql(schema(usersV1, posts), schema(usersV2, posts)));
            assertEquals(List.of("10|1", "11|2"), rows(c, "SELECT * FROM posts ORDER BY id"));
            assertEquals(List.of("1|a", "2|"), rows(c, "SELECT * FROM users ORDER BY id"));
            assertEquals(List.of(), rows(c, "PRAGMA foreign_key_check"));
        }
        TableDef postsSpelledRight = table("posts", List.of(pk("id"), col("user_id", "integer")), List.of(fk("posts", "user_id", "users", FkAction.CASCADE)));
        assertEquals(List.of(), sql(schema(usersV1, posts), schema(usersV1, postsSpelledRight)), "the same key to SQLite: nothing to migrate");
    }

    /**
     * Columns that ALTER TABLE ADD COLUMN takes only into an empty table (NOT NULL without a default, a non-constant default),
     * declared in the middle: drizzle-kit adds them in place, which puts them after the other columns and works while the
     * table is empty. The rebuild that keeps rows in a table that has some puts them there too, so both end up alike.
     */
    @ParameterizedTest
    @EnumSource(ApplyMode.class)
    void columnsOnlyAnEmptyTableTakesInPlaceGoWhereAlterTablePutsThem(ApplyMode mode) throws SQLException {
        TableDef v1 = table("ev", List.of(pk("id"), col("a", "text")), List.of());
        TableDef v2 = v1.withColumns(List.of(pk("id"), col("k", "integer").withDefault(DefaultValue.number(5)), col("nn", "text").withNotNull(true),
                col("ts", "text").withDefault(DefaultValue.sql("CURRENT_TIMESTAMP")), col("a", "text"), col("tail", "text").withDefault(DefaultValue.string("t"))));
        for (boolean withRows : List.of(false, true)) {
            try (Connection c = fresh()) {
                mode.apply(c, sql(SchemaDef.EMPTY, schema(v1)));
                if (withRows) exec(c, "INSERT INTO ev VALUES (1, 'x')");
                mode.apply(c, sql(schema(v1), schema(v2)));
                assertEquals(List.of("id", "a", "k", "nn", "ts", "tail"), rows(c, "SELECT name FROM pragma_table_info('ev') ORDER BY cid"));
                assertEquals(withRows ? List.of("1|x|5||t") : List.of(), rows(c, "SELECT id, a, k, nn, tail FROM ev"));
            }
        }
        TableDef v3 = v2.withColumns(List.of(pk("id"), col("k", "integer").withDefault(DefaultValue.number(5)), col("nn", "integer").withNotNull(true),
                col("ts", "text").withDefault(DefaultValue.sql("CURRENT_TIMESTAMP")), col("a", "text"), col("tail", "text").withDefault(DefaultValue.string("t"))));
        assertTrue(String.join("\n", sql(schema(v2), schema(v3))).contains("`k` integer DEFAULT 5,\n\t`nn` integer NOT NULL"),
                "a rebuild for another reason follows the declaration, as drizzle-kit's does");
    }

    /** The same for a key column with a default, which drizzle-kit adds in place with its REFERENCES. */
    @ParameterizedTest
    @EnumSource(ApplyMode.class)
    void aKeyColumnWithADefaultGoesWhereAlterTablePutsIt(ApplyMode mode) throws SQLException {
        TableDef p = table("p", List.of(pk("id")), List.of());
        TableDef v1 = table("t", List.of(pk("id"), col("a", "text")), List.of());
        TableDef v2 = table("t", List.of(pk("id"), col("p_id", "integer").withDefault(DefaultValue.number(0)), col("a", "text")),
                List.of(fk("t", "p_id", "p", FkAction.CASCADE)));
        try (Connection c = fresh()) {
            mode.apply(c, sql(SchemaDef.EMPTY, schema(p, v1)));
            exec(c, "INSERT INTO p VALUES (0)", "INSERT INTO t VALUES (1, 'x')");
            mode.apply(c, sql(schema(p, v1), schema(p, v2)));
            assertEquals(List.of("id", "a", "p_id"), rows(c, "SELECT name FROM pragma_table_info('t') ORDER BY cid"));
            assertEquals(List.of("1|x|0"), rows(c, "SELECT id, a, p_id FROM t"));
            assertEquals(List.of("p|CASCADE"), rows(c, "SELECT \"table\", on_delete FROM pragma_foreign_key_list('t')"));
        }
    }

    /** Adding a NOT NULL column without a default to a table with rows: SQLite refuses the ALTER; the rebuild fills it. */
    @ParameterizedTest
    @EnumSource(ApplyMode.class)
    void addNotNullColumnWithoutDefault(ApplyMode mode) throws SQLException {
        TableDef v1 = table("users", List.of(pk("id"), col("name", "text")), List.of());
        TableDef v2 = v1.withColumns(List.of(pk("id"), col("name", "text"), col("code", "text").withNotNull(true),
                col("created", "integer").withNotNull(true).withDefault(DefaultValue.sql("(unixepoch())"))));
        try (Connection c = fresh()) {
            mode.apply(c, sql(SchemaDef.EMPTY, schema(v1)));
            exec(c, "INSERT INTO users VALUES (1, 'ann'), (2, 'bob')");
            mode.apply(c, sql(schema(v1), schema(v2)));
            assertEquals(List.of("1|ann|", "2|bob|"), rows(c, "SELECT id, name, code FROM users ORDER BY id"));
            assertEquals(List.of("2"), rows(c, "SELECT count(*) FROM users WHERE created > 1700000000"));
        }
    }

    /** An added column with a foreign key keeps its actions (drizzle-kit drops them). */
    @ParameterizedTest
    @EnumSource(ApplyMode.class)
    void addedForeignKeyColumnKeepsActions(ApplyMode mode) throws SQLException {
        TableDef emp = table("employees", List.of(pk("id"), col("name", "text")), List.of());
        TableDef emp2 = table("employees", List.of(pk("id"), col("name", "text"), col("mentor_id", "integer")),
                List.of(fk("employees", "mentor_id", "employees", FkAction.CASCADE)));
        try (Connection c = fresh()) {
            mode.apply(c, sql(SchemaDef.EMPTY, schema(emp)));
            exec(c, "INSERT INTO employees VALUES (1, 'a'), (2, 'b')");
            List<String> stmts = sql(schema(emp), schema(emp2));
            assertEquals(List.of("ALTER TABLE `employees` ADD `mentor_id` integer REFERENCES `employees`(`id`) ON UPDATE no action ON DELETE cascade;"), stmts);
            mode.apply(c, stmts);
            exec(c, "UPDATE employees SET mentor_id = 1 WHERE id = 2", "DELETE FROM employees WHERE id = 1");
            assertEquals(List.of(), rows(c, "SELECT * FROM employees"), "ON DELETE CASCADE took effect");
        }
    }

    /** Rename a column and change its type in one migration (drizzle-kit SELECTs the new name and fails). */
    @ParameterizedTest
    @EnumSource(ApplyMode.class)
    void renameAndRebuildInOneMigration(ApplyMode mode) throws SQLException {
        TableDef v1 = table("users", List.of(pk("id"), col("email", "text"), col("age", "integer"), col("upper", "text")
                .withGenerated(Generated.of("upper(email)", Generated.Type.VIRTUAL))), List.of());
        TableDef v2 = table("users", List.of(pk("id"), col("mail", "text").withRenamedFrom("email"), col("age", "text"), col("bio", "text"),
                col("upper", "text").withGenerated(Generated.of("upper(mail)", Generated.Type.VIRTUAL))), List.of());
        try (Connection c = fresh()) {
            mode.apply(c, sql(SchemaDef.EMPTY, schema(v1)));
            exec(c, "INSERT INTO users (id, email, age) VALUES (1, 'a@x', 30)");
            mode.apply(c, sql(schema(v1), schema(v2)));
            assertEquals(List.of("1|a@x|30|null|A@X"), rows(c, "SELECT id, mail, age, bio, upper FROM users"));
            assertEquals(List.of("text"), rows(c, "SELECT typeof(age) FROM users"));
        }
    }

    /** Identifiers with quotes, backticks, spaces and keywords survive create, rebuild and index SQL. */
    @ParameterizedTest
    @EnumSource(ApplyMode.class)
    void oddIdentifiers(ApplyMode mode) throws SQLException {
        TableDef v1 = new TableDef("or`der \"x\"", List.of(pk("select"), col("it's", "text"), col("we\"ird`", "integer")), null,
                List.of(IndexDef.onColumns("idx `q\"", List.of("it's"), false, null)), List.of(), List.of(), null);
        TableDef child = table("child table", List.of(pk("id"), col("ref", "integer")),
                List.of(new ForeignKeyDef("f", "child table", List.of("ref"), "or`der \"x\"", List.of("select"), FkAction.CASCADE, FkAction.NO_ACTION)));
        TableDef v2 = v1.withColumns(List.of(pk("select"), col("it's", "text").withNotNull(true).withDefault(DefaultValue.string("o'k")), col("we\"ird`", "text")))
                .withChecks(List.of(new CheckDef("ch\"k", "length(\"it's\") > 0")));
        try (Connection c = fresh()) {
            mode.apply(c, sql(SchemaDef.EMPTY, schema(v1, child)));
            exec(c, "INSERT INTO \"or`der \"\"x\"\"\" VALUES (1, NULL, 5)", "INSERT INTO \"child table\" VALUES (7, 1)");
            mode.apply(c, sql(schema(v1, child), schema(v2, child)));
            assertEquals(List.of("1|o'k|5"), rows(c, "SELECT * FROM \"or`der \"\"x\"\"\""));
            assertEquals(List.of("7|1"), rows(c, "SELECT * FROM \"child table\""));
            assertEquals(List.of("idx `q\""), rows(c, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'or`der \"x\"'"));
        }
    }

    /** A parent dropped in the step where its surviving child loses the foreign key: the child's rows stay. */
    @ParameterizedTest
    @EnumSource(ApplyMode.class)
    void droppingAParentKeepsTheRowsOfAChildThatLosesItsForeignKey(ApplyMode mode) throws SQLException {
        TableDef books = table("books", List.of(pk("id"), col("title", "text")), List.of());
        TableDef authors = table("authors", List.of(pk("id")), List.of());
        TableDef reviewsV1 = table("reviews", List.of(pk("id"), col("book_id", "integer"), col("author_id", "integer")),
                List.of(fk("reviews", "book_id", "books", FkAction.CASCADE), fk("reviews", "author_id", "authors", FkAction.SET_NULL)));
        TableDef reviewsV2 = table("reviews", reviewsV1.columns(), List.of(fk("reviews", "author_id", "authors", FkAction.SET_NULL)));
        TableDef reviewsV3 = table("reviews", reviewsV1.columns(), List.of());
        try (Connection c = fresh()) {
            mode.apply(c, sql(SchemaDef.EMPTY, schema(books, authors, reviewsV1)));
            exec(c, "INSERT INTO books VALUES (1, 't')", "INSERT INTO authors VALUES (7)", "INSERT INTO reviews VALUES (1, 1, 7), (2, 1, NULL)");
            mode.apply(c, sql(schema(books, authors, reviewsV1), schema(authors, reviewsV2)));
            assertEquals(List.of("1|1|7", "2|1|null"), rows(c, "SELECT * FROM reviews ORDER BY id"));
            mode.apply(c, sql(schema(authors, reviewsV2), schema(reviewsV3)));
            assertEquals(List.of("1|1|7", "2|1|null"), rows(c, "SELECT * FROM reviews ORDER BY id"), "SET NULL did not fire");
            assertEquals(List.of("reviews"), rows(c, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        }
    }

    /** A child references a parent's unique (not primary key) column: the parent's unique index exists before rows return. */
    @ParameterizedTest
    @EnumSource(ApplyMode.class)
    void rebuiltParentGetsItsUniqueIndexBeforeRowsComeBack(ApplyMode mode) throws SQLException {
        TableDef usersV1 = new TableDef("users", List.of(pk("id"), col("email", "text").withNotNull(true), col("age", "text")), null,
                List.of(IndexDef.onColumns("users_email_unique", List.of("email"), true, null)), List.of(), List.of(), null);
        TableDef usersV2 = usersV1.withColumns(List.of(pk("id"), col("email", "text").withNotNull(true), col("age", "integer")));
        TableDef sessions = table("sessions", List.of(pk("id"), col("user_email", "text")),
                List.of(new ForeignKeyDef("sessions_user_email_users_email_fk", "sessions", List.of("user_email"), "users", List.of("email"),
                        FkAction.CASCADE, FkAction.NO_ACTION)));
        try (Connection c = fresh()) {
            mode.apply(c, sql(SchemaDef.EMPTY, schema(usersV1, sessions)));
            exec(c, "INSERT INTO users VALUES (1, 'a@x', '30')", "INSERT INTO sessions VALUES (5, 'a@x')");
            mode.apply(c, sql(schema(usersV1, sessions), schema(usersV2, sessions)));
            assertEquals(List.of("1|a@x|30"), rows(c, "SELECT * FROM users"));
            assertEquals(List.of("5|a@x"), rows(c, "SELECT * FROM sessions"));
            assertEquals(List.of(), rows(c, "PRAGMA foreign_key_check"));
        }
    }

    /** Two tables referencing each other, one rebuilt: every table exists whenever rows are written. */
    @ParameterizedTest
    @EnumSource(ApplyMode.class)
    void rebuildInACycleOfReferences(ApplyMode mode) throws SQLException {
        TableDef deptsV1 = table("depts", List.of(pk("id"), col("head_id", "integer"), col("name", "text")), List.of(fk("depts", "head_id", "people", FkAction.SET_NULL)));
        TableDef deptsV2 = table("depts", List.of(pk("id"), col("head_id", "integer"), col("name", "text").withNotNull(true).withDefault(DefaultValue.string("?"))),
                List.of(fk("depts", "head_id", "people", FkAction.SET_NULL)));
        TableDef people = table("people", List.of(pk("id"), col("dept_id", "integer")), List.of(fk("people", "dept_id", "depts", FkAction.CASCADE)));
        try (Connection c = fresh()) {
            mode.apply(c, sql(SchemaDef.EMPTY, schema(deptsV1, people)));
            exec(c, "INSERT INTO depts VALUES (1, NULL, 'ops')", "INSERT INTO people VALUES (10, 1), (11, 1)", "UPDATE depts SET head_id = 10");
            mode.apply(c, sql(schema(deptsV1, people), schema(deptsV2, people)));
            assertEquals(List.of("1|10|ops"), rows(c, "SELECT * FROM depts"));
            assertEquals(List.of("10|1", "11|1"), rows(c, "SELECT * FROM people ORDER BY id"));
            assertEquals(List.of(), rows(c, "PRAGMA foreign_key_check"));
        }
    }

    /** A child of two rebuilt parents: neither parent can be dropped while the child names the other, so it is rebuilt too. */
    @ParameterizedTest
    @EnumSource(ApplyMode.class)
    void childOfTwoRebuiltParents(ApplyMode mode) throws SQLException {
        TableDef p1v1 = table("p1", List.of(pk("id"), col("a", "text")), List.of());
        TableDef p2v1 = table("p2", List.of(pk("id"), col("b", "text")), List.of());
        TableDef p1v2 = table("p1", List.of(pk("id"), col("a", "integer")), List.of());
        TableDef p2v2 = table("p2", List.of(pk("id"), col("b", "integer")), List.of());
        TableDef child = table("child", List.of(pk("id"), col("p1_id", "integer"), col("p2_id", "integer")),
                List.of(fk("child", "p1_id", "p1", FkAction.CASCADE), fk("child", "p2_id", "p2", FkAction.SET_NULL)));
        try (Connection c = fresh()) {
            mode.apply(c, sql(SchemaDef.EMPTY, schema(p1v1, p2v1, child)));
            exec(c, "INSERT INTO p1 VALUES (1, '5')", "INSERT INTO p2 VALUES (2, '6')", "INSERT INTO child VALUES (9, 1, 2)");
            mode.apply(c, sql(schema(p1v1, p2v1, child), schema(p1v2, p2v2, child)));
            assertEquals(List.of("9|1|2"), rows(c, "SELECT * FROM child"));
            assertEquals(List.of("integer"), rows(c, "SELECT typeof(a) FROM p1"));
        }
    }

    /** A rebuilt child's new composite foreign key needs a new unique index on a parent that is not rebuilt. */
    @ParameterizedTest
    @EnumSource(ApplyMode.class)
    void newUniqueIndexOfAParentExistsBeforeTheChildIsRefilled(ApplyMode mode) throws SQLException {
        TableDef orgsV1 = table("orgs", List.of(pk("id"), col("name", "text")), List.of());
        TableDef orgsV2 = new TableDef("orgs", orgsV1.columns(), null, List.of(IndexDef.onColumns("orgs_id_name_uq", List.of("id", "name"), true, null)),
                List.of(), List.of(), null);
        TableDef usersV1 = table("users", List.of(pk("id"), col("org_id", "integer"), col("org_name", "text")), List.of());
        TableDef usersV2 = table("users", usersV1.columns(), List.of(new ForeignKeyDef("users_org_fk", "users", List.of("org_id", "org_name"), "orgs",
                List.of("id", "name"), FkAction.CASCADE, FkAction.NO_ACTION)));
        try (Connection c = fresh()) {
            mode.apply(c, sql(SchemaDef.EMPTY, schema(orgsV1, usersV1)));
            exec(c, "INSERT INTO orgs VALUES (1, 'acme')", "INSERT INTO users VALUES (7, 1, 'acme')");
            mode.apply(c, sql(schema(orgsV1, usersV1), schema(orgsV2, usersV2)));
            assertEquals(List.of("7|1|acme"), rows(c, "SELECT * FROM users"));
            assertEquals(List.of(), rows(c, "PRAGMA foreign_key_check"));
        }
    }

    /** Temporary names never collide with the user's tables, and a rename that only changes case works. */
    @ParameterizedTest
    @EnumSource(ApplyMode.class)
    void temporaryNamesAreFreeAndCaseOnlyRenamesWork(ApplyMode mode) throws SQLException {
        TableDef tV1 = table("t", List.of(pk("id"), col("v", "text")), List.of());
        TableDef tV2 = table("t", List.of(pk("id"), col("v", "integer")), List.of());
        TableDef squatter = table("__new_t", List.of(pk("id")), List.of());
        TableDef usersV1 = table("Users", List.of(pk("id")), List.of());
        TableDef usersV2 = table("users", List.of(pk("id")), List.of()).withRenamedFrom("Users");
        try (Connection c = fresh()) {
            mode.apply(c, sql(SchemaDef.EMPTY, schema(tV1, squatter, usersV1)));
            exec(c, "INSERT INTO t VALUES (1, '3')", "INSERT INTO __new_t VALUES (5)", "INSERT INTO Users VALUES (8)");
            SchemaDef before = schema(tV1, squatter, usersV1);
            SchemaDef after = schema(tV2, squatter, usersV2);
            mode.apply(c, SqlitePlanner.plan(SchemaDiffer.diff(before, after, RenameResolver.NO_RENAMES)).statements());
            assertEquals(List.of("1|3"), rows(c, "SELECT * FROM t"));
            assertEquals(List.of("5"), rows(c, "SELECT * FROM __new_t"));
            assertEquals(List.of("users"), rows(c, "SELECT name FROM sqlite_master WHERE name = 'users'"));
            assertEquals(List.of("8"), rows(c, "SELECT * FROM users"));
        }
    }

    /** Declared renames hold when the new name was taken by a table dropped in the same step, or the old name is reused. */
    @ParameterizedTest
    @EnumSource(ApplyMode.class)
    void renameIntoADroppedNameAndReuseOfAnOldName(ApplyMode mode) throws SQLException {
        TableDef items = new TableDef("items", List.of(pk("id"), col("old", "text")), null,
                List.of(IndexDef.onColumns("items_idx", List.of("old"), false, null)), List.of(), List.of(), null);
        TableDef itemsV2 = table("items_v2", List.of(pk("id"), col("label", "text")), List.of());
        TableDef renamed = new TableDef("items", itemsV2.columns(), null, List.of(IndexDef.onColumns("items_idx", List.of("label"), false, null)),
                List.of(), List.of(), "items_v2");
        TableDef orders = new TableDef("orders", List.of(pk("id"), col("amount", "integer")), null,
                List.of(IndexDef.onColumns("orders_amount_idx", List.of("amount"), false, null)), List.of(), List.of(), null);
        TableDef archive = new TableDef("orders_archive", orders.columns(), null, List.of(), List.of(), List.of(), "orders");
        TableDef newOrders = new TableDef("orders", List.of(col("uuid", "text").withPrimaryKey(true)), null,
                List.of(IndexDef.onColumns("orders_amount_idx", List.of("uuid"), false, null)), List.of(), List.of(), null);
        try (Connection c = fresh()) {
            mode.apply(c, sql(SchemaDef.EMPTY, schema(items, itemsV2, orders)));
            exec(c, "INSERT INTO items VALUES (1, 'gone')", "INSERT INTO items_v2 VALUES (2, 'kept')", "INSERT INTO orders VALUES (3, 30)");
            mode.apply(c, sql(schema(items, itemsV2, orders), schema(renamed, archive, newOrders)));
            assertEquals(List.of("2|kept"), rows(c, "SELECT * FROM items"));
            assertEquals(List.of("3|30"), rows(c, "SELECT * FROM orders_archive"));
            assertEquals(List.of(), rows(c, "SELECT * FROM orders"));
            assertEquals(List.of("items_idx|items", "orders_amount_idx|orders"),
                    rows(c, "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_autoindex%' ORDER BY name"));
        }
    }

    /**
     * A rename into the name (in another case) of a column dropped in the same step, on a table changed in place and on a
     * rebuilt one: the dropped column is moved aside first. And tables renamed into the names of indexes given up in the
     * same step (dropped in place, of a rebuilt table, of a parent dropped after its child's rebuild): those go first.
     */
    @ParameterizedTest
    @EnumSource(ApplyMode.class)
    void renamesIntoNamesGivenUpInTheSameStep(ApplyMode mode) throws SQLException {
        TableDef p1 = table("p", List.of(pk("id"), col("Name", "text"), col("name_old", "text")), List.of());
        TableDef p2 = table("p", List.of(pk("id"), col("name", "text").withRenamedFrom("name_old")), List.of());
        TableDef r1 = new TableDef("r", List.of(pk("id"), col("Code", "text"), col("code_old", "text"), col("n", "integer")), null,
                List.of(IndexDef.onColumns("r_code_uq", List.of("Code"), true, null)), List.of(), List.of(), null);
        TableDef r2 = table("r", List.of(pk("id"), col("code", "text").withRenamedFrom("code_old"), col("n", "integer").withNotNull(true)), List.of());
        TableDef t1 = new TableDef("t", List.of(pk("id"), col("v", "integer")), null,
                List.of(IndexDef.onColumns("items", List.of("v"), false, null)), List.of(), List.of(), null);
        TableDef t2 = table("t", List.of(pk("id"), col("v", "text")), List.of());
        TableDef oldItems = table("old_items", List.of(pk("id"), col("label", "text")), List.of());
        TableDef items = table("items", oldItems.columns(), List.of()).withRenamedFrom("old_items");
        TableDef u1 = new TableDef("u", List.of(pk("id"), col("w", "text")), null,
                List.of(IndexDef.onColumns("archive", List.of("w"), false, null)), List.of(), List.of(), null);
        TableDef u2 = table("u", List.of(pk("id"), col("w", "text")), List.of());
        TableDef arch = table("arch", List.of(pk("id")), List.of());
        TableDef archive = table("archive", List.of(pk("id")), List.of()).withRenamedFrom("arch");
        TableDef parent = new TableDef("parent", List.of(pk("id"), col("code", "text")), null,
                List.of(IndexDef.onColumns("pidx", List.of("code"), false, null)), List.of(), List.of(), null);
        TableDef child1 = table("child", List.of(pk("id"), col("parent_id", "integer")), List.of(fk("child", "parent_id", "parent", FkAction.CASCADE)));
        TableDef child2 = table("child", List.of(pk("id"), col("parent_id", "integer")), List.of());
        TableDef x = table("x", List.of(pk("id")), List.of());
        TableDef pidx = table("pidx", List.of(pk("id")), List.of()).withRenamedFrom("x");
        SchemaDef before = schema(p1, r1, t1, oldItems, u1, arch, parent, child1, x);
        try (Connection c = fresh()) {
            mode.apply(c, sql(SchemaDef.EMPTY, before));
            exec(c, "INSERT INTO p VALUES (1, 'gone', 'kept')", "INSERT INTO r VALUES (1, 'gone', 'kept', NULL)", "INSERT INTO t VALUES (1, 10)",
                    "INSERT INTO old_items VALUES (1, 'L')", "INSERT INTO arch VALUES (1)", "INSERT INTO parent VALUES (1, 'P')",
                    "INSERT INTO child VALUES (1, 1)", "INSERT INTO x VALUES (1)");
            mode.apply(c, sql(before, schema(p2, r2, t2, items, u2, archive, child2, pidx)));
            assertEquals(List.of("1|kept"), rows(c, "SELECT * FROM p"));
            assertEquals(List.of("1|kept|0"), rows(c, "SELECT * FROM r"));
            assertEquals(List.of("1|10"), rows(c, "SELECT * FROM t"));
            assertEquals(List.of("1|L"), rows(c, "SELECT * FROM items"));
            assertEquals(List.of("1"), rows(c, "SELECT * FROM archive"));
            assertEquals(List.of("1|1"), rows(c, "SELECT * FROM child"));
            assertEquals(List.of("1"), rows(c, "SELECT * FROM pidx"));
            assertEquals(List.of("archive|table", "items|table", "pidx|table"),
                    rows(c, "SELECT name, type FROM sqlite_master WHERE name IN ('archive', 'items', 'pidx') ORDER BY name"));
        }
    }

    /**
     * Declared column renames hold when the new name is new or the old one goes, as for tables: a chain (a -> b while c -> a)
     * and a rename whose old name a new column takes (name -> full_name, new name) keep every value where it was declared to go.
     */
    @ParameterizedTest
    @EnumSource(ApplyMode.class)
    void columnRenameChainsAndReusedNamesKeepTheirValues(ApplyMode mode) throws SQLException {
        TableDef v1 = table("t", List.of(pk("id"), col("a", "text"), col("c", "text"), col("name", "text")), List.of());
        TableDef v2 = table("t", List.of(pk("id"), col("b", "text").withRenamedFrom("a"), col("a", "text").withRenamedFrom("c"),
                col("full_name", "text").withRenamedFrom("name"), col("name", "text")), List.of());
        try (Connection c = fresh()) {
            mode.apply(c, sql(SchemaDef.EMPTY, schema(v1)));
            exec(c, "INSERT INTO t VALUES (1, 'was a', 'was c', 'Ann Lee')");
            mode.apply(c, sql(schema(v1), schema(v2)));
            assertEquals(List.of("1|was a|was c|Ann Lee|null"), rows(c, "SELECT id, b, a, full_name, name FROM t"));
        }
    }

    /**
     * Chains of declared renames hold whatever their order, each name freed by the next rename: tables c -> d, b -> c, a -> b
     * with a new table taking the name a, and columns hi -> top, lo -> hi with a new column lo (the middle links were ignored:
     * a table dropped and created empty, values left under the old names).
     */
    @ParameterizedTest
    @EnumSource(ApplyMode.class)
    void renameChainsFreeEachOthersNames(ApplyMode mode) throws SQLException {
        TableDef a = table("a", List.of(pk("id"), col("hi", "integer"), col("lo", "integer")), List.of());
        TableDef b = table("b", List.of(pk("id"), col("vb", "text")), List.of());
        TableDef c = table("c", List.of(pk("id"), col("vc", "text")), List.of());
        SchemaDef v1 = schema(a, b, c);
        SchemaDef v2 = schema(table("b", List.of(pk("id"), col("top", "integer").withRenamedFrom("hi"), col("hi", "integer").withRenamedFrom("lo"),
                col("lo", "integer")), List.of()).withRenamedFrom("a"), table("c", b.columns(), List.of()).withRenamedFrom("b"),
                table("d", c.columns(), List.of()).withRenamedFrom("c"), table("a", List.of(col("x", "text")), List.of()));
        try (Connection conn = fresh()) {
            mode.apply(conn, sql(SchemaDef.EMPTY, v1));
            exec(conn, "INSERT INTO a VALUES (1, 5, 1)", "INSERT INTO b VALUES (1, 'B')", "INSERT INTO c VALUES (1, 'C')");
            mode.apply(conn, sql(v1, v2));
            assertEquals(List.of("1|5|1|null"), rows(conn, "SELECT id, top, hi, lo FROM b"));
            assertEquals(List.of("1|B"), rows(conn, "SELECT * FROM c"));
            assertEquals(List.of("1|C"), rows(conn, "SELECT * FROM d"));
            assertEquals(List.of(), rows(conn, "SELECT * FROM a"));
        }
    }

    /**
     * A chain whose last name was taken (b <- a, c <- b, the old c dropped) moves every table as declared (the second link was
     * ignored: b's and c's rows were lost); two declarations of one old name are refused (one is left over).
     */
    @ParameterizedTest
    @EnumSource(ApplyMode.class)
    void aChainEndingOnATakenNameMovesEveryTableAsDeclared(ApplyMode mode) throws SQLException {
        TableDef a = table("a", List.of(pk("id"), col("va", "text")), List.of());
        TableDef b = table("b", List.of(pk("id"), col("vb", "text")), List.of());
        TableDef c = table("c", List.of(pk("id"), col("vc", "text")), List.of());
        SchemaDef v1 = schema(a, b, c);
        SchemaDef v2 = schema(table("b", a.columns(), List.of()).withRenamedFrom("a"), table("c", b.columns(), List.of()).withRenamedFrom("b"));
        try (Connection conn = fresh()) {
            mode.apply(conn, sql(SchemaDef.EMPTY, v1));
            exec(conn, "INSERT INTO a VALUES (1, 'A')", "INSERT INTO b VALUES (1, 'B')", "INSERT INTO c VALUES (1, 'C')");
            mode.apply(conn, sql(v1, v2));
            assertEquals(List.of("1|A"), rows(conn, "SELECT * FROM b"));
            assertEquals(List.of("1|B"), rows(conn, "SELECT * FROM c"));
        }
        var twice = org.junit.jupiter.api.Assertions.assertThrows(dev.godwit.schema.model.SchemaException.class,
                () -> sql(schema(a, b), schema(table("b", a.columns(), List.of()).withRenamedFrom("a"), table("z", a.columns(), List.of()).withRenamedFrom("a"))));
        assertEquals("Invalid schema: \"b\" and \"z\" both declare renamedFrom \"a\": one of them is left over from an earlier migration. Remove"
                + " that renamedFrom (a declaration is needed only in the migration that makes the rename).", twice.getMessage());
    }

    /** Declared renames that swap names are refused: they cannot be told from declarations left over from the swap. */
    @org.junit.jupiter.api.Test
    void swapsAreRefusedWithTheWayToDoThem() {
        TableDef a = table("a", List.of(pk("id"), col("x", "text"), col("y", "text")), List.of());
        TableDef b = table("b", List.of(pk("id")), List.of());
        var tables = org.junit.jupiter.api.Assertions.assertThrows(dev.godwit.schema.model.SchemaException.class,
                () -> sql(schema(a, b), schema(table("b", a.columns(), List.of()).withRenamedFrom("a"), table("a", b.columns(), List.of()).withRenamedFrom("b"))));
        assertEquals("Invalid schema: tables \"b\" renamedFrom \"a\", \"a\" renamedFrom \"b\", and all these names are in the last snapshot"
                + " already: swapping names in one migration is not supported, and the declarations may be left over from the migration that"
                + " made them. If they are, remove these renamedFrom. To swap, generate twice: first rename \"a\" to a free name (say"
                + " \"a_old\", declaring renamedFrom), then the rest.", tables.getMessage());
        var columns = org.junit.jupiter.api.Assertions.assertThrows(dev.godwit.schema.model.SchemaException.class,
                () -> sql(schema(a), schema(table("a", List.of(pk("id"), col("y", "text").withRenamedFrom("x"), col("x", "text").withRenamedFrom("y")), List.of()))));
        assertTrue(columns.getMessage().startsWith("Invalid schema: columns of table \"a\": \"y\" renamedFrom \"x\", \"x\" renamedFrom \"y\", and all"),
                columns.getMessage());
        // a rename into the name of a column that stays in the last snapshot and is not renamed away: refused, not ignored
        var replaced = org.junit.jupiter.api.Assertions.assertThrows(dev.godwit.schema.model.SchemaException.class,
                () -> sql(schema(a), schema(table("a", List.of(pk("id"), col("x", "text").withRenamedFrom("y")), List.of()))));
        assertEquals("Invalid schema: column \"x\" of table \"a\" is declared renamedFrom \"y\", but the last snapshot has a column \"x\" too,"
                + " which nothing renames away. If that renamedFrom is left over from an earlier migration, remove it. Otherwise split it:"
                + " first drop (or rename) the old \"x\", generate, then rename \"y\".", replaced.getMessage());
        // one declaration left over from an earlier rename is not a swap: ignored as before
        assertEquals(List.of(), sql(schema(a), schema(table("a", List.of(pk("id"), col("x", "text").withRenamedFrom("y"), col("y", "text")), List.of()))));
    }

    /** A survivor's foreign key to a name that changes tables in one step is refused, with the way out. */
    @org.junit.jupiter.api.Test
    void aForeignKeyToAReplacedTableNeedsTwoMigrations() {
        TableDef items = table("items", List.of(pk("id")), List.of());
        TableDef itemsV2 = table("items_v2", List.of(pk("id")), List.of());
        TableDef lines = table("lines", List.of(pk("id"), col("item_id", "integer")), List.of(fk("lines", "item_id", "items", FkAction.CASCADE)));
        TableDef renamed = new TableDef("items", List.of(pk("id")), null, List.of(), List.of(), List.of(), "items_v2");
        var e = org.junit.jupiter.api.Assertions.assertThrows(dev.godwit.schema.model.SchemaException.class,
                () -> sql(schema(items, itemsV2, lines), schema(renamed, lines)));
        assertEquals("Invalid schema: table \"items\" is dropped and \"items_v2\" is renamed to \"items\" in the same migration, but table"
                + " \"lines\" has a foreign key to \"items\". Split it: first drop or rename the old \"items\" (and update \"lines\"), generate,"
                + " then rename \"items_v2\".", e.getMessage());
    }

    /**
     * The same through a dropped table: "orders" keeps its key to "lines" until its rebuild drops it, so "lines" and its parent
     * "items" go only after the rebuild, long after the rename wants the name: SQLite refused "ALTER TABLE `items_v2` RENAME TO
     * `items`" on apply (there is already a table of that name). Refused here with the same way out.
     */
    @org.junit.jupiter.api.Test
    void aForeignKeyToAReplacedTableThroughADroppedOneNeedsTwoMigrations() {
        TableDef items = table("items", List.of(pk("id")), List.of());
        TableDef itemsV2 = table("items_v2", List.of(pk("id")), List.of());
        TableDef lines = table("lines", List.of(pk("id"), col("item_id", "integer")), List.of(fk("lines", "item_id", "items", FkAction.CASCADE)));
        TableDef orders = table("orders", List.of(pk("id"), col("line_id", "integer")), List.of(fk("orders", "line_id", "lines", FkAction.NO_ACTION)));
        TableDef ordersAfter = table("orders", List.of(pk("id"), col("line_id", "integer")), List.of());
        TableDef renamed = new TableDef("items", List.of(pk("id")), null, List.of(), List.of(), List.of(), "items_v2");
        var e = org.junit.jupiter.api.Assertions.assertThrows(dev.godwit.schema.model.SchemaException.class,
                () -> sql(schema(items, itemsV2, lines, orders), schema(renamed, ordersAfter)));
        assertEquals("Invalid schema: table \"items\" is dropped and \"items_v2\" is renamed to \"items\" in the same migration, but table"
                + " \"orders\" has a foreign key to \"items\" through \"lines\", dropped too. Split it: first drop or rename the old \"items\""
                + " (and update \"orders\"), generate, then rename \"items_v2\".", e.getMessage());
        // the same where the taken name differs only in case: one name to SQLite (a review's finding)
        TableDef oldItems = table("Items", List.of(pk("id")), List.of());
        TableDef linesToOld = table("lines", List.of(pk("id"), col("item_id", "integer")), List.of(fk("lines", "item_id", "Items", FkAction.CASCADE)));
        var caseOnly = org.junit.jupiter.api.Assertions.assertThrows(dev.godwit.schema.model.SchemaException.class,
                () -> sql(schema(oldItems, itemsV2, linesToOld, orders), schema(renamed, ordersAfter)));
        assertEquals("Invalid schema: table \"Items\" is dropped and \"items_v2\" is renamed to \"items\" in the same migration, but table"
                + " \"orders\" has a foreign key to \"Items\" through \"lines\", dropped too. Split it: first drop or rename the old \"Items\""
                + " (and update \"orders\"), generate, then rename \"items_v2\".", caseOnly.getMessage());
        var caseOnlyDirect = org.junit.jupiter.api.Assertions.assertThrows(dev.godwit.schema.model.SchemaException.class,
                () -> sql(schema(oldItems, itemsV2, linesToOld), schema(renamed, table("lines", linesToOld.columns(), List.of()))));
        assertTrue(caseOnlyDirect.getMessage().contains("but table \"lines\" has a foreign key to \"Items\". Split it"), caseOnlyDirect.getMessage());
        // without the survivor's key nothing waits: the old table goes before the rename takes its name
        List<String> plain = sql(schema(items, itemsV2, lines, ordersAfter), schema(renamed, ordersAfter));
        assertTrue(plain.indexOf("DROP TABLE `items`;") < plain.indexOf("ALTER TABLE `items_v2` RENAME TO `items`;"), plain.toString());
    }
}
