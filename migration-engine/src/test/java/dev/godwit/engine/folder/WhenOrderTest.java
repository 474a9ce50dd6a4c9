package dev.godwit.engine.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which journal entries {@link FolderCheck#whenProblems} blames for "when"s out of order, and with whose numbers. */
class WhenOrderTest {

    static List<JournalEntry> entries(long... whens) {
        String[] tags = {"0000_init", "0001_users", "0002_retype", "0003_view", "0004_ren", "0005_more"};
        List<JournalEntry> out = new ArrayList<>();
        for (int i = 0; i < whens.length; i++) out.add(new JournalEntry(i, "6", whens[i], tags[i], true));
        return out;
    }

    /**
     * One entry given a "when" past the later ones (a new-user trial set 0002's to 0004's + 10): the two entries after it were
     * blamed, with 0002's number given as 0003's, and the advice would have moved the "when"s of migrations already applied.
     */
    @Test
    void anEntryWhoseWhenPassesTheLaterOnesIsTheOneBlamed() {
        assertEquals(List.of("journal entry 0002_retype has \"when\" 50, not before 0003_view (30), which comes after it: drizzle-orm's migrator"
                + " would skip 0003_view and what follows on databases that applied 0002_retype; give 0002_retype a \"when\" between 0001_users's"
                + " (20) and 0003_view's"), FolderCheck.whenProblems(entries(10, 20, 50, 30, 40)));
    }

    @Test
    void anEntryWhoseWhenIsNotAfterTheOneBeforeIsTheOneBlamed() {
        assertEquals(List.of("journal entry 0003_view has \"when\" 15, not after 0002_retype (25): drizzle-orm's migrator would skip it on"
                + " databases that applied the earlier one; give it a larger \"when\" (below 0004_ren's, 40)"), FolderCheck.whenProblems(entries(10, 20, 25, 15, 40)));
        // a tie: the later entry of the two
        assertEquals(List.of("journal entry 0001_users has \"when\" 10, not after 0000_init (10): drizzle-orm's migrator would skip it on"
                + " databases that applied the earlier one; give it a larger \"when\""), FolderCheck.whenProblems(entries(10, 10)));
    }

    @Test
    void inOrderIsNoProblemAndAFirstEntryPastAllIsNamedWithTheNextOne() {
        assertEquals(List.of(), FolderCheck.whenProblems(entries(1, 2, 3, 4)));
        assertEquals(List.of("journal entry 0000_init has \"when\" 99, not before 0001_users (2), which comes after it: drizzle-orm's migrator"
                + " would skip 0001_users and what follows on databases that applied 0000_init; give 0000_init a \"when\" below 2"),
                FolderCheck.whenProblems(entries(99, 2, 3, 4)));
    }
}
