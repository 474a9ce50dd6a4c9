package dev.godwit.engine.plan;

import static dev.godwit.engine.plan.PlannerShapesTest.col;
import static dev.godwit.engine.plan.PlannerShapesTest.exec;
import static dev.godwit.engine.plan.PlannerShapesTest.pk;
import static dev.godwit.engine.plan.PlannerShapesTest.rows;
import static dev.godwit.engine.plan.PlannerShapesTest.s;
import static dev.godwit.engine.plan.PlannerShapesTest.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.diff.RenameResolver;
import dev.godwit.engine.diff.SchemaDiffer;
import dev.godwit.schema.model.CheckDef;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Retypes the copy applies SQLite's type affinity through, under a CHECK (or a UNIQUE index, or a partial one's WHERE) the table
 * keeps: BLOB -> TEXT turns numbers into texts (10 becomes '10'), REAL -> INTEGER turns a real with no fraction into an integer
 * (5.0 becomes 5), TEXT -> BLOB keeps the values but compares them untyped ('3' <= 5 is false). db:generate said nothing of any;
 * each is tried on SQLite: the copy fails and the rows stay as they were. Where nothing the table keeps can answer otherwise, no
 * warning.
 */
class RetypesUnderChecksTest {

    private static final String FAILS = ", they break it and the migration fails (nothing changes); fix those values in a custom migration first.";

    static TableDef t(String type, CheckDef... checks) {
        return new TableDef("t", List.of(pk("id"), col("x", type)), null, List.of(), List.of(), List.of(checks), null);
    }

    static List<String> warnings(TableDef from, TableDef to) {
        return SqlitePlanner.plan(SchemaDiffer.diff(s(from), s(to), RenameResolver.NO_RENAMES)).warnings();
    }

