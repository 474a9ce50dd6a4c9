package dev.godwit.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.schema.model.CheckDef;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.ColumnMode;
import dev.godwit.schema.model.FkAction;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.Generated;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.PrimaryKeyDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SchemaException;
import dev.godwit.schema.model.SchemaValidator;
import dev.godwit.schema.model.SourceMap;
import dev.godwit.schema.model.TableDef;
import dev.godwit.schema.model.ViewDef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every problem {@link SchemaValidator} reports, with the place it names. */
class ValidationTest {

    static final String C = "class dev.godwit.schema.ValidationTest$";

    static List<String> problems(Object... declarations) {
        return assertThrows(SchemaException.class, () -> SchemaCollector.collect(List.of(declarations))).problems();
    }

    static List<String> modelProblems(TableDef... tables) {
        return assertThrows(SchemaException.class, () -> SchemaValidator.validate(new SchemaDef(List.of(tables), List.of()))).problems();
    }

    // ------------------------------------------------------------------------------- tables

    static final class EmptyName extends Table {
        static final EmptyName T = new EmptyName();
        final Column id = integer("id");

        EmptyName() {
            super("");
        }
    }

    static final class Reserved extends Table {
        static final Reserved T = new Reserved();
        final Column id = integer("id");

        Reserved() {
            super("SQLite_stat");
        }
    }

    static final class NoColumns extends Table {
        static final NoColumns T = new NoColumns();

        NoColumns() {
            super("empty");
        }
    }

    static final class Users extends Table {
        static final Users USERS = new Users();
        final Column id = integer("id").primaryKey();
        final Column email = text("email").notNull().unique();
        final Column name = text("name");

        Users() {
            super("users");
        }
    }

    static final class UsersAgain extends Table {
        static final UsersAgain T = new UsersAgain();
        final Column id = integer("id");

        UsersAgain() {
            super("USERS");
        }
    }

    static final class UsersExactlyAgain extends Table {
        static final UsersExactlyAgain T = new UsersExactlyAgain();
        final Column id = integer("id");

        UsersExactlyAgain() {
            super("users");
        }
    }

    @Test
    void tableNames() {
        assertEquals(List.of(C + "EmptyName (table \"\"): the table name is empty"), problems(EmptyName.T));
        assertEquals(List.of(C + "Reserved (table \"SQLite_stat\"): table name \"SQLite_stat\" is reserved by SQLite"
                + " (names starting with sqlite_); choose another name"), problems(Reserved.T));
        assertEquals(List.of(C + "NoColumns (table \"empty\"): the table has no columns"), problems(NoColumns.T));
        assertEquals(List.of(C + "UsersAgain (table \"USERS\"): duplicate table name \"USERS\": SQLite ignores the case of ASCII letters in names,"
                + " so it is table \"users\" again, declared at " + C + "Users (table \"users\"); each table needs its own name"),
                problems(Users.USERS, UsersAgain.T));
        // Exactly the same name: both classes are named (the validator alone would name the first for both).
        assertEquals(List.of(C + "UsersExactlyAgain (table \"users\"): duplicate table name \"users\", also declared by "
                + C + "Users; each table needs its own name"), problems(Users.USERS, UsersExactlyAgain.T));
        // One class made twice: named so, where "also declared by" named the same class again.
        assertEquals(List.of(C + "Users (table \"users\"): table \"users\" is declared by two instances of " + C.substring("class ".length())
                + "Users (two `new Users()` in static fields); keep one, e.g. its own static field, and refer to that one"),
                problems(Users.USERS, new Users()));
    }

    static final class UpperUmlaut extends Table {
        static final UpperUmlaut T = new UpperUmlaut();
        final Column id = integer("id").primaryKey();
        final Column upper = text("Ö");
        final Column lower = text("ö");

        UpperUmlaut() {
            super("Ä");
        }
    }

    static final class LowerUmlaut extends Table {
        static final LowerUmlaut T = new LowerUmlaut();
        final Column id = integer("id").primaryKey();
        final Column parent = integer("parent").references(() -> UpperUmlaut.T.id);

        LowerUmlaut() {
            super("ä");
            index("Ä_idx").on(parent);
            index("ä_idx").on(id);
        }
    }

    /** SQLite folds the case of ASCII letters only: "Ä" and "ä" are two tables (columns, indexes), as sqlite3 itself accepts. */
    @Test
    void namesDifferingInTheCaseOfNonAsciiLettersAreDistinct() {
        SchemaDef schema = SchemaCollector.collect(List.of(UpperUmlaut.T, LowerUmlaut.T));
        assertEquals(List.of("Ä", "ä"), schema.tables().stream().map(TableDef::name).toList());
        assertEquals(List.of("id", "Ö", "ö"), schema.tables().get(0).columns().stream().map(ColumnDef::name).toList());
        assertEquals("Ä", schema.tables().get(1).foreignKeys().get(0).refTable());
    }

    // ------------------------------------------------------------------------------ columns

    static final class BadColumns extends Table {
        static final BadColumns T = new BadColumns();
        final Column empty = text("");
        final Column email = text("email");
        final Column email2 = text("Email");
        final Column noType = column("no_type", " ");
        final Column mode = integer("mode").mode(ColumnMode.JSON);
        final Column mode2 = column("mode2", "text(10)").mode(ColumnMode.BOOLEAN);
        final Column genDefault = text("gen_default").generatedAlwaysAs("upper(email)").defaultValue("x");

        BadColumns() {
            super("bad");
        }
    }

    static final class SameColumnTwice extends Table {
        static final SameColumnTwice T = new SameColumnTwice();
        final Column first = text("x");
        final Column second = text("x");

        SameColumnTwice() {
            super("twice");
        }
    }

    @Test
    void columns() {
        assertEquals(List.of(
                "field BadColumns.empty (column \"bad\".\"\"): the column name is empty",
                "field BadColumns.email2 (column \"bad\".\"Email\"): duplicate column name \"Email\" in table \"bad\": SQLite ignores the case"
                        + " of ASCII letters in names, so it is column \"email\" again",
                "field BadColumns.noType (column \"bad\".\"no_type\"): the column has no type",
                "field BadColumns.mode (column \"bad\".\"mode\"): mode json does not exist for type integer",
                "field BadColumns.mode2 (column \"bad\".\"mode2\"): mode boolean does not exist for type text(10)",
                "field BadColumns.genDefault (column \"bad\".\"gen_default\"): a generated column cannot have a default"),
                problems(BadColumns.T));
        // Exactly the same name twice: both fields are named.
        assertEquals(List.of("fields SameColumnTwice.first, SameColumnTwice.second (column \"twice\".\"x\"): duplicate column name \"x\" in table \"twice\""),
                problems(SameColumnTwice.T));
    }

    // -------------------------------------------------------------------- autoincrement, keys

    static final class AutoText extends Table {
        static final AutoText T = new AutoText();
        final Column id = text("id").primaryKey().autoIncrement();

        AutoText() {
            super("auto_text");
        }
    }

    static final class AutoNotPk extends Table {
        static final AutoNotPk T = new AutoNotPk();
        final Column id = integer("id").primaryKey();
        final Column seq = integer("seq").autoIncrement();

        AutoNotPk() {
            super("auto_not_pk");
        }
    }

    static final class AutoComposite extends Table {
        static final AutoComposite T = new AutoComposite();
        final Column a = integer("a").autoIncrement();
        final Column b = integer("b");

        AutoComposite() {
            super("auto_composite");
            primaryKey(a, b);
        }
    }

