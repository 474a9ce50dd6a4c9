package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which upserts take the conflicts an ON CONFLICT REPLACE key would otherwise resolve by deleting rows. */
class UnseenReplaceTest {

    static final List<List<String>> ID = List.of(List.of("id"));

    @Test
    void anUpsertOnTheReplacingKeyOrOnAnyConflictCoversIt() {
        assertTrue(UnseenReplace.upsertCovers("INSERT INTO p (id, name) VALUES (1, 'x') ON CONFLICT (id) DO UPDATE SET name = excluded.name", ID));
        assertTrue(UnseenReplace.upsertCovers("INSERT INTO p (id) VALUES (1) ON CONFLICT (\"ID\" COLLATE BINARY) DO NOTHING", ID));
        assertTrue(UnseenReplace.upsertCovers("INSERT INTO p (id) VALUES (1) ON CONFLICT DO NOTHING", List.of(List.of("id"), List.of("email"))));
    }

    @Test
    void anUpsertOnAnotherKeyOrNoneLeavesTheReplaceInPlace() {
        assertFalse(UnseenReplace.upsertCovers("INSERT INTO p (id, email) VALUES (1, 'a') ON CONFLICT (id) DO NOTHING",
                List.of(List.of("email"))));
        assertFalse(UnseenReplace.upsertCovers("INSERT INTO p (id, email) VALUES (1, 'a') ON CONFLICT (id) DO NOTHING",
                List.of(List.of("id"), List.of("email"))));
        assertFalse(UnseenReplace.upsertCovers("INSERT INTO p (id) VALUES (1)", ID));
        assertFalse(UnseenReplace.upsertCovers("INSERT INTO p (note) VALUES ('on conflict do nothing')", ID));
    }
}
