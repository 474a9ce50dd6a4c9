package dev.godwit.engine.introspect;

import static dev.godwit.schema.model.ColumnMode.BOOLEAN;
import static dev.godwit.schema.model.ColumnMode.JSON;
import static dev.godwit.schema.model.ColumnMode.TIMESTAMP;
import static dev.godwit.schema.model.FkAction.CASCADE;
import static dev.godwit.schema.model.FkAction.RESTRICT;
import static dev.godwit.schema.model.FkAction.SET_NULL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.diff.Change;
import dev.godwit.engine.diff.RenameResolver;
import dev.godwit.engine.diff.SchemaDiffer;
import dev.godwit.engine.folder.Snapshot;
import dev.godwit.engine.folder.SnapshotCodec;
import dev.godwit.engine.plan.SqlitePlanner;
import dev.godwit.schema.Column;
import dev.godwit.schema.SchemaCollector;
import dev.godwit.schema.Table;
import dev.godwit.schema.View;
import dev.godwit.schema.model.Generated;
import dev.godwit.schema.model.SchemaDef;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A schema declared with the DSL, created by our own migrations, reads back with no differences. */
public class RoundTripTest {

    static final class Workspaces extends Table {
        static final Workspaces WORKSPACES = new Workspaces();
        final Column id = integer("id").primaryKey().autoIncrement();
        final Column slug = text("slug").length(64).notNull().unique();
        final Column name = text("name").notNull().defaultValue("it's \"quoted\"");
        final Column createdAt = integer("created_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");
        final Column settings = text("settings").mode(JSON).defaultValue(Map.of("theme", "dark"));

        private Workspaces() {
            super("workspaces");
            check("slug_not_empty", "length(" + slug.sql() + ") > 0");
        }
    }

    static final class Members extends Table {
        static final Members MEMBERS = new Members();
        final Column workspaceId = integer("workspace_id").notNull().references(() -> Workspaces.WORKSPACES.id).onDelete(CASCADE);
        final Column userId = integer("user_id").notNull();
        final Column role = text("role").notNull().defaultValue("member").enumValues("owner", "member");
        final Column active = integer("active").mode(BOOLEAN).notNull().defaultValue(true);
        final Column score = real("score").defaultValue(1.5);
        final Column quota = integer("quota").defaultValue(-42);

        private Members() {
            super("members");
            primaryKey(workspaceId, userId);
            index("members_role_idx").on(role).where("\"active\" = 1");
            uniqueIndex("members_user_role_uq").on(userId, role);
        }
    }

    /** Keywords and odd characters everywhere. */
    static final class Order extends Table {
        static final Order ORDER = new Order();
        final Column select = integer("select").primaryKey();
        final Column groupBy = text("group by").notNull().unique("order \"uq\" `x`");
        final Column weird = column("we\"ird`col", "text collate nocase");
        final Column parent = integer("parent").references(() -> Order.ORDER.select).onDelete(SET_NULL);
        final Column ws = integer("ws");
        final Column usr = integer("usr");
        final Column at = text("at").defaultSql("CURRENT_TIMESTAMP");
        final Column total = numeric("total").defaultValue(new java.math.BigDecimal("123456789012345678901.25"));
        final Column big = integer("big").defaultValue(1e-7);
        final Column data = blob("data");
        final Column full = text("full").generatedAlwaysAs("\"group by\" || ' ' || coalesce(\"at\", '')", Generated.Type.STORED);
        final Column lower = text("lower").generatedAlwaysAs("lower(\"group by\")");

        private Order() {
            super("order");
            foreignKey(ws, usr).references(() -> Members.MEMBERS.workspaceId, () -> Members.MEMBERS.userId)
                    .onDelete(CASCADE).onUpdate(RESTRICT);
            unique().on(ws, usr);
            index("order expr idx").onExpression("lower(\"group by\")").on(ws).where("\"at\" > '2020-01-01'");
            check("total >= 0", "\"total\" >= 0 AND \"group by\" <> ')'");
        }
    }

    static final class Tagged extends Table {
        static final Tagged TAGGED = new Tagged();
        final Column a = text("a").notNull();
        final Column b = text("b").notNull();
        final Column ref = integer("ref").references("custom_fk_name", () -> Order.ORDER.select);

