package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.GodwitException;
import dev.godwit.engine.d1.D1Database;
import dev.godwit.engine.d1.D1Settings;
import dev.godwit.engine.d1.D1StandIn;
import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.testing.RecordingLog;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A review (round 54): a reader of the pre-flight crashing on odd SQL (an IndexOutOfBoundsException in UnseenFilteredWrite) stopped
 * db:apply before anything was sent, but said only Maven's "Execution ... failed: java.lang.IndexOutOfBoundsException". The crash is
 * said as Godwit's bug now, with the check, the migration and the statement, and the apply still stops. Provoked through
 * {@link CheckCrash#crashOn}, as the reader's own crash is fixed.
 */
class CheckCrashTest {

    @TempDir
    Path dir;

    @AfterEach
    void noCrash() {
        CheckCrash.crashOn = null;
    }

    private Migration migration(String tag, String sql) {
        return new Migration(new JournalEntry(1, "6", 1001L, tag, true), dir.resolve(tag + ".sql"), sql);
    }

    @Test
    void aCheckCrashingOnAStatementStopsTheApplyNamingCheckMigrationAndStatement() {
        String account = "0123456789abcdef0123456789abcdef";
        String database = "c020574a-5623-407b-be0c-cd192bab9545";
        RecordingLog log = new RecordingLog();
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), account, database, "crash-token-1");
             D1Database d1 = new D1Database(new D1Settings(account, database, "crash-token-1", standIn.endpoint()))) {
            d1.runAtomically(List.of("CREATE TABLE items (id integer PRIMARY KEY NOT NULL, code text)", "INSERT INTO items VALUES (1, 'a'), (2, 'b')"), false);
            CheckCrash.crashOn = new String[] {"UnseenFilteredWrite.in", "'odd'"};
            HistoryTable history = HistoryTable.forName("__drizzle_migrations");
            Migration m = migration("0001_note", "ALTER TABLE items ADD note text;\n--> statement-breakpoint\nUPDATE items SET note = 'odd' WHERE id > 1;"
                    + "\n--> statement-breakpoint\nCREATE INDEX items_note ON items (note);");
            GodwitException e = assertThrows(GodwitException.class, () -> new Migrator(d1, history, log)
                    .checkingPendingWith(Preflight.ofLiveSchema(d1, Set.of(history.name()), false, log)).apply(List.of(m), ApplyOptions.defaults()));
            assertFalse(e instanceof PreflightRefusedException, e.toString());
            assertEquals(GodwitException.Kind.BROKEN, e.kind());
            assertTrue(e.getMessage().startsWith("db:apply's pre-flight: its check UnseenFilteredWrite.in failed reading 0001_note.sql, statement 2 of 3:\n"
                    + "    UPDATE items SET note = 'odd' WHERE id > 1;\n"
                    + "  with java.lang.IndexOutOfBoundsException: Index 3 out of bounds for length 3 (test hook) (at CheckCrash.java:"), e.getMessage());
            assertTrue(e.getMessage().endsWith(").\n  This is a bug in Godwit, not a verdict on the migration: please report it with the statement above and this"
                    + " message.\n  Nothing was applied: the apply stops before sending anything. Fix or rewrite the statement, or apply it by hand."), e.getMessage());
            assertTrue(e.getCause() instanceof IndexOutOfBoundsException, "the crash is kept as the cause");
            assertFalse(e.getMessage().contains("crash-token-1") || log.lines().toString().contains("crash-token-1"), "no token");
            // nothing sent: no column, no history
            assertEquals(List.of("code", "id"), d1.query("SELECT name FROM pragma_table_info('items') ORDER BY name").stream()
                    .map(r -> String.valueOf(r.get("name"))).toList());
            assertEquals(List.of(), d1.query("SELECT name FROM sqlite_master WHERE name = '__drizzle_migrations'"));
        }
    }

    @Test
    void aCheckOfTheReplayCrashingNamesItToo() {
        CheckCrash.crashOn = new String[] {"NullableCopies.backupsIn", "AS SELECT"};
        try (DataReplay replay = new DataReplay()) {
            replay.apply(migration("0000_init", "CREATE TABLE items (id integer PRIMARY KEY NOT NULL, code text NOT NULL);"));
            GodwitException e = assertThrows(GodwitException.class, () -> replay.apply(migration("0001_bak",
                    "CREATE TABLE items_bak AS SELECT * FROM items;\n--> statement-breakpoint\nDROP TABLE items_bak;")));
            assertTrue(e.getMessage().startsWith("db:verify's replay: its check NullableCopies.backupsIn failed reading 0001_bak.sql, statement 1 of 2:\n"
                    + "    CREATE TABLE items_bak AS SELECT * FROM items;\n  with java.lang.IndexOutOfBoundsException: "), e.getMessage());
            assertTrue(e.getMessage().endsWith("\n  The replay stops there, so db:verify checked nothing after it. Fix or rewrite the statement"
                    + " (db:apply's pre-flight reads it the same way)."), e.getMessage());
        }
    }

    /**
     * A crash in a check not run statement by statement (after the copy ran the migration) is caught around them all: the check is
     * the last of Godwit's frames before the pre-flight's own, the place the first of them.
     */
    @Test
    void aCrashAroundTheChecksIsNamedByTheCheckItCameFrom() {
        IndexOutOfBoundsException crash = new IndexOutOfBoundsException("Index 1 out of bounds for length 1");
        crash.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("java.util.Objects", "checkIndex", "Objects.java", 385),
                new StackTraceElement("dev.godwit.engine.sql.SqlLexer", "nameAfter", "SqlLexer.java", 120),
                new StackTraceElement("dev.godwit.engine.preflight.BrokenViews", "noteBrokenBy", "BrokenViews.java", 77),
                new StackTraceElement("dev.godwit.engine.preflight.Preflight", "check", "Preflight.java", 770)});
        Migration m = migration("0001_two", "ALTER TABLE items ADD note text;\n--> statement-breakpoint\nCREATE VIEW v AS SELECT note FROM items;");
        RuntimeException e = CheckCrash.of(CheckCrash.Run.PREFLIGHT, Preflight.class, m, crash);
        assertEquals("db:apply's pre-flight: its check BrokenViews.noteBrokenBy failed reading 0001_two.sql (2 statements; the check read them together)\n"
                + "  with java.lang.IndexOutOfBoundsException: Index 1 out of bounds for length 1 (at SqlLexer.java:120).\n"
                + "  This is a bug in Godwit, not a verdict on the migration: please report it with the migration above and this message.\n"
                + "  Nothing was applied: the apply stops before sending anything. Fix or rewrite the statement, or apply it by hand.", e.getMessage());
        assertTrue(e instanceof GodwitException g && g.kind() == GodwitException.Kind.BROKEN && e.getCause() == crash);
        // a refusal or a database's failure passes as it is
        PreflightRefusedException refused = new PreflightRefusedException("refused", List.of());
        assertTrue(CheckCrash.of(CheckCrash.Run.PREFLIGHT, Preflight.class, m, refused) == refused);
    }
}