    static final class AutoBigint extends Table {
        static final AutoBigint T = new AutoBigint();
        final Column id = column("id", "bigint").primaryKey().autoIncrement();

        AutoBigint() {
            super("auto_bigint");
        }
    }

    static final class AutoOk extends Table {
        static final AutoOk T = new AutoOk();
        final Column id = column("id", "INTEGER").primaryKey().autoIncrement();

        AutoOk() {
            super("auto_ok");
        }
    }

    @Test
    void autoincrementOnlyOnASingleIntegerPrimaryKey() {
        String msg = ": autoincrement needs a single-column INTEGER primary key (SQLite allows AUTOINCREMENT only there)";
        assertEquals(List.of("field AutoText.id (column \"auto_text\".\"id\")" + msg), problems(AutoText.T));
        assertEquals(List.of("field AutoNotPk.seq (column \"auto_not_pk\".\"seq\")" + msg), problems(AutoNotPk.T));
        assertEquals(List.of("field AutoComposite.a (column \"auto_composite\".\"a\")" + msg), problems(AutoComposite.T));
        assertEquals(List.of("field AutoBigint.id (column \"auto_bigint\".\"id\")" + msg), problems(AutoBigint.T));
        assertEquals(List.of("auto_ok"), SchemaCollector.collect(List.of(AutoOk.T)).tableNames());
    }

    static final class TwoPks extends Table {
        static final TwoPks T = new TwoPks();
        final Column a = integer("a").primaryKey();
        final Column b = integer("b").primaryKey();

        TwoPks() {
            super("two_pks");
        }
    }

    static final class BothPks extends Table {
        static final BothPks T = new BothPks();
        final Column a = integer("a").primaryKey();
        final Column b = integer("b");

        BothPks() {
            super("both_pks");
            primaryKey(a, b);
        }
    }

    static final class EmptyPk extends Table {
        static final EmptyPk T = new EmptyPk();
        final Column a = integer("a");

        EmptyPk() {
            super("empty_pk");
            primaryKey();
        }
    }

    static final class GeneratedPk extends Table {
        static final GeneratedPk T = new GeneratedPk();
        final Column a = integer("a");
        final Column g = integer("g").generatedAlwaysAs("a * 2", Generated.Type.STORED).primaryKey();

        GeneratedPk() {
            super("generated_pk");
        }
    }

    static final class GeneratedInCompositePk extends Table {
        static final GeneratedInCompositePk T = new GeneratedInCompositePk();
        final Column a = integer("a");
        final Column g = integer("g").generatedAlwaysAs("a * 2", Generated.Type.STORED);

        GeneratedInCompositePk() {
            super("generated_in_pk");
            primaryKey(a, g);
        }
    }

    static final class GeneratedLoops extends Table {
        static final GeneratedLoops T = new GeneratedLoops();
        final Column id = integer("id").primaryKey();
        final Column a = integer("a").generatedAlwaysAs("\"B\" + 1");
        final Column b = integer("b").generatedAlwaysAs("coalesce([c], 0) * 2", Generated.Type.STORED);
        final Column c = integer("c").generatedAlwaysAs("`a` - id");
        final Column self = text("self").generatedAlwaysAs("'self' || self");
        // not loops: a function named like a column, a string naming one, a chain that ends at a plain column
        final Column d = integer("d").generatedAlwaysAs("abs(id) + length('e')");
        final Column e = integer("e").generatedAlwaysAs("d + 1");
        final Column text = text("text").generatedAlwaysAs("cast(e AS text) COLLATE nocase");
        final Column nocase = text("nocase").generatedAlwaysAs("cast(\"text\" as \"nocase\")");

        GeneratedLoops() {
            super("gen_loops");
        }
    }

    @Test
    void generatedColumnsReadingEachOtherInALoop() {
        assertEquals(List.of("field GeneratedLoops.a (column \"gen_loops\".\"a\"): generated columns \"a\" -> \"b\" -> \"c\" -> \"a\" read each other"
                        + " in a loop (GENERATED ALWAYS AS); SQLite creates the table, then refuses every statement on it (\"generated column loop on ...\"):"
                        + " make one of them read only plain columns",
                "field GeneratedLoops.self (column \"gen_loops\".\"self\"): generated column \"self\" reads itself (GENERATED ALWAYS AS);"
                        + " SQLite creates the table, then refuses every statement on it (\"generated column loop on ...\"):"
                        + " make one of them read only plain columns"),
                problems(GeneratedLoops.T));
    }

    @Test
    void primaryKeys() {
        assertEquals(List.of(C + "TwoPks (table \"two_pks\"): 2 columns are marked primary key (\"a\", \"b\"); declare a composite key at table"
                + " level instead (primaryKey(a, b)), or, where a YAML merge key (<<: *alias) carried primaryKey: true, set primaryKey: false beside it"),
                problems(TwoPks.T));
        assertEquals(List.of(C + "BothPks (table \"both_pks\"): has both a column primary key and a composite primary key; keep one"),
                problems(BothPks.T));
        assertEquals(List.of(C + "EmptyPk (table \"empty_pk\"): the composite primary key has no columns"), problems(EmptyPk.T));
        assertEquals(List.of("field GeneratedPk.g (column \"generated_pk\".\"g\"): a generated column cannot be part of the primary key"),
                problems(GeneratedPk.T));
        // Found by this test: a generated column in a composite key used to pass (SQLite refuses it).
        assertEquals(List.of("field GeneratedInCompositePk.g (column \"generated_in_pk\".\"g\"): a generated column cannot be part of the primary key"),
                problems(GeneratedInCompositePk.T));
        assertEquals(List.of("table \"t\": primary key \"t_a_zz_pk\" names column \"zz\", which is not in table \"t\""),
                modelProblems(new TableDef("t", List.of(ColumnDef.of("a", "integer")), new PrimaryKeyDef("t_a_zz_pk", List.of("a", "zz")),
                        null, null, null, null)));
    }

    // ----------------------------------------------------------------------- indexes, checks

    static final class BadIndexes extends Table {
        static final BadIndexes T = new BadIndexes();
        final Column a = integer("a").unique("shared_idx");
        final Column b = integer("b");

        BadIndexes() {
            super("bad_indexes");
            index("").on(a);
            index("no_columns");
            uniqueIndex("no_columns_unique");
            index("SHARED_IDX").on(b);
        }
    }

    static final class OtherIndexes extends Table {
        static final OtherIndexes T = new OtherIndexes();
        final Column x = integer("x");

        OtherIndexes() {
            super("other");
            index("shared_idx").on(x);
        }
    }

