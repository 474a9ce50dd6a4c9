package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red-team follow-up (round 51): an upsert whose DO UPDATE sets a column from {@code excluded} that the INSERT does not give,
 * {@code INSERT INTO settings (k, v) VALUES ... ON CONFLICT (k) DO UPDATE SET v = excluded.v, note = excluded.note}, sets {@code note}
 * to its default (NULL here) on every row it conflicts with: {@code excluded.note} is the value the INSERT gave it, none. It passed,
 * only named among the values "taken as written on purpose". On a local file's real rows it is refused where it emptied values.
 */
class UpsertExcludedDefaultTest {

    private static final String INIT = "CREATE TABLE settings (k text PRIMARY KEY NOT NULL, v integer, note text, label text DEFAULT 'none')";

    @TempDir
    Path dir;

    private Migration migration(String sql) {
        return new Migration(new JournalEntry(1, "6", 1001L, "0001_seed", true), dir.resolve("0001_seed.sql"), sql);
    }

    private Path file() {
        Path f = dir.resolve("app.sqlite");
        f.toFile().delete();
        try (SqliteDatabase db = SqliteDatabase.open(f)) {
            db.runAtomically(List.of(INIT, "INSERT INTO settings VALUES ('a', 1, 'keep me', 'blue'), ('b', 2, 'mine', 'red'), ('c', 3, NULL, 'green')"), false);
        }
        return f;
    }