        private Tagged() {
            super("tagged");
            primaryKey("tagged_custom_pk", a, b);
        }
    }

    static final class ActiveMembers extends View {
        static final ActiveMembers ACTIVE_MEMBERS = new ActiveMembers();

        private ActiveMembers() {
            super("active members", "select \"workspace_id\", \"user_id\" from \"members\" where \"active\" = 1");
        }
    }

    public static SchemaDef declared() {
        return SchemaCollector.collect(List.of(Workspaces.WORKSPACES, Members.MEMBERS, Order.ORDER, Tagged.TAGGED, ActiveMembers.ACTIVE_MEMBERS));
    }

    public static void migrate(Database db, SchemaDef from, SchemaDef to) {
        List<String> statements = SqlitePlanner.plan(SchemaDiffer.diff(from, to, RenameResolver.NO_RENAMES)).statements();
        db.runAtomically(statements.stream().filter(s -> !s.startsWith("PRAGMA")).toList(), true);
    }

    @Test
    void ourOwnMigrationsIntrospectWithoutDifferences() {
        SchemaDef schema = declared();
        try (SqliteDatabase db = SqliteDatabase.inMemory()) {
            migrate(db, SchemaDef.EMPTY, schema);
            SchemaDef back = Introspector.introspect(db);
            List<Change> changes = SchemaDiffer.diff(back, schema, RenameResolver.NO_RENAMES).changes();
            assertEquals(List.of(), changes.stream().map(Change::describe).toList());
            assertEquals(List.of(), SchemaDiffer.diff(schema, back, RenameResolver.NO_RENAMES).changes().stream().map(Change::describe).toList());
            assertEquals(schema.tableNames(), back.tableNames());
        }
    }

    @Test
    void snapshotJsonIsTheSameWhenNamesAreDrizzleDefaults() {
        SchemaDef schema = SchemaCollector.collect(List.of(Workspaces.WORKSPACES, Members.MEMBERS, Order.ORDER, ActiveMembers.ACTIVE_MEMBERS));
        try (SqliteDatabase db = SqliteDatabase.inMemory()) {
            migrate(db, SchemaDef.EMPTY, schema);
            SchemaDef back = Introspector.introspect(db);
            assertEquals(SnapshotCodec.toJson(new Snapshot("x", Snapshot.ORIGIN, schema, null, null)),
                    SnapshotCodec.toJson(new Snapshot("x", Snapshot.ORIGIN, back, null, null)));
        }
    }

    @Test
    void afterRebuildsAndRenamesStillNoDifferences() {
        SchemaDef v1 = declared();
        // v2: a NOT NULL column without a constant default forces a rebuild (CREATE __new_, copy, drop, rename).
        SchemaDef v2 = new SchemaDef(v1.tables().stream().map(t -> !t.name().equals("order") ? t
                : t.withColumns(new java.util.ArrayList<>(t.columns()) {{
                    add(dev.godwit.schema.model.ColumnDef.of("extra", "integer").withNotNull(true)
                            .withDefault(dev.godwit.schema.model.DefaultValue.sql("(1 + 1)")));
                }})).toList(), v1.views());
        SchemaDef v3 = new SchemaDef(v2.tables().stream().map(t -> t.name().equals("workspaces") ? t.withName("teams").withRenamedFrom("workspaces") : t)
                .map(t -> t.withForeignKeys(t.foreignKeys().stream().map(f -> f.refTable().equals("workspaces") ? f.withRefTable("teams") : f).toList()))
                .toList(), v2.views());
        try (SqliteDatabase db = SqliteDatabase.inMemory()) {
            migrate(db, SchemaDef.EMPTY, v1);
            migrate(db, v1, v2);
            assertEquals(List.of(), SchemaDiffer.diff(Introspector.introspect(db), v2, RenameResolver.NO_RENAMES).changes());
            migrate(db, v2, v3);
            SchemaDef back = Introspector.introspect(db);
            assertTrue(back.table("teams").isPresent());
            assertEquals(List.of(), SchemaDiffer.diff(back, v3, RenameResolver.NO_RENAMES).changes());
        }
    }
}
