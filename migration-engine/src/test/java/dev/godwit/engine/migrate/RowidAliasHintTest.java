package dev.godwit.engine.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Another tool's migration renaming a column named rowid, applied on the SQLite this project runs: the error says what to do. */
class RowidAliasHintTest {

    @TempDir
    Path dir;

    @Test
    void aRenameOfAColumnNamedRowidFailsWithWhatToDo() {
        Path file = dir.resolve("app.sqlite");
        HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        Migration create = new Migration(new JournalEntry(0, "6", 1000L, "0000_init", true), dir.resolve("0000_init.sql"),
                "CREATE TABLE `t` (`id` integer PRIMARY KEY NOT NULL, `rowid` text);");
        Migration rename = new Migration(new JournalEntry(1, "6", 2000L, "0001_rename", true), dir.resolve("0001_rename.sql"),
                "ALTER TABLE `t` RENAME COLUMN `rowid` TO `row_key`;");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            new Migrator(db, history, EngineLog.SILENT).apply(List.of(create), ApplyOptions.defaults());
            MigrationException e = org.junit.jupiter.api.Assertions.assertThrows(MigrationException.class,
                    () -> new Migrator(db, history, EngineLog.SILENT).apply(List.of(create, rename), ApplyOptions.defaults()));
            assertTrue(e.getMessage().contains("(cannot rename from rowid alias: rowid)\n  SQLite 3.5x refuses ALTER TABLE on a column named rowid,"
                    + " oid or _rowid_ (here rowid), which older SQLite took. The table has to be rebuilt instead: for a migration Godwit generated,"
                    + " drop it (mvn db:drop) and generate it again, which rebuilds the table;"), e.getMessage());
            assertTrue(e.getMessage().contains("\n  The migration was rolled back: the database is as it was after the previous migration."), e.getMessage());
            assertEquals(List.of(java.util.Map.of("name", "rowid")), db.query("SELECT name FROM pragma_table_info('t') WHERE name <> 'id'"));
        }
    }
}