    @Test
    void anExcludedColumnTheInsertDoesNotGiveIsRefusedWhereItEmptiedValues() {
        Path f = file();
        {
            PreflightRefusedException e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(f, false, EngineLog.SILENT)
                    .check(List.of(migration("INSERT INTO settings (k, v) VALUES ('a', 5), ('c', 6), ('d', 7) ON CONFLICT (k) DO UPDATE SET v = excluded.v,"
                            + " note = excluded.note;"))));
            assertTrue(e.getMessage().contains("\"settings\".\"note\": 1 of 3 values set to the column's default, NULL where it declares none"), e.getMessage());
            assertTrue(e.getMessage().contains("coalesce(excluded.note, note)"), e.getMessage());
        }
    }

    @Test
    void oneSetToTheColumnsDefaultIsRefusedToo() {
        Path f = file();
        {
            PreflightRefusedException e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(f, false, EngineLog.SILENT)
                    .check(List.of(migration("INSERT INTO \"settings\" (\"k\", \"v\") VALUES ('b', 5) ON CONFLICT (\"k\") DO UPDATE SET \"label\" = excluded.\"label\";"))));
            assertTrue(e.getMessage().contains("\"settings\".\"label\": 1 of 3 values set to the column's default"), e.getMessage());
        }
    }

    /** {@code SET note = excluded.label}: note gets label's default ('none'), the one to count by (note's own default, NULL, found nothing). */
    @Test
    void aColumnSetFromAnotherColumnOfExcludedIsCountedByThatColumnsDefault() {
        Path f = file();
        PreflightRefusedException e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(f, false, EngineLog.SILENT)
                .check(List.of(migration("INSERT INTO settings (k, v) VALUES ('a', 5) ON CONFLICT (k) DO UPDATE SET v = excluded.v, note = excluded.label;"))));
        assertTrue(e.getMessage().contains("\"settings\".\"note\": 1 of 3 values set to the column's default"), e.getMessage());
    }

    /**
     * A red team (round 52): two spellings of the same upsert were not read and passed as "no rows removed or rewritten" while they
     * emptied 'a''s note: one led by a common table expression ({@code WITH incoming(k, v) AS (VALUES ...) INSERT ... SELECT ... ON
     * CONFLICT ...}, the rule read only a statement starting with INSERT), and a row-value assignment, {@code SET (v, note) =
     * (excluded.v, excluded.note)}.
     */
    @Test
    void anUpsertLedByAWithClauseOrSettingARowValueIsReadToo() {
        Path f = file();
        for (String sql : List.of(
                "WITH incoming(k, v) AS (VALUES ('a', 5)) INSERT INTO settings (k, v) SELECT k, v FROM incoming WHERE true ON CONFLICT (k) DO UPDATE"
                        + " SET v = excluded.v, note = excluded.note;",
                "INSERT INTO settings (k, v) VALUES ('a', 5) ON CONFLICT (k) DO UPDATE SET (v, note) = (excluded.v, excluded.note);")) {
            PreflightRefusedException e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(f, false, EngineLog.SILENT)
                    .check(List.of(migration(sql))), sql);
            assertTrue(e.getMessage().contains("\"settings\".\"note\": 1 of 3 values set to the column's default, NULL where it declares none"), e.getMessage());
        }
        // the row value's columns the INSERT gives, or one from another value, are no loss
        assertDoesNotThrow(() -> Preflight.ofFile(f, false, EngineLog.SILENT).check(List.of(migration(
                "INSERT INTO settings (k, v, note) VALUES ('a', 5, 'n') ON CONFLICT (k) DO UPDATE SET (v, note) = (excluded.v, excluded.note);"))));
        assertDoesNotThrow(() -> Preflight.ofFile(f, false, EngineLog.SILENT).check(List.of(migration(
                "INSERT INTO settings (k, v) VALUES ('a', 5) ON CONFLICT (k) DO UPDATE SET (v, note) = (excluded.v, coalesce(excluded.note, note));"))));
    }

    /**
     * A red team (round 52): {@code INSERT OR REPLACE INTO settings (k, v) VALUES ('a', 5)}, the seed idiom read as "update v", deletes
     * row 'a' and inserts one holding the default in every column the list leaves out: 'a''s note emptied, label reset, and it passed
     * as "no rows removed or rewritten" (a REPLACE is written on purpose), where the same loss through an upsert is refused.
     */
    @Test
    void aReplaceWhoseColumnListLeavesAColumnOutIsRefusedWhereItEmptiedValues() {
        Path f = file();
        for (String sql : List.of("INSERT OR REPLACE INTO settings (k, v) VALUES ('a', 5), ('z', 1);", "REPLACE INTO main.settings (k, v, label) VALUES ('a', 5, 'blue');")) {
            PreflightRefusedException e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(f, false, EngineLog.SILENT)
                    .check(List.of(migration(sql))), sql);
            assertTrue(e.getMessage().contains("\"settings\".\"note\": 1 of 3 values set to the column's default, NULL where it declares none (the REPLACE"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("a REPLACE is a delete and an insert, not an update"), e.getMessage());
        }
        // every column given, none conflicting, or the default what the row held: nothing lost
        for (String sql : List.of("INSERT OR REPLACE INTO settings (k, v, note, label) VALUES ('a', 5, 'x', 'y');",
                "INSERT OR REPLACE INTO settings VALUES ('a', 5, 'x', 'y');",
                "INSERT OR REPLACE INTO settings (k, v) VALUES ('z', 5);",
                "INSERT OR REPLACE INTO settings (k, v, label) VALUES ('c', 5, 'green');")) {
            assertDoesNotThrow(() -> Preflight.ofFile(f, false, EngineLog.SILENT).check(List.of(migration(sql))), sql);
        }
    }

    @Test
    void theColumnListedOrKeptPasses() {
        for (String sql : List.of(
                "INSERT INTO settings (k, v, note) VALUES ('a', 5, 'new') ON CONFLICT (k) DO UPDATE SET v = excluded.v, note = excluded.note;",
                "INSERT INTO settings (k, v) VALUES ('a', 5) ON CONFLICT (k) DO UPDATE SET v = excluded.v, note = coalesce(excluded.note, note);",
                "INSERT INTO settings VALUES ('a', 5, NULL, 'x') ON CONFLICT (k) DO UPDATE SET v = excluded.v, note = excluded.note;",
                // no row conflicts with it: nothing set
                "INSERT INTO settings (k, v) VALUES ('z', 5) ON CONFLICT (k) DO UPDATE SET note = excluded.note;",
                // the conflicting row held NULL already
                "INSERT INTO settings (k, v) VALUES ('c', 5) ON CONFLICT (k) DO UPDATE SET note = excluded.note;")) {
            Path f = file();
            assertDoesNotThrow(() -> Preflight.ofFile(f, false, EngineLog.SILENT).check(List.of(migration(sql))), sql);
        }
    }

    @Test
    void aDeclarationForTheTableLetsItThrough() {
        Path f = file();
        {
            assertDoesNotThrow(() -> Preflight.ofFile(f, false, EngineLog.SILENT).check(List.of(migration(
                    "-- godwit:accept-data-loss settings\nINSERT INTO settings (k, v) VALUES ('a', 5) ON CONFLICT (k) DO UPDATE SET note = excluded.note;"))));
        }
    }

    /**
     * The "touch" idiom: {@code updated_at = excluded.updated_at} where the column's default reads the clock (CURRENT_TIMESTAMP,
     * datetime('now'), unixepoch()) and the INSERT leaves it out sets the row's time of change, written on purpose, not a value lost.
     * It was refused as "set to the column's default" whenever the count, run after the migration, fell in the same second as the
     * upsert (and passed otherwise): a result that depended on the clock.
     */
    @Test
    void anExcludedColumnWhoseDefaultReadsTheClockPasses() {
        for (String dflt : List.of("CURRENT_TIMESTAMP", "(datetime('now'))", "(unixepoch())", "(strftime('%s','now'))")) {
            Path f = dir.resolve("touch.sqlite");
            f.toFile().delete();
            try (SqliteDatabase db = SqliteDatabase.open(f)) {
                db.runAtomically(List.of("CREATE TABLE settings (k text PRIMARY KEY NOT NULL, v integer, updated_at DEFAULT " + dflt + ")",
                        "INSERT INTO settings VALUES ('a', 1, '2020-01-01 00:00:00'), ('b', 2, 1577836800)"), false);
            }
            String sql = "INSERT INTO settings (k, v) VALUES ('a', 5), ('b', 6) ON CONFLICT (k) DO UPDATE SET v = excluded.v, updated_at = excluded.updated_at;";
            assertDoesNotThrow(() -> Preflight.ofFile(f, false, EngineLog.SILENT).check(List.of(migration(sql))), dflt);
        }
    }

    /**
     * A REPLACE whose column list leaves out a column whose default reads the clock ({@code created_at DEFAULT CURRENT_TIMESTAMP})
     * resets the stored time in each row it replaces: it passed, the default taken as a new value the way an upsert's
     * {@code updated_at = excluded.updated_at} touch is, though the REPLACE names no such column. Now it is refused as a literal
     * default's reset is; listing the column (with {@code CURRENT_TIMESTAMP} where a touch is meant) passes.
     */
    @Test
    void aReplaceLeavingOutAColumnWhoseDefaultReadsTheClockIsRefused() {
        for (String dflt : List.of("CURRENT_TIMESTAMP", "(datetime('now'))", "(unixepoch())")) {
            Path f = dir.resolve("created.sqlite");
            f.toFile().delete();
            try (SqliteDatabase db = SqliteDatabase.open(f)) {
                db.runAtomically(List.of("CREATE TABLE settings (k text PRIMARY KEY NOT NULL, v integer, created_at DEFAULT " + dflt + ")",
                        "INSERT INTO settings VALUES ('a', 1, '2020-01-01 00:00:00'), ('b', 2, 1577836800)"), false);
            }
            PreflightRefusedException e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(f, false, EngineLog.SILENT)
                    .check(List.of(migration("INSERT OR REPLACE INTO settings (k, v) VALUES ('a', 5), ('z', 1);"))), dflt);
            assertTrue(e.getMessage().contains("\"settings\".\"created_at\": 1 of 2 values set to the column's default, NULL where it declares none (the"
                    + " REPLACE deletes each row it conflicts with and inserts one without \"created_at\""), e.getMessage());
            assertDoesNotThrow(() -> Preflight.ofFile(f, false, EngineLog.SILENT).check(List.of(migration(
                    "INSERT OR REPLACE INTO settings (k, v, created_at) VALUES ('a', 5, CURRENT_TIMESTAMP);"))), dflt);
        }
    }

    /**
     * A REPLACE of a new key replaces no row, so it resets nothing: followed by a deliberate touch ({@code UPDATE settings SET
     * updated_at = CURRENT_TIMESTAMP WHERE k = 'a'}) or clearing ({@code SET note = NULL}), it was refused as "1 of 3 values set to the
     * column's default ... through statement 1: INSERT OR REPLACE", the rule counting every change of the column over the migration
     * and laying it on the REPLACE. Now only the values held in the rows the REPLACE conflicts with, as it runs, are laid on it.
     */
    @Test
    void aReplaceOfANewKeyIsNotBlamedForWhatALaterUpdateSets() {
        Path f = file();
        assertDoesNotThrow(() -> Preflight.ofFile(f, false, EngineLog.SILENT).check(List.of(migration(
                "INSERT OR REPLACE INTO settings (k, v, label) VALUES ('z', 9, 'x');\n--> statement-breakpoint\nUPDATE settings SET note = NULL WHERE k = 'a';"))));
        for (String dflt : List.of("CURRENT_TIMESTAMP", "(unixepoch())")) {
            Path g = clockFile(dflt);
            assertDoesNotThrow(() -> Preflight.ofFile(g, false, EngineLog.SILENT).check(List.of(migration(
                    "INSERT OR REPLACE INTO settings (k, v, note) VALUES ('z', 9, 'x');\n--> statement-breakpoint\n"
                            + "UPDATE settings SET updated_at = CURRENT_TIMESTAMP WHERE k = 'a';"))), dflt);
        }
    }

    /**
     * The REPLACE that does reset a stored value is still refused when another statement changes the same column in other rows,
     * and counted by the rows it replaced: 'a' (and for the clock, 'a' alone of the rows holding a time), not the row the UPDATE
     * touches too.
     */
    @Test
    void aReplaceThatResetsAStoredValueIsCountedByTheRowsItReplaced() {
        Path f = file();
        PreflightRefusedException e = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(f, false, EngineLog.SILENT).check(List.of(migration(
                "INSERT OR REPLACE INTO settings (k, v, label) VALUES ('a', 9, 'x'), ('z', 1, 'y');\n--> statement-breakpoint\n"
                        + "UPDATE settings SET note = NULL WHERE k = 'b';"))));
        assertTrue(e.getMessage().contains("\"settings\".\"note\": 1 of 3 values set to the column's default, NULL where it declares none (the REPLACE"),
                e.getMessage());
        assertTrue(e.getMessage().contains("statement 1: INSERT OR REPLACE"), e.getMessage());
        // the first REPLACE meets no row, the second resets 'a': that one is named
        PreflightRefusedException second = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(f, false, EngineLog.SILENT).check(List.of(migration(
                "INSERT OR REPLACE INTO settings (k, v, label) VALUES ('z', 9, 'x');\n--> statement-breakpoint\n"
                        + "INSERT OR REPLACE INTO settings (k, v, label) VALUES ('a', 9, 'x');\n--> statement-breakpoint\nUPDATE settings SET note = NULL WHERE k = 'b';"))));
        assertTrue(second.getMessage().contains("\"settings\".\"note\": 1 of 3 values set to the column's default"), second.getMessage());
        assertTrue(second.getMessage().contains("statement 2: INSERT OR REPLACE"), second.getMessage());
        for (String dflt : List.of("CURRENT_TIMESTAMP", "(unixepoch())")) {
            Path g = clockFile(dflt);
            PreflightRefusedException clock = assertThrows(PreflightRefusedException.class, () -> Preflight.ofFile(g, false, EngineLog.SILENT).check(List.of(migration(
                    "INSERT OR REPLACE INTO settings (k, v, note) VALUES ('a', 9, 'x');\n--> statement-breakpoint\n"
                            + "UPDATE settings SET updated_at = CURRENT_TIMESTAMP WHERE k = 'b';"))), dflt);
            assertTrue(clock.getMessage().contains("\"settings\".\"updated_at\": 1 of 2 values set to the column's default"), clock.getMessage());
        }
    }

    /** Two rows holding a stored time in a column whose default reads the clock ({@code dflt}). */
    private Path clockFile(String dflt) {
        Path g = dir.resolve("clock.sqlite");
        g.toFile().delete();
        try (SqliteDatabase db = SqliteDatabase.open(g)) {
            db.runAtomically(List.of("CREATE TABLE settings (k text PRIMARY KEY NOT NULL, v integer, note text, updated_at DEFAULT " + dflt + ")",
                    "INSERT INTO settings VALUES ('a', 1, 'n', '2020-01-01 00:00:00'), ('b', 2, 'm', 1577836800)"), false);
        }
        return g;
    }
}
