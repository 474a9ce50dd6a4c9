package dev.godwit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatusTableTest {

    @Test
    void theTimeColumnIsLabelledForWhatTheHistoryTableKeeps() {
        assertEquals("  Migration  State     Applied at / note", StatusTable.render(List.of(), true).get(0));
        assertEquals("  Migration  State     Generated at (this history table keeps no applied time) / note",
                StatusTable.render(List.of(), false).get(0));
    }
}
