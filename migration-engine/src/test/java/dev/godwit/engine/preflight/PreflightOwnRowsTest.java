package dev.godwit.engine.preflight;

import static dev.godwit.engine.preflight.PreflightTest.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.d1.D1Database;
import dev.godwit.engine.d1.D1Settings;
import dev.godwit.engine.d1.D1StandIn;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.testing.RecordingLog;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copy that held no rows before the pending migrations: what later ones remove of the rows earlier ones wrote is listed, not
 * refused (SonicJS's 019, RealFoldersFromNpmTest). Where the copy's emptiness does not say the database's, or the change is a
 * mistake on any rows, it is refused as before.
 */
class PreflightOwnRowsTest {

    @TempDir
    Path dir;
    final RecordingLog log = new RecordingLog();

    static Migration migration(int idx, String tag, String sql) {
        return new Migration(new JournalEntry(idx, "6", 1796054673838L + idx * 1000L, tag, true), Path.of(tag + ".sql"), sql);
    }

    /**
     * A D1 table whose trigger refuses every insert (rows written before it was made): the replica could not be given rows for it
     * ("the pre-flight does not cover it"), so it held none, and a later migration's DELETE FROM codes, which on D1 removes the row
     * the database held, was said to remove only the migrations' own row ("nothing the database held") and applied. It is refused.
     */
    @Test
    void aReplicaTableLeftWithoutGeneratedRowsIsNotTakenForAnEmptyDatabase() {
        String account = "0123456789abcdef0123456789abcdef";
        String database = "c020574a-5623-407b-be0c-cd192bab9545";
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), account, database, "preflight-token-1");
             D1Database d1 = new D1Database(new D1Settings(account, database, "preflight-token-1", standIn.endpoint()))) {
            HistoryTable history = HistoryTable.forName("__drizzle_migrations");
            Migration first = migration(0, "0000_init", "CREATE TABLE `codes` (`code` text PRIMARY KEY NOT NULL)");
            new Migrator(d1, history, EngineLog.SILENT).apply(List.of(first), ApplyOptions.defaults());
            d1.runAtomically(List.of("INSERT INTO codes VALUES ('K123')",
                    "CREATE TRIGGER codes_frozen BEFORE INSERT ON codes BEGIN SELECT RAISE(ABORT, 'frozen'); END"), false);
            Migration thaw = migration(1, "0001_thaw", "DROP TRIGGER codes_frozen;\n--> statement-breakpoint\nINSERT INTO codes VALUES ('K999');");
            Migration clear = migration(2, "0002_clear", "DELETE FROM codes;");
            Migrator migrator = new Migrator(d1, history, log).checkingPendingWith(Preflight.ofLiveSchema(d1, Set.of(history.name()), false, log));
            PreflightRefusedException e = assertThrows(PreflightRefusedException.class,
                    () -> migrator.apply(List.of(first, thaw, clear), ApplyOptions.defaults()), () -> log.lines().toString());
            assertTrue(e.getMessage().contains("\n  - \"codes\": 1 of 1 rows deleted, through 0002_clear.sql statement 1: DELETE FROM codes;"), e.getMessage());
            assertEquals(List.of("K123"), rows(d1, "SELECT code FROM codes"), "nothing was applied");
            assertTrue(log.lines().stream().anyMatch(l -> l.startsWith("WARN Pre-flight: could not generate rows for \"codes\"")), log.lines().toString());
            assertFalse(log.lines().stream().anyMatch(l -> l.contains("held no rows before")), log.lines().toString());
        }
    }

    /**
     * On a fresh file, a full-text index with external content made over rows an earlier migration wrote, and an UPDATE through a
     * mistyped double-quoted name (SET body = "bdy", written as the text 'bdy'), were listed as the migrations' own rows removed
     * or rewritten and applied: the new database's index finds nothing and its rows hold 'bdy'. Both are refused, as over rows the
     * database held; a DELETE of their own seed in the same run is still only listed.
     */
    @Test
    void aFullTextIndexOutOfStepOrAQuotedNameWrittenAsTextIsRefusedOnAFreshFile() {
        Path file = dir.resolve("fresh.sqlite");
        Migration seed = migration(0, "0000_docs", "CREATE TABLE docs (id integer PRIMARY KEY, body text);\n--> statement-breakpoint\n"
                + "INSERT INTO docs VALUES (1, 'hello world'), (2, 'draft');");
        Migration drop = migration(1, "0001_no_drafts", "DELETE FROM docs WHERE body = 'draft';");
        Migration search = migration(2, "0002_search", "CREATE VIRTUAL TABLE docs_fts USING fts5(body, content='docs', content_rowid='id');");
        Migration typo = migration(2, "0002_typo", "UPDATE docs SET body = \"bdy\";");
        for (Migration m : List.of(search, typo)) {
            try (SqliteDatabase db = SqliteDatabase.open(file)) {
                Migrator migrator = new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log).checkingPendingWith(Preflight.ofFile(file, false, log));
                PreflightRefusedException e = assertThrows(PreflightRefusedException.class,
                        () -> migrator.apply(List.of(seed, drop, m), ApplyOptions.defaults()), () -> log.lines().toString());
                assertTrue(e.getMessage().contains(m == search
                        ? "- \"docs\": its full-text index \"docs_fts\" (FTS5, content='docs') is created over its 1 rows without being built from them"
                        : "- \"docs\": 1 rows written or deleted with the text 'bdy' where it says \"bdy\""), e.getMessage());
                assertFalse(e.getMessage().contains("0001_no_drafts"), "the migrations' own seed deleted is listed, not refused: " + e.getMessage());
                assertEquals(List.of(), rows(db, "SELECT name FROM sqlite_master WHERE name = 'docs'"), "nothing was applied");
            }
            String own = log.lines().stream().filter(l -> l.contains("held no rows before")).reduce((a, b) -> b).orElseThrow(() -> new AssertionError(log.lines()));
            assertTrue(own.endsWith("(nothing the database held):\n  - \"docs\": 1 of 2 rows deleted, through 0001_no_drafts.sql statement 1:"
                    + " DELETE FROM docs WHERE body = 'draft';"), own);
        }
    }

    /**
     * A file whose AUTOINCREMENT table was emptied (ids 1 to 3 given out, then deleted) holds no rows, but its counter is the
     * database's: a drizzle-kit rebuild of the table set it back to 0, listed as the migrations' own ("nothing the database held")
     * and applied, so ids 1 to 3 were handed out again. It is refused, as over a table holding rows.
     */
    @Test
    void anEmptiedTablesAutoincrementCounterIsTheDatabasesAndItsResetIsRefused() {
        Path file = dir.resolve("emptied.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.runAtomically(List.of("CREATE TABLE t (id integer PRIMARY KEY AUTOINCREMENT, x text)", "INSERT INTO t (x) VALUES ('a'), ('b'), ('c')",
                    "DELETE FROM t"), false);
            Migration rebuild = migration(0, "0000_rebuild", "CREATE TABLE __new_t (id integer PRIMARY KEY AUTOINCREMENT, x text NOT NULL);\n"
                    + "--> statement-breakpoint\nINSERT INTO __new_t SELECT id, x FROM t;\n--> statement-breakpoint\nDROP TABLE t;\n"
                    + "--> statement-breakpoint\nALTER TABLE __new_t RENAME TO t;");
            Migrator migrator = new Migrator(db, HistoryTable.forName("__drizzle_migrations"), log).checkingPendingWith(Preflight.ofFile(file, false, log));
            PreflightRefusedException e = assertThrows(PreflightRefusedException.class,
                    () -> migrator.apply(List.of(rebuild), ApplyOptions.defaults()), () -> log.lines().toString());
            assertTrue(e.getMessage().contains("- \"t\": AUTOINCREMENT counter set back from 3 to 0"), e.getMessage());
            assertEquals(List.of("t|3"), rows(db, "SELECT name, seq FROM sqlite_sequence"), "nothing was applied");
            assertFalse(log.lines().stream().anyMatch(l -> l.contains("held no rows before")), log.lines().toString());
        }
    }
}
