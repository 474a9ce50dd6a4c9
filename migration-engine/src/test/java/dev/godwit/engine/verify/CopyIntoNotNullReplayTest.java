package dev.godwit.engine.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.preflight.DataReplay;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red-team brief (round 54): a hand-written copy into a column that is NOT NULL already, from another column that is nullable
 * ({@code INSERT INTO __new_authors (id, name) SELECT id, nickname FROM authors}, or {@code INSERT INTO contacts (email) SELECT
 * email FROM authors}), passed db:verify: the generated rows hold a value everywhere, and the run on rows holding NULL went only
 * where a table the migration creates makes a nullable column of the same name NOT NULL. D1 fails such a deploy at the copy on any
 * database holding a row with NULL there. A backup made with {@code CREATE TABLE b AS SELECT * FROM t} declares every column
 * nullable, yet holds no NULL where {@code t}'s column was NOT NULL: copied back, it is no such case.
 */
class CopyIntoNotNullReplayTest {

    private static final String INIT = "CREATE TABLE `authors` (`id` integer PRIMARY KEY NOT NULL, `name` text NOT NULL, `nickname` text, `bio` text);\n"
            + "--> statement-breakpoint\nCREATE TABLE `contacts` (`id` integer PRIMARY KEY NOT NULL, `email` text NOT NULL);";

    @TempDir
    Path dir;

    private List<String> warnings(String... steps) {
        try (DataReplay replay = new DataReplay()) {
            replay.apply(new Migration(new JournalEntry(0, "6", 1000L, "0000_init", true), dir.resolve("0000_init.sql"), INIT));
            for (int i = 0; i < steps.length; i++) {
                String tag = "000" + (i + 1) + "_step";
                replay.apply(new Migration(new JournalEntry(i + 1, "6", 1001L + i, tag, true), dir.resolve(tag + ".sql"), steps[i]));
            }
            return replay.warnings();
        }
    }

    @Test
    void aRebuildCopyingANullableColumnIntoANotNullOneIsWarnedOf() {
        List<String> w = warnings("CREATE TABLE `__new_authors` (`id` integer PRIMARY KEY NOT NULL, `name` text NOT NULL, `bio` text);\n"
                + "--> statement-breakpoint\nINSERT INTO `__new_authors` (`id`, `name`, `bio`) SELECT `id`, `nickname`, `bio` FROM `authors`;\n"
                + "--> statement-breakpoint\nDROP TABLE `authors`;\n--> statement-breakpoint\nALTER TABLE `__new_authors` RENAME TO `authors`;");
        assertEquals(1, w.size(), w.toString());
        assertTrue(w.get(0).startsWith("replaying 0001_step.sql on rows holding NULL or sharing a value (the generated ones are all set and all distinct)"
                + " fails at statement 2:") && w.get(0).contains("NOT NULL constraint failed: __new_authors.name")
                && w.get(0).contains("The copy puts \"authors\".\"nickname\" into \"authors\".\"name\", which is NOT NULL")
                && w.get(0).contains("Check with: SELECT count(*) FROM \"authors\" WHERE \"nickname\" IS NULL;"), w.get(0));
        // the copy keeping NULL out passes
        assertEquals(List.of(), warnings("CREATE TABLE `__new_authors` (`id` integer PRIMARY KEY NOT NULL, `name` text NOT NULL, `bio` text);\n"
                + "--> statement-breakpoint\nINSERT INTO `__new_authors` (`id`, `name`, `bio`) SELECT `id`, coalesce(`nickname`, `name`), `bio` FROM `authors`;\n"
                + "--> statement-breakpoint\nDROP TABLE `authors`;\n--> statement-breakpoint\nALTER TABLE `__new_authors` RENAME TO `authors`;"));
    }

