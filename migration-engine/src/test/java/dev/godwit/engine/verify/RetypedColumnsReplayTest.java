package dev.godwit.engine.verify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.folder.MigrationsFolder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two defects of drizzle-kit's folders (round 19) that db:verify's generated rows did not reach: a text column a migration
 * retypes to numeric affinity, whose generated texts ('gen-1') read as no number, so no value was seen rewritten; and a column
 * made the INTEGER PRIMARY KEY whose generated texts stopped the copy ("datatype mismatch"), hiding the cascade of the rebuilt
 * parent's DROP TABLE into its child. Before a migration the replay now gives such a column values that expose it.
 */
class RetypedColumnsReplayTest {

    private static final Path CASES = Path.of("src/test/resources/drizzle-kit-cases");

    private static Verifier.Verification verify(String name) {
        MigrationsFolder folder = MigrationsFolder.at(CASES.resolve(name).resolve("drizzle"));
        return Verifier.check(Verifier.recorded(folder), folder);
    }

    /** f19_numeric_affinity_columns_retyped_both_ways 0002_step2.sql: amount and code text -> numeric, '3.10' becomes 3.1. */
    @Test
    void aTextColumnRetypedToNumericIsTriedWithTextsThatConvert() {
        Verifier.Verification v = verify("f19_numeric_affinity_columns_retyped_both_ways");
        List<String> said = v.warnings().stream().filter(w -> w.startsWith("replaying 0002_step2.sql ")).toList();
        assertTrue(said.size() == 1, v.findings() + " " + v.warnings());
        assertTrue(said.get(0).contains("\"prices\".\"amount\"") && said.get(0).contains("\"prices\".\"code\""), said.get(0));
        assertTrue(said.get(0).contains("texts changed"), said.get(0));
        // step 1 retypes numbers to text (nothing converts there) and total numeric -> real, which rounds an integer beyond 2^53
        List<String> step1 = v.warnings().stream().filter(w -> w.contains("0001_step1.sql")).toList();
        assertTrue(step1.size() == 1 && step1.get(0).startsWith("replaying 0001_step1.sql on tables holding generated rows rounds integers")
                && step1.get(0).contains("\"prices\".\"total\": 1 of 3 integers rounded") && !step1.get(0).contains("texts changed"), v.warnings().toString());
        assertTrue(v.findings().stream().noneMatch(f -> f.message().contains("0001_step1.sql")), v.findings().toString());
    }

    /**
     * f19_unique_text_code_retyped_then_made_the_integer_key_with_child 0002_step2.sql: products rebuilt with code the INTEGER
     * PRIMARY KEY, foreign keys on (its PRAGMA foreign_keys=OFF does nothing in the migration's transaction), so its DROP TABLE
     * deletes the lines pointing at products (ON DELETE CASCADE).
     */
    @Test
    void aColumnMadeTheIntegerPrimaryKeyIsTriedWithIntegersSoTheCascadeShows() {
        Verifier.Verification v = verify("f19_unique_text_code_retyped_then_made_the_integer_key_with_child");
        assertTrue(v.findings().stream().anyMatch(f -> f.message().startsWith("replaying drizzle/0002_step2.sql on tables holding generated rows")
                && f.message().contains("\"lines\": ") && f.message().contains(" rows deleted")), v.findings() + " " + v.warnings());
    }

