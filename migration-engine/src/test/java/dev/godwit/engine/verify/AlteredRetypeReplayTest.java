package dev.godwit.engine.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.preflight.DataReplay;
import dev.godwit.engine.preflight.RowChange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A column retyped without a rebuild: a hand-written migration adds a column of the new type, copies the old one into it with
 * an UPDATE, drops the old one and renames the new one to its name (or adds it again under its name and copies back). On a real
 * database the text '007' becomes 7 and db:apply's pre-flight refuses it, but db:verify's replay gave the column no value that
 * shows it (RetypedColumnsReplayTest, RenamedRetypeReplayTest): it looked for retypes only in migrations creating a table, and
 * skipped a column whose name another column was renamed to. It now compares each column name's affinity before and after
 * wherever a migration renames or drops a column.
 */
class AlteredRetypeReplayTest {

    @TempDir
    Path dir;

    private static final String INIT = "CREATE TABLE `items` (`id` integer PRIMARY KEY NOT NULL, `name` text, `code` text NOT NULL, `ts` integer NOT NULL);";

    private Migration migration(int idx, String name, String sql) {
        return new Migration(new JournalEntry(idx, "6", 1000L + idx, name, true), dir.resolve(name + ".sql"), sql);
    }

    private static String statements(String... sql) {
        return String.join("\n--> statement-breakpoint\n", sql);
    }

    private static List<String> said(DataReplay replay, String file, String what) {
        return replay.warnings().stream().filter(w -> w.startsWith("replaying " + file + " on tables holding generated rows " + what)).toList();
    }

    /** The red team's migration: ADD code_n integer, UPDATE SET code_n = code, DROP COLUMN code, RENAME COLUMN code_n TO code. */
    @Test
    void aTextColumnRetypedToIntegerThroughAddCopyDropRenameIsTriedWithATextThatConverts() {
        try (DataReplay replay = new DataReplay()) {
            replay.apply(migration(0, "0000_init", INIT));
            List<RowChange> changes = replay.apply(migration(1, "0001_code_integer", statements("ALTER TABLE items ADD code_n integer;",
                    "UPDATE items SET code_n = code;", "ALTER TABLE items DROP COLUMN code;", "ALTER TABLE items RENAME COLUMN code_n TO code;")));
            assertTrue(changes.isEmpty(), changes.toString());
            List<String> said = said(replay, "0001_code_integer.sql", "rewrites texts that read as numbers");
            assertEquals(1, said.size(), replay.warnings().toString());
            assertTrue(said.get(0).contains("\"items\".\"code\": 1 of 3 texts changed"), said.get(0));
            assertTrue(said.get(0).contains("-- godwit:accept-data-loss items"), said.get(0));
        }
    }

