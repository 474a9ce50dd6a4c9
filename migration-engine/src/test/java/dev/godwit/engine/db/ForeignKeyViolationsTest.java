package dev.godwit.engine.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.testing.RecordingLog;
import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.preflight.Preflight;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With foreign keys off (-Ddb.local.foreignKeysOff), a migration may leave the rows that broke a key before and none more. They
 * were told apart by rowid, which a rebuild's copy of a table without an INTEGER PRIMARY KEY numbers afresh: a violation the file
 * had read as new, and the apply and its pre-flight refused a rebuild that changed nothing of it. Now by their key's values.
 */
class ForeignKeyViolationsTest {

    @TempDir
    Path dir;

    private static final String REBUILD = "PRAGMA foreign_keys=OFF;\n--> statement-breakpoint\n"
            + "CREATE TABLE `__new_players` (`code` text PRIMARY KEY NOT NULL, `team_id` integer, `nick` text,"
            + " FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`));\n--> statement-breakpoint\n"
            + "INSERT INTO `__new_players`(\"code\", \"team_id\") SELECT \"code\", \"team_id\" FROM `players`;\n--> statement-breakpoint\n"
            + "DROP TABLE `players`;\n--> statement-breakpoint\nALTER TABLE `__new_players` RENAME TO `players`;\n--> statement-breakpoint\n"
            + "PRAGMA foreign_keys=ON;";

    /** Players a, b, c (rowids 1-3), a deleted, so b and c hold rowids 2 and 3; c's team 9 is not there: the file broke the key already. */
    private Path file(String name) {
        Path file = dir.resolve(name + ".sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.write("PRAGMA foreign_keys=OFF");
            db.runAtomically(List.of("CREATE TABLE teams (id integer PRIMARY KEY)",
                    "CREATE TABLE players (code text PRIMARY KEY NOT NULL, team_id integer REFERENCES teams(id))",
                    "INSERT INTO teams VALUES (1)", "INSERT INTO players VALUES ('a', 1), ('b', 1), ('c', 9)", "DELETE FROM players WHERE code = 'a'"), false);
            db.write("PRAGMA foreign_keys=ON");
            assertEquals(List.of("3|c"), rows(db, "SELECT rowid || '|' || code FROM players WHERE team_id = 9"));
        }
        return file;
    }