    /**
     * Where the replay cannot make the column integers (a child's reference, ON UPDATE NO ACTION, holds every generated code),
     * the copy still fails with "datatype mismatch" into the new table and the migration is replayed on empty tables: that it was
     * not tried with rows is said in a warning naming it (nothing was said, the write going into a table it created).
     */
    @Test
    void aKeyTheReplayCannotMakeIntegersIsWarnedOf(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        try (dev.godwit.engine.preflight.DataReplay replay = new dev.godwit.engine.preflight.DataReplay()) {
            replay.apply(new dev.godwit.engine.folder.Migration(new dev.godwit.engine.folder.JournalEntry(0, "6", 1000L, "0000_init", true),
                    dir.resolve("0000_init.sql"), "CREATE TABLE `p` (`id` integer PRIMARY KEY NOT NULL, `code` text NOT NULL);\n--> statement-breakpoint\n"
                    + "CREATE UNIQUE INDEX `p_code_uq` ON `p` (`code`);\n--> statement-breakpoint\n"
                    + "CREATE TABLE `c` (`id` integer PRIMARY KEY NOT NULL, `p_code` text NOT NULL, FOREIGN KEY (`p_code`) REFERENCES `p`(`code`));"));
            replay.apply(new dev.godwit.engine.folder.Migration(new dev.godwit.engine.folder.JournalEntry(1, "6", 1001L, "0001_key", true),
                    dir.resolve("0001_key.sql"), "CREATE TABLE `__new_p` (`code` integer PRIMARY KEY NOT NULL);\n--> statement-breakpoint\n"
                    + "INSERT INTO `__new_p`(\"code\") SELECT \"code\" FROM `p`;\n--> statement-breakpoint\nDROP TABLE `p`;\n--> statement-breakpoint\n"
                    + "ALTER TABLE `__new_p` RENAME TO `p`;"));
            assertTrue(replay.constrained().get("0001_key.sql").contains("datatype mismatch"), replay.constrained().toString());
            assertTrue(replay.warnings().stream().anyMatch(w -> w.startsWith("replaying 0001_key.sql on tables holding generated rows fails at statement 2:")
                    && w.contains("INTEGER PRIMARY KEY holds generated values that are no integer")), replay.warnings().toString());
        }
    }
    /**
     * The retype found in a schema of many tables: the migration's effect is learnt on an empty database holding only the tables
     * it names (a rebuild's RENAME parses every table of the schema, ~80 ms per migration on 500), and, where that fails (a view
     * it names reads a table left out, which the RENAME checks), on an empty copy of everything, with the same warning.
     */
    @Test
    void aRetypeAmongManyTablesIsFoundWhetherOrNotTheNamedTablesAloneCanRunIt(@org.junit.jupiter.api.io.TempDir Path dir) {
        for (String tail : List.of("", "\n--> statement-breakpoint\nDROP VIEW `v`;")) {
            StringBuilder init = new StringBuilder("CREATE TABLE `prices` (`id` integer PRIMARY KEY NOT NULL, `code` text NOT NULL);");
            for (int i = 0; i < 6; i++) init.append("\n--> statement-breakpoint\nCREATE TABLE `other").append(i).append("` (`id` integer PRIMARY KEY NOT NULL, `name` text);");
            init.append("\n--> statement-breakpoint\nCREATE VIEW `v` AS SELECT `name` FROM `other0`;");
            try (dev.godwit.engine.preflight.DataReplay replay = new dev.godwit.engine.preflight.DataReplay()) {
                replay.apply(new dev.godwit.engine.folder.Migration(new dev.godwit.engine.folder.JournalEntry(0, "6", 1000L, "0000_init", true),
                        dir.resolve("0000_init.sql"), init.toString()));
                var changes = replay.apply(new dev.godwit.engine.folder.Migration(new dev.godwit.engine.folder.JournalEntry(1, "6", 1001L, "0001_retype", true),
                        dir.resolve("0001_retype.sql"), "CREATE TABLE `__new_prices` (`id` integer PRIMARY KEY NOT NULL, `code` integer NOT NULL);\n"
                        + "--> statement-breakpoint\nINSERT INTO `__new_prices`(\"id\", \"code\") SELECT \"id\", \"code\" FROM `prices`;\n"
                        + "--> statement-breakpoint\nDROP TABLE `prices`;\n--> statement-breakpoint\nALTER TABLE `__new_prices` RENAME TO `prices`;" + tail));
                List<String> said = replay.warnings().stream().filter(w -> w.startsWith("replaying 0001_retype.sql on tables holding generated rows rewrites"
                        + " texts that read as numbers")).toList();
                assertTrue(said.size() == 1 && said.get(0).contains("\"prices\".\"code\""), tail + ": " + replay.warnings() + " " + changes);
            }
        }
    }

