package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.sql.ForeignKeysPragma;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Statements of a hand-written migration often start with a comment (the first one of every db:generate -Ddb.custom file
 * carries the template's). SQLite skips it; the pre-flight's readers of a statement's kind read it as the statement's start.
 */
class CommentedStatementsTest {

    @Test
    void aPragmaAfterACommentStillAsksForeignKeysOff() {
        assertTrue(ForeignKeysPragma.asksOff(List.of("-- Custom SQL migration file, put your code below! --\n\nPRAGMA foreign_keys=OFF;")));
        assertTrue(ForeignKeysPragma.asksOff(List.of("/* rebuild */ PRAGMA foreign_keys = 0")));
    }

    @Test
    void aTriggerDroppedByACommentedStatementIsNotReportedAsLost() {
        Map<String, String> triggers = new LinkedHashMap<>();
        triggers.put("items_audit", "CREATE TRIGGER items_audit AFTER INSERT ON items BEGIN SELECT 1; END");
        Map<String, TableFeatures> before = Map.of("items", new TableFeatures("items", List.of(), triggers));
        Map<String, TableFeatures> after = Map.of("items", new TableFeatures("items", List.of(), new LinkedHashMap<>()));
        assertEquals(List.of(), TableFeatures.lost(before, after, List.of("-- the audit moves to the application\nDROP TRIGGER items_audit;")));
    }
}