    @Test
    void indexes() {
        String at = C + "BadIndexes (table \"bad_indexes\"): ";
        assertEquals(List.of(
                at + "an index has an empty name",
                at + "index \"no_columns\" has no columns",
                at + "unique index \"no_columns_unique\" has no columns",
                at + "index \"SHARED_IDX\" is declared twice: SQLite ignores the case of ASCII letters in names, so it is index \"shared_idx\""
                        + " again; index names are shared by the whole database",
                C + "OtherIndexes (table \"other\"): index \"shared_idx\" is declared twice (also on table \"bad_indexes\"): SQLite ignores"
                        + " the case of ASCII letters in names, so it is index \"SHARED_IDX\" again; index names are shared by the whole database"),
                problems(BadIndexes.T, OtherIndexes.T));
        assertEquals(List.of("table \"t\": index \"t_idx\" names column \"zz\", which is not in table \"t\""),
                modelProblems(new TableDef("t", List.of(ColumnDef.of("a", "integer")), null,
                        List.of(new IndexDef("t_idx", List.of(IndexDef.Key.column("zz"), IndexDef.Key.expression("lower(zz)")), false, null)),
                        null, null, null)));
        // a name SQLite would take (it ignores case) but spelled otherwise than declared: which spelling to write
        assertEquals(List.of("table \"t\": index \"t_idx\" names column \"Email\", which is not in table \"t\" (it has \"email\": write the"
                        + " name as declared)"),
                modelProblems(new TableDef("t", List.of(ColumnDef.of("email", "text")), null,
                        List.of(new IndexDef("t_idx", List.of(IndexDef.Key.column("Email")), false, null)), null, null, null)));
        // a typo: the nearest column is named, as a renamedFrom typo's is
        assertEquals(List.of("table \"t\": index \"t_idx\" names column \"emial\", which is not in table \"t\"; did you mean \"email\"?",
                        "table \"t\": unique index \"t_uq\" names column \"creatd_at\", which is not in table \"t\"; did you mean \"created_at\"?",
                        "table \"t\": foreign key \"t_fk\" names column \"ownr\", which is not in table \"t\"; did you mean \"owner\"?"),
                modelProblems(new TableDef("t", List.of(ColumnDef.of("email", "text"), ColumnDef.of("created_at", "integer"),
                                ColumnDef.of("owner", "integer")), new PrimaryKeyDef("t_owner_pk", List.of("owner")),
                        List.of(new IndexDef("t_idx", List.of(IndexDef.Key.column("emial")), false, null),
                                IndexDef.onColumns("t_uq", List.of("creatd_at"), true, null)),
                        List.of(new ForeignKeyDef("t_fk", "t", List.of("ownr"), "t", List.of("owner"), FkAction.NO_ACTION, FkAction.NO_ACTION)),
                        null, null)));
    }

    static final class BadChecks extends Table {
        static final BadChecks T = new BadChecks();
        final Column a = integer("a");

        BadChecks() {
            super("bad_checks");
            check("", "a > 0");
            check("positive", "a > 0");
            check("positive", "a > 1");
            check("blank", "  ");
        }
    }

    @Test
    void checks() {
        String at = C + "BadChecks (table \"bad_checks\"): ";
        assertEquals(List.of(
                at + "a check has an empty name",
                at + "duplicate check name \"positive\"",
                at + "check \"blank\" has an empty expression"), problems(BadChecks.T));
    }

    // ------------------------------------------------------------------------- foreign keys

    static final class Orgs extends Table {
        static final Orgs ORGS = new Orgs();
        final Column id = integer("id").primaryKey();
        final Column region = text("region");
        final Column code = text("code");
        final Column slug = text("slug");

        Orgs() {
            super("orgs");
            unique().on(region, code);
            uniqueIndex("orgs_slug_partial").on(slug).where("slug IS NOT NULL");
        }
    }

    static final class NotInSchema extends Table {
        static final NotInSchema T = new NotInSchema();
        final Column id = integer("id").primaryKey();

        NotInSchema() {
            super("not_in_schema");
        }
    }

    static final class BadFks extends Table {
        static final BadFks T = new BadFks();
        final Column orgId = integer("org_id").references("same_name", () -> Orgs.ORGS.id);
        final Column other = integer("other").references("same_name", () -> Orgs.ORGS.id);
        final Column missing = integer("missing").references(() -> NotInSchema.T.id);
        final Column textRef = text("text_ref").references(() -> Orgs.ORGS.id);
        final Column slug = text("slug").references(() -> Orgs.ORGS.slug);
        final Column region = text("region");
        final Column code = text("code");

        BadFks() {
            super("bad_fks");
            foreignKey(region, code).references(() -> Orgs.ORGS.region);
            foreignKey(region).references(() -> Orgs.ORGS.region, () -> Orgs.ORGS.code);
            foreignKey(region, code).references(() -> Orgs.ORGS.code, () -> Orgs.ORGS.region).name("fine_in_any_order");
            foreignKey(code, region).references(() -> Orgs.ORGS.region, () -> Orgs.ORGS.code).name("fine_too");
        }
    }

    @Test
    void foreignKeys() {
        String at = C + "BadFks (table \"bad_fks\"): ";
        assertEquals(List.of(
                at + "duplicate foreign key name \"same_name\"",
                "field BadFks.missing (column \"bad_fks\".\"missing\"): foreign key \"bad_fks_missing_not_in_schema_id_fk\""
                        + " references table \"not_in_schema\", which is not in the schema; class dev.godwit.schema.ValidationTest$NotInSchema"
                        + " declares it, outside the packages in <schema> / -Ddb.schema: add its package there",
                "field BadFks.textRef (column \"bad_fks\".\"text_ref\"): foreign key \"bad_fks_text_ref_orgs_id_fk\": column \"text_ref\""
                        + " is text but references \"orgs\".\"id\", which is integer; the types must match",
                "field BadFks.slug (column \"bad_fks\".\"slug\"): foreign key \"bad_fks_slug_orgs_slug_fk\" references [slug] of \"orgs\","
                        + " which are neither its primary key nor unique; SQLite reports \"foreign key mismatch\" on every write."
                        + " Reference the primary key, or make those columns unique",
                at + "foreign key \"bad_fks_region_code_orgs_region_fk\" has 2 column(s) but references 1 column(s) of \"orgs\"; the counts must match",
                "field BadFks.region (column \"bad_fks\".\"region\"): foreign key \"bad_fks_region_orgs_region_code_fk\" has 1 column(s)"
                        + " but references 2 column(s) of \"orgs\"; the counts must match"),
                problems(Orgs.ORGS, BadFks.T));
    }

    static final class Actors extends Table {
        static final Actors T = new Actors();
        final Column actorId = column("actor_id", "numeric").primaryKey();
        final Column code = text("code").unique();

        Actors() {
            super("actor");
        }
    }

    /** Sakila for SQLite: film_actor.actor_id INT references actor.actor_id numeric; SQLite compares them as the parent stores its own. */
    static final class FilmActors extends Table {
        static final FilmActors T = new FilmActors();
        final Column actorId = column("actor_id", "INT").notNull().references(() -> Actors.T.actorId);
        final Column ported = text("ported").references(() -> Actors.T.actorId);
        final Column real = real("real").references(() -> Orgs.ORGS.id);
        final Column byCode = numeric("by_code").references(() -> Actors.T.code);

        FilmActors() {
            super("film_actor");
        }
    }

    /**
     * A foreign key whose parent applies a numeric affinity finds its rows whatever the child's type (SQLite applies the parent's
     * affinity to the child's value): Sakila's INT referencing numeric was refused ("the types must match"), so db:pull refused the
     * database. A numeric child of a TEXT parent is still refused: '007' stored as 7 finds no parent '007'.
     */
    @Test
    void aChildOfANumericParentNeedNotHaveItsType() {
        assertEquals(List.of(
                "field FilmActors.byCode (column \"film_actor\".\"by_code\"): foreign key \"film_actor_by_code_actor_code_fk\": column"
                        + " \"by_code\" is numeric but references \"actor\".\"code\", which is text; the types must match"),
                problems(Orgs.ORGS, Actors.T, FilmActors.T));
    }