    /**
     * An integer column made REAL by a rebuild (drizzle-kit writes it without a word; db:generate only with -Ddb.acceptDataLoss):
     * the generated integers are small and a double holds them, so the replay said nothing where a real nanosecond timestamp or
     * snowflake id beyond 2^53 is rounded by the copy (db:apply's pre-flight refuses it on such rows). One row is given such an
     * integer, and the rounding is said in a warning, as a text column made numeric is; a column REAL before is left alone.
     */
    @Test
    void anIntegerColumnMadeRealIsTriedWithAnIntegerBeyondADouble(@org.junit.jupiter.api.io.TempDir Path dir) {
        try (dev.godwit.engine.preflight.DataReplay replay = new dev.godwit.engine.preflight.DataReplay()) {
            replay.apply(new dev.godwit.engine.folder.Migration(new dev.godwit.engine.folder.JournalEntry(0, "6", 1000L, "0000_init", true),
                    dir.resolve("0000_init.sql"), "CREATE TABLE `events` (`id` integer PRIMARY KEY NOT NULL, `ts` integer NOT NULL, `score` real NOT NULL);"));
            List<dev.godwit.engine.preflight.RowChange> changes = replay.apply(new dev.godwit.engine.folder.Migration(
                    new dev.godwit.engine.folder.JournalEntry(1, "6", 1001L, "0001_ts_real", true), dir.resolve("0001_ts_real.sql"),
                    "PRAGMA foreign_keys=OFF;--> statement-breakpoint\n"
                            + "CREATE TABLE `__new_events` (`id` integer PRIMARY KEY NOT NULL, `ts` real NOT NULL, `score` real NOT NULL);--> statement-breakpoint\n"
                            + "INSERT INTO `__new_events`(\"id\", \"ts\", \"score\") SELECT \"id\", \"ts\", \"score\" FROM `events`;--> statement-breakpoint\n"
                            + "DROP TABLE `events`;--> statement-breakpoint\n"
                            + "ALTER TABLE `__new_events` RENAME TO `events`;--> statement-breakpoint\n"
                            + "PRAGMA foreign_keys=ON;"));
            assertTrue(changes.isEmpty(), changes.toString());
            List<String> said = replay.warnings().stream().filter(w -> w.startsWith("replaying 0001_ts_real.sql on tables holding generated rows rounds integers")).toList();
            assertTrue(said.size() == 1, replay.warnings().toString());
            assertTrue(said.get(0).contains("\"events\".\"ts\": 1 of 3 integers rounded") && !said.get(0).contains("\"events\".\"score\""), said.get(0));
            assertTrue(said.get(0).contains("-- godwit:accept-data-loss events"), said.get(0));
        }
    }

    /**
     * A hand-written rebuild of a STRICT table retyping a text column to integer: the generated texts ('gen-1') stop the copy
     * ("cannot store TEXT value in INTEGER column"), where a real table whose codes all read as numbers ('007', '12') takes them.
     * That was a finding failing db:verify (the replay "fails" on every database); it is a rule on the data like a CHECK: the
     * migration is replayed on empty tables and a warning says its rows were not tried.
     */
    @Test
    void aStrictTableRetypedFromTextToIntegerIsNoFailureOfTheMigration(@org.junit.jupiter.api.io.TempDir Path dir) {
        try (dev.godwit.engine.preflight.DataReplay replay = new dev.godwit.engine.preflight.DataReplay()) {
            replay.apply(new dev.godwit.engine.folder.Migration(new dev.godwit.engine.folder.JournalEntry(0, "6", 1000L, "0000_init", true),
                    dir.resolve("0000_init.sql"), "CREATE TABLE `codes` (`id` integer PRIMARY KEY NOT NULL, `code` text NOT NULL) STRICT;"));
            List<dev.godwit.engine.preflight.RowChange> changes = replay.apply(new dev.godwit.engine.folder.Migration(
                    new dev.godwit.engine.folder.JournalEntry(1, "6", 1001L, "0001_code_integer", true), dir.resolve("0001_code_integer.sql"),
                    "CREATE TABLE `__new_codes` (`id` integer PRIMARY KEY NOT NULL, `code` integer NOT NULL) STRICT;--> statement-breakpoint\n"
                            + "INSERT INTO `__new_codes`(`id`, `code`) SELECT `id`, `code` FROM `codes`;--> statement-breakpoint\n"
                            + "DROP TABLE `codes`;--> statement-breakpoint\n"
                            + "ALTER TABLE `__new_codes` RENAME TO `codes`;"));
            assertTrue(changes.isEmpty(), changes.toString());
            assertTrue(replay.warnings().stream().anyMatch(w -> w.startsWith("replaying 0001_code_integer.sql on tables holding generated rows fails at statement 2:")
                    && w.contains("A STRICT table it writes takes no value of another type")), replay.warnings().toString());
            // and a write that fails whatever the rows is still the migration's failure
            dev.godwit.engine.db.DatabaseException e = org.junit.jupiter.api.Assertions.assertThrows(dev.godwit.engine.db.DatabaseException.class,
                    () -> replay.apply(new dev.godwit.engine.folder.Migration(new dev.godwit.engine.folder.JournalEntry(2, "6", 1002L, "0002_seed", true),
                            dir.resolve("0002_seed.sql"), "INSERT INTO `codes` (`id`, `code`) VALUES (100, 'x');")));
            assertTrue(e.databaseMessage().contains("cannot store TEXT value in INTEGER column codes.code"), e.databaseMessage());
        }
    }
}
