package dev.godwit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ReactorLog on the build.log of drop-applied's three mvn runs (run 1: db:drop with fail-at-end over three failing modules
 * and the IT project; runs 2 and 3: one project each), as Invoker wrote it, stack frames left out.
 */
class ReactorLogTest {

    private static ReactorLog log() throws IOException {
        try (InputStream in = ReactorLogTest.class.getResourceAsStream("fail-at-end-build.log")) {
            return ReactorLog.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static Map<String, String> run1Outcomes() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("refuse-applied", "FAILURE");
        expected.put("d1-unreadable", "FAILURE");
        expected.put("typo-path", "FAILURE");
        expected.put("drop-applied", "SUCCESS");
        return expected;
    }

    @Test
    void theReactorSummaryGivesEachModulesOutcomeInBuildOrder() throws IOException {
        assertEquals(run1Outcomes(), log().run(1).outcomes());
        assertEquals(java.util.List.copyOf(run1Outcomes().keySet()), java.util.List.copyOf(log().run(1).outcomes().keySet()));
        log().run(1).expectOutcomes(run1Outcomes());
        // a single-project run prints no reactor summary
        assertTrue(log().run(2).outcomes().isEmpty());
    }

    @Test
    void aModuleThatPassedWhereItShouldFailOrOutcomesInAnotherOrderFailTheCheck() throws IOException {
        Map<String, String> wrong = run1Outcomes();
        wrong.put("drop-applied", "FAILURE");
        AssertionError e = assertThrows(AssertionError.class, () -> log().run(1).expectOutcomes(wrong));
        assertTrue(e.getMessage().startsWith("Reactor summary: expected {refuse-applied=FAILURE, d1-unreadable=FAILURE, typo-path=FAILURE,"
                + " drop-applied=FAILURE} but was {refuse-applied=FAILURE, d1-unreadable=FAILURE, typo-path=FAILURE, drop-applied=SUCCESS}"),
                e.getMessage());
        Map<String, String> reordered = new LinkedHashMap<>();
        reordered.put("drop-applied", "SUCCESS");
        reordered.putAll(run1Outcomes());
        assertThrows(AssertionError.class, () -> log().run(1).expectOutcomes(reordered));
        Map<String, String> missing = run1Outcomes();
        missing.remove("typo-path");
        assertThrows(AssertionError.class, () -> log().run(1).expectOutcomes(missing));
    }

    @Test
    void eachFailureIsItsOwnModulesMessageUpToTheNextModulesFailure() throws IOException {
        String refused = log().run(1).failure("refuse-applied");
        assertTrue(refused.startsWith("[ERROR] Failed to execute goal dev.godwit:godwit-maven-plugin:0.1.0-SNAPSHOT:drop (default-cli) on project"
                + " refuse-applied: 0001_posts is applied to local SQLite file "), refused);
        assertFalse(refused.contains("Cannot check whether 0002_email is applied"), refused);
        String unreadable = log().run(1).failure("d1-unreadable");
        assertTrue(unreadable.contains("Cannot check whether 0002_email is applied, because the target database cannot be read:"), unreadable);
        assertFalse(unreadable.contains("There is no database at"), unreadable);
        assertFalse(unreadable.contains("0001_posts is applied"), unreadable);
        // the last one ends before Maven's closing advice
        String typo = log().run(1).failure("typo-path");
        assertTrue(typo.contains("There is no database at "), typo);
        assertFalse(typo.contains("Re-run Maven using the -X switch"), typo);
    }

    @Test
    void aModuleWithoutAFailureOrNeverBuiltIsNamedInTheError() throws IOException {
        AssertionError none = assertThrows(AssertionError.class, () -> log().run(1).failure("drop-applied"));
        assertTrue(none.getMessage().startsWith("Maven printed no failure for module drop-applied; failures for: [refuse-applied, d1-unreadable,"
                + " typo-path]"), none.getMessage());
        AssertionError unbuilt = assertThrows(AssertionError.class, () -> log().run(1).output("nowhere"));
        assertEquals("Module nowhere was built never; built: [refuse-applied, d1-unreadable, typo-path, drop-applied]", unbuilt.getMessage());
    }

    @Test
    void eachModulesOutputIsWhatItsGoalLogged() throws IOException {
        String dropped = log().run(1).output("drop-applied");
        assertTrue(dropped.contains("[INFO] Dropping migration 0002_email:\n[INFO]   remove  drizzle/0002_email.sql\n"), dropped);
        assertFalse(dropped.contains("Reactor Summary"), dropped);
        assertFalse(log().run(1).output("typo-path").contains("Dropping migration"));
    }

    @Test
    void eachRunIsItsOwnPartOfTheLog() throws IOException {
        assertTrue(log().run(2).text().contains("studio (default-cli) on project drop-applied: There is no database at "));
        assertFalse(log().run(2).text().contains("99999"));
        assertTrue(log().run(3).text().contains("-Ddb.studio.port=99999 is not a port"));
        assertEquals("build.log holds 3 mvn run(s), not a run 4", assertThrows(AssertionError.class, () -> log().run(4)).getMessage());
    }
}
