package dev.godwit.engine.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.migrate.StatusTable;
import dev.godwit.engine.testing.TestTables;
import dev.godwit.schema.model.SchemaDef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration taken out of the middle of the folder by hand after it ran (its .sql, snapshot and journal entry): the later
 * snapshots still have its changes, so the database matches the last one, and its history row looked like another branch's.
 */
class RemovedFromTheMiddleTest {

    @TempDir
    Path dir;

    MigrationsFolder folder;
    Path dbFile;
    final List<String> log = new ArrayList<>();
    final EngineLog engineLog = new EngineLog() {
        @Override
        public void info(String message) {
            log.add("INFO " + message);
        }

        @Override
        public void warn(String message) {
            log.add("WARN " + message);
        }
    };

    static final HistoryTable DRIZZLE = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
    static final HistoryTable WRANGLER = HistoryTable.forName(HistoryTable.WRANGLER_DEFAULT);

    void threeMigrations() {
        folder = MigrationsFolder.at(dir.resolve("drizzle"));
        dbFile = dir.resolve("app.sqlite");
        Generator g = new Generator();
        g.generate(new SchemaDef(List.of(TestTables.table("users", "name")), List.of()), folder, GenerateOptions.batch().withName("init"));
        g.generate(new SchemaDef(List.of(TestTables.table("users", "name"), TestTables.table("notes", "body")), List.of()), folder,
                GenerateOptions.batch().withName("notes"));
        g.generate(new SchemaDef(List.of(TestTables.table("users", "name"), TestTables.table("notes", "body"), TestTables.table("tags", "label")),
                List.of()), folder, GenerateOptions.batch().withName("tags"));
    }

    void apply(HistoryTable history) {
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            new Migrator(db, history, EngineLog.SILENT).apply(Migrator.local(folder, history), ApplyOptions.defaults());
        }
    }

    /** As a person removes a migration without db:drop: its .sql, snapshot, checksum file and journal entry. */
    void removeByHand(String tag) throws IOException {
        Files.delete(folder.sqlFile(tag));
        Files.delete(folder.snapshotFile(tag));
        Files.deleteIfExists(folder.sumFile(tag));
        var journal = folder.readJournal();
        Files.writeString(folder.journalFile(), journal.withEntries(journal.entries().stream().filter(e -> !e.tag().equals(tag)).toList()).toJsonText());
    }

    long rows(HistoryTable history) {
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            return ((Number) db.query("SELECT count(*) AS n FROM \"" + history.name() + "\"").get(0).get("n")).longValue();
        }
    }

    RepairResult repair(HistoryTable history, RepairOptions options) {
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            return new Repairer(engineLog).repair(folder, db, history, options);
        }
    }

    List<String> status(HistoryTable history) {
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            return StatusTable.render(new Migrator(db, history, EngineLog.SILENT).status(folder), false);
        }
    }

    /**
     * The row of a migration taken out between two applied ones was listed as "no such migration" and removed on a yes, and
     * db:status said to merge the branch that has it: nothing said a database built from the folder would now lack its table.
     */
    @Test
    void aRowBetweenTwoAppliedMigrationsIsNamedAsTakenOutAndRemovedOnlyWithForce() throws IOException {
        threeMigrations();
        apply(DRIZZLE);
        removeByHand("0001_notes");

        String table = String.join("\n", status(DRIZZLE));
        assertTrue(table.contains("ran between 0000_init and 0002_tags: taken out of the folder?"), table);
        assertTrue(table.contains("a migration taken out of the middle of the folder after it ran?"), table);
        assertTrue(table.contains("git log --diff-filter=D --oneline -- drizzle"), table);
        assertFalse(table.contains("merge the branch that has them"), table);

        RepairException batch = assertThrows(RepairException.class, () -> repair(DRIZZLE, new RepairOptions(false, null)));
        assertTrue(batch.getMessage().contains("though it ran here between 0000_init and 0002_tags"), batch.getMessage());
        assertTrue(batch.getMessage().contains("drizzle/meta/0002_snapshot.json's prevId is not the id of drizzle/meta/0000_snapshot.json"), batch.getMessage());
        assertTrue(batch.getMessage().contains("removed only with -Ddb.force"), batch.getMessage());
        // a yes at a prompt is not enough: as Flyway's repair, which marks it deleted rather than dropping it
        RepairException asked = assertThrows(RepairException.class, () -> repair(DRIZZLE, new RepairOptions(false, q -> true)));
        assertTrue(asked.getMessage().contains("Nothing was changed."), asked.getMessage());
        assertEquals(3, rows(DRIZZLE));

        RepairResult forced = repair(DRIZZLE, new RepairOptions(true, null));
        assertEquals(1, forced.removedRows().size());
        assertEquals(2, rows(DRIZZLE));
    }

    /** An abandoned branch's row ends the history: no migration of the folder ran after it. It goes on a yes, as before. */
    @Test
    void aRowAfterTheLastAppliedMigrationIsRemovedOnAYesAsBefore() throws IOException {
        threeMigrations();
        apply(DRIZZLE);
        removeByHand("0002_tags");
        String table = String.join("\n", status(DRIZZLE));
        assertTrue(table.contains("merge the branch that has them"), table);
        assertFalse(table.contains("taken out"), table);
        repair(DRIZZLE, new RepairOptions(false, q -> true));
        assertEquals(2, rows(DRIZZLE));
    }

    /** wrangler's history orders rows by file name: a file taken out between two applied ones is told the same way. */
    @Test
    void wranglersRowOfAFileTakenOutBetweenAppliedOnesIsRefusedWithoutForce() throws IOException {
        threeMigrations();
        apply(WRANGLER);
        removeByHand("0001_notes");
        String table = String.join("\n", status(WRANGLER));
        assertTrue(table.contains("0001_notes.sql") && table.contains("ran between 0000_init and 0002_tags"), table);
        RepairException e = assertThrows(RepairException.class, () -> repair(WRANGLER, new RepairOptions(false, q -> true)));
        assertTrue(e.getMessage().contains("The row of 0001_notes.sql is removed only with -Ddb.force"), e.getMessage());
        assertEquals(3, rows(WRANGLER));
    }

    /** db:apply, with nothing pending, warns of the row in the same words rather than "(applied from another branch?)". */
    @Test
    void dbApplyWarnsOfItAsTakenOut() throws IOException {
        threeMigrations();
        apply(DRIZZLE);
        removeByHand("0001_notes");
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            new Migrator(db, DRIZZLE, engineLog).apply(folder.migrations(), ApplyOptions.defaults());
        }
        assertTrue(log.stream().anyMatch(l -> l.startsWith("WARN") && l.contains("a migration taken out of the middle of the folder")), log.toString());
    }
}
