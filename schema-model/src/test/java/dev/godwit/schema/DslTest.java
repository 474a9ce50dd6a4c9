package dev.godwit.schema;

import static dev.godwit.schema.model.FkAction.CASCADE;
import static dev.godwit.schema.model.FkAction.NO_ACTION;
import static dev.godwit.schema.model.FkAction.RESTRICT;
import static dev.godwit.schema.model.FkAction.SET_DEFAULT;
import static dev.godwit.schema.model.FkAction.SET_NULL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.godwit.schema.model.CheckDef;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.ColumnMode;
import dev.godwit.schema.model.DefaultValue;
import dev.godwit.schema.model.FkAction;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.Generated;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.PrimaryKeyDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SchemaException;
import dev.godwit.schema.model.TableDef;
import dev.godwit.schema.model.ViewDef;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DslTest {

    /** How a column of another table in a key or index is answered: the way on, after what was wrong. */
    private static final String OWN_TABLE = " name columns of \"%s\" here, or declare it in the class of the table whose columns it names (a key or"
            + " index covers the columns of its own table)";


    static ColumnDef col(String name, String type) {
        return ColumnDef.of(name, type);
    }

    // ------------------------------------------------------------------------- types, modes

    static final class Types extends Table {
        static final Types TYPES = new Types();
        final Column i = integer("i");
        final Column t = text("t");
        final Column r = real("r");
        final Column b = blob("b");
        final Column n = numeric("n");
        final Column t64 = text("t64").length(64);
        final Column custom = column("custom", "text collate nocase");
        final Column bool = integer("bool").mode(ColumnMode.BOOLEAN);
        final Column ts = integer("ts").mode(ColumnMode.TIMESTAMP);
        final Column tsMs = integer("ts_ms").mode(ColumnMode.TIMESTAMP_MS);
        final Column num = integer("num").mode(ColumnMode.NUMBER);
        final Column json = text("json").mode(ColumnMode.JSON);
        final Column plain = text("plain").mode(ColumnMode.TEXT);
        final Column buf = blob("buf").mode(ColumnMode.BUFFER);
        final Column bigBlob = blob("big_blob").mode(ColumnMode.BIGINT);
        final Column jsonBlob = blob("json_blob").mode(ColumnMode.JSON);
        final Column str = numeric("str").mode(ColumnMode.STRING);
        final Column kind = text("kind").enumValues("a", "b", "c");

        private Types() {
            super("types");
        }
    }

    @Test
    void allTypesAndModes() {
        TableDef t = Types.TYPES.toDef();
        assertEquals("types", t.name());
        assertEquals(List.of(
                col("i", "integer"), col("t", "text"), col("r", "real"), col("b", "blob"), col("n", "numeric"),
                col("t64", "text(64)"), col("custom", "text collate nocase"),
                col("bool", "integer").withMode(ColumnMode.BOOLEAN, List.of()),
                col("ts", "integer").withMode(ColumnMode.TIMESTAMP, List.of()),
                col("ts_ms", "integer").withMode(ColumnMode.TIMESTAMP_MS, List.of()),
                col("num", "integer").withMode(ColumnMode.NUMBER, List.of()),
                col("json", "text").withMode(ColumnMode.JSON, List.of()),
                col("plain", "text").withMode(ColumnMode.TEXT, List.of()),
                col("buf", "blob").withMode(ColumnMode.BUFFER, List.of()),
                col("big_blob", "blob").withMode(ColumnMode.BIGINT, List.of()),
                col("json_blob", "blob").withMode(ColumnMode.JSON, List.of()),
                col("str", "numeric").withMode(ColumnMode.STRING, List.of()),
                col("kind", "text").withMode(null, List.of("a", "b", "c"))), t.columns());
        assertNull(t.primaryKey());
        assertEquals(List.of(), t.indexes());
        assertEquals(List.of(), t.foreignKeys());
        assertEquals(List.of(), t.checks());
        assertNull(t.renamedFrom());
        assertEquals(List.of("i", "t", "r", "b", "n", "t64", "custom", "bool", "ts", "ts_ms", "num", "json", "plain", "buf",
                "big_blob", "json_blob", "str", "kind"), Types.TYPES.columns().stream().map(Column::name).toList());
        assertEquals("types.kind", Types.TYPES.kind.toString());
        assertEquals("\"kind\"", Types.TYPES.kind.sql());
        assertEquals(Types.TYPES, Types.TYPES.kind.table());
    }

    /**
     * column("t", null) and onExpression(null) failed with a bare NullPointerException ("type", "text") naming no table, and
     * index(null) made a non-unique index named {@code <table>_<col>_unique}. Each is refused at the call, naming the table.
     */
    @Test
    void nullTypesIndexNamesAndExpressionsAreRefusedAtTheCall() {
        IllegalArgumentException type = assertThrows(IllegalArgumentException.class, () -> new Table("x") {
            final Column c = column("c", null);
        });
        assertEquals("table x: column(\"c\", null) gives the column no type; give its SQL type, e.g. \"text\"", type.getMessage());
        IllegalArgumentException index = assertThrows(IllegalArgumentException.class, () -> new Table("x") {
            final Column c = text("c");
            {
                index(null).on(c);
            }
        });
        assertEquals("table x: index(null) needs the index's name, e.g. index(\"x_email_idx\")", index.getMessage());
        IllegalArgumentException unique = assertThrows(IllegalArgumentException.class, () -> new Table("x") {
            final Column c = text("c");
            {
                uniqueIndex(null).on(c);
            }
        });
        assertEquals("table x: uniqueIndex(null) needs the index's name, e.g. uniqueIndex(\"x_email_idx\"); for an unnamed unique constraint"
                + " write unique().on(...)", unique.getMessage());
        IllegalArgumentException expr = assertThrows(IllegalArgumentException.class, () -> new Table("x") {
            final Column c = text("c");
            {
                index("x_c").onExpression(null);
            }
        });
        assertEquals("table x: index(\"x_c\").onExpression(null) needs the SQL expression", expr.getMessage());
    }

    @Test
    void lengthOnlyOnText() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new Table("x") {
            final Column c = integer("c").length(3);
        });
        assertEquals("length() applies to text columns, not integer (column c)", e.getMessage());
    }

    // --------------------------------------------------------------------------- defaults

    enum Colour { RED }

    static final class Defaults extends Table {
        static final Instant WHEN = Instant.parse("2024-01-02T03:04:05.678Z");
        static final Defaults DEFAULTS = new Defaults();
        final Column s = text("s").defaultValue("it's");
        final Column empty = text("empty").defaultValue("");
        final Column i = integer("i").defaultValue(42);
        final Column neg = integer("neg").defaultValue(-7L);
        final Column d = real("d").defaultValue(1.5);
        final Column whole = real("whole").defaultValue(2.0);
        final Column tiny = real("tiny").defaultValue(1e-7);
        final Column t = integer("t").mode(ColumnMode.BOOLEAN).defaultValue(true);
        final Column f = integer("f").defaultValue(false);
        final Column ts = integer("ts").mode(ColumnMode.TIMESTAMP).defaultValue(WHEN);
        final Column tsMs = integer("ts_ms").mode(ColumnMode.TIMESTAMP_MS).defaultValue(WHEN);
        final Column date = integer("date").defaultValue(new Date(WHEN.toEpochMilli()));
        final Column map = text("map").mode(ColumnMode.JSON).defaultValue(json());
        final Column list = text("list").mode(ColumnMode.JSON).defaultValue(List.of(1, "two", false));
        final Column array = text("array").defaultValue(new String[] {"a", "b"});
        final Column colour = text("colour").defaultValue(Colour.RED);
        final Column sql = integer("sql").defaultSql("(unixepoch())");
        final Column current = text("current").defaultSql("CURRENT_TIMESTAMP");
        final Column lastWins = text("last_wins").defaultValue("x").defaultSql("(lower('Y'))");
        final Column lastWins2 = text("last_wins2").defaultSql("(lower('Y'))").defaultValue("x");

        private Defaults() {
            super("defaults");
        }

        static Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("a", 1);
            m.put("b", List.of(true, 2.5));
            m.put("q", "say \"hi\"\n");
            m.put("n", null);
            return m;
        }
    }

    @Test
    void literalAndSqlDefaults() {
        TableDef t = Defaults.DEFAULTS.toDef();
        Map<String, DefaultValue> byName = new LinkedHashMap<>();
        for (ColumnDef c : t.columns()) byName.put(c.name(), c.defaultValue());
        Map<String, DefaultValue> expected = new LinkedHashMap<>();
        expected.put("s", new DefaultValue(DefaultValue.Kind.SQL, "'it''s'"));
        expected.put("empty", new DefaultValue(DefaultValue.Kind.SQL, "''"));
        expected.put("i", new DefaultValue(DefaultValue.Kind.NUMBER, "42"));
        expected.put("neg", new DefaultValue(DefaultValue.Kind.NUMBER, "-7"));
        expected.put("d", new DefaultValue(DefaultValue.Kind.NUMBER, "1.5"));
        expected.put("whole", new DefaultValue(DefaultValue.Kind.NUMBER, "2"));
        expected.put("tiny", new DefaultValue(DefaultValue.Kind.NUMBER, "1e-7"));
        expected.put("t", new DefaultValue(DefaultValue.Kind.BOOLEAN, "true"));
        expected.put("f", new DefaultValue(DefaultValue.Kind.BOOLEAN, "false"));
        expected.put("ts", new DefaultValue(DefaultValue.Kind.NUMBER, "1704164645"));
        expected.put("ts_ms", new DefaultValue(DefaultValue.Kind.NUMBER, "1704164645678"));
        expected.put("date", new DefaultValue(DefaultValue.Kind.NUMBER, "1704164645"));
        expected.put("map", new DefaultValue(DefaultValue.Kind.SQL, "'{\"a\":1,\"b\":[true,2.5],\"q\":\"say \\\"hi\\\"\\n\",\"n\":null}'"));
        expected.put("list", new DefaultValue(DefaultValue.Kind.SQL, "'[1,\"two\",false]'"));
        expected.put("array", new DefaultValue(DefaultValue.Kind.SQL, "'[\"a\",\"b\"]'"));
        expected.put("colour", new DefaultValue(DefaultValue.Kind.SQL, "'RED'"));
        expected.put("sql", new DefaultValue(DefaultValue.Kind.SQL, "(unixepoch())"));
        expected.put("current", new DefaultValue(DefaultValue.Kind.SQL, "CURRENT_TIMESTAMP"));
        expected.put("last_wins", new DefaultValue(DefaultValue.Kind.SQL, "(lower('Y'))"));
        expected.put("last_wins2", new DefaultValue(DefaultValue.Kind.SQL, "'x'"));
        assertEquals(expected, byName);
        assertEquals(DefaultValue.string("it's"), byName.get("s"));
        assertEquals(DefaultValue.number(42), byName.get("i"));
        assertEquals(DefaultValue.bool(true), byName.get("t"));
        assertEquals(DefaultValue.sql("(unixepoch())"), byName.get("sql"));
    }

    /** defaultValue(new byte[] {...}) on a blob column was the JSON text '[1,2]', not the bytes. */
    @Test
    void bytesAreABlobLiteralExceptInJsonMode() {
        Table t = new Table("b") {
            final Column raw = blob("raw").defaultValue(new byte[] {0, 1, (byte) 0xff});
            final Column none = blob("none").defaultValue(new byte[0]);
            final Column json = blob("json").mode(dev.godwit.schema.model.ColumnMode.JSON).defaultValue(new byte[] {1, 2});
        };
        assertEquals(List.of(DefaultValue.sql("x'0001ff'"), DefaultValue.sql("x''"), DefaultValue.string("[1,2]")),
                t.toDef().columns().stream().map(ColumnDef::defaultValue).toList());
    }

    @Test
    void badDefaults() {
        IllegalArgumentException nul = assertThrows(IllegalArgumentException.class, () -> new Table("x") {
            final Column c = text("c").defaultValue(null);
        });
        assertEquals("column c: a null default is the absence of a default; leave it out", nul.getMessage());
        Table odd = new Table("x") {
            final Column c = text("c").defaultValue(new Object() {
            });
        };
        // A Table's own toDef() names its class and column (SchemaCollector names the field: see ValidationTest).
        SchemaException e = assertThrows(SchemaException.class, odd::toDef);
        assertEquals(true, e.getMessage().startsWith("Invalid schema: class dev.godwit.schema.DslTest$"), e.getMessage());
        assertEquals(true, e.getMessage().contains(" (column \"x\".\"c\"): cannot use a dev.godwit.schema.DslTest$"), e.getMessage());
        assertEquals(true, e.getMessage().endsWith(" as a default; use a string, number, boolean, Instant, Map or List, or defaultSql(...)"));
        Table nan = new Table("x") {
            final Column c = real("c").defaultValue(Double.NaN);
        };
        assertEquals(true, assertThrows(SchemaException.class, nan::toDef).getMessage().endsWith(" (column \"x\".\"c\"): the default NaN has no SQL"
                + " literal (a default must be a finite number); leave the default out, or give it as SQL, e.g. defaultSql(\"(9e999)\") for Infinity"));
    }

    /** Double.NaN inside a JSON default was refused without saying that JSON has no such number or what to do. */
    @Test
    void aNanOrInfinityInsideAJsonDefaultIsRefusedNamingTheValue() {
        Table nan = new Table("x") {
            final Column c = text("c").mode(ColumnMode.JSON).defaultValue(java.util.Map.of("a", Double.NaN));
        };
        String message = assertThrows(SchemaException.class, nan::toDef).getMessage();
        assertEquals(true, message.endsWith(" (column \"x\".\"c\"): a default must be a finite number, got NaN (JSON has no such"
                + " number); leave it out of the value"), message);
        Table inf = new Table("x") {
            final Column c = text("c").mode(ColumnMode.JSON).defaultValue(List.of(1, Double.NEGATIVE_INFINITY));
        };
        message = assertThrows(SchemaException.class, inf::toDef).getMessage();
        assertEquals(true, message.endsWith(" (column \"x\".\"c\"): a default must be a finite number, got -Infinity (JSON has no"
                + " such number); leave it out of the value"), message);
    }

    /** enumValues(...) on an integer column was kept and meant nothing (no CHECK; preflight even filled the column with the texts). */
    @Test
    void enumValuesOnAColumnThatIsNotTextIsRefusedWithTheCheckToWrite() {
        Table t = new Table("x") {
            final Column level = integer("level").enumValues("1", "2");
        };
        SchemaException e = assertThrows(SchemaException.class, t::toDef);
        assertEquals(true, e.getMessage().endsWith(" (column \"x\".\"level\"): enumValues(...) applies to text columns only (as drizzle's"
                + " text({enum}); it adds no CHECK), not integer; to hold the column to some values, drop enumValues and add"
                + " check(\"x_level_check\", \"level IN (1, 2)\") to the table"), e.getMessage());
        new Table("y") {
            final Column kind = column("kind", "varchar(10)").enumValues("a");
        }.toDef();
    }

    // -------------------------------------------------------------- keys, uniques, indexes

    static final class Users extends Table {
        static final Users USERS = new Users();
        final Column id = integer("id").primaryKey().autoIncrement();
        final Column email = text("email").notNull().unique();
        final Column handle = text("handle").unique("users_handle_uq");
        final Column orgId = integer("org_id").notNull();
        final Column name = text("name").renamedFrom("full_name");

        private Users() {
            super("users");
            renamedFrom("people");
            index("users_org_idx").on(orgId);
            uniqueIndex("users_org_email_idx").on(orgId, email);
            index("users_active_idx").on(email).where("\"email\" IS NOT NULL");
            uniqueIndex("users_lower_email_idx").onExpression("lower(\"email\")");
            index("users_mixed_idx").on(orgId).onExpression("lower(name)");
            unique("users_org_handle_uq").on(orgId, handle);
            unique().on(orgId, name);
            check("email_has_at", "instr(" + email.sql() + ", '@') > 0");
            check("name_len", "length(name) < 100");
        }
    }

    @Test
    void columnFlagsUniquesIndexesChecksAndRenames() {
        TableDef t = Users.USERS.toDef();
        assertEquals(new TableDef("users", List.of(
                new ColumnDef("id", "integer", true, true, true, null, null, null, List.of(), null),
                new ColumnDef("email", "text", false, true, false, null, null, null, List.of(), null),
                col("handle", "text"),
                col("org_id", "integer").withNotNull(true),
                col("name", "text").withRenamedFrom("full_name")),
                null,
                List.of(
                        IndexDef.onColumns("users_email_unique", List.of("email"), true, null),
                        IndexDef.onColumns("users_handle_uq", List.of("handle"), true, null),
                        IndexDef.onColumns("users_org_idx", List.of("org_id"), false, null),
                        IndexDef.onColumns("users_org_email_idx", List.of("org_id", "email"), true, null),
                        IndexDef.onColumns("users_active_idx", List.of("email"), false, "\"email\" IS NOT NULL"),
                        new IndexDef("users_lower_email_idx", List.of(IndexDef.Key.expression("lower(\"email\")")), true, null),
                        new IndexDef("users_mixed_idx", List.of(IndexDef.Key.column("org_id"), IndexDef.Key.expression("lower(name)")), false, null),
                        IndexDef.onColumns("users_org_handle_uq", List.of("org_id", "handle"), true, null),
                        IndexDef.onColumns("users_org_id_name_unique", List.of("org_id", "name"), true, null)),
                List.of(),
                List.of(new CheckDef("email_has_at", "instr(\"email\", '@') > 0"), new CheckDef("name_len", "length(name) < 100")),
                "people"), t);
        assertEquals(List.of("id"), t.primaryKeyColumns());
        assertEquals(true, t.hasRowidAlias());
    }

    static final class UniquesFirst extends Table {
        static final UniquesFirst UNIQUES_FIRST = new UniquesFirst();
        final Column a = text("a").unique();
        final Column b = text("b");
        final Column c = text("c");

        private UniquesFirst() {
            super("uniques_first");
            unique("uniques_first_b_uq").on(b);
            unique().on(b, c);
            index("uniques_first_c_idx").on(c);
            uniqueIndex("uniques_first_bc_idx").on(b, c);
        }
    }

    /**
     * drizzle-kit's snapshot lists column uniques, then indexes (index and uniqueIndex, in call order), then unique()
     * constraints, whatever the call order; unique() called before index() put it first, unlike drizzle-kit.
     */
    @Test
    void uniqueConstraintsFollowTheIndexesWhateverTheCallOrder() {
        assertEquals(List.of("uniques_first_a_unique", "uniques_first_c_idx", "uniques_first_bc_idx", "uniques_first_b_uq", "uniques_first_b_c_unique"),
                UniquesFirst.UNIQUES_FIRST.toDef().indexes().stream().map(IndexDef::name).toList());
    }

    static final class Composite extends Table {
        static final Composite COMPOSITE = new Composite();
        final Column a = integer("a").notNull();
        final Column b = text("b");

        private Composite() {
            super("composite");
            primaryKey(a, b);
        }
    }

    static final class NamedComposite extends Table {
        static final NamedComposite NAMED = new NamedComposite();
        final Column a = integer("a");
        final Column b = integer("b");
        final Column c = integer("c");

        private NamedComposite() {
            super("named_composite");
            primaryKey("nc_pk", a, b, c);
        }
    }

    static final class SingleTablePk extends Table {
        static final SingleTablePk SINGLE = new SingleTablePk();
        final Column code = text("code");
        final Column other = text("other");

        private SingleTablePk() {
            super("single");
            primaryKey(code);
        }
    }

    static final class SingleNamedPk extends Table {
        static final SingleNamedPk SINGLE_NAMED = new SingleNamedPk();
        final Column code = text("code");

        private SingleNamedPk() {
            super("single_named");
            primaryKey("single_named_key", code);
        }
    }

    @Test
    void primaryKeys() {
        TableDef c = Composite.COMPOSITE.toDef();
        assertEquals(new PrimaryKeyDef("composite_a_b_pk", List.of("a", "b")), c.primaryKey());
        // Columns of a composite key keep their declared NOT NULL, as drizzle's snapshot does.
        assertEquals(List.of(col("a", "integer").withNotNull(true), col("b", "text")), c.columns());
        assertEquals(List.of("a", "b"), c.primaryKeyColumns());
        assertEquals(false, c.hasRowidAlias());

        assertEquals(new PrimaryKeyDef("nc_pk", List.of("a", "b", "c")), NamedComposite.NAMED.toDef().primaryKey());

        // primaryKey(x) without a name is the column's own flag (drizzle), which implies NOT NULL.
        TableDef s = SingleTablePk.SINGLE.toDef();
        assertNull(s.primaryKey());
        assertEquals(List.of(new ColumnDef("code", "text", true, true, false, null, null, null, List.of(), null), col("other", "text")), s.columns());

        // With a name it stays a (one-column) table-level key.
        TableDef n = SingleNamedPk.SINGLE_NAMED.toDef();
        assertEquals(new PrimaryKeyDef("single_named_key", List.of("code")), n.primaryKey());
        assertEquals(List.of(col("code", "text")), n.columns());
    }

    @Test
    void primaryKeyOfAnotherTablesColumnIsRefused() {
        // Found by this test: a one-column primaryKey(...) used to skip the ownership check and silently
        // flag (or not) whatever column of this table had the same name; and a null column failed with
        // a bare NullPointerException in primaryKey(...) instead of the message below.
        Table t = new Table("x") {
            final Column id = integer("id");

            {
                primaryKey(Users.USERS.id);
            }
        };
        SchemaException e = assertThrows(SchemaException.class, t::toDef);
        assertEquals(List.of(t.getClass().getName() + ": primaryKey(...) names column users.id, which belongs to another table;" + OWN_TABLE.formatted("x")), e.problems());
        Table nul = new Table("y") {
            {
                primaryKey(this.ref());
            }

            Column ref() {
                return null;
            }

            final Column id = integer("id");
        };
        SchemaException e2 = assertThrows(SchemaException.class, nul::toDef);
        assertEquals(List.of(nul.getClass().getName()
                + ": primaryKey(...) got a null column; declare columns before using them in the constructor"), e2.problems());
    }

    @Test
    void indexOnAnotherTablesColumnIsRefused() {
        SchemaException e = assertThrows(SchemaException.class, () -> new Table("x") {
            final Column id = integer("id");

            {
                index("x_idx").on(Users.USERS.email);
            }
        });
        assertEquals(true, e.getMessage().endsWith(": index(\"x_idx\").on(...) names column users.email, which belongs to another table;" + OWN_TABLE.formatted("x")));
    }

    // ---------------------------------------------------------------------- foreign keys

    static final class Orgs extends Table {
        static final Orgs ORGS = new Orgs();
        final Column id = integer("id").primaryKey();
        final Column region = text("region").notNull();
        final Column code = text("code").notNull();

        private Orgs() {
            super("orgs");
            unique("orgs_region_code_uq").on(region, code);
        }
    }

    static final class Teams extends Table {
        static final Teams TEAMS = new Teams();
        final Column id = integer("id").primaryKey();
        final Column orgId = integer("org_id").notNull().references(() -> Orgs.ORGS.id).onDelete(CASCADE);
        final Column ownerId = integer("owner_id").references("teams_owner_fk", () -> Users.USERS.id).onDelete(SET_NULL).onUpdate(CASCADE);
        final Column parentId = integer("parent_id").references(() -> Teams.TEAMS.id).onDelete(RESTRICT).onUpdate(SET_DEFAULT);
        final Column region = text("region");
        final Column code = text("code");
        final Column leadId = integer("lead_id");

        private Teams() {
            super("teams");
            foreignKey(region, code).references(() -> Orgs.ORGS.region, () -> Orgs.ORGS.code).onDelete(NO_ACTION).onUpdate(CASCADE);
            foreignKey(leadId).references(() -> Users.USERS.id).name("teams_lead_fk").onDelete(SET_NULL);
        }
    }

    @Test
    void foreignKeysColumnAndTableLevelCompositeSelfReferencingAllActions() {
        TableDef t = Teams.TEAMS.toDef();
        assertEquals(List.of(
                new ForeignKeyDef("teams_org_id_orgs_id_fk", "teams", List.of("org_id"), "orgs", List.of("id"), CASCADE, NO_ACTION),
                new ForeignKeyDef("teams_owner_fk", "teams", List.of("owner_id"), "users", List.of("id"), SET_NULL, CASCADE),
                new ForeignKeyDef("teams_parent_id_teams_id_fk", "teams", List.of("parent_id"), "teams", List.of("id"), RESTRICT, SET_DEFAULT),
                new ForeignKeyDef("teams_region_code_orgs_region_code_fk", "teams", List.of("region", "code"), "orgs", List.of("region", "code"),
                        NO_ACTION, CASCADE),
                new ForeignKeyDef("teams_lead_fk", "teams", List.of("lead_id"), "users", List.of("id"), SET_NULL, NO_ACTION)), t.foreignKeys());
        SchemaDef s = SchemaCollector.collect(List.of(Orgs.ORGS, Users.USERS, Teams.TEAMS));
        assertEquals(List.of("orgs", "users", "teams"), s.tableNames());
    }

    @Test
    void fkActionsParse() {
        assertEquals(SET_NULL, FkAction.parse("set null"));
        assertEquals(SET_NULL, FkAction.parse("SET_NULL"));
        assertEquals(SET_NULL, FkAction.parse(" set-null "));
        assertEquals(NO_ACTION, FkAction.parse("No  Action"));
        assertEquals(SET_DEFAULT, FkAction.parse("set default"));
        assertEquals(RESTRICT, FkAction.parse("restrict"));
        assertEquals(CASCADE, FkAction.parse("CASCADE"));
        assertNull(FkAction.parse("destroy"));
        assertEquals("set null", SET_NULL.sql());
    }

    @Test
    void foreignKeyMistakesInTheDsl() {
        IllegalStateException noRef = assertThrows(IllegalStateException.class, () -> new Table("x") {
            final Column c = integer("c").onDelete(CASCADE);
        });
        assertEquals("column c: onDelete() needs references(...) first", noRef.getMessage());
        IllegalStateException noRef2 = assertThrows(IllegalStateException.class, () -> new Table("x") {
            final Column c = integer("c").onUpdate(CASCADE);
        });
        assertEquals("column c: onUpdate() needs references(...) first", noRef2.getMessage());

        Table nullRef = new Table("x") {
            final Column c = integer("c").references(() -> null);
        };
        assertEquals(List.of("class " + nullRef.getClass().getName() + " (column \"x\".\"c\"): the lambda of .references(() -> ...) returned null;"
                + " it must return a column field of a table instance, e.g. () -> Users.USERS.id"),
                assertThrows(SchemaException.class, nullRef::toDef).problems());

        Table throwing = new Table("x") {
            final Column c = integer("c").references(() -> {
                throw new IllegalStateException("boom");
            });
        };
        assertEquals(List.of("class " + throwing.getClass().getName() + " (column \"x\".\"c\"): the lambda of .references(() -> ...) threw"
                + " java.lang.IllegalStateException: boom; it must return a column field of a table instance, e.g. () -> Users.USERS.id"),
                assertThrows(SchemaException.class, throwing::toDef).problems());

        Table twoTables = new Table("x") {
            final Column a = integer("a");
            final Column b = integer("b");

            {
                foreignKey(a, b).references(() -> Users.USERS.id, () -> Orgs.ORGS.id);
            }
        };
        assertEquals(List.of(twoTables.getClass().getName()
                + ": foreignKey[a, b] references columns of several tables (users, orgs); a foreign key targets one table"),
                assertThrows(SchemaException.class, twoTables::toDef).problems());

        Table noTarget = new Table("x") {
            final Column a = integer("a");

            {
                foreignKey(a);
            }
        };
        assertEquals(List.of(noTarget.getClass().getName() + ": foreignKey[a] has no references(...)"),
                assertThrows(SchemaException.class, noTarget::toDef).problems());

        Table foreignFrom = new Table("x") {
            final Column a = integer("a");

            {
                foreignKey(Users.USERS.id).references(() -> Orgs.ORGS.id);
            }
        };
        assertEquals(List.of(foreignFrom.getClass().getName() + ": foreignKey(...) names column users.id, which belongs to another table;" + OWN_TABLE.formatted("x")),
                assertThrows(SchemaException.class, foreignFrom::toDef).problems());
    }

    // -------------------------------------------------------------- generated, views

    static final class Gen extends Table {
        static final Gen GEN = new Gen();
        final Column email = text("email");
        final Column lower = text("lower").generatedAlwaysAs("lower(email)");
        final Column stored = text("stored").generatedAlwaysAs("(upper(email))", Generated.Type.STORED);
        final Column twoParens = integer("two").generatedAlwaysAs("(1) + (2)", Generated.Type.VIRTUAL);

        private Gen() {
            super("gen");
        }
    }

    @Test
    void generatedColumns() {
        List<ColumnDef> c = Gen.GEN.toDef().columns();
        assertNull(c.get(0).generated());
        assertEquals(new Generated("(lower(email))", Generated.Type.VIRTUAL), c.get(1).generated());
        assertEquals(new Generated("(upper(email))", Generated.Type.STORED), c.get(2).generated());
        assertEquals(new Generated("((1) + (2))", Generated.Type.VIRTUAL), c.get(3).generated());
        assertEquals("stored", Generated.Type.STORED.key());
    }

    static final class ActiveUsers extends View {
        static final ActiveUsers ACTIVE = new ActiveUsers();

        private ActiveUsers() {
            super("active_users", "select id, email from users where email is not null");
            renamedFrom("live_users");
        }
    }

    static final class Report extends View {
        static final Report REPORT = new Report();

        private Report() {
            super("report");
        }
    }

    @Test
    void viewsAndExistingViews() {
        assertEquals(new ViewDef("active_users", "select id, email from users where email is not null", false, "live_users"),
                ActiveUsers.ACTIVE.toDef());
        assertEquals(new ViewDef("report", null, true, null), Report.REPORT.toDef());
        assertEquals("report", Report.REPORT.viewName());
        SchemaDef s = SchemaCollector.collect(List.of(Users.USERS, ActiveUsers.ACTIVE, Report.REPORT));
        assertEquals(List.of(ActiveUsers.ACTIVE.toDef(), Report.REPORT.toDef()), s.views());
        assertEquals(Report.REPORT.toDef(), s.view("report").orElseThrow());
    }

    // ------------------------------------------------------------------ identifiers, equality

    static final class Keywords extends Table {
        static final Keywords KEYWORDS = new Keywords();
        final Column select = integer("select").primaryKey();
        final Column spaced = text("my column").notNull().unique();
        final Column quoted = text("say \"hi\"");
        final Column tick = text("`tick`");
        final Column apostrophe = text("it's").defaultValue("it's");
        final Column from = integer("from").references(() -> Keywords.KEYWORDS.select);

        private Keywords() {
            super("order");
            index("where \"idx\"").on(spaced, quoted, tick);
            check("check", quoted.sql() + " <> ''");
        }
    }

    @Test
    void anyIdentifierWorks() {
        SchemaDef s = SchemaCollector.collect(List.of(Keywords.KEYWORDS));
        TableDef t = s.table("order").orElseThrow();
        assertEquals(List.of("select", "my column", "say \"hi\"", "`tick`", "it's", "from"), t.columnNames());
        assertEquals(List.of(
                IndexDef.onColumns("order_my column_unique", List.of("my column"), true, null),
                IndexDef.onColumns("where \"idx\"", List.of("my column", "say \"hi\"", "`tick`"), false, null)), t.indexes());
        assertEquals(List.of(new ForeignKeyDef("order_from_order_select_fk", "order", List.of("from"), "order", List.of("select"), null, null)),
                t.foreignKeys());
        assertEquals(new CheckDef("check", "\"say \"\"hi\"\"\" <> ''"), t.checks().get(0));
        assertEquals(DefaultValue.sql("'it''s'"), t.column("it's").orElseThrow().defaultValue());
    }

    static final class Twin extends Table {
        final Column id = integer("id").primaryKey().autoIncrement();
        final Column name = text("name").notNull().unique().defaultValue("x");
        final Column parent = integer("parent").references(() -> this.id).onDelete(CASCADE);

        Twin() {
            super("twin");
            index("twin_name_idx").on(name).where("name <> ''");
            check("c", "id > 0");
        }
    }

    @Test
    void identicalDeclarationsBuildEqualModels() {
        Twin a = new Twin();
        Twin b = new Twin();
        assertNotSame(a.toDef(), b.toDef());
        assertEquals(a.toDef(), b.toDef());
        assertEquals(a.toDef().hashCode(), b.toDef().hashCode());
        assertEquals(SchemaCollector.collect(List.of(a)), SchemaCollector.collect(List.of(b)));
        // The same instance twice is collected once.
        assertEquals(1, SchemaCollector.collect(List.of(a, a)).tables().size());
    }

    @Test
    void collectorRefusesOtherObjects() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SchemaCollector.collect(List.of("users")));
        assertEquals("not a Table or View: users", e.getMessage());
    }
}
