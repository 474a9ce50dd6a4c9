package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * A follow-up of red-team round 50: a rebuild split forward over two pending migrations, the first creating t2 and copying t's rows
 * into it with a WHERE, the second dropping t and renaming t2 to t, left t with 1 of its 2 rows and passed the pre-flight with "no
 * rows removed or rewritten in the tables they keep; they drop "t" (2 rows)": t, dropped before anything read it, was taken for a
 * table dropped for another. The same in one migration is refused. The rows of t are now compared with the table renamed into its
 * name where an earlier migration of the run filled that table from t.
 */
class SplitForwardRebuildTest {

    @TempDir
    Path dir;

    private static final String BR = ";\n--> statement-breakpoint\n";

    private Path file(String name) {
        Path file = dir.resolve(name + ".sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.runAtomically(List.of("CREATE TABLE t (id integer PRIMARY KEY, v text)", "INSERT INTO t VALUES (1, 'a'), (2, 'b')"), false);
        }
        return file;
    }

    private Migration migration(int idx, String tag, String sql) {
        return new Migration(new JournalEntry(idx, "6", 2000L + idx, tag, true), dir.resolve(tag + ".sql"), sql);
    }

    private List<Migration> split(String where) {
        return List.of(migration(1, "0001_copy", "CREATE TABLE t2 (id integer PRIMARY KEY, v text)" + BR + "INSERT INTO t2 SELECT id, upper(v) FROM t" + where),
                migration(2, "0002_swap", "DROP TABLE t" + BR + "ALTER TABLE t2 RENAME TO t"));
    }

    @Test
    void aCopyThatLeftRowsBehindInTheEarlierMigrationIsRefused() {
        RecordingLog log = new RecordingLog();
        String e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(file("lossy"), false, log).check(split(" WHERE id > 1")),
                () -> String.join("\n", log.lines())).getMessage();
        // named by the copy that left the row out, as the same in one migration is, not by the DROP TABLE after it
        assertTrue(e.contains("- \"t\": 1 of 2 rows deleted, through 0001_copy.sql statement 2: INSERT INTO t2 SELECT id, upper(v) FROM t WHERE id > 1"), e);
        // and declared where that copy is
        Migration copy = migration(1, "0001_copy", "-- godwit:accept-data-loss t\n" + split(" WHERE id > 1").get(0).sql());
        RecordingLog declared = new RecordingLog();
        Preflight.ofFile(file("declared"), false, declared).check(List.of(copy, split(" WHERE id > 1").get(1)));
        assertTrue(declared.lines().stream().anyMatch(l -> l.contains("declared intended by 0001_copy.sql")), declared.lines()::toString);
    }

    @Test
    void theSameInOneMigrationIsNamedByItsCopyToo() {
        RecordingLog log = new RecordingLog();
        String e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(file("one"), false, log).check(List.of(migration(1, "0001_all",
                "CREATE TABLE t2 (id integer PRIMARY KEY, v text)" + BR + "INSERT INTO t2 SELECT id, upper(v) FROM t WHERE id > 1" + BR + "DROP TABLE t" + BR
                        + "ALTER TABLE t2 RENAME TO t"))), () -> String.join("\n", log.lines())).getMessage();
        assertTrue(e.contains("- \"t\": 1 of 2 rows deleted, through 0001_all.sql statement 2: INSERT INTO t2 SELECT id, upper(v) FROM t WHERE id > 1"), e);
    }

    @Test
    void aCopyOfEveryRowWithComputedValuesPasses() {
        RecordingLog log = new RecordingLog();
        Preflight.ofFile(file("faithful"), false, log).check(split(""));
        assertTrue(log.lines().stream().anyMatch(l -> l.contains("no rows removed or rewritten")), log.lines()::toString);
    }

    @Test
    void theReplayFindsTheRowsLeftBehind() {
        try (DataReplay replay = new DataReplay()) {
            assertEquals(List.of(), replay.apply(migration(0, "0000_init", "CREATE TABLE t (id integer PRIMARY KEY, v text)")));
            List<Migration> both = split(" WHERE id > (SELECT min(id) FROM t)");
            assertEquals(List.of(), replay.apply(both.get(0)));
            List<String> changes = replay.apply(both.get(1)).stream().map(RowChange::describe).toList();
            assertEquals(List.of("\"t\": 1 of 3 rows deleted, through 0001_copy.sql statement 2: INSERT INTO t2 SELECT id, upper(v) FROM t"
                    + " WHERE id > (SELECT min(id) FROM t)"), changes);
        }
    }
}
