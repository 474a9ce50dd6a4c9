package dev.godwit.engine.preflight;

import static dev.godwit.engine.preflight.PreflightTestFiles.passes;
import static dev.godwit.engine.preflight.PreflightTestFiles.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.folder.Migration;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red team (round 52): renaming some values of a column with a CASE, {@code UPDATE accounts SET plan = CASE WHEN plan = 'basic'
 * THEN 'starter' WHEN plan = 'pro' THEN 'team' END}, sets every other value ('enterprise') to NULL, the CASE having no ELSE. An
 * UPDATE is written on purpose, and db:apply -Dlocal passed it as "no rows removed or rewritten" while a paying customer lost his
 * plan. On a local file's real rows, the values no WHEN matched that it emptied are refused, as a backfill's subquery is.
 */
class NulledByCaseTest {

    @TempDir
    Path dir;

    private Path file() {
        return PreflightTestFiles.file(dir, "CREATE TABLE accounts (id integer PRIMARY KEY NOT NULL, plan text, name text)",
                "INSERT INTO accounts VALUES (1, 'basic', 'a'), (2, 'pro', 'b'), (3, 'enterprise', 'c'), (4, NULL, 'd')");
    }

    private Migration migration(String sql) {
        return PreflightTestFiles.migration(dir, "0001_plans", sql);
    }

    @Test
    void aCaseWithoutElseThatMatchesNoWhenForSomeRowsIsRefused() {
        Path f = file();
        String said = refusal(f, migration("UPDATE accounts SET plan = CASE WHEN plan = 'basic' THEN 'starter' WHEN plan = 'pro' THEN 'team' END;"));
        assertTrue(said.contains("\"accounts\".\"plan\": 1 of 4 values set to NULL (the UPDATE sets the column to a CASE without ELSE"), said);
        assertTrue(said.contains("end it with ELSE plan"), said);
        // the simple CASE too, led by a WITH, beside another column
        said = refusal(f, migration("WITH x AS (SELECT 1) UPDATE accounts SET name = upper(name), plan = CASE plan WHEN 'basic' THEN 'starter' END WHERE id > 0;"));
        assertTrue(said.contains("\"accounts\".\"plan\": 2 of 4 values set to NULL (the UPDATE sets the column to a CASE without ELSE"), said);
    }

    @Test
    void oneWithAnElseOrAWhereOrANullMeantPasses() {
        Path f = file();
        for (String sql : List.of(
                "UPDATE accounts SET plan = CASE WHEN plan = 'basic' THEN 'starter' WHEN plan = 'pro' THEN 'team' ELSE plan END;",
                "UPDATE accounts SET plan = CASE WHEN plan = 'basic' THEN 'starter' WHEN plan = 'pro' THEN 'team' END WHERE plan IN ('basic', 'pro');",
                // a NULL a WHEN asks for is meant
                "UPDATE accounts SET plan = CASE WHEN plan = 'enterprise' THEN NULL WHEN plan = 'basic' THEN 'starter' WHEN plan = 'pro' THEN 'team' END;",
                "UPDATE accounts SET plan = coalesce(CASE WHEN plan = 'basic' THEN 'starter' END, plan);",
                // declared
                "-- godwit:accept-data-loss accounts\nUPDATE accounts SET plan = CASE WHEN plan = 'basic' THEN 'starter' END;",
                // a nested CASE's ELSE is not the outer one's, but the outer one has its own
                "UPDATE accounts SET plan = CASE WHEN plan = 'basic' THEN CASE WHEN id = 1 THEN 'starter' ELSE 'x' END ELSE plan END;")) {
            passes(f, migration(sql));
        }
    }

    @Test
    void onlyABareCaseWithoutItsOwnElseIsRead() {
        Set<String> accounts = Set.of("accounts");
        assertEquals(Set.of("plan"), StatementText.caseWithoutElseSets("UPDATE OR IGNORE main.accounts SET name = 'x', plan = CASE WHEN id = 1 THEN"
                + " CASE WHEN id = 2 THEN 'a' ELSE 'b' END END WHERE 1", accounts).keySet());
        assertEquals(Set.of(), StatementText.caseWithoutElseSets("UPDATE accounts SET plan = CASE WHEN id = 1 THEN 'a' END || 'x'", accounts).keySet());
        assertEquals(Set.of(), StatementText.caseWithoutElseSets("UPDATE accounts SET plan = CASE WHEN id = 1 THEN 'a' ELSE NULL END", accounts).keySet());
        assertEquals(Set.of(), StatementText.caseWithoutElseSets("UPDATE customers SET plan = CASE WHEN id = 1 THEN 'a' END", accounts).keySet());
    }
}
