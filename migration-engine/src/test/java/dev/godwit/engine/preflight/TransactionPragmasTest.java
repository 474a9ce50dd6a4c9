package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.db.Database;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.target.Target;
import dev.godwit.engine.testing.RecordingLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * D1 applies a PRAGMA a migration sets to that migration's request only ("D1 PRAGMA statements only apply to the current
 * transaction"; wrangler 4.86's local D1 does the same), while SQLite keeps it for the connection: the local apply to wrangler's
 * local D1 file ran every migration on one connection, so a {@code PRAGMA ignore_check_constraints = ON} of one migration let a
 * later one insert a row D1 refuses ("CHECK constraint failed" there), and a {@code legacy_alter_table = ON} left a later rename's
 * views on the old name (D1 rewrites them). Both applied locally; the pre-flight's copy carried them over too.
 */
class TransactionPragmasTest {

    @TempDir
    Path dir;

    @Test
    void aPragmaOfOneMigrationDoesNotReachTheNextOnWranglersLocalD1File() throws Exception {
        Path migrations = dir.resolve("migrations");
        Files.createDirectories(migrations);
        Files.writeString(migrations.resolve("0001_init.sql"), "CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER CHECK (v > 0));\n"
                + "INSERT INTO t (v) VALUES (1);\n");
        Files.writeString(migrations.resolve("0002_fixup.sql"), "PRAGMA ignore_check_constraints = ON;\nUPDATE t SET v = 2 WHERE id = 1;\n");
        Files.writeString(migrations.resolve("0003_seed.sql"), "INSERT INTO t (v) VALUES (-5);\n");
        Target target = new Target.WranglerLocalD1(dir.resolve("local-d1.sqlite"), "c0ffee00-0000-4000-8000-000000000001");
        RecordingLog log = new RecordingLog();
        HistoryTable history = HistoryTable.forName(HistoryTable.WRANGLER_DEFAULT);
        // the pre-flight's copy sees it first: nothing is applied
        try (Database db = target.open()) {
            RuntimeException e = assertThrows(RuntimeException.class, () -> new Migrator(db, history, log)
                    .checkingPendingWith(Preflight.forTarget(target, db, Set.of(history.name()), false, log))
                    .apply(MigrationsFolder.at(migrations), ApplyOptions.defaults()));
            assertTrue(e.getMessage().contains("0003_seed.sql fails") && e.getMessage().contains("CHECK constraint failed"), e.getMessage());
        }
        // and the apply itself, without a pre-flight, stops at it as D1 does
        try (Database db = target.open()) {
            RuntimeException e = assertThrows(RuntimeException.class, () -> new Migrator(db, history, log)
                    .apply(MigrationsFolder.at(migrations), ApplyOptions.defaults()));
            assertTrue(e.getMessage().contains("CHECK constraint failed"), e.getMessage());
            assertEquals(0, db.query("SELECT 1 FROM t WHERE v < 0").size());
        }
    }

    @Test
    void aRenameAfterAMigrationThatSetLegacyAlterTableRewritesTheViewsAsOnD1() throws Exception {
        Path migrations = dir.resolve("migrations");
        Files.createDirectories(migrations);
        Files.writeString(migrations.resolve("0001_init.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);\n"
                + "CREATE VIEW user_names AS SELECT name FROM users;\n");
        Files.writeString(migrations.resolve("0002_legacy.sql"), "PRAGMA legacy_alter_table = ON;\nCREATE TABLE notes (id INTEGER PRIMARY KEY);\n");
        Files.writeString(migrations.resolve("0003_rename.sql"), "ALTER TABLE users RENAME TO members;\n");
        Target target = new Target.WranglerLocalD1(dir.resolve("local-d1.sqlite"), "c0ffee00-0000-4000-8000-000000000002");
        RecordingLog log = new RecordingLog();
        HistoryTable history = HistoryTable.forName(HistoryTable.WRANGLER_DEFAULT);
        try (Database db = target.open()) {
            new Migrator(db, history, log).checkingPendingWith(Preflight.forTarget(target, db, Set.of(history.name()), false, log))
                    .apply(MigrationsFolder.at(migrations), ApplyOptions.defaults());
            Object view = db.query("SELECT sql FROM sqlite_master WHERE name = 'user_names'").get(0).get("sql");
            assertEquals("CREATE VIEW user_names AS SELECT name FROM \"members\"", view, String.join("\n", log.lines()));
        }
    }
}
