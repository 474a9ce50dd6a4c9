package dev.godwit.engine.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.schema.model.CheckDef;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.TableDef;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whether a CHECK is the rule the rows already passed (kept) or a new one is decided once ({@code KeptChecks}), for both of
 * db:generate's warnings: the planner's retype warning names a kept CHECK over a retyped column ("unless the converted values pass
 * it"), the "New CHECK" warning a new one ("rows already breaking it"). They disagreed: a CHECK only renamed over a retyped column
 * was "New" (the rows passed it) and the retype did not name it; a CHECK whose old text named, as something else, the name a rename
 * gives a column was both; a widened CHECK (an IN list grown, a bound relaxed) was "New" though every row passed the narrower one.
 * Each is tried on SQLite where a row's fate is claimed.
 */
class ChecksOverChangedColumnsTest {

    static final String FAILS = " make db:apply fail at this migration, which then changes nothing (its pre-flight finds such rows in a local file"
            + " before applying anything, not on D1)";

    @TempDir
    Path dir;

    final Generator generator = new Generator(Clock.fixed(Instant.ofEpochMilli(1_800_000_000_000L), ZoneOffset.UTC), new Random(1));

    static TableDef t(List<ColumnDef> columns, CheckDef... checks) {
        return new TableDef("t", columns, null, List.of(), List.of(), List.of(checks), null);
    }

    static ColumnDef id() {
        return ColumnDef.of("id", "integer").withPrimaryKey(true);
    }

    static List<ColumnDef> x(String type) {
        return List.of(id(), ColumnDef.of("x", type));
    }

    /** The warnings of the step from {@code before} to {@code after} (the "Rebuilding" notice aside), and the folder it was written to. */
    private GeneratedStep step(String name, TableDef before, TableDef after) {
        return GeneratedStep.of(generator, dir.resolve(name), before, after);
    }

    /** Applies 0000, inserts {@code rows}, then the step in one transaction: its error (null: none) and the rows afterwards. */
    private static String applied(GeneratedStep s, String insert) throws Exception {
        return s.applied(insert, "CHECK constraint failed: \\w+", "SELECT * FROM t ORDER BY id", false);
    }

    @Test
    void aCheckOnlyRenamedOverARetypedColumnIsNamedByTheRetypeNotCalledNew() throws Exception {
        // f20_numbers_retyped_to_text_under_checks_comparing_numbers: x integer -> text under CHECK x >= 2 renamed t_x_min -> x_min
        GeneratedStep s = step("renamed", t(x("integer"), new CheckDef("t_x_min", "\"x\" >= 2")), t(x("text"), new CheckDef("x_min", "\"x\" >= 2")));
        assertEquals(List.of("\"t\".\"x\" changes type integer -> text: a number becomes a text (10 becomes '10'), which compares as text with what it"
                + " meets: 10 >= 2 held, '10' >= 2 does not. CHECK \"x_min\" reads it: unless the converted values pass it, they break it and the"
                + " migration fails (nothing changes); fix those values in a custom migration first."), s.warnings());
        assertEquals("CHECK constraint failed: x_min | 1,3;2,10", applied(s, "INSERT INTO t (x) VALUES (3), (10)"));
        assertEquals("null | 1,3", applied(s, "INSERT INTO t (x) VALUES (3)"));
        // over a column that keeps its values, a renamed CHECK has nothing to say
        assertEquals(List.of(), step("renamedOnly", t(x("integer"), new CheckDef("t_x_min", "\"x\" >= 2")),
                t(x("int"), new CheckDef("x_min", "\"x\" >= 2"))).warnings());
    }

    @Test
    void aCheckWhoseOldTextNamedTheRenamedColumnsNewNameAsSomethingElseIsNew() throws Exception {
        // x renamed to y: the old CHECK's "y" was a string (no column y), the new one's is the column, so y <> "y" fails every row
        GeneratedStep s = step("quoted", t(x("text"), new CheckDef("ck", "\"x\" <> \"y\"")),
                t(List.of(id(), ColumnDef.of("y", "integer").withRenamedFrom("x")), new CheckDef("ck", "\"y\" <> \"y\"")));
        assertEquals(List.of("New CHECK \"ck\" on \"t\" (\"y\" <> \"y\"): rows already breaking it" + FAILS
                + ". Fix those rows first, in a custom migration before this one."), s.warnings());
        assertEquals("CHECK constraint failed: ck | 1,7", applied(s, "INSERT INTO t (x) VALUES ('7')"));
        // x renamed to abs: abs(...) is the function still, so the CHECK is the one the rows passed; its retype names it
        GeneratedStep f = step("function", t(x("text"), new CheckDef("ck", "abs(\"x\") > 1")),
                t(List.of(id(), ColumnDef.of("abs", "integer").withRenamedFrom("x")), new CheckDef("ck", "abs(\"abs\") > 1")));
        assertEquals(List.of("\"t\".\"abs\" changes type text -> integer: a text that reads as a number becomes that number ('007' becomes 7). CHECK"
                + " \"ck\" reads it: unless the converted values pass it, they break it and the migration fails (nothing changes); fix those values"
                + " in a custom migration first."), f.warnings());
        assertEquals("null | 1,7", applied(f, "INSERT INTO t (x) VALUES ('7')"));
    }

    /**
     * x renamed to y (and retyped) while a new x appears, added NOT NULL DEFAULT 0: CHECK "ck" (x > 0) now reads the new column,
     * whose 0 breaks it, so it is new (judged on that default); CHECK "y_pos", its text following the rename, is kept and named by
     * y's retype. (Two columns swapping names, or a rename onto a dropped column's name, are refused before any warning.)
     */
    @Test
    void aCheckReadingANameARenameGaveUpReadsTheNewColumn() throws Exception {
        GeneratedStep s = step("givenUp", t(x("integer"), new CheckDef("ck", "\"x\" > 0"), new CheckDef("x_pos", "\"x\" >= 1")),
                t(List.of(id(), ColumnDef.of("y", "text").withRenamedFrom("x"), ColumnDef.of("x", "integer").withNotNull(true)
                        .withDefault(dev.godwit.schema.model.DefaultValue.number(0))), new CheckDef("ck", "\"x\" > 0"), new CheckDef("y_pos", "\"y\" >= 1")));
        assertEquals(List.of("\"t\".\"y\" changes type integer -> text: a number becomes a text (10 becomes '10'), which compares as text with what it"
                        + " meets: 10 >= 2 held, '10' >= 2 does not. CHECK \"y_pos\" reads it: unless the converted values pass it, they break it and the"
                        + " migration fails (nothing changes); fix those values in a custom migration first.",
                "New CHECK \"ck\" on \"t\" (\"x\" > 0): every row the table already has gets the new column's default there (\"x\" = 0), which"
                        + " breaks it, so any row" + FAILS + ". Give the column a default that passes, or add it in one migration and fill it in a custom"
                        + " one before the CHECK."), s.warnings());
        assertEquals("CHECK constraint failed: ck | 1,5", applied(s, "INSERT INTO t (x) VALUES (5)"));
    }

    @Test
    void aCheckThatOnlyLetsMoreRowsThroughIsNotNew() throws Exception {
        List<ColumnDef> cols = List.of(id(), ColumnDef.of("x", "integer"), ColumnDef.of("status", "text"));
        String[][] widened = {
                {"\"status\" IN ('new', 'paid')", "\"status\" IN ('new', 'paid', 'shipped')"},
                {"\"x\" > 0", "\"x\" >= 0"},
                {"\"x\" >= 5", "\"x\" > 3"},
                {"0 < \"x\"", "-1 < \"x\""},
                {"\"x\" <= 100 AND \"status\" <> ''", "\"x\" <= 200 AND \"status\" <> ''"},
                {"\"x\" BETWEEN 1 AND 5", "\"x\" BETWEEN 0 AND 10"},
                {"length(\"status\") BETWEEN 1 AND 5", "length(\"status\") BETWEEN 0 AND 10"},
                {"(\"x\" > 0 AND \"x\" < 5) OR \"status\" IN ('a')", "(\"x\" > 0 AND \"x\" < 50) OR \"status\" IN ('a', 'b')"},
                {"\"x\" > 0", "\"x\" > 0 OR \"status\" = 'a'"},
                {"\"status\" IN ('a') OR \"x\" > 5", "\"status\" IN ('a') OR \"x\" > 5 OR \"x\" < 0"},
                {"\"x\" > 0 AND \"x\" < 10 AND \"status\" <> ''", "\"x\" < 20 AND \"x\" >= 0"},
                // arithmetic gives a number (or NULL) whatever it reads, so its bound compares as a number (not '10' < '5')
                {"\"x\" + 0 <= 5", "\"x\" + 0 <= 10"},
                {"\"status\" + 0 <= 5", "\"status\" + 0 <= 10"},
                {"length(\"status\") * 2 < 10", "length(\"status\") * 2 < 100"},
        };
        for (String[] w : widened) {
            assertEquals(List.of(), step("w" + w.hashCode(), t(cols, new CheckDef("ck", w[0])), t(cols, new CheckDef("ck", w[1]))).warnings(), w[1]);
        }
        // a column named in capitals compares as its type says: "Qty" integer, so 10 >= 5 as numbers ('10' >= '5' fails as texts)
        List<ColumnDef> upper = List.of(id(), ColumnDef.of("Qty", "integer"));
        assertEquals(List.of(), step("upper", t(upper, new CheckDef("ck", "\"Qty\" <= 5")), t(upper, new CheckDef("ck", "\"Qty\" <= 10"))).warnings());
        // tried: rows passing the old bound on an arithmetic expression (a text reading as 3, one reading as none: 0) pass the new
        GeneratedStep arithmetic = step("arithmetic", t(cols, new CheckDef("ck", "\"status\" + 0 <= 5")), t(cols, new CheckDef("ck", "\"status\" + 0 <= 10")));
        assertEquals("null | 1,1;2,2", applied(arithmetic, "INSERT INTO t (x, status) VALUES (1, '3'), (2, 'abc')"));
        // a CHECK split in two, or two joined in one (the rows passed each part)
        assertEquals(List.of(), step("split", t(cols, new CheckDef("ck", "\"x\" > 0 AND \"status\" <> ''")),
                t(cols, new CheckDef("ck_x", "\"x\" >= 0"), new CheckDef("ck_status", "\"status\" <> ''"))).warnings());
        assertEquals(List.of(), step("joined", t(cols, new CheckDef("ck_x", "\"x\" >= 0"), new CheckDef("ck_status", "\"status\" <> ''")),
                t(cols, new CheckDef("ck", "\"x\" >= 0 AND (\"status\" <> '')"))).warnings());
        // renamed column and renamed CHECK too (f20_checks_over_renamed_columns_renamed_and_widened)
        assertEquals(List.of(), step("wr", t(cols, new CheckDef("ck", "\"status\" IN ('new', 'paid')")), t(List.of(id(), ColumnDef.of("x", "integer"),
                ColumnDef.of("state", "text").withRenamedFrom("status")), new CheckDef("ck_state", "\"state\" IN ('paid', 'new', 'shipped')"))).warnings());
        String[][] notWidened = {
                {"\"status\" IN ('new', 'paid')", "\"status\" IN ('new', 'shipped')"},
                {"\"status\" NOT IN ('new', 'paid')", "\"status\" NOT IN ('new', 'paid', 'shipped')"},
                {"NOT (\"x\" > 5)", "NOT (\"x\" > 3)"},
                {"\"x\" > 0", "\"x\" > 1"},
                {"\"x\" >= 0", "\"x\" > 0"},
                {"\"x\" > 0 = 1", "\"x\" > -1 = 1"},
                {"CASE WHEN \"x\" > 5 THEN 0 ELSE 1 END", "CASE WHEN \"x\" > 3 THEN 0 ELSE 1 END"},
                {"\"x\" BETWEEN 1 AND 5", "\"x\" BETWEEN 2 AND 10"},
                {"\"status\" < 5", "\"status\" < 10"},
                {"\"x\" + 0 <= 5", "\"x\" + 0 <= 4"},
                {"-\"x\" >= 5", "-\"x\" >= 6"},
                {"\"x\" > 0 OR \"status\" = 'a'", "\"x\" > 0 AND \"status\" = 'a'"},
                {"\"status\" IN ('a')", "\"status\" IN ('a', \"x\")"},
                {"\"x\" > 0 OR \"status\" <> ''", "\"x\" > 0"},
                {"\"x\" > 0 AND \"status\" <> ''", "\"x\" > 0 AND \"status\" <> '' AND \"x\" < 9"},
        };
        for (String[] w : notWidened) {
            assertEquals(List.of("New CHECK \"ck\" on \"t\" (" + w[1] + "): rows already breaking it" + FAILS + ". Fix those rows first, in a custom"
                    + " migration before this one."), step("n" + w.hashCode(), t(cols, new CheckDef("ck", w[0])), t(cols, new CheckDef("ck", w[1]))).warnings(), w[1]);
        }
    }

    /**
     * A bound relaxed as a number may tighten as a text: a TEXT column compares 10 and 9 as '10' and '9', and '5' >= '10' but not
     * >= '9'; a function's result (length(x)) compares as a number, an integer column too.
     */
    @Test
    void aBoundRelaxedAsANumberButNotAsATextStaysNew() throws Exception {
        GeneratedStep s = step("text", t(x("text"), new CheckDef("ck", "\"x\" >= 10")), t(x("text"), new CheckDef("ck", "\"x\" >= 9")));
        assertEquals(List.of("New CHECK \"ck\" on \"t\" (\"x\" >= 9): rows already breaking it" + FAILS
                + ". Fix those rows first, in a custom migration before this one."), s.warnings());
        assertEquals("CHECK constraint failed: ck | 1,5", applied(s, "INSERT INTO t (x) VALUES ('5')"));
        // widened over a retyped column: kept, so the retype's warning names it
        GeneratedStep r = step("retyped", t(x("integer"), new CheckDef("ck", "\"x\" >= 5")), t(x("text"), new CheckDef("ck", "\"x\" >= 3")));
        assertEquals(List.of("\"t\".\"x\" changes type integer -> text: a number becomes a text (10 becomes '10'), which compares as text with what it"
                + " meets: 10 >= 2 held, '10' >= 2 does not. CHECK \"ck\" reads it: unless the converted values pass it, they break it and the"
                + " migration fails (nothing changes); fix those values in a custom migration first."), r.warnings());
        assertEquals("CHECK constraint failed: ck | 1,10", applied(r, "INSERT INTO t (x) VALUES (10)"));
    }
}