    @Test
    void foreignKeysOnlyTheModelCanExpress() {
        TableDef orgs = Orgs.ORGS.toDef();
        TableDef t = new TableDef("t", List.of(ColumnDef.of("a", "integer")), null, null, List.of(
                new ForeignKeyDef("no_cols", "t", List.of(), "orgs", List.of(), null, null),
                new ForeignKeyDef("own_missing", "t", List.of("zz"), "orgs", List.of("id"), null, null),
                new ForeignKeyDef("ref_missing", "t", List.of("a"), "orgs", List.of("nope"), null, null),
                new ForeignKeyDef("ref_case", "t", List.of("a"), "ORGS", List.of("id"), null, null)), null, null);
        assertEquals(List.of(
                "table \"t\": foreign key \"no_cols\" has no columns",
                "table \"t\": foreign key \"own_missing\" names column \"zz\", which is not in table \"t\"",
                "column \"t\".\"a\": foreign key \"ref_missing\" references column \"orgs\".\"nope\", which does not exist"),
                modelProblems(orgs, t));
    }

    // ----------------------------------------------------------------------------- views

    static final class NoSelect extends View {
        static final NoSelect V = new NoSelect();

        NoSelect() {
            super("no_select", " ");
        }
    }

    static final class NamedLikeTable extends View {
        static final NamedLikeTable V = new NamedLikeTable();

        NamedLikeTable() {
            super("Orgs", "select 1");
        }
    }

    static final class Twice extends View {
        static final Twice A = new Twice();
        static final Twice B = new Twice();

        Twice() {
            super("twice", "select 1");
        }
    }

    static final class EmptyView extends View {
        static final EmptyView V = new EmptyView();

        EmptyView() {
            super("");
        }
    }

    @Test
    void views() {
        assertEquals(List.of(
                C + "NoSelect (view \"no_select\"): no SELECT definition; give one, or mark the view as existing",
                C + "NamedLikeTable (view \"Orgs\"): the name is already used by table \"orgs\" (SQLite ignores the case of ASCII letters in"
                        + " names), declared at " + C + "Orgs (table \"orgs\")",
                C + "Twice (view \"twice\"): declared twice; each view needs its own name",
                C + "EmptyView (view \"\"): the view name is empty"),
                problems(Orgs.ORGS, NoSelect.V, NamedLikeTable.V, Twice.A, Twice.B, EmptyView.V));
        assertEquals(List.of("view \"v\": no SELECT definition; give one, or mark the view as existing"),
                assertThrows(SchemaException.class, () -> SchemaValidator.validate(
                        new SchemaDef(List.of(), List.of(new ViewDef("v", null, false, null))))).problems());
    }

    // ---------------------------------------------------------------- all at once, identifiers

    @Test
    void allProblemsAreReportedTogether() {
        SchemaException e = assertThrows(SchemaException.class, () -> SchemaCollector.collect(List.of(Reserved.T, NoColumns.T, TwoPks.T)));
        assertEquals(3, e.problems().size());
        assertEquals("Invalid schema (3 problems):\n  - " + String.join("\n  - ", e.problems()), e.getMessage());
        SchemaException one = assertThrows(SchemaException.class, () -> SchemaCollector.collect(List.of(NoColumns.T)));
        assertEquals("Invalid schema: " + C + "NoColumns (table \"empty\"): the table has no columns", one.getMessage());
    }

    static final class Keywords extends Table {
        static final Keywords T = new Keywords();
        final Column select = integer("select").primaryKey().autoIncrement();
        final Column spaced = text("my column").unique();
        final Column quoted = text("say \"hi\"").references(() -> Keywords.T.spaced);
        final Column tick = text("`tick`");

        Keywords() {
            super("from \"where\"");
            index("index `x`").on(tick, quoted);
            check("check", tick.sql() + " <> ''");
        }
    }

    static final class KeywordsBad extends Table {
        static final KeywordsBad T = new KeywordsBad();
        final Column tick = integer("`tick`").references(() -> Keywords.T.tick);

        KeywordsBad() {
            super("group by");
        }
    }

    @Test
    void anyIdentifierIsValidAndNamedInMessages() {
        assertEquals(List.of("from \"where\""), SchemaCollector.collect(List.of(Keywords.T)).tableNames());
        assertEquals(List.of(
                "field KeywordsBad.tick (column \"group by\".\"`tick`\"): foreign key \"group by_`tick`_from \"where\"_`tick`_fk\":"
                        + " column \"`tick`\" is integer but references \"from \"where\"\".\"`tick`\", which is text; the types must match",
                "field KeywordsBad.tick (column \"group by\".\"`tick`\"): foreign key \"group by_`tick`_from \"where\"_`tick`_fk\""
                        + " references [`tick`] of \"from \"where\"\", which are neither its primary key nor unique;"
                        + " SQLite reports \"foreign key mismatch\" on every write. Reference the primary key, or make those columns unique"),
                problems(Keywords.T, KeywordsBad.T));
    }

    @Test
    void anonymousTablesAreNamedByTheirBinaryName() {
        Table anon = new Table("anon") {
            final Column c = integer("c").autoIncrement();
        };
        assertEquals(List.of("field ValidationTest$1.c (column \"anon\".\"c\"): autoincrement needs a single-column INTEGER primary key"
                + " (SQLite allows AUTOINCREMENT only there)"), problems(anon));
    }

    @Test
    void sourceMapNames() {
        assertEquals("table \"t\"", SourceMap.NAMES.table("t"));
        assertEquals("column \"t\".\"c\"", SourceMap.NAMES.column("t", "c"));
        SchemaValidator.validate(SchemaCollector.collect(List.of(Orgs.ORGS)));
        assertEquals(List.of(), SchemaValidator.problems(new SchemaDef(List.of(Orgs.ORGS.toDef()), List.of()), SourceMap.NAMES));
        assertEquals(List.of(new CheckDef("check", "\"`tick`\" <> ''")), Keywords.T.toDef().checks());
    }

    // ------------------------------------------------------------------------------- adversarial round 7

    static final class Posts7 extends Table {
        static final Posts7 T = new Posts7();
        final Column id = integer("id").primaryKey();

        Posts7() {
            super("posts");
        }
    }

    static final class IndexNamedLikeATable extends Table {
        static final IndexNamedLikeATable T = new IndexNamedLikeATable();
        final Column id = integer("id").primaryKey();
        final Column b = integer("b").unique();

        IndexNamedLikeATable() {
            super("t");
            index("Posts").on(id);
        }
    }

    static final class NamedLikeAnIndex extends Table {
        static final NamedLikeAnIndex T = new NamedLikeAnIndex();
        final Column id = integer("id");

        NamedLikeAnIndex() {
            super("t_b_unique");
        }
    }

    /** Accepted, then the migration failed on apply: "there is already a table named posts". */
    @Test
    void anIndexCannotHaveTheNameOfATable() {
        String rest = "; SQLite keeps tables, views and indexes under one set of names and refuses the second (\"there is already a table"
                + " named ...\"): rename the index";
        assertEquals(List.of(C + "IndexNamedLikeATable (table \"t\"): unique index \"t_b_unique\" has the name of table \"t_b_unique\"" + rest,
                C + "IndexNamedLikeATable (table \"t\"): index \"Posts\" has the name of table \"posts\"" + rest),
                problems(Posts7.T, IndexNamedLikeATable.T, NamedLikeAnIndex.T));
    }

    static final class SqlDefaults7 extends Table {
        static final SqlDefaults7 T = new SqlDefaults7();
        final Column call = integer("call").defaultSql("unixepoch()");
        final Column sum = integer("sum").defaultSql("1 + 1");
        final Column twoGroups = integer("two_groups").defaultSql("(1) + (2)");
        final Column ok1 = integer("ok1").defaultSql("(unixepoch())");
        final Column ok2 = text("ok2").defaultSql("CURRENT_TIMESTAMP");
        final Column ok3 = integer("ok3").defaultSql("-1.5e3");
        final Column ok4 = text("ok4").defaultSql("'it''s (not) 1 + 1'");
        final Column ok5 = blob("ok5").defaultSql("x'00ff'");
        final Column ok6 = text("ok6").defaultSql(" (lower('A)') || /* ) */ 'b') ");
        final Column ok7 = integer("ok7").defaultSql("NULL");

