package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red-team brief (round 55): a seed inserting a child before its parent ({@code INSERT INTO posts (id, user_id) VALUES (10, 50)},
 * then user 50) fails on every database D1 runs it on, foreign keys being on; db:verify said so as a finding, and also warned
 * "It passed on empty tables; a database holding rows like these would refuse it": it did not pass there, it failed there too,
 * which is what the finding said. The warning is for writes that pass on empty tables only.
 */
class FailingOnEmptyTablesTooTest {

    @TempDir
    Path dir;

    private static final String BR = "\n--> statement-breakpoint\n";

    private Migration migration(int idx, String tag, String sql) {
        return new Migration(new JournalEntry(idx, "6", 3000L + idx, tag, true), dir.resolve(tag + ".sql"), sql);
    }

    private static final String INIT = "CREATE TABLE `users` (`id` integer PRIMARY KEY NOT NULL, `email` text);" + BR
            + "CREATE TABLE `posts` (`id` integer PRIMARY KEY NOT NULL, `user_id` integer REFERENCES `users`(`id`) ON DELETE cascade, `title` text);";

    @Test
    void aWriteFailingOnEmptyTablesTooIsNotSaidToPassThere() {
        try (DataReplay replay = new DataReplay(true)) {
            replay.apply(migration(0, "0000_init", INIT));
            DatabaseException e = assertThrows(DatabaseException.class, () -> replay.apply(migration(1, "0001_seed",
                    "INSERT INTO posts (id, user_id, title) VALUES (10, 50, 'x');" + BR + "INSERT INTO users (id, email) VALUES (50, 'a');")));
            assertTrue(e.databaseMessage().contains("FOREIGN KEY constraint failed"), e.databaseMessage());
            assertEquals(List.of(), replay.warnings());
        }
    }

    @Test
    void oneFailingOnGeneratedRowsOnlyIsStillWarnedOf() {
        try (DataReplay replay = new DataReplay(true)) {
            replay.apply(migration(0, "0000_init", INIT.replace("`email` text", "`email` text UNIQUE")));
            replay.apply(migration(1, "0001_mail", "UPDATE users SET email = 'x';"));
            assertEquals(1, replay.warnings().size(), replay.warnings().toString());
            assertTrue(replay.warnings().get(0).contains("It passed on empty tables"), replay.warnings().toString());
        }
    }
}
