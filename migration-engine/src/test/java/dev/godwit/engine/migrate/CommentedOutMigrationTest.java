package dev.godwit.engine.migrate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A later migration wrapped whole in a {@code /* ... *}{@code /} comment by hand (to keep it from running) was refused as "the schema
 * drizzle-kit pull read from a database", with db:baseline as the way on: pull writes only the folder's first migration so.
 */
class CommentedOutMigrationTest {

    private static final String WRAPPED = "/*\nALTER TABLE `users` ADD `age` integer;--> statement-breakpoint\n"
            + "CREATE INDEX `users_age` ON `users` (`age`);\n*/\n";

    private static Migration at(int idx, String tag) {
        return new Migration(new JournalEntry(idx, "6", 0L, tag, true), Path.of("drizzle", tag + ".sql"), WRAPPED, "drizzle/" + tag + ".sql");
    }

    @Test
    void aLaterMigrationCommentedOutByHandIsNotCalledPullsSchema() {
        String said = StatementRules.pulledBaseline(at(3, "0003_age"));
        assertTrue(said != null && said.startsWith("Migration 0003_age.sql is all inside one /* ... */ comment, so no statement of it runs"),
                said);
        assertFalse(said.contains("drizzle-kit pull"), said);
        assertFalse(said.contains("db:baseline"), said);
        assertTrue(said.contains("delete the comment's /* and */ lines in drizzle/0003_age.sql"), said);
    }

    @Test
    void theFirstMigrationCommentedOutIsStillSaidToBePullsSchema() {
        String said = StatementRules.pulledBaseline(at(0, "0000_pulled"));
        assertTrue(said != null && said.contains("is the schema drizzle-kit pull read from a database"), said);
        assertTrue(said.contains("mvn db:baseline -Ddb.baseline=0000_pulled"), said);
    }
}