        SqlDefaults7() {
            super("sql_defaults");
        }
    }

    /** defaultSql("unixepoch()") was written as DEFAULT unixepoch(), which SQLite refuses when the migration is applied. */
    @Test
    void anSqlDefaultIsALiteralOrInParentheses() {
        String rest = " is an expression outside parentheses, which SQLite refuses in DEFAULT (\"syntax error\") while the schema is applied;"
                + " write it in parentheses: ";
        assertEquals(List.of("field SqlDefaults7.call (column \"sql_defaults\".\"call\"): the SQL default \"unixepoch()\"" + rest + "\"(unixepoch())\"",
                "field SqlDefaults7.sum (column \"sql_defaults\".\"sum\"): the SQL default \"1 + 1\"" + rest + "\"(1 + 1)\"",
                "field SqlDefaults7.twoGroups (column \"sql_defaults\".\"two_groups\"): the SQL default \"(1) + (2)\"" + rest + "\"((1) + (2))\""),
                problems(SqlDefaults7.T));
    }

    static final class OpenDefaults extends Table {
        static final OpenDefaults T = new OpenDefaults();
        final Column quote = text("quote").defaultSql("'abc");
        final Column paren = text("paren").defaultSql("(lower('A')");
        final Column closed = text("closed").defaultSql("'it''s (' || x'00')");
        final Column groups = integer("groups").defaultSql("(1) + (2");   // outside parentheses too: what is open is said first

        OpenDefaults() {
            super("open_defaults");
        }
    }

    /**
     * defaultSql("'abc") was told "an expression outside parentheses ... write it in parentheses: \"('abc)\"", which fails
     * the same way; what is left open is named instead.
     */
    @Test
    void anSqlDefaultLeavingAQuoteOrParenthesisOpenIsNamedSo() {
        String rest = ", so SQLite refuses the CREATE TABLE (\"unrecognized token\" or \"syntax error\") while the schema is applied; close it"
                + " (a text is written in single quotes, with a quote inside doubled: 'it''s')";
        assertEquals(List.of("field OpenDefaults.quote (column \"open_defaults\".\"quote\"): the SQL default \"'abc\" leaves a ' quote open" + rest,
                "field OpenDefaults.paren (column \"open_defaults\".\"paren\"): the SQL default \"(lower('A')\" leaves a ( unclosed" + rest,
                "field OpenDefaults.closed (column \"open_defaults\".\"closed\"): the SQL default \"'it''s (' || x'00')\" closes a ) never opened" + rest,
                "field OpenDefaults.groups (column \"open_defaults\".\"groups\"): the SQL default \"(1) + (2\" leaves a ( unclosed" + rest),
                problems(OpenDefaults.T));
    }

    static final class NotANumber extends Table {
        static final NotANumber T = new NotANumber();
        final Column id = integer("id");
        final Column ratio = real("ratio").defaultValue(Double.NaN);

        NotANumber() {
            super("nan");
        }
    }

    static final class ObjectDefault extends Table {
        static final ObjectDefault T = new ObjectDefault();
        final Column id = integer("id");
        final Column thing = text("thing").defaultValue(new StringBuilder("x").append('y').chars().boxed().toList().getClass());

        ObjectDefault() {
            super("object_default");
        }
    }

    /** A literal default with no SQL form escaped as a bare IllegalArgumentException ("got NaN"), naming neither class nor field. */
    @Test
    void aDefaultWithNoSqlFormNamesItsField() {
        assertEquals(List.of("field NotANumber.ratio (column \"nan\".\"ratio\"): the default NaN has no SQL literal (a default must be a finite"
                + " number); leave the default out, or give it as SQL, e.g. defaultSql(\"(9e999)\") for Infinity",
                "field ObjectDefault.thing (column \"object_default\".\"thing\"): cannot use a java.lang.Class as a default; use a string, number,"
                + " boolean, Instant, Map or List, or defaultSql(...)"),
                problems(NotANumber.T, ObjectDefault.T));
    }

    static final class ToOutside extends Table {
        static final ToOutside T = new ToOutside();
        final Column orgId = integer("org_id").references(() -> Orgs7.T.id);

        ToOutside() {
            super("to_outside");
        }
    }

    static final class Orgs7 extends Table {
        static final Orgs7 T = new Orgs7();
        final Column id = integer("id").primaryKey();

        Orgs7() {
            super("orgs7");
        }
    }

    /** A reference to a table class of a package not in <schema> said "not in the schema" without the class or the fix. */
    @Test
    void aReferenceToATableOutsideTheLoadedPackagesNamesItsClass() {
        assertEquals(List.of("field ToOutside.orgId (column \"to_outside\".\"org_id\"): foreign key \"to_outside_org_id_orgs7_id_fk\" references table"
                + " \"orgs7\", which is not in the schema; class dev.godwit.schema.ValidationTest$Orgs7 declares it, outside the packages in"
                + " <schema> / -Ddb.schema: add its package there"), problems(ToOutside.T));
    }

    static final class ReservedIndex extends Table {
        static final ReservedIndex T = new ReservedIndex();
        final Column id = integer("id");

        ReservedIndex() {
            super("reserved_index");
            index("SQLite_by_id").on(id);
        }
    }

    static final class ReservedView extends View {
        static final ReservedView V = new ReservedView();

        ReservedView() {
            super("sqlite_report", "select 1");
        }
    }

    /** Only a table name was checked: an index or view named sqlite_... failed on apply ("object name reserved for internal use"). */
    @Test
    void indexAndViewNamesStartingWithSqliteAreRefused() {
        assertEquals(List.of(C + "ReservedIndex (table \"reserved_index\"): index \"SQLite_by_id\": the name is reserved by SQLite (names starting"
                        + " with sqlite_); choose another name",
                C + "ReservedView (view \"sqlite_report\"): the name is reserved by SQLite (names starting with sqlite_); choose another name"),
                problems(ReservedIndex.T, ReservedView.V));
    }

    static final class Owners8 extends Table {
        static final Owners8 T = new Owners8();
        final Column id = integer("id").primaryKey();

        Owners8() {
            super("owners");
        }
    }

    static final class Pets8 extends Table {
        static final Pets8 T = new Pets8();
        final Column id = integer("id").primaryKey();
        final Column ownerId = Owners8.T.id;   // meant: integer("owner_id").references(() -> Owners8.T.id)
        final Column name = text("name");

        Pets8() {
            super("pets");
        }
    }

    /**
     * A field holding another table's column declared nothing: "pets" was generated without "owner_id" and nobody was told.
     * Now refused, naming the class, the field, the table the column belongs to, and what to write.
     */
    @Test
    void aFieldHoldingAnotherTablesColumnIsRefused() {
        assertEquals(List.of(C + "Pets8 (table \"pets\"): field ownerId holds column \"owners\".\"id\" of another table (" + C
                + "Owners8), so it declares no column of \"pets\"; a field declares a column of its own table: write"
                + " integer(\"owner_id\"), with .references(() -> Owners8.T.id) if a foreign key to \"owners\".\"id\" was meant"),
                problems(Owners8.T, Pets8.T));
    }

    static final class Letters8 extends Table {
        static final Letters8 T = new Letters8();
        final Column id = integer("id").primaryKey();
        final Column grade = text("grade").notNull().defaultValue('A');
        final Column quote = column("quote", "varchar(1)").defaultValue('\'');

