package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.introspect.Introspector;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which path learns the schema a rebuild leaves (for the values that expose a retype): an empty database of the tables the
 * migration names, or, where the migration cannot run there, null (the caller then runs it on an empty copy of all).
 */
class NamedTablesRunTest {

    @TempDir
    Path dir;

    private static final String INIT = "CREATE TABLE `parents` (`id` integer PRIMARY KEY NOT NULL);\n--> statement-breakpoint\n"
            + "CREATE TABLE `prices` (`id` integer PRIMARY KEY NOT NULL, `parent_id` integer REFERENCES `parents`(`id`), `code` text NOT NULL);\n"
            + "--> statement-breakpoint\nCREATE TABLE `other0` (`id` integer PRIMARY KEY NOT NULL, `name` text);\n--> statement-breakpoint\n"
            + "CREATE TABLE `other1` (`id` integer PRIMARY KEY NOT NULL);\n--> statement-breakpoint\n"
            + "CREATE TABLE `other2` (`id` integer PRIMARY KEY NOT NULL);\n--> statement-breakpoint\n"
            + "CREATE TABLE `other3` (`id` integer PRIMARY KEY NOT NULL);\n--> statement-breakpoint\n"
            + "CREATE VIEW `v` AS SELECT `name` FROM `other0`;";
    // a hand-written cleanup of prices beside its rebuild: a write into a table whose parent must be there, even empty
    private static final String REBUILD = "DELETE FROM `prices` WHERE `code` = '';\n--> statement-breakpoint\n"
            + "CREATE TABLE `__new_prices` (`id` integer PRIMARY KEY NOT NULL, `parent_id` integer, `code` integer NOT NULL);\n"
            + "--> statement-breakpoint\nINSERT INTO `__new_prices`(\"id\", \"parent_id\", \"code\") SELECT \"id\", \"parent_id\", \"code\" FROM `prices`;\n"
            + "--> statement-breakpoint\nDROP TABLE `prices`;\n--> statement-breakpoint\nALTER TABLE `__new_prices` RENAME TO `prices`;";

    private SchemaDef after(String migration) {
        try (DataReplay replay = new DataReplay()) {
            replay.apply(new Migration(new JournalEntry(0, "6", 1000L, "0000_init", true), dir.resolve("0000_init.sql"), INIT));
            Migration m = new Migration(new JournalEntry(1, "6", 1001L, "0001_retype", true), dir.resolve("0001_retype.sql"), migration);
            SchemaDef before = Introspector.introspect(replay.database());
            return replay.afterOnTheNamedTables(m, new StatementText.Mentions(String.join("\n", m.statements())), before);
        }
    }

    @Test
    void aRebuildRunsOnTheTablesItNamesWithTheirParents() {
        SchemaDef after = after(REBUILD);
        assertNotNull(after);
        assertEquals(java.util.List.of("parents", "prices"), after.tables().stream().map(TableDef::name).sorted().toList());
        assertEquals("integer", after.tables().stream().filter(t -> t.name().equals("prices")).findFirst().orElseThrow()
                .column("code").orElseThrow().type());
    }

    @Test
    void aMigrationThatCannotRunOnThemAloneIsLeftToTheWholeCopy() {
        // v, which it names, reads other0, which it does not: the RENAME checks every view and fails on that one
        assertNull(after(REBUILD + "\n--> statement-breakpoint\nDROP VIEW `v`;"));
    }

    @Test
    void aMigrationNamingMostOfTheSchemaIsLeftToTheWholeCopy() {
        assertNull(after(REBUILD + "\n--> statement-breakpoint\nUPDATE `other0` SET `name` = NULL WHERE `id` IN (SELECT `id` FROM `other1`"
                + " UNION SELECT `id` FROM `other2`);"));
    }
}
