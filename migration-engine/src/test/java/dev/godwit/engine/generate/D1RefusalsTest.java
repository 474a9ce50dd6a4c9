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
                + " function\": workerd allows only its list of SQL functions, not sqlite_version(), the JSONB functions, json_pretty(), if() or the extension"
                + " functions sqlite-jdbc adds, such as median()); write pow(), which D1 allows and does the same. db:verify and db:apply will refuse this"
                + " migration: change the schema code, then drop this migration (mvn db:drop) and generate it again", warnings.get(0));
        assertEquals(List.of(), D1Refusals.of("CREATE INDEX `squares_side_idx` ON `squares` (`side`);", "drizzle/0004_x.sql"));
    }
}