    @Test
    void aCopyIntoAnotherTablesNotNullColumnFromANullableOneIsWarnedOf() {
        List<String> w = warnings("INSERT INTO `contacts` (`email`) SELECT `nickname` FROM `authors`;");
        assertEquals(1, w.size(), w.toString());
        assertTrue(w.get(0).startsWith("replaying 0001_step.sql on rows holding NULL or sharing a value") && w.get(0).contains("statement 1:")
                && w.get(0).contains("NOT NULL constraint failed: contacts.email")
                && w.get(0).contains("The copy puts \"authors\".\"nickname\" into \"contacts\".\"email\", which is NOT NULL")
                && w.get(0).contains("Check with: SELECT count(*) FROM \"authors\" WHERE \"nickname\" IS NULL;"), w.get(0));
        assertEquals(List.of(), warnings("INSERT INTO `contacts` (`email`) SELECT `name` FROM `authors`;"));
        assertEquals(List.of(), warnings("INSERT INTO `contacts` (`email`) SELECT `nickname` FROM `authors` WHERE `nickname` IS NOT NULL;"));
    }

    /** The backup's columns are nullable by declaration only: its NOT NULL source's copy back into a NOT NULL column passes. */
    @Test
    void aBackupMadeByCreateTableAsSelectCopiedBackIsNoSuchCase() {
        String backup = "CREATE TABLE `authors_bak` AS SELECT * FROM `authors`;\n--> statement-breakpoint\nDROP TABLE `authors`;\n"
                + "--> statement-breakpoint\nCREATE TABLE `authors` (`id` integer PRIMARY KEY NOT NULL, `name` text NOT NULL, `nickname` text, `bio` text, `born` integer);";
        assertEquals(List.of(), warnings(backup, "INSERT INTO `authors` (`id`, `name`, `nickname`, `bio`) SELECT `id`, `name`, `nickname`, `bio` FROM `authors_bak`;\n"
                + "--> statement-breakpoint\nDROP TABLE `authors_bak`;"));
        assertEquals(List.of(), warnings(backup, "INSERT INTO `authors` (`id`, `name`, `nickname`, `bio`) SELECT * FROM `authors_bak`;\n"
                + "--> statement-breakpoint\nDELETE FROM `authors_bak`;"));
        // the backup's nullable column copied into a NOT NULL one is the real case still
        List<String> w = warnings(backup, "INSERT INTO `contacts` (`email`) SELECT `nickname` FROM `authors_bak`;");
        assertTrue(w.stream().anyMatch(l -> l.contains("NOT NULL constraint failed: contacts.email")), w.toString());
    }

    /**
     * A backup made through a common table expression over one table, {@code CREATE TABLE b AS WITH x AS (SELECT ... FROM t)
     * SELECT * FROM x}, holds no NULL where {@code t}'s column was NOT NULL either: its copy back gave a false "rows holding NULL".
     */
    @Test
    void aBackupMadeThroughACommonTableExpressionCopiedBackIsNoSuchCase() {
        String backup = "CREATE TABLE `authors_bak` AS WITH `kept` AS (SELECT `id`, `name`, `nickname` AS `nick`, `bio` FROM `authors` WHERE `id` > 0)"
                + " SELECT * FROM `kept`;\n--> statement-breakpoint\nDROP TABLE `authors`;\n--> statement-breakpoint\n"
                + "CREATE TABLE `authors` (`id` integer PRIMARY KEY NOT NULL, `name` text NOT NULL, `nickname` text, `bio` text);";
        assertEquals(List.of(), warnings(backup, "INSERT INTO `authors` (`id`, `name`, `nickname`, `bio`) SELECT `id`, `name`, `nick`, `bio` FROM `authors_bak`;"));
        assertEquals(List.of(), warnings("CREATE TABLE `authors_bak` AS WITH `kept` AS (SELECT * FROM `authors`) SELECT `id`, `name` AS `who` FROM `kept`;",
                "INSERT INTO `contacts` (`email`) SELECT `who` FROM `authors_bak`;"));
        // the backup's copy of a nullable column, into a NOT NULL one, is the real case still
        List<String> w = warnings(backup, "INSERT INTO `contacts` (`email`) SELECT `nick` FROM `authors_bak`;");
        assertTrue(w.stream().anyMatch(l -> l.contains("NOT NULL constraint failed: contacts.email")), w.toString());
    }
}