    /** Inserts {@code values} into t.x before, applies the retype in one transaction: its error (null: none), and x's values afterwards. */
    static String applied(TableDef from, TableDef to, String values) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            ApplyMode.TRANSACTION.apply(c, sql(SchemaDef.EMPTY, s(from)));
            exec(c, "INSERT INTO t (" + (from.column("lo").isPresent() ? "x, lo, name" : "x") + ") VALUES " + values);
            String error = null;
            try {
                ApplyMode.TRANSACTION.apply(c, sql(s(from), s(to)));
            } catch (SQLException e) {
                error = e.getMessage().contains("CHECK constraint failed") ? "CHECK" : e.getMessage().contains("UNIQUE constraint failed") ? "UNIQUE" : e.getMessage();
            }
            return error + " | " + String.join(";", rows(c, "SELECT quote(x) FROM t ORDER BY id"));
        }
    }

    @Test
    void blobToTextTurnsNumbersIntoTextsUnderACheckAndMergesThemUnderAUniqueIndex() throws SQLException {
        TableDef before = t("blob", new CheckDef("t_x_big", "\"x\" > 3"));
        TableDef after = t("text", new CheckDef("t_x_big", "\"x\" > 3"));
        assertEquals(List.of("\"t\".\"x\" changes type blob -> text: a number becomes a text (10 becomes '10'), which compares as text with what it"
                + " meets: 10 >= 2 held, '10' >= 2 does not. CHECK \"t_x_big\" reads it: unless the converted values pass it" + FAILS), warnings(before, after));
        assertEquals("CHECK | 10;'abc'", applied(before, after, "(10), ('abc')"));
        // 10 and '10' are two values in an untyped column, one text after
        TableDef keyed = t("blob").withIndexes(List.of(IndexDef.onColumns("t_x_uq", List.of("x"), true, null)));
        TableDef keyedText = t("text").withIndexes(List.of(IndexDef.onColumns("t_x_uq", List.of("x"), true, null)));
        assertEquals(List.of("\"t\".\"x\" changes type blob -> text: a number and a text that reads the same become one value (10 and '10' both"
                + " become '10'). UNIQUE index \"t_x_uq\" holds it: where two rows then share a key, they break it and the migration fails (nothing"
                + " changes); make those values distinct in a custom migration first."), warnings(keyed, keyedText));
        assertEquals("UNIQUE | 10;'10'", applied(keyed, keyedText, "(10), ('10')"));
        // a blob stays a blob and a number's length is its text's: length(x) > 1 answers alike, but the values change, so it is named
        assertEquals("null | X'616263';'12'", applied(t("blob", new CheckDef("t_x_len", "length(\"x\") > 1")), t("text", new CheckDef("t_x_len",
                "length(\"x\") > 1")), "(x'616263'), (12)"));
    }

    @Test
    void realToIntegerTurnsARealWithNoFractionIntoAnIntegerUnderACheck() throws SQLException {
        String says = "\"t\".\"x\" changes type real -> integer: a real with no fraction becomes an integer (5.0 becomes 5), which computes otherwise:"
                + " 5.0 / 2 is 2.5, 5 / 2 is 2, and typeof() says 'integer'. CHECK \"ck\" reads it: unless the converted values pass it" + FAILS;
        for (String check : List.of("\"x\" / 2 > 2", "typeof(\"x\") = 'real'")) {
            TableDef before = t("real", new CheckDef("ck", check)), after = t("integer", new CheckDef("ck", check));
            assertEquals(List.of(says), warnings(before, after), check);
            assertEquals("CHECK | 5.0", applied(before, after, "(5.0)"), check);
        }
        // 2.6 has a fraction: it stays 2.6 (no rounding), so x * 2 > 5 holds after as before; 3.0 becomes 3, and 3 * 2 is 6 still
        TableDef before = t("real", new CheckDef("ck", "\"x\" * 2 > 5")), after = t("integer", new CheckDef("ck", "\"x\" * 2 > 5"));
        assertEquals("null | 2.6;3", applied(before, after, "(2.6), (3.0)"));
        // NUMERIC converts 5.0 to 5 as INTEGER does; INTEGER <-> NUMERIC store and compare alike: nothing to say
        assertEquals(List.of(says.replace("real -> integer", "real -> numeric")), warnings(before.withChecks(List.of(new CheckDef("ck", "\"x\" / 2 > 2"))),
                t("numeric", new CheckDef("ck", "\"x\" / 2 > 2"))));
        assertEquals(List.of(), warnings(t("integer", new CheckDef("ck", "\"x\" / 2 > 2")), t("numeric", new CheckDef("ck", "\"x\" / 2 > 2"))));
    }

    @Test
    void aRetypeToBlobKeepsTheValuesButComparesThemUntyped() throws SQLException {
        TableDef before = t("text", new CheckDef("ck", "\"x\" <= 5")), after = t("blob", new CheckDef("ck", "\"x\" <= 5"));
        assertEquals(List.of("\"t\".\"x\" changes type text -> blob: the values stay, but what it is compared with is no longer read as text:"
                + " '3' <= 5 held (as '3' <= '5'), and does not now (a text sorts after every number). CHECK \"ck\" reads it: unless its values pass"
                + " it so compared" + FAILS), warnings(before, after));
        assertEquals("CHECK | '3'", applied(before, after, "('3')"));
        for (String check : List.of("\"x\" IN (1, 2, 3)", "5 >= \"x\"", "\"x\" BETWEEN 1 AND 5", "\"x\" = 3 OR \"x\" IS NULL")) {
            assertEquals(1, warnings(t("text", new CheckDef("ck", check)), t("blob", new CheckDef("ck", check))).size(), check);
            assertEquals("CHECK | '3'", applied(t("text", new CheckDef("ck", check)), t("blob", new CheckDef("ck", check)), "('3')"), check);
        }
        // compared with texts, or read only by a function: the same answer
        for (String check : List.of("\"x\" IN ('a', '3')", "length(\"x\") = 1", "\"x\" <> '' AND \"x\" IS NOT NULL", "'a' <> \"x\"")) {
            assertEquals(List.of(), warnings(t("text", new CheckDef("ck", check)), t("blob", new CheckDef("ck", check))), check);
            assertEquals("null | '3'", applied(t("text", new CheckDef("ck", check)), t("blob", new CheckDef("ck", check)), "('3')"), check);
        }
        // a number column compared with a number answers alike untyped; with a text that reads as a number it does not (10 > '5')
        assertEquals(List.of(), warnings(t("integer", new CheckDef("ck", "\"x\" > 0")), t("blob", new CheckDef("ck", "\"x\" > 0"))));
        TableDef n = t("integer", new CheckDef("ck", "\"x\" > '5'")), nb = t("blob", new CheckDef("ck", "\"x\" > '5'"));
        assertEquals(List.of("\"t\".\"x\" changes type integer -> blob: the values stay, but what it is compared with is no longer read as a number:"
                + " 10 > '5' held (as 10 > 5), and does not now (a number sorts before every text). CHECK \"ck\" reads it: unless its values pass it so"
                + " compared" + FAILS), warnings(n, nb));
        assertEquals("CHECK | 10", applied(n, nb, "(10)"));
    }

    /**
     * A column in parentheses keeps its affinity ((x) <= 5 reads 5 as '5' in a TEXT column), and CASE x WHEN 3 compares x with 3
     * as x = 3 does: retyped to BLOB, each answers otherwise, and db:generate said nothing of them (the comparison was looked for
     * right beside the name only).
     */
    @Test
    void aRetypeToBlobUnderAColumnInParenthesesOrACaseOverItIsWarnedOf() throws SQLException {
        for (String check : List.of("(\"x\") <= 5", "((\"x\" COLLATE NOCASE)) <= 5", "5 >= (\"x\")", "CASE \"x\" WHEN 3 THEN 1 ELSE 0 END",
                "CASE 3 WHEN \"x\" THEN 1 ELSE 0 END", "CASE WHEN \"x\" IS NULL THEN 1 WHEN 0 THEN 0 ELSE (\"x\") IN (1, 3) END")) {
            assertEquals(1, warnings(t("text", new CheckDef("ck", check)), t("blob", new CheckDef("ck", check))).size(), check);
            assertEquals("CHECK | '3'", applied(t("text", new CheckDef("ck", check)), t("blob", new CheckDef("ck", check)), "('3')"), check);
        }
        // a function's parentheses are its own, and a CASE without a value before WHEN compares nothing with it
        for (String check : List.of("abs(\"x\") <= 5", "CASE WHEN \"x\" THEN 1 ELSE 1 END", "CASE WHEN length(\"x\") = 1 THEN 1 END")) {
            assertEquals(List.of(), warnings(t("text", new CheckDef("ck", check)), t("blob", new CheckDef("ck", check))), check);
            assertEquals("null | '3'", applied(t("text", new CheckDef("ck", check)), t("blob", new CheckDef("ck", check)), "('3')"), check);
        }
    }

    @Test
    void aRetypeToBlobUnderAPartialUniqueIndexComparingItMayTakeOtherRows() throws SQLException {
        TableDef before = new TableDef("t", List.of(pk("id"), col("code", "text"), col("x", "text")), null,
                List.of(IndexDef.onColumns("t_code_uq", List.of("code"), true, "\"x\" > 5")), List.of(), List.of(), null);
        TableDef after = before.withColumns(List.of(pk("id"), col("code", "text"), col("x", "blob")));
        assertEquals(List.of("\"t\".\"x\" changes type text -> blob: the values stay, but what it is compared with is no longer read as text:"
                + " '3' <= 5 held (as '3' <= '5'), and does not now (a text sorts after every number). UNIQUE index \"t_code_uq\" takes its rows by"
                + " it (WHERE \"x\" > 5): the values compare otherwise there, so it may take rows it left out, and where two then share a key they"
                + " break it and the migration fails (nothing changes); make those keys distinct in a custom migration first."), warnings(before, after));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            ApplyMode.TRANSACTION.apply(c, sql(SchemaDef.EMPTY, s(before)));
            exec(c, "INSERT INTO t (code, x) VALUES ('a', '7'), ('a', '30')");   // '30' > '5' is false: only '7' is in the index
            SQLException e = assertThrows(SQLException.class, () -> ApplyMode.TRANSACTION.apply(c, sql(s(before), s(after))));
            assertTrue(e.getMessage().contains("UNIQUE constraint failed"), e.getMessage());
            assertEquals(List.of("a|7", "a|30"), rows(c, "SELECT code, x FROM t ORDER BY id"));
        }
    }

    /**
     * Compared with another column of the table (one the migration leaves as it was), a column made BLOB answers as before where
     * its old affinity was TEXT (SQLite converts neither side of a TEXT or BLOB column against a TEXT or BLOB one, and gives NUMERIC to
     * it against a numeric one, before and after), or numeric against a numeric column; not a numeric one against a TEXT column
     * (3 = '3' held, as 3 = 3), nor on the left of IN against a column of another kind (IN gives the list its left side's type:
     * '3' IN (3) held as '3' IN ('3')). Each pair of affinities was tried on SQLite; these rows show it. It warned of every one.
     */
    @Test
    void aRetypeToBlobComparedWithAnotherColumnIsWarnedOfOnlyWhereTheAnswerChanges() throws SQLException {
        // each with rows the old CHECK takes: a text reading as a number against the integer column, and one that does not
        String[][] same = {
                {"\"x\" >= \"lo\"", "('5', 3, 'a'), ('a', 3, 'b')"},
                {"\"name\" <> \"x\"", "('5', 3, '05'), ('a', 3, 'b')"},
                {"\"x\" IN (\"name\", 'a')", "('5', 3, '5'), ('a', 3, 'b')"},
                {"\"x\" BETWEEN \"lo\" AND \"name\"", "('5', 3, 'a'), ('a', 3, 'b')"},
        };
        for (String[] c : same) {
            assertEquals(List.of(), warnings(two("text", c[0]), two("blob", c[0])), c[0]);
            assertEquals("null | '5';'a'", applied(two("text", c[0]), two("blob", c[0]), c[1]), c[0]);
        }
        // the other column found as SQLite finds it, whatever the letter case
        TableDef upper = new TableDef("t", List.of(pk("id"), col("x", "text"), col("Lo", "integer")), null, List.of(), List.of(),
                List.of(new CheckDef("ck", "\"x\" >= lo")), null);
        assertEquals(List.of(), warnings(upper, upper.withColumns(List.of(pk("id"), col("x", "blob"), col("Lo", "integer")))));
        assertEquals(List.of(), warnings(two("integer", "\"x\" <= \"lo\""), two("blob", "\"x\" <= \"lo\"")));
        assertEquals("null | 3", applied(two("integer", "\"x\" <= \"lo\""), two("blob", "\"x\" <= \"lo\""), "(3, 5, 'a')"));
        String in = "\"x\" IN (\"lo\")";
        assertEquals(List.of("\"t\".\"x\" changes type text -> blob: the values stay, but what it is compared with is no longer read as text:"
                + " '3' <= 5 held (as '3' <= '5'), and does not now (a text sorts after every number). CHECK \"ck\" reads it: unless its values pass"
                + " it so compared" + FAILS), warnings(two("text", in), two("blob", in)));
        assertEquals("CHECK | '3'", applied(two("text", in), two("blob", in), "('3', 3, 'a')"));
        String eq = "\"x\" = \"name\"";
        assertEquals(List.of("\"t\".\"x\" changes type integer -> blob: the values stay, but what it is compared with is no longer read as a number:"
                + " 10 > '5' held (as 10 > 5), and does not now (a number sorts before every text). CHECK \"ck\" reads it: unless its values pass it so"
                + " compared" + FAILS), warnings(two("integer", eq), two("blob", eq)));
        assertEquals("CHECK | 3", applied(two("integer", eq), two("blob", eq), "(3, 3, '3')"));
        // compared with an expression of a column (no affinity of its own), the old type converted it: '3' <= 2 + 3 held as '3' <= '5'
        String expr = "\"x\" <= \"lo\" + 2";
        assertEquals(1, warnings(two("text", expr), two("blob", expr)).size());
        assertEquals("CHECK | '3'", applied(two("text", expr), two("blob", expr), "('3', 3, 'a')"));
    }

    /** t (id, x of {@code type}, lo integer, name text) with CHECK "ck". */
    static TableDef two(String type, String check) {
        return new TableDef("t", List.of(pk("id"), col("x", type), col("lo", "integer"), col("name", "text")), null, List.of(), List.of(),
                List.of(new CheckDef("ck", check)), null);
    }
}
