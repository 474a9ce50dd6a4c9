package dev.godwit.engine.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.Generated;
import dev.godwit.schema.model.TableDef;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The one-row trial names columns as SQLite does, ASCII letters in any case: a CHECK, WHERE or generated column writing
 * {@code mixed} reads the column declared {@code "Mixed"}, and a value given for {@code MIXED} goes in it. Looked up by exact
 * spelling, such a fragment was taken to read nothing (no answer) and such a value was dropped (no answer).
 */
class OneRowTrialNameCaseTest {

    private static final TableDef TABLE = new TableDef("notes", List.of(
            new ColumnDef("id", "integer", true, true, false, null, null, null, List.of(), null),
            new ColumnDef("Mixed", "text", false, false, false, null, null, null, List.of(), null),
            new ColumnDef("Tagged", "text", false, false, false, null, new Generated("mixed || 'x'", Generated.Type.VIRTUAL), null, List.of(), null),
            new ColumnDef("other", "text", false, false, false, null, null, null, List.of(), null)),
            null, List.of(), List.of(), List.of(), null);

    @Test
    void namesInAnotherCaseAreTheColumnsTheySpell() {
        assertEquals(true, OneRowTrial.readsOnly(TABLE, "MIXED = 'z'", Set.of("Mixed")));
        assertEquals(true, OneRowTrial.readsOnly(TABLE, "tagged = 'qx'", Set.of("mixed")));
        assertEquals(false, OneRowTrial.readsOnly(TABLE, "MIXED = OTHER", Set.of("Mixed")));
        assertEquals(false, OneRowTrial.keeps(TABLE, "mixed = 'z'", Map.of("MIXED", "'q'")));
        assertEquals(true, OneRowTrial.keeps(TABLE, "TAGGED = 'qx'", Map.of("mixed", "'q'")));
        assertEquals(true, OneRowTrial.enters(TABLE, "Mixed = 'q'", Map.of("mIXED", "'q'")));
        assertEquals(false, OneRowTrial.breaksEvery(TABLE, "mixed = 'q'", Map.of("MIXED", "'q'")));
        try (OneRowTrial.Rows rows = new OneRowTrial.Rows(TABLE, Map.of("Mixed", "'q'"))) {
            assertEquals(Set.of("mixed"), rows.reads("TAGGED = 'qx'"));
            assertEquals(Set.of("mixed", "other"), rows.reads("MIXED = OTHER"));
        }
    }
}
