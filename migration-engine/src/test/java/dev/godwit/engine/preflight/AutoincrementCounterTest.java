package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.testing.RecordingLog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red-team review (round 43): drizzle-kit's rebuild of an AUTOINCREMENT table copies the rows into a new table, whose counter
 * starts at the highest id copied, so the ids of the rows deleted since are handed out again, the one thing AUTOINCREMENT
 * promises never to do (db:generate's rebuild carries the counter over, SqlitePlanner.keepsCounter). The pre-flight said "no
 * rows removed or rewritten"; it now compares each kept AUTOINCREMENT table's counter.
 */
class AutoincrementCounterTest {

    @TempDir
    Path dir;
    final RecordingLog log = new RecordingLog();

    private static final String BR = ";\n--> statement-breakpoint\n";
    private static final String DRIZZLE_KIT_REBUILD = "PRAGMA foreign_keys=OFF" + BR
            + "CREATE TABLE `__new_events` (`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL, `name` text DEFAULT '' NOT NULL)" + BR
            + "INSERT INTO `__new_events`(\"id\", \"name\") SELECT \"id\", \"name\" FROM `events`" + BR + "DROP TABLE `events`" + BR
            + "ALTER TABLE `__new_events` RENAME TO `events`" + BR + "PRAGMA foreign_keys=ON";

    private Path file(String name, String... rows) {
        Path file = dir.resolve(name + ".sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.runAtomically(List.of("CREATE TABLE `events` (`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL, `name` text)",
                    "INSERT INTO events (name) VALUES ('a'), ('b'), ('c'), ('d'), ('e')"), false);
            db.runAtomically(List.of(rows), false);
        }
        return file;
    }

    private static Migration migration(String sql) {
        return new Migration(new JournalEntry(1, "6", 2000L, "0001_x", true), Path.of("0001_x.sql"), sql);
    }

    @Test
    void aRebuildThatSetsTheCounterBackIsRefused() {
        Path file = file("top", "DELETE FROM events WHERE id > 3");
        String e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(file, false, log).check(List.of(migration(DRIZZLE_KIT_REBUILD))))
                .getMessage();
        assertTrue(e.contains("- \"events\": AUTOINCREMENT counter set back from 5 to 3 (the ids 4 to 5, given to rows deleted since, will be handed"
                + " out again"), e);
        assertTrue(e.contains("INSERT INTO sqlite_sequence (name, seq) SELECT '__new_events', seq FROM sqlite_sequence WHERE name = 'events';"), e);
        // every row deleted: the table holds none, its counter goes back to nothing
        Path emptied = file("all", "DELETE FROM events");
        String all = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(emptied, false, log).check(List.of(migration(DRIZZLE_KIT_REBUILD))))
                .getMessage();
        assertTrue(all.contains("\"events\": AUTOINCREMENT counter set back from 5 to 0 (the ids 1 to 5"), all);
    }

    /** A migration carrying one table's counter over still has the others' compared (it switched the check off for every table). */
    @Test
    void aCounterCarriedOverForAnotherTableLeavesThisOneCompared() {
        Path file = file("two", "CREATE TABLE `logs` (`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL, `msg` text)",
                "INSERT INTO logs (msg) VALUES ('a'), ('b'), ('c'), ('d'), ('e')", "DELETE FROM logs WHERE id > 3", "DELETE FROM events WHERE id > 3");
        String carriedEvents = DRIZZLE_KIT_REBUILD.replace("INSERT INTO `__new_events`(", "INSERT INTO sqlite_sequence (name, seq) SELECT '__new_events', seq"
                + " FROM sqlite_sequence WHERE name = 'events'" + BR + "INSERT INTO `__new_events`(");
        String logs = DRIZZLE_KIT_REBUILD.replace("events", "logs").replace("`name` text DEFAULT ''", "`msg` text DEFAULT ''").replace("\"name\"", "\"msg\"");
        String e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(file, false, log).check(List.of(migration(carriedEvents + BR + logs))))
                .getMessage();
        assertTrue(e.contains("- \"logs\": AUTOINCREMENT counter set back from 5 to 3") && !e.contains("\"events\": AUTOINCREMENT"), e);
    }

    @Test
    void aCounterCarriedOverOrNotSetBackPasses() {
        // db:generate's rebuild carries it over
        Path carried = file("carried", "DELETE FROM events WHERE id > 3");
        Preflight.ofFile(carried, false, log).check(List.of(migration(DRIZZLE_KIT_REBUILD.replace("INSERT INTO `__new_events`(",
                "INSERT INTO sqlite_sequence (name, seq) SELECT '__new_events', seq FROM sqlite_sequence WHERE name = 'events'" + BR
                        + "INSERT INTO `__new_events`("))));
        // no row deleted at the top: the highest id is the counter
        Path kept = file("kept", "DELETE FROM events WHERE id = 2");
        Preflight.ofFile(kept, false, log).check(List.of(migration(DRIZZLE_KIT_REBUILD)));
        // AUTOINCREMENT taken away on purpose, and a table dropped, keep no promise
        Path plain = file("plain", "DELETE FROM events WHERE id > 3");
        Preflight.ofFile(plain, false, log).check(List.of(migration(DRIZZLE_KIT_REBUILD.replace(" AUTOINCREMENT", ""))));
        // a migration that declares it
        Path declared = file("declared", "DELETE FROM events WHERE id > 3");
        Preflight.ofFile(declared, false, log).check(List.of(migration("-- godwit:accept-data-loss events\n" + DRIZZLE_KIT_REBUILD)));
        assertTrue(log.lines().stream().anyMatch(l -> l.contains("AUTOINCREMENT counter set back from 5 to 3") && l.contains("declared intended")), log.lines().toString());
    }
}
