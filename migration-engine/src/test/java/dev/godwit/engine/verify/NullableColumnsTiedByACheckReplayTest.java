package dev.godwit.engine.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.preflight.DataReplay;
import dev.godwit.engine.preflight.RowChange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red-team review (round 56): nullable columns a CHECK ties together. An exclusive arc, {@code reactions} on a post or on a
 * comment ({@code CHECK ((post_id IS NULL) <> (comment_id IS NULL))}, both referencing their tables), could not be given a row
 * (the generator pointed both at a parent); and where one of two contacts must be set ({@code CHECK (email IS NOT NULL OR phone
 * IS NOT NULL)}) the replay's row holding NULL in every nullable column was refused past the first, so no row held a NULL phone, and
 * {@code DELETE FROM contacts WHERE phone IS NULL} (a cleanup losing every contact reached by email) passed green, unsaid. The arc's
 * rows now set one reference each, in turn; a NULL the first row cannot take goes into the last one.
 */
class NullableColumnsTiedByACheckReplayTest {

    private static final String ARC = "CREATE TABLE `posts` (`id` integer PRIMARY KEY NOT NULL, `title` text NOT NULL);\n--> statement-breakpoint\n"
            + "CREATE TABLE `comments` (`id` integer PRIMARY KEY NOT NULL, `body` text NOT NULL);\n--> statement-breakpoint\n"
            + "CREATE TABLE `reactions` (`id` integer PRIMARY KEY NOT NULL, `post_id` integer REFERENCES `posts`(`id`), `comment_id` integer"
            + " REFERENCES `comments`(`id`), `emoji` text NOT NULL, CONSTRAINT `one_target` CHECK ((`post_id` IS NULL) <> (`comment_id` IS NULL)));";
    private static final String CONTACTS = "CREATE TABLE `contacts` (`id` integer PRIMARY KEY NOT NULL, `email` text, `phone` text,"
            + " CONSTRAINT `reachable` CHECK (`email` IS NOT NULL OR `phone` IS NOT NULL));";

    @TempDir
    Path dir;

    private List<String> replay(String init, String sql, List<String> warnings) {
        try (DataReplay replay = new DataReplay()) {
            replay.apply(new Migration(new JournalEntry(0, "6", 1000L, "0000_init", true), dir.resolve("0000_init.sql"), init));
            List<RowChange> changes = replay.apply(new Migration(new JournalEntry(1, "6", 1001L, "0001_cleanup", true), dir.resolve("0001_cleanup.sql"), sql));
            warnings.addAll(replay.warnings());
            return changes.stream().map(c -> c.kind() + " " + c.table()).toList();
        }
    }

    @Test
    void anExclusiveArcIsFilledOnBothSidesAndACleanupOfEitherSideIsALoss() {
        for (String side : List.of("post_id", "comment_id")) {
            List<String> warnings = new java.util.ArrayList<>();
            assertEquals(List.of("ROWS_DELETED reactions"), replay(ARC, "DELETE FROM `reactions` WHERE `" + side + "` IS NULL;", warnings), side);
            assertTrue(warnings.stream().noneMatch(w -> w.contains("could not give")), warnings.toString());
        }
    }

    @Test
    void aCleanupOfTheRowsHoldingNullInEitherOfTwoColumnsOneOfWhichMustBeSetIsALoss() {
        for (String column : List.of("email", "phone")) {
            assertEquals(List.of("ROWS_DELETED contacts"), replay(CONTACTS, "DELETE FROM `contacts` WHERE `" + column + "` IS NULL;", new java.util.ArrayList<>()), column);
        }
    }

    @Test
    void aCleanupThatKeepsEveryRowIsNone() {
        assertEquals(List.of(), replay(ARC, "DELETE FROM `reactions` WHERE `post_id` IS NULL AND `comment_id` IS NULL;", new java.util.ArrayList<>()));
        assertEquals(List.of(), replay(CONTACTS, "DELETE FROM `contacts` WHERE `email` IS NULL AND `phone` IS NULL;", new java.util.ArrayList<>()));
    }
}
