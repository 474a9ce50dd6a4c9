package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The statement a pre-flight finding names ("through 0004_status.sql statement N"): a rebuild of an AUTOINCREMENT table carries
 * "INSERT INTO sqlite_sequence ... WHERE name = 'posts'" before its copy, which names the table in a literal and was taken for
 * the first write of it, so "values not kept" pointed at the counter's copy, not at the INSERT ... SELECT that leaves the column out.
 */
class FirstWriteTest {

    @Test
    void theCounterCopyOfARebuildIsNotTakenForAWriteOfTheTable() {
        List<String> rebuild = List.of("PRAGMA foreign_keys=OFF;", "PRAGMA defer_foreign_keys=ON;",
                "CREATE TABLE `__new_posts` (`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL, `status` text DEFAULT 'draft' NOT NULL);",
                "INSERT INTO sqlite_sequence (name, seq) SELECT '__new_posts', seq FROM sqlite_sequence WHERE name = 'posts';",
                "INSERT INTO `__new_posts`(`id`) SELECT `id` FROM `posts`;", "DROP TABLE `posts`;",
                "ALTER TABLE `__new_posts` RENAME TO `posts`;", "PRAGMA foreign_keys=ON;");
        assertEquals(4, LossRules.firstWriteOf(rebuild, "posts", "posts"));
    }
}
