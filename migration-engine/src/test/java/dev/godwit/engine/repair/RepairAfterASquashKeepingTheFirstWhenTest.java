package dev.godwit.engine.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.migrate.StatusTable;
import dev.godwit.engine.testing.TestTables;
import dev.godwit.schema.model.SchemaDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A squash by hand of 0000..0002 into one baseline whose journal entry kept 0000's "when" (as in RepairBehindAPartialSquashTest),
 * on a database that ran all of them: up to date. db:repair without -Ddb.force told it each squashed row was "a migration taken
 * out of the middle of the folder ... Restore it from version control", though the folder's baseline replaced them.
 */
class RepairAfterASquashKeepingTheFirstWhenTest {

    @TempDir
    Path dir;

    @Test
    void theRowsOfTheMigrationsTheBaselineReplacedAreNamedAsSuch() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        Generator g = new Generator();
        g.generate(RepairBehindAPartialSquashTest.V0, folder, GenerateOptions.batch().withName("users"));
        g.generate(RepairBehindAPartialSquashTest.V1, folder, GenerateOptions.batch().withName("posts"));
        g.generate(RepairBehindAPartialSquashTest.V2, folder, GenerateOptions.batch().withName("tags"));
        g.generate(RepairBehindAPartialSquashTest.V3, folder, GenerateOptions.batch().withName("notes"));
        List<Migration> all = folder.migrations();
        HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        Path dbFile = dir.resolve("app.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            new Migrator(db, history, EngineLog.SILENT).apply(all, ApplyOptions.defaults());
        }
        StringBuilder baseline = new StringBuilder();
        for (Migration m : all.subList(0, 3)) {
            if (baseline.length() > 0) baseline.append("\n--> statement-breakpoint\n");
            baseline.append(m.sql().strip());
            Files.delete(folder.sqlFile(m.tag()));
            Files.deleteIfExists(folder.sumFile(m.tag()));
        }
        Files.writeString(folder.sqlFile("0000_baseline"), baseline + "\n");
        String snapshot = Files.readString(folder.snapshotFile("0002_tags"))
                .replaceFirst("\"prevId\": \"[0-9a-f-]+\"", "\"prevId\": \"00000000-0000-0000-0000-000000000000\"");
        Files.delete(folder.snapshotFile("0000_users"));
        Files.delete(folder.snapshotFile("0001_posts"));
        Files.delete(folder.snapshotFile("0002_tags"));
        Files.writeString(folder.snapshotFile("0000_baseline"), snapshot);
        String journal = Files.readString(folder.journalFile()).replace("\"0000_users\"", "\"0000_baseline\"");
        for (Migration m : all.subList(1, 3)) journal = journal.replaceFirst(",\\s*\\{[^{}]*\"tag\": \"" + m.tag() + "\"[^{}]*\\}", "");
        Files.writeString(folder.journalFile(), journal);

        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            String status = String.join("\n", StatusTable.render(new Migrator(db, history, EngineLog.SILENT).status(folder.migrations()), false,
                    "mvn db:repair", null));
            assertTrue(status.contains("ran between 0000_baseline and 0003_notes: replaced by 0000_baseline in a squash? (see below)"), status);
            assertTrue(status.contains("a migration 0000_baseline replaced, in a squash by hand that kept the \"when\" of the first migration it"
                    + " replaced? Where this database ran every migration of the squash, db:repair -Ddb.force re-records 0000_baseline's checksum"), status);
            assertFalse(status.contains("a migration taken out of the middle of the folder after it ran?"), status);
            List<?> before = db.query("SELECT hash, created_at FROM __drizzle_migrations ORDER BY id");
            RepairException e = assertThrows(RepairException.class, () -> new Repairer(EngineLog.SILENT).repair(folder, db, history, new RepairOptions(false, null)));
            // it was "a migration taken out of the middle of the folder after it ran? ... Restore it from version control", twice
            assertFalse(e.getMessage().contains("a migration taken out of the middle of the folder after it ran?"), e.getMessage());
            assertTrue(e.getMessage().contains("are most likely of migrations 0000_baseline replaced in a squash by hand that kept the \"when\" of"
                    + " the first one it replaced (its own row reads EDITED): where this database ran every migration of the squash, run again"
                    + " with -Ddb.force"), e.getMessage());
            assertTrue(e.getMessage().endsWith("Nothing was changed."), e.getMessage());
            assertEquals(before, db.query("SELECT hash, created_at FROM __drizzle_migrations ORDER BY id"));
            // the way it names: the baseline re-recorded, the rows removed, nothing to apply
            new Repairer(EngineLog.SILENT).repair(folder, db, history, new RepairOptions(true, null));
            assertEquals(List.of(), new Migrator(db, history, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults()).applied());
            assertEquals(2, db.query("SELECT 1 FROM __drizzle_migrations").size());
        }
    }
}
