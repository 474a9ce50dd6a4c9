package dev.godwit.engine.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tables a write's triggers reach are read from the triggers once per schema version, not from each trigger's text at every
 * write: a migration that changes a trigger (another event, another UPDATE OF, another table written) is seen at the next write.
 */
class StudioTriggerReachTest extends StudioServerFixture {

    @Test
    void aWriteAfterAMigrationChangedATriggerCountsWhatTheNewTriggerReaches() throws Exception {
        db.runAtomically(List.of("CREATE TABLE audit (id integer PRIMARY KEY, what text)", "CREATE TABLE score_log (id integer PRIMARY KEY, score integer)",
                "CREATE TRIGGER teams_audit AFTER UPDATE OF name ON teams BEGIN INSERT INTO audit (what) VALUES (new.name); END"), false);
        JsonNode renamed = ok("PUT", "/api/rows?table=teams", v("teams", "{\"rowid\": \"2\", \"values\": {\"name\": {\"input\": \"rooks\"}}}"));
        assertEquals("[{\"table\":\"audit\",\"rows\":1}]", renamed.get("counts").toString());
        JsonNode scored = ok("PUT", "/api/rows?table=teams", v("teams", "{\"rowid\": \"2\", \"values\": {\"score\": {\"input\": \"3\"}}}"));
        assertEquals("[]", scored.get("counts").toString());

        // a migration: the trigger now logs scores, into another table
        db.runAtomically(List.of("DROP TRIGGER teams_audit", "CREATE TRIGGER teams_audit AFTER UPDATE OF \"score\" ON teams BEGIN"
                + " INSERT INTO \"score_log\" (score) VALUES (new.score); END"), false);
        renamed = ok("PUT", "/api/rows?table=teams", v("teams", "{\"rowid\": \"2\", \"values\": {\"name\": {\"input\": \"crows\"}}}"));
        assertEquals("[]", renamed.get("counts").toString(), "the trigger no longer watches name");
        scored = ok("PUT", "/api/rows?table=teams", v("teams", "{\"rowid\": \"2\", \"values\": {\"score\": {\"input\": \"4\"}}}"));
        assertEquals("[{\"table\":\"score_log\",\"rows\":1}]", scored.get("counts").toString());
        // and an insert trigger added: an insert counts what it writes too
        db.runAtomically(List.of("CREATE TRIGGER goals_audit AFTER INSERT ON goals BEGIN INSERT INTO audit (what) VALUES ('goal ' || new.id); END"), false);
        JsonNode inserted = ok("POST", "/api/rows?table=goals", "{\"values\": {\"id\": {\"input\": \"105\"}, \"player_id\": {\"input\": \"12\"}}}");
        assertEquals("[{\"table\":\"goals\",\"rows\":5},{\"table\":\"audit\",\"rows\":2}]", inserted.get("counts").toString());
        assertEquals(5, count("SELECT count(*) FROM goals"));
        assertEquals(2, count("SELECT count(*) FROM audit"));
    }
}
