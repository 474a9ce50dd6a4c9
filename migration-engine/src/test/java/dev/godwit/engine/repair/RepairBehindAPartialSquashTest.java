package dev.godwit.engine.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import dev.godwit.engine.testing.TestTables;
import dev.godwit.schema.model.SchemaDef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A squash by hand of the oldest migrations of a long history (0000..0002 deleted, one baseline written in their place, the later
 * ones kept), the baseline's journal entry keeping the "when" of the first migration it replaces, as a person editing the journal
 * in place does. A database that ran only part of the squashed migrations (0000 and 0001, not 0002) is behind the baseline:
 * db:repair re-recorded the baseline's checksum over 0000's row, removed 0001's, and db:apply then ran 0003 on top, leaving the
 * database without the table 0002 made, for good and without a refusal (the warning blamed the removed rows for it).
 */
class RepairBehindAPartialSquashTest {

    @TempDir
    Path dir;

    static final SchemaDef V0 = new SchemaDef(List.of(TestTables.table("users", "name")), List.of());
    static final SchemaDef V1 = new SchemaDef(List.of(TestTables.table("users", "name"), TestTables.table("posts", "title")), List.of());
    static final SchemaDef V2 = new SchemaDef(List.of(TestTables.table("users", "name"), TestTables.table("posts", "title"),
            TestTables.table("tags", "label")), List.of());
    static final SchemaDef V3 = new SchemaDef(List.of(TestTables.table("users", "name"), TestTables.table("posts", "title"),
            TestTables.table("tags", "label"), TestTables.table("notes", "body")), List.of());

    MigrationsFolder folder;
    Path dbFile;
    final HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);

    @BeforeEach
    void fourMigrationsTwoAppliedThenTheFirstThreeSquashed() throws IOException {
        folder = MigrationsFolder.at(dir.resolve("drizzle"));
        dbFile = dir.resolve("app.sqlite");
        Generator g = new Generator();
        g.generate(V0, folder, GenerateOptions.batch().withName("users"));
        g.generate(V1, folder, GenerateOptions.batch().withName("posts"));
        g.generate(V2, folder, GenerateOptions.batch().withName("tags"));
        g.generate(V3, folder, GenerateOptions.batch().withName("notes"));
        List<Migration> all = folder.migrations();
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            new Migrator(db, history, EngineLog.SILENT).apply(all.subList(0, 2), ApplyOptions.defaults());
        }
        // the squash: 0000..0002 give way to 0000_baseline, which creates what they made, under 0000's "when"
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
        String journal = Files.readString(folder.journalFile());
        journal = journal.replace("\"0000_users\"", "\"0000_baseline\"");
        for (Migration m : all.subList(1, 3)) {   // their entries out, with the comma before each
            journal = journal.replaceFirst(",\\s*\\{[^{}]*\"tag\": \"" + m.tag() + "\"[^{}]*\\}", "");
        }
        Files.writeString(folder.journalFile(), journal);
        assertEquals(List.of("0000_baseline", "0003_notes"), folder.migrations().stream().map(Migration::tag).toList());
    }

    List<String> tables() {
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            return db.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_\\_%' ESCAPE '\\' ORDER BY name")
                    .stream().map(r -> (String) r.get("name")).toList();
        }
    }

    List<Map<String, Object>> history() {
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            return db.query("SELECT hash, created_at FROM __drizzle_migrations ORDER BY id");
        }
    }

    @Test
    void aDatabaseBehindTheBaselineIsRefusedNotRecordedAtIt() {
        List<Map<String, Object>> before = history();
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            var e = assertThrows(RepairException.class, () -> new Repairer(EngineLog.SILENT).repair(folder, db, history, new RepairOptions(true, null)));
            assertTrue(e.getMessage().contains("it is behind the point 0000_baseline was made at"), e.getMessage());
            assertTrue(e.getMessage().contains("records in __drizzle_migrations, besides the row 0000_baseline is taken for, only migrations"), e.getMessage());
            assertTrue(e.getMessage().contains("Nothing was changed."), e.getMessage());
            // a drizzle history's rows come from the folder before the squash, not from wrangler's own folder
            assertTrue(!e.getMessage().contains("wrangler"), e.getMessage());
            assertTrue(e.getMessage().contains("the folder as it was before"), e.getMessage());
        }
        assertEquals(before, history());
        assertEquals(List.of("posts", "users"), tables());
    }

    /** The way the refusal names works: brought up to the baseline first, db:repair realigns the history, db:apply the rest. */
    @Test
    void broughtUpToTheBaselineFirstTheRepairGoesThrough() {
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            db.runAtomically(List.of("CREATE TABLE `tags` (`id` integer PRIMARY KEY NOT NULL, `label` text)"), false);
            new Repairer(EngineLog.SILENT).repair(folder, db, history, new RepairOptions(true, null));
            assertEquals(List.of("0003_notes"), new Migrator(db, history, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults()).applied());
        }
        assertEquals(List.of("notes", "posts", "tags", "users"), tables());
    }
}
