package dev.godwit.engine.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A red-team: in a D1 project db:generate wrote a migration calling power() (a generated column of the schema) without a word;
 * db:verify and db:apply refused it later. db:generate now says so when it writes it.
 */
class D1RefusalsTest {

    @Test
    void aStatementD1RefusesIsNamedWithTheWayOn() {
        String sql = "CREATE TABLE `squares` (\n\t`side` integer,\n\t`area` integer GENERATED ALWAYS AS (power(\"side\", 2)) VIRTUAL\n);\n"
                + "--> statement-breakpoint\nCREATE INDEX `squares_side_idx` ON `squares` (`side`);";
        List<String> warnings = D1Refusals.of(sql, "drizzle/0003_squares.sql");
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals("drizzle/0003_squares.sql, statement 1, goes to Cloudflare D1, which refuses it:\n    CREATE TABLE `squares` (\n    \t`side` integer,\n"
                + "    \t`area` integer GENERATED ALWAYS AS (power(\"side\", 2)) VIRTUAL\n    );\n  D1 refuses the function power() (\"not authorized to use"
                + " function\": workerd allows only its list of SQL functions, not sqlite_version(), json_pretty(), if() or the extension"
                + " functions sqlite-jdbc adds, such as median()); write pow(), which D1 allows and does the same. db:verify and db:apply will refuse this"
                + " migration: change the schema code, then drop this migration (mvn db:drop) and generate it again", warnings.get(0));
        assertEquals(List.of(), D1Refusals.of("CREATE INDEX `squares_side_idx` ON `squares` (`side`);", "drizzle/0004_x.sql"));
    }

    /**
     * A red-team: in a D1 project db:generate wrote a table of 101 columns, a view of 7 UNION terms and a CHECK chaining 120 ORs
     * without a word; db:verify's replay refused the first later ("too many columns on wide ... That is D1's limit of 100 columns"),
     * telling the user to regenerate, which wrote it again. db:generate now says so when it writes it, with the limit's hint.
     */
    @Test
    void aStatementOverOneOfD1sLimitsIsNamedWithTheLimit() {
        StringBuilder wide = new StringBuilder("CREATE TABLE `wide` (\n\t`id` integer PRIMARY KEY NOT NULL");
        for (int i = 1; i <= 100; i++) wide.append(",\n\t`c").append(i).append("` integer");
        wide.append("\n);");
        StringBuilder ors = new StringBuilder();
        for (int i = 0; i < 120; i++) ors.append(i == 0 ? "" : " OR ").append("\"code\" = ").append(i);
        String checked = "CREATE TABLE `codes` (\n\t`code` integer,\n\tCONSTRAINT \"codes_known\" CHECK(" + ors + ")\n);";
        String view = "CREATE VIEW `digits` AS select 0 union select 1 union select 2 union select 3 union select 4 union select 5 union select 6;";
        String rebuild = "INSERT INTO `__new_codes`(`code`) SELECT `code` FROM `codes`;";   // fails for want of the table: no finding
        String sql = String.join("\n--> statement-breakpoint\n", wide, checked, view, rebuild, "CREATE INDEX `wide_c1_idx` ON `wide` (`c1`);");
        List<String> warnings = D1Refusals.of(sql, "drizzle/0001_wide.sql");
        assertEquals(3, warnings.size(), String.join("\n", warnings));
        org.junit.jupiter.api.Assertions.assertTrue(warnings.get(0).startsWith("drizzle/0001_wide.sql, statement 1, goes to Cloudflare D1, which refuses it:"), warnings.get(0));
        org.junit.jupiter.api.Assertions.assertTrue(warnings.get(0).contains("That is D1's limit of 100 columns per table, index, view or result"), warnings.get(0));
        org.junit.jupiter.api.Assertions.assertTrue(warnings.get(0).endsWith("change the schema code, then drop this migration (mvn db:drop) and generate it again"), warnings.get(0));
        org.junit.jupiter.api.Assertions.assertTrue(warnings.get(1).startsWith("drizzle/0001_wide.sql, statement 2,") && warnings.get(1).contains("expressions 100 deep"), warnings.get(1));
        org.junit.jupiter.api.Assertions.assertTrue(warnings.get(2).startsWith("drizzle/0001_wide.sql, statement 3,") && warnings.get(2).contains("5 terms in a compound SELECT"), warnings.get(2));
    }
}