    /**
     * The column renamed to the dropped one's name in other letter case (code dropped, code_n renamed to Code): one name to SQLite,
     * and the copy's values. LossRules took a name taken in other case after a DROP COLUMN for another column (rowid dropped, c27
     * renamed to ROWID), so neither the replay nor db:apply's pre-flight on a real file holding '007' said anything.
     */
    @Test
    void aRetypeThroughARenameToTheDroppedNameInOtherCaseIsSeenByTheReplayAndThePreflight() throws Exception {
        String sql = statements("ALTER TABLE items ADD code_n integer;", "UPDATE items SET code_n = code;", "ALTER TABLE items DROP COLUMN code;",
                "ALTER TABLE items RENAME COLUMN code_n TO Code;");
        try (DataReplay replay = new DataReplay()) {
            replay.apply(migration(0, "0000_init", INIT));
            replay.apply(migration(1, "0001_code_integer", sql));
            List<String> said = said(replay, "0001_code_integer.sql", "rewrites texts that read as numbers");
            assertEquals(1, said.size(), replay.warnings().toString());
            assertTrue(said.get(0).toLowerCase().contains("\"items\".\"code\": 1 of 3 texts changed"), said.get(0));   // SQLite names it either way
        }
        Path db = dir.resolve("real.db");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TABLE items (id integer PRIMARY KEY, code text NOT NULL)");
            s.execute("INSERT INTO items VALUES (1, '007'), (2, 'A-1')");
        }
        dev.godwit.engine.preflight.PreflightRefusedException refused = org.junit.jupiter.api.Assertions.assertThrows(
                dev.godwit.engine.preflight.PreflightRefusedException.class, () -> dev.godwit.engine.preflight.Preflight.ofFile(db, false,
                        dev.godwit.engine.EngineLog.SILENT).check(List.of(migration(1, "0001_code_integer", sql))));
        assertTrue(refused.getMessage().toLowerCase().contains("\"items\".\"code\": 1 of 2 texts changed"), refused.getMessage());
    }

    /** The same idiom with the COLUMN words left out (SQLite takes ALTER TABLE t DROP c and RENAME a TO b), integer -> real: rounded. */
    @Test
    void anIntegerColumnMadeRealThroughAddCopyDropRenameIsTriedWithAnIntegerBeyondADouble() {
        try (DataReplay replay = new DataReplay()) {
            replay.apply(migration(0, "0000_init", INIT));
            List<RowChange> changes = replay.apply(migration(1, "0001_ts_real", statements("ALTER TABLE `items` ADD `ts_r` real;",
                    "UPDATE `items` SET `ts_r` = `ts`;", "ALTER TABLE `items` DROP `ts`;", "ALTER TABLE `items` RENAME `ts_r` TO `ts`;")));
            assertTrue(changes.isEmpty(), changes.toString());
            List<String> said = said(replay, "0001_ts_real.sql", "rounds integers");
            assertEquals(1, said.size(), replay.warnings().toString());
            assertTrue(said.get(0).contains("\"items\".\"ts\": 1 of 3 integers rounded"), said.get(0));
            assertTrue(said(replay, "0001_ts_real.sql", "rewrites texts").isEmpty(), replay.warnings().toString());
        }
    }

    /** No RENAME at all: the values parked in a column, the column dropped and added again under its name with the new type, copied back. */
    @Test
    void aTextColumnDroppedAddedAgainAsIntegerAndCopiedBackIsTriedWithATextThatConverts() {
        try (DataReplay replay = new DataReplay()) {
            replay.apply(migration(0, "0000_init", INIT));
            replay.apply(migration(1, "0001_code_integer", statements("ALTER TABLE items ADD tmp text;", "UPDATE items SET tmp = code;",
                    "ALTER TABLE items DROP COLUMN code;", "ALTER TABLE items ADD code integer;", "UPDATE items SET code = tmp;",
                    "ALTER TABLE items DROP COLUMN tmp;")));
            List<String> said = said(replay, "0001_code_integer.sql", "rewrites texts that read as numbers");
            assertEquals(1, said.size(), replay.warnings().toString());
            assertTrue(said.get(0).contains("\"items\".\"code\": 1 of 3 texts changed"), said.get(0));
        }
    }

    /**
     * Guards (they pass without the fix too): a column dropped and added again under its name with another type (or another added
     * and renamed to it), nothing copied, holds new values, none converted (a DEFAULT 7 read against '007' was counted converted by
     * the first cut of the fix), and the replay says no retype; a migration declaring the loss of its table stays silent, as for a
     * rebuild.
     */
    @Test
    void aColumnDroppedAndAddedWithoutACopyOrADeclaredRetypeIsNoWarning() {
        for (String added : List.of("code integer", "code_n integer NOT NULL DEFAULT 7", "ts real NOT NULL DEFAULT 0")) {
            String column = added.substring(0, added.indexOf(' '));
            String dropped = column.startsWith("ts") ? "ts" : "code";
            String rename = column.equals("code_n") ? "\n--> statement-breakpoint\nALTER TABLE items RENAME COLUMN code_n TO code;" : "";
            try (DataReplay replay = new DataReplay()) {
                replay.apply(migration(0, "0000_init", INIT));
                replay.apply(migration(1, "0001_anew", statements("ALTER TABLE items DROP COLUMN " + dropped + ";",
                        "ALTER TABLE items ADD " + added + ";") + rename));
                // the dropped values are the migration's own finding (VALUES_NOT_KEPT); no value given, so no retype said
                assertTrue(said(replay, "0001_anew.sql", "rewrites texts").isEmpty() && said(replay, "0001_anew.sql", "rounds").isEmpty(),
                        added + ": " + replay.warnings());
            }
        }
        try (DataReplay replay = new DataReplay()) {
            replay.apply(migration(0, "0000_init", INIT));
            List<RowChange> changes = replay.apply(migration(1, "0001_code_integer", "-- godwit:accept-data-loss items\n" + statements(
                    "ALTER TABLE items ADD code_n integer;", "UPDATE items SET code_n = code;", "ALTER TABLE items DROP COLUMN code;",
                    "ALTER TABLE items RENAME COLUMN code_n TO code;")));
            assertTrue(replay.warnings().isEmpty(), replay.warnings().toString());
            assertTrue(changes.isEmpty(), changes.toString());
        }
    }
}