    private static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        for (String s : sql.split("--> statement-breakpoint")) if (!s.isBlank()) out.add(s.trim());
        return out;
    }

    @Test
    void aRebuildThatRenumbersTheRowsOfAViolationItHadIsApplied() {
        Path file = file("renumbered");
        Migration m = migration(REBUILD);
        RecordingLog recording = new RecordingLog();
        List<String> log = recording.lines();
        Preflight.ofFile(file, false, recording).withForeignKeysOffAround(true).check(List.of(m));
        assertTrue(log.stream().anyMatch(l -> l.contains("no rows removed or rewritten")), log.toString());
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.runAtomically(statements(REBUILD), true);
            // the copy renumbered them: c, still pointing at no team, is row 2 now
            assertEquals(List.of("1|b|1", "2|c|9"), rows(db, "SELECT rowid || '|' || code || '|' || team_id FROM players ORDER BY rowid"));
        }
    }

    /**
     * A review of the first version, which told violations apart by the key columns' names and the values' types: a key column
     * renamed, or a rebuild giving it another affinity ('9' then 9), read the file's violation as new.
     */
    @Test
    void aViolationTheFileHadStaysItsOwnThroughARenameOrARetype() {
        Path file = file("renamedkey");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.runAtomically(List.of("ALTER TABLE players RENAME COLUMN team_id TO teamId"), true);
            assertEquals(List.of("c|9"), rows(db, "SELECT code || '|' || teamId FROM players WHERE teamId = 9"));
            db.runAtomically(statements(REBUILD.replace("`team_id` integer", "`team_id` text").replace("\"team_id\") SELECT \"code\", \"team_id\"",
                    "\"team_id\") SELECT \"code\", \"teamId\"")), true);
            assertEquals(List.of("text"), rows(db, "SELECT typeof(team_id) FROM players WHERE code = 'c'"));
        }
    }

    @Test
    void aViolationMendedWhileAnotherIsMadeIsStillRefused() {
        Path file = file("swapped");
        String sql = "PRAGMA foreign_keys=OFF;\n--> statement-breakpoint\nUPDATE players SET team_id = 1 WHERE code = 'c';\n--> statement-breakpoint\n"
                + "UPDATE players SET team_id = 8 WHERE code = 'b';\n--> statement-breakpoint\nPRAGMA foreign_keys=ON;";
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            DatabaseException e = assertThrows(DatabaseException.class, () -> db.runAtomically(statements(sql), true));
            // named by its key, not by its rowid, which a rebuild may give another row
            assertEquals("the statements leave 1 foreign key violation(s): the row of \"players\" with \"code\" 'b' references a missing row of \"teams\""
                    + " (\"team_id\" 8)", e.getMessage());
            assertEquals(List.of("b|1", "c|9"), rows(db, "SELECT code || '|' || team_id FROM players ORDER BY code"));
        }
        // the pre-flight, on a rebuild whose copy mends c and breaks b (a data migration alone is taken as asked for)
        String rebuild = REBUILD.replace("SELECT \"code\", \"team_id\"", "SELECT \"code\", CASE \"code\" WHEN 'c' THEN 1 WHEN 'b' THEN 8 END");
        RecordingLog recording = new RecordingLog();
        List<String> log = recording.lines();
        Migration m = migration(rebuild);
        Preflight.ofFile(file, false, recording).withForeignKeysOffAround(true).check(List.of(m));
        assertTrue(log.stream().anyMatch(l -> l.startsWith("WARN Pre-flight: 0000_x.sql fails on a copy of ") && l.contains(": the statements leave 1"
                + " foreign key violation(s): the row of \"players\" with \"code\" 'b' references a missing row of \"teams\" (\"team_id\" 8) (checked before COMMIT")), log.toString());
    }

    /**
     * A trial: foreign keys on, a rebuild copying a row that already pointed at no parent fails at COMMIT, and the message named
     * "row 630", the copy's renumbered rowid, a row whose parent exists (deleting it would lose a good row). Rows are named by
     * their key and the key's values, in the apply and in the pre-flight's warning (which named none).
     */
    @Test
    void aViolationAtCommitIsNamedByItsKeyNotByTheCopysRowid() {
        Path file = file("atcommit");
        // c mended, then a rebuild whose copy points b (rowid 2 before, 1 in the copy) at no team
        String rebuild = REBUILD.replace("PRAGMA foreign_keys=OFF;", "-- godwit:accept-data-loss players\nPRAGMA defer_foreign_keys=ON;\n"
                        + "--> statement-breakpoint\nUPDATE players SET team_id = 1 WHERE code = 'c';")
                .replace("\n--> statement-breakpoint\nPRAGMA foreign_keys=ON;", "")
                .replace("SELECT \"code\", \"team_id\"", "SELECT \"code\", CASE \"code\" WHEN 'b' THEN 8 ELSE \"team_id\" END");
        RecordingLog recording = new RecordingLog();
        List<String> log = recording.lines();
        Preflight.ofFile(file, false, recording).check(List.of(migration(rebuild)));
        assertTrue(log.stream().anyMatch(l -> l.startsWith("WARN Pre-flight: 0000_x.sql fails on a copy of ") && l.contains("(at COMMIT, where SQLite"
                + " checks the foreign keys the migration deferred): 1 foreign key violation(s): the row of \"players\" with \"code\" 'b' references a"
                + " missing row of \"teams\" (\"team_id\" 8)")), log.toString());
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            DatabaseException e = assertThrows(DatabaseException.class, () -> db.runAtomically(statements(rebuild), false));
            assertTrue(e.getMessage().contains("at COMMIT: 1 foreign key violation(s): the row of \"players\" with \"code\" 'b' references a missing row"
                    + " of \"teams\" (\"team_id\" 8)"), e.getMessage());
            assertEquals(List.of("2|b", "3|c"), rows(db, "SELECT rowid || '|' || code FROM players ORDER BY rowid"), "rolled back");
        }
    }

    private Migration migration(String sql) {
        return new Migration(new JournalEntry(0, "6", 1000L, "0000_x", true), dir.resolve("0000_x.sql"), sql);
    }

    private static List<String> rows(Database db, String sql) {
        return db.query(sql).stream().map(r -> String.valueOf(r.values().iterator().next())).toList();
    }
}