        Letters8() {
            super("letters");
        }
    }

    static final class CharOnInteger8 extends Table {
        static final CharOnInteger8 T = new CharOnInteger8();
        final Column id = integer("id").primaryKey();
        final Column level = integer("level").defaultValue('x');

        CharOnInteger8() {
            super("char_on_integer");
        }
    }

    /** defaultValue('A') (a Character) was refused as "cannot use a java.lang.Character"; on a text column it is the text 'A'. */
    @Test
    void aCharDefaultIsOneCharacterOfTextOnATextColumn() {
        TableDef letters = SchemaCollector.collect(List.of(Letters8.T)).table("letters").orElseThrow();
        assertEquals(dev.godwit.schema.model.DefaultValue.string("A"), letters.column("grade").orElseThrow().defaultValue());
        assertEquals("'A'", letters.column("grade").orElseThrow().defaultValue().sql());
        assertEquals("''''", letters.column("quote").orElseThrow().defaultValue().sql());
        assertEquals(List.of("field CharOnInteger8.level (column \"char_on_integer\".\"level\"): the char default 'x' is text, but the column is"
                + " integer; give a number (defaultValue(120) for the code of 'x'), or a text column for the character"),
                problems(CharOnInteger8.T));
    }

    static final class Labels9 extends Table {
        static final Labels9 T = new Labels9();
        final Column id = integer("id").primaryKey();
        final Column name = text("name").autoIncrement();   // invalid, to see which field an error names
        final Column title = name;                          // an alias of this table's own column

        Labels9() {
            super("labels");
            index("labels_title_idx").on(title);
        }
    }

    static final class Labels9Plain extends Table {
        static final Labels9Plain T = new Labels9Plain();
        final Column id = integer("id").primaryKey();
        final Column name = text("name");

        Labels9Plain() {
            super("labels");
            index("labels_title_idx").on(name);
        }
    }

    static final class Labels9Alias extends Table {
        static final Labels9Alias T = new Labels9Alias();
        final Column id = integer("id").primaryKey();
        final Column name = text("name");
        final Column title = name;

        Labels9Alias() {
            super("labels");
            index("labels_title_idx").on(title);
        }
    }

    /**
     * Two fields holding one column of their own table (an old field name kept as an alias) declare it once: the model, and so
     * the SQL and the snapshot, are those of the table without the alias. Accepted; but an error about the column named the
     * alias (the last field reflection met), sending the reader to a line that declares nothing. It now names the field that
     * declares the column.
     */
    @Test
    void aFieldAliasingItsOwnTablesColumnDeclaresItOnceAndErrorsNameTheDeclaringField() {
        assertEquals(SchemaCollector.collect(List.of(Labels9Plain.T)), SchemaCollector.collect(List.of(Labels9Alias.T)));
        assertEquals(List.of("field Labels9.name (column \"labels\".\"name\"): autoincrement needs a single-column INTEGER primary key"
                + " (SQLite allows AUTOINCREMENT only there)"), problems(Labels9.T));
    }

    static final class PkTwice extends Table {
        static final PkTwice T = new PkTwice();
        final Column a = integer("a");
        final Column b = integer("b");

        PkTwice() {
            super("pk_twice");
            primaryKey(a, a);   // meant (a, b)
        }
    }

    /** SQLite takes PRIMARY KEY(a, a) as the key of a alone, so rows the schema meant to allow would be refused. */
    @Test
    void aCompositePrimaryKeyNamingAColumnTwiceIsRefused() {
        List<String> problems = problems(PkTwice.T);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).endsWith("primary key \"pk_twice_a_a_pk\" names column \"a\" twice; list each column once"), problems.get(0));
    }

    static final class ModeDefaults extends Table {
        static final ModeDefaults T = new ModeDefaults();
        final Column id = integer("id").primaryKey();
        final Column active = integer("active").mode(ColumnMode.BOOLEAN).notNull().defaultValue("true");
        final Column flag = integer("flag").mode(ColumnMode.BOOLEAN).defaultValue(2);
        final Column at = integer("at").mode(ColumnMode.TIMESTAMP).defaultValue("2024-01-01");
        final Column meta = text("meta").mode(ColumnMode.JSON).defaultValue("{a: 1}");
        // values of the mode: kept
        final Column on = integer("on").mode(ColumnMode.BOOLEAN).defaultValue(true);
        final Column one = integer("one").mode(ColumnMode.BOOLEAN).defaultValue(1);
        final Column oneText = integer("one_text").mode(ColumnMode.BOOLEAN).defaultValue("1");
        final Column sqlFlag = integer("sql_flag").mode(ColumnMode.BOOLEAN).defaultSql("(1 = 1)");
        final Column epoch = integer("epoch").mode(ColumnMode.TIMESTAMP_MS).defaultValue(java.time.Instant.EPOCH);
        final Column secondsText = integer("seconds_text").mode(ColumnMode.TIMESTAMP).defaultValue("1700000000");
        final Column now = integer("now").mode(ColumnMode.TIMESTAMP).defaultSql("(unixepoch())");
        final Column tags = text("tags").mode(ColumnMode.JSON).defaultValue("[]");
        final Column settings = text("settings").mode(ColumnMode.JSON).defaultValue(java.util.Map.of("a", 1));
        final Column word = text("word").mode(ColumnMode.JSON).defaultValue("\"it's\"");

        ModeDefaults() {
            super("mode_defaults");
        }
    }

    /**
     * A literal default that is no value of the column's mode was written as given and read wrong in every row that took it
     * (drizzle-orm reads the boolean 'true' as false, the timestamp '2024-01-01' as an invalid date, and JSON.parse throws on
     * '{a: 1}'); drizzle's TypeScript types refuse them, the Java DSL took any Object.
     */
    @Test
    void aLiteralDefaultThatIsNoValueOfTheColumnsModeIsRefused() {
        List<String> p = problems(ModeDefaults.T);
        assertEquals(4, p.size(), String.join("\n", p));
        assertTrue(p.get(0).startsWith("field ModeDefaults.active (column \"mode_defaults\".\"active\"): the default 'true' is no boolean, and mode"
                + " boolean reads every value but 1 as false (the text 'true' is stored as it is); write defaultValue(true) or defaultValue(false)"), p.get(0));
        assertTrue(p.get(1).startsWith("field ModeDefaults.flag (column \"mode_defaults\".\"flag\"): the default 2 is no boolean"), p.get(1));
        assertTrue(p.get(2).startsWith("field ModeDefaults.at (column \"mode_defaults\".\"at\"): the default '2024-01-01' is text, but mode timestamp"
                + " reads the column as a number of seconds since 1970"), p.get(2));
        assertTrue(p.get(3).startsWith("field ModeDefaults.meta (column \"mode_defaults\".\"meta\"): the default '{a: 1}' is no JSON"), p.get(3));
    }

    static final class EnumDefaults extends Table {
        static final EnumDefaults T = new EnumDefaults();
        final Column id = integer("id").primaryKey();
        final Column status = text("status").enumValues("a", "b").notNull().defaultValue("c");
        final Column level = text("level").enumValues("1", "2").defaultValue(3);
        // one of the values: kept
        final Column kept = text("kept").enumValues("a", "b").defaultValue("b");
        final Column number = text("number").enumValues("1", "2").defaultValue(2);
        final Column byDefault = text("by_default").enumValues("a", "b").defaultSql("(lower('A'))");
        final Column none = text("none").enumValues("a", "b");

        EnumDefaults() {
            super("enum_defaults");
        }
    }

    /**
     * A literal default that is none of the enum's values was written as given (the enum adds no CHECK), and drizzle-orm then
     * read a value its TypeScript type says cannot be; drizzle's types refuse it, the Java DSL took it.
     */
    @Test
    void aLiteralDefaultOutsideTheEnumIsRefusedNamingTheValues() {
        List<String> p = problems(EnumDefaults.T);
        assertEquals(2, p.size(), String.join("\n", p));
        assertTrue(p.get(0).startsWith("field EnumDefaults.status (column \"enum_defaults\".\"status\"): the default 'c' is none of the enum's"
                + " values ('a', 'b')"), p.get(0));
        assertTrue(p.get(1).startsWith("field EnumDefaults.level (column \"enum_defaults\".\"level\"): the default 3 is none of the enum's"
                + " values ('1', '2')"), p.get(1));
    }

    static final class WrongTypeDefaults extends Table {
        static final WrongTypeDefaults T = new WrongTypeDefaults();
        final Column id = integer("id").primaryKey();
        final Column n = integer("n").defaultValue("abc");
        final Column t = text("t").defaultValue(true);
        final Column r = real("r").defaultValue("1,5");
        final Column flag = real("flag").defaultValue(false);
        final Column meta = text("meta").mode(ColumnMode.JSON).defaultValue(true);
        final Column list = integer("list").defaultValue(List.of(1, 2));
        final Column blobFlag = blob("blob_flag").defaultValue(true);
        final Column bigWord = blob("big_word").mode(ColumnMode.BIGINT).defaultValue("abc");
        final Column numericFlag = numeric("numeric_flag").defaultValue(true);
        final Column numericWord = numeric("numeric_word").mode(ColumnMode.NUMBER).defaultValue("abc");
        final Column bigHalf = numeric("big_half").mode(ColumnMode.BIGINT).defaultValue(1.5);
        final Column custom = column("custom", "bigint").defaultValue("abc");
        // values of the column's type, and SQL defaults: kept
        final Column numberText = integer("number_text").defaultValue("42");
        final Column realText = real("real_text").defaultValue(" 2.5 ");
        final Column handMade = integer("hand_made").defaultSql("'abc'");
        final Column textFlag = text("text_flag").defaultSql("true");
        final Column word = text("word").defaultValue("true");
        final Column number = text("number").defaultValue(3);
        final Column bytes = blob("bytes").defaultValue(new byte[] {1});
        final Column big = blob("big").mode(ColumnMode.BIGINT).defaultValue(7);
        final Column jsonBlob = blob("json_blob").mode(ColumnMode.JSON).defaultValue("{\"a\": 1}");
        final Column on = integer("on").defaultValue(true);
        final Column odd = column("odd", "varchar").defaultValue(true);
        final Column raw = blob("raw").defaultValue("abc");   // blob has no affinity: it holds any value (drizzle's oracle cases have these)
        final Column size = blob("size").defaultValue(7);

        WrongTypeDefaults() {
            super("wrong_type_defaults");
        }
    }

    /**
     * integer("n").defaultValue("abc") was stored as DEFAULT 'abc' (text in every row of a number column) and
     * text("t").defaultValue(true) as the text '1'; drizzle's TypeScript types refuse both. A default of the column's type, or
     * the same value given as SQL (how a database made by hand keeps it), is kept.
     */
    @Test
    void aLiteralDefaultOfAnotherTypeThanTheColumnIsRefusedNamingTheSqlForm() {
        List<String> p = problems(WrongTypeDefaults.T);
        String at = "field WrongTypeDefaults.";
        assertEquals(List.of(
                at + "n (column \"wrong_type_defaults\".\"n\"): the default \"abc\" is text, but the column is integer, so every row that"
                        + " leaves the column out holds the text 'abc' where the application reads a number; give a number (defaultValue(1)), or,"
                        + " if the text is really meant (as in a database made by hand), defaultSql(\"'abc'\")",
                at + "t (column \"wrong_type_defaults\".\"t\"): the default true is a boolean, but the column is text, and SQLite stores true"
                        + " as 1, so every row that leaves the column out holds the text '1'; give the text meant (defaultValue(\"true\")), or,"
                        + " if that is really meant, defaultSql(\"true\")",
                at + "r (column \"wrong_type_defaults\".\"r\"): the default \"1,5\" is text, but the column is real, so every row that"
                        + " leaves the column out holds the text '1,5' where the application reads a number; give a number (defaultValue(1.5)),"
                        + " or, if the text is really meant (as in a database made by hand), defaultSql(\"'1,5'\")",
                at + "flag (column \"wrong_type_defaults\".\"flag\"): the default false is a boolean, but the column is real, and SQLite"
                        + " stores false as the number 0; give the value meant (defaultValue(0.0)), or, if the number is really meant,"
                        + " defaultSql(\"false\")",
                at + "meta (column \"wrong_type_defaults\".\"meta\"): the default true is a boolean, but the column is text in mode json,"
                        + " and SQLite stores true as 1, so every row that leaves the column out holds the text '1'; give the text meant"
                        + " (defaultValue(\"true\")), or, if that is really meant, defaultSql(\"true\")",
                at + "list (column \"wrong_type_defaults\".\"list\"): the default \"[1,2]\" is text, but the column is integer, so every"
                        + " row that leaves the column out holds the text '[1,2]' where the application reads a number; give a number"
                        + " (defaultValue(1)), or, if the text is really meant (as in a database made by hand), defaultSql(\"'[1,2]'\")",
                at + "blobFlag (column \"wrong_type_defaults\".\"blob_flag\"): the default true is a boolean, but the column is blob, and"
                        + " SQLite stores true as the number 1, not bytes; give the bytes meant (defaultValue(new byte[] {1})), or, if the number"
                        + " is really meant, defaultSql(\"true\")",
                at + "bigWord (column \"wrong_type_defaults\".\"big_word\"): the default \"abc\" is no integer, but the column is blob in mode"
                        + " bigint, which drizzle-orm reads with BigInt(...), so every row that leaves the column out fails to read; give an"
                        + " integer (defaultValue(1)), or, if the value is really meant, defaultSql(\"'abc'\")",
                at + "numericFlag (column \"wrong_type_defaults\".\"numeric_flag\"): the default true is a boolean, but the column is"
                        + " numeric, and SQLite stores true as the number 1; give the value meant (defaultValue(1)), or, if the number is really"
                        + " meant, defaultSql(\"true\")",
                at + "numericWord (column \"wrong_type_defaults\".\"numeric_word\"): the default \"abc\" is text, but the column is numeric in"
                        + " mode number, so every row that leaves the column out holds the text 'abc' where the application reads a number; give"
                        + " a number (defaultValue(1)), or, if the text is really meant (as in a database made by hand), defaultSql(\"'abc'\")",
                at + "bigHalf (column \"wrong_type_defaults\".\"big_half\"): the default 1.5 is no integer, but the column is numeric in mode"
                        + " bigint, which drizzle-orm reads with BigInt(...), so every row that leaves the column out fails to read; give an"
                        + " integer (defaultValue(1)), or, if the value is really meant, defaultSql(\"1.5\")",
                at + "custom (column \"wrong_type_defaults\".\"custom\"): the default \"abc\" is text, but the column is bigint, so every row"
                        + " that leaves the column out holds the text 'abc' where the application reads a number; give a number"
                        + " (defaultValue(1)), or, if the text is really meant (as in a database made by hand), defaultSql(\"'abc'\")"), p);
    }

    static final class FittingDefaults extends Table {
        static final FittingDefaults T = new FittingDefaults();
        final Column id = integer("id").primaryKey();
        final Column numberText = integer("number_text").defaultValue("42");
        final Column handMade = integer("hand_made").defaultSql("'abc'");
        final Column textFlag = text("text_flag").defaultSql("true");
        final Column word = text("word").defaultValue("true");
        final Column number = text("number").defaultValue(3);
        final Column bytes = blob("bytes").defaultValue(new byte[] {1});
        final Column big = blob("big").mode(ColumnMode.BIGINT).defaultValue(7);
        final Column on = integer("on").defaultValue(true);
        final Column odd = column("odd", "varchar").defaultValue(true);
        final Column raw = blob("raw").defaultValue("abc");
        final Column size = blob("size").defaultValue(7);
        final Column jsonFlag = blob("json_flag").mode(ColumnMode.JSON).defaultValue(true);
        final Column numericText = numeric("numeric_text").defaultValue("abc");   // drizzle's numeric() is mode string: any text
        final Column numericBig = numeric("numeric_big").mode(ColumnMode.BIGINT).defaultValue("9007199254740993");
        final Column customNumber = column("custom_number", "double").defaultValue("2.5");
        final Column customText = column("custom_text", "varchar(8)").defaultValue(true);
        // INTEGER affinity by SQLite's rule (the name holds "INT"), but no number type: the text is stored and meant as text
        final Column interval = column("retry", "interval").defaultValue("1 day");
        final Column point = column("spot", "point").defaultValue("(0,0)");

        FittingDefaults() {
            super("fitting_defaults");
        }
    }

    /**
     * What the check above keeps: SQL defaults as written, a number's text on a number column (SQLite stores it as the number),
     * types the DSL has no builder for, and any literal on a blob column (SQLite gives blob no affinity).
     */
    @Test
    void aDefaultOfTheColumnsTypeOrGivenAsSqlIsKept() {
        TableDef t = SchemaCollector.collect(List.of(FittingDefaults.T)).table("fitting_defaults").orElseThrow();
        assertEquals("'abc'", t.column("hand_made").orElseThrow().defaultValue().sql());
        assertEquals("true", t.column("text_flag").orElseThrow().defaultValue().sql());
        assertEquals("'true'", t.column("word").orElseThrow().defaultValue().sql());
        assertEquals("'42'", t.column("number_text").orElseThrow().defaultValue().sql());
        assertEquals("x'01'", t.column("bytes").orElseThrow().defaultValue().sql());
        assertEquals("'abc'", t.column("raw").orElseThrow().defaultValue().sql());
        assertEquals("7", t.column("size").orElseThrow().defaultValue().sql());
        assertEquals("'abc'", t.column("numeric_text").orElseThrow().defaultValue().sql());
        assertEquals("'9007199254740993'", t.column("numeric_big").orElseThrow().defaultValue().sql());
        assertEquals("'2.5'", t.column("custom_number").orElseThrow().defaultValue().sql());
        assertEquals("true", t.column("custom_text").orElseThrow().defaultValue().sql());
        assertEquals("'1 day'", t.column("retry").orElseThrow().defaultValue().sql());
        assertEquals("'(0,0)'", t.column("spot").orElseThrow().defaultValue().sql());
        assertTrue(t.column("json_flag").orElseThrow().defaultValue() != null);
    }

    // --------------------------------------------------------------------------- column(name, sqlType)

    static final class OddTypes extends Table {
        static final OddTypes T = new OddTypes();
        final Column id = integer("id").primaryKey();
        final Column code = column("code", "varchar(20");
        final Column slug = column("slug", "text primary key");
        final Column note = column("note", "text not null");
        final Column extra = column("extra", "text, extra2 int");
        final Column quote = column("quote", "text'");
        final Column collateOnly = column("collate_only", "text collate");
        final Column reserved = column("reserved", "text select");

        OddTypes() {
            super("odd_types");
        }
    }

    static final class GoodTypes extends Table {
        static final GoodTypes T = new GoodTypes();
        final Column id = integer("id").primaryKey();
        final Column a = column("a", "varchar(20)");
        final Column b = column("b", "decimal( 10 , 2 )");
        final Column c = column("c", "unsigned big int");
        final Column d = column("d", "text collate nocase");
        final Column e = column("e", "varchar(8)COLLATE \"rtrim\"");
        final Column f = column("f", "double precision");
        final Column g = column("g", "\"my type\"(-5)");
        final Column h = column("h", "TEXT COLLATE NOCASE COLLATE RTRIM");

        GoodTypes() {
            super("good_types");
        }
    }

    /**
     * column(name, sqlType) wrote its text into CREATE TABLE as given: "varchar(20" or a stray quote made a migration that failed
     * when applied, and "text primary key" (beside the id's key: "more than one primary key"), "text not null" or "text, extra2 int"
     * declared a key, a NOT NULL or a whole column the schema and its snapshot did not know. Refused, naming the field and what
     * to write; SQLite's type names (several words, (n) or (n, m), COLLATE) are taken as before.
     */
    @Test
    void aColumnTypeThatIsNoSqliteTypeNameIsRefusedNamingItsField() {
        List<String> p = problems(OddTypes.T);
        String notAType = "), so the CREATE TABLE written with it would fail when applied, or declare what the schema does not know; write names,"
                + " then an optional (n) or (n, m), then an optional COLLATE, e.g. \"varchar(20)\", \"decimal(10, 2)\", \"text collate nocase\"";
        assertEquals(List.of(
                "field OddTypes.code (column \"odd_types\".\"code\"): the type \"varchar(20\" is no SQLite type name (its ( is not closed after one"
                        + " or two numbers" + notAType,
                "field OddTypes.slug (column \"odd_types\".\"slug\"): the type \"text primary key\" holds PRIMARY, which starts a column constraint in"
                        + " SQLite: the CREATE TABLE would declare what the schema (and so its snapshot and later migrations) does not know. Give the"
                        + " type alone (\"text\") and declare the constraint with .primaryKey()",
                "field OddTypes.note (column \"odd_types\".\"note\"): the type \"text not null\" holds NOT, which starts a column constraint in"
                        + " SQLite: the CREATE TABLE would declare what the schema (and so its snapshot and later migrations) does not know. Give the"
                        + " type alone (\"text\") and declare the constraint with .notNull()",
                "field OddTypes.extra (column \"odd_types\".\"extra\"): the type \"text, extra2 int\" is no SQLite type name (of \", extra2 int\""
                        + " after the type" + notAType,
                "field OddTypes.quote (column \"odd_types\".\"quote\"): the type \"text'\" is no SQLite type name (of \"'\" after the type" + notAType,
                "field OddTypes.collateOnly (column \"odd_types\".\"collate_only\"): the type \"text collate\" is no SQLite type name (its COLLATE"
                        + " names no collation" + notAType,
                "field OddTypes.reserved (column \"odd_types\".\"reserved\"): the type \"text select\" holds SELECT, a keyword SQLite reserves,"
                        + " which no type name may hold: the CREATE TABLE would fail when applied (near \"select\": syntax error). Give the type"
                        + " without it (\"text\"), or, if the word is really part of the type's name, quote it (\"text \\\"select\\\"\")"), p);
        SchemaDef good = SchemaCollector.collect(List.of(GoodTypes.T));
        assertEquals(List.of("integer", "varchar(20)", "decimal( 10 , 2 )", "unsigned big int", "text collate nocase", "varchar(8)COLLATE \"rtrim\"",
                "double precision", "\"my type\"(-5)", "TEXT COLLATE NOCASE COLLATE RTRIM"),
                good.tables().get(0).columns().stream().map(ColumnDef::type).toList());
    }
}
